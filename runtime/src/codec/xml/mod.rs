//! XML: the format of the awsQuery and ec2Query responses and of restXml bodies.
//!
//! A document is parsed into a tree of elements first ([`tree`]), bounded in depth and with no
//! entity expansion beyond XML's predefined ones; shapes are then read from the element the
//! protocol points at ([`reader`]): a query response's `<OperationResult>`, an error's
//! `<Error>`, a restXml body's root. Writing ([`writer`]) is the same layout backwards, for the
//! responses a server sends and restXml's request bodies.

pub mod reader;
pub mod tree;
pub mod writer;

pub use reader::{XmlDeserializer, element_name, from_element};
pub use tree::{Element, parse};
pub use writer::XmlWriter;
