//! Enums: from enum pages and `x values` sections, and from the values descriptions list.

use super::Linker;
use super::naming::{free, variants};
use crate::defs::QName;
use crate::diag::{Diagnostic, Place};
use crate::model::{Enum, EnumId};
use crate::page::Located;
use std::collections::BTreeSet;

impl Linker<'_> {
    /// The model's enum `key` that a page defines.
    pub(super) fn use_enum(&mut self, key: &str) -> Option<EnumId> {
        if let Some(&id) = self.enums.get(key) {
            return Some(id);
        }
        let (at, def) = self.index.enum_def(key)?;
        self.used_pages.insert(at.page);
        let e = self.new_enum(&def.name, &def.place, &def.values, def.flags);
        let e = Enum {
            description: def.description.clone(),
            ..e
        };
        Some(self.add_enum(key, e))
    }

    fn new_enum(&mut self, name: &QName, place: &Place, values: &[String], flags: bool) -> Enum {
        let ident = self.type_name(name, place);
        let variants = variants(values, place, &mut self.diags);
        Enum {
            doc_name: name.name.clone(),
            odata_name: format!("{}.{}", name.namespace, name.name),
            ident,
            place: place.clone(),
            description: String::new(),
            catch_all: free(&variants, "Unrecognized"),
            values_const: free(&variants, "VALUES"),
            variants,
            flags,
            derives: Vec::new(),
        }
    }

    fn add_enum(&mut self, key: &str, e: Enum) -> EnumId {
        let id = self.model.add_enum(e);
        self.enums.insert(key.to_owned(), id);
        id
    }

    /// The enum of the values a description lists (its Type cell at `place`): a new one, or the
    /// one of the first list of that name, checked against it.
    pub(super) fn listed_enum(
        &mut self,
        name: &QName,
        listed: &Located<Vec<String>>,
        place: &Place,
    ) -> Option<EnumId> {
        let key = name.key();
        let Some(&id) = self.enums.get(&key) else {
            let e = self.new_enum(name, place, &listed.value, false);
            self.listed
                .insert(key.clone(), (place.path.clone(), listed.clone()));
            return Some(self.add_enum(&key, e));
        };
        let Some((first_path, first)) = self.listed.get(&key).cloned() else {
            return Some(id);
        };
        let (seen, now): (BTreeSet<_>, BTreeSet<_>) =
            (first.value.iter().collect(), listed.value.iter().collect());
        if seen == now {
            return Some(id);
        }
        if first_path == place.path {
            let message = format!(
                "`{}` lists other values here than at line {}: {}",
                name.name,
                first.loc.line,
                describe_difference(&seen, &now, &format!("line {}", first.loc.line)),
            );
            let help = "one enum has one list of values, so make the two rows list the same ones";
            self.diags
                .push(Diagnostic::error(place.clone(), message).with_help(help));
            return Some(id);
        }
        let first_place = format!("`{first_path}` line {}", first.loc.line);
        let message = format!(
            "`{}` lists other values here than at {first_place}: {}; docmodel's enum has them all",
            name.name,
            describe_difference(&seen, &now, &first_place),
        );
        self.diags.warning(place.clone(), message);
        self.add_values(id, &first.value, &listed.value, place);
        Some(id)
    }

    /// Adds to enum `id` the values of `listed` that the first list lacks.
    fn add_values(&mut self, id: EnumId, first: &[String], listed: &[String], place: &Place) {
        let Some(e) = self.model.enumeration(id) else {
            return self
                .diags
                .push(Diagnostic::bug(place.clone(), "an enum id points nowhere"));
        };
        let mut values: Vec<String> = e.variants.iter().map(|v| v.wire.clone()).collect();
        // Checked against the values before this list, so that a value the list repeats stays
        // repeated, and `variants` reports it.
        let new: Vec<String> = listed
            .iter()
            .filter(|v| !first.contains(v) && !values.contains(v))
            .cloned()
            .collect();
        values.extend(new);
        let variants = variants(&values, place, &mut self.diags);
        if let Some(e) = self.model.enumeration_mut(id) {
            e.catch_all = free(&variants, "Unrecognized");
            e.values_const = free(&variants, "VALUES");
            e.variants = variants;
        }
    }

    /// Warns when a description lists other values than the enum's page.
    pub(super) fn compare_listed(
        &mut self,
        id: EnumId,
        listed: &Located<Vec<String>>,
        place: &Place,
    ) {
        let Some(e) = self.model.enumeration(id) else {
            return self
                .diags
                .push(Diagnostic::bug(place.clone(), "an enum id points nowhere"));
        };
        let seen: BTreeSet<&String> = e.variants.iter().map(|v| &v.wire).collect();
        let now: BTreeSet<&String> = listed.value.iter().collect();
        if seen != now {
            let there = e.place.to_string();
            let message = format!(
                "the description lists other values than the enum `{}` at {there}: {}; the \
                 enum's page is the truth",
                e.doc_name,
                describe_difference(&seen, &now, &there)
            );
            self.diags.warning(place.clone(), message);
        }
    }
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
