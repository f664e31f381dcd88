//! The AWS signing test suite's header-signing cases (SigV4, and SigV4a with the `sigv4a`
//! feature), through the runtime's own signing path: each vector's request becomes an
//! `HttpRequest` and is signed by `aws_operation::sign::sign`, the function the client calls,
//! which turns it into a signable request and adds the headers. A request line that such a
//! request cannot carry (a raw space or UTF-8, which `sign` would percent-encode first, as any
//! HTTP client does) goes through `sign_verbatim`, the same path minus that escaping.
//!
//! SigV4 cases must give exactly the signed request of `header-signed-request.txt`. SigV4a
//! signatures are randomized ECDSA, so a SigV4a case passes when our signature verifies, with the
//! suite's `public-key.json`, over the suite's `header-string-to-sign.txt` (which proves our
//! string to sign and our key derivation are the suite's), the suite's own signature verifies
//! the same way, and the rest of the signed request equals `header-signed-request.txt`.
//!
//! The vectors are the runtime's fixtures (`runtime/tests/fixtures/sigv4/`).

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use aws_operation::Credentials;
use aws_operation::http::HttpRequest;
use aws_operation::sign::{self, Scheme, SessionTokenMode, SigningParams, SigningSettings};
use serde_json::Value;

use crate::Tally;

/// Cases whose request is adapted, with the reason. The request line is otherwise taken from
/// `request.txt` as it is.
const ADAPTED: &[(&str, &str)] = &[(
    "get-space-normalized",
    "smithy-rs's copy of `request.txt` writes the path pre-encoded (`/example%20space/`, as \
     `http::Uri` cannot hold a space), while the case's signed request, the CRT original and the \
     v4a copy of the case all have the raw `/example space/`, which the canonical request encodes \
     once (`/example%20space/`); the raw path is signed",
)];

