//! Objects: upload one with `PutObject`, download it with `GetObject` (streamed both ways), and
//! read its metadata with `HeadObject`.

use std::collections::BTreeMap;

use aws_operation::{ByteStream, DateTime, aws_operation, aws_shape};

use crate::S3;
use crate::access::ObjectCannedACL;
use crate::checksums::{ChecksumAlgorithm, ChecksumMode, ChecksumType};
use crate::encryption::ServerSideEncryption;
use crate::errors::{
    EncryptionTypeMismatch, InvalidObjectState, InvalidRequest, InvalidWriteOffset, NoSuchKey, TooManyParts,
};
use crate::object_lock::{ObjectLockEventHold, ObjectLockLegalHoldStatus, ObjectLockMode};
use crate::requester_pays::{RequestCharged, RequestPayer};
use crate::storage::{ArchiveStatus, StorageClass};

/// Adds an object to a bucket.
#[aws_operation(
    service = S3,
    operation = "PutObject",
    fluent,
    output = PutObjectOutput,
    errors = [InvalidRequest, InvalidWriteOffset, TooManyParts, EncryptionTypeMismatch],
    http(method = "PUT", uri = "/{Bucket}/{Key+}", code = 200),
    http_checksum(request_algorithm_member = "ChecksumAlgorithm"),
    rename_all = "PascalCase"
)]
pub struct PutObject {
    /// The canned ACL to apply to the object.
    #[aws(name = "ACL", http_header = "x-amz-acl")]
    pub acl: Option<ObjectCannedACL>,
    /// Object data.
    #[aws(http_payload)]
    pub body: Option<ByteStream>,
    /// The bucket name to which the PUT action was initiated.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// Can be used to specify caching behavior along the request/reply chain.
    #[aws(http_header = "Cache-Control")]
    pub cache_control: Option<String>,
    /// Specifies presentational information for the object.
    #[aws(http_header = "Content-Disposition")]
    pub content_disposition: Option<String>,
    /// Specifies what content encodings have been applied to the object and thus what decoding
    /// mechanisms must be applied to obtain the media-type referenced by the Content-Type header
    /// field.
    #[aws(http_header = "Content-Encoding")]
    pub content_encoding: Option<String>,
    /// The language the content is in.
    #[aws(http_header = "Content-Language")]
    pub content_language: Option<String>,
    /// Size of the body in bytes.
    #[aws(http_header = "Content-Length")]
    pub content_length: Option<i64>,
    /// The Base64 encoded 128-bit `MD5` digest of the message (without the headers) according to
    /// RFC 1864.
    #[aws(name = "ContentMD5", http_header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// A standard MIME type describing the format of the contents.
    #[aws(http_header = "Content-Type")]
    pub content_type: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK.
    #[aws(http_header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// This header specifies the Base64 encoded, 32-bit `CRC32` checksum of the object.
    #[aws(name = "ChecksumCRC32", http_header = "x-amz-checksum-crc32")]
    pub checksum_crc32: Option<String>,
    /// This header specifies the Base64 encoded, 32-bit `CRC32C` checksum of the object.
    #[aws(name = "ChecksumCRC32C", http_header = "x-amz-checksum-crc32c")]
    pub checksum_crc32c: Option<String>,
    /// This header specifies the Base64 encoded, 64-bit `CRC64NVME` checksum of the object.
    #[aws(name = "ChecksumCRC64NVME", http_header = "x-amz-checksum-crc64nvme")]
    pub checksum_crc64nvme: Option<String>,
    /// This header specifies the Base64 encoded, 160-bit `SHA1` digest of the object.
    #[aws(name = "ChecksumSHA1", http_header = "x-amz-checksum-sha1")]
    pub checksum_sha1: Option<String>,
    /// This header specifies the Base64 encoded, 256-bit `SHA256` digest of the object.
    #[aws(name = "ChecksumSHA256", http_header = "x-amz-checksum-sha256")]
    pub checksum_sha256: Option<String>,
    /// This header specifies the Base64 encoded, 512-bit `SHA512` digest of the object.
    #[aws(name = "ChecksumSHA512", http_header = "x-amz-checksum-sha512")]
    pub checksum_sha512: Option<String>,
    /// This header specifies the Base64 encoded, 128-bit `MD5` digest of the object.
    #[aws(name = "ChecksumMD5", http_header = "x-amz-checksum-md5")]
    pub checksum_md5: Option<String>,
    /// This header specifies the Base64 encoded, 64-bit `XXHASH64` checksum of the object.
    #[aws(name = "ChecksumXXHASH64", http_header = "x-amz-checksum-xxhash64")]
    pub checksum_xxhash64: Option<String>,
    /// This header specifies the Base64 encoded, 64-bit `XXHASH3` checksum of the object.
    #[aws(name = "ChecksumXXHASH3", http_header = "x-amz-checksum-xxhash3")]
    pub checksum_xxhash3: Option<String>,
    /// This header specifies the Base64 encoded, 128-bit `XXHASH128` checksum of the object.
    #[aws(name = "ChecksumXXHASH128", http_header = "x-amz-checksum-xxhash128")]
    pub checksum_xxhash128: Option<String>,
    /// The date and time at which the object is no longer cacheable.
    #[aws(http_header = "Expires")]
    pub expires: Option<String>,
    /// Uploads the object only if the ETag (entity tag) value provided during the WRITE operation
    /// matches the ETag of the object in S3.
    #[aws(http_header = "If-Match")]
    pub if_match: Option<String>,
    /// Uploads the object only if the object key name does not already exist in the bucket
    /// specified.
    #[aws(http_header = "If-None-Match")]
    pub if_none_match: Option<String>,
    /// Gives the grantee READ, READ_ACP, and WRITE_ACP permissions on the object.
    #[aws(http_header = "x-amz-grant-full-control")]
    pub grant_full_control: Option<String>,
    /// Allows grantee to read the object data and its metadata.
    #[aws(http_header = "x-amz-grant-read")]
    pub grant_read: Option<String>,
    /// Allows grantee to read the object ACL.
    #[aws(name = "GrantReadACP", http_header = "x-amz-grant-read-acp")]
    pub grant_read_acp: Option<String>,
    /// Allows grantee to write the ACL for the applicable object.
    #[aws(name = "GrantWriteACP", http_header = "x-amz-grant-write-acp")]
    pub grant_write_acp: Option<String>,
    /// Object key for which the PUT action was initiated.
    #[aws(http_label, context_param = "Key", length(min = 1))]
    pub key: String,
    /// Specifies the offset for appending data to existing objects in bytes.
    #[aws(http_header = "x-amz-write-offset-bytes")]
    pub write_offset_bytes: Option<i64>,
    /// A map of metadata to store with the object in S3.
    #[aws(http_prefix_headers = "x-amz-meta-")]
    pub metadata: Option<BTreeMap<String, String>>,
    /// The server-side encryption algorithm that was used when you store this object in Amazon S3
    /// or Amazon FSx.
    #[aws(http_header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// By default, Amazon S3 uses the STANDARD Storage Class to store newly created objects.
    #[aws(http_header = "x-amz-storage-class")]
    pub storage_class: Option<StorageClass>,
    /// If the bucket is configured as a website, redirects requests for this object to another
    /// object in the same bucket or to an external URL.
    #[aws(http_header = "x-amz-website-redirect-location")]
    pub website_redirect_location: Option<String>,
    /// Specifies the algorithm to use when encrypting the object (for example, `AES256`).
    #[aws(name = "SSECustomerAlgorithm", http_header = "x-amz-server-side-encryption-customer-algorithm")]
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data.
    #[aws(name = "SSECustomerKey", http_header = "x-amz-server-side-encryption-customer-key", sensitive)]
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321.
    #[aws(name = "SSECustomerKeyMD5", http_header = "x-amz-server-side-encryption-customer-key-MD5")]
    pub sse_customer_key_md5: Option<String>,
    /// Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use for object encryption.
    #[aws(name = "SSEKMSKeyId", http_header = "x-amz-server-side-encryption-aws-kms-key-id", sensitive)]
    pub sse_kms_key_id: Option<String>,
    /// Specifies the Amazon Web Services KMS Encryption Context as an additional encryption context
    /// to use for object encryption.
    #[aws(name = "SSEKMSEncryptionContext", http_header = "x-amz-server-side-encryption-context", sensitive)]
    pub sse_kms_encryption_context: Option<String>,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with
    /// server-side encryption using Key Management Service (KMS) keys (SSE-KMS).
    #[aws(http_header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// Confirms that the requester knows that they will be charged for the request.
    #[aws(http_header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The tag-set for the object.
    #[aws(http_header = "x-amz-tagging")]
    pub tagging: Option<String>,
    /// The Object Lock mode that you want to apply to this object.
    #[aws(http_header = "x-amz-object-lock-mode")]
    pub object_lock_mode: Option<ObjectLockMode>,
    /// The date and time when you want this object's Object Lock to expire.
    #[aws(http_header = "x-amz-object-lock-retain-until-date", timestamp_format = "date-time")]
    pub object_lock_retain_until_date: Option<DateTime>,
    /// Specifies whether a legal hold will be applied to this object.
    #[aws(http_header = "x-amz-object-lock-legal-hold")]
    pub object_lock_legal_hold_status: Option<ObjectLockLegalHoldStatus>,
    /// Specifies the event hold status to apply to this object.
    #[aws(http_header = "x-amz-object-lock-event-hold")]
    pub object_lock_event_hold: Option<ObjectLockEventHold>,
    /// Specifies the event hold duration in days to apply to this object.
    #[aws(http_header = "x-amz-object-lock-event-hold-duration-days")]
    pub object_lock_event_hold_duration_days: Option<i32>,
    /// Specifies the event hold duration in years to apply to this object.
    #[aws(http_header = "x-amz-object-lock-event-hold-duration-years")]
    pub object_lock_event_hold_duration_years: Option<i32>,
    /// The account ID of the expected bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `PutObject`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct PutObjectOutput {
    /// If the expiration is configured for the object (see PutBucketLifecycleConfiguration) in the
    /// Amazon S3 User Guide, the response includes this header.
    #[aws(http_header = "x-amz-expiration")]
    pub expiration: Option<String>,
    /// Entity tag for the uploaded object.
    #[aws(http_header = "ETag")]
    pub e_tag: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32 checksum` of the object.
    #[aws(name = "ChecksumCRC32", http_header = "x-amz-checksum-crc32")]
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object.
    #[aws(name = "ChecksumCRC32C", http_header = "x-amz-checksum-crc32c")]
    pub checksum_crc32c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the object.
    #[aws(name = "ChecksumCRC64NVME", http_header = "x-amz-checksum-crc64nvme")]
    pub checksum_crc64nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object.
    #[aws(name = "ChecksumSHA1", http_header = "x-amz-checksum-sha1")]
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object.
    #[aws(name = "ChecksumSHA256", http_header = "x-amz-checksum-sha256")]
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the object.
    #[aws(name = "ChecksumSHA512", http_header = "x-amz-checksum-sha512")]
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the object.
    #[aws(name = "ChecksumMD5", http_header = "x-amz-checksum-md5")]
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the object.
    #[aws(name = "ChecksumXXHASH64", http_header = "x-amz-checksum-xxhash64")]
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the object.
    #[aws(name = "ChecksumXXHASH3", http_header = "x-amz-checksum-xxhash3")]
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the object.
    #[aws(name = "ChecksumXXHASH128", http_header = "x-amz-checksum-xxhash128")]
    pub checksum_xxhash128: Option<String>,
    /// This header specifies the checksum type of the object, which determines how part-level
    /// checksums are combined to create an object-level checksum for multipart objects.
    #[aws(http_header = "x-amz-checksum-type")]
    pub checksum_type: Option<ChecksumType>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon
    /// FSx.
    #[aws(http_header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// Version ID of the object.
    #[aws(http_header = "x-amz-version-id")]
    pub version_id: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to confirm the encryption algorithm that's used.
    #[aws(name = "SSECustomerAlgorithm", http_header = "x-amz-server-side-encryption-customer-algorithm")]
    pub sse_customer_algorithm: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to provide the round-trip message integrity verification
    /// of the customer-provided encryption key.
    #[aws(name = "SSECustomerKeyMD5", http_header = "x-amz-server-side-encryption-customer-key-MD5")]
    pub sse_customer_key_md5: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    #[aws(name = "SSEKMSKeyId", http_header = "x-amz-server-side-encryption-aws-kms-key-id", sensitive)]
    pub sse_kms_key_id: Option<String>,
    /// If present, indicates the Amazon Web Services KMS Encryption Context to use for object
    /// encryption.
    #[aws(name = "SSEKMSEncryptionContext", http_header = "x-amz-server-side-encryption-context", sensitive)]
    pub sse_kms_encryption_context: Option<String>,
    /// Indicates whether the uploaded object uses an S3 Bucket Key for server-side encryption with
    /// Key Management Service (KMS) keys (SSE-KMS).
    #[aws(http_header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// The size of the object in bytes.
    #[aws(http_header = "x-amz-object-size")]
    pub size: Option<i64>,
    /// If present, indicates that the requester was successfully charged for the request.
    #[aws(http_header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// Retrieves an object from Amazon S3.
#[aws_operation(
    service = S3,
    operation = "GetObject",
    fluent,
    output = GetObjectOutput,
    errors = [NoSuchKey, InvalidObjectState],
    http(method = "GET", uri = "/{Bucket}/{Key+}", code = 200),
    http_checksum(request_validation_mode_member = "ChecksumMode", response_algorithms = ["CRC64NVME", "CRC32", "CRC32C", "SHA256", "SHA1"]),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct GetObject {
    /// The bucket name containing the object.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// Return the object only if its entity tag (ETag) is the same as the one specified in this
    /// header; otherwise, return a `412 Precondition Failed` error.
    #[aws(http_header = "If-Match")]
    pub if_match: Option<String>,
    /// Return the object only if it has been modified since the specified time; otherwise, return a
    /// `304 Not Modified` error.
    #[aws(http_header = "If-Modified-Since")]
    pub if_modified_since: Option<DateTime>,
    /// Return the object only if its entity tag (ETag) is different from the one specified in this
    /// header; otherwise, return a `304 Not Modified` error.
    #[aws(http_header = "If-None-Match")]
    pub if_none_match: Option<String>,
    /// Return the object only if it has not been modified since the specified time; otherwise,
    /// return a `412 Precondition Failed` error.
    #[aws(http_header = "If-Unmodified-Since")]
    pub if_unmodified_since: Option<DateTime>,
    /// Key of the object to get.
    #[aws(http_label, context_param = "Key", length(min = 1))]
    pub key: String,
    /// Downloads the specified byte range of an object.
    #[aws(http_header = "Range")]
    pub range: Option<String>,
    /// Sets the `Cache-Control` header of the response.
    #[aws(http_query = "response-cache-control")]
    pub response_cache_control: Option<String>,
    /// Sets the `Content-Disposition` header of the response.
    #[aws(http_query = "response-content-disposition")]
    pub response_content_disposition: Option<String>,
    /// Sets the `Content-Encoding` header of the response.
    #[aws(http_query = "response-content-encoding")]
    pub response_content_encoding: Option<String>,
    /// Sets the `Content-Language` header of the response.
    #[aws(http_query = "response-content-language")]
    pub response_content_language: Option<String>,
    /// Sets the `Content-Type` header of the response.
    #[aws(http_query = "response-content-type")]
    pub response_content_type: Option<String>,
    /// Sets the `Expires` header of the response.
    #[aws(http_query = "response-expires", timestamp_format = "http-date")]
    pub response_expires: Option<DateTime>,
    /// Version ID used to reference a specific version of the object.
    #[aws(http_query = "versionId")]
    pub version_id: Option<String>,
    /// Specifies the algorithm to use when decrypting the object (for example, `AES256`).
    #[aws(name = "SSECustomerAlgorithm", http_header = "x-amz-server-side-encryption-customer-algorithm")]
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key that you originally provided for Amazon S3 to
    /// encrypt the data before storing it.
    #[aws(name = "SSECustomerKey", http_header = "x-amz-server-side-encryption-customer-key", sensitive)]
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the customer-provided encryption key according to RFC
    /// 1321.
    #[aws(name = "SSECustomerKeyMD5", http_header = "x-amz-server-side-encryption-customer-key-MD5")]
    pub sse_customer_key_md5: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request.
    #[aws(http_header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// Part number of the object being read.
    #[aws(http_query = "partNumber")]
    pub part_number: Option<i32>,
    /// The account ID of the expected bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// To retrieve the checksum, this mode must be enabled.
    #[aws(http_header = "x-amz-checksum-mode")]
    pub checksum_mode: Option<ChecksumMode>,
}

/// The output of `GetObject`.
#[aws_shape(rename_all = "PascalCase")]
pub struct GetObjectOutput {
    /// Object data.
    #[aws(http_payload)]
    pub body: Option<ByteStream>,
    /// Indicates whether the object retrieved was (true) or was not (false) a Delete Marker.
    #[aws(http_header = "x-amz-delete-marker")]
    pub delete_marker: Option<bool>,
    /// Indicates that a range of bytes was specified in the request.
    #[aws(http_header = "accept-ranges")]
    pub accept_ranges: Option<String>,
    /// If the object expiration is configured (see `PutBucketLifecycleConfiguration`), the response
    /// includes this header.
    #[aws(http_header = "x-amz-expiration")]
    pub expiration: Option<String>,
    /// Provides information about object restoration action and expiration time of the restored
    /// object copy.
    #[aws(http_header = "x-amz-restore")]
    pub restore: Option<String>,
    /// Date and time when the object was last modified.
    #[aws(http_header = "Last-Modified")]
    pub last_modified: Option<DateTime>,
    /// Size of the body in bytes.
    #[aws(http_header = "Content-Length")]
    pub content_length: Option<i64>,
    /// An entity tag (ETag) is an opaque identifier assigned by a web server to a specific version
    /// of a resource found at a URL.
    #[aws(http_header = "ETag")]
    pub e_tag: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the object.
    #[aws(name = "ChecksumCRC32", http_header = "x-amz-checksum-crc32")]
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object.
    #[aws(name = "ChecksumCRC32C", http_header = "x-amz-checksum-crc32c")]
    pub checksum_crc32c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the object.
    #[aws(name = "ChecksumCRC64NVME", http_header = "x-amz-checksum-crc64nvme")]
    pub checksum_crc64nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object.
    #[aws(name = "ChecksumSHA1", http_header = "x-amz-checksum-sha1")]
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object.
    #[aws(name = "ChecksumSHA256", http_header = "x-amz-checksum-sha256")]
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the object.
    #[aws(name = "ChecksumSHA512", http_header = "x-amz-checksum-sha512")]
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the object.
    #[aws(name = "ChecksumMD5", http_header = "x-amz-checksum-md5")]
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the object.
    #[aws(name = "ChecksumXXHASH64", http_header = "x-amz-checksum-xxhash64")]
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the object.
    #[aws(name = "ChecksumXXHASH3", http_header = "x-amz-checksum-xxhash3")]
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the object.
    #[aws(name = "ChecksumXXHASH128", http_header = "x-amz-checksum-xxhash128")]
    pub checksum_xxhash128: Option<String>,
    /// The checksum type, which determines how part-level checksums are combined to create an
    /// object-level checksum for multipart objects.
    #[aws(http_header = "x-amz-checksum-type")]
    pub checksum_type: Option<ChecksumType>,
    /// This is set to the number of metadata entries not returned in the headers that are prefixed
    /// with `x-amz-meta-`.
    #[aws(http_header = "x-amz-missing-meta")]
    pub missing_meta: Option<i32>,
    /// Version ID of the object.
    #[aws(http_header = "x-amz-version-id")]
    pub version_id: Option<String>,
    /// Specifies caching behavior along the request/reply chain.
    #[aws(http_header = "Cache-Control")]
    pub cache_control: Option<String>,
    /// Specifies presentational information for the object.
    #[aws(http_header = "Content-Disposition")]
    pub content_disposition: Option<String>,
    /// Indicates what content encodings have been applied to the object and thus what decoding
    /// mechanisms must be applied to obtain the media-type referenced by the Content-Type header
    /// field.
    #[aws(http_header = "Content-Encoding")]
    pub content_encoding: Option<String>,
    /// The language the content is in.
    #[aws(http_header = "Content-Language")]
    pub content_language: Option<String>,
    /// The portion of the object returned in the response.
    #[aws(http_header = "Content-Range")]
    pub content_range: Option<String>,
    /// A standard MIME type describing the format of the object data.
    #[aws(http_header = "Content-Type")]
    pub content_type: Option<String>,
    /// The date and time at which the object is no longer cacheable.
    #[aws(http_header = "Expires")]
    pub expires: Option<String>,
    /// If the bucket is configured as a website, redirects requests for this object to another
    /// object in the same bucket or to an external URL.
    #[aws(http_header = "x-amz-website-redirect-location")]
    pub website_redirect_location: Option<String>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon
    /// FSx.
    #[aws(http_header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// A map of metadata to store with the object in S3.
    #[aws(http_prefix_headers = "x-amz-meta-")]
    pub metadata: Option<BTreeMap<String, String>>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to confirm the encryption algorithm that's used.
    #[aws(name = "SSECustomerAlgorithm", http_header = "x-amz-server-side-encryption-customer-algorithm")]
    pub sse_customer_algorithm: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to provide the round-trip message integrity verification
    /// of the customer-provided encryption key.
    #[aws(name = "SSECustomerKeyMD5", http_header = "x-amz-server-side-encryption-customer-key-MD5")]
    pub sse_customer_key_md5: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    #[aws(name = "SSEKMSKeyId", http_header = "x-amz-server-side-encryption-aws-kms-key-id", sensitive)]
    pub sse_kms_key_id: Option<String>,
    /// Indicates whether the object uses an S3 Bucket Key for server-side encryption with Key
    /// Management Service (KMS) keys (SSE-KMS).
    #[aws(http_header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// Provides storage class information of the object.
    #[aws(http_header = "x-amz-storage-class")]
    pub storage_class: Option<StorageClass>,
    /// If present, indicates that the requester was successfully charged for the request.
    #[aws(http_header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
    /// Amazon S3 can return this if your request involves a bucket that is either a source or
    /// destination in a replication rule.
    #[aws(http_header = "x-amz-replication-status")]
    pub replication_status: Option<ReplicationStatus>,
    /// The count of parts this object has.
    #[aws(http_header = "x-amz-mp-parts-count")]
    pub parts_count: Option<i32>,
    /// The number of tags, if any, on the object, when you have the relevant permission to read
    /// object tags.
    #[aws(http_header = "x-amz-tagging-count")]
    pub tag_count: Option<i32>,
    /// The Object Lock mode that's currently in place for this object.
    #[aws(http_header = "x-amz-object-lock-mode")]
    pub object_lock_mode: Option<ObjectLockMode>,
    /// The date and time when this object's Object Lock will expire.
    #[aws(http_header = "x-amz-object-lock-retain-until-date", timestamp_format = "date-time")]
    pub object_lock_retain_until_date: Option<DateTime>,
    /// Indicates whether this object has an active legal hold.
    #[aws(http_header = "x-amz-object-lock-legal-hold")]
    pub object_lock_legal_hold_status: Option<ObjectLockLegalHoldStatus>,
    /// The event hold status for this object.
    #[aws(http_header = "x-amz-object-lock-event-hold")]
    pub object_lock_event_hold: Option<ObjectLockEventHold>,
    /// The event hold duration in days for this object.
    #[aws(http_header = "x-amz-object-lock-event-hold-duration-days")]
    pub object_lock_event_hold_duration_days: Option<i32>,
    /// The event hold duration in years for this object.
    #[aws(http_header = "x-amz-object-lock-event-hold-duration-years")]
    pub object_lock_event_hold_duration_years: Option<i32>,
}

/// The `HEAD` operation retrieves metadata from an object without returning the object itself.
#[aws_operation(
    service = S3,
    operation = "HeadObject",
    fluent,
    output = HeadObjectOutput,
    errors = [NoSuchKey],
    http(method = "HEAD", uri = "/{Bucket}/{Key+}", code = 200),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct HeadObject {
    /// The name of the bucket that contains the object.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// Return the object only if its entity tag (ETag) is the same as the one specified; otherwise,
    /// return a 412 (precondition failed) error.
    #[aws(http_header = "If-Match")]
    pub if_match: Option<String>,
    /// Return the object only if it has been modified since the specified time; otherwise, return a
    /// 304 (not modified) error.
    #[aws(http_header = "If-Modified-Since")]
    pub if_modified_since: Option<DateTime>,
    /// Return the object only if its entity tag (ETag) is different from the one specified;
    /// otherwise, return a 304 (not modified) error.
    #[aws(http_header = "If-None-Match")]
    pub if_none_match: Option<String>,
    /// Return the object only if it has not been modified since the specified time; otherwise,
    /// return a 412 (precondition failed) error.
    #[aws(http_header = "If-Unmodified-Since")]
    pub if_unmodified_since: Option<DateTime>,
    /// The object key.
    #[aws(http_label, context_param = "Key", length(min = 1))]
    pub key: String,
    /// HeadObject returns only the metadata for an object.
    #[aws(http_header = "Range")]
    pub range: Option<String>,
    /// Sets the `Cache-Control` header of the response.
    #[aws(http_query = "response-cache-control")]
    pub response_cache_control: Option<String>,
    /// Sets the `Content-Disposition` header of the response.
    #[aws(http_query = "response-content-disposition")]
    pub response_content_disposition: Option<String>,
    /// Sets the `Content-Encoding` header of the response.
    #[aws(http_query = "response-content-encoding")]
    pub response_content_encoding: Option<String>,
    /// Sets the `Content-Language` header of the response.
    #[aws(http_query = "response-content-language")]
    pub response_content_language: Option<String>,
    /// Sets the `Content-Type` header of the response.
    #[aws(http_query = "response-content-type")]
    pub response_content_type: Option<String>,
    /// Sets the `Expires` header of the response.
    #[aws(http_query = "response-expires", timestamp_format = "http-date")]
    pub response_expires: Option<DateTime>,
    /// Version ID used to reference a specific version of the object.
    #[aws(http_query = "versionId")]
    pub version_id: Option<String>,
    /// Specifies the algorithm to use when encrypting the object (for example, AES256).
    #[aws(name = "SSECustomerAlgorithm", http_header = "x-amz-server-side-encryption-customer-algorithm")]
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data.
    #[aws(name = "SSECustomerKey", http_header = "x-amz-server-side-encryption-customer-key", sensitive)]
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321.
    #[aws(name = "SSECustomerKeyMD5", http_header = "x-amz-server-side-encryption-customer-key-MD5")]
    pub sse_customer_key_md5: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request.
    #[aws(http_header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// Part number of the object being read.
    #[aws(http_query = "partNumber")]
    pub part_number: Option<i32>,
    /// The account ID of the expected bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// To retrieve the checksum, this parameter must be enabled.
    #[aws(http_header = "x-amz-checksum-mode")]
    pub checksum_mode: Option<ChecksumMode>,
}

/// The output of `HeadObject`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct HeadObjectOutput {
    /// Specifies whether the object retrieved was (true) or was not (false) a Delete Marker.
    #[aws(http_header = "x-amz-delete-marker")]
    pub delete_marker: Option<bool>,
    /// Indicates that a range of bytes was specified.
    #[aws(http_header = "accept-ranges")]
    pub accept_ranges: Option<String>,
    /// If the object expiration is configured (see `PutBucketLifecycleConfiguration`), the response
    /// includes this header.
    #[aws(http_header = "x-amz-expiration")]
    pub expiration: Option<String>,
    /// If the object is an archived object (an object whose storage class is GLACIER), the response
    /// includes this header if either the archive restoration is in progress (see RestoreObject or
    /// an archive copy is already restored.
    #[aws(http_header = "x-amz-restore")]
    pub restore: Option<String>,
    /// The archive state of the head object.
    #[aws(http_header = "x-amz-archive-status")]
    pub archive_status: Option<ArchiveStatus>,
    /// Date and time when the object was last modified.
    #[aws(http_header = "Last-Modified")]
    pub last_modified: Option<DateTime>,
    /// Size of the body in bytes.
    #[aws(http_header = "Content-Length")]
    pub content_length: Option<i64>,
    /// The Base64 encoded, 32-bit `CRC32 checksum` of the object.
    #[aws(name = "ChecksumCRC32", http_header = "x-amz-checksum-crc32")]
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object.
    #[aws(name = "ChecksumCRC32C", http_header = "x-amz-checksum-crc32c")]
    pub checksum_crc32c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the object.
    #[aws(name = "ChecksumCRC64NVME", http_header = "x-amz-checksum-crc64nvme")]
    pub checksum_crc64nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object.
    #[aws(name = "ChecksumSHA1", http_header = "x-amz-checksum-sha1")]
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object.
    #[aws(name = "ChecksumSHA256", http_header = "x-amz-checksum-sha256")]
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the object.
    #[aws(name = "ChecksumSHA512", http_header = "x-amz-checksum-sha512")]
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the object.
    #[aws(name = "ChecksumMD5", http_header = "x-amz-checksum-md5")]
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the object.
    #[aws(name = "ChecksumXXHASH64", http_header = "x-amz-checksum-xxhash64")]
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the object.
    #[aws(name = "ChecksumXXHASH3", http_header = "x-amz-checksum-xxhash3")]
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the object.
    #[aws(name = "ChecksumXXHASH128", http_header = "x-amz-checksum-xxhash128")]
    pub checksum_xxhash128: Option<String>,
    /// The checksum type, which determines how part-level checksums are combined to create an
    /// object-level checksum for multipart objects.
    #[aws(http_header = "x-amz-checksum-type")]
    pub checksum_type: Option<ChecksumType>,
    /// An entity tag (ETag) is an opaque identifier assigned by a web server to a specific version
    /// of a resource found at a URL.
    #[aws(http_header = "ETag")]
    pub e_tag: Option<String>,
    /// This is set to the number of metadata entries not returned in `x-amz-meta` headers.
    #[aws(http_header = "x-amz-missing-meta")]
    pub missing_meta: Option<i32>,
    /// Version ID of the object.
    #[aws(http_header = "x-amz-version-id")]
    pub version_id: Option<String>,
    /// Specifies caching behavior along the request/reply chain.
    #[aws(http_header = "Cache-Control")]
    pub cache_control: Option<String>,
    /// Specifies presentational information for the object.
    #[aws(http_header = "Content-Disposition")]
    pub content_disposition: Option<String>,
    /// Indicates what content encodings have been applied to the object and thus what decoding
    /// mechanisms must be applied to obtain the media-type referenced by the Content-Type header
    /// field.
    #[aws(http_header = "Content-Encoding")]
    pub content_encoding: Option<String>,
    /// The language the content is in.
    #[aws(http_header = "Content-Language")]
    pub content_language: Option<String>,
    /// A standard MIME type describing the format of the object data.
    #[aws(http_header = "Content-Type")]
    pub content_type: Option<String>,
    /// The portion of the object returned in the response for a `GET` request.
    #[aws(http_header = "Content-Range")]
    pub content_range: Option<String>,
    /// The date and time at which the object is no longer cacheable.
    #[aws(http_header = "Expires")]
    pub expires: Option<String>,
    /// If the bucket is configured as a website, redirects requests for this object to another
    /// object in the same bucket or to an external URL.
    #[aws(http_header = "x-amz-website-redirect-location")]
    pub website_redirect_location: Option<String>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon
    /// FSx.
    #[aws(http_header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// A map of metadata to store with the object in S3.
    #[aws(http_prefix_headers = "x-amz-meta-")]
    pub metadata: Option<BTreeMap<String, String>>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to confirm the encryption algorithm that's used.
    #[aws(name = "SSECustomerAlgorithm", http_header = "x-amz-server-side-encryption-customer-algorithm")]
    pub sse_customer_algorithm: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to provide the round-trip message integrity verification
    /// of the customer-provided encryption key.
    #[aws(name = "SSECustomerKeyMD5", http_header = "x-amz-server-side-encryption-customer-key-MD5")]
    pub sse_customer_key_md5: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    #[aws(name = "SSEKMSKeyId", http_header = "x-amz-server-side-encryption-aws-kms-key-id", sensitive)]
    pub sse_kms_key_id: Option<String>,
    /// Indicates whether the object uses an S3 Bucket Key for server-side encryption with Key
    /// Management Service (KMS) keys (SSE-KMS).
    #[aws(http_header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// Provides storage class information of the object.
    #[aws(http_header = "x-amz-storage-class")]
    pub storage_class: Option<StorageClass>,
    /// If present, indicates that the requester was successfully charged for the request.
    #[aws(http_header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
    /// Amazon S3 can return this header if your request involves a bucket that is either a source
    /// or a destination in a replication rule.
    #[aws(http_header = "x-amz-replication-status")]
    pub replication_status: Option<ReplicationStatus>,
    /// The count of parts this object has.
    #[aws(http_header = "x-amz-mp-parts-count")]
    pub parts_count: Option<i32>,
    /// The number of tags, if any, on the object, when you have the relevant permission to read
    /// object tags.
    #[aws(http_header = "x-amz-tagging-count")]
    pub tag_count: Option<i32>,
    /// The Object Lock mode, if any, that's in effect for this object.
    #[aws(http_header = "x-amz-object-lock-mode")]
    pub object_lock_mode: Option<ObjectLockMode>,
    /// The date and time when the Object Lock retention period expires.
    #[aws(http_header = "x-amz-object-lock-retain-until-date", timestamp_format = "date-time")]
    pub object_lock_retain_until_date: Option<DateTime>,
    /// Specifies whether a legal hold is in effect for this object.
    #[aws(http_header = "x-amz-object-lock-legal-hold")]
    pub object_lock_legal_hold_status: Option<ObjectLockLegalHoldStatus>,
    /// The event hold status for this object.
    #[aws(http_header = "x-amz-object-lock-event-hold")]
    pub object_lock_event_hold: Option<ObjectLockEventHold>,
    /// The event hold duration in days for this object.
    #[aws(http_header = "x-amz-object-lock-event-hold-duration-days")]
    pub object_lock_event_hold_duration_days: Option<i32>,
    /// The event hold duration in years for this object.
    #[aws(http_header = "x-amz-object-lock-event-hold-duration-years")]
    pub object_lock_event_hold_duration_years: Option<i32>,
}

/// Where an object is in its replication.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum ReplicationStatus {
    /// `COMPLETE`
    #[aws(value = "COMPLETE")]
    Complete,
    /// `PENDING`
    #[aws(value = "PENDING")]
    Pending,
    /// `FAILED`
    #[aws(value = "FAILED")]
    Failed,
    /// `REPLICA`
    #[aws(value = "REPLICA")]
    Replica,
    /// `COMPLETED`
    #[aws(value = "COMPLETED")]
    Completed,
    /// A value this client does not know yet.
    Unknown(String),
}
