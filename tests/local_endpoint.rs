//! The local endpoint (aws-operation-local-endpoint) on 127.0.0.1, driven by the real client and
//! by requests written by hand: what its handlers see, what callers get back, and what it refuses,
//! over awsJson (Partner Central Channel) and restJson1 (the Lambda slice).

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use aws_operation::Blob;
use aws_operation::error::TransportError;
use aws_operation::http::HttpRequest;
use aws_operation::sign::{Scheme, SigningParams, SigningSettings};
use aws_operation::{Config, Credentials, DateTime, Error};
use aws_operation_lambda::{
    FunctionCode, GetFunction, GetFunctionError, Lambda, Runtime, ThrottleReason, TooManyRequestsException,
};
use aws_operation_local_endpoint::{LocalEndpoint, Running, lambda};
use aws_operation_partnercentral_channel::PartnerCentralChannel;
use aws_operation_partnercentral_channel::errors::{ConflictException, InternalServerException};
use aws_operation_partnercentral_channel::handshakes::{
    ChannelHandshakePayload, CreateChannelHandshake, CreateChannelHandshakeDetail, CreateChannelHandshakeError,
    CreateChannelHandshakeOutput, HandshakeType, ServicePeriodType, StartServicePeriodPayload,
};
use aws_operation_partnercentral_channel::tags::Tag;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const ACCESS_KEY: &str = "AKIDLOCALTEST";
const SECRET: &str = "local-test-secret";
const TARGET: &str = "PartnerCentralChannel.CreateChannelHandshake";
const CONTENT_TYPE: &str = "application/x-amz-json-1.0";
const ARN: &str = "arn:aws:partnercentral:us-east-1:111122223333:catalog/Sandbox/channel-handshake/ch-0123456789abc";

fn credentials() -> Credentials {
    Credentials::new(ACCESS_KEY, SECRET, None, None)
}

fn client_with(url: &str, credentials: Credentials) -> PartnerCentralChannel {
    let config = Config::builder()
        .region("us-east-1")
        .credentials(credentials)
        .endpoint_url(url)
        // Retries in these tests are counted, not timed.
        .retry_base_delay(Duration::from_millis(1))
        .build()
        .unwrap();
    PartnerCentralChannel::new(&config).unwrap()
}

fn client(endpoint: &Running) -> PartnerCentralChannel {
    client_with(&endpoint.url(), credentials())
}

/// Every member set except the idempotency token, which the client fills.
fn input() -> CreateChannelHandshake {
    CreateChannelHandshake {
        handshake_type: HandshakeType::StartServicePeriod,
        catalog: "Sandbox".into(),
        associated_resource_identifier: "pma-0123456789abc".into(),
        payload: Some(ChannelHandshakePayload::StartServicePeriodPayload(StartServicePeriodPayload {
            program_management_account_identifier: "pma-0123456789abc".into(),
            note: Some("Q3 \"managed\" services – Équipe".into()),
            service_period_type: ServicePeriodType::MinimumNoticePeriod,
            minimum_notice_days: Some("30".into()),
            end_date: Some(DateTime::parse_date_time("2026-12-31T23:59:59.5Z").unwrap()),
        })),
        client_token: None,
        tags: Some(vec![Tag::new("team", "channel ops"), Tag::new("env", "")]),
    }
}

fn output() -> CreateChannelHandshakeOutput {
    CreateChannelHandshakeOutput {
        channel_handshake_detail: Some(CreateChannelHandshakeDetail {
            id: Some("ch-0123456789abc".into()),
            arn: Some(ARN.into()),
        }),
    }
}

/// Lowercase hex in the 8-4-4-4-12 layout, version nibble 4, variant bits 10.
fn is_uuid_v4(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_digit() || (b'a'..=b'f').contains(c),
        })
        && b[14] == b'4'
        && matches!(b[19], b'8' | b'9' | b'a' | b'b')
}

