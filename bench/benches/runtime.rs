//! Runtime cost of the generated serde impls, side by side with what users write by hand.
//!
//! Four types read and write the same Graph list response (`{"value": [...]}` of 10,000
//! `mobileAppInstallStatus` objects):
//!
//! - `generated`: [`graph_models::MobileAppInstallStatus`], which keeps unknown members and
//!   explicit nulls;
//! - `hand-written`: [`HandWritten`], the struct a user writes without docmodel:
//!   `time::OffsetDateTime` through `time::serde::rfc3339::option`, fieldless enums with a
//!   `#[serde(other)]` variant, plain `#[derive(Serialize, Deserialize)]`. It drops unknown
//!   members and turns unlisted enum values into `Other`. **The baseline of every ratio's
//!   target**;
//! - `derive`: plain `#[derive(Serialize, Deserialize)]` over docmodel's own field types
//!   (`DateTimeOffset`, the generated enums), dropping unknown members: it differs from
//!   `generated` only in the struct glue, so it measures that alone;
//! - `flatten`: `derive` plus `#[serde(flatten)] extra: Map<String, Value>`, what one writes by
//!   hand to keep unknown members.
//!
//! Three payloads, generated from a seeded LCG (`docmodel_bench::generate`): `known` (documented members only),
//! `future` (one object in four also has `"futureProperty": {"nested": [1, 2, 3], "flag": true}`
//! and an `installState` the doc does not list) and `unknown` (every object has three unknown
//! members, of 290 bytes, and about 5% of enum values are unlisted). Three directions:
//! `serde_json::from_slice`, `serde_json::from_reader` over a `&[u8]`, and `serde_json::to_vec`
//! of values deserialized beforehand. Before timing, every type must read each payload both ways
//! alike; `generated` and `flatten` must write back JSON equal to what they read, `derive` the
//! documented members of it, and `hand-written` JSON that reads back as the same value, which
//! agrees with `generated`'s on every documented member.
//!
//! After criterion's own report, a summary reads criterion's estimates back and prints one line
//! per direction and payload: `generated` throughput as a multiple of each baseline's (higher is
//! better for `generated`) with the targets, then the allocations per object.
//!
//! `cargo bench -p docmodel-bench --bench runtime` measures (about two minutes);
//! `cargo test -p docmodel-bench --benches` runs each benchmark once on a small payload. The
//! `paired` benchmark times the same lines with the types alternated round by round.

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput};
use docmodel_bench::{
    DIRECTIONS, Derived, Flattened, HandWritten, List, OBJECTS, Payload, TEST_OBJECTS, from_reader,
    from_slice, measuring, payloads, targets, to_vec,
};
use graph_models::MobileAppInstallStatus;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// The compared types, in the order of the summary's columns.
const TYPES: [&str; 4] = ["generated", "hand-written", "derive", "flatten"];

fn main() {
    let started = SystemTime::now();
    let objects = if measuring() { OBJECTS } else { TEST_OBJECTS };
    let payloads = payloads(objects);
    let allocations = allocation_lines(&payloads);

    let output = criterion_directory();
    let mut c = Criterion::default()
        .output_directory(&output)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .nresamples(20_000)
        .without_plots()
        .configure_from_args();
    for direction in DIRECTIONS {
        for payload in &payloads {
            bench(payload, &mut c, direction);
        }
    }
    date_times(&mut c);
    enum_values(&mut c);
    c.final_summary();
    print_ratios(&output, started, &payloads);
    for what in ["parse", "write"] {
        print_pair(
            &output,
            started,
            "date_time",
            what,
            "time",
            DATE_TIMES.len(),
        );
    }
    let values = ENUM_VALUES.len();
    print_pair(
        &output,
        started,
        "enum_value",
        "read",
        "hand-written",
        values,
    );
    for line in allocations {
        println!("{line}");
    }
}

/// Where criterion writes its estimates: `$CARGO_TARGET_DIR/criterion`, else the workspace's
/// `target/criterion`. A relative `CARGO_TARGET_DIR` is taken from the workspace root (cargo
/// runs benchmarks in the package's folder, not where it was invoked).
fn criterion_directory() -> PathBuf {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the bench crate is in the workspace");
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(|dir| workspace.join(dir))
        .unwrap_or_else(|| workspace.join("target"));
    target.join("criterion")
}

