//! The 9 official endpoint tests of Partner Central Channel (`endpoint-tests-1.json`, the
//! runtime's fixture), twice each: through the rules engine with the rule set the service crate
//! embeds (URL, properties, typed auth schemes, headers, or the error message verbatim), and
//! through that service's client, which must resolve the same URL and signing scope or fail with
//! the same message.

use aws_operation::endpoint::{AuthScheme, Params};
use aws_operation::error::ConfigError;
use aws_operation::{Config, Service};
use aws_operation_partnercentral_channel::PartnerCentralChannel;
use serde_json::{Value, json};

use crate::Tally;

fn strings(items: &[Value]) -> Vec<String> {
    items.iter().map(|s| s.as_str().unwrap_or_default().to_owned()).collect()
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

fn through_rules(params: &Value, expect: &Value) -> Result<(), String> {
    let mut p = Params::new();
    for (name, value) in params.as_object().into_iter().flatten() {
        p = match value {
            Value::Bool(b) => p.set(name, *b),
            Value::String(s) => p.set(name, s.as_str()),
            other => return Err(format!("unsupported parameter {name} = {other}")),
        };
    }
    let rules = PartnerCentralChannel::endpoint_rules().ok_or("no rules")?.get().map_err(|e| e.to_string())?;
    let result = rules.resolve(&p);
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

/// Every case of the service's endpoint tests.
pub fn run() -> Tally {
    let mut tally = Tally::new("endpoint");
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime/tests/fixtures/endpoint-tests-1.json");
    let tests: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("endpoint tests")).expect("JSON");
    let cases = tests["testCases"].as_array().expect("testCases");
    assert_eq!(cases.len(), 9, "the service has 9 endpoint tests");
    for case in cases {
        let doc = case["documentation"].as_str().unwrap_or_default();
        let params = case.get("params").cloned().unwrap_or_else(|| json!({}));
        let outcome = through_rules(&params, &case["expect"])
            .map_err(|e| format!("rules: {e}"))
            .and_then(|()| through_client(&params, &case["expect"]).map_err(|e| format!("client: {e}")));
        match outcome {
            Ok(()) => tally.pass(),
            Err(why) => tally.fail(doc, why),
        }
    }
    tally
}
