//! Writing shapes as XML: the query protocols' responses (a server's side) and restXml bodies.
//! The layout is the reader's ([`super::reader`]) read backwards:
//! - a member is the element named by its `xml_name`, else its member name, with its
//!   `xml_namespace` declared on it (else its structure's own, if it has one); an
//!   `xml_attribute` member is an attribute of its structure's element instead;
//! - a list is wrapped (`<Names><member>a</member></Names>`, items named `member` or by the
//!   list's `item_name`) unless `xml_flattened`, when each item is an element of the member's
//!   own name; items (and map keys and values) take none of their collection's traits but
//!   their own ([`MemberSchema::items`], [`MemberSchema::keys`]);
//! - a map is wrapped (`<Tags><entry><key/><value/></entry></Tags>`, key and value named by the
//!   member's `entry_names`) unless `xml_flattened`, when each entry is an element of the
//!   member's name;
//! - scalars are text: booleans and numbers as written, floats' special values by name, blobs
//!   base64, timestamps date-time unless the member says otherwise. Text escapes `&`, `<` and
//!   `>`; attribute values `"` and line breaks too.

use crate::codec::text;
use crate::schema::{MemberSchema, ShapeSchema, TypeSchema, XmlNamespace};
use crate::shape::{Shape, ShapeSerializer};
use crate::types::{DateTime, Document, TimestampFormat};

use super::reader::element_name;

/// An element being written: its start tag's attributes, and its content so far; or, `raw`,
/// the text of an attribute being captured, unescaped.
#[derive(Debug, Default)]
struct Open {
    attributes: String,
    content: String,
    raw: bool,
}

/// A [`ShapeSerializer`] writing XML.
#[derive(Debug)]
pub struct XmlWriter {
    /// The elements open, innermost last; the first is the root's.
    open: Vec<Open>,
}

impl Default for XmlWriter {
    fn default() -> Self {
        Self { open: vec![Open::default()] }
    }
}

/// `value` as the element `name`, with `xmlns` = `namespace` if given.
pub fn to_element<T: Shape>(name: &str, namespace: Option<&str>, value: &T) -> String {
    let mut w = XmlWriter::default();
    value.serialize(&MemberSchema::ROOT, &mut w);
    w.finish_with(name, namespace.map(|uri| ("xmlns", uri)))
}

impl XmlWriter {
    /// What was written, as the content and attributes of the root element `name`, which
    /// declares `namespace` if given (and the shape written declared no namespace of its own).
    pub fn finish(self, name: &str, namespace: Option<&XmlNamespace>) -> String {
        let declaration = namespace.map(|ns| (declaration(ns), ns.uri));
        self.finish_with(name, declaration.as_ref().map(|(attribute, uri)| (&**attribute, *uri)))
    }

    /// [`XmlWriter::finish`], the namespace given as its attribute's name and its URI.
    fn finish_with(mut self, name: &str, declaration: Option<(&str, &str)>) -> String {
        let root = self.open.pop().unwrap_or_default();
        let mut attributes = String::new();
        if let Some((attribute, uri)) = declaration
            && !root.attributes.contains(&format!(" {attribute}="))
        {
            push_attribute(&mut attributes, attribute, uri);
        }
        attributes.push_str(&root.attributes);
        let mut out = String::with_capacity(root.content.len() + 2 * name.len() + 5);
        close_into(&mut out, name, &attributes, &root.content);
        out
    }
}

/// The attribute that declares `ns`: `xmlns` or `xmlns:prefix`.
fn declaration(ns: &XmlNamespace) -> std::borrow::Cow<'static, str> {
    match ns.prefix {
        Some(prefix) => format!("xmlns:{prefix}").into(),
        None => "xmlns".into(),
    }
}

/// Whether `attributes` already declare the namespace prefix (or the default namespace) of `ns`.
fn declares(attributes: &str, ns: &XmlNamespace) -> bool {
    attributes.contains(&format!(" {}=", declaration(ns)))
}

/// Appends the attribute that declares `ns`.
fn declare(attributes: &mut String, ns: &XmlNamespace) {
    push_attribute(attributes, &declaration(ns), ns.uri);
}

/// The content `value` writes inside its element (its attributes dropped): for wrapping in an
/// envelope the caller writes, e.g. a query response's `<OperationResult>`.
pub fn content<T: Shape>(value: &T) -> String {
    let mut w = XmlWriter::default();
    value.serialize(&MemberSchema::ROOT, &mut w);
    w.open.pop().unwrap_or_default().content
}

/// Appends `<name attributes>content</name>` to `out`.
fn close_into(out: &mut String, name: &str, attributes: &str, content: &str) {
    out.push('<');
    out.push_str(name);
    out.push_str(attributes);
    out.push('>');
    out.push_str(content);
    out.push_str("</");
    out.push_str(name);
    out.push('>');
}

/// Appends ` name="value"`, the value escaped.
fn push_attribute(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    for c in value.chars() {
        match c {
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#xA;"),
            '\r' => out.push_str("&#xD;"),
            '\t' => out.push_str("&#x9;"),
            other => escape_char(out, other),
        }
    }
    out.push('"');
}

/// Appends `text` escaped as character data.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            // A carriage return would be read back as a line feed.
            '\r' => out.push_str("&#xD;"),
            other => escape_char(out, other),
        }
    }
}

