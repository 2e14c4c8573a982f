//! Loading: the docs of a build, and every doc their Type cells lead to, each read and resolved.
//!
//! Starting from the docs the user names, each page is read ([`crate::markdown`]) and resolved
//! ([`crate::resolve`]); then every Type cell that names a type is followed, transitively:
//!
//! - a link (`[itemBody](itembody.md)`, `[x][]` with its definition at the bottom, or
//!   `enums.md#x-values`) is read relative to the page that holds it;
//! - a name without a link (`dateTimeTimeZone`) is looked for where Graph's docs keep it: the
//!   page `datetimetimezone.md` beside the page, or in `../resources/`, and the `x values`
//!   sections of `enums.md` there. A page that is not there is no problem: the name may be an
//!   enum that the row's description lists.
//!
//! Reading is the [`Loader`]'s job, so that the macro (which keeps reads inside `root` and tracks
//! every file for rebuilds) and the CLI (plain files) share this code, and tests read from memory.
//! Each page is read once, however many links lead to it; cycles end there.
//!
//! A loader may also keep a [`PageCache`]: the pages links led to, parsed and resolved, kept
//! between builds. The macro keeps one for the compiler process, so that a crate whose pages all
//! link to the same `enums.md` parses it once rather than once per macro call (it took a third of
//! the macro's time on the corpus); `docmodel check` keeps one per run. A kept page is reused only
//! for the same path and the same bytes, so the cache never changes what a build makes.

use crate::defs::{PageDefs, Target};
use crate::diag::{Diagnostic, Diagnostics, Loc, Origin, Place, Severity};
use crate::page::Page;
use crate::{Doc, markdown, resolve};
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

/// At most this many pages are read for one build, however many links there are.
pub const MAX_PAGES: usize = 20_000;

/// Reads the docs that links lead to.
pub trait Loader {
    /// Reads the doc at `path`: a path as the user's docs are written (relative to the same
    /// folder as the paths of the docs the build started from), already joined and normalized,
    /// with `/` separators.
    fn read(&mut self, path: &str) -> Result<Vec<u8>, ReadError>;

    /// Where the pages links lead to are kept between builds, if anywhere (by default nowhere:
    /// every build parses every page it reads).
    fn cache(&mut self) -> Option<&mut PageCache> {
        None
    }
}

/// The pages links led to, parsed and resolved, by path, kept between builds: the macro keeps one
/// for the compiler process, so that a crate whose pages all link to the same `enums.md` parses it
/// once rather than once per macro call; `docmodel check` keeps one per run. A kept page is reused
/// only for the same path and the same bytes, so the cache never changes what a build makes.
#[derive(Debug, Default, Clone)]
pub struct PageCache {
    /// Path -> the bytes the page was made from, and the page.
    pages: HashMap<String, (Vec<u8>, Arc<LoadedPage>)>,
}

impl PageCache {
    /// At most this many pages are kept; the cache starts over when it is full (a long-lived
    /// process, such as an IDE's macro server, sees more and more paths).
    pub const CAPACITY: usize = 4096;

    /// The page at `path` made from `bytes`: the kept one if it was made from the same bytes,
    /// else a new one, which is kept.
    fn linked(&mut self, path: &str, bytes: Vec<u8>) -> Arc<LoadedPage> {
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

/// Why a doc could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// There is no such file.
    NotFound,
    /// The path leads out of the folder docs may be read from; the text says which folder.
    Outside(String),
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
            ReadError::Other(e) => e.clone(),
        }
    }
}

/// A loader that finds nothing: every link is missing.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoLoader;

impl Loader for NoLoader {
    fn read(&mut self, _: &str) -> Result<Vec<u8>, ReadError> {
        Err(ReadError::NotFound)
    }
}

/// A loader over docs held in memory, by normalized path (for tests and tools).
#[derive(Debug, Default, Clone)]
pub struct MemoryLoader(pub HashMap<String, Vec<u8>>);

