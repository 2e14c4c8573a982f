//! Expected to fail: under `strict`, two docs that describe one type give one property two
//! types (without `strict`, the first doc's type wins: `tests/ui/pass/pages_disagree.rs`).
//! (merge-b.md lists other values of `mode` than merge-a.md: those are merged, not an error.)

docmodel::include_models!(
    docs = ["docs/merge-a.md", "docs/merge-b.md", "docs/merge-c.md"],
    strict = true
);

fn main() {}
