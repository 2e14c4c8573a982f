//! URLs: a base URL, a template filled with percent-encoded values, and a query.

use super::{Error, Query};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
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

/// Fills `template`'s placeholders (`{mobileAppId}`, `{id | userPrincipalName}`) with `values`,
/// in order: each one percent-encoded segment (a placeholder after a `?` in the template is
/// encoded as a query value; in an OData string literal, `'{id}'`, a `'` is doubled first as
/// OData escapes it). An empty value is an error: `/users//events` would address
/// another resource. So are a count of values that differs from the count of placeholders, and
/// a `{` without its `}`.
///
/// ```
/// let path = docmodel::operation::fill_template(
///     "/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses",
///     &["a/../b?c#d e"],
/// )?;
/// assert_eq!(path, "/deviceAppManagement/mobileApps/a%2F..%2Fb%3Fc%23d%20e/deviceStatuses");
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
        out.push_str(literal);
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
        if value.is_empty() {
            return Err(Error::request(format!("path parameter `{name}` is empty")));
        }
        // An OData string literal (`(period='{period_value}')`): a `'` in it is doubled, so
        // that the value stays one literal once the server has decoded the URL.
        let literal_quotes = literal.ends_with('\'') && tail.starts_with('\'');
        let value: Cow<str> = if literal_quotes && value.contains('\'') {
            Cow::Owned(value.replace('\'', "''"))
        } else {
            Cow::Borrowed(value)
        };
        if in_query {
            push_component(&mut out, &value);
        } else {
            push_segment(&mut out, &value);
        }
        rest = tail;
    }
    out.push_str(rest);
    let extra = values.len();
    if extra > 0 {
        return Err(Error::request(format!(
            "URL template `{template}` has {placeholders} placeholders, given {} values",
            placeholders + extra
        )));
    }
    Ok(out)
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
