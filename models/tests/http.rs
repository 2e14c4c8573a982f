//! End to end, with real parts: each test starts an axum server on `127.0.0.1:0` that plays
//! Graph, and sends what an operation builds with reqwest, over TCP. docmodel itself sends
//! nothing (it builds an `http::Request` and reads an `http::Response`): [`send`] and
//! [`exchange`] are the few lines a user of reqwest writes around it.
//!
//! The seed page's test reads the page's own request and response examples at test time, so
//! that the page, the generated types and the wire are checked against each other.

use axum::Router;
use docmodel::http::{self, HeaderMap, HeaderValue, Method, StatusCode, header};
use docmodel::serde_json::{self, Value, json};
use docmodel::{Error, Operation};
use graph_models::{MobileAppInstallStatus, ResultantAppState, ResultantAppStateDetail};
use std::sync::{Arc, Mutex};

// The generated operations: the seed page's, and our own list page's.
use graph_models::CreateMobileAppInstallStatus;
use widgets::{ListWidgets, WidgetState};

/// Sends `operation` to the API at `base_url` with reqwest and reads the answer as the page
/// says: the typed response, or the [`Error`] it is.
async fn send<O: Operation>(
    client: &reqwest::Client,
    base_url: &str,
    operation: &O,
) -> Result<O::Response, Error> {
    let request = operation.request(base_url)?;
    O::response(exchange(client, request).await?)
}

/// Sends a request built by docmodel with reqwest, and hands the answer back as an
/// `http::Response` (status, headers, body): the only code that knows the client.
async fn exchange(
    client: &reqwest::Client,
    request: http::Request<Vec<u8>>,
) -> Result<http::Response<Vec<u8>>, Error> {
    let request = reqwest::Request::try_from(request).map_err(Error::send)?;
    let response = client.execute(request).await.map_err(Error::send)?;
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.bytes().await.map_err(Error::send)?;
    let mut answer = http::Response::new(body.to_vec());
    *answer.status_mut() = status;
    *answer.headers_mut() = headers;
    Ok(answer)
}

// ---------------------------------------------------------------------------------------------
// The server.

/// A request as the server received it.
#[derive(Debug, Clone)]
struct Received {
    method: Method,
    /// The request target as it came over the wire: the raw path and query, not decoded.
    target: String,
    headers: HeaderMap,
    body: Vec<u8>,
}

/// A local server and the requests it received, in order.
struct Server {
    /// `http://127.0.0.1:<port>`.
    url: String,
    received: Arc<Mutex<Vec<Received>>>,
}

impl Server {
    /// Starts a server on a free port of 127.0.0.1 that answers every request with
    /// `answer(its own URL, the request)`, on the test's runtime.
    async fn start<F>(answer: F) -> Server
    where
        F: Fn(&str, &Received) -> http::Response<Vec<u8>> + Clone + Send + Sync + 'static,
    {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let received = Arc::new(Mutex::new(Vec::new()));
        let (own_url, log) = (url.clone(), received.clone());
        let app = Router::new().fallback(move |request: axum::extract::Request| async move {
            let (parts, body) = request.into_parts();
            let body = axum::body::to_bytes(body, usize::MAX).await.unwrap();
            let target = parts.uri.path_and_query().map_or("", |pq| pq.as_str());
            let received = Received {
                method: parts.method,
                target: target.to_owned(),
                headers: parts.headers,
                body: body.to_vec(),
            };
            let response = answer(&own_url, &received);
            log.lock().unwrap().push(received);
            response.map(axum::body::Body::from)
        });
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        Server { url, received }
    }

    fn received(&self) -> Vec<Received> {
        self.received.lock().unwrap().clone()
    }
}

/// An answer with a JSON body.
fn json_answer(status: StatusCode, body: &Value) -> http::Response<Vec<u8>> {
    answer(
        status,
        "application/json",
        serde_json::to_vec(body).unwrap(),
    )
}

fn answer(status: StatusCode, content_type: &str, body: Vec<u8>) -> http::Response<Vec<u8>> {
    let mut response = http::Response::new(body);
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(content_type).unwrap(),
    );
    response
}

