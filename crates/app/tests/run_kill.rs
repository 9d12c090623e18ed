//! `purr run` killed with SIGKILL at several points and started again ends in exactly the book
//! of an uninterrupted run (`purr ledger digest` equal), and a second run of the same date
//! books nothing. Real processes against real SQLite files; the kill lands wherever the run is
//! (inside a batch's transaction or between batches). The bench book's Norwegian half merges
//! letters (the law), two claims per debtor side by side; the merged variant is a Swedish creditor
//! that chose merging, each debtor's three claims far apart, so every letter gathers its claims
//! from three batches.

use domain::{ClaimState, Jurisdiction};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};
use store::{DbTarget, Store};

/// Claims in the book: every one is due for a step on the run date.
const CLAIMS: usize = 12_000;
const BATCH: &str = "50";

fn date() -> String {
    app::bench_run::BENCH_DATE.to_string()
}

fn purr(db: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_purr"));
    cmd.arg("--db").arg(db).env_remove("PURR_DATABASE_URL");
    cmd
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn run_to_end(db: &Path) -> Value {
    let out: Output = purr(db).args(["run", "--date", &date(), "--batch", BATCH, "--json"]).output().unwrap();
    assert!(out.status.success(), "purr run failed: {}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn digest(db: &Path) -> String {
    let out = purr(db).args(["ledger", "digest"]).output().unwrap();
    assert!(out.status.success(), "digest failed: {}", text(&out.stderr));
    text(&out.stdout).trim().to_string()
}

/// Copies a closed SQLite book (with its WAL, if one is left).
fn copy_book(from: &Path, to: &Path) {
    for suffix in ["", "-wal"] {
        let src = PathBuf::from(format!("{}{suffix}", from.display()));
        if src.exists() {
            std::fs::copy(&src, format!("{}{suffix}", to.display())).unwrap();
        }
    }
}

/// Claims the run has moved on (each booked step moves an open claim to a later state).
async fn stepped(store: &Store) -> i64 {
    store
        .claim_counts(None)
        .await
        .unwrap()
        .into_iter()
        .filter(|(state, _)| *state != ClaimState::Open)
        .map(|(_, n)| n)
        .sum()
}

/// The steps a run decided, over every step kind.
fn steps(summary: &Value) -> u64 {
    summary["steps_taken"].as_object().map_or(0, |m| m.values().filter_map(Value::as_u64).sum())
}

/// Runs the date on a copy of `book` to the end, then on three more copies killed after about
/// 10 %, 45 % and 80 % of the steps and started again: each ends in the uninterrupted run's
/// digest, and a second run of the date books and queues nothing. Returns the uninterrupted run's
/// summary.
async fn killed_and_resumed_runs_end_alike(dir: &Path, book: &Path, claims: usize) -> Value {
    let whole = dir.join("whole.db");
    copy_book(book, &whole);
    let summary = run_to_end(&whole);
    let total = steps(&summary);
    assert!(total as usize > claims * 9 / 10, "most claims should take a step: {summary}");
    assert!(summary["entries_created"].as_u64().unwrap() > total, "fees and interest: {summary}");
    let expected = digest(&whole);

    for (n, share) in [10_i64, 45, 80].into_iter().enumerate() {
        let db = dir.join(format!("killed-{n}.db"));
        copy_book(book, &db);
        let watcher = Store::open(&DbTarget::Sqlite(db.clone())).await.unwrap();
        let mut child = purr(&db)
            .args(["run", "--date", &date(), "--batch", BATCH, "--json"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let goal = total as i64 * share / 100;
        let started = Instant::now();
        loop {
            let done = stepped(&watcher).await;
            if done >= goal {
                break;
            }
            assert!(child.try_wait().unwrap().is_none(), "the run ended before {share} % ({done} of {total})");
            assert!(started.elapsed() < Duration::from_secs(300), "the run is stuck at {done} of {total}");
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        child.kill().unwrap(); // SIGKILL
        let status = child.wait().unwrap();
        assert!(!status.success(), "the run was killed, not finished");
        let at_kill = stepped(&watcher).await;
        watcher.close().await;
        assert!(at_kill > 0 && (at_kill as u64) < total, "killed at {at_kill} of {total} steps");

        let resumed = run_to_end(&db);
        assert_eq!(at_kill as u64 + steps(&resumed), total, "the resumed run books exactly the rest: {resumed}");
        assert_eq!(digest(&db), expected, "killed at {at_kill} of {total} steps ({share} %)");

        // The same date again books nothing.
        let again = run_to_end(&db);
        assert_eq!(again["entries_created"], 0, "{again}");
        assert_eq!(again["messages_queued"], 0, "{again}");
        assert_eq!(digest(&db), expected);
    }
    summary
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_killed_at_any_point_and_started_again_ends_in_the_book_of_an_uninterrupted_run() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book.db");
    {
        let store = Store::open(&DbTarget::Sqlite(book.clone())).await.unwrap();
        app::bench_run::build_book(&store, CLAIMS, &mut |_| {}).await.unwrap();
        store.close().await;
    }
    let summary = killed_and_resumed_runs_end_alike(dir.path(), &book, CLAIMS).await;
    // The Swedish half: a letter per claim; the Norwegian half: one per debtor (two claims).
    let letters = summary["messages_queued"].as_u64().unwrap();
    assert!(letters < steps(&summary) * 4 / 5, "the Norwegian letters are merged: {summary}");
}

/// Claims in the merged variant's book and claims per debtor.
const MERGED_CLAIMS: usize = 6_000;
const PER_DEBTOR: usize = 3;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_run_of_merged_letters_across_batches_ends_in_the_book_of_an_uninterrupted_run() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book.db");
    let debtors = MERGED_CLAIMS / PER_DEBTOR;
    {
        let store = Store::open(&DbTarget::Sqlite(book.clone())).await.unwrap();
        let [se, _] = app::demo::demo_creditors();
        let creditor = store.create_creditor(&se).await.unwrap();
        let policy = domain::dunning::CasePolicy { merge_letters: true, ..Default::default() };
        store.set_case_policy(creditor.id, &policy).await.unwrap();
        // Claim i belongs to debtor i mod D: a debtor's claims are D ids apart, in three batches.
        let rows: Vec<_> = (0..MERGED_CLAIMS)
            .map(|i| {
                let mut claim = app::bench_run::bench_claim(Jurisdiction::SE, i);
                claim.debtor = app::bench_run::bench_claim(Jurisdiction::SE, 2 * (i % debtors)).debtor;
                claim
            })
            .collect();
        let report = store.import_claims(creditor.id, &rows, &mut |_| {}).await.unwrap();
        assert_eq!(report.created, MERGED_CLAIMS);
        store.close().await;
    }
    let summary = killed_and_resumed_runs_end_alike(dir.path(), &book, MERGED_CLAIMS).await;
    let letters = summary["messages_queued"].as_u64().unwrap();
    assert!(
        letters as usize <= debtors && letters * PER_DEBTOR as u64 >= steps(&summary),
        "one letter per debtor and step: {summary}"
    );
    // Each letter names the debtor's claims of the day, from different batches.
    let store = Store::open(&DbTarget::Sqlite(dir.path().join("whole.db"))).await.unwrap();
    let book = store.raw_book().await.unwrap();
    let merged: Vec<_> = book.messages.iter().filter(|m| m.claims.len() == PER_DEBTOR).collect();
    assert!(merged.len() * 10 >= debtors * 9, "most debtors get one letter of three claims: {}", merged.len());
    for m in merged {
        let spread = m.claims[PER_DEBTOR - 1] - m.claims[0];
        assert!(spread >= 2 * debtors as i64 - 1, "message {} names {:?}", m.id, m.claims);
    }
    store.close().await;
}
