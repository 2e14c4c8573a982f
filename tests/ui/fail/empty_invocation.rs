docmodel::include_models!();

fn main() {}
