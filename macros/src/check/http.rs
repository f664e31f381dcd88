//! Checks of HTTP bindings: the `http` trait of an operation against the members bound to its
//! URI, headers, query and body.

use crate::ctxt::Ctxt;
use crate::model::{Field, OperationOptions, Shape};

/// The labels of a URI template, `{Name}` or `{Name+}` (greedy), in order, with the query
/// literal after `?` set aside; or what is wrong with the template.
pub(crate) fn uri_labels(template: &str) -> Result<Vec<(String, bool)>, String> {
    let path = template.split_once('?').map_or(template, |(p, _)| p);
    let mut labels = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or("a `{` is not closed")?;
        let inner = &after[..close];
        let (name, greedy) = match inner.strip_suffix('+') {
            Some(n) => (n, true),
            None => (inner, false),
        };
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!("`{{{inner}}}` is not a label name"));
        }
        if labels.iter().any(|(n, _): &(String, bool)| n == name) {
            return Err(format!("`{{{name}}}` appears twice"));
        }
        labels.push((name.to_owned(), greedy));
        rest = &after[close + 1..];
    }
    if rest.contains('}') || path.matches('}').count() != labels.len() {
        return Err("a `}` is not opened".into());
    }
    Ok(labels)
}

/// The HTTP bindings of an operation's input (or of an output or error: any structure): each
/// URI label has its member and each label member its label, labels are required, a greedy
/// label is last, one payload at most and no body member beside it, and no two members bound
/// to the same header or query key; an operation without input (`no_input`, whose request has
/// no body in rpcv2Cbor) has no members.
pub fn http_bindings(cx: &Ctxt, shape: &Shape, operation: Option<&OperationOptions>) {
    use crate::model::HttpBinding;
    if let Some(first) = shape.fields.first().filter(|_| operation.is_some_and(|o| o.no_input)) {
        cx.error_spanned_by(
            &first.ident,
            format!("an operation with `no_input` has no members: remove `{}`, or `no_input`", first.ident),
        );
    }
    let bound = |b: fn(&HttpBinding) -> bool| {
        shape.fields.iter().filter(move |f| f.binding.as_ref().is_some_and(|(x, _)| b(x)))
    };
    let labels: Vec<&Field> = bound(|b| *b == HttpBinding::Label).collect();
    let http = operation.and_then(|o| o.http.as_ref());
    match http {
        Some(http) => match uri_labels(&http.uri.value()) {
            Ok(template) => {
                for (i, (name, greedy)) in template.iter().enumerate() {
                    if !labels.iter().any(|f| f.wire_name == *name) {
                        cx.error_spanned_by(
                            &http.uri,
                            format!("`{{{name}}}` in `uri` names no member marked `#[aws(http_label)]`"),
                        );
                    }
                    if *greedy && i + 1 != template.len() {
                        cx.error_spanned_by(
                            &http.uri,
                            format!("the greedy label `{{{name}+}}` must be the last label of `uri`"),
                        );
                    }
                }
                for f in &labels {
                    if !template.iter().any(|(n, _)| *n == f.wire_name) {
                        let span = f.binding.as_ref().map_or_else(proc_macro2::Span::call_site, |(_, s)| *s);
                        cx.push(syn::Error::new(
                            span,
                            format!(
                                "`http_label` member `{}` has no `{{{}}}` in the operation's `uri`",
                                f.wire_name, f.wire_name
                            ),
                        ));
                    }
                }
            }
            Err(reason) => cx.error_spanned_by(&http.uri, format!("invalid `uri`: {reason}")),
        },
        None if operation.is_some() => {
            for f in &labels {
                let span = f.binding.as_ref().map_or_else(proc_macro2::Span::call_site, |(_, s)| *s);
                cx.push(syn::Error::new(
                    span,
                    "`http_label` needs `http(method = .., uri = \"/...{label}\")` on the operation",
                ));
            }
        }
        // An output or error: labels and query parameters mean nothing there (the body has them).
        None => {}
    }
    for f in labels.iter().filter(|_| operation.is_some()) {
        if !f.required {
            cx.error_spanned_by(
                &f.ty,
                "an `http_label` member is required: a plain type, or `Option<T>` marked `required`",
            );
        }
    }
    let payloads: Vec<&Field> = bound(|b| *b == HttpBinding::Payload).collect();
    if let [_, second, ..] = payloads.as_slice() {
        let span = second.binding.as_ref().map_or_else(proc_macro2::Span::call_site, |(_, s)| *s);
        cx.push(syn::Error::new(span, "a shape has one `http_payload` member at most"));
    }
    if let Some(payload) = payloads.first() {
        for f in shape.fields.iter().filter(|f| f.binding.is_none()) {
            cx.error_spanned_by(
                &f.ident,
                format!("`{}` would go in the body, which is the `http_payload` member `{}`: bind it to a header, the query or the URI", f.wire_name, payload.wire_name),
            );
        }
    }
    let mut headers: Vec<String> = Vec::new();
    let mut queries: Vec<String> = Vec::new();
    for f in &shape.fields {
        let Some((binding, span)) = &f.binding else { continue };
        let (seen, key, what) = match binding {
            HttpBinding::Header(name) => (&mut headers, name.to_ascii_lowercase(), "header"),
            HttpBinding::Query(name) => (&mut queries, name.clone(), "query key"),
            _ => continue,
        };
        if seen.contains(&key) {
            cx.push(syn::Error::new(*span, format!("two members are bound to the {what} `{key}`")));
        }
        seen.push(key);
    }
    if bound(|b| matches!(b, HttpBinding::QueryParams)).nth(1).is_some()
        || bound(|b| matches!(b, HttpBinding::ResponseCode)).nth(1).is_some()
    {
        cx.error_spanned_by(
            &shape.ident,
            "a shape has one `http_query_params` and one `http_response_code` member at most",
        );
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    #[test]
    fn an_operation_without_input_has_no_members() {
        let args = quote!(service = Svc, operation = "Ping", output = PingOutput, no_input);
        let out = crate::expand::operation(args.clone(), quote! { pub struct Ping {} }).to_string();
        assert!(out.contains("const NO_INPUT : :: core :: primitive :: bool = true"), "{out}");
        let out = crate::expand::operation(args, quote! { pub struct Ping { pub name: String } }).to_string();
        assert!(out.contains("an operation with `no_input` has no members: remove `name`, or `no_input`"), "{out}");
    }
}
