//! Linking: the definitions of every page of a build ([`crate::load`]) -> one [`Model`].
//!
//! - Every Type cell that names a type is linked to its definition ([`index`]): the page its link
//!   leads to, else a type of that name defined by any page of the build, else (for an enum) the
//!   values its description lists ([`lookup`]). What is still unknown is an error at the cell,
//!   or, with [`Unresolved::Json`], a `serde_json::Value` and a warning.
//! - Several pages that define one type (a resource page and its create page) make one type
//!   ([`structs`]): each adds the properties the others lack; the resource page's come first. A
//!   derived type has its bases' properties first. Where two rows of a property disagree on its
//!   type, an order of precedence decides, with a warning ([`precedence`]): the base's row, else
//!   the resource page's, else the first page's.
//! - An enum page (or `x values` section) is the truth about its values; a description that lists
//!   others is a warning. Without one, descriptions that list other values on one page are an
//!   error, and on different pages are merged with a warning ([`enums`]).
//! - Only what the requested pages need is in the model: their types, and those their fields
//!   lead to, transitively.
//! - Rust names ([`naming`]): a type's name in UpperCamelCase; a type of a namespace other than
//!   `microsoft.graph` gets the namespace's last part in front (`callRecords.modality` ->
//!   `CallRecordsModality`). Two types with one Rust name are an error that names both.
//!
//! The model is not shaped yet: [`crate::shape`] adds the `Any{Base}` enums and boxes.

mod enums;
mod index;
mod lookup;
mod messages;
mod naming;
mod operations;
mod precedence;
mod structs;
#[cfg(test)]
mod tests;

use crate::defs::{DEFAULT_NAMESPACE, QName};
use crate::diag::{Diagnostic, Diagnostics, Loc};
use crate::load::{Loaded, LoadedPage, PageId};
use crate::model::{EnumId, Model, Struct, StructId};
use crate::names::Name;
use crate::options::{Options, Unresolved};
use crate::page::Located;
use index::{Found, Index};
use messages::{NO_TABLE, NO_TABLE_HELP};
use std::collections::{BTreeSet, HashMap, VecDeque};

/// Links every page of `loaded` into one model of the types the requested pages need. Its
/// problems, and those of every page a type of the model comes from, go to `diags`.
pub fn link(loaded: &Loaded, options: &Options, diags: &mut Diagnostics) -> Model {
    let index = Index::new(loaded);
    let mut linker = Linker::new(&index, options.unresolved);
    for (id, page) in loaded.pages().filter(|(_, p)| p.requested) {
        linker.request(id, page);
        if options.operations {
            linker.request_operation(id, page);
        }
    }
    while let Some(key) = linker.queue.pop_front() {
        linker.build_struct(&key);
    }
    linker.name_operations();
    linker.finish(diags)
}

/// The model being made, and what is left to make.
struct Linker<'a> {
    index: &'a Index<'a>,
    unresolved: Unresolved,
    model: Model,
    /// The model's struct of each key, once used.
    structs: HashMap<String, StructId>,
    /// The model's enum of each key, once used.
    enums: HashMap<String, EnumId>,
    /// For enums made from descriptions: the page (its path) and values of the first list, by key.
    listed: HashMap<String, (String, Located<Vec<String>>)>,
    /// The structs whose fields are still to be made, by key.
    queue: VecDeque<String>,
    /// Pages whose problems count: the requested ones and those a used type comes from.
    used_pages: BTreeSet<PageId>,
    /// The requested pages' operations, linked, to be named once every type is.
    pending: Vec<operations::Pending>,
    diags: Diagnostics,
}

impl<'a> Linker<'a> {
    fn new(index: &'a Index<'a>, unresolved: Unresolved) -> Self {
        Linker {
            index,
            unresolved,
            model: Model::default(),
            structs: HashMap::new(),
            enums: HashMap::new(),
            listed: HashMap::new(),
            queue: VecDeque::new(),
            used_pages: BTreeSet::new(),
            pending: Vec::new(),
            diags: Diagnostics::new(),
        }
    }

    /// Puts the types of requested page `id` in the model.
    fn request(&mut self, id: PageId, page: &LoadedPage) {
        self.used_pages.insert(id);
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
            if let Some(Found::Struct(key)) = self.index.by_name(&name) {
                found |= self.use_struct(&key).is_some();
            }
        }
        let empty = page.defs.structs.is_empty() && page.defs.enums.is_empty();
        if empty && !found && page.problems.is_empty() && page.defs.operation.is_none() {
            let place = crate::diag::Place::new(&page.path, Loc::START);
            self.diags
                .push(Diagnostic::error(place, NO_TABLE).with_help(NO_TABLE_HELP));
        }
    }

    /// The model's struct `key`, queued to be built if it is new.
    fn use_struct(&mut self, key: &str) -> Option<StructId> {
        if let Some(&id) = self.structs.get(key) {
            return Some(id);
        }
        // Named, placed and made open as its resource page says, if it has one.
        let defs = self.index.struct_defs(key);
        let def = self.index.struct_def(*defs.first()?)?;
        self.used_pages.extend(defs.iter().map(|d| d.page));
        let ident = self.type_name(&def.name, &def.place);
        let id = self.model.add_struct(Struct {
            odata_name: format!("{}.{}", def.name.namespace, def.name.name),
            base: None,
            open: def.open,
            doc_name: def.name.name.clone(),
            ident,
            description: String::new(),
            place: def.place.clone(),
            fields: Vec::new(),
            extra: Name::generated("extra"),
            derives: Vec::new(),
        });
        self.structs.insert(key.to_owned(), id);
        self.queue.push_back(key.to_owned());
        Some(id)
    }

    /// The model; into `diags`, the problems of the pages whose types it has, then those found.
    fn finish(self, diags: &mut Diagnostics) -> Model {
        for &id in &self.used_pages {
            if let Some(page) = self.index.loaded().page(id) {
                diags.extend(page.problems.iter().cloned());
            }
            diags.extend(self.index.loaded().decided(id).iter().cloned());
        }
        diags.extend(self.diags.into_vec());
        self.model
    }
}
