//! Docs on disk, the one part of the engine that touches the file system: which pages a path
//! names ([`expand`]), and a [`Loader`] that reads the pages links lead to ([`FsLoader`]). The
//! macro, the CLI and the tests share them, so that a folder gives its pages in the same order
//! to `docmodel check` as to a build, and a link is refused or followed alike everywhere. The
//! pipeline itself reads only through a [`Loader`]. What the `docs` entries of the macro and of
//! `docmodel-build` name, read, is [`read_docs`] (`files/docs.rs`).

mod docs;

pub use docs::{
    DocsFrom, EntryProblem, ReadDoc, ReadDocs, default_read_root, names_many, read_docs,
};

use crate::load::{Loader, PageCache, ReadError, TypeIndex, by_case};
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

/// The docs `written` names, relative to the folder `base`: a file is itself; a folder is every
/// `*.md` below it; a path whose file name has `*` or `?` is every matching file of its folder.
/// Paths come back as written (`../docs/resources/*.md` -> `../docs/resources/a.md`, ...),
/// sorted as whole strings, so that the order of a model does not depend on the file system. A
/// pattern that matches nothing, or a folder without pages, is an error. Folders reached through
/// a symbolic link are not searched (a link may lead back up the tree); files through one are.
pub fn expand(base: &Path, written: &str) -> Result<Vec<String>, String> {
    let (dir, name) = match written.rsplit_once('/') {
        Some((dir, name)) => (dir, name),
        None => ("", written),
    };
    let mut found = if name.contains(['*', '?']) {
        let entries = std::fs::read_dir(base.join(dir))
            .map_err(|e| format!("cannot list the folder of `{written}`: {e}"))?;
        let files = entries
            .filter_map(Result::ok)
            .filter(|e| e.path().is_file())
            .filter_map(|e| e.file_name().to_str().map(str::to_owned))
            .filter(|file| matches(name, file))
            .map(|file| joined(dir, &file))
            .collect::<Vec<_>>();
        if files.is_empty() {
            return Err(format!("`{written}` matches no file"));
        }
        files
    } else if base.join(written).is_dir() {
        let mut pages = Vec::new();
        collect_pages(
            &base.join(written),
            written.trim_end_matches('/'),
            &mut pages,
        );
        if pages.is_empty() {
            return Err(format!("the folder `{written}` holds no `*.md` page"));
        }
        pages
    } else {
        vec![written.to_owned()]
    };
    found.sort();
    Ok(found)
}

fn joined(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_owned()
    } else {
        format!("{dir}/{name}")
    }
}

/// Every `*.md` below `dir` (written as `written`), into `found`.
fn collect_pages(dir: &Path, written: &str, found: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
            continue;
        };
        let child = format!("{written}/{name}");
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            collect_pages(&entry.path(), &child, found);
        } else if name.ends_with(".md") && entry.path().is_file() {
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

/// Whether `file` is inside the folder `root`, both resolved through symbolic links where they
/// exist and lexically where they do not (so that nothing outside is even looked for).
pub fn is_within(root: &Path, file: &Path) -> bool {
    resolve(file).starts_with(resolve(root))
}

/// `path` resolved through symbolic links if it exists, else made absolute lexically.
fn resolve(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| absolute(path))
}

