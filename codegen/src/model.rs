//! The type graph: the Rust items a page becomes, named and typed, ready to emit.
//!
//! Everything here is already checked: identifiers are valid, names do not collide, types are
//! known. [`crate::emit`] only prints. Items refer to each other by typed ids ([`StructId`],
//! [`EnumId`], [`PolyId`]) that only a [`Model`] hands out, for the items it holds; a lookup that
//! still finds nothing is a bug in docmodel, which the stage that meets it reports.

use crate::diag::Place;
use crate::names::Name;
use crate::types::Prim;

/// A struct of a [`Model`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StructId(usize);

/// An enum of a [`Model`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EnumId(usize);

/// An `Any{Base}` enum of a [`Model`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PolyId(usize);

/// The items generated for a set of docs: structs in the order their pages and tables define
/// them, enums in the order of their first use, and the `Any{Base}` enums of base types that
/// fields use and that have derived types in the model.
#[derive(Debug, Clone, Default)]
pub struct Model {
    structs: Vec<Struct>,
    enums: Vec<Enum>,
    polys: Vec<Poly>,
    operations: Vec<Operation>,
}

impl Model {
    /// Adds a struct; its id.
    pub fn add_struct(&mut self, s: Struct) -> StructId {
        self.structs.push(s);
        StructId(self.structs.len() - 1)
    }

    /// Adds an enum; its id.
    pub fn add_enum(&mut self, e: Enum) -> EnumId {
        self.enums.push(e);
        EnumId(self.enums.len() - 1)
    }

    /// Adds an `Any{Base}` enum; its id.
    pub fn add_poly(&mut self, p: Poly) -> PolyId {
        self.polys.push(p);
        PolyId(self.polys.len() - 1)
    }

    /// The struct `id`.
    pub fn structure(&self, id: StructId) -> Option<&Struct> {
        self.structs.get(id.0)
    }

    /// The struct `id`, to change.
    pub fn structure_mut(&mut self, id: StructId) -> Option<&mut Struct> {
        self.structs.get_mut(id.0)
    }

    /// The enum `id`.
    pub fn enumeration(&self, id: EnumId) -> Option<&Enum> {
        self.enums.get(id.0)
    }

    /// The enum `id`, to change.
    pub fn enumeration_mut(&mut self, id: EnumId) -> Option<&mut Enum> {
        self.enums.get_mut(id.0)
    }

    /// The `Any{Base}` enum `id`.
    pub fn poly(&self, id: PolyId) -> Option<&Poly> {
        self.polys.get(id.0)
    }

    /// The structs with their ids, in model order.
    pub fn structs(&self) -> impl Iterator<Item = (StructId, &Struct)> {
        self.structs
            .iter()
            .enumerate()
            .map(|(i, s)| (StructId(i), s))
    }

    /// The structs, to change.
    pub fn structs_mut(&mut self) -> impl Iterator<Item = &mut Struct> {
        self.structs.iter_mut()
    }

    /// The enums with their ids, in model order.
    pub fn enums(&self) -> impl Iterator<Item = (EnumId, &Enum)> {
        self.enums.iter().enumerate().map(|(i, e)| (EnumId(i), e))
    }

    /// The enums, to change.
    pub fn enums_mut(&mut self) -> impl Iterator<Item = &mut Enum> {
        self.enums.iter_mut()
    }

    /// The `Any{Base}` enums with their ids, in model order.
    pub fn polys(&self) -> impl Iterator<Item = (PolyId, &Poly)> {
        self.polys.iter().enumerate().map(|(i, p)| (PolyId(i), p))
    }

    /// Adds an operation.
    pub fn add_operation(&mut self, o: Operation) {
        self.operations.push(o);
    }

    /// The operations, in the order of their pages.
    pub fn operations(&self) -> &[Operation] {
        &self.operations
    }

    /// The types of the operations' bodies and answers, to change.
    pub fn operation_types_mut(&mut self) -> impl Iterator<Item = &mut Type> {
        self.operations
            .iter_mut()
            .flat_map(|o| o.body.iter_mut().chain(o.response.ty_mut()))
    }

