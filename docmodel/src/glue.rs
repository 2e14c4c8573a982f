//! The impls every generated struct and enum needs, as `macro_rules!` that the generated code
//! invokes once per type: `docmodel::__private::object!`, `docmodel::__private::enumeration!` and,
//! for the enum of a base type and its derived types, `docmodel::__private::polymorphic!`.
//!
//! The proc-macro emits the type definitions (what a reader of `docmodel show` wants to see)
//! and one compact invocation of these per type; rustc expands them. That keeps the proc-macro's
//! output small (building tokens is most of its time) and the glue in one reviewed place.
//!
//! Every method that is not generic is `#[inline]`, as derived `Clone`, `PartialEq` and
//! `Default` are: rustc then compiles it to machine code in the crate that calls it, for the
//! types it uses, rather than in the models crate for every type. A non-generic method such as
//! `Debug::fmt` or `is_null` is compiled with all it calls (the serde code of every field of the
//! type, through `serde_json`): without `#[inline]`, that doubled the debug build of all of v1.0.

/// `Serialize`, `Deserialize`, `Debug`, `set_null`/`is_null` and the runtime's field table for a
/// struct:
/// `object! { Type, "docName", extra_field, [0 field "jsonName" value, 1 other "other" float, ...] }`;
/// each field's kind names the functions of `Read` and `Fields` that read and write it: `float`
/// for a `Double`/`Single` (which keeps `5` apart from `5.0`), `value` for any other. No macro
/// runs per field: for a doc set of a thousand types, nested macros and a `?` per field were
/// a good part of its compile time.
#[doc(hidden)]
#[macro_export]
macro_rules! __object {
    ($ty:ident, $name:literal, $extra:ident, [$($index:literal $field:ident $wire:literal $kind:ident),* $(,)?]) => {
        impl $ty {
            /// Sets the JSON member `json_name` to an explicit `null`, as a PATCH body does to
            /// clear a property: a field of this type becomes `None` and is written as `null`;
            /// any other name is kept among the extra members as `null`.
            #[inline]
            pub fn set_null(&mut self, json_name: &str) {
                $crate::__private::set_null(self, json_name)
            }

            /// Whether the JSON member `json_name` would be written as an explicit `null`: read
            /// as `null` or set with `set_null`, and not given a value since.
            #[inline]
            pub fn is_null(&self, json_name: &str) -> bool {
                $crate::__private::is_null(self, json_name)
            }
        }

        impl $crate::__private::Object for $ty {
            const NAME: &'static str = $name;
            const FIELDS: &'static [&'static str] = &[$($wire),*];

            #[inline]
            fn field_index(name: &str) -> ::core::option::Option<usize> {
                ::core::option::Option::Some(match name {
                    $($wire => $index,)*
                    _ => return ::core::option::Option::None,
                })
            }

            #[inline]
            fn deserialize_field<'de, A>(
                &mut self,
                index: usize,
                map: &mut A,
            ) -> ::core::result::Result<(), A::Error>
            where
                A: $crate::__private::serde::de::MapAccess<'de>,
            {
                let extra = &mut self.$extra;
                match index {
                    $($index => $crate::__private::Read::$kind(map, &mut self.$field, extra, $index),)*
                    _ => $crate::__private::skip_value(map),
                }
            }

            fn serialize_fields<M>(&self, map: &mut M) -> ::core::result::Result<(), M::Error>
            where
                M: $crate::__private::serde::ser::SerializeMap,
            {
                let mut fields = $crate::__private::Fields::new(map, &self.$extra);
                $(fields.$kind($index, $wire, &self.$field);)*
                fields.finish()
            }

            #[inline]
            fn extra(&self) -> &$crate::Extra {
                &self.$extra
            }

            #[inline]
            fn extra_mut(&mut self) -> &mut $crate::Extra {
                &mut self.$extra
            }
        }

        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                $crate::__private::serialize_object(self, serializer)
            }
        }

        impl ::core::fmt::Debug for $ty {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::__private::debug_object(self, ::core::stringify!($ty), f)
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize_object(deserializer)
            }
        }
    };
}

/// `VALUES`, `as_str`, `Display`, `FromStr`, `Serialize` and `Deserialize` for an enum:
/// `enumeration! { Type, "docName", CatchAll, VALUES, [Variant "wire", ...] }`; the constant's
/// name is passed in so that it can step aside for a listed value `VALUES`.
#[doc(hidden)]
#[macro_export]
macro_rules! __enumeration {
    ($ty:ident, $name:literal, $catch_all:ident, $values:ident, [$($variant:ident $wire:literal),* $(,)?]) => {
        impl $ty {
            /// Every value the doc lists, in its order.
            pub const $values: &'static [Self] = &[$(Self::$variant),*];

            /// The value as it is written in JSON.
            #[inline]
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)*
                    Self::$catch_all(value) => value.as_str(),
                }
            }
        }

        impl ::core::fmt::Display for $ty {
            #[inline]
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::core::str::FromStr for $ty {
            type Err = ::core::convert::Infallible;

            /// Never fails: a value the doc does not list becomes the catch-all variant.
            // Not `Self::Err`: a listed value `Err` makes that name ambiguous.
            #[inline]
            fn from_str(value: &str) -> ::core::result::Result<Self, ::core::convert::Infallible> {
                ::core::result::Result::Ok(match value {
                    $($wire => Self::$variant,)*
                    _ => Self::$catch_all($crate::__private::unrecognized(value)),
                })
            }
        }

        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize_enum(deserializer, $name)
            }
        }
    };
}

