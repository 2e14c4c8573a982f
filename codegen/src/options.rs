//! Options: the macro's options applied to the linked model: `types` overrides, then `derive`.
//!
//! Problems here are the options' own, reported on the option's tokens rather than in a doc.

use crate::diag::{Diagnostic, Diagnostics, OptionRef};
use crate::model::{EnumId, Model, Type};
use crate::types::{self, Prim};
use proc_macro2::TokenStream;
use std::collections::BTreeSet;

/// What the user asked for besides the docs.
#[derive(Debug, Clone)]
pub struct Options {
    /// How generated code names the `docmodel` crate: `$crate` in the macro, `::docmodel` else.
    pub krate: TokenStream,
    /// Extra derives for every generated type where valid (`derive = [Eq, Hash]`).
    pub derives: Vec<Derive>,
    /// Rust types chosen for doc types (`types = { DateTimeOffset = String }`).
    pub types: Vec<TypeOverride>,
    /// What a Type cell whose type cannot be found becomes (`unresolved = "value"`).
    pub unresolved: Unresolved,
    /// Whether each response example with real values becomes a `#[test]` (`examples = true`).
    pub examples: bool,
    /// Whether a flaw of the docs that a documented rule decides ([`crate::Rule`]) is an error
    /// rather than a warning (`strict = true`), for teams that own their docs.
    pub strict: bool,
    /// Whether each API page's operation becomes a type that builds its request and reads its
    /// answer (`operations = false` turns them off; the default is on).
    pub operations: bool,
}

impl Options {
    /// No options, with the given path of the `docmodel` crate.
    pub fn new(krate: TokenStream) -> Self {
        Options {
            krate,
            ..Options::default()
        }
    }
}

impl Default for Options {
    /// No options, and an empty path for the `docmodel` crate.
    fn default() -> Self {
        Options {
            krate: TokenStream::new(),
            derives: Vec::new(),
            types: Vec::new(),
            unresolved: Unresolved::default(),
            examples: false,
            strict: false,
            operations: true,
        }
    }
}

/// What to do with a Type cell whose type cannot be found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Unresolved {
    /// An error at the cell (the default: a model never silently loses a type).
    #[default]
    Error,
    /// `serde_json::Value`, and a warning (for partial models of a doc set with gaps).
    Json,
}

/// One derive of the `derive` option.
#[derive(Debug, Clone)]
pub struct Derive {
    /// The last segment of the path as written (`Eq` for `core::cmp::Eq`): how the known
    /// derives are recognized.
    pub name: String,
    /// The path as written, emitted in `#[derive(...)]`.
    pub path: TokenStream,
}

/// One entry of the `types` option.
#[derive(Debug, Clone)]
pub struct TypeOverride {
    /// The doc type it replaces, as written: a primitive in any spelling the docs use
    /// (`DateTimeOffset`, `Edm.DateTimeOffset`, `datetime`), or an enum's doc name
    /// (`resultantAppState`), compared case-insensitively.
    pub key: String,
    /// The Rust type to use, as written; resolved in the invoking crate.
    pub rust: TokenStream,
}

/// Derives every struct has already (`Debug` through the `object!` glue, not a derive).
const STRUCT_DERIVES: &[&str] = &["Debug", "Clone", "PartialEq", "Default"];
/// Derives every enum has already.
const ENUM_DERIVES: &[&str] = &["Debug", "Clone", "PartialEq", "Eq", "Hash"];

/// What a type override replaces: a primitive or an enum, wherever a field holds one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Replaced {
    Prim(Prim),
    Enum(EnumId),
}

impl Replaced {
    /// What `ty` (an element type) is, if an override can replace it.
    fn of(ty: &Type) -> Option<Replaced> {
        match ty {
            Type::Prim(prim) => Some(Replaced::Prim(*prim)),
            Type::Enum(id) => Some(Replaced::Enum(*id)),
            Type::Vec(_) | Type::Boxed(_) | Type::Override(_) | Type::Struct(_) | Type::Poly(_) => {
                None
            }
        }
    }
}

/// Applies `options` to `model`.
pub fn apply(model: &mut Model, options: &Options, diags: &mut Diagnostics) {
    let replaced = overrides(model, options, diags);
    for s in model.structs_mut() {
        for field in &mut s.fields {
            let element = field.ty.element_mut();
            let found =
                Replaced::of(element).and_then(|what| replaced.iter().find(|(r, _)| *r == what));
            if let Some((_, index)) = found {
                *element = Type::Override(*index);
            }
        }
    }
    for (index, derive) in options.derives.iter().enumerate() {
        apply_derive(model, index, derive, diags);
    }
}

