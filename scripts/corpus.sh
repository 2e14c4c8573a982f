#!/usr/bin/env bash
# The corpus report: how much of the real Graph documentation docmodel understands (docs/corpus.md).
#
# 1. All of Graph v1.0 as users vendor it (../shared/corpus/graph-v1.0), under the macro's
#    defaults: `check` must type 99.5% of the pages that describe a type and give an operation
#    for 99% of the API pages with an `HTTP request` heading, and the crate `emit` writes from it
#    (types and operations) must type-check with no warning (`cargo check`; its full build time
#    is in docs/corpus.md).
# 2. The 733-page selection (../shared/corpus/graph), a part of a larger doc set that links out of
#    itself, so with `--unresolved value`: 99% typed, its emitted crate builds with no warning,
#    and at least 95% of the example tests it holds pass.
#
# Skips (exit 0) when ../shared is absent, unless DOCMODEL_REQUIRE_CORPUS=1 (CI).
#
#   scripts/corpus.sh
set -euo pipefail
cd "$(dirname "$0")/.."
v1=../shared/corpus/graph-v1.0/api-reference/v1.0
selection=../shared/corpus/graph
for corpus in "$v1" "$selection"; do
    if [ ! -d "$corpus" ]; then
        if [ "${DOCMODEL_REQUIRE_CORPUS:-}" = 1 ]; then
            echo "corpus: $corpus is absent, and DOCMODEL_REQUIRE_CORPUS=1 requires it" >&2
            exit 1
        fi
        echo "corpus: $corpus is absent; skipped"
        exit 0
    fi
done
cargo build --quiet --release -p docmodel-cli
docmodel=$(pwd)/target/release/docmodel
target=$(pwd)/target

# check NAME PERMILLE ARGS...: runs `docmodel check ARGS`, findings to target/NAME-check.txt, and
# fails below PERMILLE typed / (typed + failed).
check() {
    local name=$1 permille=$2
    shift 2
    # `check` exits 1 when any page fails; the ratio is the gate.
    local lines summary typed failed
    # The last lines: what the rules decided, the pages, the operations.
    lines=$("$docmodel" check "$@" 2>"$target/$name-check.txt" | tail -n 3) || true
    summary=$(grep '^pages:' <<<"$lines" || true)
    grep '^operations:' <<<"$lines" >"$target/$name-operations.txt" || true
    echo "corpus: $name: $lines (findings in target/$name-check.txt)" | sed "2,\$s/^/corpus: $name: /"
    typed=$(sed -E 's/.*typed: ([0-9]+).*/\1/' <<<"$summary")
    failed=$(sed -E 's/.*failed: ([0-9]+).*/\1/' <<<"$summary")
    if ! [[ "$typed" =~ ^[0-9]+$ && "$failed" =~ ^[0-9]+$ ]]; then
        echo "corpus: $name: cannot read the summary line" >&2
        exit 1
    fi
    if (( typed * 1000 < (typed + failed) * permille )); then
        echo "corpus: $name: below target: typed $typed of $((typed + failed)) pages that describe a type (< $permille‰)" >&2
        exit 1
    fi
    echo "corpus: $name: typed $typed of $((typed + failed)) pages that describe a type (target $permille‰)"
}

# emit NAME OUT ARGS...: `docmodel emit ARGS --out OUT`; fails if it leaves out a typed page (one
# that fails in one model with the others).
emit() {
    local name=$1 out=$2
    shift 2
    rm -rf "$out"
    local emitted typed_left
    emitted=$("$docmodel" emit "$@" --out "$out" 2>"$target/$name-emit.txt" | tail -n 2)
    echo "corpus: $name: $emitted" | sed "2s/^/corpus: $name: /"
    typed_left=$(sed -nE 's/.*\(([0-9]+) typed,.*/\1/p' <<<"$emitted")
    if [ "$typed_left" != 0 ]; then
        echo "corpus: $name: emit left out ${typed_left:-?} typed pages (target 0): see target/$name-emit.txt" >&2
        exit 1
    fi
}

# 1. All of v1.0, under the macro's defaults.
(cd "$v1" && check v1.0 995 api resources)
# Operations (issue 15): one for at least 99% of the API pages with an `HTTP request` heading.
api_pages=$(grep -lEi '^#+ *HTTP requests?( |$)' "$v1"/api/*.md | wc -l)
operations=$(sed -E 's/^operations: ([0-9]+),.*/\1/' "$target/v1.0-operations.txt")
if ! [[ "$operations" =~ ^[0-9]+$ ]] || (( operations * 100 < api_pages * 99 )); then
    echo "corpus: v1.0: below target: ${operations:-?} operations of $api_pages API pages with an HTTP request heading (< 99%)" >&2
    exit 1
fi
echo "corpus: v1.0: operations for $operations of $api_pages API pages with an HTTP request heading (target 99%)"
out=target/corpus-v1.0-crate
(cd "$v1" && emit v1.0 "$target/corpus-v1.0-crate" api resources)
# No error and no warning: denied for the emitted crate only (`cargo rustc`), whose dependencies
# are the ones the workspace's own build made, in the same target folder.
start=$(date +%s)
(cd "$out" && cargo rustc --quiet --offline --target-dir "$target" --lib --profile check -- -D warnings)
echo "corpus: v1.0: the emitted crate type-checks with no warning in $(( $(date +%s) - start )) s (2 cores)"

# 2. The selection: part of a larger doc set.
check selection 990 "$selection" --unresolved value
out=target/corpus-crate
emit selection "$target/corpus-crate" "$selection" --unresolved value
(cd "$out" && cargo build --quiet --offline --target-dir "$target" -p docmodel)
start=$(date +%s)
(cd "$out" && cargo rustc --quiet --offline --target-dir "$target" --lib -- -D warnings)
echo "corpus: selection: the emitted crate builds with no warning in $(( $(date +%s) - start )) s (2 cores)"

# The doc examples as tests (issue: "examples checked against the tables and run as tests"): at
# least 95% must pass.
start=$(date +%s)
results=$(cd "$out" && cargo test --lib --quiet --offline --target-dir "$target" 2>&1 | grep -m1 "^test result:" || true)
echo "corpus: selection: emitted example tests: $results ($(( $(date +%s) - start )) s)"
passed=$(sed -E 's/.* ([0-9]+) passed.*/\1/' <<<"$results")
failed_tests=$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$results")
if ! [[ "$passed" =~ ^[0-9]+$ && "$failed_tests" =~ ^[0-9]+$ ]] || (( passed + failed_tests == 0 )); then
    echo "corpus: selection: the emitted crate's tests did not run" >&2
    exit 1
fi
if (( passed * 100 < (passed + failed_tests) * 95 )); then
    echo "corpus: selection: below target: $passed of $((passed + failed_tests)) example tests pass (< 95%)" >&2
    exit 1
fi
echo "corpus: selection: $passed of $((passed + failed_tests)) example tests pass (target 95%)"
