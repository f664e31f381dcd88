//! SigV4 for plain requests, computed here instead of through `aws-sigv4`'s request model: the
//! canonical request is hashed as it is written, without building it, and the signing key is
//! derived once per (secret, day, region, service) by `aws-sigv4` and kept as a ready HMAC key.
//! Hashes and the HMAC are ring's (already linked for TLS), whose assembly is several times
//! faster than the portable code where the CPU has no SHA extensions.
//!
//! A request is plain when its canonical form needs none of the work `aws-sigv4` does for the
//! general case, so that both give the same bytes: an `http`/`https` URL whose authority is a
//! name or IPv4 address with an optional port, whose path holds only unreserved characters and
//! `/` with no empty segment (normalising and double-encoding leave it as it is), and which has
//! no query or fragment; lowercase header names without duplicates; header values of visible
//! ASCII with single inner spaces (nothing for `aws-sigv4` to trim, nothing it rejects). Every
//! other request, and every SigV4a request, goes the general way. The unit tests sign thousands
//! of requests both ways and compare, and the SigV4 suite runs through [`super::sign`].

use std::cell::RefCell;
use std::time::UNIX_EPOCH;

use ring::digest::{self, SHA256};
use ring::hmac;

use super::{
    HEADER_AUTHORIZATION, HEADER_CONTENT_SHA256, HEADER_DATE, HEADER_SECURITY_TOKEN, SIGV4_ALGORITHM, Scheme,
    SessionTokenMode, SigningParams, is_signing_header,
};
use crate::http::HttpRequest;

/// Headers that `aws-sigv4` leaves out of the signature by default (besides `authorization`,
/// which signing removes first): proxies may change them.
const UNSIGNED_HEADERS: &[&str] = &["user-agent", "x-amzn-trace-id", "transfer-encoding"];

/// The most headers a plain request may have; more go the general way.
const MAX_HEADERS: usize = 24;

/// How many signing keys each thread keeps.
const CACHED_KEYS: usize = 4;

/// A derived signing key and what it was derived from. The secret is kept only as its SHA-256.
struct CachedKey {
    secret_digest: [u8; 32],
    day: u64,
    region: String,
    service: String,
    key: hmac::Key,
}

thread_local! {
    static SIGNING_KEYS: RefCell<Vec<CachedKey>> = const { RefCell::new(Vec::new()) };
}

