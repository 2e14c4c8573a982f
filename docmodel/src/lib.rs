//! Serde types compiled from Markdown API reference pages, at build time.
//!
//! ```
//! docmodel::include_models!("../docs/intune-apps-mobileappinstallstatus-create.md");
//!
//! use docmodel::serde_json::{self, json};
//!
//! let read = json!({
//!     "installState": "failed",
//!     "lastSyncDateTime": "2017-01-01T00:02:49.3205976-08:00",
//!     "deviceName": null,
//!     "somethingNew": [1, 2]
//! });
//! let status: MobileAppInstallStatus = serde_json::from_value(read.clone())?;
//! assert_eq!(status.install_state, Some(ResultantAppState::Failed));
//! assert_eq!(serde_json::to_value(&status)?, read);
//! # Ok::<(), serde_json::Error>(())
//! ```
//!
//! expands to one struct per page and one enum per listed set of values, with `Serialize` and
//! `Deserialize` impls that keep everything the doc does not describe, so that a value read from
//! JSON writes back the same JSON. See the README for the type mapping and the naming rules.
//!
//! This is the only crate a models crate depends on: the generated code names everything it
//! needs (serde included) through it.

#![forbid(unsafe_code)]
// No panics on any input: the runtime reads untrusted JSON. Tests may unwrap what they set up.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented
    )
)]

pub mod operation;
pub mod types;

mod debug;
mod example;
mod extra;
mod flags;
mod glue;
mod object;
mod poly;
mod raw;

pub use extra::{Extra, Unrecognized};
pub use flags::Flags;
/// The `http` crate (1.x) whose `Request`, `Response`, `Method` and `StatusCode` operations
/// build and read ([`Operation`]).
pub use http;
pub use operation::{Error, GraphError, Operation, Page, Permissions, Query};
/// The `serde_json` this crate was built with: unknown members are read as its `Value` and `Map`
/// ([`Extra::members`], [`Extra::get`]).
pub use serde_json;
pub use serde_json::{Map, Value};

/// Generates serde types from a Markdown API reference page, at compile time.
///
/// ```
/// docmodel::include_models!("../docs/intune-apps-mobileappinstallstatus-create.md");
///
/// let status = MobileAppInstallStatus { error_code: Some(9), ..Default::default() };
/// assert_eq!(docmodel::serde_json::to_string(&status).unwrap(), r#"{"errorCode":9}"#);
/// ```
///
/// The path is relative to the root of the crate that invokes the macro (the folder of its
/// `Cargo.toml`). The page's property table (`Property | Type | Description`) becomes a struct
/// named after the page's type, with one `Option` field per row; each enum whose values a
/// description lists (`Possible values are: ...`) becomes an enum. Editing the doc rebuilds the
/// crate. A problem in the doc is a compile error that names the doc's path, line and column.
#[macro_export]
macro_rules! include_models {
    ($($input:tt)*) => {
        $crate::__private::include_models! { [$crate] $($input)* }
    };
}

/// What generated code uses. Not public API: it changes without notice.
#[doc(hidden)]
pub mod __private {
    pub use crate::debug::debug_object;
    pub use crate::example::round_trip as round_trip_example;
    pub use crate::extra::unrecognized;
    pub use crate::object::{
        Fields, Float, Object, Read, deserialize_enum, deserialize_object, is_null,
        serialize_object, set_null, skip_value,
    };
    pub use crate::operation::generated::{PathValues, empty, json, request, request_example};
    pub use crate::poly::{deserialize_map, dispatch_key, from_map, is_type};
    pub use crate::{
        __enumeration as enumeration, __object as object, __operation as operation,
        __polymorphic as polymorphic,
    };
    pub use docmodel_macros::include_models;
    pub use serde;
}
