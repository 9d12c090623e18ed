//! [`decide`]: the next step for one claim on one day, or why there is none.

use super::flows::Hold;
use super::reasons as r;
use super::strategy::{RelativeTo, Step, StepKind, Strategy};
use super::{CaseFacts, Decision, FeeLine, InterestLine, OutboundMessage, TakeStep};
use crate::claim::ClaimState;
use crate::law::calendar::{add_bank_days_n, date_of, day_number, is_bank_day_n, next_bank_day_n, plus_days_n};
use crate::law::deadlines::{earliest_deadline_day, effective_due_day_of};
use crate::law::fees::fees_from;
use crate::law::interest::interest_from_due_day;
use crate::law::reason::reason;
use crate::law::{self, Delivery, LawTables, Quiet, Reason, SentStep, Value};
use crate::ledger::FeeKind;
use crate::money::Money;
use crate::party::{Channel, DebtorKind, Jurisdiction};
use jiff::civil::Date;

fn nothing(reason: Reason) -> Decision {
    Decision::Nothing { reason }
}

/// Decides what happens to one claim on `today` under `strategy`.
///
/// In order: closed, disputed, paused or handed-over claims get nothing; so does a claim with
/// nothing owed, or one that already had a step today (this makes a re-run of the same day a
/// no-op). Otherwise the next rung of the ladder is found (a pre-due notice is skipped once the
/// due date has passed), its day is computed (offset from the moved due date or from the previous
/// step, moved to a bank day, never on or before the previous deadline), and if that day has come
/// the step is taken, unless it bears a fee and a payment file for the claim is too recent. The
/// fees are what the law engine allows for the whole history plus this step; a fee the law does
/// not allow is listed with amount 0 and the law's reasons.
///
/// Dates are worked as day numbers (see `law::calendar`) and become dates only in the result.
pub fn decide(facts: &CaseFacts, strategy: &Strategy, tables: &LawTables, today: Date) -> Decision {
    let j = facts.jurisdiction;
    if facts.state.is_closed() {
        return nothing(reason!(r::CLOSED, state = facts.state.code()));
    }
    if facts.disputed || facts.state == ClaimState::Disputed {
        return nothing(Reason::new(r::DISPUTED));
    }
    if facts.flow.paused {
        return nothing(Reason::new(r::CREDITOR_PAUSED));
    }
    match (facts.state, &facts.flow.hold) {
        (
            ClaimState::PromiseToPay | ClaimState::Postponed,
            Some(Hold::Promise { until } | Hold::Postponement { until }),
        ) => {
            return nothing(reason!(r::HELD_UNTIL, state = facts.state.code(), until = *until));
        }
        (ClaimState::PromiseToPay | ClaimState::PaymentPlan | ClaimState::Postponed, _) => {
            return nothing(reason!(r::PAUSED, state = facts.state.code()));
        }
        (ClaimState::HandedOver, _) => return nothing(Reason::new(r::HANDED_OVER)),
        _ => {}
    }
    if strategy.jurisdiction != j || strategy.debtor != facts.debtor_kind {
        return nothing(reason!(
            r::WRONG_STRATEGY,
            strategy = &strategy.name,
            jurisdiction = j,
            debtor = facts.debtor_kind.code()
        ));
    }
    if !facts.outstanding.is_positive() {
        return nothing(Reason::new(r::NOTHING_OWED));
    }
    let last = facts.sent.last();
    if let Some(last) = last
        && last.sent_on >= today
    {
        return nothing(reason!(r::STEPPED_TODAY, date = last.sent_on));
    }

    let due = effective_due_day_of(j, facts.due, &mut Quiet);
    let today_n = day_number(today);
    let mut step_no = last.map_or(0, |s| usize::from(s.step_no) + 1);
    // A pre-due notice makes no sense once the due date has passed: skip it, without recording
    // anything, so the decision stays a function of the facts.
    let mut skipped = 0;
    while let Some(step) = strategy.steps.get(step_no)
        && step.kind == StepKind::PreDueNotice
        && today_n >= due
    {
        skipped += 1;
        step_no += 1;
    }
    let Some(step) = strategy.steps.get(step_no) else {
        return nothing(reason!(r::LADDER_DONE, strategy = &strategy.name));
    };
    let Ok(step_no_u16) = u16::try_from(step_no) else {
        return nothing(reason!(r::LADDER_DONE, strategy = &strategy.name));
    };

    let scheduled = scheduled_day(j, due, step, last.map(|s| (day_number(s.sent_on), s.deadline.map(day_number))));
    if today_n < scheduled {
        return nothing(reason!(r::NOT_YET, step = step.kind.code(), date = Value::day(scheduled)));
    }
    // Letters go out on bank days only; a step due on a weekend or holiday waits for the next.
    if !is_bank_day_n(j, today_n) {
        return nothing(reason!(r::NOT_A_BANK_DAY, date = today, next = Value::day(next_bank_day_n(j, today_n))));
    }

    let fee_bearing = step.fee_requested && step.kind.fee_kind().is_some();
    if fee_bearing && let Some(file) = facts.last_payment_file {
        // The creditor's own window, when it set one, replaces the strategy's.
        let days = facts.flow.payment_grace_bank_days.unwrap_or(strategy.payment_grace_bank_days);
        let until = add_bank_days_n(j, day_number(file), days);
        if today_n <= until {
            return nothing(reason!(r::PAYMENT_GRACE, file = file, until = Value::day(until), days = days));
        }
    }

    // The skipped notices, the step and its deadline.
    let mut reasons = Vec::with_capacity(skipped + 2);
    for _ in 0..skipped {
        reasons.push(reason!(r::PRE_DUE_SKIPPED, due = Value::day(due)));
    }
    reasons.push(reason!(
        r::STEP_TAKEN,
        step_no = step_no,
        step = step.kind.code(),
        strategy = &strategy.name,
        scheduled = Value::day(scheduled),
        date = today,
    ));

    let channel = choose_channel(step, &facts.channels);
    let deadline = match deadline_for(j, step, today, today_n, channel) {
        Ok(deadline) => deadline,
        Err(e) => return nothing(reason!(r::LAW_UNKNOWN, error = e.to_string())),
    };
    if let Some((deadline, earliest)) = deadline {
        reasons.push(reason!(
            r::DEADLINE,
            deadline = Value::day(deadline),
            days = step.deadline_days,
            earliest = Value::day(earliest),
        ));
    }
    let deadline = deadline.map(|(d, _)| date_of(d));

    // The fee letters this step reports to the law engine. A letter counts even when no fee is
    // asked for (the law's history needs it); a business debtor's compensation is asked for once.
    let mut fee_kinds: Vec<FeeKind> = Vec::with_capacity(2);
    fee_kinds.extend(step.kind.fee_kind());
    let compensation_asked = facts.sent.iter().any(|s| s.fee_kinds.contains(&FeeKind::LateCompensation));
    if fee_bearing && facts.debtor_kind == DebtorKind::Business && !compensation_asked {
        fee_kinds.push(FeeKind::LateCompensation);
    }

    let fees = if fee_bearing {
        match fee_lines(facts, tables, today, Some(due), deadline, &fee_kinds) {
            Ok(lines) => lines,
            Err(e) => return nothing(reason!(r::LAW_UNKNOWN, error = e.to_string())),
        }
    } else {
        Vec::new()
    };

    let interest = if strategy.accrue_interest && facts.due_date_agreed && today_n > due {
        match interest_line(facts, tables, today, due) {
            Ok(line) => line,
            Err(e) => return nothing(reason!(r::LAW_UNKNOWN, error = e.to_string())),
        }
    } else {
        None
    };

    Decision::TakeStep(Box::new(TakeStep {
        step_no: step_no_u16,
        kind: step.kind,
        date: today,
        fee_kinds,
        fees,
        interest,
        new_state: step.kind.state_after(),
        message: OutboundMessage {
            step: step.kind,
            channel,
            language: facts.language.clone(),
            template: step.template.clone(),
        },
        deadline,
        reasons,
    }))
}

