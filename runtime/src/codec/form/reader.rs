//! Reading a form body back into a shape, as a server does.
//!
//! The keys are paths: `Tags.member.2.Key=team` is, under `Tags`, the second `member`, its `Key`.
//! The pairs are first arranged as a tree of elements, one per path segment, a numbered segment
//! making its name's elements a sequence in number order (`Name.N` flattened, or `Name.member.N`
//! wrapped), and the shape is then read from the tree by the XML reader with the dialect's key
//! names ([`Naming::Form`]): what the writer does, undone. A form says nothing of types, so
//! every value is text until its member reads it.

use std::collections::HashMap;

use super::Dialect;
use crate::codec::xml::reader::{Naming, XmlDeserializer};
use crate::codec::xml::tree::{Element, MAX_DEPTH};
use crate::schema::MemberSchema;
use crate::shape::{Mode, Shape};
use crate::validate::{Rule, Violation, Violations};

/// The keys every request has, which are not members.
const PROTOCOL_KEYS: [&str; 2] = ["Action", "Version"];

/// Reads a whole value from a form's `pairs` (`Action` and `Version` left aside).
pub fn from_pairs<T: Shape>(pairs: &[(String, String)], dialect: Dialect, mode: Mode) -> Result<T, Violations> {
    let root = tree(pairs)?;
    let mut d = XmlDeserializer::with_naming(&root, mode, Naming::Form(dialect));
    let value = T::deserialize(&MemberSchema::ROOT, &mut d);
    d.finish(value)
}

/// The pairs as a tree of elements under an unnamed root. A key deeper than the XML reader's
/// [`MAX_DEPTH`] is refused; a key given twice keeps its last value.
pub fn tree(pairs: &[(String, String)]) -> Result<Element, Violations> {
    let mut root = Node::default();
    for (key, value) in pairs.iter().filter(|(k, _)| !PROTOCOL_KEYS.contains(&k.as_str())) {
        let segments: Vec<&str> = key.split('.').collect();
        if segments.len() > MAX_DEPTH {
            return Err(Violations(vec![Violation {
                path: String::new(),
                rule: Rule::Type {
                    expected: "a form key",
                    found: format!("a key of {} segments; at most {MAX_DEPTH} are read", segments.len()),
                },
            }]));
        }
        root.insert(&segments).text.clone_from(value);
    }
    Ok(root.into_element(String::new()))
}

/// A segment and its number, if the next segment is one (`member.3`).
type Slot = (String, Option<u64>);

/// One element of the tree being built.
#[derive(Debug, Default)]
struct Node {
    text: String,
    children: Vec<(Slot, Node)>,
    /// Where each slot is in `children`, so that a form of many pairs builds in linear time.
    positions: HashMap<Slot, usize>,
}

impl Node {
    /// The node at `segments`, made on the way as needed.
    fn insert(&mut self, segments: &[&str]) -> &mut Node {
        let mut node = self;
        let mut rest = segments;
        while let Some((first, after)) = rest.split_first() {
            let number = after.first().and_then(|s| number(s));
            rest = if number.is_some() { &after[1..] } else { after };
            let slot: Slot = ((*first).to_owned(), number);
            let position = match node.positions.get(&slot) {
                Some(&position) => position,
                None => {
                    node.positions.insert(slot.clone(), node.children.len());
                    node.children.push((slot, Node::default()));
                    node.children.len() - 1
                }
            };
            node = &mut node.children[position].1;
        }
        node
    }

    /// The element: its children grouped by name in the order names first appear, numbered
    /// ones in number order.
    fn into_element(self, name: String) -> Element {
        let mut first_seen: HashMap<String, usize> = HashMap::new();
        for ((child, _), _) in &self.children {
            let next = first_seen.len();
            first_seen.entry(child.clone()).or_insert(next);
        }
        let mut children = self.children;
        children.sort_by_key(|((child, number), _)| (first_seen[child], *number));
        Element {
            name,
            attributes: Vec::new(),
            children: children.into_iter().map(|((child, _), node)| node.into_element(child)).collect(),
            text: self.text,
        }
    }
}

/// A segment that is a list or map position: digits only.
fn number(segment: &str) -> Option<u64> {
    (!segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit())).then(|| segment.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::form::pairs;

    fn names(e: &Element) -> String {
        if e.children.is_empty() {
            return format!("{}={}", e.name, e.text);
        }
        let inner: Vec<String> = e.children.iter().map(names).collect();
        format!("{}[{}]", e.name, inner.join(" "))
    }

    #[test]
    fn numbered_segments_order_their_elements() {
        let body = "Action=A&Version=1&Tags.member.2.Key=b&Name=n&Tags.member.1.Key=a&Ids.10=z&Ids.9=y\
                    &Attrs.entry.1.key=k&Attrs.entry.1.value=v&Empty=";
        let tree = tree(&pairs(body)).unwrap();
        assert_eq!(
            names(&tree),
            "[Tags[member[Key=a] member[Key=b]] Name=n Ids=y Ids=z Attrs[entry[key=k value=v]] Empty=]"
        );
    }

    #[test]
    fn keys_too_deep_are_refused() {
        let key = vec!["a"; MAX_DEPTH + 1].join(".");
        let error = tree(&[(key, "v".to_owned())]).unwrap_err();
        assert!(error.to_string().contains("at most 128"), "{error}");
        assert!(tree(&[(vec!["a"; MAX_DEPTH].join("."), "v".to_owned())]).is_ok());
    }
}
