//! Loading: the docs of a build, and every doc their Type cells lead to, each read and resolved.
//!
//! Starting from the docs the user names, each page is read ([`crate::markdown`]) and resolved
//! ([`crate::resolve`]); then every Type cell that names a type is followed, transitively
//! ([`wanted`] says where each leads):
//!
//! - a link (`[itemBody](itembody.md)`, `[x][]` with its definition at the bottom, or
//!   `enums.md#x-values`) is read relative to the page that holds it;
//! - a site-absolute link of Graph's site leads to the page of the doc set:
//!   `/graph/api/resources/x?view=graph-rest-1.0` -> `resources/x.md` and `/graph/api/x` ->
//!   `api/x.md` (`.md` added if the link has none), where the doc set is the folder that holds the
//!   linking page's `api/` or `resources/` folder (Graph's layout:
//!   `api-reference/v1.0/{api,resources}`). Any other absolute link (`/graph/overview`) is
//!   relative like the others, so leads to no file; a web link (`https://...`) is not followed;
//! - a name without a link (`dateTimeTimeZone`) is looked for where Graph's docs keep it: the
//!   page `datetimetimezone.md` beside the page, or in `../resources/`, and the `x values`
//!   sections of `enums.md` there; a name of another namespace than `microsoft.graph`
//!   (`microsoft.graph.callRecords.modality`, or `modality` on a page of that namespace) also in
//!   that namespace's pages: `callrecords-modality.md` and `enums-callRecords.md`, named after
//!   the namespace's last part. A page that is not there is no problem: the name may be an enum
//!   that the row's description lists;
//! - a name without a link that no page found so defines is looked for in the type pages of the folders those guesses
//!   look in (the page's own and `../resources/`), by the type each declares: its resource
//!   annotation's `@odata.type` (or `@type`), or its `x resource type` title (`workbookSortField`
//!   is declared by `sortfield.md`); see [`by_type`].
//!
//! A link, or a guess, names a file whose letter case may not be the file's: the docs were
//! written for a case-insensitive site (`[objectIdentity](objectIdentity.md)` means
//! `objectidentity.md`). The file of that name is read if there is one, else the one file of
//! that folder whose name differs in ASCII letter case only; two such files are an error that
//! names both. Only the file name is matched so: the folders of a link must be spelled as they
//! are (the links of Graph's docs always do). A link followed so is a warning of
//! [`Rule::LinkCase`] at the link, saying which file it led to; the page is the file's, under
//! the path as read, however many spellings lead to it.
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

mod by_type;
mod cache;
mod declared;
mod loader;
mod paths;
mod wanted;

pub use cache::PageCache;
pub use declared::TypeIndex;
pub use loader::{Loader, MemoryLoader, NoLoader, ReadError};
pub use paths::normalize_path;
pub(crate) use paths::{by_case, join};

use crate::defs::PageDefs;
use crate::diag::{Diagnostic, Diagnostics, Loc, Origin, Place, Rule, Severity};
use crate::page::Page;
use crate::{Doc, markdown, resolve};
use by_type::{ByType, PageNames};
use paths::parent;
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;
use wanted::{Needs, references};

/// At most this many pages are read for one build, however many links there are.
pub const MAX_PAGES: usize = 20_000;

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
    /// Whether a folder or pattern brought it in (see [`crate::Doc::in_folder`]).
    pub in_folder: bool,
    /// What it defines.
    pub defs: PageDefs,
    /// Its problems; they fail the build if the page is requested or a type of it is used.
    pub problems: Vec<Diagnostic>,
    /// Its JSON examples (kept for the requested pages, which are the ones checked).
    pub examples: Vec<crate::page::Example>,
    /// The types it defines, as names find them.
    pub(crate) names: PageNames,
}

/// Every page of a build and where each Type cell's link led.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    /// The pages: first the requested ones, in order, then the ones links led to (shared with
    /// the loader's [`PageCache`], if it keeps one).
    pages: Vec<Arc<LoadedPage>>,
    /// (page, link as written) -> the page it leads to, or why it could not be read.
    links: HashMap<(PageId, String), Result<PageId, ReadError>>,
    /// What a rule decided about a page's links ([`Rule::LinkCase`]), by page: not a problem of
    /// the page itself (which a [`PageCache`] keeps), since it depends on the files beside it.
    decided: HashMap<PageId, Vec<Diagnostic>>,
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

    /// The warnings about the links of page `id` that a rule decided: each link of it that was
    /// followed to a file whose name differs in letter case, at the link.
    pub fn decided(&self, id: PageId) -> &[Diagnostic] {
        self.decided.get(&id).map_or(&[], Vec::as_slice)
    }

    fn add(&mut self, page: Arc<LoadedPage>) -> PageId {
        self.pages.push(page);
        PageId(self.pages.len() - 1)
    }
}

