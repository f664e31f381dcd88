//! The hand-written Kinesis slice (`services/kinesis`) against botocore's model, with the checker
//! of tests/support/model_check.rs: the service's metadata; every operation of the slice with its
//! input, output, errors, paginator (`ListShards`) and the rule-set parameters it binds
//! (`OperationType` statically, `StreamARN`, `StreamId` and `ConsumerARN` from members); every
//! structure, union and enum they reach with its members or values; every member's name,
//! target, required flag, timestamp format and the constraints of its target (lengths, ranges,
//! patterns), list elements and map keys and values included; every error's status and fault.
//! The event stream of `SubscribeToShard` is checked as a union (botocore marks it `eventstream`)
//! whose variants are the model's `event` shape and its exceptions. Each difference is listed;
//! the test fails if there is any. Then the model's 187 endpoint tests, through the client where
//! an operation of the slice binds the case's parameters, else through the rule set it embeds.
//!
//! The slice is eight of the model's 57 operations, so only those are expected; every structure,
//! union and enum they reach in the model must be reached from the Rust operations too.
//!
//! Not compared, and why (`every_key_of_the_slice_is_compared_or_left_out` keeps this list
//! honest):
//! - `documentation`: the doc strings are the first sentence, by hand;
//! - the metadata's `protocolSettings` (`{"h2": "eventstream"}`: Kinesis serves its event
//!   streams over HTTP/2 only, which the transport does not speak; the crate documents it),
//!   `signatureVersion` and `auth` (SigV4, as every slice signs), `serviceAbbreviation`,
//!   `serviceFullName` and `uid`: no key says them.

#[path = "support/model_check.rs"]
mod model_check;

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::pin::Pin;

use aws_operation::client::ResolvedRoute;
use aws_operation::endpoint::{ParamSource, Params, StaticValue};
use aws_operation::error::ConfigError;
use aws_operation::event_stream::EventStream;
use aws_operation::schema::{ShapeKind, TypeSchema};
use aws_operation::{Blob, Config, Credentials, Operation, Service, Shape};
use aws_operation_kinesis::*;
use model_check::{Check, Endpoints, Op, Scope};
use serde_json::Value;

const MODEL: &str = include_str!("fixtures/kinesis/service-2.json");
const PAGINATORS: &str = include_str!("fixtures/kinesis/paginators-1.json");
const ENDPOINT_TESTS: &str = include_str!("fixtures/kinesis/endpoint-tests-1.json");

/// The operations of the slice.
const OPERATIONS: [&str; 8] = [
    "CreateStream",
    "DescribeStreamSummary",
    "PutRecord",
    "PutRecords",
    "GetRecords",
    "ListShards",
    "GetShardIterator",
    "SubscribeToShard",
];

fn model() -> Value {
    serde_json::from_str(MODEL).unwrap()
}

fn paginators() -> Value {
    serde_json::from_str(PAGINATORS).unwrap()
}

#[test]
fn the_service_is_declared_as_the_model_says() {
    let mut check = Check::new(MODEL);
    check.service::<Kinesis>(Endpoints::Rules);
    check.finish();
    let metadata = &model()["metadata"];
    assert_eq!((&metadata["protocol"], &metadata["jsonVersion"]), (&"json".into(), &"1.1".into()));
    assert_eq!(<Kinesis as Service>::TARGET_PREFIX, "Kinesis_20131202");
}

