//! Operations: requests built from templates and values, answers read into typed values or
//! told-apart errors. Real-looking Graph JSON in, exact strings out.

use docmodel::http::{Method, Request, Response, StatusCode, header};
use docmodel::operation::{
    self, build_request, build_request_with_body, read_empty, read_response,
};
use docmodel::serde_json::{self, Value, json};
use docmodel::{Error, GraphError, Operation, Page, Permissions, Query};
use std::collections::BTreeMap;
use std::error::Error as _;

docmodel::include_models!("../docs/intune-apps-mobileappinstallstatus-create.md");

const BASE: &str = "https://graph.microsoft.com/v1.0";
const TEMPLATE: &str = "/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses";

fn answer(status: u16, content_type: &str, body: &str) -> Response<Vec<u8>> {
    Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, content_type)
        .body(body.as_bytes().to_vec())
        .unwrap()
}

fn path_of(value: &str) -> String {
    operation::fill_template(TEMPLATE, &[value]).unwrap()
}

#[test]
fn a_dot_segment_is_refused_not_sent() {
    // URL parsers (WHATWG's, as reqwest's) take `%2E%2E` for `..` and step up: no encoding of a
    // dot segment survives them, so the value is refused before a request exists.
    for value in [".", ".."] {
        let error = operation::fill_template(TEMPLATE, &[value]).unwrap_err();
        assert_eq!(
            error.to_string(),
            format!(
                "cannot build the request: path parameter `mobileAppId` is `{value}`: a URL \
                 parser (WHATWG's, as reqwest's and browsers') takes a dot segment for a step, \
                 even written `%2E%2E`, so the request would go to another resource"
            )
        );
    }
    // Dots within a segment, or in the query, are no dot segment.
    assert_eq!(
        operation::fill_template("/a(id='{id}')/b?x={x}", &["..", ".."]).unwrap(),
        "/a(id='%2E%2E')/b?x=.."
    );
}

#[test]
fn a_path_value_is_one_segment() {
    let cases = [
        ("a/../b?c#d e", "a%2F..%2Fb%3Fc%23d%20e"),
        ("...", "%2E%2E%2E"),
        ("./a", ".%2Fa"),
        ("a.b", "a.b"),
        ("Az09-._~", "Az09-._~"),
        ("100%", "100%25"),
        ("a+b&c=d;e", "a%2Bb%26c%3Dd%3Be"),
        ("adele@contoso.com", "adele%40contoso.com"),
        ("{id}", "%7Bid%7D"),
        ("'x'", "%27x%27"),
        ("é€😀", "%C3%A9%E2%82%AC%F0%9F%98%80"),
        ("\\\0\n", "%5C%00%0A"),
    ];
    for (value, segment) in cases {
        assert_eq!(
            path_of(value),
            format!("/deviceAppManagement/mobileApps/{segment}/deviceStatuses"),
            "{value:?}"
        );
        let request = build_request(Method::GET, BASE, TEMPLATE, &[value], None).unwrap();
        let path = request.uri().path();
        assert_eq!(path.split('/').count(), 6, "{path}");
        assert_eq!(request.uri().query(), None, "{value:?}");
    }
}

#[test]
fn an_empty_path_value_is_an_error() {
    let error = build_request(Method::GET, BASE, TEMPLATE, &[""], None).unwrap_err();
    assert_eq!(
        error.to_string(),
        "cannot build the request: path parameter `mobileAppId` is empty"
    );
    assert!(matches!(error, Error::Request { source: None, .. }));
    assert_eq!(error.status(), None);
}

#[test]
fn values_fill_the_placeholders_in_order() {
    let template = "/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/deviceStatuses";
    assert_eq!(
        operation::fill_template(template, &["app 1", "user/2"]).unwrap(),
        "/deviceAppManagement/mobileApps/app%201/userStatuses/user%2F2/deviceStatuses"
    );
    assert_eq!(
        operation::fill_template("/users/{id | userPrincipalName}/events", &["a@b.c"]).unwrap(),
        "/users/a%40b.c/events"
    );
    // A placeholder in the template's query is a query value.
    assert_eq!(
        operation::fill_template(
            "/me/calendarView?startDateTime={start}&endDateTime={end}",
            &["2024-01-01T00:00:00+01:00", "x&y"]
        )
        .unwrap(),
        "/me/calendarView?startDateTime=2024-01-01T00:00:00%2B01:00&endDateTime=x%26y"
    );
    // In an OData string literal, a quote is doubled, then encoded: the value stays one literal.
    assert_eq!(
        operation::fill_template(
            "/reports/getTeamsUserActivityUserDetail(date='{date_value}')",
            &["O'Brien/x"]
        )
        .unwrap(),
        "/reports/getTeamsUserActivityUserDetail(date='O%27%27Brien%2Fx')"
    );
    assert_eq!(
        operation::fill_template("/a/{id}'", &["'"]).unwrap(),
        "/a/%27'"
    );
    assert_eq!(
        operation::fill_template(template, &["a"])
            .unwrap_err()
            .to_string(),
        format!(
            "cannot build the request: URL template `{template}` has more placeholders than the values given"
        )
    );
    assert_eq!(
        operation::fill_template(TEMPLATE, &["a", "b", "c"])
            .unwrap_err()
            .to_string(),
        format!(
            "cannot build the request: URL template `{TEMPLATE}` has 1 placeholders, given 3 values"
        )
    );
    assert_eq!(
        operation::fill_template("/a/{id", &["a"])
            .unwrap_err()
            .to_string(),
        "cannot build the request: URL template `/a/{id` has a `{` without `}`"
    );
    assert_eq!(
        operation::fill_template("/me/events", &[]).unwrap(),
        "/me/events"
    );
}

