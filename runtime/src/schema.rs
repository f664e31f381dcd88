//! Static descriptions of shapes and operations, emitted by the macros: what a tool needs to
//! list members, check definitions against a model, or build input from text.

use crate::types::TimestampFormat;

/// The type of a member. Two named shapes are equal when their names and kinds are.
#[derive(Debug, Clone)]
pub enum TypeSchema {
    /// `string`.
    String,
    /// `boolean`.
    Boolean,
    /// `byte`.
    Byte,
    /// `short`.
    Short,
    /// `integer`.
    Integer,
    /// `long`.
    Long,
    /// `float`.
    Float,
    /// `double`.
    Double,
    /// `blob`.
    Blob,
    /// `document`.
    Document,
    /// `timestamp`.
    Timestamp,
    /// A list of the inner type; `sparse` when elements may be null.
    List {
        /// The element type.
        member: Box<TypeSchema>,
        /// Whether elements may be null.
        sparse: bool,
    },
    /// A map from strings to the inner type.
    Map {
        /// The value type.
        value: Box<TypeSchema>,
        /// Whether values may be null.
        sparse: bool,
    },
    /// A structure, union, enum or error declared with the macros.
    Shape(&'static ShapeSchema),
}

impl PartialEq for TypeSchema {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (TypeSchema::List { member: a, sparse: x }, TypeSchema::List { member: b, sparse: y }) => a == b && x == y,
            (TypeSchema::Map { value: a, sparse: x }, TypeSchema::Map { value: b, sparse: y }) => a == b && x == y,
            (TypeSchema::Shape(a), TypeSchema::Shape(b)) => a.name == b.name && a.kind == b.kind,
            (a, b) => std::mem::discriminant(a) == std::mem::discriminant(b),
        }
    }
}

impl TypeSchema {
    /// The model's name for the type (`string`, `list`, `structure`, ...).
    pub fn kind_name(&self) -> &'static str {
        match self {
            TypeSchema::String => "string",
            TypeSchema::Boolean => "boolean",
            TypeSchema::Byte => "byte",
            TypeSchema::Short => "short",
            TypeSchema::Integer => "integer",
            TypeSchema::Long => "long",
            TypeSchema::Float => "float",
            TypeSchema::Double => "double",
            TypeSchema::Blob => "blob",
            TypeSchema::Document => "document",
            TypeSchema::Timestamp => "timestamp",
            TypeSchema::List { .. } => "list",
            TypeSchema::Map { .. } => "map",
            TypeSchema::Shape(s) => match s.kind {
                ShapeKind::Structure => "structure",
                ShapeKind::Union => "union",
                ShapeKind::Enum => "enum",
                ShapeKind::IntEnum => "intEnum",
            },
        }
    }
}

/// What kind of shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShapeKind {
    /// A structure (errors too).
    Structure,
    /// A union.
    Union,
    /// A string enum.
    Enum,
    /// An int enum.
    IntEnum,
}

/// A shape declared with `#[aws_shape]` or `#[aws_operation]`.
#[derive(Debug)]
pub struct ShapeSchema {
    /// The Rust type's name.
    pub name: &'static str,
    /// What kind of shape.
    pub kind: ShapeKind,
    /// Members of structures and unions, in declaration order.
    pub members: &'static [MemberSchema],
    /// Values of string enums.
    pub values: &'static [&'static str],
    /// Values of int enums.
    pub int_values: &'static [i32],
    /// Whether the whole shape is sensitive.
    pub sensitive: bool,
    /// Error traits, for error shapes.
    pub error: Option<ErrorSchema>,
    /// `xmlName`: the element name of the shape as an XML document's root (its name unless set).
    pub xml_name: Option<&'static str>,
    /// `xmlNamespace`: the namespace of the shape's element.
    pub xml_namespace: Option<XmlNamespace>,
    /// The structure's one body member is a restXml response's root element itself, with no
    /// element of the structure around it (S3's `s3UnwrappedXmlOutput`, GetBucketLocation's
    /// `<LocationConstraint>`).
    pub xml_unwrapped: bool,
}

impl ShapeSchema {
    /// The member with this wire name.
    pub fn member(&self, wire_name: &str) -> Option<&MemberSchema> {
        self.members.iter().find(|m| m.name == wire_name)
    }
}

