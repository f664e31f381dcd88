//! Deleting objects: one with `DeleteObject`, up to 1,000 with `DeleteObjects`, and what each
//! reports back.

use aws_operation::{DateTime, aws_operation, aws_shape};

use crate::S3;
use crate::checksums::ChecksumAlgorithm;
use crate::requester_pays::{RequestCharged, RequestPayer};

/// Removes an object from a bucket.
#[aws_operation(
    service = S3,
    operation = "DeleteObject",
    fluent,
    output = DeleteObjectOutput,
    http(method = "DELETE", uri = "/{Bucket}/{Key+}", code = 204),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct DeleteObject {
    /// The bucket name of the bucket containing the object.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// Key name of the object to delete.
    #[aws(http_label, context_param = "Key", length(min = 1))]
    pub key: String,
    /// The concatenation of the authentication device's serial number, a space, and the value that
    /// is displayed on your authentication device.
    #[aws(name = "MFA", http_header = "x-amz-mfa")]
    pub mfa: Option<String>,
    /// Version ID used to reference a specific version of the object.
    #[aws(http_query = "versionId")]
    pub version_id: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request.
    #[aws(http_header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// Indicates whether S3 Object Lock should bypass Governance-mode restrictions to process this
    /// operation.
    #[aws(http_header = "x-amz-bypass-governance-retention")]
    pub bypass_governance_retention: Option<bool>,
    /// The account ID of the expected bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Deletes the object if the ETag (entity tag) value provided during the delete operation
    /// matches the ETag of the object in S3.
    #[aws(http_header = "If-Match")]
    pub if_match: Option<String>,
    /// If present, the object is deleted only if its modification times matches the provided
    /// `Timestamp`.
    #[aws(http_header = "x-amz-if-match-last-modified-time", timestamp_format = "http-date")]
    pub if_match_last_modified_time: Option<DateTime>,
    /// If present, the object is deleted only if its size matches the provided size in bytes.
    #[aws(http_header = "x-amz-if-match-size")]
    pub if_match_size: Option<i64>,
}

/// The output of `DeleteObject`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct DeleteObjectOutput {
    /// Indicates whether the specified object version that was permanently deleted was (true) or
    /// was not (false) a delete marker before deletion.
    #[aws(http_header = "x-amz-delete-marker")]
    pub delete_marker: Option<bool>,
    /// Returns the version ID of the delete marker created as a result of the DELETE operation.
    #[aws(http_header = "x-amz-version-id")]
    pub version_id: Option<String>,
    /// If present, indicates that the requester was successfully charged for the request.
    #[aws(http_header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// This operation enables you to delete multiple objects from a bucket using a single HTTP request.
#[aws_operation(
    service = S3,
    operation = "DeleteObjects",
    fluent,
    output = DeleteObjectsOutput,
    http(method = "POST", uri = "/{Bucket}?delete", code = 200),
    http_checksum(request_algorithm_member = "ChecksumAlgorithm", request_checksum_required),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct DeleteObjects {
    /// The bucket name containing the objects to delete.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// Container for the request.
    #[aws(http_payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub delete: Delete,
    /// The concatenation of the authentication device's serial number, a space, and the value that
    /// is displayed on your authentication device.
    #[aws(name = "MFA", http_header = "x-amz-mfa")]
    pub mfa: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request.
    #[aws(http_header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// Specifies whether you want to delete this object even if it has a Governance-type Object
    /// Lock in place.
    #[aws(http_header = "x-amz-bypass-governance-retention")]
    pub bypass_governance_retention: Option<bool>,
    /// The account ID of the expected bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK.
    #[aws(http_header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
}

/// The output of `DeleteObjects`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct DeleteObjectsOutput {
    /// Container element for a successful delete.
    #[aws(xml_flattened)]
    pub deleted: Option<Vec<DeletedObject>>,
    /// If present, indicates that the requester was successfully charged for the request.
    #[aws(http_header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
    /// Container for a failed delete action that describes the object that Amazon S3 attempted to
    /// delete and the error it encountered.
    #[aws(xml_name = "Error", xml_flattened)]
    pub errors: Option<Vec<Error>>,
}

/// Container for the objects to delete.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Delete {
    /// The object to delete.
    #[aws(xml_name = "Object", xml_flattened)]
    pub objects: Vec<ObjectIdentifier>,
    /// Element to enable quiet mode for the request.
    pub quiet: Option<bool>,
}

/// Object Identifier is unique value to identify objects.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ObjectIdentifier {
    /// Key name of the object.
    #[aws(length(min = 1))]
    pub key: String,
    /// Version ID for the specific version of the object to delete.
    pub version_id: Option<String>,
    /// An entity tag (ETag) is an identifier assigned by a web server to a specific version of a
    /// resource found at a URL.
    pub e_tag: Option<String>,
    /// If present, the objects are deleted only if its modification times matches the provided
    /// `Timestamp`.
    #[aws(timestamp_format = "http-date")]
    pub last_modified_time: Option<DateTime>,
    /// If present, the objects are deleted only if its size matches the provided size in bytes.
    pub size: Option<i64>,
}

/// Information about the deleted object.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct DeletedObject {
    /// The name of the deleted object.
    #[aws(length(min = 1))]
    pub key: Option<String>,
    /// The version ID of the deleted object.
    pub version_id: Option<String>,
    /// Indicates whether the specified object version that was permanently deleted was (true) or
    /// was not (false) a delete marker before deletion.
    pub delete_marker: Option<bool>,
    /// The version ID of the delete marker created as a result of the DELETE operation.
    pub delete_marker_version_id: Option<String>,
}

/// Container for all error elements.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Error {
    /// The error key.
    #[aws(length(min = 1))]
    pub key: Option<String>,
    /// The version ID of the error.
    pub version_id: Option<String>,
    /// The error code is a string that uniquely identifies an error condition.
    pub code: Option<String>,
    /// The error message contains a generic description of the error condition in English.
    pub message: Option<String>,
}
