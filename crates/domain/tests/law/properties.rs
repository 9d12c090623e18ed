//! Property tests: additivity, non-negativity, fee caps, merging, and date arithmetic.

use super::date;
use domain::law::{self, ClaimHistory, Delivery, FeeRequest, InterestRequest, LawError, LawTables, TableId};
use domain::{Currency, DebtorKind, FeeKind, Jurisdiction, Money};
use jiff::ToSpan;
use jiff::civil::Date;
use proptest::prelude::*;
use std::sync::OnceLock;

fn tables() -> &'static LawTables {
    static T: OnceLock<LawTables> = OnceLock::new();
    T.get_or_init(LawTables::builtin)
}

fn day(base: &str, offset: i64) -> Date {
    date(base).checked_add(offset.days()).unwrap()
}

fn jurisdiction() -> impl Strategy<Value = Jurisdiction> {
    prop_oneof![Just(Jurisdiction::SE), Just(Jurisdiction::NO)]
}

fn debtor() -> impl Strategy<Value = DebtorKind> {
    prop_oneof![Just(DebtorKind::Consumer), Just(DebtorKind::Business)]
}

fn currency(j: Jurisdiction) -> Currency {
    law::fee_currency(j)
}

fn interest_between(j: Jurisdiction, principal: i64, first: Date, last: Date) -> i64 {
    let req =
        InterestRequest::statutory(j, Money::from_minor(principal, currency(j)), first.yesterday().unwrap(), last);
    law::interest_minor(tables(), &req).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Within one half-year the rate is constant, so splitting a period changes the total only by
    /// the per-line rounding: at most one minor unit per extra line.
    #[test]
    fn interest_is_additive_within_one_rate(
        j in jurisdiction(),
        principal in 0i64..10_000_000_000,
        half in 0i64..40,
        a in 0i64..181,
        b in 0i64..181,
        c in 0i64..181,
    ) {
        let start = day("2005-01-01", 0).checked_add((half * 6).months()).unwrap();
        let end = start.checked_add(6.months()).unwrap().yesterday().unwrap();
        let len = (end - start).get_days() as i64;
        let mut cut = [a % (len + 1), b % (len + 1), c % (len + 1)];
        cut.sort();
        let (lo, mid, hi) = (day(&start.to_string(), cut[0]), day(&start.to_string(), cut[1]), day(&start.to_string(), cut[2]));
        let whole = interest_between(j, principal, lo, hi);
        let left = interest_between(j, principal, lo, mid);
        let right = if mid < hi { interest_between(j, principal, mid.tomorrow().unwrap(), hi) } else { 0 };
        prop_assert!((whole - left - right).abs() <= 1, "whole {whole} vs {left} + {right}");
    }

    /// Interest is never negative, whatever the dates (or a named RateUnknown).
    #[test]
    fn interest_is_never_negative(
        j in jurisdiction(),
        principal in 0i64..1_000_000_000_000,
        due_offset in 0i64..9000,
        len in -30i64..4000,
    ) {
        let due = day("2002-01-01", due_offset);
        let until = day(&due.to_string(), len);
        let req = InterestRequest::statutory(j, Money::from_minor(principal, currency(j)), due, until);
        match law::interest(tables(), &req) {
            Ok(r) => {
                prop_assert!(r.interest.minor() >= 0);
                prop_assert!(r.periods.iter().all(|p| p.interest.minor() >= 0 && p.days > 0));
                prop_assert_eq!(r.periods.iter().map(|p| p.interest.minor()).sum::<i64>(), r.interest.minor());
                prop_assert_eq!(law::interest_minor(tables(), &req).unwrap(), r.interest.minor());
            }
            Err(LawError::RateUnknown(u)) => prop_assert!(u.period.from <= u.period.to),
            Err(e) => prop_assert!(false, "unexpected {e}"),
        }
    }

    /// No fee ever exceeds the cap of its kind for the sending day.
    #[test]
    fn no_fee_above_its_cap(
        j in jurisdiction(),
        debtor in debtor(),
        kind in 0usize..FeeKind::ALL.len(),
        principal in 0i64..10_000_000_000,
        due_offset in 0i64..3600,
        sent_after in -20i64..200,
        deadline_offset in proptest::option::of(0i64..100),
        flags in proptest::collection::vec(any::<bool>(), 8),
        counts in (0u8..4, 0u8..4),
        charged in (0i64..100_000, 0i64..100_000),
    ) {
        let due = day("2017-01-01", due_offset);
        let sent = day(&due.to_string(), sent_after);
        let step = FeeKind::ALL[kind];
        let history = ClaimHistory {
            reminder_fee_agreed: flags[0],
            reminders_sent: counts.0.max(counts.1),
            reminders_charged: counts.1,
            warning_sent: flags[1] || flags[2],
            warning_charged: flags[2],
            demand_sent: flags[3] || flags[4],
            demand_charged: flags[4],
            previous_deadline_missed: flags[5],
            payment_demand_deadline: deadline_offset.map(|o| day(&due.to_string(), o)),
            instalment_plan_agreed: flags[6],
            instalment_plan_charged: flags[7],
            late_compensation_charged_minor: charged.0,
            reminder_fees_charged_minor: charged.1,
        };
        let req = FeeRequest { jurisdiction: j, debtor, step, principal: Money::from_minor(principal, currency(j)), due, sent, history };
        let t = tables();
        match law::fee(t, &req) {
            Ok(r) => {
                prop_assert!(r.fee.minor() >= 0);
                prop_assert!(r.allowed || r.fee.minor() == 0, "a refused step must cost nothing");
                prop_assert!(!r.reasons.is_empty());
                // With no rate known on that date nothing may be charged, so the cap is then zero.
                let amount = |table| t.amount_minor_on(table, sent).unwrap_or(0);
                let cap = match (j, r.step) {
                    (Jurisdiction::SE, FeeKind::Reminder) => amount(TableId::SeReminderFee),
                    (Jurisdiction::SE, FeeKind::CollectionDemand) => amount(TableId::SeCollectionDemandFee),
                    (Jurisdiction::SE, FeeKind::InstalmentPlan) => amount(TableId::SeInstalmentPlanFee),
                    (Jurisdiction::SE, FeeKind::InstalmentNotice) => amount(TableId::SeInstalmentNoticeFee),
                    (Jurisdiction::SE, FeeKind::LateCompensation) => amount(TableId::SeLateCompensation),
                    // 1/20 of the inkassosats, rounded up to a whole krone at most.
                    (Jurisdiction::NO, FeeKind::Reminder | FeeKind::CollectionWarning) => amount(TableId::NoInkassosats) / 20 + 100,
                    (Jurisdiction::NO, FeeKind::PaymentDemand) => amount(TableId::NoInkassosats) * 3 / 20 + 100,
                    (Jurisdiction::NO, FeeKind::LateCompensation) => 50_000,
                    // 7.20 × 2 (heavy) × 1.5 (business) × the inkassosats.
                    (Jurisdiction::NO, FeeKind::AgencyFee) => amount(TableId::NoInkassosats) * 216 / 10,
                    _ => 0,
                };
                prop_assert!(r.fee.minor() <= cap, "{:?} {:?} fee {} over cap {cap}", j, r.step, r.fee.minor());
            }
            Err(LawError::RateUnknown(_)) => {}
            Err(e) => prop_assert!(false, "unexpected {e}"),
        }
    }

    /// Merging never costs more than separate cases.
    #[test]
    fn merged_agency_fee_never_exceeds_separate_fees(
        principals in proptest::collection::vec(0i64..60_000_000, 1..6),
        heavy in any::<bool>(),
        debtor in debtor(),
        year in 2017i16..2027,
    ) {
        let ps: Vec<Money> = principals.iter().map(|&p| Money::from_minor(p, Currency::NOK)).collect();
        let on = Date::new(year, 3, 1).unwrap();
        let m = law::merged_agency_fee(tables(), &ps, on, heavy, debtor).unwrap();
        prop_assert!(m.fee.minor() <= m.separate_total.minor());
        prop_assert_eq!(m.separate.iter().map(|s| s.minor()).sum::<i64>(), m.separate_total.minor());
        prop_assert!(m.fee.minor() <= m.combined.minor());
    }

    /// Deadlines: NO is always 14 calendar days on the same weekday; SE is at least 8 days and
    /// at least 4 bank days after presumed receipt.
    #[test]
    fn deadline_floors_hold(offset in 0i64..20_000, electronic in any::<bool>()) {
        let sent = day("2000-01-01", offset);
        let delivery = if electronic { Delivery::Electronic } else { Delivery::Post };
        let no = law::earliest_deadline(Jurisdiction::NO, FeeKind::CollectionWarning, sent, delivery).unwrap();
        prop_assert_eq!((no.earliest_deadline - sent).get_days(), 14);
        prop_assert_eq!(no.earliest_deadline.weekday(), sent.weekday());
        let se = law::earliest_deadline(Jurisdiction::SE, FeeKind::CollectionDemand, sent, delivery).unwrap();
        prop_assert!((se.earliest_deadline - sent).get_days() >= 8);
        let receipt = law::presumed_receipt(Jurisdiction::SE, sent, delivery);
        prop_assert!(law::add_bank_days(Jurisdiction::SE, receipt, 4) <= se.earliest_deadline);
        prop_assert!(receipt >= sent);
    }

    /// Our day arithmetic agrees with jiff for any date (checked through the public calendar API).
    #[test]
    fn bank_day_steps_agree_with_jiff(offset in -100_000i64..100_000, j in jurisdiction()) {
        let d = day("2000-01-01", offset);
        let next = law::add_bank_days(j, d, 1);
        prop_assert!(next > d);
        prop_assert!(law::is_bank_day(j, next));
        let weekday = next.weekday().to_monday_zero_offset();
        prop_assert!(weekday < 5);
        let mut between = d.tomorrow().unwrap();
        while between < next {
            prop_assert!(!law::is_bank_day(j, between));
            between = between.tomorrow().unwrap();
        }
    }
}

#[test]
fn the_bracket_table_is_not_subadditive_so_merging_is_capped() {
    // Two claims of 25 001 NOK: 1.60 × 700 each (2 240 together) but 3.60 × 700 merged (2 520).
    let ps = [Money::from_minor(2_500_100, Currency::NOK), Money::from_minor(2_500_100, Currency::NOK)];
    let m = law::merged_agency_fee(tables(), &ps, date("2025-03-01"), false, DebtorKind::Consumer).unwrap();
    assert_eq!(m.combined.minor(), 252_000);
    assert_eq!(m.separate_total.minor(), 224_000);
    assert_eq!(m.fee.minor(), 224_000);
}
