//! Absolute URLs as the transport, the endpoint checks and the credential providers read them:
//! an `http::Uri` with a scheme and a host, plus the checks `http::Uri` leaves out (a port that
//! fits in 16 bits, an IPv6 address between the brackets), so that a URL is either sent where it
//! says or refused, never sent to a default port.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use http::Uri;

/// The host of a URL, told apart as the checks need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Host<'a> {
    /// A name, as written (not lowercased).
    Domain(&'a str),
    /// An IPv4 address in dotted-decimal form.
    Ipv4(Ipv4Addr),
    /// An IPv6 address, written between brackets in the URL.
    Ipv6(Ipv6Addr),
}

impl<'a> Host<'a> {
    /// The host of `uri` (one [`parse`] accepted); `None` if it has none or a malformed one.
    pub(crate) fn of(uri: &'a Uri) -> Option<Self> {
        let host = uri.host().filter(|h| !h.is_empty())?;
        if let Some(inner) = host.strip_prefix('[') {
            return inner.strip_suffix(']')?.parse().ok().map(Host::Ipv6);
        }
        Some(host.parse().map_or(Host::Domain(host), Host::Ipv4))
    }

    /// The address, if the host is one.
    pub(crate) fn ip(self) -> Option<IpAddr> {
        match self {
            Host::Domain(_) => None,
            Host::Ipv4(ip) => Some(IpAddr::V4(ip)),
            Host::Ipv6(ip) => Some(IpAddr::V6(ip)),
        }
    }

    /// `localhost`, or an address of this machine (127.0.0.0/8, ::1).
    pub(crate) fn is_loopback(self) -> bool {
        match self {
            Host::Domain(name) => name.eq_ignore_ascii_case("localhost"),
            other => other.ip().is_some_and(|ip| ip.is_loopback()),
        }
    }
}

/// `url` as an absolute URL: a scheme, a host, and a port only if it fits in 16 bits. Any scheme
/// passes; callers say which they take.
pub(crate) fn parse(url: &str) -> Option<Uri> {
    let uri: Uri = url.parse().ok()?;
    uri.scheme()?;
    Host::of(&uri)?;
    // `http::Uri` takes `host:99999` or `host:port` and then reports no port, which would send
    // the request to the scheme's default port.
    let authority = uri.authority()?.as_str();
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, rest)| rest);
    let after_host = match host_port.strip_prefix('[') {
        Some(bracketed) => bracketed.split_once(']').map(|(_, rest)| rest)?,
        None => host_port.rsplit_once(':').map_or("", |(_, port)| port),
    };
    let port = after_host.strip_prefix(':').unwrap_or(after_host);
    if !port.is_empty() && uri.port_u16().is_none() {
        return None;
    }
    Some(uri)
}

/// The port `uri` reaches: its own, else its scheme's default.
pub(crate) fn port(uri: &Uri) -> u16 {
    uri.port_u16().unwrap_or_else(|| default_port(uri))
}

/// Whether `uri` is an `https` URL (the scheme is case-insensitive; `http::Uri` folds it).
pub(crate) fn is_https(uri: &Uri) -> bool {
    uri.scheme() == Some(&http::uri::Scheme::HTTPS)
}

/// The `Host` header for `uri`: its host, with the port unless it is the scheme's default.
pub(crate) fn host_header(uri: &Uri) -> String {
    let host = uri.host().unwrap_or_default();
    match uri.port_u16() {
        Some(port) if port != default_port(uri) => format!("{host}:{port}"),
        _ => host.to_owned(),
    }
}

/// The default port of the scheme of `uri`: 443 for `https`, else 80.
pub(crate) fn default_port(uri: &Uri) -> u16 {
    if is_https(uri) { 443 } else { 80 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_urls_need_a_scheme_a_host_and_a_real_port() {
        for ok in [
            "https://example.com",
            "http://127.0.0.1:8080/x?y=1",
            "http://[::1]:9/",
            "HTTPS://Example.COM:443/a",
            "http://user:pw@proxy:3128",
            "http://a:/",
            "ftp://x",
        ] {
            assert!(parse(ok).is_some(), "{ok}");
        }
        for bad in [
            "not a url",
            "localhost:8080",
            "x",
            "http://",
            "http://:80/",
            "http://proxy:99999",
            "http://127.0.0.1:notaport",
            "http://[::1:9/",
            "http://[not-v6]/",
            "https://exämple.com",
        ] {
            assert!(parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn hosts_are_names_or_addresses() {
        let uris: Vec<Uri> = [
            "http://Example.com/",
            "http://127.0.0.2:1/",
            "http://[::1]/",
            "http://LOCALHOST/",
            "http://127.9.9.9/",
            "http://[::1]:1/",
            "http://10.0.0.1/",
            "http://localhost.example/",
            "http://[fd00:ec2::23]/",
        ]
        .iter()
        .map(|url| parse(url).unwrap())
        .collect();
        let hosts: Vec<Host<'_>> = uris.iter().map(|uri| Host::of(uri).unwrap()).collect();
        assert_eq!(
            hosts[..3],
            [Host::Domain("Example.com"), Host::Ipv4(Ipv4Addr::new(127, 0, 0, 2)), Host::Ipv6(Ipv6Addr::LOCALHOST)]
        );
        let loopback: Vec<bool> = hosts.iter().map(|h| h.is_loopback()).collect();
        assert_eq!(loopback, [false, true, true, true, true, true, false, false, false]);
    }

    #[test]
    fn the_host_header_drops_the_default_port() {
        for (url, want) in [
            ("https://example.com:443/", "example.com"),
            ("http://example.com:80", "example.com"),
            ("https://example.com:80/", "example.com:80"),
            ("http://[::1]:9000/", "[::1]:9000"),
        ] {
            assert_eq!(host_header(&parse(url).unwrap()), want, "{url}");
        }
    }
}
