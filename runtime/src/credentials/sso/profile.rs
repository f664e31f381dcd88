//! What a profile says about IAM Identity Center (SSO), in either of the two forms the AWS CLI
//! writes.
//!
//! The `sso_session` form (what `aws configure sso` writes today):
//!
//! ```text
//! [profile dev]
//! sso_session = corp
//! sso_account_id = 111122223333
//! sso_role_name = ReadOnly
//!
//! [sso-session corp]
//! sso_start_url = https://d-abc123.awsapps.com/start
//! sso_region = us-east-1
//! sso_registration_scopes = sso:account:access
//! ```
//!
//! The legacy form sets `sso_start_url` and `sso_region` in the profile itself, next to
//! `sso_account_id` and `sso_role_name`; its token is never refreshed.
//!
//! As in the SDKs, a profile of the `sso_session` form may repeat `sso_start_url` or
//! `sso_region`, but only with the session's value, and it may supply one the session lacks.

use crate::profile::{Profile, ProfileSet};

use super::SsoError;

/// Profile key naming the `[sso-session]` section.
pub const SESSION_KEY: &str = "sso_session";
/// Key (of the session, or of a legacy profile) with the AWS access portal URL.
pub const START_URL_KEY: &str = "sso_start_url";
/// Key (of the session, or of a legacy profile) with the region of IAM Identity Center.
pub const REGION_KEY: &str = "sso_region";
/// Profile key with the account whose role to take.
pub const ACCOUNT_ID_KEY: &str = "sso_account_id";
/// Profile key with the role to take.
pub const ROLE_NAME_KEY: &str = "sso_role_name";
/// Session key with the scopes `aws sso login` registered the client for, comma-separated.
pub const REGISTRATION_SCOPES_KEY: &str = "sso_registration_scopes";

/// A profile that gets its credentials from IAM Identity Center, resolved and complete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SsoProfile {
    profile: String,
    session: Option<String>,
    start_url: String,
    region: String,
    account_id: String,
    role_name: String,
    registration_scopes: Vec<String>,
}

