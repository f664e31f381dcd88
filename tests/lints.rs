//! Compile-only proof that what the macros emit is warning-free and relies on absolute paths:
//! the prelude names generated code could lean on are shadowed here, and every lint is an error.
//! If this file builds (under `cargo clippy --all-targets -- -D warnings` too), the expansion is
//! clean in a user's crate that denies warnings.

#![deny(warnings)]
#![deny(clippy::all)]

use aws_operation::{Blob, DateTime, Document, UnknownMember, aws_operation, aws_shape};
use aws_operation_partnercentral_channel::PartnerCentralChannel;
use aws_operation_partnercentral_channel::errors::{AccessDeniedException, ValidationException};

// Prelude names shadowed in the user's scope: generated code must name them by absolute path.
type Result = ();
struct Option;
struct Some;
struct None;
struct Ok;
struct Err;
struct Default;
struct Into;
struct From;
struct Clone;
struct Copy;
struct PartialEq;
struct Send;
struct Sync;
struct Sized;
struct ToString;
struct ToOwned;
struct AsRef;
struct Iterator;
struct IntoIterator;
struct Box;
struct Vec;
struct String;

/// A string enum.
#[aws_shape(enum)]
#[derive(Debug, PartialEq, Eq, Hash, Clone)]
pub enum Color {
    /// `RED`
    #[aws(value = "RED")]
    Red,
    /// A value this client does not know yet.
    Unknown(std::string::String),
}

/// An int enum.
#[aws_shape(int_enum)]
#[derive(Debug, PartialEq, Eq, Hash, Clone, Copy)]
pub enum Level {
    /// 1
    #[aws(value = 1)]
    Low,
    /// A value this client does not know yet.
    Unknown(i32),
}

/// A recursive structure.
#[aws_shape]
#[derive(PartialEq, Clone)]
pub struct Node {
    /// Required.
    #[aws(length(min = 1, max = 8), pattern = "^[a-z]+$")]
    pub name: std::string::String,
    /// The next node.
    pub next: std::option::Option<std::boxed::Box<Node>>,
}

/// A union.
#[aws_shape(union)]
#[derive(Debug, PartialEq, Clone)]
pub enum Choice {
    /// Text.
    Text(std::string::String),
    /// A node.
    Node(std::boxed::Box<Node>),
    /// A member this client does not know yet.
    Unknown(UnknownMember),
}

/// A sensitive structure.
#[aws_shape(sensitive)]
pub struct Secret {
    /// The secret.
    pub value: std::string::String,
}

/// An error.
#[aws_shape(error, fault = "server", retryable, status = 503)]
pub struct BrokenException {
    /// The message.
    pub message: std::option::Option<std::string::String>,
}

/// Every member type.
#[aws_shape(rename_all = "PascalCase")]
pub struct Everything {
    /// bool
    pub flag: std::option::Option<bool>,
    /// i8
    pub tiny: std::option::Option<i8>,
    /// i16
    pub small: std::option::Option<i16>,
    /// i32 with a range
    #[aws(range(min = -5, max = 5))]
    pub int: std::option::Option<i32>,
    /// i64
    pub long: i64,
    /// f32
    #[aws(range(min = 0.5))]
    pub float: std::option::Option<f32>,
    /// f64
    pub double: std::option::Option<f64>,
    /// Blob
    #[aws(length(max = 16))]
    pub blob: std::option::Option<Blob>,
    /// Document
    pub doc: std::option::Option<Document>,
    /// DateTime
    pub epoch: std::option::Option<DateTime>,
    /// DateTime
    #[aws(timestamp_format = "date-time")]
    pub iso: std::option::Option<DateTime>,
    /// DateTime
    #[aws(timestamp_format = "http-date")]
    pub http: std::option::Option<DateTime>,
    /// list
    #[aws(length(min = 1), items(length(max = 3), pattern = "^[a-z]*$"))]
    pub list: std::option::Option<std::vec::Vec<std::string::String>>,
    /// sparse list
    pub sparse: std::option::Option<std::vec::Vec<std::option::Option<std::string::String>>>,
    /// map
    #[aws(keys(pattern = "^k"), items(range(max = 9)))]
    pub map: std::option::Option<std::collections::BTreeMap<std::string::String, i32>>,
    /// hash map
    pub hash: std::option::Option<std::collections::HashMap<std::string::String, std::vec::Vec<Color>>>,
    /// enum
    pub color: Color,
    /// int enum
    pub level: std::option::Option<Level>,
    /// union
    pub choice: std::option::Option<Choice>,
    /// sensitive member
    #[aws(sensitive)]
    pub password: std::option::Option<std::string::String>,
    /// sensitive structure
    pub secret: std::option::Option<Secret>,
    /// nested, recursive
    pub node: std::option::Option<Node>,
    /// required option
    #[aws(required, name = "must")]
    pub must: std::option::Option<std::string::String>,
}

