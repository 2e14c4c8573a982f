//! Any bytes as a page (and a second page it may link to): docmodel never panics, generates code
//! that parses, or reports problems at lines of the pages.
#![no_main]

use libfuzzer_sys::fuzz_target;

include!("../../codegen/tests/support/page_property.rs");

fuzz_target!(|data: &[u8]| check_input(data));
