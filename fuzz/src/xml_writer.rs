//! The `xml_writer` target: the XML writer (`codec::xml::writer`), which writes restXml request
//! bodies and payloads (and the query protocols' responses on a server's side), against the
//! reader of its documents (`codec::xml::from_element`).
//!
//! Values are built from the bytes in two ways: as JSON, read by the strict document reader
//! (`codec::json::value::from_value`), so that any string JSON can escape reaches the writer
//! (control characters, `U+0000`, `U+FFFE`, every character XML escapes); and as XML, read
//! leniently. The shapes are restXml's ([`Doc`] and what it holds): a document root with its
//! own name and namespace, attributes (a number, an http-date, an enum), members with
//! namespaces (prefixed or not), a shape declaring a prefixed namespace (S3's `Grantee`),
//! wrapped and flattened lists and maps with their own item, key and value names, items, keys
//! and values with namespaces of their own (`xml_items`, `xml_keys`), lists of lists, maps of
//! maps, lists of maps, maps of lists, a union (at the root, as a member and as flattened
//! items), timestamps in each format (lists of them too), blobs, numbers, booleans, an enum,
//! and itself, nested and flattened.
//!
//! Each value is written three ways (`to_element` without and with a namespace, and
//! `XmlWriter::finish` with a prefixed one; `finish` with an unprefixed one must write what
//! `to_element` does), and then:
//! - the document parses, nests no deeper than the parser allows (or is refused for that and
//!   nothing else), and uses no namespace prefix it does not declare ([`undeclared_prefix`]);
//! - read back, leniently and strictly, it is the same value, for every value XML 1.0 can hold
//!   ([`Inspector`]); what it cannot (a character outside XML's `Char`, a date-time or
//!   http-date outside the years 0000 to 9999) must be refused when read back or read back the
//!   same, never read as something else. An empty flattened list or map is no element at all,
//!   so as a structure's member it reads back as absent (the value is compared with it left
//!   out), and as a union's it leaves an empty union element, which must be refused. A union
//!   member this client does not know is never written, so such values are left out.
//!
//! Not checked, as the reader ignores namespaces: where the declarations go (tests/rest_xml.rs
//! and the rest-xml vectors pin them).

use std::collections::BTreeMap;
use std::fmt::Debug;

use aws_operation::codec::json::value;
use aws_operation::codec::xml::tree::MAX_DEPTH;
use aws_operation::codec::xml::{Element, XmlWriter, from_element, parse, writer};
use aws_operation::schema::{MemberSchema, ShapeKind, ShapeSchema, TypeSchema, XmlNamespace};
use aws_operation::shape::{self, Mode, Shape, ShapeSerializer};
use aws_operation::{Blob, DateTime, Document, TimestampFormat, UnknownMember, aws_shape};
use serde_json::Value;

use super::xml_reader::is_xml_char;

/// A grantee's kind: an enum, written as an attribute.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Kind {
    /// `CanonicalUser`
    #[aws(value = "CanonicalUser")]
    CanonicalUser,
    /// `Group`
    #[aws(value = "Group")]
    Group,
    /// A value this client does not know.
    Unknown(String),
}

/// S3's `Grantee`: a shape that declares a prefixed namespace, with an attribute named with that
/// prefix (`xsi:type`), which the reader finds by its local name.
#[aws_shape(
    rename_all = "PascalCase",
    xml_namespace(uri = "http://www.w3.org/2001/XMLSchema-instance", prefix = "xsi")
)]
#[derive(Clone, PartialEq)]
pub struct Grantee {
    /// `xsi:type`, an attribute.
    #[aws(xml_attribute, xml_name = "xsi:type")]
    pub kind: Option<Kind>,
    /// `ID`.
    #[aws(name = "ID")]
    pub id: Option<String>,
    /// `DisplayName`.
    pub display_name: Option<String>,
    /// `URI`.
    #[aws(name = "URI")]
    pub uri: Option<String>,
}

