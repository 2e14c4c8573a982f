//! URLs: a base URL, a template filled with percent-encoded values, and a query.

use super::{Error, Query};
use percent_encoding::{AsciiSet, CONTROLS, NON_ALPHANUMERIC, utf8_percent_encode};
use std::borrow::Cow;
use std::fmt::Write;

/// What a path parameter keeps as it is: RFC 3986's unreserved characters. Everything else,
/// `/`, `?`, `#`, `%`, space and every non-ASCII byte included, is percent-encoded, so that a
/// value is exactly one segment.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// What a query value keeps as it is: the unreserved characters and those OData writes in its
/// expressions that mean nothing special in a query component (`'`, `(`, `)`, `,`, `$`, `:`,
/// `@`, `/`, `*`, `!`, `?`). `&`, `=`, `+`, `#`, `%`, `;`, `"` and space are encoded.
pub(crate) const COMPONENT: &AsciiSet = &SEGMENT
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b',')
    .remove(b'$')
    .remove(b':')
    .remove(b'@')
    .remove(b'/')
    .remove(b'*')
    .remove(b'!')
    .remove(b'?');

/// Writes `value` as one path segment: percent-encoded, and a value of dots only (`.`, `..`)
/// with its dots encoded (`%2E%2E`), so that no URL normalization takes it for a step.
pub(crate) fn push_segment(out: &mut String, value: &str) {
    if value.bytes().all(|b| b == b'.') {
        for _ in 0..value.len() {
            out.push_str("%2E");
        }
    } else {
        out.extend(utf8_percent_encode(value, SEGMENT));
    }
}

/// Writes `value` as a query component.
pub(crate) fn push_component(out: &mut String, value: &str) {
    out.extend(utf8_percent_encode(value, COMPONENT));
}

/// What a template's literal text cannot hold as it is in a URL, which the page may write
/// (`resizedRange(deltaRows={n}, deltaColumns={n})`, `?$filter=id eq '{id}'`): controls, space,
/// `"`, `#`, `<`, `>`, `\`, `^`, `` ` ``, `{`, `|`, `}` (and every non-ASCII byte). A `%` stays:
/// a page may write `%20` itself.
const LITERAL: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'<')
    .add(b'>')
    .add(b'\\')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// Fills `template`'s placeholders (`{mobileAppId}`, `{id | userPrincipalName}`) with `values`,
/// in order, each encoded for where it is:
/// - in the path, one percent-encoded segment: `/`, `?`, `#`, `%` and space included. A value
///   that is a whole segment cannot be `.` or `..`: URL parsers (WHATWG's, as reqwest's)
///   normalize a dot segment away, even one written `%2E%2E`, so it is an error; a value of
///   more dots (`...`) or dots within a segment (`'..'`) has its dots encoded;
/// - in an OData string literal, `'{id}'`, the same after doubling each `'` as OData escapes it;
/// - after a `?` in the template, a query value;
/// - a OneDrive path, a placeholder right after `:/` or `:` and followed by `:` or the end of
///   the path (`/drives/{drive-id}/root:/{item-path}:/content`, `/me/drive/root:/{item-path}`):
///   a relative path (`Documents/report.docx`), each `/`-separated segment encoded as a segment
///   and the `/`s kept. An empty segment (`a//b`, `/abs`, `a/`) or a `.` or `..` one is an error:
///   a path value never leaves the folder it is in.
///
/// The template's own text is kept, except what a URL cannot hold as it is (a space, `"`, `<`,
/// non-ASCII): percent-encoded. An empty value is an error: `/users//events` would address
/// another resource. So are a count of values that differs from the count of placeholders, and
/// a `{` without its `}`.
///
/// ```
/// let path = docmodel::operation::fill_template(
///     "/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses",
///     &["a/../b?c#d e"],
/// )?;
/// assert_eq!(path, "/deviceAppManagement/mobileApps/a%2F..%2Fb%3Fc%23d%20e/deviceStatuses");
/// let path = docmodel::operation::fill_template(
///     "/drives/{drive-id}/root:/{item-path}:/content",
///     &["b!x", "Documents/Q1 report.docx"],
/// )?;
/// assert_eq!(path, "/drives/b%21x/root:/Documents/Q1%20report.docx:/content");
/// # Ok::<(), docmodel::Error>(())
/// ```
pub fn fill_template(template: &str, values: &[&str]) -> Result<String, Error> {
    let mut out =
        String::with_capacity(template.len() + values.iter().map(|v| v.len()).sum::<usize>());
    let mut values = values.iter();
    let mut in_query = false;
    let mut placeholders = 0usize;
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (literal, after) = rest.split_at(open);
        in_query |= literal.contains('?');
        out.extend(utf8_percent_encode(literal, LITERAL));
        let Some((name, tail)) = after.split_once('}') else {
            return Err(Error::request(format!(
                "URL template `{template}` has a `{{` without `}}`"
            )));
        };
        let name = name.trim_start_matches('{');
        placeholders += 1;
        let Some(value) = values.next() else {
            return Err(Error::request(format!(
                "URL template `{template}` has more placeholders than the values given"
            )));
        };
        let place = Place::of(literal, tail, in_query);
        // An OData string literal (`(period='{period_value}')`).
        let quoted = literal.ends_with('\'') && tail.starts_with('\'');
        // A whole segment of the path (`/users/{id}/events`), which `.` or `..` would make a
        // dot segment.
        let whole = literal.ends_with('/') && (tail.is_empty() || tail.starts_with(['/', '?']));
        if whole && !in_query && matches!(*value, "." | "..") {
            return Err(Error::request(format!(
                "path parameter `{name}` is `{value}`: a URL parser (WHATWG's, as reqwest's and \
                 browsers') takes a dot segment for a step, even written `%2E%2E`, so the request \
                 would go to another resource"
            )));
        }
        push_value(&mut out, name, value, place, quoted)?;
        rest = tail;
    }
    out.extend(utf8_percent_encode(rest, LITERAL));
    let extra = values.len();
    if extra > 0 {
        return Err(Error::request(format!(
            "URL template `{template}` has {placeholders} placeholders, given {} values",
            placeholders + extra
        )));
    }
    Ok(out)
}