/// Graph's error JSON, as the server answers a request that is not what the test expects: the
/// client then fails with `Error::Graph` and this message.
fn graph_error(status: StatusCode, code: &str, message: &str) -> http::Response<Vec<u8>> {
    json_answer(
        status,
        &json!({"error": {
            "code": code,
            "message": message,
            "innerError": {
                "date": "2024-05-01T10:00:00",
                "request-id": "5b1c9a4e-2f7d-4c59-9a3e-0d8f6b2e7a11",
                "client-request-id": "5b1c9a4e-2f7d-4c59-9a3e-0d8f6b2e7a11"
            }
        }}),
    )
}

// ---------------------------------------------------------------------------------------------
// The seed page's examples.

const SEED_PAGE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../docs/intune-apps-mobileappinstallstatus-create.md"
);

/// Where the examples' URLs point; the tests send to the local server instead.
const GRAPH: &str = "https://graph.microsoft.com";

/// An ```` ```http ```` example of a page: its first line (`POST https://...`,
/// `HTTP/1.1 201 Created`), its headers, and its JSON body as written.
#[derive(Debug)]
struct Example {
    first_line: String,
    headers: Vec<(String, String)>,
    body: String,
}

impl Example {
    /// The ```` ```http ```` block after the page's `"blockType": "<kind>"` annotation; its body
    /// is empty if it has no JSON.
    ///
    /// The head is every line before the JSON: the first line, then the headers. Blank lines in
    /// it are skipped rather than taken for the end of the head, because the seed page's
    /// response writes a blank line *before* its `Content-Type` (`HTTP/1.1 201 Created`, blank,
    /// `Content-Type: application/json`, then the JSON with no blank line).
    fn read(page: &str, kind: &str) -> Example {
        let annotation = format!("\"blockType\": \"{kind}\"");
        let at = page
            .find(&annotation)
            .unwrap_or_else(|| panic!("no {annotation}"));
        let fence = at
            + page[at..]
                .find("```")
                .expect("a fenced block after the annotation");
        let block_start = fence + page[fence..].find('\n').unwrap() + 1;
        let block = &page[block_start..];
        let block = &block[..block.find("```").expect("the block's closing fence")];
        // No JSON: all head (a `GET`, a `204 No Content`).
        let json_start = block.find("\n{").map_or(block.len(), |i| i + 1);
        let (head, body) = block.split_at(json_start);
        let mut lines = head.lines().map(str::trim).filter(|line| !line.is_empty());
        let first_line = lines.next().expect("a first line").to_owned();
        let headers = lines
            .map(|line| {
                let (name, value) = line.split_once(':').expect("a `Name: value` header");
                (name.trim().to_owned(), value.trim().to_owned())
            })
            .collect();
        Example {
            first_line,
            headers,
            body: body.trim().to_owned(),
        }
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap()
    }
}

fn seed_examples() -> (Example, Example) {
    let page = std::fs::read_to_string(SEED_PAGE).unwrap();
    (
        Example::read(&page, "request"),
        Example::read(&page, "response"),
    )
}