/// The first day a step may be taken: its offset from the anchor, moved to a bank day, and
/// never on or before the previous step's deadline. Days are day numbers.
fn scheduled_day(j: Jurisdiction, due: i32, step: &Step, previous: Option<(i32, Option<i32>)>) -> i32 {
    let anchor = match (step.relative_to, previous) {
        (RelativeTo::PreviousStep, Some((sent, _))) => sent,
        _ => due,
    };
    let mut day = next_bank_day_n(j, plus_days_n(anchor, step.offset_days));
    if let Some((_, Some(deadline))) = previous {
        let after = plus_days_n(deadline, 1);
        if day < after {
            day = next_bank_day_n(j, after);
        }
    }
    day
}

/// The debtor's channel: the strategy's first preference the debtor accepts, else a letter.
fn choose_channel(step: &Step, debtor: &[Channel]) -> Channel {
    step.channels.iter().copied().find(|c| debtor.contains(c)).unwrap_or(Channel::Letter)
}

/// The payment deadline and the legal earliest (day numbers): the strategy's days, lengthened to
/// the law's minimum for this letter and delivery; in SE moved off non-bank days (NO counts the
/// same weekday two weeks on, even a holiday).
fn deadline_for(
    j: Jurisdiction,
    step: &Step,
    today: Date,
    today_n: i32,
    channel: Channel,
) -> Result<Option<(i32, i32)>, law::LawError> {
    if step.deadline_days == 0 && !step.kind.needs_deadline() {
        return Ok(None);
    }
    let mut deadline = plus_days_n(today_n, i32::from(step.deadline_days));
    let mut earliest = deadline;
    if let Some(fee_kind) = step.kind.fee_kind() {
        let delivery = match channel {
            Channel::Letter => Delivery::Post,
            Channel::Email | Channel::Sms | Channel::Ebox => Delivery::Electronic,
        };
        earliest = earliest_deadline_day(j, fee_kind, today, delivery, &mut Quiet)?.1;
        deadline = deadline.max(earliest);
    }
    if j == Jurisdiction::SE {
        deadline = next_bank_day_n(j, deadline);
    }
    Ok(Some((deadline, earliest)))
}

