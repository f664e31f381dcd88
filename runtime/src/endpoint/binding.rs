//! How an operation binds rule-set parameters, after Smithy's parameter traits: fixed values
//! (`staticContextParams`), top-level input members (`contextParam`) and paths into the input
//! (`operationContextParams`). `#[aws_operation]` describes them as [`EndpointParam`]s; the
//! client gives their values to the rule set for each call, ahead of client context parameters,
//! built-ins and defaults.
//!
//! A path is the JMESPath subset the AWS models use, evaluated over the input written as JSON
//! with member names, as JMESPath specifies:
//!
//! * `Name` is a member of the current object (null on anything else); `a.b` evaluates `b` on
//!   the result of `a`;
//! * `a[*]` projects over a list: what follows is evaluated on each element and null results are
//!   dropped; on anything but a list it is null;
//! * `a[]` flattens a list one level (a sublist's elements join the list), then projects as `[*]`;
//! * `[x, y]` (a multi-select list) is the list of `x` and `y` evaluated on the current value,
//!   nulls kept; on null it is null;
//! * `keys(a)` is the list of the keys of an object, in the document's (sorted) order.
//!
//! A string result binds a `string` parameter, a boolean a `boolean` one, a list of strings a
//! `stringArray` one; null, or anything else, leaves the parameter unset.

use std::borrow::Cow;

use serde_json::Value as Json;

use super::value::Value;

/// One rule-set parameter an operation binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EndpointParam {
    /// The parameter's name in the rule set, e.g. `ResourceArn`.
    pub name: &'static str,
    /// Where its value comes from.
    pub source: ParamSource,
}

/// Where a bound parameter's value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamSource {
    /// A fixed value (`staticContextParams`).
    Static(StaticValue),
    /// The top-level input member of this name (`contextParam`).
    Member(&'static str),
    /// A path into the input (`operationContextParams`).
    Path(&'static ContextPath),
}

impl ParamSource {
    /// Whether the value depends on the input: a member or a path.
    pub const fn varies(&self) -> bool {
        !matches!(self, ParamSource::Static(_))
    }
}

/// A value of `staticContextParams`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaticValue {
    /// A boolean.
    Bool(bool),
    /// A string.
    String(&'static str),
}

impl StaticValue {
    /// The value as rule sets take it.
    pub fn to_value(self) -> Value {
        match self {
            StaticValue::Bool(b) => Value::Bool(b),
            StaticValue::String(s) => Value::from(s),
        }
    }
}

/// An `operationContextParams` path: its text, and the expression the macro parsed it into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContextPath {
    /// The path as written, e.g. `keys(RequestItems)`.
    pub text: &'static str,
    /// The parsed path.
    pub expr: PathExpr,
}

impl ContextPath {
    /// The parameter value the path selects in `input`, a document with member names; `None`
    /// when it selects null or a value no parameter type holds.
    pub fn value_in(&self, input: &Json) -> Option<Value> {
        to_parameter(&self.expr.evaluate(input))
    }
}

