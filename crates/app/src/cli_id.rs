//! `purr id`: check and generate identifiers and payment references from the command line.
//!
//! A thin shell over `domain::ident`: this module reads today's date from the clock (the only
//! thing the pure core cannot do), formats the answer as text or JSON, and maps the outcome to
//! the exit code (0 valid, 1 invalid, 2 usage).

use clap::{Args, Subcommand, ValueEnum};
use domain::ident::{CheckOptions, IdError, IdKind, Kid, KidAlgorithm, Ocr, check};
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum IdCmd {
    /// Validate an identifier or payment reference and show what it says.
    #[command(after_help = "\
Kinds:
  se-ocr            Swedish OCR reference (Luhn; --length-digit for hard control)
  se-bankgiro       Swedish bankgiro number      se-plusgiro   Swedish plusgiro number
  se-personnummer   personnummer or samordningsnummer (YYMMDD-NNNC, YYMMDD+NNNC, YYYYMMDDNNNC)
  se-orgnr          Swedish organisationsnummer
  no-kid            Norwegian KID (MOD10 or MOD11; --algo to insist on one)
  no-fnr            Norwegian fødselsnummer, D-number or H-number (both control rules, incl. from 2032)
  no-orgnr          Norwegian organisasjonsnummer  no-account  Norwegian account number (MOD11)
  iban              IBAN (mod 97, country length)

Exit status: 0 valid, 1 invalid, 2 usage error.

Examples:
  purr id check se-ocr 655969
  purr id check se-ocr 123456789 --length-digit
  purr id check se-personnummer 811218-9876 --json
  purr id check no-kid 0001007 --algo mod11
  purr id check iban 'SE45 5000 0000 0583 9825 7466'")]
    Check(CheckArgs),
    /// Make a payment reference from a base number (adds the length and check digits).
    #[command(after_help = "\
Examples:
  purr id generate se-ocr --base 1234567                 → Luhn check digit appended
  purr id generate se-ocr --base 1234567 --length-digit  → length digit, then check digit
  purr id generate no-kid --base 100234 --algo mod11     → MOD11 check character (may be '-')")]
    Generate(GenerateArgs),
}

/// The kinds on the command line are exactly the domain's `IdKind` codes.
fn id_kind_parser() -> impl clap::builder::TypedValueParser<Value = IdKind> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(IdKind::ALL.map(IdKind::code))
        .map(|code| code.parse::<IdKind>().expect("every listed code parses"))
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Algo {
    Mod10,
    Mod11,
}

impl Algo {
    fn kid(self) -> KidAlgorithm {
        match self {
            Algo::Mod10 => KidAlgorithm::Mod10,
            Algo::Mod11 => KidAlgorithm::Mod11,
        }
    }
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// What VALUE should be.
    #[arg(value_parser = id_kind_parser())]
    pub kind: IdKind,
    /// The number as written (spaces, hyphens and dots where customary are fine).
    pub value: String,
    /// se-ocr only: demand the length digit (hard control).
    #[arg(long)]
    pub length_digit: bool,
    /// no-kid only: accept only this algorithm (default: either, and the facts say which).
    #[arg(long, value_enum)]
    pub algo: Option<Algo>,
    /// Print one JSON object: kind, value, valid, reason, normalized, facts.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum GenKind {
    SeOcr,
    NoKid,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    #[arg(value_enum)]
    pub kind: GenKind,
    /// The digits to build on, e.g. your invoice or customer number.
    #[arg(long)]
    pub base: String,
    /// se-ocr only: add the length digit (for hard control).
    #[arg(long)]
    pub length_digit: bool,
    /// no-kid only: the algorithm in your agreement with the bank (default mod10).
    #[arg(long, value_enum)]
    pub algo: Option<Algo>,
}

fn usage(message: &str) -> anyhow::Result<ExitCode> {
    eprintln!("error: {message}");
    Ok(ExitCode::from(2))
}

pub fn run(cmd: IdCmd) -> anyhow::Result<ExitCode> {
    match cmd {
        IdCmd::Check(args) => run_check(args),
        IdCmd::Generate(args) => run_generate(args),
    }
}

fn run_check(args: CheckArgs) -> anyhow::Result<ExitCode> {
    if args.length_digit && !matches!(args.kind, IdKind::SeOcr) {
        return usage("--length-digit applies to se-ocr only");
    }
    if args.algo.is_some() && !matches!(args.kind, IdKind::NoKid) {
        return usage("--algo applies to no-kid only");
    }
    let kind = args.kind;
    // Time enters here, once: only the century of a ten-digit personnummer depends on it.
    let today = crate::today();
    let options = CheckOptions { length_digit: args.length_digit, kid_algorithm: args.algo.map(Algo::kid), today };
    let result = check(kind, &args.value, &options);
    if args.json {
        let (valid, reason, normalized, facts) = match &result {
            Ok(c) => {
                let facts: serde_json::Map<String, serde_json::Value> =
                    c.facts.iter().map(|(k, v)| ((*k).to_string(), fact_value(v))).collect();
                (true, None, Some(c.normalized.clone()), facts)
            }
            Err(e) => (false, Some(e.to_string()), None, serde_json::Map::new()),
        };
        let out = serde_json::json!({
            "kind": kind.code(),
            "value": args.value,
            "valid": valid,
            "reason": reason,
            "normalized": normalized,
            "facts": facts,
        });
        println!("{out}");
    } else {
        match &result {
            Ok(c) => {
                println!("valid {}: {}", kind.code(), c.normalized);
                for (k, v) in &c.facts {
                    println!("  {k}: {v}");
                }
            }
            Err(e) => println!("invalid {}: {}", kind.code(), explain(e)),
        }
    }
    Ok(if result.is_ok() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Facts are text in the domain; booleans go out as JSON booleans.
fn fact_value(v: &str) -> serde_json::Value {
    match v {
        "true" => serde_json::Value::Bool(true),
        "false" => serde_json::Value::Bool(false),
        other => serde_json::Value::String(other.to_string()),
    }
}

fn explain(e: &IdError) -> String {
    format!("{e} [{}]", e.code())
}

fn run_generate(args: GenerateArgs) -> anyhow::Result<ExitCode> {
    let generated = match args.kind {
        GenKind::SeOcr => {
            if args.algo.is_some() {
                return usage("--algo applies to no-kid only");
            }
            Ocr::generate(&args.base, args.length_digit).map(|o| o.as_str().to_string())
        }
        GenKind::NoKid => {
            if args.length_digit {
                return usage("--length-digit applies to se-ocr only");
            }
            let algo = args.algo.unwrap_or(Algo::Mod10).kid();
            Kid::generate(&args.base, algo).map(|k| k.as_str().to_string())
        }
    };
    match generated {
        Ok(reference) => {
            println!("{reference}");
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => usage(&format!("--base {:?}: {}", args.base, explain(&e))),
    }
}
