//! Multipart uploads: start one, upload its parts, complete or abort it, and list the parts
//! uploaded so far.

use std::collections::BTreeMap;

use aws_operation::{ByteStream, DateTime, aws_operation, aws_shape};

use crate::S3;
use crate::access::{ObjectCannedACL, Owner};
use crate::checksums::{ChecksumAlgorithm, ChecksumType};
use crate::encryption::ServerSideEncryption;
use crate::errors::NoSuchUpload;
use crate::object_lock::{ObjectLockEventHold, ObjectLockLegalHoldStatus, ObjectLockMode};
use crate::requester_pays::{RequestCharged, RequestPayer};
use crate::storage::StorageClass;

/// This action initiates a multipart upload and returns an upload ID.
#[aws_operation(
    service = S3,
    operation = "CreateMultipartUpload",
    fluent,
    output = CreateMultipartUploadOutput,
    http(method = "POST", uri = "/{Bucket}/{Key+}?uploads", code = 200),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct CreateMultipartUpload {
    /// The canned ACL to apply to the object.
    #[aws(name = "ACL", http_header = "x-amz-acl")]
    pub acl: Option<ObjectCannedACL>,
    /// The name of the bucket where the multipart upload is initiated and where the object is
    /// uploaded.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// Specifies caching behavior along the request/reply chain.
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
    /// The language that the content is in.
    #[aws(http_header = "Content-Language")]
    pub content_language: Option<String>,
    /// A standard MIME type describing the format of the object data.
    #[aws(http_header = "Content-Type")]
    pub content_type: Option<String>,
    /// The date and time at which the object is no longer cacheable.
    #[aws(http_header = "Expires")]
    pub expires: Option<String>,
    /// Specify access permissions explicitly to give the grantee READ, READ_ACP, and WRITE_ACP
    /// permissions on the object.
    #[aws(http_header = "x-amz-grant-full-control")]
    pub grant_full_control: Option<String>,
    /// Specify access permissions explicitly to allow grantee to read the object data and its
    /// metadata.
    #[aws(http_header = "x-amz-grant-read")]
    pub grant_read: Option<String>,
    /// Specify access permissions explicitly to allows grantee to read the object ACL.
    #[aws(name = "GrantReadACP", http_header = "x-amz-grant-read-acp")]
    pub grant_read_acp: Option<String>,
    /// Specify access permissions explicitly to allows grantee to allow grantee to write the ACL
    /// for the applicable object.
    #[aws(name = "GrantWriteACP", http_header = "x-amz-grant-write-acp")]
    pub grant_write_acp: Option<String>,
    /// Object key for which the multipart upload is to be initiated.
    #[aws(http_label, context_param = "Key", length(min = 1))]
    pub key: String,
    /// A map of metadata to store with the object in S3.
    #[aws(http_prefix_headers = "x-amz-meta-")]
    pub metadata: Option<BTreeMap<String, String>>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon
    /// FSx.
    #[aws(http_header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// By default, Amazon S3 uses the STANDARD Storage Class to store newly created objects.
    #[aws(http_header = "x-amz-storage-class")]
    pub storage_class: Option<StorageClass>,
    /// If the bucket is configured as a website, redirects requests for this object to another
    /// object in the same bucket or to an external URL.
    #[aws(http_header = "x-amz-website-redirect-location")]
    pub website_redirect_location: Option<String>,
    /// Specifies the algorithm to use when encrypting the object (for example, AES256).
    #[aws(name = "SSECustomerAlgorithm", http_header = "x-amz-server-side-encryption-customer-algorithm")]
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data.
    #[aws(name = "SSECustomerKey", http_header = "x-amz-server-side-encryption-customer-key", sensitive)]
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the customer-provided encryption key according to RFC
    /// 1321.
    #[aws(name = "SSECustomerKeyMD5", http_header = "x-amz-server-side-encryption-customer-key-MD5")]
    pub sse_customer_key_md5: Option<String>,
    /// Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use for object encryption.
    #[aws(name = "SSEKMSKeyId", http_header = "x-amz-server-side-encryption-aws-kms-key-id", sensitive)]
    pub sse_kms_key_id: Option<String>,
    /// Specifies the Amazon Web Services KMS Encryption Context to use for object encryption.
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
    /// Specifies the Object Lock mode that you want to apply to the uploaded object.
    #[aws(http_header = "x-amz-object-lock-mode")]
    pub object_lock_mode: Option<ObjectLockMode>,
    /// Specifies the date and time when you want the Object Lock to expire.
    #[aws(http_header = "x-amz-object-lock-retain-until-date", timestamp_format = "date-time")]
    pub object_lock_retain_until_date: Option<DateTime>,
    /// Specifies whether you want to apply a legal hold to the uploaded object.
    #[aws(http_header = "x-amz-object-lock-legal-hold")]
    pub object_lock_legal_hold_status: Option<ObjectLockLegalHoldStatus>,
    /// Specifies the event hold status to apply to the uploaded object.
    #[aws(http_header = "x-amz-object-lock-event-hold")]
    pub object_lock_event_hold: Option<ObjectLockEventHold>,
    /// Specifies the event hold duration in days to apply to the uploaded object.
    #[aws(http_header = "x-amz-object-lock-event-hold-duration-days")]
    pub object_lock_event_hold_duration_days: Option<i32>,
    /// Specifies the event hold duration in years to apply to the uploaded object.
    #[aws(http_header = "x-amz-object-lock-event-hold-duration-years")]
    pub object_lock_event_hold_duration_years: Option<i32>,
    /// The account ID of the expected bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Indicates the algorithm that you want Amazon S3 to use to create the checksum for the
    /// object.
    #[aws(http_header = "x-amz-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Indicates the checksum type that you want Amazon S3 to use to calculate the object’s
    /// checksum value.
    #[aws(http_header = "x-amz-checksum-type")]
    pub checksum_type: Option<ChecksumType>,
}

