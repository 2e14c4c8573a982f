use super::*;
use crate::page::{Example, Link, Row, Table};

#[test]
fn the_namespace_line_is_read() {
    let page = parse(
        "x.md",
        "# x resource type\n\nNamespace: microsoft.graph.callRecords\n\nText.\n",
    );
    assert_eq!(
        page.namespace.as_deref(),
        Some("microsoft.graph.callRecords")
    );
    let page = parse("x.md", "# x\n\nSome Namespace: no.\n");
    assert_eq!(page.namespace, None);
}

fn cell_texts(row: &Row) -> Vec<&str> {
    row.cells.iter().map(|c| c.text.as_str()).collect()
}

#[test]
fn reads_a_property_table_with_places() {
    let page = parse(
        "t.md",
        "# Create thing\n\n## Request body\n\n|Property|Type|Description|\n|:---|:---|:---|\n\
         |id|String|Key of the `entity`.|\n| **name** | [itemBody](itembody.md) |A<br>B|\n",
    );
    assert_eq!(
        page.title.as_ref().map(|t| t.value.as_str()),
        Some("Create thing")
    );
    let [table] = page.tables.as_slice() else {
        panic!("one table expected")
    };
    assert_eq!(table.section.as_deref(), Some("Request body"));
    assert_eq!(table.loc, Loc { line: 5, col: 1 });
    assert_eq!(
        cell_texts(&table.header),
        ["Property", "Type", "Description"]
    );
    assert_eq!(table.rows.len(), 2);
    assert_eq!(
        cell_texts(&table.rows[0]),
        ["id", "String", "Key of the entity."]
    );
    assert_eq!(cell_texts(&table.rows[1]), ["name", "itemBody", "A B"]);
    assert_eq!(table.rows[1].loc.line, 8);
    assert_eq!(table.rows[1].cells[1].loc, Loc { line: 8, col: 14 });
    assert_eq!(
        table.rows[1].cells[1].links,
        [Link {
            text: "itemBody".into(),
            dest: "itembody.md".into()
        }]
    );
}

#[test]
fn reads_front_matter_and_annotations() {
    let page = parse(
        "t.md",
        "---\ntitle: \"mobileApp resource type\"\ndoc_type: resourcePageType\n---\n\n\
         <!-- {\n  \"blockType\": \"resource\",\n  \"@odata.type\": \"microsoft.graph.mobileApp\"\n} -->\n",
    );
    assert_eq!(
        page.front_matter.title.as_deref(),
        Some("mobileApp resource type")
    );
    assert_eq!(
        page.front_matter.doc_type.as_deref(),
        Some("resourcePageType")
    );
    let [annotation] = page.annotations.as_slice() else {
        panic!("one annotation expected")
    };
    assert_eq!(annotation.value["@odata.type"], "microsoft.graph.mobileApp");
    assert_eq!(annotation.loc.line, 6);
    assert!(page.title.is_none());
}

#[test]
fn ignores_tables_in_code_blocks_and_comments() {
    let page = parse(
        "t.md",
        "```\n|a|b|\n|-|-|\n|1|2|\n```\n\n<!--\n|a|b|\n|-|-|\n|1|2|\n-->\n",
    );
    assert!(page.tables.is_empty());
}

#[test]
fn counts_lines_with_crlf() {
    let page = parse(
        "t.md",
        "# T\r\n\r\n|Property|Type|\r\n|-|-|\r\n|a|String|\r\n",
    );
    assert_eq!(page.tables[0].rows[0].loc.line, 5);
}

/// The one table of `text`, a page of a heading and a table.
fn table(text: &str) -> Table {
    let mut page = parse("t.md", text);
    assert_eq!(page.tables.len(), 1, "one table expected");
    page.tables.remove(0)
}

const HEADER: &str = "|Property|Type|Description|\n|:---|:---|:---|\n";

#[test]
fn keeps_text_after_one_stray_pipe() {
    let table = table(&format!(
        "{HEADER}|rule|String|Either `a` | `b`, the rule.|\n"
    ));
    let row = &table.rows[0];
    assert_eq!(
        cell_texts(row),
        ["rule", "String", "Either a | b, the rule."]
    );
    assert_eq!(row.cells[2].loc, Loc { line: 3, col: 14 });
}