/// An expression of the path subset; see the [module documentation](self).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathExpr {
    /// The current value (`@`): what a projection with nothing after it evaluates.
    Current,
    /// A member of the current object.
    Field(&'static str),
    /// `left.right`.
    Sub(&'static PathExpr, &'static PathExpr),
    /// `left[*]` followed by `right`, which is evaluated on each element.
    Project(&'static PathExpr, &'static PathExpr),
    /// The list `inner` evaluates to, flattened one level.
    Flatten(&'static PathExpr),
    /// `[a, b, ...]`.
    MultiSelect(&'static [PathExpr]),
    /// `keys(inner)`.
    Keys(&'static PathExpr),
}

/// JMESPath's null, which every failed lookup gives.
const NULL: Cow<'static, Json> = Cow::Owned(Json::Null);

impl PathExpr {
    /// The expression evaluated on `current`.
    pub fn evaluate<'a>(&self, current: &'a Json) -> Cow<'a, Json> {
        match self {
            PathExpr::Current => Cow::Borrowed(current),
            PathExpr::Field(name) => match current {
                Json::Object(members) => members.get(*name).map_or(NULL, Cow::Borrowed),
                _ => NULL,
            },
            PathExpr::Sub(left, right) => match left.evaluate(current) {
                Cow::Borrowed(value) => right.evaluate(value),
                Cow::Owned(value) => Cow::Owned(right.evaluate(&value).into_owned()),
            },
            PathExpr::Project(left, right) => {
                let base = left.evaluate(current);
                let Json::Array(items) = &*base else { return NULL };
                let projected = items.iter().map(|item| right.evaluate(item)).filter(|v| !v.is_null());
                Cow::Owned(Json::Array(projected.map(Cow::into_owned).collect()))
            }
            PathExpr::Flatten(inner) => {
                let base = inner.evaluate(current);
                let Json::Array(items) = &*base else { return NULL };
                let mut flat = Vec::with_capacity(items.len());
                for item in items {
                    match item {
                        Json::Array(nested) => flat.extend(nested.iter().cloned()),
                        other => flat.push(other.clone()),
                    }
                }
                Cow::Owned(Json::Array(flat))
            }
            PathExpr::MultiSelect(_) if current.is_null() => NULL,
            PathExpr::MultiSelect(list) => {
                Cow::Owned(Json::Array(list.iter().map(|e| e.evaluate(current).into_owned()).collect()))
            }
            PathExpr::Keys(inner) => match &*inner.evaluate(current) {
                Json::Object(members) => Cow::Owned(Json::Array(members.keys().cloned().map(Json::String).collect())),
                _ => NULL,
            },
        }
    }
}

/// A path's result as a parameter value, if it is one.
fn to_parameter(json: &Json) -> Option<Value> {
    match json {
        Json::String(s) => Some(Value::String(s.clone())),
        Json::Bool(b) => Some(Value::Bool(*b)),
        Json::Array(items) => {
            items.iter().map(|item| item.as_str().map(Value::from)).collect::<Option<Vec<_>>>().map(Value::Array)
        }
        _ => None,
    }
}

/// A type a `context_param` member may have: a string, a boolean, a list of strings, or an
/// `Option` of one (unset when `None`).
#[diagnostic::on_unimplemented(
    message = "a `context_param` member is a `String`, a `bool` or a `Vec<String>`, or an `Option` of one, not `{Self}`",
    label = "not a rule-set parameter type"
)]
pub trait ContextParamValue {
    /// The parameter value, `None` for unset.
    fn endpoint_value(&self) -> Option<Value>;
}

impl ContextParamValue for String {
    fn endpoint_value(&self) -> Option<Value> {
        Some(Value::String(self.clone()))
    }
}

impl ContextParamValue for bool {
    fn endpoint_value(&self) -> Option<Value> {
        Some(Value::Bool(*self))
    }
}

impl ContextParamValue for Vec<String> {
    fn endpoint_value(&self) -> Option<Value> {
        Some(Value::from(self.clone()))
    }
}

