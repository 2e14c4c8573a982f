//! What one page defines, before types are linked: the boundary between [`crate::resolve`] (one
//! page at a time) and [`crate::link`] (every page of a build together).
//!
//! Names are checked here already (every field has a valid Rust identifier), but a field's type
//! is still what its Type cell says: a primitive, or a name with maybe a link to follow.

use crate::diag::Loc;
use crate::diag::Place;
use crate::names::Name;
use crate::page::Located;
use crate::types::Prim;

/// The namespace of types that name no other (`microsoft.graph`).
pub const DEFAULT_NAMESPACE: &str = "microsoft.graph";

/// A type's doc name with its namespace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QName {
    /// `microsoft.graph` unless the page or the Type cell names another.
    pub namespace: String,
    /// The short name (`mobileAppInstallStatus`).
    pub name: String,
    /// Whether the text named the namespace (`microsoft.graph.callRecords.modality`) rather
    /// than taking the page's: such a name is never taken for a type of another namespace.
    pub qualified: bool,
}

impl QName {
    /// `microsoft.graph.callRecords.modality` -> (`microsoft.graph.callRecords`, `modality`);
    /// a short name is in `namespace`. A leading `#` is dropped.
    pub fn parse(text: &str, namespace: &str) -> QName {
        let text = text.trim().trim_start_matches('#');
        match text.rsplit_once('.') {
            Some((ns, name)) if !ns.is_empty() && !name.is_empty() => QName {
                namespace: ns.to_owned(),
                name: name.to_owned(),
                qualified: true,
            },
            _ => QName {
                namespace: namespace.to_owned(),
                name: text.to_owned(),
                qualified: false,
            },
        }
    }

    /// The key types are looked up by: names are compared without regard to ASCII case, since
    /// the docs spell one type `dateTimeTimeZone` and `DateTimeTimeZone`.
    pub fn key(&self) -> String {
        format!(
            "{}.{}",
            self.namespace.to_ascii_lowercase(),
            self.name.to_ascii_lowercase()
        )
    }
}

/// Everything one page defines.
#[derive(Debug, Clone, Default)]
pub struct PageDefs {
    /// Structs: the page's type (a resource, or the body of a request), if it has property rows.
    pub structs: Vec<StructDef>,
    /// Enums: the page's own (an enum page), or the `x values` sections of a page like
    /// `enums.md`.
    pub enums: Vec<EnumDef>,
    /// The operation, if the page is an API page with request lines.
    pub operation: Option<OperationDef>,
}

/// A struct as one page describes it.
#[derive(Debug, Clone)]
pub struct StructDef {
    /// The type's name.
    pub name: QName,
    /// The page's description of the type.
    pub description: String,
    /// The first property table.
    pub place: Place,
    /// The rows, in order; the first is `@odata.type`.
    pub fields: Vec<FieldDef>,
    /// The type it inherits from (`Inherits from [entity](entity.md)`, or the resource
    /// annotation's `baseType`).
    pub base: Option<BaseRef>,
    /// Whether the resource annotation says `"openType": true` (members beyond the rows are
    /// expected).
    pub open: bool,
    /// Whether the page is the type's resource page (`x resource type`), rather than an API page
    /// (Create, Update, a request body) or a page of unknown kind: where pages disagree about a
    /// property, the resource page wins, and its rows come first.
    pub resource_page: bool,
}

/// A struct's base type, as its page names it.
#[derive(Debug, Clone, PartialEq)]
pub struct BaseRef {
    /// The base's name.
    pub name: QName,
    /// The link to its page, as written, if the page links it.
    pub link: Option<String>,
    /// Where the page names it.
    pub loc: Loc,
}

/// One row of a property table.
#[derive(Debug, Clone)]
pub struct FieldDef {
    /// The JSON member name, exactly as the doc writes it.
    pub wire: String,
    /// The Rust name.
    pub ident: Name,
    /// The Description cell, plain text.
    pub description: String,
    /// The row; `None` for the built-in `@odata.type` field.
    pub place: Option<Place>,
    /// What the Type cell says.
    pub ty: TypeRef,
}

/// A Type cell, read but not yet linked.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeRef {
    /// Where the Type cell is.
    pub loc: Loc,
    /// Whether it is a collection.
    pub collection: bool,
    /// What it names.
    pub target: Target,
    /// The values the Description cell lists (`Possible values are: ...`), if any.
    pub listed: Option<Located<Vec<String>>>,
}

