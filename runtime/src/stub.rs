//! Typed test stubs for code that calls AWS: a client whose HTTP client is a set of stubs, each
//! an expected input of one operation (a matcher over the typed input) and the output or error
//! to answer it with.
//!
//! Nothing is short-circuited: the request is filled (idempotency tokens), validated, serialized
//! and signed as for AWS, and the stubs play the service with its protocol's server side
//! ([`ServerProtocol`]), so a stub sees only what the wire carried and its answer reaches the
//! code under test through the real decoding. For each request the stubs
//!
//! 1. route it to one of the stubbed operations ([`ServerProtocol::route`]);
//! 2. check its SigV4 signature against the credentials [`Stubs::config`] gave the client
//!    ([`crate::sign::verify`]; not its date, so a test's fixed clock signs as well as the real
//!    one), unless the model marks the operation unsigned and the request carries none;
//! 3. read its input strictly ([`ServerProtocol::read_input`]);
//! 4. answer with the first stub of that operation, in the order they were added, that is not
//!    used up and whose matcher accepts the input, written as the service writes it
//!    ([`ServerProtocol::write_output`], [`ServerProtocol::write_error`]).
//!
//! A request that fails one of these steps is an unexpected call: it is answered with an error
//! no operation models, code [`UNEXPECTED_CALL`], status 400, whose message names the operation
//! and shows the input (its `Debug`, which redacts sensitive members), and it is kept for
//! [`Stubs::check`], which also reports every stub not used as many times as it expects. A
//! service error rather than a transport one, because the runtime retries transport errors, which
//! would make each unexpected call three. Checking is explicit: nothing panics on drop.
//!
//! In outline (the README's "Testing code that calls AWS" runs a whole example):
//!
//! ```ignore
//! let stubs = Stubs::<Lambda>::new()
//!     .on::<GetFunction>(|input| input.function_name == "f", Ok(output))
//!     .on::<GetFunction>(|_| true, Err(GetFunctionError::ResourceNotFoundException(missing)))
//!     .unmodeled::<Invoke>(|_| true, "ThrottlingException", 429)
//!     .times(3);
//! let client = Lambda::new(&stubs.config(Config::builder().region("us-east-1"))?)?;
//! // ... the code under test ...
//! stubs.check()?;
//! ```
//!
//! What the stubs need and do not do:
//! - The service's protocol must have a server side: awsJson 1.0 and 1.1, restJson1, awsQuery
//!   and ec2Query do. restXml (S3) and rpcv2Cbor (CloudWatch over CBOR) have none, so
//!   `Stubs<S3>` does not compile (`ServerProtocol` is not implemented); CloudWatch can be stubbed
//!   as `Stubs<CloudWatchJson>`, the same operations over awsJson 1.0.
//!
//!   ```compile_fail
//!   # use aws_operation_runtime::operation::{LazyRules, Service};
//!   struct Cbor;
//!   impl Service for Cbor {
//!       const SERVICE_ID: &'static str = "Cbor";
//!       type Protocol = aws_operation_runtime::protocol::RpcV2Cbor;
//!       const TARGET_PREFIX: &'static str = "Cbor";
//!       const SIGNING_NAME: &'static str = "cbor";
//!       const API_VERSION: &'static str = "2020-01-01";
//!       const ENDPOINT_PREFIX: &'static str = "cbor";
//!       fn endpoint_rules() -> Option<&'static LazyRules> {
//!           None
//!       }
//!   }
//!   // rpcv2Cbor has no server side: `ServerProtocol` is not implemented for `RpcV2Cbor`.
//!   let _ = aws_operation_runtime::stub::Stubs::<Cbor>::new();
//!   ```
//! - Streamed request bodies and event streams are not read: such a call is unexpected.
//! - Retries happen as the config says: a stub answering a retryable error (throttling, a 5xx)
//!   is asked again by the next attempt, after the config's backoff. Give it `.times(n)`, and
//!   the config `.retry_base_delay(Duration::ZERO)` or `.max_attempts(1)` for a fast test.

use std::any::Any;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use crate::byte_stream::ByteStream;
use crate::config::{Config, ConfigBuilder};
use crate::credentials::Credentials;
use crate::error::{ConfigError, ResponseError};
use crate::http::{HttpRequest, HttpResponse};
use crate::http_client::{HttpClient, HttpClientError, HttpFuture, SendOptions};
use crate::operation::{Operation, OperationError, SendsOperationsOf, Service};
use crate::protocol::server::{OperationRoute, Refusal, Routed, ServerContext, ServerProtocol};

