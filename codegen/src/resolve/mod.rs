//! Resolving: [`Page`] -> [`PageDefs`], one page on its own. Tells what kind of page it is,
//! finds its property and member tables, names every field, reads every Type cell, and reports
//! every problem at the row and cell it comes from. Types are linked across pages later, by
//! [`crate::link`].

mod cells;
mod enums;
mod operation;
mod page_type;
mod prose;
mod rows;
mod tables;
mod template;
#[cfg(test)]
mod tests;

use crate::defs::{DEFAULT_NAMESPACE, PageDefs, QName};
use crate::diag::{Diagnostics, Loc};
use crate::names;
use crate::page::{Located, Page};
use enums::{enum_def, enum_tables};
pub(crate) use page_type::resource_title;
use page_type::{bare_type, enum_title, page_type};

pub(crate) use operation::file_stem;
use tables::{StructBuilder, property_tables};
pub use template::{Template, constructor_names, template};

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

/// The kind of `page`. A page without a `doc_type` (or with one docmodel does not know) that has
/// a resource annotation (`blockType: resource`) is a resource page.
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
        _ if resource_annotations(page).next().is_some() => Kind::Resource,
        _ => Kind::Unknown,
    }
}

/// Whether the page describes a type, so that it has something to generate: a property table,
/// an enum's member table, or, on a resource page without a property table, the type its
/// annotation or title names (see [`resolve`]). A conceptual page, or an API page without a
/// request body (`Get user`), describes none.
pub fn describes_type(page: &Page) -> bool {
    let kind = kind(page);
    !property_tables(page, kind).is_empty()
        || !enum_tables(page, kind).is_empty()
        || bare_type(page, kind, DEFAULT_NAMESPACE).is_some()
}

/// Whether the page documents an operation: request lines under its `HTTP request` heading, on
/// an API page, a page of unknown kind, or a page whose `doc_type` says `resourcePageType` but
/// whose title is no `x resource type` (three v1.0 API pages, `serviceprincipal-update.md`
/// among them, copied the resource page's front matter).
pub fn documents_operation(page: &Page) -> bool {
    let api = match kind(page) {
        Kind::Api | Kind::Unknown => true,
        Kind::Resource => title_of(page).is_some_and(|t| !t.value.ends_with(" resource type")),
        Kind::Enum | Kind::Conceptual => false,
    };
    api && !page.http_request.is_empty()
}

/// Resolves one page into what it defines. Problems go to `diags`; the result holds what could
/// be made sense of anyway, so later problems are still found.
///
/// A resource page without a property table is still a type (`Properties: None`, an open type
/// such as `plannerUserIds`, an abstract base such as `accessReviewScope`, a facet such as
/// `root`, a page with only a JSON representation): a struct with no rows of its own, which has
/// its base's fields and keeps every member in `extra`, and is the base of the types that
/// inherit from it. It is named by its resource annotation's `@odata.type` (or `@type`), else
/// by its title; a page that names no type that way describes none.
pub fn resolve(page: &Page, diags: &mut Diagnostics) -> PageDefs {
    let kind = kind(page);
    let mut defs = PageDefs::default();
    let tables = property_tables(page, kind);
    let enum_tables = enum_tables(page, kind);
    let namespace = namespace(page);
    for (name, table, columns) in enum_tables {
        if let Some(def) = enum_def(page, name, table, columns, &namespace, diags) {
            defs.enums.push(def);
        }
    }
    if tables.is_empty() {
        defs.operation = operation::operation(page, &defs, &namespace, diags);
        // Whether a page that defines nothing is a problem depends on whether its examples
        // name types of the build (`crate::link` decides).
        if let Some(name) = bare_type(page, kind, &namespace) {
            let builder = StructBuilder::new(&page.path);
            defs.structs
                .push(builder.finish(name.value, page, kind, name.loc));
        }
        return defs;
    }
    // Without a name for the type, the rows are still checked, so that every problem shows.
    let name = page_type(page, kind, &namespace, diags);
    if let Some(name) = &name
        && let Err(e) = names::type_name(&name.value.name)
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
    let name = name.map_or_else(|| QName::parse("", &namespace), |n| n.value);
    defs.structs
        .push(builder.finish(name, page, kind, table_loc));
    defs.operation = operation::operation(page, &defs, &namespace, diags);
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

/// The page's `blockType: resource` annotations: the one before its JSON representation.
fn resource_annotations(page: &Page) -> impl Iterator<Item = &Located<serde_json::Value>> {
    page.annotations
        .iter()
        .filter(|a| a.value.get("blockType").and_then(|b| b.as_str()) == Some("resource"))
}

/// The type the page's resource annotation names: its `@odata.type`, else its `@type` (a few
/// pages, such as the facets `root` and `systemFacet`, write that).
pub(super) fn resource_type(page: &Page) -> Option<Located<String>> {
    resource_annotations(page).find_map(|a| {
        let named = [ODATA_TYPE, "@type"]
            .iter()
            .find_map(|key| a.value.get(key)?.as_str())?;
        Some(Located {
            value: named.to_owned(),
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
