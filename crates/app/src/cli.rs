//! The command line: every subcommand and its `--help`.

use crate::commands::{self, BenchImportArgs, DemoArgs, LedgerCmd, ServeArgs};
use crate::db::DbArgs;
use clap::{Parser, Subcommand};
use std::process::ExitCode;

const ABOUT: &str = "Purr: collect your own overdue invoices, by the law and kindly.";
const LONG_ABOUT: &str = "Purr: collect your own overdue invoices, by the law and kindly.

Purr keeps a ledger of your claims (invoices, fees, interest, payments), applies Swedish and
Norwegian collection law exactly, and serves a JSON API for your systems.

Start here:
  purr serve --demo            a demo book with two creditors, served at http://127.0.0.1:8080
  purr claims list --state open
  purr claims import invoices.csv --creditor 1

Data lives in purr.db (SQLite) unless you pass --db FILE or --database-url postgres://…";

#[derive(Debug, Parser)]
#[command(name = "purr", version, about = ABOUT, long_about = LONG_ABOUT)]
pub struct Cli {
    #[command(flatten)]
    pub db: DbArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a fresh demo book: two creditors (SE, NO), 6 000 debtors, claims in every state.
    Demo(DemoArgs),
    /// Serve the HTTP API (and with --demo, create the demo book first).
    #[command(
        after_help = "Examples:\n  purr serve --demo\n  purr serve --addr 0.0.0.0:8080 --database-url postgres://purr@db/purr"
    )]
    Serve(ServeArgs),
    /// Add and list creditors (the businesses whose invoices Purr collects).
    #[command(subcommand)]
    Creditors(crate::creditors_cmd::CreditorsCmd),
    /// Create API keys.
    #[command(subcommand)]
    Keys(crate::creditors_cmd::KeysCmd),
    /// List and import claims.
    #[command(subcommand)]
    Claims(crate::claims_cmd::ClaimsCmd),
    /// The law tables in force: list them, or set a new rate or amount without a release.
    #[command(subcommand)]
    Rates(crate::rates_cmd::RatesCmd),
    /// Inspect the ledger.
    #[command(subcommand)]
    Ledger(LedgerCmd),
    // WIRING-VARIANTS (helpers add their variants below this line)
    /// Bookkeeping exports for the creditor's accounting system (SIE 4).
    #[command(subcommand)]
    Export(crate::export_cmd::ExportCmd),
    /// GDPR duties: export a debtor's data, erase (pseudonymise) a debtor, the retention job.
    #[command(subcommand)]
    Gdpr(crate::gdpr_cmd::GdprCmd),
    /// Deliver queued messages (e-mail, SMS, print and e-box bundles) and list them.
    #[command(subcommand)]
    Outbox(crate::outbox_cmd::OutboxCmd),
    /// Letters: render one as it would be sent.
    #[command(subcommand)]
    Letters(crate::letters::LettersCmd),
    /// The debtor portal: mint a sign-in link for a debtor.
    #[command(subcommand)]
    Portal(crate::portal_cmd::PortalCmd),
    /// Staff users who sign in to the dashboard (admin, agent, read-only).
    #[command(subcommand)]
    Users(crate::dashboard::cli::UsersCmd),
    /// The dashboard's KPI aggregates: refresh or rebuild them.
    #[command(subcommand)]
    Kpi(crate::dashboard::cli::KpiCmd),
    /// The daily dunning run: decide each open claim's next step and book it (entries, messages).
    Run(crate::run_cmd::RunArgs),
    /// The law engine: interest, fees, deadlines and calendars.
    #[command(subcommand)]
    Law(crate::cli_law::LawCmd),
    /// Check and generate identifiers: OCR/KID references, giro and account numbers, IBAN,
    /// personal and organisation numbers (SE, NO).
    #[command(subcommand)]
    Id(crate::cli_id::IdCmd),
    /// Bank payment files (BgMax, Nets OCR giro, camt.053/054): parse, import and match, resolve by hand.
    #[command(subcommand)]
    Payments(crate::cli_payments::PaymentsCmd),
    /// Webhooks: deliver queued events to the creditors' subscribed URLs (signed, with retries).
    #[command(subcommand)]
    Webhooks(crate::webhooks_cmd::WebhooksCmd),
    /// Drive synthetic debtors through the engine day by day, then audit the book against the law.
    Simulate(crate::simulate::SimulateArgs),
    /// Time Purr's heavy paths and print the figures.
    #[command(subcommand)]
    Bench(BenchCmd),
}

