//! Listing a bucket, a page at a time, with the common prefixes of a delimited listing: its
//! objects (`ListObjectsV2`) and its multipart uploads in progress (`ListMultipartUploads`).

use aws_operation::{DateTime, aws_operation, aws_shape};

use crate::S3;
use crate::access::Owner;
use crate::checksums::{ChecksumAlgorithm, ChecksumType};
use crate::errors::NoSuchBucket;
use crate::multipart::Initiator;
use crate::requester_pays::{RequestCharged, RequestPayer};
use crate::storage::{ObjectStorageClass, StorageClass};

/// Returns some or all (up to 1,000) of the objects in a bucket with each request.
#[aws_operation(
    service = S3,
    operation = "ListObjectsV2",
    fluent,
    output = ListObjectsV2Output,
    errors = [NoSuchBucket],
    http(method = "GET", uri = "/{Bucket}?list-type=2", code = 200),
    paginator(input_token = continuation_token, output_token = next_continuation_token, items = contents, item = Object, page_size = max_keys, more_results = is_truncated),
    rename_all = "PascalCase",
    after_output = decode_url_encoded
)]
#[derive(Clone, PartialEq)]
pub struct ListObjectsV2 {
    /// The name of the bucket that holds the objects.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// A delimiter is a character that you use to group keys.
    #[aws(http_query = "delimiter")]
    pub delimiter: Option<String>,
    /// Encoding type used by Amazon S3 to encode the object keys in the response.
    #[aws(http_query = "encoding-type")]
    pub encoding_type: Option<EncodingType>,
    /// Sets the maximum number of keys returned in the response.
    #[aws(http_query = "max-keys")]
    pub max_keys: Option<i32>,
    /// Limits the response to keys that begin with the specified prefix.
    #[aws(http_query = "prefix", context_param = "Prefix")]
    pub prefix: Option<String>,
    /// `ContinuationToken` indicates to Amazon S3 that the list is being continued on this bucket
    /// with a token.
    #[aws(http_query = "continuation-token")]
    pub continuation_token: Option<String>,
    /// The owner field is not present in `ListObjectsV2` by default.
    #[aws(http_query = "fetch-owner")]
    pub fetch_owner: Option<bool>,
    /// StartAfter is where you want Amazon S3 to start listing from.
    #[aws(http_query = "start-after")]
    pub start_after: Option<String>,
    /// Confirms that the requester knows that she or he will be charged for the list objects
    /// request in V2 style.
    #[aws(http_header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Specifies the optional fields that you want returned in the response.
    #[aws(http_header = "x-amz-optional-object-attributes")]
    pub optional_object_attributes: Option<Vec<OptionalObjectAttributes>>,
}

/// The output of `ListObjectsV2`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ListObjectsV2Output {
    /// Set to `false` if all of the results were returned.
    pub is_truncated: Option<bool>,
    /// Metadata about each object returned.
    #[aws(xml_flattened)]
    pub contents: Option<Vec<Object>>,
    /// The bucket name.
    pub name: Option<String>,
    /// Keys that begin with the indicated prefix.
    pub prefix: Option<String>,
    /// Causes keys that contain the same string between the `prefix` and the first occurrence of
    /// the delimiter to be rolled up into a single result element in the `CommonPrefixes`
    /// collection.
    pub delimiter: Option<String>,
    /// Sets the maximum number of keys returned in the response.
    pub max_keys: Option<i32>,
    /// All of the keys (up to 1,000) that share the same prefix are grouped together.
    #[aws(xml_flattened)]
    pub common_prefixes: Option<Vec<CommonPrefix>>,
    /// Encoding type used by Amazon S3 to encode object key names in the XML response.
    pub encoding_type: Option<EncodingType>,
    /// `KeyCount` is the number of keys returned with this request.
    pub key_count: Option<i32>,
    /// If `ContinuationToken` was sent with the request, it is included in the response.
    pub continuation_token: Option<String>,
    /// `NextContinuationToken` is sent when `isTruncated` is true, which means there are more keys
    /// in the bucket that can be listed.
    pub next_continuation_token: Option<String>,
    /// If StartAfter was sent with the request, it is included in the response.
    pub start_after: Option<String>,
    /// If present, indicates that the requester was successfully charged for the request.
    #[aws(http_header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// A listing asked for with `encoding-type=url` comes back with its keys, prefixes, delimiter
