//! Problems with a value, found before it is sent (validation) or while it is read from JSON
//! (decoding), each with the path of the member it concerns.

use std::fmt;

use crate::pattern::Pattern;

/// One step of a path into a value.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Member(&'static str),
    OwnedMember(String),
    Index(usize),
    Key(String),
}

/// Where in a value a problem is: `payload.startServicePeriodPayload.note`, `tags[2].key`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Path(Vec<Segment>);

impl Path {
    pub(crate) fn push_member(&mut self, name: &'static str) {
        self.0.push(Segment::Member(name));
    }
    pub(crate) fn push_owned(&mut self, name: String) {
        self.0.push(Segment::OwnedMember(name));
    }
    pub(crate) fn push_index(&mut self, index: usize) {
        self.0.push(Segment::Index(index));
    }
    pub(crate) fn push_key(&mut self, key: &str) {
        self.0.push(Segment::Key(key.to_owned()));
    }
    pub(crate) fn pop(&mut self) {
        self.0.pop();
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Member(name) if i == 0 => f.write_str(name)?,
                Segment::OwnedMember(name) if i == 0 => f.write_str(name)?,
                Segment::Member(name) => write!(f, ".{name}")?,
                Segment::OwnedMember(name) => write!(f, ".{name}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
                Segment::Key(key) => write!(f, "[{key:?}]")?,
            }
        }
        Ok(())
    }
}

/// The rule a value broke.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rule {
    /// A required member is missing.
    Required,
    /// A string, list, map or blob is shorter or longer than allowed.
    Length {
        /// Smallest length allowed.
        min: Option<u64>,
        /// Largest length allowed.
        max: Option<u64>,
        /// The length found.
        actual: u64,
    },
    /// A number is out of range.
    Range {
        /// Smallest value allowed, as written in the model.
        min: Option<String>,
        /// Largest value allowed.
        max: Option<String>,
        /// The value found.
        actual: String,
    },
    /// A string does not match the pattern.
    Pattern {
        /// The regular expression.
        pattern: &'static str,
    },
    /// A value is not one of the enum's values.
    Enum {
        /// The value found.
        actual: String,
        /// The values allowed.
        allowed: Vec<String>,
    },
    /// A union has no member set, more than one, or one this client does not know.
    Union {
        /// What is wrong.
        reason: String,
    },
    /// A host label (a member the operation's host prefix puts in the endpoint's host) that is
    /// not one DNS label.
    HostLabel,
    /// A member the shape does not have (strict decoding only).
    UnknownMember,
    /// A response member that matches none of the shape's members but one of them under another
    /// casing: the shape's member casing disagrees with what the service sends.
    Casing {
        /// The wire name of the shape's member it would be.
        member: &'static str,
    },
    /// A member bound to a URI label that is empty: the URI would lose a segment.
    EmptyLabel,
    /// A required member bound to an endpoint rule-set parameter (`context_param`) that is empty
    /// or only whitespace, which Smithy forbids sending.
    BlankContextParam,
    /// A streamed payload without a known length, which the operation requires
    /// (`requiresLength`).
    RequiresLength,
    /// A JSON value of the wrong type, or one that cannot be read as the member's type.
    Type {
        /// The type the member has.
        expected: &'static str,
        /// What was found.
        found: String,
    },
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Rule::Required => f.write_str("is required"),
            Rule::Length { min, max, actual } => {
                match (min, max) {
                    (Some(min), Some(max)) if min == max => write!(f, "length must be {min}")?,
                    (Some(min), Some(max)) => write!(f, "length must be between {min} and {max}")?,
                    (Some(min), None) => write!(f, "length must be at least {min}")?,
                    (None, Some(max)) => write!(f, "length must be at most {max}")?,
                    (None, None) => f.write_str("length is unconstrained")?,
                }
                write!(f, ", got {actual}")
            }
            Rule::Range { min, max, actual } => {
                match (min, max) {
                    (Some(min), Some(max)) => write!(f, "must be between {min} and {max}")?,
                    (Some(min), None) => write!(f, "must be at least {min}")?,
                    (None, Some(max)) => write!(f, "must be at most {max}")?,
                    (None, None) => f.write_str("range is unconstrained")?,
                }
                write!(f, ", got {actual}")
            }
            Rule::Pattern { pattern } => write!(f, "must match the pattern `{pattern}`"),
            Rule::Enum { actual, allowed } => {
                write!(f, "`{actual}` is not one of ")?;
                for (i, value) in allowed.iter().enumerate() {
                    let sep = if i == 0 { "" } else { ", " };
                    write!(f, "{sep}`{value}`")?;
                }
                Ok(())
            }
            Rule::Union { reason } => f.write_str(reason),
            Rule::HostLabel => f.write_str(
                "must be a valid host label: 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen",
            ),
            Rule::UnknownMember => f.write_str("is not a member of this shape"),
            Rule::Casing { member } => write!(
                f,
                "matches no member of the shape but `{member}` under another casing: the shape's `rename_all` disagrees with the service's member names"
            ),
            Rule::EmptyLabel => f.write_str("must not be empty: it fills a label of the request's URI"),
            Rule::BlankContextParam => {
                f.write_str("must not be empty or only whitespace: it chooses the request's endpoint")
            }
            Rule::RequiresLength => {
                f.write_str("must have a known length (the operation requires one): give the stream its length")
            }
            Rule::Type { expected, found } => write!(f, "expected {expected}, found {found}"),
        }
    }
}

