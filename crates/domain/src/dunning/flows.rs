//! Case flows: what a debtor or the creditor's staff may do to a claim outside the ladder, as
//! pure transitions. A promise to pay, a payment plan, a postponement, a dispute and its
//! resolution, a creditor's pause and resume, a write-off and a hand-over each take the claim as
//! it stands, the request, the creditor's [`CasePolicy`] and the business date, and either answer
//! with the [`FlowOutcome`] to book (the new state and hold, ledger entries, a notice to send) or
//! refuse with a named [`Refusal`].
//!
//! [`review`] is the daily counterpart: it looks at a claim under a hold and says whether a
//! promise was broken, a postponement ended, an instalment was missed (a notice) or a plan lapsed
//! after the creditor's grace days. [`fee_reversals`] finds fees booked by a step that a payment
//! dated before the step had already made unnecessary (a payment in flight).
//!
//! Nothing here reads a clock or storage; `store::cases` books the outcomes, one transaction each.

use super::strategy::StepKind;
use super::{CaseFacts, SentDunningStep};
use crate::claim::ClaimState;
use crate::ids::EntryId;
use crate::law::{LawTables, Reason};
use crate::ledger::{Component, Entry, EntryKind, FeeKind, NewEntry};
use crate::money::Money;
use crate::party::{DebtorKind, Jurisdiction};
use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// A creditor's bounds for self-service, the payments-in-flight window and its choice of one
/// letter per debtor. Stored per creditor; [`CasePolicy::default`] is what a creditor gets until it
/// sets its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CasePolicy {
    /// The longest payment plan, in monthly instalments.
    pub plan_max_months: u32,
    /// The smallest instalment, in minor units of the claim's currency (the last one may be less).
    pub plan_min_instalment_minor: i64,
    /// How many days a debtor may postpone by, counted from the request day.
    pub max_postponement_days: u32,
    /// How far ahead a promise to pay may be dated, counted from the request day.
    pub max_promise_days: u32,
    /// Days after a missed instalment's due date before the plan lapses.
    pub plan_grace_days: u32,
    /// No fee-bearing step within this many bank days after the latest payment for a claim.
    pub payment_grace_bank_days: u32,
    /// The creditor chose one letter per debtor (case merging). What applies is
    /// [`super::merge_letters`]: Norwegian creditors merge whatever this says.
    #[serde(default)]
    pub merge_letters: bool,
}

impl Default for CasePolicy {
    fn default() -> CasePolicy {
        CasePolicy {
            plan_max_months: 12,
            plan_min_instalment_minor: 20_000,
            max_postponement_days: 30,
            max_promise_days: 30,
            plan_grace_days: 10,
            payment_grace_bank_days: 3,
            merge_letters: false,
        }
    }
}

impl CasePolicy {
    /// Refuses bounds that make no sense (a zero-month plan, a negative minimum).
    pub fn validate(&self) -> Result<(), String> {
        if self.plan_max_months == 0 || self.plan_max_months > 120 {
            return Err("plan_max_months must be between 1 and 120".into());
        }
        if self.plan_min_instalment_minor < 0 {
            return Err("plan_min_instalment_minor must not be negative".into());
        }
        if self.max_postponement_days > 365 || self.max_promise_days > 365 {
            return Err("max_postponement_days and max_promise_days must be at most 365".into());
        }
        if self.plan_grace_days > 90 || self.payment_grace_bank_days > 30 {
            return Err("plan_grace_days must be at most 90 and payment_grace_bank_days at most 30".into());
        }
        Ok(())
    }
}

/// One instalment of a payment plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Instalment {
    pub due: Date,
    pub amount: Money,
}

/// An agreed payment plan: the whole schedule, fixed when it was accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaymentPlan {
    pub agreed_on: Date,
    /// What the plan covers: the amount outstanding when it was agreed, plus its fee.
    pub total: Money,
    /// The plan fee the law allowed (0 when none).
    pub fee: Money,
    pub instalments: Vec<Instalment>,
    /// How many missed-instalment notices were sent (one per missed instalment at most).
    #[serde(default)]
    pub notices_sent: u16,
}

