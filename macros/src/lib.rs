//! The attribute macros of aws-operation. Each one parses (`parse`), builds a typed model
//! (`model`), checks rules across members (`check`) and only then generates code (`expand`).

mod check;
mod ctxt;
mod expand;
mod model;
mod parse;
mod path;
mod pattern;
mod xml;

use proc_macro::TokenStream;

/// Declares a shape of the AWS data model: a structure (`#[aws_shape]`), an error structure
/// (`#[aws_shape(error)]`), a union (`#[aws_shape(union)]`), a string enum
/// (`#[aws_shape(enum)]`) or an int enum (`#[aws_shape(int_enum)]`).
#[proc_macro_attribute]
pub fn aws_shape(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::shape(args.into(), item.into()).into()
}

/// Declares an operation: its input structure, service, output and errors.
#[proc_macro_attribute]
pub fn aws_operation(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::operation(args.into(), item.into()).into()
}

/// Declares a service on a unit struct, which becomes the service's client.
#[proc_macro_attribute]
pub fn aws_service(args: TokenStream, item: TokenStream) -> TokenStream {
    expand::service(args.into(), item.into()).into()
}

/// A model pattern compiled as `#[aws(pattern = "...")]` compiles it, as a `&'static Pattern`:
/// for tests that compare the runtime's matching with another engine's. Not part of the API.
#[doc(hidden)]
#[proc_macro]
pub fn __pattern(input: TokenStream) -> TokenStream {
    let source = syn::parse_macro_input!(input as syn::LitStr);
    let p = expand::private();
    match pattern::compile(&source.value()) {
        Ok(pattern::Compiled { program, tree }) => quote::quote! {{
            static __PATTERN: #p::Pattern = #p::Pattern::new(#source, #program, &#tree);
            &__PATTERN
        }}
        .into(),
        Err(reason) => {
            syn::Error::new(source.span(), format!("invalid regular expression: {reason}")).to_compile_error().into()
        }
    }
}