/// An endpoint whose handler records each input it sees and answers with `reply`.
async fn recording_endpoint(
    reply: impl Fn() -> Result<CreateChannelHandshakeOutput, CreateChannelHandshakeError> + Send + Sync + 'static,
) -> (Running, Arc<Mutex<Vec<CreateChannelHandshake>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let recorded = Arc::clone(&seen);
    let endpoint = LocalEndpoint::<PartnerCentralChannel>::new(credentials())
        .handle(move |input: CreateChannelHandshake| {
            recorded.lock().unwrap().push(input);
            let result = reply();
            async move { result }
        })
        .start()
        .await
        .unwrap();
    (endpoint, seen)
}

#[tokio::test]
async fn a_call_reaches_the_handler_validated_and_its_output_comes_back() {
    let (endpoint, seen) = recording_endpoint(|| Ok(output())).await;
    let out = client(&endpoint).send(input()).await.unwrap();

    assert_eq!(out.request_id(), Some("local-0000000000000001"));
    assert_eq!(out.into_inner(), output());
    let [received] = seen.lock().unwrap().clone().try_into().unwrap();
    let token = received.client_token.clone().unwrap();
    assert!(is_uuid_v4(&token), "the client fills the idempotency token with a UUID v4: {token}");
    // Everything else arrives as the caller wrote it, the fractional second of the date included.
    assert_eq!(received, CreateChannelHandshake { client_token: Some(token), ..input() });
    assert_eq!(endpoint.requests(), 1);
}

#[tokio::test]
async fn a_modeled_error_arrives_as_its_variant_with_status_400_and_is_not_retried() {
    let conflict = ConflictException {
        message: "a handshake for this resource is pending".into(),
        resource_id: "pma-0123456789abc".into(),
        resource_type: "ProgramManagementAccount".into(),
    };
    let sent = conflict.clone();
    let (endpoint, seen) =
        recording_endpoint(move || Err(CreateChannelHandshakeError::ConflictException(sent.clone()))).await;
    let err = client(&endpoint).send(input()).await.unwrap_err();

    let Error::Service(service) = &err else { panic!("{err:?}") };
    let CreateChannelHandshakeError::ConflictException(received) = &service.error else { panic!("{err:?}") };
    assert_eq!(received, &conflict);
    assert_eq!(service.meta.code, "ConflictException");
    assert_eq!(service.meta.message.as_deref(), Some("a handshake for this resource is pending"));
    assert_eq!((service.meta.status, service.meta.request_id.as_deref()), (400, Some("local-0000000000000001")));
    assert_eq!((endpoint.requests(), seen.lock().unwrap().len()), (1, 1));
}

#[tokio::test]
async fn a_retryable_server_error_has_status_500_and_is_tried_three_times() {
    let (endpoint, seen) = recording_endpoint(|| {
        Err(CreateChannelHandshakeError::InternalServerException(InternalServerException { message: "boom".into() }))
    })
    .await;
    let err = client(&endpoint).send(input()).await.unwrap_err();

    let Error::Service(service) = &err else { panic!("{err:?}") };
    let CreateChannelHandshakeError::InternalServerException(received) = &service.error else { panic!("{err:?}") };
    assert_eq!(received.message, "boom");
    assert_eq!((service.meta.code.as_str(), service.meta.status), ("InternalServerException", 500));
    // The error returned is the last attempt's.
    assert_eq!(service.meta.request_id.as_deref(), Some("local-0000000000000003"));
    assert_eq!(endpoint.requests(), 3);
    let tokens: Vec<_> = seen.lock().unwrap().iter().map(|i| i.client_token.clone().unwrap()).collect();
    assert_eq!(tokens.len(), 3);
    assert!(tokens.iter().all(|t| *t == tokens[0]), "every attempt carries the same token: {tokens:?}");
}

#[tokio::test]
async fn a_wrong_secret_is_refused_before_any_handler_runs() {
    let (endpoint, seen) = recording_endpoint(|| Ok(output())).await;
    let impostor = Credentials::new(ACCESS_KEY, "not-the-secret", None, None);
    let err = client_with(&endpoint.url(), impostor).send(input()).await.unwrap_err();

    let Some(CreateChannelHandshakeError::Unmodeled(e)) = err.service_error() else { panic!("{err:?}") };
    assert_eq!(e.meta.code, "InvalidSignatureException");
    assert_eq!(e.meta.message.as_deref(), Some("the signature does not match"));
    assert_eq!((e.meta.status, e.meta.request_id.as_deref()), (403, Some("local-0000000000000001")));
    assert_eq!(endpoint.requests(), 1, "a 403 is not retried");
    assert!(seen.lock().unwrap().is_empty());
}

