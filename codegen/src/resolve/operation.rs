//! The operation an API page documents: [`Page`] -> [`OperationDef`], one page on its own.
//!
//! - A page with request lines under its `HTTP request` heading has one operation, if it is
//!   an API page ([`super::documents_operation`]). Its method is the first line's; a line with another method is
//!   left out (a page documents one operation).
//! - Each line's URL is a template ([`super::template`]); a line that is none is left out.
//!   The same template twice is kept once.
//! - The request body: none for `GET` and `DELETE`; else the page's own request-body table's
//!   type, if it has one (`Create x`, `Update x`, an action's parameters); else what the
//!   `Request body` prose says (a linked type, or no body); else JSON if the request example
//!   has a body, and no body if it has none.
//! - The answer: what the `Response` prose says, else the response example ([`super::prose`]).
//!
//! What cannot be read this way is a warning of [`Rule::Operation`], never an error: the
//! page's types build whatever its operation's prose says.

use super::{prose, template, title_of};
use crate::defs::{BodyDef, OperationDef, PageDefs, ResponseBody, Target};
use crate::diag::{Diagnostics, Loc, Rule};
use crate::page::{Located, Page};

/// The page's operation, if it documents one.
pub(super) fn operation(
    page: &Page,
    defs: &PageDefs,
    namespace: &str,
    diags: &mut Diagnostics,
) -> Option<OperationDef> {
    if !super::documents_operation(page) {
        return None;
    }
    let first = page.http_request.first()?;
    let method = Located {
        value: first.value.method.to_ascii_uppercase(),
        loc: first.loc,
    };
    let mut templates: Vec<Located<template::Template>> = Vec::new();
    for line in &page.http_request {
        if !line.value.method.eq_ignore_ascii_case(&method.value) {
            let message = format!(
                "this request line's method is `{}`, the first line's `{}`: an operation has \
                 one method, so docmodel leaves this URL out",
                line.value.method, method.value
            );
            diags.decided(page.place(line.loc), Rule::Operation, message);
            continue;
        }
        match template::template(&line.value.url) {
            Ok(t) if templates.iter().any(|seen| seen.value.text == t.text) => {}
            Ok(value) => templates.push(Located {
                value,
                loc: line.loc,
            }),
            Err(why) => {
                let message = format!("docmodel leaves this URL out of the operation: {why}");
                diags.decided(page.place(line.loc), Rule::Operation, message);
            }
        }
    }
    if templates.is_empty() {
        return None;
    }
    let title = title_of(page).unwrap_or_else(|| Located {
        value: file_stem(&page.path).to_owned(),
        loc: Loc::START,
    });
    let body = body(page, &method.value, defs, namespace);
    let mut response = prose::response(page, namespace);
    if response.status.as_ref().is_some_and(|s| s.value == 204) {
        response.body = ResponseBody::Empty;
    }
    Some(OperationDef {
        title,
        description: page.front_matter.description.clone().unwrap_or_default(),
        method,
        templates,
        body,
        response,
        permissions: prose::permissions(page),
        query: query_options(page),
    })
}

/// The query options the page lists, each once, in page order: each `$option` its `Optional
/// query parameters` prose names (`This method supports the `$select` and `$filter` OData query
/// parameters`), then the first cell of each row of a table under that heading (a function's
/// own parameters, such as `startDateTime`).
fn query_options(page: &Page) -> Vec<String> {
    let mut options: Vec<String> = Vec::new();
    let mut add = |name: &str| {
        if !options.iter().any(|o| o == name) {
            options.push(name.to_owned());
        }
    };
    for prose in &page.query_parameters {
        let words = prose
            .value
            .text
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '$'));
        for word in words {
            let option = word.strip_prefix('$');
            if option.is_some_and(|o| !o.is_empty() && o.chars().all(|c| c.is_ascii_alphabetic())) {
                add(word);
            }
        }
    }
    let under_heading = |t: &&crate::page::Table| {
        t.outline.iter().any(|h| {
            let h = h.to_ascii_lowercase();
            h.starts_with("optional query parameters") || h.starts_with("query parameters")
        })
    };
    for table in page.tables.iter().filter(under_heading) {
        for row in &table.rows {
            let name = row.cell(0).map_or("", |c| c.text.trim());
            let plain = name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "$-_.".contains(c));
            if !name.is_empty() && name.len() <= 64 && plain {
                add(name);
            }
        }
    }
    options
}

/// What the request carries (see the module docs for the order of the rules).
fn body(page: &Page, method: &str, defs: &PageDefs, namespace: &str) -> BodyDef {
    if matches!(method, "GET" | "DELETE") {
        return BodyDef::None;
    }
    if let Some(own) = defs.structs.first().filter(|s| !s.name.name.is_empty()) {
        return BodyDef::Type {
            target: Target::Named {
                name: own.name.clone(),
                link: None,
                fragment: None,
            },
            loc: own.place.loc,
        };
    }
    if let Some(said) = prose::request_body(page, namespace) {
        return said;
    }
    let example = page
        .examples
        .iter()
        .find(|e| e.annotation.value.get("blockType").and_then(|b| b.as_str()) == Some("request"));
    match example {
        Some(e) if !e.json.trim().is_empty() => BodyDef::Json(e.loc),
        _ => BodyDef::None,
    }
}

/// The file name of `path` without its `.md`.
pub(crate) fn file_stem(path: &str) -> &str {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    name.strip_suffix(".md").unwrap_or(name)
}
