//! `purr claims import` and friends, run as a real process against a SQLite file.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const HEADER: &str = "invoice_number,customer_number,debtor_name,issue_date,due_date,amount,currency";

/// A temporary directory holding a demo book.
struct Book {
    dir: tempfile::TempDir,
}

impl Book {
    /// A fresh book made by `purr demo --debtors 20` (two creditors).
    fn demo() -> Book {
        let book = Book { dir: tempfile::tempdir().unwrap() };
        let out = book.purr(&["demo", "--debtors", "20"]);
        assert!(out.status.success(), "purr demo failed: {}", text(&out.stderr));
        book
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("t.db")
    }

    fn purr(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_purr"))
            .arg("--db")
            .arg(self.db())
            .args(args)
            .env_remove("PURR_DATABASE_URL")
            .current_dir(self.dir.path())
            .output()
            .unwrap()
    }

    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn import(&self, file: &Path) -> Output {
        self.purr(&["claims", "import", file.to_str().unwrap(), "--creditor", "1"])
    }

    fn digest(&self) -> String {
        let out = self.purr(&["ledger", "digest"]);
        assert!(out.status.success(), "digest failed: {}", text(&out.stderr));
        let d = text(&out.stdout).trim().to_string();
        assert!(!d.is_empty());
        d
    }

    fn claims(&self) -> Vec<Value> {
        let out = self.purr(&["claims", "list", "--creditor", "1", "--json", "--limit", "100000"]);
        assert!(out.status.success(), "list failed: {}", text(&out.stderr));
        serde_json::from_slice::<Value>(&out.stdout).unwrap().as_array().unwrap().clone()
    }

    fn with_invoice<'a>(claims: &'a [Value], invoice: &str) -> Vec<&'a Value> {
        claims.iter().filter(|c| c["invoice_number"] == invoice).collect()
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn good_csv() -> String {
    format!(
        "{HEADER}\n\
         T-90001,TC-1,Anna Testsson,2026-01-10,2026-02-09,1250.00,SEK\n\
         T-90002,TC-2,Bo Testsson,2026-01-11,2026-02-10,\"1 234,5\",SEK\n"
    )
}

/// A file whose line 3 is broken in one way; line 2 is fine.
fn broken(third_line: &str) -> String {
    format!("{HEADER}\nT-91001,TC-9,Cecilia Testsson,2026-01-10,2026-02-09,100.00,SEK\n{third_line}\n")
}

/// Imports `bytes`, expects failure with `expected` (a `line N: field:` prefix) on stderr,
/// and checks that nothing changed.
fn assert_refused(book: &Book, name: &str, bytes: &[u8], expected: &str) {
    let digest = book.digest();
    let before = book.claims().len();
    let file = book.write(name, bytes);
    let out = book.import(&file);
    let stderr = text(&out.stderr);
    assert!(!out.status.success(), "{name}: import should fail, stderr: {stderr}");
    assert!(
        stderr.lines().any(|l| l.starts_with(expected)),
        "{name}: expected a line starting {expected:?} on stderr, got:\n{}",
        stderr.chars().take(2000).collect::<String>()
    );
    assert!(stderr.contains("Nothing was imported"), "{name}: {stderr}");
    assert_eq!(book.digest(), digest, "{name}: the ledger changed");
    let after = book.claims();
    assert_eq!(after.len(), before, "{name}: the number of claims changed");
    assert!(Book::with_invoice(&after, "T-91001").is_empty(), "{name}: the good row was imported anyway");
}

#[test]
fn a_good_file_imports_once() {
    let book = Book::demo();
    let before = book.digest();
    let count_before = book.claims().len();
    let file = book.write("good.csv", good_csv().as_bytes());

    let out = book.import(&file);
    assert!(out.status.success(), "import failed: {}", text(&out.stderr));
    let claims = book.claims();
    assert_eq!(claims.len(), count_before + 2);
    let one = Book::with_invoice(&claims, "T-90001");
    assert_eq!(one.len(), 1);
    assert_eq!(one[0]["principal_minor"], 125_000);
    assert_eq!(one[0]["currency"], "SEK");
    assert_eq!(one[0]["debtor_name"], "Anna Testsson");
    assert_eq!(one[0]["creditor_id"], 1);
    assert_eq!(one[0]["state"], "open");
    let two = Book::with_invoice(&claims, "T-90002");
    assert_eq!(two.len(), 1);
    assert_eq!(two[0]["principal_minor"], 123_450);
    let after_first = book.digest();
    assert_ne!(after_first, before, "the import should add ledger entries");

    // Again: nothing new.
    let out = book.import(&file);
    assert!(out.status.success(), "re-import failed: {}", text(&out.stderr));
    assert_eq!(book.digest(), after_first);
    assert_eq!(book.claims().len(), count_before + 2);

    // The --json outcome says so.
    let out = book.purr(&["claims", "import", file.to_str().unwrap(), "--creditor", "1", "--json"]);
    assert!(out.status.success());
    let outcome: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(outcome["imported"], true);
    assert_eq!(outcome["created"], 0);
    assert_eq!(outcome["unchanged"], 2);
}

#[test]
fn a_bad_date_is_refused() {
    let book = Book::demo();
    assert_refused(
        &book,
        "date.csv",
        broken("T-91002,TC-9,Cecilia Testsson,2026-02-30,2026-03-09,100.00,SEK").as_bytes(),
        "line 3: issue_date:",
    );
    assert_refused(
        &book,
        "date2.csv",
        broken("T-91002,TC-9,Cecilia Testsson,2026-01-10,10/02/2026,100.00,SEK").as_bytes(),
        "line 3: due_date:",
    );
}

