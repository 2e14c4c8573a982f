//! Request examples: each requested page's request examples, checked against its operation.
//!
//! A request example is an `http` block after a `"blockType": "request"` annotation; its first
//! line is `METHOD URL` (`POST https://graph.microsoft.com/beta/deviceAppManagement/...`). The
//! URL, without its scheme, host, version segment (`v1.0`, `beta`) and query, must match one of
//! the operation's templates: literal text alike but for ASCII letter case (Graph's URLs are
//! not case-sensitive), each placeholder standing for one segment or part of one (`{id}`,
//! `'{period_value}'`), or for a path where the template writes `:/{item-path}:`. A method
//! other than the operation's, or a URL that matches no template, is a finding: a warning at
//! the line, as the findings of JSON examples are.
//!
//! An example that matches, and whose body is what the operation sends (none for an operation
//! without a body, JSON without findings or placeholders for one with a body), is also a test
//! (with `examples = true`, as response examples are): the operation, made by the constructor of
//! the template it matched from the URL's values (percent-decoded) and the example's body,
//! builds the request, which must have the example's method, path and JSON body. The query is
//! not compared: the example writes it as a string, which the operation's typed `Query` does
//! not read back.

use crate::diag::{Diagnostic, Diagnostics, Loc, Place};
use crate::examples::ExampleReport;
use crate::json;
use crate::load::{Loaded, LoadedPage};
use crate::model::{Model, Operation, Type};
use crate::page::{Example, Located};
use crate::types::Prim;
use std::collections::HashMap;

/// What checking the request examples of a build found.
#[derive(Debug, Clone, Default)]
pub struct RequestReport {
    /// The operations of the requested pages.
    pub operations: usize,
    /// Request examples checked (those with a request line, on pages with an operation).
    pub checked: usize,
    /// Request examples whose method or URL disagrees with the operation (each a warning).
    pub disagree: usize,
    /// The request examples that are tests.
    pub(crate) tests: Vec<RequestTest>,
}

impl RequestReport {
    /// How many request examples are tests (what `examples = true` generates).
    pub fn tests(&self) -> usize {
        self.tests.len()
    }
}

/// A request example that is a test of its operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestTest {
    /// The page.
    pub path: String,
    /// Where the request line is.
    pub loc: Loc,
    /// The operation, by its place among the model's.
    pub operation: usize,
    /// The template the URL matched, by its place among the operation's.
    pub template: usize,
    /// The values of its placeholders in the URL, percent-decoded, in order.
    pub values: Vec<String>,
    /// The path the request must have: the URL's, percent-decoded, without the query.
    pub expected_path: String,
    /// The body, as serde_json writes it, if the operation sends one.
    pub body: Option<String>,
}

/// Checks the request examples of every operation of `model` against it.
pub fn check(
    loaded: &Loaded,
    model: &Model,
    examples: &ExampleReport,
    diags: &mut Diagnostics,
) -> RequestReport {
    let mut report = RequestReport::default();
    // Each operation's page, found by path once rather than by a scan per operation.
    let pages: HashMap<&str, &LoadedPage> = loaded
        .pages()
        .filter(|(_, p)| p.requested)
        .map(|(_, p)| (p.path.as_str(), p))
        .collect();
    for (index, op) in model.operations().iter().enumerate() {
        report.operations += 1;
        let Some(page) = pages.get(op.place.path.as_str()) else {
            continue;
        };
        for example in page.examples.iter().filter(|e| is_request(e)) {
            let Some(head) = &example.head else {
                continue;
            };
            report.checked += 1;
            let Ok(matched) = check_one(op, head, &page.path, diags) else {
                report.disagree += 1;
                continue;
            };
            let Some((template, values, expected_path)) = matched else {
                continue;
            };
            if let Some(body) = test_body(op, example, &page.path, examples) {
                report.tests.push(RequestTest {
                    path: page.path.clone(),
                    loc: head.loc,
                    operation: index,
                    template,
                    values,
                    expected_path,
                    body,
                });
            }
        }
    }
    report
}

