//! `purr payments parse|import|unmatched|resolve` and the payment benchmarks (`purr bench
//! parse`, `purr bench match`).
//!
//! The shell around `formats` (bank files to records), `domain::matching` and the store's
//! payment booking: it reads files and the clock, prints text or JSON, and maps verdicts to exit
//! codes (0 valid file, 3 rejected file with the JSON still printed, 2 usage).

use crate::db::{DbArgs, block_on};
use anyhow::Context;
use clap::{Args, Subcommand, ValueEnum};
use domain::matching::{IncomingPayment, MatchOutcome, Matcher, OpenClaim};
use domain::{ClaimId, Currency, DebtorId, Money};
use formats::generate::{Lcg, reference_for};
use formats::{FormatHint, ParsedFile, PaymentRecord, RecordKind};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;
use store::{PaymentFile, PaymentLine, ResolveOutcome, Store};

#[derive(Debug, Subcommand)]
pub enum PaymentsCmd {
    /// Read a bank file (BgMax, Nets OCR giro / AvtaleGiro, camt.053/054) and show its payments.
    #[command(after_help = "\
The file is checked against its own totals: a file whose counts or sums contradict its body is
rejected as a whole (exit 3) and must not be booked. Single bad lines are listed as errors.

Exit status: 0 valid file, 3 rejected file (the JSON is still printed), 2 usage error.

Examples:
  purr payments parse BGMAX_20240525.txt
  purr payments parse OCR.20240525.txt --format nets-ocr --json
  purr payments parse camt054.xml --json | jq '.payments[] | {amount_minor, reference}'")]
    Parse(ParseArgs),
    /// Import a bank file: book the payments that match open claims, queue the rest.
    #[command(after_help = "\
Every payment line is matched against the creditor's open claims (exact OCR/KID, a reference
with a typo, invoice numbers in the payer's text, several claims at once). Confident matches are
booked to the ledger (partial payments leave the rest open; overpayments go to the debtor's
credit balance); everything else waits in the unmatched queue (`purr payments unmatched`).

The whole file is booked in one transaction, all or nothing. Importing the same file again
books nothing. A rejected file (its own totals contradict its body) books nothing and exits 3;
single bad lines are listed and the good lines are still imported.

Examples:
  purr payments import BGMAX_20240525.txt --creditor 1
  purr payments import OCR.20240525.txt --creditor 2 --json")]
    Import(ImportArgs),
    /// List the payments waiting for a person, with suggested claims.
    #[command(
        after_help = "Examples:\n  purr payments unmatched --creditor 1\n  purr payments unmatched --creditor 1 --json"
    )]
    Unmatched(UnmatchedArgs),
    /// Book an unmatched payment to a claim you chose.
    #[command(after_help = "Example:\n  purr payments resolve --creditor 1 --payment 17 --claim 4021")]
    Resolve(ResolveArgs),
    /// The refund queue: claims holding money for their debtor after an overpayment.
    #[command(after_help = "\
Each line shows what is held and the debtor's other open claims in the same currency, where the
money could go instead (`purr payments refund --to`).

Examples:
  purr payments refunds --creditor 1
  purr payments refunds --creditor 1 --json")]
    Refunds(RefundsArgs),
    /// Settle a credit balance: book that it was paid back to the debtor, or move it to another
    /// open claim of the same debtor.
    #[command(after_help = "\
Without --amount the whole credit is settled. Running the same command again on the same day
books nothing (it is keyed on the claim, the day, the target and the amount).

Examples:
  purr payments refund --creditor 1 --claim 4021 --note \"paid to 5050-1055 on 2026-11-23\"
  purr payments refund --creditor 1 --claim 4021 --amount 120.00 --note \"Swish payout 88412\"
  purr payments refund --creditor 1 --claim 4021 --to 4388")]
    Refund(RefundArgs),
}