/// What a Type cell names.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// A primitive.
    Prim(Prim),
    /// Another type, by name, maybe with a link to the page that defines it.
    Named {
        /// The name (qualified if the cell qualifies it).
        name: QName,
        /// The link's destination as written, without its `#fragment`.
        link: Option<String>,
        /// The link's `#fragment` (`x-values` in `enums.md#x-values`), lower-cased.
        fragment: Option<String>,
    },
    /// Several types (`string/number`, `[a](a.md) or [b](b.md)`).
    Alternatives(String),
    /// Nothing: the cell is empty.
    Missing,
}

/// An enum as one page defines it (an enum page, or an `x values` section).
#[derive(Debug, Clone)]
pub struct EnumDef {
    /// The enum's name.
    pub name: QName,
    /// The heading or table it comes from.
    pub place: Place,
    /// The members, in order.
    pub values: Vec<String>,
    /// The section's anchor (`x-values`), for links with a fragment.
    pub anchor: Option<String>,
    /// Whether the members are flags: a value holds several, joined by commas.
    pub flags: bool,
    /// The page's description of the enum.
    pub description: String,
}

/// The operation an API page documents, as the page says it, before its types are linked.
#[derive(Debug, Clone)]
pub struct OperationDef {
    /// The page's title (`Create mobileAppInstallStatus`), which names the operation's type.
    pub title: Located<String>,
    /// The page's one-line description (front matter `description`), for rustdoc.
    pub description: String,
    /// The method of its request lines (`POST`), upper-case; every line has it.
    pub method: Located<String>,
    /// The URL templates, in the page's order, each with its path parameters.
    pub templates: Vec<Located<crate::resolve::Template>>,
    /// What the request carries.
    pub body: BodyDef,
    /// What a successful answer is.
    pub response: ResponseDef,
    /// What the permissions table lists.
    pub permissions: PermissionsDef,
    /// The query options the page lists (`$select`, `$filter`, `startDateTime`), in page order.
    pub query: Vec<String>,
}

impl OperationDef {
    /// The types its body and its answer name, with where the page names them.
    pub fn types(&self) -> impl Iterator<Item = (&Target, Loc)> {
        let body = match &self.body {
            BodyDef::Type { target, loc } => Some((target, *loc)),
            BodyDef::None | BodyDef::Json(_) => None,
        };
        let response = match &self.response.body {
            ResponseBody::One { target, loc } | ResponseBody::Collection { target, loc } => {
                Some((target, *loc))
            }
            ResponseBody::Empty | ResponseBody::Json => None,
        };
        body.into_iter().chain(response)
    }
}

/// An operation's request body.
#[derive(Debug, Clone, PartialEq)]
pub enum BodyDef {
    /// No body: a `GET` or `DELETE`, or a page that says not to supply one.
    None,
    /// An object of a type: the page's own request-body table's (its struct), or the one its
    /// `Request body` prose links (`supply a JSON representation of a [user](../resources/user.md)
    /// object`).
    Type {
        /// The type.
        target: Target,
        /// Where the page says it.
        loc: Loc,
    },
    /// JSON the page does not describe as a type (it shows one in its request example): a
    /// `serde_json::Value`.
    Json(Loc),
}

/// What a successful answer is.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseDef {
    /// The status the page names (`201 Created` -> 201), and where; `None` if it names none.
    pub status: Option<Located<u16>>,
    /// The body.
    pub body: ResponseBody,
}

/// The body of a successful answer.
#[derive(Debug, Clone, PartialEq)]
pub enum ResponseBody {
    /// None: `204 No Content`, or a page that says the body is empty.
    Empty,
    /// One object of a type (`a [user](../resources/user.md) object`).
    One {
        /// The type.
        target: Target,
        /// Where the page says it.
        loc: Loc,
    },
    /// A collection of a type (`a collection of [event](../resources/event.md) objects`): a
    /// `Page` of it, with `@odata.nextLink`.
    Collection {
        /// The element type.
        target: Target,
        /// Where the page says it.
        loc: Loc,
    },
    /// JSON the page names no type for: a `serde_json::Value`.
    Json,
}

/// What an API page's permissions table lists, least privileged first. A kind the page says is
/// not supported (or does not fill in) is empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PermissionsDef {
    /// `Delegated (work or school account)`.
    pub delegated_work: Vec<String>,
    /// `Delegated (personal Microsoft account)`.
    pub delegated_personal: Vec<String>,
    /// `Application`.
    pub application: Vec<String>,
}
