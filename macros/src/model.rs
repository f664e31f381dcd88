//! The typed model of what the user wrote, built from parsed attributes. Every unknown key,
//! duplicate key and wrongly typed value is reported; the user's tokens are kept for spans.

use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Ident, LitStr, Type};

use crate::ctxt::Ctxt;
use crate::parse::{self, Meta, Value};
use crate::xml::{ShapeXmlTraits, XmlTraits};

/// The kind of shape an item declares.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Structure,
    Union,
    StringEnum,
    IntEnum,
}

impl Kind {
    pub fn keyword(self) -> &'static str {
        match self {
            Kind::Structure => "structure",
            Kind::Union => "union",
            Kind::StringEnum => "enum",
            Kind::IntEnum => "int_enum",
        }
    }
}

/// How member names become wire names when not given.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum RenameAll {
    None,
    Camel,
    Pascal,
    ScreamingSnake,
}

impl RenameAll {
    pub fn apply(self, ident: &str) -> String {
        let words: Vec<String> = split_words(ident);
        match self {
            RenameAll::None => ident.to_owned(),
            RenameAll::Camel => {
                let mut out = String::new();
                for (i, w) in words.iter().enumerate() {
                    out.push_str(&if i == 0 { w.to_lowercase() } else { capitalize(w) });
                }
                out
            }
            RenameAll::Pascal => words.iter().map(|w| capitalize(w)).collect(),
            RenameAll::ScreamingSnake => words.iter().map(|w| w.to_uppercase()).collect::<Vec<_>>().join("_"),
        }
    }
}

/// Splits `snake_case` and `PascalCase` identifiers into words.
fn split_words(ident: &str) -> Vec<String> {
    let ident = ident.trim_start_matches("r#");
    let mut words = Vec::new();
    for part in ident.split('_').filter(|p| !p.is_empty()) {
        let mut current = String::new();
        let chars: Vec<char> = part.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let boundary = c.is_uppercase()
                && i > 0
                && (chars[i - 1].is_lowercase()
                    || chars[i - 1].is_ascii_digit()
                    || chars.get(i + 1).is_some_and(|n| n.is_lowercase()) && chars[i - 1].is_uppercase());
            if boundary && !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            current.push(c);
        }
        if !current.is_empty() {
            words.push(current);
        }
    }
    words
}

fn capitalize(word: &str) -> String {
    let lower = word.to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Timestamp formats, as Smithy names them.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TimestampFormat {
    DateTime,
    EpochSeconds,
    HttpDate,
}

/// Constraints on a member's value, or on the elements or keys of a list or map.
#[derive(Default)]
pub struct Constraints {
    pub length: Option<Bounds>,
    pub range: Option<Bounds>,
    pub pattern: Option<LitStr>,
    pub items: Option<Box<Constraints>>,
    pub keys: Option<Box<Constraints>>,
}

impl Constraints {
    /// Whether no constraint is set.
    pub fn is_empty(&self) -> bool {
        self.length.is_none()
            && self.range.is_none()
            && self.pattern.is_none()
            && self.items.is_none()
            && self.keys.is_none()
    }
}

/// `min`/`max` as written, with their spans.
pub struct Bounds {
    pub min: Option<(String, Span)>,
    pub max: Option<(String, Span)>,
}

/// A structure member.
pub struct Field {
    pub ident: Ident,
    pub ty: Type,
    /// `T` of `Option<T>`, if the field is an `Option`.
    pub option_inner: Option<Type>,
    pub wire_name: String,
    pub wire_span: Span,
    pub required: bool,
    pub idempotency_token: Option<Span>,
    /// `#[aws(host_label)]`: the value goes in the operation's host prefix.
    pub host_label: Option<Span>,
    pub sensitive: bool,
    pub timestamp_format: Option<TimestampFormat>,
    pub constraints: Constraints,
    /// Where the member travels in an HTTP message, with the span of its key.
    pub binding: Option<(HttpBinding, Span)>,
    /// `json_name = "..."`: its key in restJson1 bodies.
    pub json_name: Option<String>,
    /// `media_type = "..."`.
    pub media_type: Option<String>,
    /// `requires_length`: a streamed payload must have a known length.
    pub requires_length: bool,
    /// `context_param = "Name"`: the member's value is that endpoint rule-set parameter.
    pub context_param: Option<LitStr>,
    /// `xml_name`, `xml_flattened`, `ec2_query_name`, ...
    pub xml: XmlTraits,
}

/// An HTTP binding of a member, named after the Smithy trait.
#[derive(Clone, PartialEq, Eq)]
pub enum HttpBinding {
    /// `http_label`.
    Label,
    /// `http_query = "name"`.
    Query(String),
    /// `http_query_params`.
    QueryParams,
    /// `http_header = "Name"`.
    Header(String),
    /// `http_prefix_headers = "prefix"`.
    PrefixHeaders(String),
    /// `http_payload`.
    Payload,
    /// `http_response_code`.
    ResponseCode,
    /// `event_header`: a member of an event, carried in a header of its message named by the
    /// member's name.
    EventHeader,
    /// `event_payload`: the member of an event that is its message's payload.
    EventPayload,
}

impl HttpBinding {
    /// The key as written.
    pub fn keyword(&self) -> &'static str {
        match self {
            HttpBinding::Label => "http_label",
            HttpBinding::Query(_) => "http_query",
            HttpBinding::QueryParams => "http_query_params",
            HttpBinding::Header(_) => "http_header",
            HttpBinding::PrefixHeaders(_) => "http_prefix_headers",
            HttpBinding::Payload => "http_payload",
            HttpBinding::ResponseCode => "http_response_code",
            HttpBinding::EventHeader => "event_header",
            HttpBinding::EventPayload => "event_payload",
        }
    }
}

/// `http(method = "...", uri = "...", code = N)` on an operation.
pub struct HttpTrait {
    pub method: LitStr,
    pub uri: LitStr,
    pub code: u16,
}

impl Field {
    /// The type read from JSON: `T` for both `T` and `Option<T>`.
    pub fn value_ty(&self) -> &Type {
        self.option_inner.as_ref().unwrap_or(&self.ty)
    }
}

/// A variant of a union or enum.
pub struct Variant {
    pub ident: Ident,
    /// The member's type (unions) or the unknown variant's payload.
    pub ty: Option<Type>,
    /// Wire name (unions), string value (enums) or integer value (int enums).
    pub wire: String,
    pub wire_span: Span,
    pub is_unknown: bool,
    /// `json_name = "..."` on a union member: its key in restJson1 bodies.
    pub json_name: Option<String>,
    /// The XML traits of a union member.
    pub xml: XmlTraits,
    /// `sensitive` on a union member: its value is redacted in `Debug` and in problems.
    pub sensitive: bool,
    /// The constraints on a union member's value, as a structure member takes them.
    pub constraints: Constraints,
}

/// Options of `#[aws_shape(error, ...)]`.
pub struct ErrorOptions {
    pub code: String,
    pub query_code: Option<String>,
    pub server_fault: bool,
    pub status: Option<u16>,
    pub retryable: bool,
    pub throttling: bool,
}