/// The example's placeholders replaced with valid values of their types: the pages write
/// `"String (timestamp)"` for a DateTimeOffset and `"Integer"` for an Int32, which no typed
/// model can hold. The other placeholders are valid as they are: `"String"` is a string, and
/// as an enum value (`"installState": "String"`) it is read as an unrecognized value and
/// written back unchanged.
fn with_real_values(value: Value) -> Value {
    match value {
        Value::String(s) if s == "String (timestamp)" => json!("2024-05-01T10:15:30Z"),
        Value::String(s) if s == "Integer" => json!(7),
        Value::Object(members) => Value::Object(
            members
                .into_iter()
                .map(|(name, value)| (name, with_real_values(value)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.into_iter().map(with_real_values).collect()),
        other => other,
    }
}

/// A server that checks each request against the seed page's request example (method; URL
/// with `{mobileAppId}` as `app_id`; headers but `Content-length`, which counts the example's
/// text; JSON body, its placeholders as [`with_real_values`] fills them) and answers a matching
/// one with the response example's status and headers and `body`, a mismatch with a Graph
/// `400 BadRequest` saying what differs.
async fn seed_server(app_id: &'static str, body: String) -> Server {
    let (request, response) = seed_examples();
    let (method, url) = request.first_line.split_once(' ').unwrap();
    let method: Method = method.parse().unwrap();
    let path = url
        .strip_prefix(GRAPH)
        .expect("the example calls Graph")
        .replace("{mobileAppId}", app_id);
    let expected_body = with_real_values(request.json());
    let (_, status) = response.first_line.split_once(' ').unwrap();
    let status: StatusCode = status[..3].parse().unwrap();
    let headers = response.headers;
    Server::start(move |_, received| {
        let mut differences = Vec::new();
        if received.method != method {
            differences.push(format!("method {} is not {method}", received.method));
        }
        if received.target != path {
            differences.push(format!("target {} is not {path}", received.target));
        }
        for (name, value) in &request.headers {
            let got = received.headers.get(name).and_then(|v| v.to_str().ok());
            if !name.eq_ignore_ascii_case("content-length") && got != Some(value) {
                differences.push(format!("header {name} is {got:?}, not {value:?}"));
            }
        }
        match serde_json::from_slice::<Value>(&received.body) {
            Ok(body) if body == expected_body => {}
            Ok(body) => differences.push(format!("body {body} is not {expected_body}")),
            Err(error) => differences.push(format!("body is not JSON: {error}")),
        }
        if !differences.is_empty() {
            return graph_error(
                StatusCode::BAD_REQUEST,
                "BadRequest",
                &differences.join("; "),
            );
        }
        let mut answer = http::Response::new(body.clone().into_bytes());
        *answer.status_mut() = status;
        for (name, value) in &headers {
            answer.headers_mut().insert(
                header::HeaderName::from_bytes(name.as_bytes()).unwrap(),
                HeaderValue::from_str(value).unwrap(),
            );
        }
        answer
    })
    .await
}

/// The seed page's request example as a typed operation: its body read into the model.
fn seed_operation(app_id: &str) -> CreateMobileAppInstallStatus {
    let (request, _) = seed_examples();
    let body: MobileAppInstallStatus =
        serde_json::from_value(with_real_values(request.json())).unwrap();
    CreateMobileAppInstallStatus::new(app_id, body)
}

const APP_ID: &str = "8d3fd7e1-6c2a-4b5e-9f41-0c7e2a9b1d63";

/// The page's response example as it is: the server answers it verbatim, and reading fails at
/// its first placeholder the model cannot hold (`"lastSyncDateTime": "String (timestamp)"`):
/// `Error::Body` with the JSON path, as documented for a body that is not what the page says.
/// Placeholders are what the pages write, so this is what docmodel must do with them; the next
/// test reads a body with real values.
#[tokio::test]
async fn the_seed_page_request_example_and_its_response_example_verbatim() {
    let (_, response) = seed_examples();
    let server = seed_server(APP_ID, response.body.clone()).await;
    let client = reqwest::Client::new();
    let base = format!("{}/beta", server.url);

    let error = send(&client, &base, &seed_operation(APP_ID))
        .await
        .unwrap_err();
    let Error::Body {
        status,
        path,
        source,
    } = &error
    else {
        panic!("expected Error::Body, got {error:?}: {error}");
    };
    assert_eq!(*status, StatusCode::CREATED);
    assert_eq!(path, "lastSyncDateTime");
    // Line and column are in the page's JSON as written.
    assert_eq!(
        source.to_string(),
        "invalid Edm.DateTimeOffset \"String (timestamp)\": \
         expected 4-digit year at byte 0, found 'S' at line 6 column 42"
    );
    assert!(
        error.to_string().starts_with(
            "the 201 Created answer's body is not what the page says, at lastSyncDateTime: "
        ),
        "{error}"
    );
    assert_eq!(server.received().len(), 1);
}

/// The page's response shape with real values, written here: the typed response, every field.
#[tokio::test]
async fn the_seed_page_request_example_and_a_response_with_real_values() {
    let real = json!({
        "@odata.type": "#microsoft.management.services.api.mobileAppInstallStatus",
        "id": "f05d6c06-6c06-f05d-066c-5df0066c5df0",
        "deviceName": "DESKTOP-7Q2MZ4K",
        "deviceId": "3c1e8f2a-9b4d-4e6f-8a7b-2d5c9e1f0a3b",
        "lastSyncDateTime": "2024-05-01T10:15:30.1234567Z",
        "mobileAppInstallStatusValue": "installed",
        "installState": "failed",
        "installStateDetail": "dependencyPendingReboot",
        "errorCode": -2016345060,
        "osVersion": "10.0.22631.3447",
        "osDescription": "Windows 11 Enterprise",
        "userName": "Adele Vance",
        "userPrincipalName": "AdeleV@contoso.com",
        "displayVersion": "4.2.1"
    });
    // The same shape as the page's example: the same members.
    let (_, response) = seed_examples();
    let names = |value: &Value| {
        value
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&real), names(&response.json()));

    let server = seed_server(APP_ID, real.to_string()).await;
    let client = reqwest::Client::new();
    let base = format!("{}/beta", server.url);
    let status = send(&client, &base, &seed_operation(APP_ID))
        .await
        .unwrap_or_else(|error| panic!("{error}"));

    assert_eq!(
        status.odata_type.as_deref(),
        Some("#microsoft.management.services.api.mobileAppInstallStatus")
    );
    assert_eq!(
        status.id.as_deref(),
        Some("f05d6c06-6c06-f05d-066c-5df0066c5df0")
    );
    assert_eq!(status.device_name.as_deref(), Some("DESKTOP-7Q2MZ4K"));
    assert_eq!(
        status.device_id.as_deref(),
        Some("3c1e8f2a-9b4d-4e6f-8a7b-2d5c9e1f0a3b")
    );
    let synced = status.last_sync_date_time.as_ref().unwrap();
    assert_eq!(synced.to_string(), "2024-05-01T10:15:30.1234567Z");
    assert_eq!(synced.unix_timestamp(), 1_714_558_530);
    assert_eq!(
        status.mobile_app_install_status_value,
        Some(ResultantAppState::Installed)
    );
    assert_eq!(status.install_state, Some(ResultantAppState::Failed));
    assert_eq!(
        status.install_state_detail,
        Some(ResultantAppStateDetail::DependencyPendingReboot)
    );
    assert_eq!(status.error_code, Some(-2_016_345_060));
    assert_eq!(status.os_version.as_deref(), Some("10.0.22631.3447"));
    assert_eq!(
        status.os_description.as_deref(),
        Some("Windows 11 Enterprise")
    );
    assert_eq!(status.user_name.as_deref(), Some("Adele Vance"));
    assert_eq!(
        status.user_principal_name.as_deref(),
        Some("AdeleV@contoso.com")
    );
    assert_eq!(status.display_version.as_deref(), Some("4.2.1"));
    assert!(status.extra.is_empty());
    // Written back, the same JSON.
    assert_eq!(serde_json::to_value(&status).unwrap(), real);
    assert_eq!(server.received().len(), 1);
}

// ---------------------------------------------------------------------------------------------
// Errors.

#[tokio::test]
async fn a_graph_error_answer_is_error_graph() {
    let server = Server::start(|_, _| {
        graph_error(
            StatusCode::NOT_FOUND,
            "ResourceNotFound",
            "The mobile app 'missing' does not exist.",
        )
    })
    .await;
    let create = CreateMobileAppInstallStatus::new("missing", MobileAppInstallStatus::default());
    let error = send(&reqwest::Client::new(), &server.url, &create)
        .await
        .unwrap_err();

    assert_eq!(
        error.to_string(),
        "Graph error: 404 Not Found: ResourceNotFound: The mobile app 'missing' does not exist."
    );
    assert_eq!(error.status(), Some(StatusCode::NOT_FOUND));
    let Error::Graph(graph) = error else {
        panic!("expected Error::Graph, got {error:?}");
    };
    assert_eq!(graph.status, StatusCode::NOT_FOUND);
    assert_eq!(graph.error.code, "ResourceNotFound");
    assert_eq!(
        graph.error.message,
        "The mobile app 'missing' does not exist."
    );
    let inner = graph.error.inner_error.as_ref().unwrap();
    assert_eq!(
        inner.request_id.as_deref(),
        Some("5b1c9a4e-2f7d-4c59-9a3e-0d8f6b2e7a11")
    );
    assert_eq!(inner.date.as_deref(), Some("2024-05-01T10:00:00"));
}

#[tokio::test]
async fn an_html_502_from_a_proxy_is_error_not_json() {
    const HTML: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n\
                        <body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n";
    let server = Server::start(|_, _| {
        answer(
            StatusCode::BAD_GATEWAY,
            "text/html",
            HTML.as_bytes().to_vec(),
        )
    })
    .await;
    let error = send(&reqwest::Client::new(), &server.url, &ListWidgets::new())
        .await
        .unwrap_err();

    let Error::NotJson {
        status,
        content_type,
        snippet,
    } = &error
    else {
        panic!("expected Error::NotJson, got {error:?}");
    };
    assert_eq!(*status, StatusCode::BAD_GATEWAY);
    assert_eq!(content_type.as_deref(), Some("text/html"));
    assert_eq!(snippet, HTML);
    assert!(
        error
            .to_string()
            .starts_with("the 502 Bad Gateway answer's body is not JSON (text/html): \"<html>"),
        "{error}"
    );
}

// ---------------------------------------------------------------------------------------------
// Paging.

/// Three pages of widgets; each `@odata.nextLink` points back at the server, as Graph's point
/// at Graph, with a skip token the server checks.
#[tokio::test]
async fn paging_follows_next_link_over_three_pages() {
    let server = Server::start(|url, received| {
        let widget = |id: &str, name: &str, state: &str| {
            json!({"id": id, "displayName": name, "state": state})
        };
        let context = format!("{url}/v1.0/$metadata#widgets");
        let next = |token: &str| format!("{url}/v1.0/widgets?$top=2&$skiptoken={token}");
        let page = match received.target.as_str() {
            "/v1.0/widgets" => json!({
                "@odata.context": context,
                "@odata.nextLink": next("X%2744%27"),
                "value": [widget("1", "Anvil", "on"), widget("2", "Bolt", "off")]
            }),
            "/v1.0/widgets?$top=2&$skiptoken=X%2744%27" => json!({
                "@odata.context": context,
                "@odata.nextLink": next("X%2788%27"),
                "value": [widget("3", "Cog", "on"), widget("4", "Dial", "unknownFutureValue")]
            }),
            "/v1.0/widgets?$top=2&$skiptoken=X%2788%27" => json!({
                "@odata.context": context,
                "value": [widget("5", "Epicycle", "off")]
            }),
            other => {
                return graph_error(
                    StatusCode::BAD_REQUEST,
                    "BadRequest",
                    &format!("no page at {other}"),
                );
            }
        };
        json_answer(StatusCode::OK, &page)
    })
    .await;
    let client = reqwest::Client::new();
    let base = format!("{}/v1.0/", server.url);

    let mut page = send(&client, &base, &ListWidgets::new())
        .await
        .unwrap_or_else(|error| panic!("{error}"));
    let mut widgets = std::mem::take(&mut page.value);
    while let Some(next) = page.next_request() {
        let answer = exchange(&client, next.unwrap()).await.unwrap();
        page = ListWidgets::response(answer).unwrap_or_else(|error| panic!("{error}"));
        widgets.append(&mut page.value);
    }

    let names: Vec<_> = widgets
        .iter()
        .map(|w| (w.id.as_deref().unwrap(), w.display_name.as_deref().unwrap()))
        .collect();
    assert_eq!(
        names,
        [
            ("1", "Anvil"),
            ("2", "Bolt"),
            ("3", "Cog"),
            ("4", "Dial"),
            ("5", "Epicycle")
        ]
    );
    assert_eq!(widgets[3].state, Some(WidgetState::UnknownFutureValue));
    assert_eq!(page.next_link, None);
    let targets: Vec<_> = server
        .received()
        .into_iter()
        .map(|r| (r.method, r.target))
        .collect();
    assert_eq!(
        targets,
        [
            (Method::GET, "/v1.0/widgets".to_owned()),
            (
                Method::GET,
                "/v1.0/widgets?$top=2&$skiptoken=X%2744%27".to_owned()
            ),
            (
                Method::GET,
                "/v1.0/widgets?$top=2&$skiptoken=X%2788%27".to_owned()
            ),
        ]
    );
}

// ---------------------------------------------------------------------------------------------
// Encoding, as the server sees it.

/// An answer the create operation reads: `201 Created` and an empty object.
fn created(_: &str, _: &Received) -> http::Response<Vec<u8>> {
    json_answer(StatusCode::CREATED, &json!({}))
}

#[tokio::test]
async fn a_hostile_path_value_reaches_the_server_as_one_segment() {
    let server = Server::start(created).await;
    let client = reqwest::Client::new();
    let base = format!("{}/beta", server.url);
    let body = MobileAppInstallStatus::default;

    let hostile = "a/../b?c#d e";
    send(
        &client,
        &base,
        &CreateMobileAppInstallStatus::new(hostile, body()),
    )
    .await
    .unwrap();
    send(
        &client,
        &base,
        &CreateMobileAppInstallStatus::at_user_statuses(hostile, "u/1%2F", body()),
    )
    .await
    .unwrap();

    let targets: Vec<_> = server.received().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/beta/deviceAppManagement/mobileApps/a%2F..%2Fb%3Fc%23d%20e/deviceStatuses",
            "/beta/deviceAppManagement/mobileApps/a%2F..%2Fb%3Fc%23d%20e\
             /userStatuses/u%2F1%252F/deviceStatuses",
        ]
    );
}