impl PaymentPlan {
    /// What should have been paid by the end of instalment `k` (0-based).
    pub fn due_through(&self, k: usize) -> i64 {
        self.instalments.iter().take(k + 1).map(|i| i.amount.minor()).sum()
    }

    /// The first instalment not covered by what has been paid, given what is outstanding now.
    /// Paid so far is `total - outstanding`: while a plan runs, no fee or interest is added.
    pub fn first_unmet(&self, outstanding: Money) -> Option<usize> {
        let paid = self.total.minor() - outstanding.minor();
        (0..self.instalments.len()).find(|&k| paid < self.due_through(k))
    }
}

/// Why the ladder is held, if it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Hold {
    Promise { until: Date },
    Postponement { until: Date },
    Plan(PaymentPlan),
    Dispute { reason: String, opened: Date },
}

impl Hold {
    pub fn code(&self) -> &'static str {
        match self {
            Hold::Promise { .. } => "promise",
            Hold::Postponement { .. } => "postponement",
            Hold::Plan(_) => "plan",
            Hold::Dispute { .. } => "dispute",
        }
    }
}

/// The case-flow part of a claim's facts: a creditor's pause, and the hold the claim is under.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseFlow {
    /// The creditor paused collection on this claim by hand.
    pub paused: bool,
    pub hold: Option<Hold>,
    /// The creditor's payments-in-flight window in bank days, when it set one (the strategy's
    /// applies otherwise).
    #[serde(default)]
    pub payment_grace_bank_days: Option<u32>,
}

/// What a debtor or staff member asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum FlowRequest {
    Promise {
        until: Date,
    },
    /// Monthly instalments, the first on `first_due`.
    Plan {
        months: u32,
        first_due: Date,
    },
    Postpone {
        until: Date,
    },
    Dispute {
        reason: String,
    },
    /// Uphold: the claim was wrong; credit `credit_minor` of the principal (all of it when absent)
    /// and write off fees and interest. Reject: collection resumes with a notice.
    ResolveDispute {
        uphold: bool,
        credit_minor: Option<i64>,
        note: String,
    },
    Pause {
        reason: String,
    },
    Resume,
    WriteOff {
        reason: String,
    },
    HandOver,
    /// A note on the case's timeline (a call, a letter received); changes nothing else.
    Note {
        text: String,
    },
    /// The debtor complained about how the claim is collected: recorded on the timeline and
    /// counted, so that each one is answered; collection itself goes on unchanged.
    Complaint {
        text: String,
    },
}

impl FlowRequest {
    pub fn action(&self) -> &'static str {
        match self {
            FlowRequest::Promise { .. } => "promise",
            FlowRequest::Plan { .. } => "plan",
            FlowRequest::Postpone { .. } => "postpone",
            FlowRequest::Dispute { .. } => "dispute",
            FlowRequest::ResolveDispute { .. } => "resolve_dispute",
            FlowRequest::Pause { .. } => "pause",
            FlowRequest::Resume => "resume",
            FlowRequest::WriteOff { .. } => "write_off",
            FlowRequest::HandOver => "hand_over",
            FlowRequest::Note { .. } => "note",
            FlowRequest::Complaint { .. } => "complaint",
        }
    }
}

