use crate::diag::Rule;
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
            quote!([0 odata_type "@odata.type" value, 1 id "id" value, 2 size "size" value, 3 extra "extra" value])
        ),
        "{code}"
    );
}

/// Options under which a decision of a rule is an error.
fn strict() -> Options {
    Options {
        strict: true,
        ..options()
    }
}

/// The warnings of a build, as `docmodel check` shows them (without the help).
fn warnings(build: &crate::Build) -> Vec<String> {
    build.warnings().map(ToString::to_string).collect()
}

#[test]
fn an_inherited_row_keeps_the_bases_type_once_per_build() {
    let base = "# thingBase resource type\n\nA base.\n\n|Property|Type|Description|\n|-|-|-|\n|kind|Int32|The base's kind.|\n";
    let mut loader = MemoryLoader(HashMap::from([
        ("base.md".to_owned(), base.as_bytes().to_vec()),
        // A type derived from the one that re-declares the row: it meets the pair again.
        ("big.md".to_owned(), b"# bigThing resource type\n\nInherits from [thing](thing.md).\n\n|Property|Type|Description|\n|-|-|-|\n|weight|Int32|x|\n".to_vec()),
    ]));
    let thing = "# thing resource type\n\nInherits from [thingBase](base.md).\n\n|Property|Type|Description|\n|-|-|-|\n|size|Int32|x|\n|kind|String collection|The thing's kind.|\n|big|[bigThing](big.md)|x|\n";
    let pages = docs(&[("thing.md", thing)]);
    let build = crate::build(&pages, &options(), &mut loader);
    assert_eq!(
        warnings(&build),
        [
            "thing.md:8:1: `kind` has the type `String collection` here but the type `Int32` in its base `thingBase` \
             (`base.md` line 7); docmodel keeps the base's type, as OData cannot change an \
             inherited property's type"
        ]
    );
    let code = crate::tokens(&build, &options()).unwrap().to_string();
    let kept = quote!(#[doc = " The base's kind."] #[doc = ""] #[doc = " JSON member `kind`, from `base.md`, line 7."] pub kind: ::core::option::Option<i32>);
    assert!(has(&code, kept), "{code}");
    assert!(
        has(
            &code,
            quote!([0 odata_type "@odata.type" value, 1 kind "kind" value, 2 size "size" value, 3 big "big" value])
        ),
        "{code}"
    );
    let errors = generate_with(&pages, &strict(), &mut loader).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].help.as_deref(), Some(Rule::Inherited.fix()));
    assert_eq!(errors[0].rule, Some(Rule::Inherited));
}

