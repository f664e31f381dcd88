//! The bodies of the fuzz targets, one function per target, each taking the fuzzer's bytes.
//!
//! `fuzz_targets/*.rs` call them under libFuzzer; `tests/regressions.rs` in the main workspace
//! includes this file and replays every input kept under `fuzz/regressions/<target>/`, so a crash
//! found once stays fixed in the normal test suite. Each function panics only when it finds a
//! bug: decoding may fail, but must not panic, and what it produces must hold together.
//!
//! - [`response`]: the first byte picks one of the 21 operations; the rest is read as its output
//!   (`shape::from_json`, lenient as a client reads responses, and strict).
//! - [`error`]: the bytes are an HTTP error response (status, headers, body); its code, message
//!   and request id are read as the client reads them and every operation's error enum is built
//!   from it (`OperationError::from_wire`), written back as the service's server sends it
//!   (`to_response`) and read again.
//! - [`command`]: the first byte picks an operation; the rest is a command line for it, with
//!   `--cli-input-json`, member flags and `file://` values, run through `aws_operation_cli::run`
//!   (its endpoint is plain http on a host that is not loopback, so nothing is ever sent);
//!   [`input`] reads the bytes as an operation's input with `shape::read_input`.
//! - [`datetime`]: timestamps parsed and written in the three wire formats.
//! - [`rest_json_response`]: the bytes are an HTTP response (status, headers, body) read by the
//!   restJson1 protocol as the output and as the error of each operation of a small service
//!   ([`rest_json`]) that binds members to headers, prefix headers, the status and the payload;
//!   what is read writes valid JSON and, sent back as a server sends it, reads the same.
//! - [`json_reader`]: the bytes are JSON read by the streaming reader, as a document (against
//!   serde_json) and as typed shapes (against the document reader).
//! - [`xml_reader`]: the bytes are XML parsed into a tree (bounded in depth and in what
//!   references expand to) and read as typed shapes, leniently and strictly, then written back
//!   and read again; as text, they read back from every escaping XML has.
//! - [`query_response`] and [`ec2_response`]: the bytes are an HTTP response read as the client
//!   reads it ([`query`]) for each awsQuery operation of the STS and SNS slices, or each
//!   ec2Query operation of the EC2 slice; outputs and errors sent back as a server sends them
//!   read the same, and a body cut short is no success.
//! - [`rest_xml_response`]: the bytes are an HTTP response read as the client reads it
//!   ([`rest_xml`]) for each restXml operation of the S3 slice: a 2xx is an output (a streamed
//!   one yields exactly the body) or an unreadable body, an `<Error>` in a 2xx is the service's
//!   error, any other status is the service's error with a code; a body cut short is no success.
//! - [`xml_writer()`]: values read from the bytes as JSON or XML into restXml shapes (namespaces,
//!   attributes, wrapped and flattened collections, unions, every timestamp format), written
//!   by the XML writer and read back as the same value, or refused where XML cannot hold them.

use std::fmt::Debug;
use std::sync::OnceLock;

use aws_operation::codec::json;
use aws_operation::http::HttpResponse;
use aws_operation::operation::{Operation, OperationError, Service};
use aws_operation::protocol::{ServerProtocol, aws_json};
use aws_operation::schema::{Constraints, MemberSchema, TypeSchema};
use aws_operation::shape::{self, Mode, Shape};
use aws_operation::{DateTime, TimestampFormat};
use aws_operation_cli::kebab;
use aws_operation_partnercentral_channel::each_operation;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

pub mod cbor_response;
pub mod event_stream;
pub mod json_reader;
pub mod query;
pub mod rest_json;
pub mod rest_xml;
pub mod xml_reader;
pub mod xml_writer;

pub use cbor_response::cbor_response;
pub use event_stream::event_stream;
pub use json_reader::json_reader;
pub use query::{ec2_response, query_response};
pub use rest_json::rest_json_response;
pub use rest_xml::rest_xml_response;
pub use xml_reader::xml_reader;
pub use xml_writer::xml_writer;

/// How many operations the service has.
pub const OPERATIONS: usize = 21;

