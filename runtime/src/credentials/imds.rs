//! Credentials of the instance profile, from EC2 instance metadata with IMDSv2 sessions.
//!
//! Each fetch takes a session token (`PUT /latest/api/token` with
//! `x-aws-ec2-metadata-token-ttl-seconds`), then, with the token in `x-aws-ec2-metadata-token`, reads
//! the role's name from `GET /latest/meta-data/iam/security-credentials/` and its credentials from
//! `GET /latest/meta-data/iam/security-credentials/<role>`. IMDSv1 (no token) is never used.
//!
//! The endpoint is `AWS_EC2_METADATA_SERVICE_ENDPOINT`, else the profile's
//! `ec2_metadata_service_endpoint`, else `http://169.254.169.254`, or `http://[fd00:ec2::254]` when
//! the mode (`AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE` or `ec2_metadata_service_endpoint_mode`) is
//! `IPv6`. `AWS_EC2_METADATA_DISABLED=true` turns the source off. Timeouts are short (1 s to
//! connect, 2 s per attempt, 3 attempts), since off EC2 nothing answers.

use std::time::Duration;

use super::http::{self, HttpSettings, MetadataError};
use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};
use crate::env::{Env, InvalidValueError, env_origin};
use crate::profile::ProfileSet;

/// Environment variable that turns instance metadata off when `true`.
pub const DISABLED_ENV: &str = "AWS_EC2_METADATA_DISABLED";
/// Environment variable overriding the endpoint.
pub const ENDPOINT_ENV: &str = "AWS_EC2_METADATA_SERVICE_ENDPOINT";
/// Environment variable choosing the default endpoint: `IPv4` or `IPv6`.
pub const ENDPOINT_MODE_ENV: &str = "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE";
/// Profile key overriding the endpoint.
pub const ENDPOINT_KEY: &str = "ec2_metadata_service_endpoint";
/// Profile key choosing the default endpoint.
pub const ENDPOINT_MODE_KEY: &str = "ec2_metadata_service_endpoint_mode";
/// The endpoint over IPv4.
pub const DEFAULT_ENDPOINT: &str = "http://169.254.169.254";
/// The endpoint over IPv6.
pub const IPV6_ENDPOINT: &str = "http://[fd00:ec2::254]";

/// The session token header of IMDSv2.
pub const TOKEN_HEADER: &str = "x-aws-ec2-metadata-token";
/// The header asking for a session token of that many seconds.
pub const TOKEN_TTL_HEADER: &str = "x-aws-ec2-metadata-token-ttl-seconds";
/// The lifetime asked for session tokens: 6 hours, the most IMDS grants.
const TOKEN_TTL_SECONDS: &str = "21600";

const CREDENTIALS_PATH: &str = "/latest/meta-data/iam/security-credentials/";

/// Asks EC2 instance metadata for the instance profile's credentials, each time it is asked.
///
/// Wrap it in [`CachedCredentials`](super::CachedCredentials) to ask only ahead of expiry; the
/// default chain does.
#[derive(Debug, Clone)]
pub struct ImdsCredentials {
    endpoint: String,
    http: HttpSettings,
}

impl ImdsCredentials {
    /// The provider the environment and the selected profile configure; `Ok(None)` when
    /// `AWS_EC2_METADATA_DISABLED` is `true`.
    pub fn from_env(env: &Env, profiles: &ProfileSet) -> Result<Option<Self>, CredentialsError> {
        if env.get_bool(DISABLED_ENV)? == Some(true) {
            return Ok(None);
        }
        let setting = |var: &str, key: &str| match env.get(var) {
            Some(value) => Some((value, env_origin(var))),
            None => profiles
                .selected()
                .and_then(|p| p.get_non_empty(key))
                .map(|value| (value.to_owned(), format!("profile `{}` setting `{key}`", profiles.selected_name()))),
        };
        if let Some((url, origin)) = setting(ENDPOINT_ENV, ENDPOINT_KEY) {
            return Self::checked(url, origin).map(Some);
        }
        let endpoint = match setting(ENDPOINT_MODE_ENV, ENDPOINT_MODE_KEY) {
            None => DEFAULT_ENDPOINT,
            Some((mode, _)) if mode.trim().eq_ignore_ascii_case("ipv4") => DEFAULT_ENDPOINT,
            Some((mode, _)) if mode.trim().eq_ignore_ascii_case("ipv6") => IPV6_ENDPOINT,
            Some((mode, origin)) => return Err(InvalidValueError::new(origin, mode, "`IPv4` or `IPv6`").into()),
        };
        Self::checked(endpoint.to_owned(), String::new()).map(Some)
    }

    /// A provider asking the metadata service at `endpoint`, e.g. `http://169.254.169.254`.
    pub fn new(endpoint: impl Into<String>) -> Result<Self, CredentialsError> {
        Self::checked(endpoint.into(), "the instance metadata endpoint".to_owned())
    }

    fn checked(endpoint: String, origin: String) -> Result<Self, CredentialsError> {
        let valid = crate::transport::uri::parse(&endpoint)
            .is_some_and(|u| matches!(u.scheme_str(), Some("http" | "https")) && u.query().is_none());
        if !valid {
            return Err(InvalidValueError::new(origin, endpoint, "an `http` or `https` URL").into());
        }
        let http =
            HttpSettings { connect_timeout: Duration::from_secs(1), timeout: Duration::from_secs(2), attempts: 3 };
        Ok(Self { endpoint: endpoint.trim_end_matches('/').to_owned(), http })
    }

