docmodel::include_models!(docs = ["docs/widget.md"], types = [Double]);

fn main() {}
