//! `purr gdpr …`: the creditor's GDPR duties from the command line. `export` writes everything
//! stored about one debtor as JSON, `erase` pseudonymises one debtor when the law allows it, and
//! `retention` is the job that erases every debtor due for it (run it daily, like `purr run`).
//! The decisions are `domain::retention`'s; the writing is `store::gdpr`'s.

use crate::db::{DbArgs, block_on, creditor_or_usage};
use clap::{Args, Subcommand};
use domain::retention::EraseRefusal;
use domain::{CreditorId, DebtorId};
use jiff::civil::Date;
use serde::Serialize;
use std::path::PathBuf;
use std::process::ExitCode;
use store::{Actor, ActorKind, EraseOutcome, Store};

#[derive(Debug, Subcommand)]
pub enum GdprCmd {
    /// Write everything stored about one debtor as one JSON document (the right of access).
    #[command(
        after_help = "Examples:\n  purr gdpr export --creditor 1 --debtor 42\n  purr gdpr export --creditor 1 --debtor 42 --out debtor-42.json"
    )]
    Export(ExportArgs),
    /// Pseudonymise one debtor: allowed once every claim is closed (paid, written off, credited or
    /// handed over) and every retention period has passed. The ledger keeps its amounts.
    #[command(
        after_help = "Refused with the reason (an open claim, or the date the retention period ends) and exit code 1.\n\nExamples:\n  purr gdpr erase --creditor 1 --debtor 42\n  purr gdpr erase --creditor 1 --debtor 42 --json"
    )]
    Erase(EraseArgs),
    /// The retention job: pseudonymise every debtor whose claims are closed and whose retention
    /// periods have passed (see `GET /api/v1/retention` for each creditor's periods).
    #[command(
        after_help = "Examples:\n  purr gdpr retention --dry-run          # who would be erased today, writing nothing\n  purr gdpr retention\n  purr gdpr retention --date 2033-01-01 --creditor 1 --json"
    )]
    Retention(RetentionArgs),
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The creditor whose debtor it is.
    #[arg(long)]
    pub creditor: i64,
    /// The debtor's id (see `purr claims list` or the API's /api/v1/debtors).
    #[arg(long)]
    pub debtor: i64,
    /// Write the JSON to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct EraseArgs {
    /// The creditor whose debtor it is.
    #[arg(long)]
    pub creditor: i64,
    /// The debtor's id.
    #[arg(long)]
    pub debtor: i64,
    /// The date the retention periods are measured against (YYYY-MM-DD); default today.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<Date>,
    /// Print the outcome as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RetentionArgs {
    /// The date the retention periods are measured against (YYYY-MM-DD); default today.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<Date>,
    /// Only this creditor (default: every creditor).
    #[arg(long)]
    pub creditor: Option<i64>,
    /// List who is due, but erase nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
}

/// One debtor the job erased (or, in a dry run, would erase).
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct DueDebtor {
    pub creditor: i64,
    pub debtor: i64,
    /// Set once erased.
    pub pseudonym: Option<String>,
}

/// What one retention run did.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct RetentionSummary {
    pub date: String,
    pub dry_run: bool,
    pub creditors: u64,
    /// Debtors whose claims are all closed (the ones looked at).
    pub checked: u64,
    /// Debtors still inside a retention period.
    pub waiting: u64,
    pub due: Vec<DueDebtor>,
    /// Erased by this run (0 in a dry run).
    pub erased: u64,
}

fn actor() -> Actor {
    Actor { kind: ActorKind::Cli, name: std::env::var("USER").unwrap_or_else(|_| "command line".into()) }
}

pub fn run(cmd: GdprCmd, db: &DbArgs) -> anyhow::Result<ExitCode> {
    block_on(async {
        let store = db.open().await?;
        match cmd {
            GdprCmd::Export(args) => export(&store, args).await,
            GdprCmd::Erase(args) => erase(&store, args).await,
            GdprCmd::Retention(args) => {
                let summary = retention(&store, &args).await?;
                print_summary(&summary, args.json)?;
                Ok(ExitCode::SUCCESS)
            }
        }
    })
}

