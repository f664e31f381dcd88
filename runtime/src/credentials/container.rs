//! Credentials from a container credentials endpoint: ECS task roles and EKS Pod Identity.
//!
//! The endpoint is `http://169.254.170.2` followed by `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`, else
//! `AWS_CONTAINER_CREDENTIALS_FULL_URI`, which must be `https`, or `http` to a loopback address or to
//! one of the container hosts (`169.254.170.2`, `169.254.170.23`, `fd00:ec2::23`), so that the token
//! and the credentials never cross a network in the clear. The `Authorization` header is the content
//! of the file `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` (read at each request, since it rotates), else
//! `AWS_CONTAINER_AUTHORIZATION_TOKEN`. The answer is JSON with `AccessKeyId`, `SecretAccessKey`,
//! `Token` and `Expiration`.

use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use super::http::{self, HttpSettings, MetadataError};
use super::{Credentials, CredentialsError, CredentialsFuture, ProvideCredentials};
use crate::env::{Env, InvalidValueError, env_origin};
use crate::transport::uri::{self, Host};

/// Environment variable with the endpoint's path on `http://169.254.170.2` (ECS).
pub const RELATIVE_URI_ENV: &str = "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI";
/// Environment variable with the endpoint's full URL.
pub const FULL_URI_ENV: &str = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
/// Environment variable with the authorization token.
pub const AUTHORIZATION_TOKEN_ENV: &str = "AWS_CONTAINER_AUTHORIZATION_TOKEN";
/// Environment variable naming a file that holds the authorization token; wins over the token variable.
pub const AUTHORIZATION_TOKEN_FILE_ENV: &str = "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE";
/// The ECS credentials host that relative URIs go to.
pub const ECS_HOST: &str = "http://169.254.170.2";

const EXPECTED_URL: &str =
    "an `https` URL, or an `http` URL to a loopback address, 169.254.170.2, 169.254.170.23 or fd00:ec2::23";

/// Asks a container credentials endpoint for credentials, each time it is asked.
///
/// Wrap it in [`CachedCredentials`](super::CachedCredentials) to ask only ahead of expiry; the
/// default chain does. `Debug` does not print the token.
#[derive(Debug, Clone)]
pub struct ContainerCredentials {
    url: String,
    token: Option<Token>,
    http: HttpSettings,
}

#[derive(Clone)]
enum Token {
    Value { value: String, origin: String },
    File(PathBuf),
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Token::Value { origin, .. } => write!(f, "Value(** redacted **, from {origin})"),
            Token::File(path) => f.debug_tuple("File").field(path).finish(),
        }
    }
}

impl ContainerCredentials {
    /// The provider the environment configures; `Ok(None)` when neither URI variable is set.
    pub fn from_env(env: &Env) -> Result<Option<Self>, CredentialsError> {
        let (url, origin) = if let Some(relative) = env.get(RELATIVE_URI_ENV) {
            let slash = if relative.starts_with('/') { "" } else { "/" };
            (format!("{ECS_HOST}{slash}{relative}"), env_origin(RELATIVE_URI_ENV))
        } else if let Some(full) = env.get(FULL_URI_ENV) {
            (full, env_origin(FULL_URI_ENV))
        } else {
            return Ok(None);
        };
        let mut provider = Self::checked(url, origin)?;
        if let Some(path) = env.get(AUTHORIZATION_TOKEN_FILE_ENV) {
            provider.token = Some(Token::File(PathBuf::from(path)));
        } else if let Some(value) = env.get(AUTHORIZATION_TOKEN_ENV) {
            provider.token = Some(Token::Value { value, origin: env_origin(AUTHORIZATION_TOKEN_ENV) });
        }
        Ok(Some(provider))
    }

    /// A provider asking `url`, with no token; the URL must be allowed (see the module's doc).
    pub fn new(url: impl Into<String>) -> Result<Self, CredentialsError> {
        Self::checked(url.into(), "the container credentials URL".to_owned())
    }

    fn checked(url: String, origin: String) -> Result<Self, CredentialsError> {
        if !allowed(&url) {
            return Err(InvalidValueError::new(origin, url, EXPECTED_URL).into());
        }
        let http =
            HttpSettings { connect_timeout: Duration::from_secs(2), timeout: Duration::from_secs(5), attempts: 3 };
        Ok(Self { url, token: None, http })
    }

    /// Sends `token` as the `Authorization` header. Default: none, or from the environment.
    #[must_use]
    pub fn authorization_token(mut self, token: impl Into<String>) -> Self {
        self.token = Some(Token::Value { value: token.into(), origin: "the configured token".to_owned() });
        self
    }

