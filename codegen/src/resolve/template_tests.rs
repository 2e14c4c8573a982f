use super::*;

/// The template's text and its parameters' names, or the error.
fn read(url: &str) -> Result<(String, Vec<String>), String> {
    template(url).map(|t| {
        let names = t.params.iter().map(|p| p.ident.to_string()).collect();
        (t.text, names)
    })
}

fn ok(text: &str, names: &[&str]) -> Result<(String, Vec<String>), String> {
    Ok((
        text.to_owned(),
        names.iter().map(|&n| n.to_owned()).collect(),
    ))
}

#[test]
fn a_relative_template_stays_as_written() {
    let url = "/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses";
    assert_eq!(read(url), ok(url, &["mobile_app_id"]));
    let url = "/users/{id | userPrincipalName}/events";
    assert_eq!(read(url), ok(url, &["user_id"]));
    let parsed = template("/users/{ id | userPrincipalName }/events").unwrap();
    assert_eq!(parsed.params[0].placeholder, "id | userPrincipalName");
    assert_eq!(parsed.text, "/users/{ id | userPrincipalName }/events");
    assert_eq!(read("  /me/events \t"), ok("/me/events", &[]));
    assert_eq!(read("/"), ok("/", &[]));
}

#[test]
fn an_absolute_url_loses_scheme_host_and_version() {
    let expected = ok("/sites/{site-id}/lists", &["site_id"]);
    assert_eq!(
        read("https://graph.microsoft.com/v1.0/sites/{site-id}/lists"),
        expected
    );
    assert_eq!(
        read("HTTP://localhost:8080/beta/sites/{site-id}/lists"),
        expected
    );
    assert_eq!(
        read("https://graph.microsoft.com/v1.0/me?$id=https://x/v1.0/users/{user-id}"),
        ok("/me?$id=https://x/v1.0/users/{user-id}", &["user_id"])
    );
    assert_eq!(read("https://graph.microsoft.com/v1.0/"), ok("/", &[]));
    for url in [
        "https://graph.microsoft.com/v1.0",
        "https://graph.microsoft.com",
        "https://",
    ] {
        let error = read(url).unwrap_err();
        assert!(error.contains("no path after the host"), "{url}: {error}");
    }
}

#[test]
fn a_path_without_its_leading_slash_gets_it() {
    assert_eq!(
        read("policies/tokenLifetimePolicies"),
        ok("/policies/tokenLifetimePolicies", &[])
    );
    assert_eq!(
        read("groups/{id}/settings"),
        ok("/groups/{id}/settings", &["group_id"])
    );
    assert_eq!(read("$metadata"), ok("/$metadata", &[]));
}

#[test]
fn function_segments_quotes_keys_and_queries_are_templates() {
    assert_eq!(
        read("/reports/getEmailActivityCounts(period='{period_value}')"),
        ok(
            "/reports/getEmailActivityCounts(period='{period_value}')",
            &["period_value"]
        )
    );
    let url = "/me/calendarView?startDateTime={start_datetime}&endDateTime={end_datetime}";
    assert_eq!(read(url), ok(url, &["start_datetime", "end_datetime"]));
    let url = "/drives/{drive-id}/root:/{item-path}:/content";
    assert_eq!(read(url), ok(url, &["drive_id", "item_path"]));
    let url = "/directoryRoles/roleTemplateId={roleTemplateId}/members";
    assert_eq!(read(url), ok(url, &["role_template_id"]));
    let url = "/x/range(deltaRows={n}, deltaColumns={n})";
    assert_eq!(read(url), ok(url, &["n", "n_2"]));
    let url =
        "/x/zones(Standard=microsoft.graph.zone'{zone_format}')/image(width=640,on='fit',f=true)";
    assert_eq!(read(url), ok(url, &["zone_format"]));
    let url = "/x?$filter={property} eq '{property-value}' and {property} eq '{property-value}'";
    assert_eq!(
        read(url),
        ok(
            url,
            &[
                "property",
                "property_value",
                "property_2",
                "property_value_2"
            ]
        )
    );
    let url = "/x/onlineMeetings/?$filter=JoinWebUrl%20eq%20'{joinWebUrl}'";
    assert_eq!(read(url), ok(url, &["join_web_url"]));
}

