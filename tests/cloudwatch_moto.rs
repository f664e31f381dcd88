//! The CloudWatch slice against a real server: moto's (`moto_server`, see tests/support/moto.rs).
//! moto speaks awsJson 1.0 and not rpcv2Cbor, so every call goes through `CloudWatchJson`, the
//! slice's declaration over JSON (`send` and `paginate` of inputs built with their builders),
//! and the command through `operations::<CloudWatchJson>()`: signed, over HTTP, with
//! `X-Amz-Target: GraniteServiceVersion20100801.<Operation>` and the query-compatible error
//! codes of `x-amzn-query-error` (tests/cloudwatch_cbor.rs has the same operations over CBOR);
//! what moto does not do (pages of alarms, the errors it never sends) and what only the wire
//! shows (the JSON, the gzip of large `PutMetricData` bodies) is checked against the scripted
//! server of `support`.
//!
//! Without moto these tests fail and say how to install it (`.ci/run` does). Each test starts
//! its own server, which stops when the test ends, however it ends.
//!
//! Where moto 5.2.5 differs from CloudWatch:
//! - `DescribeAlarms` ignores `MaxRecords` and never pages: every alarm comes in one page,
//!   without a `NextToken`; it never returns `LogAlarms`.
//! - `GetMetricData` ignores `MaxDatapoints` and never pages either; its metric math knows only
//!   an expression that is another query's id (a copy of that query's data).
//! - `ListMetrics` pages at 500, and a `NextToken` can be used once: again, it is
//!   `InvalidParameterValue`. A metric without dimensions is listed once per datum put, not
//!   once.
//! - `DeleteAlarms` of an alarm that does not exist succeeds, where CloudWatch answers
//!   `ResourceNotFound` (covered against the scripted server).
//! - `GetMetricStatistics` starts its periods at the earliest datum's time, not at a multiple
//!   of the period; `GetMetricData` starts them at `StartTime`.
//! - `PutMetricData` ignores `EntityMetricData`.
//! - Its answers say `Content-Type: text`, not `application/x-amz-json-1.0`, and its errors
//!   carry the message twice, as `message` and `Message`.

#[path = "support/moto.rs"]
mod moto;
mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;

use aws_operation::{Config, Credentials, DateTime, Error, Violations};
use aws_operation_cloudwatch::{
    CloudWatchJson, ComparisonOperator, DeleteAlarms, DeleteAlarmsError, DescribeAlarms, DescribeAlarmsError,
    Dimension, DimensionFilter, Entity, EntityMetricData, EvaluationState, GetMetricData, GetMetricDataError,
    GetMetricStatistics, GetMetricStatisticsError, ListMetrics, ListMetricsError, Metric, MetricAlarm, MetricDataQuery,
    MetricDatum, PutMetricAlarm, PutMetricAlarmError, PutMetricData, PutMetricDataError, ScanBy, StandardUnit,
    StateValue, Statistic, StatisticSet, StatusCode, Tag,
};
use futures_util::{StreamExt, TryStreamExt};
use moto::Moto;
use serde_json::{Value, json};
use support::{Reply, Server};

/// moto's default account.
const ACCOUNT: &str = "123456789012";
const REGION: &str = "us-east-1";
/// A bound for every paging loop: far more pages than any test makes.
const MAX_PAGES: usize = 20;
/// A bound for every stream of items: far more than any test lists.
const MAX_ITEMS: usize = 2_000;
/// The `X-Amz-Target` prefix of every request.
const TARGET: &str = "GraniteServiceVersion20100801";

fn credentials() -> Credentials {
    Credentials::new("AKIDTEST", "secret", None, None)
}

fn client(url: &str) -> CloudWatchJson {
    let config = Config::builder().region(REGION).credentials(credentials()).endpoint_url(url).build().expect("config");
    CloudWatchJson::new(&config).expect("client")
}

/// A minute boundary half an hour ago: the data of a test are put at offsets from it.
fn base() -> i64 {
    let now = DateTime::now().secs();
    now - now % 60 - 1800
}

fn at(secs: i64) -> DateTime {
    DateTime::from_secs(secs)
}

fn host(name: &str) -> Vec<Dimension> {
    vec![Dimension::new("Host", name)]
}

fn close(actual: Option<f64>, expected: f64) -> bool {
    actual.is_some_and(|a| (a - expected).abs() < 1e-9)
}

/// The slice's command (`aws cloudwatch ...`) against `url`, over JSON as examples/cloudwatch.rs
/// runs it: exit code, stdout, stderr.
async fn command(url: &str, args: &[&str]) -> (i32, String, String) {
    let mut line: Vec<String> = args.iter().map(|a| (*a).to_owned()).collect();
    line.extend(["--endpoint-url".to_owned(), url.to_owned()]);
    let credentials = credentials();
    let env = aws_operation::env::Env::from_pairs([
        ("AWS_ACCESS_KEY_ID", credentials.access_key_id()),
        ("AWS_SECRET_ACCESS_KEY", credentials.secret_access_key()),
        ("AWS_REGION", REGION),
        ("HOME", "/nonexistent"),
    ]);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let ops = aws_operation_cloudwatch::operations::<CloudWatchJson>();
    let code = aws_operation_cli::run_as("cloudwatch", line, &ops, env, &mut out, &mut err).await;
    (code, String::from_utf8_lossy(&out).into_owned(), String::from_utf8_lossy(&err).into_owned())
}

/// The data `metric_data_is_read_back_as_statistics_and_queries` puts, from `base`: on host
/// web-1, five values (1.5 twice, 2.5 three times) and a statistic set (4 samples, sum 20,
/// 1 to 9) in the first minute, one value of 7 five minutes later; on web-2 one value of 100,
/// at high resolution.
fn checkout_data(base: i64) -> Vec<MetricDatum> {
    let values = MetricDatum::builder()
        .metric_name("Latency")
        .dimensions(host("web-1"))
        .timestamp(at(base + 10))
        .values(vec![1.5, 2.5])
        .counts(vec![2.0, 3.0])
        .unit(StandardUnit::Milliseconds)
        .build()
        .expect("a datum");
    let set = MetricDatum::builder()
        .metric_name("Latency")
        .dimensions(host("web-1"))
        .timestamp(at(base + 20))
        .statistic_values(StatisticSet { sample_count: 4.0, sum: 20.0, minimum: 1.0, maximum: 9.0 })
        .unit(StandardUnit::Milliseconds)
        .build()
        .expect("a datum");
    let later = MetricDatum::builder()
        .metric_name("Latency")
        .dimensions(host("web-1"))
        .timestamp(at(base + 300))
        .value(7.0)
        .unit(StandardUnit::Milliseconds)
        .build()
        .expect("a datum");
    let other = MetricDatum::builder()
        .metric_name("Latency")
        .dimensions(host("web-2"))
        .timestamp(at(base + 30))
        .value(100.0)
        .unit(StandardUnit::Milliseconds)
        .storage_resolution(1)
        .build()
        .expect("a datum");
    vec![values, set, later, other]
}