/// A union of every kind of member.
#[aws_shape(union, rename_all = "PascalCase")]
#[derive(Clone, PartialEq, Debug)]
pub enum Choice {
    /// `Text`.
    Text(String),
    /// `Number`.
    Number(i64),
    /// `Flag`.
    Flag(bool),
    /// `When`: a date-time (a union member takes no timestamp format).
    When(DateTime),
    /// `Data`.
    Data(Blob),
    /// `Item`: a flattened list.
    #[aws(xml_flattened, xml_name = "Item")]
    Items(Vec<String>),
    /// `Pairs`: a map with its own key and value names.
    #[aws(xml_key_name = "Name", xml_value_name = "Value")]
    Pairs(BTreeMap<String, String>),
    /// `Grantee`, declaring a prefixed namespace of its own.
    #[aws(xml_namespace(uri = "https://example.com/grantee", prefix = "g"))]
    Grantee(Grantee),
    /// A member this client does not know.
    Unknown(UnknownMember),
}

/// A restXml document: its own root name and namespace, and every kind of member XML has.
#[aws_shape(rename_all = "PascalCase", xml_name = "Document", xml_namespace = "https://example.com/doc")]
#[derive(Clone, PartialEq)]
pub struct Doc {
    /// `id`, an attribute.
    #[aws(xml_attribute, xml_name = "id")]
    pub id: Option<String>,
    /// `size`, an attribute that is a number.
    #[aws(xml_attribute, xml_name = "size")]
    pub size: Option<i32>,
    /// `at`, an attribute that is an http-date.
    #[aws(xml_attribute, xml_name = "at", timestamp_format = "http-date")]
    pub at: Option<DateTime>,
    /// `Version`, required.
    pub version: i32,
    /// `Text`.
    pub text: Option<String>,
    /// `Note`, in a prefixed namespace it declares.
    #[aws(xml_namespace(uri = "https://example.com/note", prefix = "n"))]
    pub note: Option<String>,
    /// `Other`, in a default namespace it declares.
    #[aws(xml_namespace = "https://example.com/other")]
    pub other: Option<String>,
    /// `Flag`.
    pub flag: Option<bool>,
    /// `Tiny`.
    pub tiny: Option<i8>,
    /// `Short`.
    pub short: Option<i16>,
    /// `Long`.
    pub long: Option<i64>,
    /// `Ratio`.
    pub ratio: Option<f32>,
    /// `Average`.
    pub average: Option<f64>,
    /// `Data`: base64.
    pub data: Option<Blob>,
    /// `Created`: a date-time, XML's default.
    pub created: Option<DateTime>,
    /// `Expires`: epoch seconds.
    #[aws(timestamp_format = "epoch-seconds")]
    pub expires: Option<DateTime>,
    /// `Modified`: an http-date.
    #[aws(timestamp_format = "http-date")]
    pub modified: Option<DateTime>,
    /// `Kind`.
    pub kind: Option<Kind>,
    /// `Names`: wrapped, its items named `Name` and in a namespace of their own.
    #[aws(xml_item_name = "Name", xml_items(xml_namespace = "https://example.com/name"))]
    pub names: Option<Vec<String>>,
    /// `Grant`: flattened structures, each declaring the member's namespace.
    #[aws(xml_flattened, xml_name = "Grant", xml_namespace = "https://example.com/grant")]
    pub grants: Option<Vec<Grantee>>,
    /// `Score`: flattened numbers.
    #[aws(xml_flattened, xml_name = "Score")]
    pub scores: Option<Vec<f64>>,
    /// `Dates`: http-dates, wrapped.
    #[aws(timestamp_format = "http-date")]
    pub dates: Option<Vec<DateTime>>,
    /// `Epochs`: epoch seconds, flattened.
    #[aws(xml_flattened, xml_name = "Epoch", timestamp_format = "epoch-seconds")]
    pub epochs: Option<Vec<DateTime>>,
    /// `Blobs`.
    pub blobs: Option<Vec<Blob>>,
    /// `Attributes`: a wrapped map with its own key and value names, keys and values each in
    /// a namespace of their own.
    #[aws(
        xml_key_name = "K",
        xml_value_name = "V",
        xml_keys(xml_namespace = "https://example.com/key"),
        xml_items(xml_namespace(uri = "https://example.com/value", prefix = "v"))
    )]
    pub attributes: Option<BTreeMap<String, String>>,
    /// `KVP`: a flattened map in a namespace, as Smithy's conformance suite has it.
    #[aws(
        xml_flattened,
        xml_name = "KVP",
        xml_key_name = "K",
        xml_value_name = "V",
        xml_namespace = "https://the-member.example.com"
    )]
    pub counts: Option<BTreeMap<String, i64>>,
    /// `Matrix`: rows named `Row`, cells named `Cell`.
    #[aws(xml_item_name = "Row", xml_items(xml_item_name = "Cell", xml_namespace = "https://example.com/cell"))]
    pub matrix: Option<Vec<Vec<String>>>,
    /// `Plain`: lists of lists, every item `member`.
    pub plain: Option<Vec<Vec<i32>>>,
    /// `Nested`: maps of maps, the inner entries named by the member's items.
    #[aws(xml_key_name = "OuterKey", xml_items(xml_key_name = "InnerKey", xml_value_name = "InnerValue"))]
    pub nested: Option<BTreeMap<String, BTreeMap<String, String>>>,
    /// `Rows`: lists of maps.
    #[aws(xml_items(xml_key_name = "Column", xml_value_name = "Cell"))]
    pub rows: Option<Vec<BTreeMap<String, String>>>,
    /// `Groups`: a map whose values are lists with items named `Member`.
    #[aws(xml_items(xml_item_name = "Member"))]
    pub groups: Option<BTreeMap<String, Vec<String>>>,
    /// `Choice`.
    pub choice: Option<Choice>,
    /// `Choices`: a flattened list of unions.
    #[aws(xml_flattened, xml_name = "Option")]
    pub choices: Option<Vec<Choice>>,
    /// `Grantee`, declaring its own prefixed namespace.
    pub grantee: Option<Grantee>,
    /// `Child`: itself.
    pub child: Option<Box<Doc>>,
    /// `Part`: itself, flattened.
    #[aws(xml_flattened, xml_name = "Part")]
    pub parts: Option<Vec<Doc>>,
}

