//! A restXml service defined by hand, end to end against a scripted server on 127.0.0.1, with
//! the rules S3 needs beyond the protocol vectors: its signing settings (`sigv4(...)`), a `200 OK`
//! that carries an `<Error>`, a HEAD request's error without a body, an unwrapped output root,
//! the extended request id, and an output hook (`after_output`).

mod support;

use aws_operation::{Config, Credentials, Error, aws_operation, aws_service, aws_shape};
use support::{Reply, Server};

/// A service signed as S3 is.
#[aws_service(
    id = "Fake Store",
    protocol = "restXml",
    signing_name = "fakestore",
    api_version = "2006-03-01",
    member_casing = "PascalCase",
    sigv4(normalize_path = false, double_uri_encode = false, signed_body_header)
)]
pub struct FakeStore;

/// Puts a tag set on an object.
#[aws_operation(
    service = FakeStore,
    operation = "PutTags",
    output = Empty,
    http(method = "PUT", uri = "/{Bucket}/{Key+}?tagging"),
    rename_all = "PascalCase"
)]
pub struct PutTags {
    /// The bucket.
    #[aws(http_label)]
    pub bucket: String,
    /// The key, slashes kept.
    #[aws(http_label)]
    pub key: String,
    /// The tags: the payload, `<Tagging>`.
    #[aws(http_payload, xml_name = "Tagging")]
    pub tagging: Option<Tagging>,
}

/// A tag set.
#[aws_shape(rename_all = "PascalCase", xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
pub struct Tagging {
    /// The tags, each a `<Tag>` in `<TagSet>`.
    #[aws(xml_item_name = "Tag")]
    pub tag_set: Vec<Tag>,
}

/// A tag.
#[aws_shape(rename_all = "PascalCase")]
pub struct Tag {
    /// The key.
    pub key: String,
    /// The value.
    pub value: String,
}

/// No members.
#[aws_shape(rename_all = "PascalCase")]
pub struct Empty {}

/// Completes something that can fail after S3 has answered `200 OK`.
#[aws_operation(
    service = FakeStore,
    operation = "Complete",
    output = CompleteOutput,
    http(method = "POST", uri = "/{Bucket}?complete"),
    rename_all = "PascalCase"
)]
pub struct Complete {
    /// The bucket.
    #[aws(http_label)]
    pub bucket: String,
}

/// What `Complete` returns.
#[aws_shape(rename_all = "PascalCase")]
pub struct CompleteOutput {
    /// The entity tag.
    #[aws(xml_name = "ETag")]
    pub etag: Option<String>,
}

/// Whether a bucket is there.
#[aws_operation(
    service = FakeStore,
    operation = "HeadBucket",
    output = Empty,
    errors = [NotFound],
    http(method = "HEAD", uri = "/{Bucket}"),
    rename_all = "PascalCase"
)]
pub struct HeadBucket {
    /// The bucket.
    #[aws(http_label)]
    pub bucket: String,
}

/// The bucket is not there.
#[aws_shape(error, rename_all = "PascalCase", status = 404)]
pub struct NotFound {}

/// Where a bucket is.
#[aws_operation(
    service = FakeStore,
    operation = "GetLocation",
    output = Location,
    http(method = "GET", uri = "/{Bucket}?location"),
    rename_all = "PascalCase"
)]
pub struct GetLocation {
    /// The bucket.
    #[aws(http_label)]
    pub bucket: String,
}

/// The bucket's region: the document's root element itself.
#[aws_shape(rename_all = "PascalCase", xml_unwrapped)]
pub struct Location {
    /// The region (empty for us-east-1).
    pub location_constraint: Option<String>,
}

/// Lists keys, which come back URL-encoded when asked.
#[aws_operation(
    service = FakeStore,
    operation = "ListKeys",
    output = ListKeysOutput,
    http(method = "GET", uri = "/{Bucket}?list-type=2"),
    rename_all = "PascalCase",
    after_output = decode_keys
)]
pub struct ListKeys {
    /// The bucket.
    #[aws(http_label)]
    pub bucket: String,
}

