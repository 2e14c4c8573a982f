docmodel::include_models!(docs = "docs/widget.md");

fn main() {}
