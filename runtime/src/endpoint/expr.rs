//! Rule expressions: literals, template strings, references, `getAttr` paths and
//! function calls. They are parsed (and their names checked) once when the rule set
//! is loaded, then evaluated against a [`Scope`] for each resolution.

use std::collections::BTreeMap;

use serde_json::{Map, Value as Json};

use super::error::EndpointError;
use super::functions::{self, Func};
use super::value::Value;

/// A parsed expression.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Expr {
    /// A boolean or integer literal.
    Literal(Value),
    /// A string literal; every string in a rule set may contain `{name}` templates.
    Template(Template),
    /// An array literal.
    Array(Vec<Expr>),
    /// A record literal; only endpoint `properties` contain them.
    Record(BTreeMap<String, Expr>),
    /// `{"ref": name}`: a parameter or an assigned variable.
    Ref(String),
    /// `getAttr(value, path)`; the path is a literal, so it is parsed up front.
    GetAttr(Box<Expr>, Vec<PathPart>),
    /// Any other function call.
    Call(Func, Vec<Expr>),
}

impl Expr {
    /// Calls `found` with every name the expression refers to (parameters and variables).
    pub(crate) fn references(&self, found: &mut dyn FnMut(&str)) {
        match self {
            Expr::Literal(_) => {}
            Expr::Template(template) => template.references(found),
            Expr::Array(items) => items.iter().for_each(|e| e.references(found)),
            Expr::Record(fields) => fields.values().for_each(|e| e.references(found)),
            Expr::Ref(name) => found(name),
            Expr::GetAttr(value, _) => value.references(found),
            Expr::Call(_, args) => args.iter().for_each(|e| e.references(found)),
        }
    }

    /// Parses a function argument, endpoint URL, header value or error message.
    /// `names` are the parameters and variables in scope at this point.
    pub(crate) fn parse(json: &Json, names: &[String]) -> Result<Expr, String> {
        match json {
            Json::String(s) => Template::parse(s, names).map(Expr::Template),
            Json::Bool(b) => Ok(Expr::Literal(Value::Bool(*b))),
            Json::Number(n) => n
                .as_i64()
                .map(|i| Expr::Literal(Value::Int(i)))
                .ok_or_else(|| format!("number `{n}` is not an integer")),
            Json::Array(items) => {
                items.iter().map(|i| Expr::parse(i, names)).collect::<Result<_, _>>().map(Expr::Array)
            }
            Json::Object(obj) if obj.contains_key("ref") => {
                let name = obj.get("ref").and_then(Json::as_str).ok_or("`ref` is not a string")?;
                check_name(name, names)?;
                Ok(Expr::Ref(name.to_owned()))
            }
            Json::Object(obj) if obj.contains_key("fn") => Expr::parse_call(obj, names),
            Json::Object(_) => Err(format!("object `{json}` is neither a `ref` nor an `fn` call")),
            Json::Null => Err("`null` is not an expression".to_owned()),
        }
    }

    /// Parses an endpoint property: like [`Expr::parse`], except that objects are
    /// record literals (the spec forbids references and calls inside properties).
    pub(crate) fn parse_property(json: &Json, names: &[String]) -> Result<Expr, String> {
        match json {
            Json::Object(obj) => {
                let mut fields = BTreeMap::new();
                for (k, v) in obj {
                    fields.insert(k.clone(), Expr::parse_property(v, names)?);
                }
                Ok(Expr::Record(fields))
            }
            Json::Array(items) => {
                items.iter().map(|i| Expr::parse_property(i, names)).collect::<Result<_, _>>().map(Expr::Array)
            }
            other => Expr::parse(other, names),
        }
    }

    /// Parses `{"fn": name, "argv": [...]}`, checking the function exists and the
    /// argument count fits, so evaluation never meets an unknown function.
    pub(crate) fn parse_call(obj: &Map<String, Json>, names: &[String]) -> Result<Expr, String> {
        let name = obj.get("fn").and_then(Json::as_str).ok_or("`fn` is not a string")?;
        let argv =
            obj.get("argv").and_then(Json::as_array).ok_or_else(|| format!("`{name}` call has no `argv` array"))?;
        if name == "getAttr" {
            let [target, path] = argv.as_slice() else {
                return Err(format!("`getAttr` takes 2 arguments, got {}", argv.len()));
            };
            let path = path.as_str().ok_or("`getAttr` path must be a literal string")?;
            return Ok(Expr::GetAttr(Box::new(Expr::parse(target, names)?), parse_path(path)?));
        }
        let func = Func::from_name(name).ok_or_else(|| format!("unknown function `{name}`"))?;
        let (min, max) = func.arity();
        if argv.len() < min || argv.len() > max {
            let expected = if min == max { min.to_string() } else { format!("{min} to {max}") };
            return Err(format!("`{name}` takes {expected} arguments, got {}", argv.len()));
        }
        let args = argv.iter().map(|a| Expr::parse(a, names)).collect::<Result<_, _>>()?;
        Ok(Expr::Call(func, args))
    }

