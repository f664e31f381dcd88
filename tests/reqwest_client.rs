//! The reqwest adapter (`http_client::ReqwestClient`, the `reqwest` feature) against loopback
//! servers and moto: real operations of the slices, checked for what arrives on the wire (the
//! request as built and signed, nothing but `accept` added), for the limits (read timeout, size),
//! for cut bodies (retried, then an error), for streamed bodies both ways, and for what it does
//! with redirects. The fault suite runs over it too (`AWS_OPERATION_TEST_HTTP_CLIENT=reqwest`).

#![cfg(feature = "reqwest")]

#[path = "support/data.rs"]
mod data;
#[path = "support/faults.rs"]
mod faults;
#[path = "support/moto.rs"]
mod moto;
mod support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use aws_operation::byte_stream::ByteStreamError;
use aws_operation::error::{ResponseError, TransportError};
use aws_operation::http::HttpRequest;
use aws_operation::http_client::{ReqwestClient, reqwest};
use aws_operation::interceptor::{AttemptContext, BoxError, Interceptor};
use aws_operation::{ByteStream, Config, ConfigBuilder, Credentials, Error};
use aws_operation_partnercentral_channel::PartnerCentralChannel;
use aws_operation_partnercentral_channel::handshakes::{
    CreateChannelHandshake, CreateChannelHandshakeError, CreateChannelHandshakeOutput, HandshakeType,
};
use aws_operation_s3::S3;
use faults::{FaultServer, Step};
use support::{Recorded, Reply};

const OK: &str = r#"{"channelHandshakeDetail":{"id":"ch-0123456789abc","arn":"arn:aws:partnercentral:us-east-1:111122223333:catalog/AWS/channel-handshake/ch-0123456789abc"}}"#;
const BUSY: &str = r#"{"__type":"ServiceUnavailable","message":"busy"}"#;
const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const TOKEN: &str = "session-token-never-logged";
const FOREVER: Duration = Duration::from_secs(30);
/// No call in these tests may take longer, retries included.
const BOUND: Duration = Duration::from_secs(5);

fn credentials() -> Credentials {
    Credentials::new("AKIDEXAMPLE", SECRET, Some(TOKEN.to_owned()), None)
}

/// The adapter over a client with redirects off.
fn adapter() -> ReqwestClient {
    ReqwestClient::from_builder(reqwest::Client::builder()).unwrap()
}

fn config(url: &str, http: ReqwestClient) -> ConfigBuilder {
    Config::builder()
        .region("us-east-1")
        .credentials(credentials())
        .endpoint_url(url)
        .retry_base_delay(Duration::from_millis(1))
        .http_client(http)
}

fn channel(config: ConfigBuilder) -> PartnerCentralChannel {
    PartnerCentralChannel::new(&config.build().unwrap()).unwrap()
}

fn create() -> CreateChannelHandshake {
    CreateChannelHandshake::builder()
        .handshake_type(HandshakeType::StartServicePeriod)
        .catalog("AWS")
        .associated_resource_identifier("pma-0123456789abc")
        .build()
        .unwrap()
}

async fn send(
    client: &PartnerCentralChannel,
) -> Result<aws_operation::Response<CreateChannelHandshakeOutput>, Error<CreateChannelHandshakeError>> {
    tokio::time::timeout(BOUND, client.send(create())).await.expect("the call ends in bounded time")
}

/// The requests as the runtime handed them to the HTTP client, signed.
#[derive(Debug, Clone, Default)]
struct Sent(Arc<Mutex<Vec<HttpRequest>>>);

impl Interceptor for Sent {
    fn modify_before_transmit(&self, request: &mut HttpRequest, _: &AttemptContext) -> Result<(), BoxError> {
        self.0.lock().unwrap().push(request.clone());
        Ok(())
    }
}

fn verify(request: &Recorded) {
    let mut signed = HttpRequest::new("POST", format!("http://{}/", request.header("host").unwrap()));
    signed.headers = request.headers.clone();
    signed.body = request.body.clone().into();
    aws_operation::sign::verify(
        &signed,
        &credentials(),
        "partnercentral-channel",
        "us-east-1",
        Duration::from_secs(300),
    )
    .expect("the signature verifies");
}

/// A message never holds the secret key or the session token.
fn assert_no_secret(err: &dyn std::error::Error) {
    let text = format!("{} {err:?}", aws_operation::error::chain(err));
    assert!(!text.contains(SECRET) && !text.contains(TOKEN), "{text}");
}