/// The namespace the documents are written in when one is given.
pub const NAMESPACE: &str = "https://example.com/fuzz";

/// Reads the bytes as JSON (strictly) and as XML (leniently) into each shape, and writes and
/// reads back what they hold.
pub fn xml_writer(data: &[u8]) {
    if let Ok(json) = serde_json::from_slice::<Value>(data) {
        from_json::<Doc>(&json);
        from_json::<Choice>(&json);
        from_json::<Grantee>(&json);
        from_json::<Vec<String>>(&json);
        from_json::<BTreeMap<String, Vec<DateTime>>>(&json);
    }
    if let Ok(root) = parse(data) {
        from_xml::<Doc>(&root);
        from_xml::<Choice>(&root);
        from_xml::<Grantee>(&root);
        from_xml::<Vec<String>>(&root);
    }
}

fn from_json<T: Shape + Clone + PartialEq + Debug>(json: &Value) {
    if let Ok(value) = value::from_value::<T>(json, &MemberSchema::ROOT, Mode::Strict) {
        round_trip(&value);
    }
}

fn from_xml<T: Shape + Clone + PartialEq + Debug>(root: &Element) {
    if let Ok(value) = from_element::<T>(root, Mode::Lenient) {
        round_trip(&value);
    }
}

/// The same value, `NaN`s included.
fn same<T: PartialEq + Debug>(a: &T, b: &T) -> bool {
    a == b || format!("{a:?}") == format!("{b:?}")
}

/// The root element a value is written as: a structure's or union's `xml_name`, else its name.
fn root_name<T: Shape>() -> &'static str {
    match T::type_schema() {
        TypeSchema::Shape(s) => s.xml_name.unwrap_or(s.name),
        _ => "Root",
    }
}

