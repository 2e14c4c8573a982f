//! Property tables: which tables of a page are, and the struct their rows make.

use super::cells::{split_link, type_ref};
use super::rows::{self, FirstRow};
use super::{Kind, ODATA_TYPE};
use crate::defs::{BaseRef, FieldDef, QName, StructDef, Target, TypeRef};
use crate::diag::Place;
use crate::diag::{Diagnostic, Diagnostics, Loc, Rule};
use crate::names::{self, Name};
use crate::page::{Cell, Located, Page, Row, Table};
use crate::types::Prim;
use std::collections::HashMap;

/// Header cells that name the property column (compared case-insensitively).
const NAME_HEADERS: &[&str] = &[
    "property",
    "property name",
    "name",
    "parameter",
    "relationship",
    "relationship name",
];

/// Sections whose tables describe something other than a JSON object's members (compared
/// case-insensitively, as parts of the heading).
const NOT_PROPERTIES: &[&str] = &[
    "header",
    "query parameter",
    "path parameter",
    "function parameter",
    "permission",
    "method",
    "response",
    "properties of ",
];

/// The columns of a property table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Columns {
    name: usize,
    ty: usize,
    description: Option<usize>,
}

/// The property tables of a page: those outside the sections that describe headers, parameters,
/// permissions, methods and responses (an API page's are in its `Request body`).
pub(super) fn property_tables(page: &Page, kind: Kind) -> Vec<(&Table, Columns)> {
    if matches!(kind, Kind::Enum | Kind::Conceptual) {
        return Vec::new();
    }
    page.tables
        .iter()
        .filter(|table| {
            // The page's title is no section (`delegatedPermissionClassification resource type`).
            let title = page.title.as_ref().map(|t| t.value.as_str());
            let outline = table
                .outline
                .iter()
                .filter(|h| Some(h.as_str()) != title)
                .map(|h| h.to_lowercase());
            !outline
                .into_iter()
                .any(|h| NOT_PROPERTIES.iter().any(|s| h.contains(s)))
        })
        .filter_map(|table| Some((table, columns(&table.header)?)))
        .collect()
}

fn columns(header: &Row) -> Option<Columns> {
    Some(Columns {
        name: find_column(header, NAME_HEADERS)?,
        ty: find_column(header, &["type"])?,
        description: find_column(header, &["description"]),
    })
}

pub(super) fn find_column(header: &Row, names: &[&str]) -> Option<usize> {
    names.iter().find_map(|n| {
        header
            .cells
            .iter()
            .position(|c| c.text.trim().eq_ignore_ascii_case(n))
    })
}

/// Builds one struct from table rows, checking names as it goes.
pub(super) struct StructBuilder<'a> {
    path: &'a str,
    fields: Vec<FieldDef>,
    /// Rust field name -> the property that has it, and its line (`None`: built in).
    idents: HashMap<String, (String, Option<usize>)>,
    /// The table being read.
    pub(super) table: usize,
    /// The first row of each property, by JSON name.
    firsts: HashMap<String, FirstRow>,
    /// The table and line of the last row read that was no wrapped text.
    previous: Option<(usize, usize)>,
}

impl<'a> StructBuilder<'a> {
    pub(super) fn new(path: &'a str) -> Self {
        let odata_type = FieldDef {
            wire: ODATA_TYPE.to_owned(),
            ident: names::Name::odata_type(),
            ty: TypeRef {
                loc: Loc::START,
                collection: false,
                target: Target::Prim(Prim::String),
                listed: None,
            },
            description: String::new(),
            place: None,
        };
        let idents = HashMap::from([("odata_type".to_owned(), (ODATA_TYPE.to_owned(), None))]);
        StructBuilder {
            path,
            fields: vec![odata_type],
            idents,
            table: 0,
            firsts: HashMap::new(),
            previous: None,
        }
    }

