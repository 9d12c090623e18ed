//! The one integration-test binary of `formats`: sample files per format, broken variants, and
//! properties (no input makes a parser panic; generated files round-trip).

mod bgmax;
mod camt;
mod detect;
mod nets_ocr;
mod peppol;
mod properties;
mod sie;

use formats::ParsedFile;
use std::path::PathBuf;

pub fn data(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn totals(parsed: &ParsedFile) -> Vec<(String, i64)> {
    parsed.totals().into_iter().map(|(c, v)| (c.code().to_string(), v)).collect()
}
