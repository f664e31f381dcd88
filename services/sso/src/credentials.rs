//! The two calls of IAM Identity Center (SSO) credentials, made with this crate's operations
//! for the runtime's default chain, which cannot depend on this crate.
//!
//! Register it once on the config builder, and profiles set up with `aws configure sso` /
//! `aws sso login` work:
//!
//! ```no_run
//! # fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use std::sync::Arc;
//!
//! use aws_operation::Config;
//! use aws_operation_sso::SsoCredentialsClient;
//!
//! let config = Config::from_env().sso(Arc::new(SsoCredentialsClient::new())).build()?;
//! # let _ = config; Ok(()) }
//! ```
//!
//! The runtime reads the profile and the token cache, decides when to refresh and checks the
//! answers (`aws_operation::credentials::sso`); this module only maps fields to and from
//! `CreateToken` and `GetRoleCredentials`, each sent with a client built from the config the
//! runtime hands over (the session's region, unsigned, the endpoints configured for `SSO` and
//! `SSO OIDC`).

use aws_operation::Config;
use aws_operation::credentials::sso::{
    CreateTokenRequest, CreateTokenResponse, GetRoleCredentialsRequest, GetRoleCredentialsResponse, SsoCallError,
    SsoClient, SsoFuture,
};

use crate::oidc::{CreateTokenError, SsoOidc};
use crate::portal::Sso;

/// The [`SsoClient`] of this crate: `CreateToken` with [`SsoOidc`], `GetRoleCredentials` with
/// [`Sso`]. Pass it to `ConfigBuilder::sso`.
#[derive(Debug, Clone, Default)]
pub struct SsoCredentialsClient {
    _private: (),
}

impl SsoCredentialsClient {
    /// The client.
    pub fn new() -> Self {
        Self::default()
    }
}

impl SsoClient for SsoCredentialsClient {
    fn create_token<'a>(
        &'a self,
        config: &'a Config,
        request: CreateTokenRequest,
    ) -> SsoFuture<'a, CreateTokenResponse> {
        Box::pin(async move {
            let out = SsoOidc::new(config)
                .map_err(SsoCallError::failed)?
                .create_token()
                .grant_type(request.grant_type)
                .client_id(request.client_id)
                .client_secret(request.client_secret)
                .refresh_token(request.refresh_token)
                .send()
                .await
                .map_err(oidc_error)?
                .into_inner();
            Ok(CreateTokenResponse {
                access_token: out.access_token,
                expires_in: out.expires_in,
                refresh_token: out.refresh_token,
            })
        })
    }

    fn get_role_credentials<'a>(
        &'a self,
        config: &'a Config,
        request: GetRoleCredentialsRequest,
    ) -> SsoFuture<'a, GetRoleCredentialsResponse> {
        Box::pin(async move {
            let out = Sso::new(config)
                .map_err(SsoCallError::failed)?
                .get_role_credentials()
                .account_id(request.account_id)
                .role_name(request.role_name)
                .access_token(request.access_token)
                .send()
                .await
                .map_err(call_error)?
                .into_inner();
            // No `roleCredentials` at all reads as each field missing, which the runtime reports.
            Ok(match out.role_credentials {
                Some(role) => GetRoleCredentialsResponse {
                    access_key_id: role.access_key_id,
                    secret_access_key: role.secret_access_key,
                    session_token: role.session_token,
                    expiration: role.expiration,
                },
                None => GetRoleCredentialsResponse::default(),
            })
        })
    }
}

/// As [`call_error`], with SSO OIDC's message, which is in `error_description` (OAuth 2.0's
/// name) where the generic reading finds none.
fn oidc_error(error: aws_operation::Error<CreateTokenError>) -> SsoCallError {
    use CreateTokenError as E;
    let aws_operation::Error::Service(e) = error else { return call_error(error) };
    let description = match &e.error {
        E::InvalidRequestException(x) => x.error_description.clone(),
        E::InvalidClientException(x) => x.error_description.clone(),
        E::InvalidGrantException(x) => x.error_description.clone(),
        E::UnauthorizedClientException(x) => x.error_description.clone(),
        E::UnsupportedGrantTypeException(x) => x.error_description.clone(),
        E::InvalidScopeException(x) => x.error_description.clone(),
        E::AuthorizationPendingException(x) => x.error_description.clone(),
        E::SlowDownException(x) => x.error_description.clone(),
        E::AccessDeniedException(x) => x.error_description.clone(),
        E::ExpiredTokenException(x) => x.error_description.clone(),
        E::InternalServerException(x) => x.error_description.clone(),
        _ => None,
    };
    SsoCallError::service(e.meta.code.clone(), description.or_else(|| e.meta.shown_message().map(str::to_owned)))
}

/// The service's code and message when it answered with an error, else the error itself.
fn call_error<E: std::error::Error + Send + Sync + 'static>(error: aws_operation::Error<E>) -> SsoCallError {
    match error {
        aws_operation::Error::Service(e) => {
            let message = e.meta.shown_message().map(str::to_owned);
            SsoCallError::service(e.meta.code, message)
        }
        other => SsoCallError::failed(other),
    }
}