/// The path `template` filled with `values` gives, and that a request to it has.
fn filled(template: &str, values: &[&str]) -> Result<String, Error> {
    let path = operation::fill_template(template, values)?;
    let request = build_request(Method::GET, BASE, template, values, None)?;
    assert_eq!(request.uri().to_string(), format!("{BASE}{path}"));
    Ok(path)
}

#[test]
fn a_onedrive_path_value_keeps_its_slashes() {
    let content = "/drives/{drive-id}/root:/{item-path}:/content";
    let cases = [
        ("Documents/report.docx", "Documents/report.docx"),
        ("Q1 report/é.docx", "Q1%20report/%C3%A9.docx"),
        ("a?b#c/d%e&f", "a%3Fb%23c/d%25e%26f"),
        ("x:y/...", "x%3Ay/%2E%2E%2E"),
        ("a.b/.c", "a.b/.c"),
    ];
    for (value, path) in cases {
        assert_eq!(
            filled(content, &["b!1", value]).unwrap(),
            format!("/drives/b%211/root:/{path}:/content"),
            "{value:?}"
        );
    }
    // At the end of the path, and before the template's query.
    assert_eq!(
        filled("/me/drive/root:/{item-path}", &["a/b c"]).unwrap(),
        "/me/drive/root:/a/b%20c"
    );
    assert_eq!(
        filled("/me/drive/root:/{item-path}?a=1", &["a/b"]).unwrap(),
        "/me/drive/root:/a/b?a=1"
    );
    assert_eq!(
        filled(
            "/sites/{hostname}:/{relative-path}",
            &["contoso.com", "sites/hr"]
        )
        .unwrap(),
        "/sites/contoso.com:/sites/hr"
    );
    assert_eq!(
        filled("/items/{parent-id}:/{filename}:/content", &["p/1", "n.txt"]).unwrap(),
        "/items/p%2F1:/n.txt:/content"
    );
    // Not a path: a `:` that no `:` or end follows, and a `:` in the query.
    assert_eq!(filled("/a:/{x}/b", &["c/d"]).unwrap(), "/a:/c%2Fd/b");
    assert_eq!(
        filled("/teamsApps?requiresReview:{Boolean}", &["a/b"]).unwrap(),
        "/teamsApps?requiresReview:a/b"
    );
}

#[test]
fn a_path_value_that_would_step_up_or_be_absolute_is_an_error() {
    let content = "/drives/{drive-id}/root:/{item-path}:/content";
    for value in [
        "a/../b", "/abs", "a//b", "..", ".", "a/", "./a", "a/.", "a/..", "/",
    ] {
        let error = filled(content, &["d", value]).unwrap_err();
        assert_eq!(
            error.to_string(),
            "cannot build the request: path parameter `item-path` is a path with an empty, `.` \
             or `..` segment: a path value is relative, its segments named and separated by one `/`",
            "{value:?}"
        );
        assert!(matches!(error, Error::Request { source: None, .. }));
    }
    let error = filled(content, &["d", ""]).unwrap_err();
    assert_eq!(
        error.to_string(),
        "cannot build the request: path parameter `item-path` is empty"
    );
}

