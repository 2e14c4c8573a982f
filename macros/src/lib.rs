//! The proc-macro behind `docmodel::include_models!`. Use it through the `docmodel` crate, whose
//! `macro_rules!` wrapper hands this macro the path of `docmodel` (`$crate`) as its first token
//! tree: `include_models!{ [$crate] "../docs/page.md" }`.
//!
//! This crate only parses the invocation, reads files, and turns problems into `compile_error!`;
//! everything else is `docmodel-codegen`.

// No panics on any input; tests may unwrap what they set up.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

mod input;
mod paths;

use proc_macro2::TokenStream;
use quote::quote_spanned;

/// See `docmodel::include_models!`.
#[proc_macro]
pub fn include_models(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    match input::parse(input.into()) {
        Ok(invocation) => expand(&invocation).into(),
        Err(error) => error.to_compile_error().into(),
    }
}

/// Reads the docs, generates their items, and adds what makes cargo rebuild when a doc changes.
fn expand(invocation: &input::Invocation) -> TokenStream {
    let krate = &invocation.krate;
    let docs = &invocation.docs;
    let root = paths::crate_root(docs.span());
    let written = docs.value();
    let file = root.dir.join(&written);
    let mut tokens = TokenStream::new();
    let bytes = match std::fs::read(&file) {
        Ok(bytes) => bytes,
        Err(e) => {
            let message = format!(
                "{written}:1:1: cannot read this doc: {e}; the path is relative to {}",
                root.described
            );
            return syn::Error::new(docs.span(), message).to_compile_error();
        }
    };
    // Emitted even when the doc has errors, so that fixing the doc rebuilds.
    let tracked = root.include_path(&file);
    tokens.extend(quote_spanned! {docs.span()=>
        const _: &[u8] = ::core::include_bytes!(#tracked);
    });
    let doc = docmodel_codegen::Doc {
        path: &written,
        bytes: &bytes,
    };
    match docmodel_codegen::generate(&[doc], krate) {
        Ok(items) => tokens.extend(items),
        Err(problems) => {
            for problem in problems {
                tokens.extend(syn::Error::new(docs.span(), problem).to_compile_error());
            }
        }
    }
    tokens
}