/// Options of `#[aws_operation(...)]`.
pub struct OperationOptions {
    pub service: syn::Path,
    pub name: LitStr,
    pub output: syn::Path,
    pub errors: Vec<syn::Path>,
    /// Emit `client.<operation>()` on the service (the service must be in the same crate).
    pub fluent: bool,
    pub paginator: Option<Paginator>,
    /// The endpoint trait's host prefix, e.g. `foo.{label}.`.
    pub host_prefix: Option<LitStr>,
    /// The request compression encoding.
    pub request_compression: Option<Compression>,
    /// The `http` trait: method, URI template and success code.
    pub http: Option<HttpTrait>,
    /// `http_checksum_required`: requests carry `Content-MD5`.
    pub http_checksum_required: bool,
    /// `http_checksum(...)`: the `httpChecksum` trait.
    pub http_checksum: Option<HttpChecksum>,
    /// `unsigned`: the operation takes no SigV4 signature (Smithy's `optionalAuth`/`noAuth`).
    pub unsigned: bool,
    /// `no_input`: the model gives the operation no input (Smithy's `Unit`); its struct has no
    /// members.
    pub no_input: bool,
    /// `after_output = path::to::function`: a `fn(&mut Output)` run on every output read.
    pub after_output: Option<syn::Path>,
    /// `static_context_params(Name = value, ..)`: rule-set parameters with fixed values.
    pub static_context_params: Vec<StaticParam>,
    /// `operation_context_params(Name = "path", ..)`: rule-set parameters read from the input.
    pub operation_context_params: Vec<PathParam>,
}

/// `http_checksum(request_algorithm_member = "ChecksumAlgorithm", request_checksum_required,
/// request_validation_mode_member = "ChecksumMode", response_algorithms = ["CRC32", ...])`.
pub struct HttpChecksum {
    pub request_algorithm_member: Option<LitStr>,
    pub request_checksum_required: bool,
    pub request_validation_mode_member: Option<LitStr>,
    pub response_algorithms: Vec<String>,
}

/// The algorithms `httpChecksum` may name.
const CHECKSUM_ALGORITHMS: &[&str] = &["CRC32", "CRC32C", "CRC64NVME", "SHA1", "SHA256"];

fn http_checksum(cx: &Ctxt, meta: &Meta) -> Option<HttpChecksum> {
    let Value::List(nested) = &meta.value else {
        cx.error_spanned_by(
            &meta.key,
            "`http_checksum` expects settings, like `http_checksum(request_algorithm_member = \"ChecksumAlgorithm\")`",
        );
        return None;
    };
    let mut out = HttpChecksum {
        request_algorithm_member: None,
        request_checksum_required: false,
        request_validation_mode_member: None,
        response_algorithms: Vec::new(),
    };
    for m in nested {
        match m.name().as_str() {
            "request_algorithm_member" => out.request_algorithm_member = expect_str(cx, m),
            "request_checksum_required" => out.request_checksum_required = expect_flag(cx, m),
            "request_validation_mode_member" => out.request_validation_mode_member = expect_str(cx, m),
            "response_algorithms" => {
                // Algorithms this runtime does not compute (MD5, XXHASH...) are left unchecked.
                out.response_algorithms = string_list(cx, m);
            }
            other => cx.error_spanned_by(&m.key, format!("unknown key `{other}` in `http_checksum`, expected one of `request_algorithm_member`, `request_checksum_required`, `request_validation_mode_member`, `response_algorithms`")),
        }
    }
    out.response_algorithms.retain(|a| CHECKSUM_ALGORITHMS.contains(&a.as_str()));
    Some(out)
}

/// One entry of `static_context_params`: the parameter (its key, for spans) and its value.
pub struct StaticParam {
    pub name: Ident,
    pub value: StaticValue,
}

/// A value of `static_context_params`.
pub enum StaticValue {
    Bool(bool),
    Str(String),
}

/// One entry of `operation_context_params`: the parameter, the path as written and parsed.
pub struct PathParam {
    pub name: Ident,
    pub text: LitStr,
    pub path: crate::path::Expr,
}

/// Whether `name` can name a rule-set parameter: a letter, then letters and digits.
fn is_parameter_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic()) && chars.all(|c| c.is_ascii_alphanumeric())
}

const PARAMETER_NAME: &str = "a rule-set parameter name is a letter, then letters and digits";

/// The entries of `static_context_params(..)` or `operation_context_params(..)`, their keys
/// checked as parameter names and seen once.
fn parameter_list<'a>(cx: &Ctxt, meta: &'a Meta, example: &str) -> Vec<&'a Meta> {
    let Value::List(nested) = &meta.value else {
        cx.error_spanned_by(&meta.key, format!("`{}` expects `{}({example})`", meta.name(), meta.name()));
        return Vec::new();
    };
    let mut seen = Seen(Vec::new());
    let mut out = Vec::new();
    for m in nested {
        if !seen.first(cx, m) {
            continue;
        }
        if !is_parameter_name(&m.name()) {
            cx.error_spanned_by(&m.key, format!("`{}` is not a parameter name: {PARAMETER_NAME}", m.name()));
            continue;
        }
        out.push(m);
    }
    out
}

fn static_params(cx: &Ctxt, meta: &Meta) -> Vec<StaticParam> {
    let mut out = Vec::new();
    for m in parameter_list(cx, meta, "Name = true, Other = \"value\"") {
        let value = match &m.value {
            Value::Expr(syn::Expr::Lit(lit)) => match &lit.lit {
                syn::Lit::Bool(b) => Some(StaticValue::Bool(b.value)),
                syn::Lit::Str(s) => Some(StaticValue::Str(s.value())),
                _ => None,
            },
            _ => None,
        };
        match value {
            Some(value) => out.push(StaticParam { name: m.key.clone(), value }),
            None => {
                cx.push(syn::Error::new(value_span(m), format!("`{}` expects a boolean or a string literal", m.name())))
            }
        }
    }
    out
}

fn path_params(cx: &Ctxt, meta: &Meta) -> Vec<PathParam> {
    let mut out = Vec::new();
    for m in parameter_list(cx, meta, "Name = \"Member.Path\"") {
        let Some(text) = expect_str(cx, m) else { continue };
        match crate::path::parse(&text.value()) {
            Ok(path) => out.push(PathParam { name: m.key.clone(), text, path }),
            Err(reason) => cx.error_spanned_by(&text, format!("invalid path `{}`: {reason}", text.value())),
        }
    }
    out
}

/// Encodings of `request_compression = "..."`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    Gzip,
}

/// `paginator(input_token = f, output_token = f, items = f, item = Type, page_size = f)`; a
/// listing chained by several tokens (S3's ListMultipartUploads: a key marker and an upload id
/// marker) names them in lists of one length, `input_token = [f, g]`.
pub struct Paginator {
    pub input_tokens: Vec<Ident>,
    pub output_tokens: Vec<Ident>,
    pub items: Ident,
    pub item: syn::Path,
    pub page_size: Option<Ident>,
    /// `more_results = f`: the output's flag that says whether another page follows (S3's
    /// `IsTruncated`), which ends the listing when false whatever the token says.
    pub more_results: Option<Ident>,
}

