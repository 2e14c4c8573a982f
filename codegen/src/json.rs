//! Lenient JSON: what the docs' examples write.
//!
//! The examples in Graph reference pages are JSON as people write it by hand, and some have a
//! trailing comma before a closing `}` or `]`. [`parse_lenient`] accepts those and nothing else
//! beyond standard JSON, and reports errors at the line and column of the text it was given.

use std::fmt;

/// Why a text is not (lenient) JSON, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    /// The 1-based line of the problem, within the text given to [`parse_lenient`].
    pub line: usize,
    /// The 1-based column of the problem, in characters.
    pub col: usize,
    /// serde_json's description of the problem, without its position.
    pub message: String,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.col, self.message)
    }
}

impl std::error::Error for JsonError {}

/// Parses `text` as JSON, accepting trailing commas before `}` and `]`.
///
/// Everything serde_json accepts is accepted, with the same value. In addition, a comma outside
/// strings that is followed (after whitespace) by `}` or `]` and preceded by a value is dropped:
/// `{"a": 1,}` and `[1, 2, ]` read as `{"a": 1}` and `[1, 2]`. Commas inside strings (escaped
/// quotes included) are text and stay. A comma that follows no value (`[,]`, `{,}`, `[1,,]`) is
/// still an error.
///
/// The dropped commas are replaced by spaces, so an error's [`JsonError::line`] and
/// [`JsonError::col`] point into `text` as given (lines end at `\n`, so `\r\n` text counts lines
/// like an editor; columns count characters).
pub fn parse_lenient(text: &str) -> Result<serde_json::Value, JsonError> {
    let cleaned = without_trailing_commas(text);
    serde_json::from_str(&cleaned).map_err(|e| JsonError {
        line: e.line().max(1),
        col: char_column(&cleaned, e.line(), e.column()),
        message: message(&e),
    })
}