#[test]
fn template_text_a_url_cannot_hold_is_encoded() {
    // Function parameters with a space, as the workbook pages write them.
    let template = "/me/drive/items/{id}/workbook/worksheets/{id}/range/resizedRange(deltaRows={n}, deltaColumns={n})";
    assert_eq!(
        filled(template, &["i", "w", "1", "-2"]).unwrap(),
        "/me/drive/items/i/workbook/worksheets/w/range/resizedRange(deltaRows=1,%20deltaColumns=-2)"
    );
    // A `$filter` in the template's query, with an OData string literal.
    let template =
        "/me/events/{id}?$expand=singleValueExtendedProperties($filter=id eq '{id_value}')";
    assert_eq!(
        filled(template, &["e", "String {x} O'Hara"]).unwrap(),
        "/me/events/e?$expand=singleValueExtendedProperties($filter=id%20eq%20'String%20%7Bx%7D%20O''Hara')"
    );
    // `%20` the page wrote stays; so do quotes, parentheses and a typed literal.
    let template = "/me/onlineMeetings?$filter=JoinWebUrl%20eq%20'{joinWebUrl}'";
    assert_eq!(
        filled(template, &["https://t.ms/l/x?a=b&c"]).unwrap(),
        "/me/onlineMeetings?$filter=JoinWebUrl%20eq%20'https://t.ms/l/x?a%3Db%26c'"
    );
    let template = "/me/outlook/supportedTimeZones(TimeZoneStandard=microsoft.graph.timeZoneStandard'{timezone_format}')";
    assert_eq!(
        filled(template, &["Iana"]).unwrap(),
        "/me/outlook/supportedTimeZones(TimeZoneStandard=microsoft.graph.timeZoneStandard'Iana')"
    );
    assert_eq!(
        filled("/a b/\"<é>^`|}#", &[]).unwrap(),
        "/a%20b/%22%3C%C3%A9%3E%5E%60%7C%7D%23"
    );
}

#[test]
fn the_base_url_works_with_or_without_a_trailing_slash() {
    let expected =
        "https://graph.microsoft.com/v1.0/deviceAppManagement/mobileApps/x/deviceStatuses";
    for base in [
        BASE,
        "https://graph.microsoft.com/v1.0/",
        "https://graph.microsoft.com/v1.0//",
    ] {
        let request = build_request(Method::GET, base, TEMPLATE, &["x"], None).unwrap();
        assert_eq!(request.uri(), expected, "{base}");
    }
    for template in [
        "deviceAppManagement/mobileApps/{id}/deviceStatuses",
        TEMPLATE,
    ] {
        assert_eq!(
            operation::url(BASE, template, &["x"], None).unwrap(),
            expected
        );
    }
    assert_eq!(
        operation::url("http://localhost:8080", "/me", &[], None).unwrap(),
        "http://localhost:8080/me"
    );
}

#[test]
fn a_base_url_that_is_not_absolute_is_an_error() {
    let cases = [
        (
            "graph.microsoft.com/v1.0",
            "base URL `graph.microsoft.com/v1.0` is not an absolute http or https URL",
        ),
        (
            "/v1.0",
            "base URL `/v1.0` is not an absolute http or https URL",
        ),
        (
            "ftp://graph.microsoft.com/v1.0",
            "base URL `ftp://graph.microsoft.com/v1.0` is not an absolute http or https URL",
        ),
        (
            "https://graph.microsoft.com/v1.0?a=b",
            "base URL `https://graph.microsoft.com/v1.0?a=b` has a query or fragment",
        ),
        (
            "https://graph.microsoft.com/v1.0#x",
            "base URL `https://graph.microsoft.com/v1.0#x` has a query or fragment",
        ),
        ("", "base URL `` is not an absolute http or https URL"),
        (
            "https://graph microsoft.com",
            "base URL `https://graph microsoft.com` is not an absolute http or https URL",
        ),
    ];
    for (base, message) in cases {
        let error = build_request(Method::GET, base, "/me", &[], None).unwrap_err();
        assert_eq!(
            error.to_string(),
            format!("cannot build the request: {message}"),
            "{base}"
        );
    }
    let error = build_request(Method::GET, "", "/me", &[], None).unwrap_err();
    assert!(error.source().is_some(), "the http crate's error");
}

#[test]
fn query_options_are_encoded_as_graph_expects() {
    assert_eq!(
        Query::new().select(["a", "b"]).top(5).to_string(),
        "$select=a,b&$top=5"
    );
    // The order is fixed, whatever the order of the calls.
    let query = Query::new()
        .param("startDateTime", "2024-01-01T00:00:00+01:00")
        .count(false)
        .skip(10)
        .top(5)
        .orderby(["displayName desc", "id"])
        .search("pizza \"night\"")
        .filter("startswith(displayName,'A&B') and mail eq 'a+b@c.d'")
        .expand(["members($select=id,displayName)"])
        .select(["id"])
        .select(["displayName"]);
    assert_eq!(
        query.to_string(),
        "$select=id,displayName&$expand=members($select%3Did,displayName)\
         &$filter=startswith(displayName,'A%26B')%20and%20mail%20eq%20'a%2Bb@c.d'\
         &$search=%22pizza%20%5C%22night%5C%22%22&$orderby=displayName%20desc,id\
         &$top=5&$skip=10&$count=false&startDateTime=2024-01-01T00:00:00%2B01:00"
    );
    assert_eq!(
        Query::new()
            .search_expression("\"displayName:wa\" OR \"mail:wa\"")
            .to_string(),
        "$search=%22displayName:wa%22%20OR%20%22mail:wa%22"
    );
    assert_eq!(
        Query::new().param("a=b&c", "#").to_string(),
        "a%3Db%26c=%23"
    );
    assert!(Query::new().is_empty());
    assert!(!Query::new().count(false).is_empty());
}