#[tokio::test]
async fn metric_data_is_read_back_as_statistics_and_queries() {
    let moto = Moto::start();
    let client = client(&moto.url);
    let base = base();
    let out = client
        .send(PutMetricData::builder().namespace("Shop/Checkout").metric_data(checkout_data(base)).build().unwrap())
        .await
        .expect("PutMetricData");
    assert!(out.request_id().is_some_and(|id| !id.is_empty()), "moto sends a request id");

    // Statistics of web-1 by minute: the values and the set in one data point, 7 in another.
    let stats = client
        .send(
            GetMetricStatistics::builder()
                .namespace("Shop/Checkout")
                .metric_name("Latency")
                .dimensions(host("web-1"))
                .start_time(at(base))
                .end_time(at(base + 600))
                .period(60)
                .statistics(vec![
                    Statistic::SampleCount,
                    Statistic::Sum,
                    Statistic::Average,
                    Statistic::Minimum,
                    Statistic::Maximum,
                ])
                .build()
                .unwrap(),
        )
        .await
        .expect("GetMetricStatistics")
        .into_inner();
    assert_eq!(stats.label.as_deref(), Some("Latency"));
    let mut points = stats.datapoints.expect("datapoints");
    points.sort_by_key(|p| p.timestamp.map(|t| t.secs()));
    assert_eq!(points.len(), 2, "{points:?}");
    let first = &points[0];
    // 1.5 x 2 + 2.5 x 3 = 10.5 over 5 samples, and the set's 20 over 4.
    assert!(close(first.sample_count, 9.0), "{first:?}");
    assert!(close(first.sum, 30.5), "{first:?}");
    assert!(close(first.average, 30.5 / 9.0), "{first:?}");
    assert!(close(first.minimum, 1.0) && close(first.maximum, 9.0), "{first:?}");
    assert_eq!(first.unit, Some(StandardUnit::Milliseconds));
    // moto's periods start at the first datum, 10 s after the minute.
    assert_eq!(first.timestamp.map(|t| t.secs()), Some(base + 10));
    let second = &points[1];
    assert!(close(second.sample_count, 1.0) && close(second.sum, 7.0) && close(second.average, 7.0), "{second:?}");
    assert_eq!(second.timestamp.map(|t| t.secs()), Some(base + 250));

    // Another host is another metric; another unit matches nothing.
    let other = client
        .send(
            GetMetricStatistics::builder()
                .namespace("Shop/Checkout")
                .metric_name("Latency")
                .dimensions(host("web-2"))
                .start_time(at(base))
                .end_time(at(base + 600))
                .period(60)
                .statistics(vec![Statistic::Sum, Statistic::SampleCount])
                .build()
                .unwrap(),
        )
        .await
        .expect("GetMetricStatistics web-2");
    let points = other.datapoints.clone().unwrap_or_default();
    assert_eq!(points.len(), 1, "{points:?}");
    assert!(close(points[0].sum, 100.0) && close(points[0].sample_count, 1.0), "{points:?}");
    let seconds = client
        .send(
            GetMetricStatistics::builder()
                .namespace("Shop/Checkout")
                .metric_name("Latency")
                .dimensions(host("web-1"))
                .start_time(at(base))
                .end_time(at(base + 600))
                .period(60)
                .statistics(vec![Statistic::Sum])
                .unit(StandardUnit::Seconds)
                .build()
                .unwrap(),
        )
        .await
        .expect("GetMetricStatistics in seconds");
    assert_eq!(seconds.datapoints.as_ref().map(Vec::len), Some(0), "{:?}", seconds.datapoints);

    // GetMetricData: sums by minute (not returned), sample counts by five minutes, and an
    // expression over the sums.
    let web_1 = Metric {
        namespace: Some("Shop/Checkout".into()),
        metric_name: Some("Latency".into()),
        dimensions: Some(host("web-1")),
    };
    let mut sums = MetricDataQuery::metric("sums", web_1.clone(), 60, "Sum");
    sums.return_data = Some(false);
    let mut samples = MetricDataQuery::metric("samples", web_1, 300, "SampleCount");
    samples.label = Some("samples of web-1".into());
    let mut copy = MetricDataQuery::expression("copy", "sums");
    copy.label = Some("sums again".into());
    let queries = vec![sums, samples, copy];
    let data = client
        .send(
            GetMetricData::builder()
                .metric_data_queries(queries.clone())
                .start_time(at(base))
                .end_time(at(base + 600))
                .scan_by(ScanBy::TimestampAscending)
                .build()
                .unwrap(),
        )
        .await
        .expect("GetMetricData")
        .into_inner();
    let results: BTreeMap<String, _> = data
        .metric_data_results
        .unwrap_or_default()
        .into_iter()
        .map(|r| (r.id.clone().unwrap_or_default(), r))
        .collect();
    assert_eq!(results.keys().collect::<Vec<_>>(), ["copy", "samples"], "ReturnData false leaves `sums` out");
    let samples = &results["samples"];
    assert_eq!(samples.label.as_deref(), Some("samples of web-1"));
    assert_eq!(samples.status_code, Some(StatusCode::Complete));
    assert_eq!(samples.values.as_deref(), Some(&[9.0, 1.0][..]));
    let secs = |r: &aws_operation_cloudwatch::MetricDataResult| {
        r.timestamps.iter().flatten().map(DateTime::secs).collect::<Vec<_>>()
    };
    assert_eq!(secs(samples), [base, base + 300]);
    let copy = &results["copy"];
    assert_eq!(copy.label.as_deref(), Some("sums again"));
    assert_eq!(copy.values.as_deref(), Some(&[30.5, 7.0][..]));
    assert_eq!(secs(copy), [base, base + 300]);

    // Newest first unless asked, through the paginator: one page, as moto does not page.
    let pages: Vec<_> = client
        .paginate(
            GetMetricData::builder()
                .metric_data_queries(queries)
                .start_time(at(base))
                .end_time(at(base + 600))
                .build()
                .unwrap(),
        )
        .page_size(1)
        .pages()
        .take(MAX_PAGES)
        .try_collect()
        .await
        .expect("GetMetricData pages");
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].next_token, None);
    let results = pages[0].metric_data_results.clone().unwrap_or_default();
    let samples = results.iter().find(|r| r.id.as_deref() == Some("samples")).expect("samples");
    assert_eq!(samples.values.as_deref(), Some(&[1.0, 9.0][..]));
    assert_eq!(secs(samples), [base + 300, base]);

    // The metrics listed: Latency on each host, each once.
    let listed = client
        .send(ListMetrics::builder().namespace("Shop/Checkout").build().unwrap())
        .await
        .expect("ListMetrics")
        .into_inner();
    let mut metrics = listed.metrics.unwrap_or_default();
    metrics.sort_by_key(|m| format!("{:?}", m.dimensions));
    let expected: Vec<Metric> = ["web-1", "web-2"]
        .iter()
        .map(|h| Metric {
            namespace: Some("Shop/Checkout".into()),
            metric_name: Some("Latency".into()),
            dimensions: Some(host(h)),
        })
        .collect();
    assert_eq!(metrics, expected);
    assert_eq!(listed.next_token, None);
}