#[test]
fn definitions_match_the_model() {
    let ops = model_check::ops(&aws_operation_kinesis::each_operation!(Op::of), &operations());
    let mut check = Check::new(MODEL).paginators(paginators());
    check.operations(&ops, Scope::Slice(&OPERATIONS));
    let seen = check.finish();
    // 8 operations; 46 structures (8 inputs, 7 outputs: CreateStream has none; 17 errors and 14
    // others), 1 union (the event stream) and 7 enums with 29 values.
    let structures = seen.values().filter(|s| s.kind == ShapeKind::Structure).count();
    let unions = seen.values().filter(|s| s.kind == ShapeKind::Union).count();
    let enums: Vec<_> = seen.values().filter(|s| s.kind == ShapeKind::Enum).collect();
    let values: usize = enums.iter().map(|e| e.values.len()).sum();
    let errors = seen.values().filter(|s| s.error.is_some()).count();
    assert_eq!((ops.len(), seen.len(), structures, unions, enums.len(), values, errors), (8, 54, 46, 1, 7, 29, 17));
    // Every operation binds `OperationType`; all but CreateStream a stream or consumer member.
    let bound: Vec<(&str, usize)> = ops.iter().map(|o| (o.name, o.endpoint_params.len())).collect();
    assert_eq!(
        bound,
        [
            ("CreateStream", 1),
            ("DescribeStreamSummary", 3),
            ("PutRecord", 3),
            ("PutRecords", 3),
            ("GetRecords", 3),
            ("ListShards", 3),
            ("GetShardIterator", 3),
            ("SubscribeToShard", 3)
        ]
    );
}

#[test]
fn errors_carry_the_status_and_fault_of_the_model() {
    let errors = model_check::error_traits![
        AccessDeniedException,
        DryRunOperationException,
        ExpiredIteratorException,
        ExpiredNextTokenException,
        InternalFailureException,
        InvalidArgumentException,
        KMSAccessDeniedException,
        KMSDisabledException,
        KMSInvalidStateException,
        KMSNotFoundException,
        KMSOptInRequired,
        KMSThrottlingException,
        LimitExceededException,
        ProvisionedThroughputExceededException,
        ResourceInUseException,
        ResourceNotFoundException,
        ValidationException,
    ];
    // No error of the model names a status: 400, and 500 for the one server fault.
    let server: Vec<&str> = errors.iter().filter(|e| e.status == 500).map(|e| e.code).collect();
    assert_eq!(server, ["InternalFailureException"]);
    let mut check = Check::new(MODEL);
    check.error_statuses(&OPERATIONS, &errors);
    check.finish();
}

/// SubscribeToShard's output member is an event stream of the union botocore marks
/// `eventstream`: its variants are the model's members, the one `event` shape an event
/// (no error traits) and the others the stream's exceptions, the errors the operations use.
#[test]
fn the_event_stream_is_the_models_union_of_an_event_and_its_exceptions() {
    let model = model();
    let union_spec = &model["shapes"]["SubscribeToShardEventStream"];
    assert_eq!(union_spec["eventstream"], true);
    assert_eq!(
        model["shapes"]["SubscribeToShardOutput"]["members"]["EventStream"]["shape"],
        "SubscribeToShardEventStream"
    );
    const { assert!(<EventStream<SubscribeToShardEventStream> as Shape>::EVENT_STREAM) };
    let TypeSchema::Shape(output) = SubscribeToShardOutput::type_schema() else { panic!("not a shape") };
    let member = output.member("EventStream").expect("the EventStream member");
    assert!(member.streaming && member.required, "{member:?}");
    let TypeSchema::Shape(union) = (member.target)() else { panic!("the stream's target is not a shape") };
    assert_eq!((union.name, union.kind), ("SubscribeToShardEventStream", ShapeKind::Union));

    let expected: Vec<(String, bool)> = union_spec["members"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(name, target)| {
            let shape = &model["shapes"][target["shape"].as_str().unwrap()];
            assert!(
                shape["event"] == true || shape["exception"] == true,
                "{name} is neither an event nor an exception"
            );
            (name.clone(), shape["exception"] == true)
        })
        .collect();
    let mut actual: Vec<(String, bool)> = union
        .members
        .iter()
        .map(|m| {
            let TypeSchema::Shape(target) = (m.target)() else { panic!("{}: not a shape", m.name) };
            (m.name.to_owned(), target.error.is_some())
        })
        .collect();
    // The model's members in name order (serde_json's maps are sorted).
    actual.sort();
    assert_eq!(actual, expected);
    let exceptions = expected.iter().filter(|(_, exception)| *exception).count();
    assert_eq!((expected.len(), exceptions), (10, 9));
}

