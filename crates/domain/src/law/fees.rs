//! Collection fees: what a creditor may charge for each step, and why.
//!
//! Sweden (lag 1981:739 and its ordinance): a reminder fee only if agreed when the debt arose, a
//! collection-demand fee, an instalment-plan fee and a per-instalment notice fee (industry
//! practice), each once per claim except the notice fee; a business debtor instead owes the fixed
//! late-payment compensation, which replaces the others.
//!
//! Norway (inkassoforskriften ch. 1 and 2, forsinkelsesrenteloven § 3a): reminder and collection
//! warning at 1/20 and the creditor's own payment demand at 3/20 of the inkassosats in force on
//! the sending day, with the 14-day rules and the per-claim maximum (2 reminders + 1 demand, or 1
//! reminder + 1 warning + 1 demand); the agency fee (salær) by principal bracket, light or heavy,
//! times 1.5 for business debtors, on the combined principal when claims are merged; and the B2B
//! standard compensation, reduced by reminder fees already charged and deducted from later salær.
//!
//! A step the law does not let the creditor charge for still gets a result: fee 0, `allowed:
//! false` and the reason, because sending the letter may be fine even when charging is not.
//! Amounts are integers in minor units; the NO rounding unit is itself a dated table (øre until
//! 2025, whole kroner from 2026).

use super::calendar::day_number;
use super::deadlines::{effective_due_day, normalise_step};
use super::reason::{self, Reason, Value, reason};
use super::tables::{Compiled, RateUnknown, TableId};
use super::{Collect, LawError, LawTables, Sink};
use crate::ledger::FeeKind;
use crate::money::{Currency, Money};
use crate::party::{DebtorKind, Jurisdiction};
use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::Serialize;

/// What has already happened on a claim, as far as the fee rules care.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct ClaimHistory {
    /// SE: a reminder fee was agreed when the debt arose.
    pub reminder_fee_agreed: bool,
    /// Reminders sent before this step, charged or not.
    pub reminders_sent: u8,
    /// Reminders for which a fee was charged.
    pub reminders_charged: u8,
    /// NO: an inkassovarsel was sent before this step.
    pub warning_sent: bool,
    pub warning_charged: bool,
    /// An SE inkassokrav or NO betalingsoppfordring was sent before this step.
    pub demand_sent: bool,
    pub demand_charged: bool,
    /// NO: the latest earlier reminder or warning gave at least 14 days and that deadline passed
    /// without payment before this step was sent.
    pub previous_deadline_missed: bool,
    /// NO: the deadline in the payment demand (§ 10), for the agency fee and its heavy rate.
    pub payment_demand_deadline: Option<Date>,
    /// SE: an instalment plan was agreed (needed for notice fees).
    pub instalment_plan_agreed: bool,
    pub instalment_plan_charged: bool,
    /// Late-payment compensation already charged, minor units (0 if none).
    pub late_compensation_charged_minor: i64,
    /// Reminder fees already charged, minor units (the NO B2B compensation is reduced by them).
    pub reminder_fees_charged_minor: i64,
}

/// One fee question: may the creditor charge for this step, sent on this day, and how much?
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeeRequest {
    pub jurisdiction: Jurisdiction,
    pub debtor: DebtorKind,
    pub step: FeeKind,
    pub principal: Money,
    /// The agreed due date; it is moved off weekends and holidays before the rules apply.
    pub due: Date,
    pub sent: Date,
    pub history: ClaimHistory,
}

/// The answer: the fee (0 when not allowed), whether charging is allowed, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FeeResult {
    /// The step as the jurisdiction names it (an SE payment demand is a collection demand).
    pub step: FeeKind,
    pub fee: Money,
    pub allowed: bool,
    pub reasons: Vec<Reason>,
}

/// The fee currency of a jurisdiction: statutory fees are set in the local currency.
pub fn fee_currency(jurisdiction: Jurisdiction) -> Currency {
    match jurisdiction {
        Jurisdiction::SE => Currency::SEK,
        Jurisdiction::NO => Currency::NOK,
    }
}

