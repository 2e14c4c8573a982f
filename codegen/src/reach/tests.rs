use super::{FeatureRule, Gate, feature_name};
use crate::Build;
use crate::test_support::{build_pages, options};

/// A resource page of `name` with `rows` (`(property, Type cell)`), in `namespace` if given.
fn resource(name: &str, rows: &[(&str, &str)]) -> String {
    in_namespace(name, "microsoft.graph", rows)
}

fn in_namespace(name: &str, namespace: &str, rows: &[(&str, &str)]) -> String {
    let mut text = format!(
        "# {name} resource type\n\nNamespace: {namespace}\n\n## Properties\n\n\
         |Property|Type|Description|\n|-|-|-|\n|id|String|Its id.|\n"
    );
    for (property, ty) in rows {
        text.push_str(&format!("|{property}|{ty}|It.|\n"));
    }
    text
}

/// A page of `name` that inherits from `base`.
fn derived(name: &str, base: &str) -> String {
    format!(
        "# {name} resource type\n\nInherits from [{base}]({base}.md).\n\n## Properties\n\n\
         |Property|Type|Description|\n|-|-|-|\n|shine|Int32|Its shine.|\n"
    )
}

const MODE: &str = "# mode enum type\n\n## Members\n\n|Member|Description|\n|-|-|\n\
                    |on|On.|\n|off|Off.|\n";

/// Builds the pages (`name.md` each) as one model, with no error.
fn build(pages: &[(&str, String)]) -> Build {
    let pages: Vec<(String, &str)> = pages
        .iter()
        .map(|(name, text)| (format!("{name}.md"), text.as_str()))
        .collect();
    let pages: Vec<(&str, &str)> = pages.iter().map(|(p, t)| (p.as_str(), *t)).collect();
    let build = build_pages(&pages, &options());
    assert!(!build.has_errors(), "{:?}", build.diagnostics);
    build
}

/// The features of every page of `pages`, by resource, at most `max`.
fn by_resource(pages: &[(&str, String)], max: usize) -> super::Features {
    features_by(pages, FeatureRule::Resource, max)
}

fn features_by(pages: &[(&str, String)], rule: FeatureRule, max: usize) -> super::Features {
    let build = build(pages);
    let paths: Vec<String> = pages.iter().map(|(name, _)| format!("{name}.md")).collect();
    let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
    build.features(&paths, rule, max)
}

/// Each feature as `name: items -> enables`.
fn listed(features: &super::Features) -> Vec<String> {
    features
        .list
        .iter()
        .map(|f| format!("{}: {} -> {}", f.name, f.items, f.enables.join(" ")))
        .collect()
}

fn any(names: &[&str]) -> Gate {
    Gate::Any(names.iter().map(|n| (*n).to_owned()).collect())
}

#[test]
fn a_page_feature_reaches_fields_collections_enums_and_bases() {
    let pages = [
        (
            "holder",
            resource(
                "holder",
                &[("things", "thing collection"), ("mode", "mode")],
            ),
        ),
        ("thing", resource("thing", &[])),
        ("mode", MODE.to_owned()),
        ("fancy", derived("fancyThing", "thing")),
        ("other", resource("otherThing", &[])),
    ];
    let features = by_resource(&pages, 10);
    // `holder` holds `AnyThing` (thing has a derived type), whose variants are `Thing` and
    // `FancyThing`; `fancyThing` reaches its base; `thing`'s page has `Thing` and `AnyThing`,
    // so its feature reaches all that `fancy-thing` does, and turns it on.
    assert_eq!(
        listed(&features),
        [
            "fancy-thing: 2 -> ",
            "holder: 5 -> mode thing",
            "mode: 1 -> ",
            "other-thing: 1 -> ",
            "thing: 3 -> fancy-thing",
        ]
    );
    assert_eq!(features.threshold, 1);
    assert_eq!(features.gate(&["Holder"]), any(&["holder"]));
    assert_eq!(features.gate(&["Mode"]), any(&["mode"]));
    assert_eq!(features.gate(&["AnyThing"]), any(&["thing"]));
    // `Thing` is reached by `fancy-thing`, which `thing` and `holder` turn on.
    assert_eq!(features.gate(&["Thing"]), any(&["fancy-thing"]));
    assert_eq!(features.gate(&["OtherThing"]), any(&["other-thing"]));
    // A module of two items is on when either is.
    assert_eq!(
        features.gate(&["OtherThing", "Mode"]),
        any(&["mode", "other-thing"])
    );
    // A name of no item is not gated, nor a module without names.
    assert_eq!(features.gate(&["Missing"]), Gate::Always);
    assert_eq!(features.gate::<&str>(&[]), Gate::Always);
}