#[derive(Debug, Args)]
pub struct RefundsArgs {
    #[arg(long, value_name = "ID")]
    pub creditor: i64,
    /// At most this many claims.
    #[arg(long, default_value_t = 100)]
    pub limit: i64,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RefundArgs {
    #[arg(long, value_name = "ID")]
    pub creditor: i64,
    /// The claim holding the credit (from `purr payments refunds`).
    #[arg(long, value_name = "ID")]
    pub claim: i64,
    /// How much, in the claim's currency (e.g. 120.50); all of the credit when left out.
    #[arg(long, value_name = "AMOUNT")]
    pub amount: Option<String>,
    /// Move the credit to this claim of the same debtor instead of paying it back.
    #[arg(long, value_name = "CLAIM", conflicts_with = "note")]
    pub to: Option<i64>,
    /// How the money was paid back (e.g. the payout's reference); required unless --to.
    #[arg(long, required_unless_present = "to")]
    pub note: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The bank file.
    pub file: PathBuf,
    /// The creditor whose account received the payments.
    #[arg(long, value_name = "ID")]
    pub creditor: i64,
    /// The file's format; auto recognises it from the first bytes.
    #[arg(long, value_enum, default_value = "auto")]
    pub format: FormatArg,
    /// Print the outcome as one JSON object.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct UnmatchedArgs {
    #[arg(long, value_name = "ID")]
    pub creditor: i64,
    /// At most this many payments.
    #[arg(long, default_value_t = 100)]
    pub limit: i64,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ResolveArgs {
    #[arg(long, value_name = "ID")]
    pub creditor: i64,
    /// The unmatched payment's id (from `purr payments unmatched`).
    #[arg(long, value_name = "ID")]
    pub payment: i64,
    /// The claim to book it to.
    #[arg(long, value_name = "ID")]
    pub claim: i64,
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Auto,
    Bgmax,
    NetsOcr,
    Camt,
}

impl FormatArg {
    fn hint(self) -> FormatHint {
        match self {
            FormatArg::Auto => FormatHint::Auto,
            FormatArg::Bgmax => FormatHint::BgMax,
            FormatArg::NetsOcr => FormatHint::NetsOcr,
            FormatArg::Camt => FormatHint::Camt,
        }
    }
}

#[derive(Debug, Args)]
pub struct ParseArgs {
    /// The bank file.
    pub file: PathBuf,
    /// The file's format; auto recognises it from the first bytes.
    #[arg(long, value_enum, default_value = "auto")]
    pub format: FormatArg,
    /// Print one JSON object (format, valid, rejection, payments, totals, errors).
    #[arg(long)]
    pub json: bool,
}

pub fn run(cmd: PaymentsCmd, db: &DbArgs) -> anyhow::Result<ExitCode> {
    match cmd {
        PaymentsCmd::Parse(args) => run_parse(args),
        PaymentsCmd::Import(args) => block_on(async { run_import(args, &db.open().await?).await }),
        PaymentsCmd::Unmatched(args) => block_on(async { run_unmatched(args, &db.open().await?).await }),
        PaymentsCmd::Resolve(args) => block_on(async { run_resolve(args, &db.open().await?).await }),
        PaymentsCmd::Refunds(args) => block_on(async { run_refunds(args, &db.open().await?).await }),
        PaymentsCmd::Refund(args) => block_on(async { run_refund(args, &db.open().await?).await }),
    }
}

/// The store's view of a parsed record.
pub fn payment_line(p: &PaymentRecord, today: jiff::civil::Date) -> PaymentLine {
    PaymentLine {
        line: p.line as i64,
        kind: p.kind.code().to_string(),
        bank_ref: p.bank_ref.clone(),
        amount: p.amount,
        booking_date: p.booking_date,
        effective_date: p.booking_date.or(p.value_date).unwrap_or(today),
        reference: p.reference.clone(),
        payer_name: p.payer.name.clone(),
        message: p.message.clone(),
        incoming: p.to_incoming(),
        matchable: p.kind == RecordKind::Payment,
    }
}

fn money_list(map: &BTreeMap<Currency, i64>) -> String {
    if map.is_empty() {
        return "0".into();
    }
    map.iter()
        .map(|(c, v)| format!("{} {c}", Money::from_minor(*v, *c).to_decimal_string()))
        .collect::<Vec<_>>()
        .join(" + ")
}

fn money_json(map: &BTreeMap<Currency, i64>) -> serde_json::Value {
    serde_json::Value::Object(map.iter().map(|(c, v)| (c.code().to_string(), serde_json::json!(v))).collect())
}

/// The file's bytes, or `None` after saying why it cannot be read (a usage error).
fn read_or_usage(path: &std::path::Path) -> Option<Vec<u8>> {
    std::fs::read(path).map_err(|e| eprintln!("error: cannot read {}: {e}", path.display())).ok()
}

async fn run_import(args: ImportArgs, store: &Store) -> anyhow::Result<ExitCode> {
    use serde_json::json;
    let Some(creditor) = crate::db::creditor_or_usage(store, args.creditor).await?.map(|c| c.id) else {
        return Ok(ExitCode::from(2));
    };
    let Some(data) = read_or_usage(&args.file) else {
        return Ok(ExitCode::from(2));
    };
    let parsed = formats::parse(&data, args.format.hint());
    if let Some(rejection) = &parsed.rejection {
        eprintln!("The file was rejected ({}): {rejection}", rejection.code());
        eprintln!("Nothing was booked. Ask the bank for a corrected file.");
        if args.json {
            println!(
                "{}",
                json!({"imported": false, "format": parsed.format.code(), "rejection": format!("{}: {rejection}", rejection.code())})
            );
        }
        return Ok(ExitCode::from(3));
    }
    for e in parsed.errors.iter().take(50) {
        eprintln!("line {}: {}", e.line, e.message);
    }
    if parsed.errors.len() > 50 {
        eprintln!("… and {} more line errors", parsed.errors.len() - 50);
    }
    let today = crate::today();
    let lines: Vec<PaymentLine> = parsed
        .payments
        .iter()
        .filter(|p| !matches!(p.kind, RecordKind::Claim | RecordKind::ClaimCancellation))
        .map(|p| payment_line(p, today))
        .collect();
    let skipped = parsed.payments.len() - lines.len();
    let file = PaymentFile {
        sha256: hex::encode(Sha256::digest(&data)),
        format: parsed.format.code().to_string(),
        file_name: args.file.file_name().map(|n| n.to_string_lossy().into_owned()),
    };
    let bar = crate::progress::count(lines.len() as u64, "booking");
    if lines.len() < 5_000 {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    let report = store.import_payments(creditor, &file, &lines, &mut |done| bar.set_position(done as u64)).await?;
    bar.finish_and_clear();
    if !parsed.errors.is_empty() && !report.already_imported {
        eprintln!(
            "{} line(s) could not be read and were skipped; the {} good payment line(s) were imported.",
            parsed.errors.len(),
            parsed.payments.len()
        );
    }
    if args.json {
        println!(
            "{}",
            json!({
                "imported": !report.already_imported,
                "already_imported": report.already_imported,
                "file_id": report.file_id,
                "format": file.format,
                "sha256": file.sha256,
                "lines": report.lines,
                "booked": report.booked,
                "booked_minor": money_json(&report.booked_minor),
                "partial": report.partial,
                "overpaid": report.overpaid,
                "credit_minor": money_json(&report.credit_minor),
                "unmatched": report.unmatched,
                "unmatched_minor": money_json(&report.unmatched_minor),
                "duplicates": report.duplicates,
                "not_payments": skipped,
                "line_errors": parsed.errors.iter().map(|e| json!({"line": e.line, "message": e.message})).collect::<Vec<_>>(),
            })
        );
        return Ok(ExitCode::SUCCESS);
    }
    if report.already_imported {
        println!(
            "This file was already imported (file {}); nothing was booked.",
            report.file_id.map(|i| i.to_string()).unwrap_or_else(|| "?".into())
        );
        return Ok(ExitCode::SUCCESS);
    }
    if report.booked > 0 {
        println!("Booked {} payment(s) for {}.", report.booked, money_list(&report.booked_minor));
    } else {
        println!("Booked no payments: none matched an open claim surely enough.");
    }
    if report.partial > 0 {
        println!("  {} partial: the claims stay open with the rest.", report.partial);
    }
    if report.overpaid > 0 {
        println!(
            "  {} overpaid: {} went to the debtors' credit balance.",
            report.overpaid,
            money_list(&report.credit_minor)
        );
    }
    if report.unmatched > 0 {
        println!(
            "{} unmatched ({}) wait for you: `purr payments unmatched --creditor {}`.",
            report.unmatched,
            money_list(&report.unmatched_minor),
            creditor.0
        );
    }
    if report.duplicates > 0 {
        println!("{} line(s) were booked before from another file and were skipped.", report.duplicates);
    }
    if skipped > 0 {
        println!("{skipped} AvtaleGiro claim record(s) are not payments and were not booked.");
    }
    Ok(ExitCode::SUCCESS)
}

async fn run_unmatched(args: UnmatchedArgs, store: &Store) -> anyhow::Result<ExitCode> {
    let Some(creditor) = crate::db::creditor_or_usage(store, args.creditor).await?.map(|c| c.id) else {
        return Ok(ExitCode::from(2));
    };
    let list = store.unmatched_payments(creditor, None, args.limit).await?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&list.iter().map(crate::json::payment).collect::<Vec<_>>())?);
        return Ok(ExitCode::SUCCESS);
    }
    if list.is_empty() {
        println!("No unmatched payments: everything imported is booked.");
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{:>7} {:>14} {:<3} {:<10} {:<25} {:<24} suggestions",
        "payment", "amount", "cur", "date", "reference", "payer / message"
    );
    for p in &list {
        let who = p.payer_name.clone().or_else(|| p.message.clone()).unwrap_or_default();
        let suggestions: Vec<String> =
            p.suggestions.iter().map(|s| format!("claim {} ({})", s.claim.0, s.why)).collect();
        println!(
            "{:>7} {:>14} {:<3} {:<10} {:<25} {:<24} {}",
            p.id,
            p.amount.to_decimal_string(),
            p.amount.currency(),
            p.booking_date.map(|d| d.to_string()).unwrap_or_default(),
            p.reference.clone().unwrap_or_default().chars().take(25).collect::<String>(),
            who.chars().take(24).collect::<String>(),
            if suggestions.is_empty() { format!("none ({})", p.reason) } else { suggestions.join(", ") }
        );
    }
    println!("Book one with `purr payments resolve --creditor {} --payment ID --claim ID`.", creditor.0);
    Ok(ExitCode::SUCCESS)
}

