//! What the build script tells cargo: which files and folders to watch, and the warnings.
//!
//! Each instruction is one line of the build script's stdout, so no path or message may hold a
//! line break: a page's name or a doc's text could otherwise smuggle in an instruction of its
//! own (`cargo::rustc-link-arg=...`). Messages have theirs made spaces; a path that has one (or is
//! not UTF-8) is not watched, with a warning that says so.

use crate::Run;
use crate::error::one_line;
use docmodel_codegen::absolute;
use std::collections::HashSet;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Prints `cargo::rerun-if-changed` for every file and folder of `run`, each once, then
/// `cargo::warning` for each of its warnings, each once, and one for the findings in examples
/// it counts rather than shows. A folder that is not there is not
/// watched (cargo would run the script on every build), nor one that holds `out_dir` (writing
/// the output changes it).
pub(crate) fn print(run: &Run, out_dir: Option<&Path>, out: &mut dyn Write) -> io::Result<()> {
    let mut watched: HashSet<PathBuf> = HashSet::new();
    let mut unwatchable = Vec::new();
    let folders = run
        .folders
        .iter()
        .filter(|folder| folder.is_dir())
        .filter(|folder| out_dir.is_none_or(|out| !out.starts_with(absolute(folder))));
    for path in run.files.iter().chain(folders) {
        let path = absolute(path);
        if !watched.insert(path.clone()) {
            continue;
        }
        match path.to_str() {
            Some(text) if !text.contains(['\n', '\r']) => {
                writeln!(out, "cargo::rerun-if-changed={text}")?;
            }
            _ => unwatchable.push(path),
        }
    }
    for path in unwatchable {
        let message = format!(
            "cannot watch {}: its name has a line break or is not UTF-8, so changing it does not \
             run the build script again",
            path.display()
        );
        writeln!(out, "cargo::warning={}", one_line(&message))?;
    }
    let mut warned = HashSet::new();
    for warning in &run.warnings {
        let line = one_line(&warning.to_string());
        if warned.insert(line.clone()) {
            writeln!(out, "cargo::warning={line}")?;
        }
    }
    if run.example_findings > 0 {
        let n = run.example_findings;
        let findings = if n == 1 { "finding" } else { "findings" };
        writeln!(
            out,
            "cargo::warning={n} {findings} in the docs' JSON examples (an example that disagrees \
             with its tables, or is not JSON), which change no type: `docmodel check` lists them, \
             and so does this build script with `Builder::examples(true)`"
        )?;
    }
    Ok(())
}
