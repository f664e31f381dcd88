//! The rules-engine function library: the Smithy standard library (`isSet`, `not`,
//! `booleanEquals`, `stringEquals`, `substring`, `uriEncode`, `parseURL`,
//! `isValidHostLabel`, and the 1.1 additions `coalesce`, `ite`, `split`) plus the
//! AWS functions (`aws.partition`, `aws.parseArn`, `aws.isVirtualHostableS3Bucket`).
//! `getAttr` takes a literal path, so it lives with the expressions in `expr.rs`.

use std::fmt::Write as _;

use super::aws;
use super::error::EndpointError;
use super::expr::{Expr, Scope};
use super::partition;
use super::url;
use super::value::Value;

/// A function a rule set may call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Func {
    /// `isSet(value)`: whether the value is set; the one place unset is not failure.
    IsSet,
    /// `coalesce(a, b, ...)`: the first set argument; later ones are not evaluated.
    Coalesce,
    /// `ite(cond, then, else)`: only the chosen branch is evaluated.
    Ite,
    /// A function that needs every argument set; see [`Eager`].
    Eager(Eager),
}

/// Functions whose arguments are all evaluated first; an unset argument makes the
/// result unset (so the calling condition fails) rather than an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Eager {
    Not,
    BooleanEquals,
    StringEquals,
    Substring,
    UriEncode,
    ParseUrl,
    IsValidHostLabel,
    Split,
    AwsPartition,
    AwsParseArn,
    AwsIsVirtualHostableS3Bucket,
}

/// Every function by the name rule sets call it.
const FUNCTIONS: [(&str, Func); 14] = [
    ("isSet", Func::IsSet),
    ("coalesce", Func::Coalesce),
    ("ite", Func::Ite),
    ("not", Func::Eager(Eager::Not)),
    ("booleanEquals", Func::Eager(Eager::BooleanEquals)),
    ("stringEquals", Func::Eager(Eager::StringEquals)),
    ("substring", Func::Eager(Eager::Substring)),
    ("uriEncode", Func::Eager(Eager::UriEncode)),
    ("parseURL", Func::Eager(Eager::ParseUrl)),
    ("isValidHostLabel", Func::Eager(Eager::IsValidHostLabel)),
    ("split", Func::Eager(Eager::Split)),
    ("aws.partition", Func::Eager(Eager::AwsPartition)),
    ("aws.parseArn", Func::Eager(Eager::AwsParseArn)),
    ("aws.isVirtualHostableS3Bucket", Func::Eager(Eager::AwsIsVirtualHostableS3Bucket)),
];

impl Func {
    /// The function called `name` in rule sets.
    pub(crate) fn from_name(name: &str) -> Option<Func> {
        FUNCTIONS.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
    }

    /// The name rule sets call it by.
    pub(crate) fn name(self) -> &'static str {
        FUNCTIONS.iter().find(|(_, f)| *f == self).map_or("?", |(n, _)| n)
    }

    /// The fewest and most arguments it takes.
    pub(crate) fn arity(self) -> (usize, usize) {
        match self {
            Func::IsSet => (1, 1),
            Func::Coalesce => (2, usize::MAX),
            Func::Ite => (3, 3),
            Func::Eager(f) => match f {
                Eager::Not | Eager::UriEncode | Eager::ParseUrl | Eager::AwsPartition | Eager::AwsParseArn => (1, 1),
                Eager::BooleanEquals | Eager::StringEquals => (2, 2),
                // `allowSubDomains` was added later; early rule sets omit it (= false).
                Eager::IsValidHostLabel | Eager::AwsIsVirtualHostableS3Bucket => (1, 2),
                Eager::Split => (3, 3),
                Eager::Substring => (4, 4),
            },
        }
    }
}

/// Calls `func`; `Ok(None)` means the result is unset.
pub(crate) fn call(func: Func, args: &[Expr], scope: &Scope) -> Result<Option<Value>, EndpointError> {
    match func {
        Func::IsSet => Ok(Some(Value::Bool(arg(args, 0, "isSet")?.eval(scope)?.is_some()))),
        Func::Coalesce => {
            for a in args {
                if let Some(value) = a.eval(scope)? {
                    return Ok(Some(value));
                }
            }
            Ok(None)
        }
        Func::Ite => {
            let cond = arg(args, 0, "ite")?.eval(scope)?;
            let chosen = match cond {
                Some(Value::Bool(true)) => 1,
                Some(Value::Bool(false)) => 2,
                other => return Err(type_error("ite", 0, "boolean", other.as_ref())),
            };
            arg(args, chosen, "ite")?.eval(scope)
        }
        Func::Eager(f) => {
            let mut values = Vec::with_capacity(args.len());
            for a in args {
                match a.eval(scope)? {
                    Some(v) => values.push(v),
                    None => return Ok(None),
                }
            }
            call_eager(f, &Args(&values, func.name()))
        }
    }
}

