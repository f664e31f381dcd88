//! Reading shapes from a parsed XML tree ([`super::tree`]).
//!
//! Where a member is found in its structure's element:
//! - an `xml_attribute` member is the attribute of its name;
//! - any other member is the child element named by its `xml_name`, else its member name;
//! - a list is wrapped (`<Names><member>a</member></Names>`, items named `member` or by the
//!   list's `item_name`) unless `xml_flattened`, when every child element of the member's name
//!   is an item, wherever it stands among the other members;
//! - a map is wrapped (`<Tags><entry><key/><value/></entry></Tags>`, key and value named by
//!   the member's `entry_names`) unless `xml_flattened`, when every child element of the
//!   member's name is an entry.
//!
//! Scalars are text: booleans and numbers as written, floats' special values by name, blobs
//! base64, timestamps date-time unless the member says otherwise; an empty element is an
//! empty string. Namespaces are ignored. Leniently (a client reading a response) unknown
//! elements are skipped; strictly (a server reading a body) they are problems.

use std::borrow::Cow;

use crate::codec::form::{self, Dialect};
use crate::codec::text;
use crate::schema::{MemberSchema, ShapeSchema, TypeSchema, same_but_for_casing};
use crate::shape::{Decoder, Field, Mode, Shape, ShapeDeserializer};
use crate::types::{Blob, DateTime, Document, TimestampFormat, UnknownMember};
use crate::validate::Violations;

use super::tree::Element;

/// What is being read.
#[derive(Debug, Clone)]
pub(crate) enum Here<'a> {
    /// An element: a structure, union, wrapped list or map, or a scalar's text.
    Element(&'a Element),
    /// The items of a flattened list, or the entries of a flattened map.
    Flat(Vec<&'a Element>),
    /// An attribute's value, or a map key.
    Text(&'a str),
}

/// A [`ShapeDeserializer`] over an element of a parsed document.
#[derive(Debug)]
pub struct XmlDeserializer<'a> {
    cx: Decoder,
    here: Here<'a>,
    naming: Naming,
}

/// Whose rules name the elements: XML's, or a query form's keys read as a tree of elements
/// (`crate::codec::form::reader`), where every member is a key (none an attribute), named and
/// flattened as the form's dialect says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Naming {
    /// XML documents.
    Xml,
    /// The keys of an awsQuery or ec2Query form.
    Form(Dialect),
}

/// The name of `member`'s element or attribute: its `xml_name`, else its member name.
pub fn element_name(member: &MemberSchema) -> &'static str {
    member.xml_name.unwrap_or(member.name)
}

/// Reads a whole value from `element` (a structure's element, whatever its name).
pub fn from_element<T: Shape>(element: &Element, mode: Mode) -> Result<T, Violations> {
    let mut d = XmlDeserializer::new(element, mode);
    let value = T::deserialize(&MemberSchema::ROOT, &mut d);
    d.finish(value)
}

impl<'a> XmlDeserializer<'a> {
    /// A deserializer of the value `element` holds.
    pub fn new(element: &'a Element, mode: Mode) -> Self {
        Self::with_naming(element, mode, Naming::Xml)
    }

    /// A deserializer of the value `element` holds, its members named by `naming`.
    pub fn with_naming(element: &'a Element, mode: Mode, naming: Naming) -> Self {
        Self { cx: Decoder::new(mode), here: Here::Element(element), naming }
    }