/// Day-number form of a request, used by the core rules.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FeeQuery {
    pub(crate) jurisdiction: Jurisdiction,
    pub(crate) debtor: DebtorKind,
    pub(crate) step: FeeKind,
    pub(crate) principal_minor: i64,
    pub(crate) due: i32,
    pub(crate) sent: i32,
    pub(crate) history: ClaimHistory,
}

/// The outcome of the core rules: normalised step, fee in minor units, allowed.
pub(crate) type Outcome = (FeeKind, i64, bool);

fn money(jurisdiction: Jurisdiction, minor: i64) -> Money {
    Money::from_minor(minor, fee_currency(jurisdiction))
}

/// `num / den` rounded half up to a multiple of `unit` (`den`, `unit` > 0); `None` on overflow.
/// Fees are never negative, so the usual case divides unsigned, which is cheaper; a negative
/// numerator takes the floor division it always had.
#[inline]
fn round_half_up_to(num: i64, den: i64, unit: i64) -> Option<i64> {
    let wide_den = den.checked_mul(unit)?;
    let n = num.checked_mul(2)?.checked_add(wide_den)?;
    let d = 2 * wide_den;
    let q = if n >= 0 && d > 0 { ((n as u64) / (d as u64)) as i64 } else { n.div_euclid(d) };
    q.checked_mul(unit)
}

/// `num / den` minor units rounded half-up to `unit`, the NO rounding unit in force on the day
/// (or why it is unknown there).
#[inline]
fn no_round<S: Sink>(unit: Result<i64, RateUnknown>, num: i64, den: i32, sink: &mut S) -> Result<i64, LawError> {
    let unit = unit?;
    let amount = round_half_up_to(num, i64::from(den), unit).ok_or(LawError::Overflow)?;
    if amount.checked_mul(i64::from(den)) != Some(num) {
        sink.reason(|| {
            // Both are exact decimals, written out only if the reason is read.
            reason!(
                reason::NO_FEE_ROUNDED,
                exact = Value::exact(num, den, Some(Currency::NOK)),
                unit = Value::exact(unit, 1, None),
                amount = money(Jurisdiction::NO, amount),
            )
        });
    }
    Ok(amount)
}

fn deny<S: Sink>(step: FeeKind, sink: &mut S, make: impl FnOnce() -> Reason) -> Result<Outcome, LawError> {
    sink.reason(make);
    Ok((step, 0, false))
}

/// The fee rules for one step. Generic over the sink so the benchmarked path builds no reasons.
/// `q.due` must already be the effective due date (moved off weekends and holidays).
pub(crate) fn fee_core<S: Sink>(c: &Compiled, q: &FeeQuery, sink: &mut S) -> Result<Outcome, LawError> {
    let j = q.jurisdiction;
    let step = match normalise_step(j, q.step) {
        Ok(step) => step,
        Err(_) => {
            return deny(q.step, sink, || {
                reason!(reason::FEE_NOT_IN_JURISDICTION, step = q.step.label(), jurisdiction = j)
            });
        }
    };
    if step != q.step {
        sink.reason(|| reason!(reason::STEP_NORMALISED, given = q.step.label(), used = step.label(), jurisdiction = j));
    }
    let due = q.due;
    match j {
        Jurisdiction::SE => se_fee(c, q, step, due, sink),
        Jurisdiction::NO => no_fee(c, q, step, due, sink),
    }
}

