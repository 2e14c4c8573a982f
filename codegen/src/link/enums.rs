//! Enums: from enum pages and `x values` sections, and from the values descriptions list.

use super::Linker;
use super::naming::{free, variants};
use crate::defs::QName;
use crate::diag::{Diagnostic, Place};
use crate::model::Enum;
use crate::page::Located;
use std::collections::BTreeSet;

impl<'a> Linker<'a> {
    /// The model index of the enum `key` that a page defines.
    pub(super) fn use_enum(&mut self, key: &str) -> Option<usize> {
        if let Some(&index) = self.enum_index.get(key) {
            return Some(index);
        }
        let &(p, i) = self.enum_defs.get(key)?.first()?;
        let def = self.loaded.pages.get(p)?.defs.enums.get(i)?;
        self.used_pages.insert(p);
        let e = self.new_enum(&def.name, &def.place, &def.values, def.flags);
        let e = Enum {
            description: def.description.clone(),
            ..e
        };
        Some(self.push_enum(key, e))
    }

    pub(super) fn new_enum(
        &mut self,
        name: &QName,
        place: &Place,
        values: &[String],
        flags: bool,
    ) -> Enum {
        let ident = self.type_ident(name, place);
        let variants = variants(values, place, &mut self.diags);
        let catch_all = free(&variants, "Unrecognized");
        let values_const = free(&variants, "VALUES");
        Enum {
            doc_name: name.name.clone(),
            ident,
            place: place.clone(),
            description: String::new(),
            variants,
            flags,
            catch_all,
            values_const,
            derives: Vec::new(),
        }
    }

    pub(super) fn push_enum(&mut self, key: &str, e: Enum) -> usize {
        let index = self.model.enums.len();
        self.model.enums.push(e);
        self.enum_index.insert(key.to_owned(), index);
        index
    }

    /// An enum made from the values a description lists.
    pub(super) fn listed_enum(
        &mut self,
        p: usize,
        name: &QName,
        listed: &Located<Vec<String>>,
        place: &Place,
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
                let message = format!(
                    "`{}` lists other values here than at line {}: {}",
                    name.name,
                    first.loc.line,
                    describe_difference(&seen, &now, &format!("line {}", first.loc.line)),
                );
                let help = "one enum has one list of values, so make the two rows list the same \
                            ones";
                self.diags
                    .push(Diagnostic::error(place.clone(), message).with_help(help));
                return Some(index);
            }
            let first_place = format!("`{}` line {}", self.page_path(first_page), first.loc.line);
            let message = format!(
                "`{}` lists other values here than at {first_place}: {}; docmodel's enum has \
                 them all",
                name.name,
                describe_difference(&seen, &now, &first_place),
            );
            self.diags.warning(place.clone(), message);
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
            let variants = variants(&values, place, &mut self.diags);
            if let Some(e) = self.model.enums.get_mut(index) {
                e.catch_all = free(&variants, "Unrecognized");
                e.values_const = free(&variants, "VALUES");
                e.variants = variants;
            }
            return Some(index);
        }
        let e = self.new_enum(name, place, &listed.value, false);
        self.listed.insert(key.clone(), (p, listed.clone()));
        Some(self.push_enum(&key, e))
    }

    /// Warns when a description lists other values than the enum's page.
    pub(super) fn compare_listed(
        &mut self,
        index: usize,
        listed: &Located<Vec<String>>,
        place: &Place,
    ) {
        let Some(e) = self.model.enums.get(index) else {
            return;
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
