//! Where doc paths are relative to, and how the expansion names the file it tracks.
//!
//! The rule: a doc path is relative to the root of the crate whose source invokes the macro (the
//! folder of its `Cargo.toml`), like `include_str!` paths in `build.rs` and cargo's own paths.
//! The root is found from the path literal's source file (`proc_macro::Span::local_file`), walking
//! up to the nearest `Cargo.toml`. That is right under trybuild too, where `CARGO_MANIFEST_DIR`
//! names trybuild's scratch crate instead. Only when the compiler gives no source file does the
//! macro fall back to `CARGO_MANIFEST_DIR`.

use proc_macro2::Span;
use std::path::{Component, Path, PathBuf};

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
    let source = span.unwrap().local_file().map(absolute);
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

/// The folder docs may be read from when the invocation gives no `root`: the workspace root,
/// i.e. the nearest folder at or above `crate_dir` whose `Cargo.toml` has a `[workspace]` table,
/// else `crate_dir` itself.
pub fn default_read_root(crate_dir: &Path) -> PathBuf {
    crate_dir
        .ancestors()
        .find(|dir| {
            std::fs::read_to_string(dir.join("Cargo.toml"))
                .is_ok_and(|toml| toml.lines().any(|line| line.trim() == "[workspace]"))
        })
        .unwrap_or(crate_dir)
        .to_owned()
}

/// Whether `file` is inside the folder `root` (both resolved through symlinks where they exist,
/// lexically otherwise).
pub fn is_within(root: &Path, file: &Path) -> bool {
    let resolve = |p: &Path| p.canonicalize().unwrap_or_else(|_| absolute(p.to_owned()));
    resolve(file).starts_with(resolve(root))
}

/// The docs a path names: a file is itself; a folder is every `*.md` below it; a path whose
/// file name has `*` or `?` is every matching file of its folder. Paths come back as written
/// (`../docs/resources/*.md` -> `../docs/resources/a.md`, ...), sorted, so the order of the
/// model does not depend on the file system. A pattern that matches nothing is an error.
pub fn expand(crate_dir: &Path, written: &str) -> Result<Vec<String>, String> {
    let (dir, name) = match written.rsplit_once('/') {
        Some((dir, name)) => (dir, name),
        None => ("", written),
    };
    let joined = |dir: &str, name: &str| {
        if dir.is_empty() {
            name.to_owned()
        } else {
            format!("{dir}/{name}")
        }
    };
    if name.contains(['*', '?']) {
        let folder = crate_dir.join(dir);
        let entries = std::fs::read_dir(&folder)
            .map_err(|e| format!("cannot list the folder of `{written}`: {e}"))?;
        let mut found: Vec<String> = entries
            .filter_map(Result::ok)
            .filter(|e| e.path().is_file())
            .filter_map(|e| e.file_name().to_str().map(str::to_owned))
            .filter(|file| matches(name, file))
            .map(|file| joined(dir, &file))
            .collect();
        found.sort();
        if found.is_empty() {
            return Err(format!("`{written}` matches no file"));
        }
        return Ok(found);
    }
    let path = crate_dir.join(written);
    if !path.is_dir() {
        return Ok(vec![written.to_owned()]);
    }
    let mut found = Vec::new();
    collect_md(&path, written.trim_end_matches('/'), &mut found);
    found.sort();
    if found.is_empty() {
        return Err(format!("the folder `{written}` holds no `*.md` page"));
    }
    Ok(found)
}

fn collect_md(dir: &Path, written: &str, found: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
            continue;
        };
        let path = entry.path();
        let child = format!("{written}/{name}");
        if path.is_dir() {
            collect_md(&path, &child, found);
        } else if name.ends_with(".md") {
            found.push(child);
        }
    }
}

