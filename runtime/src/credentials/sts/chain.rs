//! A profile with `role_arn`, resolved into the roles to take and the credentials to start
//! from, as the AWS CLI and SDKs read it.
//!
//! - `role_arn` with `source_profile`: the source profile's credentials, then this role. A source
//!   profile that has `role_arn` itself adds its role below this one, to any depth; one with
//!   static keys ends the chain with them (a source profile may name itself that way, to take a
//!   role with its own keys); one with SSO, `credential_process` or web identity ends it with
//!   those. Reaching a profile twice is a cycle, reported with the profiles in order.
//! - `role_arn` with `credential_source`: `Environment`, `Ec2InstanceMetadata` or `EcsContainer`
//!   give the credentials to start from.
//! - `role_arn` with `web_identity_token_file`: the role is taken with the token (see
//!   [`WebIdentity`]), no source needed.
//!
//! Each role's profile may set `role_session_name`, `external_id`, `duration_seconds` and
//! `mfa_serial` (which asks the token callback for a code each time the role is taken).

use super::{StsError, WebIdentity};
use crate::credentials::provider::{self, CredentialsError, ProfileCredentials};
use crate::profile::{Profile, ProfileSet};

/// The profile key naming the role to take.
pub const ROLE_ARN_KEY: &str = "role_arn";
/// The profile key naming the profile whose credentials take the role.
pub const SOURCE_PROFILE_KEY: &str = "source_profile";
/// The profile key naming a source that is not a profile.
pub const CREDENTIAL_SOURCE_KEY: &str = "credential_source";
/// The profile key of the role session's name.
pub const ROLE_SESSION_NAME_KEY: &str = "role_session_name";
/// The profile key of the external id the role's trust policy may ask for.
pub const EXTERNAL_ID_KEY: &str = "external_id";
/// The profile key of the session's duration, in seconds.
pub const DURATION_SECONDS_KEY: &str = "duration_seconds";
/// The profile key of the MFA device whose code the role's trust policy asks for.
pub const MFA_SERIAL_KEY: &str = "mfa_serial";

/// A profile's roles and where the first credentials come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleChain {
    base: ChainBase,
    /// In the order they are taken: the one nearest the base first, the selected profile's last.
    roles: Vec<RoleStep>,
}

/// Where the first credentials of a [`RoleChain`] come from.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ChainBase {
    /// A profile's own credentials: static keys, `credential_process`, SSO or web identity.
    Profile(Box<ProfileCredentials>),
    /// A profile's `credential_source`.
    Source {
        /// The profile that names it.
        profile: String,
        /// The source.
        source: CredentialSource,
    },
}

/// The values of `credential_source`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CredentialSource {
    /// `Environment`: `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`.
    Environment,
    /// `Ec2InstanceMetadata`: the instance's role, from IMDS.
    Ec2InstanceMetadata,
    /// `EcsContainer`: the container credentials endpoint.
    EcsContainer,
}

impl CredentialSource {
    /// The value as a profile writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            CredentialSource::Environment => "Environment",
            CredentialSource::Ec2InstanceMetadata => "Ec2InstanceMetadata",
            CredentialSource::EcsContainer => "EcsContainer",
        }
    }

    fn parse(raw: &str) -> Option<Self> {
        [CredentialSource::Environment, CredentialSource::Ec2InstanceMetadata, CredentialSource::EcsContainer]
            .into_iter()
            .find(|s| s.as_str() == raw.trim())
    }
}

/// One role of a chain, with the settings of the profile that names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleStep {
    /// The profile.
    pub profile: String,
    /// `role_arn`.
    pub role_arn: String,
    /// `role_session_name`; a name with the time in it when unset.
    pub role_session_name: Option<String>,
    /// `external_id`.
    pub external_id: Option<String>,
    /// `duration_seconds`; STS's default (one hour) when unset.
    pub duration_seconds: Option<i32>,
    /// `mfa_serial`.
    pub mfa_serial: Option<String>,
}