/// Where a placeholder is in a template, which says how its value is encoded.
#[derive(Clone, Copy)]
enum Place {
    /// One path segment.
    Segment,
    /// A OneDrive path: segments and their `/`s.
    Path,
    /// A query value.
    Query,
}

impl Place {
    /// The place of a placeholder between the template's `literal` and `tail` text.
    fn of(literal: &str, tail: &str, in_query: bool) -> Place {
        let after_colon = literal.ends_with(':') || literal.ends_with(":/");
        let path_ends = tail.is_empty() || tail.starts_with([':', '?']);
        if in_query {
            Place::Query
        } else if after_colon && path_ends {
            Place::Path
        } else {
            Place::Segment
        }
    }
}

/// Writes the `value` of the placeholder `name` at its `place`; in an OData string literal
/// (`quoted`) with each `'` doubled, so that the value stays one literal once the server has
/// decoded the URL.
fn push_value(
    out: &mut String,
    name: &str,
    value: &str,
    place: Place,
    quoted: bool,
) -> Result<(), Error> {
    if value.is_empty() {
        return Err(Error::request(format!("path parameter `{name}` is empty")));
    }
    let value: Cow<str> = if quoted && value.contains('\'') {
        Cow::Owned(value.replace('\'', "''"))
    } else {
        Cow::Borrowed(value)
    };
    match place {
        Place::Segment => push_segment(out, &value),
        Place::Query => push_component(out, &value),
        Place::Path => {
            for (i, segment) in value.split('/').enumerate() {
                if segment.is_empty() || segment == "." || segment == ".." {
                    return Err(Error::request(format!(
                        "path parameter `{name}` is a path with an empty, `.` or `..` segment: a path value is relative, its segments named and separated by one `/`"
                    )));
                }
                if i > 0 {
                    out.push('/');
                }
                push_segment(out, segment);
            }
        }
    }
    Ok(())
}

/// Joins an absolute `base_url` (`https://graph.microsoft.com/v1.0`, with or without a trailing
/// slash) and a `path` (`/me/events`, with or without a leading slash). The base URL must be
/// `http` or `https`, with a host and without a query or fragment.
pub fn join_url(base_url: &str, path: &str) -> Result<String, Error> {
    if base_url.contains(['?', '#']) {
        return Err(Error::request(format!(
            "base URL `{base_url}` has a query or fragment"
        )));
    }
    check_absolute(base_url, "base URL")?;
    let base = base_url.trim_end_matches('/');
    let path = path.trim_start_matches('/');
    let mut url = String::with_capacity(base.len() + 1 + path.len());
    url.push_str(base);
    url.push('/');
    url.push_str(path);
    Ok(url)
}

/// The URL of an operation: `base_url`, `template` filled with `values` ([`fill_template`]),
/// and the `query` options, if any.
///
/// ```
/// use docmodel::Query;
/// let url = docmodel::operation::url(
///     "https://graph.microsoft.com/v1.0",
///     "/users/{id}/events",
///     &["adele@contoso.com"],
///     Some(&Query::new().select(["subject", "start"]).top(5)),
/// )?;
/// assert_eq!(
///     url,
///     "https://graph.microsoft.com/v1.0/users/adele%40contoso.com/events?$select=subject,start&$top=5"
/// );
/// # Ok::<(), docmodel::Error>(())
/// ```
pub fn url(
    base_url: &str,
    template: &str,
    values: &[&str],
    query: Option<&Query>,
) -> Result<String, Error> {
    let path = fill_template(template, values)?;
    let mut url = join_url(base_url, &path)?;
    if let Some(query) = query.filter(|query| !query.is_empty()) {
        url.push(if url.contains('?') { '&' } else { '?' });
        // Writing to a String cannot fail.
        let _ = write!(url, "{query}");
    }
    Ok(url)
}

/// Checks that `url` is an absolute `http` or `https` URL with a host.
pub(crate) fn check_absolute(url: &str, what: &str) -> Result<(), Error> {
    let message = || format!("{what} `{url}` is not an absolute http or https URL");
    let uri: http::Uri = url
        .parse()
        .map_err(|source| Error::request_from(message(), source))?;
    let scheme_ok = matches!(uri.scheme_str(), Some(s) if s.eq_ignore_ascii_case("https") || s.eq_ignore_ascii_case("http"));
    if !scheme_ok || uri.host().is_none_or(str::is_empty) {
        return Err(Error::request(message()));
    }
    Ok(())
}
