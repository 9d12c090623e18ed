//! Case flows as pure transitions: promise, plan, postponement, dispute, pause, write-off,
//! hand-over, the daily review of holds, fee reversal for payments in flight, and the plan
//! schedule's arithmetic (property tests).

use super::dunning::{apply as apply_step, facts, rule_of, run, strategy};
use domain::dunning::flows::{
    self, CasePolicy, FlowFacts, FlowNotice, FlowOutcome, FlowRequest, Hold, Refusal, plan_schedule,
};
use domain::dunning::{CaseFacts, Decision, StepKind, decide};
use domain::law::LawTables;
use domain::{
    ClaimId, ClaimState, Component, CreditorId, Currency, DebtorKind, Entry, EntryId, EntryKind, FeeKind, Jurisdiction,
    Money,
};
use jiff::ToSpan;
use jiff::civil::{Date, date};
use proptest::prelude::*;

fn sek(major: i64) -> Money {
    Money::from_minor(major * 100, Currency::SEK)
}

fn act(case: &CaseFacts, req: FlowRequest, today: Date) -> Result<FlowOutcome, Refusal> {
    let zero = Money::zero(case.principal.currency());
    let ff = FlowFacts { case, fees: zero, interest: zero };
    flows::apply(&ff, &req, &CasePolicy::default(), LawTables::builtin_ref(), today)
}

/// What the store does with an accepted outcome, on the in-memory facts.
fn book(case: &mut CaseFacts, out: &FlowOutcome) {
    for e in &out.entries {
        case.outstanding = case.outstanding.checked_add(e.amount).unwrap();
        if e.component == Component::Principal {
            case.principal = case.principal.checked_add(e.amount).unwrap();
        }
    }
    case.state = out.new_state;
    case.flow = out.flow.clone();
}

/// An SE consumer claim due 2025-03-14 that has had its pre-due notice and reminder.
fn reminded() -> CaseFacts {
    let s = strategy(Jurisdiction::SE, DebtorKind::Consumer);
    let mut f = facts(Jurisdiction::SE, DebtorKind::Consumer, date(2025, 3, 14), 1_000);
    let taken = run(&mut f, &s, date(2025, 3, 1), 23);
    assert_eq!(taken.iter().map(|t| t.kind).collect::<Vec<_>>(), [StepKind::PreDueNotice, StepKind::Reminder]);
    assert_eq!(f.state, ClaimState::Reminded);
    f
}

#[test]
fn a_promise_holds_the_ladder_until_its_date_and_a_broken_one_resumes_it() {
    let tables = LawTables::builtin_ref();
    let s = strategy(Jurisdiction::SE, DebtorKind::Consumer);
    let mut f = reminded();
    let today = date(2025, 3, 24);
    // Refused: in the past, and beyond the creditor's 30 days.
    assert!(matches!(
        act(&f, FlowRequest::Promise { until: date(2025, 3, 23) }, today),
        Err(Refusal::DateInPast { .. })
    ));
    let far = act(&f, FlowRequest::Promise { until: date(2025, 4, 24) }, today).unwrap_err();
    assert_eq!(far.code(), "above_maximum");
    assert!(far.to_string().contains("2025-04-23"), "{far}");
    let out = act(&f, FlowRequest::Promise { until: date(2025, 4, 10) }, today).unwrap();
    assert_eq!((out.event, out.new_state), ("promise", ClaimState::PromiseToPay));
    book(&mut f, &out);
    // The collection demand was due 2025-04-04; it waits for the promise.
    for day in [date(2025, 4, 4), date(2025, 4, 10)] {
        assert_eq!(rule_of(&decide(&f, &s, tables, day)), "dunning.held-until", "{day}");
        assert_eq!(flows::review(&f, &CasePolicy::default(), day), None, "{day}");
    }
    // The day after, the review finds the promise broken and hands the claim back to its ladder.
    let broken = flows::review(&f, &CasePolicy::default(), date(2025, 4, 11)).unwrap();
    assert_eq!(broken.event, "promise_broken");
    assert_eq!(broken.new_state, ClaimState::Reminded);
    assert_eq!(broken.notice, Some(FlowNotice::PromiseBroken));
    book(&mut f, &broken);
    let step = decide(&f, &s, tables, date(2025, 4, 11));
    assert_eq!(step.step().map(|s| s.kind), Some(StepKind::CollectionDemand));
}

