//! `purr simulate`: synthetic debtors driven through the real engine day by day, then checked by
//! an independent auditor.
//!
//! `world` creates one SE and one NO creditor and the debtors, each with a behaviour drawn from a
//! seeded [`Rng`] (pays on time, late, in part, promises, plans, postpones, disputes, never pays),
//! and lets them act each day through the paths the real system uses: payments as a bank file
//! through `Store::import_payments` (the matcher and the allocation of `purr payments import`),
//! promises, plans, postponements and disputes through `Store::case_action` (as the portal and the
//! API do), then the day's case flows (`daily_flows`) and the dunning run (`run_cmd::run_date`).
//! `auditor` then reads the stored rows and checks balances and the law without the code under
//! test. The same seed gives the same book, so the same `purr ledger digest`.

pub mod auditor;
pub mod world;

use crate::db::{DbArgs, block_on};
use auditor::{Reported, Violation};
use clap::Args;
use jiff::ToSpan;
use jiff::civil::{Date, date};
use serde::Serialize;
use std::collections::BTreeMap;
use std::process::ExitCode;
use store::{ClaimFilter, DbTarget, Store};
pub use world::{Behaviour, SimConfig, WorldReport};

/// The default first day: fixed, so a seed alone decides the book.
pub const DEFAULT_START: Date = date(2026, 1, 5);

/// A small deterministic generator (SplitMix64). The simulation draws nothing from the system.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5075_7272_5349_4d00)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
}

#[derive(Debug, Args)]
#[command(after_help = "The book is a fresh temporary SQLite file unless --db or --database-url names one; \
a book that already holds data is refused. Exit code 1 when the auditor finds a violation.

Examples:
  purr simulate --seed 7 --debtors 150 --days 90
  purr simulate --seed 7 --debtors 1000 --days 120 --json
  purr simulate --seed 7 --debtors 200 --days 60 --db sim.db   (keep the book to look at it)")]
pub struct SimulateArgs {
    /// The seed of the debtors' behaviours: the same seed gives the same book and digest.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// How many debtors (half at the SE creditor, half at the NO one).
    #[arg(long, default_value_t = 150, value_name = "D")]
    pub debtors: usize,
    /// How many days to run, from --start.
    #[arg(long, default_value_t = 90, value_name = "T")]
    pub days: u32,
    /// The first simulated business day (default 2026-01-05).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub start: Option<Date>,
    /// Print the outcome as JSON.
    #[arg(long)]
    pub json: bool,
}

/// The outcome of one simulation.
#[derive(Debug, Clone, Serialize)]
pub struct SimOutcome {
    pub seed: u64,
    pub debtors: usize,
    pub days: u32,
    pub start: String,
    pub end: String,
    /// `purr ledger digest` of the book afterwards.
    pub digest: String,
    pub violations: Vec<Violation>,
    /// Claims per state at the end.
    pub claims_by_state: BTreeMap<String, u64>,
    #[serde(flatten)]
    pub world: WorldReport,
}

/// Runs the world on an empty store and audits it. `progress` is called once per day.
pub async fn simulate(store: &Store, cfg: &SimConfig, progress: impl FnMut(u64)) -> anyhow::Result<SimOutcome> {
    anyhow::ensure!(cfg.debtors > 0, "--debtors must be at least 1");
    anyhow::ensure!(cfg.days > 0, "--days must be at least 1");
    anyhow::ensure!(
        store.creditors().await?.is_empty(),
        "the book already holds creditors; the simulation needs an empty database"
    );
    let tables = crate::rates_cmd::tables_in_force(store).await?;
    let world = world::run_world(store, &tables, cfg, progress).await?;
    let violations = audit_store(store, &tables).await?;
    let mut claims_by_state = BTreeMap::new();
    for (state, n) in store.claim_counts(None).await? {
        if n > 0 {
            claims_by_state.insert(state.code().to_string(), n as u64);
        }
    }
    let end = cfg.start.checked_add((i64::from(cfg.days) - 1).days())?;
    Ok(SimOutcome {
        seed: cfg.seed,
        debtors: cfg.debtors,
        days: cfg.days,
        start: cfg.start.to_string(),
        end: end.to_string(),
        digest: store.ledger_digest().await?,
        violations,
        claims_by_state,
        world,
    })
}