// ---- requests written by hand ------------------------------------------------------------------

/// A response as read off the socket.
#[derive(Debug)]
struct RawResponse {
    status: u16,
    /// Lowercase names.
    headers: Vec<(String, String)>,
    /// The body as JSON; `null` if it is not.
    body: Value,
    /// The body's bytes.
    bytes: Vec<u8>,
}

impl RawResponse {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// A request to `POST /` with these headers and body, signed for us-east-1 if `signed`.
fn request(endpoint: &Running, headers: &[(&str, &str)], body: &str, signed: bool) -> HttpRequest {
    if signed {
        signed_request(endpoint, "/", Scheme::SigV4 { region: "us-east-1" }, headers, body)
    } else {
        let mut request = unsigned_request(endpoint, "/", headers, body);
        request.set_header("host", endpoint.url().trim_start_matches("http://"));
        request
    }
}

fn unsigned_request(endpoint: &Running, target: &str, headers: &[(&str, &str)], body: &str) -> HttpRequest {
    unsigned_request_with("POST", endpoint, target, headers, body)
}

fn unsigned_request_with(
    method: &str,
    endpoint: &Running,
    target: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> HttpRequest {
    let mut request = HttpRequest::new(method, format!("{}{target}", endpoint.url()));
    for (name, value) in headers {
        request.set_header(name, *value);
    }
    request.body = body.to_owned().into();
    request
}

/// A request to `POST {target}` (a path and query) signed with `scheme`.
fn signed_request(
    endpoint: &Running,
    target: &str,
    scheme: Scheme<'_>,
    headers: &[(&str, &str)],
    body: &str,
) -> HttpRequest {
    sign(unsigned_request(endpoint, target, headers, body), "partnercentral-channel", scheme)
}

/// `request` signed as `signing_name` with `scheme`.
fn sign(mut request: HttpRequest, signing_name: &str, scheme: Scheme<'_>) -> HttpRequest {
    let credentials = credentials();
    let params = SigningParams {
        credentials: &credentials,
        scheme,
        signing_name,
        time: SystemTime::now(),
        settings: SigningSettings::default(),
    };
    aws_operation::sign::sign(&mut request, &params).unwrap();
    request
}

/// Writes `request` as HTTP/1.1 on a fresh connection and reads the whole answer.
async fn exchange(request: HttpRequest) -> RawResponse {
    let address = request.url.trim_start_matches("http://");
    let (authority, target) = address.split_at(address.find('/').unwrap_or(address.len()));
    let mut stream = TcpStream::connect(authority).await.unwrap();
    let mut head = format!("{} {target} HTTP/1.1\r\n", request.method);
    for (name, value) in &request.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    // Added after signing, as an HTTP client does: neither is a signed header.
    head.push_str(&format!("content-length: {}\r\nconnection: close\r\n\r\n", request.body.len()));
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(&request.body).await.unwrap();

    let mut raw = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut raw)).await.unwrap().unwrap();
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let (head, bytes) = (String::from_utf8(raw[..end].to_vec()).unwrap(), raw[end + 4..].to_vec());
    let mut lines = head.split("\r\n");
    let status = lines.next().unwrap().split(' ').nth(1).unwrap().parse().unwrap();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    RawResponse { status, headers, body: serde_json::from_slice(&bytes).unwrap_or(Value::Null), bytes }
}

fn json_headers() -> [(&'static str, &'static str); 2] {
    [("content-type", CONTENT_TYPE), ("x-amz-target", TARGET)]
}

/// A ValidationException's body for these `(name, code, message)` fields.
fn validation_exception(fields: &[(&str, &str, &str)]) -> Value {
    let n = fields.len();
    let messages: Vec<&str> = fields.iter().map(|(_, _, m)| *m).collect();
    json!({
        "__type": "ValidationException",
        "message": format!("{n} invalid member{}: {}", if n == 1 { "" } else { "s" }, messages.join("; ")),
        "reason": "REQUEST_VALIDATION_FAILED",
        "fieldList": fields.iter().map(|(name, code, message)| json!({"name": name, "code": code, "message": message}))
            .collect::<Vec<_>>(),
    })
}

