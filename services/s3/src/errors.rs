//! The service's errors. S3 models all but one without members: the code, message and request
//! id of a failure are in the error's metadata.

use aws_operation::aws_shape;

use crate::storage::{IntelligentTieringAccessTier, StorageClass};

/// The requested bucket name is not available.
#[aws_shape(error, rename_all = "PascalCase", status = 409)]
#[derive(Clone, PartialEq)]
pub struct BucketAlreadyExists {}

/// The bucket you tried to create already exists, and you own it.
#[aws_shape(error, rename_all = "PascalCase", status = 409)]
#[derive(Clone, PartialEq)]
pub struct BucketAlreadyOwnedByYou {}

/// The specified bucket does not exist.
#[aws_shape(error, rename_all = "PascalCase", status = 404)]
#[derive(Clone, PartialEq)]
pub struct NoSuchBucket {}

/// A parameter or header in your request isn't valid.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct InvalidRequest {}

/// The write offset value that you specified does not match the current object size.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct InvalidWriteOffset {}

/// You have attempted to add more parts than the maximum of 10000 that are allowed for this object.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct TooManyParts {}

/// The existing object was created with a different encryption type.
#[aws_shape(error, rename_all = "PascalCase", status = 400)]
#[derive(Clone, PartialEq)]
pub struct EncryptionTypeMismatch {}

/// The specified key does not exist.
#[aws_shape(error, rename_all = "PascalCase", status = 404)]
#[derive(Clone, PartialEq)]
pub struct NoSuchKey {}

/// Object is archived and inaccessible until restored.
#[aws_shape(error, rename_all = "PascalCase", status = 403)]
#[derive(Clone, PartialEq)]
pub struct InvalidObjectState {
    /// The storage class of the object.
    pub storage_class: Option<StorageClass>,
    /// The S3 Intelligent-Tiering access tier of the object.
    pub access_tier: Option<IntelligentTieringAccessTier>,
}

/// The source object of the COPY action is not in the active tier and is only stored in Amazon S3
/// Glacier.
#[aws_shape(error, rename_all = "PascalCase", status = 403)]
#[derive(Clone, PartialEq)]
pub struct ObjectNotInActiveTierError {}

/// The specified multipart upload does not exist.
#[aws_shape(error, rename_all = "PascalCase", status = 404)]
#[derive(Clone, PartialEq)]
pub struct NoSuchUpload {}
