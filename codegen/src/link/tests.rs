use crate::test_support::{build_pages, docs, options, run};
use crate::{MemoryLoader, NoLoader, Options, Unresolved, generate_with};
use quote::quote;
use std::collections::HashMap;

fn page(title: &str, values: &str) -> String {
    format!(
        "# Create {title}\n\n|Property|Type|Description|\n|-|-|-|\n|m|mode|Possible values are: {values}.|\n"
    )
}

/// Options under which a type that cannot be found is a `serde_json::Value` and a warning.
fn lenient() -> Options {
    Options {
        unresolved: Unresolved::Json,
        ..options()
    }
}

/// Whether the code has the tokens, as `quote!` spells them.
fn has(code: &str, tokens: proc_macro2::TokenStream) -> bool {
    code.contains(&tokens.to_string())
}

#[test]
fn docs_share_an_enum_they_list_alike() {
    let (a, b) = (page("first", "on, off"), page("second", "off, on"));
    let code = run(&[("a.md", &a), ("b.md", &b)]).unwrap();
    assert_eq!(code.matches(&quote!(pub enum Mode).to_string()).count(), 1);
    assert!(has(&code, quote!(pub struct First)) && has(&code, quote!(pub struct Second)));
}

#[test]
fn lists_that_differ_across_docs_are_merged_with_a_warning() {
    let (a, b) = (page("first", "on, off"), page("second", "on, broken"));
    let pages = [("a.md", a.as_str()), ("b.md", b.as_str())];
    let code = run(&pages).unwrap();
    assert!(
        has(&code, quote!([On "on", Off "off", Broken "broken"])),
        "{code}"
    );
    let build = build_pages(&pages, &options());
    let warnings: Vec<_> = build.warnings().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "b.md:5:4: `mode` lists other values here than at `a.md` line 5: `broken` only here, `off` only at `a.md` line 5; docmodel's enum has them all"
        ]
    );
}

#[test]
fn pages_that_describe_one_type_make_one_type() {
    let resource = "# thing resource type\n\n|Property|Type|Description|\n|-|-|-|\n|id|String|x|\n|size|Int32|x|\n";
    let create = "# Create thing\n\n|Property|Type|Description|\n|-|-|-|\n|size|Int32|x|\n|extra|String|x|\n";
    let code = run(&[("r.md", resource), ("c.md", create)]).unwrap();
    assert_eq!(
        code.matches(&quote!(pub struct Thing).to_string()).count(),
        1
    );
    assert!(
        has(
            &code,
            quote!([0 odata_type "@odata.type", 1 id "id", 2 size "size", 3 extra "extra"])
        ),
        "{code}"
    );
    let disagree = "# Create thing\n\n|Property|Type|Description|\n|-|-|-|\n|size|String|x|\n";
    let errors = run(&[("r.md", resource), ("c.md", disagree)]).unwrap_err();
    assert_eq!(
        errors,
        [
            "c.md:5:1: the property `size` has another type here than at `r.md` line 6; one type has one type per property, so make the two rows agree"
        ]
    );
}

#[test]
fn links_lead_to_types_and_recursion_is_boxed() {
    let mut loader = MemoryLoader(HashMap::from([
        ("docs/node.md".to_owned(), b"# node resource type\n\n|Property|Type|Description|\n|-|-|-|\n|parent|[node](node.md)|x|\n|kids|[node](node.md) collection|x|\n|color|[color](enums.md#color-values)|x|\n".to_vec()),
        ("docs/enums.md".to_owned(), b"# Enums\n\n### color values\n\n|Member|\n|-|\n|red|\n|blue|\n\n### other values\n\n|Member|\n|-|\n|x|\n".to_vec()),
    ]));
    let tree =
        "# tree resource type\n\n|Property|Type|Description|\n|-|-|-|\n|root|[node](node.md)|x|\n";
    let code = generate_with(&docs(&[("docs/tree.md", tree)]), &options(), &mut loader)
        .unwrap()
        .to_string();
    assert!(
        has(&code, quote!(pub root: ::core::option::Option<Node>)),
        "{code}"
    );
    let boxed = quote!(pub parent: ::core::option::Option<::std::boxed::Box<Node> >);
    assert!(has(&code, boxed), "{code}");
    let kids = quote!(pub kids: ::core::option::Option<::std::vec::Vec<Node> >);
    assert!(has(&code, kids), "{code}");
    assert!(has(&code, quote!(pub enum Color)), "{code}");
    assert!(
        !has(&code, quote!(pub enum Other)),
        "only what is needed: {code}"
    );
    let missing =
        "# tree resource type\n\n|Property|Type|Description|\n|-|-|-|\n|root|[node](gone.md)|x|\n";
    let docs = docs(&[("docs/tree.md", missing)]);
    let errors = generate_with(&docs, &options(), &mut loader).unwrap_err();
    assert!(
        errors[0].to_string().starts_with(
            "docs/tree.md:5:7: cannot follow the link `gone.md`: there is no such file"
        ),
        "{errors:?}"
    );
    let code = generate_with(&docs, &lenient(), &mut loader)
        .unwrap()
        .to_string();
    let value = quote!(pub root: ::core::option::Option<::docmodel::Value>);
    assert!(has(&code, value), "{code}");
}

