//! Individual rules: start rules, contract rates, due-date moves, fee refusals, contact, limitation,
//! and the reason templates themselves.

use super::{assert_renders, date};
use domain::law::reason::ALL_RULES;
use domain::law::{
    self, ContractRate, Delivery, FeeRequest, InterestRequest, InterestStart, Interruption, InterruptionKind, Lang,
    LawError, LawTables, Rate, TableId,
};
use domain::{Currency, DebtorKind, FeeKind, Jurisdiction, Money};
use jiff::civil::DateTime;

fn sek(minor: i64) -> Money {
    Money::from_minor(minor, Currency::SEK)
}

fn nok(minor: i64) -> Money {
    Money::from_minor(minor, Currency::NOK)
}

#[test]
fn every_rule_has_three_languages_with_the_same_placeholders() {
    fn placeholders(t: &str) -> Vec<&str> {
        let mut out: Vec<&str> = t.split('{').skip(1).filter_map(|s| s.split_once('}').map(|(k, _)| k)).collect();
        out.sort();
        out
    }
    let mut ids = std::collections::HashSet::new();
    for rule in ALL_RULES {
        assert!(ids.insert(rule.id), "duplicate rule id {}", rule.id);
        assert!(!rule.statute.is_empty());
        let en = placeholders(rule.en);
        for lang in [Lang::Sv, Lang::Nb] {
            assert_eq!(placeholders(rule.template(lang)), en, "{} {:?}", rule.id, lang);
        }
    }
}

#[test]
fn reasons_render_in_three_languages_with_local_decimals() {
    let t = LawTables::builtin();
    let req = InterestRequest::statutory(Jurisdiction::SE, sek(678_000), date("2020-12-31"), date("2021-04-20"));
    let r = law::interest(&t, &req).unwrap();
    let line = r.reasons.iter().find(|r| r.rule_id() == "se.interest.period").unwrap();
    assert_eq!(line.statute(), "räntelagen (1975:635) 6 §");
    let en = line.render(Lang::En);
    let sv = line.render(Lang::Sv);
    let nb = line.render(Lang::Nb);
    assert!(en.contains("110 days") && en.contains("8.00 %") && en.contains("163.46 SEK"), "{en}");
    assert!(sv.contains("110 dagar") && sv.contains("8,00 %") && sv.contains("163,46 SEK"), "{sv}");
    assert!(nb.contains("110 dager") && nb.contains("2021-01-01"), "{nb}");
    assert_eq!(line.input("days").unwrap().to_string(), "110");
    let json = serde_json::to_value(line).unwrap();
    assert_eq!(json["rule_id"], "se.interest.period");
    assert_eq!(json["inputs"]["rate"], "8.00");
}

#[test]
fn interest_is_zero_when_paid_on_time_and_rejects_negative_principal() {
    let t = LawTables::builtin();
    let on_time = InterestRequest::statutory(Jurisdiction::SE, sek(100_000), date("2024-05-31"), date("2024-05-31"));
    let r = law::interest(&t, &on_time).unwrap();
    assert_eq!(r.interest.minor(), 0);
    assert!(r.periods.is_empty());
    assert_eq!(r.reasons.last().unwrap().rule_id(), "interest.none");
    let negative = InterestRequest::statutory(Jurisdiction::SE, sek(-1), date("2024-05-31"), date("2024-06-30"));
    assert!(matches!(law::interest(&t, &negative), Err(LawError::NegativePrincipal(_))));
}

#[test]
fn norway_needs_no_interest_warning_and_counts_30_days_from_the_demand() {
    let t = LawTables::builtin();
    let req = InterestRequest {
        start: InterestStart::NoAgreedDueDate { demand_sent: date("2025-01-10"), warned_of_interest: false },
        ..InterestRequest::statutory(Jurisdiction::NO, nok(1_000_000), date("2000-01-01"), date("2025-03-01"))
    };
    let r = law::interest(&t, &req).unwrap();
    assert_eq!(r.accrual, Some((date("2025-02-09"), date("2025-03-01"))));
    // 10 000 × 12.5 % × 21 / 365 = 71.917… → 71.92
    assert_eq!(r.interest.minor(), 7_192);
}

