//! `docmodel`: shows the Rust code that docmodel generates from Markdown API reference pages,
//! checks pages, and writes a crate of the types of a whole doc set.

mod diagnostics;
mod emit;
mod files;

use clap::{Parser, Subcommand};
use diagnostics::Printer;
use docmodel_codegen::{Checked, Diagnostic, Doc, FsLoader, Options, Unresolved};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The seed page, built into the binary so that `docmodel show` works anywhere.
const SEED_PATH: &str = "docs/intune-apps-mobileappinstallstatus-create.md";
const SEED: &[u8] = include_bytes!("../../docs/intune-apps-mobileappinstallstatus-create.md");

#[derive(Parser)]
#[command(
    name = "docmodel",
    version,
    about = "Rust types from Markdown API reference pages"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// How links are followed; shared by every command.
#[derive(clap::Args, Clone)]
struct Links {
    /// Links are followed only inside this folder. Default: the deepest folder that holds both
    /// the current folder and every PATH given.
    #[arg(long)]
    root: Option<PathBuf>,
    /// What a type that cannot be found (a link to a missing page, an unknown name) does on a
    /// page given (on a page a link led to, it is a `serde_json::Value` with a warning either
    /// way): `error` (the default, as in the macro) fails the page; `value` makes the property a
    /// `serde_json::Value`, with a warning (for a doc set that is part of a larger one and links
    /// out of itself).
    #[arg(long, value_enum)]
    unresolved: Option<UnresolvedArg>,
    /// Make every flaw of the docs that a documented rule decides (two rows that disagree, a
    /// link in the wrong letter case, ...) an error rather than a warning, as the macro's
    /// `strict = true` does: for docs you own.
    #[arg(long)]
    strict: bool,
    /// Generate no operation types for API pages, as the macro's `operations = false` does:
    /// types only.
    #[arg(long)]
    no_operations: bool,
}

#[derive(clap::ValueEnum, Clone, Copy)]
enum UnresolvedArg {
    Error,
    Value,
}

#[derive(Subcommand)]
enum Command {
    /// Print the code generated for PAGEs, as one model (formatted); with no PAGE, for the
    /// built-in seed page.
    Show {
        /// Markdown pages.
        pages: Vec<PathBuf>,
        #[command(flatten)]
        links: Links,
    },
    /// Check each page, with the pages its links lead to, and print every problem and warning
    /// in rustc's format; the last line counts pages. Exits 1 if any page failed.
    Check {
        /// Markdown pages, or folders to search for `*.md` pages.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        links: Links,
    },
    /// Write a crate with the types of every page that checks, each type once, with a module per
    /// page that re-exports the page's types; pages that fail are left out.
    Emit {
        /// Markdown pages, or folders to search for `*.md` pages.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The folder to write the crate to (created if needed; its `src/` is replaced).
        #[arg(long)]
        out: PathBuf,
        /// The `docmodel` crate the emitted crate depends on. Default: this workspace's.
        #[arg(long)]
        docmodel: Option<PathBuf>,
        /// Put the types behind Cargo features, computed from what each type needs: `resource`,
        /// a feature per top-level resource with the types it reaches (at most 298, as
        /// crates.io allows 300 with `default` and `full`); `namespace`, a feature per
        /// namespace. `full`, the default feature, has them all; a user of some turns off the
        /// default features and names them.
        #[arg(long, value_enum)]
        features: Option<FeaturesArg>,
        #[command(flatten)]
        links: Links,
    },
}

#[derive(clap::ValueEnum, Clone, Copy)]
enum FeaturesArg {
    Resource,
    Namespace,
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Show { pages, links } => show(&pages, &links),
        Command::Check { paths, links } => check_command(&paths, &links),
        Command::Emit {
            paths,
            out,
            docmodel,
            features,
            links,
        } => {
            let rule = features.map(|f| match f {
                FeaturesArg::Resource => docmodel_codegen::FeatureRule::Resource,
                FeaturesArg::Namespace => docmodel_codegen::FeatureRule::Namespace,
            });
            emit::emit(&paths, &out, docmodel.as_deref(), rule, &links)
        }
    }
}

impl Links {
    /// The options: the macro's defaults, unless the user gave others.
    fn options(&self, krate: proc_macro2::TokenStream) -> Options {
        let unresolved = match self.unresolved {
            Some(UnresolvedArg::Error) | None => Unresolved::Error,
            Some(UnresolvedArg::Value) => Unresolved::Json,
        };
        Options {
            unresolved,
            strict: self.strict,
            operations: !self.no_operations,
            ..Options::new(krate)
        }
    }

    fn loader(&self, paths: &[PathBuf]) -> FsLoader {
        files::loader(self.root.clone(), paths)
    }
}

fn show(pages: &[PathBuf], links: &Links) -> ExitCode {
    let mut inputs = Vec::new();
    if pages.is_empty() {
        inputs.push((SEED_PATH.to_owned(), SEED.to_vec()));
    }
    for page in pages {
        match files::read(&shown(page)) {
            Ok(input) => inputs.push(input),
            Err(problem) => return fail(&[problem]),
        }
    }
    let docs: Vec<_> = inputs
        .iter()
        .map(|(path, bytes)| Doc {
            path,
            bytes,
            in_folder: false,
        })
        .collect();
    let mut loader = links.loader(pages);
    let options = links.options(quote_docmodel());
    let build = docmodel_codegen::build(&docs, &options, &mut loader);
    let mut printer = Printer::with_source(SEED_PATH, SEED);
    printer.print(build.warnings());
    if build.has_errors() {
        printer.print(build.errors());
        return ExitCode::FAILURE;
    }
    match docmodel_codegen::format(&build, &options) {
        Ok(code) => {
            print!("{code}");
            ExitCode::SUCCESS
        }
        Err(bugs) => fail(&bugs),
    }
}