#[test]
fn angle_brackets_around_a_name_are_a_placeholder() {
    assert_eq!(
        read("/w/{id|name}/range(address='<address>')/clear"),
        ok(
            "/w/{id|name}/range(address='{address}')/clear",
            &["w_id", "address"]
        )
    );
    assert_eq!(read("/r(<a.b-c_1>)"), ok("/r({a.b-c_1})", &["a_b_c_1"]));
    for url in ["/a<b", "/a>b", "/a/<>", "/a/<b c>", "/a/<b", "/a/<<b>>"] {
        let error = read(url).unwrap_err();
        assert!(error.contains("`<` or `>`"), "{url}: {error}");
    }
}

#[test]
fn a_bare_id_is_named_after_the_segment_before_it() {
    let names = |url| read(url).map(|(_, names)| names);
    let expect = |names: &[&str]| Ok(names.iter().map(|&n| n.to_owned()).collect::<Vec<_>>());
    assert_eq!(
        names("/users/{id}/events/{id}"),
        expect(&["user_id", "event_id"])
    );
    assert_eq!(names("/policies/{Id}"), expect(&["policy_id"]));
    assert_eq!(names("/me/addresses/{ID}"), expect(&["address_id"]));
    assert_eq!(names("/education/classes/{id}"), expect(&["class_id"]));
    assert_eq!(names("/a/statuses/{id}"), expect(&["status_id"]));
    assert_eq!(
        names("/a/boxes/{id}/matches/{id}/wishes/{id}"),
        expect(&["box_id", "match_id", "wish_id"])
    );
    assert_eq!(names("/organization/{id}"), expect(&["organization_id"]));
    assert_eq!(
        names("/a/analysis/{id}/status/{id}"),
        expect(&["analysis_id", "status_id"])
    );
    assert_eq!(
        names("/mailFolders/{id}/fido2Methods/{id}"),
        expect(&["mail_folder_id", "fido2_method_id"])
    );
    assert_eq!(names("/users('{id}')"), expect(&["user_id"]));
    assert_eq!(names("/users(id='{id}')/x"), expect(&["user_id"]));
    assert_eq!(names("/users(key='{id}')"), expect(&["id"]));
    assert_eq!(names("/{id}"), expect(&["id"]));
    assert_eq!(names("/a/{b}/{id}"), expect(&["b", "id"]));
    assert_eq!(names("/root:/{id}"), expect(&["id"]));
    assert_eq!(names("/a?$filter=id eq '{id}'"), expect(&["id"]));
    assert_eq!(
        names("/teams/{id}/channels/{id|name}"),
        expect(&["team_id", "channel_id"])
    );
}

#[test]
fn names_are_snake_case_distinct_and_not_the_operations_fields() {
    let names = |url| read(url).map(|(_, names)| names);
    let expect = |names: &[&str]| Ok(names.iter().map(|&n| n.to_owned()).collect::<Vec<_>>());
    assert_eq!(
        names("/a/{mobileAppId}/{drive-id}/{tenant id}/{x.y}/{type}/{self}"),
        expect(&[
            "mobile_app_id",
            "drive_id",
            "tenant_id",
            "x_y",
            "r#type",
            "self_"
        ])
    );
    assert_eq!(
        names("/a?search={query}&b={body}"),
        expect(&["query_", "body_"])
    );
    assert_eq!(
        names("/a/{query}/{query}/{query_}"),
        expect(&["query_", "query_2", "query_3"])
    );
    assert_eq!(names("/a/{type}/{type}"), expect(&["r#type", "type_2"]));
    assert_eq!(
        names("/a/{n}/{n}/{n_2}/{n}"),
        expect(&["n", "n_2", "n_2_2", "n_3"])
    );
    assert_eq!(
        names("/users/{id}/users/{id}"),
        expect(&["user_id", "user_id_2"])
    );
    assert_eq!(names("/a/{😀}"), expect(&["u1f600"]));
}

