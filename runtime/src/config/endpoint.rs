//! The config's endpoint settings beyond region, FIPS, dual-stack and the endpoint URL: client
//! context parameters, the account ID endpoint mode and the S3, S3 Control and STS built-ins.
//! The client hands each to the rule-set parameters that declare its `builtIn`.

use std::collections::BTreeMap;

use super::{ConfigBuilder, Names, setting};
use crate::endpoint::Value;
use crate::env::{Env, InvalidValueError};
use crate::error::ConfigError;
use crate::profile::ProfileSet;

const ACCOUNT_ID_ENDPOINT_MODE: Names = ("AWS_ACCOUNT_ID_ENDPOINT_MODE", "account_id_endpoint_mode");
/// `legacy` sends STS calls from the regions that had it to the global endpoint
/// (`sts.amazonaws.com`); `regional`, the default, to the region's own.
const STS_REGIONAL_ENDPOINTS: Names = ("AWS_STS_REGIONAL_ENDPOINTS", "sts_regional_endpoints");

/// S3's settings of the environment and of a profile's top level, by the built-in they set.
const S3_SETTINGS: [(Names, FlagBuiltIn); 3] = [
    (("AWS_S3_USE_ARN_REGION", "s3_use_arn_region"), S3_USE_ARN_REGION),
    (("AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS", "s3_disable_multiregion_access_points"), S3_DISABLE_MRAP),
    (("AWS_S3_US_EAST_1_REGIONAL_ENDPOINT", "s3_us_east_1_regional_endpoint"), S3_USE_GLOBAL_ENDPOINT),
];

/// Whether requests go to endpoints that carry the account ID (`AWS::Auth::AccountIdEndpointMode`),
/// for the services whose endpoint rules offer them, such as DynamoDB.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum AccountIdEndpointMode {
    /// Use an account-based endpoint when the credentials name their account (the default).
    #[default]
    Preferred,
    /// Never use one.
    Disabled,
    /// Always use one: a call whose credentials name no account fails.
    Required,
}

impl AccountIdEndpointMode {
    /// The value rule sets compare with: `preferred`, `disabled` or `required`.
    pub fn as_str(self) -> &'static str {
        match self {
            AccountIdEndpointMode::Preferred => "preferred",
            AccountIdEndpointMode::Disabled => "disabled",
            AccountIdEndpointMode::Required => "required",
        }
    }

    /// The mode of that name; `None` for any other text.
    pub fn from_name(name: &str) -> Option<Self> {
        [Self::Preferred, Self::Disabled, Self::Required].into_iter().find(|mode| mode.as_str() == name)
    }
}

/// A built-in the config holds a boolean for, with the rule sets' name of it.
pub(crate) type FlagBuiltIn = &'static str;

pub(crate) const S3_FORCE_PATH_STYLE: FlagBuiltIn = "AWS::S3::ForcePathStyle";
pub(crate) const S3_ACCELERATE: FlagBuiltIn = "AWS::S3::Accelerate";
pub(crate) const S3_USE_ARN_REGION: FlagBuiltIn = "AWS::S3::UseArnRegion";
pub(crate) const S3_DISABLE_MRAP: FlagBuiltIn = "AWS::S3::DisableMultiRegionAccessPoints";
pub(crate) const S3_USE_GLOBAL_ENDPOINT: FlagBuiltIn = "AWS::S3::UseGlobalEndpoint";
pub(crate) const S3_CONTROL_USE_ARN_REGION: FlagBuiltIn = "AWS::S3Control::UseArnRegion";
pub(crate) const STS_USE_GLOBAL_ENDPOINT: FlagBuiltIn = "AWS::STS::UseGlobalEndpoint";

/// What the builder was given, and what the config keeps.
#[derive(Debug, Clone, Default)]
pub(crate) struct EndpointSettings {
    /// Client context parameters, by rule-set parameter name.
    pub(crate) client_context_params: BTreeMap<String, Value>,
    /// `None` until set or read from the environment; [`EndpointSettings::account_id_endpoint_mode`]
    /// applies the default.
    pub(crate) account_id_endpoint_mode: Option<AccountIdEndpointMode>,
    /// The boolean built-ins set, by built-in name.
    pub(crate) flags: BTreeMap<FlagBuiltIn, bool>,
}

impl EndpointSettings {
    /// The mode in effect.
    pub(crate) fn account_id_endpoint_mode(&self) -> AccountIdEndpointMode {
        self.account_id_endpoint_mode.unwrap_or_default()
    }

    /// The boolean a built-in of that name was set to, if it was.
    pub(crate) fn flag(&self, built_in: &str) -> Option<bool> {
        self.flags.get(built_in).copied()
    }

