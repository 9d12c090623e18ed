//! `purr law`: ask the law engine about interest, fees, deadlines and calendars from the shell.
//!
//! A thin shell over `domain::law`. It parses arguments into typed values, calls the pure rules
//! with the compiled-in law tables (or an installation's tables via [`run_with_tables`]), and prints
//! text or one JSON object. Exit codes are a contract other tools rely on: 0 success, 2 bad
//! arguments (the message names the argument), 3 a rate or amount is unknown for part of the
//! period (a JSON error object on stdout).

use clap::{Args, Subcommand, ValueEnum};
use domain::law::{
    self, AccrualConvention, ClaimHistory, ContractRate, Delivery, FeeRequest, FirstAccrualDay, InterestRequest,
    InterestStart, Lang, LastAccrualDay, LawError, LawTables, Rate, RateBasis, Reason,
};
use domain::{Currency, DebtorKind, FeeKind, Jurisdiction, Money};
use jiff::civil::Date;
use serde_json::{Value, json};
use std::process::ExitCode;

#[derive(Debug, Subcommand)]
pub enum LawCmd {
    /// Statutory late interest on a principal, split at every rate change.
    #[command(
        long_about = "\
Statutory late interest on a principal, split into one line per rate (and, in Norway, per year's
day basis). Sweden: Riksbank reference rate + 8 percentage points, actual/365 (räntelagen 6 §).
Norway: the published forsinkelsesrente, actual/365 or actual/366 in leap years (§ 3). Simple
interest on the principal only; each line is rounded once to öre/øre, half-up.

Interest accrues from the day after --due through --paid, inclusive (change with --first-day and
--last-day). Without an agreed due date, give --demand-sent instead of --due: interest then runs
from 30 days after the demand (in Sweden only if it warned of interest: --interest-warning).

Exit status: 0 ok; 2 bad arguments; 3 no known rate for part of the period (JSON error object).",
        after_help = "\
Examples:
  purr law interest --jurisdiction SE --principal 6780.00 --currency SEK --due 2020-12-31 --paid 2021-04-20 --json
  purr law interest --jurisdiction NO --principal 25000 --currency NOK --due 2023-05-15 --paid 2023-08-15
  purr law interest --jurisdiction SE --principal 4000 --currency SEK --demand-sent 2022-06-10 --interest-warning --paid 2022-09-30
  purr law interest --jurisdiction SE --principal 10000 --currency SEK --due 2024-01-31 --paid 2024-06-30 --contract-rate 18 --lang sv"
    )]
    Interest(InterestArgs),
    /// The earliest day a letter's payment deadline may fall on.
    #[command(
        long_about = "\
The earliest day the payment deadline of a letter sent on --sent may fall on, and the day the
next step may be taken if the debtor does not pay.

Sweden, collection demand (inkassokrav): at least 8 days from sending and at least 4 bank days
from presumed receipt (post: the second bank day after sending; electronic: the sending day or
the next bank day). Swedish reminders have no statutory deadline; the same floor is used.
Norway, reminder / collection warning (§ 9) / payment demand (§ 10): 14 days, the same weekday two
weeks later even if that is a holiday. A Norwegian payment demand also reports when the heavy
agency-fee rate starts (more than 28 days after its deadline).

collection-demand and payment-demand name the same step: inkassokrav in SE, betalingsoppfordring
in NO. There is no collection warning in SE (exit 2).",
        after_help = "\
Examples:
  purr law deadline --jurisdiction SE --step collection-demand --sent 2025-03-03 --json   # → 2025-03-11
  purr law deadline --jurisdiction NO --step collection-warning --sent 2025-03-03 --json  # → 2025-03-17
  purr law deadline --jurisdiction SE --step collection-demand --sent 2025-12-19 --delivery electronic"
    )]
    Deadline(DeadlineArgs),
    /// Public holidays and bank-closed weekdays of a year.
    #[command(
        long_about = "\
The statutory public holidays of a year and every weekday on which banks are closed.

