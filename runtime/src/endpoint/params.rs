//! Endpoint parameters: the values a caller passes in, and the declarations
//! (`parameters` block) a rule set checks them against.

use std::collections::BTreeMap;

use serde_json::Value as Json;

use super::error::EndpointError;
use super::value::Value;

/// Parameter values for one resolution, keyed by the names the rule set declares
/// (`"Region"`, `"UseFIPS"`, `"UseDualStack"`, `"Endpoint"`, ...).
///
/// Names the rule set does not declare are ignored, so one client can pass the same
/// built-ins (e.g. `UseDualStack`) to every service's rule set.
#[derive(Debug, Clone, Default)]
pub struct Params {
    values: BTreeMap<String, Value>,
}

impl Params {
    /// No parameters set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `Region` (built-in `AWS::Region`).
    pub fn region(self, region: impl Into<String>) -> Self {
        self.set("Region", Value::String(region.into()))
    }

    /// Sets `UseFIPS` (built-in `AWS::UseFIPS`).
    pub fn use_fips(self, use_fips: bool) -> Self {
        self.set("UseFIPS", Value::Bool(use_fips))
    }

    /// Sets `UseDualStack` (built-in `AWS::UseDualStack`).
    pub fn use_dual_stack(self, use_dual_stack: bool) -> Self {
        self.set("UseDualStack", Value::Bool(use_dual_stack))
    }

    /// Sets `Endpoint` (built-in `SDK::Endpoint`), a custom endpoint URL.
    pub fn endpoint(self, endpoint: impl Into<String>) -> Self {
        self.set("Endpoint", Value::String(endpoint.into()))
    }

    /// Sets any parameter by its declared name, replacing an earlier value.
    pub fn set(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.values.insert(name.into(), value.into());
        self
    }

    /// The value set for `name`, if any (defaults are not applied here).
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.values.get(name)
    }
}

/// The type a rule set declares for a parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParameterType {
    /// `string`
    String,
    /// `boolean`
    Boolean,
    /// `stringArray`: a list of strings.
    StringArray,
}

impl ParameterType {
    fn name(self) -> &'static str {
        match self {
            ParameterType::String => "string",
            ParameterType::Boolean => "boolean",
            ParameterType::StringArray => "stringArray",
        }
    }

    fn accepts(self, value: &Value) -> bool {
        match (self, value) {
            (ParameterType::String, Value::String(_)) | (ParameterType::Boolean, Value::Bool(_)) => true,
            (ParameterType::StringArray, Value::Array(items)) => items.iter().all(|v| v.as_str().is_some()),
            _ => false,
        }
    }
}

/// One entry of a rule set's `parameters` block.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    name: String,
    kind: ParameterType,
    required: bool,
    default: Option<Value>,
    built_in: Option<String>,
    documentation: Option<String>,
}

impl Parameter {
    /// The name rules refer to it by, e.g. `Region`.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The declared type.
    pub fn kind(&self) -> ParameterType {
        self.kind
    }

    /// Whether resolution fails when neither a value nor a default is present.
    pub fn required(&self) -> bool {
        self.required
    }

    /// The value used when the caller sets none.
    pub fn default(&self) -> Option<&Value> {
        self.default.as_ref()
    }

    /// The SDK setting that feeds it, e.g. `AWS::Region` or `SDK::Endpoint`.
    pub fn built_in(&self) -> Option<&str> {
        self.built_in.as_deref()
    }

    /// The rule set's description of it.
    pub fn documentation(&self) -> Option<&str> {
        self.documentation.as_deref()
    }

    /// Parses one declaration; `name` is its key in the `parameters` object.
    pub(crate) fn from_json(name: &str, json: &Json) -> Result<Self, String> {
        let obj = json.as_object().ok_or_else(|| format!("parameter `{name}` is not an object"))?;
        let type_name =
            obj.get("type").and_then(Json::as_str).ok_or_else(|| format!("parameter `{name}` has no `type`"))?;
        // Older rule sets capitalise the type names (`String`, `Boolean`).
        let kind = match type_name.to_ascii_lowercase().as_str() {
            "string" => ParameterType::String,
            "boolean" => ParameterType::Boolean,
            "stringarray" => ParameterType::StringArray,
            other => return Err(format!("parameter `{name}` has unknown type `{other}`")),
        };
        let flag = |key: &str| match obj.get(key) {
            None => Ok(false),
            Some(v) => v.as_bool().ok_or_else(|| format!("parameter `{name}`: `{key}` is not a boolean")),
        };
        let text = |key: &str| match obj.get(key) {
            None => Ok(None),
            Some(v) => v
                .as_str()
                .map(|s| Some(s.to_owned()))
                .ok_or_else(|| format!("parameter `{name}`: `{key}` is not a string")),
        };
        let default = match obj.get("default") {
            None | Some(Json::Null) => None,
            Some(v) => Some(
                default_value(v)
                    .filter(|d| kind.accepts(d))
                    .ok_or_else(|| format!("parameter `{name}` has a default that is not of type {}", kind.name()))?,
            ),
        };
        Ok(Parameter {
            name: name.to_owned(),
            kind,
            required: flag("required")?,
            default,
            built_in: text("builtIn")?,
            documentation: text("documentation")?,
        })
    }

