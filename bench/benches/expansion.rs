//! What the macro costs at compile time, against the floor: a bare pulldown-cmark parse.
//!
//! Two comparisons, each `bare_parse` (pulldown-cmark's offset iterator with the options the
//! engine uses, fully consumed) against `codegen` (`docmodel_codegen::generate`: Markdown to
//! tokens, everything the proc-macro does but reading the file):
//!
//! - `seed`: the seed page, `docs/intune-apps-mobileappinstallstatus-create.md`;
//! - `corpus`: every page of the Microsoft Graph corpus in `../shared/corpus/graph` (read at run
//!   time; skipped when the folder is absent, unless `DOCMODEL_REQUIRE_CORPUS` is set), one
//!   `generate` call per page as the macro makes them. Most corpus pages give diagnostics rather
//!   than tokens: `generate` still reads and resolves the whole page, so both outcomes are timed,
//!   and counted once.
//!
//! The targets: codegen at most 5x the bare parse, and the whole corpus in under 100 ms on one
//! core, with the engine optimized.
//!
//! Outside the compiler proc-macro2 builds its own token trees, so `codegen` leaves out handing
//! the tokens to rustc; `scripts/compile-time.sh` measures the macro inside real builds.
//!
//! ```sh
//! cargo bench -p docmodel-bench --bench expansion                # optimized (`bench` profile)
//! cargo bench -p docmodel-bench --bench expansion --profile dev  # unoptimized, like `cargo build`
//! cargo test -p docmodel-bench --bench expansion                 # each benchmark once, untimed
//! ```
//!
//! Criterion writes to `<target>/criterion/expansion-<profile>/`; after its summary the
//! benchmark prints one line per comparison from the `estimates.json` files of this run.

use criterion::{BenchmarkGroup, Criterion, SamplingMode, Throughput, measurement::WallTime};
use docmodel_codegen::Doc;
use pulldown_cmark::{Options, Parser};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// The seed page, relative to the workspace root.
const SEED: &str = "docs/intune-apps-mobileappinstallstatus-create.md";

/// What the engine passes to pulldown-cmark (`codegen/src/markdown/mod.rs`).
const OPTIONS: Options = Options::ENABLE_TABLES.union(Options::ENABLE_YAML_STYLE_METADATA_BLOCKS);

/// One page, read before any timing.
struct Page {
    /// Its path as a macro call would write it; rustdoc and diagnostics name it.
    path: String,
    bytes: Vec<u8>,
}

impl Page {
    fn doc(&self) -> Doc<'_> {
        Doc {
            path: &self.path,
            bytes: &self.bytes,
            in_folder: false,
        }
    }

    /// The text as the engine sees it: without a byte order mark; `None` if not UTF-8.
    fn text(&self) -> Option<&str> {
        let bytes = self
            .bytes
            .strip_prefix(b"\xEF\xBB\xBF")
            .unwrap_or(&self.bytes);
        std::str::from_utf8(bytes).ok()
    }
}

fn main() {
    let started = SystemTime::now();
    let output = output_directory();
    let mut criterion = Criterion::default()
        .output_directory(&output)
        .configure_from_args();
    // What `docmodel show` passes (the macro passes `$crate`).
    let krate = "::docmodel"
        .parse()
        .expect("`::docmodel` is a valid token stream");
    // The engine's whole job for one doc, as the proc-macro calls it; `true` if it gave tokens.
    // (A closure, because this crate does not depend on proc-macro2 to name `krate`'s type.)
    let codegen = |doc: Doc<'_>| black_box(docmodel_codegen::generate(&[doc], &krate)).is_ok();

    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let seed = Page {
        path: SEED.to_owned(),
        bytes: std::fs::read(workspace.join(SEED)).expect("the seed page is in the workspace"),
    };
    let seed_pages = [seed];
    println!(
        "expansion: engine built {}; criterion output in {}",
        build_kind(),
        output.display()
    );
    let mut group = criterion.benchmark_group("seed");
    compare(&mut group, &seed_pages, &codegen);
    group.finish();

    let corpus_dir = workspace.join("../shared/corpus/graph");
    let corpus = if corpus_dir.is_dir() {
        read_corpus(&corpus_dir)
    } else {
        Vec::new()
    };
    if corpus.is_empty() {
        assert!(
            std::env::var_os("DOCMODEL_REQUIRE_CORPUS").is_none(),
            "DOCMODEL_REQUIRE_CORPUS is set but there is no corpus at {}",
            corpus_dir.display()
        );
        println!(
            "expansion: no corpus at {}: the corpus part is skipped",
            corpus_dir.display()
        );
    } else {
        report_outcomes(&corpus, &codegen);
        let mut group = criterion.benchmark_group("corpus");
        // One iteration is the whole corpus (over half a second unoptimized): fewer samples,
        // each of the same number of iterations.
        group
            .sampling_mode(SamplingMode::Flat)
            .sample_size(10)
            .measurement_time(Duration::from_secs(10));
        compare(&mut group, &corpus, &codegen);
        group.finish();
    }

    criterion.final_summary();
    summarize(&output, started, corpus.len());
}