/// The error code an unexpected call is answered with: it reaches the caller as the
/// operation's unmodeled error.
pub const UNEXPECTED_CALL: &str = "UnexpectedCall";

/// The access key id of the credentials [`Stubs::new`] signs with.
pub const ACCESS_KEY_ID: &str = "AKIDSTUBS";

/// A set of stubs for the operations of the service `S`, and the HTTP client that answers with
/// them; see the [module](self) documentation. Clones share the stubs and their uses.
pub struct Stubs<S> {
    table: Arc<Mutex<Table>>,
    credentials: Credentials,
    service: PhantomData<fn() -> S>,
}

impl<S> Clone for Stubs<S> {
    fn clone(&self) -> Self {
        Self { table: Arc::clone(&self.table), credentials: self.credentials.clone(), service: PhantomData }
    }
}

impl<S> Stubs<S> {
    fn table(&self) -> MutexGuard<'_, Table> {
        // A matcher that panicked leaves the table as it was before it ran.
        self.table.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl<S: Service> fmt::Debug for Stubs<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let table = self.table();
        let operations: BTreeMap<_, _> = table.operations.iter().map(|(name, ops)| (*name, ops.stubs())).collect();
        f.debug_struct("Stubs")
            .field("service", &S::SERVICE_ID)
            .field("stubs", &operations)
            .field("unexpected", &table.unexpected.len())
            .finish()
    }
}

impl<S: Service> Default for Stubs<S>
where
    S::Protocol: ServerProtocol,
{
    fn default() -> Self {
        Self::new()
    }
}

