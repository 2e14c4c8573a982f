//! A test page with more types: collections, Boolean, Int16/Int64, Double, keyword names, and an
//! enum used twice.
#![deny(warnings, missing_docs)]

docmodel::include_models!("docs/widget.md");

use docmodel::serde_json::{self, json};

fn main() {
    let read = json!({
        "@odata.type": "#microsoft.graph.widget",
        "displayName": "W",
        "enabled": true,
        "count": 2147483647,
        "bigCount": 9007199254740993_i64,
        "smallCount": -32768,
        "ratio": 0.25,
        "createdDateTime": "2021-03-01T10:00:00+00:00",
        "tags": ["a", "b"],
        "type": "keyword",
        "self": "not a raw identifier",
        "state": "unknownFutureValue",
        "previousStates": ["on", "off", "later"]
    });
    let widget: Widget = serde_json::from_value(read.clone()).unwrap();
    assert_eq!(widget.r#type.as_deref(), Some("keyword"));
    assert_eq!(widget.self_.as_deref(), Some("not a raw identifier"));
    assert_eq!(widget.big_count, Some(9007199254740993));
    assert_eq!(widget.state, Some(WidgetState::UnknownFutureValue));
    let states = widget.previous_states.as_deref().unwrap();
    assert_eq!(states[..2], [WidgetState::On, WidgetState::Off]);
    assert_eq!(states[2].as_str(), "later");
    assert_eq!(serde_json::to_value(&widget).unwrap(), read);
    // A `Double` written as an integer comes back as one; Graph's "NaN"/"INF" strings too.
    for read in [json!({"ratio": 5}), json!({"ratio": 5.0}), json!({"ratio": -0.5}), json!({"ratio": "NaN"}), json!({"ratio": "-INF"})] {
        let widget: Widget = serde_json::from_value(read.clone()).unwrap();
        assert_eq!(serde_json::to_value(&widget).unwrap(), read);
    }
    let mut widget: Widget = serde_json::from_value(json!({"ratio": 5})).unwrap();
    assert_eq!(widget.ratio, Some(5.0));
    widget.ratio = Some(5.5);
    assert_eq!(serde_json::to_value(&widget).unwrap(), json!({"ratio": 5.5}));
    assert!(serde_json::from_value::<Widget>(json!({"ratio": "five"})).is_err());
    for out_of_range in [json!({"smallCount": 32768}), json!({"count": 2147483648_i64})] {
        assert!(serde_json::from_value::<Widget>(out_of_range).is_err());
    }
}
