//! The seed page, round-tripped with real-looking JSON: offsets, 7 fraction digits, nulls,
//! unknown members, unknown enum values.
#![deny(warnings, missing_docs)]

docmodel::include_models!("../docs/intune-apps-mobileappinstallstatus-create.md");

use docmodel::serde_json::{self, Value, json};

fn main() {
    let read = json!({
        "@odata.type": "#microsoft.graph.mobileAppInstallStatus",
        "id": "f05d6c06-6c06-f05d-066c-5df0066c5df0",
        "deviceName": null,
        "lastSyncDateTime": "2017-01-01T00:02:49.3205976-08:00",
        "mobileAppInstallStatusValue": "installed",
        "installState": "aValueAddedNextYear",
        "installStateDetail": "contentDownloaded",
        "errorCode": -2016330712,
        "somethingNew": {"a": [1, 2, 3]}
    });
    let status: MobileAppInstallStatus = serde_json::from_value(read.clone()).unwrap();
    assert_eq!(status.mobile_app_install_status_value, Some(ResultantAppState::Installed));
    assert_eq!(status.install_state.as_ref().map(|s| s.as_str()), Some("aValueAddedNextYear"));
    assert_eq!(status.error_code, Some(-2016330712));
    assert!(status.is_null("deviceName"));
    let written: Value = serde_json::to_value(&status).unwrap();
    assert_eq!(written, read);
    let text = serde_json::to_string(&status).unwrap();
    assert!(text.contains(r#""lastSyncDateTime":"2017-01-01T00:02:49.3205976-08:00""#));
}