/// The output of `CreateMultipartUpload`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CreateMultipartUploadOutput {
    /// If the bucket has a lifecycle rule configured with an action to abort incomplete multipart
    /// uploads and the prefix in the lifecycle rule matches the object name in the request, the
    /// response includes this header.
    #[aws(http_header = "x-amz-abort-date")]
    pub abort_date: Option<DateTime>,
    /// This header is returned along with the `x-amz-abort-date` header.
    #[aws(http_header = "x-amz-abort-rule-id")]
    pub abort_rule_id: Option<String>,
    /// The name of the bucket to which the multipart upload was initiated.
    pub bucket: Option<String>,
    /// Object key for which the multipart upload was initiated.
    #[aws(length(min = 1))]
    pub key: Option<String>,
    /// ID for the initiated multipart upload.
    pub upload_id: Option<String>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon
    /// FSx.
    #[aws(http_header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
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
    /// Indicates whether the multipart upload uses an S3 Bucket Key for server-side encryption with
    /// Key Management Service (KMS) keys (SSE-KMS).
    #[aws(http_header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// If present, indicates that the requester was successfully charged for the request.
    #[aws(http_header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
    /// The algorithm that was used to create a checksum of the object.
    #[aws(http_header = "x-amz-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Indicates the checksum type that you want Amazon S3 to use to calculate the object’s
    /// checksum value.
    #[aws(http_header = "x-amz-checksum-type")]
    pub checksum_type: Option<ChecksumType>,
    /// Version ID of the object.
    #[aws(http_header = "x-amz-version-id")]
    pub version_id: Option<String>,
}

