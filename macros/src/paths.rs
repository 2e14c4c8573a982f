//! Where doc paths are relative to, and how the expansion names the file it tracks.
//!
//! The rule: a doc path is relative to the root of the crate whose source invokes the macro (the
//! folder of its `Cargo.toml`), like `include_str!` paths in `build.rs` and cargo's own paths.
//! The root is found from the path literal's source file (`proc_macro::Span::local_file`), walking
//! up to the nearest `Cargo.toml`. That is right under trybuild too, where `CARGO_MANIFEST_DIR`
//! names trybuild's scratch crate instead. Only when the compiler gives no source file does the
//! macro fall back to `CARGO_MANIFEST_DIR`.

use docmodel_codegen::absolute;
use proc_macro2::Span;
use std::path::{Path, PathBuf};

/// The crate root and the invoking source file.
pub struct Root {
    /// The folder doc paths are relative to.
    pub dir: PathBuf,
    /// The source file that invokes the macro, if the compiler says which.
    source: Option<PathBuf>,
    /// How error messages name the root.
    pub described: &'static str,
}

/// Finds the root for the literal at `span`.
pub fn crate_root(span: Span) -> Root {
    let source = span.unwrap().local_file().map(|file| absolute(&file));
    let from_source = source.as_deref().and_then(|file| {
        file.ancestors()
            .skip(1)
            .find(|dir| dir.join("Cargo.toml").is_file())
            .map(Path::to_owned)
    });
    match from_source {
        Some(dir) => Root {
            dir,
            source,
            described: "the root of the crate that invokes the macro (the folder of its Cargo.toml)",
        },
        None => Root {
            dir: std::env::var_os("CARGO_MANIFEST_DIR")
                .map(PathBuf::from)
                .unwrap_or_default(),
            source,
            described: "CARGO_MANIFEST_DIR (the compiler did not say which file invokes the macro)",
        },
    }
}

impl Root {
    /// The path `include_bytes!` needs to track `file`: relative to the invoking source file, so
    /// that no absolute path reaches the expansion; absolute only if the source is unknown.
    pub fn include_path(&self, file: &Path) -> String {
        let relative = self
            .source
            .as_deref()
            .and_then(Path::parent)
            .and_then(|dir| relative_path(dir, &absolute(file)));
        relative
            .unwrap_or_else(|| file.to_owned())
            .to_string_lossy()
            .replace('\\', "/")
    }
}

/// `to` relative to the folder `from` (both absolute and normalized).
fn relative_path(from: &Path, to: &Path) -> Option<PathBuf> {
    let from: Vec<_> = from.components().collect();
    let to: Vec<_> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    if common == 0 {
        return None;
    }
    let mut out = PathBuf::new();
    for _ in common..from.len() {
        out.push("..");
    }
    for component in to.iter().skip(common) {
        out.push(component);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn include_paths_are_relative_to_the_invoking_file() {
        let from = Path::new("/w/models/src");
        let to = absolute(Path::new("/w/models/../docs/page.md"));
        assert_eq!(
            relative_path(from, &to),
            Some(PathBuf::from("../../docs/page.md"))
        );
        let same = absolute(Path::new("/w/models/src/./page.md"));
        assert_eq!(relative_path(from, &same), Some(PathBuf::from("page.md")));
    }
}
