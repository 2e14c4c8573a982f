//! Cargo features of an emitted crate, computed from the model's type graph: which items each
//! feature compiles, so that a user of a large doc set compiles the types they use and what those
//! need, and nothing else ("pay for what you use").
//!
//! **Reach.** An item (a struct, an `Any` enum, an enum a field holds) needs the items its code
//! names: a struct its base and the element type of each field (through `Vec` and `Box`); an
//! `Any` enum its base and every derived struct (its variants). What an item reaches is the
//! closure of that, itself included. A feature compiles what its roots reach.
//!
//! **Features, by resource** ([`FeatureRule::Resource`]): a candidate per requested page, whose
//! roots are the items its module re-exports (its types, with the `Any` enum of a base type),
//! named after the doc name of its first type (`user`, `mail-folder`). The pages of one first
//! type are one candidate. The top-level resources, which get a feature, are:
//! - every candidate, if there are at most `max`;
//! - else the candidates that nothing outside them reaches (else no feature would compile them;
//!   reaching is taken between strongly connected components, so a cycle that nothing enters
//!   counts), and the candidates that reach at least `K` items, with `K` the least number at
//!   which there are at most `max` (ties are kept together, so `K` does not depend on order).
//!   All of Graph v1.0's resources: 1,134 candidates, 147 that nothing reaches, `K` = 21, 290
//!   features (`docs/performance.md`).
//! - If even the candidates nothing reaches are more than `max`, those that reach the most items
//!   keep their own feature (ties broken by name) and the others are grouped into one feature,
//!   `other`.
//!
//! **By namespace** ([`FeatureRule::Namespace`]): a candidate per namespace of the `@odata.type`
//! names (`microsoft.graph.callRecords` -> `call-records`), whose roots are the items of that
//! namespace; chosen as above.
//!
//! **Gates.** Features with the same reach are one class: the first by name holds it and the
//! others turn it on. A feature turns on the classes right below its own (those whose roots it
//! reaches), so an item is gated by the features of the smallest classes that reach it, and not
//! by every feature above them. An item every feature reaches has no gate; an item no feature
//! reaches (which the rules above leave to none) is compiled only with every feature.

use crate::model::{EnumId, Model, PolyId, StructId, Type};
use heck::ToKebabCase;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// How `docmodel emit` groups a model into Cargo features.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeatureRule {
    /// A feature per top-level resource (see [`Build::features`](crate::Build::features)).
    Resource,
    /// A feature per namespace of the types' `@odata.type` names.
    Namespace,
}

/// The features of a model, and the features each of its items needs.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// The features, sorted by name.
    pub list: Vec<Feature>,
    /// For [`FeatureRule::Resource`] over more than `max` pages: the least number of items that
    /// a resource reaches for it to get a feature though something else reaches it. 1 if every
    /// candidate got one.
    pub threshold: usize,
    /// For each item's Rust name, the classes that reach it (bits over `classes`).
    items: HashMap<String, Bits>,
    /// Each class: the feature that holds it (index into `list`) and how many items it reaches.
    classes: Vec<(usize, usize)>,
    /// For each class, the classes it turns on, itself included.
    implies: Vec<Bits>,
}

/// One Cargo feature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feature {
    /// The feature's name: lower-case ASCII letters, digits and `-`, starting with a letter.
    pub name: String,
    /// What it stands for: the page paths of its types (first the page named after the first
    /// type, `user.md`, else the one that defines it), or the namespace.
    pub about: Vec<String>,
    /// The feature that holds its class, if it is another: one that compiles the same items.
    pub same_as: Option<String>,
    /// The features it turns on, sorted.
    pub enables: Vec<String>,
    /// How many items it compiles.
    pub items: usize,
}

/// When an item is compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gate {
    /// Always: every feature needs it (or the crate has no feature).
    Always,
    /// When one of these features is on (sorted, at least one).
    Any(Vec<String>),
    /// Only when every feature is on: no feature reaches it.
    AllFeatures,
}

