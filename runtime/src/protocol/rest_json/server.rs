//! restJson1 from the server's side ([`ServerProtocol`]): which operation a request is for (its
//! method and URI template, the most specific one matching), the input read strictly from the
//! request (every problem reported, as a server validates), and outputs and errors written as a
//! service sends them:
//! - a request no operation's `http` trait matches is an `UnknownOperationException` (404);
//! - an output's or error's members bound to headers, prefix headers and the status go there;
//!   the payload member is the body (a blob as its bytes, `application/octet-stream`, a string as
//!   its text, `text/plain`, either with the member's media type if it has one; a structure as
//!   JSON), else the members left unbound as a JSON object, `application/json`;
//! - an error's code is the `X-Amzn-Errortype` header; an unmodeled error's body is
//!   `{"message": ..}`.

use std::borrow::Cow;

use bytes::Bytes;

use super::RestJson1;
use crate::codec::json::{JsonDeserializer, JsonWriter, key_of};
use crate::http::{HttpRequest, HttpResponse};
use crate::operation::{ErrorShape, Http, Operation};
use crate::protocol::Protocol;
use crate::protocol::http_bindings::{Location, RequestParts, Text, TextReader, text_of};
use crate::protocol::payload::{PayloadKind, RawReader, payload_kind};
use crate::protocol::server::{OperationRoute, Refusal, Routed, ServerContext, ServerProtocol, path_and_query};
use crate::schema::{Binding, MemberSchema, ShapeSchema};
use crate::shape::de::member_of;
use crate::shape::{Decoder, Field, Mode, Shape, ShapeDeserializer, ShapeSerializer};
use crate::types::{Blob, DateTime, Document, UnknownMember};
use crate::validate::Violations;

/// The `Content-Type` of JSON bodies.
const CONTENT_TYPE: &str = <RestJson1 as Protocol>::CONTENT_TYPE;

impl ServerProtocol for RestJson1 {
    fn route(request: &HttpRequest, _: &ServerContext<'_>, operations: &[OperationRoute]) -> Result<Routed, Refusal> {
        let target = path_and_query(&request.url);
        // Of the operations whose `http` trait matches, the most specific template.
        operations
            .iter()
            .filter_map(|operation| Some((operation.name, route(&operation.http, &request.method, target)?)))
            .max_by_key(|(_, route)| route.specificity)
            .map(|(operation, route)| Routed { operation, labels: route.labels })
            .ok_or_else(|| {
                let path = target.split('?').next().unwrap_or(target);
                Refusal::new(404, "UnknownOperationException", format!("no operation serves {} {path}", request.method))
            })
    }

    fn read_input<O: Operation>(request: &HttpRequest, routed: &Routed) -> Result<O, Violations> {
        // Constraints are checked once the input reads: a member that did not read has none.
        let input: O = read_labelled(request, &routed.labels)?;
        crate::shape::validate(&input)?;
        Ok(input)
    }

    fn write_output<O: Operation>(output: &O::Output) -> HttpResponse {
        write_response(output, O::HTTP.code)
    }

    fn write_error<E: ErrorShape>(error: &E) -> HttpResponse {
        write_error(error)
    }

    fn write_unmodeled_error(code: &str, message: Option<&str>, status: u16) -> HttpResponse {
        let headers = vec![("x-amzn-errortype".into(), code.into()), ("content-type".into(), CONTENT_TYPE.into())];
        HttpResponse { status, headers, body: super::aws_json::error_body(None, message, "{}").into() }
    }
}

/// A request matched to an operation's `http` trait: its labels, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    /// Label name (as in the URI template) and value.
    pub labels: Vec<(String, String)>,
    /// How specific the template is: literal path segments and query parts. Of several
    /// operations that match, the most specific one is meant.
    pub specificity: usize,
}

