//! The values that parameters hold and rule expressions evaluate to.

use std::collections::BTreeMap;

/// A parameter value, or the result of evaluating a rule expression.
///
/// Parameters only ever hold [`Value::String`], [`Value::Bool`] or an [`Value::Array`]
/// of strings; the other variants appear while rules are evaluated (`substring`
/// indices, the records `parseURL`, `aws.partition` and `aws.parseArn` return).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Value {
    /// A string.
    String(String),
    /// A boolean.
    Bool(bool),
    /// An integer; rule sets only use them as literal function arguments.
    Int(i64),
    /// An ordered list, e.g. a `stringArray` parameter or an ARN's `resourceId`.
    Array(Vec<Value>),
    /// A record with named fields; a `BTreeMap` keeps iteration deterministic.
    Object(BTreeMap<String, Value>),
}

impl Value {
    /// The string, if this is a [`Value::String`].
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The boolean, if this is a [`Value::Bool`].
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The type name used in error messages.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Value::String(_) => "string",
            Value::Bool(_) => "boolean",
            Value::Int(_) => "integer",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        }
    }

    /// The same value as JSON, the shape endpoint properties are handed out in.
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::String(s) => serde_json::Value::String(s.clone()),
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Int(i) => serde_json::Value::from(*i),
            Value::Array(items) => serde_json::Value::Array(items.iter().map(Value::to_json).collect()),
            Value::Object(fields) => {
                let mut object = serde_json::Map::new();
                for (k, v) in fields {
                    object.insert(k.clone(), v.to_json());
                }
                serde_json::Value::Object(object)
            }
        }
    }

    /// A record from `(field, value)` pairs.
    pub(crate) fn record(fields: Vec<(&str, Value)>) -> Value {
        let mut record = BTreeMap::new();
        for (k, v) in fields {
            record.insert(k.to_owned(), v);
        }
        Value::Object(record)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}

impl From<Vec<String>> for Value {
    fn from(items: Vec<String>) -> Self {
        Value::Array(items.into_iter().map(Value::String).collect())
    }
}

impl From<&[&str]> for Value {
    fn from(items: &[&str]) -> Self {
        Value::Array(items.iter().map(|s| Value::from(*s)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_to_json_and_from_rust_values() {
        let value = Value::record(vec![
            ("s", "x".into()),
            ("b", true.into()),
            ("i", Value::Int(3)),
            ("a", Value::from(&["p", "q"][..])),
            ("v", Value::from(vec!["r".to_owned()])),
        ]);
        assert_eq!(value.to_json(), serde_json::json!({"s": "x", "b": true, "i": 3, "a": ["p", "q"], "v": ["r"]}));
        assert_eq!(Value::from("x").as_str(), Some("x"));
        assert_eq!(Value::from(false).as_bool(), Some(false));
        assert_eq!(Value::Int(1).as_str(), None);
        assert_eq!(Value::Int(1).as_bool(), None);
    }
}
