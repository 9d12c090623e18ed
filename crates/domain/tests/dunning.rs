//! The dunning engine's pure core: ladders day by day, stops, grace, validation, idempotence.

use domain::dunning::{
    self, CaseFacts, Decision, SentDunningStep, StepKind, Strategies, Strategy, StrategyError, TakeStep, decide,
};
use domain::law::{self, LawTables, SentStep};
use domain::party::Language;
use domain::{Channel, ClaimId, ClaimState, CreditorId, Currency, DebtorId, DebtorKind, Jurisdiction, Money};
use jiff::ToSpan;
use jiff::civil::{Date, date};
use proptest::prelude::*;

pub fn facts(j: Jurisdiction, kind: DebtorKind, due: Date, principal_major: i64) -> CaseFacts {
    let currency = match j {
        Jurisdiction::SE => Currency::SEK,
        Jurisdiction::NO => Currency::NOK,
    };
    let principal = Money::from_minor(principal_major * 100, currency);
    CaseFacts {
        creditor: CreditorId(1),
        claim: ClaimId(1),
        debtor: DebtorId(1),
        jurisdiction: j,
        debtor_kind: kind,
        state: ClaimState::Open,
        due,
        due_date_agreed: true,
        principal,
        outstanding: principal,
        interest_booked: Money::zero(currency),
        reminder_fee_agreed: true,
        contract_rate: None,
        sent: Vec::new(),
        last_payment_file: None,
        disputed: false,
        language: Language::parse(if j == Jurisdiction::SE { "sv" } else { "nb" }).unwrap(),
        channels: vec![Channel::Email, Channel::Letter],
        flow: Default::default(),
    }
}

pub fn strategy(j: Jurisdiction, kind: DebtorKind) -> Strategy {
    Strategies::builtin().for_case(j, kind).expect("a default strategy").clone()
}

/// What the store does with a decision, on the in-memory facts.
pub fn apply(f: &mut CaseFacts, step: &TakeStep) {
    for entry in step.entries() {
        f.outstanding = f.outstanding.checked_add(entry.amount).unwrap();
        if entry.kind == domain::EntryKind::Interest {
            f.interest_booked = f.interest_booked.checked_add(entry.amount).unwrap();
        }
    }
    f.state = step.new_state;
    f.sent.push(SentDunningStep {
        step_no: step.step_no,
        kind: step.kind,
        sent_on: step.date,
        deadline: step.deadline,
        fee_kinds: step.fee_kinds.clone(),
    });
}

/// Runs the ladder from `from` for `days` days, applying every step; returns the steps taken.
pub fn run(f: &mut CaseFacts, s: &Strategy, from: Date, days: i32) -> Vec<TakeStep> {
    let tables = LawTables::builtin_ref();
    let mut taken = Vec::new();
    for n in 0..days {
        let today = from.checked_add(n.days()).unwrap();
        if let Decision::TakeStep(step) = decide(f, s, tables, today) {
            apply(f, &step);
            // Idempotence: the same day again, after applying, gives nothing.
            let again = decide(f, s, tables, today);
            assert!(again.is_nothing(), "second decision on {today}: {again:?}");
            taken.push(*step);
        }
    }
    taken
}

fn summary(steps: &[TakeStep]) -> Vec<(StepKind, String, Option<String>, i64)> {
    steps
        .iter()
        .map(|s| {
            let fees: i64 = s.fees.iter().filter(|f| f.charged).map(|f| f.amount.minor()).sum();
            (s.kind, s.date.to_string(), s.deadline.map(|d| d.to_string()), fees)
        })
        .collect()
}

pub fn rule_of(d: &Decision) -> &'static str {
    match d {
        Decision::Nothing { reason } => reason.rule_id(),
        Decision::TakeStep(_) => "take-step",
    }
}

#[test]
fn default_strategies_exist_and_pass_validation() {
    let all = Strategies::builtin();
    let tables = LawTables::builtin_ref();
    for j in [Jurisdiction::SE, Jurisdiction::NO] {
        for kind in [DebtorKind::Consumer, DebtorKind::Business] {
            let s = all.for_case(j, kind).unwrap_or_else(|| panic!("no default for {j} {kind:?}"));
            s.validate(j, tables).unwrap_or_else(|e| panic!("{}: {e}", s.name));
        }
    }
    assert_eq!(all.all().len(), 4);
}

