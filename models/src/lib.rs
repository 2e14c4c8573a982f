//! Microsoft Graph types, compiled at build time from the Markdown pages vendored in `docs/`.
//!
//! Edit a page and rebuild: the types follow. A problem in a page fails the build with an error
//! that names the page's path and line.

docmodel::include_models!("../docs/intune-apps-mobileappinstallstatus-create.md");