    /// The value this parameter takes for one resolution: the caller's, else the default.
    pub(crate) fn value_from(&self, params: &Params) -> Result<Option<Value>, EndpointError> {
        match params.get(&self.name).or(self.default.as_ref()) {
            Some(value) if self.kind.accepts(value) => Ok(Some(value.clone())),
            Some(value) => Err(EndpointError::ParameterType {
                name: self.name.clone(),
                expected: self.kind.name(),
                found: value.kind(),
            }),
            None if self.required => Err(EndpointError::MissingParameter(self.name.clone())),
            None => Ok(None),
        }
    }
}

/// A declared default as a value; `None` for JSON no parameter type can hold.
fn default_value(json: &Json) -> Option<Value> {
    match json {
        Json::String(s) => Some(Value::String(s.clone())),
        Json::Bool(b) => Some(Value::Bool(*b)),
        Json::Array(items) => {
            items.iter().map(|i| i.as_str().map(Value::from)).collect::<Option<Vec<_>>>().map(Value::Array)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_declarations() {
        #[rustfmt::skip]
        let cases = [
            (json!({"type": "String", "required": true, "builtIn": "AWS::Region", "documentation": "d"}), true),
            (json!({"type": "boolean", "default": false, "required": true}), true),
            (json!({"type": "stringArray", "default": ["a", "b"], "required": true}), true),
            (json!({"type": "boolean", "default": "yes"}), false),
            (json!({"type": "stringArray", "default": ["a", 1]}), false),
            (json!({"type": "integer"}), false),
            (json!({"required": true}), false),
            (json!({"type": "string", "required": "yes"}), false),
            (json!({"type": "string", "builtIn": 3}), false),
            (json!("string"), false),
        ];
        for (decl, ok) in &cases {
            assert_eq!(Parameter::from_json("P", decl).is_ok(), *ok, "{decl}");
        }
        let p = Parameter::from_json("R", &cases[0].0).unwrap();
        assert_eq!((p.name(), p.kind(), p.required(), p.default()), ("R", ParameterType::String, true, None));
        assert_eq!((p.built_in(), p.documentation()), (Some("AWS::Region"), Some("d")));
    }

    #[test]
    fn applies_defaults_and_checks_types() {
        let decl = json!({"type": "boolean", "required": true, "default": false});
        let fips = Parameter::from_json("UseFIPS", &decl).unwrap();
        let region = Parameter::from_json("Region", &json!({"type": "string", "required": true})).unwrap();
        let list = Parameter::from_json("L", &json!({"type": "stringArray"})).unwrap();

        assert_eq!(fips.value_from(&Params::new()).unwrap(), Some(Value::Bool(false)));
        assert_eq!(fips.value_from(&Params::new().use_fips(true)).unwrap(), Some(Value::Bool(true)));
        let wrong_type = fips.value_from(&Params::new().set("UseFIPS", "true"));
        assert!(matches!(wrong_type, Err(EndpointError::ParameterType { expected: "boolean", found: "string", .. })));
        let missing = region.value_from(&Params::new()).unwrap_err();
        assert_eq!(missing.to_string(), "missing required endpoint parameter `Region`");
        assert_eq!(list.value_from(&Params::new()).unwrap(), None);
        let l = Params::new().set("L", &["a"][..]);
        assert_eq!(list.value_from(&l).unwrap(), Some(Value::from(&["a"][..])));
        let not_strings = Params::new().set("L", Value::Array(vec![Value::Bool(true)]));
        assert!(list.value_from(&not_strings).is_err());
    }

    #[test]
    fn builder_sets_builtin_names() {
        let p = Params::new().region("r").use_fips(true).use_dual_stack(false).endpoint("https://e").set("X", true);
        assert_eq!(p.get("Region"), Some(&Value::from("r")));
        assert_eq!(p.get("UseFIPS"), Some(&Value::Bool(true)));
        assert_eq!(p.get("UseDualStack"), Some(&Value::Bool(false)));
        assert_eq!(p.get("Endpoint"), Some(&Value::from("https://e")));
        assert_eq!(p.get("X"), Some(&Value::Bool(true)));
        assert_eq!(p.get("Y"), None);
    }
}
