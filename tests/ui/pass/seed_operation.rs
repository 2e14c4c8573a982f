//! The seed page's operation: built from a base URL, read from a `201 Created`.
#![deny(warnings, missing_docs)]

docmodel::include_models!("../docs/intune-apps-mobileappinstallstatus-create.md");

use docmodel::Operation;
use docmodel::http::{Method, Response};

fn main() {
    let body = MobileAppInstallStatus {
        device_name: Some("Front desk".into()),
        ..Default::default()
    };
    let create = CreateMobileAppInstallStatus::new("app 1", body);
    let request = create.request("https://graph.microsoft.com/beta").unwrap();
    assert_eq!(request.method(), Method::POST);
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/beta/deviceAppManagement/mobileApps/app%201/deviceStatuses"
    );
    assert_eq!(request.body().as_slice(), br#"{"deviceName":"Front desk"}"#);
    let answer = Response::builder()
        .status(201)
        .body(br#"{"id": "s1", "installState": "installed"}"#.to_vec())
        .unwrap();
    let created: MobileAppInstallStatus = CreateMobileAppInstallStatus::response(answer).unwrap();
    assert_eq!(created.install_state, Some(ResultantAppState::Installed));
}