    pub(super) fn row(
        &mut self,
        row: &Row,
        columns: &Columns,
        namespace: &str,
        diags: &mut Diagnostics,
    ) {
        // A cell the row lacks is an empty cell at the row's place (CommonMark pads short rows
        // with empty cells anyway), so the empty-cell errors below report it.
        let missing = Cell {
            text: String::new(),
            links: Vec::new(),
            strong: false,
            loc: row.loc,
        };
        let name = row.cell(columns.name).unwrap_or(&missing);
        let ty = row.cell(columns.ty).unwrap_or(&missing);
        let description = columns
            .description
            .and_then(|i| row.cell(i))
            .map(|c| c.text.clone());
        let description = description.unwrap_or_default();
        let place = self.place(row.loc);
        if name.strong && ty.text.is_empty() && description.is_empty() {
            // `|**Apps**|`: a label that groups the rows below it.
            return;
        }
        match self.previous {
            Some((table, line))
                if table == self.table && rows::is_wrapped_text(row, columns.name) =>
            {
                return self.wrapped_row(row, line, name.loc, diags);
            }
            _ => self.previous = Some((self.table, row.loc.line)),
        }
        let wire = property_name(&name.text);
        if wire.is_empty() {
            diags.error(
                self.place(name.loc),
                "empty property name: write the JSON member name in this cell",
            );
            return;
        }
        let type_ref = type_ref(ty, &description, namespace);
        if wire == ODATA_TYPE {
            return self.odata_type_row(description, place, name.loc, diags);
        }
        if let Some(first) = self.firsts.get(wire) {
            return self.repeated_row(wire, first, (type_ref.as_ref(), &ty.text), name.loc, diags);
        }
        let ident = match names::field_name(wire) {
            Ok(ident) => ident,
            Err(e) => {
                let message = format!("cannot name this property: {e}");
                return diags.error(self.place(name.loc), message);
            }
        };
        if !self.claim(&ident, wire, name.loc, diags) {
            return;
        }
        let first = FirstRow {
            table: self.table,
            line: row.loc.line,
            ty: type_ref.clone(),
            cell: ty.text.clone(),
        };
        self.firsts.insert(wire.to_owned(), first);
        if let Some(ty) = type_ref {
            self.fields.push(FieldDef {
                wire: wire.to_owned(),
                ident,
                ty,
                description,
                place: Some(place),
            });
        }
    }

    /// A row that documents the built-in `@odata.type` field (the name cell at `name`): its
    /// description and place. A later row of it repeats the first ([`Rule::FirstRow`]); its Type
    /// cell is not read, since the field is always a string.
    fn odata_type_row(
        &mut self,
        description: String,
        place: Place,
        name: Loc,
        diags: &mut Diagnostics,
    ) {
        let Some(builtin) = self.fields.first_mut() else {
            return;
        };
        match &builtin.place {
            None => {
                builtin.description = description;
                builtin.place = Some(place);
            }
            Some(first) => {
                let message = format!(
                    "`{ODATA_TYPE}` repeats the row at line {}: docmodel keeps that one",
                    first.loc.line
                );
                diags.decided(self.place(name), Rule::FirstRow, message);
            }
        }
    }

    /// A row (its Name cell at `name`) of the property `wire` that the row `first` of the page
    /// has already, with its Type cell read and as written: the first row wins.
    fn repeated_row(
        &self,
        wire: &str,
        first: &FirstRow,
        (ty, cell): (Option<&TypeRef>, &str),
        name: Loc,
        diags: &mut Diagnostics,
    ) {
        if let Some(message) = rows::repeated(wire, first, (ty, cell), (self.path, self.table)) {
            diags.decided(self.place(name), Rule::FirstRow, message);
        }
    }

    /// A row (its Name cell at `name`) that is the wrapped tail of the description of the row at
    /// `line`: its text goes to the end of that row's description, if that row is a field.
    fn wrapped_row(&mut self, row: &Row, line: usize, name: Loc, diags: &mut Diagnostics) {
        let text: Vec<&str> = row.cells.iter().map(|c| c.text.as_str()).collect();
        let text = text.join(" ");
        let mut field = self
            .fields
            .iter_mut()
            .find(|f| f.place.as_ref().is_some_and(|p| p.loc.line == line));
        if let Some(field) = &mut field {
            field.description = rows::collapse_words(&format!("{} {text}", field.description));
        }
        let message = rows::wrapped_message(line, field.is_some());
        diags.decided(self.place(name), Rule::WrappedRow, message);
    }