#[test]
fn an_item_every_feature_reaches_has_no_gate() {
    let mut pages = vec![
        ("a", resource("alpha", &[("shared", "shared")])),
        ("b", resource("beta", &[("shared", "shared")])),
        ("s", resource("shared", &[])),
    ];
    let features = by_resource(&pages, 10);
    assert_eq!(
        listed(&features),
        ["alpha: 2 -> shared", "beta: 2 -> shared", "shared: 1 -> "]
    );
    assert_eq!(features.gate(&["Shared"]), Gate::Always);
    assert_eq!(features.gate(&["Alpha"]), any(&["alpha"]));
    // With a feature that does not reach it, `shared` has its own, which `alpha` and `beta`
    // turn on.
    pages.push(("g", resource("gamma", &[])));
    let more = by_resource(&pages, 10);
    assert_eq!(more.gate(&["Shared"]), any(&["shared"]));
}

#[test]
fn over_the_limit_the_resources_nothing_reaches_and_the_largest_get_features() {
    // `big` reaches `mid`, which reaches `b` and `c`; `small` reaches `a`; `lone` nothing.
    let pages = [
        (
            "big",
            resource("big", &[("a", "leafA"), ("mid", "mid"), ("d", "leafD")]),
        ),
        ("mid", resource("mid", &[("b", "leafB"), ("c", "leafC")])),
        ("small", resource("small", &[("a", "leafA")])),
        ("lone", resource("lone", &[])),
        ("a", resource("leafA", &[])),
        ("b", resource("leafB", &[])),
        ("c", resource("leafC", &[])),
        ("d", resource("leafD", &[])),
    ];
    // 8 candidates; `big`, `small` and `lone` are reached by nothing; of the others, `mid`
    // reaches 3 items, each leaf 1: with room for one more, the threshold is 2.
    let features = by_resource(&pages, 4);
    assert_eq!(
        listed(&features),
        ["big: 6 -> mid", "lone: 1 -> ", "mid: 3 -> ", "small: 2 -> "]
    );
    assert_eq!(features.threshold, 2);
    assert_eq!(features.gate(&["LeafB"]), any(&["mid"]));
    assert_eq!(features.gate(&["LeafA"]), any(&["big", "small"]));
    assert_eq!(features.gate(&["LeafD"]), any(&["big"]));
    // With room for none but those nothing reaches, the leaves and `mid` go to the features
    // that reach them.
    let three = features_of(&pages, 3);
    assert_eq!(three, ["big: 6 -> ", "lone: 1 -> ", "small: 2 -> "]);
}

fn features_of(pages: &[(&str, String)], max: usize) -> Vec<String> {
    listed(&by_resource(pages, max))
}

#[test]
fn more_resources_that_nothing_reaches_than_the_limit_are_grouped() {
    let pages = [
        ("a", resource("alpha", &[("x", "extra")])),
        ("x", resource("extra", &[])),
        ("b", resource("beta", &[])),
        ("c", resource("gamma", &[])),
    ];
    // Three sources for two features: `alpha` reaches the most and keeps its own.
    let features = by_resource(&pages, 2);
    assert_eq!(listed(&features), ["alpha: 2 -> ", "other: 2 -> "]);
    assert_eq!(features.threshold, usize::MAX);
    assert_eq!(features.gate(&["Beta"]), any(&["other"]));
    assert_eq!(features.gate(&["Extra"]), any(&["alpha"]));
    let other = features.list.iter().find(|f| f.name == "other").unwrap();
    assert_eq!(other.about, ["b.md", "c.md"]);
}