/// A member of a structure or union, with every trait a codec or an HTTP binding reads.
///
/// `name` is the Smithy member name: violation paths, paginators, the command's flags and serde
/// storage use it, and so do the codecs unless a trait of their own (`json_name`, `xml_name`,
/// `ec2_query_name`) renames the member on their wire.
#[derive(Debug, Clone, Copy)]
pub struct MemberSchema {
    /// The member name.
    pub name: &'static str,
    /// The Rust field or variant name.
    pub rust_name: &'static str,
    /// The member's type.
    pub target: fn() -> TypeSchema,
    /// Whether the member is required.
    pub required: bool,
    /// Whether the member is an idempotency token.
    pub idempotency_token: bool,
    /// Whether the member is sensitive.
    pub sensitive: bool,
    /// The timestamp format, when one is given.
    pub timestamp_format: Option<TimestampFormat>,
    /// The member's constraints.
    pub constraints: Constraints,
    /// Where the member travels in an HTTP request or response.
    pub binding: Binding,
    /// `jsonName`: the member's key in restJson1 bodies (awsJson ignores it).
    pub json_name: Option<&'static str>,
    /// `xmlName`: the member's element (or attribute) name in XML and its key in awsQuery.
    pub xml_name: Option<&'static str>,
    /// `xmlAttribute`: written as an attribute of the enclosing element.
    pub xml_attribute: bool,
    /// `xmlFlattened`: list items or map entries repeat the member's element, unwrapped.
    pub xml_flattened: bool,
    /// `xmlNamespace`: an `xmlns` attribute on the member's element.
    pub xml_namespace: Option<XmlNamespace>,
    /// `ec2QueryName`: the member's key in ec2Query requests.
    pub ec2_query_name: Option<&'static str>,
    /// The element name of list items (`member` unless set).
    pub item_name: Option<&'static str>,
    /// The element names of map keys and values (`key` and `value` unless set).
    pub entry_names: Option<(&'static str, &'static str)>,
    /// The XML traits of a list's items or a map's values, where they have their own (Smithy's
    /// list member and map value): their element's namespace, a nested collection's names and
    /// flattening. Items without them take none of the collection's.
    pub items: Option<&'static MemberSchema>,
    /// The XML traits of a map's keys, where they have their own: their element's namespace.
    pub keys: Option<&'static MemberSchema>,
    /// `mediaType`: the media type of a string or blob (a payload's `Content-Type`; a JSON
    /// string in a header is base64).
    pub media_type: Option<&'static str>,
    /// `streaming`: a blob payload that is streamed rather than buffered (a [`ByteStream`]
    /// member).
    ///
    /// [`ByteStream`]: crate::byte_stream::ByteStream
    pub streaming: bool,
    /// `requiresLength`: a streamed payload must have a known length when it is sent.
    pub requires_length: bool,
}

impl MemberSchema {
    /// The schema of a value that is not a member: a whole input, output or error, or a value
    /// read or written on its own. Every trait is at its default.
    pub const ROOT: MemberSchema = MemberSchema {
        name: "",
        rust_name: "",
        target: || TypeSchema::Document,
        required: false,
        idempotency_token: false,
        sensitive: false,
        timestamp_format: None,
        constraints: Constraints::NONE,
        binding: Binding::Body,
        json_name: None,
        xml_name: None,
        xml_attribute: false,
        xml_flattened: false,
        xml_namespace: None,
        ec2_query_name: None,
        item_name: None,
        entry_names: None,
        items: None,
        keys: None,
        media_type: None,
        streaming: false,
        requires_length: false,
    };

    /// A schema with this member name and every trait at its default (for tests and tools).
    pub const fn named(name: &'static str) -> MemberSchema {
        MemberSchema { name, ..MemberSchema::ROOT }
    }

    /// The schema a list's items (or a map's values) are read and written with in XML: their own
    /// traits ([`MemberSchema::items`]) if they have them, else none of the collection's (a
    /// nested list is wrapped in `member`, whatever its container's items are named), with the
    /// member's name, timestamp format and media type.
    pub fn item_schema(&self) -> MemberSchema {
        let own = self.items.copied().unwrap_or(MemberSchema::ROOT);
        MemberSchema {
            name: self.name,
            rust_name: self.rust_name,
            target: self.target,
            sensitive: self.sensitive,
            timestamp_format: own.timestamp_format.or(self.timestamp_format),
            media_type: own.media_type.or(self.media_type),
            ..own
        }
    }

    /// The same member with another timestamp format (tests and tools reading one value).
    pub const fn with_timestamp_format(self, format: Option<TimestampFormat>) -> MemberSchema {
        MemberSchema { timestamp_format: format, ..self }
    }
}