#[test]
fn a_kept_promise_leaves_nothing_to_do() {
    let mut f = reminded();
    {
        let out = act(&f, FlowRequest::Promise { until: date(2025, 4, 1) }, date(2025, 3, 24)).unwrap();
        book(&mut f, &out);
    }
    f.outstanding = Money::zero(Currency::SEK);
    f.state = ClaimState::Paid;
    assert_eq!(flows::review(&f, &CasePolicy::default(), date(2025, 4, 2)), None);
}

#[test]
fn a_postponement_is_bounded_and_ends_on_its_date() {
    let tables = LawTables::builtin_ref();
    let s = strategy(Jurisdiction::SE, DebtorKind::Consumer);
    let mut f = reminded();
    let today = date(2025, 3, 24);
    assert_eq!(act(&f, FlowRequest::Postpone { until: today }, today).unwrap_err().code(), "date_in_past");
    assert_eq!(act(&f, FlowRequest::Postpone { until: date(2025, 4, 24) }, today).unwrap_err().code(), "above_maximum");
    let out = act(&f, FlowRequest::Postpone { until: date(2025, 4, 23) }, today).unwrap();
    book(&mut f, &out);
    assert_eq!(f.state, ClaimState::Postponed);
    assert_eq!(rule_of(&decide(&f, &s, tables, date(2025, 4, 23))), "dunning.held-until");
    let end = flows::review(&f, &CasePolicy::default(), date(2025, 4, 24)).unwrap();
    assert_eq!((end.event, end.new_state, end.notice), ("postponement_ended", ClaimState::Reminded, None));
    // A second postponement is not possible while one runs.
    assert_eq!(act(&f, FlowRequest::Postpone { until: date(2025, 4, 1) }, today).unwrap_err().code(), "wrong_state");
}

#[test]
fn a_plan_adds_the_swedish_plan_fee_and_its_schedule_sums_to_the_total() {
    let mut f = reminded();
    let today = date(2025, 3, 24);
    let out = act(&f, FlowRequest::Plan { months: 3, first_due: date(2025, 4, 1) }, today).unwrap();
    assert_eq!(out.new_state, ClaimState::PaymentPlan);
    assert_eq!(out.notice, Some(FlowNotice::PlanConfirmation));
    // The reminder fee (60) was charged with the reminder; the plan fee is 170 SEK.
    assert_eq!(out.entries.len(), 1);
    assert_eq!(out.entries[0].kind, EntryKind::Fee { fee: FeeKind::InstalmentPlan });
    assert_eq!(out.entries[0].amount, sek(170));
    let Some(Hold::Plan(plan)) = &out.flow.hold else { panic!("no plan: {:?}", out.flow) };
    assert_eq!(plan.total, f.outstanding.checked_add(sek(170)).unwrap());
    let sum: i64 = plan.instalments.iter().map(|i| i.amount.minor()).sum();
    assert_eq!(sum, plan.total.minor());
    let dues: Vec<String> = plan.instalments.iter().map(|i| i.due.to_string()).collect();
    assert_eq!(dues, ["2025-04-01", "2025-05-01", "2025-06-01"]);
    book(&mut f, &out);
    // A second plan fee is never charged: the law allows one per claim.
    f.state = ClaimState::Reminded;
    f.sent.push(domain::dunning::SentDunningStep {
        step_no: 9,
        kind: StepKind::Reminder,
        sent_on: today,
        deadline: None,
        fee_kinds: vec![FeeKind::InstalmentPlan],
    });
    let again = act(&f, FlowRequest::Plan { months: 2, first_due: date(2025, 4, 1) }, date(2025, 3, 25)).unwrap();
    assert!(again.entries.is_empty(), "{:?}", again.entries);
}

