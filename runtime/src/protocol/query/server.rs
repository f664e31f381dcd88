//! The query protocols from the server's side: a form routed by its `Action`, the input read
//! strictly from its keys, outputs and errors written in the envelopes the client reads.

use crate::codec::form::{self, Dialect};
use crate::codec::xml::writer::{content, escape_into};
use crate::http::{HttpRequest, HttpResponse};
use crate::operation::{ErrorShape, Fault, Operation};
use crate::protocol::server::{OperationRoute, Refusal, Routed, ServerContext, media_type_is, path_and_query};
use crate::shape::Mode;
use crate::validate::Violations;

use super::FORM_CONTENT_TYPE;

/// The `Content-Type` of the responses.
const XML_CONTENT_TYPE: &str = "text/xml";

/// Which of `operations` a form is for: `POST /`, its `Action`, at the service's `Version`.
pub(super) fn route(
    request: &HttpRequest,
    cx: &ServerContext<'_>,
    operations: &[OperationRoute],
) -> Result<Routed, Refusal> {
    let target = path_and_query(&request.url);
    if !request.method.eq_ignore_ascii_case("POST") || target.split('?').next() != Some("/") {
        return Err(Refusal::new(404, "InvalidAction", "only POST / is served"));
    }
    if !request.header("content-type").is_some_and(|value| media_type_is(value, FORM_CONTENT_TYPE)) {
        return Err(Refusal::new(400, "MalformedQueryString", format!("expected Content-Type `{FORM_CONTENT_TYPE}`")));
    }
    let body = std::str::from_utf8(&request.body)
        .map_err(|_| Refusal::new(400, "MalformedQueryString", "the form is not UTF-8"))?;
    let pairs = form::pairs(body);
    let value = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let action = value("Action").ok_or_else(|| Refusal::new(400, "MissingAction", "the form has no `Action`"))?;
    match value("Version") {
        None => return Err(Refusal::new(400, "MissingParameter", "the form has no `Version`")),
        Some(version) if version != cx.api_version => {
            let message = format!("Could not find operation {action} for version {version}");
            return Err(Refusal::new(400, "InvalidAction", message));
        }
        Some(_) => {}
    }
    match operations.iter().find(|operation| operation.name == action) {
        Some(operation) => Ok(Routed { operation: operation.name, labels: Vec::new() }),
        None => {
            let message = format!("The action {action} is not valid for this web service.");
            Err(Refusal::new(400, "InvalidAction", message))
        }
    }
}

/// The input of `O`, read strictly from the form's keys, then checked against the model.
pub(super) fn read_input<O: Operation>(dialect: Dialect, request: &HttpRequest) -> Result<O, Violations> {
    let pairs = form::pairs(&String::from_utf8_lossy(&request.body));
    let input: O = form::reader::from_pairs(&pairs, dialect, Mode::Strict)?;
    crate::shape::validate(&input)?;
    Ok(input)
}

/// `<OperationResponse><OperationResult>` around the output (ec2Query: no `Result`).
pub(super) fn write_output<O: Operation>(dialect: Dialect, output: &O::Output) -> HttpResponse {
    let members = content(output);
    let name = O::NAME;
    let body = match dialect {
        Dialect::AwsQuery => format!("<{name}Response><{name}Result>{members}</{name}Result></{name}Response>"),
        Dialect::Ec2Query => format!("<{name}Response>{members}</{name}Response>"),
    };
    xml_response(200, body)
}

/// The error's envelope with its wire code (its `query_code` if it has one), its message as
/// `<Message>` and its other members.
pub(super) fn write_error<E: ErrorShape>(dialect: Dialect, error: &E) -> HttpResponse {
    let mut members = content(error);
    // The protocol's `<Message>` carries the message, whatever the member's casing.
    let message_member = message_member::<E>();
    if let Some(name) = message_member.filter(|n| *n != "Message") {
        let (open, close) = (format!("<{name}>"), format!("</{name}>"));
        if let Some(start) = members.find(&open)
            && let Some(end) = members[start..].find(&close)
        {
            members.replace_range(start..start + end + close.len(), "");
        }
    }
    let message = if message_member == Some("Message") { None } else { error.message() };
    let code = E::QUERY_CODE.unwrap_or(E::CODE);
    xml_response(E::STATUS, envelope(dialect, code, message, E::FAULT, &members))
}

/// An error no shape models, with `code` and `message`.
pub(super) fn write_unmodeled_error(dialect: Dialect, code: &str, message: Option<&str>, status: u16) -> HttpResponse {
    let fault = if status >= 500 { Fault::Server } else { Fault::Client };
    xml_response(status, envelope(dialect, code, message, fault, ""))
}

/// The request id, where the client reads it: `<ResponseMetadata><RequestId>` of an awsQuery
/// success, `<requestId>` of an ec2Query one, an error's `<RequestId>` or `<RequestID>`, last in
/// the root element.
pub(super) fn with_request_id(dialect: Dialect, mut response: HttpResponse, request_id: &str) -> HttpResponse {
    let body = String::from_utf8_lossy(&response.body).into_owned();
    let Some(at) = body.rfind("</") else { return response };
    let mut id = String::new();
    escape_into(&mut id, request_id);
    let success = (200..300).contains(&response.status);
    let element = match (dialect, success) {
        (Dialect::AwsQuery, true) => format!("<ResponseMetadata><RequestId>{id}</RequestId></ResponseMetadata>"),
        (Dialect::AwsQuery, false) => format!("<RequestId>{id}</RequestId>"),
        (Dialect::Ec2Query, true) => format!("<requestId>{id}</requestId>"),
        (Dialect::Ec2Query, false) => format!("<RequestID>{id}</RequestID>"),
    };
    response.body = format!("{}{element}{}", &body[..at], &body[at..]).into();
    response
}

/// The name of the error's message member, if it has one (`message`, `Message`, ...).
fn message_member<E: ErrorShape>() -> Option<&'static str> {
    let crate::schema::TypeSchema::Shape(shape) = E::type_schema() else { return None };
    shape.members.iter().map(crate::codec::xml::element_name).find(|n| n.eq_ignore_ascii_case("message"))
}

/// `<ErrorResponse><Error>` (awsQuery) or `<Response><Errors><Error>` (ec2Query).
fn envelope(dialect: Dialect, code: &str, message: Option<&str>, fault: Fault, members: &str) -> String {
    let mut error = String::from("<Error>");
    if dialect == Dialect::AwsQuery {
        error.push_str(if fault == Fault::Server { "<Type>Receiver</Type>" } else { "<Type>Sender</Type>" });
    }
    error.push_str("<Code>");
    escape_into(&mut error, code);
    error.push_str("</Code>");
    if let Some(message) = message {
        error.push_str("<Message>");
        escape_into(&mut error, message);
        error.push_str("</Message>");
    }
    error.push_str(members);
    error.push_str("</Error>");
    match dialect {
        Dialect::AwsQuery => format!("<ErrorResponse>{error}</ErrorResponse>"),
        Dialect::Ec2Query => format!("<Response><Errors>{error}</Errors></Response>"),
    }
}

fn xml_response(status: u16, body: String) -> HttpResponse {
    HttpResponse { status, headers: vec![("content-type".to_owned(), XML_CONTENT_TYPE.to_owned())], body: body.into() }
}
