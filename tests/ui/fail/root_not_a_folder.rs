docmodel::include_models!(docs = ["docs/widget.md"], root = "docs/nowhere");

fn main() {}
