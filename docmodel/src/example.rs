//! Doc examples as tests: what the tests that docmodel generates from a page's JSON examples
//! (the macro's `examples = true`, and `docmodel emit`) call.

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Reads the example `json` into `T` and writes it back: `Ok` if what is written equals what was
/// read (as `serde_json::Value`s). With `collection`, the example is a list response
/// (`{"value": [...]}`, or an array) and each item is read and written on its own.
pub fn round_trip<T>(json: &str, collection: bool) -> Result<(), String>
where
    T: Serialize + DeserializeOwned,
{
    let value: Value =
        serde_json::from_str(json).map_err(|e| format!("the example is not JSON: {e}"))?;
    let items = if collection {
        match value {
            Value::Array(items) => items,
            Value::Object(mut map) => match map.remove("value") {
                Some(Value::Array(items)) => items,
                _ => return Err("a list response without a `value` array".to_owned()),
            },
            other => return Err(format!("a list response that is neither: {other}")),
        }
    } else {
        vec![value]
    };
    for (index, item) in items.into_iter().enumerate() {
        let typed: T = serde_json::from_value(item.clone())
            .map_err(|e| format!("item {index} does not deserialize: {e}"))?;
        let written = serde_json::to_value(&typed)
            .map_err(|e| format!("item {index} does not serialize: {e}"))?;
        if written != item {
            return Err(format!(
                "item {index} is written back differently\n read:  {item}\n wrote: {written}"
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn equal_values_pass_and_differences_are_shown() {
        assert_eq!(
            round_trip::<BTreeMap<String, i64>>(r#"{"a": 1}"#, false),
            Ok(())
        );
        assert_eq!(
            round_trip::<BTreeMap<String, i64>>(r#"{"value": [{"a": 1}, {"b": 2}]}"#, true),
            Ok(())
        );
        let lossy = round_trip::<BTreeMap<String, f64>>(r#"{"a": 1}"#, false).unwrap_err();
        assert!(lossy.contains("written back differently"), "{lossy}");
        let wrong = round_trip::<BTreeMap<String, i64>>(r#"{"a": "x"}"#, false).unwrap_err();
        assert!(wrong.starts_with("item 0 does not deserialize"), "{wrong}");
        let not_a_list = round_trip::<i64>(r#"{"a": 1}"#, true).unwrap_err();
        assert!(
            not_a_list.contains("without a `value` array"),
            "{not_a_list}"
        );
    }
}
