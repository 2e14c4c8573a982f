docmodel::include_models!(derive = [Eq]);

fn main() {}
