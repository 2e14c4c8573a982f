//! Uses the types generated from `docs/thing.md` with nothing but `docmodel` as a dependency.
//! Run by tests/tests/e2e.rs, which checks the marker line this prints last.

use docmodel::serde_json::{self, Value};

docmodel::include_models!("docs/thing.md");

/// A collection as a service would send it: every documented member set in the first widget; an
/// explicit null, an unknown member and a value the doc does not list in the second.
const WIDGETS: &str = r##"[
    {
        "@odata.type": "#microsoft.graph.widget",
        "id": "0b7f3c1e-5a2d-4c8e-9f10-2d3e4f5a6b7c",
        "count": 42,
        "seenDateTime": "2017-01-01T00:02:49.3205976-08:00",
        "state": "off"
    },
    {
        "id": "widget-2",
        "count": null,
        "seenDateTime": "2021-03-01T10:00:00Z",
        "state": "flickering",
        "vendorNote": {"tags": ["a", "b"], "weight": 2.5}
    }
]"##;

fn main() {
    // A member `addedLater` holding a number: kept as an unknown member while the doc does not
    // list it, an error once it does as a `String` (tests/tests/e2e.rs adds that row).
    let added = serde_json::from_str::<Widget>(r#"{"addedLater": 5}"#);
    println!("{:?}", added.map_err(|e| e.to_string()));

    let read: Value = serde_json::from_str(WIDGETS).expect("the fixture is JSON");
    let widgets: Vec<Widget> = serde_json::from_str(WIDGETS).expect("deserializes into Widget");
    let written = serde_json::to_value(&widgets).expect("serializes");
    assert_eq!(
        written, read,
        "the JSON written back differs from the JSON read"
    );

    let [first, second] = &widgets[..] else {
        panic!("two widgets, got {}", widgets.len())
    };
    assert_eq!(first.odata_type.as_deref(), Some("#microsoft.graph.widget"));
    assert_eq!(first.count, Some(42));
    assert_eq!(first.state, Some(WidgetState::Off));
    let seen = first.seen_date_time.expect("seenDateTime is set");
    assert_eq!(seen.unix_timestamp(), 1_483_257_769);
    assert_eq!(seen.nanosecond(), 320_597_600);
    assert_eq!(seen.offset_seconds(), -8 * 3600);
    assert_eq!(seen.to_string(), "2017-01-01T00:02:49.3205976-08:00");
    assert!(first.extra.is_empty());

    assert_eq!(second.id.as_deref(), Some("widget-2"));
    assert_eq!(second.count, None);
    assert!(second.is_null("count"));
    let state = second.state.as_ref().expect("state is set");
    assert!(matches!(state, WidgetState::Unrecognized(_)), "{state:?}");
    assert_eq!(state.as_str(), "flickering");
    assert_eq!(second.extra.get("vendorNote"), Some(read[1]["vendorNote"].clone()));

    println!("onedep ok");
}
