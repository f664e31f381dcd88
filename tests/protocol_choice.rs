//! One API declared over two of the protocols its model lists (CloudWatch's rpcv2Cbor and
//! awsJson1_0, say): the operations are declared once, for the first service, and the second
//! declaration sends them too (`operations_of`), each client with its own wire format, against a
//! capture server on 127.0.0.1.

mod support;

use aws_operation::{Config, Credentials, aws_operation, aws_service, aws_shape};
use support::{RawReply, Reply, Server};

/// The API over rpcv2Cbor, which its operations are declared for.
#[aws_service(
    id = "Gauges",
    protocol = "rpcv2Cbor",
    target_prefix = "GaugeService",
    signing_name = "gauges",
    api_version = "2024-01-01",
    query_compatible
)]
pub struct Gauges;

/// The same API over awsJson1_0.
#[aws_service(
    id = "Gauges",
    protocol = "awsJson1_0",
    target_prefix = "GaugeService",
    signing_name = "gauges",
    api_version = "2024-01-01",
    query_compatible,
    operations_of = Gauges
)]
pub struct GaugesJson;

/// What a reading came to.
#[aws_shape(rename_all = "PascalCase")]
#[derive(PartialEq)]
pub struct ReadOutput {
    /// The value.
    pub value: Option<f64>,
}

/// Reads a gauge.
#[aws_operation(service = Gauges, operation = "Read", output = ReadOutput, rename_all = "PascalCase")]
pub struct Read {
    /// The gauge's name.
    #[aws(length(min = 1, max = 8))]
    pub name: String,
}

fn config(url: &str) -> Config {
    Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKID", "secret", None, None))
        .endpoint_url(url)
        .build()
        .unwrap()
}

/// `{"Value": value}` as CBOR: a map of one text key and a double.
fn cbor_value(value: f64) -> Vec<u8> {
    let mut body = vec![0xa1, 0x65];
    body.extend_from_slice(b"Value");
    body.push(0xfb);
    body.extend_from_slice(&value.to_be_bytes());
    body
}

#[tokio::test]
async fn one_operation_goes_out_in_the_format_of_each_declaration() {
    let cbor = RawReply {
        status: 200,
        headers: vec![
            ("content-type".into(), "application/cbor".into()),
            ("smithy-protocol".into(), "rpc-v2-cbor".into()),
        ],
        body: cbor_value(2.5),
    };
    let server = Server::start_raw(vec![cbor, Reply::json(200, r#"{"Value": 4.0}"#).into()]).await;
    let read = || Read { name: "boiler".into() };
    // One client after the other: the server answers one connection at a time, and a client
    // dropped closes its own.
    let over_cbor = Gauges::new(&config(&server.url)).unwrap();
    assert_eq!(over_cbor.send(read()).await.unwrap().into_inner(), ReadOutput { value: Some(2.5) });
    drop(over_cbor);
    let over_json = GaugesJson::new(&config(&server.url)).unwrap();
    assert_eq!(over_json.send(read()).await.unwrap().into_inner(), ReadOutput { value: Some(4.0) });

    let [cbor, json] = <[_; 2]>::try_from(server.requests()).unwrap();
    assert_eq!((cbor.method.as_str(), cbor.path.as_str()), ("POST", "/service/GaugeService/operation/Read"));
    assert_eq!(cbor.header("smithy-protocol"), Some("rpc-v2-cbor"));
    assert_eq!(cbor.header("content-type"), Some("application/cbor"));
    assert_eq!(cbor.header("x-amzn-query-mode"), Some("true"));
    assert_eq!(cbor.header("x-amz-target"), None);
    let mut name = vec![0xa1, 0x64];
    name.extend_from_slice(b"Name");
    name.push(0x66);
    name.extend_from_slice(b"boiler");
    assert_eq!(cbor.body, name, "{{\"Name\": \"boiler\"}} as CBOR");

    assert_eq!((json.method.as_str(), json.path.as_str()), ("POST", "/"));
    assert_eq!(json.header("x-amz-target"), Some("GaugeService.Read"));
    assert_eq!(json.header("content-type"), Some("application/x-amz-json-1.0"));
    assert_eq!(json.header("x-amzn-query-mode"), Some("true"));
    assert_eq!(json.json(), serde_json::json!({"Name": "boiler"}));
}

#[tokio::test]
async fn both_declarations_validate_before_sending() {
    let server = Server::start(Vec::new()).await;
    let too_long = || Read { name: "a-very-long-gauge".into() };
    let cbor = Gauges::new(&config(&server.url)).unwrap().send(too_long()).await.unwrap_err();
    let json = GaugesJson::new(&config(&server.url)).unwrap().send(too_long()).await.unwrap_err();
    for error in [cbor, json] {
        let aws_operation::Error::InvalidInput(violations) = error else { panic!("not refused: {error:?}") };
        assert_eq!(violations.0[0].path, "Name");
    }
    assert!(server.requests().is_empty());
}
