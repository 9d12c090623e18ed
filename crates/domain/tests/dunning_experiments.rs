//! Champion/challenger: arms vary timing, tone and channel but never fees or deadlines;
//! assignment is a stable hash that follows the weights; outcomes per arm.

use domain::dunning::experiment::{ArmOutcome, assignment_hash, outcomes};
use domain::dunning::{Arm, ArmError, Experiment, OutcomeClaim, StepChange, Strategies, Strategy, assign};
use domain::law::LawTables;
use domain::{Channel, DebtorId, DebtorKind, Jurisdiction};
use jiff::civil::date;
use proptest::prelude::*;

fn no_b2c() -> Strategy {
    Strategies::builtin().for_case(Jurisdiction::NO, DebtorKind::Consumer).unwrap().clone()
}

fn arm(name: &str, weight: u32, steps: Vec<StepChange>) -> Arm {
    Arm { name: name.into(), weight, steps }
}

fn change(step_no: usize) -> StepChange {
    StepChange { step_no, ..StepChange::default() }
}

#[test]
fn an_arm_may_change_tone_channel_and_timing() {
    let ladder = no_b2c();
    let reminder = ladder.steps.iter().position(|s| s.kind == domain::dunning::StepKind::Reminder).unwrap();
    let a = arm(
        "sms-first",
        1,
        vec![StepChange {
            template: Some("no/reminder-warm".into()),
            channels: Some(vec![Channel::Sms, Channel::Letter]),
            offset_days: Some(ladder.steps[reminder].offset_days + 2),
            // Restating the ladder's own values is not a change.
            fee_requested: Some(ladder.steps[reminder].fee_requested),
            ..change(reminder)
        }],
    );
    let varied = a.apply(&ladder, Jurisdiction::NO, LawTables::builtin_ref()).unwrap();
    assert_eq!(&*varied.steps[reminder].template, "no/reminder-warm");
    assert_eq!(varied.steps[reminder].channels, vec![Channel::Sms, Channel::Letter]);
    assert_eq!(varied.steps[reminder].deadline_days, ladder.steps[reminder].deadline_days);
    assert_eq!(varied.steps[reminder].fee_requested, ladder.steps[reminder].fee_requested);
    assert!(varied.name.contains("sms-first"));
}

#[test]
fn an_arm_never_changes_fees_deadlines_or_the_order_the_law_needs() {
    let ladder = no_b2c();
    let tables = LawTables::builtin_ref();
    let refused = |c: StepChange| arm("x", 1, vec![c]).apply(&ladder, Jurisdiction::NO, tables).unwrap_err();
    let fee_step = ladder.steps.iter().position(|s| s.fee_requested).unwrap();
    assert!(
        matches!(refused(StepChange { fee_requested: Some(false), ..change(fee_step) })[0], ArmError::ChangesFee { step_no, .. } if step_no == fee_step)
    );
    let deadline_step = ladder.steps.iter().position(|s| s.deadline_days > 0).unwrap();
    let shorter = ladder.steps[deadline_step].deadline_days - 1;
    assert!(matches!(
        refused(StepChange { deadline_days: Some(shorter), ..change(deadline_step) })[0],
        ArmError::ChangesDeadline { .. }
    ));
    // Even a longer deadline is the creditor's ladder's business, not an arm's.
    assert!(matches!(
        refused(StepChange { deadline_days: Some(shorter + 30), ..change(deadline_step) })[0],
        ArmError::ChangesDeadline { .. }
    ));
    assert!(matches!(
        refused(StepChange { kind: Some(domain::dunning::StepKind::Handover), ..change(0) })[0],
        ArmError::ChangesKind { .. }
    ));
    assert!(matches!(refused(change(99))[0], ArmError::NoSuchStep { step_no: 99, .. }));
    assert!(matches!(refused(StepChange { channels: Some(vec![]), ..change(0) })[0], ArmError::NoChannel { .. }));
    // An offset that would send a letter before the previous one's deadline has passed breaks
    // the law's order and is refused with the ladder's own reason.
    let later = (1..ladder.steps.len())
        .find(|&i| ladder.steps[i].relative_to == domain::dunning::RelativeTo::PreviousStep)
        .unwrap();
    let problems = refused(StepChange { offset_days: Some(1), ..change(later) });
    assert!(
        matches!(&problems[0], ArmError::Law { error: domain::dunning::StrategyError::BeforePreviousDeadline { step_no, .. }, .. } if *step_no == later),
        "{problems:?}"
    );
}