Sweden: the holidays of lag (1989:253) (Whit Monday before 2005, the National Day from 2005), and
banks also close on Midsummer Eve, Christmas Eve and New Year's Eve. Norway: the holidays of
helligdagsloven plus 1 and 17 May, and banks also close on Christmas Eve and New Year's Eve.",
        after_help = "\
Examples:
  purr law calendar --jurisdiction SE --year 2025
  purr law calendar --jurisdiction NO --year 2026 --json"
    )]
    Calendar(CalendarArgs),
    /// The fee a creditor may charge for one step, and why.
    #[command(
        long_about = "\
The fee the creditor may charge for one step sent on --sent, with the reasons. A step the law does
not let the creditor charge for still answers, with fee 0 and allowed false.

Describe the claim's history with the flags below; each defaults to 'nothing happened yet'.
Sweden: reminder 60 (only with --reminder-fee-agreed, consumers), collection demand 180,
instalment plan 170, instalment notice 60 (needs --instalment-plan-agreed); a business debtor
(--b2b) owes the 450 late-payment compensation instead of all of these.
Norway: reminder and collection warning 1/20, payment demand 3/20 of the inkassosats on the
sending day, sent at least 14 days after the due date, at most 2 reminders + 1 demand or 1
reminder + 1 warning + 1 demand; a later letter is chargeable only if the previous letter's
deadline of at least 14 days was missed (--previous-deadline-missed). Agency fee (salær) by
principal bracket after a missed payment-demand deadline (--payment-demand-deadline), heavy rate
more than 28 days after it, × 1.5 for --b2b; --merge-with adds other claims against the same
debtor (salær on the combined principal). Business standard compensation: --step
late-compensation, reduced by --reminder-fees-charged; deducted from salær via
--compensation-charged.

Exit status: 0 ok; 2 bad arguments; 3 no known rate or amount for the date (JSON error object).",
        after_help = "\
Examples:
  purr law fee --jurisdiction SE --step reminder --principal 10000 --currency SEK --due 2023-05-31 --sent 2023-06-08 --reminder-fee-agreed --json
  purr law fee --jurisdiction SE --step late-compensation --b2b --principal 50000 --currency SEK --due 2023-02-28 --sent 2023-03-02
  purr law fee --jurisdiction NO --step reminder --principal 3000 --currency NOK --due 2025-01-15 --sent 2025-02-13 --reminders-sent 1 --reminders-charged 1 --previous-deadline-missed
  purr law fee --jurisdiction NO --step agency-fee --principal 400 --currency NOK --due 2025-01-15 --sent 2025-04-10 --payment-demand-deadline 2025-04-01 --merge-with 700 --json"
    )]
    Fee(FeeArgs),
}

fn parse_date(s: &str) -> Result<Date, String> {
    s.trim().parse().map_err(|_| format!("{s:?} is not a date (write it as YYYY-MM-DD)"))
}

fn parse_amount(s: &str) -> Result<i64, String> {
    domain::money::parse_minor(s).map_err(|e| e.to_string())
}