#[test]
fn the_resource_page_wins_over_an_api_page_and_orders_the_fields() {
    // The update page comes first in build order, as a requested page before the page it leads
    // to does.
    let update = "# Update thing\n\n## Request body\n\n|Property|Type|Description|\n|-|-|-|\n|note|String|Only here.|\n|size|String|The update's size.|\n";
    let resource = "# thing resource type\n\n|Property|Type|Description|\n|-|-|-|\n|id|String|x|\n|size|Int32|The resource's size.|\n";
    let pages = [("u.md", update), ("thing.md", resource)];
    let build = build_pages(&pages, &options());
    assert_eq!(
        warnings(&build),
        [
            "u.md:8:1: `size` has the type `String` here but the type `Int32` on the resource page of `thing` \
             (`thing.md` line 6); docmodel keeps the resource page's type"
        ]
    );
    let code = crate::tokens(&build, &options()).unwrap().to_string();
    assert!(
        has(
            &code,
            quote!([0 odata_type "@odata.type" value, 1 id "id" value, 2 size "size" value, 3 note "note" value])
        ),
        "the resource page's order, then the rows only the update page has: {code}"
    );
    let kept = quote!(#[doc = " The resource's size."] #[doc = ""] #[doc = " JSON member `size`, from `thing.md`, line 6."] pub size: ::core::option::Option<i32>);
    assert!(has(&code, kept), "{code}");
    assert!(code.contains("Generated from `thing.md`"), "{code}");
    let errors = run_strict(&pages);
    assert_eq!(
        errors,
        [format!(
            "{}; {}",
            warnings(&build)[0],
            Rule::ResourcePage.fix()
        )]
    );
}

#[test]
fn between_api_pages_the_first_in_build_order_wins() {
    let first = "# Create thing\n\n|Property|Type|Description|\n|-|-|-|\n|size|Int32|x|\n";
    let second =
        "# Update thing\n\n|Property|Type|Description|\n|-|-|-|\n|id|String|x|\n|size|String|x|\n";
    let pages = [("c.md", first), ("u.md", second)];
    let build = build_pages(&pages, &options());
    assert_eq!(
        warnings(&build),
        [
            "u.md:6:1: `size` has the type `String` here but the type `Int32` at `c.md` line 5, which comes first in \
             the build; neither page is the resource page of `thing`, so docmodel keeps the first \
             page's type"
        ]
    );
    let code = crate::tokens(&build, &options()).unwrap().to_string();
    assert!(
        has(&code, quote!(pub size: ::core::option::Option<i32>)),
        "{code}"
    );
    assert_eq!(run_strict(&pages).len(), 1);
}

#[test]
fn a_request_body_is_an_api_pages_whatever_its_doc_type_says() {
    // `doc_type` copied from a resource page onto an update page.
    let update = "---\ndoc_type: resourcePageType\n---\n\n# Update thing\n\n## Request body\n\n|Property|Type|Description|\n|-|-|-|\n|size|String|x|\n";
    let resource =
        "# thing resource type\n\n|Property|Type|Description|\n|-|-|-|\n|size|Int32|x|\n";
    let build = build_pages(&[("u.md", update), ("thing.md", resource)], &options());
    let rules: Vec<_> = build.warnings().map(|w| w.rule).collect();
    assert_eq!(rules, [Some(Rule::ResourcePage)], "{:?}", build.diagnostics);
    let code = crate::tokens(&build, &options()).unwrap().to_string();
    assert!(
        has(&code, quote!(pub size: ::core::option::Option<i32>)),
        "{code}"
    );
    // Two resource pages of one type: the first in build order.
    let other = "# thing resource type\n\n|Property|Type|Description|\n|-|-|-|\n|size|String|x|\n";
    let build = build_pages(&[("thing.md", resource), ("other.md", other)], &options());
    let warnings = warnings(&build);
    assert!(
        warnings[0].ends_with(
            "which comes first in the build; both pages are resource pages of `thing`, so \
             docmodel keeps the first page's type"
        ),
        "{warnings:?}"
    );
}

#[test]
fn a_found_type_wins_over_a_stand_in_without_a_word() {
    let unknown = "# Create thing\n\n|Property|Type|Description|\n|-|-|-|\n|w|widget|Not found.|\n";
    let found = "# Update thing\n\n|Property|Type|Description|\n|-|-|-|\n|w|Int32|Found.|\n";
    let build = build_pages(&[("a.md", unknown), ("b.md", found)], &lenient());
    let warnings = warnings(&build);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].starts_with("a.md:5:4: unknown type `widget`"),
        "{warnings:?}"
    );
    let code = crate::tokens(&build, &lenient()).unwrap().to_string();
    let kept = quote!(#[doc = " Found."] #[doc = ""] #[doc = " JSON member `w`, from `b.md`, line 5."] pub w: ::core::option::Option<i32>);
    assert!(has(&code, kept), "{code}");
}

/// The errors of `pages` under `strict`, each as the macro shows it.
fn run_strict(pages: &[(&str, &str)]) -> Vec<String> {
    let build = build_pages(pages, &strict());
    crate::tokens(&build, &strict())
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect()
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
            quote!([0 odata_type "@odata.type" value, 1 id "id" value, 2 size "size" value])
        ),
        "{code}"
    );
}

