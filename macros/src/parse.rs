//! Parses attribute arguments into key/value trees: `key`, `key = value`, `key(nested, ...)`.
//! Keys may be keywords (`enum`), so they are read as raw identifiers.

use proc_macro2::{Span, TokenStream};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Expr, Ident, Lit, Token};

/// One argument as written.
pub struct Meta {
    pub key: Ident,
    pub value: Value,
}

/// What follows a key.
pub enum Value {
    Flag,
    Expr(Expr),
    List(Vec<Meta>),
}

impl Meta {
    pub fn name(&self) -> String {
        self.key.unraw().to_string()
    }

    pub fn span(&self) -> Span {
        self.key.span()
    }
}

fn parse_meta(input: ParseStream) -> syn::Result<Meta> {
    let key = Ident::parse_any(input)?;
    let value = if input.peek(Token![=]) {
        input.parse::<Token![=]>()?;
        Value::Expr(input.parse()?)
    } else if input.peek(syn::token::Paren) {
        let content;
        syn::parenthesized!(content in input);
        Value::List(parse_list_inner(&content)?)
    } else {
        Value::Flag
    };
    Ok(Meta { key, value })
}

fn parse_list_inner(input: ParseStream) -> syn::Result<Vec<Meta>> {
    Ok(Punctuated::<Meta, Token![,]>::parse_terminated_with(input, parse_meta)?.into_iter().collect())
}

/// Parses the arguments of a macro attribute.
pub fn parse_args(tokens: TokenStream) -> syn::Result<Vec<Meta>> {
    parse_list_inner.parse2(tokens)
}

/// Parses the arguments of a helper attribute `#[aws(...)]`.
pub fn parse_attr(attr: &syn::Attribute) -> syn::Result<Vec<Meta>> {
    match &attr.meta {
        syn::Meta::List(list) => parse_args(list.tokens.clone()),
        other => Err(syn::Error::new_spanned(other, "expected `#[aws(...)]`")),
    }
}

/// A string literal value.
pub fn as_str(value: &Value) -> Option<syn::LitStr> {
    match value {
        Value::Expr(Expr::Lit(lit)) => match &lit.lit {
            Lit::Str(s) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// An integer literal value, possibly negative, as written.
pub fn as_int(value: &Value) -> Option<(String, Span)> {
    number(value, false)
}

/// An integer or float literal value, possibly negative, as written.
pub fn as_number(value: &Value) -> Option<(String, Span)> {
    number(value, true)
}

fn number(value: &Value, float: bool) -> Option<(String, Span)> {
    let Value::Expr(expr) = value else { return None };
    let (negative, expr) = match expr {
        Expr::Unary(syn::ExprUnary { op: syn::UnOp::Neg(_), expr, .. }) => (true, &**expr),
        other => (false, other),
    };
    let Expr::Lit(lit) = expr else { return None };
    let digits = match &lit.lit {
        Lit::Int(i) => i.base10_digits().to_owned(),
        Lit::Float(f) if float => f.base10_digits().to_owned(),
        _ => return None,
    };
    Some((if negative { format!("-{digits}") } else { digits }, lit.lit.span()))
}

/// A path value (`Type`, `crate::module::Type`).
pub fn as_path(value: &Value) -> Option<syn::Path> {
    match value {
        Value::Expr(Expr::Path(p)) if p.qself.is_none() => Some(p.path.clone()),
        _ => None,
    }
}

/// An array of paths (`[A, b::B]`).
pub fn as_path_list(value: &Value) -> Option<Vec<syn::Path>> {
    let Value::Expr(Expr::Array(array)) = value else { return None };
    array
        .elems
        .iter()
        .map(|e| match e {
            Expr::Path(p) if p.qself.is_none() => Some(p.path.clone()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn parses_flags_values_and_nested_lists() {
        let metas = parse_args(quote!(enum, name = "x", length(min = 1, max = -2), errors = [A, b::C])).unwrap();
        let names: Vec<_> = metas.iter().map(Meta::name).collect();
        assert_eq!(names, ["enum", "name", "length", "errors"]);
        assert!(matches!(metas[0].value, Value::Flag));
        assert_eq!(as_str(&metas[1].value).unwrap().value(), "x");
        let Value::List(nested) = &metas[2].value else { panic!("not a list") };
        assert_eq!(as_int(&nested[1].value).unwrap().0, "-2");
        assert_eq!(as_path_list(&metas[3].value).unwrap().len(), 2);
        assert!(as_int(&metas[1].value).is_none());
    }

    #[test]
    fn rejects_malformed_arguments() {
        assert!(parse_args(quote!(name = )).is_err());
        assert!(parse_args(quote!(a b)).is_err());
    }
}
