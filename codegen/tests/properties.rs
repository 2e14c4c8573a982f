//! Property tests of the engine's entry points: Markdown pages built from random parts go through
//! `generate`, `check` and `render`.
//!
//! - Nothing panics, on any page (proptest catches a panic and reports it as a failure).
//! - A page that generates gives tokens that parse as a Rust file (`syn::File`) made of one struct
//!   with its `object!` glue and one enum with its `enumeration!` glue per listed set of values;
//!   every identifier is a valid Rust identifier; the token text lexes back to the same tokens;
//!   `render` succeeds and its text parses too; neither contains a bidi control character (rustc
//!   rejects them in literals and doc comments). Generating twice gives the same tokens.
//! - A page that fails gives diagnostics that name the given path and point inside the page.
//! - `check` agrees with `generate`.
//!
//! Two generators: [`structured`] builds pages that must generate (valid titles, distinct
//! property names, consistent enum lists; hostile text in descriptions, noise around the tables)
//! and checks that every row and every listed value comes out, in order, and that every
//! identifier comes from the page or from the fixed vocabulary of the generated code (so no doc
//! text leaks out of a string literal). [`chaos`] starts from the same parts with any text in
//! the cells and mutates the lines (inserted, deleted, duplicated, swapped lines, broken UTF-8).
//! A third property feeds two pages at once. The expected Rust names come from the engine's own
//! `names` functions (they have their own unit tests); what is checked here is that every row
//! and value reaches the output under them.
//!
//! Cases: 256 per property by default; `PROPTEST_CASES=20000` for more. With `--nocapture` each
//! property prints how many pages it ran and what they became. Failures are not saved to a
//! regressions file: a failure prints the minimal page proptest shrank it to; add it to the
//! regression tests at the end of this file.

use docmodel_codegen::{
    Checked, Diagnostic, Doc, NoLoader, Options, check, field_name, generate, is_primitive, render,
    type_name as rust_type_name,
};
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::test_runner::TestRunner;
use std::cell::Cell;
use std::collections::HashSet;
use std::fmt;
use std::time::Instant;

// ---------------------------------------------------------------------------------------------
// Running

/// 256 cases unless `PROPTEST_CASES` says otherwise; no regressions file (see the module doc).
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// What one case found, for the summary line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Generated,
    Failed,
    NoTable,
}

/// Runs `test` over `strategy` and prints a summary (shown with `--nocapture`).
fn run<S: Strategy>(
    name: &str,
    strategy: S,
    test: impl Fn(&S::Value) -> Result<Outcome, TestCaseError>,
) where
    S::Value: fmt::Debug,
{
    let counts = [Cell::new(0usize), Cell::new(0usize), Cell::new(0usize)];
    let start = Instant::now();
    let mut runner = TestRunner::new(config());
    let result = runner.run(&strategy, |value| {
        let outcome = test(&value)?;
        let slot = &counts[outcome as usize];
        slot.set(slot.get() + 1);
        Ok(())
    });
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
    let [generated, failed, no_table] = counts.map(|c| c.get());
    eprintln!(
        "{name}: {} cases in {:.2?}: {generated} generated, {failed} failed with diagnostics, \
         {no_table} without a property table",
        generated + failed + no_table,
        start.elapsed()
    );
}

// ---------------------------------------------------------------------------------------------
// Parts of pages

/// Text that tries to break out of a string literal or a doc comment, or to confuse Markdown.
/// Safe inside a table cell of a structured page: no backtick, raw `|`, line break or `<!--`.
#[rustfmt::skip]
const HOSTILE: &[&str] = &[
    "\"", "\"\"", "}", "{", "*/", "/*", "#[", "#![doc", "]", "r#\"", "\"#", "r##\"", "\\", "\\\\",
    "\\n", "\\u{0}", "'", "<br>", "<br/>", "<BR />", "<b>", "</b>", "<script>", "&amp;",
    "&#x202E;", "&#0;", "&#13;", "&quot;", "\\|", "[link](x.md)", "[x]", "**bold**", "*", "_em_",
    "~~", "$crate", "::", ";", ")", "(", "=", "///", "//!", "\u{202E}", "\u{202A}", "\u{2066}",
    "\u{2069}", "\u{200F}", "\u{061C}", "\0", "\u{1}", "\u{7}", "\u{8}", "\u{b}", "\u{c}",
    "\u{1b}", "\u{7f}", "\u{85}", "\u{2028}", "\u{2029}", "\u{feff}", "\u{200b}", "\t", "😀",
    "👩‍👩‍👧", "naïve", "e\u{301}", "日本語", "Ω", "\u{e000}", "\u{10ffff}", "\u{fffd}", "word", "Text",
    "None", ".", ". ", ",",
];

/// What chaos adds: Markdown structure inside cells and lines.
#[rustfmt::skip]
const CHAOS: &[&str] = &[
    "|", "||", "`", "``", "```", "\r", "\n", "\r\n", "<!--", "-->", "\\", "# ", "- ", "> ", "    ",
    "Possible values are: ", "possible values: ", ", ", " and ", " or ", ".", "Int33",
    "[itemBody](itembody.md)", "Collection(", ")", " collection", "Edm.", "@odata.type", "",
];

/// Property names that must each become a field.
#[rustfmt::skip]
const NAMES: &[&str] = &[
    "id", "deviceName", "type", "self", "Self", "super", "crate", "gen", "try", "async", "await",
    "fn", "match", "r#type", "_", "__", "extra", "extra_", "Extra", "unrecognized", "odata",
    "@odata.type", "@odata.context", "a.b", "a-b", "site@odata.bind",
    "@microsoft.graph.conflictBehavior", "1st", "2G", "0", "naïve", "😀", "😀😀", "日本語", "Ω", "a\"b",
    "x}", "{", "*/", "/*", "#[", "r#\"x\"#", "\\", "\"", "'", "$crate", "::", "deviceID",
    "DeviceId", "errorCode", "a\u{202E}b", "\u{2066}x", "bell\u{7}", "esc\u{1b}", "del\u{7f}",
];

/// Names of the page's type: no whitespace, no `.`.
#[rustfmt::skip]
const TYPE_NAMES: &[&str] = &[
    "mobileAppInstallStatus", "x", "self", "Self", "type", "crate", "gen", "😀", "wi-fi", "2G",
    "naïve", "Option", "String", "Extra", "Value", "Default", "Page", "Unrecognized",
];

/// Names of enums (Type cells that are not primitives).
#[rustfmt::skip]
const ENUM_NAMES: &[&str] = &[
    "resultantAppState", "mode", "state", "self", "type", "😀", "wi-fi", "2G", "gen",
    "Unrecognized", "extra", "Option", "Default", "Debug", "a b", "Vec", "Result",
];