impl SsoProfile {
    /// The SSO settings of `profile`, with its `[sso-session]` from `profiles`.
    ///
    /// Errors name the profile (and the session) and every missing key at once, a session that is
    /// not defined, and a start URL or region the profile sets differently from its session.
    /// Empty values count as absent.
    pub fn resolve(profiles: &ProfileSet, profile: &Profile) -> Result<Self, SsoError> {
        let name = profile.name();
        let value = |key: &str| profile.get_non_empty(key).map(str::to_owned);
        let (mut start_url, mut region) = (value(START_URL_KEY), value(REGION_KEY));
        let session = value(SESSION_KEY);
        let mut registration_scopes = Vec::new();
        let mut session_missing = Vec::new();
        if let Some(session_name) = &session {
            let section = profiles.sso_session(session_name).ok_or_else(|| SsoError::SessionNotDefined {
                profile: name.to_owned(),
                session: session_name.clone(),
            })?;
            for (key, slot) in [(START_URL_KEY, &mut start_url), (REGION_KEY, &mut region)] {
                match (slot.as_deref(), section.get_non_empty(key)) {
                    (Some(ours), Some(theirs)) if ours != theirs => {
                        return Err(SsoError::Mismatch {
                            profile: name.to_owned(),
                            session: session_name.clone(),
                            key,
                            profile_value: ours.to_owned(),
                            session_value: theirs.to_owned(),
                        });
                    }
                    (_, Some(theirs)) => *slot = Some(theirs.to_owned()),
                    (None, None) => session_missing.push(key),
                    (Some(_), None) => {}
                }
            }
            registration_scopes = section
                .get_non_empty(REGISTRATION_SCOPES_KEY)
                .map(|scopes| scopes.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_owned).collect())
                .unwrap_or_default();
        }
        let mut profile_missing = Vec::new();
        if session.is_none() {
            profile_missing.extend(
                [(START_URL_KEY, &start_url), (REGION_KEY, &region)]
                    .iter()
                    .filter_map(|(key, slot)| slot.is_none().then_some(*key)),
            );
        }
        let (account_id, role_name) = (value(ACCOUNT_ID_KEY), value(ROLE_NAME_KEY));
        profile_missing.extend(
            [(ACCOUNT_ID_KEY, &account_id), (ROLE_NAME_KEY, &role_name)]
                .iter()
                .filter_map(|(key, slot)| slot.is_none().then_some(*key)),
        );
        match (start_url, region, account_id, role_name) {
            (Some(start_url), Some(region), Some(account_id), Some(role_name)) => Ok(SsoProfile {
                profile: name.to_owned(),
                session,
                start_url,
                region,
                account_id,
                role_name,
                registration_scopes,
            }),
            _ => Err(SsoError::Incomplete { profile: name.to_owned(), session, profile_missing, session_missing }),
        }
    }

    /// The profile's name.
    pub fn profile(&self) -> &str {
        &self.profile
    }

    /// The `[sso-session]` the profile names; `None` in the legacy form.
    pub fn session(&self) -> Option<&str> {
        self.session.as_deref()
    }

    /// The AWS access portal URL (`sso_start_url`).
    pub fn start_url(&self) -> &str {
        &self.start_url
    }

    /// The region of IAM Identity Center (`sso_region`), where both calls go.
    pub fn region(&self) -> &str {
        &self.region
    }

    /// The account (`sso_account_id`).
    pub fn account_id(&self) -> &str {
        &self.account_id
    }

    /// The role (`sso_role_name`).
    pub fn role_name(&self) -> &str {
        &self.role_name
    }

    /// The session's `sso_registration_scopes`. Only `aws sso login` uses them, when it
    /// registers a client; a refresh keeps the scopes of that registration.
    pub fn registration_scopes(&self) -> &[String] {
        &self.registration_scopes
    }

    /// What names the token in the cache: the session's name, or in the legacy form the start URL.
    pub fn cache_key(&self) -> &str {
        self.session.as_deref().unwrap_or(&self.start_url)
    }

    /// The command that logs in again: `aws sso login --sso-session NAME`, or in the legacy form
    /// `aws sso login --profile NAME`.
    pub fn login_command(&self) -> String {
        match &self.session {
            Some(session) => format!("aws sso login --sso-session {session}"),
            None => format!("aws sso login --profile {}", self.profile),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SESSION: &str = "\
[sso-session corp]
sso_start_url = https://d-abc123.awsapps.com/start
sso_region = us-east-1
sso_registration_scopes = sso:account:access, codewhisperer:completions
[sso-session bare]
sso_registration_scopes =
";

    fn resolve(profile_body: &str) -> Result<SsoProfile, String> {
        let config = format!("[profile dev]\n{profile_body}\n{SESSION}");
        let profiles = ProfileSet::parse(&config, "", "dev").unwrap();
        SsoProfile::resolve(&profiles, profiles.selected().unwrap()).map_err(|e| e.to_string())
    }

    #[test]
    fn session_form() {
        let p = resolve("sso_session = corp\nsso_account_id = 111122223333\nsso_role_name = ReadOnly").unwrap();
        assert_eq!(
            (p.profile(), p.session(), p.start_url(), p.region()),
            ("dev", Some("corp"), "https://d-abc123.awsapps.com/start", "us-east-1")
        );
        assert_eq!((p.account_id(), p.role_name()), ("111122223333", "ReadOnly"));
        assert_eq!(p.registration_scopes(), ["sso:account:access", "codewhisperer:completions"]);
        assert_eq!((p.cache_key(), p.login_command().as_str()), ("corp", "aws sso login --sso-session corp"));
        // Repeating the session's values in the profile is allowed.
        let same = resolve(
            "sso_session = corp\nsso_region = us-east-1\nsso_start_url = https://d-abc123.awsapps.com/start\n\
             sso_account_id = 1\nsso_role_name = r",
        )
        .unwrap();
        assert_eq!(same.region(), "us-east-1");
        // A value the session lacks may come from the profile.
        let filled = resolve(
            "sso_session = bare\nsso_region = eu-west-1\nsso_start_url = https://x.awsapps.com/start\n\
             sso_account_id = 1\nsso_role_name = r",
        )
        .unwrap();
        assert_eq!(
            (filled.region(), filled.start_url(), filled.cache_key()),
            ("eu-west-1", "https://x.awsapps.com/start", "bare")
        );
        assert!(filled.registration_scopes().is_empty());
    }

    #[test]
    fn legacy_form() {
        let p = resolve(
            "sso_start_url = https://d-abc123.awsapps.com/start\nsso_region = eu-central-1\n\
             sso_account_id = 111122223333\nsso_role_name = Admin",
        )
        .unwrap();
        assert_eq!((p.session(), p.region(), p.role_name()), (None, "eu-central-1", "Admin"));
        assert_eq!(p.cache_key(), "https://d-abc123.awsapps.com/start");
        assert_eq!(p.login_command(), "aws sso login --profile dev");
    }

    #[test]
    fn errors_name_the_profile_the_session_and_every_missing_key() {
        let cases: &[(&str, &str)] = &[
            (
                "sso_start_url = https://x/start",
                "profile `dev` uses IAM Identity Center (SSO) but does not set `sso_region`, `sso_account_id`, `sso_role_name`",
            ),
            (
                "sso_account_id = 1\nsso_role_name = r\nsso_region =",
                "profile `dev` uses IAM Identity Center (SSO) but does not set `sso_start_url`, `sso_region`",
            ),
            (
                "sso_session = corp\nsso_account_id = 1",
                "profile `dev` uses IAM Identity Center (SSO) but does not set `sso_role_name`",
            ),
            (
                "sso_session = bare\nsso_region = us-east-1",
                "profile `dev` uses IAM Identity Center (SSO) but does not set `sso_account_id`, `sso_role_name`, \
                 and its sso-session `bare` does not set `sso_start_url`",
            ),
            (
                "sso_session = nope\nsso_account_id = 1\nsso_role_name = r",
                "profile `dev` names sso-session `nope`, which is not defined in the config file",
            ),
            (
                "sso_session = corp\nsso_region = us-west-2\nsso_account_id = 1\nsso_role_name = r",
                "profile `dev` sets `sso_region` to `us-west-2` but its sso-session `corp` sets `us-east-1`; \
                 remove it from the profile or make them the same",
            ),
            (
                "sso_session = corp\nsso_start_url = https://other.awsapps.com/start\nsso_account_id = 1\nsso_role_name = r",
                "profile `dev` sets `sso_start_url` to `https://other.awsapps.com/start` but its sso-session `corp` \
                 sets `https://d-abc123.awsapps.com/start`; remove it from the profile or make them the same",
            ),
        ];
        for (body, want) in cases {
            assert_eq!(resolve(body).unwrap_err(), *want, "{body}");
        }
    }
}
