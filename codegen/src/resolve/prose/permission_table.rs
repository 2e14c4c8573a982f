//! The permissions table: `|Permission type|Permissions (from least to most privileged)|`, with
//! a row for each kind of caller.

use crate::defs::PermissionsDef;
use crate::page::{Page, Table};

/// The page's permissions tables (those whose header starts with `Permission type`; a page may
/// have one per kind of resource), as lists of the permission names in their rows, in the
/// tables' order, each name once.
///
/// A row is `Delegated (work or school account)`, `Delegated (personal Microsoft account)` or
/// `Application`; a cell that names no permission (`Not supported.`, `Not applicable`,
/// `**TODO: Determine scopes **`) gives none. Names are read from the words of the cell (`A.Read
/// and B.Read`, `A.Read or B.Read`, `A.Read.Group*` with a footnote's star): the words shaped
/// as permissions are. A page whose permissions are an `[!INCLUDE ...]` has no table, and no
/// permissions.
///
/// Pages whose permissions depend on a resource turn the table around: a column per caller
/// (`| Supported resource | Delegated (work or school account) | ... | Application |`), a row per
/// resource. Their lists are those of every row, in order.
pub fn permissions(page: &Page) -> PermissionsDef {
    let mut def = PermissionsDef::default();
    for table in &page.tables {
        if is_permissions_table(table) {
            for row in &table.rows {
                if let Some(caller) = row.cell(0).and_then(|c| caller(&c.text)) {
                    let cells = row.cells.iter().skip(1);
                    add(&mut def, caller, cells.map(|c| c.text.as_str()));
                }
            }
        } else if let Some(columns) = caller_columns(table) {
            for row in &table.rows {
                for (index, caller) in &columns {
                    let text = row.cell(*index).map(|c| c.text.as_str());
                    add(&mut def, *caller, text.into_iter());
                }
            }
        }
    }
    def
}

/// Adds the permission names in `texts` to the list of `caller`, each once.
fn add<'t>(def: &mut PermissionsDef, caller: Caller, texts: impl Iterator<Item = &'t str>) {
    let list = match caller {
        Caller::Work => &mut def.delegated_work,
        Caller::Personal => &mut def.delegated_personal,
        Caller::Application => &mut def.application,
    };
    for name in texts.flat_map(names) {
        if !list.contains(&name) {
            list.push(name);
        }
    }
}

/// The columns of a table turned around (after the first, at least two that name a caller),
/// with the caller each names.
fn caller_columns(table: &Table) -> Option<Vec<(usize, Caller)>> {
    let columns: Vec<(usize, Caller)> = (table.header.cells.iter().enumerate())
        .skip(1)
        .filter_map(|(index, cell)| Some((index, caller(&cell.text)?)))
        .collect();
    (columns.len() >= 2).then_some(columns)
}

/// A kind of caller, a row of the table.
#[derive(Debug, Clone, Copy)]
enum Caller {
    Work,
    Personal,
    Application,
}

/// Whether a table is a permissions table: its header's first cell starts with `Permission
/// type` (any case).
fn is_permissions_table(table: &Table) -> bool {
    table.header.cell(0).is_some_and(|c| {
        c.text
            .trim()
            .to_ascii_lowercase()
            .starts_with("permission type")
    })
}

/// The caller a row's first cell names.
fn caller(text: &str) -> Option<Caller> {
    let text = text.trim().to_ascii_lowercase();
    if text.starts_with("application") {
        Some(Caller::Application)
    } else if !text.starts_with("delegated") {
        None
    } else if text.contains("personal") {
        Some(Caller::Personal)
    } else {
        Some(Caller::Work)
    }
}

/// The permission names in a cell's text, in order.
fn names(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '/'))
        .map(|word| word.trim_matches(|c: char| !c.is_ascii_alphanumeric()))
        .filter(|word| is_permission_name(word))
        .map(str::to_owned)
}

/// `User.Read.All`, `Mail.Send`, `IdentityRiskyUser.ReadWrite.All`: two or more parts joined by
/// dots, each of letters, digits, `_` or `-`, the first starting with a capital.
fn is_permission_name(word: &str) -> bool {
    let mut parts = word.split('.');
    let first_ok = parts
        .next()
        .is_some_and(|p| p.starts_with(|c: char| c.is_ascii_uppercase()) && is_part(p));
    let mut rest = parts.peekable();
    first_ok && rest.peek().is_some() && rest.all(is_part)
}

/// A part of a permission name: letters, digits, `_` or `-`, at least one.
fn is_part(part: &str) -> bool {
    !part.is_empty()
        && part
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}