/// `Serialize`, `Deserialize`, `From` and `odata_type()` for the enum of a base type and the
/// types derived from it:
/// `polymorphic! { AnyBase, Base, [Derived "microsoft.graph.derived", ...] }`, where `Base` and
/// each `Derived` is both a variant of `AnyBase` and the struct it holds.
///
/// Deserializing reads the object into a map, then reads the struct of the variant whose name
/// its `@odata.type` gives (without the leading `#`, ignoring ASCII case); the base struct if it
/// names no listed type or has none, which keeps every member it does not know among its extra
/// members. Serializing writes the variant's struct, so that what was read is written back.
#[doc(hidden)]
#[macro_export]
macro_rules! __polymorphic {
    ($ty:ident, $base:ident, [$($variant:ident $wire:literal),* $(,)?]) => {
        impl $ty {
            /// The object's JSON member `@odata.type` as read or set, such as
            /// `#microsoft.graph.` and the type's doc name; `None` if it has none.
            #[inline]
            pub fn odata_type(&self) -> ::core::option::Option<&str> {
                match self {
                    Self::$base(value) => value.odata_type.as_deref(),
                    $(Self::$variant(value) => value.odata_type.as_deref(),)*
                }
            }
        }

        impl ::core::convert::From<$base> for $ty {
            #[inline]
            fn from(value: $base) -> Self {
                Self::$base(value)
            }
        }

        $(
            impl ::core::convert::From<$variant> for $ty {
                #[inline]
                fn from(value: $variant) -> Self {
                    Self::$variant(value)
                }
            }
        )*

        impl $crate::__private::serde::Serialize for $ty {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                match self {
                    Self::$base(value) => {
                        $crate::__private::serde::Serialize::serialize(value, serializer)
                    }
                    $(Self::$variant(value) => {
                        $crate::__private::serde::Serialize::serialize(value, serializer)
                    })*
                }
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                let map = $crate::__private::deserialize_map(
                    deserializer,
                    <$base as $crate::__private::Object>::NAME,
                )?;
                // Unused when no derived type is listed.
                #[allow(unused_variables)]
                let key = $crate::__private::dispatch_key(&map);
                $(
                    if $crate::__private::is_type(key, $wire) {
                        return $crate::__private::from_map(map).map(Self::$variant);
                    }
                )*
                $crate::__private::from_map(map).map(Self::$base)
            }
        }
    };
}

/// `Operation` for a generated operation struct (fields `query`, `path` and, with a body,
/// `body`):
/// `operation! { Type, METHOD, status, [body], json(Answer), [templates], [delegated work],
/// [delegated personal], [application] }`; `[]` for no body, `empty(())` for an answer without
/// one.
#[doc(hidden)]
#[macro_export]
macro_rules! __operation {
    ($ty:ident, $method:ident, $status:literal, [$($body:ident)?], $read:ident($answer:ty),
     [$($template:literal),* $(,)?], [$($work:literal),* $(,)?], [$($personal:literal),* $(,)?],
     [$($application:literal),* $(,)?]) => {
        impl $crate::Operation for $ty {
            const METHOD: $crate::http::Method = $crate::http::Method::$method;
            const TEMPLATES: &'static [&'static str] = &[$($template),*];
            const PERMISSIONS: $crate::Permissions = $crate::Permissions {
                delegated_work: &[$($work),*],
                delegated_personal: &[$($personal),*],
                application: &[$($application),*],
            };
            type Response = $answer;

            #[inline]
            fn request(
                &self,
                base_url: &str,
            ) -> ::core::result::Result<$crate::http::Request<::std::vec::Vec<u8>>, $crate::Error>
            {
                $crate::__private::request(
                    Self::METHOD,
                    base_url,
                    Self::TEMPLATES,
                    &self.path,
                    &self.query,
                    $crate::__operation!(@body self $($body)?),
                )
            }

            #[inline]
            fn response(
                response: $crate::http::Response<::std::vec::Vec<u8>>,
            ) -> ::core::result::Result<$answer, $crate::Error> {
                $crate::__private::$read(response, $status)
            }
        }
    };
    (@body $self:ident) => { ::core::option::Option::None::<&()> };
    (@body $self:ident $body:ident) => { ::core::option::Option::Some(&$self.$body) };
}