    /// The types of the operations' bodies and answers.
    pub fn operation_types(&self) -> impl Iterator<Item = &Type> {
        self.operations
            .iter()
            .flat_map(|o| o.body.iter().chain(o.response.ty()))
    }

    /// How many structs there are.
    pub fn struct_count(&self) -> usize {
        self.structs.len()
    }

    /// Whether there is no enum.
    pub fn has_enums(&self) -> bool {
        !self.enums.is_empty()
    }

    /// Every field of every struct, with its struct.
    pub fn fields(&self) -> impl Iterator<Item = (&Struct, &Field)> {
        self.structs
            .iter()
            .flat_map(|s| s.fields.iter().map(move |f| (s, f)))
    }
}

/// A base type and its derived types: the enum a field of the base type holds.
#[derive(Debug, Clone)]
pub struct Poly {
    /// The base struct: the variant for itself and for any `@odata.type` that names no derived
    /// type.
    pub base: StructId,
    /// The enum's Rust name (`AnyMobileApp`).
    pub ident: Name,
    /// The derived structs, in model order.
    pub derived: Vec<StructId>,
    /// Where the base type is defined.
    pub place: Place,
}

/// A struct: one doc type with its properties.
#[derive(Debug, Clone)]
pub struct Struct {
    /// The doc's name of the type (`mobileAppInstallStatus`).
    pub doc_name: String,
    /// The Rust name.
    pub ident: Name,
    /// The page's description of the type, plain text.
    pub description: String,
    /// Where the type is defined.
    pub place: Place,
    /// The fields, `@odata.type` first, then the base type's (if any), then the table's rows in
    /// order.
    pub fields: Vec<Field>,
    /// The qualified name `@odata.type` gives it (`microsoft.graph.win32LobApp`).
    pub odata_name: String,
    /// The struct it inherits from.
    pub base: Option<StructId>,
    /// Whether its page says it is an open type (members beyond its rows are expected).
    pub open: bool,
    /// The field that keeps unknown members and explicit nulls (`extra`, unless a property took it).
    pub extra: Name,
    /// The derives from the macro's `derive` option that this struct gets, by index into
    /// [`crate::Options::derives`].
    pub derives: Vec<usize>,
}

/// A struct field: one table row.
#[derive(Debug, Clone)]
pub struct Field {
    /// The JSON member name, exactly as the doc writes it.
    pub wire: String,
    /// The Rust name.
    pub ident: Name,
    /// The field's type (the struct holds `Option` of it).
    pub ty: Type,
    /// The Description cell, plain text.
    pub description: String,
    /// The row this field came from; `None` for the built-in `@odata.type` field.
    pub place: Option<Place>,
}

/// A field's type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Type {
    /// A primitive.
    Prim(Prim),
    /// An enum of the model.
    Enum(EnumId),
    /// A struct of the model.
    Struct(StructId),
    /// A struct held through a pointer, because it contains itself through a chain of fields.
    Boxed(Box<Type>),
    /// A base struct with derived types in the model: the value is whichever of them its
    /// `@odata.type` names (the enum `Any{Struct}`).
    Poly(PolyId),
    /// `X collection`.
    Vec(Box<Type>),
    /// A Rust type the user chose for a doc type (`types = { ... }`), by index into
    /// [`crate::Options::types`].
    Override(usize),
}

impl Type {
    /// The type a value of this one holds, through collections and boxes (`X` for `Vec<Box<X>>`).
    pub fn element(&self) -> &Type {
        match self {
            Type::Vec(inner) | Type::Boxed(inner) => inner.element(),
            ty => ty,
        }
    }

    /// [`Type::element`], to change.
    pub fn element_mut(&mut self) -> &mut Type {
        match self {
            Type::Vec(inner) | Type::Boxed(inner) => inner.element_mut(),
            ty => ty,
        }
    }
}