const PMA_LENGTH: &str =
    "`payload.startServicePeriodPayload.programManagementAccountIdentifier` length must be between 17 and 1011, got 1";
const PMA_PATTERN: &str = "`payload.startServicePeriodPayload.programManagementAccountIdentifier` must match the pattern `^(arn:[a-z-]+:partnercentral:[a-z0-9-]+:[0-9]{12}:catalog/[a-zA-Z]+/program-management-account/)?pma-[a-z0-9]{13}$`";

#[tokio::test]
async fn decoding_and_validation_problems_are_reported_together() {
    let (endpoint, seen) = recording_endpoint(|| Ok(output())).await;
    // Four problems: an unknown member, a number for a string, a missing required member, and a
    // nested identifier that is both too short and off-pattern. The first three are decoding
    // problems; the identifier decodes, so its constraints are checked in the same pass.
    let body = json!({
        "handshakeType": "START_SERVICE_PERIOD",
        "catalog": 5,
        "priority": "high",
        "payload": {"startServicePeriodPayload": {
            "programManagementAccountIdentifier": "x",
            "servicePeriodType": "MINIMUM_NOTICE_PERIOD"
        }}
    });
    let response = exchange(request(&endpoint, &json_headers(), &body.to_string(), true)).await;

    assert_eq!(response.status, 400);
    assert_eq!(response.header("x-amzn-errortype"), Some("ValidationException"));
    assert_eq!(response.header("x-amzn-requestid"), Some("local-0000000000000001"));
    // Decoding problems come first, members in declaration order and members the shape does not
    // have last; then the constraint violations. A member that could not be read is not also
    // reported as breaking its constraints.
    assert_eq!(
        response.body,
        validation_exception(&[
            ("catalog", "type", "`catalog` expected string, found number 5"),
            ("associatedResourceIdentifier", "required", "`associatedResourceIdentifier` is required"),
            ("priority", "unknownMember", "`priority` is not a member of this shape"),
            ("payload.startServicePeriodPayload.programManagementAccountIdentifier", "length", PMA_LENGTH),
            ("payload.startServicePeriodPayload.programManagementAccountIdentifier", "pattern", PMA_PATTERN),
        ])
    );
    assert!(seen.lock().unwrap().is_empty());
}

#[tokio::test]
async fn validation_problems_are_all_reported_once_the_input_decodes() {
    let (endpoint, seen) = recording_endpoint(|| Ok(output())).await;
    let body = json!({
        "handshakeType": "START_SERVICE_PERIOD",
        "catalog": "AWS-1",
        "associatedResourceIdentifier": "pma-0123456789abc",
        "payload": {"startServicePeriodPayload": {
            "programManagementAccountIdentifier": "x",
            "servicePeriodType": "MINIMUM_NOTICE_PERIOD"
        }},
        "tags": [{"key": "", "value": "v"}]
    });
    let response = exchange(request(&endpoint, &json_headers(), &body.to_string(), true)).await;

    assert_eq!(response.status, 400);
    assert_eq!(
        response.body,
        validation_exception(&[
            ("catalog", "pattern", "`catalog` must match the pattern `^[a-zA-Z]*$`"),
            ("payload.startServicePeriodPayload.programManagementAccountIdentifier", "length", PMA_LENGTH),
            ("payload.startServicePeriodPayload.programManagementAccountIdentifier", "pattern", PMA_PATTERN),
            ("tags[0].key", "length", "`tags[0].key` length must be between 1 and 128, got 0"),
        ])
    );
    assert!(seen.lock().unwrap().is_empty());
}

#[tokio::test]
async fn a_union_with_two_members_set_is_refused() {
    let (endpoint, seen) = recording_endpoint(|| Ok(output())).await;
    let body = json!({
        "handshakeType": "START_SERVICE_PERIOD",
        "catalog": "Sandbox",
        "associatedResourceIdentifier": "pma-0123456789abc",
        "payload": {
            "startServicePeriodPayload": {
                "programManagementAccountIdentifier": "pma-0123456789abc",
                "servicePeriodType": "MINIMUM_NOTICE_PERIOD"
            },
            "revokeServicePeriodPayload": {"programManagementAccountIdentifier": "pma-0123456789abc"}
        }
    });
    let response = exchange(request(&endpoint, &json_headers(), &body.to_string(), true)).await;

    assert_eq!(response.status, 400);
    assert_eq!(
        response.body,
        validation_exception(&[(
            "payload",
            "union",
            "`payload` `revokeServicePeriodPayload`, `startServicePeriodPayload` are set; a union needs exactly one",
        )])
    );
    assert!(seen.lock().unwrap().is_empty());
}

