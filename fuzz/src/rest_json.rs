//! The `rest_json_response` target: a small restJson1 service, declared with the real macros,
//! whose outputs bind members to every kind of header, to prefix headers, to the status code and
//! to a blob, string, enum, structure or union payload, beside JSON bodies with nested lists and
//! maps, `json_name`s and every timestamp format; its errors bind members to headers too.
//!
//! An HTTP response (status, headers, body, as [`super::http_response`] reads them from bytes) is
//! read as each operation's output and, with its code, as each operation's error enum, the way
//! the client reads them. What is read must print, write valid JSON and store; and written back
//! as a server sends it (bound members in headers and the status, the payload or the JSON body;
//! [`write_output`], [`write_error`]) it must read back as the same value.
//!
//! Header names that are not HTTP tokens are left out, as the transport never delivers them.
//! Each bug this target found has a test in `tests/regressions.rs` and its input under
//! `fuzz/regressions/rest_json_response/`.

use std::collections::BTreeMap;
use std::fmt::Debug;

use aws_operation::error::ErrorMeta;
use aws_operation::http::HttpResponse;
use aws_operation::operation::{ErrorShape, Operation, OperationError, UnmodeledError};
use aws_operation::protocol::{Protocol, RestJson1, aws_json};
use aws_operation::schema::{Binding, MemberSchema, OperationSchema, TypeSchema};
use aws_operation::shape::{self, Mode, Shape};
use aws_operation::{Blob, DateTime, Document, UnknownMember, aws_operation, aws_service, aws_shape};
use serde_json::Value;

use super::Stored;

/// The service, at its classic regional endpoint (no rules file to share between the crates
/// that compile this file).
#[aws_service(
    id = "Fuzz Rest",
    protocol = "restJson1",
    signing_name = "fuzzrest",
    api_version = "2020-01-01",
    endpoint_prefix = "fuzzrest"
)]
pub struct FuzzRest;

/// A string enum, with a value that looks like a number.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum FooEnum {
    /// `Foo`
    #[aws(value = "Foo")]
    Foo,
    /// `Bar`
    #[aws(value = "Bar")]
    Bar,
    /// `0`
    #[aws(value = "0")]
    Zero,
    /// A value this client does not know.
    Unknown(String),
}

/// A small structure.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct Greeting {
    /// `hi`.
    pub hi: Option<String>,
}

/// A union of every kind of member, two of them renamed on the wire.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum MyUnion {
    /// `stringValue`, on the wire `FOO`.
    #[aws(json_name = "FOO")]
    StringValue(String),
    /// `booleanValue`.
    BooleanValue(bool),
    /// `numberValue`.
    NumberValue(i32),
    /// `blobValue`.
    BlobValue(Blob),
    /// `timestampValue` (epoch seconds).
    TimestampValue(DateTime),
    /// `enumValue`.
    EnumValue(FooEnum),
    /// `listValue`.
    ListValue(Vec<String>),
    /// `mapValue`.
    MapValue(BTreeMap<String, String>),
    /// `structureValue`, on the wire `_struct`.
    #[aws(json_name = "_struct")]
    StructureValue(Greeting),
    /// A member this client does not know.
    Unknown(UnknownMember),
}

/// A structure with renamed members, nested lists and maps, and itself inside.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct NestedPayload {
    /// `greeting`.
    pub greeting: Option<String>,
    /// `name`.
    pub name: Option<String>,
    /// `foo`, on the wire `Fooooo`.
    #[aws(json_name = "Fooooo")]
    pub foo: Option<String>,
    /// `double`, on the wire `DoubleDribble`.
    #[aws(json_name = "DoubleDribble")]
    pub double: Option<f64>,
    /// `when`, a date-time.
    #[aws(timestamp_format = "date-time")]
    pub when: Option<DateTime>,
    /// Lists of lists.
    pub matrix: Option<Vec<Vec<i32>>>,
    /// Maps of maps.
    pub nested_map: Option<BTreeMap<String, BTreeMap<String, String>>>,
    /// Itself.
    pub recursive: Option<Box<NestedPayload>>,
}

