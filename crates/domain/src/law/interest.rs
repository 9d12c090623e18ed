//! Statutory late interest: simple interest on the principal, split at every rate change.
//!
//! Sweden (räntelagen 6 §): the Riksbank reference rate of each calendar half-year plus 8
//! percentage points, counted actual/365. Norway (forsinkelsesrenteloven § 3): the published
//! half-yearly rate as is, counted actual/365, or actual/366 for days in a leap year. A new rate
//! applies to claims already overdue, so a period that spans a change becomes two lines.
//!
//! Each line's amount is computed exactly in integers (principal in minor units × rate in
//! micro-percent × days over 10^8 × day basis) and rounded once, half-up, to minor units. Adjacent
//! days with the same rate and day basis form one line, so a half-year whose rate equals the
//! previous one does not add a line (or a rounding). A day with no known rate is never counted as
//! zero: the whole computation fails with [`RateUnknown`] naming the unknown stretch.
//!
//! The start rules (agreed due date, or 30 days after a demand that warned of interest) and the
//! accrual convention (default: from the day after the due date through the payment day) are
//! resolved here too; moving a due date off a holiday is available but off by default because
//! callers such as the CLI pass the effective due date themselves.

use super::calendar::{date_of, day_number, is_leap_year, last_day_of_year, year_of_day};
use super::deadlines::effective_due_day;
use super::reason::{self, Reason, Value, reason};
use super::tables::{Compiled, Rate, TableId, find_seg, unknown_from};
use super::{Collect, LawError, LawTables, Quiet, Sink};
use crate::money::{Currency, Money};
use crate::party::Jurisdiction;
use jiff::civil::Date;
use serde::Serialize;

/// When interest starts to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "rule")]
pub enum InterestStart {
    /// A due date was agreed (SE 3 §, NO § 2): interest from the due date (see the convention).
    AgreedDueDate { due: Date },
    /// No due date was agreed: interest from 30 days after the invoice or demand was sent. In SE
    /// only if that letter warned that interest would be charged (4 §); NO requires no warning.
    NoAgreedDueDate { demand_sent: Date, warned_of_interest: bool },
}

/// The first day that bears interest when a due date was agreed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FirstAccrualDay {
    /// The day after the due date (the default; it matches Kronofogden's calculator, example W1).
    #[default]
    DayAfterDue,
    /// The due date itself.
    DueDay,
}

/// The last day that bears interest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LastAccrualDay {
    /// The payment day itself (the default).
    #[default]
    PaymentDay,
    /// The day before payment.
    DayBeforePayment,
}

/// Which days count; configurable per installation, defaulting to day-after-due through payment day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct AccrualConvention {
    pub first: FirstAccrualDay,
    pub last: LastAccrualDay,
}

/// An agreed interest rate that applies instead of the statutory one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "mode", content = "rate")]
pub enum ContractRate {
    /// The agreed rate applies for every day.
    #[serde(serialize_with = "ser_rate")]
    Replace(Rate),
    /// The agreed rate applies on days when it is higher than the statutory rate (the SE reading
    /// of a higher agreed rate continuing after the due date).
    #[serde(serialize_with = "ser_rate")]
    AtLeastStatutory(Rate),
}

fn ser_rate<S: serde::Serializer>(rate: &Rate, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&rate.percent_string())
}

/// One interest computation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InterestRequest {
    pub jurisdiction: Jurisdiction,
    pub principal: Money,
    pub start: InterestStart,
    /// The payment day, or the day to compute interest up to for an open claim.
    pub until: Date,
    pub convention: AccrualConvention,
    pub contract_rate: Option<ContractRate>,
    /// Move an agreed due date that falls on a weekend or holiday to the next bank/business day
    /// before applying the convention (SE skuldebrevslagen 5 §; NO the same in practice).
    pub move_due_date: bool,
}

