//! The S3 slice against a real server: moto's (`moto_server`, see tests/support/moto.rs). Every
//! call goes through the typed slice (or its command), signed, over HTTP, path-style
//! (`http://127.0.0.1:PORT/bucket/key`), and every answer is moto's XML, headers or body read
//! back by the slice's shapes. Bodies are streamed both ways: uploads from files, downloads
//! hashed (SHA-256) as they arrive.
//!
//! Without moto these tests fail and say how to install it (`.ci/run` does). Each test starts
//! its own server, which stops when the test ends, however it ends, and each is bounded by
//! [`LIMIT`].
//!
//! Where moto differs from S3, as these tests found it (asserted as moto does it, or left out,
//! and said so where it would be asserted):
//! - `ListBuckets` cuts the list at `max-buckets` but hands out no `ContinuationToken`, so the
//!   buckets cannot be paged: a paginator with a page size sees the first page only;
//! - `CreateBucket` answers `Location: /NAME` for a bucket of any region (S3 answers the
//!   bucket's URL outside us-east-1), and creating a us-east-1 bucket one owns again succeeds
//!   (S3's legacy us-east-1 behaviour; elsewhere it is `BucketAlreadyOwnedByYou`);
//! - `DeleteObjects` ignores `Quiet`: it lists what it deleted either way;
//! - `GetObject` ignores `partNumber` for an object uploaded in parts (`HeadObject` does not);
//! - it checks no checksum a request carries (`x-amz-checksum-*`, a trailer's);
//! - it checks signatures only when told to (`INITIAL_NO_AUTH_ACTION_COUNT`, then of requests
//!   signed with an IAM user's key: `signatures_are_what_s3_computes`) and never those of
//!   presigned URLs, nor their expiry: an expired or tampered presigned URL is served as a good
//!   one, so that is not asserted.

#[path = "support/data.rs"]
mod data;
#[path = "support/http_client.rs"]
mod http_client;
#[path = "support/moto.rs"]
mod moto;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use aws_operation::http::HttpRequest;
use aws_operation::interceptor::{AttemptContext, BoxError, Interceptor};
use aws_operation::{ByteStream, Config, Credentials, Error, ServiceError};
use aws_operation_s3::*;
use data::{TempDir, pattern};
use futures_util::{StreamExt, TryStreamExt};
use moto::Moto;
use ring::digest::{Context, SHA256, digest};
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const REGION: &str = "us-east-1";
/// How long one test may take, moto's start included.
const LIMIT: Duration = Duration::from_secs(300);
/// No test lists more pages than this.
const MAX_PAGES: usize = 50;
const MIB: usize = 1024 * 1024;

fn credentials() -> Credentials {
    Credentials::new("AKIDTEST", "secret", None, None)
}

/// Why the tests of [`AWKWARD_KEYS`] skip the reqwest adapter.
const DOT_SEGMENTS: &str = "the key `dot/./dot-dot/../end`: reqwest's `url` parser would resolve its dot segments, so \
                            the adapter refuses to send it";

/// What every client of these tests shares: moto's URL, path-style addressing, the HTTP client
/// `AWS_OPERATION_TEST_HTTP_CLIENT` names.
fn config_builder(url: &str) -> aws_operation::ConfigBuilder {
    let config = Config::builder()
        .region(REGION)
        .credentials(credentials())
        .endpoint_url(url)
        .s3_force_path_style(true)
        .operation_timeout(Duration::from_secs(120));
    http_client::with_test_client(config)
}

fn client(url: &str) -> S3 {
    S3::new(&config_builder(url).build().expect("config")).expect("client")
}

/// A client that records each request it sends: method, URL and headers.
fn recording_client(url: &str) -> (S3, Recorder) {
    let recorder = Recorder::default();
    let config = config_builder(url).interceptor(recorder.clone()).build().expect("config");
    (S3::new(&config).expect("client"), recorder)
}

/// One request as the client sent it.
#[derive(Debug, Clone)]
struct Sent {
    method: String,
    url: String,
    headers: Vec<(String, String)>,
}

impl Sent {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

#[derive(Debug, Clone, Default)]
struct Recorder(Arc<Mutex<Vec<Sent>>>);

impl Recorder {
    fn take(&self) -> Vec<Sent> {
        std::mem::take(&mut *self.0.lock().unwrap())
    }
}

impl Interceptor for Recorder {
    fn modify_before_transmit(&self, request: &mut HttpRequest, _: &AttemptContext) -> Result<(), BoxError> {
        let sent = Sent { method: request.method.clone(), url: request.url.clone(), headers: request.headers.clone() };
        self.0.lock().unwrap().push(sent);
        Ok(())
    }
}

/// Runs a test's body within [`LIMIT`].
async fn bounded<F: std::future::Future>(test: F) -> F::Output {
    tokio::time::timeout(LIMIT, test).await.unwrap_or_else(|_| panic!("the test took more than {LIMIT:?}"))
}

/// The service error of a failed call, or a panic that says what it was instead.
fn service_error<E: std::error::Error + 'static>(err: Error<E>) -> ServiceError<E> {
    match err {
        Error::Service(e) => e,
        other => panic!("expected a service error, got {other:?}"),
    }
}

fn sha256(data: &[u8]) -> Vec<u8> {
    digest(&SHA256, data).as_ref().to_vec()
}

/// The SHA-256 and length of a body, read as it arrives.
async fn hash_stream(mut body: ByteStream) -> (Vec<u8>, u64) {
    let mut context = Context::new(&SHA256);
    let mut len = 0u64;
    while let Some(chunk) = body.next().await {
        let chunk = chunk.expect("the body arrives whole");
        len += chunk.len() as u64;
        context.update(&chunk);
    }
    (context.finish().as_ref().to_vec(), len)
}

