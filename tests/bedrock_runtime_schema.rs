//! The hand-written Bedrock Runtime slice (`services/bedrock-runtime`) against botocore's model,
//! with the checker of tests/support/model_check.rs: the service's metadata and its endpoint
//! tests through the client; the slice's four operations with their `http` trait, input, output
//! and errors; every structure, union, event stream and enum they reach with its members or
//! values, each member's name, required flag, sensitivity, HTTP binding and the constraints of
//! its target; every error's status and fault. Documentation is not compared. The framework says
//! all of it: no known gap is listed.

#[path = "support/model_check.rs"]
mod model_check;

use aws_operation::endpoint::Params;
use aws_operation::error::ConfigError;
use aws_operation::schema::ShapeKind;
use aws_operation::{Config, Credentials, Service};
use aws_operation_bedrock_runtime::*;
use model_check::{Check, Endpoints, Op, Scope};
use serde_json::Value;

const MODEL: &str = include_str!("fixtures/bedrock-runtime/service-2.json");
const ENDPOINT_TESTS: &str = include_str!("fixtures/bedrock-runtime/endpoint-tests-1.json");

/// The operations of the slice.
const OPERATIONS: [&str; 4] =
    ["Converse", "ConverseStream", "InvokeModelWithBidirectionalStream", "InvokeModelWithResponseStream"];

#[test]
fn the_service_is_declared_as_the_model_says() {
    let mut check = Check::new(MODEL);
    check.service::<BedrockRuntime>(Endpoints::Rules);
    check.finish();
}

#[test]
fn definitions_match_the_model() {
    let ops = model_check::ops(&aws_operation_bedrock_runtime::each_operation!(Op::of), &operations());
    let mut check = Check::new(MODEL);
    check.operations(&ops, Scope::Slice(&OPERATIONS));
    let seen = check.finish();
    let count = |kind| seen.values().filter(|s| s.kind == kind).count();
    let errors = seen.values().filter(|s| s.error.is_some()).count();
    // 4 operations; 179 named shapes: 117 structures (4 inputs, 4 outputs, 11 errors, 98
    // others), 29 unions (4 of them event streams, one the input's) and 33 enums.
    assert_eq!(
        (ops.len(), seen.len(), count(ShapeKind::Structure), errors, count(ShapeKind::Union), count(ShapeKind::Enum)),
        (4, 179, 117, 11, 29, 33)
    );
}

#[test]
fn errors_carry_the_status_and_fault_of_the_model() {
    let errors = model_check::error_traits![
        AccessDeniedException,
        InternalServerException,
        ModelErrorException,
        ModelNotReadyException,
        ModelStreamErrorException,
        ModelTimeoutException,
        ResourceNotFoundException,
        ServiceQuotaExceededException,
        ServiceUnavailableException,
        ThrottlingException,
        ValidationException,
    ];
    let mut check = Check::new(MODEL);
    check.error_statuses(&OPERATIONS, &errors);
    check.finish();
}

/// The config an SDK builds from an endpoint test case's parameters, all of them built-ins.
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

/// What the client says when it has no region to sign for.
const NO_REGION: &str = "no region to sign for";

/// botocore's endpoint tests of the rule set, each through a client built from the case's
/// parameters: the URL a `Converse` goes to, signed for `bedrock` in the configured region (no
/// case names headers or auth schemes), or the rule set's error verbatim. The case with an
/// endpoint and no region resolves, but a client has no region to sign for and refuses to send:
/// its URL is checked with the rule set the client embeds.
#[tokio::test]
async fn endpoint_tests_resolve_through_the_client() {
    let tests: Value = serde_json::from_str(ENDPOINT_TESTS).unwrap();
    let input = Converse::builder().model_id("amazon.nova-lite-v1:0").build().unwrap();
    let (mut resolved, mut refused, mut unsigned, mut failed) = (0, 0, 0, Vec::new());
    for case in tests["testCases"].as_array().unwrap() {
        let params = case.get("params").cloned().unwrap_or_else(|| serde_json::json!({}));
        let got = match config_for(&params) {
            Err(e) => Err(e),
            Ok(config) => match BedrockRuntime::new(&config) {
                Err(e) => Err(e.to_string()),
                Ok(client) => client.client().endpoint_for(&input).await.map_err(|e| match e {
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
                rules_alone(&params).and_then(|got| if Some(got.as_str()) == url { Ok(()) } else { Err(got) })
            }
            (Ok(route), None) => {
                let scope = (route.signing_name.as_str(), route.signing_region.as_str());
                if Some(route.url.as_str()) != url || !route.headers.is_empty() {
                    Err(format!("resolved {} with headers {:?}", route.url, route.headers))
                } else if region.is_none_or(|region| scope != ("bedrock", region)) {
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
    assert!(failed.is_empty(), "{}", failed.join("\n"));
    // 21 cases: 17 endpoints, 1 endpoint without a region to sign for, 3 errors (FIPS or
    // dual-stack with a custom endpoint, no region).
    assert_eq!((resolved, unsigned, refused), (17, 1, 3));
}

/// The URL of the rule set the client embeds, evaluated for `params` alone.
fn rules_alone(params: &Value) -> Result<String, String> {
    let rules = BedrockRuntime::endpoint_rules().expect("Bedrock Runtime declares its rules");
    let rules = rules.get().map_err(|e| e.to_string())?;
    let mut p = Params::new();
    for (name, value) in params.as_object().into_iter().flatten() {
        p = match value {
            Value::Bool(b) => p.set(name, *b),
            Value::String(s) => p.set(name, s.as_str()),
            other => return Err(format!("parameter {name} = {other} is not a built-in's")),
        };
    }
    rules.resolve(&p).map(|e| e.url).map_err(|e| e.to_string())
}
