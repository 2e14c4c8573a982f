//! The type of a Type cell: what following it finds, else an enum of the values its row's
//! description lists, else unresolved.

use super::Linker;
use super::index::{ByName, Found};
use super::messages::{AS_VALUE, Failure, unknown_type};
use crate::defs::QName;
use crate::diag::{Diagnostic, Place, Rule};
use crate::load::PageId;
use crate::model::Type;
use crate::options::Unresolved;
use crate::page::Located;

/// A Type cell that names a type: what it says.
pub(super) struct Named<'d> {
    pub(super) name: &'d QName,
    pub(super) link: Option<&'d str>,
    pub(super) fragment: Option<&'d str>,
    /// The values its row's description lists.
    pub(super) listed: Option<&'d Located<Vec<String>>>,
}

impl Linker<'_> {
    /// The type a Type cell of page `page` names, or `None` after reporting why there is none.
    pub(super) fn cell_type(
        &mut self,
        page: PageId,
        cell: &Named<'_>,
        place: &Place,
    ) -> Option<Type> {
        // Found by name alone, a struct loses to the values the row's description lists: those
        // say it is an enum.
        let by_name = match cell.listed {
            Some(_) => ByName::EnumOnly,
            None => ByName::Any,
        };
        let followed = self
            .index
            .follow(page, cell.link, cell.name, cell.fragment, by_name);
        match (followed.found, cell.listed) {
            (Some(Found::Struct(key)), _) => self.use_struct(&key).map(Type::Struct),
            (Some(Found::Enum(key)), listed) => {
                let id = self.use_enum(&key)?;
                if let Some(listed) = listed {
                    self.compare_listed(id, listed, place);
                }
                Some(Type::Enum(id))
            }
            (None, Some(listed)) => {
                if let Some(failure) = followed.failure {
                    let message = format!(
                        "{}; docmodel uses the values this row's description lists",
                        failure.message
                    );
                    self.diags.warning(place.clone(), message);
                }
                self.listed_enum(cell.name, listed, place).map(Type::Enum)
            }
            (None, None) => {
                let (message, help) = match followed.failure {
                    Some(Failure { message, help }) => (message, Some(help)),
                    None => (unknown_type(&cell.name.name), None),
                };
                self.unresolved(page, place, message, help, AS_VALUE);
                None
            }
        }
    }

    /// Reports what could not be found on page `page`: an error with its `help`, or under
    /// [`Unresolved::Json`] a warning that says what docmodel does `instead` (the help, written
    /// for the macro's user, is beside the point there).
    ///
    /// On a page that the build reached only through links, it is a decision of
    /// [`Rule::LinkedPage`] instead of an error: the user named other pages, and a flaw of the
    /// doc set three links away (a type no page defines) must not fail them. Naming the page,
    /// `check` (which builds each page on its own) and `strict` still make it an error. The
    /// same holds, by [`Rule::FolderPage`], on a page a folder or pattern in `docs` brought in.
    pub(super) fn unresolved(
        &mut self,
        page: PageId,
        place: &Place,
        message: String,
        help: Option<String>,
        instead: &str,
    ) {
        let place = place.clone();
        let loaded = self.index.loaded().page(page);
        let rule = match loaded {
            Some(p) if !p.requested => Some((Rule::LinkedPage, "one that links led to")),
            Some(p) if p.in_folder => Some((Rule::FolderPage, "one a folder in `docs` brought in")),
            _ => None,
        };
        if let Some((rule, why)) = rule.filter(|_| self.unresolved == Unresolved::Error) {
            let message = format!("{message} ({instead}: this page is {why})");
            self.diags.decided(place, rule, message);
            return;
        }
        match (self.unresolved, help) {
            (Unresolved::Error, Some(help)) => {
                self.diags
                    .push(Diagnostic::error(place, message).with_help(help));
            }
            (Unresolved::Error, None) => self.diags.error(place, message),
            (Unresolved::Json, _) => self.diags.warning(place, format!("{message} ({instead})")),
        }
    }
}