fn paginator(cx: &Ctxt, meta: &Meta) -> Option<Paginator> {
    let Value::List(nested) = &meta.value else {
        cx.error_spanned_by(&meta.key, "`paginator` expects `paginator(input_token = .., output_token = .., items = .., item = Type, page_size = ..)`");
        return None;
    };
    let mut seen = Seen(Vec::new());
    let (mut input_tokens, mut output_tokens, mut items, mut item, mut page_size) = (None, None, None, None, None);
    let mut more_results = None;
    for m in nested {
        if !seen.first(cx, m) {
            continue;
        }
        let path = parse::as_path(&m.value);
        let ident = path.as_ref().and_then(|p| p.get_ident().cloned());
        let slot = match m.name().as_str() {
            "input_token" | "output_token" => {
                let tokens = match (&ident, parse::as_path_list(&m.value)) {
                    (Some(one), _) => Some(vec![one.clone()]),
                    (None, Some(list)) if !list.is_empty() => list.iter().map(|p| p.get_ident().cloned()).collect(),
                    _ => None,
                };
                match tokens {
                    Some(tokens) if m.name() == "input_token" => input_tokens = Some(tokens),
                    Some(tokens) => output_tokens = Some(tokens),
                    None => cx.push(syn::Error::new(
                        value_span(m),
                        format!("`{}` expects a field name, or a list of them (`[a, b]`)", m.name()),
                    )),
                }
                continue;
            }
            "items" => &mut items,
            "page_size" => &mut page_size,
            "more_results" => &mut more_results,
            "item" => {
                match path {
                    Some(p) => item = Some(p),
                    None => cx.push(syn::Error::new(value_span(m), "`item` expects the item type")),
                }
                continue;
            }
            other => {
                cx.error_spanned_by(&m.key, format!("unknown key `{other}` in `paginator`, expected `input_token`, `output_token`, `items`, `item`, `page_size`, `more_results`"));
                continue;
            }
        };
        match ident {
            Some(i) => *slot = Some(i),
            None => cx.push(syn::Error::new(value_span(m), format!("`{}` expects a field name", m.name()))),
        }
    }
    match (input_tokens, output_tokens, items, item) {
        (Some(input_tokens), Some(output_tokens), Some(items), Some(item)) => {
            if input_tokens.len() != output_tokens.len() {
                cx.error_spanned_by(
                    &meta.key,
                    format!(
                        "`paginator` names {} input tokens and {} output tokens: each output token is the next value of the input token at its place",
                        input_tokens.len(),
                        output_tokens.len()
                    ),
                );
                return None;
            }
            Some(Paginator { input_tokens, output_tokens, items, item, page_size, more_results })
        }
        _ => {
            cx.error_spanned_by(&meta.key, "`paginator` needs `input_token`, `output_token`, `items` and `item`");
            None
        }
    }
}

/// A whole shape declaration.
pub struct Shape {
    pub kind: Kind,
    pub ident: Ident,
    pub sensitive: bool,
    pub error: Option<ErrorOptions>,
    pub fields: Vec<Field>,
    pub variants: Vec<Variant>,
    /// The rule member names follow (structures and unions).
    pub rename: RenameAll,
    /// `xml_name` and `xml_namespace` of a structure or union.
    pub xml: ShapeXmlTraits,
}

/// Remembers keys already seen in one attribute, to report duplicates.
struct Seen(Vec<String>);

impl Seen {
    fn first(&mut self, cx: &Ctxt, meta: &Meta) -> bool {
        let name = meta.name();
        if self.0.contains(&name) {
            cx.error_spanned_by(&meta.key, format!("duplicate key `{name}`"));
            return false;
        }
        self.0.push(name);
        true
    }
}

pub(crate) fn expect_flag(cx: &Ctxt, meta: &Meta) -> bool {
    match meta.value {
        Value::Flag => true,
        _ => {
            cx.error_spanned_by(&meta.key, format!("`{}` takes no value", meta.name()));
            false
        }
    }
}

pub(crate) fn expect_str(cx: &Ctxt, meta: &Meta) -> Option<LitStr> {
    let s = parse::as_str(&meta.value);
    if s.is_none() {
        cx.push(syn::Error::new(value_span(meta), format!("`{}` expects a string literal", meta.name())));
    }
    s
}

fn value_span(meta: &Meta) -> Span {
    match &meta.value {
        Value::Expr(e) => e.span(),
        _ => meta.span(),
    }
}

/// Options common to the container attributes.
pub struct ContainerArgs {
    pub kind: Kind,
    pub kind_span: Option<Span>,
    pub sensitive: bool,
    pub rename_all: Option<RenameAll>,
    pub error: Option<ErrorOptions>,
    pub operation: Option<OperationOptions>,
    /// `xml_name` and `xml_namespace`: the shape's element as a document's root.
    pub xml: ShapeXmlTraits,
}

fn rename_all(cx: &Ctxt, meta: &Meta) -> Option<RenameAll> {
    let s = expect_str(cx, meta)?;
    let rule = match s.value().as_str() {
        "camelCase" => RenameAll::Camel,
        "PascalCase" => RenameAll::Pascal,
        "SCREAMING_SNAKE_CASE" => RenameAll::ScreamingSnake,
        "none" => RenameAll::None,
        other => {
            cx.error_spanned_by(&s, format!("unknown `rename_all` rule `{other}`, expected `camelCase`, `PascalCase`, `SCREAMING_SNAKE_CASE` or `none`"));
            return None;
        }
    };
    Some(rule)
}