/// Signs `request` with SigV4 if it is plain, with the same result as the general way; returns
/// whether it did. A request that is not plain is left untouched.
pub(super) fn try_sign(request: &mut HttpRequest, params: &SigningParams<'_>) -> bool {
    let Scheme::SigV4 { region } = params.scheme else { return false };
    let Ok(since_epoch) = params.time.duration_since(UNIX_EPOCH) else { return false };
    let Some(target) = PlainTarget::parse(&request.url) else { return false };
    if request.method.is_empty() || !request.method.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let credentials = params.credentials;
    let token = credentials.session_token();
    if token.is_some_and(|t| !is_plain_value(t)) || !is_plain_value(credentials.access_key_id()) {
        return false;
    }
    let settings = &params.settings;

    let seconds = since_epoch.as_secs();
    let amz_date = amz_date(seconds);
    let amz_date = std::str::from_utf8(&amz_date).expect("ASCII digits");
    let body_hash = match request.stream {
        // Streamed: see `sign_at_url`.
        Some(_) => super::streamed_payload(request).to_owned(),
        None => hex(digest::digest(&SHA256, &request.body).as_ref()),
    };

    // The signed headers, sorted by name: what the request keeps, then what signing adds.
    let mut signed: [(&str, &str); MAX_HEADERS] = [("", ""); MAX_HEADERS];
    let mut count = 0;
    let mut has_host = false;
    for (name, value) in &request.headers {
        if is_signing_header(name, settings, false) {
            continue;
        }
        if !is_plain_name(name) || !is_plain_value(value) {
            return false;
        }
        has_host |= name == "host";
        if UNSIGNED_HEADERS.contains(&name.as_str()) {
            continue;
        }
        if count == MAX_HEADERS {
            return false;
        }
        signed[count] = (name, value);
        count += 1;
    }
    let host = (!has_host).then(|| target.host_header());
    let mut add = |name, value| {
        if count == MAX_HEADERS {
            return false;
        }
        signed[count] = (name, value);
        count += 1;
        true
    };
    let mut room = host.as_deref().is_none_or(|h| add("host", h)) && add(HEADER_DATE, amz_date);
    if let Some(token) = token
        && settings.session_token_mode == SessionTokenMode::Include
    {
        room = room && add(HEADER_SECURITY_TOKEN, token);
    }
    if settings.signed_body_header {
        room = room && add(HEADER_CONTENT_SHA256, &body_hash);
    }
    if !room {
        return false;
    }
    let signed = &mut signed[..count];
    signed.sort_unstable_by(|a, b| a.0.cmp(b.0));
    if signed.windows(2).any(|w| w[0].0 == w[1].0) {
        // aws-sigv4 joins repeated headers; leave that to it.
        return false;
    }

    // The canonical request, hashed as it is written.
    let mut canonical = digest::Context::new(&SHA256);
    for part in [request.method.as_str(), "\n", target.path, "\n\n"] {
        canonical.update(part.as_bytes());
    }
    for (name, value) in signed.iter() {
        for part in [*name, ":", *value, "\n"] {
            canonical.update(part.as_bytes());
        }
    }
    canonical.update(b"\n");
    let mut signed_names = String::with_capacity(signed.iter().map(|(n, _)| n.len() + 1).sum());
    for (i, (name, _)) in signed.iter().enumerate() {
        if i > 0 {
            signed_names.push(';');
        }
        signed_names.push_str(name);
    }
    canonical.update(signed_names.as_bytes());
    canonical.update(b"\n");
    canonical.update(body_hash.as_bytes());
    let canonical_hash = hex(canonical.finish().as_ref());

    // The string to sign; its scope is also the authorization header's.
    let day = &amz_date[..8];
    let mut string_to_sign = String::with_capacity(128 + region.len() + params.signing_name.len());
    for part in [SIGV4_ALGORITHM, "\n", amz_date, "\n"] {
        string_to_sign.push_str(part);
    }
    let scope_start = string_to_sign.len();
    for part in [day, "/", region, "/", params.signing_name, "/aws4_request"] {
        string_to_sign.push_str(part);
    }
    let scope_end = string_to_sign.len();
    string_to_sign.push('\n');
    string_to_sign.push_str(&canonical_hash);

    let signature = signing_key(credentials.secret_access_key(), seconds, region, params.signing_name, |key| {
        hex(hmac::sign(key, string_to_sign.as_bytes()).as_ref())
    });
    let scope = &string_to_sign[scope_start..scope_end];
    let mut authorization = String::with_capacity(
        SIGV4_ALGORITHM.len() + credentials.access_key_id().len() + scope.len() + signed_names.len() + 100,
    );
    for part in [
        SIGV4_ALGORITHM,
        " Credential=",
        credentials.access_key_id(),
        "/",
        scope,
        ", SignedHeaders=",
        &signed_names,
        ", Signature=",
        &signature,
    ] {
        authorization.push_str(part);
    }

    // As the general way leaves it: the request's headers without stale signing headers, the
    // derived host, then what aws-sigv4 adds, in its order.
    let amz_date = amz_date.to_owned();
    request.headers.retain(|(name, _)| !is_signing_header(name, settings, false));
    if let Some(host) = host {
        request.headers.push(("host".to_owned(), host));
    }
    request.headers.push((HEADER_DATE.to_owned(), amz_date));
    request.headers.push((HEADER_AUTHORIZATION.to_owned(), authorization));
    if settings.signed_body_header {
        request.headers.push((HEADER_CONTENT_SHA256.to_owned(), body_hash));
    }
    if let Some(token) = token {
        request.headers.push((HEADER_SECURITY_TOKEN.to_owned(), token.to_owned()));
    }
    true
}

/// Calls `with` with the SigV4 signing key for the UTC day of `seconds`, from this thread's cache
/// or derived and cached.
pub(super) fn signing_key<T>(
    secret: &str,
    seconds: u64,
    region: &str,
    service: &str,
    with: impl FnOnce(&hmac::Key) -> T,
) -> T {
    let day = seconds / 86_400;
    let secret_digest: [u8; 32] =
        digest::digest(&SHA256, secret.as_bytes()).as_ref().try_into().expect("a SHA-256 digest");
    SIGNING_KEYS.with(|cell| {
        let mut keys = cell.borrow_mut();
        if let Some(hit) = keys
            .iter()
            .find(|k| k.day == day && k.secret_digest == secret_digest && k.region == region && k.service == service)
        {
            return with(&hit.key);
        }
        let time = UNIX_EPOCH + std::time::Duration::from_secs(seconds);
        let derived = aws_sigv4::sign::v4::generate_signing_key(secret, time, region, service);
        let key = hmac::Key::new(hmac::HMAC_SHA256, derived.as_ref());
        let result = with(&key);
        let entry = CachedKey { secret_digest, day, region: region.to_owned(), service: service.to_owned(), key };
        // Keys of other days are of no more use.
        keys.retain(|k| k.day == day);
        if keys.len() == CACHED_KEYS {
            keys.remove(0);
        }
        keys.push(entry);
        result
    })
}