/// Percent-encodes all but RFC 3986's unreserved characters and `/`, as `x-amz-copy-source`
/// wants its key.
fn url_encode_path(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn tag(key: &str, value: &str) -> Tag {
    Tag { key: key.into(), value: value.into() }
}

fn tag_map(tags: &[Tag]) -> BTreeMap<String, String> {
    tags.iter().map(|t| (t.key.clone(), t.value.clone())).collect()
}

/// The multipart uploads in progress in a bucket, as (key, upload id), every page of them.
async fn in_progress(client: &S3, bucket: &str, prefix: Option<&str>) -> Vec<(String, String)> {
    let mut list = client.list_multipart_uploads().bucket(bucket);
    if let Some(prefix) = prefix {
        list = list.prefix(prefix);
    }
    list.into_paginator()
        .items()
        .map_ok(|u| (u.key.unwrap_or_default(), u.upload_id.unwrap_or_default()))
        .try_collect()
        .await
        .expect("ListMultipartUploads")
}

async fn create_bucket(client: &S3, name: &str) {
    client.create_bucket().bucket(name).send().await.unwrap_or_else(|e| panic!("CreateBucket {name}: {e:?}"));
}

async fn put_path(client: &S3, bucket: &str, key: &str, path: &Path) -> PutObjectOutput {
    let body = ByteStream::from_path(path).await.expect("a file to upload");
    let out = client.put_object().bucket(bucket).key(key).body(body).send().await;
    out.unwrap_or_else(|e| panic!("PutObject {key:?}: {e:?}")).into_inner()
}

async fn get_bytes(client: &S3, bucket: &str, key: &str) -> Vec<u8> {
    let out = client.get_object().bucket(bucket).key(key).send().await;
    let out = out.unwrap_or_else(|e| panic!("GetObject {key:?}: {e:?}")).into_inner();
    out.body.expect("a body").collect().await.expect("the body arrives whole").to_vec()
}

/// Every key of the bucket, every page of `ListObjectsV2` with `page_size` keys a page.
async fn all_keys(client: &S3, bucket: &str, page_size: i32, encoding: Option<EncodingType>) -> Vec<String> {
    let pages: Vec<_> = client
        .list_objects_v2()
        .bucket(bucket)
        .set_encoding_type(encoding)
        .into_paginator()
        .page_size(page_size)
        .pages()
        .take(MAX_PAGES)
        .try_collect()
        .await
        .expect("ListObjectsV2");
    pages.into_iter().flat_map(|p| p.into_inner().contents.unwrap_or_default()).filter_map(|o| o.key).collect()
}

#[tokio::test]
async fn buckets_are_created_located_listed_tagged_and_deleted() {
    bounded(async {
        let moto = Moto::start();
        let (client, recorder) = recording_client(&moto.url);

        // One bucket in us-east-1, one in eu-west-1 (a location constraint from a us-east-1 client).
        let created = client.create_bucket().bucket("alpha").send().await.expect("CreateBucket").into_inner();
        assert_eq!(created.location.as_deref(), Some("/alpha"));
        let sent = recorder.take();
        assert_eq!(sent.len(), 1);
        // Path-style: the bucket is the path (its trailing slash the operation's `/{Bucket}`).
        assert_eq!((sent[0].method.as_str(), sent[0].url.as_str()), ("PUT", format!("{}/alpha/", moto.url).as_str()));
        let configuration =
            CreateBucketConfiguration::builder().location_constraint(BucketLocationConstraint::EuWest1).build();
        let created = client
            .create_bucket()
            .bucket("beta-eu")
            .create_bucket_configuration(configuration.expect("nothing is required"))
            .send()
            .await
            .expect("CreateBucket in eu-west-1")
            .into_inner();
        assert_eq!(created.location.as_deref(), Some("/beta-eu"));

        // Where they are.
        let head = client.head_bucket().bucket("alpha").send().await.expect("HeadBucket");
        assert_eq!(head.bucket_region.as_deref(), Some("us-east-1"));
        let head = client.head_bucket().bucket("beta-eu").send().await.expect("HeadBucket");
        assert_eq!(head.bucket_region.as_deref(), Some("eu-west-1"));
        let location = client.get_bucket_location().bucket("alpha").send().await.expect("GetBucketLocation");
        // us-east-1's constraint is empty (`<LocationConstraint/>`): the empty value, as the
        // AWS SDK for Rust reads it (botocore reads it as null).
        assert_eq!(location.location_constraint, Some(BucketLocationConstraint::Unknown(String::new())));
        let location = client.get_bucket_location().bucket("beta-eu").send().await.expect("GetBucketLocation");
        assert_eq!(location.location_constraint, Some(BucketLocationConstraint::EuWest1));

        // Listed: all of them, the owner, and a prefix.
        for name in ["gamma-1", "gamma-2", "gamma-3"] {
            create_bucket(&client, name).await;
        }
        let listed = client.list_buckets().send().await.expect("ListBuckets").into_inner();
        let names: BTreeSet<String> = listed.buckets.iter().flatten().filter_map(|b| b.name.clone()).collect();
        let all: BTreeSet<String> =
            ["alpha", "beta-eu", "gamma-1", "gamma-2", "gamma-3"].into_iter().map(String::from).collect();
        assert_eq!(names, all);
        assert!(listed.buckets.iter().flatten().all(|b| b.creation_date.is_some()), "{:?}", listed.buckets);
        assert!(listed.owner.as_ref().and_then(|o| o.id.as_deref()).is_some_and(|id| !id.is_empty()));
        assert_eq!(listed.continuation_token, None);
        let gammas = client.list_buckets().prefix("gamma-").send().await.expect("ListBuckets with a prefix");
        let names: Vec<_> = gammas.buckets.iter().flatten().filter_map(|b| b.name.as_deref()).collect();
        assert_eq!(names, ["gamma-1", "gamma-2", "gamma-3"]);
        // Paginated: the items of every page are every bucket. moto cuts a page at `max-buckets`
        // without a token to go on with, so a page size gives that one page.
        let items: Vec<Bucket> = client.list_buckets().into_paginator().items().try_collect().await.expect("items");
        let names: BTreeSet<String> = items.into_iter().filter_map(|b| b.name).collect();
        assert_eq!(names, all);
        recorder.take();
        let pages: Vec<_> =
            client.list_buckets().into_paginator().page_size(2).pages().take(MAX_PAGES).try_collect().await.unwrap();
        assert_eq!(pages.iter().map(|p| p.buckets.as_ref().map_or(0, Vec::len)).collect::<Vec<_>>(), [2]);
        assert!(recorder.take()[0].url.ends_with("/?max-buckets=2"), "the page size is sent");

        // Tags: put, read back, replaced whole.
        let tagging = Tagging { tag_set: vec![tag("team", "storage"), tag("cost-center", "42"), tag("empty", "")] };
        client.put_bucket_tagging().bucket("alpha").tagging(tagging).send().await.expect("PutBucketTagging");
        let sent = recorder.take();
        assert!(
            sent[0].header("content-md5").is_some()
                || sent[0].headers.iter().any(|(n, _)| n.starts_with("x-amz-checksum-")),
            "PutBucketTagging requires a checksum: {:?}",
            sent[0].headers
        );
        let tags = client.get_bucket_tagging().bucket("alpha").send().await.expect("GetBucketTagging").into_inner();
        assert_eq!(
            tag_map(&tags.tag_set),
            BTreeMap::from([
                ("team".into(), "storage".into()),
                ("cost-center".into(), "42".into()),
                ("empty".into(), "".into())
            ])
        );
        let replaced = Tagging { tag_set: vec![tag("team", "platform")] };
        client.put_bucket_tagging().bucket("alpha").tagging(replaced).send().await.expect("PutBucketTagging");
        let tags = client.get_bucket_tagging().bucket("alpha").send().await.expect("GetBucketTagging").into_inner();
        assert_eq!(tag_map(&tags.tag_set), BTreeMap::from([("team".into(), "platform".into())]));
        // A bucket without tags: S3's `NoSuchTagSet`, which the model leaves out.
        let err = client.get_bucket_tagging().bucket("gamma-1").send().await.expect_err("no tags");
        let service = service_error(err);
        assert!(matches!(service.error, GetBucketTaggingError::Unmodeled(_)), "{:?}", service.error);
        assert_eq!((service.meta.code.as_str(), service.meta.status), ("NoSuchTagSet", 404));

        // Deleted: gone from the listing; HEAD says 404 without a body.
        for name in ["alpha", "beta-eu", "gamma-1", "gamma-2", "gamma-3"] {
            client.delete_bucket().bucket(name).send().await.unwrap_or_else(|e| panic!("DeleteBucket {name}: {e:?}"));
        }
        let listed = client.list_buckets().send().await.expect("ListBuckets").into_inner();
        assert_eq!(listed.buckets.unwrap_or_default().len(), 0);
        let err = client.head_bucket().bucket("alpha").send().await.expect_err("the bucket is gone");
        let service = service_error(err);
        // S3 answers a HEAD without a body: the code is the status's name, not `NoSuchBucket`.
        assert!(matches!(service.error, HeadBucketError::Unmodeled(_)), "{:?}", service.error);
        assert_eq!(
            (service.meta.code.as_str(), service.meta.status, service.meta.message.as_deref()),
            ("NotFound", 404, None)
        );
    })
    .await;
}

#[tokio::test]
async fn bucket_errors_are_modeled() {
    bounded(async {
        let moto = Moto::start();
        let client = client(&moto.url);
        create_bucket(&client, "taken").await;
        let eu = CreateBucketConfiguration::builder().location_constraint(BucketLocationConstraint::EuWest1).build();
        let eu = eu.expect("nothing is required");
        client.create_bucket().bucket("taken-eu").create_bucket_configuration(eu.clone()).send().await.unwrap();

        // moto keeps S3's legacy us-east-1 rule: creating one's own bucket there again succeeds.
        client.create_bucket().bucket("taken").send().await.expect("CreateBucket again in us-east-1");
        // Elsewhere it is `BucketAlreadyOwnedByYou`.
        let err = client.create_bucket().bucket("taken-eu").create_bucket_configuration(eu).send().await.unwrap_err();
        let service = service_error(err);
        assert!(matches!(service.error, CreateBucketError::BucketAlreadyOwnedByYou(_)), "{:?}", service.error);
        assert_eq!((service.meta.code.as_str(), service.meta.status), ("BucketAlreadyOwnedByYou", 409));
        assert!(service.meta.message.as_deref().is_some_and(|m| !m.is_empty()), "{:?}", service.meta);

        // Another account's bucket of that name: `BucketAlreadyExists`. The other account's
        // credentials come from STS (moto lets a role of any account be assumed).
        let sts_config =
            Config::builder().region(REGION).credentials(credentials()).endpoint_url(&moto.url).build().unwrap();
        let sts = aws_operation_sts::Sts::new(&sts_config).expect("STS client");
        let assumed = sts
            .assume_role()
            .role_arn("arn:aws:iam::210987654321:role/elsewhere")
            .role_session_name("s3-moto")
            .send()
            .await
            .expect("AssumeRole");
        let other = assumed.into_inner().credentials.expect("credentials");
        let other = Credentials::new(other.access_key_id, other.secret_access_key, Some(other.session_token), None);
        let other_client = S3::new(&config_builder(&moto.url).credentials(other).build().unwrap()).unwrap();
        let err = other_client.create_bucket().bucket("taken").send().await.expect_err("another account's bucket");
        let service = service_error(err);
        assert!(matches!(service.error, CreateBucketError::BucketAlreadyExists(_)), "{:?}", service.error);
        assert_eq!((service.meta.code.as_str(), service.meta.status), ("BucketAlreadyExists", 409));
        create_bucket(&other_client, "theirs").await;
        let mine: Vec<_> = client.list_buckets().send().await.unwrap().into_inner().buckets.unwrap_or_default();
        assert!(mine.iter().all(|b| b.name.as_deref() != Some("theirs")), "another account's bucket is not listed");

        // A bucket that does not exist: `NoSuchBucket` where the operation models it.
        let err = client.list_objects_v2().bucket("nowhere").send().await.expect_err("no bucket");
        let service = service_error(err);
        assert!(matches!(service.error, ListObjectsV2Error::NoSuchBucket(_)), "{:?}", service.error);
        assert_eq!((service.meta.code.as_str(), service.meta.status), ("NoSuchBucket", 404));
        assert_eq!(service.meta.message.as_deref(), Some("The specified bucket does not exist"));
        // The error has no members: its message is the metadata's.
        assert_eq!(service.to_string(), "the service returned NoSuchBucket: The specified bucket does not exist");
        // And where it does not: the same code, unmodeled.
        let err = client.put_object().bucket("nowhere").key("k").body(ByteStream::new("x")).send().await.unwrap_err();
        let service = service_error(err);
        let PutObjectError::Unmodeled(unmodeled) = &service.error else { panic!("{:?}", service.error) };
        assert_eq!((unmodeled.meta.code.as_str(), unmodeled.meta.status), ("NoSuchBucket", 404));
        let err = client.delete_bucket().bucket("nowhere").send().await.expect_err("no bucket");
        let service = service_error(err);
        assert_eq!((service.meta.code.as_str(), service.meta.status), ("NoSuchBucket", 404));

        // A bucket with an object in it cannot be deleted.
        client.put_object().bucket("taken").key("k").body(ByteStream::new("x")).send().await.expect("PutObject");
        let err = client.delete_bucket().bucket("taken").send().await.expect_err("not empty");
        let service = service_error(err);
        assert_eq!((service.meta.code.as_str(), service.meta.status), ("BucketNotEmpty", 409));
    })
    .await;
}

#[tokio::test]
async fn objects_are_put_read_conditionally_copied_tagged_and_deleted() {
    bounded(async {
        let moto = Moto::start();
        let (client, recorder) = recording_client(&moto.url);
        create_bucket(&client, "objects").await;
        let dir = TempDir::new("objects");
        let content = b"region,amount\neu,12\nus,30\n".to_vec();
        let path = dir.file("report.csv", &content);
        let key = "reports/q1 summary.csv";

        // Put, with metadata, a content type, a storage class and tags.
        recorder.take();
        let metadata =
            BTreeMap::from([("team".to_owned(), "finance".to_owned()), ("reviewed-by".to_owned(), "ana".to_owned())]);
        let put = client
            .put_object()
            .bucket("objects")
            .key(key)
            .body(ByteStream::from_path(&path).await.unwrap())
            .content_type("text/csv")
            .cache_control("max-age=60")
            .storage_class(StorageClass::StandardIa)
            .metadata(metadata.clone())
            .tagging("stage=draft&owner=ana")
            .send()
            .await
            .expect("PutObject")
            .into_inner();
        let etag = put.e_tag.clone().expect("an ETag");
        assert!(etag.starts_with('"') && etag.ends_with('"') && etag.len() == 34, "an MD5 in quotes: {etag}");
        let sent = recorder.take();
        assert_eq!(sent[0].url, format!("{}/objects/reports/q1%20summary.csv", moto.url));
        assert_eq!(sent[0].header("x-amz-meta-team"), Some("finance"));
        assert_eq!(sent[0].header("x-amz-storage-class"), Some("STANDARD_IA"));

        // Head: what was put.
        let head = client.head_object().bucket("objects").key(key).send().await.expect("HeadObject").into_inner();
        assert_eq!(head.content_length, Some(content.len() as i64));
        assert_eq!(head.content_type.as_deref(), Some("text/csv"));
        assert_eq!(head.cache_control.as_deref(), Some("max-age=60"));
        assert_eq!(head.storage_class, Some(StorageClass::StandardIa));
        assert_eq!(head.metadata.as_ref(), Some(&metadata));
        assert_eq!(head.e_tag.as_deref(), Some(etag.as_str()));
        assert!(head.last_modified.is_some());

        // Get: the whole body, streamed, and its headers.
        let got = client.get_object().bucket("objects").key(key).send().await.expect("GetObject").into_inner();
        assert_eq!(got.content_length, Some(content.len() as i64));
        assert_eq!(got.content_type.as_deref(), Some("text/csv"));
        assert_eq!(got.metadata.as_ref(), Some(&metadata));
        assert_eq!(got.e_tag.as_deref(), Some(etag.as_str()));
        assert_eq!(got.storage_class, Some(StorageClass::StandardIa));
        assert_eq!(got.tag_count, Some(2));
        let mut body = Vec::new();
        got.body.expect("a body").into_async_read().read_to_end(&mut body).await.expect("the body");
        assert_eq!(body, content);

        // A range: 206 with the bytes asked for.
        let ranged = client.get_object().bucket("objects").key(key).range("bytes=7-12").send().await.expect("a range");
        let ranged = ranged.into_inner();
        assert_eq!(ranged.content_range.as_deref(), Some(format!("bytes 7-12/{}", content.len()).as_str()));
        assert_eq!(ranged.content_length, Some(6));
        assert_eq!(ranged.body.expect("a body").collect().await.unwrap().as_ref(), &content[7..13]);

        // Conditions: If-None-Match with the ETag is 304 Not Modified, an error without a body.
        let err = client.get_object().bucket("objects").key(key).if_none_match(&etag).send().await.unwrap_err();
        let service = service_error(err);
        assert!(matches!(service.error, GetObjectError::Unmodeled(_)), "{:?}", service.error);
        assert_eq!((service.meta.code.as_str(), service.meta.status), ("NotModified", 304));
        // If-Match with it is the object; with another ETag, 412.
        let matched = client.get_object().bucket("objects").key(key).if_match(&etag).send().await.expect("If-Match");
        assert_eq!(matched.into_inner().body.unwrap().collect().await.unwrap().as_ref(), content.as_slice());
        let other = "\"00000000000000000000000000000000\"";
        let err = client.get_object().bucket("objects").key(key).if_match(other).send().await.unwrap_err();
        let service = service_error(err);
        assert_eq!((service.meta.code.as_str(), service.meta.status), ("PreconditionFailed", 412));
        // The response's Content-Type, as asked for.
        let overridden = client
            .get_object()
            .bucket("objects")
            .key(key)
            .response_content_type("application/vnd.ms-excel")
            .response_content_disposition("attachment; filename=\"q1.csv\"")
            .send()
            .await
            .expect("response-content-type");
        assert_eq!(overridden.content_type.as_deref(), Some("application/vnd.ms-excel"));
        assert_eq!(overridden.content_disposition.as_deref(), Some("attachment; filename=\"q1.csv\""));
        let sent = recorder.take();
        let last = sent.last().expect("sent");
        assert!(last.url.contains("response-content-type=application%2Fvnd.ms-excel"), "{}", last.url);

        // Copy to a key with spaces, the source URL-encoded: the copy has the source's bytes and
        // metadata.
        let copy_key = "copies/q1 summary (copy).csv";
        let copy_source = format!("objects/{}", url_encode_path(key));
        assert_eq!(copy_source, "objects/reports/q1%20summary.csv");
        let copied = client
            .copy_object()
            .bucket("objects")
            .key(copy_key)
            .copy_source(&copy_source)
            .send()
            .await
            .expect("CopyObject")
            .into_inner();
        let result = copied.copy_object_result.expect("a CopyObjectResult");
        assert_eq!(result.e_tag.as_deref(), Some(etag.as_str()), "same bytes, same MD5");
        assert!(result.last_modified.is_some());
        let sent = recorder.take();
        assert_eq!(sent[0].header("x-amz-copy-source"), Some(copy_source.as_str()));
        assert_eq!(get_bytes(&client, "objects", copy_key).await, content);
        let head = client.head_object().bucket("objects").key(copy_key).send().await.expect("HeadObject");
        assert_eq!(head.metadata.as_ref(), Some(&metadata));
        // A copy that replaces the metadata.
        let replaced = BTreeMap::from([("team".to_owned(), "audit".to_owned())]);
        client
            .copy_object()
            .bucket("objects")
            .key("copies/replaced.csv")
            .copy_source(&copy_source)
            .metadata_directive(MetadataDirective::Replace)
            .metadata(replaced.clone())
            .content_type("text/plain")
            .send()
            .await
            .expect("CopyObject with REPLACE");
        let head = client.head_object().bucket("objects").key("copies/replaced.csv").send().await.unwrap();
        assert_eq!((head.metadata.as_ref(), head.content_type.as_deref()), (Some(&replaced), Some("text/plain")));
        // A source that does not exist.
        let err = client
            .copy_object()
            .bucket("objects")
            .key("copies/none")
            .copy_source("objects/no%20such%20key")
            .send()
            .await
            .expect_err("no source");
        let service = service_error(err);
        assert_eq!((service.meta.code.as_str(), service.meta.status), ("NoSuchKey", 404));

        // Object tags: those put with the object, then replaced.
        let tags = client.get_object_tagging().bucket("objects").key(key).send().await.expect("GetObjectTagging");
        let expected = BTreeMap::from([("stage".into(), "draft".into()), ("owner".into(), "ana".into())]);
        assert_eq!(tag_map(&tags.tag_set), expected);
        // Tag keys and values take letters, digits, spaces and `+ - = . _ : / @`.
        let tagging = Tagging { tag_set: vec![tag("stage", "final"), tag("a b", "c+d=e:f/g@h")] };
        client.put_object_tagging().bucket("objects").key(key).tagging(tagging).send().await.expect("PutObjectTagging");
        let tags = client.get_object_tagging().bucket("objects").key(key).send().await.expect("GetObjectTagging");
        let expected = BTreeMap::from([("stage".into(), "final".into()), ("a b".into(), "c+d=e:f/g@h".into())]);
        assert_eq!(tag_map(&tags.tag_set), expected);

        // Delete one: gone, reading it is `NoSuchKey`, its HEAD a 404 without a body.
        let deleted = client.delete_object().bucket("objects").key(copy_key).send().await.expect("DeleteObject");
        assert_eq!(deleted.delete_marker, None, "an unversioned bucket makes no delete marker");
        let err = client.get_object().bucket("objects").key(copy_key).send().await.expect_err("deleted");
        let service = service_error(err);
        let GetObjectError::NoSuchKey(_) = &service.error else {
            panic!("expected NoSuchKey, got {:?}", service.error)
        };
        assert_eq!((service.meta.code.as_str(), service.meta.status), ("NoSuchKey", 404));
        assert_eq!(service.meta.message.as_deref(), Some("The specified key does not exist."));
        assert!(service.meta.request_id.as_deref().is_some_and(|id| !id.is_empty()), "{:?}", service.meta);
        assert_eq!(service.to_string(), "the service returned NoSuchKey: The specified key does not exist.");
        let err = client.head_object().bucket("objects").key(copy_key).send().await.expect_err("deleted");
        let service = service_error(err);
        assert!(matches!(service.error, HeadObjectError::Unmodeled(_)), "{:?}", service.error);
        assert_eq!(
            (service.meta.code.as_str(), service.meta.status, service.meta.message.as_deref()),
            ("NotFound", 404, None)
        );
        // Deleting what is not there is no error.
        client.delete_object().bucket("objects").key(copy_key).send().await.expect("DeleteObject again");

        // Delete several at once, not quietly: each reported, one that never existed included.
        for name in ["batch/1", "batch/2", "batch/3 with space"] {
            client
                .put_object()
                .bucket("objects")
                .key(name)
                .body(ByteStream::new(name.as_bytes().to_vec()))
                .send()
                .await
                .unwrap();
        }
        let objects: Vec<ObjectIdentifier> = ["batch/1", "batch/2", "batch/3 with space", "batch/never", key]
            .into_iter()
            .map(|k| ObjectIdentifier::builder().key(k).build().expect("a key"))
            .collect();
        let delete = Delete { objects, quiet: Some(false) };
        recorder.take();
        let out = client.delete_objects().bucket("objects").delete(delete).send().await.expect("DeleteObjects");
        let out = out.into_inner();
        let sent = recorder.take();
        assert!(
            sent[0].header("content-md5").is_some()
                || sent[0].headers.iter().any(|(n, _)| n.starts_with("x-amz-checksum-")),
            "DeleteObjects requires a checksum: {:?}",
            sent[0].headers
        );
        let deleted: BTreeSet<String> = out.deleted.iter().flatten().filter_map(|d| d.key.clone()).collect();
        let expected: BTreeSet<String> =
            ["batch/1", "batch/2", "batch/3 with space", "batch/never", key].into_iter().map(String::from).collect();
        assert_eq!(deleted, expected);
        assert_eq!(out.errors.unwrap_or_default().len(), 0);
        let left = all_keys(&client, "objects", 1000, None).await;
        assert_eq!(left, ["copies/replaced.csv"]);
        // Quietly.
        let delete = Delete {
            objects: vec![ObjectIdentifier::builder().key("copies/replaced.csv").build().unwrap()],
            quiet: Some(true),
        };
        let out = client.delete_objects().bucket("objects").delete(delete).send().await.expect("quiet DeleteObjects");
        // S3 reports nothing for what a quiet request deleted; moto ignores `Quiet` and lists it.
        assert_eq!(out.errors.as_ref().map_or(0, Vec::len), 0, "{:?}", out.errors);
        assert!(all_keys(&client, "objects", 1000, None).await.is_empty());
    })
    .await;
}

#[tokio::test]
async fn listings_page_delimit_and_decode_keys() {
    bounded(async {
        let moto = Moto::start();
        let (client, recorder) = recording_client(&moto.url);
        create_bucket(&client, "listing").await;
        // 23 keys: 20 under `logs/` in two "directories", 2 at the top, one that needs encoding.
        let mut keys: Vec<String> = (0..10).map(|i| format!("logs/2026-01/{i:02}.log")).collect();
        keys.extend((0..10).map(|i| format!("logs/2026-02/{i:02}.log")));
        keys.extend(["readme.txt".to_owned(), "top level.txt".to_owned(), "odd/\u{1}ctl & <x> é+%.txt".to_owned()]);
        for key in &keys {
            client
                .put_object()
                .bucket("listing")
                .key(key)
                .body(ByteStream::new(key.clone().into_bytes()))
                .send()
                .await
                .unwrap();
        }
        let mut sorted = keys.clone();
        sorted.sort();

        // By hand, 5 a page, with the token.
        let mut seen = Vec::new();
        let mut token = None;
        let mut pages = 0;
        loop {
            pages += 1;
            assert!(pages <= MAX_PAGES);
            let page = client
                .list_objects_v2()
                .bucket("listing")
                .max_keys(5)
                .set_continuation_token(token.take())
                .send()
                .await
                .expect("ListObjectsV2")
                .into_inner();
            let contents = page.contents.unwrap_or_default();
            assert_eq!(page.max_keys, Some(5));
            assert_eq!(page.key_count, Some(contents.len() as i32));
            assert_eq!(page.name.as_deref(), Some("listing"));
            for object in &contents {
                assert_eq!(object.size, Some(object.key.as_ref().unwrap().len() as i64));
                assert!(object.e_tag.is_some() && object.last_modified.is_some());
                assert_eq!(object.storage_class, Some(ObjectStorageClass::Standard));
            }
            seen.extend(contents.into_iter().filter_map(|o| o.key));
            match (page.is_truncated, page.next_continuation_token) {
                (Some(true), Some(next)) => token = Some(next),
                (truncated, next) => {
                    assert_eq!((truncated, next), (Some(false), None));
                    break;
                }
            }
        }
        assert_eq!(pages, 5, "23 keys, 5 a page");
        assert_eq!(seen, sorted, "each key once, in order");
        // With the paginator: the same, the page size sent as `max-keys`.
        recorder.take();
        assert_eq!(all_keys(&client, "listing", 5, None).await, sorted);
        let sent = recorder.take();
        assert_eq!(sent.len(), 5);
        assert!(sent.iter().all(|s| s.url.contains("max-keys=5")), "{sent:?}");
        assert!(sent[1..].iter().all(|s| s.url.contains("continuation-token=")), "{sent:?}");

        // A delimiter: the top level's keys and its "directories".
        let top =
            client.list_objects_v2().bucket("listing").delimiter("/").send().await.expect("delimited").into_inner();
        let top_keys: Vec<_> = top.contents.iter().flatten().filter_map(|o| o.key.as_deref()).collect();
        assert_eq!(top_keys, ["readme.txt", "top level.txt"]);
        let prefixes: Vec<_> = top.common_prefixes.iter().flatten().filter_map(|p| p.prefix.as_deref()).collect();
        assert_eq!(prefixes, ["logs/", "odd/"]);
        assert_eq!(top.delimiter.as_deref(), Some("/"));
        assert_eq!(top.key_count, Some(4), "keys and prefixes");
        let logs = client
            .list_objects_v2()
            .bucket("listing")
            .prefix("logs/")
            .delimiter("/")
            .send()
            .await
            .expect("delimited under a prefix")
            .into_inner();
        assert_eq!(logs.contents.unwrap_or_default().len(), 0);
        let prefixes: Vec<_> = logs.common_prefixes.iter().flatten().filter_map(|p| p.prefix.as_deref()).collect();
        assert_eq!(prefixes, ["logs/2026-01/", "logs/2026-02/"]);
        assert_eq!(logs.prefix.as_deref(), Some("logs/"));
        let start_after =
            client.list_objects_v2().bucket("listing").start_after("logs/2026-02/08.log").send().await.unwrap();
        let after: Vec<_> = start_after.contents.iter().flatten().filter_map(|o| o.key.as_deref()).collect();
        assert_eq!(after, ["logs/2026-02/09.log", "odd/\u{1}ctl & <x> é+%.txt", "readme.txt", "top level.txt"]);

        // `encoding-type=url`: keys XML cannot carry come back encoded and are decoded here.
        recorder.take();
        let encoded = client
            .list_objects_v2()
            .bucket("listing")
            .prefix("odd/")
            .encoding_type(EncodingType::Url)
            .send()
            .await
            .expect("encoding-type=url")
            .into_inner();
        assert!(recorder.take()[0].url.contains("encoding-type=url"));
        assert_eq!(encoded.encoding_type, Some(EncodingType::Url));
        let odd: Vec<_> = encoded.contents.iter().flatten().filter_map(|o| o.key.as_deref()).collect();
        assert_eq!(odd, ["odd/\u{1}ctl & <x> é+%.txt"]);
        assert_eq!(encoded.prefix.as_deref(), Some("odd/"));
        assert_eq!(all_keys(&client, "listing", 7, Some(EncodingType::Url)).await, sorted);
        let delimited = client
            .list_objects_v2()
            .bucket("listing")
            .delimiter("/")
            .prefix("top ")
            .encoding_type(EncodingType::Url)
            .send()
            .await
            .unwrap()
            .into_inner();
        let listed: Vec<_> = delimited.contents.iter().flatten().filter_map(|o| o.key.as_deref()).collect();
        assert_eq!((listed, delimited.prefix.as_deref()), (vec!["top level.txt"], Some("top ")));
    })
    .await;
}

#[tokio::test]
async fn multipart_uploads_are_listed_completed_and_aborted() {
    bounded(async {
        let moto = Moto::start();
        let (client, recorder) = recording_client(&moto.url);
        create_bucket(&client, "multi").await;
        let dir = TempDir::new("multipart");
        let key = "big/upload one.bin";
        let metadata = BTreeMap::from([("origin".to_owned(), "test".to_owned())]);
        let created = client
            .create_multipart_upload()
            .bucket("multi")
            .key(key)
            .content_type("application/x-test")
            .metadata(metadata.clone())
            .send()
            .await
            .expect("CreateMultipartUpload")
            .into_inner();
        assert_eq!((created.bucket.as_deref(), created.key.as_deref()), (Some("multi"), Some(key)));
        let upload_id = created.upload_id.expect("an upload id");
        assert!(!upload_id.is_empty());

        // Three parts: 5 MiB, 5 MiB and 1 B, each from a file.
        let sizes = [5 * MIB, 5 * MIB, 1];
        let parts: Vec<Vec<u8>> = sizes.iter().enumerate().map(|(i, n)| pattern(*n, i as u64 + 1)).collect();
        let mut etags = Vec::new();
        for (i, part) in parts.iter().enumerate() {
            let path = dir.file(&format!("part-{i}"), part);
            recorder.take();
            let out = client
                .upload_part()
                .bucket("multi")
                .key(key)
                .upload_id(&upload_id)
                .part_number(i as i32 + 1)
                .body(ByteStream::from_path(&path).await.unwrap())
                .send()
                .await
                .unwrap_or_else(|e| panic!("UploadPart {}: {e:?}", i + 1))
                .into_inner();
            let sent = recorder.take();
            assert!(sent[0].url.contains(&format!("partNumber={}", i + 1)), "{}", sent[0].url);
            assert!(sent[0].url.contains("uploadId="), "{}", sent[0].url);
            etags.push(out.e_tag.expect("a part's ETag"));
        }

        // Listed: all three, two a page.
        let listed =
            client.list_parts().bucket("multi").key(key).upload_id(&upload_id).send().await.expect("ListParts");
        let listed = listed.into_inner();
        assert_eq!((listed.bucket.as_deref(), listed.key.as_deref()), (Some("multi"), Some(key)));
        assert_eq!(listed.upload_id.as_deref(), Some(upload_id.as_str()));
        assert_eq!(listed.is_truncated, Some(false));
        let listed_parts = listed.parts.unwrap_or_default();
        let numbers: Vec<_> = listed_parts.iter().map(|p| p.part_number).collect();
        assert_eq!(numbers, [Some(1), Some(2), Some(3)]);
        let listed_sizes: Vec<_> = listed_parts.iter().map(|p| p.size).collect();
        assert_eq!(listed_sizes, sizes.iter().map(|n| Some(*n as i64)).collect::<Vec<_>>());
        let listed_etags: Vec<_> = listed_parts.iter().filter_map(|p| p.e_tag.clone()).collect();
        assert_eq!(listed_etags, etags);
        // By hand, two a page: the marker goes on from the last part listed, `IsTruncated` says
        // when to stop.
        let first = client.list_parts().bucket("multi").key(key).upload_id(&upload_id).max_parts(2).send().await;
        let first = first.expect("ListParts, a page").into_inner();
        let numbers: Vec<_> = first.parts.iter().flatten().filter_map(|p| p.part_number).collect();
        assert_eq!((numbers, first.is_truncated, first.max_parts), (vec![1, 2], Some(true), Some(2)));
        assert_eq!(first.next_part_number_marker, Some(2));
        let second = client
            .list_parts()
            .bucket("multi")
            .key(key)
            .upload_id(&upload_id)
            .max_parts(2)
            .set_part_number_marker(first.next_part_number_marker)
            .send()
            .await
            .expect("ListParts, the next page")
            .into_inner();
        let numbers: Vec<_> = second.parts.iter().flatten().filter_map(|p| p.part_number).collect();
        assert_eq!((numbers, second.is_truncated, second.part_number_marker), (vec![3], Some(false), Some(2)));

        // Completed: the object is the parts in order, with the upload's metadata.
        let completed_parts: Vec<CompletedPart> = etags
            .iter()
            .enumerate()
            .map(|(i, etag)| CompletedPart::builder().part_number(i as i32 + 1).e_tag(etag).build().unwrap())
            .collect();
        let completed = client
            .complete_multipart_upload()
            .bucket("multi")
            .key(key)
            .upload_id(&upload_id)
            .multipart_upload(CompletedMultipartUpload { parts: Some(completed_parts) })
            .send()
            .await
            .expect("CompleteMultipartUpload")
            .into_inner();
        assert_eq!((completed.bucket.as_deref(), completed.key.as_deref()), (Some("multi"), Some(key)));
        let etag = completed.e_tag.expect("an ETag");
        assert!(etag.ends_with("-3\""), "a multipart ETag counts its parts: {etag}");
        assert!(completed.location.is_some_and(|l| l.contains("multi")));
        let head = client.head_object().bucket("multi").key(key).send().await.expect("HeadObject").into_inner();
        assert_eq!(head.content_length, Some(sizes.iter().sum::<usize>() as i64));
        assert_eq!(head.content_type.as_deref(), Some("application/x-test"));
        assert_eq!(head.metadata.as_ref(), Some(&metadata));
        assert_eq!(head.e_tag.as_deref(), Some(etag.as_str()));
        let whole: Vec<u8> = parts.concat();
        let got = client.get_object().bucket("multi").key(key).send().await.expect("GetObject").into_inner();
        assert_eq!(hash_stream(got.body.expect("a body")).await, (sha256(&whole), whole.len() as u64));
        // One part of it, by HEAD: its size and the count of parts. (moto's GetObject ignores
        // `partNumber` for an object uploaded in parts and sends the whole object.)
        let part = client.head_object().bucket("multi").key(key).part_number(3).send().await.expect("a part");
        assert_eq!((part.parts_count, part.content_length), (Some(3), Some(1)));

        // The upload is gone once completed.
        let err = client.list_parts().bucket("multi").key(key).upload_id(&upload_id).send().await.unwrap_err();
        let service = service_error(err);
        assert_eq!((service.meta.code.as_str(), service.meta.status), ("NoSuchUpload", 404));

        // Aborted: another upload, one part in; then it is gone.
        let second = client.create_multipart_upload().bucket("multi").key("aborted").send().await.unwrap();
        let second_id = second.into_inner().upload_id.expect("an upload id");
        client
            .upload_part()
            .bucket("multi")
            .key("aborted")
            .upload_id(&second_id)
            .part_number(1)
            .body(ByteStream::new(vec![7u8; 1024]))
            .send()
            .await
            .expect("UploadPart");
        assert_eq!(in_progress(&client, "multi", Some("abort")).await, [("aborted".to_owned(), second_id.clone())]);
        client
            .abort_multipart_upload()
            .bucket("multi")
            .key("aborted")
            .upload_id(&second_id)
            .send()
            .await
            .expect("Abort");
        assert_eq!(in_progress(&client, "multi", None).await, [], "no upload is left in progress");
        let err = client
            .abort_multipart_upload()
            .bucket("multi")
            .key("aborted")
            .upload_id(&second_id)
            .send()
            .await
            .unwrap_err();
        let service = service_error(err);
        assert!(matches!(service.error, AbortMultipartUploadError::NoSuchUpload(_)), "{:?}", service.error);
        assert_eq!((service.meta.code.as_str(), service.meta.status), ("NoSuchUpload", 404));
        let err = client.get_object().bucket("multi").key("aborted").send().await.expect_err("never completed");
        assert!(matches!(service_error(err).error, GetObjectError::NoSuchKey(_)));

        // A part under 5 MiB that is not the last: S3 refuses to complete.
        let third = client.create_multipart_upload().bucket("multi").key("small").send().await.unwrap();
        let third_id = third.into_inner().upload_id.unwrap();
        let mut small = Vec::new();
        for n in 1..=2 {
            let out = client
                .upload_part()
                .bucket("multi")
                .key("small")
                .upload_id(&third_id)
                .part_number(n)
                .body(ByteStream::new(vec![n as u8; 1024]))
                .send()
                .await
                .expect("UploadPart");
            small.push(CompletedPart::builder().part_number(n).e_tag(out.e_tag.clone().unwrap()).build().unwrap());
        }
        let err = client
            .complete_multipart_upload()
            .bucket("multi")
            .key("small")
            .upload_id(&third_id)
            .multipart_upload(CompletedMultipartUpload { parts: Some(small) })
            .send()
            .await
            .expect_err("parts too small");
        let service = service_error(err);
        assert_eq!((service.meta.code.as_str(), service.meta.status), ("EntityTooSmall", 400));
    })
    .await;
}

/// The CRC32 (IEEE) of `data`, base64 as `x-amz-checksum-crc32` carries it.
fn crc32_base64(data: &[u8]) -> String {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    aws_operation::types::base64_encode(&(!crc).to_be_bytes())
}

/// The checksum headers of a request: `x-amz-checksum-*` with a value, the mode aside.
fn checksum_headers(sent: &Sent) -> Vec<(String, String)> {
    sent.headers
        .iter()
        .filter(|(n, _)| n.starts_with("x-amz-checksum-") && n != "x-amz-checksum-mode")
        .cloned()
        .collect()
}

/// Flexible checksums on the wire: an upload carries a CRC32 of its body (a header for bytes,
/// an aws-chunked trailer for a file), an operation that requires a checksum carries one, and
/// a request without a body to check carries none. moto checks no checksum, so only what is
/// sent is asserted, and that the bodies arrive whole.
#[tokio::test]
async fn request_checksums_are_sent_where_the_model_asks_for_them() {
    bounded(async {
        let moto = Moto::start();
        let (client, recorder) = recording_client(&moto.url);
        create_bucket(&client, "checksums").await;
        let body = b"checksummed body".to_vec();
        let dir = TempDir::new("checksums");
        let path = dir.file("body", &body);

        recorder.take();
        client.put_object().bucket("checksums").key("bytes").body(ByteStream::new(body.clone())).send().await.unwrap();
        let sent = recorder.take();
        assert_eq!(checksum_headers(&sent[0]), [("x-amz-checksum-crc32".to_owned(), crc32_base64(&body))]);
        put_path(&client, "checksums", "file", &path).await;
        let sent = recorder.take();
        assert_eq!(sent[0].header("x-amz-trailer"), Some("x-amz-checksum-crc32"));
        assert_eq!(sent[0].header("x-amz-decoded-content-length"), Some(body.len().to_string().as_str()));
        assert_eq!(checksum_headers(&sent[0]), [], "the checksum is the trailer's");
        assert_eq!(get_bytes(&client, "checksums", "file").await, body);
        assert_eq!(get_bytes(&client, "checksums", "bytes").await, body);

        // The operations that require one: the body's MD5 or a flexible checksum of it.
        let tagging = Tagging { tag_set: vec![tag("checked", "yes")] };
        client.put_object_tagging().bucket("checksums").key("bytes").tagging(tagging).send().await.unwrap();
        let objects = vec![ObjectIdentifier::builder().key("file").build().unwrap()];
        let delete = Delete { objects, quiet: None };
        client.delete_objects().bucket("checksums").delete(delete).send().await.expect("DeleteObjects");
        let sent = recorder.take();
        let required = &sent[sent.len() - 2..];
        let carried: Vec<_> = required.iter().map(|s| (s.header("content-md5"), checksum_headers(s))).collect();
        assert!(carried.iter().all(|(md5, c)| md5.is_some() || !c.is_empty()), "{carried:?}");

        // Without a body to check: none.
        client.get_object().bucket("checksums").key("bytes").send().await.expect("GetObject");
        client.head_object().bucket("checksums").key("bytes").send().await.expect("HeadObject");
        client.list_objects_v2().bucket("checksums").send().await.expect("ListObjectsV2");
        client.get_object_tagging().bucket("checksums").key("bytes").send().await.expect("GetObjectTagging");
        let sent = recorder.take();
        let carried: Vec<_> = sent.iter().map(|s| (s.method.as_str(), checksum_headers(s))).collect();
        assert!(carried.iter().all(|(_, c)| c.is_empty()), "{carried:?}");
    })
    .await;
}

/// S3 sends `NextPartNumberMarker` on every page of `ListParts`, the last one too (the last part
/// listed, or `0` past the end): only `IsTruncated` says the list is done, as the model's
/// paginator says (`more_results`) and the AWS SDKs learnt (aws-sdk-rust#1143,
/// aws-sdk-go-v2#1140). The paginator must stop after the page that says `false`.
#[tokio::test]
async fn the_list_parts_paginator_stops_at_the_last_page() {
    bounded(async {
        let moto = Moto::start();
        let (client, recorder) = recording_client(&moto.url);
        create_bucket(&client, "paged-parts").await;
        let created = client.create_multipart_upload().bucket("paged-parts").key("k").send().await.unwrap();
        let upload_id = created.into_inner().upload_id.expect("an upload id");
        for n in 1..=3 {
            let body = ByteStream::new(vec![n as u8; 1024]);
            let part = client.upload_part().bucket("paged-parts").key("k").upload_id(&upload_id).part_number(n);
            part.body(body).send().await.expect("UploadPart");
        }
        recorder.take();
        let pages: Vec<_> = client
            .list_parts()
            .bucket("paged-parts")
            .key("k")
            .upload_id(&upload_id)
            .into_paginator()
            .page_size(2)
            .pages()
            .take(MAX_PAGES)
            .try_collect()
            .await
            .expect("ListParts pages");
        let per_page: Vec<Vec<i32>> =
            pages.iter().map(|p| p.parts.iter().flatten().filter_map(|p| p.part_number).collect()).collect();
        assert_eq!(per_page, [vec![1, 2], vec![3]]);
        assert_eq!(recorder.take().len(), 2, "two pages, two requests");
        let items: Vec<Part> = client
            .list_parts()
            .bucket("paged-parts")
            .key("k")
            .upload_id(&upload_id)
            .into_paginator()
            .items()
            .try_collect()
            .await
            .expect("items");
        assert_eq!(items.iter().filter_map(|p| p.part_number).collect::<Vec<_>>(), [1, 2, 3]);
    })
    .await;
}

#[tokio::test]
async fn objects_of_every_size_read_back_equal() {
    bounded(async {
        let moto = Moto::start();
        let client = client(&moto.url);
        create_bucket(&client, "sizes").await;
        let dir = TempDir::new("sizes");

        // 0 B, 1 B and 5 MiB + 1, each from a file, in one request.
        for (name, len) in [("empty", 0), ("one", 1), ("five-mib-and-one", 5 * MIB + 1)] {
            let bytes = pattern(len, len as u64);
            let path = dir.file(name, &bytes);
            let put = put_path(&client, "sizes", name, &path).await;
            assert!(put.e_tag.is_some());
            let head = client.head_object().bucket("sizes").key(name).send().await.expect("HeadObject");
            assert_eq!(head.content_length, Some(len as i64), "{name}");
            let got = client.get_object().bucket("sizes").key(name).send().await.expect("GetObject").into_inner();
            assert_eq!(got.content_length, Some(len as i64), "{name}");
            assert_eq!(hash_stream(got.body.expect("a body")).await, (sha256(&bytes), len as u64), "{name}");
        }

        // 64 MiB as a multipart upload: nine parts of 6.5 MiB and one of 5.5 MiB, from files, all
        // uploaded at once.
        let total = 64 * MIB;
        let part_size = 6 * MIB + MIB / 2;
        let whole = pattern(total, 64);
        let key = "sixty-four-mib";
        let upload = client.create_multipart_upload().bucket("sizes").key(key).send().await.expect("Create");
        let upload_id = upload.into_inner().upload_id.expect("an upload id");
        let mut tasks = Vec::new();
        for (i, chunk) in whole.chunks(part_size).enumerate() {
            let path = dir.file(&format!("part-{i:02}"), chunk);
            let (client, upload_id, number) = (client.clone(), upload_id.clone(), i as i32 + 1);
            tasks.push(tokio::spawn(async move {
                let body = ByteStream::from_path(&path).await.expect("a part file");
                let out = client
                    .upload_part()
                    .bucket("sizes")
                    .key(key)
                    .upload_id(upload_id)
                    .part_number(number)
                    .body(body)
                    .send()
                    .await
                    .unwrap_or_else(|e| panic!("UploadPart {number}: {e:?}"));
                CompletedPart::builder().part_number(number).e_tag(out.e_tag.clone().expect("an ETag")).build().unwrap()
            }));
        }
        assert_eq!(tasks.len(), 10);
        let mut parts = Vec::new();
        for task in tasks {
            parts.push(task.await.expect("an upload task"));
        }
        let completed = client
            .complete_multipart_upload()
            .bucket("sizes")
            .key(key)
            .upload_id(&upload_id)
            .multipart_upload(CompletedMultipartUpload { parts: Some(parts) })
            .send()
            .await
            .expect("CompleteMultipartUpload");
        assert!(completed.e_tag.as_deref().is_some_and(|e| e.ends_with("-10\"")), "{:?}", completed.e_tag);
        let head = client.head_object().bucket("sizes").key(key).send().await.expect("HeadObject");
        assert_eq!(head.content_length, Some(total as i64));
        // Read back as it arrives, into a file, then hashed.
        let got = client.get_object().bucket("sizes").key(key).send().await.expect("GetObject").into_inner();
        assert_eq!(got.content_length, Some(total as i64));
        let mut reader = got.body.expect("a body").into_async_read();
        let out_path = dir.0.join("downloaded");
        let mut file = tokio::fs::File::create(&out_path).await.expect("create the download");
        let copied = tokio::io::copy(&mut reader, &mut file).await.expect("the download");
        file.flush().await.unwrap();
        assert_eq!(copied, total as u64);
        let downloaded = std::fs::read(&out_path).expect("read the download");
        assert_eq!(sha256(&downloaded), sha256(&whole), "64 MiB read back equal");
        // A range across the boundary of parts 1 and 2.
        let from = part_size - 3;
        let ranged = client
            .get_object()
            .bucket("sizes")
            .key(key)
            .range(format!("bytes={from}-{}", from + 5))
            .send()
            .await
            .expect("a range");
        assert_eq!(ranged.into_inner().body.unwrap().collect().await.unwrap().as_ref(), &whole[from..from + 6]);
    })
    .await;
}

/// Keys that URLs, XML and signatures each treat specially.
const AWKWARD_KEYS: [&str; 14] = [
    "with space.txt",
    "plus+sign",
    "100%",
    "percent%20not-a-space",
    "what?x=1",
    "hash#fragment",
    "unicodé/日本語/ü 😀.txt",
    "double//slash",
    "/leading-slash",
    "trailing-slash/",
    "amp&lt;<xml>\"quote'",
    "semi;colon,comma=equals@at$dollar",
    "tilde~star*paren()!",
    "dot/./dot-dot/../end",
];

#[tokio::test]
async fn awkward_keys_are_written_listed_and_read_back() {
    if http_client::skipped_over_reqwest(DOT_SEGMENTS) {
        return;
    }
    bounded(async {
        let moto = Moto::start();
        let (client, recorder) = recording_client(&moto.url);
        create_bucket(&client, "keys").await;
        for key in AWKWARD_KEYS {
            let body = format!("the body of {key}").into_bytes();
            recorder.take();
            client
                .put_object()
                .bucket("keys")
                .key(key)
                .body(ByteStream::new(body))
                .send()
                .await
                .unwrap_or_else(|e| panic!("PutObject {key:?}: {e:?}"));
            let sent = recorder.take();
            // The key in the path, each byte but `/` and the unreserved ones percent-encoded.
            let path = sent[0].url.strip_prefix(&format!("{}/keys/", moto.url)).expect("path-style");
            assert_eq!(path, url_encode_path(key), "{key:?}");
        }
        let expected: BTreeSet<String> = AWKWARD_KEYS.iter().map(|k| (*k).to_owned()).collect();

        // Listed: exactly those keys, plainly and URL-encoded.
        let plain: BTreeSet<String> = all_keys(&client, "keys", 1000, None).await.into_iter().collect();
        assert_eq!(plain, expected);
        let encoded: BTreeSet<String> =
            all_keys(&client, "keys", 3, Some(EncodingType::Url)).await.into_iter().collect();
        assert_eq!(encoded, expected);

        for (i, key) in AWKWARD_KEYS.into_iter().enumerate() {
            // Listed by itself: the key as its own prefix.
            let page = client.list_objects_v2().bucket("keys").prefix(key).send().await.expect("ListObjectsV2");
            let listed: Vec<_> = page.contents.iter().flatten().filter_map(|o| o.key.as_deref()).collect();
            assert_eq!(listed, [key], "{key:?}");
            // Read back equal.
            let body = get_bytes(&client, "keys", key).await;
            assert_eq!(String::from_utf8(body).unwrap(), format!("the body of {key}"), "{key:?}");
            let head = client.head_object().bucket("keys").key(key).send().await;
            let head = head.unwrap_or_else(|e| panic!("HeadObject {key:?}: {e:?}"));
            assert_eq!(head.content_length, Some(format!("the body of {key}").len() as i64));
            // Tagged (the key in a path with a query).
            let tagging = Tagging { tag_set: vec![tag("index", &i.to_string())] };
            let tagged = client.put_object_tagging().bucket("keys").key(key).tagging(tagging).send().await;
            tagged.unwrap_or_else(|e| panic!("PutObjectTagging {key:?}: {e:?}"));
            let tags = client.get_object_tagging().bucket("keys").key(key).send().await;
            let tags = tags.unwrap_or_else(|e| panic!("GetObjectTagging {key:?}: {e:?}")).into_inner();
            assert_eq!(tag_map(&tags.tag_set), BTreeMap::from([("index".to_owned(), i.to_string())]), "{key:?}");
        }

        // Copied, source and destination awkward.
        for (i, key) in AWKWARD_KEYS.iter().enumerate() {
            let destination = format!("copies/{i:02} {key}");
            let source = format!("keys/{}", url_encode_path(key));
            client
                .copy_object()
                .bucket("keys")
                .key(&destination)
                .copy_source(source)
                .send()
                .await
                .unwrap_or_else(|e| panic!("CopyObject {key:?}: {e:?}"));
            let body = get_bytes(&client, "keys", &destination).await;
            assert_eq!(String::from_utf8(body).unwrap(), format!("the body of {key}"), "{key:?}");
        }

        // Deleted one by one: the copies are left.
        for key in AWKWARD_KEYS {
            client.delete_object().bucket("keys").key(key).send().await.unwrap_or_else(|e| panic!("{key:?}: {e:?}"));
        }
        let left = all_keys(&client, "keys", 1000, None).await;
        assert!(left.len() == AWKWARD_KEYS.len() && left.iter().all(|k| k.starts_with("copies/")), "{left:?}");
        // And the copies all at once.
        let objects = left.iter().map(|k| ObjectIdentifier::builder().key(k).build().unwrap()).collect();
        let out = client.delete_objects().bucket("keys").delete(Delete { objects, quiet: Some(false) }).send().await;
        let deleted: BTreeSet<String> =
            out.expect("DeleteObjects").deleted.iter().flatten().filter_map(|d| d.key.clone()).collect();
        assert_eq!(deleted, left.into_iter().collect());
        assert!(all_keys(&client, "keys", 1000, None).await.is_empty());
    })
    .await;
}

/// How many requests moto serves before it starts checking signatures: the IAM calls that make
/// the user whose key the checked requests are signed with.
const UNCHECKED_REQUESTS: &str = "3";

/// An IAM user allowed `s3:*` and its access key, made with IAM's query API while moto still
/// serves requests unchecked (the first [`UNCHECKED_REQUESTS`]). moto routes by the credential
/// scope of the `Authorization` header, so the header of these calls only names the service.
fn iam_user(moto: &Moto) -> Credentials {
    let encode = |s: &str| url_encode_path(s).replace('/', "%2F");
    let call = |params: &[(&str, &str)]| -> String {
        let body: Vec<String> = params.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect();
        let authorization = "AWS4-HMAC-SHA256 Credential=AKIDTEST/20260101/us-east-1/iam/aws4_request, \
                             SignedHeaders=host, Signature=0";
        let headers = [("content-type", "application/x-www-form-urlencoded"), ("authorization", authorization)];
        let (status, answer) = moto.request("POST", "/", &headers, body.join("&").as_bytes()).expect("IAM");
        assert_eq!(status, 200, "IAM {params:?}: {answer}");
        answer
    };
    let policy = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#;
    call(&[("Action", "CreateUser"), ("Version", "2010-05-08"), ("UserName", "signer")]);
    call(&[
        ("Action", "PutUserPolicy"),
        ("Version", "2010-05-08"),
        ("UserName", "signer"),
        ("PolicyName", "s3"),
        ("PolicyDocument", policy),
    ]);
    let answer = call(&[("Action", "CreateAccessKey"), ("Version", "2010-05-08"), ("UserName", "signer")]);
    let text = |tag: &str| {
        let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
        let start = answer.find(&open).unwrap_or_else(|| panic!("no <{tag}> in {answer}")) + open.len();
        answer[start..].split(&close).next().unwrap().to_owned()
    };
    Credentials::new(text("AccessKeyId"), text("SecretAccessKey"), None, None)
}

/// With `INITIAL_NO_AUTH_ACTION_COUNT`, moto checks the SigV4 signature of every request (as
/// botocore's `S3SigV4Auth` computes it from the request moto received): each awkward key in
/// the path, queries, copy sources, an aws-chunked upload (its chunks signed, as S3 wants them
/// over HTTP: moto checks the request's seed signature and reads the chunks) and a signed XML
/// body pass, and a wrong secret is `SignatureDoesNotMatch`.
#[tokio::test]
async fn signatures_are_what_s3_computes() {
    if http_client::skipped_over_reqwest(DOT_SEGMENTS) {
        return;
    }
    bounded(async {
        let moto = Moto::start_with_env(&[("INITIAL_NO_AUTH_ACTION_COUNT", UNCHECKED_REQUESTS)]);
        let signer = iam_user(&moto);
        let client = S3::new(&config_builder(&moto.url).credentials(signer.clone()).build().unwrap()).unwrap();
        create_bucket(&client, "signed").await;

        // Unsigned as S3 wants it: moto says so.
        let wrong = Credentials::new(signer.access_key_id(), "not the secret", None, None);
        let wrong = S3::new(&config_builder(&moto.url).credentials(wrong).build().unwrap()).unwrap();
        let err = wrong.list_objects_v2().bucket("signed").send().await.expect_err("a wrong signature");
        let service = service_error(err);
        assert_eq!((service.meta.code.as_str(), service.meta.status), ("SignatureDoesNotMatch", 403));
        let err = self::client(&moto.url).list_objects_v2().bucket("signed").send().await.expect_err("no such key");
        let service = service_error(err);
        assert_eq!((service.meta.code.as_str(), service.meta.status), ("InvalidAccessKeyId", 403));

        let dir = TempDir::new("signatures");
        let path = dir.file("body", b"streamed with a trailer");
        put_path(&client, "signed", "file upload", &path).await;
        for key in AWKWARD_KEYS {
            let body = ByteStream::new(format!("the body of {key}").into_bytes());
            let put = client.put_object().bucket("signed").key(key).body(body).content_type("text/plain");
            put.metadata(BTreeMap::from([("k".to_owned(), "v w".to_owned())]))
                .send()
                .await
                .unwrap_or_else(|e| panic!("PutObject {key:?}: {e:?}"));
            let body = get_bytes(&client, "signed", key).await;
            assert_eq!(String::from_utf8(body).unwrap(), format!("the body of {key}"), "{key:?}");
            let listed =
                client.list_objects_v2().bucket("signed").prefix(key).encoding_type(EncodingType::Url).send().await;
            let listed = listed.unwrap_or_else(|e| panic!("ListObjectsV2 {key:?}: {e:?}"));
            assert_eq!(listed.contents.iter().flatten().filter_map(|o| o.key.as_deref()).collect::<Vec<_>>(), [key]);
            let tagging = Tagging { tag_set: vec![tag("signed", "yes")] };
            let tagged = client.put_object_tagging().bucket("signed").key(key).tagging(tagging).send().await;
            tagged.unwrap_or_else(|e| panic!("PutObjectTagging {key:?}: {e:?}"));
            let copy = client.copy_object().bucket("signed").key(format!("copy of {key}"));
            let copy = copy.copy_source(format!("signed/{}", url_encode_path(key))).send().await;
            copy.unwrap_or_else(|e| panic!("CopyObject {key:?}: {e:?}"));
            let ranged = client
                .get_object()
                .bucket("signed")
                .key(key)
                .range("bytes=0-3")
                .response_content_type("text/x-awkward; charset=utf-8")
                .send()
                .await
                .unwrap_or_else(|e| panic!("GetObject {key:?} with a range: {e:?}"));
            assert_eq!(ranged.into_inner().body.unwrap().collect().await.unwrap().as_ref(), b"the ");
        }
        let keys = all_keys(&client, "signed", 4, None).await;
        assert_eq!(keys.len(), 2 * AWKWARD_KEYS.len() + 1);
        let objects = keys.iter().map(|k| ObjectIdentifier::builder().key(k).build().unwrap()).collect();
        let out = client.delete_objects().bucket("signed").delete(Delete { objects, quiet: None }).send().await;
        assert_eq!(out.expect("DeleteObjects").deleted.as_ref().map_or(0, Vec::len), keys.len());
        client.delete_bucket().bucket("signed").send().await.expect("DeleteBucket");
    })
    .await;
}

/// An answer to a plain HTTP request.
#[derive(Debug)]
struct Fetched {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Fetched {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// One HTTP/1.1 request to an `http://` URL, as any client would send a presigned one: the
/// URL's path and query as they are, `host`, `content-length`, the given headers.
async fn fetch(method: &str, url: &str, headers: &[(String, String)], body: &[u8]) -> Fetched {
    let rest = url.strip_prefix("http://").expect("an http URL");
    let (authority, target) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let mut stream = tokio::net::TcpStream::connect(authority).await.expect("connect");
    let mut head = format!(
        "{method} {target} HTTP/1.1\r\nhost: {authority}\r\nconnection: close\r\ncontent-length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.expect("send the head");
    stream.write_all(body).await.expect("send the body");
    let mut response = Vec::new();
    tokio::time::timeout(Duration::from_secs(60), stream.read_to_end(&mut response))
        .await
        .expect("an answer within a minute")
        .expect("read the answer");
    let end = response.windows(4).position(|w| w == b"\r\n\r\n").expect("an HTTP head");
    let head = String::from_utf8_lossy(&response[..end]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines.next().and_then(|l| l.split(' ').nth(1)).and_then(|s| s.parse().ok()).expect("a status");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    let mut body = response[end + 4..].to_vec();
    if headers.iter().any(|(n, v)| n == "transfer-encoding" && v.eq_ignore_ascii_case("chunked")) {
        body = dechunk(&body);
    }
    Fetched { status, headers, body }
}

/// A chunked body's bytes.
fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n").expect("a chunk size line");
        let size_text = String::from_utf8_lossy(&data[..line_end]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap().trim(), 16).expect("a chunk size");
        data = &data[line_end + 2..];
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&data[..size]);
        data = &data[size + 2..];
    }
}

/// The value of a query parameter of a URL, as it is written there.
fn query_param<'a>(url: &'a str, name: &str) -> Option<&'a str> {
    let query = url.split_once('?')?.1;
    query.split('&').find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
}

