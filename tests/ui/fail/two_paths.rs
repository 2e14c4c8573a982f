docmodel::include_models!("docs/widget.md", "docs/int33.md");

fn main() {}
