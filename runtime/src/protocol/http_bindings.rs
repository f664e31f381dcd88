//! HTTP bindings, shared by the REST protocols: members bound to the URI, the query string,
//! headers and the status code, written and read as text (Smithy's HTTP binding traits).
//!
//! Wire rules (Smithy, "HTTP binding traits"):
//! - labels and query values are percent-encoded: everything but RFC 3986's unreserved
//!   characters; a greedy label `{Key+}` keeps its `/`; a label may not be empty;
//! - literal query parts of the URI template (`?x-id=GetObject`) come first; list members repeat
//!   their key; `http_query_params` entries follow, except keys an `http_query` member set;
//! - timestamps are date-time in labels and the query, http-date in headers, unless the member
//!   says otherwise; blobs are base64; floats `NaN`, `Infinity`, `-Infinity`;
//! - header lists are joined with `, `, an item quoted when it holds a comma or a quote
//!   (timestamps aside: an http-date has a comma of its own and is never quoted), and split
//!   back the same way; header values are trimmed; a string with a media type is base64;
//! - prefix headers are a map: each entry a header named prefix + key, read back with the
//!   prefix stripped.

use std::borrow::Cow;

use crate::schema::{Binding, MemberSchema, ShapeSchema, TypeSchema};
use crate::shape::{Decoder, Field, Shape, ShapeDeserializer, ShapeSerializer};
use crate::types::{Blob, DateTime, Document, TimestampFormat, UnknownMember, base64_encode};
use crate::validate::{Rule, Violation, Violations};

/// Traits a bound member's type must have, checked where the macro expands (a member bound to
/// a header must hold text, say).
pub mod binding_check {
    use crate::types::{Blob, DateTime};
    use std::collections::{BTreeMap, HashMap};

    /// A value that can be one label, query value or header value.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` cannot be bound to a URI label, a query parameter or a header",
        label = "a string, number, boolean, blob, timestamp or enum goes here",
        note = "structures, unions, maps and documents go in the body"
    )]
    pub trait HttpScalar {}

    /// A value that can be a query parameter or a header: a scalar, or a list of them.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` cannot be bound to a query parameter or a header",
        label = "a scalar, or a list of scalars, goes here",
        note = "structures, unions, maps and documents go in the body"
    )]
    pub trait HttpValue {}

    /// A map that `http_query_params` can take: string keys, string or list-of-string values.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` cannot be `http_query_params`",
        label = "a map of strings, or of lists of strings, goes here"
    )]
    pub trait HttpQueryParams {}

    /// A map that `http_prefix_headers` can take: string keys and values.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` cannot be `http_prefix_headers`",
        label = "a map of strings goes here"
    )]
    pub trait HttpPrefixHeaders {}

    /// What `http_response_code` can take.
    #[diagnostic::on_unimplemented(message = "`{Self}` cannot be `http_response_code`", label = "an `i32` goes here")]
    pub trait HttpResponseCode {}

    /// What `event_header` can take: the types an event stream header carries.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` cannot be an `event_header`",
        label = "a boolean, byte, short, integer, long, blob, string or timestamp goes here"
    )]
    pub trait EventHeaderValue {}

    macro_rules! scalars {
        ($($t:ty),*) => {$(impl HttpScalar for $t {})*};
    }
    scalars!(String, bool, i8, i16, i32, i64, f32, f64, Blob, DateTime);
    impl<T: HttpScalar> HttpScalar for Box<T> {}
    impl<T: HttpScalar> HttpValue for T {}
    impl<T: HttpScalar> HttpValue for Vec<T> {}
    impl<S> HttpQueryParams for HashMap<String, String, S> {}
    impl<S> HttpQueryParams for HashMap<String, Vec<String>, S> {}
    impl HttpQueryParams for BTreeMap<String, String> {}
    impl HttpQueryParams for BTreeMap<String, Vec<String>> {}
    impl<S> HttpPrefixHeaders for HashMap<String, String, S> {}
    impl HttpPrefixHeaders for BTreeMap<String, String> {}
    impl HttpResponseCode for i32 {}
    macro_rules! event_headers {
        ($($t:ty),*) => {$(impl EventHeaderValue for $t {})*};
    }
    event_headers!(String, bool, i8, i16, i32, i64, Blob, DateTime);
    impl<T: EventHeaderValue> EventHeaderValue for Box<T> {}

    /// Fails to compile unless `T` is [`HttpScalar`].
    pub fn http_scalar<T: HttpScalar + ?Sized>() {}
    /// Fails to compile unless `T` is [`HttpValue`].
    pub fn http_value<T: HttpValue + ?Sized>() {}
    /// Fails to compile unless `T` is [`HttpQueryParams`].
    pub fn http_query_params<T: HttpQueryParams + ?Sized>() {}
    /// Fails to compile unless `T` is [`HttpPrefixHeaders`].
    pub fn http_prefix_headers<T: HttpPrefixHeaders + ?Sized>() {}
    /// Fails to compile unless `T` is [`HttpResponseCode`].
    pub fn http_response_code<T: HttpResponseCode + ?Sized>() {}
    /// Fails to compile unless `T` is [`EventHeaderValue`].
    pub fn event_header<T: EventHeaderValue + ?Sized>() {}
}

