//! Copying: `CopyObject`, the copy source's conditions and what the copy takes from it.

use std::collections::BTreeMap;

use aws_operation::{DateTime, aws_operation, aws_shape};

use crate::S3;
use crate::access::ObjectCannedACL;
use crate::checksums::{ChecksumAlgorithm, ChecksumType};
use crate::encryption::ServerSideEncryption;
use crate::errors::ObjectNotInActiveTierError;
use crate::object_lock::{ObjectLockEventHold, ObjectLockLegalHoldStatus, ObjectLockMode};
use crate::requester_pays::{RequestCharged, RequestPayer};
use crate::storage::StorageClass;

/// Creates a copy of an object that is already stored in Amazon S3.
#[aws_operation(
    service = S3,
    operation = "CopyObject",
    fluent,
    output = CopyObjectOutput,
    errors = [ObjectNotInActiveTierError],
    http(method = "PUT", uri = "/{Bucket}/{Key+}", code = 200),
    static_context_params(DisableS3ExpressSessionAuth = true),
    rename_all = "PascalCase"
)]
#[derive(Clone, PartialEq)]
pub struct CopyObject {
    /// The canned access control list (ACL) to apply to the object.
    #[aws(name = "ACL", http_header = "x-amz-acl")]
    pub acl: Option<ObjectCannedACL>,
    /// The name of the destination bucket.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// Specifies the caching behavior along the request/reply chain.
    #[aws(http_header = "Cache-Control")]
    pub cache_control: Option<String>,
    /// Indicates the algorithm that you want Amazon S3 to use to create the checksum for the
    /// object.
    #[aws(http_header = "x-amz-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
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
    /// A standard MIME type that describes the format of the object data.
    #[aws(http_header = "Content-Type")]
    pub content_type: Option<String>,
    /// Specifies the source object for the copy operation.
    #[aws(http_header = "x-amz-copy-source", context_param = "CopySource", pattern = r"^\/?.+\/.+$")]
    pub copy_source: String,
    /// Copies the object if its entity tag (ETag) matches the specified tag.
    #[aws(http_header = "x-amz-copy-source-if-match")]
    pub copy_source_if_match: Option<String>,
    /// Copies the object if it has been modified since the specified time.
    #[aws(http_header = "x-amz-copy-source-if-modified-since")]
    pub copy_source_if_modified_since: Option<DateTime>,
    /// Copies the object if its entity tag (ETag) is different than the specified ETag.
    #[aws(http_header = "x-amz-copy-source-if-none-match")]
    pub copy_source_if_none_match: Option<String>,
    /// Copies the object if it hasn't been modified since the specified time.
    #[aws(http_header = "x-amz-copy-source-if-unmodified-since")]
    pub copy_source_if_unmodified_since: Option<DateTime>,
    /// The date and time at which the object is no longer cacheable.
    #[aws(http_header = "Expires")]
    pub expires: Option<String>,
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
    /// Copies the object if the entity tag (ETag) of the destination object matches the specified
    /// tag.
    #[aws(http_header = "If-Match")]
    pub if_match: Option<String>,
    /// Copies the object only if the object key name at the destination does not already exist in
    /// the bucket specified.
    #[aws(http_header = "If-None-Match")]
    pub if_none_match: Option<String>,
    /// The key of the destination object.
    #[aws(http_label, context_param = "Key", length(min = 1))]
    pub key: String,
    /// A map of metadata to store with the object in S3.
    #[aws(http_prefix_headers = "x-amz-meta-")]
    pub metadata: Option<BTreeMap<String, String>>,
    /// Specifies whether the metadata is copied from the source object or replaced with metadata
    /// that's provided in the request.
    #[aws(http_header = "x-amz-metadata-directive")]
    pub metadata_directive: Option<MetadataDirective>,
    /// Specifies whether the object tag-set is copied from the source object or replaced with the
    /// tag-set that's provided in the request.
    #[aws(http_header = "x-amz-tagging-directive")]
    pub tagging_directive: Option<TaggingDirective>,
    /// Specifies whether you want to copy annotations from the source object or exclude them.
    #[aws(http_header = "x-amz-object-annotation-directive")]
    pub annotation_directive: Option<AnnotationDirective>,
    /// The server-side encryption algorithm used when storing this object in Amazon S3.
    #[aws(http_header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// If the `x-amz-storage-class` header is not used, the copied object will be stored in the
    /// `STANDARD` Storage Class by default.
    #[aws(http_header = "x-amz-storage-class")]
    pub storage_class: Option<StorageClass>,
    /// If the destination bucket is configured as a website, redirects requests for this object
    /// copy to another object in the same bucket or to an external URL.
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
    /// to use for the destination object encryption.
    #[aws(name = "SSEKMSEncryptionContext", http_header = "x-amz-server-side-encryption-context", sensitive)]
    pub sse_kms_encryption_context: Option<String>,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with
    /// server-side encryption using Key Management Service (KMS) keys (SSE-KMS).
    #[aws(http_header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// Specifies the algorithm to use when decrypting the source object (for example, `AES256`).
    #[aws(
        name = "CopySourceSSECustomerAlgorithm",
        http_header = "x-amz-copy-source-server-side-encryption-customer-algorithm"
    )]
    pub copy_source_sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use to decrypt the source
    /// object.
    #[aws(
        name = "CopySourceSSECustomerKey",
        http_header = "x-amz-copy-source-server-side-encryption-customer-key",
        sensitive
    )]
    pub copy_source_sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321.
    #[aws(
        name = "CopySourceSSECustomerKeyMD5",
        http_header = "x-amz-copy-source-server-side-encryption-customer-key-MD5"
    )]
    pub copy_source_sse_customer_key_md5: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request.
    #[aws(http_header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The tag-set for the object copy in the destination bucket.
    #[aws(http_header = "x-amz-tagging")]
    pub tagging: Option<String>,
    /// The Object Lock mode that you want to apply to the object copy.
    #[aws(http_header = "x-amz-object-lock-mode")]
    pub object_lock_mode: Option<ObjectLockMode>,
    /// The date and time when you want the Object Lock of the object copy to expire.
    #[aws(http_header = "x-amz-object-lock-retain-until-date", timestamp_format = "date-time")]
    pub object_lock_retain_until_date: Option<DateTime>,
    /// Specifies whether you want to apply a legal hold to the object copy.
    #[aws(http_header = "x-amz-object-lock-legal-hold")]
    pub object_lock_legal_hold_status: Option<ObjectLockLegalHoldStatus>,
    /// The event hold status to apply to the object copy.
    #[aws(http_header = "x-amz-object-lock-event-hold")]
    pub object_lock_event_hold: Option<ObjectLockEventHold>,
    /// The event hold duration in days to apply to the object copy.
    #[aws(http_header = "x-amz-object-lock-event-hold-duration-days")]
    pub object_lock_event_hold_duration_days: Option<i32>,
    /// The event hold duration in years to apply to the object copy.
    #[aws(http_header = "x-amz-object-lock-event-hold-duration-years")]
    pub object_lock_event_hold_duration_years: Option<i32>,
    /// The account ID of the expected destination bucket owner.
    #[aws(http_header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// The account ID of the expected source bucket owner.
    #[aws(http_header = "x-amz-source-expected-bucket-owner")]
    pub expected_source_bucket_owner: Option<String>,
}

