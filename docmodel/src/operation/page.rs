//! Collection answers: `{"value": [...], "@odata.nextLink": "..."}`.

use super::{Error, get_request};
use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};
use std::fmt;
use std::marker::PhantomData;

const VALUE: &str = "value";
const NEXT_LINK: &str = "@odata.nextLink";
const DELTA_LINK: &str = "@odata.deltaLink";
const COUNT: &str = "@odata.count";

/// One page of a collection answer: its items and the annotations Graph adds.
///
/// Reading and writing a page gives back the same members: `@odata.context` and any other
/// member is kept in [`extra`](Page::extra), and an annotation of another type than documented
/// (`"@odata.nextLink": null`) stays there as it was. Written in Graph's order: the other
/// annotations (`@odata.context`), `@odata.count`, `@odata.nextLink`, `value`,
/// `@odata.deltaLink`, then the other members.
///
/// ```
/// use docmodel::Page;
/// use docmodel::serde_json::{self, Value, json};
///
/// let body = json!({
///     "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users",
///     "@odata.nextLink": "https://graph.microsoft.com/v1.0/users?$skiptoken=X%27AB%27",
///     "value": [{"id": "1"}, {"id": "2"}]
/// });
/// let page: Page<Value> = serde_json::from_value(body.clone())?;
/// assert_eq!(page.value.len(), 2);
/// let next = page.next_request().expect("a next page").expect("a valid link");
/// assert_eq!(next.uri(), "https://graph.microsoft.com/v1.0/users?$skiptoken=X%27AB%27");
/// assert_eq!(serde_json::to_value(&page)?, body);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// `value`: the items of this page.
    pub value: Vec<T>,
    /// `@odata.nextLink`: the absolute URL of the next page, if there is one.
    pub next_link: Option<String>,
    /// `@odata.deltaLink`: on the last page of a delta query, the URL for the next round.
    pub delta_link: Option<String>,
    /// `@odata.count`: the size of the whole collection, when asked for with `$count=true`.
    pub count: Option<i64>,
    /// The other members (`@odata.context`, ...), as read.
    pub extra: Map<String, Value>,
}

impl<T> Default for Page<T> {
    fn default() -> Self {
        Page {
            value: Vec::new(),
            next_link: None,
            delta_link: None,
            count: None,
            extra: Map::new(),
        }
    }
}

impl<T> Page<T> {
    /// The `GET` request for the next page (`@odata.nextLink`, used as given: it is absolute and
    /// carries the query), or `None` on the last page. A link that is not an absolute `http` or
    /// `https` URL is an [`Error::Request`].
    pub fn next_request(&self) -> Option<Result<http::Request<Vec<u8>>, Error>> {
        self.next_link.as_deref().map(get_request)
    }

    /// Whether `name` is a member this page writes from a field, which then wins over the same
    /// name in `extra`.
    fn written_from_field(&self, name: &str) -> bool {
        match name {
            VALUE => true,
            NEXT_LINK => self.next_link.is_some(),
            DELTA_LINK => self.delta_link.is_some(),
            COUNT => self.count.is_some(),
            _ => false,
        }
    }
}

impl<T: Serialize> Serialize for Page<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        let extra = |annotations: bool| {
            self.extra.iter().filter(move |(name, _)| {
                name.starts_with('@') == annotations && !self.written_from_field(name)
            })
        };
        for (name, value) in extra(true) {
            map.serialize_entry(name, value)?;
        }
        if let Some(count) = self.count {
            map.serialize_entry(COUNT, &count)?;
        }
        if let Some(next_link) = &self.next_link {
            map.serialize_entry(NEXT_LINK, next_link)?;
        }
        map.serialize_entry(VALUE, &self.value)?;
        if let Some(delta_link) = &self.delta_link {
            map.serialize_entry(DELTA_LINK, delta_link)?;
        }
        for (name, value) in extra(false) {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Page<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(PageVisitor(PhantomData))
    }
}

struct PageVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for PageVisitor<T> {
    type Value = Page<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a collection: a JSON object with a `value` array")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Page<T>, A::Error> {
        let mut value = None;
        let mut page = Page::default();
        while let Some(name) = map.next_key::<String>()? {
            if name == VALUE {
                if value.is_some() {
                    return Err(de::Error::duplicate_field(VALUE));
                }
                // Read through `map`, so that an error in an item has its path (`value[1].id`).
                value = Some(map.next_value::<Vec<T>>()?);
                continue;
            }
            let member: Value = map.next_value()?;
            match (name.as_str(), member) {
                (NEXT_LINK, Value::String(link)) => page.next_link = Some(link),
                (DELTA_LINK, Value::String(link)) => page.delta_link = Some(link),
                (COUNT, Value::Number(count)) if count.is_i64() => page.count = count.as_i64(),
                (_, member) => {
                    page.extra.insert(name, member);
                }
            }
        }
        page.value = value.ok_or_else(|| de::Error::missing_field(VALUE))?;
        Ok(page)
    }
}