/// What `ListKeys` returns.
#[aws_shape(rename_all = "PascalCase")]
pub struct ListKeysOutput {
    /// `url` when the keys are URL-encoded.
    pub encoding_type: Option<String>,
    /// The keys.
    #[aws(xml_flattened, xml_name = "Key")]
    pub keys: Option<Vec<String>>,
}

/// Decodes the keys of a listing that says they are URL-encoded.
fn decode_keys(output: &mut ListKeysOutput) {
    if output.encoding_type.as_deref() == Some("url") {
        for key in output.keys.iter_mut().flatten() {
            *key = aws_operation::codec::form::percent_decode(key, true);
        }
    }
}

fn config(url: &str, attempts: u32) -> Config {
    Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDTEST", "secret", None, None))
        .endpoint_url(url)
        .max_attempts(attempts)
        .build()
        .unwrap()
}

#[tokio::test]
async fn requests_are_signed_as_s3_signs_them_with_xml_payloads() {
    let server = Server::start(vec![Reply::xml(200, "")]).await;
    let client = FakeStore::new(&config(&server.url, 1)).unwrap();
    let tagging = Tagging { tag_set: vec![Tag { key: "a&b".into(), value: "<1>".into() }] };
    let input = PutTags { bucket: "b".into(), key: "dir//./file".into(), tagging: Some(tagging) };
    client.send(input).await.unwrap();
    let [request] = server.requests().try_into().unwrap();
    // The key goes as it is: no `//` collapsed, no `.` removed.
    assert_eq!(request.path, "/b/dir//./file?tagging");
    let body = String::from_utf8(request.body.clone()).unwrap();
    assert_eq!(
        body,
        "<Tagging xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><TagSet><Tag><Key>a&amp;b</Key>\
         <Value>&lt;1&gt;</Value></Tag></TagSet></Tagging>"
    );
    assert_eq!(request.header("content-type"), Some("application/xml"));
    let sha = ring::digest::digest(&ring::digest::SHA256, &request.body)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<String>();
    assert_eq!(request.header("x-amz-content-sha256"), Some(sha.as_str()));
    let authorization = request.header("authorization").unwrap();
    assert!(authorization.contains("x-amz-content-sha256"), "{authorization}");
}