fn se_fee<S: Sink>(c: &Compiled, q: &FeeQuery, step: FeeKind, due: i32, sink: &mut S) -> Result<Outcome, LawError> {
    let h = &q.history;
    let j = Jurisdiction::SE;
    if step == FeeKind::AgencyFee {
        return deny(step, sink, || reason!(reason::FEE_NOT_IN_JURISDICTION, step = step.label(), jurisdiction = j));
    }
    // Every SE fee is for a step taken after the due date; notices follow an agreed plan instead.
    if q.sent <= due && step != FeeKind::InstalmentNotice {
        return deny(step, sink, || reason!(reason::FEE_BEFORE_DUE, sent = Value::day(q.sent), due = Value::day(due)));
    }
    let already = |sink: &mut S| deny(step, sink, || reason!(reason::SE_FEE_ALREADY, step = step.label()));
    let charge = |table: TableId, rule, sink: &mut S| -> Result<Outcome, LawError> {
        let amount = c.value(table, q.sent)?;
        sink.reason(|| reason!(rule, amount = money(j, amount)));
        Ok((step, amount, true))
    };
    match (q.debtor, step) {
        (DebtorKind::Business, FeeKind::LateCompensation) => {
            if h.late_compensation_charged_minor > 0 {
                return already(sink);
            }
            charge(TableId::SeLateCompensation, reason::SE_FEE_COMPENSATION, sink)
        }
        (DebtorKind::Business, _) => {
            let compensation = c.value(TableId::SeLateCompensation, q.sent)?;
            deny(step, sink, || {
                reason!(reason::SE_FEE_B2B_INSTEAD, step = step.label(), compensation = money(j, compensation))
            })
        }
        (DebtorKind::Consumer, FeeKind::LateCompensation) => {
            deny(step, sink, || Reason::new(reason::SE_FEE_COMPENSATION_CONSUMER))
        }
        (DebtorKind::Consumer, FeeKind::Reminder) => {
            if !h.reminder_fee_agreed {
                return deny(step, sink, || Reason::new(reason::SE_FEE_REMINDER_NOT_AGREED));
            }
            if h.reminders_charged > 0 {
                return already(sink);
            }
            charge(TableId::SeReminderFee, reason::SE_FEE_REMINDER, sink)
        }
        (DebtorKind::Consumer, FeeKind::CollectionDemand) => {
            if h.demand_charged {
                return already(sink);
            }
            charge(TableId::SeCollectionDemandFee, reason::SE_FEE_DEMAND, sink)
        }
        (DebtorKind::Consumer, FeeKind::InstalmentPlan) => {
            if h.instalment_plan_charged {
                return already(sink);
            }
            charge(TableId::SeInstalmentPlanFee, reason::SE_FEE_PLAN, sink)
        }
        (DebtorKind::Consumer, FeeKind::InstalmentNotice) => {
            if !h.instalment_plan_agreed {
                return deny(step, sink, || Reason::new(reason::SE_FEE_NOTICE_NO_PLAN));
            }
            charge(TableId::SeInstalmentNoticeFee, reason::SE_FEE_NOTICE, sink)
        }
        (DebtorKind::Consumer, _) => {
            deny(step, sink, || reason!(reason::FEE_NOT_IN_JURISDICTION, step = step.label(), jurisdiction = j))
        }
    }
}

