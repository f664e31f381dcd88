//! The HTTPS proxy: its URL, `NO_PROXY` (the hosts reached without it) and the `CONNECT` request
//! that opens a tunnel through it.
//!
//! * The URL is `http://` or `https://` (TLS to the proxy itself), `host[:port]` (80 or 443 by
//!   default), with an optional `user:password@`, percent-decoded and sent as
//!   `Proxy-Authorization: Basic`. A path is ignored.
//! * `NO_PROXY` is comma-separated: `*` (every host), IP addresses and CIDR blocks (matching
//!   hosts written as addresses), and names, which match themselves and their subdomains; a
//!   leading dot changes nothing (`.example.com` and `example.com` both match `a.example.com`
//!   and `example.com`). Names compare case-insensitively; anything else never matches.
//! * The tunnel is ready on a `2xx` answer to `CONNECT host:port HTTP/1.1`. Nothing here ever
//!   shows the password: errors name the status, `Debug` goes through [`redact_userinfo`].

use std::fmt;
use std::net::IpAddr;

use base64::Engine as _;
use http::Uri;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

use super::uri::{self, Host};

/// The largest answer to `CONNECT` read: a status line and a few headers.
const MAX_ANSWER: usize = 8 << 10;

/// A proxy URL that passed [`Proxy::parse`].
#[derive(Clone)]
pub(crate) struct Proxy {
    /// The URL as configured, password included: shown only through [`redact_userinfo`].
    text: String,
    /// Scheme, host and port: what is connected to, and all that the connection layer (and
    /// anything it logs) ever sees.
    uri: Uri,
    /// `Basic ...`, from the URL's user and password.
    authorization: Option<String>,
}

impl Proxy {
    /// `text` as a proxy URL: `http` or `https`, a host, a port that fits in 16 bits.
    pub(crate) fn parse(text: &str) -> Option<Self> {
        let (scheme, rest) = text.split_once("://")?;
        let scheme = ["http", "https"].into_iter().find(|s| scheme.eq_ignore_ascii_case(s))?;
        let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
        let (userinfo, host_port) = match authority.rsplit_once('@') {
            Some((userinfo, host_port)) => (Some(userinfo), host_port),
            None => (None, authority),
        };
        let uri = uri::parse(&format!("{scheme}://{host_port}"))?;
        let authorization = userinfo.map(|userinfo| {
            let (user, password) = userinfo.split_once(':').unwrap_or((userinfo, ""));
            let mut plain = percent_decode(user);
            plain.push(b':');
            plain.extend(percent_decode(password));
            format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(plain))
        });
        Some(Self { text: text.to_owned(), uri, authorization })
    }

    /// The URL as configured.
    #[cfg(test)]
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// Where to connect: `http(s)://host:port`, without the user and password.
    pub(crate) fn uri(&self) -> &Uri {
        &self.uri
    }

    /// Whether the connection to the proxy itself is TLS.
    pub(crate) fn is_https(&self) -> bool {
        uri::is_https(&self.uri)
    }

    /// The value of `Proxy-Authorization`, if the URL has a user or a password.
    pub(crate) fn authorization(&self) -> Option<&str> {
        self.authorization.as_deref()
    }
}

impl fmt::Debug for Proxy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&redact_userinfo(&self.text))
    }
}

/// `%XX` sequences decoded; anything else, a stray `%` included, kept as it is.
fn percent_decode(text: &str) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some((high, low)) =
                bytes.get(i + 1).and_then(|&h| hex(h)).zip(bytes.get(i + 2).and_then(|&l| hex(l)))
        {
            out.push((high << 4) | low);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// `scheme://***@host...` for a URL with a user or password; the URL unchanged otherwise.
pub(crate) fn redact_userinfo(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => {
            let prefix = if scheme.is_empty() { String::new() } else { format!("{scheme}://") };
            format!("{prefix}***{}", &rest[at..])
        }
        None => url.to_owned(),
    }
}

/// The hosts of `NO_PROXY`, reached without the proxy (see the module's doc).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct NoProxy {
    everything: bool,
    /// Lowercase, without a leading dot.
    names: Vec<String>,
    /// Blocks as an address and a prefix length; a single address has the full length.
    blocks: Vec<(IpAddr, u8)>,
}

impl NoProxy {
    /// The hosts of a `NO_PROXY` value.
    pub(crate) fn parse(list: &str) -> Self {
        let mut no_proxy = Self::default();
        for entry in list.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            if entry == "*" {
                no_proxy.everything = true;
            } else if let Some(block) = parse_block(entry) {
                no_proxy.blocks.push(block);
            } else {
                let name = entry.strip_prefix('.').unwrap_or(entry);
                no_proxy.names.push(name.to_ascii_lowercase());
            }
        }
        no_proxy
    }

    /// Whether `host` is reached without the proxy.
    pub(crate) fn matches(&self, host: Host<'_>) -> bool {
        if self.everything {
            return true;
        }
        match host.ip() {
            Some(ip) => self.blocks.iter().any(|&(block, len)| in_block(ip, block, len)),
            None => {
                let Host::Domain(name) = host else { return false };
                let name = name.strip_suffix('.').unwrap_or(name).as_bytes();
                self.names.iter().any(|entry| {
                    let Some(start) = name.len().checked_sub(entry.len()) else { return false };
                    name[start..].eq_ignore_ascii_case(entry.as_bytes()) && (start == 0 || name[start - 1] == b'.')
                })
            }
        }
    }
}