#[test]
fn a_cycle_nothing_enters_is_one_class_held_by_its_first_feature() {
    let mut pages = vec![
        ("p", resource("ping", &[("pong", "pong")])),
        ("q", resource("pong", &[("ping", "ping")])),
    ];
    // Two features of one reach: the first by name holds it, the other turns it on.
    let features = by_resource(&pages, 10);
    assert_eq!(listed(&features), ["ping: 2 -> ", "pong: 2 -> ping"]);
    assert_eq!(features.list[0].same_as, None);
    assert_eq!(features.list[1].same_as.as_deref(), Some("ping"));
    assert_eq!(features.gate(&["Pong"]), Gate::Always);
    // Over the limit, both ends of the cycle are resources that nothing reaches (nothing
    // outside the cycle leads into it), and keep their features.
    pages.push((
        "h",
        resource("hub", &[("one", "leafOne"), ("two", "leafTwo")]),
    ));
    pages.push(("o", resource("leafOne", &[])));
    pages.push(("t", resource("leafTwo", &[])));
    let three = by_resource(&pages, 3);
    assert_eq!(
        listed(&three),
        ["hub: 3 -> ", "ping: 2 -> ", "pong: 2 -> ping"]
    );
    assert_eq!(three.threshold, 2);
    assert_eq!(three.gate(&["Pong"]), any(&["ping"]));
    assert_eq!(three.gate(&["LeafOne"]), any(&["hub"]));
}

#[test]
fn namespaces_are_features() {
    let pages = [
        (
            "user",
            resource(
                "user",
                &[("call", "microsoft.graph.callRecords.callRecord")],
            ),
        ),
        (
            "call",
            in_namespace("callRecord", "microsoft.graph.callRecords", &[]),
        ),
    ];
    let features = features_by(&pages, FeatureRule::Namespace, 10);
    assert_eq!(
        listed(&features),
        ["call-records: 1 -> ", "graph: 2 -> call-records"]
    );
    assert_eq!(features.list[0].about, ["microsoft.graph.callRecords"]);
    assert_eq!(features.gate(&["User"]), any(&["graph"]));
    // Every feature reaches the call record.
    assert_eq!(features.gate(&["CallRecordsCallRecord"]), Gate::Always);
}

#[test]
fn feature_names_are_kebab_case_and_distinct() {
    assert_eq!(feature_name("mailFolder"), "mail-folder");
    assert_eq!(feature_name("user"), "user");
    assert_eq!(
        feature_name("microsoft.graph.callRecords"),
        "microsoft-graph-call-records"
    );
    assert_eq!(feature_name("2G"), "type-2g");
    assert_eq!(feature_name("_"), "type");
    assert_eq!(feature_name("iOSLobApp"), "i-os-lob-app");
    // Two types of one doc name in two namespaces: the second takes its Rust name's. Types
    // named `full` (the feature of all) and `docmodel` (the dependency): their Rust names are
    // the same words, so they take `-2`.
    let pages = [
        ("a", resource("report", &[])),
        ("b", in_namespace("report", "microsoft.graph.security", &[])),
        ("c", resource("full", &[])),
        ("d", resource("docmodel", &[])),
    ];
    let names: Vec<String> = by_resource(&pages, 10)
        .list
        .iter()
        .map(|f| f.name.clone())
        .collect();
    assert_eq!(names, ["docmodel-2", "full-2", "report", "security-report"]);
}

#[test]
fn pages_of_one_type_are_one_feature_that_names_its_own_page_first() {
    let create = "# Create thing\n\n|Property|Type|Description|\n|-|-|-|\n|size|Int32|x|\n";
    // The resource page has an enum too, which the create page does not.
    let pages = [
        ("a-create", create.to_owned()),
        (
            "thing",
            resource("thing", &[("size", "Int32"), ("mode", "mode")]),
        ),
        ("mode", MODE.to_owned()),
        ("other", resource("other", &[])),
    ];
    let features = by_resource(&pages, 10);
    assert_eq!(
        listed(&features),
        ["mode: 1 -> ", "other: 1 -> ", "thing: 2 -> mode"]
    );
    assert_eq!(features.list[2].about, ["thing.md", "a-create.md"]);
}
