use super::*;
use crate::defs::PermissionsDef;
use crate::types::Prim;

const NS: &str = "microsoft.graph";

fn page(text: &str) -> Page {
    crate::markdown::parse("w.md", text)
}

/// A page whose `## Response` section is `prose`, starting at line 5.
fn response_of(prose: &str) -> ResponseDef {
    response(
        &page(&format!("# Get widget\n\n## Response\n\n{prose}\n")),
        NS,
    )
}

fn at(line: usize, col: usize) -> Loc {
    Loc { line, col }
}

fn named(name: &str, link: Option<&str>) -> Target {
    Target::Named {
        name: QName::parse(name, NS),
        link: link.map(str::to_owned),
        fragment: None,
    }
}

fn status(value: u16, loc: Loc) -> Option<Located<u16>> {
    Some(Located { value, loc })
}

#[test]
fn the_response_prose_names_the_status_and_the_type() {
    let r = response_of(
        "If successful, this method returns a `201 Created` response code and a\n\
         [widget](../resources/widget.md) object in the response body.",
    );
    assert_eq!(r.status, status(201, at(5, 1)));
    let target = named("widget", Some("../resources/widget.md"));
    assert_eq!(
        r.body,
        ResponseBody::One {
            target,
            loc: at(5, 1)
        }
    );
    let r = response_of(
        "Note: first.\n\nIf successful, this method returns `200 OK` and a collection of \
         [event](event.md#x) objects in the response body.",
    );
    assert_eq!(r.status, status(200, at(7, 1)));
    let target = Target::Named {
        name: QName::parse("event", NS),
        link: Some("event.md".into()),
        fragment: Some("x".into()),
    };
    assert_eq!(
        r.body,
        ResponseBody::Collection {
            target,
            loc: at(7, 1)
        }
    );
}

#[test]
fn no_content_or_no_body_is_an_empty_body() {
    let r = response_of(
        "If successful, this method returns a `204 No Content` response code and an updated \
         [widget](widget.md) object.",
    );
    assert_eq!(
        (r.status.map(|s| s.value), r.body),
        (Some(204), ResponseBody::Empty)
    );
    let r = response_of(
        "If successful, this method returns `200 OK` response code. It does not return \
         anything in the response body.",
    );
    assert_eq!(
        (r.status.map(|s| s.value), r.body),
        (Some(200), ResponseBody::Empty)
    );
}

#[test]
fn links_to_concepts_and_mentions_name_no_type() {
    for prose in [
        "If successful, this method returns `200 OK`. Errors are [error responses](/graph/errors) \
         in the response body.",
        "Returns `200 OK` and a [widget](https://example.com/widget.md) object.",
        "Returns `202 Accepted` with a Location header pointing to the \
         [operation](operation.md) resource.",
        "Returns `200 OK`; see [widget](widget.md) for details.",
        "Returns `200 OK` with the list of [widget](widget.md) properties.",
    ] {
        assert_eq!(response_of(prose).body, ResponseBody::Json, "{prose}");
    }
}

#[test]
fn the_response_may_be_a_primitive() {
    let r = response_of("Returns a `200 OK` response code and a String in the response body.");
    let target = Target::Prim(Prim::String);
    assert_eq!(
        r.body,
        ResponseBody::One {
            target,
            loc: at(5, 1)
        }
    );
    let r =
        response_of("Returns `200 OK` response code and String collection in the response body.");
    let target = Target::Prim(Prim::String);
    assert_eq!(
        r.body,
        ResponseBody::Collection {
            target,
            loc: at(5, 1)
        }
    );
    // Words that spell a primitive in lower case are prose.
    let r = response_of("Returns `200 OK` and a string in the response body.");
    assert_eq!(r.body, ResponseBody::Json);
}