impl Loader for MemoryLoader {
    fn read(&mut self, path: &str) -> Result<Vec<u8>, ReadError> {
        self.0.get(path).cloned().ok_or(ReadError::NotFound)
    }
}

/// A page of a build, by its place in [`Loaded`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PageId(usize);

/// One page of a build.
#[derive(Debug, Clone)]
pub struct LoadedPage {
    /// Its path, normalized.
    pub path: String,
    /// Whether the user asked for it (rather than a link leading to it).
    pub requested: bool,
    /// What it defines.
    pub defs: PageDefs,
    /// Its problems; they fail the build if the page is requested or a type of it is used.
    pub problems: Vec<Diagnostic>,
    /// Its JSON examples (kept for the requested pages, which are the ones checked).
    pub examples: Vec<crate::page::Example>,
}

/// Every page of a build and where each Type cell's link led.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// The pages: first the requested ones, in order, then the ones links led to (shared with
    /// the loader's [`PageCache`], if it keeps one).
    pages: Vec<Arc<LoadedPage>>,
    /// (page, link as written) -> the page it leads to, or why it could not be read.
    links: HashMap<(PageId, String), Result<PageId, ReadError>>,
}

impl Loaded {
    /// The page `id`.
    pub fn page(&self, id: PageId) -> Option<&LoadedPage> {
        self.pages.get(id.0).map(Arc::as_ref)
    }

    /// The pages with their ids, in build order.
    pub fn pages(&self) -> impl Iterator<Item = (PageId, &LoadedPage)> {
        self.pages
            .iter()
            .enumerate()
            .map(|(i, p)| (PageId(i), p.as_ref()))
    }

    /// Where `link`, as written on page `from`, leads: a page, or why it could not be read;
    /// `None` for a link that was not followed.
    pub fn link(&self, from: PageId, link: &str) -> Option<&Result<PageId, ReadError>> {
        self.links.get(&(from, link.to_owned()))
    }

    fn add(&mut self, page: Arc<LoadedPage>) -> PageId {
        self.pages.push(page);
        PageId(self.pages.len() - 1)
    }
}

/// Reads the requested docs and follows their links, breadth first.
pub fn load(docs: &[Doc<'_>], loader: &mut dyn Loader) -> Loaded {
    let mut loaded = Loaded::default();
    let mut by_path: HashMap<String, PageId> = HashMap::new();
    let mut queue = VecDeque::new();
    for doc in docs {
        let path = normalize_path(doc.path);
        if by_path.contains_key(&path) {
            continue;
        }
        // Diagnostics name a page the user asked for as the user wrote it.
        let id = loaded.add(Arc::new(read_page(doc.path, doc.bytes, true)));
        by_path.insert(path, id);
        queue.push_back(id);
    }
    while let Some(from) = queue.pop_front() {
        let Some(page) = loaded.page(from) else {
            continue;
        };
        for (link, path) in wanted(page) {
            let result = match by_path.get(&path) {
                Some(&found) => Ok(found),
                None if loaded.pages.len() >= MAX_PAGES => Err(ReadError::Other(format!(
                    "the build already reads {MAX_PAGES} pages, docmodel's limit"
                ))),
                None => loader.read(&path).map(|bytes| {
                    let page = match loader.cache() {
                        Some(cache) => cache.linked(&path, bytes),
                        None => Arc::new(read_page(&path, &bytes, false)),
                    };
                    let id = loaded.add(page);
                    by_path.insert(path, id);
                    queue.push_back(id);
                    id
                }),
            };
            if let Some(link) = link {
                loaded.links.insert((from, link), result);
            }
        }
    }
    loaded
}

/// What `page` asks to read: the pages its links lead to (with the link as written), and the
/// places where the pages of the types it names without a link may be.
fn wanted(page: &LoadedPage) -> Vec<(Option<String>, String)> {
    let dir = parent(&page.path);
    let mut wanted: Vec<(Option<String>, String)> = Vec::new();
    // The types the examples of a requested page are, so that they can be checked.
    for name in page.examples.iter().filter_map(|e| e.type_name()) {
        want(&mut wanted, dir, name, None, Guess::Pages);
    }
    for def in &page.defs.structs {
        // The resource page of a type an API page adds to (`Update alert` -> `alert.md`), so
        // that the type is whole.
        want(&mut wanted, dir, &def.name.name, None, Guess::Pages);
        if let Some(base) = &def.base {
            let link = base.link.as_deref();
            want(
                &mut wanted,
                dir,
                &base.name.name,
                link,
                Guess::PagesAndEnums,
            );
        }
        for field in &def.fields {
            if let Target::Named { name, link, .. } = &field.ty.target {
                let link = link.as_deref();
                want(&mut wanted, dir, &name.name, link, Guess::PagesAndEnums);
            }
        }
    }
    wanted
}

/// Where to look for a type that is named without a link.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Guess {
    /// Its page only (`x.md`, `../resources/x.md`).
    Pages,
    /// Its page, and the `enums.md` there.
    PagesAndEnums,
}

