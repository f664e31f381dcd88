//! `user-s3 ENDPOINT BUCKET`: puts an object, reads it back and lists the bucket, with S3's
//! PutObject, GetObject and ListObjectsV2 defined by hand (README.md's "S3 in 64 lines", plus a
//! listing). Built by bench/run.sh for its clean build time and binary size, next to peer-s3.

#![allow(missing_docs)]

use aws_operation::{ByteStream, Config, aws_operation, aws_service, aws_shape};

/// S3: restXml, its own SigV4 flavour, the bucket in the endpoint its rules resolve.
#[aws_service(
    id = "S3",
    protocol = "restXml",
    signing_name = "s3",
    api_version = "2006-03-01",
    endpoint_rules = "endpoint-rule-set-1.json",
    member_casing = "PascalCase",
    sigv4(normalize_path = false, double_uri_encode = false, signed_body_header),
    endpoint_labels = ["Bucket"]
)]
pub struct MyS3;

/// `PUT /{Key+}` on the bucket's endpoint; the body streamed, its CRC32 sent as a trailer.
#[aws_operation(
    service = MyS3,
    operation = "PutObject",
    output = PutObjectOutput,
    http(method = "PUT", uri = "/{Bucket}/{Key+}?x-id=PutObject"),
    http_checksum(request_algorithm_member = "ChecksumAlgorithm"),
    rename_all = "PascalCase"
)]
pub struct PutObject {
    /// The bucket: in the host (or the path) the endpoint rules choose.
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    /// The key, slashes kept.
    #[aws(http_label, context_param = "Key")]
    pub key: String,
    /// The media type.
    #[aws(http_header = "Content-Type")]
    pub content_type: Option<String>,
    /// `x-amz-meta-*` headers.
    #[aws(http_prefix_headers = "x-amz-meta-")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// `CRC32` unless set.
    #[aws(http_header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<String>,
    /// The object's bytes: memory, a file or a stream.
    #[aws(http_payload, requires_length)]
    pub body: ByteStream,
}

/// What PutObject returns.
#[aws_shape(rename_all = "PascalCase")]
pub struct PutObjectOutput {
    /// The entity tag.
    #[aws(http_header = "ETag")]
    pub e_tag: Option<String>,
}

/// `GET /{Key+}`, the body read as it arrives and checked against S3's checksum.
#[aws_operation(
    service = MyS3,
    operation = "GetObject",
    output = GetObjectOutput,
    http(method = "GET", uri = "/{Bucket}/{Key+}?x-id=GetObject"),
    http_checksum(request_validation_mode_member = "ChecksumMode", response_algorithms = ["CRC32", "CRC32C"]),
    rename_all = "PascalCase"
)]
pub struct GetObject {
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    #[aws(http_label, context_param = "Key")]
    pub key: String,
    /// `bytes=0-99`.
    #[aws(http_header = "Range")]
    pub range: Option<String>,
    #[aws(http_header = "x-amz-checksum-mode")]
    pub checksum_mode: Option<String>,
}

/// What GetObject returns.
#[aws_shape(rename_all = "PascalCase")]
pub struct GetObjectOutput {
    #[aws(http_header = "Content-Length")]
    pub content_length: Option<i64>,
    #[aws(http_payload)]
    pub body: ByteStream,
}


/// One page of the bucket's keys.
#[aws_operation(
    service = MyS3,
    operation = "ListObjectsV2",
    output = ListObjectsV2Output,
    http(method = "GET", uri = "/{Bucket}?list-type=2"),
    rename_all = "PascalCase"
)]
pub struct ListObjectsV2 {
    #[aws(http_label, context_param = "Bucket")]
    pub bucket: String,
    #[aws(http_query = "prefix", context_param = "Prefix")]
    pub prefix: Option<String>,
    #[aws(http_query = "continuation-token")]
    pub continuation_token: Option<String>,
}

/// A page.
#[aws_shape(rename_all = "PascalCase")]
pub struct ListObjectsV2Output {
    #[aws(xml_flattened)]
    pub contents: Option<Vec<Object>>,
    pub next_continuation_token: Option<String>,
    pub is_truncated: Option<bool>,
}

/// A listed object.
#[aws_shape(rename_all = "PascalCase")]
pub struct Object {
    pub key: Option<String>,
    pub size: Option<i64>,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (endpoint, bucket) = (args.next().ok_or("ENDPOINT")?, args.next().ok_or("BUCKET")?);
    let config = Config::from_env().endpoint_url(endpoint).s3_force_path_style(true).build()?;
    let client = MyS3::new(&config)?;
    let put = PutObject {
        bucket: bucket.clone(),
        key: "bench/hello.txt".into(),
        content_type: None,
        metadata: None,
        checksum_algorithm: None,
        body: ByteStream::from("hello"),
    };
    println!("put {:?}", client.send(put).await?.e_tag);
    let get = GetObject { bucket: bucket.clone(), key: "bench/hello.txt".into(), range: None, checksum_mode: None };
    println!("got {} bytes", client.send(get).await?.into_inner().body.collect().await?.len());
    let list = ListObjectsV2 { bucket, prefix: Some("bench/".into()), continuation_token: None };
    for object in client.send(list).await?.into_inner().contents.unwrap_or_default() {
        println!("{:?} {:?}", object.key, object.size);
    }
    Ok(())
}
