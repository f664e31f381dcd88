//! The operation traits the conformance vectors exercise, at their edges, through the client and
//! a capture server on 127.0.0.1: a host label that cannot stand in a host fails the call before
//! anything is sent, host prefix injection can be turned off, an endpoint that takes no prefix is
//! a clear error, and request compression honours its minimum size and its switch, compressing
//! once per call so that a retry sends the same bytes.

mod support;

use std::io::Read as _;
use std::time::Duration;

use aws_operation::error::ConfigError;
use aws_operation::{Config, Credentials, Error, aws_operation, aws_service, aws_shape};
use support::{Recorded, Reply, Server};

/// A service for these tests, reached through its configured endpoint URL.
#[aws_service(
    id = "Traits",
    protocol = "awsJson1_1",
    target_prefix = "Traits",
    signing_name = "traits",
    api_version = "2024-01-01",
    endpoint_rules = "tests/fixtures/conformance/endpoint-rule-set.json"
)]
pub struct Traits;

/// An empty output.
#[aws_shape]
pub struct Empty {}

/// An operation whose host takes the account as a prefix.
#[aws_operation(service = Traits, operation = "Labelled", output = Empty, host_prefix = "{account}.data-")]
pub struct Labelled {
    /// The account: one DNS label.
    #[aws(host_label)]
    pub account: String,
    /// Anything.
    pub note: Option<String>,
}

/// An operation whose large bodies are gzipped.
#[aws_operation(service = Traits, operation = "Upload", output = Empty, request_compression = "gzip")]
pub struct Upload {
    /// The data.
    pub data: Option<String>,
}

fn config(server: &Server, endpoint: &str) -> aws_operation::ConfigBuilder {
    Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None, None))
        .endpoint_url(endpoint)
        .connect_to(server.url.trim_start_matches("http://").parse().unwrap())
        .allow_http(true)
        .retry_base_delay(Duration::from_millis(1))
}

fn client(config: aws_operation::ConfigBuilder) -> Traits {
    Traits::new(&config.build().unwrap()).unwrap()
}

fn gunzip(request: &Recorded) -> String {
    let mut out = String::new();
    flate2::read::GzDecoder::new(request.body.as_slice()).read_to_string(&mut out).unwrap();
    out
}

#[tokio::test]
async fn a_host_label_that_is_not_one_dns_label_fails_before_sending() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let traits = client(config(&server, "http://example.com"));
    for bad in ["", "a.b", "-a", "a_b", &"x".repeat(64)] {
        let error = traits.send(Labelled { account: bad.into(), note: None }).await.unwrap_err();
        let Error::InvalidInput(violations) = error else { panic!("{bad:?}: {error:?}") };
        let found: Vec<_> = violations.iter().map(|v| (v.path.as_str(), v.code())).collect();
        assert_eq!(found, [("account", "hostLabel")], "{bad:?}");
    }
    assert!(server.requests().is_empty(), "nothing was sent");

    traits.send(Labelled { account: "123456789012".into(), note: None }).await.unwrap();
    let [request] = server.requests().try_into().unwrap();
    assert_eq!(request.header("host"), Some("123456789012.data-example.com"));
}

#[tokio::test]
async fn host_prefix_injection_can_be_turned_off() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let traits = client(config(&server, "http://example.com/base").disable_host_prefix_injection(true));
    traits.send(Labelled { account: "acct".into(), note: None }).await.unwrap();
    let [request] = server.requests().try_into().unwrap();
    assert_eq!((request.header("host"), request.path.as_str()), (Some("example.com"), "/base/"));
}

#[tokio::test]
async fn an_endpoint_that_takes_no_prefix_is_a_clear_error() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let traits = client(config(&server, &server.url));
    let error = traits.send(Labelled { account: "acct".into(), note: None }).await.unwrap_err();
    assert!(
        matches!(&error, Error::Config(ConfigError::HostPrefix { prefix, .. }) if prefix == "acct.data-"),
        "{error:?}"
    );
    assert!(server.requests().is_empty());
    let traits = client(config(&server, &server.url).disable_host_prefix_injection(true));
    traits.send(Labelled { account: "acct".into(), note: None }).await.unwrap();
}

#[tokio::test]
async fn bodies_are_compressed_from_the_minimum_size_on_unless_disabled() {
    let data = "x".repeat(200);
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let upload = || Upload { data: Some(data.clone()) };

    client(config(&server, "http://example.com")).send(upload()).await.unwrap();
    client(config(&server, "http://example.com").request_min_compression_size_bytes(100)).send(upload()).await.unwrap();
    let disabled = config(&server, "http://example.com").request_min_compression_size_bytes(100);
    client(disabled.disable_request_compression(true)).send(upload()).await.unwrap();

    let [default, small_minimum, disabled] = server.requests().try_into().unwrap();
    let json = format!(r#"{{"data":"{data}"}}"#);
    assert_eq!(
        (default.header("content-encoding"), default.body.as_slice()),
        (None, json.as_bytes()),
        "below 10240 bytes"
    );
    assert_eq!(small_minimum.header("content-encoding"), Some("gzip"));
    assert_eq!(gunzip(&small_minimum), json);
    assert_eq!((disabled.header("content-encoding"), disabled.body.as_slice()), (None, json.as_bytes()));
}

#[tokio::test]
async fn a_retry_sends_the_same_compressed_bytes() {
    let server = Server::start(vec![Reply::json(503, "{}"), Reply::json(200, "{}")]).await;
    let traits = client(config(&server, "http://example.com").request_min_compression_size_bytes(0).max_attempts(2));
    traits.send(Upload { data: Some("retried".into()) }).await.unwrap();
    let [first, second] = server.requests().try_into().unwrap();
    assert_eq!(first.body, second.body);
    assert_eq!((first.header("content-encoding"), second.header("content-encoding")), (Some("gzip"), Some("gzip")));
    assert_eq!(gunzip(&second), r#"{"data":"retried"}"#);
    assert_eq!(second.header("amz-sdk-request"), Some("attempt=2; max=2"));
}