impl<S: Service> Stubs<S>
where
    S::Protocol: ServerProtocol,
{
    /// No stubs yet, checking signatures made with test credentials (access key
    /// [`ACCESS_KEY_ID`], no session token).
    pub fn new() -> Self {
        Self {
            table: Arc::default(),
            credentials: Credentials::new(ACCESS_KEY_ID, "stubs-secret-access-key", None, None),
            service: PhantomData,
        }
    }

    /// Checks signatures made with `credentials` instead, which [`Stubs::config`] gives the
    /// client (to test code that passes a session token, say). Default: [`Stubs::new`]'s.
    #[must_use]
    pub fn with_credentials(mut self, credentials: Credentials) -> Self {
        self.credentials = credentials;
        self
    }

    /// Expects one call of `O` whose input `matches` accepts, and answers it with `reply`: the
    /// output, or one of the operation's errors (modeled or not). Written to the wire now, so
    /// the reply need not be `Clone`; [`Stubs::times`] and [`Stubs::always`] make it repeat.
    #[must_use]
    pub fn on<O>(self, matches: impl Fn(&O) -> bool + Send + Sync + 'static, reply: Result<O::Output, O::Error>) -> Self
    where
        O: Operation + fmt::Debug,
        S: SendsOperationsOf<O::Service>,
    {
        let response = written::<S::Protocol, O>(&reply);
        self.add::<O>(Box::new(matches), Box::new(move |_| response.clone()))
    }

    /// As [`Stubs::on`], with the reply made from the input each time the stub answers.
    #[must_use]
    pub fn on_with<O>(
        self,
        matches: impl Fn(&O) -> bool + Send + Sync + 'static,
        reply: impl Fn(&O) -> Result<O::Output, O::Error> + Send + Sync + 'static,
    ) -> Self
    where
        O: Operation + fmt::Debug,
        S: SendsOperationsOf<O::Service>,
    {
        self.add::<O>(Box::new(matches), Box::new(move |input| written::<S::Protocol, O>(&reply(input))))
    }

    /// Expects one call of `O` whose input `matches` accepts, and answers it with an error no
    /// shape models: `code`, no message, `status` (a throttling code or 429 is retried by the
    /// runtime).
    #[must_use]
    pub fn unmodeled<O>(self, matches: impl Fn(&O) -> bool + Send + Sync + 'static, code: &str, status: u16) -> Self
    where
        O: Operation + fmt::Debug,
        S: SendsOperationsOf<O::Service>,
    {
        let response = S::Protocol::write_unmodeled_error(code, None, status);
        self.add::<O>(Box::new(matches), Box::new(move |_| response.clone()))
    }

    /// The stub added last answers `n` calls and expects exactly that many. Default: 1.
    ///
    /// # Panics
    ///
    /// If no stub was added yet.
    #[must_use]
    #[track_caller]
    pub fn times(self, n: usize) -> Self {
        self.set_last(Expected::Exactly(n))
    }

    /// The stub added last answers every call its matcher accepts, and expects at least one.
    ///
    /// # Panics
    ///
    /// If no stub was added yet.
    #[must_use]
    #[track_caller]
    pub fn always(self) -> Self {
        self.set_last(Expected::AtLeastOnce)
    }

    /// A config built from `builder` with these stubs as its HTTP client and their credentials
    /// as its credentials; the builder still needs a region.
    pub fn config(&self, builder: ConfigBuilder) -> Result<Config, ConfigError> {
        builder.credentials(self.credentials.clone()).http_client(self.clone()).build()
    }

    /// How many requests for `O` have arrived so far, answered or unexpected.
    pub fn calls<O: Operation>(&self) -> usize {
        self.table().operations.get(O::NAME).map_or(0, |ops| ops.calls())
    }

    /// Whether every stub was used as many times as it expects and no call was unexpected;
    /// otherwise every such stub (by operation and index) and every unexpected call.
    pub fn check(&self) -> Result<(), CheckError> {
        let table = self.table();
        let mut unused = Vec::new();
        for ops in table.operations.values() {
            ops.unused(&mut unused);
        }
        if unused.is_empty() && table.unexpected.is_empty() {
            Ok(())
        } else {
            Err(CheckError { unused, unexpected: table.unexpected.clone() })
        }
    }

    /// [`Stubs::check`], panicking with its report if it fails.
    ///
    /// # Panics
    ///
    /// If a stub was not used as expected, or a call was unexpected.
    #[track_caller]
    pub fn assert_checked(&self) {
        if let Err(e) = self.check() {
            panic!("{e}");
        }
    }

    fn add<O>(self, matches: Box<Matcher<O>>, respond: Box<Responder<O>>) -> Self
    where
        O: Operation + fmt::Debug,
    {
        {
            let mut table = self.table();
            let ops = table.operations.entry(O::NAME).or_insert_with(|| {
                Box::new(Typed::<S::Protocol, O> { stubs: Vec::new(), calls: 0, protocol: PhantomData })
            });
            let typed = ops
                .as_any_mut()
                .downcast_mut::<Typed<S::Protocol, O>>()
                // Two operations of one service never share a name: the service declares them.
                .expect("one type per operation name");
            typed.stubs.push(Stub { matches, respond, expected: Expected::Exactly(1), used: 0 });
            table.last = Some(O::NAME);
        }
        self
    }

    #[track_caller]
    fn set_last(self, expected: Expected) -> Self {
        {
            let mut table = self.table();
            let table = &mut *table;
            let Some(ops) = table.last.and_then(|name| table.operations.get_mut(name)) else {
                panic!("`times` and `always` apply to the stub added last: add one with `on` first")
            };
            ops.expect_last(expected);
        }
        self
    }

    /// The response to `request`, and the unexpected call it is, if it is one.
    fn answer(&self, request: &HttpRequest) -> HttpResponse {
        let mut table = self.table();
        table.requests += 1;
        let request_id = format!("stubs-{:016x}", table.requests);
        let response = match self.serve(&mut table, request) {
            Ok(response) => response,
            Err(unexpected) => {
                let response = Refusal::new(400, UNEXPECTED_CALL, unexpected.to_string()).response::<S::Protocol>();
                table.unexpected.push(unexpected);
                response
            }
        };
        let mut response = S::Protocol::with_request_id(response, &request_id);
        response.headers.push(("x-amzn-requestid".to_owned(), request_id));
        response
    }

    fn serve(&self, table: &mut Table, request: &HttpRequest) -> Result<HttpResponse, UnexpectedCall> {
        let routes: Vec<OperationRoute> = table.operations.values().map(|ops| ops.route()).collect();
        let routed = S::Protocol::route(request, &ServerContext::of::<S>(), &routes)
            .map_err(|refusal| UnexpectedCall::new(wire_operation(request), describe(request, &refusal)))?;
        let ops = table
            .operations
            .get_mut(routed.operation)
            // Routing chose among the stubbed operations.
            .ok_or_else(|| UnexpectedCall::new(Some(routed.operation.to_owned()), "no stub".to_owned()))?;
        let operation = Some(routed.operation.to_owned());
        if !(ops.unsigned() && request.header("authorization").is_none()) {
            let region = signed_region(request).unwrap_or_default();
            // The date is not checked: the signature is, with the date the request carries.
            crate::sign::verify(request, &self.credentials, S::SIGNING_NAME, region, Duration::MAX).map_err(|e| {
                UnexpectedCall::new(
                    operation.clone(),
                    format!("the signature of a `{}` call does not hold: {e}", routed.operation),
                )
            })?;
        }
        if request.stream.is_some() {
            return Err(UnexpectedCall::new(
                operation,
                format!("a `{}` call streams its body, which stubs do not read", routed.operation),
            ));
        }
        ops.serve(request, &routed)
    }
}

impl<S: Service> HttpClient for Stubs<S>
where
    S::Protocol: ServerProtocol,
{
    fn send<'a>(&'a self, request: &'a HttpRequest, options: SendOptions) -> HttpFuture<'a> {
        let mut response = self.answer(request);
        let outcome = if options.stream_output && (200..300).contains(&response.status) {
            let body = std::mem::take(&mut response.body);
            Ok((response, Some(ByteStream::new(body))))
        } else if response.body.len() > options.max_response_bytes {
            // As the runtime's transport refuses it.
            Err(HttpClientError::TooLarge {
                status: response.status,
                request_id: response.header("x-amzn-requestid").map(str::to_owned),
                source: ResponseError::TooLarge { limit: options.max_response_bytes },
            })
        } else {
            Ok((response, None))
        };
        Box::pin(std::future::ready(outcome))
    }
}

/// What [`Stubs::check`] found wrong: the stubs not used as expected, the calls no stub answered.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CheckError {
    /// The stubs used fewer (or, for none, more) times than they expect, by operation and index.
    pub unused: Vec<UnusedStub>,
    /// The calls answered with [`UNEXPECTED_CALL`], in the order they came.
    pub unexpected: Vec<UnexpectedCall>,
}

impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the stubs were not used as expected:")?;
        for unused in &self.unused {
            write!(f, "\n- {unused}")?;
        }
        for unexpected in &self.unexpected {
            write!(f, "\n- unexpected call: {unexpected}")?;
        }
        Ok(())
    }
}