    /// Sends the content of `path`, read at each request, as the `Authorization` header.
    #[must_use]
    pub fn authorization_token_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.token = Some(Token::File(path.into()));
        self
    }

    /// The limit of one attempt, answer included. Default: 5 s.
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

    /// The endpoint's URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    async fn token(&self) -> Result<Option<String>, CredentialsError> {
        let (value, origin) = match &self.token {
            None => return Ok(None),
            Some(Token::Value { value, origin }) => (value.clone(), origin.clone()),
            Some(Token::File(path)) => {
                let text = tokio::fs::read_to_string(path)
                    .await
                    .map_err(|e| CredentialsError::TokenFile { path: path.clone(), source: Arc::new(e) })?;
                (text, format!("file `{}`", path.display()))
            }
        };
        // A file usually ends with a line break; one inside would split the header.
        let value = value.trim();
        if value.contains(['\r', '\n']) {
            return Err(CredentialsError::InvalidToken { origin });
        }
        Ok(Some(value.to_owned()).filter(|v| !v.is_empty()))
    }

    async fn fetch(&self) -> Result<Credentials, CredentialsError> {
        let token = self.token().await?;
        let mut headers = vec![("accept", "application/json")];
        if let Some(token) = &token {
            headers.push(("authorization", token));
        }
        let client = http::client(&self.http).map_err(CredentialsError::Container)?;
        let answer = http::send(&client, &self.http, http::Method::GET, &self.url, &headers)
            .await
            .map_err(CredentialsError::Container)?;
        if !(200..300).contains(&answer.status) {
            let detail = http::error_detail(&answer.body);
            return Err(CredentialsError::Container(MetadataError::Status {
                url: self.url.clone(),
                status: answer.status,
                detail,
            }));
        }
        super::json::object(&answer.body)
            .and_then(|map| super::json::credentials(&map, "Token"))
            .map_err(|reason| CredentialsError::Container(MetadataError::Body { url: self.url.clone(), reason }))
    }
}

impl ProvideCredentials for ContainerCredentials {
    fn provide_credentials(&self) -> CredentialsFuture<'_> {
        Box::pin(self.fetch())
    }
}

/// `https` anywhere; `http` only to this machine or the container hosts.
fn allowed(url: &str) -> bool {
    let Some(parsed) = uri::parse(url) else {
        return false;
    };
    let Some(host) = Host::of(&parsed) else {
        return false;
    };
    match parsed.scheme_str() {
        Some("https") => true,
        Some("http") => {
            const ECS: Ipv4Addr = Ipv4Addr::new(169, 254, 170, 2);
            const EKS: Ipv4Addr = Ipv4Addr::new(169, 254, 170, 23);
            const EKS_V6: Ipv6Addr = Ipv6Addr::new(0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x23);
            let container_hosts = [IpAddr::V4(ECS), IpAddr::V4(EKS), IpAddr::V6(EKS_V6)];
            host.is_loopback() || host.ip().is_some_and(|ip| container_hosts.contains(&ip))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowed_urls() {
        for ok in [
            "https://creds.example/x",
            "http://127.0.0.1:8080/creds",
            "http://127.0.0.2/",
            "http://localhost/creds",
            "http://[::1]:9/",
            "http://169.254.170.2/v2/credentials/x",
            "http://169.254.170.23/v1/credentials",
            "http://[fd00:ec2::23]/v1/credentials",
        ] {
            assert!(allowed(ok), "{ok}");
        }
        for bad in
            ["http://10.0.0.1/", "http://creds.example/", "ftp://127.0.0.1/", "not a url", "http://169.254.169.254/"]
        {
            assert!(!allowed(bad), "{bad}");
        }
    }

    #[test]
    fn from_env_precedence_and_validation() {
        let env = |pairs: &[(&str, &str)]| Env::from_pairs(pairs.iter().copied());
        assert!(ContainerCredentials::from_env(&env(&[])).unwrap().is_none());
        let p =
            ContainerCredentials::from_env(&env(&[(RELATIVE_URI_ENV, "/v2/x"), (FULL_URI_ENV, "http://127.0.0.1/")]))
                .unwrap()
                .unwrap();
        assert_eq!(p.url(), "http://169.254.170.2/v2/x");
        let p = ContainerCredentials::from_env(&env(&[(RELATIVE_URI_ENV, "v2/x")])).unwrap().unwrap();
        assert_eq!(p.url(), "http://169.254.170.2/v2/x");
        let err = ContainerCredentials::from_env(&env(&[(FULL_URI_ENV, "http://192.0.2.1/creds")])).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "invalid value `http://192.0.2.1/creds` for environment variable `AWS_CONTAINER_CREDENTIALS_FULL_URI`: expected {EXPECTED_URL}"
            )
        );
        let p = ContainerCredentials::from_env(&env(&[
            (FULL_URI_ENV, "http://127.0.0.1/"),
            (AUTHORIZATION_TOKEN_ENV, "very-secret-token"),
        ]))
        .unwrap()
        .unwrap();
        assert!(!format!("{p:?}").contains("very-secret-token"));
    }
}
