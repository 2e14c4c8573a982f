//! Resolving: [`Page`] -> [`PageDefs`], one page on its own. Tells what kind of page it is,
//! finds its property and member tables, names every field, reads every Type cell, and reports
//! every problem at the row and cell it comes from. Types are linked across pages later, by
//! [`crate::link`].

mod cells;
mod enums;
mod page_type;
mod tables;
#[cfg(test)]
mod tests;

use crate::defs::{DEFAULT_NAMESPACE, PageDefs, QName};
use crate::diag::{Diagnostics, Loc};
use crate::names;
use crate::page::{Located, Page};
use enums::{enum_def, enum_tables};
use page_type::{enum_title, page_type};
use tables::{StructBuilder, property_tables};

/// The JSON name of the annotation every struct carries as its `odata_type` field.
pub const ODATA_TYPE: &str = "@odata.type";

/// What a page is, from its front matter's `doc_type` (or, without one, its title).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A resource (entity or complex type): `## Properties`, `## Relationships`.
    Resource,
    /// An API operation: its `## Request body` table is a type.
    Api,
    /// An enum: `## Members`.
    Enum,
    /// Prose: nothing to generate.
    Conceptual,
    /// No `doc_type`: any property table counts.
    Unknown,
}

/// The kind of `page`.
pub fn kind(page: &Page) -> Kind {
    let doc_type = page.front_matter.doc_type.as_deref().unwrap_or_default();
    let doc_type = doc_type.trim_matches(|c: char| c == '"' || c == '\'' || c == '_' || c == ' ');
    let title = title_of(page).map(|t| t.value).unwrap_or_default();
    match doc_type.to_ascii_lowercase().as_str() {
        // The title wins over a `doc_type` copied from another kind of page.
        _ if title.ends_with(" resource type") => Kind::Resource,
        _ if enum_title(&title).is_some() => Kind::Enum,
        "resourcepagetype" => Kind::Resource,
        "apipagetype" => Kind::Api,
        "enumpagetype" => Kind::Enum,
        "conceptualpagetype" => Kind::Conceptual,
        _ => Kind::Unknown,
    }
}

/// Whether the page has anything to generate: a property table, or an enum's member table.
pub fn has_table(page: &Page) -> bool {
    let kind = kind(page);
    !property_tables(page, kind).is_empty() || !enum_tables(page, kind).is_empty()
}

/// Resolves one page into what it defines. Problems go to `diags`; the result holds what could
/// be made sense of anyway, so later problems are still found.
pub fn resolve(page: &Page, diags: &mut Diagnostics) -> PageDefs {
    let kind = kind(page);
    let mut defs = PageDefs::default();
    let tables = property_tables(page, kind);
    let enum_tables = enum_tables(page, kind);
    // A page without tables defines nothing; whether that is a problem depends on whether its
    // examples name types of the build (`crate::link` decides).
    if tables.is_empty() && enum_tables.is_empty() {
        return defs;
    }
    let namespace = namespace(page);
    for (name, table, columns) in enum_tables {
        if let Some(def) = enum_def(page, name, table, columns, &namespace, diags) {
            defs.enums.push(def);
        }
    }
    if tables.is_empty() {
        return defs;
    }
    // Without a name for the type, the rows are still checked, so that every problem shows.
    let name = page_type(page, kind, diags);
    if let Some(name) = &name
        && let Err(e) = names::type_name(&name.value)
    {
        diags.error(
            page.place(name.loc),
            format!("cannot name the page's type: {e}"),
        );
    }
    let mut builder = StructBuilder::new(&page.path);
    for (index, (table, columns)) in tables.iter().enumerate() {
        builder.table = index;
        for row in &table.rows {
            builder.row(row, columns, &namespace, diags);
        }
    }
    let table_loc = tables.first().map_or(Loc::START, |(t, _)| t.loc);
    let name = QName::parse(&name.map(|n| n.value).unwrap_or_default(), &namespace);
    defs.structs
        .push(builder.finish(name, page, kind, table_loc));
    defs
}

/// The page's namespace: that of its resource annotation's `@odata.type`, else what its
/// `Namespace:` line says, else Graph's.
pub(super) fn namespace(page: &Page) -> String {
    resource_type(page)
        .map(|t| QName::parse(&t.value, DEFAULT_NAMESPACE).namespace)
        .or_else(|| page.namespace.clone())
        .unwrap_or_else(|| DEFAULT_NAMESPACE.to_owned())
}

/// The `@odata.type` of the page's `blockType: resource` annotation.
pub(super) fn resource_type(page: &Page) -> Option<Located<String>> {
    page.annotations.iter().find_map(|a| {
        let block = a.value.get("blockType")?.as_str()?;
        let odata_type = a.value.get(ODATA_TYPE)?.as_str()?;
        (block == "resource").then(|| Located {
            value: odata_type.to_owned(),
            loc: a.loc,
        })
    })
}

pub(super) fn title_of(page: &Page) -> Option<Located<String>> {
    page.title.clone().or_else(|| {
        page.front_matter.title.clone().map(|value| Located {
            value,
            loc: Loc::START,
        })
    })
}
