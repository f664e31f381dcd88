//! An XML document parsed into elements, the form the XML reader walks: XML members may come in
//! any order and a flattened list's items may be spread among other members, so a response is
//! read from its tree rather than as it streams. Parsing is bounded: elements nest at most
//! [`MAX_DEPTH`] deep, and only the five predefined entities and character references are
//! expanded (a document type's own entities are refused, so no entity can expand into more
//! text than the document holds).

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use crate::validate::{Rule, Violation, Violations};

/// Elements nested deeper than this are refused.
pub const MAX_DEPTH: usize = 128;

/// One element: its local name (the namespace prefix dropped), its attributes, its child
/// elements in order, and the character data directly inside it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Element {
    /// The local name.
    pub name: String,
    /// Attributes by local name, values unescaped; namespace declarations are left out.
    pub attributes: Vec<(String, String)>,
    /// The child elements.
    pub children: Vec<Element>,
    /// Text, CDATA and references directly inside the element, whitespace kept.
    pub text: String,
}

impl Element {
    /// The value of the attribute `name`.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// The first child named `name`.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    /// The children named `name`.
    pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// The text of the child named `name`.
    pub fn child_text(&self, name: &str) -> Option<&str> {
        self.child(name).map(|c| c.text.as_str())
    }
}

/// Parses a whole document into its root element.
pub fn parse(bytes: &[u8]) -> Result<Element, Violations> {
    let text = std::str::from_utf8(bytes).map_err(|e| malformed(format!("not UTF-8 ({e})")))?;
    let mut reader = Reader::from_str(text);
    // Text is kept as sent: whitespace inside a string is part of it.
    reader.config_mut().trim_text(false);
    let mut open: Vec<Element> = Vec::new();
    loop {
        let event = reader.read_event().map_err(|e| malformed(format!("{e} at byte {}", reader.error_position())))?;
        match event {
            Event::Start(start) => {
                if open.len() >= MAX_DEPTH {
                    return Err(malformed(format!("elements nested more than {MAX_DEPTH} deep")));
                }
                open.push(element(&start)?);
            }
            Event::Empty(start) => {
                let empty = element(&start)?;
                match open.last_mut() {
                    Some(parent) => parent.children.push(empty),
                    None => return finish(&mut reader, empty),
                }
            }
            Event::End(_) => {
                let done = open.pop().ok_or_else(|| malformed("an end tag without its start".to_owned()))?;
                match open.last_mut() {
                    Some(parent) => parent.children.push(done),
                    None => return finish(&mut reader, done),
                }
            }
            Event::Text(t) => {
                if let Some(e) = open.last_mut() {
                    e.text.push_str(&t.xml10_content());
                } else if !t.trim_ascii().is_empty() {
                    return Err(malformed("text outside the root element".to_owned()));
                }
            }
            Event::CData(c) => {
                let e = open.last_mut().ok_or_else(|| malformed("CDATA outside the root element".to_owned()))?;
                e.text.push_str(&c.xml10_content());
            }
            Event::GeneralRef(r) => {
                let e = open.last_mut().ok_or_else(|| malformed("a reference outside the root element".to_owned()))?;
                e.text.push(reference(&r)?);
            }
            Event::Eof => return Err(malformed("the document ends before its root element does".to_owned())),
            Event::Decl(_) | Event::Comment(_) | Event::PI(_) | Event::DocType(_) => {}
        }
    }
}

/// After the root element: only whitespace, comments and processing instructions may follow.
fn finish(reader: &mut Reader<&[u8]>, root: Element) -> Result<Element, Violations> {
    loop {
        match reader.read_event().map_err(|e| malformed(e.to_string()))? {
            Event::Eof => return Ok(root),
            Event::Text(t) if t.trim_ascii().is_empty() => {}
            Event::Comment(_) | Event::PI(_) => {}
            _ => return Err(malformed("content after the root element".to_owned())),
        }
    }
}

/// An element's name and attributes.
fn element(start: &BytesStart<'_>) -> Result<Element, Violations> {
    let name = local(start.name().0);
    let mut attributes = Vec::new();
    for attribute in start.attributes() {
        let attribute = attribute.map_err(|e| malformed(format!("attribute of `{name}`: {e}")))?;
        let key = attribute.key.0;
        if key == "xmlns" || key.starts_with("xmlns:") {
            continue;
        }
        let value = attribute
            .normalized_value(XmlVersion::Implicit1_0)
            .map_err(|e| malformed(format!("attribute of `{name}`: {e}")))?;
        attributes.push((local(key), value.into_owned()));
    }
    Ok(Element { name, attributes, children: Vec::new(), text: String::new() })
}

/// A name without its namespace prefix.
fn local(name: &str) -> String {
    name.rsplit_once(':').map_or(name, |(_, local)| local).to_owned()
}

/// The character a reference stands for: a character reference or a predefined entity.
fn reference(r: &quick_xml::events::BytesRef<'_>) -> Result<char, Violations> {
    if let Some(c) = r.resolve_char_ref().map_err(|e| malformed(e.to_string()))? {
        return Ok(c);
    }
    match r.xml10_content().as_ref() {
        "lt" => Ok('<'),
        "gt" => Ok('>'),
        "amp" => Ok('&'),
        "apos" => Ok('\''),
        "quot" => Ok('"'),
        other => Err(malformed(format!("the entity `&{other};` is not one of XML's predefined ones"))),
    }
}

fn malformed(reason: String) -> Violations {
    Violations(vec![Violation {
        path: String::new(),
        rule: Rule::Type { expected: "an XML document", found: format!("malformed XML ({reason})") },
    }])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_attributes_text_and_references() {
        let root = parse(
            br#"<?xml version="1.0"?>
<a:Root xmlns:a="urn:x" xmlns="urn:y" a:id="1 &amp; 2"><Name> spaced &lt;&#x41;&#66;&gt; </Name><Data><![CDATA[<raw>]]></Data><Empty/></a:Root>
<!-- trailing comment -->"#,
        )
        .unwrap();
        assert_eq!(root.name, "Root");
        assert_eq!(root.attributes, [("id".to_owned(), "1 & 2".to_owned())]);
        assert_eq!(root.child_text("Name"), Some(" spaced <AB> "));
        assert_eq!(root.child_text("Data"), Some("<raw>"));
        assert_eq!(root.child_text("Empty"), Some(""));
        assert_eq!(root.children.len(), 3);
    }

    #[test]
    fn entities_of_a_document_type_are_refused_not_expanded() {
        let laughs = br#"<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<lolz>&lol2;</lolz>"#;
        let err = parse(laughs).unwrap_err().to_string();
        assert!(err.contains("`&lol2;` is not one of XML's predefined ones"), "{err}");
    }

    #[test]
    fn depth_truncation_and_stray_content_are_refused() {
        let deep = format!("{}{}", "<a>".repeat(MAX_DEPTH + 1), "</a>".repeat(MAX_DEPTH + 1));
        assert!(parse(deep.as_bytes()).unwrap_err().to_string().contains("nested more than"));
        let ok = format!("{}{}", "<a>".repeat(MAX_DEPTH), "</a>".repeat(MAX_DEPTH));
        assert!(parse(ok.as_bytes()).is_ok());
        assert!(parse(b"<a><b></b>").is_err());
        assert!(parse(b"<a></b>").is_err());
        assert!(parse(b"<a/><b/>").is_err());
        assert!(parse(b"text<a/>").is_err());
        assert!(parse(b"").is_err());
        assert!(parse(b"<a>\xff</a>").is_err());
    }
}