/// and start key URL-encoded (so that keys XML cannot hold survive): they are decoded here, as
/// the AWS CLI and boto3 decode them, before the caller sees the page.
fn decode_url_encoded(page: &mut ListObjectsV2Output) {
    if page.encoding_type != Some(EncodingType::Url) {
        return;
    }
    let decode = |text: &mut Option<String>| {
        if let Some(text) = text {
            *text = aws_operation::codec::form::percent_decode(text, true);
        }
    };
    decode(&mut page.prefix);
    decode(&mut page.delimiter);
    decode(&mut page.start_after);
    for object in page.contents.iter_mut().flatten() {
        decode(&mut object.key);
    }
    for prefix in page.common_prefixes.iter_mut().flatten() {
        decode(&mut prefix.prefix);
    }
}

/// Lists the multipart uploads in progress in a bucket: created, and neither completed nor
/// aborted. Pages are chained by two markers, the key and the upload id to continue after.
#[aws_operation(
    service = S3,
    operation = "ListMultipartUploads",
    fluent,
    output = ListMultipartUploadsOutput,
    http(method = "GET", uri = "/{Bucket}?uploads", code = 200),
    paginator(
        input_token = [key_marker, upload_id_marker],
        output_token = [next_key_marker, next_upload_id_marker],
        items = uploads,
        item = MultipartUpload,
        page_size = max_uploads,
        more_results = is_truncated
    ),
    rename_all = "PascalCase",
    after_output = decode_url_encoded_uploads
)]
#[derive(Clone, PartialEq)]
pub struct ListMultipartUploads {
    /// The name of the bucket to which the multipart upload was initiated.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// Character you use to group keys.
    #[aws(http_query = "delimiter")]
    pub delimiter: Option<String>,
    /// Encoding type used by Amazon S3 to encode the object keys in the response.
    #[aws(http_query = "encoding-type")]
    pub encoding_type: Option<EncodingType>,
    /// Specifies the multipart upload after which listing should begin.
    #[aws(http_query = "key-marker")]
    pub key_marker: Option<String>,
    /// Sets the maximum number of multipart uploads, from 1 to 1,000, to return in the response
    /// body.
    #[aws(http_query = "max-uploads")]
    pub max_uploads: Option<i32>,
    /// Lists in-progress uploads only for those keys that begin with the specified prefix.
    #[aws(http_query = "prefix", context_param = "Prefix")]
    pub prefix: Option<String>,
    /// Together with key-marker, specifies the multipart upload after which listing should begin.
    #[aws(http_query = "upload-id-marker")]
    pub upload_id_marker: Option<String>,
    /// The account ID of the expected bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request.
    #[aws(http_header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
}

/// The output of `ListMultipartUploads`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ListMultipartUploadsOutput {
    /// The name of the bucket to which the multipart upload was initiated.
    pub bucket: Option<String>,
    /// The key at or after which the listing began.
    pub key_marker: Option<String>,
    /// Together with key-marker, specifies the multipart upload after which listing should begin.
    pub upload_id_marker: Option<String>,
    /// When a list is truncated, the value to use for the key-marker request parameter in a
    /// subsequent request.
    pub next_key_marker: Option<String>,
    /// When a prefix is provided in the request, this field contains the specified prefix.
    pub prefix: Option<String>,
    /// Contains the delimiter you specified in the request.
    pub delimiter: Option<String>,
    /// When a list is truncated, the value to use for the `upload-id-marker` request parameter
    /// in a subsequent request.
    pub next_upload_id_marker: Option<String>,
    /// Maximum number of multipart uploads that could have been included in the response.
    pub max_uploads: Option<i32>,
    /// Indicates whether the returned list of multipart uploads is truncated.
    pub is_truncated: Option<bool>,
    /// Container for elements related to a particular multipart upload.
    #[aws(xml_name = "Upload", xml_flattened)]
    pub uploads: Option<Vec<MultipartUpload>>,
    /// The distinct key prefixes containing the delimiter, if one was given.
    #[aws(xml_flattened)]
    pub common_prefixes: Option<Vec<CommonPrefix>>,
    /// Encoding type used by Amazon S3 to encode object keys in the response.
    pub encoding_type: Option<EncodingType>,
    /// If present, indicates that the requester was successfully charged for the request.
    #[aws(http_header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// A listing of uploads asked for with `encoding-type=url` comes back with its keys, markers,