#[tokio::test]
async fn an_error_in_a_200_is_an_error_and_is_retried() {
    let failed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InternalError</Code>\
                  <Message>We encountered an internal error.</Message><RequestId>r-1</RequestId></Error>";
    let done = "<CompleteResult><ETag>\"e\"</ETag></CompleteResult>";
    let server = Server::start(vec![Reply::xml(200, failed), Reply::xml(200, done)]).await;
    let client = FakeStore::new(&config(&server.url, 2)).unwrap();
    let out = client.send(Complete { bucket: "b".into() }).await.unwrap();
    assert_eq!(out.etag.as_deref(), Some("\"e\""));
    assert_eq!(server.requests().len(), 2);

    // Once attempts run out, it is the service's error, never an empty success.
    let server = Server::start(vec![Reply::xml(200, failed).header("x-amz-id-2", "ext-1")]).await;
    let client = FakeStore::new(&config(&server.url, 1)).unwrap();
    match client.send(Complete { bucket: "b".into() }).await {
        Err(Error::Service(e)) => {
            assert_eq!((e.meta.code.as_str(), e.meta.status), ("InternalError", 200));
            assert_eq!(e.meta.message.as_deref(), Some("We encountered an internal error."));
            assert_eq!(e.meta.request_id.as_deref(), Some("r-1"));
            assert_eq!(e.meta.extended_request_id.as_deref(), Some("ext-1"));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_head_error_without_a_body_is_named_by_its_status() {
    let replies = vec![Reply::xml(404, "").header("x-amz-request-id", "r-2"), Reply::xml(403, "")];
    let server = Server::start(replies).await;
    let client = FakeStore::new(&config(&server.url, 1)).unwrap();
    match client.send(HeadBucket { bucket: "gone".into() }).await {
        Err(Error::Service(e)) => {
            assert_eq!((e.meta.code.as_str(), e.meta.request_id.as_deref()), ("NotFound", Some("r-2")));
            assert!(matches!(e.error, HeadBucketError::NotFound(_)), "{e:?}");
        }
        other => panic!("{other:?}"),
    }
    match client.send(HeadBucket { bucket: "theirs".into() }).await {
        Err(Error::Service(e)) => {
            assert_eq!(e.meta.code, "Forbidden");
            assert!(matches!(e.error, HeadBucketError::Unmodeled(_)), "{e:?}");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn an_unwrapped_output_is_the_root_element_and_outputs_keep_the_extended_request_id() {
    let body = "<?xml version=\"1.0\"?>\n<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\
                eu-west-1</LocationConstraint>";
    let replies = vec![
        Reply::xml(200, body).header("x-amz-request-id", "r-3").header("x-amz-id-2", "ext-3"),
        Reply::xml(200, "<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"/>"),
    ];
    let server = Server::start(replies).await;
    let client = FakeStore::new(&config(&server.url, 1)).unwrap();
    let out = client.send(GetLocation { bucket: "b".into() }).await.unwrap();
    assert_eq!(out.location_constraint.as_deref(), Some("eu-west-1"));
    assert_eq!((out.request_id(), out.extended_request_id()), (Some("r-3"), Some("ext-3")));
    // us-east-1's buckets have an empty constraint.
    let out = client.send(GetLocation { bucket: "b".into() }).await.unwrap();
    assert_eq!(out.location_constraint.as_deref(), Some(""));
}

#[tokio::test]
async fn the_output_hook_runs_on_every_output() {
    let encoded = "<ListBucketResult><EncodingType>url</EncodingType><Key>a+b%2Fc%25</Key>\
                   <Key>%E2%82%AC</Key></ListBucketResult>";
    let plain = "<ListBucketResult><Key>a+b</Key></ListBucketResult>";
    let server = Server::start(vec![Reply::xml(200, encoded), Reply::xml(200, plain)]).await;
    let client = FakeStore::new(&config(&server.url, 1)).unwrap();
    let out = client.send(ListKeys { bucket: "b".into() }).await.unwrap();
    assert_eq!(out.keys.as_deref(), Some(&["a b/c%".to_owned(), "\u{20ac}".to_owned()][..]));
    // Not encoded: left as it came.
    let out = client.send(ListKeys { bucket: "b".into() }).await.unwrap();
    assert_eq!(out.keys.as_deref(), Some(&["a+b".to_owned()][..]));
}

/// A bucket addressed by its own endpoint, signed as S3, for the presigning example of the AWS
/// documentation ("Authenticating Requests: Using Query Parameters").
#[aws_service(
    id = "Example Bucket",
    protocol = "restXml",
    signing_name = "s3",
    api_version = "2006-03-01",
    member_casing = "PascalCase",
    sigv4(normalize_path = false, double_uri_encode = false, signed_body_header)
)]
pub struct ExampleBucket;

/// Reads an object.
#[aws_operation(
    service = ExampleBucket,
    operation = "GetObject",
    output = Empty,
    http(method = "GET", uri = "/{Key+}"),
    rename_all = "PascalCase"
)]
pub struct GetObject {
    /// The key.
    #[aws(http_label)]
    pub key: String,
    /// A range, a header the URL's holder must then send.
    #[aws(http_header = "Range")]
    pub range: Option<String>,
}

#[tokio::test]
async fn presigned_urls_match_the_aws_documentation_example() {
    use std::time::{Duration, SystemTime};
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", None, None))
        .endpoint_url("https://examplebucket.s3.amazonaws.com")
        .clock(std::sync::Arc::new(aws_operation::config::FixedClock(
            SystemTime::UNIX_EPOCH + Duration::from_secs(1_369_353_600),
        )))
        .build()
        .unwrap();
    let client = ExampleBucket::new(&config).unwrap();
    let get = || GetObject { key: "test.txt".into(), range: None };
    let presigned = client.client().presign(get(), Duration::from_secs(86_400)).await.unwrap();
    assert_eq!(presigned.method, "GET");
    assert_eq!(
        presigned.url,
        "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256\
         &X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request\
         &X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host\
         &X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"
    );
    assert!(presigned.headers.is_empty(), "{:?}", presigned.headers);
    // The URL is a credential: Debug shows its path only.
    assert!(!format!("{presigned:?}").contains("X-Amz-Signature"));

    // A header the input binds is signed, and must be sent.
    let ranged = GetObject { range: Some("bytes=0-9".into()), ..get() };
    let presigned = client.client().presign(ranged, Duration::from_secs(60)).await.unwrap();
    assert!(presigned.url.contains("X-Amz-SignedHeaders=host%3Brange"), "{}", presigned.url);
    assert_eq!(presigned.headers, [("range".to_owned(), "bytes=0-9".to_owned())]);

    // At most 7 days.
    let week = Duration::from_secs(7 * 24 * 3600);
    assert!(client.client().presign(get(), week).await.is_ok());
    match client.client().presign(get(), week + Duration::from_secs(1)).await {
        Err(Error::Config(e)) => {
            let why = aws_operation::error::chain(&e);
            assert!(why.contains("1 second to 7 days (604800 seconds), not 604801"), "{why}");
        }
        other => panic!("{other:?}"),
    }
}

/// Stores an object, with S3's flexible checksums.
#[aws_operation(
    service = FakeStore,
    operation = "PutBlob",
    output = Empty,
    http(method = "PUT", uri = "/{Bucket}/{Key+}"),
    http_checksum(request_algorithm_member = "ChecksumAlgorithm"),
    rename_all = "PascalCase"
)]
pub struct PutBlob {
    /// The bucket.
    #[aws(http_label)]
    pub bucket: String,
    /// The key.
    #[aws(http_label)]
    pub key: String,
    /// Which checksum to send.
    #[aws(http_header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<String>,
    /// A CRC32 the caller computed.
    #[aws(http_header = "x-amz-checksum-crc32", name = "ChecksumCRC32")]
    pub checksum_crc32: Option<String>,
    /// The body.
    #[aws(http_payload)]
    pub body: aws_operation::ByteStream,
}

/// Reads an object, its checksum checked.
#[aws_operation(
    service = FakeStore,
    operation = "GetBlob",
    output = GetBlobOutput,
    http(method = "GET", uri = "/{Bucket}/{Key+}"),
    http_checksum(request_validation_mode_member = "ChecksumMode", response_algorithms = ["CRC32", "SHA256"]),
    rename_all = "PascalCase"
)]
pub struct GetBlob {
    /// The bucket.
    #[aws(http_label)]
    pub bucket: String,
    /// The key.
    #[aws(http_label)]
    pub key: String,
    /// `ENABLED` to check the response's checksum.
    #[aws(http_header = "x-amz-checksum-mode")]
    pub checksum_mode: Option<String>,
}