#[test]
fn keeps_text_after_two_stray_pipes() {
    let table = table(&format!(
        "{HEADER}|rule|String|One of `a` | **b** | [c](c.md), the rule.|\n\
         | mode | String | `x` | `y` | `z` |  \n"
    ));
    assert_eq!(
        cell_texts(&table.rows[0]),
        ["rule", "String", "One of a | b | c, the rule."]
    );
    assert_eq!(
        table.rows[0].cells[2].links,
        [Link {
            text: "c".into(),
            dest: "c.md".into()
        }]
    );
    assert_eq!(cell_texts(&table.rows[1]), ["mode", "String", "x | y | z"]);
}

#[test]
fn keeps_lost_text_without_a_trailing_pipe() {
    let table = table(&format!("{HEADER}rule|String|a | b\n|r|S|a | # b|\n"));
    assert_eq!(cell_texts(&table.rows[0]), ["rule", "String", "a | b"]);
    // Lost text is inline text, even where a line start would make it a block.
    assert_eq!(cell_texts(&table.rows[1]), ["r", "S", "a | # b"]);
}

#[test]
fn lost_text_keeps_escaped_pipes_and_line_breaks() {
    let table = table(&format!(
        "{HEADER}|r|S|a | b \\| `c \\| d`<br/>e \\|\n|r|S|a | b \\\\||\n"
    ));
    assert_eq!(cell_texts(&table.rows[0]), ["r", "S", "a | b | c | d e |"]);
    assert_eq!(cell_texts(&table.rows[1]), ["r", "S", "a | b |"]);
}

#[test]
fn rows_with_the_header_cell_count_are_unchanged() {
    let table = table(&format!(
        "{HEADER}|id|String|The key.|\n|name|String|The name.| \n|x|y|z||\n|p|q|r|  |\n|s|t\n"
    ));
    let texts: Vec<_> = table.rows.iter().map(cell_texts).collect();
    assert_eq!(
        texts,
        [
            ["id", "String", "The key."],
            ["name", "String", "The name."],
            ["x", "y", "z"],
            ["p", "q", "r"],
            ["s", "t", ""],
        ]
    );
    assert_eq!(table.rows[0].cells[2].loc, Loc { line: 3, col: 12 });
    assert_eq!(table.rows[1].cells[2].loc, Loc { line: 4, col: 14 });
}

#[test]
fn escaped_pipes_stay_in_their_cell() {
    let table = table(&format!(
        "{HEADER}|op|String|`a \\| b` or c \\| d.|\n|op|String|e \\||\n"
    ));
    assert_eq!(
        cell_texts(&table.rows[0]),
        ["op", "String", "a | b or c | d."]
    );
    assert_eq!(cell_texts(&table.rows[1]), ["op", "String", "e |"]);
}

#[test]
fn bold_header_cells_are_plain_text() {
    let table = table("|**Property**|**Type**|**Description**|\n|:---|:---|:---|\n|a|String|x|\n");
    assert_eq!(
        cell_texts(&table.header),
        ["Property", "Type", "Description"]
    );
    assert_eq!(cell_texts(&table.rows[0]), ["a", "String", "x"]);
}

#[test]
fn outer_pipes_and_padding_are_optional() {
    let rows = [
        "|a|String|x|",
        "a|String|x",
        "|a|String|x",
        "a|String|x|",
        "| a | String | x |",
        "|  a  |String   |   x|   ",
        " a | String | x ",
    ];
    for row in rows {
        let table = table(&format!("{HEADER}{row}\n"));
        assert_eq!(cell_texts(&table.rows[0]), ["a", "String", "x"], "{row:?}");
    }
}

#[test]
fn line_breaks_in_cells_are_spaces() {
    let table = table(&format!(
        "{HEADER}|a|String|One.<br>Two.<br/>Three.<BR />Four. <br> Five.|\n"
    ));
    assert_eq!(
        cell_texts(&table.rows[0]),
        ["a", "String", "One. Two. Three. Four. Five."]
    );
}

