//! The types pages declare, read without parsing them: the index of a folder's type pages by
//! the type each declares ([`TypeIndex`]), for the names that no link and no guess finds.
//!
//! A page declares the type its resource annotation names (`blockType: resource`, its
//! `@odata.type` or `@type`) or its title does (`x resource type`, also `complex type`,
//! `entity type`, `resource`), as [`crate::resolve`] names a page's type, and the enum of each of
//! its `x values` sections. Parsing every page of
//! a folder to learn that would cost about as much as checking them all, so a page is scanned
//! as text instead ([`declared_names`]), and the scan errs on the side of too many names: an
//! annotation in a code block, a heading that is not the first. The page a name finds is then
//! parsed for real, and used only if it does define the type (`super::by_type`), so the scan
//! never decides what a build makes; it only keeps docmodel from parsing every page.

use super::Loader;
use crate::defs::QName;
use crate::resolve::{ODATA_TYPE, resource_title};
use std::collections::HashMap;

/// The type pages of folders, each folder scanned once, by the short name (lower case) of the
/// type each page declares.
///
/// An [`crate::FsLoader`] keeps one for as long as it lives (one macro call, one run of `docmodel
/// check`), so that a folder is scanned at most once however many builds look in it. It is not
/// kept longer, as the [`super::PageCache`] is: a page added to a folder, or one that comes to
/// declare another type, changes what the folder declares, and only scanning it again would
/// tell (a kept page is checked against its bytes; a folder cannot be, short of reading it all).
#[derive(Debug, Default, Clone)]
pub struct TypeIndex {
    /// Folder (normalized) -> short name (lower case) -> the pages of the folder that may
    /// declare a type of that name, sorted.
    folders: HashMap<String, HashMap<String, Vec<String>>>,
}

impl TypeIndex {
    /// Whether the folder `dir` is scanned.
    pub(super) fn has(&self, dir: &str) -> bool {
        self.folders.contains_key(dir)
    }

    /// Scans the pages of the folder `dir` through `loader`: what [`TypeIndex::insert`] takes.
    pub(super) fn scan(loader: &mut dyn Loader, dir: &str) -> HashMap<String, Vec<String>> {
        let mut by_name: HashMap<String, Vec<String>> = HashMap::new();
        loader.scan_folder(dir, &mut |path, bytes| {
            // A page that is not UTF-8 declares nothing: reading it fails.
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            let Ok(text) = std::str::from_utf8(bytes) else {
                return;
            };
            for name in declared_names(text) {
                by_name.entry(name).or_default().push(path.to_owned());
            }
        });
        for paths in by_name.values_mut() {
            paths.sort();
            paths.dedup();
        }
        by_name
    }

    /// Keeps what scanning the folder `dir` found.
    pub(super) fn insert(&mut self, dir: &str, scanned: HashMap<String, Vec<String>>) {
        self.folders.insert(dir.to_owned(), scanned);
    }

    /// The pages of the folder `dir` that may declare a type of this short name, sorted (none
    /// if the folder is not scanned).
    pub(super) fn pages(&self, dir: &str, short: &str) -> &[String] {
        self.folders
            .get(dir)
            .and_then(|names| names.get(&short.to_ascii_lowercase()))
            .map_or(&[], Vec::as_slice)
    }
}

/// The short names (lower case) of the types a page of this text may declare: those its
/// resource annotations name, those its level-1 headings and its front matter's title name as
/// `x resource type`, and the enums of its `x values` sections (`printJobProcessingState` is
/// listed only on `printjobstatus.md`). Every name the page's parse declares is among them.
pub(super) fn declared_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for title in titles(text) {
        title_names(&title, &mut names);
    }
    annotated_names(text, &mut names);
    values_names(text, &mut names);
    let mut names: Vec<String> = names
        .into_iter()
        .map(|n| QName::parse(&n, "").name.to_ascii_lowercase())
        .filter(|n| !n.is_empty())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// What may be the page's title: its front matter's `title`, and every level-1 heading (`# x`,
/// or a line underlined with `=`).
fn titles(text: &str) -> Vec<String> {
    let mut titles = Vec::new();
    let mut lines = text.lines();
    if text.starts_with("---") {
        lines.next();
        for line in lines.by_ref() {
            if matches!(line.trim(), "---" | "...") {
                break;
            }
            if let Some((key, value)) = line.split_once(':')
                && key.trim() == "title"
            {
                titles.push(value.trim().to_owned());
            }
        }
    }
    let mut previous = "";
    for line in lines {
        let indented = line.len() - line.trim_start_matches(' ').len();
        let trimmed = line.trim();
        if indented <= 3 {
            if let Some(heading) = atx_h1(trimmed) {
                titles.push(heading.to_owned());
            } else if !trimmed.is_empty()
                && trimmed.bytes().all(|b| b == b'=')
                && !previous.is_empty()
            {
                titles.push(previous.to_owned());
            }
        }
        previous = trimmed;
    }
    titles
}

/// The text of a level-1 ATX heading line (`# x #`), trimmed.
fn atx_h1(line: &str) -> Option<&str> {
    let rest = line.strip_prefix('#')?;
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let rest = rest.trim();
    // A closing run of `#` after a space is not the heading's.
    let text = rest.trim_end_matches('#');
    Some(if text.len() == rest.len() || text.ends_with([' ', '\t']) {
        text.trim_end()
    } else {
        rest
    })
}