impl Features {
    /// When the items named (Rust names of the model's items) are compiled: when any of them is.
    /// Names of no item of the model, and no name at all, are always compiled.
    pub fn gate<S: AsRef<str>>(&self, names: &[S]) -> Gate {
        if names.is_empty() {
            return Gate::Always;
        }
        let mut classes = Bits::new(self.classes.len());
        for name in names {
            match self.items.get(name.as_ref()) {
                Some(bits) => classes.union_with(bits),
                None => return Gate::Always,
            }
        }
        if classes.count() == self.classes.len() {
            return Gate::Always;
        }
        if classes.count() == 0 {
            return Gate::AllFeatures;
        }
        // The least classes among them: a class that turns on another of them is not needed.
        let mut sorted: Vec<usize> = classes.iter().collect();
        sorted.sort_by_key(|c| (self.classes.get(*c).map_or(0, |(_, size)| *size), *c));
        let mut kept: Vec<usize> = Vec::new();
        for c in sorted {
            let implies = self.implies.get(c);
            if !kept
                .iter()
                .any(|k| implies.is_some_and(|bits| bits.contains(*k)))
            {
                kept.push(c);
            }
        }
        let mut names: Vec<String> = kept
            .iter()
            .filter_map(|c| self.classes.get(*c))
            .filter_map(|(feature, _)| self.list.get(*feature))
            .map(|f| f.name.clone())
            .collect();
        names.sort();
        Gate::Any(names)
    }
}

/// A group of items that may become a feature.
#[derive(Debug, Clone)]
struct Candidate {
    /// The name it would have, before duplicates are told apart.
    name: String,
    /// A second name, if the first is taken (the Rust name's kebab case).
    alternative: String,
    about: Vec<String>,
    roots: Vec<usize>,
    reach: Bits,
}

/// The features of `model`: for [`FeatureRule::Resource`], `pages` are the requested pages'
/// paths, each with the Rust names of the items its module re-exports. At most `max` features.
pub fn features(
    model: &Model,
    pages: &[(String, Vec<String>)],
    rule: FeatureRule,
    max: usize,
) -> Features {
    let graph = Graph::new(model);
    let reach = graph.reach();
    let candidates = match rule {
        FeatureRule::Resource => page_candidates(&graph, model, pages, &reach),
        FeatureRule::Namespace => namespace_candidates(&graph, model, &reach),
    };
    let (chosen, threshold) = choose(candidates, &graph, max.max(1));
    let mut features = finish(chosen, threshold, &graph);
    operation_gates(model, &mut features.items, features.classes.len());
    features
}

/// A candidate per first type of the pages (in page order), whose roots are what the pages
/// with that first type re-export: `user.md` (`User` and its enums) and the Intune pages that
/// add properties to `user` (`User`) are one.
fn page_candidates(
    graph: &Graph,
    model: &Model,
    pages: &[(String, Vec<String>)],
    reach: &[Bits],
) -> Vec<Candidate> {
    let index: HashMap<&str, usize> = graph
        .names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    let mut by_first: BTreeMap<usize, usize> = BTreeMap::new();
    let mut out: Vec<Candidate> = Vec::new();
    // Each candidate's first type's doc name and where it is defined, to name its page first.
    let mut homes: Vec<(Option<String>, Option<String>)> = Vec::new();
    for (path, names) in pages {
        let mut roots: Vec<usize> = names
            .iter()
            .filter_map(|n| index.get(n.as_str()).copied())
            .collect();
        roots.sort_unstable();
        roots.dedup();
        let Some(&first) = roots.first() else {
            continue;
        };
        if let Some(&at) = by_first.get(&first) {
            if let Some(c) = out.get_mut(at) {
                c.about.push(path.clone());
                c.reach.union_with(&reach_of(&roots, reach, graph.len()));
                c.roots.extend(roots);
                c.roots.sort_unstable();
                c.roots.dedup();
            }
            continue;
        }
        let (doc_name, home) = match graph.nodes.get(first) {
            Some(Node::Struct(id)) => model
                .structure(*id)
                .map(|s| (s.doc_name.as_str(), &s.place.path))
                .unzip(),
            Some(Node::Enum(id)) => model
                .enumeration(*id)
                .map(|e| (e.doc_name.as_str(), &e.place.path))
                .unzip(),
            Some(Node::Poly(_)) | None => (None, None),
        };
        homes.push((doc_name.map(str::to_owned), home.cloned()));
        let rust = graph.names.get(first).map_or("", String::as_str);
        by_first.insert(first, out.len());
        out.push(Candidate {
            name: feature_name(doc_name.unwrap_or(rust)),
            alternative: feature_name(rust),
            about: vec![path.clone()],
            reach: reach_of(&roots, reach, graph.len()),
            roots,
        });
    }
    for (c, (doc_name, home)) in out.iter_mut().zip(homes) {
        // The page named after the type (`user.md`), else the one that defines it first.
        let named = |p: &String| {
            let stem = std::path::Path::new(p).file_stem().and_then(|s| s.to_str());
            doc_name
                .as_ref()
                .is_some_and(|d| stem.is_some_and(|s| s.eq_ignore_ascii_case(d)))
        };
        let at = c.about.iter().position(named);
        let at = at.or_else(|| c.about.iter().position(|p| Some(p) == home.as_ref()));
        if let Some(at) = at {
            let path = c.about.remove(at);
            c.about.insert(0, path);
        }
    }
    out
}