/// What a rule reports instead of a sensitive value.
pub const REDACTED: &str = "*** Sensitive Data Redacted ***";

impl Rule {
    /// The rule without the value it quotes, for a sensitive value: the value found by a range
    /// or enum check is replaced by [`REDACTED`]. Lengths, patterns and kinds stay: they tell
    /// what is wrong without telling the value.
    pub fn redacted(self) -> Self {
        match self {
            Rule::Range { min, max, .. } => Rule::Range { min, max, actual: REDACTED.to_owned() },
            Rule::Enum { allowed, .. } => Rule::Enum { actual: REDACTED.to_owned(), allowed },
            other => other,
        }
    }
}

/// One problem: where, and which rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// The member's path, with wire names.
    pub path: String,
    /// The rule broken.
    pub rule: Rule,
}

impl Violation {
    /// A short code for the rule, as a `ValidationExceptionField.code` would carry.
    pub fn code(&self) -> &'static str {
        match self.rule {
            Rule::Required => "required",
            Rule::Length { .. } => "length",
            Rule::Range { .. } => "range",
            Rule::Pattern { .. } => "pattern",
            Rule::Enum { .. } => "enum",
            Rule::Union { .. } => "union",
            Rule::HostLabel => "hostLabel",
            Rule::UnknownMember => "unknownMember",
            Rule::Casing { .. } => "casing",
            Rule::EmptyLabel => "emptyLabel",
            Rule::BlankContextParam => "blankContextParam",
            Rule::RequiresLength => "requiresLength",
            Rule::Type { .. } => "type",
        }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() { "input" } else { &self.path };
        write!(f, "`{path}` {}", self.rule)
    }
}

/// Every problem found in one value, in the order the members are declared.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Violations(pub Vec<Violation>);

impl Violations {
    /// The problems.
    pub fn iter(&self) -> std::slice::Iter<'_, Violation> {
        self.0.iter()
    }
    /// How many problems.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// No problem at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for Violations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        write!(f, "{n} invalid member{}", if n == 1 { "" } else { "s" })?;
        for (i, violation) in self.0.iter().enumerate() {
            write!(f, "{}{violation}", if i == 0 { ": " } else { "; " })?;
        }
        Ok(())
    }
}

impl std::error::Error for Violations {}

impl<'a> IntoIterator for &'a Violations {
    type Item = &'a Violation;
    type IntoIter = std::slice::Iter<'a, Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// Collects violations while walking a value; generated `validate` methods drive it.
#[derive(Debug, Default)]
pub struct Validator {
    path: Path,
    violations: Vec<Violation>,
    /// How many sensitive shapes or members enclose the value being checked.
    sensitive: u32,
}

impl Validator {
    /// A validator with nothing found yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a problem at the current path; inside a sensitive value the value it quotes is
    /// redacted.
    pub fn report(&mut self, rule: Rule) {
        let rule = if self.sensitive > 0 { rule.redacted() } else { rule };
        self.violations.push(Violation { path: self.path.to_string(), rule });
    }

    /// Runs `f` on a sensitive value (a sensitive shape, or a member marked sensitive): the
    /// violations found in it do not quote it.
    pub fn sensitive(&mut self, f: impl FnOnce(&mut Self)) {
        self.sensitive += 1;
        f(self);
        self.sensitive -= 1;
    }

    /// Runs `f` one member deeper.
    pub fn member(&mut self, name: &'static str, f: impl FnOnce(&mut Self)) {
        self.path.push_member(name);
        f(self);
        self.path.pop();
    }

