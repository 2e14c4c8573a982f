//! Pages built to break the engine, each with the outcome written down: no panic, generated code
//! that parses, or diagnostics that point at lines that exist.

use docmodel_codegen::{Checked, Diagnostic, Doc};

const HEADER: &str = "|Property|Type|Description|\n|:---|:---|:---|\n";

fn generate(text: &[u8]) -> Result<String, Vec<Diagnostic>> {
    docmodel_codegen::render(&[Doc {
        path: "p.md",
        bytes: text,
        in_folder: false,
    }])
}

fn fields(code: &str) -> usize {
    code.matches("    pub ").count()
}

/// Every diagnostic names a line of the page and a column of at least 1.
fn assert_places_exist(text: &[u8], problems: &[Diagnostic]) {
    let lines = text.split(|b| *b == b'\n').count();
    for problem in problems {
        let place = problem.place().expect("a place in the page");
        assert!(
            place.loc.line >= 1 && place.loc.line <= lines,
            "{problem} (page has {lines} lines)"
        );
        assert!(place.loc.col >= 1, "{problem}");
        assert_eq!(place.path, "p.md");
    }
}

#[test]
fn tables_in_code_blocks_and_comments_are_not_tables() {
    let fenced = format!("# Create x\n\n```\n{HEADER}|a|String|x|\n```\n");
    let commented = format!("# Create x\n\n<!--\n{HEADER}|a|String|x|\n-->\n");
    for page in [fenced, commented] {
        let doc = Doc {
            path: "p.md",
            bytes: page.as_bytes(),
            in_folder: false,
        };
        assert!(
            matches!(
                docmodel_codegen::check(
                    &doc,
                    &docmodel_codegen::Options::default(),
                    &mut docmodel_codegen::NoLoader
                ),
                Checked::NoTable(_)
            ),
            "{page}"
        );
    }
}

#[test]
fn two_property_tables_make_one_struct_and_a_table_without_rows_adds_nothing() {
    let page = format!(
        "# x resource type\n\n## Properties\n{HEADER}|a|String|x|\n\n## Relationships\n\n|Relationship|Type|Description|\n|-|-|-|\n|b|Int32|y|\n\n{HEADER}"
    );
    let code = generate(page.as_bytes()).expect("generates");
    assert_eq!(fields(&code), 4, "odata_type, a, b, extra:\n{code}");
}

#[test]
fn rows_with_too_many_cells_keep_the_header_columns() {
    let page = format!("# Create x\n\n{HEADER}|a|String|x|extra|cells|\n|b|Int32|y\n");
    let code = generate(page.as_bytes()).expect("generates");
    assert!(
        code.contains("pub a: ") && code.contains("pub b: "),
        "{code}"
    );
}

#[test]
fn pages_without_anything_fail_with_places_that_exist() {
    let pages: [&[u8]; 5] = [
        b"",
        b"---\ntitle: \"Create x\"\n---\n",
        b"\xEF\xBB\xBF",
        b"\x00\x01\x02\xFF\xFE binary",
        b"# Create x\r\n\r\n|Property|Type|\r\n|-|-|\r\n|\ta\t|\tInt33\t|\r\n",
    ];
    for page in pages {
        let problems = generate(page).expect_err("fails");
        assert!(!problems.is_empty());
        assert_places_exist(page, &problems);
    }
    // A tab is one column, as in rustc's own messages.
    let crlf = generate(pages[4]).expect_err("fails");
    assert_eq!(
        crlf[0].to_string(),
        "p.md:5:7: unknown type `Int33`: did you mean `Int32`?"
    );
}

#[test]
fn deep_nesting_does_not_overflow() {
    let depth = 10_000;
    let nested = format!("{}x{}", "[".repeat(depth), "]".repeat(depth));
    let emphasis = format!("{}x{}", "*".repeat(depth), "*".repeat(depth));
    let page = format!(
        "# Create x\n\n{nested}\n\n{emphasis}\n\n{HEADER}|a|String|{nested}|\n|b|String|{emphasis}|\n"
    );
    let code = generate(page.as_bytes()).expect("generates");
    assert_eq!(fields(&code), 4);
}

/// Resource use: these pages expand in bounded time and memory (the README gives the figures
/// measured optimized; here they only have to finish).
#[test]
fn big_pages_expand() {
    let rows: String = (0..10_000)
        .map(|i| format!("|p{i}|Int64|Row {i}.|\n"))
        .collect();
    let table = format!("# Create x\n\n{HEADER}{rows}");
    let tokens = docmodel_codegen::generate(
        &[Doc {
            path: "p.md",
            bytes: table.as_bytes(),
            in_folder: false,
        }],
        &"::docmodel".parse().expect("tokens"),
    )
    .expect("a 10,000-row table generates");
    assert!(tokens.to_string().contains("p9999"));

    let line = "x".repeat(1 << 20);
    let long = format!("# Create x\n\n{line}\n\n{HEADER}|a|String|{line}|\n");
    assert_eq!(
        fields(&generate(long.as_bytes()).expect("a 1 MB line generates")),
        3
    );

    let paragraph = "Some text that is not a table, repeated to make the page big.\n\n";
    let big = format!(
        "# Create x\n\n{}{HEADER}|a|String|x|\n",
        paragraph.repeat(10_000_000 / paragraph.len())
    );
    assert!(big.len() >= 10_000_000);
    assert_eq!(
        fields(&generate(big.as_bytes()).expect("a 10 MB page generates")),
        3
    );
}
