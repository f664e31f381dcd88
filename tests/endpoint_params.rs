//! Endpoint parameters bound per call, through the client: every endpoint test case of DynamoDB
//! (awsJson1_0) and Kinesis (awsJson1_1) whose `operationInputs` names an operation defined here
//! is run as an SDK runs it. The config comes from the case's `builtInParams` and `clientParams`,
//! the input from its `operationParams` (read strictly, so every member given is modeled), and
//! the client resolves the route for that input without sending: URL, headers and signing scope,
//! or the rule set's error verbatim. Prints one line per service,
//! `endpoint params <service>: P passed, F failed (of N cases with operationInputs)`.
//!
//! Kinesis has only two such cases, so its cases without `operationInputs` are also run through
//! the operation whose bindings give exactly their `params` (a data-plane operation for
//! `OperationType=data` with a `StreamARN`, say), with the members set to those values.
//!
//! Then, with a small rule set of our own (`tests/fixtures/endpoint_params/rule-set.json`): the
//! order of precedence, headers and signing overrides on the wire, the bounded route cache,
//! every path shape the models use, and the refusal of blank required context parameters.

mod support;

use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;

use aws_operation::client::{Client, ResolvedRoute};
use aws_operation::config::AccountIdEndpointMode;
use aws_operation::endpoint::{ParamSource, ParameterType, RuleSet, StaticValue};
use aws_operation::error::ConfigError;
use aws_operation::{Config, Credentials, Error, Operation, Service, UnknownMember};
use aws_operation::{aws_operation, aws_service, aws_shape};
use serde_json::{Value, json};

// ---- DynamoDB: the four operations its endpoint tests name, and the other path shapes ----

#[aws_service(
    id = "DynamoDB",
    protocol = "awsJson1_0",
    target_prefix = "DynamoDB_20120810",
    signing_name = "dynamodb",
    api_version = "2012-08-10",
    endpoint_rules = "tests/fixtures/endpoints/dynamodb/endpoint-rule-set-1.json"
)]
struct DynamoDb;

/// An empty output, for operations whose output these tests never read.
#[aws_shape(rename_all = "PascalCase")]
struct Empty {}

#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
enum AttributeValue {
    #[aws(name = "S")]
    S(String),
    #[aws(name = "N")]
    N(String),
    Unknown(UnknownMember),
}

#[aws_operation(service = DynamoDb, operation = "ListTables", output = Empty, rename_all = "PascalCase")]
struct ListTables {
    exclusive_start_table_name: Option<String>,
    limit: Option<i32>,
}

#[aws_operation(service = DynamoDb, operation = "DescribeTable", output = Empty, rename_all = "PascalCase")]
struct DescribeTable {
    #[aws(context_param = "ResourceArn", length(min = 1, max = 1024))]
    table_name: String,
}

#[aws_operation(service = DynamoDb, operation = "GetItem", output = Empty, rename_all = "PascalCase")]
struct GetItem {
    #[aws(context_param = "ResourceArn")]
    table_name: String,
    key: BTreeMap<String, AttributeValue>,
}

#[aws_shape(rename_all = "PascalCase")]
struct KeysAndAttributes {
    keys: Vec<BTreeMap<String, AttributeValue>>,
    consistent_read: Option<bool>,
}

#[aws_operation(
    service = DynamoDb,
    operation = "BatchGetItem",
    output = Empty,
    rename_all = "PascalCase",
    operation_context_params(ResourceArnList = "keys(RequestItems)")
)]
struct BatchGetItem {
    request_items: BTreeMap<String, KeysAndAttributes>,
    return_consumed_capacity: Option<String>,
}

#[aws_operation(
    service = DynamoDb,
    operation = "SearchVectors",
    output = Empty,
    rename_all = "PascalCase",
    static_context_params(IsSearchOperation = true)
)]
struct SearchVectors {
    #[aws(context_param = "ResourceArn")]
    table_name: String,
    index_name: String,
    search_vector: Vec<AttributeValue>,
    top_k: i32,
}

#[aws_shape(rename_all = "PascalCase")]
struct TableRef {
    table_name: String,
}

