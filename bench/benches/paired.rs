//! The run-time comparison of `runtime`, measured so that a slow stretch of time cancels out.
//!
//! Criterion (`runtime`) measures each type's samples in one block of time, so a slower minute
//! on a shared machine lands on one type: the same ratio moved by up to 0.36 between two runs
//! on a quiet machine. Here the types take turns instead. Per direction (`from_slice`,
//! `from_reader`, `to_vec`) and payload (`known`, `future`, `unknown`; the same payloads and
//! types as `runtime`, from `docmodel_bench`), after a warm-up, each of a number of rounds times
//! one batch of each contender back to back: `generated`, `hand-written` and `flatten`, in an
//! order that cycles through every permutation of the three from round to round, so none is
//! always first or always after the same one. Each round gives a ratio per baseline,
//! `baseline's time / generated's time` (as `runtime` prints: higher is better for `generated`),
//! and a line reports the median of those per-round ratios with their interquartile range (how
//! much a round's ratio varies) and an approximate 95% interval of the median itself (± 1.57
//! IQR / √rounds, the notch of a box plot), and the targets of issue 16: `met` when the whole
//! interval of the median meets it, `MISSED` when none of it does, `unclear` otherwise.
//!
//! A batch runs the entry point on the whole payload (10,000 objects, 5-8 MB) as many times as
//! the slowest contender's first run takes to reach [`BATCH`] (the same count for every
//! contender of a line), dropping each result inside the timing, as criterion's `iter` does.
//!
//! On `future`, the rounds also time `generated` and `flatten` on `known`, and a second line
//! says what keeping `future`'s unknown data costs each per object, what its extra bytes would
//! cost at `generated`'s rate on `known`, and, reading, how fast `generated` would read `future`
//! against `flatten` were keeping free (its time on `known`): the ceiling of that ratio.
//!
//! `cargo bench -p docmodel-bench --bench paired` measures (about two minutes);
//! `-- --rounds N` sets the rounds (default [`ROUNDS`]), and any other argument keeps only the
//! lines whose `direction payload` contains it (`-- to_vec`, `-- "from_slice future"`).
//! `-- --only generated` (or another contender's name) times that one alone and prints its
//! throughput, no ratio: for a profile (`perf record`) of one type.
//! `cargo test -p docmodel-bench --benches` runs one round of one batch on a small payload.

use docmodel_bench::{
    DIRECTIONS, Flattened, HandWritten, OBJECTS, Payload, TEST_OBJECTS, from_reader, from_slice,
    measuring, payloads, targets, to_vec,
};
use graph_models::MobileAppInstallStatus;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Rounds per line when measuring.
const ROUNDS: usize = 101;
/// Warm-up rounds per line, not counted.
const WARM_UP: usize = 3;
/// The least time of one batch: short enough that the types' batches of a round are close in
/// time, long enough that the clock's resolution does not count.
const BATCH: Duration = Duration::from_millis(20);
/// The contenders, in the order of the reports' columns; `generated` first.
const NAMES: [&str; 3] = ["generated", "hand-written", "flatten"];

fn main() {
    let settings = Settings::from_args();
    let objects = if settings.measuring {
        OBJECTS
    } else {
        TEST_OBJECTS
    };
    let payloads = payloads(objects);
    println!(
        "\ngenerated (docmodel) against hand-written and flatten, alternated: per round, \
         baseline time / generated time (higher is better for generated); median ±95% interval of \
         it [interquartile range] over {} rounds, after {} warm-up rounds; load average {}",
        settings.rounds,
        settings.warm_up,
        load_average()
    );
    let known = payloads.iter().find(|payload| payload.name == "known");
    for direction in DIRECTIONS {
        for payload in &payloads {
            let label = format!("{direction} {}", payload.name);
            if !settings.filters.is_empty() && !settings.filters.iter().any(|f| label.contains(f)) {
                continue;
            }
            let mut contenders = contenders(payload, direction);
            // On `future`: `generated` and `flatten` on `known` too, in the same rounds, for
            // what keeping its unknown data costs each (`keeping`).
            let keeping_line = payload.name == "future";
            if let Some(known) = known.filter(|_| keeping_line && settings.only.is_none()) {
                let mut on_known = self::contenders(known, direction);
                let flattened = on_known.swap_remove(2);
                contenders.extend([on_known.swap_remove(0), flattened]);
            }
            let times = measure(&mut contenders, &settings);
            if let Some(only) = settings.only {
                let mib = throughput(payload, &times[only]);
                println!("{label}: {} alone, median {mib:.0} MiB/s", NAMES[only]);
                continue;
            }
            println!("{label}: {}", report(payload, direction, &times));
            if let ([generated, _, flattened, generated_known, flattened_known], Some(known)) =
                (times.as_slice(), known)
            {
                let line = keeping(
                    [generated, generated_known],
                    [flattened, flattened_known],
                    [payload, known],
                    direction,
                );
                println!("{label}: {line}");
            }
        }
    }
    println!("(median MiB/s: {})", NAMES.join(" / "));
    println!("load average at the end {}", load_average());
}

