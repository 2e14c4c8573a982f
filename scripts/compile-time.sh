#!/usr/bin/env bash
# What `docmodel::include_models!` costs at compile time.
#
# Times `cargo build` of a crate that invokes the macro against a crate holding the same code
# already expanded (what `docmodel show PAGE` prints), for
#   - seed:   the seed page, docs/intune-apps-mobileappinstallstatus-create.md;
#   - corpus: every page of ../shared/corpus/graph that generates without errors (`docmodel show`
#             exits 0), one macro call per page, each in its own `pub mod pNNNN { ... }` because
#             type names could collide across pages; the expanded crate has the same modules
#             with the shown code. Skipped when ../shared is absent.
#
# Three configurations:
#   - debug:  a plain `cargo build` (proc-macros unoptimized, incremental): the target, macro at
#             most 1.10x the expanded code;
#   - opt3:   the same with `[profile.dev.build-override] opt-level = 3`, set through
#             CARGO_PROFILE_DEV_BUILD_OVERRIDE_OPT_LEVEL=3: the proc-macro built optimized;
#   - noincr: debug with CARGO_INCREMENTAL=0. After a touch, incremental rustc reuses most of the
#             expanded crate's work, while the macro always runs again; this shows a full compile.
#
# How: everything is built from a snapshot of this workspace taken at the start (others may edit
# it meanwhile, and a changed docmodel would rebuild in the middle of a measurement), so
# `docmodel show` and the macro run the same engine. The crates live in a temporary workspace,
# depend on the snapshot's docmodel by path only, use its Cargo.lock (updated offline for the new
# members), build with `--offline --locked`, and share one CARGO_TARGET_DIR. Each configuration
# is warmed with one build of the whole temporary workspace; a measured run then touches the
# crate's src/lib.rs and rebuilds it alone (dependencies are fresh, only the crate compiles),
# RUNS times, macro and expanded runs alternating; the table shows medians. A `cargo build` with
# nothing to do is timed too: cargo's own overhead, which is in every figure.
#
# It also checks that touching one doc rebuilds only the crate that includes it (`cargo build -v`).
#
# Usage:   scripts/compile-time.sh               (about 2-3 minutes with the corpus)
# Options (environment):
#   RUNS=7                     measured rebuilds per crate and configuration (single rebuilds
#                              vary by 15%)
#   KEEP=1                     keep the temporary folder (its path is printed)
#   CORPUS=DIR                 the corpus folder (default ../shared/corpus/graph)
#   DOCMODEL_REQUIRE_CORPUS=1  fail rather than skip without a corpus (as .ci/run sets it)
# Needs:   the dependencies in cargo's cache (it never goes online). hyperfine is not used.
# Exit:    non-zero only if something fails to build or the rebuild check fails.
set -euo pipefail
shopt -s inherit_errexit

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${CORPUS:-$(cd "$root/.." && pwd)/shared/corpus/graph}"
seed_rel="docs/intune-apps-mobileappinstallstatus-create.md"
runs="${RUNS:-7}"
target_ratio="1.10"
script_start="$(date +%s.%N)"