/// What `GetBlob` returns.
#[aws_shape(rename_all = "PascalCase")]
pub struct GetBlobOutput {
    /// The body, as it arrives.
    #[aws(http_payload)]
    pub body: aws_operation::ByteStream,
}

fn crc32(bytes: &[u8]) -> String {
    aws_operation::checksum::ChecksumAlgorithm::Crc32.checksum(bytes)
}

#[tokio::test]
async fn request_checksums_go_as_headers_or_as_an_aws_chunked_trailer() {
    let server = Server::start(vec![Reply::xml(200, ""); 5]).await;
    let client = FakeStore::new(&config(&server.url, 1)).unwrap();
    let put = |body: aws_operation::ByteStream| PutBlob {
        bucket: "b".into(),
        key: "k".into(),
        checksum_algorithm: None,
        checksum_crc32: None,
        body,
    };
    // In memory: CRC32 by default, or the algorithm asked for, as a header.
    client.send(put("Hello world".into())).await.unwrap();
    client.send(PutBlob { checksum_algorithm: Some("SHA256".into()), ..put("".into()) }).await.unwrap();
    // A checksum the caller gives goes as it is.
    client.send(PutBlob { checksum_crc32: Some("AAAAAA==".into()), ..put("x".into()) }).await.unwrap();
    // An algorithm this client does not compute is refused before sending.
    match client.send(PutBlob { checksum_algorithm: Some("MD5".into()), ..put("x".into()) }).await {
        Err(Error::InvalidInput(v)) => assert!(v.to_string().contains("`MD5` is not one of"), "{v}"),
        other => panic!("{other:?}"),
    }
    // Streamed from a file: aws-chunked, the checksum in the trailer; over plain HTTP, every
    // chunk and the trailer signed (see `signed_chunks_chain_from_the_request_signature`).
    let path = std::env::temp_dir().join(format!("aws-operation-chunked-{}", std::process::id()));
    let body: Vec<u8> = (0..200_000u32).map(|i| (i % 253) as u8).collect();
    std::fs::write(&path, &body).unwrap();
    let file = aws_operation::ByteStream::from_path(&path).await.unwrap();
    client.send(put(file)).await.unwrap();
    let _ = std::fs::remove_file(&path);

    let requests = server.requests();
    assert_eq!(requests.len(), 4);
    assert_eq!(requests[0].header("x-amz-checksum-crc32"), Some("i9aeUg=="));
    let empty_sha = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
    assert_eq!(requests[1].header("x-amz-checksum-sha256"), Some(empty_sha));
    assert_eq!(requests[1].header("x-amz-checksum-crc32"), None);
    assert_eq!(requests[2].header("x-amz-checksum-crc32"), Some("AAAAAA=="));
    let chunked = &requests[3];
    assert_eq!(chunked.header("content-encoding"), Some("aws-chunked"));
    assert_eq!(chunked.header("x-amz-decoded-content-length"), Some("200000"));
    assert_eq!(chunked.header("x-amz-trailer"), Some("x-amz-checksum-crc32"));
    assert_eq!(chunked.header("x-amz-content-sha256"), Some("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER"));
    assert_eq!(chunked.header("content-length"), Some(chunked.body.len().to_string().as_str()));
    let (decoded, trailer) = check_signed_chunks(chunked, "secret", "fakestore");
    assert_eq!(decoded, body);
    assert_eq!(trailer, [format!("x-amz-checksum-crc32:{}", crc32(&body))]);
}