/// Headers of every scalar type and lists of them, timestamps in each format, prefix headers,
/// the status code, and a body member.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct HeadersOutput {
    /// `X-String`.
    #[aws(http_header = "X-String")]
    pub header_string: Option<String>,
    /// `X-Byte`.
    #[aws(http_header = "X-Byte")]
    pub header_byte: Option<i8>,
    /// `X-Short`.
    #[aws(http_header = "X-Short")]
    pub header_short: Option<i16>,
    /// `X-Integer`.
    #[aws(http_header = "X-Integer")]
    pub header_integer: Option<i32>,
    /// `X-Long`.
    #[aws(http_header = "X-Long")]
    pub header_long: Option<i64>,
    /// `X-Float`.
    #[aws(http_header = "X-Float")]
    pub header_float: Option<f32>,
    /// `X-Double`.
    #[aws(http_header = "X-Double")]
    pub header_double: Option<f64>,
    /// `X-Boolean1`.
    #[aws(http_header = "X-Boolean1")]
    pub header_true_bool: Option<bool>,
    /// `X-Boolean2`.
    #[aws(http_header = "X-Boolean2")]
    pub header_false_bool: Option<bool>,
    /// `X-Blob`: base64.
    #[aws(http_header = "X-Blob")]
    pub header_blob: Option<Blob>,
    /// `X-Json`: a string with a media type, base64 in a header.
    #[aws(http_header = "X-Json", media_type = "application/json")]
    pub header_json: Option<String>,
    /// `X-Enum`.
    #[aws(http_header = "X-Enum")]
    pub header_enum: Option<FooEnum>,
    /// `X-StringList`.
    #[aws(http_header = "X-StringList")]
    pub header_string_list: Option<Vec<String>>,
    /// `X-StringSet`.
    #[aws(http_header = "X-StringSet")]
    pub header_string_set: Option<Vec<String>>,
    /// `X-IntegerList`.
    #[aws(http_header = "X-IntegerList")]
    pub header_integer_list: Option<Vec<i32>>,
    /// `X-BooleanList`.
    #[aws(http_header = "X-BooleanList")]
    pub header_boolean_list: Option<Vec<bool>>,
    /// `X-DoubleList`.
    #[aws(http_header = "X-DoubleList")]
    pub header_double_list: Option<Vec<f64>>,
    /// `X-EnumList`.
    #[aws(http_header = "X-EnumList")]
    pub header_enum_list: Option<Vec<FooEnum>>,
    /// `X-BlobList`.
    #[aws(http_header = "X-BlobList")]
    pub header_blob_list: Option<Vec<Blob>>,
    /// `X-TimestampList`: http-dates, which hold commas of their own.
    #[aws(http_header = "X-TimestampList")]
    pub header_timestamp_list: Option<Vec<DateTime>>,
    /// `X-EpochList`.
    #[aws(http_header = "X-EpochList", timestamp_format = "epoch-seconds")]
    pub header_epoch_list: Option<Vec<DateTime>>,
    /// `X-DateTimeList`.
    #[aws(http_header = "X-DateTimeList", timestamp_format = "date-time")]
    pub header_date_time_list: Option<Vec<DateTime>>,
    /// `X-defaultFormat`: http-date, a header's default.
    #[aws(http_header = "X-defaultFormat")]
    pub default_format: Option<DateTime>,
    /// `X-memberDateTime`.
    #[aws(http_header = "X-memberDateTime", timestamp_format = "date-time")]
    pub member_date_time: Option<DateTime>,
    /// `X-memberEpochSeconds`.
    #[aws(http_header = "X-memberEpochSeconds", timestamp_format = "epoch-seconds")]
    pub member_epoch_seconds: Option<DateTime>,
    /// `X-memberHttpDate`.
    #[aws(http_header = "X-memberHttpDate", timestamp_format = "http-date")]
    pub member_http_date: Option<DateTime>,
    /// Every `x-meta-*` header.
    #[aws(http_prefix_headers = "x-meta-")]
    pub meta: Option<BTreeMap<String, String>>,
    /// The status code.
    #[aws(http_response_code)]
    pub status: Option<i32>,
    /// `greeting`, in the body.
    pub greeting: Option<String>,
}

/// A blob payload.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct BlobPayloadOutput {
    /// `X-Foo`.
    #[aws(http_header = "X-Foo")]
    pub foo: Option<String>,
    /// The body.
    #[aws(http_payload)]
    pub blob: Option<Blob>,
}