/// Listed values.
#[rustfmt::skip]
const VALUES: &[&str] = &[
    "none", "None", "NONE", "2G", "wi-fi", "unrecognized", "Unrecognized", "unknownFutureValue",
    "self", "Self", "type", "crate", "gen", "😀", "naïve", "a.b", "1st", "on", "off", "x", "X",
    "installed", "notInstalled", "日本", "Unrecognized_", "a\u{202E}b", "bell\u{7}",
];

/// Primitive type spellings (the case, an `Edm.` prefix and collections are added).
#[rustfmt::skip]
const PRIMS: &[&str] = &[
    "String", "Boolean", "Bool", "Byte", "SByte", "Int16", "Int32", "Int", "Integer", "Int64",
    "Single", "Double", "DateTimeOffset", "DateTime", "Date", "TimeOfDay", "Duration", "Guid",
    "Binary", "Decimal", "Stream", "Json",
];

/// Blocks around the tables that hold nothing docmodel reads: tables in code and comments,
/// tables without a Type column, lists, annotations of other blocks.
const NOISE: &[&[&str]] = &[
    &["Namespace: microsoft.graph"],
    &["## Request body"],
    &["### Properties"],
    &[
        "```http",
        "|Property|Type|Description|",
        "|:---|:---|:---|",
        "|bogus|Int33|x|",
        "```",
    ],
    &[
        "~~~json",
        "{ \"a\": \"|x|y|\" }",
        "|Name|Type|",
        "|-|-|",
        "|n||",
        "~~~",
    ],
    // The paragraph ends a list above: indented lines after a list item are the item's.
    &[
        "Text:",
        "",
        "    |Property|Type|",
        "    |-|-|",
        "    |indented|Int33|",
    ],
    &[
        "<!--",
        "|Property|Type|Description|",
        "|-|-|-|",
        "|commented|Int33|x|",
        "-->",
    ],
    &["<!-- { \"blockType\": \"ignored\" } -->"],
    &[
        "<!-- {",
        "  \"blockType\": \"request\",",
        "  \"name\": \"create_x\"",
        "}",
        "-->",
    ],
    &[
        "- item one",
        "- item | with | pipes",
        "  1. nested",
        "* another",
    ],
    &["1. first", "2. second"],
    &["> **Note:** the response object shown here might be shortened."],
    &[
        "|Permission type|Permissions (from most to least privileged)|",
        "|:---|:---|",
        "|Delegated (work or school account)|DeviceManagementApps.ReadWrite.All|",
    ],
    &[
        "|Name|Description|",
        "|:---|:---|",
        "|Authorization|Bearer {token}. Required.|",
    ],
    &["***"],
    &["Text with a <br> break and a [link](../resources/x.md) and `code | pipe`."],
];

/// Lines that chaos inserts: unclosed blocks, headings, table pieces, annotations.
#[rustfmt::skip]
const CHAOS_LINES: &[&str] = &[
    "```", "~~~", "<!--", "-->", "---", "...", "===", "# Create x", "# ", "#", "# x resource type",
    "|Property|Type|", "|-|-|", "|Property|Type|Description|", "|-|-|-|", "||||", "|", "| --- |",
    "    |a|Int33|", "\t|x|Int33|", "",
    "<!-- {\"blockType\": \"resource\", \"@odata.type\": \"\"} -->",
    "<!-- {\"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.\"} -->",
    "<!-- {\"blockType\": \"resource\", \"@odata.type\": \"#\"} -->",
    "<!-- {\"blockType\": \"resource\", \"@odata.type\": 5} -->", "title: x", "\u{feff}",
];

/// Paths as a user may write them.
#[rustfmt::skip]
const PATHS: &[&str] = &[
    "docs/x.md", "t.md", "../docs/ü ber/page.md", "C:\\docs\\page.md", "", "a\"b.md", "😀.md",
];

/// Bytes that are not UTF-8.
const INVALID: &[&[u8]] = &[
    b"\xFF",
    b"\xC3",
    b"\xED\xA0\x80",
    b"\xF4\x90\x80\x80",
    b"\x80",
];

fn text_from(pool: &'static [&'static str], max: usize) -> BoxedStrategy<String> {
    prop::collection::vec(
        prop_oneof![
            3 => select(pool).prop_map(str::to_owned),
            1 => "[a-zA-Z0-9]{1,8}",
        ],
        0..max,
    )
    .prop_map(|words| words.join(" "))
    .boxed()
}

/// Anything: hostile and structural pieces, words, any character, glued together.
fn chaos_text() -> BoxedStrategy<String> {
    prop::collection::vec(
        prop_oneof![
            4 => select(HOSTILE).prop_map(str::to_owned),
            3 => select(CHAOS).prop_map(str::to_owned),
            2 => "[a-zA-Z0-9 ]{1,8}",
            1 => any::<char>().prop_map(String::from),
        ],
        0..8,
    )
    .prop_map(|pieces| pieces.concat())
    .boxed()
}

fn name(chaos: bool) -> BoxedStrategy<String> {
    let plain = prop_oneof![
        3 => select(NAMES).prop_map(str::to_owned),
        2 => "[a-zA-Z][a-zA-Z0-9]{0,10}",
        1 => "[a-zA-Zà-ÿ0-9@.-]{1,10}".prop_filter("no list marker", |s| !s.starts_with('-')),
    ];
    if chaos {
        prop_oneof![4 => plain, 1 => chaos_text()].boxed()
    } else {
        plain.boxed()
    }
}

fn type_name(chaos: bool) -> BoxedStrategy<String> {
    let plain = prop_oneof![
        select(TYPE_NAMES).prop_map(str::to_owned),
        "[a-z][a-zA-Z0-9]{0,10}",
    ];
    if chaos {
        prop_oneof![3 => plain, 1 => chaos_text()].boxed()
    } else {
        plain.boxed()
    }
}

fn enum_name(chaos: bool) -> BoxedStrategy<String> {
    let plain = prop_oneof![
        select(ENUM_NAMES).prop_map(str::to_owned),
        "[a-z][a-zA-Z0-9]{0,10}",
    ];
    if chaos {
        prop_oneof![3 => plain, 1 => chaos_text()].boxed()
    } else {
        plain.boxed()
    }
}

fn value(chaos: bool) -> BoxedStrategy<String> {
    let plain = prop_oneof![
        select(VALUES).prop_map(str::to_owned),
        "[a-z][a-zA-Z0-9]{0,8}",
    ];
    if chaos {
        prop_oneof![3 => plain, 1 => chaos_text()].boxed()
    } else {
        plain.boxed()
    }
}