/// Why a request was refused. `code()` is stable for API clients.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    #[error("the claim is {state}; {action} is not possible in that state")]
    WrongState { action: &'static str, state: &'static str },
    #[error("collection on the claim is paused by the creditor")]
    Paused,
    #[error("the claim is not paused")]
    NotPaused,
    #[error("nothing is owed on the claim")]
    NothingOwed,
    #[error("{field} {date} is in the past (today is {today})")]
    DateInPast { field: &'static str, date: Date, today: Date },
    #[error("{field} {date} is later than the creditor allows ({max_days} days, at most {latest})")]
    AboveMaximum { field: &'static str, date: Date, max_days: u32, latest: Date },
    #[error("a plan of {months} months is longer than the creditor allows ({max} months)")]
    TooManyMonths { months: u32, max: u32 },
    #[error(
        "instalments of {instalment} are below the creditor's minimum {minimum}; at most {max_months} months are possible"
    )]
    BelowMinimumInstalment { instalment: Money, minimum: Money, max_months: u32 },
    #[error("{field} is empty; say why")]
    EmptyReason { field: &'static str },
    #[error("the credit {credit} is not between 1 and the principal {principal}")]
    BadCredit { credit: i64, principal: Money },
    #[error("the claim cannot be handed over without an earlier {letter} ({statute})")]
    HandoverTooEarly { letter: &'static str, statute: &'static str },
    #[error("the law engine could not answer: {0}")]
    Law(String),
}

impl Refusal {
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::WrongState { .. } => "wrong_state",
            Refusal::Paused => "paused",
            Refusal::NotPaused => "not_paused",
            Refusal::NothingOwed => "nothing_owed",
            Refusal::DateInPast { .. } => "date_in_past",
            Refusal::AboveMaximum { .. } => "above_maximum",
            Refusal::TooManyMonths { .. } => "too_many_months",
            Refusal::BelowMinimumInstalment { .. } => "below_minimum_instalment",
            Refusal::EmptyReason { .. } => "empty_reason",
            Refusal::BadCredit { .. } => "bad_credit",
            Refusal::HandoverTooEarly { .. } => "handover_too_early",
            Refusal::Law(_) => "law_unknown",
        }
    }
}

/// A message a flow sends to the debtor (rendered later from the template).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlowNotice {
    PlanConfirmation,
    InstalmentMissed,
    PlanLapsed,
    DisputeRejected,
    PromiseBroken,
}

impl FlowNotice {
    pub const ALL: [FlowNotice; 5] = [
        FlowNotice::PlanConfirmation,
        FlowNotice::InstalmentMissed,
        FlowNotice::PlanLapsed,
        FlowNotice::DisputeRejected,
        FlowNotice::PromiseBroken,
    ];

    pub fn from_code(code: &str) -> Option<FlowNotice> {
        FlowNotice::ALL.into_iter().find(|n| n.code() == code)
    }

    pub fn code(self) -> &'static str {
        match self {
            FlowNotice::PlanConfirmation => "plan_confirmation",
            FlowNotice::InstalmentMissed => "instalment_missed",
            FlowNotice::PlanLapsed => "plan_lapsed",
            FlowNotice::DisputeRejected => "dispute_rejected",
            FlowNotice::PromiseBroken => "promise_broken",
        }
    }
}

/// What accepting a request (or a daily review) books.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowOutcome {
    /// The event kind recorded on the claim's timeline ("promise", "plan_lapsed"…).
    pub event: &'static str,
    pub new_state: ClaimState,
    pub flow: CaseFlow,
    /// Ledger entries, in booking order (empty for most flows).
    pub entries: Vec<NewEntry>,
    pub notice: Option<FlowNotice>,
}

/// The claim as a flow sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowFacts<'a> {
    pub case: &'a CaseFacts,
    /// The fees and interest still owed, for write-offs and upheld disputes.
    pub fees: Money,
    pub interest: Money,
}

/// The ladder state a claim returns to when a hold ends: the state its latest step left it in.
pub fn ladder_state(sent: &[SentDunningStep]) -> ClaimState {
    sent.last().map_or(ClaimState::Open, |s| s.kind.state_after())
}

/// States in which the ladder runs (nothing holds it).
pub fn on_ladder(state: ClaimState) -> bool {
    matches!(
        state,
        ClaimState::Open | ClaimState::Notified | ClaimState::Reminded | ClaimState::Warned | ClaimState::Demanded
    )
}

fn plus_days(date: Date, days: u32) -> Date {
    date.checked_add(i64::from(days).days()).unwrap_or(date)
}

fn wrong_state(action: &'static str, state: ClaimState) -> Refusal {
    Refusal::WrongState { action, state: state.code() }
}

