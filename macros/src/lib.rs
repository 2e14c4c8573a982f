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

use docmodel_codegen::{
    Derive, Diagnostic, Loader, OptionRef, Options, Origin, PageCache, ReadError, TypeOverride,
    Unresolved,
};
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote_spanned};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

/// See `docmodel::include_models!`.
#[proc_macro]
pub fn include_models(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    match input::parse(input.into()) {
        Ok(invocation) => expand(&invocation).into(),
        Err(error) => error.to_compile_error().into(),
    }
}

/// The pages links led to, parsed, kept across the macro calls of one compiler process: the
/// calls of a crate mostly link to the same few pages (`enums.md`), and parsing them again took a
/// third of the macro's time over the Graph corpus. A kept page is reused only for the same path
/// and bytes (see `docmodel_codegen::load`), so no call sees another's state. Each call takes the
/// cache out and puts it back, so nothing is locked while it generates. A `static` needs the
/// pages to be `Send`, which proc-macro2's tokens are not: a token made in one call and used in
/// another panics inside the compiler, and this keeps any from getting in.
static PAGES: Mutex<Option<PageCache>> = Mutex::new(None);

/// A doc read from disk, with the literal that names it.
struct ReadDoc<'a> {
    lit: &'a syn::LitStr,
    written: String,
    bytes: Vec<u8>,
}

/// Reads the docs, generates their items, and adds what makes cargo rebuild when a doc changes.
fn expand(invocation: &input::Invocation) -> TokenStream {
    let first = invocation
        .docs
        .first()
        .map_or_else(Span::call_site, syn::LitStr::span);
    let root = paths::crate_root(first);
    let mut errors: Vec<syn::Error> = Vec::new();
    let mut tokens = TokenStream::new();
    let read_root = match &invocation.root {
        Some(lit) => {
            let dir = root.dir.join(lit.value());
            if !dir.is_dir() {
                let message = format!(
                    "`root` is not a folder: `{}`; it is relative to {}",
                    lit.value(),
                    root.described
                );
                return syn::Error::new(lit.span(), message).to_compile_error();
            }
            dir
        }
        None => paths::default_read_root(&root.dir),
    };
    let docs = read_docs(invocation, &root, &read_root, &mut tokens, &mut errors);
    let options = options(invocation);
    let inputs: Vec<_> = docs
        .iter()
        .map(|d| docmodel_codegen::Doc {
            path: &d.written,
            bytes: &d.bytes,
        })
        .collect();
    let mut loader = LinkLoader {
        root: &root,
        read_root: &read_root,
        described: if invocation.root.is_some() {
            "`root`"
        } else {
            "the workspace root"
        },
        tracked: Vec::new(),
        cache: PAGES
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take()
            .unwrap_or_default(),
    };
    let generated = docmodel_codegen::generate_with(&inputs, &options, &mut loader);
    *PAGES.lock().unwrap_or_else(PoisonError::into_inner) = Some(loader.cache);
    // Every linked doc read is tracked too, even when there are errors, so that fixing it
    // rebuilds.
    for (tracked, span) in loader.tracked.iter().zip(std::iter::repeat(first)) {
        tokens.extend(quote_spanned! {span=>
            const _: &[u8] = ::core::include_bytes!(#tracked);
        });
    }
    match generated {
        Ok(items) if errors.is_empty() => tokens.extend(items),
        Ok(_) => {}
        Err(problems) => {
            errors.extend(
                problems
                    .iter()
                    .map(|p| compile_error(p, invocation, &docs, first)),
            );
        }
    }
    for error in errors {
        tokens.extend(error.to_compile_error());
    }
    tokens
}

/// Reads the docs that links lead to: only inside `read_root`, and each one tracked.
struct LinkLoader<'a> {
    root: &'a paths::Root,
    read_root: &'a Path,
    described: &'static str,
    /// `include_bytes!` paths of the docs read.
    tracked: Vec<String>,
    /// [`PAGES`], for the call.
    cache: PageCache,
}

