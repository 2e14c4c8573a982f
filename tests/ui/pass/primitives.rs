//! Every Graph primitive and every awkward name, round-tripped with real values.
#![deny(warnings, missing_docs)]

docmodel::include_models!("docs/primitives.md");

use docmodel::serde_json::{self, json};

fn main() {
    let read = json!({
        "text": "t", "flag": false, "byte": 255, "signedByte": -128, "small": -32768,
        "number": 2147483647, "integer": -1, "big": 9007199254740993_i64,
        "single": 0.5, "double": 1.0e-7,
        "when": "2021-03-01T10:00:00.0000000Z", "day": "2021-03-01", "time": "08:00:00.0000000",
        "wait": "-PT15M", "key": "67e55044-10b1-426f-9247-bb680e5fe0c8", "blob": "SGVsbG8=",
        "amount": 10.25, "content": "https://example.com/stream", "raw": {"any": [1, "json"]},
        "ids": ["00000000-0000-0000-0000-000000000000"], "days": ["2020-02-29"],
        "site@odata.bind": "https://graph.microsoft.com/v1.0/sites/1",
        "@microsoft.graph.conflictBehavior": "rename", "a.b": "dot", "1st": "first",
        "naïve": "accent", "😀": "emoji", "gen": "keyword", "crate": "not raw",
        "extra": "a property", "band": "wi-fi"
    });
    let gadget: Gadget = serde_json::from_value(read.clone()).unwrap();
    assert_eq!(serde_json::to_value(&gadget).unwrap(), read);
    assert_eq!(gadget.byte, Some(255));
    assert_eq!(gadget.day.map(|d| (d.year(), d.month(), d.day())), Some((2021, 3, 1)));
    assert_eq!(gadget.wait.map(|w| w.is_negative()), Some(true));
    assert_eq!(gadget.blob.as_deref(), Some(&b"Hello"[..]));
    assert_eq!(gadget.raw, Some(json!({"any": [1, "json"]})));
    assert_eq!(gadget.site_odata_bind.as_deref(), Some("https://graph.microsoft.com/v1.0/sites/1"));
    assert_eq!(gadget.microsoft_graph_conflict_behavior.as_deref(), Some("rename"));
    assert_eq!(gadget.a_b.as_deref(), Some("dot"));
    assert_eq!(gadget._1st.as_deref(), Some("first"));
    assert_eq!(gadget.na_ve.as_deref(), Some("accent"));
    assert_eq!(gadget.u1f600.as_deref(), Some("emoji"));
    assert_eq!(gadget.r#gen.as_deref(), Some("keyword"));
    assert_eq!(gadget.crate_.as_deref(), Some("not raw"));
    assert_eq!(gadget.extra.as_deref(), Some("a property"));
    assert!(gadget.extra_.is_empty(), "the unknown-members field stepped aside");
    assert_eq!(gadget.band, Some(Band::WiFi));
    // A value `VALUES` takes the constant's name, which steps aside to `VALUES_`; values named
    // like `Result`'s and `Option`'s variants, or `FromStr::Err`, are ordinary variants.
    let values: Vec<&str> = Band::VALUES_.iter().map(Band::as_str).collect();
    let listed = [
        "2G", "5G", "wi-fi", "default", "self", "other", "unrecognized", "none", "None", "Err", "Ok",
        "Some", "VALUES",
    ];
    assert_eq!(values, listed);
    assert_eq!("none".parse::<Band>().ok(), Some(Band::None));
    assert_eq!("None".parse::<Band>().ok(), Some(Band::None_));
    assert!(matches!("x".parse::<Band>(), Ok(Band::Unrecognized_(_))));
    assert_eq!("unrecognized".parse::<Band>().ok(), Some(Band::Unrecognized));
    assert_eq!("self".parse::<Band>().ok(), Some(Band::Self_));
    assert_eq!("2G".parse::<Band>().ok(), Some(Band::_2G));
    assert_eq!("Err".parse::<Band>(), Ok(Band::Err));
    assert_eq!("VALUES".parse::<Band>().ok(), Some(Band::VALUES));
    for invalid in [json!({"byte": 256}), json!({"day": "2021-02-29"}), json!({"wait": "1 hour"}),
                    json!({"key": "not-a-guid"}), json!({"blob": "not base64!"})] {
        assert!(serde_json::from_value::<Gadget>(invalid).is_err());
    }
}