#[tokio::test]
async fn metrics_are_listed_over_pages() {
    let moto = Moto::start();
    let client = client(&moto.url);
    // 600 metrics, each put twice (so that each is listed once all the same), in calls of 300
    // data, whose bodies are gzipped on the way (over 10 KiB each).
    const METRICS: usize = 600;
    let datum = |i: usize, value: f64| {
        MetricDatum::builder()
            .metric_name(format!("metric-{i:03}"))
            .dimensions(vec![Dimension::new("Shard", (i % 4).to_string())])
            .value(value)
            .unit(StandardUnit::Count)
            .build()
            .expect("a datum")
    };
    let data: Vec<MetricDatum> = (0..METRICS).flat_map(|i| [datum(i, 1.0), datum(i, 2.0)]).collect();
    for chunk in data.chunks(300) {
        client
            .send(PutMetricData::builder().namespace("Paged").metric_data(chunk.to_vec()).build().unwrap())
            .await
            .expect("PutMetricData");
    }
    let expected: BTreeSet<String> = (0..METRICS).map(|i| format!("metric-{i:03}")).collect();

    // By hand, with the token: moto pages at 500.
    let mut names = Vec::new();
    let mut sizes = Vec::new();
    let mut tokens = Vec::new();
    let mut token: Option<String> = None;
    loop {
        assert!(sizes.len() < MAX_PAGES, "more than {MAX_PAGES} pages");
        let page = client
            .send(ListMetrics::builder().namespace("Paged").set_next_token(token.take()).build().unwrap())
            .await
            .expect("ListMetrics")
            .into_inner();
        let metrics = page.metrics.unwrap_or_default();
        sizes.push(metrics.len());
        names.extend(metrics.into_iter().filter_map(|m| m.metric_name));
        match page.next_token {
            Some(next) if !next.is_empty() => {
                tokens.push(next.clone());
                token = Some(next);
            }
            _ => break,
        }
    }
    assert_eq!(sizes, [500, 100]);
    assert_eq!(names.len(), METRICS, "each metric once");
    assert_eq!(names.into_iter().collect::<BTreeSet<_>>(), expected);

    // moto's tokens serve once: the second use is the modeled InvalidParameterValue.
    let err = client
        .send(ListMetrics::builder().namespace("Paged").next_token(tokens[0].clone()).build().unwrap())
        .await
        .expect_err("a used token");
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    let ListMetricsError::InvalidParameterValueException(e) = &service.error else {
        panic!("expected InvalidParameterValueException, got {:?}", service.error)
    };
    assert_eq!(e.message.as_deref(), Some("Request parameter NextToken is invalid"));
    assert_eq!((service.meta.code.as_str(), service.meta.status), ("InvalidParameterValue", 400));

    // With the paginator: pages, then items.
    let pages: Vec<_> = client
        .paginate(ListMetrics::builder().namespace("Paged").build().unwrap())
        .pages()
        .take(MAX_PAGES)
        .try_collect()
        .await
        .unwrap();
    let sizes: Vec<usize> = pages.iter().map(|p| p.metrics.as_ref().map_or(0, Vec::len)).collect();
    assert_eq!(sizes, [500, 100]);
    let items: Vec<Metric> = client
        .paginate(ListMetrics::builder().namespace("Paged").build().unwrap())
        .items()
        .take(MAX_ITEMS)
        .try_collect()
        .await
        .expect("items");
    let names: BTreeSet<String> = items.iter().filter_map(|m| m.metric_name.clone()).collect();
    assert_eq!((items.len(), names), (METRICS, expected));

    // Filters: a dimension's value, a name.
    let shard = DimensionFilter { name: "Shard".into(), value: Some("3".into()) };
    let items: Vec<Metric> = client
        .paginate(ListMetrics::builder().namespace("Paged").dimensions(vec![shard]).build().unwrap())
        .items()
        .take(MAX_ITEMS)
        .try_collect()
        .await
        .expect("items of shard 3");
    assert_eq!(items.len(), METRICS / 4);
    assert!(items.iter().all(|m| m.dimensions == Some(vec![Dimension::new("Shard", "3")])), "{:?}", items.first());
    let one = client
        .send(ListMetrics::builder().namespace("Paged").metric_name("metric-042").build().unwrap())
        .await
        .expect("ListMetrics");
    let metrics = one.into_inner().metrics.unwrap_or_default();
    assert_eq!(metrics.len(), 1);
    assert_eq!(metrics[0].dimensions, Some(vec![Dimension::new("Shard", "2")]));
}