/// Writes `value` every way the writer can, and reads each document back.
pub fn round_trip<T: Shape + Clone + PartialEq + Debug>(value: &T) {
    let found = Inspector::of(value);
    if found.unknown_member {
        return;
    }
    let name = root_name::<T>();
    let plain = writer::to_element(name, None, value);
    let namespaced = writer::to_element(name, Some(NAMESPACE), value);
    let finished = finish(value, name, &XmlNamespace { uri: NAMESPACE, prefix: None });
    assert!(finished == namespaced, "finish and to_element differ: {finished:?} and {namespaced:?}");
    let prefixed = finish(value, name, &XmlNamespace { uri: NAMESPACE, prefix: Some("f") });
    // Without any namespace given, the shape's own (if it has one) is declared on the root.
    for document in [plain, namespaced, prefixed] {
        read_back(value, &found, &document);
    }
}

/// `value` written with an [`XmlWriter`] and finished as the root `name` in `namespace`.
fn finish<T: Shape>(value: &T, name: &str, namespace: &XmlNamespace) -> String {
    let mut w = XmlWriter::default();
    value.serialize(&MemberSchema::ROOT, &mut w);
    w.finish(name, Some(namespace))
}

fn read_back<T: Shape + Clone + PartialEq + Debug>(value: &T, found: &Inspector, document: &str) {
    if let Some(prefix) = undeclared_prefix(document) {
        panic!("{value:?} is written as {document:?}, which uses the prefix `{prefix}` without declaring it");
    }
    let tree = match parse(document.as_bytes()) {
        Ok(tree) => tree,
        // Too deep for the parser: refused, with a reason.
        Err(problems) if depth(document) > MAX_DEPTH => {
            assert!(problems.to_string().contains("nested more than"), "{document:?}: {problems}");
            return;
        }
        // Text XML cannot hold is refused when read back: reported, not changed.
        Err(_) if found.non_xml_char => return,
        Err(problems) => panic!("{value:?} is written as {document:?}, which does not parse: {problems}"),
    };
    // An empty flattened collection is no element: it reads back as absent.
    let expected = if found.empty_flattened { without_empty_flattened(value) } else { Some(value.clone()) };
    for mode in [Mode::Lenient, Mode::Strict] {
        let back = from_element::<T>(&tree, mode);
        match (&back, &expected) {
            (Ok(back), Some(expected)) if same(back, expected) => {}
            // A union whose one member was such a collection is an empty element: refused.
            (Err(_), None) => {}
            // What XML cannot hold is refused when read back.
            (Err(_), _) if found.unrepresentable() => {}
            _ => panic!(
                "{value:?} is written as {document:?}, which reads back ({mode:?}) as {back:?}, not {expected:?}"
            ),
        }
    }
}

/// `value` with every empty flattened list or map that is a member of a structure left out;
/// `None` if one is the member of a union, which is then written as an empty element that no
/// reader takes for a union.
fn without_empty_flattened<T: Shape>(value: &T) -> Option<T> {
    let mut json: Value = match serde_json::from_str(&shape::to_json(value)) {
        Ok(json) => json,
        Err(e) => panic!("to_json wrote invalid JSON for {:?}: {e}", shape::to_json(value)),
    };
    let mut emptied_union = false;
    strip(&T::type_schema(), &MemberSchema::ROOT, &mut json, &mut emptied_union);
    if emptied_union {
        return None;
    }
    match value::from_value::<T>(&json, &MemberSchema::ROOT, Mode::Strict) {
        Ok(read) => Some(read),
        Err(problems) => panic!("{json} does not read: {problems}"),
    }
}