/// Whether `name` matches `pattern`, where `*` is any run of characters and `?` any one.
fn matches(pattern: &str, name: &str) -> bool {
    let (p, n): (Vec<char>, Vec<char>) = (pattern.chars().collect(), name.chars().collect());
    // The classic two-pointer wildcard match, with backtracking to the last `*`.
    let (mut pi, mut ni) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ni < n.len() {
        match p.get(pi) {
            Some('*') => {
                star = Some((pi, ni));
                pi += 1;
            }
            Some(c) if *c == '?' || Some(c) == n.get(ni) => {
                pi += 1;
                ni += 1;
            }
            _ => match star {
                Some((sp, sn)) => {
                    pi = sp + 1;
                    ni = sn + 1;
                    star = Some((sp, sn + 1));
                }
                None => return false,
            },
        }
    }
    p.get(pi..)
        .is_some_and(|rest| rest.iter().all(|c| *c == '*'))
}

impl Root {
    /// The path `include_bytes!` needs to track `file`: relative to the invoking source file, so
    /// that no absolute path reaches the expansion; absolute only if the source is unknown.
    pub fn include_path(&self, file: &Path) -> String {
        let relative = self
            .source
            .as_deref()
            .and_then(Path::parent)
            .and_then(|dir| relative_path(dir, &absolute(file.to_owned())));
        relative
            .unwrap_or_else(|| file.to_owned())
            .to_string_lossy()
            .replace('\\', "/")
    }
}

fn absolute(path: PathBuf) -> PathBuf {
    let path = if path.is_absolute() {
        path
    } else {
        std::env::current_dir()
            .map(|cwd| cwd.join(&path))
            .unwrap_or(path)
    };
    normalize(&path)
}

/// Removes `.` and resolves `..` lexically.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
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
    fn wildcards() {
        assert!(matches("*.md", "a.md"));
        assert!(matches("intune-*-x.md", "intune-apps-x.md"));
        assert!(matches("?.md", "a.md"));
        assert!(!matches("*.md", "a.txt"));
        assert!(!matches("a*b", "acbd"));
        assert!(matches("*", ""));
    }

    #[test]
    fn folders_and_patterns_expand_sorted() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests");
        let found = expand(&dir, "docs/linked/resources/*.md").unwrap();
        assert_eq!(
            found.first().map(String::as_str),
            Some("docs/linked/resources/architecture.md")
        );
        assert!(found.windows(2).all(|w| w[0] < w[1]));
        let all = expand(&dir, "docs/linked").unwrap();
        assert!(all.contains(&"docs/linked/api/gadget-update.md".to_owned()));
        assert!(
            expand(&dir, "docs/linked/*.txt")
                .unwrap_err()
                .contains("matches no file")
        );
        assert_eq!(expand(&dir, "docs/widget.md").unwrap(), ["docs/widget.md"]);
    }

    #[test]
    fn include_paths_are_relative_to_the_invoking_file() {
        let from = Path::new("/w/models/src");
        let to = normalize(Path::new("/w/models/../docs/page.md"));
        assert_eq!(
            relative_path(from, &to),
            Some(PathBuf::from("../../docs/page.md"))
        );
        let same = normalize(Path::new("/w/models/src/./page.md"));
        assert_eq!(relative_path(from, &same), Some(PathBuf::from("page.md")));
    }

    #[test]
    fn only_files_below_the_root_are_within_it() {
        let root = Path::new("/w/docs");
        assert!(is_within(root, Path::new("/w/docs/a/b.md")));
        assert!(is_within(root, Path::new("/w/docs/../docs/b.md")));
        assert!(!is_within(root, Path::new("/w/docs/../../etc/passwd")));
        assert!(!is_within(root, Path::new("/w/docs-other/b.md")));
    }

    #[test]
    fn normalize_resolves_dots_lexically() {
        assert_eq!(
            normalize(Path::new("/a/b/../c/./d.md")),
            PathBuf::from("/a/c/d.md")
        );
        assert_eq!(normalize(Path::new("../x")), PathBuf::from("../x"));
    }
}
