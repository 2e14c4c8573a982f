//! Checks that the tests of every primitive share: round trips through
//! `Display` and serde_json, parse errors and their messages, `invalid type`
//! errors, and equality, hashing and ordering that agree.

use std::collections::{BTreeMap, HashSet};
use std::error::Error;
use std::fmt::{Debug, Display};
use std::hash::Hash;
use std::str::FromStr;

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// Each form, as a JSON string, deserializes the same through `from_str`,
/// `from_slice` and `from_reader`, and writes back as the same JSON text
/// and `Value`; `Display` writes the form and `FromStr` reads it. Returns
/// the values, in the order of `forms`.
pub(crate) fn assert_round_trips<T>(forms: &[&str]) -> Vec<T>
where
    T: FromStr + Display + Serialize + DeserializeOwned + PartialEq + Debug,
    T::Err: Debug,
{
    let values: Vec<T> = forms
        .iter()
        .map(|form| assert_json_round_trips(&format!("\"{form}\"")))
        .collect();
    for (value, form) in values.iter().zip(forms) {
        assert_eq!(serde_json::to_value(value).unwrap(), Value::from(*form));
        assert_eq!(form.parse::<T>().unwrap(), *value, "{form}");
    }
    values
}

/// `json` deserializes the same through `from_str`, `from_slice` and
/// `from_reader`, and writes back as the same JSON text and `Value`;
/// `Display` writes the text of a JSON string, the JSON itself otherwise.
pub(crate) fn assert_json_round_trips<T>(json: &str) -> T
where
    T: Display + Serialize + DeserializeOwned + PartialEq + Debug,
{
    let value: T = serde_json::from_str(json).unwrap();
    let from_slice: T = serde_json::from_slice(json.as_bytes()).unwrap();
    let from_reader: T = serde_json::from_reader(json.as_bytes()).unwrap();
    assert_eq!((&value, &value), (&from_slice, &from_reader), "{json}");
    assert_eq!(serde_json::to_string(&value).unwrap(), json);
    let expected: Value = serde_json::from_str(json).unwrap();
    assert_eq!(serde_json::to_value(&value).unwrap(), expected, "{json}");
    let text = match &expected {
        Value::String(text) => text.as_str(),
        _ => json,
    };
    assert_eq!(value.to_string(), text);
    value
}

/// A JSON object of values reads as a map and writes back as the same text.
pub(crate) fn assert_map_round_trips<T>(object: &str)
where
    T: Serialize + DeserializeOwned,
{
    let map: BTreeMap<String, T> = serde_json::from_str(object).unwrap();
    assert_eq!(serde_json::to_string(&map).unwrap(), object);
}

/// The rows of a table of `input => problem` lines, `expected` of them. An
/// input keeps its own spaces, but not the one before `=>`.
pub(crate) fn rows(table: &str, expected: usize) -> Vec<(&str, &str)> {
    let rows: Vec<_> = table
        .lines()
        .filter_map(|line| line.split_once("=>"))
        .map(|(input, problem)| (input.strip_suffix(' ').unwrap_or(input), problem.trim()))
        .collect();
    assert_eq!(rows.len(), expected);
    rows
}

/// Each input fails to parse with the error `invalid <what> "<input>":
/// <problem>` (also as a `Box<dyn Error>`), and to deserialize from a JSON
/// string with an error that starts with that message.
pub(crate) fn assert_rejects<T>(what: &str, rows: &[(impl AsRef<str>, impl AsRef<str>)])
where
    T: FromStr + DeserializeOwned + Debug,
    T::Err: Error + 'static,
{
    for (input, problem) in rows {
        let (input, problem) = (input.as_ref(), problem.as_ref());
        let message = format!("invalid {what} {input:?}: {problem}");
        let error = input.parse::<T>().unwrap_err();
        assert_eq!(error.to_string(), message);
        let boxed: Box<dyn Error> = Box::new(error);
        assert_eq!(boxed.to_string(), message);
        let json = serde_json::to_string(input).unwrap();
        let json_error = serde_json::from_str::<T>(&json).unwrap_err();
        assert!(json_error.to_string().starts_with(&message), "{json_error}");
    }
}

/// The error for a long `input` quotes its first 80 characters and `…`,
/// then names the problem, which starts with `problem`; it stays short.
pub(crate) fn assert_quotes_start<T>(what: &str, input: &str, problem: &str)
where
    T: FromStr + Debug,
    T::Err: Display,
{
    let error = input.parse::<T>().unwrap_err().to_string();
    let start: String = input.chars().take(80).collect();
    let quoted = format!("invalid {what} {start:?}…: {problem}");
    assert!(error.starts_with(&quoted), "{error}");
    assert!(error.len() < 200, "{error}");
}

/// Each JSON text, of another type than the value's, is an `invalid type`
/// error whose message contains `expected`.
pub(crate) fn assert_invalid_type<T>(jsons: &[&str], expected: &str)
where
    T: DeserializeOwned + Debug,
{
    for json in jsons {
        let error = serde_json::from_str::<T>(json).unwrap_err();
        let message = error.to_string();
        assert!(message.starts_with("invalid type: "), "{json}: {message}");
        assert!(message.contains(expected), "{json}: {message}");
    }
}

/// Each form, read twice, makes one value in a hash set: reading the same
/// text gives equal values with equal hashes, and different forms differ.
pub(crate) fn assert_forms_distinct<T>(forms: &[&str], read: impl Fn(&str) -> T)
where
    T: Hash + Eq,
{
    let all = forms.iter().chain(forms).map(|form| read(form));
    assert_eq!(all.collect::<HashSet<_>>().len(), forms.len());
}

/// Among `values`, comparing `Equal` means `==`.
pub(crate) fn assert_ord_agrees_with_eq<T>(values: &[T])
where
    T: Ord + Debug,
{
    for a in values {
        for b in values {
            let equal = a.cmp(b) == std::cmp::Ordering::Equal;
            assert_eq!(equal, a == b, "{a:?} {b:?}");
        }
    }
}
