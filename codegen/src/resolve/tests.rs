use super::cells::unclosed_link;
use super::enums::{are_flags, possible_values};
use super::page_type::{action_type, title_type};
use super::tables::property_name;
use super::*;
use crate::Doc;
use crate::defs::Target;
use crate::model::{Model, Type};
use crate::test_support::model;

fn first_struct(model: &Model) -> &crate::model::Struct {
    model.structs().next().map(|(_, s)| s).unwrap()
}

fn first_enum(model: &Model) -> &crate::model::Enum {
    model.enums().next().map(|(_, e)| e).unwrap()
}

fn resolve_text(text: &str) -> Result<Model, Vec<String>> {
    model(&Doc {
        path: "t.md",
        bytes: text.as_bytes(),
        in_folder: false,
    })
    .map_err(|problems| problems.iter().map(ToString::to_string).collect())
}

const HEAD: &str = "# Create thing\n\n|Property|Type|Description|\n|-|-|-|\n";

#[test]
fn rows_become_fields_in_order_after_odata_type() {
    let model = resolve_text(&format!(
        "{HEAD}|b|String|B|\n|@odata.type|String|Its type.|\n|a|Int32|A|\n"
    ))
    .unwrap();
    let structs: Vec<_> = model.structs().map(|(_, s)| s).collect();
    let [thing] = structs.as_slice() else {
        panic!("one struct")
    };
    let wires: Vec<_> = thing.fields.iter().map(|f| f.wire.as_str()).collect();
    assert_eq!(wires, ["@odata.type", "b", "a"]);
    assert_eq!(thing.fields[0].description, "Its type.");
    assert_eq!(thing.fields[0].place.as_ref().map(|o| o.loc.line), Some(6));
    assert_eq!(thing.extra, "extra");
}

#[test]
fn one_enum_for_rows_with_the_same_list() {
    let values = "Possible values are: `x`, `y`.";
    let model = resolve_text(&format!(
        "{HEAD}|a|mode|{values}|\n|b|mode collection|{values}|\n|c|other|{values}|\n"
    ))
    .unwrap();
    let names: Vec<_> = model.enums().map(|(_, e)| e.ident.to_string()).collect();
    let ids: Vec<_> = model.enums().map(|(id, _)| id).collect();
    assert_eq!(names, ["Mode", "Other"]);
    let types: Vec<_> = first_struct(&model)
        .fields
        .iter()
        .map(|f| f.ty.clone())
        .collect();
    assert_eq!(
        types[1..],
        [
            Type::Enum(ids[0]),
            Type::Vec(Box::new(Type::Enum(ids[0]))),
            Type::Enum(ids[1])
        ]
    );
}

#[test]
fn generated_names_step_aside_for_properties() {
    let model = resolve_text(&format!(
        "{HEAD}|extra|String|x|\n|s|state|Possible values are: unrecognized, other.|\n"
    ))
    .unwrap();
    assert_eq!(first_struct(&model).extra, "extra_");
    assert_eq!(first_enum(&model).catch_all, "Unrecognized_");
}

#[test]
fn every_problem_is_reported_with_its_place() {
    let errors = resolve_text(&format!(
        "{HEAD}|a|Int33|x|\n|a|String|x|\n|odataType|String|x|\n"
    ))
    .unwrap_err();
    // The repeated `a` is a warning (`Rule::FirstRow`): see below.
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors[0].starts_with("t.md:5:4: unknown type `Int33`: did you mean `Int32`?"),
        "{errors:?}"
    );
    assert!(
        errors[1].contains("`odataType` and `@odata.type` (built in)"),
        "{errors:?}"
    );
}

/// The warnings of a page that resolves, as `Display` shows them, each with its rule.
fn decisions(text: &str) -> Vec<(Option<crate::diag::Rule>, String)> {
    let (_, diags) = resolve_page(text);
    assert!(diags.iter().all(|d| !d.is_error()), "{diags:?}");
    diags.iter().map(|d| (d.rule, d.to_string())).collect()
}

