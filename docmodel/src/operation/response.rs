//! Reading responses: what a generated `Operation::response` calls.

use super::{Error, GraphError};
use http::{HeaderMap, Response, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Reads an answer whose page says it is `expected` with a JSON body of type `T`
/// (`201 Created` and the object, `200 OK` and a [`Page`](super::Page)).
///
/// Any `2xx` is a success, not only `expected`: Graph answers some operations with another
/// success than their page names (a `200` and the object for an update documented as `204`, a
/// `202` where the page says `200`), and a call that succeeded must not read as an error. A
/// success without a body where a `T` is expected (a `204`) is [`Error::Status`] with a `null`
/// body. A body that is not a `T` is [`Error::Body`] with the path where reading failed
/// (`value[1].id`), or [`Error::NotJson`] if it is not JSON at all (an HTML page).
///
/// Any other status is an error: Graph's error JSON is [`Error::Graph`], other JSON or no body
/// is [`Error::Status`], anything else [`Error::NotJson`].
pub fn read_response<T: DeserializeOwned>(
    response: Response<Vec<u8>>,
    expected: StatusCode,
) -> Result<T, Error> {
    // `expected` documents the page's status; any success reads (see above).
    let _ = expected;
    let (parts, body) = response.into_parts();
    let no_body = body.iter().all(u8::is_ascii_whitespace);
    if !parts.status.is_success() || no_body {
        return Err(unexpected(parts.status, &parts.headers, &body));
    }
    let mut deserializer = serde_json::Deserializer::from_slice(&body);
    let read = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| (error.path().to_string(), error.into_inner()))
        // Trailing characters after the value, as `serde_json::from_slice` refuses them.
        .and_then(|read| {
            deserializer
                .end()
                .map(|()| read)
                .map_err(|error| (".".to_owned(), error))
        });
    read.map_err(|(path, source)| {
        if source.is_syntax() || source.is_eof() {
            let first = body.iter().find(|b| !b.is_ascii_whitespace());
            if !matches!(first, Some(b'{' | b'[' | b'"')) {
                return Error::not_json(parts.status, &parts.headers, &body);
            }
        }
        Error::Body {
            status: parts.status,
            path,
            source,
        }
    })
}

/// Reads an answer whose page says it is `expected` with no body (`204 No Content`): `()`.
/// Any `2xx` is a success, as for [`read_response`], and its body, if any, is ignored; another
/// status is an error, as for [`read_response`].
pub fn read_empty(response: Response<Vec<u8>>, expected: StatusCode) -> Result<(), Error> {
    let _ = expected;
    let (parts, body) = response.into_parts();
    if !parts.status.is_success() {
        return Err(unexpected(parts.status, &parts.headers, &body));
    }
    Ok(())
}

/// The error an answer with another status than the page's is.
fn unexpected(status: StatusCode, headers: &HeaderMap, body: &[u8]) -> Error {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Error::Status {
            status,
            body: Value::Null,
        };
    }
    match serde_json::from_slice::<Value>(body) {
        Err(_) => Error::not_json(status, headers, body),
        Ok(body) => match GraphError::from_value(status, &body) {
            Ok(error) => Error::Graph(Box::new(error)),
            Err(_) => Error::Status { status, body },
        },
    }
}
