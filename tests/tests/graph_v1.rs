//! All of Graph v1.0, vendored as a user vendors it, compiles under the macro's defaults: a crate
//! in a temporary folder copies `../shared/corpus/graph-v1.0/api-reference/v1.0` into its
//! `docs/v1.0`, and names the types people use most, one `include_models!` call each, with no
//! option. Then `cargo check` must pass with no warning (of this crate or of docmodel's) (the macro runs in `check` as in `build`;
//! `DOCMODEL_GRAPH_V1_BUILD=1` runs `cargo build` instead).
//!
//! Needs `../shared` beside the workspace (third-party docs that are never copied into the
//! repository): skipped without it, unless `DOCMODEL_REQUIRE_CORPUS=1` (CI) makes that a failure.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The types of issue 14, by the file of their resource page.
const TYPES: &[&str] = &[
    "user",
    "group",
    "event",
    "message",
    "calendar",
    "contact",
    "driveitem",
    "drive",
    "site",
    "list",
    "listitem",
    "team",
    "channel",
    "chatmessage",
    "application",
    "serviceprincipal",
    "device",
    "plannertask",
    "todotask",
    "onlinemeeting",
    "subscription",
    "organization",
    "mailfolder",
    "printer",
];

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The v1.0 doc set, if `../shared` is there.
fn corpus() -> Option<PathBuf> {
    let dir = workspace().join("../shared/corpus/graph-v1.0/api-reference/v1.0");
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("DOCMODEL_REQUIRE_CORPUS").is_none_or(|v| v != "1"),
        "{} is absent, and DOCMODEL_REQUIRE_CORPUS=1 requires it",
        dir.display()
    );
    eprintln!("skipped: {} is absent", dir.display());
    None
}

/// Copies the folder `from` to `to`, files and folders, as a user vendors it.
fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// `pub mod user { docmodel::include_models!("docs/v1.0/resources/user.md"); }`, one per type.
fn lib_rs() -> String {
    let mut lib = String::from("//! The types people use most, from all of Graph v1.0.\n\n");
    for name in TYPES {
        lib.push_str(&format!(
            "pub mod {name} {{\n    docmodel::include_models!(\"docs/v1.0/resources/{name}.md\");\n}}\n"
        ));
    }
    lib
}

#[test]
fn the_types_people_use_most_compile_from_all_of_v1_0() {
    let Some(corpus) = corpus() else {
        return;
    };
    let workspace = workspace().canonicalize().unwrap();
    let scratch = workspace.join("target/tests/graph-v1");
    let krate = scratch.join("crate");
    if krate.exists() {
        std::fs::remove_dir_all(&krate).unwrap();
    }
    copy_dir(&corpus, &krate.join("docs/v1.0")).unwrap();
    std::fs::create_dir_all(krate.join("src")).unwrap();
    let docmodel = workspace.join("docmodel");
    let manifest = format!(
        "[package]\nname = \"graph-v1\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = \
         false\n\n[dependencies]\ndocmodel = {{ path = {:?} }}\n\n[workspace]\n",
        docmodel.display().to_string()
    );
    std::fs::write(krate.join("Cargo.toml"), manifest).unwrap();
    std::fs::copy(workspace.join("Cargo.lock"), krate.join("Cargo.lock")).unwrap();
    std::fs::write(krate.join("src/lib.rs"), lib_rs()).unwrap();

    let build = std::env::var_os("DOCMODEL_GRAPH_V1_BUILD").is_some_and(|v| v == "1");
    let output = Command::new(env!("CARGO"))
        .arg(if build { "build" } else { "check" })
        .args(["--quiet", "--offline", "--message-format", "short"])
        .arg("--target-dir")
        .arg(scratch.join("target"))
        .current_dir(&krate)
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the crate of {} types from all of v1.0 does not compile:\n{stderr}",
        TYPES.len()
    );
    assert!(
        !stderr.contains("warning"),
        "the crate compiles with warnings:\n{stderr}"
    );
}
