//! What docmodel's values allocate when read and written, counted by a global allocator.
//!
//! Documented data costs no more than the types a user writes by hand: the string-valued
//! primitives (`DateTimeOffset`, `Date`, `TimeOfDay`, `Duration`, `Guid`) and a listed enum value
//! read without allocating, from every serde_json entry point, and write without allocating
//! (from a buffer on the stack, with any serializer); `Binary` allocates only its bytes; a whole
//! generated struct allocates only its `String` fields. An enum value the doc does not list is
//! the one value that allocates: its text, and the box that keeps the enum two words wide.
//!
//! The counter is per thread, so tests running in parallel do not count each other.

use docmodel::serde_json::{self, Value};
use docmodel::types::{Binary, Date, DateTimeOffset, Duration, Guid, TimeOfDay};
use serde::de::{DeserializeOwned, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;
use std::marker::PhantomData;

docmodel::include_models!("../docs/intune-apps-mobileappinstallstatus-create.md");

#[allow(unsafe_code)] // `GlobalAlloc` is an unsafe trait; this only counts and forwards.
mod counting {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::cell::Cell;

    thread_local! {
        /// `alloc`, `alloc_zeroed` and `realloc` calls on this thread. A `const` initializer
        /// and no destructor: safe to touch from inside the allocator.
        pub static CALLS: Cell<u64> = const { Cell::new(0) };
    }

    /// `System`, counting calls per thread.
    struct Counting;

    #[global_allocator]
    static GLOBAL: Counting = Counting;

    fn count() {
        let _ = CALLS.try_with(|calls| calls.set(calls.get() + 1));
    }

    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            count();
            unsafe { System.alloc(layout) }
        }

        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            count();
            unsafe { System.alloc_zeroed(layout) }
        }

        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            unsafe { System.dealloc(ptr, layout) }
        }

        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            count();
            unsafe { System.realloc(ptr, layout, new_size) }
        }
    }
}

/// The allocations `f` makes on this thread (what it returns is dropped after counting).
fn allocations<R>(f: impl FnOnce() -> R) -> u64 {
    let before = counting::CALLS.with(|calls| calls.get());
    let result = f();
    let after = counting::CALLS.with(|calls| calls.get());
    drop(result);
    after - before
}

/// A JSON array read element by element into `T`, each dropped at once: reading it costs what
/// reading its elements costs, and nothing for a collection.
struct Each<T>(usize, PhantomData<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Each<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Elements<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for Elements<T> {
            type Value = Each<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an array")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Each<T>, A::Error> {
                let mut count = 0;
                while seq.next_element::<T>()?.is_some() {
                    count += 1;
                }
                Ok(Each(count, PhantomData))
            }
        }

        deserializer.deserialize_seq(Elements(PhantomData))
    }
}

/// Asserts that reading each of `texts` as a `T` allocates `per_value` times, from
/// `serde_json::from_str`, `from_slice` and `Value`; and from `from_reader`, whose deserializer
/// has a scratch buffer of its own that grows once, that 50 values in an array cost no more
/// than one, plus `per_value` each.
fn assert_reads<T: DeserializeOwned>(texts: &[&str], per_value: u64) {
    for text in texts {
        let json = serde_json::to_string(text).unwrap();
        let name = std::any::type_name::<T>();
        assert!(serde_json::from_str::<T>(&json).is_ok(), "{name}: {json}");
        let from_str = allocations(|| serde_json::from_str::<T>(&json).unwrap());
        assert_eq!(from_str, per_value, "{name} from_str {json}");
        let from_slice = allocations(|| serde_json::from_slice::<T>(json.as_bytes()).unwrap());
        assert_eq!(from_slice, per_value, "{name} from_slice {json}");
        let value = Value::from(*text);
        let from_value = allocations(|| T::deserialize(&value).unwrap());
        assert_eq!(from_value, per_value, "{name} from &Value {json}");

        let one = format!("[{json}]");
        let many = format!("[{}]", vec![json.as_str(); 50].join(","));
        let read = |array: &str| {
            let mut count = 0;
            let made = allocations(|| {
                let each = serde_json::from_reader::<_, Each<T>>(array.as_bytes()).unwrap();
                count = each.0;
            });
            (made, count)
        };
        let ((many, fifty), (one, single)) = (read(&many), read(&one));
        assert_eq!((fifty, single), (50, 1));
        assert_eq!(many, one + 49 * per_value, "{name} from_reader {json}");
    }
}

