//! What each requested page of a build puts in the model, and which requested pages reach which
//! types: what a shell needs to write one model of many pages with a module per page that
//! re-exports the page's types (`docmodel emit`), and to leave out the pages an error of that one
//! model is about.

use crate::defs::QName;
use crate::load::Loaded;
use crate::model::{EnumId, Model, PolyId, StructId, Type};
use std::collections::{BTreeSet, HashMap};

/// The types each requested page puts in the model, in build order.
#[derive(Debug, Clone, Default)]
pub struct Exports {
    pages: Vec<Roots>,
}

/// One requested page and the items of the model it asks for.
#[derive(Debug, Clone)]
struct Roots {
    path: String,
    items: Vec<Item>,
    /// The Rust names of those that are emitted (an enum no field holds is not), in model order.
    names: Vec<String>,
}

/// An item of the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Item {
    Struct(StructId),
    Enum(EnumId),
    Poly(PolyId),
}

impl Exports {
    /// The items each requested page of `loaded` asks `model` for: the structs and enums it
    /// defines, else (a page without tables) the structs its examples name; with the `Any` enum
    /// of each such struct that has derived types.
    pub fn new(loaded: &Loaded, model: &Model) -> Self {
        let used: BTreeSet<EnumId> = crate::emit::used_enums(model).into_iter().collect();
        // Each page's operation, by the page's path.
        let operations: HashMap<&str, String> = model
            .operations()
            .iter()
            .map(|op| (op.place.path.as_str(), op.ident.to_string()))
            .collect();
        let requested = loaded.pages().filter(|(_, p)| p.requested);
        let pages = requested
            .map(|(_, page)| {
                let mut items: Vec<Item> = Vec::new();
                for def in &page.defs.structs {
                    items.extend(struct_of(model, &def.name).map(Item::Struct));
                }
                for def in &page.defs.enums {
                    let key = def.name.key();
                    let found = model
                        .enums()
                        .find(|(_, e)| e.odata_name.eq_ignore_ascii_case(&key));
                    items.extend(found.map(|(id, _)| Item::Enum(id)));
                }
                if page.defs.structs.is_empty() && page.defs.enums.is_empty() {
                    let named = page.examples.iter().filter_map(|e| {
                        let name = e.annotation.value.get("@odata.type")?.as_str()?;
                        crate::examples::find_struct(model, name)
                    });
                    items.extend(named.map(|(id, _)| Item::Struct(id)));
                }
                with_polys(&mut items, model);
                items.sort();
                items.dedup();
                let mut names = names(&items, model, &used);
                // The page's operation, after its types.
                names.extend(operations.get(page.path.as_str()).cloned());
                Roots {
                    path: page.path.clone(),
                    names,
                    items,
                }
            })
            .collect();
        Exports { pages }
    }

    /// The Rust names of the items requested page `path` asks for, each once, in model order.
    pub fn names(&self, path: &str) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for page in self.pages.iter().filter(|p| p.path == path) {
            for name in &page.names {
                if !names.contains(name) {
                    names.push(name.clone());
                }
            }
        }
        names
    }

    /// The requested pages, in build order, that are among `paths` or whose items lead (through
    /// fields and bases) to an item defined or added to on one of `paths`: the
    /// pages to leave out so that nothing of `paths` is in the model.
    pub fn reaching(&self, paths: &BTreeSet<&str>, model: &Model) -> Vec<String> {
        let touched = touched(paths, model);
        let reach = reaching_items(touched, model);
        self.pages
            .iter()
            .filter(|p| {
                paths.contains(p.path.as_str()) || p.items.iter().any(|i| reach.contains(i))
            })
            .map(|p| p.path.clone())
            .collect()
    }
}

/// The Rust names of `items` that are emitted: an enum is only if it is in `used`.
fn names(items: &[Item], model: &Model, used: &BTreeSet<EnumId>) -> Vec<String> {
    let name = |item: &Item| match *item {
        Item::Struct(id) => model.structure(id).map(|s| s.ident.to_string()),
        Item::Enum(id) if used.contains(&id) => model.enumeration(id).map(|e| e.ident.to_string()),
        Item::Enum(_) => None,
        Item::Poly(id) => model.poly(id).map(|p| p.ident.to_string()),
    };
    items.iter().filter_map(name).collect()
}

/// The model's struct of the doc type `name` (matched by key, as linking does).
fn struct_of(model: &Model, name: &QName) -> Option<StructId> {
    let key = name.key();
    model
        .structs()
        .find(|(_, s)| s.odata_name.eq_ignore_ascii_case(&key))
        .map(|(id, _)| id)
}

/// `items` with the `Any` enum of each struct among them that is a base of one.
fn with_polys(items: &mut Vec<Item>, model: &Model) {
    let polys = model
        .polys()
        .filter(|(_, p)| items.contains(&Item::Struct(p.base)))
        .map(|(id, _)| Item::Poly(id))
        .collect::<Vec<_>>();
    items.extend(polys);
}

/// The items defined on one of `paths`, or with a field whose row is on one of them.
fn touched(paths: &BTreeSet<&str>, model: &Model) -> Vec<Item> {
    let on = |path: &str| paths.contains(path);
    let structs = model.structs().filter(|(_, s)| {
        on(&s.place.path)
            || s.fields
                .iter()
                .any(|f| f.place.as_ref().is_some_and(|p| on(&p.path)))
    });
    let enums = model.enums().filter(|(_, e)| on(&e.place.path));
    structs
        .map(|(id, _)| Item::Struct(id))
        .chain(enums.map(|(id, _)| Item::Enum(id)))
        .collect()
}