/// The keys of a model's operations, shapes, members and metadata that the checker (or a test
/// here) compares, whether or not the slice's part of Kinesis's model has them.
const COMPARED_OPERATION_KEYS: [&str; 10] = [
    "name",
    "http",
    "input",
    "output",
    "errors",
    "authtype",
    "auth",
    "httpChecksumRequired",
    "staticContextParams",
    "requestcompression",
];
const COMPARED_REF_KEYS: [&str; 1] = ["shape"];
const COMPARED_SHAPE_KEYS: [&str; 19] = [
    "type",
    "members",
    "required",
    "union",
    "eventstream",
    "event",
    "exception",
    "error",
    "fault",
    "retryable",
    "enum",
    "min",
    "max",
    "pattern",
    "sensitive",
    "timestampFormat",
    "member",
    "key",
    "value",
];
const COMPARED_MEMBER_KEYS: [&str; 5] = ["shape", "location", "locationName", "contextParam", "idempotencyToken"];
const COMPARED_METADATA_KEYS: [&str; 7] =
    ["apiVersion", "endpointPrefix", "jsonVersion", "protocol", "protocols", "serviceId", "targetPrefix"];

/// The keys left out, as the module documentation explains.
const LEFT_OUT: [&str; 7] =
    ["documentation", "protocolSettings", "signatureVersion", "auth", "serviceAbbreviation", "serviceFullName", "uid"];

#[test]
fn every_key_of_the_slice_is_compared_or_left_out() {
    let model = model();
    let mut unexplained = BTreeSet::new();
    let mut note = |key: &str, compared: &[&str]| {
        if !compared.contains(&key) && !LEFT_OUT.contains(&key) {
            unexplained.insert(key.to_owned());
        }
    };
    for key in model["metadata"].as_object().unwrap().keys() {
        note(key, &COMPARED_METADATA_KEYS);
    }
    let mut shapes = BTreeSet::new();
    for op in OPERATIONS {
        let spec = &model["operations"][op];
        for (key, value) in spec.as_object().unwrap() {
            note(key, &COMPARED_OPERATION_KEYS);
            if matches!(key.as_str(), "input" | "output") {
                value.as_object().unwrap().keys().for_each(|k| note(k, &COMPARED_REF_KEYS));
            }
        }
        let errors = spec["errors"].as_array().into_iter().flatten();
        let refs = [&spec["input"], &spec["output"]].into_iter().chain(errors);
        for shape in refs.filter_map(|r| r["shape"].as_str()) {
            collect(&model, shape, &mut shapes);
        }
    }
    for name in &shapes {
        for (key, value) in model["shapes"][name].as_object().unwrap() {
            note(key, &COMPARED_SHAPE_KEYS);
            if key == "members" {
                for member in value.as_object().unwrap().values() {
                    member.as_object().unwrap().keys().for_each(|k| note(k, &COMPARED_MEMBER_KEYS));
                }
            }
        }
    }
    for op in OPERATIONS {
        if let Some(pages) = paginators()["pagination"][op].as_object() {
            pages.keys().for_each(|k| note(k, &["input_token", "output_token", "result_key", "limit_key"]));
        }
    }
    assert!(unexplained.is_empty(), "keys neither compared nor left out: {unexplained:?}");
    // 54 named shapes and the strings, numbers, lists and maps between them.
    assert_eq!(shapes.len(), 92);
}

/// Every shape `name` reaches, itself included.
fn collect(model: &Value, name: &str, out: &mut BTreeSet<String>) {
    if !out.insert(name.to_owned()) {
        return;
    }
    let shape = &model["shapes"][name];
    let members = shape["members"].as_object().into_iter().flat_map(|m| m.values());
    let nested = [&shape["member"], &shape["key"], &shape["value"]].into_iter();
    for target in members.chain(nested).filter_map(|r| r["shape"].as_str()) {
        collect(model, target, out);
    }
}