/// Reads the requested docs and follows their links, breadth first.
pub fn load(docs: &[Doc<'_>], loader: &mut dyn Loader) -> Loaded {
    let mut loading = Loading {
        loaded: Loaded::default(),
        by_path: HashMap::new(),
        queue: VecDeque::new(),
        loader,
        by_type: ByType::default(),
    };
    for doc in docs {
        let path = normalize_path(doc.path);
        if loading.by_path.contains_key(&path) {
            continue;
        }
        // Diagnostics name a page the user asked for as the user wrote it.
        let mut page = read_page(doc.path, doc.bytes, true);
        page.in_folder = doc.in_folder;
        let id = (loading.loaded).add(Arc::new(page));
        loading.by_path.insert(path, id);
        loading.queue.push_back(id);
    }
    loop {
        while let Some(from) = loading.queue.pop_front() {
            loading.follow_links(from);
        }
        // The names no page defines, by the pages that declare them; then their links.
        if !loading.find_declared() {
            break;
        }
    }
    loading.loaded
}

/// The state of [`load`].
struct Loading<'l> {
    loaded: Loaded,
    /// Each page by its path, normalized: the path it was read from, and every other spelling a
    /// link led to it by.
    by_path: HashMap<String, PageId>,
    /// The pages whose links are still to be followed.
    queue: VecDeque<PageId>,
    loader: &'l mut dyn Loader,
    /// The names looked up by the type their pages declare.
    by_type: ByType,
}