/// Where a text value goes, which picks the timestamp format it takes by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Location {
    /// A URI label or a query value: date-time.
    Uri,
    /// A header: http-date.
    Header,
}

impl Location {
    fn timestamp_format(self, member: &MemberSchema) -> TimestampFormat {
        member.timestamp_format.unwrap_or(match self {
            Location::Uri => TimestampFormat::DateTime,
            Location::Header => TimestampFormat::HttpDate,
        })
    }
}

/// A float as text: `NaN`, `Infinity`, `-Infinity`, or the shortest decimal that reads back.
fn float_text(value: f64, nan: bool, display: String) -> String {
    if nan {
        "NaN".into()
    } else if value.is_infinite() {
        if value > 0.0 { "Infinity".into() } else { "-Infinity".into() }
    } else {
        display
    }
}

/// Writes a bound value as text: one string for a scalar, one per item for a list, and
/// `(key, strings)` per entry for a map.
#[derive(Debug)]
pub struct TextWriter {
    location: Location,
    /// The strings of the value, or of the map entry being written.
    pub items: Vec<String>,
    /// The entries of a map.
    pub entries: Vec<(String, Vec<String>)>,
    /// Whether the strings were timestamps (header lists do not quote them).
    pub timestamps: bool,
}

impl TextWriter {
    /// A writer of text for `location`.
    pub fn new(location: Location) -> Self {
        Self { location, items: Vec::new(), entries: Vec::new(), timestamps: false }
    }
}

