//! The smaller commands: demo, serve, ledger digest, and the import benchmark.

use crate::db::{DbArgs, block_on};
use crate::{claims_cmd, demo, http};
use clap::{Args, Subcommand};
use std::process::ExitCode;
use std::time::Instant;
use store::{DbTarget, Store};

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Debtors per creditor (two creditors).
    #[arg(long, default_value_t = 3_000)]
    pub debtors: usize,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Fill the database with the demo book first (as `purr demo` does).
    #[arg(long)]
    pub demo: bool,
    /// Address and port to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    /// Do not run the outbox worker in the background (by default it sends due messages every
    /// 30 s when PURR_SMTP_URL, PURR_SMS_ENDPOINT or PURR_PRINT_DIR sets a transport).
    #[arg(long)]
    pub no_outbox: bool,
}

#[derive(Debug, Subcommand)]
pub enum LedgerCmd {
    /// Print one SHA-256 over every ledger entry and queued message, in a canonical order.
    /// Two databases with the same digest hold the same book.
    Digest,
}

#[derive(Debug, Args)]
pub struct BenchImportArgs {
    /// How many claims to import.
    #[arg(long, default_value_t = 100_000)]
    pub claims: usize,
    /// PostgreSQL server to measure on (a throwaway database is created and dropped there).
    /// Default: PURR_TEST_POSTGRES_URL, else postgres://postgres@127.0.0.1:5432/postgres.
    #[arg(long, value_name = "URL")]
    pub postgres: Option<String>,
    /// Measure SQLite only.
    #[arg(long)]
    pub sqlite_only: bool,
}

pub fn demo(args: DemoArgs, db: &DbArgs) -> anyhow::Result<ExitCode> {
    block_on(async {
        let made = demo::create(db, crate::today(), args.debtors).await?;
        demo::print_summary(&made, None);
        Ok(ExitCode::SUCCESS)
    })
}

pub fn serve(args: ServeArgs, db: &DbArgs) -> anyhow::Result<ExitCode> {
    block_on(async {
        let listener = tokio::net::TcpListener::bind(&args.addr).await.map_err(|e| {
            anyhow::anyhow!(
                "cannot listen on {}: {e} (is another server running? try --addr 127.0.0.1:8081)",
                args.addr
            )
        })?;
        let base = format!("http://{}", listener.local_addr()?);
        if args.demo {
            let made = demo::create(db, crate::today(), 3_000).await?;
            demo::print_summary(&made, Some(&base));
        }
        let store = db.open().await?;
        println!("Purr is serving {} at {base}/api/v1 (Ctrl-C stops it).", db.target().describe());
        // The webhook delivery worker runs beside the API (`purr webhooks work` is the same loop).
        // Both workers trust the authorities of PURR_TLS_CA_FILE, read once.
        let roots = messages::tls::ExtraRoots::from_env()?;
        let _webhooks = crate::webhooks_cmd::spawn_background(store.clone(), roots.clone())?;
        if !args.no_outbox {
            let transports = crate::outbox_cmd::TransportArgs::from_env(roots)?;
            if transports.any() {
                println!("The outbox worker sends due messages every 30 s ({transports:?}).");
                crate::outbox_cmd::spawn_background(store.clone(), transports, std::time::Duration::from_secs(30));
            } else {
                println!(
                    "The outbox worker is off: set PURR_SMTP_URL, PURR_SMS_ENDPOINT or PURR_PRINT_DIR to send messages."
                );
            }
        }
        http::serve(store, listener).await?;
        Ok(ExitCode::SUCCESS)
    })
}

pub fn ledger(cmd: LedgerCmd, db: &DbArgs) -> anyhow::Result<ExitCode> {
    block_on(async {
        match cmd {
            LedgerCmd::Digest => {
                let store = db.open().await?;
                println!("{}", store.ledger_digest().await?);
                Ok(ExitCode::SUCCESS)
            }
        }
    })
}

/// A CSV of `n` synthetic claims in the import format.
pub fn synthetic_csv(n: usize) -> String {
    let mut out = formats::claims_csv::write_header();
    for i in 0..n {
        let day = 1 + i % 28;
        out.push_str(&format!(
            "{},C{},consumer,Bench Debtor {},,Storgatan {},{} 22,Stockholm,SE,d{}@example.se,,sv,email,2026-01-{day:02},2026-02-{day:02},yes,{}.{:02},SEK,,\n",
            100_000 + i,
            i / 2,
            i / 2,
            i % 90,
            100 + i % 800,
            i / 2,
            100 + i % 9_000,
            i % 100
        ));
    }
    out
}

/// Times one import; returns (total seconds, seconds spent parsing the CSV).
async fn time_import(target: &DbTarget, csv: &str, n: usize) -> anyhow::Result<(f64, f64)> {
    let store = Store::open(target).await?;
    let creditor = store.create_creditor(&demo::demo_creditors()[0]).await?;
    let started = Instant::now();
    let rows = claims_cmd::parse_claims(csv.as_bytes(), &creditor, &mut |_| {})
        .map_err(|e| anyhow::anyhow!("benchmark CSV did not parse: {}", e[..e.len().min(5)].join("; ")))?;
    let parsed = started.elapsed().as_secs_f64();
    let claims: Vec<_> = rows.into_iter().map(|(_, c)| c).collect();
    let report = store.import_claims(creditor.id, &claims, &mut |_| {}).await?;
    let seconds = started.elapsed().as_secs_f64();
    anyhow::ensure!(report.created == n, "expected {n} new claims, got {}", report.created);
    store.close().await;
    Ok((seconds, parsed))
}

fn print_rate(name: &str, n: usize, (total, parse): (f64, f64)) {
    println!(
        "  {name:<11} {total:>8.2} s  {:>10.0} rows/s   (CSV parse {parse:.2} s, database {:.2} s)",
        n as f64 / total,
        total - parse
    );
}

pub fn bench_import(args: BenchImportArgs) -> anyhow::Result<ExitCode> {
    block_on(async {
        let csv = synthetic_csv(args.claims);
        println!(
            "Importing {} claims (CSV parse + validation + one transaction), {:.1} MB of CSV",
            args.claims,
            csv.len() as f64 / 1e6
        );
        let dir = tempfile::tempdir()?;
        let sqlite = time_import(&DbTarget::Sqlite(dir.path().join("bench.db")), &csv, args.claims).await?;
        print_rate("SQLite", args.claims, sqlite);
        if !args.sqlite_only {
            let admin = args.postgres.unwrap_or_else(|| {
                std::env::var("PURR_TEST_POSTGRES_URL")
                    .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
            });
            let name = format!("purr_bench_{}", std::process::id());
            let url = store::admin::create_database(&admin, &name).await?;
            let result = time_import(&DbTarget::Postgres(url), &csv, args.claims).await;
            store::admin::drop_database(&admin, &name).await;
            let pg = result?;
            print_rate("PostgreSQL", args.claims, pg);
        }
        Ok(ExitCode::SUCCESS)
    })
}