/// Whether a request with `method` and `target` (path and query, as sent) is for the operation
/// with `http`: the same method, every literal segment, every label non-empty (a greedy one
/// takes the rest of the path), every literal query part of the template present.
pub fn route(http: &Http, method: &str, target: &str) -> Option<Route> {
    if !http.method.eq_ignore_ascii_case(method) {
        return None;
    }
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let (template_path, template_query) = http.uri.split_once('?').unwrap_or((http.uri, ""));
    let query = decode_query(query);
    let mut specificity = 0;
    for part in template_query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = part.split_once('=').map_or((part, None), |(k, v)| (k, Some(v)));
        query.iter().find(|(k, v)| k == key && value.is_none_or(|value| v == value))?;
        specificity += 1;
    }
    let mut labels = Vec::new();
    let mut segments = path.trim_start_matches('/').split('/');
    for part in template_path.trim_start_matches('/').split('/') {
        if let Some(name) = part.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
            if let Some(name) = name.strip_suffix('+') {
                let rest: Vec<&str> = segments.by_ref().collect();
                let value = percent_decode(&rest.join("/"));
                if value.is_empty() {
                    return None;
                }
                labels.push((name.to_owned(), value));
                continue;
            }
            let value = percent_decode(segments.next()?);
            if value.is_empty() {
                return None;
            }
            labels.push((name.to_owned(), value));
        } else {
            // A trailing empty segment (`/things/`) matches a template without one.
            let segment = segments.next();
            if segment != Some(part) && !(part.is_empty() && segment.is_none()) {
                return None;
            }
            specificity += 1;
        }
    }
    segments.all(str::is_empty).then_some(Route { labels, specificity })
}

/// Reads the input `T` of a request that [`route`] matched, strictly: every problem (a
/// mistyped header, an unknown body member, a missing required member) is reported.
pub fn read_request<T: Shape>(request: &HttpRequest, route: &Route) -> Result<T, Violations> {
    read_labelled(request, &route.labels)
}

/// [`read_request`] with the labels of its route.
fn read_labelled<T: Shape>(request: &HttpRequest, labels: &[(String, String)]) -> Result<T, Violations> {
    let query = decode_query(request.url.split_once('?').map_or("", |(_, q)| q));
    let json = JsonDeserializer::new(&request.body, Mode::Strict).json_names(true);
    let mut reader = RequestReader { json, request, labels, query: &query, shape: None };
    let value = T::deserialize(&MemberSchema::ROOT, &mut reader);
    reader.json.finish(value)
}

/// The response a service sends for an output: bound members in headers and the status (else
/// `status`), the payload member as the body, or the other members as a JSON object.
pub fn write_response<T: Shape>(output: &T, status: u16) -> HttpResponse {
    let mut w = ServerWriter::default();
    output.serialize(&MemberSchema::ROOT, &mut w);
    w.finish(status, Vec::new())
}

/// The response a service sends for a modeled error: its status, its code in
/// `X-Amzn-Errortype`, its bound members in headers and the rest as a JSON object.
pub fn write_error<E: ErrorShape>(error: &E) -> HttpResponse {
    let mut w = ServerWriter::default();
    error.serialize(&MemberSchema::ROOT, &mut w);
    w.finish(E::STATUS, vec![("x-amzn-errortype".into(), E::CODE.into())])
}

/// A query string's pairs, decoded; a key without `=` has an empty value.
fn decode_query(query: &str) -> Vec<(String, String)> {
    crate::codec::form::split_pairs(query, false)
}

/// `%XX` escapes decoded (`+` is a plus, as in URIs); a malformed escape is kept as it is.
fn percent_decode(text: &str) -> String {
    crate::codec::form::percent_decode(text, false)
}

/// Reads a whole request: bound members from the labels, the query and the headers, the payload
/// member from the body, or the body's JSON members.
struct RequestReader<'a> {
    json: JsonDeserializer<'a>,
    request: &'a HttpRequest,
    labels: &'a [(String, String)],
    query: &'a [(String, String)],
    /// The input's shape, once its reading has begun.
    shape: Option<&'static ShapeSchema>,
}