log() { printf '%s\n' "$*" >&2; }
die() { log "compile-time: $*"; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
# The median of the numbers given as arguments.
median() {
    printf '%s\n' "$@" | sort -g |
        awk '{ v[NR] = $1 }
             END { printf "%.3f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, not '$runs'"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/docmodel-compile-time.XXXXXX")"
if [[ "${KEEP:-}" == 1 ]]; then
    log "compile-time: keeping $tmp"
else
    trap 'rm -rf "$tmp"' EXIT
fi
ws="$tmp/ws"
mkdir -p "$ws"

export CARGO_TARGET_DIR="$tmp/target"
export CARGO_TERM_COLOR=never
unset CARGO_PROFILE_DEV_BUILD_OVERRIDE_OPT_LEVEL CARGO_INCREMENTAL RUSTC_WRAPPER

# --- A snapshot of the workspace, and its `docmodel` command -----------------------------------
phase="$(now)"
src="$tmp/src"
mkdir -p "$src"
tar -C "$root" --exclude=./target --exclude=./.git -cf - . | tar -C "$src" -xf -
log "compile-time: building docmodel-cli from a snapshot of $root"
cli="$(cd "$src" && cargo build --offline --quiet -p docmodel-cli \
    --message-format=json-render-diagnostics |
    sed -n 's/.*"executable":"\([^"]*\)".*/\1/p' | tail -n 1)"
[[ -x "$cli" ]] || die "could not find the docmodel executable after building docmodel-cli"

# --- The temporary crates ----------------------------------------------------------------------
# new_crate NAME: a member of the temporary workspace whose only dependency is docmodel.
new_crate() {
    mkdir -p "$ws/$1/src"
    cat >"$ws/$1/Cargo.toml" <<EOF
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
docmodel = { path = "$src/docmodel" }
EOF
}

# show DIR PAGE: the code generated for PAGE, a path relative to DIR written as the macro in
# DIR's crate writes it (so that the rustdoc of both crates names the same path). Fails on a page
# with problems.
show() { (cd "$1" && "$cli" show "$2"); }

members=(ct-macro-seed ct-expanded-seed)
new_crate ct-macro-seed
new_crate ct-expanded-seed
mkdir -p "$ws/ct-macro-seed/docs"
cp "$src/$seed_rel" "$ws/ct-macro-seed/docs/"
printf '//! The seed page through the macro.\n\ndocmodel::include_models!("%s");\n' "$seed_rel" \
    >"$ws/ct-macro-seed/src/lib.rs"
{
    printf '//! The seed page, expanded.\n\n'
    show "$ws/ct-macro-seed" "$seed_rel" || die "docmodel show failed on the seed page"
} >"$ws/ct-expanded-seed/src/lib.rs"

corpus_pages=0
corpus_total=0
if [[ -d "$corpus" ]]; then
    log "compile-time: picking the corpus pages that generate without errors"
    new_crate ct-macro-corpus
    new_crate ct-expanded-corpus
    macro_dir="$ws/ct-macro-corpus"
    macro_lib="$macro_dir/src/lib.rs"
    expanded_lib="$ws/ct-expanded-corpus/src/lib.rs"
    printf '//! The corpus pages that generate, through the macro.\n' >"$macro_lib"
    printf '//! The corpus pages that generate, expanded.\n' >"$expanded_lib"
    shown="$tmp/shown.rs"
    while IFS= read -r -d '' page; do
        corpus_total=$((corpus_total + 1))
        rel="docs/${page#"$corpus"/}"
        module="$(printf 'p%04d' "$corpus_total")"
        mkdir -p "$(dirname "$macro_dir/$rel")"
        cp "$page" "$macro_dir/$rel"
        if show "$macro_dir" "$rel" >"$shown" 2>/dev/null; then
            corpus_pages=$((corpus_pages + 1))
            printf '\n/// `%s`\npub mod %s {\n    docmodel::include_models!("%s");\n}\n' \
                "$rel" "$module" "$rel" >>"$macro_lib"
            { printf '\n/// `%s`\npub mod %s {\n' "$rel" "$module"; cat "$shown"; printf '}\n'; } \
                >>"$expanded_lib"
        else
            rm "$macro_dir/$rel" # the macro crate holds only the docs it reads
        fi
    done < <(find "$corpus" -name '*.md' ! -path "$corpus/SOURCE.md" -print0 | sort -z)
    log "compile-time: $corpus_pages of $corpus_total corpus pages generate without errors"
    if ((corpus_pages > 0)); then
        members+=(ct-macro-corpus ct-expanded-corpus)
    fi
else
    [[ -z "${DOCMODEL_REQUIRE_CORPUS:-}" ]] ||
        die "DOCMODEL_REQUIRE_CORPUS is set but there is no corpus at $corpus"
    log "compile-time: no corpus at $corpus: the corpus part is skipped"
fi

{
    printf '[workspace]\nresolver = "3"\nmembers = ['
    printf '"%s", ' "${members[@]}"
    printf ']\n'
} >"$ws/Cargo.toml"
cp "$src/Cargo.lock" "$ws/Cargo.lock"
(cd "$ws" && cargo update --workspace --offline --quiet) || die "cargo update --offline failed"
setup_seconds="$(elapsed "$phase" "$(now)")"

# build ARGS...: cargo build in the temporary workspace; prints cargo's output only on failure.
build() {
    local out="$tmp/build.log"
    if ! (cd "$ws" && cargo build --offline --locked "$@") >"$out" 2>&1; then
        cat "$out" >&2
        die "cargo build $* failed"
    fi
}

# time_rebuild CRATE: seconds to rebuild CRATE after touching its src/lib.rs.
time_rebuild() {
    touch "$ws/$1/src/lib.rs"
    local start
    start="$(now)"
    build -p "$1"
    elapsed "$start" "$(now)"
}

# Results, by "config/part": medians in seconds.
declare -A macro_s expanded_s noop_s warm_s
rows=()

# measure CONFIG PART: RUNS alternating rebuilds of ct-macro-PART and ct-expanded-PART.
measure() {
    local config="$1" part="$2" m=() e=() i
    for ((i = 1; i <= runs; i++)); do
        m+=("$(time_rebuild "ct-macro-$part")")
        e+=("$(time_rebuild "ct-expanded-$part")")
    done
    macro_s[$config/$part]="$(median "${m[@]}")"
    expanded_s[$config/$part]="$(median "${e[@]}")"
    log "compile-time: $config/$part: macro ${m[*]} s; expanded ${e[*]} s"
    rows+=("$config/$part")
}

# configure CONFIG: warms the whole temporary workspace, times a no-op build, measures each part.
configure() {
    local config="$1" start noop=() i
    log "compile-time: $config: warming (one build of every crate)"
    start="$(now)"
    build --workspace
    warm_s[$config]="$(elapsed "$start" "$(now)")"
    for ((i = 1; i <= runs; i++)); do
        start="$(now)"
        build --workspace
        noop+=("$(elapsed "$start" "$(now)")")
    done
    noop_s[$config]="$(median "${noop[@]}")"
    measure "$config" seed
    if ((corpus_pages > 0)); then measure "$config" corpus; fi
}

# rebuild_check DOC CRATE: touching DOC (in CRATE's docs/) must recompile CRATE and nothing else.
rebuild_check() {
    local doc="$1" crate="$2" out="$tmp/verbose.log" compiled reason
    touch "$ws/$crate/$doc"
    (cd "$ws" && cargo build --offline --locked --workspace -v) >"$out" 2>&1 ||
        { cat "$out" >&2; die "cargo build -v failed"; }
    compiled="$(awk '$1 == "Compiling" { printf "%s%s", sep, $2; sep = " " }' "$out")"
    if [[ "$compiled" == "$crate" ]]; then
        # cargo -v says why: "Dirty CRATE (...): the file `DOC` has changed (times)".
        reason="$(grep -m1 "Dirty $crate" "$out" | sed -e 's/^ *Dirty [^:]*: //' -e 's/ ([0-9].*//')"
        checks+=("ok:   touching $crate/$doc recompiles only $crate ($reason)")
    else
        checks+=("FAIL: touching $crate/$doc recompiles: ${compiled:-nothing}")
        check_failed=1
    fi
}

configure debug
checks=()
check_failed=0
rebuild_check "$seed_rel" ct-macro-seed
if ((corpus_pages > 0)); then
    first_doc="$(cd "$ws/ct-macro-corpus" && find docs -name '*.md' | sort | awk 'NR == 1')"
    rebuild_check "$first_doc" ct-macro-corpus
fi
export CARGO_PROFILE_DEV_BUILD_OVERRIDE_OPT_LEVEL=3
configure opt3
unset CARGO_PROFILE_DEV_BUILD_OVERRIDE_OPT_LEVEL
export CARGO_INCREMENTAL=0
configure noincr
unset CARGO_INCREMENTAL

# --- Report ------------------------------------------------------------------------------------
describe() {
    case "$1" in
    debug/seed) echo "seed, debug" ;;
    opt3/seed) echo "seed, opt3 (proc-macro optimized)" ;;
    noincr/seed) echo "seed, noincr (not incremental)" ;;
    debug/corpus) echo "corpus ($corpus_pages pages), debug" ;;
    opt3/corpus) echo "corpus ($corpus_pages pages), opt3" ;;
    noincr/corpus) echo "corpus ($corpus_pages pages), noincr" ;;
    esac
}