fn fixtures(suite: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime/tests/fixtures/sigv4").join(suite)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Case folders of a suite, sorted.
fn cases(suite: &str) -> Vec<(String, PathBuf)> {
    let mut cases: Vec<_> = std::fs::read_dir(fixtures(suite))
        .expect("fixture folder")
        .map(|entry| {
            let entry = entry.expect("fixture entry");
            (entry.file_name().to_string_lossy().into_owned(), entry.path())
        })
        .collect();
    cases.sort();
    cases
}

/// A request as the suite writes it: `METHOD target HTTP/1.1`, `Name:value` lines (a folded
/// continuation line joins the previous value with one space), a blank line, the body.
struct RawRequest {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl RawRequest {
    fn parse(text: &str) -> Self {
        let (head, body) = text.split_once("\n\n").unwrap_or((text.trim_end_matches('\n'), ""));
        let mut lines = head.lines();
        let (method, rest) = lines.next().expect("request line").split_once(' ').expect("method and target");
        let target = rest.strip_suffix(" HTTP/1.1").unwrap_or(rest);
        let mut headers: Vec<(String, String)> = Vec::new();
        for line in lines {
            if line.starts_with([' ', '\t']) {
                let (_, value) = headers.last_mut().expect("folded line after a header");
                value.push(' ');
                value.push_str(line.trim());
            } else {
                let (name, value) = line.split_once(':').expect("header line");
                headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
            }
        }
        Self { method: method.to_owned(), target: target.to_owned(), headers, body: body.as_bytes().to_vec() }
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// `context.json`; the two smithy-rs cases have none, and their parameters are those the
/// suite's README gives.
struct Context {
    access_key_id: String,
    secret_access_key: String,
    token: Option<String>,
    region: String,
    service: String,
    time: SystemTime,
    normalize: bool,
    sign_body: bool,
    omit_session_token: bool,
}

impl Context {
    fn load(dir: &Path, case: &str) -> Self {
        let path = dir.join("context.json");
        if !path.exists() {
            let (key, secret, region, service, time) = match case {
                "double-url-encode" => (
                    "AKIDEXAMPLE",
                    "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                    "us-east-2",
                    "lambda",
                    "2021-05-11T15:40:45Z",
                ),
                "double-encode-path" => {
                    ("ANOTREAL", "notrealrnrELgWzOk3IfjzDKtFBhDby", "us-east-1", "service", "2015-08-30T12:36:00Z")
                }
                other => panic!("{other} has no context.json"),
            };
            return Self {
                access_key_id: key.to_owned(),
                secret_access_key: secret.to_owned(),
                token: None,
                region: region.to_owned(),
                service: service.to_owned(),
                time: time_of(time),
                normalize: true,
                sign_body: false,
                omit_session_token: false,
            };
        }
        let json: Value = serde_json::from_str(&read(&path)).expect("context.json");
        let text = |v: &Value| v.as_str().expect("string").to_owned();
        let flag = |key: &str| json.get(key).and_then(Value::as_bool);
        Self {
            access_key_id: text(&json["credentials"]["access_key_id"]),
            secret_access_key: text(&json["credentials"]["secret_access_key"]),
            token: json["credentials"].get("token").map(text),
            region: text(&json["region"]),
            service: text(&json["service"]),
            time: time_of(json["timestamp"].as_str().expect("timestamp")),
            normalize: flag("normalize").unwrap_or(true),
            sign_body: flag("sign_body").unwrap_or(false),
            omit_session_token: flag("omit_session_token").unwrap_or(false),
        }
    }

    fn credentials(&self) -> Credentials {
        Credentials::new(&self.access_key_id, &self.secret_access_key, self.token.clone(), None)
    }

    fn settings(&self) -> SigningSettings {
        SigningSettings {
            normalize_path: self.normalize,
            double_uri_encode: true,
            signed_body_header: self.sign_body,
            session_token_mode: if self.omit_session_token {
                SessionTokenMode::Exclude
            } else {
                SessionTokenMode::Include
            },
        }
    }
}

fn time_of(rfc3339: &str) -> SystemTime {
    let t = aws_operation::DateTime::parse_date_time(rfc3339).expect("timestamp");
    SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(t.secs() as u64)
}

/// Bytes that `sign` percent-encodes before signing, as an HTTP client does before sending.
fn needs_wire_escape(byte: u8) -> bool {
    byte <= b' ' || byte >= 0x7f || matches!(byte, b'"' | b'<' | b'>' | b'`' | b'{' | b'}' | b'\\')
}

/// Signs the case's request through the runtime and returns it.
fn sign_case(case: &str, raw: &RawRequest, params: &SigningParams<'_>) -> Result<HttpRequest, String> {
    let target =
        if ADAPTED.iter().any(|(name, _)| *name == case) { percent_decode(&raw.target) } else { raw.target.clone() };
    let host = raw.header("host").ok_or("no host header")?;
    let mut request = HttpRequest {
        method: raw.method.clone(),
        url: format!("https://{host}{target}"),
        headers: raw.headers.clone(),
        body: raw.body.clone().into(),
        stream: None,
    };
    let url = request.url.clone();
    if target.bytes().any(needs_wire_escape) {
        sign::sign_verbatim(&mut request, params).map_err(|e| format!("sign_verbatim: {e}"))?;
    } else {
        sign::sign(&mut request, params).map_err(|e| format!("sign: {e}"))?;
    }
    if request.url != url {
        return Err(format!("the URL changed to {}", request.url));
    }
    Ok(request)
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], text.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).expect("UTF-8")
}

/// The signed request against `header-signed-request.txt`: request line, headers in any order
/// (every `authorization` value passed through `auth` first), body.
fn compare(signed: &HttpRequest, expected: &RawRequest, auth: impl Fn(&str) -> String) -> Result<(), String> {
    let after_scheme = &signed.url[signed.url.find("://").map_or(0, |i| i + 3)..];
    let target = after_scheme.find('/').map_or("/", |i| &after_scheme[i..]);
    if signed.method != expected.method || target != expected.target {
        return Err(format!(
            "request line `{} {target}`, expected `{} {}`",
            signed.method, expected.method, expected.target
        ));
    }
    let normalize = |headers: &[(String, String)]| {
        let mut headers: Vec<(String, String)> = headers
            .iter()
            .map(|(n, v)| {
                (n.to_ascii_lowercase(), if n.eq_ignore_ascii_case("authorization") { auth(v) } else { v.clone() })
            })
            .collect();
        headers.sort();
        headers
    };
    let (ours, theirs) = (normalize(&signed.headers), normalize(&expected.headers));
    if ours != theirs {
        return Err(format!("headers {ours:?}, expected {theirs:?}"));
    }
    if signed.body.as_ref() != expected.body.as_slice() {
        return Err("the body differs".to_owned());
    }
    Ok(())
}

fn v4_case(case: &str, dir: &Path) -> Result<(), String> {
    let ctx = Context::load(dir, case);
    let raw = RawRequest::parse(&read(&dir.join("request.txt")));
    let expected = RawRequest::parse(&read(&dir.join("header-signed-request.txt")));
    let credentials = ctx.credentials();
    let params = SigningParams {
        credentials: &credentials,
        scheme: Scheme::SigV4 { region: &ctx.region },
        signing_name: &ctx.service,
        time: ctx.time,
        settings: ctx.settings(),
    };
    let signed = sign_case(case, &raw, &params)?;
    let signature_file = dir.join("header-signature.txt");
    if signature_file.exists() {
        let authorization = signed.header("authorization").unwrap_or_default();
        let signature = authorization.rsplit_once("Signature=").map_or("", |(_, s)| s);
        if signature != read(&signature_file).trim() {
            return Err(format!("signature {signature}, expected that of header-signature.txt"));
        }
    }
    compare(&signed, &expected, str::to_owned)
}

/// The 40 header-signing cases of `v4/`.
pub fn v4() -> Tally {
    let mut tally = Tally::new("sigv4");
    let cases = cases("v4");
    assert_eq!(cases.len(), 40, "the v4 suite has 40 cases");
    for (case, dir) in &cases {
        match v4_case(case, dir) {
            Ok(()) => tally.pass(),
            Err(why) => tally.fail(case, why),
        }
    }
    for (case, reason) in ADAPTED {
        tally.note(case, reason);
    }
    tally
}

/// The 38 header-signing cases of `v4a/`, skipped without the `sigv4a` feature.
pub fn v4a() -> Tally {
    let mut tally = Tally::new("sigv4a");
    let cases = cases("v4a");
    assert_eq!(cases.len(), 38, "the v4a suite has 38 cases");
    for (case, dir) in &cases {
        #[cfg(feature = "sigv4a")]
        match v4a::case(case, dir) {
            Ok(()) => tally.pass(),
            Err(why) => tally.fail(case, why),
        }
        #[cfg(not(feature = "sigv4a"))]
        {
            let _ = dir;
            tally.skip(case, "built without the `sigv4a` feature (CI runs this target with it)");
        }
    }
    tally
}

#[cfg(feature = "sigv4a")]
mod v4a {
    use super::*;
    use p256::ecdsa::signature::Verifier as _;
    use p256::ecdsa::{Signature, VerifyingKey};

    fn hex(text: &str) -> Result<Vec<u8>, String> {
        let text = text.trim();
        if !text.len().is_multiple_of(2) {
            return Err(format!("odd-length hex `{text}`"));
        }
        (0..text.len()).step_by(2).map(|i| u8::from_str_radix(&text[i..i + 2], 16).map_err(|e| e.to_string())).collect()
    }

    /// A DER `SEQUENCE { INTEGER r, INTEGER s }` as the fixed-size `r || s` of P-256.
    fn der_signature(der: &[u8]) -> Result<Signature, String> {
        let bad = || "not a DER ECDSA signature".to_owned();
        let integer = |at: usize| -> Result<(&[u8], usize), String> {
            let (tag, len) = (*der.get(at).ok_or_else(bad)?, usize::from(*der.get(at + 1).ok_or_else(bad)?));
            let value = der.get(at + 2..at + 2 + len).ok_or_else(bad)?;
            if tag != 0x02 || len == 0 || len > 33 {
                return Err(bad());
            }
            Ok((value, at + 2 + len))
        };
        if der.len() < 8 || der[0] != 0x30 || usize::from(der[1]) != der.len() - 2 {
            return Err(bad());
        }
        let (r, next) = integer(2)?;
        let (s, end) = integer(next)?;
        if end != der.len() {
            return Err(bad());
        }
        let mut fixed = [0u8; 64];
        let (r_slot, s_slot) = fixed.split_at_mut(32);
        for (scalar, slot) in [(r, r_slot), (s, s_slot)] {
            let scalar = if scalar.len() == 33 && scalar[0] == 0 { &scalar[1..] } else { scalar };
            slot[32 - scalar.len()..].copy_from_slice(scalar);
        }
        Signature::from_slice(&fixed).map_err(|e| e.to_string())
    }

    fn public_key(dir: &Path) -> Result<VerifyingKey, String> {
        let json: Value = serde_json::from_str(&read(&dir.join("public-key.json"))).map_err(|e| e.to_string())?;
        let mut sec1 = vec![0x04];
        sec1.extend(hex(json["X"].as_str().ok_or("no X")?)?);
        sec1.extend(hex(json["Y"].as_str().ok_or("no Y")?)?);
        VerifyingKey::from_sec1_bytes(&sec1).map_err(|e| e.to_string())
    }

    fn without_signature(authorization: &str) -> String {
        authorization.rsplit_once(", Signature=").map_or(authorization, |(head, _)| head).to_owned()
    }

    pub fn case(case: &str, dir: &Path) -> Result<(), String> {
        let ctx = Context::load(dir, case);
        let raw = RawRequest::parse(&read(&dir.join("request.txt")));
        let expected = RawRequest::parse(&read(&dir.join("header-signed-request.txt")));
        let credentials = ctx.credentials();
        let params = SigningParams {
            credentials: &credentials,
            scheme: Scheme::SigV4a { region_set: &ctx.region },
            signing_name: &ctx.service,
            time: ctx.time,
            settings: ctx.settings(),
        };
        let signed = sign_case(case, &raw, &params)?;
        let key = public_key(dir)?;
        let string_to_sign = read(&dir.join("header-string-to-sign.txt"));
        let string_to_sign = string_to_sign.strip_suffix('\n').unwrap_or(&string_to_sign);
        let theirs = der_signature(&hex(&read(&dir.join("header-signature.txt")))?)?;
        key.verify(string_to_sign.as_bytes(), &theirs)
            .map_err(|_| "the suite's own signature does not verify with public-key.json".to_owned())?;
        let authorization = signed.header("authorization").unwrap_or_default();
        let ours = authorization.rsplit_once("Signature=").map_or("", |(_, s)| s);
        let ours = der_signature(&hex(ours)?)?;
        key.verify(string_to_sign.as_bytes(), &ours).map_err(|_| {
            "our signature does not verify with public-key.json over header-string-to-sign.txt".to_owned()
        })?;
        compare(&signed, &expected, without_signature)
    }
}
