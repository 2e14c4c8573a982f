//! Unit tests of `Binary`.

use super::*;
use crate::types::test_support::*;

/// Texts and the bytes they hold.
const FORMS: &[(&str, &[u8])] = &[
    ("", b""),
    ("QQ==", b"A"),
    ("QUI=", b"AB"),
    ("QUJD", b"ABC"),
    ("SGVsbG8gV29ybGQh", b"Hello World!"),
    ("+/8=", &[0xfb, 0xff]),
    ("AAECAwQFBgcICQ==", &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    // Standard, unpadded.
    ("QQ", b"A"),
    ("+/8", &[0xfb, 0xff]),
    // URL-safe, padded and not.
    ("-_8=", &[0xfb, 0xff]),
    ("-_8", &[0xfb, 0xff]),
    ("-w", &[0xfb]),
    ("_w==", &[0xff]),
];

/// Each invalid input and the problem its error names, as `input => problem`.
const INVALID: &str = r#"
SGVs bG8= => ' ' at byte 4 is not a base64 character
SGVsbG8=\n => '\\n' at byte 8 is not a base64 character
QQ==QQ== => '=' at byte 2: padding may only end the text
QUJD= => '=' at byte 4: padding may only end the text
QQ=== => '=' at byte 2: padding may only end the text
QU=D => '=' at byte 2: padding may only end the text
= => '=' at byte 0: padding may only end the text
QQ= => it ends in '=' but its length 3 is not a multiple of 4
Q => the last group has a single character, which holds no whole byte
QUJDR => the last group has a single character, which holds no whole byte
QR== => 'R' at byte 1 has bits set past the last byte (not the canonical encoding)
QUJ= => 'J' at byte 2 has bits set past the last byte (not the canonical encoding)
QR => 'R' at byte 1 has bits set past the last byte (not the canonical encoding)
+-== => '+' at byte 0 mixes the standard alphabet with the URL-safe one ('-', '_')
_/8= => '/' at byte 1 mixes the standard alphabet with the URL-safe one ('-', '_')
SGVsbG8*  => '*' at byte 7 is not a base64 character
é=== => 'é' at byte 0 is not a base64 character"#;

fn bin(s: &str) -> Binary {
    s.parse().unwrap()
}

/// The texts of [`FORMS`].
fn texts() -> Vec<&'static str> {
    FORMS.iter().map(|(text, _)| *text).collect()
}

#[test]
fn every_form_round_trips_through_serde_json() {
    let values = assert_round_trips::<Binary>(&texts());
    for (value, (form, bytes)) in values.iter().zip(FORMS) {
        assert_eq!(value.as_bytes(), *bytes, "{form}");
    }
    assert_map_round_trips::<Binary>(r#"{"a":"SGVsbG8=","b":"-_8","c":""}"#);
}

#[test]
fn every_byte_string_up_to_two_bytes_round_trips_in_every_form() {
    let engines = [STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD];
    let mut inputs: Vec<Vec<u8>> = vec![vec![]];
    inputs.extend((0..=255).map(|a| vec![a]));
    inputs.extend((0..=255).flat_map(|a| (0..=255).map(move |b| vec![a, b])));
    inputs.extend((0..=255).map(|a| vec![a, !a, a ^ 0x5a]));
    for bytes in inputs {
        for engine in &engines {
            let text = engine.encode(&bytes);
            let value = bin(&text);
            assert_eq!((value.as_bytes(), value.to_string()), (&bytes[..], text));
        }
    }
}

#[test]
fn invalid_strings_are_errors_that_quote_the_input() {
    // `\n` in the table stands for a line break, `\\n` for its escape.
    let rows: Vec<_> = rows(INVALID, 17)
        .into_iter()
        .map(|(input, problem)| (input.replace("\\n", "\n"), problem.replace("\\\\n", "\\n")))
        .collect();
    assert_rejects::<Binary>("Edm.Binary", &rows);
    // A long payload is quoted by its start only.
    let long = format!("{}*", "A".repeat(1_000_000));
    assert_quotes_start::<Binary>("Edm.Binary", &long, "'*' at byte 1000000 is not");
}

#[test]
fn non_strings_are_invalid_type_errors() {
    let jsons = ["[72, 105]", "42", "null", "true", "{}"];
    assert_invalid_type::<Binary>(&jsons, "expected an Edm.Binary base64 string");
}

#[test]
fn bytes_in_and_out() {
    let b = Binary::from(b"Hello".to_vec());
    assert_eq!(b.to_string(), "SGVsbG8=");
    assert!(b.is_padded() && !b.is_url_safe());
    assert_eq!((&b[..2], b.len(), b.first()), (&b"He"[..], 5, Some(&b'H')));
    assert_eq!(b.as_ref(), b"Hello");
    assert_eq!(Binary::from(&b"Hello"[..]), b);
    assert_eq!(Vec::from(b.clone()), b"Hello");
    assert_eq!(b.into_vec(), b"Hello");
    let url = bin("-_8");
    assert!(url.is_url_safe() && !url.is_padded());
    let empty = bin("");
    assert!(empty.is_empty() && empty.is_padded() && !empty.is_url_safe());
    assert_eq!(empty, Binary::from(Vec::new()));
}

#[test]
fn equality_hash_and_order_are_by_bytes_then_form() {
    let same_bytes = ["+/8=", "+/8", "-_8=", "-_8"];
    for a in same_bytes {
        for b in same_bytes {
            assert_eq!(bin(a).as_bytes(), bin(b).as_bytes());
            assert_eq!(bin(a) == bin(b), a == b, "{a} {b}");
        }
    }
    assert_ord_agrees_with_eq(&same_bytes.map(bin));
    // Texts without '-', '_' or a missing '=' read as the form `From` makes.
    assert_eq!(bin("QUJD"), Binary::from(b"ABC".to_vec()));
    assert!(bin("QQ==") < bin("QUI=") && bin("QUI=") < bin("Qg=="));
    assert_forms_distinct(&texts(), bin);
}

#[test]
fn debug_cuts_long_payloads() {
    assert_eq!(format!("{:?}", bin("SGVsbG8=")), "Binary(SGVsbG8=)");
    assert_eq!(format!("{:?}", bin("")), "Binary()");
    let long = Binary::from(vec![0xfb; 1_000]);
    let shown = format!("Binary({}…, 1000 bytes)", "+/v7".repeat(16));
    assert_eq!(format!("{long:?}"), shown);
    let exactly_48 = Binary::from(vec![0; 48]);
    assert_eq!(
        format!("{exactly_48:?}"),
        format!("Binary({})", "A".repeat(64))
    );
}
