//! Enums a page defines: an enum page's member table, and `x values` sections.

use super::page_type::{enum_title, one_word};
use super::tables::find_column;
use super::{Kind, kind, title_of};
use crate::defs::{EnumDef, QName};
use crate::diag::Place;
use crate::diag::{Diagnostic, Diagnostics};
use crate::page::{Located, Page, Row, Table};

/// Header cells that name the member column of an enum's table.
const MEMBER_HEADERS: &[&str] = &["member", "name", "value"];

/// The columns of an enum's member table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct MemberColumns {
    member: usize,
    value: Option<usize>,
}

/// The enums a page defines: on an enum page, its first member table; on any page, the member
/// tables under `x values` headings (`enums.md`). Each with the enum's name.
pub(super) fn enum_tables(
    page: &Page,
    kind: Kind,
) -> Vec<(Located<String>, &Table, MemberColumns)> {
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
pub(super) fn enum_def(
    page: &Page,
    name: Located<String>,
    table: &Table,
    columns: MemberColumns,
    namespace: &str,
    diags: &mut Diagnostics,
) -> Option<EnumDef> {
    let mut values: Vec<String> = Vec::new();
    let mut numbers = Vec::new();
    for row in &table.rows {
        let Some(member) = row.cell(columns.member).filter(|c| !c.text.is_empty()) else {
            diags.error(
                page.place(row.loc),
                "empty member: write the enum's value in this cell, as JSON spells it",
            );
            continue;
        };
        if values.contains(&member.text) {
            let message = format!("the member `{}` is listed twice", member.text);
            diags.push(Diagnostic::error(page.place(member.loc), message).with_help("remove one"));
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
            page.place(table.loc),
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
        place: Place {
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
pub(super) fn are_flags(numbers: &[Option<i64>]) -> bool {
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