/// The parts of a plain URL.
struct PlainTarget<'u> {
    https: bool,
    host: &'u str,
    port: Option<u16>,
    path: &'u str,
}

impl<'u> PlainTarget<'u> {
    fn parse(url: &'u str) -> Option<Self> {
        let (https, rest) = if let Some(rest) = url.strip_prefix("https://") {
            (true, rest)
        } else {
            (false, url.strip_prefix("http://")?)
        };
        let authority_end = rest.find('/')?;
        let (authority, path) = rest.split_at(authority_end);
        let (host, port) = match authority.split_once(':') {
            Some((host, port)) => {
                if port.is_empty() || port.len() > 5 || !port.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                (host, Some(port.parse::<u16>().ok()?))
            }
            None => (authority, None),
        };
        let host_ok = !host.is_empty() && host.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
        let path_ok = path.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'~' | b'/'))
            && !path.contains("//");
        (host_ok && path_ok).then_some(Self { https, host, port, path })
    }

    /// As [`super::host_header`] makes it: the host, and the port unless it is the default.
    fn host_header(&self) -> String {
        let default = if self.https { 443 } else { 80 };
        match self.port {
            Some(port) if port != default => format!("{}:{port}", self.host),
            _ => self.host.to_owned(),
        }
    }
}

/// A header name `aws-sigv4` takes as it is.
fn is_plain_name(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A header value `aws-sigv4` neither trims nor rejects: visible ASCII, with single spaces
/// between words.
fn is_plain_value(value: &str) -> bool {
    let bytes = value.as_bytes();
    bytes.iter().all(|&b| (b' '..=b'~').contains(&b))
        && bytes.first() != Some(&b' ')
        && bytes.last() != Some(&b' ')
        && !value.contains("  ")
}

/// `YYYYMMDDTHHMMSSZ` for seconds since the epoch, in UTC.
pub(super) fn amz_date(seconds: u64) -> [u8; 16] {
    let days = seconds / 86_400;
    let of_day = seconds % 86_400;
    let (year, month, day) = civil_from_days(days);
    let mut out = *b"00000000T000000Z";
    let mut put = |at: usize, width: usize, mut value: u64| {
        for i in (at..at + width).rev() {
            out[i] = b'0' + (value % 10) as u8;
            value /= 10;
        }
    };
    put(0, 4, year);
    put(4, 2, month);
    put(6, 2, day);
    put(9, 2, of_day / 3_600);
    put(11, 2, of_day % 3_600 / 60);
    put(13, 2, of_day % 60);
    out
}

/// The proleptic Gregorian date of a day counted from 1970-01-01 (years counted from March, so
/// that the leap day ends a year).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let days = days + 719_468;
    let era = days / 146_097;
    let day_of_era = days % 146_097;
    let year_of_era = (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

/// Lowercase hex.
pub(super) fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::Credentials;
    use crate::sign::{SigningSettings, sign_at_url, wire_url};
    use std::time::{Duration, SystemTime};

    /// The general way, never the plain one.
    fn sign_general(request: &mut HttpRequest, params: &SigningParams<'_>) -> Result<(), super::super::SigningError> {
        let wire = wire_url(&request.url)?;
        sign_at_url(request, wire, params)
    }

    #[test]
    fn amz_dates_match_the_parser() {
        for seconds in [0, 59, 86_399, 86_400, 951_782_400, 951_868_799, 1_440_938_160, 4_102_444_800, 253_402_300_799]
        {
            let text = amz_date(seconds);
            let text = std::str::from_utf8(&text).expect("ascii");
            assert_eq!(super::super::parse_amz_date(text), Some(UNIX_EPOCH + Duration::from_secs(seconds)), "{text}");
        }
        // Every day for 1,000 years.
        for day in (0..365_250u64).step_by(7) {
            let seconds = day * 86_400 + 12_345;
            let text = amz_date(seconds);
            let text = std::str::from_utf8(&text).expect("ascii");
            assert_eq!(super::super::parse_amz_date(text), Some(UNIX_EPOCH + Duration::from_secs(seconds)), "{text}");
        }
    }

    #[test]
    fn plain_targets() {
        for (url, plain) in [
            ("http://127.0.0.1:4599/", true),
            ("https://partnercentral-channel.global.api.aws/", true),
            ("https://example.com:443/a/b-c_d~e", true),
            ("https://example.com", false),
            ("https://example.com/?", false),
            ("https://example.com/a?b=1", false),
            ("https://example.com/a#f", false),
            ("https://example.com/a/./b", false),
            ("https://example.com/a//b", false),
            ("https://example.com/%41", false),
            ("https://user@example.com/", false),
            ("https://[::1]:443/", false),
            ("https://example.com:/", false),
            ("https://example.com:99999/", false),
            ("ftp://example.com/", false),
            ("HTTPS://example.com/", false),
            ("/relative", false),
        ] {
            assert_eq!(PlainTarget::parse(url).is_some(), plain, "{url}");
        }
    }

    /// A small deterministic generator, so the comparison covers many shapes of request.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self, below: usize) -> usize {
            self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            ((self.0 >> 33) % below as u64) as usize
        }
        fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
            from[self.next(from.len())]
        }
    }

    #[test]
    fn plain_signing_equals_the_general_way() {
        let urls = [
            "http://127.0.0.1:4599/",
            "http://127.0.0.1:80/",
            "https://partnercentral-channel.global.api.aws/",
            "https://Example.COM:443/a/b",
            "https://example.com:8443/x-y_z~",
            "https://example.com/a?b=1",
            "https://example.com/a b",
            "https://example.com/./a",
        ];
        let names = [
            "content-type",
            "x-amz-target",
            "user-agent",
            "amz-sdk-invocation-id",
            "amz-sdk-request",
            "host",
            "x-amz-date",
            "authorization",
            "x-amz-security-token",
            "x-amz-content-sha256",
            "x-amzn-trace-id",
            "transfer-encoding",
            "content-length",
            "X-Upper",
            "x-custom",
        ];
        let values = [
            "application/x-amz-json-1.0",
            "attempt=1; max=3",
            "aws-operation/0.1.0 app/bench",
            "",
            "  padded  ",
            "two  spaces",
            "tab\there",
            "other.example:8080",
            "line\nbreak",
            "caf\u{e9}",
            "stale",
        ];
        let tokens = [None, Some("session-token"), Some("bad token  ")];
        let mut rng = Lcg(0x5eed);
        let mut plain = 0;
        for case in 0..4_000 {
            let url = rng.pick(&urls);
            let method = rng.pick(&["POST", "GET", "PUT", "post"]);
            let mut request = HttpRequest::new(method, url);
            for _ in 0..rng.next(7) {
                let (name, value) = (rng.pick(&names), rng.pick(&values));
                request.headers.push((name.to_owned(), value.to_owned()));
            }
            request.body = bytes::Bytes::from(["", "{}", "{\"catalog\":\"AWS\"}"][rng.next(3)]);
            let token = tokens[rng.next(tokens.len())].map(str::to_owned);
            let secret = ["wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "other-secret"][rng.next(2)];
            let credentials = Credentials::new("AKIDEXAMPLE", secret, token, None);
            let settings = SigningSettings {
                normalize_path: rng.next(2) == 0,
                double_uri_encode: rng.next(2) == 0,
                signed_body_header: rng.next(2) == 0,
                session_token_mode: [SessionTokenMode::Include, SessionTokenMode::Exclude][rng.next(2)],
            };
            let time = UNIX_EPOCH + Duration::from_secs(1_440_938_160 + rng.next(3) as u64 * 50_000);
            let region = rng.pick(&["us-east-1", "eu-west-1"]);
            let params = SigningParams {
                credentials: &credentials,
                scheme: Scheme::SigV4 { region },
                signing_name: rng.pick(&["partnercentral-channel", "service"]),
                time,
                settings,
            };
            let mut general = request.clone();
            let general_result = sign_general(&mut general, &params);
            let mut fast = request.clone();
            if try_sign(&mut fast, &params) {
                plain += 1;
                assert!(general_result.is_ok(), "case {case}: plain signing of a request the general way rejects");
                assert_eq!(fast, general, "case {case}");
            } else {
                assert_eq!(fast, request, "case {case}: a declined request is left alone");
            }
        }
        assert!(plain > 300, "only {plain} requests were plain: the comparison proves little");
    }

    #[test]
    fn keys_are_cached_per_secret_day_region_and_service() {
        let day = 1_440_938_160;
        let tag = |secret, seconds, region, service| {
            signing_key(secret, seconds, region, service, |key| hmac::sign(key, b"message").as_ref().to_vec())
        };
        let a = tag("secret", day, "us-east-1", "service");
        assert_eq!(a, tag("secret", day + 60, "us-east-1", "service"));
        for other in [
            tag("secret2", day, "us-east-1", "service"),
            tag("secret", day + 86_400, "us-east-1", "service"),
            tag("secret", day, "us-west-2", "service"),
            tag("secret", day, "us-east-1", "other"),
        ] {
            assert_ne!(a, other);
        }
        // Cached or not, the key is aws-sigv4's.
        let derived = aws_sigv4::sign::v4::generate_signing_key(
            "secret",
            SystemTime::UNIX_EPOCH + Duration::from_secs(day),
            "us-east-1",
            "service",
        );
        assert_eq!(hex(&a), aws_sigv4::sign::v4::calculate_signature(derived, b"message"));
        assert_eq!(a, tag("secret", day, "us-east-1", "service"));
    }
}
