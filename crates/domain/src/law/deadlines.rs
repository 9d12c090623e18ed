//! Deadlines, due-date moves, phone-contact windows and limitation dates.
//!
//! The rules that say how long a debtor must be given, when a due date on a holiday moves, when a
//! collector may call (Norway) and when a claim becomes time-barred. All of them are pure date
//! arithmetic over the calendars in [`super::calendar`].
//!
//! Presumed receipt (SE): no statute fixes it, so Purr assumes a posted letter arrives on the
//! second bank day after sending (the postal service's two-day delivery) and an electronic letter
//! on the sending day, or the next bank day if it was sent on a day banks are closed. The SE
//! demand deadline is then the later of 8 days after sending and 4 bank days after receipt.
//!
//! Norway's 14-day deadlines are counted in calendar days and end on the same weekday two weeks
//! later even when that is a holiday (inkassoloven §§ 9 and 10 as the regulator reads them).

use super::calendar::{DayKind, add_bank_days_n, date_of, day_number, is_bank_day_n, is_business_day_n, kind_of_day};
use super::reason::{self, Reason, Value, reason};
use super::{Collect, LawError, Sink};
use crate::ledger::FeeKind;
use crate::party::{DebtorKind, Jurisdiction};
use jiff::ToSpan;
use jiff::civil::{Date, DateTime};
use serde::Serialize;

fn day_label(kind: DayKind) -> &'static str {
    match kind {
        DayKind::Weekend => "weekend day",
        DayKind::PublicHoliday(name) | DayKind::BankClosure(name) => name.english(),
        DayKind::BankDay => "bank day",
    }
}

/// Moves a due day off days on which payment cannot be required (as day numbers).
pub(crate) fn effective_due_day<S: Sink>(jurisdiction: Jurisdiction, due: i32, sink: &mut S) -> i32 {
    let mut d = due;
    match jurisdiction {
        // skuldebrevslagen 5 §: Sundays, holidays, Saturdays, Midsummer Eve, Christmas Eve and New
        // Year's Eve move payment to the next weekday, which is exactly the next SE bank day.
        Jurisdiction::SE => {
            while !is_bank_day_n(jurisdiction, d) {
                d += 1;
            }
        }
        // Norway: Saturdays, Sundays, public holidays, 1 and 17 May move the due date to the next
        // business day; Christmas Eve and New Year's Eve are not in that list.
        Jurisdiction::NO => {
            while !is_business_day_n(jurisdiction, d) {
                d += 1;
            }
        }
    }
    if d != due {
        sink.reason(|| {
            let rule = match jurisdiction {
                Jurisdiction::SE => reason::SE_DUE_MOVED,
                Jurisdiction::NO => reason::NO_DUE_MOVED,
            };
            reason!(rule, due = Value::day(due), day = day_label(kind_of_day(jurisdiction, due)), moved = Value::day(d))
        });
    }
    d
}

/// [`effective_due_day`] for a date, with a fast path for the common case of a due date that
/// needs no moving.
#[inline]
pub(crate) fn effective_due_day_of<S: Sink>(jurisdiction: Jurisdiction, due: Date, sink: &mut S) -> i32 {
    let day = day_number(due);
    let stays = match jurisdiction {
        Jurisdiction::SE => is_bank_day_n(jurisdiction, day),
        Jurisdiction::NO => is_business_day_n(jurisdiction, day),
    };
    if stays {
        return day;
    }
    effective_due_day(jurisdiction, day, sink)
}

/// A due date after moving it off a weekend or holiday.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DueDate {
    pub date: Date,
    pub moved: bool,
    pub reasons: Vec<Reason>,
}

/// The day payment can actually be required when the agreed due date is `due`.
pub fn effective_due_date(jurisdiction: Jurisdiction, due: Date) -> DueDate {
    let mut sink = Collect::default();
    let d = effective_due_day(jurisdiction, day_number(due), &mut sink);
    DueDate { date: date_of(d), moved: d != day_number(due), reasons: sink.reasons }
}

/// How a letter reaches the debtor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    #[default]
    Post,
    Electronic,
}

/// The day a letter is presumed received (see the module note; used for SE deadlines).
pub fn presumed_receipt(jurisdiction: Jurisdiction, sent: Date, delivery: Delivery) -> Date {
    date_of(receipt_day(jurisdiction, day_number(sent), delivery))
}

