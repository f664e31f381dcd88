//! The XML and query keys of a member, named after the Smithy traits: where the member is in
//! XML bodies (awsQuery and ec2Query responses, restXml) and what its key is in query requests.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ctxt::Ctxt;
use crate::model::{expect_flag, expect_str, nonempty_str};
use crate::parse::{Meta, Value};

/// The keys this module reads, for "expected one of" messages.
pub const KEYS: &str = "`xml_name`, `xml_attribute`, `xml_flattened`, `xml_namespace`, `xml_item_name`, `xml_key_name`, `xml_value_name`, `xml_items`, `xml_keys`, `ec2_query_name`";

/// A member's XML traits.
#[derive(Default)]
pub struct XmlTraits {
    /// `xml_name = "..."`: its element or attribute name, and its awsQuery key.
    pub name: Option<String>,
    /// `xml_attribute`: an attribute of the enclosing element.
    pub attribute: bool,
    /// `xml_flattened`: list items or map entries repeat the member's element, unwrapped.
    pub flattened: bool,
    /// `xml_namespace = "uri"` or `xml_namespace(uri = "...", prefix = "...")`.
    pub namespace: Option<(String, Option<String>)>,
    /// `xml_item_name = "..."`: the element of a list's items (`member` otherwise).
    pub item_name: Option<String>,
    /// `xml_key_name = "..."` and `xml_value_name = "..."`: a map entry's elements.
    pub key_name: Option<String>,
    pub value_name: Option<String>,
    /// `ec2_query_name = "..."`: its key in ec2Query requests.
    pub ec2_query_name: Option<String>,
    /// `xml_items(...)`: the XML traits of a list's items or a map's values (their namespace, a
    /// nested collection's names), written as this member's are.
    pub items: Option<Box<XmlTraits>>,
    /// `xml_keys(...)`: the XML traits of a map's keys (their namespace).
    pub keys: Option<Box<XmlTraits>>,
}

impl XmlTraits {
    /// Reads `meta` if it is one of this module's keys; `false` leaves it to the caller.
    pub fn read(&mut self, cx: &Ctxt, meta: &Meta) -> bool {
        match meta.name().as_str() {
            "xml_name" => self.name = nonempty_str(cx, meta),
            "xml_attribute" => self.attribute = expect_flag(cx, meta),
            "xml_flattened" => self.flattened = expect_flag(cx, meta),
            "xml_item_name" => self.item_name = nonempty_str(cx, meta),
            "xml_key_name" => self.key_name = nonempty_str(cx, meta),
            "xml_value_name" => self.value_name = nonempty_str(cx, meta),
            "ec2_query_name" => self.ec2_query_name = nonempty_str(cx, meta),
            "xml_namespace" => self.namespace = namespace(cx, meta),
            "xml_items" => self.items = nested(cx, meta),
            "xml_keys" => self.keys = nested(cx, meta),
            _ => return false,
        }
        true
    }

