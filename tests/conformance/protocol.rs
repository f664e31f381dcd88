//! botocore's protocol vectors for awsJson 1.0 and 1.1, restJson1, awsQuery, ec2Query, restXml
//! and rpcv2Cbor, run through the real client.
//!
//! Every suite of a vector file is a fake service whose shapes `generate.py` wrote as annotated
//! Rust (`generated/`), so the real macros compiled them. For each case:
//!
//! - the case's `params` (member names, blobs as text, timestamps as epoch seconds) become the
//!   input's JSON by the input's schema (blobs to base64, timestamps to the member's format), and
//!   the operation's own strict reader builds the typed input from it, `null` members unset;
//! - the typed client sends it to a capture server on 127.0.0.1, with the vector's client
//!   endpoint (if any) as the endpoint URL and `connect_to` pointing every connection at the
//!   server, so host prefixes and base paths arrive as they would at that host. The server
//!   speaks plain HTTP, so an `https://` client endpoint is used as `http://`: the vectors assert
//!   host and path, not the scheme;
//! - input cases compare the request as it arrived: method, path, host, every listed header,
//!   the forbidden and required headers, and the body (JSON, XML and CBOR compared by meaning,
//!   forms by their pairs; a gzipped body must also unzip to the input's members);
//! - output cases answer with the vector's status, headers and body, and compare what the client
//!   returns: the output written back as JSON and read by its schema (blobs to text, timestamps
//!   to epoch seconds), or the error's code, message, modeled type and members;
//! - the query protocols' cases also go through their server side ([`ServerChecks`]); restXml
//!   and rpcv2Cbor have none yet, so their suites run with [`run_client`].
//!
//! Idempotency tokens come from an injected generator that always gives the vectors' token.

use std::collections::BTreeMap;
use std::future::Future;
use std::io::Read as _;
use std::pin::Pin;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use aws_operation::codec::form::{Dialect, to_form};
use aws_operation::codec::xml::{self, Element};
use aws_operation::config::FixedClock;
use aws_operation::error::chain;
use aws_operation::http::HttpRequest;
use aws_operation::idempotency::FixedToken;
use aws_operation::protocol::server::{OperationRoute, ServerContext, ServerProtocol};
use aws_operation::schema::{Binding, MemberSchema, ShapeKind, TypeSchema};
use aws_operation::{Blob, Client, Config, Credentials, DateTime, Error, Operation, OperationError, TimestampFormat};
use aws_operation::{Protocol, Service};
use serde_json::{Map, Value, json};

use crate::Tally;
use crate::cbor;
use crate::support::{RawReply, Recorded, Reply, Server};

/// The token the vectors expect wherever the client fills an idempotency token.
const TOKEN: &str = "00000000-0000-4000-8000-000000000000";

/// Cases not run, with the reason. None: we run all, those that botocore's own runner skips
/// included (the report lists them).
const SKIPS: &[(&str, &str)] = &[];

/// Whether a case checks the request (`input/`) or the response (`output/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Request serialization.
    Input,
    /// Response parsing.
    Output,
}

/// One case of a suite.
pub struct Case<'a> {
    suite: &'a Value,
    case: &'a Value,
    direction: Direction,
}

/// Runs one case with the operation it names.
pub type Runner = for<'a> fn(&'a Case<'a>) -> Pin<Box<dyn Future<Output = Result<(), String>> + 'a>>;

/// A generated suite: its description (to catch a stale generation) and its operations.
pub struct Suite {
    /// The suite's `description`.
    pub description: &'static str,
    /// The runner of each operation, by name.
    pub operations: Vec<(&'static str, Runner)>,
}

/// The runner of operation `O`, whose protocol has a server side too: the query protocols' cases
/// also go through it.
pub fn run<'a, O: Operation>(case: &'a Case<'a>) -> Pin<Box<dyn Future<Output = Result<(), String>> + 'a>>
where
    Wire<O>: ServerProtocol,
{
    let server = is_query::<O>().then_some(ServerChecks::<O> {
        reads_request: server_reads_back::<O>,
        writes_output: server_writes_output::<O>,
        writes_error: server_writes_error::<O>,
    });
    Box::pin(run_case::<O>(case, server))
}

/// The runner of operation `O`, whose protocol has only a client side (restXml, rpcv2Cbor): the
/// same case, without the server's round trips.
pub fn run_client<'a, O: Operation>(case: &'a Case<'a>) -> Pin<Box<dyn Future<Output = Result<(), String>> + 'a>> {
    Box::pin(run_case::<O>(case, None))
}

/// What the server side of a protocol checks of a case the client passed: it reads botocore's
/// request into the input the client's writer writes the same, and it writes the output or
/// error the client read into a response the client reads back the same.
struct ServerChecks<O: Operation> {
    reads_request: fn(&Recorded) -> Result<(), String>,
    writes_output: fn(&O::Output) -> Result<(), String>,
    /// The error, and the code the client read.
    writes_error: fn(&O::Error, &str) -> Result<(), String>,
}

/// The protocol of `O`'s service.
type Wire<O> = <<O as Operation>::Service as Service>::Protocol;

fn vectors() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/conformance/protocols")
}

