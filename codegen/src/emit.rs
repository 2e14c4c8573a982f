//! Emitting: [`Model`] -> Rust tokens.
//!
//! Doc text reaches the output only as string literals (`#[doc = "..."]`, wire names) built by
//! `quote`; identifiers come from [`crate::names`], which validated them. Every path into the
//! runtime goes through `krate` (`$crate` inside the macro, `::docmodel` in `docmodel show`), so
//! the output compiles in a crate whose only dependency is `docmodel`.

use crate::diag::{Diagnostic, Diagnostics, Place};
use crate::examples::ExampleTest;
use crate::model::{Enum, EnumId, Field, Model, Poly, Struct, Type};
use crate::options::Options;
use crate::requests::RequestTest;
use crate::types::Prim;
use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::quote;

mod operation;

// Performance: `quote!` copies every token of a `TokenStream` it interpolates (`#items`), so the
// items are joined by `TokenStream::extend`, which moves them, and bodies are wrapped in a
// `Group` (whose copy is shared).

/// The tokens of a whole model. Enums that no field uses (all uses overridden by the `types`
/// option) are left out. An id of the model that points nowhere is a bug, reported to `diags`.
pub fn model(model: &Model, options: &Options, diags: &mut Diagnostics) -> TokenStream {
    let mut tokens = TokenStream::new();
    for (_, s) in model.structs() {
        tokens.extend(structure(s, model, options, diags));
    }
    for (_, p) in model.polys() {
        let base = model.structure(p.base);
        let derived: Option<Vec<&Struct>> =
            p.derived.iter().map(|id| model.structure(*id)).collect();
        match (base, derived) {
            (Some(base), Some(derived)) => tokens.extend(polymorphic(p, base, &derived, options)),
            _ => diags.push(Diagnostic::bug(
                p.place.clone(),
                "a struct id points nowhere",
            )),
        }
    }
    let used = used_enums(model);
    for (_, e) in model.enums().filter(|(id, _)| used.contains(id)) {
        tokens.extend(enumeration(e, options));
    }
    for op in model.operations() {
        tokens.extend(operation::operation(op, model, options, diags));
    }
    tokens
}

/// `tokens` in braces, as one token tree.
fn braced(tokens: TokenStream) -> Group {
    Group::new(Delimiter::Brace, tokens)
}

/// The enums that fields hold: the ones emitted.
pub(crate) fn used_enums(model: &Model) -> Vec<EnumId> {
    let mut used = Vec::new();
    let types = model.fields().map(|(_, f)| &f.ty);
    for ty in types.chain(model.operation_types()) {
        if let Type::Enum(id) = ty.element()
            && !used.contains(id)
        {
            used.push(*id);
        }
    }
    used
}