    /// Fills what was not set from the environment, then the selected profile.
    pub(crate) fn load(&mut self, env: &Env, profiles: &ProfileSet) -> Result<(), ConfigError> {
        if self.account_id_endpoint_mode.is_none() {
            self.account_id_endpoint_mode = setting(env, profiles, ACCOUNT_ID_ENDPOINT_MODE, parse_mode)?;
        }
        if !self.flags.contains_key(STS_USE_GLOBAL_ENDPOINT)
            && let Some(global) = setting(env, profiles, STS_REGIONAL_ENDPOINTS, parse_sts_endpoints)?
        {
            self.flags.insert(STS_USE_GLOBAL_ENDPOINT, global);
        }
        for (names, built_in) in S3_SETTINGS {
            let parse =
                if built_in == S3_USE_GLOBAL_ENDPOINT { parse_sts_endpoints } else { super::parse_bool_setting };
            if !self.flags.contains_key(built_in)
                && let Some(value) = setting(env, profiles, names, parse)?
            {
                self.flags.insert(built_in, value);
            }
        }
        self.load_s3_section(profiles)
    }

    /// The profile's nested `s3 =` section, as the AWS CLI writes it: `addressing_style`
    /// (`path`, `virtual` or `auto`), `use_accelerate_endpoint`.
    fn load_s3_section(&mut self, profiles: &ProfileSet) -> Result<(), ConfigError> {
        let Some(profile) = profiles.selected() else { return Ok(()) };
        let origin = |key: &str| format!("profile `{}` setting `s3.{key}`", profiles.selected_name());
        if let Some(raw) = profile.sub_property("s3", "addressing_style")
            && !self.flags.contains_key(S3_FORCE_PATH_STYLE)
        {
            let path = match raw.trim() {
                "path" => Some(true),
                "virtual" => Some(false),
                "auto" => None,
                _ => {
                    let e = InvalidValueError::new(origin("addressing_style"), raw, "`path`, `virtual` or `auto`");
                    return Err(ConfigError::Profile(e.into()));
                }
            };
            if let Some(path) = path {
                self.flags.insert(S3_FORCE_PATH_STYLE, path);
            }
        }
        if let Some(raw) = profile.sub_property("s3", "use_accelerate_endpoint")
            && !self.flags.contains_key(S3_ACCELERATE)
        {
            let accelerate = super::parse_bool_setting(raw, origin("use_accelerate_endpoint"))
                .map_err(|e| ConfigError::Profile(e.into()))?;
            self.flags.insert(S3_ACCELERATE, accelerate);
        }
        Ok(())
    }
}

/// `sts_regional_endpoints` as the value of `AWS::STS::UseGlobalEndpoint`.
fn parse_sts_endpoints(raw: &str, origin: String) -> Result<bool, InvalidValueError> {
    match raw.trim() {
        "legacy" => Ok(true),
        "regional" => Ok(false),
        _ => Err(InvalidValueError::new(origin, raw, "`legacy` or `regional`")),
    }
}

fn parse_mode(raw: &str, origin: String) -> Result<AccountIdEndpointMode, InvalidValueError> {
    AccountIdEndpointMode::from_name(raw.trim())
        .ok_or_else(|| InvalidValueError::new(origin, raw, "`preferred`, `disabled` or `required`"))
}

impl ConfigBuilder {
    /// A client context parameter: the value of the rule-set parameter `name` for every call of
    /// every service whose endpoint rules declare it (S3's `DisableS3ExpressSessionAuth`, say),
    /// ahead of any built-in and default, behind what an operation binds itself. Default: none.
    pub fn client_context_param(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.endpoint_params.client_context_params.insert(name.into(), value.into());
        self
    }

    /// Whether to use endpoints that carry the account ID (`AWS::Auth::AccountIdEndpointMode`; the
    /// account comes from the credentials, [`Credentials::account_id`]). Default: `preferred`, or
    /// `AWS_ACCOUNT_ID_ENDPOINT_MODE` / profile `account_id_endpoint_mode` with `from_env`.
    ///
    /// [`Credentials::account_id`]: crate::credentials::Credentials::account_id
    pub fn account_id_endpoint_mode(mut self, mode: AccountIdEndpointMode) -> Self {
        self.endpoint_params.account_id_endpoint_mode = Some(mode);
        self
    }

    fn flag(mut self, built_in: FlagBuiltIn, value: bool) -> Self {
        self.endpoint_params.flags.insert(built_in, value);
        self
    }

    /// S3 buckets in the path, not the host (`AWS::S3::ForcePathStyle`). Default: unset, the rule
    /// set's default (false).
    pub fn s3_force_path_style(self, force: bool) -> Self {
        self.flag(S3_FORCE_PATH_STYLE, force)
    }