fn quote_docmodel() -> proc_macro2::TokenStream {
    quote::quote!(::docmodel)
}

/// What checking a set of pages found.
pub struct Summary {
    /// Pages read.
    pub pages: usize,
    /// Pages that generate types, with their paths and bytes.
    pub typed: Vec<(String, Vec<u8>)>,
    /// Pages that failed.
    pub failed: usize,
    /// Examples checked.
    pub examples_checked: usize,
    /// Examples with findings.
    pub examples_disagree: usize,
    /// Pages without tables that document an operation or whose examples are round-trip tests,
    /// with their bytes.
    pub example_pages: Vec<(String, Vec<u8>)>,
    /// Operations of the pages.
    pub operations: usize,
    /// Request examples checked against their operations.
    pub requests_checked: usize,
    /// Request examples whose method or URL disagrees with their operation.
    pub requests_disagree: usize,
    /// How many flaws of the docs each rule decided, as a line, if any rule decided one.
    pub decided: Option<String>,
}

/// Checks every page under `paths`, printing problems and warnings (each once, through
/// `printer`) as it goes, with a progress bar on a terminal. Linked pages are read through
/// `loader`, which keeps them parsed for what comes next (`emit`'s build of them all).
fn check_pages(
    paths: &[PathBuf],
    links: &Links,
    loader: &mut FsLoader,
    printer: &mut Printer,
) -> Result<Summary, Diagnostic> {
    let mut pages = Vec::new();
    for path in paths {
        pages.extend(files::pages(path)?);
    }
    let bar = progress(pages.len());
    let options = links.options(quote_docmodel());
    let mut summary = Summary {
        pages: pages.len(),
        typed: Vec::new(),
        failed: 0,
        examples_checked: 0,
        examples_disagree: 0,
        example_pages: Vec::new(),
        operations: 0,
        requests_checked: 0,
        requests_disagree: 0,
        decided: None,
    };
    for page in &pages {
        bar.inc(1);
        let (path, bytes) = match files::read(page) {
            // Normalized (`cli/../docs/x.md` -> `docs/x.md`) like the paths of the pages links
            // lead to, so that a page checked itself and reached through a link has one name,
            // and its findings show once.
            Ok((path, bytes)) => (docmodel_codegen::normalize_path(&path), bytes),
            Err(problem) => {
                summary.failed += 1;
                bar.suspend(|| printer.print([&problem]));
                continue;
            }
        };
        let doc = Doc {
            path: &path,
            bytes: &bytes,
            in_folder: false,
        };
        let checked = docmodel_codegen::check(&doc, &options, loader);
        let (Checked::NoTable(build) | Checked::Typed(build) | Checked::Failed(build)) = &checked;
        summary.examples_checked += build.examples.checked;
        summary.examples_disagree += build.examples.disagree;
        summary.operations += build.requests.operations;
        summary.requests_checked += build.requests.checked;
        summary.requests_disagree += build.requests.disagree;
        bar.suspend(|| printer.print(&build.diagnostics));
        match checked {
            Checked::NoTable(build)
                if build.examples.tests() > 0 || build.requests.operations > 0 =>
            {
                summary.example_pages.push((path, bytes));
            }
            Checked::NoTable(_) => {}
            Checked::Typed(_) => summary.typed.push((path, bytes)),
            Checked::Failed(_) => summary.failed += 1,
        }
    }
    bar.finish_and_clear();
    summary.decided = printer.decided_line();
    Ok(summary)
}

fn check_command(paths: &[PathBuf], links: &Links) -> ExitCode {
    let mut loader = links.loader(paths);
    let summary = match check_pages(paths, links, &mut loader, &mut Printer::default()) {
        Ok(summary) => summary,
        Err(problem) => return fail(&[problem]),
    };
    if let Some(decided) = &summary.decided {
        println!("{decided}");
    }
    println!("{}", summary_line(&summary));
    println!("{}", operations_line(&summary));
    if summary.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `pages: N, typed: N, failed: N, examples: N checked, N disagree`.
fn summary_line(summary: &Summary) -> String {
    format!(
        "pages: {}, typed: {}, failed: {}, examples: {} checked, {} disagree",
        summary.pages,
        summary.typed.len(),
        summary.failed,
        summary.examples_checked,
        summary.examples_disagree
    )
}

/// `operations: N, requests checked: N, disagree: N`.
fn operations_line(summary: &Summary) -> String {
    format!(
        "operations: {}, requests checked: {}, disagree: {}",
        summary.operations, summary.requests_checked, summary.requests_disagree
    )
}

/// A progress bar on stderr when it is a terminal; hidden otherwise.
fn progress(len: usize) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} pages {msg}") {
        bar.set_style(style);
    }
    bar
}

/// Prints `problems` and fails.
fn fail(problems: &[Diagnostic]) -> ExitCode {
    Printer::default().print(problems);
    ExitCode::FAILURE
}

/// The path as the user gave it, for messages.
fn shown(path: &Path) -> String {
    path.display().to_string()
}