fn no_fee<S: Sink>(c: &Compiled, q: &FeeQuery, step: FeeKind, due: i32, sink: &mut S) -> Result<Outcome, LawError> {
    let h = &q.history;
    let j = Jurisdiction::NO;
    let earlier_letter = h.reminders_sent > 0 || h.warning_sent;
    let too_early = |sink: &mut S| {
        deny(step, sink, || {
            reason!(
                reason::NO_FEE_TOO_EARLY,
                sent = Value::day(q.sent),
                due = Value::day(due),
                earliest = Value::day(due + 14)
            )
        })
    };
    // A fraction (numerator/20) of the inkassosats in force on the sending day.
    let fraction = |twentieths: i64, rule, sink: &mut S| -> Result<Outcome, LawError> {
        let (sats, unit) = c.no_sats_unit(q.sent)?;
        let num = sats.checked_mul(twentieths).ok_or(LawError::Overflow)?;
        let amount = no_round(unit, num, 20, sink)?;
        sink.reason(|| reason!(rule, amount = money(j, amount), sats = money(j, sats), sent = Value::day(q.sent)));
        Ok((step, amount, true))
    };
    match step {
        FeeKind::Reminder => {
            if q.sent < due + 14 {
                return too_early(sink);
            }
            if h.demand_sent {
                return deny(step, sink, || Reason::new(reason::NO_FEE_AFTER_DEMAND));
            }
            if h.reminders_charged >= 2 || (h.warning_charged && h.reminders_charged >= 1) {
                return deny(step, sink, || Reason::new(reason::NO_FEE_MAX_REACHED));
            }
            if earlier_letter && !h.previous_deadline_missed {
                return deny(step, sink, || Reason::new(reason::NO_FEE_DEADLINE_NOT_MISSED));
            }
            fraction(1, reason::NO_FEE_REMINDER, sink)
        }
        FeeKind::CollectionWarning => {
            if q.sent < due + 14 {
                return too_early(sink);
            }
            if h.demand_sent {
                return deny(step, sink, || Reason::new(reason::NO_FEE_AFTER_DEMAND));
            }
            if h.warning_charged {
                return deny(step, sink, || reason!(reason::NO_FEE_ALREADY, step = step.label()));
            }
            if h.reminders_charged >= 2 {
                return deny(step, sink, || Reason::new(reason::NO_FEE_MAX_REACHED));
            }
            if earlier_letter && !h.previous_deadline_missed {
                return deny(step, sink, || Reason::new(reason::NO_FEE_DEADLINE_NOT_MISSED));
            }
            fraction(1, reason::NO_FEE_WARNING, sink)
        }
        FeeKind::PaymentDemand => {
            if h.demand_charged {
                return deny(step, sink, || reason!(reason::NO_FEE_ALREADY, step = step.label()));
            }
            if !earlier_letter {
                return deny(step, sink, || Reason::new(reason::NO_FEE_DEMAND_NO_PRIOR));
            }
            if !h.previous_deadline_missed {
                return deny(step, sink, || Reason::new(reason::NO_FEE_DEADLINE_NOT_MISSED));
            }
            fraction(3, reason::NO_FEE_DEMAND, sink)
        }
        FeeKind::LateCompensation => {
            if q.debtor == DebtorKind::Consumer {
                return deny(step, sink, || Reason::new(reason::NO_FEE_COMPENSATION_CONSUMER));
            }
            if q.sent <= due {
                return deny(step, sink, || {
                    reason!(reason::NO_FEE_NOT_OVERDUE, sent = Value::day(q.sent), due = Value::day(due))
                });
            }
            if h.late_compensation_charged_minor > 0 {
                return deny(step, sink, || reason!(reason::NO_FEE_ALREADY, step = step.label()));
            }
            // The compensation is the one set for the half-year in which the debtor fell into
            // default, i.e. the first day interest runs.
            let rate = c.value(TableId::NoStandardCompensation, due + 1)?;
            let amount = (rate - h.reminder_fees_charged_minor).max(0);
            sink.reason(|| {
                reason!(
                    reason::NO_FEE_COMPENSATION,
                    rate = money(j, rate),
                    from = Value::day(due + 1),
                    offset = money(j, h.reminder_fees_charged_minor),
                    amount = money(j, amount)
                )
            });
            Ok((step, amount, amount > 0))
        }
        FeeKind::AgencyFee => {
            let Some(deadline) = h.payment_demand_deadline.map(day_number).filter(|&d| q.sent > d) else {
                return deny(step, sink, || Reason::new(reason::NO_FEE_SALAER_NO_DEMAND));
            };
            let heavy = q.sent - deadline > 28;
            let light_or_heavy = salaer(c, q.principal_minor, q.sent, heavy, q.debtor, sink)?;
            let mut amount = light_or_heavy;
            if q.debtor == DebtorKind::Business && h.late_compensation_charged_minor > 0 {
                amount = (amount - h.late_compensation_charged_minor).max(0);
                sink.reason(|| {
                    reason!(
                        reason::NO_FEE_SALAER_OFFSET,
                        offset = money(j, h.late_compensation_charged_minor),
                        amount = money(j, amount)
                    )
                });
            }
            Ok((step, amount, amount > 0))
        }
        FeeKind::InstalmentPlan | FeeKind::InstalmentNotice | FeeKind::CollectionDemand => {
            deny(step, sink, || reason!(reason::FEE_NOT_MODELLED, step = step.label(), jurisdiction = j))
        }
    }
}