#[derive(Debug, Subcommand)]
pub enum BenchCmd {
    /// Import N synthetic claims into SQLite and PostgreSQL and print rows per second.
    Import(BenchImportArgs),
    // WIRING-BENCH (helpers add their bench variants below this line)
    /// Build a fresh book of N open claims (SE and NO, consumers and businesses) and time one
    /// daily run over it: claims/s, the phases, entries, messages and peak memory.
    Run(crate::bench_run::BenchRunArgs),
    /// Serve the portal's claim page from a SQLite book of N claims and measure its latency at a steady rate.
    #[command(
        after_help = "Examples:\n  purr bench portal\n  purr bench portal --claims 100000 --rate 500 --seconds 10 --json"
    )]
    Portal(crate::portal::bench::BenchPortalArgs),
    /// Generate a synthetic bank file and time parsing it (records per second).
    Parse(crate::cli_payments::BenchParseArgs),
    /// Match synthetic payments against synthetic open claims and print the time.
    Match(crate::cli_payments::BenchMatchArgs),
}

/// `purr … | head` closes standard output before Purr is done writing. Rust ignores SIGPIPE, so the
/// next `println!` panics with a backtrace; like other Unix tools, stop quietly instead, with the
/// status a shell reports for a process ended by SIGPIPE (128 + 13). Every other panic is reported
/// as before.
pub fn stop_quietly_on_closed_stdout() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("");
        if message.starts_with("failed printing to stdout") && message.contains("Broken pipe") {
            std::process::exit(141);
        }
        report(info)
    }));
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result: anyhow::Result<ExitCode> = match cli.command {
        Command::Demo(args) => commands::demo(args, &cli.db),
        Command::Serve(args) => commands::serve(args, &cli.db),
        Command::Creditors(cmd) => crate::creditors_cmd::creditors(cmd, &cli.db),
        Command::Keys(cmd) => crate::creditors_cmd::keys(cmd, &cli.db),
        Command::Claims(cmd) => crate::claims_cmd::run(cmd, &cli.db),
        Command::Ledger(cmd) => commands::ledger(cmd, &cli.db),
        // WIRING-DISPATCH (helpers add their match arms below this line)
        Command::Export(cmd) => crate::export_cmd::run(cmd, &cli.db),
        Command::Gdpr(cmd) => crate::gdpr_cmd::run(cmd, &cli.db),
        Command::Portal(cmd) => crate::portal_cmd::run(cmd, &cli.db),
        Command::Users(cmd) => crate::dashboard::cli::users(cmd, &cli.db),
        Command::Kpi(cmd) => crate::dashboard::cli::kpi(cmd, &cli.db),
        Command::Run(args) => crate::run_cmd::run(args, &cli.db),
        Command::Outbox(cmd) => crate::outbox_cmd::run(cmd, &cli.db),
        Command::Letters(cmd) => crate::letters::run(cmd, &cli.db),
        Command::Simulate(args) => crate::simulate::run(args, &cli.db),
        Command::Law(cmd) => {
            crate::rates_cmd::tables_for_law(&cli.db).and_then(|t| crate::cli_law::run_with_tables(cmd, &t))
        }
        Command::Rates(cmd) => crate::rates_cmd::run(cmd, &cli.db),
        Command::Id(cmd) => crate::cli_id::run(cmd),
        Command::Payments(cmd) => crate::cli_payments::run(cmd, &cli.db),
        Command::Webhooks(cmd) => crate::webhooks_cmd::run(cmd, &cli.db),
        Command::Bench(bench) => match bench {
            BenchCmd::Import(args) => commands::bench_import(args),
            // WIRING-BENCH-DISPATCH (helpers add their bench match arms below this line)
            BenchCmd::Run(args) => crate::bench_run::bench_run(args, &cli.db),
            BenchCmd::Portal(args) => crate::portal::bench::bench_portal(args),
            BenchCmd::Parse(args) => crate::cli_payments::bench_parse(args),
            BenchCmd::Match(args) => crate::cli_payments::bench_match(args),
        },
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}
