//! What an API page's prose says of its operation: the response (`returns a `201 Created`
//! response code and a [x](x.md) object`), the request body (`supply a JSON representation of
//! ...`, `Do not supply a request body`) and the permissions table.
//!
//! The prose is read as the docs write it, sentence patterns and all (`words` has them); a
//! type is named only by a link to a page (`../resources/user.md`, `user.md`): links to
//! concept pages (`/graph/errors`) or the web never name one.

mod permission_table;
mod words;

use super::cells::split_link;
use crate::defs::{BodyDef, QName, ResponseBody, ResponseDef, Target};
use crate::diag::Loc;
use crate::page::{Example, Link, Located, Page, Prose, annotated_type};
use crate::types;
pub use permission_table::permissions;

/// What the page's `Response` section (else its response example) says a successful answer is.
///
/// The status is the first 2xx status the prose names (`a `200 OK` response code`), else that
/// of the first response example's status line with one (`HTTP/1.1 201 Created`). The body is
/// empty for `204`; else it is what the first paragraph that decides says: the type it links
/// as `a [x](x.md) object` (`One`) or `a collection of [x](x.md) objects` (`Collection`), a
/// primitive it names (`a String in the response body`), or no body (`It does not return
/// anything in the response body`); else the type the first response example's annotation
/// names (`"@odata.type": "microsoft.graph.user"`, with `Collection(...)` or `"isCollection":
/// true` for a collection); else JSON.
pub fn response(page: &Page, namespace: &str) -> ResponseDef {
    let status = (page.response.iter())
        .find_map(|p| Some(located(words::status(&p.value.text)?, p.loc)))
        .or_else(|| example_status(page));
    let body = if status.as_ref().is_some_and(|s| s.value == 204) {
        ResponseBody::Empty
    } else {
        (page.response.iter())
            .find_map(|p| prose_body(p, namespace))
            .or_else(|| example_body(page, namespace))
            .unwrap_or(ResponseBody::Json)
    };
    ResponseDef { status, body }
}

/// What the page's `Request body` prose says the body is, if it says: `Some(BodyDef::None)` for
/// `Do not supply a request body`, a type it links, or `None` when the prose decides nothing.
///
/// The first paragraph that decides wins. One that points to the page's own table (`provide a
/// JSON object with the following parameters`) decides nothing: the table is the body, which
/// another stage reads. A type is the first one linked as an object (`supply a JSON
/// representation of a [user](../resources/user.md) object`) in a paragraph that speaks of the
/// body.
pub fn request_body(page: &Page, namespace: &str) -> Option<BodyDef> {
    for prose in &page.request_body {
        let text = &prose.value.text;
        if words::says_no_request_body(text) {
            return Some(BodyDef::None);
        }
        if words::refers_to_table(text) {
            return None;
        }
        // An array of a type (`supply an array of [x] objects`) is no body type.
        if words::speaks_of_body(text)
            && let Some((target, false)) = linked_type(&prose.value, namespace)
        {
            return Some(BodyDef::Type {
                target,
                loc: prose.loc,
            });
        }
    }
    None
}

/// The body one paragraph of the `Response` section says, if it says one.
fn prose_body(prose: &Located<Prose>, namespace: &str) -> Option<ResponseBody> {
    let loc = prose.loc;
    let text = &prose.value.text;
    let typed = linked_type(&prose.value, namespace).or_else(|| {
        let (prim, collection) = words::primitive(text)?;
        Some((Target::Prim(prim), collection))
    });
    match typed {
        Some((target, true)) => Some(ResponseBody::Collection { target, loc }),
        Some((target, false)) => Some(ResponseBody::One { target, loc }),
        None => words::says_no_body(text).then_some(ResponseBody::Empty),
    }
}