/// A string payload, with the status code.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct StringPayloadOutput {
    /// `X-Foo`.
    #[aws(http_header = "X-Foo")]
    pub foo: Option<String>,
    /// The status code.
    #[aws(http_response_code)]
    pub status: Option<i32>,
    /// The body.
    #[aws(http_payload)]
    pub text: Option<String>,
}

/// An enum payload.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct EnumPayloadOutput {
    /// The body.
    #[aws(http_payload)]
    pub payload: Option<FooEnum>,
}

/// A structure payload, with headers and prefix headers.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct StructurePayloadOutput {
    /// `X-Foo`.
    #[aws(http_header = "X-Foo")]
    pub foo: Option<String>,
    /// Every `x-meta-*` header.
    #[aws(http_prefix_headers = "x-meta-")]
    pub meta: Option<BTreeMap<String, String>>,
    /// The body.
    #[aws(http_payload)]
    pub nested: Option<NestedPayload>,
}

/// A union payload.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct UnionPayloadOutput {
    /// The body.
    #[aws(http_payload)]
    pub nested: Option<MyUnion>,
}

/// A JSON body of every kind of member, beside a header and the status code.
#[aws_shape]
#[derive(Clone, PartialEq)]
pub struct BodyOutput {
    /// `X-Foo`.
    #[aws(http_header = "X-Foo")]
    pub foo: Option<String>,
    /// The status code.
    #[aws(http_response_code)]
    pub code: Option<i32>,
    /// `stringValue`.
    pub string_value: Option<String>,
    /// `trueBooleanValue`.
    pub true_boolean_value: Option<bool>,
    /// `byteValue`.
    pub byte_value: Option<i8>,
    /// `shortValue`.
    pub short_value: Option<i16>,
    /// `integerValue`.
    pub integer_value: Option<i32>,
    /// `longValue`.
    pub long_value: Option<i64>,
    /// `floatValue`.
    pub float_value: Option<f32>,
    /// `doubleValue`, on the wire `DoubleDribble`.
    #[aws(json_name = "DoubleDribble")]
    pub double_value: Option<f64>,
    /// `data`.
    pub data: Option<Blob>,
    /// `normal`: epoch seconds.
    pub normal: Option<DateTime>,
    /// `dateTime`.
    #[aws(timestamp_format = "date-time")]
    pub date_time: Option<DateTime>,
    /// `httpDate`.
    #[aws(timestamp_format = "http-date")]
    pub http_date: Option<DateTime>,
    /// `documentValue`.
    pub document_value: Option<Document>,
    /// `contents`.
    pub contents: Option<MyUnion>,
    /// `fooEnumList`.
    pub foo_enum_list: Option<Vec<FooEnum>>,
    /// `stringList`.
    pub string_list: Option<Vec<String>>,
    /// `sparseStringList`.
    pub sparse_string_list: Option<Vec<Option<String>>>,
    /// `nestedStringList`.
    pub nested_string_list: Option<Vec<Vec<String>>>,
    /// `structureList`, on the wire `myStructureList`.
    #[aws(json_name = "myStructureList")]
    pub structure_list: Option<Vec<Greeting>>,
    /// `timestampList`: date-times.
    #[aws(timestamp_format = "date-time")]
    pub timestamp_list: Option<Vec<DateTime>>,
    /// `denseStructMap`.
    pub dense_struct_map: Option<BTreeMap<String, Greeting>>,
    /// `denseSetMap`.
    pub dense_set_map: Option<BTreeMap<String, Vec<String>>>,
    /// `sparseNumberMap`.
    pub sparse_number_map: Option<BTreeMap<String, Option<i32>>>,
    /// `nested`.
    pub nested: Option<NestedPayload>,
}

/// An error with members bound to headers, one of them a list, and a nested member renamed.
#[aws_shape(error, status = 403, rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ComplexError {
    /// `X-Header`.
    #[aws(http_header = "X-Header")]
    pub header: Option<String>,
    /// `X-Count`.
    #[aws(http_header = "X-Count")]
    pub count: Option<i32>,
    /// `X-When`: http-date.
    #[aws(http_header = "X-When")]
    pub when: Option<DateTime>,
    /// `X-Tags`.
    #[aws(http_header = "X-Tags")]
    pub tags: Option<Vec<String>>,
    /// `TopLevel`.
    pub top_level: Option<String>,
    /// `Nested`.
    pub nested: Option<ComplexNestedErrorData>,
    /// `Message`.
    pub message: Option<String>,
}

