//! The Type column: primitive names, collections, and suggestions for misspellings.

use std::fmt;

/// A Graph primitive type that docmodel maps to a Rust type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Prim {
    /// `String` -> `String`
    String,
    /// `Boolean` -> `bool`
    Boolean,
    /// `Byte` -> `u8`
    Byte,
    /// `SByte` -> `i8`
    SByte,
    /// `Int16` -> `i16`
    Int16,
    /// `Int32` -> `i32`
    Int32,
    /// `Int64` -> `i64`
    Int64,
    /// `Single` -> `f32`
    Single,
    /// `Double` -> `f64`
    Double,
    /// `DateTimeOffset` -> `docmodel::types::DateTimeOffset`
    DateTimeOffset,
    /// `Date` -> `docmodel::types::Date`
    Date,
    /// `TimeOfDay` -> `docmodel::types::TimeOfDay`
    TimeOfDay,
    /// `Duration` -> `docmodel::types::Duration`
    Duration,
    /// `Guid` -> `docmodel::types::Guid`
    Guid,
    /// `Binary` -> `docmodel::types::Binary`
    Binary,
    /// `Decimal` -> `docmodel::types::Decimal`
    Decimal,
    /// `Stream` -> `String` (no row of the corpus uses it; Graph sends a URL or the content)
    Stream,
    /// `Json` -> `serde_json::Value`
    Json,
}

impl Prim {
    /// The canonical spelling, as the Graph docs write it.
    pub fn doc_name(self) -> &'static str {
        match self {
            Prim::String => "String",
            Prim::Boolean => "Boolean",
            Prim::Byte => "Byte",
            Prim::SByte => "SByte",
            Prim::Int16 => "Int16",
            Prim::Int32 => "Int32",
            Prim::Int64 => "Int64",
            Prim::Single => "Single",
            Prim::Double => "Double",
            Prim::DateTimeOffset => "DateTimeOffset",
            Prim::Date => "Date",
            Prim::TimeOfDay => "TimeOfDay",
            Prim::Duration => "Duration",
            Prim::Guid => "Guid",
            Prim::Binary => "Binary",
            Prim::Decimal => "Decimal",
            Prim::Stream => "Stream",
            Prim::Json => "Json",
        }
    }
}

impl fmt::Display for Prim {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.doc_name())
    }
}

/// Spellings of primitives, lower-cased, without the `Edm.` prefix.
const SPELLINGS: &[(&str, Prim)] = &[
    ("string", Prim::String),
    ("boolean", Prim::Boolean),
    ("bool", Prim::Boolean),
    ("byte", Prim::Byte),
    ("sbyte", Prim::SByte),
    ("int16", Prim::Int16),
    ("int32", Prim::Int32),
    ("int", Prim::Int32),
    ("integer", Prim::Int32),
    ("int64", Prim::Int64),
    ("single", Prim::Single),
    ("double", Prim::Double),
    ("datetimeoffset", Prim::DateTimeOffset),
    ("datetime", Prim::DateTimeOffset),
    ("date", Prim::Date),
    ("timeofday", Prim::TimeOfDay),
    ("duration", Prim::Duration),
    ("guid", Prim::Guid),
    ("binary", Prim::Binary),
    ("decimal", Prim::Decimal),
    ("stream", Prim::Stream),
    ("json", Prim::Json),
    // A JSON number of no stated kind: `Decimal` keeps it exactly as it was written.
    ("number", Prim::Decimal),
];

/// Loose spellings that real docs use for primitives (lower-cased): `Untyped JSON object`,
/// `Url`, `Float`, `Timestamp`. They name the primitive only in a Type cell without a link
/// ([`lookup_loose`]): `timeStamp` is also a Graph complex type (date and time apart), and a
/// cell that links a page names what the page defines. In v1.0, `Timestamp` stands bare for
/// `createdDateTime` and `lastModifiedDateTime` (`remoteItem`), where the JSON holds a
/// `DateTimeOffset` string. `Object` alone is any JSON object (`properties | Object | A property
/// bag`, in `externalconnectors-externalitem-update.md`).
const LOOSE_SPELLINGS: &[(&str, Prim)] = &[
    ("untyped json", Prim::Json),
    ("object", Prim::Json),
    ("url", Prim::String),
    ("float", Prim::Double),
    ("timestamp", Prim::DateTimeOffset),
];

