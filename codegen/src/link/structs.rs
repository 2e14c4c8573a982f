//! Structs: the rows of every page that defines a type, bases first.

use super::messages::{AS_VALUE, Failure, at, link_failure, place};
use super::{DefRef, Found, Linker};
use crate::defs::{BaseRef, FieldDef, StructDef, Target, TypeRef};
use crate::diag::Diagnostic;
use crate::diag::Place;
use crate::model::{Field, Type};
use crate::names;
use crate::types::Prim;
use proc_macro2::{Ident, Span};
use std::collections::{BTreeSet, HashSet};

impl<'a> Linker<'a> {
    /// Fills in the fields of struct `key` from every page that defines it.
    pub(super) fn build_struct(&mut self, key: &str) {
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
    pub(super) fn inherited_defs(
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
                let place = Place {
                    path: self.page_path(p),
                    loc: base.loc,
                };
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
                base_index = self.use_struct(&base_key);
            }
        }
        chain.extend(defs);
        base_index
    }

    /// The key of a base type, or `None` after reporting why there is none.
    pub(super) fn base_key(&mut self, p: usize, base: &BaseRef) -> Option<String> {
        let place = Place {
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
                let Failure { message, help } = failure.unwrap_or_else(|| Failure {
                    message: format!(
                        "the base type `{}` is defined by no page of this build",
                        base.name.name
                    ),
                    help: "link its page (`Inherits from [x](x.md)`), or set `unresolved = \
                           \"value\"` to go without its properties"
                        .to_owned(),
                });
                let instead = "the type has its own rows only; unknown members are kept";
                self.unresolved(&place, message, Some(help), instead);
                None
            }
        }
    }

    pub(super) fn def(&self, p: usize, i: usize) -> Option<&'a StructDef> {
        self.loaded.pages.get(p)?.defs.structs.get(i)
    }

    /// Adds a page's field to a struct's fields, or checks it against the one already there.
    /// `resolved` is `Some(false)` for a type that could not be found (a `Value` stand-in).
    pub(super) fn add_field(
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
                    "properties `{}` and `{}` ({}) both become the Rust field `{}`",
                    field.wire,
                    other.wire,
                    place(other.place.as_ref()),
                    field.ident
                );
                let help = "rename one of them in the doc";
                self.diags.push(at(field, message).with_help(help));
                return;
            }
            fields.push((
                Field {
                    wire: field.wire.clone(),
                    ident: field.ident.clone(),
                    ty,
                    description: field.description.clone(),
                    place: field.place.clone(),
                },
                resolved,
            ));
            return;
        };
        if existing.place.is_none() && field.place.is_some() {
            // `@odata.type` described by a later page.
            existing.description = field.description.clone();
            existing.place = field.place.clone();
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
            "the property `{}` has another type here than at {}",
            field.wire,
            place(existing.place.as_ref())
        );
        let help = "one type has one type per property, so make the two rows agree";
        self.diags.push(at(field, message).with_help(help));
    }

    /// The type of a field of page `p`; `Some(false)` with it if the type could not be found.
    pub(super) fn field_type(&mut self, p: usize, field: &FieldDef) -> (Type, Option<bool>) {
        let TypeRef {
            loc,
            collection,
            target,
            listed,
        } = &field.ty;
        let place = Place {
            path: self.page_path(p),
            loc: *loc,
        };
        let (base, resolved) = match target {
            Target::Prim(prim) => (Type::Prim(*prim), None),
            Target::Alternatives(_) => (Type::Prim(Prim::Json), None),
            Target::Missing => {
                let message = "empty type: write the property's type in this cell, e.g. `String`";
                self.unresolved(&place, message.to_owned(), None, AS_VALUE);
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
                &place,
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

    pub(super) fn page_path(&self, p: usize) -> String {
        self.loaded
            .pages
            .get(p)
            .map(|page| page.path.clone())
            .unwrap_or_default()
    }
}
