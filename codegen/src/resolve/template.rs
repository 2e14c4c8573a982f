//! URL templates: a request line's URL as the runtime's `fill_template` takes it, with the Rust
//! names of its path parameters.
//!
//! # What a template is
//!
//! [`template`] takes the URL of a request line as the page writes it and gives it relative to
//! the base URL, otherwise as written:
//! - an absolute URL loses its scheme, host and version segment
//!   (`https://graph.microsoft.com/v1.0/me/events` -> `/me/events`, `/beta` alike);
//! - a URL that starts with a segment's name (`policies/tokenLifetimePolicies`, as a few pages
//!   write it) is relative to the base URL too: it gets its leading `/`;
//! - `{name}` is a placeholder, its text kept as written (`{id | userPrincipalName}`); so is
//!   `<name>` (`range(address='<address>')`, as the workbook pages write it), written `{name}`;
//! - placeholders may be anywhere: a path segment (`/users/{id}`), an OData function's
//!   parameter (`getEmailActivityCounts(period='{period_value}')`), a key (`roleTemplateId={id}`),
//!   a OneDrive path (`root:/{item-path}:/content`) or the query
//!   (`?startDateTime={start_datetime}`): the runtime encodes each for where it is.
//!
//! It is an error, with what to write instead, when the URL cannot be a request's: nothing
//! after the version, a start that is neither `/` nor a segment's name, a `{` without `}` or the
//! reverse, a placeholder inside another, an empty `{}` or first alternative (`{ | name}`), a
//! `<` or `>` that is no `<name>`, a `|` outside braces (`{user-id} | user-principal-name`), a
//! `#`; and in the path (before `?`): a space outside parentheses (prose, not a URL), an empty
//! segment (`//`), a segment in parentheses (`/(team-id)/`), unbalanced parentheses, or a
//! function parameter that is a sample word rather than a value (`rowsBelow(count=n)`,
//! `(startDateTime=startDateTime-value)`: OData values are numbers, quoted strings, `true`,
//! `false`, `null` or placeholders). A URL with sample values where a template has placeholders
//! (`/me/todo/lists/gDbc8U7HGwADDZocJgAAAA==/tasks`) cannot be told from a template and is one.
//!
//! # Parameter names
//!
//! Each placeholder is a parameter of the operation's constructor, in template order, named by
//! its first alternative (`id | userPrincipalName` -> `id`) in snake_case (`mobileAppId` ->
//! `mobile_app_id`, `drive-id` -> `drive_id`). A bare `id` (in any case) is named after the
//! segment before it, singular: `/users/{id}` -> `user_id`, `/users('{id}')` and
//! `/users(id='{id}')` alike; `id` when no segment's name is right before it. The singular:
//! `-ies` -> `-y` (`policies`), `-sses`, `-xes`, `-ches`, `-shes`, `-uses` lose `-es`
//! (`addresses`, `statuses`), another final `s` after a letter other than `s`, `u`, `i` goes
//! (`users`); any other segment stays (`organization`). A name the operation's fields take
//! (`body`, `query`) gets a `_` (`query_`); a name an earlier parameter has gets `_2`, `_3`, ...
//! (`resizedRange(deltaRows={n}, deltaColumns={n})` -> `n`, `n_2`).
//!
//! # Constructor names
//!
//! [`constructor_names`]: `new` for the first template; for each other one, `at_` and the
//! shortest run of its first literal segments, after the ones all templates share, that no other
//! template starts with there, in snake_case (`/me/events/{id}`, `/users/{id}/events/{id}`,
//! `/me/calendar/events/{id}` -> `new`, `at_users`, `at_me_calendar`). A literal segment is a
//! segment's name before any `(`, `=`, `:`, `'` or placeholder (`search(q='{text}')` ->
//! `search`, `root:` -> `root`); a segment that starts with a placeholder has none. A template
//! with no such run (its literal segments are another's) is `at_template_N`, N its 1-based
//! place; a name already given gets `_` until it is free.

use crate::names::{self, Name};

/// A URL template of an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// The template relative to the base URL, as `docmodel::operation::fill_template` takes it:
    /// `/users/{id | userPrincipalName}/events`.
    pub text: String,
    /// The placeholders, in order.
    pub params: Vec<Param>,
}

/// A placeholder of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    /// The placeholder's text between the braces, trimmed (`id | userPrincipalName`).
    pub placeholder: String,
    /// The Rust name of the constructor's parameter.
    pub ident: Name,
}

/// The names of the operation's other fields, which no parameter takes.
const RESERVED: &[&str] = &["body", "query"];

