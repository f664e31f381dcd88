//! The shared AWS `config` and `credentials` files, and the settings resolved from them and the environment.
//!
//! Parsing follows the file format of the AWS SDKs and tools:
//!
//! * sections are `[default]`, `[profile NAME]`, `[sso-session NAME]` and `[services NAME]` in the config
//!   file, and `[NAME]` in the credentials file; in the config file `[profile default]` wins over `[default]`
//!   (a `[default]` section is ignored whenever a `[profile default]` one exists), a section without a known
//!   prefix is ignored, and in the credentials file `[profile NAME]` is ignored;
//! * profile, section and property names are made of ASCII letters and digits and `- / . % @ _ : +`;
//!   sections and properties with other names are ignored; profile names are case-sensitive, property names
//!   are not (they are stored in lowercase);
//! * lines starting with `#` or `;` are comments; after a section header a comment may follow directly,
//!   after a property value only when whitespace precedes it (`key = a;b` keeps `a;b`);
//! * an indented line continues the property above: appended to its value on a new line, or, when the
//!   property's value was empty, read as a `name = value` sub-property (as in `[services]` sections);
//! * sections repeated in one file are merged, later properties winning; the credentials file's
//!   properties win over the config file's for the same profile.
//!
//! A missing file is not an error; an unreadable or malformed one is.

use std::collections::BTreeMap;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::env::{EXPECTED_BOOL, Env, InvalidValueError, env_origin, parse_bool};

/// Environment variable naming the config file.
pub const CONFIG_FILE_ENV: &str = "AWS_CONFIG_FILE";
/// Environment variable naming the credentials file.
pub const CREDENTIALS_FILE_ENV: &str = "AWS_SHARED_CREDENTIALS_FILE";
/// Environment variable naming the profile to use.
pub const PROFILE_ENV: &str = "AWS_PROFILE";
/// The profile used when none is named.
pub const DEFAULT_PROFILE: &str = "default";

/// Which of the two shared files something came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileKind {
    /// The shared config file (`~/.aws/config`, or `AWS_CONFIG_FILE`).
    Config,
    /// The shared credentials file (`~/.aws/credentials`, or `AWS_SHARED_CREDENTIALS_FILE`).
    Credentials,
}

impl fmt::Display for FileKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FileKind::Config => "config",
            FileKind::Credentials => "credentials",
        })
    }
}

/// Why the shared files could not be loaded.
///
/// Messages name the file and line but never quote file contents, which may hold secrets.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ProfileError {
    /// A file exists (or could not be checked) but could not be read, e.g. for lack of permission,
    /// because it is a directory, or because it is not UTF-8.
    #[error("could not read AWS {kind} file `{}`", path.display())]
    Read {
        /// Which file.
        kind: FileKind,
        /// Its path.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: io::Error,
    },
    /// A file is not in the shared config file format.
    #[error("invalid AWS {kind} file{}, line {line}: {reason}", describe_path(path.as_deref()))]
    Parse {
        /// Which file.
        kind: FileKind,
        /// Its path, when it was read from disk.
        path: Option<PathBuf>,
        /// The 1-based line number.
        line: usize,
        /// What is wrong.
        reason: &'static str,
    },
    /// A setting in the environment or the selected profile has a value that cannot be used.
    #[error(transparent)]
    InvalidValue(#[from] InvalidValueError),
}

fn describe_path(path: Option<&Path>) -> String {
    path.map(|p| format!(" `{}`", p.display())).unwrap_or_default()
}

/// One property's value, and its sub-properties when it was written as a nested block.
#[derive(Clone, Default, PartialEq, Eq)]
struct Property {
    value: String,
    /// `Some` when the value on the property line was empty, so indented lines are sub-properties.
    sub_properties: Option<BTreeMap<String, String>>,
}

/// A named set of properties: a profile, an `[sso-session]` or a `[services]` section.
///
/// `Debug` prints the name and property names, never values (they may be secrets).
#[derive(Clone, PartialEq, Eq)]
pub struct Section {
    name: String,
    properties: BTreeMap<String, Property>,
}

/// A profile: a [`Section`] from `[default]`, `[profile NAME]` or a credentials file `[NAME]`.
pub type Profile = Section;

impl fmt::Debug for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Section")
            .field("name", &self.name)
            .field("keys", &self.properties.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Section {
    /// The section's name (for a profile, the profile name; `default` for `[default]`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The value of property `key` (matched case-insensitively).
    ///
    /// For a property written as a block of sub-properties the value is the block's text,
    /// one `name = value` per line, each line preceded by a newline; see [`Section::sub_properties`].
    pub fn get(&self, key: &str) -> Option<&str> {
        self.property(key).map(|p| p.value.as_str())
    }

    /// The value of property `key`, or `None` when it is absent or empty.
    pub fn get_non_empty(&self, key: &str) -> Option<&str> {
        self.get(key).filter(|v| !v.is_empty())
    }

    /// The sub-properties of property `key` (names in lowercase), when it was written as a block:
    ///
    /// ```text
    /// partnercentral_channel =
    ///   endpoint_url = http://localhost:4566
    /// ```
    ///
    /// `None` when the property is absent, has a value on its own line, or has no sub-properties.
    /// Sub-property values are kept as written (trimmed), comments included.
    pub fn sub_properties(&self, key: &str) -> Option<&BTreeMap<String, String>> {
        self.property(key)?.sub_properties.as_ref().filter(|m| !m.is_empty())
    }

    /// Sub-property `sub_key` of property `key` (both matched case-insensitively).
    pub fn sub_property(&self, key: &str, sub_key: &str) -> Option<&str> {
        self.sub_properties(key)?.get(&sub_key.to_ascii_lowercase()).map(String::as_str)
    }

    /// The property names, in lowercase and sorted.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.properties.keys().map(String::as_str)
    }

    fn property(&self, key: &str) -> Option<&Property> {
        self.properties.get(&key.to_ascii_lowercase())
    }
}

/// The profiles and other sections of the shared config and credentials files, with one profile selected.
///
/// `Debug` never prints property values.
#[derive(Clone, Debug)]
pub struct ProfileSet {
    profiles: BTreeMap<String, Section>,
    sso_sessions: BTreeMap<String, Section>,
    services: BTreeMap<String, Section>,
    selected: String,
    config_file: Option<PathBuf>,
    credentials_file: Option<PathBuf>,
}

impl ProfileSet {
    /// Loads the shared files as the AWS SDKs do.
    ///
    /// Paths come from `AWS_CONFIG_FILE` and `AWS_SHARED_CREDENTIALS_FILE`, else `~/.aws/config` and
    /// `~/.aws/credentials`; a leading `~/` is expanded with [`Env::home_dir`]. A file that does not exist
    /// (or whose default path cannot be formed for want of a home directory) counts as empty.
    /// The selected profile is `profile_override` when given and non-empty, else `AWS_PROFILE`, else `default`.
    pub fn load(env: &Env, profile_override: Option<&str>) -> Result<ProfileSet, ProfileError> {
        let config_file = file_path(env, CONFIG_FILE_ENV, "config");
        let credentials_file = file_path(env, CREDENTIALS_FILE_ENV, "credentials");
        let config_text = read_optional(FileKind::Config, config_file.as_deref())?;
        let credentials_text = read_optional(FileKind::Credentials, credentials_file.as_deref())?;
        let selected = select_profile(env, profile_override);
        let mut set = Self::parse_files(
            config_text.as_deref().unwrap_or(""),
            config_file.as_deref(),
            credentials_text.as_deref().unwrap_or(""),
            credentials_file.as_deref(),
            &selected,
        )?;
        set.config_file = config_file;
        set.credentials_file = credentials_file;
        Ok(set)
    }