#[test]
fn a_query_goes_after_the_path() {
    let query = Query::new().select(["id"]).count(true);
    let request = build_request(Method::GET, BASE, "/users", &[], Some(&query)).unwrap();
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/v1.0/users?$select=id&$count=true"
    );
    assert_eq!(request.uri().query(), Some("$select=id&$count=true"));
    let url = operation::url(
        BASE,
        "/me/calendarView?startDateTime={s}",
        &["x"],
        Some(&query),
    )
    .unwrap();
    assert_eq!(
        url,
        "https://graph.microsoft.com/v1.0/me/calendarView?startDateTime=x&$select=id&$count=true"
    );
    assert_eq!(
        operation::url(BASE, "/users", &[], Some(&Query::new())).unwrap(),
        "https://graph.microsoft.com/v1.0/users"
    );
}

#[test]
fn the_seed_operation_builds_its_request_and_reads_its_answer() {
    let body: MobileAppInstallStatus =
        serde_json::from_value(json!({"deviceName": "Device Name value", "errorCode": 9})).unwrap();
    // The generated operation of the seed page.
    let mut create = CreateMobileAppInstallStatus::new("app/1", body);
    let request = create.request("https://graph.microsoft.com/beta/").unwrap();
    assert_eq!(request.method(), Method::POST);
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/beta/deviceAppManagement/mobileApps/app%2F1/deviceStatuses"
    );
    assert_eq!(request.headers()[header::CONTENT_TYPE], "application/json");
    assert_eq!(request.headers()[header::ACCEPT], "application/json");
    assert_eq!(
        String::from_utf8(request.body().clone()).unwrap(),
        r#"{"deviceName":"Device Name value","errorCode":9}"#
    );

    let created = answer(
        201,
        "application/json",
        r##"{"@odata.type": "#microsoft.graph.mobileAppInstallStatus", "id": "1", "installState": "failed", "errorCode": 9}"##,
    );
    let status = CreateMobileAppInstallStatus::response(created).unwrap();
    assert_eq!(status.install_state, Some(ResultantAppState::Failed));
    assert_eq!(status.error_code, Some(9));
    // The seed's permissions table says `**TODO: Provide applicable permissions.**`: none.
    assert_eq!(
        CreateMobileAppInstallStatus::PERMISSIONS,
        Permissions::default()
    );
    assert_eq!(CreateMobileAppInstallStatus::METHOD, Method::POST);
    assert_eq!(CreateMobileAppInstallStatus::TEMPLATES.len(), 2);

    // The second template, and query options.
    create.query = Query::new().select(["id", "deviceName"]);
    let request = create.request(BASE).unwrap();
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/v1.0/deviceAppManagement/mobileApps/app%2F1/deviceStatuses?$select=id,deviceName"
    );
    let body = create.body.clone();
    let other = CreateMobileAppInstallStatus::at_user_statuses("app", "...", body.clone());
    assert_eq!(
        other.request(BASE).unwrap().uri(),
        "https://graph.microsoft.com/v1.0/deviceAppManagement/mobileApps/app/userStatuses/%2E%2E%2E/deviceStatuses"
    );
    let refused = CreateMobileAppInstallStatus::at_user_statuses("app", "..", body);
    assert!(matches!(refused.request(BASE), Err(Error::Request { .. })));
    // Another success than the page's 201 is a success all the same.
    let ok = answer(200, "application/json", r#"{"id": "1"}"#);
    let status = CreateMobileAppInstallStatus::response(ok).unwrap();
    assert_eq!(status.id.as_deref(), Some("1"));
}

#[test]
fn a_request_without_body_has_no_content_type() {
    let request = build_request(Method::DELETE, BASE, TEMPLATE, &["1"], None).unwrap();
    assert_eq!(request.method(), Method::DELETE);
    assert!(request.body().is_empty());
    assert!(request.headers().get(header::CONTENT_TYPE).is_none());
}

#[test]
fn a_body_that_cannot_be_json_is_an_error() {
    let mut map = BTreeMap::new();
    map.insert((1, 2), "tuple keys are not JSON");
    let error = build_request_with_body(Method::POST, BASE, "/me", &[], None, &map).unwrap_err();
    assert_eq!(
        error.to_string(),
        "cannot build the request: the body cannot be written as JSON"
    );
    assert_eq!(error.source().unwrap().to_string(), "key must be a string");
}

const USERS_PAGE: &str = r#"{
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users(id,displayName)",
  "@odata.count": 3,
  "@odata.nextLink": "https://graph.microsoft.com/v1.0/users?$select=id,displayName&$top=2&$skiptoken=RFNwdAIAAQAAAA",
  "value": [
    {"displayName": "Adele Vance", "id": "87d349ed-44d7-43e1-9a83-5f2406dee5bd"},
    {"displayName": "Alex Wilber", "id": "b73d8fb6-5ac5-4e1a-8ba0-0f3a9e8b7e4d"}
  ],
  "somethingNew": {"a": [1, 2.5, null]}
}"#;

