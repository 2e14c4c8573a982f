//! URL templates: a request line's URL as the runtime's `fill_template` takes it, with the Rust
//! names of its path parameters.

use crate::names::Name;

/// A URL template of an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    /// The template relative to the base URL, as `docmodel::operation::fill_template` takes it:
    /// `/users/{id | userPrincipalName}/events`.
    pub text: String,
    /// The placeholders, in order.
    pub params: Vec<Param>,
}

/// A placeholder of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    /// The placeholder's text between the braces, trimmed (`id | userPrincipalName`).
    pub placeholder: String,
    /// The Rust name of the constructor's parameter.
    pub ident: Name,
}

/// The template of a request line's URL, or why it is none.
pub fn template(url: &str) -> Result<Template, String> {
    // Interim (replaced by the full reader): placeholders named by their first alternative.
    let mut params = Vec::new();
    let mut rest = url;
    while let Some((_, after)) = rest.split_once('{') {
        let (inner, tail) = after.split_once('}').ok_or("a `{` without `}`")?;
        let first = inner.split('|').next().unwrap_or_default().trim();
        let ident = crate::names::field_name(first).map_err(|e| e.to_string())?;
        params.push(Param {
            placeholder: inner.trim().to_owned(),
            ident,
        });
        rest = tail;
    }
    Ok(Template {
        text: url.to_owned(),
        params,
    })
}

/// The names of the constructors of an operation with these templates: `new` for the first.
pub fn constructor_names(templates: &[Template]) -> Vec<Name> {
    templates.iter().map(|_| Name::generated("new")).collect()
}
