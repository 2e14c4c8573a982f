//! Pages whose links were written for a case-insensitive site (tests/docs/cased/): a link in
//! other letter case leads to the one file of that name (`objectIdentity.md` ->
//! `objectidentity.md`), a site-absolute link to the page of the doc set, and a name of namespace
//! callRecords to that namespace's enums page (`enums-callRecords.md`, found in other case too),
//! not to the `modality` of `enums.md`. On a case-sensitive file system this compiles only if
//! the macro tracks each file by its real name.
#![deny(warnings, missing_docs)]
#![forbid(unsafe_code)]

docmodel::include_models!("docs/cased/resources/holder.md");

use docmodel::serde_json::{self, json};

fn main() {
    let read = json!({
        "identities": [{"issuer": "x"}],
        "facet": {"managed": true},
        "owner": {"displayName": "Ada"},
        "session": {"modalities": ["data"], "first": "screenSharing", "plain": "audio"}
    });
    let holder: Holder = serde_json::from_value(read.clone()).unwrap();
    let identities = holder.identities.as_deref().unwrap();
    assert_eq!(identities[0].issuer.as_deref(), Some("x"));
    assert_eq!(holder.facet.as_ref().and_then(|f| f.managed), Some(true));
    let owner = holder.owner.as_ref().and_then(|o| o.display_name.as_deref());
    assert_eq!(owner, Some("Ada"));
    let session = holder.session.as_ref().unwrap();
    assert_eq!(session.modalities.as_deref(), Some(&[CallRecordsModality::Data][..]));
    assert_eq!(session.first, Some(CallRecordsModality::ScreenSharing));
    assert_eq!(session.plain, Some(Modality::Audio));
    assert_eq!(serde_json::to_value(&holder).unwrap(), read);
}