/// What every shape of the service has besides [`Shape`]: what the checks below compare and print.
pub trait Stored: Shape + PartialEq + Debug + Serialize + DeserializeOwned {}

impl<T: Shape + PartialEq + Debug + Serialize + DeserializeOwned> Stored for T {}

/// The operation a byte picks, and the bytes after it.
fn pick(data: &[u8]) -> Option<(usize, &[u8])> {
    let (&first, rest) = data.split_first()?;
    Some((usize::from(first) % OPERATIONS, rest))
}

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

/// Reads the bytes as the output of the operation the first byte picks.
pub fn response(data: &[u8]) {
    let Some((op, body)) = pick(data) else { return };
    let cases: [fn(&[u8]); OPERATIONS] = each_operation!(response_of);
    cases[op](body);
}

fn response_of<O>(body: &[u8])
where
    O: Operation,
    O::Output: Stored,
{
    if let Ok(output) = shape::from_json::<O::Output>(body, Mode::Lenient) {
        written_and_stored(&output);
        // Whatever a response held, validation reports it; it does not panic.
        let _ = shape::validate(&output);
        // A client's own output, written and read back, reads again (its zero values aside:
        // they need not be valid on the wire, so only the absence of a panic is asked).
        let _ = shape::from_json::<O::Output>(shape::to_json(&output).as_bytes(), Mode::Lenient);
    }
    if let Ok(strict) = shape::from_json::<O::Output>(body, Mode::Strict) {
        written_and_stored(&strict);
    }
    // Strict reading with validation, as a server reads input: every problem is reported.
    if let Err(problems) = shape::read_input_text::<O::Output>(body) {
        assert!(!problems.is_empty(), "an error without a problem");
        let _ = problems.to_string();
    }
}

