//! Hand-written definitions against a botocore model (`service-2.json`): the one checker of the
//! `*_schema` tests. Include it next to `support` with
//! `#[path = "support/model_check.rs"] mod model_check;`.
//!
//! [`Check`] compares, for each operation given as [`Op::of`]: its `http` trait, `unsigned`
//! against `authtype: none`, `http_checksum_required` against `httpChecksumRequired`,
//! `http_checksum` against `httpChecksum`, the rule-set parameters it binds against
//! `staticContextParams`, `contextParam` and `operationContextParams`, its input, output, errors
//! and paginator (the first of several result keys; `more_results`); for every
//! structure, union and enum reached from them, its kind, sensitivity, error traits (code, fault,
//! retryable, throttling), restXml root name and namespace, and members or values; for every
//! member its name, required flag, idempotency token, sensitivity, streaming, timestamp format,
//! where it travels and under which wire name (as the model's protocol reads it, see [`Wire`]),
//! restXml namespaces and payload roots, its target and the constraints of the target, list
//! elements and map keys and values included. [`Check::service`] adds the service's metadata and
//! [`Check::error_statuses`] each error's status and fault. What reaches a structure or enum in
//! the model must reach it in Rust, and the other way round. Documentation is not compared.
//!
//! Every difference is collected; [`Check::finish`] fails the test with all of them at once.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};

use aws_operation::dynamic::DynOperation;
use aws_operation::endpoint::{EndpointParam, ParamSource, StaticValue};
use aws_operation::operation::{ErrorShape, Fault, Http, Operation, Service};
use aws_operation::schema::{
    Binding, Constraints, MemberSchema, OperationSchema, ShapeKind, ShapeSchema, TypeSchema, XmlNamespace,
};
use aws_operation::types::TimestampFormat;
use aws_operation::{Protocol, Shape};
use serde_json::{Value, json};

/// The protocol of a model, as botocore's `metadata.protocol` names it: it says where a
/// member's wire name comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wire {
    /// `json` with `jsonVersion` 1.0: every member in the body under its member name.
    AwsJson1_0,
    /// `json` with `jsonVersion` 1.1.
    AwsJson1_1,
    /// `rest-json`: HTTP bindings; a body member's `locationName` is its `jsonName`.
    RestJson1,
    /// `rest-xml`: HTTP bindings; a body member's `locationName` is its `xmlName`.
    RestXml,
    /// `query`: every member in the form under its `xmlName`; lists and maps may be flattened.
    AwsQuery,
    /// `ec2`: as `query`, with the member's `queryName` as its `ec2QueryName`.
    Ec2Query,
    /// `smithy-rpc-v2-cbor`: as `json` 1.0, every member in the body under its member name,
    /// timestamps always epoch seconds; the service's name in the path is the `targetPrefix`.
    RpcV2Cbor,
}

impl Wire {
    /// The protocol of botocore's `metadata`.
    pub fn of_model(metadata: &Value) -> Option<Wire> {
        Some(match (metadata["protocol"].as_str()?, metadata["jsonVersion"].as_str()) {
            ("json", Some("1.1")) => Wire::AwsJson1_1,
            ("json", _) => Wire::AwsJson1_0,
            ("rest-json", _) => Wire::RestJson1,
            ("rest-xml", _) => Wire::RestXml,
            ("query", _) => Wire::AwsQuery,
            ("ec2", _) => Wire::Ec2Query,
            ("smithy-rpc-v2-cbor", _) => Wire::RpcV2Cbor,
            _ => return None,
        })
    }

    /// Smithy's name for it, as [`Protocol::NAME`] gives it.
    pub fn name(self) -> &'static str {
        match self {
            Wire::AwsJson1_0 => "awsJson1_0",
            Wire::AwsJson1_1 => "awsJson1_1",
            Wire::RestJson1 => "restJson1",
            Wire::RestXml => "restXml",
            Wire::AwsQuery => "awsQuery",
            Wire::Ec2Query => "ec2Query",
            Wire::RpcV2Cbor => "rpcv2Cbor",
        }
    }

    /// Whether members bind to the URI, the query, headers and the status code.
    fn http_bindings(self) -> bool {
        matches!(self, Wire::RestJson1 | Wire::RestXml)
    }

    fn xml(self) -> bool {
        matches!(self, Wire::RestXml | Wire::AwsQuery | Wire::Ec2Query)
    }
}

/// One Rust operation as the checker reads it: its schema and what its type declares beyond it.
pub struct Op {
    /// `Operation::NAME`.
    pub name: &'static str,
    /// The `http` trait.
    pub http: Http,
    /// `unsigned`.
    pub unsigned: bool,
    /// `http_checksum_required`.
    pub http_checksum_required: bool,
    /// `http_checksum(...)`.
    pub http_checksum: Option<aws_operation::checksum::HttpChecksum>,
    /// The rule-set parameters it binds.
    pub endpoint_params: &'static [EndpointParam],
    /// The schema (errors and paginator).
    pub schema: &'static OperationSchema,
    /// The input's shape.
    pub input: &'static ShapeSchema,
    /// The output's shape.
    pub output: &'static ShapeSchema,
}

