//! The crate `docmodel emit` writes: `Cargo.toml`, `src/lib.rs` with a module per page that
//! re-exports the page's types, and `src/types.rs` with the one model's types, split into parts
//! of [`ITEMS_PER_PART`] items (`src/types/part_001.rs`, ...): a whole doc set is tens of
//! megabytes of source, which no editor reads well as one file, and formatting it in parts keeps
//! the time it takes in proportion to its size.

use super::Page;
use super::features;
use docmodel_codegen::{Build, Diagnostic, Features, Gate, Options, Origin};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Where this workspace's `docmodel` crate is.
pub const DOCMODEL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../docmodel");
/// This workspace's lock file: the emitted crate starts from it, so that it builds with the
/// versions this workspace is tested with (and offline, when they are in cargo's cache).
const LOCK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../Cargo.lock");
/// How many items (a struct, its serde glue, an enum, ...) one part of `types` holds: about a
/// hundred types, a few hundred kilobytes of source.
const ITEMS_PER_PART: usize = 200;
/// The module with every type; no page's module takes its name.
const TYPES: &str = "types";

/// The types of the one model as source: its parts, and how many types it has.
pub struct Types {
    /// Each part's formatted source.
    parts: Vec<String>,
    /// How many structs and enums there are.
    pub count: usize,
}

/// The items of `build` (with its example tests), formatted in parts, or its bugs; with
/// `features`, each item that not every feature needs behind a `#[cfg]`.
pub fn types(
    build: &Build,
    options: &Options,
    features: Option<&Features>,
) -> Result<Types, Vec<Diagnostic>> {
    let tokens = docmodel_codegen::tokens(build, options)?;
    let bug = |message: String| vec![Diagnostic::bug(Origin::Build, &message)];
    let mut file = syn::parse2::<syn::File>(tokens)
        .map_err(|e| bug(format!("the generated code does not parse: {e}")))?;
    if let Some(features) = features {
        features::gate_items(&mut file.items, features);
    }
    let count = file
        .items
        .iter()
        .filter(|item| matches!(item, syn::Item::Struct(_) | syn::Item::Enum(_)))
        .count();
    let mut parts = Vec::new();
    for chunk in file.items.chunks(ITEMS_PER_PART) {
        let tokens = quote::quote!(#(#chunk)*);
        parts.push(docmodel_codegen::format_tokens(tokens).map_err(bug)?);
    }
    Ok(Types { parts, count })
}

/// For each page, its module: name -> source (`pub mod x { pub use crate::types::X; }`); with
/// `features`, behind the `#[cfg]` of what it re-exports, and each re-export behind its own if
/// that is another.
pub fn page_modules(
    build: &Build,
    pages: &[&Page],
    roots: &[PathBuf],
    features: Option<&Features>,
) -> BTreeMap<String, String> {
    let mut modules = BTreeMap::new();
    for (path, _) in pages {
        let mut name = module_name(path, roots);
        while name == TYPES || modules.contains_key(&name) {
            name.push('_');
        }
        let names = build.defined_by(path);
        let (cfg, uses) = match features {
            None => (String::new(), uses(&names, "")),
            Some(features) => gated_uses(&names, features),
        };
        let text = format!(
            "/// The types of `{}`.\n{cfg}pub mod {name} {{\n{uses}}}\n",
            comment_text(path)
        );
        modules.insert(name, text);
    }
    modules
}

/// The `pub use` line of `names`, after `cfg` (empty, or an attribute and a new line).
fn uses(names: &[String], cfg: &str) -> String {
    match names {
        [] => String::new(),
        [one] => format!("    {cfg}pub use crate::{TYPES}::{one};\n"),
        many => format!(
            "    {cfg}pub use crate::{TYPES}::{{{}}};\n",
            many.join(", ")
        ),
    }
}

/// The `#[cfg]` line of a page's module (empty if always compiled), and its `pub use` lines:
/// the names with the same gate in one, behind that gate unless it is the module's.
fn gated_uses(names: &[String], features: &Features) -> (String, String) {
    let module = features.gate(names);
    let line =
        |gate: &Gate| features::cfg_text(gate).map_or_else(String::new, |cfg| format!("{cfg}\n"));
    let mut groups: Vec<(Gate, Vec<String>)> = Vec::new();
    for name in names {
        let gate = features.gate(std::slice::from_ref(name));
        match groups.iter_mut().find(|(g, _)| *g == gate) {
            Some((_, group)) => group.push(name.clone()),
            None => groups.push((gate, vec![name.clone()])),
        }
    }
    let mut text = String::new();
    for (gate, group) in &groups {
        let cfg = if *gate == module {
            String::new()
        } else {
            line(gate).replace('\n', "\n    ")
        };
        text.push_str(&uses(group, &cfg));
    }
    (line(&module), text)
}

/// `text` as it can stand in a `///` comment between backticks: one line, no backtick.
fn comment_text(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '`' => '\'',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect()
}

/// `api-reference/beta/api/intune-apps-mobileapp-assign.md` (below a folder given) ->
/// `api_reference_beta_api_intune_apps_mobileapp_assign`.
fn module_name(path: &str, roots: &[PathBuf]) -> String {
    let path = Path::new(path);
    // Page paths are normalized (see `check_pages`); so are the folders they are below.
    let roots: Vec<PathBuf> = roots
        .iter()
        .map(|r| PathBuf::from(docmodel_codegen::normalize_path(&r.display().to_string())))
        .collect();
    let relative = roots
        .iter()
        .find_map(|root| path.strip_prefix(root).ok())
        .unwrap_or(path);
    let text = relative.with_extension("").display().to_string();
    let mut name: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    name = name.trim_matches('_').to_owned();
    // A path that is only a keyword (`type.md`, `self.md`) or starts with a digit is no module
    // name; `page_` in front makes one.
    let keyword = docmodel_codegen::field_name(&name).is_none_or(|field| field != name);
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) || keyword {
        name.insert_str(0, "page_");
    }
    name
}

