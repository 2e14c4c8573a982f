//! Expected to fail: under `strict`, pages that disagree about a property's type are errors,
//! though a rule decides them (without `strict`, `tests/ui/pass/pages_disagree.rs` builds them).
//! The update page leads to the resource page of its type, which leads to its base.

docmodel::include_models!(docs = ["docs/precedence/api/gizmo-update.md"], strict = true);

fn main() {}
