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
    Derive, Diagnostic, DocsFrom, FsLoader, OptionRef, Options, Origin, PageCache, ReadDocs,
    TypeOverride, Unresolved,
};
use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote_spanned};
use std::path::PathBuf;
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

/// Reads the docs, generates their items, and adds what makes cargo rebuild when a doc changes.
fn expand(invocation: &input::Invocation) -> TokenStream {
    let first = invocation
        .docs
        .first()
        .map_or_else(Span::call_site, syn::LitStr::span);
    let root = paths::crate_root(first);
    let read_root = match read_root(invocation, &root) {
        Ok(dir) => dir,
        Err(error) => return error.to_compile_error(),
    };
    let described = if invocation.root.is_some() {
        "`root`"
    } else {
        "the workspace root"
    };
    let mut tokens = TokenStream::new();
    let mut errors: Vec<syn::Error> = Vec::new();
    let from = DocsFrom {
        base: &root.dir,
        base_described: root.described,
        root: &read_root,
        root_described: described,
        root_option: "`root = \"...\"`",
    };
    let docs = read_docs(invocation, (&root, &from), &mut tokens, &mut errors);
    let inputs = docs.inputs();
    let cache = PAGES.lock().unwrap_or_else(PoisonError::into_inner).take();
    let mut loader =
        FsLoader::new(&root.dir, &read_root, described).with_cache(cache.unwrap_or_default());
    let generated = docmodel_codegen::generate_with(&inputs, &options(invocation), &mut loader);
    // Every linked doc read is tracked too, even when there are errors, so that fixing it
    // rebuilds.
    for file in loader.files_read() {
        tokens.extend(track(&root.include_path(file), first));
    }
    *PAGES.lock().unwrap_or_else(PoisonError::into_inner) = Some(loader.into_cache());
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

/// The folder docs may be read from: `root`, else the workspace root.
fn read_root(invocation: &input::Invocation, root: &paths::Root) -> syn::Result<PathBuf> {
    let Some(lit) = &invocation.root else {
        return Ok(docmodel_codegen::default_read_root(&root.dir));
    };
    let dir = root.dir.join(lit.value());
    if !dir.is_dir() {
        let message = format!(
            "`root` is not a folder: `{}`; it is relative to {}",
            lit.value(),
            root.described
        );
        return Err(syn::Error::new(lit.span(), message));
    }
    Ok(dir)
}

/// `include_bytes!` of the file at `path`, so that cargo rebuilds the crate when it changes.
fn track(path: &str, span: Span) -> TokenStream {
    quote_spanned! {span=>
        const _: &[u8] = ::core::include_bytes!(#path);
    }
}

/// Reads the docs the invocation names (see `docmodel_codegen::read_docs`), adding the
/// `include_bytes!` that tracks each file read to `tokens` (a skipped page or one with errors
/// too, so that fixing it rebuilds) and each problem to `errors`, spanned on the entry's literal.
fn read_docs(
    invocation: &input::Invocation,
    (root, from): (&paths::Root, &DocsFrom<'_>),
    tokens: &mut TokenStream,
    errors: &mut Vec<syn::Error>,
) -> ReadDocs {
    let entries: Vec<String> = invocation.docs.iter().map(syn::LitStr::value).collect();
    let read = docmodel_codegen::read_docs(entries.iter().map(String::as_str), from);
    for (entry, file) in &read.files {
        let span = entry_span(invocation, *entry);
        tokens.extend(track(&root.include_path(file), span));
    }
    for problem in &read.problems {
        let span = entry_span(invocation, problem.entry);
        errors.push(syn::Error::new(span, &problem.diagnostic));
    }
    read
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
        strict: invocation.strict,
        operations: invocation.operations,
    }
}

/// A problem as the macro reports it: spanned on the path of its doc (a problem in a linked doc,
/// or of the build as a whole, on the first doc's path), or on the option entry it is about; its
/// text on one line, with the doc's path, line and column in front (see `Diagnostic`'s
/// `Display`).
fn compile_error(
    problem: &Diagnostic,
    invocation: &input::Invocation,
    docs: &ReadDocs,
    first: Span,
) -> syn::Error {
    let span = match &problem.origin {
        Origin::Doc(place) => docs
            .docs
            .iter()
            .find(|d| d.path == place.path)
            .map_or(first, |d| entry_span(invocation, d.entry)),
        Origin::Option(option) => option_span(invocation, *option),
        Origin::Build => first,
    };
    syn::Error::new(span, problem)
}

/// The literal of the `docs` entry `entry`.
fn entry_span(invocation: &input::Invocation, entry: usize) -> Span {
    invocation
        .docs
        .get(entry)
        .map_or_else(Span::call_site, syn::LitStr::span)
}

/// The tokens an option problem is about.
fn option_span(invocation: &input::Invocation, option: OptionRef) -> Span {
    let span = match option {
        OptionRef::Derive(i) => invocation.derives.get(i).map(syn::spanned::Spanned::span),
        OptionRef::Type(i) => invocation.types.get(i).map(|t| t.span),
    };
    span.unwrap_or_else(Span::call_site)
}