impl Op {
    /// `O` as the checker reads it; `each_operation!(Op::of)` gives every operation of a crate.
    pub fn of<O: Operation>() -> Op {
        let shape = |t: TypeSchema| match t {
            TypeSchema::Shape(s) => s,
            other => panic!("{}: {other:?} is not a shape", O::NAME),
        };
        Op {
            name: O::NAME,
            http: O::HTTP,
            unsigned: O::UNSIGNED,
            http_checksum_required: O::HTTP_CHECKSUM_REQUIRED,
            http_checksum: O::HTTP_CHECKSUM,
            endpoint_params: O::ENDPOINT_PARAMS,
            schema: O::schema(),
            input: shape(<O as Shape>::type_schema()),
            output: shape(<O::Output as Shape>::type_schema()),
        }
    }
}

/// The operations of a crate, from its `each_operation!(Op::of)`, which must list them as its
/// `operations()` does.
pub fn ops<S: Service>(each_operation: &[fn() -> Op], operations: &[DynOperation<S>]) -> Vec<Op> {
    let ops: Vec<Op> = each_operation.iter().map(|of| of()).collect();
    let listed: Vec<&str> = operations.iter().map(|o| o.name()).collect();
    assert_eq!(listed, names(&ops), "each_operation! matches operations()");
    ops
}

/// The names of `ops`, in order.
pub fn names(ops: &[Op]) -> Vec<&'static str> {
    ops.iter().map(|o| o.name).collect()
}

/// An error as its type declares it: code, status, fault and awsQuery code.
pub fn error<E: ErrorShape>() -> ErrorTraits {
    ErrorTraits { code: E::CODE, status: E::STATUS, fault: E::FAULT, query_code: E::QUERY_CODE }
}

/// What [`error`] gives: the traits of an error that the schema does not carry.
#[derive(Debug, Clone, Copy)]
pub struct ErrorTraits {
    /// The error's code (its shape name).
    pub code: &'static str,
    /// The HTTP status it is sent with.
    pub status: u16,
    /// Who is at fault.
    pub fault: Fault,
    /// The code of the model's `error.code` (awsQueryError), when it differs from the shape name.
    pub query_code: Option<&'static str>,
}

/// `error_traits![A, B]`: [`error`] of each type, for [`Check::error_statuses`].
#[allow(unused_macros)]
macro_rules! error_traits {
    ($($e:ty),* $(,)?) => {
        vec![$($crate::model_check::error::<$e>()),*]
    };
}
#[allow(unused_imports)]
pub(crate) use error_traits;

/// Which operations of the model the Rust crate defines.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// All of them: every structure and enum of the model must be reached.
    Model,
    /// These, in this order: what they reach in the model must be reached.
    Slice(&'a [&'a str]),
}

/// Where the service's endpoint comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoints {
    /// The service's rule set, declared with `endpoint_rules`.
    Rules,
    /// The classic regional endpoint, without rules.
    Classic,
}

/// The comparison of one service's definitions with its model.
pub struct Check {
    model: Value,
    wire: Wire,
    paginators: Value,
    /// Model patterns the definitions leave out (shape, why).
    dropped_patterns: &'static [(&'static str, &'static str)],
    /// Differences the framework cannot yet avoid (problem prefix, why).
    known_gaps: &'static [(&'static str, &'static str)],
    problems: Vec<String>,
    /// Rust shapes reached from the operations, by model name.
    seen: BTreeMap<String, &'static ShapeSchema>,
    /// The model names of the Rust inputs and outputs.
    renamed: BTreeMap<&'static str, String>,
    /// The structures and enums the model reaches from the operations checked.
    expected: BTreeSet<String>,
    /// The model names of the inputs, whose XML root is the operation's (restXml).
    inputs: BTreeSet<String>,
}

impl Check {
    /// A check against the botocore model `model_json`.
    pub fn new(model_json: &str) -> Check {
        let model: Value = serde_json::from_str(model_json).expect("the model is JSON");
        let wire = Wire::of_model(&model["metadata"])
            .unwrap_or_else(|| panic!("protocol {} is not one the checker knows", model["metadata"]["protocol"]));
        Check {
            model,
            wire,
            paginators: Value::Null,
            dropped_patterns: &[],
            known_gaps: &[],
            problems: Vec::new(),
            seen: BTreeMap::new(),
            renamed: BTreeMap::new(),
            expected: BTreeSet::new(),
            inputs: BTreeSet::new(),
        }
    }

    /// The check over `protocol`, another of those the model lists in `metadata.protocols`
    /// (CloudWatch's `json` beside its `smithy-rpc-v2-cbor`), as botocore reads the model when
    /// it picks that one: for a second declaration of the API (`operations_of`).
    pub fn over(mut self, protocol: &str) -> Check {
        let listed = self.model["metadata"]["protocols"].as_array().into_iter().flatten().any(|p| p == protocol);
        assert!(listed, "the model does not list protocol {protocol}: {}", self.model["metadata"]["protocols"]);
        let mut metadata = self.model["metadata"].clone();
        metadata["protocol"] = protocol.into();
        self.wire =
            Wire::of_model(&metadata).unwrap_or_else(|| panic!("protocol {protocol} is not one the checker knows"));
        self
    }

    /// Botocore's `paginators-1.json` for the service; without it no operation pages.
    pub fn paginators(mut self, paginators: Value) -> Check {
        self.paginators = paginators;
        self
    }

