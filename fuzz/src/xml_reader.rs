//! The `xml_reader` target: the XML tree parser (`codec::xml::tree`), which every awsQuery and
//! ec2Query response goes through, and the reader of shapes over its tree (`codec::xml::reader`),
//! leniently as a client reads a response and strictly as a server reads a body.
//!
//! - Parsing is bounded: no element of a tree nests deeper than [`MAX_DEPTH`], and a tree holds
//!   no more text (names, attribute values, character data) than its document has bytes, so no
//!   reference expands beyond its own text (a document type's entities are refused, and with
//!   them every billion-laughs document);
//! - the bytes, taken as text, read back as that text from each way XML can write it: escaped,
//!   as character references, in CDATA sections (line ends normalized, as XML 1.0 says), as an
//!   attribute value, and all of these mixed with comments ([`decoded`]);
//! - as a few typed shapes ([`Rich`]: nested structures, wrapped and flattened lists and maps,
//!   attributes, timestamps in each format, blobs, numbers, booleans, an enum, a union), in both
//!   modes: a structure's every problem names its path; what reads reads the same again, and,
//!   read strictly, reads the same leniently; and what reads, written back
//!   (`codec::xml::writer`) and read again, is the same value.

use std::collections::BTreeMap;
use std::fmt::Debug;

use aws_operation::codec::xml::tree::MAX_DEPTH;
use aws_operation::codec::xml::{Element, from_element, parse, writer};
use aws_operation::shape::{Mode, Shape};
use aws_operation::{Blob, DateTime, UnknownMember, aws_shape};

/// An instance state: an enum.
#[aws_shape(enum)]
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum State {
    /// `pending`
    #[aws(value = "pending")]
    Pending,
    /// `running`
    #[aws(value = "running")]
    Running,
    /// A value this client does not know.
    Unknown(String),
}

/// A key and a value, the value an attribute.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Tag {
    /// `Key`.
    pub key: Option<String>,
    /// `value`, an attribute.
    #[aws(xml_attribute, xml_name = "value")]
    pub value: Option<String>,
}

/// A union.
#[aws_shape(union)]
#[derive(Clone, PartialEq, Debug)]
pub enum Choice {
    /// `text`.
    Text(String),
    /// `number`.
    Number(i64),
    /// `list`, wrapped.
    List(Vec<i32>),
    /// `Tag`, flattened.
    #[aws(xml_flattened, xml_name = "Tag")]
    Tags(Vec<Tag>),
    /// A member this client does not know.
    Unknown(UnknownMember),
}