fn receipt_day(jurisdiction: Jurisdiction, sent: i32, delivery: Delivery) -> i32 {
    match delivery {
        Delivery::Post => add_bank_days_n(jurisdiction, sent, 2),
        Delivery::Electronic => {
            let mut d = sent;
            while !is_bank_day_n(jurisdiction, d) {
                d += 1;
            }
            d
        }
    }
}

/// The earliest day a letter's payment deadline may fall on, with the reasons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    pub step: FeeKind,
    pub earliest_deadline: Date,
    /// The day after the deadline: when the next step may be taken if the debtor has not paid.
    pub next_step_from: Date,
    pub reasons: Vec<Reason>,
}

/// Maps a step to the one the jurisdiction uses (SE payment demand = inkassokrav, NO collection
/// demand = betalingsoppfordring) and refuses steps that do not exist there.
pub(crate) fn normalise_step(jurisdiction: Jurisdiction, step: FeeKind) -> Result<FeeKind, LawError> {
    match (jurisdiction, step) {
        (Jurisdiction::SE, FeeKind::PaymentDemand) => Ok(FeeKind::CollectionDemand),
        (Jurisdiction::NO, FeeKind::CollectionDemand) => Ok(FeeKind::PaymentDemand),
        (Jurisdiction::SE, FeeKind::CollectionWarning) => Err(LawError::StepNotInJurisdiction { step, jurisdiction }),
        _ => Ok(step),
    }
}

/// The first day the deadline of a letter sent on `sent` may fall on.
///
/// Steps: reminder, collection warning (NO only), collection demand / payment demand. Other fee
/// kinds have no deadline and are refused with [`LawError::StepNotInJurisdiction`].
pub fn earliest_deadline(
    jurisdiction: Jurisdiction,
    step: FeeKind,
    sent: Date,
    delivery: Delivery,
) -> Result<Deadline, LawError> {
    let mut sink = Collect::default();
    let (used, deadline) = earliest_deadline_day(jurisdiction, step, sent, delivery, &mut sink)?;
    Ok(Deadline {
        step: used,
        earliest_deadline: date_of(deadline),
        next_step_from: date_of(deadline + 1),
        reasons: sink.reasons,
    })
}

/// The step as the jurisdiction names it and the day number of [`earliest_deadline`], its
/// reasons told to `sink` (the dunning engine asks with [`super::Quiet`] and builds none).
pub(crate) fn earliest_deadline_day<S: Sink>(
    jurisdiction: Jurisdiction,
    step: FeeKind,
    sent: Date,
    delivery: Delivery,
    sink: &mut S,
) -> Result<(FeeKind, i32), LawError> {
    let used = normalise_step(jurisdiction, step)?;
    if used != step {
        sink.reason(|| {
            reason!(reason::STEP_NORMALISED, given = step.label(), used = used.label(), jurisdiction = jurisdiction)
        });
    }
    let s = day_number(sent);
    let deadline = match (jurisdiction, used) {
        (Jurisdiction::SE, FeeKind::CollectionDemand | FeeKind::Reminder) => {
            let receipt = receipt_day(jurisdiction, s, delivery);
            let eight = s + 8;
            let four = add_bank_days_n(jurisdiction, receipt, 4);
            let deadline = eight.max(four);
            sink.reason(|| {
                reason!(
                    reason::SE_RECEIPT,
                    receipt = Value::day(receipt),
                    delivery = match delivery {
                        Delivery::Post => "post: second bank day after sending",
                        Delivery::Electronic => "electronic: the sending day or the next bank day",
                    }
                )
            });
            sink.reason(|| {
                reason!(
                    reason::SE_DEADLINE_DEMAND,
                    sent = sent,
                    eight_days = Value::day(eight),
                    receipt = Value::day(receipt),
                    four_bank_days = Value::day(four),
                    deadline = Value::day(deadline)
                )
            });
            if used == FeeKind::Reminder {
                sink.reason(|| reason!(reason::SE_DEADLINE_REMINDER, deadline = Value::day(deadline)));
            }
            deadline
        }
        (Jurisdiction::NO, FeeKind::Reminder | FeeKind::CollectionWarning | FeeKind::PaymentDemand) => {
            let deadline = s + 14;
            sink.reason(|| reason!(reason::NO_DEADLINE_14, sent = sent, deadline = Value::day(deadline)));
            if used == FeeKind::Reminder {
                sink.reason(|| reason!(reason::NO_DEADLINE_REMINDER, deadline = Value::day(deadline)));
            }
            deadline
        }
        _ => return Err(LawError::StepNotInJurisdiction { step, jurisdiction }),
    };
    let next = deadline + 1;
    sink.reason(|| reason!(reason::NEXT_STEP, deadline = Value::day(deadline), next = Value::day(next)));
    Ok((used, deadline))
}