#[test]
fn a_plan_is_refused_beyond_the_creditor_bounds_with_the_longest_that_works() {
    let f = reminded();
    let today = date(2025, 3, 24);
    let long = act(&f, FlowRequest::Plan { months: 13, first_due: today }, today).unwrap_err();
    assert_eq!(long, Refusal::TooManyMonths { months: 13, max: 12 });
    // 1 060 + 170 = 1 230 SEK over 12 months is 102.50 a month, below the 200 SEK minimum.
    let small = act(&f, FlowRequest::Plan { months: 12, first_due: today }, today).unwrap_err();
    assert_eq!(small.code(), "below_minimum_instalment");
    assert!(matches!(small, Refusal::BelowMinimumInstalment { max_months: 6, .. }), "{small:?}");
    assert!(act(&f, FlowRequest::Plan { months: 6, first_due: today }, today).is_ok());
    assert_eq!(
        act(&f, FlowRequest::Plan { months: 2, first_due: date(2025, 3, 23) }, today).unwrap_err().code(),
        "date_in_past"
    );
}

#[test]
fn a_missed_instalment_gets_one_notice_then_the_plan_lapses_after_the_grace_days() {
    let tables = LawTables::builtin_ref();
    let s = strategy(Jurisdiction::SE, DebtorKind::Consumer);
    let policy = CasePolicy::default();
    let mut f = reminded();
    let out = act(&f, FlowRequest::Plan { months: 3, first_due: date(2025, 4, 1) }, date(2025, 3, 24)).unwrap();
    book(&mut f, &out);
    let Some(Hold::Plan(plan)) = f.flow.hold.clone() else { unreachable!() };
    // The first instalment is paid on time.
    f.outstanding = f.outstanding.checked_sub(plan.instalments[0].amount).unwrap();
    assert_eq!(flows::review(&f, &policy, date(2025, 4, 2)), None);
    assert_eq!(rule_of(&decide(&f, &s, tables, date(2025, 4, 20))), "dunning.paused");
    // The second is missed: one notice the day after, none the days after that.
    let notice = flows::review(&f, &policy, date(2025, 5, 2)).unwrap();
    assert_eq!((notice.event, notice.notice), ("instalment_missed", Some(FlowNotice::InstalmentMissed)));
    book(&mut f, &notice);
    for day in 2..=11 {
        assert_eq!(flows::review(&f, &policy, date(2025, 5, day)), None, "May {day}");
    }
    // Ten grace days after 2025-05-01, the plan lapses and the ladder resumes.
    let lapse = flows::review(&f, &policy, date(2025, 5, 12)).unwrap();
    assert_eq!((lapse.event, lapse.new_state), ("plan_lapsed", ClaimState::Reminded));
    assert_eq!(lapse.flow.hold, None);
    book(&mut f, &lapse);
    assert_eq!(decide(&f, &s, tables, date(2025, 5, 12)).step().map(|s| s.kind), Some(StepKind::CollectionDemand));
}