fn parse_rate(s: &str) -> Result<Rate, String> {
    Rate::parse(s)
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LangArg {
    Sv,
    Nb,
    En,
}

impl LangArg {
    fn lang(self) -> Lang {
        match self {
            LangArg::Sv => Lang::Sv,
            LangArg::Nb => Lang::Nb,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FirstDayArg {
    DayAfterDue,
    DueDay,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LastDayArg {
    PaymentDay,
    DayBeforePayment,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ContractModeArg {
    /// The agreed rate applies every day.
    Replace,
    /// The agreed rate applies on days it is higher than the statutory one.
    AtLeastStatutory,
}

#[derive(Debug, Args)]
pub struct InterestArgs {
    /// Whose law applies: SE (Sweden) or NO (Norway).
    #[arg(long, value_name = "SE|NO")]
    pub jurisdiction: Jurisdiction,
    /// The principal, e.g. 6780.00 (interest is never charged on fees or interest).
    #[arg(long, value_parser = parse_amount, value_name = "AMOUNT", allow_hyphen_values = true)]
    pub principal: i64,
    /// The currency of the amounts.
    #[arg(long, value_name = "SEK|NOK|EUR|DKK")]
    pub currency: Currency,
    /// The agreed due date.
    #[arg(long, value_parser = parse_date, value_name = "DATE", required_unless_present = "demand_sent", conflicts_with = "demand_sent")]
    pub due: Option<Date>,
    /// The payment day (or the day to compute an open claim's interest up to).
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub paid: Date,
    /// No due date was agreed: the day the invoice or demand was sent.
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub demand_sent: Option<Date>,
    /// With --demand-sent: the letter warned that interest would be charged (needed in SE).
    #[arg(long, requires = "demand_sent")]
    pub interest_warning: bool,
    /// The debtor is a business (shown in the output; the statutory rate is the same).
    #[arg(long)]
    pub b2b: bool,
    /// An agreed annual rate in percent that applies instead of the statutory rate.
    #[arg(long, value_parser = parse_rate, value_name = "PERCENT")]
    pub contract_rate: Option<Rate>,
    #[arg(long, value_enum, default_value = "replace", requires = "contract_rate")]
    pub contract_rate_mode: ContractModeArg,
    /// Move a due date on a weekend or holiday to the next bank/business day first.
    #[arg(long)]
    pub adjust_due: bool,
    /// The first interest-bearing day when a due date was agreed.
    #[arg(long, value_enum, default_value = "day-after-due")]
    pub first_day: FirstDayArg,
    /// The last interest-bearing day.
    #[arg(long, value_enum, default_value = "payment-day")]
    pub last_day: LastDayArg,
    /// Language of the reason texts.
    #[arg(long, value_enum, default_value = "en")]
    pub lang: LangArg,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StepArg {
    Reminder,
    CollectionWarning,
    CollectionDemand,
    PaymentDemand,
    InstalmentPlan,
    InstalmentNotice,
    LateCompensation,
    AgencyFee,
}

impl StepArg {
    fn fee_kind(self) -> FeeKind {
        match self {
            StepArg::Reminder => FeeKind::Reminder,
            StepArg::CollectionWarning => FeeKind::CollectionWarning,
            StepArg::CollectionDemand => FeeKind::CollectionDemand,
            StepArg::PaymentDemand => FeeKind::PaymentDemand,
            StepArg::InstalmentPlan => FeeKind::InstalmentPlan,
            StepArg::InstalmentNotice => FeeKind::InstalmentNotice,
            StepArg::LateCompensation => FeeKind::LateCompensation,
            StepArg::AgencyFee => FeeKind::AgencyFee,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DeadlineStepArg {
    Reminder,
    CollectionWarning,
    CollectionDemand,
    PaymentDemand,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DeliveryArg {
    Post,
    Electronic,
}

#[derive(Debug, Args)]
pub struct DeadlineArgs {
    /// Whose law applies: SE (Sweden) or NO (Norway).
    #[arg(long, value_name = "SE|NO")]
    pub jurisdiction: Jurisdiction,
    /// The letter whose deadline to compute.
    #[arg(long, value_enum)]
    pub step: DeadlineStepArg,
    /// The day the letter is sent.
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub sent: Date,
    /// How the letter travels (decides presumed receipt in SE).
    #[arg(long, value_enum, default_value = "post")]
    pub delivery: DeliveryArg,
    /// Language of the reason texts.
    #[arg(long, value_enum, default_value = "en")]
    pub lang: LangArg,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CalendarArgs {
    /// Whose law applies: SE (Sweden) or NO (Norway).
    #[arg(long, value_name = "SE|NO")]
    pub jurisdiction: Jurisdiction,
    /// The calendar year.
    #[arg(long, value_parser = clap::value_parser!(i16).range(1583..=9998), value_name = "YYYY")]
    pub year: i16,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct FeeArgs {
    /// Whose law applies: SE (Sweden) or NO (Norway).
    #[arg(long, value_name = "SE|NO")]
    pub jurisdiction: Jurisdiction,
    /// The step (letter or fee) to price.
    #[arg(long, value_enum)]
    pub step: StepArg,
    /// The claim's principal (decides the salær bracket).
    #[arg(long, value_parser = parse_amount, value_name = "AMOUNT", allow_hyphen_values = true)]
    pub principal: i64,
    /// The currency of the amounts.
    #[arg(long, value_name = "SEK|NOK|EUR|DKK")]
    pub currency: Currency,
    /// The agreed due date (moved off weekends and holidays before the rules apply).
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub due: Date,
    /// The day the letter is (or was) sent.
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub sent: Date,
    /// The debtor is a business.
    #[arg(long)]
    pub b2b: bool,
    /// SE: a reminder fee was agreed when the debt arose.
    #[arg(long)]
    pub reminder_fee_agreed: bool,
    /// Reminders sent before this step (charged or not).
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub reminders_sent: u8,
    /// Reminders that carried a fee.
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub reminders_charged: u8,
    /// NO: a collection warning was sent before this step.
    #[arg(long)]
    pub warning_sent: bool,
    /// NO: that warning carried a fee.
    #[arg(long)]
    pub warning_charged: bool,
    /// An SE collection demand / NO payment demand was sent before this step.
    #[arg(long)]
    pub demand_sent: bool,
    /// That demand carried a fee.
    #[arg(long)]
    pub demand_charged: bool,
    /// NO: the previous reminder or warning gave at least 14 days and that deadline passed unpaid.
    #[arg(long)]
    pub previous_deadline_missed: bool,
    /// NO: the deadline of the payment demand (§ 10), for the agency fee.
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub payment_demand_deadline: Option<Date>,
    /// SE: an instalment plan is agreed (needed for notice fees).
    #[arg(long)]
    pub instalment_plan_agreed: bool,
    /// SE: the instalment-plan fee was already charged.
    #[arg(long)]
    pub instalment_plan_charged: bool,
    /// Late-payment compensation already charged (NO: deducted from salær).
    #[arg(long, value_parser = parse_amount, value_name = "AMOUNT", default_value = "0")]
    pub compensation_charged: i64,
    /// Reminder fees already charged (NO: reduce the standard compensation).
    #[arg(long, value_parser = parse_amount, value_name = "AMOUNT", default_value = "0")]
    pub reminder_fees_charged: i64,
    /// NO agency fee: principal of another claim against the same debtor handled in the same
    /// case (repeat for more); salær is then taken on the combined principal.
    #[arg(long, value_parser = parse_amount, value_name = "AMOUNT")]
    pub merge_with: Vec<i64>,
    /// Language of the reason texts.
    #[arg(long, value_enum, default_value = "en")]
    pub lang: LangArg,
    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

/// Runs a `purr law` command with the compiled-in law tables.
pub fn run(cmd: LawCmd) -> anyhow::Result<ExitCode> {
    run_with_tables(cmd, &LawTables::builtin())
}

/// Runs a `purr law` command with the given tables (e.g. with an installation's overrides).
pub fn run_with_tables(cmd: LawCmd, tables: &LawTables) -> anyhow::Result<ExitCode> {
    match cmd {
        LawCmd::Interest(args) => interest(args, tables),
        LawCmd::Deadline(args) => deadline(args),
        LawCmd::Calendar(args) => calendar(args),
        LawCmd::Fee(args) => fee(args, tables),
    }
}

/// A usage error that names the argument; exit 2 like clap's own errors.
fn usage(argument: &str, message: &str) -> anyhow::Result<ExitCode> {
    eprintln!("error: {argument}: {message}");
    Ok(ExitCode::from(2))
}

fn reason_json(reason: &Reason, lang: Lang) -> Value {
    let mut v = serde_json::to_value(reason).unwrap_or(Value::Null);
    if let Value::Object(map) = &mut v {
        map.insert("text".into(), Value::String(reason.render(lang)));
    }
    v
}

fn reasons_json(reasons: &[Reason], lang: Lang) -> Value {
    Value::Array(reasons.iter().map(|r| reason_json(r, lang)).collect())
}

fn print_json(value: &Value) {
    println!("{}", serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string()));
}

/// Maps an engine error to the CLI contract: exit 3 with a JSON object for unknown rates, exit 2
/// for input the rules refuse.
fn engine_error(error: LawError, argument: &str, json: bool) -> anyhow::Result<ExitCode> {
    match error {
        LawError::RateUnknown(u) => {
            let body = json!({
                "error": "rate_unknown",
                "table": u.table.code(),
                "period": { "from": u.period.from.to_string(), "to": u.period.to.to_string() },
                "message": u.to_string(),
                "hint": format!(
                    "add the missing value with: purr rates set --table {} --from {} --value …",
                    u.table.code(),
                    // Rates run per calendar half-year, so a new row starts on 1 January or 1 July.
                    jiff::civil::date(u.period.from.year(), if u.period.from.month() < 7 { 1 } else { 7 }, 1)
                ),
            });
            print_json(&body);
            if !json {
                eprintln!("error: {u}");
            }
            Ok(ExitCode::from(3))
        }
        LawError::NegativePrincipal(_) => usage("--principal", "the principal cannot be negative"),
        LawError::StepNotInJurisdiction { step, jurisdiction } => {
            usage("--step", &format!("{jurisdiction} has no step {}", step.code().replace('_', "-")))
        }
        LawError::InvalidInput(message) => usage(argument, &message),
        LawError::Overflow => usage("--principal", "amount out of range"),
    }
}

fn interest(args: InterestArgs, tables: &LawTables) -> anyhow::Result<ExitCode> {
    if args.principal < 0 {
        return usage("--principal", "the principal cannot be negative");
    }
    let lang = args.lang.lang();
    let principal = Money::from_minor(args.principal, args.currency);
    let start = match (args.due, args.demand_sent) {
        (Some(due), None) => InterestStart::AgreedDueDate { due },
        (None, Some(sent)) => {
            InterestStart::NoAgreedDueDate { demand_sent: sent, warned_of_interest: args.interest_warning }
        }
        _ => return usage("--due", "give either --due or --demand-sent"),
    };
    let contract_rate = args.contract_rate.map(|r| match args.contract_rate_mode {
        ContractModeArg::Replace => ContractRate::Replace(r),
        ContractModeArg::AtLeastStatutory => ContractRate::AtLeastStatutory(r),
    });
    let req = InterestRequest {
        jurisdiction: args.jurisdiction,
        principal,
        start,
        until: args.paid,
        convention: AccrualConvention {
            first: match args.first_day {
                FirstDayArg::DayAfterDue => FirstAccrualDay::DayAfterDue,
                FirstDayArg::DueDay => FirstAccrualDay::DueDay,
            },
            last: match args.last_day {
                LastDayArg::PaymentDay => LastAccrualDay::PaymentDay,
                LastDayArg::DayBeforePayment => LastAccrualDay::DayBeforePayment,
            },
        },
        contract_rate,
        move_due_date: args.adjust_due,
    };
    let result = match law::interest(tables, &req) {
        Ok(r) => r,
        Err(e) => return engine_error(e, "--contract-rate", args.json),
    };
    if args.json {
        let periods: Vec<Value> = result
            .periods
            .iter()
            .map(|p| {
                let (source, base) = match p.basis {
                    RateBasis::Statutory { table, base } => (table.code(), Some(base.percent_string())),
                    RateBasis::Contract => ("contract", None),
                };
                json!({
                    "from": p.from.to_string(),
                    "to": p.to.to_string(),
                    "days": p.days,
                    "rate_percent": p.rate.percent_string(),
                    "day_basis": p.day_basis,
                    "interest_minor": p.interest.minor(),
                    "interest": p.interest.to_decimal_string(),
                    "rate_source": source,
                    "table_rate_percent": base,
                })
            })
            .collect();
        print_json(&json!({
            "jurisdiction": args.jurisdiction.code(),
            "debtor": if args.b2b { "business" } else { "consumer" },
            "principal_minor": principal.minor(),
            "currency": principal.currency().code(),
            "interest_minor": result.interest.minor(),
            "interest": result.interest.to_decimal_string(),
            "accrual": result.accrual.map(|(from, to)| json!({ "from": from.to_string(), "to": to.to_string() })),
            "periods": periods,
            "reasons": reasons_json(&result.reasons, lang),
        }));
    } else {
        println!("Interest: {}", result.interest);
        for p in &result.periods {
            println!(
                "  {} – {}  {:>4} days  {:>6} %  /{}  {}",
                p.from,
                p.to,
                p.days,
                p.rate.percent_string(),
                p.day_basis,
                p.interest
            );
        }
        for r in &result.reasons {
            println!("  · {}", r.render(lang));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn deadline(args: DeadlineArgs) -> anyhow::Result<ExitCode> {
    let lang = args.lang.lang();
    let step = match args.step {
        DeadlineStepArg::Reminder => FeeKind::Reminder,
        DeadlineStepArg::CollectionWarning => FeeKind::CollectionWarning,
        DeadlineStepArg::CollectionDemand => FeeKind::CollectionDemand,
        DeadlineStepArg::PaymentDemand => FeeKind::PaymentDemand,
    };
    let delivery = match args.delivery {
        DeliveryArg::Post => Delivery::Post,
        DeliveryArg::Electronic => Delivery::Electronic,
    };
    let d = match law::earliest_deadline(args.jurisdiction, step, args.sent, delivery) {
        Ok(d) => d,
        Err(e) => return engine_error(e, "--step", args.json),
    };
    let mut reasons = d.reasons.clone();
    let heavy = (args.jurisdiction == Jurisdiction::NO && d.step == FeeKind::PaymentDemand).then(|| {
        reasons.push(law::heavy_agency_fee_reason(d.earliest_deadline));
        law::heavy_agency_fee_from(d.earliest_deadline)
    });
    let receipt =
        (args.jurisdiction == Jurisdiction::SE).then(|| law::presumed_receipt(args.jurisdiction, args.sent, delivery));
    if args.json {
        print_json(&json!({
            "jurisdiction": args.jurisdiction.code(),
            "step": d.step.code(),
            "sent": args.sent.to_string(),
            "presumed_receipt": receipt.map(|r| r.to_string()),
            "earliest_deadline": d.earliest_deadline.to_string(),
            "next_step_from": d.next_step_from.to_string(),
            "heavy_agency_fee_from": heavy.map(|h| h.to_string()),
            "reasons": reasons_json(&reasons, lang),
        }));
    } else {
        println!("Earliest deadline: {} ({})", d.earliest_deadline, d.earliest_deadline.weekday_name());
        println!("Next step from:    {}", d.next_step_from);
        if let Some(h) = heavy {
            println!("Heavy salær from:  {h}");
        }
        for r in &reasons {
            println!("  · {}", r.render(lang));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// English weekday names for the text output.
trait WeekdayName {
    fn weekday_name(&self) -> &'static str;
}

impl WeekdayName for Date {
    fn weekday_name(&self) -> &'static str {
        match self.weekday() {
            jiff::civil::Weekday::Monday => "Monday",
            jiff::civil::Weekday::Tuesday => "Tuesday",
            jiff::civil::Weekday::Wednesday => "Wednesday",
            jiff::civil::Weekday::Thursday => "Thursday",
            jiff::civil::Weekday::Friday => "Friday",
            jiff::civil::Weekday::Saturday => "Saturday",
            jiff::civil::Weekday::Sunday => "Sunday",
        }
    }
}

fn calendar(args: CalendarArgs) -> anyhow::Result<ExitCode> {
    let j = args.jurisdiction;
    let holidays = law::public_holidays(j, args.year);
    let closed = law::non_bank_weekdays(j, args.year);
    if args.json {
        let holidays: Vec<Value> = holidays
            .iter()
            .map(|h| {
                json!({
                    "date": h.date.to_string(),
                    "name": h.name.local_name(j),
                    "name_en": h.name.english(),
                    "code": h.name.code(),
                })
            })
            .collect();
        let closed: Vec<Value> = closed
            .iter()
            .map(|d| {
                let (kind, name) = match d.kind {
                    law::DayKind::PublicHoliday(n) => ("public_holiday", Some(n)),
                    law::DayKind::BankClosure(n) => ("bank_closure", Some(n)),
                    _ => ("other", None),
                };
                json!({
                    "date": d.date.to_string(),
                    "kind": kind,
                    "name": name.map(|n| n.local_name(j)),
                    "name_en": name.map(|n| n.english()),
                })
            })
            .collect();
        print_json(&json!({
            "jurisdiction": j.code(),
            "year": args.year,
            "holidays": holidays,
            "non_bank_days": closed,
        }));
    } else {
        println!("Public holidays in {j} {}:", args.year);
        for h in &holidays {
            println!("  {} {:<9} {} ({})", h.date, h.date.weekday_name(), h.name.local_name(j), h.name.english());
        }
        println!("Weekdays when banks are closed:");
        for d in &closed {
            let name = match d.kind {
                law::DayKind::PublicHoliday(n) | law::DayKind::BankClosure(n) => n.local_name(j),
                _ => "",
            };
            println!("  {} {:<9} {}", d.date, d.date.weekday_name(), name);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn fee(args: FeeArgs, tables: &LawTables) -> anyhow::Result<ExitCode> {
    if args.principal < 0 {
        return usage("--principal", "the principal cannot be negative");
    }
    if args.reminders_charged > args.reminders_sent {
        return usage("--reminders-charged", "cannot exceed --reminders-sent");
    }
    if args.compensation_charged < 0 {
        return usage("--compensation-charged", "cannot be negative");
    }
    if args.reminder_fees_charged < 0 {
        return usage("--reminder-fees-charged", "cannot be negative");
    }
    let merge_applies = args.jurisdiction == Jurisdiction::NO && matches!(args.step, StepArg::AgencyFee);
    if !args.merge_with.is_empty() && !merge_applies {
        return usage("--merge-with", "merging applies only to the Norwegian agency fee (--step agency-fee)");
    }
    if args.merge_with.iter().any(|&m| m < 0) {
        return usage("--merge-with", "a principal cannot be negative");
    }
    let lang = args.lang.lang();
    let debtor = if args.b2b { DebtorKind::Business } else { DebtorKind::Consumer };
    let req = FeeRequest {
        jurisdiction: args.jurisdiction,
        debtor,
        step: args.step.fee_kind(),
        principal: Money::from_minor(args.principal, args.currency),
        due: args.due,
        sent: args.sent,
        history: ClaimHistory {
            reminder_fee_agreed: args.reminder_fee_agreed,
            reminders_sent: args.reminders_sent,
            reminders_charged: args.reminders_charged,
            warning_sent: args.warning_sent || args.warning_charged,
            warning_charged: args.warning_charged,
            demand_sent: args.demand_sent || args.demand_charged,
            demand_charged: args.demand_charged,
            previous_deadline_missed: args.previous_deadline_missed,
            payment_demand_deadline: args.payment_demand_deadline,
            instalment_plan_agreed: args.instalment_plan_agreed,
            instalment_plan_charged: args.instalment_plan_charged,
            late_compensation_charged_minor: args.compensation_charged,
            reminder_fees_charged_minor: args.reminder_fees_charged,
        },
    };
    let result = match law::fee(tables, &req) {
        Ok(r) => r,
        Err(e) => return engine_error(e, "--step", args.json),
    };
    let mut fee = result.fee;
    let mut reasons = result.reasons.clone();
    let mut merged_json = Value::Null;
    if !args.merge_with.is_empty() && result.allowed {
        let mut principals = vec![Money::from_minor(args.principal, args.currency)];
        principals.extend(args.merge_with.iter().map(|&m| Money::from_minor(m, args.currency)));
        // The same light/heavy decision as the single-claim fee: more than 28 days past the deadline.
        let heavy = args.payment_demand_deadline.is_some_and(|d| (args.sent - d).get_days() > 28);
        let merged = match law::merged_agency_fee(tables, &principals, args.sent, heavy, debtor) {
            Ok(m) => m,
            Err(e) => return engine_error(e, "--merge-with", args.json),
        };
        let offset = if args.b2b { args.compensation_charged } else { 0 };
        fee = Money::from_minor((merged.fee.minor() - offset).max(0), merged.fee.currency());
        reasons.extend(merged.reasons.iter().cloned());
        merged_json = json!({
            "combined_principal_minor": merged.combined_principal.minor(),
            "combined_minor": merged.combined.minor(),
            "separate_minor": merged.separate.iter().map(|m| m.minor()).collect::<Vec<_>>(),
            "separate_total_minor": merged.separate_total.minor(),
            "merged_fee_minor": merged.fee.minor(),
        });
    }
    if args.json {
        print_json(&json!({
            "jurisdiction": args.jurisdiction.code(),
            "step": result.step.code(),
            "debtor": debtor.code(),
            "fee_minor": fee.minor(),
            "fee": fee.to_decimal_string(),
            "currency": fee.currency().code(),
            "allowed": result.allowed,
            "merged": merged_json,
            "reasons": reasons_json(&reasons, lang),
        }));
    } else {
        println!(
            "{}: {} ({})",
            result.step.code().replace('_', " "),
            fee,
            if result.allowed { "may be charged" } else { "not chargeable" }
        );
        for r in &reasons {
            println!("  · {}", r.render(lang));
        }
    }
    Ok(ExitCode::SUCCESS)
}
