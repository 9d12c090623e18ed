//! The compiled-in tables: coverage, spot values from law.md, overrides and the listing.

use super::date;
use domain::law::{self, InterestRequest};
use domain::law::{LawError, LawTables, Origin, RateOverride, TableError, TableId, Verification};
use domain::{Currency, Jurisdiction, Money};

#[test]
fn builtin_tables_load_and_every_row_has_a_source() {
    let tables = LawTables::builtin();
    for table in tables.tables() {
        assert!(!table.rows.is_empty(), "{} is empty", table.id);
        for row in &table.rows {
            assert!(!row.source.trim().is_empty());
            assert_ne!(row.verification, Verification::Local);
            assert_eq!(row.origin, Origin::Builtin);
        }
    }
}

/// Every half-year from `from` through `to` has a rate (no silent gaps in the history).
fn assert_contiguous(tables: &LawTables, table: TableId, from: (i16, i8), to: (i16, i8)) {
    let (mut y, mut m) = from;
    while (y, m) <= to {
        let d = jiff::civil::Date::new(y, m, 1).unwrap();
        assert!(tables.rate_on(table, d).is_ok(), "{table} has no rate for {d}");
        if m == 1 {
            m = 7
        } else {
            m = 1;
            y += 1
        }
    }
}

#[test]
fn rate_histories_cover_the_required_years() {
    let tables = LawTables::builtin();
    assert_contiguous(&tables, TableId::SeReferenceRate, (2002, 7), (2026, 7));
    assert_contiguous(&tables, TableId::NoLateInterestRate, (2004, 1), (2026, 7));
    assert!(tables.rate_on(TableId::SeReferenceRate, date("2002-06-30")).is_err());
    assert!(tables.rate_on(TableId::SeReferenceRate, date("2027-01-01")).is_err());
}

#[test]
fn spot_values_match_law_md() {
    let t = LawTables::builtin();
    let rate = |table, d: &str| t.rate_on(table, date(d)).unwrap().percent_string();
    assert_eq!(rate(TableId::SeReferenceRate, "2016-09-01"), "-0.50");
    assert_eq!(rate(TableId::SeReferenceRate, "2023-03-01"), "2.50");
    assert_eq!(rate(TableId::SeReferenceRate, "2023-12-31"), "3.50");
    assert_eq!(rate(TableId::SeReferenceRate, "2025-01-01"), "3.00");
    assert_eq!(rate(TableId::SeReferenceRate, "2002-07-01"), "4.50");
    assert_eq!(rate(TableId::NoLateInterestRate, "2020-08-01"), "8.00");
    assert_eq!(rate(TableId::NoLateInterestRate, "2023-02-01"), "10.75");
    assert_eq!(rate(TableId::NoLateInterestRate, "2025-07-01"), "12.25");
    assert_eq!(rate(TableId::NoLateInterestRate, "2008-10-01"), "12.75");
    let amount = |table, d: &str| t.amount_minor_on(table, date(d)).unwrap();
    assert_eq!(amount(TableId::NoInkassosats, "2025-12-31"), 70_000);
    assert_eq!(amount(TableId::NoInkassosats, "2026-01-01"), 75_000);
    assert_eq!(amount(TableId::NoStandardCompensation, "2024-03-01"), 47_000);
    assert_eq!(amount(TableId::SeReminderFee, "2030-01-01"), 6_000);
    assert_eq!(amount(TableId::SeCollectionDemandFee, "2025-01-01"), 18_000);
    assert_eq!(amount(TableId::SeInstalmentPlanFee, "2025-01-01"), 17_000);
    assert_eq!(amount(TableId::SeLateCompensation, "2025-01-01"), 45_000);
    assert_eq!(amount(TableId::SeInstalmentNoticeFee, "2025-01-01"), 6_000);
    // A half-year with no known compensation is unknown, not zero.
    let gap = t.amount_minor_on(TableId::NoStandardCompensation, date("2017-09-01")).unwrap_err();
    assert_eq!(gap.table, TableId::NoStandardCompensation);
}

fn ov(table: &str, from: &str, value: &str) -> RateOverride {
    RateOverride { table: table.into(), valid_from: date(from), value: value.into(), source: "test decision".into() }
}