#[test]
fn an_experiment_lists_every_problem() {
    let ladder = no_b2c();
    let e = Experiment {
        name: " ".into(),
        debtor: DebtorKind::Consumer,
        segment: String::new(),
        arms: vec![arm("a", 0, vec![]), arm("a", 1, vec![StepChange { fee_requested: Some(false), ..change(1) }])],
    };
    let codes: Vec<&str> =
        e.problems(&ladder, Jurisdiction::NO, LawTables::builtin_ref()).iter().map(|p| p.code()).collect();
    assert!(
        codes.contains(&"no_name") && codes.contains(&"zero_weight") && codes.contains(&"duplicate_arm"),
        "{codes:?}"
    );
    let one = Experiment { name: "x".into(), arms: vec![arm("a", 1, vec![])], ..e };
    assert_eq!(one.problems(&ladder, Jurisdiction::NO, LawTables::builtin_ref())[0].code(), "arm_count");
}

#[test]
fn the_hash_is_fixed() {
    // FNV-1a 64 of "tone-2026", a zero byte and "42", pinned: a change of hash would move
    // debtors between arms in the middle of an experiment.
    assert_eq!(assignment_hash("tone-2026", DebtorId(42)), 0xf88d_9485_e7d4_41d8);
    assert_ne!(assignment_hash("tone-2026", DebtorId(42)), assignment_hash("tone-2026", DebtorId(43)));
    assert_ne!(assignment_hash("tone-2026", DebtorId(42)), assignment_hash("tone-2027", DebtorId(42)));
}

#[test]
fn outcomes_count_each_claim_in_its_debtors_arm() {
    let arms = vec![arm("champion", 1, vec![]), arm("challenger", 1, vec![])];
    let due = date(2026, 3, 2);
    let claim = |d: i64, paid: Option<i16>| OutcomeClaim {
        debtor: DebtorId(d),
        due,
        paid_on: paid.map(|days| due.checked_add(jiff::Span::new().days(days)).unwrap()),
        self_service: d % 3 == 0,
        disputed: d % 5 == 0,
        wrote_to_creditor: d % 7 == 0,
        complained: d % 11 == 0,
    };
    let claims: Vec<OutcomeClaim> = (1..=200).flat_map(|d| [claim(d, Some((d % 90) as i16)), claim(d, None)]).collect();
    let got = outcomes("e", &arms, &claims);
    assert_eq!(got.iter().map(|a| a.claims).sum::<u64>(), 400);
    assert_eq!(got.iter().map(|a| a.debtors).sum::<u64>(), 200);
    for o in &got {
        assert!(o.paid_within_14_days <= o.paid_within_30_days && o.paid_within_30_days <= o.paid_within_60_days);
        assert!(o.paid_within_60_days <= o.claims / 2);
    }
    // Recount one arm by hand.
    let mine: Vec<&OutcomeClaim> = claims.iter().filter(|c| assign("e", c.debtor, &arms) == Some(1)).collect();
    let expected = ArmOutcome {
        arm: "challenger".into(),
        debtors: mine.len() as u64 / 2,
        claims: mine.len() as u64,
        paid_within_14_days: mine.iter().filter(|c| c.paid_on.is_some_and(|p| (p - due).get_days() <= 14)).count()
            as u64,
        paid_within_30_days: mine.iter().filter(|c| c.paid_on.is_some_and(|p| (p - due).get_days() <= 30)).count()
            as u64,
        paid_within_60_days: mine.iter().filter(|c| c.paid_on.is_some_and(|p| (p - due).get_days() <= 60)).count()
            as u64,
        self_service: mine.iter().filter(|c| c.self_service).count() as u64,
        disputed: mine.iter().filter(|c| c.disputed).count() as u64,
        debtors_writing: mine.iter().filter(|c| c.wrote_to_creditor).count() as u64 / 2,
        complaints: mine.iter().filter(|c| c.complained).count() as u64,
    };
    assert_eq!(got[1], expected);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// The same (experiment, debtor) always lands in the same arm, and over many debtors each
    /// arm's share is close to its weight's.
    #[test]
    fn assignment_is_stable_and_follows_the_weights(
        name in "[a-z0-9-]{1,20}", weights in proptest::collection::vec(1u32..20, 2..5),
    ) {
        let arms: Vec<Arm> = weights.iter().enumerate().map(|(i, w)| arm(&format!("arm{i}"), *w, vec![])).collect();
        let total: u32 = weights.iter().sum();
        let n = 20_000i64;
        let mut counts = vec![0i64; arms.len()];
        for d in 1..=n {
            let a = assign(&name, DebtorId(d), &arms).unwrap();
            prop_assert_eq!(assign(&name, DebtorId(d), &arms), Some(a));
            counts[a] += 1;
        }
        // Each arm within 3 % of all debtors of its exact share (the spread expected at this
        // size is well under 1 %).
        let total = i64::from(total);
        for (i, w) in weights.iter().enumerate() {
            let off = (counts[i] * total - n * i64::from(*w)).abs();
            prop_assert!(off * 100 <= 3 * n * total, "arm {} got {} of {} with weight {}/{}", i, counts[i], n, w, total);
        }
    }
}