#[test]
fn what_cannot_be_a_template_is_an_error_that_says_what_to_write() {
    let cases = [
        ("", "has no URL"),
        ("  ", "has no URL"),
        ("{id}/events", "starts neither with `/`"),
        ("(x)", "starts neither with `/`"),
        ("/users/{id/events", "`{` without `}`"),
        ("/users/{", "`{` without `}`"),
        ("/users/id}/events", "`}` without `{`"),
        ("/users/{}", "without a name"),
        ("/users/{  }", "without a name"),
        ("/users/{ | upn}", "without a name"),
        ("/users/{a{b}}", "inside another"),
        (
            "/users/{user-id} | user-principal-name/chats",
            "`|` outside braces",
        ),
        ("/a#b", "`#`"),
        ("/users/{id} and then the events", "a space in its path"),
        ("/users//events", "empty segment"),
        ("//users", "empty segment"),
        ("/teams/(team-id)/channels", "segment in parentheses"),
        ("/w/range(address='{a}'/entireRow", "`(` without `)`"),
        ("/w/range)(", "`)` without `(`"),
        ("/w/rowsBelow(count=n)", "`count=n`"),
        ("/u/reminderView(s=s-value,e={e})", "`s=s-value`"),
    ];
    for (url, expected) in cases {
        let error = read(url).unwrap_err();
        assert!(error.contains(expected), "{url:?}: {error}");
    }
}

#[test]
fn hostile_urls_never_panic() {
    let hostile = [
        "}",
        "{",
        "{}",
        "{|}",
        "<",
        ">",
        "<>",
        "/é/{ü}/<ö>",
        "/a/{é|x}",
        "/(((",
        "/)))",
        "/a('",
        "/a(='",
        "/a/{id}(",
        "https://é/v/{x}",
        "http://h/v1.0/é",
        "/\u{0}/{\u{0}}",
        "/a?{",
        "/{a}{b}{id}",
        "/a(b=(c))/{id}",
        "/'{id}'",
        "/a/ies/{id}",
        "/s/{id}",
        "/ies/{id}",
        "/'(/{id}",
    ];
    for url in hostile {
        let _ = template(url);
    }
    assert_eq!(read("/{a}{b}{id}"), ok("/{a}{b}{id}", &["a", "b", "id"]));
    assert_eq!(read("/ies/{id}"), ok("/ies/{id}", &["ie_id"]));
    assert_eq!(read("/a/ies/{id}"), ok("/a/ies/{id}", &["ie_id"]));
}

fn constructors(urls: &[&str]) -> Vec<String> {
    let templates: Vec<Template> = urls.iter().map(|url| template(url).unwrap()).collect();
    constructor_names(&templates)
        .iter()
        .map(Name::to_string)
        .collect()
}

#[test]
fn constructors_are_named_after_where_they_go() {
    let urls = [
        "/me/events/{id}",
        "/users/{id}/events/{id}",
        "/groups/{id}/events/{id}",
        "/me/calendar/events/{id}",
    ];
    assert_eq!(
        constructors(&urls),
        ["new", "at_users", "at_groups", "at_me_calendar"]
    );
    let seed = [
        "/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses",
        "/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/deviceStatuses",
    ];
    assert_eq!(constructors(&seed), ["new", "at_user_statuses"]);
    let drive = [
        "/me/drive/items/{id}/workbook/x",
        "/me/drive/root:/{item-path}:/workbook/x",
        "/drives/{drive-id}/root/search(q='{q}')",
        "/a/$ref",
    ];
    assert_eq!(
        constructors(&drive),
        ["new", "at_me_drive_root", "at_drives", "at_a"]
    );
    assert_eq!(constructors(&["/me/events"]), ["new"]);
    assert!(constructors(&[]).is_empty());
}

