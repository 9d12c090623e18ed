//! The domain crate stays pure: no clock, no IO, no async, no randomness, no floats.

use std::path::{Path, PathBuf};

const FORBIDDEN: &[&str] = &[
    "now(",
    "tokio",
    "sqlx",
    "std::fs",
    "std::net",
    "std::time::SystemTime",
    "Instant::",
    "rand::",
    "async fn",
    "f64",
    "f32",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn domain_sources_do_no_io_and_use_no_floats() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() >= 5, "found only {} .rs files under {}", files.len(), src.display());
    assert!(files.iter().any(|f| f.ends_with("money.rs")));
    let mut hits = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for needle in FORBIDDEN {
                if line.contains(needle) {
                    let shown = file.strip_prefix(&src).unwrap_or(file).display();
                    hits.push(format!("src/{shown}:{}: `{needle}` in: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(hits.is_empty(), "the domain crate must stay pure, but:\n{}", hits.join("\n"));
}
