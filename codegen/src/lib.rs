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

pub use diag::{Diagnostic, Loc};
pub use link::Unresolved;
pub use load::{Loader, MemoryLoader, NoLoader, PageCache, ReadError};
pub use options::{Derive, OptionProblem, OptionRef, Options, TypeOverride};
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

/// Every problem of a generation: in the docs, and in the options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Problems {
    /// Problems in the docs, in doc order, each doc's in line order.
    pub docs: Vec<Diagnostic>,
    /// Problems with the options.
    pub options: Vec<OptionProblem>,
}

impl Problems {
    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty() && self.options.is_empty()
    }
}

/// What a build of some docs made.
#[derive(Debug, Clone, Default)]
pub struct Build {
    /// The model, with the options applied; complete only if there are no problems.
    pub model: model::Model,
    /// What fails the build.
    pub problems: Problems,
    /// What does not (a description that lists other values than the enum's page, a link that
    /// could not be followed under [`Unresolved::Json`]).
    pub warnings: Vec<Diagnostic>,
    /// The named pages' JSON examples, checked against the model.
    pub examples: examples::Report,
}

/// Reads `docs` and every doc their Type cells lead to (through `loader`), and links them into
/// one model with `options` applied.
pub fn build(docs: &[Doc<'_>], options: &Options, loader: &mut dyn Loader) -> Build {
    let named: Vec<load::Named<'_>> = docs
        .iter()
        .map(|d| load::Named {
            path: d.path,
            bytes: d.bytes,
        })
        .collect();
    let loaded = load::load(&named, loader);
    let linked = link::link(&loaded, options.unresolved);
    let mut model = linked.model;
    let mut problems = Problems {
        docs: linked.errors,
        options: Vec::new(),
    };
    options::apply(&mut model, options, &mut problems.options);
    let mut report = examples::Report::default();
    for page in loaded.pages.iter().filter(|p| p.named) {
        let page_type = page.defs.structs.first().and_then(|def| {
            let name = format!("{}.{}", def.name.namespace, def.name.name);
            model
                .structs
                .iter()
                .position(|s| s.odata_name.eq_ignore_ascii_case(&name))
        });
        examples::check(&page.path, &page.examples, page_type, &model, &mut report);
    }
    Build {
        model,
        problems,
        warnings: linked.warnings,
        examples: report,
    }
}

/// Generates the items for `docs` with no options and no links followed. `krate` is the path
/// of the `docmodel` crate as the generated code must spell it: `$crate` inside
/// `docmodel::include_models!`, `::docmodel` elsewhere.
///
/// Returns every problem of every doc if there is any.
pub fn generate(docs: &[Doc<'_>], krate: &TokenStream) -> Result<TokenStream, Vec<Diagnostic>> {
    generate_with(docs, &Options::new(krate.clone()), &mut NoLoader)
        .map_err(|problems| problems.docs)
}

/// Generates the items for `docs` as one model, reading linked docs through `loader`, with
/// `options` applied. Returns every problem found, in the docs and in the options.
pub fn generate_with(
    docs: &[Doc<'_>],
    options: &Options,
    loader: &mut dyn Loader,
) -> Result<TokenStream, Problems> {
    let build = build(docs, options, loader);
    if !build.problems.is_empty() {
        return Err(build.problems);
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
    render_with(docs, &options, &mut NoLoader).map_err(|problems| problems.docs)
}

/// [`render`] with options and a loader.
#[cfg(feature = "render")]
pub fn render_with(
    docs: &[Doc<'_>],
    options: &Options,
    loader: &mut dyn Loader,
) -> Result<String, Problems> {
    let tokens = generate_with(docs, options, loader)?;
    format_tokens(tokens).map_err(|message| Problems {
        docs: vec![Diagnostic {
            path: docs.first().map(|d| d.path.to_owned()).unwrap_or_default(),
            loc: Loc::START,
            message,
        }],
        options: Vec::new(),
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
    /// all the same, against the types their annotations name.
    NoTable(examples::Report),
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
                return Checked::NoTable(examples::Report::default());
            }
            let build = build(std::slice::from_ref(doc), options, loader);
            return Checked::NoTable(build.examples);
        }
        _ => {}
    }
    let build = Box::new(build(std::slice::from_ref(doc), options, loader));
    if build.problems.is_empty() {
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
    if build.problems.docs.is_empty() {
        Ok(build.model)
    } else {
        Err(build.problems.docs)
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
        assert_eq!(problems[0].loc, Loc { line: 5, col: 4 });
    }
}
