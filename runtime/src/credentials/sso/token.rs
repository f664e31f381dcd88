//! The token cache that `aws sso login` writes and the AWS CLI and SDKs share:
//! `~/.aws/sso/cache/<key>.json`, where the key is the SHA-1 (hex) of the session name in the
//! `sso_session` form and of the start URL in the legacy form.
//!
//! The file is a JSON object: `accessToken` and `expiresAt` (RFC 3339; older CLIs wrote `UTC` for
//! `Z`) always, and from a session login also `refreshToken`, `clientId`, `clientSecret`,
//! `registrationExpiresAt`, `region` and `startUrl`.
//!
//! The rules, in order:
//!
//! * a token with more than [`REFRESH_WINDOW`] left is used as it is;
//! * otherwise, in the `sso_session` form, it is refreshed with `CreateToken` (grant type
//!   `refresh_token`) when the file has a refresh token, the client's id and secret, and a client
//!   registration that has not expired; the new token and expiry (and refresh token, if a new one
//!   came) replace the old in the file, every other field kept, as the AWS CLI does;
//! * a token that cannot be refreshed, or whose refresh failed, is still used until it expires;
//!   a legacy token is never refreshed;
//! * an expired token is an error that says to run `aws sso login`.
//!
//! Reasons name fields, never their values.

use std::fmt;
use std::fs::OpenOptions;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use serde_json::{Map, Value};

use super::client::{CreateTokenRequest, CreateTokenResponse};
use crate::credentials::json::parse_time;

/// How long before it expires a token of the `sso_session` form is refreshed: 5 minutes.
pub const REFRESH_WINDOW: Duration = Duration::from_secs(300);

/// The OAuth grant type of a refresh.
pub const REFRESH_GRANT_TYPE: &str = "refresh_token";

/// `<home>/.aws/sso/cache/<file_name(key)>`.
pub fn cache_file(home: &Path, key: &str) -> PathBuf {
    home.join(".aws").join("sso").join("cache").join(file_name(key))
}

/// The cache file's name for `key` (a session name, or a legacy profile's start URL): the
/// SHA-1 of the key in lowercase hex, then `.json`.
pub fn file_name(key: &str) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, key.as_bytes());
    let mut name: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
    name.push_str(".json");
    name
}

/// A cached token: the whole document as read, and what the runtime uses of it.
///
/// `Debug` shows the expiry and the field names, never a value.
#[derive(Clone)]
pub(crate) struct CachedToken {
    document: Map<String, Value>,
    access_token: String,
    expires_at: SystemTime,
}

/// What to do with a cached token.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Next {
    /// Use it.
    Use,
    /// Refresh it with this request.
    Refresh(CreateTokenRequest),
    /// It expired and cannot be refreshed.
    Expired,
}

impl CachedToken {
    /// The token in the cache file's `bytes`.
    pub(crate) fn parse(bytes: &[u8]) -> Result<Self, String> {
        let document = crate::credentials::json::object(bytes)?;
        let access_token = match document.get("accessToken") {
            Some(Value::String(s)) if !s.is_empty() => s.clone(),
            Some(Value::String(_)) => return Err("`accessToken` is empty".to_owned()),
            Some(_) => return Err("`accessToken` is not a string".to_owned()),
            None => return Err("`accessToken` is missing".to_owned()),
        };
        let expires_at = match document.get("expiresAt") {
            Some(Value::String(s)) => parse_cache_time(s).ok_or("`expiresAt` is not an RFC 3339 timestamp")?,
            Some(_) => return Err("`expiresAt` is not a string".to_owned()),
            None => return Err("`expiresAt` is missing".to_owned()),
        };
        Ok(Self { document, access_token, expires_at })
    }

    pub(crate) fn access_token(&self) -> &str {
        &self.access_token
    }

    pub(crate) fn expires_at(&self) -> SystemTime {
        self.expires_at
    }