// What is wrong with a URL that is no template, and what to write instead.
const NO_URL: &str = "the request line has no URL: write the path after the method";
const NO_PATH: &str = "has no path after the host and version: write the operation's path, as `https://graph.microsoft.com/v1.0/me/events`";
const START: &str =
    "starts neither with `/` nor with a segment's name: write the path, as `/me/events`";
const ANGLE: &str =
    "has a `<` or `>` that is not around a placeholder's name: write a placeholder as `{name}`";
const NESTED: &str = "has a placeholder inside another: close each `{` with `}` before the next";
const CLOSE: &str = "has a `}` without `{`: write a placeholder as `{name}`";
const OPEN: &str = "has a `{` without `}`: close the placeholder";
const UNNAMED: &str = "has a placeholder without a name (`{}` or `{ | name}`): name it, as `{id}`";
const FRAGMENT: &str = "has a `#`: a request's URL has no fragment; write `%23` for a `#` in it";
const PIPE: &str = "has a `|` outside braces: write alternatives inside the placeholder, as `{id | userPrincipalName}`";
const CLOSE_PAREN: &str = "has a `)` without `(` in its path: balance the parentheses";
const OPEN_PAREN: &str = "has a `(` without `)` in its path: balance the parentheses";
const SPACE: &str = "has a space in its path, outside placeholders and parentheses: write the URL alone, as `/me/events`";
const EMPTY_SEGMENT: &str =
    "has an empty segment (`//`): remove a `/` or put the placeholder between them";

/// The message for `url`, which is no template: `url` and `why`.
fn invalid(url: &str, why: &str) -> String {
    format!("`{url}` {why}")
}

/// A placeholder's first alternative, trimmed: `id` in `id | userPrincipalName`.
fn first_alternative(inner: &str) -> &str {
    inner.split('|').next().unwrap_or_default().trim()
}

/// The template of a request line's URL, or why it is none.
pub fn template(url: &str) -> Result<Template, String> {
    let url = url.trim();
    let path = relative(url)?;
    let text = angle_placeholders(&path, url)?;
    let spans = placeholders(&text, url)?;
    let skeleton = skeleton(&text, &spans);
    check_literals(&skeleton, url)?;
    let params = params(&text, &spans)?;
    Ok(Template { text, params })
}

/// A placeholder's place in a template: from its `{` to after its `}`, and its trimmed text.
struct Span<'a> {
    start: usize,
    end: usize,
    inner: &'a str,
}

/// `url` relative to the base URL: without scheme, host and version; with a leading `/`.
fn relative(url: &str) -> Result<String, String> {
    let scheme = ["https://", "http://"].iter().find_map(|scheme| {
        let head = url.get(..scheme.len())?;
        head.eq_ignore_ascii_case(scheme)
            .then(|| url.get(scheme.len()..))
            .flatten()
    });
    let path = match scheme {
        None => url,
        Some(rest) => {
            let after_host = rest.split_once('/').map_or("", |(_, after)| after);
            match after_host.find('/') {
                Some(slash) => after_host.split_at(slash).1,
                None => return Err(invalid(url, NO_PATH)),
            }
        }
    };
    if path.starts_with('/') {
        Ok(path.to_owned())
    } else if path.starts_with(|c: char| c.is_ascii_alphabetic() || c == '$') {
        Ok(format!("/{path}"))
    } else if path.is_empty() {
        Err(NO_URL.to_owned())
    } else {
        Err(invalid(url, START))
    }
}

/// Whether `c` may be in a `<name>` placeholder.
fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')
}

/// `path` with each `<name>` written `{name}`; an error for another `<` or `>`.
fn angle_placeholders(path: &str, url: &str) -> Result<String, String> {
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(open) = rest.find(['<', '>']) {
        let (literal, after) = rest.split_at(open);
        out.push_str(literal);
        let name_and_tail = after.strip_prefix('<').and_then(|s| s.split_once('>'));
        let Some((name, tail)) =
            name_and_tail.filter(|(name, _)| !name.is_empty() && name.chars().all(is_name_char))
        else {
            return Err(invalid(url, ANGLE));
        };
        out.push('{');
        out.push_str(name);
        out.push('}');
        rest = tail;
    }
    out.push_str(rest);
    Ok(out)
}

/// The placeholders of `text`, in order; an error for a brace out of place or an empty one.
fn placeholders<'a>(text: &'a str, url: &str) -> Result<Vec<Span<'a>>, String> {
    let mut spans = Vec::new();
    let mut open = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('{', Some(_)) => return Err(invalid(url, NESTED)),
            ('{', None) => open = Some(i),
            ('}', None) => return Err(invalid(url, CLOSE)),
            ('}', Some(start)) => {
                let inner = text.get(start + 1..i).unwrap_or_default().trim();
                if first_alternative(inner).is_empty() {
                    return Err(invalid(url, UNNAMED));
                }
                spans.push(Span {
                    start,
                    end: i + 1,
                    inner,
                });
                open = None;
            }
            _ => {}
        }
    }
    match open {
        Some(_) => Err(invalid(url, OPEN)),
        None => Ok(spans),
    }
}