/// An enum: a doc type whose values an enum page, an `x values` section or a description lists.
#[derive(Debug, Clone)]
pub struct Enum {
    /// The doc's name (`resultantAppState`).
    pub doc_name: String,
    /// The qualified name (`microsoft.graph.resultantAppState`), which finds the enum of a page's
    /// definition.
    pub odata_name: String,
    /// The Rust name.
    pub ident: Name,
    /// Where the list of values was first read.
    pub place: Place,
    /// The enum page's description of the enum, plain text.
    pub description: String,
    /// The listed values, in order.
    pub variants: Vec<Variant>,
    /// Whether a value holds several members joined by commas (fields are `Flags<Self>`).
    pub flags: bool,
    /// The variant that keeps values the doc does not list (`Unrecognized`, unless a value took it).
    pub catch_all: Name,
    /// The associated constant listing the values (`VALUES`, unless a value took it).
    pub values_const: Name,
    /// The derives from the macro's `derive` option that this enum gets, by index into
    /// [`crate::Options::derives`].
    pub derives: Vec<usize>,
}

/// An enum value.
#[derive(Debug, Clone)]
pub struct Variant {
    /// The value on the wire, exactly as the doc lists it.
    pub wire: String,
    /// The Rust name.
    pub ident: Name,
}

/// An operation of an API page: a type that builds its request and reads its answer through
/// the runtime's `Operation` trait.
#[derive(Debug, Clone)]
pub struct Operation {
    /// The Rust name (`CreateMobileAppInstallStatus`).
    pub ident: Name,
    /// The page's title (`Create mobileAppInstallStatus`).
    pub title: String,
    /// The page's one-line description.
    pub description: String,
    /// Where the page's first request line is.
    pub place: Place,
    /// The method, one of `GET`, `POST`, `PATCH`, `PUT`, `DELETE`.
    pub method: Method,
    /// The URL templates, in the page's order, each with its constructor's name and where it
    /// is written.
    pub templates: Vec<OperationTemplate>,
    /// The request body's type, if the request has one.
    pub body: Option<Type>,
    /// The status of a successful answer (`201`).
    pub status: u16,
    /// The answer's body.
    pub response: Response,
    /// The permissions the page lists.
    pub permissions: crate::defs::PermissionsDef,
    /// The query options the page lists, in page order.
    pub query: Vec<String>,
}

/// An HTTP method an operation can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PATCH`
    Patch,
    /// `PUT`
    Put,
    /// `DELETE`
    Delete,
}

impl Method {
    /// The method of its name (`POST`), upper-case.
    pub fn parse(text: &str) -> Option<Method> {
        Some(match text {
            "GET" => Method::Get,
            "POST" => Method::Post,
            "PATCH" => Method::Patch,
            "PUT" => Method::Put,
            "DELETE" => Method::Delete,
            _ => return None,
        })
    }

    /// Its name, as `http::Method`'s constants spell it.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Patch => "PATCH",
            Method::Put => "PUT",
            Method::Delete => "DELETE",
        }
    }
}

/// A URL template of an operation, and the constructor that builds a request to it.
#[derive(Debug, Clone)]
pub struct OperationTemplate {
    /// The template and its parameters.
    pub template: crate::resolve::Template,
    /// The constructor's name (`new` for the first template).
    pub constructor: Name,
    /// Where the page writes it.
    pub place: Place,
}

impl Response {
    /// The type it holds (a collection's element), if any.
    pub fn ty(&self) -> Option<&Type> {
        match self {
            Response::Empty => None,
            Response::One(ty) | Response::Collection(ty) => Some(ty),
        }
    }

    /// [`Response::ty`], to change.
    pub fn ty_mut(&mut self) -> Option<&mut Type> {
        match self {
            Response::Empty => None,
            Response::One(ty) | Response::Collection(ty) => Some(ty),
        }
    }
}

/// What a successful answer holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    /// Nothing (`204 No Content`): `()`.
    Empty,
    /// One value of a type.
    One(Type),
    /// A collection of a type: a `Page` of it.
    Collection(Type),
}