#[test]
fn a_dispute_stops_everything_until_resolved() {
    let tables = LawTables::builtin_ref();
    let s = strategy(Jurisdiction::SE, DebtorKind::Consumer);
    let mut f = reminded();
    let today = date(2025, 3, 24);
    assert_eq!(act(&f, FlowRequest::Dispute { reason: "  ".into() }, today).unwrap_err().code(), "empty_reason");
    assert_eq!(
        act(&f, FlowRequest::ResolveDispute { uphold: false, credit_minor: None, note: "x".into() }, today)
            .unwrap_err()
            .code(),
        "wrong_state"
    );
    let out = act(&f, FlowRequest::Dispute { reason: "never delivered".into() }, today).unwrap();
    book(&mut f, &out);
    for n in 0..120 {
        let day = today.checked_add(n.days()).unwrap();
        assert_eq!(rule_of(&decide(&f, &s, tables, day)), "dunning.disputed");
    }
    // Self-service stops too; a second dispute is refused.
    assert_eq!(act(&f, FlowRequest::Promise { until: today }, today).unwrap_err().code(), "wrong_state");
    assert_eq!(act(&f, FlowRequest::Dispute { reason: "again".into() }, today).unwrap_err().code(), "wrong_state");
    // Rejected: back to the ladder with a notice.
    let mut rejected = f.clone();
    let r = act(
        &rejected,
        FlowRequest::ResolveDispute { uphold: false, credit_minor: None, note: "delivered".into() },
        today,
    )
    .unwrap();
    assert_eq!(
        (r.event, r.new_state, r.notice),
        ("dispute_rejected", ClaimState::Reminded, Some(FlowNotice::DisputeRejected))
    );
    book(&mut rejected, &r);
    assert_eq!(rule_of(&decide(&rejected, &s, tables, date(2025, 4, 4))), "take-step");
}

#[test]
fn an_upheld_dispute_credits_the_claim() {
    let mut f = reminded();
    let today = date(2025, 3, 24);
    {
        let out = act(&f, FlowRequest::Dispute { reason: "wrong price".into() }, today).unwrap();
        book(&mut f, &out);
    }
    let ff = FlowFacts { case: &f, fees: sek(60), interest: Money::zero(Currency::SEK) };
    let policy = CasePolicy::default();
    let tables = LawTables::builtin_ref();
    let full = FlowRequest::ResolveDispute { uphold: true, credit_minor: None, note: "agreed".into() };
    let out = flows::apply(&ff, &full, &policy, tables, today).unwrap();
    assert_eq!(out.new_state, ClaimState::Credited);
    let kinds: Vec<_> = out.entries.iter().map(|e| (e.kind, e.component, e.amount.minor())).collect();
    assert_eq!(
        kinds,
        [(EntryKind::WriteOff, Component::Fees, -6_000), (EntryKind::CreditNote, Component::Principal, -100_000)]
    );
    let part = FlowRequest::ResolveDispute { uphold: true, credit_minor: Some(40_000), note: "half".into() };
    let out = flows::apply(&ff, &part, &policy, tables, today).unwrap();
    assert_eq!(out.new_state, ClaimState::Reminded);
    assert_eq!(out.entries.len(), 1);
    let too_much = FlowRequest::ResolveDispute { uphold: true, credit_minor: Some(100_001), note: "x".into() };
    assert_eq!(flows::apply(&ff, &too_much, &policy, tables, today).unwrap_err().code(), "bad_credit");
}

#[test]
fn a_creditor_pause_holds_the_ladder_until_resumed() {
    let tables = LawTables::builtin_ref();
    let s = strategy(Jurisdiction::SE, DebtorKind::Consumer);
    let mut f = reminded();
    let today = date(2025, 3, 24);
    assert_eq!(act(&f, FlowRequest::Resume, today).unwrap_err(), Refusal::NotPaused);
    {
        let out = act(&f, FlowRequest::Pause { reason: "customer called".into() }, today).unwrap();
        book(&mut f, &out);
    }
    assert_eq!(f.state, ClaimState::Reminded);
    assert_eq!(rule_of(&decide(&f, &s, tables, date(2025, 4, 7))), "dunning.creditor-paused");
    assert_eq!(act(&f, FlowRequest::Pause { reason: "again".into() }, today).unwrap_err(), Refusal::Paused);
    assert_eq!(act(&f, FlowRequest::HandOver, today).unwrap_err(), Refusal::Paused);
    {
        let out = act(&f, FlowRequest::Resume, today).unwrap();
        book(&mut f, &out);
    }
    assert_eq!(rule_of(&decide(&f, &s, tables, date(2025, 4, 7))), "take-step");
}

