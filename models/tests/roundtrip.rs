//! `graph-models` against JSON: typed values in, the same JSON out.

use graph_models::{MobileAppInstallStatus, ResultantAppState, ResultantAppStateDetail};
use serde_json::{Value, json};

/// Deserializes `json` into `T`, serializes it back, and checks that nothing changed.
fn round_trip<T>(json: &Value) -> T
where
    T: serde::de::DeserializeOwned + serde::Serialize,
{
    let typed: T = serde_json::from_value(json.clone()).expect("deserializes");
    let back = serde_json::to_value(&typed).expect("serializes");
    assert_eq!(
        &back, json,
        "the JSON written back differs from the JSON read"
    );
    typed
}

fn full_status() -> Value {
    json!({
        "@odata.type": "#microsoft.graph.mobileAppInstallStatus",
        "id": "7560ee45-ee45-7560-45ee-607545ee6075",
        "deviceName": "Device Name value",
        "deviceId": "Device Id value",
        "lastSyncDateTime": "2017-01-01T00:02:49.3205976-08:00",
        "mobileAppInstallStatusValue": "failed",
        "installState": "notInstalled",
        "installStateDetail": "dependencyFailedToInstall",
        "errorCode": 9,
        "osVersion": "Os Version value",
        "osDescription": "Os Description value",
        "userName": "User Name value",
        "userPrincipalName": "User Principal Name value",
        "displayVersion": "Display Version value"
    })
}

#[test]
fn every_documented_member_is_typed() {
    let status: MobileAppInstallStatus = round_trip(&full_status());
    assert_eq!(
        status.odata_type.as_deref(),
        Some("#microsoft.graph.mobileAppInstallStatus")
    );
    assert_eq!(status.device_name.as_deref(), Some("Device Name value"));
    assert_eq!(status.error_code, Some(9));
    assert_eq!(
        status.mobile_app_install_status_value,
        Some(ResultantAppState::Failed)
    );
    assert_eq!(status.install_state, Some(ResultantAppState::NotInstalled));
    assert_eq!(
        status.install_state_detail,
        Some(ResultantAppStateDetail::DependencyFailedToInstall)
    );
    let synced = status.last_sync_date_time.expect("lastSyncDateTime is set");
    assert_eq!(synced.unix_timestamp(), 1_483_257_769);
    assert_eq!(synced.offset_seconds(), -8 * 3600);
    assert!(status.extra.is_empty());
}

#[test]
fn unknown_members_nulls_and_values_survive() {
    let json = json!({
        "deviceName": null,
        "errorCode": -2016330712,
        "lastSyncDateTime": "2021-03-01T10:00:00+00:00",
        "installState": "someStateAddedLater",
        "installStateDetail": "unknownFutureValue",
        "newMember": {"nested": [1, 2.5, "three", null]},
        "anotherNull": null
    });
    let status: MobileAppInstallStatus = round_trip(&json);
    assert_eq!(status.device_name, None);
    assert!(status.is_null("deviceName"));
    assert!(!status.is_null("deviceId"));
    assert!(status.is_null("anotherNull"));
    assert_eq!(
        status.extra.get("newMember"),
        Some(json["newMember"].clone())
    );
    let state = status.install_state.as_ref().expect("installState is set");
    assert_eq!(state.as_str(), "someStateAddedLater");
    assert!(matches!(state, ResultantAppState::Unrecognized(_)));
    assert_eq!(state.to_string(), "someStateAddedLater");
    let detail = status
        .install_state_detail
        .as_ref()
        .expect("installStateDetail is set");
    assert!(matches!(detail, ResultantAppStateDetail::Unrecognized(_)));
    assert_eq!(
        status.last_sync_date_time.map(|t| t.to_string()).as_deref(),
        Some("2021-03-01T10:00:00+00:00")
    );
}

#[test]
fn absent_stays_absent_and_null_can_be_set_for_patch() {
    let mut status: MobileAppInstallStatus =
        serde_json::from_value(json!({"deviceName": "a", "osVersion": "1"})).expect("deserializes");
    status.set_null("deviceName");
    status.set_null("notDocumented");
    status.os_version = None;
    assert_eq!(status.device_name, None);
    let written = serde_json::to_value(&status).expect("serializes");
    assert_eq!(written, json!({"deviceName": null, "notDocumented": null}));
    status.device_name = Some("b".into());
    assert!(!status.is_null("deviceName"));
    let written = serde_json::to_value(&status).expect("serializes");
    assert_eq!(written, json!({"deviceName": "b", "notDocumented": null}));
}

