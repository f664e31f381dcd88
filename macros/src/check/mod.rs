//! Rules across members, checked before any code is generated: wire names are unique, bounds
//! are ordered, patterns compile, tokens are strings, unions and enums keep unknown values, and
//! an operation's host prefix and its host labels name each other, endpoint parameters are bound
//! once each.

use crate::ctxt::Ctxt;
use crate::model::{Constraints, Field, Kind, OperationOptions, Shape};

mod endpoint;
mod http;

pub use endpoint::endpoint_params;
pub use http::http_bindings;

pub fn shape(cx: &Ctxt, shape: &Shape) {
    match shape.kind {
        Kind::Structure => {
            let mut names: Vec<&str> = Vec::new();
            for field in &shape.fields {
                if names.contains(&field.wire_name.as_str()) {
                    cx.push(syn::Error::new(field.wire_span, format!("duplicate wire name `{}`", field.wire_name)));
                }
                names.push(&field.wire_name);
                check_field(cx, field);
            }
            let tokens = shape.fields.iter().filter(|f| f.idempotency_token.is_some()).count();
            if tokens > 1 {
                cx.error_spanned_by(&shape.ident, "a shape has at most one `idempotency_token` member");
            }
        }
        Kind::Union | Kind::StringEnum | Kind::IntEnum => {
            if shape.sensitive && shape.kind != Kind::Union {
                cx.error_spanned_by(&shape.ident, "`sensitive` applies to structures, unions and members; mark the members that hold this type `#[aws(sensitive)]`");
            }
            let mut names: Vec<&str> = Vec::new();
            let kind = shape.kind.keyword();
            for v in &shape.variants {
                if v.is_unknown {
                    if v.sensitive || !v.constraints.is_empty() {
                        cx.error_spanned_by(&v.ident, "`Unknown` keeps members this client does not know: it takes no `sensitive` and no constraints");
                    }
                    continue;
                }
                constraints(cx, &v.constraints);
                if shape.kind == Kind::Union && v.ty.is_none() {
                    cx.error_spanned_by(&v.ident, format!("a union member holds one value, like `{}(Type)`", v.ident));
                }
                if shape.kind != Kind::Union && v.ty.is_some() {
                    cx.error_spanned_by(
                        &v.ident,
                        format!("a value of an `{kind}` is a unit variant; only `Unknown` holds data"),
                    );
                }
                if shape.kind == Kind::IntEnum && v.wire.is_empty() {
                    cx.error_spanned_by(&v.ident, "an int enum value needs `#[aws(value = N)]`");
                    continue;
                }
                if names.contains(&v.wire.as_str()) {
                    let what = if shape.kind == Kind::Union { "wire name" } else { "enum value" };
                    cx.push(syn::Error::new(v.wire_span, format!("duplicate {what} `{}`", v.wire)));
                }
                names.push(&v.wire);
            }
            let holder = match shape.kind {
                Kind::Union => "::aws_operation::UnknownMember",
                Kind::StringEnum => "String",
                _ => "i32",
            };
            match shape.variants.iter().find(|v| v.is_unknown) {
                None => cx.error_spanned_by(
                    &shape.ident,
                    format!("`{kind}` shape `{}` needs a variant `Unknown({holder})` to keep values this client does not know", shape.ident),
                ),
                Some(v) if v.ty.is_none() => cx.error_spanned_by(&v.ident, format!("`Unknown` holds the value: `Unknown({holder})`")),
                Some(_) => {}
            }
        }
    }
}

/// The host prefix of an operation (`None` for a plain shape) against its `host_label` members.
pub fn host_labels(cx: &Ctxt, shape: &Shape, operation: Option<&OperationOptions>) {
    let labelled: Vec<&Field> = shape.fields.iter().filter(|f| f.host_label.is_some()).collect();
    for field in &labelled {
        let span = field.host_label.unwrap_or_else(proc_macro2::Span::call_site);
        if operation.is_none() {
            cx.push(syn::Error::new(span, "`host_label` applies to members of an operation's input"));
            continue;
        }
        let typed = match &field.option_inner {
            None => is_string(&field.ty),
            Some(inner) => is_string(inner) && field.required,
        };
        if !typed {
            cx.error_spanned_by(
                &field.ty,
                "a `host_label` member is a required string: `String`, or `Option<String>` marked `required`",
            );
        }
    }
    let Some(operation) = operation else { return };
    let Some(template) = &operation.host_prefix else {
        for field in labelled {
            let span = field.host_label.unwrap_or_else(proc_macro2::Span::call_site);
            cx.push(syn::Error::new(span, "`host_label` needs `host_prefix = \"...\"` on the operation"));
        }
        return;
    };
    let labels = match host_prefix_labels(&template.value()) {
        Ok(labels) => labels,
        Err(reason) => {
            cx.error_spanned_by(template, format!("invalid `host_prefix`: {reason}"));
            return;
        }
    };
    for label in &labels {
        if !labelled.iter().any(|f| f.wire_name == *label) {
            cx.error_spanned_by(
                template,
                format!("`{{{label}}}` in `host_prefix` names no member marked `#[aws(host_label)]`"),
            );
        }
    }
    for field in labelled {
        if !labels.contains(&field.wire_name) {
            let span = field.host_label.unwrap_or_else(proc_macro2::Span::call_site);
            cx.push(syn::Error::new(
                span,
                format!(
                    "host label `{}` is not used in `host_prefix`: add `{{{}}}` to it",
                    field.wire_name, field.wire_name
                ),
            ));
        }
    }
}

