docmodel::include_models!(docs = ["docs/widget.md"], types = { Guid = u128, Double = f32, "edm.double" = f64 });

fn main() {}