#[aws_shape(rename_all = "PascalCase")]
struct TransactGetItem {
    get: TableRef,
}

#[aws_operation(
    service = DynamoDb,
    operation = "TransactGetItems",
    output = Empty,
    rename_all = "PascalCase",
    operation_context_params(ResourceArnList = "TransactItems[*].Get.TableName")
)]
struct TransactGetItems {
    transact_items: Vec<TransactGetItem>,
}

#[aws_shape(rename_all = "PascalCase")]
struct TransactWriteItem {
    condition_check: Option<TableRef>,
    put: Option<TableRef>,
    delete: Option<TableRef>,
    update: Option<TableRef>,
}

#[aws_operation(
    service = DynamoDb,
    operation = "TransactWriteItems",
    output = Empty,
    rename_all = "PascalCase",
    operation_context_params(
        ResourceArnList = "TransactItems[*].[ConditionCheck.TableName, Put.TableName, Delete.TableName, Update.TableName][]"
    )
)]
struct TransactWriteItems {
    transact_items: Vec<TransactWriteItem>,
}

#[aws_operation(
    service = DynamoDb,
    operation = "ImportTable",
    output = Empty,
    rename_all = "PascalCase",
    operation_context_params(ResourceArn = "TableCreationParameters.TableName")
)]
struct ImportTable {
    table_creation_parameters: TableRef,
}

// ---- Kinesis ----

#[aws_service(
    id = "Kinesis",
    protocol = "awsJson1_1",
    target_prefix = "Kinesis_20131202",
    signing_name = "kinesis",
    api_version = "2013-12-02",
    endpoint_rules = "tests/fixtures/endpoints/kinesis/endpoint-rule-set-1.json"
)]
struct Kinesis;

#[aws_operation(
    service = Kinesis,
    operation = "GetShardIterator",
    output = Empty,
    rename_all = "PascalCase",
    static_context_params(OperationType = "data")
)]
struct GetShardIterator {
    stream_name: Option<String>,
    shard_id: String,
    shard_iterator_type: String,
    #[aws(context_param = "StreamARN", name = "StreamARN")]
    stream_arn: Option<String>,
    #[aws(context_param = "StreamId")]
    stream_id: Option<String>,
}

#[aws_operation(
    service = Kinesis,
    operation = "ListShards",
    output = Empty,
    rename_all = "PascalCase",
    static_context_params(OperationType = "control")
)]
struct ListShards {
    stream_name: Option<String>,
    next_token: Option<String>,
    #[aws(context_param = "StreamARN", name = "StreamARN")]
    stream_arn: Option<String>,
    #[aws(context_param = "StreamId")]
    stream_id: Option<String>,
}

#[aws_operation(
    service = Kinesis,
    operation = "PutRecord",
    output = Empty,
    rename_all = "PascalCase",
    static_context_params(OperationType = "data")
)]
struct PutRecord {
    data: aws_operation::Blob,
    partition_key: Option<String>,
    #[aws(context_param = "StreamARN", name = "StreamARN")]
    stream_arn: Option<String>,
    #[aws(context_param = "StreamId")]
    stream_id: Option<String>,
}

#[aws_operation(
    service = Kinesis,
    operation = "SubscribeToShard",
    output = Empty,
    rename_all = "PascalCase",
    static_context_params(OperationType = "data")
)]
struct SubscribeToShard {
    #[aws(context_param = "ConsumerARN", name = "ConsumerARN")]
    consumer_arn: String,
    #[aws(context_param = "StreamId")]
    stream_id: Option<String>,
    shard_id: String,
}

#[aws_operation(
    service = Kinesis,
    operation = "DescribeStreamConsumer",
    output = Empty,
    rename_all = "PascalCase",
    static_context_params(OperationType = "control")
)]
struct DescribeStreamConsumer {
    #[aws(context_param = "StreamARN", name = "StreamARN")]
    stream_arn: Option<String>,
    consumer_name: Option<String>,
    #[aws(context_param = "ConsumerARN", name = "ConsumerARN")]
    consumer_arn: Option<String>,
    #[aws(context_param = "StreamId")]
    stream_id: Option<String>,
}

