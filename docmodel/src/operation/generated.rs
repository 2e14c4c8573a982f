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
