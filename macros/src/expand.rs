//! Generates code from a checked model. Nothing here validates: by the time a model reaches
//! these functions, `model` and `check` have accepted it.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Ident, Item, LitStr};

use crate::check;
use crate::ctxt::Ctxt;
use crate::model::{self, Constraints, ContainerArgs, Field, Kind, RenameAll, Shape, TimestampFormat, Variant};
use crate::parse;

pub(crate) fn private() -> TokenStream {
    quote!(::aws_operation::__private)
}

/// Whether `attr` is `#[name(...)]` (or `#[path::name(...)]`).
fn is_attr(attr: &syn::Attribute, name: &str) -> bool {
    attr.path().segments.last().is_some_and(|s| s.ident == name)
}

/// The error for a struct that carries both `#[aws_shape]` and `#[aws_operation]`.
fn both_macros(attr: &syn::Attribute) -> syn::Error {
    syn::Error::new_spanned(
        attr,
        "`aws_operation` already makes the struct a shape: put the keys of `aws_shape` (`rename_all`, `sensitive`) in `aws_operation` and remove `aws_shape`",
    )
}

/// `#[aws_shape(...)]`.
pub fn shape(args: TokenStream, item: TokenStream) -> TokenStream {
    // Above `#[aws_operation]`: leave the struct to it, with one error instead of two
    // expansions that collide.
    if let Ok(Item::Struct(s)) = syn::parse2::<Item>(item.clone())
        && let Some(attr) = s.attrs.iter().find(|a| is_attr(a, "aws_operation"))
    {
        let error = both_macros(attr).to_compile_error();
        return quote!(#item #error);
    }
    entry(args, item, |cx, metas, item| {
        let ident = item_ident(item);
        model::shape_args(cx, metas, &ident)
    })
}

/// `#[aws_operation(...)]`.
pub fn operation(args: TokenStream, item: TokenStream) -> TokenStream {
    entry(args, item, |cx, metas, item| model::operation_args(cx, metas, item_ident(item).span()))
}

fn item_ident(item: &Item) -> Ident {
    match item {
        Item::Struct(s) => s.ident.clone(),
        Item::Enum(e) => e.ident.clone(),
        _ => Ident::new("Shape", Span::call_site()),
    }
}

/// Parses, models and checks; emits the item (helper attributes stripped) next to the errors
/// if there are any, so that one mistake does not cascade.
fn entry(
    args: TokenStream,
    item: TokenStream,
    read_args: impl FnOnce(&Ctxt, &[parse::Meta], &Item) -> ContainerArgs,
) -> TokenStream {
    let mut item: Item = match syn::parse2(item) {
        Ok(item) => item,
        Err(e) => return e.to_compile_error(),
    };
    let cx = Ctxt::new();
    // Below `#[aws_operation]`: it is the operation's shape already.
    if let Item::Struct(s) = &mut item
        && let Some(i) = s.attrs.iter().position(|a| is_attr(a, "aws_shape"))
    {
        cx.push(both_macros(&s.attrs.remove(i)));
    }
    let metas = parse::parse_args(args).unwrap_or_else(|e| {
        cx.push(e);
        Vec::new()
    });
    let args = read_args(&cx, &metas, &item);
    let shape = build(&cx, &item, &args);
    if let Some(shape) = &shape {
        check::shape(&cx, shape);
        if shape.kind == Kind::Structure {
            check::host_labels(&cx, shape, args.operation.as_ref());
            check::http_bindings(&cx, shape, args.operation.as_ref());
            check::paginator(&cx, shape, args.operation.as_ref());
            check::endpoint_params(&cx, shape, args.operation.as_ref());
        }
    }
    strip_helpers(&mut item);
    match (cx.check(), shape) {
        (Ok(()), Some(shape)) => generate(item, &shape, &args),
        (Err(e), _) => {
            let error = e.to_compile_error();
            quote!(#item #error)
        }
        (Ok(()), None) => quote!(#item),
    }
}

fn build(cx: &Ctxt, item: &Item, args: &ContainerArgs) -> Option<Shape> {
    let kind = args.kind;
    let (ident, generics) = match item {
        Item::Struct(s) => (&s.ident, &s.generics),
        Item::Enum(e) => (&e.ident, &e.generics),
        other => {
            cx.error_spanned_by(other, "shapes are structs or enums");
            return None;
        }
    };
    if !generics.params.is_empty() {
        cx.error_spanned_by(generics, "shapes cannot be generic");
        return None;
    }
    let mut shape = Shape {
        kind,
        ident: ident.clone(),
        sensitive: args.sensitive,
        error: None,
        fields: Vec::new(),
        variants: Vec::new(),
        rename: RenameAll::Camel,
        xml: args.xml.clone(),
    };
    match (item, kind) {
        (Item::Struct(s), Kind::Structure) => {
            if derives_debug(&s.attrs) {
                cx.error_spanned_by(ident, "`Debug` is implemented by the shape macro, which redacts sensitive members: remove it from `derive`");
            }
            let rename = args.rename_all.unwrap_or(RenameAll::Camel);
            shape.rename = rename;
            match &s.fields {
                syn::Fields::Named(named) => {
                    shape.fields = named.named.iter().filter_map(|f| model::field(cx, f, rename)).collect();
                }
                syn::Fields::Unit => {}
                other => cx.error_spanned_by(other, "shapes need named fields"),
            }
        }
        (Item::Enum(e), Kind::Union | Kind::StringEnum | Kind::IntEnum) => {
            let rename =
                args.rename_all.unwrap_or(if kind == Kind::Union { RenameAll::Camel } else { RenameAll::None });
            shape.rename = rename;
            shape.variants = e.variants.iter().map(|v| model::variant(cx, v, kind, rename)).collect();
            if union_writes_debug(&shape) && derives_debug(&e.attrs) {
                cx.error_spanned_by(ident, "`Debug` of a sensitive union, or of one with sensitive members, is implemented by the shape macro, which redacts them: remove it from `derive`");
            }
        }
        (Item::Enum(e), Kind::Structure) => {
            cx.error_spanned_by(
                e.enum_token,
                "an enum shape needs `#[aws_shape(union)]`, `#[aws_shape(enum)]` or `#[aws_shape(int_enum)]`",
            );
            return None;
        }
        (Item::Struct(s), _) => {
            cx.error_spanned_by(s.struct_token, format!("`{}` applies to an enum", kind.keyword()));
            return None;
        }
        _ => return None,
    }
    shape.error = args.error.as_ref().map(|e| model::ErrorOptions {
        code: e.code.clone(),
        query_code: e.query_code.clone(),
        ..*e
    });
    Some(shape)
}

/// Whether the macro writes the union's `Debug`: only when something in it is redacted, so that
/// other unions keep the `Debug` their `derive` gives.
fn union_writes_debug(shape: &Shape) -> bool {
    shape.kind == Kind::Union && (shape.sensitive || shape.variants.iter().any(|v| v.sensitive))
}

fn derives_debug(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().filter(|a| a.path().is_ident("derive")).any(|a| {
        let mut found = false;
        let _ = a.parse_nested_meta(|m| {
            found |= m.path.segments.last().is_some_and(|s| s.ident == "Debug");
            Ok(())
        });
        found
    })
}

/// Removes `#[aws(...)]` from fields and variants: rustc must not see them.
fn strip_helpers(item: &mut Item) {
    let keep = |a: &syn::Attribute| !a.path().is_ident("aws");
    match item {
        Item::Struct(s) => s.fields.iter_mut().for_each(|f| f.attrs.retain(keep)),
        Item::Enum(e) => e.variants.iter_mut().for_each(|v| v.attrs.retain(keep)),
        _ => {}
    }
}

fn generate(item: Item, shape: &Shape, args: &ContainerArgs) -> TokenStream {
    match (item, shape.kind) {
        (Item::Struct(s), Kind::Structure) => structure(s, shape, args),
        (Item::Enum(e), Kind::Union) => union(e, shape),
        (Item::Enum(e), _) => enumeration(e, shape),
        (item, _) => quote!(#item),
    }
}

fn fmt_tokens(format: Option<TimestampFormat>) -> TokenStream {
    let p = private();
    match format {
        None | Some(TimestampFormat::EpochSeconds) => quote!(#p::TimestampFormat::EpochSeconds),
        Some(TimestampFormat::DateTime) => quote!(#p::TimestampFormat::DateTime),
        Some(TimestampFormat::HttpDate) => quote!(#p::TimestampFormat::HttpDate),
    }
}

fn serde_derives() -> TokenStream {
    let p = private();
    let krate = format!("{p}::serde").replace(' ', "");
    quote! {
        #[derive(#p::serde::Serialize, #p::serde::Deserialize)]
        #[serde(crate = #krate)]
    }
}

fn structure(mut s: syn::ItemStruct, shape: &Shape, args: &ContainerArgs) -> TokenStream {
    for (field, model) in s.fields.iter_mut().zip(&shape.fields) {
        let wire = &model.wire_name;
        field.attrs.push(syn::parse_quote!(#[serde(rename = #wire)]));
        if model.option_inner.is_some() {
            field
                .attrs
                .push(syn::parse_quote!(#[serde(default, skip_serializing_if = "::core::option::Option::is_none")]));
        }
    }
    let serde = serde_derives();
    let shape_impl = structure_shape_impl(shape);
    let debug = debug_impl(shape);
    let builder = builder(&s.vis, shape);
    let error = shape.error.as_ref().map(|e| error_impl(shape, e));
    let operation = args.operation.as_ref().map(|o| operation_impl(&s.vis, shape, o));
    quote! {
        #serde
        #s
        const _: () = {
            #shape_impl
            #debug
            #error
        };
        #builder
        #operation
    }
}

fn structure_shape_impl(shape: &Shape) -> TokenStream {
    let p = private();
    let ident = &shape.ident;
    let mut writes = Vec::new();
    let mut slots = Vec::new();
    let mut arms = Vec::new();
    let mut inits = Vec::new();
    let mut zeros = Vec::new();
    let mut validations = Vec::new();
    for (i, f) in shape.fields.iter().enumerate() {
        let name = &f.ident;
        let wire = &f.wire_name;
        let vty = f.value_ty();
        let ty = &f.ty;
        let slot = format_ident!("__f{}", i);
        writes.push(quote!(#p::ShapeSerializer::write_member(__s, &__MEMBERS[#i], &self.#name);));
        // Which members are present is the deserializer's to say; each one found is read into
        // its slot, and a required one that is missing takes its zero value.
        slots.push(quote!(let mut #slot: ::core::option::Option<#vty> = ::core::option::Option::None;));
        arms.push(quote!(#i => #slot = #p::ShapeDeserializer::read_member::<#vty>(__d, &__MEMBERS[#i]),));
        if f.option_inner.is_none() {
            inits.push(quote!(#name: #slot.unwrap_or_else(<#vty as #p::Shape>::zero)));
        } else {
            inits.push(quote!(#name: #slot));
        }
        zeros.push(quote!(#name: <#ty as #p::Shape>::zero()));
        let mut checks = constraint_checks(&f.constraints, vty.span());
        if f.host_label.is_some() {
            checks.extend(quote!(__v.host_label(::core::convert::AsRef::<str>::as_ref(__x));));
        }
        // Smithy forbids sending a required one that is blank; only strings can be.
        if f.context_param.is_some() && f.required && check::is_string(vty) {
            checks.extend(quote!(__v.context_param(::core::convert::AsRef::<str>::as_ref(__x));));
        }
        let body = if f.option_inner.is_some() {
            let missing = if f.required { quote!(__v.report(#p::Rule::Required);) } else { quote!() };
            quote! {
                match &self.#name {
                    ::core::option::Option::Some(__x) => { #checks #p::Shape::validate(__x, __v); }
                    ::core::option::Option::None => { #missing }
                }
            }
        } else {
            quote! { let __x = &self.#name; #checks #p::Shape::validate(__x, __v); }
        };
        if f.sensitive {
            validations.push(quote!(__v.member(#wire, |__v| __v.sensitive(|__v| { #body }));));
        } else {
            validations.push(quote!(__v.member(#wire, |__v| { #body });));
        }
    }
    let schema = schema_statics(shape);
    let visit = if arms.is_empty() {
        quote!(|_, _| {})
    } else {
        quote!(|__d, __i| match __i {
            #(#arms)*
            _ => {}
        })
    };
    let read = sensitive_read(
        shape,
        quote! {
            let __before = #p::ShapeDeserializer::decoder(__d).problem_count();
            #(#slots)*
            let __ok = #p::ShapeDeserializer::read_struct(__d, __m, &__SCHEMA, #visit);
            if !__ok || #p::ShapeDeserializer::decoder(__d).gives_up(__before) {
                return ::core::option::Option::None;
            }
            ::core::option::Option::Some(Self { #(#inits),* })
        },
    );
    let validate = sensitive_validate(shape, quote!(#(#validations)*));
    let casing = casing_tokens(shape.rename);
    let binding_checks =
        if shape.fields.iter().any(|f| f.binding.is_some()) { binding_type_checks(shape) } else { quote!() };
    let stream_checks = stream_checks(shape);
    quote! {
        #schema
        #binding_checks
        #stream_checks
        #[automatically_derived]
        impl #p::Shape for #ident {
            const CASING: #p::Casing = #casing;
            fn serialize<__S: #p::ShapeSerializer>(&self, __m: &#p::MemberSchema, __s: &mut __S) {
                #p::ShapeSerializer::write_struct(__s, __m, &__SCHEMA, |__s| {
                    #(#writes)*
                });
            }
            #[allow(clippy::single_match, clippy::match_single_binding, clippy::redundant_closure_call)]
            fn deserialize<__D: #p::ShapeDeserializer>(__m: &#p::MemberSchema, __d: &mut __D) -> ::core::option::Option<Self> {
                #read
            }
            fn zero() -> Self {
                Self { #(#zeros),* }
            }
            fn validate(&self, __v: &mut #p::Validator) {
                #validate
            }
            fn type_schema() -> #p::TypeSchema {
                #p::TypeSchema::Shape(&__SCHEMA)
            }
        }
    }
}

/// The body of `deserialize`, for a sensitive shape run so that its problems do not quote it.
fn sensitive_read(shape: &Shape, body: TokenStream) -> TokenStream {
    let p = private();
    if !shape.sensitive {
        return body;
    }
    quote! {
        #p::ShapeDeserializer::decoder(__d).enter_sensitive();
        let __out = (|| -> ::core::option::Option<Self> { #body })();
        #p::ShapeDeserializer::decoder(__d).leave_sensitive();
        __out
    }
}

/// The body of `validate`, for a sensitive shape run so that its violations do not quote it.
fn sensitive_validate(shape: &Shape, body: TokenStream) -> TokenStream {
    if shape.sensitive { quote!(__v.sensitive(|__v| { #body });) } else { body }
}

/// Checks of one value `__x` against constraints; `span` points trait errors at the member type.
fn constraint_checks(c: &Constraints, span: Span) -> TokenStream {
    let p = private();
    let opt_u64 = |b: &Option<(String, Span)>| match b {
        Some((n, _)) => {
            let n: u64 = n.parse().unwrap_or(0);
            quote!(::core::option::Option::Some(#n))
        }
        None => quote!(::core::option::Option::None),
    };
    let opt_str = |b: &Option<(String, Span)>| match b {
        Some((n, _)) => quote!(::core::option::Option::Some(#n)),
        None => quote!(::core::option::Option::None),
    };
    let mut out = TokenStream::new();
    if let Some(b) = &c.length {
        let (min, max) = (opt_u64(&b.min), opt_u64(&b.max));
        out.extend(quote_spanned!(span=> __v.length(__x, #min, #max);));
    }
    if let Some(b) = &c.range {
        let (min, max) = (opt_str(&b.min), opt_str(&b.max));
        out.extend(quote_spanned!(span=> __v.range(__x, #min, #max);));
    }
    if let Some(pattern) = &c.pattern {
        // `check` has refused a pattern that does not compile.
        let (program, tree) = match crate::pattern::compile(&pattern.value()) {
            Ok(compiled) => (compiled.program, compiled.tree),
            Err(_) => (String::new(), quote!(#p::PatternNode::Empty)),
        };
        out.extend(quote_spanned! {span=> {
            static __PATTERN: #p::Pattern = #p::Pattern::new(#pattern, #program, &#tree);
            __v.pattern(::core::convert::AsRef::<str>::as_ref(__x), &__PATTERN);
        }});
    }
    if let Some(items) = &c.items {
        let inner = constraint_checks(items, span);
        out.extend(quote_spanned!(span=> #p::Elements::each(__x, __v, &mut |__x, __v| { #inner });));
    }
    if let Some(keys) = &c.keys {
        let inner = constraint_checks(keys, span);
        out.extend(quote_spanned!(span=> #p::each_key(__x.keys(), __v, |__x, __v| { #inner });));
    }
    out
}

/// The shape's static description, `__SCHEMA`, and its members', `__MEMBERS`, which the
/// generated `serialize` and `deserialize` hand to the codec member by member.
fn schema_statics(shape: &Shape) -> TokenStream {
    let p = private();
    let name = shape.ident.to_string();
    let kind = match shape.kind {
        Kind::Structure => quote!(#p::ShapeKind::Structure),
        Kind::Union => quote!(#p::ShapeKind::Union),
        Kind::StringEnum => quote!(#p::ShapeKind::Enum),
        Kind::IntEnum => quote!(#p::ShapeKind::IntEnum),
    };
    let members: Vec<TokenStream> = match shape.kind {
        Kind::Structure => shape
            .fields
            .iter()
            .map(|f| {
                let (wire, rust) = (&f.wire_name, f.ident.to_string().trim_start_matches("r#").to_owned());
                let vty = f.value_ty();
                let (required, token, sensitive) = (f.required, f.idempotency_token.is_some(), f.sensitive);
                let format = match f.timestamp_format {
                    Some(format) => {
                        let format = fmt_tokens(Some(format));
                        quote!(::core::option::Option::Some(#format))
                    }
                    None => quote!(::core::option::Option::None),
                };
                let constraints = constraints_schema(&f.constraints);
                let binding = binding_tokens(f);
                let opt = |v: &Option<String>| match v {
                    Some(v) => quote!(::core::option::Option::Some(#v)),
                    None => quote!(::core::option::Option::None),
                };
                let (json_name, media_type) = (opt(&f.json_name), opt(&f.media_type));
                let requires_length = f.requires_length;
                let xml = f.xml.schema_fields();
                quote! {
                    #p::MemberSchema {
                        name: #wire,
                        rust_name: #rust,
                        target: <#vty as #p::Shape>::type_schema,
                        required: #required,
                        idempotency_token: #token,
                        sensitive: #sensitive,
                        timestamp_format: #format,
                        constraints: #constraints,
                        binding: #binding,
                        json_name: #json_name,
                        media_type: #media_type,
                        streaming: <#vty as #p::Shape>::STREAMING,
                        requires_length: #requires_length,
                        #xml
                    }
                }
            })
            .collect(),
        Kind::Union => known(shape)
            .filter_map(|v| {
                let (wire, rust, ty) = (&v.wire, v.ident.to_string(), v.ty.as_ref()?);
                let json_name = match &v.json_name {
                    Some(n) => quote!(::core::option::Option::Some(#n)),
                    None => quote!(::core::option::Option::None),
                };
                let xml = v.xml.schema_fields();
                let sensitive = v.sensitive;
                let constraints = constraints_schema(&v.constraints);
                Some(quote! {
                    #p::MemberSchema {
                        name: #wire,
                        rust_name: #rust,
                        target: <#ty as #p::Shape>::type_schema,
                        sensitive: #sensitive,
                        constraints: #constraints,
                        json_name: #json_name,
                        #xml
                        ..#p::MemberSchema::ROOT
                    }
                })
            })
            .collect(),
        _ => Vec::new(),
    };
    let count = members.len();
    let values: Vec<&String> =
        if shape.kind == Kind::StringEnum { known(shape).map(|v| &v.wire).collect() } else { Vec::new() };
    let int_values: Vec<i32> = if shape.kind == Kind::IntEnum {
        known(shape).map(|v| v.wire.parse().unwrap_or(0)).collect()
    } else {
        Vec::new()
    };
    let sensitive = shape.sensitive;
    let xml = shape.xml.schema_fields();
    let error = match &shape.error {
        Some(e) => {
            let (code, server, retryable, throttling) = (&e.code, e.server_fault, e.retryable, e.throttling);
            quote!(::core::option::Option::Some(#p::ErrorSchema { code: #code, server_fault: #server, retryable: #retryable, throttling: #throttling }))
        }
        None => quote!(::core::option::Option::None),
    };
    quote! {
        static __MEMBERS: [#p::MemberSchema; #count] = [#(#members),*];
        static __SCHEMA: #p::ShapeSchema = #p::ShapeSchema {
            name: #name,
            kind: #kind,
            members: &__MEMBERS,
            values: &[#(#values),*],
            int_values: &[#(#int_values),*],
            sensitive: #sensitive,
            error: #error,
            #xml
        };
    }
}

/// The `Casing` of a rename rule.
fn casing_tokens(rule: RenameAll) -> TokenStream {
    let p = private();
    match rule {
        RenameAll::Camel => quote!(#p::Casing::Camel),
        RenameAll::Pascal => quote!(#p::Casing::Pascal),
        RenameAll::ScreamingSnake => quote!(#p::Casing::ScreamingSnake),
        RenameAll::None => quote!(#p::Casing::Verbatim),
    }
}

/// The member's `Binding`.
fn binding_tokens(f: &Field) -> TokenStream {
    use model::HttpBinding;
    let p = private();
    match f.binding.as_ref().map(|(b, _)| b) {
        None => quote!(#p::Binding::Body),
        Some(HttpBinding::Label) => quote!(#p::Binding::Label),
        Some(HttpBinding::Query(name)) => quote!(#p::Binding::Query(#name)),
        Some(HttpBinding::QueryParams) => quote!(#p::Binding::QueryParams),
        Some(HttpBinding::Header(name)) => quote!(#p::Binding::Header(#name)),
        Some(HttpBinding::PrefixHeaders(prefix)) => quote!(#p::Binding::PrefixHeaders(#prefix)),
        Some(HttpBinding::Payload) => quote!(#p::Binding::Payload),
        Some(HttpBinding::ResponseCode) => quote!(#p::Binding::ResponseCode),
        Some(HttpBinding::EventHeader) => quote!(#p::Binding::EventHeader),
        Some(HttpBinding::EventPayload) => quote!(#p::Binding::EventPayload),
    }
}

/// Compile-time checks that each bound member's type fits its binding: a trait bound spanned
/// on the member's type, whose message says what the binding takes.
fn binding_type_checks(shape: &Shape) -> TokenStream {
    use model::HttpBinding;
    let p = private();
    let checks = shape.fields.iter().filter_map(|f| {
        let vty = f.value_ty();
        let check = match &f.binding.as_ref()?.0 {
            HttpBinding::Label => quote!(http_scalar),
            HttpBinding::Query(_) | HttpBinding::Header(_) => quote!(http_value),
            HttpBinding::QueryParams => quote!(http_query_params),
            HttpBinding::PrefixHeaders(_) => quote!(http_prefix_headers),
            HttpBinding::ResponseCode => quote!(http_response_code),
            HttpBinding::EventHeader => quote!(event_header),
            HttpBinding::Payload | HttpBinding::EventPayload => return None,
        };
        Some(quote_spanned!(vty.span()=> #p::binding_check::#check::<#vty>();))
    });
    quote! {
        #[allow(dead_code)]
        fn __binding_checks() {
            #(#checks)*
        }
    }
}

/// A compile error for a `ByteStream` member that is not the `http_payload`: a stream is the
/// whole body or nothing.
fn stream_checks(shape: &Shape) -> TokenStream {
    use model::HttpBinding;
    let p = private();
    let checks = shape.fields.iter().filter(|f| !matches!(f.binding, Some((HttpBinding::Payload, _)))).map(|f| {
        let vty = f.value_ty();
        let message = format!("member `{}`: a ByteStream member must be the `http_payload`", f.ident);
        // An event stream is the body too, but the RPC protocols bind nothing: it needs no
        // `http_payload` there.
        quote_spanned!(vty.span()=> const _: () = ::core::assert!(!<#vty as #p::Shape>::STREAMING || <#vty as #p::Shape>::EVENT_STREAM, #message);)
    });
    quote!(#(#checks)*)
}

/// `fn type_schema()`, of a shape with [`schema_statics`].
fn type_schema_fn() -> TokenStream {
    let p = private();
    quote! {
        fn type_schema() -> #p::TypeSchema {
            #p::TypeSchema::Shape(&__SCHEMA)
        }
    }
}

fn constraints_schema(c: &Constraints) -> TokenStream {
    let p = private();
    let none = quote!(::core::option::Option::None);
    let some = |t: TokenStream| quote!(::core::option::Option::Some(#t));
    let bound_u64 = |b: &Option<(String, Span)>| match b {
        Some((n, _)) => {
            let n: u64 = n.parse().unwrap_or(0);
            some(quote!(#n))
        }
        None => none.clone(),
    };
    let bound_str = |b: &Option<(String, Span)>| match b {
        Some((n, _)) => some(quote!(#n)),
        None => none.clone(),
    };
    let length = match &c.length {
        Some(b) => {
            let (min, max) = (bound_u64(&b.min), bound_u64(&b.max));
            some(quote!((#min, #max)))
        }
        None => none.clone(),
    };
    let range = match &c.range {
        Some(b) => {
            let (min, max) = (bound_str(&b.min), bound_str(&b.max));
            some(quote!((#min, #max)))
        }
        None => none.clone(),
    };
    let pattern = match &c.pattern {
        Some(lit) => some(quote!(#lit)),
        None => none.clone(),
    };
    let nested = |inner: &Option<Box<Constraints>>| match inner {
        Some(inner) => {
            let inner = constraints_schema(inner);
            some(quote!(&#inner))
        }
        None => none.clone(),
    };
    let (items, keys) = (nested(&c.items), nested(&c.keys));
    quote!(#p::Constraints { length: #length, range: #range, pattern: #pattern, items: #items, keys: #keys })
}

fn debug_impl(shape: &Shape) -> TokenStream {
    let p = private();
    let ident = &shape.ident;
    let name = ident.to_string();
    if shape.sensitive {
        return quote! {
            #[automatically_derived]
            impl ::core::fmt::Debug for #ident {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    __f.debug_tuple(#name).field(&#p::Redacted).finish()
                }
            }
        };
    }
    let fields = shape.fields.iter().map(|f| {
        let n = &f.ident;
        let label = n.to_string().trim_start_matches("r#").to_owned();
        if f.sensitive { quote!(.field(#label, &#p::Redacted)) } else { quote!(.field(#label, &self.#n)) }
    });
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                __f.debug_struct(#name) #(#fields)* .finish()
            }
        }
    }
}

/// The two setters of member `f` on a builder: `name(value)` and `set_name(Option)`; `store`,
/// given the second's name, says how each stores `value`.
fn setter_pair(f: &Field, store: impl FnOnce(&Ident) -> (TokenStream, TokenStream)) -> TokenStream {
    let name = &f.ident;
    let vty = f.value_ty();
    let set = format_ident!("set_{}", name.to_string().trim_start_matches("r#"));
    let (store_some, store_option) = store(&set);
    let doc = format!("Sets `{}`.", f.wire_name);
    let set_doc = format!("Sets or clears `{}`.", f.wire_name);
    quote! {
        #[doc = #doc]
        pub fn #name(mut self, value: impl ::core::convert::Into<#vty>) -> Self {
            #store_some
            self
        }
        #[doc = #set_doc]
        pub fn #set(mut self, value: ::core::option::Option<#vty>) -> Self {
            #store_option
            self
        }
    }
}

fn builder(vis: &syn::Visibility, shape: &Shape) -> TokenStream {
    let p = private();
    let ident = &shape.ident;
    let builder = format_ident!("{}Builder", ident);
    let doc = format!("Builds a [`{ident}`]; [`{builder}::build`] reports every missing required member at once.");
    let mut fields = Vec::new();
    let mut setters = Vec::new();
    let mut checks = Vec::new();
    let mut inits = Vec::new();
    for f in &shape.fields {
        let name = &f.ident;
        let vty = f.value_ty();
        let wire = &f.wire_name;
        fields.push(quote!(#name: ::core::option::Option<#vty>));
        setters.push(setter_pair(f, |_| {
            (quote!(self.#name = ::core::option::Option::Some(value.into());), quote!(self.#name = value;))
        }));
        if f.required {
            checks.push(quote! {
                if self.#name.is_none() {
                    __v.member(#wire, |__v| __v.report(#p::Rule::Required));
                }
            });
        }
        if f.option_inner.is_none() {
            inits.push(quote!(#name: self.#name.unwrap_or_else(<#vty as #p::Shape>::zero)));
        } else {
            inits.push(quote!(#name: self.#name));
        }
    }
    let builder_fn_doc = format!("A builder of [`{ident}`].");
    quote! {
        #[doc = #doc]
        #[derive(::core::default::Default)]
        #[must_use]
        #vis struct #builder { #(#fields),* }

        #[automatically_derived]
        impl #builder {
            #(#setters)*
            /// The value, or every required member that is missing.
            pub fn build(self) -> ::core::result::Result<#ident, #p::Violations> {
                let mut __v = #p::Validator::new();
                #(#checks)*
                __v.finish()?;
                ::core::result::Result::Ok(#ident { #(#inits),* })
            }
        }

        #[automatically_derived]
        impl #ident {
            #[doc = #builder_fn_doc]
            pub fn builder() -> #builder {
                ::core::default::Default::default()
            }
        }
    }
}

fn error_impl(shape: &Shape, e: &model::ErrorOptions) -> TokenStream {
    let p = private();
    let ident = &shape.ident;
    let code = &e.code;
    let query_code = match &e.query_code {
        Some(q) => quote!(::core::option::Option::Some(#q)),
        None => quote!(::core::option::Option::None),
    };
    let (fault, default_status) =
        if e.server_fault { (quote!(#p::Fault::Server), 500u16) } else { (quote!(#p::Fault::Client), 400u16) };
    let status = e.status.unwrap_or(default_status);
    let (retryable, throttling) = (e.retryable, e.throttling);
    let message = shape.fields.iter().find(|f| f.wire_name.eq_ignore_ascii_case("message"));
    let message_fn = match message {
        Some(f) if f.option_inner.is_some() => {
            let n = &f.ident;
            quote!(self.#n.as_deref())
        }
        Some(f) => {
            let n = &f.ident;
            quote!(::core::option::Option::Some(self.#n.as_str()))
        }
        None => quote!(::core::option::Option::None),
    };
    // A sensitive message is redacted in Display as it is in Debug.
    let sensitive_message = message.is_some_and(|f| f.sensitive) || shape.sensitive;
    let display_message = if sensitive_message {
        quote!(#p::ErrorShape::message(self).map(|_| #p::REDACTED))
    } else {
        quote!(#p::ErrorShape::message(self))
    };
    quote! {
        #[automatically_derived]
        impl #p::ErrorShape for #ident {
            const CODE: &'static str = #code;
            const QUERY_CODE: ::core::option::Option<&'static str> = #query_code;
            const FAULT: #p::Fault = #fault;
            const STATUS: ::core::primitive::u16 = #status;
            const RETRYABLE: ::core::primitive::bool = #retryable;
            const THROTTLING: ::core::primitive::bool = #throttling;
            const SENSITIVE_MESSAGE: ::core::primitive::bool = #sensitive_message;
            fn message(&self) -> ::core::option::Option<&str> {
                #message_fn
            }
        }

        #[automatically_derived]
        impl ::core::fmt::Display for #ident {
            fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match #display_message {
                    ::core::option::Option::Some(__m) => ::core::write!(__f, "{}: {}", #code, __m),
                    ::core::option::Option::None => __f.write_str(#code),
                }
            }
        }

        #[automatically_derived]
        impl ::std::error::Error for #ident {}
    }
}

fn operation_impl(vis: &syn::Visibility, shape: &Shape, o: &model::OperationOptions) -> TokenStream {
    let p = private();
    let ident = &shape.ident;
    let error = format_ident!("{}Error", ident);
    let (service, output, name) = (&o.service, &o.output, &o.name);
    let token = shape.fields.iter().find(|f| f.idempotency_token.is_some()).map(|f| {
        let n = &f.ident;
        quote! {
            fn idempotency_token(&mut self) -> ::core::option::Option<&mut ::core::option::Option<::std::string::String>> {
                ::core::option::Option::Some(&mut self.#n)
            }
        }
    });
    let host_prefix = o.host_prefix.as_ref().map(|template| {
        let labels = shape.fields.iter().filter(|f| f.host_label.is_some()).map(|f| {
            let (n, wire) = (&f.ident, &f.wire_name);
            let value = if f.option_inner.is_some() {
                quote!(self.#n.as_deref())
            } else {
                quote!(::core::option::Option::Some(self.#n.as_str()))
            };
            quote!(#wire => #value,)
        });
        quote! {
            const HOST_PREFIX: ::core::option::Option<&'static str> = ::core::option::Option::Some(#template);
            fn host_label(&self, __name: &str) -> ::core::option::Option<&str> {
                match __name {
                    #(#labels)*
                    _ => ::core::option::Option::None,
                }
            }
        }
    });
    let compression = o.request_compression.map(|c| {
        let encoding = match c {
            model::Compression::Gzip => quote!(#p::Encoding::Gzip),
        };
        quote!(const REQUEST_COMPRESSION: ::core::option::Option<#p::Encoding> = ::core::option::Option::Some(#encoding);)
    });
    let http = o.http.as_ref().map(|h| {
        let (method, uri, code) = (&h.method, &h.uri, h.code);
        quote!(const HTTP: #p::Http = #p::Http { method: #method, uri: #uri, code: #code };)
    });
    let checksum = o.http_checksum_required.then(|| {
        quote!(
            const HTTP_CHECKSUM_REQUIRED: ::core::primitive::bool = true;
        )
    });
    let http_checksum = o.http_checksum.as_ref().map(|c| {
        // A member the trait names is bound to a header, whose name the runtime reads back.
        let header = |member: &Option<LitStr>| match member {
            None => quote!(::core::option::Option::None),
            Some(name) => match shape.fields.iter().find(|f| f.wire_name == name.value()).and_then(|f| f.binding.as_ref()) {
                Some((model::HttpBinding::Header(h), _)) => quote!(::core::option::Option::Some(#h)),
                _ => {
                    let message = format!("`{}` must be a member of the input bound to a header (`http_header`)", name.value());
                    quote_spanned!(name.span() => ::core::compile_error!(#message))
                }
            },
        };
        let (algorithm, validation) = (header(&c.request_algorithm_member), header(&c.request_validation_mode_member));
        let required = c.request_checksum_required;
        let algorithms = &c.response_algorithms;
        quote!(
            const HTTP_CHECKSUM: ::core::option::Option<#p::HttpChecksum> = ::core::option::Option::Some(#p::HttpChecksum {
                request_checksum_required: #required,
                request_algorithm_header: #algorithm,
                request_validation_header: #validation,
                response_algorithms: &[#(#algorithms),*],
            });
        )
    });
    let unsigned = o.unsigned.then(|| {
        quote!(
            const UNSIGNED: ::core::primitive::bool = true;
        )
    });
    let no_input = o.no_input.then(|| {
        quote!(
            const NO_INPUT: ::core::primitive::bool = true;
        )
    });
    let after_output = o.after_output.as_ref().map(|path| {
        quote!(
            fn after_output(output: &mut Self::Output) {
                #path(output)
            }
        )
    });
    let endpoint_params = endpoint_params(shape, o);
    let variants: Vec<&Ident> = o.errors.iter().filter_map(|path| path.segments.last().map(|s| &s.ident)).collect();
    let paths = &o.errors;
    // A shape named by another rule than its service's reads every member as absent: a
    // compile error where the shape is named instead.
    let casing_check = |ty: TokenStream, span: Span, what: String| {
        let message = format!(
            "{what} names its members by another rule than its service's `member_casing`: give it the same `rename_all`"
        );
        quote_spanned! {span=>
            const _: () = if !#p::casing_fits(<#service as #p::Service>::MEMBER_CASING, <#ty as #p::Shape>::CASING) {
                ::core::panic!(#message)
            };
        }
    };
    let mut casing_checks = vec![casing_check(quote!(#ident), ident.span(), format!("the input `{ident}`"))];
    casing_checks.push(casing_check(quote!(#output), output.span(), format!("the output `{}`", quote!(#output))));
    for path in paths {
        casing_checks.push(casing_check(quote!(#path), path.span(), format!("the error `{}`", quote!(#path))));
    }
    // An input event stream goes as the protocol writes one: a compile error where it cannot.
    for field in &shape.fields {
        let vty = field.value_ty();
        let message = format!(
            "member `{}`: the protocol of `{}` sends no input event streams (restJson1 does)",
            field.ident,
            quote!(#service)
        );
        casing_checks.push(quote_spanned! {vty.span()=>
            const _: () = if <#vty as #p::Shape>::EVENT_STREAM
                && !<<#service as #p::Service>::Protocol as #p::Protocol>::INPUT_EVENT_STREAMS
            {
                ::core::panic!(#message)
            };
        });
    }
    let doc = format!("The errors of `{}`: each one its model lists, or an unmodeled one.", name.value());
    let (paginator_schema, paginated) = match &o.paginator {
        Some(pg) => {
            let (items, item) = (&pg.items, &pg.item);
            let input_names: Vec<String> = pg.input_tokens.iter().map(ToString::to_string).collect();
            let output_names: Vec<String> = pg.output_tokens.iter().map(ToString::to_string).collect();
            let items_name = items.to_string();
            let more_results_name = match &pg.more_results {
                Some(f) => {
                    let f = f.to_string();
                    quote!(::core::option::Option::Some(#f))
                }
                None => quote!(::core::option::Option::None),
            };
            let page_size_name = match &pg.page_size {
                Some(f) => {
                    let f = f.to_string();
                    quote!(::core::option::Option::Some(#f))
                }
                None => quote!(::core::option::Option::None),
            };
            let set_page_size = match &pg.page_size {
                Some(f) => quote!(self.#f = ::core::option::Option::Some(__size);),
                None => quote!(let _ = __size;),
            };
            let schema = quote! {
                #p::paginator_schema(<Self as #p::Shape>::type_schema(), <#output as #p::Shape>::type_schema(), (&[#(#input_names),*], &[#(#output_names),*], #items_name, #page_size_name, #more_results_name))
            };
            // Each token is whatever its input member holds (`Option<T>`: `T`), a string, a map
            // (DynamoDB's `ExclusiveStartKey`) or a structure; the output's must match, which
            // `page_token` says on the paginator's `output_token` if it does not.
            let token_types: Vec<syn::Type> = pg
                .input_tokens
                .iter()
                .map(|token| {
                    shape
                        .fields
                        .iter()
                        .find(|f| f.ident == *token)
                        .and_then(|f| f.option_inner.clone())
                        .unwrap_or_else(|| syn::parse_quote!(::std::string::String))
                })
                .collect();
            let nexts: Vec<TokenStream> = pg
                .output_tokens
                .iter()
                .zip(&token_types)
                .map(|(output_token, token)| {
                    quote_spanned!(output_token.span()=> #p::page_token::<#token, _>(&__output.#output_token))
                })
                .collect();
            let input_tokens = &pg.input_tokens;
            // One token is the token; several are a tuple of each, the listing ending when none
            // is left.
            let (token, next, set_token) = if let ([input_token], [next], [token]) =
                (input_tokens.as_slice(), nexts.as_slice(), token_types.as_slice())
            {
                (quote!(#token), next.clone(), quote!(self.#input_token = __token;))
            } else {
                let index = (0..input_tokens.len()).map(syn::Index::from);
                let index2 = index.clone();
                (
                    quote!((#(::core::option::Option<#token_types>,)*)),
                    quote! {
                        let __tokens = (#(#nexts,)*);
                        if true #(&& __tokens.#index.is_none())* {
                            return ::core::option::Option::None;
                        }
                        ::core::option::Option::Some(__tokens)
                    },
                    quote! {
                        match __token {
                            ::core::option::Option::Some(__token) => { #(self.#input_tokens = __token.#index2;)* }
                            ::core::option::Option::None => { #(self.#input_tokens = ::core::option::Option::None;)* }
                        }
                    },
                )
            };
            let next = match &pg.more_results {
                Some(more) => quote! {
                    if !#p::more_results(&__output.#more) {
                        return ::core::option::Option::None;
                    }
                    #next
                },
                None => next,
            };
            let imp = quote! {
                #[automatically_derived]
                impl #p::Paginated for #ident {
                    type Item = #item;
                    type Token = #token;
                    fn set_token(&mut self, __token: ::core::option::Option<#token>) {
                        #set_token
                    }
                    fn set_page_size(&mut self, __size: ::core::primitive::i32) {
                        #set_page_size
                    }
                    fn next_token(__output: &#output) -> ::core::option::Option<#token> {
                        #next
                    }
                    fn into_items(__output: #output) -> ::std::vec::Vec<#item> {
                        #p::IntoItems::into_items(__output.#items)
                    }
                }
            };
            (schema, imp)
        }
        None => (quote!(::core::option::Option::None), quote!()),
    };
    let fluent = if o.fluent { fluent(vis, shape, o) } else { quote!() };
    let variant_docs = variants.iter().map(|v| format!("The service returned `{v}`."));
    quote! {
        #[automatically_derived]
        impl #p::Operation for #ident {
            type Service = #service;
            type Output = #output;
            type Error = #error;
            const NAME: &'static str = #name;
            #http
            #checksum
            #http_checksum
            #unsigned
            #no_input
            #compression
            #host_prefix
            #endpoint_params
            #token
            #after_output
            fn schema() -> &'static #p::OperationSchema {
                static __SCHEMA: ::std::sync::OnceLock<#p::OperationSchema> = ::std::sync::OnceLock::new();
                __SCHEMA.get_or_init(|| #p::OperationSchema {
                    name: #name,
                    input: <Self as #p::Shape>::type_schema,
                    output: <#output as #p::Shape>::type_schema,
                    errors: ::std::vec![#(<#paths as #p::Shape>::type_schema as fn() -> #p::TypeSchema),*],
                    paginator: #paginator_schema,
                })
            }
        }

        #paginated
        #fluent
        #(#casing_checks)*

        #[doc = #doc]
        #[derive(::core::fmt::Debug)]
        #[non_exhaustive]
        #vis enum #error {
            #(#[doc = #variant_docs] #variants(#paths),)*
            /// An error the operation does not model; it keeps the code, message, status and request id.
            Unmodeled(#p::UnmodeledError),
        }

        const _: () = {
            #[automatically_derived]
            impl ::core::fmt::Display for #error {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    match self {
                        #(Self::#variants(__e) => ::core::fmt::Display::fmt(__e, __f),)*
                        Self::Unmodeled(__e) => ::core::fmt::Display::fmt(__e, __f),
                    }
                }
            }

            #[automatically_derived]
            impl ::std::error::Error for #error {
                fn source(&self) -> ::core::option::Option<&(dyn ::std::error::Error + 'static)> {
                    match self {
                        #(Self::#variants(__e) => ::core::option::Option::Some(__e),)*
                        Self::Unmodeled(__e) => ::core::option::Option::Some(__e),
                    }
                }
            }

            #[automatically_derived]
            impl #p::OperationError for #error {
                fn from_wire<__P: #p::Protocol>(__meta: &#p::ErrorMeta, __response: &#p::HttpResponse) -> Self {
                    let __code = __meta.code.as_str();
                    #(
                        if __code == <#paths as #p::ErrorShape>::CODE
                            || <#paths as #p::ErrorShape>::QUERY_CODE == ::core::option::Option::Some(__code)
                        {
                            if let ::core::option::Option::Some(__e) = <__P as #p::Protocol>::read_error::<#paths>(__response) {
                                return Self::#variants(__e);
                            }
                        }
                    )*
                    Self::Unmodeled(#p::UnmodeledError { meta: ::core::clone::Clone::clone(__meta) })
                }
                fn to_response<__P: #p::ServerProtocol>(&self) -> #p::HttpResponse {
                    match self {
                        #(Self::#variants(__e) => <__P as #p::ServerProtocol>::write_error(__e),)*
                        Self::Unmodeled(__e) => __e.to_response::<__P>(),
                    }
                }
                fn retryable(&self) -> (::core::primitive::bool, ::core::primitive::bool) {
                    match self {
                        #(Self::#variants(_) => (<#paths as #p::ErrorShape>::RETRYABLE, <#paths as #p::ErrorShape>::THROTTLING),)*
                        Self::Unmodeled(_) => (false, false),
                    }
                }
                fn message_is_sensitive(__code: &str) -> ::core::primitive::bool {
                    #(
                        if __code == <#paths as #p::ErrorShape>::CODE
                            || <#paths as #p::ErrorShape>::QUERY_CODE == ::core::option::Option::Some(__code)
                        {
                            return <#paths as #p::ErrorShape>::SENSITIVE_MESSAGE;
                        }
                    )*
                    false
                }
            }
        };
    }
}

/// `ENDPOINT_PARAMS` and `context_param` of an operation that binds endpoint parameters, in
/// Smithy's order of precedence: static values, members, paths.
fn endpoint_params(shape: &Shape, o: &model::OperationOptions) -> TokenStream {
    let p = private();
    let members: Vec<&Field> = shape.fields.iter().filter(|f| f.context_param.is_some()).collect();
    if o.static_context_params.is_empty() && members.is_empty() && o.operation_context_params.is_empty() {
        return quote!();
    }
    let mut params = Vec::new();
    for param in &o.static_context_params {
        let name = param.name.to_string();
        let value = match &param.value {
            model::StaticValue::Bool(b) => quote!(#p::StaticValue::Bool(#b)),
            model::StaticValue::Str(s) => quote!(#p::StaticValue::String(#s)),
        };
        params.push(quote!(#p::EndpointParam { name: #name, source: #p::ParamSource::Static(#value) }));
    }
    for f in &members {
        let (name, wire) = (f.context_param.as_ref().map(LitStr::value), &f.wire_name);
        params.push(quote!(#p::EndpointParam { name: #name, source: #p::ParamSource::Member(#wire) }));
    }
    for param in &o.operation_context_params {
        let (name, text, expr) = (param.name.to_string(), &param.text, path_tokens(&param.path));
        params.push(quote! {
            #p::EndpointParam { name: #name, source: #p::ParamSource::Path(&#p::ContextPath { text: #text, expr: #expr }) }
        });
    }
    let arms = members.iter().map(|f| {
        let (n, ty, wire) = (&f.ident, &f.ty, &f.wire_name);
        // On the member's type: a type no parameter holds is an error there.
        let value = quote_spanned!(ty.span()=> <#ty as #p::ContextParamValue>::endpoint_value(&self.#n));
        quote!(#wire => #value,)
    });
    let context_param = if members.is_empty() {
        quote!()
    } else {
        quote! {
            fn context_param(&self, __name: &str) -> ::core::option::Option<#p::EndpointValue> {
                match __name {
                    #(#arms)*
                    _ => ::core::option::Option::None,
                }
            }
        }
    };
    quote! {
        const ENDPOINT_PARAMS: &'static [#p::EndpointParam] = &[#(#params),*];
        #context_param
    }
}

/// A parsed path as the runtime's `PathExpr`, a constant.
fn path_tokens(expr: &crate::path::Expr) -> TokenStream {
    use crate::path::Expr;
    let p = private();
    match expr {
        Expr::Current => quote!(#p::PathExpr::Current),
        Expr::Field(name) => quote!(#p::PathExpr::Field(#name)),
        Expr::Sub(a, b) | Expr::Project(a, b) => {
            let (a, b) = (path_tokens(a), path_tokens(b));
            if matches!(expr, Expr::Sub(..)) {
                quote!(#p::PathExpr::Sub(&#a, &#b))
            } else {
                quote!(#p::PathExpr::Project(&#a, &#b))
            }
        }
        Expr::Flatten(inner) => {
            let inner = path_tokens(inner);
            quote!(#p::PathExpr::Flatten(&#inner))
        }
        Expr::Keys(inner) => {
            let inner = path_tokens(inner);
            quote!(#p::PathExpr::Keys(&#inner))
        }
        Expr::MultiSelect(list) => {
            let list = list.iter().map(path_tokens);
            quote!(#p::PathExpr::MultiSelect(&[#(#list),*]))
        }
    }
}

/// `client.<operation>()` and the builder it returns, with `send()` (and `into_paginator()`).
fn fluent(vis: &syn::Visibility, shape: &Shape, o: &model::OperationOptions) -> TokenStream {
    let p = private();
    let ident = &shape.ident;
    let service = &o.service;
    let builder = format_ident!("{}Builder", ident);
    let fluent = format_ident!("{}Fluent", ident);
    let method = format_ident!("{}", RenameAll::ScreamingSnake.apply(&ident.to_string()).to_lowercase());
    let error = format_ident!("{}Error", ident);
    let output = &o.output;
    // The fluent builder's setters hand over to the builder's.
    let setters = shape.fields.iter().map(|f| {
        let name = &f.ident;
        setter_pair(f, |set| {
            (quote!(self.builder = self.builder.#name(value);), quote!(self.builder = self.builder.#set(value);))
        })
    });
    let paginator = o.paginator.as_ref().map(|_| {
        quote! {
            /// The pages of this call, as a stream; a missing required member is the first item.
            pub fn into_paginator(self) -> #p::Paginator<#service, #ident> {
                #p::Paginator::new(self.client, self.builder.build())
            }
        }
    });
    let doc = format!("Builds and sends `{}`: set members, then `send().await`.", o.name.value());
    let method_doc = format!("Starts a `{}` call: set its members, then `send().await`.", o.name.value());
    quote! {
        #[doc = #doc]
        #[must_use]
        #vis struct #fluent {
            client: #p::Client<#service>,
            builder: #builder,
        }

        #[automatically_derived]
        impl #fluent {
            #(#setters)*

            /// Sends the call; a missing required member fails it before anything is sent.
            pub async fn send(self) -> ::core::result::Result<#p::Response<#output>, #p::Error<#error>> {
                let __input = self.builder.build().map_err(#p::Error::InvalidInput)?;
                self.client.send(__input).await
            }

            /// This call with options of its own: `.customize().interceptor(...).send().await`.
            pub fn customize(self) -> #p::Customized<Self> {
                #p::Customized::new(self)
            }

            #paginator
        }

        #[automatically_derived]
        impl #p::Customizable for #fluent {
            type Output = ::core::result::Result<#p::Response<#output>, #p::Error<#error>>;

            async fn send_with(self, options: #p::CallOptions) -> Self::Output {
                let __input = self.builder.build().map_err(#p::Error::InvalidInput)?;
                self.client.send_with(__input, &options).await
            }
        }

        #[automatically_derived]
        impl #service {
            #[doc = #method_doc]
            pub fn #method(&self) -> #fluent {
                #fluent { client: ::core::clone::Clone::clone(self.client()), builder: #ident::builder() }
            }
        }
    }
}

fn known(shape: &Shape) -> impl Iterator<Item = &Variant> {
    shape.variants.iter().filter(|v| !v.is_unknown)
}

fn union(mut e: syn::ItemEnum, shape: &Shape) -> TokenStream {
    let p = private();
    for (variant, model) in e.variants.iter_mut().zip(&shape.variants) {
        let wire = &model.wire;
        if model.is_unknown {
            // Stored as the service sent it, `{"name": value}`, and read back when no known
            // member matches.
            variant.attrs.push(syn::parse_quote!(#[serde(untagged)]));
        } else {
            variant.attrs.push(syn::parse_quote!(#[serde(rename = #wire)]));
        }
    }
    let ident = &shape.ident;
    let serde = serde_derives();
    let names: Vec<&Ident> = known(shape).map(|v| &v.ident).collect();
    let tys: Vec<&syn::Type> = known(shape).filter_map(|v| v.ty.as_ref()).collect();
    let indices: Vec<usize> = (0..names.len()).collect();
    let casing = casing_tokens(shape.rename);
    let schema = schema_statics(shape);
    let type_schema = type_schema_fn();
    let read = sensitive_read(
        shape,
        quote! {
            let mut __out = ::core::option::Option::None;
            let __ok = #p::ShapeDeserializer::read_union(__d, __m, &__SCHEMA, |__d, __field| {
                __out = match __field {
                    #(#p::Field::Known(#indices) => #p::ShapeDeserializer::read_member::<#tys>(__d, &__MEMBERS[#indices]).map(Self::#names),)*
                    #p::Field::Known(_) => ::core::option::Option::None,
                    #p::Field::Unknown(__name) => #p::ShapeDeserializer::read_unknown_member(__d, __name).map(Self::Unknown),
                };
            });
            if __ok { __out } else { ::core::option::Option::None }
        },
    );
    // Each known member as a structure's is checked: its constraints, then its own shape's
    // rules, inside `sensitive` when it is marked so.
    let member_checks = known(shape).filter_map(|v| {
        let (name, wire, ty) = (&v.ident, &v.wire, v.ty.as_ref()?);
        let checks = constraint_checks(&v.constraints, ty.span());
        let body = quote!({ #checks #p::Shape::validate(__x, __v); });
        let body = if v.sensitive { quote!(__v.sensitive(|__v| #body)) } else { body };
        Some(quote!(Self::#name(__x) => __v.member(#wire, |__v| #body),))
    });
    let validate = sensitive_validate(
        shape,
        quote! {
            match self {
                #(#member_checks)*
                Self::Unknown(__x) => #p::report_unknown_union_member(__v, &__x.name),
            }
        },
    );
    let debug = if union_writes_debug(shape) { union_debug(shape) } else { quote!() };
    quote! {
        #serde
        #e
        const _: () = {
            #schema
            #[automatically_derived]
            impl #p::Shape for #ident {
                const CASING: #p::Casing = #casing;
                fn serialize<__S: #p::ShapeSerializer>(&self, __m: &#p::MemberSchema, __s: &mut __S) {
                    #p::ShapeSerializer::write_struct(__s, __m, &__SCHEMA, |__s| match self {
                        #(Self::#names(__x) => #p::ShapeSerializer::write_member(__s, &__MEMBERS[#indices], __x),)*
                        Self::Unknown(__x) => #p::ShapeSerializer::write_unknown_member(__s, &__x.name, &__x.value),
                    });
                }
                #[allow(clippy::redundant_closure_call)]
                fn deserialize<__D: #p::ShapeDeserializer>(__m: &#p::MemberSchema, __d: &mut __D) -> ::core::option::Option<Self> {
                    #read
                }
                fn zero() -> Self {
                    Self::Unknown(#p::UnknownMember { name: ::std::string::String::new(), value: #p::Value::Null })
                }
                fn validate(&self, __v: &mut #p::Validator) {
                    #validate
                }
                #type_schema
            }
            #debug
        };
    }
}

/// `Debug` of a union that redacts: the whole value of a sensitive one, the value of each
/// sensitive member of another.
fn union_debug(shape: &Shape) -> TokenStream {
    let p = private();
    let ident = &shape.ident;
    let name = ident.to_string();
    let body = if shape.sensitive {
        quote!(__f.debug_tuple(#name).field(&#p::Redacted).finish())
    } else {
        let arms = shape.variants.iter().map(|v| {
            let (variant, label) = (&v.ident, v.ident.to_string());
            if v.sensitive {
                quote!(Self::#variant(_) => __f.debug_tuple(#label).field(&#p::Redacted).finish(),)
            } else {
                quote!(Self::#variant(__x) => __f.debug_tuple(#label).field(__x).finish(),)
            }
        });
        quote!(match self { #(#arms)* })
    };
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Debug for #ident {
            fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #body
            }
        }
    }
}

fn enumeration(e: syn::ItemEnum, shape: &Shape) -> TokenStream {
    let p = private();
    let ident = &shape.ident;
    let names: Vec<&Ident> = known(shape).map(|v| &v.ident).collect();
    let wires: Vec<&String> = known(shape).map(|v| &v.wire).collect();
    let schema = schema_statics(shape);
    let type_schema = type_schema_fn();
    if shape.kind == Kind::IntEnum {
        let values: Vec<i32> = known(shape).map(|v| v.wire.parse().unwrap_or(0)).collect();
        let read = sensitive_read(
            shape,
            quote! {
                #p::ShapeDeserializer::read_integer(__d, __m, "integer", ::core::primitive::i64::from(::core::primitive::i32::MIN), ::core::primitive::i64::from(::core::primitive::i32::MAX))
                    .and_then(|__n| ::core::primitive::i32::try_from(__n).ok())
                    .map(Self::from)
            },
        );
        let validate = sensitive_validate(
            shape,
            quote! {
                if let Self::Unknown(__n) = self {
                    #p::report_unknown_int_enum(__v, *__n, &[#(#values),*]);
                }
            },
        );
        return quote! {
            #e
            const _: () = {
                #[automatically_derived]
                impl #ident {
                    /// The value on the wire.
                    pub fn value(&self) -> ::core::primitive::i32 {
                        match self { #(Self::#names => #values,)* Self::Unknown(__n) => *__n }
                    }
                }
                #[automatically_derived]
                impl #p::binding_check::HttpScalar for #ident {}
                #[automatically_derived]
                impl ::core::convert::From<::core::primitive::i32> for #ident {
                    fn from(__n: ::core::primitive::i32) -> Self {
                        match __n { #(#values => Self::#names,)* __other => Self::Unknown(__other) }
                    }
                }
                #schema
                #[automatically_derived]
                impl #p::Shape for #ident {
                    fn serialize<__S: #p::ShapeSerializer>(&self, __m: &#p::MemberSchema, __s: &mut __S) {
                        #p::ShapeSerializer::write_integer(__s, __m, ::core::primitive::i64::from(self.value()));
                    }
                    #[allow(clippy::redundant_closure_call)]
                    fn deserialize<__D: #p::ShapeDeserializer>(__m: &#p::MemberSchema, __d: &mut __D) -> ::core::option::Option<Self> {
                        #read
                    }
                    fn zero() -> Self {
                        Self::Unknown(0)
                    }
                    fn validate(&self, __v: &mut #p::Validator) {
                        #validate
                    }
                    #type_schema
                }
                #[automatically_derived]
                impl #p::serde::Serialize for #ident {
                    fn serialize<__S: #p::serde::Serializer>(&self, __s: __S) -> ::core::result::Result<__S::Ok, __S::Error> {
                        __s.serialize_i32(self.value())
                    }
                }
                #[automatically_derived]
                impl<'de> #p::serde::Deserialize<'de> for #ident {
                    fn deserialize<__D: #p::serde::Deserializer<'de>>(__d: __D) -> ::core::result::Result<Self, __D::Error> {
                        <::core::primitive::i32 as #p::serde::Deserialize>::deserialize(__d).map(Self::from)
                    }
                }
            };
        };
    }
    let read = sensitive_read(
        shape,
        quote! {
            #p::ShapeDeserializer::read_string(__d, __m, "string enum").map(|__s| Self::from(__s.as_str()))
        },
    );
    let validate = sensitive_validate(
        shape,
        quote! {
            if let Self::Unknown(__s) = self {
                __v.report(#p::Rule::Enum { actual: ::core::clone::Clone::clone(__s), allowed: #p::enum_values(Self::VALUES) });
            }
        },
    );
    quote! {
        #e
        const _: () = {
            #[automatically_derived]
            impl #ident {
                /// The values this client knows, as on the wire.
                pub const VALUES: &'static [&'static str] = &[#(#wires),*];

                /// The value on the wire.
                pub fn as_str(&self) -> &str {
                    match self { #(Self::#names => #wires,)* Self::Unknown(__s) => __s.as_str() }
                }
            }
            #[automatically_derived]
            impl #p::binding_check::HttpScalar for #ident {}
            #[automatically_derived]
            impl ::core::convert::From<&str> for #ident {
                fn from(__s: &str) -> Self {
                    match __s { #(#wires => Self::#names,)* __other => Self::Unknown(::std::string::String::from(__other)) }
                }
            }
            #[automatically_derived]
            impl ::core::str::FromStr for #ident {
                type Err = ::core::convert::Infallible;
                fn from_str(__s: &str) -> ::core::result::Result<Self, Self::Err> {
                    ::core::result::Result::Ok(Self::from(__s))
                }
            }
            #[automatically_derived]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, __f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    __f.write_str(self.as_str())
                }
            }
            #schema
            #[automatically_derived]
            impl #p::Shape for #ident {
                fn serialize<__S: #p::ShapeSerializer>(&self, __m: &#p::MemberSchema, __s: &mut __S) {
                    #p::ShapeSerializer::write_string(__s, __m, self.as_str());
                }
                #[allow(clippy::redundant_closure_call)]
                fn deserialize<__D: #p::ShapeDeserializer>(__m: &#p::MemberSchema, __d: &mut __D) -> ::core::option::Option<Self> {
                    #read
                }
                fn zero() -> Self {
                    Self::Unknown(::std::string::String::new())
                }
                fn validate(&self, __v: &mut #p::Validator) {
                    #validate
                }
                #type_schema
            }
            #[automatically_derived]
            impl #p::serde::Serialize for #ident {
                fn serialize<__S: #p::serde::Serializer>(&self, __s: __S) -> ::core::result::Result<__S::Ok, __S::Error> {
                    __s.serialize_str(self.as_str())
                }
            }
            #[automatically_derived]
            impl<'de> #p::serde::Deserialize<'de> for #ident {
                fn deserialize<__D: #p::serde::Deserializer<'de>>(__d: __D) -> ::core::result::Result<Self, __D::Error> {
                    <::std::string::String as #p::serde::Deserialize>::deserialize(__d).map(|__s| Self::from(__s.as_str()))
                }
            }
        };
    }
}

/// `#[aws_service(...)]` on a unit struct.
pub fn service(args: TokenStream, item: TokenStream) -> TokenStream {
    let item: syn::ItemStruct = match syn::parse2(item) {
        Ok(item) => item,
        Err(e) => return e.to_compile_error(),
    };
    let cx = Ctxt::new();
    let metas = parse::parse_args(args).unwrap_or_else(|e| {
        cx.push(e);
        Vec::new()
    });
    let service = crate::model::service_args(&cx, &metas, &item);
    match (cx.check(), service) {
        (Ok(()), Some(service)) => service_expand(&item, &service),
        (Err(e), _) => {
            let error = e.to_compile_error();
            quote!(#item #error)
        }
        (Ok(()), None) => quote!(#item),
    }
}

/// The rule set file of `aws_service(endpoint_rules = ...)`, its whitespace outside strings
/// removed; `None` if it cannot be read.
fn minified_rules(rules: &str) -> Option<String> {
    let dir = std::env::var_os("CARGO_MANIFEST_DIR")?;
    let text = std::fs::read_to_string(std::path::Path::new(&dir).join(rules)).ok()?;
    Some(minify_json(&text))
}

/// JSON without the whitespace between its tokens.
fn minify_json(text: &str) -> String {
    let mut out = String::with_capacity(text.len() / 3);
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            (in_string, escaped) = (escaped || c != '"', !escaped && c == '\\');
        } else if c == '"' {
            in_string = true;
        } else if matches!(c, ' ' | '\t' | '\n' | '\r') {
            continue;
        }
        out.push(c);
    }
    out
}

fn service_expand(item: &syn::ItemStruct, s: &model::ServiceOptions) -> TokenStream {
    let p = private();
    let (attrs, vis, ident) = (&item.attrs, &item.vis, &item.ident);
    let (id, target, signing_name, version, rules) =
        (&s.id, &s.target_prefix, &s.signing_name, &s.api_version, &s.endpoint_rules);
    let protocol = format_ident!("{}", s.protocol);
    // The XML protocols are a cargo feature: without it, one error that names the feature.
    let feature_check = match s.protocol {
        "AwsQuery" => quote!(::aws_operation::__require_xml!("awsQuery");),
        "Ec2Query" => quote!(::aws_operation::__require_xml!("ec2Query");),
        "RestXml" => quote!(::aws_operation::__require_xml!("restXml");),
        _ => TokenStream::new(),
    };
    let prefix = s.endpoint_prefix.clone().unwrap_or_else(|| s.signing_name.clone());
    let endpoint_rules = match rules {
        Some(rules) => {
            let path = quote!(::core::concat!(::core::env!("CARGO_MANIFEST_DIR"), "/", #rules));
            // The rules compiled in without the indentation of their file, a quarter of its
            // size (S3's 529 KB are 119 KB); `include_str!` keeps the file a dependency of the
            // build, and reports it when it cannot be read.
            let json = match minified_rules(rules) {
                Some(text) => quote!({
                    const _: &str = ::core::include_str!(#path);
                    #text
                }),
                None => quote!(::core::include_str!(#path)),
            };
            quote! {
                fn endpoint_rules() -> ::core::option::Option<&'static #p::LazyRules> {
                    static __RULES: #p::LazyRules = #p::LazyRules::new(#json);
                    ::core::option::Option::Some(&__RULES)
                }
            }
        }
        None => quote! {
            fn endpoint_rules() -> ::core::option::Option<&'static #p::LazyRules> {
                ::core::option::Option::None
            }
        },
    };
    let query_compatible = s.query_compatible;
    let signing = if s.sigv4.is_empty() {
        TokenStream::new()
    } else {
        let fields = s.sigv4.iter().map(|(name, value)| {
            let name = format_ident!("{name}");
            quote!(#name: #value)
        });
        quote! {
            const SIGNING: #p::SigningSettings = #p::SigningSettings { #(#fields,)* ..#p::SigningSettings::DEFAULT };
        }
    };
    let endpoint_labels = if s.endpoint_labels.is_empty() {
        TokenStream::new()
    } else {
        let labels = &s.endpoint_labels;
        quote!(const ENDPOINT_LABELS: &'static [&'static str] = &[#(#labels),*];)
    };
    let member_casing = match s.member_casing {
        Some(rule) => casing_tokens(rule),
        None => quote!(#p::Casing::Any),
    };
    let operations_of = s.operations_of.as_ref().map(|api| {
        quote! {
            #[automatically_derived]
            impl #p::SendsOperationsOf<#api> for #ident {}
        }
    });
    quote! {
        #(#attrs)*
        #[derive(::core::clone::Clone, ::core::fmt::Debug)]
        #vis struct #ident {
            client: #p::Client<#ident>,
        }

        #[automatically_derived]
        impl #ident {
            /// A client of this service with `config`.
            pub fn new(config: &#p::Config) -> ::core::result::Result<Self, #p::ConfigError> {
                ::core::result::Result::Ok(Self { client: #p::Client::new(config)? })
            }

            /// Sends one operation of this service and waits for its output.
            pub async fn send<__O>(&self, input: __O) -> ::core::result::Result<#p::Response<__O::Output>, #p::Error<__O::Error>>
            where
                __O: #p::Operation,
                Self: #p::SendsOperationsOf<__O::Service>,
            {
                self.client.send(input).await
            }

            /// The pages of a list operation, as a stream.
            pub fn paginate<__O>(&self, input: __O) -> #p::Paginator<Self, __O>
            where
                __O: #p::Paginated,
                Self: #p::SendsOperationsOf<__O::Service>,
            {
                self.client.paginate(input)
            }

            /// The generic client underneath.
            pub fn client(&self) -> &#p::Client<Self> {
                &self.client
            }

            /// This client for code without an async runtime: each call blocks until its answer
            /// is in (see `aws_operation::blocking`); refused inside an async runtime.
            pub fn blocking(&self) -> ::core::result::Result<#p::BlockingClient<Self>, #p::BlockingError> {
                self.client.blocking()
            }
        }

        #feature_check

        #[automatically_derived]
        impl #p::Service for #ident {
            const SERVICE_ID: &'static str = #id;
            type Protocol = #p::#protocol;
            const TARGET_PREFIX: &'static str = #target;
            const SIGNING_NAME: &'static str = #signing_name;
            const API_VERSION: &'static str = #version;
            const QUERY_COMPATIBLE: bool = #query_compatible;
            const MEMBER_CASING: #p::Casing = #member_casing;
            const ENDPOINT_PREFIX: &'static str = #prefix;
            #signing
            #endpoint_labels
            #endpoint_rules
        }

        #operations_of
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_lose_their_whitespace_but_not_that_of_their_strings() {
        let text = "{\n  \"a b\" : [ \"x \\\" y\\\\\", 1 ],\r\n\t\"c\":\" \" }\n";
        assert_eq!(minify_json(text), "{\"a b\":[\"x \\\" y\\\\\",1],\"c\":\" \"}");
    }

    fn expand(args: TokenStream, item: TokenStream) -> String {
        shape(args, item).to_string()
    }

    #[test]
    fn expansion_is_deterministic_and_consumes_its_attributes() {
        let item = quote! {
            pub struct Tag {
                #[aws(length(min = 1), pattern = "^a$")]
                pub key: String,
                #[aws(sensitive)]
                pub value: Option<String>,
            }
        };
        let first = expand(quote!(), item.clone());
        assert_eq!(first, expand(quote!(), item));
        assert!(!first.contains("# [aws ("), "helper attributes must not reach rustc: {first}");
        assert!(first.contains("impl :: aws_operation :: __private :: Shape for Tag"));
        assert!(first.contains("pub struct TagBuilder"));
        assert!(first.contains("Redacted"), "the sensitive member is redacted in Debug");
    }

    #[test]
    fn unions_that_redact_get_their_debug_from_the_macro() {
        let variants = quote! { Text(String), Pin(i32), Unknown(::aws_operation::UnknownMember) };
        let sensitive = expand(quote!(union, sensitive), quote! { pub enum Source { #variants } });
        assert!(sensitive.contains("impl :: core :: fmt :: Debug for Source"), "{sensitive}");
        assert!(
            sensitive.contains("debug_tuple (\"Source\") . field (& :: aws_operation :: __private :: Redacted)"),
            "{sensitive}"
        );
        assert!(sensitive.contains("sensitive : true"), "{sensitive}");

        let member = expand(
            quote!(union),
            quote! { pub enum Source { Text(String), #[aws(sensitive, length(min = 1))] Pin(i32), Unknown(::aws_operation::UnknownMember) } },
        );
        assert!(
            member.contains(
                "Self :: Pin (_) => __f . debug_tuple (\"Pin\") . field (& :: aws_operation :: __private :: Redacted)"
            ),
            "{member}"
        );
        assert!(member.contains("Self :: Text (__x) => __f . debug_tuple (\"Text\") . field (__x)"), "{member}");
        assert!(member.contains("__v . sensitive"), "the sensitive member is validated as such: {member}");
        assert!(member.contains("__v . length (__x"), "{member}");

        // Other unions keep the `Debug` they derive.
        let plain = expand(quote!(union), quote! { #[derive(Debug)] pub enum Source { #variants } });
        assert!(!plain.contains("impl :: core :: fmt :: Debug"), "{plain}");
        assert!(!plain.contains("compile_error"), "{plain}");
        let derived =
            expand(quote!(union, sensitive), quote! { #[derive(Clone, Debug)] pub enum Source { #variants } });
        assert!(derived.contains("compile_error"), "{derived}");
        assert!(derived.contains("remove it from `derive`"), "{derived}");
    }

    #[test]
    fn on_error_the_item_is_still_emitted_next_to_every_error() {
        let out = expand(quote!(unoin), quote! { pub struct Tag { #[aws(lenght = 1)] pub key: String } });
        assert!(out.contains("pub struct Tag"), "{out}");
        assert_eq!(out.matches("compile_error").count(), 2, "{out}");
        assert!(!out.contains("impl :: aws_operation"), "no impls when the model is wrong: {out}");
    }

    #[test]
    fn operations_emit_the_trait_impl_and_an_error_enum() {
        let out = operation(
            quote!(service = Svc, operation = "DoIt", output = DoItOutput, errors = [a::Oops]),
            quote! { pub struct DoIt { #[aws(idempotency_token)] pub token: Option<String> } },
        )
        .to_string();
        assert!(out.contains("impl :: aws_operation :: __private :: Operation for DoIt"));
        assert!(out.contains("pub enum DoItError"));
        assert!(out.contains("Oops (a :: Oops)"));
        assert!(out.contains("fn idempotency_token"));
    }

    #[test]
    fn host_prefixes_and_compression_reach_the_operation() {
        let out = operation(
            quote!(
                service = Svc,
                operation = "DoIt",
                output = O,
                host_prefix = "foo.{label}.",
                request_compression = "gzip"
            ),
            quote! { pub struct DoIt { #[aws(host_label)] pub label: String } },
        )
        .to_string();
        assert!(out.contains("const HOST_PREFIX"), "{out}");
        assert!(out.contains("\"label\" => :: core :: option :: Option :: Some (self . label . as_str ())"), "{out}");
        assert!(out.contains("__v . host_label"), "{out}");
        assert!(out.contains("Encoding :: Gzip"), "{out}");
        let plain =
            operation(quote!(service = Svc, operation = "DoIt", output = O), quote! { pub struct DoIt {} }).to_string();
        assert!(!plain.contains("HOST_PREFIX") && !plain.contains("REQUEST_COMPRESSION"), "{plain}");
    }

    #[test]
    fn services_become_clients() {
        let out = service(
            quote!(
                id = "My Svc",
                protocol = "awsJson1_1",
                target_prefix = "My",
                signing_name = "my",
                api_version = "1",
                endpoint_rules = "rules.json"
            ),
            quote! { pub struct MySvc; },
        )
        .to_string();
        assert!(out.contains("client : :: aws_operation :: __private :: Client < MySvc >"), "{out}");
        assert!(out.contains("type Protocol = :: aws_operation :: __private :: AwsJson1_1"), "{out}");
        let bad = service(quote!(protocol = "soap"), quote! { pub struct MySvc { x: u8 } }).to_string();
        assert!(bad.contains("unknown protocol `soap`"), "{bad}");
        assert!(bad.contains("applies to a unit struct"), "{bad}");
        assert!(bad.contains("needs `id`, `target_prefix`, `signing_name`, `api_version`"), "{bad}");
    }
}
