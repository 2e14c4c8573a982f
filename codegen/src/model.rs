//! The type graph: the Rust items a page becomes, named and typed, ready to emit.
//!
//! Everything here is already checked: identifiers are valid, names do not collide, types are
//! known. [`crate::emit`] only prints.

use crate::types::Prim;
use proc_macro2::Ident;

/// The items generated for a set of docs.
#[derive(Debug, Clone, Default)]
pub struct Model {
    /// Structs, in the order their pages and tables define them.
    pub structs: Vec<Struct>,
    /// Enums, in the order of their first use.
    pub enums: Vec<Enum>,
}

/// Where a definition came from, for rustdoc: the doc's path as written and a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The doc's path as the user wrote it.
    pub path: String,
    /// The 1-based line.
    pub line: usize,
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
    pub origin: Origin,
    /// The fields, `@odata.type` first, then the table's rows in order.
    pub fields: Vec<Field>,
    /// The field that keeps unknown members and explicit nulls (`extra`, unless a property took it).
    pub extra: Ident,
}

/// A struct field: one table row.
#[derive(Debug, Clone)]
pub struct Field {
    /// The JSON member name, exactly as the doc writes it.
    pub wire: String,
    /// The Rust name.
    pub ident: Ident,
    /// The field's type (the struct holds `Option` of it).
    pub ty: Type,
    /// The Description cell, plain text.
    pub description: String,
    /// The row this field came from; `None` for the built-in `@odata.type` field.
    pub origin: Option<Origin>,
}

/// A field's type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Type {
    /// A primitive.
    Prim(Prim),
    /// An enum of the model, by index into [`Model::enums`].
    Enum(usize),
    /// `X collection`.
    Vec(Box<Type>),
}

/// An enum: a doc type whose values a description lists.
#[derive(Debug, Clone)]
pub struct Enum {
    /// The doc's name (`resultantAppState`).
    pub doc_name: String,
    /// The Rust name.
    pub ident: Ident,
    /// Where the list of values was first read.
    pub origin: Origin,
    /// The listed values, in order.
    pub variants: Vec<Variant>,
    /// The variant that keeps values the doc does not list (`Unrecognized`, unless a value took it).
    pub catch_all: Ident,
}

/// An enum value.
#[derive(Debug, Clone)]
pub struct Variant {
    /// The value on the wire, exactly as the doc lists it.
    pub wire: String,
    /// The Rust name.
    pub ident: Ident,
}
