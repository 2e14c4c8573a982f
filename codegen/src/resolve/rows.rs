//! Rows that add no property of their own: a property's later rows in a page, decided by
//! [`Rule::FirstRow`](crate::diag::Rule::FirstRow), and the wrapped text of a description, by
//! [`Rule::WrappedRow`](crate::diag::Rule::WrappedRow).

use super::tables::property_name;
use crate::defs::{Target, TypeRef};
use crate::load;
use crate::page::Row;

/// The first row of a property in a page: what a later row of it is compared with.
pub(super) struct FirstRow {
    /// The index of its table in the page's property tables.
    pub(super) table: usize,
    /// Its line.
    pub(super) line: usize,
    /// Its Type cell, read.
    pub(super) ty: Option<TypeRef>,
    /// Its Type cell as written, for messages.
    pub(super) cell: String,
}

/// What to say of a row of the property `wire` (its Type cell read, and as written) in the table
/// `table`, which the row `first` of the page has already: the first row wins, so Properties win
/// over Relationships. `None` for a row of another table that agrees: a page has a table for each
/// case (`Delegated permissions`, `Application permissions`) with rows in common, which are one
/// property without a word. A row repeated in its own table is a slip worth a warning.
pub(super) fn repeated(
    wire: &str,
    first: &FirstRow,
    (ty, cell): (Option<&TypeRef>, &str),
    (path, table): (&str, usize),
) -> Option<String> {
    let agree = match (ty, first.ty.as_ref()) {
        (Some(ty), Some(first)) => {
            ty.collection == first.collection && same_target(&ty.target, &first.target, path)
        }
        (None, None) => true,
        _ => false,
    };
    let line = first.line;
    match agree {
        true if first.table != table => None,
        true => Some(format!(
            "`{wire}` repeats the row at line {line}: docmodel keeps that one"
        )),
        false => Some(format!(
            "`{wire}` has {} here but {} at line {line}: docmodel keeps the first row",
            type_text(cell, ty, cell == first.cell),
            type_text(&first.cell, first.ty.as_ref(), cell == first.cell)
        )),
    }
}

/// Whether two Type cells of the page at `path` name one type: the same primitive, or the same
/// name (in any case, as types are looked up) whose links, where both rows have one, lead to
/// the same page (`printservice.md` and `../resources/printservice.md` in `resources/`).
fn same_target(a: &Target, b: &Target, path: &str) -> bool {
    match (a, b) {
        (
            Target::Named { name, link, .. },
            Target::Named {
                name: other,
                link: other_link,
                ..
            },
        ) => {
            let dir = path.rsplit_once('/').map_or("", |(dir, _)| dir);
            let page = |link: &str| load::join(dir, link).to_lowercase();
            let same_page = match (link, other_link) {
                (Some(link), Some(other)) => page(link) == page(other),
                _ => true,
            };
            name.key() == other.key() && same_page
        }
        (a, b) => a == b,
    }
}

/// What to say of the wrapped text of the description of the row at `line`, whose text ends
/// that row's description if it is a property (`appended`).
pub(super) fn wrapped_message(line: usize, appended: bool) -> String {
    let done = match appended {
        true => "its text ends that row's description",
        false => "docmodel leaves it out",
    };
    format!(
        "this row is no property but the wrapped tail of the description of the row at line \
         {line}: {done}"
    )
}

/// A Type cell as a message names it: `` the type `X` ``, or `no type`; with its link
/// (`` the type `X` linked to `x.md` ``) where two cells differ only there (`linked`).
fn type_text(cell: &str, ty: Option<&TypeRef>, linked: bool) -> String {
    let link = ty.and_then(|ty| match &ty.target {
        Target::Named { link, .. } if linked => link.as_deref(),
        _ => None,
    });
    match (cell, link) {
        ("", _) => "no type".to_owned(),
        (cell, Some(link)) => format!("the type `{cell}` linked to `{link}`"),
        (cell, None) => format!("the type `{cell}`"),
    }
}

/// Whether `row`, whose Name cell is the one at `name` of its cells, is text, not a property:
/// the wrapped tail of the previous row's description, where a line break in the Description
/// cell ended that row (`elevationOfPrivilege,maliciousInsider,spoofing).|`). The row says so
/// twice: its Name cell holds no JSON member name ([`is_member_name`]), and it has no other
/// text, so no Type cell either (text without a pipe fills the first cell only). A row with a
/// flawed name and a type or a description stays a row, and its problems errors: docs may
/// name enums `a b`, and a JSON member may be called `x}`.
pub(super) fn is_wrapped_text(row: &Row, name: usize) -> bool {
    let Some(cell) = row.cell(name) else {
        return false;
    };
    let text = property_name(&cell.text);
    let alone = row
        .cells
        .iter()
        .enumerate()
        .all(|(i, c)| i == name || c.text.is_empty());
    !text.is_empty() && !is_member_name(text) && alone
}

/// Whether `name` looks like a JSON member name as Graph's docs write them: letters, digits and
/// `_ . @ $ : -`, not ending with `.` (every Name cell of a property table in Graph v1.0 is one,
/// but for the wrapped text of one row).
fn is_member_name(name: &str) -> bool {
    name.chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '@' | '$' | ':' | '-'))
        && !name.ends_with('.')
}

/// `text` with runs of whitespace made one space, trimmed.
pub(super) fn collapse_words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
