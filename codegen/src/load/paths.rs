//! Paths of docs: joining and normalizing them, where a link leads (site-absolute links
//! included), and which file of a folder a link names when its letter case is not the file's.

use super::ReadError;

/// Where `link`, written on a page in the folder `dir`, leads: a site-absolute link of Graph's
/// site into the doc set ([`site_path`]), any other link relative to `dir`.
pub(super) fn link_path(dir: &str, link: &str) -> String {
    site_path(dir, link).unwrap_or_else(|| join(dir, link))
}

/// The page of the doc set that a site-absolute link of Graph's site names:
/// `/graph/api/resources/x` -> `{doc set}/resources/x.md`, `/graph/api/x` -> `{doc set}/api/x.md`
/// (`.md` is added if the link has none), where the doc set is the folder that holds the linking
/// page's `api/` or `resources/` folder (Graph's layout: `api-reference/v1.0/{api,resources}`).
/// `None` for any other link, and for a page outside such a folder.
fn site_path(dir: &str, link: &str) -> Option<String> {
    let rest = link.strip_prefix("/graph/api/")?;
    let (folder, name) = match rest.strip_prefix("resources/") {
        Some(name) => ("resources", name),
        None => ("api", rest),
    };
    if name.is_empty() || name.contains('/') {
        return None;
    }
    let (doc_set, last) = dir.rsplit_once('/').unwrap_or(("", dir));
    if last != "api" && last != "resources" {
        return None;
    }
    let file = if name.ends_with(".md") {
        name.to_owned()
    } else {
        format!("{name}.md")
    };
    Some(join(doc_set, &format!("{folder}/{file}")))
}

/// Of `names` (the files of one folder), the one a link to `wanted` means: `wanted` itself if it
/// is there, else the only one that differs from it in ASCII letter case alone (the docs were
/// written for a case-insensitive site: `objectIdentity.md` means `objectidentity.md`). Two such
/// files are an error that names them; none is [`ReadError::NotFound`].
pub(crate) fn by_case<'a>(
    wanted: &str,
    names: impl IntoIterator<Item = &'a str>,
) -> Result<&'a str, ReadError> {
    let mut alike: Vec<&str> = Vec::new();
    for name in names {
        if name == wanted {
            return Ok(name);
        }
        if name.eq_ignore_ascii_case(wanted) {
            alike.push(name);
        }
    }
    match alike.as_slice() {
        [] => Err(ReadError::NotFound),
        [one] => Ok(one),
        _ => {
            alike.sort_unstable();
            Err(ReadError::Ambiguous(
                alike.into_iter().map(str::to_owned).collect(),
            ))
        }
    }
}

/// The folder part of a normalized path (`` for a bare file name).
pub(crate) fn parent(path: &str) -> &str {
    path.rsplit_once('/').map_or("", |(dir, _)| dir)
}

/// The file name part of a normalized path.
pub(crate) fn file_name(path: &str) -> &str {
    path.rsplit_once('/').map_or(path, |(_, name)| name)
}

/// `dir` joined with the relative `link`, normalized.
pub fn join(dir: &str, link: &str) -> String {
    if dir.is_empty() {
        normalize_path(link)
    } else {
        normalize_path(&format!("{dir}/{link}"))
    }
}

