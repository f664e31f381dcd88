//! The result of resolution: the endpoint URL, headers, properties and the auth
//! schemes the endpoint accepts.

use std::collections::BTreeMap;

use super::error::EndpointError;
use super::value::Value;

/// A resolved endpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct Endpoint {
    /// Where to send requests, e.g. `https://partnercentral-channel.global.api.aws`.
    pub url: String,
    /// Headers to add to each request, in name order; a header may have several values.
    pub headers: Vec<(String, Vec<String>)>,
    /// The `authSchemes` property, most preferred first; a client uses the first one
    /// it supports (e.g. skips `sigv4a` when it cannot sign with it).
    pub auth_schemes: Vec<AuthScheme>,
    /// Every endpoint property as a JSON object, `authSchemes` included.
    pub properties: serde_json::Value,
}

/// One entry of an endpoint's `authSchemes` property.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthScheme {
    /// The scheme, e.g. `sigv4`, `sigv4a`, `sigv4-s3express`.
    pub name: String,
    /// The service name to sign with, when it differs from the client's default.
    pub signing_name: Option<String>,
    /// The region to sign with (SigV4); `None` means the client's configured region.
    pub signing_region: Option<String>,
    /// The regions the signature is valid in (SigV4a), e.g. `["*"]`.
    pub signing_region_set: Vec<String>,
    /// When true, the path must not be percent-encoded a second time for signing.
    pub disable_double_encoding: bool,
    /// When true, the path must not be normalised for signing.
    pub disable_normalize_path: bool,
}

impl Endpoint {
    /// Assembles an endpoint from the evaluated parts of an endpoint rule.
    pub(crate) fn new(
        url: String,
        headers: Vec<(String, Vec<String>)>,
        properties: BTreeMap<String, Value>,
    ) -> Result<Self, EndpointError> {
        let auth_schemes = match properties.get("authSchemes") {
            None => Vec::new(),
            Some(Value::Array(items)) => items.iter().map(AuthScheme::from_value).collect::<Result<_, _>>()?,
            Some(other) => {
                return Err(EndpointError::Evaluation(format!(
                    "endpoint property `authSchemes` is a {}, not an array",
                    other.kind()
                )));
            }
        };
        Ok(Endpoint { url, headers, auth_schemes, properties: Value::Object(properties).to_json() })
    }
}

impl AuthScheme {
    fn from_value(value: &Value) -> Result<Self, EndpointError> {
        let invalid = |what: &str| EndpointError::Evaluation(format!("auth scheme {what}"));
        let Value::Object(fields) = value else {
            return Err(invalid(&format!("is a {}, not an object", value.kind())));
        };
        let text = |key: &str| match fields.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(v) => Err(invalid(&format!("property `{key}` is a {}, not a string", v.kind()))),
        };
        let flag = |key: &str| match fields.get(key) {
            None => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(v) => Err(invalid(&format!("property `{key}` is a {}, not a boolean", v.kind()))),
        };
        let signing_region_set = match fields.get("signingRegionSet") {
            None => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .map(|i| i.as_str().map(str::to_owned))
                .collect::<Option<_>>()
                .ok_or_else(|| invalid("property `signingRegionSet` contains a value that is not a string"))?,
            Some(v) => {
                return Err(invalid(&format!("property `signingRegionSet` is a {}, not an array", v.kind())));
            }
        };
        Ok(AuthScheme {
            name: text("name")?.ok_or_else(|| invalid("has no `name`"))?,
            signing_name: text("signingName")?,
            signing_region: text("signingRegion")?,
            signing_region_set,
            disable_double_encoding: flag("disableDoubleEncoding")?,
            disable_normalize_path: flag("disableNormalizePath")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schemes(value: Value) -> Result<Vec<AuthScheme>, String> {
        let properties = BTreeMap::from([("authSchemes".to_owned(), value)]);
        Endpoint::new("https://x".into(), Vec::new(), properties).map(|e| e.auth_schemes).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_auth_schemes() {
        let full = Value::record(vec![
            ("name", "sigv4".into()),
            ("signingName", "s3".into()),
            ("signingRegion", "us-west-2".into()),
            ("disableDoubleEncoding", true.into()),
            ("disableNormalizePath", true.into()),
            ("extra", Value::Int(1)),
        ]);
        let sigv4a = Value::record(vec![("name", "sigv4a".into()), ("signingRegionSet", Value::from(&["*"][..]))]);
        let got = schemes(Value::Array(vec![full, sigv4a])).unwrap();
        assert_eq!(
            got,
            [
                AuthScheme {
                    name: "sigv4".into(),
                    signing_name: Some("s3".into()),
                    signing_region: Some("us-west-2".into()),
                    signing_region_set: vec![],
                    disable_double_encoding: true,
                    disable_normalize_path: true,
                },
                AuthScheme {
                    name: "sigv4a".into(),
                    signing_name: None,
                    signing_region: None,
                    signing_region_set: vec!["*".into()],
                    disable_double_encoding: false,
                    disable_normalize_path: false,
                },
            ]
        );
        let endpoint = Endpoint::new("https://x".into(), Vec::new(), BTreeMap::new()).unwrap();
        assert_eq!((endpoint.auth_schemes.len(), endpoint.properties), (0, serde_json::json!({})));
    }

    #[test]
    fn rejects_malformed_auth_schemes() {
        let scheme = |fields: Vec<(&str, Value)>| {
            Value::Array(vec![Value::Object(fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())])
        };
        let named = |key: &str, value: Value| scheme(vec![("name", "a".into()), (key, value)]);
        #[rustfmt::skip]
        let cases = [
            (Value::from("sigv4"), "`authSchemes` is a string, not an array"),
            (Value::Array(vec![true.into()]), "auth scheme is a boolean, not an object"),
            (scheme(vec![]), "auth scheme has no `name`"),
            (scheme(vec![("name", true.into())]), "`name` is a boolean, not a string"),
            (named("disableDoubleEncoding", "yes".into()), "`disableDoubleEncoding` is a string, not a boolean"),
            (named("signingRegionSet", "*".into()), "`signingRegionSet` is a string, not an array"),
            (named("signingRegionSet", Value::Array(vec![Value::Int(1)])), "contains a value that is not a string"),
        ];
        for (value, message) in cases {
            let err = schemes(value).unwrap_err();
            assert!(err.ends_with(message), "{err}");
        }
    }
}