/// NO: the first day the heavy salær rate applies, more than 28 days after the payment-demand
/// deadline (example W11: deadline 2025-04-01, heavy from 2025-04-30).
pub fn heavy_agency_fee_from(payment_demand_deadline: Date) -> Date {
    date_of(day_number(payment_demand_deadline) + 29)
}

/// The reason for [`heavy_agency_fee_from`].
pub fn heavy_agency_fee_reason(payment_demand_deadline: Date) -> Reason {
    reason!(
        reason::NO_HEAVY_FROM,
        deadline = payment_demand_deadline,
        heavy_from = heavy_agency_fee_from(payment_demand_deadline)
    )
}

/// NO call caps (good collection practice as the regulator applies it, secondary source).
pub const NO_CALLS_PER_DAY: usize = 1;
pub const NO_CALLS_PER_WEEK: usize = 5;
pub const NO_CALLS_PER_MONTH: usize = 15;

/// Whether a phone call may be made now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContactDecision {
    pub allowed: bool,
    pub reasons: Vec<Reason>,
}

/// May a collector call at `at` (local time of the debtor), given earlier calls on this claim?
///
/// NO: Monday–Friday 08:00–21:00, Saturday 09:00–15:00 (the stricter of two readings), never on
/// Sundays or public holidays; at most one call a day, five a calendar (ISO) week and fifteen a
/// calendar month. SE: no such rule was found, so a call is allowed and the reason says so.
pub fn phone_contact(jurisdiction: Jurisdiction, at: DateTime, earlier_calls: &[DateTime]) -> ContactDecision {
    if jurisdiction == Jurisdiction::SE {
        return ContactDecision { allowed: true, reasons: vec![Reason::new(reason::SE_CONTACT_NO_RULE)] };
    }
    let date = at.date();
    let day = day_number(date);
    let at_text = at.strftime("%Y-%m-%d %H:%M").to_string();
    let kind = kind_of_day(jurisdiction, day);
    let weekday = super::calendar::weekday_index(day);
    if let DayKind::PublicHoliday(name) = kind {
        let r = reason!(reason::NO_CONTACT_CLOSED_DAY, at = &at_text, day = name.english());
        return ContactDecision { allowed: false, reasons: vec![r] };
    }
    if weekday == 6 {
        let r = reason!(reason::NO_CONTACT_CLOSED_DAY, at = &at_text, day = "Sunday");
        return ContactDecision { allowed: false, reasons: vec![r] };
    }
    let minutes = i32::from(at.hour()) * 60 + i32::from(at.minute());
    let (open, close, window) =
        if weekday == 5 { (9 * 60, 15 * 60, "Saturday 09–15") } else { (8 * 60, 21 * 60, "weekdays 08–21") };
    // The closing hour is exclusive: a call must start before 21:00 (15:00 on Saturdays).
    if minutes < open || minutes >= close {
        let r = reason!(reason::NO_CONTACT_HOURS, at = &at_text, window = window);
        return ContactDecision { allowed: false, reasons: vec![r] };
    }
    let week = date.iso_week_date();
    let day_calls = earlier_calls.iter().filter(|c| c.date() == date).count();
    let week_calls = earlier_calls
        .iter()
        .filter(|c| {
            let w = c.date().iso_week_date();
            w.year() == week.year() && w.week() == week.week()
        })
        .count();
    let month_calls =
        earlier_calls.iter().filter(|c| c.date().year() == date.year() && c.date().month() == date.month()).count();
    for (count, cap, per) in [
        (day_calls, NO_CALLS_PER_DAY, "day"),
        (week_calls, NO_CALLS_PER_WEEK, "week"),
        (month_calls, NO_CALLS_PER_MONTH, "month"),
    ] {
        if count >= cap {
            let r = reason!(reason::NO_CONTACT_CAP, cap = cap, per = per, count = count);
            return ContactDecision { allowed: false, reasons: vec![r] };
        }
    }
    let r = reason!(
        reason::NO_CONTACT_WINDOW,
        at = &at_text,
        day_calls = day_calls,
        week_calls = week_calls,
        month_calls = month_calls
    );
    ContactDecision { allowed: true, reasons: vec![r] }
}