#[aws_operation(
    service = Kinesis,
    operation = "TagResource",
    output = Empty,
    rename_all = "PascalCase",
    static_context_params(OperationType = "control")
)]
struct TagResource {
    tags: BTreeMap<String, String>,
    #[aws(context_param = "ResourceARN", name = "ResourceARN")]
    resource_arn: String,
    #[aws(context_param = "StreamId")]
    stream_id: Option<String>,
}

// ---- Running the endpoint tests ----

type Resolved = Pin<Box<dyn Future<Output = Result<ResolvedRoute, String>> + Send>>;

/// An operation by its model name: reads its input and resolves its route.
struct Op {
    name: &'static str,
    signing_name: &'static str,
    bindings: &'static [aws_operation::endpoint::EndpointParam],
    resolve: fn(Config, Value) -> Resolved,
}

fn op<O: Operation>() -> Op {
    Op {
        name: O::NAME,
        signing_name: <O::Service as Service>::SIGNING_NAME,
        bindings: O::ENDPOINT_PARAMS,
        resolve: |config, input| {
            Box::pin(async move {
                let input: O = aws_operation::shape::read_input(&input).map_err(|e| format!("input: {e}"))?;
                let client = Client::<O::Service>::new(&config).map_err(|e| e.to_string())?;
                client.endpoint_for(&input).await.map_err(|e| match e {
                    ConfigError::Endpoint(e) => e.to_string(),
                    other => format!("not an endpoint error: {other}"),
                })
            })
        },
    }
}

fn dynamodb_ops() -> Vec<Op> {
    vec![
        op::<ListTables>(),
        op::<DescribeTable>(),
        op::<GetItem>(),
        op::<BatchGetItem>(),
        op::<SearchVectors>(),
        op::<TransactGetItems>(),
        op::<TransactWriteItems>(),
        op::<ImportTable>(),
    ]
}

fn kinesis_ops() -> Vec<Op> {
    vec![
        op::<GetShardIterator>(),
        op::<ListShards>(),
        op::<PutRecord>(),
        op::<SubscribeToShard>(),
        op::<DescribeStreamConsumer>(),
        op::<TagResource>(),
    ]
}

fn fixture(service: &str, file: &str) -> String {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/endpoints").join(service).join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn credentials() -> Credentials {
    Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None, None)
}

/// The config an SDK builds from a case's built-ins and client parameters.
fn config_for(built_ins: &Value, client_params: &Value) -> Result<Config, String> {
    let mut config = Config::builder().allow_http(true);
    let mut account = None;
    for (name, value) in built_ins.as_object().into_iter().flatten() {
        let (text, flag) = (value.as_str(), value.as_bool());
        let need_flag = || flag.ok_or(format!("{name} is not a boolean"));
        let need_text = || text.ok_or(format!("{name} is not a string"));
        config = match name.as_str() {
            "AWS::Region" => config.region(need_text()?),
            "AWS::UseFIPS" => config.use_fips(need_flag()?),
            "AWS::UseDualStack" => config.use_dual_stack(need_flag()?),
            "SDK::Endpoint" => config.endpoint_url(need_text()?),
            "AWS::Auth::AccountId" => {
                account = Some(need_text()?.to_owned());
                config
            }
            "AWS::Auth::AccountIdEndpointMode" => config.account_id_endpoint_mode(
                AccountIdEndpointMode::from_name(need_text()?).ok_or(format!("unknown mode {value}"))?,
            ),
            "AWS::S3::ForcePathStyle" => config.s3_force_path_style(need_flag()?),
            "AWS::STS::UseGlobalEndpoint" => config.sts_use_global_endpoint(need_flag()?),
            other => return Err(format!("built-in {other} is not mapped")),
        };
    }
    for (name, value) in client_params.as_object().into_iter().flatten() {
        config = match value {
            Value::Bool(b) => config.client_context_param(name, *b),
            Value::String(s) => config.client_context_param(name, s.as_str()),
            other => return Err(format!("client parameter {name} = {other}")),
        };
    }
    let credentials = match account {
        Some(account) => credentials().with_account_id(account),
        None => credentials(),
    };
    config.credentials(credentials).build().map_err(|e| e.to_string())
}