/// A candidate per namespace, sorted by namespace.
fn namespace_candidates(graph: &Graph, model: &Model, reach: &[Bits]) -> Vec<Candidate> {
    let mut by_namespace: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, node) in graph.nodes.iter().enumerate() {
        let odata = match node {
            Node::Struct(id) => model.structure(*id).map(|s| s.odata_name.as_str()),
            Node::Enum(id) => model.enumeration(*id).map(|e| e.odata_name.as_str()),
            Node::Poly(id) => model
                .poly(*id)
                .and_then(|p| model.structure(p.base))
                .map(|s| s.odata_name.as_str()),
        };
        let namespace = odata
            .and_then(|o| o.rsplit_once('.'))
            .map_or("", |(ns, _)| ns);
        by_namespace
            .entry(namespace.to_owned())
            .or_default()
            .push(i);
    }
    by_namespace
        .into_iter()
        .map(|(namespace, roots)| {
            let last = namespace.rsplit('.').next().unwrap_or("");
            Candidate {
                name: feature_name(last),
                alternative: feature_name(&namespace.replace('.', "-")),
                about: vec![namespace],
                reach: reach_of(&roots, reach, graph.len()),
                roots,
            }
        })
        .collect()
}

/// What `roots` reach together.
fn reach_of(roots: &[usize], reach: &[Bits], len: usize) -> Bits {
    let mut bits = Bits::new(len);
    for r in roots {
        if let Some(b) = reach.get(*r) {
            bits.union_with(b);
        }
    }
    bits
}

/// The candidates that get a feature (see the module's doc), and the threshold used.
/// A candidate is a source if one of its roots' strongly connected components is led to from
/// nowhere but the components of its roots: then no other candidate reaches it.
fn choose(candidates: Vec<Candidate>, graph: &Graph, max: usize) -> (Vec<Candidate>, usize) {
    if candidates.len() <= max {
        return (candidates, 1);
    }
    let (component, _) = graph.components();
    // The components that something outside them leads to.
    let mut entered_from: HashMap<usize, BTreeSet<usize>> = HashMap::new();
    for (from, to) in graph.edges.iter().enumerate() {
        let Some(&cf) = component.get(from) else {
            continue;
        };
        for t in to {
            if let Some(&ct) = component.get(*t)
                && ct != cf
            {
                entered_from.entry(ct).or_default().insert(cf);
            }
        }
    }
    // A source: one of its roots' components is entered from nowhere but its own.
    let is_source = |c: &Candidate| {
        let own: BTreeSet<usize> = c
            .roots
            .iter()
            .filter_map(|r| component.get(*r).copied())
            .collect();
        own.iter().any(|k| {
            entered_from
                .get(k)
                .is_none_or(|from| from.iter().all(|f| own.contains(f)))
        })
    };
    let sourced: Vec<(Candidate, bool)> = candidates
        .into_iter()
        .map(|c| {
            let source = is_source(&c);
            (c, source)
        })
        .collect();
    let sources = sourced.iter().filter(|(_, s)| *s).count();
    if sources > max {
        return (group_sources(sourced, max), usize::MAX);
    }
    let mut sizes: Vec<usize> = sourced
        .iter()
        .filter(|(_, s)| !*s)
        .map(|(c, _)| c.reach.count())
        .collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    // The least size at which the sources and the candidates at least that big fit: with the
    // sizes sorted from the largest, the one at `max - sources - 1` if the next is smaller.
    let room = max - sources;
    let threshold = match sizes.get(room) {
        None => 1,
        Some(&over) => over + 1,
    };
    let chosen = sourced
        .into_iter()
        .filter(|(c, source)| *source || c.reach.count() >= threshold)
        .map(|(c, _)| c)
        .collect();
    (chosen, threshold)
}

