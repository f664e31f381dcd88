//! Routes: where one call goes and how it is signed, from the service's endpoint rules and the
//! parameters they are given, most specific first (Smithy's order):
//!
//! 1. what the operation binds: `static_context_params`, `context_param` members and
//!    `operation_context_params` paths ([`crate::endpoint::binding`]);
//! 2. the config's client context parameters, by parameter name;
//! 3. built-ins, by the `builtIn` each parameter declares: `AWS::Region`, `AWS::UseFIPS`,
//!    `AWS::UseDualStack`, `SDK::Endpoint`, `AWS::Auth::AccountId` (the credentials' account),
//!    `AWS::Auth::AccountIdEndpointMode` and the S3, S3 Control and STS flags of the config;
//! 4. the rule set's defaults.
//!
//! A client resolves the route of operations that bind nothing from their input once
//! ([`Client`](super::Client) keeps it); the others' are kept in a [`RouteCache`] by the values
//! that chose them.

use std::any::TypeId;
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use crate::config::Config;
use crate::endpoint::{Endpoint, ParamSource, Params, Value};
use crate::error::ConfigError;
use crate::operation::{Operation, Service};

/// The built-in that names the credentials' account.
pub(super) const ACCOUNT_ID: &str = "AWS::Auth::AccountId";

/// Where and how requests are sent and signed, once resolved.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Route {
    pub(super) url: String,
    /// Headers the endpoint asks for, added to each request before it is signed; several values
    /// of one header are joined with commas.
    pub(super) headers: Vec<(String, String)>,
    pub(super) signing_name: String,
    pub(super) scheme: RouteScheme,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) enum RouteScheme {
    SigV4 {
        region: String,
    },
    #[cfg_attr(not(feature = "sigv4a"), allow(dead_code))]
    SigV4a {
        region_set: String,
    },
}

impl Route {
    /// The region (or SigV4a region set) requests are signed for.
    pub(super) fn signing_region(&self) -> &str {
        match &self.scheme {
            RouteScheme::SigV4 { region } => region,
            RouteScheme::SigV4a { region_set } => region_set,
        }
    }
}

/// The route of one call: the client's own, or one resolved for the call's parameters.
pub(super) enum RouteRef<'a> {
    Client(&'a Route),
    Call(Arc<Route>),
}

impl std::ops::Deref for RouteRef<'_> {
    type Target = Route;
    fn deref(&self) -> &Route {
        match self {
            RouteRef::Client(route) => route,
            RouteRef::Call(route) => route,
        }
    }
}

/// What decides a cached route besides the config: the operation (when it binds anything), the
/// values of what it binds from its input, in declaration order, and the credentials' account.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) struct RouteKey {
    operation: Option<TypeId>,
    values: Vec<Option<Value>>,
    account_id: Option<String>,
}

/// The input as a JSON document for the paths to read. Not generic, so that serde_json's
/// document parser is compiled here, not into every crate with an operation.
#[inline(never)]
fn json_document(json: &str) -> serde_json::Value {
    serde_json::from_str(json).unwrap_or(serde_json::Value::Null)
}

impl RouteKey {
    /// The key of a call of `O` with `input`, whose credentials name `account_id`; the values
    /// of the parameters the rule set ignores (`significant` says which it does not) are left
    /// out, so that calls that differ only in those share a route.
    pub(super) fn of<O: Operation>(input: &O, account_id: Option<String>, significant: &dyn Fn(&str) -> bool) -> Self {
        let params = O::ENDPOINT_PARAMS;
        let operation = (!params.is_empty()).then(TypeId::of::<O>);
        let mut document = None;
        let values = params
            .iter()
            .filter(|p| p.source.varies())
            .map(|p| match p.source {
                _ if !significant(p.name) => None,
                ParamSource::Member(member) => input.context_param(member),
                ParamSource::Path(path) => {
                    // Written once per call, for every path the operation has.
                    let document = document.get_or_insert_with(|| json_document(&crate::shape::to_json(input)));
                    path.value_in(document)
                }
                ParamSource::Static(_) => None,
            })
            .collect();
        Self { operation, values, account_id }
    }

    /// The parameters `O` binds, with their values: its static ones and those of the key.
    pub(super) fn bound<O: Operation>(&self) -> Vec<(&'static str, Value)> {
        let mut values = self.values.iter();
        let mut bound = Vec::with_capacity(O::ENDPOINT_PARAMS.len());
        for param in O::ENDPOINT_PARAMS {
            let value = match param.source {
                ParamSource::Static(value) => Some(value.to_value()),
                _ => values.next().cloned().flatten(),
            };
            if let Some(value) = value {
                bound.push((param.name, value));
            }
        }
        bound
    }