#[test]
fn a_page_without_a_property_table_is_a_base_and_a_field_type() {
    // An abstract base that lists no property: linked, it is a type (not an unknown one).
    let mut loader = MemoryLoader(HashMap::from([(
        "scope.md".to_owned(),
        b"---\ndoc_type: resourcePageType\n---\n# scope resource type\n\nAn abstract base.\n\n## Properties\nNone.\n".to_vec(),
    )]));
    let review = "# review resource type\n\n|Property|Type|Description|\n|-|-|-|\n|scope|[scope](scope.md)|x|\n";
    let code = generate_with(&docs(&[("review.md", review)]), &options(), &mut loader)
        .unwrap()
        .to_string();
    assert!(
        has(&code, quote!(pub scope: ::core::option::Option<Scope>)),
        "{code}"
    );
    assert!(
        has(&code, quote!([0 odata_type "@odata.type" value])),
        "{code}"
    );
    // With a type derived from it in the build, the field holds either, by `@odata.type`.
    let query = "# queryScope resource type\n\nInherits from [scope](scope.md).\n\n|Property|Type|Description|\n|-|-|-|\n|query|String|x|\n";
    let both = [("review.md", review), ("queryscope.md", query)];
    let code = generate_with(&docs(&both), &options(), &mut loader)
        .unwrap()
        .to_string();
    assert!(
        has(&code, quote!(pub scope: ::core::option::Option<AnyScope>)),
        "{code}"
    );
    assert!(
        has(
            &code,
            quote!([0 odata_type "@odata.type" value, 1 query "query" value])
        ),
        "{code}"
    );
}

/// `enums.md` and `enums-callrecords.md` both define a `modality`, with other values.
fn two_modalities() -> MemoryLoader {
    let enums = "# Enums\n\n### modality values\n\n|Member|\n|-|\n|audio|\n|video|\n";
    let call_records = "# Call records enum values\n\nNamespace: microsoft.graph.callRecords\n\n\
                        ### modality values\n\n|Member|\n|-|\n|screenSharing|\n|data|\n";
    MemoryLoader(HashMap::from([
        ("docs/resources/enums.md".to_owned(), enums.into()),
        (
            "docs/resources/enums-callrecords.md".to_owned(),
            call_records.into(),
        ),
    ]))
}

/// A page of namespace callRecords that names `modality` qualified and not, and
/// microsoft.graph's `modality` qualified.
const SESSION: &str = "# session resource type\n\nNamespace: microsoft.graph.callRecords\n\n\
                       |Property|Type|Description|\n|-|-|-|\n\
                       |a|microsoft.graph.callRecords.modality|x|\n\
                       |b|modality collection|x|\n\
                       |c|microsoft.graph.modality|x|\n";

#[test]
fn a_namespaced_name_finds_the_enum_of_its_namespace() {
    let pages = [("docs/resources/callrecords-session.md", SESSION)];
    let code = generate_with(&docs(&pages), &options(), &mut two_modalities())
        .unwrap()
        .to_string();
    for field in [
        quote!(pub a: ::core::option::Option<CallRecordsModality>),
        quote!(pub b: ::core::option::Option<::std::vec::Vec<CallRecordsModality> >),
        quote!(pub c: ::core::option::Option<Modality>),
    ] {
        assert!(has(&code, field), "{code}");
    }
    assert!(
        has(&code, quote!([ScreenSharing "screenSharing", Data "data"])),
        "{code}"
    );
    assert!(has(&code, quote!([Audio "audio", Video "video"])), "{code}");
}

#[test]
fn a_qualified_name_never_finds_a_type_of_another_namespace() {
    // Without the callRecords enums page, the qualified name finds nothing rather than
    // microsoft.graph's `modality`; the unqualified one takes the only `modality` there is.
    let mut loader = two_modalities();
    loader.0.remove("docs/resources/enums-callrecords.md");
    let pages = [("docs/resources/callrecords-session.md", SESSION)];
    let errors = generate_with(&docs(&pages), &options(), &mut loader).unwrap_err();
    let errors: Vec<_> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("docs/resources/callrecords-session.md:7:4: unknown type `modality`"),
        "{errors:?}"
    );
    let code = generate_with(&docs(&pages), &lenient(), &mut loader)
        .unwrap()
        .to_string();
    let b = quote!(pub b: ::core::option::Option<::std::vec::Vec<Modality> >);
    assert!(has(&code, b), "{code}");
    assert!(!code.contains("CallRecordsModality"), "{code}");
}