/// Adds to `wanted` what a reference to `name` from a page in `dir` asks to read: the page its
/// `link` leads to (recorded under the link, as written), else the places [`guesses`] names.
fn want(
    wanted: &mut Vec<(Option<String>, String)>,
    dir: &str,
    name: &str,
    link: Option<&str>,
    guess: Guess,
) {
    if let Some(link) = link {
        wanted.push((Some(link.to_owned()), join(dir, link)));
        return;
    }
    let places = guesses(name);
    let take = if guess == Guess::Pages {
        2
    } else {
        places.len()
    };
    wanted.extend(
        places
            .into_iter()
            .take(take)
            .map(|place| (None, join(dir, &place))),
    );
}

/// Where Graph's docs keep the page of a type named `name`, relative to a page that names it:
/// its page beside it and in `../resources/`, then the `enums.md` of both.
fn guesses(name: &str) -> Vec<String> {
    let short = name.rsplit('.').next().unwrap_or(name);
    if short.is_empty() || !short.chars().all(|c| c.is_ascii_alphanumeric()) {
        return Vec::new();
    }
    let file = format!("{}.md", short.to_ascii_lowercase());
    vec![
        file.clone(),
        format!("../resources/{file}"),
        "enums.md".to_owned(),
        "../resources/enums.md".to_owned(),
    ]
}

fn read_page(path: &str, bytes: &[u8], requested: bool) -> LoadedPage {
    let mut diags = Diagnostics::new();
    let (defs, examples) = match page(path, bytes) {
        Ok(page) => {
            let defs = resolve::resolve(&page, &mut diags);
            (defs, if requested { page.examples } else { Vec::new() })
        }
        Err(loc) => {
            let message = "this doc is not UTF-8 text: save it as UTF-8";
            diags.error(Place::new(path, loc), message);
            (PageDefs::default(), Vec::new())
        }
    };
    LoadedPage {
        path: path.to_owned(),
        requested,
        defs,
        problems: diags.into_sorted(),
        examples,
    }
}

/// `diags` in the order a build reports them, each once (a linked page's problem can be found
/// through two links): first the errors, those of the docs in build order (requested docs first,
/// then those links led to) and each doc's in line order, then those of the options; then the
/// warnings, in the order they were found.
pub fn in_build_order(mut diags: Vec<Diagnostic>, loaded: &Loaded) -> Vec<Diagnostic> {
    let order: HashMap<&str, usize> = loaded
        .pages
        .iter()
        .enumerate()
        .map(|(i, p)| (p.path.as_str(), i))
        .collect();
    diags.sort_by_key(|d| match (&d.origin, d.severity) {
        (_, Severity::Warning) => (2, 0, Loc::START),
        (Origin::Doc(place), _) => {
            let page = order.get(place.path.as_str()).copied().unwrap_or(0);
            (0, page, place.loc)
        }
        (Origin::Option(_) | Origin::Build, _) => (1, 0, Loc::START),
    });
    let mut seen = HashSet::new();
    diags.retain(|d| seen.insert(d.clone()));
    diags
}