    pub(super) fn account_id(&self) -> Option<&str> {
        self.account_id.as_deref()
    }
}

/// Routes resolved for calls, by [`RouteKey`]; at most [`RouteCache::CAPACITY`], the oldest
/// dropped first, so that many distinct inputs cannot grow it without bound.
#[derive(Debug, Default)]
pub(super) struct RouteCache {
    entries: Mutex<Entries>,
}

#[derive(Debug, Default)]
struct Entries {
    routes: HashMap<RouteKey, Arc<Route>>,
    order: VecDeque<RouteKey>,
}

impl RouteCache {
    /// The most routes kept, as botocore keeps its resolutions.
    pub(super) const CAPACITY: usize = 100;

    pub(super) fn get(&self, key: &RouteKey) -> Option<Arc<Route>> {
        self.lock().routes.get(key).cloned()
    }

    pub(super) fn insert(&self, key: RouteKey, route: Arc<Route>) {
        let mut entries = self.lock();
        if entries.routes.insert(key.clone(), route).is_some() {
            return;
        }
        entries.order.push_back(key);
        while entries.order.len() > Self::CAPACITY {
            if let Some(oldest) = entries.order.pop_front() {
                entries.routes.remove(&oldest);
            }
        }
    }

    pub(super) fn len(&self) -> usize {
        self.lock().routes.len()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Entries> {
        // A panic while holding the lock leaves the map whole: every change is one call.
        self.entries.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Whether the service's rule set declares a parameter fed by the credentials' account.
/// The parameters of `S`'s rule set that can change its endpoints; `None` without rules (then
/// every parameter counts).
pub(super) fn significant_parameters<S: Service>() -> Option<std::collections::BTreeSet<String>> {
    S::endpoint_rules().and_then(|rules| rules.get().ok()).map(crate::endpoint::RuleSet::significant_parameters)
}

pub(super) fn uses_account_id<S: Service>() -> bool {
    S::endpoint_rules()
        .and_then(|rules| rules.get().ok())
        .is_some_and(|rules| rules.parameters().iter().any(|p| p.built_in() == Some(ACCOUNT_ID)))
}

/// Resolves the route of `S` for the parameters an operation binds (`bound`) and the
/// credentials' account.
pub(super) fn resolve<S: Service>(
    config: &Config,
    bound: &[(&'static str, Value)],
    account_id: Option<&str>,
) -> Result<Route, ConfigError> {
    let service = ServiceNames {
        id: S::SERVICE_ID,
        signing_name: S::SIGNING_NAME,
        endpoint_prefix: S::ENDPOINT_PREFIX,
        rules: S::endpoint_rules(),
    };
    resolve_for(&service, config, bound, account_id)
}

/// What resolving a route needs of a service; given as values, so that the resolution is
/// compiled once, not once per service.
struct ServiceNames {
    id: &'static str,
    signing_name: &'static str,
    endpoint_prefix: &'static str,
    rules: Option<&'static crate::operation::LazyRules>,
}

fn resolve_for(
    service: &ServiceNames,
    config: &Config,
    bound: &[(&'static str, Value)],
    account_id: Option<&str>,
) -> Result<Route, ConfigError> {
    let custom = config.endpoint_url_for(service.id);
    let Some(rules) = service.rules else {
        let url = match custom {
            Some(url) => url,
            None => {
                let region = config.region.as_deref().ok_or(ConfigError::NoRegion)?;
                crate::endpoint::classic_endpoint(
                    service.endpoint_prefix,
                    region,
                    config.use_fips,
                    config.use_dual_stack,
                )
                .map_err(ConfigError::Endpoint)?
            }
        };
        super::check_scheme(&url, config.allow_http)?;
        let region = config.region.clone().ok_or(ConfigError::NoRegion)?;
        return Ok(Route {
            url,
            headers: Vec::new(),
            signing_name: service.signing_name.to_owned(),
            scheme: RouteScheme::SigV4 { region },
        });
    };
    let rules = rules.get()?;
    let mut params = Params::new();
    for parameter in rules.parameters() {
        let Some(name) = parameter.built_in() else { continue };
        let value = match name {
            "SDK::Endpoint" => custom.clone().map(Value::String),
            ACCOUNT_ID => account_id.map(Value::from),
            other => built_in(config, other),
        };
        if let Some(value) = value {
            params = params.set(parameter.name(), value);
        }
    }
    for (name, value) in &config.endpoint_params.client_context_params {
        params = params.set(name.as_str(), value.clone());
    }
    for (name, value) in bound {
        params = params.set(*name, value.clone());
    }
    let endpoint = rules.resolve(&params).map_err(ConfigError::Endpoint)?;
    super::check_scheme(&endpoint.url, config.allow_http)?;
    route_of(endpoint, service.signing_name, config)
}

/// The config's value of a built-in other than the endpoint URL and the account.
fn built_in(config: &Config, name: &str) -> Option<Value> {
    match name {
        "AWS::Region" => config.region.clone().map(Value::String),
        "AWS::UseFIPS" => Some(Value::Bool(config.use_fips)),
        "AWS::UseDualStack" => Some(Value::Bool(config.use_dual_stack)),
        "AWS::Auth::AccountIdEndpointMode" => {
            Some(Value::from(config.endpoint_params.account_id_endpoint_mode().as_str()))
        }
        // The S3, S3 Control and STS flags, by their built-in names; unknown ones are unset.
        other => config.endpoint_params.flag(other).map(Value::Bool),
    }
}

/// The route to an endpoint: its headers, and the first auth scheme this build signs with
/// (SigV4a where the build supports it, else SigV4), whose signing name and region win over
/// the service's and the config's.
fn route_of(endpoint: Endpoint, service_signing_name: &str, config: &Config) -> Result<Route, ConfigError> {
    let headers = endpoint.headers.into_iter().map(|(name, values)| (name, values.join(","))).collect();
    for scheme in &endpoint.auth_schemes {
        let signing_name = scheme.signing_name.clone().unwrap_or_else(|| service_signing_name.to_owned());
        match scheme.name.as_str() {
            #[cfg(feature = "sigv4a")]
            "sigv4a" => {
                let region_set = scheme.signing_region_set.join(",");
                let region_set = if region_set.is_empty() { "*".to_owned() } else { region_set };
                return Ok(Route {
                    url: endpoint.url,
                    headers,
                    signing_name,
                    scheme: RouteScheme::SigV4a { region_set },
                });
            }
            "sigv4" => {
                let region =
                    scheme.signing_region.clone().or_else(|| config.region.clone()).ok_or(ConfigError::NoRegion)?;
                return Ok(Route { url: endpoint.url, headers, signing_name, scheme: RouteScheme::SigV4 { region } });
            }
            _ => {}
        }
    }
    let region = config.region.clone().ok_or(ConfigError::NoRegion)?;
    Ok(Route {
        url: endpoint.url,
        headers,
        signing_name: service_signing_name.to_owned(),
        scheme: RouteScheme::SigV4 { region },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(url: &str) -> Arc<Route> {
        Arc::new(Route {
            url: url.to_owned(),
            headers: Vec::new(),
            signing_name: "s".to_owned(),
            scheme: RouteScheme::SigV4 { region: "r".to_owned() },
        })
    }

    fn key(value: &str) -> RouteKey {
        RouteKey { operation: None, values: vec![Some(Value::from(value))], account_id: None }
    }

    #[test]
    fn the_cache_is_bounded_and_drops_the_oldest() {
        let cache = RouteCache::default();
        for i in 0..RouteCache::CAPACITY + 20 {
            cache.insert(key(&i.to_string()), route(&format!("https://{i}")));
        }
        assert_eq!(cache.len(), RouteCache::CAPACITY);
        assert!(cache.get(&key("0")).is_none() && cache.get(&key("19")).is_none());
        assert_eq!(cache.get(&key("20")).unwrap().url, "https://20");
        cache.insert(key("20"), route("https://again"));
        assert_eq!(cache.len(), RouteCache::CAPACITY, "replacing an entry adds none");
        assert_eq!(cache.get(&key("20")).unwrap().url, "https://again");
    }

    #[test]
    fn keys_tell_operations_values_and_accounts_apart() {
        let base = key("a");
        assert_ne!(base, RouteKey { operation: Some(TypeId::of::<u8>()), ..base.clone() });
        assert_ne!(base, RouteKey { account_id: Some("111111111111".to_owned()), ..base.clone() });
        assert_ne!(base, key("b"));
        assert_eq!(base, key("a"));
    }
}