#[test]
fn se_b2c_ladder_day_by_day() {
    // Due Friday 2025-03-14; reminder fee agreed; reachable by e-mail.
    let mut f = facts(Jurisdiction::SE, DebtorKind::Consumer, date(2025, 3, 14), 1_000);
    let s = strategy(Jurisdiction::SE, DebtorKind::Consumer);
    let steps = run(&mut f, &s, date(2025, 3, 1), 120);
    assert_eq!(
        summary(&steps),
        vec![
            // due − 5 is Sunday 03-09: moved to Monday.
            (StepKind::PreDueNotice, "2025-03-10".into(), None, 0),
            // due + 7; 10 days to pay (longer than 8 days and 4 bank days after receipt).
            (StepKind::Reminder, "2025-03-21".into(), Some("2025-03-31".into()), 6_000),
            // previous + 11, the day after the reminder's deadline.
            (StepKind::CollectionDemand, "2025-04-01".into(), Some("2025-04-11".into()), 18_000),
            (StepKind::Handover, "2025-04-14".into(), None, 0),
        ]
    );
    assert_eq!(f.state, ClaimState::HandedOver);
    // The notice goes by e-mail in Swedish; the state follows each step.
    assert_eq!(steps[0].message.channel, Channel::Email);
    assert_eq!(steps[0].message.language.as_str(), "sv");
    assert_eq!(steps[1].new_state, ClaimState::Reminded);
    assert_eq!(steps[2].new_state, ClaimState::Demanded);
    // Interest is booked with each overdue step, never twice for the same days.
    assert!(steps[0].interest.is_none());
    let interest: i64 = steps.iter().filter_map(|s| s.interest.as_ref()).map(|i| i.amount.minor()).sum();
    let expected = law::interest_minor(
        LawTables::builtin_ref(),
        &law::InterestRequest::statutory(Jurisdiction::SE, f.principal, date(2025, 3, 14), date(2025, 4, 14)),
    )
    .unwrap();
    assert_eq!(interest, expected);
    // After the handover, nothing more.
    let later = decide(&f, &s, LawTables::builtin_ref(), date(2025, 8, 1));
    assert_eq!(rule_of(&later), "dunning.handed-over");
}

#[test]
fn se_b2c_reminder_fee_not_agreed_is_waived_with_the_reason() {
    let mut f = facts(Jurisdiction::SE, DebtorKind::Consumer, date(2025, 3, 14), 1_000);
    f.reminder_fee_agreed = false;
    let s = strategy(Jurisdiction::SE, DebtorKind::Consumer);
    let steps = run(&mut f, &s, date(2025, 3, 1), 40);
    let reminder = steps.iter().find(|s| s.kind == StepKind::Reminder).unwrap();
    assert_eq!(reminder.fees.len(), 1);
    assert!(!reminder.fees[0].charged);
    assert!(reminder.fees[0].amount.is_zero());
    assert!(
        reminder.fees[0].reasons.iter().any(|r| r.rule_id() == "se.fee.reminder.not-agreed"),
        "{:?}",
        reminder.fees
    );
    assert!(reminder.entries().iter().all(|e| e.kind == domain::EntryKind::Interest));
}

#[test]
fn se_b2b_charges_the_compensation_once_and_no_other_fee() {
    let mut f = facts(Jurisdiction::SE, DebtorKind::Business, date(2025, 3, 14), 50_000);
    let s = strategy(Jurisdiction::SE, DebtorKind::Business);
    let steps = run(&mut f, &s, date(2025, 3, 1), 120);
    let charged: Vec<(domain::FeeKind, i64)> =
        steps.iter().flat_map(|s| s.fees.iter().filter(|f| f.charged).map(|f| (f.kind, f.amount.minor()))).collect();
    assert_eq!(charged, vec![(domain::FeeKind::LateCompensation, 45_000)]);
    let waived = steps.iter().flat_map(|s| s.fees.iter().filter(|f| !f.charged)).count();
    assert_eq!(waived, 2, "the reminder and demand fees are waived, with the B2B reason");
}

#[test]
fn no_b2c_ladder_day_by_day() {
    // Due Monday 2025-03-03, 2 000 NOK.
    let mut f = facts(Jurisdiction::NO, DebtorKind::Consumer, date(2025, 3, 3), 2_000);
    let s = strategy(Jurisdiction::NO, DebtorKind::Consumer);
    let steps = run(&mut f, &s, date(2025, 2, 20), 120);
    assert_eq!(
        summary(&steps),
        vec![
            (StepKind::PreDueNotice, "2025-02-26".into(), None, 0),
            // 14 days after the due date: the first day a reminder fee may be charged.
            (StepKind::Reminder, "2025-03-17".into(), Some("2025-03-31".into()), 3_500),
            // The day after the missed 14-day deadline: the warning is chargeable.
            (StepKind::CollectionWarning, "2025-04-01".into(), Some("2025-04-15".into()), 3_500),
            (StepKind::PaymentDemand, "2025-04-16".into(), Some("2025-04-30".into()), 10_500),
            // previous + 15 is 1 May, a holiday: moved to Friday.
            (StepKind::Handover, "2025-05-02".into(), None, 0),
        ]
    );
    assert_eq!(steps[2].new_state, ClaimState::Warned);
    assert_eq!(steps[1].message.language.as_str(), "nb");
}

