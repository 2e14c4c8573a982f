use super::*;
use crate::files::FsLoader;
use crate::load::{Loaded, Loader, MemoryLoader, PageCache, ReadError, load};
use crate::test_support::options;
use crate::{Build, Doc, build};
use std::collections::HashMap;

/// A page whose file name is not its type's: `sortField` by its title, `workbookSortField` by
/// its resource annotation (as Graph's Excel pages are).
const SORT_FIELD: &str = "# SortField resource type\n\nNamespace: microsoft.graph\n\n\
    |Property|Type|Description|\n|-|-|-|\n|ascending|Boolean|Whether the order rises.|\n\
    |key|Int32|The column.|\n\n\
    <!-- {\n  \"blockType\": \"resource\",\n  \"@odata.type\": \"microsoft.graph.workbookSortField\"\n} -->\n\
    ```json\n{ \"ascending\": true, \"key\": 1 }\n```\n";

/// An API page that names the type without a link, and in another letter case.
const APPLY: &str = "# sort: apply\n\n## Request body\n\n\
    |Parameter|Type|Description|\n|-|-|-|\n|fields|WorkbookSortField collection|The conditions.|\n";

/// A page of the same folder whose examples name the type: no declaration.
const LIST: &str = "# List sort fields\n\n## Response\n\n\
    <!-- {\n  \"blockType\": \"response\",\n  \"@odata.type\": \"microsoft.graph.workbookSortField\"\n} -->\n\
    ```json\n{ \"@odata.type\": \"microsoft.graph.workbookSortField\", \"key\": 1 }\n```\n\n\
    <!-- { \"blockType\": \"example\", \"@odata.type\": \"microsoft.graph.workbookSortField\" } -->\n";

/// A loader over `files`, counting the folders it scans.
#[derive(Default)]
struct Counting {
    files: MemoryLoader,
    scanned: Vec<String>,
    types: TypeIndex,
    cache: PageCache,
}

impl Counting {
    fn new(files: &[(&str, &str)]) -> Counting {
        let files = files
            .iter()
            .map(|(path, text)| ((*path).to_owned(), text.as_bytes().to_vec()));
        Counting {
            files: MemoryLoader(files.collect()),
            ..Counting::default()
        }
    }
}

impl Loader for Counting {
    fn find(&mut self, path: &str) -> Result<String, ReadError> {
        self.files.find(path)
    }

    fn read(&mut self, path: &str) -> Result<Vec<u8>, ReadError> {
        self.files.read(path)
    }

    fn cache(&mut self) -> Option<&mut PageCache> {
        Some(&mut self.cache)
    }

    fn scan_folder(&mut self, dir: &str, scan: &mut dyn FnMut(&str, &[u8])) {
        self.scanned.push(dir.to_owned());
        self.files.scan_folder(dir, scan);
    }

    fn types(&mut self) -> Option<&mut TypeIndex> {
        Some(&mut self.types)
    }
}

fn build_one(path: &str, text: &str, loader: &mut dyn Loader) -> Build {
    build(
        &[Doc {
            path,
            bytes: text.as_bytes(),
            in_folder: false,
        }],
        &options(),
        loader,
    )
}

fn load_one(path: &str, text: &str, loader: &mut dyn Loader) -> Loaded {
    load(
        &[Doc {
            path,
            bytes: text.as_bytes(),
            in_folder: false,
        }],
        loader,
    )
}

fn paths(loaded: &Loaded) -> Vec<&str> {
    loaded.pages().map(|(_, p)| p.path.as_str()).collect()
}

fn messages(build: &Build) -> Vec<String> {
    build.diagnostics.iter().map(ToString::to_string).collect()
}

/// The properties of the struct `doc_name` of a build.
fn wires<'b>(build: &'b Build, doc_name: &str) -> Vec<&'b str> {
    let mut structs = build.model.structs().map(|(_, s)| s);
    structs
        .find(|s| s.doc_name == doc_name)
        .map(|s| s.fields.iter().map(|f| f.wire.as_str()).collect())
        .unwrap_or_default()
}

