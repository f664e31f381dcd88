//! The client: fills, validates, serializes, resolves, signs, sends and decodes one operation.

use std::marker::PhantomData;
use std::ops::Deref;
use std::sync::{Arc, OnceLock};

use crate::compression;
use crate::config::Config;
use crate::credentials::ProvideCredentials;
use crate::error::{ConfigError, Error, ErrorKind, ServiceError, TransportError};
use crate::host_prefix;
use crate::http::{HttpRequest, HttpResponse};
use crate::interceptor::{CallOptions, Hook, InputContext, Interceptors, Outcome};
use crate::operation::{Operation, OperationError, SendsOperationsOf, Service};
use crate::protocol::{Protocol, RequestContext};
use crate::retry::{ClockOffset, RetryQuota};
use crate::shape;
use crate::sign::{self, Scheme, SigningParams};
use crate::telemetry;
use crate::transport::{Limits, Transport};

/// The `User-Agent` prefix of every request.
pub const USER_AGENT: &str = concat!("aws-operation/", env!("CARGO_PKG_VERSION"));

/// An output with the response's metadata; dereferences to the output.
#[derive(Debug, Clone)]
pub struct Response<O> {
    output: O,
    request_id: Option<String>,
    extended_request_id: Option<String>,
}

impl<O> Response<O> {
    /// The request id of the response (`x-amzn-RequestId`, or where the protocol puts it).
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// S3's extended request id, the `x-amz-id-2` header, which AWS support asks for with the
    /// request id.
    pub fn extended_request_id(&self) -> Option<&str> {
        self.extended_request_id.as_deref()
    }

    /// The output alone.
    pub fn into_inner(self) -> O {
        self.output
    }
}

/// A presigned request (see [`Client::presign`]).
#[derive(Clone, PartialEq, Eq)]
pub struct Presigned {
    /// `GET`, `PUT`, ...
    pub method: String,
    /// The URL, the signature in its query string.
    pub url: String,
    /// The headers to send with it, as they were signed (`host` aside, which any client sends).
    pub headers: Vec<(String, String)>,
}

impl std::fmt::Debug for Presigned {
    /// The URL is a credential until it expires: only its path is shown.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = self.url.split('?').next().unwrap_or_default();
        f.debug_struct("Presigned").field("method", &self.method).field("url", &format!("{path}?<signed>")).finish()
    }
}

impl<O> Deref for Response<O> {
    type Target = O;
    fn deref(&self) -> &O {
        &self.output
    }
}

mod attempt;
mod route;

use attempt::{Plan, Rejection, Stop};
use route::{Route, RouteCache, RouteKey, RouteRef, RouteScheme};

/// Where one call would go and how it would be signed (see [`Client::endpoint_for`]).
#[doc(hidden)]
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ResolvedRoute {
    /// The endpoint URL, before any host prefix.
    pub url: String,
    /// The headers the endpoint adds to requests.
    pub headers: Vec<(String, String)>,
    /// The signing name.
    pub signing_name: String,
    /// The signing region, or the SigV4a region set.
    pub signing_region: String,
}

struct Inner {
    config: Config,
    transport: crate::http_client::SharedHttpClient,
    /// The route of operations that bind nothing from their input, for credentials that name no
    /// account: resolved once.
    route: OnceLock<Route>,
    /// The routes of the other calls, by what chose them.
    routes: RouteCache,
    /// Whether the rule set declares `AWS::Auth::AccountId`, so that routes depend on the
    /// credentials.
    uses_account_id: OnceLock<bool>,
    /// The endpoint parameters that can change the route (`route::significant_parameters`).
    significant: OnceLock<Option<std::collections::BTreeSet<String>>>,
    /// `user-agent`, with the application name: the same for every call.
    user_agent: String,
    /// Spent by retries, refilled by successes; shared by every call of the client.
    quota: RetryQuota,
    /// The service's clock relative to ours, learned when it rejects a request for its time.
    clock_offset: ClockOffset,
}

/// A client of the service `S`: cheap to clone, `Send + Sync`, connections pooled.
pub struct Client<S> {
    inner: Arc<Inner>,
    service: PhantomData<fn() -> S>,
}