impl InterestRequest {
    /// Statutory interest from an agreed due date through `until`, default convention.
    pub fn statutory(jurisdiction: Jurisdiction, principal: Money, due: Date, until: Date) -> InterestRequest {
        InterestRequest {
            jurisdiction,
            principal,
            start: InterestStart::AgreedDueDate { due },
            until,
            convention: AccrualConvention::default(),
            contract_rate: None,
            move_due_date: false,
        }
    }
}

/// Where a line's rate came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum RateBasis {
    /// The statutory table; `base` is the SE reference rate or the NO published rate of the day.
    Statutory {
        table: TableId,
        #[serde(serialize_with = "ser_rate")]
        base: Rate,
    },
    Contract,
}

/// One line of an interest computation: consecutive days with one rate and one day basis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct InterestPeriod {
    pub from: Date,
    pub to: Date,
    pub days: i32,
    #[serde(serialize_with = "ser_rate")]
    pub rate: Rate,
    /// 365, or 366 for Norwegian days in a leap year.
    pub day_basis: i32,
    pub interest: Money,
    pub basis: RateBasis,
}

/// The interest owed and how it was computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InterestResult {
    pub interest: Money,
    /// The first and last interest-bearing day; `None` when no interest runs.
    pub accrual: Option<(Date, Date)>,
    pub periods: Vec<InterestPeriod>,
    pub reasons: Vec<Reason>,
}

/// The interest-bearing window after start rules and convention, as day numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Window {
    Days { first: i32, last: i32 },
    None,
}

/// Applies the start rule and the convention.
pub(crate) fn resolve_window<S: Sink>(
    jurisdiction: Jurisdiction,
    start: InterestStart,
    until: i32,
    convention: AccrualConvention,
    move_due_date: bool,
    sink: &mut S,
) -> Window {
    let last = match convention.last {
        LastAccrualDay::PaymentDay => until,
        LastAccrualDay::DayBeforePayment => until - 1,
    };
    let first = match start {
        InterestStart::AgreedDueDate { due } => {
            let mut due_day = day_number(due);
            if move_due_date {
                due_day = effective_due_day(jurisdiction, due_day, sink);
            }
            let first = match convention.first {
                FirstAccrualDay::DayAfterDue => due_day + 1,
                FirstAccrualDay::DueDay => due_day,
            };
            sink.reason(|| {
                let rule = match jurisdiction {
                    Jurisdiction::SE => reason::SE_INTEREST_START_DUE,
                    Jurisdiction::NO => reason::NO_INTEREST_START_DUE,
                };
                reason!(rule, due = Value::day(due_day), first = Value::day(first), last = Value::day(last))
            });
            first
        }
        InterestStart::NoAgreedDueDate { demand_sent, warned_of_interest } => {
            let sent = day_number(demand_sent);
            if jurisdiction == Jurisdiction::SE && !warned_of_interest {
                sink.reason(|| reason!(reason::SE_INTEREST_NO_WARNING, sent = demand_sent));
                return Window::None;
            }
            // "When thirty days have passed since the demand was sent": day sent + 30 is the first
            // interest day (example W4: sent 2022-06-10, interest from 2022-07-10).
            let first = sent + 30;
            sink.reason(|| {
                let rule = match jurisdiction {
                    Jurisdiction::SE => reason::SE_INTEREST_START_DEMAND,
                    Jurisdiction::NO => reason::NO_INTEREST_START_DEMAND,
                };
                reason!(rule, sent = demand_sent, first = Value::day(first), last = Value::day(last))
            });
            first
        }
    };
    if last < first {
        sink.reason(|| reason!(reason::INTEREST_NONE, first = Value::day(first), last = Value::day(last)));
        return Window::None;
    }
    Window::Days { first, last }
}

/// Half-up division of a non-negative or negative numerator by a positive denominator.
#[inline]
fn div_round_half_up(num: i128, den: i128) -> i128 {
    (2 * num + den).div_euclid(2 * den)
}

#[derive(Clone, Copy)]
struct Line {
    start: i32,
    end: i32,
    rate: i64,
    basis: i32,
    base: Option<i64>,
}

