//! `purr claims …`: what is in the book, and bringing invoices in from CSV files and Peppol
//! BIS 3 / EHF invoices (UBL XML).

use crate::db::{DbArgs, block_on};
use crate::progress;
use anyhow::Context;
use clap::{Args, Subcommand};
use domain::{ClaimInput, ClaimState, Creditor, CreditorId, ReferenceScheme, money::format_minor};
use formats::{claims_csv, peppol};
use std::path::PathBuf;
use std::process::ExitCode;
use store::{ClaimFilter, Store};

#[derive(Debug, Subcommand)]
pub enum ClaimsCmd {
    /// List claims with their balances.
    #[command(
        after_help = "Examples:\n  purr claims list\n  purr claims list --creditor 1 --state open --state reminded\n  purr claims list --json --limit 1000 > claims.json"
    )]
    List(ListArgs),
    /// Import invoices from CSV files or Peppol BIS 3 / EHF invoices (all or nothing).
    #[command(long_about = IMPORT_HELP)]
    Import(ImportArgs),
}

const IMPORT_HELP: &str = "Import invoices from CSV files or Peppol BIS 3 / EHF invoices, all or nothing.

Each FILE is a CSV file of invoices or one Peppol BIS Billing 3 / EHF 3 invoice (UBL 2.1
Invoice XML, bare or in its SBDH envelope); XML is recognised by its first character, <.
From an invoice Purr takes the number (BT-1), issue and due dates (BT-2, BT-9; the due date
is required), currency (BT-5), amount due (BT-115, checked against the totals), payment
reference (BT-83) and the buyer (identifier, name, organisation number, address, e-mail,
phone). A buyer with an organisation number is a business, anyone else a consumer. A seller
that names another organisation number than the creditor's is refused, and so is a credit
note (book those with POST /api/v1/claims/{id}/credit-notes).

CSV: the first line names the columns, in any order, separated by , or ;.
Required: invoice_number, customer_number, debtor_name, issue_date, due_date, amount, currency.
Optional: debtor_kind (consumer|business), national_id, street, postal_code, city, country,
email, phone, language, channels (e.g. email;letter), due_date_agreed (yes|no),
payment_reference, contract_rate (percent per year).
Dates are YYYY-MM-DD; amounts like 1234.50. The file must be UTF-8.

If any row or invoice is wrong, nothing is imported and every problem is listed as
`FILE: line N: field: problem`. Importing the same rows again creates nothing new; an invoice
number that is already there with other content is reported as a conflict.
Without a payment_reference, numeric invoice numbers get an OCR/KID reference made from them
under the creditor's reference scheme.

