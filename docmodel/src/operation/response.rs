//! Reading responses: what a generated `Operation::response` calls.

use super::{Error, GraphError};
use http::{HeaderMap, Response, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Reads an answer whose page says it is `expected` with a JSON body of type `T`
/// (`201 Created` and the object, `200 OK` and a [`Page`](super::Page)).
///
/// Another status is an error: Graph's error JSON is [`Error::Graph`], other JSON or no body
/// is [`Error::Status`], anything else [`Error::NotJson`]. With the expected status, a body that
/// is not a `T` is [`Error::Body`] with the path where reading failed (`value[1].id`), or
/// [`Error::NotJson`] if it is not JSON at all (an HTML page, an empty body).
pub fn read_response<T: DeserializeOwned>(
    response: Response<Vec<u8>>,
    expected: StatusCode,
) -> Result<T, Error> {
    let (parts, body) = response.into_parts();
    if parts.status != expected {
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
/// A body with the expected status is ignored; another status is an error, as for
/// [`read_response`].
pub fn read_empty(response: Response<Vec<u8>>, expected: StatusCode) -> Result<(), Error> {
    let (parts, body) = response.into_parts();
    if parts.status != expected {
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