#[test]
fn the_base_is_the_link_after_inherits_from() {
    let page = parse(
        "x.md",
        "# x resource type\n\nNamespace: microsoft.graph\n\nRepresents an [app](app.md). \
         Inherits from [entity](entity.md).\n\nAlso inherits from [other](other.md).\n",
    );
    let base = page.base.unwrap();
    assert_eq!(
        base.value,
        Link {
            text: "entity".into(),
            dest: "entity.md".into()
        }
    );
    assert_eq!(base.loc, Loc { line: 5, col: 44 });
}

#[test]
fn the_base_may_be_in_any_case_in_a_list_item_across_lines() {
    let page = parse(
        "x.md",
        "# x\r\n\r\n- a\r\n- This type INHERITS\r\n  from **[directoryObject](directoryobject.md)**\r\n",
    );
    let base = page.base.unwrap();
    assert_eq!(base.value.text, "directoryObject");
    assert_eq!(base.value.dest, "directoryobject.md");
    assert_eq!(base.loc, Loc { line: 5, col: 10 });
    // The words must be right before the link, and make a word.
    for text in [
        "Inherits from the [entity](entity.md).",
        "Inherits [entity](entity.md).",
        "Coinherits from [entity](entity.md).",
    ] {
        assert_eq!(parse("x.md", text).base, None, "{text}");
    }
}

#[test]
fn no_base_from_a_table_cell_heading_or_code() {
    let page = parse(
        "x.md",
        "# Inherits from [a](a.md)\n\n|Property|Type|Description|\n|-|-|-|\n\
         |x|String|Inherits from [entity](entity.md).|\n\n```\nInherits from [b](b.md)\n```\n\n\
         `Inherits from` [c](c.md)\n",
    );
    assert_eq!(page.tables.len(), 1);
    // A code span is prose text too; only the table, heading and code block are not prose.
    assert_eq!(page.base.unwrap().value.dest, "c.md");
    let page = parse(
        "x.md",
        "|Property|Type|Description|\n|-|-|-|\n|x|String|Inherits from [entity](entity.md).|\n",
    );
    assert_eq!(page.base, None);
}

/// The one example of `text`.
fn one_example(text: &str) -> Example {
    let mut page = parse("x.md", text);
    assert_eq!(page.examples.len(), 1, "one example expected");
    page.examples.remove(0)
}

#[test]
fn a_json_block_after_a_response_annotation_is_an_example() {
    let example = one_example(
        "# x\n\n<!-- {\n  \"blockType\": \"response\",\n  \"@odata.type\": \"microsoft.graph.user\"\n} -->\n\
         Some prose.\n\n```json\n  {\n    \"id\": \"1\"\n  }\n```\n",
    );
    assert_eq!(example.lang, "json");
    assert_eq!(example.json, "  {\n    \"id\": \"1\"\n  }\n");
    assert_eq!(example.loc, Loc { line: 10, col: 3 });
    assert_eq!(example.annotation.loc, Loc { line: 3, col: 1 });
    assert_eq!(
        example.annotation.value["@odata.type"],
        "microsoft.graph.user"
    );
}

#[test]
fn an_http_block_gives_its_body() {
    let example = one_example(
        "<!-- {\"blockType\": \"response\", \"truncated\": true} -->\n\n```http\n\
         HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n  \"value\": []\n}\n```\n",
    );
    assert_eq!(example.lang, "http");
    assert_eq!(example.json, "{\n  \"value\": []\n}\n");
    assert_eq!(example.loc, Loc { line: 7, col: 1 });
    // The same with CRLF, a fence info string with spaces, and an indented body.
    let example = one_example(
        "# x\r\n<!-- {\r\n  \"blockType\": \"request\"\r\n}\r\n-->\r\n``` http \r\n\
         POST https://graph.microsoft.com/v1.0/users\r\nContent-type: application/json\r\n\r\n\
         \u{20}\u{20}{\"é\": 1}\r\n```\r\n",
    );
    assert_eq!(example.lang, "http");
    assert_eq!(example.json, "  {\"é\": 1}\n");
    assert_eq!(example.loc, Loc { line: 10, col: 3 });
}