    /// Whether to use, refresh or give up on the token at `now`; `refreshable` is false for the
    /// legacy form.
    pub(crate) fn next(&self, now: SystemTime, refreshable: bool) -> Next {
        if now.checked_add(REFRESH_WINDOW).is_some_and(|t| t < self.expires_at) {
            return Next::Use;
        }
        if refreshable && let Some(request) = self.refresh_request(now) {
            return Next::Refresh(request);
        }
        if now < self.expires_at { Next::Use } else { Next::Expired }
    }

    /// The `CreateToken` request, when the file has all a refresh needs and the client
    /// registration is still valid at `now`.
    fn refresh_request(&self, now: SystemTime) -> Option<CreateTokenRequest> {
        let field = |key: &str| self.document.get(key).and_then(Value::as_str).filter(|s| !s.is_empty());
        let registration_expires_at = field("registrationExpiresAt").and_then(parse_cache_time)?;
        if registration_expires_at <= now {
            return None;
        }
        Some(CreateTokenRequest {
            grant_type: REFRESH_GRANT_TYPE,
            client_id: field("clientId")?.to_owned(),
            client_secret: field("clientSecret")?.to_owned(),
            refresh_token: field("refreshToken")?.to_owned(),
        })
    }

    /// The token after a `CreateToken` at `now` answered `response`: the new access token, its
    /// expiry and the new refresh token if one came; every other field as it was.
    pub(crate) fn refreshed(&self, response: &CreateTokenResponse, now: SystemTime) -> Result<Self, String> {
        let access_token = response.access_token.clone().filter(|t| !t.is_empty()).ok_or("`accessToken` is missing")?;
        let expires_in = match response.expires_in {
            Some(seconds) if seconds > 0 => Duration::from_secs(seconds.unsigned_abs().into()),
            Some(_) => return Err("`expiresIn` is not positive".to_owned()),
            None => return Err("`expiresIn` is missing".to_owned()),
        };
        // Whole seconds, as the file holds them, so that what is used is what is written.
        let expires_at = now.checked_add(expires_in).map(whole_seconds).ok_or("`expiresIn` is too large")?;
        let mut document = self.document.clone();
        document.insert("accessToken".to_owned(), Value::String(access_token.clone()));
        document.insert("expiresAt".to_owned(), Value::String(format_cache_time(expires_at)));
        if let Some(refresh_token) = response.refresh_token.clone().filter(|t| !t.is_empty()) {
            document.insert("refreshToken".to_owned(), Value::String(refresh_token));
        }
        Ok(Self { document, access_token, expires_at })
    }

    /// The document to write back.
    pub(crate) fn to_json(&self) -> Vec<u8> {
        // A map of JSON values always serializes.
        serde_json::to_vec(&self.document).unwrap_or_default()
    }
}

impl fmt::Debug for CachedToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CachedToken")
            .field("fields", &self.document.keys().collect::<Vec<_>>())
            .field("expires_at", &self.expires_at)
            .finish_non_exhaustive()
    }
}

/// A timestamp of the cache: RFC 3339, or with `UTC` instead of `Z` as older AWS CLIs wrote.
fn parse_cache_time(text: &str) -> Option<SystemTime> {
    let text = text.trim();
    match text.strip_suffix("UTC") {
        Some(head) => parse_time(&format!("{head}Z")),
        None => parse_time(text),
    }
}

/// `2024-05-01T12:00:00Z`, as the AWS CLI writes it.
fn format_cache_time(time: SystemTime) -> String {
    crate::credentials::json::format_time(whole_seconds(time))
}