fn alarm_arn(name: &str) -> String {
    format!("arn:aws:cloudwatch:{REGION}:{ACCOUNT}:alarm:{name}")
}

#[tokio::test]
async fn alarms_are_put_described_and_deleted() {
    let moto = Moto::start();
    let client = client(&moto.url);
    let pager = format!("arn:aws:sns:{REGION}:{ACCOUNT}:pager");
    let ok = format!("arn:aws:sns:{REGION}:{ACCOUNT}:all-clear");
    let before = DateTime::now().secs();

    // A threshold alarm on one metric, with every setting moto keeps.
    client
        .send(
            PutMetricAlarm::builder()
                .alarm_name("checkout-latency-high")
                .alarm_description("p50 latency above 250 ms")
                .actions_enabled(true)
                .alarm_actions(vec![pager.clone()])
                .ok_actions(vec![ok.clone()])
                .metric_name("Latency")
                .namespace("Shop/Checkout")
                .statistic(Statistic::Average)
                .dimensions(host("web-1"))
                .period(60)
                .unit(StandardUnit::Milliseconds)
                .evaluation_periods(3)
                .datapoints_to_alarm(2)
                .threshold(250.5)
                .comparison_operator(ComparisonOperator::GreaterThanThreshold)
                .treat_missing_data("breaching")
                .tags(vec![Tag { key: "team".into(), value: "checkout".into() }])
                .build()
                .unwrap(),
        )
        .await
        .expect("PutMetricAlarm");
    // One on a metric math expression over a query it does not return.
    let mut errors = MetricDataQuery::metric(
        "errors",
        Metric { namespace: Some("Shop/Checkout".into()), metric_name: Some("Errors".into()), dimensions: None },
        300,
        "Sum",
    );
    errors.return_data = Some(false);
    let mut doubled = MetricDataQuery::expression("doubled", "errors*2");
    doubled.label = Some("errors, doubled".into());
    doubled.return_data = Some(true);
    client
        .send(
            PutMetricAlarm::builder()
                .alarm_name("checkout-errors")
                .metrics(vec![errors.clone(), doubled.clone()])
                .evaluation_periods(1)
                .threshold(10.0)
                .comparison_operator(ComparisonOperator::GreaterThanOrEqualToThreshold)
                .build()
                .unwrap(),
        )
        .await
        .expect("PutMetricAlarm with metrics");
    client
        .send(
            PutMetricAlarm::builder()
                .alarm_name("search-latency")
                .metric_name("Latency")
                .namespace("Shop/Search")
                .statistic(Statistic::Maximum)
                .period(300)
                .evaluation_periods(1)
                .threshold(1.0)
                .comparison_operator(ComparisonOperator::LessThanThreshold)
                .build()
                .unwrap(),
        )
        .await
        .expect("PutMetricAlarm");

    let all = client.send(DescribeAlarms::default()).await.expect("DescribeAlarms").into_inner();
    assert_eq!(all.composite_alarms, Some(vec![]));
    assert_eq!(all.log_alarms, None);
    let alarms: BTreeMap<String, MetricAlarm> = all
        .metric_alarms
        .unwrap_or_default()
        .into_iter()
        .map(|a| (a.alarm_name.clone().unwrap_or_default(), a))
        .collect();
    assert_eq!(alarms.keys().collect::<Vec<_>>(), ["checkout-errors", "checkout-latency-high", "search-latency"]);
    let high = &alarms["checkout-latency-high"];
    assert_eq!(high.alarm_arn.as_deref(), Some(alarm_arn("checkout-latency-high").as_str()));
    assert_eq!(high.alarm_description.as_deref(), Some("p50 latency above 250 ms"));
    assert_eq!(high.actions_enabled, Some(true));
    assert_eq!(high.alarm_actions, Some(vec![pager.clone()]));
    assert_eq!(high.ok_actions, Some(vec![ok]));
    assert_eq!(high.insufficient_data_actions, Some(vec![]));
    assert_eq!((high.metric_name.as_deref(), high.namespace.as_deref()), (Some("Latency"), Some("Shop/Checkout")));
    assert_eq!(high.statistic, Some(Statistic::Average));
    assert_eq!(high.dimensions, Some(host("web-1")));
    assert_eq!((high.period, high.evaluation_periods, high.datapoints_to_alarm), (Some(60), Some(3), Some(2)));
    assert_eq!(high.unit, Some(StandardUnit::Milliseconds));
    assert_eq!(high.threshold, Some(250.5));
    assert_eq!(high.comparison_operator, Some(ComparisonOperator::GreaterThanThreshold));
    assert_eq!(high.treat_missing_data.as_deref(), Some("breaching"));
    assert_eq!(high.state_value, Some(StateValue::Ok));
    assert_eq!(high.state_reason.as_deref(), Some("Unchecked: Initial alarm creation"));
    let updated = high.alarm_configuration_updated_timestamp.expect("a configuration time").secs();
    assert!((before - 5..=DateTime::now().secs() + 5).contains(&updated), "{updated} vs {before}");
    let math = &alarms["checkout-errors"];
    assert_eq!(math.metrics, Some(vec![with_no_dimensions(errors), doubled]));
    assert_eq!(math.metric_name, None);

    // Filters: names, a prefix, a state, an action.
    let names = |out: aws_operation_cloudwatch::DescribeAlarmsOutput| -> Vec<String> {
        out.metric_alarms.unwrap_or_default().into_iter().filter_map(|a| a.alarm_name).collect()
    };
    let by_name = client
        .send(DescribeAlarms::builder().alarm_names(vec!["search-latency".into()]).build().unwrap())
        .await
        .unwrap();
    assert_eq!(names(by_name.into_inner()), ["search-latency"]);
    let by_prefix =
        client.send(DescribeAlarms::builder().alarm_name_prefix("checkout-").build().unwrap()).await.unwrap();
    let mut prefixed = names(by_prefix.into_inner());
    prefixed.sort();
    assert_eq!(prefixed, ["checkout-errors", "checkout-latency-high"]);
    let in_alarm =
        client.send(DescribeAlarms::builder().state_value(StateValue::Alarm).build().unwrap()).await.unwrap();
    assert!(names(in_alarm.into_inner()).is_empty());
    let paging = client.send(DescribeAlarms::builder().action_prefix(pager).build().unwrap()).await.unwrap();
    assert_eq!(names(paging.into_inner()), ["checkout-latency-high"]);

    // The paginator asks for one alarm a page; moto sends all three in one page, with no token.
    let pages: Vec<_> =
        client.paginate(DescribeAlarms::default()).page_size(1).pages().take(MAX_PAGES).try_collect().await.unwrap();
    assert_eq!(pages.len(), 1);
    let items: Vec<MetricAlarm> = client
        .paginate(DescribeAlarms::builder().build().unwrap())
        .page_size(1)
        .items()
        .take(MAX_ITEMS)
        .try_collect()
        .await
        .expect("items");
    assert_eq!(items.len(), 3);

    // Putting an alarm again replaces it.
    client
        .send(
            PutMetricAlarm::builder()
                .alarm_name("search-latency")
                .metric_name("Latency")
                .namespace("Shop/Search")
                .statistic(Statistic::Maximum)
                .period(300)
                .evaluation_periods(2)
                .threshold(2.5)
                .comparison_operator(ComparisonOperator::LessThanThreshold)
                .build()
                .unwrap(),
        )
        .await
        .expect("PutMetricAlarm again");
    let again = client
        .send(DescribeAlarms::builder().alarm_names(vec!["search-latency".into()]).build().unwrap())
        .await
        .unwrap();
    let again = again.into_inner().metric_alarms.unwrap_or_default();
    assert_eq!((again.len(), again[0].threshold, again[0].evaluation_periods), (1, Some(2.5), Some(2)));

    // A percentile moto does not know: InvalidParameterValue, which PutMetricAlarm's model does
    // not list, so it is unmodeled, with its code and message.
    let err = client
        .send(
            PutMetricAlarm::builder()
                .alarm_name("bad-percentile")
                .extended_statistic("x50")
                .evaluation_periods(1)
                .comparison_operator(ComparisonOperator::LessThanThreshold)
                .build()
                .unwrap(),
        )
        .await
        .expect_err("x50 is no percentile");
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    assert!(matches!(service.error, PutMetricAlarmError::Unmodeled(_)), "{:?}", service.error);
    assert_eq!(service.meta.code, "InvalidParameterValue");
    assert_eq!(
        service.meta.message.as_deref(),
        Some("The value x50 for parameter ExtendedStatistic is not supported.")
    );

    // Delete two; the third stays. Deleting what is gone succeeds on moto (not on CloudWatch).
    client
        .send(
            DeleteAlarms::builder()
                .alarm_names(vec!["checkout-errors".into(), "checkout-latency-high".into()])
                .build()
                .unwrap(),
        )
        .await
        .expect("DeleteAlarms");
    let left = client.send(DescribeAlarms::default()).await.unwrap().into_inner();
    assert_eq!(names(left), ["search-latency"]);
    client
        .send(DeleteAlarms::builder().alarm_names(vec!["checkout-errors".into()]).build().unwrap())
        .await
        .expect("moto deletes nothing");
}

