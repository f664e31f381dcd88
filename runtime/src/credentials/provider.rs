//! Finding credentials the way the AWS SDKs' default chain does: environment variables, then the
//! selected profile of the shared files (a role to take with `role_arn`, web identity, IAM
//! Identity Center/SSO, static keys or `credential_process`), then web identity from the
//! environment, then a container credentials endpoint when one is configured, then EC2 instance
//! metadata.
//!
//! A configured source that fails (a role STS refuses, a `credential_process`, a container
//! endpoint) stops the chain with its error instead of being skipped, so a request never runs
//! with credentials other than the ones the user configured. Instance metadata comes last and is
//! the one source whose failure means "not found": off EC2 nothing answers.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

use thiserror::Error;

use crate::credentials::http::MetadataError;
use crate::credentials::process::{CredentialProcess, ProcessError};
use crate::credentials::sso::{self, SsoError, SsoProfile, SsoProvider};
use crate::credentials::sts::chain::ROLE_ARN_KEY;
use crate::credentials::sts::web_identity::TOKEN_FILE_KEY;
use crate::credentials::sts::{RoleChain, StsError, StsProvider, WebIdentity};
use crate::credentials::{ContainerCredentials, Credentials, ImdsCredentials, ProvideCredentials};
use crate::env::{Env, InvalidValueError};
use crate::profile::{Profile, ProfileError, ProfileSet};

/// Environment variable holding the access key id.
pub const ACCESS_KEY_ID_ENV: &str = "AWS_ACCESS_KEY_ID";
/// Environment variable holding the secret access key.
pub const SECRET_ACCESS_KEY_ENV: &str = "AWS_SECRET_ACCESS_KEY";
/// Environment variable holding the session token of temporary credentials.
pub const SESSION_TOKEN_ENV: &str = "AWS_SESSION_TOKEN";
/// The account the environment's keys belong to (optional; account-based endpoints use it).
pub const ACCOUNT_ID_ENV: &str = "AWS_ACCOUNT_ID";

/// Profile key holding the access key id.
pub const ACCESS_KEY_ID_KEY: &str = "aws_access_key_id";
/// Profile key holding the secret access key.
pub const SECRET_ACCESS_KEY_KEY: &str = "aws_secret_access_key";
/// Profile key holding the session token.
pub const SESSION_TOKEN_KEY: &str = "aws_session_token";
/// The profile key of the account its keys belong to.
pub const ACCOUNT_ID_KEY: &str = "aws_account_id";
/// Profile key holding a command that prints credentials.
pub const CREDENTIAL_PROCESS_KEY: &str = "credential_process";