/// A primitive in any spelling: case, `Edm.` prefix, `X collection`, `Collection(X)`.
fn prim_cell() -> BoxedStrategy<String> {
    (select(PRIMS), 0..3u8, 0..4u8, 0..5u8)
        .prop_map(|(prim, case, edm, form)| {
            let name = match case {
                0 => prim.to_owned(),
                1 => prim.to_lowercase(),
                _ => prim.to_uppercase(),
            };
            let name = match edm {
                0 => format!("Edm.{name}"),
                1 => format!("edm.{name}"),
                _ => name,
            };
            collection(&name, form)
        })
        .boxed()
}

fn collection(name: &str, form: u8) -> String {
    match form {
        0 => format!("{name} collection"),
        1 => format!("Collection({name})"),
        2 => format!("{name} Collection"),
        _ => name.to_owned(),
    }
}

/// How lines end.
#[derive(Debug, Clone, Copy)]
enum LineEnd {
    Lf,
    CrLf,
    /// Bit `i % 64` of the seed says whether line `i` ends with CRLF.
    Mixed(u64),
}

fn line_end() -> BoxedStrategy<LineEnd> {
    prop_oneof![
        Just(LineEnd::Lf),
        Just(LineEnd::CrLf),
        any::<u64>().prop_map(LineEnd::Mixed),
    ]
    .boxed()
}

/// The columns of a property table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Name,
    Type,
    Desc,
    Required,
    Extra,
}

const LAYOUTS: &[&[Col]] = {
    use Col::*;
    &[
        &[Name, Type, Desc],
        &[Name, Type, Desc],
        &[Name, Type, Required, Desc],
        &[Name, Type],
        &[Name, Type, Desc, Extra],
        &[Extra, Name, Type, Desc],
        &[Type, Name, Desc],
        &[Name, Desc, Type],
        &[Name, Required, Type, Desc, Extra],
    ]
};

#[rustfmt::skip]
const NAME_LABELS: &[&str] = &[
    "Property", "Name", "Property name", "property", "PROPERTY NAME", "Parameter", "Relationship",
    "relationship name",
];
const TYPE_LABELS: &[&str] = &["Type", "type", "TYPE"];
const DESC_LABELS: &[&str] = &["Description", "description", "DESCRIPTION"];
const EXTRA_LABELS: &[&str] = &["Notes", "Default", "Read-only", "Supports $filter"];
const REQUIRED: &[&str] = &["Yes", "No", "Optional", "Required"];
const EXTRA_CELLS: &[&str] = &["n/a", "x", "Default value", "0", "false", "See above."];
#[rustfmt::skip]
const MARKERS: &[&str] = &[
    "Possible values are: ", "The possible values are: ", "Possible values: ",
    "possible values are:", "POSSIBLE VALUES: ",
];
const LAST_JOINERS: &[&str] = &[", ", " and ", ", and ", " or ", ", or "];
const PADS: &[&str] = &["", " ", "  ", "\t", " \t "];
const ALIGNS: &[&str] = &["---", ":---", "---:", ":---:", "-", ":-"];

/// How a row lists the values of its enum.
#[derive(Debug, Clone)]
struct ListFmt {
    marker: &'static str,
    ticks: bool,
    last: &'static str,
    /// 0: `.`, 1: nothing, 2: `. ` and the suffix.
    end: u8,
    rotate: usize,
}

fn list_fmt() -> BoxedStrategy<ListFmt> {
    (
        select(MARKERS),
        any::<bool>(),
        select(LAST_JOINERS),
        0..3u8,
        0..8usize,
    )
        .prop_map(|(marker, ticks, last, end, rotate)| ListFmt {
            marker,
            ticks,
            last,
            end,
            rotate,
        })
        .boxed()
}

#[derive(Debug, Clone)]
struct RowPlan {
    name: String,
    /// The Type cell when the row is a primitive (or when it cannot be an enum).
    prim: String,
    /// The enum the row uses, if the table has a Description column and the page has enums.
    use_enum: Option<(Index, u8, bool, ListFmt)>,
    /// Any Type cell (chaos only).
    raw_type: Option<String>,
    prefix: String,
    suffix: String,
    required: &'static str,
    extra: &'static str,
}

fn row_plan(chaos: bool) -> BoxedStrategy<RowPlan> {
    let text = if chaos {
        prop_oneof![2 => text_from(HOSTILE, 8), 1 => chaos_text()].boxed()
    } else {
        text_from(HOSTILE, 8)
    };
    let raw_type = if chaos {
        prop::option::weighted(0.15, chaos_text()).boxed()
    } else {
        Just(None).boxed()
    };
    (
        name(chaos),
        prim_cell(),
        prop::option::weighted(0.5, (any::<Index>(), 0..4u8, any::<bool>(), list_fmt())),
        raw_type,
        text.clone(),
        text,
        select(REQUIRED),
        select(EXTRA_CELLS),
    )
        .prop_map(
            |(name, prim, use_enum, raw_type, prefix, suffix, required, extra)| RowPlan {
                name,
                prim,
                use_enum,
                raw_type,
                prefix,
                suffix,
                required,
                extra,
            },
        )
        .boxed()
}

