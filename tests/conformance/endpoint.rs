//! The official endpoint tests (`endpoint-tests-1.json`) of every service model we carry, through
//! the rules engine with the service's own rule set (`tests/fixtures/endpoints/<service>/`): URL,
//! the full properties object, typed auth schemes and headers, or the error message verbatim. One
//! suite per service. Partner Central Channel's cases also go through that service's client,
//! which must resolve the same URL and signing scope or fail with the same message.
//!
//! A case's `operationInputs` (how an SDK fills the parameters from an operation's input) are not
//! used here: the engine is given the `params` the case already lists. `tests/endpoint_params.rs`
//! runs DynamoDB's and Kinesis's through the client, from their inputs.

use std::path::{Path, PathBuf};

use aws_operation::Config;
use aws_operation::endpoint::{AuthScheme, Params, RuleSet};
use aws_operation::error::ConfigError;
use aws_operation_partnercentral_channel::PartnerCentralChannel;
use serde_json::{Value, json};

use crate::Tally;

/// Every service under `tests/fixtures/endpoints/`, in name order.
pub const SERVICES: [&str; 15] = [
    "apigateway",
    "bedrock-runtime",
    "cloudwatch",
    "dynamodb",
    "ec2",
    "iam",
    "kinesis",
    "lambda",
    "partnercentral-channel",
    "s3",
    "sns",
    "sqs",
    "sso",
    "sso-oidc",
    "sts",
];

fn fixtures(service: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/endpoints").join(service)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn strings(items: &[Value]) -> Vec<String> {
    items.iter().map(|s| s.as_str().unwrap_or_default().to_owned()).collect()
}

/// A case's `params` as engine parameters: strings, booleans and string arrays.
fn params_from(params: &Value) -> Result<Params, String> {
    let mut p = Params::new();
    for (name, value) in params.as_object().into_iter().flatten() {
        p = match value {
            Value::Bool(b) => p.set(name, *b),
            Value::String(s) => p.set(name, s.as_str()),
            Value::Array(items) if items.iter().all(Value::is_string) => p.set(name, strings(items)),
            other => return Err(format!("unsupported parameter {name} = {other}")),
        };
    }
    Ok(p)
}

fn expected_scheme(json: &Value) -> AuthScheme {
    let text = |k: &str| json.get(k).and_then(Value::as_str).map(String::from);
    let flag = |k: &str| json.get(k).and_then(Value::as_bool).unwrap_or(false);
    AuthScheme {
        name: text("name").unwrap_or_default(),
        signing_name: text("signingName"),
        signing_region: text("signingRegion"),
        signing_region_set: json
            .get("signingRegionSet")
            .and_then(Value::as_array)
            .map(|s| strings(s))
            .unwrap_or_default(),
        disable_double_encoding: flag("disableDoubleEncoding"),
        disable_normalize_path: flag("disableNormalizePath"),
    }
}

fn through_rules(rules: &RuleSet, params: &Value, expect: &Value) -> Result<(), String> {
    let result = rules.resolve(&params_from(params)?);
    if let Some(message) = expect.get("error").and_then(Value::as_str) {
        return match result {
            Err(e) if e.to_string() == message => Ok(()),
            Err(e) => Err(format!("error `{e}`, expected `{message}`")),
            Ok(endpoint) => Err(format!("resolved {}, expected error `{message}`", endpoint.url)),
        };
    }
    let endpoint = result.map_err(|e| format!("error `{e}`"))?;
    let expected = &expect["endpoint"];
    if endpoint.url != expected["url"].as_str().unwrap_or_default() {
        return Err(format!("url {}, expected {}", endpoint.url, expected["url"]));
    }
    let properties = expected.get("properties").cloned().unwrap_or_else(|| json!({}));
    if endpoint.properties != properties {
        return Err(format!("properties {}, expected {properties}", endpoint.properties));
    }
    let schemes: Vec<AuthScheme> =
        properties.get("authSchemes").and_then(Value::as_array).into_iter().flatten().map(expected_scheme).collect();
    if endpoint.auth_schemes != schemes {
        return Err(format!("auth schemes {:?}, expected {schemes:?}", endpoint.auth_schemes));
    }
    let headers: Vec<(String, Vec<String>)> = expected
        .get("headers")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, values)| (name.clone(), values.as_array().map(|v| strings(v)).unwrap_or_default()))
        .collect();
    if endpoint.headers != headers {
        return Err(format!("headers {:?}, expected {headers:?}", endpoint.headers));
    }
    Ok(())
}