    /// Runs `f` for a list element.
    pub fn index(&mut self, index: usize, f: impl FnOnce(&mut Self)) {
        self.path.push_index(index);
        f(self);
        self.path.pop();
    }

    /// Runs `f` for a map entry (whose key the path shows, unless the map is sensitive).
    pub fn key(&mut self, key: &str, f: impl FnOnce(&mut Self)) {
        self.path.push_key(if self.sensitive > 0 { REDACTED } else { key });
        f(self);
        self.path.pop();
    }

    /// Checks a length constraint (strings count Unicode scalar values).
    pub fn length(&mut self, value: &impl Measured, min: Option<u64>, max: Option<u64>) {
        let actual = value.measure();
        if min.is_some_and(|m| actual < m) || max.is_some_and(|m| actual > m) {
            self.report(Rule::Length { min, max, actual });
        }
    }

    /// Checks a range constraint; bounds are written as in the model.
    pub fn range(&mut self, value: &impl Numeric, min: Option<&str>, max: Option<&str>) {
        let below = min.is_some_and(|m| value.below(m));
        let above = max.is_some_and(|m| value.above(m));
        if below || above {
            self.report(Rule::Range {
                min: min.map(str::to_owned),
                max: max.map(str::to_owned),
                actual: value.render(),
            });
        }
    }

    /// Checks a pattern constraint.
    pub fn pattern(&mut self, value: &str, pattern: &'static Pattern) {
        if !pattern.is_match(value) {
            self.report(Rule::Pattern { pattern: pattern.source() });
        }
    }

    /// Checks that a host label's value can stand in the endpoint's host: one DNS label.
    pub fn host_label(&mut self, value: &str) {
        if !crate::host_prefix::is_valid_host_label(value) {
            self.report(Rule::HostLabel);
        }
    }

    /// Checks that a required string bound to a rule-set parameter is not blank: empty or only
    /// whitespace.
    pub fn context_param(&mut self, value: &str) {
        if value.trim().is_empty() {
            self.report(Rule::BlankContextParam);
        }
    }

