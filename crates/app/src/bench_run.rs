//! `purr bench run`: builds a fresh book of N open claims across a Swedish and a Norwegian
//! creditor (consumers and businesses, through the bulk import) and times one daily run over it
//! end to end, on a date when nearly every claim is due for a fee-bearing reminder.

use crate::db::{DbArgs, block_on};
use crate::run_cmd::{Phases, run_date_timed};
use clap::Args;
use domain::dunning::Strategies;
use domain::{Channel, ClaimInput, DebtorInput, DebtorKind, Jurisdiction, Language, Money, PostalAddress};
use jiff::ToSpan;
use jiff::civil::{Date, date};
use serde::Serialize;
use std::process::ExitCode;
use std::time::Instant;
use store::DbTarget;

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  purr bench run --claims 200000\n  purr bench run --claims 1000000 --json\n  \
    purr bench run --claims 1000000 --database-url postgres://postgres@127.0.0.1:5432/purr_bench\n  \
    purr bench run --claims 50000 --db book.db --keep\n\n\
    Without --db or --database-url the book goes into a temporary SQLite file that is deleted afterwards\n\
    (--keep keeps it and prints its path). A database you name must be empty and is kept.")]
pub struct BenchRunArgs {
    /// How many open claims to create (half at a Swedish, half at a Norwegian creditor).
    #[arg(long, default_value_t = 100_000, value_name = "N")]
    pub claims: usize,
    /// Claims per batch of the run (one transaction each), as `purr run --batch`.
    #[arg(long, default_value_t = 5_000, value_name = "B")]
    pub batch: i64,
    /// Keep the temporary SQLite book after the run and print where it is.
    #[arg(long)]
    pub keep: bool,
    /// Print the figures as JSON.
    #[arg(long)]
    pub json: bool,
}

/// The figures `purr bench run` prints.
#[derive(Debug, Clone, Serialize)]
pub struct BenchRunReport {
    pub backend: &'static str,
    pub claims: u64,
    pub build_seconds: f64,
    pub run_date: String,
    pub seconds: f64,
    pub claims_per_second: f64,
    /// Recomputing the debtors' segments (before the first batch).
    pub segments_seconds: f64,
    pub prefetch_seconds: f64,
    pub decide_seconds: f64,
    pub apply_seconds: f64,
    /// CPU time of this process during the run (user + system); a PostgreSQL server's own is not included.
    pub cpu_seconds: f64,
    pub steps_taken: u64,
    pub entries_created: u64,
    pub messages_queued: u64,
    /// VmHWM of this process over its whole life (book building included), in MiB.
    pub peak_rss_mib: f64,
}

/// The run date: a Wednesday with no holiday near it in either country.
pub const BENCH_DATE: Date = date(2026, 3, 4);

/// Claims created per import transaction (keeps the book's memory bounded).
const CHUNK: usize = 50_000;

/// The `i`-th synthetic claim of a creditor. Two claims per debtor, every tenth debtor a business;
/// due 20 to 59 days before `BENCH_DATE`, so every ladder's first fee step is due on that day.
pub fn bench_claim(j: Jurisdiction, i: usize) -> ClaimInput {
    let se = j == Jurisdiction::SE;
    let d = i / 2;
    let business = d % 10 == 0;
    let due = BENCH_DATE - (20 + (i % 40) as i64).days();
    let minor = if business { 500_000 + (i % 997) as i64 * 1_000 } else { 20_000 + (i % 4_001) as i64 * 50 };
    ClaimInput {
        invoice_number: format!("B{i}"),
        debtor: DebtorInput {
            external_id: format!("BD{d}"),
            kind: if business { DebtorKind::Business } else { DebtorKind::Consumer },
            name: if business {
                format!("Bench Company {d} {}", if se { "AB" } else { "AS" })
            } else {
                format!("Bench Debtor {d}")
            },
            national_id: None,
            address: PostalAddress {
                street: format!("{} {}", if se { "Storgatan" } else { "Storgata" }, 1 + d % 120),
                postal_code: if se { "11122".into() } else { "0150".into() },
                city: if se { "Stockholm".into() } else { "Oslo".into() },
                country: j.code().into(),
            },
            email: Some(format!("d{d}@example.{}", if se { "se" } else { "no" })),
            phone: None,
            language: Language::parse(if se { "sv" } else { "nb" }).expect("a known language"),
            channels: vec![Channel::Email, Channel::Letter],
        },
        issue_date: due - 30.days(),
        due_date: due,
        due_date_agreed: true,
        principal: Money::from_minor(minor, if se { domain::Currency::SEK } else { domain::Currency::NOK }),
        payment_reference: None,
        contract_rate_percent: None,
    }
}

