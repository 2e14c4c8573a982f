//! Rendering: generated tokens as formatted Rust source, for `docmodel show`, `docmodel emit` and
//! the snapshot tests (the macro hands its tokens to the compiler and pays for none of this).

use proc_macro2::TokenStream;

/// Formats generated tokens as Rust source.
pub fn format_tokens(tokens: TokenStream) -> Result<String, String> {
    let file = syn::parse2::<syn::File>(tokens)
        .map_err(|e| format!("the generated code does not parse: {e}"))?;
    Ok(prettyplease::unparse(&file))
}
