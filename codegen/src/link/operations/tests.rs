use crate::Options;
use crate::diag::Rule;
use crate::test_support::{build_pages, options, run};
use quote::quote;

/// An API page titled `title` with one request line.
fn api(title: &str, line: &str) -> String {
    format!(
        "---\ndoc_type: apiPageType\n---\n# {title}\n\n## HTTP request\n\n```http\n{line}\n```\n"
    )
}

fn has(code: &str, tokens: proc_macro2::TokenStream) -> bool {
    code.contains(&tokens.to_string())
}

#[test]
fn an_api_page_without_a_table_is_an_operation_and_no_error() {
    let page = api("Delete widget", "DELETE /widgets/{id}");
    let code = run(&[("widget-delete.md", &page)]).unwrap();
    assert!(has(&code, quote!(pub struct DeleteWidget)), "{code}");
    assert!(
        has(
            &code,
            quote!(pub fn new(widget_id: impl ::core::convert::Into<::std::string::String>,) -> Self)
        ),
        "{code}"
    );
    assert!(
        has(
            &code,
            quote!(
                DeleteWidget,
                DELETE,
                204,
                [],
                empty(()),
                ["/widgets/{id}"],
                [],
                [],
                []
            )
        ),
        "{code}"
    );
}

#[test]
fn two_operations_of_one_title_are_named_after_their_files() {
    let (a, b) = (
        api("List members", "GET /groups/{id}/members"),
        api("List members", "GET /directoryRoles/{id}/members"),
    );
    let pages = [
        ("api/group-list-members.md", a.as_str()),
        ("api/directoryrole-list-members.md", b.as_str()),
    ];
    let code = run(&pages).unwrap();
    assert!(has(&code, quote!(pub struct GroupListMembers)), "{code}");
    assert!(
        has(&code, quote!(pub struct DirectoryroleListMembers)),
        "{code}"
    );
    let build = build_pages(&pages, &options());
    let decided: Vec<String> = build
        .warnings()
        .filter(|w| w.rule == Some(Rule::Operation))
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        decided,
        [
            "api/group-list-members.md:9:1: the title `List members` does not give this operation a name of its own: docmodel names it `GroupListMembers`, after its file",
            "api/directoryrole-list-members.md:9:1: the title `List members` does not give this operation a name of its own: docmodel names it `DirectoryroleListMembers`, after its file",
        ]
    );
}

#[test]
fn an_operation_named_like_a_type_steps_aside() {
    let resource =
        "# createThing resource type\n\n|Property|Type|Description|\n|-|-|-|\n|id|String|x|\n";
    let op = api("Create thing", "POST /things");
    let code = run(&[("creatething.md", resource), ("api/thing-create.md", &op)]).unwrap();
    assert!(has(&code, quote!(pub struct CreateThing)), "{code}");
    assert!(has(&code, quote!(pub struct ThingCreate)), "{code}");
}

#[test]
fn operations_false_leaves_the_types_alone() {
    let page = "---\ndoc_type: apiPageType\n---\n# Create thing\n\n## HTTP request\n\n```http\nPOST /things\n```\n\n## Request body\n\n|Property|Type|Description|\n|-|-|-|\n|size|Int32|x|\n";
    let with = run(&[("thing-create.md", page)]).unwrap();
    assert!(has(&with, quote!(pub struct CreateThing)), "{with}");
    assert!(has(&with, quote!(pub body: Thing,)), "{with}");
    let options = Options {
        operations: false,
        ..options()
    };
    let build = build_pages(&[("thing-create.md", page)], &options);
    let without = crate::tokens(&build, &options).unwrap().to_string();
    assert!(!without.contains("CreateThing"), "{without}");
    assert!(has(&without, quote!(pub struct Thing)), "{without}");
}

#[test]
fn a_request_line_of_another_method_is_left_out_with_a_warning() {
    let page = api(
        "Update photo",
        "PATCH /me/photo/$value\nPUT /me/photo/$value",
    );
    let build = build_pages(&[("photo.md", &page)], &options());
    let warnings: Vec<String> = build.warnings().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "photo.md:10:1: this request line's method is `PUT`, the first line's `PATCH`: an operation has one method, so docmodel leaves this URL out"
        ]
    );
}

#[test]
fn an_api_page_with_a_resource_pages_front_matter_is_still_an_operation() {
    let page = "---\ndoc_type: resourcePageType\n---\n# servicePrincipal: List createdObjects\n\n## HTTP request\n\n```http\nGET /servicePrincipals/{id}/createdObjects\n```\n";
    let code = run(&[("sp.md", page)]).unwrap();
    assert!(
        has(&code, quote!(pub struct ServicePrincipalListCreatedObjects)),
        "{code}"
    );
    let resource = "---\ndoc_type: resourcePageType\n---\n# widget resource type\n\n## HTTP request\n\n```http\nGET /widgets\n```\n";
    let code = run(&[("widget.md", resource)]).unwrap();
    assert!(!code.contains("operation !"), "{code}");
}

#[test]
fn the_query_options_a_page_lists_are_in_rustdoc() {
    let page = "---\ndoc_type: apiPageType\n---\n# List calendarView\n\n## HTTP request\n\n```http\nGET /me/calendarView\n```\n\n## Optional query parameters\n\nThis method supports the `$select` and `$top` [OData query parameters](/graph/query-parameters), and `$select` again.\n\n|Parameter|Type|Description|\n|:---|:---|:---|\n|startDateTime|String|The start.|\n|endDateTime|String|The end.|\n\n## Request body\n\nDo not supply a request body.\n";
    let code = run(&[("calendarview.md", page)]).unwrap();
    let doc = "Query options the page lists (set them on `query`): `$select`, `$top`, `startDateTime`, `endDateTime`.";
    assert!(code.contains(doc), "{code}");
}
