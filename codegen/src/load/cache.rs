//! The pages links led to, kept between builds ([`PageCache`]).

use super::{LoadedPage, read_page};
use std::collections::HashMap;
use std::sync::Arc;

/// The pages links led to, parsed and resolved, by path, kept between builds: the macro keeps one
/// for the compiler process, so that a crate whose pages all link to the same `enums.md` parses it
/// once rather than once per macro call; `docmodel check` keeps one per run. A kept page is reused
/// only for the same path and the same bytes, so the cache never changes what a build makes.
#[derive(Debug, Default, Clone)]
pub struct PageCache {
    /// The path the page was read from (as [`super::Loader::find`] gave it, whatever spelling
    /// a link used) -> the bytes the page was made from, and the page.
    pages: HashMap<String, (Vec<u8>, Arc<LoadedPage>)>,
}

impl PageCache {
    /// At most this many pages are kept; the cache starts over when it is full (a long-lived
    /// process, such as an IDE's macro server, sees more and more paths).
    pub const CAPACITY: usize = 4096;

    /// The page at `path` made from `bytes`: the kept one if it was made from the same bytes,
    /// else a new one, which is kept.
    pub(super) fn linked(&mut self, path: &str, bytes: Vec<u8>) -> Arc<LoadedPage> {
        if let Some((kept, page)) = self.pages.get(path)
            && *kept == bytes
        {
            return Arc::clone(page);
        }
        let page = Arc::new(read_page(path, &bytes, false));
        if self.pages.len() >= Self::CAPACITY {
            self.pages.clear();
        }
        self.pages
            .insert(path.to_owned(), (bytes, Arc::clone(&page)));
        page
    }

    /// How many pages are kept.
    pub fn len(&self) -> usize {
        self.pages.len()
    }

    /// Whether none is.
    pub fn is_empty(&self) -> bool {
        self.pages.is_empty()
    }
}
