//! docmodel-tests has no library code: see `tests/`.
