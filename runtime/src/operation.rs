//! The traits that `#[aws_service]`, `#[aws_operation]` and `#[aws_shape(error)]` implement.

use std::fmt;

use std::sync::OnceLock;

use crate::endpoint::RuleSet;
use crate::error::ErrorMeta;
use crate::http::HttpResponse;
use crate::protocol::{Protocol, ServerProtocol};
use crate::shape::Shape;

/// An AWS service: how its operations travel, and where they go.
pub trait Service: Sized + 'static {
    /// The model's `serviceId`, e.g. `PartnerCentral Channel`; it names the service's
    /// `AWS_ENDPOINT_URL_<ID>` variable and its `[services]` key in the config file.
    const SERVICE_ID: &'static str;
    /// The wire protocol.
    type Protocol: Protocol;
    /// The service's shape name, which the RPC protocols send: awsJson as the `X-Amz-Target`
    /// prefix, rpcv2Cbor in the path (`/service/<TargetPrefix>/operation/<Operation>`).
    const TARGET_PREFIX: &'static str;
    /// The SigV4 signing name.
    const SIGNING_NAME: &'static str;
    /// The API version.
    const API_VERSION: &'static str;
    /// Whether the service accepts awsQuery error codes over JSON (`awsQueryCompatible`).
    const QUERY_COMPATIBLE: bool = false;
    /// How the service names members (`member_casing`): every operation's input, output and
    /// errors must be named by this rule, checked where the operation is declared.
    const MEMBER_CASING: crate::schema::Casing = crate::schema::Casing::Any;

    /// The URI labels the endpoint already holds (`endpoint_labels`): S3's rules put the bucket
    /// in the host (or in the path, for path-style addressing), so `{Bucket}` leaves the path.
    const ENDPOINT_LABELS: &'static [&'static str] = &[];

    /// How requests are canonicalised before signing (`sigv4(...)`): the defaults, except for
    /// S3 and the services like it (no path normalization, no double encoding, a signed
    /// `x-amz-content-sha256`).
    const SIGNING: crate::sign::SigningSettings = crate::sign::SigningSettings::DEFAULT;

    /// The prefix of the service's classic regional endpoint (`lambda` in
    /// `lambda.us-east-1.amazonaws.com`), used when it has no endpoint rules.
    const ENDPOINT_PREFIX: &'static str;

    /// The service's endpoint rules, parsed on first use; `None` for a service declared
    /// without them, whose endpoint is the classic regional one.
    fn endpoint_rules() -> Option<&'static LazyRules>;
}

/// A service whose client sends the operations declared for service `A`: every service sends its
/// own, and a second declaration of the same API over another protocol sends the first one's
/// (`#[aws_service(operations_of = A)]`; CloudWatch declared over rpcv2Cbor and over awsJson1_0,
/// say). Each service is its own client, with its own protocol; the operations are shared.
pub trait SendsOperationsOf<A: Service>: Service {}

impl<S: Service> SendsOperationsOf<S> for S {}

/// An operation's input: what to send, what comes back, what can go wrong.
pub trait Operation: Shape + Send + Sync + 'static {
    /// The service this operation belongs to.
    type Service: Service;
    /// The output shape.
    type Output: Shape + Send + Sync + 'static;
    /// The operation's error enum: its modeled errors plus an unmodeled variant.
    type Error: OperationError;
    /// The operation's name, e.g. `CreateChannelHandshake`.
    const NAME: &'static str;
    /// The endpoint trait's host prefix, e.g. `foo.{label}.`: put in front of the endpoint's
    /// host, `{label}` replaced by the host label of that wire name (see [`crate::host_prefix`]).
    const HOST_PREFIX: Option<&'static str> = None;
    /// The encoding request bodies are compressed with, when large enough (see
    /// [`crate::compression`]).
    const REQUEST_COMPRESSION: Option<crate::compression::Encoding> = None;

    /// The `http` trait: method, URI template and success code (the REST protocols; the RPC
    /// ones send `POST /`).
    const HTTP: Http = Http::RPC;
    /// `httpChecksumRequired`: every request carries the body's `Content-MD5`.
    const HTTP_CHECKSUM_REQUIRED: bool = false;
    /// `httpChecksum`: the request's checksum and the response's check (see [`crate::checksum`]).
    const HTTP_CHECKSUM: Option<crate::checksum::HttpChecksum> = None;
    /// The operation takes no signature (`smithy.api#noAuth`, e.g. SSO's GetRoleCredentials,
    /// which carries a bearer token in a header instead): it needs no credentials.
    const UNSIGNED: bool = false;
    /// The model gives the operation no input (`no_input`; Smithy's `smithy.api#Unit`): its
    /// struct has no members, and rpcv2Cbor sends no body (the other protocols send the empty
    /// input they send for any input without members).
    const NO_INPUT: bool = false;
    /// The rule-set parameters the operation binds (`static_context_params`, `context_param`,
    /// `operation_context_params`), in declaration order; see [`crate::endpoint::binding`].
    const ENDPOINT_PARAMS: &'static [crate::endpoint::EndpointParam] = &[];

    /// A static description of the operation.
    fn schema() -> &'static crate::schema::OperationSchema;

    /// Runs on every output the client reads, before the caller sees it (`after_output`): for
    /// what the model leaves to the SDKs, such as decoding S3's URL-encoded keys.
    fn after_output(output: &mut Self::Output) {
        let _ = output;
    }

    /// The idempotency-token member, if the input has one; the client fills it when empty.
    fn idempotency_token(&mut self) -> Option<&mut Option<String>> {
        None
    }

    /// The value of the host label whose wire name is `name` (a member marked
    /// `#[aws(host_label)]`), if it is one and is set.
    fn host_label(&self, _name: &str) -> Option<&str> {
        None
    }

    /// The rule-set parameter value of the input member whose wire name is `name` (a member
    /// marked `#[aws(context_param = "..")]`), if it is one and is set.
    fn context_param(&self, _name: &str) -> Option<crate::endpoint::Value> {
        None
    }
}