#[tokio::test]
async fn requests_that_are_unsigned_or_misaddressed_are_refused() {
    let (endpoint, seen) = recording_endpoint(|| Ok(output())).await;
    let valid = r#"{"handshakeType":"REVOKE_SERVICE_PERIOD","catalog":"Sandbox","associatedResourceIdentifier":"rs-0123456789abc"}"#;

    let unsigned = exchange(request(&endpoint, &json_headers(), valid, false)).await;
    assert_eq!(
        (unsigned.status, unsigned.header("x-amzn-errortype")),
        (403, Some("MissingAuthenticationTokenException"))
    );
    assert_eq!(
        unsigned.body,
        json!({"__type": "MissingAuthenticationTokenException", "message": "the request has no `authorization` header"})
    );

    let target = "PartnerCentralChannel.DeleteEverything";
    let unknown =
        exchange(request(&endpoint, &[("content-type", CONTENT_TYPE), ("x-amz-target", target)], valid, true)).await;
    assert_eq!((unknown.status, unknown.header("x-amzn-errortype")), (400, Some("UnknownOperationException")));
    assert_eq!(
        unknown.body,
        json!({"__type": "UnknownOperationException", "message": format!("no operation serves `{target}`")})
    );

    let wrong_type =
        exchange(request(&endpoint, &[("content-type", "application/json"), ("x-amz-target", TARGET)], valid, true))
            .await;
    assert_eq!((wrong_type.status, wrong_type.header("x-amzn-errortype")), (400, Some("SerializationException")));
    assert_eq!(
        wrong_type.body,
        json!({"__type": "SerializationException", "message": "expected Content-Type `application/x-amz-json-1.0`"})
    );

    // The same request, signed and well addressed, goes through: the refusals above are about
    // what was changed, not about the hand-written request.
    let accepted = exchange(request(&endpoint, &json_headers(), valid, true)).await;
    assert_eq!(accepted.status, 200);
    assert_eq!(accepted.body, json!({"channelHandshakeDetail": {"id": "ch-0123456789abc", "arn": ARN}}));
    assert_eq!(endpoint.requests(), 4);
    assert_eq!(seen.lock().unwrap().len(), 1);
}

#[tokio::test]
async fn content_type_parameters_and_case_and_a_signed_query_are_accepted() {
    let (endpoint, seen) = recording_endpoint(|| Ok(output())).await;
    let valid = r#"{"handshakeType":"REVOKE_SERVICE_PERIOD","catalog":"Sandbox","associatedResourceIdentifier":"rs-0123456789abc"}"#;

    for content_type in
        ["application/x-amz-json-1.0; charset=utf-8", "Application/X-Amz-JSON-1.0", " application/x-amz-json-1.0 ;"]
    {
        let headers = [("content-type", content_type), ("x-amz-target", TARGET)];
        let response = exchange(request(&endpoint, &headers, valid, true)).await;
        assert_eq!(response.status, 200, "{content_type}: {:?}", response.body);
    }
    // Only the parameters are ignored: another media type that starts the same is not this one.
    let headers = [("content-type", "application/x-amz-json-1.01"), ("x-amz-target", TARGET)];
    let response = exchange(request(&endpoint, &headers, valid, true)).await;
    assert_eq!((response.status, response.header("x-amzn-errortype")), (400, Some("SerializationException")));

    // The query string is part of what was signed, so it is part of what is verified.
    let scheme = Scheme::SigV4 { region: "us-east-1" };
    let with_query = signed_request(&endpoint, "/?trace=1", scheme, &json_headers(), valid);
    let response = exchange(with_query.clone()).await;
    assert_eq!(response.status, 200, "{:?}", response.body);
    let mut altered = with_query;
    altered.url = altered.url.replace("trace=1", "trace=2");
    let response = exchange(altered).await;
    assert_eq!((response.status, response.header("x-amzn-errortype")), (403, Some("InvalidSignatureException")));
    assert_eq!(seen.lock().unwrap().len(), 4);
}

