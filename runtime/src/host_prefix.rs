//! The endpoint trait's host prefix (`#[aws_operation(host_prefix = "foo.{label}.")]`): a
//! template, expanded with the operation's host labels, that goes in front of the endpoint's host.
//!
//! Rules:
//! - `{name}` stands for the input member whose wire name is `name`, marked
//!   `#[aws(host_label)]`; the macro makes sure every label names one;
//! - a label's value must be one DNS label: 1 to 63 ASCII letters, digits or hyphens, not
//!   starting or ending with a hyphen. Input validation checks it, so an empty or invalid value
//!   fails the call before anything is sent;
//! - the expanded prefix goes in front of the host of the resolved endpoint, a custom endpoint
//!   included; scheme, port and path stay as they are, and the prefixed host is what is signed;
//! - `Config::disable_host_prefix_injection` leaves the host alone, e.g. for a local emulator
//!   reached by IP address, where no prefix can go.

use crate::error::ConfigError;
use crate::transport::uri::{self, Host};
use crate::validate::{Rule, Violation, Violations};

/// Whether `value` is one DNS label (RFC 1123): 1 to 63 ASCII letters, digits or hyphens, not
/// starting or ending with a hyphen.
pub fn is_valid_host_label(value: &str) -> bool {
    (1..=63).contains(&value.len())
        && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !value.starts_with('-')
        && !value.ends_with('-')
}

/// Expands `template`, taking the value of each `{name}` from `label`. A label without a value,
/// or whose value is not a valid host label, is a violation at the member's path.
pub fn expand<'a>(template: &str, label: &dyn Fn(&str) -> Option<&'a str>) -> Result<String, Violations> {
    let mut out = String::with_capacity(template.len() + 16);
    let mut problems = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            // The macro rejects unbalanced templates; a hand-written one keeps its text.
            out.push_str(&rest[open..]);
            rest = "";
            break;
        };
        let name = &rest[open + 1..open + close];
        match label(name) {
            Some(value) if is_valid_host_label(value) => out.push_str(value),
            Some(_) => problems.push(Violation { path: name.to_owned(), rule: Rule::HostLabel }),
            None => problems.push(Violation { path: name.to_owned(), rule: Rule::Required }),
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    if problems.is_empty() { Ok(out) } else { Err(Violations(problems)) }
}

/// Puts `prefix` in front of the host of `url`; the rest of the URL is kept. The URL comes back
/// normalized as a URL parser writes it: lowercase host, no default port, at least `/` as path.
pub fn apply(url: &str, prefix: &str) -> Result<String, ConfigError> {
    let invalid = || ConfigError::InvalidEndpoint(url.to_owned());
    let refused = || ConfigError::HostPrefix { prefix: prefix.to_owned(), endpoint: url.to_owned() };
    let parsed = uri::parse(url).filter(|u| matches!(u.scheme_str(), Some("http" | "https"))).ok_or_else(invalid)?;
    let Some(Host::Domain(host)) = Host::of(&parsed) else {
        return Err(refused());
    };
    let authority = parsed.authority().map_or("", |a| a.as_str());
    let userinfo = authority.rfind('@').map_or("", |at| &authority[..=at]);
    let port = match parsed.port_u16() {
        Some(port) if port != uri::default_port(&parsed) => format!(":{port}"),
        _ => String::new(),
    };
    let scheme = parsed.scheme_str().unwrap_or_default();
    let path = parsed.path_and_query().map_or("/", |p| p.as_str());
    let path = if path.starts_with('/') { path.to_owned() } else { format!("/{path}") };
    let host = format!("{prefix}{host}").to_ascii_lowercase();
    let prefixed = format!("{scheme}://{userinfo}{host}{port}{path}");
    // The prefix comes from the model and valid host labels, but a template may still make a
    // host that is not one.
    match uri::parse(&prefixed).as_ref().and_then(Host::of) {
        Some(Host::Domain(_)) => Ok(prefixed),
        _ => Err(refused()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_labels_follow_rfc_1123() {
        for ok in ["bar", "a", "0", "a-b", "A1", &"x".repeat(63)] {
            assert!(is_valid_host_label(ok), "{ok}");
        }
        for bad in ["", "-a", "a-", "a.b", "a_b", "é", "a b", &"x".repeat(64)] {
            assert!(!is_valid_host_label(bad), "{bad}");
        }
    }

    #[test]
    fn templates_expand_with_each_label() {
        let label = |name: &str| match name {
            "label" => Some("bar"),
            "other" => Some("b-2"),
            "bad" => Some("not.one"),
            _ => None,
        };
        assert_eq!(expand("foo.", &label).unwrap(), "foo.");
        assert_eq!(expand("foo.{label}.", &label).unwrap(), "foo.bar.");
        assert_eq!(expand("{label}-{other}.", &label).unwrap(), "bar-b-2.");
        let problems = expand("{bad}.{missing}.", &label).unwrap_err();
        let rendered: Vec<_> = problems.iter().map(|v| (v.path.as_str(), v.code())).collect();
        assert_eq!(rendered, [("bad", "hostLabel"), ("missing", "required")]);
    }

    #[test]
    fn the_prefix_goes_in_front_of_the_host_and_keeps_port_and_path() {
        assert_eq!(apply("https://example.com", "foo.").unwrap(), "https://foo.example.com/");
        assert_eq!(
            apply("http://example.com:8080/custom/path", "foo.bar.").unwrap(),
            "http://foo.bar.example.com:8080/custom/path"
        );
        assert_eq!(apply("https://Example.COM:443?x=1", "Foo.").unwrap(), "https://foo.example.com/?x=1");
        assert_eq!(apply("http://user@example.com:80/p", "foo.").unwrap(), "http://user@foo.example.com/p");
        assert!(matches!(apply("http://127.0.0.1:8080", "foo."), Err(ConfigError::HostPrefix { .. })));
        assert!(matches!(apply("http://[::1]:8080", "foo."), Err(ConfigError::HostPrefix { .. })));
        assert!(matches!(apply("http://example.com", "a b."), Err(ConfigError::HostPrefix { .. })));
        assert!(matches!(apply("ftp://example.com", "foo."), Err(ConfigError::InvalidEndpoint(_))));
        assert!(matches!(apply("not a url", "foo."), Err(ConfigError::InvalidEndpoint(_))));
    }
}