fn check_reason(field: &'static str, text: &str) -> Result<(), Refusal> {
    if text.trim().is_empty() { Err(Refusal::EmptyReason { field }) } else { Ok(()) }
}

/// A date between today (inclusive when `today_ok`) and `max_days` ahead.
fn check_window(field: &'static str, date: Date, today: Date, max_days: u32, today_ok: bool) -> Result<(), Refusal> {
    if date < today || (!today_ok && date == today) {
        return Err(Refusal::DateInPast { field, date, today });
    }
    let latest = plus_days(today, max_days);
    if date > latest {
        return Err(Refusal::AboveMaximum { field, date, max_days, latest });
    }
    Ok(())
}

/// The schedule of a plan: `months` monthly instalments from `first_due` summing exactly to
/// `total`.
///
/// The rule: every instalment is `ceil(total / months)` except the last, which is what remains
/// (so it is never larger than the others, and may be smaller than the creditor's minimum; it is
/// the one instalment allowed to be). When rounding up makes fewer instalments enough, the plan
/// is that shorter. Refused when a regular instalment would be below the minimum, naming the
/// longest plan that would be accepted.
pub fn plan_schedule(
    total: Money,
    months: u32,
    first_due: Date,
    policy: &CasePolicy,
) -> Result<Vec<Instalment>, Refusal> {
    if !total.is_positive() {
        return Err(Refusal::NothingOwed);
    }
    if months == 0 || months > policy.plan_max_months {
        return Err(Refusal::TooManyMonths { months, max: policy.plan_max_months });
    }
    let t = total.minor();
    let n = i64::from(months);
    let regular = t.div_euclid(n) + i64::from(t.rem_euclid(n) != 0);
    let minimum = policy.plan_min_instalment_minor;
    if months > 1 && regular < minimum {
        let max_months = if minimum <= 0 { policy.plan_max_months } else { (t / minimum).max(1) as u32 };
        return Err(Refusal::BelowMinimumInstalment {
            instalment: Money::from_minor(regular, total.currency()),
            minimum: Money::from_minor(minimum, total.currency()),
            max_months: max_months.min(policy.plan_max_months),
        });
    }
    let count = (t + regular - 1) / regular;
    let mut out = Vec::with_capacity(count as usize);
    for k in 0..count {
        let amount = if k == count - 1 { t - regular * (count - 1) } else { regular };
        let due = first_due.checked_add((k as i32).months()).map_err(|e| Refusal::Law(e.to_string()))?;
        out.push(Instalment { due, amount: Money::from_minor(amount, total.currency()) });
    }
    Ok(out)
}

/// The plan fee the law allows for this claim today: SE consumers owe the statutory instalment-
/// plan fee once; elsewhere the law engine answers 0 with its reason.
pub fn plan_fee(case: &CaseFacts, tables: &LawTables, today: Date) -> Result<(Money, Vec<Reason>), Refusal> {
    let lines = super::decide::fee_lines(case, tables, today, None, None, &[FeeKind::InstalmentPlan])
        .map_err(|e| Refusal::Law(e.to_string()))?;
    let zero = Money::zero(case.principal.currency());
    Ok(lines.into_iter().next().map_or((zero, Vec::new()), |l| (l.amount, l.reasons)))
}

fn fee_entry(kind: FeeKind, amount: Money, date: Date, reasons: &[Reason]) -> NewEntry {
    NewEntry {
        kind: EntryKind::Fee { fee: kind },
        component: Component::Fees,
        amount,
        effective_date: date,
        reason: super::reason_text(reasons),
    }
}

