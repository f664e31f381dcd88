//! The query protocols, awsQuery and ec2Query: form-urlencoded requests, XML responses.
//!
//! Wire rules:
//! - every request is `POST /` (plus any path of the endpoint) with
//!   `Content-Type: application/x-www-form-urlencoded` and the body
//!   `Action=<Operation>&Version=<api_version>&<members>` (`crate::codec::form`, whose
//!   [`Dialect`] holds the two protocols' differences in keys and lists);
//! - awsQuery reads the output from `<OperationResponse><OperationResult>`, the request id
//!   from `<ResponseMetadata><RequestId>`; ec2Query reads it from the response root's children,
//!   the request id from `<requestId>`;
//! - awsQuery errors are `<ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/>`,
//!   ec2Query errors `<Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/>`;
//!   the code is matched as it is against each error's code and its `query_code`, and the
//!   error's members are read from `<Error>`, whose `<Message>` also fills a message member
//!   cased otherwise (SNS's `message`);
//! - an empty success body is an empty output; a body that is not XML is a problem.
//!
//! A server (`server`, the [`ServerProtocol`] side) serves `POST /` with a form body; `Action`
//! names the operation and `Version` must be the service's (else `InvalidAction`, 400). The
//! input is read strictly from the form's keys; outputs are written in the envelope the client
//! reads, `<OperationResponse><OperationResult>` or ec2Query's bare `<OperationResponse>`, the
//! request id the server gives in `<ResponseMetadata><RequestId>` or `<requestId>`; errors as
//! above, with their `query_code` when they have one.

mod server;

use super::server::{OperationRoute, Refusal, Routed, ServerContext, ServerProtocol};
use super::{Protocol, RequestContext};
use crate::codec::form::{Dialect, FormWriter};
use crate::codec::xml::{self, Element};
use crate::error::{ErrorMeta, ResponseError};
use crate::http::{HttpRequest, HttpResponse};
use crate::operation::{ErrorShape, Operation};
use crate::schema::{MemberSchema, TypeSchema};
use crate::shape::{Mode, Shape};
use crate::validate::Violations;

/// `awsQuery`.
#[derive(Debug, Clone, Copy)]
pub struct AwsQuery;

/// `ec2Query`.
#[derive(Debug, Clone, Copy)]
pub struct Ec2Query;

/// The `Content-Type` of query requests.
pub const FORM_CONTENT_TYPE: &str = "application/x-www-form-urlencoded";

/// Both protocols, told apart by their [`Dialect`].
macro_rules! query_protocols {
    ($($protocol:ident => $name:literal, $dialect:expr;)*) => {$(
        impl Protocol for $protocol {
            const NAME: &'static str = $name;
            const CONTENT_TYPE: &'static str = FORM_CONTENT_TYPE;

            fn request<O: Operation>(input: &O, cx: &RequestContext<'_>) -> Result<HttpRequest, Violations> {
                Ok(request($dialect, input, cx))
            }

            fn output<O: Shape>(response: &HttpResponse) -> Result<O, ResponseError> {
                output(response, $dialect)
            }

            fn error_meta(response: &HttpResponse, _: bool) -> ErrorMeta {
                error_meta(response, $dialect)
            }

            fn read_error<E: ErrorShape>(response: &HttpResponse) -> Option<E> {
                read_error(response, $dialect)
            }

            fn request_id(response: &HttpResponse) -> Option<String> {
                request_id(response, success_request_id_names($dialect))
            }
        }

        impl ServerProtocol for $protocol {
            fn route(
                request: &HttpRequest,
                cx: &ServerContext<'_>,
                operations: &[OperationRoute],
            ) -> Result<Routed, Refusal> {
                server::route(request, cx, operations)
            }

            fn read_input<O: Operation>(request: &HttpRequest, _: &Routed) -> Result<O, Violations> {
                server::read_input($dialect, request)
            }

            fn write_output<O: Operation>(output: &O::Output) -> HttpResponse {
                server::write_output::<O>($dialect, output)
            }

            fn write_error<E: ErrorShape>(error: &E) -> HttpResponse {
                server::write_error($dialect, error)
            }

            fn write_unmodeled_error(code: &str, message: Option<&str>, status: u16) -> HttpResponse {
                server::write_unmodeled_error($dialect, code, message, status)
            }

            fn with_request_id(response: HttpResponse, request_id: &str) -> HttpResponse {
                server::with_request_id($dialect, response, request_id)
            }
        }
    )*};
}

query_protocols! {
    AwsQuery => "awsQuery", Dialect::AwsQuery;
    Ec2Query => "ec2Query", Dialect::Ec2Query;
}

/// Where a success names its request id.
fn success_request_id_names(dialect: Dialect) -> &'static [&'static str] {
    match dialect {
        Dialect::AwsQuery => &["RequestId"],
        Dialect::Ec2Query => &["requestId", "RequestID"],
    }
}

/// The request of an operation: `POST` of its form body to the endpoint's path.
fn request<O: Operation>(dialect: Dialect, input: &O, cx: &RequestContext<'_>) -> HttpRequest {
    let mut w = FormWriter::new(dialect, O::NAME, cx.api_version);
    input.serialize(&MemberSchema::ROOT, &mut w);
    let base = cx.endpoint_url.trim_end_matches('/');
    let mut req = HttpRequest::new("POST", format!("{base}/"));
    req.set_header("content-type", FORM_CONTENT_TYPE);
    req.body = w.finish().into();
    req
}

