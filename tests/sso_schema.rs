//! The hand-written SSO portal (`GetRoleCredentials`) and SSO OIDC (`CreateToken`) definitions
//! of `services/sso` against botocore's models, and both operations on the wire against a
//! scripted server on 127.0.0.1.
//!
//! The model check compares, for each operation: the service's metadata (id, protocol, signing
//! name, API version, endpoint prefix), the `http` trait, `authtype: none` against `unsigned`,
//! the input, output and errors (each error's status and fault); and for every structure and enum
//! reached from it, its members or values, every member's wire name, HTTP binding, target,
//! required flag, idempotency token, sensitivity and the constraints of its target. Every
//! structure and enum the model reaches from the operation must be reached in Rust too.
//! Documentation is not compared. Each difference is listed; the test fails if there is any.
//! The classic regional endpoints the two services use (they are declared without rules) are
//! compared with botocore's endpoint tests of their rule sets.

mod support;

use std::any::TypeId;
use std::collections::{BTreeMap, BTreeSet};

use aws_operation::operation::Http;
use aws_operation::protocol::RestJson1;
use aws_operation::schema::{Binding, Constraints, MemberSchema, ShapeKind, ShapeSchema, TypeSchema};
use aws_operation::types::TimestampFormat;
use aws_operation::{Config, Credentials, Error, ErrorShape, Fault, Operation, Service};
use aws_operation_sso::oidc::{
    self, AccessDeniedExceptionReason, CreateTokenError, InvalidRequestExceptionReason, SsoOidc,
};
use aws_operation_sso::portal::{self, GetRoleCredentials, GetRoleCredentialsError, Sso};
use serde_json::{Value, json};
use support::{Reply, Server};

const SSO_MODEL: &str = include_str!("fixtures/sso/sso-service-2.json");
const OIDC_MODEL: &str = include_str!("fixtures/sso/sso-oidc-service-2.json");
const SSO_ENDPOINT_TESTS: &str = include_str!("fixtures/sso/sso-endpoint-tests-1.json");
const OIDC_ENDPOINT_TESTS: &str = include_str!("fixtures/sso/sso-oidc-endpoint-tests-1.json");

// ---------------------------------------------------------------------------------------------
// The definitions against the models.

struct Check {
    model: Value,
    problems: Vec<String>,
    /// Rust shapes reached from the operations, by model name.
    seen: BTreeMap<String, &'static ShapeSchema>,
}

impl Check {
    fn shape(&self, name: &str) -> &Value {
        &self.model["shapes"][name]
    }

    fn problem(&mut self, p: String) {
        self.problems.push(p);
    }

    /// The model name of a Rust shape: inputs and outputs are named after the operation.
    fn model_name(rust: &str, ops: &BTreeSet<String>) -> String {
        if ops.contains(rust) {
            format!("{rust}Request")
        } else if let Some(op) = rust.strip_suffix("Output").filter(|op| ops.contains(*op)) {
            format!("{op}Response")
        } else {
            rust.to_owned()
        }
    }