impl<'a> RequestReader<'a> {
    /// The text a bound member is read from, if the request has it.
    fn text(&self, member: &MemberSchema) -> Option<Text<'a>> {
        let (labels, query, request, shape) = (self.labels, self.query, self.request, self.shape);
        match member.binding {
            Binding::Label => {
                let value = labels.iter().find(|(n, _)| n == member.name).map(|(_, v)| v.as_str())?;
                Some(Text::Uri(vec![Cow::Borrowed(value)]))
            }
            Binding::Query(name) => {
                let values: Vec<Cow<'a, str>> =
                    query.iter().filter(|(k, _)| k == name).map(|(_, v)| Cow::Borrowed(v.as_str())).collect();
                (!values.is_empty()).then_some(Text::Uri(values))
            }
            Binding::QueryParams => {
                // Keys that an `http_query` member names are that member's.
                let named = |key: &str| {
                    shape.is_some_and(|s| s.members.iter().any(|m| matches!(m.binding, Binding::Query(n) if n == key)))
                };
                let mut entries: Vec<(String, Vec<Cow<'a, str>>)> = Vec::new();
                for (key, value) in query.iter().filter(|(k, _)| !named(k)) {
                    match entries.iter_mut().find(|(k, _)| k == key) {
                        Some((_, values)) => values.push(Cow::Borrowed(value)),
                        None => entries.push((key.clone(), vec![Cow::Borrowed(value)])),
                    }
                }
                (!entries.is_empty()).then_some(Text::Query(entries))
            }
            Binding::Header(name) => {
                let value = request.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name))?;
                Some(Text::Header(Cow::Borrowed(value.1.as_str())))
            }
            Binding::PrefixHeaders(prefix) => {
                let entries: Vec<(String, &'a str)> = request
                    .headers
                    .iter()
                    .filter_map(|(n, v)| {
                        let rest = n.get(prefix.len()..)?;
                        n[..prefix.len()].eq_ignore_ascii_case(prefix).then(|| (rest.to_owned(), v.as_str()))
                    })
                    .collect();
                (!entries.is_empty()).then_some(Text::Prefixed(entries))
            }
            _ => None,
        }
    }
}