#[tokio::test]
async fn a_call_arrives_as_built_and_signed_with_only_accept_added() {
    let server = FaultServer::start(vec![Step::Reply(Reply::json(200, OK))]).await;
    let sent = Sent::default();
    let client = channel(config(&server.url, adapter()).interceptor(sent.clone()));
    let out = send(&client).await.unwrap();
    assert_eq!(out.request_id(), Some("req-200"));
    assert_eq!(out.channel_handshake_detail.as_ref().unwrap().id.as_deref(), Some("ch-0123456789abc"));

    let (built, arrived) = (sent.0.lock().unwrap()[0].clone(), server.requests()[0].clone());
    verify(&arrived);
    assert_eq!((arrived.method.as_str(), arrived.path.as_str()), ("POST", "/"));
    assert_eq!(arrived.body, built.body.to_vec());
    // Every header as built, in its order; then reqwest's `accept` and hyper's `content-length`.
    let without = |headers: &[(String, String)], names: &[&str]| -> Vec<(String, String)> {
        headers.iter().filter(|(n, _)| !names.contains(&n.as_str())).cloned().collect()
    };
    assert_eq!(without(&arrived.headers, &["accept", "content-length"]), without(&built.headers, &["content-length"]));
    assert_eq!(arrived.header("accept"), Some("*/*"), "reqwest's default, unsigned");
    assert!(!built.header("authorization").unwrap().contains("accept"), "accept is not signed");
    assert_eq!(arrived.header("content-length"), Some(built.body.len().to_string().as_str()));
}

#[tokio::test]
async fn a_503_is_retried_and_a_modeled_error_is_decoded() {
    let busy = Step::Reply(Reply::json(503, BUSY));
    let server = FaultServer::start(vec![busy.clone(), busy, Step::Reply(Reply::json(200, OK))]).await;
    let client = channel(config(&server.url, adapter()));
    send(&client).await.unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert_eq!(requests[2].header("amz-sdk-request"), Some("attempt=3; max=3"));
    assert_eq!(requests[0].body, requests[2].body, "the same body, signed again");
    requests.iter().for_each(verify);

    let conflict = r#"{"__type":"ConflictException","message":"taken","resourceId":"r","resourceType":"t"}"#;
    let server = FaultServer::start(vec![Step::Reply(Reply::json(409, conflict))]).await;
    let err = send(&channel(config(&server.url, adapter()))).await.unwrap_err();
    let Some(CreateChannelHandshakeError::ConflictException(e)) = err.service_error() else { panic!("{err:?}") };
    assert_eq!(e.message, "taken");
    assert_eq!(err.meta().map(|m| (m.status, m.request_id.as_deref())), Some((409, Some("req-409"))));
    assert_eq!(server.requests().len(), 1, "not retryable");
}

#[tokio::test]
async fn a_body_cut_short_is_retried_then_reported() {
    let cut = Step::CloseMidBody(Reply::json(200, OK), 20);
    let server = FaultServer::start(vec![cut.clone(), Step::Reply(Reply::json(200, OK))]).await;
    send(&channel(config(&server.url, adapter()))).await.unwrap();
    assert_eq!(server.requests().len(), 2);

    let server = FaultServer::start(vec![cut]).await;
    let err = send(&channel(config(&server.url, adapter()))).await.unwrap_err();
    let Error::Transport(TransportError::BodyCut { received, .. }) = &err else { panic!("{err:?}") };
    assert_eq!(*received, 20);
    assert_eq!(server.requests().len(), 3);
    assert_no_secret(&err);
}

#[tokio::test]
async fn the_read_timeout_cuts_a_stalled_head_or_body_and_the_call_is_retried() {
    let limit = Duration::from_millis(200);
    for stall in [Step::StallMidBody(Reply::json(200, OK), 20, FOREVER), Step::Delay(Reply::json(200, OK), FOREVER)] {
        let server = FaultServer::start(vec![stall.clone(), Step::Reply(Reply::json(200, OK))]).await;
        let started = std::time::Instant::now();
        send(&channel(config(&server.url, adapter()).read_timeout(limit))).await.unwrap();
        assert!(started.elapsed() >= limit, "{:?}", started.elapsed());
        assert_eq!(server.requests().len(), 2);

        let server = FaultServer::start(vec![stall]).await;
        let err = send(&channel(config(&server.url, adapter()).read_timeout(limit))).await.unwrap_err();
        assert!(matches!(err, Error::Transport(TransportError::ReadTimeout(d)) if d == limit), "{err:?}");
        assert_eq!(server.requests().len(), 3);
    }
}

