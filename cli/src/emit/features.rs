//! `docmodel emit --features`: the emitted crate's `[features]`, and a `#[cfg]` on each item that
//! not every feature needs. Which features there are, and what each compiles, codegen decides
//! (`Build::features`); here they become `Cargo.toml` lines and attributes.
//!
//! Each item of `types` is gated by its Rust name: a struct or enum by its own, a glue macro call
//! (`object!`, `enumeration!`, `polymorphic!`) by the name it starts with, an `impl` by its self
//! type, an example test by the type it reads (`super::X`). A page's module is gated by what it
//! re-exports.

use docmodel_codegen::{FeatureRule, Features, Gate};
use proc_macro2::{TokenStream, TokenTree};
use std::fmt::Write as _;

/// crates.io takes at most 300 features; `default` and `full` are two of them.
pub const MAX: usize = 298;

/// The feature that turns on every other; the default.
const FULL: &str = "full";

/// The `#[cfg]` of a gate, as source (`#[cfg(feature = "user")]`), or `None` for no gate.
pub fn cfg_text(gate: &Gate) -> Option<String> {
    let names: Vec<&str> = match gate {
        Gate::Always => return None,
        Gate::AllFeatures => vec![FULL],
        Gate::Any(names) => names.iter().map(String::as_str).collect(),
    };
    let features: Vec<String> = names
        .iter()
        .map(|name| format!("feature = \"{name}\""))
        .collect();
    Some(match features.as_slice() {
        [one] => format!("#[cfg({one})]"),
        many => format!("#[cfg(any({}))]", many.join(", ")),
    })
}

/// Gates every item of `items`, and each example test of a `mod` of them, by its Rust name.
pub fn gate_items(items: &mut [syn::Item], features: &Features) {
    for item in items {
        if let syn::Item::Mod(module) = item {
            if let Some((_, inner)) = &mut module.content {
                for test in inner.iter_mut() {
                    let name = match test {
                        syn::Item::Fn(f) => {
                            let tokens = quote::ToTokens::to_token_stream(&f.block);
                            read_type(tokens)
                        }
                        _ => None,
                    };
                    if let Some(name) = name {
                        add_cfg(test, &features.gate(&[name]));
                    }
                }
            }
            continue;
        }
        if let Some(name) = item_name(item) {
            let gate = features.gate(&[name]);
            add_cfg(item, &gate);
        }
    }
}

/// The Rust name an item is about, if it has one.
fn item_name(item: &syn::Item) -> Option<String> {
    match item {
        syn::Item::Struct(s) => Some(s.ident.to_string()),
        syn::Item::Enum(e) => Some(e.ident.to_string()),
        syn::Item::Union(u) => Some(u.ident.to_string()),
        syn::Item::Type(t) => Some(t.ident.to_string()),
        syn::Item::Const(c) => Some(c.ident.to_string()),
        syn::Item::Static(s) => Some(s.ident.to_string()),
        syn::Item::Fn(f) => Some(f.sig.ident.to_string()),
        syn::Item::Impl(i) => match &*i.self_ty {
            syn::Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
            _ => None,
        },
        // `::docmodel::__private::object! { User, "user", ... }`: the type is the first name.
        syn::Item::Macro(m) => m.mac.tokens.clone().into_iter().find_map(|t| match t {
            TokenTree::Ident(ident) => Some(ident.to_string()),
            _ => None,
        }),
        _ => None,
    }
}

/// The type an example test reads: `X` of the first `super::X` in its body.
fn read_type(tokens: TokenStream) -> Option<String> {
    let mut flat: Vec<TokenTree> = Vec::new();
    flatten(tokens, &mut flat);
    flat.windows(4).find_map(|w| match w {
        [
            TokenTree::Ident(sup),
            TokenTree::Punct(a),
            TokenTree::Punct(b),
            TokenTree::Ident(ty),
        ] if sup == "super" && a.as_char() == ':' && b.as_char() == ':' => Some(ty.to_string()),
        _ => None,
    })
}

fn flatten(tokens: TokenStream, out: &mut Vec<TokenTree>) {
    for token in tokens {
        match token {
            TokenTree::Group(group) => flatten(group.stream(), out),
            token => out.push(token),
        }
    }
}

/// Puts the `#[cfg]` of `gate` on `item`, after its doc comments.
fn add_cfg(item: &mut syn::Item, gate: &Gate) {
    let Some(text) = cfg_text(gate) else {
        return;
    };
    let Ok(attrs) = syn::parse::Parser::parse_str(syn::Attribute::parse_outer, &text) else {
        return;
    };
    let Some(list) = attrs_of(item) else {
        return;
    };
    let docs = list.iter().take_while(|a| a.path().is_ident("doc")).count();
    for (i, attr) in attrs.into_iter().enumerate() {
        list.insert(docs + i, attr);
    }
}

