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
    let types = model.fields().map(|(_, f)| &f.ty);
    for ty in types.chain(model.operation_types()) {
        if let Type::Struct(id) = ty.element()
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
                || seen.operations().iter().any(|o| o.ident == n)
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
    let any = |ty: &mut Type| {
        let element = ty.element_mut();
        if let Type::Struct(id) = element
            && let Some(&poly) = polys.get(id)
        {
            *element = Type::Poly(poly);
        }
    };
    for s in model.structs_mut() {
        s.fields.iter_mut().for_each(|f| any(&mut f.ty));
    }
    model.operation_types_mut().for_each(any);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Loc, Place};
    use crate::model::{Field, Struct};
    use crate::names;

    fn field(wire: &str, ty: Type) -> Field {
        Field {
            wire: wire.to_owned(),
            ident: names::field_name(wire).unwrap(),
            ty,
            description: String::new(),
            place: None,
        }
    }

    fn structure(name: &str, base: Option<StructId>, fields: Vec<Field>) -> Struct {
        Struct {
            doc_name: name.to_owned(),
            ident: names::type_name(name).unwrap(),
            description: String::new(),
            place: Place::new("t.md", Loc::START),
            fields,
            odata_name: format!("microsoft.graph.{name}"),
            base,
            open: false,
            extra: Name::generated("extra"),
            derives: Vec::new(),
        }
    }

    fn types(model: &Model, id: StructId) -> Vec<Type> {
        let s = model.structure(id).unwrap();
        s.fields.iter().map(|f| f.ty.clone()).collect()
    }

    #[test]
    fn fields_of_a_base_with_derived_types_hold_the_any_enum() {
        let mut model = Model::default();
        let entity = model.add_struct(structure("entity", None, vec![]));
        let app = model.add_struct(structure("app", Some(entity), vec![]));
        let win32 = model.add_struct(structure("win32App", Some(app), vec![]));
        // A type of the name `AnyApp` already: the enum steps aside.
        model.add_struct(structure("anyApp", None, vec![]));
        let holder = model.add_struct(structure(
            "holder",
            None,
            vec![
                field("app", Type::Struct(app)),
                field("apps", Type::Vec(Box::new(Type::Struct(app)))),
                field("leaf", Type::Struct(win32)),
            ],
        ));
        polymorphism(&mut model);
        let polys: Vec<_> = model.polys().map(|(id, p)| (id, p.clone())).collect();
        // `entity` has derived types, but no field holds one: no enum for it.
        let [(poly, any_app)] = polys.as_slice() else {
            panic!("one Any enum: {polys:?}");
        };
        assert_eq!(any_app.base, app);
        assert_eq!(any_app.derived, [win32]);
        assert_eq!(any_app.ident, "AnyApp_");
        assert_eq!(
            types(&model, holder),
            [
                Type::Poly(*poly),
                Type::Vec(Box::new(Type::Poly(*poly))),
                Type::Struct(win32)
            ]
        );
    }

    #[test]
    fn derived_types_are_all_of_them_and_a_loop_of_bases_ends() {
        let mut model = Model::default();
        let a = model.add_struct(structure("a", None, vec![]));
        let b = model.add_struct(structure("b", Some(a), vec![]));
        let c = model.add_struct(structure("c", Some(b), vec![]));
        let derived = derived_types(&model);
        assert_eq!(derived.get(&a), Some(&BTreeSet::from([b, c])));
        assert_eq!(derived.get(&b), Some(&BTreeSet::from([c])));
        assert_eq!(derived.get(&c), None);
        // A base loop (reported by linking) must not hang.
        if let Some(s) = model.structure_mut(a) {
            s.base = Some(c);
        }
        let derived = derived_types(&model);
        assert_eq!(derived.get(&a), Some(&BTreeSet::from([a, b, c])));
    }

    #[test]
    fn a_struct_that_contains_itself_is_boxed_where_the_chain_closes() {
        let mut model = Model::default();
        let node = model.add_struct(structure("node", None, vec![]));
        let pair = model.add_struct(structure("pair", None, vec![]));
        let other = model.add_struct(structure("other", None, vec![]));
        let set = |model: &mut Model, id: StructId, fields: Vec<Field>| {
            if let Some(s) = model.structure_mut(id) {
                s.fields = fields;
            }
        };
        set(
            &mut model,
            node,
            vec![
                field("parent", Type::Struct(node)),
                field("kids", Type::Vec(Box::new(Type::Struct(node)))),
                field("pair", Type::Struct(pair)),
                field("other", Type::Struct(other)),
            ],
        );
        set(&mut model, pair, vec![field("node", Type::Struct(node))]);
        box_recursion(&mut model);
        let boxed = |id| Type::Boxed(Box::new(Type::Struct(id)));
        assert_eq!(
            types(&model, node),
            [
                boxed(node),
                Type::Vec(Box::new(Type::Struct(node))),
                boxed(pair),
                Type::Struct(other)
            ]
        );
        assert_eq!(types(&model, pair), [boxed(node)]);
    }
}