impl std::error::Error for CheckError {}

/// A stub that was not used as many times as it expects.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct UnusedStub {
    /// Its operation.
    pub operation: &'static str,
    /// Its index among the stubs of its operation, from 0, in the order they were added.
    pub index: usize,
    /// How many calls it answered.
    pub used: usize,
    /// How many it expects: `None` for at least one ([`Stubs::always`]).
    pub expected: Option<usize>,
}

impl fmt::Display for UnusedStub {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "stub {} of `{}` answered {} call(s), ", self.index, self.operation, self.used)?;
        match self.expected {
            Some(n) => write!(f, "expected {n}"),
            None => write!(f, "expected at least one"),
        }
    }
}

/// A call no stub answered, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct UnexpectedCall {
    /// The operation, when the request names one.
    pub operation: Option<String>,
    /// Why no stub answered it, with the input when it could be read.
    pub reason: String,
}

impl UnexpectedCall {
    fn new(operation: Option<String>, reason: String) -> Self {
        Self { operation, reason }
    }
}

impl fmt::Display for UnexpectedCall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason)
    }
}

/// The stubs of every operation, and what the calls did with them.
#[derive(Default)]
struct Table {
    operations: BTreeMap<&'static str, Box<dyn OperationStubs>>,
    /// The operation of the stub added last, which `times` and `always` change.
    last: Option<&'static str>,
    unexpected: Vec<UnexpectedCall>,
    requests: u64,
}

type Matcher<O> = dyn Fn(&O) -> bool + Send + Sync;
type Responder<O> = dyn Fn(&O) -> HttpResponse + Send + Sync;

/// The stubs of one operation, its input type erased.
trait OperationStubs: Send {
    fn route(&self) -> OperationRoute;
    fn unsigned(&self) -> bool;
    fn calls(&self) -> usize;
    /// How many stubs, and how many of them are used up, for `Debug`.
    fn stubs(&self) -> (usize, usize);
    /// The input read, and the answer of the first stub that takes it.
    fn serve(&mut self, request: &HttpRequest, routed: &Routed) -> Result<HttpResponse, UnexpectedCall>;
    fn unused(&self, into: &mut Vec<UnusedStub>);
    fn expect_last(&mut self, expected: Expected);
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

/// The stubs of the operation `O`, read with the protocol `P`.
struct Typed<P, O> {
    stubs: Vec<Stub<O>>,
    calls: usize,
    protocol: PhantomData<fn() -> P>,
}

struct Stub<O> {
    matches: Box<Matcher<O>>,
    respond: Box<Responder<O>>,
    expected: Expected,
    used: usize,
}

#[derive(Debug, Clone, Copy)]
enum Expected {
    Exactly(usize),
    AtLeastOnce,
}

impl<O> Stub<O> {
    fn used_up(&self) -> bool {
        matches!(self.expected, Expected::Exactly(n) if self.used >= n)
    }

