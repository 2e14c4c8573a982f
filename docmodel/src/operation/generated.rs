//! What the `operation!` glue of a generated operation calls: not public API.

use super::{Error, Query, build_request, build_request_with_body, read_empty, read_response};
use http::{Method, Request, Response, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Which of its templates a generated operation's request goes to, and the values of that
/// template's path parameters, in order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PathValues {
    template: usize,
    values: Vec<String>,
}

impl PathValues {
    /// Template `template` (an index into `Operation::TEMPLATES`) filled with `values`.
    #[inline]
    pub fn new<const N: usize>(template: usize, values: [String; N]) -> Self {
        PathValues {
            template,
            values: Vec::from(values),
        }
    }
}

/// The request of a generated operation: `templates[path.template]` filled with the path's
/// values, the query, and the body if it has one.
pub fn request<B: Serialize + ?Sized>(
    method: Method,
    base_url: &str,
    templates: &[&str],
    path: &PathValues,
    query: &Query,
    body: Option<&B>,
) -> Result<Request<Vec<u8>>, Error> {
    let Some(template) = templates.get(path.template) else {
        return Err(Error::request(format!(
            "the operation has {} URL templates, not {}",
            templates.len(),
            path.template + 1
        )));
    };
    let values: Vec<&str> = path.values.iter().map(String::as_str).collect();
    let query = (!query.is_empty()).then_some(query);
    match body {
        Some(body) => build_request_with_body(method, base_url, template, &values, query, body),
        None => build_request(method, base_url, template, &values, query),
    }
}

/// An answer of `status` with a JSON body of type `T`.
#[inline]
pub fn json<T: DeserializeOwned>(response: Response<Vec<u8>>, status: u16) -> Result<T, Error> {
    read_response(response, status_code(status))
}

/// An answer of `status` without a body.
#[inline]
pub fn empty(response: Response<Vec<u8>>, status: u16) -> Result<(), Error> {
    read_empty(response, status_code(status))
}

/// The status code `status`; docmodel generates only codes from 100 to 999, which are valid.
fn status_code(status: u16) -> StatusCode {
    StatusCode::from_u16(status).unwrap_or(StatusCode::OK)
}

/// The base URL request examples are built against.
const EXAMPLE_BASE: &str = "https://graph.microsoft.com/v1.0";

/// Checks that `operation` builds the request of a page's request example: `method`, the
/// percent-decoded `path` (relative to the service root; compared without regard to ASCII case,
/// as Graph reads URLs) and the JSON `body` (compared as JSON values), or no body. The message
/// says what differs.
pub fn request_example<O: super::Operation>(
    operation: &O,
    method: &str,
    path: &str,
    body: Option<&str>,
) -> Result<(), String> {
    let request = operation
        .request(EXAMPLE_BASE)
        .map_err(|e| format!("the operation cannot build the example's request: {e}"))?;
    if request.method().as_str() != method {
        return Err(format!(
            "the request's method is {}, the example's {method}",
            request.method()
        ));
    }
    let built = request.uri().path();
    let built = built.strip_prefix("/v1.0").unwrap_or(built);
    let built = percent_encoding::percent_decode_str(built).decode_utf8_lossy();
    // A trailing `/` is no difference: a template and its example may write it or not.
    let (built, expected) = (built.trim_end_matches('/'), path.trim_end_matches('/'));
    if !built.eq_ignore_ascii_case(expected) {
        return Err(format!(
            "the request's path is `{built}`, the example's `{expected}`"
        ));
    }
    match body {
        None if request.body().is_empty() => Ok(()),
        None => Err("the request has a body, the example none".to_owned()),
        Some(json) => {
            let expected: serde_json::Value = serde_json::from_str(json)
                .map_err(|e| format!("the example's body is not JSON: {e}"))?;
            let sent: serde_json::Value = serde_json::from_slice(request.body())
                .map_err(|e| format!("the request's body is not JSON: {e}"))?;
            if sent == expected {
                Ok(())
            } else {
                Err(format!(
                    "the request's body is {sent}, the example's {expected}"
                ))
            }
        }
    }
}