/// Reads `#[aws_shape(...)]` arguments.
pub fn shape_args(cx: &Ctxt, metas: &[Meta], default_code: &Ident) -> ContainerArgs {
    let mut args = ContainerArgs {
        kind: Kind::Structure,
        kind_span: None,
        sensitive: false,
        rename_all: None,
        error: None,
        operation: None,
        xml: ShapeXmlTraits::default(),
    };
    let mut seen = Seen(Vec::new());
    let mut error_keys: Vec<&Meta> = Vec::new();
    let mut is_error = false;
    for meta in metas {
        if !seen.first(cx, meta) {
            continue;
        }
        let name = meta.name();
        match name.as_str() {
            "union" | "enum" | "int_enum" => {
                if expect_flag(cx, meta) {
                    if args.kind_span.is_some() {
                        cx.error_spanned_by(&meta.key, "a shape has one kind: `union`, `enum` or `int_enum`");
                    }
                    args.kind = match name.as_str() {
                        "union" => Kind::Union,
                        "enum" => Kind::StringEnum,
                        _ => Kind::IntEnum,
                    };
                    args.kind_span = Some(meta.span());
                }
            }
            "error" => is_error = expect_flag(cx, meta),
            "sensitive" => args.sensitive = expect_flag(cx, meta),
            "rename_all" => args.rename_all = rename_all(cx, meta),
            "code" | "query_code" | "fault" | "status" | "retryable" | "throttling" => error_keys.push(meta),
            _ if args.xml.read(cx, meta) => {}
            other => cx.error_spanned_by(&meta.key, format!("unknown key `{other}` in `aws_shape`, expected one of `union`, `enum`, `int_enum`, `error`, `sensitive`, `rename_all`, `code`, `query_code`, `fault`, `status`, `retryable`, `throttling`, `xml_name`, `xml_namespace`, `xml_unwrapped`")),
        }
    }
    if let (Some(span), Kind::StringEnum | Kind::IntEnum) = (args.xml.span, args.kind) {
        cx.push(syn::Error::new(
            span,
            "`xml_name`, `xml_namespace` and `xml_unwrapped` apply to structures and unions",
        ));
    }
    if !is_error {
        for meta in error_keys {
            cx.error_spanned_by(&meta.key, format!("`{}` applies only to `#[aws_shape(error)]`", meta.name()));
        }
        return args;
    }
    if let Some(span) = args.kind_span {
        cx.push(syn::Error::new(span, "an error shape is a structure"));
    }
    let mut error = ErrorOptions {
        code: default_code.to_string(),
        query_code: None,
        server_fault: false,
        status: None,
        retryable: false,
        throttling: false,
    };
    for meta in error_keys {
        match meta.name().as_str() {
            "code" => {
                if let Some(s) = expect_str(cx, meta) {
                    error.code = s.value();
                }
            }
            "query_code" => error.query_code = expect_str(cx, meta).map(|s| s.value()),
            "fault" => {
                if let Some(s) = expect_str(cx, meta) {
                    match s.value().as_str() {
                        "client" => error.server_fault = false,
                        "server" => error.server_fault = true,
                        other => {
                            cx.error_spanned_by(&s, format!("unknown fault `{other}`, expected `client` or `server`"))
                        }
                    }
                }
            }
            "status" => match parse::as_int(&meta.value).and_then(|(n, span)| n.parse::<u16>().ok().map(|n| (n, span)))
            {
                Some((n, _)) if (100..600).contains(&n) => error.status = Some(n),
                _ => cx.push(syn::Error::new(value_span(meta), "`status` expects an HTTP status code from 100 to 599")),
            },
            "retryable" => error.retryable = expect_flag(cx, meta),
            _ => {
                if expect_flag(cx, meta) {
                    error.throttling = true;
                    error.retryable = true;
                }
            }
        }
    }
    args.error = Some(error);
    args
}

/// Reads `#[aws_operation(...)]` arguments.
pub fn operation_args(cx: &Ctxt, metas: &[Meta], item_span: Span) -> ContainerArgs {
    let mut args = ContainerArgs {
        kind: Kind::Structure,
        kind_span: None,
        sensitive: false,
        rename_all: None,
        error: None,
        operation: None,
        xml: ShapeXmlTraits::default(),
    };
    let mut seen = Seen(Vec::new());
    let (mut service, mut name, mut output, mut errors) = (None, None, None, Vec::new());
    let (mut fluent, mut pages) = (false, None);
    let (mut host_prefix, mut request_compression, mut http) = (None, None, None);
    let mut http_checksum_required = false;
    let mut checksum = None;
    let mut unsigned = false;
    let mut no_input = false;
    let mut after_output = None;
    let (mut static_context_params, mut operation_context_params) = (Vec::new(), Vec::new());
    for meta in metas {
        if !seen.first(cx, meta) {
            continue;
        }
        match meta.name().as_str() {
            "service" | "output" => {
                let path = parse::as_path(&meta.value);
                if path.is_none() {
                    cx.push(syn::Error::new(value_span(meta), format!("`{}` expects a type path", meta.name())));
                }
                if meta.name() == "service" { service = path } else { output = path }
            }
            "operation" => name = expect_str(cx, meta),
            "errors" => match parse::as_path_list(&meta.value) {
                Some(list) => errors = list,
                None => cx.push(syn::Error::new(value_span(meta), "`errors` expects a list of error types, like `[ConflictException, ThrottlingException]`")),
            },
            "rename_all" => args.rename_all = rename_all(cx, meta),
            "fluent" => fluent = expect_flag(cx, meta),
            "paginator" => pages = paginator(cx, meta),
            "host_prefix" => host_prefix = expect_str(cx, meta),
            "request_compression" => {
                request_compression = expect_str(cx, meta).and_then(|s| match s.value().as_str() {
                    "gzip" => Some(Compression::Gzip),
                    other => {
                        cx.error_spanned_by(&s, format!("unknown request compression `{other}`, expected `gzip`"));
                        None
                    }
                })
            }
            "http" => http = http_trait(cx, meta),
            "http_checksum_required" => http_checksum_required = expect_flag(cx, meta),
            "http_checksum" => checksum = http_checksum(cx, meta),
            "unsigned" => unsigned = expect_flag(cx, meta),
            "no_input" => no_input = expect_flag(cx, meta),
            "after_output" => match parse::as_path(&meta.value) {
                Some(path) => after_output = Some(path),
                None => cx.push(syn::Error::new(value_span(meta), "`after_output` expects a function path, like `decode_keys`")),
            },
            "static_context_params" => static_context_params = static_params(cx, meta),
            "operation_context_params" => operation_context_params = path_params(cx, meta),
            _ if args.xml.read(cx, meta) => {}
            other => cx.error_spanned_by(&meta.key, format!("unknown key `{other}` in `aws_operation`, expected one of `service`, `operation`, `output`, `errors`, `fluent`, `paginator`, `rename_all`, `host_prefix`, `request_compression`, `http`, `http_checksum_required`, `http_checksum`, `unsigned`, `no_input`, `after_output`, `static_context_params`, `operation_context_params`, `xml_name`, `xml_namespace`")),
        }
    }
    let missing = |what: &str| cx.push(syn::Error::new(item_span, format!("`aws_operation` needs `{what}`")));
    if service.is_none() && !seen.0.iter().any(|k| k == "service") {
        missing("service = ServiceType");
    }
    if name.is_none() && !seen.0.iter().any(|k| k == "operation") {
        missing("operation = \"OperationName\"");
    }
    if output.is_none() && !seen.0.iter().any(|k| k == "output") {
        missing("output = OutputType");
    }
    if let (Some(service), Some(name), Some(output)) = (service, name, output) {
        args.operation = Some(OperationOptions {
            service,
            name,
            output,
            errors,
            fluent,
            paginator: pages,
            host_prefix,
            request_compression,
            http,
            http_checksum_required,
            http_checksum: checksum,
            unsigned,
            no_input,
            after_output,
            static_context_params,
            operation_context_params,
        });
    }
    args
}

/// The HTTP methods an operation may use.
const METHODS: &[&str] = &["GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"];

