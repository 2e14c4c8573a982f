//! Graph's error JSON: `{"error": {"code", "message", "innerError", "details"}}`.
//!
//! Each level keeps the members it does not name, and a named member of another type than
//! documented (`"target": null`) stays among them as it was, so that a body read and written
//! back is the same JSON. Errors are small and rare: they are read through a `Map`.

use http::StatusCode;
use serde::de::{self, DeserializeOwned};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};
use std::fmt;

/// An error answer of Microsoft Graph: the HTTP status and the error JSON.
///
/// Serializes as the body (`{"error": {...}}`, the status is not part of it); read one with
/// [`GraphError::from_slice`].
#[derive(Debug, Clone, PartialEq)]
pub struct GraphError {
    /// The answer's HTTP status.
    pub status: StatusCode,
    /// The body's `error` member.
    pub error: MainError,
    /// The body's other members.
    pub extra: Map<String, Value>,
}

/// The `error` member of Graph's error JSON.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MainError {
    /// `code`: what went wrong, for programs (`Request_ResourceNotFound`).
    pub code: String,
    /// `message`: what went wrong, for people.
    pub message: String,
    /// `target`, if given.
    pub target: Option<String>,
    /// `innerError`: the request's id and date, for support.
    pub inner_error: Option<InnerError>,
    /// `details`, if given.
    pub details: Option<Vec<ErrorDetail>>,
    /// The other members.
    pub extra: Map<String, Value>,
}

/// The `innerError` member of Graph's error JSON.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InnerError {
    /// `request-id`.
    pub request_id: Option<String>,
    /// `client-request-id`.
    pub client_request_id: Option<String>,
    /// `date`, as written (Graph writes it without an offset: `2024-05-01T10:00:00`).
    pub date: Option<String>,
    /// The other members.
    pub extra: Map<String, Value>,
}

/// One of the `details` of Graph's error JSON.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorDetail {
    /// `code`.
    pub code: String,
    /// `message`.
    pub message: String,
    /// `target`, if given.
    pub target: Option<String>,
    /// The other members.
    pub extra: Map<String, Value>,
}

impl GraphError {
    /// Reads Graph's error JSON from an answer's body, with the answer's status.
    pub fn from_slice(status: StatusCode, body: &[u8]) -> Result<Self, serde_json::Error> {
        Self::from_map(status, serde_json::from_slice(body)?)
    }

    /// Reads Graph's error JSON from a JSON value, with the answer's status.
    pub fn from_value(status: StatusCode, body: &Value) -> Result<Self, serde_json::Error> {
        Self::from_map(status, Map::deserialize(body)?)
    }

    fn from_map(
        status: StatusCode,
        mut map: Map<String, Value>,
    ) -> Result<Self, serde_json::Error> {
        let error = required(&mut map, "error")?;
        Ok(GraphError {
            status,
            error,
            extra: map,
        })
    }
}

/// `404 Not Found: Request_ResourceNotFound: Resource 'x' does not exist.`
impl fmt::Display for GraphError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.status, self.error.code)?;
        if !self.error.message.is_empty() {
            write!(f, ": {}", self.error.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for GraphError {}

impl Serialize for GraphError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = self.extra.clone();
        map.insert("error".into(), to_object(&self.error));
        map.serialize(serializer)
    }
}

/// Reads and writes the members of a JSON object, the unknown ones kept.
trait Members: Sized {
    fn take(map: &mut Map<String, Value>) -> Result<Self, serde_json::Error>;
    fn put(&self, map: &mut Map<String, Value>);
    fn extra(&self) -> &Map<String, Value>;
}

impl Members for MainError {
    fn take(map: &mut Map<String, Value>) -> Result<Self, serde_json::Error> {
        Ok(MainError {
            code: required(map, "code")?,
            message: required(map, "message")?,
            target: optional(map, "target"),
            inner_error: optional(map, "innerError"),
            details: optional(map, "details"),
            extra: std::mem::take(map),
        })
    }

    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }

    fn put(&self, map: &mut Map<String, Value>) {
        map.insert("code".into(), Value::String(self.code.clone()));
        map.insert("message".into(), Value::String(self.message.clone()));
        put_string(map, "target", &self.target);
        if let Some(inner) = &self.inner_error {
            map.insert("innerError".into(), to_object(inner));
        }
        if let Some(details) = &self.details {
            map.insert(
                "details".into(),
                Value::Array(details.iter().map(to_object).collect()),
            );
        }
    }
}

impl Members for InnerError {
    fn take(map: &mut Map<String, Value>) -> Result<Self, serde_json::Error> {
        Ok(InnerError {
            request_id: optional(map, "request-id"),
            client_request_id: optional(map, "client-request-id"),
            date: optional(map, "date"),
            extra: std::mem::take(map),
        })
    }

    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }

    fn put(&self, map: &mut Map<String, Value>) {
        put_string(map, "request-id", &self.request_id);
        put_string(map, "client-request-id", &self.client_request_id);
        put_string(map, "date", &self.date);
    }
}

impl Members for ErrorDetail {
    fn take(map: &mut Map<String, Value>) -> Result<Self, serde_json::Error> {
        Ok(ErrorDetail {
            code: required(map, "code")?,
            message: required(map, "message")?,
            target: optional(map, "target"),
            extra: std::mem::take(map),
        })
    }

    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }

    fn put(&self, map: &mut Map<String, Value>) {
        map.insert("code".into(), Value::String(self.code.clone()));
        map.insert("message".into(), Value::String(self.message.clone()));
        put_string(map, "target", &self.target);
    }
}

macro_rules! serde_via_members {
    ($($ty:ty),*) => {$(
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                to_object(self).serialize(serializer)
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let mut map = Map::deserialize(deserializer)?;
                <$ty as Members>::take(&mut map).map_err(de::Error::custom)
            }
        }
    )*};
}

serde_via_members!(MainError, InnerError, ErrorDetail);

fn to_object<T: Members>(members: &T) -> Value {
    let mut map = members.extra().clone();
    members.put(&mut map);
    Value::Object(map)
}

/// Takes the member `name` as a `T`: an error if it is missing or of another type.
fn required<T: DeserializeOwned>(
    map: &mut Map<String, Value>,
    name: &str,
) -> Result<T, serde_json::Error> {
    let member = map
        .remove(name)
        .ok_or_else(|| de::Error::custom(format_args!("missing member `{name}`")))?;
    T::deserialize(member)
}

/// Takes the member `name` if it is a `T`; leaves it among the others if not.
fn optional<T: DeserializeOwned>(map: &mut Map<String, Value>, name: &str) -> Option<T> {
    let read = T::deserialize(map.get(name)?).ok()?;
    map.remove(name);
    Some(read)
}

fn put_string(map: &mut Map<String, Value>, name: &str, value: &Option<String>) {
    if let Some(value) = value {
        map.insert(name.into(), Value::String(value.clone()));
    }
}
