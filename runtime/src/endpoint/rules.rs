//! The rule set: parsing an `endpoint-rule-set-1.json` document once, then
//! evaluating its rules for each set of parameters.

use std::collections::BTreeMap;

use serde_json::{Map, Value as Json};

use super::error::EndpointError;
use super::expr::{Expr, Scope};
use super::params::{Parameter, Params};
use super::resolved::Endpoint;
use super::value::Value;

/// A parsed endpoint rule set, ready to resolve endpoints.
#[derive(Debug, Clone)]
pub struct RuleSet {
    version: String,
    parameters: Vec<Parameter>,
    rules: Vec<Rule>,
}

#[derive(Debug, Clone)]
struct Rule {
    conditions: Vec<Condition>,
    outcome: Outcome,
}

#[derive(Debug, Clone)]
struct Condition {
    call: Expr,
    /// The variable the call's result is bound to for the rest of the rule.
    assign: Option<String>,
}

#[derive(Debug, Clone)]
enum Outcome {
    Endpoint(EndpointRule),
    Error(Expr),
    Tree(Vec<Rule>),
}

#[derive(Debug, Clone)]
struct EndpointRule {
    url: Expr,
    headers: Vec<(String, Vec<Expr>)>,
    properties: BTreeMap<String, Expr>,
}

impl RuleSet {
    /// Parses a rule set document. Every function name, argument count, `getAttr`
    /// path, template and reference is checked here, so problems surface at load
    /// time rather than on some later request.
    pub fn from_json(json: &str) -> Result<RuleSet, EndpointError> {
        let doc: Json = serde_json::from_str(json)?;
        Self::from_document(&doc).map_err(EndpointError::InvalidRuleSet)
    }

    fn from_document(doc: &Json) -> Result<RuleSet, String> {
        let doc = doc.as_object().ok_or("the document is not an object")?;
        let version = doc.get("version").and_then(Json::as_str).ok_or("no `version` string")?;
        if version.split('.').next() != Some("1") {
            return Err(format!("unsupported version `{version}`"));
        }
        let mut parameters = match doc.get("parameters") {
            None => Vec::new(),
            Some(Json::Object(decls)) => {
                decls.iter().map(|(name, decl)| Parameter::from_json(name, decl)).collect::<Result<Vec<_>, _>>()?
            }
            Some(_) => return Err("`parameters` is not an object".to_owned()),
        };
        // serde_json's map order depends on its features; sort for a stable order.
        parameters.sort_by(|a, b| a.name().cmp(b.name()));
        let mut names: Vec<String> = parameters.iter().map(|p| p.name().to_owned()).collect();
        let rules = parse_rules(doc.get("rules"), &mut names, "rules")?;
        Ok(RuleSet { version: version.to_owned(), parameters, rules })
    }

    /// The rule set's `version`, e.g. `1.0`.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The declared parameters, in name order.
    pub fn parameters(&self) -> &[Parameter] {
        &self.parameters
    }

    /// The parameters whose value can change the endpoint: those a rule reads, and the
    /// required ones (whose absence is an error). One that is neither (S3's `Key`, which its
    /// rules declare but never use) need not be bound, nor tell two calls' routes apart.
    pub fn significant_parameters(&self) -> std::collections::BTreeSet<String> {
        fn walk(rules: &[Rule], found: &mut dyn FnMut(&str)) {
            for rule in rules {
                rule.conditions.iter().for_each(|c| c.call.references(found));
                match &rule.outcome {
                    Outcome::Endpoint(endpoint) => {
                        endpoint.url.references(found);
                        endpoint.headers.iter().flat_map(|(_, values)| values).for_each(|e| e.references(found));
                        endpoint.properties.values().for_each(|e| e.references(found));
                    }
                    Outcome::Error(message) => message.references(found),
                    Outcome::Tree(rules) => walk(rules, found),
                }
            }
        }
        let mut read = std::collections::BTreeSet::new();
        walk(&self.rules, &mut |name| {
            read.insert(name.to_owned());
        });
        self.parameters
            .iter()
            .filter(|p| p.required() || read.contains(p.name()))
            .map(|p| p.name().to_owned())
            .collect()
    }