/// Leaves out what [`without_empty_flattened`] does from `json`, a value of `ty` written with
/// `member`, and says whether a union lost its member so.
fn strip(ty: &TypeSchema, member: &MemberSchema, json: &mut Value, emptied_union: &mut bool) {
    match (ty, json) {
        (TypeSchema::Shape(s), Value::Object(object)) if matches!(s.kind, ShapeKind::Structure | ShapeKind::Union) => {
            for m in s.members {
                let Some(held) = object.get_mut(m.name) else { continue };
                let empty = match held {
                    Value::Array(items) => items.is_empty(),
                    Value::Object(entries) => entries.is_empty(),
                    _ => false,
                };
                let collection = matches!((m.target)(), TypeSchema::List { .. } | TypeSchema::Map { .. });
                if m.xml_flattened && collection && empty {
                    *emptied_union |= s.kind == ShapeKind::Union;
                    object.remove(m.name);
                } else {
                    strip(&(m.target)(), m, held, emptied_union);
                }
            }
        }
        (TypeSchema::List { member: item, .. }, Value::Array(items)) => {
            let schema = member.item_schema();
            for json in items {
                strip(item, &schema, json, emptied_union);
            }
        }
        (TypeSchema::Map { value: item, .. }, Value::Object(entries)) => {
            let schema = member.item_schema();
            for json in entries.values_mut() {
                strip(item, &schema, json, emptied_union);
            }
        }
        _ => {}
    }
}

/// How deep the elements of a document the writer wrote nest (its text and attribute values
/// hold no `<`: the writer escapes it).
pub fn depth(document: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let bytes = document.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'<' {
            if bytes.get(i + 1) == Some(&b'/') {
                depth = depth.saturating_sub(1);
            } else {
                depth += 1;
                deepest = deepest.max(depth);
            }
        }
    }
    deepest
}

/// The first namespace prefix a document the writer wrote uses (on an element or an
/// attribute) where no enclosing element declares it.
pub fn undeclared_prefix(document: &str) -> Option<String> {
    // The prefixes each open element declares.
    let mut scopes: Vec<Vec<String>> = Vec::new();
    let mut rest = document;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let end = rest.find('>')?;
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with('/') {
            scopes.pop();
            continue;
        }
        let (name, attributes) = tag.split_once(' ').unwrap_or((tag, ""));
        let mut names = vec![name];
        let mut declared = Vec::new();
        // ` name="value"` pairs: values hold no `"` (the writer escapes it).
        for pair in attributes.split('"').collect::<Vec<_>>().chunks(2) {
            let key = pair[0].trim().trim_end_matches('=');
            if key.is_empty() {
                continue;
            }
            match key.strip_prefix("xmlns:") {
                Some(prefix) => declared.push(prefix.to_owned()),
                None if key == "xmlns" => {}
                None => names.push(key),
            }
        }
        scopes.push(declared);
        for name in names {
            if let Some((prefix, _)) = name.split_once(':')
                && prefix != "xml"
                && !scopes.iter().flatten().any(|p| p == prefix)
            {
                return Some(prefix.to_owned());
            }
        }
    }
    None
}

/// What a value holds that XML cannot write as it is, found by walking it as a writer does.
#[derive(Debug, Default)]
pub struct Inspector {
    /// A string, map key or attribute holds a character outside XML 1.0's `Char`.
    pub non_xml_char: bool,
    /// A date-time or http-date timestamp is outside the years 0000 to 9999.
    pub unwritable_timestamp: bool,
    /// A flattened list or map that is a member is empty: it has no element to be written as.
    pub empty_flattened: bool,
    /// A union member this client does not know: the writer leaves it out.
    pub unknown_member: bool,
    /// Whether the value being walked is a member's own (not an item, key or value).
    member: bool,
}

impl Inspector {
    /// What `value` holds.
    pub fn of<T: Shape>(value: &T) -> Inspector {
        let mut found = Inspector::default();
        value.serialize(&MemberSchema::ROOT, &mut found);
        found
    }

    /// Whether the value holds something XML cannot write as it is.
    fn unrepresentable(&self) -> bool {
        self.non_xml_char || self.unwritable_timestamp
    }

