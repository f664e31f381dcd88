//! Web identity: a role taken with an OpenID Connect token that a platform writes to a file
//! (EKS service accounts, GitHub Actions, other OIDC providers), from `AWS_WEB_IDENTITY_TOKEN_FILE`
//! with `AWS_ROLE_ARN` (and `AWS_ROLE_SESSION_NAME`), or from a profile's
//! `web_identity_token_file` with `role_arn` (and `role_session_name`).
//!
//! The file is read again each time credentials are asked for: the platform rotates the token
//! (EKS every hour or so), and an old one is refused.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::StsError;
use super::chain::{ROLE_ARN_KEY, ROLE_SESSION_NAME_KEY};
use crate::env::Env;
use crate::profile::Profile;

/// The environment variable naming the token file.
pub const TOKEN_FILE_ENV: &str = "AWS_WEB_IDENTITY_TOKEN_FILE";
/// The environment variable naming the role.
pub const ROLE_ARN_ENV: &str = "AWS_ROLE_ARN";
/// The environment variable naming the role session.
pub const ROLE_SESSION_NAME_ENV: &str = "AWS_ROLE_SESSION_NAME";
/// The profile key naming the token file.
pub const TOKEN_FILE_KEY: &str = "web_identity_token_file";

/// A role to take with the token in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebIdentity {
    /// Where the settings came from, for errors: "the environment" or "profile `p`".
    origin: String,
    token_file: PathBuf,
    role_arn: String,
    role_session_name: Option<String>,
}

impl WebIdentity {
    /// The settings of `AWS_WEB_IDENTITY_TOKEN_FILE`, `AWS_ROLE_ARN` and `AWS_ROLE_SESSION_NAME`;
    /// `Ok(None)` when the token file is not set.
    pub fn from_env(env: &Env) -> Result<Option<WebIdentity>, StsError> {
        let Some(token_file) = env.get(TOKEN_FILE_ENV).filter(|f| !f.is_empty()) else {
            return Ok(None);
        };
        let role_arn = env
            .get(ROLE_ARN_ENV)
            .filter(|r| !r.is_empty())
            .ok_or(StsError::WebIdentityWithoutRole { origin: "the environment".to_owned(), missing: ROLE_ARN_ENV })?;
        Ok(Some(WebIdentity {
            origin: "the environment".to_owned(),
            token_file: PathBuf::from(token_file),
            role_arn,
            role_session_name: env.get(ROLE_SESSION_NAME_ENV).filter(|s| !s.is_empty()),
        }))
    }

    /// The settings of a profile with `web_identity_token_file`, which must set `role_arn` too.
    pub fn from_profile(profile: &Profile) -> Result<WebIdentity, StsError> {
        let origin = format!("profile `{}`", profile.name());
        let token_file = profile.get_non_empty(TOKEN_FILE_KEY).unwrap_or_default();
        let role_arn = profile
            .get_non_empty(ROLE_ARN_KEY)
            .ok_or_else(|| StsError::WebIdentityWithoutRole { origin: origin.clone(), missing: ROLE_ARN_KEY })?;
        Ok(WebIdentity {
            origin,
            token_file: PathBuf::from(token_file),
            role_arn: role_arn.to_owned(),
            role_session_name: profile.get_non_empty(ROLE_SESSION_NAME_KEY).map(str::to_owned),
        })
    }

    /// The role to take.
    pub fn role_arn(&self) -> &str {
        &self.role_arn
    }

    /// The session name, if one is set.
    pub fn role_session_name(&self) -> Option<&str> {
        self.role_session_name.as_deref()
    }

    /// The token file.
    pub fn token_file(&self) -> &Path {
        &self.token_file
    }

    /// Where the settings came from: "the environment" or "profile `p`".
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The token, read now, without surrounding whitespace.
    pub fn read_token(&self) -> Result<String, StsError> {
        let failed = |source| StsError::TokenFile { path: self.token_file.clone(), source: Arc::new(source) };
        let text = std::fs::read_to_string(&self.token_file).map_err(failed)?;
        let token = text.trim();
        if token.is_empty() {
            return Err(StsError::EmptyToken { path: self.token_file.clone() });
        }
        Ok(token.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::ProfileSet;

    #[test]
    fn from_the_environment() {
        assert_eq!(WebIdentity::from_env(&Env::from_pairs([(ROLE_ARN_ENV, "arn")])).unwrap(), None);
        let env = Env::from_pairs([
            (TOKEN_FILE_ENV, "/var/run/token"),
            (ROLE_ARN_ENV, "arn:aws:iam::1:role/r"),
            (ROLE_SESSION_NAME_ENV, "pod"),
        ]);
        let web = WebIdentity::from_env(&env).unwrap().unwrap();
        assert_eq!(
            (web.token_file(), web.role_arn(), web.role_session_name()),
            (Path::new("/var/run/token"), "arn:aws:iam::1:role/r", Some("pod"))
        );
        let error = WebIdentity::from_env(&Env::from_pairs([(TOKEN_FILE_ENV, "/t")])).unwrap_err();
        assert_eq!(
            error.to_string(),
            "the environment names a web identity token file but `AWS_ROLE_ARN` is not set: \
             web identity needs the role to take"
        );
    }

    #[test]
    fn from_a_profile() {
        let profiles =
            ProfileSet::parse("[profile w]\nweb_identity_token_file = /t\nrole_session_name = s\n", "", "w").unwrap();
        let error = WebIdentity::from_profile(profiles.selected().unwrap()).unwrap_err();
        assert_eq!(
            error.to_string(),
            "profile `w` names a web identity token file but `role_arn` is not set: web identity needs the role to take"
        );
    }

    #[test]
    fn the_token_is_read_each_time() {
        let path = std::env::temp_dir().join(format!("aws-operation-web-identity-{}", std::process::id()));
        let env = Env::from_pairs([(TOKEN_FILE_ENV, path.to_str().unwrap()), (ROLE_ARN_ENV, "arn:aws:iam::1:role/r")]);
        let web = WebIdentity::from_env(&env).unwrap().unwrap();
        let missing = web.read_token().unwrap_err();
        assert!(missing.to_string().starts_with("could not read the web identity token file `"), "{missing}");
        std::fs::write(&path, "first\n").unwrap();
        assert_eq!(web.read_token().unwrap(), "first");
        std::fs::write(&path, "second").unwrap();
        assert_eq!(web.read_token().unwrap(), "second");
        std::fs::write(&path, " \n").unwrap();
        let empty = web.read_token().unwrap_err();
        let _ = std::fs::remove_file(&path);
        assert!(empty.to_string().ends_with("` is empty"), "{empty}");
    }
}
