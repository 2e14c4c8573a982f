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
