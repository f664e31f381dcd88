//! The XML and query keys of a member, named after the Smithy traits: where the member is in
//! XML bodies (awsQuery and ec2Query responses, restXml) and what its key is in query requests.

use proc_macro2::TokenStream;
use quote::quote;

use crate::ctxt::Ctxt;
use crate::model::{expect_flag, expect_str, nonempty_str};
use crate::parse::{Meta, Value};

/// The keys this module reads, for "expected one of" messages.
pub const KEYS: &str = "`xml_name`, `xml_attribute`, `xml_flattened`, `xml_namespace`, `xml_item_name`, `xml_key_name`, `xml_value_name`, `ec2_query_name`";

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
            _ => return false,
        }
        true
    }

    /// The `MemberSchema` fields, each followed by a comma.
    pub fn schema_fields(&self) -> TokenStream {
        let p = crate::expand::private();
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
        let namespace = match &self.namespace {
            Some((uri, prefix)) => {
                let prefix = opt(prefix);
                quote!(::core::option::Option::Some(#p::XmlNamespace { uri: #uri, prefix: #prefix }))
            }
            None => quote!(::core::option::Option::None),
        };
        quote! {
            xml_name: #name,
            xml_attribute: #attribute,
            xml_flattened: #flattened,
            xml_namespace: #namespace,
            ec2_query_name: #ec2,
            item_name: #item,
            entry_names: #entries,
        }
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