#[test]
fn a_link_in_other_letter_case_is_followed_with_a_warning_that_strict_makes_an_error() {
    let mut loader = MemoryLoader(HashMap::from([(
        "docs/objectidentity.md".to_owned(),
        b"# objectIdentity resource type\n\n|Property|Type|Description|\n|-|-|-|\n|issuer|String|x|\n"
            .to_vec(),
    )]));
    let user = "# user resource type\n\n|Property|Type|Description|\n|-|-|-|\n\
                |identities|[objectIdentity](objectIdentity.md) collection|x|\n";
    let pages = docs(&[("docs/user.md", user)]);
    let build = crate::build(&pages, &options(), &mut loader);
    assert!(!build.has_errors(), "{:?}", build.diagnostics);
    let warnings: Vec<_> = build.warnings().collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].rule, Some(crate::diag::Rule::LinkCase));
    assert_eq!(
        warnings[0].to_string(),
        "docs/user.md:5:13: the link `objectIdentity.md` leads to no file of that name: docmodel \
         follows it to `docs/objectidentity.md`, whose name differs in letter case only"
    );
    let strict = Options {
        strict: true,
        ..options()
    };
    let errors = generate_with(&pages, &strict, &mut loader).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        errors[0].help.as_deref(),
        Some("strict mode: spell the link as the file is named")
    );
}

#[test]
fn a_type_no_page_defines_fails_the_page_that_names_it_but_not_the_pages_linking_to_it() {
    // `error`, on a page that links lead to (`workbookOperationError` in Graph v1.0).
    let failure = "# failure resource type\n\n|Property|Type|Description|\n|-|-|-|\n\
                   |code|String|x|\n|inner|error object|x|\n";
    let mut loader = MemoryLoader(HashMap::from([(
        "docs/failure.md".to_owned(),
        failure.as_bytes().to_vec(),
    )]));
    let job = "# job resource type\n\n|Property|Type|Description|\n|-|-|-|\n\
               |failure|[failure](failure.md)|x|\n";
    let named = docs(&[("docs/job.md", job)]);
    let build = crate::build(&named, &options(), &mut loader);
    assert!(!build.has_errors(), "{:?}", build.diagnostics);
    let warnings: Vec<_> = build.warnings().collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].rule, Some(Rule::LinkedPage));
    assert!(
        warnings[0]
            .to_string()
            .starts_with("docs/failure.md:6:8: unknown type `error`"),
        "{}",
        warnings[0]
    );
    let code = generate_with(&named, &options(), &mut loader)
        .unwrap()
        .to_string();
    assert!(
        has(
            &code,
            quote!(pub inner: ::core::option::Option<::docmodel::Value>)
        ),
        "{code}"
    );
    // Strict, or naming the page itself: an error.
    let strict = Options {
        strict: true,
        ..options()
    };
    let errors = generate_with(&named, &strict, &mut loader).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    let alone = docs(&[("docs/failure.md", failure)]);
    let errors = generate_with(&alone, &options(), &mut NoLoader).unwrap_err();
    assert!(
        errors[0].to_string().contains("unknown type `error`"),
        "{errors:?}"
    );
}

#[test]
fn a_type_no_page_defines_does_not_fail_the_folder_that_brought_its_page_in() {
    let failure = "# failure resource type\n\n|Property|Type|Description|\n|-|-|-|\n\
                   |code|String|x|\n|inner|error object|x|\n";
    let job = "# job resource type\n\n|Property|Type|Description|\n|-|-|-|\n|name|String|x|\n";
    let mut folder = docs(&[("docs/failure.md", failure), ("docs/job.md", job)]);
    for doc in &mut folder {
        doc.in_folder = true;
    }
    let build = crate::build(&folder, &options(), &mut NoLoader);
    assert!(!build.has_errors(), "{:?}", build.diagnostics);
    let warnings: Vec<_> = build.warnings().collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].rule, Some(Rule::FolderPage));
    let text = warnings[0].to_string();
    assert!(
        text.starts_with("docs/failure.md:6:8: unknown type `error`"),
        "{text}"
    );
    assert!(
        text.ends_with("(this property is a `serde_json::Value`: this page is one a folder in `docs` brought in)"),
        "{text}"
    );
    // Strict, or the page named on its own: an error.
    let strict = Options {
        strict: true,
        ..options()
    };
    assert!(generate_with(&folder, &strict, &mut NoLoader).is_err());
    let named = docs(&[("docs/failure.md", failure), ("docs/job.md", job)]);
    assert!(generate_with(&named, &options(), &mut NoLoader).is_err());
}