    /// The violations found, or `Ok` if there were none.
    pub fn finish(self) -> Result<(), Violations> {
        if self.violations.is_empty() { Ok(()) } else { Err(Violations(self.violations)) }
    }
}

/// Values with a length constraint: strings (in Unicode scalar values), lists, maps, blobs.
pub trait Measured {
    /// The length as Smithy's `length` trait counts it.
    fn measure(&self) -> u64;
}

impl Measured for String {
    fn measure(&self) -> u64 {
        self.chars().count() as u64
    }
}

impl<T> Measured for Vec<T> {
    fn measure(&self) -> u64 {
        self.len() as u64
    }
}

impl<V> Measured for std::collections::BTreeMap<String, V> {
    fn measure(&self) -> u64 {
        self.len() as u64
    }
}

impl<V, S> Measured for std::collections::HashMap<String, V, S> {
    fn measure(&self) -> u64 {
        self.len() as u64
    }
}

impl Measured for crate::types::Blob {
    fn measure(&self) -> u64 {
        self.0.len() as u64
    }
}

/// Numbers with a range constraint. Bounds come as model text so that integer bounds stay exact.
pub trait Numeric {
    /// `self < bound`.
    fn below(&self, bound: &str) -> bool;
    /// `self > bound`.
    fn above(&self, bound: &str) -> bool;
    /// The value as text, for messages.
    fn render(&self) -> String;
}

macro_rules! numeric_int {
    ($($t:ty),*) => {$(
        impl Numeric for $t {
            fn below(&self, bound: &str) -> bool {
                match bound.parse::<i128>() {
                    Ok(b) => i128::from(*self) < b,
                    Err(_) => bound.parse::<f64>().is_ok_and(|b| (*self as f64) < b),
                }
            }
            fn above(&self, bound: &str) -> bool {
                match bound.parse::<i128>() {
                    Ok(b) => i128::from(*self) > b,
                    Err(_) => bound.parse::<f64>().is_ok_and(|b| (*self as f64) > b),
                }
            }
            fn render(&self) -> String {
                self.to_string()
            }
        }
    )*};
}
numeric_int!(i8, i16, i32, i64);

macro_rules! numeric_float {
    ($($t:ty),*) => {$(
        impl Numeric for $t {
            // Bounds are read at the value's own width, so `0.3` admits `0.3f32`; NaN is
            // outside every range.
            fn below(&self, bound: &str) -> bool {
                bound.parse::<$t>().is_ok_and(|b| self.is_nan() || *self < b)
            }
            fn above(&self, bound: &str) -> bool {
                bound.parse::<$t>().is_ok_and(|b| self.is_nan() || *self > b)
            }
            fn render(&self) -> String {
                self.to_string()
            }
        }
    )*};
}
numeric_float!(f32, f64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_render_with_members_indices_and_keys() {
        let mut v = Validator::new();
        v.member("payload", |v| {
            v.member("startServicePeriodPayload", |v| v.member("note", |v| v.report(Rule::Required)))
        });
        v.member("tags", |v| v.index(2, |v| v.member("key", |v| v.report(Rule::Required))));
        v.member("attrs", |v| v.key("a b", |v| v.report(Rule::Required)));
        let paths: Vec<_> = v.finish().unwrap_err().0.into_iter().map(|x| x.path).collect();
        assert_eq!(paths, ["payload.startServicePeriodPayload.note", "tags[2].key", "attrs[\"a b\"]"]);
    }

    #[test]
    fn sensitive_values_are_not_quoted_but_their_rules_are_told() {
        let mut v = Validator::new();
        v.member("pin", |v| v.sensitive(|v| v.range(&99_i32, Some("1"), Some("9"))));
        v.member("kind", |v| {
            v.sensitive(|v| v.report(Rule::Enum { actual: "SECRET".into(), allowed: vec!["A".into()] }))
        });
        v.member("codes", |v| v.sensitive(|v| v.key("secret-key", |v| v.length(&String::new(), Some(1), None))));
        v.member("open", |v| v.range(&99_i32, None, Some("9")));
        let text: Vec<String> = v.finish().unwrap_err().iter().map(ToString::to_string).collect();
        assert_eq!(
            text,
            [
                format!("`pin` must be between 1 and 9, got {REDACTED}"),
                format!("`kind` `{REDACTED}` is not one of `A`"),
                format!("`codes[{REDACTED:?}]` length must be at least 1, got 0"),
                "`open` must be at most 9, got 99".to_owned(),
            ]
        );
    }

    #[test]
    fn length_counts_unicode_scalar_values() {
        let mut v = Validator::new();
        v.length(&"né🙂".to_owned(), Some(3), Some(3));
        v.length(&"abcd".to_owned(), Some(1), Some(3));
        v.length(&Vec::<u8>::new(), Some(1), None);
        let found = v.finish().unwrap_err();
        assert_eq!(found.len(), 2);
        assert_eq!(found.0[0].to_string(), "`` length must be between 1 and 3, got 4".replace("``", "`input`"));
        assert_eq!(found.0[1].rule.to_string(), "length must be at least 1, got 0");
    }

    #[test]
    fn host_labels_are_single_dns_labels() {
        let mut v = Validator::new();
        v.host_label("bar");
        v.member("label", |v| v.host_label(""));
        v.member("label", |v| v.host_label("a.b"));
        let found = v.finish().unwrap_err();
        assert_eq!(found.len(), 2);
        assert_eq!(found.0[0].code(), "hostLabel");
        assert!(found.0[1].to_string().starts_with("`label` must be a valid host label"), "{}", found.0[1]);
    }

    #[test]
    fn required_context_params_are_not_blank() {
        let mut v = Validator::new();
        v.context_param("t");
        v.member("TableName", |v| v.context_param(" \t"));
        let found = v.finish().unwrap_err();
        assert_eq!(found.len(), 1);
        assert_eq!(found.0[0].code(), "blankContextParam");
        assert_eq!(
            found.0[0].to_string(),
            "`TableName` must not be empty or only whitespace: it chooses the request's endpoint"
        );
    }

    #[test]
    fn float_bounds_are_read_at_the_value_width() {
        let mut v = Validator::new();
        v.range(&0.3f32, None, Some("0.3"));
        v.range(&0.3f64, Some("0.3"), None);
        assert!(v.finish().is_ok());
    }

    #[test]
    fn ranges_are_exact_for_integers_and_reject_nan() {
        let mut v = Validator::new();
        v.range(&100i32, Some("1"), Some("100"));
        v.range(&i64::MAX, None, Some("9223372036854775806"));
        v.range(&0i32, Some("1"), None);
        v.range(&f64::NAN, Some("0"), None);
        v.range(&1.5f32, Some("1.5"), Some("1.5"));
        let found = v.finish().unwrap_err();
        let rules: Vec<_> = found.iter().map(|x| x.rule.to_string()).collect();
        assert_eq!(
            rules,
            [
                "must be at most 9223372036854775806, got 9223372036854775807",
                "must be at least 1, got 0",
                "must be at least 0, got NaN"
            ]
        );
    }
}