/// A query as moto describes it back: a metric without dimensions has an empty list of them.
fn with_no_dimensions(mut query: MetricDataQuery) -> MetricDataQuery {
    if let Some(stat) = query.metric_stat.as_mut() {
        stat.metric.dimensions.get_or_insert_with(Vec::new);
    }
    query
}

#[tokio::test]
async fn modeled_errors_are_typed_by_their_query_codes() {
    let moto = Moto::start();
    let client = client(&moto.url);
    let base = base();

    // Values and Counts of different lengths.
    let uneven = MetricDatum::builder().metric_name("M").values(vec![1.0, 2.0]).counts(vec![1.0]).build().unwrap();
    let err = client
        .send(PutMetricData::builder().namespace("Errors").metric_data(vec![uneven]).build().unwrap())
        .await
        .unwrap_err();
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    let PutMetricDataError::InvalidParameterValueException(e) = &service.error else {
        panic!("expected InvalidParameterValueException, got {:?}", service.error)
    };
    assert_eq!(
        e.message.as_deref(),
        Some("The parameters MetricData.member.1.Values and MetricData.member.1.Counts must be of the same size.")
    );
    assert_eq!((service.meta.code.as_str(), service.meta.status), ("InvalidParameterValue", 400));
    assert!(service.meta.request_id.as_deref().is_some_and(|id| !id.is_empty()), "{:?}", service.meta);

    // A value and a statistic set in one datum.
    let both = MetricDatum::builder()
        .metric_name("M")
        .value(1.0)
        .statistic_values(StatisticSet { sample_count: 1.0, sum: 1.0, minimum: 1.0, maximum: 1.0 })
        .build()
        .unwrap();
    let err = client
        .send(PutMetricData::builder().namespace("Errors").metric_data(vec![both]).build().unwrap())
        .await
        .unwrap_err();
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    assert!(
        matches!(service.error, PutMetricDataError::InvalidParameterCombinationException(_)),
        "{:?}",
        service.error
    );
    assert_eq!(service.meta.code, "InvalidParameterCombination");

    // Statistics of an empty time range, and without statistics.
    let err = client
        .send(
            GetMetricStatistics::builder()
                .namespace("Errors")
                .metric_name("M")
                .start_time(at(base))
                .end_time(at(base))
                .period(60)
                .statistics(vec![Statistic::Sum])
                .build()
                .unwrap(),
        )
        .await
        .unwrap_err();
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    let GetMetricStatisticsError::InvalidParameterValueException(e) = &service.error else {
        panic!("expected InvalidParameterValueException, got {:?}", service.error)
    };
    assert_eq!(e.message.as_deref(), Some("The parameter StartTime must be less than the parameter EndTime."));
    assert_eq!(
        e.to_string(),
        "InvalidParameterValueException: The parameter StartTime must be less than the parameter EndTime."
    );
    let err = client
        .send(
            GetMetricStatistics::builder()
                .namespace("Errors")
                .metric_name("M")
                .start_time(at(base))
                .end_time(at(base + 60))
                .period(60)
                .build()
                .unwrap(),
        )
        .await
        .unwrap_err();
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    let GetMetricStatisticsError::InvalidParameterCombinationException(e) = &service.error else {
        panic!("expected InvalidParameterCombinationException, got {:?}", service.error)
    };
    assert_eq!(e.message.as_deref(), Some("Must specify either Statistics or ExtendedStatistics"));

    // A query with neither a metric nor an expression: moto's ValidationError, which
    // GetMetricData's model does not list.
    let empty = MetricDataQuery::builder().id("q").build().unwrap();
    let err = client
        .send(
            GetMetricData::builder()
                .metric_data_queries(vec![empty])
                .start_time(at(base))
                .end_time(at(base + 60))
                .build()
                .unwrap(),
        )
        .await
        .unwrap_err();
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    assert!(matches!(service.error, GetMetricDataError::Unmodeled(_)), "{:?}", service.error);
    assert_eq!(service.meta.code, "ValidationError");
}

