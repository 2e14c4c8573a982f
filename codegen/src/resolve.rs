//! Stage 2: [`Page`] -> [`Model`]. Finds the page's type and its property tables, names every
//! item, types every field, and reports every problem at the row and cell it comes from.

use crate::diag::{Diagnostics, Loc};
use crate::model::{Enum, Field, Model, Origin, Struct, Type, Variant};
use crate::names;
use crate::page::{Cell, Located, Page, Row, Table};
use crate::types::{self, Prim};
use proc_macro2::{Ident, Span};
use std::collections::{BTreeSet, HashMap};

/// Header cells that name the property column (compared case-insensitively).
const NAME_HEADERS: &[&str] = &[
    "property",
    "property name",
    "name",
    "parameter",
    "relationship",
    "relationship name",
];

/// The JSON name of the annotation every struct carries as its `odata_type` field.
pub const ODATA_TYPE: &str = "@odata.type";

/// Resolves one page into its type graph. Problems go to `diags`; the model holds what could be
/// made sense of anyway, so later problems are still found.
pub fn resolve(page: &Page, diags: &mut Diagnostics<'_>) -> Model {
    let mut model = Model::default();
    let type_name = page_type(page, diags);
    let tables = property_tables(page);
    if tables.is_empty() {
        diags.error(
            Loc::START,
            "no property table on this page: docmodel looks for a table whose header is \
             `Property | Type | Description`; add one, or remove this doc from the macro call",
        );
        return model;
    }
    // Without a name for the type, the rows are still checked, so that every problem shows.
    let named = type_name.and_then(|name| match names::type_ident(&name.value) {
        Ok(ident) => Some((name.value, ident)),
        Err(e) => report(diags, name.loc, format!("cannot name the page's type: {e}")),
    });
    let (doc_name, ident) =
        named.unwrap_or_else(|| (String::new(), Ident::new("Page", Span::call_site())));
    let mut builder = StructBuilder::new(&page.path, &ident);
    let mut enums = EnumRegistry::default();
    for (table, columns) in &tables {
        for row in &table.rows {
            builder.row(row, columns, &mut enums, &ident, diags);
        }
    }
    let table_loc = tables.first().map_or(Loc::START, |(t, _)| t.loc);
    model
        .structs
        .push(builder.finish(doc_name, ident, page, table_loc, diags));
    model.enums = enums.finish(diags);
    model
}