impl RoleChain {
    /// The chain of `profile`, which sets `role_arn`.
    pub fn resolve(profiles: &ProfileSet, profile: &Profile) -> Result<RoleChain, CredentialsError> {
        let mut visited: Vec<String> = Vec::new();
        let mut roles = Vec::new();
        let mut current = profile;
        let base = loop {
            visited.push(current.name().to_owned());
            let source_of_another = !roles.is_empty();
            let Some(role_arn) = current.get_non_empty(ROLE_ARN_KEY) else {
                // Only a source profile gets here: the selected one has `role_arn`.
                let source = profile_credentials(profiles, current)?;
                break source.ok_or_else(|| StsError::SourceWithoutCredentials {
                    profile: visited[visited.len() - 2].clone(),
                    source_profile: current.name().to_owned(),
                })?;
            };
            if source_of_another && let Some(keys) = static_keys(current)? {
                break keys;
            }
            if current.get_non_empty(super::web_identity::TOKEN_FILE_KEY).is_some() {
                break ChainBase::Profile(Box::new(ProfileCredentials::WebIdentity(WebIdentity::from_profile(
                    current,
                )?)));
            }
            roles.push(RoleStep::from_profile(current, role_arn)?);
            let name = current.name();
            let source_profile = current.get_non_empty(SOURCE_PROFILE_KEY);
            let credential_source = current.get_non_empty(CREDENTIAL_SOURCE_KEY);
            let next = match (source_profile, credential_source) {
                (Some(_), Some(_)) => return Err(StsError::TwoSources { profile: name.to_owned() }.into()),
                (None, None) => return Err(StsError::NoSource { profile: name.to_owned() }.into()),
                (None, Some(raw)) => {
                    let source = CredentialSource::parse(raw).ok_or_else(|| StsError::UnknownCredentialSource {
                        profile: name.to_owned(),
                        value: raw.to_owned(),
                    })?;
                    break ChainBase::Source { profile: name.to_owned(), source };
                }
                (Some(next), None) => next,
            };
            if next == name {
                // A profile may take its role with its own keys.
                match static_keys(current)? {
                    Some(keys) => break keys,
                    None => return Err(cycle(visited, next)),
                }
            }
            if visited.iter().any(|v| v == next) {
                return Err(cycle(visited, next));
            }
            current = profiles.profile(next).ok_or_else(|| StsError::SourceNotDefined {
                profile: name.to_owned(),
                source_profile: next.to_owned(),
            })?;
        };
        roles.reverse();
        Ok(RoleChain { base, roles })
    }

    /// Where the first credentials come from.
    pub fn base(&self) -> &ChainBase {
        &self.base
    }

    /// The roles, in the order they are taken.
    pub fn roles(&self) -> &[RoleStep] {
        &self.roles
    }
}

impl RoleStep {
    fn from_profile(profile: &Profile, role_arn: &str) -> Result<RoleStep, CredentialsError> {
        let duration_seconds = match profile.get_non_empty(DURATION_SECONDS_KEY) {
            None => None,
            Some(raw) => Some(raw.trim().parse::<i32>().map_err(|_| {
                crate::env::InvalidValueError::new(
                    format!("profile `{}` setting `{DURATION_SECONDS_KEY}`", profile.name()),
                    raw,
                    "a whole number of seconds",
                )
            })?),
        };
        let text = |key| profile.get_non_empty(key).map(str::to_owned);
        Ok(RoleStep {
            profile: profile.name().to_owned(),
            role_arn: role_arn.to_owned(),
            role_session_name: text(ROLE_SESSION_NAME_KEY),
            external_id: text(EXTERNAL_ID_KEY),
            duration_seconds,
            mfa_serial: text(MFA_SERIAL_KEY),
        })
    }
}

/// What a profile without `role_arn` gives, for a chain to start from.
fn profile_credentials(profiles: &ProfileSet, profile: &Profile) -> Result<Option<ChainBase>, CredentialsError> {
    Ok(provider::profile_credentials(profiles, profile)?.map(|c| ChainBase::Profile(Box::new(c))))
}

/// A source profile's static keys, which end a chain even when it has a role of its own.
fn static_keys(profile: &Profile) -> Result<Option<ChainBase>, CredentialsError> {
    Ok(provider::static_keys(profile)?.map(|c| ChainBase::Profile(Box::new(ProfileCredentials::Static(c)))))
}