/// Reads the book and runs the auditor over it.
pub async fn audit_store(store: &Store, tables: &domain::law::LawTables) -> anyhow::Result<Vec<Violation>> {
    let book = store.raw_book().await?;
    let mut reported: Reported = Reported::new();
    let mut after = None;
    loop {
        let page = store.claims(&ClaimFilter { after, limit: 10_000, ..Default::default() }).await?;
        let Some(last) = page.last() else { break };
        after = Some((last.claim.creditor_id, last.claim.id));
        for v in page {
            let b = v.balance;
            reported.insert(
                (v.claim.creditor_id.0, v.claim.id.0),
                [b.principal.minor(), b.fees.minor(), b.interest.minor(), b.credit.minor()],
            );
        }
    }
    Ok(auditor::audit(&book, &reported, tables))
}

/// Whether the command line names a database (otherwise the simulation uses a temporary one).
fn database_named() -> bool {
    let env = std::env::var("PURR_DATABASE_URL").is_ok_and(|v| !v.is_empty());
    env || std::env::args().any(|a| a == "--db" || a.starts_with("--db=") || a.starts_with("--database-url"))
}

fn print_outcome(o: &SimOutcome, database: &str) {
    println!(
        "Simulation: seed {}, {} debtors, {} days ({} to {}), {database}",
        o.seed, o.debtors, o.days, o.start, o.end
    );
    let row = |label: &str, value: String| println!("  {label:<44} {value:>14}");
    row("claims created", o.world.claims_created.to_string());
    println!("  debtors by behaviour");
    for (b, n) in &o.world.behaviours {
        row(&format!("  {b}"), n.to_string());
    }
    row("payments sent", o.world.payments_sent.to_string());
    row("payments left unmatched", o.world.payments_unmatched.to_string());
    println!("  case actions booked");
    for (a, n) in &o.world.actions_booked {
        row(&format!("  {a}"), n.to_string());
    }
    for (a, n) in &o.world.actions_refused {
        row(&format!("  refused {a}"), n.to_string());
    }
    println!("  daily reviews");
    for (e, n) in &o.world.flow_events {
        row(&format!("  {e}"), n.to_string());
    }
    row("fees reversed (payments in flight)", o.world.fees_reversed.to_string());
    println!("  dunning steps taken");
    for (k, n) in &o.world.steps_taken {
        row(&format!("  {k}"), n.to_string());
    }
    row("ledger entries created by runs", o.world.entries_created.to_string());
    row("messages queued by runs", o.world.messages_queued.to_string());
    println!("  claims by state at the end");
    for (s, n) in &o.claims_by_state {
        row(&format!("  {s}"), n.to_string());
    }
    row("digest", String::new());
    println!("    {}", o.digest);
    if o.violations.is_empty() {
        println!("Auditor: no violations.");
    } else {
        println!("Auditor: {} violation(s):", o.violations.len());
        for v in &o.violations {
            println!("  claim {}/{} [{}] {}", v.creditor_id, v.claim_id, v.rule, v.message);
        }
    }
}

pub fn run(args: SimulateArgs, db: &DbArgs) -> anyhow::Result<ExitCode> {
    let cfg = SimConfig {
        seed: args.seed,
        debtors: args.debtors,
        days: args.days,
        start: args.start.unwrap_or(DEFAULT_START),
    };
    // A fresh temporary file unless a database was named: the simulation never touches a real
    // book by accident.
    let temp = if database_named() { None } else { Some(tempfile::tempdir()?) };
    let db = match &temp {
        Some(dir) => DbArgs { db: dir.path().join("simulation.db"), database_url: None },
        None => db.clone(),
    };
    let database = match (&temp, db.target()) {
        (Some(_), _) => "a temporary SQLite book".to_string(),
        (None, DbTarget::Sqlite(path)) => format!("SQLite {}", path.display()),
        (None, DbTarget::Postgres(_)) => "PostgreSQL".to_string(),
    };
    block_on(async {
        let store = db.open().await?;
        let bar = crate::progress::count(u64::from(cfg.days), "days");
        let outcome = simulate(&store, &cfg, |n| bar.inc(n)).await;
        bar.finish_and_clear();
        store.close().await;
        let outcome = outcome?;
        if args.json {
            println!("{}", serde_json::to_string_pretty(&outcome)?);
        } else {
            print_outcome(&outcome, &database);
        }
        Ok(if outcome.violations.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
    })
}