/// One criterion group: the four types in one direction on `payload`.
fn bench(payload: &Payload, c: &mut Criterion, direction: &str) {
    let mut group = c.benchmark_group(format!("{direction}_{}", payload.name));
    group.throughput(Throughput::Bytes(payload.bytes.len() as u64));
    let bytes = payload.bytes.as_slice();
    match direction {
        "from_slice" | "from_reader" => {
            let slice = direction == "from_slice";
            read::<MobileAppInstallStatus>(&mut group, "generated", bytes, slice);
            read::<HandWritten>(&mut group, "hand-written", bytes, slice);
            read::<Derived>(&mut group, "derive", bytes, slice);
            read::<Flattened>(&mut group, "flatten", bytes, slice);
        }
        _ => {
            write(&mut group, "generated", &payload.generated);
            write(&mut group, "hand-written", &payload.hand_written);
            write(&mut group, "derive", &payload.derived);
            write(&mut group, "flatten", &payload.flattened);
        }
    }
    group.finish();
}

fn read<T: DeserializeOwned>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    bytes: &[u8],
    slice: bool,
) {
    if slice {
        group.bench_function(name, |b| b.iter(|| from_slice::<T>(black_box(bytes))));
    } else {
        group.bench_function(name, |b| b.iter(|| from_reader::<T>(black_box(bytes))));
    }
}

fn write<T: Serialize>(group: &mut BenchmarkGroup<'_, WallTime>, name: &str, list: &List<T>) {
    group.bench_function(name, |b| b.iter(|| to_vec(black_box(list))));
}

/// Date-times as Graph writes them (seven fraction digits, an offset), one field's worth of the
/// payloads' work alone: docmodel's `DateTimeOffset` against `time::OffsetDateTime` with
/// RFC 3339, the hand-written baseline's. Parsing is `FromStr` against `OffsetDateTime::parse`;
/// writing is each one's `Serialize` into serde_json, into a reused buffer.
const DATE_TIMES: [&str; 3] = [
    "2017-01-01T00:02:49.3205976-08:00",
    "2023-11-15T13:45:10.1234567-08:00",
    "2024-02-29T23:59:59.9999999+05:30",
];

fn date_times(c: &mut Criterion) {
    use docmodel::types::DateTimeOffset;
    use time::OffsetDateTime;
    use time::format_description::well_known::Rfc3339;
    let mut group = c.benchmark_group("date_time");
    group.bench_function("parse docmodel", |b| {
        b.iter(|| {
            for text in DATE_TIMES {
                black_box(black_box(text).parse::<DateTimeOffset>().ok());
            }
        })
    });
    group.bench_function("parse time", |b| {
        b.iter(|| {
            for text in DATE_TIMES {
                black_box(OffsetDateTime::parse(black_box(text), &Rfc3339).ok());
            }
        })
    });
    let ours = DATE_TIMES.map(|text| text.parse::<DateTimeOffset>().expect("a date-time"));
    let theirs = DATE_TIMES.map(|text| OffsetDateTime::parse(text, &Rfc3339).expect("one"));
    // Written as a generated struct writes them: `Serialize` into serde_json, against what
    // `#[serde(with = "time::serde::rfc3339")]` does.
    let mut out = Vec::with_capacity(64);
    group.bench_function("write docmodel", |b| {
        b.iter(|| {
            for value in &ours {
                out.clear();
                let _ = serde_json::to_writer(&mut out, black_box(value));
            }
            out.len()
        })
    });
    group.bench_function("write time", |b| {
        b.iter(|| {
            for value in &theirs {
                out.clear();
                let mut serializer = serde_json::Serializer::new(&mut out);
                let _ = time::serde::rfc3339::serialize(black_box(value), &mut serializer);
            }
            out.len()
        })
    });
    group.finish();
}

/// Listed enum values as JSON strings (`"seeInstallErrorCode"` and others of the seed's
/// 27-value `resultantAppStateDetail`), read with `serde_json::from_slice` into the generated
/// enum and into the hand-written `#[serde(other)]` one.
const ENUM_VALUES: [&[u8]; 3] = [
    br#""seeInstallErrorCode""#,
    br#""noAdditionalDetails""#,
    br#""minimumDiskSpaceNotMet""#,
];

fn enum_values(c: &mut Criterion) {
    use docmodel_bench::types::AppStateDetail;
    use graph_models::ResultantAppStateDetail;
    let mut group = c.benchmark_group("enum_value");
    group.bench_function("read docmodel", |b| {
        b.iter(|| {
            for json in ENUM_VALUES {
                black_box(serde_json::from_slice::<ResultantAppStateDetail>(black_box(json)).ok());
            }
        })
    });
    group.bench_function("read hand-written", |b| {
        b.iter(|| {
            for json in ENUM_VALUES {
                black_box(serde_json::from_slice::<AppStateDetail>(black_box(json)).ok());
            }
        })
    });
    group.finish();
}