    /// The limit of one attempt, answer included. Default: 2 s.
    #[must_use]
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.http.timeout = timeout;
        self
    }

    /// Attempts per request; connection failures, timeouts and 5xx answers are retried. Default: 3.
    #[must_use]
    pub fn attempts(mut self, attempts: u32) -> Self {
        self.http.attempts = attempts.max(1);
        self
    }

    /// The endpoint, without a trailing slash.
    pub fn endpoint(&self) -> &str {
        &self.endpoint
    }

    async fn fetch(&self) -> Result<Credentials, MetadataError> {
        let client = http::client(&self.http)?;
        let ask = |method: http::Method, path: String, header: (&'static str, String)| {
            let client = &client;
            async move {
                let url = format!("{}{path}", self.endpoint);
                let answer = http::send(client, &self.http, method, &url, &[(header.0, header.1.as_str())]).await?;
                Ok::<_, MetadataError>((url, answer))
            }
        };
        let (url, answer) =
            ask(http::Method::PUT, "/latest/api/token".into(), (TOKEN_TTL_HEADER, TOKEN_TTL_SECONDS.into())).await?;
        let token = match answer.status {
            200 => String::from_utf8(answer.body).ok().map(|t| t.trim().to_owned()).filter(|t| !t.is_empty()),
            status => return Err(MetadataError::Status { url, status, detail: None }),
        };
        let token = token.ok_or_else(|| MetadataError::Body { url, reason: "the session token is empty".into() })?;

        let (url, answer) = ask(http::Method::GET, CREDENTIALS_PATH.into(), (TOKEN_HEADER, token.clone())).await?;
        let role = match answer.status {
            200 => {
                String::from_utf8_lossy(&answer.body).lines().map(str::trim).find(|l| !l.is_empty()).map(str::to_owned)
            }
            404 => None,
            status => return Err(MetadataError::Status { url, status, detail: None }),
        };
        let role = role.ok_or(MetadataError::NoRole { url })?;

        let (url, answer) = ask(http::Method::GET, format!("{CREDENTIALS_PATH}{role}"), (TOKEN_HEADER, token)).await?;
        if answer.status != 200 {
            return Err(MetadataError::Status { url, status: answer.status, detail: None });
        }
        let map =
            super::json::object(&answer.body).map_err(|reason| MetadataError::Body { url: url.clone(), reason })?;
        match map.get("Code").and_then(|c| c.as_str()) {
            None | Some("Success") => {}
            Some(code) => {
                let reason = format!("`Code` is `{}`, not `Success`", code.chars().take(64).collect::<String>());
                return Err(MetadataError::Body { url, reason });
            }
        }
        super::json::credentials(&map, "Token").map_err(|reason| MetadataError::Body { url, reason })
    }
}

impl ProvideCredentials for ImdsCredentials {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(async move { self.fetch().await.map_err(CredentialsError::InstanceMetadata) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_from_env_and_profile() {
        let config = "[default]\nec2_metadata_service_endpoint = http://127.0.0.1:1234/\n[profile six]\nec2_metadata_service_endpoint_mode = IPv6\n[profile bad]\nec2_metadata_service_endpoint_mode = ipv5";
        type Case = (&'static [(&'static str, &'static str)], &'static str, Result<Option<&'static str>, &'static str>);
        let cases: &[Case] = &[
            (&[], "none", Ok(Some(DEFAULT_ENDPOINT))),
            (&[], "default", Ok(Some("http://127.0.0.1:1234"))),
            (&[(ENDPOINT_ENV, "http://127.0.0.1:9/")], "default", Ok(Some("http://127.0.0.1:9"))),
            (&[], "six", Ok(Some(IPV6_ENDPOINT))),
            (&[(ENDPOINT_MODE_ENV, "ipv4")], "six", Ok(Some(DEFAULT_ENDPOINT))),
            (&[(DISABLED_ENV, "TRUE"), (ENDPOINT_ENV, "http://127.0.0.1:9")], "default", Ok(None)),
            (&[(DISABLED_ENV, "false")], "none", Ok(Some(DEFAULT_ENDPOINT))),
            (&[(DISABLED_ENV, "yes")], "none", Err("`yes` for environment variable `AWS_EC2_METADATA_DISABLED`")),
            (&[], "bad", Err("`ipv5` for profile `bad` setting `ec2_metadata_service_endpoint_mode`")),
            (
                &[(ENDPOINT_ENV, "169.254.169.254")],
                "none",
                Err("environment variable `AWS_EC2_METADATA_SERVICE_ENDPOINT`"),
            ),
        ];
        for (pairs, profile, want) in cases {
            let profiles = ProfileSet::parse(config, "", profile).unwrap();
            let env = Env::from_pairs(pairs.iter().copied());
            match (ImdsCredentials::from_env(&env, &profiles), want) {
                (Ok(got), Ok(want)) => assert_eq!(got.as_ref().map(ImdsCredentials::endpoint), *want, "{pairs:?}"),
                (Err(e), Err(fragment)) => assert!(e.to_string().contains(fragment), "{pairs:?}: {e}"),
                (got, want) => panic!("{pairs:?} {profile}: got {got:?}, want {want:?}"),
            }
        }
    }
}