impl ShapeDeserializer for RequestReader<'_> {
    fn decoder(&mut self) -> &mut Decoder {
        self.json.decoder()
    }

    fn read_struct<F: FnMut(&mut Self, usize)>(
        &mut self,
        _: &MemberSchema,
        shape: &'static ShapeSchema,
        mut members: F,
    ) -> bool {
        self.shape = Some(shape);
        let mut seen = vec![false; shape.members.len()];
        let mut payload = false;
        for (i, member) in shape.members.iter().enumerate() {
            match member.binding {
                Binding::Body | Binding::ResponseCode => {}
                Binding::Payload => {
                    payload = true;
                    if !self.request.body.is_empty() || member.streaming {
                        seen[i] = true;
                        members(self, i);
                    }
                }
                _ => {
                    if self.text(member).is_some() {
                        seen[i] = true;
                        members(self, i);
                    }
                }
            }
        }
        if !payload && !self.json.at_end() {
            if !self.json.open_object("object") {
                return false;
            }
            while let Some(key) = self.json.next_key() {
                let found = shape.members.iter().position(|m| m.binding == Binding::Body && key_of(m, true) == key);
                match found {
                    Some(i) if !self.json.at_null() => {
                        seen[i] = true;
                        members(self, i);
                    }
                    Some(_) => self.json.skip_value(),
                    None => {
                        self.json.decoder().unknown_member(&key);
                        self.json.skip_value();
                    }
                }
            }
            self.json.end();
        }
        for (member, seen) in shape.members.iter().zip(seen) {
            if member.required && !seen {
                self.json.decoder().missing_member(member.name);
            }
        }
        !self.json.is_broken()
    }

    fn read_member<T: Shape>(&mut self, member: &'static MemberSchema) -> Option<T> {
        match member.binding {
            Binding::Body => member_of(&mut self.json, member),
            Binding::Payload => {
                let body: &Bytes = &self.request.body;
                // A stream is read from the body's bytes, as a blob is.
                if member.streaming || matches!(payload_kind(member), PayloadKind::Bytes(_)) {
                    let mut raw = RawReader { cx: self.json.decoder(), body, stream: None, events: None };
                    member_of(&mut raw, member)
                } else {
                    let out = member_of(&mut self.json, member);
                    self.json.end();
                    out
                }
            }
            _ => {
                let text = self.text(member)?;
                let cx = self.json.decoder();
                cx.push_member(member.name);
                let mut reader = TextReader::new(cx, text);
                let read = T::deserialize(member, &mut reader);
                let out = cx.salvage(read);
                cx.pop();
                out
            }
        }
    }

    fn read_union<F: FnMut(&mut Self, Field<'_>)>(&mut self, _: &MemberSchema, _: &'static ShapeSchema, _: F) -> bool {
        false
    }
    fn read_unknown_member(&mut self, name: &str) -> Option<UnknownMember> {
        self.json.read_unknown_member(name)
    }
    fn read_list<F: FnMut(&mut Self)>(&mut self, _: &MemberSchema, _: F) -> bool {
        false
    }
    fn read_map<F: FnMut(&mut Self, String)>(&mut self, _: &MemberSchema, _: F) -> bool {
        false
    }
    fn read_null(&mut self) -> bool {
        false
    }
    fn read_string(&mut self, _: &MemberSchema, _: &'static str) -> Option<String> {
        None
    }
    fn read_bool(&mut self, _: &MemberSchema) -> Option<bool> {
        None
    }
    fn read_integer(&mut self, _: &MemberSchema, _: &'static str, _: i64, _: i64) -> Option<i64> {
        None
    }
    fn read_float(&mut self, _: &MemberSchema, _: &'static str) -> Option<f64> {
        None
    }
    fn read_blob(&mut self, _: &MemberSchema) -> Option<Blob> {
        None
    }
    fn read_timestamp(&mut self, _: &MemberSchema) -> Option<DateTime> {
        None
    }
    fn read_document(&mut self, _: &MemberSchema) -> Option<Document> {
        None
    }
}

/// Writes a whole output or error as a service does.
#[derive(Debug, Default)]
struct ServerWriter {
    status: Option<u16>,
    parts: RequestParts,
    body: Option<JsonWriter>,
    /// The payload member's bytes and content type, if it is set.
    payload: Option<(Vec<u8>, &'static str)>,
}

impl ServerWriter {
    fn finish(self, status: u16, mut headers: Vec<(String, String)>) -> HttpResponse {
        let content_type = match (&self.payload, &self.body) {
            (Some((_, content_type)), _) => Some(*content_type),
            (None, Some(_)) => Some(CONTENT_TYPE),
            (None, None) => None,
        };
        headers.extend(self.parts.headers.into_iter().map(|(n, v)| (n.to_ascii_lowercase(), v)));
        if let Some(content_type) = content_type
            && !headers.iter().any(|(n, _)| n == "content-type")
        {
            headers.push(("content-type".into(), content_type.into()));
        }
        let body = match (self.payload, self.body) {
            (Some((bytes, _)), _) => bytes,
            (None, Some(json)) => json.finish().into_bytes(),
            (None, None) => Vec::new(),
        };
        HttpResponse { status: self.status.unwrap_or(status), headers, body: body.into() }
    }
}

impl ShapeSerializer for ServerWriter {
    fn write_struct<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, shape: &'static ShapeSchema, members: F) {
        let payload = shape.members.iter().any(|m| m.binding == Binding::Payload);
        if !payload && shape.members.iter().any(|m| super::in_response_body(m.binding)) {
            let mut body = JsonWriter::with_capacity(256).json_names(true);
            body.begin_object();
            self.body = Some(body);
        }
        members(self);
        if let Some(body) = &mut self.body {
            body.end_object();
        }
    }