/// The nested member of [`ComplexError`].
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct ComplexNestedErrorData {
    /// `Foo`, on the wire `Fooooo`.
    #[aws(json_name = "Fooooo")]
    pub foo: Option<String>,
}

/// A server error without members.
#[aws_shape(error, fault = "server", status = 500)]
#[derive(Clone, PartialEq)]
pub struct FooError {}

/// A client error with a message.
#[aws_shape(error, status = 400, rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct InvalidGreeting {
    /// `Message`.
    pub message: Option<String>,
}

/// A throttling error with its own code and a header.
#[aws_shape(error, code = "Throttled", status = 429, retryable, throttling)]
#[derive(Clone, PartialEq)]
pub struct ThrottlingError {
    /// `Retry-After`.
    #[aws(http_header = "Retry-After")]
    pub retry_after: Option<i64>,
    /// `message`.
    pub message: Option<String>,
}

/// Headers of every kind.
#[aws_operation(service = FuzzRest, operation = "GetHeaders", output = HeadersOutput, errors = [ComplexError, FooError, InvalidGreeting, ThrottlingError], http(method = "GET", uri = "/headers", code = 200))]
pub struct GetHeaders {}

/// A blob payload.
#[aws_operation(service = FuzzRest, operation = "GetBlob", output = BlobPayloadOutput, errors = [ComplexError, FooError], http(method = "GET", uri = "/blob", code = 200))]
pub struct GetBlob {}

/// A string payload.
#[aws_operation(service = FuzzRest, operation = "GetText", output = StringPayloadOutput, errors = [InvalidGreeting], http(method = "GET", uri = "/text", code = 201))]
pub struct GetText {}

/// An enum payload.
#[aws_operation(service = FuzzRest, operation = "GetEnum", output = EnumPayloadOutput, http(method = "GET", uri = "/enum", code = 200))]
pub struct GetEnum {}

/// A structure payload.
#[aws_operation(service = FuzzRest, operation = "GetStructure", output = StructurePayloadOutput, errors = [ThrottlingError, ComplexError], http(method = "GET", uri = "/structure", code = 200))]
pub struct GetStructure {}

/// A union payload.
#[aws_operation(service = FuzzRest, operation = "GetUnion", output = UnionPayloadOutput, errors = [FooError], http(method = "GET", uri = "/union", code = 200))]
pub struct GetUnion {}

/// A JSON body.
#[aws_operation(service = FuzzRest, operation = "GetBody", output = BodyOutput, errors = [ComplexError, InvalidGreeting], http(method = "POST", uri = "/body", code = 200))]
pub struct GetBody {}

/// `[f::<Operation>, ...]` for every operation of the service.
macro_rules! each_rest_operation {
    ($f:ident) => {
        [
            $f::<GetHeaders>,
            $f::<GetBlob>,
            $f::<GetText>,
            $f::<GetEnum>,
            $f::<GetStructure>,
            $f::<GetUnion>,
            $f::<GetBody>,
        ]
    };
}

/// How many operations the service has.
pub const OPERATIONS: usize = 7;

/// An operation error enum that a server can send back: each modeled error as
/// [`write_error`] writes it, an unmodeled one with its code, message and request id; `None`
/// when what it sends would not be read as this error again (an unmodeled error whose code is
/// modeled, whose body did not fit; or a code the client does not keep as it is).
pub trait ServerError: OperationError + Debug {
    /// The response a server sends for the error.
    fn server_response(&self) -> Option<HttpResponse>;
}

macro_rules! server_error {
    ($($error:ident: [$($variant:ident),*];)*) => {$(
        impl ServerError for $error {
            fn server_response(&self) -> Option<HttpResponse> {
                match self {
                    $(Self::$variant(e) => Some(write_error(e)),)*
                    Self::Unmodeled(e) => write_unmodeled(e, &[$(<$variant as ErrorShape>::CODE),*]),
                }
            }
        }
    )*};
}

server_error! {
    GetHeadersError: [ComplexError, FooError, InvalidGreeting, ThrottlingError];
    GetBlobError: [ComplexError, FooError];
    GetTextError: [InvalidGreeting];
    GetEnumError: [];
    GetStructureError: [ThrottlingError, ComplexError];
    GetUnionError: [FooError];
    GetBodyError: [ComplexError, InvalidGreeting];
}

