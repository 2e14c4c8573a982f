//! `docmodel`: shows the Rust code that docmodel generates from Markdown API reference pages.

use clap::{Parser, Subcommand};
use std::path::PathBuf;
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
    /// Print the code generated for PAGEs (formatted); with no PAGE, for the built-in seed page.
    Show {
        /// Markdown pages.
        pages: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Show { pages } => show(&pages),
    }
}

fn show(pages: &[PathBuf]) -> ExitCode {
    let mut inputs = Vec::new();
    if pages.is_empty() {
        inputs.push((SEED_PATH.to_owned(), SEED.to_vec()));
    }
    for page in pages {
        let path = page.display().to_string();
        match std::fs::read(page) {
            Ok(bytes) => inputs.push((path, bytes)),
            Err(e) => {
                eprintln!("{path}:1:1: cannot read this doc: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let docs: Vec<_> = inputs
        .iter()
        .map(|(path, bytes)| docmodel_codegen::Doc { path, bytes })
        .collect();
    match docmodel_codegen::render(&docs) {
        Ok(code) => {
            print!("{code}");
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for problem in &problems {
                eprintln!("error: {problem}");
            }
            ExitCode::FAILURE
        }
    }
}
