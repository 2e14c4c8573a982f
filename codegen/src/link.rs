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

use crate::defs::{BaseRef, DEFAULT_NAMESPACE, FieldDef, QName, StructDef, Target, TypeRef};
use crate::diag::Diagnostic;
use crate::load::{Loaded, ReadError};
use crate::model::{Enum, Field, Model, Origin, Struct, Type, Variant};
use crate::names;
use crate::page::Located;
use crate::types::{self, Prim};
use heck::ToUpperCamelCase;
use proc_macro2::{Ident, Span};
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};

/// What to do with a Type cell whose type cannot be found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Unresolved {
    /// An error at the cell (the default: a model never silently loses a type).
    #[default]
    Error,
    /// `serde_json::Value`, and a warning (for partial models of a doc set with gaps).
    Json,
}

/// What linking found: the model, and what is wrong or doubtful.
#[derive(Debug, Clone, Default)]
pub struct Linked {
    /// The model.
    pub model: Model,
    /// Problems: the build fails if there is any.
    pub errors: Vec<Diagnostic>,
    /// Doubts that do not stop the build (`docmodel check` prints them; the macro cannot).
    pub warnings: Vec<Diagnostic>,
}

/// Links every page of `loaded` into one model.
pub fn link(loaded: &Loaded, unresolved: Unresolved) -> Linked {
    let mut linker = Linker::new(loaded, unresolved);
    linker.run();
    linker.finish()
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
    errors: Vec<Diagnostic>,
    warnings: Vec<Diagnostic>,
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
            errors: loaded.problems.clone(),
            warnings: Vec::new(),
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
            for name in page.examples.iter().filter_map(crate::examples::type_name) {
                let name = QName::parse(name, DEFAULT_NAMESPACE);
                if let Some(Found::Struct(key)) = self.by_name(&name) {
                    found |= self.use_struct(&key).is_some();
                }
            }
            let empty = page.defs.structs.is_empty() && page.defs.enums.is_empty();
            if empty && !found && page.problems.is_empty() {
                self.errors.push(Diagnostic {
                    path: page.path.clone(),
                    loc: crate::diag::Loc::START,
                    message: NO_TABLE.to_owned(),
                });
            }
        }
        while let Some(key) = self.queue.pop_front() {
            self.build_struct(&key);
        }
        crate::shape::polymorphism(&mut self.model);
        crate::shape::box_recursion(&mut self.model);
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
        let ident = self.type_ident(&def.name, &def.origin);
        let index = self.model.structs.len();
        self.model.structs.push(Struct {
            odata_name: format!("{}.{}", def.name.namespace, def.name.name),
            base: None,
            open: def.open,
            doc_name: def.name.name.clone(),
            ident,
            description: String::new(),
            origin: def.origin.clone(),
            fields: Vec::new(),
            extra: Ident::new("extra", Span::call_site()),
            derives: Vec::new(),
        });
        self.struct_index.insert(key.to_owned(), index);
        self.queue.push_back(key.to_owned());
        Some(index)
    }

    /// The model index of the enum `key` that a page defines.
    fn use_enum(&mut self, key: &str) -> Option<usize> {
        if let Some(&index) = self.enum_index.get(key) {
            return Some(index);
        }
        let &(p, i) = self.enum_defs.get(key)?.first()?;
        let def = self.loaded.pages.get(p)?.defs.enums.get(i)?;
        self.used_pages.insert(p);
        let e = self.new_enum(&def.name, &def.origin, &def.values, def.flags);
        let e = Enum {
            description: def.description.clone(),
            ..e
        };
        Some(self.push_enum(key, e))
    }

    fn new_enum(&mut self, name: &QName, origin: &Origin, values: &[String], flags: bool) -> Enum {
        let ident = self.type_ident(name, origin);
        let variants = variants(values, origin, &mut self.errors);
        let catch_all = free(&variants, "Unrecognized");
        let values_const = free(&variants, "VALUES");
        Enum {
            doc_name: name.name.clone(),
            ident,
            origin: origin.clone(),
            description: String::new(),
            variants,
            flags,
            catch_all,
            values_const,
            derives: Vec::new(),
        }
    }

    fn push_enum(&mut self, key: &str, e: Enum) -> usize {
        let index = self.model.enums.len();
        self.model.enums.push(e);
        self.enum_index.insert(key.to_owned(), index);
        index
    }

    /// The Rust name of a type, checked against the names taken so far.
    fn type_ident(&mut self, name: &QName, origin: &Origin) -> Ident {
        if name.name.is_empty() {
            // The page could not say which type it describes, and said so.
            return Ident::new("Page", Span::call_site());
        }
        let rust = if name.namespace.eq_ignore_ascii_case(DEFAULT_NAMESPACE) {
            name.name.clone()
        } else {
            let last = name.namespace.rsplit('.').next().unwrap_or_default();
            format!(
                "{}{}",
                last.to_upper_camel_case(),
                name.name.to_upper_camel_case()
            )
        };
        let ident = match names::type_ident(&rust) {
            Ok(ident) => ident,
            Err(e) => {
                self.errors
                    .push(origin.error(format!("cannot name this type: {e}")));
                return Ident::new("Unnamed", Span::call_site());
            }
        };
        let taken = self
            .model
            .structs
            .iter()
            .map(|s| (&s.ident, &s.origin))
            .chain(self.model.enums.iter().map(|e| (&e.ident, &e.origin)))
            .find(|(other, _)| **other == ident);
        if let Some((_, other)) = taken {
            self.errors.push(origin.error(format!(
                "this type would have the Rust name `{ident}` of the type defined at {other}; \
                 rename one of them in the doc"
            )));
        }
        ident
    }

    /// Fills in the fields of struct `key` from every page that defines it.
    fn build_struct(&mut self, key: &str) {
        let Some(&index) = self.struct_index.get(key) else {
            return;
        };
        let mut chain = Vec::new();
        let base = self.inherited_defs(key, &mut vec![key.to_owned()], &mut chain);
        let own: BTreeSet<DefRef> = self
            .struct_defs
            .get(key)
            .into_iter()
            .flatten()
            .copied()
            .collect();
        let mut fields: Vec<(Field, Option<bool>)> = Vec::new();
        let mut description = String::new();
        for (p, i) in chain {
            let Some(def) = self.def(p, i) else { continue };
            if description.is_empty() && own.contains(&(p, i)) {
                description = def.description.clone();
            }
            for field in &def.fields {
                let (ty, resolved) = self.field_type(p, field);
                self.add_field(&mut fields, field, ty, resolved);
            }
        }
        let names: HashSet<String> = fields.iter().map(|(f, _)| f.ident.to_string()).collect();
        let extra = names::free_ident("extra", |n| names.contains(n))
            .unwrap_or_else(|_| Ident::new("extra_", Span::call_site()));
        if let Some(s) = self.model.structs.get_mut(index) {
            s.fields = fields.into_iter().map(|(f, _)| f).collect();
            s.extra = extra;
            s.description = description;
            s.base = base;
        }
    }

    /// The definitions whose rows struct `key` has, bases first (`entity`, then `directoryObject`,
    /// then `user`), into `chain`; the model index of its direct base, if it has one.
    fn inherited_defs(
        &mut self,
        key: &str,
        visiting: &mut Vec<String>,
        chain: &mut Vec<DefRef>,
    ) -> Option<usize> {
        let defs = self.struct_defs.get(key).cloned().unwrap_or_default();
        let mut base_index = None;
        let based = defs
            .iter()
            .find_map(|&(p, i)| Some((p, self.def(p, i)?.base.as_ref()?)));
        if let Some((p, base)) = based
            && let Some(base_key) = self.base_key(p, base)
        {
            if visiting.contains(&base_key) {
                let origin = Origin {
                    path: self.page_path(p),
                    loc: base.loc,
                };
                self.errors.push(origin.error(format!(
                    "`{}` inherits from itself through its base types; remove a link from the \
                     chain",
                    base.name.name
                )));
            } else {
                visiting.push(base_key.clone());
                self.inherited_defs(&base_key, visiting, chain);
                base_index = self.use_struct(&base_key);
            }
        }
        chain.extend(defs);
        base_index
    }

    /// The key of a base type, or `None` after reporting why there is none.
    fn base_key(&mut self, p: usize, base: &BaseRef) -> Option<String> {
        let origin = Origin {
            path: self.page_path(p),
            loc: base.loc,
        };
        let mut failure = None;
        let found = match &base.link {
            Some(link) => match self.loaded.links.get(&(p, link.clone())) {
                Some(Ok(target)) => self.on_page(*target, &base.name, None),
                Some(Err(e)) => {
                    failure = Some(link_failure(link, e));
                    None
                }
                None => None,
            },
            None => None,
        };
        match found.or_else(|| self.by_name(&base.name)) {
            Some(Found::Struct(key)) => Some(key),
            _ => {
                let message = failure.unwrap_or_else(|| {
                    format!(
                        "the base type `{}` is defined by no page of this build{FIX}link its page \
                         (`Inherits from [x](x.md)`), or set `unresolved = \"value\"` to go \
                         without its properties",
                        base.name.name
                    )
                });
                let instead = "the type has its own rows only; unknown members are kept";
                self.unresolved(&origin, message, instead);
                None
            }
        }
    }

    fn def(&self, p: usize, i: usize) -> Option<&'a StructDef> {
        self.loaded.pages.get(p)?.defs.structs.get(i)
    }

    /// Adds a page's field to a struct's fields, or checks it against the one already there.
    /// `resolved` is `Some(false)` for a type that could not be found (a `Value` stand-in).
    fn add_field(
        &mut self,
        fields: &mut Vec<(Field, Option<bool>)>,
        field: &FieldDef,
        ty: Type,
        resolved: Option<bool>,
    ) {
        let Some((existing, existing_resolved)) =
            fields.iter_mut().find(|(f, _)| f.wire == field.wire)
        else {
            if let Some((other, _)) = fields.iter().find(|(f, _)| f.ident == field.ident) {
                let message = format!(
                    "properties `{}` and `{}` ({}) both become the Rust field `{}`; rename one \
                     of them in the doc",
                    field.wire,
                    other.wire,
                    place(other.origin.as_ref()),
                    field.ident
                );
                self.errors.push(at(field, message));
                return;
            }
            fields.push((
                Field {
                    wire: field.wire.clone(),
                    ident: field.ident.clone(),
                    ty,
                    description: field.description.clone(),
                    origin: field.origin.clone(),
                },
                resolved,
            ));
            return;
        };
        if existing.origin.is_none() && field.origin.is_some() {
            // `@odata.type` described by a later page.
            existing.description = field.description.clone();
            existing.origin = field.origin.clone();
        }
        if existing.ty == ty || resolved == Some(false) {
            return;
        }
        if *existing_resolved == Some(false) {
            existing.ty = ty;
            *existing_resolved = resolved;
            return;
        }
        let message = format!(
            "the property `{}` has another type here than at {}; one type has one type per \
             property, so make the two rows agree",
            field.wire,
            place(existing.origin.as_ref())
        );
        self.errors.push(at(field, message));
    }

    /// The type of a field of page `p`; `Some(false)` with it if the type could not be found.
    fn field_type(&mut self, p: usize, field: &FieldDef) -> (Type, Option<bool>) {
        let TypeRef {
            loc,
            collection,
            target,
            listed,
        } = &field.ty;
        let origin = Origin {
            path: self.page_path(p),
            loc: *loc,
        };
        let (base, resolved) = match target {
            Target::Prim(prim) => (Type::Prim(*prim), None),
            Target::Alternatives(_) => (Type::Prim(Prim::Json), None),
            Target::Missing => {
                let message = "empty type: write the property's type in this cell, e.g. `String`";
                self.unresolved(&origin, message.to_owned(), AS_VALUE);
                (Type::Prim(Prim::Json), Some(false))
            }
            Target::Named {
                name,
                link,
                fragment,
            } => match self.named(
                p,
                name,
                link.as_deref(),
                fragment.as_deref(),
                listed,
                &origin,
            ) {
                Some(ty) => (ty, Some(true)),
                None => (Type::Prim(Prim::Json), Some(false)),
            },
        };
        let ty = if *collection {
            Type::Vec(Box::new(base))
        } else {
            base
        };
        (ty, resolved)
    }

    fn page_path(&self, p: usize) -> String {
        self.loaded
            .pages
            .get(p)
            .map(|page| page.path.clone())
            .unwrap_or_default()
    }

    /// The type a Type cell names, or `None` after reporting why there is none.
    fn named(
        &mut self,
        p: usize,
        name: &QName,
        link: Option<&str>,
        fragment: Option<&str>,
        listed: &Option<Located<Vec<String>>>,
        origin: &Origin,
    ) -> Option<Type> {
        let mut failure = None;
        let found = match link {
            Some(link) => match self.loaded.links.get(&(p, link.to_owned())) {
                Some(Ok(target)) => self.on_page(*target, name, fragment),
                Some(Err(e)) => {
                    failure = Some(link_failure(link, e));
                    None
                }
                None => None,
            },
            None => None,
        };
        // Found by name alone, a struct loses to the values the row's description lists: those
        // say it is an enum.
        let by_name = self
            .by_name(name)
            .filter(|f| !(matches!(f, Found::Struct(_)) && listed.is_some()));
        let found = found.or(by_name);
        match found {
            Some(Found::Struct(key)) => self.use_struct(&key).map(Type::Struct),
            Some(Found::Enum(key)) => {
                let index = self.use_enum(&key)?;
                if let Some(listed) = listed {
                    self.compare_listed(index, listed, origin);
                }
                Some(Type::Enum(index))
            }
            None => match listed {
                Some(listed) => {
                    if let Some(failure) = failure {
                        self.warnings.push(origin.error(format!(
                            "{}; docmodel uses the values this row's description lists",
                            without_fix(&failure)
                        )));
                    }
                    self.listed_enum(p, name, listed, origin).map(Type::Enum)
                }
                None => {
                    let message = failure.unwrap_or_else(|| unknown_type_message(&name.name));
                    self.unresolved(origin, message, AS_VALUE);
                    None
                }
            },
        }
    }

    /// Reports what could not be found: an error, or under [`Unresolved::Json`] a warning that
    /// says what docmodel does `instead` (the fix offered to the macro's user is beside the point
    /// there).
    fn unresolved(&mut self, origin: &Origin, message: String, instead: &str) {
        match self.unresolved {
            Unresolved::Error => self.errors.push(origin.error(message)),
            Unresolved::Json => self
                .warnings
                .push(origin.error(format!("{} ({instead})", without_fix(&message)))),
        }
    }

    /// The type that page `target` defines for a link to it.
    fn on_page(&self, target: usize, name: &QName, fragment: Option<&str>) -> Option<Found> {
        let defs = &self.loaded.pages.get(target)?.defs;
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

    /// A type of any page with this name: in its namespace, else the only one of that short
    /// name.
    fn by_name(&self, name: &QName) -> Option<Found> {
        let key = name.key();
        let found = |key: &str| {
            if self.struct_defs.contains_key(key) {
                Some(Found::Struct(key.to_owned()))
            } else if self.enum_defs.contains_key(key) {
                Some(Found::Enum(key.to_owned()))
            } else {
                None
            }
        };
        found(&key).or_else(
            || match self.by_short.get(&name.name.to_ascii_lowercase()) {
                Some(keys) if keys.len() == 1 => keys.iter().next().and_then(|k| found(k)),
                _ => None,
            },
        )
    }

    /// An enum made from the values a description lists.
    fn listed_enum(
        &mut self,
        p: usize,
        name: &QName,
        listed: &Located<Vec<String>>,
        origin: &Origin,
    ) -> Option<usize> {
        let key = name.key();
        if let Some(&index) = self.enum_index.get(&key) {
            let Some((first_page, first)) = self.listed.get(&key).cloned() else {
                return Some(index);
            };
            let (seen, now): (BTreeSet<_>, BTreeSet<_>) =
                (first.value.iter().collect(), listed.value.iter().collect());
            if seen == now {
                return Some(index);
            }
            if first_page == p {
                self.errors.push(origin.error(format!(
                    "`{}` lists other values here than at line {}: {}; one enum has one list of \
                     values, so make the two rows list the same ones",
                    name.name,
                    first.loc.line,
                    describe_difference(&seen, &now, &format!("line {}", first.loc.line)),
                )));
                return Some(index);
            }
            let first_place = format!("`{}` line {}", self.page_path(first_page), first.loc.line);
            self.warnings.push(origin.error(format!(
                "`{}` lists other values here than at {first_place}: {}; docmodel's enum has \
                 them all",
                name.name,
                describe_difference(&seen, &now, &first_place),
            )));
            let new: Vec<String> = listed
                .value
                .iter()
                .filter(|v| !first.value.contains(v))
                .cloned()
                .collect();
            let e = self.model.enums.get(index)?;
            let mut values: Vec<String> = e.variants.iter().map(|v| v.wire.clone()).collect();
            values.extend(
                new.iter()
                    .filter(|v| !values.contains(v))
                    .cloned()
                    .collect::<Vec<_>>(),
            );
            let variants = variants(&values, origin, &mut self.errors);
            if let Some(e) = self.model.enums.get_mut(index) {
                e.catch_all = free(&variants, "Unrecognized");
                e.values_const = free(&variants, "VALUES");
                e.variants = variants;
            }
            return Some(index);
        }
        let e = self.new_enum(name, origin, &listed.value, false);
        self.listed.insert(key.clone(), (p, listed.clone()));
        Some(self.push_enum(&key, e))
    }

    /// Warns when a description lists other values than the enum's page.
    fn compare_listed(&mut self, index: usize, listed: &Located<Vec<String>>, origin: &Origin) {
        let Some(e) = self.model.enums.get(index) else {
            return;
        };
        let seen: BTreeSet<&String> = e.variants.iter().map(|v| &v.wire).collect();
        let now: BTreeSet<&String> = listed.value.iter().collect();
        if seen != now {
            let there = e.origin.to_string();
            let message = format!(
                "the description lists other values than the enum `{}` at {there}: {}; the \
                 enum's page is the truth",
                e.doc_name,
                describe_difference(&seen, &now, &there)
            );
            self.warnings.push(origin.error(message));
        }
    }

    fn finish(mut self) -> Linked {
        let mut errors = Vec::new();
        for p in &self.used_pages {
            if let Some(page) = self.loaded.pages.get(*p) {
                errors.extend(page.problems.iter().cloned());
            }
        }
        errors.append(&mut self.errors);
        // Pages in build order, each page's problems in line order.
        let order: HashMap<&str, usize> = self
            .loaded
            .pages
            .iter()
            .enumerate()
            .map(|(i, p)| (p.path.as_str(), i))
            .collect();
        errors.sort_by_key(|d| (order.get(d.path.as_str()).copied().unwrap_or(0), d.loc));
        dedup(&mut errors);
        dedup(&mut self.warnings);
        Linked {
            model: self.model,
            errors,
            warnings: self.warnings,
        }
    }
}

