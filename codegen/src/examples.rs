//! Examples: the JSON examples of the requested pages, checked against the model.
//!
//! An example is a fenced block after a `blockType` annotation ([`crate::page::Example`]). Its
//! type is the annotation's `@odata.type` (`microsoft.graph.user`, `Collection(...)`), or, for a
//! request without one, the type of the page's request body. Checked:
//!
//! - a member the type does not have, unless the type is open (`"openType": true`) or the member
//!   is an annotation (`@odata.context`, `site@odata.bind`, `@microsoft.graph.conflictBehavior`);
//! - a value whose JSON kind disagrees with its row's type (a string for an `Int32`);
//! - a placeholder (`"String"`, `"String (timestamp)"`, `"Integer"`, `"Boolean"`, ...) that
//!   names another type than the row's.
//!
//! Findings are warnings: examples are documentation, and `docmodel check` reports them. A
//! response example without findings whose every value is real (no placeholder) is also a
//! round-trip test that `emit` (and the macro's `examples = true`) generate: read into the type,
//! written back, compared. `"truncated": true` examples are tests too: they leave members out,
//! but what they show must still come back as it was.

use crate::diag::{Diagnostic, Diagnostics, Loc, Place};
use crate::json;
use crate::load::Loaded;
use crate::model::{Model, PolyId, Struct, StructId, Type};
use crate::page::{Example, annotated_type};
use crate::types::Prim;
use serde_json::{Map, Value};

/// What checking the examples of a build found.
#[derive(Debug, Clone, Default)]
pub struct ExampleReport {
    /// Examples checked (those whose type the model has).
    pub checked: usize,
    /// Examples with at least one finding (each a warning).
    pub disagree: usize,
    /// The examples with real values: round-trip tests.
    pub(crate) tests: Vec<ExampleTest>,
    /// The request examples of the page's own type without findings or placeholders, by page
    /// and place: bodies that request tests can send ([`crate::requests`]).
    pub(crate) clean_requests: Vec<(String, Loc)>,
}

impl ExampleReport {
    /// How many examples are round-trip tests (what `examples = true` generates).
    pub fn tests(&self) -> usize {
        self.tests.len()
    }
}

/// An example that can be a round-trip test.
#[derive(Debug, Clone)]
pub struct ExampleTest {
    /// The page.
    pub path: String,
    /// Where the example's JSON starts.
    pub loc: Loc,
    /// Its type: a struct of the model.
    pub ty: StructId,
    /// Whether the JSON is a collection (`{"value": [...]}` or an array) of the type.
    pub collection: bool,
    /// The JSON, as serde_json writes it (trailing commas gone).
    pub json: String,
}

/// Checks the examples of the requested pages of `loaded` against `model`; each finding is a
/// warning.
pub fn compare(loaded: &Loaded, model: &Model, diags: &mut Diagnostics) -> ExampleReport {
    let mut report = ExampleReport::default();
    for (_, page) in loaded.pages().filter(|(_, p)| p.requested) {
        // A request without an `@odata.type` is of the page's own type.
        let page_type = page.defs.structs.first().and_then(|def| {
            let name = format!("{}.{}", def.name.namespace, def.name.name);
            model
                .structs()
                .find(|(_, s)| s.odata_name.eq_ignore_ascii_case(&name))
                .map(|(id, _)| id)
        });
        for example in &page.examples {
            check_one(&page.path, example, page_type, model, &mut report, diags);
        }
    }
    report
}

fn check_one(
    path: &str,
    example: &Example,
    page_type: Option<StructId>,
    model: &Model,
    report: &mut ExampleReport,
    diags: &mut Diagnostics,
) {
    if example.json.trim().is_empty() {
        return;
    }
    let annotation = &example.annotation.value;
    let block = annotation.get("blockType").and_then(Value::as_str);
    let named = annotation.get("@odata.type").and_then(Value::as_str);
    let (ty, mut collection) = match named {
        Some(name) => match find_struct(model, name) {
            Some(found) => found,
            None => return,
        },
        None if block == Some("request") => match page_type {
            Some(ty) => (ty, false),
            None => return,
        },
        None => return,
    };
    let value = match json::parse_lenient(&example.json) {
        Ok(value) => value,
        Err(e) => {
            let place = Place::new(path, offset(example.loc, e.line, e.col));
            diags.push(Diagnostic::example(
                place,
                format!("this example is not JSON: {}", e.message),
            ));
            return;
        }
    };
    let mut checker = Checker {
        model,
        path,
        example,
        findings: Vec::new(),
        bugs: Vec::new(),
        placeholders: false,
    };
    let items: Vec<&Value> = match &value {
        Value::Array(items) => {
            collection = true;
            items.iter().collect()
        }
        Value::Object(map) if collection || is_list(map, model.structure(ty)) => {
            collection = true;
            match map.get("value") {
                Some(Value::Array(items)) => items.iter().collect(),
                _ => vec![&value],
            }
        }
        _ => vec![&value],
    };
    for item in items {
        checker.value(item, &Type::Struct(ty), "");
    }
    report.checked += 1;
    diags.extend(checker.bugs);
    if !checker.findings.is_empty() {
        report.disagree += 1;
        diags.extend(checker.findings);
    } else if block == Some("request") && !checker.placeholders {
        report.clean_requests.push((path.to_owned(), example.loc));
    } else if block == Some("response") && !checker.placeholders {
        report.tests.push(ExampleTest {
            path: path.to_owned(),
            loc: example.loc,
            ty,
            collection,
            json: value.to_string(),
        });
    }
}