/// `bare_parse` and `codegen` over `pages` in one group; one iteration covers every page.
fn compare(
    group: &mut BenchmarkGroup<'_, WallTime>,
    pages: &[Page],
    codegen: &impl Fn(Doc<'_>) -> bool,
) {
    let bytes: usize = pages.iter().map(|p| p.bytes.len()).sum();
    group.throughput(Throughput::Bytes(bytes as u64));
    let texts: Vec<&str> = pages.iter().filter_map(Page::text).collect();
    group.bench_function("bare_parse", |b| {
        b.iter(|| {
            for text in &texts {
                for item in Parser::new_ext(black_box(text), OPTIONS).into_offset_iter() {
                    black_box(item);
                }
            }
        })
    });
    group.bench_function("codegen", |b| {
        b.iter(|| {
            for page in pages {
                codegen(black_box(page.doc()));
            }
        })
    });
}

/// Every `.md` page under `dir`, sorted by path, except the corpus's own `SOURCE.md` note.
fn read_corpus(dir: &Path) -> Vec<Page> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        let entries = std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", folder.display()));
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "md") && path != dir.join("SOURCE.md") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let relative = file.strip_prefix(dir).unwrap_or(&file);
            Page {
                path: format!("corpus/{}", relative.display()),
                bytes: std::fs::read(&file)
                    .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display())),
            }
        })
        .collect()
}

/// Prints how many corpus pages give tokens and how many give diagnostics (once, untimed).
fn report_outcomes(corpus: &[Page], codegen: &impl Fn(Doc<'_>) -> bool) {
    let tokens = corpus.iter().filter(|p| codegen(p.doc())).count();
    let not_utf8 = corpus.iter().filter(|p| p.text().is_none()).count();
    let bytes: usize = corpus.iter().map(|p| p.bytes.len()).sum();
    println!(
        "expansion: corpus of {} pages ({:.1} MB): {tokens} generate tokens, {} give \
         diagnostics{}",
        corpus.len(),
        bytes as f64 / 1e6,
        corpus.len() - tokens,
        if not_utf8 > 0 {
            format!(" ({not_utf8} not UTF-8, left out of the bare parse)")
        } else {
            String::new()
        }
    );
}

/// `<target>/criterion/expansion-<profile>`, found from this executable
/// (`<target>/<profile>/deps/expansion-<hash>`), so optimized and unoptimized runs keep
/// separate histories.
fn output_directory() -> PathBuf {
    let exe = std::env::current_exe().ok();
    let profile_dir = exe.as_deref().and_then(Path::parent).and_then(Path::parent);
    match profile_dir.and_then(|p| Some((p.parent()?, p.file_name()?))) {
        Some((target, profile)) => target
            .join("criterion")
            .join(format!("expansion-{}", profile.to_string_lossy())),
        None => PathBuf::from("target/criterion/expansion"),
    }
}

fn build_kind() -> &'static str {
    if cfg!(debug_assertions) {
        "with debug assertions (likely unoptimized, as a debug build runs the macro)"
    } else {
        "without debug assertions (optimized, unless the profile says opt-level 0)"
    }
}

/// One line per comparison, from this run's `estimates.json` files; nothing for a group whose
/// files are absent or older than this run (criterion's test and list modes write none).
fn summarize(output: &Path, started: SystemTime, corpus_pages: usize) {
    let mean = |group: &str, function: &str| {
        estimate(
            &output.join(group).join(function).join("new/estimates.json"),
            started,
        )
    };
    let mut printed = false;
    if let (Some(bare), Some(codegen)) = (mean("seed", "bare_parse"), mean("seed", "codegen")) {
        println!(
            "seed: codegen {:.1}x the bare parse ({} vs {}) (target <= 5x)",
            codegen / bare,
            duration(codegen),
            duration(bare)
        );
        printed = true;
    }
    if let (Some(bare), Some(codegen)) = (mean("corpus", "bare_parse"), mean("corpus", "codegen")) {
        println!(
            "corpus ({corpus_pages} pages): codegen {:.1}x the bare parse; codegen {} for the \
             whole corpus, bare parse {} (targets <= 5x, < 100 ms)",
            codegen / bare,
            duration(codegen),
            duration(bare)
        );
        printed = true;
    }
    if !printed {
        println!("expansion: no estimates from this run to compare (not a measuring run)");
    }
}

/// `mean.point_estimate` (ns) of an `estimates.json` written since `started`.
fn estimate(file: &Path, started: SystemTime) -> Option<f64> {
    let modified = std::fs::metadata(file).ok()?.modified().ok()?;
    if modified < started {
        return None;
    }
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(file).ok()?).ok()?;
    json.get("mean")?.get("point_estimate")?.as_f64()
}

/// Nanoseconds with a readable unit and three significant digits at most.
fn duration(ns: f64) -> String {
    let (value, unit) = match ns {
        ns if ns >= 1e9 => (ns / 1e9, "s"),
        ns if ns >= 1e6 => (ns / 1e6, "ms"),
        ns if ns >= 1e3 => (ns / 1e3, "µs"),
        ns => (ns, "ns"),
    };
    let decimals = match value {
        v if v >= 100.0 => 0,
        v if v >= 10.0 => 1,
        _ => 2,
    };
    format!("{value:.decimals$} {unit}")
}