    fn satisfied(&self) -> bool {
        match self.expected {
            Expected::Exactly(n) => self.used == n,
            Expected::AtLeastOnce => self.used >= 1,
        }
    }
}

impl<P: ServerProtocol, O: Operation + fmt::Debug> OperationStubs for Typed<P, O> {
    fn route(&self) -> OperationRoute {
        OperationRoute::of::<O>()
    }

    fn unsigned(&self) -> bool {
        O::UNSIGNED
    }

    fn calls(&self) -> usize {
        self.calls
    }

    fn stubs(&self) -> (usize, usize) {
        (self.stubs.len(), self.stubs.iter().filter(|s| s.used_up()).count())
    }

    fn serve(&mut self, request: &HttpRequest, routed: &Routed) -> Result<HttpResponse, UnexpectedCall> {
        self.calls += 1;
        let operation = Some(O::NAME.to_owned());
        let input = P::read_input::<O>(request, routed).map_err(|violations| {
            UnexpectedCall::new(
                operation.clone(),
                format!("the `{}` request does not read as its protocol says: {violations}", O::NAME),
            )
        })?;
        match self.stubs.iter_mut().find(|stub| !stub.used_up() && (stub.matches)(&input)) {
            Some(stub) => {
                stub.used += 1;
                Ok((stub.respond)(&input))
            }
            None => {
                let used_up = self.stubs.iter().filter(|s| s.used_up()).count();
                Err(UnexpectedCall::new(
                    operation,
                    format!(
                        "no stub of `{}` accepts {input:?} ({} stub(s), {used_up} used up)",
                        O::NAME,
                        self.stubs.len()
                    ),
                ))
            }
        }
    }

    fn unused(&self, into: &mut Vec<UnusedStub>) {
        for (index, stub) in self.stubs.iter().enumerate().filter(|(_, s)| !s.satisfied()) {
            into.push(UnusedStub {
                operation: O::NAME,
                index,
                used: stub.used,
                expected: match stub.expected {
                    Expected::Exactly(n) => Some(n),
                    Expected::AtLeastOnce => None,
                },
            });
        }
    }

    fn expect_last(&mut self, expected: Expected) {
        if let Some(stub) = self.stubs.last_mut() {
            stub.expected = expected;
        }
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// `reply` as a server speaking `P` writes it.
fn written<P: ServerProtocol, O: Operation>(reply: &Result<O::Output, O::Error>) -> HttpResponse {
    match reply {
        Ok(output) => P::write_output::<O>(output),
        Err(error) => error.to_response::<P>(),
    }
}

/// The operation a request names on the wire, when it does: awsJson's `X-Amz-Target`, the
/// query protocols' `Action`. The REST protocols' are known only by routing.
fn wire_operation(request: &HttpRequest) -> Option<String> {
    if let Some(target) = request.header("x-amz-target") {
        return target.rsplit_once('.').map(|(_, operation)| operation.to_owned());
    }
    std::str::from_utf8(&request.body).ok()?.split('&').find_map(|pair| pair.strip_prefix("Action=")).map(str::to_owned)
}

/// Why no stubbed operation serves `request`.
fn describe(request: &HttpRequest, refusal: &Refusal) -> String {
    let target = crate::protocol::server::path_and_query(&request.url);
    match wire_operation(request) {
        Some(operation) => format!("no stub of `{operation}` (`{} {target}`): {refusal}", request.method),
        None => format!("no stubbed operation serves `{} {target}`: {refusal}", request.method),
    }
}

/// The region of a request's SigV4 credential scope (`Credential=AKID/DATE/REGION/SERVICE/
/// aws4_request`), or for SigV4a, whose scope names none, the first of its `x-amz-region-set`.
fn signed_region(request: &HttpRequest) -> Option<&str> {
    let authorization = request.header("authorization")?;
    let credential = authorization.split([' ', ',']).find_map(|part| part.strip_prefix("Credential="))?;
    match credential.split('/').collect::<Vec<_>>().as_slice() {
        [_, _, region, _, _] => Some(region),
        [_, _, _, _] => request.header("x-amz-region-set")?.split(',').next().map(str::trim),
        _ => None,
    }
}
