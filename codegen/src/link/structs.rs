//! Structs: the rows of every page that defines a type, bases first.

use super::Linker;
use super::index::{ByName, DefRef, Found};
use super::lookup::Named;
use super::messages::{AS_VALUE, Failure};
use super::precedence::Row;
use crate::defs::{BaseRef, FieldDef, Target, TypeRef};
use crate::diag::{Diagnostic, Place};
use crate::load::PageId;
use crate::model::{StructId, Type};
use crate::names::Name;
use crate::types::Prim;
use std::collections::HashSet;

/// How a field's type came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Resolution {
    /// The Type cell says it: a primitive, or alternatives (`serde_json::Value`).
    Given,
    /// A type of the model that the cell names.
    Found,
    /// A `serde_json::Value` in place of a type that could not be found; another page's row
    /// that found it wins.
    StandIn,
}

impl Linker<'_> {
    /// Fills in the fields of struct `key` from every page that defines it: its bases' rows
    /// first, then its own, its resource page's first ([`super::index::Index::struct_defs`]). Where two rows of a
    /// property disagree, the first wins by a rule of [`super::precedence`].
    pub(super) fn build_struct(&mut self, key: &str) {
        let Some(&id) = self.structs.get(key) else {
            return;
        };
        let mut chain = Vec::new();
        let base = self.inherited_defs(key, &mut vec![key.to_owned()], &mut chain);
        let own = self.index.struct_defs(key);
        let mut rows: Vec<Row> = Vec::new();
        let mut description = String::new();
        for at in chain {
            let Some(def) = self.index.struct_def(at) else {
                continue;
            };
            if description.is_empty() && own.contains(&at) {
                description = def.description.clone();
            }
            for field in &def.fields {
                let (ty, resolution) = self.field_type(at.page, &def.place.path, field);
                self.add_field(&mut rows, Row::new(def, field, ty, resolution));
            }
        }
        let names: HashSet<String> = rows.iter().map(|r| r.field.ident.to_string()).collect();
        let extra = Name::generated("extra").free(|n| names.contains(n));
        let Some(s) = self.model.structure_mut(id) else {
            let place = own.first().and_then(|&at| self.index.struct_def(at));
            if let Some(def) = place {
                let bug = Diagnostic::bug(def.place.clone(), "a struct id points nowhere");
                self.diags.push(bug);
            }
            return;
        };
        s.fields = rows.into_iter().map(|r| r.field).collect();
        s.extra = extra;
        s.description = description;
        s.base = base;
    }

    /// The definitions whose rows struct `key` has, bases first (`entity`, then `directoryObject`,
    /// then `user`), into `chain`; the model's struct of its direct base, if it has one.
    fn inherited_defs(
        &mut self,
        key: &str,
        visiting: &mut Vec<String>,
        chain: &mut Vec<DefRef>,
    ) -> Option<StructId> {
        let defs = self.index.struct_defs(key);
        let mut base_id = None;
        let based = defs.iter().find_map(|&at| {
            let def = self.index.struct_def(at)?;
            Some((at.page, def, def.base.as_ref()?))
        });
        if let Some((page, def, base)) = based
            && let Some(base_key) = self.base_key(page, &def.place.path, base)
        {
            if visiting.contains(&base_key) {
                let place = Place::new(&def.place.path, base.loc);
                let message = format!(
                    "`{}` inherits from itself through its base types",
                    base.name.name
                );
                let help = "remove a link from the chain";
                self.diags
                    .push(Diagnostic::error(place, message).with_help(help));
            } else {
                visiting.push(base_key.clone());
                self.inherited_defs(&base_key, visiting, chain);
                base_id = self.use_struct(&base_key);
            }
        }
        chain.extend(defs);
        base_id
    }

    /// The key of a base type that page `page` (at `path`) names, or `None` after reporting why
    /// there is none.
    fn base_key(&mut self, page: PageId, path: &str, base: &BaseRef) -> Option<String> {
        let link = base.link.as_deref();
        let followed = self.index.follow(page, link, &base.name, None, ByName::Any);
        if let Some(Found::Struct(key)) = followed.found {
            return Some(key);
        }
        let Failure { message, help } = followed.failure.unwrap_or_else(|| Failure {
            message: format!(
                "the base type `{}` is defined by no page of this build",
                base.name.name
            ),
            help: "link its page (`Inherits from [x](x.md)`), or set `unresolved = \"value\"` to \
                   go without its properties"
                .to_owned(),
        });
        let place = Place::new(path, base.loc);
        let instead = "the type has its own rows only; unknown members are kept";
        self.unresolved(page, &place, message, Some(help), instead);
        None
    }

    /// The type of a field of page `page` (at `path`), and how it came to be.
    fn field_type(&mut self, page: PageId, path: &str, field: &FieldDef) -> (Type, Resolution) {
        let TypeRef {
            loc,
            collection,
            target,
            listed,
        } = &field.ty;
        let place = Place::new(path, *loc);
        let (element, resolution) = match target {
            Target::Prim(prim) => (Type::Prim(*prim), Resolution::Given),
            Target::Alternatives(_) => (Type::Prim(Prim::Json), Resolution::Given),
            Target::Missing => {
                let message = "empty type: write the property's type in this cell, e.g. `String`";
                self.unresolved(page, &place, message.to_owned(), None, AS_VALUE);
                (Type::Prim(Prim::Json), Resolution::StandIn)
            }
            Target::Named {
                name,
                link,
                fragment,
            } => {
                let cell = Named {
                    name,
                    link: link.as_deref(),
                    fragment: fragment.as_deref(),
                    listed: listed.as_ref(),
                };
                match self.cell_type(page, &cell, &place) {
                    Some(ty) => (ty, Resolution::Found),
                    None => (Type::Prim(Prim::Json), Resolution::StandIn),
                }
            }
        };
        let ty = if *collection {
            Type::Vec(Box::new(element))
        } else {
            element
        };
        (ty, resolution)
    }
}
