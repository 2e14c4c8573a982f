//! The type graph: the Rust items a page becomes, named and typed, ready to emit.
//!
//! Everything here is already checked: identifiers are valid, names do not collide, types are
//! known. [`crate::emit`] only prints.

use crate::diag::Place;
use crate::names::Name;
use crate::types::Prim;
use proc_macro2::Ident;

/// The items generated for a set of docs.
#[derive(Debug, Clone, Default)]
pub struct Model {
    /// Structs, in the order their pages and tables define them.
    pub structs: Vec<Struct>,
    /// Enums, in the order of their first use.
    pub enums: Vec<Enum>,
    /// The `Any{Struct}` enums of base types that fields use and that have derived types in
    /// the model.
    pub polys: Vec<Poly>,
}

/// A base type and its derived types: the enum a field of the base type holds.
#[derive(Debug, Clone)]
pub struct Poly {
    /// The base struct, by index into [`Model::structs`]: the variant for itself and for any
    /// `@odata.type` that names no derived type.
    pub base: usize,
    /// The enum's Rust name (`AnyMobileApp`).
    pub ident: Ident,
    /// The derived structs, in model order.
    pub derived: Vec<usize>,
}

/// A struct: one doc type with its properties.
#[derive(Debug, Clone)]
pub struct Struct {
    /// The doc's name of the type (`mobileAppInstallStatus`).
    pub doc_name: String,
    /// The Rust name.
    pub ident: Ident,
    /// The page's description of the type, plain text.
    pub description: String,
    /// Where the type is defined.
    pub place: Place,
    /// The fields, `@odata.type` first, then the base type's (if any), then the table's rows in
    /// order.
    pub fields: Vec<Field>,
    /// The qualified name `@odata.type` gives it (`microsoft.graph.win32LobApp`).
    pub odata_name: String,
    /// The struct it inherits from, by index into [`Model::structs`].
    pub base: Option<usize>,
    /// Whether its page says it is an open type (members beyond its rows are expected).
    pub open: bool,
    /// The field that keeps unknown members and explicit nulls (`extra`, unless a property took it).
    pub extra: Ident,
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
    /// An enum of the model, by index into [`Model::enums`].
    Enum(usize),
    /// A struct of the model, by index into [`Model::structs`].
    Struct(usize),
    /// A struct held through a pointer, because it contains itself through a chain of fields.
    Boxed(Box<Type>),
    /// A base struct with derived types in the model, by index into [`Model::polys`]: the value
    /// is whichever of them its `@odata.type` names (the enum `Any{Struct}`).
    Poly(usize),
    /// `X collection`.
    Vec(Box<Type>),
    /// A Rust type the user chose for a doc type (`types = { ... }`), by index into
    /// [`crate::Options::types`].
    Override(usize),
}

/// An enum: a doc type whose values an enum page, an `x values` section or a description lists.
#[derive(Debug, Clone)]
pub struct Enum {
    /// The doc's name (`resultantAppState`).
    pub doc_name: String,
    /// The Rust name.
    pub ident: Ident,
    /// Where the list of values was first read.
    pub place: Place,
    /// The enum page's description of the enum, plain text.
    pub description: String,
    /// The listed values, in order.
    pub variants: Vec<Variant>,
    /// Whether a value holds several members joined by commas (fields are `Flags<Self>`).
    pub flags: bool,
    /// The variant that keeps values the doc does not list (`Unrecognized`, unless a value took it).
    pub catch_all: Ident,
    /// The associated constant listing the values (`VALUES`, unless a value took it).
    pub values_const: Ident,
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
    pub ident: Ident,
}
