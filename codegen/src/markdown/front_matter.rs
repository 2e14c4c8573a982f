//! The front matter reader: the fields docmodel reads from the YAML block at the top of a page.

use crate::page::FrontMatter;

/// Reads the front matter.
#[derive(Debug, Default)]
pub(super) struct FrontMatterReader {
    /// The fields read.
    front_matter: FrontMatter,
    /// The front matter being read.
    yaml: Option<String>,
}

impl FrontMatterReader {
    /// The front matter block starts.
    pub(super) fn start(&mut self) {
        self.yaml = Some(String::new());
    }

    /// Text, the front matter's if it is being read.
    pub(super) fn text(&mut self, text: &str) {
        if let Some(yaml) = &mut self.yaml {
            yaml.push_str(text);
        }
    }

    /// The front matter block ends.
    pub(super) fn end(&mut self) {
        if let Some(yaml) = self.yaml.take() {
            self.front_matter = front_matter(&yaml);
        }
    }

    /// The fields read.
    pub(super) fn finish(self) -> FrontMatter {
        self.front_matter
    }
}

/// The `title`, `description` and `doc_type` of a YAML front matter block. Values may be quoted.
fn front_matter(yaml: &str) -> FrontMatter {
    let mut fm = FrontMatter::default();
    for line in yaml.lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = unquote(value.trim()).to_owned();
        match key.trim() {
            "title" => fm.title = Some(value),
            "description" => fm.description = Some(value),
            "doc_type" => fm.doc_type = Some(value),
            _ => {}
        }
    }
    fm
}

fn unquote(value: &str) -> &str {
    ["\"", "'"]
        .iter()
        .find_map(|q| value.strip_prefix(q).and_then(|v| v.strip_suffix(q)))
        .unwrap_or(value)
}