impl<T: ContextParamValue> ContextParamValue for Option<T> {
    fn endpoint_value(&self) -> Option<Value> {
        self.as_ref().and_then(T::endpoint_value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    // The paths of every `operationContextParams` in the AWS models we carry, as the macro
    // parses them.
    const KEYS: PathExpr = PathExpr::Keys(&PathExpr::Field("RequestItems"));
    const NESTED: PathExpr = PathExpr::Sub(&PathExpr::Field("TableCreationParameters"), &PathExpr::Field("TableName"));
    const GETS: PathExpr = PathExpr::Project(
        &PathExpr::Field("TransactItems"),
        &PathExpr::Sub(&PathExpr::Field("Get"), &PathExpr::Field("TableName")),
    );
    const WRITES: PathExpr = PathExpr::Project(
        &PathExpr::Flatten(&PathExpr::Project(
            &PathExpr::Field("TransactItems"),
            &PathExpr::MultiSelect(&[
                PathExpr::Sub(&PathExpr::Field("ConditionCheck"), &PathExpr::Field("TableName")),
                PathExpr::Sub(&PathExpr::Field("Put"), &PathExpr::Field("TableName")),
                PathExpr::Sub(&PathExpr::Field("Delete"), &PathExpr::Field("TableName")),
                PathExpr::Sub(&PathExpr::Field("Update"), &PathExpr::Field("TableName")),
            ]),
        )),
        &PathExpr::Current,
    );

    fn value(expr: PathExpr, doc: Json) -> Option<Value> {
        ContextPath { text: "", expr }.value_in(&doc)
    }

    fn strings(items: &[&str]) -> Option<Value> {
        Some(Value::from(items))
    }

    #[test]
    fn the_models_paths_select_what_jmespath_selects() {
        let batch = json!({"RequestItems": {"b": {"Keys": []}, "a": {"Keys": []}}});
        assert_eq!(value(KEYS, batch), strings(&["a", "b"]));
        assert_eq!(value(KEYS, json!({"RequestItems": {}})), strings(&[]));
        assert_eq!(value(KEYS, json!({})), None, "keys of null is unset");

        assert_eq!(value(NESTED, json!({"TableCreationParameters": {"TableName": "t"}})), Some("t".into()));
        assert_eq!(value(NESTED, json!({"TableCreationParameters": {}})), None);
        assert_eq!(value(NESTED, json!({})), None);

        let gets = json!({"TransactItems": [{"Get": {"TableName": "a"}}, {"Get": {}}, {"Get": {"TableName": "b"}}]});
        assert_eq!(value(GETS, gets), strings(&["a", "b"]), "nulls are dropped from a projection");
        assert_eq!(value(GETS, json!({"TransactItems": []})), strings(&[]));
        assert_eq!(value(GETS, json!({"TransactItems": {"Get": {}}})), None, "a projection over an object is null");

        let writes = json!({"TransactItems": [
            {"Put": {"TableName": "p"}},
            {"ConditionCheck": {"TableName": "c"}, "Update": {"TableName": "u"}},
            {"Delete": {"TableName": "d"}},
        ]});
        assert_eq!(value(WRITES, writes), strings(&["p", "c", "u", "d"]));
    }

    #[test]
    fn the_operators_follow_jmespath() {
        let doc = json!({"a": [[1, 2], 3, [[4]]], "s": "x", "b": true, "n": null, "o": {"k": "v"}});
        let eval = |expr: PathExpr| expr.evaluate(&doc).into_owned();
        assert_eq!(eval(PathExpr::Flatten(&PathExpr::Field("a"))), json!([1, 2, 3, [4]]), "one level only");
        assert_eq!(eval(PathExpr::Flatten(&PathExpr::Field("s"))), Json::Null);
        const SELECT: PathExpr = PathExpr::MultiSelect(&[PathExpr::Field("s"), PathExpr::Field("missing")]);
        let select = SELECT;
        assert_eq!(eval(select), json!(["x", null]), "a multi-select list keeps nulls");
        assert_eq!(eval(PathExpr::Sub(&PathExpr::Field("n"), &SELECT)), Json::Null, "on null it is null");
        assert_eq!(eval(PathExpr::Sub(&PathExpr::Field("s"), &PathExpr::Field("x"))), Json::Null);
        assert_eq!(eval(PathExpr::Sub(&PathExpr::Field("o"), &PathExpr::Field("k"))), json!("v"));
        assert_eq!(eval(PathExpr::Keys(&PathExpr::Field("s"))), Json::Null);
        assert_eq!(eval(PathExpr::Current), doc);
    }

    #[test]
    fn only_parameter_types_bind() {
        let doc = json!({"s": "x", "b": false, "l": ["p", "q"], "mixed": ["p", 1], "n": 3, "o": {}});
        let at = |name: &'static str| ContextPath { text: "", expr: PathExpr::Field(name) }.value_in(&doc);
        assert_eq!(at("s"), Some(Value::from("x")));
        assert_eq!(at("b"), Some(Value::Bool(false)));
        assert_eq!(at("l"), strings(&["p", "q"]));
        for unset in ["mixed", "n", "o", "missing"] {
            assert_eq!(at(unset), None, "{unset}");
        }
    }

    #[test]
    fn member_values() {
        assert_eq!("t".to_owned().endpoint_value(), Some(Value::from("t")));
        assert_eq!(true.endpoint_value(), Some(Value::Bool(true)));
        assert_eq!(vec!["a".to_owned()].endpoint_value(), strings(&["a"]));
        assert_eq!(None::<String>.endpoint_value(), None);
        assert!(ParamSource::Member("A").varies() && !ParamSource::Static(StaticValue::Bool(true)).varies());
        assert_eq!(StaticValue::String("data").to_value(), Value::from("data"));
    }
}