    fn compare_shape(&mut self, model_name: &str, rust: &'static ShapeSchema, ops: &BTreeSet<String>) {
        if self.seen.insert(model_name.to_owned(), rust).is_some() {
            return;
        }
        let model = self.shape(model_name).clone();
        if model.is_null() {
            return self.problem(format!("{model_name}: not in the model"));
        }
        let kind = model["type"].as_str().unwrap_or_default();
        let expected_kind = match kind {
            "structure" if model["union"] == Value::Bool(true) => ShapeKind::Union,
            "structure" => ShapeKind::Structure,
            "string" if model.get("enum").is_some() => ShapeKind::Enum,
            other => return self.problem(format!("{model_name}: model type {other} declared as {:?}", rust.kind)),
        };
        if rust.kind != expected_kind {
            return self.problem(format!("{model_name}: {:?} in Rust, {expected_kind:?} in the model", rust.kind));
        }
        let sensitive = model["sensitive"] == Value::Bool(true);
        if rust.sensitive != sensitive {
            self.problem(format!("{model_name}: sensitive {} in Rust, {sensitive} in the model", rust.sensitive));
        }
        if expected_kind == ShapeKind::Enum {
            let values: Vec<&str> = model["enum"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
            if rust.values != values.as_slice() {
                self.problem(format!("{model_name}: values {:?} in Rust, {values:?} in the model", rust.values));
            }
            return;
        }
        let error = model.get("exception").map(|_| {
            let retryable = model.get("retryable").is_some();
            let throttling = model["retryable"]["throttling"] == Value::Bool(true);
            (model_name.to_owned(), model["fault"] == Value::Bool(true), retryable, throttling)
        });
        let rust_error = rust.error.map(|e| (e.code.to_owned(), e.server_fault, e.retryable, e.throttling));
        if error != rust_error {
            self.problem(format!("{model_name}: error traits {rust_error:?} in Rust, {error:?} in the model"));
        }
        let members = model["members"].as_object().cloned().unwrap_or_default();
        let required: BTreeSet<&str> =
            model["required"].as_array().map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
        let rust_names: BTreeSet<&str> = rust.members.iter().map(|m| m.name).collect();
        for name in members.keys() {
            if !rust_names.contains(name.as_str()) {
                self.problem(format!("{model_name}.{name}: missing in Rust"));
            }
        }
        for member in rust.members {
            let Some(spec) = members.get(member.name) else {
                self.problem(format!("{model_name}.{}: not in the model", member.name));
                continue;
            };
            let path = format!("{model_name}.{}", member.name);
            if member.required != required.contains(member.name) {
                self.problem(format!("{path}: required {} in Rust", member.required));
            }
            let token = spec["idempotencyToken"] == Value::Bool(true);
            if member.idempotency_token != token {
                self.problem(format!("{path}: idempotency token {} in Rust", member.idempotency_token));
            }
            self.compare_binding(&path, member, spec, model["payload"].as_str() == Some(member.name));
            self.compare_member(&path, member, spec["shape"].as_str().unwrap_or_default(), ops);
        }
    }

    /// Where the member travels: botocore's `location` / `locationName` and the structure's
    /// `payload`; a body member's `locationName` is its `jsonName`.
    fn compare_binding(&mut self, path: &str, member: &MemberSchema, spec: &Value, payload: bool) {
        let location_name = spec["locationName"].as_str();
        let named = |kind: &str| format!("{kind}({})", location_name.unwrap_or(member.name).to_ascii_lowercase());
        let target_is_map = self.shape(spec["shape"].as_str().unwrap_or_default())["type"] == "map";
        let expected = match spec["location"].as_str() {
            _ if payload => "Payload".to_owned(),
            None => "Body".to_owned(),
            Some("uri") => "Label".to_owned(),
            Some("statusCode") => "ResponseCode".to_owned(),
            Some("querystring") if target_is_map => "QueryParams".to_owned(),
            Some("querystring") => format!("Query({})", location_name.unwrap_or(member.name)),
            Some("header") => named("Header"),
            Some("headers") => named("PrefixHeaders"),
            Some(other) => format!("unknown location {other}"),
        };
        // Header names compare without case; query names with it.
        let actual = match member.binding {
            Binding::Body => "Body".to_owned(),
            Binding::Label => "Label".to_owned(),
            Binding::Query(q) => format!("Query({q})"),
            Binding::QueryParams => "QueryParams".to_owned(),
            Binding::Header(h) => format!("Header({})", h.to_ascii_lowercase()),
            Binding::PrefixHeaders(h) => format!("PrefixHeaders({})", h.to_ascii_lowercase()),
            Binding::Payload => "Payload".to_owned(),
            Binding::ResponseCode => "ResponseCode".to_owned(),
        };
        if actual != expected {
            self.problem(format!("{path}: bound {actual} in Rust, {expected} in the model"));
        }
        let json_name = if spec.get("location").is_none() && !payload { location_name } else { None };
        if member.json_name != json_name {
            self.problem(format!("{path}: json name {:?} in Rust, {json_name:?} in the model", member.json_name));
        }
    }

    fn compare_member(&mut self, path: &str, member: &MemberSchema, target: &str, ops: &BTreeSet<String>) {
        let spec = self.shape(target).clone();
        let sensitive_string = spec["type"] == "string" && spec["sensitive"] == Value::Bool(true);
        if member.sensitive != sensitive_string {
            self.problem(format!(
                "{path}: sensitive {} in Rust, target {target} sensitive {sensitive_string}",
                member.sensitive
            ));
        }
        if spec["type"] == "timestamp" {
            let iso = spec["timestampFormat"] == "iso8601";
            let rust_iso = member.timestamp_format == Some(TimestampFormat::DateTime);
            if iso != rust_iso {
                self.problem(format!(
                    "{path}: timestamp format {:?} in Rust, {:?} in the model",
                    member.timestamp_format, spec["timestampFormat"]
                ));
            }
        }
        self.compare_target(path, &(member.target)(), target, &member.constraints, ops);
    }

    /// A target type and the constraints that apply to it.
    fn compare_target(
        &mut self,
        path: &str,
        rust: &TypeSchema,
        target: &str,
        constraints: &Constraints,
        ops: &BTreeSet<String>,
    ) {
        let spec = self.shape(target).clone();
        let model_type = spec["type"].as_str().unwrap_or_default();
        match (model_type, rust) {
            ("string", TypeSchema::String) if spec.get("enum").is_none() => {
                self.compare_string(path, &spec, constraints)
            }
            ("string", TypeSchema::Shape(s)) if spec.get("enum").is_some() => {
                if s.name != target {
                    self.problem(format!("{path}: targets {} in Rust, {target} in the model", s.name));
                }
                self.compare_shape(target, s, ops);
                self.compare_string(path, &spec, constraints);
            }
            ("integer", TypeSchema::Integer) | ("long", TypeSchema::Long) => {
                let expected = bounds(&spec).map(|(a, b)| (a.map(|v| v.to_string()), b.map(|v| v.to_string())));
                let actual = constraints.range.map(|(a, b)| (a.map(str::to_owned), b.map(str::to_owned)));
                if expected != actual {
                    self.problem(format!("{path}: range {actual:?} in Rust, {expected:?} in the model"));
                }
            }
            ("boolean", TypeSchema::Boolean)
            | ("timestamp", TypeSchema::Timestamp)
            | ("double", TypeSchema::Double) => {}
            ("list", TypeSchema::List { member, .. }) => {
                let element = spec["member"]["shape"].as_str().unwrap_or_default().to_owned();
                let none = Constraints::default();
                let items = constraints.items.unwrap_or(&none);
                if bounds(&spec).is_some() != constraints.length.is_some() {
                    self.problem(format!("{path}: list length {:?} in Rust", constraints.length));
                }
                self.compare_target(&format!("{path}[]"), member, &element, items, ops);
            }
            ("structure", TypeSchema::Shape(s)) => {
                let expected = Self::model_name(s.name, ops);
                if expected != target {
                    self.problem(format!("{path}: targets {} in Rust, {target} in the model", s.name));
                }
                self.compare_shape(target, s, ops);
            }
            (model_type, rust) => {
                self.problem(format!("{path}: {} in Rust, {model_type} {target} in the model", rust.kind_name()))
            }
        }
    }

    fn compare_string(&mut self, path: &str, spec: &Value, constraints: &Constraints) {
        let expected = bounds(spec).map(|(a, b)| (a.map(|v| v as u64), b.map(|v| v as u64)));
        if expected != constraints.length {
            self.problem(format!("{path}: length {:?} in Rust, {expected:?} in the model", constraints.length));
        }
        let pattern = spec["pattern"].as_str();
        let anchored = |p: &str| [format!("^{p}$"), format!("^({p})$"), format!("^(?:{p})$")];
        let ok = match (pattern, constraints.pattern) {
            (None, None) => true,
            (Some(p), Some(r)) => anchored(p).iter().any(|a| a == r),
            _ => false,
        };
        if !ok {
            self.problem(format!(
                "{path}: pattern {:?} in Rust, {pattern:?} (anchored) in the model",
                constraints.pattern
            ));
        }
    }

    /// The structures and enums the model reaches from `shape`.
    fn reachable(&self, shape: &str, out: &mut BTreeSet<String>) {
        let spec = self.shape(shape);
        let is_named = spec["type"] == "structure" || spec.get("enum").is_some();
        if is_named && !out.insert(shape.to_owned()) {
            return;
        }
        let mut targets: Vec<String> = spec["members"]
            .as_object()
            .map(|m| m.values().filter_map(|v| v["shape"].as_str().map(str::to_owned)).collect())
            .unwrap_or_default();
        for key in ["member", "key", "value"] {
            if let Some(t) = spec[key]["shape"].as_str() {
                targets.push(t.to_owned());
            }
        }
        for t in targets {
            self.reachable(&t, out);
        }
    }
}

fn bounds(spec: &Value) -> Option<(Option<i64>, Option<i64>)> {
    let (min, max) = (spec["min"].as_i64(), spec["max"].as_i64());
    (min.is_some() || max.is_some()).then_some((min, max))
}

/// What an operation's type says of itself and its service, beyond its schema.
#[derive(Debug, PartialEq)]
struct Traits {
    name: &'static str,
    http: Http,
    unsigned: bool,
    service_id: &'static str,
    signing_name: &'static str,
    api_version: &'static str,
    endpoint_prefix: &'static str,
    rest_json: bool,
    has_rules: bool,
}

fn traits<O: Operation>() -> Traits {
    type S<O> = <O as Operation>::Service;
    Traits {
        name: O::NAME,
        http: O::HTTP,
        unsigned: O::UNSIGNED,
        service_id: S::<O>::SERVICE_ID,
        signing_name: S::<O>::SIGNING_NAME,
        api_version: S::<O>::API_VERSION,
        endpoint_prefix: S::<O>::ENDPOINT_PREFIX,
        rest_json: TypeId::of::<<S<O> as Service>::Protocol>() == TypeId::of::<RestJson1>(),
        has_rules: S::<O>::endpoint_rules().is_some(),
    }
}

/// An error's code, status and fault, as its type declares them.
fn error_traits<E: ErrorShape>() -> (&'static str, u16, bool) {
    (E::CODE, E::STATUS, E::FAULT == Fault::Server)
}

/// Compares one service's operations with its model; returns the problems, the number of
/// operations and the shapes reached.
fn check_service(
    model_json: &str,
    ops: Vec<(&'static aws_operation::schema::OperationSchema, Traits)>,
    errors: Vec<(&'static str, u16, bool)>,
) -> (Vec<String>, usize, BTreeSet<String>) {
    let model: Value = serde_json::from_str(model_json).unwrap();
    let mut check = Check { model: model.clone(), problems: Vec::new(), seen: BTreeMap::new() };
    let rust_ops: BTreeSet<String> = ops.iter().map(|(s, _)| s.name.to_owned()).collect();
    let meta = &model["metadata"];
    let mut reachable = BTreeSet::new();
    for (schema, traits) in &ops {
        let spec = &model["operations"][schema.name];
        if spec.is_null() {
            check.problem(format!("operation {}: not in the model", schema.name));
            continue;
        }
        let expected = Traits {
            name: spec["name"].as_str().unwrap_or_default().to_owned().leak(),
            http: Http {
                method: spec["http"]["method"].as_str().unwrap_or_default().to_owned().leak(),
                uri: spec["http"]["requestUri"].as_str().unwrap_or_default().to_owned().leak(),
                code: spec["http"]["responseCode"].as_u64().unwrap_or(200) as u16,
            },
            unsigned: spec["authtype"] == "none" || spec["auth"] == json!(["smithy.api#noAuth"]),
            service_id: meta["serviceId"].as_str().unwrap_or_default().to_owned().leak(),
            signing_name: meta["signingName"].as_str().unwrap_or_default().to_owned().leak(),
            api_version: meta["apiVersion"].as_str().unwrap_or_default().to_owned().leak(),
            endpoint_prefix: meta["endpointPrefix"].as_str().unwrap_or_default().to_owned().leak(),
            rest_json: meta["protocol"] == "rest-json",
            // The classic regional endpoint is the right one (see the endpoint test below).
            has_rules: false,
        };
        if *traits != expected {
            check.problem(format!("{}: {traits:?} in Rust, {expected:?} in the model", schema.name));
        }
        let TypeSchema::Shape(input) = (schema.input)() else { panic!("{}: input is not a shape", schema.name) };
        let TypeSchema::Shape(output) = (schema.output)() else { panic!("{}: output is not a shape", schema.name) };
        for (rust, model_shape) in [(input, &spec["input"]["shape"]), (output, &spec["output"]["shape"])] {
            let name = Check::model_name(rust.name, &rust_ops);
            if model_shape.as_str() != Some(name.as_str()) {
                check.problem(format!("{}: shape {name} in Rust, {model_shape} in the model", schema.name));
            }
            check.compare_shape(&name, rust, &rust_ops);
            if let Some(shape) = model_shape.as_str() {
                check.reachable(shape, &mut reachable);
            }
        }
        let model_errors: Vec<&str> =
            spec["errors"].as_array().unwrap().iter().filter_map(|e| e["shape"].as_str()).collect();
        let mut rust_errors = Vec::new();
        for error in &schema.errors {
            let TypeSchema::Shape(e) = error() else { panic!("{}: error is not a shape", schema.name) };
            rust_errors.push(e.name);
            check.compare_shape(e.name, e, &rust_ops);
        }
        if rust_errors != model_errors {
            check.problem(format!("{}: errors {rust_errors:?} in Rust, {model_errors:?} in the model", schema.name));
        }
        let mut expected_errors = Vec::new();
        for name in &model_errors {
            check.reachable(name, &mut reachable);
            let shape = &model["shapes"][*name];
            let status =
                shape["error"]["httpStatusCode"].as_u64().unwrap_or(if shape["fault"] == true { 500 } else { 400 });
            expected_errors.push((*name, status as u16, shape["fault"] == true));
        }
        let mut actual_errors = errors.clone();
        actual_errors.sort();
        expected_errors.sort();
        if actual_errors != expected_errors {
            check.problem(format!(
                "{}: errors' (code, status, server fault) {actual_errors:?} in Rust, {expected_errors:?} in the model",
                schema.name
            ));
        }
    }
    let seen: BTreeSet<String> = check.seen.keys().cloned().collect();
    for missing in reachable.difference(&seen) {
        check.problem(format!("shape {missing}: reached in the model, not in Rust"));
    }
    for extra in seen.difference(&reachable) {
        check.problem(format!("shape {extra}: reached in Rust, not in the model"));
    }
    (check.problems, ops.len(), seen)
}

#[test]
fn portal_matches_the_model() {
    let ops: Vec<_> =
        portal::operations().iter().map(|o| o.schema()).zip(portal::each_operation!(traits).map(|t| t())).collect();
    let errors = vec![
        error_traits::<portal::InvalidRequestException>(),
        error_traits::<portal::UnauthorizedException>(),
        error_traits::<portal::TooManyRequestsException>(),
        error_traits::<portal::ResourceNotFoundException>(),
    ];
    let (problems, n, seen) = check_service(SSO_MODEL, ops, errors);
    assert!(problems.is_empty(), "{} differences:\n{}", problems.len(), problems.join("\n"));
    // GetRoleCredentials: its request and response, RoleCredentials and 4 errors.
    assert_eq!((n, seen.len()), (1, 7), "{seen:?}");
}

#[test]
fn oidc_matches_the_model() {
    let ops: Vec<_> =
        oidc::operations().iter().map(|o| o.schema()).zip(oidc::each_operation!(traits).map(|t| t())).collect();
    let errors = vec![
        error_traits::<oidc::InvalidRequestException>(),
        error_traits::<oidc::InvalidClientException>(),
        error_traits::<oidc::InvalidGrantException>(),
        error_traits::<oidc::UnauthorizedClientException>(),
        error_traits::<oidc::UnsupportedGrantTypeException>(),
        error_traits::<oidc::InvalidScopeException>(),
        error_traits::<oidc::AuthorizationPendingException>(),
        error_traits::<oidc::SlowDownException>(),
        error_traits::<oidc::AccessDeniedException>(),
        error_traits::<oidc::ExpiredTokenException>(),
        error_traits::<oidc::InternalServerException>(),
    ];
    let (problems, n, seen) = check_service(OIDC_MODEL, ops, errors);
    assert!(problems.is_empty(), "{} differences:\n{}", problems.len(), problems.join("\n"));
    // CreateToken: its request and response, 11 errors and the 2 enums of their reasons.
    assert_eq!((n, seen.len()), (1, 15), "{seen:?}");
}

/// botocore's endpoint tests of each service against the classic regional endpoint the crate
/// uses without rules: every case without a custom endpoint (36 of each service's 40; the other
/// four are about `Endpoint`, which the classic scheme does not involve). The two cases the rules
/// answer differently, one per service, are listed, so that the test says when that changes.
#[test]
fn classic_endpoints_match_the_rule_sets_tests() {
    fn config(params: &Value) -> Result<Config, String> {
        let mut config = Config::builder();
        if let Some(region) = params["Region"].as_str() {
            config = config.region(region);
        }
        config
            .use_fips(params["UseFIPS"] == true)
            .use_dual_stack(params["UseDualStack"] == true)
            .build()
            .map_err(|e| e.to_string())
    }
    fn sso(params: &Value) -> Result<String, String> {
        let client = Sso::new(&config(params)?).map_err(|e| e.to_string())?;
        client.client().endpoint_url().map_err(|e| e.to_string())
    }
    fn oidc(params: &Value) -> Result<String, String> {
        let client = SsoOidc::new(&config(params)?).map_err(|e| e.to_string())?;
        client.client().endpoint_url().map_err(|e| e.to_string())
    }
    let mut differences = Vec::new();
    let mut compared = 0;
    for (name, tests, at) in [
        ("sso", SSO_ENDPOINT_TESTS, sso as fn(&Value) -> Result<String, String>),
        ("sso-oidc", OIDC_ENDPOINT_TESTS, oidc),
    ] {
        let tests: Value = serde_json::from_str(tests).unwrap();
        for case in tests["testCases"].as_array().unwrap() {
            let params = &case["params"];
            if params.get("Endpoint").is_some() {
                continue;
            }
            compared += 1;
            let expected = case["expect"]["endpoint"]["url"].as_str();
            let actual = at(params);
            match (expected, &actual) {
                (Some(e), Ok(a)) if e == a => {}
                (None, Err(_)) => {}
                _ => differences.push(format!("{name} {params}: {actual:?}, rules say {expected:?}")),
            }
        }
    }
    // GovCloud's FIPS endpoint of both services is the plain one in the rules; the classic
    // scheme puts `-fips` in front of the region.
    assert_eq!(
        differences,
        [
            r#"sso {"Region":"us-gov-east-1","UseDualStack":false,"UseFIPS":true}: Ok("https://portal.sso-fips.us-gov-east-1.amazonaws.com"), rules say Some("https://portal.sso.us-gov-east-1.amazonaws.com")"#,
            r#"sso-oidc {"Region":"us-gov-east-1","UseDualStack":false,"UseFIPS":true}: Ok("https://oidc-fips.us-gov-east-1.amazonaws.com"), rules say Some("https://oidc.us-gov-east-1.amazonaws.com")"#,
        ],
        "{differences:#?}"
    );
    assert_eq!(compared, 72);
}

// ---------------------------------------------------------------------------------------------
// On the wire.

/// A configuration with credentials (a session token too), so that their absence on the wire
/// says the operations are unsigned, not merely unsignable.
fn config(url: &str) -> Config {
    Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDSSOTEST", "sso-secret-key", Some("SESSIONTOKENXYZ".into()), None))
        .endpoint_url(url)
        .max_attempts(1)
        .build()
        .unwrap()
}

fn rest_json(status: u16, body: &str) -> Reply {
    Reply {
        status,
        headers: vec![
            ("content-type".into(), "application/json".into()),
            ("x-amzn-requestid".into(), format!("req-{status}")),
        ],
        body: body.into(),
    }
}

/// Nothing of a signature, and nothing of the configured credentials, in any header.
fn assert_unsigned(request: &support::Recorded) {
    assert_eq!(request.header("authorization"), None, "{:?}", request.headers);
    assert_eq!(request.header("x-amz-security-token"), None, "{:?}", request.headers);
    for (name, value) in &request.headers {
        for secret in ["AKIDSSOTEST", "sso-secret-key", "SESSIONTOKENXYZ"] {
            assert!(!value.contains(secret), "{name}: {value}");
        }
    }
}

#[tokio::test]
async fn get_role_credentials_sends_the_query_and_the_bearer_token_unsigned() {
    let body = r#"{"roleCredentials":{"accessKeyId":"ASIAEXAMPLE","secretAccessKey":"role-secret","sessionToken":"role-session","expiration":1700000000000}}"#;
    let server = Server::start(vec![rest_json(200, body)]).await;
    let client = Sso::new(&config(&server.url)).unwrap();
    let out = client
        .get_role_credentials()
        .role_name("Admin+Dev")
        .account_id("111122223333")
        .access_token("bearer-token-1")
        .send()
        .await
        .unwrap();
    let creds = out.role_credentials.as_ref().expect("roleCredentials");
    assert_eq!(creds.access_key_id.as_deref(), Some("ASIAEXAMPLE"));
    assert_eq!(creds.secret_access_key.as_deref(), Some("role-secret"));
    assert_eq!(creds.session_token.as_deref(), Some("role-session"));
    assert_eq!(creds.expiration, Some(1_700_000_000_000));
    assert_eq!(out.request_id(), Some("req-200"));
    // The secrets that came back are redacted in Debug.
    let shown = format!("{:?}", *out);
    assert!(
        shown.contains("ASIAEXAMPLE") && !shown.contains("role-secret") && !shown.contains("role-session"),
        "{shown}"
    );

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!(request.method, "GET");
    assert_eq!(request.path, "/federation/credentials?role_name=Admin%2BDev&account_id=111122223333");
    assert_eq!(request.header("x-amz-sso_bearer_token"), Some("bearer-token-1"));
    assert_unsigned(request);
    assert_eq!(request.body, b"");
    assert_eq!(request.header("content-type"), None);
}

#[tokio::test]
async fn get_role_credentials_needs_no_credentials_and_hides_the_token() {
    let server = Server::start(vec![rest_json(200, "{}")]).await;
    let config = Config::builder().region("us-east-1").endpoint_url(&server.url).build().unwrap();
    let input = GetRoleCredentials {
        role_name: "ReadOnly".into(),
        account_id: "111122223333".into(),
        access_token: "bearer-token-2".into(),
    };
    let shown = format!("{input:?}");
    assert!(shown.contains("ReadOnly") && !shown.contains("bearer-token-2"), "{shown}");
    let out = Sso::new(&config).unwrap().send(input).await.unwrap();
    assert!(out.role_credentials.is_none());
    assert_eq!(server.requests()[0].header("x-amz-sso_bearer_token"), Some("bearer-token-2"));
}

#[tokio::test]
async fn a_missing_bearer_token_is_refused_before_sending() {
    let server = Server::start(vec![rest_json(200, "{}")]).await;
    let client = Sso::new(&config(&server.url)).unwrap();
    match client.get_role_credentials().role_name("ReadOnly").account_id("111122223333").send().await {
        Err(Error::InvalidInput(v)) => {
            let shown = v.to_string();
            assert!(shown.starts_with("1 invalid member: `accessToken`"), "{shown}");
        }
        other => panic!("{other:?}"),
    }
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn unauthorized_exception_is_read_as_the_modeled_variant() {
    let reply = rest_json(401, r#"{"message":"Session token not found or invalid"}"#).header(
        "x-amzn-errortype",
        "UnauthorizedException:http://internal.amazon.com/coral/com.amazonaws.switchboard.portal/",
    );
    let server = Server::start(vec![reply]).await;
    let client = Sso::new(&config(&server.url)).unwrap();
    let sent = client.get_role_credentials().role_name("r").account_id("111122223333").access_token("t").send().await;
    match sent {
        Err(Error::Service(e)) => {
            assert_eq!((e.meta.code.as_str(), e.meta.status), ("UnauthorizedException", 401));
            assert_eq!(e.meta.message.as_deref(), Some("Session token not found or invalid"));
            assert_eq!(e.meta.request_id.as_deref(), Some("req-401"));
            let GetRoleCredentialsError::UnauthorizedException(u) = &e.error else { panic!("{:?}", e.error) };
            assert_eq!(u.message.as_deref(), Some("Session token not found or invalid"));
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn create_token_posts_the_json_body_unsigned() {
    let body = r#"{"accessToken":"at-new","tokenType":"Bearer","expiresIn":28800,"refreshToken":"rt-new"}"#;
    let server = Server::start(vec![rest_json(200, body)]).await;
    let client = SsoOidc::new(&config(&server.url)).unwrap();
    let out = client
        .create_token()
        .client_id("client-1")
        .client_secret("client-secret-1")
        .grant_type("refresh_token")
        .refresh_token("rt-old")
        .scope(vec!["sso:account:access".to_owned()])
        .send()
        .await
        .unwrap();
    assert_eq!(out.access_token.as_deref(), Some("at-new"));
    assert_eq!(out.token_type.as_deref(), Some("Bearer"));
    assert_eq!(out.expires_in, Some(28800));
    assert_eq!(out.refresh_token.as_deref(), Some("rt-new"));
    assert_eq!(out.id_token, None);
    let shown = format!("{:?}", *out);
    assert!(shown.contains("Bearer") && !shown.contains("at-new") && !shown.contains("rt-new"), "{shown}");

    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    assert_eq!((request.method.as_str(), request.path.as_str()), ("POST", "/token"));
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(
        request.json(),
        json!({
            "clientId": "client-1",
            "clientSecret": "client-secret-1",
            "grantType": "refresh_token",
            "refreshToken": "rt-old",
            "scope": ["sso:account:access"],
        })
    );
    assert_unsigned(request);
}

#[tokio::test]
async fn create_token_errors_are_read_as_the_modeled_variants() {
    let errortype = |code: &str| format!("{code}:http://internal.amazon.com/coral/com.amazonaws.ssooidc/");
    let replies = vec![
        rest_json(400, r#"{"error":"invalid_grant","error_description":"Invalid refresh token provided"}"#)
            .header("x-amzn-errortype", &errortype("InvalidGrantException")),
        rest_json(400, r#"{"error":"invalid_request","reason":"KMS_DisabledException","error_description":"key off"}"#)
            .header("x-amzn-errortype", &errortype("InvalidRequestException")),
        rest_json(400, r#"{"error":"access_denied","reason":"KMS_SomethingNew"}"#)
            .header("x-amzn-errortype", &errortype("AccessDeniedException")),
        rest_json(500, r#"{"error":"server_error","error_description":"oops"}"#)
            .header("x-amzn-errortype", &errortype("InternalServerException")),
    ];
    let server = Server::start(replies).await;
    let client = SsoOidc::new(&config(&server.url)).unwrap();
    let call = || client.create_token().client_id("c").client_secret("s").grant_type("refresh_token").send();

    let Err(Error::Service(e)) = call().await else { panic!("not a service error") };
    assert_eq!((e.meta.code.as_str(), e.meta.status), ("InvalidGrantException", 400));
    let CreateTokenError::InvalidGrantException(g) = &e.error else { panic!("{:?}", e.error) };
    assert_eq!(g.error.as_deref(), Some("invalid_grant"));
    assert_eq!(g.error_description.as_deref(), Some("Invalid refresh token provided"));

    let Err(Error::Service(e)) = call().await else { panic!("not a service error") };
    let CreateTokenError::InvalidRequestException(r) = &e.error else { panic!("{:?}", e.error) };
    assert_eq!(r.error.as_deref(), Some("invalid_request"));
    assert_eq!(r.reason, Some(InvalidRequestExceptionReason::KmsDisabledException));
    assert_eq!(r.error_description.as_deref(), Some("key off"));

    let Err(Error::Service(e)) = call().await else { panic!("not a service error") };
    let CreateTokenError::AccessDeniedException(d) = &e.error else { panic!("{:?}", e.error) };
    assert_eq!(d.reason, Some(AccessDeniedExceptionReason::Unknown("KMS_SomethingNew".into())));
    assert_eq!(d.error_description, None);

    let Err(Error::Service(e)) = call().await else { panic!("not a service error") };
    assert_eq!((e.meta.code.as_str(), e.meta.status), ("InternalServerException", 500));
    let CreateTokenError::InternalServerException(i) = &e.error else { panic!("{:?}", e.error) };
    assert_eq!((i.error.as_deref(), i.error_description.as_deref()), (Some("server_error"), Some("oops")));

    let requests = server.requests();
    assert_eq!(requests.len(), 4, "max_attempts(1): no retry");
    assert!(requests.iter().all(|r| r.path == "/token" && r.json()["clientSecret"] == "s"));
}
