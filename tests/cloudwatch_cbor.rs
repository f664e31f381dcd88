//! The CloudWatch slice over rpcv2Cbor (`CloudWatch`, the protocol its model lists first),
//! every one of its seven operations against a scripted server on 127.0.0.1 (`support`). Each
//! request body is decoded with ciborium, a CBOR implementation apart from the minicbor the
//! codec is built on, and compared whole with what the input means: the path
//! `/service/GraniteServiceVersion20100801/operation/<Operation>`, the protocol's headers,
//! timestamps as tag 1 around epoch seconds, doubles, nested lists and maps, and no member the
//! input leaves unset. The replies are written with ciborium too, which writes each float in
//! the smallest width that holds it (halves included), and one page of `GetMetricData` and one
//! error by hand with indefinite lengths and strings in chunks, as a streaming encoder may send
//! them.
//!
//! Maps are compared by key, not by order, through [`diag`]: CBOR's diagnostic notation with
//! the keys sorted (a key seen twice fails the test).

mod support;

use std::collections::BTreeMap;
use std::io::Read;

use aws_operation::{Config, Credentials, DateTime, Error};
use aws_operation_cloudwatch::{
    ActionConfiguration, ActionsSuppressedBy, AlarmPromQLCriteria, AlarmTagsPropagation, AlarmType, CloudWatch,
    CloudWatchJson, ComparisonOperator, DeleteAlarmsError, DescribeAlarmsError, Dimension, DimensionFilter, Entity,
    EntityMetricData, EvaluationCriteria, EvaluationState, EvaluationWindow, GetMetricDataError,
    GetMetricStatisticsError, ListMetrics, ListMetricsError, MessageData, Metric, MetricDataQuery, MetricDataResult,
    MetricDatum, PutMetricAlarmError, PutMetricData, PutMetricDataError, RecentlyActive, ScanBy, SlidingWindow,
    StandardUnit, StateValue, Statistic, StatisticSet, StatusCode, Tag, WallClockWindow, WarmUpConfiguration,
};
use ciborium::Value;
use futures_util::{StreamExt, TryStreamExt};
use support::{RawReply, Recorded, Reply, Server};

/// The service's name in every path.
const SERVICE: &str = "GraniteServiceVersion20100801";
/// A bound for every stream of pages or items: far more than any test lists.
const MAX_ITEMS: usize = 100;

fn client(url: &str) -> CloudWatch {
    CloudWatch::new(&config(url).build().expect("config")).expect("client")
}

fn config(url: &str) -> aws_operation::ConfigBuilder {
    Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDTEST", "secret", None, None))
        .endpoint_url(url)
}

// What CBOR values are written with.

fn text(s: &str) -> Value {
    Value::Text(s.to_owned())
}

fn int(i: i64) -> Value {
    Value::Integer(i.into())
}

fn float(f: f64) -> Value {
    Value::Float(f)
}

/// Tag 1 around whole epoch seconds.
fn secs(s: i64) -> Value {
    Value::Tag(1, Box::new(int(s)))
}

/// Tag 1 around epoch seconds with a fraction.
fn secs_f(s: f64) -> Value {
    Value::Tag(1, Box::new(float(s)))
}

fn map<const N: usize>(entries: [(&str, Value); N]) -> Value {
    Value::Map(entries.into_iter().map(|(k, v)| (text(k), v)).collect())
}

fn list(items: impl IntoIterator<Item = Value>) -> Value {
    Value::Array(items.into_iter().collect())
}

fn texts(items: &[&str]) -> Value {
    list(items.iter().map(|s| text(s)))
}

fn floats(items: &[f64]) -> Value {
    list(items.iter().map(|f| float(*f)))
}

fn dimension(name: &str, value: &str) -> Value {
    map([("Name", text(name)), ("Value", text(value))])
}

/// CBOR's diagnostic notation of `v`, map keys sorted: integers bare, floats always with a
/// point or an exponent (`2.0`, `1e300`), tags as `1(...)`. Two values with the same notation
/// are the same data, whatever the order of their maps' keys; a key twice in one map fails.
fn diag(v: &Value) -> String {
    match v {
        Value::Integer(i) => i128::from(*i).to_string(),
        Value::Float(f) => format!("{f:?}"),
        Value::Text(s) => format!("{s:?}"),
        Value::Bytes(b) => format!("h'{}'", b.iter().map(|x| format!("{x:02x}")).collect::<String>()),
        Value::Bool(b) => b.to_string(),
        Value::Null => "null".to_owned(),
        Value::Tag(tag, inner) => format!("{tag}({})", diag(inner)),
        Value::Array(items) => format!("[{}]", items.iter().map(diag).collect::<Vec<_>>().join(", ")),
        Value::Map(entries) => {
            let mut keyed: Vec<(String, String)> = entries.iter().map(|(k, v)| (diag(k), diag(v))).collect();
            keyed.sort();
            if let Some(twice) = keyed.windows(2).find(|w| w[0].0 == w[1].0) {
                panic!("key {} twice in one map", twice[0].0);
            }
            let entries: Vec<String> = keyed.iter().map(|(k, v)| format!("{k}: {v}")).collect();
            format!("{{{}}}", entries.join(", "))
        }
        other => panic!("no notation for {other:?}"),
    }
}

/// The one CBOR data item `bytes` hold, decoded by ciborium; bytes after it fail.
fn decode(bytes: &[u8]) -> Value {
    let mut rest = bytes;
    let value: Value = ciborium::from_reader(&mut rest).unwrap_or_else(|e| panic!("not CBOR ({e}): {bytes:02x?}"));
    assert!(rest.is_empty(), "{} bytes after the value", rest.len());
    value
}

fn encode(value: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    ciborium::into_writer(value, &mut out).expect("a value ciborium writes");
    out
}

/// `value` with every array, map, text and byte string of indefinite length, each string in two
/// chunks (the first of them empty for a one-byte string), as a streaming encoder may write it.
fn indefinite(value: &Value, out: &mut Vec<u8>) {
    match value {
        Value::Array(items) => {
            out.push(0x9f);
            items.iter().for_each(|item| indefinite(item, out));
            out.push(0xff);
        }
        Value::Map(entries) => {
            out.push(0xbf);
            for (key, item) in entries {
                indefinite(key, out);
                indefinite(item, out);
            }
            out.push(0xff);
        }
        Value::Text(s) => {
            let half = (s.len() / 2..=s.len()).find(|&i| s.is_char_boundary(i)).unwrap_or(0);
            out.push(0x7f);
            out.extend(encode(&text(&s[..half])));
            out.extend(encode(&text(&s[half..])));
            out.push(0xff);
        }
        Value::Bytes(b) => {
            out.push(0x5f);
            out.extend(encode(&Value::Bytes(b[..b.len() / 2].to_vec())));
            out.extend(encode(&Value::Bytes(b[b.len() / 2..].to_vec())));
            out.push(0xff);
        }
        Value::Tag(tag, inner) => {
            assert!(*tag < 24, "a tag of one byte");
            out.push(0xc0 | *tag as u8);
            indefinite(inner, out);
        }
        scalar => out.extend(encode(scalar)),
    }
}

/// The bytes of `value` written with indefinite lengths, checked to decode (with ciborium) to
/// the same value.
fn indefinite_bytes(value: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    indefinite(value, &mut out);
    assert_eq!(diag(&decode(&out)), diag(value), "the hand-written bytes mean the value");
    assert_ne!(out, encode(value));
    out
}

/// A 200 of the protocol with `body`, request id `req-<n>`.
fn reply_bytes(n: usize, body: Vec<u8>) -> RawReply {
    RawReply {
        status: 200,
        headers: vec![
            ("content-type".into(), "application/cbor".into()),
            ("smithy-protocol".into(), "rpc-v2-cbor".into()),
            ("x-amzn-requestid".into(), format!("req-{n}")),
        ],
        body,
    }
}