    /// Parses config and credentials file contents given as text, selecting profile `selected`.
    pub fn parse(config_text: &str, credentials_text: &str, selected: &str) -> Result<ProfileSet, ProfileError> {
        Self::parse_files(config_text, None, credentials_text, None, selected)
    }

    fn parse_files(
        config_text: &str,
        config_path: Option<&Path>,
        credentials_text: &str,
        credentials_path: Option<&Path>,
        selected: &str,
    ) -> Result<ProfileSet, ProfileError> {
        let config = parse_file(config_text, FileKind::Config, config_path)?;
        let credentials = parse_file(credentials_text, FileKind::Credentials, credentials_path)?;
        let mut set = ProfileSet {
            profiles: BTreeMap::new(),
            sso_sessions: BTreeMap::new(),
            services: BTreeMap::new(),
            selected: selected.to_owned(),
            config_file: None,
            credentials_file: None,
        };
        let has_prefixed_default = config
            .iter()
            .any(|s| matches!(&s.header, Header::Profile { name, prefixed: true } if name == DEFAULT_PROFILE));
        for section in config.into_iter().chain(credentials) {
            let (map, name) = match section.header {
                Header::Profile { name, prefixed } => {
                    if name == DEFAULT_PROFILE && !prefixed && has_prefixed_default && section.kind == FileKind::Config
                    {
                        continue;
                    }
                    (&mut set.profiles, name)
                }
                Header::SsoSession(name) => (&mut set.sso_sessions, name),
                Header::Services(name) => (&mut set.services, name),
                Header::Ignored => continue,
            };
            let target = map.entry(name.clone()).or_insert_with(|| Section { name, properties: BTreeMap::new() });
            target.properties.extend(section.properties);
        }
        Ok(set)
    }

    /// The selected profile, or `None` when no section defines it.
    pub fn selected(&self) -> Option<&Profile> {
        self.profiles.get(&self.selected)
    }

    /// The selected profile's name, whether or not it is defined.
    pub fn selected_name(&self) -> &str {
        &self.selected
    }

    /// The profile named `name`, if defined.
    pub fn profile(&self, name: &str) -> Option<&Profile> {
        self.profiles.get(name)
    }

    /// The names of all defined profiles, sorted.
    pub fn profile_names(&self) -> impl Iterator<Item = &str> {
        self.profiles.keys().map(String::as_str)
    }

    /// The `[sso-session NAME]` section, if defined.
    pub fn sso_session(&self, name: &str) -> Option<&Section> {
        self.sso_sessions.get(name)
    }

    /// The `[services NAME]` section, if defined.
    pub fn services(&self, name: &str) -> Option<&Section> {
        self.services.get(name)
    }

    /// The settings for service `service_key` (e.g. `partnercentral_channel`; matched case-insensitively)
    /// in the `[services NAME]` section that the selected profile names with `services = NAME`:
    /// a map of lowercase sub-property names (e.g. `endpoint_url`) to values.
    ///
    /// `None` when the profile, its `services` key, that section or that service's block is missing.
    pub fn services_section(&self, service_key: &str) -> Option<&BTreeMap<String, String>> {
        let section_name = self.selected()?.get_non_empty("services")?;
        self.services(section_name)?.sub_properties(service_key)
    }

    /// The config file path that was consulted, when loaded from disk (the file may not exist).
    pub fn config_file(&self) -> Option<&Path> {
        self.config_file.as_deref()
    }

    /// The credentials file path that was consulted, when loaded from disk (the file may not exist).
    pub fn credentials_file(&self) -> Option<&Path> {
        self.credentials_file.as_deref()
    }

    /// Property `key` of the selected profile, `None` when absent or empty.
    fn selected_value(&self, key: &str) -> Option<&str> {
        self.selected()?.get_non_empty(key)
    }
}

fn select_profile(env: &Env, profile_override: Option<&str>) -> String {
    profile_override
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .or_else(|| env.get(PROFILE_ENV))
        .unwrap_or_else(|| DEFAULT_PROFILE.to_owned())
}

/// The path named by `var`, else `~/.aws/<default_name>`; `None` when neither can be formed.
fn file_path(env: &Env, var: &str, default_name: &str) -> Option<PathBuf> {
    match env.get(var) {
        Some(raw) => Some(expand_home(&raw, env)),
        None => env.home_dir().map(|home| home.join(".aws").join(default_name)),
    }
}

/// Expands a leading `~` (alone or followed by a path separator) to the home directory, when known.
fn expand_home(raw: &str, env: &Env) -> PathBuf {
    let rest = if raw == "~" {
        Some("")
    } else {
        raw.strip_prefix("~/").or_else(|| raw.strip_prefix("~\\").filter(|_| cfg!(windows)))
    };
    match (rest, env.home_dir()) {
        (Some(""), Some(home)) => home,
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(raw),
    }
}

/// The file's text; `None` when there is no path or no file there.
fn read_optional(kind: FileKind, path: Option<&Path>) -> Result<Option<String>, ProfileError> {
    let Some(path) = path else {
        return Ok(None);
    };
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(ProfileError::Read { kind, path: path.to_owned(), source }),
    }
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

/// What a section header declares.
#[derive(Debug, PartialEq, Eq)]
enum Header {
    /// A profile; `prefixed` when written `[profile NAME]`.
    Profile {
        name: String,
        prefixed: bool,
    },
    SsoSession(String),
    Services(String),
    /// A section to skip: unknown prefix, or an invalid name.
    Ignored,
}

/// One section as written in one file.
struct RawSection {
    kind: FileKind,
    header: Header,
    properties: BTreeMap<String, Property>,
}

/// The property that indented lines continue.
enum Current {
    /// No property since the last header.
    None,
    /// A stored property, by its lowercase key.
    Valid(String),
    /// A property with an invalid name: its continuation lines are checked, then dropped.
    Ignored(Property),
}

fn is_valid_name(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || "-/.%@_:+".contains(c))
}

fn is_comment_start(c: char) -> bool {
    c == '#' || c == ';'
}

/// Removes a `#` or `;` comment that follows whitespace.
fn strip_inline_comment(value: &str) -> &str {
    let mut prev_ws = false;
    for (i, c) in value.char_indices() {
        if prev_ws && is_comment_start(c) {
            return &value[..i];
        }
        prev_ws = c == ' ' || c == '\t';
    }
    value
}

/// Splits `prefix<whitespace>NAME` into the trimmed name.
fn prefixed_name<'a>(inner: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = inner.strip_prefix(prefix)?;
    rest.starts_with([' ', '\t']).then(|| rest.trim())
}

