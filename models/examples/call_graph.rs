//! Calls Microsoft Graph with a typed operation: `CreateMobileAppInstallStatus` builds the
//! request, reqwest sends it with a bearer token, and the operation reads the answer into a
//! `MobileAppInstallStatus` or tells the error apart.
//!
//! ```text
//! GRAPH_TOKEN=<access token> cargo run -p graph-models --example call_graph --features tls -- <mobileAppId>
//! ```
//!
//! - `GRAPH_TOKEN`: an access token for Microsoft Graph with `DeviceManagementApps.ReadWrite.All`
//!   (for instance `az account get-access-token --resource-type ms-graph --query accessToken -o tsv`).
//! - `GRAPH_BASE_URL` (optional): where to send it; `https://graph.microsoft.com/beta` if unset.
//!   An `http://` URL of a local mock server works too, and without `--features tls` only such
//!   a URL does (the workspace builds reqwest without TLS, to keep CI quick).
//! - `<mobileAppId>`: the id of the mobile app to add a device install status to.
//!
//! It prints the created status, or the error: for a Graph error, its status, code, message and
//! request id. Compiled by `cargo clippy --all-targets` and `cargo test`; never run in CI (it
//! needs a tenant and a token).

use docmodel::http::{HeaderValue, header};
use docmodel::{Error, Operation};
use graph_models::{CreateMobileAppInstallStatus, MobileAppInstallStatus};
use std::process::ExitCode;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let (Some(app_id), Ok(token)) = (std::env::args().nth(1), std::env::var("GRAPH_TOKEN")) else {
        eprintln!("usage: GRAPH_TOKEN=<token> [GRAPH_BASE_URL=<url>] call_graph <mobileAppId>");
        return ExitCode::from(2);
    };
    let base_url = std::env::var("GRAPH_BASE_URL")
        .unwrap_or_else(|_| "https://graph.microsoft.com/beta".to_owned());

    let body = MobileAppInstallStatus {
        device_name: Some("docmodel example".to_owned()),
        ..MobileAppInstallStatus::default()
    };
    let create = CreateMobileAppInstallStatus::new(app_id, body);

    match send(&reqwest::Client::new(), &base_url, &token, &create).await {
        Ok(created) => {
            println!("{created:#?}");
            ExitCode::SUCCESS
        }
        Err(Error::Graph(error)) => {
            let inner = error.error.inner_error.as_ref();
            let request_id = inner.and_then(|inner| inner.request_id.as_deref());
            eprintln!("Graph error: {error}");
            eprintln!("request id: {}", request_id.unwrap_or("none"));
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("error: {error}");
            let mut source = std::error::Error::source(&error);
            while let Some(cause) = source {
                eprintln!("  caused by: {cause}");
                source = cause.source();
            }
            ExitCode::FAILURE
        }
    }
}

/// Sends `operation` to the API at `base_url` with reqwest, authorized with `token`, and reads
/// the answer as the page says: the typed response, or the [`Error`] it is.
async fn send<O: Operation>(
    client: &reqwest::Client,
    base_url: &str,
    token: &str,
    operation: &O,
) -> Result<O::Response, Error> {
    let mut request = operation.request(base_url)?;
    let mut bearer =
        HeaderValue::try_from(format!("Bearer {token}")).map_err(|error| Error::Request {
            message: "GRAPH_TOKEN cannot be a header value".to_owned(),
            source: Some(Box::new(error)),
        })?;
    bearer.set_sensitive(true);
    request.headers_mut().insert(header::AUTHORIZATION, bearer);

    // http::Request -> reqwest, and the answer back to an http::Response: status, headers, body.
    let response = client
        .execute(reqwest::Request::try_from(request).map_err(Error::send)?)
        .await
        .map_err(Error::send)?;
    let status = response.status();
    let headers = response.headers().clone();
    let mut answer =
        docmodel::http::Response::new(response.bytes().await.map_err(Error::send)?.to_vec());
    *answer.status_mut() = status;
    *answer.headers_mut() = headers;
    O::response(answer)
}
