//! Credentials from IAM Identity Center (formerly AWS SSO), as the AWS CLI and SDKs get them for a
//! profile that `aws sso login` set up.
//!
//! Three steps, each in a module of its own:
//!
//! * [`profile`]: the profile names an account and a role (`sso_account_id`, `sso_role_name`) and
//!   either an `[sso-session NAME]` section (`sso_session`: `sso_start_url`, `sso_region`,
//!   `sso_registration_scopes`) or, in the legacy form, `sso_start_url` and `sso_region` itself;
//! * [`token`]: `aws sso login` left an access token in `~/.aws/sso/cache/<SHA-1 of the session
//!   name, or of the start URL in the legacy form>.json`. In the `sso_session` form a token that
//!   expires within 5 minutes is refreshed with SSO OIDC's `CreateToken` and written back, as the
//!   AWS CLI does; a legacy token is never refreshed. Once it has expired for good, the error says
//!   to run `aws sso login`;
//! * [`provider`]: the SSO portal's `GetRoleCredentials` trades the token for the role's
//!   credentials. [`DefaultChain`](super::DefaultChain) caches them until shortly before they
//!   expire, one refresh at a time.
//!
//! The two HTTP calls are not made here: the runtime cannot depend on the crate that defines the
//! operations (`aws-operation-sso`, which depends on the runtime), so they go through the
//! [`SsoClient`] trait, which that crate implements. Register it on the config builder with
//! [`ConfigBuilder::sso`](crate::config::ConfigBuilder::sso); without it a profile that uses SSO
//! fails with [`SsoError::NoClient`], which says what to add.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use thiserror::Error;

pub mod client;
pub mod profile;
pub mod provider;
pub mod token;

pub use client::{
    CreateTokenRequest, CreateTokenResponse, GetRoleCredentialsRequest, GetRoleCredentialsResponse, SsoCallError,
    SsoClient, SsoFuture,
};
pub use profile::SsoProfile;
pub use provider::SsoProvider;

/// Why IAM Identity Center (SSO) gave no credentials.
///
/// Messages name profiles, sessions, keys and files, never a token or a secret.
#[derive(Debug, Clone, Error)]
#[non_exhaustive]
pub enum SsoError {
    /// The profile uses SSO, but no [`SsoClient`] was registered to make the calls.
    #[error(
        "profile `{profile}` gets its credentials from IAM Identity Center (SSO), which needs an SSO client: \
         add the `aws-operation-sso` crate and call \
         `.sso(Arc::new(aws_operation_sso::SsoCredentialsClient::new()))` on the config builder"
    )]
    NoClient {
        /// The profile.
        profile: String,
    },
    /// Settings that SSO credentials need are missing from the profile or its `[sso-session]`.
    #[error("{}", incomplete_message(profile, session.as_deref(), profile_missing, session_missing))]
    Incomplete {
        /// The profile.
        profile: String,
        /// The `[sso-session]` the profile names, if any.
        session: Option<String>,
        /// Keys the profile must set.
        profile_missing: Vec<&'static str>,
        /// Keys the `[sso-session]` section must set (when neither it nor the profile does).
        session_missing: Vec<&'static str>,
    },
    /// The profile names an `[sso-session]` that no section defines.
    #[error("profile `{profile}` names sso-session `{session}`, which is not defined in the config file")]
    SessionNotDefined {
        /// The profile.
        profile: String,
        /// The session's name.
        session: String,
    },
    /// The profile and its `[sso-session]` set the same key to different values.
    #[error(
        "profile `{profile}` sets `{key}` to `{profile_value}` but its sso-session `{session}` sets `{session_value}`; \
         remove it from the profile or make them the same"
    )]
    Mismatch {
        /// The profile.
        profile: String,
        /// The session's name.
        session: String,
        /// `sso_start_url` or `sso_region`.
        key: &'static str,
        /// The profile's value.
        profile_value: String,
        /// The session's value.
        session_value: String,
    },
    /// No home directory, so the token cache cannot be found.
    #[error("the SSO token cache of profile `{profile}` is in the home directory, and there is none: set `HOME`")]
    NoHome {
        /// The profile.
        profile: String,
    },
    /// No token is cached for the session: the user never logged in (or the cache was cleared).
    #[error("no SSO token is cached in `{}`; run `{login}`", path.display())]
    NotLoggedIn {
        /// The cache file.
        path: PathBuf,
        /// The command that logs in, e.g. `aws sso login --sso-session corp`.
        login: String,
    },
    /// The cache file exists but cannot be read.
    #[error("the SSO token cache file `{}` could not be read", path.display())]
    ReadToken {
        /// The cache file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: Arc<std::io::Error>,
    },
    /// The cache file does not hold a token.
    #[error("the SSO token cache file `{}` is not valid ({reason}); run `{login}`", path.display())]
    InvalidToken {
        /// The cache file.
        path: PathBuf,
        /// What is wrong, naming fields but never their values.
        reason: String,
        /// The command that logs in again.
        login: String,
    },
    /// The token expired and cannot be refreshed: no refresh token, an expired client
    /// registration, or the legacy form, which is never refreshed.
    #[error("the SSO session {} expired at {}; run `{login}`", describe_session(profile, session.as_deref()), super::json::format_time(*expired_at))]
    Expired {
        /// The profile.
        profile: String,
        /// The `[sso-session]`, if any.
        session: Option<String>,
        /// When the token expired.
        expired_at: SystemTime,
        /// The command that logs in again.
        login: String,
    },
    /// The token expired and `CreateToken` could not refresh it.
    #[error("the SSO session {} has expired and could not be refreshed; run `{login}`", describe_session(profile, session.as_deref()))]
    Refresh {
        /// The profile.
        profile: String,
        /// The `[sso-session]`, if any.
        session: Option<String>,
        /// The command that logs in again.
        login: String,
        /// Why `CreateToken` failed.
        #[source]
        source: Box<SsoCallError>,
    },
    /// The refreshed token could not be written back to the cache.
    #[error("the refreshed SSO token could not be saved to `{}`", path.display())]
    WriteToken {
        /// The cache file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: Arc<std::io::Error>,
    },
    /// `GetRoleCredentials` gave no credentials.
    #[error(
        "IAM Identity Center (SSO) gave no credentials for role `{role_name}` in account `{account_id}` (profile `{profile}`){}",
        if source.code() == Some("UnauthorizedException") { format!("; the SSO session may have ended: run `{login}`") } else { String::new() }
    )]
    RoleCredentials {
        /// The profile.
        profile: String,
        /// The role.
        role_name: String,
        /// The account.
        account_id: String,
        /// The command that logs in again.
        login: String,
        /// Why the call failed.
        #[source]
        source: Box<SsoCallError>,
    },
}