/// Every item that leads to one of `targets` (themselves included), found by walking the
/// model's references backwards.
fn reaching_items(targets: Vec<Item>, model: &Model) -> BTreeSet<Item> {
    let mut users: HashMap<Item, Vec<Item>> = HashMap::new();
    for (from, to) in references(model) {
        users.entry(to).or_default().push(from);
    }
    let mut seen: BTreeSet<Item> = targets.iter().copied().collect();
    let mut stack = targets;
    while let Some(item) = stack.pop() {
        for &user in users.get(&item).into_iter().flatten() {
            if seen.insert(user) {
                stack.push(user);
            }
        }
    }
    seen
}

/// Every reference of the model, as (from, to): a struct to its fields' types and its base; an
/// `Any` enum to its base. Not to its derived structs: those are in the model because a page
/// asks for them or a field names them, and leaving out what does is enough to leave them out.
fn references(model: &Model) -> Vec<(Item, Item)> {
    let mut out = Vec::new();
    for (id, s) in model.structs() {
        let from = Item::Struct(id);
        out.extend(s.base.map(|base| (from, Item::Struct(base))));
        for field in &s.fields {
            let to = match field.ty.element() {
                Type::Struct(to) => Item::Struct(*to),
                Type::Enum(to) => Item::Enum(*to),
                Type::Poly(to) => Item::Poly(*to),
                Type::Prim(_) | Type::Override(_) | Type::Vec(_) | Type::Boxed(_) => continue,
            };
            out.push((from, to));
        }
    }
    for (id, p) in model.polys() {
        out.push((Item::Poly(id), Item::Struct(p.base)));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::test_support::{build_pages, options};
    use std::collections::BTreeSet;

    const HOLDER: &str = "# holder resource type\n\n## Properties\n\n|Property|Type|Description|\n\
                          |-|-|-|\n|thing|thing|A thing.|\n|mode|mode|A mode.|\n";
    const THING: &str = "# thing resource type\n\n## Properties\n\n|Property|Type|Description|\n\
                         |-|-|-|\n|id|String|Its id.|\n";
    const MODE: &str = "# mode enum type\n\n## Members\n\n|Member|Description|\n|-|-|\n\
                        |on|On.|\n|off|Off.|\n";
    const OTHER: &str = "# other resource type\n\n## Properties\n\n|Property|Type|Description|\n\
                         |-|-|-|\n|size|Int32|Its size.|\n";
    const GET: &str = "# Get thing\n\n## Response\n\n<!-- {\n  \"blockType\": \"response\",\n  \
                       \"@odata.type\": \"microsoft.graph.thing\"\n} -->\n```json\n\
                       {\"id\": \"t1\"}\n```\n";

    fn pages() -> Vec<(&'static str, &'static str)> {
        vec![
            ("holder.md", HOLDER),
            ("thing.md", THING),
            ("mode.md", MODE),
            ("other.md", OTHER),
            ("thing-get.md", GET),
        ]
    }

    #[test]
    fn each_page_exports_what_it_defines_or_its_examples_name() {
        let build = build_pages(&pages(), &options());
        assert!(!build.has_errors(), "{:?}", build.diagnostics);
        assert_eq!(build.defined_by("holder.md"), ["Holder"]);
        assert_eq!(build.defined_by("mode.md"), ["Mode"]);
        // An enum no field holds is not emitted, so it is not among the page's types.
        let alone = build_pages(&[("mode.md", MODE)], &options());
        assert!(alone.defined_by("mode.md").is_empty());
        assert_eq!(build.defined_by("thing-get.md"), ["Thing"]);
        assert!(build.defined_by("missing.md").is_empty());
    }

    #[test]
    fn a_base_type_brings_its_any_enum() {
        let derived = "# fancy resource type\n\nInherits from [thing](thing.md).\n\n## Properties\n\n\
                       |Property|Type|Description|\n|-|-|-|\n|shine|Int32|Its shine.|\n";
        let mut pages = pages();
        pages.push(("fancy.md", derived));
        let build = build_pages(&pages, &options());
        assert!(!build.has_errors(), "{:?}", build.diagnostics);
        assert_eq!(build.defined_by("thing.md"), ["Thing", "AnyThing"]);
        assert_eq!(build.defined_by("fancy.md"), ["Fancy"]);
        // Leaving out `thing.md` and the pages that use it is not enough: `fancy` inherits it.
        let reaching = build.pages_reaching(&BTreeSet::from(["thing.md"]));
        assert_eq!(
            reaching,
            ["holder.md", "thing.md", "thing-get.md", "fancy.md"]
        );
    }

    #[test]
    fn the_pages_reaching_a_page_are_those_whose_types_lead_there() {
        let build = build_pages(&pages(), &options());
        let reaching = |path: &str| build.pages_reaching(&BTreeSet::from([path]));
        // `holder` leads to `thing` and `mode`; `thing-get` asks for `thing`.
        assert_eq!(
            reaching("thing.md"),
            ["holder.md", "thing.md", "thing-get.md"]
        );
        assert_eq!(reaching("mode.md"), ["holder.md", "mode.md"]);
        assert_eq!(reaching("other.md"), ["other.md"]);
        assert_eq!(reaching("holder.md"), ["holder.md"]);
        assert!(reaching("elsewhere.md").is_empty());
    }
}