impl ShapeSerializer for TextWriter {
    fn write_struct<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: &'static ShapeSchema, _: F) {}
    fn write_member<T: Shape>(&mut self, _: &'static MemberSchema, _: &T) {}
    fn write_unknown_member(&mut self, _: &str, _: &Document) {}
    fn write_list<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: usize, items: F) {
        items(self);
    }
    fn write_item<T: Shape>(&mut self, list: &MemberSchema, value: &T) {
        value.serialize(list, self);
    }
    fn write_map<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: usize, entries: F) {
        entries(self);
    }
    fn write_entry<T: Shape>(&mut self, map: &MemberSchema, key: &str, value: &T) {
        let before = std::mem::take(&mut self.items);
        value.serialize(map, self);
        let items = std::mem::replace(&mut self.items, before);
        self.entries.push((key.to_owned(), items));
    }
    fn write_string(&mut self, member: &MemberSchema, value: &str) {
        // A string with a media type (JSON, say) is base64 in a header, where its text could
        // not go as it is.
        if self.location == Location::Header && member.media_type.is_some() {
            self.items.push(base64_encode(value.as_bytes()));
        } else {
            self.items.push(value.to_owned());
        }
    }
    fn write_bool(&mut self, _: &MemberSchema, value: bool) {
        self.items.push(value.to_string());
    }
    fn write_integer(&mut self, _: &MemberSchema, value: i64) {
        self.items.push(value.to_string());
    }
    fn write_f32(&mut self, _: &MemberSchema, value: f32) {
        self.items.push(float_text(f64::from(value), value.is_nan(), value.to_string()));
    }
    fn write_f64(&mut self, _: &MemberSchema, value: f64) {
        self.items.push(float_text(value, value.is_nan(), value.to_string()));
    }
    fn write_blob(&mut self, _: &MemberSchema, value: &[u8]) {
        self.items.push(base64_encode(value));
    }
    fn write_timestamp(&mut self, member: &MemberSchema, value: &DateTime) {
        self.timestamps = true;
        self.items.push(match self.location.timestamp_format(member) {
            TimestampFormat::DateTime => value.fmt_date_time(),
            TimestampFormat::HttpDate => value.fmt_http_date(),
            TimestampFormat::EpochSeconds => value.fmt_epoch_seconds(),
        });
    }
    fn write_document(&mut self, _: &MemberSchema, value: &Document) {
        self.items.push(value.to_string());
    }
    fn write_null(&mut self, _: &MemberSchema) {}
}

/// The text of one bound value (`None` if it writes nothing).
pub fn text_of<T: Shape>(member: &MemberSchema, value: &T, location: Location) -> TextWriter {
    let mut w = TextWriter::new(location);
    value.serialize(member, &mut w);
    w
}

/// Percent-encodes `text` as a URI label (`/` kept when `greedy`) or a query key or value:
/// every byte but RFC 3986's unreserved characters.
pub fn percent_encode(text: &str, keep_slash: bool) -> Cow<'_, str> {
    let plain =
        |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') || (keep_slash && b == b'/');
    if text.bytes().all(plain) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if plain(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    Cow::Owned(out)
}

/// Joins a header list: items with a comma, a quote, or whitespace at an end (which header
/// values lose) are quoted, their quotes and backslashes escaped, unless they are timestamps.
pub fn join_header_list(items: &[String], timestamps: bool) -> String {
    let quoted = items.iter().map(|item| {
        if !timestamps && (item.contains(',') || item.contains('"') || item.trim() != item) {
            Cow::Owned(format!("\"{}\"", item.replace('\\', "\\\\").replace('"', "\\\"")))
        } else {
            Cow::Borrowed(item.as_str())
        }
    });
    quoted.collect::<Vec<_>>().join(", ")
}

/// Splits a header list as [`join_header_list`] wrote it; an http-date list splits at every
/// second comma.
pub fn split_header_list(value: &str, timestamps: bool) -> Vec<String> {
    if timestamps {
        let parts: Vec<&str> = value.split(',').map(str::trim).collect();
        // `Mon, 16 Dec 2019 23:48:18 GMT`: a weekday, then the rest.
        if parts.len().is_multiple_of(2) && parts.iter().step_by(2).all(|p| p.len() == 3) {
            return parts.chunks(2).map(|pair| format!("{}, {}", pair[0], pair[1])).collect();
        }
        return parts.into_iter().map(str::to_owned).collect();
    }
    let mut out = Vec::new();
    let mut chars = value.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let mut item = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => item.extend(chars.next()),
                    '"' => break,
                    other => item.push(other),
                }
            }
            out.push(item);
            // Up to the next comma; one at the end starts an empty last item, as after a plain one.
            if !chars.by_ref().any(|c| c == ',') {
                break;
            }
        } else {
            let mut ended = true;
            for c in chars.by_ref() {
                if c == ',' {
                    ended = false;
                    break;
                }
                item.push(c);
            }
            out.push(item.trim().to_owned());
            if ended {
                break;
            }
        }
    }
    out
}