fn describe_session(profile: &str, session: Option<&str>) -> String {
    match session {
        Some(session) => format!("`{session}` of profile `{profile}`"),
        None => format!("of profile `{profile}`"),
    }
}

fn incomplete_message(
    profile: &str,
    session: Option<&str>,
    profile_missing: &[&str],
    session_missing: &[&str],
) -> String {
    let list = |keys: &[&str]| keys.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
    let mut message = format!("profile `{profile}` uses IAM Identity Center (SSO) but ");
    if !profile_missing.is_empty() {
        let _ = write!(message, "does not set {}", list(profile_missing));
    }
    if let (Some(session), false) = (session, session_missing.is_empty()) {
        if !profile_missing.is_empty() {
            message.push_str(", and ");
        }
        let _ = write!(message, "its sso-session `{session}` does not set {}", list(session_missing));
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages() {
        let incomplete = |profile_missing: Vec<&'static str>, session_missing: Vec<&'static str>| {
            SsoError::Incomplete {
                profile: "dev".into(),
                session: Some("corp".into()),
                profile_missing,
                session_missing,
            }
            .to_string()
        };
        assert_eq!(
            incomplete(vec!["sso_account_id", "sso_role_name"], vec![]),
            "profile `dev` uses IAM Identity Center (SSO) but does not set `sso_account_id`, `sso_role_name`"
        );
        assert_eq!(
            incomplete(vec![], vec!["sso_region"]),
            "profile `dev` uses IAM Identity Center (SSO) but its sso-session `corp` does not set `sso_region`"
        );
        assert_eq!(
            incomplete(vec!["sso_role_name"], vec!["sso_start_url", "sso_region"]),
            "profile `dev` uses IAM Identity Center (SSO) but does not set `sso_role_name`, and its sso-session \
             `corp` does not set `sso_start_url`, `sso_region`"
        );
        let expired = SsoError::Expired {
            profile: "dev".into(),
            session: None,
            expired_at: SystemTime::UNIX_EPOCH,
            login: "aws sso login --profile dev".into(),
        };
        assert_eq!(
            expired.to_string(),
            "the SSO session of profile `dev` expired at 1970-01-01T00:00:00Z; run `aws sso login --profile dev`"
        );
        let refused = |code: &str| SsoError::RoleCredentials {
            profile: "dev".into(),
            role_name: "ReadOnly".into(),
            account_id: "111122223333".into(),
            login: "aws sso login --sso-session corp".into(),
            source: Box::new(SsoCallError::service(code, Some("no".into()))),
        };
        assert_eq!(
            refused("UnauthorizedException").to_string(),
            "IAM Identity Center (SSO) gave no credentials for role `ReadOnly` in account `111122223333` (profile \
             `dev`); the SSO session may have ended: run `aws sso login --sso-session corp`"
        );
        assert!(!refused("TooManyRequestsException").to_string().contains("aws sso login"));
    }
}
