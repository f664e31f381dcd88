//! Checksums: the algorithms S3 computes an object's checksum with, whether it is of the whole
//! object or of its parts, and whether `GetObject` and `HeadObject` return it.

use aws_operation::aws_shape;

/// The algorithm a checksum is computed with.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChecksumAlgorithm {
    /// `CRC32`
    #[aws(value = "CRC32")]
    Crc32,
    /// `CRC32C`
    #[aws(value = "CRC32C")]
    Crc32c,
    /// `SHA1`
    #[aws(value = "SHA1")]
    Sha1,
    /// `SHA256`
    #[aws(value = "SHA256")]
    Sha256,
    /// `CRC64NVME`
    #[aws(value = "CRC64NVME")]
    Crc64nvme,
    /// `SHA512`
    #[aws(value = "SHA512")]
    Sha512,
    /// `MD5`
    #[aws(value = "MD5")]
    Md5,
    /// `XXHASH64`
    #[aws(value = "XXHASH64")]
    Xxhash64,
    /// `XXHASH3`
    #[aws(value = "XXHASH3")]
    Xxhash3,
    /// `XXHASH128`
    #[aws(value = "XXHASH128")]
    Xxhash128,
    /// A value this client does not know yet.
    Unknown(String),
}

/// How the checksum of an object is computed: of the whole object, or of its parts.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChecksumType {
    /// `COMPOSITE`
    #[aws(value = "COMPOSITE")]
    Composite,
    /// `FULL_OBJECT`
    #[aws(value = "FULL_OBJECT")]
    FullObject,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Whether to retrieve an object's checksum.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ChecksumMode {
    /// `ENABLED`
    #[aws(value = "ENABLED")]
    Enabled,
    /// A value this client does not know yet.
    Unknown(String),
}
