#!/usr/bin/env bash
# All of Graph v1.0 as one model, through docmodel-build: what it costs to build.
#
# A temporary crate, `graph-v1-models`, outside this workspace, holds a copy of the 1,239 resource
# pages of ../shared/corpus/graph-v1.0/api-reference/v1.0/resources in its `docs/resources`, the
# build script
#
#     fn main() {
#         docmodel_build::Builder::new().docs(["docs/resources"]).write("models.rs").unwrap();
#     }
#
# (the builder's default options) and `include!(concat!(env!("OUT_DIR"), "/models.rs"));` as its
# `src/lib.rs`. It depends on the snapshot's `docmodel` by path, and on `docmodel-build` for the
# build script. The corpus is copied into the temporary folder only, never into the repository.
#
# What it measures, each after everything the crate depends on is built (the figures are wall
# seconds, with the peak memory of the biggest process, rustc or rustdoc):
#   - build, crate alone:   `cargo clean -p graph-v1-models` then `cargo build`: compiling the
#                           build script, running it, compiling the crate (target: <= 60 s);
#   - build script run:     the compiled script run by itself, with the environment cargo gives
#                           it (the generation of the code, unoptimized as cargo's defaults build
#                           build scripts, in release builds too);
#   - build, crate only:    the crate's own compile with the build script Fresh (touch
#                           src/lib.rs, incremental state removed, so rustc starts from nothing);
#   - rebuild:              touch src/lib.rs and build again (incremental, the edit loop);
#   - check, crate alone:   `cargo clean -p`, then `cargo check` (script compiled and run too);
#   - check, crate only:    the crate's own `cargo check` with the script Fresh (target: <= 20 s;
#                           `cargo check` runs the build script as `cargo build` does, and a
#                           first check after a clean pays for it: the line above);
#   - release:              `cargo clean -p --release`, `cargo build --release`, and the crate's
#                           own compile with the script Fresh;
#   - doc:                  `cargo doc --no-deps` of the crate (what docs.rs builds), its time,
#                           peak memory, and the size of target/doc (its own folder and in all);
#   - the size of the generated code, and the warnings of the build script and of rustc;
#   - where the compile time goes (unless PASSES=0), for measuring only, through
#     RUSTC_BOOTSTRAP=1: `cargo rustc --profile check -- -Z time-passes` and the same with
#     `--profile dev` (the slowest passes of a compile from nothing), and `-Z macro-stats` (which
#     macros expand to how much code).
#
# Everything builds from a snapshot of this workspace taken at the start (so that an edit made
# meanwhile does not rebuild docmodel in the middle of a measurement), offline, with the
# workspace's Cargo.lock, into one CARGO_TARGET_DIR of the temporary folder.
#
# Usage:   scripts/graph-v1-build.sh         (about 6-8 minutes on 2 cores; most of it is building
#                                             the dependencies, three ways)
# Options (environment):
#   RUNS=1                     measurements of each figure; the median is shown
#   PASSES=0                   skip the -Z time-passes / -Z macro-stats part
#   KEEP=1                     keep the temporary folder (its path is printed)
#   CORPUS=DIR                 the resources folder (default
#                              ../shared/corpus/graph-v1.0/api-reference/v1.0/resources)
#   DOCMODEL_REQUIRE_CORPUS=1  fail rather than skip without the corpus (as .ci/run sets it)
# Exit:    0 when every target is met; 1 when something fails to build or a target is missed;
#          0 with a message when the corpus is absent (unless DOCMODEL_REQUIRE_CORPUS=1).
set -euo pipefail
shopt -s inherit_errexit

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${CORPUS:-$(cd "$root/.." && pwd)/shared/corpus/graph-v1.0/api-reference/v1.0/resources}"
runs="${RUNS:-1}"
target_build=60
target_check=20
script_start="$(date +%s.%N)"

