//! Strategies chosen per segment, every problem of a ladder, and segments from behaviour.

use domain::dunning::{
    LadderSource, Ladders, Segment, SegmentFacts, SegmentRules, StepKind, Strategies, Strategy, StrategyError, classify,
};
use domain::law::LawTables;
use domain::{Currency, DebtorKind, Jurisdiction, Money};
use proptest::prelude::*;

fn se_b2c() -> Strategy {
    Strategies::builtin().for_case(Jurisdiction::SE, DebtorKind::Consumer).unwrap().clone()
}

#[test]
fn problems_lists_every_broken_rule_with_its_step() {
    let mut s = se_b2c();
    s.steps[1].deadline_days = 3;
    s.steps[1].channels.clear();
    let last = s.steps.len() - 1;
    s.steps[last].kind = StepKind::CollectionWarning;
    let problems = s.problems(Jurisdiction::SE, LawTables::builtin_ref());
    assert!(problems.iter().any(|p| matches!(p, StrategyError::DeadlineTooShort { step_no: 1, minimum: 8, .. })));
    assert!(problems.iter().any(|p| matches!(p, StrategyError::NoChannel { step_no: 1 })));
    assert!(problems.iter().any(|p| p.step_no() == Some(last) && p.code() == "step_not_in_jurisdiction"));
    // `validate` gives the first of them.
    assert_eq!(s.validate(Jurisdiction::SE, LawTables::builtin_ref()), Err(problems[0].clone()));
    assert!(se_b2c().problems(Jurisdiction::SE, LawTables::builtin_ref()).is_empty());
    assert_eq!(se_b2c().problems(Jurisdiction::NO, LawTables::builtin_ref()).len(), 1);
}

#[test]
fn a_ladder_with_an_unknown_field_does_not_parse() {
    let mut v = serde_json::to_value(se_b2c()).unwrap();
    v["step"][0]["fee_amount"] = serde_json::json!(1);
    assert!(serde_json::from_value::<Strategy>(v).is_err());
    let back: Strategy = serde_json::from_value(serde_json::to_value(se_b2c()).unwrap()).unwrap();
    assert_eq!(back, se_b2c());
}

#[test]
fn ladders_pick_the_segment_then_all_segments_then_the_default() {
    let mut chronic = se_b2c();
    chronic.name = "chronic".into();
    let mut all = se_b2c();
    all.name = "all".into();
    let only_default = Ladders::new(Jurisdiction::SE, Vec::new(), Strategies::builtin());
    assert!(!only_default.has_own());
    let (l, source) = only_default.pick(DebtorKind::Consumer, Some("chronic_late")).unwrap();
    assert_eq!((l.name.as_str(), source), ("se-b2c-default", LadderSource::Default));
    let ladders = Ladders::new(
        Jurisdiction::SE,
        vec![(DebtorKind::Consumer, "chronic_late".into(), chronic), (DebtorKind::Consumer, String::new(), all)],
        Strategies::builtin(),
    );
    let pick = |kind, seg| ladders.pick(kind, seg).map(|(l, s)| (l.name.clone(), s)).unwrap();
    assert_eq!(pick(DebtorKind::Consumer, Some("chronic_late")), ("chronic".into(), LadderSource::Segment));
    assert_eq!(pick(DebtorKind::Consumer, Some("high_value")), ("all".into(), LadderSource::AllSegments));
    assert_eq!(pick(DebtorKind::Consumer, None), ("all".into(), LadderSource::AllSegments));
    assert_eq!(pick(DebtorKind::Business, Some("chronic_late")), ("se-b2b-default".into(), LadderSource::Default));
}

fn facts(late: u32, on_time: u32) -> SegmentFacts {
    SegmentFacts {
        debtor_kind: DebtorKind::Consumer,
        hardship: false,
        late_claims: late,
        paid_on_time: on_time,
        open_principal: vec![Money::from_minor(100_000, Currency::SEK)],
    }
}