/// The route against the case's expectation: the error verbatim, or the URL, the headers and
/// the first SigV4 scheme's signing name and region (the operation's service and the configured
/// region unless the endpoint says otherwise).
fn check(
    got: Result<ResolvedRoute, String>,
    expect: &Value,
    signing_name: &str,
    region: Option<&str>,
) -> Result<(), String> {
    if let Some(message) = expect.get("error").and_then(Value::as_str) {
        return match got {
            Err(e) if e == message => Ok(()),
            Err(e) => Err(format!("error `{e}`, expected `{message}`")),
            Ok(route) => Err(format!("resolved {}, expected error `{message}`", route.url)),
        };
    }
    let route = got.map_err(|e| format!("error `{e}`"))?;
    let endpoint = &expect["endpoint"];
    if route.url != endpoint["url"].as_str().unwrap_or_default() {
        return Err(format!("url {}, expected {}", route.url, endpoint["url"]));
    }
    let headers: Vec<(String, String)> = endpoint
        .get("headers")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, values)| {
            let values: Vec<&str> = values.as_array().into_iter().flatten().filter_map(Value::as_str).collect();
            (name.clone(), values.join(","))
        })
        .collect();
    if route.headers != headers {
        return Err(format!("headers {:?}, expected {headers:?}", route.headers));
    }
    let schemes = endpoint["properties"]["authSchemes"].as_array().cloned().unwrap_or_default();
    if let Some(scheme) = schemes.iter().find(|s| s["name"] == "sigv4") {
        let name = scheme["signingName"].as_str().unwrap_or(signing_name);
        let region = scheme["signingRegion"].as_str().or(region).unwrap_or_default();
        if (route.signing_name.as_str(), route.signing_region.as_str()) != (name, region) {
            return Err(format!(
                "signed for {}/{}, expected {name}/{region}",
                route.signing_name, route.signing_region
            ));
        }
    }
    Ok(())
}

/// What one service's cases came to.
#[derive(Default)]
struct Tally {
    passed: usize,
    failed: Vec<String>,
}

impl Tally {
    fn record(&mut self, case: &str, outcome: Result<(), String>) {
        match outcome {
            Ok(()) => self.passed += 1,
            Err(why) => self.failed.push(format!("{case}: {why}")),
        }
    }

    fn report(&self, line: &str) {
        println!("{line}");
        for failure in &self.failed {
            println!("  FAILED {failure}");
        }
    }
}

/// Every case of `service` whose `operationInputs` names an operation of `ops`; returns the
/// tally and how many cases carry `operationInputs` at all.
async fn operation_inputs(service: &str, ops: &[Op]) -> (Tally, usize) {
    let tests: Value = serde_json::from_str(&fixture(service, "endpoint-tests-1.json")).unwrap();
    let mut tally = Tally::default();
    let mut with_inputs = 0;
    for case in tests["testCases"].as_array().unwrap() {
        let Some(inputs) = case.get("operationInputs").and_then(Value::as_array) else { continue };
        with_inputs += 1;
        let doc = case["documentation"].as_str().unwrap_or_default();
        for input in inputs {
            let name = input["operationName"].as_str().unwrap_or_default();
            let Some(op) = ops.iter().find(|op| op.name == name) else { continue };
            let outcome = match config_for(&input["builtInParams"], &input["clientParams"]) {
                Err(e) => Err(e),
                Ok(config) => {
                    let region = config.region().map(str::to_owned);
                    let params = input.get("operationParams").cloned().unwrap_or_else(|| json!({}));
                    let got = (op.resolve)(config, params).await;
                    check(got, &case["expect"], op.signing_name, region.as_deref())
                }
            };
            tally.record(&format!("{name}: {doc}"), outcome);
        }
    }
    (tally, with_inputs)
}

/// The parameters that are built-ins of an SDK, which a case's `params` sets through the config.
const BUILT_INS: [&str; 4] = ["Region", "UseFIPS", "UseDualStack", "Endpoint"];