    /// The element (or attribute) name of `member`.
    fn name_of(&self, member: &MemberSchema) -> Cow<'static, str> {
        match self.naming {
            // The tree holds local names: a prefixed name (`xsi:type`) is found by its local part.
            Naming::Xml => {
                let name = element_name(member);
                Cow::Borrowed(name.rsplit_once(':').map_or(name, |(_, local)| local))
            }
            Naming::Form(dialect) => form::key(dialect, member),
        }
    }

    /// Whether `member` is read from an attribute.
    fn is_attribute(&self, member: &MemberSchema) -> bool {
        self.naming == Naming::Xml && member.xml_attribute
    }

    /// Whether `member` is a collection whose items repeat its own element.
    fn is_flattened(&self, member: &MemberSchema) -> bool {
        match self.naming {
            Naming::Xml => member.xml_flattened,
            Naming::Form(dialect) => {
                form::flattened(dialect, member)
                    && matches!((member.target)(), TypeSchema::List { .. } | TypeSchema::Map { .. })
            }
        }
    }

    /// The problems found, with `value` if there were none.
    pub fn finish<T>(self, value: Option<T>) -> Result<T, Violations> {
        self.cx.finish(value)
    }

    /// Where `member` of the structure whose element is `e` is, if it is there.
    pub(crate) fn find(&self, e: &'a Element, member: &MemberSchema) -> Option<Here<'a>> {
        let name = self.name_of(member);
        if self.is_attribute(member) {
            e.attribute(&name).map(Here::Text)
        } else if self.is_flattened(member) {
            let items: Vec<&Element> = e.children.iter().filter(|c| c.name == *name).collect();
            (!items.is_empty()).then_some(Here::Flat(items))
        } else {
            e.child(&name).map(Here::Element)
        }
    }

    /// Makes `here` the value read next, for a reader that reads a structure's members itself
    /// (restXml's responses, whose members are partly in headers); returns what was being
    /// read, for [`XmlDeserializer::leave`].
    pub(crate) fn enter(&mut self, here: Here<'a>) -> Here<'a> {
        std::mem::replace(&mut self.here, here)
    }

    /// [`XmlDeserializer::enter`] with `element` as the value read next.
    pub(crate) fn enter_element(&mut self, element: &'a Element) -> Here<'a> {
        self.enter(Here::Element(element))
    }

    /// Goes back to what [`XmlDeserializer::enter`] returned.
    pub(crate) fn leave(&mut self, saved: Here<'a>) {
        self.here = saved;
    }

    /// Reads with `here` as the value, then goes back to what was being read.
    fn at<R>(&mut self, here: Here<'a>, read: impl FnOnce(&mut Self) -> R) -> R {
        let saved = std::mem::replace(&mut self.here, here);
        let out = read(self);
        self.here = saved;
        out
    }

    /// The text of a scalar; an element with child elements is not one.
    fn text(&mut self, expected: &'static str) -> Option<&'a str> {
        match &self.here {
            Here::Text(text) => Some(text),
            Here::Element(e) if e.children.is_empty() => Some(e.text.as_str()),
            Here::Element(e) => {
                let name = e.name.clone();
                self.cx.wrong_type(expected, "an element", || format!("element `{name}` with child elements"))
            }
            Here::Flat(items) => {
                let n = items.len();
                self.cx.wrong_type(expected, "repeated elements", || format!("{n} repeated elements"))
            }
        }
    }

    /// Records that the text here does not read as `expected`.
    fn wrong_text<T>(&mut self, expected: &'static str, found: &str) -> Option<T> {
        self.cx.wrong_type(expected, "text", || text::describe_string(found))
    }

    /// The element of a structure, union or wrapped collection.
    fn element(&mut self, expected: &'static str) -> Option<&'a Element> {
        match &self.here {
            Here::Element(e) => Some(e),
            Here::Text(t) => {
                let t = *t;
                self.wrong_text(expected, t)
            }
            Here::Flat(items) => {
                let n = items.len();
                self.cx.wrong_type(expected, "repeated elements", || format!("{n} repeated elements"))
            }
        }
    }

    /// The items of a list, or the entries of a map: repeated elements, or the children of a
    /// wrapper (named `item` when strict).
    fn repeated(&mut self, expected: &'static str, item: &str) -> Option<Vec<&'a Element>> {
        if let Here::Flat(items) = &self.here {
            return Some(items.clone());
        }
        let wrapper = self.element(expected)?;
        if self.cx.is_strict() {
            for child in wrapper.children.iter().filter(|c| c.name != item) {
                self.cx.unknown_member(&child.name);
            }
        }
        Some(wrapper.children.iter().filter(|c| !self.cx.is_strict() || c.name == item).collect())
    }
}

impl<'a> ShapeDeserializer for XmlDeserializer<'a> {
    fn decoder(&mut self) -> &mut Decoder {
        &mut self.cx
    }

    fn read_struct<F: FnMut(&mut Self, usize)>(
        &mut self,
        _: &MemberSchema,
        shape: &'static ShapeSchema,
        mut members: F,
    ) -> bool {
        let Some(e) = self.element("structure") else { return false };
        let mut found = false;
        for (i, member) in shape.members.iter().enumerate() {
            match self.find(e, member) {
                Some(here) => {
                    found = true;
                    self.at(here, |d| members(d, i));
                }
                None if member.required && self.cx.is_strict() => self.cx.missing_member(member.name),
                None => {}
            }
        }
        if self.cx.is_strict() {
            let known: Vec<Cow<'static, str>> =
                shape.members.iter().filter(|m| !self.is_attribute(m)).map(|m| self.name_of(m)).collect();
            for child in e.children.iter().filter(|c| !known.iter().any(|k| *k == c.name)) {
                self.cx.unknown_member(&child.name);
            }
        } else if !found {
            // Every member unset while the element has some under another casing: the shape's
            // member names are not the service's.
            let names = shape.members.iter().map(element_name);
            let miscased = e
                .children
                .iter()
                .find_map(|c| names.clone().find(|n| same_but_for_casing(n, &c.name)).map(|n| (c.name.as_str(), n)));
            if let Some((name, member)) = miscased {
                self.cx.miscased_member(name, member);
                return false;
            }
        }
        true
    }

    fn read_union<F: FnMut(&mut Self, Field<'_>)>(
        &mut self,
        _: &MemberSchema,
        shape: &'static ShapeSchema,
        mut member: F,
    ) -> bool {
        let Some(e) = self.element("union") else { return false };
        let mut set: Vec<&str> = e.children.iter().map(|c| c.name.as_str()).collect();
        set.dedup();
        match set.as_slice() {
            [] => {
                self.cx.empty_union();
                false
            }
            [name] => {
                let position = shape.members.iter().position(|m| self.name_of(m) == *name);
                let items: Vec<&Element> = e.children.iter().collect();
                match position {
                    Some(i) if self.is_flattened(&shape.members[i]) => {
                        self.at(Here::Flat(items), |d| member(d, Field::Known(i)))
                    }
                    Some(i) => self.at(Here::Element(items[0]), |d| member(d, Field::Known(i))),
                    None => self.at(Here::Element(items[0]), |d| member(d, Field::Unknown(name))),
                }
                true
            }
            names => {
                let names = names.to_vec();
                self.cx.crowded_union(&names);
                false
            }
        }
    }

    fn read_unknown_member(&mut self, name: &str) -> Option<UnknownMember> {
        if self.cx.is_strict() {
            self.cx.unknown_member(name);
            return None;
        }
        let text = match &self.here {
            Here::Element(e) => e.text.clone(),
            Here::Text(t) => (*t).to_owned(),
            Here::Flat(_) => String::new(),
        };
        Some(UnknownMember { name: name.to_owned(), value: serde_json::Value::String(text) })
    }

    fn read_list<F: FnMut(&mut Self)>(&mut self, member: &MemberSchema, mut item: F) -> bool {
        let Some(items) = self.repeated("list", member.item_name.unwrap_or("member")) else { return false };
        for (i, element) in items.into_iter().enumerate() {
            self.cx.push_index(i);
            self.at(Here::Element(element), &mut item);
            self.cx.pop();
        }
        true
    }

    fn read_map<F: FnMut(&mut Self, String)>(&mut self, member: &MemberSchema, mut entry: F) -> bool {
        let Some(entries) = self.repeated("map", "entry") else { return false };
        let (key_name, value_name) = member.entry_names.unwrap_or(("key", "value"));
        for element in entries {
            let Some(key) = element.child(key_name) else {
                self.cx.wrong_type::<()>("a map entry", "an entry", || format!("an entry without its `{key_name}`"));
                continue;
            };
            let key = key.text.clone();
            self.cx.push_key(&key);
            match element.child(value_name) {
                Some(value) => self.at(Here::Element(value), |d| entry(d, key)),
                None if self.cx.is_strict() => {
                    self.cx
                        .wrong_type::<()>("a map entry", "an entry", || format!("an entry without its `{value_name}`"));
                }
                None => {}
            }
            self.cx.pop();
        }
        true
    }

    /// Items and map values are read with their own traits in XML ([`MemberSchema::item_schema`]);
    /// a form's nested keys are named by their container's, as the form writer names them.
    fn read_item<T: Shape>(&mut self, member: &MemberSchema) -> Option<T> {
        let read = match self.naming {
            Naming::Xml => T::deserialize(&member.item_schema(), self),
            Naming::Form(_) => T::deserialize(member, self),
        };
        self.cx.salvage(read)
    }

    fn read_null(&mut self) -> bool {
        false
    }

    fn read_string(&mut self, _: &MemberSchema, expected: &'static str) -> Option<String> {
        self.text(expected).map(str::to_owned)
    }

    fn read_bool(&mut self, _: &MemberSchema) -> Option<bool> {
        let t = self.text("boolean")?;
        text::parse_bool(t.trim()).or_else(|| self.wrong_text("boolean", t))
    }

    fn read_integer(&mut self, _: &MemberSchema, expected: &'static str, min: i64, max: i64) -> Option<i64> {
        let t = self.text(expected)?;
        text::parse_integer(t.trim(), min, max).or_else(|| self.wrong_text(expected, t))
    }

    fn read_float(&mut self, _: &MemberSchema, expected: &'static str) -> Option<f64> {
        let t = self.text(expected)?;
        text::parse_float(t.trim()).or_else(|| self.wrong_text(expected, t))
    }

    fn read_blob(&mut self, _: &MemberSchema) -> Option<Blob> {
        let t = self.text("base64 blob")?;
        let compact: String = t.chars().filter(|c| !c.is_ascii_whitespace()).collect();
        Blob::from_base64(&compact).or_else(|| self.wrong_text("base64 blob", t))
    }

    fn read_timestamp(&mut self, member: &MemberSchema) -> Option<DateTime> {
        let format = member.timestamp_format.unwrap_or(TimestampFormat::DateTime);
        let expected = text::timestamp_kind(format);
        let t = self.text(expected)?;
        text::parse_timestamp(t.trim(), format).or_else(|| self.wrong_text(expected, t))
    }

    fn read_document(&mut self, _: &MemberSchema) -> Option<Document> {
        self.cx.wrong_type("document", "XML", || "XML, which has no documents".to_owned())
    }
}