/// `text` with each placeholder written `{}`, for the checks of what is around them.
fn skeleton(text: &str, spans: &[Span]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for span in spans {
        out.push_str(text.get(from..span.start).unwrap_or_default());
        out.push_str("{}");
        from = span.end;
    }
    out.push_str(text.get(from..).unwrap_or_default());
    out
}

/// Checks the template's text outside its placeholders (`skeleton`).
fn check_literals(skeleton: &str, url: &str) -> Result<(), String> {
    if skeleton.contains('#') {
        return Err(invalid(url, FRAGMENT));
    }
    if skeleton.contains('|') {
        return Err(invalid(url, PIPE));
    }
    let path = skeleton.split('?').next().unwrap_or_default();
    check_parentheses(path, url)?;
    let segments = segments(path);
    let last = segments.len().saturating_sub(1);
    for (i, segment) in segments.into_iter().enumerate() {
        check_segment(segment, i == last, url)?;
    }
    Ok(())
}

/// Checks that the parentheses of the path `path` are balanced and that it has no space outside
/// them (a space there is prose, not a URL).
fn check_parentheses(path: &str, url: &str) -> Result<(), String> {
    let mut depth = 0usize;
    for c in path.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return Err(invalid(url, CLOSE_PAREN)),
            ')' => depth -= 1,
            c if c.is_whitespace() && depth == 0 => return Err(invalid(url, SPACE)),
            _ => {}
        }
    }
    if depth > 0 {
        return Err(invalid(url, OPEN_PAREN));
    }
    Ok(())
}

/// The segments of `path` after its leading `/`, split at the `/`s outside parentheses.
fn segments(path: &str) -> Vec<&str> {
    let path = path.strip_prefix('/').unwrap_or(path);
    let mut segments = Vec::new();
    let (mut depth, mut from) = (0usize, 0);
    for (i, c) in path.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '/' if depth == 0 => {
                segments.push(path.get(from..i).unwrap_or_default());
                from = i + 1;
            }
            _ => {}
        }
    }
    segments.push(path.get(from..).unwrap_or_default());
    segments
}

/// Checks one segment of a template's path (`last`: the one before the query, which may be
/// empty: `/communications/onlineMeetings/?$filter=`).
fn check_segment(segment: &str, last: bool, url: &str) -> Result<(), String> {
    if segment.is_empty() && !last {
        return Err(invalid(url, EMPTY_SEGMENT));
    }
    if segment.starts_with('(') {
        return Err(format!(
            "`{url}` has a segment in parentheses, `{segment}`: write a placeholder as `{{name}}`"
        ));
    }
    let arguments = segment
        .split_once('(')
        .and_then(|(_, rest)| rest.rsplit_once(')'))
        .map(|(arguments, _)| arguments)
        .filter(|arguments| !arguments.contains('('));
    for argument in arguments.into_iter().flat_map(|a| a.split(',')) {
        let value = argument.split_once('=').map_or(argument, |(_, v)| v).trim();
        if is_sample_word(value) {
            return Err(format!(
                "`{url}` gives the function parameter `{}` a sample word, not a value: write a placeholder, as `{{{value}}}`",
                argument.trim()
            ));
        }
    }
    Ok(())
}

/// Whether a function parameter's `value` is a word that is no OData value (`n`,
/// `startDateTime-value`) rather than a number, a (typed) string, `true`, `false`, `null` or a
/// placeholder.
fn is_sample_word(value: &str) -> bool {
    value.starts_with(|c: char| c.is_ascii_alphabetic())
        && !value.contains(['\'', '{'])
        && !["true", "false", "null"]
            .iter()
            .any(|word| value.eq_ignore_ascii_case(word))
}

