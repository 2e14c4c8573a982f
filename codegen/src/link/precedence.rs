//! Precedence: which row wins when the pages that make one struct give a property two types.
//!
//! A struct's rows are added in a fixed order ([`super::Linker::build_struct`]): its bases'
//! first; of one type, its resource page first, then its other pages in build order. The row
//! already there wins over a later one that disagrees, and each such decision is a warning
//! ([`Diagnostic::decided`]) that names both rows, both types and the rule:
//!
//! - a base's row wins over a derived type's row of the same property ([`Rule::Inherited`]):
//!   OData cannot change an inherited property's type;
//! - a type's resource page wins over its API pages (Create, Update, request bodies)
//!   ([`Rule::ResourcePage`]);
//! - between pages of which none is the type's resource page (or two that both are), the first
//!   in build order wins ([`Rule::FirstPage`]).
//!
//! The kept row keeps its description and place. A row whose type could not be found (a
//! `serde_json::Value` standing in) loses to one whose type was found, wherever it is, without a
//! warning: that is no disagreement of the docs. Rows of one type merge without a word.

use super::Linker;
use super::messages::place;
use super::structs::Resolution;
use crate::defs::{FieldDef, QName, StructDef, Target, TypeRef};
use crate::diag::{Diagnostic, Loc, Place, Rule};
use crate::model::{Field, Type};

/// A row of a struct being made, and what decides whether it wins over another.
pub(super) struct Row {
    pub(super) field: Field,
    resolution: Resolution,
    /// The type whose page has the row: the struct's own, or a base's.
    owner: QName,
    /// Whether that page is the owner's resource page.
    resource_page: bool,
    /// The Type cell as the doc writes it (`String collection`), for messages.
    cell: String,
}

impl Row {
    /// The row `field` of `def`, whose type is `ty`.
    pub(super) fn new(def: &StructDef, field: &FieldDef, ty: Type, resolution: Resolution) -> Row {
        Row {
            field: Field {
                wire: field.wire.clone(),
                ident: field.ident.clone(),
                ty,
                description: field.description.clone(),
                place: field.place.clone(),
            },
            resolution,
            owner: def.name.clone(),
            resource_page: def.resource_page,
            cell: cell_text(&field.ty),
        }
    }
}

impl Linker<'_> {
    /// Adds a row to a struct's rows, or merges it into the row of its property already there.
    pub(super) fn add_field(&mut self, rows: &mut Vec<Row>, new: Row) {
        let Some(kept) = rows.iter_mut().find(|r| r.field.wire == new.field.wire) else {
            if let Some(other) = rows.iter().find(|r| r.field.ident == new.field.ident) {
                let (field, other) = (&new.field, &other.field);
                let message = format!(
                    "properties `{}` and `{}` ({}) both become the Rust field `{}`",
                    field.wire,
                    other.wire,
                    place(other.place.as_ref()),
                    field.ident
                );
                let here = field
                    .place
                    .clone()
                    .unwrap_or_else(|| Place::new("", Loc::START));
                let error = Diagnostic::error(here, message);
                self.diags
                    .push(error.with_help("rename one of them in the doc"));
                return;
            }
            rows.push(new);
            return;
        };
        if kept.field.place.is_none() && new.field.place.is_some() {
            // `@odata.type`, built in, described by a later page.
            kept.field.description = new.field.description.clone();
            kept.field.place = new.field.place.clone();
        }
        if kept.field.ty == new.field.ty || new.resolution == Resolution::StandIn {
            return;
        }
        if kept.resolution == Resolution::StandIn {
            // The found type wins, with its row's description and place.
            *kept = new;
            return;
        }
        self.decide(kept, &new);
    }

    /// Reports that `kept` wins over `lost`, a later row of its property with another type, and
    /// by which rule. Each derived type meets its bases' pairs again, with the same warning,
    /// which the build reports once ([`crate::load::in_build_order`]).
    fn decide(&mut self, kept: &Row, lost: &Row) {
        // The built-in `@odata.type` row has no place, and is a `String` on every page.
        let Some(here) = lost.field.place.clone() else {
            return;
        };
        let (rule, message) = decision(kept, lost);
        self.diags.decided(here, rule, message);
    }
}

/// The rule by which `kept` wins over `lost`, and the warning that says so.
fn decision(kept: &Row, lost: &Row) -> (Rule, String) {
    let there = place(kept.field.place.as_ref());
    let differ = format!(
        "`{}` has the type `{}` here but the type `{}`",
        lost.field.wire, lost.cell, kept.cell
    );
    // Two cells that read alike but name different types (two enums of one name, say).
    let alike = if lost.cell == kept.cell {
        ", another type of that name,"
    } else {
        ""
    };
    let name = &kept.owner.name;
    if kept.owner.key() != lost.owner.key() {
        let message = format!(
            "{differ}{alike} in its base `{name}` ({there}); docmodel keeps the base's type, as \
             OData cannot change an inherited property's type"
        );
        return (Rule::Inherited, message);
    }
    if kept.resource_page && !lost.resource_page {
        let message = format!(
            "{differ}{alike} on the resource page of `{name}` ({there}); docmodel keeps the \
             resource page's type"
        );
        return (Rule::ResourcePage, message);
    }
    let pages = if kept.resource_page {
        "both pages are resource pages of"
    } else {
        "neither page is the resource page of"
    };
    let message = format!(
        "{differ}{alike} at {there}, which comes first in the build; {pages} `{name}`, so \
         docmodel keeps the first page's type"
    );
    (Rule::FirstPage, message)
}

/// A Type cell as messages show it: the type it names, as written, and ` collection`.
fn cell_text(ty: &TypeRef) -> String {
    let element = match &ty.target {
        Target::Prim(prim) => prim.doc_name().to_owned(),
        Target::Named { name, .. } => name.name.clone(),
        Target::Alternatives(text) => text.clone(),
        Target::Missing => "nothing".to_owned(),
    };
    if ty.collection {
        format!("{element} collection")
    } else {
        element
    }
}
