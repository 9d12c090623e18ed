//! `purr export sie`: a creditor's collection bookkeeping of a period as a SIE 4 file.
//!
//! The store reads the period's entries, `domain::accounting` turns them into balanced vouchers
//! under the jurisdiction's chart (data/accounting/accounts.toml), and `formats::sie` writes
//! them in code page 437. See the README's "Bookkeeping export (SIE 4)".

use crate::db::{DbArgs, block_on, creditor_or_usage};
use anyhow::Context;
use clap::{Args, Subcommand};
use domain::Creditor;
use domain::accounting::{Chart, Export, Grouping, SkipReason, fiscal_years, vouchers};
use domain::money::format_minor;
use formats::sie::{SieAccount, SieDocument, SieVoucher, write_sie4};
use jiff::civil::Date;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use store::Store;

#[derive(Debug, Subcommand)]
pub enum ExportCmd {
    /// A creditor's collection bookkeeping (fees, interest, payments, write-offs, refunds) as a
    /// SIE 4 file of balanced vouchers for its accounting system.
    #[command(long_about = SIE_HELP)]
    Sie(SieArgs),
}

const SIE_HELP: &str = "A creditor's collection bookkeeping as a SIE 4 file (vouchers only, code page 437).

Every ledger entry whose effective date lies in FROM..=TO becomes voucher lines on the
creditor's chart: fees and interest raise the receivable against income, payments move money
from the receivable to the bank, write-offs to the loss account, refunds out of the customer
credit. The entries of one event (a bank payment, a dunning step) form one voucher (or, with
--vouchers day, one summary voucher per day); each voucher balances to zero. The invoice itself (principal) is not exported: your invoicing booked
it. Entries in another currency than the creditor's home currency (SEK for SE, NOK for NO) are
skipped, since SIE holds one currency per company; the summary lists what was skipped.

The accounts are BAS (SE) and NS 4102 (NO) defaults from data/accounting/accounts.toml.

Examples:
  purr export sie --creditor 1 --from 2026-01-01 --to 2026-03-31
  purr export sie --creditor 1 --from 2026-10-01 --to 2026-10-31 --out october.si --json
  purr export sie --creditor 2 --from 2026-07-01 --to 2026-12-31 --fiscal-year-start 07-01
  purr export sie --creditor 1 --from 2026-11-01 --to 2026-11-30 --vouchers day
  purr export sie --creditor 1 --from 2026-11-01 --to 2026-11-30 --out - > november.si";

#[derive(Debug, Args)]
pub struct SieArgs {
    /// The creditor whose books the file is for.
    #[arg(long, value_name = "ID")]
    pub creditor: i64,
    /// The first day of the period (effective date of the entries), YYYY-MM-DD.
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub from: Date,
    /// The last day of the period, YYYY-MM-DD.
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub to: Date,
    /// Where to write the file; `-` writes it to standard output. Default:
    /// purr-<creditor>-<from>-<to>.si in the current directory.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The day the creditor's fiscal year starts, MM-DD (for the file's #RAR records).
    #[arg(long, value_name = "MM-DD", default_value = "01-01", value_parser = parse_month_day)]
    pub fiscal_year_start: (i8, i8),
    /// One voucher per event (a payment, a dunning step; traceable to its claim) or one summary
    /// voucher per day (lines added up per account).
    #[arg(long, value_name = "event|day", default_value = "event", value_parser = parse_grouping)]
    pub vouchers: Grouping,
    /// Print a summary as JSON: vouchers, transactions, totals per account, what was skipped.
    #[arg(long)]
    pub json: bool,
}

pub(crate) fn parse_grouping(s: &str) -> Result<Grouping, String> {
    match s.trim() {
        "event" => Ok(Grouping::Event),
        "day" => Ok(Grouping::Day),
        other => Err(format!("{other:?} is neither `event` nor `day`")),
    }
}

fn parse_date(s: &str) -> Result<Date, String> {
    match s.trim().parse::<Date>() {
        Ok(d) if s.trim().len() == 10 => Ok(d),
        _ => Err(format!("{:?} is not a date (write it as YYYY-MM-DD)", s.chars().take(20).collect::<String>())),
    }
}

