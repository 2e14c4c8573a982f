//! The definitions of every loaded page by name, and the one way a reference is followed: through
//! its link, else by its name. Built once per build and never changed.

use super::messages::{Failure, link_failure};
use crate::defs::{EnumDef, PageDefs, QName, StructDef};
use crate::load::{Loaded, PageId};
use std::collections::{BTreeSet, HashMap};

/// Where a definition lives: a page, and the place of the definition among the page's structs
/// (or enums).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) struct DefRef {
    pub(super) page: PageId,
    pub(super) index: usize,
}

/// A type found: its key ([`QName::key`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Found {
    Struct(String),
    Enum(String),
}

/// Which types a reference may find by its name alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ByName {
    /// Any type.
    Any,
    /// Only an enum: a row whose description lists values is an enum, whatever a struct of
    /// that name says.
    EnumOnly,
}

/// What following a reference found: the type, and why its link could not be followed, if it
/// has one that could not.
#[derive(Debug, Clone)]
pub(super) struct Followed {
    pub(super) found: Option<Found>,
    pub(super) failure: Option<Failure>,
}

/// The definitions of every page of a build, by key.
pub(super) struct Index<'a> {
    loaded: &'a Loaded,
    /// Struct definitions by key, in page order.
    structs: HashMap<String, Vec<DefRef>>,
    /// Enum definitions by key, in page order.
    enums: HashMap<String, Vec<DefRef>>,
    /// Keys by short name (lower-cased), for names without a namespace match.
    by_short: HashMap<String, BTreeSet<String>>,
}

impl<'a> Index<'a> {
    /// Indexes every definition of every page of `loaded`.
    pub(super) fn new(loaded: &'a Loaded) -> Self {
        let mut index = Index {
            loaded,
            structs: HashMap::new(),
            enums: HashMap::new(),
            by_short: HashMap::new(),
        };
        for (page, loaded_page) in loaded.pages() {
            let defs = &loaded_page.defs;
            for (i, s) in defs.structs.iter().enumerate() {
                index.insert(&s.name, DefRef { page, index: i }, true);
            }
            for (i, e) in defs.enums.iter().enumerate() {
                index.insert(&e.name, DefRef { page, index: i }, false);
            }
        }
        // Each type's resource page first; a stable sort, so pages of one kind keep their build
        // order (a requested Update page comes before the resource page it leads to).
        let resource_page = |at: &DefRef| {
            let def = loaded
                .page(at.page)
                .and_then(|p| p.defs.structs.get(at.index));
            def.is_some_and(|def| def.resource_page)
        };
        for defs in index.structs.values_mut() {
            defs.sort_by_key(|at| !resource_page(at));
        }
        index
    }

    fn insert(&mut self, name: &QName, at: DefRef, is_struct: bool) {
        let key = name.key();
        let defs = if is_struct {
            &mut self.structs
        } else {
            &mut self.enums
        };
        defs.entry(key.clone()).or_default().push(at);
        self.by_short
            .entry(name.name.to_ascii_lowercase())
            .or_default()
            .insert(key);
    }

    /// The pages of the build.
    pub(super) fn loaded(&self) -> &'a Loaded {
        self.loaded
    }

    /// Where struct `key` is defined: its resource page first, whose rows come first and win
    /// where the other pages disagree ([`super::precedence`]), then its other pages in build
    /// order.
    pub(super) fn struct_defs(&self, key: &str) -> &[DefRef] {
        self.structs.get(key).map_or(&[], Vec::as_slice)
    }

    /// The struct definition at `at`.
    pub(super) fn struct_def(&self, at: DefRef) -> Option<&'a StructDef> {
        self.defs(at.page)?.structs.get(at.index)
    }

    /// The first definition of enum `key`, and where it is.
    pub(super) fn enum_def(&self, key: &str) -> Option<(DefRef, &'a EnumDef)> {
        let &at = self.enums.get(key)?.first()?;
        Some((at, self.defs(at.page)?.enums.get(at.index)?))
    }

    fn defs(&self, page: PageId) -> Option<&'a PageDefs> {
        Some(&self.loaded.page(page)?.defs)
    }

    /// The type a reference on page `from` names: the one its `link` (with its `fragment`) leads
    /// to; else the type of that `name` that [`ByName`] allows, of any page of the build.
    pub(super) fn follow(
        &self,
        from: PageId,
        link: Option<&str>,
        name: &QName,
        fragment: Option<&str>,
        by_name: ByName,
    ) -> Followed {
        let mut failure = None;
        let linked = match link.and_then(|link| Some((link, self.loaded.link(from, link)?))) {
            Some((_, Ok(target))) => self.on_page(*target, name, fragment),
            Some((link, Err(e))) => {
                failure = Some(link_failure(link, e));
                None
            }
            None => None,
        };
        let found = linked.or_else(|| {
            self.by_name(name)
                .filter(|found| by_name == ByName::Any || matches!(found, Found::Enum(_)))
        });
        Followed { found, failure }
    }

    /// The type that page `target` defines for a link to it named `name`.
    fn on_page(&self, target: PageId, name: &QName, fragment: Option<&str>) -> Option<Found> {
        let defs = self.defs(target)?;
        let named = |n: &QName| n.name.eq_ignore_ascii_case(&name.name);
        if let Some(fragment) = fragment
            && let Some(e) = defs
                .enums
                .iter()
                .find(|e| e.anchor.as_deref() == Some(fragment))
        {
            return Some(Found::Enum(e.name.key()));
        }
        if let Some(s) = defs.structs.iter().find(|s| named(&s.name)) {
            return Some(Found::Struct(s.name.key()));
        }
        if let Some(e) = defs.enums.iter().find(|e| named(&e.name)) {
            return Some(Found::Enum(e.name.key()));
        }
        // A page of one type, linked under another name (`[user][]` on a `directoryObject`
        // page is a link to a page of one struct).
        match (defs.structs.as_slice(), defs.enums.as_slice()) {
            ([s], []) => Some(Found::Struct(s.name.key())),
            ([], [e]) => Some(Found::Enum(e.name.key())),
            _ => None,
        }
    }

    /// A type of any page with this name: in its namespace, else, for a name that does not
    /// name its namespace (`modality` rather than `microsoft.graph.callRecords.modality`), the
    /// only one of that short name. A qualified name never finds a type of another namespace:
    /// `callRecords.modality` is not `microsoft.graph.modality`, though both are `modality`.
    pub(super) fn by_name(&self, name: &QName) -> Option<Found> {
        let found = |key: &str| {
            if self.structs.contains_key(key) {
                Some(Found::Struct(key.to_owned()))
            } else if self.enums.contains_key(key) {
                Some(Found::Enum(key.to_owned()))
            } else {
                None
            }
        };
        found(&name.key()).or_else(|| {
            if name.qualified {
                return None;
            }
            match self.by_short.get(&name.name.to_ascii_lowercase()) {
                Some(keys) if keys.len() == 1 => keys.iter().next().and_then(|k| found(k)),
                _ => None,
            }
        })
    }
}