/// `a/./b/../c` -> `a/c`, with `/` separators; leading `..` stay (the path is relative to the
/// folder the user's paths are), and so does a leading `/`.
pub fn normalize_path(path: &str) -> String {
    if is_normalized(path) {
        return path.to_owned();
    }
    let path = path.replace('\\', "/");
    let absolute = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => match parts.last() {
                Some(&last) if last != ".." => {
                    parts.pop();
                }
                _ if absolute => {}
                _ => parts.push(".."),
            },
            part => parts.push(part),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

/// Whether [`normalize_path`] gives `path` back as it is: `/` separators only, no empty or `.` part
/// (but for the empty one before a leading `/`), and `..` only at the start of a relative path.
/// Most paths are; this costs no allocation.
fn is_normalized(path: &str) -> bool {
    if path.contains('\\') {
        return false;
    }
    let (absolute, rest) = match path.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, path),
    };
    let mut named = false;
    rest.split('/').all(|part| match part {
        "" | "." => false,
        ".." => !absolute && !named,
        _ => {
            named = true;
            true
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_join_and_normalize() {
        assert_eq!(
            join("../docs/api", "../resources/x.md"),
            "../docs/resources/x.md"
        );
        assert_eq!(join("", "./a/../b.md"), "b.md");
        assert_eq!(join("a", "../../b.md"), "../b.md");
        assert_eq!(normalize_path("/a/../../etc/passwd"), "/etc/passwd");
        assert_eq!(normalize_path("docs\\x.md"), "docs/x.md");
        // The check may send a normalized path the long way (`/`), never the reverse.
        for path in [
            "", "/", "a/", "a//b", "./a", "a/.", "/..", "a/../b", "../a/..", "a\\b",
        ] {
            assert!(!is_normalized(path), "{path:?}");
            let normalized = normalize_path(path);
            assert_eq!(normalize_path(&normalized), normalized, "{path:?}");
        }
        for path in ["a", "/a/b.md", "a/b/c.md", "..", "../../a/b.md"] {
            assert!(is_normalized(path), "{path:?}");
            assert_eq!(normalize_path(path), path);
        }
        assert_eq!(parent("x.md"), "");
        assert_eq!(parent("a/b/x.md"), "a/b");
        assert_eq!(file_name("a/b/x.md"), "x.md");
        assert_eq!(file_name("x.md"), "x.md");
    }

    #[test]
    fn site_absolute_links_lead_into_the_doc_set() {
        let cases = [
            (
                "docs/v1.0/api",
                "/graph/api/resources/x",
                "docs/v1.0/resources/x.md",
            ),
            ("resources", "/graph/api/resources/x.md", "resources/x.md"),
            (
                "../v1.0/resources",
                "/graph/api/user-get",
                "../v1.0/api/user-get.md",
            ),
            ("api", "/graph/api/resources/x", "resources/x.md"),
            // Not Graph's API reference, or not a page of it: relative, as any other link.
            ("resources", "/graph/overview", "resources/graph/overview"),
            ("resources", "/graph/api/a/b", "resources/graph/api/a/b"),
            (
                "resources",
                "/graph/api/resources/",
                "resources/graph/api/resources",
            ),
            // A page outside `api/` and `resources/` has no doc set to look in.
            (
                "docs",
                "/graph/api/resources/x",
                "docs/graph/api/resources/x",
            ),
            ("", "/graph/api/resources/x", "/graph/api/resources/x"),
            ("resources", "x.md", "resources/x.md"),
        ];
        for (dir, link, path) in cases {
            assert_eq!(link_path(dir, link), path, "{link} from {dir}");
        }
    }

    #[test]
    fn a_file_is_found_by_its_name_else_by_its_letters() {
        let files = [
            "objectidentity.md",
            "systemFacet.md",
            "a.md",
            "A.md",
            "b.md",
        ];
        assert_eq!(by_case("objectIdentity.md", files), Ok("objectidentity.md"));
        assert_eq!(by_case("systemfacet.md", files), Ok("systemFacet.md"));
        assert_eq!(by_case("a.md", files), Ok("a.md"), "its own name first");
        assert_eq!(by_case("b.MD", files), Ok("b.md"));
        assert_eq!(
            by_case("a.MD", files),
            Err(ReadError::Ambiguous(vec![
                "A.md".to_owned(),
                "a.md".to_owned()
            ]))
        );
        assert_eq!(by_case("c.md", files), Err(ReadError::NotFound));
        // Only ASCII letters fold: the site's rule, and no Unicode surprises.
        assert_eq!(by_case("é.md", ["É.md"]), Err(ReadError::NotFound));
    }
}
