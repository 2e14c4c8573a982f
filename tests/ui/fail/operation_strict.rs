//! Expected to fail: see the .stderr file. An API page whose operation has flaws the rule
//! `operation` decides (a line of another method, a URL that is no template, an answer of a type
//! no page defines): warnings by default, each an error under `strict`.

docmodel::include_models!(docs = ["docs/operation-flaws.md"], strict = true);

fn main() {}