#[test]
fn without_prose_the_response_example_says_the_status_and_the_type() {
    let text = "# List widgets\n\n## Example\n\n### Response\n\n\
                <!-- {\n  \"blockType\": \"response\",\n  \"@odata.type\": \"microsoft.graph.widget\",\n  \
                \"isCollection\": true\n} -->\n```http\nHTTP/1.1 200 OK\n\n{\"value\": []}\n```\n";
    let r = response(&page(text), NS);
    assert_eq!(r.status, status(200, at(13, 1)));
    let target = named("microsoft.graph.widget", None);
    assert_eq!(
        r.body,
        ResponseBody::Collection {
            target,
            loc: at(7, 1)
        }
    );
    let text = "# Get x\n\n<!-- { \"blockType\": \"response\", \"@odata.type\": \"Edm.String\" } -->\n\
                ```http\nHTTP/1.1 204 No Content\n```\n";
    let r = response(&page(text), "microsoft.graph.callRecords");
    assert_eq!(
        (r.status.map(|s| s.value), r.body),
        (Some(204), ResponseBody::Empty)
    );
    let text = "# Get x\n\n<!-- { \"blockType\": \"response\", \
                \"@odata.type\": \"Collection(microsoft.graph.x)\" } -->\n```json\n[]\n```\n";
    let r = response(&page(text), NS);
    assert_eq!(r.status, None);
    let target = named("microsoft.graph.x", None);
    assert_eq!(
        r.body,
        ResponseBody::Collection {
            target,
            loc: at(3, 1)
        }
    );
}

#[test]
fn a_page_that_says_nothing_has_no_status_and_json() {
    let r = response(&page("# Do x\n\n## Response\n\nThe answer.\n"), NS);
    assert_eq!(
        r,
        ResponseDef {
            status: None,
            body: ResponseBody::Json
        }
    );
}

#[test]
fn a_status_is_a_2xx_code_with_a_reason() {
    for (text, code) in [
        ("returns a 200 OK response code", Some(200)),
        ("returns 204, No Content", Some(204)),
        ("returns 201 Createdresponse code", Some(201)),
        ("returns a (206 Partial Content)", Some(206)),
        ("returns 207 status", Some(207)),
        ("HTTP/1.1 204 OK", Some(204)),
        ("returns up to 200 items", None),
        ("a 200-series code", None),
        ("returns a 302 Found response", None),
        ("returns 2000 OK", None),
        ("returns 200 nodes", None),
        ("", None),
    ] {
        assert_eq!(words::status(text), code, "{text:?}");
    }
}

/// A page whose `## Request body` section is `prose`, starting at line 5.
fn request_body_of(prose: &str) -> Option<BodyDef> {
    request_body(
        &page(&format!("# Do x\n\n## Request body\n\n{prose}\n")),
        NS,
    )
}

#[test]
fn the_request_body_prose_says_none_or_a_type() {
    for prose in [
        "Do not supply a request body for this method.",
        "Don’t supply a request body for this method.",
        "This method does not require a request body.",
        "No request body.",
    ] {
        assert_eq!(request_body_of(prose), Some(BodyDef::None), "{prose}");
    }
    let body = request_body_of(
        "A note.\n\nIn the request body, supply a JSON representation of a\n\
         [user](../resources/user.md) object.",
    );
    let target = named("user", Some("../resources/user.md"));
    assert_eq!(
        body,
        Some(BodyDef::Type {
            target,
            loc: at(7, 1)
        })
    );
    let body = request_body_of("Provide the new [contact](contact.md) object in the request body.");
    let target = named("contact", Some("contact.md"));
    assert_eq!(
        body,
        Some(BodyDef::Type {
            target,
            loc: at(5, 1)
        })
    );
}

#[test]
fn request_body_prose_that_decides_nothing_is_none() {
    for prose in [
        "In the request body, provide a JSON object with the following parameters.\n\n\
         |Parameter|Type|\n|-|-|\n|a|String|",
        "In the request body, supply the identifier of a [user](user.md) object.",
        "In the request body, supply an array of [widget](widget.md) objects.",
        "No request body is required. However, you can specify properties.",
        "In the request body, supply the values for relevant fields that should be updated.",
        "See [widget](/graph/widget) object.",
    ] {
        assert_eq!(request_body_of(prose), None, "{prose}");
    }
    assert_eq!(
        request_body(&page("# Get x\n\n## Response\n\nNone.\n"), NS),
        None
    );
}

const HEADER: &str = "|Permission type|Permissions (from least to most privileged)|\n|:--|:--|\n";