#[derive(Debug, Clone)]
struct TablePlan {
    layout: &'static [Col],
    labels: [&'static str; 4],
    /// 0: plain, 1: `**x**`, 2: `__x__`, 3: `` `x` ``.
    header_style: u8,
    pad: &'static str,
    lead: bool,
    trail: bool,
    align: &'static str,
    rows: Vec<RowPlan>,
}

fn table_plan(chaos: bool) -> BoxedStrategy<TablePlan> {
    (
        select(LAYOUTS),
        (
            select(NAME_LABELS),
            select(TYPE_LABELS),
            select(DESC_LABELS),
            select(EXTRA_LABELS),
        ),
        0..4u8,
        select(PADS),
        any::<bool>(),
        any::<bool>(),
        select(ALIGNS),
        prop::collection::vec(row_plan(chaos), 0..7),
    )
        .prop_map(
            |(layout, (n, t, d, e), header_style, pad, lead, trail, align, rows)| TablePlan {
                layout,
                labels: [n, t, d, e],
                header_style,
                pad,
                lead,
                trail,
                align,
                rows,
            },
        )
        .boxed()
}

#[derive(Debug, Clone)]
struct Plan {
    chaos: bool,
    path: &'static str,
    bom: bool,
    line_end: LineEnd,
    /// Front matter: title, description, doc_type.
    front_matter: Option<(String, String, &'static str)>,
    /// 0-5: a heading, 6: an annotation, 7: the front matter's title only.
    title_form: u8,
    type_name: String,
    title_at: Index,
    enums: Vec<(String, Vec<String>)>,
    tables: Vec<TablePlan>,
    noise: Vec<(Index, Noise)>,
    /// Chaos: whether blocks are separated by blank lines.
    tight: bool,
    mutations: Vec<Mutation>,
    invalid: Option<(Index, &'static [u8])>,
}

#[derive(Debug, Clone)]
enum Noise {
    Fixed(&'static [&'static str]),
    Paragraph(String),
    Chaos(Vec<String>),
}

fn noise(chaos: bool) -> BoxedStrategy<Noise> {
    let safe = prop_oneof![
        3 => select(NOISE).prop_map(Noise::Fixed),
        1 => text_from(&[HOSTILE, CHAOS].concat().leak()[..], 10)
            .prop_map(|t| Noise::Paragraph(t.replace(['\r', '\n'], " "))),
    ];
    if chaos {
        prop_oneof![
            2 => safe,
            1 => prop::collection::vec(
                prop_oneof![select(CHAOS_LINES).prop_map(str::to_owned), chaos_text()],
                1..4
            )
            .prop_map(Noise::Chaos),
        ]
        .boxed()
    } else {
        safe.boxed()
    }
}

#[derive(Debug, Clone)]
enum Mutation {
    Insert(Index, String),
    Delete(Index),
    Duplicate(Index),
    Swap(Index, Index),
    Splice(Index, Index, String),
}

fn mutation() -> BoxedStrategy<Mutation> {
    let line = prop_oneof![select(CHAOS_LINES).prop_map(str::to_owned), chaos_text()];
    prop_oneof![
        (any::<Index>(), line).prop_map(|(i, l)| Mutation::Insert(i, l)),
        any::<Index>().prop_map(Mutation::Delete),
        any::<Index>().prop_map(Mutation::Duplicate),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::Swap(a, b)),
        (any::<Index>(), any::<Index>(), chaos_text())
            .prop_map(|(a, b, t)| Mutation::Splice(a, b, t)),
    ]
    .boxed()
}

fn plan(chaos: bool) -> BoxedStrategy<Plan> {
    let front_text = if chaos {
        chaos_text()
    } else {
        text_from(HOSTILE, 6)
    };
    let front_matter = prop::option::weighted(
        0.4,
        (
            front_text.clone(),
            front_text,
            // Conceptual pages are skipped whatever they hold, so they are not generated here.
            select(&["apiPageType", "resourcePageType", "resourcePageType_"][..]),
        ),
    );
    let enums = prop::collection::vec(
        (enum_name(chaos), prop::collection::vec(value(chaos), 1..7)),
        0..4,
    );
    let (mutations, invalid) = if chaos {
        (
            prop_oneof![Just(Vec::new()), prop::collection::vec(mutation(), 1..5)].boxed(),
            prop::option::weighted(0.1, (any::<Index>(), select(INVALID))).boxed(),
        )
    } else {
        (Just(Vec::new()).boxed(), Just(None).boxed())
    };
    (
        (select(PATHS), any::<bool>(), line_end(), front_matter),
        (0..8u8, type_name(chaos), any::<Index>()),
        enums,
        prop::collection::vec(table_plan(chaos), 1..4),
        prop::collection::vec((any::<Index>(), noise(chaos)), 0..5),
        (any::<bool>(), mutations, invalid),
    )
        .prop_map(
            move |(
                (path, bom, line_end, front_matter),
                (title_form, type_name, title_at),
                enums,
                tables,
                noise,
                (tight, mutations, invalid),
            )| Plan {
                chaos,
                path,
                bom,
                line_end,
                front_matter,
                title_form,
                type_name,
                title_at,
                enums,
                tables,
                noise,
                tight: chaos && tight,
                mutations,
                invalid,
            },
        )
        .boxed()
}

// ---------------------------------------------------------------------------------------------
// Building pages

/// What a structured page must become.
#[derive(Debug, Clone, Default)]
struct Expected {
    type_name: String,
    /// JSON names of the fields after `@odata.type`, in order.
    fields: Vec<String>,
    /// Enums in order of first use: doc name and values as first listed.
    enums: Vec<(String, Vec<String>)>,
}

/// A page ready to feed to the engine.
#[derive(Clone)]
struct Case {
    path: &'static str,
    bytes: Vec<u8>,
    expected: Option<Expected>,
}

impl fmt::Debug for Case {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "path: {:?}", self.path)?;
        writeln!(f, "text: {:?}", String::from_utf8_lossy(&self.bytes))?;
        writeln!(f, "bytes: {:?}", self.bytes)?;
        write!(f, "expected: {:?}", self.expected)
    }
}

impl Case {
    fn doc(&self) -> Doc<'_> {
        Doc {
            path: self.path,
            bytes: &self.bytes,
            in_folder: false,
        }
    }
}

/// An enum usable by rows of a structured page.
struct EnumDef {
    name: String,
    values: Vec<String>,
}

