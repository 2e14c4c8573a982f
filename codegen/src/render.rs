//! Rendering: generated tokens as formatted Rust source, for `docmodel show`, `docmodel emit` and
//! the snapshot tests (the macro hands its tokens to the compiler and pays for none of this).
//!
//! prettyplease formats everything but the bodies of macro calls, which it fills into lines as
//! they come. The serde glue calls (`__private::object!`, `enumeration!`, `polymorphic!`) get one
//! entry per line here instead, so that a field or a value is one line of a diff:
//!
//! ```text
//! ::docmodel::__private::object! {
//!     Widget, "widget", extra, [
//!         0 odata_type "@odata.type" value,
//!         1 id "id" value,
//!     ]
//! }
//! ```

use proc_macro2::{Delimiter, Ident, Span, TokenStream, TokenTree};
use std::collections::HashMap;
use std::fmt::Write as _;

/// The macros of `docmodel::__private` whose entries go one per line.
const GLUE: &[&str] = &["object", "enumeration", "polymorphic"];

/// Formats generated tokens as Rust source.
pub fn format_tokens(tokens: TokenStream) -> Result<String, String> {
    let mut file = syn::parse2::<syn::File>(tokens)
        .map_err(|e| format!("the generated code does not parse: {e}"))?;
    // Each glue call's body becomes a placeholder that prettyplease prints on a line of its own,
    // and then the body laid out here.
    let mut bodies = Vec::new();
    for item in &mut file.items {
        if let syn::Item::Macro(item) = item
            && is_glue(&item.mac.path)
            && let Some(body) = glue_body(&item.mac.tokens)
        {
            let placeholder = Ident::new(&format!("__glue_{}", bodies.len()), Span::call_site());
            item.mac.tokens = TokenTree::Ident(placeholder.clone()).into();
            bodies.push((placeholder, body));
        }
    }
    let printed = prettyplease::unparse(&file);
    // One pass over the lines: replacing each placeholder in the whole text in turn took time
    // quadratic in the size of the model (50 s of 56 for all of Graph v1.0 in a debug build).
    let mut bodies: HashMap<String, String> = bodies
        .into_iter()
        .map(|(placeholder, body)| (format!("    {placeholder}"), body))
        .collect();
    let mut text = String::with_capacity(printed.len());
    for line in printed.split_inclusive('\n') {
        match line.strip_suffix('\n').and_then(|l| bodies.remove(l)) {
            Some(body) => text.push_str(&body),
            None => text.push_str(line),
        }
    }
    if let Some(placeholder) = bodies.keys().min() {
        return Err(format!(
            "the glue call `{}` was not printed as expected",
            placeholder.trim()
        ));
    }
    Ok(text)
}

/// Whether `path` is `...::__private::object` (or another glue macro).
fn is_glue(path: &syn::Path) -> bool {
    let mut segments = path.segments.iter().rev();
    let (Some(name), Some(module)) = (segments.next(), segments.next()) else {
        return false;
    };
    module.ident == "__private" && GLUE.iter().any(|glue| name.ident == glue)
}

/// The body of a glue call, indented as prettyplease indents a macro body: its arguments on one
/// line, up to the bracketed list of entries, then one entry per line. `None` if it is not of
/// that shape (it then stays as prettyplease prints it).
fn glue_body(tokens: &TokenStream) -> Option<String> {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let (last, head) = trees.split_last()?;
    let TokenTree::Group(list) = last else {
        return None;
    };
    if list.delimiter() != Delimiter::Bracket {
        return None;
    }
    let mut body = format!("    {}[", spaced(head));
    let mut entry: Vec<TokenTree> = Vec::new();
    let mut entries = Vec::new();
    for tree in list.stream() {
        match &tree {
            TokenTree::Punct(p) if p.as_char() == ',' => entries.push(std::mem::take(&mut entry)),
            _ => entry.push(tree),
        }
    }
    if !entry.is_empty() {
        entries.push(entry);
    }
    if entries.is_empty() {
        body.push_str("]\n");
        return Some(body);
    }
    for entry in entries {
        let _ = write!(body, "\n        {},", spaced(&entry));
    }
    body.push_str("\n    ]\n");
    Some(body)
}

/// Tokens as Rust source writes them: a space between two words, none before a comma, one after.
fn spaced(trees: &[TokenTree]) -> String {
    let mut out = String::new();
    for tree in trees {
        match tree {
            TokenTree::Punct(p) if p.as_char() == ',' => out.push_str(", "),
            tree => {
                if !(out.is_empty() || out.ends_with(' ')) {
                    out.push(' ');
                }
                out.push_str(&tree.to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn code_that_does_not_parse_is_an_error_not_a_panic() {
        let error = format_tokens(quote!(pub struct)).unwrap_err();
        assert!(
            error.starts_with("the generated code does not parse: "),
            "{error}"
        );
    }

    #[test]
    fn glue_calls_list_one_entry_per_line() {
        let tokens = quote! {
            pub struct Thing {}
            ::docmodel::__private::object! { Thing, "thing", extra, [0 odata_type "@odata.type" value, 1 r#type "type" float] }
            ::docmodel::__private::polymorphic! { AnyThing, Thing, [] }
            other::object! { a, [b c] }
        };
        let text = format_tokens(tokens).unwrap();
        assert_eq!(
            text,
            "pub struct Thing {}\n\
             ::docmodel::__private::object! {\n    Thing, \"thing\", extra, [\n        0 odata_type \
             \"@odata.type\" value,\n        1 r#type \"type\" float,\n    ]\n}\n\
             ::docmodel::__private::polymorphic! {\n    AnyThing, Thing, []\n}\n\
             other::object! {\n    a, [b c]\n}\n"
        );
    }
}
