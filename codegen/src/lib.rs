//! docmodel's engine: Markdown API reference pages in, Rust tokens out.
//!
//! [`build`] is the whole pipeline, one module per stage, each with a typed boundary:
//!
//! ```text
//! bytes --markdown--> page::Page --resolve--> defs::PageDefs      (each page on its own)
//!       --load: the requested pages and every page their links lead to--> load::Loaded
//!       --link--> model::Model --shape--> (Any enums, boxes) --options--> (overrides, derives)
//!       --examples: the requested pages' JSON examples, checked
//!       --requests: their request examples, checked against their operations--> Build
//! Build --emit--> tokens --render--> formatted source (feature `render`)
//! ```
//!
//! Nothing here uses `proc_macro`, and the pipeline reads only through a [`Loader`] (the file
//! system side, [`FsLoader`] and [`expand`], is shared too), so the macro (`docmodel-macros`), the
//! CLI (`docmodel-cli`), the tests and a build script share it. Problems are
//! [`Diagnostic`]s that name the doc's path, line and column; every stage reports all the
//! problems it finds rather than stopping at the first.

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

mod defs;
mod diag;
mod emit;
mod examples;
mod exports;
mod files;
mod json;
mod link;
mod load;
mod markdown;
mod model;
mod names;
mod options;
mod page;
mod reach;
#[cfg(feature = "render")]
mod render;
mod requests;
mod resolve;
mod shape;
#[cfg(test)]
mod test_support;
mod types;

pub use diag::{Diagnostic, Loc, OptionRef, Origin, Place, Rule, Severity};
pub use examples::ExampleReport;
pub use files::{
    DocsFrom, EntryProblem, FsLoader, ReadDoc, ReadDocs, absolute, default_read_root, expand,
    is_within, names_many, read_docs,
};
pub use load::{Loader, MemoryLoader, NoLoader, PageCache, ReadError, TypeIndex, normalize_path};
pub use options::{Derive, Options, TypeOverride, Unresolved};
pub use reach::{Feature, FeatureRule, Features, Gate, feature_name};
#[cfg(feature = "render")]
pub use render::format_tokens;
pub use requests::RequestReport;

use diag::Diagnostics;
use proc_macro2::TokenStream;

/// One doc to generate from.
#[derive(Debug, Clone, Copy)]
pub struct Doc<'a> {
    /// The path as the user wrote it; diagnostics and rustdoc name the doc by it, and links in it
    /// are read relative to it.
    pub path: &'a str,
    /// The doc's bytes. They must be UTF-8; a UTF-8 byte order mark is skipped.
    pub bytes: &'a [u8],
    /// Whether a folder or file-name pattern brought the doc in, rather than the user naming it
    /// on its own: on such a page, a type that cannot be found is a `serde_json::Value` and a
    /// warning of [`Rule::FolderPage`], as on a page links led to (a whole doc set is one
    /// model, and one page's flaw must not fail the rest); a page named on its own follows
    /// `unresolved`.
    pub in_folder: bool,
}

/// What a build of some docs made.
#[derive(Debug, Clone, Default)]
pub struct Build {
    /// The model, with the options applied; complete only if there is no error.
    pub(crate) model: model::Model,
    /// Every error and warning: first the errors, those of the docs in build order (each doc's
    /// in line order), then those of the options; then the warnings, in the order found.
    pub diagnostics: Vec<Diagnostic>,
    /// What checking the requested pages' JSON examples against the model found.
    pub examples: ExampleReport,
    /// What checking the request examples against the operations found.
    pub requests: RequestReport,
    /// The types each requested page puts in the model.
    pub(crate) exports: exports::Exports,
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

    /// The Rust names of the types the requested page `path` puts in the model, each once, in
    /// model order: those it defines, with the `Any` enum of a base type among them; for a page
    /// without tables, the types its examples name. Empty for a path that is not a requested
    /// page. `docmodel emit` re-exports them from a module per page of one model.
    pub fn defined_by(&self, path: &str) -> Vec<String> {
        self.exports.names(path)
    }

    /// The requested pages, in build order, that are among `paths` or whose types lead, through
    /// fields and bases, to a type defined on one of `paths` (or with a row there): the pages to
    /// leave out of a build so that none of its types come from `paths`. `docmodel emit` leaves
    /// them out when the pages it checked one by one fail in one model.
    pub fn pages_reaching(&self, paths: &std::collections::BTreeSet<&str>) -> Vec<String> {
        self.exports.reaching(paths, &self.model)
    }

    /// Cargo features for a crate of this build's items, at most `max` of them: a feature per
    /// top-level resource among the requested `pages` (each page's types, as [`Build::defined_by`]
    /// names them, with everything they reach), or per namespace; and when each item is compiled.
    /// `docmodel emit --features` writes them. The rules are in `reach.rs`.
    pub fn features(&self, pages: &[&str], rule: FeatureRule, max: usize) -> Features {
        let pages: Vec<(String, Vec<String>)> = pages
            .iter()
            .map(|path| ((*path).to_owned(), self.defined_by(path)))
            .collect();
        reach::features(&self.model, &pages, rule, max)
    }
}

