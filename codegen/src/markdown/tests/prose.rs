//! The prose of the `Request body` and `Response` sections, and the heads of examples.

use super::*;
use crate::page::{Located, Prose};

/// `(text, line, column)` of each piece of prose.
fn texts(prose: &[Located<Prose>]) -> Vec<(&str, usize, usize)> {
    prose
        .iter()
        .map(|p| (p.value.text.as_str(), p.loc.line, p.loc.col))
        .collect()
}

#[test]
fn the_request_body_and_response_prose_is_plain_text_with_links() {
    let text = "# Create widget\n\n## Request body\n\n\
                In the request body, supply a JSON representation of a\n\
                [widget](../resources/widget.md) object.\n\n\
                |Property|Type|\n|-|-|\n|a|String|\n\n\
                ## Response\n\n\
                If successful, this method returns a `201 Created` response code and a\n\
                **[widget](../resources/widget.md)** object in the response body.\n\n\
                ## Examples\n\n### Response\n\nNot this one.\n";
    let page = parse("w.md", text);
    assert_eq!(
        texts(&page.request_body),
        [(
            "In the request body, supply a JSON representation of a widget object.",
            5,
            1
        )]
    );
    assert_eq!(
        page.request_body[0].value.links,
        [Link {
            text: "widget".into(),
            dest: "../resources/widget.md".into()
        }]
    );
    assert_eq!(
        texts(&page.response),
        [(
            "If successful, this method returns a 201 Created response code and a widget object \
             in the response body.",
            14,
            1
        )]
    );
    assert_eq!(page.response[0].value.links.len(), 1);
}

#[test]
fn list_items_quotes_and_subheadings_are_prose_tables_and_code_are_not() {
    let text = "# Get widget\n\n## Request body\nDo not supply a request body.\n\n\
                ## Response\n\n- `200 OK` and a [widget](widget.md).\n  * nested item\n\n\
                ```http\nHTTP/1.1 200 OK\n```\n\n\
                ### Response for a photo\n\n> **Note:** Returns `202 Accepted` [later](/graph/x).\n\n\
                | a | b |\n|-|-|\n| c | d |\n\n\
                # [HTTP](#tab/http)\n\nStill here.\n\n## Remarks\n\nNot prose of the response.\n";
    let page = parse("w.md", text);
    assert_eq!(
        texts(&page.request_body),
        [("Do not supply a request body.", 4, 1)]
    );
    assert_eq!(
        texts(&page.response),
        [
            ("200 OK and a widget.", 8, 3),
            ("nested item", 9, 5),
            ("Note: Returns 202 Accepted later.", 17, 3),
            ("Still here.", 25, 1),
        ]
    );
    let links: Vec<&str> = (page.response.iter())
        .flat_map(|p| p.value.links.iter().map(|l| l.dest.as_str()))
        .collect();
    assert_eq!(links, ["widget.md", "/graph/x"]);
}

#[test]
fn a_response_heading_under_an_example_is_not_the_response_section() {
    // Under `## Examples` (and deeper), a `Response` heading is an example's; one after
    // `## Request body` at a lower level is the page's, and ends the request body.
    let text = "# Delta\n\n## Request body\n\nNone.\n\n### Response\n\n\
                Returns `200 OK`.\n\n## Example\n\n#### Request\n\n\
                # [HTTP](#tab/http)\n\n#### Response\n\nExample prose.\n\n\
                ## Examples using $filter\n\n### Response\n\nAlso an example's.\n";
    let page = parse("d.md", text);
    assert_eq!(texts(&page.request_body), [("None.", 5, 1)]);
    assert_eq!(texts(&page.response), [("Returns 200 OK.", 9, 1)]);
    // `## Response` after `## Example` is not under it, and `Responses` is a name of it.
    let text = "# Copy\n\n## Example\n\nText.\n\n## Responses\n\nReturns details.\n";
    let page = parse("c.md", text);
    assert_eq!(texts(&page.response), [("Returns details.", 9, 1)]);
    assert!(page.request_body.is_empty());
}

#[test]
fn pages_without_the_sections_have_no_prose() {
    let page = parse(
        "r.md",
        "# x resource type\n\nA widget.\n\n## Properties\n\nText.\n",
    );
    assert!(page.request_body.is_empty() && page.response.is_empty());
}

#[test]
fn an_http_example_has_its_first_line_as_its_head() {
    let page = parse(
        "e.md",
        "<!-- { \"blockType\": \"request\" } -->\n```msgraph-interactive\n\n  \
         POST https://graph.microsoft.com/v1.0/me/events  \nContent-type: application/json\n\n\
         {}\n```\n\n<!-- { \"blockType\": \"response\" } -->\n```http\r\nHTTP/1.1 201 Created\r\n```\n\n\
         <!-- { \"blockType\": \"response\" } -->\n```json\n{\"a\": 1}\n```\n\n\
         <!-- { \"blockType\": \"response\" } -->\n```http\nContent-type: application/json\n```\n",
    );
    let heads: Vec<Option<(&str, usize, usize)>> = (page.examples.iter())
        .map(|e| (e.head.as_ref()).map(|h| (h.value.as_str(), h.loc.line, h.loc.col)))
        .collect();
    assert_eq!(
        heads,
        [
            Some(("POST https://graph.microsoft.com/v1.0/me/events", 4, 3)),
            Some(("HTTP/1.1 201 Created", 12, 1)),
            None,
            None,
        ]
    );
}

#[test]
fn an_indented_example_has_its_head_at_its_line() {
    let example = one_example(
        "- <!-- { \"blockType\": \"response\" } -->\n\n  ```http\n  HTTP/1.1 204 No Content\n  ```\n",
    );
    let head = example.head.unwrap();
    assert_eq!(head.value, "HTTP/1.1 204 No Content");
    assert_eq!(head.loc, Loc { line: 4, col: 3 });
}
