//! What a page asks to read: the pages its links lead to, and the places where the pages of
//! the types it names without a link may be (see [`super`] for the rules).

use super::LoadedPage;
use super::paths::{join, link_path, normalize_path, parent};
use crate::defs::{DEFAULT_NAMESPACE, QName, Target};
use crate::diag::Loc;

/// A path a page asks to read, and the link that asks for it, if one does.
pub(super) struct Want {
    pub(super) path: String,
    pub(super) link: Option<Link>,
}

/// A link as a page writes it (without its `#fragment`), and where.
pub(super) struct Link {
    pub(super) written: String,
    pub(super) loc: Loc,
}

/// What `page` asks to read: the pages its links lead to (with the link as written), and the
/// places where the pages of the types it names without a link may be.
pub(super) fn wanted(page: &LoadedPage) -> Vec<Want> {
    let path = normalize_path(&page.path);
    let mut wants = Wants {
        dir: parent(&path),
        wanted: Vec::new(),
    };
    // The types the examples of a requested page are, so that they can be checked.
    for name in page.examples.iter().filter_map(|e| e.type_name()) {
        wants.named(&QName::parse(name, DEFAULT_NAMESPACE), Guess::Pages);
    }
    for def in &page.defs.structs {
        // The resource page of a type an API page adds to (`Update alert` -> `alert.md`), so
        // that the type is whole.
        wants.named(&def.name, Guess::Pages);
        if let Some(base) = &def.base {
            wants.reference(&base.name, base.link.as_deref(), base.loc);
        }
        for field in &def.fields {
            if let Target::Named { name, link, .. } = &field.ty.target {
                wants.reference(name, link.as_deref(), field.ty.loc);
            }
        }
    }
    wants.wanted
}

/// Where to look for a type that is named without a link.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Guess {
    /// Its page only (`x.md`, `../resources/x.md`).
    Pages,
    /// Its page, and the enum pages there (`enums.md`).
    PagesAndEnums,
}

/// What a page in `dir` asks to read, so far.
struct Wants<'a> {
    dir: &'a str,
    wanted: Vec<Want>,
}

impl Wants<'_> {
    /// What a reference to `name` at `loc` asks to read: the page its `link` leads to (recorded
    /// under the link, as written), else the places [`guesses`] names.
    fn reference(&mut self, name: &QName, link: Option<&str>, loc: Loc) {
        match link {
            Some(link) => self.wanted.push(Want {
                path: link_path(self.dir, link),
                link: Some(Link {
                    written: link.to_owned(),
                    loc,
                }),
            }),
            None => self.named(name, Guess::PagesAndEnums),
        }
    }

    /// The places where the page of `name` may be.
    fn named(&mut self, name: &QName, guess: Guess) {
        let places = guesses(name, guess);
        let dir = self.dir;
        self.wanted.extend(places.into_iter().map(|place| Want {
            path: join(dir, &place),
            link: None,
        }));
    }
}

/// Where Graph's docs keep the page of a type named `name`, relative to a page that names it:
/// its page beside it and in `../resources/` (for a namespace other than `microsoft.graph`, also
/// its page named after the namespace's last part: `callrecords-session.md`), then, if `guess`
/// says so, the enum pages of both: the namespace's (`enums-callrecords.md`), then `enums.md`.
/// The names are lower case; the loader finds a file named in other case (`enums-externalConnectors.md`).
fn guesses(name: &QName, guess: Guess) -> Vec<String> {
    let short = &name.name;
    if !is_word(short) {
        return Vec::new();
    }
    let short = short.to_ascii_lowercase();
    // `microsoft.graph.callRecords` -> `callrecords`.
    let space = name
        .namespace
        .strip_prefix(DEFAULT_NAMESPACE)
        .and_then(|rest| rest.strip_prefix('.'))
        .and_then(|rest| rest.rsplit('.').next())
        .filter(|last| is_word(last))
        .map(str::to_ascii_lowercase);
    let mut files = Vec::new();
    if let Some(space) = &space {
        files.push(format!("{space}-{short}.md"));
    }
    files.push(format!("{short}.md"));
    if guess == Guess::PagesAndEnums {
        if let Some(space) = &space {
            files.push(format!("enums-{space}.md"));
        }
        files.push("enums.md".to_owned());
    }
    files
        .into_iter()
        .flat_map(|file| {
            let elsewhere = format!("../resources/{file}");
            [file, elsewhere]
        })
        .collect()
}

/// Whether `text` can be part of a file name docmodel makes up: ASCII letters and digits.
fn is_word(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_looked_for_in_the_pages_of_its_namespace() {
        let plain = QName::parse("modality", DEFAULT_NAMESPACE);
        assert_eq!(
            guesses(&plain, Guess::PagesAndEnums),
            [
                "modality.md",
                "../resources/modality.md",
                "enums.md",
                "../resources/enums.md"
            ]
        );
        assert_eq!(
            guesses(&plain, Guess::Pages),
            ["modality.md", "../resources/modality.md"]
        );
        let qualified = QName::parse("microsoft.graph.callRecords.modality", DEFAULT_NAMESPACE);
        let on_page = QName::parse("modality", "microsoft.graph.callRecords");
        for name in [qualified, on_page] {
            assert_eq!(
                guesses(&name, Guess::PagesAndEnums),
                [
                    "callrecords-modality.md",
                    "../resources/callrecords-modality.md",
                    "modality.md",
                    "../resources/modality.md",
                    "enums-callrecords.md",
                    "../resources/enums-callrecords.md",
                    "enums.md",
                    "../resources/enums.md"
                ]
            );
        }
        // A namespace of no `microsoft.graph`, or a name that is no word: no file to make up.
        let other = QName::parse("odata.thing", DEFAULT_NAMESPACE);
        assert_eq!(
            guesses(&other, Guess::Pages),
            ["thing.md", "../resources/thing.md"]
        );
        assert!(guesses(&QName::parse("a b", DEFAULT_NAMESPACE), Guess::Pages).is_empty());
    }
}
