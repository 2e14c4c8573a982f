//! Building requests: what a generated `Operation::request` calls.

use super::encode::{check_absolute, url};
use super::{Error, Query};
use http::header::{ACCEPT, CONTENT_TYPE};
use http::{Method, Request};
use serde::Serialize;

const JSON: &str = "application/json";

/// A request without a body: `method` on `base_url` joined with `template` filled with
/// `values` in order (each one path segment, see [`fill_template`](super::fill_template)),
/// with the `query` options. It accepts JSON.
///
/// ```
/// use docmodel::http::Method;
/// let request = docmodel::operation::build_request(
///     Method::DELETE,
///     "https://graph.microsoft.com/v1.0/",
///     "/deviceAppManagement/mobileApps/{mobileAppId}",
///     &["a/../b"],
///     None,
/// )?;
/// assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/deviceAppManagement/mobileApps/a%2F..%2Fb");
/// assert!(request.body().is_empty());
/// # Ok::<(), docmodel::Error>(())
/// ```
pub fn build_request(
    method: Method,
    base_url: &str,
    template: &str,
    values: &[&str],
    query: Option<&Query>,
) -> Result<Request<Vec<u8>>, Error> {
    let url = url(base_url, template, values, query)?;
    request(method, &url, None)
}

/// A request with `body` written as JSON (`Content-Type: application/json`); otherwise as
/// [`build_request`]. A body that cannot be written as JSON is an [`Error::Request`].
pub fn build_request_with_body<B: Serialize + ?Sized>(
    method: Method,
    base_url: &str,
    template: &str,
    values: &[&str],
    query: Option<&Query>,
    body: &B,
) -> Result<Request<Vec<u8>>, Error> {
    let url = url(base_url, template, values, query)?;
    let body = serde_json::to_vec(body).map_err(|source| {
        Error::request_from("the body cannot be written as JSON".into(), source)
    })?;
    request(method, &url, Some(body))
}

/// A `GET` of an absolute `http` or `https` URL, used as given: the request for a page's
/// `@odata.nextLink` or `@odata.deltaLink`.
pub fn get_request(url: &str) -> Result<Request<Vec<u8>>, Error> {
    check_absolute(url, "URL")?;
    request(Method::GET, url, None)
}

fn request(method: Method, url: &str, body: Option<Vec<u8>>) -> Result<Request<Vec<u8>>, Error> {
    let mut builder = Request::builder()
        .method(method)
        .uri(url)
        .header(ACCEPT, JSON);
    if body.is_some() {
        builder = builder.header(CONTENT_TYPE, JSON);
    }
    builder
        .body(body.unwrap_or_default())
        .map_err(|source| Error::request_from(format!("`{url}` cannot be a request's URL"), source))
}