/// Why credentials could not be found.
///
/// Messages name variables, keys, profiles and files, never secret values. Cloning is cheap, so
/// that callers who waited for one refresh can all be given its error.
#[derive(Debug, Clone, Error)]
#[non_exhaustive]
pub enum CredentialsError {
    /// One of the two key variables is set without the other.
    #[error("environment variable `{present}` is set but `{missing}` is not; set both or neither")]
    IncompleteEnv {
        /// The variable that is set.
        present: &'static str,
        /// The variable that is missing.
        missing: &'static str,
    },
    /// A profile has one of the two static key settings without the other.
    #[error("profile `{profile}` sets `{present}` but not `{missing}`")]
    IncompleteProfile {
        /// The profile.
        profile: String,
        /// The key that is set.
        present: &'static str,
        /// The key that is missing.
        missing: &'static str,
    },
    /// A role taken with AWS STS (assume-role, web identity) gave no credentials.
    #[error(transparent)]
    Sts(Box<StsError>),
    /// The profile uses IAM Identity Center (SSO), which gave no credentials.
    #[error(transparent)]
    Sso(Box<SsoError>),
    /// The shared files could not be loaded.
    #[error(transparent)]
    Profile(Arc<ProfileError>),
    /// A setting of a credentials source has a value that cannot be used.
    #[error(transparent)]
    InvalidValue(#[from] InvalidValueError),
    /// A profile's `credential_process` gave no credentials.
    #[error("the `credential_process` of profile `{profile}` failed")]
    Process {
        /// The profile.
        profile: String,
        /// What went wrong.
        #[source]
        source: ProcessError,
    },
    /// The container credentials endpoint gave no credentials.
    #[error("container credentials could not be loaded")]
    Container(#[source] MetadataError),
    /// The container authorization token file could not be read.
    #[error("could not read the container authorization token file `{}`", path.display())]
    TokenFile {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: Arc<std::io::Error>,
    },
    /// The container authorization token contains a line break, so it cannot be a header.
    #[error("the container authorization token from {origin} contains a line break")]
    InvalidToken {
        /// Where the token came from, e.g. "environment variable `AWS_CONTAINER_AUTHORIZATION_TOKEN`".
        origin: String,
    },
    /// EC2 instance metadata gave no credentials.
    #[error("EC2 instance metadata credentials could not be loaded")]
    InstanceMetadata(#[source] MetadataError),
    /// A provider of the AWS SDK for Rust gave no credentials ([`SdkCredentials`](super::SdkCredentials)).
    #[error(transparent)]
    Sdk(#[from] crate::credentials::sdk::SdkCredentialsError),
    /// The cached credentials expired and could not be refreshed.
    #[error("the credentials expired at {} and could not be refreshed", crate::credentials::json::format_time(*expired_at))]
    Expired {
        /// When they expired.
        expired_at: SystemTime,
        /// Why the refresh failed.
        #[source]
        source: Box<CredentialsError>,
    },
    /// No source had credentials.
    #[error("{}", not_found_message(*checked_env, profile, *profile_defined, config_file.as_deref(), credentials_file.as_deref(), instance_metadata.is_some()))]
    NotFound {
        /// Whether the environment variables were consulted (not when a profile was named explicitly).
        checked_env: bool,
        /// The profile that was consulted.
        profile: String,
        /// Whether that profile is defined in either file.
        profile_defined: bool,
        /// The config file consulted, if a path could be formed.
        config_file: Option<PathBuf>,
        /// The credentials file consulted, if a path could be formed.
        credentials_file: Option<PathBuf>,
        /// Why EC2 instance metadata gave nothing; `None` when it is disabled.
        #[source]
        instance_metadata: Option<Box<MetadataError>>,
    },
}

impl From<StsError> for CredentialsError {
    fn from(e: StsError) -> Self {
        CredentialsError::Sts(Box::new(e))
    }
}

impl From<SsoError> for CredentialsError {
    fn from(e: SsoError) -> Self {
        CredentialsError::Sso(Box::new(e))
    }
}

impl From<ProfileError> for CredentialsError {
    fn from(e: ProfileError) -> Self {
        CredentialsError::Profile(Arc::new(e))
    }
}

fn not_found_message(
    checked_env: bool,
    profile: &str,
    profile_defined: bool,
    config_file: Option<&Path>,
    credentials_file: Option<&Path>,
    asked_instance_metadata: bool,
) -> String {
    let mut message = String::from("no AWS credentials found; looked in ");
    if checked_env {
        let _ = write!(message, "environment variables `{ACCESS_KEY_ID_ENV}` and `{SECRET_ACCESS_KEY_ENV}`, then ");
    }
    let _ = write!(message, "profile `{profile}`");
    if !profile_defined {
        message.push_str(" (not defined)");
    }
    let file = |path: Option<&Path>, var: &str| match path {
        Some(p) => format!("`{}`", p.display()),
        None => format!("(none: set `{var}` or `HOME`)"),
    };
    let _ = write!(
        message,
        " in config file {} and credentials file {}",
        file(config_file, crate::profile::CONFIG_FILE_ENV),
        file(credentials_file, crate::profile::CREDENTIALS_FILE_ENV),
    );
    if asked_instance_metadata {
        message.push_str(", then EC2 instance metadata");
    } else {
        let _ = write!(message, "; EC2 instance metadata is off (`{}`)", crate::credentials::imds::DISABLED_ENV);
    }
    message
}

/// Credentials from `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`, with `AWS_SESSION_TOKEN` if set.
///
/// `None` when neither key variable is set (a lone session token is ignored); an error when only one is.
pub fn from_env(env: &Env) -> Option<Result<Credentials, CredentialsError>> {
    match (env.get(ACCESS_KEY_ID_ENV), env.get(SECRET_ACCESS_KEY_ENV)) {
        (None, None) => None,
        (Some(_), None) => {
            Some(Err(CredentialsError::IncompleteEnv { present: ACCESS_KEY_ID_ENV, missing: SECRET_ACCESS_KEY_ENV }))
        }
        (None, Some(_)) => {
            Some(Err(CredentialsError::IncompleteEnv { present: SECRET_ACCESS_KEY_ENV, missing: ACCESS_KEY_ID_ENV }))
        }
        (Some(id), Some(secret)) => {
            let credentials = Credentials::new(id, secret, env.get(SESSION_TOKEN_ENV), None);
            Some(Ok(match env.get(ACCOUNT_ID_ENV).filter(|a| !a.is_empty()) {
                Some(account) => credentials.with_account_id(account),
                None => credentials,
            }))
        }
    }
}

/// The keys that select IAM Identity Center (SSO), which comes before static keys as in the SDKs.
const SSO_KEYS: &[&str] = &[
    sso::profile::SESSION_KEY,
    sso::profile::START_URL_KEY,
    sso::profile::ACCOUNT_ID_KEY,
    sso::profile::ROLE_NAME_KEY,
];

/// Where a profile's credentials come from.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ProfileCredentials {
    /// Keys written in the profile.
    Static(Credentials),
    /// A command to run (the profile's `credential_process`).
    Process(CredentialProcess),
    /// A role to take through IAM Identity Center (the profile's `sso_*` keys).
    Sso(SsoProfile),
    /// A role to take with AWS STS (the profile's `role_arn`), after the roles and from the
    /// credentials its `source_profile` or `credential_source` leads to.
    AssumeRole(RoleChain),
    /// A role to take with a web identity token (`web_identity_token_file` and `role_arn`).
    WebIdentity(WebIdentity),
}

/// What the selected profile of `profiles` says about credentials ([`profile_credentials`]).
pub fn from_profile(profiles: &ProfileSet) -> Result<Option<ProfileCredentials>, CredentialsError> {
    match profiles.selected() {
        Some(profile) => profile_credentials(profiles, profile),
        None => Ok(None),
    }
}

/// What `profile` says about credentials, in the SDKs' order.
///
/// `Ok(None)` when it configures none. `role_arn` comes first: with `web_identity_token_file`
/// the role is taken with the token, else through `source_profile` or `credential_source`
/// ([`RoleChain::resolve`]); `web_identity_token_file` without `role_arn` is an error. Then a
/// profile with `sso_session`, `sso_start_url`, `sso_account_id` or `sso_role_name` uses IAM
/// Identity Center ([`SsoProfile::resolve`] says what else it needs). Then static keys,
/// `aws_access_key_id` and `aws_secret_access_key`, with `aws_session_token` if set; only one of
/// the two is an error. Without static keys, `credential_process` names a command to run. Empty
/// values count as absent.
pub fn profile_credentials(
    profiles: &ProfileSet,
    profile: &Profile,
) -> Result<Option<ProfileCredentials>, CredentialsError> {
    if profile.get_non_empty(ROLE_ARN_KEY).is_some() {
        let chain = RoleChain::resolve(profiles, profile)?;
        // A role taken with a token alone is web identity, with no roles after it.
        return Ok(Some(match chain.base() {
            crate::credentials::sts::ChainBase::Profile(base) if chain.roles().is_empty() => (**base).clone(),
            _ => ProfileCredentials::AssumeRole(chain),
        }));
    }
    if profile.get_non_empty(TOKEN_FILE_KEY).is_some() {
        return Ok(Some(ProfileCredentials::WebIdentity(WebIdentity::from_profile(profile)?)));
    }
    if SSO_KEYS.iter().any(|key| profile.get_non_empty(key).is_some()) {
        return Ok(Some(ProfileCredentials::Sso(SsoProfile::resolve(profiles, profile)?)));
    }
    if let Some(credentials) = static_keys(profile)? {
        return Ok(Some(ProfileCredentials::Static(credentials)));
    }
    Ok(profile
        .get_non_empty(CREDENTIAL_PROCESS_KEY)
        .map(|command| ProfileCredentials::Process(CredentialProcess::new(profile.name(), command))))
}

/// The static keys of `profile`, if it has both; one without the other is an error.
pub fn static_keys(profile: &Profile) -> Result<Option<Credentials>, CredentialsError> {
    let id = profile.get_non_empty(ACCESS_KEY_ID_KEY);
    let secret = profile.get_non_empty(SECRET_ACCESS_KEY_KEY);
    let incomplete =
        |present, missing| CredentialsError::IncompleteProfile { profile: profile.name().to_owned(), present, missing };
    match (id, secret) {
        (Some(id), Some(secret)) => {
            let token = profile.get_non_empty(SESSION_TOKEN_KEY).map(str::to_owned);
            let credentials = Credentials::new(id, secret, token, None);
            Ok(Some(match profile.get_non_empty(ACCOUNT_ID_KEY) {
                Some(account) => credentials.with_account_id(account),
                None => credentials,
            }))
        }
        (Some(_), None) => Err(incomplete(ACCESS_KEY_ID_KEY, SECRET_ACCESS_KEY_KEY)),
        (None, Some(_)) => Err(incomplete(SECRET_ACCESS_KEY_KEY, ACCESS_KEY_ID_KEY)),
        (None, None) => Ok(None),
    }
}

/// The credentials `source` gives: its keys, its command's output, SSO's role (with `sso`),
/// STS's role (with `sts`, for a role chain or web identity). Without the client a source
/// needs, the error says what to register.
pub async fn base_credentials(
    env: &Env,
    profiles: &ProfileSet,
    source: &ProfileCredentials,
    sso: Option<&SsoProvider>,
    sts: Option<&StsProvider>,
) -> Result<Credentials, CredentialsError> {
    let no_sts = |profile: &str| StsError::NoClient { origin: format!("profile `{profile}`") };
    match source {
        ProfileCredentials::Static(credentials) => Ok(credentials.clone()),
        ProfileCredentials::Process(process) => process.run().await,
        ProfileCredentials::Sso(profile) => {
            let Some(sso) = sso else {
                return Err(SsoError::NoClient { profile: profile.profile().to_owned() }.into());
            };
            Ok(sso.credentials(env, profiles, profile).await?)
        }
        ProfileCredentials::WebIdentity(web) => {
            let Some(sts) = sts else { return Err(StsError::NoClient { origin: web.origin().to_owned() }.into()) };
            sts.web_identity(env, profiles, web).await
        }
        // A chain's base is never a chain (see `RoleChain::resolve`); this is the selected profile.
        ProfileCredentials::AssumeRole(chain) => {
            let profile = chain.roles().last().map_or(profiles.selected_name(), |r| r.profile.as_str());
            let Some(sts) = sts else { return Err(no_sts(profile).into()) };
            Box::pin(sts.role_chain(env, profiles, chain, sso)).await
        }
    }
}

/// Credentials from the default chain, asked once (no cache: [`DefaultChain`](super::DefaultChain)
/// adds it): the environment ([`from_env`]), then the selected profile ([`from_profile`]) of the
/// shared files loaded with [`ProfileSet::load`], then web identity from the environment
/// ([`WebIdentity::from_env`]), then the container endpoint when
/// [`ContainerCredentials::from_env`] finds one, then [`ImdsCredentials::from_env`].
///
/// A profile that uses IAM Identity Center gets its credentials from `sso`; one that takes a
/// role, and web identity, from `sts`. Without the client it needs a source gives
/// [`SsoError::NoClient`] or [`StsError::NoClient`], which say what to register.
///
/// As in the AWS CLI, naming a profile explicitly with `profile_override` skips the environment
/// variables, so the credentials used are those of the profile asked for (`AWS_PROFILE` does not skip
/// them). Any error from a source stops the chain, except that instance metadata failing gives
/// [`CredentialsError::NotFound`], with that failure as its source.
pub async fn default_chain(
    env: &Env,
    profile_override: Option<&str>,
    sso: Option<&SsoProvider>,
    sts: Option<&StsProvider>,
) -> Result<Credentials, CredentialsError> {
    let explicit_profile = profile_override.is_some_and(|p| !p.is_empty());
    if !explicit_profile && let Some(result) = from_env(env) {
        return result;
    }
    let profiles = ProfileSet::load(env, profile_override)?;
    if let Some(source) = from_profile(&profiles)? {
        return base_credentials(env, &profiles, &source, sso, sts).await;
    }
    if let Some(web) = WebIdentity::from_env(env)? {
        let Some(sts) = sts else { return Err(StsError::NoClient { origin: web.origin().to_owned() }.into()) };
        return sts.web_identity(env, &profiles, &web).await;
    }
    if let Some(container) = ContainerCredentials::from_env(env)? {
        return container.provide_credentials().await;
    }
    let instance_metadata = match ImdsCredentials::from_env(env, &profiles)? {
        None => None,
        Some(imds) => match imds.provide_credentials().await {
            Ok(credentials) => return Ok(credentials),
            Err(CredentialsError::InstanceMetadata(e)) => Some(Box::new(e)),
            Err(e) => return Err(e),
        },
    };
    Err(CredentialsError::NotFound {
        checked_env: !explicit_profile,
        profile: profiles.selected_name().to_owned(),
        profile_defined: profiles.selected().is_some(),
        config_file: profiles.config_file().map(Path::to_owned),
        credentials_file: profiles.credentials_file().map(Path::to_owned),
        instance_metadata,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Environment variables for a test case.
    type Pairs = &'static [(&'static str, &'static str)];

    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    const TOKEN: &str = "FwoGZXIvYXdzEXAMPLETOKEN";

    fn creds(id: &str, secret: &str, token: Option<&str>) -> Credentials {
        Credentials::new(id, secret, token.map(str::to_owned), None)
    }

    /// The error's text must never contain a secret.
    fn assert_no_secrets(err: &CredentialsError) {
        for text in [err.to_string(), format!("{err:?}")] {
            assert!(!text.contains(SECRET), "{text}");
            assert!(!text.contains(TOKEN), "{text}");
        }
    }

    #[test]
    fn keys_carry_the_account_they_name() {
        let env = Env::from_pairs([
            (ACCESS_KEY_ID_ENV, "AKID"),
            (SECRET_ACCESS_KEY_ENV, SECRET),
            (ACCOUNT_ID_ENV, "111122223333"),
        ]);
        let from_env = from_env(&env).unwrap().unwrap();
        assert_eq!(from_env.account_id(), Some("111122223333"));
        let body =
            format!("[p]\naws_access_key_id = AKID\naws_secret_access_key = {SECRET}\naws_account_id = 444455556666\n");
        let profiles = ProfileSet::parse("", &body, "p").unwrap();
        let Some(ProfileCredentials::Static(from_profile)) = from_profile(&profiles).unwrap() else { panic!() };
        assert_eq!(from_profile.account_id(), Some("444455556666"));
        let without = Env::from_pairs([(ACCESS_KEY_ID_ENV, "AKID"), (SECRET_ACCESS_KEY_ENV, SECRET)]);
        assert_eq!(super::from_env(&without).unwrap().unwrap().account_id(), None);
    }

    #[test]
    fn from_env_table() {
        let cases: &[(Pairs, Option<Result<Credentials, &str>>)] = &[
            (&[], None),
            (&[(SESSION_TOKEN_ENV, TOKEN)], None),
            (&[(ACCESS_KEY_ID_ENV, "AKID"), (SECRET_ACCESS_KEY_ENV, SECRET)], Some(Ok(creds("AKID", SECRET, None)))),
            (
                &[(ACCESS_KEY_ID_ENV, "AKID"), (SECRET_ACCESS_KEY_ENV, SECRET), (SESSION_TOKEN_ENV, TOKEN)],
                Some(Ok(creds("AKID", SECRET, Some(TOKEN)))),
            ),
            (
                &[(ACCESS_KEY_ID_ENV, "AKID"), (SECRET_ACCESS_KEY_ENV, SECRET), (SESSION_TOKEN_ENV, "")],
                Some(Ok(creds("AKID", SECRET, None))),
            ),
            (
                &[(ACCESS_KEY_ID_ENV, "AKID")],
                Some(Err(
                    "environment variable `AWS_ACCESS_KEY_ID` is set but `AWS_SECRET_ACCESS_KEY` is not; set both or neither",
                )),
            ),
            (
                &[(SECRET_ACCESS_KEY_ENV, SECRET), (SESSION_TOKEN_ENV, TOKEN)],
                Some(Err(
                    "environment variable `AWS_SECRET_ACCESS_KEY` is set but `AWS_ACCESS_KEY_ID` is not; set both or neither",
                )),
            ),
            (
                &[(ACCESS_KEY_ID_ENV, "AKID"), (SECRET_ACCESS_KEY_ENV, "")],
                Some(Err(
                    "environment variable `AWS_ACCESS_KEY_ID` is set but `AWS_SECRET_ACCESS_KEY` is not; set both or neither",
                )),
            ),
        ];
        for (pairs, want) in cases {
            let env = Env::from_pairs(pairs.iter().copied());
            match (from_env(&env), want) {
                (None, None) => {}
                (Some(Ok(got)), Some(Ok(want))) => assert_eq!(&got, want, "{pairs:?}"),
                (Some(Err(e)), Some(Err(message))) => {
                    assert_eq!(e.to_string(), *message);
                    assert_no_secrets(&e);
                }
                (got, want) => panic!("{pairs:?}: got {got:?}, want {want:?}"),
            }
        }
    }

    /// (credentials-file body of profile `p`, expected)
    type ProfileCase = (&'static str, Result<Option<ProfileCredentials>, &'static str>);

    fn keys(id: &str, secret: &str, token: Option<&str>) -> Option<ProfileCredentials> {
        Some(ProfileCredentials::Static(creds(id, secret, token)))
    }

    /// The legacy SSO profile `p` of [`profile_cases`].
    fn legacy_sso() -> SsoProfile {
        let profiles = ProfileSet::parse(
            "[profile p]\nsso_start_url = https://x.awsapps.com/start\nsso_region = us-east-1\nsso_account_id = 1\nsso_role_name = r",
            "",
            "p",
        )
        .unwrap();
        SsoProfile::resolve(&profiles, profiles.selected().unwrap()).unwrap()
    }

    fn profile_cases() -> Vec<ProfileCase> {
        vec![
            ("", Ok(None)),
            ("region = us-east-1", Ok(None)),
            (
                "aws_access_key_id = AKID\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                Ok(keys("AKID", SECRET, None)),
            ),
            (
                "AWS_ACCESS_KEY_ID = AKID\nAws_Secret_Access_Key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\naws_session_token = FwoGZXIvYXdzEXAMPLETOKEN",
                Ok(keys("AKID", SECRET, Some(TOKEN))),
            ),
            ("aws_access_key_id = AKID", Err("profile `p` sets `aws_access_key_id` but not `aws_secret_access_key`")),
            (
                "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\naws_session_token = FwoGZXIvYXdzEXAMPLETOKEN",
                Err("profile `p` sets `aws_secret_access_key` but not `aws_access_key_id`"),
            ),
            (
                "aws_access_key_id = AKID\naws_secret_access_key =",
                Err("profile `p` sets `aws_access_key_id` but not `aws_secret_access_key`"),
            ),
            (
                "role_arn = arn:aws:iam::123456789012:role/r\nsource_profile = base",
                Err("profile `p` names source_profile `base`, which is not defined"),
            ),
            (
                "role_arn = arn:aws:iam::123456789012:role/r\naws_access_key_id = AKID\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                Err(
                    "profile `p` sets `role_arn` but neither `source_profile` nor `credential_source` to take the role with",
                ),
            ),
            (
                "web_identity_token_file = /t",
                Err(
                    "profile `p` names a web identity token file but `role_arn` is not set: web identity needs the role to take",
                ),
            ),
            (
                "sso_session = corp\nsso_account_id = 1\nsso_role_name = r",
                Err("profile `p` names sso-session `corp`, which is not defined in the config file"),
            ),
            (
                "sso_start_url = https://x.awsapps.com/start",
                Err(
                    "profile `p` uses IAM Identity Center (SSO) but does not set `sso_region`, `sso_account_id`, `sso_role_name`",
                ),
            ),
            (
                "sso_account_id = 123456789012",
                Err(
                    "profile `p` uses IAM Identity Center (SSO) but does not set `sso_start_url`, `sso_region`, `sso_role_name`",
                ),
            ),
            (
                "sso_start_url = https://x.awsapps.com/start\nsso_region = us-east-1\nsso_account_id = 1\nsso_role_name = r\n\
                 aws_access_key_id = AKID\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                Ok(Some(ProfileCredentials::Sso(legacy_sso()))),
            ),
            (
                "role_arn = arn:aws:iam::123456789012:role/r\nsso_session = corp",
                Err(
                    "profile `p` sets `role_arn` but neither `source_profile` nor `credential_source` to take the role with",
                ),
            ),
            (
                "credential_process = /bin/creds --flag",
                Ok(Some(ProfileCredentials::Process(CredentialProcess::new("p", "/bin/creds --flag")))),
            ),
            (
                "credential_process = /bin/creds\naws_access_key_id = AKID\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                Ok(keys("AKID", SECRET, None)),
            ),
            (
                "credential_process = /bin/creds\naws_access_key_id = AKID",
                Err("profile `p` sets `aws_access_key_id` but not `aws_secret_access_key`"),
            ),
            ("role_arn =\ncredential_process =", Ok(None)),
        ]
    }

    #[test]
    fn from_profile_table() {
        for (body, want) in profile_cases() {
            let profiles = ProfileSet::parse("", &format!("[p]\n{body}"), "p").unwrap();
            match (from_profile(&profiles), &want) {
                (Ok(got), Ok(want)) => assert_eq!(&got, want, "{body}"),
                (Err(e), Err(message)) => {
                    assert_eq!(e.to_string(), *message, "{body}");
                    assert_no_secrets(&e);
                }
                (got, want) => panic!("{body}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn from_profile_uses_selected_profile_and_merged_files() {
        let config = "[profile dev]\naws_access_key_id = CONFIGKEY\naws_secret_access_key = s1\nregion = r\n[default]\naws_access_key_id = D\naws_secret_access_key = ds";
        let credentials = "[dev]\naws_access_key_id = CREDKEY\naws_secret_access_key = s2";
        let cases = [("dev", keys("CREDKEY", "s2", None)), ("default", keys("D", "ds", None)), ("missing", None)];
        for (selected, want) in cases {
            let profiles = ProfileSet::parse(config, credentials, selected).unwrap();
            assert_eq!(from_profile(&profiles).unwrap(), want, "{selected}");
        }
    }

    // ---- default chain, with files on disk -----------------------------------------------------

    struct Files {
        dir: PathBuf,
    }

    impl Files {
        fn new(config: &str, credentials: &str) -> Self {
            static COUNTER: AtomicUsize = AtomicUsize::new(0);
            let dir = std::env::temp_dir().join(format!(
                "aws-cfg-chain-test-{}-{}",
                std::process::id(),
                COUNTER.fetch_add(1, Ordering::Relaxed)
            ));
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(dir.join("config"), config).unwrap();
            std::fs::write(dir.join("credentials"), credentials).unwrap();
            Files { dir }
        }

        fn path(&self, name: &str) -> String {
            self.dir.join(name).to_string_lossy().into_owned()
        }

        /// Env pointing at the files, plus `extra`.
        fn env(&self, extra: &[(&str, &str)]) -> Env {
            // Never the real instance metadata endpoint from a test.
            let mut pairs = vec![
                ("AWS_EC2_METADATA_DISABLED".to_owned(), "true".to_owned()),
                ("AWS_CONFIG_FILE".to_owned(), self.path("config")),
                ("AWS_SHARED_CREDENTIALS_FILE".to_owned(), self.path("credentials")),
            ];
            pairs.extend(extra.iter().map(|(k, v)| (k.to_string(), v.to_string())));
            Env::from_pairs(pairs)
        }
    }

    impl Drop for Files {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }

    const CHAIN_CONFIG: &str = "\
[default]
region = us-east-1
[profile role]
role_arn = arn:aws:iam::123456789012:role/r
source_profile = default
[profile proc]
credential_process = /bin/creds
[profile bare]
region = eu-west-1
[profile sso]
sso_session = corp
sso_account_id = 111122223333
sso_role_name = ReadOnly
[sso-session corp]
sso_start_url = https://d-abc123.awsapps.com/start
sso_region = us-east-1
";
    const CHAIN_CREDENTIALS: &str = "\
[default]
aws_access_key_id = FILEKEY
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
[half]
aws_access_key_id = HALF
[other]
aws_access_key_id = OTHERKEY
aws_secret_access_key = other-secret
aws_session_token = other-token
";

    #[tokio::test]
    async fn default_chain_table() {
        let files = Files::new(CHAIN_CONFIG, CHAIN_CREDENTIALS);
        let env_keys: &[(&str, &str)] = &[(ACCESS_KEY_ID_ENV, "ENVKEY"), (SECRET_ACCESS_KEY_ENV, SECRET)];
        let env_keys_with_profile: &[(&str, &str)] =
            &[(ACCESS_KEY_ID_ENV, "ENVKEY"), (SECRET_ACCESS_KEY_ENV, SECRET), ("AWS_PROFILE", "other")];
        type Case<'a> = (&'a [(&'a str, &'a str)], Option<&'a str>, Result<&'a str, &'a str>);
        let cases: &[Case<'_>] = &[
            // Environment first.
            (env_keys, None, Ok("ENVKEY")),
            (env_keys_with_profile, None, Ok("ENVKEY")),
            // An incomplete environment is an error, not a fall-through.
            (&[(ACCESS_KEY_ID_ENV, "ENVKEY")], None, Err("`AWS_SECRET_ACCESS_KEY` is not")),
            // Then the profile.
            (&[], None, Ok("FILEKEY")),
            (&[("AWS_PROFILE", "other")], None, Ok("OTHERKEY")),
            (&[("AWS_PROFILE", "other")], Some("default"), Ok("FILEKEY")),
            // An explicit profile skips the environment, as in the AWS CLI.
            (env_keys, Some("other"), Ok("OTHERKEY")),
            (&[(ACCESS_KEY_ID_ENV, "ENVKEY")], Some("other"), Ok("OTHERKEY")),
            // A role without the client to take it says what to add.
            (
                &[("AWS_PROFILE", "role")],
                None,
                Err("profile `role` gets its credentials from AWS STS, which needs an STS client"),
            ),
            (&[], Some("proc"), Err("the `credential_process` of profile `proc` failed")),
            (&[], Some("half"), Err("profile `half` sets `aws_access_key_id` but not")),
            // SSO without a client says what to add.
            (
                &[],
                Some("sso"),
                Err("profile `sso` gets its credentials from IAM Identity Center (SSO), which needs an SSO client: \
                     add the `aws-operation-sso` crate and call \
                     `.sso(Arc::new(aws_operation_sso::SsoCredentialsClient::new()))` on the config builder"),
            ),
            (env_keys, None, Ok("ENVKEY")),
            // Nothing found.
            (&[], Some("bare"), Err("no AWS credentials found; looked in profile `bare` in config file")),
            (
                &[("AWS_PROFILE", "nope")],
                None,
                Err(
                    "looked in environment variables `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`, then profile `nope` (not defined)",
                ),
            ),
        ];
        for (extra, override_, want) in cases {
            let env = files.env(extra);
            match (default_chain(&env, *override_, None, None).await, want) {
                (Ok(got), Ok(id)) => {
                    assert_eq!(got.access_key_id(), *id, "{extra:?} {override_:?}")
                }
                (Err(e), Err(fragment)) => {
                    assert!(e.to_string().contains(fragment), "{extra:?} {override_:?}: {e}");
                    assert_no_secrets(&e);
                }
                (got, want) => panic!("{extra:?} {override_:?}: got {got:?}, want {want:?}"),
            }
        }
        let got = default_chain(&files.env(&[]), Some("other"), None, None).await.unwrap();
        assert_eq!(got.secret_access_key(), "other-secret");
        assert_eq!(got.session_token(), Some("other-token"));
        assert_eq!(got.expiry(), None);
    }

    #[tokio::test]
    async fn not_found_lists_paths() {
        let files = Files::new("", "");
        let env = files.env(&[]);
        let err = default_chain(&env, None, None, None).await.unwrap_err();
        assert!(matches!(err, CredentialsError::NotFound { .. }), "{err:?}");
        assert_eq!(
            err.to_string(),
            format!(
                "no AWS credentials found; looked in environment variables `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`, then profile `default` (not defined) in config file `{}` and credentials file `{}`; EC2 instance metadata is off (`AWS_EC2_METADATA_DISABLED`)",
                files.path("config"),
                files.path("credentials")
            )
        );
    }

    #[tokio::test]
    async fn not_found_without_home() {
        let env = Env::from_pairs([("AWS_EC2_METADATA_DISABLED", "true")]);
        let err = default_chain(&env, None, None, None).await.unwrap_err();
        assert_eq!(
            err.to_string(),
            "no AWS credentials found; looked in environment variables `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`, then profile `default` (not defined) in config file (none: set `AWS_CONFIG_FILE` or `HOME`) and credentials file (none: set `AWS_SHARED_CREDENTIALS_FILE` or `HOME`); EC2 instance metadata is off (`AWS_EC2_METADATA_DISABLED`)"
        );
    }

    #[tokio::test]
    async fn chain_reports_file_errors() {
        let files = Files::new("[default]\nthis line is wrong", "");
        let err = default_chain(&files.env(&[]), None, None, None).await.unwrap_err();
        assert!(
            matches!(&err, CredentialsError::Profile(e) if matches!(**e, ProfileError::Parse { line: 2, .. })),
            "{err:?}"
        );
        assert!(err.to_string().contains("line 2"), "{err}");

        let files = Files::new("", "");
        let env = Env::from_pairs([("AWS_CONFIG_FILE", files.dir.to_string_lossy().into_owned())]);
        let err = default_chain(&env, None, None, None).await.unwrap_err();
        assert!(matches!(&err, CredentialsError::Profile(e) if matches!(**e, ProfileError::Read { .. })), "{err:?}");
    }

    #[tokio::test]
    async fn env_credentials_do_not_read_files() {
        // A broken config file does not matter when the environment has credentials.
        let files = Files::new("garbage", "");
        let env = files.env(&[(ACCESS_KEY_ID_ENV, "ENVKEY"), (SECRET_ACCESS_KEY_ENV, "s")]);
        assert_eq!(default_chain(&env, None, None, None).await.unwrap().access_key_id(), "ENVKEY");
    }
}