impl<S> Clone for Client<S> {
    fn clone(&self) -> Self {
        Self { inner: Arc::clone(&self.inner), service: PhantomData }
    }
}

impl<S> std::fmt::Debug for Client<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client").field("config", &self.inner.config).finish_non_exhaustive()
    }
}

impl<S: Service> Client<S> {
    /// A client with this config; fails only if the HTTP client cannot be built.
    pub fn new(config: &Config) -> Result<Self, ConfigError> {
        Ok(Self { inner: Inner::new(config)?, service: PhantomData })
    }

    /// The config the client was built with.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The endpoint URL requests go to, resolving it if needed.
    pub fn endpoint_url(&self) -> Result<String, ConfigError> {
        self.route().map(|r| r.url.clone())
    }

    /// The signing name and the region (or SigV4a region set) requests are signed for.
    pub fn signing_scope(&self) -> Result<(String, String), ConfigError> {
        let route = self.route()?;
        Ok((route.signing_name.clone(), route.signing_region().to_owned()))
    }

    /// Where a call with `input` would go, its endpoint's headers and its signing scope, resolved
    /// as [`Client::send`] resolves them (the credentials are asked for their account if the
    /// rule set routes by account), without sending anything.
    #[doc(hidden)]
    pub async fn endpoint_for<O: Operation>(&self, input: &O) -> Result<ResolvedRoute, ConfigError>
    where
        S: SendsOperationsOf<O::Service>,
    {
        let route = self.route_for(input).await?;
        Ok(ResolvedRoute {
            url: route.url.clone(),
            headers: route.headers.clone(),
            signing_name: route.signing_name.clone(),
            signing_region: route.signing_region().to_owned(),
        })
    }

    /// How many routes the client keeps for calls whose endpoint depends on their input; at most
    /// a hundred.
    #[doc(hidden)]
    pub fn cached_routes(&self) -> usize {
        self.inner.routes.len()
    }

    /// The tokens left in the client's retry quota (see [`RetryQuota`]), shared by its clones.
    pub fn retry_quota(&self) -> u32 {
        self.inner.quota.available()
    }

    /// How many milliseconds ahead of this machine's clock (negative: behind) requests are
    /// signed: 0 until the service rejects one for its time, then what its `Date` said.
    pub fn clock_offset_millis(&self) -> i64 {
        self.inner.clock_offset.millis()
    }

    /// The pages of a list operation, as a stream.
    pub fn paginate<O: crate::paginate::Paginated>(&self, input: O) -> crate::paginate::Paginator<S, O>
    where
        S: SendsOperationsOf<O::Service>,
    {
        crate::paginate::Paginator::new(self.clone(), Ok(input))
    }

    /// Sends one operation and waits for its output, retrying as [`crate::retry`] describes.
    ///
    /// The call is a span of `tracing` (`aws.call`), each attempt one inside it: see
    /// [`crate::telemetry`].
    pub async fn send<O>(&self, input: O) -> Result<Response<O::Output>, Error<O::Error>>
    where
        O: Operation,
        S: SendsOperationsOf<O::Service>,
    {
        self.send_with(input, &CallOptions::default()).await
    }