/// An empty structure.
#[aws_shape]
pub struct DoThingOutput {}

/// An operation on an existing service.
#[aws_operation(
    service = PartnerCentralChannel,
    operation = "DoThing",
    output = DoThingOutput,
    errors = [ValidationException, AccessDeniedException]
)]
pub struct DoThing {
    /// Everything.
    pub everything: Everything,
}

/// An operation with an idempotency token, which the check wants typed `Option<String>` by those
/// names: `String` is the standard one here, everything else stays shadowed.
mod with_token {
    use super::*;
    use std::string::String;

    /// An operation whose token the client fills.
    #[aws_operation(service = PartnerCentralChannel, operation = "DoOtherThing", output = DoThingOutput)]
    pub struct DoOtherThing {
        /// The token.
        #[aws(idempotency_token)]
        pub token: std::option::Option<String>,
    }

    /// An operation that binds endpoint parameters every way there is.
    #[aws_operation(
        service = PartnerCentralChannel,
        operation = "DoBoundThing",
        output = DoThingOutput,
        static_context_params(Kind = "data", Flag = true),
        operation_context_params(Keys = "keys(map)", Names = "list[*].[name, other][]")
    )]
    pub struct DoBoundThing {
        /// A required member that chooses the endpoint.
        #[aws(context_param = "Resource")]
        pub resource: String,
        /// An optional one.
        #[aws(context_param = "Flagged")]
        pub flagged: std::option::Option<bool>,
        /// A map whose keys are a parameter.
        pub map: std::option::Option<std::collections::BTreeMap<String, String>>,
        /// A list whose members' names are a parameter.
        pub list: std::option::Option<std::vec::Vec<Named>>,
    }

    /// A list item.
    #[aws_shape]
    pub struct Named {
        /// The name.
        pub name: std::option::Option<String>,
        /// Another.
        pub other: std::option::Option<String>,
    }
}

#[test]
fn expansions_are_usable() {
    let shadows: (Result, Option, Some, None, Ok, Err, Default, Into, From, Clone, Copy, PartialEq) =
        ((), Option, Some, None, Ok, Err, Default, Into, From, Clone, Copy, PartialEq);
    let more = (Send, Sync, Sized, ToString, ToOwned, AsRef, Iterator, IntoIterator, Box, Vec, String);
    let _ = (shadows, more);

    let node = Node::builder().name("a").build().unwrap();
    let builder = Everything::builder().long(1).color(Color::Red).node(node);
    let problems = builder.build().err().unwrap();
    assert_eq!(problems.to_string(), "1 invalid member: `must` is required");
    let node = Node::builder().name("a").build().unwrap();
    let everything = Everything::builder().long(1).color(Color::Red).node(node).must("m").build().unwrap();
    let mut input = DoThing { everything };
    assert_eq!(
        aws_operation::shape::to_json(&input),
        r#"{"everything":{"Long":1,"Color":"RED","Node":{"name":"a"},"must":"m"}}"#
    );
    input.everything.must = std::option::Option::None;
    let problems = aws_operation::shape::validate(&input).unwrap_err();
    assert_eq!(problems.to_string(), "1 invalid member: `everything.must` is required");
    assert_eq!(Level::from(1), Level::Low);
    assert_eq!(Choice::Text("t".into()), Choice::Text("t".into()));
    let secret = Secret { value: "s".into() };
    assert_eq!(format!("{secret:?}"), "Secret(*** Sensitive Data Redacted ***)");
    let broken = BrokenException { message: std::option::Option::None };
    assert_eq!(broken.to_string(), "BrokenException");
    assert!(DoThingOutput::builder().build().is_ok());
    let other = with_token::DoOtherThing::builder().token("t").build().unwrap();
    assert_eq!(aws_operation::shape::to_json(&other), r#"{"token":"t"}"#);
}
