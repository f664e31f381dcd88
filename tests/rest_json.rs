//! A restJson1 service defined by hand, end to end against a scripted server on 127.0.0.1:
//! HTTP bindings on the wire, unsigned operations, the classic regional endpoint of a service
//! without rules, and what is refused before sending.

mod support;

use aws_operation::{Blob, Config, Credentials, Error, aws_operation, aws_service, aws_shape};
use support::{Reply, Server};

/// A service with no rule set: its endpoint is the classic regional one.
#[aws_service(id = "Fake Rest", protocol = "restJson1", signing_name = "fakerest", api_version = "2020-01-01")]
pub struct FakeRest;

/// A service whose classic endpoint prefix is not its signing name.
#[aws_service(
    id = "Portal",
    protocol = "restJson1",
    signing_name = "awsportal",
    endpoint_prefix = "portal.sso",
    api_version = "2019-06-10"
)]
pub struct Portal;

/// A resource's contents, and what the server said of them.
#[aws_operation(
    service = FakeRest,
    operation = "PutThing",
    output = PutThingOutput,
    errors = [ThingMissing],
    http(method = "PUT", uri = "/things/{Name}/{Path+}?kind=thing", code = 201),
    rename_all = "PascalCase"
)]
pub struct PutThing {
    /// One path segment.
    #[aws(http_label)]
    pub name: String,
    /// The rest of the path, slashes kept.
    #[aws(http_label)]
    pub path: String,
    /// A query list.
    #[aws(http_query = "tag")]
    pub tags: Option<Vec<String>>,
    /// A header.
    #[aws(http_header = "X-Thing-Size")]
    pub size: Option<i64>,
    /// The body.
    #[aws(http_payload)]
    pub body: Option<Blob>,
}

/// What `PutThing` returns.
#[aws_shape(rename_all = "PascalCase")]
pub struct PutThingOutput {
    /// The status code.
    #[aws(http_response_code)]
    pub status: Option<i32>,
    /// A header.
    #[aws(http_header = "ETag")]
    pub etag: Option<String>,
    /// A JSON member.
    pub version: Option<i32>,
}

/// The thing is not there.
#[aws_shape(error, rename_all = "PascalCase", status = 404)]
pub struct ThingMissing {
    /// The message.
    pub message: Option<String>,
    /// Which thing, from a header.
    #[aws(http_header = "X-Thing")]
    pub thing: Option<String>,
}

/// An unsigned operation: a bearer token in a header instead of a signature.
#[aws_operation(
    service = Portal,
    operation = "GetRoleCredentials",
    output = Empty,
    http(method = "GET", uri = "/federation/credentials"),
    unsigned
)]
pub struct GetRoleCredentials {
    /// The token.
    #[aws(http_header = "x-amz-sso_bearer_token", sensitive)]
    pub access_token: String,
    /// A query member.
    #[aws(http_query = "role_name")]
    pub role_name: String,
}

/// Nothing.
#[aws_shape]
pub struct Empty {}

fn config(url: &str) -> Config {
    Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDTEST", "secret", None, None))
        .endpoint_url(url)
        .max_attempts(1)
        .build()
        .unwrap()
}

