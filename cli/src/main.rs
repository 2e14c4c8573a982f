//! `docmodel`: shows the Rust code that docmodel generates from Markdown API reference pages, and
//! checks pages.

use clap::{Parser, Subcommand};
use docmodel_codegen::{Checked, Diagnostic, Doc};
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

#[derive(Subcommand)]
enum Command {
    /// Print the code generated for PAGEs, as one model (formatted); with no PAGE, for the
    /// built-in seed page.
    Show {
        /// Markdown pages.
        pages: Vec<PathBuf>,
    },
    /// Check each page on its own and print every problem in rustc's format; the last line
    /// counts pages. Exits 1 if any page failed.
    Check {
        /// Markdown pages, or folders to search for `*.md` pages.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Show { pages } => show(&pages),
        Command::Check { paths } => check(&paths),
    }
}

fn show(pages: &[PathBuf]) -> ExitCode {
    let mut inputs = Vec::new();
    if pages.is_empty() {
        inputs.push((SEED_PATH.to_owned(), SEED.to_vec()));
    }
    for page in pages {
        match read(page) {
            Ok(input) => inputs.push(input),
            Err(problem) => return fail(&[problem]),
        }
    }
    let docs: Vec<_> = inputs
        .iter()
        .map(|(path, bytes)| Doc { path, bytes })
        .collect();
    match docmodel_codegen::render(&docs) {
        Ok(code) => {
            print!("{code}");
            ExitCode::SUCCESS
        }
        Err(problems) => fail(&problems),
    }
}

fn check(paths: &[PathBuf]) -> ExitCode {
    let mut pages = Vec::new();
    for path in paths {
        if let Err(problem) = collect_pages(path, &mut pages) {
            return fail(&[problem]);
        }
    }
    let (mut typed, mut failed) = (0, 0);
    for page in &pages {
        let problems = match read(page) {
            Ok((path, bytes)) => match docmodel_codegen::check(&Doc {
                path: &path,
                bytes: &bytes,
            }) {
                Checked::NoTable => continue,
                Checked::Typed(_) => {
                    typed += 1;
                    continue;
                }
                Checked::Failed(problems) => problems,
            },
            Err(problem) => vec![problem],
        };
        failed += 1;
        for problem in &problems {
            eprintln!("{}", rustc_format(problem));
        }
    }
    println!("pages: {}, typed: {typed}, failed: {failed}", pages.len());
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// `path` if it is a file, else every `*.md` below it, in a deterministic (sorted) order.
fn collect_pages(path: &Path, pages: &mut Vec<PathBuf>) -> Result<(), Diagnostic> {
    if !path.is_dir() {
        pages.push(path.to_owned());
        return Ok(());
    }
    let entries = std::fs::read_dir(path).map_err(|e| unreadable(path, &e))?;
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    for child in children {
        if child.is_dir() {
            collect_pages(&child, pages)?;
        } else if child.extension().is_some_and(|ext| ext == "md") {
            pages.push(child);
        }
    }
    Ok(())
}

fn read(page: &Path) -> Result<(String, Vec<u8>), Diagnostic> {
    let bytes = std::fs::read(page).map_err(|e| unreadable(page, &e))?;
    Ok((page.display().to_string(), bytes))
}

fn unreadable(path: &Path, error: &std::io::Error) -> Diagnostic {
    Diagnostic {
        path: path.display().to_string(),
        loc: docmodel_codegen::Loc::START,
        message: format!("cannot read this: {error}"),
    }
}

/// A problem as rustc prints one: `error: message` and `  --> path:line:col`.
fn rustc_format(problem: &Diagnostic) -> String {
    let Diagnostic { path, loc, message } = problem;
    format!("error: {message}\n  --> {path}:{}:{}\n", loc.line, loc.col)
}

fn fail(problems: &[Diagnostic]) -> ExitCode {
    for problem in problems {
        eprintln!("{}", rustc_format(problem));
    }
    ExitCode::FAILURE
}