/// Kinesis's cases without `operationInputs`, each through the operation whose bindings give
/// exactly its non-built-in `params`; the cases no operation gives are counted apart.
async fn kinesis_from_params(ops: &[Op]) -> (Tally, usize) {
    let tests: Value = serde_json::from_str(&fixture("kinesis", "endpoint-tests-1.json")).unwrap();
    let (mut tally, mut unmatched) = (Tally::default(), 0);
    for case in tests["testCases"].as_array().unwrap() {
        if case.get("operationInputs").is_some() {
            continue;
        }
        let doc = case["documentation"].as_str().unwrap_or_default();
        let empty = serde_json::Map::new();
        let params = case["params"].as_object().unwrap_or(&empty);
        let bound: BTreeMap<&str, &Value> =
            params.iter().filter(|(k, _)| !BUILT_INS.contains(&k.as_str())).map(|(k, v)| (k.as_str(), v)).collect();
        let fits = |op: &&Op| {
            let Some(kind) = bound.get("OperationType") else { return false };
            let statics = op.bindings.iter().any(|b| {
                b.name == "OperationType"
                    && matches!(b.source, ParamSource::Static(StaticValue::String(v)) if Some(v) == kind.as_str())
            });
            let members: Vec<&str> =
                op.bindings.iter().filter(|b| matches!(b.source, ParamSource::Member(_))).map(|b| b.name).collect();
            statics && bound.keys().filter(|k| **k != "OperationType").all(|k| members.iter().any(|m| m == k))
        };
        let Some(op) = ops.iter().find(fits) else {
            unmatched += 1;
            continue;
        };
        // The members the case sets, and placeholders for the other required ones.
        let mut input = match op.name {
            "PutRecord" => json!({"Data": "AA=="}),
            "SubscribeToShard" => json!({"ShardId": "shardId-000000000001", "ConsumerARN": ""}),
            "GetShardIterator" => json!({"ShardId": "shardId-000000000001", "ShardIteratorType": "LATEST"}),
            "TagResource" => json!({"Tags": {}}),
            _ => json!({}),
        };
        for (name, value) in &bound {
            let member = op.bindings.iter().find(|b| b.name == *name).map(|b| b.source);
            if let Some(ParamSource::Member(member)) = member {
                input[member] = (*value).clone();
            }
        }
        let built_ins: serde_json::Map<String, Value> = params
            .iter()
            .filter_map(|(k, v)| {
                let name = match k.as_str() {
                    "Region" => "AWS::Region",
                    "UseFIPS" => "AWS::UseFIPS",
                    "UseDualStack" => "AWS::UseDualStack",
                    "Endpoint" => "SDK::Endpoint",
                    _ => return None,
                };
                Some((name.to_owned(), v.clone()))
            })
            .collect();
        let outcome = match config_for(&Value::Object(built_ins), &Value::Null) {
            Err(e) => Err(e),
            Ok(config) => {
                let region = config.region().map(str::to_owned);
                check((op.resolve)(config, input).await, &case["expect"], op.signing_name, region.as_deref())
            }
        };
        tally.record(&format!("{} from params: {doc}", op.name), outcome);
    }
    (tally, unmatched)
}

/// Every parameter the operations bind is declared by the service's rule set, with the type of
/// what binds it.
fn check_bindings(service: &str, ops: &[Op]) {
    let rules = RuleSet::from_json(&fixture(service, "endpoint-rule-set-1.json")).unwrap();
    for op in ops {
        for binding in op.bindings {
            let declared = rules.parameters().iter().find(|p| p.name() == binding.name);
            let declared = declared.unwrap_or_else(|| panic!("{}: `{}` is not a parameter", op.name, binding.name));
            let expected = match binding.source {
                ParamSource::Static(StaticValue::Bool(_)) => Some(ParameterType::Boolean),
                ParamSource::Static(StaticValue::String(_)) => Some(ParameterType::String),
                _ => None,
            };
            assert!(
                expected.is_none_or(|t| t == declared.kind()),
                "{}: `{}` has the wrong type",
                op.name,
                binding.name
            );
        }
    }
}

