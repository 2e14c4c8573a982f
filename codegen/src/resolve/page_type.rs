//! The name of the type a page's property tables describe: from its annotation, its title, or
//! its file.

use super::{Kind, resource_type, title_of};
use crate::defs::{DEFAULT_NAMESPACE, QName};
use crate::diag::{Diagnostic, Diagnostics, Loc};
use crate::page::{Located, Page};
use heck::ToUpperCamelCase;

/// The name of the type a page's property tables describe.
///
/// - A resource annotation's `@odata.type` first, then the title: `x resource type` (also
///   `complex type`, `entity type`), `Create x`, `Update x`.
/// - An operation's parameters (`x: action`, `action action`) are the struct `{Action}Request`.
/// - An API page whose title names no type is the struct `{FileName}Request`; a resource page's
///   (with `doc_type: resourcePageType`) is `{FileName}`.
pub(super) fn page_type(
    page: &Page,
    kind: Kind,
    diags: &mut Diagnostics,
) -> Option<Located<String>> {
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
        let message = "cannot tell which type this page describes: it has no title";
        let help = "add a `# Create x`, `# Update x` or `# x resource type` heading, or a \
                    `blockType: resource` annotation with an `@odata.type`";
        diags.push(Diagnostic::error(page.place(Loc::START), message).with_help(help));
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
                page.place(title.loc),
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
pub(super) fn title_type(title: &str) -> Option<&str> {
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
pub(super) fn action_type(title: &str) -> Option<String> {
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
pub(super) fn enum_title(title: &str) -> Option<&str> {
    let title = title.trim();
    [" enum type", " enumeration type", " enum"]
        .iter()
        .find_map(|suffix| title.strip_suffix(suffix))
        .and_then(|name| one_word(name.trim()))
}

pub(super) fn one_word(name: &str) -> Option<&str> {
    (!name.is_empty() && !name.contains(char::is_whitespace)).then_some(name)
}