/// `{"value": [...]}` for a type that has no `value` member: a list response.
fn is_list(map: &Map<String, Value>, s: Option<&Struct>) -> bool {
    matches!(map.get("value"), Some(Value::Array(_)))
        && s.is_some_and(|s| !s.fields.iter().any(|f| f.wire == "value"))
}

/// The struct an annotation's `@odata.type` names, and whether it says `Collection(...)`.
pub(crate) fn find_struct(model: &Model, name: &str) -> Option<(StructId, bool)> {
    let (name, collection) = annotated_type(name);
    let exact = model
        .structs()
        .find(|(_, s)| s.odata_name.eq_ignore_ascii_case(name))
        .map(|(id, _)| id);
    let short = name.rsplit('.').next().unwrap_or(name);
    let by_short = || {
        let mut found = model
            .structs()
            .filter(|(_, s)| s.doc_name.eq_ignore_ascii_case(short));
        match (found.next(), found.next()) {
            (Some((id, _)), None) => Some(id),
            _ => None,
        }
    };
    exact.or_else(by_short).map(|id| (id, collection))
}

/// The place of `line`:`col` of the example's JSON in the doc.
fn offset(start: Loc, line: usize, col: usize) -> Loc {
    if line <= 1 {
        Loc {
            line: start.line,
            col: start.col + col.saturating_sub(1),
        }
    } else {
        Loc {
            line: start.line + line - 1,
            col,
        }
    }
}

/// Placeholders the docs write for a value, and the types they stand for.
const PLACEHOLDERS: &[(&str, &[Prim])] = &[
    (
        "string",
        &[Prim::String, Prim::Stream, Prim::Guid, Prim::Binary],
    ),
    ("string (timestamp)", &[Prim::DateTimeOffset, Prim::Date]),
    ("string (identifier)", &[Prim::String, Prim::Guid]),
    ("datetime", &[Prim::DateTimeOffset]),
    ("datetimeoffset", &[Prim::DateTimeOffset]),
    (
        "integer",
        &[
            Prim::Byte,
            Prim::SByte,
            Prim::Int16,
            Prim::Int32,
            Prim::Int64,
        ],
    ),
    (
        "int32",
        &[Prim::Int32, Prim::Int16, Prim::Byte, Prim::SByte],
    ),
    ("int64", &[Prim::Int64, Prim::Int32]),
    ("boolean", &[Prim::Boolean]),
    ("guid", &[Prim::Guid, Prim::String]),
    ("double", &[Prim::Double, Prim::Single, Prim::Decimal]),
];

/// Numbers the docs write as placeholders (`"size": 1024`).
const PLACEHOLDER_NUMBERS: &[i64] = &[1024];

struct Checker<'a> {
    model: &'a Model,
    path: &'a str,
    example: &'a Example,
    findings: Vec<Diagnostic>,
    /// Ids that point nowhere (bugs in docmodel).
    bugs: Vec<Diagnostic>,
    /// Whether a placeholder was seen: the example has no real values throughout.
    placeholders: bool,
}

