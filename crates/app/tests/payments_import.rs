//! `purr payments import` end to end: a demo book, a BgMax file paying one claim by its OCR
//! reference, imported twice. The claim is paid once and the second import changes nothing.

use serde_json::Value;
use std::path::PathBuf;
use std::process::{Command, Output};

fn purr(dir: &std::path::Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_purr"))
        .arg("--db")
        .arg(dir.join("pay.db"))
        .args(args)
        .env_remove("PURR_DATABASE_URL")
        .current_dir(dir)
        .output()
        .unwrap()
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "purr failed ({:?}): {}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn pad(text: &str, width: usize) -> String {
    format!("{text:<width$}")
}

fn zeros(value: i64, width: usize) -> String {
    format!("{value:0width$}")
}

/// A BgMax file with one deposit of one OCR payment, laid out as `formats::bgmax` reads it.
fn bgmax_one_payment(reference: &str, amount_minor: i64, day: &str) -> Vec<u8> {
    let lines = [
        pad("01BGMAX               0120240525101530123456P", 80),
        pad("050009912346          SEK", 80),
        pad(
            &format!(
                "20{}{}{}21{}0",
                zeros(9_912_346, 10),
                pad(reference, 25),
                zeros(amount_minor, 18),
                zeros(123_456_789_012, 12)
            ),
            80,
        ),
        pad("26Anna Andersson", 80),
        format!(
            "15{}{day}{}{}SEK{} ",
            pad("00000000000000000123456789", 35),
            zeros(1, 5),
            zeros(amount_minor, 18),
            zeros(1, 8)
        ),
        pad(&format!("70{}{}{}{}", zeros(1, 8), zeros(0, 8), zeros(0, 8), zeros(1, 8)), 80),
    ];
    let mut out = lines.join("\n").into_bytes();
    out.push(b'\n');
    out
}

fn claim_by_id(dir: &std::path::Path, id: i64) -> Value {
    let out = ok(&purr(dir, &["claims", "list", "--creditor", "1", "--json", "--limit", "100000"]));
    let all: Value = serde_json::from_str(&out).unwrap();
    all.as_array().unwrap().iter().find(|c| c["id"] == id).cloned().unwrap()
}

#[test]
fn bgmax_file_imported_twice_pays_the_claim_once() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    ok(&purr(dir, &["demo", "--debtors", "20"]));
    let out = ok(&purr(dir, &["claims", "list", "--creditor", "1", "--json", "--limit", "100000"]));
    let claims: Value = serde_json::from_str(&out).unwrap();
    let claims = claims.as_array().unwrap();
    let references: Vec<&str> = claims.iter().filter_map(|c| c["payment_reference"].as_str()).collect();
    let target = claims
        .iter()
        .find(|c| {
            let open = !["paid", "written_off", "credited"].contains(&c["state"].as_str().unwrap());
            let reference = c["payment_reference"].as_str();
            open && c["balance"]["outstanding_minor"].as_i64().unwrap() > 0
                && c["currency"] == "SEK"
                && reference.is_some_and(|r| references.iter().filter(|x| **x == r).count() == 1)
        })
        .expect("an open demo claim with its own OCR reference");
    let id = target["id"].as_i64().unwrap();
    let reference = target["payment_reference"].as_str().unwrap();
    let amount = target["balance"]["outstanding_minor"].as_i64().unwrap();
    let today = jiff::Zoned::now().date().strftime("%Y%m%d").to_string();
    let file: PathBuf = dir.join("BGMAX_TEST.txt");
    std::fs::write(&file, bgmax_one_payment(reference, amount, &today)).unwrap();

    let parsed = ok(&purr(dir, &["payments", "parse", file.to_str().unwrap(), "--json"]));
    let parsed: Value = serde_json::from_str(&parsed).unwrap();
    assert_eq!(parsed["valid"], true, "{parsed}");

    let first = ok(&purr(dir, &["payments", "import", file.to_str().unwrap(), "--creditor", "1", "--json"]));
    let first: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(first["imported"], true, "{first}");
    assert_eq!(first["booked"], 1, "{first}");
    assert_eq!(first["unmatched"], 0, "{first}");
    assert_eq!(first["booked_minor"]["SEK"], amount, "{first}");
    let paid = claim_by_id(dir, id);
    assert_eq!(paid["state"], "paid", "{paid}");
    assert_eq!(paid["balance"]["outstanding_minor"], 0);
    assert_eq!(paid["balance"]["credit_minor"], 0);
    let digest = ok(&purr(dir, &["ledger", "digest"]));

    let second = purr(dir, &["payments", "import", file.to_str().unwrap(), "--creditor", "1"]);
    let text = ok(&second);
    assert!(text.contains("already imported"), "{text}");
    assert_eq!(ok(&purr(dir, &["ledger", "digest"])), digest, "the second import changed the book");
    let again = claim_by_id(dir, id);
    assert_eq!(again["balance"], paid["balance"], "paid once, not twice");
    let queue = ok(&purr(dir, &["payments", "unmatched", "--creditor", "1", "--json"]));
    assert_eq!(serde_json::from_str::<Value>(&queue).unwrap(), serde_json::json!([]));

    // A file whose totals do not add up books nothing and exits 3.
    let mut bad = bgmax_one_payment(reference, amount, &today);
    let text = String::from_utf8(bad.clone())
        .unwrap()
        .replace(&format!("{}SEK", zeros(amount, 18)), &format!("{}SEK", zeros(amount + 1, 18)));
    bad = text.into_bytes();
    let bad_file = dir.join("BGMAX_BAD.txt");
    std::fs::write(&bad_file, bad).unwrap();
    let rejected = purr(dir, &["payments", "import", bad_file.to_str().unwrap(), "--creditor", "1"]);
    assert_eq!(rejected.status.code(), Some(3), "{}", String::from_utf8_lossy(&rejected.stderr));
    assert_eq!(ok(&purr(dir, &["ledger", "digest"])), digest);
}

