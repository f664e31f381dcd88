//! The `rest_xml_response` target: an HTTP response (status, headers, body, as
//! [`super::http_response`] reads them from bytes) read as the response of every operation of
//! the S3 slice (`aws-operation-s3`, restXml), the way the client reads it ([`client_reads`]):
//!
//! - a 2xx is the output, or a body that cannot be read, never the service's error; unless the
//!   operation's output is read whole (no streaming payload) and the body is an `<Error>` (S3's
//!   CompleteMultipartUpload and CopyObject fail so after they began): then it is the service's
//!   error, as it is whenever the document's root element is `<Error>` after nothing but an XML
//!   declaration, comments and whitespace ([`error_document`]);
//! - any other status is the service's error, never an output: it carries a code (the
//!   `<Code>` of an `<Error>` body; for a body that is empty, one named by the status alone,
//!   `NotFound` for a 404, whatever the headers) and the status, and the request id of the
//!   headers if they give one;
//! - an output prints, writes valid JSON and stores (and what is stored reads back the same);
//! - a body cut short is never a success, unless what is left is the same document (the cut
//!   fell after the root element) and so reads as the same output; a body cut to nothing but
//!   whitespace is the empty output the protocol makes of an empty body, and is left out;
//! - a streaming output (GetObject) takes the body as a [`ByteStream`] (given in chunks, with
//!   its length, as the transport gives it): read to its end, the stream yields exactly the
//!   body's bytes; the stream of a body cut short (its length still the whole body's) ends in
//!   an error, never a short success.
//!
//! restXml has no server side in the runtime yet (no `ServerProtocol`), so unlike the query
//! targets nothing is written back: outputs and errors are not sent again and re-read.
//! Response checksums are not checked either: the client checks them only when the request
//! asked for them. Header lines whose name is not an HTTP token are left out, as the transport
//! never delivers them. Cutting bodies short is done for one operation per input (the body's
//! length picks it), as what a cut does to the document is the same for each.

use std::any::Any;
use std::fmt::Debug;

use aws_operation::codec::xml;
use aws_operation::http::HttpResponse;
use aws_operation::operation::{Operation, OperationError, Service};
use aws_operation::protocol::{Protocol, RestXml};
use aws_operation::schema::{Binding, MemberSchema, OperationSchema, TypeSchema};
use aws_operation::shape::{self, Shape};
use aws_operation::{ByteStream, Error, ServiceError};
use aws_operation_s3::GetObjectOutput;
use bytes::Bytes;
use futures_util::FutureExt as _;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// What the target needs of an operation: an output that prints and stores. (GetObject's
/// output holds a stream, so outputs are not compared with `PartialEq` but by what they write.)
pub trait S3Operation: Operation<Output: Debug + Serialize + DeserializeOwned> {}

impl<O: Operation<Output: Debug + Serialize + DeserializeOwned>> S3Operation for O {}

/// One operation's case: reads a response, and whether to cut its body short too.
type Case = fn(&HttpResponse, bool);

/// How many operations the S3 slice has.
pub const S3_OPERATIONS: usize = 22;

fn cases() -> [Case; S3_OPERATIONS] {
    aws_operation_s3::each_operation!(case)
}

/// Reads the bytes as a response of each operation of S3.
pub fn rest_xml_response(data: &[u8]) {
    let mut response = super::http_response(data);
    response.headers.retain(|(name, _)| super::rest_json::is_token(name));
    let cases = cases();
    let cut = response.body.len() % cases.len();
    for (i, case) in cases.iter().enumerate() {
        case(&response, i == cut);
    }
}

/// Whether the output takes the body as a stream: it has a streaming payload member (as the
/// client decides, `client::streams_output`).
pub fn streams<T: Shape>() -> bool {
    match T::type_schema() {
        TypeSchema::Shape(shape) => shape.members.iter().any(|m| m.streaming),
        _ => false,
    }
}