fn call_eager(f: Eager, a: &Args) -> Result<Option<Value>, EndpointError> {
    let value = match f {
        Eager::Not => Value::Bool(!a.bool(0)?),
        Eager::BooleanEquals => Value::Bool(a.bool(0)? == a.bool(1)?),
        Eager::StringEquals => Value::Bool(a.str(0)? == a.str(1)?),
        Eager::Substring => {
            return Ok(substring(a.str(0)?, a.int(1)?, a.int(2)?, a.bool(3)?).map(Value::String));
        }
        Eager::UriEncode => Value::String(uri_encode(a.str(0)?)),
        Eager::ParseUrl => return Ok(url::parse_url(a.str(0)?).map(|u| u.to_value())),
        Eager::IsValidHostLabel => Value::Bool(is_valid_host_label(a.str(0)?, a.bool_or(1, false)?)),
        Eager::Split => Value::from(split(a.str(0)?, a.str(1)?, a.int(2)?)?),
        Eager::AwsPartition => partition::partition(a.str(0)?).to_value(),
        Eager::AwsParseArn => return Ok(aws::parse_arn(a.str(0)?).map(|arn| arn.to_value())),
        Eager::AwsIsVirtualHostableS3Bucket => {
            Value::Bool(aws::is_virtual_hostable_s3_bucket(a.str(0)?, a.bool_or(1, false)?))
        }
    };
    Ok(Some(value))
}

/// The evaluated arguments of an eager call, with typed accessors whose errors name
/// the function and argument.
struct Args<'a>(&'a [Value], &'static str);

impl Args<'_> {
    fn get(&self, i: usize) -> Result<&Value, EndpointError> {
        self.0.get(i).ok_or_else(|| type_error(self.1, i, "a value", None))
    }

    fn str(&self, i: usize) -> Result<&str, EndpointError> {
        let v = self.get(i)?;
        v.as_str().ok_or_else(|| type_error(self.1, i, "string", Some(v)))
    }

    fn bool(&self, i: usize) -> Result<bool, EndpointError> {
        let v = self.get(i)?;
        v.as_bool().ok_or_else(|| type_error(self.1, i, "boolean", Some(v)))
    }

    fn bool_or(&self, i: usize, default: bool) -> Result<bool, EndpointError> {
        if i < self.0.len() { self.bool(i) } else { Ok(default) }
    }

    fn int(&self, i: usize) -> Result<i64, EndpointError> {
        match self.get(i)? {
            Value::Int(n) => Ok(*n),
            v => Err(type_error(self.1, i, "integer", Some(v))),
        }
    }
}

fn arg<'e>(args: &'e [Expr], i: usize, name: &str) -> Result<&'e Expr, EndpointError> {
    args.get(i).ok_or_else(|| type_error(name, i, "a value", None))
}

fn type_error(function: &str, index: usize, expected: &str, got: Option<&Value>) -> EndpointError {
    let got = got.map_or("nothing", Value::kind);
    EndpointError::Evaluation(format!("argument {} of `{function}` should be {expected}, got {got}", index + 1))
}

/// `isValidHostLabel`: whether `value` is an RFC 1123 host label (1-63 ASCII letters,
/// digits and hyphens, not starting with a hyphen), or with `allow_sub_domains`,
/// such labels joined by dots. Like the reference implementation, a trailing hyphen
/// is accepted.
pub(crate) fn is_valid_host_label(value: &str, allow_sub_domains: bool) -> bool {
    let label_ok = |label: &str| {
        (1..=63).contains(&label.len())
            && label.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric)
            && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    };
    if allow_sub_domains { value.split('.').all(label_ok) } else { label_ok(value) }
}

/// `substring`: characters `start..stop` of an ASCII string, counted from the end
/// when `reverse` (the result still reads forwards). Unset for non-ASCII input,
/// `start >= stop`, negative indices, or input shorter than `stop`.
pub(crate) fn substring(input: &str, start: i64, stop: i64, reverse: bool) -> Option<String> {
    let (start, stop) = (usize::try_from(start).ok()?, usize::try_from(stop).ok()?);
    if !input.is_ascii() || start >= stop || stop > input.len() {
        return None;
    }
    let (from, to) = if reverse { (input.len() - stop, input.len() - start) } else { (start, stop) };
    Some(input[from..to].to_owned())
}