#[tokio::test]
async fn presigned_urls_get_and_put_with_a_plain_http_client() {
    bounded(async {
        let moto = Moto::start();
        let client = client(&moto.url);
        create_bucket(&client, "shared").await;
        let content = pattern(100_000, 9);
        let key = "docs/shared file+1.bin";
        client.put_object().bucket("shared").key(key).body(ByteStream::new(content.clone())).send().await.unwrap();

        // GET: the URL alone fetches the object.
        let input = GetObject::builder().bucket("shared").key(key).build().expect("GetObject");
        let presigned = client.client().presign(input, Duration::from_secs(300)).await.expect("presign GetObject");
        assert_eq!(presigned.method, "GET");
        let path = presigned.url.split('?').next().unwrap();
        assert_eq!(path, format!("{}/shared/docs/shared%20file%2B1.bin", moto.url));
        assert_eq!(query_param(&presigned.url, "X-Amz-Algorithm"), Some("AWS4-HMAC-SHA256"));
        assert_eq!(query_param(&presigned.url, "X-Amz-Expires"), Some("300"));
        let credential = query_param(&presigned.url, "X-Amz-Credential").expect("X-Amz-Credential");
        assert!(credential.starts_with("AKIDTEST%2F") && credential.ends_with("%2Fus-east-1%2Fs3%2Faws4_request"));
        let signature = query_param(&presigned.url, "X-Amz-Signature").expect("X-Amz-Signature");
        assert!(signature.len() == 64 && signature.bytes().all(|b| b.is_ascii_hexdigit()), "{signature}");
        assert!(!presigned.url.contains("secret"), "the secret is not in the URL");
        let fetched = fetch(&presigned.method, &presigned.url, &presigned.headers, b"").await;
        assert_eq!(fetched.status, 200, "{}", String::from_utf8_lossy(&fetched.body));
        assert_eq!(sha256(&fetched.body), sha256(&content));
        assert_eq!(fetched.header("content-length"), Some("100000"));
        // With a response override in the signed query.
        let input = GetObject::builder().bucket("shared").key(key).response_content_type("application/pdf").build();
        let presigned = client.client().presign(input.unwrap(), Duration::from_secs(60)).await.unwrap();
        let fetched = fetch(&presigned.method, &presigned.url, &presigned.headers, b"").await;
        assert_eq!((fetched.status, fetched.header("content-type")), (200, Some("application/pdf")));

        // PUT: the URL and its signed headers carry the holder's body, read back with GetObject.
        let put_key = "uploads/from a browser?.txt";
        let metadata = BTreeMap::from([("source".to_owned(), "presigned".to_owned())]);
        let input = PutObject::builder()
            .bucket("shared")
            .key(put_key)
            .content_type("text/plain")
            .metadata(metadata.clone())
            .build()
            .expect("PutObject");
        let presigned = client.client().presign(input, Duration::from_secs(300)).await.expect("presign PutObject");
        assert_eq!(presigned.method, "PUT");
        let body = b"uploaded with a presigned URL\n".repeat(1000);
        let fetched = fetch(&presigned.method, &presigned.url, &presigned.headers, &body).await;
        assert_eq!(fetched.status, 200, "{}", String::from_utf8_lossy(&fetched.body));
        let got = client.get_object().bucket("shared").key(put_key).send().await.expect("GetObject").into_inner();
        assert_eq!(got.content_type.as_deref(), Some("text/plain"));
        assert_eq!(got.metadata.as_ref(), Some(&metadata));
        assert_eq!(hash_stream(got.body.unwrap()).await, (sha256(&body), body.len() as u64));

        // An expired URL and a tampered one: S3 refuses both (`AccessDenied`,
        // `SignatureDoesNotMatch`); moto checks neither the signature nor the expiry of a
        // presigned URL and serves both, so that is not asserted. What SigV4 cannot sign, the
        // runtime refuses to presign.
        let input = GetObject::builder().bucket("shared").key(key).build().unwrap();
        for expires in [Duration::ZERO, Duration::from_secs(7 * 24 * 3600 + 1)] {
            let err = client.client().presign(input.clone(), expires).await.expect_err("out of SigV4's range");
            assert!(matches!(err, Error::Config(_)), "{err:?}");
        }
    })
    .await;
}