/// Checks `ops` against the service's rule set, runs every case with `operationInputs`
/// through the client, prints the line, and returns (passed, cases with operationInputs).
async fn through_the_client(service: &str, ops: &[Op]) -> (usize, usize) {
    check_bindings(service, ops);
    let (tally, with_inputs) = operation_inputs(service, ops).await;
    tally.report(&format!(
        "endpoint params {service}: {} passed, {} failed (of {with_inputs} cases with operationInputs)",
        tally.passed,
        tally.failed.len()
    ));
    assert!(tally.failed.is_empty(), "{} failed", tally.failed.len());
    (tally.passed, with_inputs)
}

#[tokio::test]
async fn dynamodb_endpoint_tests_through_the_client() {
    // ListTables 38, BatchGetItem 40, DescribeTable 54, SearchVectors 112: every case.
    assert_eq!(through_the_client("dynamodb", &dynamodb_ops()).await, (244, 244));
}

#[tokio::test]
async fn kinesis_endpoint_tests_through_the_client() {
    let ops = kinesis_ops();
    assert_eq!(through_the_client("kinesis", &ops).await, (2, 2));

    let (derived, unmatched) = kinesis_from_params(&ops).await;
    derived.report(&format!(
        "endpoint params kinesis from params: {} passed, {} failed ({unmatched} cases no operation gives)",
        derived.passed,
        derived.failed.len()
    ));
    assert!(derived.failed.is_empty(), "{} failed", derived.failed.len());
    // 79 cases without `OperationType`, 18 with a data-plane `ResourceARN` and one with a
    // data-plane `ConsumerARN` and `StreamARN`: no operation binds those.
    assert_eq!((derived.passed, unmatched), (87, 98));
}

// ---- A rule set of our own: precedence, the wire, the cache, blank members ----

#[aws_service(
    id = "Fixture",
    protocol = "awsJson1_0",
    target_prefix = "Fixture",
    signing_name = "fixture",
    api_version = "2024-01-01",
    endpoint_rules = "tests/fixtures/endpoint_params/rule-set.json"
)]
struct Fixture;

#[aws_operation(service = Fixture, operation = "Plain", output = Empty)]
struct Plain {}

#[aws_operation(service = Fixture, operation = "Static", output = Empty, static_context_params(Mode = "static"))]
struct Static {}

#[aws_operation(service = Fixture, operation = "Flagged", output = Empty, static_context_params(PathStyle = true))]
struct Flagged {}

#[aws_operation(service = Fixture, operation = "Bucketed", output = Empty)]
struct Bucketed {
    #[aws(context_param = "Bucket")]
    bucket: Option<String>,
}

#[aws_operation(service = Fixture, operation = "Required", output = Empty)]
struct Required {
    #[aws(context_param = "Bucket")]
    bucket: String,
}

#[aws_operation(service = Fixture, operation = "Keyed", output = Empty, operation_context_params(Keys = "keys(items)"))]
struct Keyed {
    items: BTreeMap<String, String>,
}

fn fixture_client(config: ConfigBuilderFn) -> Client<Fixture> {
    Client::new(&config(Config::builder().region("us-west-2").credentials(credentials())).build().unwrap()).unwrap()
}

type ConfigBuilderFn = fn(aws_operation::ConfigBuilder) -> aws_operation::ConfigBuilder;

async fn url<O: Operation<Service = Fixture>>(client: &Client<Fixture>, input: O) -> String {
    match client.endpoint_for(&input).await {
        Ok(route) => route.url,
        Err(ConfigError::Endpoint(e)) => format!("error: {e}"),
        Err(other) => format!("not an endpoint error: {other}"),
    }
}

fn bucket(name: &str) -> Bucketed {
    Bucketed { bucket: Some(name.to_owned()) }
}