    /// S3 Transfer Acceleration endpoints (`AWS::S3::Accelerate`). Default: unset (false).
    pub fn s3_accelerate(self, accelerate: bool) -> Self {
        self.flag(S3_ACCELERATE, accelerate)
    }

    /// Use the region of an S3 ARN instead of the configured one (`AWS::S3::UseArnRegion`).
    /// Default: unset.
    pub fn s3_use_arn_region(self, use_arn_region: bool) -> Self {
        self.flag(S3_USE_ARN_REGION, use_arn_region)
    }

    /// Refuse S3 Multi-Region Access Points (`AWS::S3::DisableMultiRegionAccessPoints`). Default:
    /// unset (false).
    pub fn s3_disable_multi_region_access_points(self, disable: bool) -> Self {
        self.flag(S3_DISABLE_MRAP, disable)
    }

    /// S3's global endpoint for `us-east-1` (`AWS::S3::UseGlobalEndpoint`). Default: unset (false).
    pub fn s3_use_global_endpoint(self, global: bool) -> Self {
        self.flag(S3_USE_GLOBAL_ENDPOINT, global)
    }

    /// Use the region of an S3 Control ARN (`AWS::S3Control::UseArnRegion`). Default: unset.
    pub fn s3_control_use_arn_region(self, use_arn_region: bool) -> Self {
        self.flag(S3_CONTROL_USE_ARN_REGION, use_arn_region)
    }