/// `text` with each trailing comma (a comma after a value, before `}` or `]`) replaced by a space.
fn without_trailing_commas(text: &str) -> String {
    let bytes = text.as_bytes();
    // Byte offsets of the commas to drop, in order. Only ASCII is looked at: the bytes of a
    // multi-byte UTF-8 character are never ASCII.
    let mut drop = Vec::new();
    let mut in_string = false;
    let mut escaped = false;
    // The last byte outside strings that is not whitespace (a string counts as `"`).
    let mut last = None;
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => {
                in_string = true;
                last = Some(b);
            }
            b',' => {
                let follows_value = last.is_some_and(|l| !matches!(l, b'[' | b'{' | b','));
                let closes = bytes
                    .get(i + 1..)
                    .and_then(|rest| rest.iter().find(|c| !is_json_whitespace(**c)))
                    .is_some_and(|c| matches!(c, b'}' | b']'));
                if follows_value && closes {
                    drop.push(i);
                    // A dropped comma leaves the value before it as the last thing seen.
                } else {
                    last = Some(b);
                }
            }
            b if is_json_whitespace(b) => {}
            b => last = Some(b),
        }
    }
    if drop.is_empty() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut next = drop.iter().peekable();
    for (i, c) in text.char_indices() {
        if next.peek().is_some_and(|&&d| d == i) {
            next.next();
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

fn is_json_whitespace(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// The 1-based character column of serde_json's (1-based, byte) `column` on 1-based `line`.
fn char_column(text: &str, line: usize, column: usize) -> usize {
    let Some(line_text) = text.split('\n').nth(line.saturating_sub(1)) else {
        return column.max(1);
    };
    // serde_json's column counts the bytes up to and including the one it stopped at: the
    // character that holds that byte is the one reported.
    let chars = line_text
        .char_indices()
        .take_while(|(i, _)| *i < column)
        .count();
    chars.max(1)
}

/// serde_json's message without the ` at line L column C` it appends.
fn message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    full.strip_suffix(&suffix).unwrap_or(&full).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn plain_json_is_read_as_serde_json_reads_it() {
        let text = r#"{"a": [1, 2.5, "x"], "b": {"c": null, "d": true}}"#;
        assert_eq!(
            parse_lenient(text).unwrap(),
            serde_json::from_str::<serde_json::Value>(text).unwrap()
        );
        assert_eq!(parse_lenient("[]").unwrap(), json!([]));
        assert_eq!(parse_lenient(" 3 ").unwrap(), json!(3));
    }

    #[test]
    fn a_trailing_comma_in_an_object_is_dropped() {
        assert_eq!(parse_lenient(r#"{"a": 1,}"#).unwrap(), json!({"a": 1}));
        assert_eq!(
            parse_lenient("{\n  \"a\": \"x\",\n}\n").unwrap(),
            json!({"a": "x"})
        );
    }

    #[test]
    fn a_trailing_comma_in_an_array_is_dropped() {
        assert_eq!(parse_lenient("[1, 2, ]").unwrap(), json!([1, 2]));
        assert_eq!(parse_lenient("[\"a\",]").unwrap(), json!(["a"]));
    }

    #[test]
    fn nested_trailing_commas_are_dropped() {
        let text = r#"{"value": [{"id": "1", "tags": ["a", "b",],}, {"id": "2"},], "n": {},}"#;
        assert_eq!(
            parse_lenient(text).unwrap(),
            json!({"value": [{"id": "1", "tags": ["a", "b"]}, {"id": "2"}], "n": {}})
        );
    }

    #[test]
    fn commas_in_strings_stay() {
        assert_eq!(
            parse_lenient(r#"{"a": "x,}", "b": "y, ]",}"#).unwrap(),
            json!({"a": "x,}", "b": "y, ]"})
        );
        // An escaped quote does not end the string; an escaped backslash before a quote does.
        assert_eq!(
            parse_lenient(r#"{"a": "q\",}", "b": "\\", }"#).unwrap(),
            json!({"a": "q\",}", "b": "\\"})
        );
        assert_eq!(
            parse_lenient(r#"["é,]", "ü",]"#).unwrap(),
            json!(["é,]", "ü"])
        );
    }

    #[test]
    fn a_comma_after_no_value_is_still_an_error() {
        assert!(parse_lenient("[,]").is_err());
        assert!(parse_lenient("{,}").is_err());
        assert!(parse_lenient("[1,,]").is_err());
    }

    #[test]
    fn errors_are_at_their_line_and_column() {
        let error = parse_lenient("{\n  \"a\": 1,\n  \"b\" 2\n}").unwrap_err();
        assert_eq!((error.line, error.col), (3, 7));
        assert_eq!(error.message, "expected `:`");
        assert_eq!(error.to_string(), "3:7: expected `:`");
        // Positions are unchanged by a dropped comma before them, and columns count characters.
        let error = parse_lenient("[1,]\n{\"é\": x}").unwrap_err();
        assert_eq!((error.line, error.col), (2, 1));
        let error = parse_lenient("{\"é\": x}").unwrap_err();
        assert_eq!((error.line, error.col), (1, 7));
        let error = parse_lenient("{\"a\": [1, 2,],\n  \"b\": tru}").unwrap_err();
        // serde_json stops at the `}` after `tru`.
        assert_eq!((error.line, error.col), (2, 11));
        assert_eq!(error.message, "expected ident");
    }

    #[test]
    fn crlf_text_is_read_and_lines_count_right() {
        assert_eq!(
            parse_lenient("{\r\n  \"a\": 1,\r\n}\r\n").unwrap(),
            json!({"a": 1})
        );
        let error = parse_lenient("{\r\n  \"a\": 1,\r\n  \"b\": x\r\n}").unwrap_err();
        assert_eq!((error.line, error.col), (3, 8));
    }

    #[test]
    fn empty_text_is_an_error_at_the_start() {
        let error = parse_lenient("").unwrap_err();
        assert_eq!((error.line, error.col), (1, 1));
        assert_eq!(error.message, "EOF while parsing a value");
    }
}