/// The path and rule of each problem of an input refused before sending.
fn problems<E: std::error::Error + 'static>(err: Error<E>) -> Vec<(String, &'static str)> {
    let Error::InvalidInput(violations) = err else { panic!("expected InvalidInput, got {err:?}") };
    paths(&violations)
}

/// The path and rule of each problem.
fn paths(violations: &Violations) -> Vec<(String, &'static str)> {
    violations.iter().map(|v| (v.path.clone(), v.code())).collect()
}

/// Input the model refuses is reported member by member, and nothing is sent: the scripted
/// server stays without a request.
#[tokio::test]
async fn invalid_input_is_refused_before_sending() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let client = client(&server.url);
    let pair = |path: &str, code: &'static str| (path.to_owned(), code);

    // Required members missing: the builders refuse to build (`CloudWatchJson` has no fluent
    // builders, whose `send` would report the same).
    let err = PutMetricData::builder().build().unwrap_err();
    assert_eq!(paths(&err), [pair("Namespace", "required")]);
    let err = GetMetricStatistics::builder().namespace("N").build().unwrap_err();
    assert_eq!(
        paths(&err),
        [
            pair("MetricName", "required"),
            pair("StartTime", "required"),
            pair("EndTime", "required"),
            pair("Period", "required")
        ]
    );
    assert!(MetricDatum::builder().value(1.0).build().is_err(), "MetricName is required");
    assert!(DeleteAlarms::builder().build().is_err(), "AlarmNames is required");

    // Out of range, too long, too many, not matching the pattern, deep inside the input.
    let err = client.send(DescribeAlarms::builder().max_records(101).build().unwrap()).await.unwrap_err();
    assert_eq!(problems(err), [pair("MaxRecords", "range")]);
    let err = client
        .send(PutMetricAlarm::builder().alarm_name("a".repeat(256)).evaluation_interval(5).build().unwrap())
        .await
        .unwrap_err();
    assert_eq!(problems(err), [pair("AlarmName", "length"), pair("EvaluationInterval", "range")]);
    let mut datum = MetricDatum::builder().metric_name("M").value(1.0).build().unwrap();
    datum.storage_resolution = Some(0);
    datum.dimensions = Some((0..31).map(|i| Dimension::new(format!("d{i}"), "v")).collect());
    let entity = EntityMetricData {
        entity: Some(Entity {
            key_attributes: Some(BTreeMap::from([("Type".into(), "Service".into())])),
            attributes: None,
        }),
        metric_data: None,
    };
    let err = client
        .send(
            PutMetricData::builder()
                .namespace(":starts-with-a-colon")
                .metric_data(vec![datum])
                .entity_metric_data(vec![entity])
                .build()
                .unwrap(),
        )
        .await
        .unwrap_err();
    let mut found = problems(err);
    found.sort();
    let mut expected = vec![
        pair("Namespace", "pattern"),
        pair("MetricData[0].Dimensions", "length"),
        pair("MetricData[0].StorageResolution", "range"),
        pair("EntityMetricData[0].Entity.KeyAttributes", "length"),
    ];
    expected.sort();
    assert_eq!(found, expected);
    let err = client
        .send(
            DeleteAlarms::builder()
                .alarm_names((0..101).map(|i| format!("alarm-{i}")).collect::<Vec<_>>())
                .build()
                .unwrap(),
        )
        .await
        .unwrap_err();
    assert_eq!(problems(err), [pair("AlarmNames", "length")]);

    assert!(server.requests().is_empty(), "nothing was sent: {:?}", server.requests());
}