#[tokio::test]
async fn bindings_go_on_the_wire_and_come_back() {
    let reply =
        Reply { status: 201, headers: vec![("etag".into(), " \"abc\" ".into())], body: r#"{"Version":3}"#.into() };
    let server = Server::start(vec![reply]).await;
    let client = FakeRest::new(&config(&server.url)).unwrap();
    let input = PutThing {
        name: "a b".into(),
        path: "x/y z".into(),
        tags: Some(vec!["1".into(), "&2".into()]),
        size: Some(42),
        body: Some(Blob(b"\x00\x01raw".to_vec())),
    };
    let out = client.send(input).await.unwrap();
    assert_eq!((out.status, out.etag.as_deref(), out.version), (Some(201), Some("\"abc\""), Some(3)));
    let requests = server.requests();
    let request = &requests[0];
    assert_eq!(request.method, "PUT");
    assert_eq!(request.path, "/things/a%20b/x/y%20z?kind=thing&tag=1&tag=%262");
    assert_eq!(request.header("x-thing-size"), Some("42"));
    assert_eq!(request.header("content-type"), Some("application/octet-stream"));
    assert_eq!(request.body, b"\x00\x01raw");
    assert!(request.header("authorization").is_some_and(|a| a.contains("/fakerest/aws4_request")));
}

#[tokio::test]
async fn modeled_errors_read_their_header_members() {
    let reply = Reply {
        status: 404,
        headers: vec![
            ("x-amzn-errortype".into(), "ThingMissing:http://internal".into()),
            ("x-thing".into(), "t1".into()),
        ],
        body: r#"{"Message":"gone"}"#.into(),
    };
    let server = Server::start(vec![reply]).await;
    let client = FakeRest::new(&config(&server.url)).unwrap();
    let input = PutThing { name: "n".into(), path: "p".into(), tags: None, size: None, body: None };
    match client.send(input).await {
        Err(Error::Service(e)) => {
            assert_eq!(e.meta.code, "ThingMissing");
            assert_eq!(e.meta.message.as_deref(), Some("gone"));
            let PutThingError::ThingMissing(missing) = &e.error else { panic!("{:?}", e.error) };
            assert_eq!((missing.message.as_deref(), missing.thing.as_deref()), (Some("gone"), Some("t1")));
        }
        other => panic!("{other:?}"),
    }
    // No payload set: no body, and no content type.
    assert_eq!(server.requests()[0].body, b"");
    assert_eq!(server.requests()[0].header("content-type"), None);
}

#[tokio::test]
async fn an_empty_label_is_refused_before_sending() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let client = FakeRest::new(&config(&server.url)).unwrap();
    let input = PutThing { name: String::new(), path: "p".into(), tags: None, size: None, body: None };
    match client.send(input).await {
        Err(Error::InvalidInput(v)) => assert_eq!(
            v.to_string(),
            "1 invalid member: `Name` must not be empty: it fills a label of the request's URI"
        ),
        other => panic!("{other:?}"),
    }
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn unsigned_operations_need_no_credentials_and_carry_no_signature() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let config = Config::builder().region("us-east-1").endpoint_url(&server.url).build().unwrap();
    let client = Portal::new(&config).unwrap();
    client.send(GetRoleCredentials { access_token: "tok".into(), role_name: "r".into() }).await.unwrap();
    let request = &server.requests()[0];
    assert_eq!(request.header("authorization"), None);
    assert_eq!(request.header("x-amz-sso_bearer_token"), Some("tok"));
    assert_eq!(request.path, "/federation/credentials?role_name=r");
}

#[test]
fn services_without_rules_get_the_classic_regional_endpoint() {
    let at = |region: &str, fips: bool, dual: bool| {
        let config = Config::builder().region(region).use_fips(fips).use_dual_stack(dual).build().unwrap();
        FakeRest::new(&config).unwrap().client().endpoint_url()
    };
    assert_eq!(at("eu-west-1", false, false).unwrap(), "https://fakerest.eu-west-1.amazonaws.com");
    assert_eq!(at("us-east-1", true, false).unwrap(), "https://fakerest-fips.us-east-1.amazonaws.com");
    assert_eq!(at("us-east-1", false, true).unwrap(), "https://fakerest.us-east-1.api.aws");
    assert_eq!(at("cn-north-1", false, false).unwrap(), "https://fakerest.cn-north-1.amazonaws.com.cn");
    let config = Config::builder().region("us-west-2").build().unwrap();
    assert_eq!(
        Portal::new(&config).unwrap().client().endpoint_url().unwrap(),
        "https://portal.sso.us-west-2.amazonaws.com"
    );
    assert_eq!(at("us-iso-east-1", true, true).unwrap(), "https://fakerest-fips.us-iso-east-1.api.aws.ic.gov");
    let config = Config::builder().build().unwrap();
    assert!(FakeRest::new(&config).unwrap().client().endpoint_url().is_err(), "no region, no endpoint");
}

