docmodel::include_models!(docs = ["docs/widget.md"], docs = ["docs/widget.md"]);

fn main() {}