impl Checker<'_> {
    fn value(&mut self, value: &Value, ty: &Type, member: &str) {
        if value.is_null() {
            return;
        }
        if let Some(prims) = placeholder(value) {
            self.placeholders = true;
            let agrees = match ty {
                Type::Prim(prim) => prims.contains(prim),
                // An enum's placeholder is a `String`.
                Type::Enum(_) => prims.contains(&Prim::String),
                _ => false,
            };
            if !agrees {
                let text = value.as_str().unwrap_or_default();
                let message = format!(
                    "the placeholder `\"{text}\"` of `{member}` disagrees with its row's type `{}`",
                    self.describe(ty)
                );
                self.find(member, message);
            }
            return;
        }
        if value
            .as_i64()
            .is_some_and(|n| PLACEHOLDER_NUMBERS.contains(&n))
        {
            self.placeholders = true;
        }
        let kind_ok = match ty {
            Type::Prim(prim) => prim_accepts(*prim, value),
            Type::Enum(_) => value.is_string(),
            Type::Override(_) => true,
            Type::Boxed(inner) => return self.value(value, inner, member),
            Type::Vec(inner) => match value {
                Value::Array(items) => {
                    for item in items {
                        self.value(item, inner, member);
                    }
                    return;
                }
                _ => false,
            },
            Type::Struct(id) => match value {
                Value::Object(map) => return self.object(map, *id),
                _ => false,
            },
            Type::Poly(id) => match value {
                Value::Object(map) => {
                    if let Some(s) = self.poly_variant(*id, map) {
                        self.object(map, s);
                    }
                    return;
                }
                _ => false,
            },
        };
        if !kind_ok {
            let message = match value {
                Value::String(text) => format!(
                    "`{member}` is the string `\"{text}\"` here, which is no `{}`",
                    self.describe(ty)
                ),
                _ => format!(
                    "`{member}` is {} here, but its row's type is `{}`",
                    kind(value),
                    self.describe(ty)
                ),
            };
            self.find(member, message);
        }
    }

    fn object(&mut self, map: &Map<String, Value>, id: StructId) {
        let Some(s) = self.model.structure(id) else {
            return self.bug("a struct id points nowhere");
        };
        // An object of a type derived from this one that the model does not have: its own
        // members are not this type's to judge (and the generated type keeps them).
        let other_type = map
            .get("@odata.type")
            .and_then(Value::as_str)
            .map(|t| t.trim_start_matches('#'))
            .is_some_and(|t| !t.eq_ignore_ascii_case(&s.odata_name));
        for (name, value) in map {
            if is_annotation(name) {
                continue;
            }
            match s.fields.iter().find(|f| f.wire == *name) {
                Some(field) => self.value(value, &field.ty, name),
                None if s.open || other_type => {}
                None => {
                    let message = format!(
                        "`{name}` is not a property of `{}` (defined at {})",
                        s.doc_name, s.place
                    );
                    self.find(name, message);
                }
            }
        }
    }

    /// The struct a polymorphic value is, by its `@odata.type`.
    fn poly_variant(&mut self, id: PolyId, map: &Map<String, Value>) -> Option<StructId> {
        let Some(p) = self.model.poly(id) else {
            self.bug("a polymorphic id points nowhere");
            return None;
        };
        let named = map
            .get("@odata.type")
            .and_then(Value::as_str)
            .map(|t| t.trim_start_matches('#'));
        let derived = p.derived.iter().copied().find(|&d| {
            self.model
                .structure(d)
                .zip(named)
                .is_some_and(|(s, n)| s.odata_name.eq_ignore_ascii_case(n))
        });
        Some(derived.unwrap_or(p.base))
    }

    /// The doc's name of a type (`Int32`, `mode collection`).
    fn describe(&mut self, ty: &Type) -> String {
        let model = self.model;
        let name = match ty {
            Type::Prim(prim) => Some(prim.to_string()),
            Type::Enum(id) => model.enumeration(*id).map(|e| e.doc_name.clone()),
            Type::Struct(id) => model.structure(*id).map(|s| s.doc_name.clone()),
            Type::Poly(id) => model
                .poly(*id)
                .and_then(|p| model.structure(p.base))
                .map(|s| s.doc_name.clone()),
            Type::Boxed(inner) => Some(self.describe(inner)),
            Type::Vec(inner) => Some(format!("{} collection", self.describe(inner))),
            Type::Override(_) => Some("(overridden)".to_owned()),
        };
        name.unwrap_or_else(|| {
            self.bug("a type id points nowhere");
            String::new()
        })
    }

    /// A bug in docmodel, at the example's start.
    fn bug(&mut self, what: &str) {
        let place = Place::new(self.path, self.example.loc);
        self.bugs.push(Diagnostic::bug(place, what));
    }

    /// A finding at the member's line in the example (its first `"member":`), else the
    /// example's start.
    fn find(&mut self, member: &str, message: String) {
        let needle = format!("\"{member}\"");
        let loc = self
            .example
            .json
            .find(&needle)
            .map_or(self.example.loc, |at| {
                let before = self.example.json.get(..at).unwrap_or_default();
                let line = before.matches('\n').count() + 1;
                let col = before.rsplit('\n').next().unwrap_or(before).chars().count() + 1;
                offset(self.example.loc, line, col)
            });
        let place = Place::new(self.path, loc);
        self.findings
            .push(Diagnostic::example(place, format!("example: {message}")));
    }
}