#[test]
fn contract_rates_replace_or_top_up_the_statutory_rate() {
    let t = LawTables::builtin();
    let base = InterestRequest::statutory(Jurisdiction::SE, sek(1_000_000), date("2022-12-31"), date("2023-12-31"));
    let replace = InterestRequest { contract_rate: Some(ContractRate::Replace(Rate::parse("12").unwrap())), ..base };
    let r = law::interest(&t, &replace).unwrap();
    assert_eq!(r.periods.len(), 1);
    assert_eq!(r.interest.minor(), 120_000);
    let at_least =
        InterestRequest { contract_rate: Some(ContractRate::AtLeastStatutory(Rate::parse("11").unwrap())), ..base };
    let r = law::interest(&t, &at_least).unwrap();
    let rates: Vec<String> = r.periods.iter().map(|p| p.rate.percent_string()).collect();
    assert_eq!(rates, ["11.00", "11.50"], "agreed 11 % beats 10.5 % in H1, statutory 11.5 % wins in H2");
    let negative = InterestRequest { contract_rate: Some(ContractRate::Replace(Rate::parse("-1").unwrap())), ..base };
    assert!(matches!(law::interest(&t, &negative), Err(LawError::InvalidInput(_))));
}

#[test]
fn norwegian_lines_split_at_new_year_when_the_day_basis_changes() {
    let t = LawTables::builtin();
    let req = InterestRequest {
        contract_rate: Some(ContractRate::Replace(Rate::parse("10").unwrap())),
        ..InterestRequest::statutory(Jurisdiction::NO, nok(3_650_000), date("2023-11-30"), date("2024-01-31"))
    };
    let r = law::interest(&t, &req).unwrap();
    let lines: Vec<(i32, i32)> = r.periods.iter().map(|p| (p.days, p.day_basis)).collect();
    assert_eq!(lines, [(31, 365), (31, 366)]);
    // 36 500 × 10 % × 31/365 = 310.00 and × 31/366 = 309.153… → 309.15
    assert_eq!(r.periods[0].interest.minor(), 31_000);
    assert_eq!(r.periods[1].interest.minor(), 30_915);
}

#[test]
fn equal_rates_in_consecutive_half_years_make_one_line() {
    let t = LawTables::builtin();
    let req = InterestRequest::statutory(Jurisdiction::SE, sek(1_000_000), date("2020-03-31"), date("2021-03-31"));
    let r = law::interest(&t, &req).unwrap();
    assert_eq!(r.periods.len(), 1, "0.00 + 8 throughout 2020-H1 … 2021-H1");
    assert_eq!(r.periods[0].days, 365);
    assert_eq!(r.interest.minor(), 80_000);
}

#[test]
fn moving_due_dates_off_holidays() {
    let se = law::effective_due_date(Jurisdiction::SE, date("2025-12-24"));
    assert_eq!(se.date, date("2025-12-29"));
    assert!(se.moved);
    assert_renders(&se.reasons);
    assert_eq!(law::effective_due_date(Jurisdiction::SE, date("2020-12-31")).date, date("2021-01-04"));
    assert_eq!(law::effective_due_date(Jurisdiction::NO, date("2025-05-17")).date, date("2025-05-19"));
    let christmas_eve = law::effective_due_date(Jurisdiction::NO, date("2025-12-24"));
    assert!(!christmas_eve.moved, "Christmas Eve is a business day for NO due dates");
    // With the move switched on, interest starts after the moved date.
    let t = LawTables::builtin();
    let req = InterestRequest {
        move_due_date: true,
        ..InterestRequest::statutory(Jurisdiction::SE, sek(678_000), date("2020-12-31"), date("2021-04-20"))
    };
    assert_eq!(law::interest(&t, &req).unwrap().accrual, Some((date("2021-01-05"), date("2021-04-20"))));
}

fn fee_req(j: Jurisdiction, debtor: DebtorKind, step: FeeKind, due: &str, sent: &str) -> FeeRequest {
    FeeRequest {
        jurisdiction: j,
        debtor,
        step,
        principal: Money::from_minor(500_000, if j == Jurisdiction::SE { Currency::SEK } else { Currency::NOK }),
        due: date(due),
        sent: date(sent),
        history: Default::default(),
    }
}

