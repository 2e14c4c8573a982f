//! The namespace reader: the `Namespace: microsoft.graph.x` line of a page.

/// Reads the namespace line.
#[derive(Debug, Default)]
pub(super) struct NamespaceReader {
    /// The namespace, once a paragraph names it.
    namespace: Option<String>,
    /// The paragraph being read, while none has named the namespace.
    paragraph: Option<String>,
}

impl NamespaceReader {
    /// A paragraph starts: read it, while no paragraph has named the namespace.
    pub(super) fn start_paragraph(&mut self) {
        if self.namespace.is_none() {
            self.paragraph = Some(String::new());
        }
    }

    /// Inline text, the paragraph's if one is being read.
    pub(super) fn text(&mut self, text: &str) {
        // A paragraph is read only as far as its start tells whether it names a namespace.
        if let Some(paragraph) = &mut self.paragraph
            && paragraph.len() < 200
        {
            paragraph.push_str(text);
        }
    }

    /// The paragraph being read ends.
    pub(super) fn end_paragraph(&mut self) {
        if let Some(paragraph) = self.paragraph.take() {
            self.namespace = namespace_line(&paragraph);
        }
    }

    /// The namespace the page names, if any.
    pub(super) fn finish(self) -> Option<String> {
        self.namespace
    }
}

/// `Namespace: microsoft.graph.callRecords` -> `microsoft.graph.callRecords`.
fn namespace_line(paragraph: &str) -> Option<String> {
    let rest = paragraph.trim().strip_prefix("Namespace:")?;
    let name = rest.split_whitespace().next()?;
    let valid = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '_');
    valid.then(|| name.to_owned())
}
