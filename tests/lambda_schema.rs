//! The hand-written Lambda slice (`services/lambda`) against botocore's model: the service's
//! metadata; every operation of the slice with its `http` trait, input, output, errors and
//! paginator; every structure and enum they reach with its members or values; every member's
//! name, target, required flag, idempotency token, sensitivity, HTTP binding (label, query,
//! header, prefix headers, payload, status code, `jsonName`) and the constraints of its target,
//! list elements and map keys and values included; every error's status and fault.
//! Documentation is not compared. Each difference is listed; the test fails if there is any.
//!
//! The slice is nine of the model's operations, so only those are expected; every structure and
//! enum they reach in the model must be reached from the Rust operations too.

use std::collections::{BTreeMap, BTreeSet};

use aws_operation::operation::{ErrorShape, Fault, Http, Operation, Service};
use aws_operation::schema::{Binding, Constraints, MemberSchema, ShapeKind, ShapeSchema, TypeSchema};
use aws_operation::types::TimestampFormat;
use aws_operation::{Protocol, Shape};
use aws_operation_lambda::*;
use serde_json::Value;

const MODEL: &str = include_str!("fixtures/lambda/service-2.json");

/// The operations of the slice.
const OPERATIONS: [&str; 9] = [
    "CreateFunction",
    "GetFunction",
    "ListFunctions",
    "UpdateFunctionConfiguration",
    "DeleteFunction",
    "Invoke",
    "TagResource",
    "ListTags",
    "UntagResource",
];

/// Botocore 1.44.8's `paginators-1.json` for Lambda, the slice's one paginated operation:
/// (operation, input_token, output_token, result_key, limit_key).
const PAGINATORS: [(&str, &str, &str, &str, &str); 1] =
    [("ListFunctions", "Marker", "NextMarker", "Functions", "MaxItems")];

/// Model patterns the slice leaves out, with the reason; the test checks the reason still holds
/// (the pattern does not compile with the `regex` crate).
const DROPPED_PATTERNS: [(&str, &str); 1] =
    [("S3Bucket", "`(?<!\\.)` is a look-behind, which the regex crate does not support")];

struct Check {
    model: Value,
    problems: Vec<String>,
    /// Rust shapes reached from the operations, by model name.
    seen: BTreeMap<String, &'static ShapeSchema>,
    /// Rust names of operation inputs and outputs, with their model names.
    renamed: BTreeMap<&'static str, String>,
}

impl Check {
    fn shape(&self, name: &str) -> Value {
        self.model["shapes"][name].clone()
    }

    fn problem(&mut self, p: String) {
        self.problems.push(p);
    }

    /// The model name of a Rust shape.
    fn model_name(&self, rust: &'static str) -> String {
        self.renamed.get(rust).cloned().unwrap_or_else(|| rust.to_owned())
    }

