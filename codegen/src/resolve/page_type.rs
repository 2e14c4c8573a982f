//! The name of the type a page describes: from its annotations, its title, or its file.

use super::{Kind, resource_type, title_of};
use crate::defs::QName;
use crate::diag::{Diagnostic, Diagnostics, Loc};
use crate::page::{Located, Page};
use heck::ToUpperCamelCase;

/// The name of the type a page's property tables describe, in `namespace` unless the name says
/// another.
///
/// - A resource annotation's `@odata.type` first.
/// - Then the title: `x resource type` (also `complex type`, `entity type`), `Create x`,
///   `Update x`.
/// - An operation's parameters (`x: action`, `action action`) are the struct `{Action}Request`.
/// - An API page whose title names no type is the struct `{FileName}Request`; a resource page's
///   (with `doc_type: resourcePageType`) is `{FileName}`.
pub(super) fn page_type(
    page: &Page,
    kind: Kind,
    namespace: &str,
    diags: &mut Diagnostics,
) -> Option<Located<QName>> {
    if let Some(resource) = resource_type(page) {
        return Some(qualify(resource, namespace));
    }
    let Some(title) = title_of(page) else {
        if matches!(kind, Kind::Api | Kind::Resource) {
            return file_type(page, kind).map(|name| qualify(name, namespace));
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
        Some(value) => Some(qualify(
            Located {
                value,
                loc: title.loc,
            },
            namespace,
        )),
        None if matches!(kind, Kind::Api | Kind::Resource) => {
            file_type(page, kind).map(|name| qualify(name, namespace))
        }
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

/// The type a resource page without a property table describes (`Properties: None`, an open
/// type, an abstract base, a facet, a page with only a JSON representation): its resource
/// annotation's type, else the one its title (`x resource type`) names. `None` for any other
/// page: a page whose title names no type is an overview, not a type.
pub(super) fn bare_type(page: &Page, kind: Kind, namespace: &str) -> Option<Located<QName>> {
    if kind != Kind::Resource {
        return None;
    }
    let name = resource_type(page).or_else(|| {
        let title = title_of(page)?;
        let value = resource_title(&title.value)?.to_owned();
        Some(Located {
            value,
            loc: title.loc,
        })
    })?;
    Some(qualify(name, namespace))
}

fn qualify(name: Located<String>, namespace: &str) -> Located<QName> {
    Located {
        value: QName::parse(&name.value, namespace),
        loc: name.loc,
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
    written_title(title).or_else(|| resource_title(title))
}

/// The type a `Create x` or `Update x` title names.
fn written_title(title: &str) -> Option<&str> {
    let title = title.trim();
    let name = ["Create ", "Update "]
        .iter()
        .find_map(|verb| title.strip_prefix(verb))?;
    one_word(name.trim())
}

/// The type an `x resource type` title names (also `complex type`, `entity type`, `resource`).
fn resource_title(title: &str) -> Option<&str> {
    let title = title.trim();
    let name = [
        " resource type",
        " complex type",
        " entity type",
        " resource",
    ]
    .iter()
    .find_map(|suffix| title.strip_suffix(suffix))?;
    one_word(name.trim())
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