fn build(plan: &Plan) -> Case {
    let chaos = plan.chaos;
    let struct_ident = rust_type_name(&plan.type_name);
    // Enums: a structured page keeps those that can be generated next to each other.
    let mut defs: Vec<EnumDef> = Vec::new();
    let mut enum_idents = HashSet::new();
    for (name, values) in &plan.enums {
        if !chaos {
            let Some(ident) = rust_type_name(name) else {
                continue;
            };
            if is_primitive(name)
                || Some(&ident) == struct_ident.as_ref()
                || !enum_idents.insert(ident)
            {
                continue;
            }
        }
        let mut kept: Vec<String> = Vec::new();
        for v in values {
            if chaos || (v != "and" && v != "or" && !kept.contains(v)) {
                kept.push(v.clone());
            }
        }
        // Values that were all `and`, `or` or repeats list nothing: `Possible values are: .`
        // names no enum, and the row's type is unknown (an error, rightly).
        if !chaos && kept.is_empty() {
            continue;
        }
        defs.push(EnumDef {
            name: name.clone(),
            values: kept,
        });
    }

    let mut expected = Expected {
        type_name: plan.type_name.clone(),
        ..Expected::default()
    };
    let mut fields_seen: HashSet<String> = HashSet::from(["odata_type".to_owned()]);
    let mut odata_row = false;
    let mut blocks: Vec<Vec<String>> = Vec::new();
    for table in &plan.tables {
        let has_desc = table.layout.contains(&Col::Desc);
        let mut lines = Vec::new();
        let header: Vec<String> = table
            .layout
            .iter()
            .map(|col| {
                let label = match col {
                    Col::Name => table.labels[0],
                    Col::Type => table.labels[1],
                    Col::Desc => table.labels[2],
                    Col::Required => "Required",
                    Col::Extra => table.labels[3],
                };
                match table.header_style {
                    1 => format!("**{label}**"),
                    2 => format!("__{label}__"),
                    3 if label != "Supports $filter" => format!("`{label}`"),
                    _ => label.to_owned(),
                }
            })
            .collect();
        // A first cell that is not a name could start a list or an HTML block without the pipe.
        let lead = table.lead || table.layout.first() != Some(&Col::Name);
        lines.push(row_line(&header, table.pad, lead, table.trail));
        let aligns = vec![table.align.to_owned(); table.layout.len()];
        // With the pads of the other rows: tabs too, as GitHub allows (see the regressions).
        lines.push(row_line(&aligns, table.pad, lead, table.trail));
        for row in &table.rows {
            let odata = row.name == "@odata.type";
            if !chaos {
                if odata {
                    if odata_row {
                        continue;
                    }
                    odata_row = true;
                } else {
                    let Some(ident) = field_name(&row.name) else {
                        continue;
                    };
                    if !fields_seen.insert(ident) {
                        continue;
                    }
                }
            }
            let enum_use = match &row.use_enum {
                Some((index, form, edm, fmt))
                    if (has_desc || chaos) && !defs.is_empty() && !odata =>
                {
                    Some((&defs[index.index(defs.len())], *form, *edm, fmt))
                }
                _ => None,
            };
            let (ty, description) = match enum_use {
                Some((def, form, edm, fmt)) => {
                    let mut values = def.values.clone();
                    if !values.is_empty() {
                        let by = fmt.rotate % values.len();
                        values.rotate_left(by);
                    }
                    if !expected.enums.iter().any(|(n, _)| *n == def.name) {
                        expected.enums.push((def.name.clone(), values.clone()));
                    }
                    let name = if edm {
                        format!("Edm.{}", def.name)
                    } else {
                        def.name.clone()
                    };
                    let ty = collection(&name, form);
                    (ty, describe(&row.prefix, &values, fmt, &row.suffix))
                }
                None if odata && !chaos => ("String".to_owned(), row.prefix.clone()),
                None => (row.prim.clone(), row.prefix.clone()),
            };
            let ty = match (&row.raw_type, chaos) {
                (Some(raw), true) => raw.clone(),
                _ => ty,
            };
            if !odata {
                expected.fields.push(row.name.clone());
            }
            let cells: Vec<String> = table
                .layout
                .iter()
                .map(|col| match col {
                    Col::Name => row.name.clone(),
                    Col::Type => ty.clone(),
                    Col::Desc => description.clone(),
                    Col::Required => row.required.to_owned(),
                    Col::Extra => row.extra.to_owned(),
                })
                .collect();
            // Without a leading pipe, `0. x` or `- x` starts a list and ends the table.
            let lead = lead || (!chaos && may_start_block(&row.name));
            lines.push(row_line(&cells, table.pad, lead, table.trail));
        }
        blocks.push(lines);
    }

    // The title, somewhere among the tables.
    let name = &plan.type_name;
    let mut front_matter = plan.front_matter.clone();
    let title: Vec<String> = match plan.title_form {
        0 => vec![format!("# Create {name}")],
        1 => vec![format!("# Update {name}")],
        2 => vec![format!("# {name} resource type")],
        3 => vec![format!("# Create {name} #")],
        4 => vec![format!("#\tCreate  {name}")],
        5 => vec![format!("Create {name}"), "========".to_owned()],
        6 => {
            let odata_type = serde_json::Value::from(format!("#microsoft.graph.{name}"));
            vec![
                "<!-- {".to_owned(),
                "  \"blockType\": \"resource\",".to_owned(),
                format!("  \"@odata.type\": {odata_type}"),
                "} -->".to_owned(),
                String::new(),
                "# List things".to_owned(),
            ]
        }
        _ => {
            let (_, description, doc_type) = front_matter.take().unwrap_or_default();
            front_matter = Some((format!("Create {name}"), description, doc_type));
            Vec::new()
        }
    };
    let at = plan.title_at.index(blocks.len() + 1);
    blocks.insert(at, title);
    for (index, noise) in &plan.noise {
        let lines = match noise {
            Noise::Fixed(lines) => lines.iter().map(|l| (*l).to_owned()).collect(),
            Noise::Paragraph(text) => vec![format!("Text {text}")],
            Noise::Chaos(lines) => lines.clone(),
        };
        let at = index.index(blocks.len() + 1);
        blocks.insert(at, lines);
    }
    if let Some((title, description, doc_type)) = &front_matter {
        let fm = vec![
            "---".to_owned(),
            format!("title: \"{title}\""),
            format!("description: {description}"),
            format!("doc_type: {doc_type}"),
            "---".to_owned(),
        ];
        blocks.insert(0, fm);
    }

    let mut lines: Vec<String> = Vec::new();
    for block in blocks {
        if !lines.is_empty() && !plan.tight {
            lines.push(String::new());
        }
        lines.extend(block);
    }
    for m in &plan.mutations {
        mutate(&mut lines, m);
    }
    let mut bytes = Vec::new();
    if plan.bom {
        bytes.extend_from_slice("\u{feff}".as_bytes());
    }
    for (i, line) in lines.iter().enumerate() {
        bytes.extend_from_slice(line.as_bytes());
        let crlf = match plan.line_end {
            LineEnd::Lf => false,
            LineEnd::CrLf => true,
            LineEnd::Mixed(bits) => bits.rotate_right((i % 64) as u32) & 1 == 1,
        };
        bytes.extend_from_slice(if crlf { b"\r\n" } else { b"\n" });
    }
    if let Some((index, invalid)) = plan.invalid {
        let at = index.index(bytes.len() + 1);
        bytes.splice(at..at, invalid.iter().copied());
    }
    Case {
        path: plan.path,
        bytes,
        expected: (!chaos).then_some(expected),
    }
}

/// A description that lists `values`.
fn describe(prefix: &str, values: &[String], fmt: &ListFmt, suffix: &str) -> String {
    let quoted: Vec<String> = values
        .iter()
        .map(|v| {
            if fmt.ticks {
                format!("`{v}`")
            } else {
                v.clone()
            }
        })
        .collect();
    let list = match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{}{}{last}", rest.join(", "), fmt.last),
        _ => quoted.concat(),
    };
    let end = match fmt.end {
        0 => ".".to_owned(),
        1 => String::new(),
        _ => format!(". {suffix}"),
    };
    let space = if prefix.is_empty() { "" } else { " " };
    format!("{prefix}{space}{}{list}{end}", fmt.marker)
}

