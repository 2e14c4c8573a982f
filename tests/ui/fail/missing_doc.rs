docmodel::include_models!("docs/does-not-exist.md");

fn main() {}