fn read_json(path: &std::path::Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Whether botocore's own runner skips the case (`protocol-tests-ignore-list.json`: suites by
/// description for every protocol, cases by id per protocol, the protocol being the file's name).
fn botocore_skips(ignore: &Value, file: &str, direction: Direction, suite: &Value, id: &str) -> bool {
    let key = match direction {
        Direction::Input => "input",
        Direction::Output => "output",
    };
    let protocol = file.rsplit('/').next().unwrap_or(file).trim_end_matches(".json");
    let listed = |list: &Value, wanted: &Value| list.as_array().is_some_and(|l| l.contains(wanted));
    listed(&ignore["general"][key]["suites"], &suite["description"])
        || listed(&ignore["protocols"][protocol][key]["cases"], &Value::from(id))
}

/// Runs every case of the vector files of one report line.
pub async fn run_files(name: &'static str, files: Vec<(&'static str, Vec<Suite>)>, direction: Direction) -> Tally {
    let mut tally = Tally::new(name);
    let ignore = read_json(&vectors().join("protocol-tests-ignore-list.json"));
    for (file, suites) in files {
        let vectors: Vec<Value> = serde_json::from_value(read_json(&vectors().join(file))).expect("a list of suites");
        assert_eq!(
            vectors.len(),
            suites.len(),
            "{file}: the generated suites are stale, rerun tests/conformance/generate.py"
        );
        for (raw, suite) in vectors.iter().zip(&suites) {
            assert_eq!(raw["description"], suite.description, "{file}: the generated suites are stale");
            for case in raw["cases"].as_array().expect("cases") {
                let id = case["id"].as_str().expect("case id");
                if let Some((_, reason)) = SKIPS.iter().find(|(skipped, _)| *skipped == id) {
                    tally.skip(id, reason);
                    continue;
                }
                let name = case["given"]["name"].as_str().expect("operation name");
                let Some((_, runner)) = suite.operations.iter().find(|(op, _)| *op == name) else {
                    tally.fail(id, format!("no generated operation `{name}`: rerun generate.py"));
                    continue;
                };
                match runner(&Case { suite: raw, case, direction }).await {
                    Ok(()) if botocore_skips(&ignore, file, direction, raw, id) => {
                        tally.pass();
                        tally.beyond_botocore.push(id.to_owned());
                    }
                    Ok(()) => tally.pass(),
                    Err(why) => tally.fail(id, format!("{file}: {why}")),
                }
            }
        }
    }
    tally
}

async fn run_case<O: Operation>(case: &Case<'_>, server_side: Option<ServerChecks<O>>) -> Result<(), String> {
    let schema = O::schema();
    let params = case.case.get("params").cloned().unwrap_or_else(|| json!({}));
    let wire = to_wire(&params, &(schema.input)(), TimestampFormat::EpochSeconds)?;
    let input =
        aws_operation::shape::read_input::<O>(&wire).map_err(|e| format!("params do not fit the input: {e}"))?;

    let format = BodyFormat::of::<O>();
    let reply = match case.direction {
        // An empty body is an empty output in every protocol; `{}` is JSON's.
        Direction::Input if format == BodyFormat::Cbor => {
            RawReply { status: 200, headers: vec![("smithy-protocol".into(), "rpc-v2-cbor".into())], body: Vec::new() }
        }
        Direction::Input if format == BodyFormat::Xml || is_query::<O>() => {
            RawReply { status: 200, headers: Vec::new(), body: Vec::new() }
        }
        Direction::Input => Reply::json(200, "{}").into(),
        Direction::Output => vector_reply(&case.case["response"], format)?,
    };
    let server = Server::start_raw(vec![reply]).await;
    let addr = server.url.trim_start_matches("http://").parse().expect("server address");
    let endpoint = match case.suite.get("clientEndpoint").and_then(Value::as_str) {
        Some(url) => url.replacen("https://", "http://", 1),
        None => server.url.clone(),
    };
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None, None))
        .endpoint_url(endpoint)
        .connect_to(addr)
        .allow_http(true)
        .max_attempts(1)
        .token_generator(Arc::new(FixedToken(TOKEN.to_owned())))
        .clock(Arc::new(FixedClock(SystemTime::UNIX_EPOCH + Duration::from_secs(1_440_938_160))))
        .build()
        .map_err(|e| format!("config: {e}"))?;
    let client = Client::<O::Service>::new(&config).map_err(|e| format!("client: {e}"))?;
    let result = client.send(input).await;

    match case.direction {
        Direction::Input => {
            result.map_err(|e| format!("the call failed: {}", chain(&e)))?;
            let requests = server.requests();
            let [request] = requests.as_slice() else {
                return Err(format!("{} requests arrived, expected one", requests.len()));
            };
            let input = (schema.input)();
            check_request(request, &case.case["serialized"], &body_members(&wire, &input), &input, format)?;
            server_side.map_or(Ok(()), |s| (s.reads_request)(request))
        }
        Direction::Output => check_response::<O>(result, case.case, server_side.as_ref()),
    }
}

fn is_gzipped(request: &Recorded) -> bool {
    request.header("content-encoding").is_some_and(|e| e.split(',').any(|c| c.trim() == "gzip"))
}

/// The body as sent, unzipped if it was gzipped.
fn plain_body(request: &Recorded) -> Result<Vec<u8>, String> {
    if !is_gzipped(request) {
        return Ok(request.body.clone());
    }
    let mut plain = Vec::new();
    flate2::read::GzDecoder::new(request.body.as_slice())
        .read_to_end(&mut plain)
        .map_err(|e| format!("the body is not gzip: {e}"))?;
    Ok(plain)
}

