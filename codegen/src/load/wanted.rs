//! What a page asks to read: the types it names, and for each the page its link leads to, or
//! the places where the page of a type named without a link may be (see [`super`] for the
//! rules).

use super::LoadedPage;
use super::paths::{join, link_path};
use crate::defs::{DEFAULT_NAMESPACE, QName, Target};
use crate::diag::Loc;
use std::borrow::Cow;

/// A link as a page writes it (without its `#fragment`), and where.
#[derive(Debug)]
pub(super) struct Link {
    pub(super) written: String,
    pub(super) loc: Loc,
}

/// A type a page names, and how: the type of one of its examples, its own type, or a type one
/// of its Type cells or its base annotation names (with the link it has, if any).
#[derive(Debug)]
pub(super) struct Reference<'p> {
    pub(super) name: Cow<'p, QName>,
    /// The link it has, as written.
    pub(super) link: Option<Link>,
    /// Which page finds it, when it has no link: for the page's own type, its resource page.
    pub(super) needs: Needs,
    /// Where the page of a name without a link may be.
    guess: Guess,
}

/// The types `page` names, in page order: its examples' (a requested page's, so that they can
/// be checked), then, for each type it defines, that type itself, its base and the types of its
/// Type cells.
pub(super) fn references(page: &LoadedPage) -> Vec<Reference<'_>> {
    let mut refs = Vec::new();
    for name in page.examples.iter().filter_map(|e| e.type_name()) {
        refs.push(Reference {
            name: Cow::Owned(QName::parse(name, DEFAULT_NAMESPACE)),
            link: None,
            needs: Needs::Definition,
            guess: Guess::Pages,
        });
    }
    // The types of a requested page's operation: its body's and its answer's.
    if let Some(op) = page.defs.operation.as_ref().filter(|_| page.requested) {
        for (target, loc) in op.types() {
            if let Target::Named { name, link, .. } = target {
                refs.push(Reference::named(name, link.as_deref(), loc));
            }
        }
    }
    for def in &page.defs.structs {
        // The resource page of a type an API page adds to (`Update alert` -> `alert.md`), so
        // that the type is whole.
        let needs = if def.resource_page {
            Needs::Nothing
        } else {
            Needs::ResourcePage
        };
        refs.push(Reference {
            name: Cow::Borrowed(&def.name),
            link: None,
            needs,
            guess: Guess::Pages,
        });
        if let Some(base) = &def.base {
            refs.push(Reference::named(&base.name, base.link.as_deref(), base.loc));
        }
        for field in &def.fields {
            if let Target::Named { name, link, .. } = &field.ty.target {
                refs.push(Reference::named(name, link.as_deref(), field.ty.loc));
            }
        }
    }
    refs
}

impl<'p> Reference<'p> {
    /// A reference to `name` at `loc`, by its `link` if it has one.
    fn named(name: &'p QName, link: Option<&str>, loc: Loc) -> Reference<'p> {
        Reference {
            name: Cow::Borrowed(name),
            link: link.map(|link| Link {
                written: link.to_owned(),
                loc,
            }),
            needs: Needs::Definition,
            guess: Guess::PagesAndEnums,
        }
    }

    /// The paths it asks to read, for a page in the folder `dir`: the page its link leads to,
    /// else the places [`guesses`] names.
    pub(super) fn paths(&self, dir: &str) -> Vec<String> {
        match &self.link {
            Some(link) => vec![link_path(dir, &link.written)],
            None => guesses(&self.name, self.guess)
                .iter()
                .map(|place| join(dir, place))
                .collect(),
        }
    }
}

/// Which page finds a type that is named without a link (see [`super::by_type`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Needs {
    /// A page that defines it.
    Definition,
    /// Its resource page: the type is an API page's own, which its rows add to.
    ResourcePage,
    /// None: the type is a resource page's own.
    Nothing,
}

/// Where to look for a type that is named without a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Guess {
    /// Its page only (`x.md`, `../resources/x.md`).
    Pages,
    /// Its page, and the enum pages there (`enums.md`).
    PagesAndEnums,
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
