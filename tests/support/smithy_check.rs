//! Hand-written definitions against a Smithy JSON model (the AST of smithy-rs'
//! `aws/sdk/aws-models/*.json`), for the services botocore has no model of: the checker of
//! `tests/transcribe_streaming_schema.rs`. Include it beside `model_check.rs`, whose [`Op`] and
//! [`ErrorTraits`] it reads:
//! `#[path = "support/model_check.rs"] mod model_check;` and
//! `#[path = "support/smithy_check.rs"] mod smithy_check;`.
//!
//! [`Check::service`] compares the service's id, signing name, API version, endpoint prefix and
//! protocol with the service shape's `aws.api#service`, `aws.auth#sigv4`, `version` and
//! protocol trait, and the embedded rule set with its `smithy.rules#endpointRuleSet`.
//! [`Check::operations`] compares, for each operation: its `http` trait, `unsigned` (an empty
//! `smithy.api#auth` or `optionalAuth`), the absence of checksum traits the checker does not
//! read, the rule-set parameters it binds (`staticContextParams`, members' `contextParam`,
//! `operationContextParams`, by name), its input, output and errors in order; and for every
//! structure, union and enum reached: its kind, sensitivity, error traits (fault, retryable,
//! throttling) and members or values; for every member its name, required flag, idempotency
//! token, streaming, timestamp format, binding (`httpHeader`, `httpLabel`, `httpQuery`,
//! `httpPrefixHeaders`, `httpQueryParams`, `httpPayload`, `httpResponseCode`, `eventHeader`,
//! `eventPayload`, else the body), `jsonName`, the absence of XML and query names, its target
//! and the constraints (`length`, `range`, `pattern`, the member's over its target's) of the
//! target, list elements and map keys and values included. [`Check::error_statuses`] adds each
//! error's `httpError` status and fault. What reaches a named shape in the model must reach it in
//! Rust, and the other way round. Documentation and `smithy.api#default` are not compared (the
//! framework has no default values: such a member is an `Option`).
//!
//! Only restJson1 services are read: the one protocol whose wire names the checker knows (the
//! member name, or its `jsonName` in bodies). Every difference is collected; [`Check::finish`]
//! fails the test with all of them at once.
//!
//! [`Op`]: crate::model_check::Op
//! [`ErrorTraits`]: crate::model_check::ErrorTraits

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};

use aws_operation::Protocol;
use aws_operation::endpoint::ParamSource;
use aws_operation::operation::{Fault, Service};
use aws_operation::schema::{Binding, Constraints, MemberSchema, ShapeKind, ShapeSchema, TypeSchema};
use aws_operation::types::TimestampFormat;
use serde_json::Value;

use crate::model_check::{ErrorTraits, Op};

/// The comparison of one service's definitions with its Smithy model.
pub struct Check {
    shapes: Value,
    /// The namespace of the model's shapes, `com.amazonaws.transcribestreaming`.
    namespace: String,
    /// The service shape's id.
    service: String,
    problems: Vec<String>,
    /// Rust shapes reached from the operations, by model name (without the namespace).
    seen: BTreeMap<String, &'static ShapeSchema>,
    /// The model names of the Rust inputs and outputs.
    renamed: BTreeMap<&'static str, String>,
    /// The named shapes (structures, unions, enums) the model reaches from the operations.
    expected: BTreeSet<String>,
}

impl Check {
    /// A check against the Smithy JSON model `model_json`, whose one service shape is in
    /// `namespace`.
    pub fn new(model_json: &str, namespace: &str) -> Check {
        let model: Value = serde_json::from_str(model_json).expect("the model is JSON");
        let shapes = model["shapes"].clone();
        let services: Vec<String> = shapes
            .as_object()
            .expect("the model has shapes")
            .iter()
            .filter(|(id, s)| s["type"] == "service" && id.starts_with(&format!("{namespace}#")))
            .map(|(id, _)| id.clone())
            .collect();
        let [service] = services.as_slice() else { panic!("one service shape in {namespace}, not {services:?}") };
        let protocol = &shapes[service]["traits"]["aws.protocols#restJson1"];
        assert!(protocol.is_object(), "{service} is not restJson1, the one protocol the checker reads");
        Check {
            service: service.clone(),
            shapes,
            namespace: namespace.to_owned(),
            problems: Vec::new(),
            seen: BTreeMap::new(),
            renamed: BTreeMap::new(),
            expected: BTreeSet::new(),
        }
    }