#[test]
fn a_name_without_a_link_finds_the_page_that_declares_it_and_says_nothing() {
    let mut loader = Counting::new(&[
        ("docs/resources/sortfield.md", SORT_FIELD),
        ("docs/api/sort-list.md", LIST),
    ]);
    let built = build_one("docs/api/sort-apply.md", APPLY, &mut loader);
    assert!(messages(&built).is_empty(), "{:?}", messages(&built));
    assert_eq!(
        wires(&built, "workbookSortField"),
        ["@odata.type", "ascending", "key"]
    );
    // Both folders the guesses look in are scanned; the page that only names the type is not
    // read.
    assert_eq!(loader.scanned, ["docs/api", "docs/resources"]);
    let loaded = load_one("docs/api/sort-apply.md", APPLY, &mut loader);
    assert_eq!(
        paths(&loaded),
        ["docs/api/sort-apply.md", "docs/resources/sortfield.md"]
    );
    assert_eq!(
        loader.scanned.len(),
        2,
        "a folder is scanned once per loader"
    );
}

#[test]
fn a_type_that_only_examples_name_is_still_unknown() {
    let mut loader = Counting::new(&[("docs/api/sort-list.md", LIST)]);
    let built = build_one("docs/api/sort-apply.md", APPLY, &mut loader);
    let errors: Vec<String> = built.errors().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("docs/api/sort-apply.md:7:9: unknown type `WorkbookSortField`"),
        "{errors:?}"
    );
    let loaded = load_one("docs/api/sort-apply.md", APPLY, &mut loader);
    assert_eq!(paths(&loaded), ["docs/api/sort-apply.md"]);
}

#[test]
fn a_base_named_only_by_the_annotation_is_found_by_its_title() {
    let base = "# entityBaseModel resource\n\nNamespace: microsoft.graph\n\n\
                |Property|Type|Description|\n|-|-|-|\n|self|String|Where it is.|\n";
    let page = "# note resource type\n\n\
                |Property|Type|Description|\n|-|-|-|\n|title|String|The title.|\n\n\
                <!-- {\n  \"blockType\": \"resource\",\n  \"baseType\": \"microsoft.graph.entityBaseModel\",\n  \"@odata.type\": \"microsoft.graph.note\"\n} -->\n\
                ```json\n{ \"title\": \"x\" }\n```\n";
    let mut loader = MemoryLoader(HashMap::from([(
        "resources/basemodel.md".to_owned(),
        base.as_bytes().to_vec(),
    )]));
    let built = build_one("resources/note.md", page, &mut loader);
    assert!(messages(&built).is_empty(), "{:?}", messages(&built));
    assert_eq!(wires(&built, "note"), ["@odata.type", "self", "title"]);
}

#[test]
fn a_page_that_declares_the_name_but_defines_another_type_is_not_used() {
    // Its title says `sortField`, its annotation (which the parse takes) `workbookIcon`.
    let icon = "# sortField resource type\n\n|Property|Type|Description|\n|-|-|-|\n|set|String|x|\n\n\
                <!-- { \"blockType\": \"resource\", \"@odata.type\": \"microsoft.graph.workbookIcon\" } -->\n";
    let page = "# thing resource type\n\n|Property|Type|Description|\n|-|-|-|\n|a|sortField|x|\n|b|workbookIcon|x|\n";
    let mut loader = Counting::new(&[("resources/icon.md", icon)]);
    let loaded = load_one("resources/thing.md", page, &mut loader);
    // Found for `workbookIcon`, not for `sortField`.
    assert_eq!(paths(&loaded), ["resources/thing.md", "resources/icon.md"]);
    let built = build_one("resources/thing.md", page, &mut loader);
    let errors: Vec<String> = built.errors().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("unknown type `sortField`"), "{errors:?}");
}

