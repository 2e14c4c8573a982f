//! The `.rs` snapshots compile as they are, in a crate that depends on `docmodel` (typify's habit:
//! generated code that is reviewed is also code that is built), with warnings denied.
//!
//! Every `tests/snapshots/*.rs` is compiled: `build.rs` lists the folder and writes one
//! `mod <stem> { include!(...) }` for each (`-` in the stem as `_`), so a new snapshot is compiled
//! without being added here, and cargo reruns it when the folder changes. The test below
//! round-trips JSON through a few of them, and the example test that `linked.rs` holds runs too.
#![deny(warnings)]

// One `mod` per `tests/snapshots/*.rs`, written by `build.rs`, each `#[allow(dead_code)]`: a test
// binary exports nothing, so the generated API it does not call would be dead code.
include!(concat!(env!("OUT_DIR"), "/snapshot_modules.rs"));

/// The seed page's snapshot, by a shorter name.
use intune_apps_mobileappinstallstatus_create as seed;

#[test]
fn snapshots_compile_and_round_trip() {
    let json = docmodel::serde_json::json!({"installState": "failed", "other": true});
    let status: seed::MobileAppInstallStatus =
        docmodel::serde_json::from_value(json.clone()).expect("deserializes");
    assert_eq!(status.install_state, Some(seed::ResultantAppState::Failed));
    assert_eq!(
        docmodel::serde_json::to_value(&status).expect("serializes"),
        json
    );
    assert_eq!(widget::WidgetState::VALUES.len(), 4);
    assert_eq!(primitives::Band::VALUES_.len(), 13);
    let hashed: std::collections::HashSet<options::Widget> = [options::Widget::default()].into();
    assert_eq!(hashed.len(), 1);
}
