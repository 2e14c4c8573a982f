//! Stage 2: [`Page`] -> [`PageDefs`]. Tells what kind of page it is, finds its property and
//! member tables, names every field, reads every Type cell, and reports every problem at the row
//! and cell it comes from. Types are linked across pages later, by [`crate::link`].

use crate::defs::{
    BaseRef, DEFAULT_NAMESPACE, EnumDef, FieldDef, PageDefs, QName, StructDef, Target, TypeRef,
};
use crate::diag::{Diagnostics, Loc};
use crate::model::Origin;
use crate::names::{self, Name};
use crate::page::{Cell, Located, Page, Row, Table};
use crate::types::{self, Prim};
use heck::ToUpperCamelCase;
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

/// Header cells that name the member column of an enum's table.
const MEMBER_HEADERS: &[&str] = &["member", "name", "value"];

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
pub fn resolve(page: &Page, diags: &mut Diagnostics<'_>) -> PageDefs {
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
        && let Err(e) = names::type_ident(&name.value)
    {
        diags.error(name.loc, format!("cannot name the page's type: {e}"));
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
fn namespace(page: &Page) -> String {
    resource_type(page)
        .map(|t| QName::parse(&t.value, DEFAULT_NAMESPACE).namespace)
        .or_else(|| page.namespace.clone())
        .unwrap_or_else(|| DEFAULT_NAMESPACE.to_owned())
}

/// The `@odata.type` of the page's `blockType: resource` annotation.
fn resource_type(page: &Page) -> Option<Located<String>> {
    page.annotations.iter().find_map(|a| {
        let block = a.value.get("blockType")?.as_str()?;
        let odata_type = a.value.get(ODATA_TYPE)?.as_str()?;
        (block == "resource").then(|| Located {
            value: odata_type.to_owned(),
            loc: a.loc,
        })
    })
}

fn title_of(page: &Page) -> Option<Located<String>> {
    page.title.clone().or_else(|| {
        page.front_matter.title.clone().map(|value| Located {
            value,
            loc: Loc::START,
        })
    })
}

/// The name of the type a page's property tables describe.
///
/// - A resource annotation's `@odata.type` first, then the title: `x resource type` (also
///   `complex type`, `entity type`), `Create x`, `Update x`.
/// - An operation's parameters (`x: action`, `action action`) are the struct `{Action}Request`.
/// - An API page whose title names no type is the struct `{FileName}Request`; a resource page's
///   (with `doc_type: resourcePageType`) is `{FileName}`.
fn page_type(page: &Page, kind: Kind, diags: &mut Diagnostics<'_>) -> Option<Located<String>> {
    if let Some(resource) = resource_type(page) {
        return Some(Located {
            value: QName::parse(&resource.value, DEFAULT_NAMESPACE).name,
            loc: resource.loc,
        });
    }
    let Some(title) = title_of(page) else {
        if matches!(kind, Kind::Api | Kind::Resource) {
            return file_type(page, kind);
        }
        diags.error(
            Loc::START,
            "cannot tell which type this page describes: it has no title; add a `# Create x`, \
             `# Update x` or `# x resource type` heading, or a `blockType: resource` annotation \
             with an `@odata.type`",
        );
        return None;
    };
    let named = title_type(&title.value)
        .map(str::to_owned)
        .or_else(|| action_type(&title.value));
    match named {
        Some(value) => Some(Located {
            value,
            loc: title.loc,
        }),
        None if matches!(kind, Kind::Api | Kind::Resource) => file_type(page, kind),
        None => {
            diags.error(
                title.loc,
                format!(
                    "cannot tell which type this page describes from its title `{}`: docmodel \
                     understands `Create x`, `Update x` and `x resource type`, and a \
                     `blockType: resource` annotation with an `@odata.type`",
                    title.value
                ),
            );
            None
        }
    }
}

/// An API page's `driveitem-createlink.md` -> `DriveitemCreatelinkRequest`; a resource page's
/// `security-alert.md` -> `SecurityAlert`.
fn file_type(page: &Page, kind: Kind) -> Option<Located<String>> {
    let stem = page
        .path
        .rsplit(['/', '\\'])
        .next()?
        .trim_end_matches(".md");
    let suffix = if kind == Kind::Api { "Request" } else { "" };
    let value = format!("{}{suffix}", stem.to_upper_camel_case());
    Some(Located {
        value,
        loc: Loc::START,
    })
}

/// The type a title names, if the title has one of the known shapes and names one word.
fn title_type(title: &str) -> Option<&str> {
    let title = title.trim();
    let name = ["Create ", "Update "]
        .iter()
        .find_map(|verb| title.strip_prefix(verb))
        .or_else(|| {
            [
                " resource type",
                " complex type",
                " entity type",
                " resource",
            ]
            .iter()
            .find_map(|suffix| title.strip_suffix(suffix))
        })?
        .trim();
    one_word(name)
}

/// The request type of an operation's title: `user: assignLicense`, `assign action`.
fn action_type(title: &str) -> Option<String> {
    let title = title.trim();
    let action = match title.split_once(':') {
        Some((_, action)) => one_word(action.trim()),
        None => [" action", " function"]
            .iter()
            .find_map(|suffix| title.strip_suffix(suffix))
            .and_then(|a| one_word(a.trim())),
    }?;
    Some(format!("{}Request", action.to_upper_camel_case()))
}

/// The enum an enum page's title names (`resultantAppState enum type`).
fn enum_title(title: &str) -> Option<&str> {
    let title = title.trim();
    [" enum type", " enumeration type", " enum"]
        .iter()
        .find_map(|suffix| title.strip_suffix(suffix))
        .and_then(|name| one_word(name.trim()))
}

fn one_word(name: &str) -> Option<&str> {
    (!name.is_empty() && !name.contains(char::is_whitespace)).then_some(name)
}

/// The columns of a property table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Columns {
    name: usize,
    ty: usize,
    description: Option<usize>,
}

/// The property tables of a page: those outside the sections that describe headers, parameters,
/// permissions, methods and responses (an API page's are in its `Request body`).
fn property_tables(page: &Page, kind: Kind) -> Vec<(&Table, Columns)> {
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

fn find_column(header: &Row, names: &[&str]) -> Option<usize> {
    names.iter().find_map(|n| {
        header
            .cells
            .iter()
            .position(|c| c.text.trim().eq_ignore_ascii_case(n))
    })
}

/// The columns of an enum's member table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct MemberColumns {
    member: usize,
    value: Option<usize>,
}

/// The enums a page defines: on an enum page, its first member table; on any page, the member
/// tables under `x values` headings (`enums.md`). Each with the enum's name.
fn enum_tables(page: &Page, kind: Kind) -> Vec<(Located<String>, &Table, MemberColumns)> {
    let mut found = Vec::new();
    let page_enum = (kind == Kind::Enum)
        .then(|| title_of(page))
        .flatten()
        .and_then(|t| {
            enum_title(&t.value).map(|name| Located {
                value: name.to_owned(),
                loc: t.loc,
            })
        });
    for table in &page.tables {
        let Some(columns) = member_columns(&table.header) else {
            continue;
        };
        let section = table.section.as_deref().unwrap_or_default().trim();
        let from_section = section
            .strip_suffix(" values")
            .map(|name| name.trim().trim_matches('`'))
            .and_then(one_word);
        let name = match (from_section, &page_enum) {
            (Some(name), _) => Located {
                value: name.to_owned(),
                loc: table.loc,
            },
            (None, Some(name)) if found.is_empty() => name.clone(),
            _ => continue,
        };
        found.push((name, table, columns));
    }
    found
}

fn member_columns(header: &Row) -> Option<MemberColumns> {
    if find_column(header, &["type"]).is_some() {
        return None;
    }
    let member = find_column(header, MEMBER_HEADERS)?;
    let value = find_column(header, &["value", "int value"]).filter(|v| *v != member);
    Some(MemberColumns { member, value })
}

/// An enum from its member table.
fn enum_def(
    page: &Page,
    name: Located<String>,
    table: &Table,
    columns: MemberColumns,
    namespace: &str,
    diags: &mut Diagnostics<'_>,
) -> Option<EnumDef> {
    let mut values: Vec<String> = Vec::new();
    let mut numbers = Vec::new();
    for row in &table.rows {
        let Some(member) = row.cell(columns.member).filter(|c| !c.text.is_empty()) else {
            diags.error(
                row.loc,
                "empty member: write the enum's value in this cell, as JSON spells it",
            );
            continue;
        };
        if values.contains(&member.text) {
            diags.error(
                member.loc,
                format!("the member `{}` is listed twice; remove one", member.text),
            );
            continue;
        }
        values.push(member.text.clone());
        let number = columns
            .value
            .and_then(|i| row.cell(i))
            .and_then(|c| c.text.trim().parse::<i64>().ok());
        numbers.push(number);
    }
    if values.is_empty() {
        diags.error(
            table.loc,
            format!(
                "the enum `{}` lists no members: add a row for each value",
                name.value
            ),
        );
        return None;
    }
    let anchor = table
        .section
        .as_deref()
        .map(|s| s.trim().to_lowercase().replace(' ', "-"));
    let description = match &page.front_matter.description {
        Some(d) if kind(page) == Kind::Enum => d.clone(),
        _ => String::new(),
    };
    Some(EnumDef {
        name: QName::parse(&name.value, namespace),
        origin: Origin {
            path: page.path.clone(),
            loc: name.loc,
        },
        flags: are_flags(&numbers),
        values,
        anchor,
        description,
    })
}

/// Whether an enum's numbers are those of flags: each 0 or a power of two, with at least three
/// powers of two, up to 4 or more (`none` 0, `x86` 1, `x64` 2, `arm` 4, ...).
fn are_flags(numbers: &[Option<i64>]) -> bool {
    let Some(numbers) = numbers.iter().copied().collect::<Option<Vec<i64>>>() else {
        return false;
    };
    let powers = numbers.iter().filter(|n| **n > 0).count();
    numbers
        .iter()
        .all(|n| *n == 0 || (*n > 0 && n.count_ones() == 1))
        && powers >= 3
        && numbers.iter().any(|n| *n >= 4)
}

/// The values a description lists after `Possible values are:` (or `The possible values are:`,
/// `Possible values:`), up to the end of that sentence, split on commas, `and` and `or`.
pub fn possible_values(description: &str) -> Option<Vec<String>> {
    let lower = description.to_ascii_lowercase();
    let (at, marker) = ["possible values are:", "possible values:"]
        .iter()
        .find_map(|m| lower.find(m).map(|at| (at, *m)))?;
    let rest = description.get(at + marker.len()..)?;
    let sentence = rest
        .split(". ")
        .next()
        .unwrap_or(rest)
        .trim()
        .trim_end_matches('.');
    let values: Vec<String> = sentence
        .split(',')
        .flat_map(|part| part.split(" and ").flat_map(|p| p.split(" or ")))
        .map(|v| {
            v.trim()
                .trim_start_matches("and ")
                .trim_start_matches("or ")
                .trim()
        })
        .map(|v| {
            v.trim_matches(|c| c == '"' || c == '\'' || c == '`')
                .to_owned()
        })
        .filter(|v| !v.is_empty())
        .collect();
    (!values.is_empty()).then_some(values)
}

/// Builds one struct from table rows, checking names as it goes.
struct StructBuilder<'a> {
    path: &'a str,
    fields: Vec<FieldDef>,
    /// Rust field name -> the property that has it, and its line (`None`: built in).
    idents: HashMap<String, (String, Option<usize>)>,
    /// The table being read, and the table of each property.
    table: usize,
    tables: HashMap<String, usize>,
}