#[test]
fn of_two_rows_of_a_property_the_first_wins() {
    use crate::diag::Rule::FirstRow;
    use crate::types::Prim;
    let text = "# thing resource type\n\n## Properties\n|Property|Type|Description|\n|-|-|-|\n\
                |id|String|Key.|\n|size|Int32|Size.|\n|id|String|Key again.|\n\n\
                ## Relationships\n|Relationship|Type|Description|\n|-|-|-|\n\
                |size|Int64 collection|Sizes.|\n|id|String|Same as the first.|\n";
    let (defs, _) = resolve_page(text);
    let kept: Vec<_> = fields(&defs)
        .iter()
        .map(|f| {
            (
                f.wire.as_str(),
                f.ty.target.clone(),
                f.ty.collection,
                f.description.as_str(),
            )
        })
        .collect();
    assert_eq!(
        kept,
        [
            ("id", Target::Prim(Prim::String), false, "Key."),
            ("size", Target::Prim(Prim::Int32), false, "Size."),
        ]
    );
    // Equal rows of two tables are one property without a word (the last `id`).
    assert_eq!(
        decisions(text),
        [
            (
                Some(FirstRow),
                "t.md:8:2: `id` repeats the row at line 6: docmodel keeps that one".to_owned()
            ),
            (
                Some(FirstRow),
                "t.md:13:2: `size` has the type `Int64 collection` here but the type `Int32` at \
                 line 7: docmodel keeps the first row"
                    .to_owned()
            ),
        ]
    );
}

#[test]
fn a_repeated_odata_type_row_keeps_the_first() {
    let text = format!(
        "{HEAD}|@odata.type|String|The type.|\n|id|String|Key.|\n|@odata.type|Int33|Again.|\n"
    );
    assert_eq!(
        decisions(&text),
        [(
            Some(crate::diag::Rule::FirstRow),
            "t.md:7:2: `@odata.type` repeats the row at line 5: docmodel keeps that one".to_owned()
        )]
    );
    let (defs, _) = resolve_page(&text);
    assert_eq!(defs.structs[0].fields[0].description, "The type.");
}

#[test]
fn strict_makes_a_repeated_row_an_error_but_two_names_of_one_field_fail_anyway() {
    use crate::test_support::{build_pages, options};
    let text = format!("{HEAD}|id|String|Key.|\n|id|Int32|Again.|\n");
    let strict = crate::Options {
        strict: true,
        ..options()
    };
    let errors: Vec<_> = build_pages(&[("t.md", &text)], &strict)
        .errors()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        errors,
        [
            "t.md:6:2: `id` has the type `Int32` here but the type `String` at line 5: docmodel \
          keeps the first row; strict mode: keep one row for each property"
        ]
    );
    let clash = format!("{HEAD}|a_b|String|A.|\n|aB|String|B.|\n");
    let errors = resolve_text(&clash).unwrap_err();
    assert_eq!(
        errors,
        [
            "t.md:6:2: properties `aB` and `a_b` (line 5) both become the Rust field `a_b`; rename \
          one of them in the doc"
        ]
    );
}

#[test]
fn enum_names_differing_in_case_are_one_enum() {
    let errors = resolve_text(&format!(
        "{HEAD}|a|mode|Possible values are: x.|\n|b|Mode|Possible values are: y.|\n"
    ))
    .unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("t.md:6:4: `Mode` lists other values here than at line 5"),
        "{errors:?}"
    );
}

#[test]
fn rows_are_checked_even_when_the_page_has_no_type_name() {
    let text = "# Some page\n\n|Property|Type|\n|-|-|\n|a|Int33|\n";
    let errors = resolve_text(text).unwrap_err();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors[0].starts_with("t.md:1:1: cannot tell which type"),
        "{errors:?}"
    );
    assert!(
        errors[1].starts_with("t.md:5:4: unknown type `Int33`"),
        "{errors:?}"
    );
}

#[test]
fn annotations_name_the_type_before_titles() {
    let text = format!(
        "<!-- {{\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.realName\"}} -->\n\n{HEAD}|a|String|x|\n"
    );
    let model = resolve_text(&text).unwrap();
    assert_eq!(first_struct(&model).ident, "RealName");
}