fn law_claim(facts: &CaseFacts) -> law::ClaimFacts {
    law::ClaimFacts {
        jurisdiction: facts.jurisdiction,
        debtor: facts.debtor_kind,
        principal: facts.principal,
        due: facts.due,
        reminder_fee_agreed: facts.reminder_fee_agreed,
        instalment_plan_agreed: false,
        contract_rate: facts.contract_rate,
    }
}

/// Runs the law engine over the whole history plus this step's fee letters and keeps the
/// outcome of the new ones. `due` is the effective due day (moved off holidays) when the caller
/// has it.
pub(super) fn fee_lines(
    facts: &CaseFacts,
    tables: &LawTables,
    today: Date,
    due: Option<i32>,
    deadline: Option<Date>,
    fee_kinds: &[FeeKind],
) -> Result<Vec<FeeLine>, law::LawError> {
    // The history is short (a few letters): it is laid out on the stack unless it is not.
    const ON_STACK: usize = 8;
    let letter = |step, sent, deadline| SentStep { step, sent, deadline };
    let sent = facts.sent.iter().flat_map(|s| s.fee_kinds.iter().map(|&k| letter(k, s.sent_on, s.deadline)));
    let before = facts.sent.iter().map(|s| s.fee_kinds.len()).sum::<usize>();
    let new = fee_kinds.iter().map(|&k| letter(k, today, deadline));
    let mut on_stack = [letter(FeeKind::Reminder, today, None); ON_STACK];
    let on_heap: Vec<SentStep>;
    let history: &[SentStep] = if before + fee_kinds.len() <= ON_STACK {
        for (slot, step) in on_stack.iter_mut().zip(sent.chain(new)) {
            *slot = step;
        }
        &on_stack[..before + fee_kinds.len()]
    } else {
        on_heap = sent.chain(new).collect();
        &on_heap
    };
    // The law engine explains a moved due date with the first letter's fee: when that letter is
    // this step's and the date moved, it must move the date itself to say so.
    let due = due.filter(|&due| before > 0 || due == day_number(facts.due));
    let results = fees_from(tables, &law_claim(facts), history, today, before, due)?;
    let fee_currency = law::fee_currency(facts.jurisdiction);
    let claim_currency = facts.principal.currency();
    Ok(results
        .into_iter()
        .map(|result| {
            let zero = Money::zero(claim_currency);
            if result.allowed && result.fee.is_positive() {
                if result.fee.currency() != claim_currency {
                    let mut reasons = result.reasons;
                    reasons.push(reason!(
                        r::FEE_CURRENCY,
                        currency = claim_currency.code(),
                        fee_currency = fee_currency.code()
                    ));
                    return FeeLine { kind: result.step, amount: zero, charged: false, reasons };
                }
                FeeLine { kind: result.step, amount: result.fee, charged: true, reasons: result.reasons }
            } else {
                FeeLine { kind: result.step, amount: zero, charged: false, reasons: result.reasons }
            }
        })
        .collect())
}

/// Statutory interest from the moved due date (`due`, a day number) through today on the
/// principal still owed, less what is already booked. Using today's principal for the whole
/// period can only undercharge when part was paid, never overcharge.
fn interest_line(
    facts: &CaseFacts,
    tables: &LawTables,
    today: Date,
    due: i32,
) -> Result<Option<InterestLine>, law::LawError> {
    let total = interest_from_due_day(tables, facts.jurisdiction, facts.principal, due, today, facts.contract_rate)?;
    let amount = total - facts.interest_booked.minor();
    if amount <= 0 {
        return Ok(None);
    }
    let amount = Money::from_minor(amount, facts.principal.currency());
    Ok(Some(InterestLine {
        amount,
        through: today,
        reason: reason!(
            r::INTEREST,
            amount = amount,
            through = today,
            principal = facts.principal,
            booked = facts.interest_booked,
        ),
    }))
}