    /// [`Client::send`], with `options` for this call: interceptors of its own, run after the
    /// client's.
    pub async fn send_with<O>(&self, input: O, options: &CallOptions) -> Result<Response<O::Output>, Error<O::Error>>
    where
        O: Operation,
        S: SendsOperationsOf<O::Service>,
    {
        let (service, operation) = (<O::Service as Service>::SERVICE_ID, O::NAME);
        let interceptors = Interceptors { client: &self.inner.config.interceptors, call: &options.interceptors };
        let span = telemetry::call_span(service, operation);
        let call = self.call(input, &span, interceptors);
        let mut result = tracing::Instrument::instrument(call, span.clone()).await;
        if !interceptors.is_empty() {
            let outcome = Outcome {
                service,
                operation,
                output: result.as_ref().ok().map(|r| &r.output as &dyn std::any::Any),
                error: result.as_ref().err().map(|e| e as &(dyn std::error::Error + 'static)),
                request_id: match &result {
                    Ok(response) => response.request_id(),
                    Err(Error::Service(e)) => e.meta.request_id.as_deref(),
                    Err(_) => None,
                },
            };
            let after = interceptors.run(Hook::ReadAfterExecution, |i| i.read_after_execution(&outcome));
            if let Err(e) = after {
                result = Err(Error::Interceptor(e));
            }
        }
        if !span.is_disabled() {
            let (status, request_id, failure) = match &result {
                Ok(response) => (None, response.request_id(), None),
                Err(Error::Service(e)) => {
                    (Some(e.meta.status), e.meta.request_id.as_deref(), Some((ErrorKind::Service, Some(&*e.meta.code))))
                }
                Err(Error::Response { status, request_id, .. }) => {
                    (Some(*status), request_id.as_deref(), Some((ErrorKind::Response, None)))
                }
                Err(e) => (None, None, Some((e.kind(), None))),
            };
            telemetry::call_outcome(&span, status, request_id, failure);
        }
        result
    }

    /// [`Client::send`] within its span.
    async fn call<O>(
        &self,
        mut input: O,
        span: &tracing::Span,
        interceptors: Interceptors<'_>,
    ) -> Result<Response<O::Output>, Error<O::Error>>
    where
        O: Operation,
        S: SendsOperationsOf<O::Service>,
    {
        let config = &self.inner.config;
        if !interceptors.is_empty() {
            let cx = InputContext { service: <O::Service as Service>::SERVICE_ID, operation: O::NAME, input: &input };
            interceptors
                .run(Hook::ReadBeforeSerialization, |i| i.read_before_serialization(&cx))
                .map_err(Error::Interceptor)?;
        }
        let (request, route) = self.prepare(&mut input, false).await?;
        if let Some(id) = request.header("amz-sdk-invocation-id") {
            span.record("aws.invocation_id", id);
        }
        let credentials = match config.credentials.as_deref() {
            _ if O::UNSIGNED => None,
            Some(credentials) => Some(credentials),
            None => return Err(Error::Config(ConfigError::NoCredentials)),
        };
        let attempts = self.attempts::<O>(&request, &route, credentials, span, interceptors);
        match config.operation_timeout {
            None => attempts.await,
            Some(limit) => tokio::time::timeout(limit, attempts)
                .await
                .unwrap_or(Err(Error::Transport(TransportError::OperationTimeout(limit)))),
        }
    }

    /// A presigned request of one operation: its method, its URL with the signature in the
    /// query string, valid for `expires_in` (at most 7 days), and the headers that must be sent
    /// with it (those the input binds); anyone holding it can send it with any HTTP client.
    /// The input is validated and serialized as [`Client::send`] would, its endpoint resolved
    /// and its credentials fetched; nothing is sent. A body the input holds is not part of it:
    /// the sender sends one (S3's payload is signed as `UNSIGNED-PAYLOAD`).
    pub async fn presign<O>(&self, mut input: O, expires_in: std::time::Duration) -> Result<Presigned, Error<O::Error>>
    where
        O: Operation,
        S: SendsOperationsOf<O::Service>,
    {
        let config = &self.inner.config;
        let (mut request, route) = self.prepare(&mut input, true).await?;
        let provider = config.credentials.as_deref().ok_or(Error::Config(ConfigError::NoCredentials))?;
        let credentials =
            provider.provide_credentials().await.map_err(|e| Error::Config(ConfigError::Credentials(e)))?;
        let RouteScheme::SigV4 { region } = &route.scheme else {
            return Err(Error::Config(ConfigError::Signing(sign::SigningError::Rejected {
                message: "presigning is SigV4's; this operation's endpoint signs with SigV4a".into(),
            })));
        };
        let params = SigningParams {
            credentials: &credentials,
            scheme: Scheme::SigV4 { region },
            signing_name: &route.signing_name,
            time: self.inner.clock_offset.apply(config.clock.now()),
            settings: S::SIGNING,
        };
        sign::presign(&mut request, &params, expires_in).map_err(|e| Error::Config(ConfigError::Signing(e)))?;
        let headers = request.headers.into_iter().filter(|(name, _)| name != "host").collect();
        Ok(Presigned { method: request.method, url: request.url, headers })
    }

    /// What a call does before signing: the idempotency token filled, the input validated, its
    /// route resolved and its request built (and compressed) once, for every attempt to send the
    /// same bytes; for a presigned request, as [`Client::build_request`] says.
    async fn prepare<O>(&self, input: &mut O, presigned: bool) -> Result<(HttpRequest, RouteRef<'_>), Error<O::Error>>
    where
        O: Operation,
        S: SendsOperationsOf<O::Service>,
    {
        if let Some(slot) = input.idempotency_token()
            && slot.is_none()
        {
            *slot = Some(self.inner.config.tokens.token());
        }
        shape::validate(&*input).map_err(Error::InvalidInput)?;
        let route = self.route_for(&*input).await.map_err(Error::Config)?;
        let request = self.build_request::<O>(input, &route, presigned)?;
        Ok((request, route))
    }

    /// Signs and sends `request` until it succeeds, fails for good, or runs out of attempts or
    /// retry quota (`attempt.rs`), decoding the service's errors and the output here.
    async fn attempts<O: Operation>(
        &self,
        request: &HttpRequest,
        route: &Route,
        credentials: Option<&dyn ProvideCredentials>,
        call_span: &tracing::Span,
        interceptors: Interceptors<'_>,
    ) -> Result<Response<O::Output>, Error<O::Error>>
    where
        S: SendsOperationsOf<O::Service>,
    {
        let mut last_error = None;
        let mut decode = |response: &HttpResponse| {
            let service = decode_error::<S::Protocol, O>(response, S::QUERY_COMPATIBLE);
            let rejection = Rejection { code: service.meta.code.clone(), retryable: service.error.retryable().0 };
            last_error = Some(service);
            rejection
        };
        let plan = Plan {
            request,
            route,
            credentials,
            signing: S::SIGNING,
            streams: streams_output::<O::Output>(),
            error_in_success: S::Protocol::error_in_success,
            call_span,
            interceptors,
            service: <O::Service as Service>::SERVICE_ID,
            operation: O::NAME,
        };
        match self.inner.attempts(plan, &mut decode).await {
            Ok((response, stream)) => {
                let validate = O::HTTP_CHECKSUM.filter(|c| crate::checksum::validates(request, c));
                decode_output::<S::Protocol, O>(&response, stream, validate.as_ref())
            }
            Err(Stop::Failed(e)) => Err(e.into()),
            Err(Stop::Service) => Err(Error::Service(last_error.expect("the loop stops on a decoded error"))),
        }
    }

    /// The request of `input`, before signing; for a presigned one (`presigned`), without the
    /// checksums its holder's body would not match and the headers of the SDK's own calls.
    fn build_request<O: Operation>(
        &self,
        input: &O,
        route: &Route,
        presigned: bool,
    ) -> Result<HttpRequest, Error<O::Error>> {
        let config = &self.inner.config;
        let url = match O::HOST_PREFIX {
            Some(template) if !config.disable_host_prefix_injection => {
                let prefix =
                    host_prefix::expand(template, &|name| input.host_label(name)).map_err(Error::InvalidInput)?;
                host_prefix::apply(&route.url, &prefix).map_err(Error::Config)?
            }
            _ => route.url.clone(),
        };
        let cx = RequestContext {
            endpoint_url: &url,
            target_prefix: S::TARGET_PREFIX,
            api_version: S::API_VERSION,
            query_compatible: S::QUERY_COMPATIBLE,
        };
        let request = S::Protocol::request(input, &cx).map_err(Error::InvalidInput)?;
        let traits = RequestTraits {
            compression: O::REQUEST_COMPRESSION,
            checksum_required: O::HTTP_CHECKSUM_REQUIRED,
            checksum: O::HTTP_CHECKSUM,
        };
        self.inner.finish_request(request, route, &traits, presigned).map_err(Error::InvalidInput)
    }

    /// The client's own route: that of operations that bind nothing, without an account.
    fn route(&self) -> Result<&Route, ConfigError> {
        if let Some(route) = self.inner.route.get() {
            return Ok(route);
        }
        let route = route::resolve::<S>(&self.inner.config, &[], None)?;
        telemetry::endpoint_resolved(&route.url);
        Ok(self.inner.route.get_or_init(|| route))
    }

    /// The route of a call with `input`: the client's own unless the operation binds parameters
    /// or the credentials name an account the rule set routes by, else one resolved for those
    /// values, or kept from an earlier call with the same.
    async fn route_for<O: Operation>(&self, input: &O) -> Result<RouteRef<'_>, ConfigError>
    where
        S: SendsOperationsOf<O::Service>,
    {
        let account_id = match self.inner.config.credentials.as_deref() {
            Some(provider) if !O::UNSIGNED && *self.inner.uses_account_id.get_or_init(route::uses_account_id::<S>) => {
                let credentials = provider.provide_credentials().await.map_err(ConfigError::Credentials)?;
                credentials.account_id().map(str::to_owned)
            }
            _ => None,
        };
        if O::ENDPOINT_PARAMS.is_empty() && account_id.is_none() {
            return self.route().map(RouteRef::Client);
        }
        let significant = self.inner.significant.get_or_init(route::significant_parameters::<S>);
        let key = RouteKey::of(input, account_id, &|name| significant.as_ref().is_none_or(|set| set.contains(name)));
        if let Some(route) = self.inner.routes.get(&key) {
            return Ok(RouteRef::Call(route));
        }
        let route = Arc::new(route::resolve::<S>(&self.inner.config, &key.bound::<O>(), key.account_id())?);
        telemetry::endpoint_resolved(&route.url);
        self.inner.routes.insert(key, Arc::clone(&route));
        Ok(RouteRef::Call(route))
    }
}

/// Whether an output takes its body as a stream: it has a streaming payload member.
fn streams_output<T: crate::shape::Shape>() -> bool {
    match T::type_schema() {
        crate::schema::TypeSchema::Shape(shape) => shape.members.iter().any(|m| m.streaming),
        _ => false,
    }
}

impl Inner {
    /// The state of a client, shared by its clones; not generic, so that it is built and
    /// dropped by code compiled here, once.
    #[inline(never)]
    fn new(config: &Config) -> Result<Arc<Self>, ConfigError> {
        let limits = Limits {
            connect_timeout: config.connect_timeout,
            read_timeout: config.read_timeout,
            max_response_bytes: config.max_response_bytes,
        };
        let transport: crate::http_client::SharedHttpClient = match &config.http_client {
            Some(client) => Arc::clone(client),
            None => Arc::new(Transport::new(limits, config.connect_to, &config.network, config.http_versions)?),
        };
        let inner = Inner {
            config: config.clone(),
            transport,
            route: OnceLock::new(),
            routes: RouteCache::default(),
            uses_account_id: OnceLock::new(),
            significant: OnceLock::new(),
            user_agent: match &config.app_name {
                Some(app) => format!("{USER_AGENT} app/{app}"),
                None => USER_AGENT.to_owned(),
            },
            quota: RetryQuota::new(),
            clock_offset: ClockOffset::default(),
        };
        Ok(Arc::new(inner))
    }

    /// What every request gets after its protocol wrote it: the endpoint's headers, compression
    /// and checksums as the operation's traits ask, the user agent and the invocation id.
    fn finish_request(
        &self,
        mut request: HttpRequest,
        route: &Route,
        traits: &RequestTraits,
        presigned: bool,
    ) -> Result<HttpRequest, crate::validate::Violations> {
        let config = &self.config;
        for (name, value) in &route.headers {
            request.set_header(name, value.clone());
        }
        // A streamed body is sent as it comes: neither compressed nor hashed first.
        let streamed = request.stream.is_some();
        if let Some(encoding) = traits.compression
            && !config.disable_request_compression
            && !streamed
            && !presigned
        {
            compression::compress(&mut request, encoding, config.request_min_compression_size_bytes);
        }
        if traits.checksum_required && !streamed && !presigned {
            use md5::Digest as _;
            let digest = md5::Md5::digest(&request.body);
            request.set_header("content-md5", crate::types::base64_encode(&digest));
        }
        if let Some(checksum) = traits.checksum.as_ref().filter(|_| !presigned) {
            let (calculation, validation) = (config.request_checksum_calculation, config.response_checksum_validation);
            crate::checksum::prepare_request(&mut request, checksum, calculation, validation)?;
        }
        request.set_header("user-agent", self.user_agent.clone());
        // From the token generator, so that an injected one makes whole requests reproducible.
        request.set_header("amz-sdk-invocation-id", self.config.tokens.token());
        Ok(request)
    }
}

/// The traits of an operation that shape its request after serialization.
struct RequestTraits {
    compression: Option<compression::Encoding>,
    checksum_required: bool,
    checksum: Option<crate::checksum::HttpChecksum>,
}

/// Plain HTTP goes only to loopback unless the user allows it.
fn check_scheme(url: &str, allow_http: bool) -> Result<(), ConfigError> {
    let parsed = crate::transport::uri::parse(url).ok_or_else(|| ConfigError::InvalidEndpoint(url.to_owned()))?;
    match parsed.scheme_str() {
        Some("https") => Ok(()),
        Some("http") if allow_http => Ok(()),
        Some("http") => {
            let loopback = crate::transport::uri::Host::of(&parsed).is_some_and(|host| host.is_loopback());
            if loopback { Ok(()) } else { Err(ConfigError::InsecureEndpoint(url.to_owned())) }
        }
        _ => Err(ConfigError::InvalidEndpoint(url.to_owned())),
    }
}

/// The output of a successful response; with `validate`, its body checked against the checksum
/// the response gives (a streamed body as it is read).
fn decode_output<P: Protocol, O: Operation>(
    response: &HttpResponse,
    mut stream: Option<crate::byte_stream::ByteStream>,
    validate: Option<&crate::checksum::HttpChecksum>,
) -> Result<Response<O::Output>, Error<O::Error>> {
    let request_id = P::request_id(response);
    if let Some((algorithm, expected)) =
        validate.and_then(|c| crate::checksum::response_checksum(c, &|n| response.header(n)))
    {
        match stream.take() {
            Some(body) => stream = Some(crate::checksum::checked(body, algorithm, expected)),
            None => {
                let mut hasher = algorithm.hasher();
                hasher.update(&response.body);
                if let Err(mismatch) = crate::checksum::verify(hasher, expected) {
                    return Err(Error::Response { status: response.status, request_id, source: mismatch.into() });
                }
            }
        }
    }
    let output = match stream {
        Some(stream) => P::streaming_output::<O::Output>(response, stream),
        None => P::output::<O::Output>(response),
    };
    match output {
        Ok(mut output) => {
            O::after_output(&mut output);
            Ok(Response { output, request_id, extended_request_id: extended_request_id(response) })
        }
        Err(source) => Err(Error::Response { status: response.status, request_id, source }),
    }
}

/// The `x-amz-id-2` header (S3).
fn extended_request_id(response: &HttpResponse) -> Option<String> {
    response.header("x-amz-id-2").map(str::to_owned)
}

fn decode_error<P: Protocol, O: Operation>(response: &HttpResponse, query_compatible: bool) -> ServiceError<O::Error> {
    let mut meta = P::error_meta(response, query_compatible);
    meta.message_sensitive = O::Error::message_is_sensitive(&meta.code);
    meta.extended_request_id = extended_request_id(response);
    let error = O::Error::from_wire::<P>(&meta, response);
    ServiceError { error, meta }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_http_only_for_loopback_unless_allowed() {
        for ok in ["https://x.example", "http://127.0.0.1:8080", "http://localhost/", "http://[::1]:1"] {
            assert!(check_scheme(ok, false).is_ok(), "{ok}");
        }
        assert!(matches!(check_scheme("http://10.0.0.1", false), Err(ConfigError::InsecureEndpoint(_))));
        assert!(check_scheme("http://10.0.0.1", true).is_ok());
        assert!(matches!(check_scheme("ftp://x", true), Err(ConfigError::InvalidEndpoint(_))));
        assert!(matches!(check_scheme("not a url", true), Err(ConfigError::InvalidEndpoint(_))));
    }
}