#[test]
fn two_types_with_one_rust_name_are_an_error() {
    let a = "# Create thing_x\n\n|Property|Type|Description|\n|-|-|-|\n|id|String|x|\n";
    let b = "# Create thingX\n\n|Property|Type|Description|\n|-|-|-|\n|id|String|x|\n";
    let errors = run(&[("a.md", a), ("b.md", b)]).unwrap_err();
    assert_eq!(
        errors,
        [
            "b.md:3:1: this type would have the Rust name `ThingX` of the type defined at `a.md` line 3; rename one of them in the doc"
        ]
    );
}

#[test]
fn base_types_that_cannot_be_found_or_loop_are_reported() {
    let page = |name: &str, base: &str| {
        format!(
            "# {name} resource type\n\nA thing. Inherits from [{base}]({base}.md).\n\n|Property|Type|Description|\n|-|-|-|\n|{name}Id|String|x|\n"
        )
    };
    let mut loader = MemoryLoader(HashMap::from([(
        "b.md".to_owned(),
        page("b", "a").into_bytes(),
    )]));
    let a = page("a", "b");
    let errors = generate_with(&docs(&[("a.md", &a)]), &options(), &mut loader).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|d| d.message.contains("inherits from itself")),
        "{errors:?}"
    );
    let lonely = page("a", "gone");
    let pages = [("a.md", lonely.as_str())];
    let errors = generate_with(&docs(&pages), &options(), &mut NoLoader).unwrap_err();
    assert!(
        errors[0]
            .to_string()
            .starts_with("a.md:3:24: cannot follow the link `gone.md`"),
        "{errors:?}"
    );
    let build = build_pages(&pages, &lenient());
    assert!(!build.has_errors(), "{:?}", build.diagnostics);
    assert!(
        build
            .warnings()
            .next()
            .unwrap()
            .message
            .ends_with("(the type has its own rows only; unknown members are kept)"),
        "{:?}",
        build.diagnostics
    );
}

#[test]
fn a_warning_keeps_the_whole_type_cell() {
    let page = "# Create thing\n\n|Property|Type|Description|\n|-|-|-|\n|w|widget; sprocket|x|\n";
    let build = build_pages(&[("t.md", page)], &lenient());
    let warnings: Vec<_> = build.warnings().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "t.md:5:4: unknown type `widget; sprocket`: use a Graph primitive such as `String`, \
             `Int32` or `DateTimeOffset`, link the page that defines it (`[x](x.md)`), or, for an \
             enum, list its values in the description: `Possible values are: a, b, c.` (this \
             property is a `serde_json::Value`)"
        ]
    );
    let strict = run(&[("t.md", page)]).unwrap_err();
    assert_eq!(strict.len(), 1);
    assert!(
        strict[0].starts_with("t.md:5:4: unknown type `widget; sprocket`: use a Graph"),
        "{strict:?}"
    );
}

#[test]
fn a_base_named_by_a_later_page_of_the_type_still_comes_first() {
    let mut loader = MemoryLoader(HashMap::from([(
        "entity.md".to_owned(),
        b"# entity resource type\n\n|Property|Type|Description|\n|-|-|-|\n|id|String|x|\n".to_vec(),
    )]));
    // The update page comes first in build order and names no base; the resource page does.
    let update = "# Update thing\n\n## Request body\n\n|Property|Type|Description|\n|-|-|-|\n|size|Int32|x|\n";
    let resource = "# thing resource type\n\nInherits from [entity](entity.md).\n\n|Property|Type|Description|\n|-|-|-|\n|size|Int32|x|\n";
    let pages = [("u.md", update), ("thing.md", resource)];
    let code = generate_with(&docs(&pages), &options(), &mut loader)
        .unwrap()
        .to_string();
    assert!(
        has(
            &code,
            quote!([0 odata_type "@odata.type", 1 id "id", 2 size "size"])
        ),
        "{code}"
    );
}
