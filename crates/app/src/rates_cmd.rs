//! `purr rates …`: the law tables in force (compiled-in data plus this installation's
//! overrides), and setting a new row without a release. Every override is stored with who set
//! it and when, and is checked by the law engine before it is stored.

use crate::db::{DbArgs, block_on};
use clap::{Args, Subcommand};
use domain::law::{LawTables, RateOverride};
use std::process::ExitCode;
use store::{DbTarget, LawOverride, Store};

#[derive(Debug, Subcommand)]
pub enum RatesCmd {
    /// Show every law-table row in force, with its source and how well it is verified.
    #[command(after_help = "Examples:\n  purr rates list\n  purr rates list --table se-reference-rate --json")]
    List(ListArgs),
    /// Add or replace a row (e.g. the reference rate for a new half-year).
    #[command(
        after_help = "Example:\n  purr rates set --table se-reference-rate --from 2026-07-01 --value 2.00 \\\n    --source \"Riksbanken, referensränta 2026-07-01\""
    )]
    Set(SetArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this table (e.g. se-reference-rate, no-late-interest-rate, no-inkassosats).
    #[arg(long)]
    pub table: Option<String>,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The table to change.
    #[arg(long)]
    pub table: String,
    /// The first day the value applies (rates and compensation start on 1 January or 1 July).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub from: jiff::civil::Date,
    /// The value, in the table's unit (percent per year, or an amount such as 750.00).
    #[arg(long)]
    pub value: String,
    /// Where the value comes from (a regulation, a central-bank notice): shown next to every amount it produces.
    #[arg(long, default_value = "set by the installation (purr rates set)")]
    pub source: String,
    /// Who sets it (default: $USER).
    #[arg(long)]
    pub by: Option<String>,
}

/// The tables in force for an installation: built-in data plus stored overrides.
pub async fn tables_in_force(store: &Store) -> anyhow::Result<LawTables> {
    let overrides: Vec<RateOverride> = store
        .law_overrides()
        .await?
        .into_iter()
        .map(|o| RateOverride { table: o.table, valid_from: o.valid_from, value: o.value, source: o.source })
        .collect();
    Ok(LawTables::builtin_ref().with_overrides(&overrides)?)
}

/// The tables for `purr law …`: with an existing database, its overrides apply; without one,
/// the built-in tables (the law commands never create a database).
pub fn tables_for_law(db: &DbArgs) -> anyhow::Result<LawTables> {
    match db.target() {
        DbTarget::Sqlite(path) if !path.exists() => Ok(LawTables::builtin()),
        _ => block_on(async { tables_in_force(&db.open().await?).await }),
    }
}

pub fn run(cmd: RatesCmd, db: &DbArgs) -> anyhow::Result<ExitCode> {
    block_on(async {
        let store = db.open().await?;
        match cmd {
            RatesCmd::List(args) => {
                let tables = tables_in_force(&store).await?;
                let rows: Vec<_> = tables
                    .list()
                    .into_iter()
                    .filter(|r| args.table.as_deref().is_none_or(|t| r.table.code() == t))
                    .collect();
                if args.json {
                    let items: Vec<serde_json::Value> = rows
                        .iter()
                        .map(|r| {
                            let mut v = serde_json::to_value(r).unwrap_or_default();
                            v["table"] = r.table.code().into();
                            v
                        })
                        .collect();
                    println!("{}", serde_json::to_string_pretty(&items)?);
                } else {
                    println!("{:<28} {:<12} {:<12} {:>10}  {:<6} source", "table", "from", "through", "value", "check");
                    for r in &rows {
                        let table = r.table.code();
                        let check = serde_json::to_value(r.verification)?.as_str().unwrap_or_default().to_string();
                        println!(
                            "{:<28} {:<12} {:<12} {:>10}  {:<6} {}",
                            table,
                            r.valid_from.to_string(),
                            r.valid_through.map(|d| d.to_string()).unwrap_or_else(|| "(in force)".into()),
                            r.value,
                            check,
                            r.source.chars().take(70).collect::<String>()
                        );
                    }
                    println!("check: V verified in a primary source, S secondary only, U unverified, local set here.");
                }
                Ok(ExitCode::SUCCESS)
            }
            RatesCmd::Set(args) => {
                let o = RateOverride {
                    table: args.table.clone(),
                    valid_from: args.from,
                    value: args.value.clone(),
                    source: args.source.clone(),
                };
                // `with_overrides` checks the row alone and with what is in force, before anything is stored.
                let current = tables_in_force(&store).await?;
                if let Err(e) = current.with_overrides(std::slice::from_ref(&o)) {
                    eprintln!("error: {e}");
                    return Ok(ExitCode::from(2));
                }
                let by = args.by.or_else(|| std::env::var("USER").ok()).unwrap_or_else(|| "unknown".into());
                store
                    .add_law_override(&LawOverride {
                        table: o.table,
                        valid_from: o.valid_from,
                        value: o.value,
                        source: o.source,
                        set_by: by.clone(),
                        set_at: jiff::Timestamp::now().to_string(),
                    })
                    .await?;
                println!(
                    "Set {} from {} to {} (by {by}). `purr rates list --table {}` shows it.",
                    args.table, args.from, args.value, args.table
                );
                Ok(ExitCode::SUCCESS)
            }
        }
    })
}