/// Reads a doc into its page model, or the place of its first byte that is not UTF-8.
pub fn page(path: &str, bytes: &[u8]) -> Result<Page, Loc> {
    text(bytes).map(|text| markdown::parse(path, text))
}

/// The doc's text without a byte order mark, or the place of its first invalid byte.
fn text(bytes: &[u8]) -> Result<&str, Loc> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        markdown::LineIndex::new(valid).loc(valid.len())
    })
}

/// The folder part of a normalized path (`` for a bare file name).
fn parent(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(dir, _)| dir)
}

/// `dir` joined with the relative `link`, normalized.
pub fn join(dir: &str, link: &str) -> String {
    if dir.is_empty() {
        normalize_path(link)
    } else {
        normalize_path(&format!("{dir}/{link}"))
    }
}

/// `a/./b/../c` -> `a/c`, with `/` separators; leading `..` stay (the path is relative to the
/// folder the user's paths are), and so does a leading `/`.
pub fn normalize_path(path: &str) -> String {
    if is_normalized(path) {
        return path.to_owned();
    }
    let path = path.replace('\\', "/");
    let absolute = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => match parts.last() {
                Some(&last) if last != ".." => {
                    parts.pop();
                }
                _ if absolute => {}
                _ => parts.push(".."),
            },
            part => parts.push(part),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

/// Whether [`normalize_path`] gives `path` back as it is: `/` separators only, no empty or `.` part
/// (but for the empty one before a leading `/`), and `..` only at the start of a relative path.
/// Most paths are; this costs no allocation.
fn is_normalized(path: &str) -> bool {
    if path.contains('\\') {
        return false;
    }
    let (absolute, rest) = match path.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, path),
    };
    let mut named = false;
    rest.split('/').all(|part| match part {
        "" | "." => false,
        ".." => !absolute && !named,
        _ => {
            named = true;
            true
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_join_and_normalize() {
        assert_eq!(
            join("../docs/api", "../resources/x.md"),
            "../docs/resources/x.md"
        );
        assert_eq!(join("", "./a/../b.md"), "b.md");
        assert_eq!(join("a", "../../b.md"), "../b.md");
        assert_eq!(normalize_path("/a/../../etc/passwd"), "/etc/passwd");
        assert_eq!(normalize_path("docs\\x.md"), "docs/x.md");
        // The check may send a normalized path the long way (`/`), never the reverse.
        for path in [
            "", "/", "a/", "a//b", "./a", "a/.", "/..", "a/../b", "../a/..", "a\\b",
        ] {
            assert!(!is_normalized(path), "{path:?}");
            let normalized = normalize_path(path);
            assert_eq!(normalize_path(&normalized), normalized, "{path:?}");
        }
        for path in ["a", "/a/b.md", "a/b/c.md", "..", "../../a/b.md"] {
            assert!(is_normalized(path), "{path:?}");
            assert_eq!(normalize_path(path), path);
        }
        assert_eq!(parent("x.md"), "");
        assert_eq!(parent("a/b/x.md"), "a/b");
    }

    #[test]
    fn links_are_followed_once_each_and_cycles_end() {
        let page = |title: &str, link: &str| {
            format!(
                "# {title} resource type\n\n|Property|Type|Description|\n|-|-|-|\n|next|[n]({link})|x|\n"
            )
            .into_bytes()
        };
        let mut loader = MemoryLoader(HashMap::from([
            ("docs/b.md".to_owned(), page("b", "a.md")),
            ("docs/a.md".to_owned(), page("a", "b.md")),
        ]));
        let a = page("a", "b.md");
        let loaded = load(
            &[Doc {
                path: "docs/a.md",
                bytes: &a,
            }],
            &mut loader,
        );
        let paths: Vec<_> = loaded.pages.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["docs/a.md", "docs/b.md"]);
        assert_eq!(loaded.link(PageId(0), "b.md"), Some(&Ok(PageId(1))));
        assert_eq!(loaded.link(PageId(1), "a.md"), Some(&Ok(PageId(0))));
    }

    /// A [`MemoryLoader`] that keeps a [`PageCache`] and counts the files it found.
    #[derive(Default)]
    struct Caching {
        files: MemoryLoader,
        cache: PageCache,
        reads: usize,
    }

    impl Loader for Caching {
        fn read(&mut self, path: &str) -> Result<Vec<u8>, ReadError> {
            let read = self.files.read(path);
            self.reads += usize::from(read.is_ok());
            read
        }

        fn cache(&mut self) -> Option<&mut PageCache> {
            Some(&mut self.cache)
        }
    }

    /// proc-macro2's tokens are neither `Send` nor `Sync`: this fails to compile if a kept page
    /// holds one (inside the compiler, a token used in another macro call than the one that
    /// made it panics).
    #[test]
    fn kept_pages_hold_no_tokens() {
        fn shareable<T: Send + Sync>() {}
        shareable::<PageCache>();
    }

    #[test]
    fn a_full_cache_starts_over() {
        let mut cache = PageCache::default();
        for i in 0..PageCache::CAPACITY {
            cache.linked(&format!("p{i}.md"), b"# p".to_vec());
        }
        assert_eq!(cache.len(), PageCache::CAPACITY);
        let kept = cache.linked("p0.md", b"# p".to_vec());
        assert_eq!(
            cache.len(),
            PageCache::CAPACITY,
            "a kept page is not added again"
        );
        let new = cache.linked("new.md", b"# p".to_vec());
        assert_eq!(cache.len(), 1);
        assert!(Arc::ptr_eq(&new, &cache.linked("new.md", b"# p".to_vec())));
        assert!(!Arc::ptr_eq(&kept, &cache.linked("p0.md", b"# p".to_vec())));
    }

    #[test]
    fn a_kept_page_is_reused_only_for_the_same_path_and_bytes() {
        let named = b"# a resource type\n\n|Property|Type|Description|\n|-|-|-|\n|b|[b](b.md)|x|\n";
        let b = |ty: &str| {
            format!("# b resource type\n\n|Property|Type|Description|\n|-|-|-|\n|n|{ty}|x|\n")
                .into_bytes()
        };
        let named = [Doc {
            path: "docs/a.md",
            bytes: named,
        }];
        let mut loader = Caching::default();
        loader.files.0.insert("docs/b.md".to_owned(), b("String"));
        let first = load(&named, &mut loader);
        let again = load(&named, &mut loader);
        // Each build still reads the file (the bytes decide), but parses it once.
        assert_eq!(loader.reads, 2);
        assert_eq!(loader.cache.len(), 1);
        let (Some(b1), Some(b2)) = (first.pages.get(1), again.pages.get(1)) else {
            panic!("b.md was not loaded: {first:?}");
        };
        assert!(Arc::ptr_eq(b1, b2), "b.md was parsed twice");
        // The requested page is never taken from the cache.
        assert!(!Arc::ptr_eq(&first.pages[0], &again.pages[0]));

        // Other bytes under the same path: parsed again, and what the build sees changes.
        loader.files.0.insert("docs/b.md".to_owned(), b("Int32"));
        let changed = load(&named, &mut loader);
        assert!(!Arc::ptr_eq(b1, &changed.pages[1]));
        assert_eq!(loader.cache.len(), 1);
        let uncached = load(&named, &mut loader.files);
        assert_eq!(format!("{changed:?}"), format!("{uncached:?}"));
        assert_ne!(format!("{first:?}"), format!("{changed:?}"));
    }
}