pub(crate) fn parse_month_day(s: &str) -> Result<(i8, i8), String> {
    let bad = || format!("{s:?} is not a month and day (write it as MM-DD, e.g. 07-01)");
    let (m, d) = s.trim().split_once('-').ok_or_else(bad)?;
    let (m, d): (i8, i8) = (m.parse().map_err(|_| bad())?, d.parse().map_err(|_| bad())?);
    if m == 2 && d == 29 {
        return Err("a fiscal year cannot start on 29 February".into());
    }
    Date::new(2001, m, d).map_err(|_| bad())?;
    Ok((m, d))
}

/// One account's total in the summary.
#[derive(Debug, Serialize)]
pub struct AccountTotal {
    pub account: u32,
    pub name: String,
    /// Positive = debit, negative = credit.
    pub total_minor: i64,
    pub total: String,
}

/// Skipped entries of one reason, kind and currency.
#[derive(Debug, Serialize)]
pub struct SkippedGroup {
    pub why: &'static str,
    pub kind: String,
    pub currency: String,
    pub entries: usize,
    pub amount_minor: i64,
}

/// What an export wrote, as `--json` prints it.
#[derive(Debug, Serialize)]
pub struct Summary {
    pub creditor_id: i64,
    pub from: String,
    pub to: String,
    pub file: Option<String>,
    pub currency: String,
    pub chart: String,
    /// `event` or `day`: how entries were gathered into vouchers.
    pub grouping: Grouping,
    pub vouchers: usize,
    pub transactions: usize,
    pub totals: Vec<AccountTotal>,
    pub skipped_entries: usize,
    pub skipped: Vec<SkippedGroup>,
    /// Entries whose event cancelled out on one account (no voucher).
    pub netted_out: usize,
    /// Characters code page 437 cannot hold, replaced in the file.
    pub replaced_characters: usize,
}

/// A written export: the file's bytes and its summary.
#[derive(Debug)]
pub struct SieExport {
    pub bytes: Vec<u8>,
    pub export: Export,
    pub summary: Summary,
}

