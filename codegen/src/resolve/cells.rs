//! Type cells: what a cell names, with the values its row's description lists.

use super::enums::possible_values;
use crate::defs::{QName, Target, TypeRef};
use crate::page::{Cell, Located};
use crate::types::{self, Prim};

/// What a Type cell says, with the values its row's description lists.
pub(super) fn type_ref(cell: &Cell, description: &str, namespace: &str) -> Option<TypeRef> {
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
    } else if let Some(prim) = primitive(parsed.name, cell) {
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

/// The primitive a Type cell names: any spelling of one, or a loose one (`Timestamp`, `Url`)
/// where the cell has no link. A link to a page wins over a loose spelling (`[timeStamp]
/// (timestamp.md)` is the complex type), but not over a primitive's own name: `[DateTimeOffset]
/// (timestamp.md)` is a `DateTimeOffset`, whatever page explains it.
fn primitive(name: &str, cell: &Cell) -> Option<Prim> {
    if cell.links.is_empty() {
        types::lookup_loose(name)
    } else {
        types::lookup(name)
    }
}

/// `[x](x.md` (a link whose `)` is missing) -> (`x`, `x.md`).
pub(super) fn unclosed_link(text: &str) -> Option<(&str, &str)> {
    let rest = text.trim().strip_prefix('[')?;
    let (name, dest) = rest.split_once("](")?;
    let dest = dest.split_whitespace().next()?;
    (!name.is_empty() && !dest.contains(')')).then_some((name, dest))
}

/// `enums.md#x-values` -> (`enums.md`, `x-values`); web links are not followed.
pub(super) fn split_link(dest: &str) -> (Option<String>, Option<String>) {
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
