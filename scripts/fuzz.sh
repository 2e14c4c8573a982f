#!/usr/bin/env bash
# A bounded run of the fuzz target (fuzz/fuzz_targets/page.rs) over the committed corpus plus
# what it finds: SECONDS_TO_FUZZ seconds (default 45). Needs a nightly toolchain (cargo fuzz's
# sanitizer flags); installs cargo-fuzz from crates.io if it is missing. Without nightly it says so
# and stops: the committed corpus still runs on stable in `cargo test` (fuzz_regressions.rs).
#
#   scripts/fuzz.sh [SECONDS_TO_FUZZ]
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
seconds=${1:-45}
if ! cargo +nightly --version >/dev/null 2>&1; then
    echo "fuzz: no nightly toolchain; skipped (the kept inputs ran in cargo test)"
    exit 0
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
    cargo install --quiet --locked cargo-fuzz
fi
# Built first, on its own: the run below filters its output, which would hide a build error.
cargo +nightly fuzz build page
# New inputs go to a scratch copy, so the committed corpus changes only when someone means it to.
rm -rf corpus/page-ci
mkdir -p corpus/page-ci
cp corpus/page/* corpus/page-ci/
cargo +nightly fuzz run page corpus/page-ci -- \
    -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 2>&1 |
    grep -E '^(Done|stat::number_of_executed_units|==[0-9]+==|SUMMARY|thread)' || true
# cargo fuzz exits non-zero on a crash; the pipeline above hides it, so check for artifacts.
if compgen -G "artifacts/page/*" >/dev/null; then
    echo "fuzz: the target crashed; the input is in fuzz/artifacts/page/" >&2
    exit 1
fi
echo "fuzz: no crash in $seconds s"