/// The first type the prose links as a type (`a [user](user.md) object`, `a collection of
/// [event](event.md) objects`, `[x](x.md) collection`), and whether it is a collection of it;
/// not one it only mentions (`the identifier of a [user](user.md) object`).
fn linked_type(prose: &Prose, namespace: &str) -> Option<(Target, bool)> {
    let text = prose.text.as_str();
    let mut cursor = 0;
    for link in &prose.links {
        let Some(at) = text.get(cursor..).and_then(|rest| rest.find(&link.text)) else {
            continue;
        };
        let start = cursor + at;
        cursor = start + link.text.len();
        if link.text.is_empty() || !is_page_link(&link.dest) {
            continue;
        }
        let before = text.get(..start).unwrap_or_default();
        let after = text.get(cursor..).unwrap_or_default();
        if words::only_mentions(before) {
            continue;
        }
        if let Some(collection) = words::names_type(before, after) {
            return Some((link_target(link, namespace), collection));
        }
    }
    None
}

/// Whether a link leads to a page of the doc set (`../resources/user.md`, `user.md#x`): not to a
/// site path (`/graph/errors`), the web, or a place on the same page.
fn is_page_link(dest: &str) -> bool {
    let dest = dest.trim();
    let file = dest.split(['#', '?']).next().unwrap_or_default();
    !dest.starts_with('/')
        && !dest.contains("://")
        && file.len() > 3
        && file
            .get(file.len() - 3..)
            .is_some_and(|ext| ext.eq_ignore_ascii_case(".md"))
}

/// The type a link names: a primitive by its text (`[String](string.md)`), else the name of
/// its text (or, for text of several words such as `organizational contact`, of its page's
/// file: `orgcontact`), in the page's namespace unless it names one, at the page it leads to.
fn link_target(link: &Link, namespace: &str) -> Target {
    let text = link.text.trim();
    if let Some(prim) = types::lookup(text) {
        return Target::Prim(prim);
    }
    let (file, fragment) = split_link(&link.dest);
    let stem = (file.as_deref())
        .and_then(|f| f.rsplit('/').next())
        .and_then(|f| f.get(..f.len().saturating_sub(3)));
    let name = match stem {
        Some(stem) if text.contains(char::is_whitespace) && !stem.is_empty() => stem,
        _ => text,
    };
    Target::Named {
        name: QName::parse(name, namespace),
        link: file,
        fragment,
    }
}

/// The response examples: those whose annotation says `"blockType": "response"`.
fn response_examples(page: &Page) -> impl Iterator<Item = &Example> {
    page.examples.iter().filter(|e| {
        e.annotation.value.get("blockType").and_then(|b| b.as_str()) == Some("response")
    })
}

/// The 2xx status of the first response example whose status line (`HTTP/1.1 200 OK`) has one.
fn example_status(page: &Page) -> Option<Located<u16>> {
    response_examples(page).find_map(|e| {
        let head = e.head.as_ref()?;
        let mut words = head.value.split_whitespace();
        let version = words.next()?;
        let code = words::success_code(words.next()?)?;
        version
            .starts_with("HTTP/")
            .then(|| located(code, head.loc))
    })
}

/// The type the first response example's annotation names (`"@odata.type":
/// "microsoft.graph.user"`), a collection with `Collection(...)` or `"isCollection": true`.
fn example_body(page: &Page, namespace: &str) -> Option<ResponseBody> {
    let (example, named) = response_examples(page).find_map(|e| {
        let named = e.annotation.value.get("@odata.type")?.as_str()?;
        Some((e, named))
    })?;
    let (name, mut collection) = annotated_type(named);
    collection |= example.annotation.value.get("isCollection") == Some(&true.into());
    let target = match types::lookup(types::parse_type_cell(name).name) {
        Some(prim) => Target::Prim(prim),
        None => Target::Named {
            name: QName::parse(name, namespace),
            link: None,
            fragment: None,
        },
    };
    let loc = example.annotation.loc;
    Some(match collection {
        true => ResponseBody::Collection { target, loc },
        false => ResponseBody::One { target, loc },
    })
}

fn located<T>(value: T, loc: Loc) -> Located<T> {
    Located { value, loc }
}

#[cfg(test)]
mod tests;