/// What each `types` entry replaces; entries that match nothing, or a type already overridden,
/// are problems.
fn overrides(model: &Model, options: &Options, diags: &mut Diagnostics) -> Vec<(Replaced, usize)> {
    let used = used_types(model);
    let mut replaced: Vec<(Replaced, usize)> = Vec::new();
    for (index, entry) in options.types.iter().enumerate() {
        let option = OptionRef::Type(index);
        let cell = types::parse_type_cell(&entry.key);
        if cell.collection {
            let message = format!(
                "`{}`: give the element type; collections of it follow (`X collection` becomes \
                 `Vec` of the type you give for `X`)",
                entry.key
            );
            diags.error(option, message);
            continue;
        }
        let what = match types::lookup(cell.name) {
            Some(prim) => Some(Replaced::Prim(prim)),
            None => model
                .enums()
                .find(|(_, e)| e.doc_name.eq_ignore_ascii_case(&entry.key))
                .map(|(id, _)| Replaced::Enum(id)),
        };
        let Some(what) = what.filter(|what| used.contains(what)) else {
            let names = type_names(model, &used, option, diags);
            let message = format!(
                "`{}` matches no type of these docs; the types they use are: {}",
                entry.key,
                names.join(", ")
            );
            diags.error(option, message);
            continue;
        };
        if replaced.iter().any(|(r, _)| *r == what) {
            let message = format!("`{}` names a type that is already overridden", entry.key);
            diags.error(option, message);
            continue;
        }
        replaced.push((what, index));
    }
    replaced
}

/// The element types the model's fields use that an override can replace, each once.
fn used_types(model: &Model) -> Vec<Replaced> {
    let mut used = Vec::new();
    for (_, field) in model.fields() {
        if let Some(what) = Replaced::of(field.ty.element())
            && !used.contains(&what)
        {
            used.push(what);
        }
    }
    used
}

/// The doc names of `types`, sorted, for the message about option entry `option`.
fn type_names(
    model: &Model,
    types: &[Replaced],
    option: OptionRef,
    diags: &mut Diagnostics,
) -> Vec<String> {
    let mut names = BTreeSet::new();
    for what in types {
        match what {
            Replaced::Prim(prim) => names.insert(format!("`{prim}`")),
            Replaced::Enum(id) => match model.enumeration(*id) {
                Some(e) => names.insert(format!("`{}`", e.doc_name)),
                None => {
                    diags.push(Diagnostic::bug(option, "an enum id points nowhere"));
                    false
                }
            },
        };
    }
    names.into_iter().collect()
}

/// Adds derive `index` to every type that does not have it, or reports why a type cannot.
fn apply_derive(model: &mut Model, index: usize, derive: &Derive, diags: &mut Diagnostics) {
    let name = derive.name.as_str();
    let option = OptionRef::Derive(index);
    if matches!(name, "Serialize" | "Deserialize") {
        let message = format!(
            "`{name}`: docmodel generates `Serialize` and `Deserialize` itself (they keep unknown \
             members and nulls)"
        );
        return diags.push(Diagnostic::error(option, message).with_help("remove it from `derive`"));
    }
    let structs_can = match name {
        "Eq" | "Hash" => Ok(()),
        "PartialOrd" | "Ord" => {
            Err("their `extra` field (unknown members, `serde_json::Value`) has no order")
        }
        "Copy" => Err("they own strings and their `extra` field"),
        _ => Ok(()),
    };
    let enums_can = match name {
        "Copy" => Err("their catch-all variant owns the string it keeps"),
        "Default" => Err("no listed value is a natural default"),
        _ => Ok(()),
    };
    if model.struct_count() > 0 {
        if let Err(why) = structs_can {
            diags.error(
                option,
                format!("`{name}` cannot be derived for the generated structs: {why}"),
            );
        } else if !STRUCT_DERIVES.contains(&name) {
            let floats = float_fields(model, name);
            if floats.is_empty() {
                for s in model.structs_mut() {
                    s.derives.push(index);
                }
            } else {
                let message = format!(
                    "`{name}` cannot be derived: {} {} floating point, which has no `{name}`",
                    floats.join(", "),
                    if floats.len() == 1 { "is" } else { "are" }
                );
                let help = format!(
                    "remove `{name}`, or map the type to one that has it with `types = {{ ... }}`"
                );
                diags.push(Diagnostic::error(option, message).with_help(help));
            }
        }
    }
    if model.has_enums() {
        if let Err(why) = enums_can {
            diags.error(
                option,
                format!("`{name}` cannot be derived for the generated enums: {why}"),
            );
        } else if !ENUM_DERIVES.contains(&name) {
            for e in model.enums_mut() {
                e.derives.push(index);
            }
        }
    }
}