// ---- The endpoint tests ----

/// The parameters that are built-ins, which a case's `params` sets through the config.
const BUILT_INS: [&str; 4] = ["Region", "UseFIPS", "UseDualStack", "Endpoint"];

type Resolved = Pin<Box<dyn Future<Output = Result<Route, String>>>>;

/// Where a call goes: its URL and headers, and the signing scope when a client resolved it.
struct Route {
    url: String,
    headers: Vec<(String, String)>,
    scope: Option<(String, String)>,
}

impl From<ResolvedRoute> for Route {
    fn from(r: ResolvedRoute) -> Route {
        Route { url: r.url, headers: r.headers, scope: Some((r.signing_name, r.signing_region)) }
    }
}

/// The route of `input`, as a client built from `config` resolves it for a call.
fn route<O>(config: Config, input: O) -> Resolved
where
    O: Operation<Service = Kinesis> + 'static,
{
    Box::pin(async move {
        let client = Kinesis::new(&config).map_err(|e| e.to_string())?;
        let route = client.client().endpoint_for(&input).await.map_err(|e| match e {
            ConfigError::Endpoint(e) => e.to_string(),
            other => format!("not an endpoint error: {other}"),
        })?;
        Ok(route.into())
    })
}

/// The case's values of the parameters an operation binds from its members.
type Bound = BTreeMap<String, String>;

/// An input of the operation `name` with the members bound to `bound`'s parameters set to its
/// values and the other required members given placeholders: the values of the endpoint tests
/// need not match the model's patterns (an account `123`), since the route is resolved without
/// validating, as an SDK resolves it.
fn input_for(name: &str, config: Config, bound: &Bound) -> Resolved {
    let arn = bound.get("StreamARN").cloned();
    let id = bound.get("StreamId").cloned();
    match name {
        "DescribeStreamSummary" => {
            route(config, DescribeStreamSummary { stream_name: None, stream_arn: arn, stream_id: id })
        }
        "PutRecord" => route(
            config,
            PutRecord {
                stream_name: None,
                data: Blob(b"x".to_vec()),
                partition_key: Some("k".into()),
                explicit_hash_key: None,
                sequence_number_for_ordering: None,
                stream_arn: arn,
                stream_id: id,
                dry_run: None,
            },
        ),
        "PutRecords" => route(
            config,
            PutRecords {
                records: vec![PutRecordsRequestEntry::new("x", "k")],
                stream_name: None,
                stream_arn: arn,
                stream_id: id,
                dry_run: None,
            },
        ),
        "GetRecords" => route(
            config,
            GetRecords { shard_iterator: "AAAA".into(), limit: None, stream_arn: arn, stream_id: id, dry_run: None },
        ),
        "ListShards" => route(config, ListShards { stream_arn: arn, stream_id: id, ..ListShards::default() }),
        "GetShardIterator" => route(
            config,
            GetShardIterator {
                stream_name: None,
                shard_id: "shardId-000000000001".into(),
                shard_iterator_type: ShardIteratorType::Latest,
                starting_sequence_number: None,
                timestamp: None,
                stream_arn: arn,
                stream_id: id,
                dry_run: None,
            },
        ),
        "SubscribeToShard" => route(
            config,
            SubscribeToShard {
                consumer_arn: bound.get("ConsumerARN").cloned().unwrap_or_default(),
                stream_id: id,
                shard_id: "shardId-000000000001".into(),
                starting_position: StartingPosition::new(ShardIteratorType::Latest),
                dry_run: None,
            },
        ),
        other => panic!("no input for {other}"),
    }
}