#[test]
fn a_default_value_writes_an_empty_object() {
    let written = serde_json::to_string(&MobileAppInstallStatus::default()).expect("serializes");
    assert_eq!(written, "{}");
}

#[test]
fn invalid_values_are_errors_not_defaults() {
    let cases = [
        json!({"lastSyncDateTime": "yesterday"}),
        json!({"errorCode": "nine"}),
        json!({"errorCode": 2147483648_i64}),
        json!({"errorCode": 1.5}),
        json!({"installState": 3}),
        json!({"deviceName": 5}),
        json!([]),
    ];
    for case in cases {
        let result = serde_json::from_value::<MobileAppInstallStatus>(case.clone());
        assert!(result.is_err(), "{case} should not deserialize");
    }
}

#[test]
fn a_duplicate_member_is_an_error() {
    let text = r#"{"deviceName": "a", "deviceName": "b"}"#;
    let error = serde_json::from_str::<MobileAppInstallStatus>(text).expect_err("duplicate");
    assert!(
        error.to_string().contains("duplicate field `deviceName`"),
        "{error}"
    );
}

#[test]
fn unknown_members_are_written_back_in_the_order_read() {
    // Kept as read (not sorted by name), after the documented members.
    let text = r#"{"zeta":1,"deviceName":"d","alpha":{"b":[true,null],"a":"\u00e9"},"mid":-2.5}"#;
    let status: MobileAppInstallStatus = serde_json::from_str(text).expect("reads");
    let written = serde_json::to_string(&status).expect("writes");
    assert_eq!(
        written,
        r#"{"deviceName":"d","zeta":1,"alpha":{"b":[true,null],"a":"é"},"mid":-2.5}"#
    );
    // The same through a reader, and into a `Value`.
    let from_reader: MobileAppInstallStatus =
        serde_json::from_reader(text.as_bytes()).expect("reads");
    assert_eq!(
        serde_json::to_string(&from_reader).expect("writes"),
        written
    );
    let value = serde_json::to_value(&status).expect("writes");
    assert_eq!(value, serde_json::from_str::<Value>(text).expect("JSON"));
}

#[test]
fn a_repeated_unknown_member_is_written_back_as_read_and_holds_its_last_value() {
    // What serde's derive does with an undescribed member: no error. `Value` keeps the last.
    let text = r#"{"x":1,"x":[2]}"#;
    let status: MobileAppInstallStatus = serde_json::from_str(text).expect("reads");
    assert_eq!(status.extra.get("x"), Some(json!([2])));
    assert_eq!(serde_json::to_string(&status).expect("writes"), text);
    let again: MobileAppInstallStatus =
        serde_json::from_str(&serde_json::to_string(&status).expect("writes")).expect("reads");
    assert_eq!(again, status);
}

#[test]
fn a_malformed_unknown_member_is_an_error_at_its_place() {
    // The capture writes text while it reads: a broken value must fail the read, not keep half.
    for text in [r#"{"x": [1, }"#, r#"{"x": {"a" 1}}"#, r#"{"x": tru}"#] {
        let error = serde_json::from_str::<MobileAppInstallStatus>(text).expect_err(text);
        assert_eq!(error.line(), 1, "{text}: {error}");
        let error =
            serde_json::from_reader::<_, MobileAppInstallStatus>(text.as_bytes()).expect_err(text);
        assert!(error.column() > 5, "{text}: {error}");
    }
}

