//! The name of the type a page describes: from its annotations, its title, or its file.

use super::{Kind, resource_type, title_of};
use crate::defs::QName;
use crate::diag::{Diagnostic, Diagnostics, Loc, Rule};
use crate::page::{Located, Page, annotated_type};
use heck::ToUpperCamelCase;

/// The name of the type a page's property tables describe, in `namespace` unless the name says
/// another.
///
/// - A resource annotation's `@odata.type` first.
/// - On an API page, the `@odata.type` its examples' annotations name ([`written_type`]).
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
    let title = title_of(page);
    if kind != Kind::Resource
        && let Some(written) = written_type(page, title.as_ref(), namespace, diags)
    {
        return Some(written);
    }
    let Some(title) = title else {
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

/// The type an API page's request body writes, as the `@odata.type` of its examples' annotations
/// names it: titles use short names (`Update chart` writes a `microsoft.graph.workbookChart`).
///
/// The request annotations decide; without one that names a type, on a page titled `Create x`
/// or `Update x` the response annotations do (what such a request returns is the object it
/// wrote; an action's response is not its request body, so other pages do not look there).
/// `Collection(x)` names `x`; the type is in the page's namespace, whatever namespace the
/// annotation names. Annotations that name several types decide nothing, unless one of
/// them is the one the title names the short way (`workbookRangeFormat` for `Update
/// rangeformat`). A title that names another type is a warning ([`Rule::AnnotatedType`]).
fn written_type(
    page: &Page,
    title: Option<&Located<String>>,
    namespace: &str,
    diags: &mut Diagnostics,
) -> Option<Located<QName>> {
    let title_word = title.and_then(|t| title_type(&t.value));
    let mut block = "request";
    let mut named = annotated(page, block, namespace);
    if named.is_empty() && title.is_some_and(|t| written_title(&t.value).is_some()) {
        block = "response";
        named = annotated(page, block, namespace);
    }
    let chosen = match named.as_slice() {
        [] => return None,
        [one] => one.clone(),
        many => {
            let word = title_word?;
            let mut short = many.iter().filter(|n| shortens(&n.value.name, word));
            match (short.next(), short.next()) {
                (Some(one), None) => one.clone(),
                _ => return None,
            }
        }
    };
    if let (Some(title), Some(word)) = (title, title_word)
        && !shortens(&chosen.value.name, word)
    {
        let message = format!(
            "the title (line {}) names `{word}`, the {block} annotation `{}`: docmodel takes the \
             page's rows to be of the annotation's type",
            title.loc.line, chosen.value.name
        );
        diags.decided(page.place(chosen.loc), Rule::AnnotatedType, message);
    }
    Some(chosen)
}

/// The distinct types that the page's `blockType: block` annotations name, in page order.
fn annotated(page: &Page, block: &str, namespace: &str) -> Vec<Located<QName>> {
    let mut named: Vec<Located<QName>> = Vec::new();
    for example in &page.examples {
        let annotation = &example.annotation;
        let name = annotation.value.get("@odata.type").and_then(|t| t.as_str());
        let Some(name) = name
            .filter(|_| annotation.value.get("blockType").and_then(|b| b.as_str()) == Some(block))
        else {
            continue;
        };
        let (name, _) = annotated_type(name);
        // In the page's namespace: Intune's pages annotate their types with one that is no
        // type's (`microsoft.management.services.api.mobileAppInstallStatus`).
        let name = QName {
            namespace: namespace.to_owned(),
            name: QName::parse(name, namespace).name,
            qualified: false,
        };
        if !name.name.is_empty() && !named.iter().any(|n| n.value.key() == name.key()) {
            named.push(Located {
                value: name,
                loc: annotation.loc,
            });
        }
    }
    named
}

/// Whether `word` (a title's) is `name` or its end, regardless of case: `chart` for
/// `workbookChart`, `rule` for `messageRule`.
fn shortens(name: &str, word: &str) -> bool {
    let (name, word) = (name.to_ascii_lowercase(), word.to_ascii_lowercase());
    name.ends_with(&word)
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
pub(crate) fn resource_title(title: &str) -> Option<&str> {
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

/// The request type of an operation's title: `user: assignLicense` -> `UserAssignLicenseRequest`
/// (the type it is bound to comes first, so that `event: forward` and `message: forward`, two
/// operations with bodies of their own, make two types in one model), `assign action` ->
/// `AssignRequest`.
pub(super) fn action_type(title: &str) -> Option<String> {
    let title = title.trim();
    let (binding, action) = match title.split_once(':') {
        Some((binding, action)) => (one_word(binding.trim()), one_word(action.trim())?),
        None => {
            let action = [" action", " function"]
                .iter()
                .find_map(|suffix| title.strip_suffix(suffix))
                .and_then(|a| one_word(a.trim()))?;
            (None, action)
        }
    };
    let binding = binding.map(ToUpperCamelCase::to_upper_camel_case);
    Some(format!(
        "{}{}Request",
        binding.unwrap_or_default(),
        action.to_upper_camel_case()
    ))
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
