//! The two calls of assume-role and web identity credentials, made with this crate's operations
//! for the runtime's default chain, which cannot depend on this crate.
//!
//! Register it once on the config builder, and profiles with `role_arn` (through
//! `source_profile` or `credential_source`) and web identity (`AWS_WEB_IDENTITY_TOKEN_FILE`, or a
//! profile's `web_identity_token_file`) work:
//!
//! ```no_run
//! # fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! use std::sync::Arc;
//!
//! use aws_operation::Config;
//! use aws_operation_sts::StsCredentialsClient;
//!
//! let config = Config::from_env()
//!     .sts(Arc::new(StsCredentialsClient::new()))
//!     // For roles whose profile sets `mfa_serial`: the device's current code.
//!     .mfa_token(|prompt| {
//!         eprint!("MFA code for {}: ", prompt.serial);
//!         let mut code = String::new();
//!         std::io::stdin().read_line(&mut code).map_err(|e| e.to_string())?;
//!         Ok(code.trim().to_owned())
//!     })
//!     .build()?;
//! # let _ = config; Ok(()) }
//! ```
//!
//! The runtime reads the profiles, follows the chain, reads the token file and checks the
//! answers (`aws_operation::credentials::sts`); this module only maps fields to and from
//! `AssumeRole` and `AssumeRoleWithWebIdentity`, each sent with a client built from the config
//! the runtime hands over (the region, the chain's credentials to sign with, the endpoints
//! configured for STS).

use aws_operation::Config;
use aws_operation::credentials::CallError;
use aws_operation::credentials::sts::{AssumeRoleRequest, RoleCredentials, StsClient, StsFuture, WebIdentityRequest};

use crate::Sts;
use crate::types::{AssumedRoleUser, Credentials};

/// The [`StsClient`] of this crate: `AssumeRole` and `AssumeRoleWithWebIdentity` with [`Sts`].
/// Pass it to `ConfigBuilder::sts`.
#[derive(Debug, Clone, Default)]
pub struct StsCredentialsClient {
    _private: (),
}

impl StsCredentialsClient {
    /// The client.
    pub fn new() -> Self {
        Self::default()
    }
}

impl StsClient for StsCredentialsClient {
    fn assume_role<'a>(&'a self, config: &'a Config, request: AssumeRoleRequest) -> StsFuture<'a, RoleCredentials> {
        Box::pin(async move {
            let mut call = Sts::new(config)
                .map_err(CallError::failed)?
                .assume_role()
                .role_arn(request.role_arn)
                .role_session_name(request.role_session_name);
            if let Some(external_id) = request.external_id {
                call = call.external_id(external_id);
            }
            if let Some(seconds) = request.duration_seconds {
                call = call.duration_seconds(seconds);
            }
            if let Some(serial) = request.serial_number {
                call = call.serial_number(serial);
            }
            if let Some(code) = request.token_code {
                call = call.token_code(code);
            }
            let out = call.send().await.map_err(call_error)?.into_inner();
            role_credentials(out.credentials, out.assumed_role_user)
        })
    }

    fn assume_role_with_web_identity<'a>(
        &'a self,
        config: &'a Config,
        request: WebIdentityRequest,
    ) -> StsFuture<'a, RoleCredentials> {
        Box::pin(async move {
            let mut call = Sts::new(config)
                .map_err(CallError::failed)?
                .assume_role_with_web_identity()
                .role_arn(request.role_arn)
                .role_session_name(request.role_session_name)
                .web_identity_token(request.web_identity_token);
            if let Some(seconds) = request.duration_seconds {
                call = call.duration_seconds(seconds);
            }
            let out = call.send().await.map_err(call_error)?.into_inner();
            role_credentials(out.credentials, out.assumed_role_user)
        })
    }
}

/// The answer's credentials, which a successful answer must carry.
fn role_credentials(
    credentials: Option<Credentials>,
    user: Option<AssumedRoleUser>,
) -> Result<RoleCredentials, CallError> {
    let c = credentials.ok_or_else(|| CallError::InvalidResponse("the answer has no `Credentials`".to_owned()))?;
    Ok(RoleCredentials {
        access_key_id: c.access_key_id,
        secret_access_key: c.secret_access_key,
        session_token: c.session_token,
        expiration: c.expiration.into(),
        assumed_role_arn: user.map(|u| u.arn),
    })
}

/// The service's code and message when it answered with an error, else the error itself.
fn call_error<E: std::error::Error + Send + Sync + 'static>(error: aws_operation::Error<E>) -> CallError {
    match error {
        aws_operation::Error::Service(e) => {
            let message = e.meta.shown_message().map(str::to_owned);
            CallError::service(e.meta.code, message)
        }
        other => CallError::failed(other),
    }
}