log() { printf '%s\n' "$*" >&2; }
die() { log "graph-v1-build: $*"; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
median() {
    printf '%s\n' "$@" | sort -g |
        awk '{ v[NR] = $1 }
             END { printf "%.1f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MiB", b / 1048576 }'; }

[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, not '$runs'"
if [[ ! -d "$corpus" ]]; then
    [[ "${DOCMODEL_REQUIRE_CORPUS:-}" != 1 ]] ||
        die "DOCMODEL_REQUIRE_CORPUS=1 but there is no corpus at $corpus"
    log "graph-v1-build: skipped: no corpus at $corpus"
    exit 0
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/docmodel-graph-v1.XXXXXX")"
if [[ "${KEEP:-}" == 1 ]]; then
    log "graph-v1-build: keeping $tmp"
else
    trap 'rm -rf "$tmp"' EXIT
fi
export CARGO_TARGET_DIR="$tmp/target"
export CARGO_TERM_COLOR=never
unset CARGO_PROFILE_DEV_BUILD_OVERRIDE_OPT_LEVEL CARGO_INCREMENTAL RUSTC_WRAPPER RUSTFLAGS \
    RUSTC_BOOTSTRAP

# --- A snapshot of the workspace, and the crate -------------------------------------------------
src="$tmp/src"
mkdir -p "$src"
tar -C "$root" --exclude=./target --exclude=./.git -cf - . | tar -C "$src" -xf -

name=graph-v1-models
krate="$tmp/$name"
mkdir -p "$krate/src" "$krate/docs"
cp -R "$corpus" "$krate/docs/resources"
pages="$(find "$krate/docs/resources" -name '*.md' | wc -l)"
cat >"$krate/Cargo.toml" <<EOF
[package]
name = "$name"
version = "0.0.0"
edition = "2024"
publish = false

# The crate is a workspace of its own.
[workspace]

[lib]
doctest = false

[dependencies]
docmodel = { path = "$src/docmodel" }

[build-dependencies]
docmodel-build = { path = "$src/build" }
EOF
cat >"$krate/build.rs" <<'EOF'
fn main() {
    docmodel_build::Builder::new()
        .docs(["docs/resources"])
        .write("models.rs")
        .unwrap();
}
EOF
cat >"$krate/src/lib.rs" <<'EOF'
//! All of Graph v1.0's resources, generated by the build script.
include!(concat!(env!("OUT_DIR"), "/models.rs"));
EOF
cp "$src/Cargo.lock" "$krate/Cargo.lock"
(cd "$krate" && cargo update --workspace --offline --quiet) || die "cargo update --offline failed"

# --- Helpers ------------------------------------------------------------------------------------
# timed LOG CMD...: runs CMD in the crate, its output into LOG; prints "SECONDS KIB", the wall
# time and the peak resident memory of the biggest process (GNU time's %M). Fails on failure.
timed() {
    local log="$1" stats="$tmp/time.out"
    shift
    if ! (cd "$krate" && /usr/bin/time -o "$stats" -f '%e %M' "$@") >"$log" 2>&1; then
        tail -n 60 "$log" >&2
        die "failed: $*"
    fi
    tail -n 1 "$stats"
}
cargo_() { timed "$tmp/cargo.log" cargo "$@" --offline --locked; }

# Results: "seconds kib" by figure.
declare -A secs mem
# record FIGURE SETUP... -- CMD...: runs SETUP then times CMD, RUNS times; the median seconds and
# the largest peak memory.
record() {
    local figure="$1" setup=() cmd=() s=() m=0 out i
    shift
    while [[ "$1" != -- ]]; do setup+=("$1"); shift; done
    shift
    cmd=("$@")
    for ((i = 1; i <= runs; i++)); do
        eval "${setup[*]}"
        out="$("${cmd[@]}")"
        s+=("${out% *}")
        ((${out#* } > m)) && m="${out#* }"
    done
    secs[$figure]="$(median "${s[@]}")"
    mem[$figure]="$m"
    log "graph-v1-build: $figure: ${s[*]} s, peak $((m / 1024)) MiB"
}
clean_crate() { (cd "$krate" && cargo clean --offline --quiet -p "$name" "$@"); }
# fresh_crate DIR: the crate must compile again from nothing but its build script stays Fresh.
fresh_crate() {
    touch "$krate/src/lib.rs"
    rm -rf "$CARGO_TARGET_DIR/$1/incremental/${name//-/_}-"*
}

# --- Dependencies -------------------------------------------------------------------------------
phase="$(now)"
log "graph-v1-build: $pages pages; building the dependencies and the crate (debug)"
deps_debug="$(cargo_ build)"
# models_rs: the file the build script wrote last, in debug.
models_rs() { ls -t "$CARGO_TARGET_DIR"/debug/build/"$name"-*/out/models.rs | head -n 1; }
[[ -f "$(models_rs)" ]] || die "the build script wrote no models.rs"
log "graph-v1-build: dependencies (check, release)"
deps_check="$(cargo_ check)"
deps_release="$(cargo_ build --release)"

# --- The figures --------------------------------------------------------------------------------
record build clean_crate -- cargo_ build
cp "$tmp/cargo.log" "$tmp/build.log"
script_bin="$(find "$CARGO_TARGET_DIR/debug/build" -name 'build-script-build' -path "*/$name-*" \
    -type f -perm -u+x | head -n 1)"
[[ -x "$script_bin" ]] || die "no compiled build script found"
mkdir -p "$tmp/script-out"
record script : -- timed "$tmp/script.log" env CARGO_MANIFEST_DIR="$krate" \
    OUT_DIR="$tmp/script-out" "$script_bin"
cmp -s "$tmp/script-out/models.rs" "$(models_rs)" ||
    die "the build script run by itself wrote other code than under cargo"
record build_crate fresh_crate debug -- cargo_ build
record rebuild touch "$krate/src/lib.rs" -- cargo_ build
(cd "$krate" && cargo build --offline --locked -v) >"$tmp/verbose.log" 2>&1
grep -q "Fresh $name" "$tmp/verbose.log" || die "the crate is not Fresh after a build"
record check clean_crate -- cargo_ check
record check_crate fresh_crate debug -- cargo_ check
record release clean_crate --release -- cargo_ build --release
record release_crate touch "$krate/src/lib.rs" -- cargo_ build --release
record doc rm -rf "$CARGO_TARGET_DIR/doc" -- cargo_ doc --no-deps
doc_crate_bytes="$(du -sb "$CARGO_TARGET_DIR/doc/${name//-/_}" | cut -f1)"
doc_all_bytes="$(du -sb "$CARGO_TARGET_DIR/doc" | cut -f1)"
doc_files="$(find "$CARGO_TARGET_DIR/doc" -type f | wc -l)"

# The code and the warnings.
models_rs="$(models_rs)"
code_bytes="$(wc -c <"$models_rs")"
code_lines="$(wc -l <"$models_rs")"
script_warnings="$(grep -c "^warning: $name@" "$tmp/build.log" || true)"
rustc_warnings="$(grep -E '^warning: `'"$name"'` \(lib\) generated' "$tmp/build.log" || true)"
items() { grep -cE "^pub $1 " "$models_rs" || true; }

# --- Where the time goes ------------------------------------------------------------------------
passes_report=""
# passes PROFILE LOG: `cargo rustc --profile PROFILE -- -Z time-passes` of the crate from nothing
# (incremental state removed); the 15 slowest passes, as "  SECONDS  PASS" lines.
passes() {
    fresh_crate "$([[ $1 == release ]] && echo release || echo debug)"
    (cd "$krate" && RUSTC_BOOTSTRAP=1 cargo rustc --offline --locked --profile "$1" --lib \
        -- -Z time-passes) >"$2" 2>&1 || { tail -n 60 "$2" >&2; die "-Z time-passes failed"; }
    grep -E '^time: +[0-9.]+;' "$2" |
        awk '{ t = $2; sub(";", "", t); printf "  %8.1f s  %s\n", t, $NF }' | sort -rg | head -n 15
}
if [[ "${PASSES:-1}" != 0 ]]; then
    # RUSTC_BOOTSTRAP=1 makes cargo rebuild the dependencies that watch it (proc-macro2's build
    # script does), so these come last; they are not in the figures above.
    log "graph-v1-build: -Z time-passes (check, then build) and -Z macro-stats"
    passes_check="$(passes check "$tmp/passes-check.log")"
    passes_dev="$(passes dev "$tmp/passes-dev.log")"
    touch "$krate/src/lib.rs"
    (cd "$krate" && RUSTC_BOOTSTRAP=1 cargo rustc --offline --locked --profile check --lib \
        -- -Z macro-stats) >"$tmp/macros.log" 2>&1 || { tail -n 60 "$tmp/macros.log" >&2; die "macro-stats"; }
    passes_report="$(
        echo "Where rustc's time goes, compiling the crate from nothing (-Z time-passes; the"
        echo "slowest passes; nested passes overlap, and 'total' is rustc's whole run):"
        echo " cargo check:"
        echo "$passes_check"
        echo " cargo build (debug):"
        echo "$passes_dev"
        echo
        echo "What macros expand to (-Z macro-stats: uses, lines and bytes of expanded code):"
        grep -E '^macro-stats' "$tmp/macros.log" | sed 's/^macro-stats/ /' | grep -vE '^ *(=+|-+)$' |
            head -n 18
    )"
fi

# --- Report -------------------------------------------------------------------------------------
verdict() { awk -v s="$1" -v t="$2" 'BEGIN { print (s <= t) ? "ok" : "MISSED" }'; }
failed=0
[[ "$(verdict "${secs[build]}" "$target_build")" == ok ]] || failed=1
[[ "$(verdict "${secs[check_crate]}" "$target_check")" == ok ]] || failed=1
row() { printf '  %-58s %7s s %9s MiB  %s\n' "$1" "${secs[$2]}" "$((mem[$2] / 1024))" "${3:-}"; }

echo
echo "All of Graph v1.0 ($pages resource pages) as one model through docmodel-build, default"
echo "options; $(nproc) cores; $(rustc -V); $(date -u +%Y-%m-%d). Median of $runs run(s), wall"
echo "seconds and peak memory of the biggest process."
echo
echo "Generated: $code_lines lines, $(mib "$code_bytes") of Rust; $(items struct) structs, $(items enum) enums."
echo "Warnings: $script_warnings of the build script (docs flaws a rule decided);" \
    "rustc: ${rustc_warnings:-none}."
echo
echo "Debug (cargo's defaults):"
row "cargo build after cargo clean -p (script built, run; crate)" build \
    "target <= ${target_build} s: $(verdict "${secs[build]}" "$target_build")"
row "  of which the build script's run (run by itself)" script
row "  of which the crate's compile (script Fresh, from nothing)" build_crate
row "rebuild after touch src/lib.rs (incremental, script Fresh)" rebuild
row "cargo check after cargo clean -p (script built, run; crate)" check
row "cargo check, the crate's own (script Fresh, from nothing)" check_crate \
    "target <= ${target_check} s: $(verdict "${secs[check_crate]}" "$target_check")"
echo "Release:"
row "cargo build --release after cargo clean -p" release
row "  of which the crate's compile (script Fresh)" release_crate
echo "Documentation:"
row "cargo doc --no-deps" doc
echo "  target/doc: $(mib "$doc_all_bytes") in $doc_files files; the crate's folder $(mib "$doc_crate_bytes")"
echo
echo "Dependencies first (not in the figures above): debug build ${deps_debug% *} s (crate included),"
echo "check ${deps_check% *} s, release ${deps_release% *} s."
if [[ -n "$passes_report" ]]; then
    echo
    echo "$passes_report"
fi
echo
echo "Total $(elapsed "$script_start" "$(now)") s (setup: snapshot, copy, lock $(elapsed "$script_start" "$phase") s)."
exit "$failed"