#[test]
fn an_overpayment_waits_in_the_refund_queue_until_paid_back_once() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    ok(&purr(dir, &["demo", "--debtors", "20"]));
    let out = ok(&purr(dir, &["claims", "list", "--creditor", "1", "--json", "--limit", "100000"]));
    let claims: Value = serde_json::from_str(&out).unwrap();
    let claims = claims.as_array().unwrap();
    let references: Vec<&str> = claims.iter().filter_map(|c| c["payment_reference"].as_str()).collect();
    let target = claims
        .iter()
        .find(|c| {
            let reference = c["payment_reference"].as_str();
            c["balance"]["outstanding_minor"].as_i64().unwrap() > 0
                && c["balance"]["credit_minor"] == 0
                && c["currency"] == "SEK"
                && reference.is_some_and(|r| references.iter().filter(|x| **x == r).count() == 1)
        })
        .expect("an open demo claim with its own OCR reference");
    let id = target["id"].as_i64().unwrap();
    let owed = target["balance"]["outstanding_minor"].as_i64().unwrap();
    let today = jiff::Zoned::now().date().strftime("%Y%m%d").to_string();
    let file: PathBuf = dir.join("BGMAX_OVER.txt");
    std::fs::write(&file, bgmax_one_payment(target["payment_reference"].as_str().unwrap(), owed + 25_000, &today))
        .unwrap();
    ok(&purr(dir, &["payments", "import", file.to_str().unwrap(), "--creditor", "1"]));

    let queue: Value =
        serde_json::from_str(&ok(&purr(dir, &["payments", "refunds", "--creditor", "1", "--json"]))).unwrap();
    let mine =
        queue.as_array().unwrap().iter().find(|q| q["claim_id"] == id).cloned().expect("the overpaid claim is queued");
    assert_eq!(mine["held_minor"], 25_000, "{mine}");
    let table = ok(&purr(dir, &["payments", "refunds", "--creditor", "1"]));
    assert!(table.contains("250.00"), "{table}");

    let id_text = id.to_string();
    let refund = ["payments", "refund", "--creditor", "1", "--claim", id_text.as_str(), "--note", "paid to 5050-1055"];
    let done = ok(&purr(dir, &refund));
    assert!(done.contains("Done") && done.contains("250.00"), "{done}");
    let digest = ok(&purr(dir, &["ledger", "digest"]));
    let again = ok(&purr(dir, &refund));
    assert!(again.contains("Already done"), "{again}");
    assert_eq!(ok(&purr(dir, &["ledger", "digest"])), digest, "the same refund twice books once");
    assert_eq!(claim_by_id(dir, id)["balance"]["credit_minor"], 0);

    // Nothing left to pay back: a clear error, exit 1; no note and no --to: a usage error.
    let more = purr(
        dir,
        &["payments", "refund", "--creditor", "1", "--claim", id_text.as_str(), "--amount", "1.00", "--note", "x"],
    );
    assert_eq!(more.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&more.stderr).contains("no credit"), "{}", String::from_utf8_lossy(&more.stderr));
    let usage = purr(dir, &["payments", "refund", "--creditor", "1", "--claim", id_text.as_str()]);
    assert_eq!(usage.status.code(), Some(2));
}