/// The sources only, when there are more than `max`: the `max - 1` that reach the most keep
/// their feature, the others are one, `other`.
fn group_sources(sourced: Vec<(Candidate, bool)>, max: usize) -> Vec<Candidate> {
    let mut sources: Vec<Candidate> = sourced
        .into_iter()
        .filter(|(_, s)| *s)
        .map(|(c, _)| c)
        .collect();
    sources.sort_by(|a, b| {
        b.reach
            .count()
            .cmp(&a.reach.count())
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.about.cmp(&b.about))
    });
    let rest = sources.split_off(max.saturating_sub(1).min(sources.len()));
    let mut grouped: Option<Candidate> = None;
    for c in rest {
        match &mut grouped {
            None => {
                grouped = Some(Candidate {
                    name: "other".to_owned(),
                    alternative: "other-types".to_owned(),
                    ..c
                });
            }
            Some(g) => {
                g.about.extend(c.about);
                g.roots.extend(c.roots);
                g.reach.union_with(&c.reach);
            }
        }
    }
    sources.extend(grouped);
    sources
}

/// Names the chosen candidates, and finds the classes, what each turns on and each item's gate.
fn finish(chosen: Vec<Candidate>, threshold: usize, graph: &Graph) -> Features {
    let named = name_all(chosen);
    // Classes: features with the same reach; the first by name holds it.
    let mut class_of_reach: HashMap<&Bits, usize> = HashMap::new();
    let mut class_of: Vec<usize> = Vec::new();
    let mut classes: Vec<(usize, usize)> = Vec::new();
    let mut class_reach: Vec<&Bits> = Vec::new();
    for (i, (_, c)) in named.iter().enumerate() {
        let class = *class_of_reach.entry(&c.reach).or_insert_with(|| {
            classes.push((i, c.reach.count()));
            class_reach.push(&c.reach);
            classes.len() - 1
        });
        class_of.push(class);
    }
    let n = classes.len();
    let mut implies: Vec<Bits> = vec![Bits::new(n); n];
    for (a, reach_a) in class_reach.iter().enumerate() {
        for (b, reach_b) in class_reach.iter().enumerate() {
            if reach_b.is_subset(reach_a)
                && let Some(bits) = implies.get_mut(a)
            {
                bits.insert(b);
            }
        }
    }
    // What each class turns on: the classes right below it (not below another one it turns on).
    let below = |a: usize| -> Vec<usize> {
        let Some(all) = implies.get(a) else {
            return Vec::new();
        };
        let strictly: Vec<usize> = all.iter().filter(|b| *b != a).collect();
        strictly
            .iter()
            .copied()
            .filter(|b| {
                !strictly
                    .iter()
                    .any(|c| c != b && implies.get(*c).is_some_and(|bits| bits.contains(*b)))
            })
            .collect()
    };
    let holder_name = |class: usize| -> String {
        classes
            .get(class)
            .and_then(|(f, _)| named.get(*f))
            .map(|(name, _)| name.clone())
            .unwrap_or_default()
    };
    let mut list: Vec<Feature> = Vec::new();
    for (i, (name, c)) in named.iter().enumerate() {
        let class = class_of.get(i).copied().unwrap_or(0);
        let holder = classes.get(class).map(|(f, _)| *f);
        let same_as = (holder != Some(i)).then(|| holder_name(class));
        let mut enables: Vec<String> = match &same_as {
            None => below(class).into_iter().map(holder_name).collect(),
            Some(holder) => vec![holder.clone()],
        };
        enables.sort();
        list.push(Feature {
            name: name.clone(),
            about: c.about.clone(),
            same_as,
            enables,
            items: c.reach.count(),
        });
    }
    // The list is sorted by name already (see `name_all`), so indices into it hold.
    let mut items: HashMap<String, Bits> = HashMap::new();
    for (node, name) in graph.names.iter().enumerate() {
        let mut bits = Bits::new(n);
        for (class, reach) in class_reach.iter().enumerate() {
            if reach.contains(node) {
                bits.insert(class);
            }
        }
        items.insert(name.clone(), bits);
    }
    Features {
        list,
        threshold,
        items,
        classes,
        implies,
    }
}