/// Accrues simple interest on `principal_minor` for every day in `first..=last`.
#[allow(clippy::too_many_arguments)]
pub(crate) fn accrue<S: Sink>(
    compiled: &Compiled,
    jurisdiction: Jurisdiction,
    principal_minor: i64,
    currency: Currency,
    first: i32,
    last: i32,
    contract: Option<ContractRate>,
    sink: &mut S,
) -> Result<i64, LawError> {
    let (table, add) = match jurisdiction {
        Jurisdiction::SE => (TableId::SeReferenceRate, 8_000_000),
        Jurisdiction::NO => (TableId::NoLateInterestRate, 0),
    };
    let segs = compiled.segs(table);
    let mut total: i64 = 0;
    let mut line: Option<Line> = None;
    let mut d = first;
    while d <= last {
        let (seg_end, rate, base) = match contract {
            Some(ContractRate::Replace(r)) => (i32::MAX, r.micro_percent(), None),
            _ => {
                let seg =
                    find_seg(segs, d).map_err(|next| LawError::RateUnknown(unknown_from(table, d, next, last)))?;
                let statutory = seg.value + add;
                match contract {
                    Some(ContractRate::AtLeastStatutory(r)) if r.micro_percent() > statutory => {
                        (seg.end, r.micro_percent(), None)
                    }
                    _ => (seg.end, statutory, Some(seg.value)),
                }
            }
        };
        // Norway counts each day against its own year's length, so a line never crosses 1 January.
        let (basis, year_end) = match jurisdiction {
            Jurisdiction::SE => (365, i32::MAX),
            Jurisdiction::NO => {
                let year = year_of_day(d);
                (if is_leap_year(year) { 366 } else { 365 }, last_day_of_year(year))
            }
        };
        let end = seg_end.min(last).min(year_end);
        match line.as_mut() {
            Some(l) if l.rate == rate && l.basis == basis && l.base == base && l.end + 1 == d => l.end = end,
            _ => {
                if let Some(done) = line.take() {
                    total = flush(done, table, principal_minor, currency, total, sink)?;
                }
                line = Some(Line { start: d, end, rate, basis, base });
            }
        }
        d = end + 1;
    }
    if let Some(done) = line {
        total = flush(done, table, principal_minor, currency, total, sink)?;
    }
    Ok(total)
}

#[inline]
fn flush<S: Sink>(
    line: Line,
    table: TableId,
    principal_minor: i64,
    currency: Currency,
    total: i64,
    sink: &mut S,
) -> Result<i64, LawError> {
    let days = line.end - line.start + 1;
    let den = 100_000_000i64 * i64::from(line.basis);
    // Ordinary claims fit in 64 bits, where division is several times cheaper than in 128 bits;
    // only very large principals take the wide path. Both are exact.
    let narrow = principal_minor
        .checked_mul(line.rate)
        .and_then(|x| x.checked_mul(i64::from(days)))
        .and_then(|num| num.checked_mul(2).and_then(|n2| n2.checked_add(den)).map(|n| n.div_euclid(2 * den)));
    let amount: i64 = match narrow {
        Some(amount) => amount,
        None => {
            let num = i128::from(principal_minor) * i128::from(line.rate) * i128::from(days);
            div_round_half_up(num, i128::from(den)).try_into().map_err(|_| LawError::Overflow)?
        }
    };
    sink.period(|| InterestPeriod {
        from: date_of(line.start),
        to: date_of(line.end),
        days,
        rate: Rate::from_micro_percent(line.rate),
        day_basis: line.basis,
        interest: Money::from_minor(amount, currency),
        basis: match line.base {
            Some(b) => RateBasis::Statutory { table, base: Rate::from_micro_percent(b) },
            None => RateBasis::Contract,
        },
    });
    sink.reason(|| {
        let principal = Money::from_minor(principal_minor, currency);
        let (rule, reference) = match (line.base, table) {
            (None, _) => (reason::CONTRACT_INTEREST_PERIOD, None),
            (Some(b), TableId::SeReferenceRate) => (reason::SE_INTEREST_PERIOD, Some(Rate::from_micro_percent(b))),
            (Some(_), _) => (reason::NO_INTEREST_PERIOD, None),
        };
        let r = reason!(
            rule,
            days = days,
            from = Value::day(line.start),
            to = Value::day(line.end),
            rate = Rate::from_micro_percent(line.rate),
            principal = principal,
            basis = line.basis,
            amount = Money::from_minor(amount, currency),
        );
        match reference {
            Some(reference) => r.with("reference", reference),
            None => r,
        }
    });
    total.checked_add(amount).ok_or(LawError::Overflow)
}