fn attrs_of(item: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    Some(match item {
        syn::Item::Struct(i) => &mut i.attrs,
        syn::Item::Enum(i) => &mut i.attrs,
        syn::Item::Union(i) => &mut i.attrs,
        syn::Item::Type(i) => &mut i.attrs,
        syn::Item::Const(i) => &mut i.attrs,
        syn::Item::Static(i) => &mut i.attrs,
        syn::Item::Fn(i) => &mut i.attrs,
        syn::Item::Impl(i) => &mut i.attrs,
        syn::Item::Macro(i) => &mut i.attrs,
        syn::Item::Mod(i) => &mut i.attrs,
        _ => return None,
    })
}

/// The `[features]` table: `default` turns on `full`, which turns on every feature; each feature,
/// with a comment that says what it is, turns on the features it needs.
pub fn manifest_section(features: &Features) -> String {
    let mut text = String::from(
        "\n# Each feature compiles some types and what they need (see `docmodel emit --help`);\n\
         # `full`, the default, compiles every type. To compile some only:\n\
         # `default-features = false, features = [\"...\"]`.\n[features]\n\
         default = [\"full\"]\n",
    );
    let _ = writeln!(text, "{FULL} = {}", list(&features.list, |f| &f.name));
    for feature in &features.list {
        let about = match feature.about.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [first, second] => format!("{first}, {second}"),
            [first, rest @ ..] => format!("{first} and {} more", rest.len()),
        };
        let types = if feature.items == 1 { "type" } else { "types" };
        let same = feature
            .same_as
            .as_ref()
            .map_or_else(String::new, |other| format!(", the same as `{other}`"));
        let _ = writeln!(
            text,
            "# {}: {} {types}{same}\n{} = {}",
            comment(&about),
            feature.items,
            feature.name,
            list(&feature.enables, |s| s)
        );
    }
    text
}

/// A TOML array of names: on one line if short, else one name a line.
fn list<T>(items: &[T], name: impl Fn(&T) -> &String) -> String {
    let names: Vec<String> = items.iter().map(|i| format!("\"{}\"", name(i))).collect();
    let one_line = format!("[{}]", names.join(", "));
    if one_line.len() <= 80 {
        return one_line;
    }
    let mut text = String::from("[\n");
    for n in names {
        let _ = writeln!(text, "    {n},");
    }
    text.push(']');
    text
}

/// `text` as it can stand in a TOML comment: one line.
fn comment(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The line `emit` prints about the features.
pub fn summary(features: &Features, rule: FeatureRule) -> String {
    let count = features.list.len();
    match rule {
        FeatureRule::Namespace => format!("wrote {count} Cargo features, one per namespace"),
        FeatureRule::Resource if features.threshold <= 1 => {
            format!("wrote {count} Cargo features, one per page's types")
        }
        FeatureRule::Resource if features.threshold == usize::MAX => format!(
            "wrote {count} Cargo features: the types nothing else reaches, the smaller of them \
             grouped into `other`"
        ),
        FeatureRule::Resource => format!(
            "wrote {count} Cargo features: one per top-level resource (a page's types that \
             nothing else reaches, or that reach at least {} types)",
            features.threshold
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cfgs_name_one_feature_or_any_of_several() {
        assert_eq!(cfg_text(&Gate::Always), None);
        assert_eq!(
            cfg_text(&Gate::AllFeatures).as_deref(),
            Some("#[cfg(feature = \"full\")]")
        );
        let gate = Gate::Any(vec!["mail-folder".into(), "user".into()]);
        assert_eq!(
            cfg_text(&gate).as_deref(),
            Some("#[cfg(any(feature = \"mail-folder\", feature = \"user\"))]")
        );
    }

    #[test]
    fn an_example_test_reads_the_type_after_super() {
        let tokens = quote::quote! {
            { if let Err(e) = ::docmodel::__private::round_trip_example::<super::AnyThing>("{}", false) {} }
        };
        assert_eq!(read_type(tokens).as_deref(), Some("AnyThing"));
    }

    #[test]
    fn a_glue_call_is_about_its_first_name() {
        let item: syn::Item =
            syn::parse_str("::docmodel::__private::object! { User, \"user\", extra, [] }").unwrap();
        assert_eq!(item_name(&item).as_deref(), Some("User"));
        let item: syn::Item = syn::parse_str("impl Default for AnyThing {}").unwrap();
        assert_eq!(item_name(&item).as_deref(), Some("AnyThing"));
    }
}
