//! docmodel's engine: Markdown API reference pages in, Rust tokens out.
//!
//! The pipeline has one module per stage, each with a typed boundary:
//!
//! ```text
//! text --markdown::parse--> page::Page --resolve::resolve--> model::Model (one per doc)
//!      --merge::merge--> model::Model --options::apply--> model::Model --emit::model--> tokens
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

pub mod diag;
pub mod emit;
pub mod markdown;
pub mod merge;
pub mod model;
pub mod names;
pub mod options;
pub mod page;
pub mod resolve;
pub mod types;

pub use diag::{Diagnostic, Loc};
pub use options::{Derive, OptionProblem, OptionRef, Options, TypeOverride};
use proc_macro2::TokenStream;

/// One doc to generate from.
#[derive(Debug, Clone, Copy)]
pub struct Doc<'a> {
    /// The path as the user wrote it; diagnostics and rustdoc name the doc by it.
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

/// Generates the items for `docs` with no options. `krate` is the path of the `docmodel` crate as
/// the generated code must spell it: `$crate` inside `docmodel::include_models!`, `::docmodel`
/// elsewhere.
///
/// Returns every problem of every doc if there is any.
pub fn generate(docs: &[Doc<'_>], krate: &TokenStream) -> Result<TokenStream, Vec<Diagnostic>> {
    generate_with(docs, &Options::new(krate.clone())).map_err(|problems| problems.docs)
}

/// Generates the items for `docs` as one model (an enum that several docs list is one enum),
/// with `options` applied. Returns every problem found, in the docs and in the options.
pub fn generate_with(docs: &[Doc<'_>], options: &Options) -> Result<TokenStream, Problems> {
    let mut problems = Problems::default();
    let mut models = Vec::new();
    for doc in docs {
        match model(doc) {
            Ok(model) => models.push(model),
            Err(found) => problems.docs.extend(found),
        }
    }
    let mut merged = merge::merge(models, &mut problems.docs);
    options::apply(&mut merged, options, &mut problems.options);
    if problems.is_empty() {
        Ok(emit::model(&merged, options))
    } else {
        Err(problems)
    }
}

/// The generated code for `docs` as formatted Rust source, with paths into the runtime spelled
/// `::docmodel` (what `docmodel show` prints, and what the snapshot tests keep).
#[cfg(feature = "render")]
pub fn render(docs: &[Doc<'_>]) -> Result<String, Vec<Diagnostic>> {
    let options = Options::new(quote::quote!(::docmodel));
    render_with(docs, &options).map_err(|problems| problems.docs)
}

/// [`render`] with options.
#[cfg(feature = "render")]
pub fn render_with(docs: &[Doc<'_>], options: &Options) -> Result<String, Problems> {
    let tokens = generate_with(docs, options)?;
    match syn::parse2::<syn::File>(tokens) {
        Ok(file) => Ok(prettyplease::unparse(&file)),
        Err(e) => Err(Problems {
            docs: vec![Diagnostic {
                path: docs.first().map(|d| d.path.to_owned()).unwrap_or_default(),
                loc: Loc::START,
                message: format!(
                    "docmodel generated code that does not parse (a bug in docmodel): {e}"
                ),
            }],
            options: Vec::new(),
        }),
    }
}

/// What checking one page found.
#[derive(Debug, Clone)]
pub enum Checked {
    /// The page has no property table: nothing to generate, nothing wrong (a conceptual page, or
    /// an API page without a request body).
    NoTable,
    /// The page generates types.
    Typed(model::Model),
    /// The page has problems.
    Failed(Vec<Diagnostic>),
}

/// Checks one page on its own, as `docmodel check` does.
pub fn check(doc: &Doc<'_>) -> Checked {
    let page = match page(doc) {
        Ok(page) => page,
        Err(problems) => return Checked::Failed(problems),
    };
    if !resolve::has_property_table(&page) {
        return Checked::NoTable;
    }
    match resolve_page(&page) {
        Ok(model) => Checked::Typed(model),
        Err(problems) => Checked::Failed(problems),
    }
}

/// Reads and resolves one doc into its type graph.
pub fn model(doc: &Doc<'_>) -> Result<model::Model, Vec<Diagnostic>> {
    resolve_page(&page(doc)?)
}

/// Reads one doc into its page model.
fn page(doc: &Doc<'_>) -> Result<page::Page, Vec<Diagnostic>> {
    match text(doc.bytes) {
        Ok(text) => Ok(markdown::parse(doc.path, text)),
        Err(loc) => {
            let mut diags = diag::Diagnostics::new(doc.path);
            diags.error(loc, "this doc is not UTF-8 text: save it as UTF-8");
            Err(diags.into_vec())
        }
    }
}

/// Resolves a page model into its type graph.
fn resolve_page(page: &page::Page) -> Result<model::Model, Vec<Diagnostic>> {
    let mut diags = diag::Diagnostics::new(&page.path);
    let model = resolve::resolve(page, &mut diags);
    if diags.is_empty() {
        Ok(model)
    } else {
        Err(diags.into_vec())
    }
}

/// The doc's text without a byte order mark, or the place of its first invalid byte.
fn text(bytes: &[u8]) -> Result<&str, Loc> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        markdown::LineIndex::new(valid).loc(valid.len())
    })
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
