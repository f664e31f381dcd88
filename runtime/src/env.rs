//! An injectable view of environment variables, so configuration loading can be tested without touching the process environment.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use thiserror::Error;

/// Where environment variables are read from.
///
/// [`Env::real`] reads the process environment each time a variable is asked for;
/// [`Env::from_pairs`] holds a fixed set of variables, for tests.
/// `Debug` prints the names of fixed variables but never their values, since some are secrets.
#[derive(Clone, Debug)]
pub struct Env {
    source: Source,
}

#[derive(Clone, Debug)]
enum Source {
    Process,
    Fixed(Vars),
}

/// Fixed variables whose `Debug` shows names only.
#[derive(Clone, Default)]
struct Vars(BTreeMap<String, String>);

impl fmt::Debug for Vars {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.0.keys()).finish()
    }
}

impl Env {
    /// The environment of this process, read at each lookup.
    pub fn real() -> Self {
        Self { source: Source::Process }
    }

    /// A fixed environment made of the given name/value pairs (a later pair wins over an earlier one with the same name).
    pub fn from_pairs<I, K, V>(pairs: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: Into<String>,
        V: Into<String>,
    {
        let mut vars = BTreeMap::new();
        for (k, v) in pairs {
            vars.insert(k.into(), v.into());
        }
        Self { source: Source::Fixed(Vars(vars)) }
    }

    /// The value of variable `name`.
    ///
    /// A variable that is unset, set to the empty string, or (in the process environment)
    /// not valid Unicode counts as unset and gives `None`.
    pub fn get(&self, name: &str) -> Option<String> {
        let value = match &self.source {
            Source::Process => std::env::var_os(name).and_then(|v| v.into_string().ok()),
            Source::Fixed(vars) => vars.0.get(name).cloned(),
        };
        value.filter(|v| !v.is_empty())
    }

    /// The user's home directory: `HOME`, else `USERPROFILE`.
    pub fn home_dir(&self) -> Option<PathBuf> {
        self.get("HOME").or_else(|| self.get("USERPROFILE")).map(PathBuf::from)
    }

    /// Variable `name` read as a boolean: `true` or `false` in any letter case,
    /// with surrounding whitespace ignored. Unset gives `Ok(None)`; any other value is an error.
    pub fn get_bool(&self, name: &str) -> Result<Option<bool>, InvalidValueError> {
        match self.get(name) {
            None => Ok(None),
            Some(value) => parse_bool(&value)
                .map(Some)
                .ok_or_else(|| InvalidValueError::new(env_origin(name), value, EXPECTED_BOOL)),
        }
    }
}

/// What [`parse_bool`] accepts, for error messages.
pub(crate) const EXPECTED_BOOL: &str = "`true` or `false`";

/// `true`/`false` in any letter case, surrounding whitespace ignored.
pub(crate) fn parse_bool(value: &str) -> Option<bool> {
    let value = value.trim();
    if value.eq_ignore_ascii_case("true") {
        Some(true)
    } else if value.eq_ignore_ascii_case("false") {
        Some(false)
    } else {
        None
    }
}

/// How an error names environment variable `name`.
pub(crate) fn env_origin(name: &str) -> String {
    format!("environment variable `{name}`")
}

/// A configuration value (from an environment variable or a profile) that could not be understood.
///
/// Only used for non-secret settings such as flags and numbers, so the message quotes the value.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("invalid value `{value}` for {origin}: expected {expected}")]
pub struct InvalidValueError {
    origin: String,
    value: String,
    expected: &'static str,
}

impl InvalidValueError {
    /// An error for `value` found at `origin` (e.g. "environment variable `AWS_MAX_ATTEMPTS`"),
    /// where `expected` describes the accepted values.
    pub fn new(origin: impl Into<String>, value: impl Into<String>, expected: &'static str) -> Self {
        Self { origin: origin.into(), value: value.into(), expected }
    }

