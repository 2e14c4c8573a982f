//! The types compared with `generated` ([`graph_models::MobileAppInstallStatus`]): the
//! hand-written baseline of the targets, `derive` and `flatten`, and the list response that
//! wraps each.

use docmodel::types::DateTimeOffset;
use graph_models::{ResultantAppState, ResultantAppStateDetail};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use time::OffsetDateTime;

/// A Graph list response. One wrapper for all three types, so its cost is the same.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
pub struct List<T> {
    /// The objects.
    pub value: Vec<T>,
}

/// Defines a hand-written struct with the typed fields of `MobileAppInstallStatus`, under the
/// same JSON names, plus any further fields given.
macro_rules! hand_written {
    ($(#[$attr:meta])* struct $name:ident { $($more:tt)* }) => {
        $(#[$attr])*
        #[derive(Debug, PartialEq, Deserialize, Serialize)]
        pub struct $name {
            #[serde(rename = "@odata.type", skip_serializing_if = "Option::is_none")]
            pub(crate) odata_type: Option<String>,
            #[serde(rename = "id", skip_serializing_if = "Option::is_none")]
            pub(crate) id: Option<String>,
            #[serde(rename = "deviceName", skip_serializing_if = "Option::is_none")]
            pub(crate) device_name: Option<String>,
            #[serde(rename = "deviceId", skip_serializing_if = "Option::is_none")]
            pub(crate) device_id: Option<String>,
            #[serde(rename = "lastSyncDateTime", skip_serializing_if = "Option::is_none")]
            pub(crate) last_sync_date_time: Option<DateTimeOffset>,
            #[serde(
                rename = "mobileAppInstallStatusValue",
                skip_serializing_if = "Option::is_none"
            )]
            pub(crate) mobile_app_install_status_value: Option<ResultantAppState>,
            #[serde(rename = "installState", skip_serializing_if = "Option::is_none")]
            pub(crate) install_state: Option<ResultantAppState>,
            #[serde(rename = "installStateDetail", skip_serializing_if = "Option::is_none")]
            pub(crate) install_state_detail: Option<ResultantAppStateDetail>,
            #[serde(rename = "errorCode", skip_serializing_if = "Option::is_none")]
            pub(crate) error_code: Option<i32>,
            #[serde(rename = "osVersion", skip_serializing_if = "Option::is_none")]
            pub(crate) os_version: Option<String>,
            #[serde(rename = "osDescription", skip_serializing_if = "Option::is_none")]
            pub(crate) os_description: Option<String>,
            #[serde(rename = "userName", skip_serializing_if = "Option::is_none")]
            pub(crate) user_name: Option<String>,
            #[serde(rename = "userPrincipalName", skip_serializing_if = "Option::is_none")]
            pub(crate) user_principal_name: Option<String>,
            #[serde(rename = "displayVersion", skip_serializing_if = "Option::is_none")]
            pub(crate) display_version: Option<String>,
            $($more)*
        }
    };
}

hand_written! {
    /// Serde's derive over docmodel's field types (`DateTimeOffset`, the generated enums),
    /// dropping unknown members: it differs from `generated` only in the struct glue.
    struct Derived {}
}

hand_written! {
    /// Serde's derive, keeping unknown members the usual way.
    struct Flattened {
        #[serde(flatten)]
        pub(crate) extra: Map<String, Value>,
    }
}

/// The seed type as a user writes it by hand, without docmodel: `time`'s `OffsetDateTime` and
/// fieldless enums with a `#[serde(other)]` catch-all. It drops unknown members; it writes an
/// unlisted enum value as `"other"` and a date-time in `time`'s RFC 3339 form (`Z` for
/// `+00:00`, no trailing fraction zeros), so what it writes reads back as the same value but is
/// not always the JSON it read.
#[derive(Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HandWritten {
    #[serde(rename = "@odata.type", skip_serializing_if = "Option::is_none")]
    pub(crate) odata_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) device_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) device_id: Option<String>,
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub(crate) last_sync_date_time: Option<OffsetDateTime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) mobile_app_install_status_value: Option<AppState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) install_state: Option<AppState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) install_state_detail: Option<AppStateDetail>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) error_code: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) os_version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) os_description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) user_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) user_principal_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) display_version: Option<String>,
}

/// `resultantAppState`, by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)] // the values are the doc's
pub enum AppState {
    Installed,
    Failed,
    NotInstalled,
    UninstallFailed,
    PendingInstall,
    Unknown,
    NotApplicable,
    #[serde(other)]
    Other,
}

/// `resultantAppStateDetail`, by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase")]
#[allow(missing_docs)] // the values are the doc's
pub enum AppStateDetail {
    NoAdditionalDetails,
    DependencyFailedToInstall,
    DependencyWithRequirementsNotMet,
    DependencyPendingReboot,
    DependencyWithAutoInstallDisabled,
    IosAppStoreUpdateFailedToInstall,
    VppAppHasUpdateAvailable,
    UserRejectedUpdate,
    SeeInstallErrorCode,
    AutoInstallDisabled,
    ManagedAppNoLongerPresent,
    UserRejectedInstall,
    UserIsNotLoggedIntoAppStore,
    SeeUninstallErrorCode,
    PendingReboot,
    InstallingDependencies,
    ContentDownloaded,
    PowerShellScriptRequirementNotMet,
    RegistryRequirementNotMet,
    FileSystemRequirementNotMet,
    PlatformNotApplicable,
    MinimumCpuSpeedNotMet,
    MinimumLogicalProcessorCountNotMet,
    MinimumPhysicalMemoryNotMet,
    MinimumOsVersionNotMet,
    MinimumDiskSpaceNotMet,
    ProcessorArchitectureNotApplicable,
    #[serde(other)]
    Other,
}

/// The JSON names the types above (and the doc) describe.
pub const DOCUMENTED: [&str; 14] = [
    "@odata.type",
    "id",
    "deviceName",
    "deviceId",
    "lastSyncDateTime",
    "mobileAppInstallStatusValue",
    "installState",
    "installStateDetail",
    "errorCode",
    "osVersion",
    "osDescription",
    "userName",
    "userPrincipalName",
    "displayVersion",
];