/// What a Type cell names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeCell<'a> {
    /// The type's name, without `Edm.`, collection markers, qualifiers such as `(optional)` or
    /// words such as `enum`, and without surrounding space. It may be qualified
    /// (`microsoft.graph.callRecords.modality`).
    pub name: &'a str,
    /// Whether the cell says `X collection`, `Collection(X)` or `Collection of X`.
    pub collection: bool,
    /// Whether the cell offers several types (`string/number`, `a or b`): docmodel maps those
    /// to `serde_json::Value`, since any of them may arrive.
    pub alternatives: bool,
}

/// Words after a type name that say what kind of type it is, not which one.
const KIND_WORDS: &[&str] = &[
    " complex type",
    " entity type",
    " enum type",
    " enumeration",
    " enum",
    " resource type",
    " resource",
    " object",
    " entity",
    " type",
    " value",
];

/// Reads a Type cell: `String`, `Edm.String`, `String collection`, `Collection(String)`,
/// `Collection of String`, `String (optional)`, `alertStatus enum`, `JSON object`,
/// `string/number`.
pub fn parse_type_cell(text: &str) -> TypeCell<'_> {
    let mut name = text.trim();
    let mut collection = false;
    name = strip_qualifier(name);
    if let Some(inner) = strip_prefix_ci(name, "Collection(").and_then(|t| t.strip_suffix(')')) {
        (name, collection) = (inner.trim(), true);
    } else if let Some(inner) = strip_prefix_ci(name, "Collection of ") {
        (name, collection) = (inner.trim(), true);
    } else if let Some(inner) = strip_suffix_ci(name, " collection") {
        (name, collection) = (inner.trim(), true);
    }
    name = strip_qualifier(name);
    for word in KIND_WORDS {
        if let Some(rest) = strip_suffix_ci(name, word).filter(|r| !r.trim().is_empty()) {
            name = rest.trim();
            break;
        }
    }
    let alternatives =
        name.contains('/') || name.contains(',') || name.to_ascii_lowercase().contains(" or ");
    TypeCell {
        name: strip_edm(name),
        collection,
        alternatives,
    }
}

/// `String (optional)` and `(Optional) String` -> `String`: a parenthesis before or after a
/// name that qualifies it.
fn strip_qualifier(text: &str) -> &str {
    if let Some(rest) = text.strip_prefix('(')
        && let Some((_, name)) = rest.split_once(')')
        && !name.trim().is_empty()
    {
        return name.trim();
    }
    if !text.ends_with(')') || strip_prefix_ci(text, "Collection(").is_some() {
        return text;
    }
    match text.rfind('(') {
        Some(at) => {
            let head = text.get(..at).unwrap_or(text).trim();
            if head.is_empty() { text } else { head }
        }
        None => text,
    }
}

/// The primitive a type name spells, case-insensitively, if it is one.
pub fn lookup(name: &str) -> Option<Prim> {
    let lower = name.to_ascii_lowercase();
    SPELLINGS
        .iter()
        .find(|(s, _)| *s == lower)
        .map(|(_, prim)| *prim)
}

/// The primitive a type name spells in a Type cell without a link: [`lookup`], or one of the
/// [`LOOSE_SPELLINGS`].
pub fn lookup_loose(name: &str) -> Option<Prim> {
    lookup(name).or_else(|| {
        let lower = name.to_ascii_lowercase();
        LOOSE_SPELLINGS
            .iter()
            .find(|(s, _)| *s == lower)
            .map(|(_, prim)| *prim)
    })
}

/// The primitive that `name` is probably a misspelling of: one edit away, or two for names of
/// six letters or more (so that `site` does not suggest `Byte`).
pub fn suggest(name: &str) -> Option<Prim> {
    let lower = name.to_ascii_lowercase();
    let len = lower.chars().count();
    let allowed = if len >= 6 { 2 } else { 1 };
    SPELLINGS
        .iter()
        // A spelling whose length differs by more than `allowed` is further than that.
        .filter(|(spelling, _)| spelling.len().abs_diff(len) <= allowed)
        .map(|(spelling, prim)| (edit_distance(&lower, spelling), *prim))
        .filter(|(distance, _)| *distance <= allowed)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, prim)| prim)
}

fn strip_edm(name: &str) -> &str {
    strip_prefix_ci(name, "Edm.").unwrap_or(name)
}

fn strip_prefix_ci<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| text.get(prefix.len()..))
        .flatten()
}

fn strip_suffix_ci<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let at = text.len().checked_sub(suffix.len())?;
    let tail = text.get(at..)?;
    tail.eq_ignore_ascii_case(suffix)
        .then(|| text.get(..at))
        .flatten()
}