/// Where a member travels in an HTTP message (Smithy's HTTP binding traits). Protocols without
/// HTTP bindings (awsJson, the query protocols, rpcv2Cbor) put every member in the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Binding {
    /// In the body (the default).
    #[default]
    Body,
    /// `httpLabel`: a `{Name}` segment of the URI (`{Name+}`, greedy, keeps `/`).
    Label,
    /// `httpQuery`: a query parameter of this name.
    Query(&'static str),
    /// `httpQueryParams`: a map whose entries become query parameters.
    QueryParams,
    /// `httpHeader`: a header of this name.
    Header(&'static str),
    /// `httpPrefixHeaders`: a map whose entries become headers with this prefix.
    PrefixHeaders(&'static str),
    /// `httpPayload`: the member is the whole body.
    Payload,
    /// `httpResponseCode`: the response's status code.
    ResponseCode,
    /// `eventHeader`: a member of an event, in a header of its message named by the member.
    EventHeader,
    /// `eventPayload`: the member of an event that is its message's payload.
    EventPayload,
}

/// An `xmlNamespace` trait: `xmlns` (or `xmlns:prefix`) with this URI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct XmlNamespace {
    /// The namespace URI.
    pub uri: &'static str,
    /// The prefix, if any.
    pub prefix: Option<&'static str>,
}

/// Constraints on a value, and on the elements or keys of a list or map.
#[derive(Debug, Default, PartialEq, Clone, Copy)]
pub struct Constraints {
    /// `length(min, max)`.
    pub length: Option<(Option<u64>, Option<u64>)>,
    /// `range(min, max)`, as written.
    pub range: Option<(Option<&'static str>, Option<&'static str>)>,
    /// `pattern`.
    pub pattern: Option<&'static str>,
    /// Constraints of list elements or map values.
    pub items: Option<&'static Constraints>,
    /// Constraints of map keys.
    pub keys: Option<&'static Constraints>,
}

impl Constraints {
    /// No constraint at all.
    pub const NONE: Constraints = Constraints { length: None, range: None, pattern: None, items: None, keys: None };
}

/// The error traits of an error shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorSchema {
    /// The error code.
    pub code: &'static str,
    /// Whether the server is at fault.
    pub server_fault: bool,
    /// Whether the model marks it retryable.
    pub retryable: bool,
    /// Whether the model marks it as throttling.
    pub throttling: bool,
}

/// An operation: its name, shapes and pagination.
#[derive(Debug)]
pub struct OperationSchema {
    /// The operation's name.
    pub name: &'static str,
    /// The input shape.
    pub input: fn() -> TypeSchema,
    /// The output shape.
    pub output: fn() -> TypeSchema,
    /// The error shapes, in declaration order.
    pub errors: Vec<fn() -> TypeSchema>,
    /// How the operation pages, if it does.
    pub paginator: Option<PaginatorSchema>,
}

/// The pagination of a list operation, with wire names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaginatorSchema {
    /// The input members that carry the token: one, or several that chain the pages together
    /// (S3's `KeyMarker` and `UploadIdMarker`).
    pub input_tokens: Vec<&'static str>,
    /// The output members that carry the next token, each for the input token at its place.
    pub output_tokens: Vec<&'static str>,
    /// The output member with the page's items.
    pub items: &'static str,
    /// The input member that sets the page size.
    pub page_size: Option<&'static str>,
    /// The output member that says whether another page follows (`IsTruncated`).
    pub more_results: Option<&'static str>,
}

/// The rule that turns a shape's field names into member names (`rename_all`), which a
/// service may fix for all its shapes (`member_casing`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Casing {
    /// No rule: not a structure or union, or a service that does not say.
    Any,
    /// `camelCase`, the default of structures and unions.
    Camel,
    /// `PascalCase`.
    Pascal,
    /// `SCREAMING_SNAKE_CASE`.
    ScreamingSnake,
    /// `none`: field names as written.
    Verbatim,
}

/// Whether a shape named with `shape`'s rule fits a service whose members follow `service`'s.
pub const fn casing_fits(service: Casing, shape: Casing) -> bool {
    matches!((service, shape), (Casing::Any, _) | (_, Casing::Any)) || service as u8 == shape as u8
}

/// Whether two member names are the same word under different casings (`FunctionName`,
/// `functionName`, `function_name`, `FUNCTION_NAME`) but not the same name.
pub fn same_but_for_casing(a: &str, b: &str) -> bool {
    let letters = |s: &str| s.bytes().filter(|b| *b != b'_').map(|b| b.to_ascii_lowercase()).collect::<Vec<_>>();
    a != b && letters(a) == letters(b)
}
