#!/usr/bin/env bash
# The corpus report (issue: "docmodel on real documentation"): checks every page under
# ../shared/corpus/graph, fails below 99% typed / (typed + failed), then writes the emitted crate
# and builds it with warnings denied. Skips (exit 0) when ../shared is absent.
#
#   scripts/corpus.sh [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/graph}
if [ ! -d "$corpus" ]; then
    # CI sets DOCMODEL_REQUIRE_CORPUS=1: there, a missing corpus is a failure, not a skip.
    if [ "${DOCMODEL_REQUIRE_CORPUS:-}" = 1 ]; then
        echo "corpus: $corpus is absent, and DOCMODEL_REQUIRE_CORPUS=1 requires it" >&2
        exit 1
    fi
    echo "corpus: $corpus is absent; skipped"
    exit 0
fi
cargo build --quiet --release -p docmodel-cli
docmodel=target/release/docmodel

# `check` exits 1 when any page fails; the ratio below is the gate.
summary=$("$docmodel" check "$corpus" 2>target/corpus-check.txt | tail -n 1) || true
echo "corpus: $summary (findings in target/corpus-check.txt)"
typed=$(sed -E 's/.*typed: ([0-9]+).*/\1/' <<<"$summary")
failed=$(sed -E 's/.*failed: ([0-9]+).*/\1/' <<<"$summary")
if ! [[ "$typed" =~ ^[0-9]+$ && "$failed" =~ ^[0-9]+$ ]]; then
    echo "corpus: cannot read the summary line" >&2
    exit 1
fi
# typed / (typed + failed) >= 0.99, in integers.
if (( typed * 100 < (typed + failed) * 99 )); then
    echo "corpus: below target: typed $typed of $((typed + failed)) pages with tables (< 99%)" >&2
    exit 1
fi
echo "corpus: typed $typed of $((typed + failed)) pages with tables (target 99%)"

out=target/corpus-crate
rm -rf "$out"
# `emit` writes every page `check` types, each type once (one model); a typed page it leaves out
# (it fails in one model with the others) misses the target.
emitted=$("$docmodel" emit "$corpus" --out "$out" 2>target/corpus-emit.txt | tail -n 2)
echo "corpus: $emitted" | sed '2s/^/corpus: /'
typed_left=$(sed -nE 's/.*\(([0-9]+) typed,.*/\1/p' <<<"$emitted")
if [ "$typed_left" != 0 ]; then
    echo "corpus: emit left out ${typed_left:-?} typed pages (target 0): see target/corpus-emit.txt" >&2
    exit 1
fi
# No error and no warning: warnings are denied, for the emitted crate only (`cargo rustc`), so
# that its dependencies are the ones the workspace's own build made, in the same target folder.
target=$(pwd)/target
(cd "$out" && cargo build --quiet --offline --target-dir "$target" -p docmodel)
start=$(date +%s)
(cd "$out" && cargo rustc --quiet --offline --target-dir "$target" --lib -- -D warnings)
echo "corpus: the emitted crate builds with no warning in $(( $(date +%s) - start )) s (2 cores)"

# The doc examples as tests (issue: "examples checked against the tables and run as tests"): at
# least 95% must pass.
start=$(date +%s)
results=$(cd "$out" && cargo test --lib --quiet --offline --target-dir "$target" 2>&1 | grep -m1 "^test result:" || true)
echo "corpus: emitted example tests: $results ($(( $(date +%s) - start )) s)"
passed=$(sed -E 's/.* ([0-9]+) passed.*/\1/' <<<"$results")
failed_tests=$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$results")
if ! [[ "$passed" =~ ^[0-9]+$ && "$failed_tests" =~ ^[0-9]+$ ]] || (( passed + failed_tests == 0 )); then
    echo "corpus: the emitted crate's tests did not run" >&2
    exit 1
fi
if (( passed * 100 < (passed + failed_tests) * 95 )); then
    echo "corpus: below target: $passed of $((passed + failed_tests)) example tests pass (< 95%)" >&2
    exit 1
fi
echo "corpus: $passed of $((passed + failed_tests)) example tests pass (target 95%)"
