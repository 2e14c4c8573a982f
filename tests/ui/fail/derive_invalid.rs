docmodel::include_models!(docs = ["docs/widget.md"], derive = [Eq, Hash, PartialOrd]);

fn main() {}