    /// The place at `loc` of the page.
    fn place(&self, loc: Loc) -> Place {
        Place::new(self.path, loc)
    }

    /// Records that the property `wire` has `ident`; false (with an error) if another property
    /// has it: two names that become one Rust field, which no rule decides.
    fn claim(&mut self, ident: &Name, wire: &str, loc: Loc, diags: &mut Diagnostics) -> bool {
        let key = ident.to_string();
        let Some((other, other_line)) = self.idents.get(&key) else {
            self.idents.insert(key, (wire.to_owned(), Some(loc.line)));
            return true;
        };
        let place = other_line.map_or_else(|| "built in".to_owned(), |l| format!("line {l}"));
        let message = format!(
            "properties `{wire}` and `{other}` ({place}) both become the Rust field `{key}`"
        );
        let error = Diagnostic::error(self.place(loc), message);
        diags.push(error.with_help("rename one of them in the doc"));
        false
    }

    pub(super) fn finish(self, name: QName, page: &Page, kind: Kind, table_loc: Loc) -> StructDef {
        // An API page's description is the operation's ("Create a new x object."), not the type's.
        let description = match &page.front_matter.description {
            Some(d) if kind == Kind::Resource => d.clone(),
            _ => String::new(),
        };
        let base = (kind != Kind::Api)
            .then(|| base(page, &name.namespace))
            .flatten();
        // Rows of a request body are an API page's, whatever its `doc_type` says (`Update
        // servicePrincipal` has a resource page's, copied): they must not win over the type's
        // resource page.
        let request_body = page.tables.iter().any(|t| {
            t.loc == table_loc
                && t.outline
                    .iter()
                    .any(|h| h.to_lowercase().contains("request body"))
        });
        StructDef {
            name,
            description,
            place: Place {
                path: self.path.to_owned(),
                loc: table_loc,
            },
            fields: self.fields,
            base,
            open: page.annotations.iter().any(|a| {
                a.value.get("blockType").and_then(|b| b.as_str()) == Some("resource")
                    && a.value.get("openType").and_then(|o| o.as_bool()) == Some(true)
            }),
            resource_page: kind == Kind::Resource && !request_body,
        }
    }
}

/// The type a resource page inherits from: the link of its `Inherits from [x](x.md)`, named as
/// its annotation's `baseType` says if it has one.
fn base(page: &Page, namespace: &str) -> Option<BaseRef> {
    let annotated = page.annotations.iter().find_map(|a| {
        let block = a.value.get("blockType")?.as_str()?;
        let base = a.value.get("baseType")?.as_str()?;
        (block == "resource").then(|| Located {
            value: base.to_owned(),
            loc: a.loc,
        })
    });
    let linked = page.base.as_ref().map(|b| {
        let (link, _) = split_link(&b.value.dest);
        (b.value.text.clone(), link, b.loc)
    });
    match (annotated, linked) {
        (Some(named), Some((_, link, _))) => Some(BaseRef {
            name: QName::parse(&named.value, namespace),
            link,
            loc: named.loc,
        }),
        (Some(named), None) => Some(BaseRef {
            name: QName::parse(&named.value, namespace),
            link: None,
            loc: named.loc,
        }),
        (None, Some((text, link, loc))) if !text.trim().is_empty() => Some(BaseRef {
            name: QName::parse(text.trim(), namespace),
            link,
            loc,
        }),
        _ => None,
    }
}

/// The JSON name in a Name cell: `backupReviewers (deprecated)` is `backupReviewers`.
pub(super) fn property_name(cell: &str) -> &str {
    let cell = cell.trim();
    match cell.split_once(" (") {
        Some((name, rest)) if rest.ends_with(')') && !name.trim().is_empty() => name.trim(),
        _ => cell,
    }
}