async fn run_resolve(args: ResolveArgs, store: &Store) -> anyhow::Result<ExitCode> {
    let Some(creditor) = crate::db::creditor_or_usage(store, args.creditor).await?.map(|c| c.id) else {
        return Ok(ExitCode::from(2));
    };
    let today = crate::today();
    match store.resolve_payment(creditor, args.payment, ClaimId(args.claim), today).await {
        Ok(ResolveOutcome::Resolved { payment, entries }) => {
            if args.json {
                println!(
                    "{}",
                    serde_json::json!({"resolved": true, "payment": crate::json::payment(&payment), "entries": entries.iter().map(crate::json::entry).collect::<Vec<_>>()})
                );
            } else {
                println!(
                    "Booked payment {} ({} {}) to claim {} in {} ledger entr{}.",
                    payment.id,
                    payment.amount.to_decimal_string(),
                    payment.amount.currency(),
                    args.claim,
                    entries.len(),
                    if entries.len() == 1 { "y" } else { "ies" }
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Ok(ResolveOutcome::NotUnmatched(payment)) => {
            eprintln!(
                "error: payment {} is {}, not waiting in the unmatched queue; nothing was booked.",
                payment.id,
                payment.status.code()
            );
            Ok(ExitCode::FAILURE)
        }
        Err(store::StoreError::NotFound(what)) => {
            eprintln!("error: no {what} with that id for creditor {}", creditor.0);
            Ok(ExitCode::from(2))
        }
        Err(store::StoreError::Invalid(m)) => {
            eprintln!("error: {m}");
            Ok(ExitCode::FAILURE)
        }
        Err(store::StoreError::Ledger(e)) => {
            eprintln!("error: the ledger refused the booking: {e}");
            Ok(ExitCode::FAILURE)
        }
        Err(e) => Err(e.into()),
    }
}

async fn run_refunds(args: RefundsArgs, store: &Store) -> anyhow::Result<ExitCode> {
    let Some(creditor) = crate::db::creditor_or_usage(store, args.creditor).await?.map(|c| c.id) else {
        return Ok(ExitCode::from(2));
    };
    let list = store.credit_balances(creditor, None, args.limit).await?;
    if args.json {
        let items: Vec<_> = list.iter().map(crate::http_refunds::balance_json).collect();
        println!("{}", serde_json::to_string_pretty(&items)?);
        return Ok(ExitCode::SUCCESS);
    }
    if list.is_empty() {
        println!("No credit balances: nobody has paid more than they owed.");
        return Ok(ExitCode::SUCCESS);
    }
    println!("{:>7} {:<12} {:>12} {:<3} {:<10} {:<24} could pay", "claim", "invoice", "held", "cur", "since", "debtor");
    for b in &list {
        let could: Vec<String> = b
            .open_claims
            .iter()
            .map(|o| format!("claim {} ({} due)", o.claim.0, o.outstanding.to_decimal_string()))
            .collect();
        println!(
            "{:>7} {:<12} {:>12} {:<3} {:<10} {:<24} {}",
            b.claim.0,
            b.invoice_number.chars().take(12).collect::<String>(),
            b.held.to_decimal_string(),
            b.held.currency(),
            b.since,
            b.debtor_name.chars().take(24).collect::<String>(),
            if could.is_empty() { "-".to_string() } else { could.join(", ") }
        );
    }
    println!(
        "Pay one back with `purr payments refund --creditor {0} --claim ID --note \"…\"`, or move it with `--to CLAIM`.",
        creditor.0
    );
    Ok(ExitCode::SUCCESS)
}

async fn run_refund(args: RefundArgs, store: &Store) -> anyhow::Result<ExitCode> {
    let Some(creditor) = crate::db::creditor_or_usage(store, args.creditor).await?.map(|c| c.id) else {
        return Ok(ExitCode::from(2));
    };
    let claim = ClaimId(args.claim);
    let amount = match args.amount.as_deref().map(domain::money::parse_minor) {
        Some(Ok(m)) => Some(m),
        Some(Err(e)) => {
            eprintln!("error: --amount {:?}: {e}", args.amount.unwrap_or_default());
            return Ok(ExitCode::from(2));
        }
        None => None,
    };
    let today = crate::today();
    let target = args.to.map_or_else(|| "out".to_string(), |t| t.to_string());
    let how_much = amount.map_or_else(|| "all".to_string(), |m| m.to_string());
    let key = format!("cli:credit:{}:{today}:{target}:{how_much}", claim.0);
    let outcome = match args.to {
        Some(to) => store.apply_credit(creditor, claim, ClaimId(to), amount, today, &key).await,
        None => store.refund_credit(creditor, claim, amount, args.note.as_deref().unwrap_or(""), today, &key).await,
    };
    let (fresh, from, to) = match outcome {
        Ok(store::CreditOutcome::Booked { from, to }) => (true, from, to),
        Ok(store::CreditOutcome::AlreadyBooked { from, to }) => (false, from, to),
        Err(store::StoreError::NotFound(what)) => {
            eprintln!("error: no {what} with that id for creditor {}", creditor.0);
            return Ok(ExitCode::from(2));
        }
        Err(store::StoreError::Invalid(m)) => {
            eprintln!("error: {m}");
            return Ok(ExitCode::FAILURE);
        }
        Err(e) => return Err(e.into()),
    };
    if args.json {
        let entries = |e: &[domain::Entry]| e.iter().map(crate::json::entry).collect::<Vec<_>>();
        println!("{}", serde_json::json!({"booked": fresh, "entries": entries(&from), "to_entries": entries(&to)}));
        return Ok(ExitCode::SUCCESS);
    }
    let Some(currency) = from.first().map(|e| e.amount.currency()) else { return Ok(ExitCode::SUCCESS) };
    let moved: i64 = from.iter().map(|e| e.amount.minor()).sum();
    let amount = domain::Money::from_minor(moved, currency);
    let what = match args.to {
        Some(to) => {
            format!("moved {} {currency} of claim {}'s credit to claim {to}", amount.to_decimal_string(), claim.0)
        }
        None => format!("booked {} {currency} of claim {}'s credit as paid back", amount.to_decimal_string(), claim.0),
    };
    if fresh {
        println!("Done: {what}.");
    } else {
        println!("Already done today ({what}); nothing new was booked.");
    }
    Ok(ExitCode::SUCCESS)
}

fn run_parse(args: ParseArgs) -> anyhow::Result<ExitCode> {
    let Some(data) = read_or_usage(&args.file) else {
        return Ok(ExitCode::from(2));
    };
    let parsed = formats::parse(&data, args.format.hint());
    if args.json {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        serde_json::to_writer(&mut out, &parsed_json(&parsed)).context("writing JSON")?;
        use std::io::Write;
        writeln!(out).context("writing JSON")?;
    } else {
        print_summary(&parsed);
    }
    Ok(if parsed.is_valid() { ExitCode::SUCCESS } else { ExitCode::from(3) })
}

/// The JSON shape of `purr payments parse --json`.
pub fn parsed_json(parsed: &ParsedFile) -> serde_json::Value {
    use serde_json::json;
    let payments: Vec<serde_json::Value> = parsed
        .payments
        .iter()
        .map(|p| {
            json!({
                "amount_minor": p.amount.minor(),
                "currency": p.amount.currency().code(),
                "reference": p.reference,
                "reference_kind": p.reference_kind.code(),
                "references": p.references.iter().map(|r| json!({
                    "reference": r.reference,
                    "amount_minor": r.amount.minor(),
                })).collect::<Vec<_>>(),
                "booking_date": p.booking_date.map(|d| d.to_string()),
                "payer": {
                    "name": p.payer.name,
                    "account": p.payer.account,
                    "org_number": p.payer.org_number,
                },
                "message": p.message,
                "line": p.line,
            })
        })
        .collect();
    let totals: serde_json::Map<String, serde_json::Value> =
        parsed.totals().into_iter().map(|(c, v)| (c.code().to_string(), json!(v))).collect();
    json!({
        "format": parsed.format.code(),
        "valid": parsed.is_valid(),
        "rejection": parsed.rejection.as_ref().map(|r| format!("{}: {r}", r.code())),
        "payments": payments,
        "totals": totals,
        "errors": parsed.errors.iter().map(|e| json!({"line": e.line, "message": e.message})).collect::<Vec<_>>(),
    })
}

fn print_summary(parsed: &ParsedFile) {
    println!("format:   {}", parsed.format);
    match &parsed.rejection {
        None => println!("valid:    yes"),
        Some(r) => println!("valid:    NO, rejected ({}): {r}", r.code()),
    }
    println!("payments: {}", parsed.payments.len());
    for (currency, minor) in parsed.totals() {
        println!("total:    {} {}", Money::from_minor(minor, currency).to_decimal_string(), currency);
    }
    println!("errors:   {}", parsed.errors.len());
    for e in parsed.errors.iter().take(20) {
        println!("  line {}: {}", e.line, e.message);
    }
    if parsed.errors.len() > 20 {
        println!("  … and {} more (use --json for all)", parsed.errors.len() - 20);
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum BenchFormat {
    Bgmax,
    NetsOcr,
    Camt,
}

/// `purr bench parse`: generate a synthetic bank file in memory and time parsing it.
#[derive(Debug, Args)]
#[command(after_help = "\
Examples:
  purr bench parse --format bgmax --records 1000000
  purr bench parse --format nets-ocr --records 1000000 --keep /tmp/ocr.txt   (also writes the file)")]
pub struct BenchParseArgs {
    #[arg(long, value_enum)]
    pub format: BenchFormat,
    /// How many payment records the file holds.
    #[arg(long, default_value_t = 1_000_000)]
    pub records: usize,
    /// Also write the generated file here (to compare with other parsers).
    #[arg(long)]
    pub keep: Option<PathBuf>,
}

/// `purr bench match`: match N synthetic payments against M open claims and print the time.
#[derive(Debug, Args)]
#[command(after_help = "Example:\n  purr bench match --payments 1000000 --claims 1000000")]
pub struct BenchMatchArgs {
    #[arg(long, default_value_t = 1_000_000)]
    pub payments: usize,
    #[arg(long, default_value_t = 1_000_000)]
    pub claims: usize,
}

pub fn bench_parse(args: BenchParseArgs) -> anyhow::Result<ExitCode> {
    let start = Instant::now();
    let data = match args.format {
        BenchFormat::Bgmax => formats::generate::bgmax(args.records),
        BenchFormat::NetsOcr => formats::generate::nets_ocr(args.records),
        BenchFormat::Camt => formats::generate::camt054(args.records),
    };
    println!(
        "generated {} records, {:.1} MB, in {} ms",
        args.records,
        data.len() as f64 / 1e6,
        start.elapsed().as_millis()
    );
    if let Some(path) = &args.keep {
        std::fs::write(path, &data).with_context(|| format!("writing {}", path.display()))?;
        println!("wrote {}", path.display());
    }
    let mut best = f64::MAX;
    let mut count = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let parsed = match args.format {
            BenchFormat::Bgmax => formats::bgmax::parse(&data),
            BenchFormat::NetsOcr => formats::nets_ocr::parse(&data),
            BenchFormat::Camt => formats::camt::parse(&data),
        };
        let secs = t.elapsed().as_secs_f64();
        anyhow::ensure!(parsed.is_valid(), "generated file rejected: {:?}", parsed.rejection);
        count = parsed.payments.len();
        best = best.min(secs);
    }
    let rate = count as f64 / best;
    println!(
        "parsed {count} records in {:.1} ms (best of 3): {:.0} records/s, {:.0} MB/s{}",
        best * 1e3,
        rate,
        data.len() as f64 / best / 1e6,
        if rate >= 1e6 { "" } else { "  (below the 1 000 000 records/s target)" }
    );
    Ok(ExitCode::SUCCESS)
}

pub fn bench_match(args: BenchMatchArgs) -> anyhow::Result<ExitCode> {
    let mut rng = Lcg::new(7);
    let claims: Vec<OpenClaim> = (0..args.claims as u64)
        .map(|i| OpenClaim {
            id: ClaimId(i as i64),
            debtor: DebtorId((i / 2) as i64),
            reference: Some(reference_for(i)),
            invoice_number: Some(format!("{}", 5_000_000 + i)),
            outstanding: Money::from_minor(rng.range(10_000, 2_000_000) as i64, Currency::SEK),
        })
        .collect();
    let amounts: Vec<i64> = claims.iter().map(|c| c.outstanding.minor()).collect();
    // The mix: mostly exact references, some typos, some invoice numbers in text, some noise.
    let payments: Vec<IncomingPayment> = (0..args.payments as u64)
        .map(|k| {
            let i = rng.range(0, args.claims.max(1) as u64 - 1);
            let amount = Money::from_minor(amounts.get(i as usize).copied().unwrap_or(10_000), Currency::SEK);
            let r = rng.range(0, 99);
            let (reference, text) = if r < 90 {
                (Some(reference_for(i)), None)
            } else if r < 94 {
                let mut s = reference_for(i).into_bytes();
                let pos = (k as usize) % s.len();
                s[pos] = if s[pos] == b'9' { b'0' } else { s[pos] + 1 };
                (Some(String::from_utf8(s).unwrap_or_default()), None)
            } else if r < 97 {
                (None, Some(format!("Faktura {}", 5_000_000 + i)))
            } else {
                (Some(format!("{}", 900_000_000 + k)), Some("betalning".to_string()))
            };
            IncomingPayment { amount, reference, references: Vec::new(), text }
        })
        .collect();
    let t = Instant::now();
    let mut matcher = Matcher::new(claims);
    let build = t.elapsed();
    let t = Instant::now();
    let mut counts = [0usize; 4];
    for p in &payments {
        let d = matcher.match_payment(p);
        counts[match d.outcome {
            MatchOutcome::Full => 0,
            MatchOutcome::Partial => 1,
            MatchOutcome::Overpaid => 2,
            MatchOutcome::Unmatched => 3,
        }] += 1;
    }
    let matching = t.elapsed();
    let total = build + matching;
    println!(
        "matched {} payments against {} claims: index {} ms + matching {} ms = {:.2} s{}",
        args.payments,
        args.claims,
        build.as_millis(),
        matching.as_millis(),
        total.as_secs_f64(),
        if total.as_secs_f64() <= 10.0 { "" } else { "  (above the 10 s target)" }
    );
    println!("full {}, partial {}, overpaid {}, unmatched {}", counts[0], counts[1], counts[2], counts[3]);
    Ok(ExitCode::SUCCESS)
}