/// `uriEncode`: RFC 3986 percent-encoding of every UTF-8 byte except the unreserved
/// characters `A-Z a-z 0-9 - _ . ~`, with uppercase hex digits.
pub(crate) fn uri_encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            // Writing to a String cannot fail.
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// `split`: `value` cut at each `delimiter`; `limit` 0 means no limit, otherwise at
/// most `limit` parts (the last keeps any remaining delimiters).
pub(crate) fn split(value: &str, delimiter: &str, limit: i64) -> Result<Vec<String>, EndpointError> {
    if delimiter.is_empty() {
        return Err(EndpointError::Evaluation("`split` needs a non-empty delimiter".to_owned()));
    }
    let parts: Vec<String> = match usize::try_from(limit) {
        Ok(0) => value.split(delimiter).map(str::to_owned).collect(),
        Ok(n) => value.splitn(n, delimiter).map(str::to_owned).collect(),
        Err(_) => {
            return Err(EndpointError::Evaluation(format!("`split` limit {limit} is negative")));
        }
    };
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn host_labels() {
        let (max, too_long) = ("a".repeat(63), "a".repeat(64));
        // (value, allowSubDomains, valid)
        #[rustfmt::skip]
        let cases = [
            ("us-east-1", false, true), ("3aws4", false, true), ("a", false, true),
            ("trailing-", false, true), (&max, false, true), (&too_long, false, false),
            ("", false, false), ("-lead", false, false), ("under_score", false, false),
            ("part1 part2", false, false), ("part1.part2", false, false), ("ünïcode", true, false),
            ("part1.part2", true, true), ("a.b.c", true, true), ("part1.", true, false),
            ("part1..part2", true, false), ("part1.-part2", true, false), (".a", true, false),
        ];
        for (value, subdomains, expected) in cases {
            assert_eq!(is_valid_host_label(value, subdomains), expected, "{value:?} {subdomains}");
        }
    }

    #[test]
    fn substrings() {
        // (input, start, stop, reverse, result)
        #[rustfmt::skip]
        let cases = [
            ("abcdefg", 0, 4, false, Some("abcd")), ("abcd", 0, 4, false, Some("abcd")),
            ("abc", 0, 4, false, None),             ("", 0, 4, false, None),
            ("abcdefg", 0, 4, true, Some("defg")),  ("defg", 0, 4, true, Some("defg")),
            ("abc", 0, 4, true, None),              ("defg", 1, 3, false, Some("ef")),
            ("abcdefg", 1, 3, true, Some("ef")),    ("abc", 2, 2, false, None),
            ("abc", 3, 1, false, None),             ("abc", -1, 2, false, None),
            ("\u{fdfd}", 0, 1, false, None),        ("abcdef\u{80}", 0, 4, false, None),
            ("\u{7f}abcdef", 0, 4, false, Some("\u{7f}abc")),
        ];
        for (input, start, stop, reverse, expected) in cases {
            let got = substring(input, start, stop, reverse);
            assert_eq!(got.as_deref(), expected, "{input:?} {start} {stop} {reverse}");
        }
    }

    #[test]
    fn uri_encoding() {
        #[rustfmt::skip]
        let cases = [
            ("abcXYZ019-_.~", "abcXYZ019-_.~"),
            ("a b", "a%20b"),
            ("/:,?#[]{}|@! $&'()*+;=%<>\"^`\\",
             "%2F%3A%2C%3F%23%5B%5D%7B%7D%7C%40%21%20%24%26%27%28%29%2A%2B%3B%3D%25%3C%3E%22%5E%60%5C"),
            ("é😀", "%C3%A9%F0%9F%98%80"),
            ("", ""),
        ];
        for (input, expected) in cases {
            assert_eq!(uri_encode(input), expected, "{input:?}");
        }
    }

    #[test]
    fn splits() {
        // (value, delimiter, limit, parts)
        #[rustfmt::skip]
        let cases: &[(&str, &str, i64, &[&str])] = &[
            ("a--b--c", "--", 0, &["a", "b", "c"]),   ("a--b--c", "--", 2, &["a", "b--c"]),
            ("a--b--c", "--", 1, &["a--b--c"]),       ("--b--", "--", 0, &["", "b", ""]),
            ("", "--", 0, &[""]),                     ("----", "--", 0, &["", "", ""]),
            ("aaa", "aa", 0, &["", "a"]),             ("a--b--c--d--e", "--", 4, &["a", "b", "c", "d--e"]),
            ("a🌟b🌟c", "🌟", 0, &["a", "b", "c"]),   ("a.*b.*c", ".*", 0, &["a", "b", "c"]),
            ("--x-s3--azid--suffix", "--", 4, &["", "x-s3", "azid", "suffix"]),
        ];
        for (value, delimiter, limit, expected) in cases {
            assert_eq!(split(value, delimiter, *limit).unwrap(), *expected, "{value:?} {delimiter:?} {limit}");
        }
        assert!(split("a", "", 0).is_err());
        assert!(split("a", "-", -1).is_err());
    }

    /// Calls through the dispatcher, as rule sets do.
    fn eval(call: serde_json::Value) -> Result<Option<Value>, String> {
        let mut scope = Scope::default();
        scope.push("S", "value".into());
        scope.push("T", true.into());
        let known = ["S", "T", "Unset"].map(String::from);
        Expr::parse(&call, &known).unwrap().eval(&scope).map_err(|e| e.to_string())
    }

    #[test]
    fn dispatches_every_function() {
        let t = |b: bool| Ok(Some(Value::Bool(b)));
        let s = |v: &str| Ok(Some(Value::from(v)));
        // Fails if evaluated: shows `coalesce` and `ite` skip arguments they do not need.
        let bad = json!({"fn": "not", "argv": ["x"]});
        let get = |inner: serde_json::Value, path: &str| json!({"fn": "getAttr", "argv": [inner, path]});
        let call = |f: &str, argv: serde_json::Value| json!({"fn": f, "argv": argv});
        let (set, unset) = (json!({"ref": "S"}), json!({"ref": "Unset"}));
        #[rustfmt::skip]
        let cases = [
            (call("isSet", json!([set])), t(true)),
            (call("isSet", json!([unset])), t(false)),
            (call("not", json!([{"ref": "T"}])), t(false)),
            (call("not", json!([unset])), Ok(None)),
            (call("booleanEquals", json!([{"ref": "T"}, true])), t(true)),
            (call("stringEquals", json!([set, "value"])), t(true)),
            (call("stringEquals", json!([unset, "value"])), Ok(None)),
            (call("substring", json!(["{S}", 1, 3, false])), s("al")),
            (call("substring", json!(["{S}", 0, 9, false])), Ok(None)),
            (call("uriEncode", json!(["a/b"])), s("a%2Fb")),
            (call("isValidHostLabel", json!(["a.b", true])), t(true)),
            (call("isValidHostLabel", json!(["a.b"])), t(false)),
            (call("aws.isVirtualHostableS3Bucket", json!(["my.bucket", true])), t(true)),
            (call("coalesce", json!([unset, "b", bad])), s("b")),
            (call("coalesce", json!([unset, unset])), Ok(None)),
            (call("coalesce", json!([{"ref": "T"}, false])), t(true)),
            (call("ite", json!([{"ref": "T"}, "yes", bad])), s("yes")),
            (call("ite", json!([false, "yes", "no"])), s("no")),
            (get(call("split", json!(["a-b", "-", 0])), "[1]"), s("b")),
            (get(call("parseURL", json!(["https://h/p"])), "normalizedPath"), s("/p/")),
            (call("parseURL", json!(["https://h?q"])), Ok(None)),
            (get(call("aws.partition", json!(["cn-north-1"])), "dnsSuffix"), s("amazonaws.com.cn")),
            (get(call("aws.parseArn", json!(["arn:aws:s3:::b/k"])), "resourceId[1]"), s("k")),
            (call("aws.parseArn", json!(["nope"])), Ok(None)),
        ];
        for (call, expected) in cases {
            assert_eq!(eval(call.clone()), expected, "{call}");
        }
    }

    #[test]
    fn type_errors_name_the_argument() {
        // Messages start "endpoint rule evaluation failed: argument N ".
        #[rustfmt::skip]
        let cases = [
            (json!({"fn": "not", "argv": ["x"]}), "1 of `not` should be boolean, got string"),
            (json!({"fn": "stringEquals", "argv": ["x", true]}), "2 of `stringEquals` should be string, got boolean"),
            (json!({"fn": "substring", "argv": ["x", "0", 1, true]}),
             "2 of `substring` should be integer, got string"),
            (json!({"fn": "ite", "argv": ["x", "a", "b"]}), "1 of `ite` should be boolean, got string"),
            (json!({"fn": "split", "argv": ["x", "", 0]}), "`split` needs a non-empty delimiter"),
        ];
        for (call, message) in cases {
            let err = eval(call.clone()).unwrap_err();
            assert!(err.ends_with(message), "{call}: {err}");
        }
    }
}
