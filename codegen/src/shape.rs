//! Stage 2d: the shape of a linked model. Two passes over [`Model`], after every type is known:
//!
//! - [`polymorphism`]: a field whose struct has derived types in the model holds the enum of
//!   them all (`Any{Base}`), which picks the variant by `@odata.type`;
//! - [`box_recursion`]: a field through which a struct contains itself (not through a
//!   collection) is boxed, so that the type has a size.

use crate::model::{Model, Poly, Type};
use crate::names;
use crate::types::Prim;
use proc_macro2::{Ident, Span};
use std::collections::HashMap;

/// Fields whose struct has derived types in the model hold whichever one the JSON's
/// `@odata.type` names: `Type::Poly`, one `Any{Struct}` enum per such base.
pub fn polymorphism(model: &mut Model) {
    let count = model.structs.len();
    let structs = &model.structs;
    let ancestors = |mut j: usize| {
        let mut found = Vec::new();
        while let Some(base) = structs.get(j).and_then(|s| s.base) {
            if found.contains(&base) || found.len() > count {
                break;
            }
            found.push(base);
            j = base;
        }
        found
    };
    let derived: Vec<Vec<usize>> = (0..count)
        .map(|i| (0..count).filter(|&j| ancestors(j).contains(&i)).collect())
        .collect();
    let mut wanted: Vec<usize> = Vec::new();
    for s in structs {
        for field in &s.fields {
            visit_structs(&field.ty, &mut |i| {
                if derived.get(i).is_some_and(|d| !d.is_empty()) && !wanted.contains(&i) {
                    wanted.push(i);
                }
            });
        }
    }
    let mut polys: HashMap<usize, usize> = HashMap::new();
    for base in wanted {
        let Some(s) = model.structs.get(base) else {
            continue;
        };
        let seen: &Model = model;
        let taken = |n: &str| {
            seen.structs.iter().any(|s| s.ident == n)
                || seen.enums.iter().any(|e| e.ident == n)
                || seen.polys.iter().any(|p| p.ident == n)
        };
        let ident = names::free_ident(&format!("Any{}", s.ident), taken)
            .unwrap_or_else(|_| Ident::new("AnyType", Span::call_site()));
        polys.insert(base, model.polys.len());
        model.polys.push(Poly {
            base,
            ident,
            derived: derived.get(base).cloned().unwrap_or_default(),
        });
    }
    for s in &mut model.structs {
        for field in &mut s.fields {
            make_poly(&mut field.ty, &polys);
        }
    }
}

/// Boxes each field through which a struct contains itself.
pub fn box_recursion(model: &mut Model) {
    let edges: Vec<Vec<usize>> = model
        .structs
        .iter()
        .map(|s| {
            s.fields
                .iter()
                .flat_map(|f| direct_structs(&f.ty, model))
                .collect()
        })
        .collect();
    let reaches = |from: usize, to: usize| {
        let mut seen = vec![false; edges.len()];
        let mut stack = vec![from];
        while let Some(at) = stack.pop() {
            if at == to {
                return true;
            }
            if let Some(slot) = seen.get_mut(at) {
                if *slot {
                    continue;
                }
                *slot = true;
            }
            stack.extend(edges.get(at).into_iter().flatten().copied());
        }
        false
    };
    let mut boxed = Vec::new();
    for (i, s) in model.structs.iter().enumerate() {
        for (f, field) in s.fields.iter().enumerate() {
            if direct_structs(&field.ty, model)
                .into_iter()
                .any(|target| reaches(target, i))
            {
                boxed.push((i, f));
            }
        }
    }
    for (i, f) in boxed {
        if let Some(field) = model.structs.get_mut(i).and_then(|s| s.fields.get_mut(f)) {
            let ty = std::mem::replace(&mut field.ty, Type::Prim(Prim::Json));
            field.ty = Type::Boxed(Box::new(ty));
        }
    }
}

/// The structs a field holds directly (not through a collection): one, or for a polymorphic
/// field its base and every derived type.
fn direct_structs(ty: &Type, model: &Model) -> Vec<usize> {
    match ty {
        Type::Struct(index) => vec![*index],
        Type::Poly(index) => model
            .polys
            .get(*index)
            .map(|p| {
                std::iter::once(p.base)
                    .chain(p.derived.iter().copied())
                    .collect()
            })
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// Calls `f` with every struct a type names, through collections and boxes.
fn visit_structs(ty: &Type, f: &mut impl FnMut(usize)) {
    match ty {
        Type::Struct(index) => f(*index),
        Type::Vec(inner) | Type::Boxed(inner) => visit_structs(inner, f),
        _ => {}
    }
}

/// `Type::Struct(base)` -> `Type::Poly(..)` for the bases in `polys`.
fn make_poly(ty: &mut Type, polys: &HashMap<usize, usize>) {
    match ty {
        Type::Struct(index) => {
            if let Some(&poly) = polys.get(index) {
                *ty = Type::Poly(poly);
            }
        }
        Type::Vec(inner) | Type::Boxed(inner) => make_poly(inner, polys),
        _ => {}
    }
}