    /// Evaluates to a value, or `None` when the result is unset (an unset parameter,
    /// a failed `parseURL`, a missing attribute, ...).
    pub(crate) fn eval(&self, scope: &Scope) -> Result<Option<Value>, EndpointError> {
        match self {
            Expr::Literal(v) => Ok(Some(v.clone())),
            Expr::Template(t) => t.eval(scope).map(|s| Some(Value::String(s))),
            Expr::Array(items) => items
                .iter()
                .map(|i| i.eval_set(scope, "array element"))
                .collect::<Result<_, _>>()
                .map(|v| Some(Value::Array(v))),
            Expr::Record(fields) => {
                let mut record = BTreeMap::new();
                for (k, v) in fields {
                    record.insert(k.clone(), v.eval_set(scope, k)?);
                }
                Ok(Some(Value::Object(record)))
            }
            Expr::Ref(name) => Ok(scope.get(name).cloned()),
            Expr::GetAttr(target, path) => Ok(target.eval(scope)?.and_then(|v| get_attr(&v, path).cloned())),
            Expr::Call(func, args) => functions::call(*func, args, scope),
        }
    }

    /// Evaluates where a value is mandatory (inside arrays and records, endpoint URLs,
    /// header values, error messages); `what` names the place for the error message.
    pub(crate) fn eval_set(&self, scope: &Scope, what: &str) -> Result<Value, EndpointError> {
        self.eval(scope)?.ok_or_else(|| EndpointError::Evaluation(format!("{what} evaluated to an unset value")))
    }

    /// Evaluates where a string is mandatory.
    pub(crate) fn eval_string(&self, scope: &Scope, what: &str) -> Result<String, EndpointError> {
        match self.eval_set(scope, what)? {
            Value::String(s) => Ok(s),
            other => Err(EndpointError::Evaluation(format!("{what} evaluated to a {}, not a string", other.kind()))),
        }
    }
}

/// Fails unless `name` is a parameter or a variable assigned earlier in scope.
fn check_name(name: &str, names: &[String]) -> Result<(), String> {
    if names.iter().any(|n| n == name) { Ok(()) } else { Err(format!("reference to undefined name `{name}`")) }
}

/// One step of a `getAttr` path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PathPart {
    /// A record field, e.g. `name`.
    Key(String),
    /// An array index, e.g. `[0]`.
    Index(usize),
}

/// Parses a `getAttr` path such as `name`, `a.b[0]` or `[2]`: dot-separated keys,
/// each optionally followed by one `[index]`.
pub(crate) fn parse_path(path: &str) -> Result<Vec<PathPart>, String> {
    let mut parts = Vec::new();
    for segment in path.split('.') {
        let (key, index) = match segment.find('[') {
            Some(open) => (&segment[..open], Some(&segment[open..])),
            None => (segment, None),
        };
        if !key.is_empty() {
            parts.push(PathPart::Key(key.to_owned()));
        }
        match index {
            Some(index) => {
                let digits = index
                    .strip_prefix('[')
                    .and_then(|i| i.strip_suffix(']'))
                    .filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
                    .ok_or_else(|| format!("path `{path}` has a malformed index `{index}`"))?;
                let index = digits.parse().map_err(|_| format!("path `{path}` has an index out of range"))?;
                parts.push(PathPart::Index(index));
            }
            None if key.is_empty() => return Err(format!("path `{path}` has an empty segment")),
            None => {}
        }
    }
    Ok(parts)
}

/// The `getAttr` function: follows `path` into records and arrays; `None` when a
/// key is absent, an index is out of range, or a step meets the wrong kind of value.
pub(crate) fn get_attr<'v>(value: &'v Value, path: &[PathPart]) -> Option<&'v Value> {
    path.iter().try_fold(value, |v, part| match (v, part) {
        (Value::Object(fields), PathPart::Key(key)) => fields.get(key),
        (Value::Array(items), PathPart::Index(i)) => items.get(*i),
        _ => None,
    })
}

/// A string with `{name}` / `{name#path}` placeholders; `{{` and `}}` are literal braces.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Template {
    pieces: Vec<Piece>,
}

