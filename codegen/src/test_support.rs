//! What the unit tests of every stage share: pages in, generated code or diagnostics out.

use crate::model::Model;
use crate::{Build, Diagnostic, Doc, NoLoader, Options, build};
use quote::quote;

/// The pages as docs.
pub fn docs<'a>(pages: &[(&'a str, &'a str)]) -> Vec<Doc<'a>> {
    pages
        .iter()
        .map(|(path, text)| Doc {
            path,
            bytes: text.as_bytes(),
            in_folder: false,
        })
        .collect()
}

/// The options of most tests: none, and `::docmodel` for the crate.
pub fn options() -> Options {
    Options::new(quote!(::docmodel))
}

/// Builds `pages` as one model with `options`, following no link.
pub fn build_pages(pages: &[(&str, &str)], options: &Options) -> Build {
    build(&docs(pages), options, &mut NoLoader)
}

/// The generated code of `pages` (tokens as text), or their errors (each as the macro shows it).
pub fn run(pages: &[(&str, &str)]) -> Result<String, Vec<String>> {
    crate::tokens(&build_pages(pages, &options()), &options())
        .map(|t| t.to_string())
        .map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

/// Reads and resolves one doc on its own (no links followed) into its type graph.
pub fn model(doc: &Doc<'_>) -> Result<Model, Vec<Diagnostic>> {
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
