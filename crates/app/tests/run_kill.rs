//! `purr run` killed with SIGKILL at several points and started again ends in exactly the book
//! of an uninterrupted run (`purr ledger digest` equal), and a second run of the same date
//! books nothing. Real processes against real SQLite files; the kill lands wherever the run is
//! (inside a batch's transaction or between batches).

use domain::ClaimState;
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_killed_at_any_point_and_started_again_ends_in_the_book_of_an_uninterrupted_run() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book.db");
    {
        let store = Store::open(&DbTarget::Sqlite(book.clone())).await.unwrap();
        app::bench_run::build_book(&store, CLAIMS, &mut |_| {}).await.unwrap();
        store.close().await;
    }

    // The uninterrupted run.
    let whole = dir.path().join("whole.db");
    copy_book(&book, &whole);
    let summary = run_to_end(&whole);
    let total = summary["messages_queued"].as_u64().unwrap();
    assert!(total as usize > CLAIMS * 9 / 10, "most claims should take a step: {summary}");
    assert!(summary["entries_created"].as_u64().unwrap() > total, "fees and interest: {summary}");
    let expected = digest(&whole);

    // Killed after about 10 %, 45 % and 80 % of the steps were booked.
    for (n, share) in [10_i64, 45, 80].into_iter().enumerate() {
        let db = dir.path().join(format!("killed-{n}.db"));
        copy_book(&book, &db);
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
        assert_eq!(
            at_kill as u64 + resumed["messages_queued"].as_u64().unwrap(),
            total,
            "the resumed run books exactly the rest: {resumed}"
        );
        assert_eq!(digest(&db), expected, "killed at {at_kill} of {total} steps ({share} %)");

        // The same date again books nothing.
        let again = run_to_end(&db);
        assert_eq!(again["entries_created"], 0, "{again}");
        assert_eq!(again["messages_queued"], 0, "{again}");
        assert_eq!(digest(&db), expected);
    }
}