    fn text(&mut self, text: &str) {
        self.member = false;
        self.non_xml_char |= !text.chars().all(is_xml_char);
    }

    /// A collection of `len` items or entries written with `member`.
    fn collection(&mut self, member: &MemberSchema, len: usize) {
        let own = std::mem::take(&mut self.member);
        self.empty_flattened |= own && member.xml_flattened && len == 0;
    }
}

impl ShapeSerializer for Inspector {
    fn write_struct<F: FnOnce(&mut Self)>(&mut self, _: &MemberSchema, _: &'static ShapeSchema, members: F) {
        self.member = false;
        members(self);
    }
    fn write_member<T: Shape>(&mut self, member: &'static MemberSchema, value: &T) {
        if !value.is_absent() {
            self.member = true;
            value.serialize(member, self);
            self.member = false;
        }
    }
    fn write_unknown_member(&mut self, _: &str, _: &Document) {
        self.unknown_member = true;
    }
    fn write_list<F: FnOnce(&mut Self)>(&mut self, member: &MemberSchema, len: usize, items: F) {
        self.collection(member, len);
        items(self);
    }
    fn write_item<T: Shape>(&mut self, list: &MemberSchema, value: &T) {
        self.member = false;
        value.serialize(&list.item_schema(), self);
    }
    fn write_map<F: FnOnce(&mut Self)>(&mut self, member: &MemberSchema, len: usize, entries: F) {
        self.collection(member, len);
        entries(self);
    }
    fn write_entry<T: Shape>(&mut self, map: &MemberSchema, key: &str, value: &T) {
        self.text(key);
        value.serialize(&map.item_schema(), self);
    }
    fn write_string(&mut self, _: &MemberSchema, value: &str) {
        self.text(value);
    }
    fn write_bool(&mut self, _: &MemberSchema, _: bool) {}
    fn write_integer(&mut self, _: &MemberSchema, _: i64) {}
    fn write_f32(&mut self, _: &MemberSchema, _: f32) {}
    fn write_f64(&mut self, _: &MemberSchema, _: f64) {}
    fn write_blob(&mut self, _: &MemberSchema, _: &[u8]) {}
    fn write_timestamp(&mut self, member: &MemberSchema, value: &DateTime) {
        let format = member.timestamp_format.unwrap_or(TimestampFormat::DateTime);
        // 0000-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z.
        let writable = (-62_167_219_200..=253_402_300_799).contains(&value.secs());
        self.unwritable_timestamp |= format != TimestampFormat::EpochSeconds && !writable;
    }
    fn write_document(&mut self, _: &MemberSchema, _: &Document) {}
    fn write_null(&mut self, _: &MemberSchema) {}
}

// ---------------------------------------------------------------------------------------------
// Seeds and dictionary
// ---------------------------------------------------------------------------------------------

/// A sample of every member of [`Doc`] ([`super::sample`]), one level of each recursion deep.
pub fn sample_doc() -> Doc {
    let mut sample = super::sample(&Doc::type_schema(), None, None, 0);
    for pointer in ["/Child", "/Parts/0"] {
        if let Some(object) = sample.pointer_mut(pointer).and_then(|v| v.as_object_mut()) {
            object.retain(|name, _| name != "Child" && name != "Parts");
        }
    }
    match value::from_value(&sample, &MemberSchema::ROOT, Mode::Strict) {
        Ok(read) => read,
        Err(problems) => panic!("the sample {sample} does not read: {problems}"),
    }
}

/// Text that needs every escape XML has, and characters it holds only as references.
pub const ESCAPES: &str = "a & b < c > d \"q\" 'a' ]]> \r\n\r \t &amp; &#x41; \u{e9}\u{1F600}";

