//! Access: the canned ACLs of buckets and objects, object ownership, and the owner S3 reports
//! for buckets, objects and uploads.

use aws_operation::aws_shape;

/// A canned access control list for a bucket.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum BucketCannedACL {
    /// `private`
    #[aws(value = "private")]
    Private,
    /// `public-read`
    #[aws(value = "public-read")]
    PublicRead,
    /// `public-read-write`
    #[aws(value = "public-read-write")]
    PublicReadWrite,
    /// `authenticated-read`
    #[aws(value = "authenticated-read")]
    AuthenticatedRead,
    /// A value this client does not know yet.
    Unknown(String),
}

/// A canned access control list for an object.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ObjectCannedACL {
    /// `private`
    #[aws(value = "private")]
    Private,
    /// `public-read`
    #[aws(value = "public-read")]
    PublicRead,
    /// `public-read-write`
    #[aws(value = "public-read-write")]
    PublicReadWrite,
    /// `authenticated-read`
    #[aws(value = "authenticated-read")]
    AuthenticatedRead,
    /// `aws-exec-read`
    #[aws(value = "aws-exec-read")]
    AwsExecRead,
    /// `bucket-owner-read`
    #[aws(value = "bucket-owner-read")]
    BucketOwnerRead,
    /// `bucket-owner-full-control`
    #[aws(value = "bucket-owner-full-control")]
    BucketOwnerFullControl,
    /// A value this client does not know yet.
    Unknown(String),
}

/// The container element for object ownership for a bucket's ownership controls.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ObjectOwnership {
    /// `BucketOwnerPreferred`
    #[aws(value = "BucketOwnerPreferred")]
    BucketOwnerPreferred,
    /// `ObjectWriter`
    #[aws(value = "ObjectWriter")]
    ObjectWriter,
    /// `BucketOwnerEnforced`
    #[aws(value = "BucketOwnerEnforced")]
    BucketOwnerEnforced,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Container for the owner's display name and ID.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Owner {
    /// The display name of the owner.
    pub display_name: Option<String>,
    /// Container for the ID of the owner.
    #[aws(name = "ID")]
    pub id: Option<String>,
}