fn escape_char(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        other => out.push(other),
    }
}

impl XmlWriter {
    fn current(&mut self) -> &mut Open {
        self.open.last_mut().expect("the root element is open")
    }

    fn text(&mut self, text: &str) {
        let open = self.current();
        if open.raw {
            open.content.push_str(text);
        } else {
            escape_into(&mut open.content, text);
        }
    }

    /// Writes the element `name` (declaring `member`'s namespace), its content by `write`.
    fn element(&mut self, name: &str, member: Option<&MemberSchema>, write: impl FnOnce(&mut Self)) {
        let mut open = Open::default();
        if let Some(ns) = member.and_then(|m| m.xml_namespace.as_ref()) {
            declare(&mut open.attributes, ns);
        }
        self.open.push(open);
        write(self);
        let done = self.open.pop().expect("the element just opened");
        close_into(&mut self.current().content, name, &done.attributes, &done.content);
    }
}

/// Whether `member` holds a list or map whose items repeat the member's own element.
fn flattened_collection(member: &MemberSchema) -> bool {
    member.xml_flattened && matches!((member.target)(), TypeSchema::List { .. } | TypeSchema::Map { .. })
}

impl ShapeSerializer for XmlWriter {
    fn write_struct<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, shape: &'static ShapeSchema, members: F) {
        // A structure's own namespace, on its element, unless its member declared one.
        if let Some(ns) = &shape.xml_namespace {
            let open = self.current();
            if !open.raw && !declares(&open.attributes, ns) {
                declare(&mut open.attributes, ns);
            }
        }
        members(self);
    }

    fn write_member<T: Shape>(&mut self, member: &'static MemberSchema, value: &T) {
        if value.is_absent() {
            return;
        }
        let name = element_name(member);
        if member.xml_attribute {
            // The value's text, as the attribute of the element being written.
            self.open.push(Open { raw: true, ..Open::default() });
            value.serialize(member, self);
            let text = self.open.pop().expect("the attribute's capture").content;
            push_attribute(&mut self.current().attributes, name, &text);
        } else if flattened_collection(member) {
            value.serialize(member, self);
        } else {
            self.element(name, Some(member), |w| value.serialize(member, w));
        }
    }

    fn write_unknown_member(&mut self, _: &str, _: &Document) {
        // A server writes only what it knows; a union member it does not is never sent.
    }

    fn write_list<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: usize, items: F) {
        items(self);
    }

    fn write_item<T: Shape>(&mut self, list: &MemberSchema, value: &T) {
        let name = if list.xml_flattened { element_name(list) } else { list.item_name.unwrap_or("member") };
        let item = list.item_schema();
        // A flattened list's items stand for the member's element: its namespace is theirs.
        let declares = if list.xml_flattened && item.xml_namespace.is_none() { list } else { &item };
        self.element(name, Some(declares), |w| value.serialize(&item, w));
    }

    fn write_map<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: usize, entries: F) {
        entries(self);
    }

    fn write_entry<T: Shape>(&mut self, map: &MemberSchema, key: &str, value: &T) {
        let (key_name, value_name) = map.entry_names.unwrap_or(("key", "value"));
        let name = if map.xml_flattened { element_name(map) } else { "entry" };
        let item = map.item_schema();
        self.element(name, map.xml_flattened.then_some(map), |w| {
            w.element(key_name, map.keys, |w| w.text(key));
            w.element(value_name, Some(&item), |w| value.serialize(&item, w));
        });
    }

    fn write_string(&mut self, _: &MemberSchema, value: &str) {
        self.text(value);
    }

    fn write_bool(&mut self, _: &MemberSchema, value: bool) {
        self.text(if value { "true" } else { "false" });
    }

    fn write_integer(&mut self, _: &MemberSchema, value: i64) {
        self.text(&value.to_string());
    }

    fn write_f32(&mut self, _: &MemberSchema, value: f32) {
        let text = if value.is_finite() { value.to_string() } else { text::float(f64::from(value)) };
        self.text(&text);
    }

    fn write_f64(&mut self, _: &MemberSchema, value: f64) {
        self.text(&text::float(value));
    }

    fn write_blob(&mut self, _: &MemberSchema, value: &[u8]) {
        self.text(&crate::types::base64_encode(value));
    }

    fn write_timestamp(&mut self, member: &MemberSchema, value: &DateTime) {
        let format = member.timestamp_format.unwrap_or(TimestampFormat::DateTime);
        self.text(&text::timestamp(value, format));
    }

    fn write_document(&mut self, _: &MemberSchema, _: &Document) {
        // XML has no documents; a model that uses one has no XML protocol.
    }

    fn write_null(&mut self, _: &MemberSchema) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut out = String::new();
        escape_into(&mut out, "a<b>&c\r\"d'");
        assert_eq!(out, "a&lt;b&gt;&amp;c&#xD;\"d'");
        let mut attributes = String::new();
        push_attribute(&mut attributes, "k", "\"x\"\n<&>\t");
        assert_eq!(attributes, " k=\"&quot;x&quot;&#xA;&lt;&amp;&gt;&#x9;\"");
        let back = super::super::tree::parse(format!("<r{attributes}>{out}</r>").as_bytes()).unwrap();
        assert_eq!((back.attribute("k"), back.text.as_str()), (Some("\"x\"\n<&>\t"), "a<b>&c\r\"d'"));
    }
}