/// Whether a line starting with `text` may start a block other than a paragraph.
fn may_start_block(text: &str) -> bool {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    text.starts_with(['-', '*', '+', '>', '#', '<', '`', '~', '=', '_', ' ', '\t'])
        || (digits > 0 && text[digits..].starts_with(['.', ')']))
}

fn row_line(cells: &[String], pad: &str, lead: bool, trail: bool) -> String {
    let mut line = String::new();
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 || lead {
            line.push('|');
            line.push_str(pad);
        }
        line.push_str(cell);
        // A backslash before the next pipe would escape it.
        if cell.ends_with('\\') {
            line.push(' ');
        }
        line.push_str(pad);
    }
    if trail {
        line.push('|');
    }
    line
}

fn mutate(lines: &mut Vec<String>, m: &Mutation) {
    let n = lines.len();
    match m {
        Mutation::Insert(i, line) => lines.insert(i.index(n + 1), line.clone()),
        Mutation::Delete(i) if n > 0 => {
            lines.remove(i.index(n));
        }
        Mutation::Duplicate(i) if n > 0 => {
            let at = i.index(n);
            let line = lines[at].clone();
            lines.insert(at, line);
        }
        Mutation::Swap(a, b) if n > 0 => lines.swap(a.index(n), b.index(n)),
        Mutation::Splice(i, at, text) if n > 0 => {
            let line = &mut lines[i.index(n)];
            let bounds: Vec<usize> = line
                .char_indices()
                .map(|(byte, _)| byte)
                .chain([line.len()])
                .collect();
            let at = bounds[at.index(bounds.len())];
            line.insert_str(at, text);
        }
        _ => {}
    }
}

fn structured() -> BoxedStrategy<Case> {
    plan(false).prop_map(|p| build(&p)).boxed()
}

fn chaos() -> BoxedStrategy<Case> {
    plan(true).prop_map(|p| build(&p)).boxed()
}

// ---------------------------------------------------------------------------------------------
// What generated code looks like

/// The items of a generated file.
#[derive(Debug, Default)]
struct Shape {
    /// Struct name and number of fields.
    structs: Vec<(String, usize)>,
    /// Enum name and number of variants.
    enums: Vec<(String, usize)>,
    /// `object!` invocations: type name, entries (field ident, wire name).
    objects: Vec<(String, Vec<(String, String)>)>,
    /// `enumeration!` invocations: type name, entries (variant ident, wire value).
    enumerations: Vec<(String, Vec<(String, String)>)>,
    /// Items of any other kind.
    other: usize,
}

impl Shape {
    fn of(file: &syn::File) -> Result<Shape, String> {
        let mut shape = Shape::default();
        for item in &file.items {
            match item {
                syn::Item::Struct(s) => shape.structs.push((s.ident.to_string(), s.fields.len())),
                syn::Item::Enum(e) => shape.enums.push((e.ident.to_string(), e.variants.len())),
                syn::Item::Macro(m) => {
                    let name = m
                        .mac
                        .path
                        .segments
                        .last()
                        .map(|s| s.ident.to_string())
                        .unwrap_or_default();
                    let call = glue(&m.mac.tokens)?;
                    match name.as_str() {
                        "object" => shape.objects.push(call),
                        "enumeration" => shape.enumerations.push(call),
                        other => return Err(format!("unexpected macro `{other}!`")),
                    }
                }
                _ => shape.other += 1,
            }
        }
        Ok(shape)
    }

    /// The checks every generated file passes.
    fn check(&self, structs: usize) -> Result<(), String> {
        let ensure = |ok: bool, what: &str| {
            if ok {
                Ok(())
            } else {
                Err(format!("{what}: {self:#?}"))
            }
        };
        // Pages that describe one type make one struct.
        ensure(
            (1..=structs).contains(&self.structs.len()),
            "one struct per page, or fewer",
        )?;
        ensure(self.other == 0, "only structs, enums and their glue")?;
        ensure(
            self.objects.len() == self.structs.len(),
            "one object! per struct",
        )?;
        ensure(
            self.enumerations.len() == self.enums.len(),
            "one enumeration! per enum",
        )?;
        for ((name, fields), (glue_name, entries)) in self.structs.iter().zip(&self.objects) {
            ensure(name == glue_name, "object! names its struct")?;
            ensure(
                *fields == entries.len() + 1,
                "object! lists every field but extra",
            )?;
        }
        for ((name, variants), (glue_name, entries)) in self.enums.iter().zip(&self.enumerations) {
            ensure(name == glue_name, "enumeration! names its enum")?;
            ensure(
                *variants == entries.len() + 1,
                "enumeration! lists every variant but the catch-all",
            )?;
        }
        Ok(())
    }
}

/// The type name and the `[ ... ]` entries of a glue macro: each entry's last identifier and
/// its string literal.
fn glue(tokens: &TokenStream) -> Result<(String, Vec<(String, String)>), String> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let name = match trees.first() {
        Some(TokenTree::Ident(i)) => i.to_string(),
        other => return Err(format!("glue starts with {other:?}")),
    };
    let Some(TokenTree::Group(list)) = trees.last() else {
        return Err(format!("glue ends without a list: {tokens}"));
    };
    if list.delimiter() != Delimiter::Bracket {
        return Err(format!("glue list is not bracketed: {tokens}"));
    }
    let mut entries = Vec::new();
    let mut ident = None;
    let mut wire = None;
    let mut flush = |ident: &mut Option<String>, wire: &mut Option<String>| {
        match (ident.take(), wire.take()) {
            (Some(i), Some(w)) => entries.push((i, w)),
            (None, None) => {}
            other => return Err(format!("incomplete glue entry {other:?} in {tokens}")),
        }
        Ok(())
    };
    for tree in list.stream() {
        match tree {
            TokenTree::Punct(p) if p.as_char() == ',' => flush(&mut ident, &mut wire)?,
            // After the wire name, the field's kind: `float` for a `Double`/`Single`, else
            // `value`.
            TokenTree::Ident(i) if wire.is_some() => {
                if i != "float" && i != "value" {
                    return Err(format!("unexpected `{i}` after a wire name in {tokens}"));
                }
            }
            TokenTree::Ident(i) => ident = Some(i.to_string()),
            TokenTree::Literal(lit) => {
                if let Ok(s) = syn::parse2::<syn::LitStr>(TokenTree::Literal(lit).into()) {
                    wire = Some(s.value());
                }
            }
            other => return Err(format!("unexpected {other} in glue {tokens}")),
        }
    }
    flush(&mut ident, &mut wire)?;
    Ok((name, entries))
}