/// The form sent (which [`check_request`] found to be botocore's), routed and read strictly by
/// the server side of the protocol, written again by the client's form writer: the same pairs.
fn server_reads_back<O: Operation>(sent: &Recorded) -> Result<(), String>
where
    Wire<O>: ServerProtocol,
{
    let plain = plain_body(sent)?;
    let body = &*String::from_utf8_lossy(&plain);
    let mut request = HttpRequest::new("POST", "http://localhost/");
    request.set_header("content-type", "application/x-www-form-urlencoded");
    request.body = body.to_owned().into();
    let cx = ServerContext::of::<O::Service>();
    let routed = <Wire<O>>::route(&request, &cx, &[OperationRoute::of::<O>()])
        .map_err(|r| format!("the server refused botocore's form: {r}"))?;
    let read: O = <Wire<O>>::read_input(&request, &routed)
        .map_err(|e| format!("the server could not read botocore's form: {e}"))?;
    let dialect = if <Wire<O> as Protocol>::NAME == "ec2Query" { Dialect::Ec2Query } else { Dialect::AwsQuery };
    let again = to_form(&read, dialect, O::NAME, <O::Service as Service>::API_VERSION);
    if form_pairs(&again) != form_pairs(body) {
        return Err(format!("the server read botocore's form as one that writes back as\n  {again}\nnot\n  {body}"));
    }
    Ok(())
}

/// The output the client read, written by the server side and read again by the client: the
/// same output, and the request id the server gave it.
fn server_writes_output<O: Operation>(output: &O::Output) -> Result<(), String>
where
    Wire<O>: ServerProtocol,
{
    let sent = <Wire<O>>::with_request_id(<Wire<O>>::write_output::<O>(output), "req-9");
    let read: O::Output = <Wire<O> as Protocol>::output(&sent)
        .map_err(|e| format!("the server's XML does not read back: {e}\n{}", String::from_utf8_lossy(&sent.body)))?;
    if aws_operation::shape::to_json(&read) != aws_operation::shape::to_json(output) {
        return Err(format!("the server's XML reads back otherwise: {}", String::from_utf8_lossy(&sent.body)));
    }
    if <Wire<O> as Protocol>::request_id(&sent).as_deref() != Some("req-9") {
        return Err(format!("no request id in {}", String::from_utf8_lossy(&sent.body)));
    }
    Ok(())
}

/// The error the client read (its code `code`), written by the server side and read again by
/// the client: the same code and members.
fn server_writes_error<O: Operation>(error: &O::Error, code: &str) -> Result<(), String>
where
    Wire<O>: ServerProtocol,
{
    let sent = error.to_response::<Wire<O>>();
    let meta = <Wire<O> as Protocol>::error_meta(&sent, false);
    let again = <O::Error as OperationError>::from_wire::<Wire<O>>(&meta, &sent);
    if meta.code != code || format!("{again:?}") != format!("{error:?}") {
        return Err(format!("the server's error reads back as {} {again:?}", meta.code));
    }
    Ok(())
}

/// Whether the operation's service speaks a query protocol (form requests, XML responses).
fn is_query<O: Operation>() -> bool {
    matches!(<Wire<O> as Protocol>::NAME, "awsQuery" | "ec2Query")
}

/// Whether the operation's service speaks restXml (XML bodies both ways, HTTP bindings).
fn is_rest_xml<O: Operation>() -> bool {
    <Wire<O> as Protocol>::NAME == "restXml"
}

/// What the request bodies of a protocol are, which says how the vectors' bodies compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BodyFormat {
    /// JSON (the awsJson protocols, restJson1), or forms (the query protocols, whose vectors say
    /// so by their `Content-Type`, and whose responses are XML).
    Json,
    /// XML (restXml).
    Xml,
    /// CBOR (rpcv2Cbor), which the vectors give as base64.
    Cbor,
}

impl BodyFormat {
    fn of<O: Operation>() -> Self {
        match <Wire<O> as Protocol>::NAME {
            "restXml" => BodyFormat::Xml,
            "rpcv2Cbor" => BodyFormat::Cbor,
            _ => BodyFormat::Json,
        }
    }
}

/// A form body's pairs, decoded and sorted: the query protocols' bodies compare by their pairs,
/// whatever their order.
fn form_pairs(body: &str) -> Vec<(String, String)> {
    let mut pairs = aws_operation::codec::form::pairs(body);
    pairs.sort();
    pairs
}

/// An XML body against the vector's, by meaning, as botocore compares them (canonicalized,
/// whitespace-only text dropped) but stricter on text: elements by name as written (prefix
/// included) and in order, attributes as a set, a leaf's text exactly (whitespace in a string is
/// the string's), the text around child elements trimmed, the namespaces in scope at each
/// element (a missing declaration counts, a repeated one does not); the entries of a map, which
/// have no order, sorted by key first. The body holds a value of type `ty`.
fn same_xml(body: &[u8], want: &str, ty: &TypeSchema) -> Result<(), String> {
    let shown = String::from_utf8_lossy(body);
    let mut got = annotated(body).map_err(|e| format!("the body is not XML ({e}): {shown:?}"))?;
    let mut expected = annotated(want.as_bytes()).map_err(|e| format!("the vector's body: {e}"))?;
    sort_map_entries(&mut got, ty, &MemberSchema::ROOT);
    sort_map_entries(&mut expected, ty, &MemberSchema::ROOT);
    match xml_difference(&got, &expected, "", (&BTreeMap::new(), &BTreeMap::new())) {
        None => Ok(()),
        Some(why) => Err(format!("{why}\n  body     {shown:?}\n  expected {want:?}")),
    }
}

/// The namespaces in scope at an element: prefix (`""` for the default) to URI, as written.
type Scope = BTreeMap<String, String>;

