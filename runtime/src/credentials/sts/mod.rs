//! Credentials from AWS STS: roles taken for a profile with `role_arn` (through `source_profile`
//! chains of any depth, or a `credential_source`), and web identity (an OpenID Connect token in
//! a file, from the environment or a profile).
//!
//! Three parts, each in a module of its own:
//!
//! * [`chain`]: a profile with `role_arn` resolved into the credentials to start from and the
//!   roles to take, in order; cycles and missing sources are reported with the profiles named;
//! * [`web_identity`]: the token file, role and session name, the file read on every refresh;
//! * [`provider`]: the calls, `AssumeRole` for each role with the credentials before it, and
//!   `AssumeRoleWithWebIdentity` with the token. [`DefaultChain`](super::DefaultChain) caches
//!   what they give until shortly before it expires, one refresh at a time.
//!
//! The calls are not made here: the runtime cannot depend on the crate that defines the
//! operations (`aws-operation-sts`, which depends on the runtime), so they go through the
//! [`StsClient`] trait, which that crate implements. Register it on the config builder with
//! [`ConfigBuilder::sts`](crate::config::ConfigBuilder::sts); without it a profile that takes a
//! role fails with [`StsError::NoClient`], which says what to add.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use thiserror::Error;

pub mod chain;
pub mod client;
pub mod provider;
pub mod web_identity;

pub use chain::{ChainBase, CredentialSource, RoleChain, RoleStep};
pub use client::{AssumeRoleRequest, RoleCredentials, StsClient, StsFuture, WebIdentityRequest};
pub use provider::StsProvider;
pub use web_identity::WebIdentity;

use crate::credentials::call::CallError;

/// Why STS gave no credentials, or a profile that takes a role cannot be used.
///
/// Messages name profiles, keys, roles and files, never a token or a secret.
#[derive(Debug, Clone, Error)]
#[non_exhaustive]
pub enum StsError {
    /// Credentials come from STS, but no [`StsClient`] was registered to make the calls.
    #[error(
        "{origin} gets its credentials from AWS STS, which needs an STS client: add the `aws-operation-sts` \
         crate and call `.sts(Arc::new(aws_operation_sts::StsCredentialsClient::new()))` on the config builder"
    )]
    NoClient {
        /// "profile `p`" or "the environment".
        origin: String,
    },
    /// Following `source_profile` reached a profile a second time.
    #[error("the `source_profile` settings of profiles {} form a cycle", profiles.join(" -> "))]
    Cycle {
        /// The profiles in the order they were reached, the repeated one last.
        profiles: Vec<String>,
    },
    /// `source_profile` names a profile that neither file defines.
    #[error("profile `{profile}` names source_profile `{source_profile}`, which is not defined")]
    SourceNotDefined {
        /// The profile.
        profile: String,
        /// The profile it names.
        source_profile: String,
    },
    /// A profile with `role_arn` says nothing of the credentials to take it with.
    #[error(
        "profile `{profile}` sets `role_arn` but neither `source_profile` nor `credential_source` to take the role with"
    )]
    NoSource {
        /// The profile.
        profile: String,
    },
    /// A profile sets both sources.
    #[error("profile `{profile}` sets both `source_profile` and `credential_source`; set one")]
    TwoSources {
        /// The profile.
        profile: String,
    },
    /// `credential_source` has a value the SDKs do not define.
    #[error(
        "profile `{profile}` sets `credential_source` to `{value}`: expected `Environment`, `Ec2InstanceMetadata` or `EcsContainer`"
    )]
    UnknownCredentialSource {
        /// The profile.
        profile: String,
        /// The value.
        value: String,
    },
    /// The source profile has no credentials of its own and no role.
    #[error("profile `{profile}` takes its role with the credentials of profile `{source_profile}`, which has none")]
    SourceWithoutCredentials {
        /// The profile that takes a role.
        profile: String,
        /// Its source profile.
        source_profile: String,
    },
    /// `credential_source` names a source that has no credentials here.
    #[error("profile `{profile}` takes its role with credentials from `{credential_source}`, which has none: {reason}")]
    SourceEmpty {
        /// The profile.
        profile: String,
        /// The source, as the profile names it.
        credential_source: &'static str,
        /// What was missing.
        reason: &'static str,
    },
    /// The role's profile sets `mfa_serial`, and no callback was registered to ask for the code.
    #[error(
        "profile `{profile}` sets `mfa_serial` `{serial}`, so taking its role needs a code from the device: \
         register a callback that asks for it with `ConfigBuilder::mfa_token`"
    )]
    NoMfaCallback {
        /// The profile.
        profile: String,
        /// The device.
        serial: String,
    },
    /// The MFA callback gave no code.
    #[error("no MFA code for `{serial}` (profile `{profile}`): {reason}")]
    MfaFailed {
        /// The profile.
        profile: String,
        /// The device.
        serial: String,
        /// What the callback said.
        reason: String,
    },
    /// Web identity settings without the role to take.
    #[error("{origin} names a web identity token file but `{missing}` is not set: web identity needs the role to take")]
    WebIdentityWithoutRole {
        /// "the environment" or "profile `p`".
        origin: String,
        /// The setting that is missing.
        missing: &'static str,
    },
    /// The web identity token file could not be read.
    #[error("could not read the web identity token file `{}`", path.display())]
    TokenFile {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: Arc<std::io::Error>,
    },
    /// The web identity token file is empty.
    #[error("the web identity token file `{}` is empty", path.display())]
    EmptyToken {
        /// The file.
        path: PathBuf,
    },
    /// STS refused or the call failed.
    #[error("{operation} of role `{role_arn}` ({origin}) failed")]
    Call {
        /// `AssumeRole` or `AssumeRoleWithWebIdentity`.
        operation: &'static str,
        /// The role.
        role_arn: String,
        /// "profile `p`" or "the environment".
        origin: String,
        /// What went wrong.
        #[source]
        source: Box<CallError>,
    },
}

/// What the MFA callback is asked: the device whose code to give, and for which role.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct MfaPrompt<'a> {
    /// The profile that sets `mfa_serial`.
    pub profile: &'a str,
    /// The device (`mfa_serial`), e.g. `arn:aws:iam::111122223333:mfa/user`.
    pub serial: &'a str,
    /// The role about to be taken.
    pub role_arn: &'a str,
}

/// The function that gives the current code of an MFA device ([`ConfigBuilder::mfa_token`]).
///
/// It is called each time a role with `mfa_serial` is taken, on the task that asks for
/// credentials: a prompt that blocks blocks that task. `Err` carries why there is no code.
///
/// [`ConfigBuilder::mfa_token`]: crate::config::ConfigBuilder::mfa_token
#[derive(Clone)]
pub struct MfaToken(Arc<MfaCallback>);

/// What an [`MfaToken`] calls.
type MfaCallback = dyn Fn(&MfaPrompt<'_>) -> Result<String, String> + Send + Sync;

impl MfaToken {
    /// The callback `f`.
    pub fn new(f: impl Fn(&MfaPrompt<'_>) -> Result<String, String> + Send + Sync + 'static) -> Self {
        MfaToken(Arc::new(f))
    }

    /// The code for `prompt`.
    pub fn code(&self, prompt: &MfaPrompt<'_>) -> Result<String, String> {
        (self.0)(prompt)
    }
}

impl fmt::Debug for MfaToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MfaToken(..)")
    }
}