/// Every identifier in `tokens`, macro bodies included.
fn idents(tokens: TokenStream, out: &mut Vec<String>) {
    for tree in tokens {
        match tree {
            TokenTree::Ident(i) => out.push(i.to_string()),
            TokenTree::Group(g) => idents(g.stream(), out),
            _ => {}
        }
    }
}

#[rustfmt::skip]
const RAW_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

/// Keywords the generated code uses as keywords.
const STRUCTURAL: &[&str] = &["pub", "struct", "enum"];

/// A valid identifier of every edition: ASCII (the naming rules keep only ASCII), raw when it
/// is a keyword, and not one of the keywords that cannot be raw.
fn valid_ident(ident: &str) -> bool {
    let (raw, bare) = match ident.strip_prefix("r#") {
        Some(bare) => (true, bare),
        None => (false, ident),
    };
    let shape = bare.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && bare.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && bare != "_";
    let keyword = RAW_KEYWORDS.contains(&bare);
    let never = ["self", "Self", "super", "crate"].contains(&bare);
    shape && !never && (raw == keyword || (!raw && STRUCTURAL.contains(&bare)))
}

/// Identifiers generated code may use besides the page's names.
#[rustfmt::skip]
const VOCABULARY: &[&str] = &[
    "pub", "struct", "enum", "derive", "doc", "allow", "clippy", "upper_case_acronyms", "Debug", "Clone", "PartialEq", "Default", "Eq",
    "Hash", "core", "option", "Option", "std", "string", "String", "vec", "Vec", "bool", "u8",
    "i8", "i16", "i32", "i64", "f32", "f64", "docmodel", "types", "DateTimeOffset", "Date",
    "TimeOfDay", "Duration", "Guid", "Binary", "Decimal", "Value", "Extra", "Unrecognized",
    "__private", "object", "enumeration", "extra", "VALUES", "float", "value",
];

/// The characters rustc rejects in literals and comments (`text_direction_codepoint_in_*`).
fn bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The page's lines as the engine counts them: after a byte order mark, split at `\n`.
fn page_lines(bytes: &[u8]) -> Vec<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8_lossy(bytes)
        .split('\n')
        .map(str::to_owned)
        .collect()
}

fn krate() -> TokenStream {
    quote::quote!(::docmodel)
}

// ---------------------------------------------------------------------------------------------
// The properties

/// Diagnostics name the path and point inside the page.
fn check_diagnostics(diags: &[Diagnostic], pages: &[(&str, &[u8])]) -> Result<(), TestCaseError> {
    prop_assert!(!diags.is_empty(), "a failure without a diagnostic");
    for d in diags {
        let Some(place) = d.place() else {
            return Err(TestCaseError::fail(format!(
                "diagnostic names no place in a page: {d}"
            )));
        };
        let Some((_, bytes)) = pages.iter().find(|(path, _)| *path == place.path) else {
            return Err(TestCaseError::fail(format!(
                "diagnostic names an unknown path: {d}"
            )));
        };
        let lines = page_lines(bytes);
        prop_assert!(
            (1..=lines.len()).contains(&place.loc.line),
            "line {} outside the page's {} lines: {d}",
            place.loc.line,
            lines.len()
        );
        let width = lines
            .get(place.loc.line - 1)
            .map_or(0, |l| l.chars().count());
        prop_assert!(
            (1..=width + 1).contains(&place.loc.col),
            "column {} outside line {} of {width} characters: {d}",
            place.loc.col,
            place.loc.line
        );
        prop_assert!(!d.message.is_empty(), "empty message: {d:?}");
    }
    Ok(())
}

