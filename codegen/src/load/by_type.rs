//! The last place a name without a link is looked for: the type pages of the folders its
//! guesses look in, by the type each declares ([`super::declared`]).
//!
//! Graph's docs name many types without a link (in a Type cell, in a resource annotation's
//! `baseType`, in an example's annotation), and docmodel guesses their pages from the name
//! ([`super::wanted`]). That fails where a page's file is named otherwise: the Excel pages drop
//! the `workbook` prefix (`workbookSortField` is `sortfield.md`), and `onenoteEntityBaseModel` is
//! `onenotebasemodel.md`. So once the links and the guesses are followed, the names that no page
//! of the build defines (as [`crate::link`] finds a type by its name: its namespace and name,
//! else, for a name that names no namespace, one of that short name) are looked up in the pages
//! of the folder of the page that names them and of `../resources/`, by what each declares.
//! Every page there that defines the type is loaded, as a guess is, and its links followed in
//! turn, until no name finds anything new. An API page's own type (`Update workbookRangeFormat`)
//! is not looked up so: its resource page is guessed by file name only (`workbookrangeformat.md`),
//! since in a folder of unrelated docs any page that describes some `gadget` would add its rows
//! to `Create gadget`.
//!
//! A name found so is no flaw of the docs (they named the type rightly), so it says nothing. A
//! link that leads nowhere is not looked up: the link is the doc's word, and docmodel reports it
//! (the type may still be found by its name among the pages the build has anyway).
//!
//! The folders are scanned only when some name is still unknown, once per [`TypeIndex`] (one per
//! loader that keeps one, such as [`crate::FsLoader`], else one per build).
//!
//! A page found so is read through [`super::Loader::read`], so the macro tracks it; the pages
//! that are only scanned are not: a page added or changed later so that it declares a type still
//! unknown would change the build, and the macro cannot track what a folder holds anyway (the
//! same is true of a guess's page that is not there yet).

use super::declared::TypeIndex;
use super::paths::join;
use super::wanted::{Needs, Reference};
use super::{LoadedPage, Loading, MAX_PAGES, PageId};
use crate::defs::{PageDefs, QName};
use std::collections::HashSet;

/// The types a page defines, as a name finds them: kept with the page, so that whether a page
/// defines a name costs a search, not a pass over its definitions (`enums.md` has hundreds).
#[derive(Debug, Clone, Default)]
pub(crate) struct PageNames {
    /// The short name and the namespace of each, in lower case, and whether the page is its
    /// resource page; sorted.
    names: Vec<(String, String, bool)>,
}

impl PageNames {
    /// The names of the types of `defs`.
    pub(super) fn of(defs: &PageDefs) -> PageNames {
        let structs = defs.structs.iter().map(|s| (&s.name, s.resource_page));
        let names = structs.chain(defs.enums.iter().map(|e| (&e.name, true)));
        let mut names: Vec<(String, String, bool)> = names
            .map(|(n, resource)| {
                let short = n.name.to_ascii_lowercase();
                (short, n.namespace.to_ascii_lowercase(), resource)
            })
            .collect();
        names.sort_unstable();
        PageNames { names }
    }

    /// Whether a reference to `name` that `needs` a page finds a type of this one: the one of
    /// its namespace and name, or, for a name that does not name its namespace, one of its
    /// short name (as [`crate::link`] finds the only type of that short name of a build); and,
    /// if it needs the type's resource page, a type of which this is the resource page. Names
    /// are compared without regard to ASCII case, as [`QName::key`] makes them.
    pub(super) fn finds(&self, name: &QName, needs: Needs) -> bool {
        let short = || name.name.bytes().map(|b| b.to_ascii_lowercase());
        let start = (self.names).partition_point(|(s, ..)| s.bytes().lt(short()));
        let same = self.names.get(start..).unwrap_or_default().iter();
        let mut same = same.take_while(|(s, ..)| s.bytes().eq(short()));
        same.any(|(_, space, resource)| {
            (!name.qualified || space.eq_ignore_ascii_case(&name.namespace))
                && match needs {
                    Needs::Definition => true,
                    Needs::ResourcePage => *resource,
                    Needs::Nothing => false,
                }
        })
    }
}

/// The names without a link that their guesses did not find, and those looked up.
#[derive(Debug, Default)]
pub(super) struct ByType {
    /// The names not found so, not yet looked at: the folder of the page that names each, the
    /// name, and which page it needs.
    unfound: Vec<(String, QName, Needs)>,
    /// The names looked up (folder of the naming page, key, qualified, what it needs), each
    /// once.
    looked_up: HashSet<(String, String, bool, Needs)>,
    /// The index, when the loader keeps none.
    own_index: TypeIndex,
}

impl ByType {
    /// A page in the folder `dir` names a type without a link that its guesses did not find.
    pub(super) fn unfound(&mut self, dir: &str, reference: Reference<'_>) {
        let name = reference.name.into_owned();
        self.unfound.push((dir.to_owned(), name, reference.needs));
    }
}

impl Loading<'_> {
    /// Whether page `id` has the type `reference` names, as it needs ([`PageNames::finds`]).
    pub(super) fn defines(&self, id: PageId, reference: &Reference<'_>) -> bool {
        let found = |page: &LoadedPage| page.names.finds(&reference.name, reference.needs);
        self.loaded.page(id).is_some_and(found)
    }

    /// Looks up the names without a link that their guesses did not find and that no page of
    /// the build has (as they need), and adds the pages that have them. Whether it added any
    /// (whose links are then to be followed).
    pub(super) fn find_declared(&mut self) -> bool {
        let mut added = false;
        for (dir, name, needs) in std::mem::take(&mut self.by_type.unfound) {
            let key = (dir.clone(), name.key(), name.qualified, needs);
            if !self.by_type.looked_up.insert(key) {
                continue;
            }
            if self
                .loaded
                .pages
                .iter()
                .any(|p| p.names.finds(&name, needs))
            {
                continue;
            }
            for path in self.declaring(&dir, &name) {
                added |= self.add_defining(&path, &name, needs);
            }
        }
        added
    }

    /// The pages that may declare `name`, of the folder `dir` and of `dir/../resources`, in
    /// that order, each folder scanned if it is not yet.
    fn declaring(&mut self, dir: &str, name: &QName) -> Vec<String> {
        let mut folders = vec![dir.to_owned()];
        let resources = join(dir, "../resources");
        if resources != dir {
            folders.push(resources);
        }
        let mut pages = Vec::new();
        for folder in folders {
            if !self.index().has(&folder) {
                let scanned = TypeIndex::scan(self.loader, &folder);
                self.index().insert(&folder, scanned);
            }
            pages.extend(self.index().pages(&folder, &name.name).iter().cloned());
        }
        pages
    }

    /// The loader's index, else the build's own.
    fn index(&mut self) -> &mut TypeIndex {
        match self.loader.types() {
            Some(index) => index,
            None => &mut self.by_type.own_index,
        }
    }

    /// Reads the page at `path` (a path of the loader's own listing) and adds it to the build if
    /// it has the type `name` as it `needs`; whether it did.
    fn add_defining(&mut self, path: &str, name: &QName, needs: Needs) -> bool {
        if self.by_path.contains_key(path) || self.loaded.pages.len() >= MAX_PAGES {
            return false;
        }
        let Ok(page) = self.linked_page(path) else {
            return false;
        };
        if !page.names.finds(name, needs) {
            return false;
        }
        self.add_linked(path, page);
        true
    }
}

#[cfg(test)]
mod tests;