/// The output, read from the element that holds it (none: an empty output).
fn output<O: Shape>(response: &HttpResponse, dialect: Dialect) -> Result<O, ResponseError> {
    let at = match dialect {
        Dialect::AwsQuery => result_element,
        Dialect::Ec2Query => root_element,
    };
    if response.body.trim_ascii().is_empty() {
        return xml::from_element(&Element::default(), Mode::Lenient).map_err(ResponseError::Body);
    }
    let root = xml::parse(&response.body).map_err(ResponseError::Body)?;
    let empty = Element::default();
    xml::from_element(at(&root).unwrap_or(&empty), Mode::Lenient).map_err(ResponseError::Body)
}

/// awsQuery's `<OperationResult>`.
fn result_element(root: &Element) -> Option<&Element> {
    root.children.iter().find(|c| c.name.ends_with("Result"))
}

/// ec2Query's output: the root itself.
fn root_element(root: &Element) -> Option<&Element> {
    Some(root)
}

/// The `<Error>` element of an error response.
fn error_element(root: &Element, dialect: Dialect) -> Option<&Element> {
    match dialect {
        Dialect::AwsQuery => root.child("Error"),
        Dialect::Ec2Query => root.child("Errors").and_then(|errors| errors.child("Error")),
    }
    // A bare `<Error>` root, as some services send.
    .or_else(|| (root.name == "Error").then_some(root))
}

/// The code, message, status and request id of an error response.
fn error_meta(response: &HttpResponse, dialect: Dialect) -> ErrorMeta {
    let root = xml::parse(&response.body).ok();
    let error = root.as_ref().and_then(|root| error_element(root, dialect));
    let text = |name: &str| error.and_then(|e| e.child_text(name)).map(str::trim).filter(|t| !t.is_empty());
    let code = text("Code").map_or_else(|| format!("Http{}", response.status), str::to_owned);
    let message = text("Message").map(str::to_owned);
    let request_id = match dialect {
        Dialect::AwsQuery => request_id(response, &["RequestId"]),
        Dialect::Ec2Query => request_id(response, &["RequestID", "requestId"]),
    };
    ErrorMeta {
        code,
        message,
        status: response.status,
        request_id,
        message_sensitive: false,
        extended_request_id: None,
    }
}

/// The members of a modeled error, from `<Error>`. Its `<Message>` is the protocol's, as
/// `<Code>` is: an error whose message member is cased otherwise (SNS's `message`) reads it
/// too, where the member alone would be absent and the error read as miscased.
fn read_error<E: ErrorShape>(response: &HttpResponse, dialect: Dialect) -> Option<E> {
    let root = xml::parse(&response.body).ok()?;
    let error = error_element(&root, dialect)?;
    let TypeSchema::Shape(shape) = E::type_schema() else { return xml::from_element(error, Mode::Lenient).ok() };
    let member =
        shape.members.iter().map(xml::element_name).find(|n| *n != "Message" && n.eq_ignore_ascii_case("message"));
    match (member.filter(|n| error.child(n).is_none()), error.child("Message")) {
        (Some(name), Some(message)) => {
            let mut error = error.clone();
            error.children.push(Element { name: name.to_owned(), ..message.clone() });
            xml::from_element(&error, Mode::Lenient).ok()
        }
        _ => xml::from_element(error, Mode::Lenient).ok(),
    }
}

/// The request id: the text of the first element with one of `names`, found without parsing
/// the document again, else the `x-amzn-RequestId` header.
fn request_id(response: &HttpResponse, names: &[&str]) -> Option<String> {
    let body = std::str::from_utf8(&response.body).unwrap_or("");
    let from_body = names.iter().find_map(|name| {
        let start = body.find(&format!("<{name}>"))? + name.len() + 2;
        let end = body[start..].find(&format!("</{name}>"))?;
        Some(body[start..start + end].trim().to_owned())
    });
    from_body.filter(|id| !id.is_empty()).or_else(|| response.header("x-amzn-requestid").map(str::to_owned))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(status: u16, body: &str) -> HttpResponse {
        HttpResponse { status, headers: Vec::new(), body: body.to_owned().into() }
    }

    #[test]
    fn query_errors_keep_their_code_as_sent() {
        let body = "<ErrorResponse><Error><Type>Sender</Type><Code>AWS.SimpleQueueService.NonExistentQueue</Code>\
            <Message>gone</Message></Error><RequestId>r-1</RequestId></ErrorResponse>";
        let meta = error_meta(&response(400, body), Dialect::AwsQuery);
        assert_eq!(meta.code, "AWS.SimpleQueueService.NonExistentQueue");
        assert_eq!((meta.message.as_deref(), meta.request_id.as_deref()), (Some("gone"), Some("r-1")));
        let body = "<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code><Message>no</Message></Error>\
            </Errors><RequestID>r-2</RequestID></Response>";
        let meta = error_meta(&response(400, body), Dialect::Ec2Query);
        assert_eq!((meta.code.as_str(), meta.request_id.as_deref()), ("InvalidInstanceID.NotFound", Some("r-2")));
        assert_eq!(error_meta(&response(503, "<html>"), Dialect::AwsQuery).code, "Http503");
    }

    #[test]
    fn request_ids_of_successes() {
        let ok = "<GetCallerIdentityResponse><ResponseMetadata><RequestId> id-1 </RequestId></ResponseMetadata></GetCallerIdentityResponse>";
        assert_eq!(AwsQuery::request_id(&response(200, ok)).as_deref(), Some("id-1"));
        let ec2 = "<DescribeRegionsResponse><requestId>id-2</requestId></DescribeRegionsResponse>";
        assert_eq!(Ec2Query::request_id(&response(200, ec2)).as_deref(), Some("id-2"));
        assert_eq!(AwsQuery::request_id(&response(200, "")), None);
    }
}