    /// Rust shapes named other than the model names them (Rust name, model name, why): a
    /// structure's name is on no wire but an error's, so the Rust name is free.
    pub fn renamed(mut self, renames: &'static [(&'static str, &'static str, &'static str)]) -> Check {
        for (rust, model, _) in renames {
            self.renamed.insert(rust, (*model).to_owned());
        }
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
        assert!(self.problems.is_empty(), "{} differences:\n{}", self.problems.len(), self.problems.join("\n"));
        self.seen
    }

    /// The service shape's traits.
    pub fn service_traits(&self) -> &Value {
        &self.shapes[&self.service]["traits"]
    }

    /// The service's id, signing name, API version, endpoint prefix and protocol against the
    /// service shape, and `rules` (the rule set the crate embeds, as JSON text) against its
    /// `smithy.rules#endpointRuleSet`, which `S` must declare.
    pub fn service<S: Service>(&mut self, rules: &str) {
        let shape = self.shapes[&self.service].clone();
        let traits = &shape["traits"];
        let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
        let aws = &traits["aws.api#service"];
        // Without `endpointPrefix` a service's prefix is its `arnNamespace`, and without
        // `aws.auth#sigv4`'s `name` it signs with that too.
        let prefix = aws["endpointPrefix"].as_str().map_or_else(|| text(&aws["arnNamespace"]), str::to_owned);
        let compared = [
            ("id", S::SERVICE_ID, text(&aws["sdkId"])),
            ("signing name", S::SIGNING_NAME, text(&traits["aws.auth#sigv4"]["name"])),
            ("API version", S::API_VERSION, text(&shape["version"])),
            ("endpoint prefix", S::ENDPOINT_PREFIX, prefix),
            ("protocol", <S::Protocol as Protocol>::NAME, "restJson1".to_owned()),
        ];
        for (what, rust, model) in compared {
            if rust != model {
                self.problem(format!("service: {what} {rust:?} in Rust, {model:?} in the model"));
            }
        }
        if S::QUERY_COMPATIBLE != traits.get("aws.protocols#awsQueryCompatible").is_some() {
            self.problem(format!("service: awsQueryCompatible {} in Rust", S::QUERY_COMPATIBLE));
        }
        let model_rules = &traits["smithy.rules#endpointRuleSet"];
        if S::endpoint_rules().is_none() != model_rules.is_null() {
            self.problem(format!("service: endpoint rules {} in Rust", S::endpoint_rules().is_some()));
        }
        let embedded: Value = serde_json::from_str(rules).expect("the embedded rule set is JSON");
        if &embedded != model_rules {
            self.problem("service: the embedded rule set is not the model's endpointRuleSet".to_owned());
        }
    }

    /// The operations `ops` (a crate's `each_operation!(Op::of)`), which must be these of the
    /// model, in this order, and every shape they reach.
    pub fn operations(&mut self, ops: &[Op], slice: &[&str]) {
        let names: Vec<&str> = ops.iter().map(|o| o.name).collect();
        if names != slice {
            self.problem(format!("operations {names:?} in Rust, the slice is {slice:?}"));
        }
        let mut reached = BTreeSet::new();
        for op in slice {
            let spec = self.shape(op);
            let io = [&spec["input"]["target"], &spec["output"]["target"]].into_iter();
            let errors = spec["errors"].as_array().into_iter().flatten().map(|e| &e["target"]);
            for target in io.chain(errors).filter_map(Value::as_str) {
                self.reachable(target, &mut reached);
            }
        }
        self.expected = reached;
        // Inputs and outputs first, so that they are compared under their model names.
        for op in ops {
            let spec = self.shape(op.name);
            for (rust, model) in
                [(op.input.name, &spec["input"]["target"]), (op.output.name, &spec["output"]["target"])]
            {
                if let Some(model) = model.as_str() {
                    self.renamed.insert(rust, self.local(model));
                }
            }
        }
        for op in ops {
            self.operation(op);
        }
    }

    fn operation(&mut self, op: &Op) {
        let name = op.name;
        let spec = self.shape(name);
        if spec["type"] != "operation" {
            return self.problem(format!("operation {name}: not in the model"));
        }
        let traits = &spec["traits"];
        let http = &traits["smithy.api#http"];
        let expected_http = (
            http["method"].as_str().unwrap_or_default(),
            http["uri"].as_str().unwrap_or_default(),
            http["code"].as_u64().unwrap_or(200),
        );
        if (op.http.method, op.http.uri, u64::from(op.http.code)) != expected_http {
            self.problem(format!(
                "{name}: http {} {} {} in Rust, {expected_http:?} in the model",
                op.http.method, op.http.uri, op.http.code
            ));
        }
        let unsigned = traits["smithy.api#auth"].as_array().is_some_and(Vec::is_empty)
            || traits.get("smithy.api#optionalAuth").is_some();
        if op.unsigned != unsigned {
            self.problem(format!("{name}: unsigned {} in Rust, {unsigned} in the model", op.unsigned));
        }
        let md5 = traits.get("smithy.api#httpChecksumRequired").is_some();
        if op.http_checksum_required != md5 {
            self.problem(format!("{name}: http_checksum_required {} in Rust", op.http_checksum_required));
        }
        // The checker does not compare flexible checksums: an operation with them is a gap.
        if traits.get("aws.protocols#httpChecksum").is_some() || op.http_checksum.is_some() {
            self.problem(format!("{name}: httpChecksum is not compared by this checker"));
        }
        self.compare_endpoint_params(op, &spec);
        let io = [("input", op.input, &spec["input"]["target"]), ("output", op.output, &spec["output"]["target"])];
        for (what, rust, model) in io {
            match model.as_str() {
                Some(model) if model != "smithy.api#Unit" => {
                    let local = self.local(model);
                    self.compare_shape(&local, rust);
                }
                _ if rust.members.is_empty() && rust.kind == ShapeKind::Structure => {}
                _ => self.problem(format!("{name}: the model has no {what}, Rust has {rust:?}")),
            }
        }
        let errors: Vec<String> = spec["errors"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|e| e["target"].as_str())
            .map(|e| self.local(e))
            .collect();
        let mut rust_errors = Vec::new();
        for error in &op.schema.errors {
            let TypeSchema::Shape(e) = error() else { panic!("{name}: an error is not a shape") };
            rust_errors.push(e.name.to_owned());
            self.compare_shape(e.name, e);
        }
        if rust_errors != errors {
            self.problem(format!("{name}: errors {rust_errors:?} in Rust, {errors:?} in the model"));
        }
        if op.schema.paginator.is_some() != traits.get("smithy.api#paginated").is_some() {
            self.problem(format!("{name}: paginator {:?} in Rust, not compared by this checker", op.schema.paginator));
        }
    }

    /// The rule-set parameters the operation binds, by name and source, against its
    /// `staticContextParams`, its input members' `contextParam` and `operationContextParams`.
    fn compare_endpoint_params(&mut self, op: &Op, spec: &Value) {
        let traits = &spec["traits"];
        let mut expected = BTreeSet::new();
        for param in traits["smithy.rules#staticContextParams"].as_object().into_iter().flat_map(|p| p.keys()) {
            expected.insert((param.clone(), "static".to_owned()));
        }
        let input = spec["input"]["target"].as_str().map(|i| self.shapes[i].clone()).unwrap_or_default();
        for (member, m) in input["members"].as_object().into_iter().flatten() {
            if let Some(param) = m["traits"]["smithy.rules#contextParam"]["name"].as_str() {
                expected.insert((param.to_owned(), format!("member {member}")));
            }
        }
        for param in traits["smithy.rules#operationContextParams"].as_object().into_iter().flat_map(|p| p.keys()) {
            expected.insert((param.clone(), "path".to_owned()));
        }
        let actual: BTreeSet<(String, String)> = op
            .endpoint_params
            .iter()
            .map(|p| {
                let source = match p.source {
                    ParamSource::Static(_) => "static".to_owned(),
                    ParamSource::Member(member) => format!("member {member}"),
                    ParamSource::Path(_) => "path".to_owned(),
                };
                (p.name.to_owned(), source)
            })
            .collect();
        if actual != expected {
            self.problem(format!("{}: endpoint parameters {actual:?} in Rust, {expected:?} in the model", op.name));
        }
    }

    /// Each error's status and fault (from `model_check::error`) against the model's
    /// `smithy.api#error` and `httpError` (400 for a client error without one, 500 for a
    /// server error), and its code, the shape's name. `errors` lists every error of the model's
    /// `operations`, once.
    pub fn error_statuses(&mut self, operations: &[&str], errors: &[ErrorTraits]) {
        let used: BTreeSet<String> = operations
            .iter()
            .flat_map(|op| self.shape(op)["errors"].as_array().cloned().unwrap_or_default())
            .filter_map(|e| e["target"].as_str().map(|t| self.local(t)))
            .collect();
        let mut listed: Vec<&str> = errors.iter().map(|e| e.code).collect();
        listed.sort_unstable();
        if listed != used.iter().map(String::as_str).collect::<Vec<_>>() {
            self.problem(format!("errors {listed:?} listed, {used:?} in the model's operations {operations:?}"));
        }
        for &ErrorTraits { code, status, fault, query_code } in errors {
            let traits = self.shape(code)["traits"].clone();
            let expected_fault = match traits["smithy.api#error"].as_str() {
                Some("server") => Fault::Server,
                Some("client") => Fault::Client,
                other => {
                    self.problem(format!("{code}: smithy.api#error {other:?} in the model"));
                    continue;
                }
            };
            let default_status = if expected_fault == Fault::Server { 500 } else { 400 };
            let expected_status = traits["smithy.api#httpError"].as_u64().unwrap_or(default_status);
            if (u64::from(status), fault) != (expected_status, expected_fault) {
                self.problem(format!(
                    "{code}: {status} {fault:?} in Rust, {expected_status} {expected_fault:?} in the model"
                ));
            }
            if query_code.is_some() {
                self.problem(format!("{code}: query code {query_code:?} in Rust, not a query-compatible service"));
            }
        }
    }

    /// The shape named `name` in the model's namespace (or an absolute shape id).
    fn shape(&self, name: &str) -> Value {
        let id = if name.contains('#') { name.to_owned() } else { format!("{}#{name}", self.namespace) };
        self.shapes[&id].clone()
    }

    /// The name of a shape id without its namespace.
    fn local(&self, id: &str) -> String {
        id.rsplit_once('#').map_or(id, |(_, name)| name).to_owned()
    }

    /// The model name of a Rust shape.
    fn model_name(&self, rust: &'static str) -> String {
        self.renamed.get(rust).cloned().unwrap_or_else(|| rust.to_owned())
    }

    /// The named shapes (structures, unions, enums) the model reaches from the shape `id`.
    fn reachable(&self, id: &str, out: &mut BTreeSet<String>) {
        let Some(spec) = self.shapes.get(id) else { return };
        let kind = spec["type"].as_str().unwrap_or_default();
        let named = matches!(kind, "structure" | "union" | "enum" | "intEnum") || is_string_enum(spec);
        if named && !out.insert(self.local(id)) {
            return;
        }
        let members = spec["members"].as_object().into_iter().flat_map(|m| m.values()).map(|m| &m["target"]);
        let nested = [&spec["member"]["target"], &spec["key"]["target"], &spec["value"]["target"]];
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
        let traits = model["traits"].clone();
        let expected_kind = match model["type"].as_str().unwrap_or_default() {
            "structure" => ShapeKind::Structure,
            "union" => ShapeKind::Union,
            "enum" => ShapeKind::Enum,
            "intEnum" => ShapeKind::IntEnum,
            "string" if is_string_enum(&model) => ShapeKind::Enum,
            other => return self.problem(format!("{model_name}: model type {other} declared as {:?}", rust.kind)),
        };
        if rust.kind != expected_kind {
            return self.problem(format!("{model_name}: {:?} in Rust, {expected_kind:?} in the model", rust.kind));
        }
        let sensitive = traits.get("smithy.api#sensitive").is_some();
        if rust.sensitive != sensitive {
            self.problem(format!("{model_name}: sensitive {} in Rust, {sensitive} in the model", rust.sensitive));
        }
        if rust.xml_name.is_some() || rust.xml_namespace.is_some() || rust.xml_unwrapped {
            self.problem(format!("{model_name}: XML traits in Rust, which restJson1 does not read"));
        }
        match expected_kind {
            ShapeKind::Enum => {
                let values = enum_values(&model);
                let mut rust_values = rust.values.to_vec();
                if !is_string_enum(&model) {
                    rust_values.sort_unstable();
                }
                if rust_values != values {
                    self.problem(format!("{model_name}: values {:?} in Rust, {values:?} in the model", rust.values));
                }
                return;
            }
            ShapeKind::IntEnum => {
                let mut values: Vec<i32> = model["members"]
                    .as_object()
                    .into_iter()
                    .flat_map(|m| m.values())
                    .filter_map(|m| m["traits"]["smithy.api#enumValue"].as_i64())
                    .map(|v| v as i32)
                    .collect();
                let mut rust_values = rust.int_values.to_vec();
                rust_values.sort_unstable();
                values.sort_unstable();
                if rust_values != values {
                    self.problem(format!(
                        "{model_name}: values {:?} in Rust, {values:?} in the model",
                        rust.int_values
                    ));
                }
                return;
            }
            _ => {}
        }
        let error = traits["smithy.api#error"].as_str().map(|fault| {
            let retryable = traits.get("smithy.api#retryable").is_some();
            let throttling = traits["smithy.api#retryable"]["throttling"] == true;
            (model_name, fault == "server", retryable, throttling)
        });
        let rust_error = rust.error.map(|e| (e.code, e.server_fault, e.retryable, e.throttling));
        if error != rust_error {
            self.problem(format!("{model_name}: error traits {rust_error:?} in Rust, {error:?} in the model"));
        }
        let members = model["members"].as_object().cloned().unwrap_or_default();
        let rust_names: BTreeSet<&str> = rust.members.iter().map(|m| m.name).collect();
        for name in members.keys() {
            if !rust_names.contains(name.as_str()) {
                self.problem(format!("{model_name}.{name}: missing in Rust"));
            }
        }
        // An event stream's union may mark members required, which a union's variant cannot be.
        let event_stream = expected_kind == ShapeKind::Union && traits.get("smithy.api#streaming").is_some();
        for member in rust.members {
            let Some(spec) = members.get(member.name) else {
                self.problem(format!("{model_name}.{}: not in the model", member.name));
                continue;
            };
            let path = format!("{model_name}.{}", member.name);
            self.compare_member(&path, member, spec, event_stream);
        }
    }

    fn compare_member(&mut self, path: &str, member: &MemberSchema, spec: &Value, in_event_stream: bool) {
        let traits = &spec["traits"];
        let target_id = spec["target"].as_str().unwrap_or_default().to_owned();
        let target = self.shapes[&target_id].clone();
        let required = !in_event_stream && traits.get("smithy.api#required").is_some();
        if member.required != required {
            self.problem(format!("{path}: required {} in Rust, {required} in the model", member.required));
        }
        let token = traits.get("smithy.api#idempotencyToken").is_some();
        if member.idempotency_token != token {
            self.problem(format!("{path}: idempotency token {} in Rust", member.idempotency_token));
        }
        // A streaming blob or an event stream is the body as it arrives.
        let streaming = target["traits"].get("smithy.api#streaming").is_some();
        if member.streaming != streaming {
            self.problem(format!("{path}: streaming {} in Rust, {streaming} in the model", member.streaming));
        }
        let requires_length = target["traits"].get("smithy.api#requiresLength").is_some();
        if member.requires_length != requires_length {
            self.problem(format!("{path}: requires_length {} in Rust", member.requires_length));
        }
        // A structure or union says its sensitivity itself; strings, blobs, maps on the member.
        let shaped = matches!(target["type"].as_str(), Some("structure" | "union"));
        let sensitive = !shaped && target["traits"].get("smithy.api#sensitive").is_some();
        if member.sensitive != sensitive {
            self.problem(format!("{path}: sensitive {} in Rust, {sensitive} in the model", member.sensitive));
        }
        let media_type = target["traits"]["smithy.api#mediaType"].as_str();
        if member.media_type != media_type {
            self.problem(format!("{path}: media type {:?} in Rust, {media_type:?} in the model", member.media_type));
        }
        let format =
            traits["smithy.api#timestampFormat"].as_str().or(target["traits"]["smithy.api#timestampFormat"].as_str());
        let expected_format = format.map(|f| match f {
            "date-time" => TimestampFormat::DateTime,
            "http-date" => TimestampFormat::HttpDate,
            _ => TimestampFormat::EpochSeconds,
        });
        // Epoch seconds is the JSON body's default, which a member need not say.
        let default = member.binding == Binding::Body && expected_format == Some(TimestampFormat::EpochSeconds);
        if member.timestamp_format != expected_format && !(default && member.timestamp_format.is_none()) {
            self.problem(format!(
                "{path}: timestamp format {:?} in Rust, {format:?} in the model",
                member.timestamp_format
            ));
        }
        self.compare_binding(path, member, traits, &target);
        let json_name = traits["smithy.api#jsonName"].as_str().filter(|_| member.binding == Binding::Body);
        if member.json_name != json_name {
            self.problem(format!("{path}: json_name {:?} in Rust, {json_name:?} in the model", member.json_name));
        }
        let xml =
            (member.xml_name, member.ec2_query_name, member.xml_attribute, member.xml_flattened, member.item_name);
        if xml != (None, None, false, false, None) || member.xml_namespace.is_some() || member.entry_names.is_some() {
            self.problem(format!("{path}: XML or query names in Rust, which restJson1 does not read"));
        }
        // The member's own constraints win over its target's.
        let constraints = merged_constraints(&target["traits"], traits);
        self.compare_target(path, &(member.target)(), &target_id, &constraints, &member.constraints);
    }

    /// Where the member travels: Smithy's HTTP and event binding traits, else the body.
    fn compare_binding(&mut self, path: &str, member: &MemberSchema, traits: &Value, target: &Value) {
        let text = |key: &str| traits[key].as_str().map(|s| -> &'static str { s.to_owned().leak() });
        let expected = if let Some(name) = text("smithy.api#httpHeader") {
            Binding::Header(name)
        } else if let Some(prefix) = text("smithy.api#httpPrefixHeaders") {
            Binding::PrefixHeaders(prefix)
        } else if let Some(name) = text("smithy.api#httpQuery") {
            Binding::Query(name)
        } else if traits.get("smithy.api#httpQueryParams").is_some() {
            Binding::QueryParams
        } else if traits.get("smithy.api#httpLabel").is_some() {
            Binding::Label
        } else if traits.get("smithy.api#httpPayload").is_some() {
            Binding::Payload
        } else if traits.get("smithy.api#httpResponseCode").is_some() {
            Binding::ResponseCode
        } else if traits.get("smithy.api#eventHeader").is_some() {
            Binding::EventHeader
        } else if traits.get("smithy.api#eventPayload").is_some() {
            Binding::EventPayload
        } else {
            Binding::Body
        };
        if member.binding != expected {
            self.problem(format!("{path}: binding {:?} in Rust, {expected:?} in the model", member.binding));
        }
        if expected == Binding::QueryParams && target["type"] != "map" {
            self.problem(format!("{path}: httpQueryParams on a {} in the model", target["type"]));
        }
    }

    /// A target type and the constraints that apply to it (`expected`, the model's, against
    /// `actual`, the Rust member's or element's).
    fn compare_target(
        &mut self,
        path: &str,
        rust: &TypeSchema,
        target_id: &str,
        expected: &ModelConstraints,
        actual: &Constraints,
    ) {
        let spec = self.prelude_or_shape(target_id);
        let kind = spec["type"].as_str().unwrap_or_default().to_owned();
        let none = Constraints::default();
        match (kind.as_str(), rust) {
            ("string", TypeSchema::String) if !is_string_enum(&spec) => {
                self.compare_scalar(path, expected, actual, false)
            }
            ("string" | "enum" | "intEnum", TypeSchema::Shape(s)) if s.kind != ShapeKind::Structure => {
                let name = self.local(target_id);
                if s.name != name {
                    self.problem(format!("{path}: targets {} in Rust, {name} in the model", s.name));
                }
                self.compare_shape(&name, s);
                self.compare_scalar(path, expected, actual, kind == "intEnum");
            }
            ("byte", TypeSchema::Byte)
            | ("short", TypeSchema::Short)
            | ("integer", TypeSchema::Integer)
            | ("long", TypeSchema::Long)
            | ("float", TypeSchema::Float)
            | ("double", TypeSchema::Double) => self.compare_scalar(path, expected, actual, true),
            ("boolean", TypeSchema::Boolean)
            | ("timestamp", TypeSchema::Timestamp)
            | ("document", TypeSchema::Document) => self.compare_scalar(path, expected, actual, false),
            // A blob's `length` is its size in bytes.
            ("blob", TypeSchema::Blob) => self.compare_scalar(path, expected, actual, false),
            ("list", TypeSchema::List { member, sparse }) => {
                if *sparse != spec["traits"].get("smithy.api#sparse").is_some() {
                    self.problem(format!("{path}: sparse {sparse} in Rust"));
                }
                self.compare_collection(path, expected, actual);
                let element = spec["member"]["target"].as_str().unwrap_or_default().to_owned();
                let element_target = self.prelude_or_shape(&element);
                let inner = merged_constraints(&element_target["traits"], &spec["member"]["traits"]);
                self.compare_target(&format!("{path}[]"), member, &element, &inner, actual.items.unwrap_or(&none));
            }
            ("map", TypeSchema::Map { value, sparse }) => {
                if *sparse != spec["traits"].get("smithy.api#sparse").is_some() {
                    self.problem(format!("{path}: sparse {sparse} in Rust"));
                }
                self.compare_collection(path, expected, actual);
                let key = spec["key"]["target"].as_str().unwrap_or_default().to_owned();
                let key_target = self.prelude_or_shape(&key);
                if key_target["type"] != "string" || is_string_enum(&key_target) {
                    self.problem(format!("{path}: map key {key} is not a plain string in the model"));
                }
                let keys = merged_constraints(&key_target["traits"], &spec["key"]["traits"]);
                self.compare_scalar(&format!("{path}{{key}}"), &keys, actual.keys.unwrap_or(&none), false);
                let value_id = spec["value"]["target"].as_str().unwrap_or_default().to_owned();
                let value_target = self.prelude_or_shape(&value_id);
                let values = merged_constraints(&value_target["traits"], &spec["value"]["traits"]);
                self.compare_target(&format!("{path}{{}}"), value, &value_id, &values, actual.items.unwrap_or(&none));
            }
            ("structure" | "union", TypeSchema::Shape(s)) => {
                let name = self.local(target_id);
                if self.model_name(s.name) != name {
                    self.problem(format!("{path}: targets {} in Rust, {name} in the model", s.name));
                }
                self.compare_shape(&name, s);
                self.compare_scalar(path, expected, actual, false);
            }
            (model, rust) => {
                self.problem(format!("{path}: {} in Rust, {model} {target_id} in the model", rust.kind_name()))
            }
        }
    }

    /// A value's own `length`, `range` (numbers only) and `pattern`, and no nested constraints.
    fn compare_scalar(&mut self, path: &str, expected: &ModelConstraints, actual: &Constraints, numeric: bool) {
        if actual.length != expected.length {
            self.problem(format!("{path}: length {:?} in Rust, {:?} in the model", actual.length, expected.length));
        }
        let range = actual.range.map(|(a, b)| (a.map(str::to_owned), b.map(str::to_owned)));
        if range != expected.range || (range.is_some() && !numeric) {
            self.problem(format!("{path}: range {range:?} in Rust, {:?} in the model", expected.range));
        }
        if actual.pattern != expected.pattern.as_deref() {
            self.problem(format!("{path}: pattern {:?} in Rust, {:?} in the model", actual.pattern, expected.pattern));
        }
        if actual.items.is_some() || actual.keys.is_some() {
            self.problem(format!("{path}: nested constraints in Rust on a value that has no elements"));
        }
    }

    /// A list's or map's own `length`; the elements are compared apart.
    fn compare_collection(&mut self, path: &str, expected: &ModelConstraints, actual: &Constraints) {
        if actual.length != expected.length {
            self.problem(format!("{path}: length {:?} in Rust, {:?} in the model", actual.length, expected.length));
        }
        if actual.range.is_some() || actual.pattern.is_some() || expected.range.is_some() || expected.pattern.is_some()
        {
            self.problem(format!("{path}: a range or pattern on a collection"));
        }
    }

    /// A shape of the model, or a prelude shape (`smithy.api#String`) as a shape of its type.
    fn prelude_or_shape(&self, id: &str) -> Value {
        match id.strip_prefix("smithy.api#") {
            Some(prelude) => {
                let kind = match prelude.strip_prefix("Primitive").unwrap_or(prelude) {
                    "BigInteger" | "BigDecimal" => "unsupported",
                    other => other,
                };
                let mut kind = kind.to_owned();
                kind[..1].make_ascii_lowercase();
                serde_json::json!({ "type": kind })
            }
            None => self.shapes[id].clone(),
        }
    }
}