#[test]
fn write_off_and_hand_over() {
    let s = strategy(Jurisdiction::SE, DebtorKind::Consumer);
    let mut f = reminded();
    let today = date(2025, 3, 24);
    let ff = FlowFacts { case: &f, fees: sek(60), interest: Money::from_minor(512, Currency::SEK) };
    let out = flows::apply(
        &ff,
        &FlowRequest::WriteOff { reason: "bankrupt".into() },
        &CasePolicy::default(),
        LawTables::builtin_ref(),
        today,
    )
    .unwrap();
    assert_eq!(out.new_state, ClaimState::WrittenOff);
    let sum: i64 = out.entries.iter().map(|e| e.amount.minor()).sum();
    assert_eq!(sum, -(100_000 + 6_000 + 512));
    assert!(out.entries.iter().all(|e| e.kind == EntryKind::WriteOff));
    // SE: no hand-over before an inkassokrav.
    let early = act(&f, FlowRequest::HandOver, today).unwrap_err();
    assert_eq!(early.code(), "handover_too_early");
    assert!(early.to_string().contains("inkassokrav"));
    let tables = LawTables::builtin_ref();
    let Decision::TakeStep(demand) = decide(&f, &s, tables, date(2025, 4, 4)) else { panic!() };
    apply_step(&mut f, &demand);
    let out = act(&f, FlowRequest::HandOver, date(2025, 4, 5)).unwrap();
    assert_eq!(out.new_state, ClaimState::HandedOver);
}

fn entry(id: i64, kind: EntryKind, component: Component, minor: i64, day: Date) -> Entry {
    Entry {
        id: EntryId(id),
        creditor_id: CreditorId(1),
        claim_id: ClaimId(1),
        kind,
        component,
        amount: Money::from_minor(minor, Currency::SEK),
        effective_date: day,
        reason: String::new(),
    }
}

#[test]
fn a_payment_dated_before_a_fee_step_reverses_the_fee() {
    let fee = EntryKind::Fee { fee: FeeKind::Reminder };
    let base = vec![
        entry(1, EntryKind::Principal, Component::Principal, 100_000, date(2025, 3, 1)),
        entry(2, fee, Component::Fees, 6_000, date(2025, 3, 21)),
    ];
    // The debtor paid in full on 03-19; the money arrived after the reminder was booked.
    let mut paid = base.clone();
    paid.push(entry(3, EntryKind::Payment, Component::Principal, -100_000, date(2025, 3, 19)));
    let rev = flows::fee_reversals(&paid, Money::from_minor(6_000, Currency::SEK));
    assert_eq!(rev.len(), 1);
    assert_eq!(rev[0].fee, EntryId(2));
    assert_eq!(rev[0].entry.kind, EntryKind::Reversal { of: EntryId(2) });
    assert_eq!(rev[0].entry.amount.minor(), -6_000);
    assert!(rev[0].entry.reason.contains("payments in flight"));
    // Once reversed, never again.
    let mut done = paid.clone();
    done.push(entry(4, EntryKind::Reversal { of: EntryId(2) }, Component::Fees, -6_000, date(2025, 3, 21)));
    assert!(flows::fee_reversals(&done, Money::zero(Currency::SEK)).is_empty());
    // A partial payment does not make the reminder wrong; nor does a payment dated after it.
    let mut partial = base.clone();
    partial.push(entry(3, EntryKind::Payment, Component::Principal, -50_000, date(2025, 3, 19)));
    assert!(flows::fee_reversals(&partial, Money::from_minor(6_000, Currency::SEK)).is_empty());
    let mut after = base.clone();
    after.push(entry(3, EntryKind::Payment, Component::Principal, -100_000, date(2025, 3, 22)));
    assert!(flows::fee_reversals(&after, Money::from_minor(6_000, Currency::SEK)).is_empty());
    // A payment booked before the fee was known when the step was decided: not in flight.
    let mut known =
        vec![base[0].clone(), entry(2, EntryKind::Payment, Component::Principal, -100_000, date(2025, 3, 19))];
    known.push(entry(3, fee, Component::Fees, 6_000, date(2025, 3, 21)));
    assert!(flows::fee_reversals(&known, Money::from_minor(6_000, Currency::SEK)).is_empty());
}

