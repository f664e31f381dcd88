//! The two calls SSO credentials need, as a trait: SSO OIDC's `CreateToken` (refreshing the
//! access token) and the SSO portal's `GetRoleCredentials`.
//!
//! The runtime cannot depend on the crate that defines those operations, since that crate
//! depends on the runtime; `aws-operation-sso` implements [`SsoClient`] with them
//! (`aws_operation_sso::SsoCredentialsClient`). Requests and responses are plain data: the runtime
//! decides what to ask and checks what comes back, so an implementation only maps fields.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use crate::config::Config;
/// Why one of the calls of an [`SsoClient`] failed: the
/// [`CallError`](crate::credentials::CallError) of every credentials call.
pub use crate::credentials::call::CallError as SsoCallError;

/// The future an [`SsoClient`] returns.
pub type SsoFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, SsoCallError>> + Send + 'a>>;

/// Makes the calls of IAM Identity Center (SSO) credentials. Both are unsigned.
///
/// `config` is the one to call with: its region is the session's `sso_region`, it has no
/// credentials, and its endpoint overrides are the configured ones (`AWS_ENDPOINT_URL_SSO`,
/// `AWS_ENDPOINT_URL_SSO_OIDC`, `AWS_ENDPOINT_URL`, a `[services]` section), so an implementation
/// builds its clients from it and nothing else.
pub trait SsoClient: Send + Sync + fmt::Debug {
    /// SSO OIDC `CreateToken` with `request`'s grant type (`refresh_token`), client and refresh token.
    fn create_token<'a>(
        &'a self,
        config: &'a Config,
        request: CreateTokenRequest,
    ) -> SsoFuture<'a, CreateTokenResponse>;

    /// SSO portal `GetRoleCredentials` for `request`'s account and role, with its access token
    /// in the `x-amz-sso_bearer_token` header.
    fn get_role_credentials<'a>(
        &'a self,
        config: &'a Config,
        request: GetRoleCredentialsRequest,
    ) -> SsoFuture<'a, GetRoleCredentialsResponse>;
}

impl<C: SsoClient + ?Sized> SsoClient for Arc<C> {
    fn create_token<'a>(
        &'a self,
        config: &'a Config,
        request: CreateTokenRequest,
    ) -> SsoFuture<'a, CreateTokenResponse> {
        (**self).create_token(config, request)
    }

    fn get_role_credentials<'a>(
        &'a self,
        config: &'a Config,
        request: GetRoleCredentialsRequest,
    ) -> SsoFuture<'a, GetRoleCredentialsResponse> {
        (**self).get_role_credentials(config, request)
    }
}

/// What to send to `CreateToken`: the client registration and the refresh token that `aws sso
/// login` cached. `Debug` redacts the secret and the token.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CreateTokenRequest {
    /// The OAuth grant type: `refresh_token`.
    pub grant_type: &'static str,
    /// The registered client's id (`clientId` in the cache).
    pub client_id: String,
    /// The registered client's secret (`clientSecret` in the cache).
    pub client_secret: String,
    /// The refresh token (`refreshToken` in the cache).
    pub refresh_token: String,
}

impl fmt::Debug for CreateTokenRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CreateTokenRequest")
            .field("grant_type", &self.grant_type)
            .field("client_id", &self.client_id)
            .field("client_secret", &"** redacted **")
            .field("refresh_token", &"** redacted **")
            .finish()
    }
}

/// What `CreateToken` answered, as it came: the runtime checks it. `Debug` redacts the tokens.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct CreateTokenResponse {
    /// The new access token (`accessToken`).
    pub access_token: Option<String>,
    /// Seconds until it expires (`expiresIn`).
    pub expires_in: Option<i32>,
    /// A new refresh token (`refreshToken`), if the service rotated it.
    pub refresh_token: Option<String>,
}

impl fmt::Debug for CreateTokenResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CreateTokenResponse")
            .field("access_token", &self.access_token.as_ref().map(|_| "** redacted **"))
            .field("expires_in", &self.expires_in)
            .field("refresh_token", &self.refresh_token.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// What to send to `GetRoleCredentials`. `Debug` redacts the access token.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct GetRoleCredentialsRequest {
    /// The account (`sso_account_id`).
    pub account_id: String,
    /// The role (`sso_role_name`).
    pub role_name: String,
    /// The access token from the cache, or from `CreateToken`.
    pub access_token: String,
}

impl fmt::Debug for GetRoleCredentialsRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GetRoleCredentialsRequest")
            .field("account_id", &self.account_id)
            .field("role_name", &self.role_name)
            .field("access_token", &"** redacted **")
            .finish()
    }
}

/// What `GetRoleCredentials` answered (its `roleCredentials`), as it came: the runtime checks it.
/// `Debug` redacts the secret key and the session token.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct GetRoleCredentialsResponse {
    /// `accessKeyId`.
    pub access_key_id: Option<String>,
    /// `secretAccessKey`.
    pub secret_access_key: Option<String>,
    /// `sessionToken`.
    pub session_token: Option<String>,
    /// `expiration`, in milliseconds since the epoch.
    pub expiration: Option<i64>,
}

impl fmt::Debug for GetRoleCredentialsResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GetRoleCredentialsResponse")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &self.secret_access_key.as_ref().map(|_| "** redacted **"))
            .field("session_token", &self.session_token.as_ref().map(|_| "** redacted **"))
            .field("expiration", &self.expiration)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_redacts_tokens_and_secrets() {
        let shown = [
            format!(
                "{:?}",
                CreateTokenRequest {
                    grant_type: "refresh_token",
                    client_id: "client-1".into(),
                    client_secret: "SECRET-1".into(),
                    refresh_token: "SECRET-2".into(),
                }
            ),
            format!(
                "{:?}",
                CreateTokenResponse {
                    access_token: Some("SECRET-3".into()),
                    expires_in: Some(60),
                    refresh_token: Some("SECRET-4".into()),
                }
            ),
            format!(
                "{:?}",
                GetRoleCredentialsRequest {
                    account_id: "111122223333".into(),
                    role_name: "r".into(),
                    access_token: "SECRET-5".into(),
                }
            ),
            format!(
                "{:?}",
                GetRoleCredentialsResponse {
                    access_key_id: Some("ASIA".into()),
                    secret_access_key: Some("SECRET-6".into()),
                    session_token: Some("SECRET-7".into()),
                    expiration: Some(1),
                }
            ),
        ];
        for text in shown {
            assert!(!text.contains("SECRET"), "{text}");
            assert!(text.contains("redacted"), "{text}");
        }
    }
}
