//! `parseURL`: the parts of an endpoint URL that rules inspect.

use std::net::Ipv6Addr;

use super::value::Value;

/// A URL accepted by `parseURL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Url {
    /// `http` or `https`, lowercase.
    pub(crate) scheme: String,
    /// Host and explicit port as written, without any userinfo.
    pub(crate) authority: String,
    /// The path as written; empty when the URL has none.
    pub(crate) path: String,
    /// The path, guaranteed to start and end with `/`.
    pub(crate) normalized_path: String,
    /// Whether the host is an IPv4 or (bracketed) IPv6 literal.
    pub(crate) is_ip: bool,
}

impl Url {
    /// The record rules see: `scheme`, `authority`, `path`, `normalizedPath`, `isIp`.
    pub(crate) fn to_value(&self) -> Value {
        Value::record(vec![
            ("scheme", self.scheme.as_str().into()),
            ("authority", self.authority.as_str().into()),
            ("path", self.path.as_str().into()),
            ("normalizedPath", self.normalized_path.as_str().into()),
            ("isIp", self.is_ip.into()),
        ])
    }
}

/// Parses an absolute `http`/`https` URL; `None` if it is malformed or has a query
/// (the spec requires rejecting queries). Fragments are rejected too, since an
/// endpoint rebuilt from these parts would silently lose them.
pub(crate) fn parse_url(input: &str) -> Option<Url> {
    if input.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let (scheme, rest) = input.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    if rest.contains(['?', '#']) {
        return None;
    }
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let authority = authority.rsplit_once('@').map_or(authority, |(_userinfo, host)| host);
    let is_ip = check_authority(authority)?;
    let mut normalized_path = if path.is_empty() { "/".to_owned() } else { path.to_owned() };
    if !normalized_path.ends_with('/') {
        normalized_path.push('/');
    }
    Some(Url { scheme, authority: authority.to_owned(), path: path.to_owned(), normalized_path, is_ip })
}

/// Validates `host[:port]`; returns whether the host is an IP literal.
fn check_authority(authority: &str) -> Option<bool> {
    let (host, port, is_ip) = match authority.strip_prefix('[') {
        Some(bracketed) => {
            let (v6, after) = bracketed.split_once(']')?;
            v6.parse::<Ipv6Addr>().ok()?;
            let port = if after.is_empty() { None } else { Some(after.strip_prefix(':')?) };
            (v6, port, true)
        }
        None => {
            let (host, port) = match authority.rsplit_once(':') {
                Some((host, port)) => (host, Some(port)),
                None => (authority, None),
            };
            // RFC 3986 reg-name characters; this also rejects a stray `[`, `]` or `:`.
            let reg_name = |b: u8| b.is_ascii_alphanumeric() || b"-._~%!$&'()*+,;=".contains(&b);
            if !host.bytes().all(reg_name) {
                return None;
            }
            (host, port, is_ipv4(host))
        }
    };
    if host.is_empty() {
        return None;
    }
    if let Some(port) = port
        && (port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) || port.parse::<u16>().is_err())
    {
        return None;
    }
    Some(is_ip)
}

/// Whether `host` is a dotted-quad IPv4 address (four decimal parts, each 0-255).
pub(crate) fn is_ipv4(host: &str) -> bool {
    let parts: Vec<&str> = host.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|p| {
            (1..=3).contains(&p.len())
                && p.bytes().all(|b| b.is_ascii_digit())
                && p.parse::<u16>().is_ok_and(|n| n <= 255)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_urls() {
        // (input, Some((scheme, authority, path, normalizedPath, isIp)) or None when rejected)
        type Parts<'a> = (&'a str, &'a str, &'a str, &'a str, bool);
        let v6 = "[2001:db8:85a3:8d3:1319:8a2e:370:7348]:443";
        #[rustfmt::skip]
        let cases: &[(&str, Option<Parts>)] = &[
            ("https://example.com",               Some(("https", "example.com", "", "/", false))),
            ("https://example.com/",              Some(("https", "example.com", "/", "/", false))),
            ("http://example.com:80/foo/bar",     Some(("http", "example.com:80", "/foo/bar", "/foo/bar/", false))),
            ("https://authority.com:8000/port",   Some(("https", "authority.com:8000", "/port", "/port/", false))),
            ("HTTPS://Example.com/a/",            Some(("https", "Example.com", "/a/", "/a/", false))),
            ("https://127.0.0.1",                 Some(("https", "127.0.0.1", "", "/", true))),
            ("http://192.168.1.1:1234/foo/",      Some(("http", "192.168.1.1:1234", "/foo/", "/foo/", true))),
            ("https://[fe80::1]",                 Some(("https", "[fe80::1]", "", "/", true))),
            (&format!("https://{v6}"),            Some(("https", v6, "", "/", true))),
            ("https://999.999.abc.blah",          Some(("https", "999.999.abc.blah", "", "/", false))),
            ("https://256.1.1.1",                 Some(("https", "256.1.1.1", "", "/", false))),
            ("http://99_ab-.com",                 Some(("http", "99_ab-.com", "", "/", false))),
            ("https://user:pw@host.com/x",        Some(("https", "host.com", "/x", "/x/", false))),
            ("https://example.com:8443?foo=bar&faz=baz", None), ("https://example.com/path?query1=foo", None),
            ("https://example.com/#frag", None), ("acbd://example.com", None), ("http://abc.com:a/foo", None),
            ("http://abc.com:/foo", None), ("http://abc.com:99999", None), ("https://", None),
            ("https:///path", None), ("https://[::1", None), ("https://[not-ip]", None), ("https://[::1]x", None),
            ("https://exa mple.com", None), ("example.com", None), ("", None),
        ];
        for (input, expected) in cases {
            let got = parse_url(input);
            let got = got.as_ref().map(|u| {
                (u.scheme.as_str(), u.authority.as_str(), u.path.as_str(), u.normalized_path.as_str(), u.is_ip)
            });
            assert_eq!(got, *expected, "{input}");
        }
    }

    #[test]
    fn record_has_spec_field_names() {
        let value = parse_url("https://h:1/p").unwrap().to_value();
        let expected = serde_json::json!({
            "scheme": "https", "authority": "h:1", "path": "/p", "normalizedPath": "/p/", "isIp": false
        });
        assert_eq!(value.to_json(), expected);
    }
}