/// The parts of a request that bound members fill.
#[derive(Debug, Default)]
pub struct RequestParts {
    /// Label name and value, percent-encoded.
    pub labels: Vec<(&'static str, String)>,
    /// Query pairs from `http_query` members, encoded.
    pub query: Vec<(String, String)>,
    /// Query pairs from `http_query_params`, encoded, added unless their key is in `query`.
    pub query_params: Vec<(String, String)>,
    /// Headers.
    pub headers: Vec<(String, String)>,
    /// Labels that were left empty.
    pub problems: Vec<Violation>,
}

impl RequestParts {
    /// Records the bound member `member` holding `value`, unless it is absent.
    pub fn bind<T: Shape>(&mut self, member: &'static MemberSchema, value: &T) {
        if value.is_absent() {
            return;
        }
        let location = match member.binding {
            Binding::Label | Binding::Query(_) | Binding::QueryParams => Location::Uri,
            Binding::Header(_) | Binding::PrefixHeaders(_) => Location::Header,
            Binding::Body | Binding::Payload | Binding::ResponseCode | Binding::EventHeader | Binding::EventPayload => {
                return;
            }
        };
        self.bind_text(member, text_of(member, value, location));
    }

    /// Records the text of a bound member: the part of [`RequestParts::bind`] that does not
    /// depend on the member's type, compiled once.
    fn bind_text(&mut self, member: &'static MemberSchema, text: TextWriter) {
        match member.binding {
            Binding::Label => {
                let value = text.items.into_iter().next().unwrap_or_default();
                if value.is_empty() {
                    self.problems.push(Violation { path: member.name.to_owned(), rule: Rule::EmptyLabel });
                }
                self.labels.push((member.name, value));
            }
            Binding::Query(name) => {
                for item in text.items {
                    self.query
                        .push((percent_encode(name, false).into_owned(), percent_encode(&item, false).into_owned()));
                }
            }
            Binding::QueryParams => {
                for (key, values) in text.entries {
                    let key = percent_encode(&key, false).into_owned();
                    for v in values {
                        self.query_params.push((key.clone(), percent_encode(&v, false).into_owned()));
                    }
                }
            }
            Binding::Header(name) => {
                let list = matches!((member.target)(), TypeSchema::List { .. });
                // An empty list is sent, as an empty value.
                let joined = if list { join_header_list(&text.items, text.timestamps) } else { text.items.join("") };
                self.headers.push((name.to_owned(), joined.trim().to_owned()));
            }
            Binding::PrefixHeaders(prefix) => {
                for (key, values) in text.entries {
                    self.headers.push((format!("{prefix}{key}"), values.join(", ")));
                }
            }
            Binding::Body | Binding::Payload | Binding::ResponseCode | Binding::EventHeader | Binding::EventPayload => {
            }
        }
    }

    /// The path and query of the request: the URI template's labels filled in, its literal
    /// query kept, then the bound query parameters.
    pub fn uri(&self, template: &str) -> String {
        self.uri_omitting(template, &[])
    }

    /// [`RequestParts::uri`] without the path segments of the labels in `omitted`, which the
    /// endpoint already holds (S3's `{Bucket}`, in the host or the path the rules resolve):
    /// `/{Bucket}/{Key+}` is `/` and the key.
    pub fn uri_omitting(&self, template: &str, omitted: &[&str]) -> String {
        let (path, literal) = template.split_once('?').map_or((template, None), |(p, q)| (p, Some(q)));
        let mut out = String::with_capacity(path.len() + 32);
        let mut rest = path;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let close = after.find('}').unwrap_or(after.len());
            let inner = &after[..close];
            let (name, greedy) = inner.strip_suffix('+').map_or((inner, false), |n| (n, true));
            rest = after.get(close + 1..).unwrap_or("");
            if omitted.contains(&name) {
                // The segment goes, with the slash that ends it.
                rest = rest.strip_prefix('/').unwrap_or(rest);
                continue;
            }
            let value = self.labels.iter().find(|(n, _)| *n == name).map_or("", |(_, v)| v.as_str());
            out.push_str(&percent_encode(value, greedy));
        }
        out.push_str(rest);
        let mut pairs: Vec<String> = Vec::new();
        if let Some(literal) = literal.filter(|l| !l.is_empty()) {
            pairs.extend(literal.split('&').map(str::to_owned));
        }
        pairs.extend(self.query.iter().map(|(k, v)| format!("{k}={v}")));
        let set: Vec<&str> = self.query.iter().map(|(k, _)| k.as_str()).collect();
        pairs.extend(
            self.query_params.iter().filter(|(k, _)| !set.contains(&k.as_str())).map(|(k, v)| format!("{k}={v}")),
        );
        if !pairs.is_empty() {
            out.push('?');
            out.push_str(&pairs.join("&"));
        }
        out
    }