#[test]
fn a_negative_amount_is_refused() {
    let book = Book::demo();
    assert_refused(
        &book,
        "neg.csv",
        broken("T-91002,TC-9,Cecilia Testsson,2026-01-10,2026-02-09,-100.00,SEK").as_bytes(),
        "line 3: amount:",
    );
    assert_refused(
        &book,
        "dec.csv",
        broken("T-91002,TC-9,Cecilia Testsson,2026-01-10,2026-02-09,100.001,SEK").as_bytes(),
        "line 3: amount:",
    );
}

#[test]
fn an_unknown_currency_is_refused() {
    let book = Book::demo();
    assert_refused(
        &book,
        "cur.csv",
        broken("T-91002,TC-9,Cecilia Testsson,2026-01-10,2026-02-09,100.00,USD").as_bytes(),
        "line 3: currency:",
    );
}

#[test]
fn a_missing_required_column_is_refused() {
    let book = Book::demo();
    let csv = "invoice_number,customer_number,debtor_name,issue_date,due_date,amount\n\
               T-91001,TC-9,Cecilia Testsson,2026-01-10,2026-02-09,100.00\n";
    assert_refused(&book, "col.csv", csv.as_bytes(), "line 1: currency: missing column");
}

#[test]
fn bytes_that_are_not_utf8_are_refused() {
    let book = Book::demo();
    let mut bytes = broken("T-91002,TC-9,Cecilia Testsson,2026-01-10,2026-02-09,100.00,SEK").into_bytes();
    let at = bytes.windows(7).rposition(|w| w == b"Cecilia").unwrap();
    bytes[at + 2] = 0xFF;
    assert_refused(&book, "utf8.csv", &bytes, "line 3: debtor_name:");
}

#[test]
fn a_ten_megabyte_line_is_refused() {
    let book = Book::demo();
    let name = "x".repeat(10 * 1024 * 1024);
    let csv = broken(&format!("T-91002,TC-9,{name},2026-01-10,2026-02-09,100.00,SEK"));
    assert_refused(&book, "long.csv", csv.as_bytes(), "line 3: debtor_name:");
}

#[test]
fn the_same_invoice_with_other_content_is_a_conflict() {
    let book = Book::demo();
    let file = book.write("good.csv", good_csv().as_bytes());
    assert!(book.import(&file).status.success());
    let csv = broken("T-90001,TC-1,Anna Testsson,2026-01-10,2026-02-09,1250.01,SEK");
    assert_refused(&book, "conflict.csv", csv.as_bytes(), "line 3: invoice_number:");
    let claims = book.claims();
    let one = Book::with_invoice(&claims, "T-90001");
    assert_eq!(one.len(), 1);
    assert_eq!(one[0]["principal_minor"], 125_000);
}

#[test]
fn listing_an_unknown_state_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_purr"))
        .arg("--db")
        .arg(dir.path().join("t.db"))
        .args(["claims", "list", "--state", "nonsense"])
        .env_remove("PURR_DATABASE_URL")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "stderr: {}", text(&out.stderr));
    assert!(text(&out.stderr).contains("nonsense"));
}

fn sample(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../formats/tests/data").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn peppol_and_ehf_invoices_are_imported_with_their_buyers_once() {
    let book = Book::demo();
    // The samples' sellers become the demo creditors.
    let se = book.write(
        "63600.xml",
        sample("peppol_se_invoice.xml")
            .replace("556036-0793", "559012-3450")
            .replace("5560360793", "5590123450")
            .as_bytes(),
    );
    let no = book.write("1187.xml", sample("ehf_no_invoice_sbdh.xml").replace("987654321", "923609016").as_bytes());
    let before = book.digest();

    // An invoice issued by someone else stops the whole import, naming file, line and element.
    let wrong_seller = book.purr(&["claims", "import", se.to_str().unwrap(), no.to_str().unwrap(), "--creditor", "2"]);
    assert!(!wrong_seller.status.success());
    let err = text(&wrong_seller.stderr);
    assert!(
        err.contains(
            "63600.xml: line 30: AccountingSupplierParty/Party/PartyLegalEntity/CompanyID (BT-30): the seller"
        ),
        "{err}"
    );
    assert!(err.contains("Nothing was imported"), "{err}");
    assert_eq!(book.digest(), before, "nothing half-written");

    let out = book.purr(&["claims", "import", se.to_str().unwrap(), "--creditor", "1", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((report["imported"].as_bool(), report["created"].as_u64()), (Some(true), Some(1)), "{report}");
    let claims = book.claims();
    let claim = Book::with_invoice(&claims, "63600");
    assert_eq!(claim.len(), 1);
    assert_eq!(claim[0]["principal_minor"], 1_050_050, "{}", claim[0]);
    assert_eq!(claim[0]["due_date"], "2026-10-31");
    assert_eq!(claim[0]["payment_reference"], "6360006");
    // Once is enough: the same invoice again changes nothing.
    let digest = book.digest();
    let again = book.purr(&["claims", "import", se.to_str().unwrap(), "--creditor", "1", "--json"]);
    let report: Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!((report["created"].as_u64(), report["unchanged"].as_u64()), (Some(0), Some(1)), "{report}");
    assert_eq!(book.digest(), digest);

    let out = book.purr(&["claims", "import", no.to_str().unwrap(), "--creditor", "2", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let help = book.purr(&["claims", "import", "--help"]);
    assert!(text(&help.stdout).contains("Peppol BIS Billing 3"), "{}", text(&help.stdout));
}