/// The candidates with distinct feature names, sorted by name: a candidate whose name is taken
/// (or reserved: `default`, `full`, and `docmodel`, the dependency) takes its second name, else its name with `-2`, `-3`, ...
/// Names are given in the order of (name, about), so they do not depend on page order.
fn name_all(mut chosen: Vec<Candidate>) -> Vec<(String, Candidate)> {
    chosen.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.about.cmp(&b.about)));
    let mut taken: BTreeSet<String> = ["default", "full", "docmodel"].map(str::to_owned).into();
    // First names first, so that `user` goes to the type `user` rather than to a second name.
    let mut first: Vec<Option<String>> = Vec::new();
    for c in &chosen {
        if taken.insert(c.name.clone()) {
            first.push(Some(c.name.clone()));
        } else {
            first.push(None);
        }
    }
    let mut named: Vec<(String, Candidate)> = Vec::new();
    for (c, name) in chosen.into_iter().zip(first) {
        let name = name.unwrap_or_else(|| {
            let mut name = c.alternative.clone();
            let mut n = 1;
            while taken.contains(&name) {
                n += 1;
                name = format!("{}-{n}", c.alternative);
            }
            taken.insert(name.clone());
            name
        });
        named.push((name, c));
    }
    named.sort_by(|a, b| a.0.cmp(&b.0));
    named
}

/// A Cargo feature name for a doc name: kebab case of its ASCII letters and digits
/// (`mailFolder` -> `mail-folder`), starting with a letter (`type-` in front if it would not).
pub fn feature_name(doc_name: &str) -> String {
    let spaced: String = doc_name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    let kebab = spaced.to_kebab_case();
    if kebab.starts_with(|c: char| c.is_ascii_lowercase()) {
        kebab
    } else if kebab.is_empty() {
        "type".to_owned()
    } else {
        format!("type-{kebab}")
    }
}

/// An item that is emitted: a struct, an `Any` enum or an enum that a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Node {
    Struct(StructId),
    Enum(EnumId),
    Poly(PolyId),
}

/// The emitted items of a model and what each one leads to.
#[derive(Debug, Clone, Default)]
struct Graph {
    /// The nodes: structs in model order, then `Any` enums, then the enums fields hold.
    nodes: Vec<Node>,
    /// Each node's Rust name.
    names: Vec<String>,
    /// For each node, the nodes it leads to directly, sorted, each once.
    edges: Vec<Vec<usize>>,
}

impl Graph {
    /// The graph of `model`'s emitted items (see the module's doc for the edges).
    fn new(model: &Model) -> Self {
        let mut graph = Graph::default();
        for (id, s) in model.structs() {
            graph.nodes.push(Node::Struct(id));
            graph.names.push(s.ident.to_string());
        }
        for (id, p) in model.polys() {
            graph.nodes.push(Node::Poly(id));
            graph.names.push(p.ident.to_string());
        }
        for id in crate::emit::used_enums(model) {
            if let Some(e) = model.enumeration(id) {
                graph.nodes.push(Node::Enum(id));
                graph.names.push(e.ident.to_string());
            }
        }
        let index: HashMap<Node, usize> = graph
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (*n, i))
            .collect();
        let at = |node: Node| index.get(&node).copied();
        for node in &graph.nodes {
            let mut to: BTreeSet<usize> = BTreeSet::new();
            match *node {
                Node::Struct(id) => {
                    if let Some(s) = model.structure(id) {
                        to.extend(s.base.and_then(|b| at(Node::Struct(b))));
                        for field in &s.fields {
                            let target = match field.ty.element() {
                                Type::Struct(t) => Node::Struct(*t),
                                Type::Enum(t) => Node::Enum(*t),
                                Type::Poly(t) => Node::Poly(*t),
                                Type::Prim(_)
                                | Type::Override(_)
                                | Type::Vec(_)
                                | Type::Boxed(_) => continue,
                            };
                            to.extend(at(target));
                        }
                    }
                }
                Node::Poly(id) => {
                    if let Some(p) = model.poly(id) {
                        to.extend(at(Node::Struct(p.base)));
                        to.extend(p.derived.iter().filter_map(|d| at(Node::Struct(*d))));
                    }
                }
                Node::Enum(_) => {}
            }
            graph.edges.push(to.into_iter().collect());
        }
        graph
    }

    /// How many nodes there are.
    fn len(&self) -> usize {
        self.nodes.len()
    }

    /// For each node, every node it reaches, itself included.
    fn reach(&self) -> Vec<Bits> {
        let (component, components) = self.components();
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); components];
        for (node, c) in component.iter().enumerate() {
            if let Some(m) = members.get_mut(*c) {
                m.push(node);
            }
        }
        // Components are numbered in reverse topological order: those a component leads to
        // have lower numbers, so each one's reach is complete when it is needed.
        let mut reach: Vec<Bits> = Vec::with_capacity(components);
        for c in 0..components {
            let mut bits = Bits::new(self.len());
            for &node in members.get(c).into_iter().flatten() {
                bits.insert(node);
                for &to in self.edges.get(node).into_iter().flatten() {
                    if let Some(&tc) = component.get(to)
                        && tc != c
                        && let Some(r) = reach.get(tc)
                    {
                        bits.union_with(r);
                    }
                }
            }
            reach.push(bits);
        }
        component
            .iter()
            .map(|c| {
                reach
                    .get(*c)
                    .cloned()
                    .unwrap_or_else(|| Bits::new(self.len()))
            })
            .collect()
    }

    /// The strongly connected components (Tarjan's algorithm, without recursion): each node's
    /// component, and how many there are, numbered in reverse topological order.
    fn components(&self) -> (Vec<usize>, usize) {
        const NONE: usize = usize::MAX;
        let n = self.len();
        let mut index = vec![NONE; n];
        let mut low = vec![0; n];
        let mut on_stack = vec![false; n];
        let mut component = vec![NONE; n];
        let mut stack: Vec<usize> = Vec::new();
        let (mut next, mut count) = (0, 0);
        for start in 0..n {
            if index.get(start) != Some(&NONE) {
                continue;
            }
            // (node, how many of its edges are done)
            let mut work: Vec<(usize, usize)> = vec![(start, 0)];
            while let Some((node, edge)) = work.last_mut().map(|(n, e)| (*n, e)) {
                if *edge == 0 && index.get(node) == Some(&NONE) {
                    set(&mut index, node, next);
                    set(&mut low, node, next);
                    next += 1;
                    stack.push(node);
                    set(&mut on_stack, node, true);
                }
                if let Some(&to) = self.edges.get(node).and_then(|e| e.get(*edge)) {
                    *edge += 1;
                    if index.get(to) == Some(&NONE) {
                        work.push((to, 0));
                    } else if on_stack.get(to) == Some(&true) {
                        lower(&mut low, node, index.get(to).copied());
                    }
                    continue;
                }
                work.pop();
                if let Some(&(parent, _)) = work.last() {
                    let own = low.get(node).copied();
                    lower(&mut low, parent, own);
                }
                if low.get(node) == index.get(node) {
                    while let Some(member) = stack.pop() {
                        set(&mut on_stack, member, false);
                        set(&mut component, member, count);
                        if member == node {
                            break;
                        }
                    }
                    count += 1;
                }
            }
        }
        (component, count)
    }
}

