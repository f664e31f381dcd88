//! From a resolved [`RoleChain`] or [`WebIdentity`] to credentials: the credentials to start
//! from, then `AssumeRole` for each role with the credentials before it, or
//! `AssumeRoleWithWebIdentity` with the token read now.

use std::sync::Arc;
use std::time::UNIX_EPOCH;

use super::client::{AssumeRoleRequest, RoleCredentials, StsClient, WebIdentityRequest};
use super::{ChainBase, CredentialSource, MfaPrompt, MfaToken, RoleChain, RoleStep, StsError, WebIdentity};
use crate::config::{Config, SystemClock, TimeSource};
use crate::credentials::provider::{self, CredentialsError};
use crate::credentials::sso::SsoProvider;
use crate::credentials::{ContainerCredentials, Credentials, ImdsCredentials, ProvideCredentials};
use crate::env::Env;
use crate::profile::ProfileSet;

/// The region STS is called in when neither the config nor the profile names one.
const FALLBACK_REGION: &str = "us-east-1";

/// Takes roles with STS, asking each time it is asked.
///
/// The default chain uses one when an [`StsClient`] is registered with
/// [`ConfigBuilder::sts`](crate::config::ConfigBuilder::sts), and caches what it gives.
#[derive(Debug, Clone)]
pub struct StsProvider {
    client: Arc<dyn StsClient>,
    config: Option<Config>,
    clock: Arc<dyn TimeSource>,
    mfa: Option<MfaToken>,
}

impl StsProvider {
    /// A provider making its calls with `client`.
    pub fn new(client: Arc<dyn StsClient>) -> Self {
        Self { client, config: None, clock: Arc::new(SystemClock), mfa: None }
    }

    /// The config whose settings (region, timeouts, retries, proxy, CA bundle, FIPS,
    /// `sts_regional_endpoints`) the calls use. Its credentials, endpoint URL, `connect_to` and
    /// interceptors are not used: the calls are signed with the chain's credentials, go to the
    /// endpoints configured for STS, and the interceptors would see the credentials they return.
    /// Default: the defaults of [`Config::builder`]; the region, when the config has none, is
    /// the profile's, else `us-east-1`.
    #[must_use]
    pub fn config(mut self, config: Config) -> Self {
        self.config = Some(config);
        self
    }

    /// The clock that default session names are made from. Default: the system clock.
    #[must_use]
    pub fn clock(mut self, clock: Arc<dyn TimeSource>) -> Self {
        self.clock = clock;
        self
    }

    /// The callback that gives MFA codes for roles whose profile sets `mfa_serial`.
    #[must_use]
    pub fn mfa(mut self, mfa: MfaToken) -> Self {
        self.mfa = Some(mfa);
        self
    }

    /// The credentials of `chain`: its base (with `sso` for a base that uses SSO), then each role.
    pub async fn role_chain(
        &self,
        env: &Env,
        profiles: &ProfileSet,
        chain: &RoleChain,
        sso: Option<&SsoProvider>,
    ) -> Result<Credentials, CredentialsError> {
        let mut credentials = match chain.base() {
            ChainBase::Profile(base) => provider::base_credentials(env, profiles, base, sso, Some(self)).await?,
            ChainBase::Source { profile, source } => source_credentials(env, profiles, profile, *source).await?,
        };
        for role in chain.roles() {
            credentials = self.assume_role(env, profiles, role, credentials).await?;
        }
        Ok(credentials)
    }

    /// The credentials of `web`, with its token read now.
    pub async fn web_identity(
        &self,
        env: &Env,
        profiles: &ProfileSet,
        web: &WebIdentity,
    ) -> Result<Credentials, CredentialsError> {
        let request = WebIdentityRequest {
            role_arn: web.role_arn().to_owned(),
            role_session_name: web.role_session_name().map_or_else(|| self.session_name(), str::to_owned),
            web_identity_token: web.read_token()?,
            duration_seconds: None,
        };
        let config = self.call_config(env, profiles, None);
        let answer = self.client.assume_role_with_web_identity(&config, request).await;
        let failed = |source| StsError::Call {
            operation: "AssumeRoleWithWebIdentity",
            role_arn: web.role_arn().to_owned(),
            origin: web.origin().to_owned(),
            source: Box::new(source),
        };
        Ok(credentials(answer.map_err(failed)?))
    }

