//! Cells that try to break out of the string literal or identifier they become: every JSON name
//! is the doc's text exactly, and nothing of it became code.
#![deny(warnings, missing_docs)]
#![forbid(unsafe_code)]

docmodel::include_models!("docs/hostile.md");

use docmodel::serde_json::{self, json};

fn main() {
    let read = json!({
        "quote\"in\"name": 1, "back\\slash": 2, "end*/comment": 3, "#[attr]": 4, "brace}": 5,
        "r#\"raw\"#": 6, "\");": 7, "tick": 8, "nul\u{0}byte": 9, "bell\u{7}": 10,
        "bidi\u{202e}evil": 11, "emoji🦀": 12, "mode": "a}b"
    })
    .as_object()
    .unwrap()
    .iter()
    .map(|(k, v)| (k.clone(), if v.is_number() { json!(v.to_string()) } else { v.clone() }))
    .collect::<serde_json::Map<_, _>>();
    let read = serde_json::Value::Object(read);
    let hostile: Hostile = serde_json::from_value(read.clone()).unwrap();
    assert!(hostile.extra.is_empty(), "every name matched a field: {:?}", hostile.extra);
    assert_eq!(hostile.quote_in_name.as_deref(), Some("1"));
    assert_eq!(hostile.u22_u29_u3b.as_deref(), Some("7"));
    assert_eq!(hostile.bidi_evil.as_deref(), Some("11"));
    assert_eq!(hostile.mode, Some(Mode::AB));
    assert_eq!(Mode::VALUES.iter().map(Mode::as_str).collect::<Vec<_>>(), ["quoted", "a}b", "*/", "x\\y"]);
    assert_eq!(serde_json::to_value(&hostile).unwrap(), read);
}