#[test]
fn lists_of_possible_values() {
    let values = |d| possible_values(d).unwrap_or_default();
    assert_eq!(
        values("The state. Possible values are: `a`, `b`, `c`."),
        ["a", "b", "c"]
    );
    assert_eq!(
        values("Possible values are: a, b and c. More text."),
        ["a", "b", "c"]
    );
    assert_eq!(
        values("The possible values are: a, b, or c."),
        ["a", "b", "c"]
    );
    assert_eq!(values("Possible values: one or two"), ["one", "two"]);
    assert_eq!(possible_values("Device name"), None);
}

#[test]
fn titles_name_types() {
    assert_eq!(
        title_type("Create mobileAppInstallStatus"),
        Some("mobileAppInstallStatus")
    );
    assert_eq!(title_type("Update win32LobApp"), Some("win32LobApp"));
    assert_eq!(title_type("mobileApp resource type"), Some("mobileApp"));
    assert_eq!(title_type("List mobileApps"), None);
    assert_eq!(title_type("Create a thing"), None);
    assert_eq!(title_type("user resource type"), Some("user"));
    assert_eq!(
        action_type("user: assignLicense").as_deref(),
        Some("UserAssignLicenseRequest")
    );
    assert_eq!(
        action_type("event: forward").as_deref(),
        Some("EventForwardRequest")
    );
    // A binding of several words is no binding.
    assert_eq!(
        action_type("Update a thing: tag").as_deref(),
        Some("TagRequest")
    );
    assert_eq!(
        action_type("assign action").as_deref(),
        Some("AssignRequest")
    );
    assert_eq!(action_type("List things"), None);
    assert_eq!(
        enum_title("resultantAppState enum type"),
        Some("resultantAppState")
    );
    assert_eq!(
        QName::parse("#microsoft.graph.macOSLobApp", DEFAULT_NAMESPACE).name,
        "macOSLobApp"
    );
}

#[test]
fn unclosed_links_are_links() {
    assert_eq!(unclosed_link("[x](x.md"), Some(("x", "x.md")));
    assert_eq!(unclosed_link("[x](x.md collection"), Some(("x", "x.md")));
    assert_eq!(unclosed_link("[x](x.md)"), None);
    assert_eq!(unclosed_link("String"), None);
}

#[test]
fn property_names_lose_their_remarks() {
    assert_eq!(
        property_name("backupReviewers (deprecated)"),
        "backupReviewers"
    );
    assert_eq!(property_name("(x)"), "(x)");
    assert_eq!(property_name("v4_0_3"), "v4_0_3");
}

#[test]
fn flags_are_powers_of_two() {
    let nums = |v: &[i64]| v.iter().map(|n| Some(*n)).collect::<Vec<_>>();
    assert!(are_flags(&nums(&[0, 1, 2, 4, 8, 16])));
    assert!(!are_flags(&nums(&[1, 2, 3, 99, -1])));
    assert!(!are_flags(&nums(&[0, 1, 2])));
    assert!(!are_flags(&[Some(1), None, Some(4), Some(8)]));
}

#[test]
fn enum_pages_define_enums() {
    let text = "---\ndoc_type: enumPageType\n---\n# runAs enum type\n\n## Members\n|Member|Value|Description|\n|:-|:-|:-|\n|system|0|S|\n|user|1|U|\n|notSet|-1|N|\n";
    let model = resolve_text(text).unwrap();
    let [e] = model.enums().map(|(_, e)| e).collect::<Vec<_>>()[..] else {
        panic!("one enum")
    };
    assert_eq!(e.ident, "RunAs");
    let wires: Vec<_> = e.variants.iter().map(|v| v.wire.as_str()).collect();
    assert_eq!(wires, ["system", "user", "notSet"]);
    assert!(!e.flags);
}