#[test]
fn a_page_reads_and_writes_back_the_same_members() {
    let page: Page<BTreeMap<String, String>> = serde_json::from_str(USERS_PAGE).unwrap();
    assert_eq!(page.value.len(), 2);
    assert_eq!(page.value[1]["displayName"], "Alex Wilber");
    assert_eq!(page.count, Some(3));
    assert_eq!(
        page.next_link.as_deref(),
        Some(
            "https://graph.microsoft.com/v1.0/users?$select=id,displayName&$top=2&$skiptoken=RFNwdAIAAQAAAA"
        )
    );
    assert_eq!(page.delta_link, None);
    assert_eq!(
        page.extra.keys().collect::<Vec<_>>(),
        ["@odata.context", "somethingNew"]
    );
    let original: Value = serde_json::from_str(USERS_PAGE).unwrap();
    assert_eq!(serde_json::to_value(&page).unwrap(), original);
    // In Graph's order, byte for byte once whitespace is gone.
    let compact: String = USERS_PAGE.split_whitespace().collect::<Vec<_>>().join("");
    assert_eq!(
        serde_json::to_string(&page).unwrap().replace(' ', ""),
        compact
    );

    let next = page.next_request().unwrap().unwrap();
    assert_eq!(next.method(), Method::GET);
    assert_eq!(next.uri(), page.next_link.as_deref().unwrap());
    assert!(next.body().is_empty());
}

#[test]
fn a_last_page_of_a_delta_query() {
    let body = json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users",
        "@odata.nextLink": null,
        "@odata.count": "many",
        "value": [],
        "@odata.deltaLink": "https://graph.microsoft.com/v1.0/users/delta?$deltatoken=oEBwdSP6uehIAxQOWq_3Ksh_TLol6KIm3stvdc6hGhZRi1hQ7Spe__dpvm3U4zReE4CYXC2zOtaKdi7KHlUtC2CbRiBIUwOxPKLa"
    });
    let page: Page<Value> = serde_json::from_value(body.clone()).unwrap();
    assert!(page.value.is_empty());
    assert_eq!(page.next_link, None);
    assert!(page.next_request().is_none());
    assert_eq!(page.count, None);
    assert_eq!(page.extra["@odata.nextLink"], Value::Null);
    assert_eq!(page.extra["@odata.count"], "many");
    assert!(
        page.delta_link
            .as_deref()
            .unwrap()
            .starts_with("https://graph.microsoft.com/v1.0/users/delta?$deltatoken=")
    );
    assert_eq!(serde_json::to_value(&page).unwrap(), body);
    let mut page = page;
    page.next_link = Some("https://x/y".into());
    assert_eq!(
        serde_json::to_value(&page).unwrap()["@odata.nextLink"],
        "https://x/y"
    );
}