    /// The `MemberSchema` fields, each followed by a comma.
    pub fn schema_fields(&self) -> TokenStream {
        let opt = |v: &Option<String>| match v {
            Some(v) => quote!(::core::option::Option::Some(#v)),
            None => quote!(::core::option::Option::None),
        };
        let (name, item, ec2) = (opt(&self.name), opt(&self.item_name), opt(&self.ec2_query_name));
        let (attribute, flattened) = (self.attribute, self.flattened);
        let entries = match (&self.key_name, &self.value_name) {
            (None, None) => quote!(::core::option::Option::None),
            (key, value) => {
                let (key, value) = (key.as_deref().unwrap_or("key"), value.as_deref().unwrap_or("value"));
                quote!(::core::option::Option::Some((#key, #value)))
            }
        };
        let namespace = namespace_tokens(&self.namespace);
        let p = crate::expand::private();
        let nested = |traits: &Option<Box<XmlTraits>>| match traits {
            Some(traits) => {
                let fields = traits.schema_fields();
                quote!(::core::option::Option::Some(&#p::MemberSchema { #fields ..#p::MemberSchema::ROOT }))
            }
            None => quote!(::core::option::Option::None),
        };
        let (items, keys) = (nested(&self.items), nested(&self.keys));
        quote! {
            xml_name: #name,
            xml_attribute: #attribute,
            xml_flattened: #flattened,
            xml_namespace: #namespace,
            ec2_query_name: #ec2,
            item_name: #item,
            entry_names: #entries,
            items: #items,
            keys: #keys,
        }
    }
}

/// `xml_items(...)` or `xml_keys(...)`: XML keys of the items, values or keys of a collection.
fn nested(cx: &Ctxt, meta: &Meta) -> Option<Box<XmlTraits>> {
    let Value::List(nested) = &meta.value else {
        cx.error_spanned_by(
            &meta.key,
            format!("`{}` expects XML keys, like `{}(xml_namespace = \"https://...\")`", meta.name(), meta.name()),
        );
        return None;
    };
    let mut traits = XmlTraits::default();
    for m in nested {
        if matches!(m.name().as_str(), "xml_flattened" | "xml_attribute" | "ec2_query_name") {
            let message =
                format!("`{}` applies to a member of a structure or union, not inside `{}`", m.name(), meta.name());
            cx.error_spanned_by(&m.key, message);
        } else if !traits.read(cx, m) {
            cx.error_spanned_by(
                &m.key,
                format!("unknown key `{}` in `{}`, expected one of {KEYS}", m.name(), meta.name()),
            );
        }
    }
    Some(Box::new(traits))
}

/// The XML traits of a structure or union: its element as a document's root (a restXml body,
/// a payload).
#[derive(Default, Clone)]
pub struct ShapeXmlTraits {
    /// `xml_name = "..."`: the root element's name (the shape's name otherwise).
    pub name: Option<String>,
    /// `xml_namespace = "uri"` or `xml_namespace(uri = "...", prefix = "...")`.
    pub namespace: Option<(String, Option<String>)>,
    /// `xml_unwrapped`: the structure's one body member is the response's root element.
    pub unwrapped: bool,
    /// The span of the first of these keys, for a shape that cannot have them.
    pub span: Option<proc_macro2::Span>,
}

impl ShapeXmlTraits {
    /// Reads `meta` if it is one of these keys; `false` leaves it to the caller.
    pub fn read(&mut self, cx: &Ctxt, meta: &Meta) -> bool {
        match meta.name().as_str() {
            "xml_name" => self.name = nonempty_str(cx, meta),
            "xml_namespace" => self.namespace = namespace(cx, meta),
            "xml_unwrapped" => self.unwrapped = expect_flag(cx, meta),
            _ => return false,
        }
        self.span.get_or_insert(meta.key.span());
        true
    }

    /// The `ShapeSchema` fields, each followed by a comma.
    pub fn schema_fields(&self) -> TokenStream {
        let name = match &self.name {
            Some(v) => quote!(::core::option::Option::Some(#v)),
            None => quote!(::core::option::Option::None),
        };
        let namespace = namespace_tokens(&self.namespace);
        let unwrapped = self.unwrapped;
        quote! {
            xml_name: #name,
            xml_namespace: #namespace,
            xml_unwrapped: #unwrapped,
        }
    }
}

/// An `Option<XmlNamespace>` expression.
fn namespace_tokens(namespace: &Option<(String, Option<String>)>) -> TokenStream {
    let p = crate::expand::private();
    match namespace {
        Some((uri, prefix)) => {
            let prefix = match prefix {
                Some(v) => quote!(::core::option::Option::Some(#v)),
                None => quote!(::core::option::Option::None),
            };
            quote!(::core::option::Option::Some(#p::XmlNamespace { uri: #uri, prefix: #prefix }))
        }
        None => quote!(::core::option::Option::None),
    }
}

/// `xml_namespace = "uri"` or `xml_namespace(uri = "...", prefix = "...")`.
fn namespace(cx: &Ctxt, meta: &Meta) -> Option<(String, Option<String>)> {
    let Value::List(nested) = &meta.value else {
        return nonempty_str(cx, meta).map(|uri| (uri, None));
    };
    let (mut uri, mut prefix) = (None, None);
    for m in nested {
        match m.name().as_str() {
            "uri" => uri = nonempty_str(cx, m),
            "prefix" => prefix = expect_str(cx, m).map(|s| s.value()),
            other => cx.error_spanned_by(
                &m.key,
                format!("unknown key `{other}` in `xml_namespace`, expected `uri` or `prefix`"),
            ),
        }
    }
    if uri.is_none() {
        cx.error_spanned_by(&meta.key, "`xml_namespace(...)` needs `uri = \"...\"`");
    }
    Some((uri?, prefix))
}