/// The output of `CopyObject`.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CopyObjectOutput {
    /// Container for all response elements.
    #[aws(http_payload)]
    pub copy_object_result: Option<CopyObjectResult>,
    /// If the object expiration is configured, the response includes this header.
    #[aws(http_header = "x-amz-expiration")]
    pub expiration: Option<String>,
    /// Version ID of the source object that was copied.
    #[aws(http_header = "x-amz-copy-source-version-id")]
    pub copy_source_version_id: Option<String>,
    /// Version ID of the newly created copy.
    #[aws(http_header = "x-amz-version-id")]
    pub version_id: Option<String>,
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
    /// Indicates whether the copied object uses an S3 Bucket Key for server-side encryption with
    /// Key Management Service (KMS) keys (SSE-KMS).
    #[aws(http_header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// If present, indicates that the requester was successfully charged for the request.
    #[aws(http_header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// Whether a copy takes the source object's metadata or the request's.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum MetadataDirective {
    /// `COPY`
    #[aws(value = "COPY")]
    Copy,
    /// `REPLACE`
    #[aws(value = "REPLACE")]
    Replace,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Whether a copy takes the source object's tags or the request's.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum TaggingDirective {
    /// `COPY`
    #[aws(value = "COPY")]
    Copy,
    /// `REPLACE`
    #[aws(value = "REPLACE")]
    Replace,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Whether a copy takes the source object's annotations or none.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum AnnotationDirective {
    /// `COPY`
    #[aws(value = "COPY")]
    Copy,
    /// `EXCLUDE`
    #[aws(value = "EXCLUDE")]
    Exclude,
    /// A value this client does not know yet.
    Unknown(String),
}

/// Container for all response elements.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct CopyObjectResult {
    /// Returns the ETag of the new object.
    pub e_tag: Option<String>,
    /// Creation date of the object.
    pub last_modified: Option<DateTime>,
    /// The checksum type that is used to calculate the object’s checksum value.
    pub checksum_type: Option<ChecksumType>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the object.
    #[aws(name = "ChecksumCRC32")]
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object.
    #[aws(name = "ChecksumCRC32C")]
    pub checksum_crc32c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the object.
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
}
