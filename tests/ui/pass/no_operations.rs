//! `operations = false`: the seed page's types only. The name its operation would have is free
//! (a second `CreateMobileAppInstallStatus` would not compile).
#![deny(warnings, missing_docs)]

docmodel::include_models!(
    docs = ["../docs/intune-apps-mobileappinstallstatus-create.md"],
    operations = false,
);

/// Not generated: the user's own.
struct CreateMobileAppInstallStatus;

fn main() {
    let _ = CreateMobileAppInstallStatus;
    let status = MobileAppInstallStatus::default();
    assert_eq!(status.error_code, None);
}