#[tokio::test]
async fn a_body_over_the_limit_is_final_by_its_length_or_while_read() {
    let big = format!(r#"{{"channelHandshakeDetail":{{"arn":"{}"}}}}"#, "a".repeat(4096));
    for step in [Step::Reply(Reply::json(200, &big)), Step::Chunked(Reply::json(200, &big))] {
        let server = FaultServer::start(vec![step, Step::Reply(Reply::json(200, OK))]).await;
        let err = send(&channel(config(&server.url, adapter()).max_response_bytes(1024))).await.unwrap_err();
        let Error::Response { status: 200, source: ResponseError::TooLarge { limit: 1024 }, request_id } = &err else {
            panic!("{err:?}")
        };
        assert_eq!(request_id.as_deref(), Some("req-200"));
        assert_eq!(server.requests().len(), 1, "not retried");
    }
    let server = FaultServer::start(vec![Step::Chunked(Reply::json(200, &big))]).await;
    let out = send(&channel(config(&server.url, adapter()))).await.unwrap();
    assert_eq!(out.channel_handshake_detail.as_ref().unwrap().arn.as_ref().unwrap().len(), 4096);
}

#[tokio::test]
async fn a_refused_connection_is_a_connect_error_without_secrets() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let url = format!("http://127.0.0.1:{port}");
    let err = send(&channel(config(&url, adapter()))).await.unwrap_err();
    let Error::Transport(TransportError::Connect { url: got, reason }) = &err else { panic!("{err:?}") };
    assert_eq!(got.trim_end_matches('/'), url);
    assert!(!reason.contains(&url), "the URL once, in its field: {reason}");
    assert_no_secret(&err);
}

#[tokio::test]
async fn redirects_are_not_followed_and_a_client_that_follows_them_fails_the_attempt() {
    let moved = Reply { status: 301, headers: vec![("location".into(), "/elsewhere".into())], body: String::new() };
    // Redirects off: the 301 is the answer, an error of its status, final.
    let server = FaultServer::start(vec![Step::Reply(moved.clone()), Step::Reply(Reply::json(200, OK))]).await;
    let err = send(&channel(config(&server.url, adapter()))).await.unwrap_err();
    let Some(CreateChannelHandshakeError::Unmodeled(e)) = err.service_error() else { panic!("{err:?}") };
    assert_eq!((e.meta.code.as_str(), e.meta.status), ("Http301", 301));
    assert_eq!(server.requests().len(), 1);

    // reqwest's default policy follows it (a POST becomes a GET): the adapter cannot stop that,
    // but it finds it and fails the attempt, so that a redirect's answer is never taken for
    // the operation's.
    let server = FaultServer::start(vec![Step::Reply(moved), Step::Reply(Reply::json(200, OK))]).await;
    let following = ReqwestClient::new(reqwest::Client::new());
    let err = send(&channel(config(&server.url, following).max_attempts(1))).await.unwrap_err();
    let Error::Transport(TransportError::Io(reason)) = &err else { panic!("{err:?}") };
    assert!(reason.contains("followed a redirect"), "{reason}");
    let requests = server.requests();
    assert_eq!(
        requests.iter().map(|r| (r.method.as_str(), r.path.as_str())).collect::<Vec<_>>(),
        [("POST", "/"), ("GET", "/elsewhere")]
    );
}

