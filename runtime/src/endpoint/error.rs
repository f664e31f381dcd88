//! What can go wrong when loading a rule set or resolving an endpoint.

/// An error from [`RuleSet::from_json`](super::RuleSet::from_json) or
/// [`RuleSet::resolve`](super::RuleSet::resolve).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EndpointError {
    /// The rule set chose an error rule; the message is the rule's own text, verbatim
    /// (e.g. `Invalid Configuration: Missing Region`), so callers can show it unchanged.
    #[error("{0}")]
    RuleError(String),
    /// The rule set document is not JSON.
    #[error("endpoint rule set is not valid json: {0}")]
    InvalidJson(#[from] serde_json::Error),
    /// The rule set document is JSON but not a valid rule set.
    #[error("invalid endpoint rule set: {0}")]
    InvalidRuleSet(String),
    /// A parameter the rule set marks as required has neither a value nor a default.
    #[error("missing required endpoint parameter `{0}`")]
    MissingParameter(String),
    /// A parameter was given a value of a different type than the rule set declares.
    #[error("endpoint parameter `{name}` was given a value of type {found}, but the rule set declares type {expected}")]
    ParameterType {
        /// The parameter's name as the rule set declares it.
        name: String,
        /// The declared type.
        expected: &'static str,
        /// The type of the value given.
        found: &'static str,
    },
    /// Every applicable rule was tried and none matched; the rule set is incomplete.
    #[error("no endpoint rule matched the parameters")]
    NoMatchingRule,
    /// An expression could not be evaluated, e.g. a function got a value of the wrong type.
    #[error("endpoint rule evaluation failed: {0}")]
    Evaluation(String),
}