/// The NO salær for one principal on one day, before any compensation offset.
pub(crate) fn salaer<S: Sink>(
    c: &Compiled,
    principal_minor: i64,
    day: i32,
    heavy: bool,
    debtor: DebtorKind,
    sink: &mut S,
) -> Result<i64, LawError> {
    let (sats, unit) = c.no_sats_unit(day)?;
    let brackets = c.brackets(day)?;
    let (_, limit, multiple) = brackets.find(principal_minor);
    let business = debtor == DebtorKind::Business;
    // Business debtors pay 1.5 times the consumer rate: multiply by 3, divide by 2.
    let num = sats
        .checked_mul(multiple)
        .and_then(|n| n.checked_mul(if heavy { 2 } else { 1 }))
        .and_then(|n| n.checked_mul(if business { 3 } else { 1 }))
        .ok_or(LawError::Overflow)?;
    let den = 100 * if business { 2 } else { 1 };
    let amount = no_round(unit, num, den, sink)?;
    sink.reason(|| {
        let j = Jurisdiction::NO;
        reason!(
            reason::NO_FEE_SALAER,
            amount = money(j, amount),
            principal = money(j, principal_minor),
            bracket = if limit == i64::MAX { Value::from("any amount") } else { Value::from(money(j, limit)) },
            multiple = Decimal::new(multiple, 2),
            sats = money(j, sats),
            rate_kind = if heavy { "heavy" } else { "light" },
            b2b = if business { ", × 1.5 for a business debtor" } else { "" }
        )
    });
    Ok(amount)
}

fn query(req: &FeeRequest) -> FeeQuery {
    FeeQuery {
        jurisdiction: req.jurisdiction,
        debtor: req.debtor,
        step: req.step,
        principal_minor: req.principal.minor(),
        due: day_number(req.due),
        sent: day_number(req.sent),
        history: req.history,
    }
}

/// The fee for one step with its reasons.
pub fn fee(tables: &LawTables, req: &FeeRequest) -> Result<FeeResult, LawError> {
    if req.principal.is_negative() {
        return Err(LawError::NegativePrincipal(req.principal));
    }
    let mut sink = Collect::default();
    let mut q = query(req);
    q.due = effective_due_day(req.jurisdiction, q.due, &mut sink);
    let (step, minor, allowed) = fee_core(&tables.compiled, &q, &mut sink)?;
    Ok(FeeResult { step, fee: money(req.jurisdiction, minor), allowed, reasons: sink.reasons })
}

/// The NO agency fee (salær) for one principal, light or heavy, before offsets.
pub fn agency_fee(
    tables: &LawTables,
    principal: Money,
    on: Date,
    heavy: bool,
    debtor: DebtorKind,
) -> Result<(Money, Vec<Reason>), LawError> {
    let mut sink = Collect::default();
    let amount = salaer(&tables.compiled, principal.minor(), day_number(on), heavy, debtor, &mut sink)?;
    Ok((money(Jurisdiction::NO, amount), sink.reasons))
}

/// The agency fee for claims of one creditor against one debtor handled as one case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MergedAgencyFee {
    pub combined_principal: Money,
    /// The salær on the combined principal (the merging rule).
    pub combined: Money,
    /// The salær each claim would carry on its own.
    pub separate: Vec<Money>,
    pub separate_total: Money,
    /// What may be charged: the combined salær, but never more than the separate total.
    pub fee: Money,
    pub reasons: Vec<Reason>,
}