fn set<T>(v: &mut [T], i: usize, value: T) {
    if let Some(slot) = v.get_mut(i) {
        *slot = value;
    }
}

/// `low[node] = min(low[node], other)`.
fn lower(low: &mut [usize], node: usize, other: Option<usize>) {
    if let (Some(slot), Some(other)) = (low.get_mut(node), other) {
        *slot = (*slot).min(other);
    }
}

/// A set of small numbers (node or class indices).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Bits(Vec<u64>);

/// Each operation is compiled with the types its body and answer name: by the classes that
/// reach all of them (every class, for an operation that names none).
fn operation_gates(model: &Model, items: &mut HashMap<String, Bits>, n: usize) {
    for op in model.operations() {
        let mut bits = Bits::new(n);
        (0..n).for_each(|class| bits.insert(class));
        for ty in op.body.iter().chain(op.response.ty()) {
            let name = match ty.element() {
                Type::Struct(id) => model.structure(*id).map(|s| s.ident.to_string()),
                Type::Poly(id) => model.poly(*id).map(|p| p.ident.to_string()),
                Type::Enum(id) => model.enumeration(*id).map(|e| e.ident.to_string()),
                _ => None,
            };
            if let Some(reached) = name.and_then(|name| items.get(&name)) {
                bits.intersect_with(reached);
            }
        }
        items.insert(op.ident.to_string(), bits);
    }
}

impl Bits {
    /// An empty set for numbers below `n`.
    fn new(n: usize) -> Self {
        Bits(vec![0; n.div_ceil(64)])
    }

    fn insert(&mut self, i: usize) {
        if let Some(word) = self.0.get_mut(i / 64) {
            *word |= 1 << (i % 64);
        }
    }

    fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    fn union_with(&mut self, other: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }

    fn intersect_with(&mut self, other: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a &= b;
        }
    }

    fn is_subset(&self, of: &Bits) -> bool {
        self.0.iter().zip(&of.0).all(|(a, b)| a & !b == 0)
    }

    fn count(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }

    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(w, bits)| {
            (0..64)
                .filter(move |b| bits & (1 << b) != 0)
                .map(move |b| w * 64 + b)
        })
    }
}

#[cfg(test)]
mod tests;
