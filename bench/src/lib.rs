//! Shared helpers of the benchmarks live in `benches/`; this library is empty.