/// Writes the crate to `out`, replacing its `src/`.
pub fn write_crate(
    out: &Path,
    docmodel: &Path,
    types: &Types,
    modules: &BTreeMap<String, String>,
    features: Option<&Features>,
) -> std::io::Result<()> {
    let src = out.join("src");
    if src.exists() {
        std::fs::remove_dir_all(&src)?;
    }
    std::fs::create_dir_all(src.join(TYPES))?;
    let mut manifest = manifest(docmodel);
    if let Some(features) = features {
        manifest.push_str(&features::manifest_section(features));
    }
    std::fs::write(out.join("Cargo.toml"), manifest)?;
    let lock = out.join("Cargo.lock");
    if !lock.exists() && Path::new(LOCK).is_file() {
        std::fs::copy(LOCK, lock)?;
    }
    let mut index = String::from(
        "//! Every type of the pages, once, in parts; all of them are re-exported here.\n\n",
    );
    for (i, part) in types.parts.iter().enumerate() {
        let name = format!("part_{:03}", i + 1);
        // Without features, a part may have nothing to re-export.
        let allow = if features.is_some() {
            "#[allow(unused_imports)]\n"
        } else {
            ""
        };
        let _ = writeln!(index, "mod {name};\n{allow}pub use {name}::*;");
        let header = format!(
            "//! Types of the one model, part {} of {}.\n\n\
             #[allow(unused_imports)]\nuse super::*;\n\n",
            i + 1,
            types.parts.len()
        );
        std::fs::write(src.join(TYPES).join(format!("{name}.rs")), header + part)?;
    }
    std::fs::write(src.join(format!("{TYPES}.rs")), index)?;
    let features_doc = if features.is_some() {
        "\n//!\n//! Each Cargo feature compiles some of the types and what they need (`Cargo.toml` \
         says which); `full`, the default, compiles them all. A type and its page's module are \
         behind a `#[cfg]` of the features that compile it."
    } else {
        ""
    };
    let mut lib = format!(
        "//! Types generated by `docmodel emit`: `{TYPES}` has every type of the pages, once; the \
         module of each page re-exports the types it defines.{features_doc}\n\npub mod {TYPES};\n"
    );
    for module in modules.values() {
        lib.push('\n');
        lib.push_str(module);
    }
    std::fs::write(src.join("lib.rs"), lib)
}

/// The emitted crate's `Cargo.toml`: it depends on `docmodel` at `docmodel`, and is a workspace
/// of its own.
fn manifest(docmodel: &Path) -> String {
    let docmodel = docmodel
        .display()
        .to_string()
        .replace('\\', "/")
        .replace('"', "\\\"");
    format!(
        "# Written by `docmodel emit`.\n[package]\nname = \"docmodel-emitted\"\nversion = \
         \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n[dependencies]\ndocmodel = {{ path \
         = \"{docmodel}\" }}\n\n# A workspace of its own, wherever it is written.\n[workspace]\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_names_are_identifiers() {
        let roots = [PathBuf::from("docs")];
        assert_eq!(module_name("docs/api/user-get.md", &roots), "api_user_get");
        assert_eq!(module_name("docs/type.md", &roots), "page_type");
        assert_eq!(module_name("docs/self.md", &roots), "page_self");
        assert_eq!(module_name("docs/1st.md", &roots), "page_1st");
        assert_eq!(module_name("docs/-.md", &roots), "page_");
    }

    #[test]
    fn comments_hold_any_path() {
        assert_eq!(comment_text("a`b\nc.md"), "a'b c.md");
    }
}
