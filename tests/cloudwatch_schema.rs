//! The hand-written CloudWatch slice (`services/cloudwatch`) against botocore's model, with the
//! checker of tests/support/model_check.rs: the service's metadata; every operation of the slice
//! with its input, output, errors, paginator (`DescribeAlarms`, `GetMetricData` and `ListMetrics`
//! have several result keys: the items are the first, `MetricAlarms`, `MetricDataResults` and
//! `Metrics`; the others are members of each page) and request compression; every structure,
//! union and enum they reach with its members or values; every member's name, target, required
//! flag, sensitivity, timestamp format and the constraints of its target (lengths, ranges,
//! `Namespace`'s pattern), list elements and map keys and values included; every error's status,
//! fault and awsQuery code (`query_code`, the model's `error.code`). Each difference is listed;
//! the test fails if there is any. Then the model's endpoint tests (all 26) through the client of
//! each declaration.
//!
//! The slice is seven of the model's 59 operations, so only those are expected; every structure,
//! union and enum they reach in the model must be reached from the Rust operations too.
//!
//! The model's `protocol` is `smithy-rpc-v2-cbor`, the first of its `protocols`, `["smithy-rpc-
//! v2-cbor", "json", "query"]`, any of which the service accepts. `CloudWatch` is declared over
//! rpcv2Cbor and checked against the model as it is; `CloudWatchJson`, the same operations over
//! `json` (awsJson 1.0), against the model as botocore reads it when it picks `json`
//! (`Check::over`: `jsonVersion` `1.0`, the same `targetPrefix`
//! `GraniteServiceVersion20100801`). The definitions are checked over both: nothing of the
//! shapes depends on which.
//!
//! Not compared, and why (`every_key_of_the_slice_is_compared_or_left_out` keeps this list
//! honest):
//! - `documentation`: the doc strings are the first sentence, by hand;
//! - `box`: botocore's nullable primitives, which are `Option` in Rust as every optional member;
//! - `xmlOrder`, the output's `resultWrapper` and the metadata's `xmlNamespace`: how the query
//!   protocol orders and wraps its XML, which the JSON and CBOR protocols have no use for;
//! - `synthetic` on the three errors botocore adds for query compatibility
//!   (`InvalidParameterValueException`, ...): they are errors like any other on the wire;
//! - the metadata's `signatureVersion` and `auth` (SigV4, as every slice signs),
//!   `serviceAbbreviation`, `serviceFullName` and `uid`: no key says them.

#[path = "support/model_check.rs"]
mod model_check;

use std::collections::BTreeSet;

use aws_operation::compression::Encoding;
use aws_operation::endpoint::Params;
use aws_operation::error::ConfigError;
use aws_operation::schema::ShapeKind;
use aws_operation::{Client, Config, Credentials, Operation, Protocol, SendsOperationsOf, Service};
use aws_operation_cloudwatch::*;
use model_check::{Check, Endpoints, Op, Scope};
use serde_json::Value;

const MODEL: &str = include_str!("fixtures/cloudwatch/service-2.json");
const PAGINATORS: &str = include_str!("fixtures/cloudwatch/paginators-1.json");
const ENDPOINT_TESTS: &str = include_str!("fixtures/cloudwatch/endpoint-tests-1.json");

/// The operations of the slice.
const OPERATIONS: [&str; 7] = [
    "PutMetricData",
    "GetMetricData",
    "GetMetricStatistics",
    "ListMetrics",
    "PutMetricAlarm",
    "DescribeAlarms",
    "DeleteAlarms",
];

/// The protocols the model lists, its own first: `CloudWatch` is declared over the first,
/// `CloudWatchJson` over the second.
#[test]
fn the_model_lists_the_protocols_of_both_declarations() {
    let model: Value = serde_json::from_str(MODEL).unwrap();
    assert_eq!(model["metadata"]["protocol"], "smithy-rpc-v2-cbor");
    assert_eq!(model["metadata"]["protocols"], serde_json::json!(["smithy-rpc-v2-cbor", "json", "query"]));
}

fn paginators() -> Value {
    serde_json::from_str(PAGINATORS).unwrap()
}

#[test]
fn both_services_are_declared_as_the_model_says() {
    // With the model's `awsQueryCompatible`, which `check.service` compares too.
    let mut check = Check::new(MODEL);
    check.service::<CloudWatch>(Endpoints::Rules);
    check.finish();
    let mut check = Check::new(MODEL).over("json");
    check.service::<CloudWatchJson>(Endpoints::Rules);
    check.finish();
}