/// What any value read from the wire must allow: written as JSON text that parses, printed with
/// `Debug`, and stored with serde.
fn written_and_stored<T: Stored>(value: &T) {
    let text = shape::to_json(value);
    if let Err(e) = serde_json::from_str::<Value>(&text) {
        panic!("to_json wrote invalid JSON ({e}): {text}");
    }
    let _ = format!("{value:?}");
    if let Err(e) = serde_json::to_string(value) {
        panic!("serde cannot store {value:?}: {e}");
    }
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// An HTTP response from bytes: two bytes of status, then `name: value` header lines up to an
/// empty line, then the body.
pub fn http_response(data: &[u8]) -> HttpResponse {
    let (status, rest) = match data {
        [a, b, rest @ ..] => (100 + u16::from_be_bytes([*a, *b]) % 500, rest),
        _ => (400, data),
    };
    let (head, body) = match rest.windows(2).position(|w| w == b"\n\n") {
        Some(i) => (&rest[..i], &rest[i + 2..]),
        None => (&[][..], rest),
    };
    let headers = String::from_utf8_lossy(head)
        .lines()
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    HttpResponse { status, headers, body: body.to_vec().into() }
}

/// Reads the bytes as an error response, as each operation's client would.
pub fn error(data: &[u8]) {
    let response = http_response(data);
    for query_compatible in [false, true] {
        let meta = aws_json::error_meta(&response, query_compatible);
        assert!(!meta.code.is_empty(), "an error without a code: {response:?}");
        let _ = (meta.to_string(), aws_json::sanitize_error_code(&meta.code));
        let cases: [fn(&aws_operation::ErrorMeta, &HttpResponse); OPERATIONS] = each_operation!(error_of);
        for case in cases {
            case(&meta, &response);
        }
    }
}

fn error_of<O: Operation>(meta: &aws_operation::ErrorMeta, response: &HttpResponse)
where
    <O::Service as Service>::Protocol: ServerProtocol,
{
    let error = O::Error::from_wire::<<O::Service as Service>::Protocol>(meta, response);
    let _ = (error.to_string(), format!("{error:?}"), error.retryable());
    let sent = error.to_response::<<O::Service as Service>::Protocol>();
    assert!(serde_json::from_slice::<Value>(&sent.body).is_ok(), "to_response wrote invalid JSON: {sent:?}");
    // What a server sends for it (the local endpoint sends exactly this) reads back as the same
    // error, once the code is one a client keeps as it is.
    let code = sent.header("x-amzn-errortype").unwrap_or_default();
    if aws_json::sanitize_error_code(code) != code || code.is_empty() {
        return;
    }
    let again = reread::<O>(&sent).to_response::<<O::Service as Service>::Protocol>();
    let third = reread::<O>(&again).to_response::<<O::Service as Service>::Protocol>();
    assert!(third == again, "{error:?} does not survive the wire: {again:?}, then {third:?}");
}

fn reread<O: Operation>(response: &HttpResponse) -> O::Error {
    let meta = aws_json::error_meta(response, false);
    O::Error::from_wire::<<O::Service as Service>::Protocol>(&meta, response)
}

// ---------------------------------------------------------------------------------------------
// The command's input
// ---------------------------------------------------------------------------------------------

/// Reads the bytes as JSON input of the operation the first byte picks, strictly and validated,
/// as `--cli-input-json` and a server read it.
pub fn input(data: &[u8]) {
    let Some((op, text)) = pick(data) else { return };
    let Ok(value) = serde_json::from_slice::<Value>(text) else { return };
    let cases: [fn(&Value); OPERATIONS] = each_operation!(input_of);
    cases[op](&value);
}

fn input_of<O: Operation + Stored>(value: &Value) {
    match shape::read_input::<O>(value) {
        Ok(input) => {
            // Read strictly and validated: it is valid, and the wire and storage keep it whole.
            if let Err(problems) = shape::validate(&input) {
                panic!("read_input accepted an invalid input ({problems}): {value}");
            }
            written_and_stored(&input);
            let text = shape::to_json(&input);
            let again = shape::read_input_text::<O>(text.as_bytes());
            assert!(again.as_ref() == Ok(&input), "{input:?} written as {text} reads back as {again:?}");
            let stored = serde_json::to_string(&input).expect("stored above");
            let back: Result<O, _> = serde_json::from_str(&stored);
            assert!(back.as_ref().ok() == Some(&input), "{input:?} stored as {stored} reads back as {back:?}");
        }
        Err(problems) => {
            assert!(!problems.is_empty(), "an error without a problem: {value}");
            let _ = problems.to_string();
        }
    }
}

/// The global options the command line encoding can name with one byte.
const GLOBAL_OPTIONS: &[&str] = &[
    "--cli-input-json",
    "--generate-cli-skeleton",
    "--debug",
    "--no-paginate",
    "--max-items",
    "--page-size",
    "--starting-token",
    "--region",
    "--profile",
    "--output",
    "--cli-connect-timeout",
    "--cli-read-timeout",
    "--help",
    "help",
    "input",
    "output",
    "json",
];

/// Where `file://` values point: one file per process, holding what the input says.
pub fn scratch_file() -> &'static std::path::Path {
    static PATH: OnceLock<std::path::PathBuf> = OnceLock::new();
    PATH.get_or_init(|| std::env::temp_dir().join(format!("aws-operation-fuzz-{}.json", std::process::id())))
}

/// A command line from bytes: the first byte picks the operation; the rest is split at NUL
/// bytes. The first piece is the content of the file that any `file://` argument names; each
/// other piece is an argument, where a piece starting with byte 1, 2 or 3 followed by a byte
/// `i` is `--<member i>`, `--no-<member i>` or global option `i`, and one starting with byte 4
/// is `file://` and the scratch file. `--endpoint-url` is left out, so that the endpoint stays
/// the environment's, which cannot be reached.
pub fn command_line(data: &[u8]) -> Option<(Vec<String>, Vec<u8>)> {
    let (op, rest) = pick(data)?;
    let ops = aws_operation_partnercentral_channel::operations();
    let schema = ops[op].schema();
    let TypeSchema::Shape(input) = (schema.input)() else { return None };
    let mut pieces = rest.split(|b| *b == 0);
    let file = pieces.next().unwrap_or_default().to_vec();
    let mut args = vec![kebab(schema.name)];
    for piece in pieces {
        let arg = match piece {
            [1, i, ..] | [2, i, ..] if input.members.is_empty() => format!("--{i}"),
            [1, i, ..] => format!("--{}", kebab(input.members[usize::from(*i) % input.members.len()].name)),
            [2, i, ..] => format!("--no-{}", kebab(input.members[usize::from(*i) % input.members.len()].name)),
            [3, i, ..] => GLOBAL_OPTIONS[usize::from(*i) % GLOBAL_OPTIONS.len()].to_owned(),
            [4, ..] => format!("file://{}", scratch_file().display()),
            raw => String::from_utf8_lossy(raw).into_owned(),
        };
        let option = arg.strip_prefix("--").map(|o| o.split('=').next().unwrap_or_default());
        if option == Some("endpoint-url") {
            continue;
        }
        // Only the scratch file may be read: not /dev/zero, not a FIFO.
        if arg.starts_with("file://") && arg != format!("file://{}", scratch_file().display()) {
            continue;
        }
        args.push(arg);
    }
    Some((args, file))
}