/// Asserts that each value writes its text, to serde_json without allocating (into a buffer
/// with room), and to a `Value` with exactly one allocation: the `String` it holds.
fn assert_writes<T: Serialize + DeserializeOwned>(texts: &[&str]) {
    for text in texts {
        let value: T = serde_json::from_value(Value::from(*text)).unwrap();
        let mut out = Vec::with_capacity(256);
        let name = std::any::type_name::<T>();
        assert_eq!(
            allocations(|| serde_json::to_writer(&mut out, &value).unwrap()),
            0,
            "{name} to_writer {text}"
        );
        assert_eq!(
            out,
            serde_json::to_vec(text).unwrap(),
            "{name} writes {text}"
        );
        assert_eq!(
            allocations(|| serde_json::to_value(&value).unwrap()),
            1,
            "{name} to_value {text}"
        );
    }
}

const DATE_TIMES: &[&str] = &[
    "2017-01-01T00:02:49.3205976-08:00",
    "2021-03-01T10:00:00Z",
    "2021-03-01t10:00:00.000000000+00:00",
    "9999-12-31T23:59:59.999999999-23:59",
    "0000-01-01T00:00:00-00:00",
    "2021-03-01T10:00:00.5",
];
const DATES: &[&str] = &["2021-03-01", "0000-01-01", "9999-12-31", "2020-02-29"];
const TIMES: &[&str] = &[
    "12:30:05",
    "08:00:00.0000000",
    "08:00",
    "23:59:59.999999999",
];
const DURATIONS: &[&str] = &[
    "PT1H",
    "P1DT2H3M4.5S",
    "-PT0.000S",
    "P1Y2M3W4DT5H6M7.0000000S",
    "P00000000000000000001D",
    "-P18446744073709551615Y18446744073709551615M18446744073709551615W18446744073709551615DT18446744073709551615H18446744073709551615M18446744073709551615.123456789S",
];
const GUIDS: &[&str] = &[
    "67e55044-10b1-426f-9247-bb680e5fe0c8",
    "67E55044-10B1-426F-9247-BB680E5FE0C8",
    "00000000-0000-0000-0000-000000000000",
];

#[test]
fn date_and_time_values_read_and_write_without_allocating() {
    assert_reads::<DateTimeOffset>(DATE_TIMES, 0);
    assert_writes::<DateTimeOffset>(DATE_TIMES);
    assert_reads::<Date>(DATES, 0);
    assert_writes::<Date>(DATES);
    assert_reads::<TimeOfDay>(TIMES, 0);
    assert_writes::<TimeOfDay>(TIMES);
    assert_reads::<Duration>(DURATIONS, 0);
    assert_writes::<Duration>(DURATIONS);
}

#[test]
fn guids_read_and_write_without_allocating() {
    assert_reads::<Guid>(GUIDS, 0);
    assert_writes::<Guid>(GUIDS);
}

#[test]
fn binary_allocates_its_bytes_only() {
    let texts = ["SGVsbG8=", "-_8", "SGVsbG8"];
    assert_reads::<Binary>(&texts, 1);
    for text in texts {
        let value: Binary = serde_json::from_value(Value::from(text)).unwrap();
        let mut out = Vec::with_capacity(64);
        let written = allocations(|| serde_json::to_writer(&mut out, &value).unwrap());
        assert_eq!((written, out), (0, serde_json::to_vec(text).unwrap()));
    }
    // The empty string is no bytes, and no allocation at all.
    assert_reads::<Binary>(&[""], 0);
}

#[test]
fn listed_enum_values_read_and_write_without_allocating() {
    let listed: Vec<&str> = ResultantAppStateDetail::VALUES
        .iter()
        .map(ResultantAppStateDetail::as_str)
        .collect();
    assert_reads::<ResultantAppStateDetail>(&listed, 0);
    assert_writes::<ResultantAppStateDetail>(&listed);
    let states: Vec<&str> = ResultantAppState::VALUES
        .iter()
        .map(ResultantAppState::as_str)
        .collect();
    assert_reads::<ResultantAppState>(&states, 0);
    assert_writes::<ResultantAppState>(&states);
    let parsed = allocations(|| "notInstalled".parse::<ResultantAppState>().unwrap());
    assert_eq!(parsed, 0);
}