/// A presigned request carries only the headers its holder must send: those the input sets
/// (`host` aside). A checksum of the presigner's empty body would be wrong for the holder's
/// body, and a GET has no body to check, so neither is signed: the AWS SDKs leave flexible
/// checksums out of presigned requests.
#[tokio::test]
async fn presigned_requests_sign_only_what_their_holder_sends() {
    bounded(async {
        let moto = Moto::start();
        let client = client(&moto.url);
        let get = GetObject::builder().bucket("shared").key("k").build().unwrap();
        let get = client.client().presign(get, Duration::from_secs(300)).await.expect("presign GetObject");
        let metadata = BTreeMap::from([("source".to_owned(), "presigned".to_owned())]);
        let put = PutObject::builder().bucket("shared").key("k").content_type("text/plain").metadata(metadata).build();
        let put = client.client().presign(put.unwrap(), Duration::from_secs(300)).await.expect("presign PutObject");
        let mut put_headers = put.headers.clone();
        put_headers.sort();
        // Compared at once, so that a difference shows all of them.
        assert_eq!(
            (
                query_param(&get.url, "X-Amz-SignedHeaders"),
                get.headers.as_slice(),
                query_param(&put.url, "X-Amz-SignedHeaders"),
                put_headers.as_slice()
            ),
            (
                Some("host"),
                &[][..],
                Some("content-type%3Bhost%3Bx-amz-meta-source"),
                &[
                    ("content-type".to_owned(), "text/plain".to_owned()),
                    ("x-amz-meta-source".to_owned(), "presigned".to_owned())
                ][..]
            )
        );
    })
    .await;
}