    /// Resolves the endpoint for `params`: applies defaults, checks required
    /// parameters and types, then evaluates the rules in order until one matches.
    /// An error rule yields [`EndpointError::RuleError`] with its message verbatim.
    pub fn resolve(&self, params: &Params) -> Result<Endpoint, EndpointError> {
        let mut scope = Scope::default();
        for parameter in &self.parameters {
            if let Some(value) = parameter.value_from(params)? {
                scope.push(parameter.name(), value);
            }
        }
        eval_rules(&self.rules, &mut scope)?.ok_or(EndpointError::NoMatchingRule)
    }
}

/// Parses a `rules` array; `names` holds the parameters and variables in scope and
/// `at` is the JSON location, for error messages.
fn parse_rules(json: Option<&Json>, names: &mut Vec<String>, at: &str) -> Result<Vec<Rule>, String> {
    let list = json.and_then(Json::as_array).ok_or_else(|| format!("{at}: not an array"))?;
    if list.is_empty() {
        return Err(format!("{at}: no rules"));
    }
    list.iter().enumerate().map(|(i, rule)| parse_rule(rule, names, &format!("{at}[{i}]"))).collect()
}

fn parse_rule(json: &Json, names: &mut Vec<String>, at: &str) -> Result<Rule, String> {
    let rule = json.as_object().ok_or_else(|| format!("{at}: not an object"))?;
    // Variables a rule assigns are visible in its later conditions and its outcome only.
    let mark = names.len();
    let parsed = parse_conditions(rule, names, at).and_then(|conditions| {
        let outcome = parse_outcome(rule, names, at)?;
        Ok(Rule { conditions, outcome })
    });
    names.truncate(mark);
    parsed
}

fn parse_conditions(rule: &Map<String, Json>, names: &mut Vec<String>, at: &str) -> Result<Vec<Condition>, String> {
    let list = match rule.get("conditions") {
        None => return Ok(Vec::new()),
        Some(list) => list.as_array().ok_or_else(|| format!("{at}.conditions: not an array"))?,
    };
    let mut conditions = Vec::with_capacity(list.len());
    for (i, json) in list.iter().enumerate() {
        let at = format!("{at}.conditions[{i}]");
        let obj = json.as_object().ok_or_else(|| format!("{at}: not an object"))?;
        let call = Expr::parse_call(obj, names).map_err(|e| format!("{at}: {e}"))?;
        let assign = match obj.get("assign") {
            None => None,
            Some(Json::String(name)) if names.contains(name) => {
                return Err(format!("{at}: `{name}` is already defined"));
            }
            Some(Json::String(name)) => {
                names.push(name.clone());
                Some(name.clone())
            }
            Some(_) => return Err(format!("{at}: `assign` is not a string")),
        };
        conditions.push(Condition { call, assign });
    }
    Ok(conditions)
}

fn parse_outcome(rule: &Map<String, Json>, names: &mut Vec<String>, at: &str) -> Result<Outcome, String> {
    let context = |e: String| format!("{at}: {e}");
    match rule.get("type").and_then(Json::as_str) {
        Some("endpoint") => {
            let endpoint = rule.get("endpoint").ok_or_else(|| context("no `endpoint` object".into()))?;
            EndpointRule::parse(endpoint, names).map(Outcome::Endpoint).map_err(context)
        }
        Some("error") => {
            let message = rule.get("error").ok_or_else(|| context("no `error` message".into()))?;
            Ok(Outcome::Error(Expr::parse(message, names).map_err(context)?))
        }
        Some("tree") => Ok(Outcome::Tree(parse_rules(rule.get("rules"), names, &format!("{at}.rules"))?)),
        Some(other) => Err(context(format!("unknown rule type `{other}`"))),
        None => Err(context("no `type` string".into())),
    }
}

/// Tries `rules` in order; `Ok(None)` when none matched.
fn eval_rules(rules: &[Rule], scope: &mut Scope) -> Result<Option<Endpoint>, EndpointError> {
    for rule in rules {
        let mark = scope.mark();
        let result = eval_rule(rule, scope);
        scope.truncate(mark);
        if let Some(endpoint) = result? {
            return Ok(Some(endpoint));
        }
    }
    Ok(None)
}