/// The JSON on the wire, and the gzip of a body of 10 KiB or more (moto reads both, so only here
/// does a test see them).
#[tokio::test]
async fn requests_are_awsjson_and_large_bodies_are_gzipped() {
    let server = Server::start(vec![Reply::json(200, "{}")]).await;
    let client = client(&server.url);
    let datum = MetricDatum::builder()
        .metric_name("Latency")
        .dimensions(host("web-1"))
        .timestamp(at(1_700_000_000))
        .values(vec![1.5, 2.5])
        .counts(vec![2.0, 3.0])
        .unit(StandardUnit::BytesPerSecond)
        .storage_resolution(1)
        .build()
        .unwrap();
    let entity = EntityMetricData {
        entity: Some(Entity {
            key_attributes: Some(BTreeMap::from([
                ("Type".into(), "Service".into()),
                ("Name".into(), "checkout".into()),
            ])),
            attributes: Some(BTreeMap::from([("PlatformType".into(), "AWS::EC2".into())])),
        }),
        metric_data: Some(vec![MetricDatum::builder().metric_name("Calls").value(3.0).build().unwrap()]),
    };
    client
        .send(
            PutMetricData::builder()
                .namespace("Shop")
                .metric_data(vec![datum])
                .entity_metric_data(vec![entity])
                .strict_entity_validation(true)
                .build()
                .unwrap(),
        )
        .await
        .expect("PutMetricData");
    let big: Vec<MetricDatum> = (0..400)
        .map(|i| MetricDatum::builder().metric_name(format!("metric-{i:03}")).value(f64::from(i)).build().unwrap())
        .collect();
    client
        .send(PutMetricData::builder().namespace("Shop").metric_data(big).build().unwrap())
        .await
        .expect("a large PutMetricData");

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let small = &requests[0];
    assert_eq!((small.method.as_str(), small.path.as_str()), ("POST", "/"));
    assert_eq!(small.header("content-type"), Some("application/x-amz-json-1.0"));
    assert_eq!(small.header("x-amz-target"), Some(format!("{TARGET}.PutMetricData").as_str()));
    assert_eq!(small.header("x-amzn-query-mode"), Some("true"), "awsQueryCompatible");
    assert_eq!(small.header("content-encoding"), None, "a small body is sent as it is");
    let body = small.json();
    assert_eq!(body["Namespace"], "Shop");
    let sent = &body["MetricData"][0];
    assert_eq!(sent["MetricName"], "Latency");
    assert_eq!(sent["Dimensions"], json!([{"Name": "Host", "Value": "web-1"}]));
    // Timestamps as epoch seconds, numbers as numbers.
    assert_eq!(sent["Timestamp"].as_f64(), Some(1_700_000_000.0));
    let numbers = |v: &Value| v.as_array().map(|a| a.iter().filter_map(Value::as_f64).collect::<Vec<_>>());
    assert_eq!((numbers(&sent["Values"]), numbers(&sent["Counts"])), (Some(vec![1.5, 2.5]), Some(vec![2.0, 3.0])));
    assert_eq!((&sent["Unit"], &sent["StorageResolution"]), (&json!("Bytes/Second"), &json!(1)));
    assert_eq!(
        body["EntityMetricData"][0]["Entity"],
        json!({"KeyAttributes": {"Name": "checkout", "Type": "Service"}, "Attributes": {"PlatformType": "AWS::EC2"}})
    );
    assert_eq!(body["EntityMetricData"][0]["MetricData"][0]["MetricName"], "Calls");
    assert_eq!(body["StrictEntityValidation"], true);

    let large = &requests[1];
    assert_eq!(large.header("content-encoding"), Some("gzip"));
    let mut text = String::new();
    flate2::read::GzDecoder::new(large.body.as_slice()).read_to_string(&mut text).expect("a gzip body");
    assert!(text.len() >= 10 * 1024, "{} bytes", text.len());
    assert!(large.body.len() < text.len() / 2, "{} bytes gzipped from {}", large.body.len(), text.len());
    let body: Value = serde_json::from_str(&text).expect("JSON inside");
    let data = body["MetricData"].as_array().expect("MetricData");
    assert_eq!(data.len(), 400);
    assert_eq!((&data[399]["MetricName"], data[399]["Value"].as_f64()), (&json!("metric-399"), Some(399.0)));
}