/// An address (`10.1.2.3`, `::1`, `[::1]`) or a CIDR block (`10.0.0.0/8`).
fn parse_block(entry: &str) -> Option<(IpAddr, u8)> {
    let (address, len) = match entry.split_once('/') {
        Some((address, len)) => (address, Some(len.parse::<u8>().ok()?)),
        None => (entry, None),
    };
    let address = address.strip_prefix('[').and_then(|a| a.strip_suffix(']')).unwrap_or(address);
    let ip: IpAddr = address.parse().ok()?;
    let full = if ip.is_ipv4() { 32 } else { 128 };
    let len = len.unwrap_or(full);
    (len <= full).then_some((ip, len))
}

fn in_block(ip: IpAddr, block: IpAddr, len: u8) -> bool {
    let (ip, block, full) = match (ip, block) {
        (IpAddr::V4(ip), IpAddr::V4(block)) => (u128::from(ip.to_bits()), u128::from(block.to_bits()), 32),
        (IpAddr::V6(ip), IpAddr::V6(block)) => (ip.to_bits(), block.to_bits(), 128),
        _ => return false,
    };
    let shift = full - u32::from(len);
    // A shift of 128 would overflow: a /0 block holds every address.
    shift == 128 || ip >> shift == block >> shift
}

/// Asks the proxy at the other end of `stream` for a tunnel to `authority` (`host:port`).
/// Errors say what the proxy did, never what was sent.
pub(crate) async fn tunnel<S>(stream: &mut S, authority: &str, authorization: Option<&str>) -> Result<(), String>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let mut head = format!("CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n");
    if let Some(authorization) = authorization {
        head.push_str("Proxy-Authorization: ");
        head.push_str(authorization);
        head.push_str("\r\n");
    }
    head.push_str("\r\n");
    let sent = async {
        stream.write_all(head.as_bytes()).await?;
        stream.flush().await
    };
    sent.await.map_err(|e| format!("sending CONNECT to the proxy failed: {e}"))?;

    let mut answer = Vec::with_capacity(256);
    let mut buffer = [0u8; 1024];
    loop {
        let n = stream.read(&mut buffer).await.map_err(|e| format!("reading the proxy's answer failed: {e}"))?;
        if n == 0 {
            return Err("the proxy closed the connection before answering CONNECT".to_owned());
        }
        answer.extend_from_slice(&buffer[..n]);
        if let Some(end) = answer.windows(4).position(|w| w == b"\r\n\r\n") {
            // The target speaks only after the client's TLS hello: bytes here are not its.
            if end + 4 != answer.len() {
                return Err("the proxy sent data after its answer to CONNECT".to_owned());
            }
            break;
        }
        if answer.len() > MAX_ANSWER {
            return Err(format!("the proxy's answer to CONNECT is over {MAX_ANSWER} bytes"));
        }
    }
    let status = answer
        .strip_prefix(b"HTTP/1.")
        .and_then(|rest| rest.get(2..5))
        .and_then(|code| std::str::from_utf8(code).ok()?.parse::<u16>().ok());
    match status {
        Some(200..=299) => Ok(()),
        Some(407) => Err("the proxy requires authentication (status 407)".to_owned()),
        Some(status) => Err(format!("the proxy answered CONNECT with status {status}")),
        None => Err("the proxy's answer to CONNECT is not HTTP/1.x".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn userinfo_is_redacted() {
        let cases = [
            ("http://user:pw@proxy:3128", "http://***@proxy:3128"),
            ("http://user:p@ss@proxy:3128/x@y", "http://***@proxy:3128/x@y"),
            ("user:pw@proxy:3128", "***@proxy:3128"),
            ("http://proxy:3128/a@b", "http://proxy:3128/a@b"),
            ("http://proxy", "http://proxy"),
        ];
        for (url, want) in cases {
            assert_eq!(redact_userinfo(url), want, "{url}");
        }
    }

    #[test]
    fn proxy_urls_keep_the_password_out_of_the_uri() {
        let proxy = Proxy::parse("http://us%65r:p%40ss:w@proxy.corp:3128/ignored").unwrap();
        assert_eq!(proxy.uri().to_string(), "http://proxy.corp:3128/");
        assert!(!proxy.is_https());
        // "user:p@ss:w"
        assert_eq!(proxy.authorization(), Some("Basic dXNlcjpwQHNzOnc="));
        assert_eq!(format!("{proxy:?}"), "http://***@proxy.corp:3128/ignored");

        let proxy = Proxy::parse("HTTPS://[::1]").unwrap();
        assert!(proxy.is_https() && proxy.authorization().is_none());
        assert_eq!(uri::port(proxy.uri()), 443);
        assert_eq!(Proxy::parse("http://a@127.0.0.1:1").unwrap().authorization(), Some("Basic YTo="));

        for bad in
            ["socks5://proxy:1080", "http://", "http://user:pw@", "http://proxy:99999", "proxy:3128", "http://a b"]
        {
            assert!(Proxy::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn percent_decoding_keeps_what_is_not_an_escape() {
        assert_eq!(percent_decode("a%20b%2F%2f"), b"a b//");
        assert_eq!(percent_decode("100%"), b"100%");
        assert_eq!(percent_decode("%zz%4"), b"%zz%4");
        assert_eq!(percent_decode("%C3%A9"), "é".as_bytes());
    }

    fn host(text: &str) -> Host<'_> {
        if let Some(v6) = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
            return Host::Ipv6(v6.parse().unwrap());
        }
        text.parse().map_or(Host::Domain(text), Host::Ipv4)
    }

    #[test]
    fn no_proxy_names_match_themselves_and_their_subdomains() {
        let no_proxy = NoProxy::parse(" example.com, .internal ,LOCALHOST,,foo.bar:8080");
        for direct in
            ["example.com", "a.example.com", "A.B.Example.COM", "internal", "x.internal", "localhost", "example.com."]
        {
            assert!(no_proxy.matches(host(direct)), "{direct}");
        }
        for proxied in
            ["notexample.com", "example.com.evil", "com", "internal.x", "foo.bar", "127.0.0.1", "[::1]", "localhost6"]
        {
            assert!(!no_proxy.matches(host(proxied)), "{proxied}");
        }
    }

    #[test]
    fn no_proxy_addresses_and_blocks_match_addresses_only() {
        let no_proxy = NoProxy::parse("127.0.0.1,10.0.0.0/8,192.168.1.0/24,::1,[fd00::1],fe80::/10,1.2.3.4/40");
        for direct in ["127.0.0.1", "10.0.0.1", "10.255.255.255", "192.168.1.77", "[::1]", "[fd00::1]", "[fe80::abcd]"]
        {
            assert!(no_proxy.matches(host(direct)), "{direct}");
        }
        for proxied in ["127.0.0.2", "11.0.0.1", "192.168.2.1", "[::2]", "[fec0::1]", "1.2.3.4", "localhost"] {
            assert!(!no_proxy.matches(host(proxied)), "{proxied}");
        }
        assert!(NoProxy::parse("0.0.0.0/0").matches(host("8.8.8.8")));
        assert!(NoProxy::parse("::/0").matches(host("[2001:db8::1]")));
        assert!(!NoProxy::parse("::/0").matches(host("8.8.8.8")), "families never mix");
    }

    #[test]
    fn a_star_means_every_host_and_an_empty_list_none() {
        let everything = NoProxy::parse("example.com, *");
        for any in ["example.org", "10.0.0.1", "[::1]"] {
            assert!(everything.matches(host(any)), "{any}");
        }
        assert_eq!(NoProxy::parse(" , "), NoProxy::default());
        assert!(!NoProxy::parse("").matches(host("example.com")));
    }

    /// Runs `tunnel` against a proxy that reads the request and answers `answer`.
    async fn tunnel_against(answer: &'static [u8], authorization: Option<&str>) -> (Result<(), String>, String) {
        let (mut client, mut proxy) = tokio::io::duplex(64 << 10);
        let proxy = tokio::spawn(async move {
            let mut head = Vec::new();
            let mut byte = [0u8; 1];
            while !head.ends_with(b"\r\n\r\n") && proxy.read(&mut byte).await.unwrap() == 1 {
                head.push(byte[0]);
            }
            proxy.write_all(answer).await.unwrap();
            String::from_utf8(head).unwrap()
        });
        let result = tunnel(&mut client, "example.com:443", authorization).await;
        (result, proxy.await.unwrap())
    }

    #[tokio::test]
    async fn the_tunnel_opens_on_a_2xx_and_names_the_status_otherwise() {
        let (result, head) = tunnel_against(b"HTTP/1.1 200 Connection established\r\n\r\n", Some("Basic eDp5")).await;
        assert_eq!(result, Ok(()));
        assert_eq!(
            head,
            "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\nProxy-Authorization: Basic eDp5\r\n\r\n"
        );
        let (result, head) = tunnel_against(b"HTTP/1.0 204 No Content\r\nX: y\r\n\r\n", None).await;
        assert_eq!(result, Ok(()));
        assert!(!head.contains("Proxy-Authorization"), "{head}");
        for (answer, error) in [
            (&b"HTTP/1.1 407 Proxy Authentication Required\r\n\r\n"[..], "requires authentication (status 407)"),
            (b"HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n", "status 502"),
            (b"SSH-2.0-OpenSSH\r\n\r\n", "not HTTP/1.x"),
            (b"HTTP/1.1 200 OK\r\n\r\nsurprise", "data after its answer"),
            (b"HTTP/1.1 200", "closed the connection"),
        ] {
            let (result, _) = tunnel_against(answer, Some("Basic c2VjcmV0")).await;
            let message = result.unwrap_err();
            assert!(message.contains(error) && !message.contains("c2VjcmV0"), "{message}");
        }
    }
}