#[test]
fn changed_unknown_members_are_written_as_changed() {
    let mut status: MobileAppInstallStatus =
        serde_json::from_str(r#"{"b":1,"a":{"k":2},"c":3}"#).expect("reads");
    let before = status.clone();
    assert_eq!(status.extra.members().len(), 3);
    status.extra.members_mut().remove("c");
    status.extra.insert("d", json!("new"));
    if let Some(a) = status.extra.members_mut().get_mut("a") {
        a["k"] = json!(20);
    }
    assert_ne!(status, before);
    assert_eq!(
        serde_json::to_value(&status).expect("writes"),
        json!({"a": {"k": 20}, "b": 1, "d": "new"})
    );
    // Equality and hashing see the members, however they are held.
    let mut read: MobileAppInstallStatus =
        serde_json::from_str(r#"{"b":1,"a":{"k":2},"c":3}"#).expect("reads");
    assert_eq!(read, before);
    read.extra.members_mut();
    assert_eq!(read, before);
    assert_eq!(
        serde_json::to_value(&read).expect("writes"),
        serde_json::to_value(&before).expect("writes")
    );
}

#[test]
fn reads_from_slices_and_readers_with_escaped_keys() {
    let text = r#"{"device\u004eame": "x", "other\n": 1, "errorCode": 3}"#;
    let from_slice: MobileAppInstallStatus =
        serde_json::from_slice(text.as_bytes()).expect("slice");
    let from_reader: MobileAppInstallStatus =
        serde_json::from_reader(text.as_bytes()).expect("reader");
    assert_eq!(from_slice, from_reader);
    assert_eq!(from_slice.device_name.as_deref(), Some("x"));
    assert_eq!(from_slice.extra.get("other\n"), Some(json!(1)));
}

#[test]
fn enums_parse_display_and_list_their_values() {
    assert_eq!(
        "pendingInstall".parse(),
        Ok(ResultantAppState::PendingInstall)
    );
    assert_eq!(ResultantAppState::Unknown.as_str(), "unknown");
    assert_eq!(ResultantAppState::VALUES.len(), 7);
    let other: ResultantAppState = "Installed".parse().unwrap_or(ResultantAppState::Installed);
    assert!(
        matches!(other, ResultantAppState::Unrecognized(_)),
        "matching is case-sensitive"
    );
    assert_eq!(ResultantAppStateDetail::VALUES.len(), 27);
}

/// The corpus revision of the seed page carries a real response example. It is third-party text,
/// read from `../shared` at run time, never copied here; the test skips when it is absent, unless
/// `DOCMODEL_REQUIRE_CORPUS` is set (as `.ci/run` does), so that CI cannot skip it silently.
#[test]
fn the_real_response_example_round_trips() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/corpus/graph/api-reference/beta/api/intune-apps-mobileappinstallstatus-create.md"
    );
    let Ok(page) = std::fs::read_to_string(path) else {
        assert!(
            std::env::var_os("DOCMODEL_REQUIRE_CORPUS").is_none(),
            "{path} is missing"
        );
        eprintln!("skipped: {path} is absent (the corpus lives in ../shared)");
        return;
    };
    let response = page
        .split("HTTP/1.1 201 Created")
        .nth(1)
        .expect("a 201 response");
    let start = response.find('{').expect("a JSON body");
    let end = response.find("```").expect("the end of the block");
    let body: Value = serde_json::from_str(&response[start..end]).expect("the example is JSON");
    let status: MobileAppInstallStatus = round_trip(&body);
    assert_eq!(
        status.id.as_deref(),
        Some("7560ee45-ee45-7560-45ee-607545ee6075")
    );
    assert_eq!(
        status.install_state_detail,
        Some(ResultantAppStateDetail::DependencyFailedToInstall)
    );
    assert_eq!(
        status.last_sync_date_time.map(|t| t.to_string()).as_deref(),
        Some("2017-01-01T00:02:49.3205976-08:00")
    );
}

#[test]
fn debug_shows_the_members_written_by_their_json_names() {
    let json = json!({
        "deviceName": null,
        "errorCode": -5,
        "installState": "someStateAddedLater",
        "newMember": {"nested": [1, 2.5]}
    });
    let status: MobileAppInstallStatus = serde_json::from_value(json).expect("deserializes");
    // Documented members in table order (the explicit null too), then the unknown ones; absent
    // members are not shown.
    assert_eq!(
        format!("{status:?}"),
        r#"MobileAppInstallStatus { deviceName: null, installState: "someStateAddedLater", errorCode: -5, newMember: {"nested":[1,2.5]} }"#
    );
    assert_eq!(
        format!("{status:#?}"),
        "MobileAppInstallStatus {\n    deviceName: null,\n    installState: \"someStateAddedLater\",\n    \
         errorCode: -5,\n    newMember: {\n        \"nested\": [\n            1,\n            2.5\n        \
         ]\n    },\n}"
    );
    assert_eq!(
        format!("{:?}", MobileAppInstallStatus::default()),
        "MobileAppInstallStatus"
    );
}