/// `http(method = "POST", uri = "/path/{Label}", code = 200)`.
fn http_trait(cx: &Ctxt, meta: &Meta) -> Option<HttpTrait> {
    let Value::List(nested) = &meta.value else {
        cx.error_spanned_by(&meta.key, "`http` expects `http(method = \"POST\", uri = \"/path\", code = 200)`");
        return None;
    };
    let mut seen = Seen(Vec::new());
    let (mut method, mut uri, mut code) = (None, None, 200u16);
    for m in nested {
        if !seen.first(cx, m) {
            continue;
        }
        match m.name().as_str() {
            "method" => {
                if let Some(s) = expect_str(cx, m) {
                    if METHODS.contains(&s.value().as_str()) {
                        method = Some(s);
                    } else {
                        cx.error_spanned_by(
                            &s,
                            format!("unknown HTTP method `{}`, expected one of `{}`", s.value(), METHODS.join("`, `")),
                        );
                    }
                }
            }
            "uri" => {
                if let Some(s) = expect_str(cx, m) {
                    if s.value().starts_with('/') {
                        uri = Some(s);
                    } else {
                        cx.error_spanned_by(&s, "`uri` must start with `/`");
                    }
                }
            }
            "code" => match parse::as_int(&m.value).and_then(|(n, _)| n.parse::<u16>().ok()) {
                Some(n) if (100..600).contains(&n) => code = n,
                _ => cx.push(syn::Error::new(value_span(m), "`code` expects an HTTP status code from 100 to 599")),
            },
            other => cx.error_spanned_by(
                &m.key,
                format!("unknown key `{other}` in `http`, expected `method`, `uri` or `code`"),
            ),
        }
    }
    match (method, uri) {
        (Some(method), Some(uri)) => Some(HttpTrait { method, uri, code }),
        _ => {
            cx.error_spanned_by(&meta.key, "`http` needs `method` and `uri`");
            None
        }
    }
}

/// Whether `ty` is `Option<T>`, and `T`.
pub fn option_inner(ty: &Type) -> Option<Type> {
    let Type::Path(path) = ty else { return None };
    if path.qself.is_some() {
        return None;
    }
    let last = path.path.segments.last()?;
    let known_prefix = path.path.segments.len() == 1
        || path
            .path
            .segments
            .iter()
            .take(path.path.segments.len() - 1)
            .all(|s| ["core", "std", "option"].contains(&s.ident.to_string().as_str()));
    if last.ident != "Option" || !known_prefix {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else { return None };
    match args.args.first() {
        Some(syn::GenericArgument::Type(inner)) if args.args.len() == 1 => Some(inner.clone()),
        _ => None,
    }
}

/// Reads `#[aws(...)]` on a structure field.
pub fn field(cx: &Ctxt, field: &syn::Field, rename: RenameAll) -> Option<Field> {
    let ident = match &field.ident {
        Some(i) => i.clone(),
        None => {
            cx.error_spanned_by(field, "shapes need named fields");
            return None;
        }
    };
    let option_inner = option_inner(&field.ty);
    let mut out = Field {
        wire_name: rename.apply(&ident.unraw().to_string()),
        wire_span: ident.span(),
        ident,
        ty: field.ty.clone(),
        required: option_inner.is_none(),
        option_inner,
        idempotency_token: None,
        host_label: None,
        sensitive: false,
        timestamp_format: None,
        constraints: Constraints::default(),
        binding: None,
        json_name: None,
        media_type: None,
        requires_length: false,
        context_param: None,
        xml: XmlTraits::default(),
    };
    let mut bind = |cx: &Ctxt, meta: &Meta, binding: Option<HttpBinding>| {
        let Some(binding) = binding else { return };
        match &out.binding {
            Some((first, _)) => cx.error_spanned_by(
                &meta.key,
                format!(
                    "a member has one HTTP binding: `{}` and `{}` are both set",
                    first.keyword(),
                    binding.keyword()
                ),
            ),
            None => out.binding = Some((binding, meta.span())),
        }
    };
    let mut plain: Vec<&Meta> = Vec::new();
    let metas = collect_aws_metas(cx, &field.attrs);
    for meta in &metas {
        match meta.name().as_str() {
            "http_label" => bind(cx, meta, expect_flag(cx, meta).then_some(HttpBinding::Label)),
            "http_query_params" => bind(cx, meta, expect_flag(cx, meta).then_some(HttpBinding::QueryParams)),
            "http_payload" => bind(cx, meta, expect_flag(cx, meta).then_some(HttpBinding::Payload)),
            "http_response_code" => bind(cx, meta, expect_flag(cx, meta).then_some(HttpBinding::ResponseCode)),
            "event_header" => bind(cx, meta, expect_flag(cx, meta).then_some(HttpBinding::EventHeader)),
            "event_payload" => bind(cx, meta, expect_flag(cx, meta).then_some(HttpBinding::EventPayload)),
            "http_query" => bind(cx, meta, nonempty_str(cx, meta).map(HttpBinding::Query)),
            "http_header" => bind(cx, meta, nonempty_str(cx, meta).map(HttpBinding::Header)),
            "http_prefix_headers" => {
                bind(cx, meta, expect_str(cx, meta).map(|s| HttpBinding::PrefixHeaders(s.value())))
            }
            _ => plain.push(meta),
        }
    }
    for meta in plain {
        if out.xml.read(cx, meta) {
            continue;
        }
        match meta.name().as_str() {
            "json_name" => out.json_name = nonempty_str(cx, meta),
            "media_type" => out.media_type = nonempty_str(cx, meta),
            "name" => {
                if let Some(s) = expect_str(cx, meta) {
                    out.wire_name = s.value();
                    out.wire_span = s.span();
                }
            }
            "required" => out.required |= expect_flag(cx, meta),
            "requires_length" => out.requires_length = expect_flag(cx, meta),
            "context_param" => {
                if let Some(s) = expect_str(cx, meta) {
                    if is_parameter_name(&s.value()) {
                        out.context_param = Some(s);
                    } else {
                        cx.error_spanned_by(&s, format!("`{}` is not a parameter name: {PARAMETER_NAME}", s.value()));
                    }
                }
            }
            "idempotency_token" => {
                if expect_flag(cx, meta) {
                    out.idempotency_token = Some(meta.span());
                }
            }
            "host_label" => {
                if expect_flag(cx, meta) {
                    out.host_label = Some(meta.span());
                }
            }
            "sensitive" => out.sensitive = expect_flag(cx, meta),
            "timestamp_format" => {
                if let Some(s) = expect_str(cx, meta) {
                    out.timestamp_format = match s.value().as_str() {
                        "date-time" => Some(TimestampFormat::DateTime),
                        "epoch-seconds" => Some(TimestampFormat::EpochSeconds),
                        "http-date" => Some(TimestampFormat::HttpDate),
                        other => {
                            cx.error_spanned_by(&s, format!("unknown timestamp format `{other}`, expected `date-time`, `epoch-seconds` or `http-date`"));
                            None
                        }
                    }
                }
            }
            _ => constraint(
                cx,
                meta,
                &mut out.constraints,
                &format!(
                    "`name`, `required`, `idempotency_token`, `host_label`, `context_param`, `sensitive`, `timestamp_format`, `json_name`, `media_type`, `requires_length`, `http_label`, `http_query`, `http_query_params`, `http_header`, `http_prefix_headers`, `http_payload`, `http_response_code`, `event_header`, `event_payload`, {}, ",
                    crate::xml::KEYS
                ),
            ),
        }
    }
    Some(out)
}

/// A string value that may not be empty.
pub(crate) fn nonempty_str(cx: &Ctxt, meta: &Meta) -> Option<String> {
    let s = expect_str(cx, meta)?;
    if s.value().is_empty() {
        cx.error_spanned_by(&s, format!("`{}` expects a non-empty string", meta.name()));
        return None;
    }
    Some(s.value())
}

/// Every key of the `#[aws(...)]` attributes among `attrs`, once per key (see
/// [`for_each_aws_meta`]).
fn collect_aws_metas(cx: &Ctxt, attrs: &[syn::Attribute]) -> Vec<Meta> {
    let mut seen = Seen(Vec::new());
    let mut out = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("aws")) {
        match parse::parse_attr(attr) {
            Ok(metas) => out.extend(metas.into_iter().filter(|meta| seen.first(cx, meta))),
            Err(e) => cx.push(e),
        }
    }
    out
}

