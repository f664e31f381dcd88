//! The two STS calls that credentials need, as a trait: `AssumeRole` (signed with the source
//! credentials) and `AssumeRoleWithWebIdentity` (unsigned, the token is the proof).
//!
//! The runtime cannot depend on the crate that defines those operations, since that crate
//! depends on the runtime; `aws-operation-sts` implements [`StsClient`] with them
//! (`aws_operation_sts::StsCredentialsClient`). Requests and responses are plain data: the runtime
//! decides what to ask and checks what comes back, so an implementation only maps fields.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::SystemTime;

use crate::config::Config;
use crate::credentials::call::CallError;

/// The future an [`StsClient`] returns.
pub type StsFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, CallError>> + Send + 'a>>;

/// Makes the STS calls of assume-role and web identity credentials.
///
/// `config` is the one to call with: its region and endpoint overrides (`AWS_ENDPOINT_URL_STS`,
/// `AWS_ENDPOINT_URL`, a `[services]` section, `sts_regional_endpoints`) are the configured ones,
/// and its credentials are those to sign `AssumeRole` with (none for
/// `AssumeRoleWithWebIdentity`), so an implementation builds its client from it and nothing else.
pub trait StsClient: Send + Sync + fmt::Debug {
    /// `AssumeRole` with `request`'s role, session and options.
    fn assume_role<'a>(&'a self, config: &'a Config, request: AssumeRoleRequest) -> StsFuture<'a, RoleCredentials>;

    /// `AssumeRoleWithWebIdentity` with `request`'s role, session and token.
    fn assume_role_with_web_identity<'a>(
        &'a self,
        config: &'a Config,
        request: WebIdentityRequest,
    ) -> StsFuture<'a, RoleCredentials>;
}

impl<C: StsClient + ?Sized> StsClient for Arc<C> {
    fn assume_role<'a>(&'a self, config: &'a Config, request: AssumeRoleRequest) -> StsFuture<'a, RoleCredentials> {
        (**self).assume_role(config, request)
    }

    fn assume_role_with_web_identity<'a>(
        &'a self,
        config: &'a Config,
        request: WebIdentityRequest,
    ) -> StsFuture<'a, RoleCredentials> {
        (**self).assume_role_with_web_identity(config, request)
    }
}

/// What to send to `AssumeRole`: a profile's `role_arn`, `role_session_name`, `external_id`,
/// `duration_seconds`, and with `mfa_serial` the device and the code the user gave.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct AssumeRoleRequest {
    /// `RoleArn`.
    pub role_arn: String,
    /// `RoleSessionName`.
    pub role_session_name: String,
    /// `ExternalId`.
    pub external_id: Option<String>,
    /// `DurationSeconds`; STS's default (one hour) when `None`.
    pub duration_seconds: Option<i32>,
    /// `SerialNumber`: the MFA device.
    pub serial_number: Option<String>,
    /// `TokenCode`: the code the device shows, valid for seconds, so not redacted.
    pub token_code: Option<String>,
}

/// What to send to `AssumeRoleWithWebIdentity`. `Debug` redacts the token.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WebIdentityRequest {
    /// `RoleArn`.
    pub role_arn: String,
    /// `RoleSessionName`.
    pub role_session_name: String,
    /// `WebIdentityToken`: the file's content, as read for this call.
    pub web_identity_token: String,
    /// `DurationSeconds`; STS's default (one hour) when `None`.
    pub duration_seconds: Option<i32>,
}

impl fmt::Debug for WebIdentityRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebIdentityRequest")
            .field("role_arn", &self.role_arn)
            .field("role_session_name", &self.role_session_name)
            .field("web_identity_token", &"** redacted **")
            .field("duration_seconds", &self.duration_seconds)
            .finish()
    }
}

/// What either call answered: its `Credentials` and the assumed role's ARN, as they came (the
/// model makes the four credential fields required, so a reply without them never gets here).
/// `Debug` redacts the secret key and the session token.
#[derive(Clone, PartialEq, Eq)]
pub struct RoleCredentials {
    /// `AccessKeyId`.
    pub access_key_id: String,
    /// `SecretAccessKey`.
    pub secret_access_key: String,
    /// `SessionToken`.
    pub session_token: String,
    /// `Expiration`.
    pub expiration: SystemTime,
    /// `AssumedRoleUser.Arn`, e.g. `arn:aws:sts::111122223333:assumed-role/Role/session`.
    pub assumed_role_arn: Option<String>,
}

impl fmt::Debug for RoleCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RoleCredentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"** redacted **")
            .field("session_token", &"** redacted **")
            .field("expiration", &self.expiration)
            .field("assumed_role_arn", &self.assumed_role_arn)
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
                WebIdentityRequest {
                    role_arn: "arn:aws:iam::111122223333:role/r".into(),
                    role_session_name: "s".into(),
                    web_identity_token: "SECRET-1".into(),
                    duration_seconds: None,
                }
            ),
            format!(
                "{:?}",
                RoleCredentials {
                    access_key_id: "ASIA".into(),
                    secret_access_key: "SECRET-2".into(),
                    session_token: "SECRET-3".into(),
                    expiration: SystemTime::UNIX_EPOCH,
                    assumed_role_arn: None,
                }
            ),
        ];
        for text in shown {
            assert!(!text.contains("SECRET"), "{text}");
            assert!(text.contains("redacted"), "{text}");
        }
    }
}
