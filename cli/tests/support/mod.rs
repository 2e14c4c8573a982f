//! What the CLI's tests share: running `docmodel`, and temporary folders.

use std::path::PathBuf;
use std::process::{Command, Output};

/// Runs the `docmodel` binary with `args`.
pub fn docmodel(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_docmodel"))
        .args(args)
        .output()
        .expect("docmodel runs")
}

/// A fresh folder under the temp folder, removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("docmodel-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp folder");
        TempDir(dir)
    }

    pub fn path(&self) -> &str {
        self.0.to_str().expect("UTF-8 path")
    }

    /// The text of the file `file` in the folder.
    #[allow(dead_code)] // Not every test file reads one.
    pub fn read(&self, file: &str) -> String {
        std::fs::read_to_string(self.0.join(file)).expect("emitted file")
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
