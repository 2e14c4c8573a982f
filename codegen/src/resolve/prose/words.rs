//! The wordings of the `Request body` and `Response` sections, as Graph's pages write them.
//! Every check takes the prose's plain text (code marks and links already reduced to text).

use crate::types::{self, Prim};

/// The first 2xx status the text names: `200 OK`, `201 Created`, `204 No Content` (also
/// `204, No Content`, `207 status`), as a number followed by a reason or `status`/`response`,
/// so that `200 items` and `200-series` are none.
pub(super) fn status(text: &str) -> Option<u16> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).find_map(|pair| match pair {
        [code, next] if is_reason(next) => success_code(code),
        _ => None,
    })
}

/// `200` .. `299` (in quotes or parentheses too), as a number.
pub(super) fn success_code(word: &str) -> Option<u16> {
    let word = word.trim_matches(|c: char| !c.is_ascii_alphanumeric());
    let code: u16 = (word.len() == 3 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())??;
    (200..300).contains(&code).then_some(code)
}

/// Whether a word starts a status's reason (`OK`, `No Content`, `Createdresponse`), or is
/// `status`/`response` after a bare code.
fn is_reason(word: &str) -> bool {
    const REASONS: [&str; 10] = [
        "ok", "created", "accepted", "non", "reset", "partial", "multi", "already", "status",
        "response",
    ];
    let word = word
        .trim_matches(|c: char| !c.is_ascii_alphanumeric())
        .to_ascii_lowercase();
    word == "no" || REASONS.iter().any(|r| word.starts_with(r))
}

/// Whether a link whose text is between `before` and `after` names a type: `Some(true)` for a
/// collection of it (`a collection of [x] objects`, `a collection of one [x] object`, `a list
/// of [x] objects`, `[x] collection`, `the requested [x] objects`), `Some(false)` for one (`a
/// [x] object`, `an updated [x] resource`, `[x] in the response body`); `None` for a link the
/// prose only mentions (`see [x]`, `the list of [x] properties`).
pub(super) fn names_type(before: &str, after: &str) -> Option<bool> {
    let next = first_word(after);
    if next.starts_with("propert") {
        return None;
    }
    // `collection of`, maybe with a word between (`a collection of one [x] object`).
    let words: Vec<&str> = before.split_whitespace().collect();
    let tail = words
        .get(words.len().saturating_sub(3)..)
        .unwrap_or_default()
        .join(" ")
        .to_ascii_lowercase();
    let of_many = ["collection of", "list of", "array of", "set of"]
        .iter()
        .any(|p| tail.contains(p));
    if of_many
        || matches!(
            next.as_str(),
            "collection" | "objects" | "resources" | "entities" | "instances"
        )
    {
        return Some(true);
    }
    matches!(
        next.as_str(),
        "object" | "resource" | "entity" | "instance" | "in" | "type"
    )
    .then_some(false)
}

/// Whether the words just before a link (in its sentence) make it a mention rather than the
/// type of a body: an id of one (`supply the identifier of a [user] object`, `the OData ID of
/// an existing [x]`), a header that points to one (`a Location header pointing to the
/// [operation] resource`, `with a URI to the [x]`, `the location of the [x]`), each of several
/// (`a JSON body of each [x] object in ...`).
pub(super) fn only_mentions(before: &str) -> bool {
    let sentence = before.rsplit(". ").next().unwrap_or(before).to_lowercase();
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let near = words
        .get(words.len().saturating_sub(6)..)
        .unwrap_or_default();
    near.iter().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        matches!(
            w,
            "identifier" | "identifiers" | "id" | "ids" | "header" | "uri" | "location" | "each"
        )
    })
}

/// A primitive the text names as the body: `a String in the response body`, `a Stream`,
/// `a Boolean value`, `a String collection`, `a collection of String`; and whether it is a
/// collection. The name must be capitalized, as the docs write types (`a date` is no `Date`),
/// and `JSON` is no type.
pub(super) fn primitive(text: &str) -> Option<(Prim, bool)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(3).find_map(|window| {
        let [before, name, after] = window else {
            return None;
        };
        let name = name.trim_end_matches(['.', ',']);
        let prim = types::lookup(name).filter(|p| *p != Prim::Json)?;
        if !name.starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        let before = before.to_ascii_lowercase();
        let after = after.to_ascii_lowercase();
        let after = after.trim_end_matches(['.', ',']);
        let collection = before == "of" || after == "collection";
        let article = matches!(before.as_str(), "a" | "an" | "and" | "of" | "the");
        let noun = matches!(
            after,
            "in" | "collection" | "object" | "value" | "values" | "that" | "which" | "indicating"
        );
        (article && noun).then_some((prim, collection))
    })
}

/// Whether the text says the answer has no body: `It does not return anything in the response
/// body`, `and an empty response body`, `no response body`.
pub(super) fn says_no_body(text: &str) -> bool {
    const PHRASES: [&str; 8] = [
        "not return anything",
        "not return a response body",
        "not return a body",
        "no response body",
        "empty response body",
        "empty content",
        "response body is empty",
        "no content in the response body",
    ];
    contains_any(text, &PHRASES)
}

/// Whether the text says to send no body: `Do not supply a request body`, `Don't supply a
/// request body`, `No request body is required`, `This method does not require a request
/// body`; not when it goes on with `However, you can specify properties ...`.
pub(super) fn says_no_request_body(text: &str) -> bool {
    const PHRASES: [&str; 9] = [
        "do not supply a request body",
        "don't supply a request body",
        "do not supply any request body",
        "do not provide a request body",
        "no request body",
        "not require a request body",
        "not require any request body",
        "has no request content",
        "request body is not necessary",
    ];
    contains_any(text, &PHRASES) && !contains_any(text, &["however"])
}

/// Whether the text leaves the body to a table of the page: `provide a JSON object with the
/// following parameters`, `the table below`.
pub(super) fn refers_to_table(text: &str) -> bool {
    contains_any(text, &["the following", "table below", "following table"])
}

/// Whether the text speaks of what the request body holds: `In the request body, supply a JSON
/// representation of ...`, `Provide the new [x] object in the request body`.
pub(super) fn speaks_of_body(text: &str) -> bool {
    contains_any(
        text,
        &[
            "representation",
            "request body",
            "supply",
            "provide",
            "request should be",
        ],
    )
}

/// The first word of `text`, lower-cased, without the punctuation around it.
fn first_word(text: &str) -> String {
    let word = text.split_whitespace().next().unwrap_or_default();
    word.trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Whether `text` contains one of `phrases` (lower-case), in any case, with `’` read as `'`
/// and runs of whitespace as one space (prose text has them collapsed already).
fn contains_any(text: &str, phrases: &[&str]) -> bool {
    let text = text.to_lowercase().replace('’', "'");
    phrases.iter().any(|p| text.contains(p))
}