/// prefixes and delimiter URL-encoded: they are decoded here, as for objects.
fn decode_url_encoded_uploads(page: &mut ListMultipartUploadsOutput) {
    if page.encoding_type != Some(EncodingType::Url) {
        return;
    }
    let decode = |text: &mut Option<String>| {
        if let Some(text) = text {
            *text = aws_operation::codec::form::percent_decode(text, true);
        }
    };
    decode(&mut page.prefix);
    decode(&mut page.delimiter);
    decode(&mut page.key_marker);
    decode(&mut page.next_key_marker);
    for upload in page.uploads.iter_mut().flatten() {
        decode(&mut upload.key);
    }
    for prefix in page.common_prefixes.iter_mut().flatten() {
        decode(&mut prefix.prefix);
    }
}

/// A multipart upload in progress.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct MultipartUpload {
    /// Upload ID that identifies the multipart upload.
    pub upload_id: Option<String>,
    /// Key of the object for which the multipart upload was initiated.
    #[aws(length(min = 1))]
    pub key: Option<String>,
    /// Date and time at which the multipart upload was initiated.
    pub initiated: Option<DateTime>,
    /// The class of storage used to store the object.
    pub storage_class: Option<StorageClass>,
    /// Specifies the owner of the object that is part of the multipart upload.
    pub owner: Option<Owner>,
    /// Identifies who initiated the multipart upload.
    pub initiator: Option<Initiator>,
    /// The algorithm that was used to create a checksum of the object.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The checksum type that is used to calculate the object's checksum value.
    pub checksum_type: Option<ChecksumType>,
    /// Version ID of the object.
    pub version_id: Option<String>,
}

/// Encoding type used by Amazon S3 to encode the object keys in the response.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum EncodingType {
    /// `url`
    #[aws(value = "url")]
    Url,
    /// A value this client does not know yet.
    Unknown(String),
}

/// An optional attribute of an object to return in a listing.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum OptionalObjectAttributes {
    /// `RestoreStatus`
    #[aws(value = "RestoreStatus")]
    RestoreStatus,
    /// A value this client does not know yet.
    Unknown(String),
}

/// An object consists of data and its descriptive metadata.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Object {
    /// The name that you assign to an object.
    #[aws(length(min = 1))]
    pub key: Option<String>,
    /// Creation date of the object.
    pub last_modified: Option<DateTime>,
    /// The entity tag is a hash of the object.
    pub e_tag: Option<String>,
    /// The algorithm that was used to create a checksum of the object.
    #[aws(xml_flattened)]
    pub checksum_algorithm: Option<Vec<ChecksumAlgorithm>>,
    /// The checksum type that is used to calculate the object’s checksum value.
    pub checksum_type: Option<ChecksumType>,
    /// Size in bytes of the object.
    pub size: Option<i64>,
    /// The class of storage used to store the object.
    pub storage_class: Option<ObjectStorageClass>,
    /// The owner of the object.
    pub owner: Option<Owner>,
    /// Specifies the restoration status of an object.
    pub restore_status: Option<RestoreStatus>,
}

/// Specifies the restoration status of an object.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct RestoreStatus {
    /// Specifies whether the object is currently being restored.
    pub is_restore_in_progress: Option<bool>,
    /// Indicates when the restored copy will expire.
    pub restore_expiry_date: Option<DateTime>,
}

/// Container for all (if there are any) keys between Prefix and the next occurrence of the string
/// specified by a delimiter.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CommonPrefix {
    /// Container for the specified common prefix.
    pub prefix: Option<String>,
}
