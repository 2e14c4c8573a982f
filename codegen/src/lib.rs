//! docmodel's engine: Markdown API reference pages in, Rust tokens out.
//!
//! The pipeline has one module per stage, each with a typed boundary:
//!
//! ```text
//! text --markdown::parse--> page::Page --resolve::resolve--> defs::PageDefs (one per page)
//!      --load::load (follows Type-cell links through a Loader)--> load::Loaded (every page)
//!      --link::link (shape::polymorphism, shape::box_recursion)--> model::Model
//!      --options::apply--> model::Model --emit::model--> tokens
//! (examples::check checks the named pages' JSON examples against the model)
//! ```
//!
//! Nothing here uses `proc_macro`, so the macro (`docmodel-macros`), the CLI (`docmodel-cli`) and
//! tests share it. Problems are [`Diagnostic`]s that name the doc's path, line and column; every
//! stage reports all the problems it finds rather than stopping at the first.

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

pub mod defs;
pub mod diag;
pub mod emit;
pub mod examples;
pub mod json;
pub mod link;
pub mod load;
pub mod markdown;
pub mod model;
pub mod names;
pub mod options;
pub mod page;
pub mod resolve;
pub mod shape;
pub mod types;

use diag::Diagnostics;
pub use diag::{Diagnostic, Loc, OptionRef, Origin, Place, Severity};
pub use load::{Loader, MemoryLoader, NoLoader, PageCache, ReadError};
pub use options::{Derive, Options, TypeOverride, Unresolved};
use proc_macro2::TokenStream;

/// One doc to generate from.
#[derive(Debug, Clone, Copy)]
pub struct Doc<'a> {
    /// The path as the user wrote it; diagnostics and rustdoc name the doc by it, and links in it
    /// are read relative to it.
    pub path: &'a str,
    /// The doc's bytes. They must be UTF-8; a UTF-8 byte order mark is skipped.
    pub bytes: &'a [u8],
}

/// What a build of some docs made.
#[derive(Debug, Clone, Default)]
pub struct Build {
    /// The model, with the options applied; complete only if there is no error.
    pub model: model::Model,
    /// Every error and warning: those of the docs in build order, each doc's in line order, then
    /// those of the options.
    pub diagnostics: Vec<Diagnostic>,
    /// What checking the requested pages' JSON examples against the model found.
    pub examples: examples::Report,
}

impl Build {
    /// The diagnostics that fail the build.
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }

    /// The diagnostics that do not fail the build.
    pub fn warnings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| !d.is_error())
    }

    /// Whether the build failed.
    pub fn has_errors(&self) -> bool {
        self.errors().next().is_some()
    }
}