/// A structure of every kind of member XML has, itself among them.
#[aws_shape(rename_all = "PascalCase")]
#[derive(Clone, PartialEq)]
pub struct Rich {
    /// `id`, an attribute.
    #[aws(xml_attribute, xml_name = "id")]
    pub id: Option<String>,
    /// `size`, an attribute that is a number.
    #[aws(xml_attribute, xml_name = "size")]
    pub size: Option<i32>,
    /// `Version`, required.
    pub version: i32,
    /// `Name`.
    pub name: Option<String>,
    /// `Enabled`.
    pub enabled: Option<bool>,
    /// `Small`.
    pub small: Option<i8>,
    /// `Count`.
    pub count: Option<i64>,
    /// `Ratio`.
    pub ratio: Option<f32>,
    /// `Average`.
    pub average: Option<f64>,
    /// `Data`: base64.
    pub data: Option<Blob>,
    /// `Created`: date-time, XML's default.
    pub created: Option<DateTime>,
    /// `Expires`: epoch seconds.
    #[aws(timestamp_format = "epoch-seconds")]
    pub expires: Option<DateTime>,
    /// `Modified`: http-date.
    #[aws(timestamp_format = "http-date")]
    pub modified: Option<DateTime>,
    /// `state`.
    #[aws(xml_name = "state")]
    pub state: Option<State>,
    /// `Names`, wrapped: `<Names><member>`.
    pub names: Option<Vec<String>>,
    /// `groupSet`, wrapped with items named `item`, as EC2 writes lists.
    #[aws(xml_name = "groupSet", xml_item_name = "item")]
    pub groups: Option<Vec<Tag>>,
    /// `Tag`, flattened: every `<Tag>` among the other members is an item.
    #[aws(xml_flattened, xml_name = "Tag")]
    pub tags: Option<Vec<Tag>>,
    /// `Score`, a flattened list of numbers.
    #[aws(xml_flattened, xml_name = "Score")]
    pub scores: Option<Vec<f64>>,
    /// `Attributes`, a wrapped map: `<entry><key/><value/></entry>`.
    pub attributes: Option<BTreeMap<String, String>>,
    /// `Limits`, a wrapped map whose entries are `<Name/><Value/>`.
    #[aws(xml_key_name = "Name", xml_value_name = "Value")]
    pub limits: Option<BTreeMap<String, i64>>,
    /// `Entry`, a flattened map of lists.
    #[aws(xml_flattened, xml_name = "Entry")]
    pub entries: Option<BTreeMap<String, Vec<String>>>,
    /// `Matrix`: lists of lists.
    pub matrix: Option<Vec<Vec<i32>>>,
    /// `Note`, declaring its namespace when written.
    #[aws(xml_namespace = "https://example.com/ns")]
    pub note: Option<String>,
    /// `Choice`.
    pub choice: Option<Choice>,
    /// `Child`: itself.
    pub child: Option<Box<Rich>>,
    /// `Item`: itself, flattened.
    #[aws(xml_flattened, xml_name = "Item")]
    pub items: Option<Vec<Rich>>,
}

impl Rich {
    /// Whether the value holds no union member this client does not know: the writer leaves
    /// those out, as a server sends only what it knows, so only such values survive the wire.
    fn knows_all(&self) -> bool {
        !matches!(self.choice, Some(Choice::Unknown(_)))
            && self.child.as_deref().is_none_or(Rich::knows_all)
            && self.items.iter().flatten().all(Rich::knows_all)
    }
}

/// Reads the bytes as an XML document, and as text that XML holds.
pub fn xml_reader(data: &[u8]) {
    if let Ok(root) = parse(data) {
        bounded(&root, data.len());
        typed::<Rich>(&root, Rich::knows_all, true);
        typed::<Vec<String>>(&root, |_| true, false);
        typed::<BTreeMap<String, Vec<i64>>>(&root, |_| true, false);
        typed::<Option<DateTime>>(&root, |_| true, false);
        typed::<Choice>(&root, |c| !matches!(c, Choice::Unknown(_)), false);
    }
    decoded(&String::from_utf8_lossy(data));
}

/// How deep a tree nests and how much text it holds (names, attribute names and values, and
/// character data), found without recursion.
pub fn measure(root: &Element) -> (usize, usize) {
    let (mut deepest, mut text) = (0, 0);
    let mut stack = vec![(root, 1)];
    while let Some((e, depth)) = stack.pop() {
        deepest = deepest.max(depth);
        text += e.name.len() + e.text.len();
        text += e.attributes.iter().map(|(k, v)| k.len() + v.len()).sum::<usize>();
        stack.extend(e.children.iter().map(|c| (c, depth + 1)));
    }
    (deepest, text)
}

fn bounded(root: &Element, len: usize) {
    let (depth, text) = measure(root);
    assert!(depth <= MAX_DEPTH, "a tree {depth} elements deep");
    assert!(text <= len, "{len} bytes of XML parse into {text} bytes of text: a reference expanded");
}

/// The same value, `NaN`s included.
fn same<T: PartialEq + Debug>(a: &T, b: &T) -> bool {
    a == b || format!("{a:?}") == format!("{b:?}")
}