#[test]
fn a_server_reads_back_what_the_client_sends_and_reports_every_problem() {
    use aws_operation::Protocol as _;
    use aws_operation::operation::Operation as _;
    use aws_operation::protocol::rest_json::server::{read_request, route};
    use aws_operation::protocol::{RequestContext, RestJson1};

    let cx = RequestContext {
        endpoint_url: "http://127.0.0.1:1",
        target_prefix: "",
        api_version: "2020-01-01",
        query_compatible: false,
    };
    let input = PutThing {
        name: "a b".into(),
        path: "x/y z".into(),
        tags: Some(vec!["1".into(), "&2".into()]),
        size: Some(42),
        body: Some(Blob(b"raw".to_vec())),
    };
    let request = RestJson1::request(&input, &cx).unwrap();
    let target = request.url.trim_start_matches("http://127.0.0.1:1");
    let matched = route(&PutThing::HTTP, &request.method, target).expect("the request matches its route");
    let read: PutThing = read_request(&request, &matched).unwrap();
    assert_eq!((read.name.as_str(), read.path.as_str()), ("a b", "x/y z"));
    assert_eq!(read.tags, input.tags);
    assert_eq!(read.size, Some(42));
    assert_eq!(read.body.map(|b| b.0), Some(b"raw".to_vec()));

    // Strictly: a mistyped header is named, the payload is what it is.
    let mut bad = request.clone();
    bad.set_header("x-thing-size", "big");
    let problems = read_request::<PutThing>(&bad, &matched).unwrap_err().to_string();
    assert!(problems.contains("`Size`") && problems.contains("\"big\""), "{problems}");
    // The literal query part is part of the route.
    assert!(route(&PutThing::HTTP, "PUT", "/things/a/b").is_none());
}

/// A blob payload.
#[aws_shape(rename_all = "PascalCase")]
pub struct BlobPayload {
    /// A header beside it.
    #[aws(http_header = "X-Kind")]
    pub kind: Option<String>,
    /// The body.
    #[aws(http_payload)]
    pub body: Option<Blob>,
}

/// A blob payload with a media type.
#[aws_shape(rename_all = "PascalCase")]
pub struct ImagePayload {
    /// The body.
    #[aws(http_payload, media_type = "image/png")]
    pub body: Option<Blob>,
}

/// A string payload.
#[aws_shape(rename_all = "PascalCase")]
pub struct TextPayload {
    /// The body.
    #[aws(http_payload)]
    pub body: Option<String>,
}

#[test]
fn a_server_sends_each_payload_with_its_content_type_and_it_reads_back() {
    use aws_operation::Protocol as _;
    use aws_operation::http::HttpResponse;
    use aws_operation::protocol::RestJson1;
    use aws_operation::protocol::rest_json::server::write_response;

    fn sent(response: &HttpResponse) -> (Option<&str>, &[u8]) {
        (response.header("content-type"), &response.body)
    }

    let blob = BlobPayload { kind: Some("raw".into()), body: Some(Blob(b"\x00\xffbytes".to_vec())) };
    let response = write_response(&blob, 200);
    assert_eq!(sent(&response), (Some("application/octet-stream"), &b"\x00\xffbytes"[..]));
    assert_eq!(response.header("x-kind"), Some("raw"));
    let read: BlobPayload = RestJson1::output(&response).unwrap();
    assert_eq!((read.kind, read.body), (blob.kind, blob.body));

    let image = write_response(&ImagePayload { body: Some(Blob(b"\x89PNG".to_vec())) }, 200);
    assert_eq!(sent(&image), (Some("image/png"), &b"\x89PNG"[..]));
    let text = write_response(&TextPayload { body: Some("héllo".into()) }, 200);
    assert_eq!(sent(&text), (Some("text/plain"), "héllo".as_bytes()));
    assert_eq!(RestJson1::output::<TextPayload>(&text).unwrap().body.as_deref(), Some("héllo"));
    // No payload, no body and nothing to name; members left unbound are a JSON object.
    assert_eq!(sent(&write_response(&BlobPayload { kind: None, body: None }, 200)), (None, &b""[..]));
    let json = write_response(&PutThingOutput { status: None, etag: None, version: Some(3) }, 200);
    assert_eq!(sent(&json), (Some("application/json"), &br#"{"Version":3}"#[..]));
}