#[test]
fn overrides_extend_and_replace_rows() {
    let base = LawTables::builtin();
    let t = base
        .with_overrides(&[ov("se-reference-rate", "2027-01-01", "1.50"), ov("no-inkassosats", "2026-01-01", "760")])
        .unwrap();
    assert_eq!(t.rate_on(TableId::SeReferenceRate, date("2027-03-01")).unwrap().percent_string(), "1.50");
    assert_eq!(t.amount_minor_on(TableId::NoInkassosats, date("2026-05-01")).unwrap(), 76_000);
    let row = t.row_on(TableId::NoInkassosats, date("2026-05-01")).unwrap();
    assert_eq!((row.origin, row.verification), (Origin::Override, Verification::Local));
    // Interest into 2027 is now known; without the override it is a named RateUnknown.
    let req = InterestRequest::statutory(
        Jurisdiction::SE,
        Money::from_minor(1_000_000, Currency::SEK),
        date("2026-12-31"),
        date("2027-01-31"),
    );
    assert_eq!(law::interest(&t, &req).unwrap().interest.minor(), 8_068);
    match law::interest(&base, &req) {
        Err(LawError::RateUnknown(u)) => {
            assert_eq!(u.table, TableId::SeReferenceRate);
            assert_eq!((u.period.from, u.period.to), (date("2027-01-01"), date("2027-01-31")));
        }
        other => panic!("expected RateUnknown, got {other:?}"),
    }
    // The listing shows the new rows with the installation's tag.
    let listed = t.list();
    assert_eq!(listed.len(), base.list().len() + 1);
    assert!(listed.iter().any(|r| r.table == TableId::SeReferenceRate
        && r.valid_from == date("2027-01-01")
        && r.valid_through == Some(date("2027-06-30"))
        && r.origin == Origin::Override));
}

#[test]
fn bad_overrides_are_named_errors() {
    let t = LawTables::builtin();
    assert!(matches!(t.with_overrides(&[ov("se-repo-rate", "2027-01-01", "1")]), Err(TableError::UnknownTable { .. })));
    assert!(matches!(
        t.with_overrides(&[ov("se-reference-rate", "2027-01-01", "abc")]),
        Err(TableError::BadValue { .. })
    ));
    assert!(matches!(
        t.with_overrides(&[ov("se-reference-rate", "2027-02-01", "1")]),
        Err(TableError::NotHalfYearStart { .. })
    ));
    assert!(matches!(t.with_overrides(&[ov("no-inkassosats", "2027-01-01", "-5")]), Err(TableError::BadValue { .. })));
    assert!(matches!(
        t.with_overrides(&[ov("no-inkassosats", "2027-01-01", "700.001")]),
        Err(TableError::BadValue { .. })
    ));
    assert!(matches!(
        t.with_overrides(&[ov("no-agency-fee-brackets", "2027-01-01", "500:0.25")]),
        Err(TableError::BadValue { .. })
    ));
    let mut no_source = ov("se-reference-rate", "2027-01-01", "1");
    no_source.source = " ".into();
    assert!(matches!(t.with_overrides(&[no_source]), Err(TableError::MissingSource { .. })));
    assert_eq!(
        LawTables::validate_override(&ov("no-late-interest-rate", "2027-01-01", "12,00")),
        Ok(TableId::NoLateInterestRate)
    );
    let err = t.with_overrides(&[ov("nope", "2027-01-01", "1")]).unwrap_err().to_string();
    assert!(err.contains("se-reference-rate"), "the error lists the known tables: {err}");
}

#[test]
fn a_bracket_override_changes_the_agency_fee() {
    let t =
        LawTables::builtin().with_overrides(&[ov("no-agency-fee-brackets", "2027-01-01", "1000:0.50,*:1.00")]).unwrap();
    let (fee, _) = law::agency_fee(
        &t,
        Money::from_minor(80_000, Currency::NOK),
        date("2027-02-01"),
        false,
        domain::DebtorKind::Consumer,
    )
    .unwrap();
    assert_eq!(fee.minor(), 37_500, "0.50 × 750");
}