/// Reads the tree as a `T` in both modes. `sendable` says whether a value is one a server
/// sends (no unknown union member); `structure`, whether every problem must name a member.
fn typed<T: Shape + PartialEq + Debug>(root: &Element, sendable: fn(&T) -> bool, structure: bool) {
    let lenient = from_element::<T>(root, Mode::Lenient);
    let strict = from_element::<T>(root, Mode::Strict);
    for (mode, read) in [(Mode::Lenient, &lenient), (Mode::Strict, &strict)] {
        match read {
            Ok(value) => {
                let _ = (format!("{value:?}"), aws_operation::shape::validate(value));
                let again = from_element::<T>(root, mode);
                assert!(
                    again.as_ref().is_ok_and(|a| same(a, value)),
                    "read ({mode:?}) as {value:?}, then as {again:?}"
                );
                if sendable(value) {
                    written_back(value);
                }
            }
            Err(problems) => {
                assert!(!problems.is_empty(), "an error without a problem");
                let _ = problems.to_string();
                if structure {
                    // A structure's element is always one: what is wrong is always inside it.
                    let unnamed = problems.0.iter().find(|p| p.path.is_empty());
                    assert!(unnamed.is_none(), "a problem without a path ({mode:?}): {problems}");
                }
            }
        }
    }
    // Strict reading only refuses more: what it reads, lenient reading reads the same.
    if let Ok(value) = &strict {
        match &lenient {
            Ok(read) => assert!(same(value, read), "read strictly as {value:?}, leniently as {read:?}"),
            Err(problems) => panic!("read strictly as {value:?}, but leniently not: {problems}"),
        }
    }
}

/// A value, written as an element and read back (both modes), is the same value.
fn written_back<T: Shape + PartialEq + Debug>(value: &T) {
    let text = writer::to_element("Root", None, value);
    let tree = match parse(text.as_bytes()) {
        Ok(tree) => tree,
        Err(problems) => panic!("{value:?} is written as {text:?}, which does not parse: {problems}"),
    };
    let back = from_element::<T>(&tree, Mode::Lenient);
    assert!(back.as_ref().is_ok_and(|b| same(b, value)), "{value:?} is written as {text:?}, which reads as {back:?}");
}

// ---------------------------------------------------------------------------------------------
// Text, escaped and referenced
// ---------------------------------------------------------------------------------------------

/// Whether XML 1.0 can hold the character at all (its `Char` production).
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// `text` as character data: `&`, `<` and `>` escaped, and carriage returns as references, as
/// a literal one would be read as a line feed.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#xD;"),
            c => out.push(c),
        }
    }
    out
}

/// `text` as a double-quoted attribute value, whitespace other than spaces as references, as
/// literal whitespace is normalized to spaces.
fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#xa;"),
            '\r' => out.push_str("&#xD;"),
            c => out.push_str(&escape_text(c.encode_utf8(&mut [0; 4]))),
        }
    }
    out
}

/// `text` as character references, decimal and hexadecimal in turn.
fn as_references(text: &str) -> String {
    text.chars()
        .enumerate()
        .map(|(i, c)| if i % 2 == 0 { format!("&#{};", u32::from(c)) } else { format!("&#x{:X};", u32::from(c)) })
        .collect()
}

/// `text` in CDATA sections: one, unless the text holds `]]>`, which ends a section and so is
/// split across two.
pub fn as_cdata(text: &str) -> String {
    format!("<![CDATA[{}]]>", text.replace("]]>", "]]]]><![CDATA[>"))
}

