//! Any bytes through the claims CSV parser: it must never panic, every problem names a line
//! (1 is the header) and a field, and every row it accepts came from a line after the header.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let defaults = formats::claims_csv::Defaults {
        language: domain::Language::parse("sv").expect("sv is a language"),
        country: "SE".into(),
    };
    let parsed = formats::claims_csv::parse(data, &defaults, &mut |_| {});
    for e in &parsed.errors {
        assert!(e.line >= 1 && !e.field.is_empty(), "{e}");
    }
    for row in &parsed.rows {
        assert!(row.line >= 2, "a claim from line {}", row.line);
    }
});