/// Uploads a part in a multipart upload.
#[aws_operation(
    service = S3,
    operation = "UploadPart",
    fluent,
    output = UploadPartOutput,
    http(method = "PUT", uri = "/{Bucket}/{Key+}", code = 200),
    http_checksum(request_algorithm_member = "ChecksumAlgorithm"),
    rename_all = "PascalCase"
)]
pub struct UploadPart {
    /// Object data.
    #[aws(http_payload)]
    pub body: Option<ByteStream>,
    /// The name of the bucket to which the multipart upload was initiated.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// Size of the body in bytes.
    #[aws(http_header = "Content-Length")]
    pub content_length: Option<i64>,
    /// The Base64 encoded 128-bit MD5 digest of the part data.
    #[aws(name = "ContentMD5", http_header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK.
    #[aws(http_header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// This header specifies the Base64 encoded, 32-bit `CRC32` checksum of the object.
    #[aws(name = "ChecksumCRC32", http_header = "x-amz-checksum-crc32")]
    pub checksum_crc32: Option<String>,
    /// This header specifies the Base64 encoded, 32-bit `CRC32C` checksum of the object.
    #[aws(name = "ChecksumCRC32C", http_header = "x-amz-checksum-crc32c")]
    pub checksum_crc32c: Option<String>,
    /// This header specifies the Base64 encoded, 64-bit `CRC64NVME` checksum of the part.
    #[aws(name = "ChecksumCRC64NVME", http_header = "x-amz-checksum-crc64nvme")]
    pub checksum_crc64nvme: Option<String>,
    /// This header specifies the Base64 encoded, 160-bit `SHA1` digest of the object.
    #[aws(name = "ChecksumSHA1", http_header = "x-amz-checksum-sha1")]
    pub checksum_sha1: Option<String>,
    /// This header specifies the Base64 encoded, 256-bit `SHA256` digest of the object.
    #[aws(name = "ChecksumSHA256", http_header = "x-amz-checksum-sha256")]
    pub checksum_sha256: Option<String>,
    /// This header specifies the Base64 encoded, 512-bit `SHA512` digest of the part.
    #[aws(name = "ChecksumSHA512", http_header = "x-amz-checksum-sha512")]
    pub checksum_sha512: Option<String>,
    /// This header specifies the Base64 encoded, 128-bit `MD5` digest of the part.
    #[aws(name = "ChecksumMD5", http_header = "x-amz-checksum-md5")]
    pub checksum_md5: Option<String>,
    /// This header specifies the Base64 encoded, 64-bit `XXHASH64` checksum of the part.
    #[aws(name = "ChecksumXXHASH64", http_header = "x-amz-checksum-xxhash64")]
    pub checksum_xxhash64: Option<String>,
    /// This header specifies the Base64 encoded, 64-bit `XXHASH3` checksum of the part.
    #[aws(name = "ChecksumXXHASH3", http_header = "x-amz-checksum-xxhash3")]
    pub checksum_xxhash3: Option<String>,
    /// This header specifies the Base64 encoded, 128-bit `XXHASH128` checksum of the part.
    #[aws(name = "ChecksumXXHASH128", http_header = "x-amz-checksum-xxhash128")]
    pub checksum_xxhash128: Option<String>,
    /// Object key for which the multipart upload was initiated.
    #[aws(http_label, context_param = "Key", length(min = 1))]
    pub key: String,
    /// Part number of part being uploaded.
    #[aws(http_query = "partNumber")]
    pub part_number: i32,
    /// Upload ID identifying the multipart upload whose part is being uploaded.
    #[aws(http_query = "uploadId")]
    pub upload_id: String,
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
    /// The account ID of the expected bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `UploadPart`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct UploadPartOutput {
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon
    /// FSx.
    #[aws(http_header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// Entity tag for the uploaded object.
    #[aws(http_header = "ETag")]
    pub e_tag: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the part.
    #[aws(name = "ChecksumCRC32", http_header = "x-amz-checksum-crc32")]
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the part.
    #[aws(name = "ChecksumCRC32C", http_header = "x-amz-checksum-crc32c")]
    pub checksum_crc32c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the part.
    #[aws(name = "ChecksumCRC64NVME", http_header = "x-amz-checksum-crc64nvme")]
    pub checksum_crc64nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` checksum of the part.
    #[aws(name = "ChecksumSHA1", http_header = "x-amz-checksum-sha1")]
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` checksum of the part.
    #[aws(name = "ChecksumSHA256", http_header = "x-amz-checksum-sha256")]
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` checksum of the part.
    #[aws(name = "ChecksumSHA512", http_header = "x-amz-checksum-sha512")]
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` checksum of the part.
    #[aws(name = "ChecksumMD5", http_header = "x-amz-checksum-md5")]
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the part.
    #[aws(name = "ChecksumXXHASH64", http_header = "x-amz-checksum-xxhash64")]
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the part.
    #[aws(name = "ChecksumXXHASH3", http_header = "x-amz-checksum-xxhash3")]
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the part.
    #[aws(name = "ChecksumXXHASH128", http_header = "x-amz-checksum-xxhash128")]
    pub checksum_xxhash128: Option<String>,
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
    /// Indicates whether the multipart upload uses an S3 Bucket Key for server-side encryption with
    /// Key Management Service (KMS) keys (SSE-KMS).
    #[aws(http_header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// If present, indicates that the requester was successfully charged for the request.
    #[aws(http_header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
    /// Version ID of the object.
    #[aws(http_header = "x-amz-version-id")]
    pub version_id: Option<String>,
}