#[test]
fn definitions_match_the_model_over_both_protocols() {
    for protocol in ["smithy-rpc-v2-cbor", "json"] {
        let ops = model_check::ops(&aws_operation_cloudwatch::each_operation!(Op::of), &operations::<CloudWatch>());
        let mut check = Check::new(MODEL).over(protocol).paginators(paginators());
        check.operations(&ops, Scope::Slice(&OPERATIONS));
        let seen = check.finish();
        counts(ops.len(), &seen);
    }
}

/// The operations and shapes the definitions reach.
fn counts(ops: usize, seen: &std::collections::BTreeMap<String, &'static aws_operation::schema::ShapeSchema>) {
    // 7 operations; 44 structures (7 inputs, 4 outputs: PutMetricData, PutMetricAlarm and
    // DeleteAlarms have none; 8 errors and 25 others), 2 unions (EvaluationWindow,
    // EvaluationCriteria) and 10 enums with 58 values (StandardUnit's 27 among them).
    let structures = seen.values().filter(|s| s.kind == ShapeKind::Structure).count();
    let unions = seen.values().filter(|s| s.kind == ShapeKind::Union).count();
    let enums: Vec<_> = seen.values().filter(|s| s.kind == ShapeKind::Enum).collect();
    let values: usize = enums.iter().map(|e| e.values.len()).sum();
    let errors = seen.values().filter(|s| s.error.is_some()).count();
    assert_eq!((ops, seen.len(), structures, unions, enums.len(), values, errors), (7, 56, 44, 2, 10, 58, 8));
}

#[test]
fn errors_carry_the_status_fault_and_awsquery_code_of_the_model() {
    let errors = model_check::error_traits![
        InternalServiceFault,
        InvalidNextToken,
        InvalidParameterCombinationException,
        InvalidParameterValueException,
        LimitExceededFault,
        MissingRequiredParameterException,
        ResourceConflict,
        ResourceNotFound,
    ];
    // Every error of the slice's operations is listed above, once; five have an awsQuery code of
    // their own (`InvalidParameterValue`, `MissingParameter`, `InvalidParameterCombination`,
    // `InternalServiceError`, `LimitExceeded`).
    assert_eq!(errors.iter().filter(|e| e.query_code.is_some()).count(), 5);
    let mut check = Check::new(MODEL);
    check.error_statuses(&OPERATIONS, &errors);
    check.finish();
}

/// The model's `requestcompression` (PutMetricData's gzip) against each operation's
/// `request_compression`, which the checker does not compare.
#[test]
fn request_compression_is_the_models() {
    fn of<O: Operation>() -> (&'static str, Option<Encoding>) {
        (O::NAME, O::REQUEST_COMPRESSION)
    }
    let model: Value = serde_json::from_str(MODEL).unwrap();
    let ours = aws_operation_cloudwatch::each_operation!(of);
    assert_eq!(ours.len(), OPERATIONS.len());
    let mut compressed = Vec::new();
    for (name, encoding) in ours.iter().map(|of| of()) {
        let expected = &model["operations"][name]["requestcompression"]["encodings"];
        let expected: Vec<&str> = expected.as_array().into_iter().flatten().filter_map(Value::as_str).collect();
        let actual: Vec<&str> = encoding.iter().map(|e| e.name()).collect();
        assert_eq!(actual, expected, "{name}");
        if encoding.is_some() {
            compressed.push(name);
        }
    }
    assert_eq!(compressed, ["PutMetricData"]);
}

