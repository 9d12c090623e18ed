//! `purr payments parse` and the payment benchmarks (`purr bench parse`, `purr bench match`).
//!
//! The shell around `formats` (bank files to records) and `domain::matching`: it reads files
//! and the clock, prints text or JSON, and maps verdicts to exit codes (0 valid file, 3 rejected
//! file with the JSON still printed, 2 usage). Importing and booking payments lives elsewhere.

use anyhow::Context;
use clap::{Args, Subcommand, ValueEnum};
use domain::matching::{IncomingPayment, MatchOutcome, Matcher, OpenClaim};
use domain::{ClaimId, Currency, DebtorId, Money};
use formats::generate::{Lcg, reference_for};
use formats::{FormatHint, ParsedFile};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

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

pub fn run(cmd: PaymentsCmd) -> anyhow::Result<ExitCode> {
    match cmd {
        PaymentsCmd::Parse(args) => run_parse(args),
    }
}

fn run_parse(args: ParseArgs) -> anyhow::Result<ExitCode> {
    let data = match std::fs::read(&args.file) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", args.file.display());
            return Ok(ExitCode::from(2));
        }
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
    Ok(if parsed.is_valid() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(3)
    })
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
    let totals: serde_json::Map<String, serde_json::Value> = parsed
        .totals()
        .into_iter()
        .map(|(c, v)| (c.code().to_string(), json!(v)))
        .collect();
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
        println!(
            "total:    {} {}",
            Money::from_minor(minor, currency).to_decimal_string(),
            currency
        );
    }
    println!("errors:   {}", parsed.errors.len());
    for e in parsed.errors.iter().take(20) {
        println!("  line {}: {}", e.line, e.message);
    }
    if parsed.errors.len() > 20 {
        println!(
            "  … and {} more (use --json for all)",
            parsed.errors.len() - 20
        );
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
        anyhow::ensure!(
            parsed.is_valid(),
            "generated file rejected: {:?}",
            parsed.rejection
        );
        count = parsed.payments.len();
        best = best.min(secs);
    }
    let rate = count as f64 / best;
    println!(
        "parsed {count} records in {:.1} ms (best of 3): {:.0} records/s, {:.0} MB/s{}",
        best * 1e3,
        rate,
        data.len() as f64 / best / 1e6,
        if rate >= 1e6 {
            ""
        } else {
            "  (below the 1 000 000 records/s target)"
        }
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
            let amount = Money::from_minor(
                amounts.get(i as usize).copied().unwrap_or(10_000),
                Currency::SEK,
            );
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
                (
                    Some(format!("{}", 900_000_000 + k)),
                    Some("betalning".to_string()),
                )
            };
            IncomingPayment {
                amount,
                reference,
                references: Vec::new(),
                text,
            }
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
        if total.as_secs_f64() <= 10.0 {
            ""
        } else {
            "  (above the 10 s target)"
        }
    );
    println!(
        "full {}, partial {}, overpaid {}, unmatched {}",
        counts[0], counts[1], counts[2], counts[3]
    );
    Ok(ExitCode::SUCCESS)
}