/// The labels of a host prefix (`foo.{label}.` has `label`), or why the template is malformed:
/// outside labels only letters, digits, `.` and `-`, as in a host name.
fn host_prefix_labels(template: &str) -> Result<Vec<String>, String> {
    if template.is_empty() {
        return Err("it is empty".to_owned());
    }
    let mut labels = Vec::new();
    let mut rest = template;
    while !rest.is_empty() {
        let literal_end = rest.find(['{', '}']).unwrap_or(rest.len());
        if let Some(bad) = rest[..literal_end].chars().find(|c| !(c.is_ascii_alphanumeric() || *c == '.' || *c == '-'))
        {
            return Err(format!("`{bad}` cannot appear in a host"));
        }
        rest = &rest[literal_end..];
        if rest.starts_with('}') {
            return Err("`}` without `{`".to_owned());
        }
        let Some(inner) = rest.strip_prefix('{') else { break };
        let close = inner.find('}').ok_or("`{` without `}`")?;
        let name = &inner[..close];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!("`{{{name}}}` is not a label: write `{{memberName}}`"));
        }
        labels.push(name.to_owned());
        rest = &inner[close + 1..];
    }
    Ok(labels)
}

/// Whether `ty` names the standard `String`: `String`, `std::string::String`,
/// `::alloc::string::String`.
pub(crate) fn is_string(ty: &syn::Type) -> bool {
    let syn::Type::Path(path) = ty else { return false };
    let segments: Vec<String> = path.path.segments.iter().map(|s| s.ident.to_string()).collect();
    path.qself.is_none()
        && path.path.segments.iter().all(|s| s.arguments.is_none())
        && match segments.as_slice() {
            [one] => one == "String",
            [krate, module, last] => {
                ["std", "alloc"].contains(&krate.as_str()) && module == "string" && last == "String"
            }
            _ => false,
        }
}

fn check_field(cx: &Ctxt, field: &Field) {
    if let Some(span) = field.idempotency_token
        && !field.option_inner.as_ref().is_some_and(is_string)
    {
        cx.push(syn::Error::new(span, "`idempotency_token` applies to a member of type `Option<String>`, which the client fills when it is `None`"));
    }
    constraints(cx, &field.constraints);
}

fn constraints(cx: &Ctxt, c: &Constraints) {
    for bounds in [&c.length, &c.range].into_iter().flatten() {
        if let (Some((min, _)), Some((max, max_span))) = (&bounds.min, &bounds.max) {
            let ordered = match (min.parse::<i128>(), max.parse::<i128>()) {
                (Ok(a), Ok(b)) => a <= b,
                _ => min.parse::<f64>().ok() <= max.parse::<f64>().ok(),
            };
            if !ordered {
                cx.push(syn::Error::new(*max_span, format!("`max` ({max}) is less than `min` ({min})")));
            }
        }
    }
    if let Some(pattern) = &c.pattern
        && let Err(reason) = crate::pattern::compile(&pattern.value())
    {
        cx.error_spanned_by(pattern, format!("invalid regular expression: {reason}"));
    }
    for nested in [&c.items, &c.keys].into_iter().flatten() {
        constraints(cx, nested);
    }
}