/// NO merging (Finanstilsynet circular 1/2018): salær on the combined principal.
///
/// The bracket table is not subadditive everywhere (two claims of 25 001 NOK pay 1.60 × sats each
/// separately, but 3.60 × sats merged), so the merged fee is capped at the separate total: merging
/// exists to protect the debtor and must never cost more than separate cases would.
pub fn merged_agency_fee(
    tables: &LawTables,
    principals: &[Money],
    on: Date,
    heavy: bool,
    debtor: DebtorKind,
) -> Result<MergedAgencyFee, LawError> {
    let c = &tables.compiled;
    let day = day_number(on);
    let mut combined_minor: i64 = 0;
    let mut separate = Vec::with_capacity(principals.len());
    let mut separate_total: i64 = 0;
    let mut quiet = super::Quiet;
    for p in principals {
        if p.is_negative() {
            return Err(LawError::NegativePrincipal(*p));
        }
        combined_minor = combined_minor.checked_add(p.minor()).ok_or(LawError::Overflow)?;
        let s = salaer(c, p.minor(), day, heavy, debtor, &mut quiet)?;
        separate_total = separate_total.checked_add(s).ok_or(LawError::Overflow)?;
        separate.push(money(Jurisdiction::NO, s));
    }
    let mut sink = Collect::default();
    let combined = salaer(c, combined_minor, day, heavy, debtor, &mut sink)?;
    let fee = combined.min(separate_total);
    let j = Jurisdiction::NO;
    sink.reasons.push(reason!(
        reason::NO_FEE_SALAER_MERGED,
        claims = principals.len(),
        principal = money(j, combined_minor),
        combined = money(j, combined),
        separate = money(j, separate_total),
        amount = money(j, fee)
    ));
    Ok(MergedAgencyFee {
        combined_principal: money(j, combined_minor),
        combined: money(j, combined),
        separate,
        separate_total: money(j, separate_total),
        fee: money(j, fee),
        reasons: sink.reasons,
    })
}

/// One letter already sent on a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SentStep {
    pub step: FeeKind,
    pub sent: Date,
    /// The payment deadline the letter gave, if any.
    pub deadline: Option<Date>,
}

/// The facts of one claim that the law engine needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimFacts {
    pub jurisdiction: Jurisdiction,
    pub debtor: DebtorKind,
    pub principal: Money,
    /// The agreed due date (moved off holidays by the engine).
    pub due: Date,
    pub reminder_fee_agreed: bool,
    pub instalment_plan_agreed: bool,
    pub contract_rate: Option<super::interest::ContractRate>,
}

