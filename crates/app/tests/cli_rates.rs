//! `purr rates set` changes the law without a release: the next `purr law` call uses it.

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

fn interest_minor(db: &std::path::Path) -> i64 {
    // 10 000 SEK over the first half of 2031, for which the built-in tables hold no rate.
    let out = purr(
        db,
        &[
            "law",
            "interest",
            "--jurisdiction",
            "SE",
            "--principal",
            "10000.00",
            "--currency",
            "SEK",
            "--due",
            "2030-12-31",
            "--paid",
            "2031-01-31",
            "--json",
        ],
    );
    if out.status.code() == Some(3) {
        let error: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(error["error"], "rate_unknown");
        return -1;
    }
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["interest_minor"].as_i64().unwrap()
}

#[test]
fn a_rate_set_at_run_time_is_used_and_listed_with_its_source() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rates.db");
    // Creating the database first: `purr law` never creates one.
    assert!(purr(&db, &["creditors", "list"]).status.success());
    assert_eq!(interest_minor(&db), -1, "no rate is known for 2031 yet, and the engine must say so");

    let bad = purr(&db, &["rates", "set", "--table", "se-reference-rte", "--from", "2031-01-01", "--value", "2.00"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown table"));
    let mid_year =
        purr(&db, &["rates", "set", "--table", "se-reference-rate", "--from", "2031-02-01", "--value", "2.00"]);
    assert_eq!(mid_year.status.code(), Some(2), "a reference rate starts on 1 January or 1 July");

    let ok = purr(
        &db,
        &[
            "rates",
            "set",
            "--table",
            "se-reference-rate",
            "--from",
            "2031-01-01",
            "--value",
            "2.00",
            "--source",
            "test notice",
            "--by",
            "tester",
        ],
    );
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    // 31 days at 2.00 + 8 = 10 % on 10 000 SEK: 84.93.
    assert_eq!(interest_minor(&db), 8493);

    let list = purr(&db, &["rates", "list", "--table", "se-reference-rate", "--json"]);
    let rows: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    let row = rows.as_array().unwrap().iter().find(|r| r["valid_from"] == "2031-01-01").expect("the new row is listed");
    assert_eq!(row["source"], "test notice");
    assert_eq!(row["verification"], "local");
}