/// The body as the transport hands a streamed one over: in chunks (an empty one first, then
/// thirds), with its length.
pub fn body_stream(body: &[u8], len: usize) -> ByteStream {
    let third = body.len().div_ceil(3).max(1);
    let mut chunks = vec![Ok::<_, std::io::Error>(Bytes::new())];
    chunks.extend(body.chunks(third).map(|c| Ok(Bytes::copy_from_slice(c))));
    ByteStream::from_stream(futures_util::stream::iter(chunks), Some(len as u64))
}

/// What the client makes of a response of `O`, as `client::decode_output` and `decode_error`
/// (private to the client's call loop) do: a 2xx is the output (a streaming one takes the body
/// as a stream, the response then bodiless, as the transport leaves it), or a body that cannot
/// be read, unless a response read whole carries an `<Error>`
/// (`Protocol::error_in_success`); any other status is the service's error, its code, message
/// and request ids read by the protocol and its variant chosen by the operation's error enum.
pub fn client_reads<O: S3Operation>(response: &HttpResponse) -> Result<O::Output, Error<O::Error>> {
    let streaming = streams::<O::Output>();
    if (200..300).contains(&response.status) && (streaming || !RestXml::error_in_success(response)) {
        let request_id = RestXml::request_id(response);
        let output = if streaming {
            let stream = body_stream(&response.body, response.body.len());
            let head = HttpResponse { status: response.status, headers: response.headers.clone(), body: Bytes::new() };
            RestXml::streaming_output::<O::Output>(&head, stream)
        } else {
            RestXml::output::<O::Output>(response)
        };
        return match output {
            Ok(mut output) => {
                O::after_output(&mut output);
                Ok(output)
            }
            Err(source) => Err(Error::Response { status: response.status, request_id, source }),
        };
    }
    let mut meta = RestXml::error_meta(response, <O::Service as Service>::QUERY_COMPATIBLE);
    meta.message_sensitive = O::Error::message_is_sensitive(&meta.code);
    meta.extended_request_id = response.header("x-amz-id-2").map(str::to_owned);
    let error = O::Error::from_wire::<RestXml>(&meta, response);
    Err(Error::Service(ServiceError { error, meta }))
}

/// The response, with its body as text (`HttpResponse`'s `Debug` shows only its length).
fn show(response: &HttpResponse) -> String {
    format!("{} {:?} {:?}", response.status, response.headers, String::from_utf8_lossy(&response.body))
}

/// What a value writes: its JSON and its `Debug` (which tell apart what `PartialEq` would).
fn written<T: Shape + Debug>(value: &T) -> (String, String) {
    (shape::to_json(value), format!("{value:?}"))
}

/// Whether the body is an `<Error>` document as `Protocol::error_in_success` documents it: it
/// parses, and its root element is `<Error>` ([`starts_as_error`]).
pub fn error_document(body: &[u8]) -> bool {
    starts_as_error(body) && xml::parse(body).is_ok_and(|root| root.name == "Error")
}

/// Whether the body starts with an `<Error>` start tag (`<Error>`, `<Error/>`, `<Error ...`),
/// after nothing but whitespace, an XML declaration (or other processing instructions) and
/// comments.
pub fn starts_as_error(body: &[u8]) -> bool {
    let mut rest = body.trim_ascii_start();
    loop {
        let (open, close): (&[u8], &[u8]) = if rest.starts_with(b"<?") {
            (b"<?", b"?>")
        } else if rest.starts_with(b"<!--") {
            (b"<!--", b"-->")
        } else {
            break;
        };
        let after = &rest[open.len()..];
        let Some(end) = after.windows(close.len()).position(|w| w == close) else { return false };
        rest = after[end + close.len()..].trim_ascii_start();
    }
    rest.strip_prefix(b"<Error").is_some_and(|r| matches!(r.first(), Some(b'>' | b'/' | b' ' | b'\t' | b'\r' | b'\n')))
}

/// The `<Code>` of an error body (an `<Error>`, bare or in an `<ErrorResponse>`), trimmed, if
/// it has one that is not empty.
fn body_code(body: &[u8]) -> Option<String> {
    let root = xml::parse(body).ok()?;
    let error = if root.name == "Error" { &root } else { root.child("Error")? };
    let code = error.child_text("Code")?.trim();
    (!code.is_empty()).then(|| code.to_owned())
}