    async fn assume_role(
        &self,
        env: &Env,
        profiles: &ProfileSet,
        role: &RoleStep,
        source: Credentials,
    ) -> Result<Credentials, CredentialsError> {
        let token_code = match &role.mfa_serial {
            None => None,
            Some(serial) => Some(self.mfa_code(role, serial)?),
        };
        let request = AssumeRoleRequest {
            role_arn: role.role_arn.clone(),
            role_session_name: role.role_session_name.clone().unwrap_or_else(|| self.session_name()),
            external_id: role.external_id.clone(),
            duration_seconds: role.duration_seconds,
            serial_number: role.mfa_serial.clone(),
            token_code,
        };
        let config = self.call_config(env, profiles, Some(source));
        let answer = self.client.assume_role(&config, request).await;
        let failed = |source| StsError::Call {
            operation: "AssumeRole",
            role_arn: role.role_arn.clone(),
            origin: format!("profile `{}`", role.profile),
            source: Box::new(source),
        };
        Ok(credentials(answer.map_err(failed)?))
    }

    fn mfa_code(&self, role: &RoleStep, serial: &str) -> Result<String, StsError> {
        let Some(mfa) = &self.mfa else {
            return Err(StsError::NoMfaCallback { profile: role.profile.clone(), serial: serial.to_owned() });
        };
        let prompt = MfaPrompt { profile: &role.profile, serial, role_arn: &role.role_arn };
        mfa.code(&prompt).map_err(|reason| StsError::MfaFailed {
            profile: role.profile.clone(),
            serial: serial.to_owned(),
            reason,
        })
    }

    /// `aws-operation-<milliseconds since the epoch>`, as the SDKs name sessions nobody named.
    fn session_name(&self) -> String {
        let millis = self.clock.now().duration_since(UNIX_EPOCH).map(|d| d.as_millis()).unwrap_or_default();
        format!("aws-operation-{millis}")
    }

    fn call_config(&self, env: &Env, profiles: &ProfileSet, credentials: Option<Credentials>) -> Config {
        let mut config = match &self.config {
            Some(config) => config.clone(),
            // The defaults pass every check of `build`.
            None => Config::builder().build().expect("the default config is valid"),
        };
        if config.region.is_none() {
            config.region = Some(crate::profile::region(env, profiles).unwrap_or_else(|| FALLBACK_REGION.to_owned()));
        }
        config.credentials = credentials.map(|c| Arc::new(c) as crate::credentials::SharedCredentials);
        config.endpoint_url = None;
        config.connect_to = None;
        config.interceptors.clear();
        config.env = env.clone();
        config.profiles = Some(Arc::new(profiles.clone()));
        config
    }
}

/// The credentials STS answered with, carrying the role's account (from its ARN).
fn credentials(answer: RoleCredentials) -> Credentials {
    let account = answer.assumed_role_arn.as_deref().and_then(|arn| arn.split(':').nth(4)).filter(|a| !a.is_empty());
    let credentials = Credentials::new(
        answer.access_key_id,
        answer.secret_access_key,
        Some(answer.session_token),
        Some(answer.expiration),
    );
    match account {
        Some(account) => credentials.with_account_id(account),
        None => credentials,
    }
}

/// The credentials a `credential_source` names.
async fn source_credentials(
    env: &Env,
    profiles: &ProfileSet,
    profile: &str,
    source: CredentialSource,
) -> Result<Credentials, CredentialsError> {
    let empty =
        |reason| StsError::SourceEmpty { profile: profile.to_owned(), credential_source: source.as_str(), reason };
    match source {
        CredentialSource::Environment => match provider::from_env(env) {
            Some(result) => result,
            None => Err(empty("`AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` are not set").into()),
        },
        CredentialSource::EcsContainer => match ContainerCredentials::from_env(env)? {
            Some(container) => container.provide_credentials().await,
            None => Err(empty("no container credentials endpoint is configured").into()),
        },
        CredentialSource::Ec2InstanceMetadata => match ImdsCredentials::from_env(env, profiles)? {
            Some(imds) => imds.provide_credentials().await,
            None => Err(empty("instance metadata is disabled (`AWS_EC2_METADATA_DISABLED`)").into()),
        },
    }
}