#[tokio::test]
async fn a_path_the_url_crate_would_rewrite_is_refused_before_sending() {
    let server = FaultServer::start(vec![Step::Reply(Reply::rest_json(200, "{}"))]).await;
    let config = config(&server.url, adapter()).s3_force_path_style(true).build().unwrap();
    let s3 = S3::new(&config).unwrap();
    let err = s3.get_object().bucket("b").key("a/../etc").send().await.unwrap_err();
    let Error::Transport(TransportError::Io(reason)) = &err else { panic!("{err:?}") };
    assert!(reason.contains("another path"), "{reason}");
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn a_streamed_download_arrives_in_chunks_and_a_cut_or_stalled_one_is_an_error() {
    let content = "x".repeat(100_000);
    let s3_over = |url: &str, read_timeout: Duration| {
        let config = config(url, adapter()).s3_force_path_style(true).read_timeout(read_timeout);
        S3::new(&config.build().unwrap()).unwrap()
    };
    let object = Reply { status: 200, headers: vec![], body: content.clone() };
    let server = FaultServer::start(vec![Step::Reply(object.clone())]).await;
    let s3 = s3_over(&server.url, Duration::from_secs(5));
    let out = s3.get_object().bucket("b").key("k").send().await.unwrap().into_inner();
    let body = out.body.unwrap();
    assert_eq!(body.len(), Some(100_000));
    assert_eq!(body.collect().await.unwrap(), content.as_bytes(), "beyond max_response_bytes? no: streamed");

    let server = FaultServer::start(vec![Step::CloseMidBody(object.clone(), 30_000)]).await;
    let out = s3_over(&server.url, Duration::from_secs(5)).get_object().bucket("b").key("k").send().await.unwrap();
    let err = out.into_inner().body.unwrap().collect().await.unwrap_err();
    assert!(matches!(err, ByteStreamError::Cut { received: 30_000, .. }), "{err:?}");

    let server = FaultServer::start(vec![Step::StallMidBody(object, 30_000, FOREVER)]).await;
    let limit = Duration::from_millis(200);
    let out = s3_over(&server.url, limit).get_object().bucket("b").key("k").send().await.unwrap();
    let read = tokio::time::timeout(BOUND, out.into_inner().body.unwrap().collect()).await.unwrap();
    assert!(matches!(read, Err(ByteStreamError::ReadTimeout(d)) if d == limit), "{read:?}");
}

#[tokio::test]
async fn a_file_upload_goes_with_its_length() {
    let dir = data::TempDir::new("reqwest-upload");
    let content: Vec<u8> = (0..300_000u32).map(|i| (i % 251) as u8).collect();
    let path = dir.file("upload.bin", &content);
    let server =
        FaultServer::start(vec![Step::Reply(Reply { status: 200, headers: vec![], body: String::new() })]).await;
    let sent = Sent::default();
    let config = config(&server.url, adapter()).s3_force_path_style(true).interceptor(sent.clone()).build().unwrap();
    let s3 = S3::new(&config).unwrap();
    let body = ByteStream::from_path(&path).await.unwrap();
    s3.put_object().bucket("b").key("k").body(body).send().await.unwrap();
    let arrived = &server.requests()[0];
    assert_eq!((arrived.method.as_str(), arrived.path.as_str()), ("PUT", "/b/k"));
    // aws-chunked, with its checksum trailer: the length is the encoding's, as the runtime made it.
    assert_eq!(arrived.header("x-amz-decoded-content-length"), Some("300000"));
    let length = sent.0.lock().unwrap()[0].stream.as_ref().unwrap().len().unwrap();
    assert_eq!(arrived.header("content-length"), Some(length.to_string().as_str()));
    assert_eq!(arrived.header("transfer-encoding"), None);
    assert_eq!(arrived.body.len() as u64, length);
    assert!(arrived.body.windows(content.len().min(8192)).any(|w| w == &content[..8192]), "the file's bytes");
}

#[tokio::test]
async fn s3_put_and_get_through_moto_stream_a_file_both_ways() {
    let moto = moto::Moto::start();
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDTEST", "secret", None, None))
        .endpoint_url(&moto.url)
        .s3_force_path_style(true)
        .http_client(adapter())
        .build()
        .unwrap();
    let s3 = S3::new(&config).unwrap();
    s3.create_bucket().bucket("reqwest").send().await.expect("CreateBucket");
    let dir = data::TempDir::new("reqwest-moto");
    let content: Vec<u8> = (0..3 * 1024 * 1024u32).map(|i| (i % 253) as u8).collect();
    let path = dir.file("big.bin", &content);
    let body = ByteStream::from_path(&path).await.unwrap();
    s3.put_object().bucket("reqwest").key("big.bin").body(body).send().await.expect("PutObject");
    let out = s3.get_object().bucket("reqwest").key("big.bin").send().await.expect("GetObject").into_inner();
    assert_eq!(out.content_length, Some(content.len() as i64));
    let mut body = out.body.unwrap();
    let (mut got, mut chunks) = (Vec::new(), 0);
    while let Some(chunk) = body.next().await {
        got.extend_from_slice(&chunk.unwrap());
        chunks += 1;
    }
    assert_eq!(got, content);
    assert!(chunks > 1, "streamed, not read whole");
    // A stream of no known length goes chunked.
    let chunks = content.chunks(64 * 1024).map(|c| Ok::<_, std::io::Error>(bytes::Bytes::copy_from_slice(c)));
    let stream = ByteStream::from_stream(futures_util::stream::iter(chunks.collect::<Vec<_>>()), None);
    s3.put_object().bucket("reqwest").key("streamed.bin").body(stream).send().await.expect("PutObject of a stream");
    let out = s3.get_object().bucket("reqwest").key("streamed.bin").send().await.expect("GetObject").into_inner();
    assert_eq!(out.body.unwrap().collect().await.unwrap(), content);
    let err = s3.get_object().bucket("reqwest").key("missing").send().await.unwrap_err();
    assert!(matches!(err.service_error(), Some(aws_operation_s3::GetObjectError::NoSuchKey(_))), "{err:?}");
}