#[test]
fn an_unlisted_enum_value_allocates_its_text_and_a_box() {
    let unlisted = ["someFutureState", "Installed", "not installed"];
    assert_reads::<ResultantAppState>(&unlisted, 2);
    assert_writes::<ResultantAppState>(&unlisted);
    // Two words, so that a listed value moves as cheaply as it can while it can hold another.
    assert_eq!(
        std::mem::size_of::<Option<ResultantAppState>>(),
        2 * std::mem::size_of::<usize>()
    );
}

/// A seed object with every documented member, as Graph writes it.
const STATUS: &str = r##"{"@odata.type":"#microsoft.graph.mobileAppInstallStatus","id":"a6c4b9b8-0f3b-4d6e-9a4e-2b1f3c5d7e90","deviceName":"DESKTOP-7QX2M4K","deviceId":"0d1f2e3c-4b5a-6978-8a9b-cadbecfd0e1f","lastSyncDateTime":"2017-01-01T00:02:49.3205976-08:00","mobileAppInstallStatusValue":"failed","installState":"failed","installStateDetail":"seeInstallErrorCode","errorCode":-2016330712,"osVersion":"10.0.22631.2861","osDescription":"Windows 11 Enterprise","userName":"Megan Bowen","userPrincipalName":"meganb@contoso.onmicrosoft.com","displayVersion":"16.0.16130.20332"}"##;

/// Its `String` members: what a struct written by hand allocates too.
const STRING_MEMBERS: u64 = 9;

#[test]
fn a_generated_struct_allocates_only_its_strings() {
    let read = |json: &str| serde_json::from_str::<MobileAppInstallStatus>(json).unwrap();
    assert_eq!(allocations(|| read(STATUS)), STRING_MEMBERS);
    let slice = allocations(|| {
        serde_json::from_slice::<MobileAppInstallStatus>(STATUS.as_bytes()).unwrap()
    });
    assert_eq!(slice, STRING_MEMBERS);

    let status = read(STATUS);
    assert!(status.extra.is_empty());
    let mut out = Vec::with_capacity(1024);
    let written = allocations(|| serde_json::to_writer(&mut out, &status).unwrap());
    assert_eq!(written, 0);
    assert_eq!(String::from_utf8(out).unwrap(), STATUS);

    // The unknown member (the box of extra data and its tape) and the unlisted value (its text
    // and its box) are what allocate beyond that: four.
    let future = STATUS.replace(
        r#""installState":"failed""#,
        r#""installState":"someFutureState","futureProperty":{"nested":[1,2,3],"flag":true}"#,
    );
    let extra = allocations(|| read(&future)) - STRING_MEMBERS;
    let status = read(&future);
    assert_eq!(extra, 4, "allocations for the unknown data");
    let mut out = Vec::with_capacity(1024);
    let written = allocations(|| serde_json::to_writer(&mut out, &status).unwrap());
    assert_eq!(written, 0);
    // Unknown members are written after the documented ones.
    let written: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(written, serde_json::from_str::<Value>(&future).unwrap());
}

/// Graph writes `null` for a documented property that has no value; keeping it (so that it is
/// written back) must not cost what a struct written by hand does not.
#[test]
fn documented_nulls_are_kept_without_allocating() {
    let nulls = STATUS
        .replace(r#""deviceName":"DESKTOP-7QX2M4K""#, r#""deviceName":null"#)
        .replace(
            r#""lastSyncDateTime":"2017-01-01T00:02:49.3205976-08:00""#,
            r#""lastSyncDateTime":null"#,
        )
        .replace(r#""errorCode":-2016330712"#, r#""errorCode":null"#);
    let read = |json: &str| serde_json::from_str::<MobileAppInstallStatus>(json).unwrap();
    // One `String` member fewer: `deviceName` is now `null`.
    assert_eq!(allocations(|| read(&nulls)), STRING_MEMBERS - 1);
    let status = read(&nulls);
    assert!(status.is_null("deviceName") && status.is_null("errorCode"));
    assert!(!status.is_null("deviceId") && status.device_name.is_none());
    let mut out = Vec::with_capacity(1024);
    let written = allocations(|| serde_json::to_writer(&mut out, &status).unwrap());
    assert_eq!(written, 0);
    assert_eq!(String::from_utf8(out).unwrap(), nulls);
}