/// Completes a multipart upload by assembling previously uploaded parts.
#[aws_operation(
    service = S3,
    operation = "CompleteMultipartUpload",
    fluent,
    output = CompleteMultipartUploadOutput,
    http(method = "POST", uri = "/{Bucket}/{Key+}", code = 200),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct CompleteMultipartUpload {
    /// Name of the bucket to which the multipart upload was initiated.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// Object key for which the multipart upload was initiated.
    #[aws(http_label, context_param = "Key", length(min = 1))]
    pub key: String,
    /// The container for the multipart upload request information.
    #[aws(
        http_payload,
        xml_name = "CompleteMultipartUpload",
        xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/"
    )]
    pub multipart_upload: Option<CompletedMultipartUpload>,
    /// ID for the initiated multipart upload.
    #[aws(http_query = "uploadId")]
    pub upload_id: String,
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
    /// This header specifies the checksum type of the object, which determines how part-level
    /// checksums are combined to create an object-level checksum for multipart objects.
    #[aws(http_header = "x-amz-checksum-type")]
    pub checksum_type: Option<ChecksumType>,
    /// The expected total object size of the multipart upload request.
    #[aws(http_header = "x-amz-mp-object-size")]
    pub mpu_object_size: Option<i64>,
    /// Confirms that the requester knows that they will be charged for the request.
    #[aws(http_header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Uploads the object only if the ETag (entity tag) value provided during the WRITE operation
    /// matches the ETag of the object in S3.
    #[aws(http_header = "If-Match")]
    pub if_match: Option<String>,
    /// Uploads the object only if the object key name does not already exist in the bucket
    /// specified.
    #[aws(http_header = "If-None-Match")]
    pub if_none_match: Option<String>,
    /// The server-side encryption (SSE) algorithm used to encrypt the object.
    #[aws(name = "SSECustomerAlgorithm", http_header = "x-amz-server-side-encryption-customer-algorithm")]
    pub sse_customer_algorithm: Option<String>,
    /// The server-side encryption (SSE) customer managed key.
    #[aws(name = "SSECustomerKey", http_header = "x-amz-server-side-encryption-customer-key", sensitive)]
    pub sse_customer_key: Option<String>,
    /// The MD5 server-side encryption (SSE) customer managed key.
    #[aws(name = "SSECustomerKeyMD5", http_header = "x-amz-server-side-encryption-customer-key-MD5")]
    pub sse_customer_key_md5: Option<String>,
}

