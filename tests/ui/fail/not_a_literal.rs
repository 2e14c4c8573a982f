docmodel::include_models!(docs / page.md);

fn main() {}
