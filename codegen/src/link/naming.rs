//! Rust names of the model's types and enum variants, checked against the names taken.

use super::Linker;
use crate::defs::{DEFAULT_NAMESPACE, QName};
use crate::diag::{Diagnostic, Diagnostics, Place};
use crate::model::Variant;
use crate::names::{self, Name};
use heck::ToUpperCamelCase;

impl Linker<'_> {
    /// The Rust name of a type, checked against the names taken so far.
    pub(super) fn type_name(&mut self, name: &QName, place: &Place) -> Name {
        if name.name.is_empty() {
            // The page could not say which type it describes, and said so: the build fails, and
            // the placeholder is never emitted.
            return Name::generated("Page");
        }
        let rust = if name.namespace.eq_ignore_ascii_case(DEFAULT_NAMESPACE) {
            name.name.clone()
        } else {
            let last = name.namespace.rsplit('.').next().unwrap_or_default();
            format!(
                "{}{}",
                last.to_upper_camel_case(),
                name.name.to_upper_camel_case()
            )
        };
        let ident = match names::type_name(&rust) {
            Ok(ident) => ident,
            Err(e) => {
                // A namespace and a name of no letters or digits (`x.!.!`): the build fails, and
                // the placeholder is never emitted.
                let message = format!("cannot name this type: {e}");
                self.diags.error(place.clone(), message);
                return Name::generated("Page");
            }
        };
        let taken = self
            .model
            .structs()
            .map(|(_, s)| (&s.ident, &s.place))
            .chain(self.model.enums().map(|(_, e)| (&e.ident, &e.place)))
            .find(|(other, _)| **other == ident);
        if let Some((_, other)) = taken {
            let message = format!(
                "this type would have the Rust name `{ident}` of the type defined at {other}"
            );
            let help = "rename one of them in the doc";
            self.diags
                .push(Diagnostic::error(place.clone(), message).with_help(help));
        }
        ident
    }
}

/// `name`, or with `_` appended if a variant has it.
pub(super) fn free(variants: &[Variant], name: &'static str) -> Name {
    Name::generated(name).free(|n| variants.iter().any(|v| v.ident == n))
}

/// Names the variants of one list of values. Two values that land on one name (`none`, `None`)
/// get distinct names: the later one gets `_` appended (`None_`), as generated names do.
pub(super) fn variants(values: &[String], place: &Place, diags: &mut Diagnostics) -> Vec<Variant> {
    let mut out: Vec<Variant> = Vec::new();
    for wire in values {
        if out.iter().any(|v| v.wire == *wire) {
            let message = format!("the value `{wire}` is listed twice");
            diags.push(Diagnostic::error(place.clone(), message).with_help("remove one"));
            continue;
        }
        match names::variant_name(wire) {
            Ok(ident) => out.push(Variant {
                wire: wire.clone(),
                ident: ident.free(|n| out.iter().any(|v| v.ident == n)),
            }),
            Err(e) => {
                let message = format!("cannot make an enum variant of a value: {e}");
                diags.error(place.clone(), message);
            }
        }
    }
    out
}