/// Calls `f` on every key of the `#[aws(...)]` attributes among `attrs`, once per key: a key
/// repeated, in one attribute or across several, is reported and skipped; an attribute that
/// does not parse is reported.
fn for_each_aws_meta(cx: &Ctxt, attrs: &[syn::Attribute], mut f: impl FnMut(&Meta)) {
    let mut seen = Seen(Vec::new());
    for attr in attrs.iter().filter(|a| a.path().is_ident("aws")) {
        match parse::parse_attr(attr) {
            Ok(metas) => metas.iter().filter(|meta| seen.first(cx, meta)).for_each(&mut f),
            Err(e) => cx.push(e),
        }
    }
}

/// Reads one constraint key into `c`; anything else is an unknown key.
fn constraint(cx: &Ctxt, meta: &Meta, c: &mut Constraints, other_keys: &str) {
    match meta.name().as_str() {
        "length" => c.length = bounds(cx, meta, false),
        "range" => c.range = bounds(cx, meta, true),
        "pattern" => c.pattern = expect_str(cx, meta),
        "items" | "keys" => {
            let Value::List(nested) = &meta.value else {
                cx.error_spanned_by(
                    &meta.key,
                    format!(
                        "`{}` expects constraints in parentheses, like `{}(length(max = 5))`",
                        meta.name(),
                        meta.name()
                    ),
                );
                return;
            };
            let mut inner = Constraints::default();
            let mut seen = Seen(Vec::new());
            for m in nested {
                if seen.first(cx, m) {
                    constraint(cx, m, &mut inner, "");
                }
            }
            if meta.name() == "items" { c.items = Some(Box::new(inner)) } else { c.keys = Some(Box::new(inner)) }
        }
        other => cx.error_spanned_by(
            &meta.key,
            format!("unknown key `{other}`, expected one of {other_keys}`length`, `range`, `pattern`, `items`, `keys`"),
        ),
    }
}

fn bounds(cx: &Ctxt, meta: &Meta, float: bool) -> Option<Bounds> {
    let Value::List(nested) = &meta.value else {
        cx.error_spanned_by(&meta.key, format!("`{}` expects `{}(min = .., max = ..)`", meta.name(), meta.name()));
        return None;
    };
    let mut out = Bounds { min: None, max: None };
    let mut seen = Seen(Vec::new());
    for m in nested {
        if !seen.first(cx, m) {
            continue;
        }
        let value = if float { parse::as_number(&m.value) } else { parse::as_int(&m.value) };
        let what = if float { "a number" } else { "an integer" };
        let slot = match m.name().as_str() {
            "min" => &mut out.min,
            "max" => &mut out.max,
            other => {
                cx.error_spanned_by(
                    &m.key,
                    format!("unknown key `{other}` in `{}`, expected `min` or `max`", meta.name()),
                );
                continue;
            }
        };
        match value {
            Some(v) if float || !v.0.starts_with('-') => *slot = Some(v),
            _ => cx.push(syn::Error::new(
                value_span(m),
                format!(
                    "`{}` of `{}` expects {what}{}",
                    m.name(),
                    meta.name(),
                    if float { "" } else { " of at least 0" }
                ),
            )),
        }
    }
    Some(out)
}

/// Reads `#[aws(...)]` on an enum variant.
pub fn variant(cx: &Ctxt, variant: &syn::Variant, kind: Kind, rename: RenameAll) -> Variant {
    let ty = match &variant.fields {
        syn::Fields::Unnamed(f) if f.unnamed.len() == 1 => f.unnamed.first().map(|f| f.ty.clone()),
        _ => None,
    };
    let ident = variant.ident.clone();
    let is_unknown = ident == "Unknown";
    let default_wire = match kind {
        Kind::Union => rename.apply(&ident.to_string()),
        Kind::IntEnum => String::new(),
        _ => rename.apply(&ident.to_string()),
    };
    let mut out = Variant {
        wire: default_wire,
        wire_span: ident.span(),
        ident,
        ty,
        is_unknown,
        json_name: None,
        xml: XmlTraits::default(),
        sensitive: false,
        constraints: Constraints::default(),
    };
    for_each_aws_meta(cx, &variant.attrs, |meta| match (meta.name().as_str(), kind) {
        (_, Kind::Union) if out.xml.read(cx, meta) => {}
        ("name", Kind::Union) | ("value", Kind::StringEnum) => {
            if let Some(s) = expect_str(cx, meta) {
                out.wire = s.value();
                out.wire_span = s.span();
            }
        }
        ("json_name", Kind::Union) => out.json_name = nonempty_str(cx, meta),
        ("sensitive", Kind::Union) => out.sensitive = expect_flag(cx, meta),
        (_, Kind::Union) => constraint(
            cx,
            meta,
            &mut out.constraints,
            &format!("`name`, `json_name`, `sensitive`, {}, ", crate::xml::KEYS),
        ),
        ("value", Kind::IntEnum) => match parse::as_int(&meta.value).filter(|(n, _)| n.parse::<i32>().is_ok()) {
            Some((n, span)) => {
                out.wire = n;
                out.wire_span = span;
            }
            None => cx.push(syn::Error::new(value_span(meta), "`value` of an int enum expects a 32-bit integer")),
        },
        (other, _) => cx.error_spanned_by(&meta.key, format!("unknown key `{other}`, expected `value`")),
    });
    out
}

/// Options of `#[aws_service(...)]`.
pub struct ServiceOptions {
    pub id: String,
    pub protocol: &'static str,
    pub target_prefix: String,
    pub signing_name: String,
    pub api_version: String,
    /// The rule set's file, next to Cargo.toml; without one, the classic regional endpoint.
    pub endpoint_rules: Option<String>,
    /// The classic endpoint's prefix (the signing name unless set).
    pub endpoint_prefix: Option<String>,
    pub query_compatible: bool,
    /// `member_casing = "PascalCase"`: the rule every shape of the service names members by.
    pub member_casing: Option<RenameAll>,
    /// `sigv4(normalize_path = false, double_uri_encode = false, signed_body_header = true)`:
    /// how requests are canonicalised before signing, where the defaults do not suit (S3).
    pub sigv4: Vec<(String, bool)>,
    /// `endpoint_labels = ["Bucket"]`: URI labels the endpoint already holds.
    pub endpoint_labels: Vec<String>,
    /// `operations_of = Service`: this declaration is another protocol of that service's API,
    /// and its client sends the operations declared for it.
    pub operations_of: Option<syn::Path>,
}

