//! Where requests go and whom they trust: the HTTPS proxy and the CA bundle, read with the rest of
//! the configuration (`Config::from_env`), never behind its back from the process environment.
//!
//! * `HTTPS_PROXY` (else `https_proxy`) is the proxy of `https` URLs, reached with `CONNECT`; a URL
//!   without a scheme is taken as `http://`, and an `https://` one is reached over TLS itself.
//!   `NO_PROXY` (else `no_proxy`) lists hosts reached directly: comma-separated names (matching
//!   subdomains too), IP addresses or CIDR blocks, or `*` (see [`super::proxy`]). Plain `http`
//!   URLs (local endpoints) never use a proxy.
//! * `AWS_CA_BUNDLE` (else the profile's `ca_bundle`) is a PEM file of the certificates to trust;
//!   as with the AWS CLI, they replace the system's roots. A file that cannot be read, holds no
//!   certificate or a malformed one is an error when the config is built.

use std::fmt;
use std::io;
use std::path::PathBuf;

use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;

use super::proxy::{NoProxy, Proxy, redact_userinfo};
use super::tls::Tls;
use crate::env::{Env, env_origin};
use crate::error::ConfigError;
use crate::profile::ProfileSet;

/// Environment variables naming the proxy of `https` URLs, in order of precedence.
pub(crate) const HTTPS_PROXY_VARS: [&str; 2] = ["HTTPS_PROXY", "https_proxy"];
/// Environment variables listing hosts reached without the proxy, in order of precedence.
pub(crate) const NO_PROXY_VARS: [&str; 2] = ["NO_PROXY", "no_proxy"];
/// Environment variable naming the CA bundle.
pub(crate) const CA_BUNDLE_ENV: &str = "AWS_CA_BUNDLE";
/// Profile key naming the CA bundle.
pub(crate) const CA_BUNDLE_KEY: &str = "ca_bundle";

/// The proxy and trust settings of a transport. `Debug` hides the proxy's password.
#[derive(Clone, Default)]
pub(crate) struct NetworkSettings {
    https_proxy: Option<Proxy>,
    no_proxy: Option<String>,
    ca_bundle: Option<CaBundle>,
}

#[derive(Clone)]
struct CaBundle {
    path: PathBuf,
    certificates: Vec<CertificateDer<'static>>,
}

impl NetworkSettings {
    /// The settings of `env` and the selected profile of `profiles`.
    pub(crate) fn from_env(env: &Env, profiles: &ProfileSet) -> Result<Self, ConfigError> {
        let first = |vars: [&'static str; 2]| vars.into_iter().find_map(|var| env.get(var).map(|value| (var, value)));
        let https_proxy = match first(HTTPS_PROXY_VARS) {
            None => None,
            Some((var, value)) => {
                let url = if value.contains("://") { value.clone() } else { format!("http://{value}") };
                let proxy = Proxy::parse(&url).ok_or_else(|| ConfigError::InvalidSetting {
                    name: var.to_owned(),
                    value: redact_userinfo(&value),
                })?;
                Some(proxy)
            }
        };
        let no_proxy = first(NO_PROXY_VARS).map(|(_, value)| value);
        let bundle = match env.get(CA_BUNDLE_ENV) {
            Some(path) => Some((path, env_origin(CA_BUNDLE_ENV))),
            None => profiles.selected().and_then(|p| p.get_non_empty(CA_BUNDLE_KEY)).map(|path| {
                (path.to_owned(), format!("profile `{}` setting `{CA_BUNDLE_KEY}`", profiles.selected_name()))
            }),
        };
        let ca_bundle = match bundle {
            None => None,
            Some((path, origin)) => {
                let path = PathBuf::from(path);
                let certificates = read_bundle(&path).map_err(|source| ConfigError::CaBundle {
                    origin,
                    path: path.clone(),
                    source,
                })?;
                Some(CaBundle { path, certificates })
            }
        };
        Ok(Self { https_proxy, no_proxy, ca_bundle })
    }

    /// The proxy of `https` URLs, if one is configured, and the hosts it does not apply to.
    pub(crate) fn proxy(&self) -> Option<(Proxy, NoProxy)> {
        let no_proxy = self.no_proxy.as_deref().map(NoProxy::parse).unwrap_or_default();
        self.https_proxy.clone().map(|proxy| (proxy, no_proxy))
    }

    /// The TLS settings: the bundle's roots, else the system's.
    pub(crate) fn tls(&self) -> Result<Tls, rustls::Error> {
        Tls::new(self.ca_bundle.as_ref().map(|bundle| bundle.certificates.as_slice()))
    }
}

impl fmt::Debug for NetworkSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("NetworkSettings")
            .field("https_proxy", &self.https_proxy)
            .field("no_proxy", &self.no_proxy)
            .field("ca_bundle", &self.ca_bundle.as_ref().map(|b| &b.path))
            .finish()
    }
}

/// The certificates of a PEM file, each checked to be one.
fn read_bundle(path: &std::path::Path) -> io::Result<Vec<CertificateDer<'static>>> {
    let invalid = |message: String| io::Error::new(io::ErrorKind::InvalidData, message);
    let pem = std::fs::read(path)?;
    let certificates = CertificateDer::pem_slice_iter(&pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| invalid(format!("not a PEM file ({e:?})")))?;
    if certificates.is_empty() {
        return Err(invalid("no PEM certificate in the file".to_owned()));
    }
    let mut roots = rustls::RootCertStore::empty();
    for (i, certificate) in certificates.iter().enumerate() {
        roots
            .add(certificate.clone())
            .map_err(|e| invalid(format!("certificate {} is not a valid certificate ({e})", i + 1)))?;
    }
    Ok(certificates)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_from_env() {
        let profiles = ProfileSet::parse("", "", "default").unwrap();
        let env = Env::from_pairs([("https_proxy", "proxy.corp:3128"), ("no_proxy", "localhost")]);
        let settings = NetworkSettings::from_env(&env, &profiles).unwrap();
        assert_eq!(settings.https_proxy.as_ref().map(Proxy::text), Some("http://proxy.corp:3128"));
        assert_eq!(settings.no_proxy.as_deref(), Some("localhost"));
        let env = Env::from_pairs([("HTTPS_PROXY", "http://a:1"), ("https_proxy", "http://b:2"), ("NO_PROXY", "x")]);
        let settings = NetworkSettings::from_env(&env, &profiles).unwrap();
        assert_eq!(settings.https_proxy.as_ref().map(Proxy::text), Some("http://a:1"));
        assert!(settings.proxy().is_some_and(|(_, no_proxy)| no_proxy == NoProxy::parse("x")));
        assert!(settings.tls().is_ok());
        let env = Env::from_pairs([("HTTPS_PROXY", "https://user:secret@proxy.corp")]);
        let settings = NetworkSettings::from_env(&env, &profiles).unwrap();
        assert!(!format!("{settings:?}").contains("secret"), "{settings:?}");
        for bad in ["socks5://proxy:1080", "http://", "http://user:secret@proxy:99999", "user:secret@proxy:port"] {
            let env = Env::from_pairs([("HTTPS_PROXY", bad)]);
            let err = NetworkSettings::from_env(&env, &profiles).unwrap_err();
            assert!(
                matches!(&err, ConfigError::InvalidSetting { name, .. } if name == "HTTPS_PROXY"),
                "{bad}: {err:?}"
            );
            assert!(!err.to_string().contains("secret"), "{err}");
        }
    }
}
