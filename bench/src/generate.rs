//! The payloads: Graph list responses of `mobileAppInstallStatus` objects with real-looking
//! values, generated from a seeded LCG so that every run reads the same bytes.

use graph_models::{ResultantAppState, ResultantAppStateDetail};
use serde_json::{Value, json};

/// What a payload holds besides documented members.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Nothing.
    Known,
    /// One object in four has `futureProperty` and an unlisted `installState`.
    Future,
    /// Every object has three unknown members; about 5% of enum values are unlisted.
    Unknown,
}

impl Kind {
    /// The payload's name in the reports: `known`, `future` or `unknown`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Known => "known",
            Kind::Future => "future",
            Kind::Unknown => "unknown",
        }
    }
}

/// A list response of `objects` statuses, compact as Graph sends it, with what `kind` adds to the
/// documented members (see [`Kind`]); the documented values are the same for every kind but
/// those enum values it makes unlisted.
pub fn generate(objects: usize, kind: Kind) -> Vec<u8> {
    let mut rng = Lcg(0x5eed_d0c5_0000_0001);
    let mut more = Lcg(0x5eed_d0c5_0000_0002);
    let mut out = b"{\"value\":[".to_vec();
    for index in 0..objects {
        if index > 0 {
            out.push(b',');
        }
        let mut members = status(&mut rng, (kind == Kind::Unknown).then_some(&mut more));
        if kind == Kind::Future && index % 4 == 0 {
            for (name, value) in &mut members {
                if *name == "installState" {
                    *value = json!("someFutureState");
                }
            }
            let future = json!({"nested": [1, 2, 3], "flag": true});
            members.push(("futureProperty", future));
        }
        out.push(b'{');
        for (position, (name, value)) in members.iter().enumerate() {
            if position > 0 {
                out.push(b',');
            }
            serde_json::to_writer(&mut out, name).expect("writes");
            out.push(b':');
            serde_json::to_writer(&mut out, value).expect("writes");
        }
        out.push(b'}');
    }
    out.extend_from_slice(b"]}");
    out
}

/// The members of one status, in the doc's order (unknown ones in between).
fn status(rng: &mut Lcg, unknown: Option<&mut Lcg>) -> Vec<(&'static str, Value)> {
    let first = rng.pick(&FIRST_NAMES);
    let last = rng.pick(&LAST_NAMES);
    let login: String = first
        .chars()
        .filter(char::is_ascii_alphabetic)
        .chain(last.chars().find(char::is_ascii_alphabetic))
        .collect::<String>()
        .to_lowercase();
    let platform = rng.below(4);
    let (device_name, os_description, os_version) = device(rng, platform, first);
    let user_name = if rng.percent(30) {
        format!("CONTOSO\\{login}")
    } else {
        format!("{first} {last}")
    };
    let state = ResultantAppState::VALUES[rng.weighted(&STATE_WEIGHTS)].as_str();
    let (detail, error_code) = match state {
        "installed" => ("noAdditionalDetails", 0),
        "failed" => (rng.pick(&FAILED_DETAILS), rng.pick(&ERROR_CODES)),
        _ => {
            let details = ResultantAppStateDetail::VALUES;
            (details[rng.below(details.len())].as_str(), 0)
        }
    };
    let synced = sync_time(rng);
    let id = rng.guid();
    let device_id = rng.guid();
    let display_version = app_version(rng);

    let mut state = json!(state);
    let mut detail = json!(detail);
    let mut unknown_members = None;
    if let Some(more) = unknown {
        if more.percent(5) {
            state = json!("someFutureState");
        }
        if more.percent(3) {
            detail = json!("someFutureDetail");
        }
        unknown_members = Some(unknown_values(more, platform));
    }
    let mut members = vec![
        (
            "@odata.type",
            json!("#microsoft.graph.mobileAppInstallStatus"),
        ),
        ("id", json!(id)),
        ("deviceName", json!(device_name)),
        ("deviceId", json!(device_id)),
        ("lastSyncDateTime", json!(synced)),
        ("mobileAppInstallStatusValue", state.clone()),
        ("installState", state),
        ("installStateDetail", detail),
        ("errorCode", json!(error_code)),
        ("osVersion", json!(os_version)),
        ("osDescription", json!(os_description)),
        ("userName", json!(user_name)),
        (
            "userPrincipalName",
            json!(format!("{login}@contoso.onmicrosoft.com")),
        ),
        ("displayVersion", json!(display_version)),
    ];
    if let Some([profile, duration, hardware]) = unknown_members {
        members.insert(4, ("enrollmentProfileName", profile));
        members.insert(10, ("lastSyncDurationInMilliseconds", duration));
        members.push(("hardwareInformation", hardware));
    }
    members
}

/// A string, a number and a nested object the doc does not describe, for a device of `platform`.
fn unknown_values(rng: &mut Lcg, platform: usize) -> [Value; 3] {
    let (profile, manufacturer, model) = HARDWARE[platform];
    let storage: u64 = rng.pick(&[64, 128, 256, 512]) * 1_000_204_886_016 / 1000;
    [
        json!(profile),
        json!(rng.below(120_000)),
        json!({
            "manufacturer": manufacturer,
            "model": model,
            "totalStorageSpaceInBytes": storage,
            "freeStorageSpaceInBytes": storage / 100 * (rng.below(90) as u64 + 5),
            "batteryLevelPercentage": rng.below(1000) as f64 / 10.0,
            "isEncrypted": rng.percent(80),
        }),
    ]
}