fn is_request(example: &Example) -> bool {
    example
        .annotation
        .value
        .get("blockType")
        .and_then(|b| b.as_str())
        == Some("request")
}

/// What an example's request line matched.
type Matched = (usize, Vec<String>, String);

/// The template an example's request line matches, with its values and the decoded path
/// (`None` if it matches, but not so that its values are known: a placeholder in the template's
/// query that the example's query does not fill alike); or an error after a warning that says
/// how it disagrees.
fn check_one(
    op: &Operation,
    head: &Located<String>,
    path: &str,
    diags: &mut Diagnostics,
) -> Result<Option<Matched>, ()> {
    let place = Place::new(path, head.loc);
    let (method, url) = head
        .value
        .split_once(char::is_whitespace)
        .unwrap_or((&head.value, ""));
    let url = url.split_whitespace().next().unwrap_or_default();
    if !method.eq_ignore_ascii_case(op.method.as_str()) {
        let message = format!(
            "this request example's method is `{method}`, but the page's HTTP request is a `{}`",
            op.method.as_str()
        );
        diags.push(Diagnostic::example(place, message));
        return Err(());
    }
    let relative = relative_path(url);
    let matched = op.templates.iter().enumerate().find_map(|(i, t)| {
        let template = t.template.text.split('?').next().unwrap_or_default();
        matches(template, relative).map(|values| (i, values))
    });
    let Some((template, values)) = matched else {
        let templates: Vec<String> = op
            .templates
            .iter()
            .map(|t| format!("`{}`", t.template.text))
            .collect();
        let message = format!(
            "this request example's URL `{relative}` matches none of the page's HTTP request \
             templates: {}",
            templates.join(", ")
        );
        diags.push(Diagnostic::example(place, message));
        return Err(());
    };
    let Some(t) = op.templates.get(template) else {
        return Ok(None);
    };
    // Placeholders in the template's query (`/sites?search={query}`): their values are in the
    // example's query, written as the template writes it, or unknown.
    let values = if values.len() == t.template.params.len() {
        values
    } else {
        let query = url.split_once('?').map_or("", |(_, q)| q);
        let Some(values) = matches(&t.template.text, &format!("{relative}?{query}")) else {
            return Ok(None);
        };
        values
    };
    let values = values.iter().map(|v| percent_decode(v)).collect();
    Ok(Some((template, values, percent_decode(relative))))
}

/// The body a test of `example` sends: `Some(None)` for an operation without a body and an
/// example without one; `Some(Some(json))` for a body the example gives and the JSON check found
/// fine; `None` when the example cannot be a test.
fn test_body(
    op: &Operation,
    example: &Example,
    path: &str,
    examples: &ExampleReport,
) -> Option<Option<String>> {
    let text = example.json.trim();
    let parsed = || {
        json::parse_lenient(text)
            .ok()
            .map(|value| Some(value.to_string()))
    };
    match &op.body {
        None if text.is_empty() => Some(None),
        None => None,
        Some(_) if text.is_empty() => None,
        // Any JSON is a `serde_json::Value` body.
        Some(Type::Prim(Prim::Json)) => parsed(),
        // A typed body: only one the JSON check found fine.
        Some(_) => {
            let clean = examples
                .clean_requests
                .iter()
                .any(|(p, loc)| p == path && *loc == example.loc);
            if clean { parsed() } else { None }
        }
    }
}

/// A request line's URL relative to the service root, without its query: the scheme, host and
/// version segment (`v1.0`, `beta`) of an absolute URL are dropped.
pub(crate) fn relative_path(url: &str) -> &str {
    let url = url.split(['?', '#']).next().unwrap_or_default();
    let path = match url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    {
        Some(rest) => rest.find('/').and_then(|i| rest.get(i..)).unwrap_or(""),
        None => url,
    };
    let version = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let is_version = version.eq_ignore_ascii_case("beta")
        || version
            .strip_prefix(['v', 'V'])
            .is_some_and(|v| !v.is_empty() && v.chars().all(|c| c.is_ascii_digit() || c == '.'));
    if is_version && path.starts_with('/') {
        path.get(1 + version.len()..).unwrap_or("")
    } else {
        path
    }
}