/// `.` and `..` as path values: reqwest's URL parser (WHATWG's, the `url` crate's, as
/// browsers') reads `%2E%2E` as `..` and `%2E` as `.`, so no encoding of a dot segment survives
/// it: sent, the request would go to `/deviceAppManagement/deviceStatuses`, another resource.
/// docmodel refuses such a value (`Error::Request`) and nothing reaches the server. (This test
/// found it: the runtime wrote them `%2E%2E` before.)
#[tokio::test]
async fn a_dot_segment_value_never_steps_up() {
    let server = Server::start(created).await;
    let client = reqwest::Client::new();
    let base = format!("{}/beta", server.url);
    for (value, segment) in [("..", "%2E%2E"), (".", "%2E")] {
        let create = CreateMobileAppInstallStatus::new(value, MobileAppInstallStatus::default());
        let sent = send(&client, &base, &create).await;
        let seen: Vec<_> = server
            .received
            .lock()
            .unwrap()
            .drain(..)
            .map(|r| r.target)
            .collect();
        match sent {
            Err(Error::Request { .. }) => assert_eq!(seen, [] as [String; 0], "{value:?}"),
            _ => assert_eq!(
                seen,
                [format!(
                    "/beta/deviceAppManagement/mobileApps/{segment}/deviceStatuses"
                )],
                "{value:?}"
            ),
        }
    }
}