/// What a named page without tables, or types its examples name, is told.
const NO_TABLE: &str = "no property table on this page: docmodel looks for a table whose header \
                        is `Property | Type | Description` (or, on an enum page, `Member | Value \
                        | Description`); add one, or remove this doc from the macro call";

/// A type found by name: its key.
enum Found {
    Struct(String),
    Enum(String),
}

/// Drops repeated diagnostics (one page's problem found through two links), keeping order.
fn dedup(diags: &mut Vec<Diagnostic>) {
    let mut seen = HashSet::new();
    diags.retain(|d| seen.insert(d.to_string()));
}

fn at(field: &FieldDef, message: String) -> Diagnostic {
    match &field.origin {
        Some(origin) => origin.error(message),
        None => Diagnostic {
            path: String::new(),
            loc: crate::diag::Loc::START,
            message,
        },
    }
}

fn place(origin: Option<&Origin>) -> String {
    origin.map_or_else(|| "built in".to_owned(), ToString::to_string)
}

fn link_failure(link: &str, e: &ReadError) -> String {
    let fix = match e {
        ReadError::Outside(_) => {
            "links are followed only inside that folder; set the macro's \
                                  `root` to a folder that holds the page"
        }
        _ => {
            "fix the link, add the page, or set `unresolved = \"value\"` to make such \
              properties `serde_json::Value`"
        }
    };
    format!(
        "cannot follow the link `{link}`: {}{FIX}{fix}",
        e.describe()
    )
}