async fn export(store: &Store, args: ExportArgs) -> anyhow::Result<ExitCode> {
    let Some(creditor) = creditor_or_usage(store, args.creditor).await? else { return Ok(ExitCode::from(2)) };
    let Some(export) = store.debtor_export(creditor.id, DebtorId(args.debtor)).await? else {
        eprintln!("error: creditor {} has no debtor {}", args.creditor, args.debtor);
        return Ok(ExitCode::from(2));
    };
    let text = serde_json::to_string_pretty(&export)?;
    match &args.out {
        Some(path) => {
            std::fs::write(path, text + "\n").map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
            let rows: usize = export.tables.values().map(Vec::len).sum();
            eprintln!("Wrote {rows} rows from {} tables to {}", export.tables.len(), path.display());
        }
        None => println!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}

fn refusal_json(r: &EraseRefusal) -> serde_json::Value {
    let mut v = serde_json::to_value(r).unwrap_or_default();
    v["message"] = serde_json::json!(r.message());
    v
}

async fn erase(store: &Store, args: EraseArgs) -> anyhow::Result<ExitCode> {
    let Some(creditor) = creditor_or_usage(store, args.creditor).await? else { return Ok(ExitCode::from(2)) };
    let today = args.date.unwrap_or_else(crate::today);
    let policy = store.retention_policy(creditor.id).await?;
    let outcome = match store.debtor_erase(creditor.id, DebtorId(args.debtor), today, &policy, &actor()).await {
        Err(store::StoreError::NotFound(_)) => {
            eprintln!("error: creditor {} has no debtor {}", args.creditor, args.debtor);
            return Ok(ExitCode::from(2));
        }
        other => other?,
    };
    let (json, text, code) = match &outcome {
        EraseOutcome::Erased(r) => (
            serde_json::json!({"outcome": "erased", "report": r}),
            format!(
                "Erased debtor {} of creditor {} as {} ({} rows rewritten; the ledger is unchanged)",
                args.debtor,
                args.creditor,
                r.pseudonym,
                r.rows.values().sum::<u64>()
            ),
            ExitCode::SUCCESS,
        ),
        EraseOutcome::AlreadyErased { pseudonym, erased_on } => (
            serde_json::json!({"outcome": "already_erased", "pseudonym": pseudonym, "erased_on": erased_on}),
            format!("Debtor {} was erased on {erased_on} (as {pseudonym}); nothing to do", args.debtor),
            ExitCode::SUCCESS,
        ),
        EraseOutcome::Refused(r) => (
            serde_json::json!({"outcome": "refused", "refusal": refusal_json(r)}),
            format!("Not erased: {}", r.message()),
            ExitCode::FAILURE,
        ),
    };
    if args.json {
        println!("{json}");
    } else if code == ExitCode::SUCCESS {
        println!("{text}");
    } else {
        eprintln!("{text}");
    }
    Ok(code)
}

/// Runs the retention job: for each creditor, its debtors with only closed claims, checked
/// against the creditor's policy on the date, and (unless a dry run) erased one transaction each.
pub async fn retention(store: &Store, args: &RetentionArgs) -> anyhow::Result<RetentionSummary> {
    let today = args.date.unwrap_or_else(crate::today);
    let creditors: Vec<CreditorId> = match args.creditor {
        Some(id) => match creditor_or_usage(store, id).await? {
            Some(c) => vec![c.id],
            None => anyhow::bail!("no creditor {id}"),
        },
        None => store.creditors().await?.into_iter().map(|c| c.id).collect(),
    };
    let mut summary = RetentionSummary { date: today.to_string(), dry_run: args.dry_run, ..Default::default() };
    let mut work = Vec::new();
    for c in creditors {
        let policy = store.retention_policy(c).await?;
        let candidates = store.erasure_candidates(c).await?;
        summary.creditors += 1;
        work.push((c, policy, candidates));
    }
    let total: usize = work.iter().map(|(_, _, d)| d.len()).sum();
    let bar = crate::progress::count(total as u64, "debtors");
    if args.json {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    let actor = Actor { kind: ActorKind::System, name: "gdpr retention".into() };
    for (c, policy, candidates) in work {
        for d in candidates {
            summary.checked += 1;
            bar.inc(1);
            if args.dry_run {
                match store.erase_check(c, d, today, &policy).await? {
                    Some(Ok(())) => summary.due.push(DueDebtor { creditor: c.0, debtor: d.0, pseudonym: None }),
                    Some(Err(_)) => summary.waiting += 1,
                    None => {}
                }
                continue;
            }
            match store.debtor_erase(c, d, today, &policy, &actor).await? {
                EraseOutcome::Erased(r) => {
                    summary.erased += 1;
                    summary.due.push(DueDebtor { creditor: c.0, debtor: d.0, pseudonym: Some(r.pseudonym) });
                }
                EraseOutcome::Refused(_) => summary.waiting += 1,
                EraseOutcome::AlreadyErased { .. } => {}
            }
        }
    }
    bar.finish_and_clear();
    Ok(summary)
}

fn print_summary(s: &RetentionSummary, json: bool) -> anyhow::Result<()> {
    if json {
        println!("{}", serde_json::to_string_pretty(s)?);
        return Ok(());
    }
    let verb = if s.dry_run { "would erase" } else { "erased" };
    println!(
        "Retention {} ({}): {} creditor(s), {} debtor(s) with only closed claims, {} still within retention, {} {verb}",
        s.date,
        if s.dry_run { "dry run, nothing written" } else { "done" },
        s.creditors,
        s.checked,
        s.waiting,
        s.due.len()
    );
    for d in &s.due {
        match &d.pseudonym {
            Some(p) => println!("  creditor {} debtor {} → {p}", d.creditor, d.debtor),
            None => println!("  creditor {} debtor {}", d.creditor, d.debtor),
        }
    }
    Ok(())
}