/// Reads `docs` and every doc their Type cells lead to (through `loader`), and links them into
/// one model with `options` applied: the whole pipeline.
pub fn build(docs: &[Doc<'_>], options: &Options, loader: &mut dyn Loader) -> Build {
    let mut diags = Diagnostics::new();
    // Every page: the requested ones, and those their links lead to, each read and resolved.
    let loaded = load::load(docs, loader);
    // One model of the types the requested pages need.
    let mut model = link::link(&loaded, options, &mut diags);
    // `Any{Base}` enums for fields of base types, then a `Box` where a struct contains itself.
    shape::polymorphism(&mut model);
    shape::box_recursion(&mut model);
    options::apply(&mut model, options, &mut diags);
    let examples = examples::compare(&loaded, &model, &mut diags);
    let requests = requests::check(&loaded, &model, &examples, &mut diags);
    let exports = exports::Exports::new(&loaded, &model);
    let mut diagnostics = diags.into_vec();
    if options.strict {
        diagnostics = diagnostics.into_iter().map(Diagnostic::strict).collect();
    }
    Build {
        model,
        diagnostics: load::in_build_order(diagnostics, &loaded),
        examples,
        requests,
        exports,
    }
}

/// The items of a build, or its errors if it has any. With `options.examples`, the response
/// examples that are round-trip tests come along, as `#[test]`s.
pub fn tokens(build: &Build, options: &Options) -> Result<TokenStream, Vec<Diagnostic>> {
    if build.has_errors() {
        return Err(build.errors().cloned().collect());
    }
    let mut bugs = Diagnostics::new();
    let mut tokens = emit::model(&build.model, options, &mut bugs);
    if options.examples {
        let (tests, requests) = (&build.examples.tests, &build.requests.tests);
        tokens.extend(emit::example_tests(
            tests,
            requests,
            &build.model,
            options,
            &mut bugs,
        ));
    }
    if bugs.has_errors() {
        return Err(bugs.into_vec());
    }
    Ok(tokens)
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

/// The items of a build as formatted Rust source (what `docmodel show` prints), or its errors.
#[cfg(feature = "render")]
pub fn format(build: &Build, options: &Options) -> Result<String, Vec<Diagnostic>> {
    let tokens = tokens(build, options)?;
    format_tokens(tokens).map_err(|message| vec![Diagnostic::bug(Origin::Build, &message)])
}

/// The generated code for `docs` as formatted Rust source, with paths into the runtime spelled
/// `::docmodel` (what `docmodel show` prints, and what the snapshot tests keep).
#[cfg(feature = "render")]
pub fn render(docs: &[Doc<'_>]) -> Result<String, Vec<Diagnostic>> {
    let options = Options::new(quote::quote!(::docmodel));
    render_with(docs, &options, &mut NoLoader)
}

/// [`render()`] with options and a loader.
#[cfg(feature = "render")]
pub fn render_with(
    docs: &[Doc<'_>],
    options: &Options,
    loader: &mut dyn Loader,
) -> Result<String, Vec<Diagnostic>> {
    format(&build(docs, options, loader), options)
}

/// What checking one page found.
#[derive(Debug, Clone)]
pub enum Checked {
    /// The page has no property or member table: no type of its own, nothing wrong (a
    /// conceptual page, or an API page without a request body). Its operation, if it documents
    /// one, and its JSON examples are checked all the same, against the types their
    /// annotations name: the build of those types, with its warnings only (its errors are the
    /// types' pages' own, which a check of them reports).
    NoTable(Box<Build>),
    /// The page generates types: its build, with the model, warnings and examples.
    Typed(Box<Build>),
    /// The page has problems: its build, with them.
    Failed(Box<Build>),
}

/// Checks one page, and what its links lead to, as `docmodel check` does.
pub fn check(doc: &Doc<'_>, options: &Options, loader: &mut dyn Loader) -> Checked {
    match load::page(doc.path, doc.bytes) {
        Ok(page) if !resolve::describes_type(&page) => {
            if page.examples.is_empty() && !resolve::documents_operation(&page) {
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

/// Whether a doc describes a type: it has a property or member table, or it is a resource page
/// (see [`Checked::NoTable`]
/// for the pages that do not). A folder or pattern in the macro's `docs` skips the pages that do
/// not, as `docmodel check` counts them as neither typed nor failed; a page named on its own must
/// describe one. A doc that is not UTF-8 text counts as one, so that building it reports that.
pub fn describes_type(doc: &Doc<'_>) -> bool {
    load::page(doc.path, doc.bytes).map_or(true, |page| resolve::describes_type(&page))
}

/// Whether a doc has something to generate: a type ([`describes_type`]), or the operation of an
/// API page (request lines under its `HTTP request` heading). A folder or pattern in `docs`
/// brings in the docs that do.
pub fn generates(doc: &Doc<'_>) -> bool {
    load::page(doc.path, doc.bytes).map_or(true, |page| {
        resolve::describes_type(&page) || resolve::documents_operation(&page)
    })
}

/// The Rust name docmodel gives a type (or an enum value) of this doc name, if it can make one:
/// `mobileAppInstallStatus` -> `MobileAppInstallStatus` (see the README's naming rules).
pub fn type_name(doc_name: &str) -> Option<String> {
    names::type_name(doc_name).ok().map(|n| n.to_string())
}

/// The Rust name docmodel gives a property of this doc name, if it can make one:
/// `lastSyncDateTime` -> `last_sync_date_time`, `type` -> `r#type`.
pub fn field_name(doc_name: &str) -> Option<String> {
    names::field_name(doc_name).ok().map(|n| n.to_string())
}

/// Whether a Type cell's name is a primitive docmodel maps (`Int32`, `Edm.String`, `datetime`).
pub fn is_primitive(name: &str) -> bool {
    types::lookup(name).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_reported_at_its_line() {
        let bytes = b"# Create x\n\nok\n\xFF here\n";
        let problems = test_support::model(&Doc {
            path: "x.md",
            bytes,
            in_folder: false,
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
        let problems = test_support::model(&Doc {
            path: "x.md",
            bytes: text.as_bytes(),
            in_folder: false,
        })
        .unwrap_err();
        assert_eq!(
            problems[0].place().map(|p| p.loc),
            Some(Loc { line: 5, col: 4 })
        );
    }
}