/// How to run: from the command line, and whether this is `cargo bench` or `cargo test`.
struct Settings {
    measuring: bool,
    rounds: usize,
    warm_up: usize,
    filters: Vec<String>,
    /// The one contender to time (its index in [`NAMES`]), if not all.
    only: Option<usize>,
}

impl Settings {
    fn from_args() -> Self {
        let measuring = measuring();
        let mut settings = Settings {
            measuring,
            rounds: if measuring { ROUNDS } else { 1 },
            warm_up: if measuring { WARM_UP } else { 0 },
            filters: Vec::new(),
            only: None,
        };
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            if arg == "--rounds" {
                let rounds: Option<usize> = args.next().and_then(|n| n.parse().ok());
                settings.rounds = rounds.expect("--rounds takes a number").max(1);
            } else if arg == "--only" {
                let name = args.next().unwrap_or_default();
                let only = NAMES.iter().position(|n| *n == name);
                settings.only =
                    Some(only.expect("--only takes generated, hand-written or flatten"));
            } else if !arg.starts_with("--") && measuring {
                settings.filters.push(arg);
            }
        }
        settings
    }
}

/// A contender's batch: one run of the entry point, whose result is dropped.
type Run<'a> = Box<dyn FnMut() + 'a>;

/// The contenders of `direction` on `payload`, in the order of [`NAMES`].
fn contenders<'a>(payload: &'a Payload, direction: &str) -> Vec<Run<'a>> {
    let bytes = payload.bytes.as_slice();
    let runs: [Run<'a>; 3] = match direction {
        "from_slice" => [
            Box::new(move || {
                drop(black_box(from_slice::<MobileAppInstallStatus>(black_box(
                    bytes,
                ))))
            }),
            Box::new(move || drop(black_box(from_slice::<HandWritten>(black_box(bytes))))),
            Box::new(move || drop(black_box(from_slice::<Flattened>(black_box(bytes))))),
        ],
        "from_reader" => [
            Box::new(move || {
                drop(black_box(from_reader::<MobileAppInstallStatus>(black_box(
                    bytes,
                ))))
            }),
            Box::new(move || drop(black_box(from_reader::<HandWritten>(black_box(bytes))))),
            Box::new(move || drop(black_box(from_reader::<Flattened>(black_box(bytes))))),
        ],
        _ => [
            Box::new(|| drop(black_box(to_vec(black_box(&payload.generated))))),
            Box::new(|| drop(black_box(to_vec(black_box(&payload.hand_written))))),
            Box::new(|| drop(black_box(to_vec(black_box(&payload.flattened))))),
        ],
    };
    runs.into()
}