/// Walks the letters in order, deriving each step's history from the ones before it, and reports
/// each step's outcome to `emit`. Steps sent after `on` are ignored. `effective_due` is the due
/// day already moved off holidays, when the caller has it.
pub(crate) fn walk_steps<S: Sink>(
    c: &Compiled,
    claim: &ClaimFacts,
    steps: &[SentStep],
    on: i32,
    effective_due: Option<i32>,
    sink: &mut S,
    mut emit: impl FnMut(&SentStep, Outcome, &mut S),
) -> Result<(), LawError> {
    let h = ClaimHistory {
        reminder_fee_agreed: claim.reminder_fee_agreed,
        instalment_plan_agreed: claim.instalment_plan_agreed,
        ..ClaimHistory::default()
    };
    // The latest reminder or warning: (sent, deadline).
    let mut last_letter: Option<(i32, Option<i32>)> = None;
    // The due date moves once per claim; in explained mode its reason goes with the first letter.
    let due = match effective_due {
        Some(due) => due,
        None => effective_due_day(claim.jurisdiction, day_number(claim.due), sink),
    };
    // One query, updated in place: the history is carried in it from step to step.
    let mut q = FeeQuery {
        jurisdiction: claim.jurisdiction,
        debtor: claim.debtor,
        step: FeeKind::Reminder,
        principal_minor: claim.principal.minor(),
        due,
        sent: 0,
        history: h,
    };
    for s in steps {
        let sent = day_number(s.sent);
        if sent > on {
            continue;
        }
        q.history.previous_deadline_missed = match last_letter {
            Some((letter_sent, Some(deadline))) => deadline - letter_sent >= 14 && sent > deadline,
            _ => false,
        };
        q.step = s.step;
        q.sent = sent;
        let outcome = fee_core(c, &q, sink)?;
        let h = &mut q.history;
        let (step, fee, allowed) = outcome;
        let charged = allowed && fee > 0;
        match step {
            FeeKind::Reminder => {
                h.reminders_sent = h.reminders_sent.saturating_add(1);
                if charged {
                    h.reminders_charged = h.reminders_charged.saturating_add(1);
                    h.reminder_fees_charged_minor += fee;
                }
                last_letter = Some((sent, s.deadline.map(day_number)));
            }
            FeeKind::CollectionWarning => {
                h.warning_sent = true;
                h.warning_charged |= charged;
                last_letter = Some((sent, s.deadline.map(day_number)));
            }
            FeeKind::CollectionDemand | FeeKind::PaymentDemand => {
                h.demand_sent = true;
                h.demand_charged |= charged;
                if s.deadline.is_some() {
                    h.payment_demand_deadline = s.deadline;
                }
            }
            FeeKind::InstalmentPlan => {
                h.instalment_plan_charged |= charged;
                h.instalment_plan_agreed = true;
            }
            FeeKind::LateCompensation => {
                if charged {
                    h.late_compensation_charged_minor += fee;
                }
            }
            FeeKind::InstalmentNotice | FeeKind::AgencyFee => {}
        }
        emit(s, outcome, sink);
    }
    Ok(())
}

/// The fee of every letter sent on a claim up to and including `on`, each with its reasons.
pub fn fees_for_steps(
    tables: &LawTables,
    claim: &ClaimFacts,
    steps: &[SentStep],
    on: Date,
) -> Result<Vec<FeeResult>, LawError> {
    fees_from(tables, claim, steps, on, 0, None)
}

/// [`fees_for_steps`] without the first `skip` results, whose reasons are never built (the
/// dunning engine wants only the letters it adds to the history). `effective_due` is the due day
/// already moved off holidays, when the caller has it.
pub(crate) fn fees_from(
    tables: &LawTables,
    claim: &ClaimFacts,
    steps: &[SentStep],
    on: Date,
    skip: usize,
    effective_due: Option<i32>,
) -> Result<Vec<FeeResult>, LawError> {
    /// Collects reasons only while `keep` is set.
    struct From {
        keep: bool,
        reasons: Vec<Reason>,
    }
    impl Sink for From {
        fn reason(&mut self, make: impl FnOnce() -> Reason) {
            if self.keep {
                // A fee comes with one to three reasons: room for them at once.
                if self.reasons.capacity() == 0 {
                    self.reasons = Vec::with_capacity(3);
                }
                self.reasons.push(make());
            }
        }
        fn period(&mut self, _make: impl FnOnce() -> super::InterestPeriod) {}
    }
    let mut out = Vec::with_capacity(steps.len().saturating_sub(skip));
    let mut seen = 0;
    let mut sink = From { keep: skip == 0, reasons: Vec::new() };
    let on = day_number(on);
    walk_steps(&tables.compiled, claim, steps, on, effective_due, &mut sink, |_, (step, fee, allowed), sink| {
        if seen >= skip {
            out.push(FeeResult {
                step,
                fee: money(claim.jurisdiction, fee),
                allowed,
                reasons: std::mem::take(&mut sink.reasons),
            });
        }
        seen += 1;
        sink.keep = seen >= skip;
    })?;
    Ok(out)
}
