//! `purr creditors add` checks every number it is given and hands out a working first key.

use std::process::{Command, Output};

fn purr(db: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_purr"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("PURR_DATABASE_URL")
        .output()
        .unwrap()
}

#[test]
fn a_creditor_is_added_only_with_valid_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let base = ["creditors", "add", "--name", "Exempel AB", "--jurisdiction", "SE"];

    let bad_org = purr(&db, &[&base[..], &["--org-number", "556677-8898"]].concat());
    assert_eq!(bad_org.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad_org.stderr).contains("--org-number"));
    let bad_bankgiro = purr(&db, &[&base[..], &["--org-number", "556677-8899", "--bankgiro", "5050-1056"]].concat());
    assert_eq!(bad_bankgiro.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad_bankgiro.stderr).contains("--bankgiro"));
    let bad_reference = purr(&db, &[&base[..], &["--org-number", "556677-8899", "--reference", "iban"]].concat());
    assert_eq!(bad_reference.status.code(), Some(2));
    let none = purr(&db, &["creditors", "list", "--json"]);
    assert_eq!(String::from_utf8_lossy(&none.stdout).trim(), "[]", "a refused creditor leaves nothing behind");

    let ok = purr(
        &db,
        &[&base[..], &["--org-number", "556677-8899", "--bankgiro", "5050-1055", "--reminder-fee-agreed"]].concat(),
    );
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    assert!(String::from_utf8_lossy(&ok.stdout).contains("purr_1_"), "the first admin key is printed");
    let list: serde_json::Value = serde_json::from_slice(&purr(&db, &["creditors", "list", "--json"]).stdout).unwrap();
    assert_eq!(list[0]["org_number"], "556677-8899");
    assert_eq!(list[0]["reminder_fee_agreed"], true);
    assert_eq!(list[0]["reference_scheme"], "se-ocr");

    let key = purr(&db, &["keys", "create", "--creditor", "1", "--role", "read_only"]);
    assert!(key.status.success());
    assert!(String::from_utf8_lossy(&key.stdout).starts_with("purr_1_"));
    assert_eq!(purr(&db, &["keys", "create", "--creditor", "9"]).status.code(), Some(2));
    assert_eq!(purr(&db, &["keys", "create", "--creditor", "1", "--role", "root"]).status.code(), Some(2));
}