#[test]
fn value_sections_define_enums_and_other_tables_are_skipped() {
    let text = "---\ndoc_type: resourcePageType\n---\n# Enum values\n\n### color values\n\n|Member|\n|:-|\n|red|\n|green|\n\n## Request headers\n\n|Name|Type|Description|\n|-|-|-|\n|Authorization|string|Bearer.|\n";
    let model = resolve_text(text).unwrap();
    assert_eq!(model.struct_count(), 0);
    assert_eq!(first_enum(&model).ident, "Color");
}

/// The page of `text`, read as the engine reads it.
fn read(text: &str) -> Page {
    crate::load::page("t.md", text.as_bytes()).unwrap()
}

/// The names (`namespace.name`) of the structs a page defines, and its problems.
fn structs_of(text: &str) -> (Vec<String>, Vec<String>) {
    let mut diags = Diagnostics::new();
    let defs = resolve(&read(text), &mut diags);
    let names = defs
        .structs
        .iter()
        .map(|s| format!("{}.{}", s.name.namespace, s.name.name))
        .collect();
    (
        names,
        diags.into_vec().iter().map(ToString::to_string).collect(),
    )
}

const NO_PROPERTIES: &str = "---\ndoc_type: resourcePageType\n---\n# scope resource type\n\nAn abstract base. Inherits from [entity](entity.md).\n\n## Properties\nNone.\n";

#[test]
fn resource_pages_without_a_property_table_are_types() {
    let page = read(NO_PROPERTIES);
    assert!(describes_type(&page));
    let defs = resolve(&page, &mut Diagnostics::new());
    let [scope] = defs.structs.as_slice() else {
        panic!("one struct")
    };
    assert_eq!(scope.name.name, "scope");
    let wires: Vec<_> = scope.fields.iter().map(|f| f.wire.as_str()).collect();
    assert_eq!(wires, ["@odata.type"]);
    assert_eq!(
        scope.base.as_ref().map(|b| b.name.name.as_str()),
        Some("entity")
    );
    assert!(!scope.open);
    // At its title, where its name comes from.
    assert_eq!(scope.place.loc.line, 4);
}

#[test]
fn a_json_only_page_is_named_by_its_annotation_and_may_be_open() {
    // No `doc_type`: the resource annotation makes it a resource page; `@type` names it.
    let open = "# userIds\n\n<!-- {\"blockType\": \"resource\", \"openType\": true, \"@type\": \"microsoft.graph.plannerUserIds\"} -->\n```json\n{\"String-value\": true}\n```\n";
    let defs = resolve(&read(open), &mut Diagnostics::new());
    let [ids] = defs.structs.as_slice() else {
        panic!("one struct")
    };
    assert_eq!(ids.name.name, "plannerUserIds");
    assert!(ids.open);
    assert_eq!(ids.place.loc.line, 3);
    let model = resolve_text(open).unwrap();
    assert_eq!(first_struct(&model).ident, "PlannerUserIds");
}

#[test]
fn pages_that_name_no_type_describe_none() {
    let overview = "---\ndoc_type: resourcePageType\n---\n# Working with gadgets\n\nProse.\n";
    let get = "---\ndoc_type: apiPageType\n---\n# Get gadget\n\n## Request headers\n\n|Name|Type|Description|\n|-|-|-|\n|Authorization|string|Bearer.|\n";
    let conceptual = "---\ndoc_type: conceptualPageType\n---\n# Gadgets overview\n\n<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.gadget\"} -->\n";
    for text in [overview, get, conceptual] {
        assert!(!describes_type(&read(text)), "{text}");
        assert_eq!(structs_of(text), (vec![], vec![]), "{text}");
    }
}

/// The examples' annotations of a page: `blockType` and `@odata.type`.
type Annotations<'a> = &'a [(&'a str, &'a str)];

/// An API page titled `{title}` with a request body and the examples' `annotations`
/// (`blockType`, `@odata.type`).
fn api_page(title: &str, annotations: Annotations<'_>) -> String {
    let mut text = format!(
        "---\ndoc_type: apiPageType\n---\n# {title}\n\n## Request body\n\n|Property|Type|Description|\n|-|-|-|\n|a|String|x|\n"
    );
    for (block, odata_type) in annotations {
        text.push_str(&format!(
            "\n<!-- {{\"blockType\": \"{block}\", \"@odata.type\": \"{odata_type}\"}} -->\n```json\n{{}}\n```\n"
        ));
    }
    text
}