/// The name of the type a page describes: the `@odata.type` of its `blockType: resource`
/// annotation, else its title (`Create x`, `Update x`, `x resource type`).
fn page_type(page: &Page, diags: &mut Diagnostics<'_>) -> Option<Located<String>> {
    let resource = page.annotations.iter().find_map(|a| {
        let block = a.value.get("blockType")?.as_str()?;
        let odata_type = a.value.get(ODATA_TYPE)?.as_str()?;
        (block == "resource").then(|| Located {
            value: short_name(odata_type),
            loc: a.loc,
        })
    });
    if resource.is_some() {
        return resource;
    }
    let title = page.title.clone().or_else(|| {
        page.front_matter.title.clone().map(|value| Located {
            value,
            loc: Loc::START,
        })
    });
    let Some(title) = title else {
        diags.error(
            Loc::START,
            "cannot tell which type this page describes: it has no title; add a `# Create x`, \
             `# Update x` or `# x resource type` heading, or a `blockType: resource` annotation \
             with an `@odata.type`",
        );
        return None;
    };
    match title_type(&title.value) {
        Some(name) => Some(Located {
            value: name.to_owned(),
            loc: title.loc,
        }),
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

/// `microsoft.graph.mobileApp` -> `mobileApp`; a leading `#` is dropped too.
fn short_name(odata_type: &str) -> String {
    let name = odata_type.trim().trim_start_matches('#');
    name.rsplit('.').next().unwrap_or(name).to_owned()
}

/// The type a title names, if the title has one of the known shapes and names one word.
fn title_type(title: &str) -> Option<&str> {
    let name = ["Create ", "Update "]
        .iter()
        .find_map(|verb| title.strip_prefix(verb))
        .or_else(|| title.strip_suffix(" resource type"))?
        .trim();
    (!name.is_empty() && !name.contains(char::is_whitespace)).then_some(name)
}

/// The columns of a property table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Columns {
    name: usize,
    ty: usize,
    description: Option<usize>,
}

/// Whether the page has a property table (`Property | Type | ...`), i.e. anything to generate.
pub fn has_property_table(page: &Page) -> bool {
    page.tables
        .iter()
        .any(|table| columns(&table.header).is_some())
}

fn property_tables(page: &Page) -> Vec<(&Table, Columns)> {
    page.tables
        .iter()
        .filter_map(|table| Some((table, columns(&table.header)?)))
        .collect()
}

fn columns(header: &Row) -> Option<Columns> {
    let find = |names: &[&str]| {
        header
            .cells
            .iter()
            .position(|c| names.iter().any(|n| c.text.eq_ignore_ascii_case(n)))
    };
    Some(Columns {
        name: find(NAME_HEADERS)?,
        ty: find(&["type"])?,
        description: find(&["description"]),
    })
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
    fields: Vec<Field>,
    /// Rust field name -> the property that has it, and its line (`None`: built in).
    idents: HashMap<String, (String, Option<usize>)>,
}

impl<'a> StructBuilder<'a> {
    fn new(path: &'a str, struct_ident: &Ident) -> Self {
        let odata_type = Field {
            wire: ODATA_TYPE.to_owned(),
            ident: Ident::new("odata_type", struct_ident.span()),
            ty: Type::Prim(Prim::String),
            description: String::new(),
            origin: None,
        };
        let idents = HashMap::from([("odata_type".to_owned(), (ODATA_TYPE.to_owned(), None))]);
        StructBuilder {
            path,
            fields: vec![odata_type],
            idents,
        }
    }

    fn row(
        &mut self,
        row: &Row,
        columns: &Columns,
        enums: &mut EnumRegistry,
        struct_ident: &Ident,
        diags: &mut Diagnostics<'_>,
    ) {
        // A cell the row lacks is an empty cell at the row's place (CommonMark pads short rows
        // with empty cells anyway), so the empty-cell errors below report it.
        let missing = Cell {
            text: String::new(),
            links: Vec::new(),
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
        if name.text.is_empty() {
            diags.error(
                name.loc,
                "empty property name: write the JSON member name in this cell",
            );
            return;
        }
        if name.text == ODATA_TYPE {
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
        let field_type = field_type(ty, &description, enums, struct_ident, &origin, diags);
        let ident = match names::field_ident(&name.text) {
            Ok(ident) => ident,
            Err(e) => return diags.error(name.loc, format!("cannot name this property: {e}")),
        };
        if !self.claim(&ident, &name.text, name.loc, diags) {
            return;
        }
        if let Some(ty) = field_type {
            self.fields.push(Field {
                wire: name.text.clone(),
                ident,
                ty,
                description,
                origin: Some(origin),
            });
        }
    }

    /// Records that the property `wire` has `ident`; false (with an error) if either is taken.
    fn claim(&mut self, ident: &Ident, wire: &str, loc: Loc, diags: &mut Diagnostics<'_>) -> bool {
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

    fn finish(
        self,
        doc_name: String,
        ident: Ident,
        page: &Page,
        table_loc: Loc,
        diags: &mut Diagnostics<'_>,
    ) -> Struct {
        let extra = names::free_ident("extra", |n| self.idents.contains_key(n));
        let extra = extra.unwrap_or_else(|e| {
            diags.error(
                Loc::START,
                format!("cannot name the field for unknown members: {e}"),
            );
            Ident::new("extra", ident.span())
        });
        // An API page's description is the operation's ("Create a new x object."), not the type's.
        let is_resource = page.front_matter.doc_type.as_deref() == Some("resourcePageType");
        let description = match &page.front_matter.description {
            Some(d) if is_resource => d.clone(),
            _ => String::new(),
        };
        let origin = Origin {
            path: self.path.to_owned(),
            loc: table_loc,
        };
        Struct {
            doc_name,
            ident,
            description,
            origin,
            fields: self.fields,
            extra,
            derives: Vec::new(),
        }
    }
}

/// The type of a row, from its Type cell and (for enums) its description.
fn field_type(
    cell: &Cell,
    description: &str,
    enums: &mut EnumRegistry,
    struct_ident: &Ident,
    origin: &Origin,
    diags: &mut Diagnostics<'_>,
) -> Option<Type> {
    if cell.text.is_empty() {
        diags.error(
            cell.loc,
            "empty type: write the property's type in this cell, e.g. `String`",
        );
        return None;
    }
    let parsed = types::parse_type_cell(&cell.text);
    let base = match types::lookup(parsed.name) {
        Some(prim) => Type::Prim(prim),
        None => match possible_values(description) {
            Some(values) => {
                let located = Located {
                    value: values,
                    loc: cell.loc,
                };
                let origin = Origin {
                    path: origin.path.clone(),
                    loc: cell.loc,
                };
                Type::Enum(enums.use_enum(parsed.name, located, struct_ident, &origin, diags)?)
            }
            None => {
                diags.error(cell.loc, unknown_type_message(parsed.name));
                return None;
            }
        },
    };
    Some(if parsed.collection {
        Type::Vec(Box::new(base))
    } else {
        base
    })
}

fn unknown_type_message(name: &str) -> String {
    let hint = match types::suggest(name) {
        Some(prim) => format!("did you mean `{prim}`?"),
        None => "use a Graph primitive such as `String`, `Int32` or `DateTimeOffset`, or, for an \
                 enum, list its values in the description: `Possible values are: a, b, c.`"
            .to_owned(),
    };
    format!("unknown type `{name}`: {hint}")
}

/// The enums of a page, by doc name, each with the first list of values seen.
#[derive(Default)]
struct EnumRegistry {
    by_name: HashMap<String, usize>,
    entries: Vec<EnumEntry>,
}

/// An enum as first seen.
struct EnumEntry {
    doc_name: String,
    ident: Ident,
    values: Located<Vec<String>>,
    origin: Origin,
}

impl EnumRegistry {
    /// The index of enum `name` with `values`; an error if the enum already has other values, or
    /// if its Rust name is taken.
    fn use_enum(
        &mut self,
        name: &str,
        values: Located<Vec<String>>,
        struct_ident: &Ident,
        origin: &Origin,
        diags: &mut Diagnostics<'_>,
    ) -> Option<usize> {
        if let Some(&index) = self.by_name.get(name) {
            let first = &self.entries.get(index)?.values;
            let (seen, now): (BTreeSet<_>, BTreeSet<_>) =
                (first.value.iter().collect(), values.value.iter().collect());
            if seen != now {
                let message = format!(
                    "`{name}` lists other values here than at line {}: {}; one enum has one \
                     list of values, so make the two rows list the same ones",
                    first.loc.line,
                    describe_difference(&seen, &now, first.loc.line),
                );
                diags.error(values.loc, message);
            }
            return Some(index);
        }
        let ident = match names::type_ident(name) {
            Ok(ident) => ident,
            Err(e) => return report(diags, values.loc, format!("cannot name this enum: {e}")),
        };
        if ident == *struct_ident {
            let message = format!(
                "the enum `{name}` would have the Rust name `{ident}` of the page's own type; \
                 rename the enum in the Type cell"
            );
            return report(diags, values.loc, message);
        }
        if let Some(other) = self.entries.iter().find(|e| e.ident == ident) {
            let message = format!(
                "the enums `{name}` and `{}` (line {}) would both have the Rust name `{ident}`; \
                 rename one of them in its Type cell",
                other.doc_name, other.values.loc.line
            );
            return report(diags, values.loc, message);
        }
        self.by_name.insert(name.to_owned(), self.entries.len());
        let doc_name = name.to_owned();
        self.entries.push(EnumEntry {
            doc_name,
            ident,
            values,
            origin: origin.clone(),
        });
        Some(self.entries.len() - 1)
    }

    fn finish(self, diags: &mut Diagnostics<'_>) -> Vec<Enum> {
        self.entries
            .into_iter()
            .map(
                |EnumEntry {
                     doc_name,
                     ident,
                     values,
                     origin,
                 }| {
                    let variants = variants(&values, diags);
                    let catch_all = names::free_ident("Unrecognized", |n| {
                        variants.iter().any(|v: &Variant| v.ident == n)
                    })
                    .unwrap_or_else(|_| Ident::new("Unrecognized", ident.span()));
                    let values_const =
                        names::free_ident("VALUES", |n| variants.iter().any(|v| v.ident == n))
                            .unwrap_or_else(|_| Ident::new("VALUES", ident.span()));
                    Enum {
                        doc_name,
                        ident,
                        origin,
                        variants,
                        catch_all,
                        values_const,
                        derives: Vec::new(),
                    }
                },
            )
            .collect()
    }
}

fn report<T>(diags: &mut Diagnostics<'_>, loc: Loc, message: String) -> Option<T> {
    diags.error(loc, message);
    None
}

fn describe_difference(seen: &BTreeSet<&String>, now: &BTreeSet<&String>, line: usize) -> String {
    let list = |set: BTreeSet<&&String>| {
        set.iter()
            .map(|v| format!("`{v}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let only_here: BTreeSet<_> = now.difference(seen).collect();
    let only_there: BTreeSet<_> = seen.difference(now).collect();
    match (only_here.is_empty(), only_there.is_empty()) {
        (false, false) => {
            format!(
                "{} only here, {} only at line {line}",
                list(only_here),
                list(only_there)
            )
        }
        (false, true) => format!("{} only here", list(only_here)),
        _ => format!("{} only at line {line}", list(only_there)),
    }
}

/// Names the variants of one list of values. Two values that land on one name (`none`, `None`)
/// get distinct names: the later one gets `_` appended (`None_`), as generated names do.
fn variants(values: &Located<Vec<String>>, diags: &mut Diagnostics<'_>) -> Vec<Variant> {
    let mut out: Vec<Variant> = Vec::new();
    for wire in &values.value {
        if out.iter().any(|v| v.wire == *wire) {
            diags.error(
                values.loc,
                format!("the value `{wire}` is listed twice; remove one"),
            );
            continue;
        }
        let ident = names::variant_ident(wire).and_then(|ident| {
            names::free_ident(&ident.to_string(), |n| out.iter().any(|v| v.ident == n))
        });
        match ident {
            Ok(ident) => out.push(Variant {
                wire: wire.clone(),
                ident,
            }),
            Err(e) => diags.error(
                values.loc,
                format!("cannot make an enum variant of a value: {e}"),
            ),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
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
        assert!(errors[0].starts_with("t.md:5:4: unknown type `Int33`: did you mean `Int32`?"));
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
    fn two_enums_with_one_rust_name_are_an_error() {
        let errors = resolve_text(&format!(
            "{HEAD}|a|mode|Possible values are: x.|\n|b|Mode|Possible values are: y.|\n"
        ))
        .unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].starts_with("t.md:6:4: the enums `Mode` and `mode` (line 5)"),
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
        assert_eq!(short_name("#microsoft.graph.macOSLobApp"), "macOSLobApp");
    }
}
