//! The invocation: `[$crate] "path/to/doc.md"`.

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use syn::LitStr;
use syn::parse::{ParseStream, Parser};

/// A parsed invocation.
pub struct Invocation {
    /// The path of the `docmodel` crate, from the `macro_rules!` wrapper.
    pub krate: TokenStream,
    /// The doc's path as written.
    pub docs: LitStr,
}

/// Parses the wrapper's `[$crate]` and the user's arguments.
pub fn parse(input: TokenStream) -> syn::Result<Invocation> {
    Parser::parse2(parse_invocation, input)
}

fn parse_invocation(input: ParseStream<'_>) -> syn::Result<Invocation> {
    let krate = input.step(|cursor| match cursor.token_tree() {
        Some((TokenTree::Group(group), rest)) if group.delimiter() == Delimiter::Bracket => {
            Ok((group.stream(), rest))
        }
        _ => Err(cursor.error("call this macro as `docmodel::include_models!`")),
    })?;
    if input.is_empty() {
        return Err(input.error(
            "expected the path of a Markdown doc, relative to the crate root: \
             `docmodel::include_models!(\"../docs/page.md\")`",
        ));
    }
    let docs: LitStr = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected the path of a Markdown doc as a string literal, relative to the crate root: \
             `docmodel::include_models!(\"../docs/page.md\")`",
        )
    })?;
    if docs.value().is_empty() {
        return Err(syn::Error::new(docs.span(), "the doc's path is empty"));
    }
    if input.peek(syn::Token![,]) {
        input.parse::<syn::Token![,]>()?;
    }
    if !input.is_empty() {
        return Err(input.error("unexpected input after the doc's path: the macro takes one path"));
    }
    Ok(Invocation { krate, docs })
}
