//! Checks of the endpoint parameters an operation binds: `context_param` only on an operation's
//! input, each parameter bound once, and every path reading members the input has.

use crate::ctxt::Ctxt;
use crate::model::{OperationOptions, Shape};

pub fn endpoint_params(cx: &Ctxt, shape: &Shape, operation: Option<&OperationOptions>) {
    let Some(operation) = operation else {
        for field in shape.fields.iter().filter_map(|f| f.context_param.as_ref()) {
            cx.error_spanned_by(field, "`context_param` applies to members of an operation's input");
        }
        return;
    };
    // In Smithy's order of precedence; a parameter is bound by one of them only.
    let mut bound: Vec<String> = Vec::new();
    let mut bind = |name: String, span: proc_macro2::Span| {
        if bound.contains(&name) {
            cx.push(syn::Error::new(span, format!("endpoint parameter `{name}` is bound twice")));
        } else {
            bound.push(name);
        }
    };
    for param in &operation.static_context_params {
        bind(param.name.to_string(), param.name.span());
    }
    for lit in shape.fields.iter().filter_map(|f| f.context_param.as_ref()) {
        bind(lit.value(), lit.span());
    }
    for param in &operation.operation_context_params {
        bind(param.name.to_string(), param.name.span());
    }
    for param in &operation.operation_context_params {
        for member in param.path.root_members() {
            if !shape.fields.iter().any(|f| f.wire_name == member) {
                let members: Vec<String> = shape.fields.iter().map(|f| format!("`{}`", f.wire_name)).collect();
                let has = if members.is_empty() { "no members".to_owned() } else { members.join(", ") };
                cx.error_spanned_by(
                    &param.text,
                    format!("`{member}` in the path is not a member of the input, which has {has}"),
                );
            }
        }
    }
}