#[tokio::test]
async fn operation_params_win_over_client_params_which_win_over_built_ins() {
    let plain = fixture_client(|c| c);
    assert_eq!(url(&plain, Plain {}).await, "https://default.example.com", "the rule set's default");
    assert_eq!(url(&plain, Static {}).await, "https://static.example.com");
    assert_eq!(url(&plain, Flagged {}).await, "https://path.default.example.com");
    assert_eq!(url(&plain, Bucketed { bucket: None }).await, "https://default.example.com", "None is unset");
    assert_eq!(url(&plain, bucket("b")).await, "https://b.buckets.example.com");
    let items = BTreeMap::from([("z".to_owned(), String::new()), ("a".to_owned(), String::new())]);
    assert_eq!(url(&plain, Keyed { items }).await, "https://a.keys.example.com", "keys in the document's order");
    assert_eq!(url(&plain, bucket("forbidden")).await, "error: bucket `forbidden` is forbidden");

    // A built-in reaches the parameter that declares it, whatever the parameter's name.
    let path_style = fixture_client(|c| c.s3_force_path_style(true));
    assert_eq!(url(&path_style, Plain {}).await, "https://path.default.example.com");
    let overridden = fixture_client(|c| c.s3_force_path_style(true).client_context_param("PathStyle", false));
    assert_eq!(url(&overridden, Plain {}).await, "https://default.example.com", "a client parameter wins");
    assert_eq!(url(&overridden, Flagged {}).await, "https://path.default.example.com", "a static one wins");

    let client = fixture_client(|c| c.client_context_param("Mode", "client").client_context_param("Bucket", "c"));
    assert_eq!(url(&client, Plain {}).await, "https://c.buckets.example.com");
    assert_eq!(url(&client, bucket("b")).await, "https://b.buckets.example.com", "a member wins");
    let mode = fixture_client(|c| c.client_context_param("Mode", "client"));
    assert_eq!(url(&mode, Plain {}).await, "https://client.example.com");
    assert_eq!(url(&mode, Static {}).await, "https://static.example.com");
}

#[tokio::test]
async fn the_endpoint_s_headers_and_signing_scope_reach_the_wire() {
    let server = support::Server::start(vec![support::Reply::json(200, "{}")]).await;
    let config =
        Config::builder().region("us-west-2").credentials(credentials()).endpoint_url(&server.url).build().unwrap();
    let client = Client::<Fixture>::new(&config).unwrap();
    let route = client.endpoint_for(&bucket("bkt")).await.unwrap();
    assert_eq!(route.url, format!("{}/bkt", server.url));
    assert_eq!(
        route.headers,
        [("x-amz-bucket".to_owned(), "bkt".to_owned()), ("x-amz-mode".to_owned(), "default,fixed".to_owned())]
    );
    assert_eq!((route.signing_name.as_str(), route.signing_region.as_str()), ("custom", "eu-central-1"));

    client.send(bucket("bkt")).await.unwrap();
    client.send(Plain {}).await.unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let (with_bucket, plain) = (&requests[0], &requests[1]);
    assert_eq!(with_bucket.path, "/bkt/", "awsJson posts to the endpoint's path");
    assert_eq!(with_bucket.header("x-amz-bucket"), Some("bkt"));
    assert_eq!(with_bucket.header("x-amz-mode"), Some("default,fixed"));
    let authorization = with_bucket.header("authorization").unwrap();
    assert!(authorization.contains("/eu-central-1/custom/aws4_request"), "{authorization}");
    assert!(
        authorization.contains("x-amz-bucket;") && authorization.contains("x-amz-mode;"),
        "signed: {authorization}"
    );
    // Without a bucket the rules give the custom endpoint no headers: neither is sent.
    assert_eq!((plain.header("x-amz-bucket"), plain.header("x-amz-mode")), (None, None));
    assert!(plain.header("authorization").unwrap().contains("/us-west-2/fixture/aws4_request"));
}

