//! Operations: what generated operation types build and read, sans-IO.
//!
//! An API page documents an operation: a method, one or more URL templates, path parameters, a
//! request body, a response and the permissions it needs. A generated operation type implements
//! [`Operation`]: it *builds* an [`http::Request<Vec<u8>>`] and *reads* an
//! [`http::Response<Vec<u8>>`]. It sends nothing. Any client (reqwest, ureq, hyper, a test double)
//! sends the request and hands the answer back, so docmodel has no HTTP client, no runtime and no
//! TLS stack of its own, and the `http` crate's types are the common vocabulary between the two.
//!
//! The parts, one concern each:
//!
//! - [`url`], [`fill_template`], [`join_url`]: URLs. A path parameter is exactly one percent-encoded
//!   segment (`a/../b` stays one segment; `.` and `..`, which URL parsers take for a step even
//!   written `%2E%2E`, are refused); the
//!   base URL works with or without a trailing slash. A value that cannot go into a request is
//!   an [`Error::Request`], never a panic.
//! - [`Query`]: the OData query options (`$select`, `$filter`, `$top`, ...), typed, encoded in a
//!   fixed order.
//! - [`build_request`], [`build_request_with_body`], [`read_response`], [`read_empty`]: the
//!   helpers a generated impl calls, so that each impl is a few lines.
//! - [`Page`]: a collection answer (`value`, `@odata.nextLink`, ...) and the request for the
//!   next page.
//! - [`GraphError`] and [`Error`]: what can go wrong, told apart: Graph's error JSON, a body
//!   that is not what the page says (with its JSON path), a body that is not JSON (an HTML 502
//!   from a proxy), an unexpected status, a request that cannot be built.
//!
//! ```
//! use docmodel::http::{Method, Response, StatusCode};
//! use docmodel::{Error, Operation, Permissions, Query, operation};
//! use docmodel::serde_json::Value;
//!
//! /// `GET /deviceAppManagement/mobileApps/{mobileAppId}`, as a generated type would be.
//! struct GetMobileApp {
//!     mobile_app_id: String,
//! }
//!
//! impl Operation for GetMobileApp {
//!     const METHOD: Method = Method::GET;
//!     const TEMPLATES: &'static [&'static str] = &["/deviceAppManagement/mobileApps/{mobileAppId}"];
//!     const PERMISSIONS: Permissions = Permissions {
//!         delegated_work: &["DeviceManagementApps.Read.All"],
//!         delegated_personal: &[],
//!         application: &["DeviceManagementApps.Read.All"],
//!     };
//!     type Response = Value;
//!
//!     fn request(&self, base_url: &str) -> Result<docmodel::http::Request<Vec<u8>>, Error> {
//!         operation::build_request(Self::METHOD, base_url, Self::TEMPLATES[0], &[&self.mobile_app_id], None)
//!     }
//!
//!     fn response(response: Response<Vec<u8>>) -> Result<Value, Error> {
//!         operation::read_response(response, StatusCode::OK)
//!     }
//! }
//!
//! let get = GetMobileApp { mobile_app_id: "a/../b".into() };
//! let request = get.request("https://graph.microsoft.com/v1.0/")?;
//! assert_eq!(
//!     request.uri(),
//!     "https://graph.microsoft.com/v1.0/deviceAppManagement/mobileApps/a%2F..%2Fb"
//! );
//! # Ok::<(), Error>(())
//! ```

mod encode;
mod error;
#[doc(hidden)]
pub mod generated;
mod graph_error;
mod page;
mod query;
mod request;
mod response;

pub use encode::{fill_template, join_url, url};
pub use error::Error;
pub use graph_error::{ErrorDetail, GraphError, InnerError, MainError};
pub use page::Page;
pub use query::Query;
pub use request::{build_request, build_request_with_body, get_request};
pub use response::{read_empty, read_response};

use http::{Method, Request, Response};

/// One operation of an API page: how to build its request and read its response.
///
/// Generated for each API page, named after its title (`Create mobileAppInstallStatus` ->
/// `CreateMobileAppInstallStatus`); the impl is a few lines over [`build_request`] and
/// [`read_response`]. Nothing is sent: see the [module](self) docs.
pub trait Operation {
    /// The HTTP method of the page's `## HTTP request` block.
    const METHOD: Method;
    /// The page's URL templates, in the page's order (`/users/{id}/events`), relative to the
    /// base URL (`https://graph.microsoft.com/v1.0`). [`request`](Operation::request) uses one.
    const TEMPLATES: &'static [&'static str];
    /// The permissions the page's table lists.
    const PERMISSIONS: Permissions;
    /// What a successful answer is read as: the page's type, a [`Page`] of it, or `()` for
    /// `204 No Content`.
    type Response;

    /// The request for this operation against `base_url` (`https://graph.microsoft.com/v1.0`,
    /// with or without a trailing slash).
    fn request(&self, base_url: &str) -> Result<Request<Vec<u8>>, Error>;

    /// Reads the answer to the request: the page's response, or the [`Error`] it is.
    fn response(response: Response<Vec<u8>>) -> Result<Self::Response, Error>;
}

/// The permissions an operation needs, as its page's permissions table lists them, least
/// privileged first. An empty list is a kind of account the page says is not supported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Permissions {
    /// Delegated, work or school account.
    pub delegated_work: &'static [&'static str],
    /// Delegated, personal Microsoft account.
    pub delegated_personal: &'static [&'static str],
    /// Application.
    pub application: &'static [&'static str],
}
