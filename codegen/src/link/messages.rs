//! The messages of linking that more than one part of it gives.

use crate::diag::Place;
use crate::load::ReadError;
use crate::types;

/// What a requested page without tables, whose examples name no type either, is told.
pub(super) const NO_TABLE: &str = "no property table on this page: docmodel looks for a table \
                                   whose header is `Property | Type | Description` (or, on an \
                                   enum page, `Member | Value | Description`)";

/// The fix for [`NO_TABLE`].
pub(super) const NO_TABLE_HELP: &str = "add one, or remove this doc from the macro call";

/// What an unresolved property becomes under [`crate::Unresolved::Json`].
pub(super) const AS_VALUE: &str = "this property is a `serde_json::Value`";

/// `` `path` line N `` of a row, or `built in` for the built-in `@odata.type` field.
pub(super) fn place(place: Option<&Place>) -> String {
    place.map_or_else(|| "built in".to_owned(), ToString::to_string)
}

/// Why a type could not be found, and what to do about it.
#[derive(Debug, Clone)]
pub(super) struct Failure {
    pub(super) message: String,
    pub(super) help: String,
}

/// A link that could not be followed.
pub(super) fn link_failure(link: &str, e: &ReadError) -> Failure {
    let help = match e {
        ReadError::Outside(_) => {
            "links are followed only inside that folder; set the macro's `root` to a folder that \
             holds the page"
        }
        ReadError::Ambiguous(_) => "spell the link exactly as the file it means is named",
        _ => {
            "fix the link, add the page, or set `unresolved = \"value\"` to make such properties \
             `serde_json::Value`"
        }
    };
    Failure {
        message: format!("cannot follow the link `{link}`: {}", e.describe()),
        help: help.to_owned(),
    }
}

/// A Type cell that names no type docmodel knows; the hint is part of the message (it says what
/// the name may be), so that it is kept in the warning that `unresolved = "value"` makes of it.
pub(super) fn unknown_type(name: &str) -> String {
    let hint = match types::suggest(name) {
        Some(prim) => format!("did you mean `{prim}`?"),
        None => "use a Graph primitive such as `String`, `Int32` or `DateTimeOffset`, link the \
                 page that defines it (`[x](x.md)`), or, for an enum, list its values in the \
                 description: `Possible values are: a, b, c.`"
            .to_owned(),
    };
    format!("unknown type `{name}`: {hint}")
}