/// A document parsed, with what the parser leaves out put back: each element's name as written
/// (prefix included), and its namespace declarations as the attributes `xmlns` and `xmlns:p`.
fn annotated(bytes: &[u8]) -> Result<Element, String> {
    let mut root = xml::parse(bytes).map_err(|e| e.to_string())?;
    let text = std::str::from_utf8(bytes).map_err(|e| e.to_string())?;
    let mut tags = start_tags(text).into_iter();
    fn annotate(element: &mut Element, tags: &mut impl Iterator<Item = (String, Vec<(String, String)>)>) -> bool {
        let Some((name, declarations)) = tags.next() else { return false };
        element.name = name;
        element.attributes.extend(declarations);
        element.children.iter_mut().all(|child| annotate(child, tags))
    }
    if !annotate(&mut root, &mut tags) || tags.next().is_some() {
        return Err("its start tags do not match its elements".to_owned());
    }
    Ok(root)
}

/// Whether an attribute declares a namespace.
fn is_declaration(attribute: &str) -> bool {
    attribute == "xmlns" || attribute.starts_with("xmlns:")
}

/// A name without its prefix.
fn local(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, local)| local)
}

/// Where two annotated elements differ, by the path of names down to `want`; `scopes` are the
/// namespaces in scope at their parents.
fn xml_difference(got: &Element, want: &Element, path: &str, scopes: (&Scope, &Scope)) -> Option<String> {
    let path = format!("{path}/{}", want.name);
    if got.name != want.name {
        return Some(format!("{path}: element `{}`", got.name));
    }
    let in_scope = |e: &Element, parent: &Scope| {
        let mut scope = parent.clone();
        for (key, uri) in e.attributes.iter().filter(|(k, _)| is_declaration(k)) {
            scope.insert(key.trim_start_matches("xmlns").trim_start_matches(':').to_owned(), uri.clone());
        }
        scope
    };
    let (got_scope, want_scope) = (in_scope(got, scopes.0), in_scope(want, scopes.1));
    if got_scope != want_scope {
        return Some(format!("{path}: namespaces in scope {got_scope:?}, expected {want_scope:?}"));
    }
    fn attributes(e: &Element) -> Vec<&(String, String)> {
        let mut attributes: Vec<_> = e.attributes.iter().filter(|(k, _)| !is_declaration(k)).collect();
        attributes.sort();
        attributes
    }
    if attributes(got) != attributes(want) {
        return Some(format!("{path}: attributes {:?}, expected {:?}", attributes(got), attributes(want)));
    }
    fn text(e: &Element) -> &str {
        if e.children.is_empty() { &e.text } else { e.text.trim() }
    }
    if text(got) != text(want) {
        return Some(format!("{path}: text {:?}, expected {:?}", text(got), text(want)));
    }
    if got.children.len() != want.children.len() {
        fn names(e: &Element) -> Vec<&str> {
            e.children.iter().map(|c| c.name.as_str()).collect()
        }
        return Some(format!("{path}: children {:?}, expected {:?}", names(got), names(want)));
    }
    let scopes = (&got_scope, &want_scope);
    got.children.iter().zip(&want.children).find_map(|(g, w)| xml_difference(g, w, &path, scopes))
}

/// The start tags of a well-formed document in order, each with its name as written and its
/// namespace declarations (`xmlns` or `xmlns:p`, and the URI as written).
fn start_tags(text: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut tags = Vec::new();
    let mut rest = text;
    'markup: while let Some(at) = rest.find('<') {
        rest = &rest[at..];
        // Markup that opens no element: a comment, CDATA, a declaration or instruction, an end tag.
        for (open, close) in [("<!--", "-->"), ("<![CDATA[", "]]>"), ("<?", "?>"), ("<!", ">"), ("</", ">")] {
            if rest.starts_with(open) {
                rest = rest.find(close).map_or("", |end| &rest[end + close.len()..]);
                continue 'markup;
            }
        }
        // The tag ends at the first `>` outside a quoted attribute value.
        let mut quote = None;
        let end = rest
            .char_indices()
            .find(|&(_, c)| match quote {
                Some(q) => {
                    if c == q {
                        quote = None;
                    }
                    false
                }
                None if c == '"' || c == '\'' => {
                    quote = Some(c);
                    false
                }
                None => c == '>',
            })
            .map_or(rest.len(), |(i, _)| i);
        let tag = rest[1..end].trim_end_matches('/');
        let (name, mut attributes) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
        let mut declarations = Vec::new();
        // `key = "value"` pairs.
        while let Some((key, value)) = attributes.split_once('=') {
            let value = value.trim_start();
            let Some(q) = value.chars().next() else { break };
            let Some(close) = value[1..].find(q) else { break };
            if is_declaration(key.trim()) {
                declarations.push((key.trim().to_owned(), value[1..1 + close].to_owned()));
            }
            attributes = &value[close + 2..];
        }
        tags.push((name.to_owned(), declarations));
        rest = rest.get(end + 1..).unwrap_or_default();
    }
    tags
}

