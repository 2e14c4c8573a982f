/// The `widget` type.
///
/// A made-up resource whose API pages document each kind of operation.
///
/// Generated from `docs/operations/resources/widget.md`, line 15.
#[derive(Clone, PartialEq, Default)]
pub struct Widget {
    /// JSON member `@odata.type`: the object's type on the wire.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// Key of the widget.
    ///
    /// JSON member `id`, from `docs/operations/resources/widget.md`, line 17.
    pub id: ::core::option::Option<::std::string::String>,
    /// Name shown to people.
    ///
    /// JSON member `displayName`, from `docs/operations/resources/widget.md`, line 18.
    pub display_name: ::core::option::Option<::std::string::String>,
    /// When it was made.
    ///
    /// JSON member `createdDateTime`, from `docs/operations/resources/widget.md`, line 19.
    pub created_date_time: ::core::option::Option<::docmodel::types::DateTimeOffset>,
    /// The state. Possible values are: on, off, unknownFutureValue.
    ///
    /// JSON member `state`, from `docs/operations/resources/widget.md`, line 20.
    pub state: ::core::option::Option<WidgetState>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    Widget, "widget", extra, [
        0 odata_type "@odata.type" value,
        1 id "id" value,
        2 display_name "displayName" value,
        3 created_date_time "createdDateTime" value,
        4 state "state" value,
    ]
}
/// The `mobileAppInstallStatus` type.
///
/// Generated from `../docs/intune-apps-mobileappinstallstatus-create.md`, line 46.
#[derive(Clone, PartialEq, Default)]
pub struct MobileAppInstallStatus {
    /// JSON member `@odata.type`: the object's type on the wire.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// Key of the entity.
    ///
    /// JSON member `id`, from `../docs/intune-apps-mobileappinstallstatus-create.md`, line 48.
    pub id: ::core::option::Option<::std::string::String>,
    /// Device name
    ///
    /// JSON member `deviceName`, from `../docs/intune-apps-mobileappinstallstatus-create.md`, line 49.
    pub device_name: ::core::option::Option<::std::string::String>,
    /// Device ID
    ///
    /// JSON member `deviceId`, from `../docs/intune-apps-mobileappinstallstatus-create.md`, line 50.
    pub device_id: ::core::option::Option<::std::string::String>,
    /// Last sync date time
    ///
    /// JSON member `lastSyncDateTime`, from `../docs/intune-apps-mobileappinstallstatus-create.md`, line 51.
    pub last_sync_date_time: ::core::option::Option<::docmodel::types::DateTimeOffset>,
    /// The install state of the app. Possible values are: installed, failed, notInstalled, uninstallFailed, pendingInstall, unknown, notApplicable.
    ///
    /// JSON member `mobileAppInstallStatusValue`, from `../docs/intune-apps-mobileappinstallstatus-create.md`, line 52.
    pub mobile_app_install_status_value: ::core::option::Option<ResultantAppState>,
    /// The install state of the app. Possible values are: installed, failed, notInstalled, uninstallFailed, pendingInstall, unknown, notApplicable.
    ///
    /// JSON member `installState`, from `../docs/intune-apps-mobileappinstallstatus-create.md`, line 53.
    pub install_state: ::core::option::Option<ResultantAppState>,
    /// The install state detail of the app. Possible values are: noAdditionalDetails, dependencyFailedToInstall, dependencyWithRequirementsNotMet, dependencyPendingReboot, dependencyWithAutoInstallDisabled, iosAppStoreUpdateFailedToInstall, vppAppHasUpdateAvailable, userRejectedUpdate, seeInstallErrorCode, autoInstallDisabled, managedAppNoLongerPresent, userRejectedInstall, userIsNotLoggedIntoAppStore, seeUninstallErrorCode, pendingReboot, installingDependencies, contentDownloaded, powerShellScriptRequirementNotMet, registryRequirementNotMet, fileSystemRequirementNotMet, platformNotApplicable, minimumCpuSpeedNotMet, minimumLogicalProcessorCountNotMet, minimumPhysicalMemoryNotMet, minimumOsVersionNotMet, minimumDiskSpaceNotMet, processorArchitectureNotApplicable.
    ///
    /// JSON member `installStateDetail`, from `../docs/intune-apps-mobileappinstallstatus-create.md`, line 54.
    pub install_state_detail: ::core::option::Option<ResultantAppStateDetail>,
    /// The error code for install or uninstall failures.
    ///
    /// JSON member `errorCode`, from `../docs/intune-apps-mobileappinstallstatus-create.md`, line 55.
    pub error_code: ::core::option::Option<i32>,
    /// OS Version
    ///
    /// JSON member `osVersion`, from `../docs/intune-apps-mobileappinstallstatus-create.md`, line 56.
    pub os_version: ::core::option::Option<::std::string::String>,
    /// OS Description
    ///
    /// JSON member `osDescription`, from `../docs/intune-apps-mobileappinstallstatus-create.md`, line 57.
    pub os_description: ::core::option::Option<::std::string::String>,
    /// Device User Name
    ///
    /// JSON member `userName`, from `../docs/intune-apps-mobileappinstallstatus-create.md`, line 58.
    pub user_name: ::core::option::Option<::std::string::String>,
    /// User Principal Name
    ///
    /// JSON member `userPrincipalName`, from `../docs/intune-apps-mobileappinstallstatus-create.md`, line 59.
    pub user_principal_name: ::core::option::Option<::std::string::String>,
    /// Human readable version of the application
    ///
    /// JSON member `displayVersion`, from `../docs/intune-apps-mobileappinstallstatus-create.md`, line 60.
    pub display_version: ::core::option::Option<::std::string::String>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    MobileAppInstallStatus, "mobileAppInstallStatus", extra, [
        0 odata_type "@odata.type" value,
        1 id "id" value,
        2 device_name "deviceName" value,
        3 device_id "deviceId" value,
        4 last_sync_date_time "lastSyncDateTime" value,
        5 mobile_app_install_status_value "mobileAppInstallStatusValue" value,
        6 install_state "installState" value,
        7 install_state_detail "installStateDetail" value,
        8 error_code "errorCode" value,
        9 os_version "osVersion" value,
        10 os_description "osDescription" value,
        11 user_name "userName" value,
        12 user_principal_name "userPrincipalName" value,
        13 display_version "displayVersion" value,
    ]
}
/// The `WidgetTurnOnRequest` type.
///
/// Generated from `docs/operations/api/widget-turnon.md`, line 32.
#[derive(Clone, PartialEq, Default)]
pub struct WidgetTurnOnRequest {
    /// JSON member `@odata.type`: the object's type on the wire.
    pub odata_type: ::core::option::Option<::std::string::String>,
    /// Why it is turned on.
    ///
    /// JSON member `reason`, from `docs/operations/api/widget-turnon.md`, line 34.
    pub reason: ::core::option::Option<::std::string::String>,
    /// When it turns off again.
    ///
    /// JSON member `until`, from `docs/operations/api/widget-turnon.md`, line 35.
    pub until: ::core::option::Option<::docmodel::types::DateTimeOffset>,
    /// JSON members the doc does not describe, and explicit `null`s: kept, so that writing gives back what was read.
    pub extra: ::docmodel::Extra,
}
::docmodel::__private::object! {
    WidgetTurnOnRequest, "WidgetTurnOnRequest", extra, [
        0 odata_type "@odata.type" value,
        1 reason "reason" value,
        2 until "until" value,
    ]
}
/// The values of `widgetState`, listed at `docs/operations/resources/widget.md`, line 20.
///
/// A value that is not listed deserializes into `Unrecognized` and is written back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[allow(clippy::upper_case_acronyms)]
pub enum WidgetState {
    /// `on`
    On,
    /// `off`
    Off,
    /// `unknownFutureValue`
    UnknownFutureValue,
    /// A value the doc does not list, kept as read so that it is written back unchanged.
    Unrecognized(::docmodel::Unrecognized),
}
::docmodel::__private::enumeration! {
    WidgetState, "widgetState", Unrecognized, VALUES, [
        On "on",
        Off "off",
        UnknownFutureValue "unknownFutureValue",
    ]
}
/// The values of `resultantAppState`, listed at `../docs/intune-apps-mobileappinstallstatus-create.md`, line 52.
///
/// A value that is not listed deserializes into `Unrecognized` and is written back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[allow(clippy::upper_case_acronyms)]
pub enum ResultantAppState {
    /// `installed`
    Installed,
    /// `failed`
    Failed,
    /// `notInstalled`
    NotInstalled,
    /// `uninstallFailed`
    UninstallFailed,
    /// `pendingInstall`
    PendingInstall,
    /// `unknown`
    Unknown,
    /// `notApplicable`
    NotApplicable,
    /// A value the doc does not list, kept as read so that it is written back unchanged.
    Unrecognized(::docmodel::Unrecognized),
}
::docmodel::__private::enumeration! {
    ResultantAppState, "resultantAppState", Unrecognized, VALUES, [
        Installed "installed",
        Failed "failed",
        NotInstalled "notInstalled",
        UninstallFailed "uninstallFailed",
        PendingInstall "pendingInstall",
        Unknown "unknown",
        NotApplicable "notApplicable",
    ]
}
/// The values of `resultantAppStateDetail`, listed at `../docs/intune-apps-mobileappinstallstatus-create.md`, line 54.
///
/// A value that is not listed deserializes into `Unrecognized` and is written back unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[allow(clippy::upper_case_acronyms)]
pub enum ResultantAppStateDetail {
    /// `noAdditionalDetails`
    NoAdditionalDetails,
    /// `dependencyFailedToInstall`
    DependencyFailedToInstall,
    /// `dependencyWithRequirementsNotMet`
    DependencyWithRequirementsNotMet,
    /// `dependencyPendingReboot`
    DependencyPendingReboot,
    /// `dependencyWithAutoInstallDisabled`
    DependencyWithAutoInstallDisabled,
    /// `iosAppStoreUpdateFailedToInstall`
    IosAppStoreUpdateFailedToInstall,
    /// `vppAppHasUpdateAvailable`
    VppAppHasUpdateAvailable,
    /// `userRejectedUpdate`
    UserRejectedUpdate,
    /// `seeInstallErrorCode`
    SeeInstallErrorCode,
    /// `autoInstallDisabled`
    AutoInstallDisabled,
    /// `managedAppNoLongerPresent`
    ManagedAppNoLongerPresent,
    /// `userRejectedInstall`
    UserRejectedInstall,
    /// `userIsNotLoggedIntoAppStore`
    UserIsNotLoggedIntoAppStore,
    /// `seeUninstallErrorCode`
    SeeUninstallErrorCode,
    /// `pendingReboot`
    PendingReboot,
    /// `installingDependencies`
    InstallingDependencies,
    /// `contentDownloaded`
    ContentDownloaded,
    /// `powerShellScriptRequirementNotMet`
    PowerShellScriptRequirementNotMet,
    /// `registryRequirementNotMet`
    RegistryRequirementNotMet,
    /// `fileSystemRequirementNotMet`
    FileSystemRequirementNotMet,
    /// `platformNotApplicable`
    PlatformNotApplicable,
    /// `minimumCpuSpeedNotMet`
    MinimumCpuSpeedNotMet,
    /// `minimumLogicalProcessorCountNotMet`
    MinimumLogicalProcessorCountNotMet,
    /// `minimumPhysicalMemoryNotMet`
    MinimumPhysicalMemoryNotMet,
    /// `minimumOsVersionNotMet`
    MinimumOsVersionNotMet,
    /// `minimumDiskSpaceNotMet`
    MinimumDiskSpaceNotMet,
    /// `processorArchitectureNotApplicable`
    ProcessorArchitectureNotApplicable,
    /// A value the doc does not list, kept as read so that it is written back unchanged.
    Unrecognized(::docmodel::Unrecognized),
}
::docmodel::__private::enumeration! {
    ResultantAppStateDetail, "resultantAppStateDetail", Unrecognized, VALUES, [
        NoAdditionalDetails "noAdditionalDetails",
        DependencyFailedToInstall "dependencyFailedToInstall",
        DependencyWithRequirementsNotMet "dependencyWithRequirementsNotMet",
        DependencyPendingReboot "dependencyPendingReboot",
        DependencyWithAutoInstallDisabled "dependencyWithAutoInstallDisabled",
        IosAppStoreUpdateFailedToInstall "iosAppStoreUpdateFailedToInstall",
        VppAppHasUpdateAvailable "vppAppHasUpdateAvailable",
        UserRejectedUpdate "userRejectedUpdate",
        SeeInstallErrorCode "seeInstallErrorCode",
        AutoInstallDisabled "autoInstallDisabled",
        ManagedAppNoLongerPresent "managedAppNoLongerPresent",
        UserRejectedInstall "userRejectedInstall",
        UserIsNotLoggedIntoAppStore "userIsNotLoggedIntoAppStore",
        SeeUninstallErrorCode "seeUninstallErrorCode",
        PendingReboot "pendingReboot",
        InstallingDependencies "installingDependencies",
        ContentDownloaded "contentDownloaded",
        PowerShellScriptRequirementNotMet "powerShellScriptRequirementNotMet",
        RegistryRequirementNotMet "registryRequirementNotMet",
        FileSystemRequirementNotMet "fileSystemRequirementNotMet",
        PlatformNotApplicable "platformNotApplicable",
        MinimumCpuSpeedNotMet "minimumCpuSpeedNotMet",
        MinimumLogicalProcessorCountNotMet "minimumLogicalProcessorCountNotMet",
        MinimumPhysicalMemoryNotMet "minimumPhysicalMemoryNotMet",
        MinimumOsVersionNotMet "minimumOsVersionNotMet",
        MinimumDiskSpaceNotMet "minimumDiskSpaceNotMet",
        ProcessorArchitectureNotApplicable "processorArchitectureNotApplicable",
    ]
}
/// Create mobileAppInstallStatus.
///
/// Create a new mobileAppInstallStatus object.
///
/// - `POST /deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses`
/// - `POST /deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/deviceStatuses`
///
/// Answered by `201` with a [`MobileAppInstallStatus`].
///
/// Generated from `../docs/intune-apps-mobileappinstallstatus-create.md`, line 31.
#[derive(Debug, Clone, PartialEq)]
pub struct CreateMobileAppInstallStatus {
    /// The request body.
    pub body: MobileAppInstallStatus,
    /// Query options (`$select`, `$filter`, `$top`, ...): none unless set.
    pub query: ::docmodel::Query,
    pub(crate) path: ::docmodel::__private::PathValues,
}
#[allow(clippy::new_without_default, clippy::too_many_arguments)]
impl CreateMobileAppInstallStatus {
    /// The request to `/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses`, from `../docs/intune-apps-mobileappinstallstatus-create.md`, line 31.
    pub fn new(
        mobile_app_id: impl ::core::convert::Into<::std::string::String>,
        body: MobileAppInstallStatus,
    ) -> Self {
        Self {
            body,
            query: ::docmodel::Query::new(),
            path: ::docmodel::__private::PathValues::new(0, [mobile_app_id.into()]),
        }
    }
    /// The request to `/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/deviceStatuses`, from `../docs/intune-apps-mobileappinstallstatus-create.md`, line 32.
    pub fn at_user_statuses(
        mobile_app_id: impl ::core::convert::Into<::std::string::String>,
        user_app_install_status_id: impl ::core::convert::Into<::std::string::String>,
        body: MobileAppInstallStatus,
    ) -> Self {
        Self {
            body,
            query: ::docmodel::Query::new(),
            path: ::docmodel::__private::PathValues::new(
                1,
                [mobile_app_id.into(), user_app_install_status_id.into()],
            ),
        }
    }
}
::docmodel::__private::operation! {
    CreateMobileAppInstallStatus, POST, 201, [body], json(MobileAppInstallStatus),
    ["/deviceAppManagement/mobileApps/{mobileAppId}/deviceStatuses",
    "/deviceAppManagement/mobileApps/{mobileAppId}/userStatuses/{userAppInstallStatusId}/deviceStatuses"],
    [], [], []
}
/// Delete widget.
///
/// Remove a widget.
///
/// - `DELETE /widgets/{id}`
///
/// Answered by `204` with no body.
///
/// Permissions, Delegated (work or school account): `Widget.ReadWrite.All`.
///
/// Permissions, Application: `Widget.ReadWrite.All`.
///
/// Generated from `docs/operations/api/widget-delete.md`, line 25.
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteWidget {
    /// Query options (`$select`, `$filter`, `$top`, ...): none unless set.
    pub query: ::docmodel::Query,
    pub(crate) path: ::docmodel::__private::PathValues,
}
#[allow(clippy::new_without_default, clippy::too_many_arguments)]
impl DeleteWidget {
    /// The request to `/widgets/{id}`, from `docs/operations/api/widget-delete.md`, line 25.
    pub fn new(widget_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            query: ::docmodel::Query::new(),
            path: ::docmodel::__private::PathValues::new(0, [widget_id.into()]),
        }
    }
}
::docmodel::__private::operation! {
    DeleteWidget, DELETE, 204, [], empty(()), ["/widgets/{id}"],
    ["Widget.ReadWrite.All"], [], ["Widget.ReadWrite.All"]
}
/// Get widget.
///
/// Read a widget.
///
/// - `GET /widgets/{id}`
/// - `GET /users/{id | userPrincipalName}/widgets/{id}`
///
/// Answered by `200` with a [`Widget`].
///
/// Permissions, Delegated (work or school account): `Widget.Read`.
///
/// Permissions, Delegated (personal Microsoft account): `Widget.Read`.
///
/// Permissions, Application: `Widget.Read.All`.
///
/// Generated from `docs/operations/api/widget-get.md`, line 25.
#[derive(Debug, Clone, PartialEq)]
pub struct GetWidget {
    /// Query options (`$select`, `$filter`, `$top`, ...): none unless set.
    pub query: ::docmodel::Query,
    pub(crate) path: ::docmodel::__private::PathValues,
}
#[allow(clippy::new_without_default, clippy::too_many_arguments)]
impl GetWidget {
    /// The request to `/widgets/{id}`, from `docs/operations/api/widget-get.md`, line 25.
    pub fn new(widget_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            query: ::docmodel::Query::new(),
            path: ::docmodel::__private::PathValues::new(0, [widget_id.into()]),
        }
    }
    /// The request to `/users/{id | userPrincipalName}/widgets/{id}`, from `docs/operations/api/widget-get.md`, line 26.
    pub fn at_users(
        user_id: impl ::core::convert::Into<::std::string::String>,
        widget_id: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            query: ::docmodel::Query::new(),
            path: ::docmodel::__private::PathValues::new(
                1,
                [user_id.into(), widget_id.into()],
            ),
        }
    }
}
::docmodel::__private::operation! {
    GetWidget, GET, 200, [], json(Widget), ["/widgets/{id}",
    "/users/{id | userPrincipalName}/widgets/{id}"], ["Widget.Read"], ["Widget.Read"],
    ["Widget.Read.All"]
}
/// List widgets.
///
/// Get the widgets of the tenant or of the signed-in user.
///
/// - `GET /widgets`
/// - `GET /users/{id | userPrincipalName}/widgets`
///
/// Answered by `200` with a `Page` of [`Widget`].
///
/// Query options the page lists (set them on `query`): `$select`, `$filter`, `$top`.
///
/// Permissions, Delegated (work or school account): `Widget.Read`, `Widget.ReadWrite.All`.
///
/// Permissions, Application: `Widget.Read.All`.
///
/// Generated from `docs/operations/api/widget-list.md`, line 27.
#[derive(Debug, Clone, PartialEq)]
pub struct ListWidgets {
    /// Query options (`$select`, `$filter`, `$top`, ...): none unless set.
    pub query: ::docmodel::Query,
    pub(crate) path: ::docmodel::__private::PathValues,
}
#[allow(clippy::new_without_default, clippy::too_many_arguments)]
impl ListWidgets {
    /// The request to `/widgets`, from `docs/operations/api/widget-list.md`, line 27.
    pub fn new() -> Self {
        Self {
            query: ::docmodel::Query::new(),
            path: ::docmodel::__private::PathValues::new(0, []),
        }
    }
    /// The request to `/users/{id | userPrincipalName}/widgets`, from `docs/operations/api/widget-list.md`, line 28.
    pub fn at_users(user_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            query: ::docmodel::Query::new(),
            path: ::docmodel::__private::PathValues::new(1, [user_id.into()]),
        }
    }
}
::docmodel::__private::operation! {
    ListWidgets, GET, 200, [], json(::docmodel::Page < Widget >), ["/widgets",
    "/users/{id | userPrincipalName}/widgets"], ["Widget.Read", "Widget.ReadWrite.All"],
    [], ["Widget.Read.All"]
}
/// widget: turnOn.
///
/// Turn a widget on.
///
/// - `POST /widgets/{id}/turnOn`
///
/// Answered by `200` with a [`Widget`].
///
/// Permissions, Delegated (work or school account): `Widget.ReadWrite.All`.
///
/// Generated from `docs/operations/api/widget-turnon.md`, line 25.
#[derive(Debug, Clone, PartialEq)]
pub struct WidgetTurnOn {
    /// The request body.
    pub body: WidgetTurnOnRequest,
    /// Query options (`$select`, `$filter`, `$top`, ...): none unless set.
    pub query: ::docmodel::Query,
    pub(crate) path: ::docmodel::__private::PathValues,
}
#[allow(clippy::new_without_default, clippy::too_many_arguments)]
impl WidgetTurnOn {
    /// The request to `/widgets/{id}/turnOn`, from `docs/operations/api/widget-turnon.md`, line 25.
    pub fn new(
        widget_id: impl ::core::convert::Into<::std::string::String>,
        body: WidgetTurnOnRequest,
    ) -> Self {
        Self {
            body,
            query: ::docmodel::Query::new(),
            path: ::docmodel::__private::PathValues::new(0, [widget_id.into()]),
        }
    }
}
::docmodel::__private::operation! {
    WidgetTurnOn, POST, 200, [body], json(Widget), ["/widgets/{id}/turnOn"],
    ["Widget.ReadWrite.All"], [], []
}
/// Update widget.
///
/// Change a widget.
///
/// - `PATCH /widgets/{id}`
///
/// Answered by `204` with no body.
///
/// Permissions, Delegated (work or school account): `Widget.ReadWrite.All`.
///
/// Permissions, Application: `Widget.ReadWrite.All`.
///
/// Generated from `docs/operations/api/widget-update.md`, line 25.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateWidget {
    /// The request body.
    pub body: Widget,
    /// Query options (`$select`, `$filter`, `$top`, ...): none unless set.
    pub query: ::docmodel::Query,
    pub(crate) path: ::docmodel::__private::PathValues,
}
#[allow(clippy::new_without_default, clippy::too_many_arguments)]
impl UpdateWidget {
    /// The request to `/widgets/{id}`, from `docs/operations/api/widget-update.md`, line 25.
    pub fn new(
        widget_id: impl ::core::convert::Into<::std::string::String>,
        body: Widget,
    ) -> Self {
        Self {
            body,
            query: ::docmodel::Query::new(),
            path: ::docmodel::__private::PathValues::new(0, [widget_id.into()]),
        }
    }
}
::docmodel::__private::operation! {
    UpdateWidget, PATCH, 204, [body], empty(()), ["/widgets/{id}"],
    ["Widget.ReadWrite.All"], [], ["Widget.ReadWrite.All"]
}
/// The doc's examples: each response read into its type and written back unchanged,
/// each request built by its operation.
#[cfg(test)]
mod docmodel_examples {
    /// The example at `docs/operations/api/widget-get.md` line 59.
    #[test]
    fn example_0_line_59() {
        if let ::core::result::Result::Err(e) = ::docmodel::__private::round_trip_example::<
            super::Widget,
        >(
            "{\"createdDateTime\":\"2026-03-01T08:30:00Z\",\"displayName\":\"Front door\",\"id\":\"b3d7a2c4-1111-4f6e-9d1a-0c2d3e4f5a6b\",\"state\":\"on\"}",
            false,
        ) {
            ::core::panic!("{}: {}", "docs/operations/api/widget-get.md:59", e);
        }
    }
    /// The example at `docs/operations/api/widget-list.md` line 66.
    #[test]
    fn example_1_line_66() {
        if let ::core::result::Result::Err(e) = ::docmodel::__private::round_trip_example::<
            super::Widget,
        >(
            "{\"@odata.context\":\"https://graph.microsoft.com/v1.0/$metadata#widgets\",\"@odata.nextLink\":\"https://graph.microsoft.com/v1.0/widgets?$top=2&$skiptoken=X2\",\"value\":[{\"createdDateTime\":\"2026-03-01T08:30:00Z\",\"displayName\":\"Front door\",\"id\":\"b3d7a2c4-1111-4f6e-9d1a-0c2d3e4f5a6b\",\"state\":\"on\"},{\"createdDateTime\":\"2026-03-02T09:45:10.5Z\",\"displayName\":\"Back door\",\"id\":\"c4e8b3d5-2222-4f6e-9d1a-0c2d3e4f5a6b\",\"state\":\"off\"}]}",
            true,
        ) {
            ::core::panic!("{}: {}", "docs/operations/api/widget-list.md:66", e);
        }
    }
    /// The example at `docs/operations/api/widget-turnon.md` line 69.
    #[test]
    fn example_2_line_69() {
        if let ::core::result::Result::Err(e) = ::docmodel::__private::round_trip_example::<
            super::Widget,
        >(
            "{\"createdDateTime\":\"2026-03-01T08:30:00Z\",\"displayName\":\"Front door\",\"id\":\"b3d7a2c4-1111-4f6e-9d1a-0c2d3e4f5a6b\",\"state\":\"on\"}",
            false,
        ) {
            ::core::panic!("{}: {}", "docs/operations/api/widget-turnon.md:69", e);
        }
    }
    /// The request example at `docs/operations/api/widget-delete.md` line 45.
    #[test]
    fn request_0_line_45() {
        let operation = super::DeleteWidget::new("b3d7a2c4-1111-4f6e-9d1a-0c2d3e4f5a6b");
        if let ::core::result::Result::Err(e) = ::docmodel::__private::request_example(
            &operation,
            "DELETE",
            "/widgets/b3d7a2c4-1111-4f6e-9d1a-0c2d3e4f5a6b",
            ::core::option::Option::None,
        ) {
            ::core::panic!("{}: {}", "docs/operations/api/widget-delete.md:45", e);
        }
    }
    /// The request example at `docs/operations/api/widget-get.md` line 46.
    #[test]
    fn request_1_line_46() {
        let operation = super::GetWidget::new("b3d7a2c4-1111-4f6e-9d1a-0c2d3e4f5a6b");
        if let ::core::result::Result::Err(e) = ::docmodel::__private::request_example(
            &operation,
            "GET",
            "/widgets/b3d7a2c4-1111-4f6e-9d1a-0c2d3e4f5a6b",
            ::core::option::Option::None,
        ) {
            ::core::panic!("{}: {}", "docs/operations/api/widget-get.md:46", e);
        }
    }
    /// The request example at `docs/operations/api/widget-list.md` line 52.
    #[test]
    fn request_2_line_52() {
        let operation = super::ListWidgets::new();
        if let ::core::result::Result::Err(e) = ::docmodel::__private::request_example(
            &operation,
            "GET",
            "/widgets",
            ::core::option::Option::None,
        ) {
            ::core::panic!("{}: {}", "docs/operations/api/widget-list.md:52", e);
        }
    }
    /// The request example at `docs/operations/api/widget-turnon.md` line 50.
    #[test]
    fn request_3_line_50() {
        let operation = super::WidgetTurnOn::new(
            "b3d7a2c4-1111-4f6e-9d1a-0c2d3e4f5a6b",
            match ::docmodel::serde_json::from_str(
                "{\"reason\":\"Guests arrive\",\"until\":\"2026-03-01T22:00:00Z\"}",
            ) {
                ::core::result::Result::Ok(body) => body,
                ::core::result::Result::Err(e) => {
                    ::core::panic!(
                        "{}: the example's body cannot be read: {}",
                        "docs/operations/api/widget-turnon.md:50", e
                    )
                }
            },
        );
        if let ::core::result::Result::Err(e) = ::docmodel::__private::request_example(
            &operation,
            "POST",
            "/widgets/b3d7a2c4-1111-4f6e-9d1a-0c2d3e4f5a6b/turnOn",
            ::core::option::Option::Some(
                "{\"reason\":\"Guests arrive\",\"until\":\"2026-03-01T22:00:00Z\"}",
            ),
        ) {
            ::core::panic!("{}: {}", "docs/operations/api/widget-turnon.md:50", e);
        }
    }
    /// The request example at `docs/operations/api/widget-update.md` line 50.
    #[test]
    fn request_4_line_50() {
        let operation = super::UpdateWidget::new(
            "b3d7a2c4-1111-4f6e-9d1a-0c2d3e4f5a6b",
            match ::docmodel::serde_json::from_str(
                "{\"displayName\":\"Front door (left)\",\"state\":\"off\"}",
            ) {
                ::core::result::Result::Ok(body) => body,
                ::core::result::Result::Err(e) => {
                    ::core::panic!(
                        "{}: the example's body cannot be read: {}",
                        "docs/operations/api/widget-update.md:50", e
                    )
                }
            },
        );
        if let ::core::result::Result::Err(e) = ::docmodel::__private::request_example(
            &operation,
            "PATCH",
            "/widgets/b3d7a2c4-1111-4f6e-9d1a-0c2d3e4f5a6b",
            ::core::option::Option::Some(
                "{\"displayName\":\"Front door (left)\",\"state\":\"off\"}",
            ),
        ) {
            ::core::panic!("{}: {}", "docs/operations/api/widget-update.md:50", e);
        }
    }
}
