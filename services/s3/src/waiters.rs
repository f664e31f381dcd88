//! S3's waiters on `HeadBucket` and `HeadObject`, as botocore's `waiters-2.json` defines them:
//! the model's `delay` is the waiter's min delay (as the AWS SDKs' Smithy models have it), its
//! max delay the spec's 120 s, its `maxAttempts` the waiter's limit; each acceptor is the
//! model's, in order. They match HTTP statuses: a HEAD's error has no body to name it.
//!
//! | waiter | client method | min delay | max attempts | success | retry |
//! | --- | --- | --- | --- | --- | --- |
//! | [`bucket_exists`] | `wait_until_bucket_exists` | 5 s | 20 | 200, 301, 403 | 404 |
//! | [`object_exists`] | `wait_until_object_exists` | 5 s | 20 | 200 | 404 |
//! | [`object_not_exists`] | `wait_until_object_not_exists` | 5 s | 20 | 404 | |
//!
//! A bucket that answers 301 (in another region) or 403 (someone else's) exists:
//! [`WaiterOutcome::matched`] says which status ended the wait.
//!
//! ```no_run
//! # async fn demo(client: aws_operation_s3::S3) -> Result<(), Box<dyn std::error::Error>> {
//! use std::time::Duration;
//!
//! client.wait_until_bucket_exists().bucket("amzn-s3-demo-bucket").wait(Duration::from_secs(120)).await?;
//! client.wait_until_object_exists().bucket("amzn-s3-demo-bucket").key("a.csv").wait(Duration::from_secs(60)).await?;
//! # Ok(()) }
//! ```

use std::time::Duration;

use aws_operation::DateTime;
use aws_operation::waiter::AcceptorState::{Retry, Success};
use aws_operation::waiter::{Acceptor, WaitUntil, Waiter, WaiterError, WaiterOutcome};

use crate::{ChecksumMode, HeadBucket, HeadBucketBuilder, HeadObject, HeadObjectBuilder, RequestPayer, S3};

/// `BucketExists`: `HeadBucket` answers 200, 301 or 403; 404 means not yet.
pub fn bucket_exists() -> Waiter<HeadBucket> {
    Waiter::builder("BucketExists")
        .min_delay(Duration::from_secs(5))
        .max_attempts(20)
        .acceptor(Acceptor::status(Success, 200))
        .acceptor(Acceptor::status(Success, 301))
        .acceptor(Acceptor::status(Success, 403))
        .acceptor(Acceptor::status(Retry, 404))
        .build()
        .expect("the model's waiter is valid")
}

/// `ObjectExists`: `HeadObject` answers 200; 404 means not yet.
pub fn object_exists() -> Waiter<HeadObject> {
    Waiter::builder("ObjectExists")
        .min_delay(Duration::from_secs(5))
        .max_attempts(20)
        .acceptor(Acceptor::status(Success, 200))
        .acceptor(Acceptor::status(Retry, 404))
        .build()
        .expect("the model's waiter is valid")
}

/// `ObjectNotExists`: `HeadObject` answers 404; an object found means not yet.
pub fn object_not_exists() -> Waiter<HeadObject> {
    Waiter::builder("ObjectNotExists")
        .min_delay(Duration::from_secs(5))
        .max_attempts(20)
        .acceptor(Acceptor::status(Success, 404))
        .build()
        .expect("the model's waiter is valid")
}

/// Setters of the input, each handed to the input's builder.
macro_rules! setters {
    ($($name:ident, $set:ident: $ty:ty = $wire:literal;)*) => {$(
        #[doc = concat!("Sets `", $wire, "`.")]
        pub fn $name(self, value: impl Into<$ty>) -> Self {
            Self(self.0.input(|b| b.$name(value)))
        }

        #[doc = concat!("Sets or clears `", $wire, "`.")]
        pub fn $set(self, value: Option<$ty>) -> Self {
            Self(self.0.input(|b| b.$set(value)))
        }
    )*};
}

/// A wait on `HeadBucket`: name the bucket, then `wait(max_wait).await`.
#[must_use]
#[derive(Debug)]
pub struct HeadBucketWaiter(WaitUntil<S3, HeadBucket, HeadBucketBuilder>);

