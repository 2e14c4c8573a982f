//! Stage 2b: the definitions of every page of a build -> one [`Model`].
//!
//! - Every Type cell that names a type is linked to its definition: the page its link leads to,
//!   else a type of that name defined by any page of the build, else (for an enum) the values
//!   its description lists. What is still unknown is an error at the cell, or, with
//!   [`Unresolved::Json`], a `serde_json::Value` and a warning.
//! - Several pages that define one type (a resource page and its create page) make one type:
//!   properties they share must have one type; each adds the ones the other lacks.
//! - An enum page (or `x values` section) is the truth about its values; a description that lists
//!   others is a warning. Without one, descriptions that list other values on one page are an
//!   error, and on different pages are merged with a warning.
//! - Only what the named pages need is in the model: the types of the named pages, and those
//!   their fields lead to, transitively.
//! - Then [`crate::shape`] gives the model its shape: `Any{Base}` enums for fields of base types
//!   with derived types, and a `Box` where a struct contains itself.
//! - Rust names: a type's name in UpperCamelCase; a type of a namespace other than
//!   `microsoft.graph` gets the namespace's last part in front (`callRecords.modality` ->
//!   `CallRecordsModality`). Two types with one Rust name are an error that names both.

mod enums;
mod lookup;
mod messages;
mod naming;
mod structs;
#[cfg(test)]
mod tests;

use crate::defs::{DEFAULT_NAMESPACE, QName};
use crate::diag::{Diagnostic, Diagnostics, Loc};
use crate::load::Loaded;
use crate::model::{Model, Struct};
use crate::options::Unresolved;
use crate::page::Located;
use messages::{NO_TABLE, NO_TABLE_HELP};
use proc_macro2::{Ident, Span};
use std::collections::{BTreeSet, HashMap, VecDeque};

/// Links every page of `loaded` into one model of the types the requested pages need. Its
/// problems, and those of every page a type of the model comes from, go to `diags`.
pub fn link(loaded: &Loaded, unresolved: Unresolved, diags: &mut Diagnostics) -> Model {
    let mut linker = Linker::new(loaded, unresolved);
    linker.run();
    linker.finish(diags)
}

/// Where a definition lives: (page, index into its structs or enums).
type DefRef = (usize, usize);

struct Linker<'a> {
    loaded: &'a Loaded,
    unresolved: Unresolved,
    /// Struct definitions by key, in page order.
    struct_defs: HashMap<String, Vec<DefRef>>,
    /// Enum definitions by key.
    enum_defs: HashMap<String, Vec<DefRef>>,
    /// Keys by short name (lower-cased), for names without a namespace match.
    by_short: HashMap<String, BTreeSet<String>>,
    model: Model,
    struct_index: HashMap<String, usize>,
    enum_index: HashMap<String, usize>,
    /// For enums made from descriptions: the page and values of the first list (key -> ...).
    listed: HashMap<String, (usize, Located<Vec<String>>)>,
    queue: VecDeque<String>,
    /// Pages whose problems count: the named ones and those a used type comes from.
    used_pages: BTreeSet<usize>,
    diags: Diagnostics,
}

impl<'a> Linker<'a> {
    fn new(loaded: &'a Loaded, unresolved: Unresolved) -> Self {
        let mut linker = Linker {
            loaded,
            unresolved,
            struct_defs: HashMap::new(),
            enum_defs: HashMap::new(),
            by_short: HashMap::new(),
            model: Model::default(),
            struct_index: HashMap::new(),
            enum_index: HashMap::new(),
            listed: HashMap::new(),
            queue: VecDeque::new(),
            used_pages: BTreeSet::new(),
            diags: Diagnostics::new(),
        };
        for (p, page) in loaded.pages.iter().enumerate() {
            for (i, s) in page.defs.structs.iter().enumerate() {
                linker.index(&s.name, (p, i), true);
            }
            for (i, e) in page.defs.enums.iter().enumerate() {
                linker.index(&e.name, (p, i), false);
            }
        }
        linker
    }

    fn index(&mut self, name: &QName, at: DefRef, is_struct: bool) {
        let key = name.key();
        let defs = if is_struct {
            &mut self.struct_defs
        } else {
            &mut self.enum_defs
        };
        defs.entry(key.clone()).or_default().push(at);
        self.by_short
            .entry(name.name.to_ascii_lowercase())
            .or_default()
            .insert(key);
    }

    fn run(&mut self) {
        for (p, page) in self.loaded.pages.iter().enumerate() {
            if !page.named {
                continue;
            }
            self.used_pages.insert(p);
            for s in &page.defs.structs {
                self.use_struct(&s.name.key());
            }
            for e in &page.defs.enums {
                self.use_enum(&e.name.key());
            }
            // The types of its examples, so that they can be checked. A page without tables
            // (`Get user`) brings in those types; with none of them either, it is a mistake.
            let mut found = false;
            for name in page.examples.iter().filter_map(|e| e.type_name()) {
                let name = QName::parse(name, DEFAULT_NAMESPACE);
                if let Some(Found::Struct(key)) = self.by_name(&name) {
                    found |= self.use_struct(&key).is_some();
                }
            }
            let empty = page.defs.structs.is_empty() && page.defs.enums.is_empty();
            if empty && !found && page.problems.is_empty() {
                let place = crate::diag::Place::new(&page.path, Loc::START);
                self.diags
                    .push(Diagnostic::error(place, NO_TABLE).with_help(NO_TABLE_HELP));
            }
        }
        while let Some(key) = self.queue.pop_front() {
            self.build_struct(&key);
        }
    }

    /// The model index of the struct `key`, queued to be built if it is new.
    fn use_struct(&mut self, key: &str) -> Option<usize> {
        if let Some(&index) = self.struct_index.get(key) {
            return Some(index);
        }
        let defs = self.struct_defs.get(key)?;
        let &(p, i) = defs.first()?;
        let def = self.loaded.pages.get(p)?.defs.structs.get(i)?;
        for &(page, _) in defs {
            self.used_pages.insert(page);
        }
        let ident = self.type_ident(&def.name, &def.place);
        let index = self.model.structs.len();
        self.model.structs.push(Struct {
            odata_name: format!("{}.{}", def.name.namespace, def.name.name),
            base: None,
            open: def.open,
            doc_name: def.name.name.clone(),
            ident,
            description: String::new(),
            place: def.place.clone(),
            fields: Vec::new(),
            extra: Ident::new("extra", Span::call_site()),
            derives: Vec::new(),
        });
        self.struct_index.insert(key.to_owned(), index);
        self.queue.push_back(key.to_owned());
        Some(index)
    }

    /// The model; into `diags`, the problems of the pages whose types it has, then those found.
    fn finish(self, diags: &mut Diagnostics) -> Model {
        for p in &self.used_pages {
            if let Some(page) = self.loaded.pages.get(*p) {
                diags.extend(page.problems.iter().cloned());
            }
        }
        diags.extend(self.diags.into_vec());
        self.model
    }
}

/// A type found by name: its key.
enum Found {
    Struct(String),
    Enum(String),
}