/// Reads `#[aws_service(...)]` arguments.
pub fn service_args(cx: &Ctxt, metas: &[Meta], item: &syn::ItemStruct) -> Option<ServiceOptions> {
    if !matches!(item.fields, syn::Fields::Unit) {
        cx.error_spanned_by(&item.fields, "`aws_service` applies to a unit struct, which becomes the service's client");
    }
    if !item.generics.params.is_empty() {
        cx.error_spanned_by(&item.generics, "a service cannot be generic");
    }
    let mut seen = Seen(Vec::new());
    let mut strings: Vec<(&str, Option<String>)> =
        ["id", "protocol", "target_prefix", "signing_name", "api_version", "endpoint_rules", "endpoint_prefix"]
            .iter()
            .map(|k| (*k, None))
            .collect();
    let mut protocol = None;
    let mut query_compatible = false;
    let mut member_casing = None;
    let mut sigv4 = Vec::new();
    let mut endpoint_labels = Vec::new();
    let mut operations_of = None;
    for meta in metas {
        if !seen.first(cx, meta) {
            continue;
        }
        let name = meta.name();
        if name == "query_compatible" {
            query_compatible = expect_flag(cx, meta);
            continue;
        }
        if name == "member_casing" {
            member_casing = rename_all(cx, meta);
            continue;
        }
        if name == "sigv4" {
            sigv4 = sigv4_settings(cx, meta);
            continue;
        }
        if name == "endpoint_labels" {
            endpoint_labels = string_list(cx, meta);
            continue;
        }
        if name == "operations_of" {
            match parse::as_path(&meta.value) {
                Some(path) => operations_of = Some(path),
                None => cx.push(syn::Error::new(
                    value_span(meta),
                    "`operations_of` expects the service whose operations this one sends",
                )),
            }
            continue;
        }
        let Some(slot) = strings.iter_mut().find(|(k, _)| *k == name) else {
            cx.error_spanned_by(&meta.key, format!("unknown key `{name}` in `aws_service`, expected one of `id`, `protocol`, `target_prefix`, `signing_name`, `api_version`, `endpoint_rules`, `endpoint_prefix`, `query_compatible`, `member_casing`, `sigv4`, `endpoint_labels`, `operations_of`"));
            continue;
        };
        let Some(s) = expect_str(cx, meta) else { continue };
        if name == "protocol" {
            protocol = match s.value().as_str() {
                "awsJson1_0" => Some("AwsJson1_0"),
                "awsJson1_1" => Some("AwsJson1_1"),
                "restJson1" => Some("RestJson1"),
                "awsQuery" => Some("AwsQuery"),
                "ec2Query" => Some("Ec2Query"),
                "rpcv2Cbor" => Some("RpcV2Cbor"),
                "restXml" => Some("RestXml"),
                other => {
                    cx.error_spanned_by(
                        &s,
                        format!("unknown protocol `{other}`, expected `awsJson1_0`, `awsJson1_1`, `restJson1`, `restXml`, `awsQuery`, `ec2Query` or `rpcv2Cbor`"),
                    );
                    continue;
                }
            };
        }
        slot.1 = Some(s.value());
    }
    let mut missing = Vec::new();
    // Only the RPC protocols name the service's shape: awsJson in `X-Amz-Target`, rpcv2Cbor in
    // the path.
    let rpc = matches!(protocol, Some("AwsJson1_0" | "AwsJson1_1" | "RpcV2Cbor") | None);
    for (k, v) in &mut strings {
        if *k == "target_prefix" && !rpc && v.is_none() {
            *v = Some(String::new());
        }
        if matches!(*k, "endpoint_rules" | "endpoint_prefix") {
            continue;
        }
        if v.is_none() && !seen.0.iter().any(|s| s == k) {
            missing.push(format!("`{k}`"));
        }
    }
    if !missing.is_empty() {
        cx.error_spanned_by(&item.ident, format!("`aws_service` needs {}", missing.join(", ")));
    }
    let mut values = strings.into_iter().map(|(_, v)| v);
    let mut next = || values.next().flatten();
    let (id, _, target_prefix, signing_name, api_version, endpoint_rules, endpoint_prefix) =
        (next(), next(), next(), next(), next(), next(), next());
    Some(ServiceOptions {
        id: id?,
        protocol: protocol?,
        target_prefix: target_prefix?,
        signing_name: signing_name?,
        api_version: api_version?,
        endpoint_rules,
        endpoint_prefix,
        query_compatible,
        member_casing,
        sigv4,
        endpoint_labels,
        operations_of,
    })
}

/// `["A", "B"]`: a list of strings.
fn string_list(cx: &Ctxt, meta: &Meta) -> Vec<String> {
    let items = match &meta.value {
        Value::Expr(syn::Expr::Array(array)) => array
            .elems
            .iter()
            .map(|e| match e {
                syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
                _ => None,
            })
            .collect::<Option<Vec<_>>>(),
        _ => None,
    };
    items.unwrap_or_else(|| {
        cx.push(syn::Error::new(
            value_span(meta),
            format!("`{}` expects a list of strings, like `[\"Bucket\"]`", meta.name()),
        ));
        Vec::new()
    })
}

/// The keys of `sigv4(...)`, each a flag or `= true|false`.
const SIGV4_KEYS: &[&str] = &["normalize_path", "double_uri_encode", "signed_body_header"];