/// `path` made absolute (against the current folder), with `.` and `..` resolved lexically.
pub fn absolute(path: &Path) -> PathBuf {
    let joined;
    let path = if path.is_absolute() {
        path
    } else {
        joined = std::env::current_dir().map_or_else(|_| path.to_owned(), |cwd| cwd.join(path));
        &joined
    };
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            // Above the root is the root; a path left relative (no current folder) keeps `..`.
            Component::ParentDir => {
                if !out.pop() && !path.has_root() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// Reads the pages links lead to from disk: only inside a root folder, keeping each page parsed
/// for the next build, and remembering every file it read (the macro tracks them for rebuilds).
///
/// It finds a file as a link means it on any file system ([`Loader::find`]): by its name if
/// there is a file of that name, else the one whose name differs in letter case only. It lists a
/// folder for that once (the listing is kept as long as the loader: one macro call, one run of
/// `docmodel check`), and remembers the file by its real name, so that what the macro tracks is
/// the file that changes, also where the file system would open it under any spelling.
///
/// It also keeps the index of the type pages of the folders it scanned for names that no link
/// and no guess finds ([`TypeIndex`]), as long as it lives. The pages it scans for that are not
/// remembered as read; the one a name finds is, when it is read.
#[derive(Debug)]
pub struct FsLoader {
    base: PathBuf,
    described: String,
    cache: PageCache,
    read: Vec<PathBuf>,
    /// The names of the files of each folder listed so far (by its path below `base`), or why it
    /// could not be listed.
    listed: HashMap<String, Result<Vec<String>, ReadError>>,
    /// The folder it reads inside, resolved once ([`is_within`]).
    root: PathBuf,
    /// Whether each path looked at so far (below `base`) is inside `root`. Resolving a path
    /// through symbolic links takes a system call per folder of it; a `check` of all of Graph
    /// v1.0 asks about the same few thousand files a million times, and spent a third of its
    /// time there.
    within: HashMap<String, bool>,
    /// The type pages of the folders scanned so far.
    types: TypeIndex,
    /// Every folder listed or scanned so far, once, in order.
    folders: Vec<PathBuf>,
}

impl FsLoader {
    /// A loader of paths relative to the folder `base` (empty: the current folder) that reads
    /// only inside `root`, which messages call `described` (`` `root` ``, `the workspace root`).
    pub fn new(base: impl Into<PathBuf>, root: impl Into<PathBuf>, described: &str) -> Self {
        FsLoader {
            base: base.into(),
            root: resolve(&root.into()),
            within: HashMap::new(),
            described: described.to_owned(),
            cache: PageCache::default(),
            read: Vec::new(),
            listed: HashMap::new(),
            types: TypeIndex::default(),
            folders: Vec::new(),
        }
    }

    /// The same, keeping the pages of `cache`.
    pub fn with_cache(self, cache: PageCache) -> Self {
        FsLoader { cache, ..self }
    }

    /// The pages it keeps, to keep for another loader.
    pub fn into_cache(self) -> PageCache {
        self.cache
    }

    /// Every file it read, in the order it read them.
    pub fn files_read(&self) -> &[PathBuf] {
        &self.read
    }

    /// Every folder it looked into, once each, in order: those it listed to find a linked file by
    /// letter case, and those it scanned for the type pages of a name without a link. A page
    /// added to one may change what a build finds; a build script tracks them (the macro cannot
    /// track a folder).
    pub fn folders_read(&self) -> &[PathBuf] {
        &self.folders
    }

    /// Remembers that it looked into `folder`.
    fn looked_into(&mut self, folder: PathBuf) {
        if !self.folders.contains(&folder) {
            self.folders.push(folder);
        }
    }

    /// Whether the file or folder `path` (absolute, or relative to the current folder) is inside
    /// `root`.
    fn inside(&self, path: &Path) -> bool {
        resolve(path).starts_with(&self.root)
    }

    /// Whether the path `path` (below `base`) is inside `root`, resolved once.
    fn is_within_root(&mut self, path: &str) -> bool {
        if let Some(&within) = self.within.get(path) {
            return within;
        }
        let within = self.inside(&self.base.join(path));
        self.within.insert(path.to_owned(), within);
        within
    }

    /// The names of the entries of the folder `dir` (below `base`), listed once.
    fn listing(&mut self, dir: &str) -> Result<&[String], ReadError> {
        if !self.listed.contains_key(dir) {
            self.looked_into(self.base.join(dir));
        }
        let base = &self.base;
        let listed = self
            .listed
            .entry(dir.to_owned())
            .or_insert_with(|| list(&base.join(dir)));
        match listed {
            Ok(names) => Ok(names),
            Err(e) => Err(e.clone()),
        }
    }
}

/// The names of the entries of the folder `dir` (those that are UTF-8), or why it cannot be
/// listed.
fn list(dir: &Path) -> Result<Vec<String>, ReadError> {
    match std::fs::read_dir(dir) {
        Ok(entries) => Ok(entries
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().into_string().ok())
            .collect()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(ReadError::NotFound),
        Err(_) if dir.is_file() => Err(ReadError::NotFound),
        Err(e) => Err(ReadError::Other(e.to_string())),
    }
}

impl Loader for FsLoader {
    fn find(&mut self, path: &str) -> Result<String, ReadError> {
        if !self.is_within_root(path) {
            return Err(ReadError::Outside(self.described.clone()));
        }
        let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
        let found = match by_case(name, self.listing(dir)?.iter().map(String::as_str))? {
            same if same == name => return Ok(path.to_owned()),
            other if dir.is_empty() => other.to_owned(),
            other => format!("{dir}/{other}"),
        };
        // Another name may be a symbolic link that leads elsewhere.
        if !self.is_within_root(&found) {
            return Err(ReadError::Outside(self.described.clone()));
        }
        Ok(found)
    }

    fn read(&mut self, path: &str) -> Result<Vec<u8>, ReadError> {
        if !self.is_within_root(path) {
            return Err(ReadError::Outside(self.described.clone()));
        }
        let file = self.base.join(path);
        if file.is_dir() {
            return Err(ReadError::Other("it is a folder, not a page".to_owned()));
        }
        match std::fs::read(&file) {
            Ok(bytes) => {
                self.read.push(file);
                Ok(bytes)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(ReadError::NotFound),
            Err(e) => Err(ReadError::Other(e.to_string())),
        }
    }

    fn cache(&mut self) -> Option<&mut PageCache> {
        Some(&mut self.cache)
    }

    fn scan_folder(&mut self, dir: &str, scan: &mut dyn FnMut(&str, &[u8])) {
        let folder = self.base.join(dir);
        if !self.inside(&folder) {
            return;
        }
        self.looked_into(folder.clone());
        let Ok(entries) = std::fs::read_dir(&folder) else {
            return;
        };
        let mut pages: Vec<(String, PathBuf)> = Vec::new();
        for entry in entries.filter_map(Result::ok) {
            let Ok(name) = entry.file_name().into_string() else {
                continue;
            };
            // A symbolic link may lead out of the root; a plain file of the folder does not.
            let plain = entry.file_type().is_ok_and(|t| t.is_file());
            let path = entry.path();
            if name.ends_with(".md") && (plain || path.is_file() && self.inside(&path)) {
                pages.push((name, path));
            }
        }
        pages.sort();
        for (name, path) in pages {
            if let Ok(bytes) = std::fs::read(&path) {
                let written = if dir.is_empty() {
                    name
                } else {
                    format!("{dir}/{name}")
                };
                scan(&written, &bytes);
            }
        }
    }

    fn types(&mut self) -> Option<&mut TypeIndex> {
        Some(&mut self.types)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tests_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests")
    }

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
        let dir = tests_dir();
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
    fn a_folder_is_sorted_as_whole_paths() {
        let dir = std::env::temp_dir().join(format!("docmodel-files-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("a")).unwrap();
        std::fs::create_dir_all(dir.join("empty")).unwrap();
        for file in ["a-b.md", "a/b.md", "c.txt"] {
            std::fs::write(dir.join(file), "# x").unwrap();
        }
        let found = expand(&dir, ".").unwrap();
        let empty = expand(&dir, "empty").unwrap_err();
        let unlisted = expand(&dir, "gone/*.md").unwrap_err();
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(empty, "the folder `empty` holds no `*.md` page");
        assert!(
            unlisted.starts_with("cannot list the folder of `gone/*.md`: "),
            "{unlisted}"
        );
        // `-` sorts before `/`: the order of the strings, not of the folders' entries.
        assert_eq!(found, ["./a-b.md", "./a/b.md"]);
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
    fn absolute_resolves_dots_lexically() {
        assert_eq!(
            absolute(Path::new("/a/b/../c/./d.md")),
            PathBuf::from("/a/c/d.md")
        );
        assert_eq!(absolute(Path::new("/../x")), PathBuf::from("/x"));
    }

    #[test]
    fn the_loader_reads_inside_its_root_only_and_remembers_what_it_read() {
        let dir = tests_dir();
        let mut loader = FsLoader::new(&dir, dir.join("docs"), "`root`");
        assert!(loader.read("docs/widget.md").is_ok());
        assert_eq!(loader.read("docs/gone.md"), Err(ReadError::NotFound));
        assert_eq!(
            loader.read("docs/linked"),
            Err(ReadError::Other("it is a folder, not a page".to_owned()))
        );
        assert_eq!(
            loader.read("Cargo.toml"),
            Err(ReadError::Outside("`root`".to_owned()))
        );
        // Outside is outside, whether the file is there or not.
        assert_eq!(
            loader.read("../../nowhere.md"),
            Err(ReadError::Outside("`root`".to_owned()))
        );
        assert_eq!(loader.files_read(), [dir.join("docs/widget.md")]);
    }

    #[test]
    fn the_loader_finds_a_file_by_its_letters_and_tracks_its_real_name() {
        let dir = std::env::temp_dir().join(format!("docmodel-case-{}", std::process::id()));
        let docs = dir.join("docs");
        std::fs::create_dir_all(docs.join("sub")).unwrap();
        for file in [
            "objectidentity.md",
            "systemFacet.md",
            "a.md",
            "A.md",
            "sub/b.md",
        ] {
            std::fs::write(docs.join(file), "# x").unwrap();
        }
        std::fs::write(dir.join("Secret.md"), "# x").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(dir.join("Secret.md"), docs.join("Secret.md")).unwrap();
        let mut loader = FsLoader::new(&dir, &docs, "`root`");
        let found = [
            loader.find("docs/objectIdentity.md"),
            loader.find("docs/systemfacet.md"),
            loader.find("docs/a.md"),
            loader.find("docs/sub/B.md"),
            loader.find("docs/a.MD"),
            loader.find("docs/gone.md"),
            loader.find("docs/gone/x.md"),
            loader.find("docs/a.md/x.md"),
            loader.find("secret.md"),
        ];
        #[cfg(unix)]
        let secret = loader.find("docs/secret.md");
        let read = loader.read("docs/objectidentity.md").map(|b| b.len());
        let tracked = loader.files_read().to_vec();
        let folders = loader.folders_read().to_vec();
        let _ = std::fs::remove_dir_all(&dir);
        let ok = |path: &str| Ok(path.to_owned());
        assert_eq!(
            found,
            [
                ok("docs/objectidentity.md"),
                ok("docs/systemFacet.md"),
                ok("docs/a.md"),
                ok("docs/sub/b.md"),
                Err(ReadError::Ambiguous(vec![
                    "A.md".to_owned(),
                    "a.md".to_owned()
                ])),
                Err(ReadError::NotFound),
                Err(ReadError::NotFound),
                Err(ReadError::NotFound),
                Err(ReadError::Outside("`root`".to_owned())),
            ]
        );
        // A name in other case may be a symbolic link out of the root: still outside.
        #[cfg(unix)]
        assert_eq!(secret, Err(ReadError::Outside("`root`".to_owned())));
        assert_eq!(read, Ok(3));
        assert_eq!(tracked, [dir.join("docs/objectidentity.md")]);
        // Each folder listed once, the one that is not there too (a page may be added to it).
        assert_eq!(
            folders,
            [
                docs.clone(),
                docs.join("sub"),
                docs.join("gone"),
                docs.join("a.md")
            ]
        );
    }
}