/// What every operation of the service has: outputs that store and compare, errors a server
/// can send.
pub trait RestOperation: Operation<Output: Stored, Error: ServerError> {}

impl<O: Operation<Output: Stored, Error: ServerError>> RestOperation for O {}

// ---------------------------------------------------------------------------------------------
// The target
// ---------------------------------------------------------------------------------------------

/// Reads the bytes as an HTTP response: as every operation's output, and as every operation's
/// error. Header lines whose name is not an HTTP token are left out, as the transport (hyper)
/// never delivers them: `tests/regressions.rs` has what such a name still does.
pub fn rest_json_response(data: &[u8]) {
    let mut response = super::http_response(data);
    response.headers.retain(|(name, _)| is_token(name));
    let meta = <RestJson1 as Protocol>::error_meta(&response, false);
    assert!(!meta.code.is_empty(), "an error without a code: {response:?}");
    let _ = (meta.to_string(), <RestJson1 as Protocol>::request_id(&response));
    let cases: [fn(&HttpResponse, &ErrorMeta); OPERATIONS] = each_rest_operation!(case);
    for case in cases {
        case(&response, &meta);
    }
}

/// Whether `name` is an HTTP header name (RFC 9110 `token`), as hyper accepts it.
pub fn is_token(name: &str) -> bool {
    !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

fn case<O: RestOperation>(response: &HttpResponse, meta: &ErrorMeta) {
    output_of::<O>(response);
    error_of::<O>(response, meta);
}

/// The same value, `NaN`s included.
fn same<T: PartialEq + Debug>(a: &T, b: &T) -> bool {
    a == b || format!("{a:?}") == format!("{b:?}")
}

fn output_of<O: RestOperation>(response: &HttpResponse) {
    let Ok(output) = <RestJson1 as Protocol>::output::<O::Output>(response) else { return };
    super::written_and_stored(&output);
    let _ = shape::validate(&output);
    // As a server sends it, it reads back the same.
    let sent = write_output(&output, O::HTTP.code);
    match <RestJson1 as Protocol>::output::<O::Output>(&sent) {
        Ok(again) if same(&output, &again) => {}
        Ok(again) => {
            panic!("{}: {response:?} reads as {output:?}, which sent back as {sent:?} reads as {again:?}", O::NAME)
        }
        Err(e) => {
            panic!("{}: {response:?} reads as {output:?}, which sent back as {sent:?} does not read: {e}", O::NAME)
        }
    }
}

fn error_of<O: RestOperation>(response: &HttpResponse, meta: &ErrorMeta) {
    let error = O::Error::from_wire::<RestJson1>(meta, response);
    let _ = (error.to_string(), format!("{error:?}"), error.retryable());
    let written = error.to_response::<RestJson1>();
    // An error whose members are all bound elsewhere (or that has none) has no body.
    let body_is_json = written.body.is_empty() || serde_json::from_slice::<Value>(&written.body).is_ok();
    assert!(body_is_json, "to_response wrote invalid JSON: {written:?}");
    let Some(sent) = error.server_response() else { return };
    let meta = <RestJson1 as Protocol>::error_meta(&sent, false);
    let again = O::Error::from_wire::<RestJson1>(&meta, &sent);
    assert!(
        format!("{error:?}") == format!("{again:?}") && written == again.to_response::<RestJson1>(),
        "{}: {response:?} reads as {error:?}, which sent back as {sent:?} reads as {again:?}",
        O::NAME
    );
}

// ---------------------------------------------------------------------------------------------
// The server's side
// ---------------------------------------------------------------------------------------------

pub use aws_operation::protocol::rest_json::server::{write_error, write_response as write_output};

/// The response a server sends for an error the operation does not model, unless its code is
/// one of `modeled` or one the client does not keep as it is.
fn write_unmodeled(error: &UnmodeledError, modeled: &[&str]) -> Option<HttpResponse> {
    let meta = &error.meta;
    if modeled.contains(&meta.code.as_str()) || aws_json::sanitize_error_code(&meta.code) != meta.code {
        return None;
    }
    let mut response = error.to_response::<RestJson1>();
    if let Some(id) = &meta.request_id {
        response.headers.push(("x-amzn-requestid".into(), id.clone()));
    }
    Some(response)
}

// ---------------------------------------------------------------------------------------------
// Seeds and dictionary
// ---------------------------------------------------------------------------------------------

/// A response as the bytes [`super::http_response`] reads: two bytes of status, header lines,
/// an empty line, the body.
pub fn encode(response: &HttpResponse) -> Vec<u8> {
    let mut out = (response.status.clamp(100, 599) - 100).to_be_bytes().to_vec();
    for (name, value) in &response.headers {
        out.extend_from_slice(format!("{name}: {value}\n").as_bytes());
    }
    out.push(b'\n');
    if response.headers.is_empty() {
        out.push(b'\n');
    }
    out.extend_from_slice(&response.body);
    out
}

/// A value of every member set, from the schema ([`super::sample`]).
fn sample_of<T: Shape>() -> T {
    let value = super::sample(&T::type_schema(), None, None, 0);
    match aws_operation::codec::json::value::from_value(&value, &MemberSchema::ROOT, Mode::Strict) {
        Ok(read) => read,
        Err(problems) => panic!("the sample {value} does not read: {problems}"),
    }
}

fn seeds_of<O: RestOperation>() -> [Vec<u8>; 2] {
    let mut sample = write_output(&sample_of::<O::Output>(), O::HTTP.code);
    // A status member's sample is no status.
    if !(100..600).contains(&sample.status) {
        sample.status = O::HTTP.code;
    }
    let sample = encode(&sample);
    [sample, encode(&HttpResponse { status: O::HTTP.code, headers: Vec::new(), body: Default::default() })]
}

fn error_seed<E: ErrorShape>() -> Vec<u8> {
    encode(&write_error(&sample_of::<E>()))
}

/// The target's own seeds, besides those from botocore's vectors: each output's sample as a
/// server sends it, each error's, and an empty response of each operation.
pub fn seeds() -> Vec<Vec<u8>> {
    let per_operation: [fn() -> [Vec<u8>; 2]; OPERATIONS] = each_rest_operation!(seeds_of);
    let mut out: Vec<Vec<u8>> = per_operation.iter().flat_map(|f| f()).collect();
    out.extend([
        error_seed::<ComplexError>(),
        error_seed::<FooError>(),
        error_seed::<InvalidGreeting>(),
        error_seed::<ThrottlingError>(),
    ]);
    out
}

/// Header names, wire keys, enum values and error codes of the service, and the words of the
/// protocol.
pub fn dictionary() -> Vec<String> {
    fn walk(ty: &TypeSchema, seen: &mut Vec<&'static str>, words: &mut Vec<String>) {
        match ty {
            TypeSchema::List { member: inner, .. } | TypeSchema::Map { value: inner, .. } => walk(inner, seen, words),
            TypeSchema::Shape(s) if !seen.contains(&s.name) => {
                seen.push(s.name);
                words.extend(s.values.iter().map(|v| (*v).to_owned()));
                if let Some(e) = s.error {
                    words.push(e.code.to_owned());
                }
                for m in s.members {
                    match m.binding {
                        Binding::Header(name) => words.push(format!("{name}: ")),
                        Binding::PrefixHeaders(prefix) => words.push(prefix.to_owned()),
                        Binding::ResponseCode => {}
                        _ => words.push(format!("\"{}\"", m.json_name.unwrap_or(m.name))),
                    }
                    walk(&(m.target)(), seen, words);
                }
            }
            _ => {}
        }
    }
    fn of<O: RestOperation>() -> &'static OperationSchema {
        O::schema()
    }
    let all: [fn() -> &'static OperationSchema; OPERATIONS] = each_rest_operation!(of);
    let (mut words, mut seen) = (Vec::new(), Vec::new());
    for schema in all.map(|f| f()) {
        walk(&(schema.output)(), &mut seen, &mut words);
        schema.errors.iter().for_each(|e| walk(&e(), &mut seen, &mut words));
    }
    words.extend(
        [
            "x-amzn-errortype: ",
            "x-amzn-requestid: ",
            "content-type: application/json",
            "__type",
            "\"code\"",
            "\"message\"",
            "\"Message\"",
            "\"errorMessage\"",
            "#",
            ":http://internal.amazon.com/",
            "NaN",
            "Infinity",
            "-Infinity",
            "Mon, 16 Dec 2019 23:48:18 GMT",
            "2019-12-16T23:48:18Z",
            "1576540098.5",
            "dHJ1ZQ==",
            "\"\\\"\"",
            ", ",
        ]
        .map(str::to_owned),
    );
    words
}
