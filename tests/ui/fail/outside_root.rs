docmodel::include_models!(docs = ["../../outside.md"]);

fn main() {}
