//! What docmodel's run-time benchmarks share: the compared types, the payloads and their checks.
//! The benchmarks themselves are in `benches/`: `runtime` (criterion, a block of samples per
//! type) and `paired` (the types alternated round by round, ratios paired per round).

pub mod generate;
pub mod payload;
pub mod types;

pub use generate::Kind;
pub use payload::{
    DIRECTIONS, OBJECTS, Payload, TEST_OBJECTS, Target, from_reader, from_slice, measuring,
    payloads, targets, to_vec,
};
pub use types::{Derived, Flattened, HandWritten, List};