echo
echo "Compile time of the macro against the same code expanded: median of $runs rebuilds of the"
echo "crate alone (touch src/lib.rs, cargo build), in seconds, cargo's overhead included."
echo
printf '%-36s %9s %9s %7s %8s %13s\n' "" "macro" "expanded" "ratio" "target" "ratio-noop"
for row in "${rows[@]}"; do
    config="${row%/*}"
    m="${macro_s[$row]}" e="${expanded_s[$row]}" n="${noop_s[$config]}"
    r="$(ratio "$m" "$e")"
    verdict="$(awk -v r="$r" -v t="$target_ratio" 'BEGIN { print (r <= t) ? "ok" : "over" }')"
    net="$(awk -v m="$m" -v e="$e" -v n="$n" \
        'BEGIN { printf (e > n) ? "%.2f" : "-", (m - n) / (e - n) }')"
    printf '%-36s %9s %9s %7s %8s %13s\n' "$(describe "$row")" "$m" "$e" "$r" \
        "$verdict" "$net"
done
echo
echo "ratio: macro/expanded (target <= $target_ratio, for debug); ratio-noop: the same with a"
echo "no-op build's time (cargo's overhead: debug ${noop_s[debug]} s, opt3 ${noop_s[opt3]} s,"
echo "noincr ${noop_s[noincr]} s) taken off both."
if [[ ! -d "$corpus" ]]; then
    echo "corpus: skipped (no $corpus)"
elif ((corpus_pages == 0)); then
    echo "corpus: skipped ($corpus_total pages found, none generates)"
fi
echo
echo "Rebuilds:"
printf '  %s\n' "${checks[@]}"
echo
echo "Script: setup (snapshot, docmodel-cli, crates, page selection) ${setup_seconds} s;"
echo "warm builds: debug ${warm_s[debug]} s, opt3 ${warm_s[opt3]} s, noincr ${warm_s[noincr]} s;"
echo "total $(elapsed "$script_start" "$(now)") s."
exit "$check_failed"