#[test]
fn the_creditor_payment_window_replaces_the_strategy_one() {
    let tables = LawTables::builtin_ref();
    let s = strategy(Jurisdiction::SE, DebtorKind::Consumer);
    let mut f = facts(Jurisdiction::SE, DebtorKind::Consumer, date(2025, 3, 14), 1_000);
    f.sent.push(domain::dunning::SentDunningStep {
        step_no: 0,
        kind: StepKind::PreDueNotice,
        sent_on: date(2025, 3, 10),
        deadline: None,
        fee_kinds: vec![],
    });
    f.last_payment_file = Some(date(2025, 3, 20));
    f.flow.payment_grace_bank_days = Some(0);
    assert_eq!(rule_of(&decide(&f, &s, tables, date(2025, 3, 21))), "take-step");
    f.flow.payment_grace_bank_days = Some(5);
    assert_eq!(rule_of(&decide(&f, &s, tables, date(2025, 3, 26))), "dunning.payment-in-flight");
    assert_eq!(rule_of(&decide(&f, &s, tables, date(2025, 3, 28))), "take-step");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// The schedule rule: instalments sum exactly to the total; every one but the last is the
    /// same and at least the minimum; the last is positive and no larger than the others; the
    /// plan never runs longer than asked; due dates are a month apart.
    #[test]
    fn plan_schedules_sum_exactly(total in 1i64..50_000_000, months in 1u32..=24, min in 0i64..200_000) {
        let policy = CasePolicy { plan_max_months: 24, plan_min_instalment_minor: min, ..CasePolicy::default() };
        let first = date(2025, 1, 31);
        match plan_schedule(Money::from_minor(total, Currency::NOK), months, first, &policy) {
            Ok(plan) => {
                prop_assert!(!plan.is_empty() && plan.len() <= months as usize);
                prop_assert_eq!(plan.iter().map(|i| i.amount.minor()).sum::<i64>(), total);
                let regular = plan[0].amount.minor();
                let (last, rest) = plan.split_last().unwrap();
                prop_assert!(rest.iter().all(|i| i.amount.minor() == regular));
                prop_assert!(last.amount.is_positive() && last.amount.minor() <= regular);
                if plan.len() > 1 { prop_assert!(regular >= min); }
                for (k, i) in plan.iter().enumerate() {
                    prop_assert_eq!(i.due, first.checked_add((k as i32).months()).unwrap());
                }
            }
            Err(Refusal::BelowMinimumInstalment { max_months, .. }) => {
                prop_assert!(months > 1);
                // The longest plan it names is accepted.
                let ok = plan_schedule(Money::from_minor(total, Currency::NOK), max_months, first, &policy);
                prop_assert!(ok.is_ok(), "{:?}", ok);
                prop_assert!(max_months < months);
            }
            Err(other) => prop_assert!(false, "unexpected refusal {other:?}"),
        }
    }
}

#[test]
fn notes_and_complaints_change_nothing_but_need_words() {
    let mut f = reminded();
    f.flow.paused = true;
    let today = date(2025, 3, 10);
    for req in
        [FlowRequest::Note { text: "Called, will pay Friday".into() }, FlowRequest::Complaint { text: "Tone".into() }]
    {
        let out = act(&f, req.clone(), today).unwrap();
        assert_eq!(out.event, req.action());
        assert_eq!((out.new_state, &out.flow), (f.state, &f.flow), "state and hold stay as they were");
        assert!(out.entries.is_empty() && out.notice.is_none());
    }
    let empty = act(&f, FlowRequest::Complaint { text: "  ".into() }, today).unwrap_err();
    assert_eq!(empty, Refusal::EmptyReason { field: "text" });
    // A closed claim can still be complained about.
    f.state = ClaimState::Paid;
    assert_eq!(
        act(&f, FlowRequest::Complaint { text: "Too many letters".into() }, today).unwrap().new_state,
        ClaimState::Paid
    );
}