#[test]
fn a_late_import_skips_the_pre_due_notice_and_takes_one_step_a_day_at_most() {
    // Imported 40 days after the due date: the reminder comes first, then the ladder waits for
    // each deadline instead of catching up.
    let mut f = facts(Jurisdiction::NO, DebtorKind::Consumer, date(2025, 3, 3), 2_000);
    let s = strategy(Jurisdiction::NO, DebtorKind::Consumer);
    let steps = run(&mut f, &s, date(2025, 4, 12), 60);
    let kinds: Vec<StepKind> = steps.iter().map(|s| s.kind).collect();
    assert_eq!(kinds[0], StepKind::Reminder);
    assert_eq!(steps[0].date, date(2025, 4, 14), "the first bank day on or after the import day");
    for pair in steps.windows(2) {
        assert!(pair[1].date > pair[0].deadline.unwrap_or(pair[0].date), "{:?}", summary(&steps));
    }
}

#[test]
fn a_dispute_stops_everything() {
    let tables = LawTables::builtin_ref();
    let s = strategy(Jurisdiction::NO, DebtorKind::Consumer);
    let mut f = facts(Jurisdiction::NO, DebtorKind::Consumer, date(2025, 3, 3), 2_000);
    let before = run(&mut f, &s, date(2025, 2, 20), 30);
    assert_eq!(before.len(), 2, "notice and reminder before the dispute");
    for disputed_by in ["flag", "state"] {
        let mut g = f.clone();
        if disputed_by == "flag" {
            g.disputed = true;
        } else {
            g.state = ClaimState::Disputed;
        }
        for n in 0..200 {
            let today = date(2025, 3, 22).checked_add(n.days()).unwrap();
            assert_eq!(rule_of(&decide(&g, &s, tables, today)), "dunning.disputed", "{today}");
        }
    }
    // Paused and closed states are left alone too.
    for state in [ClaimState::PromiseToPay, ClaimState::PaymentPlan, ClaimState::Postponed] {
        let mut g = f.clone();
        g.state = state;
        assert_eq!(rule_of(&decide(&g, &s, tables, date(2025, 6, 1))), "dunning.paused");
    }
    let mut g = f.clone();
    g.state = ClaimState::Paid;
    assert_eq!(rule_of(&decide(&g, &s, tables, date(2025, 6, 1))), "dunning.closed");
}

#[test]
fn a_recent_payment_file_holds_fee_bearing_steps_only() {
    let tables = LawTables::builtin_ref();
    let s = strategy(Jurisdiction::SE, DebtorKind::Consumer);
    let mut f = facts(Jurisdiction::SE, DebtorKind::Consumer, date(2025, 3, 14), 1_000);
    // A file on Thursday 2025-03-20 carried part of the money; the reminder is due Friday 03-21.
    f.last_payment_file = Some(date(2025, 3, 20));
    // The pre-due notice bears no fee: not held.
    assert_eq!(rule_of(&decide(&f, &s, tables, date(2025, 3, 10))), "take-step");
    let Decision::TakeStep(notice) = decide(&f, &s, tables, date(2025, 3, 10)) else { unreachable!() };
    apply(&mut f, &notice);
    // Three bank days after Thursday 03-20 is Tuesday 03-25: the reminder waits until the 26th.
    for day in [date(2025, 3, 21), date(2025, 3, 24), date(2025, 3, 25)] {
        let d = decide(&f, &s, tables, day);
        assert_eq!(rule_of(&d), "dunning.payment-in-flight", "{day}");
        if let Decision::Nothing { reason } = &d {
            assert!(reason.render(law::Lang::En).contains("2025-03-25"), "{}", reason.render(law::Lang::En));
        }
    }
    let d = decide(&f, &s, tables, date(2025, 3, 26));
    assert_eq!(d.step().map(|s| s.kind), Some(StepKind::Reminder));
}

