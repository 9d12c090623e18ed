//! The e-box bundle: PDFs plus a manifest with each file's hash, written whole or not at all.

use messages::ebox::{EboxLetter, sha256_hex, write_bundle};

fn letter(key: &str, pdf: &[u8]) -> EboxLetter {
    EboxLetter {
        key: key.into(),
        creditor_name: "Exempelbolaget AB".into(),
        creditor_org_number: "556677-8899".into(),
        recipient_name: "Kim Lindqvist".into(),
        recipient_national_id: Some("198112189876".into()),
        recipient_address: vec!["Vägen 7".into(), "222 33 Lund".into()],
        subject: "Påminnelse".into(),
        lang: "sv".into(),
        pdf: pdf.to_vec(),
    }
}

#[test]
fn a_bundle_holds_every_pdf_and_a_manifest_with_their_hashes() {
    let dir = tempfile::tempdir().unwrap();
    let letters = [letter("run:2026-04-02:7:1", b"%PDF-one"), letter("run:2026-04-02:8:1", b"%PDF-two")];
    let report = write_bundle(dir.path(), "ebox-2026-04-02", "2026-04-02T08:00:00Z", &letters).unwrap();
    assert_eq!(report.letters, 2);
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(report.dir.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["count"], 2);
    for (entry, letter) in manifest["letters"].as_array().unwrap().iter().zip(&letters) {
        let file = report.dir.join(entry["file"].as_str().unwrap());
        let bytes = std::fs::read(&file).unwrap();
        assert_eq!(bytes, letter.pdf);
        assert_eq!(entry["sha256"], sha256_hex(&bytes));
        assert_eq!(entry["recipient"]["national_id"], "198112189876");
        assert_eq!(entry["key"], letter.key.as_str());
    }
    // A bundle is never overwritten.
    assert!(write_bundle(dir.path(), "ebox-2026-04-02", "x", &letters).is_err());
    // No staging directory is left behind.
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 1, "{names:?}");
}