fn check_request(req: &InterestRequest) -> Result<(), LawError> {
    check_inputs(req.principal, req.contract_rate)
}

fn check_inputs(principal: Money, contract_rate: Option<ContractRate>) -> Result<(), LawError> {
    if principal.is_negative() {
        return Err(LawError::NegativePrincipal(principal));
    }
    if let Some(ContractRate::Replace(r) | ContractRate::AtLeastStatutory(r)) = contract_rate
        && r.micro_percent() < 0
    {
        return Err(LawError::InvalidInput("an agreed interest rate cannot be negative".into()));
    }
    Ok(())
}

fn run<S: Sink>(tables: &LawTables, req: &InterestRequest, sink: &mut S) -> Result<(i64, Window), LawError> {
    check_request(req)?;
    if let Some(ContractRate::Replace(r) | ContractRate::AtLeastStatutory(r)) = req.contract_rate {
        sink.reason(|| {
            let mode = match req.contract_rate {
                Some(ContractRate::AtLeastStatutory(_)) => "when higher",
                _ => "every day",
            };
            reason!(reason::INTEREST_CONTRACT_RATE, rate = r, mode = mode)
        });
    }
    let window =
        resolve_window(req.jurisdiction, req.start, day_number(req.until), req.convention, req.move_due_date, sink);
    match window {
        Window::None => Ok((0, window)),
        Window::Days { first, last } => {
            let total = accrue(
                &tables.compiled,
                req.jurisdiction,
                req.principal.minor(),
                req.principal.currency(),
                first,
                last,
                req.contract_rate,
                sink,
            )?;
            Ok((total, window))
        }
    }
}

/// Computes interest with its period lines and reasons.
pub fn interest(tables: &LawTables, req: &InterestRequest) -> Result<InterestResult, LawError> {
    let mut sink = Collect::default();
    let (total, window) = run(tables, req, &mut sink)?;
    Ok(InterestResult {
        interest: Money::from_minor(total, req.principal.currency()),
        accrual: match window {
            Window::Days { first, last } => Some((date_of(first), date_of(last))),
            Window::None => None,
        },
        periods: sink.periods,
        reasons: sink.reasons,
    })
}

/// The interest amount alone, without building lines or reasons (no allocation).
pub fn interest_minor(tables: &LawTables, req: &InterestRequest) -> Result<i64, LawError> {
    run(tables, req, &mut Quiet).map(|(total, _)| total)
}

/// [`interest_minor`] for an agreed due date under the default convention, for a caller that
/// already has the due day moved off holidays (`due_day`, a day number): from the day after it
/// through `until`.
pub(crate) fn interest_from_due_day(
    tables: &LawTables,
    jurisdiction: Jurisdiction,
    principal: Money,
    due_day: i32,
    until: Date,
    contract_rate: Option<ContractRate>,
) -> Result<i64, LawError> {
    check_inputs(principal, contract_rate)?;
    let until = day_number(until);
    if until <= due_day {
        return Ok(0);
    }
    accrue(
        &tables.compiled,
        jurisdiction,
        principal.minor(),
        principal.currency(),
        due_day + 1,
        until,
        contract_rate,
        &mut Quiet,
    )
}