impl Template {
    fn references(&self, found: &mut dyn FnMut(&str)) {
        for piece in &self.pieces {
            if let Piece::Var { name, .. } = piece {
                found(name);
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Text(String),
    /// `source` is the placeholder as written, for error messages.
    Var {
        name: String,
        path: Vec<PathPart>,
        source: String,
    },
}

impl Template {
    /// Parses `text`, checking each placeholder names something in scope.
    pub(crate) fn parse(text: &str, names: &[String]) -> Result<Template, String> {
        let mut pieces = Vec::new();
        let mut literal = String::new();
        let mut rest = text;
        while let Some(at) = rest.find(['{', '}']) {
            literal.push_str(&rest[..at]);
            let brace = if rest[at..].starts_with('{') { '{' } else { '}' };
            let after = &rest[at + 1..];
            if let Some(tail) = after.strip_prefix(brace) {
                literal.push(brace);
                rest = tail;
            } else if brace == '}' {
                // A lone `}` cannot start a placeholder; keep it as text.
                literal.push('}');
                rest = after;
            } else {
                let close = after.find('}').ok_or_else(|| format!("template `{text}` has an unclosed `{{`"))?;
                let inner = &after[..close];
                let (name, path) = match inner.split_once('#') {
                    Some((name, path)) => (name, parse_path(path)?),
                    None => (inner, Vec::new()),
                };
                check_name(name, names)?;
                if !literal.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut literal)));
                }
                pieces.push(Piece::Var { name: name.to_owned(), path, source: format!("{{{inner}}}") });
                rest = &after[close + 1..];
            }
        }
        literal.push_str(rest);
        if !literal.is_empty() {
            pieces.push(Piece::Text(literal));
        }
        Ok(Template { pieces })
    }

    /// Substitutes the placeholders; each must resolve to a string.
    pub(crate) fn eval(&self, scope: &Scope) -> Result<String, EndpointError> {
        let mut out = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(text) => out.push_str(text),
                Piece::Var { name, path, source } => match scope.get(name).and_then(|v| get_attr(v, path)) {
                    Some(Value::String(s)) => out.push_str(s),
                    Some(other) => {
                        return Err(EndpointError::Evaluation(format!(
                            "template placeholder `{source}` is a {}, not a string",
                            other.kind()
                        )));
                    }
                    None => {
                        return Err(EndpointError::Evaluation(format!("template placeholder `{source}` is unset")));
                    }
                },
            }
        }
        Ok(out)
    }
}

/// The parameters and variables visible while one rule is evaluated. Later entries
/// shadow earlier ones; leaving a rule truncates back to a saved length, which
/// gives the spec's scoping (a tree's variables are visible to its sub-rules only).
#[derive(Debug, Default)]
pub(crate) struct Scope {
    vars: Vec<(String, Value)>,
}