fn classify_header(inner: &str, kind: FileKind) -> Header {
    let inner = inner.trim();
    let valid = |name: &str| is_valid_name(name).then(|| name.to_owned());
    match kind {
        FileKind::Credentials => match valid(inner) {
            Some(name) => Header::Profile { name, prefixed: false },
            None => Header::Ignored,
        },
        FileKind::Config => {
            let header = if inner == DEFAULT_PROFILE {
                Some(Header::Profile { name: DEFAULT_PROFILE.to_owned(), prefixed: false })
            } else if let Some(name) = prefixed_name(inner, "profile") {
                valid(name).map(|name| Header::Profile { name, prefixed: true })
            } else if let Some(name) = prefixed_name(inner, "sso-session") {
                valid(name).map(Header::SsoSession)
            } else if let Some(name) = prefixed_name(inner, "services") {
                valid(name).map(Header::Services)
            } else {
                None
            };
            header.unwrap_or(Header::Ignored)
        }
    }
}

fn parse_file(text: &str, kind: FileKind, path: Option<&Path>) -> Result<Vec<RawSection>, ProfileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut sections: Vec<RawSection> = Vec::new();
    let mut current = Current::None;
    for (index, line) in text.lines().enumerate() {
        let error = |reason| ProfileError::Parse { kind, path: path.map(Path::to_owned), line: index + 1, reason };
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with(is_comment_start) {
            continue;
        }
        let first = line.chars().next().unwrap_or(' ');
        if first.is_whitespace() {
            // A continuation of the current property.
            let Some(section) = sections.last_mut() else {
                return Err(error("expected a profile definition, found a continuation line"));
            };
            let property = match &mut current {
                Current::None => {
                    return Err(error("expected a property definition, found a continuation line"));
                }
                Current::Valid(key) => section.properties.entry(key.clone()).or_default(),
                Current::Ignored(property) => property,
            };
            continue_property(property, trimmed).map_err(error)?;
        } else if first == '[' {
            let Some(close) = line.find(']') else {
                return Err(error("profile definition must end with `]`"));
            };
            let after = line.get(close + 1..).unwrap_or("").trim();
            if !after.is_empty() && !after.starts_with(is_comment_start) {
                return Err(error("unexpected text after `]` in a section header"));
            }
            let inner = line.get(1..close).unwrap_or("");
            sections.push(RawSection { kind, header: classify_header(inner, kind), properties: BTreeMap::new() });
            current = Current::None;
        } else {
            let Some(section) = sections.last_mut() else {
                return Err(error("expected a profile definition, found a property"));
            };
            let Some((key, value)) = line.split_once('=') else {
                return Err(error("expected an `=` sign defining a property"));
            };
            let key = key.trim();
            if key.is_empty() {
                return Err(error("property did not have a name"));
            }
            let value = strip_inline_comment(value).trim();
            let property = Property { value: value.to_owned(), sub_properties: value.is_empty().then(BTreeMap::new) };
            if is_valid_name(key) {
                let key = key.to_ascii_lowercase();
                section.properties.insert(key.clone(), property);
                current = Current::Valid(key);
            } else {
                current = Current::Ignored(property);
            }
        }
    }
    Ok(sections)
}

/// Adds an indented (already trimmed) line to `property`.
fn continue_property(property: &mut Property, line: &str) -> Result<(), &'static str> {
    if let Some(subs) = &mut property.sub_properties {
        let Some((key, value)) = line.split_once('=') else {
            return Err("expected an `=` sign defining a sub-property");
        };
        let key = key.trim();
        if key.is_empty() {
            return Err("sub-property did not have a name");
        }
        if is_valid_name(key) {
            subs.insert(key.to_ascii_lowercase(), value.trim().to_owned());
        }
    }
    property.value.push('\n');
    property.value.push_str(line);
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Settings resolved from the environment and the selected profile
// ---------------------------------------------------------------------------------------------

/// The region: `AWS_REGION`, else `AWS_DEFAULT_REGION`, else the selected profile's `region`.
pub fn region(env: &Env, profiles: &ProfileSet) -> Option<String> {
    env.get("AWS_REGION")
        .or_else(|| env.get("AWS_DEFAULT_REGION"))
        .or_else(|| profiles.selected_value("region").map(str::to_owned))
}

/// How an error names a profile setting.
fn profile_origin(profiles: &ProfileSet, key: &str) -> String {
    format!("profile `{}` setting `{key}`", profiles.selected_name())
}

/// A boolean from environment variable `var`, else from the selected profile's `key`.
fn bool_setting(env: &Env, profiles: &ProfileSet, var: &str, key: &str) -> Result<Option<bool>, InvalidValueError> {
    if let Some(value) = env.get_bool(var)? {
        return Ok(Some(value));
    }
    match profiles.selected_value(key) {
        None => Ok(None),
        Some(raw) => parse_bool(raw)
            .map(Some)
            .ok_or_else(|| InvalidValueError::new(profile_origin(profiles, key), raw, EXPECTED_BOOL)),
    }
}

