//! What an API page's prose says of its operation: the response (`returns a `201 Created`
//! response code and a [x](x.md) object`), the request body (`supply a JSON representation of
//! ...`, `Do not supply a request body`) and the permissions table.

use crate::defs::{BodyDef, PermissionsDef, ResponseBody, ResponseDef};
use crate::page::Page;

/// What the page's `Response` section (else its response example) says a successful answer is.
pub fn response(page: &Page, namespace: &str) -> ResponseDef {
    let _ = (page, namespace);
    ResponseDef {
        status: None,
        body: ResponseBody::Json,
    }
}

/// What the page's `Request body` prose says the body is, if it says: `Some(BodyDef::None)` for
/// `Do not supply a request body`, a type it links, or `None` when the prose decides nothing.
pub fn request_body(page: &Page, namespace: &str) -> Option<BodyDef> {
    let _ = (page, namespace);
    None
}

/// The page's permissions table.
pub fn permissions(page: &Page) -> PermissionsDef {
    let _ = page;
    PermissionsDef::default()
}