/// Accepts or refuses one request. `tables` is needed for the plan fee.
pub fn apply(
    facts: &FlowFacts<'_>,
    request: &FlowRequest,
    policy: &CasePolicy,
    tables: &LawTables,
    today: Date,
) -> Result<FlowOutcome, Refusal> {
    let case = facts.case;
    let state = case.state;
    let flow = &case.flow;
    let action = request.action();
    let keep = |event, new_state, flow: CaseFlow| FlowOutcome { event, new_state, flow, entries: vec![], notice: None };
    // Debtor self-service works while the ladder runs; a creditor's pause does not stop it (the
    // debtor acting is what a pause waits for).
    let self_service = |state: ClaimState| -> Result<(), Refusal> {
        if !on_ladder(state) {
            return Err(wrong_state(action, state));
        }
        if !case.outstanding.is_positive() {
            return Err(Refusal::NothingOwed);
        }
        Ok(())
    };
    match request {
        FlowRequest::Promise { until } => {
            self_service(state)?;
            check_window("until", *until, today, policy.max_promise_days, true)?;
            let flow = CaseFlow { hold: Some(Hold::Promise { until: *until }), ..flow.clone() };
            Ok(keep("promise", ClaimState::PromiseToPay, flow))
        }
        FlowRequest::Postpone { until } => {
            self_service(state)?;
            check_window("until", *until, today, policy.max_postponement_days, false)?;
            let flow = CaseFlow { hold: Some(Hold::Postponement { until: *until }), ..flow.clone() };
            Ok(keep("postpone", ClaimState::Postponed, flow))
        }
        FlowRequest::Plan { months, first_due } => {
            self_service(state)?;
            // The first instalment within a month, so a plan cannot hide a long postponement.
            check_window("first_due", *first_due, today, 31, true)?;
            let plan = preview_plan(case, *months, *first_due, policy, tables, today)?;
            let mut entries = Vec::new();
            if plan.fee.is_positive() {
                let (_, reasons) = plan_fee(case, tables, today)?;
                entries.push(fee_entry(FeeKind::InstalmentPlan, plan.fee, today, &reasons));
            }
            Ok(FlowOutcome {
                event: "plan",
                new_state: ClaimState::PaymentPlan,
                flow: CaseFlow { hold: Some(Hold::Plan(plan)), ..flow.clone() },
                entries,
                notice: Some(FlowNotice::PlanConfirmation),
            })
        }
        FlowRequest::Dispute { reason } => {
            check_reason("reason", reason)?;
            if !state.in_collection() || state == ClaimState::Disputed {
                return Err(wrong_state(action, state));
            }
            let flow =
                CaseFlow { hold: Some(Hold::Dispute { reason: reason.trim().into(), opened: today }), ..flow.clone() };
            Ok(keep("dispute", ClaimState::Disputed, flow))
        }
        FlowRequest::ResolveDispute { uphold, credit_minor, note } => {
            check_reason("note", note)?;
            if state != ClaimState::Disputed {
                return Err(wrong_state(action, state));
            }
            let cleared = CaseFlow { hold: None, ..flow.clone() };
            let resumed = ladder_state(&case.sent);
            if !uphold {
                return Ok(FlowOutcome {
                    event: "dispute_rejected",
                    new_state: resumed,
                    flow: cleared,
                    entries: vec![],
                    notice: Some(FlowNotice::DisputeRejected),
                });
            }
            let principal = case.principal;
            let credit = credit_minor.unwrap_or(principal.minor());
            if credit <= 0 || credit > principal.minor() {
                return Err(Refusal::BadCredit { credit, principal });
            }
            let full = credit == principal.minor();
            let mut entries = Vec::new();
            let why = format!("dispute upheld: {}", note.trim());
            // In full: the fees and interest the claim carried go too, and the credit note comes
            // last so the ledger closes the claim as credited.
            if full {
                for (component, amount) in [(Component::Fees, facts.fees), (Component::Interest, facts.interest)] {
                    if amount.is_positive() {
                        entries.push(NewEntry {
                            kind: EntryKind::WriteOff,
                            component,
                            amount: Money::from_minor(-amount.minor(), amount.currency()),
                            effective_date: today,
                            reason: why.clone(),
                        });
                    }
                }
            }
            entries.push(NewEntry {
                kind: EntryKind::CreditNote,
                component: Component::Principal,
                amount: Money::from_minor(-credit, principal.currency()),
                effective_date: today,
                reason: why,
            });
            let new_state = if full { ClaimState::Credited } else { resumed };
            Ok(FlowOutcome { event: "dispute_upheld", new_state, flow: cleared, entries, notice: None })
        }
        FlowRequest::Pause { reason } => {
            check_reason("reason", reason)?;
            if !state.in_collection() {
                return Err(wrong_state(action, state));
            }
            if flow.paused {
                return Err(Refusal::Paused);
            }
            Ok(keep("pause", state, CaseFlow { paused: true, ..flow.clone() }))
        }
        FlowRequest::Resume => {
            if !flow.paused {
                return Err(Refusal::NotPaused);
            }
            Ok(keep("resume", state, CaseFlow { paused: false, ..flow.clone() }))
        }
        FlowRequest::WriteOff { reason } => {
            check_reason("reason", reason)?;
            if state.is_closed() {
                return Err(wrong_state(action, state));
            }
            let mut entries = Vec::new();
            for (component, amount) in [
                (Component::Interest, facts.interest),
                (Component::Fees, facts.fees),
                (Component::Principal, case.principal),
            ] {
                if amount.is_positive() {
                    entries.push(NewEntry {
                        kind: EntryKind::WriteOff,
                        component,
                        amount: Money::from_minor(-amount.minor(), amount.currency()),
                        effective_date: today,
                        reason: format!("written off: {}", reason.trim()),
                    });
                }
            }
            if entries.is_empty() {
                return Err(Refusal::NothingOwed);
            }
            Ok(FlowOutcome {
                event: "write_off",
                new_state: ClaimState::WrittenOff,
                flow: CaseFlow::default(),
                entries,
                notice: None,
            })
        }
        FlowRequest::Note { text } => {
            check_reason("text", text)?;
            Ok(keep("note", state, flow.clone()))
        }
        FlowRequest::Complaint { text } => {
            check_reason("text", text)?;
            Ok(keep("complaint", state, flow.clone()))
        }
        FlowRequest::HandOver => {
            if !on_ladder(state) {
                return Err(wrong_state(action, state));
            }
            if flow.paused {
                return Err(Refusal::Paused);
            }
            if !case.outstanding.is_positive() {
                return Err(Refusal::NothingOwed);
            }
            let (needed, letter, statute) = match case.jurisdiction {
                Jurisdiction::SE => (StepKind::CollectionDemand, "inkassokrav", "inkassolagen 5 §"),
                Jurisdiction::NO => (StepKind::CollectionWarning, "inkassovarsel", "inkassoloven § 9"),
            };
            if !case.sent.iter().any(|s| s.kind == needed) {
                return Err(Refusal::HandoverTooEarly { letter, statute });
            }
            Ok(keep("hand_over", ClaimState::HandedOver, CaseFlow::default()))
        }
    }
}