/// Creates the two bench creditors and `n` claims between them, reporting each claim created.
pub async fn build_book(store: &store::Store, n: usize, progress: &mut dyn FnMut(u64)) -> anyhow::Result<()> {
    let [se, no] = crate::demo::demo_creditors();
    let counts = [n - n / 2, n / 2];
    for (new, count) in [se, no].into_iter().zip(counts) {
        let j = new.jurisdiction;
        let creditor = store.create_creditor(&new).await?;
        let mut start = 0;
        while start < count {
            let end = (start + CHUNK).min(count);
            let rows: Vec<ClaimInput> = (start..end).map(|i| bench_claim(j, i)).collect();
            let report = store.import_claims(creditor.id, &rows, &mut |_| {}).await?;
            anyhow::ensure!(
                report.created == rows.len(),
                "the bench book expected {} new claims, got {}",
                rows.len(),
                report.created
            );
            progress(rows.len() as u64);
            start = end;
        }
    }
    Ok(())
}

/// This process's peak resident set (VmHWM), in KiB; 0 where /proc is not there.
pub fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// This process's CPU time so far (user + system, in clock ticks of 1/100 s), in seconds.
pub fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else { return 0.0 };
    // The command name may hold spaces; the fields after its closing parenthesis are fixed.
    let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) else { return 0.0 };
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |k: usize| fields.get(k).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
    // utime and stime are fields 14 and 15 of the whole line: 12 and 13 after the name.
    (ticks(11) + ticks(12)) as f64 / 100.0
}

pub fn bench_run(args: BenchRunArgs, db: &DbArgs) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(args.claims > 0, "--claims must be at least 1");
    anyhow::ensure!(args.batch > 0, "--batch must be at least 1");
    // `--db` has a default; only a --db the user typed counts as naming a database.
    let named_file = std::env::args().any(|a| a == "--db" || a.starts_with("--db="));
    let temp = tempfile::tempdir()?;
    let db = match db.target() {
        DbTarget::Postgres(_) => db.clone(),
        DbTarget::Sqlite(_) if named_file => db.clone(),
        DbTarget::Sqlite(_) => DbArgs { db: temp.path().join("bench-run.db"), database_url: None },
    };
    let temporary = !named_file && db.database_url.is_none();
    let tables = crate::rates_cmd::tables_for_law(&db)?;
    let strategies = Strategies::builtin();
    let report = block_on(async {
        let store = db.open().await?;
        anyhow::ensure!(
            store.creditors().await?.is_empty(),
            "{} is not empty; `purr bench run` builds a fresh book and needs an empty database",
            db.target().describe()
        );
        let built = Instant::now();
        let bar = crate::progress::count(args.claims as u64, "book");
        let result = build_book(&store, args.claims, &mut |n| bar.inc(n)).await;
        bar.finish_and_clear();
        result?;
        let build_seconds = built.elapsed().as_secs_f64();

        let bar = crate::progress::count(args.claims as u64, "run");
        let mut phases = Phases::default();
        let cpu = cpu_seconds();
        let started = Instant::now();
        let summary =
            run_date_timed(&store, &tables, &strategies, BENCH_DATE, false, args.batch, |n| bar.inc(n), &mut phases)
                .await;
        let seconds = started.elapsed().as_secs_f64();
        let cpu_seconds = cpu_seconds() - cpu;
        bar.finish_and_clear();
        let summary = summary?;
        store.close().await;
        Ok(BenchRunReport {
            backend: if db.database_url.is_some() { "PostgreSQL" } else { "SQLite" },
            claims: summary.claims_seen,
            build_seconds,
            run_date: BENCH_DATE.to_string(),
            seconds,
            claims_per_second: summary.claims_seen as f64 / seconds.max(1e-9),
            segments_seconds: phases.segments.as_secs_f64(),
            prefetch_seconds: phases.prefetch.as_secs_f64(),
            decide_seconds: phases.decide.as_secs_f64(),
            apply_seconds: phases.apply.as_secs_f64(),
            cpu_seconds,
            steps_taken: summary.steps_taken.values().sum(),
            entries_created: summary.entries_created,
            messages_queued: summary.messages_queued,
            peak_rss_mib: peak_rss_kib() as f64 / 1024.0,
        })
    })?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        let r = &report;
        println!("Daily run over a fresh book ({}), date {}", r.backend, r.run_date);
        let row = |label: &str, value: String| println!("  {label:<26} {value:>14}");
        row("claims", r.claims.to_string());
        row("book built in", format!("{:.2} s", r.build_seconds));
        row("run (wall)", format!("{:.2} s", r.seconds));
        row("run (CPU, this process)", format!("{:.2} s", r.cpu_seconds));
        row("claims/s", format!("{:.0}", r.claims_per_second));
        row("  segments", format!("{:.2} s", r.segments_seconds));
        row("  prefetch", format!("{:.2} s", r.prefetch_seconds));
        row("  decide", format!("{:.2} s", r.decide_seconds));
        row("  apply", format!("{:.2} s", r.apply_seconds));
        row("steps taken", r.steps_taken.to_string());
        row("entries created", r.entries_created.to_string());
        row("messages queued", r.messages_queued.to_string());
        row("peak RSS", format!("{:.0} MiB", r.peak_rss_mib));
    }
    if temporary && args.keep {
        let kept = temp.keep();
        println!("The book is kept in {}", kept.join("bench-run.db").display());
    }
    Ok(ExitCode::SUCCESS)
}
