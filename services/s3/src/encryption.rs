//! Encryption: the server-side encryption an object is stored with.

use aws_operation::aws_shape;

/// The server-side encryption algorithm an object is stored with.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ServerSideEncryption {
    /// `AES256`
    #[aws(value = "AES256")]
    Aes256,
    /// `aws:fsx`
    #[aws(value = "aws:fsx")]
    AwsFsx,
    /// `aws:backup`
    #[aws(value = "aws:backup")]
    AwsBackup,
    /// `aws:kms`
    #[aws(value = "aws:kms")]
    AwsKms,
    /// `aws:kms:dsse`
    #[aws(value = "aws:kms:dsse")]
    AwsKmsDsse,
    /// A value this client does not know yet.
    Unknown(String),
}