#[test]
fn a_written_type_is_the_one_the_annotations_name() {
    let chart = "microsoft.graph.workbookChart";
    let cases: [(&str, Annotations<'_>, &str); 8] = [
        // The response of `Create x`, `Update x` is what it wrote.
        ("Update chart", &[("response", chart)], chart),
        (
            "Create chart",
            &[("response", "Collection(microsoft.graph.workbookChart)")],
            chart,
        ),
        // The request's annotation first.
        (
            "Update chart",
            &[("request", chart), ("response", "microsoft.graph.other")],
            chart,
        ),
        // Several types: the one the title names the short way, else the title's.
        (
            "Update rangeformat",
            &[
                ("response", "microsoft.graph.workbookRangeFont"),
                ("response", "microsoft.graph.workbookRangeFormat"),
            ],
            "microsoft.graph.workbookRangeFormat",
        ),
        (
            "Update place",
            &[
                ("response", "microsoft.graph.room"),
                ("response", "microsoft.graph.roomList"),
            ],
            "microsoft.graph.place",
        ),
        // An action's response is not its request body, but its request annotation names it.
        (
            "gadget: assign",
            &[("response", chart)],
            "microsoft.graph.GadgetAssignRequest",
        ),
        (
            "Update sharing permission",
            &[("request", "microsoft.graph.permission")],
            "microsoft.graph.permission",
        ),
        // In the page's namespace, whatever the annotation's (Intune's name none).
        (
            "Create status",
            &[(
                "response",
                "microsoft.management.services.api.mobileAppInstallStatus",
            )],
            "microsoft.graph.mobileAppInstallStatus",
        ),
    ];
    for (title, annotations, expected) in cases {
        let (names, problems) = structs_of(&api_page(title, annotations));
        assert_eq!(names, [expected], "{title}: {annotations:?}");
        assert_eq!(problems, Vec::<String>::new(), "{title}");
    }
}

#[test]
fn a_title_that_names_another_type_than_the_annotation_is_a_decision() {
    let text = api_page(
        "Create userAttributeAssignments",
        &[(
            "response",
            "microsoft.graph.identityUserFlowAttributeAssignment",
        )],
    );
    let (names, problems) = structs_of(&text);
    assert_eq!(
        names,
        ["microsoft.graph.identityUserFlowAttributeAssignment"]
    );
    assert_eq!(
        problems,
        [
            "t.md:12:1: the title (line 4) names `userAttributeAssignments`, the response annotation `identityUserFlowAttributeAssignment`: docmodel takes the page's rows to be of the annotation's type"
        ]
    );
    let mut diags = Diagnostics::new();
    resolve(&read(&text), &mut diags);
    assert_eq!(
        diags.into_vec().iter().map(|d| d.rule).collect::<Vec<_>>(),
        [Some(crate::diag::Rule::AnnotatedType)]
    );
}

/// What one page defines on its own, and the diagnostics of resolving it.
fn resolve_page(text: &str) -> (PageDefs, Vec<crate::diag::Diagnostic>) {
    let mut diags = crate::diag::Diagnostics::new();
    let defs = resolve(&crate::markdown::parse("t.md", text), &mut diags);
    (defs, diags.into_vec())
}

/// The fields of the one struct of `defs`, by JSON name, without the built-in `@odata.type`.
fn fields(defs: &PageDefs) -> Vec<&crate::defs::FieldDef> {
    let [def] = defs.structs.as_slice() else {
        panic!("one struct")
    };
    def.fields.iter().skip(1).collect()
}

#[test]
fn loose_spellings_are_primitives_unless_a_link_says_otherwise() {
    use crate::types::Prim;
    let (defs, diags) = resolve_page(&format!(
        "{HEAD}|created|Timestamp|When.|\n|stamp|[timeStamp](timestamp.md)|Date and time.|\n\
         |when|[DateTimeOffset](timestamp.md)|When.|\n|content|Untyped JSON object|Any.|\n\
         |site|Url|Where.|\n|links|URL collection|Where.|\n|weight|Float|How much.|\n"
    ));
    assert!(diags.is_empty(), "{diags:?}");
    let targets: Vec<_> = fields(&defs)
        .iter()
        .map(|f| (f.wire.as_str(), f.ty.target.clone(), f.ty.collection))
        .collect();
    let prim = |p| Target::Prim(p);
    let stamp = Target::Named {
        name: QName::parse("timeStamp", DEFAULT_NAMESPACE),
        link: Some("timestamp.md".into()),
        fragment: None,
    };
    assert_eq!(
        targets,
        [
            ("created", prim(Prim::DateTimeOffset), false),
            ("stamp", stamp, false),
            ("when", prim(Prim::DateTimeOffset), false),
            ("content", prim(Prim::Json), false),
            ("site", prim(Prim::String), false),
            ("links", prim(Prim::String), true),
            ("weight", prim(Prim::Double), false),
        ]
    );
}

#[test]
fn the_wrapped_tail_of_a_description_is_no_property() {
    use crate::diag::{Rule, Severity};
    let (defs, diags) = resolve_page(&format!(
        "{HEAD}|threats|String collection|The threats (breach,deletion,\n\
         exfiltration,\nspoofing).|\n|tier|String|Tier.|\n"
    ));
    let wires: Vec<_> = fields(&defs).iter().map(|f| f.wire.as_str()).collect();
    assert_eq!(wires, ["threats", "tier"]);
    assert_eq!(
        fields(&defs)[0].description,
        "The threats (breach,deletion, exfiltration, spoofing)."
    );
    let [warning, second] = diags.as_slice() else {
        panic!("two warnings: {diags:?}")
    };
    assert!(
        second.to_string().starts_with(
            "t.md:7:1: this row is no property but the wrapped tail \
             of the description of the row at line 5"
        ),
        "{second}"
    );
    assert_eq!(warning.severity, Severity::Warning);
    assert_eq!(warning.rule, Some(Rule::WrappedRow));
    assert_eq!(
        warning.to_string(),
        "t.md:6:1: this row is no property but the wrapped tail of the description of the row \
         at line 5: its text ends that row's description"
    );
}

#[test]
fn only_a_row_of_text_alone_is_a_wrapped_row() {
    // Wrapped text first in its table: no row to belong to. A name that is no JSON name, with a
    // type or a description: a row with a flawed name. A JSON name without a type: a property
    // whose type is missing.
    let (defs, diags) = resolve_page(&format!(
        "{HEAD}|first, text.||\n|a|String|A|\n|display name|String|x|\n|threats).|a b|x|\n\
         |more, text.||Desc.|\n|spoofing|||\n|b|Int32|B|\n"
    ));
    let wires: Vec<_> = fields(&defs).iter().map(|f| f.wire.as_str()).collect();
    assert_eq!(
        wires,
        [
            "first, text.",
            "a",
            "display name",
            "threats).",
            "more, text.",
            "spoofing",
            "b"
        ]
    );
    assert!(diags.iter().all(|d| d.rule.is_none()), "{diags:?}");
}

#[test]
fn rows_whose_links_lead_to_one_page_agree() {
    let text = format!(
        "{HEAD}|services|[printService](printservice.md) collection|A.|\n\
         |services|[PrintService](../resources/printservice.md) collection|B.|\n\
         |other|[printService](printservice.md)|C.|\n|other|[printService](../api/printservice.md)|D.|\n"
    );
    let mut diags = crate::diag::Diagnostics::new();
    resolve(
        &crate::markdown::parse("resources/print.md", &text),
        &mut diags,
    );
    let messages: Vec<_> = diags.into_vec().iter().map(|d| d.message.clone()).collect();
    assert_eq!(
        messages,
        [
            "`services` repeats the row at line 5: docmodel keeps that one",
            "`other` has the type `printService` linked to `../api/printservice.md` here but \
             the type `printService` linked to `printservice.md` at line 7: docmodel keeps the \
             first row"
        ]
    );
}