/// The plan a request would make, without booking it: the fee the law allows is added to what
/// is outstanding, and the whole schedule is computed before anything is accepted.
pub fn preview_plan(
    case: &CaseFacts,
    months: u32,
    first_due: Date,
    policy: &CasePolicy,
    tables: &LawTables,
    today: Date,
) -> Result<PaymentPlan, Refusal> {
    // A business debtor's plan carries no plan fee (the fixed compensation replaces it).
    let fee = if case.debtor_kind == DebtorKind::Consumer {
        plan_fee(case, tables, today)?.0
    } else {
        Money::zero(case.principal.currency())
    };
    let total = case.outstanding.checked_add(fee).map_err(|e| Refusal::Law(e.to_string()))?;
    let instalments = plan_schedule(total, months, first_due, policy)?;
    Ok(PaymentPlan { agreed_on: today, total, fee, instalments, notices_sent: 0 })
}

/// The daily look at a held claim: a promise or postponement whose date has passed hands the
/// claim back to its ladder; a plan behind on an instalment gets one notice per missed
/// instalment, and lapses when still behind `plan_grace_days` after that instalment's due date.
/// `None`: nothing changes today.
pub fn review(case: &CaseFacts, policy: &CasePolicy, today: Date) -> Option<FlowOutcome> {
    let hold = case.flow.hold.as_ref()?;
    let resumed = ladder_state(&case.sent);
    let back = |event, notice| FlowOutcome {
        event,
        new_state: resumed,
        flow: CaseFlow { hold: None, ..case.flow.clone() },
        entries: vec![],
        notice,
    };
    match hold {
        Hold::Promise { until } if today > *until && case.state == ClaimState::PromiseToPay => {
            Some(back("promise_broken", Some(FlowNotice::PromiseBroken)))
        }
        Hold::Postponement { until } if today > *until && case.state == ClaimState::Postponed => {
            Some(back("postponement_ended", None))
        }
        Hold::Plan(plan) if case.state == ClaimState::PaymentPlan => {
            let k = plan.first_unmet(case.outstanding)?;
            let due = plan.instalments[k].due;
            if today <= due {
                return None;
            }
            if today > plus_days(due, policy.plan_grace_days) {
                return Some(back("plan_lapsed", Some(FlowNotice::PlanLapsed)));
            }
            if usize::from(plan.notices_sent) > k {
                return None;
            }
            let mut plan = plan.clone();
            plan.notices_sent = u16::try_from(k + 1).unwrap_or(u16::MAX);
            Some(FlowOutcome {
                event: "instalment_missed",
                new_state: ClaimState::PaymentPlan,
                flow: CaseFlow { hold: Some(Hold::Plan(plan)), ..case.flow.clone() },
                entries: vec![],
                notice: Some(FlowNotice::InstalmentMissed),
            })
        }
        _ => None,
    }
}