/// Seconds per run of each contender, per round: `times[contender][round]`.
fn measure(contenders: &mut [Run<'_>], settings: &Settings) -> Vec<Vec<f64>> {
    // Runs per batch: enough that the slowest contender's first run, times the runs, reaches BATCH.
    let mut runs = 1;
    if settings.measuring {
        let slowest = contenders
            .iter_mut()
            .enumerate()
            .filter(|(index, _)| settings.only.is_none_or(|only| only == *index))
            .map(|(_, run)| time(run, 1))
            .fold(0.0, f64::max);
        runs = (BATCH.as_secs_f64() / slowest).ceil().max(1.0) as u32;
    }
    let orders = permutations(contenders.len());
    let mut times = vec![Vec::new(); contenders.len()];
    for round in 0..settings.warm_up + settings.rounds {
        let order = &orders[round % orders.len()];
        let mut this_round = vec![0.0; contenders.len()];
        for &index in order {
            if settings.only.is_some_and(|only| only != index) {
                continue;
            }
            this_round[index] = time(&mut contenders[index], runs);
        }
        if round >= settings.warm_up {
            for (times, time) in times.iter_mut().zip(this_round) {
                times.push(time);
            }
        }
    }
    times
}

/// Seconds per run of `runs` back-to-back runs.
fn time(run: &mut Run<'_>, runs: u32) -> f64 {
    let start = Instant::now();
    for _ in 0..runs {
        run();
    }
    start.elapsed().as_secs_f64() / f64::from(runs)
}

/// Every order of `0..n`, each in turn the order of a round.
fn permutations(n: usize) -> Vec<Vec<usize>> {
    if n == 0 {
        return vec![Vec::new()];
    }
    let mut all = Vec::new();
    for shorter in permutations(n - 1) {
        for position in 0..n {
            let mut order = shorter.clone();
            order.insert(position, n - 1);
            all.push(order);
        }
    }
    all
}

/// One line: the paired ratios against each baseline, the throughputs and the targets.
fn report(payload: &Payload, direction: &str, times: &[Vec<f64>]) -> String {
    let [generated, hand, flattened, ..] = times else {
        return "no times".into();
    };
    let paired = |baseline: &[f64]| -> Spread {
        let ratios = baseline.iter().zip(generated).map(|(b, g)| b / g).collect();
        Spread::of(ratios)
    };
    let (hand, flattened) = (paired(hand), paired(flattened));
    let mib = |times: &Vec<f64>| throughput(payload, times);
    let targets = targets(payload.kind, direction)
        .iter()
        .map(|target| {
            let spread = if target.baseline == "hand-written" {
                hand
            } else {
                flattened
            };
            let (low, high) = spread.interval();
            let verdict = if low >= target.at_least {
                "met"
            } else if high < target.at_least {
                "MISSED"
            } else {
                "unclear"
            };
            format!("{} >= {:.2}: {verdict}", target.baseline, target.at_least)
        })
        .collect::<Vec<_>>();
    format!(
        "generated {hand} hand-written, {flattened} flatten  (median MiB/s: {:.0} / {:.0} / {:.0})  \
         targets: {}",
        mib(&times[0]),
        mib(&times[1]),
        mib(&times[2]),
        targets.join(", ")
    )
}

/// What keeping `future`'s unknown data costs `generated` and `flatten`, from the times of
/// each on `future` and on `known` (the same 10,000 objects, but one in four with an unknown
/// member and an unlisted enum value) in the same rounds: per round, the difference per object,
/// and the ratio of their medians. Then what the bytes `future` has beyond `known` would cost at
/// `generated`'s own rate on `known` (the "the cost of the bytes"), and, reading, the
/// ceiling of `generated`'s ratio to `flatten` on `future` were keeping free: `flatten`'s time
/// on `future` over `generated`'s on `known`.
fn keeping(
    generated: [&Vec<f64>; 2],
    flattened: [&Vec<f64>; 2],
    [future, known]: [&Payload; 2],
    direction: &str,
) -> String {
    let objects = future.generated.value.len();
    let cost = |[future, known]: [&Vec<f64>; 2]| -> Vec<f64> {
        let per_object = |(future, known): (&f64, &f64)| (future - known) / objects as f64 * 1e9;
        future.iter().zip(known).map(per_object).collect()
    };
    // A difference of two times is noisier than either: the ratio of the median costs, not a
    // median of per-round ratios (whose quartiles spanned 0.5-4 in a run).
    let generated_cost = Spread::of(cost(generated)).median;
    let flattened_cost = Spread::of(cost(flattened)).median;
    let more_bytes = future.bytes.len().saturating_sub(known.bytes.len()) as f64;
    let bytes_cost = Spread::of(generated[1].clone()).median / known.bytes.len() as f64
        * more_bytes
        / objects as f64
        * 1e9;
    let mut line = format!(
        "keeping the unknown data (future - known, per object, median): generated \
         {generated_cost:.0} ns, flatten {flattened_cost:.0} ns ({:.1}x); its {:.0} more bytes \
         per object at generated's rate on known: {bytes_cost:.0} ns",
        flattened_cost / generated_cost,
        more_bytes / objects as f64,
    );
    if direction != "to_vec" {
        let ceiling = flattened[0]
            .iter()
            .zip(generated[1])
            .map(|(f, g)| f / g)
            .collect();
        let ceiling = Spread::of(ceiling);
        line += &format!("; were keeping free, generated would read future at {ceiling} flatten");
    }
    line
}

/// The median throughput, in MiB/s, of runs over `payload` that took `times` seconds.
fn throughput(payload: &Payload, times: &[f64]) -> f64 {
    let median = Spread::of(times.to_vec()).median;
    payload.bytes.len() as f64 / median / 1048576.0
}

/// The median and quartiles of some numbers.
#[derive(Clone, Copy)]
struct Spread {
    lower: f64,
    median: f64,
    upper: f64,
    count: usize,
}

impl Spread {
    fn of(mut values: Vec<f64>) -> Self {
        values.sort_by(f64::total_cmp);
        let quantile = |q: f64| {
            let position = q * (values.len() - 1) as f64;
            let (below, above) = (position.floor() as usize, position.ceil() as usize);
            let weight = position - below as f64;
            values[below] * (1.0 - weight) + values[above] * weight
        };
        Spread {
            lower: quantile(0.25),
            median: quantile(0.5),
            upper: quantile(0.75),
            count: values.len(),
        }
    }

    /// An approximate 95% interval of the median: ± 1.57 IQR / √n (McGill, Tukey and Larsen's
    /// notch), which assumes nothing of the distribution but that it is roughly symmetric.
    fn interval(&self) -> (f64, f64) {
        let half = 1.57 * (self.upper - self.lower) / (self.count as f64).sqrt();
        (self.median - half, self.median + half)
    }
}

impl std::fmt::Display for Spread {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Spread {
            lower,
            median,
            upper,
            ..
        } = self;
        let half = median - self.interval().0;
        write!(f, "{median:.2}x ±{half:.2} [IQR {lower:.2}-{upper:.2}]")
    }
}

/// The 1, 5 and 15 minute load averages, where the system tells them.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .map(|line| {
            line.split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|| "unknown".into())
}