Examples:
  purr claims import invoices.csv --creditor 1
  purr claims import inbox/*.xml --creditor 2 --json

  invoice_number,customer_number,debtor_name,issue_date,due_date,amount,currency
  10001,C-77,Anna Andersson,2026-10-01,2026-10-31,1250.00,SEK";

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this creditor's claims.
    #[arg(long, value_name = "ID")]
    pub creditor: Option<i64>,
    /// Only claims in this state (repeatable): open, notified, reminded, warned, demanded,
    /// promise_to_pay, payment_plan, postponed, disputed, handed_over, paid, written_off, credited.
    #[arg(long, value_name = "STATE")]
    pub state: Vec<String>,
    /// At most this many claims.
    #[arg(long, default_value_t = 50)]
    pub limit: i64,
    /// Print JSON (an array of claims) instead of a table.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// CSV files and Peppol / EHF invoice files (XML), imported together.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// The creditor the invoices belong to.
    #[arg(long, value_name = "ID")]
    pub creditor: i64,
    /// Print the outcome as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(cmd: ClaimsCmd, db: &DbArgs) -> anyhow::Result<ExitCode> {
    block_on(async {
        match cmd {
            ClaimsCmd::List(args) => list(args, &db.open().await?).await,
            ClaimsCmd::Import(args) => import(args, &db.open().await?).await,
        }
    })
}

async fn list(args: ListArgs, store: &Store) -> anyhow::Result<ExitCode> {
    let mut states = Vec::new();
    for s in &args.state {
        match ClaimState::from_code(s) {
            Some(state) => states.push(state),
            None => {
                let all: Vec<&str> = ClaimState::ALL.iter().map(|s| s.code()).collect();
                eprintln!("error: --state {s:?} is not a state; use one of {}", all.join(", "));
                return Ok(ExitCode::from(2));
            }
        }
    }
    let filter =
        ClaimFilter { creditor: args.creditor.map(CreditorId), states, limit: args.limit, ..Default::default() };
    let claims = store.claims(&filter).await?;
    if args.json {
        let items: Vec<_> = claims.iter().map(crate::json::claim).collect();
        println!("{}", serde_json::to_string_pretty(&items)?);
        return Ok(ExitCode::SUCCESS);
    }
    if claims.is_empty() {
        println!("No claims match. Import some with `purr claims import FILE --creditor ID`, or try `purr demo`.");
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{:>4} {:>7}  {:<12} {:<28} {:<10}  {:<14} {:>12} {:>12}",
        "cred", "claim", "invoice", "debtor", "due", "state", "principal", "outstanding"
    );
    for v in &claims {
        let c = &v.claim;
        let name: String = v.debtor_name.chars().take(28).collect();
        let outstanding = v.balance.outstanding().map(|m| m.minor()).unwrap_or_default();
        println!(
            "{:>4} {:>7}  {:<12} {:<28} {:<10}  {:<14} {:>12} {:>12} {}",
            c.creditor_id.0,
            c.id.0,
            c.invoice_number.chars().take(12).collect::<String>(),
            name,
            c.due_date.to_string(),
            c.state.code(),
            format_minor(c.principal.minor()),
            format_minor(outstanding),
            c.principal.currency()
        );
    }
    if claims.len() as i64 == args.limit {
        println!("(showing the first {}; use --limit to see more)", args.limit);
    }
    Ok(ExitCode::SUCCESS)
}

/// A reference made from a numeric invoice number under the creditor's scheme, if possible.
pub fn default_reference(scheme: ReferenceScheme, invoice_number: &str) -> Option<String> {
    if invoice_number.is_empty() || invoice_number.len() > 22 || !invoice_number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    use domain::ident::{Kid, KidAlgorithm, Ocr};
    match scheme {
        ReferenceScheme::SeOcr { length_digit } => {
            Ocr::generate(invoice_number, length_digit).ok().map(|o| o.as_str().to_string())
        }
        ReferenceScheme::KidMod10 => {
            Kid::generate(invoice_number, KidAlgorithm::Mod10).ok().map(|k| k.as_str().to_string())
        }
        ReferenceScheme::KidMod11 => {
            Kid::generate(invoice_number, KidAlgorithm::Mod11).ok().map(|k| k.as_str().to_string())
        }
    }
}

pub fn csv_defaults(creditor: &Creditor) -> claims_csv::Defaults {
    claims_csv::Defaults {
        language: creditor.default_language.clone(),
        country: creditor.jurisdiction.code().to_string(),
    }
}

/// Parses one file, CSV or a Peppol / EHF invoice (XML), into claims ready for the store, or
/// the list of problems.
pub fn parse_file(
    bytes: &[u8],
    creditor: &Creditor,
    progress: &mut dyn FnMut(u64),
) -> Result<Vec<(u64, ClaimInput)>, Vec<String>> {
    if !peppol::looks_like_xml(bytes) {
        return parse_claims(bytes, creditor, progress);
    }
    let parsed = parse_peppol(bytes, creditor).map_err(|errors| errors.iter().map(ToString::to_string).collect());
    progress(bytes.len() as u64);
    parsed
}

/// Parses a Peppol / EHF invoice into its claim (with a payment reference), or the problems.
pub fn parse_peppol(bytes: &[u8], creditor: &Creditor) -> Result<Vec<(u64, ClaimInput)>, Vec<claims_csv::RowError>> {
    let parsed = peppol::parse(bytes, &csv_defaults(creditor), &creditor.org_number);
    if !parsed.errors.is_empty() {
        return Err(parsed.errors);
    }
    Ok(with_references(parsed, creditor))
}

/// Parses CSV bytes into claims ready for the store, or the list of problems.
pub fn parse_claims(
    bytes: &[u8],
    creditor: &Creditor,
    progress: &mut dyn FnMut(u64),
) -> Result<Vec<(u64, ClaimInput)>, Vec<String>> {
    let parsed = claims_csv::parse(bytes, &csv_defaults(creditor), progress);
    if !parsed.errors.is_empty() {
        return Err(parsed.errors.iter().map(ToString::to_string).collect());
    }
    Ok(with_references(parsed, creditor))
}

/// The parsed claims with their lines, each without a payment reference given one under the
/// creditor's scheme.
fn with_references(parsed: claims_csv::ParsedClaims, creditor: &Creditor) -> Vec<(u64, ClaimInput)> {
    parsed
        .rows
        .into_iter()
        .map(|row| {
            let mut claim = row.claim;
            if claim.payment_reference.is_none() {
                claim.payment_reference = default_reference(creditor.reference_scheme, &claim.invoice_number);
            }
            (row.line, claim)
        })
        .collect()
}

/// Lists the problems (the first thousand) on stderr, says why nothing was imported, and with
/// `--json` prints `{"imported": false, "errors": […]}`.
fn refused(problems: &[String], why: &str, json: bool) -> ExitCode {
    for p in problems.iter().take(1000) {
        eprintln!("{p}");
    }
    if problems.len() > 1000 {
        eprintln!("… and {} more problems", problems.len() - 1000);
    }
    eprintln!("Nothing was imported: {why}.");
    if json {
        println!("{}", serde_json::json!({"imported": false, "errors": problems}));
    }
    ExitCode::FAILURE
}

async fn import(args: ImportArgs, store: &Store) -> anyhow::Result<ExitCode> {
    let Some(creditor) = crate::db::creditor_or_usage(store, args.creditor).await? else {
        return Ok(ExitCode::from(2));
    };
    // Every file is read and checked before anything is written; problems name their file when
    // there are several.
    let prefix =
        |file: usize| if args.files.len() > 1 { format!("{}: ", args.files[file].display()) } else { String::new() };
    // Each claim's file (an index into `args.files`) and line, for the conflicts' messages.
    let mut places: Vec<(usize, u64)> = Vec::new();
    let mut claims: Vec<ClaimInput> = Vec::new();
    let mut problems: Vec<String> = Vec::new();
    for (file, path) in args.files.iter().enumerate() {
        let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        let bar = progress::bytes(bytes.len() as u64, "reading");
        let parsed = parse_file(&bytes, &creditor, &mut |done| bar.set_position(done));
        bar.finish_and_clear();
        match parsed {
            Ok(parsed) => {
                for (line, claim) in parsed {
                    places.push((file, line));
                    claims.push(claim);
                }
            }
            Err(found) => problems.extend(found.into_iter().map(|p| format!("{}{p}", prefix(file)))),
        }
    }
    if !problems.is_empty() {
        let why = format!("fix the {} problem(s) above and run the same command again", problems.len());
        return Ok(refused(&problems, &why, args.json));
    }
    let bar = progress::count(claims.len() as u64, "importing");
    let report = store.import_claims(creditor.id, &claims, &mut |done| bar.set_position(done as u64)).await?;
    bar.finish_and_clear();
    if !report.conflicts.is_empty() {
        let problems: Vec<String> = report
            .conflicts
            .iter()
            .map(|c| {
                let (file, line) = places[c.index];
                format!("{}line {line}: invoice_number: {:?}: {}", prefix(file), c.invoice_number, c.reason)
            })
            .collect();
        let why = format!("{} row(s) conflict with claims already in the book", problems.len());
        return Ok(refused(&problems, &why, args.json));
    }
    if args.json {
        println!(
            "{}",
            serde_json::json!({"imported": true, "created": report.created, "unchanged": report.unchanged, "debtors_created": report.debtors_created})
        );
    } else {
        println!(
            "Imported {} new claim(s) for {} ({} new debtor(s)); {} row(s) were already in the book unchanged.",
            report.created, creditor.legal_name, report.debtors_created, report.unchanged
        );
    }
    Ok(ExitCode::SUCCESS)
}
