//! The invocation: `[$crate]` from the wrapper, then either one path or a list of options.
//!
//! ```text
//! include_models!("../docs/a.md")
//! include_models!(
//!     docs = ["../docs/a.md", "../docs/b.md"],
//!     derive = [Eq, Hash],
//!     types = { DateTimeOffset = String, resultantAppState = String },
//!     root = "../docs",
//!     unresolved = "value",
//!     examples = true,
//!     strict = true,
//!     operations = false,
//! )
//! ```

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Ident, LitStr, Token, braced, bracketed};

/// The options, in the order the README lists them.
const OPTIONS: &str =
    "`docs`, `derive`, `types`, `root`, `unresolved`, `examples`, `strict` and `operations`";

/// A parsed invocation.
pub struct Invocation {
    /// The path of the `docmodel` crate, from the `macro_rules!` wrapper.
    pub krate: TokenStream,
    /// The docs' paths as written.
    pub docs: Vec<LitStr>,
    /// `derive = [...]`: the paths as written.
    pub derives: Vec<syn::Path>,
    /// `types = { key = Type, ... }`.
    pub types: Vec<TypeEntry>,
    /// `root = "..."`.
    pub root: Option<LitStr>,
    /// `unresolved = "value"`: types that cannot be found become `serde_json::Value`.
    pub unresolved_value: bool,
    /// `examples = true`: each response example with real values becomes a `#[test]`.
    pub examples: bool,
    /// `strict = true`: a flaw of the docs that a documented rule decides is an error.
    pub strict: bool,
    /// `operations = false`: no operation types for API pages.
    pub operations: bool,
}

/// One `key = Type` of the `types` option.
pub struct TypeEntry {
    /// The doc type, as written (`DateTimeOffset`, `Edm.Double`, `"resultantAppState"`).
    pub key: String,
    /// Where the key is, for errors.
    pub span: Span,
    /// The Rust type.
    pub rust: syn::Type,
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
    let mut invocation = Invocation {
        krate,
        docs: Vec::new(),
        derives: Vec::new(),
        types: Vec::new(),
        root: None,
        unresolved_value: false,
        examples: false,
        strict: false,
        operations: true,
    };
    if input.is_empty() {
        return Err(input.error(format!(
            "expected the path of a Markdown doc, relative to the crate root \
             (`docmodel::include_models!(\"../docs/page.md\")`), or options: {OPTIONS}"
        )));
    }
    if input.peek(LitStr) {
        invocation.docs.push(path(input)?);
        let _ = input.parse::<Option<Token![,]>>()?;
        if !input.is_empty() {
            return Err(input.error(
                "unexpected input after the doc's path: for several docs, write \
                 `docs = [\"a.md\", \"b.md\"]`",
            ));
        }
        return Ok(invocation);
    }
    let mut seen: Vec<String> = Vec::new();
    while !input.is_empty() {
        seen.push(option(input, &mut invocation, &seen)?);
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
    }
    if invocation.docs.is_empty() {
        let what = if seen.iter().any(|s| s == "docs") {
            "`docs` is empty"
        } else {
            "no `docs`"
        };
        return Err(syn::Error::new(
            Span::call_site(),
            format!("{what}: give the Markdown docs to read, `docs = [\"../docs/page.md\"]`"),
        ));
    }
    Ok(invocation)
}