/// Partner Central Channel's client, which embeds the same rule set.
fn through_client(params: &Value, expect: &Value) -> Result<(), String> {
    let mut config = Config::builder().use_fips(params.get("UseFIPS").and_then(Value::as_bool).unwrap_or(false));
    let region = params.get("Region").and_then(Value::as_str);
    if let Some(region) = region {
        config = config.region(region);
    }
    if let Some(endpoint) = params.get("Endpoint").and_then(Value::as_str) {
        config = config.endpoint_url(endpoint);
    }
    let config = config.build().map_err(|e| e.to_string())?;
    let client = PartnerCentralChannel::new(&config).map_err(|e| e.to_string())?;
    let client = client.client();
    let resolved = client.endpoint_url();
    if let Some(message) = expect.get("error").and_then(Value::as_str) {
        return match resolved {
            Err(ConfigError::Endpoint(e)) if e.to_string() == message => Ok(()),
            other => Err(format!("the client gave {other:?}, expected error `{message}`")),
        };
    }
    let url = expect["endpoint"]["url"].as_str().unwrap_or_default();
    let schemes = expect["endpoint"]["properties"]["authSchemes"].as_array().cloned().unwrap_or_default();
    // The first scheme this build can sign with: SigV4a with the feature, else SigV4, which needs
    // a signing region from the endpoint or the config.
    let scheme = schemes.iter().find(|s| cfg!(feature = "sigv4a") || s["name"] == "sigv4").cloned().unwrap_or_default();
    let scope = match scheme["name"].as_str() {
        Some("sigv4a") => Some("*".to_owned()),
        _ => scheme["signingRegion"].as_str().or(region).map(str::to_owned),
    };
    match (resolved, scope) {
        (Ok(got), Some(scope)) if got == url => {
            let (name, region) = client.signing_scope().map_err(|e| e.to_string())?;
            if (name.as_str(), region.as_str()) == ("partnercentral-channel", scope.as_str()) {
                Ok(())
            } else {
                Err(format!("signing scope {name}/{region}, expected partnercentral-channel/{scope}"))
            }
        }
        (Err(ConfigError::NoRegion), None) => Ok(()),
        (other, scope) => Err(format!("the client gave {other:?}, expected {url} signed for {scope:?}")),
    }
}

/// Every case of one service's endpoint tests.
fn run_service(service: &str) -> Tally {
    let mut tally = Tally::new(format!("endpoint {service}"));
    let dir = fixtures(service);
    let rules = RuleSet::from_json(&read(&dir.join("endpoint-rule-set-1.json")))
        .unwrap_or_else(|e| panic!("{service}: the rule set does not load: {e}"));
    let tests: Value = serde_json::from_str(&read(&dir.join("endpoint-tests-1.json"))).expect("JSON");
    let with_client = service == "partnercentral-channel";
    for case in tests["testCases"].as_array().expect("testCases") {
        let doc = case["documentation"].as_str().unwrap_or_default();
        let params = case.get("params").cloned().unwrap_or_else(|| json!({}));
        let expect = &case["expect"];
        let mut outcome = through_rules(&rules, &params, expect).map_err(|e| format!("rules: {e}"));
        if with_client {
            outcome = outcome.and_then(|()| through_client(&params, expect).map_err(|e| format!("client: {e}")));
        }
        match outcome {
            Ok(()) => tally.pass(),
            Err(why) => tally.fail(doc, why),
        }
    }
    tally
}

/// One suite per service, in [`SERVICES`] order.
pub fn run() -> Vec<Tally> {
    SERVICES.iter().map(|service| run_service(service)).collect()
}