/// The target's own seeds: a sample of every shape as JSON and as the writer writes it, text
/// that needs escaping (and text XML cannot hold) in every place text goes, timestamps at the
/// edges of what each format writes, empty flattened collections, and nesting near the
/// parser's limit.
pub fn seeds() -> Vec<Vec<u8>> {
    let doc = sample_doc();
    let mut out = vec![
        shape::to_json(&doc).into_bytes(),
        writer::to_element("Document", None, &doc).into_bytes(),
        writer::to_element("Document", Some(NAMESPACE), &doc).into_bytes(),
    ];
    out.extend(union_samples());
    let escaped = serde_json::to_string(ESCAPES).expect("a string is JSON");
    // The first and last instants date-times and http-dates write.
    let first = DateTime::from_secs_nanos(-62_167_219_200, 0).fmt_http_date();
    let last = DateTime::from_secs_nanos(253_402_300_799, 999_999_999).fmt_http_date();
    for text in [
        format!(
            r#"{{"Id":{escaped},"Version":1,"Text":{escaped},"Note":{escaped},"Names":[{escaped},""],"Attributes":{{{escaped}:{escaped}}},"Grantee":{{"Kind":{escaped},"ID":{escaped}}},"Choice":{{"Pairs":{{{escaped}:{escaped}}}}}}}"#
        ),
        // Text XML 1.0 cannot hold: refused when read back, or kept, never changed.
        r#"{"Id":"\u0000","Version":1,"Text":"nul \u0000 and \u0001\u001f\u007f\ufffe\uffff","Names":["\u000b"],"Attributes":{"\u0000":"\u0000"},"Choice":{"Text":"\u0000"}}"#.to_owned(),
        r#"{"Version":1,"Text":"\u0000"}"#.to_owned(),
        r#"{"Version":1,"Text":"   ","Other":"\n","Note":"\r\n"}"#.to_owned(),
        r#"{"Version":1,"Text":"","Names":[],"Blobs":[""],"Data":"","Attributes":{"":""},"Plain":[[]],"Rows":[{}],"Groups":{"g":[]}}"#.to_owned(),
        // Empty flattened collections: no element, so absent when read back (or, in a union,
        // refused).
        r#"{"Version":1,"Grants":[],"Scores":[],"Epochs":[],"Counts":{}}"#.to_owned(),
        r#"{"Version":1,"Grants":[],"Choices":[{"Items":[]}],"Choice":{"Items":[]}}"#.to_owned(),
        r#"{"Items":[]}"#.to_owned(),
        // Timestamps at the edges: the years 0000 and 9999, fractions, beyond what date-times
        // write.
        format!(
            r#"{{"Version":1,"At":"{first}","Created":253402300799.999,"Expires":100000000000000,"Modified":"{last}","Dates":["{first}","{last}"],"Epochs":[1e13,-1e13,-0.001]}}"#
        ),
        r#"{"Version":1,"Created":253402300800}"#.to_owned(),
        r#"{"Version":1,"Created":-62167219201}"#.to_owned(),
        r#"{"Version":-2147483648,"Size":2147483647,"Tiny":-128,"Short":32767,"Long":-9223372036854775808,"Ratio":1e-45,"Average":"NaN","Scores":["Infinity","-Infinity",-0.0,5e-324]}"#.to_owned(),
        r#"{"Version":1,"Kind":"Group","Grantee":{"Kind":"CanonicalUser","ID":"75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a","DisplayName":"alice"}}"#.to_owned(),
        r#"{"Kind":"Group","URI":"http://acs.amazonaws.com/groups/global/AllUsers"}"#.to_owned(),
        r#"{"Version":1,"Choices":[{"Text":"a"},{"Number":1},{"Grantee":{"URI":"http://acs.amazonaws.com/groups/global/AllUsers"}},{"When":1767225600.5},{"Flag":false},{"Data":"AA=="}]}"#.to_owned(),
        r#"{"Version":1,"Nested":{"a":{"b":"c","":""},"":{}},"Matrix":[["a","b"],[],[""]],"Plain":[[1,2],[3]],"Groups":{"g":["x","y"],"h":[""]}}"#.to_owned(),
        r#"["a",""," b ","<&>"]"#.to_owned(),
        r#"{"k":[0,1767225600.5,-0.001],"":[]}"#.to_owned(),
        // S3's Grantee, as ACLs hold it.
        r#"<Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>id</ID><DisplayName>alice</DisplayName></Grantee>"#.to_owned(),
        r#"<d:Document xmlns:d="https://example.com/doc" id="&lt;1&gt;" size="2" at="Thu, 01 Jan 2026 00:00:00 GMT"><Version>3</Version><n:Note xmlns:n="https://example.com/note">n</n:Note><Grant type="Group"><ID>g</ID></Grant><KVP><K>k</K><V>1</V></KVP><Matrix><Row><Cell>c</Cell></Row></Matrix><Option><Item>i</Item></Option><Part><Version>4</Version></Part></d:Document>"#.to_owned(),
        "<r><member>a</member><member></member><member>\u{1}</member></r>".to_owned(),
        "<r><member>&#x0;</member></r>".to_owned(),
    ] {
        out.push(text.into_bytes());
    }
    // Nested as deep as JSON allows, and (written) deeper than the XML parser does.
    let chain = |n: usize| "{\"Version\":1,\"Child\":".repeat(n) + "{\"Version\":1}" + &"}".repeat(n);
    out.push(chain(60).into_bytes());
    out.push(chain(126).into_bytes());
    let matrices =
        |n: usize| "{\"Version\":1,\"Parts\":[".repeat(n) + "{\"Version\":1,\"Plain\":[[1]]}" + &"]}".repeat(n);
    out.push(matrices(62).into_bytes());
    out
}

