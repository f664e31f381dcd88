//! Amazon S3 (`s3`, 2006-03-01, restXml), defined by hand with aws-operation: a slice of 22
//! operations, one module per concept, each operation an annotated struct.
//!
//! | module | operations |
//! | --- | --- |
//! | [`buckets`] | `CreateBucket`, `HeadBucket`, `ListBuckets`, `DeleteBucket`, `GetBucketLocation` |
//! | [`objects`] | `PutObject`, `GetObject`, `HeadObject` |
//! | [`deleting`] | `DeleteObject`, `DeleteObjects` |
//! | [`listing`] | `ListObjectsV2`, `ListMultipartUploads` |
//! | [`copying`] | `CopyObject` |
//! | [`multipart`] | `CreateMultipartUpload`, `UploadPart`, `CompleteMultipartUpload`, `AbortMultipartUpload`, `ListParts` |
//! | [`tagging`] | `PutBucketTagging`, `GetBucketTagging`, `GetObjectTagging`, `PutObjectTagging` |
//!
//! [`waiters`] holds the model's waiters: `client.wait_until_bucket_exists()`,
//! `wait_until_object_exists()` and `wait_until_object_not_exists()`.
//!
//! [`access`] holds the canned ACLs and owners, [`checksums`], [`encryption`], [`object_lock`],
//! [`storage`] and [`requester_pays`] the settings objects are stored and requested with, and
//! [`errors`] the service's errors. Everything is re-exported here, so
//! `aws_operation_s3::{S3, PutObject, StorageClass}` is all a caller imports.
//!
//! Object bodies are streamed both ways: `PutObject` and `UploadPart` take a
//! [`ByteStream`](aws_operation::ByteStream) (bytes, a file read as it is sent, or any stream),
//! and `GetObject` gives one back as the body arrives. Object metadata (`x-amz-meta-*`) is a map
//! without its prefix. `ListBuckets`, `ListObjectsV2`, `ListMultipartUploads` and `ListParts` page; [`operations`] lists
//! every operation for callers that work by name with JSON. Which traits of the model the slice
//! leaves out, and why, is in `SOURCE.md` and the documentation of `tests/s3_schema.rs`.
//!
//! ```no_run
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use std::collections::BTreeMap;
//!
//! use aws_operation::{ByteStream, Config};
//! use aws_operation_s3::{S3, StorageClass};
//! use futures_util::TryStreamExt;
//!
//! let client = S3::new(&Config::from_env().build()?)?;
//! client
//!     .put_object()
//!     .bucket("amzn-s3-demo-bucket")
//!     .key("reports/2026/11.csv")
//!     .body(ByteStream::from_path("11.csv").await?)
//!     .content_type("text/csv")
//!     .storage_class(StorageClass::StandardIa)
//!     .metadata(BTreeMap::from([("team".to_owned(), "finance".to_owned())]))
//!     .send()
//!     .await?;
//! let object = client.get_object().bucket("amzn-s3-demo-bucket").key("reports/2026/11.csv").send().await?;
//! println!("{:?} bytes, {:?}", object.content_length, object.metadata);
//! let mut objects = client.list_objects_v2().bucket("amzn-s3-demo-bucket").prefix("reports/").into_paginator().items();
//! while let Some(object) = objects.try_next().await? {
//!     println!("{:?} {:?}", object.key, object.size);
//! }
//! # Ok(()) }
//! ```

pub mod access;
pub mod buckets;
pub mod checksums;
pub mod copying;
pub mod deleting;
pub mod encryption;
pub mod errors;
pub mod listing;
pub mod multipart;
pub mod object_lock;
pub mod objects;
pub mod requester_pays;
pub mod storage;
pub mod tagging;
pub mod transfer;
pub mod waiters;

pub use access::*;
pub use buckets::*;
pub use checksums::*;
pub use copying::*;
pub use deleting::*;
pub use encryption::*;
pub use errors::*;
pub use listing::*;
pub use multipart::*;
pub use object_lock::*;
pub use objects::*;
pub use requester_pays::*;
pub use storage::*;
pub use tagging::*;

use aws_operation::aws_service;
use aws_operation::dynamic::DynOperation;

/// The Amazon S3 client. Clone it freely: clones share connections.
#[aws_service(
    id = "S3",
    protocol = "restXml",
    signing_name = "s3",
    api_version = "2006-03-01",
    endpoint_rules = "endpoint-rule-set-1.json",
    member_casing = "PascalCase",
    // S3's SigV4: keys signed as they are, and the body's hash in `x-amz-content-sha256`.
    sigv4(normalize_path = false, double_uri_encode = false, signed_body_header),
    // The rules put the bucket in the host, or in the path for path-style addressing.
    endpoint_labels = ["Bucket"]
)]
pub struct S3;

/// Every operation of the slice, grouped by concept, to call by name with JSON in and out.
pub fn operations() -> Vec<DynOperation<S3>> {
    each_operation!(DynOperation::of).iter().map(|of| of()).collect()
}

/// An array of `f::<Operation>` for every operation of the slice, in the order of
/// [`operations`]: the one list of the operations' types, for code generic over them.
/// `each_operation!(check)` with a generic function `check`; a path such as `DynOperation::of`
/// works too.
#[doc(hidden)]
#[macro_export]
macro_rules! __s3_each_operation {
    ($($f:ident)::+) => {
        [
            $($f)::+::<$crate::buckets::CreateBucket>,
            $($f)::+::<$crate::buckets::HeadBucket>,
            $($f)::+::<$crate::buckets::ListBuckets>,
            $($f)::+::<$crate::buckets::DeleteBucket>,
            $($f)::+::<$crate::objects::PutObject>,
            $($f)::+::<$crate::objects::GetObject>,
            $($f)::+::<$crate::objects::HeadObject>,
            $($f)::+::<$crate::deleting::DeleteObject>,
            $($f)::+::<$crate::deleting::DeleteObjects>,
            $($f)::+::<$crate::listing::ListObjectsV2>,
            $($f)::+::<$crate::listing::ListMultipartUploads>,
            $($f)::+::<$crate::copying::CopyObject>,
            $($f)::+::<$crate::multipart::CreateMultipartUpload>,
            $($f)::+::<$crate::multipart::UploadPart>,
            $($f)::+::<$crate::multipart::CompleteMultipartUpload>,
            $($f)::+::<$crate::multipart::AbortMultipartUpload>,
            $($f)::+::<$crate::multipart::ListParts>,
            $($f)::+::<$crate::buckets::GetBucketLocation>,
            $($f)::+::<$crate::tagging::PutBucketTagging>,
            $($f)::+::<$crate::tagging::GetBucketTagging>,
            $($f)::+::<$crate::tagging::GetObjectTagging>,
            $($f)::+::<$crate::tagging::PutObjectTagging>,
        ]
    };
}

#[doc(inline)]
pub use crate::__s3_each_operation as each_operation;