/// What XML 1.0 reads for literal text: each `\r\n`, and each other `\r`, is a line feed.
pub fn normalize_line_ends(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Text written in each way XML writes it reads back as the text: escaped (as an element's
/// content, a typed string and an attribute), as character references, in CDATA, and in
/// pieces of each kind between comments.
pub fn decoded(text: &str) {
    let text: String = text.chars().filter(|c| is_xml_char(*c)).collect();
    let read = |document: &str| match parse(document.as_bytes()) {
        Ok(root) => root,
        Err(problems) => panic!("{document:?} does not parse: {problems}"),
    };

    let document = format!("<r a=\"{}\">{}</r>", escape_attribute(&text), escape_text(&text));
    let root = read(&document);
    assert_eq!(root.text, text, "the text of {document:?}");
    assert_eq!(root.attribute("a"), Some(text.as_str()), "the attribute of {document:?}");
    assert_eq!(from_element::<String>(&root, Mode::Strict).ok().as_ref(), Some(&text), "{document:?} as a string");
    let document = format!("<Rich><Name>{}</Name><Version>1</Version></Rich>", escape_text(&text));
    let rich = from_element::<Rich>(&read(&document), Mode::Strict);
    assert_eq!(rich.ok().and_then(|r| r.name), Some(text.clone()), "the `Name` of {document:?}");

    let document = format!("<r>{}</r>", as_references(&text));
    assert_eq!(read(&document).text, text, "the text of {document:?}");

    let document = format!("<r>{}</r>", as_cdata(&text));
    assert_eq!(read(&document).text, normalize_line_ends(&text), "the text of {document:?}");

    // Pieces of a few characters each, escaped, in CDATA and as references in turn.
    let chars: Vec<char> = text.chars().collect();
    let (mut document, mut expected) = (String::from("<r>"), String::new());
    for (i, piece) in chars.chunks(5).enumerate() {
        let piece: String = piece.iter().collect();
        match i % 3 {
            0 => {
                document.push_str(&escape_text(&piece));
                expected.push_str(&piece);
            }
            1 => {
                document.push_str(&as_cdata(&piece));
                expected.push_str(&normalize_line_ends(&piece));
            }
            _ => {
                document.push_str(&as_references(&piece));
                expected.push_str(&piece);
            }
        }
        document.push_str(if i % 2 == 0 { "<!-- between -->" } else { "<?pi between?>" });
    }
    document.push_str("</r>");
    assert_eq!(read(&document).text, expected, "the text of {document:?}");
}

// ---------------------------------------------------------------------------------------------
// Seeds and dictionary
// ---------------------------------------------------------------------------------------------

/// A document nested `depth` elements deep.
pub fn nested(depth: usize) -> String {
    "<a>".repeat(depth) + &"</a>".repeat(depth)
}

/// A billion-laughs document: ten entities, each ten of the one before, `&lol9;` a billion
/// `lol`s were it expanded.
pub fn billion_laughs() -> String {
    let mut entities = String::from("<!ENTITY lol \"lol\">");
    for i in 1..10 {
        let before = if i == 1 { "lol".to_owned() } else { format!("lol{}", i - 1) };
        entities.push_str(&format!("<!ENTITY lol{i} \"{}\">", format!("&{before};").repeat(10)));
    }
    format!("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [{entities}]>\n<lolz>&lol9;</lolz>")
}

/// The target's own seeds, besides the bodies of botocore's query and ec2 vectors: a sample of
/// [`Rich`] as the writer writes it, documents at the parser's limits, and text in every
/// escaping.
pub fn seeds() -> Vec<Vec<u8>> {
    let mut sample = super::sample(&Rich::type_schema(), None, None, 0);
    // One level of each recursion: the sample nests each as deep as it can.
    for pointer in ["/Child", "/Items/0"] {
        if let Some(object) = sample.pointer_mut(pointer).and_then(|v| v.as_object_mut()) {
            object.retain(|name, _| name != "Child" && name != "Items");
        }
    }
    let sample: Rich = match aws_operation::codec::json::value::from_value(
        &sample,
        &aws_operation::schema::MemberSchema::ROOT,
        Mode::Strict,
    ) {
        Ok(read) => read,
        Err(problems) => panic!("the sample {sample} does not read: {problems}"),
    };
    let mut out = vec![writer::to_element("Rich", Some("https://example.com/"), &sample).into_bytes()];
    for text in [
        r#"<?xml version="1.0" encoding="UTF-8"?>
<Rich xmlns="https://example.com/" id="r-1" size="3">
    <Version>2</Version>
    <Name> spaced &lt;name&gt; &amp; &#x41;&#66; </Name>
    <Enabled>true</Enabled><Small>-128</Small><Count>9223372036854775807</Count>
    <Ratio>NaN</Ratio><Average>-Infinity</Average>
    <Data>aGVs
      bG8=</Data>
    <Created>2026-12-02T10:00:00.5-01:00</Created>
    <Expires>1767225600.25</Expires>
    <Modified>Thu, 01 Jan 2026 00:00:00 GMT</Modified>
    <state>running</state>
    <Tag><Key>a</Key></Tag>
    <Names><member>x</member><member/></Names>
    <Tag value="v"><Key>b</Key></Tag>
    <groupSet><item><Key>sg-1</Key></item></groupSet>
    <Score>1.5</Score><Score>2e3</Score>
    <Attributes><entry><key>k</key><value>v</value></entry></Attributes>
    <Limits><entry><Name>n</Name><Value>1</Value></entry></Limits>
    <Entry><key>e</key><value><member>1</member></value></Entry>
    <Matrix><member><member>1</member></member></Matrix>
    <n:Note xmlns:n="https://example.com/ns">note</n:Note>
    <Choice><Tag><Key>t</Key></Tag><Tag/></Choice>
    <Child><Version>3</Version><Item><Version>4</Version></Item></Child>
</Rich>"#,
        "<r><![CDATA[<not>&amp;markup]]]]><![CDATA[>]]> &#x1F600; &#128512; &quot;&apos;</r>",
        "<r a=\"&lt;&#9;&#xA;&quot;\" b='single'>\r\n line\r ends \n</r>",
        "\u{FEFF}<?xml version=\"1.0\"?><!-- before --><?pi data?><r/><!-- after -->\n",
        "<a:r xmlns:a=\"urn:a\" a:x=\"1\"><a:m>1</a:m><member>2</member><member>3</member></a:r>",
        "<member>text</member>",
        "<r><Choice><text>a</text><number>1</number></Choice></r>",
        "<r>&unknown;</r>",
        "<!DOCTYPE r SYSTEM \"file:///etc/passwd\"><r/>",
        "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><r>&xxe;</r>",
        "<r>&#0;&#xD800;&#x110000;</r>",
        "<r><a></b></r>",
        "<r x=\"1\" x=\"2\"/>",
    ] {
        out.push(text.as_bytes().to_vec());
    }
    out.push(billion_laughs().into_bytes());
    for depth in [MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1] {
        out.push(nested(depth).into_bytes());
    }
    // `<Rich>`, its children and the deepest one's `<Version>`: at the limit.
    let deep_rich = "<Child><Version>1</Version>".repeat(MAX_DEPTH - 2) + &"</Child>".repeat(MAX_DEPTH - 2);
    out.push(format!("<Rich>{deep_rich}</Rich>").into_bytes());
    out
}

/// XML's tokens, and the element and attribute names of [`Rich`].
pub fn dictionary() -> Vec<String> {
    let mut words: Vec<String> = [
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<!DOCTYPE r [",
        "<!ENTITY e \"",
        "SYSTEM",
        "]>",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "<?",
        "?>",
        "</",
        "/>",
        "<",
        ">",
        "=\"",
        "xmlns=\"",
        "xmlns:a=\"",
        "a:",
        "&amp;",
        "&lt;",
        "&gt;",
        "&quot;",
        "&apos;",
        "&#x",
        "&#",
        "&#xD;",
        "&#x1F600;",
        "member",
        "item",
        "entry",
        "key",
        "value",
        "true",
        "false",
        "NaN",
        "Infinity",
        "-Infinity",
        "2026-12-02T10:00:00Z",
        "1767225600.5",
        "Thu, 01 Jan 2026 00:00:00 GMT",
        "aGVsbG8=",
        "running",
    ]
    .map(str::to_owned)
    .to_vec();
    if let aws_operation::schema::TypeSchema::Shape(s) = Rich::type_schema() {
        for m in s.members {
            let name = aws_operation::codec::xml::element_name(m);
            words.push(if m.xml_attribute { format!(" {name}=\"") } else { format!("<{name}>") });
            words.push(format!("</{name}>"));
        }
    }
    words.extend(["<text>", "<number>", "<list>", "<Name>", "<Value>"].map(str::to_owned));
    words
}