/// Reads `docs` and every doc their Type cells lead to (through `loader`), and links them into
/// one model with `options` applied: the whole pipeline.
pub fn build(docs: &[Doc<'_>], options: &Options, loader: &mut dyn Loader) -> Build {
    let mut diags = Diagnostics::new();
    // Every page: the requested ones, and those their links lead to, each read and resolved.
    let loaded = load::load(docs, loader);
    // One model of the types the requested pages need.
    let mut model = link::link(&loaded, options.unresolved, &mut diags);
    // `Any{Base}` enums for fields of base types, then a `Box` where a struct contains itself.
    shape::polymorphism(&mut model);
    shape::box_recursion(&mut model);
    options::apply(&mut model, options, &mut diags);
    let examples = examples::check(&loaded, &model, &mut diags);
    Build {
        model,
        diagnostics: load::in_build_order(diags, &loaded),
        examples,
    }
}

/// Generates the items for `docs` with no options and no links followed. `krate` is the path
/// of the `docmodel` crate as the generated code must spell it: `$crate` inside
/// `docmodel::include_models!`, `::docmodel` elsewhere.
///
/// Returns every error of every doc if there is any.
pub fn generate(docs: &[Doc<'_>], krate: &TokenStream) -> Result<TokenStream, Vec<Diagnostic>> {
    generate_with(docs, &Options::new(krate.clone()), &mut NoLoader)
}

/// Generates the items for `docs` as one model, reading linked docs through `loader`, with
/// `options` applied. Returns every error found, in the docs and in the options (warnings are
/// left out: [`build`] has them).
pub fn generate_with(
    docs: &[Doc<'_>],
    options: &Options,
    loader: &mut dyn Loader,
) -> Result<TokenStream, Vec<Diagnostic>> {
    tokens(&build(docs, options, loader), options)
}

/// The items of a build, or its errors if it has any.
pub fn tokens(build: &Build, options: &Options) -> Result<TokenStream, Vec<Diagnostic>> {
    if build.has_errors() {
        return Err(build.errors().cloned().collect());
    }
    let mut tokens = emit::model(&build.model, options);
    if options.examples {
        tokens.extend(emit::example_tests(
            &build.examples.tests,
            &build.model,
            options,
        ));
    }
    Ok(tokens)
}

/// The generated code for `docs` as formatted Rust source, with paths into the runtime spelled
/// `::docmodel` (what `docmodel show` prints, and what the snapshot tests keep).
#[cfg(feature = "render")]
pub fn render(docs: &[Doc<'_>]) -> Result<String, Vec<Diagnostic>> {
    let options = Options::new(quote::quote!(::docmodel));
    render_with(docs, &options, &mut NoLoader)
}

/// [`render`] with options and a loader.
#[cfg(feature = "render")]
pub fn render_with(
    docs: &[Doc<'_>],
    options: &Options,
    loader: &mut dyn Loader,
) -> Result<String, Vec<Diagnostic>> {
    let tokens = generate_with(docs, options, loader)?;
    format_tokens(tokens).map_err(|message| {
        let path = docs.first().map_or("", |d| d.path);
        vec![Diagnostic::error(Place::new(path, Loc::START), message)]
    })
}

/// Formats generated tokens as Rust source.
#[cfg(feature = "render")]
pub fn format_tokens(tokens: TokenStream) -> Result<String, String> {
    match syn::parse2::<syn::File>(tokens) {
        Ok(file) => Ok(prettyplease::unparse(&file)),
        Err(e) => Err(format!(
            "docmodel generated code that does not parse (a bug in docmodel): {e}"
        )),
    }
}

/// What checking one page found.
#[derive(Debug, Clone)]
pub enum Checked {
    /// The page has no property or member table: nothing to generate, nothing wrong (a
    /// conceptual page, or an API page without a request body). Its JSON examples are checked
    /// all the same, against the types their annotations name: the build of those types, with
    /// its warnings only (its errors are the types' pages' own, which a check of them reports).
    NoTable(Box<Build>),
    /// The page generates types: its build, with the model, warnings and examples.
    Typed(Box<Build>),
    /// The page has problems: its build, with them.
    Failed(Box<Build>),
}

/// Checks one page, and what its links lead to, as `docmodel check` does.
pub fn check(doc: &Doc<'_>, options: &Options, loader: &mut dyn Loader) -> Checked {
    match load::page(doc.path, doc.bytes) {
        Ok(page) if !resolve::has_table(&page) => {
            if page.examples.is_empty() {
                return Checked::NoTable(Box::default());
            }
            let mut build = build(std::slice::from_ref(doc), options, loader);
            build.diagnostics.retain(|d| !d.is_error());
            return Checked::NoTable(Box::new(build));
        }
        _ => {}
    }
    let build = Box::new(build(std::slice::from_ref(doc), options, loader));
    if !build.has_errors() {
        Checked::Typed(build)
    } else {
        Checked::Failed(build)
    }
}

/// Reads and resolves one doc on its own (no links followed) into its type graph.
pub fn model(doc: &Doc<'_>) -> Result<model::Model, Vec<Diagnostic>> {
    let build = build(
        std::slice::from_ref(doc),
        &Options::default(),
        &mut NoLoader,
    );
    if build.has_errors() {
        Err(build.errors().cloned().collect())
    } else {
        Ok(build.model)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_reported_at_its_line() {
        let bytes = b"# Create x\n\nok\n\xFF here\n";
        let problems = model(&Doc {
            path: "x.md",
            bytes,
        })
        .unwrap_err();
        assert_eq!(
            problems[0].to_string(),
            "x.md:4:1: this doc is not UTF-8 text: save it as UTF-8"
        );
    }

    #[test]
    fn a_byte_order_mark_is_skipped_and_lines_stay_right() {
        let text = "\u{FEFF}# Create x\r\n\r\n|Property|Type|\r\n|-|-|\r\n|a|Int33|\r\n";
        let problems = model(&Doc {
            path: "x.md",
            bytes: text.as_bytes(),
        })
        .unwrap_err();
        assert_eq!(
            problems[0].place().map(|p| p.loc),
            Some(Loc { line: 5, col: 4 })
        );
    }
}
