//! `docmodel emit`: a standalone crate with the types of every page that checks.
//!
//! `check` decides which pages are emitted: the typed ones, and those without tables whose
//! examples are round-trip tests; a page that fails is left out, with its problems printed. The
//! pages emitted are built as ONE model, so that each type is written once, however many pages
//! lead to it: the module `types` has every type (and the example tests), and each page has a
//! module, named after its path below the folder given, that re-exports the types the page
//! defines (`pub use crate::types::User;`). If that one model has errors that the pages checked
//! one by one did not (two types of different pages with one Rust name), the pages the errors
//! point into are left out too (for an error in a page that links lead to, the pages whose types
//! lead there), with a warning each, and the rest is built again. The crate depends on `docmodel` by path and is a workspace of its own,
//! so that `cargo build` works in the folder as it is. The command succeeds when it writes the
//! crate, even with pages left out: the last lines count them, and `check` is the command that
//! fails on them. With `--features`, the types are behind Cargo features that codegen computes
//! from what each type needs (`Build::features`; see `features.rs`): a feature per top-level
//! resource or per namespace, `full` (the default) for them all.

mod features;
mod write;

use crate::diagnostics::Printer;
use crate::{Links, check_pages, summary_line};
use docmodel_codegen::{
    Build, Diagnostic, Doc, FeatureRule, FsLoader, Loc, Options, Origin, Place,
};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// A page to emit: its path (normalized) and bytes.
type Page = (String, Vec<u8>);

/// The one model of the pages, and which pages it has.
struct OneModel<'p> {
    build: Build,
    pages: Vec<&'p Page>,
    /// The pages left out because they failed in the one model.
    left_out: Vec<String>,
}

pub fn emit(
    paths: &[PathBuf],
    out: &Path,
    docmodel: Option<&Path>,
    rule: Option<FeatureRule>,
    links: &Links,
) -> ExitCode {
    let mut printer = Printer::default();
    let mut loader = links.loader(paths);
    let summary = match check_pages(paths, links, &mut loader, &mut printer) {
        Ok(summary) => summary,
        Err(problem) => return crate::fail(&[problem]),
    };
    let options = Options {
        examples: true,
        ..links.options(crate::quote_docmodel())
    };
    let pages: Vec<&Page> = summary.typed.iter().chain(&summary.example_pages).collect();
    let Some(one) = one_model(pages, &options, &mut loader, &mut printer) else {
        return ExitCode::FAILURE;
    };
    printer.print(one.build.warnings());
    let chosen = rule.map(|rule| {
        let pages: Vec<&str> = one.pages.iter().map(|(path, _)| path.as_str()).collect();
        one.build.features(&pages, rule, features::MAX)
    });
    let types = match write::types(&one.build, &options, chosen.as_ref()) {
        Ok(types) => types,
        Err(bugs) => return crate::fail(&bugs),
    };
    let modules = write::page_modules(&one.build, &one.pages, paths, chosen.as_ref());
    let docmodel = docmodel
        .map(Path::to_owned)
        .unwrap_or_else(|| PathBuf::from(write::DOCMODEL));
    let docmodel = docmodel.canonicalize().unwrap_or(docmodel);
    if let Err(e) = write::write_crate(out, &docmodel, &types, &modules, chosen.as_ref()) {
        eprintln!("error: cannot write the crate to `{}`: {e}", out.display());
        return ExitCode::FAILURE;
    }
    println!("{}", summary_line(&summary));
    let operations = one.build.requests.operations;
    println!(
        "wrote {} page modules, {} types, {} operations and {} example tests ({} of requests) to {}",
        modules.len(),
        types.count.saturating_sub(operations),
        operations,
        one.build.examples.tests() + one.build.requests.tests(),
        one.build.requests.tests(),
        out.display()
    );
    if let (Some(chosen), Some(rule)) = (&chosen, rule) {
        println!("{}", features::summary(chosen, rule));
    }
    let typed = summary
        .typed
        .iter()
        .filter(|(path, _)| one.left_out.contains(path))
        .count();
    println!(
        "left out {} pages: {} failed the check, {} in one model with the others ({typed} typed, \
         {} without tables whose examples are tests)",
        summary.failed + one.left_out.len(),
        summary.failed,
        one.left_out.len(),
        one.left_out.len() - typed,
    );
    ExitCode::SUCCESS
}

/// Builds `pages` as one model. The pages that fail in it though each passed the check on its
/// own are left out, with the pages whose types lead to theirs, and the rest is built again,
/// until a build has no error: each round leaves out at least one page, so this ends. `None`
/// (the errors printed) if the errors point at no page that can be left out.
fn one_model<'p>(
    mut pages: Vec<&'p Page>,
    options: &Options,
    loader: &mut FsLoader,
    printer: &mut Printer,
) -> Option<OneModel<'p>> {
    let mut left_out = Vec::new();
    loop {
        let docs: Vec<Doc<'_>> = pages
            .iter()
            .map(|(path, bytes)| Doc {
                path,
                bytes,
                in_folder: false,
            })
            .collect();
        let build = docmodel_codegen::build(&docs, options, loader);
        if !build.has_errors() {
            return Some(OneModel {
                build,
                pages,
                left_out,
            });
        }
        printer.print(build.errors());
        let leave = pages_to_leave_out(&build, &pages);
        if leave.is_empty() {
            eprintln!(
                "error: in one model, the pages have the errors above, and none of them is \
                 about a page that could be left out: nothing written"
            );
            return None;
        }
        let warnings: Vec<Diagnostic> = leave.iter().map(|path| left_out_warning(path)).collect();
        printer.print(&warnings);
        pages.retain(|(path, _)| !leave.contains(path));
        left_out.extend(leave);
    }
}

/// The pages to leave out of the next build so that the errors of `build` go away: those of
/// `pages` the errors point into; for an error in a page that is not among them (a page a link
/// leads to), the pages whose types lead to that page's. Only the first: another page that has
/// the type of a page left out (a resource page and its create page make one type) builds well
/// without it, unless a link brings the page back, and then the next build says so.
fn pages_to_leave_out(build: &Build, pages: &[&Page]) -> BTreeSet<String> {
    let requested: BTreeSet<&str> = pages.iter().map(|(path, _)| path.as_str()).collect();
    let (own, linked): (BTreeSet<&str>, BTreeSet<&str>) = build
        .errors()
        .filter_map(|error| match &error.origin {
            Origin::Doc(place) => Some(place.path.as_str()),
            Origin::Option(_) | Origin::Build => None,
        })
        .partition(|path| requested.contains(path));
    let reaching = if linked.is_empty() {
        Vec::new()
    } else {
        build.pages_reaching(&linked)
    };
    let mut leave: BTreeSet<String> = own.iter().map(|path| (*path).to_owned()).collect();
    leave.extend(reaching);
    leave
}

/// The warning that says `path` is left out, and why.
fn left_out_warning(path: &str) -> Diagnostic {
    let message = "this page is left out of the crate: in one model with the other pages, it has \
                   an error above, or its types lead to one";
    Diagnostic::warning(Place::new(path, Loc::START), message)
        .with_help("fix that error, or leave the pages it is about out of `emit`'s paths")
}