/// Builds the SIE file of `creditor`'s entries in `from..=to`. Errors are the caller's to show.
pub async fn export_sie(
    store: &Store,
    creditor: &Creditor,
    from: Date,
    to: Date,
    fiscal_year_start: (i8, i8),
    grouping: Grouping,
    generated: Date,
) -> anyhow::Result<SieExport> {
    if from > to {
        anyhow::bail!("the period starts ({from}) after it ends ({to})");
    }
    let chart = Chart::builtin(creditor.jurisdiction).context("the built-in account chart")?;
    let years =
        fiscal_years(from, to, fiscal_year_start.0, fiscal_year_start.1).context("the fiscal years of the period")?;
    let entries = store.accounting_entries(creditor.id, from, to).await?;
    let export = vouchers(&chart, &entries, grouping)?;
    let accounts = chart.distinct_accounts();
    let doc = SieDocument {
        program: "Purr".into(),
        program_version: env!("CARGO_PKG_VERSION").into(),
        generated,
        company_name: creditor.legal_name.clone(),
        org_number: creditor.org_number.clone(),
        currency: chart.currency.code().into(),
        fiscal_years: years,
        accounts: accounts
            .iter()
            .map(|(number, name, kind)| SieAccount { number: *number, name: name.to_string(), kind: kind.sie_code() })
            .collect(),
        vouchers: export
            .vouchers
            .iter()
            .enumerate()
            .map(|(k, v)| SieVoucher {
                series: chart.series.clone(),
                number: k as u64 + 1,
                date: v.date,
                text: v.text.clone(),
                lines: v.lines.iter().map(|l| (l.account, l.amount_minor)).collect(),
            })
            .collect(),
    };
    let written = write_sie4(&doc)?;
    let name_of = |n: u32| accounts.iter().find(|a| a.0 == n).map(|a| a.1.to_string()).unwrap_or_default();
    let mut skipped: BTreeMap<(&'static str, String, String), (usize, i64)> = BTreeMap::new();
    for s in &export.skipped {
        let why = match s.reason {
            SkipReason::BookedByInvoicing => "booked_by_invoicing",
            SkipReason::OtherCurrency { .. } => "other_currency",
        };
        let slot = skipped.entry((why, s.kind.clone(), s.amount.currency().code().to_string())).or_insert((0, 0));
        slot.0 += 1;
        slot.1 = slot.1.saturating_add(s.amount.minor());
    }
    let summary = Summary {
        creditor_id: creditor.id.0,
        from: from.to_string(),
        to: to.to_string(),
        file: None,
        currency: chart.currency.code().into(),
        chart: chart.standard.clone(),
        grouping,
        vouchers: export.vouchers.len(),
        transactions: export.vouchers.iter().map(|v| v.lines.len()).sum(),
        totals: export
            .totals
            .iter()
            .map(|(&account, &total)| AccountTotal {
                account,
                name: name_of(account),
                total_minor: total,
                total: format_minor(total),
            })
            .collect(),
        skipped_entries: export.skipped.len(),
        skipped: skipped
            .into_iter()
            .map(|((why, kind, currency), (entries, amount_minor))| SkippedGroup {
                why,
                kind,
                currency,
                entries,
                amount_minor,
            })
            .collect(),
        netted_out: export.netted_out.len(),
        replaced_characters: written.replaced_characters,
    };
    Ok(SieExport { bytes: written.bytes, export, summary })
}

pub fn run(cmd: ExportCmd, db: &DbArgs) -> anyhow::Result<ExitCode> {
    match cmd {
        ExportCmd::Sie(args) => sie(args, db),
    }
}

fn usage(message: &str) -> anyhow::Result<ExitCode> {
    eprintln!("error: {message}");
    Ok(ExitCode::from(2))
}

fn sie(args: SieArgs, db: &DbArgs) -> anyhow::Result<ExitCode> {
    if args.from > args.to {
        return usage(&format!("--from {} is after --to {}; the period must start before it ends", args.from, args.to));
    }
    block_on(async {
        let store = db.open().await?;
        let Some(creditor) = creditor_or_usage(&store, args.creditor).await? else {
            return Ok(ExitCode::from(2));
        };
        let mut done =
            export_sie(&store, &creditor, args.from, args.to, args.fiscal_year_start, args.vouchers, crate::today())
                .await?;
        let to_stdout = args.out.as_deref() == Some(std::path::Path::new("-"));
        if to_stdout {
            let mut out = std::io::stdout().lock();
            out.write_all(&done.bytes).context("writing the file to standard output")?;
            out.flush()?;
        } else {
            let path = args.out.clone().unwrap_or_else(|| PathBuf::from(file_name(creditor.id, args.from, args.to)));
            write_file(&path, &done.bytes)?;
            done.summary.file = Some(path.display().to_string());
        }
        if args.json {
            let text = serde_json::to_string_pretty(&done.summary)?;
            if to_stdout { eprintln!("{text}") } else { println!("{text}") }
        } else {
            let report = human(&done.summary);
            if to_stdout { eprint!("{report}") } else { print!("{report}") }
        }
        Ok(ExitCode::SUCCESS)
    })
}

/// The export's default file name: `purr-<creditor>-<from>-<to>.si` (type 4I takes `.si`).
pub fn file_name(creditor: domain::CreditorId, from: Date, to: Date) -> String {
    format!("purr-{}-{from}-{to}.si", creditor.0)
}

/// Writes next to the target first and renames, so a half-written file never has the name.
fn write_file(path: &std::path::Path, bytes: &[u8]) -> anyhow::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".part");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, bytes).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

fn human(s: &Summary) -> String {
    let mut out = String::new();
    let target = s.file.as_deref().unwrap_or("standard output");
    out.push_str(&format!(
        "Wrote {target}: {} vouchers, {} transactions, {} ({}), {} to {}.\n",
        s.vouchers, s.transactions, s.currency, s.chart, s.from, s.to
    ));
    for t in &s.totals {
        out.push_str(&format!("  {} {:<45} {:>16}\n", t.account, t.name, t.total));
    }
    for g in &s.skipped {
        let why = match g.why {
            "booked_by_invoicing" => "booked by your invoicing".to_string(),
            _ => format!("not in {}: SIE holds one currency", s.currency),
        };
        out.push_str(&format!(
            "Skipped {} {} entries of {} {} ({why}).\n",
            g.entries,
            g.kind,
            format_minor(g.amount_minor),
            g.currency
        ));
    }
    if s.netted_out > 0 {
        out.push_str(&format!(
            "{} entries cancelled out on one account (a credit moved between claims) and gave no voucher.\n",
            s.netted_out
        ));
    }
    if s.replaced_characters > 0 {
        out.push_str(&format!(
            "{} characters that code page 437 cannot hold were replaced (ø by ö, others by ?).\n",
            s.replaced_characters
        ));
    }
    out
}