    /// Where the value came from, e.g. "environment variable `AWS_USE_FIPS_ENDPOINT`".
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The value that was rejected.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// A description of the accepted values.
    pub fn expected(&self) -> &str {
        self.expected
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Environment variables for a test case.
    type Pairs = &'static [(&'static str, &'static str)];

    #[test]
    fn get_treats_missing_and_empty_as_unset() {
        let env = Env::from_pairs([("A", "1"), ("EMPTY", ""), ("SPACE", " ")]);
        let cases: &[(&str, Option<&str>)] =
            &[("A", Some("1")), ("EMPTY", None), ("MISSING", None), ("SPACE", Some(" ")), ("a", None)];
        for (name, want) in cases {
            assert_eq!(env.get(name).as_deref(), *want, "variable {name}");
        }
    }

    #[test]
    fn later_pairs_win() {
        let env = Env::from_pairs([("A", "1"), ("A", "2")]);
        assert_eq!(env.get("A").as_deref(), Some("2"));
    }

    #[test]
    fn from_pairs_accepts_owned_strings() {
        let env = Env::from_pairs(vec![(String::from("K"), String::from("v"))]);
        assert_eq!(env.get("K").as_deref(), Some("v"));
    }

    #[test]
    fn home_dir_precedence() {
        let cases: &[(Pairs, Option<&str>)] = &[
            (&[("HOME", "/h"), ("USERPROFILE", "C:\\u")], Some("/h")),
            (&[("USERPROFILE", "C:\\u")], Some("C:\\u")),
            (&[("HOME", ""), ("USERPROFILE", "C:\\u")], Some("C:\\u")),
            (&[], None),
        ];
        for (pairs, want) in cases {
            let env = Env::from_pairs(pairs.iter().copied());
            assert_eq!(env.home_dir(), want.map(PathBuf::from), "pairs {pairs:?}");
        }
    }

    #[test]
    fn get_bool_table() {
        let cases: &[(&str, Result<Option<bool>, ()>)] = &[
            ("true", Ok(Some(true))),
            ("TRUE", Ok(Some(true))),
            ("True", Ok(Some(true))),
            (" false ", Ok(Some(false))),
            ("FaLsE", Ok(Some(false))),
            ("", Ok(None)),
            ("1", Err(())),
            ("yes", Err(())),
            ("truee", Err(())),
        ];
        for (value, want) in cases {
            let env = Env::from_pairs([("FLAG", *value)]);
            let got = env.get_bool("FLAG").map_err(|_| ());
            assert_eq!(&got, want, "value {value:?}");
        }
        assert_eq!(Env::from_pairs([("X", "1")]).get_bool("FLAG"), Ok(None));
    }

    #[test]
    fn get_bool_error_names_variable_and_value() {
        let env = Env::from_pairs([("AWS_USE_FIPS_ENDPOINT", "yes")]);
        let err = env.get_bool("AWS_USE_FIPS_ENDPOINT").unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid value `yes` for environment variable `AWS_USE_FIPS_ENDPOINT`: expected `true` or `false`"
        );
        assert_eq!(err.value(), "yes");
        assert_eq!(err.origin(), "environment variable `AWS_USE_FIPS_ENDPOINT`");
        assert_eq!(err.expected(), "`true` or `false`");
    }

    #[test]
    fn debug_hides_values() {
        let env = Env::from_pairs([("AWS_SECRET_ACCESS_KEY", "very-secret")]);
        let debug = format!("{env:?}");
        assert!(debug.contains("AWS_SECRET_ACCESS_KEY"), "{debug}");
        assert!(!debug.contains("very-secret"), "{debug}");
    }

    #[test]
    fn real_reads_process_environment() {
        // PATH is set for any process cargo runs; compare against std directly.
        let want = std::env::var("PATH").ok().filter(|v| !v.is_empty());
        assert_eq!(Env::real().get("PATH"), want);
        assert_eq!(Env::real().get("AWS_OPERATION_RUNTIME_SURELY_UNSET_VARIABLE"), None);
    }
}
