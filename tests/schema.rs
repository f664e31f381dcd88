//! The hand-written Partner Central Channel definitions against botocore's model: every
//! operation with its input, output and errors; every structure, union and enum with its
//! members or values; every member's wire name, target, required flag, idempotency token,
//! sensitivity and the constraints of its target; and the paginators. Documentation is not
//! compared. Each difference is listed; the test fails if there is any.

use std::collections::{BTreeMap, BTreeSet};

use aws_operation::schema::{Constraints, MemberSchema, ShapeKind, ShapeSchema, TypeSchema};
use aws_operation::types::TimestampFormat;
use aws_operation_partnercentral_channel::operations;
use serde_json::Value;

const MODEL: &str = include_str!("fixtures/service-2.json");
const PAGINATORS: &str = include_str!("fixtures/paginators-1.json");

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
            (model["fault"] == Value::Bool(true), retryable, throttling)
        });
        let rust_error = rust.error.map(|e| (e.server_fault, e.retryable, e.throttling));
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
            self.compare_member(&path, member, spec["shape"].as_str().unwrap_or_default(), ops);
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
}

fn bounds(spec: &Value) -> Option<(Option<i64>, Option<i64>)> {
    let (min, max) = (spec["min"].as_i64(), spec["max"].as_i64());
    (min.is_some() || max.is_some()).then_some((min, max))
}

#[test]
fn definitions_match_the_model() {
    let model: Value = serde_json::from_str(MODEL).unwrap();
    let paginators: Value = serde_json::from_str(PAGINATORS).unwrap();
    let mut check = Check { model: model.clone(), problems: Vec::new(), seen: BTreeMap::new() };
    let ops = operations();
    let rust_ops: BTreeSet<String> = ops.iter().map(|o| o.name().to_owned()).collect();
    let model_ops: BTreeSet<String> = model["operations"].as_object().unwrap().keys().cloned().collect();
    for missing in model_ops.difference(&rust_ops) {
        check.problem(format!("operation {missing}: missing in Rust"));
    }
    for extra in rust_ops.difference(&model_ops) {
        check.problem(format!("operation {extra}: not in the model"));
    }
    for op in &ops {
        let schema = op.schema();
        let spec = &model["operations"][schema.name];
        let TypeSchema::Shape(input) = (schema.input)() else { panic!("{}: input is not a shape", schema.name) };
        let TypeSchema::Shape(output) = (schema.output)() else { panic!("{}: output is not a shape", schema.name) };
        for (rust, model_shape) in [(input, &spec["input"]["shape"]), (output, &spec["output"]["shape"])] {
            let name = Check::model_name(rust.name, &rust_ops);
            if model_shape.as_str() != Some(name.as_str()) {
                check.problem(format!("{}: shape {name} in Rust, {model_shape} in the model", schema.name));
            }
            check.compare_shape(&name, rust, &rust_ops);
        }
        let errors: Vec<&str> = spec["errors"].as_array().unwrap().iter().filter_map(|e| e["shape"].as_str()).collect();
        let mut rust_errors = Vec::new();
        for error in &schema.errors {
            let TypeSchema::Shape(e) = error() else { panic!("{}: error is not a shape", schema.name) };
            rust_errors.push(e.name);
            check.compare_shape(e.name, e, &rust_ops);
        }
        if rust_errors != errors {
            check.problem(format!("{}: errors {rust_errors:?} in Rust, {errors:?} in the model", schema.name));
        }
        let expected = paginators["pagination"].get(schema.name).map(|p| {
            (p["input_token"].clone(), p["output_token"].clone(), p["result_key"].clone(), p["limit_key"].clone())
        });
        let actual = schema.paginator.map(|p| {
            (
                Value::from(p.input_token),
                Value::from(p.output_token),
                Value::from(p.items),
                p.page_size.map_or(Value::Null, Value::from),
            )
        });
        if expected != actual {
            check.problem(format!("{}: paginator {actual:?} in Rust, {expected:?} in the model", schema.name));
        }
    }
    let model_shapes: BTreeSet<String> = model["shapes"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, s)| s["type"] == "structure" || s.get("enum").is_some())
        .map(|(k, _)| k.clone())
        .collect();
    let rust_shapes: BTreeSet<String> = check.seen.keys().cloned().collect();
    for missing in model_shapes.difference(&rust_shapes) {
        check.problem(format!("shape {missing}: not reachable from any Rust operation"));
    }
    assert!(check.problems.is_empty(), "{} differences:\n{}", check.problems.len(), check.problems.join("\n"));
    // 21 operations; 99 structures (21 inputs, 21 outputs, 7 errors, 10 unions) and 24 enums.
    assert_eq!((ops.len(), check.seen.len()), (21, 123));
}
