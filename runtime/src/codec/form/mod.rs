//! `application/x-www-form-urlencoded` request bodies: the format of the awsQuery and ec2Query
//! protocols. Every scalar is one `key=value` pair whose key is the path to it:
//! - a structure's members are `Outer.Inner`, named by the dialect ([`Dialect`]);
//! - a list's items are `Name.member.N` (1-based; `member` unless the list names its items),
//!   or `Name.N` when flattened, which ec2Query lists always are;
//! - a map's entries are `Name.entry.N.key` and `Name.entry.N.value` (key and value names as
//!   the member says), or `Name.N.key` when flattened;
//! - an empty list is sent as `Name=` in awsQuery, and not at all in ec2Query; an empty map is
//!   never sent;
//! - booleans and numbers as text, floats' special values by name, blobs base64, timestamps
//!   date-time unless the member says otherwise.
//!
//! Keys and values are percent-encoded, all but RFC 3986's unreserved characters; reading
//! decodes any percent escape and `+` as a space, as forms are written by other clients too.
//! [`writer`] writes a shape as a body (the client's side); `reader` (with the `xml` feature)
//! reads one back (the server's side).

use std::borrow::Cow;

use crate::schema::MemberSchema;

#[cfg(feature = "xml")]
pub mod reader;
pub mod writer;

pub use writer::{FormWriter, to_form};

/// Which query protocol's rules name the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// awsQuery: a member's key is its `xml_name`, else its member name; lists may be wrapped.
    AwsQuery,
    /// ec2Query: a member's key is its `ec2_query_name`, else its `xml_name` with the first
    /// letter upper-cased, else its member name so; lists are always flattened and an empty
    /// one is not sent.
    Ec2Query,
}

/// The key of `member` in `dialect`.
pub fn key(dialect: Dialect, member: &MemberSchema) -> Cow<'static, str> {
    match dialect {
        Dialect::AwsQuery => Cow::Borrowed(member.xml_name.unwrap_or(member.name)),
        Dialect::Ec2Query => match (member.ec2_query_name, member.xml_name) {
            (Some(name), _) => Cow::Borrowed(name),
            (None, Some(name)) => Cow::Owned(upper_first(name)),
            (None, None) => Cow::Owned(upper_first(member.name)),
        },
    }
}

/// Whether the items of the list (or entries of the map) `member` are keyed without a wrapper.
pub fn flattened(dialect: Dialect, member: &MemberSchema) -> bool {
    member.xml_flattened || dialect == Dialect::Ec2Query
}

/// `name` with its first letter upper-cased.
fn upper_first(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// Appends `text` percent-encoded: all but `A-Z a-z 0-9 - _ . ~`.
pub fn encode_into(out: &mut String, text: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
}

/// `text` with its percent escapes decoded (a `%` not followed by two hex digits is kept), and
/// with `+` as a space when `plus_is_space` (form keys and values; not URI paths). Bytes that
/// are not UTF-8 after decoding become U+FFFD.
pub fn percent_decode(text: &str, plus_is_space: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (b'+', _, _) if plus_is_space => {
                out.push(b' ');
                i += 1;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The pairs of a form body, decoded, in order; a pair without `=` has an empty value.
pub fn pairs(body: &str) -> Vec<(String, String)> {
    split_pairs(body, true)
}

/// The `&`-separated pairs of `text` (a form body, or a URI's query with `plus_is_space` false),
/// each side decoded with [`percent_decode`]; a pair without `=` has an empty value.
pub fn split_pairs(text: &str, plus_is_space: bool) -> Vec<(String, String)> {
    text.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k, plus_is_space), percent_decode(v, plus_is_space))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_by_dialect() {
        let ec2 = |m: &MemberSchema| key(Dialect::Ec2Query, m).into_owned();
        assert_eq!(ec2(&MemberSchema { xml_name: Some("fooBar"), ..MemberSchema::named("x") }), "FooBar");
        assert_eq!(ec2(&MemberSchema { ec2_query_name: Some("q"), ..MemberSchema::named("x") }), "q");
        assert_eq!(ec2(&MemberSchema::named("dryRun")), "DryRun");
        let query = key(Dialect::AwsQuery, &MemberSchema { xml_name: Some("fooBar"), ..MemberSchema::named("x") });
        assert_eq!(query, "fooBar");
    }

    #[test]
    fn unreserved_characters_only_are_left_alone() {
        let mut out = String::new();
        encode_into(&mut out, "a-b_c.d~e f/g=h&i+é*");
        assert_eq!(out, "a-b_c.d~e%20f%2Fg%3Dh%26i%2B%C3%A9%2A");
        assert_eq!(percent_decode(&out, true), "a-b_c.d~e f/g=h&i+é*");
    }

    #[test]
    fn decoding_keeps_what_is_not_an_escape() {
        assert_eq!(percent_decode("a%20b%2Fc+d%zz%4", false), "a b/c+d%zz%4");
        assert_eq!(percent_decode("a+b%2B", true), "a b+");
        assert_eq!(percent_decode("%FF", true), "\u{FFFD}");
        assert_eq!(
            pairs("Action=A&Version=1&Empty=&Bare&&K%2E=v+w"),
            [
                ("Action".to_owned(), "A".to_owned()),
                ("Version".to_owned(), "1".to_owned()),
                ("Empty".to_owned(), String::new()),
                ("Bare".to_owned(), String::new()),
                ("K.".to_owned(), "v w".to_owned()),
            ]
        );
    }
}