#[test]
fn no_folder_is_scanned_while_the_guesses_find_every_name() {
    let part = "# part resource type\n\n|Property|Type|Description|\n|-|-|-|\n|n|String|x|\n";
    let mut loader = Counting::new(&[
        ("resources/part.md", part),
        ("resources/sortfield.md", SORT_FIELD),
    ]);
    let page = "# thing resource type\n\n|Property|Type|Description|\n|-|-|-|\n\
                |a|Part|x|\n|b|[sort](sortfield.md)|x|\n|c|String|x|\n";
    let loaded = load_one("resources/thing.md", page, &mut loader);
    assert_eq!(
        paths(&loaded),
        [
            "resources/thing.md",
            "resources/part.md",
            "resources/sortfield.md"
        ]
    );
    assert!(loader.scanned.is_empty(), "{:?}", loader.scanned);
    // `sortfield.md` is the page of `workbookSortField`: `sortField` is no type of it.
    let page = page.replace("|a|Part|", "|a|sortField|");
    load_one("resources/thing.md", &page, &mut loader);
    assert_eq!(loader.scanned, ["resources"]);
}

#[test]
fn a_name_of_a_namespace_finds_no_type_of_another() {
    let other = SORT_FIELD.replace(
        "microsoft.graph.workbookSortField",
        "microsoft.graph.other.workbookSortField",
    );
    let mut loader = Counting::new(&[("resources/sortfield.md", &other)]);
    let page = "# thing resource type\n\n|Property|Type|Description|\n|-|-|-|\n\
                |a|microsoft.graph.workbookSortField|x|\n";
    let loaded = load_one("resources/thing.md", page, &mut loader);
    assert_eq!(paths(&loaded), ["resources/thing.md"]);
    // Without its namespace, the name finds the one type of that name.
    let page = page.replace("microsoft.graph.workbookSortField", "workbookSortField");
    let loaded = load_one("resources/thing.md", &page, &mut loader);
    assert_eq!(
        paths(&loaded),
        ["resources/thing.md", "resources/sortfield.md"]
    );
}

#[test]
fn the_loader_on_disk_tracks_the_page_a_name_finds_and_not_those_it_scans() {
    let dir = std::env::temp_dir().join(format!("docmodel-by-type-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("docs/api")).unwrap();
    std::fs::create_dir_all(dir.join("docs/resources")).unwrap();
    std::fs::write(dir.join("docs/resources/sortfield.md"), SORT_FIELD).unwrap();
    std::fs::write(dir.join("docs/api/sort-list.md"), LIST).unwrap();
    std::fs::write(dir.join("docs/api/sort-apply.md"), APPLY).unwrap();
    // Outside the root: never scanned.
    std::fs::create_dir_all(dir.join("resources")).unwrap();
    std::fs::write(dir.join("resources/sortfield.md"), SORT_FIELD).unwrap();
    let mut loader = FsLoader::new(&dir, dir.join("docs"), "`root`");
    let built = build_one("docs/api/sort-apply.md", APPLY, &mut loader);
    let first = loader.files_read().to_vec();
    let again = build_one("docs/api/sort-apply.md", APPLY, &mut loader);
    let elsewhere = build_one("docs/sort-apply.md", APPLY, &mut loader);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(messages(&built).is_empty(), "{:?}", messages(&built));
    assert_eq!(messages(&again), messages(&built));
    assert_eq!(first, [dir.join("docs/resources/sortfield.md")]);
    // From `docs/`, `../resources/` is outside the root.
    assert!(elsewhere.has_errors(), "{:?}", messages(&elsewhere));
}

#[test]
fn page_names_find_as_a_build_finds() {
    let built = crate::test_support::build_pages(&[("resources/a.md", SORT_FIELD)], &options());
    assert!(!built.has_errors());
    let page = crate::load::read_page("resources/sortfield.md", SORT_FIELD.as_bytes(), false);
    let names = &page.names;
    let find = |text: &str, namespace: &str| {
        names.finds(&QName::parse(text, namespace), Needs::Definition)
    };
    assert!(find("WorkbookSortField", "microsoft.graph"));
    assert!(find("microsoft.graph.WORKBOOKSORTFIELD", "microsoft.graph"));
    assert!(
        find("workbookSortField", "microsoft.graph.other"),
        "the one of its short name"
    );
    assert!(!find(
        "microsoft.graph.other.workbookSortField",
        "microsoft.graph"
    ));
    assert!(!find("sortField", "microsoft.graph"));
    assert!(!PageNames::default().finds(&QName::parse("x", "microsoft.graph"), Needs::Definition));
}

#[test]
fn a_link_that_leads_nowhere_is_not_looked_up() {
    let mut loader = Counting::new(&[("resources/sortfield.md", SORT_FIELD)]);
    let page = "# thing resource type\n\n|Property|Type|Description|\n|-|-|-|\n\
                |a|[workbookSortField](workbooksortfield.md)|x|\n";
    let built = build_one("resources/thing.md", page, &mut loader);
    let errors: Vec<String> = built.errors().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].contains("cannot follow the link `workbooksortfield.md`"),
        "{errors:?}"
    );
    assert!(loader.scanned.is_empty(), "{:?}", loader.scanned);
}

