//! The messages of linking that more than one part of it gives.

use crate::defs::FieldDef;
use crate::diag::Diagnostic;
use crate::load::ReadError;
use crate::model::Origin;
use crate::types;

/// What a named page without tables, or types its examples name, is told.
pub(super) const NO_TABLE: &str = "no property table on this page: docmodel looks for a table whose header \
                        is `Property | Type | Description` (or, on an enum page, `Member | Value \
                        | Description`); add one, or remove this doc from the macro call";

pub(super) fn at(field: &FieldDef, message: String) -> Diagnostic {
    match &field.origin {
        Some(origin) => origin.error(message),
        None => Diagnostic {
            path: String::new(),
            loc: crate::diag::Loc::START,
            message,
        },
    }
}

pub(super) fn place(origin: Option<&Origin>) -> String {
    origin.map_or_else(|| "built in".to_owned(), ToString::to_string)
}

pub(super) fn link_failure(link: &str, e: &ReadError) -> String {
    let fix = match e {
        ReadError::Outside(_) => {
            "links are followed only inside that folder; set the macro's \
                                  `root` to a folder that holds the page"
        }
        _ => {
            "fix the link, add the page, or set `unresolved = \"value\"` to make such \
              properties `serde_json::Value`"
        }
    };
    format!(
        "cannot follow the link `{link}`: {}{FIX}{fix}",
        e.describe()
    )
}

/// Separates a message from its fix, which a warning leaves out.
pub(super) const FIX: &str = "; ";

/// What an unresolved property becomes under [`Unresolved::Json`].
pub(super) const AS_VALUE: &str = "this property is a `serde_json::Value`";

/// A message without the fix after [`FIX`].
pub(super) fn without_fix(message: &str) -> &str {
    message.split(FIX).next().unwrap_or(message)
}

pub(super) fn unknown_type_message(name: &str) -> String {
    let hint = match types::suggest(name) {
        Some(prim) => format!("did you mean `{prim}`?"),
        None => "use a Graph primitive such as `String`, `Int32` or `DateTimeOffset`, link the \
                 page that defines it (`[x](x.md)`), or, for an enum, list its values in the \
                 description: `Possible values are: a, b, c.`"
            .to_owned(),
    };
    format!("unknown type `{name}`: {hint}")
}