/// The parameters of a template's placeholders, named as the module documentation says.
fn params(text: &str, spans: &[Span]) -> Result<Vec<Param>, String> {
    let mut params: Vec<Param> = Vec::with_capacity(spans.len());
    let mut from = 0;
    for span in spans {
        let first = first_alternative(span.inner);
        let before = text.get(from..span.start).unwrap_or_default();
        let base = match segment_before(before).filter(|_| first.eq_ignore_ascii_case("id")) {
            Some(segment) => names::field_name(&format!("{}_id", singular(segment))),
            None => names::field_name(first),
        }
        .map_err(|error| error.to_string())?;
        let mut ident = base.free(|name| RESERVED.contains(&name));
        let bare = ident.to_string();
        let bare = bare.trim_start_matches("r#");
        for n in 2.. {
            if !params.iter().any(|p| p.ident == ident) {
                break;
            }
            ident = names::field_name(&format!("{bare}_{n}")).map_err(|e| e.to_string())?;
        }
        params.push(Param {
            placeholder: span.inner.to_owned(),
            ident,
        });
        from = span.end;
    }
    Ok(params)
}

/// The name of the segment right before a placeholder, from the literal text `before` it:
/// `users` in `/users/`, `/users('` and `/users(id='`; none if that is not a name.
fn segment_before(before: &str) -> Option<&str> {
    let last = before.trim_end_matches('/').rsplit('/').next()?;
    let last = if before.ends_with('/') {
        last
    } else {
        // In a segment, only OData key syntax has a name before it: `users(` or `users(id=`.
        let (name, key) = last.split_once('(')?;
        let key = key.trim_end_matches('\'');
        let key_ok = key.is_empty()
            || key
                .strip_suffix('=')
                .is_some_and(|k| k.eq_ignore_ascii_case("id"));
        if !key_ok {
            return None;
        }
        name
    };
    let is_name = last.starts_with(|c: char| c.is_ascii_alphabetic())
        && last
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    is_name.then_some(last)
}

/// Plural endings and their singular, the first that ends a segment applies (`ss`, `us`, `is`
/// stay; another final `s` goes).
const PLURALS: &[(&str, &str)] = &[
    ("ies", "y"),
    ("sses", "ss"),
    ("xes", "x"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("uses", "us"),
    ("ss", "ss"),
    ("us", "us"),
    ("is", "is"),
    ("s", ""),
];

/// `segment` in the singular, by [`PLURALS`].
fn singular(segment: &str) -> String {
    PLURALS
        .iter()
        .find_map(|(plural, one)| {
            let stem = segment
                .strip_suffix(plural)
                .filter(|stem| !stem.is_empty())?;
            Some(format!("{stem}{one}"))
        })
        .unwrap_or_else(|| segment.to_owned())
}

/// The names of the constructors of an operation with these templates: `new` for the first.
pub fn constructor_names(templates: &[Template]) -> Vec<Name> {
    let lists: Vec<Vec<&str>> = templates
        .iter()
        .map(|t| literal_segments(&t.text))
        .collect();
    let shared = shared_prefix(&lists);
    let mut names: Vec<Name> = Vec::with_capacity(templates.len());
    for i in 0..lists.len() {
        let name = if i == 0 {
            Name::generated("new")
        } else {
            unique_run(i, &lists, shared)
                .and_then(|run| names::field_name(&format!("at_{}", run.join("_"))).ok())
                .filter(|name| !names.contains(name))
                .or_else(|| names::field_name(&format!("at_template_{}", i + 1)).ok())
                .unwrap_or_else(|| Name::generated("at_template"))
        };
        let name = name.free(|text| names.iter().any(|given| *given == *text));
        names.push(name);
    }
    names
}

/// The literal segments of a template's path: each segment's name before any `(`, `=`, `:`,
/// `'` or placeholder, if it has one.
fn literal_segments(text: &str) -> Vec<&str> {
    let path = text.split('?').next().unwrap_or_default();
    segments(path)
        .into_iter()
        .filter_map(|segment| {
            let name = segment
                .split(['(', '=', ':', '\'', '{'])
                .next()
                .unwrap_or_default()
                .trim();
            (!name.is_empty()).then_some(name)
        })
        .collect()
}

/// How many first literal segments all `lists` share.
fn shared_prefix(lists: &[Vec<&str>]) -> usize {
    let Some((first, others)) = lists.split_first() else {
        return 0;
    };
    (0..first.len())
        .take_while(|&k| others.iter().all(|other| other.get(k) == first.get(k)))
        .count()
}

/// The shortest run of `lists[i]`'s first literal segments after the `shared` ones that no
/// other list has there.
fn unique_run<'a>(i: usize, lists: &'a [Vec<&'a str>], shared: usize) -> Option<&'a [&'a str]> {
    let own = lists.get(i)?;
    (shared + 1..=own.len()).find_map(|end| {
        let run = own.get(shared..end)?;
        let taken = lists
            .iter()
            .enumerate()
            .any(|(j, other)| j != i && other.get(shared..end) == Some(run));
        (!taken).then_some(run)
    })
}

#[cfg(test)]
#[path = "template_tests.rs"]
mod tests;