#[test]
fn a_page_s_own_type_is_not_looked_up_by_what_other_pages_declare() {
    // An API page: its resource page is guessed by file name only, so that a folder of unrelated
    // docs that describe some `workbookSortField` adds nothing to it.
    let update = "# Update workbookSortField\n\n## Request body\n\n\
                  |Property|Type|Description|\n|-|-|-|\n|color|String|The color.|\n";
    let mut loader = Counting::new(&[("docs/resources/sortfield.md", SORT_FIELD)]);
    let built = build_one("docs/api/sortfield-update.md", update, &mut loader);
    assert!(messages(&built).is_empty(), "{:?}", messages(&built));
    assert_eq!(wires(&built, "workbookSortField"), ["@odata.type", "color"]);
    assert!(loader.scanned.is_empty(), "{:?}", loader.scanned);
    // A resource page's own type is its own.
    let mut loader = Counting::new(&[("docs/resources/other.md", SORT_FIELD)]);
    let loaded = load_one("docs/resources/sortfield.md", SORT_FIELD, &mut loader);
    assert_eq!(paths(&loaded), ["docs/resources/sortfield.md"]);
    assert!(loader.scanned.is_empty(), "{:?}", loader.scanned);
}

#[test]
fn an_enum_listed_only_in_a_values_section_of_another_type_s_page_is_found() {
    // As `printJobProcessingState`, listed only on `printjobstatus.md`.
    let status = "# printJobStatus resource type\n\n|Property|Type|Description|\n|-|-|-|\n\
                  |state|printJobProcessingState|The state.|\n\n\
                  ### printJobProcessingState values\n\n|Member|Value|Description|\n|-|-|-|\n\
                  |pending|1|Waiting.|\n|completed|2|Done.|\n";
    let archived = "# archivedPrintJob resource type\n\n|Property|Type|Description|\n|-|-|-|\n\
                    |processingState|printJobProcessingState|The final state.|\n";
    let mut loader = Counting::new(&[("docs/resources/printjobstatus.md", status)]);
    let built = build_one("docs/resources/archivedprintjob.md", archived, &mut loader);
    assert!(messages(&built).is_empty(), "{:?}", messages(&built));
    let code = crate::tokens(&built, &options()).unwrap().to_string();
    assert!(
        code.contains(
            "pub processing_state : :: core :: option :: Option < PrintJobProcessingState >"
        ),
        "{code}"
    );
    assert_eq!(loader.scanned, ["docs/resources"]);
}