impl<'a> StructBuilder<'a> {
    fn new(path: &'a str) -> Self {
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
            origin: None,
        };
        let idents = HashMap::from([("odata_type".to_owned(), (ODATA_TYPE.to_owned(), None))]);
        StructBuilder {
            path,
            fields: vec![odata_type],
            idents,
            table: 0,
            tables: HashMap::new(),
        }
    }

    fn row(&mut self, row: &Row, columns: &Columns, namespace: &str, diags: &mut Diagnostics<'_>) {
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
        let origin = Origin {
            path: self.path.to_owned(),
            loc: row.loc,
        };
        if name.strong && ty.text.is_empty() && description.is_empty() {
            // `|**Apps**|`: a label that groups the rows below it.
            return;
        }
        let wire = property_name(&name.text);
        if wire.is_empty() {
            diags.error(
                name.loc,
                "empty property name: write the JSON member name in this cell",
            );
            return;
        }
        let type_ref = type_ref(ty, &description, namespace);
        if wire == ODATA_TYPE {
            match self.fields.first_mut() {
                Some(builtin) if builtin.origin.is_none() => {
                    builtin.description = description;
                    builtin.origin = Some(origin);
                }
                first => {
                    let line = first
                        .and_then(|f| f.origin.as_ref())
                        .map_or(0, |o| o.loc.line);
                    let message = format!(
                        "duplicate property `{ODATA_TYPE}`: it is already at line {line}; remove \
                         one of the rows"
                    );
                    diags.error(name.loc, message);
                }
            }
            return;
        }
        if self.repeats_another_table(wire, type_ref.as_ref()) {
            // Two tables of one page for two cases (`Delegated permissions` and `Application
            // permissions`) share rows: one property, if they agree on its type.
            return;
        }
        let ident = match names::field_ident(wire) {
            Ok(ident) => ident,
            Err(e) => return diags.error(name.loc, format!("cannot name this property: {e}")),
        };
        self.tables.insert(wire.to_owned(), self.table);
        if !self.claim(&ident, wire, name.loc, diags) {
            return;
        }
        if let Some(ty) = type_ref {
            self.fields.push(FieldDef {
                wire: wire.to_owned(),
                ident,
                ty,
                description,
                origin: Some(origin),
            });
        }
    }

    /// Whether `wire` is a property of an earlier table with the same type.
    fn repeats_another_table(&self, wire: &str, ty: Option<&TypeRef>) -> bool {
        let Some(&table) = self.tables.get(wire) else {
            return false;
        };
        let same = |f: &&FieldDef| {
            ty.is_some_and(|t| t.target == f.ty.target && t.collection == f.ty.collection)
        };
        table != self.table
            && self
                .fields
                .iter()
                .filter(|f| f.wire == wire)
                .any(|f| same(&f))
    }

    /// Records that the property `wire` has `ident`; false (with an error) if either is taken.
    fn claim(&mut self, ident: &Name, wire: &str, loc: Loc, diags: &mut Diagnostics<'_>) -> bool {
        let key = ident.to_string();
        let Some((other, other_line)) = self.idents.get(&key) else {
            self.idents.insert(key, (wire.to_owned(), Some(loc.line)));
            return true;
        };
        let place = other_line.map_or_else(|| "built in".to_owned(), |l| format!("line {l}"));
        let message = if other == wire {
            format!("duplicate property `{wire}`: it is already at {place}; remove one of the rows")
        } else {
            format!(
                "properties `{wire}` and `{other}` ({place}) both become the Rust field `{key}`; \
                 rename one of them in the doc"
            )
        };
        diags.error(loc, message);
        false
    }

    fn finish(self, name: QName, page: &Page, kind: Kind, table_loc: Loc) -> StructDef {
        // An API page's description is the operation's ("Create a new x object."), not the type's.
        let description = match &page.front_matter.description {
            Some(d) if kind == Kind::Resource => d.clone(),
            _ => String::new(),
        };
        let base = (kind != Kind::Api)
            .then(|| base(page, &name.namespace))
            .flatten();
        StructDef {
            name,
            description,
            origin: Origin {
                path: self.path.to_owned(),
                loc: table_loc,
            },
            fields: self.fields,
            base,
            open: page.annotations.iter().any(|a| {
                a.value.get("blockType").and_then(|b| b.as_str()) == Some("resource")
                    && a.value.get("openType").and_then(|o| o.as_bool()) == Some(true)
            }),
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
fn property_name(cell: &str) -> &str {
    let cell = cell.trim();
    match cell.split_once(" (") {
        Some((name, rest)) if rest.ends_with(')') && !name.trim().is_empty() => name.trim(),
        _ => cell,
    }
}

/// What a Type cell says, with the values its row's description lists.
fn type_ref(cell: &Cell, description: &str, namespace: &str) -> Option<TypeRef> {
    if cell.text.is_empty() {
        // Unknown, like a name no page defines: an error, or a `Value` under `unresolved`.
        return Some(TypeRef {
            loc: cell.loc,
            collection: false,
            target: Target::Missing,
            listed: None,
        });
    }
    if cell.links.is_empty()
        && let Some((name, dest)) = unclosed_link(&cell.text)
    {
        // `[x](x.md` without its `)`: CommonMark sees text, but the intent is plain.
        let (link, fragment) = split_link(dest);
        let parsed = types::parse_type_cell(name);
        return Some(TypeRef {
            loc: cell.loc,
            collection: parsed.collection || cell.text.ends_with(" collection"),
            target: Target::Named {
                name: QName::parse(parsed.name, namespace),
                link,
                fragment,
            },
            listed: possible_values(description).map(|value| Located {
                value,
                loc: cell.loc,
            }),
        });
    }
    let parsed = types::parse_type_cell(&cell.text);
    let target = if parsed.alternatives || cell.links.len() > 1 {
        Target::Alternatives(cell.text.clone())
    } else if let Some(prim) = types::lookup(parsed.name) {
        Target::Prim(prim)
    } else {
        let (link, fragment) = match cell.links.first() {
            Some(link) => split_link(&link.dest),
            None => (None, None),
        };
        Target::Named {
            name: QName::parse(parsed.name, namespace),
            link,
            fragment,
        }
    };
    let listed = possible_values(description).map(|value| Located {
        value,
        loc: cell.loc,
    });
    Some(TypeRef {
        loc: cell.loc,
        collection: parsed.collection,
        target,
        listed,
    })
}

/// `[x](x.md` (a link whose `)` is missing) -> (`x`, `x.md`).
fn unclosed_link(text: &str) -> Option<(&str, &str)> {
    let rest = text.trim().strip_prefix('[')?;
    let (name, dest) = rest.split_once("](")?;
    let dest = dest.split_whitespace().next()?;
    (!name.is_empty() && !dest.contains(')')).then_some((name, dest))
}

/// `enums.md#x-values` -> (`enums.md`, `x-values`); web links are not followed.
fn split_link(dest: &str) -> (Option<String>, Option<String>) {
    let dest = dest.trim();
    if dest.contains("://") || dest.starts_with("mailto:") {
        return (None, None);
    }
    let (file, fragment) = match dest.split_once('#') {
        Some((file, fragment)) => (file, Some(fragment.to_lowercase())),
        None => (dest, None),
    };
    let file = file.split('?').next().unwrap_or(file);
    ((!file.is_empty()).then(|| file.to_owned()), fragment)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Model, Type};
    use crate::{Doc, model};

    fn resolve_text(text: &str) -> Result<Model, Vec<String>> {
        model(&Doc {
            path: "t.md",
            bytes: text.as_bytes(),
        })
        .map_err(|problems| problems.iter().map(ToString::to_string).collect())
    }

    const HEAD: &str = "# Create thing\n\n|Property|Type|Description|\n|-|-|-|\n";

    #[test]
    fn rows_become_fields_in_order_after_odata_type() {
        let model = resolve_text(&format!(
            "{HEAD}|b|String|B|\n|@odata.type|String|Its type.|\n|a|Int32|A|\n"
        ))
        .unwrap();
        let [thing] = model.structs.as_slice() else {
            panic!("one struct")
        };
        let wires: Vec<_> = thing.fields.iter().map(|f| f.wire.as_str()).collect();
        assert_eq!(wires, ["@odata.type", "b", "a"]);
        assert_eq!(thing.fields[0].description, "Its type.");
        assert_eq!(thing.fields[0].origin.as_ref().map(|o| o.loc.line), Some(6));
        assert_eq!(thing.extra, "extra");
    }

    #[test]
    fn one_enum_for_rows_with_the_same_list() {
        let values = "Possible values are: `x`, `y`.";
        let model = resolve_text(&format!(
            "{HEAD}|a|mode|{values}|\n|b|mode collection|{values}|\n|c|other|{values}|\n"
        ))
        .unwrap();
        let names: Vec<_> = model.enums.iter().map(|e| e.ident.to_string()).collect();
        assert_eq!(names, ["Mode", "Other"]);
        let types: Vec<_> = model.structs[0]
            .fields
            .iter()
            .map(|f| f.ty.clone())
            .collect();
        assert_eq!(
            types[1..],
            [
                Type::Enum(0),
                Type::Vec(Box::new(Type::Enum(0))),
                Type::Enum(1)
            ]
        );
    }

    #[test]
    fn generated_names_step_aside_for_properties() {
        let model = resolve_text(&format!(
            "{HEAD}|extra|String|x|\n|s|state|Possible values are: unrecognized, other.|\n"
        ))
        .unwrap();
        assert_eq!(model.structs[0].extra, "extra_");
        assert_eq!(model.enums[0].catch_all, "Unrecognized_");
    }

    #[test]
    fn every_problem_is_reported_with_its_place() {
        let errors = resolve_text(&format!(
            "{HEAD}|a|Int33|x|\n|a|String|x|\n|odataType|String|x|\n"
        ))
        .unwrap_err();
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(
            errors[0].starts_with("t.md:5:4: unknown type `Int33`: did you mean `Int32`?"),
            "{errors:?}"
        );
        assert!(
            errors[1].starts_with("t.md:6:2: duplicate property `a`"),
            "{errors:?}"
        );
        assert!(
            errors[2].contains("`odataType` and `@odata.type` (built in)"),
            "{errors:?}"
        );
    }

    #[test]
    fn enum_names_differing_in_case_are_one_enum() {
        let errors = resolve_text(&format!(
            "{HEAD}|a|mode|Possible values are: x.|\n|b|Mode|Possible values are: y.|\n"
        ))
        .unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with("t.md:6:4: `Mode` lists other values here than at line 5"),
            "{errors:?}"
        );
    }

    #[test]
    fn rows_are_checked_even_when_the_page_has_no_type_name() {
        let text = "# Some page\n\n|Property|Type|\n|-|-|\n|a|Int33|\n";
        let errors = resolve_text(text).unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(
            errors[0].starts_with("t.md:1:1: cannot tell which type"),
            "{errors:?}"
        );
        assert!(
            errors[1].starts_with("t.md:5:4: unknown type `Int33`"),
            "{errors:?}"
        );
    }

    #[test]
    fn annotations_name_the_type_before_titles() {
        let text = format!(
            "<!-- {{\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.realName\"}} -->\n\n{HEAD}|a|String|x|\n"
        );
        let model = resolve_text(&text).unwrap();
        assert_eq!(model.structs[0].ident, "RealName");
    }

    #[test]
    fn lists_of_possible_values() {
        let values = |d| possible_values(d).unwrap_or_default();
        assert_eq!(
            values("The state. Possible values are: `a`, `b`, `c`."),
            ["a", "b", "c"]
        );
        assert_eq!(
            values("Possible values are: a, b and c. More text."),
            ["a", "b", "c"]
        );
        assert_eq!(
            values("The possible values are: a, b, or c."),
            ["a", "b", "c"]
        );
        assert_eq!(values("Possible values: one or two"), ["one", "two"]);
        assert_eq!(possible_values("Device name"), None);
    }

    #[test]
    fn titles_name_types() {
        assert_eq!(
            title_type("Create mobileAppInstallStatus"),
            Some("mobileAppInstallStatus")
        );
        assert_eq!(title_type("Update win32LobApp"), Some("win32LobApp"));
        assert_eq!(title_type("mobileApp resource type"), Some("mobileApp"));
        assert_eq!(title_type("List mobileApps"), None);
        assert_eq!(title_type("Create a thing"), None);
        assert_eq!(title_type("user resource type"), Some("user"));
        assert_eq!(
            action_type("user: assignLicense").as_deref(),
            Some("AssignLicenseRequest")
        );
        assert_eq!(
            action_type("assign action").as_deref(),
            Some("AssignRequest")
        );
        assert_eq!(action_type("List things"), None);
        assert_eq!(
            enum_title("resultantAppState enum type"),
            Some("resultantAppState")
        );
        assert_eq!(
            QName::parse("#microsoft.graph.macOSLobApp", DEFAULT_NAMESPACE).name,
            "macOSLobApp"
        );
    }

    #[test]
    fn unclosed_links_are_links() {
        assert_eq!(unclosed_link("[x](x.md"), Some(("x", "x.md")));
        assert_eq!(unclosed_link("[x](x.md collection"), Some(("x", "x.md")));
        assert_eq!(unclosed_link("[x](x.md)"), None);
        assert_eq!(unclosed_link("String"), None);
    }

    #[test]
    fn property_names_lose_their_remarks() {
        assert_eq!(
            property_name("backupReviewers (deprecated)"),
            "backupReviewers"
        );
        assert_eq!(property_name("(x)"), "(x)");
        assert_eq!(property_name("v4_0_3"), "v4_0_3");
    }

    #[test]
    fn flags_are_powers_of_two() {
        let nums = |v: &[i64]| v.iter().map(|n| Some(*n)).collect::<Vec<_>>();
        assert!(are_flags(&nums(&[0, 1, 2, 4, 8, 16])));
        assert!(!are_flags(&nums(&[1, 2, 3, 99, -1])));
        assert!(!are_flags(&nums(&[0, 1, 2])));
        assert!(!are_flags(&[Some(1), None, Some(4), Some(8)]));
    }

    #[test]
    fn enum_pages_define_enums() {
        let text = "---\ndoc_type: enumPageType\n---\n# runAs enum type\n\n## Members\n|Member|Value|Description|\n|:-|:-|:-|\n|system|0|S|\n|user|1|U|\n|notSet|-1|N|\n";
        let model = resolve_text(text).unwrap();
        let [e] = model.enums.as_slice() else {
            panic!("one enum")
        };
        assert_eq!(e.ident, "RunAs");
        let wires: Vec<_> = e.variants.iter().map(|v| v.wire.as_str()).collect();
        assert_eq!(wires, ["system", "user", "notSet"]);
        assert!(!e.flags);
    }

    #[test]
    fn value_sections_define_enums_and_other_tables_are_skipped() {
        let text = "---\ndoc_type: resourcePageType\n---\n# Enum values\n\n### color values\n\n|Member|\n|:-|\n|red|\n|green|\n\n## Request headers\n\n|Name|Type|Description|\n|-|-|-|\n|Authorization|string|Bearer.|\n";
        let model = resolve_text(text).unwrap();
        assert!(model.structs.is_empty());
        assert_eq!(model.enums[0].ident, "Color");
    }
}