/// The config an SDK builds from a case's built-in parameters.
fn config_for(params: &serde_json::Map<String, Value>) -> Result<Config, String> {
    let mut config = Config::builder();
    for (name, value) in params.iter().filter(|(k, _)| BUILT_INS.contains(&k.as_str())) {
        let flag = || value.as_bool().ok_or(format!("{name} is not a boolean"));
        let text = || value.as_str().ok_or(format!("{name} is not a string"));
        config = match name.as_str() {
            "Region" => config.region(text()?),
            "UseFIPS" => config.use_fips(flag()?),
            "UseDualStack" => config.use_dual_stack(flag()?),
            "Endpoint" => config.endpoint_url(text()?),
            other => return Err(format!("parameter {other} is not mapped")),
        };
    }
    config.credentials(Credentials::new("AKIDTEST", "secret", None, None)).build().map_err(|e| e.to_string())
}

/// The operations of the slice whose bindings give exactly the case's other parameters: the
/// same `OperationType`, a member for each of the others, and each required bound member given
/// (SubscribeToShard's `ConsumerARN`).
fn operations_for(ops: &[Op], params: &serde_json::Map<String, Value>) -> Vec<&'static str> {
    let Some(kind) = params.get("OperationType").and_then(Value::as_str) else { return Vec::new() };
    let others: Vec<&str> =
        params.keys().map(String::as_str).filter(|k| !BUILT_INS.contains(k) && *k != "OperationType").collect();
    ops.iter()
        .filter(|op| {
            let statics = op.endpoint_params.iter().any(|p| {
                p.name == "OperationType"
                    && matches!(p.source, ParamSource::Static(StaticValue::String(v)) if v == kind)
            });
            let members: Vec<&str> = op
                .endpoint_params
                .iter()
                .filter(|p| matches!(p.source, ParamSource::Member(_)))
                .map(|p| p.name)
                .collect();
            let required_given = op.endpoint_params.iter().all(|p| match p.source {
                ParamSource::Member(member) => {
                    !op.input.member(member).is_some_and(|m| m.required) || others.contains(&p.name)
                }
                _ => true,
            });
            statics && required_given && others.iter().all(|k| members.contains(k))
        })
        .map(|op| op.name)
        .collect()
}

/// A route against a case's expectation: its URL (no case has headers or auth schemes, so a
/// client signs for `kinesis` in the configured region), or the rule set's error verbatim.
fn check(got: Result<Route, String>, expect: &Value, region: Option<&str>) -> Result<(), String> {
    match (got, expect["error"].as_str()) {
        (Err(e), Some(message)) if e == message => Ok(()),
        (Err(e), Some(message)) => Err(format!("error `{e}`, expected `{message}`")),
        (Err(e), None) => Err(format!("error `{e}`")),
        (Ok(route), Some(message)) => Err(format!("resolved {}, expected error `{message}`", route.url)),
        (Ok(route), None) => {
            let url = expect["endpoint"]["url"].as_str().unwrap_or_default();
            let signed_as_expected = match &route.scope {
                Some((name, signing_region)) => {
                    name == "kinesis" && Some(signing_region.as_str()) == region && region.is_some()
                }
                None => true,
            };
            if route.url != url || !route.headers.is_empty() {
                Err(format!("resolved {} with headers {:?}, expected {url}", route.url, route.headers))
            } else if !signed_as_expected {
                Err(format!("signed for {:?}", route.scope))
            } else {
                Ok(())
            }
        }
    }
}

/// The rule set the client embeds, evaluated for `params` alone.
fn rules_alone(params: &serde_json::Map<String, Value>) -> Result<Route, String> {
    let rules = <Kinesis as Service>::endpoint_rules().expect("Kinesis declares its rules");
    let rules = rules.get().map_err(|e| e.to_string())?;
    let mut p = Params::new();
    for (name, value) in params {
        p = match value {
            Value::Bool(b) => p.set(name, *b),
            Value::String(s) => p.set(name, s.as_str()),
            other => return Err(format!("parameter {name} = {other} is not a string or boolean")),
        };
    }
    let endpoint = rules.resolve(&p).map_err(|e| e.to_string())?;
    let headers = endpoint.headers.iter().map(|(k, v)| (k.clone(), v.join(","))).collect();
    Ok(Route { url: endpoint.url, headers, scope: None })
}