/// Prints, from this run's estimates, docmodel's time per value against a baseline's for the
/// functions `"{what} docmodel"` and `"{what} {baseline}"` of criterion's `group`, each of which
/// handles `count` values per iteration.
fn print_pair(
    output: &Path,
    started: SystemTime,
    group: &str,
    what: &str,
    baseline: &str,
    count: usize,
) {
    let estimate = |who: &str| estimate(output, group, &format!("{what} {who}"), started);
    let (Some(ours), Some(theirs)) = (estimate("docmodel"), estimate(baseline)) else {
        println!("{group} {what}: no estimate from this run");
        return;
    };
    let each = |e: Estimate| e.point / count as f64;
    println!(
        "{group} {what}: docmodel {:.1} ns, {baseline} {:.1} ns each: {:.2}x {baseline}'s speed",
        each(ours),
        each(theirs),
        theirs.point / ours.point
    );
}

/// Prints, per direction and payload, `generated`'s speed relative to each baseline, from the
/// estimates criterion wrote during this run (none under `cargo test`, `--list` or a filter).
fn print_ratios(output: &Path, started: SystemTime, payloads: &[Payload]) {
    println!();
    println!(
        "generated (docmodel) against three baselines: time ratios, higher is better for generated"
    );
    println!(
        "  hand-written: time::OffsetDateTime and #[serde(other)] enums, plain derive (drops unknown data)"
    );
    println!(
        "  derive:       plain derive over docmodel's DateTimeOffset and enums (the struct glue alone)"
    );
    println!(
        "  flatten:      derive plus #[serde(flatten)] Map<String, Value> (keeps unknown data)"
    );
    println!(
        "(criterion's estimates; \"noise\": a target missed by the estimate, not by its 95% interval)"
    );
    for direction in DIRECTIONS {
        for payload in payloads {
            let group = format!("{direction}_{}", payload.name);
            let label = format!("{direction} {}", payload.name);
            let times = TYPES.map(|name| estimate(output, &group, name, started));
            let [Some(generated), Some(hand), Some(derived), Some(flattened)] = times else {
                println!("{label}: no estimate from this run");
                continue;
            };
            let mib = |time: Estimate| payload.bytes.len() as f64 / (time.point / 1e9) / 1048576.0;
            let targets = targets(payload.kind, direction)
                .iter()
                .map(|target| {
                    let baseline = match target.baseline {
                        "hand-written" => hand,
                        _ => flattened,
                    };
                    let met = verdict(generated, baseline, |ratio| ratio >= target.at_least);
                    format!("{} >= {:.2}: {met}", target.baseline, target.at_least)
                })
                .collect::<Vec<_>>();
            println!(
                "{label}: generated {:.2}x hand-written, {:.2}x derive, {:.2}x flatten  \
                 (MiB/s: {:.0} / {:.0} / {:.0} / {:.0})  targets: {}",
                hand.point / generated.point,
                derived.point / generated.point,
                flattened.point / generated.point,
                mib(generated),
                mib(hand),
                mib(derived),
                mib(flattened),
                if targets.is_empty() {
                    "none".into()
                } else {
                    targets.join(", ")
                },
            );
        }
    }
}

/// Whether `generated` meets `target` against `baseline`: by the estimates (`met`), only within
/// their confidence intervals (`noise`), or not at all (`MISSED`).
fn verdict(generated: Estimate, baseline: Estimate, target: impl Fn(f64) -> bool) -> &'static str {
    if target(baseline.point / generated.point) {
        "met"
    } else if target(baseline.upper / generated.lower) {
        "noise"
    } else {
        "MISSED"
    }
}

/// Criterion's estimate of the time per iteration, in nanoseconds, with its confidence interval.
#[derive(Clone, Copy)]
struct Estimate {
    point: f64,
    lower: f64,
    upper: f64,
}

/// The time per iteration criterion estimated, if this run wrote it: the slope of its linear
/// regression when it sampled linearly (what it prints as `time`), else the mean.
fn estimate(output: &Path, group: &str, function: &str, started: SystemTime) -> Option<Estimate> {
    let path = output.join(group).join(function).join("new/estimates.json");
    let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok()?;
    if modified < started {
        return None; // left by an earlier run
    }
    let estimates: Value = serde_json::from_slice(&std::fs::read(&path).ok()?).ok()?;
    let typical = match &estimates["slope"] {
        Value::Null => &estimates["mean"],
        slope => slope,
    };
    let interval = &typical["confidence_interval"];
    Some(Estimate {
        point: typical["point_estimate"].as_f64()?,
        lower: interval["lower_bound"].as_f64()?,
        upper: interval["upper_bound"].as_f64()?,
    })
}

