//! Pages on disk: reading them, finding them in folders, and following links among them.

use docmodel_codegen::{Diagnostic, Loader, PageCache, ReadError};
use std::path::{Path, PathBuf};

/// Reads linked pages from disk, only inside a root folder, and keeps them parsed for the next
/// page (`check` over a folder reads the same `enums.md` for most pages).
pub struct FsLoader {
    root: Option<PathBuf>,
    described: String,
    cache: PageCache,
}

impl FsLoader {
    /// A loader that reads inside `root`, or (if `None`) inside the deepest folder that holds
    /// both the current folder and every one of `paths`.
    pub fn new(root: Option<PathBuf>, paths: &[PathBuf]) -> Self {
        let root = root
            .or_else(|| default_root(paths))
            .and_then(|r| r.canonicalize().ok());
        let described = root
            .as_deref()
            .map_or_else(|| "no folder".to_owned(), |r| format!("`{}`", r.display()));
        FsLoader {
            root,
            described,
            cache: PageCache::default(),
        }
    }
}

impl Loader for FsLoader {
    fn read(&mut self, path: &str) -> Result<Vec<u8>, ReadError> {
        let file = Path::new(path);
        let resolved = match file.canonicalize() {
            Ok(resolved) => resolved,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(ReadError::NotFound),
            Err(e) => return Err(ReadError::Other(e.to_string())),
        };
        let inside = self
            .root
            .as_deref()
            .is_some_and(|r| resolved.starts_with(r));
        if !inside {
            return Err(ReadError::Outside(self.described.clone()));
        }
        if resolved.is_dir() {
            return Err(ReadError::Other("it is a folder, not a page".to_owned()));
        }
        std::fs::read(&resolved).map_err(|e| ReadError::Other(e.to_string()))
    }

    fn cache(&mut self) -> Option<&mut PageCache> {
        Some(&mut self.cache)
    }
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

/// `path` if it is a file, else every `*.md` below it, in a deterministic (sorted) order.
pub fn collect_pages(path: &Path, pages: &mut Vec<PathBuf>) -> Result<(), Diagnostic> {
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

/// A page's path as given, and its bytes.
pub fn read(page: &Path) -> Result<(String, Vec<u8>), Diagnostic> {
    let bytes = std::fs::read(page).map_err(|e| unreadable(page, &e))?;
    Ok((crate::shown(page), bytes))
}

fn unreadable(path: &Path, error: &std::io::Error) -> Diagnostic {
    let place = docmodel_codegen::Place::new(&crate::shown(path), docmodel_codegen::Loc::START);
    Diagnostic::error(place, format!("cannot read this: {error}"))
}