    /// STS's legacy global endpoint for the regions that had it (`AWS::STS::UseGlobalEndpoint`).
    /// Default: `AWS_STS_REGIONAL_ENDPOINTS` / profile `sts_regional_endpoints` with `from_env`
    /// (`legacy` is true, `regional` false), else false: each region's own endpoint.
    /// Default: unset (false).
    pub fn sts_use_global_endpoint(self, global: bool) -> Self {
        self.flag(STS_USE_GLOBAL_ENDPOINT, global)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    #[test]
    fn modes_by_name() {
        for mode in [AccountIdEndpointMode::Preferred, AccountIdEndpointMode::Disabled, AccountIdEndpointMode::Required]
        {
            assert_eq!(AccountIdEndpointMode::from_name(mode.as_str()), Some(mode));
        }
        assert_eq!(AccountIdEndpointMode::from_name("Preferred"), None);
        assert_eq!(AccountIdEndpointMode::default(), AccountIdEndpointMode::Preferred);
    }

    #[test]
    fn builder_settings_are_kept() {
        let config = Config::builder()
            .client_context_param("ForcePathStyle", false)
            .client_context_param("Bucket", "b")
            .account_id_endpoint_mode(AccountIdEndpointMode::Required)
            .s3_force_path_style(true)
            .sts_use_global_endpoint(false)
            .build()
            .unwrap();
        let settings = &config.endpoint_params;
        assert_eq!(settings.client_context_params["ForcePathStyle"], Value::Bool(false));
        assert_eq!(settings.client_context_params["Bucket"], Value::from("b"));
        assert_eq!(settings.account_id_endpoint_mode(), AccountIdEndpointMode::Required);
        assert_eq!(settings.flag(S3_FORCE_PATH_STYLE), Some(true));
        assert_eq!(settings.flag(STS_USE_GLOBAL_ENDPOINT), Some(false));
        assert_eq!(settings.flag(S3_ACCELERATE), None);
        let plain = Config::builder().build().unwrap();
        assert_eq!(plain.endpoint_params.account_id_endpoint_mode(), AccountIdEndpointMode::Preferred);
    }

    #[test]
    fn the_mode_comes_from_the_environment_then_the_profile() {
        let path = std::env::temp_dir().join(format!("aws-operation-endpoint-mode-{}", std::process::id()));
        std::fs::write(&path, "[default]\naccount_id_endpoint_mode = disabled\n").unwrap();
        let env = |vars: &[(&str, &str)]| {
            let mut pairs = vec![("AWS_CONFIG_FILE".to_owned(), path.display().to_string())];
            pairs.extend(vars.iter().map(|(k, v)| (k.to_string(), v.to_string())));
            Env::from_pairs(pairs)
        };
        let mode = |config: Config| config.endpoint_params.account_id_endpoint_mode();
        assert_eq!(mode(Config::from_env().env(env(&[])).build().unwrap()), AccountIdEndpointMode::Disabled);
        let vars = [("AWS_ACCOUNT_ID_ENDPOINT_MODE", "required")];
        assert_eq!(mode(Config::from_env().env(env(&vars)).build().unwrap()), AccountIdEndpointMode::Required);
        let set = Config::from_env().env(env(&vars)).account_id_endpoint_mode(AccountIdEndpointMode::Preferred);
        assert_eq!(mode(set.build().unwrap()), AccountIdEndpointMode::Preferred, "the builder wins");
        let error = Config::from_env().env(env(&[("AWS_ACCOUNT_ID_ENDPOINT_MODE", "always")])).build().unwrap_err();
        let _ = std::fs::remove_file(&path);
        let ConfigError::Profile(source) = error else { panic!("{error:?}") };
        assert_eq!(
            source.to_string(),
            "invalid value `always` for environment variable `AWS_ACCOUNT_ID_ENDPOINT_MODE`: \
             expected `preferred`, `disabled` or `required`"
        );
    }

    #[test]
    fn sts_regional_endpoints_picks_the_global_endpoint_flag() {
        let path = std::env::temp_dir().join(format!("aws-operation-sts-endpoints-{}", std::process::id()));
        std::fs::write(&path, "[default]\nsts_regional_endpoints = legacy\n").unwrap();
        let env = |vars: &[(&str, &str)]| {
            let mut pairs = vec![("AWS_CONFIG_FILE".to_owned(), path.display().to_string())];
            pairs.extend(vars.iter().map(|(k, v)| (k.to_string(), v.to_string())));
            Env::from_pairs(pairs)
        };
        let global = |config: Config| config.endpoint_params.flag(STS_USE_GLOBAL_ENDPOINT);
        assert_eq!(global(Config::from_env().env(env(&[])).build().unwrap()), Some(true));
        let regional = [("AWS_STS_REGIONAL_ENDPOINTS", "regional")];
        assert_eq!(global(Config::from_env().env(env(&regional)).build().unwrap()), Some(false));
        let set = Config::from_env().env(env(&[])).sts_use_global_endpoint(false);
        assert_eq!(global(set.build().unwrap()), Some(false), "the builder wins");
        let error = Config::from_env().env(env(&[("AWS_STS_REGIONAL_ENDPOINTS", "global")])).build().unwrap_err();
        let _ = std::fs::remove_file(&path);
        let ConfigError::Profile(source) = error else { panic!("{error:?}") };
        assert_eq!(
            source.to_string(),
            "invalid value `global` for environment variable `AWS_STS_REGIONAL_ENDPOINTS`: expected `legacy` or `regional`"
        );
    }

    #[test]
    fn s3_settings_come_from_the_environment_and_the_profiles_s3_section() {
        let path = std::env::temp_dir().join(format!("aws-operation-s3-settings-{}", std::process::id()));
        let write = |text: &str| std::fs::write(&path, text).unwrap();
        let config = |vars: &[(&str, &str)]| {
            let mut pairs = vec![("AWS_CONFIG_FILE".to_owned(), path.display().to_string())];
            pairs.extend(vars.iter().map(|(k, v)| (k.to_string(), v.to_string())));
            Config::from_env().env(Env::from_pairs(pairs)).build()
        };
        write(
            "[default]\ns3 =\n  addressing_style = path\n  use_accelerate_endpoint = true\ns3_use_arn_region = true\n",
        );
        let settings = config(&[]).unwrap().endpoint_params;
        assert_eq!(settings.flag(S3_FORCE_PATH_STYLE), Some(true));
        assert_eq!(settings.flag(S3_ACCELERATE), Some(true));
        assert_eq!(settings.flag(S3_USE_ARN_REGION), Some(true));
        assert_eq!(settings.flag(S3_USE_GLOBAL_ENDPOINT), None);
        let env = [("AWS_S3_USE_ARN_REGION", "false"), ("AWS_S3_US_EAST_1_REGIONAL_ENDPOINT", "legacy")];
        let settings = config(&env).unwrap().endpoint_params;
        assert_eq!(settings.flag(S3_USE_ARN_REGION), Some(false), "the environment wins");
        assert_eq!(settings.flag(S3_USE_GLOBAL_ENDPOINT), Some(true));
        write("[default]\ns3 =\n  addressing_style = auto\n");
        assert_eq!(config(&[]).unwrap().endpoint_params.flag(S3_FORCE_PATH_STYLE), None, "auto leaves it to the rules");
        write("[default]\ns3 =\n  addressing_style = sideways\n");
        let error = config(&[]).unwrap_err();
        let _ = std::fs::remove_file(&path);
        let ConfigError::Profile(source) = error else { panic!("{error:?}") };
        assert_eq!(
            source.to_string(),
            "invalid value `sideways` for profile `default` setting `s3.addressing_style`: expected `path`, `virtual` or `auto`"
        );
    }
}