impl Loader for LinkLoader<'_> {
    fn read(&mut self, path: &str) -> Result<Vec<u8>, ReadError> {
        let file: PathBuf = self.root.dir.join(path);
        if !paths::is_within(self.read_root, &file) {
            return Err(ReadError::Outside(self.described.to_owned()));
        }
        if file.is_dir() {
            return Err(ReadError::Other("it is a folder, not a page".to_owned()));
        }
        match std::fs::read(&file) {
            Ok(bytes) => {
                self.tracked.push(self.root.include_path(&file));
                Ok(bytes)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(ReadError::NotFound),
            Err(e) => Err(ReadError::Other(e.to_string())),
        }
    }

    fn cache(&mut self) -> Option<&mut PageCache> {
        Some(&mut self.cache)
    }
}

/// Reads each doc that is inside `read_root`, adding the `include_bytes!` that tracks it to
/// `tokens` and a problem for each doc that cannot be read to `errors`.
fn read_docs<'a>(
    invocation: &'a input::Invocation,
    root: &paths::Root,
    read_root: &std::path::Path,
    tokens: &mut TokenStream,
    errors: &mut Vec<syn::Error>,
) -> Vec<ReadDoc<'a>> {
    let mut docs = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let expanded = invocation.docs.iter().flat_map(|lit| {
        let written = lit.value();
        match paths::expand(&root.dir, &written) {
            Ok(found) => found.into_iter().map(|w| (lit, Ok(w))).collect::<Vec<_>>(),
            Err(message) => vec![(lit, Err(message))],
        }
    });
    for (lit, written) in expanded.collect::<Vec<_>>() {
        let written = match written {
            Ok(written) => written,
            Err(message) => {
                errors.push(syn::Error::new(lit.span(), message));
                continue;
            }
        };
        if !seen.insert(written.clone()) {
            continue;
        }
        let file = root.dir.join(&written);
        if !paths::is_within(read_root, &file) {
            let message = format!(
                "{written}:1:1: this doc is outside the folder docs are read from ({}); move it \
                 there, or set `root = \"...\"` to a folder that holds it",
                if invocation.root.is_some() {
                    "`root`"
                } else {
                    "the workspace root"
                }
            );
            errors.push(syn::Error::new(lit.span(), message));
            continue;
        }
        match std::fs::read(&file) {
            Ok(bytes) => {
                // Emitted even when the doc has errors, so that fixing the doc rebuilds.
                let tracked = root.include_path(&file);
                tokens.extend(quote_spanned! {lit.span()=>
                    const _: &[u8] = ::core::include_bytes!(#tracked);
                });
                docs.push(ReadDoc {
                    lit,
                    written,
                    bytes,
                });
            }
            Err(e) => {
                let message = format!(
                    "{written}:1:1: cannot read this doc: {e}; the path is relative to {}",
                    root.described
                );
                errors.push(syn::Error::new(lit.span(), message));
            }
        }
    }
    docs
}

fn options(invocation: &input::Invocation) -> Options {
    let derives = invocation
        .derives
        .iter()
        .map(|path| Derive {
            name: path
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default(),
            path: path.to_token_stream(),
        })
        .collect();
    let types = invocation
        .types
        .iter()
        .map(|entry| TypeOverride {
            key: entry.key.clone(),
            rust: entry.rust_tokens(),
        })
        .collect();
    Options {
        krate: invocation.krate.clone(),
        derives,
        types,
        unresolved: if invocation.unresolved_value {
            Unresolved::Json
        } else {
            Unresolved::Error
        },
        examples: invocation.examples,
    }
}

/// A problem as the macro reports it: spanned on the path of its doc (a problem in a linked doc,
/// or of the build as a whole, on the first doc's path), or on the option entry it is about; its
/// text on one line, with the doc's path, line and column in front (see `Diagnostic`'s
/// `Display`).
fn compile_error(
    problem: &Diagnostic,
    invocation: &input::Invocation,
    docs: &[ReadDoc<'_>],
    first: Span,
) -> syn::Error {
    let span = match &problem.origin {
        Origin::Doc(place) => docs
            .iter()
            .find(|d| d.written == place.path)
            .map_or(first, |d| d.lit.span()),
        Origin::Option(option) => option_span(invocation, *option),
        Origin::Build => first,
    };
    syn::Error::new(span, problem)
}

/// The tokens an option problem is about.
fn option_span(invocation: &input::Invocation, option: OptionRef) -> Span {
    let span = match option {
        OptionRef::Derive(i) => invocation.derives.get(i).map(syn::spanned::Spanned::span),
        OptionRef::Type(i) => invocation.types.get(i).map(|t| t.span),
    };
    span.unwrap_or_else(Span::call_site)
}