// ---------------------------------------------------------------------------------------------
// Allocations

/// Heap allocations so far, counted by the global allocator below.
fn allocations() -> Option<Allocations> {
    use std::sync::atomic::Ordering::Relaxed;
    Some(Allocations {
        calls: counting::CALLS.load(Relaxed),
        bytes: counting::BYTES.load(Relaxed),
    })
}

#[allow(unsafe_code)] // `GlobalAlloc` is an unsafe trait; this only counts and forwards.
mod counting {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

    pub static CALLS: AtomicU64 = AtomicU64::new(0);
    pub static BYTES: AtomicU64 = AtomicU64::new(0);

    /// `System`, counting `alloc`/`realloc` calls and the bytes they request.
    struct Counting;

    #[global_allocator]
    static GLOBAL: Counting = Counting;

    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            CALLS.fetch_add(1, Relaxed);
            BYTES.fetch_add(layout.size() as u64, Relaxed);
            unsafe { System.alloc(layout) }
        }

        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            CALLS.fetch_add(1, Relaxed);
            BYTES.fetch_add(layout.size() as u64, Relaxed);
            unsafe { System.alloc_zeroed(layout) }
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            unsafe { System.dealloc(ptr, layout) }
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            CALLS.fetch_add(1, Relaxed);
            BYTES.fetch_add(new_size.saturating_sub(layout.size()) as u64, Relaxed);
            unsafe { System.realloc(ptr, layout, new_size) }
        }
    }
}

/// Allocation calls (`alloc` and `realloc`) and bytes requested (a `realloc` counts its growth).
#[derive(Clone, Copy)]
struct Allocations {
    calls: u64,
    bytes: u64,
}

/// What `f` allocates.
fn allocated<R>(f: impl FnOnce() -> R) -> Option<Allocations> {
    let before = allocations()?;
    let result = f();
    let after = allocations()?;
    drop(result);
    Some(Allocations {
        calls: after.calls - before.calls,
        bytes: after.bytes - before.bytes,
    })
}

/// Per payload and direction, what each type allocates per object (once, outside any timing).
fn allocation_lines(payloads: &[Payload]) -> Vec<String> {
    let mut lines = vec![String::new()];
    if allocations().is_none() {
        lines.push(
            "allocations: not counted (a counting #[global_allocator] needs unsafe_code, \
             which the workspace forbids)"
                .into(),
        );
        return lines;
    }
    lines.push(
        "allocations per object (calls, bytes): generated / hand-written / derive / flatten".into(),
    );
    for direction in DIRECTIONS {
        for payload in payloads {
            let bytes = payload.bytes.as_slice();
            let counts = match direction {
                "from_slice" => [
                    allocated(|| from_slice::<MobileAppInstallStatus>(bytes)),
                    allocated(|| from_slice::<HandWritten>(bytes)),
                    allocated(|| from_slice::<Derived>(bytes)),
                    allocated(|| from_slice::<Flattened>(bytes)),
                ],
                "from_reader" => [
                    allocated(|| from_reader::<MobileAppInstallStatus>(bytes)),
                    allocated(|| from_reader::<HandWritten>(bytes)),
                    allocated(|| from_reader::<Derived>(bytes)),
                    allocated(|| from_reader::<Flattened>(bytes)),
                ],
                _ => [
                    allocated(|| to_vec(&payload.generated)),
                    allocated(|| to_vec(&payload.hand_written)),
                    allocated(|| to_vec(&payload.derived)),
                    allocated(|| to_vec(&payload.flattened)),
                ],
            };
            let objects = payload.generated.value.len().max(1) as f64;
            let cells = counts.map(|count| match count {
                Some(a) => format!(
                    "{:.2} calls, {:.0} B",
                    a.calls as f64 / objects,
                    a.bytes as f64 / objects
                ),
                None => "-".into(),
            });
            lines.push(format!(
                "{direction} {}: {}",
                payload.name,
                cells.join(" / ")
            ));
        }
    }
    let sizes = [
        size_of::<MobileAppInstallStatus>(),
        size_of::<HandWritten>(),
        size_of::<Derived>(),
        size_of::<Flattened>(),
    ];
    lines.push(format!(
        "(deserializing includes the growth of the Vec, serializing that of the output; \
         size_of each element: {} / {} / {} / {} B)",
        sizes[0], sizes[1], sizes[2], sizes[3]
    ));
    lines
}
