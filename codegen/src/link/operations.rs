//! The operations of the requested pages: their body and answer types linked as Type cells are,
//! and their Rust names.
//!
//! - A body's or an answer's type is found as a Type cell's is: through its link, else by its
//!   name. One that is not found is a `serde_json::Value`, with a warning of
//!   [`Rule::Operation`]: an operation never fails the page's types.
//! - A successful answer's status is the one the page names; a page that names none answers
//!   `204 No Content` when its answer is empty (as a `DELETE` whose page says nothing of its
//!   answer is), `201 Created` to a `POST` titled `Create ...`, and `200 OK` otherwise.
//! - Names: the title in UpperCamelCase (`Create mobileAppInstallStatus` ->
//!   `CreateMobileAppInstallStatus`, `List events` -> `ListEvents`). Where two operations'
//!   titles give one name, or a title gives a type's name, each such operation is named after
//!   its page's file instead (`group-list-members.md` -> `GroupListMembers`), with a warning of
//!   [`Rule::Operation`]; a file name that is taken too gets `_` appended.

use super::Linker;
use super::index::{ByName, Found};
use crate::defs::{BodyDef, OperationDef, ResponseBody, Target};
use crate::diag::{Loc, Place, Rule};
use crate::load::{LoadedPage, PageId};
use crate::model::{Method, Operation, OperationTemplate, Response, Type};
use crate::names::{self, Name};
use crate::resolve;
use crate::types::Prim;
use heck::ToUpperCamelCase;
use std::collections::HashMap;

/// An operation whose types are linked, still to be named.
pub(super) struct Pending {
    op: Operation,
    /// The name its title gives, if it gives one.
    titled: Option<Name>,
    /// The name its file gives.
    filed: Option<Name>,
}

impl Linker<'_> {
    /// Links the operation of requested page `id`, if it has one, and keeps it to be named.
    pub(super) fn request_operation(&mut self, id: PageId, page: &LoadedPage) {
        let Some(def) = &page.defs.operation else {
            return;
        };
        let Some(method) = Method::parse(&def.method.value) else {
            return;
        };
        let place = |loc: Loc| Place::new(&page.path, loc);
        let names = resolve::constructor_names(
            &def.templates
                .iter()
                .map(|t| t.value.clone())
                .collect::<Vec<_>>(),
        );
        let templates = def
            .templates
            .iter()
            .zip(names)
            .map(|(t, constructor)| OperationTemplate {
                template: t.value.clone(),
                constructor,
                place: place(t.loc),
            })
            .collect();
        let body = match &def.body {
            BodyDef::None => None,
            BodyDef::Json(_) => Some(Type::Prim(Prim::Json)),
            BodyDef::Type { target, loc } => Some(self.op_type(id, target, &place(*loc), "body")),
        };
        let response = match &def.response.body {
            ResponseBody::Empty => Response::Empty,
            // A `DELETE` whose page says nothing of its answer answers as Graph's do.
            ResponseBody::Json if method == Method::Delete && def.response.status.is_none() => {
                Response::Empty
            }
            ResponseBody::Json => Response::One(Type::Prim(Prim::Json)),
            ResponseBody::One { target, loc } => {
                Response::One(self.op_type(id, target, &place(*loc), "answer"))
            }
            ResponseBody::Collection { target, loc } => {
                Response::Collection(self.op_type(id, target, &place(*loc), "answer"))
            }
        };
        let status = status(def, method, &response);
        let stem = resolve::file_stem(&page.path);
        self.pending.push(Pending {
            titled: names::type_name(&def.title.value.to_upper_camel_case()).ok(),
            filed: names::type_name(&stem.to_upper_camel_case()).ok(),
            op: Operation {
                ident: Name::generated("Operation"),
                title: def.title.value.clone(),
                description: def.description.clone(),
                place: place(def.method.loc),
                method,
                templates,
                body,
                status,
                response,
                permissions: def.permissions.clone(),
                query: def.query.clone(),
            },
        });
    }

    /// The type an operation's body or answer names, else `serde_json::Value` with a warning.
    fn op_type(&mut self, page: PageId, target: &Target, place: &Place, what: &str) -> Type {
        let (name, link, fragment) = match target {
            Target::Prim(prim) => return Type::Prim(*prim),
            Target::Named {
                name,
                link,
                fragment,
            } => (name, link, fragment),
            Target::Alternatives(_) | Target::Missing => return Type::Prim(Prim::Json),
        };
        let followed = self.index.follow(
            page,
            link.as_deref(),
            name,
            fragment.as_deref(),
            ByName::Any,
        );
        let found = match followed.found {
            Some(Found::Struct(key)) => self.use_struct(&key).map(Type::Struct),
            Some(Found::Enum(key)) => self.use_enum(&key).map(Type::Enum),
            None => None,
        };
        found.unwrap_or_else(|| {
            let why = followed.failure.map_or_else(
                || "no page of the build defines it".to_owned(),
                |f| f.message,
            );
            let message = format!(
                "the operation's {what} is of the type `{}`, which cannot be found ({why}): \
                 docmodel reads it as a `serde_json::Value`",
                name.name
            );
            self.diags.decided(place.clone(), Rule::Operation, message);
            Type::Prim(Prim::Json)
        })
    }

    /// Names the pending operations (now that every type of the model is named) and adds them
    /// to the model, in page order.
    pub(super) fn name_operations(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        let mut titles: HashMap<String, usize> = HashMap::new();
        for p in &pending {
            if let Some(name) = &p.titled {
                *titles.entry(name.to_string()).or_default() += 1;
            }
        }
        let mut taken: Vec<Name> = Vec::new();
        for p in &pending {
            let type_named = |n: &Name| {
                self.model.structs().any(|(_, s)| s.ident == *n)
                    || self.model.enums().any(|(_, e)| e.ident == *n)
            };
            let titled = p.titled.as_ref().filter(|n| {
                titles.get(&n.to_string()).copied() == Some(1)
                    && !type_named(n)
                    && !taken.contains(n)
            });
            let ident = match (titled, &p.filed) {
                (Some(name), _) => name.clone(),
                (None, filed) => {
                    let base = filed
                        .clone()
                        .unwrap_or_else(|| Name::generated("Operation"));
                    let ident = base.free(|n| {
                        taken.iter().any(|t| t == n)
                            || self.model.structs().any(|(_, s)| s.ident == n)
                            || self.model.enums().any(|(_, e)| e.ident == n)
                    });
                    let message = format!(
                        "the title `{}` does not give this operation a name of its own: docmodel \
                         names it `{ident}`, after its file",
                        p.op.title
                    );
                    self.diags
                        .decided(p.op.place.clone(), Rule::Operation, message);
                    ident
                }
            };
            taken.push(ident);
        }
        for (mut p, ident) in pending.into_iter().zip(taken) {
            p.op.ident = ident;
            self.model.add_operation(p.op);
        }
    }
}

/// The status of a successful answer (see the module docs).
fn status(def: &OperationDef, method: Method, response: &Response) -> u16 {
    if let Some(status) = &def.response.status {
        return status.value;
    }
    match (response, method) {
        (Response::Empty, _) => 204,
        (_, Method::Post) if def.title.value.trim_start().starts_with("Create ") => 201,
        _ => 200,
    }
}

#[cfg(test)]
mod tests;