#[test]
fn a_page_without_value_or_with_a_bad_next_link() {
    let error = serde_json::from_str::<Page<Value>>(r#"{"@odata.context": "x"}"#).unwrap_err();
    assert_eq!(
        error.to_string(),
        "missing field `value` at line 1 column 23"
    );
    let page: Page<Value> =
        serde_json::from_str(r#"{"value": [], "@odata.nextLink": "/users?$skiptoken=1"}"#).unwrap();
    let error = page.next_request().unwrap().unwrap_err();
    assert_eq!(
        error.to_string(),
        "cannot build the request: URL `/users?$skiptoken=1` is not an absolute http or https URL"
    );
}

const NOT_FOUND: &str = r#"{
  "error": {
    "code": "Request_ResourceNotFound",
    "message": "Resource '4f9b7c3a-0000-0000-0000-000000000000' does not exist or one of its queried reference-property objects are not present.",
    "innerError": {
      "date": "2024-05-01T10:00:00",
      "request-id": "b1f0a2c4-1d2e-4f5a-9b8c-7d6e5f4a3b2c",
      "client-request-id": "c2e1b3d5-2e3f-5a6b-0c9d-8e7f6a5b4c3d"
    }
  }
}"#;

#[test]
fn a_graph_error_answer_is_a_graph_error() {
    let error = read_response::<Value>(answer(404, "application/json", NOT_FOUND), StatusCode::OK)
        .unwrap_err();
    assert_eq!(error.status(), Some(StatusCode::NOT_FOUND));
    assert_eq!(
        error.to_string(),
        "Graph error: 404 Not Found: Request_ResourceNotFound: Resource '4f9b7c3a-0000-0000-0000-000000000000' \
         does not exist or one of its queried reference-property objects are not present."
    );
    let Error::Graph(graph) = &error else {
        panic!("{error:?}")
    };
    assert_eq!(graph.status, StatusCode::NOT_FOUND);
    assert_eq!(graph.error.code, "Request_ResourceNotFound");
    let inner = graph.error.inner_error.as_ref().unwrap();
    assert_eq!(
        inner.request_id.as_deref(),
        Some("b1f0a2c4-1d2e-4f5a-9b8c-7d6e5f4a3b2c")
    );
    assert_eq!(
        inner.client_request_id.as_deref(),
        Some("c2e1b3d5-2e3f-5a6b-0c9d-8e7f6a5b4c3d")
    );
    assert_eq!(inner.date.as_deref(), Some("2024-05-01T10:00:00"));
    assert!(inner.extra.is_empty());
    assert_eq!(graph.error.details, None);
    assert_eq!(
        serde_json::to_value(graph.as_ref()).unwrap(),
        serde_json::from_str::<Value>(NOT_FOUND).unwrap()
    );
    assert!(error.source().is_some());
}

#[test]
fn a_graph_error_keeps_its_unknown_members() {
    let body = json!({
        "error": {
            "code": "BadRequest",
            "message": "Invalid request.",
            "target": null,
            "details": [
                {"code": "InvalidValue", "message": "Property 'x' is invalid.", "target": "x", "severity": 2}
            ],
            "innerError": {"request-id": "1", "date": "2024-05-01T10:00:00", "code": "invalidRange"},
            "innererror": {"message": "spelled as some services do"}
        },
        "trace": "abc"
    });
    let graph = GraphError::from_value(StatusCode::BAD_REQUEST, &body).unwrap();
    assert_eq!(
        graph.to_string(),
        "400 Bad Request: BadRequest: Invalid request."
    );
    assert_eq!(graph.error.target, None);
    assert_eq!(
        graph.error.extra.keys().collect::<Vec<_>>(),
        ["innererror", "target"]
    );
    let details = graph.error.details.as_ref().unwrap();
    assert_eq!(details[0].target.as_deref(), Some("x"));
    assert_eq!(details[0].extra["severity"], 2);
    assert_eq!(
        graph.error.inner_error.as_ref().unwrap().extra["code"],
        "invalidRange"
    );
    assert_eq!(graph.extra["trace"], "abc");
    assert_eq!(serde_json::to_value(&graph).unwrap(), body);

    let bytes = serde_json::to_vec(&body).unwrap();
    assert_eq!(
        GraphError::from_slice(StatusCode::BAD_REQUEST, &bytes).unwrap(),
        graph
    );
    assert_eq!(
        GraphError::from_slice(StatusCode::BAD_REQUEST, br#"{"error": {"code": "x"}}"#)
            .unwrap_err()
            .to_string(),
        "missing member `message`"
    );
}

const BAD_GATEWAY: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";

#[test]
fn an_html_502_is_not_json() {
    let error =
        read_response::<Value>(answer(502, "text/html", BAD_GATEWAY), StatusCode::OK).unwrap_err();
    let Error::NotJson {
        status,
        content_type,
        snippet,
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!(*status, StatusCode::BAD_GATEWAY);
    assert_eq!(content_type.as_deref(), Some("text/html"));
    assert_eq!(snippet, BAD_GATEWAY);
    assert_eq!(
        error.to_string(),
        "the 502 Bad Gateway answer's body is not JSON (text/html): \"<html>\\r\\n<head><title>502 Bad Gateway</title></head>\\r\\n\
         <body>\\r\\n<center><h1>502 Bad Gateway</h1></center>\\r\\n</body>\\r\\n</html>\\r\\n\""
    );
    assert!(error.source().is_none());

    let long = "x".repeat(1000);
    let error = read_empty(answer(503, "text/plain", &long), StatusCode::NO_CONTENT).unwrap_err();
    let Error::NotJson { snippet, .. } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(snippet.len(), Error::SNIPPET);
}

#[test]
fn a_body_of_the_wrong_type_names_its_path() {
    let body = r#"{"value": [{"id": "1"}, {"id": 2}]}"#;
    let error = read_response::<Page<BTreeMap<String, String>>>(
        answer(200, "application/json", body),
        StatusCode::OK,
    )
    .unwrap_err();
    let Error::Body {
        status,
        path,
        source,
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!(*status, StatusCode::OK);
    assert_eq!(path, "value[1].id");
    assert_eq!(
        source.to_string(),
        "invalid type: integer `2`, expected a string at line 1 column 32"
    );
    assert_eq!(
        error.to_string(),
        "the 200 OK answer's body is not what the page says, at value[1].id: \
         invalid type: integer `2`, expected a string at line 1 column 32"
    );
    assert_eq!(error.source().unwrap().to_string(), source.to_string());
}

#[test]
fn a_generated_type_of_the_wrong_type_names_its_path() {
    let body = r#"{"value": [{"errorCode": 1}, {"deviceName": "d", "errorCode": "9"}]}"#;
    let error = read_response::<Page<MobileAppInstallStatus>>(
        answer(200, "application/json", body),
        StatusCode::OK,
    )
    .unwrap_err();
    let Error::Body { path, .. } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(path, "value[1].errorCode");
}

#[test]
fn bodies_cut_short_empty_or_with_trailing_text() {
    let read = |body: &str| {
        read_response::<Value>(answer(200, "application/json", body), StatusCode::OK).unwrap_err()
    };
    let error = read(r#"{"value": [1, 2"#);
    assert!(
        matches!(&error, Error::Body { path, .. } if path == "value"),
        "{error:?}"
    );
    // A success without the body the page says it has.
    let error = read("");
    assert_eq!(error.to_string(), "unexpected status 200 OK, with no body");
    let error = read(r#"{"a": 1} x"#);
    assert_eq!(
        error.to_string(),
        "the 200 OK answer's body is not what the page says, at .: trailing characters at line 1 column 10"
    );
}

#[test]
fn no_content_is_unit() {
    let answer = Response::builder().status(204).body(Vec::new()).unwrap();
    read_empty(answer, StatusCode::NO_CONTENT).unwrap();
    let error = read_empty(answer_404(), StatusCode::NO_CONTENT).unwrap_err();
    assert!(
        matches!(&error, Error::Graph(graph) if graph.error.code == "Request_ResourceNotFound")
    );
}

fn answer_404() -> Response<Vec<u8>> {
    answer(404, "application/json", NOT_FOUND)
}

#[test]
fn any_success_reads_and_another_status_with_json_that_is_not_a_graph_error_is_status() {
    // A 200 where the page says 201, a 202 where it says 204: successes, read as the page says.
    let read = read_response::<Value>(
        answer(200, "application/json", r#"{"id": "1"}"#),
        StatusCode::CREATED,
    )
    .unwrap();
    assert_eq!(read, json!({"id": "1"}));
    let accepted = Response::builder().status(202).body(Vec::new()).unwrap();
    read_empty(accepted, StatusCode::NO_CONTENT).unwrap();
    let error = read_response::<Value>(
        answer(409, "application/json", r#"{"id": "1"}"#),
        StatusCode::CREATED,
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        r#"unexpected status 409 Conflict, with a body that is not a Graph error: {"id":"1"}"#
    );
    let error = read_response::<Value>(
        answer(429, "application/json", r#"{"error": "slow down"}"#),
        StatusCode::OK,
    )
    .unwrap_err();
    let Error::Status { status, body } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(*status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(body, &json!({"error": "slow down"}));
}

#[test]
fn an_empty_error_body_and_a_long_unicode_one() {
    let answer = Response::builder().status(401).body(Vec::new()).unwrap();
    let error = read_response::<Value>(answer, StatusCode::OK).unwrap_err();
    assert_eq!(
        error.to_string(),
        "unexpected status 401 Unauthorized, with no body"
    );
    assert!(matches!(
        &error,
        Error::Status {
            body: Value::Null,
            ..
        }
    ));
    let answer = Response::builder()
        .status(204)
        .body(b" \r\n".to_vec())
        .unwrap();
    let error = read_response::<Value>(answer, StatusCode::OK).unwrap_err();
    assert_eq!(
        error.to_string(),
        "unexpected status 204 No Content, with no body"
    );
    assert_eq!(error.status(), Some(StatusCode::NO_CONTENT));

    // Cut by characters, not bytes; bytes that are not UTF-8 are replaced.
    let mut body = "é".repeat(300).into_bytes();
    body.splice(0..0, [0xff, b'<']);
    let answer = Response::builder().status(500).body(body).unwrap();
    let error = read_empty(answer, StatusCode::NO_CONTENT).unwrap_err();
    let Error::NotJson {
        snippet,
        content_type,
        ..
    } = &error
    else {
        panic!("{error:?}")
    };
    assert_eq!(content_type, &None);
    assert_eq!(snippet.chars().count(), Error::SNIPPET);
    assert!(snippet.starts_with("\u{fffd}<éé"), "{snippet}");
}

#[test]
fn a_graph_error_without_a_message_shows_its_status_and_code() {
    let body = json!({"error": {"code": "Authorization_RequestDenied", "message": ""}});
    let graph = GraphError::from_value(StatusCode::FORBIDDEN, &body).unwrap();
    assert_eq!(
        graph.to_string(),
        "403 Forbidden: Authorization_RequestDenied"
    );
    assert_eq!(serde_json::to_value(&graph).unwrap(), body);
}

/// `GET /deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses`, as the generator will
/// write a list operation.
struct ListDeviceStatuses {
    mobile_app_id: String,
    query: Query,
}

impl Operation for ListDeviceStatuses {
    const METHOD: Method = Method::GET;
    const TEMPLATES: &'static [&'static str] = &[TEMPLATE];
    const PERMISSIONS: Permissions = Permissions {
        delegated_work: &["DeviceManagementApps.Read.All"],
        delegated_personal: &[],
        application: &["DeviceManagementApps.Read.All"],
    };
    type Response = Page<MobileAppInstallStatus>;

    fn request(&self, base_url: &str) -> Result<Request<Vec<u8>>, Error> {
        build_request(
            Self::METHOD,
            base_url,
            TEMPLATE,
            &[&self.mobile_app_id],
            Some(&self.query),
        )
    }

    fn response(response: Response<Vec<u8>>) -> Result<Self::Response, Error> {
        read_response(response, StatusCode::OK)
    }
}

#[test]
fn paging_follows_the_next_link_over_three_pages() {
    // A stand-in for any client: answers each URL with a page of generated values.
    let send = |request: Request<Vec<u8>>| -> Response<Vec<u8>> {
        assert_eq!(request.method(), Method::GET);
        let uri = request.uri().to_string();
        let body = match uri.as_str() {
            "https://graph.microsoft.com/v1.0/deviceAppManagement/mobileApps/app%201/deviceStatuses?$top=2&$count=true" =>
            {
                json!({
                    "@odata.count": 5,
                    "@odata.nextLink": "https://graph.microsoft.com/v1.0/deviceAppManagement/mobileApps/app%201/deviceStatuses?$top=2&$skiptoken=2",
                    "value": [{"deviceName": "d1"}, {"deviceName": "d2", "somethingNew": true}]
                })
            }
            "https://graph.microsoft.com/v1.0/deviceAppManagement/mobileApps/app%201/deviceStatuses?$top=2&$skiptoken=2" =>
            {
                json!({
                    "@odata.nextLink": "https://graph.microsoft.com/v1.0/deviceAppManagement/mobileApps/app%201/deviceStatuses?$top=2&$skiptoken=4",
                    "value": [{"deviceName": "d3"}, {"deviceName": "d4"}]
                })
            }
            "https://graph.microsoft.com/v1.0/deviceAppManagement/mobileApps/app%201/deviceStatuses?$top=2&$skiptoken=4" =>
            {
                json!({
                    "value": [{"deviceName": "d5", "installState": "installed"}]
                })
            }
            other => panic!("unexpected request {other}"),
        };
        answer(200, "application/json", &body.to_string())
    };

    let list = ListDeviceStatuses {
        mobile_app_id: "app 1".into(),
        query: Query::new().top(2).count(true),
    };
    let mut page = ListDeviceStatuses::response(send(list.request(BASE).unwrap())).unwrap();
    assert_eq!(page.count, Some(5));
    let mut names = Vec::new();
    let mut pages = 1;
    loop {
        names.extend(
            page.value
                .iter()
                .filter_map(|status| status.device_name.clone()),
        );
        let Some(next) = page.next_request() else {
            break;
        };
        page = ListDeviceStatuses::response(send(next.unwrap())).unwrap();
        pages += 1;
    }
    assert_eq!(pages, 3);
    assert_eq!(names, ["d1", "d2", "d3", "d4", "d5"]);
    assert_eq!(
        page.value[0].install_state,
        Some(ResultantAppState::Installed)
    );
}

#[test]
fn a_clients_failure_is_send_with_its_cause() {
    let cause = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "connection refused");
    let error = Error::send(cause);
    assert_eq!(error.status(), None);
    assert_eq!(
        error.to_string(),
        "the request was not sent, or its answer not read: connection refused"
    );
    assert_eq!(error.source().unwrap().to_string(), "connection refused");
}

#[test]
fn a_request_example_that_differs_says_how() {
    use docmodel::__private::{PathValues, request, request_example};
    let body: MobileAppInstallStatus = serde_json::from_value(json!({"errorCode": 9})).unwrap();
    let create = CreateMobileAppInstallStatus::new("a1", body);
    let path = "/deviceAppManagement/mobileApps/a1/deviceStatuses";
    request_example(&create, "POST", path, Some(r#"{"errorCode": 9}"#)).unwrap();
    assert_eq!(
        request_example(&create, "PATCH", path, Some(r#"{"errorCode": 9}"#)).unwrap_err(),
        "the request's method is POST, the example's PATCH"
    );
    assert_eq!(
        request_example(&create, "POST", "/x", Some(r#"{"errorCode": 9}"#)).unwrap_err(),
        format!("the request's path is `{path}`, the example's `/x`")
    );
    assert_eq!(
        request_example(&create, "POST", path, Some(r#"{"errorCode": 8}"#)).unwrap_err(),
        r#"the request's body is {"errorCode":9}, the example's {"errorCode":8}"#
    );
    assert_eq!(
        request_example(&create, "POST", path, None).unwrap_err(),
        "the request has a body, the example none"
    );
    // A template index the operation does not have is an error, not a panic.
    let error = request(
        Method::GET,
        BASE,
        &["/a"],
        &PathValues::new(3, []),
        &Query::new(),
        None::<&()>,
    )
    .unwrap_err();
    assert_eq!(
        error.to_string(),
        "cannot build the request: the operation has 1 URL templates, not 4"
    );
}