// ---------------------------------------------------------------------------------------------

/// The operations of our own test pages (`tests/docs/operations/`: list, get, update, delete and
/// an action on widgets), generated as a user's crate generates them: the whole folder.
mod widgets {
    docmodel::include_models!(docs = ["../tests/docs/operations"]);
}

// ---------------------------------------------------------------------------------------------
// Our own test pages, each against its own examples.

/// A page's `http` example after its `"blockType": "<kind>"` annotation: its first line
/// (`PATCH https://...`, `HTTP/1.1 204 No Content`) and its JSON body, if it has one.
fn page_example(page: &str, kind: &str) -> (String, Option<Value>) {
    let example = Example::read(page, kind);
    let body = (!example.body.is_empty()).then(|| example.json());
    (example.first_line, body)
}

/// A server that checks each request against the request example of our test page `name`
/// (`widget-get.md`): method, target (path and query, as sent) and JSON body; and answers a
/// matching one with the page's response example (status and body), a mismatch with a Graph
/// `400` that says what differs.
async fn page_server(name: &str) -> Server {
    let path = format!(
        "{}/../tests/docs/operations/api/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let page = std::fs::read_to_string(path).unwrap();
    let (request, expected_body) = page_example(&page, "request");
    let (response, body) = page_example(&page, "response");
    let (method, url) = request.split_once(' ').unwrap();
    let method: Method = method.parse().unwrap();
    let target = url.strip_prefix(GRAPH).unwrap().to_owned();
    let status: StatusCode = response["HTTP/1.1 ".len()..][..3].parse().unwrap();
    Server::start(move |_, received| {
        let body_sent = (!received.body.is_empty())
            .then(|| serde_json::from_slice::<Value>(&received.body).unwrap());
        let mut differences = Vec::new();
        if received.method != method || received.target != target {
            differences.push(format!(
                "{} {} is not {method} {target}",
                received.method, received.target
            ));
        }
        if body_sent != expected_body {
            differences.push(format!("body {body_sent:?} is not {expected_body:?}"));
        }
        match (&body, differences.is_empty()) {
            (_, false) => graph_error(
                StatusCode::BAD_REQUEST,
                "BadRequest",
                &differences.join("; "),
            ),
            (Some(body), true) => json_answer(status, body),
            (None, true) => {
                let mut empty = http::Response::new(Vec::new());
                *empty.status_mut() = status;
                empty
            }
        }
    })
    .await
}

/// Each of our operation pages: the operation, made from its request example's values, is the
/// request the server expects, and reads the page's response example into its type.
#[tokio::test]
async fn our_pages_requests_are_their_examples_and_their_responses_read() {
    use widgets::{
        DeleteWidget, GetWidget, ListWidgets, UpdateWidget, Widget, WidgetState, WidgetTurnOn,
        WidgetTurnOnRequest,
    };
    const ID: &str = "b3d7a2c4-1111-4f6e-9d1a-0c2d3e4f5a6b";
    let client = reqwest::Client::new();
    let base = |server: &Server| format!("{}/v1.0", server.url);

    let server = page_server("widget-get.md").await;
    let widget: Widget = send(&client, &base(&server), &GetWidget::new(ID))
        .await
        .unwrap();
    assert_eq!(widget.display_name.as_deref(), Some("Front door"));
    assert_eq!(widget.state, Some(WidgetState::On));

    let server = page_server("widget-list.md").await;
    let mut list = ListWidgets::new();
    list.query = docmodel::Query::new().top(2);
    let page = send(&client, &base(&server), &list).await.unwrap();
    let names: Vec<_> = page
        .value
        .iter()
        .map(|w| w.display_name.clone().unwrap())
        .collect();
    assert_eq!(names, ["Front door", "Back door"]);
    assert_eq!(
        page.next_link.as_deref(),
        Some("https://graph.microsoft.com/v1.0/widgets?$top=2&$skiptoken=X2")
    );

    let server = page_server("widget-update.md").await;
    let change = Widget {
        display_name: Some("Front door (left)".into()),
        state: Some(WidgetState::Off),
        ..Widget::default()
    };
    let () = send(&client, &base(&server), &UpdateWidget::new(ID, change))
        .await
        .unwrap();

    let server = page_server("widget-delete.md").await;
    let () = send(&client, &base(&server), &DeleteWidget::new(ID))
        .await
        .unwrap();

    let server = page_server("widget-turnon.md").await;
    let reason: WidgetTurnOnRequest =
        serde_json::from_value(json!({"reason": "Guests arrive", "until": "2026-03-01T22:00:00Z"}))
            .unwrap();
    let on: Widget = send(&client, &base(&server), &WidgetTurnOn::new(ID, reason))
        .await
        .unwrap();
    assert_eq!(on.state, Some(WidgetState::On));
    // Each server saw exactly one request: none was retried or sent twice.
    assert_eq!(server.received().len(), 1);
}