/// One `name = value` option into `invocation`; its name. `seen` are the options before it.
fn option(
    input: ParseStream<'_>,
    invocation: &mut Invocation,
    seen: &[String],
) -> syn::Result<String> {
    let name: Ident = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            format!("expected an option: {OPTIONS}, or one doc path"),
        )
    })?;
    let key = name.to_string();
    let known = [
        "docs",
        "derive",
        "types",
        "root",
        "unresolved",
        "examples",
        "strict",
        "operations",
    ];
    if !known.contains(&key.as_str()) {
        let message = format!("unknown option `{key}`: the options are {OPTIONS}");
        return Err(syn::Error::new(name.span(), message));
    }
    if seen.contains(&key) {
        return Err(syn::Error::new(
            name.span(),
            format!("`{key}` is given twice"),
        ));
    }
    input.parse::<Token![=]>().map_err(|e| {
        syn::Error::new(
            e.span(),
            format!("expected `=` after `{key}`, as in `{key} = ...`"),
        )
    })?;
    match key.as_str() {
        "docs" => invocation.docs = list(input, path, "doc paths")?,
        "derive" => invocation.derives = list(input, |i| i.parse(), "derive paths")?,
        "types" => invocation.types = types(input)?,
        "root" => invocation.root = Some(path(input)?),
        "unresolved" => invocation.unresolved_value = unresolved(input)?,
        "examples" => invocation.examples = flag(input, "examples")?,
        "strict" => invocation.strict = flag(input, "strict")?,
        "operations" => invocation.operations = flag(input, "operations")?,
        // Checked above.
        _ => {}
    }
    Ok(key)
}

/// `true` or `false`, for the option `key`.
fn flag(input: ParseStream<'_>, key: &str) -> syn::Result<bool> {
    let flag: syn::LitBool = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            format!("expected `true` or `false`, as in `{key} = true`"),
        )
    })?;
    Ok(flag.value)
}

/// `"error"` (the default) or `"value"`.
fn unresolved(input: ParseStream<'_>) -> syn::Result<bool> {
    let expected = "expected `\"error\"` (a type that cannot be found fails the build, the \
                    default) or `\"value\"` (it becomes `serde_json::Value`)";
    let lit: LitStr = input
        .parse()
        .map_err(|e| syn::Error::new(e.span(), expected))?;
    match lit.value().as_str() {
        "error" => Ok(false),
        "value" => Ok(true),
        _ => Err(syn::Error::new(lit.span(), expected)),
    }
}

/// A non-empty path literal.
fn path(input: ParseStream<'_>) -> syn::Result<LitStr> {
    let lit: LitStr = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected a path as a string literal, relative to the crate root: \"../docs/page.md\"",
        )
    })?;
    if lit.value().is_empty() {
        return Err(syn::Error::new(lit.span(), "this path is empty"));
    }
    Ok(lit)
}

/// `[a, b, ...]` of items that `item` parses.
fn list<T>(
    input: ParseStream<'_>,
    item: fn(ParseStream<'_>) -> syn::Result<T>,
    what: &str,
) -> syn::Result<Vec<T>> {
    if !input.peek(syn::token::Bracket) {
        return Err(input.error(format!("expected a list of {what} in `[...]`")));
    }
    let content;
    bracketed!(content in input);
    let items = Punctuated::<T, Token![,]>::parse_terminated_with(&content, item)
        .map_err(|e| syn::Error::new(e.span(), format!("expected a list of {what}: {e}")))?;
    Ok(items.into_iter().collect())
}

/// `{ Key = Type, ... }`: a key is a doc type name, dotted (`Edm.Double`) or quoted.
fn types(input: ParseStream<'_>) -> syn::Result<Vec<TypeEntry>> {
    if !input.peek(syn::token::Brace) {
        return Err(input.error(
            "expected `{ DocType = RustType, ... }`, e.g. `types = { DateTimeOffset = String }`",
        ));
    }
    let content;
    braced!(content in input);
    let entries = Punctuated::<TypeEntry, Token![,]>::parse_terminated_with(&content, |input| {
        let (key, span) = if input.peek(LitStr) {
            let lit: LitStr = input.parse()?;
            (lit.value(), lit.span())
        } else {
            let parts = Punctuated::<Ident, Token![.]>::parse_separated_nonempty(input)?;
            let span = parts.first().map_or_else(Span::call_site, Ident::span);
            let key = parts
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(".");
            (key, span)
        };
        input.parse::<Token![=]>()?;
        let rust: syn::Type = input.parse().map_err(|e| {
            syn::Error::new(e.span(), format!("expected the Rust type for `{key}`: {e}"))
        })?;
        Ok(TypeEntry { key, span, rust })
    })?;
    Ok(entries.into_iter().collect())
}

impl TypeEntry {
    /// The Rust type's tokens.
    pub fn rust_tokens(&self) -> TokenStream {
        self.rust.to_token_stream()
    }
}