/// A SigV4 HMAC-SHA256, in hex.
fn hmac_hex(key: &[u8], text: &str) -> String {
    hex(ring::hmac::sign(&ring::hmac::Key::new(ring::hmac::HMAC_SHA256, key), text.as_bytes()).as_ref())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn sha256_hex(bytes: &[u8]) -> String {
    hex(ring::digest::digest(&ring::digest::SHA256, bytes).as_ref())
}

/// The body of a request sent `aws-chunked` with signed chunks, checked as S3 checks it: each
/// chunk's signature chained from the request's own (`Signature=` of its `authorization`), the
/// last (empty) chunk's, and the trailer's after it; the decoded body and the trailer's lines.
/// The signing key is derived here from the secret, as the SigV4 specification says.
fn check_signed_chunks(request: &support::Recorded, secret: &str, service: &str) -> (Vec<u8>, Vec<String>) {
    let authorization = request.header("authorization").unwrap();
    let mut previous = authorization.rsplit_once("Signature=").unwrap().1.to_owned();
    let amz_date = request.header("x-amz-date").unwrap();
    let scope = format!("{}/us-east-1/{service}/aws4_request", &amz_date[..8]);
    let mut key = format!("AWS4{secret}").into_bytes();
    for part in [&amz_date[..8], "us-east-1", service, "aws4_request"] {
        key = ring::hmac::sign(&ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &key), part.as_bytes()).as_ref().to_vec();
    }
    let empty = sha256_hex(b"");
    let (mut rest, mut decoded) = (&request.body[..], Vec::new());
    loop {
        let end = rest.windows(2).position(|w| w == b"\r\n").unwrap();
        let line = std::str::from_utf8(&rest[..end]).unwrap();
        let (size, signature) = line.split_once(";chunk-signature=").expect("a signed chunk");
        let n = usize::from_str_radix(size, 16).unwrap();
        rest = &rest[end + 2..];
        let data = &rest[..n];
        let expected = hmac_hex(
            &key,
            &format!("AWS4-HMAC-SHA256-PAYLOAD\n{amz_date}\n{scope}\n{previous}\n{empty}\n{}", sha256_hex(data)),
        );
        assert_eq!(signature, expected, "the signature of the chunk after {} bytes", decoded.len());
        previous = expected;
        if n == 0 {
            break;
        }
        decoded.extend_from_slice(data);
        assert_eq!(&rest[n..n + 2], b"\r\n");
        rest = &rest[n + 2..];
    }
    let text = std::str::from_utf8(rest).unwrap();
    let mut lines: Vec<String> = text.split("\r\n").map(str::to_owned).collect();
    assert_eq!(lines.split_off(lines.len() - 2), ["", ""], "the body ends with an empty line");
    if let Some(signature) = lines.last().and_then(|l| l.strip_prefix("x-amz-trailer-signature:")).map(str::to_owned) {
        lines.pop();
        let canonical: String = lines.iter().map(|l| format!("{l}\n")).collect();
        let expected = hmac_hex(
            &key,
            &format!("AWS4-HMAC-SHA256-TRAILER\n{amz_date}\n{scope}\n{previous}\n{}", sha256_hex(canonical.as_bytes())),
        );
        assert_eq!(signature, expected, "the trailer's signature");
    } else {
        assert!(lines.is_empty(), "an unsigned trailer: {lines:?}");
    }
    (decoded, lines)
}