/// Sorts the entries of every map in `element`, which holds a value of type `ty`, by key: a
/// map's entries have no order (the typed input holds them sorted, the vectors in their JSON
/// order), a list's items and a structure's members keep theirs. The schema says where the maps
/// are: a member's entries are named by its traits, a nested map's by its container's `items`
/// (`traits`, the schema of the collection `element` is an item of).
fn sort_map_entries(element: &mut Element, ty: &TypeSchema, traits: &MemberSchema) {
    match ty {
        TypeSchema::Shape(shape) if matches!(shape.kind, ShapeKind::Structure | ShapeKind::Union) => {
            for member in shape.members.iter().filter(|m| m.binding == Binding::Body && !m.xml_attribute) {
                let name = member.xml_name.unwrap_or(member.name);
                let target = (member.target)();
                let slots: Vec<usize> =
                    (0..element.children.len()).filter(|&i| local(&element.children[i].name) == name).collect();
                match (&target, member.xml_flattened) {
                    // A flattened map's entries are the structure's own elements: sorted in their places.
                    (TypeSchema::Map { value, .. }, true) => {
                        let mut entries: Vec<Element> =
                            slots.iter().map(|&i| std::mem::take(&mut element.children[i])).collect();
                        sort_entries(&mut entries, member, value);
                        for (i, entry) in slots.into_iter().zip(entries) {
                            element.children[i] = entry;
                        }
                    }
                    (TypeSchema::List { member: item, .. }, true) => {
                        slots
                            .into_iter()
                            .for_each(|i| sort_map_entries(&mut element.children[i], item, &member.item_schema()));
                    }
                    (TypeSchema::Map { value, .. }, false) => {
                        for i in slots {
                            sort_entries(&mut element.children[i].children, member, value);
                        }
                    }
                    _ => slots.into_iter().for_each(|i| sort_map_entries(&mut element.children[i], &target, member)),
                }
            }
        }
        TypeSchema::List { member, .. } => {
            let item = traits.item_schema();
            element.children.iter_mut().for_each(|e| sort_map_entries(e, member, &item))
        }
        TypeSchema::Map { value, .. } => sort_entries(&mut element.children, traits, value),
        _ => {}
    }
}

/// One map's entries, by the text of their key elements (named by `map`'s traits); their
/// values' maps sorted too.
fn sort_entries(entries: &mut [Element], map: &MemberSchema, ty: &TypeSchema) {
    let (key, value) = map.entry_names.unwrap_or(("key", "value"));
    let item = map.item_schema();
    let child = |entry: &Element, name: &str| entry.children.iter().position(|c| local(&c.name) == name);
    for entry in entries.iter_mut() {
        if let Some(i) = child(entry, value) {
            sort_map_entries(&mut entry.children[i], ty, &item);
        }
    }
    entries.sort_by_cached_key(|entry| child(entry, key).map(|i| entry.children[i].text.clone()));
}

/// The type of the XML body of an input of type `ty`: its payload member's target, if it has
/// one; `None` when the body holds the input's own members.
fn body_type(ty: &TypeSchema) -> Option<TypeSchema> {
    let TypeSchema::Shape(shape) = ty else { return None };
    shape.members.iter().find(|m| m.binding == Binding::Payload).map(|m| (m.target)())
}

/// A gzipped XML body, unzipped (the vectors give no body, only that it is compressed): an XML
/// document whose root holds each of the input's text members, as an element or attribute.
fn xml_holds_input(plain: &[u8], input: &Value, ty: &TypeSchema) -> Result<(), String> {
    let shown = String::from_utf8_lossy(plain);
    let root = xml::parse(plain).map_err(|e| format!("the unzipped body is not XML ({e}): {shown:?}"))?;
    let (TypeSchema::Shape(shape), Value::Object(members)) = (ty, input) else { return Ok(()) };
    for (name, value) in members {
        let (Some(text), Some(member)) = (value.as_str(), shape.member(name)) else { continue };
        let wire_name = member.xml_name.unwrap_or(member.name);
        let sent = if member.xml_attribute { root.attribute(wire_name) } else { root.child_text(wire_name) };
        if sent != Some(text) {
            return Err(format!("the unzipped body has `{wire_name}` {sent:?}, not the input's {text:?}: {shown:?}"));
        }
    }
    Ok(())
}

fn vector_reply(response: &Value, format: BodyFormat) -> Result<RawReply, String> {
    let headers: Vec<(String, String)> = response
        .get("headers")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
        .collect();
    let text = response.get("body").and_then(Value::as_str).unwrap_or_default();
    let mut body = match format {
        BodyFormat::Cbor => {
            Blob::from_base64(text).ok_or_else(|| format!("the vector's body {text:?} is not base64"))?.0
        }
        _ => text.as_bytes().to_vec(),
    };
    // HTTP frames the body by `Content-Length`: where a vector gives one, that many bytes arrive
    // (RpcV2CborPayloadWithUnsetUnion says 0 beside a body of 39 bytes).
    let length =
        headers.iter().find(|(k, _)| k.eq_ignore_ascii_case("content-length")).and_then(|(_, v)| v.parse().ok());
    if let Some(length) = length {
        body.truncate(length);
    }
    Ok(RawReply { status: response["status_code"].as_u64().expect("status_code") as u16, headers, body })
}