#[test]
fn refused_steps_still_answer_with_zero_and_a_reason() {
    let t = LawTables::builtin();
    let cases = [
        (
            fee_req(Jurisdiction::SE, DebtorKind::Consumer, FeeKind::Reminder, "2025-01-31", "2025-02-10"),
            "se.fee.reminder.not-agreed",
        ),
        (
            fee_req(Jurisdiction::SE, DebtorKind::Consumer, FeeKind::CollectionDemand, "2025-01-31", "2025-01-31"),
            "fee.before-due",
        ),
        (
            fee_req(Jurisdiction::SE, DebtorKind::Consumer, FeeKind::LateCompensation, "2025-01-31", "2025-02-10"),
            "se.fee.late-compensation.consumer",
        ),
        (
            fee_req(Jurisdiction::SE, DebtorKind::Consumer, FeeKind::CollectionWarning, "2025-01-31", "2025-02-10"),
            "fee.not-in-jurisdiction",
        ),
        (
            fee_req(Jurisdiction::NO, DebtorKind::Consumer, FeeKind::Reminder, "2025-01-31", "2025-02-13"),
            "no.fee.too-early",
        ),
        (
            fee_req(Jurisdiction::NO, DebtorKind::Consumer, FeeKind::PaymentDemand, "2025-01-31", "2025-03-13"),
            "no.fee.payment-demand.no-prior",
        ),
        (
            fee_req(Jurisdiction::NO, DebtorKind::Consumer, FeeKind::AgencyFee, "2025-01-31", "2025-03-13"),
            "no.fee.agency-fee.no-demand",
        ),
        (
            fee_req(Jurisdiction::NO, DebtorKind::Consumer, FeeKind::LateCompensation, "2025-01-31", "2025-03-13"),
            "no.fee.standard-compensation.consumer",
        ),
    ];
    for (req, rule) in cases {
        let r = law::fee(&t, &req).unwrap();
        assert_eq!((r.fee.minor(), r.allowed), (0, false), "{rule}");
        assert!(r.reasons.iter().any(|x| x.rule_id() == rule), "{rule}: {:#?}", r.reasons);
        assert_renders(&r.reasons);
    }
}

#[test]
fn norwegian_fees_use_the_rate_of_the_sending_day() {
    let t = LawTables::builtin();
    let late_2025 =
        law::fee(&t, &fee_req(Jurisdiction::NO, DebtorKind::Consumer, FeeKind::Reminder, "2025-12-01", "2025-12-31"))
            .unwrap();
    let early_2026 =
        law::fee(&t, &fee_req(Jurisdiction::NO, DebtorKind::Consumer, FeeKind::Reminder, "2025-12-01", "2026-01-02"))
            .unwrap();
    assert_eq!(late_2025.fee.minor(), 3_500);
    assert_eq!(early_2026.fee.minor(), 3_800);
    assert!(early_2026.reasons.iter().any(|r| r.rule_id() == "no.fee.rounded"));
}

#[test]
fn heavy_and_business_agency_fees() {
    let t = LawTables::builtin();
    let mut req = fee_req(Jurisdiction::NO, DebtorKind::Consumer, FeeKind::AgencyFee, "2025-01-31", "2025-04-29");
    req.principal = nok(1_500_000); // 15 000 NOK: 1.60 × 700 = 1 120 light
    req.history.payment_demand_deadline = Some(date("2025-04-01"));
    assert_eq!(law::fee(&t, &req).unwrap().fee.minor(), 112_000, "28 days late: still light");
    req.sent = date("2025-04-30");
    assert_eq!(law::fee(&t, &req).unwrap().fee.minor(), 224_000, "29 days late: heavy");
    req.debtor = DebtorKind::Business;
    assert_eq!(law::fee(&t, &req).unwrap().fee.minor(), 336_000, "heavy × 1.5");
}

#[test]
fn deadlines_for_steps_that_do_not_exist_are_errors() {
    let err = law::earliest_deadline(Jurisdiction::SE, FeeKind::CollectionWarning, date("2025-03-03"), Delivery::Post);
    assert!(matches!(err, Err(LawError::StepNotInJurisdiction { .. })));
    let se_pd =
        law::earliest_deadline(Jurisdiction::SE, FeeKind::PaymentDemand, date("2025-03-03"), Delivery::Post).unwrap();
    assert_eq!(se_pd.step, FeeKind::CollectionDemand);
    assert_eq!(se_pd.earliest_deadline, date("2025-03-11"));
    let no_reminder =
        law::earliest_deadline(Jurisdiction::NO, FeeKind::Reminder, date("2025-12-11"), Delivery::Post).unwrap();
    assert_eq!(no_reminder.earliest_deadline, date("2025-12-25"), "14 days even onto Christmas Day");
}

fn at(text: &str) -> DateTime {
    text.parse().unwrap()
}