/// Over plain HTTP, where S3 refuses `UNSIGNED-PAYLOAD`, a streamed body goes `aws-chunked` with
/// every chunk signed, chained from the request's signature: without a checksum
/// (`STREAMING-AWS4-HMAC-SHA256-PAYLOAD`) and with one as a signed trailer (above). Each attempt
/// signs anew, so a retried upload's chain starts from the retry's signature.
#[tokio::test]
async fn signed_chunks_chain_from_the_request_signature() {
    const LENGTHS: [usize; 5] = [0, 1, 65_536, 65_537, 150_000];
    let failing = Reply::xml(500, "<Error><Code>InternalError</Code></Error>");
    let replies = LENGTHS.iter().flat_map(|_| [failing.clone(), Reply::xml(200, "")]).collect();
    let server = Server::start(replies).await;
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDTEST", "secret", None, None))
        .endpoint_url(&server.url)
        .max_attempts(2)
        .request_checksum_calculation(aws_operation::checksum::ChecksumCalculation::WhenRequired)
        .build()
        .unwrap();
    let client = FakeStore::new(&config).unwrap();
    let path = std::env::temp_dir().join(format!("aws-operation-signed-chunks-{}", std::process::id()));
    for len in LENGTHS {
        let body: Vec<u8> = (0..len).map(|i| (i % 241) as u8).collect();
        std::fs::write(&path, &body).unwrap();
        let file = aws_operation::ByteStream::from_path(&path).await.unwrap();
        let input =
            PutBlob { bucket: "b".into(), key: "k".into(), checksum_algorithm: None, checksum_crc32: None, body: file };
        client.send(input).await.unwrap();
        let requests = server.requests();
        let [first, retried] = &requests[requests.len() - 2..] else { unreachable!() };
        for request in [first, retried] {
            assert_eq!(request.header("x-amz-content-sha256"), Some("STREAMING-AWS4-HMAC-SHA256-PAYLOAD"));
            assert_eq!(request.header("content-encoding"), Some("aws-chunked"));
            assert_eq!(request.header("x-amz-decoded-content-length"), Some(len.to_string().as_str()));
            assert_eq!(request.header("x-amz-trailer"), None);
            let authorization = request.header("authorization").unwrap();
            assert!(
                authorization.contains("content-encoding;") && authorization.contains("x-amz-decoded-content-length")
            );
            let (decoded, trailer) = check_signed_chunks(request, "secret", "fakestore");
            assert_eq!(decoded, body, "{len} bytes");
            assert!(trailer.is_empty());
        }
    }
    let _ = std::fs::remove_file(&path);
}

