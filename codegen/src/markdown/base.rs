//! The base reader: the type the page's prose says it inherits from, the link right after the
//! first `Inherits from` (`Inherits from [entity](entity.md)`).
//!
//! Prose is the text of a paragraph or a list item, outside the blocks in it: a heading, table,
//! code block, list, HTML block, block quote or front matter stops it, and back in a list item
//! after such a block, its text is prose again.

use super::{LineIndex, collapse_whitespace};
use crate::diag::Loc;
use crate::page::{Link, Located};
use pulldown_cmark::{CowStr, Tag, TagEnd};

/// Reads prose until it names the base type.
#[derive(Debug, Default)]
pub(super) struct BaseReader {
    /// The base, once prose names it.
    base: Option<Located<Link>>,
    /// How many list items the reader is in.
    items: usize,
    /// The prose being read, while no base type is known.
    prose: Option<Prose>,
}

/// Prose being read: its text so far, and the link that may name the base.
#[derive(Debug, Default)]
struct Prose {
    text: String,
    /// The link being read as the base type: its destination, where it starts, and where its
    /// text starts in `text`.
    link: Option<(String, Loc, usize)>,
}

impl BaseReader {
    /// Starts or stops reading prose, as a block starts.
    pub(super) fn start_block(&mut self, tag: &Tag<'_>) {
        if matches!(tag, Tag::Item) {
            self.items += 1;
        }
        if self.base.is_some() {
            return;
        }
        match tag {
            Tag::Item | Tag::Paragraph => self.prose = Some(Prose::default()),
            Tag::Heading { .. }
            | Tag::CodeBlock(_)
            | Tag::Table(_)
            | Tag::List(_)
            | Tag::HtmlBlock
            | Tag::BlockQuote(_)
            | Tag::MetadataBlock(_) => self.prose = None,
            _ => {}
        }
    }

    /// Starts or stops reading prose, as a block ends: back in a list item, its text after the
    /// block is prose again.
    pub(super) fn end_block(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Item => {
                self.items = self.items.saturating_sub(1);
                self.prose = None;
            }
            TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::CodeBlock
            | TagEnd::Table
            | TagEnd::List(_)
            | TagEnd::HtmlBlock
            | TagEnd::BlockQuote(_)
            | TagEnd::MetadataBlock(_) => {
                self.prose = (self.items > 0 && self.base.is_none()).then(Prose::default);
            }
            _ => {}
        }
    }

    /// Inline text, the prose's if prose is being read.
    pub(super) fn text(&mut self, text: &str) {
        if let Some(prose) = &mut self.prose {
            prose.text.push_str(text);
        }
    }

    /// A link starts at byte `start` of the page `lines` indexes: the base type if the prose
    /// being read ends with `inherits from`.
    pub(super) fn start_link(&mut self, dest: CowStr<'_>, start: usize, lines: &LineIndex<'_>) {
        if let Some(prose) = &mut self.prose
            && prose.link.is_none()
            && ends_with_inherits_from(&prose.text)
        {
            let text_start = prose.text.len();
            prose.link = Some((dest.into_string(), lines.loc(start), text_start));
        }
    }

    /// A link ends: if it is the base type's, the base is known and prose is no longer read.
    pub(super) fn end_link(&mut self) {
        if let Some(prose) = &mut self.prose
            && let Some((dest, loc, start)) = prose.link.take()
        {
            let text = collapse_whitespace(prose.text.get(start..).unwrap_or_default());
            self.base = Some(Located {
                value: Link { text, dest },
                loc,
            });
            self.prose = None;
        }
    }

    /// The base type, if the prose names one.
    pub(super) fn finish(self) -> Option<Located<Link>> {
        self.base
    }
}

/// Whether prose text ends with `inherits from` (any case, any whitespace between): a link
/// right after it names the base type.
fn ends_with_inherits_from(text: &str) -> bool {
    let mut words = text.split_whitespace().rev();
    let (Some(from), Some(inherits)) = (words.next(), words.next()) else {
        return false;
    };
    if !from.eq_ignore_ascii_case("from") {
        return false;
    }
    // `inherits`, maybe after punctuation: `(Inherits from`, `type.Inherits from`.
    let cut = inherits.len().saturating_sub("inherits".len());
    let (before, word) = (inherits.get(..cut), inherits.get(cut..));
    word.is_some_and(|w| w.eq_ignore_ascii_case("inherits"))
        && before.is_some_and(|b| !b.ends_with(char::is_alphanumeric))
}