fn case<O: S3Operation>(response: &HttpResponse, cut: bool) {
    let success = (200..300).contains(&response.status);
    let streaming = streams::<O::Output>();
    let error_in_success = success && !streaming && error_document(&response.body);
    match client_reads::<O>(response) {
        Ok(mut output) => {
            assert!(success, "{}: a {} response reads as the output {output:?}", O::NAME, show(response));
            assert!(!error_in_success, "{}: {} reads as the output {output:?}, not an error", O::NAME, show(response));
            if streaming {
                streamed::<O>(response, &mut output);
            }
            printed_and_stored(&output);
            let _ = shape::validate(&output);
            if cut {
                cut_short::<O>(response, &output);
            }
        }
        Err(Error::Response { status, source, request_id }) => {
            assert!(
                success && !error_in_success && status == response.status,
                "{}: {} reads as a body problem: {source}",
                O::NAME,
                show(response)
            );
            assert!(request_id == RestXml::request_id(response), "{}: the request id of {}", O::NAME, show(response));
            let _ = source.to_string();
        }
        Err(Error::Service(service)) => {
            let (meta, error) = (&service.meta, &service.error);
            // A 2xx is an error only when its body starts as one.
            let error_body = success && !streaming && starts_as_error(&response.body);
            assert!(!success || error_body, "{}: {} reads as the error {error:?}", O::NAME, show(response));
            assert!(!meta.code.is_empty(), "{}: an error without a code: {}", O::NAME, show(response));
            assert!(meta.status == response.status, "{}: {meta:?} of {}", O::NAME, show(response));
            if let Some(code) = body_code(&response.body) {
                assert!(meta.code == code, "{}: {} has the code {code}, not {meta:?}", O::NAME, show(response));
            }
            if response.body.trim_ascii().is_empty() {
                bodiless(response, meta);
            }
            if let Some(id) = RestXml::request_id(response) {
                assert!(
                    meta.request_id == Some(id),
                    "{}: the request id of {} is not {meta:?}",
                    O::NAME,
                    show(response)
                );
            }
            let _ = (service.to_string(), error.to_string(), format!("{error:?}"), error.retryable());
        }
        Err(other) => panic!("{}: {} reads as {other:?}", O::NAME, show(response)),
    }
}

/// An error without a body is named by its status alone (S3's HEAD errors): `NotFound` for a
/// 404; a name of letters and digits; the same whatever the headers.
fn bodiless(response: &HttpResponse, meta: &aws_operation::ErrorMeta) {
    let bare = HttpResponse { status: response.status, headers: Vec::new(), body: Bytes::new() };
    let code = RestXml::error_meta(&bare, false).code;
    assert!(meta.code == code, "{}: {meta:?}, but a bare {} is {code}", show(response), response.status);
    assert!(code.bytes().all(|b| b.is_ascii_alphanumeric()), "a {} is {code}", response.status);
    if response.status == 404 {
        assert_eq!(code, "NotFound", "a bodiless 404");
    }
}

/// A streaming output's body, read to its end, is the response's body; the body cut short is
/// an error at the stream's end. The body read is put back in memory, so that the output stores.
fn streamed<O: S3Operation>(response: &HttpResponse, output: &mut O::Output) {
    let Some(output) = (output as &mut dyn Any).downcast_mut::<GetObjectOutput>() else {
        panic!("{}: a streaming output this target does not know: add it to `streamed`", O::NAME);
    };
    let Some(stream) = output.body.take() else { panic!("{}: no stream for {}", O::NAME, show(response)) };
    match stream.collect().now_or_never() {
        Some(Ok(bytes)) => {
            assert!(bytes == response.body, "{}: the stream of {} yields {bytes:?}", O::NAME, show(response));
            output.body = Some(ByteStream::new(bytes));
        }
        other => panic!("{}: the stream of {} reads as {other:?}", O::NAME, show(response)),
    }
    let body = &response.body[..];
    for cut in cuts(body) {
        let short = body_stream(&body[..cut], body.len()).collect().now_or_never();
        assert!(
            matches!(short, Some(Err(_))),
            "{}: {} cut to {cut} bytes streams as {short:?}",
            O::NAME,
            show(response)
        );
    }
}