#[test]
fn constructors_without_a_run_of_their_own_are_numbered() {
    let twice = [
        "/me/photo/$value",
        "/users/{id}/photo/$value",
        "/me/photo/$value",
    ];
    assert_eq!(constructors(&twice), ["new", "at_users", "at_template_3"]);
    let same_segments = ["/a/{x}/b", "/a/b/{y}", "/a/b"];
    assert_eq!(
        constructors(&same_segments),
        ["new", "at_template_2", "at_template_3"]
    );
    // Literal segments that are a prefix of another's.
    let prefix = ["/a/b/c", "/a/b", "/a/b/d"];
    assert_eq!(constructors(&prefix), ["new", "at_template_2", "at_d"]);
    // Runs that snake_case alike, and a run that spells a fallback.
    let alike = ["/x", "/mobileApps", "/mobile_apps", "/template_5", "/x"];
    assert_eq!(
        constructors(&alike),
        [
            "new",
            "at_mobile_apps",
            "at_template_3",
            "at_template_5",
            "at_template_5_"
        ]
    );
}

/// The kind of an error: its message up to the fix, with what it quotes left out.
fn error_class(error: &str) -> String {
    let what = error.split(": ").next().unwrap_or_default();
    let unquoted: Vec<&str> = what.split('`').step_by(2).collect();
    unquoted.join("_").trim_start_matches('_').trim().to_owned()
}

/// Every request line of Graph v1.0 through [`template`], every page's templates through
/// [`constructor_names`]; `--nocapture` prints the figures.
#[test]
fn the_request_lines_of_v1_0_are_templates() {
    use std::collections::BTreeMap;
    let Some(pages) = crate::markdown::corpus_api_pages() else {
        return;
    };
    let (mut lines, mut templates_ok) = (0, 0);
    let mut errors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let (mut suffixed, mut several, mut numbered) = (Vec::new(), 0, Vec::new());
    for (name, text) in &pages {
        let page = crate::markdown::parse(name, text);
        let mut templates = Vec::new();
        for line in &page.http_request {
            lines += 1;
            match template(&line.value.url) {
                Ok(template) => templates.push(template),
                Err(error) => (errors.entry(error_class(&error)).or_default())
                    .push(format!("{name}: {}", line.value.url)),
            }
        }
        templates_ok += templates.len();
        for template in &templates {
            let placeholders = template.text.matches('{').count();
            assert_eq!(
                placeholders,
                template.params.len(),
                "{name}: {}",
                template.text
            );
            let idents: Vec<String> = template
                .params
                .iter()
                .map(|p| p.ident.to_string())
                .collect();
            assert_distinct(&idents, name);
            assert!(
                !idents.iter().any(|i| RESERVED.contains(&i.as_str())),
                "{name}: {idents:?}"
            );
            let suffix = |p: &Param| {
                let ident = p.ident.to_string();
                let tail = ident.rsplit('_').next().unwrap_or_default();
                tail.parse::<u32>().is_ok()
                    && !p.placeholder.ends_with(|c: char| c.is_ascii_digit())
            };
            if template.params.iter().any(suffix) {
                suffixed.push(format!("{name}: {} -> {idents:?}", template.text));
            }
        }
        let constructors: Vec<String> = constructor_names(&templates)
            .iter()
            .map(Name::to_string)
            .collect();
        assert_eq!(constructors.len(), templates.len(), "{name}");
        assert_distinct(&constructors, name);
        several += usize::from(templates.len() > 1);
        if constructors.iter().any(|c| c.starts_with("at_template_")) {
            numbered.push(format!("{name}: {constructors:?}"));
        }
    }
    let failed: usize = errors.values().map(Vec::len).sum();
    eprintln!("{lines} request lines, {templates_ok} templates, {failed} errors");
    for (class, urls) in &errors {
        eprintln!("  {} {class}: {urls:#?}", urls.len());
    }
    eprintln!(
        "{} templates with suffixed parameters: {suffixed:#?}",
        suffixed.len()
    );
    eprintln!(
        "{several} pages with several templates; {} with a numbered constructor: {numbered:#?}",
        numbered.len()
    );
    assert!(lines > 3500, "{lines} request lines");
    assert!(
        templates_ok * 100 >= lines * 99,
        "{templates_ok} of {lines}: {errors:#?}"
    );
}

fn assert_distinct(names: &[String], page: &str) {
    let mut sorted = names.to_vec();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), names.len(), "{page}: {names:?}");
}