/// `Ok(None)` when a condition fails (unset or `false`), so the next rule is tried.
fn eval_rule(rule: &Rule, scope: &mut Scope) -> Result<Option<Endpoint>, EndpointError> {
    for condition in &rule.conditions {
        match condition.call.eval(scope)? {
            None | Some(Value::Bool(false)) => return Ok(None),
            Some(value) => {
                if let Some(name) = &condition.assign {
                    scope.push(name, value);
                }
            }
        }
    }
    match &rule.outcome {
        Outcome::Endpoint(endpoint) => endpoint.eval(scope).map(Some),
        Outcome::Error(message) => Err(EndpointError::RuleError(message.eval_string(scope, "error message")?)),
        // A tree whose conditions matched is terminal: running out of sub-rules
        // is an error, not a fall-through to the tree's siblings.
        Outcome::Tree(rules) => eval_rules(rules, scope)?.ok_or(EndpointError::NoMatchingRule).map(Some),
    }
}

impl EndpointRule {
    fn parse(json: &Json, names: &[String]) -> Result<Self, String> {
        let endpoint = json.as_object().ok_or("`endpoint` is not an object")?;
        let url = Expr::parse(endpoint.get("url").ok_or("endpoint has no `url`")?, names)?;
        let mut headers = match endpoint.get("headers") {
            None => Vec::new(),
            Some(Json::Object(headers)) => headers
                .iter()
                .map(|(name, values)| {
                    let values = values.as_array().ok_or_else(|| format!("header `{name}` is not an array"))?;
                    let values = values.iter().map(|v| Expr::parse(v, names)).collect::<Result<_, _>>()?;
                    Ok((name.clone(), values))
                })
                .collect::<Result<Vec<_>, String>>()?,
            Some(_) => return Err("`headers` is not an object".to_owned()),
        };
        headers.sort_by(|(a, _), (b, _)| a.cmp(b));
        let properties = match endpoint.get("properties") {
            None => BTreeMap::new(),
            Some(Json::Object(props)) => {
                let mut properties = BTreeMap::new();
                for (k, v) in props {
                    properties.insert(k.clone(), Expr::parse_property(v, names)?);
                }
                properties
            }
            Some(_) => return Err("`properties` is not an object".to_owned()),
        };
        Ok(EndpointRule { url, headers, properties })
    }

