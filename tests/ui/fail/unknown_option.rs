docmodel::include_models!(docs = ["docs/widget.md"], colour = [Red]);

fn main() {}