    fn write_member<T: Shape>(&mut self, member: &'static MemberSchema, value: &T) {
        match member.binding {
            Binding::Header(_) | Binding::PrefixHeaders(_) => self.parts.bind(member, value),
            Binding::ResponseCode => {
                let text = text_of(member, value, Location::Header);
                self.status = text.items.first().and_then(|s| s.parse().ok());
            }
            Binding::Payload if value.is_absent() => {}
            Binding::Payload => self.payload = Some(super::payload_body(member, value)),
            _ => {
                if let Some(body) = &mut self.body {
                    body.write_member(member, value);
                }
            }
        }
    }

    fn write_unknown_member(&mut self, _: &str, _: &Document) {}
    fn write_list<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: usize, _: F) {}
    fn write_item<T: Shape>(&mut self, _: &MemberSchema, _: &T) {}
    fn write_map<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: usize, _: F) {}
    fn write_entry<T: Shape>(&mut self, _: &MemberSchema, _: &str, _: &T) {}
    fn write_string(&mut self, _: &MemberSchema, _: &str) {}
    fn write_bool(&mut self, _: &MemberSchema, _: bool) {}
    fn write_integer(&mut self, _: &MemberSchema, _: i64) {}
    fn write_f32(&mut self, _: &MemberSchema, _: f32) {}
    fn write_f64(&mut self, _: &MemberSchema, _: f64) {}
    fn write_blob(&mut self, _: &MemberSchema, _: &[u8]) {}
    fn write_timestamp(&mut self, _: &MemberSchema, _: &DateTime) {}
    fn write_document(&mut self, _: &MemberSchema, _: &Document) {}
    fn write_null(&mut self, _: &MemberSchema) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    fn http(method: &'static str, uri: &'static str) -> Http {
        Http { method, uri, code: 200 }
    }

    #[test]
    fn routes_match_method_segments_labels_and_literal_query() {
        let invoke = http("POST", "/2015-03-31/functions/{FunctionName}/invocations");
        let route = route(&invoke, "POST", "/2015-03-31/functions/my%20fn/invocations?Qualifier=1").unwrap();
        assert_eq!(route.labels, [("FunctionName".to_owned(), "my fn".to_owned())]);
        assert!(super::route(&invoke, "GET", "/2015-03-31/functions/f/invocations").is_none());
        assert!(super::route(&invoke, "POST", "/2015-03-31/functions//invocations").is_none(), "empty label");
        assert!(super::route(&invoke, "POST", "/2015-03-31/functions/f").is_none());
        assert!(super::route(&invoke, "POST", "/2015-03-31/functions/f/invocations/x").is_none());

        let greedy = http("GET", "/{Bucket}/{Key+}?x-id=GetObject");
        let route = super::route(&greedy, "GET", "/b/a/b%2Fc/d?x-id=GetObject").unwrap();
        assert_eq!(route.labels[1], ("Key".to_owned(), "a/b/c/d".to_owned()));
        assert!(super::route(&greedy, "GET", "/b/a/b").is_none(), "the literal query part is required");

        let list = http("GET", "/2015-03-31/functions/");
        assert!(super::route(&list, "GET", "/2015-03-31/functions/?MaxItems=2").is_some());
        assert!(super::route(&list, "GET", "/2015-03-31/functions").is_some());
        let get = http("GET", "/2015-03-31/functions/{FunctionName}");
        assert!(super::route(&get, "GET", "/2015-03-31/functions/").is_none());
    }

    #[test]
    fn percent_escapes_decode_and_malformed_ones_stay() {
        assert_eq!(percent_decode("a%20b%2Fc+d%zz%4"), "a b/c+d%zz%4");
        assert_eq!(
            decode_query("a=1&b&c=%26"),
            [("a".into(), "1".into()), ("b".into(), "".into()), ("c".into(), "&".into())]
        );
    }
}