#[test]
fn each_segment_with_its_reasons() {
    let rules = SegmentRules::builtin();
    assert_eq!(rules.chronic_late_claims, 3);
    let c = |f: &SegmentFacts| classify(f, &rules);

    let first = c(&facts(1, 0));
    assert_eq!(first.segment, Segment::FirstTimeLate);
    assert_eq!((first.reasons[0].fact.as_str(), first.reasons[0].value), ("late_claims", 1));

    let good = c(&facts(1, 4));
    assert_eq!(good.segment, Segment::GoodHistory);
    assert_eq!(good.also_matched, vec![Segment::FirstTimeLate]);
    assert!(good.reasons.iter().any(|r| r.fact == "paid_on_time" && r.value == 4 && r.threshold == 3));

    let chronic = c(&facts(3, 9));
    assert_eq!(chronic.segment, Segment::ChronicLate);
    assert_eq!((chronic.reasons[0].value, chronic.reasons[0].compare.as_str()), (3, ">="));

    let mut rich = facts(1, 0);
    rich.open_principal = vec![Money::from_minor(6_000_000, Currency::SEK), Money::from_minor(10, Currency::NOK)];
    let high = c(&rich);
    assert_eq!(high.segment, Segment::HighValue);
    assert_eq!(high.reasons.len(), 1, "only the currency above its threshold is a reason");
    assert_eq!(high.reasons[0].currency.as_deref(), Some("SEK"));

    let mut firm = facts(2, 0);
    firm.debtor_kind = DebtorKind::Business;
    assert_eq!(c(&firm).segment, Segment::Business);

    let mut hard = facts(5, 0);
    hard.hardship = true;
    hard.debtor_kind = DebtorKind::Business;
    let hardship = c(&hard);
    assert_eq!(hardship.segment, Segment::HardshipFlagged);
    assert_eq!(hardship.also_matched, vec![Segment::ChronicLate, Segment::Business]);

    let twice = c(&facts(2, 0));
    assert_eq!(twice.segment, Segment::Standard);
    assert_eq!((twice.reasons[0].value, twice.reasons[0].compare.as_str()), (2, "<"));
    assert_eq!(c(&facts(0, 0)).segment, Segment::Standard);

    // The reasons survive a round trip through JSON (the store keeps them so).
    let back: domain::dunning::Segmentation = serde_json::from_value(serde_json::to_value(&high).unwrap()).unwrap();
    assert_eq!(back, high);
}

#[test]
fn segment_rules_are_checked_when_read() {
    assert!(
        SegmentRules::parse(
            "window_days = 365\nchronic_late_claims = 3\ngood_history_paid_on_time = 3\n[high_value_minor]\nXYZ = 1\n"
        )
        .is_err()
    );
    assert!(SegmentRules::parse("window_days = 365\nchronic_late_claims = 3\n").is_err());
    for s in Segment::PRECEDENCE {
        assert_eq!(Segment::from_code(s.code()), Some(s));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// The segment is the first of the precedence whose rule holds, and every reason is true of the facts.
    #[test]
    fn classification_follows_the_precedence_and_its_reasons_hold(
        late in 0u32..8, on_time in 0u32..8, hardship: bool, business: bool, minor in 0i64..10_000_000,
    ) {
        let rules = SegmentRules::builtin();
        let f = SegmentFacts {
            debtor_kind: if business { DebtorKind::Business } else { DebtorKind::Consumer },
            hardship,
            late_claims: late,
            paid_on_time: on_time,
            open_principal: vec![Money::from_minor(minor, Currency::SEK)],
        };
        let got = classify(&f, &rules);
        let expected = if hardship {
            Segment::HardshipFlagged
        } else if late >= 3 {
            Segment::ChronicLate
        } else if minor >= 5_000_000 {
            Segment::HighValue
        } else if business {
            Segment::Business
        } else if on_time >= 3 && late <= 1 {
            Segment::GoodHistory
        } else if late == 1 {
            Segment::FirstTimeLate
        } else {
            Segment::Standard
        };
        prop_assert_eq!(got.segment, expected);
        prop_assert!(!got.reasons.is_empty());
        for r in &got.reasons {
            let holds = match r.compare.as_str() {
                ">=" => r.value >= r.threshold,
                "<=" => r.value <= r.threshold,
                "<" => r.value < r.threshold,
                "=" => r.value == r.threshold,
                other => panic!("unknown comparison {other}"),
            };
            prop_assert!(holds, "{:?}", r);
        }
        prop_assert!(!got.also_matched.contains(&got.segment));
    }
}