/// What happened that may interrupt limitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InterruptionKind {
    /// A written demand or reminder received by the debtor (interrupts in SE, not in NO).
    WrittenDemand,
    /// The debtor acknowledged the debt, e.g. by paying part of it or agreeing a plan.
    Acknowledgement,
    /// A legal step: an application to Kronofogden, Forliksrådet, a court or enforcement.
    LegalStep,
}

impl InterruptionKind {
    fn label(self) -> &'static str {
        match self {
            InterruptionKind::WrittenDemand => "written demand",
            InterruptionKind::Acknowledgement => "acknowledgement",
            InterruptionKind::LegalStep => "legal step",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Interruption {
    pub on: Date,
    pub kind: InterruptionKind,
}

/// When a claim becomes time-barred.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Limitation {
    /// The first day the claim is time-barred; act (interrupt) before it.
    pub barred_from: Date,
    pub years: i16,
    pub reasons: Vec<Reason>,
}

/// Limitation of a claim.
///
/// SE (preskriptionslagen, secondary sources): 10 years from when the claim arose (`arose`), 3 years
/// for a business's claim on a consumer; a written demand, an acknowledgement or a legal step
/// starts a new period of the same length. NO (foreldelsesloven): 3 years from when payment could
/// be demanded (`due`); only acknowledgement or legal steps interrupt, letters do not. A legal step
/// is treated as starting a new period from its date, which is a simplification: in Norway the
/// period is suspended while the case runs. Dates landing on 29 February in a common year move to
/// 28 February.
pub fn limitation(
    jurisdiction: Jurisdiction,
    debtor: DebtorKind,
    arose: Date,
    due: Date,
    interruptions: &[Interruption],
) -> Limitation {
    let mut reasons = Vec::new();
    let (years, mut start, basis) = match jurisdiction {
        Jurisdiction::SE => {
            let years = if debtor == DebtorKind::Consumer { 3 } else { 10 };
            let basis = if debtor == DebtorKind::Consumer { "business claim on a consumer" } else { "general rule" };
            (years, arose, basis)
        }
        Jurisdiction::NO => (3, due, "payment could be demanded"),
    };
    let mut ordered: Vec<Interruption> = interruptions.to_vec();
    ordered.sort_by_key(|i| i.on);
    for i in ordered {
        if i.on < start {
            continue;
        }
        match (jurisdiction, i.kind) {
            (Jurisdiction::NO, InterruptionKind::WrittenDemand) => {
                reasons.push(reason!(reason::NO_LIMITATION_LETTER, on = i.on));
            }
            (Jurisdiction::SE, _) => {
                if i.on < add_years(start, years) {
                    start = i.on;
                    reasons.push(reason!(
                        reason::SE_LIMITATION_INTERRUPTED,
                        on = i.on,
                        kind = i.kind.label(),
                        years = years
                    ));
                }
            }
            (Jurisdiction::NO, _) => {
                if i.on < add_years(start, years) {
                    start = i.on;
                    reasons.push(reason!(reason::NO_LIMITATION_INTERRUPTED, on = i.on, kind = i.kind.label()));
                }
            }
        }
    }
    let barred_from = add_years(start, years);
    let main = match jurisdiction {
        Jurisdiction::SE => {
            reason!(reason::SE_LIMITATION, years = years, start = start, basis = basis, expires = barred_from)
        }
        Jurisdiction::NO => reason!(reason::NO_LIMITATION, start = start, expires = barred_from),
    };
    reasons.insert(0, main);
    Limitation { barred_from, years, reasons }
}

fn add_years(date: Date, years: i16) -> Date {
    date.checked_add(i64::from(years).years()).unwrap_or(date)
}