impl Scope {
    /// The value bound to `name`.
    pub(crate) fn get(&self, name: &str) -> Option<&Value> {
        self.vars.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// Binds `name` until the scope is truncated below this point.
    pub(crate) fn push(&mut self, name: &str, value: Value) {
        self.vars.push((name.to_owned(), value));
    }

    /// A point to truncate back to.
    pub(crate) fn mark(&self) -> usize {
        self.vars.len()
    }

    /// Drops the bindings made since `mark`.
    pub(crate) fn truncate(&mut self, mark: usize) {
        self.vars.truncate(mark);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    fn scope() -> Scope {
        let mut scope = Scope::default();
        scope.push("Region", "us-east-1".into());
        scope.push("Flag", true.into());
        let p = Value::record(vec![
            ("name", "aws".into()),
            ("list", Value::from(&["a", "b"][..])),
            ("nested", Value::record(vec![("deep", Value::from(&["x"][..]))])),
        ]);
        scope.push("P", p);
        scope
    }

    #[test]
    fn parses_paths() {
        use PathPart::{Index as I, Key as K};
        let k = |s: &str| K(s.to_owned());
        #[rustfmt::skip]
        let cases: &[(&str, Option<Vec<PathPart>>)] = &[
            ("name", Some(vec![k("name")])),
            ("a.b[0]", Some(vec![k("a"), k("b"), I(0)])),
            ("[2]", Some(vec![I(2)])),
            ("resourceId[12]", Some(vec![k("resourceId"), I(12)])),
            ("", None), ("a..b", None), ("a[", None), ("a[x]", None), ("a[-1]", None), ("a[]", None),
            ("a[0]b", None), ("a[99999999999999999999999]", None),
        ];
        for (path, expected) in cases {
            assert_eq!(parse_path(path).ok().as_ref(), expected.as_ref(), "{path}");
        }
    }

    #[test]
    fn get_attr_follows_paths() {
        let scope = scope();
        let p = scope.get("P").unwrap();
        #[rustfmt::skip]
        let cases: &[(&str, Option<Value>)] = &[
            ("name", Some("aws".into())), ("list[1]", Some("b".into())), ("nested.deep[0]", Some("x".into())),
            ("list[2]", None), ("missing", None), ("name[0]", None), ("[0]", None), ("list.name", None),
        ];
        for (path, expected) in cases {
            assert_eq!(get_attr(p, &parse_path(path).unwrap()), expected.as_ref(), "{path}");
        }
    }

    #[test]
    fn templates_substitute_and_escape() {
        let scope = scope();
        let known = names(&["Region", "Flag", "P"]);
        #[rustfmt::skip]
        let cases = [
            ("plain", Ok("plain")),
            ("https://svc.{Region}.{P#name}", Ok("https://svc.us-east-1.aws")),
            ("{P#list[0]}{P#nested.deep[0]}", Ok("ax")),
            ("{{literal}} }", Ok("{literal} }")),
            ("{Flag}", Err("template placeholder `{Flag}` is a boolean, not a string")),
            ("{P#list[5]}", Err("template placeholder `{P#list[5]}` is unset")),
        ];
        for (text, expected) in cases {
            let template = Template::parse(text, &known).unwrap();
            let got = template.eval(&scope).map_err(|e| e.to_string());
            let expected = expected.map_err(|e| format!("endpoint rule evaluation failed: {e}"));
            assert_eq!(got.as_deref(), expected.as_deref(), "{text}");
        }
        for bad in ["{Nope}", "{Region", "x{P#}"] {
            assert!(Template::parse(bad, &known).is_err(), "{bad}");
        }
    }

    #[test]
    fn parses_and_evaluates_expressions() {
        let scope = scope();
        let known = names(&["Region", "Flag", "P", "Unset"]);
        let array = Value::Array(vec!["us-east-1".into(), false.into()]);
        #[rustfmt::skip]
        let cases = [
            (json!(true), Some(Value::Bool(true))),
            (json!(7), Some(Value::Int(7))),
            (json!(["{Region}", false]), Some(array)),
            (json!({"ref": "Flag"}), Some(Value::Bool(true))),
            (json!({"ref": "Unset"}), None),
            (json!({"fn": "getAttr", "argv": [{"ref": "P"}, "list[0]"]}), Some("a".into())),
            (json!({"fn": "getAttr", "argv": [{"ref": "Unset"}, "name"]}), None),
            (json!({"fn": "not", "argv": [{"ref": "Flag"}]}), Some(Value::Bool(false))),
        ];
        for (json, expected) in cases {
            let expr = Expr::parse(&json, &known).unwrap();
            assert_eq!(expr.eval(&scope).unwrap(), expected, "{json}");
        }
        // In properties, objects are records even when a key is called `ref`.
        let property = json!({"a": [{"b": "{Region}"}], "ref": "x"});
        let record = Expr::parse_property(&property, &known).unwrap();
        let expected = json!({"a": [{"b": "us-east-1"}], "ref": "x"});
        assert_eq!(record.eval(&scope).unwrap().unwrap().to_json(), expected);
        let unset_element = Expr::parse(&json!(["{Region}", {"ref": "Unset"}]), &known).unwrap();
        assert!(unset_element.eval(&scope).is_err());
        let not_a_string = Expr::parse(&json!({"ref": "Flag"}), &known).unwrap();
        assert!(not_a_string.eval_string(&scope, "url").is_err());
    }

    #[test]
    fn rejects_malformed_expressions() {
        let known = names(&["Region"]);
        #[rustfmt::skip]
        let cases = [
            (json!(null), "`null` is not an expression"),
            (json!(1.5), "number `1.5` is not an integer"),
            (json!({"ref": 1}), "`ref` is not a string"),
            (json!({"ref": "Nope"}), "reference to undefined name `Nope`"),
            (json!({"x": 1}), "neither a `ref` nor an `fn` call"),
            (json!({"fn": 1, "argv": []}), "`fn` is not a string"),
            (json!({"fn": "isSet"}), "`isSet` call has no `argv` array"),
            (json!({"fn": "frobnicate", "argv": []}), "unknown function `frobnicate`"),
            (json!({"fn": "isSet", "argv": []}), "`isSet` takes 1 arguments, got 0"),
            (json!({"fn": "coalesce", "argv": ["a"]}), "`coalesce` takes 2 to"),
            (json!({"fn": "getAttr", "argv": [{"ref": "Region"}]}), "`getAttr` takes 2 arguments, got 1"),
            (json!({"fn": "getAttr", "argv": [{"ref": "Region"}, true]}), "path must be a literal string"),
            (json!({"fn": "getAttr", "argv": [{"ref": "Region"}, "a..b"]}), "empty segment"),
        ];
        for (json, message) in cases {
            let err = Expr::parse(&json, &known).unwrap_err();
            assert!(err.contains(message), "{json}: {err}");
        }
    }

    #[test]
    fn scope_shadows_and_truncates() {
        let mut scope = Scope::default();
        scope.push("a", "1".into());
        let mark = scope.mark();
        scope.push("a", "2".into());
        assert_eq!(scope.get("a"), Some(&Value::from("2")));
        scope.truncate(mark);
        assert_eq!(scope.get("a"), Some(&Value::from("1")));
        assert_eq!(scope.get("b"), None);
    }
}