/// The request as it arrived against the vector's `serialized`; `input` is the input's body
/// members as wire JSON, of type `ty`, and `format` what the bodies are.
fn check_request(
    request: &Recorded,
    expected: &Value,
    input: &Value,
    ty: &TypeSchema,
    format: BodyFormat,
) -> Result<(), String> {
    let xml = format == BodyFormat::Xml;
    let want = |key: &str| expected[key].as_str().unwrap_or_default();
    if request.method != want("method") || request.path != want("uri") {
        return Err(format!(
            "request line `{} {}`, expected `{} {}`",
            request.method,
            request.path,
            want("method"),
            want("uri")
        ));
    }
    if let Some(host) = expected.get("host").and_then(Value::as_str) {
        // `example.com/custom` in the base path cases: the host, then the endpoint's path.
        let (host, base_path) = host.split_once('/').map_or((host, ""), |(h, p)| (h, p));
        if request.header("host") != Some(host) {
            return Err(format!("host {:?}, expected {host:?}", request.header("host")));
        }
        if !request.path.starts_with(&format!("/{base_path}")) {
            return Err(format!("path `{}` does not start with the endpoint's path `/{base_path}`", request.path));
        }
    }
    for (name, value) in expected.get("headers").and_then(Value::as_object).into_iter().flatten() {
        let actual = request.header(&name.to_ascii_lowercase());
        if actual != value.as_str() {
            return Err(format!("header {name}: {actual:?}, expected {value}"));
        }
    }
    for name in expected.get("forbidHeaders").and_then(Value::as_array).into_iter().flatten() {
        let name = name.as_str().unwrap_or_default().to_ascii_lowercase();
        if request.header(&name).is_some() {
            return Err(format!("forbidden header {name} was sent"));
        }
    }
    for name in expected.get("requireHeaders").and_then(Value::as_array).into_iter().flatten() {
        let name = name.as_str().unwrap_or_default().to_ascii_lowercase();
        if request.header(&name).is_none() {
            return Err(format!("required header {name} is missing"));
        }
    }
    let gzipped = is_gzipped(request);
    let body = if gzipped {
        let plain = plain_body(request)?;
        // A JSON body must be the input; a form body is compared with the vector's below.
        if plain.first() == Some(&b'{') {
            let sent: Value =
                serde_json::from_slice(&plain).map_err(|e| format!("the unzipped body is not JSON: {e}"))?;
            if !same(&sent, &without_nulls(input)) {
                return Err(format!("the unzipped body {sent} is not the input {input}"));
            }
        } else if xml {
            xml_holds_input(&plain, input, ty)?;
        }
        plain
    } else {
        request.body.clone()
    };
    let form = expected["headers"]
        .as_object()
        .and_then(|h| h.iter().find(|(k, _)| k.eq_ignore_ascii_case("content-type")))
        .and_then(|(_, v)| v.as_str())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    match expected.get("body").and_then(Value::as_str) {
        None => Ok(()),
        Some(text) if form => {
            let got = String::from_utf8_lossy(&body);
            if form_pairs(&got) == form_pairs(text) { Ok(()) } else { Err(format!("body {got:?}, expected {text:?}")) }
        }
        Some("") if body.is_empty() => Ok(()),
        Some("") => Err(format!("body {:?}, expected none", String::from_utf8_lossy(&body))),
        Some(text) if format == BodyFormat::Cbor => {
            let want = Blob::from_base64(text).ok_or_else(|| format!("the vector's body {text:?} is not base64"))?;
            let got = cbor::decode(&body).map_err(|e| format!("the body is not CBOR ({e}): {body:02x?}"))?;
            let want = cbor::decode(&want.0).map_err(|e| format!("the vector's body is not CBOR: {e}"))?;
            if cbor::same(&got, &want) { Ok(()) } else { Err(format!("body {got:?}, expected {want:?}")) }
        }
        Some(text) if xml => match xml::parse(text.as_bytes()) {
            Ok(_) => same_xml(&body, text, body_type(ty).as_ref().unwrap_or(ty)),
            // A blob or string payload: the bytes themselves.
            Err(_) if body == text.as_bytes() => Ok(()),
            Err(_) => Err(format!("body {:?}, expected {text:?}", String::from_utf8_lossy(&body))),
        },
        Some(text) => match serde_json::from_str::<Value>(text) {
            Ok(want) => {
                let got: Value = serde_json::from_slice(&body).map_err(|e| format!("the body is not JSON: {e}"))?;
                if same(&got, &want) { Ok(()) } else { Err(format!("body {got}, expected {want}")) }
            }
            // A blob or string payload: the bytes themselves.
            Err(_) if body == text.as_bytes() => Ok(()),
            Err(_) => Err(format!("body {:?}, expected {text:?}", String::from_utf8_lossy(&body))),
        },
    }
}

fn check_response<O: Operation>(
    result: Result<aws_operation::Response<O::Output>, Error<O::Error>>,
    case: &Value,
    server_side: Option<&ServerChecks<O>>,
) -> Result<(), String> {
    let schema = O::schema();
    if let Some(expected) = case.get("result") {
        let output = result.map_err(|e| format!("the call failed: {}", chain(&e)))?;
        let written: Value = serde_json::from_str(&aws_operation::shape::to_json(&*output)).expect("output JSON");
        let mut got = from_wire(&written, &(schema.output)(), TimestampFormat::EpochSeconds)?;
        without_transport_headers(&mut got, &(schema.output)(), &case["response"]);
        if !same(&got, expected) {
            return Err(format!("output {got}, expected {expected}"));
        }
        let header = |name: &str| {
            case["response"]
                .get("headers")
                .and_then(Value::as_object)
                .and_then(|h| h.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).and_then(|(_, v)| v.as_str()))
        };
        // restXml services send either header (S3 the second).
        let request_id =
            header("x-amzn-requestid").or_else(|| is_rest_xml::<O>().then(|| header("x-amz-request-id")).flatten());
        // The query protocols also carry it in the body, which the vectors do not assert.
        if output.request_id() != request_id && !(is_query::<O>() && request_id.is_none()) {
            return Err(format!("request id {:?}, expected {request_id:?}", output.request_id()));
        }
        return server_side.map_or(Ok(()), |s| (s.writes_output)(&output));
    }
    let code = case["errorCode"].as_str().ok_or("a case needs `result` or `errorCode`")?;
    let error = match result {
        Ok(_) => return Err(format!("the call succeeded, expected error {code}")),
        Err(Error::Service(error)) => error,
        Err(other) => return Err(format!("expected error {code}, got: {}", chain(&other))),
    };
    if error.meta.code != code {
        return Err(format!("error code {}, expected {code}", error.meta.code));
    }
    if let Some(message) = case.get("errorMessage").and_then(Value::as_str)
        && error.meta.message.as_deref() != Some(message)
    {
        return Err(format!("error message {:?}, expected {message:?}", error.meta.message));
    }
    // A modeled error's source is the error shape itself; an unmodeled one's is `UnmodeledError`.
    let source = std::error::Error::source(&error.error);
    if source.is_none_or(|s| s.is::<aws_operation::UnmodeledError>()) {
        return Err(format!("error {code} was not read as the modeled error"));
    }
    if let Some(server) = server_side {
        (server.writes_error)(&error.error, code)?;
    }
    // As awsJson writes it, every member is in the body, whatever the case's protocol binds.
    let sent = error.error.to_response::<aws_operation::protocol::AwsJson1_0>();
    let shape_code = sent.header("x-amzn-errortype").unwrap_or_default();
    let error_schema = schema
        .errors
        .iter()
        .map(|f| f())
        .find(|t| matches!(t, TypeSchema::Shape(s) if s.error.is_some_and(|e| e.code == shape_code)))
        .ok_or_else(|| format!("no error schema for {shape_code}"))?;
    let mut written: Value = serde_json::from_slice(&sent.body).expect("error JSON");
    // The code, which awsJson also sends in the body.
    if let Some(members) = written.as_object_mut() {
        members.remove("__type");
    }
    let got = from_wire(&written, &error_schema, TimestampFormat::EpochSeconds)?;
    let expected = case.get("error").cloned().unwrap_or_else(|| json!({}));
    if same(&got, &expected) { Ok(()) } else { Err(format!("error members {got}, expected {expected}")) }
}