impl HeadBucketWaiter {
    setters! {
        bucket, set_bucket: String = "Bucket";
        expected_bucket_owner, set_expected_bucket_owner: String = "ExpectedBucketOwner";
    }

    /// The waiter.
    pub fn waiter(&self) -> &Waiter<HeadBucket> {
        self.0.waiter()
    }

    /// Calls `HeadBucket` until the waiter's acceptors say success, for at most `max_wait` (see
    /// [`aws_operation::waiter`]).
    pub async fn wait(self, max_wait: Duration) -> Result<WaiterOutcome<HeadBucket>, WaiterError<HeadBucket>> {
        self.0.wait(max_wait).await
    }
}

/// A wait on `HeadObject`: name the bucket and key, then `wait(max_wait).await`.
#[must_use]
#[derive(Debug)]
pub struct HeadObjectWaiter(WaitUntil<S3, HeadObject, HeadObjectBuilder>);

impl HeadObjectWaiter {
    setters! {
        bucket, set_bucket: String = "Bucket";
        if_match, set_if_match: String = "IfMatch";
        if_modified_since, set_if_modified_since: DateTime = "IfModifiedSince";
        if_none_match, set_if_none_match: String = "IfNoneMatch";
        if_unmodified_since, set_if_unmodified_since: DateTime = "IfUnmodifiedSince";
        key, set_key: String = "Key";
        range, set_range: String = "Range";
        response_cache_control, set_response_cache_control: String = "ResponseCacheControl";
        response_content_disposition, set_response_content_disposition: String = "ResponseContentDisposition";
        response_content_encoding, set_response_content_encoding: String = "ResponseContentEncoding";
        response_content_language, set_response_content_language: String = "ResponseContentLanguage";
        response_content_type, set_response_content_type: String = "ResponseContentType";
        response_expires, set_response_expires: DateTime = "ResponseExpires";
        version_id, set_version_id: String = "VersionId";
        sse_customer_algorithm, set_sse_customer_algorithm: String = "SSECustomerAlgorithm";
        sse_customer_key, set_sse_customer_key: String = "SSECustomerKey";
        sse_customer_key_md5, set_sse_customer_key_md5: String = "SSECustomerKeyMD5";
        request_payer, set_request_payer: RequestPayer = "RequestPayer";
        part_number, set_part_number: i32 = "PartNumber";
        expected_bucket_owner, set_expected_bucket_owner: String = "ExpectedBucketOwner";
        checksum_mode, set_checksum_mode: ChecksumMode = "ChecksumMode";
    }

    /// The waiter.
    pub fn waiter(&self) -> &Waiter<HeadObject> {
        self.0.waiter()
    }

    /// Calls `HeadObject` until the waiter's acceptors say success, for at most `max_wait` (see
    /// [`aws_operation::waiter`]).
    pub async fn wait(self, max_wait: Duration) -> Result<WaiterOutcome<HeadObject>, WaiterError<HeadObject>> {
        self.0.wait(max_wait).await
    }
}

impl S3 {
    /// Waits until the bucket exists ([`bucket_exists`]): name it, then `wait(max_wait).await`.
    pub fn wait_until_bucket_exists(&self) -> HeadBucketWaiter {
        let client = self.client().clone();
        HeadBucketWaiter(WaitUntil::new(client, bucket_exists(), HeadBucket::builder(), HeadBucketBuilder::build))
    }

    /// Waits until the object exists ([`object_exists`]): name the bucket and key, then
    /// `wait(max_wait).await`.
    pub fn wait_until_object_exists(&self) -> HeadObjectWaiter {
        let client = self.client().clone();
        HeadObjectWaiter(WaitUntil::new(client, object_exists(), HeadObject::builder(), HeadObjectBuilder::build))
    }

    /// Waits until the object is gone ([`object_not_exists`]).
    pub fn wait_until_object_not_exists(&self) -> HeadObjectWaiter {
        let client = self.client().clone();
        HeadObjectWaiter(WaitUntil::new(client, object_not_exists(), HeadObject::builder(), HeadObjectBuilder::build))
    }
}
