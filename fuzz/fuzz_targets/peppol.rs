//! Any bytes through the Peppol BIS 3 / EHF invoice parser: it must never panic, a file is one
//! claim or a list of problems (never both), and every problem names a line and an element.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let defaults = formats::claims_csv::Defaults {
        language: domain::Language::parse("sv").expect("sv is a language"),
        country: "SE".into(),
    };
    let parsed = formats::peppol::parse(data, &defaults, "556036-0793");
    assert!(parsed.rows.len() <= 1, "one invoice per file");
    assert!(parsed.rows.is_empty() || parsed.errors.is_empty(), "a claim and problems at once");
    for e in &parsed.errors {
        assert!(e.line >= 1 && !e.field.is_empty(), "{e}");
    }
    if let Some(row) = parsed.rows.first() {
        assert!(row.claim.principal.is_positive() && row.claim.due_date >= row.claim.issue_date);
    }
});