/// The capture server is a real HTTP server: it sends `Content-Length` with every response,
/// where a vector's response lists only its own headers. A member bound to every header (an
/// empty `http_prefix_headers`) gets it too; it is dropped unless the vector lists it.
fn without_transport_headers(output: &mut Value, ty: &TypeSchema, response: &Value) {
    let listed = response
        .get("headers")
        .and_then(Value::as_object)
        .is_some_and(|h| h.keys().any(|k| k.eq_ignore_ascii_case("content-length")));
    let (TypeSchema::Shape(shape), Value::Object(members)) = (ty, output) else { return };
    for (name, value) in members.iter_mut() {
        let prefix = shape.member(name).map(|m| m.binding);
        if let (Some(aws_operation::schema::Binding::PrefixHeaders("")), Value::Object(map), false) =
            (prefix, value, listed)
        {
            map.remove("content-length");
        }
    }
}

/// The members of an input's wire JSON that go in the body: those bound to the URI, the query
/// or headers left out.
fn body_members(wire: &Value, ty: &TypeSchema) -> Value {
    match (ty, wire) {
        (TypeSchema::Shape(shape), Value::Object(members)) => Value::Object(
            members
                .iter()
                .filter(|(name, _)| {
                    shape.member(name).is_none_or(|m| m.binding == aws_operation::schema::Binding::Body)
                })
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        _ => wire.clone(),
    }
}

/// A vector's value (blobs as text, timestamps as epoch seconds) as the wire has it.
fn to_wire(value: &Value, ty: &TypeSchema, format: TimestampFormat) -> Result<Value, String> {
    Ok(match (ty, value) {
        (_, Value::Null) => Value::Null,
        (TypeSchema::Blob, Value::String(text)) => Value::String(Blob(text.as_bytes().to_vec()).to_base64()),
        (TypeSchema::Timestamp, Value::Number(n)) => {
            let t = DateTime::from_epoch_f64(n.as_f64().unwrap_or_default()).map_err(|e| e.to_string())?;
            match format {
                TimestampFormat::EpochSeconds => value.clone(),
                TimestampFormat::DateTime => Value::String(t.fmt_date_time()),
                TimestampFormat::HttpDate => Value::String(t.fmt_http_date()),
            }
        }
        (TypeSchema::List { member, .. }, Value::Array(items)) => {
            Value::Array(items.iter().map(|v| to_wire(v, member, format)).collect::<Result<_, _>>()?)
        }
        (TypeSchema::Map { value: inner, .. }, Value::Object(entries)) => Value::Object(
            entries.iter().map(|(k, v)| Ok((k.clone(), to_wire(v, inner, format)?))).collect::<Result<_, String>>()?,
        ),
        (TypeSchema::Shape(shape), Value::Object(members))
            if matches!(shape.kind, ShapeKind::Structure | ShapeKind::Union) =>
        {
            let mut out = Map::new();
            for (name, v) in members {
                let member = shape.member(name).ok_or_else(|| format!("`{name}` is not a member of {}", shape.name))?;
                let format = member.timestamp_format.unwrap_or_default();
                out.insert(name.clone(), to_wire(v, &(member.target)(), format)?);
            }
            Value::Object(out)
        }
        _ => value.clone(),
    })
}

/// Wire JSON as the vectors write results: blobs as text, timestamps as epoch seconds.
fn from_wire(value: &Value, ty: &TypeSchema, format: TimestampFormat) -> Result<Value, String> {
    Ok(match (ty, value) {
        (TypeSchema::Blob, Value::String(b64)) => {
            let bytes = Blob::from_base64(b64).ok_or_else(|| format!("`{b64}` is not base64"))?;
            Value::String(String::from_utf8(bytes.0).map_err(|e| e.to_string())?)
        }
        (TypeSchema::Timestamp, Value::String(text)) => {
            let t = match format {
                TimestampFormat::HttpDate => DateTime::parse_http_date(text),
                _ => DateTime::parse_date_time(text),
            }
            .map_err(|e| e.to_string())?;
            json!(t.secs() as f64 + f64::from(t.subsec_nanos()) / 1e9)
        }
        (TypeSchema::List { member, .. }, Value::Array(items)) => {
            Value::Array(items.iter().map(|v| from_wire(v, member, format)).collect::<Result<_, _>>()?)
        }
        (TypeSchema::Map { value: inner, .. }, Value::Object(entries)) => Value::Object(
            entries
                .iter()
                .map(|(k, v)| Ok((k.clone(), from_wire(v, inner, format)?)))
                .collect::<Result<_, String>>()?,
        ),
        (TypeSchema::Shape(shape), Value::Object(members))
            if matches!(shape.kind, ShapeKind::Structure | ShapeKind::Union) =>
        {
            let mut out = Map::new();
            for (name, v) in members {
                let member = shape.member(name).ok_or_else(|| format!("`{name}` is not a member of {}", shape.name))?;
                out.insert(
                    name.clone(),
                    from_wire(v, &(member.target)(), member.timestamp_format.unwrap_or_default())?,
                );
            }
            Value::Object(out)
        }
        _ => value.clone(),
    })
}

fn without_nulls(value: &Value) -> Value {
    match value {
        Value::Object(m) => {
            Value::Object(m.iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k.clone(), without_nulls(v))).collect())
        }
        Value::Array(items) => Value::Array(items.iter().map(without_nulls).collect()),
        other => other.clone(),
    }
}