#[cfg(feature = "sigv4a")]
#[tokio::test]
async fn sigv4a_requests_are_verified_against_their_region_set() {
    let (endpoint, seen) = recording_endpoint(|| Ok(output())).await;
    let valid = r#"{"handshakeType":"REVOKE_SERVICE_PERIOD","catalog":"Sandbox","associatedResourceIdentifier":"rs-0123456789abc"}"#;
    for region_set in ["*", "us-east-1,eu-west-1"] {
        let request = signed_request(&endpoint, "/", Scheme::SigV4a { region_set }, &json_headers(), valid);
        assert!(request.header("authorization").unwrap().starts_with("AWS4-ECDSA-P256-SHA256 "));
        let response = exchange(request).await;
        assert_eq!(response.status, 200, "{region_set}: {:?}", response.body);
    }
    // The region set is signed: widening it afterwards breaks the signature.
    let mut request =
        signed_request(&endpoint, "/", Scheme::SigV4a { region_set: "eu-west-1" }, &json_headers(), valid);
    request.set_header("x-amz-region-set", "*");
    let response = exchange(request).await;
    assert_eq!((response.status, response.header("x-amzn-errortype")), (403, Some("InvalidSignatureException")));
    assert_eq!(response.body["message"], "the signature does not match");
    assert_eq!(seen.lock().unwrap().len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_requests_get_distinct_request_ids() {
    const CALLS: u64 = 32;
    let (endpoint, seen) = recording_endpoint(|| Ok(output())).await;
    let client = client(&endpoint);
    let mut calls = tokio::task::JoinSet::new();
    for _ in 0..CALLS {
        let client = client.clone();
        calls.spawn(async move { client.send(input()).await.unwrap().request_id().unwrap().to_owned() });
    }
    let mut ids = calls.join_all().await;
    ids.sort();
    let expected: Vec<String> = (1..=CALLS).map(|n| format!("local-{n:016x}")).collect();
    assert_eq!(ids, expected);
    assert_eq!(endpoint.requests(), CALLS);
    assert_eq!(seen.lock().unwrap().len(), ids.len());
}

#[tokio::test]
async fn shutdown_closes_open_connections_and_refuses_new_ones() {
    let (endpoint, seen) = recording_endpoint(|| Ok(output())).await;
    let url = endpoint.url();
    let client = client(&endpoint);
    client.send(input()).await.expect("served before shutdown");

    endpoint.shutdown().await;
    // The client's kept-alive connection was closed too, not only the listener.
    let err = client.send(input()).await.unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    let refused = TcpStream::connect(url.trim_start_matches("http://")).await.unwrap_err();
    assert_eq!(refused.kind(), std::io::ErrorKind::ConnectionRefused);
    // A new client has no pooled connection to fall back on.
    let err = client_with(&url, credentials()).send(input()).await.unwrap_err();
    assert!(matches!(err, Error::Transport(TransportError::Connect { .. })), "{err:?}");
    assert_eq!(seen.lock().unwrap().len(), 1);
}

// ---- restJson1: the Lambda slice -----------------------------------------------------------------

fn lambda_client(endpoint: &Running) -> Lambda {
    let config = Config::builder()
        .region("us-east-1")
        .credentials(credentials())
        .endpoint_url(endpoint.url())
        // A throttling error is retried; each attempt here is counted.
        .max_attempts(1)
        .build()
        .unwrap();
    Lambda::new(&config).unwrap()
}

/// A `GET` of `target` signed for Lambda.
fn lambda_get(endpoint: &Running, target: &str) -> HttpRequest {
    sign(unsigned_request_with("GET", endpoint, target, &[], ""), "lambda", Scheme::SigV4 { region: "us-east-1" })
}

#[tokio::test]
async fn a_rest_json_error_sends_its_header_members_in_headers_and_the_client_reads_them_back() {
    let throttled = TooManyRequestsException {
        retry_after_seconds: Some("7".into()),
        r#type: Some("User".into()),
        message: Some("Rate exceeded".into()),
        reason: Some(ThrottleReason::CallerRateLimitExceeded),
    };
    let sent = throttled.clone();
    let endpoint = LocalEndpoint::<Lambda>::new(credentials())
        .handle(move |_: GetFunction| {
            let error = GetFunctionError::TooManyRequestsException(sent.clone());
            async move { Err(error) }
        })
        .start()
        .await
        .unwrap();

    let raw = exchange(lambda_get(&endpoint, "/2015-03-31/functions/f")).await;
    assert_eq!((raw.status, raw.header("x-amzn-errortype")), (429, Some("TooManyRequestsException")));
    assert_eq!(raw.header("retry-after"), Some("7"));
    assert_eq!(raw.header("content-type"), Some("application/json"));
    // The header member is in the header only; the others are the body.
    assert_eq!(raw.body, json!({"Type": "User", "message": "Rate exceeded", "Reason": "CallerRateLimitExceeded"}));

    let err = lambda_client(&endpoint).get_function().function_name("f").send().await.unwrap_err();
    let Some(GetFunctionError::TooManyRequestsException(received)) = err.service_error() else { panic!("{err:?}") };
    assert_eq!(received, &throttled);
    endpoint.shutdown().await;
}

#[tokio::test]
async fn a_rest_json_error_the_operation_does_not_model_is_written_by_the_protocol() {
    let endpoint = LocalEndpoint::<Lambda>::new(credentials()).start().await.unwrap();
    let raw = exchange(lambda_get(&endpoint, "/2015-03-31/functions/f")).await;
    assert_eq!((raw.status, raw.header("x-amzn-errortype")), (404, Some("UnknownOperationException")));
    assert_eq!(raw.body, json!({"message": "no operation serves GET /2015-03-31/functions/f"}));
    // Input that does not read is a ValidationException listing each problem, restJson1's way.
    let endpoint = lambda::Simulator::new().endpoint(credentials()).start().await.unwrap();
    let raw = exchange(lambda_get(&endpoint, "/2015-03-31/functions/f?Qualifier=")).await;
    assert_eq!((raw.status, raw.header("x-amzn-errortype")), (400, Some("ValidationException")));
    assert_eq!(raw.body["reason"], "REQUEST_VALIDATION_FAILED");
    assert_eq!(raw.body["fieldList"][0]["name"], "Qualifier", "{}", raw.body);
    assert!(raw.body.get("__type").is_none(), "the code is in the header: {}", raw.body);
    endpoint.shutdown().await;
}

#[tokio::test]
async fn a_blob_payload_is_served_as_application_octet_stream() {
    let endpoint = lambda::Simulator::new().endpoint(credentials()).start().await.unwrap();
    let client = lambda_client(&endpoint);
    // An empty zip archive: its end-of-central-directory record alone.
    let zip = [b"PK\x05\x06".as_slice(), &[0; 18]].concat();
    client
        .create_function()
        .function_name("echo")
        .runtime(Runtime::Python312)
        .role("arn:aws:iam::123456789012:role/lambda-role")
        .handler("app.handler")
        .code(FunctionCode::builder().zip_file(Blob(zip)).build().unwrap())
        .send()
        .await
        .unwrap();

    let target = "/2015-03-31/functions/echo/invocations";
    let invoke =
        unsigned_request_with("POST", &endpoint, target, &[("content-type", "application/octet-stream")], r#"{"n":1}"#);
    let raw = exchange(sign(invoke, "lambda", Scheme::SigV4 { region: "us-east-1" })).await;
    assert_eq!(raw.status, 200, "{:?}", raw.body);
    assert_eq!(raw.header("content-type"), Some("application/octet-stream"));
    assert_eq!((raw.header("x-amz-executed-version"), raw.bytes.as_slice()), (Some("$LATEST"), &br#"{"n":1}"#[..]));

    let out = client.invoke().function_name("echo").payload(Blob(b"[1,2]".to_vec())).send().await.unwrap();
    assert_eq!(out.payload.as_ref().map(|p| p.0.as_slice()), Some(&b"[1,2]"[..]));
    endpoint.shutdown().await;
}