/// Whether configured endpoint URLs are to be ignored: `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`, else the
/// selected profile's `ignore_configured_endpoint_urls`, else `false`.
pub fn ignore_configured_endpoint_urls(env: &Env, profiles: &ProfileSet) -> Result<bool, ProfileError> {
    bool_setting(env, profiles, "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "ignore_configured_endpoint_urls")
        .map(|v| v.unwrap_or(false))
        .map_err(ProfileError::from)
}

/// The endpoint URL configured for a service, following the AWS "service-specific endpoints" settings.
///
/// `service_env_name` is the service's identifier for environment variables (e.g. `PARTNERCENTRAL_CHANNEL`)
/// and `services_key` its key in a `[services]` section (e.g. `partnercentral_channel`); both are
/// normalized (spaces and `-` to `_`, then upper- or lowercase).
///
/// `None` when [`ignore_configured_endpoint_urls`] is true (an invalid value there counts as `false`,
/// as in the SDKs; call that function to see the error). Otherwise the first set of:
/// `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, the `endpoint_url` for `services_key` in the
/// `[services]` section named by the selected profile, and the profile's own `endpoint_url`.
pub fn configured_endpoint_url(
    env: &Env,
    profiles: &ProfileSet,
    service_env_name: &str,
    services_key: &str,
) -> Option<String> {
    if ignore_configured_endpoint_urls(env, profiles).unwrap_or(false) {
        return None;
    }
    let env_name = service_env_name.replace([' ', '-'], "_").to_ascii_uppercase();
    let services_key = services_key.replace([' ', '-'], "_").to_ascii_lowercase();
    env.get(&format!("AWS_ENDPOINT_URL_{env_name}"))
        .or_else(|| env.get("AWS_ENDPOINT_URL"))
        .or_else(|| {
            profiles
                .services_section(&services_key)
                .and_then(|subs| subs.get("endpoint_url"))
                .filter(|v| !v.is_empty())
                .cloned()
        })
        .or_else(|| profiles.selected_value("endpoint_url").map(str::to_owned))
}

/// Whether to use FIPS endpoints: `AWS_USE_FIPS_ENDPOINT`, else the selected profile's
/// `use_fips_endpoint`, else `false`. Values are `true`/`false` in any letter case.
pub fn use_fips(env: &Env, profiles: &ProfileSet) -> Result<bool, ProfileError> {
    bool_setting(env, profiles, "AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint")
        .map(|v| v.unwrap_or(false))
        .map_err(ProfileError::from)
}

/// Whether to use dual-stack (IPv4 and IPv6) endpoints: `AWS_USE_DUALSTACK_ENDPOINT`, else the
/// selected profile's `use_dualstack_endpoint`; false when neither is set.
pub fn use_dual_stack(env: &Env, profiles: &ProfileSet) -> Result<bool, ProfileError> {
    bool_setting(env, profiles, "AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint")
        .map(|v| v.unwrap_or(false))
        .map_err(ProfileError::from)
}

/// The maximum number of attempts per request (the first try included): `AWS_MAX_ATTEMPTS`, else the
/// selected profile's `max_attempts`; `None` when neither is set. A value must be a whole number from 1.
pub fn max_attempts(env: &Env, profiles: &ProfileSet) -> Result<Option<u32>, ProfileError> {
    const EXPECTED: &str = "a whole number of at least 1";
    let parse = |raw: &str, origin: String| {
        raw.trim()
            .parse::<u32>()
            .ok()
            .filter(|n| *n >= 1)
            .ok_or_else(|| ProfileError::from(InvalidValueError::new(origin, raw, EXPECTED)))
    };
    if let Some(raw) = env.get("AWS_MAX_ATTEMPTS") {
        return parse(&raw, env_origin("AWS_MAX_ATTEMPTS")).map(Some);
    }
    match profiles.selected_value("max_attempts") {
        None => Ok(None),
        Some(raw) => parse(raw, profile_origin(profiles, "max_attempts")).map(Some),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    type Props = BTreeMap<String, BTreeMap<String, String>>;
    /// Environment variables for a test case.
    type Pairs = &'static [(&'static str, &'static str)];

    fn props(set: &BTreeMap<String, Section>) -> Props {
        set.iter()
            .map(|(name, s)| {
                let values = s.properties.iter().map(|(k, p)| (k.clone(), p.value.clone())).collect();
                (name.clone(), values)
            })
            .collect()
    }

    fn expected(spec: &[(&str, &[(&str, &str)])]) -> Props {
        spec.iter()
            .map(|(name, kvs)| {
                let values = kvs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
                (name.to_string(), values)
            })
            .collect()
    }

    /// (description, config text, credentials text, expected profiles)
    type ParseCase =
        (&'static str, &'static str, &'static str, &'static [(&'static str, &'static [(&'static str, &'static str)])]);

    const PARSE_CASES: &[ParseCase] = &[
        ("empty files", "", "", &[]),
        ("empty profile", "[profile foo]", "", &[("foo", &[])]),
        (
            "name characters",
            "[profile some-thing:long/the_one%only.foo@bar+]\n[profile foo!bar]",
            "",
            &[("some-thing:long/the_one%only.foo@bar+", &[])],
        ),
        ("names are trimmed", "[profile \tfoo \t]", "", &[("foo", &[])]),
        ("tab after prefix", "[profile\tfoo]", "", &[("foo", &[])]),
        (
            "whitespace around the whole header",
            "[   profile foo    ]\nname = value",
            "",
            &[("foo", &[("name", "value")])],
        ),
        ("property", "[profile foo]\nname = value", "", &[("foo", &[("name", "value")])]),
        ("crlf", "[profile foo]\r\nname = value\r\n", "", &[("foo", &[("name", "value")])]),
        ("bom", "\u{feff}[default]\nname = value", "", &[("default", &[("name", "value")])]),
        ("equals in value", "[profile foo]\nname = val=ue", "", &[("foo", &[("name", "val=ue")])]),
        ("unicode value", "[profile foo]\nname = 😂", "", &[("foo", &[("name", "😂")])]),
        ("keys and values trimmed", "[profile foo]\nname \t=  \tvalue \t", "", &[("foo", &[("name", "value")])]),
        ("empty value", "[profile foo]\nname =", "", &[("foo", &[("name", "")])]),
        (
            "blank lines",
            "\t \n[profile foo]\n\t\n \nname = value\n\t \n[profile bar]\n \t",
            "",
            &[("bar", &[]), ("foo", &[("name", "value")])],
        ),
        (
            "pound comments",
            "# c\n[profile foo] # c\nname = value # c with # sign",
            "",
            &[("foo", &[("name", "value")])],
        ),
        (
            "semicolon comments",
            "; c\n[profile foo] ; c\nname = value ; c with ; sign",
            "",
            &[("foo", &[("name", "value")])],
        ),
        ("tab before comment", "[profile foo]\nname = value\t# c", "", &[("foo", &[("name", "value")])]),
        ("empty comments", ";\n[profile foo];\nname = value ;\n", "", &[("foo", &[("name", "value")])]),
        (
            "indented comment lines",
            "[profile foo]\nname = value\n  # note\n\t; note",
            "",
            &[("foo", &[("name", "value")])],
        ),
        ("comments adjacent to headers", "[profile foo]; x\n[profile bar]# y", "", &[("bar", &[]), ("foo", &[])]),
        (
            "comments adjacent to values are kept",
            "[profile foo]\nname = value; x\nname2 = value# y",
            "",
            &[("foo", &[("name", "value; x"), ("name2", "value# y")])],
        ),
        (
            "value starting with a comment character",
            "[profile foo]\nname =#x\nother = ;y",
            "",
            &[("foo", &[("name", "#x"), ("other", "")])],
        ),
        (
            "continuation",
            "[profile foo]\nname = value\n -continued\n \t -and-continued \t",
            "",
            &[("foo", &[("name", "value\n-continued\n-and-continued")])],
        ),
        (
            "continuation keeps comments",
            "[profile foo]\nname = value\n -continued # c ; d",
            "",
            &[("foo", &[("name", "value\n-continued # c ; d")])],
        ),
        (
            "duplicate profiles merge",
            "[profile foo]\nname = value\n[profile foo]\nname2 = value2",
            "",
            &[("foo", &[("name", "value"), ("name2", "value2")])],
        ),
        (
            "last duplicate property wins",
            "[profile foo]\nname = value\nname = value2",
            "",
            &[("foo", &[("name", "value2")])],
        ),
        (
            "property names are case-insensitive",
            "[profile foo]\nName = value\n[profile foo]\nNAME = value2\nRegion = x",
            "",
            &[("foo", &[("name", "value2"), ("region", "x")])],
        ),
        (
            "profile names are case-sensitive",
            "[profile Foo]\na = 1\n[profile foo]\na = 2",
            "",
            &[("Foo", &[("a", "1")]), ("foo", &[("a", "2")])],
        ),
        (
            "[profile default] wins when first",
            "[profile default]\nname = value\n[default]\nname2 = value2",
            "",
            &[("default", &[("name", "value")])],
        ),
        (
            "[profile default] wins when last",
            "[default]\nname2 = value2\n[profile default]\nname = value",
            "",
            &[("default", &[("name", "value")])],
        ),
        ("[default] alone is used", "[default]\nname = value", "", &[("default", &[("name", "value")])]),
        (
            "mixed default sections merged with credentials",
            "[profile default]\nname = value\n[default]\nname2 = value2\n[profile default]\nname3 = value3",
            "[default]\nsecret = foo",
            &[("default", &[("name", "value"), ("name3", "value3"), ("secret", "foo")])],
        ),
        (
            "invalid profile names are ignored",
            "[profile in valid]\nname = value\n[profile ok]\n[profile]\n[profile ]",
            "[in valid 2]\nname2 = value2",
            &[("ok", &[])],
        ),
        (
            "properties of an invalid profile are ignored",
            "[profile foo]\nname = value\n[profile in valid]\nx = 1\n -more\n[profile bar]\nname = value2",
            "",
            &[("bar", &[("name", "value2")]), ("foo", &[("name", "value")])],
        ),
        (
            "invalid property names are ignored with their continuations",
            "[profile foo]\nin valid = value\n  more\nok = 1",
            "",
            &[("foo", &[("ok", "1")])],
        ),
        (
            "all valid property name characters",
            "[profile foo]\nABCxyz0189-_/.%@:+ = value",
            "",
            &[("foo", &[("abcxyz0189-_/.%@:+", "value")])],
        ),
        (
            "sub-properties",
            "[profile foo]\ns3 =\n name = value\n\t \n name2 = value2",
            "",
            &[("foo", &[("s3", "\nname = value\nname2 = value2")])],
        ),
        (
            "sub-property with empty value and invalid name",
            "[profile foo]\ns3 =\n name =\n in valid = x",
            "",
            &[("foo", &[("s3", "\nname =\nin valid = x")])],
        ),
        (
            "files are merged",
            "[profile foo]\nname = value",
            "[foo]\nname2 = value2",
            &[("foo", &[("name", "value"), ("name2", "value2")])],
        ),
        (
            "credentials file wins per property",
            "[profile foo]\nname = value\nregion = r",
            "[foo]\nname = value2",
            &[("foo", &[("name", "value2"), ("region", "r")])],
        ),
        ("config sections without prefix are ignored", "[foo]\nname = value", "", &[]),
        ("sneaky prefix", "[profilefoo]\nname = value\n[profile bar]", "", &[("bar", &[])]),
        ("credentials sections with prefix are ignored", "", "[profile foo]\nname = value", &[]),
        ("credentials names are trimmed", "", "[   foo    ]\nname = value", &[("foo", &[("name", "value")])]),
        (
            "sso-session and services are not profiles",
            "[sso-session s]\na = 1\n[services x]\ns3 =\n endpoint_url = u\n[profile bar]",
            "",
            &[("bar", &[])],
        ),
        (
            "sso-session without space in credentials is a profile",
            "",
            "[sso-sessionfoo]\nname = value\n[bar]",
            &[("bar", &[]), ("sso-sessionfoo", &[("name", "value")])],
        ),
        (
            "[profile default] in config does not hide credentials [default]",
            "[profile default]\na = 1",
            "[default]\nb = 2",
            &[("default", &[("a", "1"), ("b", "2")])],
        ),
    ];

    #[test]
    fn parse_table() {
        for (desc, config, credentials, want) in PARSE_CASES {
            let set = ProfileSet::parse(config, credentials, "default")
                .unwrap_or_else(|e| panic!("{desc}: unexpected error {e}"));
            assert_eq!(props(&set.profiles), expected(want), "{desc}");
        }
    }

    /// (description, config text, credentials text, file with the error, line, message fragment)
    const ERROR_CASES: &[(&str, &str, &str, FileKind, usize, &str)] = &[
        ("unclosed header", "[profile foo", "", FileKind::Config, 1, "must end with `]`"),
        ("text after header", "[profile foo] x", "", FileKind::Config, 1, "unexpected text after `]`"),
        ("property outside a profile", "name = value", "", FileKind::Config, 1, "expected a profile definition"),
        ("continuation outside a profile", " -continued", "", FileKind::Config, 1, "expected a profile definition"),
        (
            "continuation outside a property",
            "[profile foo]\n -continued",
            "",
            FileKind::Config,
            2,
            "expected a property definition",
        ),
        (
            "continuation reset by a header",
            "[profile foo]\nname = value\n[profile foo]\n -continued",
            "",
            FileKind::Config,
            4,
            "expected a property definition, found a continuation line",
        ),
        ("empty property name", "[profile foo]\n= value", "", FileKind::Config, 2, "property did not have a name"),
        (
            "property without equals",
            "[profile foo]\nkey : value",
            "",
            FileKind::Config,
            2,
            "expected an `=` sign defining a property",
        ),
        (
            "sub-property without equals",
            "[profile foo]\ns3 =\n invalid",
            "",
            FileKind::Config,
            3,
            "expected an `=` sign defining a sub-property",
        ),
        (
            "sub-property without name",
            "[profile foo]\ns3 =\n = value",
            "",
            FileKind::Config,
            3,
            "sub-property did not have a name",
        ),
        (
            "error in credentials file",
            "[default]",
            "[default]\n\naws_secret_access_key",
            FileKind::Credentials,
            3,
            "expected an `=` sign",
        ),
        (
            "property before header in credentials",
            "",
            "aws_access_key_id = AKIA",
            FileKind::Credentials,
            1,
            "expected a profile definition",
        ),
    ];

    #[test]
    fn parse_error_table() {
        for (desc, config, credentials, kind, line, fragment) in ERROR_CASES {
            let err = ProfileSet::parse(config, credentials, "default").unwrap_err();
            let message = err.to_string();
            match err {
                ProfileError::Parse { kind: k, line: l, .. } => {
                    assert_eq!((k, l), (*kind, *line), "{desc}: {message}");
                }
                other => panic!("{desc}: unexpected {other:?}"),
            }
            assert!(message.contains(fragment), "{desc}: {message}");
            assert!(message.starts_with("invalid AWS "), "{desc}: {message}");
        }
    }

    #[test]
    fn parse_errors_never_quote_content() {
        let err = ProfileSet::parse("", "[default]\nSECRETSECRET", "default").unwrap_err();
        assert!(!err.to_string().contains("SECRETSECRET"), "{err}");
        assert!(!format!("{err:?}").contains("SECRETSECRET"), "{err:?}");
    }

    #[test]
    fn sub_properties_and_services() {
        let config = "\
[profile dev]
services = local   # comment
region = us-east-1

[services local]
partnercentral_channel =
  endpoint_url = http://localhost:4566
  Other_Key = v = w
S3 =
  endpoint_url = http://s3.local

[services other]
partnercentral_channel =
  endpoint_url = http://other
";
        let set = ProfileSet::parse(config, "", "dev").unwrap();
        let subs = set.services_section("partnercentral_channel").unwrap();
        assert_eq!(subs.get("endpoint_url").map(String::as_str), Some("http://localhost:4566"));
        assert_eq!(subs.get("other_key").map(String::as_str), Some("v = w"));
        assert_eq!(
            set.services_section("PARTNERCENTRAL_CHANNEL").and_then(|m| m.get("endpoint_url")).map(String::as_str),
            Some("http://localhost:4566")
        );
        assert_eq!(
            set.services_section("s3").and_then(|m| m.get("endpoint_url")).map(String::as_str),
            Some("http://s3.local")
        );
        assert!(set.services_section("missing").is_none());
        let local = set.services("local").unwrap();
        assert_eq!(local.name(), "local");
        assert_eq!(local.sub_property("Partnercentral_Channel", "ENDPOINT_URL"), Some("http://localhost:4566"));
        assert_eq!(
            set.services("other").unwrap().sub_property("partnercentral_channel", "endpoint_url"),
            Some("http://other")
        );
        let dev = set.selected().unwrap();
        assert_eq!(dev.get("services"), Some("local"));
        assert!(dev.sub_properties("region").is_none());
        assert!(dev.sub_properties("missing").is_none());

        // Profile without `services`, or naming a missing section.
        let set = ProfileSet::parse(config, "", "default").unwrap();
        assert!(set.services_section("partnercentral_channel").is_none());
        let set = ProfileSet::parse("[profile p]\nservices = nope", "", "p").unwrap();
        assert!(set.services_section("partnercentral_channel").is_none());
        // An empty block has no sub-properties.
        let set = ProfileSet::parse("[profile p]\ns3 =", "", "p").unwrap();
        assert!(set.selected().unwrap().sub_properties("s3").is_none());
    }

    #[test]
    fn sso_sessions() {
        let set = ProfileSet::parse(
            "[sso-session corp]\nsso_region = us-east-1\n[sso-session in valid]\na = b\n[sso-session]",
            "",
            "default",
        )
        .unwrap();
        assert_eq!(set.sso_session("corp").and_then(|s| s.get("sso_region")), Some("us-east-1"));
        assert_eq!(set.sso_sessions.len(), 1);
        assert!(set.profile("corp").is_none());
    }

    #[test]
    fn selection_and_accessors() {
        let set = ProfileSet::parse("[profile a]\nk = v\n[default]\nk = d", "", "a").unwrap();
        assert_eq!(set.selected_name(), "a");
        assert_eq!(set.selected().and_then(|p| p.get("K")), Some("v"));
        assert_eq!(set.profile("default").and_then(|p| p.get("k")), Some("d"));
        assert_eq!(set.profile_names().collect::<Vec<_>>(), ["a", "default"]);
        assert_eq!(set.selected().unwrap().keys().collect::<Vec<_>>(), ["k"]);
        assert!(set.config_file().is_none() && set.credentials_file().is_none());

        let set = ProfileSet::parse("[profile a]", "", "missing").unwrap();
        assert_eq!(set.selected_name(), "missing");
        assert!(set.selected().is_none());
    }

    #[test]
    fn debug_hides_values() {
        let set = ProfileSet::parse("", "[default]\naws_secret_access_key = TOPSECRET", "default").unwrap();
        let debug = format!("{set:?} {:?}", set.selected().unwrap());
        assert!(debug.contains("aws_secret_access_key"), "{debug}");
        assert!(!debug.contains("TOPSECRET"), "{debug}");
    }

    #[test]
    fn select_profile_table() {
        let cases: &[(Pairs, Option<&str>, &str)] = &[
            (&[], None, "default"),
            (&[("AWS_PROFILE", "env")], None, "env"),
            (&[("AWS_PROFILE", "env")], Some("arg"), "arg"),
            (&[("AWS_PROFILE", "env")], Some(""), "env"),
            (&[("AWS_PROFILE", "")], None, "default"),
        ];
        for (pairs, arg, want) in cases {
            let env = Env::from_pairs(pairs.iter().copied());
            assert_eq!(select_profile(&env, *arg), *want, "{pairs:?} {arg:?}");
        }
    }

    #[test]
    fn file_path_table() {
        let sep = std::path::MAIN_SEPARATOR;
        let cases: &[(Pairs, Option<String>)] = &[
            (&[("HOME", "/h")], Some(format!("/h{sep}.aws{sep}config"))),
            (&[("USERPROFILE", "/u")], Some(format!("/u{sep}.aws{sep}config"))),
            (&[], None),
            (&[("AWS_CONFIG_FILE", "/etc/aws")], Some("/etc/aws".to_owned())),
            (&[("AWS_CONFIG_FILE", "rel/aws")], Some("rel/aws".to_owned())),
            (&[("AWS_CONFIG_FILE", "~/x/c"), ("HOME", "/h")], Some(format!("/h{sep}x/c"))),
            (&[("AWS_CONFIG_FILE", "~"), ("HOME", "/h")], Some("/h".to_owned())),
            (&[("AWS_CONFIG_FILE", "~/x"), ("HOME", "")], Some("~/x".to_owned())),
            (&[("AWS_CONFIG_FILE", "~user/x"), ("HOME", "/h")], Some("~user/x".to_owned())),
            (&[("AWS_CONFIG_FILE", "/a/~/b"), ("HOME", "/h")], Some("/a/~/b".to_owned())),
            (&[("AWS_CONFIG_FILE", ""), ("HOME", "/h")], Some(format!("/h{sep}.aws{sep}config"))),
        ];
        for (pairs, want) in cases {
            let env = Env::from_pairs(pairs.iter().copied());
            assert_eq!(file_path(&env, CONFIG_FILE_ENV, "config"), want.as_ref().map(PathBuf::from), "{pairs:?}");
        }
    }

    // ---- loading from disk ----------------------------------------------------------------

    /// A fresh directory under the system temp dir, removed on drop.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(tag: &str) -> Self {
            static COUNTER: AtomicUsize = AtomicUsize::new(0);
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let nanos =
                std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
            let dir = std::env::temp_dir().join(format!("aws-cfg-test-{tag}-{}-{n}-{nanos}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            TempDir(dir)
        }

        fn write(&self, name: &str, contents: &[u8]) -> PathBuf {
            let path = self.0.join(name);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).unwrap();
            }
            std::fs::write(&path, contents).unwrap();
            path
        }

        fn path_str(&self, name: &str) -> String {
            self.0.join(name).to_string_lossy().into_owned()
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn load_from_env_paths() {
        let dir = TempDir::new("load-env");
        let config = dir.write("config", b"[profile dev]\nregion = eu-west-1\n[default]\nregion = us-east-1");
        let creds = dir.write("creds", b"[dev]\naws_access_key_id = AK\nregion = ap-south-1");
        let env = Env::from_pairs([
            ("AWS_CONFIG_FILE", config.to_string_lossy().into_owned()),
            ("AWS_SHARED_CREDENTIALS_FILE", creds.to_string_lossy().into_owned()),
            ("AWS_PROFILE", "dev".to_owned()),
        ]);
        let set = ProfileSet::load(&env, None).unwrap();
        assert_eq!(set.selected_name(), "dev");
        let dev = set.selected().unwrap();
        assert_eq!(dev.get("region"), Some("ap-south-1"));
        assert_eq!(dev.get("aws_access_key_id"), Some("AK"));
        assert_eq!(set.config_file(), Some(config.as_path()));
        assert_eq!(set.credentials_file(), Some(creds.as_path()));

        let set = ProfileSet::load(&env, Some("default")).unwrap();
        assert_eq!(set.selected().and_then(|p| p.get("region")), Some("us-east-1"));
    }

    #[test]
    fn load_default_paths_under_home() {
        let dir = TempDir::new("load-home");
        dir.write(".aws/config", b"[default]\nregion = us-west-2");
        dir.write(".aws/credentials", b"[default]\naws_access_key_id = AK");
        let env = Env::from_pairs([("HOME", dir.path_str(""))]);
        let set = ProfileSet::load(&env, None).unwrap();
        let p = set.selected().unwrap();
        assert_eq!(p.get("region"), Some("us-west-2"));
        assert_eq!(p.get("aws_access_key_id"), Some("AK"));
        assert_eq!(set.config_file(), Some(dir.0.join(".aws").join("config").as_path()));
    }

    #[test]
    fn load_expands_tilde_in_env_paths() {
        let dir = TempDir::new("load-tilde");
        dir.write("conf/c", b"[profile x]\nregion = r");
        let env = Env::from_pairs([
            ("HOME", dir.path_str("")),
            ("AWS_CONFIG_FILE", "~/conf/c".to_owned()),
            ("AWS_SHARED_CREDENTIALS_FILE", "~/conf/missing".to_owned()),
        ]);
        let set = ProfileSet::load(&env, Some("x")).unwrap();
        assert_eq!(set.selected().and_then(|p| p.get("region")), Some("r"));
    }

    #[test]
    fn load_missing_files_is_empty() {
        let dir = TempDir::new("load-missing");
        let cases = [
            Env::from_pairs([
                ("AWS_CONFIG_FILE", dir.path_str("nope/config")),
                ("AWS_SHARED_CREDENTIALS_FILE", dir.path_str("nope/credentials")),
            ]),
            Env::from_pairs([("HOME", dir.path_str("no-home"))]),
            Env::from_pairs(Vec::<(String, String)>::new()),
        ];
        for env in cases {
            let set = ProfileSet::load(&env, None).unwrap();
            assert_eq!(set.profile_names().count(), 0, "{env:?}");
            assert!(set.selected().is_none());
        }
    }

    #[test]
    fn load_unreadable_files_are_errors() {
        let dir = TempDir::new("load-unreadable");
        let subdir = dir.path_str("a-directory");
        std::fs::create_dir_all(&subdir).unwrap();
        let not_utf8 = dir.write("latin1", b"[default]\nregion = caf\xe9\n");
        let cases = [
            (CONFIG_FILE_ENV, subdir.clone(), FileKind::Config),
            (CREDENTIALS_FILE_ENV, subdir.clone(), FileKind::Credentials),
            (CONFIG_FILE_ENV, not_utf8.to_string_lossy().into_owned(), FileKind::Config),
        ];
        for (var, path, want_kind) in cases {
            let env = Env::from_pairs([(var, path.clone()), ("HOME", dir.path_str("home"))]);
            match ProfileSet::load(&env, None) {
                Err(err @ ProfileError::Read { .. }) => {
                    let message = err.to_string();
                    assert!(std::error::Error::source(&err).is_some(), "{err:?}");
                    let ProfileError::Read { kind, path: p, .. } = err else { unreachable!() };
                    assert_eq!(kind, want_kind, "{var}");
                    assert_eq!(p, PathBuf::from(&path));
                    assert!(message.contains(&path), "{message}");
                    assert!(message.starts_with(&format!("could not read AWS {want_kind} file")), "{message}");
                }
                other => panic!("{var}={path}: expected a read error, got {other:?}"),
            }
        }
    }

    #[test]
    fn load_parse_error_names_path() {
        let dir = TempDir::new("load-parse");
        let config = dir.write("config", b"[default]\nregion us-east-1\n");
        let env = Env::from_pairs([("AWS_CONFIG_FILE", config.to_string_lossy().into_owned())]);
        let err = ProfileSet::load(&env, None).unwrap_err();
        let message = err.to_string();
        assert!(message.contains(&*config.to_string_lossy()), "{message}");
        assert!(message.contains("line 2"), "{message}");
    }

    // ---- resolved settings ------------------------------------------------------------------

    fn set(config: &str, selected: &str) -> ProfileSet {
        ProfileSet::parse(config, "", selected).unwrap()
    }

    #[test]
    fn region_table() {
        let profiles = set("[default]\nregion = from-profile\n[profile empty]\nregion =", "default");
        let empty = set("[profile empty]\nregion =", "empty");
        let cases: &[(Pairs, &ProfileSet, Option<&str>)] = &[
            (&[("AWS_REGION", "a"), ("AWS_DEFAULT_REGION", "b")], &profiles, Some("a")),
            (&[("AWS_REGION", ""), ("AWS_DEFAULT_REGION", "b")], &profiles, Some("b")),
            (&[], &profiles, Some("from-profile")),
            (&[], &empty, None),
            (&[("AWS_DEFAULT_REGION", "b")], &empty, Some("b")),
        ];
        for (pairs, profiles, want) in cases {
            let env = Env::from_pairs(pairs.iter().copied());
            assert_eq!(region(&env, profiles).as_deref(), *want, "{pairs:?}");
        }
    }

    const ENDPOINT_CONFIG: &str = "\
[profile global]
endpoint_url = https://global.profile

[profile specific]
services = svc
endpoint_url = https://global.profile

[profile specific-only]
services = svc

[profile other-service]
services = svc-other
endpoint_url = https://global.profile

[profile ignore]
services = svc
endpoint_url = https://global.profile
ignore_configured_endpoint_urls = TRUE

[profile not-ignore]
endpoint_url = https://global.profile
ignore_configured_endpoint_urls = false

[profile bad-ignore]
endpoint_url = https://global.profile
ignore_configured_endpoint_urls = maybe

[services svc]
partnercentral_channel =
  endpoint_url = https://service.profile

[services svc-other]
s3 =
  endpoint_url = https://s3.profile
";

    #[test]
    fn configured_endpoint_url_table() {
        const SVC_ENV: (&str, &str) = ("AWS_ENDPOINT_URL_PARTNERCENTRAL_CHANNEL", "https://service.env");
        const GLOBAL_ENV: (&str, &str) = ("AWS_ENDPOINT_URL", "https://global.env");
        const IGNORE_ENV: (&str, &str) = ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true");
        let cases: &[(&str, Pairs, Option<&str>)] = &[
            ("global", &[SVC_ENV, GLOBAL_ENV], Some("https://service.env")),
            ("global", &[GLOBAL_ENV], Some("https://global.env")),
            ("specific", &[GLOBAL_ENV], Some("https://global.env")),
            ("specific", &[], Some("https://service.profile")),
            ("specific-only", &[], Some("https://service.profile")),
            ("global", &[], Some("https://global.profile")),
            ("other-service", &[], Some("https://global.profile")),
            ("missing-profile", &[], None),
            ("missing-profile", &[GLOBAL_ENV], Some("https://global.env")),
            ("specific", &[SVC_ENV, GLOBAL_ENV, IGNORE_ENV], None),
            ("specific", &[("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "False")], Some("https://service.profile")),
            ("ignore", &[SVC_ENV], None),
            ("ignore", &[("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "false"), SVC_ENV], Some("https://service.env")),
            ("not-ignore", &[], Some("https://global.profile")),
            ("bad-ignore", &[], Some("https://global.profile")),
            ("specific", &[("AWS_ENDPOINT_URL_PARTNERCENTRAL_CHANNEL", ""), GLOBAL_ENV], Some("https://global.env")),
            ("specific", &[("AWS_ENDPOINT_URL_S3", "https://s3.env")], Some("https://service.profile")),
        ];
        for (profile, pairs, want) in cases {
            let profiles = set(ENDPOINT_CONFIG, profile);
            let env = Env::from_pairs(pairs.iter().copied());
            let got = configured_endpoint_url(&env, &profiles, "PARTNERCENTRAL_CHANNEL", "partnercentral_channel");
            assert_eq!(got.as_deref(), *want, "profile {profile}, env {pairs:?}");
        }
    }

    #[test]
    fn configured_endpoint_url_normalizes_service_names() {
        let profiles = set(ENDPOINT_CONFIG, "specific");
        let env = Env::from_pairs([("AWS_ENDPOINT_URL_PARTNERCENTRAL_CHANNEL", "https://e")]);
        assert_eq!(
            configured_endpoint_url(&env, &profiles, "PartnerCentral Channel", "x").as_deref(),
            Some("https://e")
        );
        assert_eq!(
            configured_endpoint_url(&env, &profiles, "partnercentral-channel", "x").as_deref(),
            Some("https://e")
        );
        let env = Env::from_pairs(Vec::<(String, String)>::new());
        for key in ["PartnerCentral Channel", "partnercentral-channel"] {
            assert_eq!(
                configured_endpoint_url(&env, &profiles, "X", key).as_deref(),
                Some("https://service.profile"),
                "{key}"
            );
        }
    }

    #[test]
    fn ignore_configured_endpoint_urls_errors() {
        let profiles = set(ENDPOINT_CONFIG, "bad-ignore");
        let env = Env::from_pairs(Vec::<(String, String)>::new());
        let err = ignore_configured_endpoint_urls(&env, &profiles).unwrap_err();
        assert!(matches!(err, ProfileError::InvalidValue(_)), "{err:?}");
        assert_eq!(
            err.to_string(),
            "invalid value `maybe` for profile `bad-ignore` setting `ignore_configured_endpoint_urls`: expected `true` or `false`"
        );
        let env = Env::from_pairs([("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "1")]);
        let profiles = set(ENDPOINT_CONFIG, "global");
        assert!(ignore_configured_endpoint_urls(&env, &profiles).is_err());
        assert_eq!(configured_endpoint_url(&env, &profiles, "X", "x").as_deref(), Some("https://global.profile"));
    }

    #[test]
    fn use_fips_table() {
        let cases: &[(&str, Pairs, Result<bool, &str>)] = &[
            ("", &[], Ok(false)),
            ("", &[("AWS_USE_FIPS_ENDPOINT", "true")], Ok(true)),
            ("", &[("AWS_USE_FIPS_ENDPOINT", "TRUE")], Ok(true)),
            ("use_fips_endpoint = true", &[], Ok(true)),
            ("use_fips_endpoint = True", &[("AWS_USE_FIPS_ENDPOINT", "false")], Ok(false)),
            ("use_fips_endpoint = false", &[("AWS_USE_FIPS_ENDPOINT", "true")], Ok(true)),
            ("use_fips_endpoint =", &[], Ok(false)),
            ("", &[("AWS_USE_FIPS_ENDPOINT", "1")], Err("environment variable `AWS_USE_FIPS_ENDPOINT`")),
            (
                "use_fips_endpoint = true",
                &[("AWS_USE_FIPS_ENDPOINT", "on")],
                Err("environment variable `AWS_USE_FIPS_ENDPOINT`"),
            ),
            ("use_fips_endpoint = yes", &[], Err("profile `p` setting `use_fips_endpoint`")),
        ];
        for (props, pairs, want) in cases {
            let profiles = set(&format!("[profile p]\n{props}"), "p");
            let env = Env::from_pairs(pairs.iter().copied());
            match (use_fips(&env, &profiles), want) {
                (Ok(got), Ok(want)) => assert_eq!(got, *want, "{props:?} {pairs:?}"),
                (Err(e), Err(fragment)) => assert!(e.to_string().contains(fragment), "{e}"),
                (got, want) => panic!("{props:?} {pairs:?}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn max_attempts_table() {
        type Want = Result<Option<u32>, &'static str>;
        let cases: &[(&str, Pairs, Want)] = &[
            ("", &[], Ok(None)),
            ("", &[("AWS_MAX_ATTEMPTS", "3")], Ok(Some(3))),
            ("", &[("AWS_MAX_ATTEMPTS", " 7 ")], Ok(Some(7))),
            ("max_attempts = 5", &[], Ok(Some(5))),
            ("max_attempts = 5", &[("AWS_MAX_ATTEMPTS", "2")], Ok(Some(2))),
            ("max_attempts =", &[], Ok(None)),
            ("", &[("AWS_MAX_ATTEMPTS", "0")], Err("environment variable `AWS_MAX_ATTEMPTS`")),
            ("", &[("AWS_MAX_ATTEMPTS", "-1")], Err("environment variable `AWS_MAX_ATTEMPTS`")),
            ("", &[("AWS_MAX_ATTEMPTS", "three")], Err("`three`")),
            ("", &[("AWS_MAX_ATTEMPTS", "99999999999")], Err("whole number")),
            ("max_attempts = 2.5", &[], Err("profile `p` setting `max_attempts`")),
        ];
        for (props, pairs, want) in cases {
            let profiles = set(&format!("[profile p]\n{props}"), "p");
            let env = Env::from_pairs(pairs.iter().copied());
            match (max_attempts(&env, &profiles), want) {
                (Ok(got), Ok(want)) => assert_eq!(got, *want, "{props:?} {pairs:?}"),
                (Err(e), Err(fragment)) => assert!(e.to_string().contains(fragment), "{e}"),
                (got, want) => panic!("{props:?} {pairs:?}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn arbitrary_input_never_panics() {
        // A crude fuzz over tricky fragments: every pair, both files.
        let fragments = [
            "",
            "[",
            "]",
            "[]",
            "[ ]",
            "[profile",
            "[profile ]",
            "=",
            " =",
            " = x",
            "a=",
            "\t",
            "#",
            ";",
            "\u{feff}",
            "😂",
            "[😂]",
            "[profile 😂]",
            "a = 😂 ; x",
            "\r",
            "\n",
            " \n",
            "k =\n",
            " k",
            "[services]",
            "[sso-session ]",
            "a]",
            "[a]b",
            "[default];",
            "key=\u{0}",
        ];
        for a in fragments {
            for b in fragments {
                let text = format!("{a}\n{b}\n{a}{b}");
                let _ = ProfileSet::parse(&text, &text, "default");
                let _ = ProfileSet::parse(&text, "", "");
            }
        }
    }
}
