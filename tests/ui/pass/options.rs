//! Several docs in one model, extra derives, and type overrides.
#![deny(warnings, missing_docs)]

docmodel::include_models!(
    docs = ["docs/widget.md", "../docs/intune-apps-mobileappinstallstatus-create.md"],
    derive = [Eq, Hash],
    types = { Edm.Double = docmodel::serde_json::Number, DateTimeOffset = String },
);

use docmodel::serde_json::{self, json};
use std::collections::HashSet;

fn main() {
    let read = json!({"ratio": 0.25, "createdDateTime": "not checked: a String now", "state": "on"});
    let widget: Widget = serde_json::from_value(read.clone()).unwrap();
    assert_eq!(widget.created_date_time.as_deref(), Some("not checked: a String now"));
    assert_eq!(serde_json::to_value(&widget).unwrap(), read);
    let set: HashSet<Widget> = [widget.clone(), widget].into_iter().collect();
    assert_eq!(set.len(), 1);
    let status = MobileAppInstallStatus { error_code: Some(1), ..Default::default() };
    let statuses: HashSet<MobileAppInstallStatus> = [status].into_iter().collect();
    assert_eq!(statuses.len(), 1);
    assert_eq!(ResultantAppState::Failed.to_string(), "failed");
}