/// Levenshtein distance over characters, with two rows of the table.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    let mut next: Vec<usize> = Vec::with_capacity(row.len());
    for (i, ca) in a.chars().enumerate() {
        next.clear();
        next.push(i + 1);
        for (j, cb) in b.iter().enumerate() {
            let diagonal = row.get(j).copied().unwrap_or(usize::MAX);
            let above = row.get(j + 1).copied().unwrap_or(usize::MAX);
            let left = next.last().copied().unwrap_or(usize::MAX);
            let substitution = diagonal.saturating_add(usize::from(ca != *cb));
            next.push(
                substitution
                    .min(above.saturating_add(1))
                    .min(left.saturating_add(1)),
            );
        }
        std::mem::swap(&mut row, &mut next);
    }
    row.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn primitives_in_every_spelling() {
        assert_eq!(lookup("String"), Some(Prim::String));
        assert_eq!(lookup("string"), Some(Prim::String));
        assert_eq!(lookup("Int32"), Some(Prim::Int32));
        assert_eq!(lookup("Integer"), Some(Prim::Int32));
        assert_eq!(lookup("DateTime"), Some(Prim::DateTimeOffset));
        assert_eq!(lookup("GUID"), Some(Prim::Guid));
        assert_eq!(lookup("timeOfDay"), Some(Prim::TimeOfDay));
        assert_eq!(lookup("Json"), Some(Prim::Json));
        assert_eq!(lookup("resultantAppState"), None);
    }

    #[test]
    fn loose_spellings_only_where_asked_for() {
        let name = |cell| parse_type_cell(cell).name;
        assert_eq!(lookup_loose(name("Untyped JSON object")), Some(Prim::Json));
        assert_eq!(lookup_loose(name("Object")), Some(Prim::Json));
        assert_eq!(lookup_loose(name("Url")), Some(Prim::String));
        assert_eq!(lookup_loose(name("URL collection")), Some(Prim::String));
        assert_eq!(lookup_loose(name("Float")), Some(Prim::Double));
        assert_eq!(lookup_loose(name("Timestamp")), Some(Prim::DateTimeOffset));
        assert_eq!(lookup_loose(name("Int32")), Some(Prim::Int32));
        assert_eq!(
            lookup("Timestamp"),
            None,
            "a linked cell may mean `timeStamp`"
        );
        assert_eq!(lookup("Url"), None);
        assert_eq!(lookup_loose("timeStampish"), None);
    }

    #[test]
    fn type_cells() {
        let cell = |name, collection| TypeCell {
            name,
            collection,
            alternatives: false,
        };
        assert_eq!(parse_type_cell(" Edm.String "), cell("String", false));
        assert_eq!(parse_type_cell("String collection"), cell("String", true));
        assert_eq!(
            parse_type_cell("Collection(Edm.Int32)"),
            cell("Int32", true)
        );
        assert_eq!(
            parse_type_cell("resultantAppState"),
            cell("resultantAppState", false)
        );
        assert_eq!(parse_type_cell("String (optional)"), cell("String", false));
        assert_eq!(parse_type_cell("(Optional) String"), cell("String", false));
        assert_eq!(parse_type_cell("(optional)"), cell("(optional)", false));
        assert_eq!(parse_type_cell("string (url)"), cell("string", false));
        assert_eq!(
            parse_type_cell("alertStatus enum"),
            cell("alertStatus", false)
        );
        assert_eq!(parse_type_cell("JSON object"), cell("JSON", false));
        assert_eq!(
            parse_type_cell("itemAnalytics resource"),
            cell("itemAnalytics", false)
        );
        assert_eq!(
            parse_type_cell("Collection of String"),
            cell("String", true)
        );
        assert_eq!(
            parse_type_cell("driveItem Collection"),
            cell("driveItem", true)
        );
        assert_eq!(
            parse_type_cell("microsoft.graph.callRecords.modality collection"),
            cell("microsoft.graph.callRecords.modality", true)
        );
        assert!(parse_type_cell("string/number").alternatives);
        assert!(parse_type_cell("identitySet or user").alternatives);
        assert_eq!(parse_type_cell("enum"), cell("enum", false));
    }

    #[test]
    fn suggestions() {
        assert_eq!(suggest("Int33"), Some(Prim::Int32));
        assert_eq!(suggest("Strng"), Some(Prim::String));
        assert_eq!(suggest("Dattime"), Some(Prim::DateTimeOffset));
        assert_eq!(suggest("Boolen"), Some(Prim::Boolean));
        assert_eq!(suggest("resultantAppState"), None);
        assert_eq!(
            suggest("site"),
            None,
            "two edits from `byte` is too far for four letters"
        );
        assert_eq!(suggest("root"), None);
        assert_eq!(suggest("list"), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