/// botocore's endpoint tests of the rule set. A case with `operationInputs` runs through the
/// operation it names, with its `operationParams`; a case whose parameters an operation of the
/// slice binds runs through every such operation, with the members set to the case's values;
/// each through a client built from the case's built-ins, which resolves the route of that input
/// without sending. The others (no `OperationType`, which every operation binds; a
/// `ResourceARN`, which none of the slice's binds; a control-plane `ConsumerARN`) run through the
/// rule set the client embeds, with the case's parameters as they are.
#[tokio::test]
async fn endpoint_tests_resolve_through_the_client() {
    let tests: Value = serde_json::from_str(ENDPOINT_TESTS).unwrap();
    let ops = model_check::ops(&aws_operation_kinesis::each_operation!(Op::of), &operations());
    let (mut through_client, mut calls, mut through_rules, mut failed) = (0, 0, 0, Vec::new());
    let mut by_operation: BTreeMap<&str, usize> = BTreeMap::new();
    let cases = tests["testCases"].as_array().unwrap();
    for case in cases {
        let doc = case["documentation"].as_str().unwrap_or_default();
        let empty = serde_json::Map::new();
        let params = case["params"].as_object().unwrap_or(&empty);
        let region = params.get("Region").and_then(Value::as_str);
        let config = match config_for(params) {
            Ok(config) => config,
            Err(e) => {
                failed.push(format!("{doc}: {e}"));
                continue;
            }
        };
        let named: Vec<(&str, Bound)> = match case.get("operationInputs").and_then(Value::as_array) {
            Some(inputs) => inputs
                .iter()
                .map(|input| {
                    let name = input["operationName"].as_str().unwrap_or_default();
                    let op = ops.iter().find(|op| op.name == name).expect("the case names an operation of the slice");
                    let given = &input["operationParams"];
                    let bound = op
                        .endpoint_params
                        .iter()
                        .filter_map(|p| match p.source {
                            ParamSource::Member(member) => {
                                given[member].as_str().map(|v| (p.name.to_owned(), v.to_owned()))
                            }
                            _ => None,
                        })
                        .collect();
                    (op.name, bound)
                })
                .collect(),
            None => {
                let bound: Bound = params
                    .iter()
                    .filter(|(k, _)| !BUILT_INS.contains(&k.as_str()) && *k != "OperationType")
                    .filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned())))
                    .collect();
                operations_for(&ops, params).into_iter().map(|name| (name, bound.clone())).collect()
            }
        };
        if named.is_empty() {
            through_rules += 1;
            if let Err(why) = check(rules_alone(params), &case["expect"], region) {
                failed.push(format!("{doc} (rules alone): {why}"));
            }
            continue;
        }
        through_client += 1;
        for (name, bound) in named {
            calls += 1;
            *by_operation.entry(name).or_default() += 1;
            if let Err(why) = check(input_for(name, config.clone(), &bound).await, &case["expect"], region) {
                failed.push(format!("{doc} ({name}): {why}"));
            }
        }
    }
    assert!(failed.is_empty(), "{} failed:\n{}", failed.len(), failed.join("\n"));
    // 187 cases: 52 through the client, in 128 calls (each case through every operation that
    // binds its parameters, the two with `operationInputs` through the one they name); 135
    // through the rules alone: 79 without `OperationType`, 44 with a `ResourceARN`, 11 with a
    // control-plane `ConsumerARN` and one with a data-plane `ConsumerARN` and a `StreamARN`.
    assert_eq!(cases.len(), 187);
    assert_eq!((through_client, calls, through_rules), (52, 128, 135), "{by_operation:?}");
    let expected = [
        ("DescribeStreamSummary", 22),
        ("GetRecords", 18),
        ("GetShardIterator", 19),
        ("ListShards", 23),
        ("PutRecord", 18),
        ("PutRecords", 18),
        ("SubscribeToShard", 10),
    ];
    assert_eq!(by_operation, BTreeMap::from(expected));
}