/// The keys of a model's operations, shapes, members and metadata that the checker (or a test
/// here) compares, whether or not the slice's part of CloudWatch's model has them.
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
const COMPARED_SHAPE_KEYS: [&str; 17] = [
    "type",
    "members",
    "required",
    "union",
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
const COMPARED_METADATA_KEYS: [&str; 9] = [
    "apiVersion",
    "endpointPrefix",
    "jsonVersion",
    "protocol",
    "protocols",
    "serviceId",
    "signingName",
    "targetPrefix",
    "awsQueryCompatible",
];

/// The keys left out, as the module documentation explains.
const LEFT_OUT: [&str; 11] = [
    "documentation",
    "box",
    "xmlOrder",
    "resultWrapper",
    "xmlNamespace",
    "synthetic",
    "signatureVersion",
    "auth",
    "serviceAbbreviation",
    "serviceFullName",
    "uid",
];

#[test]
fn every_key_of_the_slice_is_compared_or_left_out() {
    let model: Value = serde_json::from_str(MODEL).unwrap();
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
    // 56 named shapes and the strings, numbers, lists and maps between them.
    assert_eq!(shapes.len(), 152);
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

/// The config an SDK builds from an endpoint test case's parameters, all of them built-ins
/// (`Region`, `UseFIPS`, `UseDualStack`, `Endpoint`).
fn config_for(params: &Value) -> Result<Config, String> {
    let mut config = Config::builder();
    for (name, value) in params.as_object().into_iter().flatten() {
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

/// botocore's endpoint tests of the rule set, each through a client of each declaration built
/// from the case's parameters: the URL it sends a call to (no case adds headers or auth schemes, so it is
/// signed for `monitoring` in the configured region), or the rule set's error verbatim. The one
/// case with an endpoint but no region resolves, but a client cannot sign for no region: it
/// refuses to send (as the AWS SDKs do), and the URL is checked with the rule set the client
/// embeds.
#[tokio::test]
async fn endpoint_tests_resolve_through_both_clients() {
    endpoint_cases::<CloudWatch>().await;
    endpoint_cases::<CloudWatchJson>().await;
}

/// The endpoint tests through a client of `S`.
async fn endpoint_cases<S: SendsOperationsOf<CloudWatch>>() {
    let tests: Value = serde_json::from_str(ENDPOINT_TESTS).unwrap();
    let (mut resolved, mut refused, mut unsigned, mut failed) = (0, 0, 0, Vec::new());
    for case in tests["testCases"].as_array().unwrap() {
        let params = case.get("params").cloned().unwrap_or_else(|| serde_json::json!({}));
        let got = match config_for(&params) {
            Err(e) => Err(e),
            Ok(config) => match Client::<S>::new(&config) {
                Err(e) => Err(e.to_string()),
                Ok(client) => client.endpoint_for(&ListMetrics::default()).await.map_err(|e| match e {
                    ConfigError::Endpoint(e) => e.to_string(),
                    ConfigError::NoRegion => NO_REGION.to_owned(),
                    other => format!("not an endpoint error: {other}"),
                }),
            },
        };
        let expect = &case["expect"];
        let url = expect["endpoint"]["url"].as_str();
        let region = params["Region"].as_str();
        let outcome = match (got, expect["error"].as_str()) {
            (Err(e), Some(message)) if e == message => {
                refused += 1;
                Ok(())
            }
            (Err(e), None) if e == NO_REGION && region.is_none() => {
                unsigned += 1;
                rules_alone::<S>(&params).map_err(|e| e.to_string()).and_then(|endpoint| {
                    if Some(endpoint.url.as_str()) == url {
                        Ok(())
                    } else {
                        Err(format!("rules gave {}", endpoint.url))
                    }
                })
            }
            (Ok(route), None) => {
                let scope = (route.signing_name.as_str(), route.signing_region.as_str());
                if Some(route.url.as_str()) != url || !route.headers.is_empty() {
                    Err(format!("resolved {} with headers {:?}", route.url, route.headers))
                } else if region.is_none_or(|region| scope != ("monitoring", region)) {
                    Err(format!("signed for {scope:?}"))
                } else {
                    resolved += 1;
                    Ok(())
                }
            }
            (Ok(route), Some(_)) => Err(format!("resolved {}", route.url)),
            (Err(e), _) => Err(format!("error `{e}`")),
        };
        if let Err(why) = outcome {
            failed.push(format!("{}: {why}, expected {expect}", case["documentation"]));
        }
    }
    assert!(failed.is_empty(), "{}: {}", <S::Protocol as Protocol>::NAME, failed.join("\n"));
    // 26 cases: 22 endpoints, 1 endpoint without a region to sign for, 3 errors (FIPS or
    // dual-stack with a custom endpoint, no region).
    assert_eq!((resolved, unsigned, refused), (22, 1, 3));
}

/// What the client says when it has no region to sign for.
const NO_REGION: &str = "no region to sign for";

/// The rule set the client of `S` embeds, evaluated for `params` alone.
fn rules_alone<S: Service>(params: &Value) -> Result<aws_operation::endpoint::Endpoint, String> {
    let rules = S::endpoint_rules().expect("CloudWatch declares its rules");
    let rules = rules.get().map_err(|e| e.to_string())?;
    let mut p = Params::new();
    for (name, value) in params.as_object().into_iter().flatten() {
        p = match value {
            Value::Bool(b) => p.set(name, *b),
            Value::String(s) => p.set(name, s.as_str()),
            other => return Err(format!("parameter {name} = {other} is not a built-in's")),
        };
    }
    rules.resolve(&p).map_err(|e| e.to_string())
}