fn whole_seconds(time: SystemTime) -> SystemTime {
    match time.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(since) => SystemTime::UNIX_EPOCH + Duration::from_secs(since.as_secs()),
        Err(_) => time,
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder renamed over it, so
/// that another process reading the cache sees the old token or the new one, never half of one.
/// The file is readable by its owner only, as the AWS CLI makes it.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary =
        path.with_file_name(format!(".{name}.{}-{}.tmp", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed)));
    let written = (|| {
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temporary, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(rfc3339: &str) -> SystemTime {
        parse_time(rfc3339).unwrap()
    }

    const NOW: &str = "2024-05-01T12:00:00Z";

    fn token(expires_at: &str, registration: Option<&str>) -> CachedToken {
        let mut doc = serde_json::json!({
            "startUrl": "https://d-abc123.awsapps.com/start",
            "region": "us-east-1",
            "accessToken": "at-old",
            "expiresAt": expires_at,
            "clientId": "client-1",
            "clientSecret": "client-secret-1",
            "refreshToken": "rt-old",
            "somethingNew": {"kept": [1, 2]},
        });
        match registration {
            Some(r) => doc["registrationExpiresAt"] = r.into(),
            None => {
                doc.as_object_mut().unwrap().remove("registrationExpiresAt");
            }
        }
        CachedToken::parse(doc.to_string().as_bytes()).unwrap()
    }

    /// The names the AWS CLI gives the files (botocore's tests, and `hashlib.sha1` in Python).
    #[test]
    fn file_names_are_the_sha1_of_the_session_name_or_start_url() {
        assert_eq!(file_name("my-sso-session"), "b755b5ec73400c04400e978208d8559ad1f39053.json");
        assert_eq!(file_name("https://d-abc123.awsapps.com/start"), "40a89917e3175433e361b710a9d43528d7f1890a.json");
        assert_eq!(
            cache_file(Path::new("/home/u"), "corp"),
            Path::new("/home/u/.aws/sso/cache/ee0bfd2552fbd840c02cc48b6e823320543c450f.json")
        );
    }

    #[test]
    fn parse_reads_the_token_and_expiry() {
        let t = CachedToken::parse(br#"{"accessToken":"a","expiresAt":"2024-05-01T13:00:00Z"}"#).unwrap();
        assert_eq!((t.access_token(), t.expires_at()), ("a", at("2024-05-01T13:00:00Z")));
        let old_cli = CachedToken::parse(br#"{"accessToken":"a","expiresAt":"2024-05-01T13:00:00UTC"}"#).unwrap();
        assert_eq!(old_cli.expires_at(), at("2024-05-01T13:00:00Z"));
        let cases: &[(&[u8], &str)] = &[
            (b"", "not JSON"),
            (b"[]", "not a JSON object"),
            (br#"{"expiresAt":"2024-05-01T13:00:00Z"}"#, "`accessToken` is missing"),
            (br#"{"accessToken":"","expiresAt":"2024-05-01T13:00:00Z"}"#, "`accessToken` is empty"),
            (br#"{"accessToken":["SECRET"],"expiresAt":"2024-05-01T13:00:00Z"}"#, "`accessToken` is not a string"),
            (br#"{"accessToken":"SECRET"}"#, "`expiresAt` is missing"),
            (br#"{"accessToken":"SECRET","expiresAt":"tomorrow"}"#, "`expiresAt` is not an RFC 3339 timestamp"),
            (br#"{"accessToken":"SECRET","expiresAt":5}"#, "`expiresAt` is not a string"),
        ];
        for (bytes, want) in cases {
            let got = CachedToken::parse(bytes).unwrap_err();
            assert!(got.contains(want), "{}: {got}", String::from_utf8_lossy(bytes));
            assert!(!got.contains("SECRET"), "{got}");
        }
        assert!(!format!("{t:?}").contains("\"a\""));
    }

    #[test]
    fn refresh_decision() {
        let now = at(NOW);
        let refresh = || {
            Next::Refresh(CreateTokenRequest {
                grant_type: "refresh_token",
                client_id: "client-1".into(),
                client_secret: "client-secret-1".into(),
                refresh_token: "rt-old".into(),
            })
        };
        let registered = Some("2024-06-01T00:00:00Z");
        let cases: &[(&str, Option<&str>, bool, Next)] = &[
            // More than 5 minutes left: used as it is.
            ("2024-05-01T12:05:01Z", registered, true, Next::Use),
            ("2024-05-01T13:00:00Z", None, false, Next::Use),
            // Within 5 minutes, or expired: refreshed in the session form.
            ("2024-05-01T12:05:00Z", registered, true, refresh()),
            ("2024-05-01T12:04:00Z", registered, true, refresh()),
            ("2024-04-30T00:00:00Z", registered, true, refresh()),
            // Never in the legacy form: used until it expires.
            ("2024-05-01T12:04:00Z", registered, false, Next::Use),
            ("2024-05-01T12:00:00Z", registered, false, Next::Expired),
            // Without a registration, or with an expired one: the same.
            ("2024-05-01T12:04:00Z", None, true, Next::Use),
            ("2024-05-01T11:59:59Z", None, true, Next::Expired),
            ("2024-05-01T11:00:00Z", Some("2024-05-01T12:00:00Z"), true, Next::Expired),
            ("2024-05-01T11:00:00Z", Some("not a time"), true, Next::Expired),
        ];
        for (expires_at, registration, refreshable, want) in cases {
            let got = token(expires_at, *registration).next(now, *refreshable);
            assert_eq!(&got, want, "{expires_at} {registration:?} {refreshable}");
        }
        // A field missing or empty means no refresh.
        for missing in ["clientId", "clientSecret", "refreshToken"] {
            for value in [None, Some("")] {
                let mut t = token("2024-05-01T11:00:00Z", registered);
                match value {
                    None => t.document.remove(missing),
                    Some(v) => t.document.insert(missing.to_owned(), v.into()),
                };
                assert_eq!(t.next(now, true), Next::Expired, "{missing} {value:?}");
            }
        }
    }

    #[test]
    fn refreshed_keeps_every_other_field() {
        let old = token("2024-05-01T12:01:00Z", Some("2024-06-01T00:00:00Z"));
        let now = at(NOW) + Duration::from_millis(700);
        let response = CreateTokenResponse {
            access_token: Some("at-new".into()),
            expires_in: Some(28_800),
            refresh_token: Some("rt-new".into()),
        };
        let new = old.refreshed(&response, now).unwrap();
        assert_eq!((new.access_token(), new.expires_at()), ("at-new", at("2024-05-01T20:00:00Z")));
        let written: Value = serde_json::from_slice(&new.to_json()).unwrap();
        assert_eq!(
            written,
            serde_json::json!({
                "startUrl": "https://d-abc123.awsapps.com/start",
                "region": "us-east-1",
                "accessToken": "at-new",
                "expiresAt": "2024-05-01T20:00:00Z",
                "clientId": "client-1",
                "clientSecret": "client-secret-1",
                "refreshToken": "rt-new",
                "registrationExpiresAt": "2024-06-01T00:00:00Z",
                "somethingNew": {"kept": [1, 2]},
            })
        );
        // Without a new refresh token the old one stays.
        let same_refresh = CreateTokenResponse { refresh_token: None, ..response.clone() };
        let new = old.refreshed(&same_refresh, now).unwrap();
        assert_eq!(new.document["refreshToken"], "rt-old");

        let bad: &[(CreateTokenResponse, &str)] = &[
            (CreateTokenResponse { access_token: None, ..response.clone() }, "`accessToken` is missing"),
            (CreateTokenResponse { access_token: Some(String::new()), ..response.clone() }, "`accessToken` is missing"),
            (CreateTokenResponse { expires_in: None, ..response.clone() }, "`expiresIn` is missing"),
            (CreateTokenResponse { expires_in: Some(0), ..response.clone() }, "`expiresIn` is not positive"),
        ];
        for (response, want) in bad {
            assert_eq!(old.refreshed(response, now).unwrap_err(), *want);
        }
    }

    #[test]
    fn write_atomically_replaces_the_file_and_leaves_nothing_else() {
        let dir = std::env::temp_dir().join(format!("aws-operation-sso-token-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.json");
        std::fs::write(&path, b"old").unwrap();
        write_atomically(&path, b"new").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        let names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["t.json"]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        // A folder that does not exist: an error, and no temporary file left anywhere.
        assert!(write_atomically(&dir.join("missing").join("t.json"), b"x").is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
