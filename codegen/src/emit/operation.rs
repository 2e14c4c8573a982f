//! Emitting an operation: its struct and constructors, which a reader of `docmodel show` wants
//! to see, and one invocation of the runtime's `operation!` glue, which implements
//! `docmodel::Operation` for it.
//!
//! ```ignore
//! pub struct CreateMobileAppInstallStatus {
//!     pub body: MobileAppInstallStatus,
//!     pub query: ::docmodel::Query,
//!     pub(crate) path: ::docmodel::__private::PathValues,
//! }
//! impl CreateMobileAppInstallStatus {
//!     pub fn new(mobile_app_id: impl Into<String>, body: MobileAppInstallStatus) -> Self { .. }
//!     pub fn at_user_statuses(..) -> Self { .. }
//! }
//! ::docmodel::__private::operation! { CreateMobileAppInstallStatus, POST, 201, [body],
//!     json(MobileAppInstallStatus), [templates], [permissions], [..], [..] }
//! ```

use super::{code_span, doc_attrs, escape_markdown, place, rust_type};
use crate::diag::{Diagnostic, Diagnostics, Place};
use crate::model::{Model, Operation, OperationTemplate, Response, Type};
use crate::options::Options;
use crate::requests::RequestTest;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

/// The tokens of an operation; a type id that points nowhere is a bug, reported to `diags`.
pub(super) fn operation(
    op: &Operation,
    model: &Model,
    options: &Options,
    diags: &mut Diagnostics,
) -> TokenStream {
    let krate = &options.krate;
    let mut ty = |t: &Type| {
        rust_type(t, model, options).unwrap_or_else(|what| {
            let message = format!("{what} points nowhere");
            diags.push(Diagnostic::bug(op.place.clone(), &message));
            quote!(#krate::Value)
        })
    };
    let body = op.body.as_ref().map(&mut ty);
    let (read, answer) = match &op.response {
        Response::Empty => (quote!(empty), quote!(())),
        Response::One(t) => (quote!(json), ty(t)),
        Response::Collection(t) => {
            let element = ty(t);
            (quote!(json), quote!(#krate::Page<#element>))
        }
    };
    let ident = &op.ident;
    let doc = doc_attrs(&operation_doc(op, model));
    let body_field = body.as_ref().map(|body| {
        quote! {
            /// The request body.
            pub body: #body,
        }
    });
    let constructors = op
        .templates
        .iter()
        .enumerate()
        .map(|(i, t)| constructor(i, t, body.as_ref(), krate));
    let glue = glue(op, body.is_some(), &read, &answer, krate);
    quote! {
        #doc
        #[derive(Debug, Clone, PartialEq)]
        pub struct #ident {
            #body_field
            /// Query options (`$select`, `$filter`, `$top`, ...): none unless set.
            pub query: #krate::Query,
            // `pub(crate)`: the glue that reads it may be in another module of the crate
            // (`docmodel emit` splits the items into files).
            pub(crate) path: #krate::__private::PathValues,
        }
        #[allow(clippy::new_without_default, clippy::too_many_arguments)]
        impl #ident {
            #(#constructors)*
        }
        #glue
    }
}

/// The constructor of template `index`: its path parameters in template order, then the body.
fn constructor(
    index: usize,
    t: &OperationTemplate,
    body: Option<&TokenStream>,
    krate: &TokenStream,
) -> TokenStream {
    let doc = doc_attrs(&format!(
        "The request to {}, from {}.",
        code_span(&t.template.text),
        place(&t.place)
    ));
    let name = &t.constructor;
    let params: Vec<_> = t.template.params.iter().map(|p| &p.ident).collect();
    let body_param = body.map(|body| quote!(body: #body,));
    let body_init = body.map(|_| quote!(body,));
    let index = Literal::usize_unsuffixed(index);
    quote! {
        #doc
        pub fn #name(
            #(#params: impl ::core::convert::Into<::std::string::String>,)*
            #body_param
        ) -> Self {
            Self {
                #body_init
                query: #krate::Query::new(),
                path: #krate::__private::PathValues::new(#index, [#(#params.into()),*]),
            }
        }
    }
}

/// The invocation of the runtime's glue that implements `Operation`.
fn glue(
    op: &Operation,
    has_body: bool,
    read: &TokenStream,
    answer: &TokenStream,
    krate: &TokenStream,
) -> TokenStream {
    let ident = &op.ident;
    let method = Ident::new(op.method.as_str(), Span::call_site());
    let status = Literal::u16_unsuffixed(op.status);
    let body = has_body.then(|| quote!(body));
    let templates = op.templates.iter().map(|t| t.template.text.as_str());
    let p = &op.permissions;
    let (work, personal, application) = (&p.delegated_work, &p.delegated_personal, &p.application);
    quote! {
        #krate::__private::operation! {
            #ident, #method, #status, [#body], #read(#answer),
            [#(#templates),*], [#(#work),*], [#(#personal),*], [#(#application),*]
        }
    }
}

/// The operation's rustdoc: its title and description, its requests, its answer, its
/// permissions and its page.
fn operation_doc(op: &Operation, model: &Model) -> String {
    let mut doc = format!("{}.\n", escape_markdown(op.title.trim_end_matches('.')));
    if !op.description.is_empty() {
        doc.push_str(&format!("\n{}\n", escape_markdown(&op.description)));
    }
    doc.push('\n');
    for t in &op.templates {
        let line = format!("{} {}", op.method.as_str(), t.template.text);
        doc.push_str(&format!("- {}\n", code_span(&line)));
    }
    let answer = match &op.response {
        Response::Empty => "no body".to_owned(),
        Response::One(t) => format!("a {}", type_doc(t, model)),
        Response::Collection(t) => format!("a `Page` of {}", type_doc(t, model)),
    };
    doc.push_str(&format!("\nAnswered by `{}` with {answer}.", op.status));
    if !op.query.is_empty() {
        let options: Vec<String> = op.query.iter().map(|o| code_span(o)).collect();
        doc.push_str(&format!(
            "\n\nQuery options the page lists (set them on `query`): {}.",
            options.join(", ")
        ));
    }
    let p = &op.permissions;
    for (kind, list) in [
        ("Delegated (work or school account)", &p.delegated_work),
        (
            "Delegated (personal Microsoft account)",
            &p.delegated_personal,
        ),
        ("Application", &p.application),
    ] {
        if !list.is_empty() {
            let list: Vec<String> = list.iter().map(|p| code_span(p)).collect();
            doc.push_str(&format!("\n\nPermissions, {kind}: {}.", list.join(", ")));
        }
    }
    doc.push_str(&format!("\n\nGenerated from {}.", place(&op.place)));
    doc
}

/// A type as rustdoc shows it in prose: a link to a type of the model, else its Rust spelling.
fn type_doc(ty: &Type, model: &Model) -> String {
    let linked = |name: &crate::names::Name| format!("[`{name}`]");
    match ty {
        Type::Struct(id) => model.structure(*id).map(|s| linked(&s.ident)),
        Type::Poly(id) => model.poly(*id).map(|p| linked(&p.ident)),
        Type::Enum(id) => model.enumeration(*id).map(|e| linked(&e.ident)),
        Type::Prim(crate::types::Prim::Json) => Some("JSON value".to_owned()),
        Type::Prim(prim) => Some(format!("`{}`", prim.doc_name())),
        Type::Boxed(inner) => Some(type_doc(inner, model)),
        Type::Vec(inner) => Some(format!("list of {}", type_doc(inner, model))),
        Type::Override(_) => None,
    }
    .unwrap_or_else(|| "value".to_owned())
}

/// The `#[test]` of a request example: the operation, made from the example's URL values and
/// body, builds the example's request (checked by the runtime's `request_example`).
pub(super) fn request_test(
    index: usize,
    test: &RequestTest,
    model: &Model,
    options: &Options,
    diags: &mut Diagnostics,
) -> Option<TokenStream> {
    let krate = &options.krate;
    let op = model.operations().get(test.operation);
    let template = op.and_then(|op| op.templates.get(test.template));
    let (Some(op), Some(template)) = (op, template) else {
        let place = Place::new(&test.path, test.loc);
        diags.push(Diagnostic::bug(
            place,
            "the operation of this example points nowhere",
        ));
        return None;
    };
    let place = format!("{}:{}", test.path, test.loc.line);
    // The body's type is the constructor's parameter's: inferred, so that the test module
    // need not name it.
    let body = match (&op.body, &test.body) {
        (Some(_), Some(json)) => Some(quote! {
            match #krate::serde_json::from_str(#json) {
                ::core::result::Result::Ok(body) => body,
                ::core::result::Result::Err(e) => {
                    ::core::panic!("{}: the example's body cannot be read: {}", #place, e)
                }
            }
        }),
        _ => None,
    };
    let values = &test.values;
    let ident = &op.ident;
    let constructor = &template.constructor;
    let name = quote::format_ident!("request_{}_line_{}", index, test.loc.line);
    let doc = format!(
        " The request example at `{}` line {}.",
        test.path, test.loc.line
    );
    let method = op.method.as_str();
    let path = &test.expected_path;
    let json = match &test.body {
        Some(json) => quote!(::core::option::Option::Some(#json)),
        None => quote!(::core::option::Option::None),
    };
    Some(quote! {
        #[doc = #doc]
        #[test]
        fn #name() {
            let operation = super::#ident::#constructor(#(#values,)* #body);
            if let ::core::result::Result::Err(e) =
                #krate::__private::request_example(&operation, #method, #path, #json)
            {
                ::core::panic!("{}: {}", #place, e);
            }
        }
    })
}