#[test]
fn a_request_line_alone_has_no_json() {
    let example = one_example(
        "# x\n\n<!-- { \"blockType\": \"request\", \"name\": \"get_user\" } -->\n```http\n\
         GET https://graph.microsoft.com/v1.0/me\n```\n",
    );
    assert_eq!(example.json, "");
    assert_eq!(example.loc, Loc { line: 4, col: 1 });
    let example = one_example(
        "<!-- { \"blockType\": \"request\" } -->\n```http\nDELETE /me/x\nIf-Match: y\n\n\n```\n",
    );
    assert_eq!(example.json, "");
    assert_eq!(example.loc, Loc { line: 2, col: 1 });
}

#[test]
fn only_the_first_code_block_after_an_annotation_is_an_example() {
    let page = parse(
        "x.md",
        "<!-- { \"blockType\": \"example\" } -->\n```json\n{\"a\": 1}\n```\n\n\
         ```json\n{\"b\": 2}\n```\n",
    );
    let [example] = page.examples.as_slice() else {
        panic!("one example expected")
    };
    assert_eq!(example.json, "{\"a\": 1}\n");
    assert_eq!(example.loc, Loc { line: 3, col: 1 });
}

#[test]
fn a_code_block_without_an_example_annotation_is_no_example() {
    let page = parse("x.md", "# x\n\n```json\n{\"a\": 1}\n```\n");
    assert!(page.examples.is_empty());
    let page = parse(
        "x.md",
        "<!-- {\n  \"blockType\": \"ignored\"\n}\n-->\n``` http\nPOST /x\n```\n",
    );
    assert_eq!(page.annotations.len(), 1);
    assert!(page.examples.is_empty());
    // An annotation that is not the last before the block does not count; other comments
    // do not end it.
    let page = parse(
        "x.md",
        "<!-- { \"blockType\": \"resource\" } -->\n<!-- { \"type\": \"#page.annotation\" } -->\n\
         ```json\n{}\n```\n",
    );
    assert!(page.examples.is_empty());
    let example = one_example(
        "<!-- { \"blockType\": \"resource\" } -->\n\n<!-- markdownlint-disable -->\n\n\
         ```json\n[1]\n```\n",
    );
    assert_eq!(example.json, "[1]\n");
}

#[test]
fn example_places_are_right_in_containers() {
    let example = one_example(
        "- <!-- { \"blockType\": \"response\" } -->\n\n  ```json\n  {\n    \"a\": 1\n  }\n  ```\n",
    );
    assert_eq!(example.json, "{\n  \"a\": 1\n}\n");
    assert_eq!(example.loc, Loc { line: 4, col: 3 });
}

#[test]
fn whitespace_collapses_of_every_kind() {
    for (text, normalized) in [
        ("", ""),
        (" ", ""),
        ("a", "a"),
        ("a b", "a b"),
        (" a b", "a b"),
        ("a b ", "a b"),
        ("a  b", "a b"),
        ("a\tb\r\nc\x0bd\x0ce", "a b c d e"),
        ("é b", "é b"),
        ("a\u{a0}b\u{2003}c", "a b c"),
    ] {
        assert_eq!(collapse_whitespace(text), normalized, "{text:?}");
        assert_eq!(is_normalized(text), text == normalized, "{text:?}");
    }
}

#[test]
fn columns_count_characters() {
    let index = LineIndex::new("ab\néé|x");
    assert_eq!(index.loc(3), Loc { line: 2, col: 1 });
    assert_eq!(index.loc(7), Loc { line: 2, col: 3 });
}

#[test]
fn a_tab_in_the_delimiter_row_hides_no_table() {
    // As GitHub renders it: tabs between and inside the delimiter cells, and in the rows.
    let text = "# T\n\n| Property | Type\t\t| Description |\n\
                | -------- |:---\t \t| -----\t|\t\n\
                | id\t\t| String\t| Its key. \t|\n\
                |size|Int32|Its\tsize.|\r\n";
    let table = table(text);
    assert_eq!(table.loc, Loc { line: 3, col: 1 });
    assert_eq!(
        cell_texts(&table.header),
        ["Property", "Type", "Description"]
    );
    assert_eq!(cell_texts(&table.rows[0]), ["id", "String", "Its key."]);
    assert_eq!(cell_texts(&table.rows[1]), ["size", "Int32", "Its size."]);
    let locs: Vec<Vec<Loc>> = table
        .rows
        .iter()
        .map(|row| row.cells.iter().map(|c| c.loc).collect())
        .collect();
    let at = |line, col| Loc { line, col };
    // A tab is one column, as an editor counting characters shows it.
    assert_eq!(
        locs,
        [
            [at(5, 3), at(5, 9), at(5, 18)],
            [at(6, 2), at(6, 7), at(6, 13)]
        ]
    );
    assert_eq!(table.header.cells[1].loc, at(3, 14));
}