#[test]
fn norwegian_phone_contact_windows_and_caps() {
    let j = Jurisdiction::NO;
    let allowed = |t: &str, earlier: &[DateTime]| law::phone_contact(j, at(t), earlier).allowed;
    assert!(!allowed("2025-03-03T07:59", &[]));
    assert!(allowed("2025-03-03T08:00", &[]));
    assert!(allowed("2025-03-03T20:59", &[]));
    assert!(!allowed("2025-03-03T21:00", &[]));
    assert!(allowed("2025-03-08T09:00", &[]), "Saturday morning");
    assert!(!allowed("2025-03-08T15:00", &[]), "Saturday afternoon");
    assert!(!allowed("2025-03-09T12:00", &[]), "Sunday");
    assert!(!allowed("2025-05-01T12:00", &[]), "1 May");
    assert!(!allowed("2025-05-17T10:00", &[]), "17 May on a Saturday");
    assert!(!allowed("2025-03-03T15:00", &[at("2025-03-03T09:00")]), "one call a day");
    let week = [
        at("2025-03-03T09:00"),
        at("2025-03-04T09:00"),
        at("2025-03-05T09:00"),
        at("2025-03-06T09:00"),
        at("2025-03-07T09:00"),
    ];
    assert!(!allowed("2025-03-08T10:00", &week), "five a week");
    assert!(allowed("2025-03-10T10:00", &week), "a new ISO week");
    let month: Vec<DateTime> = (1..=15).map(|d| at(&format!("2025-01-{:02}T10:00", d + 1))).collect();
    assert!(!allowed("2025-01-31T10:00", &month), "fifteen a month");
    let d = law::phone_contact(Jurisdiction::NO, at("2025-03-03T21:00"), &[]);
    assert_renders(&d.reasons);
    assert!(law::phone_contact(Jurisdiction::SE, at("2025-03-09T23:00"), &[]).allowed);
}

#[test]
fn limitation_dates() {
    let lim = |j, k, arose: &str, due: &str, ints: &[Interruption]| {
        law::limitation(j, k, date(arose), date(due), ints).barred_from
    };
    assert_eq!(lim(Jurisdiction::SE, DebtorKind::Consumer, "2020-03-01", "2020-03-31", &[]), date("2023-03-01"));
    assert_eq!(lim(Jurisdiction::SE, DebtorKind::Business, "2020-03-01", "2020-03-31", &[]), date("2030-03-01"));
    let demand = Interruption { on: date("2022-01-10"), kind: InterruptionKind::WrittenDemand };
    assert_eq!(lim(Jurisdiction::SE, DebtorKind::Consumer, "2020-03-01", "2020-03-31", &[demand]), date("2025-01-10"));
    let letter = Interruption { on: date("2023-01-10"), kind: InterruptionKind::WrittenDemand };
    let ack = Interruption { on: date("2024-06-01"), kind: InterruptionKind::Acknowledgement };
    assert_eq!(lim(Jurisdiction::NO, DebtorKind::Consumer, "2022-01-20", "2022-02-28", &[letter]), date("2025-02-28"));
    assert_eq!(
        lim(Jurisdiction::NO, DebtorKind::Consumer, "2022-01-20", "2022-02-28", &[letter, ack]),
        date("2027-06-01")
    );
    // An interruption after the claim is already time-barred revives nothing.
    let late = Interruption { on: date("2026-01-01"), kind: InterruptionKind::Acknowledgement };
    assert_eq!(lim(Jurisdiction::NO, DebtorKind::Consumer, "2022-01-20", "2022-02-28", &[late]), date("2025-02-28"));
    let full =
        law::limitation(Jurisdiction::NO, DebtorKind::Consumer, date("2022-01-20"), date("2022-02-28"), &[letter, ack]);
    assert_renders(&full.reasons);
    assert!(full.reasons.iter().any(|r| r.rule_id() == "no.limitation.letter-ignored"));
}

#[test]
fn a_fee_whose_table_has_a_gap_is_rate_unknown() {
    let t = LawTables::builtin();
    let req = fee_req(Jurisdiction::NO, DebtorKind::Business, FeeKind::LateCompensation, "2017-08-01", "2017-08-20");
    match law::fee(&t, &req) {
        Err(LawError::RateUnknown(u)) => assert_eq!(u.table, TableId::NoStandardCompensation),
        other => panic!("expected RateUnknown, got {other:?}"),
    }
}

#[test]
fn an_unknown_half_year_is_reported_whole() {
    let t = LawTables::builtin();
    let req = fee_req(Jurisdiction::NO, DebtorKind::Business, FeeKind::LateCompensation, "2017-08-15", "2017-09-10");
    let Err(LawError::RateUnknown(u)) = law::fee(&t, &req) else { panic!("expected RateUnknown") };
    assert_eq!((u.period.from, u.period.to), (date("2017-07-01"), date("2017-12-31")));
}