/// `@odata.context`, `site@odata.bind`, `@microsoft.graph.conflictBehavior`: not properties.
fn is_annotation(name: &str) -> bool {
    name.starts_with('@') || name.contains("@odata.") || name.contains("@microsoft.graph.")
}

/// The types a placeholder value stands for, if it is one.
fn placeholder(value: &Value) -> Option<&'static [Prim]> {
    let text = value.as_str()?.trim().to_ascii_lowercase();
    PLACEHOLDERS
        .iter()
        .find(|(p, _)| *p == text)
        .map(|(_, prims)| *prims)
}

/// Whether a JSON value has the kind a primitive is written as, and for the primitives written
/// as strings of a form (`DateTimeOffset`, `Guid`, `Binary`, ...), roughly that form: enough
/// to tell `"datetime-value"` from a timestamp, not a full parse.
fn prim_accepts(prim: Prim, value: &Value) -> bool {
    let text = value.as_str();
    let form = |ok: fn(&str) -> bool| text.is_some_and(ok);
    match prim {
        Prim::String | Prim::Stream => value.is_string(),
        Prim::DateTimeOffset | Prim::Date => form(|t| {
            let b = t.as_bytes();
            b.len() >= 10 && b.iter().take(4).all(u8::is_ascii_digit) && b.get(4) == Some(&b'-')
        }),
        Prim::TimeOfDay => form(|t| {
            let b = t.as_bytes();
            b.len() >= 5 && b.iter().take(2).all(u8::is_ascii_digit) && b.get(2) == Some(&b':')
        }),
        Prim::Duration => form(|t| t.trim_start_matches('-').starts_with('P')),
        Prim::Guid => form(|t| {
            t.len() == 36
                && t.char_indices().all(|(i, c)| {
                    if matches!(i, 8 | 13 | 18 | 23) {
                        c == '-'
                    } else {
                        c.is_ascii_hexdigit()
                    }
                })
        }),
        Prim::Binary => form(|t| {
            let padded = t.ends_with('=');
            t.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '-' | '_' | '='))
                && !t.trim_end_matches('=').contains('=')
                && (!padded || t.len() % 4 == 0)
        }),
        Prim::Boolean => value.is_boolean(),
        Prim::Byte | Prim::SByte | Prim::Int16 | Prim::Int32 | Prim::Int64 => {
            value.is_i64() || value.is_u64()
        }
        // Graph writes `NaN` and `INF` as strings.
        Prim::Single | Prim::Double => {
            value.is_number() || matches!(value.as_str(), Some("NaN" | "INF" | "-INF"))
        }
        Prim::Decimal => value.is_number() || value.is_string(),
        Prim::Json => true,
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a Boolean",
        Value::Number(n) if n.is_f64() => "a fractional number",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use crate::Options;
    use crate::test_support::build_pages;

    const PAGE: &str = "# Update thing\n\n## Request body\n\n|Property|Type|Description|\n|-|-|-|\n|size|Int32|x|\n\n<!-- { \"blockType\": \"request\" } -->\n```json\n";

    fn findings(example: &str) -> (usize, usize, Vec<String>) {
        let text = format!("{PAGE}{example}\n```\n");
        let build = build_pages(&[("t.md", &text)], &Options::default());
        let findings = build.diagnostics.iter().map(ToString::to_string).collect();
        (build.examples.checked, build.examples.disagree, findings)
    }

    #[test]
    fn examples_are_checked_against_the_rows() {
        assert_eq!(findings(r#"{"size": 3,}"#), (1, 0, vec![]));
        let (_, disagree, found) = findings(r#"{"size": "big", "colour": 1}"#);
        assert_eq!(disagree, 1);
        assert_eq!(
            found,
            [
                "t.md:11:17: example: `colour` is not a property of `thing` (defined at `t.md` line 5)",
                "t.md:11:2: example: `size` is the string `\"big\"` here, which is no `Int32`",
            ]
        );
        let (_, _, found) = findings(r#"{"size": "Boolean"}"#);
        assert!(
            found[0].contains("the placeholder `\"Boolean\"` of `size`"),
            "{found:?}"
        );
    }

    #[test]
    fn an_example_that_is_not_json_is_reported_where_it_breaks() {
        let (checked, _, found) = findings("{\n  \"size\": 3\n  \"other\": 4\n}");
        assert_eq!(checked, 0);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("t.md:13:3: this example is not JSON"),
            "{found:?}"
        );
    }
}