#[test]
fn validation_refuses_a_norwegian_warning_with_a_ten_day_deadline() {
    let tables = LawTables::builtin_ref();
    let mut s = strategy(Jurisdiction::NO, DebtorKind::Consumer);
    let warning = s.steps.iter_mut().find(|st| st.kind == StepKind::CollectionWarning).unwrap();
    warning.deadline_days = 10;
    let err = s.validate(Jurisdiction::NO, tables).unwrap_err();
    assert!(
        matches!(err, StrategyError::DeadlineTooShort { kind: StepKind::CollectionWarning, days: 10, minimum: 14, .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("inkassoloven"), "{err}");
}

#[test]
fn validation_refuses_other_broken_ladders() {
    let tables = LawTables::builtin_ref();
    // A Swedish inkassokrav with 7 days.
    let mut s = strategy(Jurisdiction::SE, DebtorKind::Consumer);
    s.steps[2].deadline_days = 7;
    assert!(matches!(s.validate(Jurisdiction::SE, tables), Err(StrategyError::DeadlineTooShort { minimum: 8, .. })));
    // An inkassovarsel in Sweden.
    let mut s = strategy(Jurisdiction::SE, DebtorKind::Consumer);
    s.steps[2].kind = StepKind::CollectionWarning;
    assert!(matches!(s.validate(Jurisdiction::SE, tables), Err(StrategyError::StepNotInJurisdiction { .. })));
    // A demand before the warning's deadline has passed.
    let mut s = strategy(Jurisdiction::NO, DebtorKind::Consumer);
    s.steps[3].offset_days = 10;
    assert!(matches!(
        s.validate(Jurisdiction::NO, tables),
        Err(StrategyError::BeforePreviousDeadline { step_no: 3, .. })
    ));
    // A Norwegian handover without an inkassovarsel.
    let mut s = strategy(Jurisdiction::NO, DebtorKind::Consumer);
    s.steps.retain(|st| st.kind != StepKind::CollectionWarning);
    assert!(matches!(s.validate(Jurisdiction::NO, tables), Err(StrategyError::HandoverWithoutWarning { .. })));
    // The wrong jurisdiction.
    let s = strategy(Jurisdiction::NO, DebtorKind::Consumer);
    assert!(matches!(s.validate(Jurisdiction::SE, tables), Err(StrategyError::WrongJurisdiction { .. })));
}

#[test]
fn dunning_reasons_have_three_languages_with_the_same_placeholders() {
    fn placeholders(t: &str) -> Vec<&str> {
        let mut v: Vec<&str> = t.split('{').skip(1).filter_map(|p| p.split('}').next()).collect();
        v.sort();
        v
    }
    for rule in dunning::reasons::ALL_RULES {
        assert!(!rule.sv.is_empty() && !rule.nb.is_empty() && !rule.en.is_empty(), "{}", rule.id);
        assert_eq!(placeholders(rule.sv), placeholders(rule.en), "{}", rule.id);
        assert_eq!(placeholders(rule.nb), placeholders(rule.en), "{}", rule.id);
    }
}

/// The law's history of a claim, as the engine reported it.
fn law_history(f: &CaseFacts) -> Vec<SentStep> {
    f.sent
        .iter()
        .flat_map(|s| s.fee_kinds.iter().map(|&step| SentStep { step, sent: s.sent_on, deadline: s.deadline }))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Over a whole ladder, for any due date, principal, jurisdiction and debtor kind: the fees
    /// charged are exactly what the law engine allows for the letters sent (never more), each
    /// step comes after the previous deadline, deadlines meet the legal minimum, and deciding
    /// again on a day a step was applied gives nothing.
    #[test]
    fn ladders_never_charge_more_than_the_law(
        due_offset in 0i32..700,
        principal in 1i64..200_000,
        no in any::<bool>(),
        business in any::<bool>(),
        agreed in any::<bool>(),
    ) {
        let j = if no { Jurisdiction::NO } else { Jurisdiction::SE };
        let kind = if business { DebtorKind::Business } else { DebtorKind::Consumer };
        let due = date(2024, 1, 1).checked_add(due_offset.days()).unwrap();
        let mut f = facts(j, kind, due, principal);
        f.reminder_fee_agreed = agreed;
        let s = strategy(j, kind);
        let steps = run(&mut f, &s, due.checked_sub(10.days()).unwrap(), 150);
        prop_assert_eq!(steps.last().map(|s| s.kind), Some(StepKind::Handover));
        let charged: i64 = steps.iter().flat_map(|s| s.fees.iter()).filter(|f| f.charged).map(|f| f.amount.minor()).sum();
        let last_day = steps.last().unwrap().date;
        let law_fees = LawTables::builtin_ref()
            .evaluate(&law::ClaimFacts {
                jurisdiction: j,
                debtor: kind,
                principal: f.principal,
                due,
                reminder_fee_agreed: agreed,
                instalment_plan_agreed: false,
                contract_rate: None,
            }, &law_history(&f), last_day)
            .unwrap()
            .fees_minor;
        prop_assert_eq!(charged, law_fees);
        for pair in steps.windows(2) {
            prop_assert!(pair[1].date > pair[0].deadline.unwrap_or(pair[0].date));
        }
        for step in &steps {
            if let (Some(deadline), Some((min, _))) = (step.deadline, dunning::minimum_deadline_days(j, step.kind)) {
                prop_assert!(deadline >= step.date.checked_add(i32::from(min).days()).unwrap());
            }
        }
    }
}