/// What any output must allow: written as JSON text that parses, printed with `Debug`, and
/// stored with serde, which reads back as the same output.
fn printed_and_stored<T: Shape + Debug + Serialize + DeserializeOwned>(value: &T) {
    let text = shape::to_json(value);
    if let Err(e) = serde_json::from_str::<Value>(&text) {
        panic!("to_json wrote invalid JSON ({e}): {text}");
    }
    let stored = match serde_json::to_string(value) {
        Ok(stored) => stored,
        Err(e) => panic!("serde cannot store {value:?}: {e}"),
    };
    match serde_json::from_str::<T>(&stored) {
        Ok(back) => assert!(written(&back) == written(value), "{value:?} stored as {stored} reads back as {back:?}"),
        Err(e) => panic!("{value:?} stored as {stored} does not read back: {e}"),
    }
}

/// Where a body is cut short: a few places through it, and before its last `>`.
pub fn cuts(body: &[u8]) -> Vec<usize> {
    super::query::cuts(body)
}

/// The body cut short is not a success, unless the cut left the same document.
fn cut_short<O: S3Operation>(response: &HttpResponse, output: &O::Output) {
    let body = &response.body[..];
    // A streamed body is never read as a document: `streamed` cuts it.
    if body.trim_ascii().is_empty() || streams::<O::Output>() {
        return;
    }
    let whole = xml::parse(body).ok();
    for cut in cuts(body) {
        let prefix = &body[..cut];
        if prefix.trim_ascii().is_empty() {
            continue;
        }
        let short =
            HttpResponse { status: response.status, headers: response.headers.clone(), body: prefix.to_vec().into() };
        match client_reads::<O>(&short) {
            Err(Error::Response { .. } | Error::Service(_)) => {}
            Ok(read) => assert!(
                whole.is_some() && xml::parse(prefix).ok() == whole && written(&read) == written(output),
                "{}: {} cut to {cut} bytes reads as {read:?}",
                O::NAME,
                show(response)
            ),
            Err(other) => panic!("{}: {} cut to {cut} bytes reads as {other:?}", O::NAME, show(response)),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Seeds and dictionary
// ---------------------------------------------------------------------------------------------

/// S3's namespace, which its documents declare.
pub const S3_NAMESPACE: &str = "http://s3.amazonaws.com/doc/2006-03-01/";

/// A response as the bytes [`super::http_response`] reads.
fn encode(response: &HttpResponse) -> Vec<u8> {
    super::rest_json::encode(response)
}

/// A response with `status`, `headers` and a body.
pub fn response(status: u16, headers: &[(&str, &str)], body: &str) -> HttpResponse {
    HttpResponse {
        status,
        headers: headers.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect(),
        body: body.to_owned().into_bytes().into(),
    }
}

/// An operation's seeds: its sample output (its headers as a REST server binds them, its body
/// members as an XML document in S3's namespace, or its payload), an empty success, and each
/// of its modeled errors as S3 sends them.
fn seeds_of<O: S3Operation>() -> Vec<HttpResponse> {
    let sample = super::query::sample_of::<O::Output>();
    let mut sent = aws_operation::protocol::rest_json::server::write_response(&sample, O::HTTP.code);
    if !streams::<O::Output>() {
        sent.headers.retain(|(name, _)| name != "content-type");
        sent.headers.push(("content-type".to_owned(), "application/xml".to_owned()));
        let root = match O::Output::type_schema() {
            TypeSchema::Shape(s) => s.name.trim_end_matches("Output"),
            _ => "Result",
        };
        sent.body = xml::writer::to_element(root, Some(S3_NAMESPACE), &sample).into_bytes().into();
    }
    if !(100..600).contains(&sent.status) {
        sent.status = O::HTTP.code;
    }
    sent.headers.push(("x-amz-request-id".to_owned(), "4442587FB7D0A2F9".to_owned()));
    let mut out = vec![sent, HttpResponse { status: O::HTTP.code, headers: Vec::new(), body: Bytes::new() }];
    for error in &O::schema().errors {
        let TypeSchema::Shape(s) = error() else { continue };
        let Some(e) = s.error else { continue };
        let body = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>{}</Code><Message>sample message</Message>\
             <RequestId>4442587FB7D0A2F9</RequestId><HostId>aG9zdA==</HostId></Error>",
            e.code
        );
        // The schema has no status: S3's `NoSuch*` are 404s.
        let status = match e.code {
            _ if e.server_fault => 500,
            code if code.starts_with("NoSuch") => 404,
            _ => 400,
        };
        out.push(response(status, &[("content-type", "application/xml"), ("x-amz-request-id", "r-1")], &body));
    }
    out
}

fn schema_of<O: S3Operation>() -> &'static OperationSchema {
    O::schema()
}

/// The target's own seeds, besides the responses of botocore's rest-xml vectors: each
/// operation's sample output and errors, and responses as S3 sends them.
pub fn seeds() -> Vec<Vec<u8>> {
    let per_operation: [fn() -> Vec<HttpResponse>; S3_OPERATIONS] = aws_operation_s3::each_operation!(seeds_of);
    let mut out: Vec<Vec<u8>> = per_operation.iter().flat_map(|f| f()).map(|r| encode(&r)).collect();
    out.extend(s3_responses().iter().map(encode));
    out
}

/// Responses as S3 sends them, for the seeds and for `tests/regressions.rs`.
pub fn s3_responses() -> Vec<HttpResponse> {
    let xml = [
        ("content-type", "application/xml"),
        ("x-amz-request-id", "tx00000000000000000001"),
        ("x-amz-id-2", "aWQtMg=="),
    ];
    vec![
        response(200, &xml, LIST_OBJECTS_V2),
        response(200, &xml, LIST_OBJECTS_V2_URL),
        response(200, &xml, GET_BUCKET_LOCATION),
        response(200, &xml, GET_BUCKET_LOCATION_US_EAST_1),
        response(200, &xml, LIST_PARTS),
        response(200, &xml, COMPLETE_MULTIPART_UPLOAD),
        response(200, &xml, COPY_OBJECT),
        response(200, &xml, GET_OBJECT_TAGGING),
        response(200, &xml, DELETE_OBJECTS),
        response(200, &xml, LIST_BUCKETS),
        response(200, &xml, CREATE_MULTIPART_UPLOAD),
        response(404, &xml, NO_SUCH_KEY),
        response(200, &xml, INTERNAL_ERROR_IN_200),
        response(200, &xml, &format!("\n\n  {}", INTERNAL_ERROR_IN_200.trim_start_matches(DECLARATION))),
        response(404, &[("x-amz-request-id", "tx2"), ("content-length", "0")], ""),
        response(403, &[("x-amz-request-id", "tx3")], ""),
        response(301, &xml, PERMANENT_REDIRECT),
        response(503, &xml, SLOW_DOWN),
        response(403, &xml, ACCESS_DENIED_WRAPPED),
        response(
            200,
            &[
                ("content-type", "text/plain"),
                ("content-length", "11"),
                ("etag", "\"5eb63bbbe01eeed093cb22bb8f5acdc3\""),
                ("last-modified", "Wed, 02 Dec 2026 10:00:00 GMT"),
                ("x-amz-meta-team", "finance"),
                ("x-amz-meta-Empty", ""),
                ("x-amz-version-id", "3sL4kqtJlcpXroDTDmJ+rmSpXd3dIbrHY+MTRCxf3vjVBH40Nr8X8gdRQBpUMLUo"),
                ("x-amz-storage-class", "STANDARD_IA"),
                ("x-amz-missing-meta", "2"),
                ("x-amz-request-id", "tx4"),
            ],
            "hello world",
        ),
        response(206, &[("content-range", "bytes 0-4/11"), ("content-length", "5")], "hello"),
        // A 200 whose body looks like an error: a streamed object holds it; the others refuse it.
        response(200, &[("content-type", "application/xml")], "<Error><Code>NotAnError</Code></Error>"),
        response(
            200,
            &[("x-amz-delete-marker", "true"), ("x-amz-version-id", "null"), ("x-amz-request-id", "tx5")],
            "",
        ),
        response(200, &xml, "<Weird><Unclosed>"),
        response(500, &[("content-type", "text/html")], "<html><body>Internal Server Error</body></html>"),
    ]
}

/// Element names of the operations' outputs and errors, header names, error codes, enum
/// values, and the protocol's words.
pub fn dictionary() -> Vec<String> {
    fn walk(ty: &TypeSchema, seen: &mut Vec<&'static str>, words: &mut Vec<String>) {
        match ty {
            TypeSchema::List { member: inner, .. } | TypeSchema::Map { value: inner, .. } => walk(inner, seen, words),
            TypeSchema::Shape(s) if !seen.contains(&s.name) => {
                seen.push(s.name);
                words.extend(s.values.iter().map(|v| (*v).to_owned()));
                if let Some(e) = s.error {
                    words.push(format!("<Code>{}</Code>", e.code));
                }
                for m in s.members {
                    member_words(m, words);
                    walk(&(m.target)(), seen, words);
                }
            }
            _ => {}
        }
    }
    fn member_words(m: &MemberSchema, words: &mut Vec<String>) {
        match m.binding {
            Binding::Header(name) => words.push(format!("{}: ", name.to_ascii_lowercase())),
            Binding::PrefixHeaders(prefix) => words.push(prefix.to_ascii_lowercase()),
            _ => {
                let name = xml::element_name(m);
                words.push(format!("<{name}>"));
                words.push(format!("</{name}>"));
                words.extend(m.item_name.map(|item| format!("<{item}>")));
            }
        }
    }
    let all: [fn() -> &'static OperationSchema; S3_OPERATIONS] = aws_operation_s3::each_operation!(schema_of);
    let (mut words, mut seen) = (Vec::new(), Vec::new());
    for schema in all.map(|f| f()) {
        walk(&(schema.output)(), &mut seen, &mut words);
        schema.errors.iter().for_each(|e| walk(&e(), &mut seen, &mut words));
    }
    words.extend(
        [
            DECLARATION,
            "<Error>",
            "</Error>",
            "<ErrorResponse>",
            "<Code>",
            "<Message>",
            "<RequestId>",
            "<HostId>",
            "<Code>NoSuchKey</Code>",
            "<Code>InternalError</Code>",
            "<Code>SlowDown</Code>",
            "<Code>AccessDenied</Code>",
            "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">",
            "<LocationConstraint>",
            "<![CDATA[",
            "]]>",
            "&amp;",
            "&#x",
            "<!--",
            "-->",
            "/>",
            "%2F",
            "%20",
            "%",
            "url",
            "true",
            "2026-12-02T10:00:00.000Z",
            "Wed, 02 Dec 2026 10:00:00 GMT",
            "x-amz-request-id: ",
            "x-amzn-requestid: ",
            "x-amz-id-2: ",
            "content-type: application/xml",
            "content-length: ",
        ]
        .map(str::to_owned),
    );
    words
}

// ---------------------------------------------------------------------------------------------
// Responses as S3 sends them
// ---------------------------------------------------------------------------------------------

const DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

/// A page of `ListObjectsV2`, with objects and common prefixes.
pub const LIST_OBJECTS_V2: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Name>amzn-s3-demo-bucket</Name>
  <Prefix>reports/</Prefix>
  <KeyCount>2</KeyCount>
  <MaxKeys>1000</MaxKeys>
  <Delimiter>/</Delimiter>
  <IsTruncated>true</IsTruncated>
  <Contents>
    <Key>reports/2026/11.csv</Key>
    <LastModified>2026-12-02T10:00:00.000Z</LastModified>
    <ETag>&quot;599bab3ed2c697f1d26842727561fd94&quot;</ETag>
    <ChecksumAlgorithm>CRC32</ChecksumAlgorithm>
    <ChecksumType>FULL_OBJECT</ChecksumType>
    <Size>857</Size>
    <StorageClass>STANDARD</StorageClass>
    <Owner><ID>75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a</ID><DisplayName>alice</DisplayName></Owner>
  </Contents>
  <CommonPrefixes><Prefix>reports/2025/</Prefix></CommonPrefixes>
  <Contents>
    <Key>reports/readme &amp; notes.txt</Key>
    <LastModified>2026-11-30T08:15:42.123Z</LastModified>
    <ETag>&quot;d41d8cd98f00b204e9800998ecf8427e-2&quot;</ETag>
    <Size>0</Size>
    <StorageClass>GLACIER</StorageClass>
    <RestoreStatus><IsRestoreInProgress>false</IsRestoreInProgress><RestoreExpiryDate>2026-12-09T00:00:00.000Z</RestoreExpiryDate></RestoreStatus>
  </Contents>
  <CommonPrefixes><Prefix>reports/2026/</Prefix></CommonPrefixes>
  <NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>
</ListBucketResult>"#;

/// A page of `ListObjectsV2` asked for with `encoding-type=url`: keys XML cannot hold, encoded.
pub const LIST_OBJECTS_V2_URL: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Name>amzn-s3-demo-bucket</Name>
  <Prefix>a%20b/</Prefix>
  <StartAfter>a%20b/%00</StartAfter>
  <KeyCount>1</KeyCount>
  <MaxKeys>2</MaxKeys>
  <Delimiter>%2F</Delimiter>
  <EncodingType>url</EncodingType>
  <IsTruncated>false</IsTruncated>
  <Contents><Key>a%20b/%01control%E2%9C%93+plus%2</Key><Size>3</Size></Contents>
  <CommonPrefixes><Prefix>a%20b/c%2Fd/</Prefix></CommonPrefixes>
</ListBucketResult>"#;

/// `GetBucketLocation`: the one member is the root element itself.
pub const GET_BUCKET_LOCATION: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/">eu-west-1</LocationConstraint>"#;

/// `GetBucketLocation` of a bucket in us-east-1: an empty constraint.
const GET_BUCKET_LOCATION_US_EAST_1: &str = r#"<LocationConstraint xmlns="http://s3.amazonaws.com/doc/2006-03-01/"/>"#;

/// `ListParts`, as S3 documents it.
pub const LIST_PARTS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<ListPartsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Bucket>amzn-s3-demo-bucket</Bucket>
  <Key>example-object</Key>
  <UploadId>XXBsb2FkIElEIGZvciBlbHZpbmcncyVcdS1tb3ZpZS5tMnRzEEEwbG9hZA</UploadId>
  <Initiator><ID>arn:aws:iam::111122223333:user/some-user-11116a31-17b5-4fb7-9df5-b288870f11xx</ID><DisplayName>umat-user-11116a31-17b5-4fb7-9df5-b288870f11xx</DisplayName></Initiator>
  <Owner><ID>75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a</ID><DisplayName>someName</DisplayName></Owner>
  <StorageClass>STANDARD</StorageClass>
  <PartNumberMarker>1</PartNumberMarker>
  <NextPartNumberMarker>3</NextPartNumberMarker>
  <MaxParts>2</MaxParts>
  <IsTruncated>true</IsTruncated>
  <Part><PartNumber>2</PartNumber><LastModified>2010-11-10T20:48:34.000Z</LastModified><ETag>"7778aef83f66abc1fa1e8477f296d394"</ETag><Size>10485760</Size></Part>
  <Part><PartNumber>3</PartNumber><LastModified>2010-11-10T20:48:33.000Z</LastModified><ETag>"aaaa18db4cc2f85cedef654fccc4a4x8"</ETag><Size>10485760</Size><ChecksumCRC32>AAAAAA==</ChecksumCRC32></Part>
</ListPartsResult>"#;

/// `CompleteMultipartUpload`, a success.
pub const COMPLETE_MULTIPART_UPLOAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<CompleteMultipartUploadResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Location>https://amzn-s3-demo-bucket.s3.us-east-1.amazonaws.com/example-object</Location>
  <Bucket>amzn-s3-demo-bucket</Bucket>
  <Key>example-object</Key>
  <ETag>"3858f62230ac3c915f300c664312c11f-9"</ETag>
  <ChecksumCRC32>SH2VFQ==-9</ChecksumCRC32>
  <ChecksumType>COMPOSITE</ChecksumType>
</CompleteMultipartUploadResult>"#;

/// `CopyObject`, a success: the payload's root is `<CopyObjectResult>`.
const COPY_OBJECT: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<CopyObjectResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><LastModified>2026-12-02T10:00:00.000Z</LastModified><ETag>"9b2cf535f27731c974343645a3985328"</ETag></CopyObjectResult>"#;

/// `GetObjectTagging`.
pub const GET_OBJECT_TAGGING: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<Tagging xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <TagSet>
    <Tag><Key>team</Key><Value>finance &amp; ops</Value></Tag>
    <Tag><Key>empty</Key><Value></Value></Tag>
  </TagSet>
</Tagging>"#;

/// `DeleteObjects`: deleted objects and errors, flattened side by side.
pub const DELETE_OBJECTS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<DeleteResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Deleted><Key>sample1.txt</Key></Deleted>
  <Error><Key>sample2.txt</Key><Code>AccessDenied</Code><Message>Access Denied</Message></Error>
  <Deleted><Key>sample3.txt</Key><VersionId>3/L4kqtJl40Nr8X8gdRQBpUMLUo</VersionId><DeleteMarker>true</DeleteMarker><DeleteMarkerVersionId>IfTNy5.T</DeleteMarkerVersionId></Deleted>
</DeleteResult>"#;

const LIST_BUCKETS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Owner><ID>bcaf1ffd86f41161ca5fb16fd081034f</ID><DisplayName>webfile</DisplayName></Owner>
  <Buckets>
    <Bucket><Name>amzn-s3-demo-bucket1</Name><CreationDate>2006-02-03T16:45:09.000Z</CreationDate><BucketRegion>us-east-1</BucketRegion></Bucket>
    <Bucket><Name>amzn-s3-demo-bucket2</Name><CreationDate>2006-02-03T16:41:58.000Z</CreationDate></Bucket>
  </Buckets>
  <ContinuationToken>eyJ0IjoxfQ==</ContinuationToken>
</ListAllMyBucketsResult>"#;

const CREATE_MULTIPART_UPLOAD: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<InitiateMultipartUploadResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bucket>amzn-s3-demo-bucket</Bucket><Key>example-object</Key><UploadId>VXBsb2FkIElEIGZvciA2aWWpbmcncyBteS1tb3ZpZS5tMnRzIHVwbG9hZA</UploadId></InitiateMultipartUploadResult>"#;

/// `NoSuchKey`, as S3 sends it: a bare `<Error>`.
pub const NO_SUCH_KEY: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<Error>
  <Code>NoSuchKey</Code>
  <Message>The resource you requested does not exist</Message>
  <Key>missing.txt</Key>
  <RequestId>4442587FB7D0A2F9</RequestId>
  <HostId>Uuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTWAtRPfTaOFg==</HostId>
</Error>"#;

/// A `200 OK` that failed after it began (CompleteMultipartUpload, CopyObject).
pub const INTERNAL_ERROR_IN_200: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<Error>
  <Code>InternalError</Code>
  <Message>We encountered an internal error. Please try again.</Message>
  <RequestId>656c76696e6727732072657175657374</RequestId>
  <HostId>Uuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTWAtRPfTaOFg==</HostId>
</Error>"#;

const PERMANENT_REDIRECT: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting to access must be addressed using the specified endpoint.</Message><Endpoint>amzn-s3-demo-bucket.s3.eu-west-1.amazonaws.com</Endpoint><Bucket>amzn-s3-demo-bucket</Bucket><RequestId>tx6</RequestId></Error>"#;

const SLOW_DOWN: &str = "<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>";

const ACCESS_DENIED_WRAPPED: &str = "<ErrorResponse><Error><Code>AccessDenied</Code><Message>Access Denied</Message>\
    </Error><RequestId>tx7</RequestId></ErrorResponse>";