/// `aws s3api ...` through the slice's command against moto: exit code, stdout, stderr. The
/// shared config file asks for path-style addressing, as one would for moto.
async fn command(moto: &Moto, dir: &TempDir, args: &[&str]) -> (i32, String, String) {
    let mut line: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    line.extend(["--endpoint-url".to_owned(), moto.url.clone()]);
    let config_file = dir.file("aws-config", b"[default]\ns3 =\n  addressing_style = path\n");
    let credentials = credentials();
    let env = aws_operation::env::Env::from_pairs([
        ("AWS_ACCESS_KEY_ID", credentials.access_key_id()),
        ("AWS_SECRET_ACCESS_KEY", credentials.secret_access_key()),
        ("AWS_REGION", REGION),
        ("AWS_CONFIG_FILE", config_file.to_str().expect("a UTF-8 path")),
        ("HOME", "/nonexistent"),
    ]);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = aws_operation_cli::run(line, &aws_operation_s3::operations(), env, &mut out, &mut err).await;
    (code, String::from_utf8_lossy(&out).into_owned(), String::from_utf8_lossy(&err).into_owned())
}

fn json(out: &str) -> Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("JSON output ({e}): {out}"))
}

#[tokio::test]
async fn the_command_creates_puts_lists_gets_and_deletes() {
    bounded(async {
        let moto = Moto::start();
        let dir = TempDir::new("command");
        let content = pattern(300_000, 3);
        let upload = dir.file("upload.bin", &content);
        let fileb = format!("fileb://{}", upload.display());

        let (code, out, err) = command(&moto, &dir, &["create-bucket", "--bucket", "cli-bucket"]).await;
        assert_eq!(code, 0, "{err}");
        assert_eq!(json(&out), serde_json::json!({"Location": "/cli-bucket"}));

        let args = [
            "put-object",
            "--bucket",
            "cli-bucket",
            "--key",
            "dir/file one.bin",
            "--body",
            &fileb,
            "--content-type",
            "application/x-test",
            "--metadata",
            r#"{"team":"cli"}"#,
        ];
        let (code, out, err) = command(&moto, &dir, &args).await;
        assert_eq!(code, 0, "{err}");
        let put = json(&out);
        let etag = put["ETag"].as_str().expect("an ETag").to_owned();
        // The body as a bare path, streamed, as `aws s3api put-object --body FILE` takes it; and
        // in `--cli-input-json`.
        let path = upload.display().to_string();
        let args = ["put-object", "--bucket", "cli-bucket", "--key", "dir/two.txt", "--body", &path];
        let (code, _, err) = command(&moto, &dir, &args).await;
        assert_eq!(code, 0, "{err}");
        let input = serde_json::json!({"Bucket": "cli-bucket", "Key": "three.txt", "Body": path}).to_string();
        let (code, _, err) = command(&moto, &dir, &["put-object", "--cli-input-json", &input]).await;
        assert_eq!(code, 0, "{err}");
        let missing = dir.0.join("missing.bin").display().to_string();
        let args = ["put-object", "--bucket", "cli-bucket", "--key", "x", "--body", &missing];
        let (code, _, err) = command(&moto, &dir, &args).await;
        assert_eq!(code, 252, "a file that cannot be read is bad input: {err}");
        assert!(err.contains("missing.bin"), "{err}");

        // Listed: every page merged.
        let (code, out, err) = command(&moto, &dir, &["list-objects-v2", "--bucket", "cli-bucket"]).await;
        assert_eq!(code, 0, "{err}");
        let listed = json(&out);
        let keys: Vec<&str> =
            listed["Contents"].as_array().expect("Contents").iter().filter_map(|o| o["Key"].as_str()).collect();
        assert_eq!(keys, ["dir/file one.bin", "dir/two.txt", "three.txt"]);
        assert_eq!(listed["Contents"][0]["Size"], 300_000);
        assert_eq!(listed["Contents"][0]["ETag"], etag.as_str());
        let args = ["list-objects-v2", "--bucket", "cli-bucket", "--page-size", "1"];
        let (code, out, err) = command(&moto, &dir, &args).await;
        assert_eq!(code, 0, "{err}");
        assert_eq!(json(&out)["Contents"].as_array().map(Vec::len), Some(3), "pages of 1 merged: {out}");
        let args = ["list-objects-v2", "--bucket", "cli-bucket", "--delimiter", "/"];
        let (code, out, err) = command(&moto, &dir, &args).await;
        assert_eq!(code, 0, "{err}");
        assert_eq!(json(&out)["CommonPrefixes"], serde_json::json!([{"Prefix": "dir/"}]), "{out}");

        // Got to an outfile: the bytes there, the rest printed.
        let outfile = dir.0.join("downloaded.bin");
        let outfile_arg = outfile.to_str().unwrap();
        let args = ["get-object", "--bucket", "cli-bucket", "--key", "dir/file one.bin", outfile_arg];
        let (code, out, err) = command(&moto, &dir, &args).await;
        assert_eq!(code, 0, "{err}");
        let got = json(&out);
        assert_eq!(got["ContentLength"], 300_000);
        assert_eq!(got["ContentType"], "application/x-test");
        assert_eq!(got["ETag"], etag.as_str());
        assert_eq!(got["Metadata"], serde_json::json!({"team": "cli"}));
        assert!(got.get("Body").is_none(), "the body went to the file: {out}");
        assert_eq!(sha256(&std::fs::read(&outfile).expect("the outfile")), sha256(&content));

        // Deleted: exit 0, then reading it is the service's error, exit 254.
        let args = ["delete-object", "--bucket", "cli-bucket", "--key", "dir/file one.bin"];
        let (code, _, err) = command(&moto, &dir, &args).await;
        assert_eq!(code, 0, "{err}");
        let missing = dir.0.join("missing.bin");
        let args = ["get-object", "--bucket", "cli-bucket", "--key", "dir/file one.bin", missing.to_str().unwrap()];
        let (code, out, err) = command(&moto, &dir, &args).await;
        assert_eq!((code, out.as_str()), (254, ""), "{err}");
        assert!(err.contains("An error occurred (NoSuchKey) when calling the GetObject operation"), "{err}");
        let args = ["head-object", "--bucket", "cli-bucket", "--key", "dir/file one.bin"];
        let (code, _, err) = command(&moto, &dir, &args).await;
        assert_eq!(code, 254, "{err}");
        assert!(err.contains("when calling the HeadObject operation"), "{err}");
        let (code, out, err) = command(&moto, &dir, &["list-objects-v2", "--bucket", "cli-bucket"]).await;
        assert_eq!(code, 0, "{err}");
        let keys: Vec<String> = json(&out)["Contents"]
            .as_array()
            .expect("Contents")
            .iter()
            .filter_map(|o| o["Key"].as_str().map(String::from))
            .collect();
        assert_eq!(keys, ["dir/two.txt", "three.txt"]);

        // Bad input: nothing is sent, exit 252.
        let (code, _, err) = command(&moto, &dir, &["get-object", "--bucket", "cli-bucket", "--key", "k"]).await;
        assert_eq!(code, 252, "the outfile is missing: {err}");
        let (code, _, err) = command(&moto, &dir, &["put-object", "--key", "k"]).await;
        assert_eq!(code, 252, "{err}");
        assert!(err.contains("Bucket"), "{err}");
        // A bucket that is not there: 254.
        let (code, _, err) = command(&moto, &dir, &["list-objects-v2", "--bucket", "nowhere"]).await;
        assert_eq!(code, 254, "{err}");
        assert!(err.contains("An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation"), "{err}");
    })
    .await;
}