/// JSON equality by meaning: key order aside, and numbers equal as numbers (integers exactly,
/// others up to the rounding of an f64).
pub fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64()) {
            (Some(i), Some(j)) => i == j,
            _ => {
                let (f, g) = (x.as_f64().unwrap_or(f64::NAN), y.as_f64().unwrap_or(f64::NAN));
                f == g || (f - g).abs() <= 4.0 * f64::EPSILON * f.abs().max(g.abs())
            }
        },
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_compared_by_meaning() {
        assert!(same(&json!({"a": 1, "b": [1.5, "x"]}), &json!({"b": [1.5, "x"], "a": 1})));
        assert!(same(&json!(946845296.123), &json!(946845296.0 + 0.123)));
        assert!(!same(&json!(1), &json!(2)));
        assert!(!same(&json!(1.5), &json!(1.25)));
        assert!(!same(&json!({"a": 1}), &json!({"a": 1, "b": null})));
        assert!(!same(&json!("NaN"), &json!("Infinity")));
    }

    fn xml_alike(body: &str, want: &str) -> Result<(), String> {
        same_xml(body.as_bytes(), want, &TypeSchema::String)
    }

    #[test]
    fn xml_is_compared_by_meaning() {
        let want = "<A x=\"1\" y=\"2\">\n  <b>  text </b>\n  <c/>\n</A>\n";
        assert_eq!(xml_alike("<?xml version=\"1.0\"?><A y='2' x='1'><b>  text </b><c></c></A>", want), Ok(()));
        assert!(xml_alike("<A x=\"1\" y=\"2\"><b>text</b><c/></A>", want).is_err(), "a leaf's text is exact");
        assert!(xml_alike("<A x=\"1\" y=\"2\"><c/><b>  text </b></A>", want).is_err(), "children keep their order");
        assert!(xml_alike("<A x=\"1\"><b>  text </b><c/></A>", want).is_err(), "every attribute counts");
    }

    #[test]
    fn xml_namespaces_count_as_in_scope() {
        let want = "<A xmlns=\"urn:a\"><b xmlns=\"urn:a\" xmlns:p=\"urn:p\">t</b></A>";
        let repeated = "<A xmlns=\"urn:a\"><b xmlns:p=\"urn:p\">t</b></A>";
        assert_eq!(xml_alike(repeated, want), Ok(()), "a repeated declaration");
        assert!(xml_alike("<A xmlns=\"urn:a\"><b>t</b></A>", want).is_err(), "a missing prefix declaration");
        assert!(xml_alike("<A><b xmlns:p=\"urn:p\">t</b></A>", want).is_err(), "a missing default namespace");
        assert!(xml_alike("<p:A xmlns:p=\"urn:a\"><b xmlns:p=\"urn:p\">t</b></p:A>", want).is_err(), "a prefix");
        let tags = start_tags("<!-- <x> --><a k='>'><![CDATA[<y>]]><b/><c xmlns:q=\"u\"></c></a>");
        assert_eq!(
            tags,
            [("a".into(), vec![]), ("b".into(), vec![]), ("c".into(), vec![("xmlns:q".into(), "u".into())])]
        );
    }

    #[test]
    fn xml_map_entries_have_no_order() {
        use crate::generated::rest_xml_input::suite_47_xml_maps::XmlMaps;
        let input = (<XmlMaps as Operation>::schema().input)();
        let entry = |k: &str| format!("<entry><key>{k}</key><value><hi>{k}</hi></value></entry>");
        let body = |keys: [&str; 2]| {
            format!("<XmlMapsRequest><myMap>{}{}</myMap></XmlMapsRequest>", entry(keys[0]), entry(keys[1]))
        };
        assert_eq!(same_xml(body(["b", "a"]).as_bytes(), &body(["a", "b"]), &input), Ok(()));
        assert!(same_xml(body(["a", "a"]).as_bytes(), &body(["a", "b"]), &input).is_err());
        // Without the schema, the entries are elements in order.
        assert!(xml_alike(&body(["b", "a"]), &body(["a", "b"])).is_err());
    }
}
