//! Endpoint resolution: a general interpreter for Smithy endpoint rule sets (the
//! `endpoint-rule-set-1.json` documents AWS SDKs ship) plus the AWS partition table.
//!
//! A [`RuleSet`] is parsed once; every function name, argument count, template,
//! `getAttr` path and reference is checked at that point. [`RuleSet::resolve`] then
//! evaluates it for a set of [`Params`]:
//!
//! * Parameters take the caller's value, else the rule set's `default`; a `required`
//!   parameter without either, or a value of the wrong type, is an error. Names the
//!   rule set does not declare are ignored.
//! * Rules are tried in order. A rule matches when each of its conditions (a
//!   function call) evaluates to something other than unset or `false`; a condition
//!   with `assign` binds its result for the rest of that rule and its sub-rules.
//! * The first matching rule decides: an `endpoint` rule yields an [`Endpoint`], an
//!   `error` rule yields [`EndpointError::RuleError`] carrying the rule's message
//!   verbatim, and a `tree` rule evaluates its sub-rules, one of which must match.
//! * Every string is a template: `{Name}` or `{Name#path}` inserts a parameter or
//!   variable (`{{` and `}}` are literal braces).
//!
//! Functions: `isSet`, `not`, `booleanEquals`, `stringEquals`, `getAttr`, `substring`,
//! `uriEncode`, `parseURL`, `isValidHostLabel`, `coalesce`, `ite`, `split`,
//! `aws.partition` (see [`partition()`]), `aws.parseArn` and
//! `aws.isVirtualHostableS3Bucket`.
//!
//! [`binding`] describes how operations bind parameters from their input.

mod aws;
pub mod binding;
mod classic;
mod error;
mod expr;
mod functions;
mod params;
mod partition;
mod resolved;
mod rules;
mod url;
mod value;

pub use binding::{ContextParamValue, ContextPath, EndpointParam, ParamSource, PathExpr, StaticValue};
pub use classic::classic_endpoint;
pub use error::EndpointError;
pub use params::{Parameter, ParameterType, Params};
pub use partition::{Partition, partition};
pub use resolved::{AuthScheme, Endpoint};
pub use rules::RuleSet;
pub use value::Value;