/// `sigv4(normalize_path = false, ...)`.
fn sigv4_settings(cx: &Ctxt, meta: &Meta) -> Vec<(String, bool)> {
    let Value::List(nested) = &meta.value else {
        cx.error_spanned_by(&meta.key, "`sigv4` expects settings, like `sigv4(double_uri_encode = false)`");
        return Vec::new();
    };
    let mut out = Vec::new();
    for m in nested {
        let name = m.name();
        if !SIGV4_KEYS.contains(&name.as_str()) {
            cx.error_spanned_by(&m.key, format!("unknown key `{name}` in `sigv4`, expected one of `normalize_path`, `double_uri_encode`, `signed_body_header`"));
            continue;
        }
        match &m.value {
            Value::Flag => out.push((name, true)),
            Value::Expr(syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Bool(b), .. })) => out.push((name, b.value)),
            _ => cx.push(syn::Error::new(value_span(m), format!("`{name}` expects `true` or `false`"))),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn rename_rules_split_words_as_people_write_them() {
        for (ident, camel, pascal, screaming) in [
            (
                "associated_resource_identifier",
                "associatedResourceIdentifier",
                "AssociatedResourceIdentifier",
                "ASSOCIATED_RESOURCE_IDENTIFIER",
            ),
            ("StartServicePeriod", "startServicePeriod", "StartServicePeriod", "START_SERVICE_PERIOD"),
            ("HTTPRequest2", "httpRequest2", "HttpRequest2", "HTTP_REQUEST2"),
            ("r#type", "type", "Type", "TYPE"),
        ] {
            assert_eq!(RenameAll::Camel.apply(ident), camel, "{ident}");
            assert_eq!(RenameAll::Pascal.apply(ident), pascal, "{ident}");
            assert_eq!(RenameAll::ScreamingSnake.apply(ident), screaming, "{ident}");
        }
        assert_eq!(RenameAll::None.apply("keep_me"), "keep_me");
    }

    #[test]
    fn option_is_recognized_only_when_it_is_the_standard_one() {
        let inner = |ty: Type| option_inner(&ty).map(|t| quote!(#t).to_string());
        assert_eq!(inner(syn::parse_quote!(Option<String>)).as_deref(), Some("String"));
        assert_eq!(inner(syn::parse_quote!(::core::option::Option<Vec<u8>>)).as_deref(), Some("Vec < u8 >"));
        assert_eq!(inner(syn::parse_quote!(std::option::Option<i32>)).as_deref(), Some("i32"));
        assert_eq!(inner(syn::parse_quote!(my::Option<i32>)), None);
        assert_eq!(inner(syn::parse_quote!(String)), None);
    }

    #[test]
    fn field_attributes_become_a_model() {
        let f: syn::Field = syn::parse_quote! {
            #[aws(name = "Token", idempotency_token, length(min = 1, max = 64), pattern = "^[!-~]*$", items(range(max = 3)))]
            client_token: Option<String>
        };
        let cx = Ctxt::new();
        let field = field(&cx, &f, RenameAll::Camel).unwrap();
        cx.check().unwrap();
        assert_eq!(field.wire_name, "Token");
        assert!(!field.required && field.idempotency_token.is_some());
        let length = field.constraints.length.as_ref().unwrap();
        assert_eq!((length.min.as_ref().unwrap().0.as_str(), length.max.as_ref().unwrap().0.as_str()), ("1", "64"));
        assert_eq!(field.constraints.pattern.as_ref().unwrap().value(), "^[!-~]*$");
        let items = field.constraints.items.as_ref().unwrap();
        assert_eq!(items.range.as_ref().unwrap().max.as_ref().unwrap().0, "3");

        let plain: syn::Field = syn::parse_quote!(catalog: String);
        let cx = Ctxt::new();
        let plain = super::field(&cx, &plain, RenameAll::Pascal).unwrap();
        cx.check().unwrap();
        assert!(plain.required);
        assert_eq!(plain.wire_name, "Catalog");
    }

    #[test]
    fn every_mistake_in_one_attribute_is_reported() {
        let f: syn::Field = syn::parse_quote! {
            #[aws(nmae = "x", required = 1, length(min = -1), timestamp_format = "iso")]
            x: Option<String>
        };
        let cx = Ctxt::new();
        let _ = field(&cx, &f, RenameAll::Camel);
        let errors: Vec<String> = cx.check().unwrap_err().into_iter().map(|e| e.to_string()).collect();
        assert_eq!(errors.len(), 4, "{errors:?}");
        assert!(errors[0].starts_with("unknown key `nmae`"));
        assert_eq!(errors[1], "`required` takes no value");
        assert_eq!(errors[2], "`min` of `length` expects an integer of at least 0");
        assert!(errors[3].starts_with("unknown timestamp format `iso`"));
    }

    #[test]
    fn union_variants_take_sensitive_and_the_constraints_of_members() {
        let v: syn::Variant = syn::parse_quote! {
            #[aws(name = "bytes", sensitive, length(min = 1), items(pattern = "^x"))]
            Bytes(Blob)
        };
        let cx = Ctxt::new();
        let variant = variant(&cx, &v, Kind::Union, RenameAll::Camel);
        cx.check().unwrap();
        assert!(variant.sensitive);
        assert_eq!(variant.wire, "bytes");
        let length = variant.constraints.length.as_ref().unwrap();
        assert_eq!((length.min.as_ref().map(|m| m.0.as_str()), length.max.is_none()), (Some("1"), true));
        assert_eq!(variant.constraints.items.as_ref().unwrap().pattern.as_ref().unwrap().value(), "^x");

        let plain: syn::Variant = syn::parse_quote!(Text(String));
        let cx = Ctxt::new();
        let plain = super::variant(&cx, &plain, Kind::Union, RenameAll::Camel);
        cx.check().unwrap();
        assert!(!plain.sensitive && plain.constraints.is_empty());

        let bad: syn::Variant = syn::parse_quote!(
            #[aws(value = "x", range(min = 1, least = 2))]
            Text(String)
        );
        let cx = Ctxt::new();
        let _ = super::variant(&cx, &bad, Kind::Union, RenameAll::Camel);
        let errors: Vec<String> = cx.check().unwrap_err().into_iter().map(|e| e.to_string()).collect();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(
            errors[0].starts_with("unknown key `value`, expected one of `name`, `json_name`, `sensitive`, `xml_name`"),
            "{}",
            errors[0]
        );
        assert!(errors[0].ends_with("`length`, `range`, `pattern`, `items`, `keys`"), "{}", errors[0]);
        assert_eq!(errors[1], "unknown key `least` in `range`, expected `min` or `max`");

        // An enum's values take neither.
        let value: syn::Variant = syn::parse_quote!(
            #[aws(value = "A", sensitive, length(min = 1))]
            A
        );
        let cx = Ctxt::new();
        let _ = super::variant(&cx, &value, Kind::StringEnum, RenameAll::None);
        let errors: Vec<String> = cx.check().unwrap_err().into_iter().map(|e| e.to_string()).collect();
        assert_eq!(errors, ["unknown key `sensitive`, expected `value`", "unknown key `length`, expected `value`"]);
    }

    #[test]
    fn container_arguments_are_read_and_checked() {
        let ident: Ident = syn::parse_quote!(ThrottlingException);
        let cx = Ctxt::new();
        let metas = crate::parse::parse_args(quote!(error, throttling, fault = "server", status = 429)).unwrap();
        let args = shape_args(&cx, &metas, &ident);
        cx.check().unwrap();
        let error = args.error.unwrap();
        assert_eq!(error.code, "ThrottlingException");
        assert!(error.throttling && error.retryable && error.server_fault);
        assert_eq!(error.status, Some(429));

        let cx = Ctxt::new();
        let metas = crate::parse::parse_args(quote!(union, enum, retryable)).unwrap();
        let _ = shape_args(&cx, &metas, &ident);
        let errors: Vec<String> = cx.check().unwrap_err().into_iter().map(|e| e.to_string()).collect();
        assert_eq!(
            errors,
            [
                "a shape has one kind: `union`, `enum` or `int_enum`",
                "`retryable` applies only to `#[aws_shape(error)]`"
            ]
        );
    }
}