/// The environment the command runs in: credentials and a region, so that it gets as far as
/// the endpoint, which is plain http on a documentation address (TEST-NET-1) and so refused
/// before anything is sent; no shared config files; no instance metadata.
pub fn command_env() -> aws_operation::env::Env {
    aws_operation::env::Env::from_pairs([
        ("AWS_ACCESS_KEY_ID", "AKIDFUZZ"),
        ("AWS_SECRET_ACCESS_KEY", "fuzz-secret"),
        ("AWS_REGION", "us-east-1"),
        ("AWS_ENDPOINT_URL", "http://192.0.2.1"),
        ("AWS_MAX_ATTEMPTS", "1"),
        ("AWS_CONFIG_FILE", "/nonexistent/aws-operation-fuzz/config"),
        ("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/aws-operation-fuzz/credentials"),
        ("AWS_EC2_METADATA_DISABLED", "true"),
    ])
}

/// A first byte of 128 or more reads the bytes after it as an operation's input ([`input`]);
/// otherwise the bytes are the command line [`command_line`] makes of them, which runs.
pub fn command(data: &[u8]) {
    if let Some((&first, rest)) = data.split_first()
        && first >= 128
    {
        return input(rest);
    }
    let Some((args, file)) = command_line(data) else { return };
    if args.iter().any(|a| a.starts_with("file://")) && std::fs::write(scratch_file(), &file).is_err() {
        return;
    }
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    let runtime = RUNTIME
        .get_or_init(|| tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a tokio runtime"));
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let ops = aws_operation_partnercentral_channel::operations();
    let code = runtime.block_on(aws_operation_cli::run(args.clone(), &ops, command_env(), &mut stdout, &mut stderr));
    let stderr = String::from_utf8_lossy(&stderr);
    assert!(matches!(code, 0 | 252 | 253 | 255), "{args:?} exited {code}: {stderr}");
    assert!(!stderr.contains("fuzz-secret"), "{args:?} printed the secret key: {stderr}");
    if code == 0 && !stdout.is_empty() && !args.iter().any(|a| a == "help" || a == "--help") {
        // Skeletons and outputs are JSON.
        if let Err(e) = serde_json::from_slice::<Value>(&stdout) {
            panic!("{args:?} printed invalid JSON ({e}): {}", String::from_utf8_lossy(&stdout));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Timestamps
// ---------------------------------------------------------------------------------------------

/// Whether RFC 3339 (and IMF-fixdate) can write the instant: years 0000 to 9999.
fn writable(t: &DateTime) -> bool {
    // 0000-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z.
    (-62_167_219_200..=253_402_300_799).contains(&t.secs())
}

/// Parses the bytes as a timestamp in the format the first byte picks, writes it in every
/// format and reads it back.
pub fn datetime(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let parsed = match first % 5 {
        0 => DateTime::parse_date_time(&text).ok(),
        1 => DateTime::parse_http_date(&text).ok(),
        2 => {
            let bytes: [u8; 8] = rest.get(..8).and_then(|b| b.try_into().ok()).unwrap_or_default();
            DateTime::from_epoch_f64(f64::from_le_bytes(bytes)).ok()
        }
        3 => {
            let secs: [u8; 8] = rest.get(..8).and_then(|b| b.try_into().ok()).unwrap_or_default();
            let nanos: [u8; 4] = rest.get(8..12).and_then(|b| b.try_into().ok()).unwrap_or_default();
            Some(DateTime::from_secs_nanos(i64::from_le_bytes(secs), u32::from_le_bytes(nanos)))
        }
        _ => {
            // As a member of each format reads it from JSON.
            let Ok(value) = serde_json::from_str::<Value>(&text) else { return };
            for format in [TimestampFormat::DateTime, TimestampFormat::HttpDate, TimestampFormat::EpochSeconds] {
                let member = MemberSchema::ROOT.with_timestamp_format(Some(format));
                let streamed = json::from_json_member::<DateTime>(text.as_bytes(), &member);
                let parsed = json::value::from_value::<DateTime>(&value, &member, Mode::Lenient);
                assert_eq!(streamed.as_ref().ok(), parsed.as_ref().ok(), "the two JSON readers disagree on {text}");
                if let Ok(t) = streamed {
                    round_trips(t);
                }
            }
            return;
        }
    };
    if let Some(t) = parsed {
        round_trips(t);
    }
}

fn round_trips(t: DateTime) {
    assert!(t.subsec_nanos() < 1_000_000_000, "{}s {}ns", t.secs(), t.subsec_nanos());
    let (iso, http, epoch) = (t.fmt_date_time(), t.fmt_http_date(), t.fmt_epoch_seconds());
    let _ = (format!("{t:?}"), t.to_string(), t.as_secs_f64());
    let seconds: f64 = epoch.parse().unwrap_or_else(|e| panic!("epoch-seconds `{epoch}` is not a number: {e}"));
    assert!(serde_json::from_str::<Value>(&epoch).is_ok(), "epoch-seconds `{epoch}` is not JSON");
    if seconds.abs() <= 1e14 {
        assert!(DateTime::from_epoch_f64(seconds).is_ok(), "epoch-seconds `{epoch}` does not read back");
    }
    if writable(&t) {
        assert_eq!(DateTime::parse_date_time(&iso), Ok(t), "date-time `{iso}`");
        assert_eq!(DateTime::parse_http_date(&http), Ok(t), "http-date `{http}`");
        let stored = serde_json::to_string(&t).expect("a timestamp is stored as a string");
        assert_eq!(serde_json::from_str::<DateTime>(&stored).ok(), Some(t), "stored as {stored}");
    }
}

// ---------------------------------------------------------------------------------------------
// Seeds and dictionaries
// ---------------------------------------------------------------------------------------------

/// The names of the targets, as `fuzz_targets/` has them.
pub const TARGETS: &[&str] = &[
    "response",
    "error",
    "command",
    "datetime",
    "rest_json_response",
    "json_reader",
    "xml_reader",
    "query_response",
    "ec2_response",
    "rest_xml_response",
    "xml_writer",
    "event_stream",
    "cbor_response",
];

/// A valid value of a type, from its schema: each member set, enums at their first value, unions
/// with their first member, numbers at the bottom of their range, strings within their length
/// and matching their pattern ([`example`]). A fuzzer that starts from valid inputs reaches what
/// only valid inputs reach: the call, the round trips.
pub fn sample(ty: &TypeSchema, c: Option<&Constraints>, format: Option<TimestampFormat>, depth: usize) -> Value {
    use aws_operation::schema::ShapeKind;
    match ty {
        TypeSchema::String => Value::from(example(c)),
        TypeSchema::Blob => Value::from("aGVsbG8="),
        TypeSchema::Boolean => Value::Bool(true),
        TypeSchema::Byte | TypeSchema::Short | TypeSchema::Integer | TypeSchema::Long => {
            let min = c.and_then(|c| c.range).and_then(|(min, _)| min).and_then(|m| m.parse::<i64>().ok());
            Value::from(min.unwrap_or(10))
        }
        TypeSchema::Float | TypeSchema::Double => Value::from(1.5),
        TypeSchema::Document => serde_json::json!({"a": [1, "b", null]}),
        TypeSchema::Timestamp => match format.unwrap_or_default() {
            TimestampFormat::EpochSeconds => Value::from(1_767_225_600.5),
            TimestampFormat::DateTime => Value::from("2026-01-01T00:00:00.5Z"),
            TimestampFormat::HttpDate => Value::from("Thu, 01 Jan 2026 00:00:00 GMT"),
        },
        TypeSchema::List { member, .. } => {
            let min = c.and_then(|c| c.length).and_then(|(min, _)| min).unwrap_or(1).max(1);
            let items = c.and_then(|c| c.items);
            Value::Array((0..min).map(|_| sample(member, items, format, depth + 1)).collect())
        }
        TypeSchema::Map { value, .. } => {
            let key = example(c.and_then(|c| c.keys));
            serde_json::json!({ key: sample(value, c.and_then(|c| c.items), format, depth + 1) })
        }
        TypeSchema::Shape(s) => match s.kind {
            ShapeKind::Enum => Value::from(s.values.first().copied().unwrap_or_default()),
            ShapeKind::IntEnum => Value::from(s.int_values.first().copied().unwrap_or_default()),
            _ if depth > 8 => Value::Object(serde_json::Map::new()),
            ShapeKind::Union => {
                let mut map = serde_json::Map::new();
                if let Some(m) = s.members.first() {
                    let value = sample(&(m.target)(), Some(&m.constraints), m.timestamp_format, depth + 1);
                    map.insert(m.name.to_owned(), value);
                }
                Value::Object(map)
            }
            ShapeKind::Structure => Value::Object(
                s.members
                    .iter()
                    .map(|m| {
                        let value = sample(&(m.target)(), Some(&m.constraints), m.timestamp_format, depth + 1);
                        (m.name.to_owned(), value)
                    })
                    .collect(),
            ),
        },
    }
}

/// A string within the length bounds of `c` that matches its pattern: the pattern's expression
/// written out, each unbounded repetition `r` times, for the first `r` that fits.
pub fn example(c: Option<&Constraints>) -> String {
    let (min, max) = c.and_then(|c| c.length).map_or((0, u64::MAX), |(a, b)| (a.unwrap_or(0), b.unwrap_or(u64::MAX)));
    let fits = |s: &str| (min..=max).contains(&(s.chars().count() as u64));
    let Some(pattern) = c.and_then(|c| c.pattern) else {
        let text: String = "sample text".chars().cycle().take(min.max(11).min(max) as usize).collect();
        return text;
    };
    let (Ok(hir), Ok(oracle)) = (regex_syntax::parse(pattern), regex::Regex::new(pattern)) else {
        return "a".repeat(min as usize);
    };
    (0..=64)
        .map(|r| {
            let mut out = String::new();
            write_out(&hir, r, &mut out);
            out
        })
        .find(|s| fits(s) && oracle.is_match(s))
        .unwrap_or_else(|| "a".repeat(min as usize))
}

fn write_out(hir: &regex_syntax::hir::Hir, r: u32, out: &mut String) {
    use regex_syntax::hir::{Class, HirKind};
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(literal) => out.push_str(&String::from_utf8_lossy(&literal.0)),
        HirKind::Class(Class::Unicode(class)) => {
            let ranges: Vec<(char, char)> = class.ranges().iter().map(|r| (r.start(), r.end())).collect();
            out.extend(plain_char(&ranges));
        }
        HirKind::Class(Class::Bytes(class)) => {
            let ranges: Vec<(char, char)> =
                class.ranges().iter().map(|r| (char::from(r.start()), char::from(r.end()))).collect();
            out.extend(plain_char(&ranges));
        }
        HirKind::Repetition(rep) => {
            let count = rep.min.max(r).min(rep.max.unwrap_or(u32::MAX));
            for _ in 0..count {
                write_out(&rep.sub, r, out);
            }
        }
        HirKind::Capture(capture) => write_out(&capture.sub, r, out),
        HirKind::Concat(parts) => parts.iter().for_each(|part| write_out(part, r, out)),
        HirKind::Alternation(branches) => {
            if let Some(first) = branches.first() {
                write_out(first, r, out);
            }
        }
    }
}

/// A character of a class: a plain one if it has one, else its first printable one.
fn plain_char(ranges: &[(char, char)]) -> Option<char> {
    let has = |c: char| ranges.iter().any(|(lo, hi)| (*lo..=*hi).contains(&c));
    ['a', '0', 'A', '.', ' ']
        .into_iter()
        .find(|c| has(*c))
        .or_else(|| ranges.iter().find_map(|(lo, hi)| (*lo..=*hi).find(|c| !c.is_control())))
}

fn with_op(op: usize, bytes: &[u8]) -> Vec<u8> {
    let mut out = vec![u8::try_from(op).expect("21 operations")];
    out.extend_from_slice(bytes);
    out
}

/// Two bytes that [`http_response`] reads as `status`.
fn status_bytes(status: u16) -> [u8; 2] {
    (status - 100).to_be_bytes()
}

/// Inputs to start a target from: for each operation, its output, its errors, command lines
/// and inputs built from its schemas; timestamps in each format.
pub fn seeds(target: &str) -> Vec<Vec<u8>> {
    match target {
        "rest_json_response" => return rest_json::seeds(),
        "json_reader" => return json_reader::seeds(),
        "xml_reader" => return xml_reader::seeds(),
        "query_response" => return query::query_seeds(),
        "ec2_response" => return query::ec2_seeds(),
        "rest_xml_response" => return rest_xml::seeds(),
        "xml_writer" => return xml_writer::seeds(),
        "event_stream" => return event_stream::seeds(),
        "cbor_response" => return cbor_response::seeds(),
        _ => {}
    }
    let ops = aws_operation_partnercentral_channel::operations();
    let mut out = Vec::new();
    for (i, op) in ops.iter().enumerate() {
        let schema = op.schema();
        match target {
            "response" => {
                let output = sample(&(schema.output)(), None, None, 0);
                out.push(with_op(i, output.to_string().as_bytes()));
                out.push(with_op(i, b"{}"));
            }
            "error" if i == 0 => {
                for error in &schema.errors {
                    let ty = error();
                    let TypeSchema::Shape(s) = ty else { continue };
                    let code = s.error.map(|e| e.code).unwrap_or(s.name);
                    let status = if s.error.is_some_and(|e| e.server_fault) { 500 } else { 400 };
                    let mut body = sample(&ty, None, None, 0);
                    let mut bytes = status_bytes(status).to_vec();
                    bytes.extend_from_slice(format!("x-amzn-requestid: r-1\nx-amzn-errortype: {code}\n\n").as_bytes());
                    bytes.extend_from_slice(body.to_string().as_bytes());
                    out.push(bytes);
                    body["__type"] = Value::from(format!("com.amazonaws.partnercentralchannel#{code}"));
                    let mut bytes = status_bytes(status).to_vec();
                    bytes.extend_from_slice(b"\n\n");
                    bytes.extend_from_slice(body.to_string().as_bytes());
                    out.push(bytes);
                }
                let mut query = status_bytes(400).to_vec();
                query.extend_from_slice(b"x-amzn-query-error: AWS.Some.Code;Sender\n\n{\"message\":\"m\"}");
                out.push(query);
                out.push(status_bytes(503).to_vec());
            }
            "command" => {
                let TypeSchema::Shape(input) = (schema.input)() else { continue };
                let json = sample(&(schema.input)(), None, None, 0);
                out.push([&[0x80], with_op(i, json.to_string().as_bytes()).as_slice()].concat());
                // The whole input from the file, then each member as a flag.
                let mut from_file = with_op(i, json.to_string().as_bytes());
                from_file.extend_from_slice(&[0, 3, 0, 0, 4]);
                out.push(from_file);
                let mut flags = with_op(i, b"");
                for (m, member) in input.members.iter().enumerate() {
                    let value = &json[member.name];
                    let text = match value {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    flags.extend_from_slice(&[0, 1, u8::try_from(m).expect("few members"), 0]);
                    flags.extend_from_slice(text.as_bytes());
                }
                out.push(flags.clone());
                flags.extend_from_slice(&[0, 3, 2]);
                out.push(flags);
                out.push(with_op(i, &[0, 3, 1]));
            }
            _ => {}
        }
    }
    if target == "datetime" {
        for text in ["2026-01-01T00:00:00Z", "2026-01-01T00:00:00.123456789+01:00", "0000-01-01T00:00:00Z"] {
            out.push([&[0], text.as_bytes()].concat());
        }
        for text in ["Thu, 01 Jan 2026 00:00:00 GMT", "Thu, 01 Jan 2026 00:00:00.5 GMT"] {
            out.push([&[1], text.as_bytes()].concat());
        }
        out.push([&[2][..], &1_767_225_600.25f64.to_le_bytes()].concat());
        out.push([&[3][..], &(-1i64).to_le_bytes(), &999_999_999u32.to_le_bytes()].concat());
        for text in ["1767225600.5", "\"2026-01-01T00:00:00Z\"", "\"Thu, 01 Jan 2026 00:00:00 GMT\""] {
            out.push([&[4], text.as_bytes()].concat());
        }
    }
    out
}

/// libFuzzer dictionary entries for a target: wire names, enum values, error codes, flags.
pub fn dictionary(target: &str) -> Vec<String> {
    use aws_operation::schema::ShapeKind;
    let own = match target {
        "rest_json_response" => Some(rest_json::dictionary()),
        "json_reader" => Some(json_reader::dictionary()),
        "xml_reader" => Some(xml_reader::dictionary()),
        "query_response" => Some(query::query_dictionary()),
        "ec2_response" => Some(query::ec2_dictionary()),
        "rest_xml_response" => Some(rest_xml::dictionary()),
        "xml_writer" => Some(xml_writer::dictionary()),
        "event_stream" => Some(event_stream::dictionary()),
        "cbor_response" => Some(cbor_response::dictionary()),
        _ => None,
    };
    if let Some(words) = own {
        let mut unique = Vec::new();
        for w in words {
            if !unique.contains(&w) {
                unique.push(w);
            }
        }
        return unique;
    }
    fn walk(ty: &TypeSchema, seen: &mut Vec<&'static str>, words: &mut Vec<String>, flags: bool) {
        match ty {
            TypeSchema::List { member: inner, .. } | TypeSchema::Map { value: inner, .. } => {
                walk(inner, seen, words, flags)
            }
            TypeSchema::Shape(s) if !seen.contains(&s.name) => {
                seen.push(s.name);
                words.extend(s.values.iter().map(|v| format!("\"{v}\"")));
                if let Some(e) = s.error {
                    words.push(e.code.to_owned());
                }
                for m in s.members {
                    words.push(format!("\"{}\"", m.name));
                    if flags && s.kind == ShapeKind::Structure {
                        words.push(kebab(m.name));
                    }
                    walk(&(m.target)(), seen, words, false);
                }
            }
            _ => {}
        }
    }
    let ops = aws_operation_partnercentral_channel::operations();
    let mut words = Vec::new();
    let mut seen = Vec::new();
    for op in &ops {
        let schema = op.schema();
        match target {
            "response" => walk(&(schema.output)(), &mut seen, &mut words, false),
            "error" => schema.errors.iter().for_each(|e| walk(&e(), &mut seen, &mut words, false)),
            "command" => {
                words.push(kebab(schema.name));
                walk(&(schema.input)(), &mut seen, &mut words, true);
            }
            _ => {}
        }
    }
    match target {
        "error" => words.extend(
            ["x-amzn-errortype", "x-amzn-requestid", "x-amzn-query-error", "__type", "code", "message", "Message"]
                .map(str::to_owned),
        ),
        "command" => words.extend(GLOBAL_OPTIONS.iter().map(|o| (*o).to_owned())),
        "datetime" => words.extend(
            ["GMT", "Thu, ", "Jan", "Feb", "Dec", "T00:00:00", "Z", "+01:00", "1970-01-01", ".5"].map(str::to_owned),
        ),
        _ => {}
    }
    words.extend(["null", "true", "{}", "[]"].map(str::to_owned));
    let mut unique = Vec::new();
    for w in words {
        if !unique.contains(&w) {
            unique.push(w);
        }
    }
    unique
}