/// A paginator's input token is an `Option` member of the input, so that the paginator can set
/// and clear it; its page size, a member too.
pub fn paginator(cx: &Ctxt, shape: &Shape, operation: Option<&OperationOptions>) {
    let Some(pages) = operation.and_then(|o| o.paginator.as_ref()) else { return };
    for token in &pages.input_tokens {
        match shape.fields.iter().find(|f| f.ident == *token) {
            Some(f) if f.option_inner.is_some() => {}
            Some(f) => cx.error_spanned_by(
                &f.ty,
                format!("the paginator's input token `{token}` must be an `Option`, which each page sets"),
            ),
            None => cx.error_spanned_by(token, format!("`input_token`: the input has no member `{token}`")),
        }
    }
    if let Some(size) = &pages.page_size
        && !shape.fields.iter().any(|f| f.ident == *size)
    {
        cx.error_spanned_by(size, format!("`page_size`: the input has no member `{size}`"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{self, RenameAll};

    fn errors_of(item: syn::ItemStruct) -> Vec<String> {
        let cx = Ctxt::new();
        let fields: Vec<_> = item.fields.iter().filter_map(|f| model::field(&cx, f, RenameAll::Camel)).collect();
        let declared = Shape {
            kind: Kind::Structure,
            ident: item.ident.clone(),
            sensitive: false,
            error: None,
            fields,
            variants: Vec::new(),
            rename: crate::model::RenameAll::Camel,
            xml: Default::default(),
        };
        shape(&cx, &declared);
        cx.check().err().map(|e| e.into_iter().map(|e| e.to_string()).collect()).unwrap_or_default()
    }

    #[test]
    fn a_valid_structure_passes() {
        let item: syn::ItemStruct = syn::parse_quote! {
            struct Ok {
                #[aws(length(min = 1, max = 1), range(min = -1.5, max = 2), pattern = r"^\p{L}[\x00-\x1F]\u202F$")]
                a: String,
                #[aws(idempotency_token)]
                token: Option<String>,
            }
        };
        assert_eq!(errors_of(item), Vec::<String>::new());
    }

    fn host_label_errors(item: syn::ItemStruct, args: proc_macro2::TokenStream) -> Vec<String> {
        let cx = Ctxt::new();
        let metas = crate::parse::parse_args(args).unwrap();
        let operation = model::operation_args(&cx, &metas, item.ident.span()).operation;
        let fields: Vec<_> = item.fields.iter().filter_map(|f| model::field(&cx, f, RenameAll::Camel)).collect();
        let declared = Shape {
            kind: Kind::Structure,
            ident: item.ident.clone(),
            sensitive: false,
            error: None,
            fields,
            variants: Vec::new(),
            rename: crate::model::RenameAll::Camel,
            xml: Default::default(),
        };
        host_labels(&cx, &declared, operation.as_ref());
        cx.check().err().map(|e| e.into_iter().map(|e| e.to_string()).collect()).unwrap_or_default()
    }

    #[test]
    fn strings_are_recognized_by_their_standard_paths() {
        for ok in [quote::quote!(String), quote::quote!(std::string::String), quote::quote!(::alloc::string::String)] {
            assert!(is_string(&syn::parse2(ok.clone()).unwrap()), "{ok}");
        }
        for bad in
            [quote::quote!(str), quote::quote!(my::String), quote::quote!(Option<String>), quote::quote!(&String)]
        {
            assert!(!is_string(&syn::parse2(bad.clone()).unwrap()), "{bad}");
        }
    }

    #[test]
    fn host_prefix_labels_are_parsed_and_malformed_ones_explained() {
        assert_eq!(host_prefix_labels("foo."), Ok(vec![]));
        assert_eq!(host_prefix_labels("foo.{label}-{other_1}."), Ok(vec!["label".to_owned(), "other_1".to_owned()]));
        for (bad, reason) in [
            ("", "it is empty"),
            ("foo/", "`/` cannot appear in a host"),
            ("{label", "`{` without `}`"),
            ("label}.", "`}` without `{`"),
            ("{}.", "`{}` is not a label: write `{memberName}`"),
            ("{a.b}.", "`{a.b}` is not a label: write `{memberName}`"),
        ] {
            assert_eq!(host_prefix_labels(bad), Err(reason.to_owned()), "{bad}");
        }
    }

    #[test]
    fn host_prefixes_and_host_labels_name_each_other() {
        let base = quote::quote!(service = S, operation = "Op", output = O);
        let ok: syn::ItemStruct = syn::parse_quote! {
            struct Op { #[aws(host_label)] label: String, #[aws(host_label, required)] other: Option<String> }
        };
        let args = quote::quote!(#base, host_prefix = "foo.{label}.{other}.");
        assert_eq!(host_label_errors(ok, args), Vec::<String>::new());

        let bad: syn::ItemStruct = syn::parse_quote! {
            struct Op { #[aws(host_label)] unused: String, #[aws(host_label)] optional: Option<String>, #[aws(host_label)] number: i32 }
        };
        let args = quote::quote!(#base, host_prefix = "foo.{optional}.{missing}.{number}.");
        assert_eq!(
            host_label_errors(bad.clone(), args),
            [
                "a `host_label` member is a required string: `String`, or `Option<String>` marked `required`",
                "a `host_label` member is a required string: `String`, or `Option<String>` marked `required`",
                "`{missing}` in `host_prefix` names no member marked `#[aws(host_label)]`",
                "host label `unused` is not used in `host_prefix`: add `{unused}` to it",
            ]
        );
        let no_prefix = host_label_errors(bad.clone(), base.clone());
        assert_eq!(no_prefix.len(), 5, "{no_prefix:?}");
        assert_eq!(no_prefix[2..], ["`host_label` needs `host_prefix = \"...\"` on the operation"; 3]);
        let cx = Ctxt::new();
        let fields: Vec<_> = bad.fields.iter().filter_map(|f| model::field(&cx, f, RenameAll::Camel)).collect();
        let plain = Shape {
            kind: Kind::Structure,
            ident: bad.ident,
            sensitive: false,
            error: None,
            fields,
            variants: Vec::new(),
            rename: crate::model::RenameAll::Camel,
            xml: Default::default(),
        };
        host_labels(&cx, &plain, None);
        let errors: Vec<String> = cx.check().unwrap_err().into_iter().map(|e| e.to_string()).collect();
        assert_eq!(errors, ["`host_label` applies to members of an operation's input"; 3]);
    }

    fn enum_errors_of(item: syn::ItemEnum, kind: Kind, sensitive: bool) -> Vec<String> {
        let cx = Ctxt::new();
        let variants = item.variants.iter().map(|v| model::variant(&cx, v, kind, RenameAll::Camel)).collect();
        let declared = Shape {
            kind,
            ident: item.ident.clone(),
            sensitive,
            error: None,
            fields: Vec::new(),
            variants,
            rename: RenameAll::Camel,
            xml: Default::default(),
        };
        shape(&cx, &declared);
        cx.check().err().map(|e| e.into_iter().map(|e| e.to_string()).collect()).unwrap_or_default()
    }

    #[test]
    fn unions_may_be_sensitive_and_their_members_constrained() {
        let ok: syn::ItemEnum = syn::parse_quote! {
            enum Source {
                #[aws(sensitive, length(min = 1, max = 3), pattern = "^a")]
                Text(String),
                #[aws(range(min = -1, max = 1.5))]
                Ratio(f64),
                Unknown(UnknownMember),
            }
        };
        assert_eq!(enum_errors_of(ok, Kind::Union, true), Vec::<String>::new());

        let bad: syn::ItemEnum = syn::parse_quote! {
            enum Source {
                #[aws(length(min = 3, max = 2), pattern = "[")]
                Text(String),
                #[aws(sensitive)]
                Unknown(UnknownMember),
            }
        };
        assert_eq!(
            enum_errors_of(bad, Kind::Union, false),
            [
                "`max` (2) is less than `min` (3)",
                "invalid regular expression: unclosed character class",
                "`Unknown` keeps members this client does not know: it takes no `sensitive` and no constraints",
            ]
        );

        let color: syn::ItemEnum = syn::parse_quote! { enum Color { #[aws(value = "RED")] Red, Unknown(String) } };
        assert_eq!(
            enum_errors_of(color, Kind::StringEnum, true),
            [
                "`sensitive` applies to structures, unions and members; mark the members that hold this type `#[aws(sensitive)]`"
            ]
        );
    }

    #[test]
    fn cross_member_rules_are_all_reported() {
        let item: syn::ItemStruct = syn::parse_quote! {
            struct Bad {
                #[aws(name = "x", length(min = 3, max = 2))]
                a: String,
                #[aws(name = "x", pattern = "(?<=a)b", keys(pattern = "["))]
                b: Option<String>,
                #[aws(idempotency_token)]
                c: Option<Vec<String>>,
            }
        };
        assert_eq!(
            errors_of(item),
            [
                "`max` (2) is less than `min` (3)",
                "duplicate wire name `x`",
                "invalid regular expression: look-around, including look-ahead and look-behind, is not supported",
                "invalid regular expression: unclosed character class",
                "`idempotency_token` applies to a member of type `Option<String>`, which the client fills when it is `None`",
            ]
        );
    }
}
