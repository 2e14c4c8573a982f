//! What can go wrong with an operation.

use super::GraphError;
use http::StatusCode;
use serde_json::Value;
use std::error::Error as StdError;
use std::fmt;

/// What went wrong with an operation, told apart by what the caller can do about it.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Graph answered with an error status and its error JSON (`{"error": {"code", ...}}`).
    Graph(Box<GraphError>),
    /// The answer has the expected status, but its body is not what the page says: a member of
    /// the wrong type, a missing `value`, JSON cut short.
    Body {
        /// The answer's status.
        status: StatusCode,
        /// Where in the body reading failed (`value[1].id`), as `serde_path_to_error` gives
        /// it; `.` for the body as a whole.
        path: String,
        /// What serde_json found there.
        source: serde_json::Error,
    },
    /// The body is not JSON at all (an HTML `502 Bad Gateway` page from a proxy), or is empty
    /// with the status that has a body.
    NotJson {
        /// The answer's status.
        status: StatusCode,
        /// The answer's `Content-Type`, if it had a readable one.
        content_type: Option<String>,
        /// The first characters of the body (at most [`Error::SNIPPET`]; invalid UTF-8 replaced).
        snippet: String,
    },
    /// An unexpected status with a JSON body that is not a Graph error, or with no body (a
    /// `401` without one, a `204` where the page says `200 OK` and an object).
    Status {
        /// The answer's status.
        status: StatusCode,
        /// The body; `null` when there is none.
        body: Value,
    },
    /// The request cannot be built: a base URL that is not an absolute URL, an empty path
    /// parameter, a body that cannot be written as JSON, a URL the `http` crate refuses.
    Request {
        /// What is wrong, with the value.
        message: String,
        /// The underlying error, if any.
        source: Option<Box<dyn StdError + Send + Sync>>,
    },
    /// The client could not send the request or read its answer (no connection, a timeout, a
    /// TLS failure). docmodel sends nothing, so it never makes this one: the code around a
    /// client does, with [`Error::send`], so that one error type covers a call.
    Send(Box<dyn StdError + Send + Sync>),
}

impl Error {
    /// The most characters of a body that [`Error::NotJson`] keeps.
    pub const SNIPPET: usize = 200;

    /// The HTTP status of the answer, for every error but [`Error::Request`] and [`Error::Send`].
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Graph(error) => Some(error.status),
            Error::Body { status, .. }
            | Error::NotJson { status, .. }
            | Error::Status { status, .. } => Some(*status),
            Error::Request { .. } | Error::Send(_) => None,
        }
    }

    /// A client's failure to send a request or read its answer ([`Error::Send`]).
    pub fn send(source: impl StdError + Send + Sync + 'static) -> Self {
        Error::Send(Box::new(source))
    }

    pub(crate) fn request(message: String) -> Self {
        Error::Request {
            message,
            source: None,
        }
    }

    pub(crate) fn request_from(
        message: String,
        source: impl StdError + Send + Sync + 'static,
    ) -> Self {
        Error::Request {
            message,
            source: Some(Box::new(source)),
        }
    }

    pub(crate) fn not_json(status: StatusCode, headers: &http::HeaderMap, body: &[u8]) -> Self {
        let content_type = headers
            .get(http::header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .map(str::to_owned);
        let text = String::from_utf8_lossy(body);
        let snippet = text.chars().take(Self::SNIPPET).collect();
        Error::NotJson {
            status,
            content_type,
            snippet,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Graph(error) => write!(f, "Graph error: {error}"),
            Error::Body {
                status,
                path,
                source,
            } => {
                write!(
                    f,
                    "the {status} answer's body is not what the page says, at {path}: {source}"
                )
            }
            Error::NotJson {
                status,
                content_type,
                snippet,
            } => {
                write!(f, "the {status} answer's body is not JSON")?;
                if let Some(content_type) = content_type {
                    write!(f, " ({content_type})")?;
                }
                if snippet.is_empty() {
                    f.write_str(": it is empty")
                } else {
                    write!(f, ": {snippet:?}")
                }
            }
            Error::Status {
                status,
                body: Value::Null,
            } => {
                write!(f, "unexpected status {status}, with no body")
            }
            Error::Status { status, body } => {
                let body = body.to_string();
                let snippet: String = body.chars().take(Self::SNIPPET).collect();
                write!(
                    f,
                    "unexpected status {status}, with a body that is not a Graph error: {snippet}"
                )
            }
            Error::Request { message, .. } => write!(f, "cannot build the request: {message}"),
            Error::Send(source) => write!(
                f,
                "the request was not sent, or its answer not read: {source}"
            ),
        }
    }
}

impl StdError for Error {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        match self {
            Error::Graph(error) => Some(error.as_ref()),
            Error::Body { source, .. } => Some(source),
            Error::Request {
                source: Some(source),
                ..
            } => Some(source.as_ref()),
            Error::Send(source) => Some(source.as_ref()),
            Error::NotJson { .. } | Error::Status { .. } | Error::Request { source: None, .. } => {
                None
            }
        }
    }
}
