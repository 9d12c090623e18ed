//! The erasure decision as data: claim states and closing days, the policy, today → allowed or
//! the refusal with its reason.

use domain::retention::{ClaimRetentionFacts, EraseRefusal, Purpose, RetentionPolicy, erase_decision};
use domain::{ClaimId, ClaimState, Jurisdiction};
use jiff::civil::{Date, date};

fn facts(list: &[(i64, ClaimState, Date)]) -> Vec<ClaimRetentionFacts> {
    list.iter()
        .map(|&(id, state, last_activity)| ClaimRetentionFacts { claim: ClaimId(id), state, last_activity })
        .collect()
}

#[test]
fn decisions() {
    let se = RetentionPolicy::default_for(Jurisdiction::SE);
    let no = RetentionPolicy::default_for(Jurisdiction::NO);
    let since = date(2020, 1, 1);
    use ClaimState::*;
    let cases: &[(&str, &RetentionPolicy, Vec<(i64, ClaimState, Date)>, Date, Result<(), EraseRefusal>)] = &[
        (
            "an open claim refuses, whatever the date",
            &se,
            vec![(1, Paid, date(2020, 3, 1)), (2, Reminded, date(2020, 3, 1))],
            date(2099, 1, 1),
            Err(EraseRefusal::OpenClaim { claim: ClaimId(2), state: Reminded }),
        ),
        (
            "a disputed claim is open",
            &se,
            vec![(3, Disputed, date(2020, 3, 1))],
            date(2099, 1, 1),
            Err(EraseRefusal::OpenClaim { claim: ClaimId(3), state: Disputed }),
        ),
        (
            "SE bookkeeping: through the seventh year after the closing year",
            &se,
            vec![(1, Paid, date(2020, 3, 1)), (2, WrittenOff, date(2021, 6, 30))],
            date(2028, 12, 31),
            Err(EraseRefusal::Retention { purpose: Purpose::Bookkeeping, until: date(2029, 1, 1) }),
        ),
        ("SE: the first day after", &se, vec![(2, WrittenOff, date(2021, 6, 30))], date(2029, 1, 1), Ok(())),
        (
            "NO bookkeeping: five years after the closing year",
            &no,
            vec![(1, Credited, date(2021, 12, 31))],
            date(2026, 12, 31),
            Err(EraseRefusal::Retention { purpose: Purpose::Bookkeeping, until: date(2027, 1, 1) }),
        ),
        ("handed over counts as closed", &no, vec![(1, HandedOver, date(2021, 12, 31))], date(2027, 1, 1), Ok(())),
        (
            "no claims: counted from the debtor's creation, collection 36 months",
            &se,
            vec![],
            date(2027, 12, 31),
            Err(EraseRefusal::Retention { purpose: Purpose::Bookkeeping, until: date(2028, 1, 1) }),
        ),
    ];
    for (name, policy, list, today, expected) in cases {
        assert_eq!(&erase_decision(&facts(list), since, policy, *today), expected, "{name}");
    }
}

#[test]
fn collection_can_outlast_bookkeeping() {
    let mut policy = RetentionPolicy::default_for(Jurisdiction::NO);
    policy.rules.iter_mut().find(|r| r.purpose == Purpose::Collection).unwrap().months = 120;
    let list = facts(&[(1, ClaimState::Paid, date(2021, 5, 10))]);
    assert_eq!(
        erase_decision(&list, date(2020, 1, 1), &policy, date(2030, 1, 1)),
        Err(EraseRefusal::Retention { purpose: Purpose::Collection, until: date(2031, 5, 10) })
    );
    assert_eq!(erase_decision(&list, date(2020, 1, 1), &policy, date(2031, 5, 10)), Ok(()));
}

#[test]
fn defaults_are_valid_and_bad_policies_are_refused() {
    for j in [Jurisdiction::SE, Jurisdiction::NO] {
        RetentionPolicy::default_for(j).validate().unwrap();
    }
    let mut p = RetentionPolicy::default_for(Jurisdiction::SE);
    p.rules.push(p.rules[0].clone());
    assert!(p.validate().unwrap_err().contains("exactly one rule for the purpose bookkeeping"));
    let mut p = RetentionPolicy::default_for(Jurisdiction::SE);
    p.rules[1].legal_basis = " ".into();
    assert!(p.validate().unwrap_err().contains("legal basis"));
}
