#!/usr/bin/env bash
# What `docmodel::include_models!` and `docmodel-build` cost at compile time.
#
# Times `cargo build` of a crate that invokes the macro, and of a crate whose build script
# generates the same code with docmodel-build and `include!`s it, against a crate holding the
# same code already expanded (what `docmodel show PAGE` prints), for
#   - seed:   the seed page, docs/intune-apps-mobileappinstallstatus-create.md;
#   - corpus: the pages of ../shared/corpus/graph that generate without errors (`docmodel show`
#             exits 0), picked in path order, each against the pages picked before it (copied
#             into the macro crate's docs/), one macro call per page, each in its own
#             `pub mod pNNNN { ... }` because type names could collide across pages; the expanded
#             crate has the same modules with the shown code, each page shown again once all are
#             picked: the macro reads that folder, and a link to a page picked later resolves
#             otherwise. Skipped when ../shared is absent.
#
# The build-script crates (ct-build-seed, ct-build-corpus) are the macro crates' equivalent. Seed:
# `Builder::new().docs([PAGE]).write("models.rs")` in build.rs, and lib.rs
# `include!(concat!(env!("OUT_DIR"), "/models.rs"));`. Corpus: one Builder per page, as there is
# one macro call per page (each page its own model, so the same types and names): build.rs runs
# `Builder::new().docs([PAGE]).write("pNNNN.rs")` for each page in turn, each into its own file of
# OUT_DIR, and lib.rs has `pub mod pNNNN { include!(concat!(env!("OUT_DIR"), "/pNNNN.rs")); }`
# for each, the modules of the other two crates. The script checks that each generated file holds
# the shown code (after its header comment), so the build-script crate compiles the expanded code.
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
# `docmodel show` and the macro run the same engine. The crates live in two temporary workspaces,
# `ws` (the macro and expanded crates) and `ws-build` (the build-script crates: docmodel-build
# turns on a feature of the engine, and cargo unifies features within the packages of one build,
# so in one workspace `cargo build -p` and `cargo build --workspace` would build docmodel two
# ways). They depend on the snapshot's docmodel by path only, use its Cargo.lock (updated offline
# for the new members), build with `--offline --locked`, and share one CARGO_TARGET_DIR. Each
# configuration is warmed with one build of each whole temporary workspace and of each crate
# alone; a measured run then touches the crate's src/lib.rs and rebuilds it alone (dependencies
# are fresh, only the crate compiles), RUNS times, macro, build-script and expanded runs
# alternating; the table shows medians. A `cargo build` with nothing to do is timed too, in each
# workspace: cargo's own overhead, which is in every figure (a build-script crate's is larger:
# cargo also checks the build script's dependencies and the files it watches).
#
# It also checks that touching one doc rebuilds only the crate that includes it (`cargo build -v`):
# for a build-script crate, that its build script runs again. And that in every measured rebuild
# of a build-script crate (touch src/lib.rs) the build script did not run: `cargo build -v` shows
# the crate Dirty because of src/lib.rs, rustc compiling it, and no build script running.
#
# Targets, in debug: the macro crate at most 1.10x the expanded crate (reported); the build-script
# crate at most 1.05x (the script fails when it is over).
#
# Usage:   scripts/compile-time.sh               (about 12 minutes with the corpus on 2 cores)
# Options (environment):
#   RUNS=7                     measured rebuilds per crate and configuration (single rebuilds
#                              vary by 15%)
#   KEEP=1                     keep the temporary folder (its path is printed)
#   CORPUS=DIR                 the corpus folder (default ../shared/corpus/graph)
#   DOCMODEL_REQUIRE_CORPUS=1  fail rather than skip without a corpus (as .ci/run sets it)
# Needs:   the dependencies in cargo's cache (it never goes online). hyperfine is not used.
# Exit:    non-zero if something fails to build, a rebuild check fails, or a build-script crate
#          is over its target in debug.
set -euo pipefail
shopt -s inherit_errexit

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${CORPUS:-$(cd "$root/.." && pwd)/shared/corpus/graph}"
seed_rel="docs/intune-apps-mobileappinstallstatus-create.md"
runs="${RUNS:-7}"
target_ratio="1.10"
target_build_ratio="1.05"
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
ws_build="$tmp/ws-build"
mkdir -p "$ws" "$ws_build"
# dir CRATE: the folder of CRATE; ws_of CRATE: the folder of its workspace.
ws_of() { if [[ "$1" == ct-build-* ]]; then echo "$ws_build"; else echo "$ws"; fi; }
dir() { echo "$(ws_of "$1")/$1"; }

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
    mkdir -p "$(dir "$1")/src"
    cat >"$(dir "$1")/Cargo.toml" <<EOF
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
docmodel = { path = "$src/docmodel" }
EOF
}

