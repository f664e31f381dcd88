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
}

impl ShapeSchema {
    /// The member with this wire name.
    pub fn member(&self, wire_name: &str) -> Option<&MemberSchema> {
        self.members.iter().find(|m| m.name == wire_name)
    }
}

/// A member of a structure or union.
#[derive(Debug)]
pub struct MemberSchema {
    /// The wire name.
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
}

/// Constraints on a value, and on the elements or keys of a list or map.
#[derive(Debug, Default, PartialEq)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaginatorSchema {
    /// The input member that carries the token.
    pub input_token: &'static str,
    /// The output member that carries the next token.
    pub output_token: &'static str,
    /// The output member with the page's items.
    pub items: &'static str,
    /// The input member that sets the page size.
    pub page_size: Option<&'static str>,
}