/// The values of `template`'s placeholders in `path`, if `path` matches it: literal text alike
/// but for ASCII letter case; a placeholder stands for one or more characters other than `/`,
/// or, right after `:` or `:/` and before `:`, for a path.
pub(crate) fn matches(template: &str, path: &str) -> Option<Vec<String>> {
    let pieces = pieces(template)?;
    let mut values = Vec::new();
    match_from(&pieces, path, &mut values).then_some(values)
}

/// A template's literal text and placeholders, in order.
#[derive(Debug, PartialEq, Eq)]
enum Piece<'t> {
    Literal(&'t str),
    /// A placeholder; `true` if it stands for a path.
    Value(bool),
}

fn pieces(template: &str) -> Option<Vec<Piece<'_>>> {
    let mut pieces = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (literal, after) = rest.split_at(open);
        let close = after.find('}')?;
        let tail = after.get(close + 1..)?;
        if !literal.is_empty() {
            pieces.push(Piece::Literal(literal));
        }
        let is_path = (literal.ends_with(':') || literal.ends_with(":/")) && tail.starts_with(':');
        pieces.push(Piece::Value(is_path));
        rest = tail;
    }
    if !rest.is_empty() {
        pieces.push(Piece::Literal(rest));
    }
    Some(pieces)
}