/// The `#[derive]` attribute: what every item of the kind has, and the extra derives it got.
fn derive_attr(base: TokenStream, extra: &[usize], options: &Options) -> TokenStream {
    let extra = extra
        .iter()
        .filter_map(|i| options.derives.get(*i))
        .map(|d| &d.path);
    quote! { #[derive(#base #(, #extra)*)] }
}

/// A struct, its inherent methods and its serde impls.
fn structure(s: &Struct, model: &Model, options: &Options, diags: &mut Diagnostics) -> TokenStream {
    let krate = &options.krate;
    let Struct {
        ident,
        extra,
        fields,
        ..
    } = s;
    // `Debug` comes with the glue (`object!`): the JSON members, from the serde code it has.
    let derive = derive_attr(quote!(Clone, PartialEq, Default), &s.derives, options);
    let doc = doc_attrs(&struct_doc(s));
    let mut body = TokenStream::new();
    for f in fields {
        match rust_type(&f.ty, model, options) {
            Ok(ty) => body.extend(field_def(f, ty)),
            Err(what) => {
                let place = f.place.as_ref().unwrap_or(&s.place).clone();
                diags.push(Diagnostic::bug(place, &format!("{what} points nowhere")));
            }
        }
    }
    // Every struct has this field and `odata_type`: their docs are kept short, as a doc set's
    // thousand copies of them are in every build and every page of its rustdoc.
    let extra_doc = " JSON members the doc does not describe, and explicit `null`s: kept, so that \
                     writing gives back what was read.";
    body.extend(quote! {
        #[doc = #extra_doc]
        pub #extra: #krate::Extra,
    });
    let body = braced(body);
    let mut tokens = quote! {
        #doc
        #derive
        pub struct #ident #body
    };
    tokens.extend(object_impl(s, krate));
    tokens
}

/// A field of a struct of type `ty`, with its doc.
fn field_def(f: &Field, ty: TokenStream) -> TokenStream {
    let mut tokens = doc_attrs(&field_doc(f));
    let name = &f.ident;
    tokens.extend(quote! { pub #name: ::core::option::Option<#ty>, });
    tokens
}

/// The serde glue of a struct: one invocation of `docmodel::__private::object!` with its
/// fields by index.
fn object_impl(s: &Struct, krate: &TokenStream) -> TokenStream {
    let Struct {
        ident,
        extra,
        fields,
        doc_name,
        ..
    } = s;
    let entries = fields.iter().enumerate().map(|(index, f)| {
        let (index, field, wire) = (Literal::usize_unsuffixed(index), &f.ident, &f.wire);
        // A `Double`/`Single` keeps whether JSON wrote it as an integer (`5`, not `5.0`).
        match f.ty {
            Type::Prim(Prim::Double | Prim::Single) => quote!(#index #field #wire float),
            _ => quote!(#index #field #wire value),
        }
    });
    quote! {
        #krate::__private::object! { #ident, #doc_name, #extra, [#(#entries),*] }
    }
}

/// The enum of a base type and its derived types, and its serde impls (which pick the variant by
/// `@odata.type`).
fn polymorphic(p: &Poly, base: &Struct, derived: &[&Struct], options: &Options) -> TokenStream {
    let krate = &options.krate;
    let derive = derive_attr(quote!(Debug, Clone, PartialEq), &base.derives, options);
    let ident = &p.ident;
    let base_ident = &base.ident;
    let doc = doc_attrs(&format!(
        "A {} or a type derived from it: the one its `@odata.type` names.\n\nAn object whose \
         `@odata.type` names no type listed here (or that has none) is a `{}`, which keeps the \
         members it does not describe.",
        code_span(&base.doc_name),
        base.ident
    ));
    let base_doc = doc_attrs(&format!(
        "{}, and any type derived from it that is not listed here.",
        code_span(&base.odata_name)
    ));
    let variant_docs = derived.iter().map(|s| doc_attrs(&code_span(&s.odata_name)));
    let names: Vec<_> = derived.iter().map(|s| &s.ident).collect();
    let wires = derived.iter().map(|s| s.odata_name.as_str());
    // The variants hold whole structs: some are much larger than others, and boxing them all
    // would cost an allocation per object. Their names are the types' (`MobileApp`,
    // `Win32LobApp`): a shared suffix is the doc's naming, not a lint to fix.
    quote! {
        #doc
        #derive
        #[allow(clippy::large_enum_variant, clippy::enum_variant_names)]
        pub enum #ident {
            #base_doc
            #base_ident(#base_ident),
            #(#variant_docs #names(#names),)*
        }

        #krate::__private::polymorphic! { #ident, #base_ident, [#(#names #wires),*] }
    }
}

/// A `#[test]` for each example: a response example is read into its type, written back, and
/// compared; a request example's operation builds its request, which must be the example's
/// ([`crate::requests`]). The JSON reaches the tokens only as a string literal.
pub fn example_tests(
    tests: &[ExampleTest],
    requests: &[RequestTest],
    model: &Model,
    options: &Options,
    diags: &mut Diagnostics,
) -> TokenStream {
    let krate = &options.krate;
    let tests = tests.iter().enumerate().filter_map(|(index, test)| {
        let Some(s) = model.structure(test.ty) else {
            let place = Place::new(&test.path, test.loc);
            diags.push(Diagnostic::bug(
                place,
                "the type of this example points nowhere",
            ));
            return None;
        };
        // A base type with derived types in the model is read as the enum of them all.
        let ty = match model.polys().find(|(_, p)| p.base == test.ty) {
            Some((_, p)) => &p.ident,
            None => &s.ident,
        };
        let name = quote::format_ident!("example_{}_line_{}", index, test.loc.line);
        let doc = format!(" The example at `{}` line {}.", test.path, test.loc.line);
        let place = format!("{}:{}", test.path, test.loc.line);
        let json = &test.json;
        let collection = test.collection;
        Some(quote! {
            #[doc = #doc]
            #[test]
            fn #name() {
                if let ::core::result::Result::Err(e) =
                    #krate::__private::round_trip_example::<super::#ty>(#json, #collection)
                {
                    ::core::panic!("{}: {}", #place, e);
                }
            }
        })
    });
    let mut tests: Vec<_> = tests.collect();
    tests.extend(
        requests.iter().enumerate().filter_map(|(index, test)| {
            operation::request_test(index, test, model, options, diags)
        }),
    );
    if tests.is_empty() {
        return TokenStream::new();
    }
    quote! {
        /// The doc's examples: each response read into its type and written back unchanged,
        /// each request built by its operation.
        #[cfg(test)]
        mod docmodel_examples {
            #(#tests)*
        }
    }
}

/// An enum, its inherent methods, `Display`, `FromStr` and serde impls.
fn enumeration(e: &Enum, options: &Options) -> TokenStream {
    let krate = &options.krate;
    let derive = derive_attr(
        quote!(Debug, Clone, PartialEq, Eq, Hash),
        &e.derives,
        options,
    );
    let Enum {
        ident,
        variants,
        catch_all,
        values_const,
        doc_name,
        ..
    } = e;
    let doc = doc_attrs(&enum_doc(e));
    let names: Vec<_> = variants.iter().map(|v| &v.ident).collect();
    let wires: Vec<&str> = variants.iter().map(|v| v.wire.as_str()).collect();
    let mut body: TokenStream = variants
        .iter()
        .map(|v| {
            let mut tokens = doc_attrs(&code_span(&v.wire));
            let name = &v.ident;
            tokens.extend(quote!(#name,));
            tokens
        })
        .collect();
    let catch_all_doc = " A value the doc does not list, kept as read so that it is written back \
                         unchanged.";
    body.extend(quote! {
        #[doc = #catch_all_doc]
        #catch_all(#krate::Unrecognized),
    });
    let body = braced(body);
    // Variants are the doc's values: `URL` or `VALUES` is what the doc says, not an acronym to fix.
    quote! {
        #doc
        #derive
        #[allow(clippy::upper_case_acronyms)]
        pub enum #ident #body

        #krate::__private::enumeration! { #ident, #doc_name, #catch_all, #values_const, [#(#names #wires),*] }
    }
}

/// The Rust type of a field's value (without the `Option`); what points nowhere, if anything
/// does.
fn rust_type(ty: &Type, model: &Model, options: &Options) -> Result<TokenStream, &'static str> {
    let krate = &options.krate;
    Ok(match ty {
        Type::Prim(prim) => prim_type(*prim, krate),
        Type::Override(index) => options
            .types
            .get(*index)
            .ok_or("a type override")?
            .rust
            .clone(),
        Type::Enum(id) => {
            let e = model.enumeration(*id).ok_or("an enum id")?;
            let ident = &e.ident;
            if e.flags {
                quote!(#krate::Flags<#ident>)
            } else {
                quote!(#ident)
            }
        }
        Type::Struct(id) => {
            let ident = &model.structure(*id).ok_or("a struct id")?.ident;
            quote!(#ident)
        }
        Type::Poly(id) => {
            let ident = &model.poly(*id).ok_or("a polymorphic id")?.ident;
            quote!(#ident)
        }
        Type::Boxed(inner) => {
            let inner = rust_type(inner, model, options)?;
            quote!(::std::boxed::Box<#inner>)
        }
        Type::Vec(inner) => {
            let inner = rust_type(inner, model, options)?;
            quote!(::std::vec::Vec<#inner>)
        }
    })
}

fn prim_type(prim: Prim, krate: &TokenStream) -> TokenStream {
    match prim {
        Prim::String => quote!(::std::string::String),
        Prim::Boolean => quote!(bool),
        Prim::Byte => quote!(u8),
        Prim::SByte => quote!(i8),
        Prim::Int16 => quote!(i16),
        Prim::Int32 => quote!(i32),
        Prim::Int64 => quote!(i64),
        Prim::Single => quote!(f32),
        Prim::Double => quote!(f64),
        Prim::DateTimeOffset => quote!(#krate::types::DateTimeOffset),
        Prim::Date => quote!(#krate::types::Date),
        Prim::TimeOfDay => quote!(#krate::types::TimeOfDay),
        Prim::Duration => quote!(#krate::types::Duration),
        Prim::Guid => quote!(#krate::types::Guid),
        Prim::Binary => quote!(#krate::types::Binary),
        Prim::Decimal => quote!(#krate::types::Decimal),
        Prim::Stream => quote!(::std::string::String),
        Prim::Json => quote!(#krate::Value),
    }
}

/// One `#[doc]` attribute per line, so that formatted output shows `///` comments.
/// Control characters and bidirectional-text controls are shown escaped (`\u{202e}`): in rustdoc
/// they would be invisible or reorder the text around them, and in `docmodel show`'s `///`
/// comments rustc rejects bidi controls (`text_direction_codepoint_in_comment`).
fn doc_attrs(text: &str) -> TokenStream {
    let mut tokens = TokenStream::new();
    let mut line_text = String::new();
    for line in text.lines() {
        line_text.clear();
        if !line.is_empty() {
            line_text.push(' ');
            push_visible(&mut line_text, line);
        }
        tokens.extend(doc_attr(Literal::string(&line_text)));
    }
    tokens
}

/// `#[doc = text]`: what `quote!(#[doc = #text])` makes, without copying `text`.
fn doc_attr(text: Literal) -> [TokenTree; 2] {
    let attr: TokenStream = [
        TokenTree::Ident(Ident::new("doc", Span::call_site())),
        TokenTree::Punct(Punct::new('=', Spacing::Alone)),
        TokenTree::Literal(text),
    ]
    .into_iter()
    .collect();
    [
        TokenTree::Punct(Punct::new('#', Spacing::Alone)),
        TokenTree::Group(Group::new(Delimiter::Bracket, attr)),
    ]
}

/// `text` with control and bidi characters written as `\u{...}` escapes.
#[cfg(test)]
fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_visible(&mut out, text);
    out
}

/// Appends `text` to `out`, with control and bidi characters written as `\u{...}` escapes.
fn push_visible(out: &mut String, text: &str) {
    // Printable ASCII, the common case, has none of them.
    if text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        out.push_str(text);
        return;
    }
    let hidden = |c: char| {
        c.is_control()
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    for c in text.chars() {
        if hidden(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
}

fn struct_doc(s: &Struct) -> String {
    let mut doc = format!("The {} type.\n", code_span(&s.doc_name));
    if !s.description.is_empty() {
        doc.push_str(&format!("\n{}\n", escape_markdown(&s.description)));
    }
    doc.push_str(&format!("\nGenerated from {}.", place(&s.place)));
    doc
}

fn field_doc(f: &Field) -> String {
    let mut doc = String::new();
    if !f.description.is_empty() {
        doc.push_str(&format!("{}\n\n", escape_markdown(&f.description)));
    }
    doc.push_str(&format!("JSON member {}", code_span(&f.wire)));
    match &f.place {
        Some(o) => doc.push_str(&format!(", from {}.", place(o))),
        None => doc.push_str(": the object's type on the wire."),
    }
    doc
}

fn enum_doc(e: &Enum) -> String {
    let mut doc = String::new();
    if !e.description.is_empty() {
        doc.push_str(&escape_markdown(&e.description));
        doc.push_str("\n\n");
    }
    doc.push_str(&format!(
        "The values of {}, listed at {}.\n\nA value that is not listed deserializes into \
         `{}` and is written back unchanged.",
        code_span(&e.doc_name),
        place(&e.place),
        e.catch_all
    ));
    if e.flags {
        doc.push_str(
            "\n\nThese are flags: a field holds several, joined by commas, as \
             `Flags<Self>`.",
        );
    }
    doc
}

fn place(o: &Place) -> String {
    format!("{}, line {}", code_span(&o.path), o.loc.line)
}

/// `text` as a Markdown code span, fenced with more backticks than it contains in a row.
pub fn code_span(text: &str) -> String {
    if !text.contains('`') {
        return format!("`{text}`");
    }
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if longest > 0 { " " } else { "" };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// Escapes what rustdoc would read as Markdown or HTML, so doc text renders as the plain text it
/// is (and cannot trip rustdoc's link and HTML lints).
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Variant;
    use crate::names::{self, Name};

    /// The name of a type or value.
    fn ident(name: &str) -> Name {
        names::type_name(name).unwrap()
    }

    fn place() -> Place {
        Place {
            path: "docs/x.md".into(),
            loc: crate::Loc { line: 7, col: 3 },
        }
    }

    fn mode() -> Enum {
        let variant = |wire: &str, name: &str| Variant {
            wire: wire.into(),
            ident: ident(name),
        };
        Enum {
            doc_name: "mode".into(),
            odata_name: "microsoft.graph.mode".into(),
            ident: ident("Mode"),
            place: place(),
            description: String::new(),
            variants: vec![variant("on", "On"), variant("wi-fi", "WiFi")],
            flags: false,
            catch_all: ident("Unrecognized"),
            values_const: ident("VALUES"),
            derives: vec![0],
        }
    }

    fn options(krate: TokenStream) -> Options {
        let derive = crate::Derive {
            name: "Ord".into(),
            path: quote!(Ord),
        };
        let rust = quote!(my::When);
        let types = vec![crate::TypeOverride {
            key: "DateTimeOffset".into(),
            rust,
        }];
        Options {
            krate,
            derives: vec![derive],
            types,
            ..Options::default()
        }
    }

    #[test]
    fn field_types_go_through_the_crate_path() {
        let mut model = Model::default();
        let mode = model.add_enum(mode());
        let options = options(quote!($crate));
        let ty = Type::Vec(Box::new(Type::Enum(mode)));
        let rust = |ty: &Type| rust_type(ty, &model, &options).unwrap().to_string();
        assert_eq!(rust(&ty), quote!(::std::vec::Vec<Mode>).to_string());
        let time = rust(&Type::Prim(Prim::DateTimeOffset));
        assert_eq!(time, quote!($crate::types::DateTimeOffset).to_string());
        assert_eq!(rust(&Type::Prim(Prim::Int32)), "i32");
        assert_eq!(
            rust(&Type::Vec(Box::new(Type::Override(0)))),
            quote!(::std::vec::Vec<my::When>).to_string()
        );
    }

    #[test]
    fn an_id_that_points_nowhere_is_a_bug_not_a_fallback() {
        let mut other = Model::default();
        let mode = other.add_enum(mode());
        let mut model = Model::default();
        let field = Field {
            wire: "mode".into(),
            ident: names::field_name("mode").unwrap(),
            ty: Type::Enum(mode),
            description: String::new(),
            place: Some(place()),
        };
        model.add_struct(Struct {
            doc_name: "thing".into(),
            ident: ident("Thing"),
            description: String::new(),
            place: place(),
            fields: vec![field],
            extra: Name::generated("extra"),
            derives: vec![],
            odata_name: "microsoft.graph.thing".into(),
            base: None,
            open: false,
        });
        let mut diags = Diagnostics::new();
        super::model(&model, &options(quote!(::docmodel)), &mut diags);
        let found: Vec<_> = diags.into_vec().iter().map(ToString::to_string).collect();
        assert_eq!(
            found,
            [
                "docs/x.md:7:3: a bug in docmodel: an enum id points nowhere; please report it, \
                 with the docs that cause it"
            ]
        );
    }

    #[test]
    fn enums_pair_variants_with_wire_strings() {
        let tokens = enumeration(&mode(), &options(quote!(::docmodel))).to_string();
        let derive = quote!(#[derive(Debug, Clone, PartialEq, Eq, Hash, Ord)]);
        assert!(tokens.contains(&derive.to_string()), "{tokens}");
        let glue = quote! {
            ::docmodel::__private::enumeration! { Mode, "mode", Unrecognized, VALUES, [On "on", WiFi "wi-fi"] }
        };
        assert!(tokens.ends_with(&glue.to_string()), "{tokens}");
        assert!(tokens.contains(&quote!(Unrecognized(::docmodel::Unrecognized),).to_string()));
    }

    #[test]
    fn structs_list_their_fields_by_index_for_the_glue() {
        let field = |wire: &str, name: &str| Field {
            wire: wire.into(),
            ident: {
                let ident = names::field_name(wire).unwrap();
                assert_eq!(ident, name);
                ident
            },
            ty: Type::Prim(Prim::String),
            description: String::new(),
            place: None,
        };
        let s = Struct {
            doc_name: "thing".into(),
            ident: ident("Thing"),
            description: String::new(),
            place: place(),
            fields: vec![field("@odata.type", "odata_type"), field("type", "r#type")],
            extra: Name::generated("extra"),
            derives: vec![],
            odata_name: "microsoft.graph.thing".into(),
            base: None,
            open: false,
        };
        let glue = object_impl(&s, &quote!($crate)).to_string();
        let expected = quote! {
            $crate::__private::object! { Thing, "thing", extra, [0 odata_type "@odata.type" value, 1 r#type "type" value] }
        };
        assert_eq!(glue, expected.to_string());
    }

    #[test]
    fn doc_text_is_one_attribute_per_line() {
        let tokens = doc_attrs("first\n\nthird");
        assert_eq!(
            tokens.to_string(),
            quote!(#[doc = " first"] #[doc = ""] #[doc = " third"]).to_string()
        );
    }

    #[test]
    fn doc_text_reaches_rustdoc_as_plain_text() {
        assert_eq!(
            escape_markdown("a [link] <b> *c* `d` \\"),
            "a \\[link\\] \\<b\\> \\*c\\* \\`d\\` \\\\"
        );
        assert_eq!(code_span("@odata.type"), "`@odata.type`");
        assert_eq!(code_span("a`b"), "`` a`b ``");
        assert_eq!(
            visible("bidi\u{202e}evil\u{0}\u{7}"),
            "bidi\\u{202e}evil\\u{0}\\u{7}"
        );
        assert_eq!(
            enum_doc(&mode()).lines().next(),
            Some("The values of `mode`, listed at `docs/x.md`, line 7.")
        );
    }
}
