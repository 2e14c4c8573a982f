//! Finding the type a Type cell names: through its link, else by its name.

use super::messages::{AS_VALUE, Failure, link_failure, unknown_type};
use super::{Found, Linker};
use crate::defs::QName;
use crate::diag::Diagnostic;
use crate::diag::Place;
use crate::model::Type;
use crate::options::Unresolved;
use crate::page::Located;

impl<'a> Linker<'a> {
    /// The type a Type cell names, or `None` after reporting why there is none.
    pub(super) fn named(
        &mut self,
        p: usize,
        name: &QName,
        link: Option<&str>,
        fragment: Option<&str>,
        listed: &Option<Located<Vec<String>>>,
        place: &Place,
    ) -> Option<Type> {
        let mut failure = None;
        let found = match link {
            Some(link) => match self.loaded.links.get(&(p, link.to_owned())) {
                Some(Ok(target)) => self.on_page(*target, name, fragment),
                Some(Err(e)) => {
                    failure = Some(link_failure(link, e));
                    None
                }
                None => None,
            },
            None => None,
        };
        // Found by name alone, a struct loses to the values the row's description lists: those
        // say it is an enum.
        let by_name = self
            .by_name(name)
            .filter(|f| !(matches!(f, Found::Struct(_)) && listed.is_some()));
        let found = found.or(by_name);
        match found {
            Some(Found::Struct(key)) => self.use_struct(&key).map(Type::Struct),
            Some(Found::Enum(key)) => {
                let index = self.use_enum(&key)?;
                if let Some(listed) = listed {
                    self.compare_listed(index, listed, place);
                }
                Some(Type::Enum(index))
            }
            None => match listed {
                Some(listed) => {
                    if let Some(failure) = failure {
                        let message = format!(
                            "{}; docmodel uses the values this row's description lists",
                            failure.message
                        );
                        self.diags.warning(place.clone(), message);
                    }
                    self.listed_enum(p, name, listed, place).map(Type::Enum)
                }
                None => {
                    let (message, help) = match failure {
                        Some(Failure { message, help }) => (message, Some(help)),
                        None => (unknown_type(&name.name), None),
                    };
                    self.unresolved(place, message, help, AS_VALUE);
                    None
                }
            },
        }
    }

    /// Reports what could not be found: an error with its `help`, or under
    /// [`Unresolved::Json`] a warning that says what docmodel does `instead` (the help, written
    /// for the macro's user, is beside the point there).
    pub(super) fn unresolved(
        &mut self,
        place: &Place,
        message: String,
        help: Option<String>,
        instead: &str,
    ) {
        let place = place.clone();
        match (self.unresolved, help) {
            (Unresolved::Error, Some(help)) => {
                self.diags
                    .push(Diagnostic::error(place, message).with_help(help));
            }
            (Unresolved::Error, None) => self.diags.error(place, message),
            (Unresolved::Json, _) => self.diags.warning(place, format!("{message} ({instead})")),
        }
    }

    /// The type that page `target` defines for a link to it.
    pub(super) fn on_page(
        &self,
        target: usize,
        name: &QName,
        fragment: Option<&str>,
    ) -> Option<Found> {
        let defs = &self.loaded.pages.get(target)?.defs;
        let named = |n: &QName| n.name.eq_ignore_ascii_case(&name.name);
        if let Some(fragment) = fragment
            && let Some(e) = defs
                .enums
                .iter()
                .find(|e| e.anchor.as_deref() == Some(fragment))
        {
            return Some(Found::Enum(e.name.key()));
        }
        if let Some(s) = defs.structs.iter().find(|s| named(&s.name)) {
            return Some(Found::Struct(s.name.key()));
        }
        if let Some(e) = defs.enums.iter().find(|e| named(&e.name)) {
            return Some(Found::Enum(e.name.key()));
        }
        // A page of one type, linked under another name (`[user][]` on a `directoryObject`
        // page is a link to a page of one struct).
        match (defs.structs.as_slice(), defs.enums.as_slice()) {
            ([s], []) => Some(Found::Struct(s.name.key())),
            ([], [e]) => Some(Found::Enum(e.name.key())),
            _ => None,
        }
    }

    /// A type of any page with this name: in its namespace, else the only one of that short
    /// name.
    pub(super) fn by_name(&self, name: &QName) -> Option<Found> {
        let key = name.key();
        let found = |key: &str| {
            if self.struct_defs.contains_key(key) {
                Some(Found::Struct(key.to_owned()))
            } else if self.enum_defs.contains_key(key) {
                Some(Found::Enum(key.to_owned()))
            } else {
                None
            }
        };
        found(&key).or_else(
            || match self.by_short.get(&name.name.to_ascii_lowercase()) {
                Some(keys) if keys.len() == 1 => keys.iter().next().and_then(|k| found(k)),
                _ => None,
            },
        )
    }
}
