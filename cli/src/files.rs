//! Pages on disk, through the engine's shared file side (`docmodel_codegen::{expand, FsLoader}`):
//! the root links are followed in, the pages a path names, and reading a page.

use docmodel_codegen::{Diagnostic, FsLoader, Loc, Place};
use std::path::{Path, PathBuf};

/// A loader of paths relative to the current folder that reads inside `root`, or (if `None`)
/// inside the deepest folder that holds both the current folder and every one of `paths` (the
/// current folder, if a path is not there to say).
pub fn loader(root: Option<PathBuf>, paths: &[PathBuf]) -> FsLoader {
    let root = root
        .or_else(|| default_root(paths))
        .unwrap_or_else(|| PathBuf::from("."));
    let root = root.canonicalize().unwrap_or(root);
    let described = format!("`{}`", root.display());
    FsLoader::new("", root, &described)
}

/// The deepest folder that holds the current folder and every path.
fn default_root(paths: &[PathBuf]) -> Option<PathBuf> {
    let mut folders = vec![std::env::current_dir().ok()?];
    for path in paths {
        let absolute = path.canonicalize().ok()?;
        let folder = if absolute.is_dir() {
            absolute
        } else {
            absolute.parent()?.to_owned()
        };
        folders.push(folder);
    }
    let mut common = folders.first()?.clone();
    for folder in &folders {
        while !folder.starts_with(&common) {
            common = common.parent()?.to_owned();
        }
    }
    Some(common)
}

/// The pages `path` names, as the macro finds them: itself if it is a file, else every `*.md`
/// below it, sorted as whole paths.
pub fn pages(path: &Path) -> Result<Vec<String>, Diagnostic> {
    let written = crate::shown(path);
    docmodel_codegen::expand(Path::new(""), &written)
        .map_err(|message| Diagnostic::error(Place::new(&written, Loc::START), message))
}

/// A page's path as given, and its bytes.
pub fn read(page: &str) -> Result<(String, Vec<u8>), Diagnostic> {
    match std::fs::read(page) {
        Ok(bytes) => Ok((page.to_owned(), bytes)),
        Err(e) => {
            let message = format!("cannot read this: {e}");
            Err(Diagnostic::error(Place::new(page, Loc::START), message))
        }
    }
}