fn reply(n: usize, value: &Value) -> RawReply {
    reply_bytes(n, encode(value))
}

/// An error of the protocol: `status`, the body `value`, and `x-amzn-query-error` if given.
fn error_reply(status: u16, value: &Value, query_error: Option<&str>) -> RawReply {
    let mut reply = reply(0, value);
    reply.status = status;
    reply.headers[2].1 = format!("err-{status}");
    if let Some(code) = query_error {
        reply.headers.push(("x-amzn-query-error".into(), code.into()));
    }
    reply
}

/// Checks the request of operation `op` as rpcv2Cbor sends it and returns its body, decoded
/// (gunzipped first when it says it is gzipped).
fn request_of(r: &Recorded, op: &str) -> Value {
    assert_eq!((r.method.as_str(), r.path.as_str()), ("POST", format!("/service/{SERVICE}/operation/{op}").as_str()));
    assert_eq!(r.header("smithy-protocol"), Some("rpc-v2-cbor"), "{op}");
    assert_eq!(r.header("content-type"), Some("application/cbor"), "{op}");
    assert_eq!(r.header("accept"), Some("application/cbor"), "{op}");
    assert_eq!(r.header("x-amzn-query-mode"), Some("true"), "{op}: awsQueryCompatible");
    assert_eq!((r.header("x-amz-target"), r.header("x-amzn-target")), (None, None), "{op}");
    let length: Option<usize> = r.header("content-length").and_then(|l| l.parse().ok());
    assert_eq!(length, Some(r.body.len()), "{op}");
    let auth = r.header("authorization").unwrap_or_default();
    assert!(auth.starts_with("AWS4-HMAC-SHA256 Credential=AKIDTEST/"), "{op}: {auth}");
    assert!(auth.contains("/us-east-1/monitoring/aws4_request"), "{op}: {auth}");
    match r.header("content-encoding") {
        Some("gzip") => decode(&gunzip(&r.body)),
        None => decode(&r.body),
        Some(other) => panic!("{op}: content-encoding {other}"),
    }
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes).read_to_end(&mut out).expect("a gzip body");
    out
}

