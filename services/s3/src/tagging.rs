//! Tags: key-value pairs on buckets and objects, read and replaced whole.

use aws_operation::{aws_operation, aws_shape};

use crate::S3;
use crate::checksums::ChecksumAlgorithm;
use crate::requester_pays::RequestPayer;

/// Sets the tags for a general purpose bucket if attribute based access control (ABAC) is not
/// enabled for the bucket.
#[aws_operation(
    service = S3,
    operation = "PutBucketTagging",
    fluent,
    output = PutBucketTaggingOutput,
    http(method = "PUT", uri = "/{Bucket}?tagging", code = 200),
    http_checksum(request_algorithm_member = "ChecksumAlgorithm", request_checksum_required),
    static_context_params(UseS3ExpressControlEndpoint = true),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct PutBucketTagging {
    /// The bucket name.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// The Base64 encoded 128-bit `MD5` digest of the data.
    #[aws(name = "ContentMD5", http_header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK.
    #[aws(http_header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Container for the `TagSet` and `Tag` elements.
    #[aws(http_payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub tagging: Tagging,
    /// The account ID of the expected bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `PutBucketTagging`, which the model leaves empty.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct PutBucketTaggingOutput {}

/// Returns the tag set associated with the general purpose bucket.
#[aws_operation(
    service = S3,
    operation = "GetBucketTagging",
    fluent,
    output = GetBucketTaggingOutput,
    http(method = "GET", uri = "/{Bucket}?tagging", code = 200),
    static_context_params(UseS3ExpressControlEndpoint = true),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct GetBucketTagging {
    /// The name of the bucket for which to get the tagging information.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// The account ID of the expected bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketTagging`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct GetBucketTaggingOutput {
    /// Contains the tag set.
    #[aws(xml_item_name = "Tag")]
    pub tag_set: Vec<Tag>,
}

/// Returns the tag-set of an object.
#[aws_operation(
    service = S3,
    operation = "GetObjectTagging",
    fluent,
    output = GetObjectTaggingOutput,
    http(method = "GET", uri = "/{Bucket}/{Key+}?tagging", code = 200),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct GetObjectTagging {
    /// The bucket name containing the object for which to get the tagging information.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// Object key for which to get the tagging information.
    #[aws(http_label, length(min = 1))]
    pub key: String,
    /// The versionId of the object for which to get the tagging information.
    #[aws(http_query = "versionId")]
    pub version_id: Option<String>,
    /// The account ID of the expected bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request.
    #[aws(http_header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
}

/// The output of `GetObjectTagging`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct GetObjectTaggingOutput {
    /// The versionId of the object for which you got the tagging information.
    #[aws(http_header = "x-amz-version-id")]
    pub version_id: Option<String>,
    /// Contains the tag set.
    #[aws(xml_item_name = "Tag")]
    pub tag_set: Vec<Tag>,
}

/// Sets the supplied tag-set to an object that already exists in a bucket.
#[aws_operation(
    service = S3,
    operation = "PutObjectTagging",
    fluent,
    output = PutObjectTaggingOutput,
    http(method = "PUT", uri = "/{Bucket}/{Key+}?tagging", code = 200),
    http_checksum(request_algorithm_member = "ChecksumAlgorithm", request_checksum_required),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct PutObjectTagging {
    /// The bucket name containing the object.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// Name of the object key.
    #[aws(http_label, length(min = 1))]
    pub key: String,
    /// The versionId of the object that the tag-set will be added to.
    #[aws(http_query = "versionId")]
    pub version_id: Option<String>,
    /// The MD5 hash for the request body.
    #[aws(name = "ContentMD5", http_header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK.
    #[aws(http_header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Container for the `TagSet` and `Tag` elements.
    #[aws(http_payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub tagging: Tagging,
    /// The account ID of the expected bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Confirms that the requester knows that she or he will be charged for the tagging object
    /// request.
    #[aws(http_header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
}

/// The output of `PutObjectTagging`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct PutObjectTaggingOutput {
    /// The versionId of the object the tag-set was added to.
    #[aws(http_header = "x-amz-version-id")]
    pub version_id: Option<String>,
}

/// Container for `TagSet` elements.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Tagging {
    /// A collection for a set of tags.
    #[aws(xml_item_name = "Tag")]
    pub tag_set: Vec<Tag>,
}

/// A container of a key value name pair.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Tag {
    /// Name of the object key.
    #[aws(length(min = 1))]
    pub key: String,
    /// Value of the tag.
    pub value: String,
}
