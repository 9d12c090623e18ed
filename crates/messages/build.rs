//! Embeds every `locales/<lang>/*.ftl` file of the workspace into the crate, so the binary
//! carries its translations and needs no files beside it at run time.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    for lang in std::fs::read_dir(&root).unwrap_or_else(|e| panic!("cannot read {}: {e}", root.display())) {
        let lang = lang.unwrap().path();
        if !lang.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&lang).unwrap() {
            let file = file.unwrap().path();
            if file.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", file.display());
                let code = lang.file_name().unwrap().to_string_lossy().into_owned();
                let name = file.file_name().unwrap().to_string_lossy().into_owned();
                files.push((code, name, file.canonicalize().unwrap()));
            }
        }
    }
    // Sorted so the generated file (and so the build) does not depend on directory order.
    files.sort();
    let mut out = String::from("pub(crate) static EMBEDDED: &[(&str, &str, &str)] = &[\n");
    for (code, name, path) in files {
        writeln!(out, "    ({code:?}, {name:?}, include_str!({:?})),", path.display().to_string()).unwrap();
    }
    out.push_str("];\n");
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(dest, out).unwrap();
}