#[tokio::test]
async fn response_checksums_are_checked_as_the_body_is_read() {
    let body = "the object's bytes";
    let replies = vec![
        Reply::xml(200, body).header("x-amz-checksum-crc32", &crc32(body.as_bytes())),
        Reply::xml(200, body).header("x-amz-checksum-crc32", "AAAAAA=="),
        // A multipart object's composite checksum is not one of its bytes.
        Reply::xml(200, body).header("x-amz-checksum-crc32", "AAAAAA==-3"),
        Reply::xml(200, body).header("x-amz-checksum-crc32", "AAAAAA=="),
    ];
    let server = Server::start(replies).await;
    let client = FakeStore::new(&config(&server.url, 1)).unwrap();
    let get = || GetBlob { bucket: "b".into(), key: "k".into(), checksum_mode: None };
    let read = |out: aws_operation::Response<GetBlobOutput>| out.into_inner().body.collect();

    assert_eq!(&read(client.send(get()).await.unwrap()).await.unwrap()[..], body.as_bytes());
    match read(client.send(get()).await.unwrap()).await {
        Err(aws_operation::byte_stream::ByteStreamError::Checksum(m)) => {
            assert_eq!((m.expected.as_str(), m.computed), ("AAAAAA==", crc32(body.as_bytes())));
        }
        other => panic!("a mismatch must end the stream with an error: {other:?}"),
    }
    assert!(read(client.send(get()).await.unwrap()).await.is_ok());
    // The client asks for the check (`when_supported`); when only asked for, not otherwise.
    let requests = server.requests();
    assert!(requests.iter().all(|r| r.header("x-amz-checksum-mode") == Some("ENABLED")));
    // Its pooled connection closed, so that the scripted server takes the next one.
    drop(client);
    let lax = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDTEST", "secret", None, None))
        .endpoint_url(&server.url)
        .max_attempts(1)
        .response_checksum_validation(aws_operation::checksum::ChecksumCalculation::WhenRequired)
        .build()
        .unwrap();
    let client = FakeStore::new(&lax).unwrap();
    assert!(read(client.send(get()).await.unwrap()).await.is_ok());
    assert_eq!(server.requests()[3].header("x-amz-checksum-mode"), None);
}

#[tokio::test]
async fn the_s3_slices_get_object_ends_its_stream_with_an_error_on_a_checksum_mismatch() {
    let body = "bytes S3 sent";
    let replies = vec![
        Reply::xml(200, body).header("x-amz-checksum-crc32", &crc32(body.as_bytes())),
        Reply::xml(200, body).header("x-amz-checksum-crc32", &crc32(b"other bytes")),
    ];
    let server = Server::start(replies).await;
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDTEST", "secret", None, None))
        .endpoint_url(&server.url)
        .s3_force_path_style(true)
        .max_attempts(1)
        .build()
        .unwrap();
    let client = aws_operation_s3::S3::new(&config).unwrap();
    let get = || client.get_object().bucket("b").key("k").send();
    let good = get().await.unwrap().into_inner().body.unwrap().collect().await.unwrap();
    assert_eq!(&good[..], body.as_bytes());
    let mut stream = get().await.unwrap().into_inner().body.expect("a body");
    let mut read = Vec::new();
    let error = loop {
        match stream.next().await {
            Some(Ok(chunk)) => read.extend_from_slice(&chunk),
            Some(Err(e)) => break e,
            None => panic!("a body that does not match its checksum ended as a success"),
        }
    };
    // Every byte was handed over, then the mismatch, in place of the end.
    assert_eq!(read, body.as_bytes());
    assert!(matches!(error, aws_operation::byte_stream::ByteStreamError::Checksum(_)), "{error}");
    let requests = server.requests();
    assert_eq!(requests[0].path, "/b/k");
    assert_eq!(requests[0].header("x-amz-checksum-mode"), Some("ENABLED"));
}
