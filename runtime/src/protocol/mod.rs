//! Wire protocols: how an operation becomes an HTTP request and a response becomes a result.
//!
//! A service names its protocol as an associated type ([`crate::Service::Protocol`]), so every
//! operation is serialized and read by that protocol's codec, monomorphized, with no `dyn` on
//! the call path. The server's side of a protocol is [`ServerProtocol`].

pub mod aws_json;
pub mod http_bindings;
pub mod payload;
#[cfg(feature = "xml")]
pub mod query;
pub mod rest_json;
#[cfg(feature = "xml")]
pub mod rest_xml;
pub mod rpc_v2_cbor;
pub mod server;

pub use aws_json::{AwsJson1_0, AwsJson1_1};
#[cfg(feature = "xml")]
pub use query::{AwsQuery, Ec2Query};
pub use rest_json::RestJson1;
#[cfg(feature = "xml")]
pub use rest_xml::RestXml;
pub use rpc_v2_cbor::RpcV2Cbor;
pub use server::ServerProtocol;

use crate::byte_stream::ByteStream;
use crate::error::{ErrorMeta, ResponseError};
use crate::http::{HttpRequest, HttpResponse};
use crate::operation::{ErrorShape, Operation};
use crate::shape::Shape;
use crate::validate::Violations;

/// What a protocol needs besides the input to build a request.
#[derive(Debug, Clone, Copy)]
pub struct RequestContext<'a> {
    /// The endpoint's URL (host prefix applied).
    pub endpoint_url: &'a str,
    /// The service's shape name: awsJson's `X-Amz-Target` prefix, the `<ServiceName>` of
    /// rpcv2Cbor's path.
    pub target_prefix: &'a str,
    /// The service's API version (the query protocols).
    pub api_version: &'a str,
    /// Whether the service is awsQueryCompatible.
    pub query_compatible: bool,
}

/// A wire protocol.
pub trait Protocol: Send + Sync + 'static {
    /// The model's name for it (`awsJson1_0`).
    const NAME: &'static str;
    /// The `Content-Type` of request bodies and of the responses a server sends.
    const CONTENT_TYPE: &'static str;
    /// Whether an input may be a stream of events ([`crate::event_stream::EventStreamSender`]):
    /// restJson1 sends one as the body. (awsJson would send the input's other members first, as
    /// an `initial-request` event; no AWS operation of the awsJson protocols takes one.)
    const INPUT_EVENT_STREAMS: bool = false;

    /// The request of an operation, before signing. An input that cannot be put on the wire
    /// (an HTTP label left empty, say) is reported as violations, before anything is sent.
    fn request<O: Operation>(input: &O, cx: &RequestContext<'_>) -> Result<HttpRequest, Violations>;

    /// The output of a successful response.
    fn output<O: Shape>(response: &HttpResponse) -> Result<O, ResponseError>;

    /// The output of a successful response whose body is `stream`, still arriving: the output
    /// has a streaming payload member ([`Shape::STREAMING`]), which takes it. Only the REST
    /// protocols bind payloads; the others read the (empty) body as [`Protocol::output`] does.
    fn streaming_output<O: Shape>(response: &HttpResponse, stream: ByteStream) -> Result<O, ResponseError> {
        let _ = stream;
        Self::output(response)
    }

    /// Whether a success status (2xx) carries an error nonetheless: S3 answers a
    /// CompleteMultipartUpload, CopyObject or UploadPartCopy that fails after it began with
    /// `200 OK` and an `<Error>` body. Asked only of responses read whole (no streaming output).
    fn error_in_success(response: &HttpResponse) -> bool {
        let _ = response;
        false
    }

    /// The code, message, status and request id of an error response.
    fn error_meta(response: &HttpResponse, query_compatible: bool) -> ErrorMeta;

    /// The members of a modeled error, read leniently from an error response; `None` if the
    /// response does not fit the shape.
    fn read_error<E: ErrorShape>(response: &HttpResponse) -> Option<E>;

    /// The request id of a response.
    fn request_id(response: &HttpResponse) -> Option<String>;
}