/// A fee to reverse because the debtor had already paid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeeReversal {
    pub fee: EntryId,
    pub entry: NewEntry,
}

/// Fees booked on a day `D` when payments dated before `D` (booked after the fee, so they were in
/// flight when the step was taken) had already paid everything owed before `D`.
///
/// "Owed before D" is the sum of every principal, fee and interest entry dated before `D`, plus
/// the payments and credits dated before `D`; when that is zero or less the step was not called
/// for and each of its fees is reversed with an entry pointing at it. A fee already reversed is
/// left alone, and a reversal that would take the fee balance below zero (the payment was
/// allocated to that very fee) is not proposed: it needs a person.
pub fn fee_reversals(entries: &[Entry], fees_balance: Money) -> Vec<FeeReversal> {
    let mut out = Vec::new();
    let mut remaining = fees_balance.minor();
    let reversed: Vec<EntryId> = entries
        .iter()
        .filter_map(|e| match e.kind {
            EntryKind::Reversal { of } => Some(of),
            _ => None,
        })
        .collect();
    for fee in entries.iter().filter(|e| matches!(e.kind, EntryKind::Fee { .. })) {
        if reversed.contains(&fee.id) {
            continue;
        }
        let day = fee.effective_date;
        let late_payment =
            entries.iter().any(|e| matches!(e.kind, EntryKind::Payment) && e.effective_date < day && e.id.0 > fee.id.0);
        if !late_payment {
            continue;
        }
        let owed_before: i64 = entries
            .iter()
            .filter(|e| e.effective_date < day && e.component != Component::Credit)
            .filter(|e| !reversed.contains(&e.id))
            .filter(|e| !matches!(e.kind, EntryKind::Reversal { .. }))
            .map(|e| e.amount.minor())
            .sum();
        if owed_before > 0 || fee.amount.minor() > remaining {
            continue;
        }
        remaining -= fee.amount.minor();
        out.push(FeeReversal {
            fee: fee.id,
            entry: NewEntry {
                kind: EntryKind::Reversal { of: fee.id },
                component: Component::Fees,
                amount: Money::from_minor(-fee.amount.minor(), fee.amount.currency()),
                effective_date: day,
                reason: format!(
                    "payments in flight: everything owed before {day} was paid by payments dated before it, \
                     so the fee of entry {} was not called for",
                    fee.id.0
                ),
            },
        });
    }
    out
}