/// `f` as CBOR's double: its head and its eight bytes.
fn double_bytes(f: f64) -> Vec<u8> {
    let mut out = vec![0xfb];
    out.extend(f.to_be_bytes());
    out
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The modeled or unmodeled service error of a failed call.
fn service_error<E: std::error::Error>(err: Error<E>) -> aws_operation::ServiceError<E> {
    match err {
        Error::Service(service) => service,
        other => panic!("expected a service error, got {other:?}"),
    }
}

#[tokio::test]
async fn put_metric_data_sends_every_kind_of_datum_as_cbor() {
    let server = Server::start_raw(vec![reply(1, &map([])), reply_bytes(2, Vec::new())]).await;
    let client = client(&server.url);
    let values = MetricDatum::builder()
        .metric_name("Latency")
        .dimensions(vec![Dimension::new("Host", "web-1"), Dimension::new("AZ", "us-east-1a")])
        .timestamp(DateTime::from_secs(1_700_000_000))
        .values(vec![1.5, 2.25, 1e300])
        .counts(vec![2.0, 1.0, 3.0])
        .unit(StandardUnit::Milliseconds)
        .storage_resolution(1)
        .build()
        .unwrap();
    let set = MetricDatum::builder()
        .metric_name("Latency")
        .timestamp(DateTime::from_secs_nanos(1_700_000_030, 250_000_000))
        .statistic_values(StatisticSet { sample_count: 4.0, sum: 20.5, minimum: -1.0, maximum: 9.75 })
        .unit(StandardUnit::BytesPerSecond)
        .build()
        .unwrap();
    let single = MetricDatum::builder().metric_name("Calls").value(0.1).build().unwrap();
    let entity = EntityMetricData {
        entity: Some(Entity {
            key_attributes: Some(BTreeMap::from([
                ("Type".into(), "Service".into()),
                ("Name".into(), "checkout".into()),
                ("Environment".into(), "prod".into()),
            ])),
            attributes: Some(BTreeMap::from([("PlatformType".into(), "AWS::EC2".into())])),
        }),
        metric_data: Some(vec![single.clone()]),
    };
    let out = client
        .put_metric_data()
        .namespace("Shop")
        .metric_data(vec![values, set, single.clone()])
        .entity_metric_data(vec![entity])
        .strict_entity_validation(false)
        .send()
        .await
        .expect("PutMetricData");
    assert_eq!(out.request_id(), Some("req-1"));
    // An output without members may come as no body at all.
    let out = client.put_metric_data().namespace("Shop").metric_data(vec![single]).send().await.expect("no body");
    assert_eq!(out.request_id(), Some("req-2"));

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let calls = || map([("MetricName", text("Calls")), ("Value", float(0.1))]);
    let expected = map([
        ("Namespace", text("Shop")),
        (
            "MetricData",
            list([
                map([
                    ("MetricName", text("Latency")),
                    ("Dimensions", list([dimension("Host", "web-1"), dimension("AZ", "us-east-1a")])),
                    ("Timestamp", secs(1_700_000_000)),
                    ("Values", floats(&[1.5, 2.25, 1e300])),
                    ("Counts", floats(&[2.0, 1.0, 3.0])),
                    ("Unit", text("Milliseconds")),
                    ("StorageResolution", int(1)),
                ]),
                map([
                    ("MetricName", text("Latency")),
                    ("Timestamp", secs_f(1_700_000_030.25)),
                    (
                        "StatisticValues",
                        map([
                            ("SampleCount", float(4.0)),
                            ("Sum", float(20.5)),
                            ("Minimum", float(-1.0)),
                            ("Maximum", float(9.75)),
                        ]),
                    ),
                    ("Unit", text("Bytes/Second")),
                ]),
                calls(),
            ]),
        ),
        (
            "EntityMetricData",
            list([map([
                (
                    "Entity",
                    map([
                        (
                            "KeyAttributes",
                            map([("Type", text("Service")), ("Name", text("checkout")), ("Environment", text("prod"))]),
                        ),
                        ("Attributes", map([("PlatformType", text("AWS::EC2"))])),
                    ]),
                ),
                ("MetricData", list([calls()])),
            ])]),
        ),
        ("StrictEntityValidation", Value::Bool(false)),
    ]);
    assert_eq!(diag(&request_of(&requests[0], "PutMetricData")), diag(&expected));
    // Doubles go as 9-byte doubles, even those a single holds exactly (1.5, 2.0, -1.0): the
    // codec does not narrow them, though Smithy says a number SHOULD take the smallest width
    // that holds it (halves aside).
    for f in [1.5, 2.25, 1e300, 2.0, 1.0, 3.0, 4.0, 20.5, -1.0, 9.75, 0.1, 1_700_000_030.25] {
        assert!(contains(&requests[0].body, &double_bytes(f)), "{f} as a double");
    }
    assert_eq!(
        diag(&request_of(&requests[1], "PutMetricData")),
        diag(&map([("Namespace", text("Shop")), ("MetricData", list([calls()]))]))
    );
}

/// A body of `PutMetricData` of exactly `size` bytes of CBOR: one datum whose ten dimensions
/// hold strings only, so that its size is what ciborium writes for the same value (no float,
/// whose width ciborium would shrink).
fn sized_put(size: usize) -> (PutMetricData, Value) {
    let for_last = |last: usize| {
        let dimensions: Vec<Dimension> =
            (0..10).map(|i| Dimension::new(format!("d{i}"), "x".repeat(if i == 9 { last } else { 1000 }))).collect();
        let value = map([
            ("Namespace", text("Shop")),
            (
                "MetricData",
                list([map([
                    ("MetricName", text("Big")),
                    ("Dimensions", list(dimensions.iter().map(|d| dimension(&d.name, &d.value)))),
                ])]),
            ),
        ]);
        (dimensions, value)
    };
    // Between 256 and 1024 bytes a string's head is three bytes: the size grows with the last
    // string's length, byte for byte.
    let (_, probe) = for_last(600);
    let last = 600 + size - encode(&probe).len();
    assert!((256..=1024).contains(&last), "{last}");
    let (dimensions, value) = for_last(last);
    assert_eq!(encode(&value).len(), size);
    let datum = MetricDatum::builder().metric_name("Big").dimensions(dimensions).build().unwrap();
    (PutMetricData::builder().namespace("Shop").metric_data(vec![datum]).build().unwrap(), value)
}

#[tokio::test]
async fn put_metric_data_is_gzipped_from_10_kib() {
    let server = Server::start_raw(vec![reply(1, &map([]))]).await;
    let client = client(&server.url);
    let (below, below_value) = sized_put(10_239);
    let (at, at_value) = sized_put(10_240);
    client.send(below).await.expect("10,239 bytes");
    client.send(at).await.expect("10,240 bytes");
    let many: Vec<MetricDatum> = (0..400)
        .map(|i| {
            MetricDatum::builder().metric_name(format!("metric-{i:03}")).value(f64::from(i) + 0.5).build().unwrap()
        })
        .collect();
    client.put_metric_data().namespace("Shop").metric_data(many).send().await.expect("400 data");

    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert_eq!((requests[0].header("content-encoding"), requests[0].body.len()), (None, 10_239));
    assert_eq!(diag(&request_of(&requests[0], "PutMetricData")), diag(&below_value));
    assert_eq!(requests[1].header("content-encoding"), Some("gzip"));
    assert_eq!(gunzip(&requests[1].body).len(), 10_240);
    assert!(requests[1].body.len() < 1_000, "{} bytes gzipped", requests[1].body.len());
    assert_eq!(diag(&request_of(&requests[1], "PutMetricData")), diag(&at_value));
    assert_eq!(requests[2].header("content-encoding"), Some("gzip"));
    let body = request_of(&requests[2], "PutMetricData");
    let expected: Vec<Value> = (0..400)
        .map(|i| map([("MetricName", text(&format!("metric-{i:03}"))), ("Value", float(f64::from(i) + 0.5))]))
        .collect();
    assert_eq!(diag(&body), diag(&map([("Namespace", text("Shop")), ("MetricData", list(expected))])));
}

#[tokio::test]
async fn get_metric_statistics_reads_datapoints_in_any_float_width() {
    let answer = map([
        ("Label", text("Latency")),
        (
            "Datapoints",
            list([
                map([
                    ("Timestamp", secs(1_700_000_060)),
                    // ciborium writes 3.0 and 4.5 as halves, 2.25 too; the average needs a double.
                    ("SampleCount", float(3.0)),
                    ("Average", float(13.0 / 6.0)),
                    ("Maximum", float(4.5)),
                    ("Unit", text("Milliseconds")),
                    ("ExtendedStatistics", map([("p99", float(4.25)), ("tm90", float(2.25))])),
                ]),
                map([
                    ("Timestamp", secs_f(1_700_000_120.5)),
                    // An integer for a double, which Smithy allows where no precision is lost.
                    ("SampleCount", int(1)),
                    ("Average", float(0.1)),
                    ("Maximum", float(f64::from(0.1f32))),
                    ("Unit", text("Milliseconds")),
                ]),
            ]),
        ),
    ]);
    let bytes = encode(&answer);
    assert!(contains(&bytes, &[0xf9, 0x42, 0x00]), "3.0 as a half");
    let single: Vec<u8> = [0xfa].into_iter().chain(0.1f32.to_be_bytes()).collect();
    assert!(contains(&bytes, &single), "0.1f32 as a single");
    let server = Server::start_raw(vec![reply(1, &answer)]).await;
    let client = client(&server.url);
    let out = client
        .get_metric_statistics()
        .namespace("Shop")
        .metric_name("Latency")
        .dimensions(vec![Dimension::new("Host", "web-1")])
        .start_time(DateTime::from_secs(1_700_000_000))
        .end_time(DateTime::from_secs_nanos(1_700_003_600, 500_000_000))
        .period(60)
        .statistics(vec![Statistic::SampleCount, Statistic::Average, Statistic::Maximum])
        .extended_statistics(vec!["p99".to_owned(), "tm90".to_owned()])
        .unit(StandardUnit::Milliseconds)
        .send()
        .await
        .expect("GetMetricStatistics");
    assert_eq!(out.request_id(), Some("req-1"));
    let out = out.into_inner();
    assert_eq!(out.label.as_deref(), Some("Latency"));
    let points = out.datapoints.expect("datapoints");
    assert_eq!(points.len(), 2);
    assert_eq!(points[0].timestamp, Some(DateTime::from_secs(1_700_000_060)));
    assert_eq!(
        (points[0].sample_count, points[0].average, points[0].maximum, points[0].sum, points[0].minimum),
        (Some(3.0), Some(13.0 / 6.0), Some(4.5), None, None)
    );
    assert_eq!(points[0].unit, Some(StandardUnit::Milliseconds));
    assert_eq!(
        points[0].extended_statistics,
        Some(BTreeMap::from([("p99".to_owned(), 4.25), ("tm90".to_owned(), 2.25)]))
    );
    assert_eq!(points[1].timestamp, Some(DateTime::from_secs_nanos(1_700_000_120, 500_000_000)));
    assert_eq!(
        (points[1].sample_count, points[1].average, points[1].maximum),
        (Some(1.0), Some(0.1), Some(f64::from(0.1f32)))
    );
    assert_eq!(points[1].extended_statistics, None);

    let [request] = <[_; 1]>::try_from(server.requests()).unwrap();
    let expected = map([
        ("Namespace", text("Shop")),
        ("MetricName", text("Latency")),
        ("Dimensions", list([dimension("Host", "web-1")])),
        ("StartTime", secs(1_700_000_000)),
        ("EndTime", secs_f(1_700_003_600.5)),
        ("Period", int(60)),
        ("Statistics", texts(&["SampleCount", "Average", "Maximum"])),
        ("ExtendedStatistics", texts(&["p99", "tm90"])),
        ("Unit", text("Milliseconds")),
    ]);
    assert_eq!(diag(&request_of(&request, "GetMetricStatistics")), diag(&expected));
}

#[tokio::test]
async fn get_metric_data_pages_through_results_with_timestamps_and_values() {
    let t0 = 1_700_000_000;
    let page_1 = map([
        (
            "MetricDataResults",
            list([map([
                ("Id", text("doubled")),
                ("Label", text("CPU x2")),
                ("Timestamps", list([secs(t0), secs(t0 + 300)])),
                ("Values", floats(&[10.5, 21.0])),
                ("StatusCode", text("PartialData")),
            ])]),
        ),
        ("NextToken", text("page-2")),
        ("Messages", list([map([("Code", text("MaxDatapointsExceeded")), ("Value", text("more follow"))])])),
    ]);
    // Page 2: every length indefinite, every string in chunks, a timestamp with milliseconds.
    let page_2 = map([
        (
            "MetricDataResults",
            list([map([
                ("Id", text("doubled")),
                ("Timestamps", list([secs_f(t0 as f64 + 600.123), secs(t0 + 900)])),
                ("Values", floats(&[-3.5, 1e-300])),
                ("StatusCode", text("PartialData")),
                ("Messages", list([map([("Code", text("ArithmeticError")), ("Value", text("ø"))])])),
            ])]),
        ),
        ("NextToken", text("page-3")),
    ]);
    // Page 3: an empty result and members this client does not know, which it skips.
    let page_3 = map([
        (
            "MetricDataResults",
            list([map([
                ("Id", text("doubled")),
                ("Timestamps", list([])),
                ("Values", list([])),
                ("StatusCode", text("Complete")),
                ("Quality", map([("Score", float(0.5))])),
            ])]),
        ),
        ("SomethingNew", list([int(1), map([("x", secs(5))])])),
    ]);
    let server =
        Server::start_raw(vec![reply(1, &page_1), reply_bytes(2, indefinite_bytes(&page_2)), reply(3, &page_3)]).await;
    let client = client(&server.url);
    let cpu = Metric {
        namespace: Some("AWS/EC2".into()),
        metric_name: Some("CPUUtilization".into()),
        dimensions: Some(vec![Dimension::new("InstanceId", "i-0123")]),
    };
    let mut from_cpu = MetricDataQuery::metric("cpu", cpu, 300, "p99");
    from_cpu.metric_stat.as_mut().unwrap().unit = Some(StandardUnit::Percent);
    from_cpu.return_data = Some(false);
    from_cpu.account_id = Some("111122223333".into());
    let mut doubled = MetricDataQuery::expression("doubled", "cpu*2");
    doubled.label = Some("CPU x2".into());
    doubled.period = Some(300);
    let results: Vec<MetricDataResult> = client
        .get_metric_data()
        .metric_data_queries(vec![from_cpu, doubled])
        .start_time(DateTime::from_secs(t0))
        .end_time(DateTime::from_secs(t0 + 3600))
        .scan_by(ScanBy::TimestampAscending)
        .label_options(aws_operation_cloudwatch::LabelOptions { timezone: Some("-0130".into()) })
        .into_paginator()
        .page_size(2)
        .items()
        .take(MAX_ITEMS)
        .try_collect()
        .await
        .expect("GetMetricData");
    let expected = [
        MetricDataResult {
            id: Some("doubled".into()),
            label: Some("CPU x2".into()),
            timestamps: Some(vec![DateTime::from_secs(t0), DateTime::from_secs(t0 + 300)]),
            values: Some(vec![10.5, 21.0]),
            status_code: Some(StatusCode::PartialData),
            messages: None,
        },
        MetricDataResult {
            id: Some("doubled".into()),
            label: None,
            timestamps: Some(vec![DateTime::from_secs_nanos(t0 + 600, 123_000_000), DateTime::from_secs(t0 + 900)]),
            values: Some(vec![-3.5, 1e-300]),
            status_code: Some(StatusCode::PartialData),
            messages: Some(vec![MessageData { code: Some("ArithmeticError".into()), value: Some("ø".into()) }]),
        },
        MetricDataResult {
            id: Some("doubled".into()),
            label: None,
            timestamps: Some(vec![]),
            values: Some(vec![]),
            status_code: Some(StatusCode::Complete),
            messages: None,
        },
    ];
    assert_eq!(results, expected);

    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    let query = |token: Option<&str>| {
        let mut body = map([
            (
                "MetricDataQueries",
                list([
                    map([
                        ("Id", text("cpu")),
                        (
                            "MetricStat",
                            map([
                                (
                                    "Metric",
                                    map([
                                        ("Namespace", text("AWS/EC2")),
                                        ("MetricName", text("CPUUtilization")),
                                        ("Dimensions", list([dimension("InstanceId", "i-0123")])),
                                    ]),
                                ),
                                ("Period", int(300)),
                                ("Stat", text("p99")),
                                ("Unit", text("Percent")),
                            ]),
                        ),
                        ("ReturnData", Value::Bool(false)),
                        ("AccountId", text("111122223333")),
                    ]),
                    map([
                        ("Id", text("doubled")),
                        ("Expression", text("cpu*2")),
                        ("Label", text("CPU x2")),
                        ("Period", int(300)),
                    ]),
                ]),
            ),
            ("StartTime", secs(t0)),
            ("EndTime", secs(t0 + 3600)),
            ("ScanBy", text("TimestampAscending")),
            ("MaxDatapoints", int(2)),
            ("LabelOptions", map([("Timezone", text("-0130"))])),
        ]);
        if let (Some(token), Value::Map(entries)) = (token, &mut body) {
            entries.push((text("NextToken"), text(token)));
        }
        diag(&body)
    };
    let sent: Vec<String> = requests.iter().map(|r| diag(&request_of(r, "GetMetricData"))).collect();
    assert_eq!(sent, [query(None), query(Some("page-2")), query(Some("page-3"))]);
}

#[tokio::test]
async fn list_metrics_pages_through_the_paginator() {
    let metric = |name: &str, instance: &str| {
        map([
            ("Namespace", text("AWS/EC2")),
            ("MetricName", text(name)),
            ("Dimensions", list([dimension("InstanceId", instance), dimension("AutoScalingGroupName", "web")])),
        ])
    };
    let server = Server::start_raw(vec![
        reply(
            1,
            &map([
                ("Metrics", list([metric("CPUUtilization", "i-1"), metric("CPUUtilization", "i-2")])),
                ("NextToken", text("m-2")),
                ("OwningAccounts", texts(&["111122223333", "444455556666"])),
            ]),
        ),
        // An empty page in the middle does not end the listing; its token does not either.
        reply(2, &map([("Metrics", list([])), ("NextToken", text("m-3"))])),
        reply(3, &map([("Metrics", list([metric("CPUUtilization", "i-3")])), ("NextToken", Value::Null)])),
    ])
    .await;
    let client = client(&server.url);
    let pages: Vec<_> = client
        .list_metrics()
        .namespace("AWS/EC2")
        .metric_name("CPUUtilization")
        .dimensions(vec![
            DimensionFilter { name: "InstanceId".into(), value: None },
            DimensionFilter { name: "AutoScalingGroupName".into(), value: Some("web".into()) },
        ])
        .recently_active(RecentlyActive::Pt3h)
        .include_linked_accounts(true)
        .owning_account("111122223333")
        .into_paginator()
        .pages()
        .take(MAX_ITEMS)
        .try_collect()
        .await
        .expect("ListMetrics");
    assert_eq!(pages.len(), 3);
    assert_eq!(pages[0].owning_accounts, Some(vec!["111122223333".to_owned(), "444455556666".to_owned()]));
    assert_eq!(
        pages.iter().map(|p| p.next_token.clone()).collect::<Vec<_>>(),
        [Some("m-2".into()), Some("m-3".into()), None]
    );
    let items: Vec<Metric> = pages.into_iter().flat_map(|p| p.into_inner().metrics.unwrap_or_default()).collect();
    let names: Vec<_> = items
        .iter()
        .map(|m| {
            let dims = m.dimensions.as_deref().unwrap_or_default();
            (m.namespace.as_deref(), m.metric_name.as_deref(), dims[0].value.as_str(), dims[1].name.as_str())
        })
        .collect();
    assert_eq!(
        names,
        [
            (Some("AWS/EC2"), Some("CPUUtilization"), "i-1", "AutoScalingGroupName"),
            (Some("AWS/EC2"), Some("CPUUtilization"), "i-2", "AutoScalingGroupName"),
            (Some("AWS/EC2"), Some("CPUUtilization"), "i-3", "AutoScalingGroupName"),
        ]
    );

    let filters = |token: Option<&str>| {
        let mut body = map([
            ("Namespace", text("AWS/EC2")),
            ("MetricName", text("CPUUtilization")),
            ("Dimensions", list([map([("Name", text("InstanceId"))]), dimension("AutoScalingGroupName", "web")])),
            ("RecentlyActive", text("PT3H")),
            ("IncludeLinkedAccounts", Value::Bool(true)),
            ("OwningAccount", text("111122223333")),
        ]);
        if let (Some(token), Value::Map(entries)) = (token, &mut body) {
            entries.push((text("NextToken"), text(token)));
        }
        diag(&body)
    };
    let sent: Vec<String> = server.requests().iter().map(|r| diag(&request_of(r, "ListMetrics"))).collect();
    assert_eq!(sent, [filters(None), filters(Some("m-2")), filters(Some("m-3"))]);
}

#[tokio::test]
async fn describe_alarms_pages_through_alarms_of_every_kind() {
    let cpu_high = map([
        ("AlarmName", text("checkout-cpu")),
        ("AlarmArn", text("arn:aws:cloudwatch:us-east-1:111122223333:alarm:checkout-cpu")),
        ("AlarmConfigurationUpdatedTimestamp", secs_f(1_700_000_000.25)),
        ("ActionsEnabled", Value::Bool(true)),
        ("OKActions", texts(&["arn:aws:sns:us-east-1:111122223333:ok"])),
        ("AlarmActions", texts(&["arn:aws:sns:us-east-1:111122223333:page"])),
        ("InsufficientDataActions", list([])),
        ("StateValue", text("ALARM")),
        ("StateReason", text("Threshold Crossed")),
        ("StateUpdatedTimestamp", secs(1_700_000_600)),
        ("MetricName", text("CPUUtilization")),
        ("Namespace", text("AWS/EC2")),
        ("Statistic", text("Average")),
        ("Dimensions", list([dimension("AutoScalingGroupName", "checkout")])),
        ("Period", int(60)),
        ("Unit", text("Percent")),
        ("EvaluationPeriods", int(3)),
        ("DatapointsToAlarm", int(2)),
        ("Threshold", float(80.5)),
        ("ComparisonOperator", text("GreaterThanThreshold")),
        ("TreatMissingData", text("breaching")),
        ("EvaluationState", text("PARTIAL_DATA")),
        ("StateTransitionedTimestamp", secs(1_700_000_540)),
        ("EvaluationWindow", map([("SlidingWindow", map([]))])),
        (
            "WarmUpConfiguration",
            map([
                ("WarmUpPeriodDurationInMinutes", int(15)),
                ("OnlyStartEvaluatingAfterWarmUpPeriodEnds", Value::Bool(true)),
            ]),
        ),
        ("EvaluationInterval", int(60)),
        (
            "ActionConfiguration",
            map([(
                "AlarmTagsPropagation",
                map([("Enabled", Value::Bool(true)), ("IncludedTagKeys", texts(&["team"]))]),
            )]),
        ),
    ]);
    let math = map([
        ("AlarmName", text("checkout-errors")),
        (
            "Metrics",
            list([
                map([
                    ("Id", text("errors")),
                    (
                        "MetricStat",
                        map([
                            (
                                "Metric",
                                map([
                                    ("Namespace", text("Shop")),
                                    ("MetricName", text("Errors")),
                                    ("Dimensions", list([])),
                                ]),
                            ),
                            ("Period", int(300)),
                            ("Stat", text("Sum")),
                        ]),
                    ),
                    ("ReturnData", Value::Bool(false)),
                ]),
                map([
                    ("Id", text("band")),
                    ("Expression", text("ANOMALY_DETECTION_BAND(errors, 2)")),
                    ("ReturnData", Value::Bool(true)),
                ]),
            ]),
        ),
        ("ThresholdMetricId", text("band")),
        ("ComparisonOperator", text("LessThanLowerOrGreaterThanUpperThreshold")),
        ("EvaluationWindow", map([("WallClockWindow", map([("Timezone", text("Europe/Paris"))]))])),
        (
            "EvaluationCriteria",
            map([("PromQLCriteria", map([("Query", text("rate(errors[5m]) > 1")), ("PendingPeriod", int(120))]))]),
        ),
        ("StateValue", text("INSUFFICIENT_DATA")),
    ]);
    let composite = map([
        ("AlarmName", text("checkout")),
        ("AlarmRule", text("ALARM(checkout-cpu) OR ALARM(checkout-errors)")),
        ("StateValue", text("ALARM")),
        ("ActionsSuppressedBy", text("WaitPeriod")),
        ("ActionsSuppressorWaitPeriod", int(120)),
        ("StateTransitionedTimestamp", secs(1_700_000_700)),
    ]);
    // A union member this client does not know yet, kept as it came (tag 1 as its seconds).
    let newer = map([
        ("AlarmName", text("checkout-newer")),
        ("EvaluationWindow", map([("FutureWindow", map([("Size", int(3)), ("At", secs(1_700_000_000))]))])),
    ]);
    let server = Server::start_raw(vec![
        reply(1, &map([("MetricAlarms", list([cpu_high])), ("CompositeAlarms", list([])), ("NextToken", text("a-2"))])),
        reply(2, &map([("MetricAlarms", list([math, newer])), ("CompositeAlarms", list([composite]))])),
    ])
    .await;
    let client = client(&server.url);
    let pages: Vec<_> = client
        .describe_alarms()
        .alarm_name_prefix("checkout")
        .alarm_types(vec![AlarmType::MetricAlarm, AlarmType::CompositeAlarm])
        .state_value(StateValue::Alarm)
        .into_paginator()
        .page_size(1)
        .pages()
        .take(MAX_ITEMS)
        .try_collect()
        .await
        .expect("DescribeAlarms");
    assert_eq!(pages.len(), 2);
    assert_eq!((pages[0].next_token.as_deref(), pages[1].next_token.as_deref()), (Some("a-2"), None));
    assert_eq!(pages[0].composite_alarms, Some(vec![]));
    assert_eq!(pages[0].log_alarms, None);

    let high = &pages[0].metric_alarms.as_ref().expect("metric alarms")[0];
    assert_eq!(high.alarm_name.as_deref(), Some("checkout-cpu"));
    assert_eq!(high.alarm_arn.as_deref(), Some("arn:aws:cloudwatch:us-east-1:111122223333:alarm:checkout-cpu"));
    assert_eq!(high.alarm_configuration_updated_timestamp, Some(DateTime::from_secs_nanos(1_700_000_000, 250_000_000)));
    assert_eq!(high.actions_enabled, Some(true));
    assert_eq!(high.ok_actions, Some(vec!["arn:aws:sns:us-east-1:111122223333:ok".to_owned()]));
    assert_eq!(high.alarm_actions, Some(vec!["arn:aws:sns:us-east-1:111122223333:page".to_owned()]));
    assert_eq!(high.insufficient_data_actions, Some(vec![]));
    assert_eq!(
        (high.state_value.clone(), high.state_reason.as_deref()),
        (Some(StateValue::Alarm), Some("Threshold Crossed"))
    );
    assert_eq!(high.state_updated_timestamp, Some(DateTime::from_secs(1_700_000_600)));
    assert_eq!(high.state_transitioned_timestamp, Some(DateTime::from_secs(1_700_000_540)));
    assert_eq!((high.metric_name.as_deref(), high.namespace.as_deref()), (Some("CPUUtilization"), Some("AWS/EC2")));
    assert_eq!(high.statistic, Some(Statistic::Average));
    assert_eq!(high.dimensions, Some(vec![Dimension::new("AutoScalingGroupName", "checkout")]));
    assert_eq!((high.period, high.evaluation_periods, high.datapoints_to_alarm), (Some(60), Some(3), Some(2)));
    assert_eq!((high.unit.clone(), high.threshold), (Some(StandardUnit::Percent), Some(80.5)));
    assert_eq!(high.comparison_operator, Some(ComparisonOperator::GreaterThanThreshold));
    assert_eq!(high.treat_missing_data.as_deref(), Some("breaching"));
    assert_eq!(high.evaluation_state, Some(EvaluationState::PartialData));
    assert_eq!(high.evaluation_window, Some(EvaluationWindow::SlidingWindow(SlidingWindow {})));
    assert_eq!(
        high.warm_up_configuration,
        Some(WarmUpConfiguration {
            warm_up_period_duration_in_minutes: 15,
            only_start_evaluating_after_warm_up_period_ends: Some(true)
        })
    );
    assert_eq!(high.evaluation_interval, Some(60));
    assert_eq!(
        high.action_configuration,
        Some(ActionConfiguration {
            alarm_tags_propagation: Some(AlarmTagsPropagation {
                enabled: true,
                included_tag_keys: Some(vec!["team".into()]),
                excluded_tag_keys: None
            })
        })
    );
    assert_eq!((high.metrics.as_ref(), high.evaluation_criteria.as_ref()), (None, None));

    let math = &pages[1].metric_alarms.as_ref().expect("metric alarms")[0];
    let errors = MetricDataQuery {
        return_data: Some(false),
        ..MetricDataQuery::metric(
            "errors",
            Metric { namespace: Some("Shop".into()), metric_name: Some("Errors".into()), dimensions: Some(vec![]) },
            300,
            "Sum",
        )
    };
    let band = MetricDataQuery {
        return_data: Some(true),
        ..MetricDataQuery::expression("band", "ANOMALY_DETECTION_BAND(errors, 2)")
    };
    assert_eq!(math.metrics, Some(vec![errors, band]));
    assert_eq!(math.threshold_metric_id.as_deref(), Some("band"));
    assert_eq!(math.comparison_operator, Some(ComparisonOperator::LessThanLowerOrGreaterThanUpperThreshold));
    assert_eq!(
        math.evaluation_window,
        Some(EvaluationWindow::WallClockWindow(WallClockWindow { timezone: Some("Europe/Paris".into()) }))
    );
    assert_eq!(
        math.evaluation_criteria,
        Some(EvaluationCriteria::PromQLCriteria(AlarmPromQLCriteria {
            query: "rate(errors[5m]) > 1".into(),
            pending_period: Some(120),
            recovery_period: None
        }))
    );
    assert_eq!(
        (math.state_value.clone(), math.threshold, math.metric_name.as_ref()),
        (Some(StateValue::InsufficientData), None, None)
    );
    let newer = &pages[1].metric_alarms.as_ref().expect("metric alarms")[1];
    let Some(EvaluationWindow::Unknown(unknown)) = &newer.evaluation_window else {
        panic!("{:?}", newer.evaluation_window)
    };
    assert_eq!(unknown.name, "FutureWindow");
    assert_eq!(unknown.value, serde_json::json!({"Size": 3, "At": 1_700_000_000}));
    let composite = &pages[1].composite_alarms.as_ref().expect("composite alarms")[0];
    assert_eq!(composite.alarm_name.as_deref(), Some("checkout"));
    assert_eq!(composite.alarm_rule.as_deref(), Some("ALARM(checkout-cpu) OR ALARM(checkout-errors)"));
    assert_eq!(composite.state_value, Some(StateValue::Alarm));
    assert_eq!(composite.actions_suppressed_by, Some(ActionsSuppressedBy::WaitPeriod));
    assert_eq!(composite.actions_suppressor_wait_period, Some(120));
    assert_eq!(composite.state_transitioned_timestamp, Some(DateTime::from_secs(1_700_000_700)));

    let sent: Vec<String> = server.requests().iter().map(|r| diag(&request_of(r, "DescribeAlarms"))).collect();
    let filters = |token: Option<&str>| {
        let mut body = map([
            ("AlarmNamePrefix", text("checkout")),
            ("AlarmTypes", texts(&["MetricAlarm", "CompositeAlarm"])),
            ("StateValue", text("ALARM")),
            ("MaxRecords", int(1)),
        ]);
        if let (Some(token), Value::Map(entries)) = (token, &mut body) {
            entries.push((text("NextToken"), text(token)));
        }
        diag(&body)
    };
    assert_eq!(sent, [filters(None), filters(Some("a-2"))]);
}

#[tokio::test]
async fn put_metric_alarm_and_delete_alarms_send_their_whole_input() {
    let server = Server::start_raw(vec![reply(1, &map([])), reply_bytes(2, Vec::new()), reply(3, &map([]))]).await;
    let client = client(&server.url);
    client
        .put_metric_alarm()
        .alarm_name("checkout-latency")
        .alarm_description("p50 above 250 ms")
        .actions_enabled(true)
        .ok_actions(vec!["arn:aws:sns:us-east-1:111122223333:ok".to_owned()])
        .alarm_actions(vec!["arn:aws:sns:us-east-1:111122223333:page".to_owned()])
        .metric_name("Latency")
        .namespace("Shop")
        .statistic(Statistic::Average)
        .dimensions(vec![Dimension::new("Host", "web-1")])
        .period(60)
        .unit(StandardUnit::Milliseconds)
        .evaluation_periods(3)
        .datapoints_to_alarm(2)
        .threshold(250.0)
        .comparison_operator(ComparisonOperator::GreaterThanThreshold)
        .treat_missing_data("notBreaching")
        .tags(vec![Tag { key: "team".into(), value: "checkout".into() }, Tag { key: "tier".into(), value: "".into() }])
        .evaluation_window(EvaluationWindow::WallClockWindow(WallClockWindow { timezone: Some("UTC".into()) }))
        .warm_up_configuration(WarmUpConfiguration {
            warm_up_period_duration_in_minutes: 30,
            only_start_evaluating_after_warm_up_period_ends: None,
        })
        .evaluation_interval(60)
        .action_configuration(ActionConfiguration {
            alarm_tags_propagation: Some(AlarmTagsPropagation {
                enabled: false,
                included_tag_keys: None,
                excluded_tag_keys: Some(vec!["secret".into()]),
            }),
        })
        .send()
        .await
        .expect("PutMetricAlarm");
    let errors = MetricDataQuery {
        return_data: Some(false),
        ..MetricDataQuery::metric(
            "errors",
            Metric { namespace: Some("Shop".into()), metric_name: Some("Errors".into()), dimensions: None },
            300,
            "Sum",
        )
    };
    client
        .put_metric_alarm()
        .alarm_name("checkout-errors")
        .metrics(vec![errors, MetricDataQuery::expression("rate", "errors/300")])
        .evaluation_periods(1)
        .threshold(0.5)
        .comparison_operator(ComparisonOperator::GreaterThanOrEqualToThreshold)
        .evaluation_window(EvaluationWindow::SlidingWindow(SlidingWindow {}))
        .evaluation_criteria(EvaluationCriteria::PromQLCriteria(AlarmPromQLCriteria {
            query: "sum(rate(errors[5m])) > 0.5".into(),
            pending_period: Some(0),
            recovery_period: Some(300),
        }))
        .send()
        .await
        .expect("PutMetricAlarm with metrics");
    let out = client
        .delete_alarms()
        .alarm_names(vec!["checkout-latency".into(), "checkout-errors".into()])
        .send()
        .await
        .expect("DeleteAlarms");
    assert_eq!(out.request_id(), Some("req-3"));

    let [latency, math, delete] = <[_; 3]>::try_from(server.requests()).unwrap();
    let expected = map([
        ("AlarmName", text("checkout-latency")),
        ("AlarmDescription", text("p50 above 250 ms")),
        ("ActionsEnabled", Value::Bool(true)),
        ("OKActions", texts(&["arn:aws:sns:us-east-1:111122223333:ok"])),
        ("AlarmActions", texts(&["arn:aws:sns:us-east-1:111122223333:page"])),
        ("MetricName", text("Latency")),
        ("Namespace", text("Shop")),
        ("Statistic", text("Average")),
        ("Dimensions", list([dimension("Host", "web-1")])),
        ("Period", int(60)),
        ("Unit", text("Milliseconds")),
        ("EvaluationPeriods", int(3)),
        ("DatapointsToAlarm", int(2)),
        ("Threshold", float(250.0)),
        ("ComparisonOperator", text("GreaterThanThreshold")),
        ("TreatMissingData", text("notBreaching")),
        (
            "Tags",
            list([
                map([("Key", text("team")), ("Value", text("checkout"))]),
                map([("Key", text("tier")), ("Value", text(""))]),
            ]),
        ),
        ("EvaluationWindow", map([("WallClockWindow", map([("Timezone", text("UTC"))]))])),
        ("WarmUpConfiguration", map([("WarmUpPeriodDurationInMinutes", int(30))])),
        ("EvaluationInterval", int(60)),
        (
            "ActionConfiguration",
            map([(
                "AlarmTagsPropagation",
                map([("Enabled", Value::Bool(false)), ("ExcludedTagKeys", texts(&["secret"]))]),
            )]),
        ),
    ]);
    assert_eq!(diag(&request_of(&latency, "PutMetricAlarm")), diag(&expected));
    assert!(contains(&latency.body, &double_bytes(250.0)), "the threshold as a double");
    let expected = map([
        ("AlarmName", text("checkout-errors")),
        (
            "Metrics",
            list([
                map([
                    ("Id", text("errors")),
                    (
                        "MetricStat",
                        map([
                            ("Metric", map([("Namespace", text("Shop")), ("MetricName", text("Errors"))])),
                            ("Period", int(300)),
                            ("Stat", text("Sum")),
                        ]),
                    ),
                    ("ReturnData", Value::Bool(false)),
                ]),
                map([("Id", text("rate")), ("Expression", text("errors/300"))]),
            ]),
        ),
        ("EvaluationPeriods", int(1)),
        ("Threshold", float(0.5)),
        ("ComparisonOperator", text("GreaterThanOrEqualToThreshold")),
        // An empty structure is an empty map, not left out.
        ("EvaluationWindow", map([("SlidingWindow", map([]))])),
        (
            "EvaluationCriteria",
            map([(
                "PromQLCriteria",
                map([
                    ("Query", text("sum(rate(errors[5m])) > 0.5")),
                    ("PendingPeriod", int(0)),
                    ("RecoveryPeriod", int(300)),
                ]),
            )]),
        ),
    ]);
    assert_eq!(diag(&request_of(&math, "PutMetricAlarm")), diag(&expected));
    assert_eq!(
        diag(&request_of(&delete, "DeleteAlarms")),
        diag(&map([("AlarmNames", texts(&["checkout-latency", "checkout-errors"]))]))
    );
}

/// Errors: typed by the body's `__type` (the shape id, its namespace and any `:` suffix left
/// out), or by `x-amzn-query-error`'s code, which wins when both are there; an error the
/// operation does not list is unmodeled, with its code and message.
#[tokio::test]
async fn errors_are_typed_by_type_and_by_the_query_error_code() {
    let body = |shape: &str, key: &str, message: &str| {
        map([("__type", text(&format!("com.amazonaws.cloudwatch#{shape}"))), (key, text(message))])
    };
    let server = Server::start_raw(vec![
        error_reply(400, &body("InvalidNextToken", "message", "The token is invalid."), None),
        error_reply(
            400,
            &body("InvalidParameterValueException", "message", "StartTime must be before EndTime."),
            Some("InvalidParameterValue;Sender"),
        ),
        // `__type` says one error, the query code another: the query code wins.
        error_reply(404, &body("ResourceConflict", "message", "No alarm gone-1."), Some("ResourceNotFound;Sender")),
        error_reply(400, &body("LimitExceededFault", "message", "Too many alarms."), Some("LimitExceeded;Sender")),
        error_reply(
            500,
            &body("InternalServiceFault", "Message", "Something broke."),
            Some("InternalServiceError;Receiver"),
        ),
        error_reply(400, &body("AccessDeniedException", "Message", "Not for you."), Some("AccessDenied;Sender")),
        error_reply(
            400,
            &map([("__type", text("aws.protocols#Novel:http://internal.amazon.com/")), ("message", text("New."))]),
            None,
        ),
        // Indefinite lengths and chunked strings in an error too.
        RawReply {
            body: indefinite_bytes(&body("InvalidNextToken", "message", "Chunked token error.")),
            ..error_reply(400, &map([]), None)
        },
        // A body that is no CBOR (a proxy's page): the status names the error.
        RawReply { body: b"<html>Forbidden</html>".to_vec(), ..error_reply(403, &map([]), None) },
    ])
    .await;
    // One attempt: the 500 would be retried otherwise.
    let client = CloudWatch::new(&config(&server.url).max_attempts(1).build().unwrap()).unwrap();
    let start = DateTime::from_secs(1_700_000_000);

    let e = service_error(client.describe_alarms().next_token("bad").send().await.unwrap_err());
    let DescribeAlarmsError::InvalidNextToken(error) = &e.error else { panic!("{:?}", e.error) };
    assert_eq!(error.message.as_deref(), Some("The token is invalid."));
    assert_eq!(
        (e.meta.code.as_str(), e.meta.status, e.meta.request_id.as_deref()),
        ("InvalidNextToken", 400, Some("err-400"))
    );

    let e = service_error(
        client
            .get_metric_statistics()
            .namespace("Shop")
            .metric_name("Latency")
            .start_time(start)
            .end_time(start)
            .period(60)
            .statistics(vec![Statistic::Sum])
            .send()
            .await
            .unwrap_err(),
    );
    let GetMetricStatisticsError::InvalidParameterValueException(error) = &e.error else { panic!("{:?}", e.error) };
    assert_eq!(error.message.as_deref(), Some("StartTime must be before EndTime."));
    assert_eq!(e.meta.code, "InvalidParameterValue");

    let e = service_error(client.delete_alarms().alarm_names(vec!["gone-1".into()]).send().await.unwrap_err());
    let DeleteAlarmsError::ResourceNotFound(error) = &e.error else { panic!("{:?}", e.error) };
    assert_eq!(error.message.as_deref(), Some("No alarm gone-1."));
    assert_eq!((e.meta.code.as_str(), e.meta.status), ("ResourceNotFound", 404));

    let e = service_error(client.put_metric_alarm().alarm_name("one-more").send().await.unwrap_err());
    let PutMetricAlarmError::LimitExceededFault(error) = &e.error else { panic!("{:?}", e.error) };
    assert_eq!((error.message.as_deref(), e.meta.code.as_str()), (Some("Too many alarms."), "LimitExceeded"));

    let e = service_error(client.list_metrics().send().await.unwrap_err());
    let ListMetricsError::InternalServiceFault(error) = &e.error else { panic!("{:?}", e.error) };
    assert_eq!(error.message.as_deref(), Some("Something broke."));
    assert_eq!((e.meta.code.as_str(), e.meta.status), ("InternalServiceError", 500));

    let e = service_error(client.put_metric_data().namespace("Shop").send().await.unwrap_err());
    assert!(matches!(e.error, PutMetricDataError::Unmodeled(_)), "{:?}", e.error);
    assert_eq!((e.meta.code.as_str(), e.meta.message.as_deref()), ("AccessDenied", Some("Not for you.")));

    let queries = || vec![MetricDataQuery::expression("q", "SEARCH('x', 'Sum', 60)")];
    let e = service_error(
        client
            .get_metric_data()
            .metric_data_queries(queries())
            .start_time(start)
            .end_time(start)
            .send()
            .await
            .unwrap_err(),
    );
    assert!(matches!(e.error, GetMetricDataError::Unmodeled(_)), "{:?}", e.error);
    assert_eq!((e.meta.code.as_str(), e.meta.message.as_deref()), ("Novel", Some("New.")));

    let e = service_error(
        client
            .get_metric_data()
            .metric_data_queries(queries())
            .start_time(start)
            .end_time(start)
            .send()
            .await
            .unwrap_err(),
    );
    let GetMetricDataError::InvalidNextToken(error) = &e.error else { panic!("{:?}", e.error) };
    assert_eq!(error.message.as_deref(), Some("Chunked token error."));

    let e = service_error(client.list_metrics().send().await.unwrap_err());
    assert!(matches!(e.error, ListMetricsError::Unmodeled(_)), "{:?}", e.error);
    assert_eq!((e.meta.code.as_str(), e.meta.status), ("Http403", 403));

    let requests = server.requests();
    let ops: Vec<&str> = requests.iter().map(|r| r.path.rsplit('/').next().unwrap_or_default()).collect();
    assert_eq!(
        ops,
        [
            "DescribeAlarms",
            "GetMetricStatistics",
            "DeleteAlarms",
            "PutMetricAlarm",
            "ListMetrics",
            "PutMetricData",
            "GetMetricData",
            "GetMetricData",
            "ListMetrics"
        ],
        "each call once"
    );
    assert_eq!(diag(&request_of(&requests[4], "ListMetrics")), "{}", "an input without members is an empty map");
}

/// The path and rule of each problem of an input refused before sending.
fn problems<E: std::error::Error>(err: Error<E>) -> Vec<(String, &'static str)> {
    let Error::InvalidInput(violations) = err else { panic!("expected InvalidInput, got {err:?}") };
    violations.iter().map(|v| (v.path.clone(), v.code())).collect()
}

/// Input the model refuses is reported member by member, and nothing is sent.
#[tokio::test]
async fn invalid_input_is_refused_before_sending() {
    let server = Server::start_raw(vec![reply(1, &map([]))]).await;
    let client = client(&server.url);
    let pair = |path: &str, code: &'static str| (path.to_owned(), code);

    let err = client.put_metric_data().send().await.unwrap_err();
    assert_eq!(problems(err), [pair("Namespace", "required")]);
    let err = client.get_metric_statistics().namespace("N").period(0).send().await.unwrap_err();
    assert_eq!(
        problems(err),
        [pair("MetricName", "required"), pair("StartTime", "required"), pair("EndTime", "required")]
    );
    let mut datum = MetricDatum::builder().metric_name("M").value(1.0).build().unwrap();
    datum.storage_resolution = Some(0);
    datum.dimensions = Some((0..31).map(|i| Dimension::new(format!("d{i}"), "v")).collect());
    let err = client.put_metric_data().namespace(":colon").metric_data(vec![datum]).send().await.unwrap_err();
    let mut found = problems(err);
    found.sort();
    assert_eq!(
        found,
        [
            pair("MetricData[0].Dimensions", "length"),
            pair("MetricData[0].StorageResolution", "range"),
            pair("Namespace", "pattern")
        ]
    );
    let err = client.describe_alarms().max_records(101).into_paginator().pages().next().await.unwrap().unwrap_err();
    assert_eq!(problems(err), [pair("MaxRecords", "range")]);
    let window = EvaluationWindow::WallClockWindow(WallClockWindow { timezone: Some(String::new()) });
    let err = client.put_metric_alarm().alarm_name("a").evaluation_window(window).send().await.unwrap_err();
    assert_eq!(problems(err), [pair("EvaluationWindow.WallClockWindow.Timezone", "length")]);
    let err = client.delete_alarms().alarm_names(vec![String::new()]).send().await.unwrap_err();
    assert_eq!(problems(err), [pair("AlarmNames[0]", "length")]);
    let query = MetricDataQuery::metric("q", Metric { namespace: None, metric_name: None, dimensions: None }, 0, "Sum");
    let err = client
        .get_metric_data()
        .metric_data_queries(vec![query])
        .start_time(DateTime::from_secs(0))
        .end_time(DateTime::from_secs(60))
        .send()
        .await
        .unwrap_err();
    assert_eq!(problems(err), [pair("MetricDataQueries[0].MetricStat.Period", "range")]);
    let err = client.list_metrics().owning_account("").send().await.unwrap_err();
    assert_eq!(problems(err), [pair("OwningAccount", "length")]);

    assert!(server.requests().is_empty(), "nothing was sent: {:?}", server.requests());
}

/// The two declarations send the same input, one as CBOR and one as JSON: the same members with
/// the same values, timestamps as epoch seconds in both. `CloudWatchJson` has no fluent builders:
/// its calls are `send(input)` and `paginate(input)`.
#[tokio::test]
async fn both_declarations_send_the_same_members() {
    // Measured values, as a host would put them: doubles of full precision.
    let put = || {
        let datum = MetricDatum::builder()
            .metric_name("Latency")
            .dimensions(vec![Dimension::new("Host", "web-1")])
            .timestamp(DateTime::from_secs_nanos(1_700_000_000, 500_000_000))
            .values((0..50).map(|i| 100.0 + f64::from(i) / 7.0).collect::<Vec<_>>())
            .unit(StandardUnit::Milliseconds)
            .build()
            .unwrap();
        PutMetricData::builder().namespace("Shop").metric_data(vec![datum]).build().unwrap()
    };
    let cbor_server = Server::start_raw(vec![reply(1, &map([]))]).await;
    client(&cbor_server.url).send(put()).await.expect("over CBOR");
    let json_server = Server::start(vec![
        Reply::json(200, "{}"),
        Reply::json(200, r#"{"Metrics": [{"MetricName": "a"}], "NextToken": "n-2"}"#),
        Reply::json(200, r#"{"Metrics": [{"MetricName": "b"}]}"#),
    ])
    .await;
    let json = CloudWatchJson::new(&config(&json_server.url).build().unwrap()).unwrap();
    json.send(put()).await.expect("over JSON");
    let listed: Vec<Metric> =
        json.paginate(ListMetrics::default()).items().take(MAX_ITEMS).try_collect().await.unwrap();
    assert_eq!(listed.iter().map(|m| m.metric_name.as_deref()).collect::<Vec<_>>(), [Some("a"), Some("b")]);

    let [cbor] = <[_; 1]>::try_from(cbor_server.requests()).unwrap();
    let [json_put, first, second] = <[_; 3]>::try_from(json_server.requests()).unwrap();
    assert_eq!(json_put.header("x-amz-target"), Some(format!("{SERVICE}.PutMetricData").as_str()));
    assert_eq!(json_put.header("content-type"), Some("application/x-amz-json-1.0"));
    assert_eq!(as_json(&request_of(&cbor, "PutMetricData")), numbers_as_doubles(json_put.json()));
    assert_eq!((first.json(), second.json()), (serde_json::json!({}), serde_json::json!({"NextToken": "n-2"})));
    // Fewer bytes: a double of full precision in 9, where JSON writes 17 digits or so; names
    // without quotes, a timestamp in 10. (Not so for short decimals such as 1.5, which JSON
    // writes in 3 bytes: the codec writes every double in 9.)
    let (c, j) = (cbor.body.len(), json_put.body.len());
    assert!(c * 10 < j * 7, "{c} bytes of CBOR, {j} of JSON");
}

/// A CBOR value as JSON: tag 1 is the epoch seconds it holds, every number a double (JSON does
/// not say whether `1` is an integer or a double).
fn as_json(v: &Value) -> serde_json::Value {
    match v {
        Value::Integer(i) => serde_json::json!(i128::from(*i) as f64),
        Value::Float(f) => serde_json::json!(f),
        Value::Text(s) => serde_json::json!(s),
        Value::Bool(b) => serde_json::json!(b),
        Value::Tag(1, inner) => as_json(inner),
        Value::Array(items) => serde_json::Value::Array(items.iter().map(as_json).collect()),
        Value::Map(entries) => serde_json::Value::Object(
            entries.iter().map(|(k, v)| (k.as_text().expect("text keys").to_owned(), as_json(v))).collect(),
        ),
        other => panic!("no JSON for {other:?}"),
    }
}

/// `v` with every number a double.
fn numbers_as_doubles(v: serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Number(n) => serde_json::json!(n.as_f64().expect("a finite number")),
        serde_json::Value::Array(items) => items.into_iter().map(numbers_as_doubles).collect(),
        serde_json::Value::Object(members) => {
            serde_json::Value::Object(members.into_iter().map(|(k, v)| (k, numbers_as_doubles(v))).collect())
        }
        other => other,
    }
}