/// Separates a message from its fix, which a warning leaves out.
const FIX: &str = "; ";

/// What an unresolved property becomes under [`Unresolved::Json`].
const AS_VALUE: &str = "this property is a `serde_json::Value`";

/// A message without the fix after [`FIX`].
fn without_fix(message: &str) -> &str {
    message.split(FIX).next().unwrap_or(message)
}

fn unknown_type_message(name: &str) -> String {
    let hint = match types::suggest(name) {
        Some(prim) => format!("did you mean `{prim}`?"),
        None => "use a Graph primitive such as `String`, `Int32` or `DateTimeOffset`, link the \
                 page that defines it (`[x](x.md)`), or, for an enum, list its values in the \
                 description: `Possible values are: a, b, c.`"
            .to_owned(),
    };
    format!("unknown type `{name}`: {hint}")
}

fn free(variants: &[Variant], name: &str) -> Ident {
    names::free_ident(name, |n| variants.iter().any(|v| v.ident == n))
        .unwrap_or_else(|_| Ident::new(name, Span::call_site()))
}

fn describe_difference(seen: &BTreeSet<&String>, now: &BTreeSet<&String>, there: &str) -> String {
    let list = |set: BTreeSet<&&String>| {
        set.iter()
            .map(|v| format!("`{v}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let only_here: BTreeSet<_> = now.difference(seen).collect();
    let only_there: BTreeSet<_> = seen.difference(now).collect();
    match (only_here.is_empty(), only_there.is_empty()) {
        (false, false) => format!(
            "{} only here, {} only at {there}",
            list(only_here),
            list(only_there)
        ),
        (false, true) => format!("{} only here", list(only_here)),
        _ => format!("{} only at {there}", list(only_there)),
    }
}

/// Names the variants of one list of values. Two values that land on one name (`none`, `None`)
/// get distinct names: the later one gets `_` appended (`None_`), as generated names do.
fn variants(values: &[String], origin: &Origin, errors: &mut Vec<Diagnostic>) -> Vec<Variant> {
    let mut out: Vec<Variant> = Vec::new();
    for wire in values {
        if out.iter().any(|v| v.wire == *wire) {
            errors.push(origin.error(format!("the value `{wire}` is listed twice; remove one")));
            continue;
        }
        let ident = names::variant_ident(wire).and_then(|ident| {
            names::free_ident(&ident.to_string(), |n| out.iter().any(|v| v.ident == n))
        });
        match ident {
            Ok(ident) => out.push(Variant {
                wire: wire.clone(),
                ident,
            }),
            Err(e) => {
                errors.push(origin.error(format!("cannot make an enum variant of a value: {e}")))
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::Unresolved;
    use crate::{Doc, Options, generate_with};
    use quote::quote;

    fn run(pages: &[(&str, &str)]) -> Result<String, Vec<String>> {
        let docs: Vec<Doc<'_>> = pages
            .iter()
            .map(|(path, text)| Doc {
                path,
                bytes: text.as_bytes(),
            })
            .collect();
        generate_with(
            &docs,
            &Options::new(quote!(::docmodel)),
            &mut crate::NoLoader,
        )
        .map(|t| t.to_string())
        .map_err(|p| p.docs.iter().map(ToString::to_string).collect())
    }

    fn page(title: &str, values: &str) -> String {
        format!(
            "# Create {title}\n\n|Property|Type|Description|\n|-|-|-|\n|m|mode|Possible values are: {values}.|\n"
        )
    }

    #[test]
    fn docs_share_an_enum_they_list_alike() {
        let (a, b) = (page("first", "on, off"), page("second", "off, on"));
        let code = run(&[("a.md", &a), ("b.md", &b)]).unwrap();
        assert_eq!(code.matches("pub enum Mode").count(), 1);
        assert!(code.contains("pub struct First") && code.contains("pub struct Second"));
    }

    #[test]
    fn lists_that_differ_across_docs_are_merged_with_a_warning() {
        let (a, b) = (page("first", "on, off"), page("second", "on, broken"));
        let code = run(&[("a.md", &a), ("b.md", &b)]).unwrap();
        assert!(
            code.contains("[On \"on\" , Off \"off\" , Broken \"broken\"]"),
            "{code}"
        );
        let docs = [
            Doc {
                path: "a.md",
                bytes: a.as_bytes(),
            },
            Doc {
                path: "b.md",
                bytes: b.as_bytes(),
            },
        ];
        let build = crate::build(
            &docs,
            &Options::new(quote!(::docmodel)),
            &mut crate::NoLoader,
        );
        let warnings: Vec<_> = build.warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            warnings,
            [
                "b.md:5:4: `mode` lists other values here than at `a.md` line 5: `broken` only here, `off` only at `a.md` line 5; docmodel's enum has them all"
            ]
        );
    }

    #[test]
    fn pages_that_describe_one_type_make_one_type() {
        let resource = "# thing resource type\n\n|Property|Type|Description|\n|-|-|-|\n|id|String|x|\n|size|Int32|x|\n";
        let create = "# Create thing\n\n|Property|Type|Description|\n|-|-|-|\n|size|Int32|x|\n|extra|String|x|\n";
        let code = run(&[("r.md", resource), ("c.md", create)]).unwrap();
        assert_eq!(code.matches("pub struct Thing").count(), 1);
        assert!(
            code.contains(
                "[0 odata_type \"@odata.type\" , 1 id \"id\" , 2 size \"size\" , 3 extra \"extra\"]"
            ),
            "{code}"
        );
        let disagree = "# Create thing\n\n|Property|Type|Description|\n|-|-|-|\n|size|String|x|\n";
        let errors = run(&[("r.md", resource), ("c.md", disagree)]).unwrap_err();
        assert_eq!(
            errors,
            [
                "c.md:5:1: the property `size` has another type here than at `r.md` line 6; one type has one type per property, so make the two rows agree"
            ]
        );
    }

    #[test]
    fn links_lead_to_types_and_recursion_is_boxed() {
        let mut loader = crate::MemoryLoader(std::collections::HashMap::from([
            ("docs/node.md".to_owned(), b"# node resource type\n\n|Property|Type|Description|\n|-|-|-|\n|parent|[node](node.md)|x|\n|kids|[node](node.md) collection|x|\n|color|[color](enums.md#color-values)|x|\n".to_vec()),
            ("docs/enums.md".to_owned(), b"# Enums\n\n### color values\n\n|Member|\n|-|\n|red|\n|blue|\n\n### other values\n\n|Member|\n|-|\n|x|\n".to_vec()),
        ]));
        let tree = b"# tree resource type\n\n|Property|Type|Description|\n|-|-|-|\n|root|[node](node.md)|x|\n";
        let docs = [Doc {
            path: "docs/tree.md",
            bytes: tree,
        }];
        let code = generate_with(&docs, &Options::new(quote!(::docmodel)), &mut loader)
            .unwrap()
            .to_string();
        assert!(
            code.contains("pub root : :: core :: option :: Option < Node >"),
            "{code}"
        );
        assert!(
            code.contains(
                "pub parent : :: core :: option :: Option < :: std :: boxed :: Box < Node > >"
            ),
            "{code}"
        );
        assert!(
            code.contains(
                "pub kids : :: core :: option :: Option < :: std :: vec :: Vec < Node > >"
            ),
            "{code}"
        );
        assert!(code.contains("pub enum Color"), "{code}");
        assert!(
            !code.contains("pub enum Other"),
            "only what is needed: {code}"
        );
        let missing = b"# tree resource type\n\n|Property|Type|Description|\n|-|-|-|\n|root|[node](gone.md)|x|\n";
        let docs = [Doc {
            path: "docs/tree.md",
            bytes: missing,
        }];
        let errors =
            generate_with(&docs, &Options::new(quote!(::docmodel)), &mut loader).unwrap_err();
        assert!(
            errors.docs[0].to_string().starts_with(
                "docs/tree.md:5:7: cannot follow the link `gone.md`: there is no such file"
            ),
            "{errors:?}"
        );
        let lenient = Options {
            unresolved: Unresolved::Json,
            ..Options::new(quote!(::docmodel))
        };
        let code = generate_with(&docs, &lenient, &mut loader)
            .unwrap()
            .to_string();
        assert!(
            code.contains("pub root : :: core :: option :: Option < :: docmodel :: Value >"),
            "{code}"
        );
    }

    #[test]
    fn two_types_with_one_rust_name_are_an_error() {
        let a = "# Create thing_x\n\n|Property|Type|Description|\n|-|-|-|\n|id|String|x|\n";
        let b = "# Create thingX\n\n|Property|Type|Description|\n|-|-|-|\n|id|String|x|\n";
        let errors = run(&[("a.md", a), ("b.md", b)]).unwrap_err();
        assert_eq!(
            errors,
            [
                "b.md:3:1: this type would have the Rust name `ThingX` of the type defined at `a.md` line 3; rename one of them in the doc"
            ]
        );
    }

    #[test]
    fn base_types_that_cannot_be_found_or_loop_are_reported() {
        let page = |name: &str, base: &str| {
            format!(
                "# {name} resource type\n\nA thing. Inherits from [{base}]({base}.md).\n\n|Property|Type|Description|\n|-|-|-|\n|{name}Id|String|x|\n"
            )
        };
        let mut loader = crate::MemoryLoader(std::collections::HashMap::from([(
            "b.md".to_owned(),
            page("b", "a").into_bytes(),
        )]));
        let a = page("a", "b");
        let docs = [Doc {
            path: "a.md",
            bytes: a.as_bytes(),
        }];
        let options = Options::new(quote!(::docmodel));
        let errors = generate_with(&docs, &options, &mut loader).unwrap_err();
        assert!(
            errors
                .docs
                .iter()
                .any(|d| d.message.contains("inherits from itself")),
            "{errors:?}"
        );
        let lonely = page("a", "gone");
        let docs = [Doc {
            path: "a.md",
            bytes: lonely.as_bytes(),
        }];
        let errors = generate_with(&docs, &options, &mut crate::NoLoader).unwrap_err();
        assert!(
            errors.docs[0]
                .to_string()
                .starts_with("a.md:3:24: cannot follow the link `gone.md`"),
            "{errors:?}"
        );
        let lenient = Options {
            unresolved: Unresolved::Json,
            ..options
        };
        let build = crate::build(&docs, &lenient, &mut crate::NoLoader);
        assert!(build.problems.is_empty(), "{:?}", build.problems);
        assert!(
            build.warnings[0]
                .message
                .ends_with("(the type has its own rows only; unknown members are kept)"),
            "{:?}",
            build.warnings
        );
    }
}