/// The output of `CompleteMultipartUpload`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CompleteMultipartUploadOutput {
    /// The URI that identifies the newly created object.
    pub location: Option<String>,
    /// The name of the bucket that contains the newly created object.
    pub bucket: Option<String>,
    /// The object key of the newly created object.
    #[aws(length(min = 1))]
    pub key: Option<String>,
    /// If the object expiration is configured, this will contain the expiration date
    /// (`expiry-date`) and rule ID (`rule-id`).
    #[aws(http_header = "x-amz-expiration")]
    pub expiration: Option<String>,
    /// Entity tag that identifies the newly created object's data.
    pub e_tag: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32 checksum` of the object.
    #[aws(name = "ChecksumCRC32")]
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object.
    #[aws(name = "ChecksumCRC32C")]
    pub checksum_crc32c: Option<String>,
    /// This header specifies the Base64 encoded, 64-bit `CRC64NVME` checksum of the object.
    #[aws(name = "ChecksumCRC64NVME")]
    pub checksum_crc64nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object.
    #[aws(name = "ChecksumSHA1")]
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object.
    #[aws(name = "ChecksumSHA256")]
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the object.
    #[aws(name = "ChecksumSHA512")]
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the object.
    #[aws(name = "ChecksumMD5")]
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the object.
    #[aws(name = "ChecksumXXHASH64")]
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the object.
    #[aws(name = "ChecksumXXHASH3")]
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the object.
    #[aws(name = "ChecksumXXHASH128")]
    pub checksum_xxhash128: Option<String>,
    /// The checksum type, which determines how part-level checksums are combined to create an
    /// object-level checksum for multipart objects.
    pub checksum_type: Option<ChecksumType>,
    /// The server-side encryption algorithm used when storing this object in Amazon S3.
    #[aws(http_header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// Version ID of the newly created object, in case the bucket has versioning turned on.
    #[aws(http_header = "x-amz-version-id")]
    pub version_id: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    #[aws(name = "SSEKMSKeyId", http_header = "x-amz-server-side-encryption-aws-kms-key-id", sensitive)]
    pub sse_kms_key_id: Option<String>,
    /// Indicates whether the multipart upload uses an S3 Bucket Key for server-side encryption with
    /// Key Management Service (KMS) keys (SSE-KMS).
    #[aws(http_header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// If present, indicates that the requester was successfully charged for the request.
    #[aws(http_header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// This operation aborts a multipart upload.
#[aws_operation(
    service = S3,
    operation = "AbortMultipartUpload",
    fluent,
    output = AbortMultipartUploadOutput,
    errors = [NoSuchUpload],
    http(method = "DELETE", uri = "/{Bucket}/{Key+}", code = 204),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct AbortMultipartUpload {
    /// The bucket name to which the upload was taking place.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// Key of the object for which the multipart upload was initiated.
    #[aws(http_label, context_param = "Key", length(min = 1))]
    pub key: String,
    /// Upload ID that identifies the multipart upload.
    #[aws(http_query = "uploadId")]
    pub upload_id: String,
    /// Confirms that the requester knows that they will be charged for the request.
    #[aws(http_header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// If present, this header aborts an in progress multipart upload only if it was initiated on
    /// the provided timestamp.
    #[aws(http_header = "x-amz-if-match-initiated-time", timestamp_format = "http-date")]
    pub if_match_initiated_time: Option<DateTime>,
}

/// The output of `AbortMultipartUpload`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct AbortMultipartUploadOutput {
    /// If present, indicates that the requester was successfully charged for the request.
    #[aws(http_header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
    /// Version ID of the object.
    #[aws(http_header = "x-amz-version-id")]
    pub version_id: Option<String>,
}

/// Lists the parts that have been uploaded for a specific multipart upload.
#[aws_operation(
    service = S3,
    operation = "ListParts",
    fluent,
    output = ListPartsOutput,
    http(method = "GET", uri = "/{Bucket}/{Key+}", code = 200),
    paginator(input_token = part_number_marker, output_token = next_part_number_marker, items = parts, item = Part, page_size = max_parts, more_results = is_truncated),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct ListParts {
    /// The name of the bucket to which the parts are being uploaded.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// Object key for which the multipart upload was initiated.
    #[aws(http_label, context_param = "Key", length(min = 1))]
    pub key: String,
    /// Sets the maximum number of parts to return.
    #[aws(http_query = "max-parts")]
    pub max_parts: Option<i32>,
    /// Specifies the part after which listing should begin.
    #[aws(http_query = "part-number-marker")]
    pub part_number_marker: Option<i32>,
    /// Upload ID identifying the multipart upload whose parts are being listed.
    #[aws(http_query = "uploadId")]
    pub upload_id: String,
    /// Confirms that the requester knows that they will be charged for the request.
    #[aws(http_header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// The server-side encryption (SSE) algorithm used to encrypt the object.
    #[aws(name = "SSECustomerAlgorithm", http_header = "x-amz-server-side-encryption-customer-algorithm")]
    pub sse_customer_algorithm: Option<String>,
    /// The server-side encryption (SSE) customer managed key.
    #[aws(name = "SSECustomerKey", http_header = "x-amz-server-side-encryption-customer-key", sensitive)]
    pub sse_customer_key: Option<String>,
    /// The MD5 server-side encryption (SSE) customer managed key.
    #[aws(name = "SSECustomerKeyMD5", http_header = "x-amz-server-side-encryption-customer-key-MD5")]
    pub sse_customer_key_md5: Option<String>,
}

/// The output of `ListParts`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ListPartsOutput {
    /// If the bucket has a lifecycle rule configured with an action to abort incomplete multipart
    /// uploads and the prefix in the lifecycle rule matches the object name in the request, then
    /// the response includes this header indicating when the initiated multipart upload will become
    /// eligible for abort operation.
    #[aws(http_header = "x-amz-abort-date")]
    pub abort_date: Option<DateTime>,
    /// This header is returned along with the `x-amz-abort-date` header.
    #[aws(http_header = "x-amz-abort-rule-id")]
    pub abort_rule_id: Option<String>,
    /// The name of the bucket to which the multipart upload was initiated.
    pub bucket: Option<String>,
    /// Object key for which the multipart upload was initiated.
    #[aws(length(min = 1))]
    pub key: Option<String>,
    /// Upload ID identifying the multipart upload whose parts are being listed.
    pub upload_id: Option<String>,
    /// Specifies the part after which listing should begin.
    pub part_number_marker: Option<i32>,
    /// When a list is truncated, this element specifies the last part in the list, as well as the
    /// value to use for the `part-number-marker` request parameter in a subsequent request.
    pub next_part_number_marker: Option<i32>,
    /// Maximum number of parts that were allowed in the response.
    pub max_parts: Option<i32>,
    /// Indicates whether the returned list of parts is truncated.
    pub is_truncated: Option<bool>,
    /// Container for elements related to a particular part.
    #[aws(xml_name = "Part", xml_flattened)]
    pub parts: Option<Vec<Part>>,
    /// Container element that identifies who initiated the multipart upload.
    pub initiator: Option<Initiator>,
    /// Container element that identifies the object owner, after the object is created.
    pub owner: Option<Owner>,
    /// The class of storage used to store the uploaded object.
    pub storage_class: Option<StorageClass>,
    /// If present, indicates that the requester was successfully charged for the request.
    #[aws(http_header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
    /// The algorithm that was used to create a checksum of the object.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The checksum type, which determines how part-level checksums are combined to create an
    /// object-level checksum for multipart objects.
    pub checksum_type: Option<ChecksumType>,
    /// Version ID of the object.
    #[aws(http_header = "x-amz-version-id")]
    pub version_id: Option<String>,
}

/// The container for the completed multipart upload details.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CompletedMultipartUpload {
    /// Array of CompletedPart data types.
    #[aws(xml_name = "Part", xml_flattened)]
    pub parts: Option<Vec<CompletedPart>>,
}

/// Details of the parts that were uploaded.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CompletedPart {
    /// Entity tag returned when the part was uploaded.
    pub e_tag: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the part.
    #[aws(name = "ChecksumCRC32")]
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the part.
    #[aws(name = "ChecksumCRC32C")]
    pub checksum_crc32c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the part.
    #[aws(name = "ChecksumCRC64NVME")]
    pub checksum_crc64nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` checksum of the part.
    #[aws(name = "ChecksumSHA1")]
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` checksum of the part.
    #[aws(name = "ChecksumSHA256")]
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the part.
    #[aws(name = "ChecksumSHA512")]
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the part.
    #[aws(name = "ChecksumMD5")]
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the part.
    #[aws(name = "ChecksumXXHASH64")]
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the part.
    #[aws(name = "ChecksumXXHASH3")]
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the part.
    #[aws(name = "ChecksumXXHASH128")]
    pub checksum_xxhash128: Option<String>,
    /// Part number that identifies the part.
    pub part_number: Option<i32>,
}

/// Container for elements related to a part.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Part {
    /// Part number identifying the part.
    pub part_number: Option<i32>,
    /// Date and time at which the part was uploaded.
    pub last_modified: Option<DateTime>,
    /// Entity tag returned when the part was uploaded.
    pub e_tag: Option<String>,
    /// Size in bytes of the uploaded part data.
    pub size: Option<i64>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the part.
    #[aws(name = "ChecksumCRC32")]
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the part.
    #[aws(name = "ChecksumCRC32C")]
    pub checksum_crc32c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the part.
    #[aws(name = "ChecksumCRC64NVME")]
    pub checksum_crc64nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` checksum of the part.
    #[aws(name = "ChecksumSHA1")]
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` checksum of the part.
    #[aws(name = "ChecksumSHA256")]
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the part.
    #[aws(name = "ChecksumSHA512")]
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the part.
    #[aws(name = "ChecksumMD5")]
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the part.
    #[aws(name = "ChecksumXXHASH64")]
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the part.
    #[aws(name = "ChecksumXXHASH3")]
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the part.
    #[aws(name = "ChecksumXXHASH128")]
    pub checksum_xxhash128: Option<String>,
}

/// Container element that identifies who initiated the multipart upload.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Initiator {
    /// If the principal is an Amazon Web Services account, it provides the Canonical User ID.
    #[aws(name = "ID")]
    pub id: Option<String>,
    /// The display name of the initiator.
    pub display_name: Option<String>,
}
