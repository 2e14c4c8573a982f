//! Reading the docs links lead to: the [`Loader`] trait, what goes wrong ([`ReadError`]), and
//! the loaders that need no disk ([`NoLoader`], [`MemoryLoader`]); the one on disk is
//! [`crate::FsLoader`].

use super::paths::{by_case, file_name, join, parent};
use super::{PageCache, TypeIndex};
use std::collections::HashMap;

/// Reads the docs that links lead to.
///
/// Paths are as the user's docs are written (relative to the same folder as the paths of the
/// docs the build started from), already joined and normalized, with `/` separators.
pub trait Loader {
    /// The path of the doc a link to `path` means: `path` itself if there is such a file, else
    /// the one file of its folder whose name differs from it in ASCII letter case only (two such
    /// files are [`ReadError::Ambiguous`]; the folders are matched as they are). By default
    /// `path` itself: a loader
    /// that cannot list its files finds what [`Loader::read`] finds.
    fn find(&mut self, path: &str) -> Result<String, ReadError> {
        Ok(path.to_owned())
    }

    /// Reads the doc at `path`, a path [`Loader::find`] gave.
    fn read(&mut self, path: &str) -> Result<Vec<u8>, ReadError>;

    /// Where the pages links lead to are kept between builds, if anywhere (by default nowhere:
    /// every build parses every page it reads).
    fn cache(&mut self) -> Option<&mut PageCache> {
        None
    }

    /// Calls `scan` with the path and the bytes of each page (`*.md` file) of the folder `dir`,
    /// so that a type can be found by the page that declares it ([`TypeIndex`]). The pages are
    /// only scanned: a loader that tracks what it reads need not track them (the page a name
    /// finds is read again through [`Loader::read`]). By default there are none: a loader that
    /// cannot list its files finds a type only by its links and the guesses.
    fn scan_folder(&mut self, dir: &str, scan: &mut dyn FnMut(&str, &[u8])) {
        let _ = (dir, scan);
    }

    /// Where the index of the folders' type pages is kept between builds, if anywhere (by
    /// default nowhere: each build that needs it scans the folders again).
    fn types(&mut self) -> Option<&mut TypeIndex> {
        None
    }
}

/// Why a doc could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// There is no such file.
    NotFound,
    /// The path leads out of the folder docs may be read from; the text says which folder.
    Outside(String),
    /// There is no file of that name, and several whose names differ from it in letter case
    /// only: their names, sorted.
    Ambiguous(Vec<String>),
    /// Anything else (a folder, no permission, ...), said in full.
    Other(String),
}

impl ReadError {
    /// What went wrong, for a message that goes on to say what to do.
    pub fn describe(&self) -> String {
        match self {
            ReadError::NotFound => "there is no such file".to_owned(),
            ReadError::Outside(root) => {
                format!("it is outside the folder docs are read from ({root})")
            }
            ReadError::Ambiguous(names) => {
                let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
                let listed = match quoted.split_last() {
                    Some((last, [])) => last.clone(),
                    Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
                    None => String::new(),
                };
                format!(
                    "there is no file of that name, and {} whose names differ from it in letter \
                     case only: {listed}",
                    names.len()
                )
            }
            ReadError::Other(e) => e.clone(),
        }
    }
}

/// A loader that finds nothing: every link is missing.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoLoader;

impl Loader for NoLoader {
    fn find(&mut self, _: &str) -> Result<String, ReadError> {
        Err(ReadError::NotFound)
    }

    fn read(&mut self, _: &str) -> Result<Vec<u8>, ReadError> {
        Err(ReadError::NotFound)
    }
}

/// A loader over docs held in memory, by normalized path (for tests and tools). It finds files
/// by letter case as a folder on disk does ([`Loader::find`]).
#[derive(Debug, Default, Clone)]
pub struct MemoryLoader(pub HashMap<String, Vec<u8>>);

impl Loader for MemoryLoader {
    fn find(&mut self, path: &str) -> Result<String, ReadError> {
        if self.0.contains_key(path) {
            return Ok(path.to_owned());
        }
        let dir = parent(path);
        let files = self
            .0
            .keys()
            .filter(|p| parent(p) == dir)
            .map(|p| file_name(p));
        let name = by_case(file_name(path), files)?;
        Ok(join(dir, name))
    }

    fn read(&mut self, path: &str) -> Result<Vec<u8>, ReadError> {
        self.0.get(path).cloned().ok_or(ReadError::NotFound)
    }

    fn scan_folder(&mut self, dir: &str, scan: &mut dyn FnMut(&str, &[u8])) {
        let mut pages: Vec<_> = (self.0.iter())
            .filter(|(p, _)| parent(p) == dir && p.ends_with(".md"))
            .collect();
        pages.sort();
        for (path, bytes) in pages {
            scan(path, bytes);
        }
    }
}