/// The name a title names as `x resource type`, as written and without inline markup (a parse
/// reads `` `x` `` and `*x*` as `x`), into `names`.
fn title_names(title: &str, names: &mut Vec<String>) {
    let unquoted = title.trim_matches(|c| c == '"' || c == '\'');
    for text in [title, unquoted] {
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some(name) = resource_title(&words) {
            names.push(name.to_owned());
            let bare: String = name.chars().filter(|c| !"`*\\".contains(*c)).collect();
            names.push(bare.trim_matches('_').to_owned());
        }
    }
}

/// The enums that the `x values` headings of `text` (of any level) name, into `names`.
fn values_names(text: &str, names: &mut Vec<String>) {
    for line in text.lines() {
        let heading = line.trim_start_matches('#');
        if heading.len() == line.len() || !heading.starts_with([' ', '\t']) {
            continue;
        }
        let heading = heading.trim().trim_end_matches('#').trim();
        if let Some(name) = heading.strip_suffix(" values") {
            let name = name.trim().trim_matches('`');
            if !name.is_empty() && !name.contains(char::is_whitespace) {
                names.push(name.to_owned());
            }
        }
    }
}

/// The types the resource annotations of `text` name (`<!-- { "blockType": "resource",
/// "@odata.type": "microsoft.graph.x" } -->`), into `names`. Only a `blockType: resource`
/// annotation declares a type: an `@odata.type` in an example, or in the annotation of a
/// request or a response, names a type the page uses.
fn annotated_names(text: &str, names: &mut Vec<String>) {
    let mut rest = text;
    while let Some(start) = rest.find("<!--") {
        let after = rest.get(start + 4..).unwrap_or_default();
        let Some(end) = after.find("-->") else {
            return;
        };
        let inner = after.get(..end).unwrap_or_default().trim();
        rest = after.get(end + 3..).unwrap_or_default();
        if !inner.starts_with('{') || !inner.contains("\"resource\"") {
            continue;
        }
        let Ok(value) = serde_json::from_str::<serde_json::Value>(inner) else {
            continue;
        };
        if value.get("blockType").and_then(|b| b.as_str()) != Some("resource") {
            continue;
        }
        for key in [ODATA_TYPE, "@type"] {
            if let Some(name) = value.get(key).and_then(|n| n.as_str()) {
                names.push(name.trim().trim_start_matches('#').to_owned());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_declares_the_type_of_its_resource_annotation_and_of_its_title() {
        let page = "---\ntitle: \"SortField resource type\"\ndoc_type: resourcePageType\n---\n\n\
                    # SortField resource type\n\nNamespace: microsoft.graph\n\n\
                    |Property|Type|Description|\n|-|-|-|\n|key|Int32|x|\n\n\
                    <!--{\n  \"blockType\": \"resource\",\n  \"@odata.type\": \"microsoft.graph.workbookSortField\"\n}-->\n\
                    ```json\n{ \"key\": 1, \"icon\": { \"@odata.type\": \"microsoft.graph.workbookIcon\" } }\n```\n";
        assert_eq!(declared_names(page), ["sortfield", "workbooksortfield"]);
        let titled = "# `onenoteEntityBaseModel` resource\n\n<!-- {\"blockType\": \"resource\", \"@type\": \"#microsoft.graph.x.facet\"} -->\n";
        // As written, and as a parse reads it (the scan keeps both: it may find too many).
        assert_eq!(
            declared_names(titled),
            [
                "`onenoteentitybasemodel`",
                "facet",
                "onenoteentitybasemodel"
            ]
        );
        let underlined = "thing complex type\n===\n\n## other resource type\n";
        assert_eq!(declared_names(underlined), ["thing"]);
    }

    #[test]
    fn a_type_that_an_example_or_a_response_names_is_not_declared() {
        let page = "# Get things\n\n\
                    <!-- { \"blockType\": \"response\", \"@odata.type\": \"microsoft.graph.thing\" } -->\n\
                    ```json\n{ \"@odata.type\": \"microsoft.graph.other\", \"blockType\": \"resource\" }\n```\n\
                    <!-- not an annotation: \"resource\" -->\n<!-- { \"blockType\": \"resource\" \n";
        assert!(
            declared_names(page).is_empty(),
            "{:?}",
            declared_names(page)
        );
        // A heading of a lower level, or one that only starts like one, names no title.
        assert!(
            declared_names("## a resource type\n#b resource type\n    # c resource type\n")
                .is_empty()
        );
    }

    #[test]
    fn a_values_section_declares_its_enum() {
        let page = "# printJobStatus resource type\n\n### printJobProcessingState values\n\n\
                    |Member|Value|Description|\n|-|-|-|\n|pending|1|x|\n\n## `mode` values ##\n\n\
                    ## two words values\n\n#nospace values\n";
        assert_eq!(
            declared_names(page),
            ["mode", "printjobprocessingstate", "printjobstatus"]
        );
    }

    #[test]
    fn headings_lose_their_closing_hashes() {
        assert_eq!(atx_h1("# a resource #"), Some("a resource"));
        assert_eq!(atx_h1("# a#"), Some("a#"));
        assert_eq!(atx_h1("#"), Some(""));
        assert_eq!(atx_h1("#a"), None);
    }
}