#[test]
fn only_delimiter_rows_lose_their_tabs() {
    let text =
        "|a|b|\n|-|-\t|\n|\t-|-|\n\t|-|-\t|\nx\t|-|\n```\n\tcode\n```\n|-|-|\t\r\n|-|\u{b}-|";
    let untabbed = table::untab_delimiter_rows(text);
    assert_eq!(
        untabbed,
        "|a|b|\n|-|- |\n| -|-|\n\t|-|- |\nx\t|-|\n```\n\tcode\n```\n|-|-| \r\n|-| -|"
    );
    assert_eq!(untabbed.len(), text.len());
    let plain = "|a|b|\n|-|-|\n\tcode\n";
    assert!(matches!(
        table::untab_delimiter_rows(plain),
        std::borrow::Cow::Borrowed(_)
    ));
}

#[test]
fn cells_a_short_row_lacks_are_at_the_row() {
    let table = table(&format!("{HEADER}|a|\n|b|String|B|\n"));
    let locs: Vec<Loc> = table.rows[0].cells.iter().map(|c| c.loc).collect();
    let at = |col| Loc { line: 3, col };
    assert_eq!(locs, [at(2), at(1), at(1)]);
}

/// `(method, url, line, column)` of each request line of `page`.
fn request_lines(page: &Page) -> Vec<(&str, &str, usize, usize)> {
    page.http_request
        .iter()
        .map(|l| {
            (
                l.value.method.as_str(),
                l.value.url.as_str(),
                l.loc.line,
                l.loc.col,
            )
        })
        .collect()
}

#[test]
fn the_request_lines_under_http_request_are_read_with_their_places() {
    let text = "# Create event\n\n## HTTP request\n\n<!-- { \"blockType\": \"ignored\" } -->\n\
                ```http\nPOST /me/events\nPOST /users/{id | userPrincipalName}/events\n```\n\n\
                ## Request headers\n\n```http\nGET /not/this/one\n```\n\n\
                ## Example\n\n```http\nPOST https://graph.microsoft.com/v1.0/me/events\n```\n";
    let page = parse("e.md", text);
    assert_eq!(
        request_lines(&page),
        [
            ("POST", "/me/events", 7, 1),
            ("POST", "/users/{id | userPrincipalName}/events", 8, 1),
        ]
    );
}

#[test]
fn the_seed_page_has_its_two_request_lines() {
    let text = include_str!("../../../docs/intune-apps-mobileappinstallstatus-create.md");
    let page = parse("seed.md", text);
    let template = "/deviceAppManagement/mobileApps/{mobileAppId}";
    let second = format!("{template}/userStatuses/{{userAppInstallStatusId}}/deviceStatuses");
    assert_eq!(
        request_lines(&page),
        [
            ("POST", format!("{template}/deviceStatuses").as_str(), 31, 1),
            ("POST", second.as_str(), 32, 1),
        ]
    );
}

#[test]
fn the_http_request_section_holds_its_subheadings_and_tab_headings() {
    let text = "# Get photo\n\n## HTTP request\n\n### Get the photo\n\n```http\nGET /me/photo\n```\n\n\
                # [HTTP](#tab/http)\n\n```msgraph-interactive\nGET /sites?search={query}\n```\n\n\
                ## Optional query parameters\n\n```http\nGET /not/this/one\n```\n";
    let page = parse("p.md", text);
    assert_eq!(
        request_lines(&page),
        [
            ("GET", "/me/photo", 8, 1),
            ("GET", "/sites?search={query}", 14, 1)
        ]
    );
}

mod prose;
