//! Shaping: two passes over a linked [`Model`], once every type is known.
//!
//! - [`polymorphism`]: a field whose struct has derived types in the model holds the enum of
//!   them all (`Any{Base}`), which picks the variant by `@odata.type`;
//! - [`box_recursion`]: a field through which a struct contains itself (not through a
//!   collection) is boxed, so that the type has a size.

use crate::model::{Model, Poly, PolyId, StructId, Type};
use crate::names::Name;
use crate::types::Prim;
use std::collections::{BTreeSet, HashMap};

/// Fields whose struct has derived types in the model hold whichever one the JSON's
/// `@odata.type` names: `Type::Poly`, one `Any{Struct}` enum per such base.
pub fn polymorphism(model: &mut Model) {
    let derived = derived_types(model);
    // The bases that fields use, in the order fields first use them.
    let mut wanted: Vec<StructId> = Vec::new();
    for (_, field) in model.fields() {
        if let Type::Struct(id) = field.ty.element()
            && derived.contains_key(id)
            && !wanted.contains(id)
        {
            wanted.push(*id);
        }
    }
    let mut polys: HashMap<StructId, PolyId> = HashMap::new();
    for base in wanted {
        let Some(s) = model.structure(base) else {
            continue;
        };
        let seen: &Model = model;
        let taken = |n: &str| {
            seen.structs().any(|(_, s)| s.ident == n)
                || seen.enums().any(|(_, e)| e.ident == n)
                || seen.polys().any(|(_, p)| p.ident == n)
        };
        let ident = Name::prefixed("Any", &s.ident).free(taken);
        let derived = derived.get(&base).cloned().unwrap_or_default();
        let place = s.place.clone();
        let id = model.add_poly(Poly {
            base,
            ident,
            derived: derived.into_iter().collect(),
            place,
        });
        polys.insert(base, id);
    }
    for s in model.structs_mut() {
        for field in &mut s.fields {
            let element = field.ty.element_mut();
            if let Type::Struct(id) = element
                && let Some(&poly) = polys.get(id)
            {
                *element = Type::Poly(poly);
            }
        }
    }
}

/// The structs of the model that have derived types, each with them all (its derived types'
/// derived types too), in model order.
fn derived_types(model: &Model) -> HashMap<StructId, BTreeSet<StructId>> {
    let mut derived: HashMap<StructId, BTreeSet<StructId>> = HashMap::new();
    let count = model.struct_count();
    for (id, s) in model.structs() {
        let mut base = s.base;
        // A chain of bases is at most as long as the model; a loop ends there.
        let mut steps = 0;
        while let Some(b) = base
            && steps <= count
        {
            if !derived.entry(b).or_default().insert(id) {
                break;
            }
            base = model.structure(b).and_then(|s| s.base);
            steps += 1;
        }
    }
    derived
}

/// Boxes each field through which a struct contains itself.
pub fn box_recursion(model: &mut Model) {
    let edges: HashMap<StructId, Vec<StructId>> = model
        .structs()
        .map(|(id, s)| {
            let targets = s.fields.iter().flat_map(|f| direct_structs(&f.ty, model));
            (id, targets.collect())
        })
        .collect();
    let reaches = |from: StructId, to: StructId| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from];
        while let Some(at) = stack.pop() {
            if at == to {
                return true;
            }
            if seen.insert(at) {
                stack.extend(edges.get(&at).into_iter().flatten().copied());
            }
        }
        false
    };
    let boxed: Vec<Vec<bool>> = model
        .structs()
        .map(|(id, s)| {
            let fields = s.fields.iter();
            fields
                .map(|f| {
                    direct_structs(&f.ty, model)
                        .into_iter()
                        .any(|t| reaches(t, id))
                })
                .collect()
        })
        .collect();
    for (s, boxed) in model.structs_mut().zip(boxed) {
        for (field, boxed) in s.fields.iter_mut().zip(boxed) {
            if boxed {
                let ty = std::mem::replace(&mut field.ty, Type::Prim(Prim::Json));
                field.ty = Type::Boxed(Box::new(ty));
            }
        }
    }
}

/// The structs a field holds directly (not through a collection): one, or for a polymorphic
/// field its base and every derived type.
fn direct_structs(ty: &Type, model: &Model) -> Vec<StructId> {
    match ty {
        Type::Struct(id) => vec![*id],
        Type::Poly(id) => model
            .poly(*id)
            .map(|p| {
                std::iter::once(p.base)
                    .chain(p.derived.iter().copied())
                    .collect()
            })
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}