impl Loading<'_> {
    /// Follows the links of page `from`, and looks where the types it names may be. A name
    /// without a link that its guesses do not find is kept for [`Loading::find_declared`].
    fn follow_links(&mut self, from: PageId) {
        let Some(page) = self.loaded.pages.get(from.0).map(Arc::clone) else {
            return;
        };
        let page_path = &page.path;
        let dir = parent(&normalize_path(page_path)).to_owned();
        let mut decided = Diagnostics::new();
        for reference in references(&page) {
            let mut found = false;
            for path in reference.paths(&dir) {
                let result = self.page_at(&path);
                let Some(link) = &reference.link else {
                    found = found || result.is_ok_and(|to| self.defines(to, &reference));
                    continue;
                };
                found = result.is_ok();
                if let Ok(to) = result
                    && let Some(target) = self.loaded.page(to)
                    && normalize_path(&target.path) != path
                {
                    let message = format!(
                        "the link `{}` leads to no file of that name: docmodel follows it to `{}`, \
                         whose name differs in letter case only",
                        link.written, target.path
                    );
                    decided.decided(Place::new(page_path, link.loc), Rule::LinkCase, message);
                }
                self.loaded
                    .links
                    .insert((from, link.written.clone()), result);
            }
            // A link that leads nowhere is the doc's own word: it is reported as it is, not
            // looked up (the type may still be in the build by its name). Nor is an API page's
            // own type: a `Create gadget` page of one doc set would take in the rows of any
            // page of the folder that describes some `gadget` (the test docs have several).
            if !found && reference.link.is_none() && reference.needs == Needs::Definition {
                self.by_type.unfound(&dir, reference);
            }
        }
        let decided = decided.into_vec();
        if !decided.is_empty() {
            self.loaded.decided.insert(from, decided);
        }
    }

    /// The page at `path`: the page of the file [`Loader::find`] finds for it, read if it is new.
    fn page_at(&mut self, path: &str) -> Result<PageId, ReadError> {
        if let Some(&id) = self.by_path.get(path) {
            return Ok(id);
        }
        if self.loaded.pages.len() >= MAX_PAGES {
            return Err(ReadError::Other(format!(
                "the build already reads {MAX_PAGES} pages, docmodel's limit"
            )));
        }
        let found = self.loader.find(path)?;
        let id = match self.by_path.get(&found) {
            Some(&id) => id,
            None => {
                let page = self.linked_page(&found)?;
                self.add_linked(&found, page)
            }
        };
        self.by_path.insert(path.to_owned(), id);
        Ok(id)
    }

    /// The page at `found` (a path [`Loader::find`] gave), read, and parsed unless the loader
    /// keeps it.
    fn linked_page(&mut self, found: &str) -> Result<Arc<LoadedPage>, ReadError> {
        let bytes = self.loader.read(found)?;
        Ok(match self.loader.cache() {
            Some(cache) => cache.linked(found, bytes),
            None => Arc::new(read_page(found, &bytes, false)),
        })
    }

    /// Adds a page read from `found` to the build, its links to be followed.
    fn add_linked(&mut self, found: &str, page: Arc<LoadedPage>) -> PageId {
        let id = self.loaded.add(page);
        self.by_path.insert(found.to_owned(), id);
        self.queue.push_back(id);
        id
    }
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
        in_folder: false,
        names: PageNames::of(&defs),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A resource page `name` whose rows have these Type cells (`|p0|{cell}|x|`, ...).
    fn resource(name: &str, cells: &[&str]) -> Vec<u8> {
        let mut page = format!("# {name} resource type\n\n|Property|Type|Description|\n|-|-|-|\n");
        for (i, cell) in cells.iter().enumerate() {
            page.push_str(&format!("|p{i}|{cell}|x|\n"));
        }
        page.into_bytes()
    }

    /// The paths of the pages of `loaded`, in build order.
    fn paths(loaded: &Loaded) -> Vec<&str> {
        loaded.pages().map(|(_, p)| p.path.as_str()).collect()
    }

    /// Loads the one page `path` made of `bytes` through `loader`.
    fn load_one(path: &str, bytes: &[u8], loader: &mut dyn Loader) -> Loaded {
        load(
            &[Doc {
                path,
                bytes,
                in_folder: false,
            }],
            loader,
        )
    }

    #[test]
    fn a_link_in_other_letter_case_leads_to_the_one_file_and_is_a_warning() {
        let mut loader = MemoryLoader(HashMap::from([
            (
                "docs/objectidentity.md".to_owned(),
                resource("o", &["String"]),
            ),
            ("docs/systemFacet.md".to_owned(), resource("s", &["String"])),
        ]));
        let user = resource(
            "user",
            &[
                "[objectIdentity](objectIdentity.md)",
                "[o](objectidentity.md)",
                "[systemFacet](systemfacet.md) collection",
                "[again](OBJECTIDENTITY.md)",
            ],
        );
        let loaded = load_one("docs/user.md", &user, &mut loader);
        // One page however many spellings lead to it, under the name it has.
        assert_eq!(
            paths(&loaded),
            [
                "docs/user.md",
                "docs/objectidentity.md",
                "docs/systemFacet.md"
            ]
        );
        let user = PageId(0);
        for (link, page) in [
            ("objectIdentity.md", 1),
            ("objectidentity.md", 1),
            ("OBJECTIDENTITY.md", 1),
            ("systemfacet.md", 2),
        ] {
            assert_eq!(loaded.link(user, link), Some(&Ok(PageId(page))), "{link}");
        }
        let warnings: Vec<_> = loaded
            .decided(user)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            warnings,
            [
                "docs/user.md:5:5: the link `objectIdentity.md` leads to no file of that name: \
                 docmodel follows it to `docs/objectidentity.md`, whose name differs in letter \
                 case only",
                "docs/user.md:7:5: the link `systemfacet.md` leads to no file of that name: \
                 docmodel follows it to `docs/systemFacet.md`, whose name differs in letter case \
                 only",
                "docs/user.md:8:5: the link `OBJECTIDENTITY.md` leads to no file of that name: \
                 docmodel follows it to `docs/objectidentity.md`, whose name differs in letter \
                 case only",
            ]
        );
        assert!(
            loaded
                .decided(user)
                .iter()
                .all(|d| d.rule == Some(Rule::LinkCase)),
            "{warnings:?}"
        );
        assert!(loaded.decided(PageId(1)).is_empty());
    }

    #[test]
    fn two_files_that_differ_in_case_only_are_an_error_naming_both() {
        let mut loader = MemoryLoader(HashMap::from([
            ("a.md".to_owned(), resource("a", &["String"])),
            ("A.md".to_owned(), resource("a", &["Int32"])),
            ("sub/a.MD".to_owned(), resource("a", &["Int32"])),
        ]));
        let page = resource("p", &["[a](a.Md)", "[a](a.md)"]);
        let loaded = load_one("p.md", &page, &mut loader);
        let ambiguous = ReadError::Ambiguous(vec!["A.md".to_owned(), "a.md".to_owned()]);
        assert_eq!(
            loaded.link(PageId(0), "a.Md"),
            Some(&Err(ambiguous.clone()))
        );
        assert_eq!(
            ambiguous.describe(),
            "there is no file of that name, and 2 whose names differ from it in letter case \
             only: `A.md` and `a.md`"
        );
        // The file of the link's own name is no doubt; a file of another folder is none.
        assert_eq!(loaded.link(PageId(0), "a.md"), Some(&Ok(PageId(1))));
        assert_eq!(paths(&loaded), ["p.md", "a.md"]);
        assert!(loaded.decided(PageId(0)).is_empty());
    }

    #[test]
    fn a_requested_page_reached_by_a_link_in_other_case_is_that_page() {
        let mut loader = MemoryLoader::default();
        let a = resource("a", &["[b](B.md)"]);
        let b = resource("b", &["[a](A.md)"]);
        let docs = [
            Doc {
                path: "./a.md",
                bytes: &a,
                in_folder: false,
            },
            Doc {
                path: "b.md",
                bytes: &b,
                in_folder: false,
            },
        ];
        loader.0.insert("a.md".to_owned(), a.clone());
        loader.0.insert("b.md".to_owned(), b.clone());
        let loaded = load(&docs, &mut loader);
        assert_eq!(paths(&loaded), ["./a.md", "b.md"]);
        assert_eq!(loaded.link(PageId(0), "B.md"), Some(&Ok(PageId(1))));
        assert_eq!(loaded.link(PageId(1), "A.md"), Some(&Ok(PageId(0))));
        assert_eq!(loaded.decided(PageId(1)).len(), 1);
    }

    #[test]
    fn site_absolute_links_lead_to_the_pages_of_the_doc_set() {
        let mut loader = MemoryLoader(HashMap::from([
            (
                "v1.0/resources/identityset.md".to_owned(),
                resource("i", &["String"]),
            ),
            (
                "v1.0/resources/entity.md".to_owned(),
                resource("entity", &["String"]),
            ),
            (
                "v1.0/api/user-get.md".to_owned(),
                resource("g", &["String"]),
            ),
        ]));
        let page = "# thing resource type\n\nInherits from [entity](/graph/api/resources/entity?view=graph-rest-1.0).\n\n\
                    |Property|Type|Description|\n|-|-|-|\n\
                    |a|[identitySet](/graph/api/resources/identityset?view=graph-rest-1.0)|x|\n\
                    |b|[identitySet](/graph/api/resources/identitySet.md#properties)|x|\n\
                    |c|[g](/graph/api/user-get)|x|\n\
                    |d|[o](/graph/overview)|x|\n\
                    |e|[w](https://learn.microsoft.com/graph/api/resources/x)|x|\n";
        let loaded = load_one("v1.0/resources/thing.md", page.as_bytes(), &mut loader);
        assert_eq!(
            paths(&loaded),
            [
                "v1.0/resources/thing.md",
                "v1.0/resources/entity.md",
                "v1.0/resources/identityset.md",
                "v1.0/api/user-get.md"
            ]
        );
        let thing = PageId(0);
        let linked = |link| loaded.link(thing, link);
        assert_eq!(linked("/graph/api/resources/entity"), Some(&Ok(PageId(1))));
        assert_eq!(
            linked("/graph/api/resources/identityset"),
            Some(&Ok(PageId(2)))
        );
        assert_eq!(
            linked("/graph/api/resources/identitySet.md"),
            Some(&Ok(PageId(2)))
        );
        assert_eq!(linked("/graph/api/user-get"), Some(&Ok(PageId(3))));
        // Another page of the site is no page of the doc set; a web link is not followed.
        assert_eq!(linked("/graph/overview"), Some(&Err(ReadError::NotFound)));
        assert_eq!(
            linked("https://learn.microsoft.com/graph/api/resources/x"),
            None
        );
        assert_eq!(
            loaded.decided(thing).len(),
            1,
            "identitySet.md is identityset.md"
        );
    }

    #[test]
    fn a_kept_page_is_kept_under_the_name_it_was_read_by() {
        let mut loader = Caching::default();
        loader
            .files
            .0
            .insert("docs/Entity.md".to_owned(), resource("entity", &["String"]));
        let cells = [
            "[entity](entity.md)",
            "[entity](ENTITY.md)",
            "[entity](Entity.md)",
        ];
        for cell in cells {
            let page = resource("p", &[cell]);
            let loaded = load_one("docs/p.md", &page, &mut loader);
            assert_eq!(paths(&loaded), ["docs/p.md", "docs/Entity.md"]);
        }
        assert_eq!(loader.cache.len(), 1);
        assert_eq!(loader.reads, 3);
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
                in_folder: false,
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
        fn find(&mut self, path: &str) -> Result<String, ReadError> {
            self.files.find(path)
        }

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
            in_folder: false,
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