fn cycle(mut visited: Vec<String>, again: &str) -> CredentialsError {
    visited.push(again.to_owned());
    StsError::Cycle { profiles: visited }.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::credentials::Credentials;

    fn chain(config: &str, credentials: &str, selected: &str) -> Result<RoleChain, String> {
        let profiles = ProfileSet::parse(config, credentials, selected).unwrap();
        RoleChain::resolve(&profiles, profiles.selected().unwrap()).map_err(|e| e.to_string())
    }

    fn role(profile: &str, arn: &str) -> RoleStep {
        RoleStep {
            profile: profile.into(),
            role_arn: arn.into(),
            role_session_name: None,
            external_id: None,
            duration_seconds: None,
            mfa_serial: None,
        }
    }

    fn keys(id: &str) -> ChainBase {
        ChainBase::Profile(Box::new(ProfileCredentials::Static(Credentials::new(id, "secret", None, None))))
    }

    #[test]
    fn chains_of_any_depth_end_at_the_first_credentials() {
        let config = "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\n\
                      [profile b]\nrole_arn = arn:aws:iam::2:role/b\nsource_profile = c\nexternal_id = ext\n\
                      role_session_name = sess\nduration_seconds = 1800\nmfa_serial = arn:aws:iam::2:mfa/u\n\
                      [profile c]\nrole_arn = arn:aws:iam::3:role/c\nsource_profile = d\n";
        let credentials = "[d]\naws_access_key_id = D\naws_secret_access_key = secret\n";
        let got = chain(config, credentials, "a").unwrap();
        assert_eq!(got.base(), &keys("D"));
        let mut b = role("b", "arn:aws:iam::2:role/b");
        b.external_id = Some("ext".into());
        b.role_session_name = Some("sess".into());
        b.duration_seconds = Some(1800);
        b.mfa_serial = Some("arn:aws:iam::2:mfa/u".into());
        assert_eq!(got.roles(), [role("c", "arn:aws:iam::3:role/c"), b, role("a", "arn:aws:iam::1:role/a")]);
    }

    #[test]
    fn static_keys_end_a_chain_at_a_source_and_a_profile_may_name_itself() {
        // `b` has a role and keys: as a source, its keys are used and its role is not taken.
        let config = "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\n\
                      [profile b]\nrole_arn = arn:aws:iam::2:role/b\nsource_profile = c\n";
        let credentials = "[b]\naws_access_key_id = B\naws_secret_access_key = secret\n";
        let got = chain(config, credentials, "a").unwrap();
        assert_eq!((got.base(), got.roles()), (&keys("B"), &[role("a", "arn:aws:iam::1:role/a")][..]));
        let own = chain(
            "[profile s]\nrole_arn = arn:aws:iam::1:role/s\nsource_profile = s\n",
            "[s]\naws_access_key_id = S\naws_secret_access_key = secret\n",
            "s",
        )
        .unwrap();
        assert_eq!((own.base(), own.roles()), (&keys("S"), &[role("s", "arn:aws:iam::1:role/s")][..]));
    }

    #[test]
    fn credential_sources_and_web_identity() {
        for (value, source) in [
            ("Environment", CredentialSource::Environment),
            ("Ec2InstanceMetadata", CredentialSource::Ec2InstanceMetadata),
            ("EcsContainer", CredentialSource::EcsContainer),
        ] {
            let config = format!("[profile a]\nrole_arn = arn:aws:iam::1:role/a\ncredential_source = {value}\n");
            let got = chain(&config, "", "a").unwrap();
            assert_eq!(got.base(), &ChainBase::Source { profile: "a".into(), source });
            assert_eq!(got.roles().len(), 1);
        }
        let config = "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = w\n\
                      [profile w]\nrole_arn = arn:aws:iam::2:role/w\nweb_identity_token_file = /t\n";
        let got = chain(config, "", "a").unwrap();
        let ChainBase::Profile(base) = got.base() else { panic!("{got:?}") };
        let ProfileCredentials::WebIdentity(web) = &**base else { panic!("{got:?}") };
        assert_eq!(web.role_arn(), "arn:aws:iam::2:role/w");
        assert_eq!(got.roles(), [role("a", "arn:aws:iam::1:role/a")]);
    }

    #[test]
    fn broken_chains_say_where() {
        let cases = [
            (
                "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\n\
                 [profile b]\nrole_arn = arn:aws:iam::1:role/b\nsource_profile = c\n\
                 [profile c]\nrole_arn = arn:aws:iam::1:role/c\nsource_profile = a\n",
                "the `source_profile` settings of profiles a -> b -> c -> a form a cycle",
            ),
            (
                "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = a\n",
                "the `source_profile` settings of profiles a -> a form a cycle",
            ),
            (
                "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = missing\n",
                "profile `a` names source_profile `missing`, which is not defined",
            ),
            (
                "[profile a]\nrole_arn = arn:aws:iam::1:role/a\n",
                "profile `a` sets `role_arn` but neither `source_profile` nor `credential_source` \
                 to take the role with",
            ),
            (
                "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\ncredential_source = Environment\n[profile b]\n",
                "profile `a` sets both `source_profile` and `credential_source`; set one",
            ),
            (
                "[profile a]\nrole_arn = arn:aws:iam::1:role/a\ncredential_source = Lambda\n",
                "profile `a` sets `credential_source` to `Lambda`: expected `Environment`, \
                 `Ec2InstanceMetadata` or `EcsContainer`",
            ),
            (
                "[profile a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = b\n[profile b]\nregion = us-east-1\n",
                "profile `a` takes its role with the credentials of profile `b`, which has none",
            ),
            (
                "[profile a]\nrole_arn = arn:aws:iam::1:role/a\ncredential_source = Environment\nduration_seconds = long\n",
                "invalid value `long` for profile `a` setting `duration_seconds`: expected a whole number of seconds",
            ),
        ];
        for (config, want) in cases {
            assert_eq!(chain(config, "", "a").unwrap_err(), want, "{config}");
        }
    }
}