/// The checks of generated code; returns its shape and identifiers.
fn check_generated(tokens: &TokenStream, docs: &[Doc<'_>]) -> Result<Generated, TestCaseError> {
    let text = tokens.to_string();
    let file = syn::parse2::<syn::File>(tokens.clone())
        .map_err(|e| TestCaseError::fail(format!("tokens do not parse: {e}\n{text}")))?;
    let shape = Shape::of(&file).map_err(TestCaseError::fail)?;
    shape.check(docs.len()).map_err(TestCaseError::fail)?;

    // The token text lexes back to the same tokens: no literal was cut short.
    let relexed: TokenStream = text
        .parse()
        .map_err(|e| TestCaseError::fail(format!("token text does not lex: {e}\n{text}")))?;
    prop_assert_eq!(
        relexed.to_string(),
        text.clone(),
        "token text lexes differently"
    );

    let mut all = Vec::new();
    idents(tokens.clone(), &mut all);
    for ident in &all {
        prop_assert!(valid_ident(ident), "invalid identifier `{}`", ident);
    }
    prop_assert!(
        !text.chars().any(bidi),
        "bidi control character in the tokens:\n{}",
        text.escape_debug()
    );

    // `render` formats the same tokens, and its text parses.
    if docs.len() == 1 {
        let rendered = render(docs)
            .map_err(|e| TestCaseError::fail(format!("render failed after generate: {e:?}")))?;
        let reparsed = syn::parse_file(&rendered).map_err(|e| {
            TestCaseError::fail(format!("rendered code does not parse: {e}\n{rendered}"))
        })?;
        let again = Shape::of(&reparsed).map_err(TestCaseError::fail)?;
        prop_assert_eq!(format!("{again:?}"), format!("{shape:?}"));
        if let Some(line) = rendered.lines().find(|l| l.chars().any(bidi)) {
            return Err(TestCaseError::fail(format!(
                "bidi control character in rendered code (rustc rejects it): {}",
                line.escape_debug()
            )));
        }
    }
    Ok((shape, all))
}

/// Generation of one page: the shared properties. Returns the tokens if it generated.
/// The shape of generated code and every identifier in it.
type Generated = (Shape, Vec<String>);

fn one_page(case: &Case) -> Result<(Outcome, Option<Generated>), TestCaseError> {
    let doc = case.doc();
    let generated = generate(&[doc], &krate());
    let again = generate(&[doc], &krate());
    let checked = check(&doc, &Options::new(krate()), &mut NoLoader);
    match &generated {
        Ok(tokens) => {
            let again =
                again.map_err(|e| TestCaseError::fail(format!("second run failed: {e:?}")))?;
            prop_assert_eq!(tokens.to_string(), again.to_string(), "not deterministic");
            prop_assert!(
                matches!(checked, Checked::Typed(..)),
                "generate succeeded but check says {checked:?}"
            );
            let found = check_generated(tokens, &[doc])?;
            Ok((Outcome::Generated, Some(found)))
        }
        Err(diags) => {
            prop_assert_eq!(Some(diags), again.as_ref().err(), "not deterministic");
            check_diagnostics(diags, &[(case.path, &case.bytes)])?;
            let rendered = render(&[doc]);
            prop_assert_eq!(rendered.as_ref().err(), Some(diags), "render disagrees");
            match checked {
                Checked::NoTable(_) => {
                    prop_assert!(
                        diags
                            .iter()
                            .any(|d| d.message.starts_with("no property table")),
                        "check found no table, generate said {diags:?}"
                    );
                    Ok((Outcome::NoTable, None))
                }
                Checked::Failed(build) => {
                    let errors: Vec<_> = build.errors().cloned().collect();
                    prop_assert_eq!(&errors, diags, "check and generate disagree");
                    Ok((Outcome::Failed, None))
                }
                Checked::Typed(..) => Err(TestCaseError::fail(format!(
                    "check typed a page that generate rejects: {diags:?}"
                ))),
            }
        }
    }
}

/// An identifier of the page's own names, modulo the `_`s generated names get to step aside.
fn same_name(ident: &str, expected: &str) -> bool {
    let strip = |s: &str| s.trim_start_matches("r#").trim_end_matches('_').to_owned();
    strip(ident) == strip(expected)
}

#[test]
fn structured_pages_generate_every_row_and_value() {
    run("structured", structured(), |case| {
        let Some(expected) = &case.expected else {
            return Err(TestCaseError::fail("a structured case has an expectation"));
        };
        if let Err(diags) = generate(&[case.doc()], &krate()) {
            let list: Vec<String> = diags.iter().map(ToString::to_string).collect();
            return Err(TestCaseError::fail(format!("did not generate: {list:#?}")));
        }
        let (outcome, found) = one_page(case)?;
        let Some((shape, all_idents)) = found else {
            return Err(TestCaseError::fail("generated, so there is a shape"));
        };
        let struct_ident = rust_type_name(&expected.type_name).unwrap_or_default();
        prop_assert_eq!(&shape.structs[0].0, &struct_ident);
        let (_, entries) = &shape.objects[0];
        let wires: Vec<&str> = entries.iter().map(|(_, w)| w.as_str()).collect();
        let mut want = vec!["@odata.type"];
        want.extend(expected.fields.iter().map(String::as_str));
        prop_assert_eq!(wires, want, "fields in table order");
        for (ident, wire) in entries {
            let rust = field_name(wire).unwrap_or_default();
            prop_assert!(same_name(ident, &rust), "field {ident} for {wire:?}");
        }
        prop_assert_eq!(
            shape.enums.len(),
            expected.enums.len(),
            "one enum per listed type"
        );
        for ((name, values), (ident, entries)) in expected.enums.iter().zip(&shape.enumerations) {
            let rust = rust_type_name(name).unwrap_or_default();
            prop_assert_eq!(ident, &rust);
            let wires: Vec<&String> = entries.iter().map(|(_, w)| w).collect();
            prop_assert_eq!(
                wires,
                values.iter().collect::<Vec<_>>(),
                "values as first listed"
            );
        }
        // Every identifier is generated code's own or one of the page's names: no doc text.
        let mut names: Vec<String> = vec![struct_ident];
        for entry in shape.objects.iter().flat_map(|(_, e)| e) {
            names.push(entry.0.clone());
        }
        for (name, _) in &expected.enums {
            names.extend(rust_type_name(name));
        }
        for entry in shape.enumerations.iter().flat_map(|(_, e)| e) {
            names.push(entry.0.clone());
        }
        for ident in &all_idents {
            prop_assert!(
                VOCABULARY.contains(&ident.as_str()) || names.iter().any(|n| same_name(ident, n)),
                "identifier `{ident}` is neither generated code's nor a name of the page"
            );
        }
        Ok(outcome)
    });
}

#[test]
fn chaos_pages_never_panic_and_report_inside_the_page() {
    run("chaos", chaos(), |case| Ok(one_page(case)?.0));
}

#[test]
fn two_pages_at_once() {
    let pages = (
        prop_oneof![structured(), chaos()],
        prop_oneof![structured(), chaos()],
    );
    run("two pages", pages, |(a, b)| {
        let b_path = if a.path == b.path { "other.md" } else { b.path };
        let docs = [
            a.doc(),
            Doc {
                path: b_path,
                bytes: &b.bytes,
                in_folder: false,
            },
        ];
        match generate(&docs, &krate()) {
            Ok(tokens) => {
                check_generated(&tokens, &docs)?;
                Ok(Outcome::Generated)
            }
            Err(diags) => {
                check_diagnostics(&diags, &[(a.path, &a.bytes), (b_path, &b.bytes)])?;
                Ok(Outcome::Failed)
            }
        }
    });
}

// ---------------------------------------------------------------------------------------------
// Regressions: minimal pages the properties found.

/// The fields a page generates, by JSON name, or its diagnostics.
fn wires(text: &str) -> Result<Vec<String>, Vec<String>> {
    let doc = Doc {
        path: "t.md",
        bytes: text.as_bytes(),
        in_folder: false,
    };
    let tokens = generate(&[doc], &krate())
        .map_err(|diags| diags.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let file = syn::parse2::<syn::File>(tokens).map_err(|e| vec![e.to_string()])?;
    let shape = Shape::of(&file).map_err(|e| vec![e])?;
    Ok(shape
        .objects
        .into_iter()
        .flat_map(|(_, e)| e)
        .map(|(_, w)| w)
        .collect())
}

/// GFM (cmark-gfm, so GitHub) allows tabs around the cells of a table's delimiter row
/// (`table_spacechar = [ \t\v\f]`); pulldown-cmark 0.13.6 allows only spaces, so docmodel
/// makes them spaces before it parses. Found by `structured` (`Property\t|\tType` /
/// `---\t|\t---`).
#[test]
fn a_tab_in_the_delimiter_row_keeps_the_table() {
    let text = "# Create x\n\n|Property|Type|Description|\n|---|---|---|\n|a|String|x|\n\n\
                |Property|Type|Description|\n|---\t|---|---|\n|b|String|y|\n";
    assert_eq!(
        wires(text),
        Ok(vec!["@odata.type".into(), "a".into(), "b".into()])
    );
    let alone = "# Create x\n\nProperty\t|\tType\n---\t|\t---\na\t|\tString\n";
    assert_eq!(wires(alone), Ok(vec!["@odata.type".into(), "a".into()]));
}

/// A second `@odata.type` row is decided by the first-row rule: the first row's description
/// stays, the Type cell of neither is read, and the page generates.
#[test]
fn a_second_odata_type_row_keeps_the_first() {
    let text = "# Create x\n\n|Property|Type|Description|\n|---|---|---|\n\
                |@odata.type|String|first|\n|a|String|x|\n|@odata.type|Int33|second|\n";
    assert_eq!(wires(text), Ok(vec!["@odata.type".into(), "a".into()]));
}
