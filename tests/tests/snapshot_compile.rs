//! The `.rs` snapshots compile as they are, in a crate that depends on `docmodel` (typify's habit:
//! generated code that is reviewed is also code that is built).
#![deny(warnings)]

// A test binary exports nothing, so the generated API it does not call would be dead code.

#[allow(dead_code)]
mod seed {
    include!("../snapshots/intune-apps-mobileappinstallstatus-create.rs");
}

#[allow(dead_code)]
mod widget {
    include!("../snapshots/widget.rs");
}

#[allow(dead_code)]
mod primitives {
    include!("../snapshots/primitives.rs");
}

#[allow(dead_code)]
mod hostile {
    include!("../snapshots/hostile.rs");
}

#[allow(dead_code)]
mod options {
    include!("../snapshots/options.rs");
}

#[allow(dead_code)]
mod linked {
    include!("../snapshots/linked.rs");
}

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