/// An operation's `http` trait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Http {
    /// The method.
    pub method: &'static str,
    /// The URI template: `/2015-03-31/functions/{FunctionName}/invocations`, with `{Key+}` for
    /// a greedy label and literal query parts after `?`.
    pub uri: &'static str,
    /// The status code of success.
    pub code: u16,
}

impl Http {
    /// What the RPC protocols do: `POST /`, 200.
    pub const RPC: Http = Http { method: "POST", uri: "/", code: 200 };
}

/// Whether the client or the server is at fault for an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// The request was wrong (4xx).
    Client,
    /// The service failed (5xx).
    Server,
}

/// A modeled error shape (`#[aws_shape(error)]`).
pub trait ErrorShape: Shape + fmt::Debug + Send + Sync + 'static {
    /// The error code on the wire, usually the shape name.
    const CODE: &'static str;
    /// The awsQuery code, for services that are awsQueryCompatible.
    const QUERY_CODE: Option<&'static str> = None;
    /// Who is at fault.
    const FAULT: Fault;
    /// The HTTP status a server sends with it.
    const STATUS: u16;
    /// Whether the model marks it retryable.
    const RETRYABLE: bool = false;
    /// Whether the model marks it as throttling.
    const THROTTLING: bool = false;

    /// Whether the model marks the error's message sensitive (the member, or the whole error).
    const SENSITIVE_MESSAGE: bool = false;

    /// The error's message member.
    fn message(&self) -> Option<&str>;
}

/// The typed error enum of one operation, which `#[aws_operation]` emits.
pub trait OperationError: std::error::Error + Send + Sync + Sized + 'static {
    /// Chooses the variant for the code of `meta` and reads its members from the response with
    /// the protocol `P`; an unknown code or a response that does not fit gives the unmodeled
    /// variant.
    fn from_wire<P: Protocol>(meta: &ErrorMeta, response: &HttpResponse) -> Self;

    /// The response a server speaking the protocol `P` sends for this error: a modeled one as
    /// [`ServerProtocol::write_error`] writes it, an unmodeled one with its code, message and
    /// status.
    fn to_response<P: ServerProtocol>(&self) -> HttpResponse;

    /// Whether the model marks this error retryable, and whether as throttling.
    fn retryable(&self) -> (bool, bool);

    /// Whether the message of the error with `code` is sensitive, so that its metadata must not
    /// show it either.
    fn message_is_sensitive(_code: &str) -> bool {
        false
    }
}

/// The error a service sent that the operation does not model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnmodeledError {
    /// The code, the message, the status and the request id.
    pub meta: ErrorMeta,
}

impl fmt::Display for UnmodeledError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.meta, f)
    }
}

impl std::error::Error for UnmodeledError {}

impl UnmodeledError {
    /// The response a server speaking the protocol `P` sends for it: its code, message and
    /// status (the request id is the server's own).
    pub fn to_response<P: ServerProtocol>(&self) -> HttpResponse {
        P::write_unmodeled_error(&self.meta.code, self.meta.message.as_deref(), self.meta.status)
    }
}

/// A service's endpoint rule set, embedded as JSON and parsed on first use.
#[derive(Debug)]
pub struct LazyRules {
    json: &'static str,
    parsed: OnceLock<Result<RuleSet, String>>,
}

impl LazyRules {
    /// Rules from their JSON text.
    pub const fn new(json: &'static str) -> Self {
        Self { json, parsed: OnceLock::new() }
    }

    /// The parsed rules, or why they could not be parsed.
    pub fn get(&self) -> Result<&RuleSet, crate::error::ConfigError> {
        self.parsed
            .get_or_init(|| RuleSet::from_json(self.json).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(|e| crate::error::ConfigError::InvalidRules(e.clone()))
    }
}

/// The pagination of an operation with wire names, from the Rust field names the attribute
/// gives; `None` if a name is not a member (the macro makes sure it is).
pub fn paginator_schema(
    input: crate::schema::TypeSchema,
    output: crate::schema::TypeSchema,
    fields: (&[&str], &[&str], &str, Option<&str>, Option<&str>),
) -> Option<crate::schema::PaginatorSchema> {
    use crate::schema::TypeSchema;
    let (TypeSchema::Shape(input), TypeSchema::Shape(output)) = (input, output) else { return None };
    let wire = |shape: &'static crate::schema::ShapeSchema, rust: &str| {
        shape.members.iter().find(|m| m.rust_name == rust).map(|m| m.name)
    };
    Some(crate::schema::PaginatorSchema {
        input_tokens: fields.0.iter().map(|f| wire(input, f)).collect::<Option<_>>()?,
        output_tokens: fields.1.iter().map(|f| wire(output, f)).collect::<Option<_>>()?,
        items: wire(output, fields.2)?,
        page_size: match fields.3 {
            Some(f) => Some(wire(input, f)?),
            None => None,
        },
        more_results: match fields.4 {
            Some(f) => Some(wire(output, f)?),
            None => None,
        },
    })
}