/// The fields (as `name` at `path` line N) whose type is a float, for derives that floats lack.
fn float_fields(model: &Model, derive: &str) -> Vec<String> {
    if !matches!(derive, "Eq" | "Hash" | "Ord") {
        return Vec::new();
    }
    let is_float = |ty: &Type| matches!(ty.element(), Type::Prim(Prim::Single | Prim::Double));
    model
        .fields()
        .filter(|(_, f)| is_float(&f.ty))
        .map(|(s, f)| match &f.place {
            Some(place) => format!("`{}.{}` ({place})", s.ident, f.ident),
            None => format!("`{}.{}`", s.ident, f.ident),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Diagnostic;
    use crate::diag::Origin;
    use crate::test_support::build_pages;
    use quote::quote;

    const PAGE: &str = "# Create thing\n\n|Property|Type|Description|\n|-|-|-|\n\
        |when|Edm.DateTimeOffset|x|\n|whens|DateTimeOffset collection|x|\n|ratio|Double|x|\n\
        |mode|mode|Possible values are: on, off.|\n";

    fn run(derives: &[&str], types: &[(&str, &str)]) -> Result<String, Vec<Diagnostic>> {
        let options = Options {
            krate: quote!(::docmodel),
            derives: derives
                .iter()
                .map(|d| Derive {
                    name: (*d).into(),
                    path: d.parse().unwrap_or_default(),
                })
                .collect(),
            types: types
                .iter()
                .map(|(k, v)| TypeOverride {
                    key: (*k).into(),
                    rust: v.parse().unwrap_or_default(),
                })
                .collect(),
            ..Options::default()
        };
        crate::tokens(&build_pages(&[("t.md", PAGE)], &options), &options).map(|t| t.to_string())
    }

    fn messages(problems: Vec<Diagnostic>) -> Vec<(OptionRef, String)> {
        problems
            .into_iter()
            .filter_map(|p| match p.origin {
                Origin::Option(option) => Some((option, p.text())),
                Origin::Doc(_) | Origin::Build => None,
            })
            .collect()
    }

    #[test]
    fn overrides_match_any_spelling_and_reach_collections() {
        let code = run(&[], &[("datetime", "my::When"), ("MODE", "String")]).unwrap();
        assert!(code.contains(&quote!(pub when: ::core::option::Option<my::When>).to_string()));
        let vec = quote!(pub whens: ::core::option::Option<::std::vec::Vec<my::When> >);
        assert!(code.contains(&vec.to_string()), "{code}");
        assert!(code.contains(&quote!(pub mode: ::core::option::Option<String>).to_string()));
        assert!(
            !code.contains("pub enum Mode"),
            "an enum no field uses is not generated"
        );
    }

    #[test]
    fn overrides_that_match_nothing_or_twice_are_errors() {
        let problems = run(
            &[],
            &[("Guid", "u128"), ("Edm.Double", "f32"), ("double", "f64")],
        );
        let found = messages(problems.unwrap_err());
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].0, OptionRef::Type(0));
        assert!(found[0].1.starts_with("`Guid` matches no type of these docs; the types they use are: `DateTimeOffset`, `Double`, `String`, `mode`"), "{found:?}");
        assert_eq!(found[1].0, OptionRef::Type(2));
        let collection = messages(run(&[], &[("Double collection", "f32")]).unwrap_err());
        assert!(
            collection[0].1.contains("give the element type"),
            "{collection:?}"
        );
    }

    #[test]
    fn derives_are_added_where_valid_and_once() {
        let code = run(&["Hash", "Eq", "PartialOrd"], &[("Double", "my::Ratio")]);
        let found = messages(code.unwrap_err());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, OptionRef::Derive(2));
        assert!(found[0].1.contains("`extra` field"), "{found:?}");
        // A struct's `Debug` comes with the glue: `Debug` is not derived on it.
        let code = run(&["Eq", "Debug", "Hash"], &[("Double", "my::Ratio")]).unwrap();
        let s = quote!(#[derive(Clone, PartialEq, Default, Eq, Hash)] pub struct Thing);
        assert!(code.contains(&s.to_string()), "{code}");
        let e = quote!(#[derive(Debug, Clone, PartialEq, Eq, Hash)] #[allow(clippy::upper_case_acronyms)] pub enum Mode);
        assert!(code.contains(&e.to_string()), "{code}");
    }

    #[test]
    fn a_derive_a_float_cannot_satisfy_names_the_field() {
        let found = messages(run(&["Eq"], &[]).unwrap_err());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].1,
            "`Eq` cannot be derived: `Thing.ratio` (`t.md` line 7) is floating point, which has \
             no `Eq`; remove `Eq`, or map the type to one that has it with `types = { ... }`"
        );
        let serde = messages(run(&["Serialize"], &[]).unwrap_err());
        assert!(
            serde[0]
                .1
                .contains("generates `Serialize` and `Deserialize` itself")
        );
    }
}