    fn eval(&self, scope: &Scope) -> Result<Endpoint, EndpointError> {
        let url = self.url.eval_string(scope, "endpoint url")?;
        let headers = self
            .headers
            .iter()
            .map(|(name, values)| {
                let what = format!("header `{name}`");
                let values = values.iter().map(|v| v.eval_string(scope, &what)).collect::<Result<_, _>>()?;
                Ok((name.clone(), values))
            })
            .collect::<Result<_, EndpointError>>()?;
        let mut properties = BTreeMap::new();
        for (key, value) in &self.properties {
            properties.insert(key.clone(), value.eval_set(scope, &format!("property `{key}`"))?);
        }
        Endpoint::new(url, headers, properties)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::endpoint::AuthScheme;
    use serde_json::json;

    const RULE_SET: &str = include_str!("../../tests/fixtures/endpoint-rule-set-1.json");
    const TESTS: &str = include_str!("../../tests/fixtures/endpoint-tests-1.json");

    fn params_from(json: Option<&Json>) -> Params {
        let mut params = Params::new();
        for (name, value) in json.and_then(Json::as_object).into_iter().flatten() {
            params = match value {
                Json::Bool(b) => params.set(name, *b),
                Json::String(s) => params.set(name, s.as_str()),
                Json::Array(items) => params.set(name, strings(items)),
                other => panic!("unsupported test parameter {name} = {other}"),
            };
        }
        params
    }

    fn strings(items: &[Json]) -> Vec<String> {
        items.iter().map(|s| s.as_str().unwrap().to_owned()).collect()
    }

    fn expected_scheme(json: &Json) -> AuthScheme {
        let text = |k: &str| json.get(k).and_then(Json::as_str).map(String::from);
        let flag = |k: &str| json.get(k).and_then(Json::as_bool).unwrap_or(false);
        let region_set = json.get("signingRegionSet").and_then(Json::as_array);
        AuthScheme {
            name: text("name").unwrap(),
            signing_name: text("signingName"),
            signing_region: text("signingRegion"),
            signing_region_set: region_set.map(|s| strings(s)).unwrap_or_default(),
            disable_double_encoding: flag("disableDoubleEncoding"),
            disable_normalize_path: flag("disableNormalizePath"),
        }
    }

    /// The service's official endpoint tests: URL, properties, typed auth schemes,
    /// headers and error messages must all match exactly.
    #[test]
    fn partnercentral_channel_endpoint_tests() {
        let rule_set = RuleSet::from_json(RULE_SET).unwrap();
        let tests: Json = serde_json::from_str(TESTS).unwrap();
        let cases = tests["testCases"].as_array().unwrap();
        assert_eq!(cases.len(), 9);
        for case in cases {
            let doc = case["documentation"].as_str().unwrap();
            let result = rule_set.resolve(&params_from(case.get("params")));
            let expect = &case["expect"];
            if let Some(message) = expect.get("error").and_then(Json::as_str) {
                let err = result.expect_err(doc);
                let verbatim = matches!(&err, EndpointError::RuleError(m) if m == message);
                assert!(verbatim, "{doc}: {err:?}");
                assert_eq!(err.to_string(), message, "{doc}");
                continue;
            }
            let endpoint = result.unwrap_or_else(|e| panic!("{doc}: {e}"));
            let expected = &expect["endpoint"];
            assert_eq!(endpoint.url, expected["url"].as_str().unwrap(), "{doc}");
            let properties = expected.get("properties").cloned().unwrap_or(json!({}));
            assert_eq!(endpoint.properties, properties, "{doc}");
            let schemes = properties["authSchemes"].as_array().unwrap();
            let schemes: Vec<AuthScheme> = schemes.iter().map(expected_scheme).collect();
            assert_eq!(endpoint.auth_schemes, schemes, "{doc}");
            let headers = expected.get("headers").and_then(Json::as_object);
            let headers: Vec<(String, Vec<String>)> = headers
                .into_iter()
                .flatten()
                .map(|(name, values)| (name.clone(), strings(values.as_array().unwrap())))
                .collect();
            assert_eq!(endpoint.headers, headers, "{doc}");
        }
    }

    /// The README's summary of the rules, through the public builder: every region of
    /// a partition shares one global endpoint, signed for the implicit global region.
    #[test]
    fn partnercentral_channel_regions() {
        let rule_set = RuleSet::from_json(RULE_SET).unwrap();
        #[rustfmt::skip]
        let cases = [
            // (region, UseFIPS, url, sigv4 signing region)
            ("eu-west-1", false, "https://partnercentral-channel.global.api.aws", "us-east-1"),
            ("ap-southeast-2", false, "https://partnercentral-channel.global.api.aws", "us-east-1"),
            ("mars-central-1", false, "https://partnercentral-channel.global.api.aws", "us-east-1"),
            ("us-gov-east-1", true, "https://partnercentral-channel-fips.us-gov.api.aws", "us-gov-west-1"),
            ("cn-north-1", false, "https://partnercentral-channel.global.api.amazonwebservices.com.cn",
             "cn-northwest-1"),
            ("eu-isoe-west-1", false, "https://partnercentral-channel.global.api.cloud-aws.adc-e.uk",
             "eu-isoe-west-1"),
        ];
        for (region, fips, url, signing_region) in cases {
            // `UseDualStack` is not declared by this rule set and is ignored.
            let params = Params::new().region(region).use_fips(fips).use_dual_stack(true);
            let endpoint = rule_set.resolve(&params).unwrap();
            assert_eq!(endpoint.url, url, "{region}");
            let [sigv4a, sigv4] = endpoint.auth_schemes.as_slice() else {
                panic!("{region}: {:?}", endpoint.auth_schemes);
            };
            assert_eq!((sigv4a.name.as_str(), sigv4.name.as_str()), ("sigv4a", "sigv4"), "{region}");
            assert_eq!(sigv4a.signing_region_set, ["*"], "{region}");
            assert_eq!(sigv4.signing_region.as_deref(), Some(signing_region), "{region}");
        }
        let custom = rule_set.resolve(&Params::new().endpoint("http://localhost:8080")).unwrap();
        assert_eq!(custom.url, "http://localhost:8080");
        assert_eq!(custom.auth_schemes[1].signing_region, None);
        assert_eq!(rule_set.version(), "1.0");
        let declared: Vec<_> = rule_set.parameters().iter().map(|p| (p.name(), p.built_in())).collect();
        #[rustfmt::skip]
        let expected = [
            ("Endpoint", Some("SDK::Endpoint")), ("Region", Some("AWS::Region")), ("UseFIPS", Some("AWS::UseFIPS")),
        ];
        assert_eq!(declared, expected);
    }

    /// A small rule set exercising scoping, trees, headers, templates and errors.
    fn engine() -> RuleSet {
        let doc = json!({
            "version": "1.3",
            "parameters": {
                "Bucket": {"type": "string"},
                "Mode": {"type": "string", "required": true, "default": "normal"},
                "Tags": {"type": "stringArray", "required": true, "default": ["t1"]}
            },
            "rules": [
                {
                    "type": "tree",
                    "conditions": [
                        {"fn": "isSet", "argv": [{"ref": "Bucket"}]},
                        {"fn": "aws.parseArn", "argv": [{"ref": "Bucket"}], "assign": "arn"}
                    ],
                    "rules": [{
                        "type": "endpoint",
                        "conditions": [{"fn": "stringEquals", "argv": [
                            {"fn": "getAttr", "argv": [{"ref": "arn"}, "service"]}, "s3"
                        ]}],
                        "endpoint": {
                            "url": "https://{arn#resourceId[0]}.{arn#region}.example.com",
                            "headers": {"x-account": ["{arn#accountId}", "second"]},
                            "properties": {
                                "authSchemes": [
                                    {"name": "sigv4", "signingName": "{arn#service}", "disableDoubleEncoding": true}
                                ],
                                "flag": true
                            }
                        }
                    }]
                },
                {
                    "type": "endpoint",
                    "conditions": [
                        {"fn": "isSet", "argv": [{"ref": "Bucket"}]},
                        {"fn": "aws.isVirtualHostableS3Bucket", "argv": [{"ref": "Bucket"}, false]},
                        {"fn": "stringEquals", "argv": [{"ref": "Mode"}, "normal"]}
                    ],
                    "endpoint": {"url": "https://{Bucket}.example.com"}
                },
                {
                    "type": "error",
                    "conditions": [{"fn": "stringEquals", "argv": [{"ref": "Mode"}, "fail"]}],
                    "error": "Mode `{Mode}` is not supported for {Tags#[0]}"
                },
                {
                    "type": "endpoint",
                    "conditions": [{"fn": "stringEquals", "argv": [{"ref": "Mode"}, "fallback"]}],
                    "endpoint": {"url": "https://fallback.example.com"}
                }
            ]
        });
        RuleSet::from_json(&doc.to_string()).unwrap()
    }

    #[test]
    fn evaluates_rules_in_order_with_scoping() {
        let rule_set = engine();
        let p = Params::new;
        let none_matched = "no endpoint rule matched the parameters";
        #[rustfmt::skip]
        let cases: &[(Params, Result<&str, &str>)] = &[
            (p().set("Bucket", "arn:aws:s3:us-west-2:123:mybucket"), Ok("https://mybucket.us-west-2.example.com")),
            (p().set("Bucket", "my-bucket"), Ok("https://my-bucket.example.com")),
            (p().set("Mode", "fallback"), Ok("https://fallback.example.com")),
            (p().set("Mode", "fail"), Err("Mode `fail` is not supported for t1")),
            (p().set("Mode", "fail").set("Tags", vec!["x".to_owned()]), Err("Mode `fail` is not supported for x")),
            // The tree matched (an ARN) but no sub-rule did: terminal, no fall-through.
            (p().set("Bucket", "arn:aws:sqs:us-west-2:123:q").set("Mode", "fallback"), Err(none_matched)),
            (p().set("Bucket", "Not_Hostable"), Err(none_matched)),
            (p().set("Mode", true),
             Err("endpoint parameter `Mode` was given a value of type boolean, but the rule set declares type string")),
        ];
        for (params, expected) in cases {
            let got = rule_set.resolve(params).map(|e| e.url).map_err(|e| e.to_string());
            let expected = expected.map_err(str::to_owned);
            assert_eq!(got.as_deref(), expected.as_deref(), "{params:?}");
        }
        let arn = p().set("Bucket", "arn:aws:s3:us-west-2:123:b");
        let endpoint = rule_set.resolve(&arn).unwrap();
        let header = ("x-account".to_owned(), vec!["123".to_owned(), "second".to_owned()]);
        assert_eq!(endpoint.headers, [header]);
        let scheme = json!({"name": "sigv4", "signingName": "s3", "disableDoubleEncoding": true});
        assert_eq!(endpoint.properties, json!({"authSchemes": [scheme], "flag": true}));
        assert_eq!(endpoint.auth_schemes[0].signing_name.as_deref(), Some("s3"));
        assert!(endpoint.auth_schemes[0].disable_double_encoding);
    }

    #[test]
    fn reports_missing_required_parameters() {
        let doc = json!({
            "version": "1.0",
            "parameters": {"Region": {"type": "string", "required": true}},
            "rules": [{"type": "endpoint", "conditions": [], "endpoint": {"url": "https://{Region}"}}]
        });
        let rule_set = RuleSet::from_json(&doc.to_string()).unwrap();
        let err = rule_set.resolve(&Params::new()).unwrap_err();
        assert!(matches!(&err, EndpointError::MissingParameter(name) if name == "Region"));
        assert_eq!(err.to_string(), "missing required endpoint parameter `Region`");
        let endpoint = rule_set.resolve(&Params::new().region("r")).unwrap();
        assert_eq!(endpoint.url, "https://r");
    }

    #[test]
    fn rejects_invalid_rule_sets() {
        #[rustfmt::skip]
        let documents = [
            ("{", "endpoint rule set is not valid json"),
            ("[]", "the document is not an object"),
            (r#"{"rules": []}"#, "no `version` string"),
            (r#"{"version": "2.0"}"#, "unsupported version `2.0`"),
            (r#"{"version": "1.0", "parameters": []}"#, "`parameters` is not an object"),
            (r#"{"version": "1.0", "parameters": {"P": {"type": "number"}}}"#, "parameter `P` has unknown type"),
            (r#"{"version": "1.0", "rules": {}}"#, "rules: not an array"),
        ];
        // Rules declaring one parameter, `R`: [rules, message].
        let rules = json!([
            [[], "rules: no rules"],
            [[1], "rules[0]: not an object"],
            [[{"type": "magic"}], "rules[0]: unknown rule type `magic`"],
            [[{"conditions": []}], "rules[0]: no `type` string"],
            [[{"type": "endpoint"}], "rules[0]: no `endpoint` object"],
            [[{"type": "endpoint", "endpoint": "u"}], "rules[0]: `endpoint` is not an object"],
            [[{"type": "endpoint", "endpoint": {}}], "rules[0]: endpoint has no `url`"],
            [[{"type": "endpoint", "endpoint": {"url": "u", "headers": {"h": "v"}}}], "rules[0]: header `h` is not an"],
            [[{"type": "endpoint", "endpoint": {"url": "u", "headers": []}}], "rules[0]: `headers` is not an object"],
            [[{"type": "endpoint", "endpoint": {"url": "u", "properties": []}}], "`properties` is not an object"],
            [[{"type": "error"}], "rules[0]: no `error` message"],
            [[{"type": "tree", "rules": []}], "rules[0].rules: no rules"],
            [[{"type": "tree", "rules": [{"type": "error", "error": "{Nope}"}]}],
             "rules[0].rules[0]: reference to undefined name `Nope`"],
            [[{"type": "error", "conditions": {}, "error": "e"}], "rules[0].conditions: not an array"],
            [[{"type": "error", "conditions": [1], "error": "e"}], "rules[0].conditions[0]: not an object"],
            [[{"type": "error", "conditions": [{"fn": "nope", "argv": []}], "error": "e"}],
             "rules[0].conditions[0]: unknown function `nope`"],
            [[{"type": "error", "conditions": [{"fn": "isSet", "argv": [{"ref": "R"}], "assign": "R"}], "error": "e"}],
             "rules[0].conditions[0]: `R` is already defined"],
            [[{"type": "error", "conditions": [{"fn": "isSet", "argv": [{"ref": "R"}], "assign": 1}], "error": "e"}],
             "rules[0].conditions[0]: `assign` is not a string"],
            [[{"type": "error", "conditions": [{"fn": "isSet", "argv": [{"ref": "R"}], "assign": "x"}], "error": "{x}"},
              {"type": "endpoint", "endpoint": {"url": "https://{x}"}}],
             "rules[1]: reference to undefined name `x`"]
        ]);
        let rule_cases = rules.as_array().unwrap().iter().map(|case| {
            let doc = json!({"version": "1.0", "parameters": {"R": {"type": "string"}}, "rules": case[0]});
            (doc.to_string(), case[1].as_str().unwrap().to_owned())
        });
        let documents = documents.map(|(doc, message)| (doc.to_owned(), message.to_owned()));
        for (text, message) in documents.into_iter().chain(rule_cases) {
            let err = RuleSet::from_json(&text).unwrap_err().to_string();
            assert!(err.contains(&message), "{text}\n  => {err}");
        }
    }
}