/// What moto does not do, as CloudWatch does it: alarms a page at a time, and the errors of
/// `DeleteAlarms` and `PutMetricAlarm`, each with its awsQuery code in `x-amzn-query-error`.
#[tokio::test]
async fn alarms_page_and_errors_are_read_as_cloudwatch_sends_them() {
    let page = |alarms: &str, token: Option<&str>| {
        let token = token.map(|t| format!(r#","NextToken":"{t}""#)).unwrap_or_default();
        Reply::json(200, &format!(r#"{{"MetricAlarms":[{alarms}],"CompositeAlarms":[]{token}}}"#))
    };
    let server = Server::start(vec![
        page(r#"{"AlarmName":"a","StateValue":"ALARM"}"#, Some("t-1")),
        page(r#"{"AlarmName":"b","StateValue":"INSUFFICIENT_DATA","EvaluationState":"PARTIAL_DATA"}"#, Some("t-2")),
        page(r#"{"AlarmName":"c","StateValue":"SOMETHING_NEW"}"#, None),
    ])
    .await;
    let pages = client(&server.url);
    let alarms: Vec<MetricAlarm> =
        pages.paginate(DescribeAlarms::default()).page_size(1).items().take(MAX_ITEMS).try_collect().await.unwrap();
    let states: Vec<_> =
        alarms.iter().map(|a| (a.alarm_name.clone().unwrap_or_default(), a.state_value.clone())).collect();
    assert_eq!(
        states,
        [
            ("a".to_owned(), Some(StateValue::Alarm)),
            ("b".to_owned(), Some(StateValue::InsufficientData)),
            ("c".to_owned(), Some(StateValue::Unknown("SOMETHING_NEW".into()))),
        ]
    );
    assert_eq!(alarms[1].evaluation_state, Some(EvaluationState::PartialData));
    let requests = server.requests();
    let bodies: Vec<Value> = requests.iter().map(|r| r.json()).collect();
    assert_eq!(
        bodies,
        [
            json!({"MaxRecords": 1}),
            json!({"MaxRecords": 1, "NextToken": "t-1"}),
            json!({"MaxRecords": 1, "NextToken": "t-2"})
        ]
    );
    assert!(requests.iter().all(|r| r.header("x-amz-target") == Some(&format!("{TARGET}.DescribeAlarms"))));
    drop(server);

    // DeleteAlarms of an alarm that does not exist; a bad token; the alarm quota.
    let error = |status: u16, shape: &str, code: &str, message: &str| {
        Reply::json(status, &format!(r#"{{"__type":"com.amazonaws.cloudwatch#{shape}","message":"{message}"}}"#))
            .header("x-amzn-query-error", &format!("{code};Sender"))
    };
    let server = Server::start(vec![
        error(404, "ResourceNotFound", "ResourceNotFound", "The specified alarm does not exist."),
        error(400, "InvalidNextToken", "InvalidNextToken", "The token is invalid."),
        error(400, "LimitExceededFault", "LimitExceeded", "The maximum number of alarms has been reached."),
    ])
    .await;
    let client = client(&server.url);
    let err = client.send(DeleteAlarms::builder().alarm_names(vec!["gone".into()]).build().unwrap()).await.unwrap_err();
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    let DeleteAlarmsError::ResourceNotFound(e) = &service.error else {
        panic!("expected ResourceNotFound, got {:?}", service.error)
    };
    assert_eq!(e.message.as_deref(), Some("The specified alarm does not exist."));
    assert_eq!((service.meta.code.as_str(), service.meta.status), ("ResourceNotFound", 404));
    let err = client.send(DescribeAlarms::builder().next_token("bad").build().unwrap()).await.unwrap_err();
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    assert!(matches!(service.error, DescribeAlarmsError::InvalidNextToken(_)), "{:?}", service.error);
    let err = client
        .send(
            PutMetricAlarm::builder()
                .alarm_name("one-too-many")
                .evaluation_periods(1)
                .comparison_operator(ComparisonOperator::GreaterThanThreshold)
                .build()
                .unwrap(),
        )
        .await
        .unwrap_err();
    let Error::Service(service) = &err else { panic!("expected a service error, got {err:?}") };
    let PutMetricAlarmError::LimitExceededFault(e) = &service.error else {
        panic!("expected LimitExceededFault, got {:?}", service.error)
    };
    assert_eq!(e.message.as_deref(), Some("The maximum number of alarms has been reached."));
    assert_eq!(service.meta.code, "LimitExceeded");
    assert_eq!(server.requests().len(), 3, "client errors are not retried");
}

#[tokio::test]
async fn the_command_puts_and_reads_metrics_and_reports_errors() {
    let moto = Moto::start();
    let url = moto.url.clone();
    let base = base();

    // Named as the AWS CLI names it, not after the signing name (`monitoring`).
    let (code, out, err) = command(&url, &["help"]).await;
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("usage: cloudwatch <operation> "), "{out}");
    assert!(out.contains("\n  list-metrics  (paginated)\n"), "{out}");
    let (code, _, err) = command(&url, &["list-alarms"]).await;
    assert_eq!(code, 252, "{err}");
    assert!(err.contains("`list-alarms` is not an operation of cloudwatch"), "{err}");

    // put-metric-data with --metric-data as JSON, timestamps as epoch seconds.
    let data = json!([
        {"MetricName": "Orders", "Dimensions": [{"Name": "Shop", "Value": "eu"}], "Timestamp": base + 5,
         "Values": [3, 4], "Counts": [1, 2], "Unit": "Count"},
        {"MetricName": "Orders", "Dimensions": [{"Name": "Shop", "Value": "eu"}], "Timestamp": base + 15,
         "StatisticValues": {"SampleCount": 2, "Sum": 10, "Minimum": 4, "Maximum": 6}, "Unit": "Count"},
    ]);
    let (code, out, err) =
        command(&url, &["put-metric-data", "--namespace", "Shop", "--metric-data", &data.to_string()]).await;
    assert_eq!((code, out.as_str()), (0, ""), "{err}");

    // get-metric-statistics with list flags given one value an argument.
    let (start, end) = (base.to_string(), (base + 600).to_string());
    let (code, out, err) = command(
        &url,
        &[
            "get-metric-statistics",
            "--namespace",
            "Shop",
            "--metric-name",
            "Orders",
            "--dimensions",
            r#"[{"Name": "Shop", "Value": "eu"}]"#,
            "--start-time",
            &start,
            "--end-time",
            &end,
            "--period",
            "60",
            "--statistics",
            "Sum",
            "SampleCount",
        ],
    )
    .await;
    assert_eq!(code, 0, "{err}");
    let stats: Value = serde_json::from_str(&out).expect("JSON output");
    assert_eq!(stats["Label"], "Orders");
    let points = stats["Datapoints"].as_array().expect("Datapoints");
    assert_eq!(points.len(), 1, "{out}");
    // 3 + 4 x 2 = 11 over 3 samples, and the set's 10 over 2.
    assert_eq!((points[0]["Sum"].as_f64(), points[0]["SampleCount"].as_f64()), (Some(21.0), Some(5.0)), "{out}");
    assert_eq!(points[0]["Unit"], "Count");

    // list-metrics: every page merged, as the AWS CLI prints it.
    let (code, out, err) = command(&url, &["list-metrics", "--namespace", "Shop"]).await;
    assert_eq!(code, 0, "{err}");
    let listed: Value = serde_json::from_str(&out).expect("JSON output");
    assert_eq!(
        listed["Metrics"],
        json!([{"Namespace": "Shop", "MetricName": "Orders", "Dimensions": [{"Name": "Shop", "Value": "eu"}]}])
    );

    // put-metric-alarm, describe-alarms, delete-alarms.
    let (code, _, err) = command(
        &url,
        &[
            "put-metric-alarm",
            "--alarm-name",
            "orders-low",
            "--metric-name",
            "Orders",
            "--namespace",
            "Shop",
            "--statistic",
            "Sum",
            "--period",
            "300",
            "--evaluation-periods",
            "2",
            "--threshold",
            "1.5",
            "--comparison-operator",
            "LessThanThreshold",
        ],
    )
    .await;
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = command(&url, &["describe-alarms", "--alarm-names", "orders-low"]).await;
    assert_eq!(code, 0, "{err}");
    let described: Value = serde_json::from_str(&out).expect("JSON output");
    let alarm = &described["MetricAlarms"][0];
    assert_eq!(
        (&alarm["AlarmName"], &alarm["Threshold"], &alarm["StateValue"]),
        (&json!("orders-low"), &json!(1.5), &json!("OK"))
    );
    let (code, _, err) = command(&url, &["delete-alarms", "--alarm-names", "orders-low"]).await;
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = command(&url, &["describe-alarms"]).await;
    assert_eq!(code, 0, "{err}");
    assert_eq!(serde_json::from_str::<Value>(&out).unwrap()["MetricAlarms"], json!([]), "{out}");

    // A service error: the AWS CLI's line and exit code, with the query-compatible code.
    let (code, out, err) = command(
        &url,
        &[
            "get-metric-statistics",
            "--namespace",
            "Shop",
            "--metric-name",
            "Orders",
            "--start-time",
            &end,
            "--end-time",
            &start,
            "--period",
            "60",
            "--statistics",
            "Sum",
        ],
    )
    .await;
    assert_eq!((code, out.as_str()), (254, ""), "{err}");
    assert!(
        err.contains("An error occurred (InvalidParameterValue) when calling the GetMetricStatistics operation"),
        "{err}"
    );

    // Bad input: a required member missing, an out-of-range value; nothing is sent.
    let (code, out, err) = command(&url, &["put-metric-data", "--metric-data", "[]"]).await;
    assert_eq!((code, out.as_str()), (252, ""), "{err}");
    assert!(err.contains("Namespace"), "{err}");
    let (code, _, err) = command(&url, &["describe-alarms", "--max-records", "0"]).await;
    assert_eq!(code, 252, "{err}");
    assert!(err.contains("MaxRecords"), "{err}");
}