/// A [`Choice`] of each member, as JSON.
fn union_samples() -> Vec<Vec<u8>> {
    let TypeSchema::Shape(s) = Choice::type_schema() else { return Vec::new() };
    s.members
        .iter()
        .map(|m| {
            let value = super::sample(&(m.target)(), Some(&m.constraints), m.timestamp_format, 1);
            serde_json::json!({ m.name: value }).to_string().into_bytes()
        })
        .collect()
}

/// The shapes' JSON keys and XML names, and the tokens of both.
pub fn dictionary() -> Vec<String> {
    let mut words: Vec<String> = [
        "{\"Version\":1,",
        "\\u0000",
        "\\u0001",
        "\\u001f",
        "\\ufffe",
        "\\ud83d\\ude00",
        "\\r\\n",
        "\\\"",
        "&amp;",
        "&lt;",
        "&gt;",
        "&quot;",
        "&apos;",
        "&#x",
        "&#xD;",
        "]]>",
        "<![CDATA[",
        "NaN",
        "Infinity",
        "-Infinity",
        "253402300800",
        "-62167219201",
        "1767225600.5",
        "Thu, 01 Jan 2026 00:00:00 GMT",
        "2026-12-02T10:00:00Z",
        "AA==",
        "xmlns=\"",
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
        "xsi:type=\"",
        "CanonicalUser",
        "Group",
        "<member>",
        "<entry>",
        "<key>",
        "<value>",
    ]
    .map(str::to_owned)
    .to_vec();
    fn walk(ty: &TypeSchema, seen: &mut Vec<&'static str>, words: &mut Vec<String>) {
        match ty {
            TypeSchema::List { member: inner, .. } | TypeSchema::Map { value: inner, .. } => walk(inner, seen, words),
            TypeSchema::Shape(s) if !seen.contains(&s.name) => {
                seen.push(s.name);
                for m in s.members {
                    words.push(format!("\"{}\":", m.name));
                    let name = aws_operation::codec::xml::element_name(m);
                    words.push(if m.xml_attribute { format!(" {name}=\"") } else { format!("<{name}>") });
                    words.extend(m.item_name.map(|item| format!("<{item}>")));
                    if let Some((key, value)) = m.entry_names {
                        words.extend([format!("<{key}>"), format!("<{value}>")]);
                    }
                    walk(&(m.target)(), seen, words);
                }
            }
            _ => {}
        }
    }
    let mut seen = Vec::new();
    walk(&Doc::type_schema(), &mut seen, &mut words);
    words
}
