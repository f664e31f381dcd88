//! Rules across members, checked before any code is generated: wire names are unique, bounds
//! are ordered, patterns compile, tokens are strings, unions and enums keep unknown values.

use crate::ctxt::Ctxt;
use crate::model::{Constraints, Field, Kind, Shape};

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
            if shape.sensitive {
                cx.error_spanned_by(&shape.ident, "`sensitive` applies to structures and members; mark the members that hold this type `#[aws(sensitive)]`");
            }
            let mut names: Vec<&str> = Vec::new();
            let kind = shape.kind.keyword();
            for v in &shape.variants {
                if v.is_unknown {
                    continue;
                }
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

fn check_field(cx: &Ctxt, field: &Field) {
    if let Some(span) = field.idempotency_token {
        let is_string =
            field.option_inner.as_ref().is_some_and(|t| matches!(t, syn::Type::Path(p) if p.path.is_ident("String")));
        if !is_string {
            cx.push(syn::Error::new(span, "`idempotency_token` applies to a member of type `Option<String>`, which the client fills when it is `None`"));
        }
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
    if let Some(pattern) = &c.pattern {
        // Checked with the same syntax the runtime's regex engine accepts.
        if let Err(e) = regex_syntax::Parser::new().parse(&pattern.value()) {
            let reason = e.to_string();
            let last = reason.lines().rev().find(|l| l.starts_with("error:")).unwrap_or("error: invalid syntax");
            cx.error_spanned_by(pattern, format!("invalid regular expression: {}", last.trim_start_matches("error: ")));
        }
    }
    for nested in [&c.items, &c.keys].into_iter().flatten() {
        constraints(cx, nested);
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