# new_build_crate NAME: the same, plus docmodel-build for its build script (which the caller
# writes, with the crate's docs).
new_build_crate() {
    new_crate "$1"
    printf '\n[build-dependencies]\ndocmodel-build = { path = "%s" }\n' "$src/build" \
        >>"$(dir "$1")/Cargo.toml"
}

# show DIR PAGE: the code generated for PAGE, a path relative to DIR written as the macro in
# DIR's crate writes it (so that the rustdoc of both crates names the same path). Fails on a page
# with problems.
show() { (cd "$1" && "$cli" show "$2"); }

# build_rs PAGE MODULE...: a build script that writes the code of each PAGE, its own model, into
# MODULE.rs of OUT_DIR (the arguments alternate).
build_rs() {
    printf '//! One model per page, as the macro crate has one call per page.\n\n'
    printf '/// Each page, and the file of OUT_DIR its code goes to.\n'
    printf 'const PAGES: &[(&str, &str)] = &[\n'
    while (($# > 0)); do
        printf '    ("%s", "%s.rs"),\n' "$1" "$2"
        shift 2
    done
    printf '];\n\nfn main() {\n    for (page, file) in PAGES {\n'
    printf '        docmodel_build::Builder::new()\n            .docs([*page])\n'
    printf '            .write(file)\n            .unwrap();\n    }\n}\n'
}

# include_out FILE: lib.rs's line that includes FILE of OUT_DIR.
include_out() { printf 'include!(concat!(env!("OUT_DIR"), "/%s"));\n' "$1"; }

members=(ct-macro-seed ct-build-seed ct-expanded-seed)
new_crate ct-macro-seed
new_build_crate ct-build-seed
new_crate ct-expanded-seed
mkdir -p "$ws/ct-macro-seed/docs" "$ws_build/ct-build-seed/docs"
cp "$src/$seed_rel" "$ws/ct-macro-seed/docs/"
cp "$src/$seed_rel" "$ws_build/ct-build-seed/docs/"
printf '//! The seed page through the macro.\n\ndocmodel::include_models!("%s");\n' "$seed_rel" \
    >"$ws/ct-macro-seed/src/lib.rs"
cat >"$ws_build/ct-build-seed/build.rs" <<EOF
fn main() {
    docmodel_build::Builder::new()
        .docs(["$seed_rel"])
        .write("models.rs")
        .unwrap();
}
EOF
{
    printf '//! The seed page through the build script.\n\n'
    include_out models.rs
} >"$ws_build/ct-build-seed/src/lib.rs"
mkdir -p "$tmp/shown/seed" "$tmp/shown/corpus"
show "$ws/ct-macro-seed" "$seed_rel" >"$tmp/shown/seed/models.rs" ||
    die "docmodel show failed on the seed page"
{
    printf '//! The seed page, expanded.\n\n'
    cat "$tmp/shown/seed/models.rs"
} >"$ws/ct-expanded-seed/src/lib.rs"

corpus_pages=0
corpus_total=0
if [[ -d "$corpus" ]]; then
    log "compile-time: picking the corpus pages that generate without errors"
    new_crate ct-macro-corpus
    new_build_crate ct-build-corpus
    new_crate ct-expanded-corpus
    macro_dir="$ws/ct-macro-corpus"
    macro_lib="$macro_dir/src/lib.rs"
    build_lib="$ws_build/ct-build-corpus/src/lib.rs"
    expanded_lib="$ws/ct-expanded-corpus/src/lib.rs"
    printf '//! The corpus pages that generate, through the macro.\n' >"$macro_lib"
    printf '//! The corpus pages that generate, through the build script.\n' >"$build_lib"
    printf '//! The corpus pages that generate, expanded.\n' >"$expanded_lib"
    build_pages=() # page, module, page, module...
    shown="$tmp/shown.rs"
    # Which pages: in path order, each page that generates against the pages picked before it
    # (copied into the macro crate's docs; a page that does not generate is removed again).
    while IFS= read -r -d '' page; do
        corpus_total=$((corpus_total + 1))
        rel="docs/${page#"$corpus"/}"
        mkdir -p "$(dirname "$macro_dir/$rel")"
        cp "$page" "$macro_dir/$rel"
        if show "$macro_dir" "$rel" >/dev/null 2>&1; then
            corpus_pages=$((corpus_pages + 1))
            build_pages+=("$rel" "$(printf 'p%04d' "$corpus_total")")
        else
            rm "$macro_dir/$rel" # the macro crate holds only the docs it reads
        fi
    done < <(find "$corpus" -name '*.md' ! -path "$corpus/SOURCE.md" -print0 | sort -z)
    log "compile-time: $corpus_pages of $corpus_total corpus pages generate without errors"
    # Their code: each shown again against all the picked pages, which is the folder the macro and
    # the build script read (a link to a page picked later is resolved now, as they resolve it).
    for ((i = 0; i < ${#build_pages[@]}; i += 2)); do
        rel="${build_pages[i]}" module="${build_pages[i + 1]}"
        show "$macro_dir" "$rel" >"$shown" ||
            die "$rel no longer generates with all the picked pages beside it"
        printf '\n/// `%s`\npub mod %s {\n    docmodel::include_models!("%s");\n}\n' \
            "$rel" "$module" "$rel" >>"$macro_lib"
        { printf '\n/// `%s`\npub mod %s {\n' "$rel" "$module"; cat "$shown"; printf '}\n'; } \
            >>"$expanded_lib"
        { printf '\n/// `%s`\npub mod %s {\n    ' "$rel" "$module"; include_out "$module.rs"
          printf '}\n'; } >>"$build_lib"
        cp "$shown" "$tmp/shown/corpus/$module.rs"
        [[ -n "${first_doc:-}" ]] || first_doc="$rel"
    done
    if ((corpus_pages > 0)); then
        # The build-script crate reads the same docs as the macro crate.
        (cd "$macro_dir" && tar -cf - docs) | tar -C "$ws_build/ct-build-corpus" -xf -
        build_rs "${build_pages[@]}" >"$ws_build/ct-build-corpus/build.rs"
        members+=(ct-macro-corpus ct-build-corpus ct-expanded-corpus)
    fi
else
    [[ -z "${DOCMODEL_REQUIRE_CORPUS:-}" ]] ||
        die "DOCMODEL_REQUIRE_CORPUS is set but there is no corpus at $corpus"
    log "compile-time: no corpus at $corpus: the corpus part is skipped"
fi

for w in "$ws" "$ws_build"; do
    {
        printf '[workspace]\nresolver = "3"\nmembers = ['
        for member in "${members[@]}"; do
            [[ "$(ws_of "$member")" != "$w" ]] || printf '"%s", ' "$member"
        done
        printf ']\n'
    } >"$w/Cargo.toml"
    cp "$src/Cargo.lock" "$w/Cargo.lock"
    (cd "$w" && cargo update --workspace --offline --quiet) || die "cargo update --offline failed"
done
setup_seconds="$(elapsed "$phase" "$(now)")"

# build WS ARGS...: cargo build in the temporary workspace WS; prints cargo's output only on
# failure.
build() {
    local out="$tmp/build.log" w="$1"
    shift
    if ! (cd "$w" && cargo build --offline --locked "$@") >"$out" 2>&1; then
        cat "$out" >&2
        die "cargo build $* failed"
    fi
}

# time_rebuild CRATE: seconds to rebuild CRATE after touching its src/lib.rs (`cargo build -v`,
# whose output, left in $tmp/build.log, says what ran).
time_rebuild() {
    touch "$(dir "$1")/src/lib.rs"
    local start
    start="$(now)"
    build "$(ws_of "$1")" -p "$1" -v
    elapsed "$start" "$(now)"
}

# script_ran CRATE LOG: whether the `cargo build -v` output LOG shows CRATE's build script running.
script_ran() { grep -q "Running \`[^\`]*/build/$1-[0-9a-f]*/build-script-build\`" "$2"; }

# script_fresh CRATE: after time_rebuild CRATE, its build script must not have run, while the
# crate compiled because its src/lib.rs changed; a failure is recorded.
script_fresh() {
    local out="$tmp/build.log"
    if grep -q "Dirty $1 .*: the file \`$1/src/lib.rs\` has changed" "$out" &&
        ! script_ran "$1" "$out" &&
        grep -q "Running \`[^\`]*--crate-name ${1//-/_} " "$out"; then
        fresh_runs=$((fresh_runs + 1))
    else
        checks+=("FAIL: a rebuild of $1 after touching src/lib.rs ran its build script, or compiled nothing: $(grep -E "Dirty $1|build/$1-|--crate-name ${1//-/_} " "$out" | cut -c1-160 | tr '\n' ' ')")
        check_failed=1
    fi
}

# Results, by "config/part": medians in seconds.
declare -A macro_s build_s expanded_s noop_s noop_build_s warm_s
rows=()
checks=()
check_failed=0
fresh_runs=0

# measure CONFIG PART: RUNS alternating rebuilds of ct-macro-PART, ct-build-PART and
# ct-expanded-PART (the build script Fresh in each of ct-build-PART's).
measure() {
    local config="$1" part="$2" m=() b=() e=() i
    for ((i = 1; i <= runs; i++)); do
        m+=("$(time_rebuild "ct-macro-$part")")
        b+=("$(time_rebuild "ct-build-$part")")
        script_fresh "ct-build-$part"
        e+=("$(time_rebuild "ct-expanded-$part")")
    done
    macro_s[$config/$part]="$(median "${m[@]}")"
    build_s[$config/$part]="$(median "${b[@]}")"
    expanded_s[$config/$part]="$(median "${e[@]}")"
    log "compile-time: $config/$part: macro ${m[*]} s; build script ${b[*]} s; expanded ${e[*]} s"
    rows+=("$config/$part")
}

# configure CONFIG: warms the whole temporary workspace, times a no-op build, measures each part.
configure() {
    local config="$1" start noop=() noop_build=() i
    log "compile-time: $config: warming (one build of every crate)"
    start="$(now)"
    build "$ws" --workspace
    build "$ws_build" --workspace
    for member in "${members[@]}"; do build "$(ws_of "$member")" -p "$member"; done
    warm_s[$config]="$(elapsed "$start" "$(now)")"
    for ((i = 1; i <= runs; i++)); do
        start="$(now)"
        build "$ws" --workspace
        noop+=("$(elapsed "$start" "$(now)")")
        start="$(now)"
        build "$ws_build" --workspace
        noop_build+=("$(elapsed "$start" "$(now)")")
    done
    noop_s[$config]="$(median "${noop[@]}")"
    noop_build_s[$config]="$(median "${noop_build[@]}")"
    measure "$config" seed
    if ((corpus_pages > 0)); then measure "$config" corpus; fi
}

# rebuild_check DOC CRATE: touching DOC (in CRATE's docs/) must recompile CRATE and nothing else.
rebuild_check() {
    local doc="$1" crate="$2" out="$tmp/verbose.log" compiled reason
    touch "$(dir "$crate")/$doc"
    (cd "$(ws_of "$crate")" && cargo build --offline --locked --workspace -v) >"$out" 2>&1 ||
        { cat "$out" >&2; die "cargo build -v failed"; }
    compiled="$(awk '$1 == "Compiling" && !seen[$2]++ { printf "%s%s", sep, $2; sep = " " }' "$out")"
    if [[ "$crate" == ct-build-* ]] && ! script_ran "$crate" "$out"; then
        checks+=("FAIL: touching $crate/$doc did not run its build script again")
        check_failed=1
    elif [[ "$compiled" == "$crate" ]]; then
        # cargo -v says why: "Dirty CRATE (...): the file `DOC` has changed (times)".
        reason="$(grep -m1 "Dirty $crate" "$out" | sed -e 's/^ *Dirty [^:]*: //' -e 's/ ([0-9].*//')"
        checks+=("ok:   touching $crate/$doc recompiles only $crate ($reason)")
    else
        checks+=("FAIL: touching $crate/$doc recompiles: ${compiled:-nothing}")
        check_failed=1
    fi
}

# same_code PART: each file the build script of ct-build-PART wrote holds, after its header
# comment (up to the first empty line), the code `docmodel show` printed for its page.
same_code() {
    local part="$1" out_dir shown_file files=0 differ=()
    out_dir="$(ls -dt "$CARGO_TARGET_DIR"/debug/build/ct-build-"$part"-*/out | head -n 1)"
    for shown_file in "$tmp/shown/$part"/*.rs; do
        files=$((files + 1))
        sed '1,/^$/d' "$out_dir/$(basename "$shown_file")" | cmp -s - "$shown_file" ||
            differ+=("$(basename "$shown_file")")
    done
    if ((${#differ[@]} == 0)); then
        checks+=("ok:   the build script of ct-build-$part wrote the shown code ($files files)")
    else
        checks+=("FAIL: ct-build-$part: other code than docmodel show's in ${differ[*]}")
        check_failed=1
    fi
}

configure debug
same_code seed
rebuild_check "$seed_rel" ct-macro-seed
rebuild_check "$seed_rel" ct-build-seed
if ((corpus_pages > 0)); then
    same_code corpus
    rebuild_check "$first_doc" ct-macro-corpus
    rebuild_check "$first_doc" ct-build-corpus
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

# verdict RATIO TARGET: ok or over.
verdict() { awk -v r="$1" -v t="$2" 'BEGIN { print (r <= t) ? "ok" : "over" }'; }
# net X E N: the ratio of X to E with N (a no-op build) taken off both.
net() { awk -v x="$1" -v e="$2" -v n="$3" 'BEGIN { printf (e > n) ? "%.2f" : "-", (x - n) / (e - n) }'; }
# net_b B NB E N: the ratio of B to E with each one's workspace's no-op build (NB, N) taken off.
net_b() {
    awk -v b="$1" -v nb="$2" -v e="$3" -v n="$4" \
        'BEGIN { printf (e > n && b > nb) ? "%.2f" : "-", (b - nb) / (e - n) }'
}

ratio_failed=0
echo
echo "Compile time of the macro and of the build script (docmodel-build, then include!) against"
echo "the same code expanded: median of $runs rebuilds of the crate alone (touch src/lib.rs,"
echo "cargo build -v), in seconds, cargo's overhead included."
echo
printf '%-36s %7s %8s %8s %11s %11s %7s %7s\n' "" "macro" "build.rs" "expanded" "macro/exp" \
    "build.rs/exp" "net m" "net b"
for row in "${rows[@]}"; do
    config="${row%/*}"
    m="${macro_s[$row]}" b="${build_s[$row]}" e="${expanded_s[$row]}" n="${noop_s[$config]}"
    nb="${noop_build_s[$config]}"
    rm_="$(ratio "$m" "$e")" rb="$(ratio "$b" "$e")"
    vm="$(verdict "$rm_" "$target_ratio")" vb="$(verdict "$rb" "$target_build_ratio")"
    if [[ "$config" == debug && "$vb" == over ]]; then ratio_failed=1; fi
    printf '%-36s %7s %8s %8s %11s %11s %7s %7s\n' "$(describe "$row")" "$m" "$b" "$e" \
        "$rm_ $vm" "$rb $vb" "$(net "$m" "$e" "$n")" "$(net_b "$b" "$nb" "$e" "$n")"
done
echo
echo "macro/exp: target <= $target_ratio; build.rs/exp: target <= $target_build_ratio (the script"
echo "fails when it is over in debug); the verdicts are against the same targets in every"
echo "configuration. net m, net b: the ratios with a no-op build's time of each one's workspace"
echo "taken off both (cargo's overhead: debug ${noop_s[debug]} s, opt3 ${noop_s[opt3]} s, noincr"
echo "${noop_s[noincr]} s; in the workspace of the build-script crates ${noop_build_s[debug]} s,"
echo "${noop_build_s[opt3]} s, ${noop_build_s[noincr]} s)."
echo "In all $fresh_runs measured rebuilds of a build-script crate, cargo -v showed it Dirty because"
echo "its src/lib.rs changed, ran rustc on it, and did not run its build script."
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
exit "$((check_failed || ratio_failed))"