/// The constraints the model puts on a value.
#[derive(Debug, Default, PartialEq)]
pub struct ModelConstraints {
    /// `smithy.api#length`.
    pub length: Option<(Option<u64>, Option<u64>)>,
    /// `smithy.api#range`, each bound as the number is written.
    pub range: Option<(Option<String>, Option<String>)>,
    /// `smithy.api#pattern`, as written (Smithy's patterns are searches, the model writes anchors).
    pub pattern: Option<String>,
}

/// The target's constraints, each replaced by the member's where the member has its own.
fn merged_constraints(target: &Value, member: &Value) -> ModelConstraints {
    let pick = |key: &str| member.get(key).or_else(|| target.get(key));
    let length = pick("smithy.api#length").map(|l| (l["min"].as_u64(), l["max"].as_u64()));
    let bound = |v: &Value| if v.is_null() { None } else { Some(v.to_string()) };
    let range = pick("smithy.api#range").map(|r| (bound(&r["min"]), bound(&r["max"])));
    let pattern = pick("smithy.api#pattern").and_then(Value::as_str).map(str::to_owned);
    ModelConstraints { length, range, pattern }
}

/// Whether a `string` shape is an IDL 1.0 enum (`smithy.api#enum`).
fn is_string_enum(spec: &Value) -> bool {
    spec["type"] == "string" && spec["traits"].get("smithy.api#enum").is_some()
}

/// The values of an enum: `smithy.api#enum`'s in the model's order, or an IDL 2.0 enum's
/// members' `enumValue` (the member name without one), sorted.
fn enum_values(spec: &Value) -> Vec<&str> {
    if let Some(values) = spec["traits"]["smithy.api#enum"].as_array() {
        return values.iter().filter_map(|v| v["value"].as_str()).collect();
    }
    // serde_json's objects are sorted by key, so an IDL 2.0 enum's values are compared sorted.
    let members = spec["members"].as_object().into_iter().flatten();
    let mut values: Vec<&str> =
        members.map(|(name, m)| m["traits"]["smithy.api#enumValue"].as_str().unwrap_or(name)).collect();
    values.sort_unstable();
    values
}
