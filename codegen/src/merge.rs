//! Stage 2b: the models of several docs -> one model.
//!
//! An enum that several docs list with the same values is one enum; with other values, or two
//! types that would have one Rust name, it is an error at the second place that names the first.
//! (Merging the properties of one type described by several pages is not done yet: two pages
//! that define one type are an error.)

use crate::diag::Diagnostic;
use crate::model::{Enum, Model, Struct, Type};
use std::collections::BTreeSet;

/// Merges per-doc models, in doc order.
pub fn merge(models: Vec<Model>, problems: &mut Vec<Diagnostic>) -> Model {
    let mut merged = Model::default();
    for model in models {
        let map: Vec<Option<usize>> = model
            .enums
            .into_iter()
            .map(|e| add_enum(&mut merged, e, problems))
            .collect();
        for mut s in model.structs {
            if let Some(other) = merged.structs.iter().find(|o| o.ident == s.ident) {
                problems.push(s.origin.error(format!(
                    "the type `{}` is also defined at {}; one type per page for now: give the \
                     macro one of the two pages",
                    s.ident, other.origin
                )));
                continue;
            }
            if let Some(other) = merged.enums.iter().find(|e| e.ident == s.ident) {
                problems.push(s.origin.error(clash(&s.ident.to_string(), &other.origin)));
                continue;
            }
            remap_struct(&mut s, &map);
            merged.structs.push(s);
        }
    }
    merged
}

/// The index of `e` in `merged`, adding it if it is new; `None` after reporting a conflict.
fn add_enum(merged: &mut Model, e: Enum, problems: &mut Vec<Diagnostic>) -> Option<usize> {
    if let Some(index) = merged.enums.iter().position(|o| o.doc_name == e.doc_name) {
        let other = merged.enums.get(index)?;
        let values = |e: &Enum| {
            e.variants
                .iter()
                .map(|v| v.wire.clone())
                .collect::<BTreeSet<_>>()
        };
        if values(other) != values(&e) {
            problems.push(e.origin.error(format!(
                "`{}` lists other values here than at {}; one enum has one list of values, so \
                 make the two lists the same",
                e.doc_name, other.origin
            )));
            return None;
        }
        return Some(index);
    }
    let clashing = merged
        .enums
        .iter()
        .map(|o| &o.origin)
        .chain(merged.structs.iter().map(|s| &s.origin));
    let named = merged
        .enums
        .iter()
        .map(|o| &o.ident)
        .chain(merged.structs.iter().map(|s| &s.ident));
    if let Some((_, origin)) = named.zip(clashing).find(|(ident, _)| **ident == e.ident) {
        problems.push(e.origin.error(clash(&e.ident.to_string(), origin)));
        return None;
    }
    merged.enums.push(e);
    Some(merged.enums.len() - 1)
}

fn clash(ident: &str, other: &crate::model::Origin) -> String {
    format!(
        "this type would have the Rust name `{ident}` of the type defined at {other}; rename one \
         of them in the doc"
    )
}

/// Points a struct's enum references at the merged enums.
fn remap_struct(s: &mut Struct, map: &[Option<usize>]) {
    for field in &mut s.fields {
        remap(&mut field.ty, map);
    }
}

fn remap(ty: &mut Type, map: &[Option<usize>]) {
    match ty {
        Type::Enum(index) => {
            if let Some(Some(new)) = map.get(*index) {
                *index = *new;
            }
        }
        Type::Vec(inner) => remap(inner, map),
        Type::Prim(_) | Type::Override(_) => {}
    }
}

#[cfg(test)]
mod tests {
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
        generate_with(&docs, &Options::new(quote!(::docmodel)))
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
    fn conflicts_across_docs_name_both_places() {
        let (a, b) = (page("first", "on, off"), page("second", "on, broken"));
        let errors = run(&[("a.md", &a), ("b.md", &b)]).unwrap_err();
        assert_eq!(
            errors,
            [
                "b.md:5:4: `mode` lists other values here than at `a.md` line 5; one enum has one list of values, so make the two lists the same"
            ]
        );
        let errors = run(&[("a.md", &a), ("b.md", &page("first", "on, off"))]).unwrap_err();
        assert!(
            errors[0].starts_with("b.md:3:1: the type `First` is also defined at `a.md` line 3"),
            "{errors:?}"
        );
        let plain = "# Create mode\n\n|Property|Type|Description|\n|-|-|-|\n|id|String|x|\n";
        let errors = run(&[("a.md", &a), ("b.md", plain)]).unwrap_err();
        assert!(
            errors[0].starts_with("b.md:3:1: this type would have the Rust name `Mode`"),
            "{errors:?}"
        );
    }
}