    /// The problems with the input's labels, if any.
    pub fn check(&mut self) -> Result<(), Violations> {
        if self.problems.is_empty() { Ok(()) } else { Err(Violations(std::mem::take(&mut self.problems))) }
    }

    /// The request these parts make for an operation bound by `http`, sent to `cx`'s endpoint
    /// (its `endpoint_labels` already in the host), with the protocol's `body` and its content
    /// type, or a streamed one. Not generic, so compiled once rather than per operation.
    pub(crate) fn into_request(
        mut self,
        http: crate::operation::Http,
        endpoint_labels: &[&str],
        cx: &super::RequestContext<'_>,
        body: Option<(bytes::Bytes, &'static str)>,
        stream: Option<crate::byte_stream::StreamingBody>,
    ) -> Result<crate::http::HttpRequest, Violations> {
        self.check()?;
        let base = cx.endpoint_url.trim_end_matches('/');
        let path = self.uri_omitting(http.uri, endpoint_labels);
        let mut request = crate::http::HttpRequest::new(http.method, format!("{base}{path}"));
        for (name, value) in self.headers {
            request.headers.push((name.to_ascii_lowercase(), value));
        }
        if let Some((body, content_type)) = body {
            // A member bound to `Content-Type` says what the payload is.
            if request.header("content-type").is_none() {
                request.set_header("content-type", content_type);
            }
            request.body = body;
        }
        request.stream = stream;
        Ok(request)
    }
}

/// What a bound member of a message is read from.
#[derive(Debug, Clone)]
pub enum Text<'a> {
    /// One header's value (a scalar, or a list to split).
    Header(Cow<'a, str>),
    /// Every header with this prefix, as a map.
    Prefixed(Vec<(String, &'a str)>),
    /// The status code.
    Status(u16),
    /// A request's URI label or query values, decoded: one for a scalar, each item of a list.
    Uri(Vec<Cow<'a, str>>),
    /// A request's query parameters as a map (`http_query_params`): each key's values.
    Query(Vec<(String, Vec<Cow<'a, str>>)>),
}

/// Reads a bound member of a response from its text.
#[derive(Debug)]
pub struct TextReader<'a> {
    cx: &'a mut Decoder,
    text: Text<'a>,
}

impl<'a> TextReader<'a> {
    /// A reader of `text`, reporting to `cx`.
    pub fn new(cx: &'a mut Decoder, text: Text<'a>) -> Self {
        Self { cx, text }
    }

    fn scalar(&self) -> &str {
        match &self.text {
            Text::Header(v) => v.trim(),
            Text::Uri(values) => values.first().map_or("", |v| v.as_ref()),
            _ => "",
        }
    }

    fn location(&self) -> Location {
        match self.text {
            Text::Uri(_) | Text::Query(_) => Location::Uri,
            _ => Location::Header,
        }
    }

    fn wrong<T>(&mut self, expected: &'static str) -> Option<T> {
        self.report_wrong(expected);
        None
    }

    fn report_wrong(&mut self, expected: &'static str) {
        let quoted = (!self.cx.in_sensitive()).then(|| self.scalar());
        let (kind, found) = match self.location() {
            Location::Header => ("a header value", quoted.map(|found| format!("header value {found:?}"))),
            Location::Uri => ("a URI value", quoted.map(|found| format!("URI value {found:?}"))),
        };
        self.cx.report_wrong_type(expected, kind, found);
    }
}

impl ShapeDeserializer for TextReader<'_> {
    fn decoder(&mut self) -> &mut Decoder {
        self.cx
    }
    fn read_struct<F: FnMut(&mut Self, usize)>(&mut self, _: &MemberSchema, _: &'static ShapeSchema, _: F) -> bool {
        self.wrong::<()>("structure").is_some()
    }
    fn read_union<F: FnMut(&mut Self, Field<'_>)>(&mut self, _: &MemberSchema, _: &'static ShapeSchema, _: F) -> bool {
        self.wrong::<()>("union").is_some()
    }
    fn read_unknown_member(&mut self, _: &str) -> Option<UnknownMember> {
        None
    }
    fn read_list<F: FnMut(&mut Self)>(&mut self, member: &MemberSchema, mut item: F) -> bool {
        if let Text::Uri(values) = self.text.clone() {
            for (i, value) in values.into_iter().enumerate() {
                let saved = std::mem::replace(&mut self.text, Text::Uri(vec![value]));
                self.cx.push_index(i);
                item(self);
                self.cx.pop();
                self.text = saved;
            }
            return true;
        }
        let timestamps =
            matches!((member.target)(), TypeSchema::List { member, .. } if *member == TypeSchema::Timestamp);
        for (i, part) in split_header_list(self.scalar(), timestamps).into_iter().enumerate() {
            let saved = std::mem::replace(&mut self.text, Text::Header(Cow::Owned(part)));
            self.cx.push_index(i);
            item(self);
            self.cx.pop();
            self.text = saved;
        }
        true
    }
    fn read_map<F: FnMut(&mut Self, String)>(&mut self, _: &MemberSchema, mut entry: F) -> bool {
        if let Text::Query(entries) = self.text.clone() {
            for (key, values) in entries {
                let saved = std::mem::replace(&mut self.text, Text::Uri(values));
                self.cx.push_key(&key);
                entry(self, key);
                self.cx.pop();
                self.text = saved;
            }
            return true;
        }
        let Text::Prefixed(entries) = self.text.clone() else { return self.wrong::<()>("map").is_some() };
        for (key, value) in entries {
            let saved = std::mem::replace(&mut self.text, Text::Header(Cow::Borrowed(value)));
            self.cx.push_key(&key);
            entry(self, key);
            self.cx.pop();
            self.text = saved;
        }
        true
    }
    fn read_null(&mut self) -> bool {
        false
    }
    fn read_string(&mut self, member: &MemberSchema, _: &'static str) -> Option<String> {
        let value = self.scalar();
        if member.media_type.is_some() && self.location() == Location::Header {
            return match Blob::from_base64(value).and_then(|b| String::from_utf8(b.0).ok()) {
                Some(s) => Some(s),
                None => self.wrong("base64 text"),
            };
        }
        Some(value.to_owned())
    }
    fn read_bool(&mut self, _: &MemberSchema) -> Option<bool> {
        crate::codec::text::parse_bool(self.scalar()).or_else(|| self.wrong("boolean"))
    }
    fn read_integer(&mut self, _: &MemberSchema, expected: &'static str, min: i64, max: i64) -> Option<i64> {
        let parsed = match self.text {
            Text::Status(code) => Some(i64::from(code)),
            _ => self.scalar().parse::<i64>().ok(),
        };
        match parsed.filter(|n| (min..=max).contains(n)) {
            Some(n) => Some(n),
            None => self.wrong(expected),
        }
    }
    fn read_float(&mut self, _: &MemberSchema, expected: &'static str) -> Option<f64> {
        let text = self.scalar();
        match crate::codec::text::parse_float(text) {
            Some(f) => Some(f),
            None => self.wrong(expected),
        }
    }
    fn read_blob(&mut self, _: &MemberSchema) -> Option<Blob> {
        match Blob::from_base64(self.scalar()) {
            Some(b) => Some(b),
            None => self.wrong("base64 blob"),
        }
    }
    fn read_timestamp(&mut self, member: &MemberSchema) -> Option<DateTime> {
        let format = self.location().timestamp_format(member);
        let text = self.scalar();
        crate::codec::text::parse_timestamp(text, format)
            .or_else(|| self.wrong(crate::codec::text::timestamp_kind(format)))
    }
    fn read_document(&mut self, _: &MemberSchema) -> Option<Document> {
        Some(Document::String(self.scalar().to_owned()))
    }
}

/// Whether a member of a response is read from the body: labels and query parameters mean
/// nothing in a response, so members bound to them are body members there.
pub(crate) fn in_response_body(binding: Binding) -> bool {
    matches!(binding, Binding::Body | Binding::Label | Binding::Query(_) | Binding::QueryParams)
}

/// Reads a member bound to a header, prefix headers or the status code from `response`; `None`
/// when the header is absent.
pub fn read_bound<T: Shape>(
    cx: &mut Decoder,
    member: &'static MemberSchema,
    status: u16,
    headers: &[(String, String)],
) -> Option<Option<T>> {
    let text = bound_text(member, status, headers)?;
    cx.push_member(member.name);
    let mut reader = TextReader::new(cx, text);
    let read = T::deserialize(member, &mut reader);
    let out = cx.salvage(read);
    cx.pop();
    Some(out)
}

/// What [`read_bound`] reads `member` from; `None` when the header is absent or the member is
/// not bound to headers or the status code.
fn bound_text<'h>(member: &MemberSchema, status: u16, headers: &'h [(String, String)]) -> Option<Text<'h>> {
    Some(match member.binding {
        Binding::Header(name) => Text::Header(Cow::Borrowed(
            headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())?,
        )),
        Binding::PrefixHeaders(prefix) => Text::Prefixed(
            headers
                .iter()
                .filter_map(|(n, v)| {
                    let rest = n.get(prefix.len()..)?;
                    n[..prefix.len()].eq_ignore_ascii_case(prefix).then(|| (rest.to_owned(), v.as_str()))
                })
                .collect(),
        ),
        Binding::ResponseCode => Text::Status(status),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_query_values_are_percent_encoded() {
        assert_eq!(percent_encode("a b/c%~", false), "a%20b%2Fc%25~");
        assert_eq!(percent_encode("a b/c", true), "a%20b/c");
        assert_eq!(percent_encode("é", false), "%C3%A9");
        let mut parts = RequestParts::default();
        parts.labels.push(("Key", "a/b c".into()));
        parts.labels.push(("Id", "x".into()));
        parts.query.push(("q".into(), "1".into()));
        parts.query_params.push(("q".into(), "2".into()));
        parts.query_params.push(("r".into(), "3".into()));
        assert_eq!(parts.uri("/{Id}/k/{Key+}?x-id=Get"), "/x/k/a/b%20c?x-id=Get&q=1&r=3");
        assert_eq!(RequestParts::default().uri("/path"), "/path");
    }

    #[test]
    fn header_lists_quote_what_needs_it_and_split_back() {
        let items: Vec<String> = ["b,c", "\"def\"", "a"].iter().map(|s| s.to_string()).collect();
        let joined = join_header_list(&items, false);
        assert_eq!(joined, r#""b,c", "\"def\"", a"#);
        assert_eq!(split_header_list(&joined, false), items);
        assert_eq!(split_header_list("a, b,c ,  d", false), ["a", "b", "c", "d"]);
        assert_eq!(split_header_list("", false), [""]);
        let dates = "Mon, 16 Dec 2019 23:48:18 GMT, Mon, 16 Dec 2019 23:48:18 GMT";
        assert_eq!(split_header_list(dates, true), ["Mon, 16 Dec 2019 23:48:18 GMT", "Mon, 16 Dec 2019 23:48:18 GMT"]);
    }
}