#[tokio::test]
async fn routes_are_cached_by_their_values_and_the_cache_is_bounded() {
    let client = fixture_client(|c| c);
    for _ in 0..3 {
        url(&client, Plain {}).await;
        url(&client, Flagged {}).await;
    }
    assert_eq!(client.cached_routes(), 1, "one route for the operation with a static parameter, none for the other");
    url(&client, bucket("same")).await;
    url(&client, bucket("same")).await;
    assert_eq!(client.cached_routes(), 2);
    for i in 0..250 {
        assert_eq!(url(&client, bucket(&format!("b{i}"))).await, format!("https://b{i}.buckets.example.com"));
    }
    assert_eq!(client.cached_routes(), 100);
    assert_eq!(url(&client, bucket("b0")).await, "https://b0.buckets.example.com", "a dropped route is resolved again");
    // A failed resolution is not kept.
    url(&client, bucket("forbidden")).await;
    assert_eq!(client.cached_routes(), 100);
}

#[tokio::test]
async fn a_blank_required_context_param_is_refused_before_sending() {
    let client = fixture_client(|c| c.endpoint_url("http://127.0.0.1:9"));
    let Err(Error::InvalidInput(violations)) = client.send(Required { bucket: " \t".into() }).await else {
        panic!("a blank required member must not be sent");
    };
    assert_eq!(violations.0.len(), 1);
    assert_eq!(violations.0[0].code(), "blankContextParam");
    assert_eq!(
        violations.0[0].to_string(),
        "`bucket` must not be empty or only whitespace: it chooses the request's endpoint"
    );
}

#[tokio::test]
async fn every_path_shape_of_the_models_binds_through_the_client() {
    let config = Config::builder()
        .region("us-east-1")
        .credentials(credentials().with_account_id("111111111111"))
        .build()
        .unwrap();
    let client = Client::<DynamoDb>::new(&config).unwrap();
    let arn = |account: &str| format!("arn:aws:dynamodb:us-east-1:{account}:table/t");
    let table = |account: &str| TableRef { table_name: arn(account) };
    let at = |account: &str| format!("https://{account}.ddb.us-east-1.amazonaws.com");
    let route = |r: Result<ResolvedRoute, ConfigError>| match r {
        Ok(route) => route.url,
        Err(ConfigError::Endpoint(e)) => e.to_string(),
        Err(other) => format!("not an endpoint error: {other}"),
    };

    assert_eq!(
        route(client.endpoint_for(&ListTables { exclusive_start_table_name: None, limit: None }).await),
        at("111111111111"),
        "the credentials' account"
    );
    let get = GetItem { table_name: arn("222222222222"), key: BTreeMap::new() };
    assert_eq!(route(client.endpoint_for(&get).await), at("222222222222"), "the member's account");
    let gets = TransactGetItems {
        transact_items: vec![
            TransactGetItem { get: table("333333333333") },
            TransactGetItem { get: table("444444444444") },
        ],
    };
    assert_eq!(route(client.endpoint_for(&gets).await), at("333333333333"), "the first of the list");
    let write = |delete: Option<TableRef>, put: Option<TableRef>| TransactWriteItem {
        condition_check: None,
        put,
        delete,
        update: None,
    };
    let writes = TransactWriteItems {
        transact_items: vec![write(Some(table("555555555555")), None), write(None, Some(table("666666666666")))],
    };
    assert_eq!(route(client.endpoint_for(&writes).await), at("555555555555"), "nulls of the multi-select dropped");
    let import = ImportTable { table_creation_parameters: table("777777777777") };
    assert_eq!(route(client.endpoint_for(&import).await), at("777777777777"));

    let disabled = Config::builder()
        .region("us-east-1")
        .credentials(credentials().with_account_id("111111111111"))
        .account_id_endpoint_mode(AccountIdEndpointMode::Disabled)
        .build()
        .unwrap();
    let disabled = Client::<DynamoDb>::new(&disabled).unwrap();
    assert_eq!(route(disabled.endpoint_for(&get).await), "https://dynamodb.us-east-1.amazonaws.com");
    let required = Config::builder()
        .region("us-east-1")
        .credentials(credentials())
        .account_id_endpoint_mode(AccountIdEndpointMode::Required)
        .build()
        .unwrap();
    let required = Client::<DynamoDb>::new(&required).unwrap();
    let error = route(required.endpoint_for(&ListTables { exclusive_start_table_name: None, limit: None }).await);
    assert!(error.contains("AccountIdEndpointMode is required"), "{error}");
}