    fn compare_shape(&mut self, model_name: &str, rust: &'static ShapeSchema) {
        if self.seen.insert(model_name.to_owned(), rust).is_some() {
            return;
        }
        let model = self.shape(model_name);
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
            (model["fault"] == Value::Bool(true), retryable, throttling)
        });
        let rust_error = rust.error.map(|e| (e.server_fault, e.retryable, e.throttling));
        if error != rust_error {
            self.problem(format!("{model_name}: error traits {rust_error:?} in Rust, {error:?} in the model"));
        }
        if let Some(e) = rust.error
            && e.code != model_name
        {
            self.problem(format!("{model_name}: error code {} in Rust", e.code));
        }
        let members = model["members"].as_object().cloned().unwrap_or_default();
        let required: BTreeSet<String> = model["required"]
            .as_array()
            .map(|r| r.iter().filter_map(Value::as_str).map(str::to_owned).collect())
            .unwrap_or_default();
        let rust_names: BTreeSet<&str> = rust.members.iter().map(|m| m.name).collect();
        for name in members.keys() {
            if !rust_names.contains(name.as_str()) {
                self.problem(format!("{model_name}.{name}: missing in Rust"));
            }
        }
        let payload = model["payload"].as_str().map(str::to_owned);
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
            self.compare_binding(&path, member, spec, payload.as_deref());
            self.compare_member(&path, member, spec["shape"].as_str().unwrap_or_default());
        }
    }

    /// Where the member travels: botocore's `location` and `locationName`, and the structure's
    /// `payload`.
    fn compare_binding(&mut self, path: &str, member: &MemberSchema, spec: &Value, payload: Option<&str>) {
        let location_name = spec["locationName"].as_str();
        let expected = match (spec["location"].as_str(), location_name) {
            (Some("uri"), Some(label)) => {
                if label != member.name {
                    self.problem(format!("{path}: the URI label is {label}, not the member name"));
                }
                Some(Binding::Label)
            }
            (Some("querystring"), Some(name)) => Some(Binding::Query(leak(name))),
            (Some("header"), Some(name)) => Some(Binding::Header(leak(name))),
            (Some("headers"), Some(prefix)) => Some(Binding::PrefixHeaders(leak(prefix))),
            (Some("statusCode"), _) => Some(Binding::ResponseCode),
            (None, _) if payload == Some(member.name) => Some(Binding::Payload),
            (None, _) => Some(Binding::Body),
            (Some(other), _) => {
                self.problem(format!("{path}: location {other} is not compared"));
                None
            }
        };
        if let Some(expected) = expected
            && member.binding != expected
        {
            self.problem(format!("{path}: binding {:?} in Rust, {expected:?} in the model", member.binding));
        }
        // A body member whose wire name differs from its member name has a `jsonName`.
        let json_name = match (spec["location"].as_str(), location_name) {
            (None, Some(name)) if name != member.name => Some(name),
            _ => None,
        };
        if member.json_name != json_name {
            self.problem(format!("{path}: json_name {:?} in Rust, {json_name:?} in the model", member.json_name));
        }
    }

    fn compare_member(&mut self, path: &str, member: &MemberSchema, target: &str) {
        let spec = self.shape(target);
        // Strings, blobs and maps carry the model's `sensitive`; the member says it in Rust.
        let sensitive = spec["type"] != "structure" && spec["sensitive"] == Value::Bool(true);
        if member.sensitive != sensitive {
            self.problem(format!(
                "{path}: sensitive {} in Rust, target {target} sensitive {sensitive}",
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
        self.compare_target(path, &(member.target)(), target, &member.constraints);
    }

    /// A target type and the constraints that apply to it.
    fn compare_target(&mut self, path: &str, rust: &TypeSchema, target: &str, constraints: &Constraints) {
        let spec = self.shape(target);
        let model_type = spec["type"].as_str().unwrap_or_default().to_owned();
        let none = Constraints::default();
        match (model_type.as_str(), rust) {
            ("string", TypeSchema::String) if spec.get("enum").is_none() => {
                self.compare_string(path, target, constraints)
            }
            ("string", TypeSchema::Shape(s)) if spec.get("enum").is_some() => {
                if s.name != target {
                    self.problem(format!("{path}: targets {} in Rust, {target} in the model", s.name));
                }
                self.compare_shape(target, s);
                self.compare_string(path, target, constraints);
            }
            ("integer", TypeSchema::Integer) | ("long", TypeSchema::Long) | ("double", TypeSchema::Double) => {
                let expected = bounds(&spec).map(|(a, b)| (a.map(|v| v.to_string()), b.map(|v| v.to_string())));
                let actual = constraints.range.map(|(a, b)| (a.map(str::to_owned), b.map(str::to_owned)));
                if expected != actual {
                    self.problem(format!("{path}: range {actual:?} in Rust, {expected:?} in the model"));
                }
                self.no_other_constraints(path, constraints, true);
            }
            ("boolean", TypeSchema::Boolean) | ("timestamp", TypeSchema::Timestamp) | ("blob", TypeSchema::Blob) => {
                self.no_other_constraints(path, constraints, false)
            }
            ("list", TypeSchema::List { member, sparse }) => {
                if *sparse != (spec["sparse"] == Value::Bool(true)) {
                    self.problem(format!("{path}: sparse {sparse} in Rust"));
                }
                let element = spec["member"]["shape"].as_str().unwrap_or_default().to_owned();
                self.compare_collection_length(path, &spec, constraints);
                self.compare_target(&format!("{path}[]"), member, &element, constraints.items.unwrap_or(&none));
            }
            ("map", TypeSchema::Map { value, sparse }) => {
                if *sparse != (spec["sparse"] == Value::Bool(true)) {
                    self.problem(format!("{path}: sparse {sparse} in Rust"));
                }
                self.compare_collection_length(path, &spec, constraints);
                let key = spec["key"]["shape"].as_str().unwrap_or_default().to_owned();
                let value_shape = spec["value"]["shape"].as_str().unwrap_or_default().to_owned();
                if self.shape(&key)["type"] != "string" || self.shape(&key).get("enum").is_some() {
                    self.problem(format!("{path}: map key {key} is not a plain string in the model"));
                }
                self.compare_string(&format!("{path}{{key}}"), &key, constraints.keys.unwrap_or(&none));
                self.compare_target(&format!("{path}{{}}"), value, &value_shape, constraints.items.unwrap_or(&none));
            }
            ("structure", TypeSchema::Shape(s)) => {
                if self.model_name(s.name) != target {
                    self.problem(format!("{path}: targets {} in Rust, {target} in the model", s.name));
                }
                self.compare_shape(target, s);
                self.no_other_constraints(path, constraints, false);
            }
            (model_type, rust) => {
                self.problem(format!("{path}: {} in Rust, {model_type} {target} in the model", rust.kind_name()))
            }
        }
    }

    /// A list's or map's own `length`.
    fn compare_collection_length(&mut self, path: &str, spec: &Value, constraints: &Constraints) {
        let expected = bounds(spec).map(|(a, b)| (a.map(|v| v as u64), b.map(|v| v as u64)));
        if expected != constraints.length {
            self.problem(format!("{path}: length {:?} in Rust, {expected:?} in the model", constraints.length));
        }
        if constraints.range.is_some() || constraints.pattern.is_some() {
            self.problem(format!("{path}: a range or pattern on a collection in Rust"));
        }
    }

    /// Numbers take only a range; booleans, blobs and structures nothing.
    fn no_other_constraints(&mut self, path: &str, c: &Constraints, range_allowed: bool) {
        if c.length.is_some() || c.pattern.is_some() || c.items.is_some() || c.keys.is_some() {
            self.problem(format!("{path}: constraints {c:?} in Rust, none in the model"));
        }
        if !range_allowed && c.range.is_some() {
            self.problem(format!("{path}: range {:?} in Rust, none in the model", c.range));
        }
    }

    fn compare_string(&mut self, path: &str, target: &str, constraints: &Constraints) {
        let spec = self.shape(target);
        let expected = bounds(&spec).map(|(a, b)| (a.map(|v| v as u64), b.map(|v| v as u64)));
        if expected != constraints.length {
            self.problem(format!("{path}: length {:?} in Rust, {expected:?} in the model", constraints.length));
        }
        if constraints.range.is_some() || constraints.items.is_some() || constraints.keys.is_some() {
            self.problem(format!("{path}: a range or nested constraints on a string in Rust"));
        }
        let pattern = spec["pattern"].as_str();
        let dropped = DROPPED_PATTERNS.iter().any(|(shape, _)| *shape == target);
        // Botocore keeps Smithy's patterns without their outer `^...$`; the slice writes them back.
        let ok = match (pattern, constraints.pattern) {
            (None, None) => true,
            (Some(_), None) => dropped,
            (Some(p), Some(r)) => !dropped && r == format!("^{p}$"),
            (None, Some(_)) => false,
        };
        if !ok {
            self.problem(format!(
                "{path}: pattern {:?} in Rust, {pattern:?} (as ^...$) in the model",
                constraints.pattern
            ));
        }
    }
}

fn bounds(spec: &Value) -> Option<(Option<i64>, Option<i64>)> {
    let (min, max) = (spec["min"].as_i64(), spec["max"].as_i64());
    (min.is_some() || max.is_some()).then_some((min, max))
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_owned().into_boxed_str())
}

/// One operation's name, `http` trait, input and output schemas.
struct OpTraits {
    name: &'static str,
    http: Http,
    input: &'static ShapeSchema,
    output: &'static ShapeSchema,
}

fn traits_of<O: Operation>() -> OpTraits {
    let shape = |t: TypeSchema| match t {
        TypeSchema::Shape(s) => s,
        other => panic!("{}: {other:?} is not a shape", O::NAME),
    };
    OpTraits {
        name: O::NAME,
        http: O::HTTP,
        input: shape(<O as Shape>::type_schema()),
        output: shape(<O::Output as Shape>::type_schema()),
    }
}

/// Each error's code, status and fault, as `ErrorShape` gives them.
macro_rules! error_traits {
    ($($e:ident),* $(,)?) => {
        vec![$((<$e as ErrorShape>::CODE, <$e as ErrorShape>::STATUS, <$e as ErrorShape>::FAULT)),*]
    };
}

#[test]
fn the_service_is_declared_as_the_model_says() {
    let model: Value = serde_json::from_str(MODEL).unwrap();
    let meta = &model["metadata"];
    assert_eq!(<Lambda as Service>::SERVICE_ID, meta["serviceId"]);
    assert_eq!(<Lambda as Service>::SIGNING_NAME, meta["signingName"]);
    assert_eq!(<Lambda as Service>::API_VERSION, meta["apiVersion"]);
    assert_eq!(<Lambda as Service>::ENDPOINT_PREFIX, meta["endpointPrefix"]);
    assert_eq!(meta["protocol"], "rest-json");
    assert_eq!(<<Lambda as Service>::Protocol as Protocol>::NAME, "restJson1");
    assert!(<Lambda as Service>::endpoint_rules().is_some(), "the slice carries the service's rule set");
    // The rule set resolves the regional endpoints.
    for (region, url) in [
        ("us-east-1", "https://lambda.us-east-1.amazonaws.com"),
        ("eu-west-3", "https://lambda.eu-west-3.amazonaws.com"),
        ("cn-north-1", "https://lambda.cn-north-1.amazonaws.com.cn"),
    ] {
        let config = aws_operation::Config::builder()
            .region(region)
            .credentials(aws_operation::Credentials::new("AKIDTEST", "secret", None, None))
            .build()
            .unwrap();
        let client = Lambda::new(&config).unwrap();
        assert_eq!(client.client().endpoint_url().unwrap(), url, "{region}");
    }
}

#[test]
fn definitions_match_the_model() {
    let model: Value = serde_json::from_str(MODEL).unwrap();
    let ops = operations();
    let traits: Vec<OpTraits> = aws_operation_lambda::each_operation!(traits_of).iter().map(|f| f()).collect();
    let mut check =
        Check { model: model.clone(), problems: Vec::new(), seen: BTreeMap::new(), renamed: BTreeMap::new() };

    let rust_ops: Vec<&str> = ops.iter().map(|o| o.name()).collect();
    assert_eq!(rust_ops, OPERATIONS, "operations() lists the slice in order");
    assert_eq!(traits.iter().map(|t| t.name).collect::<Vec<_>>(), OPERATIONS, "each_operation! matches operations()");

    // Inputs and outputs first, so that shared shapes are compared under their model names.
    for t in &traits {
        let spec = &model["operations"][t.name];
        check.renamed.insert(t.input.name, spec["input"]["shape"].as_str().unwrap().to_owned());
        if let Some(output) = spec["output"]["shape"].as_str() {
            check.renamed.insert(t.output.name, output.to_owned());
        }
    }
    for (op, t) in ops.iter().zip(&traits) {
        let schema = op.schema();
        let spec = model["operations"][t.name].clone();
        if spec.is_null() {
            check.problem(format!("operation {}: not in the model", t.name));
            continue;
        }
        let http = &spec["http"];
        let expected_http = (
            http["method"].as_str().unwrap(),
            http["requestUri"].as_str().unwrap(),
            http["responseCode"].as_u64().unwrap_or(200),
        );
        if (t.http.method, t.http.uri, u64::from(t.http.code)) != expected_http {
            check.problem(format!(
                "{}: http {} {} {} in Rust, {expected_http:?} in the model",
                t.name, t.http.method, t.http.uri, t.http.code
            ));
        }
        let input = spec["input"]["shape"].as_str().unwrap();
        check.compare_shape(input, t.input);
        match spec["output"]["shape"].as_str() {
            Some(output) => check.compare_shape(output, t.output),
            // No output in the model: an empty structure in Rust.
            None => {
                if !t.output.members.is_empty() || t.output.kind != ShapeKind::Structure {
                    check.problem(format!("{}: the model has no output, Rust has {:?}", t.name, t.output));
                }
            }
        }
        let errors: Vec<&str> = spec["errors"].as_array().unwrap().iter().filter_map(|e| e["shape"].as_str()).collect();
        let mut rust_errors = Vec::new();
        for error in &schema.errors {
            let TypeSchema::Shape(e) = error() else { panic!("{}: error is not a shape", t.name) };
            rust_errors.push(e.name);
            check.compare_shape(e.name, e);
        }
        if rust_errors != errors {
            check.problem(format!("{}: errors {rust_errors:?} in Rust, {errors:?} in the model", t.name));
        }
        let expected = PAGINATORS.iter().find(|p| p.0 == t.name).map(|p| (p.1, p.2, p.3, Some(p.4)));
        let actual = schema.paginator.map(|p| (p.input_token, p.output_token, p.items, p.page_size));
        if expected != actual {
            check.problem(format!("{}: paginator {actual:?} in Rust, {expected:?} in the model", t.name));
        }
    }

    // Every structure and enum the slice's operations reach in the model.
    let mut reachable = BTreeSet::new();
    let mut stack: Vec<String> = OPERATIONS
        .iter()
        .flat_map(|op| {
            let spec = &model["operations"][op];
            let io = [&spec["input"]["shape"], &spec["output"]["shape"]].into_iter().filter_map(Value::as_str);
            let errors = spec["errors"].as_array().unwrap().iter().filter_map(|e| e["shape"].as_str());
            io.chain(errors).map(str::to_owned).collect::<Vec<_>>()
        })
        .collect();
    let mut visited = BTreeSet::new();
    while let Some(name) = stack.pop() {
        if !visited.insert(name.clone()) {
            continue;
        }
        let shape = &model["shapes"][&name];
        if shape["type"] == "structure" || shape.get("enum").is_some() {
            reachable.insert(name.clone());
        }
        let targets = shape["members"].as_object().into_iter().flat_map(|m| m.values()).map(|m| &m["shape"]);
        let nested = [&shape["member"]["shape"], &shape["key"]["shape"], &shape["value"]["shape"]];
        stack.extend(targets.chain(nested).filter_map(Value::as_str).map(str::to_owned));
    }
    let seen: BTreeSet<String> = check.seen.keys().cloned().collect();
    for missing in reachable.difference(&seen) {
        check.problem(format!("shape {missing}: not reachable from any Rust operation"));
    }
    assert!(check.problems.is_empty(), "{} differences:\n{}", check.problems.len(), check.problems.join("\n"));
    // 9 operations; 98 structures (9 inputs, 5 outputs, 51 errors, 33 others) and 21 enums.
    let structures = check.seen.values().filter(|s| s.kind == ShapeKind::Structure).count();
    let errors = check.seen.values().filter(|s| s.error.is_some()).count();
    assert_eq!((ops.len(), check.seen.len(), structures, errors), (9, 119, 98, 51));
}

#[test]
fn errors_carry_the_status_and_fault_of_the_model() {
    let model: Value = serde_json::from_str(MODEL).unwrap();
    let traits = error_traits![
        CodeArtifactUserDeletedException,
        CodeArtifactUserFailedException,
        CodeArtifactUserPendingException,
        CodeSigningConfigNotFoundException,
        CodeStorageExceededException,
        CodeVerificationFailedException,
        DurableExecutionAlreadyStartedException,
        EC2AccessDeniedException,
        EC2ThrottledException,
        EC2UnexpectedException,
        EFSIOException,
        EFSMountConnectivityException,
        EFSMountFailureException,
        EFSMountTimeoutException,
        ENILimitReachedException,
        ENINotReadyException,
        FunctionVersionsPerCapacityProviderLimitExceededException,
        InvalidCodeSignatureException,
        InvalidParameterValueException,
        InvalidRequestContentException,
        InvalidRuntimeException,
        InvalidSecurityGroupIDException,
        InvalidSubnetIDException,
        InvalidZipFileException,
        KMSAccessDeniedException,
        KMSDisabledException,
        KMSInvalidStateException,
        KMSNotFoundException,
        ModeNotSupportedException,
        NoPublishedVersionException,
        PreconditionFailedException,
        RecursiveInvocationException,
        RequestTooLargeException,
        ResourceConflictException,
        ResourceNotFoundException,
        ResourceNotReadyException,
        RuntimeAliasDeletedException,
        RuntimeVersionDeletedException,
        S3FilesMountConnectivityException,
        S3FilesMountFailureException,
        S3FilesMountTimeoutException,
        SerializedRequestEntityTooLargeException,
        ServiceException,
        ServiceQuotaExceededException,
        SnapStartException,
        SnapStartNotReadyException,
        SnapStartRegenerationFailureException,
        SnapStartTimeoutException,
        SubnetIPAddressLimitReachedException,
        TooManyRequestsException,
        UnsupportedMediaTypeException,
    ];
    let mut problems = Vec::new();
    // Every error of the slice's operations is listed above.
    let used: BTreeSet<&str> = OPERATIONS
        .iter()
        .flat_map(|op| model["operations"][op]["errors"].as_array().unwrap())
        .filter_map(|e| e["shape"].as_str())
        .collect();
    let listed: BTreeSet<&str> = traits.iter().map(|t| t.0).collect();
    assert_eq!(listed, used, "the list above is the slice's errors");
    for (code, status, fault) in traits {
        let spec = &model["shapes"][code];
        let expected_status = spec["error"]["httpStatusCode"].as_u64().unwrap();
        let expected_fault = if spec["fault"] == Value::Bool(true) { Fault::Server } else { Fault::Client };
        if (u64::from(status), fault) != (expected_status, expected_fault) {
            problems
                .push(format!("{code}: {status} {fault:?} in Rust, {expected_status} {expected_fault:?} in the model"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn dropped_patterns_are_the_ones_the_regex_crate_cannot_compile() {
    let model: Value = serde_json::from_str(MODEL).unwrap();
    for (shape, why) in DROPPED_PATTERNS {
        let pattern = model["shapes"][shape]["pattern"].as_str().unwrap();
        assert!(regex::Regex::new(&format!("^{pattern}$")).is_err(), "{shape}: {pattern} compiles after all ({why})");
    }
}