    /// Model patterns the definitions leave out, with the reason (shape, why).
    pub fn dropped_patterns(mut self, dropped: &'static [(&'static str, &'static str)]) -> Check {
        self.dropped_patterns = dropped;
        self
    }

    /// Differences the framework cannot yet avoid (a problem's leading text, why): they are left
    /// out of the failure, and each must still occur, so that the list shrinks as the framework
    /// grows.
    pub fn known_gaps(mut self, gaps: &'static [(&'static str, &'static str)]) -> Check {
        self.known_gaps = gaps;
        self
    }

    /// Records a difference.
    pub fn problem(&mut self, p: String) {
        self.problems.push(p);
    }

    /// Fails with every difference found; else the Rust shapes reached, by model name.
    pub fn finish(mut self) -> BTreeMap<String, &'static ShapeSchema> {
        let seen: BTreeSet<String> = self.seen.keys().cloned().collect();
        for missing in self.expected.difference(&seen) {
            self.problems.push(format!("shape {missing}: reached in the model, not in Rust"));
        }
        for extra in seen.difference(&self.expected) {
            self.problems.push(format!("shape {extra}: reached in Rust, not in the model"));
        }
        for (gap, why) in self.known_gaps {
            let before = self.problems.len();
            self.problems.retain(|p| !p.starts_with(&format!("{gap}: ")));
            if self.problems.len() == before {
                self.problems.push(format!("known gap {gap} ({why}): no longer a difference, remove it"));
            }
        }
        assert!(self.problems.is_empty(), "{} differences:\n{}", self.problems.len(), self.problems.join("\n"));
        self.seen
    }

    /// The service's id, signing name, API version, endpoint prefix, protocol (and target
    /// prefix for awsJson, awsQueryCompatible) against the model's metadata, and where its
    /// endpoint comes from.
    pub fn service<S: Service>(&mut self, endpoints: Endpoints) {
        let meta = self.model["metadata"].clone();
        let wire = self.wire;
        let text = |key: &str| meta[key].as_str().unwrap_or_default().to_owned();
        let mut compare = |what: &str, rust: &str, model: String| {
            if rust != model {
                self.problems.push(format!("service: {what} {rust:?} in Rust, {model:?} in the model"));
            }
        };
        compare("id", S::SERVICE_ID, text("serviceId"));
        // Without `signingName` a service signs with its endpoint prefix (STS, SNS, EC2).
        let signing_name = meta["signingName"].as_str().map_or_else(|| text("endpointPrefix"), str::to_owned);
        compare("signing name", S::SIGNING_NAME, signing_name);
        compare("API version", S::API_VERSION, text("apiVersion"));
        compare("endpoint prefix", S::ENDPOINT_PREFIX, text("endpointPrefix"));
        compare("protocol", <S::Protocol as Protocol>::NAME, wire.name().to_owned());
        if matches!(wire, Wire::AwsJson1_0 | Wire::AwsJson1_1 | Wire::RpcV2Cbor) {
            compare("target prefix", S::TARGET_PREFIX, text("targetPrefix"));
        }
        let query_compatible = meta.get("awsQueryCompatible").is_some();
        if S::QUERY_COMPATIBLE != query_compatible {
            self.problem(format!(
                "service: awsQueryCompatible {} in Rust, {query_compatible} in the model",
                S::QUERY_COMPATIBLE
            ));
        }
        let rules = S::endpoint_rules().is_some();
        if rules != (endpoints == Endpoints::Rules) {
            self.problem(format!("service: endpoint rules {rules} in Rust, {endpoints:?} expected"));
        }
    }

    /// The operations `ops` (a crate's `each_operation!(Op::of)`) and every shape they reach.
    pub fn operations(&mut self, ops: &[Op], scope: Scope<'_>) {
        let rust_ops = names(ops);
        self.expected = match scope {
            Scope::Model => {
                let model_ops = self.model["operations"].as_object().unwrap().keys();
                for missing in model_ops.filter(|o| !rust_ops.contains(&o.as_str())) {
                    self.problems.push(format!("operation {missing}: missing in Rust"));
                }
                let shapes = self.model["shapes"].as_object().unwrap().iter();
                let named = shapes.filter(|(_, s)| s["type"] == "structure" || s.get("enum").is_some());
                named.map(|(name, _)| name.clone()).collect()
            }
            Scope::Slice(slice) => {
                if rust_ops != slice {
                    self.problem(format!("operations {rust_ops:?} in Rust, the slice is {slice:?}"));
                }
                let mut reached = BTreeSet::new();
                for op in slice {
                    let spec = &self.model["operations"][op];
                    let io = [&spec["input"]["shape"], &spec["output"]["shape"]].into_iter();
                    let errors = spec["errors"].as_array().into_iter().flatten().map(|e| &e["shape"]);
                    for shape in io.chain(errors).filter_map(Value::as_str) {
                        self.reachable(shape, &mut reached);
                    }
                }
                reached
            }
        };
        // Inputs and outputs first, so that shared shapes are compared under their model names.
        for op in ops {
            let spec = &self.model["operations"][op.name];
            if let Some(input) = spec["input"]["shape"].as_str() {
                self.renamed.insert(op.input.name, input.to_owned());
                self.inputs.insert(input.to_owned());
            }
            if let Some(output) = spec["output"]["shape"].as_str() {
                self.renamed.insert(op.output.name, output.to_owned());
            }
        }
        for op in ops {
            self.operation(op);
        }
    }

    fn operation(&mut self, op: &Op) {
        let name = op.name;
        let spec = self.model["operations"][name].clone();
        if spec.is_null() {
            return self.problem(format!("operation {name}: not in the model"));
        }
        let http = &spec["http"];
        let expected_http = (
            http["method"].as_str().unwrap_or_default(),
            http["requestUri"].as_str().unwrap_or_default(),
            http["responseCode"].as_u64().unwrap_or(200),
        );
        if (op.http.method, op.http.uri, u64::from(op.http.code)) != expected_http {
            self.problem(format!(
                "{name}: http {} {} {} in Rust, {expected_http:?} in the model",
                op.http.method, op.http.uri, op.http.code
            ));
        }
        let unsigned = spec["authtype"] == "none" || spec["auth"] == json!(["smithy.api#noAuth"]);
        if op.unsigned != unsigned {
            self.problem(format!("{name}: unsigned {} in Rust, {unsigned} in the model", op.unsigned));
        }
        // `httpChecksumRequired`: `Content-MD5` on every request.
        let md5_required = spec["httpChecksumRequired"] == true;
        if op.http_checksum_required != md5_required {
            self.problem(format!(
                "{name}: http_checksum_required {} in Rust, {md5_required} in the model",
                op.http_checksum_required
            ));
        }
        self.compare_http_checksum(op, &spec["httpChecksum"]);
        self.compare_endpoint_params(op, &spec);
        if self.wire == Wire::RestXml {
            self.compare_input_root(op, &spec);
        }
        // The model names an input `{Op}Request` and an output `{Op}Response`, Rust `{Op}` and
        // `{Op}Output` (or as the model does); other model names (`InvocationRequest`, an output
        // other operations share) leave the Rust names free.
        let io = [
            ("input", op.input, &spec["input"]["shape"], name.to_owned(), "Request"),
            ("output", op.output, &spec["output"]["shape"], format!("{name}Output"), "Response"),
        ];
        for (what, rust, model_shape, conventional, suffix) in io {
            let Some(model_name) = model_shape.as_str() else {
                // None in the model: an empty structure in Rust.
                if !rust.members.is_empty() || rust.kind != ShapeKind::Structure {
                    self.problem(format!("{name}: the model has no {what}, Rust has {rust:?}"));
                }
                continue;
            };
            if model_name == format!("{name}{suffix}") && rust.name != conventional && rust.name != model_name {
                self.problem(format!("{name}: shape {} in Rust, {model_name} in the model", rust.name));
            }
            self.compare_shape(model_name, rust);
        }
        let errors: Vec<&str> =
            spec["errors"].as_array().into_iter().flatten().filter_map(|e| e["shape"].as_str()).collect();
        let mut rust_errors = Vec::new();
        for error in &op.schema.errors {
            let TypeSchema::Shape(e) = error() else { panic!("{name}: error is not a shape") };
            rust_errors.push(e.name);
            self.compare_shape(e.name, e);
        }
        if rust_errors != errors {
            self.problem(format!("{name}: errors {rust_errors:?} in Rust, {errors:?} in the model"));
        }
        let expected = self.paginators["pagination"].get(name).map(|p| {
            // Of several result keys (S3's `Contents` and `CommonPrefixes`), the items are the
            // first; the others are members of each page.
            let items = match &p["result_key"] {
                Value::Array(keys) => keys.first().cloned().unwrap_or_default(),
                key => key.clone(),
            };
            let more = p["more_results"].clone();
            (p["input_token"].clone(), p["output_token"].clone(), items, p["limit_key"].clone(), more)
        });
        // One token is written as a name, several as a list of them.
        let tokens = |names: &[&str]| match names {
            [one] => Value::from(*one),
            several => Value::from(several.to_vec()),
        };
        let actual = op.schema.paginator.as_ref().map(|p| {
            (
                tokens(&p.input_tokens),
                tokens(&p.output_tokens),
                Value::from(p.items),
                p.page_size.map_or(Value::Null, Value::from),
                p.more_results.map_or(Value::Null, Value::from),
            )
        });
        if expected != actual {
            self.problem(format!("{name}: paginator {actual:?} in Rust, {expected:?} in the model"));
        }
    }

    /// `httpChecksum`: required or not, the algorithm and validation members by the headers
    /// they are bound to, and the response algorithms the runtime computes (the model's others,
    /// MD5, SHA-512 and the XXHASHes, are left unchecked).
    fn compare_http_checksum(&mut self, op: &Op, spec: &Value) {
        let name = op.name;
        let Some(trait_) = spec.as_object() else {
            if op.http_checksum.is_some() {
                self.problem(format!("{name}: http_checksum in Rust, none in the model"));
            }
            return;
        };
        let Some(ours) = op.http_checksum else {
            self.problem(format!("{name}: no http_checksum in Rust, {spec} in the model"));
            return;
        };
        let header_of = |member: Option<&Value>| {
            let member = op.input.member(member?.as_str()?)?;
            match member.binding {
                aws_operation::schema::Binding::Header(h) => Some(h),
                _ => None,
            }
        };
        let required = trait_.get("requestChecksumRequired") == Some(&Value::Bool(true));
        let algorithm = header_of(trait_.get("requestAlgorithmMember"));
        let validation = header_of(trait_.get("requestValidationModeMember"));
        let computed = ["CRC32", "CRC32C", "CRC64NVME", "SHA1", "SHA256"];
        let algorithms: Vec<&str> = trait_
            .get("responseAlgorithms")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .filter(|a| computed.contains(a))
            .collect();
        let want = (required, algorithm, validation, algorithms.as_slice());
        let got = (
            ours.request_checksum_required,
            ours.request_algorithm_header,
            ours.request_validation_header,
            ours.response_algorithms,
        );
        if got != want {
            self.problem(format!("{name}: http_checksum {got:?} in Rust, {want:?} in the model"));
        }
    }

    /// The rule-set parameters the operation binds against the model's `staticContextParams`,
    /// the input members' `contextParam` and its `operationContextParams`, in any order.
    fn compare_endpoint_params(&mut self, op: &Op, spec: &Value) {
        let mut expected = BTreeSet::new();
        for (param, p) in spec["staticContextParams"].as_object().into_iter().flatten() {
            expected.insert((param.clone(), format!("static {}", p["value"])));
        }
        if let Some(input) = spec["input"]["shape"].as_str() {
            for (member, m) in self.shape(input)["members"].as_object().into_iter().flatten() {
                if let Some(param) = m["contextParam"]["name"].as_str() {
                    expected.insert((param.to_owned(), format!("member {member}")));
                }
            }
        }
        for (param, p) in spec["operationContextParams"].as_object().into_iter().flatten() {
            expected.insert((param.clone(), format!("path {}", p["path"].as_str().unwrap_or_default())));
        }
        let source = |p: &EndpointParam| match p.source {
            ParamSource::Static(StaticValue::Bool(b)) => format!("static {b}"),
            ParamSource::Static(StaticValue::String(s)) => format!("static {}", Value::from(s)),
            ParamSource::Member(member) => format!("member {member}"),
            ParamSource::Path(path) => format!("path {}", path.text),
        };
        let actual: BTreeSet<(String, String)> =
            op.endpoint_params.iter().map(|p| (p.name.to_owned(), source(p))).collect();
        if actual != expected {
            self.problem(format!("{}: endpoint parameters {actual:?} in Rust, {expected:?} in the model", op.name));
        }
    }

    /// restXml: the root element of a body of unbound input members, which the operation's
    /// `xml_name` names (the input's `locationName` in the model, else the operation's input
    /// reference's, else the input's model name), and its namespace.
    fn compare_input_root(&mut self, op: &Op, spec: &Value) {
        let Some(input) = spec["input"]["shape"].as_str() else { return };
        let shape = self.shape(input);
        let payload = shape["payload"].as_str();
        let members = shape["members"].as_object().cloned().unwrap_or_default();
        let body = members.iter().any(|(m, s)| s.get("location").is_none() && Some(m.as_str()) != payload);
        let expected_root = body.then(|| {
            shape["locationName"].as_str().or(spec["input"]["locationName"].as_str()).unwrap_or(input).to_owned()
        });
        let actual_root = body.then(|| op.input.xml_name.unwrap_or(op.input.name).to_owned());
        if actual_root != expected_root {
            self.problem(format!("{}: body root {actual_root:?} in Rust, {expected_root:?} in the model", op.name));
        }
        let namespace = xml_namespace(&shape["xmlNamespace"]).or_else(|| xml_namespace(&spec["input"]["xmlNamespace"]));
        if namespace_of(op.input.xml_namespace) != namespace {
            self.problem(format!(
                "{}: input namespace {:?} in Rust, {namespace:?} in the model",
                op.name, op.input.xml_namespace
            ));
        }
    }

    /// Each error's code, status, fault and awsQuery code (from [`error`]) against the model,
    /// which gives 400, or 500 for a server fault, when it names no status, and an awsQuery code
    /// in `error.code` when the wire code is not the shape name. `errors` lists every error of
    /// the model's `operations`, once.
    pub fn error_statuses(&mut self, operations: &[&str], errors: &[ErrorTraits]) {
        let used: BTreeSet<String> = operations
            .iter()
            .flat_map(|op| self.model["operations"][op]["errors"].as_array().cloned().unwrap_or_default())
            .filter_map(|e| e["shape"].as_str().map(str::to_owned))
            .collect();
        let mut listed: Vec<&str> = errors.iter().map(|e| e.code).collect();
        listed.sort_unstable();
        if listed != used.iter().map(String::as_str).collect::<Vec<_>>() {
            self.problem(format!("errors {listed:?} listed, {used:?} in the model's operations {operations:?}"));
        }
        for &ErrorTraits { code, status, fault, query_code } in errors {
            let spec = self.model["shapes"][code].clone();
            let model_code = spec["error"]["code"].as_str().filter(|c| *c != code);
            if query_code != model_code {
                self.problem(format!("{code}: query code {query_code:?} in Rust, {model_code:?} in the model"));
            }
            let expected_fault = if spec["fault"] == true { Fault::Server } else { Fault::Client };
            let default_status = if expected_fault == Fault::Server { 500 } else { 400 };
            let expected_status = spec["error"]["httpStatusCode"].as_u64().unwrap_or(default_status);
            if (u64::from(status), fault) != (expected_status, expected_fault) {
                self.problem(format!(
                    "{code}: {status} {fault:?} in Rust, {expected_status} {expected_fault:?} in the model"
                ));
            }
        }
    }

    fn shape(&self, name: &str) -> Value {
        self.model["shapes"][name].clone()
    }

    /// The model name of a Rust shape.
    fn model_name(&self, rust: &'static str) -> String {
        self.renamed.get(rust).cloned().unwrap_or_else(|| rust.to_owned())
    }

    /// The structures and enums the model reaches from `shape`.
    fn reachable(&self, shape: &str, out: &mut BTreeSet<String>) {
        let spec = &self.model["shapes"][shape];
        // A document is botocore's `structure` with `document`: any JSON, not a shape of its own.
        let is_named = (spec["type"] == "structure" && spec["document"] != true) || spec.get("enum").is_some();
        if is_named && !out.insert(shape.to_owned()) {
            return;
        }
        let members = spec["members"].as_object().into_iter().flat_map(|m| m.values()).map(|m| &m["shape"]);
        let nested = [&spec["member"]["shape"], &spec["key"]["shape"], &spec["value"]["shape"]];
        for target in members.chain(nested).filter_map(Value::as_str) {
            self.reachable(target, out);
        }
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
            // botocore marks an event stream's union `eventstream`, not `union`.
            "structure" if model["union"] == true || model["eventstream"] == true => ShapeKind::Union,
            "structure" => ShapeKind::Structure,
            "string" if model.get("enum").is_some() => ShapeKind::Enum,
            other => return self.problem(format!("{model_name}: model type {other} declared as {:?}", rust.kind)),
        };
        if rust.kind != expected_kind {
            return self.problem(format!("{model_name}: {:?} in Rust, {expected_kind:?} in the model", rust.kind));
        }
        let sensitive = model["sensitive"] == true;
        if rust.sensitive != sensitive {
            self.problem(format!("{model_name}: sensitive {} in Rust, {sensitive} in the model", rust.sensitive));
        }
        // restXml: a structure's element as a document's root, and the namespace it declares.
        if self.wire == Wire::RestXml && expected_kind != ShapeKind::Enum && !self.inputs.contains(model_name) {
            let xml_name = model["locationName"].as_str();
            if rust.xml_name != xml_name {
                self.problem(format!("{model_name}: xml_name {:?} in Rust, {xml_name:?} in the model", rust.xml_name));
            }
            let namespace = xml_namespace(&model["xmlNamespace"]);
            if namespace_of(rust.xml_namespace) != namespace {
                self.problem(format!(
                    "{model_name}: xml_namespace {:?} in Rust, {namespace:?} in the model",
                    rust.xml_namespace
                ));
            }
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
            let throttling = model["retryable"]["throttling"] == true;
            (model_name, model["fault"] == true, retryable, throttling)
        });
        let rust_error = rust.error.map(|e| (e.code, e.server_fault, e.retryable, e.throttling));
        if error != rust_error {
            self.problem(format!("{model_name}: error traits {rust_error:?} in Rust, {error:?} in the model"));
        }
        let members = model["members"].as_object().cloned().unwrap_or_default();
        // An event stream's union may carry Smithy's `required` on a member (Kinesis's
        // `SubscribeToShardEvent`), which a union's variant cannot be.
        let required: BTreeSet<&str> = if model["eventstream"] == true {
            BTreeSet::new()
        } else {
            model["required"].as_array().map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
        };
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
            let token = spec["idempotencyToken"] == true;
            if member.idempotency_token != token {
                self.problem(format!("{path}: idempotency token {} in Rust", member.idempotency_token));
            }
            let target = self.shape(spec["shape"].as_str().unwrap_or_default());
            // An event stream member is the body as it arrives, as a streaming blob is.
            let streaming = spec["streaming"] == true || target["streaming"] == true || target["eventstream"] == true;
            if member.streaming != streaming {
                self.problem(format!("{path}: streaming {} in Rust, {streaming} in the model", member.streaming));
            }
            let payload = model["payload"].as_str() == Some(member.name);
            self.compare_binding(&path, member, spec, payload);
            self.compare_wire_names(&path, member, spec, payload);
            self.compare_member(&path, member, spec["shape"].as_str().unwrap_or_default());
        }
    }

    /// Where the member travels: botocore's `location` and `locationName`, and the structure's
    /// `payload`. Protocols without HTTP bindings put every member in the body.
    fn compare_binding(&mut self, path: &str, member: &MemberSchema, spec: &Value, payload: bool) {
        let location = spec["location"].as_str();
        let location_name = spec["locationName"].as_str();
        if !self.wire.http_bindings() {
            if let Some(location) = location {
                self.problem(format!(
                    "{path}: location {location} in the model, which {} does not bind",
                    self.wire.name()
                ));
            }
            if member.binding != Binding::Body {
                self.problem(format!(
                    "{path}: binding {:?} in Rust, {} has only the body",
                    member.binding,
                    self.wire.name()
                ));
            }
            return;
        }
        let named = || location_name.unwrap_or(member.name).to_owned().leak();
        let target_is_map = self.shape(spec["shape"].as_str().unwrap_or_default())["type"] == "map";
        let expected = match location {
            None if payload => Binding::Payload,
            None => Binding::Body,
            Some("uri") => {
                if location_name.is_some_and(|label| label != member.name) {
                    self.problem(format!("{path}: the URI label is {}, not the member name", named()));
                }
                Binding::Label
            }
            Some("querystring") if target_is_map => Binding::QueryParams,
            Some("querystring") => Binding::Query(named()),
            Some("header") => Binding::Header(named()),
            Some("headers") => Binding::PrefixHeaders(named()),
            Some("statusCode") => Binding::ResponseCode,
            Some(other) => return self.problem(format!("{path}: location {other} is not compared")),
        };
        if member.binding != expected {
            self.problem(format!("{path}: binding {:?} in Rust, {expected:?} in the model", member.binding));
        }
    }

    /// The member's names on the protocol's wire: a body member's `locationName` is its
    /// `jsonName` (restJson1) or `xmlName` (the XML and query protocols), and awsJson reads
    /// neither; ec2Query's `queryName` is its `ec2QueryName`; the XML protocols' `flattened`
    /// (on the member or its target), `xmlAttribute` and the names of list items and map
    /// entries. The traits of other protocols stay unset.
    fn compare_wire_names(&mut self, path: &str, member: &MemberSchema, spec: &Value, payload: bool) {
        let target = self.shape(spec["shape"].as_str().unwrap_or_default());
        let body_name = if spec.get("location").is_none() && !payload { spec["locationName"].as_str() } else { None };
        let json_name = match self.wire {
            Wire::RestJson1 => body_name,
            Wire::AwsJson1_0 | Wire::AwsJson1_1 | Wire::RpcV2Cbor => {
                if let Some(name) = body_name.filter(|n| *n != member.name) {
                    let protocol = self.wire.name();
                    self.problem(format!("{path}: {name} on the wire in the model, {protocol} writes the member name"));
                }
                None
            }
            _ => None,
        };
        if member.json_name != json_name {
            self.problem(format!("{path}: json_name {:?} in Rust, {json_name:?} in the model", member.json_name));
        }
        let xml = self.wire.xml();
        let (xml_name, rust_xml_name) = match self.wire {
            // A structure payload is the document's root: the member's `locationName`, else its
            // shape's, else the shape's name.
            Wire::RestXml if payload && target["type"] == "structure" => {
                let shape = spec["shape"].as_str().unwrap_or_default();
                let root = spec["locationName"].as_str().or(target["locationName"].as_str()).unwrap_or(shape);
                let rust_root = match (member.target)() {
                    TypeSchema::Shape(s) => member.xml_name.or(s.xml_name).or(Some(s.name)),
                    _ => member.xml_name,
                };
                (Some(root), rust_root)
            }
            // botocore's restXml models name most body members by their own name: only another
            // name is an `xmlName`.
            Wire::RestXml => (body_name.filter(|n| *n != member.name), member.xml_name),
            _ => (body_name.filter(|_| xml), member.xml_name),
        };
        if self.wire == Wire::RestXml && spec.get("location").is_none() {
            self.compare_namespaces(path, member, spec, &target);
        }
        let expected = (
            xml_name,
            spec["queryName"].as_str().filter(|_| self.wire == Wire::Ec2Query),
            xml && (spec["flattened"] == true || target["flattened"] == true),
            xml && spec["xmlAttribute"] == true,
            location_name(&target, "member").filter(|_| xml),
            (location_name(&target, "key").is_some() || location_name(&target, "value").is_some())
                .then(|| {
                    (location_name(&target, "key").unwrap_or("key"), location_name(&target, "value").unwrap_or("value"))
                })
                .filter(|_| xml),
        );
        let actual = (
            rust_xml_name,
            member.ec2_query_name,
            member.xml_flattened,
            member.xml_attribute,
            member.item_name,
            member.entry_names,
        );
        if actual != expected {
            self.problem(format!(
                "{path}: (xml_name, ec2_query_name, xml_flattened, xml_attribute, item_name, entry_names) \
                 {actual:?} in Rust, {expected:?} in the model"
            ));
        }
    }

    /// restXml: the namespace a body member declares (its own; a structure's is the shape's),
    /// and those of its list's items, its map's values and its map's keys.
    fn compare_namespaces(&mut self, path: &str, member: &MemberSchema, spec: &Value, target: &Value) {
        let own = xml_namespace(&spec["xmlNamespace"])
            .or_else(|| xml_namespace(&target["xmlNamespace"]).filter(|_| target["type"] != "structure"));
        let parts = match target["type"].as_str() {
            Some("list") => (xml_namespace(&target["member"]["xmlNamespace"]), None),
            Some("map") => {
                (xml_namespace(&target["value"]["xmlNamespace"]), xml_namespace(&target["key"]["xmlNamespace"]))
            }
            _ => (None, None),
        };
        let expected = (own, parts.0, parts.1);
        let actual = (
            namespace_of(member.xml_namespace),
            namespace_of(member.items.and_then(|i| i.xml_namespace)),
            namespace_of(member.keys.and_then(|k| k.xml_namespace)),
        );
        if actual != expected {
            self.problem(format!(
                "{path}: namespaces (member, items, keys) {actual:?} in Rust, {expected:?} in the model"
            ));
        }
    }

    fn compare_member(&mut self, path: &str, member: &MemberSchema, target: &str) {
        let spec = self.shape(target);
        // Strings, blobs and maps carry the model's `sensitive`; the member says it in Rust. A
        // structure or union says it itself (compared with its shape), not the members holding it.
        let sensitive = spec["type"] != "structure" && spec["sensitive"] == true;
        if member.sensitive != sensitive {
            self.problem(format!(
                "{path}: sensitive {} in Rust, target {target} sensitive {sensitive}",
                member.sensitive
            ));
        }
        if spec["type"] == "timestamp" {
            let expected = match spec["timestampFormat"].as_str() {
                Some("iso8601") => Some(TimestampFormat::DateTime),
                Some("rfc822") => Some(TimestampFormat::HttpDate),
                Some("unixTimestamp") => Some(TimestampFormat::EpochSeconds),
                _ => None,
            };
            // Epoch seconds is the JSON body's default, which its members need not say (and
            // rpcv2Cbor's only format, whatever the member says).
            let json_body =
                matches!(self.wire, Wire::AwsJson1_0 | Wire::AwsJson1_1 | Wire::RestJson1 | Wire::RpcV2Cbor)
                    && member.binding == Binding::Body;
            let default = json_body && expected == Some(TimestampFormat::EpochSeconds);
            if member.timestamp_format != expected && !(default && member.timestamp_format.is_none()) {
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
            ("byte", TypeSchema::Byte)
            | ("short", TypeSchema::Short)
            | ("integer", TypeSchema::Integer)
            | ("long", TypeSchema::Long)
            | ("float", TypeSchema::Float)
            | ("double", TypeSchema::Double) => {
                let expected = bounds(&spec).map(|(a, b)| (a.map(|v| v.to_string()), b.map(|v| v.to_string())));
                let actual = constraints.range.map(|(a, b)| (a.map(str::to_owned), b.map(str::to_owned)));
                if expected != actual {
                    self.problem(format!("{path}: range {actual:?} in Rust, {expected:?} in the model"));
                }
                self.no_other_constraints(path, constraints, true);
            }
            ("boolean", TypeSchema::Boolean) | ("timestamp", TypeSchema::Timestamp) => {
                self.no_other_constraints(path, constraints, false)
            }
            ("structure", TypeSchema::Document) if spec["document"] == true => {
                self.no_other_constraints(path, constraints, false)
            }
            // A blob's `length` is its size in bytes.
            ("blob", TypeSchema::Blob) => {
                let expected = bounds(&spec).map(|(a, b)| (a.map(|v| v as u64), b.map(|v| v as u64)));
                if expected != constraints.length {
                    self.problem(format!("{path}: length {:?} in Rust, {expected:?} in the model", constraints.length));
                }
                self.no_other_constraints(path, &Constraints { length: None, ..*constraints }, false)
            }
            ("list", TypeSchema::List { member, sparse }) => {
                if *sparse != (spec["sparse"] == true) {
                    self.problem(format!("{path}: sparse {sparse} in Rust"));
                }
                let element = spec["member"]["shape"].as_str().unwrap_or_default().to_owned();
                self.compare_collection_length(path, &spec, constraints);
                self.compare_target(&format!("{path}[]"), member, &element, constraints.items.unwrap_or(&none));
            }
            ("map", TypeSchema::Map { value, sparse }) => {
                if *sparse != (spec["sparse"] == true) {
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
        let dropped = self.dropped_patterns.iter().any(|(shape, _)| *shape == target);
        // Botocore keeps Smithy's patterns without their outer `^...$`; Rust writes them back.
        // A pattern botocore keeps with its own `^` is Smithy's as written (Kinesis's
        // `^(0|([1-9]\d{0,38}))$`, and `ConsumerARN`'s, which has no `$`): Rust writes it as it is.
        let ok = match (pattern, constraints.pattern) {
            (None, None) => true,
            (Some(_), None) => dropped,
            (Some(p), Some(r)) if p.starts_with('^') => !dropped && r == p,
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

/// A shape's `min` and `max`, if it has either.
fn bounds(spec: &Value) -> Option<(Option<i64>, Option<i64>)> {
    let (min, max) = (spec["min"].as_i64(), spec["max"].as_i64());
    (min.is_some() || max.is_some()).then_some((min, max))
}

/// A botocore `xmlNamespace` (`{"uri": ..., "prefix": ...}`) as (URI, prefix), if there is one.
fn xml_namespace(spec: &Value) -> Option<(String, Option<String>)> {
    Some((spec["uri"].as_str()?.to_owned(), spec["prefix"].as_str().map(str::to_owned)))
}

/// A Rust `xml_namespace` as (URI, prefix).
fn namespace_of(ns: Option<XmlNamespace>) -> Option<(String, Option<String>)> {
    ns.map(|ns| (ns.uri.to_owned(), ns.prefix.map(str::to_owned)))
}

/// The `locationName` of a list's `member` or a map's `key` or `value`.
fn location_name<'a>(shape: &'a Value, key: &str) -> Option<&'a str> {
    shape[key]["locationName"].as_str()
}