/// A device name, OS description and OS version of `platform`: Windows, iOS, Android, macOS.
fn device(rng: &mut Lcg, platform: usize, first: &str) -> (String, String, String) {
    let code = |rng: &mut Lcg| -> String {
        (0..7)
            .map(|_| char::from(b"ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[rng.below(34)]))
            .collect()
    };
    match platform {
        0 => {
            let name = format!("{}-{}", rng.pick(&["DESKTOP", "LAPTOP", "CPC"]), code(rng));
            let (build, edition) = (rng.pick(&[19044, 19045, 22621, 22631]), rng.pick(&EDITIONS));
            let windows = if build >= 22000 { 11 } else { 10 };
            let version = format!("10.0.{build}.{}", 1000 + rng.below(3000));
            (name, format!("Windows {windows} {edition}"), version)
        }
        1 => {
            let kind = rng.pick(&["iPhone", "iPad"]);
            let os = if kind == "iPad" { "iPadOS" } else { "iOS" };
            let version = format!("{}.{}.{}", 15 + rng.below(3), rng.below(8), rng.below(3));
            (format!("{first}’s {kind}"), os.into(), version)
        }
        2 => {
            let (month, day, hour) = (1 + rng.below(12), 1 + rng.below(28), 1 + rng.below(12));
            let minute = rng.below(60);
            let name = format!("{first}_AndroidForWork_{month}/{day}/2023_{hour}:{minute:02} PM");
            let version = 11 + rng.below(4);
            (name, format!("Android {version}"), version.to_string())
        }
        _ => {
            let version = format!("{}.{}.{}", 12 + rng.below(3), rng.below(7), rng.below(2));
            (format!("{first}’s MacBook Pro"), "macOS".into(), version)
        }
    }
}

/// An `Edm.DateTimeOffset` with 7 fraction digits and an offset, like Intune writes.
fn sync_time(rng: &mut Lcg) -> String {
    let (year, month, day) = (2017 + rng.below(8), 1 + rng.below(12), 1 + rng.below(28));
    let (hour, minute, second) = (rng.below(24), rng.below(60), rng.below(60));
    let fraction = rng.below(10_000_000);
    let offset = rng.pick(&[
        "-08:00", "-07:00", "-05:00", "+00:00", "Z", "+01:00", "+05:30",
    ]);
    format!("{year}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}.{fraction:07}{offset}")
}

fn app_version(rng: &mut Lcg) -> String {
    match rng.below(3) {
        0 => format!(
            "16.0.{}.{}",
            16000 + rng.below(1200),
            20000 + rng.below(300)
        ),
        1 => format!("{}.{}.{}", 1 + rng.below(5), rng.below(20), rng.below(10)),
        _ => format!(
            "{}.{} ({})",
            2 + rng.below(3),
            rng.below(10),
            100 + rng.below(900)
        ),
    }
}

const FIRST_NAMES: [&str; 12] = [
    "Megan", "Alex", "Adele", "Diego", "Isaiah", "Joni", "Lidia", "Nestor", "Zoë", "Renée",
    "Björn", "Chloé",
];
const LAST_NAMES: [&str; 10] = [
    "Bowen",
    "Wilber",
    "Vance",
    "Siciliani",
    "Langer",
    "Sherman",
    "Holloway",
    "Müller",
    "Åkesson",
    "Nakamura",
];
const EDITIONS: [&str; 3] = ["Enterprise", "Pro", "Education"];
/// Weights of `ResultantAppState::VALUES`: installed, failed, notInstalled, uninstallFailed,
/// pendingInstall, unknown, notApplicable.
const STATE_WEIGHTS: [usize; 7] = [60, 15, 8, 3, 7, 4, 3];
const FAILED_DETAILS: [&str; 5] = [
    "seeInstallErrorCode",
    "dependencyFailedToInstall",
    "minimumOsVersionNotMet",
    "minimumDiskSpaceNotMet",
    "userRejectedInstall",
];
const ERROR_CODES: [i64; 7] = [
    -2016330712,
    -2016345060,
    -2016330908,
    -2147024891,
    -2016214783,
    1603,
    -2016281112,
];
/// Per platform (as `device` numbers them): enrollment profile, manufacturer, model.
const HARDWARE: [(&str, &str, &str); 4] = [
    (
        "Corporate Windows Autopilot",
        "Microsoft Corporation",
        "Surface Laptop 5",
    ),
    ("iOS ADE – Shared devices", "Apple", "iPhone15,2"),
    ("Android Enterprise fully managed", "samsung", "SM-S911B"),
    ("macOS ADE", "Apple", "MacBookPro18,3"),
];

/// A 64-bit linear congruential generator (Knuth's MMIX constants): deterministic payloads
/// without a dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 32) as u32
    }

    /// A number in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        ((u64::from(self.next()) * n as u64) >> 32) as usize
    }

    fn percent(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }

    /// An index into `weights`, drawn in proportion to them.
    fn weighted(&mut self, weights: &[usize]) -> usize {
        let mut draw = self.below(weights.iter().sum());
        for (index, weight) in weights.iter().enumerate() {
            if draw < *weight {
                return index;
            }
            draw -= weight;
        }
        weights.len() - 1
    }

    fn guid(&mut self) -> String {
        let (a, b, c, d) = (self.next(), self.next(), self.next(), self.next());
        format!(
            "{a:08x}-{:04x}-{:04x}-{:04x}-{:04x}{c:08x}",
            b >> 16,
            b & 0xffff,
            d >> 16,
            d & 0xffff
        )
    }
}