#[test]
fn the_permissions_table_gives_three_lists() {
    let text = format!(
        "# Get x\n\n## Permissions\n\n{HEADER}\
         |Delegated (work or school account)|User.Read, User.ReadWrite.All, Directory.Read.All|\n\
         |Delegated (personal Microsoft account)|Not supported.|\n\
         |Application|Policy.Read.All and Application.ReadWrite.All, ChannelMessage.Read.Group*|\n"
    );
    assert_eq!(
        permissions(&page(&text)),
        PermissionsDef {
            delegated_work: vec![
                "User.Read".into(),
                "User.ReadWrite.All".into(),
                "Directory.Read.All".into()
            ],
            delegated_personal: vec![],
            application: vec![
                "Policy.Read.All".into(),
                "Application.ReadWrite.All".into(),
                "ChannelMessage.Read.Group".into()
            ],
        }
    );
}

#[test]
fn cells_without_permissions_give_none() {
    let text = format!(
        "{HEADER}|Delegated (work or school account)|**TODO: Determine scopes **|\n\
         |Delegated (personal Microsoft account)|Not available.|\n|Application|None.<br>n/a|\n\
         |Other|Mail.Send|\n"
    );
    assert_eq!(permissions(&page(&text)), PermissionsDef::default());
    let include = "## Permissions\n\n[!INCLUDE [permissions-table](../includes/x.md)]\n";
    assert_eq!(permissions(&page(include)), PermissionsDef::default());
    let other = "|Property|Type|\n|-|-|\n|Application|Mail.Send|\n";
    assert_eq!(permissions(&page(other)), PermissionsDef::default());
}

#[test]
fn a_table_with_a_column_per_caller_gives_every_row() {
    let text = "| Supported resource | Delegated (work or school account) | \
                Delegated (personal Microsoft account) | Application |\n|-|-|-|-|\n\
                | [event](event.md) | Calendars.Read | Calendars.Read | Not supported |\n\
                | [group](group.md) | Group.Read.All, Calendars.Read | Not supported | Group.Read.All |\n";
    assert_eq!(
        permissions(&page(text)),
        PermissionsDef {
            delegated_work: vec!["Calendars.Read".into(), "Group.Read.All".into()],
            delegated_personal: vec!["Calendars.Read".into()],
            application: vec!["Group.Read.All".into()],
        }
    );
}

/// What every v1.0 API page with request lines says of its response, request body and
/// permissions. Needs the corpus (see `markdown::corpus_api_pages`); `--nocapture` prints the
/// figures. The floors are a little below what was measured (see the report of the commit).
#[test]
fn the_api_pages_of_v1_0_say_their_response_body_and_permissions() {
    let Some(pages) = crate::markdown::corpus_api_pages() else {
        return;
    };
    let mut c = Counts::default();
    for (name, text) in pages {
        let page = crate::markdown::parse(&name, &text);
        if page.http_request.is_empty() {
            continue;
        }
        let namespace = crate::resolve::namespace(&page);
        c.count(&page, &namespace);
    }
    eprintln!("{c:?}");
    assert!(c.pages > 2000, "{c:?}");
    let share = |n: usize| n * 1000 / c.pages;
    assert!(share(c.status) >= 955, "status: {c:?}");
    assert!(share(c.one + c.collection + c.empty) >= 970, "typed: {c:?}");
    assert!(share(c.no_body + c.body_type) >= 680, "request body: {c:?}");
    assert!(share(c.permissions) >= 980, "permissions: {c:?}");
}

/// What the corpus test counts.
#[derive(Debug, Default)]
struct Counts {
    pages: usize,
    status: usize,
    one: usize,
    collection: usize,
    empty: usize,
    json: usize,
    no_body: usize,
    body_type: usize,
    permissions: usize,
}

impl Counts {
    fn count(&mut self, page: &Page, namespace: &str) {
        self.pages += 1;
        let r = response(page, namespace);
        self.status += usize::from(r.status.is_some());
        match r.body {
            ResponseBody::One { .. } => self.one += 1,
            ResponseBody::Collection { .. } => self.collection += 1,
            ResponseBody::Empty => self.empty += 1,
            ResponseBody::Json => self.json += 1,
        }
        match request_body(page, namespace) {
            Some(BodyDef::None) => self.no_body += 1,
            Some(_) => self.body_type += 1,
            None => {}
        }
        self.permissions += usize::from(permissions(page) != PermissionsDef::default());
    }
}