/// Matches `pieces` against the whole of `path`, pushing the placeholders' values.
fn match_from(pieces: &[Piece<'_>], path: &str, values: &mut Vec<String>) -> bool {
    let Some((first, rest)) = pieces.split_first() else {
        return path.is_empty() || path == "/";
    };
    match first {
        Piece::Literal(literal) => {
            // A trailing `/` is optional, as a server takes it.
            let literal = if rest.is_empty() {
                literal.trim_end_matches('/')
            } else {
                literal
            };
            match path.get(..literal.len()) {
                Some(head) if head.eq_ignore_ascii_case(literal) => {
                    let tail = path.get(literal.len()..).unwrap_or_default();
                    match_from(rest, tail, values)
                }
                _ => false,
            }
        }
        Piece::Value(is_path) => {
            // The shortest value that lets the rest match, so that `{id}` stops at the next
            // literal; a value is never empty.
            let ends = path
                .char_indices()
                .map(|(i, c)| (i + c.len_utf8(), c))
                .take_while(|(_, c)| *is_path || *c != '/');
            for (end, _) in ends {
                let (value, tail) = path.split_at(end);
                values.push(value.to_owned());
                if match_from(rest, tail, values) {
                    return true;
                }
                values.pop();
            }
            false
        }
    }
}

/// `%XX` escapes decoded (invalid UTF-8 replaced); anything else kept.
pub(crate) fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b, hex) {
            (b'%', Some(decoded)) => {
                out.push(decoded);
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_lose_their_host_version_and_query() {
        assert_eq!(
            relative_path("https://graph.microsoft.com/v1.0/me/events?$top=2"),
            "/me/events"
        );
        assert_eq!(
            relative_path("https://graph.microsoft.com/beta/deviceAppManagement/mobileApps"),
            "/deviceAppManagement/mobileApps"
        );
        assert_eq!(relative_path("/me/events"), "/me/events");
        assert_eq!(relative_path("/V1.0/chats/{id}"), "/chats/{id}");
        assert_eq!(relative_path("https://graph.microsoft.com/V1.0/me"), "/me");
        assert_eq!(relative_path("https://example.com/users"), "/users");
        assert_eq!(relative_path("https://graph.microsoft.com"), "");
    }

    #[test]
    fn templates_match_their_urls_and_give_the_values() {
        let m = |t, p| matches(t, p);
        assert_eq!(m("/widgets/{id}", "/widgets/a1"), Some(vec!["a1".into()]));
        assert_eq!(m("/widgets/{id}", "/Widgets/a1/"), Some(vec!["a1".into()]));
        assert_eq!(m("/widgets/{id}", "/widgets/a1/parts"), None);
        assert_eq!(m("/widgets/{id}", "/widgets/"), None);
        assert_eq!(m("/widgets", "/widgets"), Some(vec![]));
        assert_eq!(m("/widgets", "/gadgets"), None);
        assert_eq!(
            m(
                "/users/{id | userPrincipalName}/events/{id}",
                "/users/a@b.c/events/e%2F1"
            ),
            Some(vec!["a@b.c".into(), "e%2F1".into()])
        );
        assert_eq!(
            m(
                "/reports/getEmailActivityCounts(period='{period_value}')",
                "/reports/getEmailActivityCounts(period='D7')"
            ),
            Some(vec!["D7".into()])
        );
        assert_eq!(
            m(
                "/drives/{drive-id}/root:/{item-path}:/content",
                "/drives/d/root:/a/b.txt:/content"
            ),
            Some(vec!["d".into(), "a/b.txt".into()])
        );
        assert_eq!(m("/a/{x}{y}", "/a/q"), None);
        assert_eq!(m("/a/{", "/a/x"), None);
    }

    /// An API page with one request line and a request example whose first line is `example`.
    fn page(line: &str, example: &str) -> String {
        format!(
            "---\ndoc_type: apiPageType\n---\n# Get widget\n\n## HTTP request\n\n```http\n{line}\n```\n\n\
             ## Example\n\n<!-- {{ \"blockType\": \"request\", \"name\": \"x\" }} -->\n```http\n{example}\n```\n"
        )
    }

    fn check_page(text: &str) -> (RequestReport, Vec<String>) {
        let options = crate::test_support::options();
        let build = crate::test_support::build_pages(&[("w.md", text)], &options);
        let warnings = build.warnings().map(ToString::to_string).collect();
        (build.requests, warnings)
    }

    #[test]
    fn an_example_of_another_method_or_url_is_a_warning_at_its_line() {
        let cases = [
            (
                "DELETE https://graph.microsoft.com/v1.0/widgets/1",
                "w.md:16:1: this request example's method is `DELETE`, but the page's HTTP request is a `GET`",
            ),
            (
                "GET https://graph.microsoft.com/v1.0/gadgets/1",
                "w.md:16:1: this request example's URL `/gadgets/1` matches none of the page's HTTP request templates: `/widgets/{id}`",
            ),
        ];
        for (example, warning) in cases {
            let (report, warnings) = check_page(&page("GET /widgets/{id}", example));
            assert_eq!((report.checked, report.disagree, report.tests()), (1, 1, 0));
            assert_eq!(warnings, [warning], "{example}");
        }
    }

    #[test]
    fn a_matching_example_is_a_test_with_its_values_decoded() {
        let (report, warnings) = check_page(&page(
            "GET /widgets/{id}",
            "GET https://graph.microsoft.com/v1.0/widgets/a%20b?$top=1",
        ));
        assert_eq!(warnings, [] as [String; 0]);
        assert_eq!((report.checked, report.disagree), (1, 0));
        let test = &report.tests[0];
        assert_eq!(
            (test.values.as_slice(), test.expected_path.as_str()),
            (&["a b".to_owned()][..], "/widgets/a b")
        );
        // A placeholder in the template's query the example fills otherwise: agrees, no test.
        let (report, _) = check_page(&page(
            "GET /sites?search={query}",
            "GET https://graph.microsoft.com/v1.0/sites?q=contoso",
        ));
        assert_eq!((report.checked, report.disagree, report.tests()), (1, 0, 0));
        let (report, _) = check_page(&page(
            "GET /sites?search={query}",
            "GET https://graph.microsoft.com/v1.0/sites?search=contoso",
        ));
        assert_eq!(report.tests[0].values, ["contoso"]);
    }

    #[test]
    fn escapes_are_decoded_and_the_rest_kept() {
        assert_eq!(percent_decode("a%2F..%2Fb%20c"), "a/../b c");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%E2%82%AC"), "%zz€");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
    }
}
