//! Holidays and bank days checked against known dates for several years.

use super::date;
use domain::Jurisdiction::{NO, SE};
use domain::law::{self, DayKind, DayName};

fn holiday_dates(j: domain::Jurisdiction, year: i16) -> Vec<(String, DayName)> {
    law::public_holidays(j, year).into_iter().map(|h| (h.date.to_string(), h.name)).collect()
}

#[test]
fn easter_sundays_match_known_dates() {
    for (year, easter) in [
        (1818, "1818-03-22"),
        (1943, "1943-04-25"),
        (2000, "2000-04-23"),
        (2008, "2008-03-23"),
        (2011, "2011-04-24"),
        (2019, "2019-04-21"),
        (2024, "2024-03-31"),
        (2025, "2025-04-20"),
        (2026, "2026-04-05"),
        (2038, "2038-04-25"),
        (2285, "2285-03-22"),
    ] {
        assert_eq!(law::easter_sunday(year), date(easter), "Easter {year}");
    }
}

#[test]
fn swedish_holidays_2024_2025_2026() {
    let y2024 = holiday_dates(SE, 2024);
    let expect_2024 = [
        ("2024-01-01", DayName::NewYearsDay),
        ("2024-01-06", DayName::Epiphany),
        ("2024-03-29", DayName::GoodFriday),
        ("2024-03-31", DayName::EasterSunday),
        ("2024-04-01", DayName::EasterMonday),
        ("2024-05-01", DayName::LabourDay),
        ("2024-05-09", DayName::AscensionDay),
        ("2024-05-19", DayName::WhitSunday),
        ("2024-06-06", DayName::NationalDay),
        ("2024-06-22", DayName::MidsummerDay),
        ("2024-11-02", DayName::AllSaintsDay),
        ("2024-12-25", DayName::ChristmasDay),
        ("2024-12-26", DayName::BoxingDay),
    ];
    assert_eq!(y2024, expect_2024.iter().map(|(d, n)| (d.to_string(), *n)).collect::<Vec<_>>());

    let y2025 = holiday_dates(SE, 2025);
    for (d, n) in [
        ("2025-04-18", DayName::GoodFriday),
        ("2025-04-21", DayName::EasterMonday),
        ("2025-05-29", DayName::AscensionDay),
        ("2025-06-08", DayName::WhitSunday),
        ("2025-06-21", DayName::MidsummerDay),
        ("2025-11-01", DayName::AllSaintsDay),
    ] {
        assert!(y2025.contains(&(d.to_string(), n)), "SE 2025 {d} {n:?}");
    }
    let y2026 = holiday_dates(SE, 2026);
    for (d, n) in [
        ("2026-04-03", DayName::GoodFriday),
        ("2026-04-06", DayName::EasterMonday),
        ("2026-05-14", DayName::AscensionDay),
        ("2026-06-20", DayName::MidsummerDay),
        ("2026-10-31", DayName::AllSaintsDay),
    ] {
        assert!(y2026.contains(&(d.to_string(), n)), "SE 2026 {d} {n:?}");
    }
}

#[test]
fn sweden_had_whit_monday_and_no_national_day_before_2005() {
    let y2004 = holiday_dates(SE, 2004);
    assert!(y2004.contains(&("2004-05-31".to_string(), DayName::WhitMonday)));
    assert!(!y2004.iter().any(|(_, n)| *n == DayName::NationalDay));
    let y2005 = holiday_dates(SE, 2005);
    assert!(y2005.contains(&("2005-06-06".to_string(), DayName::NationalDay)));
    assert!(!y2005.iter().any(|(_, n)| *n == DayName::WhitMonday));
}

#[test]
fn norwegian_holidays_2024_2025() {
    let y2024 = holiday_dates(NO, 2024);
    let expect = [
        ("2024-01-01", DayName::NewYearsDay),
        ("2024-03-28", DayName::MaundyThursday),
        ("2024-03-29", DayName::GoodFriday),
        ("2024-03-31", DayName::EasterSunday),
        ("2024-04-01", DayName::EasterMonday),
        ("2024-05-01", DayName::LabourDay),
        ("2024-05-09", DayName::AscensionDay),
        ("2024-05-17", DayName::ConstitutionDay),
        ("2024-05-19", DayName::WhitSunday),
        ("2024-05-20", DayName::WhitMonday),
        ("2024-12-25", DayName::ChristmasDay),
        ("2024-12-26", DayName::BoxingDay),
    ];
    assert_eq!(y2024, expect.iter().map(|(d, n)| (d.to_string(), *n)).collect::<Vec<_>>());
    let y2025 = holiday_dates(NO, 2025);
    for (d, n) in [
        ("2025-04-17", DayName::MaundyThursday),
        ("2025-05-17", DayName::ConstitutionDay),
        ("2025-05-29", DayName::AscensionDay),
        ("2025-06-09", DayName::WhitMonday),
    ] {
        assert!(y2025.contains(&(d.to_string(), n)), "NO 2025 {d} {n:?}");
    }
}

#[test]
fn non_bank_weekdays_2025() {
    let se: Vec<String> = law::non_bank_weekdays(SE, 2025).iter().map(|d| d.date.to_string()).collect();
    assert_eq!(
        se,
        [
            "2025-01-01",
            "2025-01-06",
            "2025-04-18",
            "2025-04-21",
            "2025-05-01",
            "2025-05-29",
            "2025-06-06",
            "2025-06-20",
            "2025-12-24",
            "2025-12-25",
            "2025-12-26",
            "2025-12-31"
        ]
    );
    let no: Vec<String> = law::non_bank_weekdays(NO, 2025).iter().map(|d| d.date.to_string()).collect();
    assert_eq!(
        no,
        [
            "2025-01-01",
            "2025-04-17",
            "2025-04-18",
            "2025-04-21",
            "2025-05-01",
            "2025-05-29",
            "2025-06-09",
            "2025-12-24",
            "2025-12-25",
            "2025-12-26",
            "2025-12-31"
        ]
    );
}

#[test]
fn day_kinds_and_bank_day_arithmetic() {
    assert_eq!(law::day_kind(SE, date("2025-06-20")), DayKind::BankClosure(DayName::MidsummerEve));
    assert_eq!(law::day_kind(NO, date("2025-06-20")), DayKind::BankDay);
    assert_eq!(law::day_kind(NO, date("2025-05-17")), DayKind::PublicHoliday(DayName::ConstitutionDay));
    assert_eq!(law::day_kind(SE, date("2025-03-08")), DayKind::Weekend);
    assert!(law::is_bank_day(SE, date("2025-03-03")));
    // From Friday 2025-12-19 in Sweden: Mon 22, Tue 23, then 29, 30, then 2 January.
    assert_eq!(law::add_bank_days(SE, date("2025-12-19"), 5), date("2026-01-02"));
    assert_eq!(law::add_bank_days(NO, date("2025-12-19"), 5), date("2026-01-02"));
    assert_eq!(law::next_bank_day_on_or_after(SE, date("2025-12-24")), date("2025-12-29"));
}

#[test]
fn day_by_day_lookup_agrees_with_the_holiday_lists() {
    // The hot-path lookup and the yearly list are written separately; they must agree every day.
    for j in [SE, NO] {
        for year in (1960i16..2100).step_by(3) {
            let listed = law::public_holidays(j, year);
            let mut d = jiff::civil::Date::new(year, 1, 1).unwrap();
            let mut found = Vec::new();
            while d.year() == year {
                if let DayKind::PublicHoliday(name) = law::day_kind(j, d) {
                    found.push((d, name));
                }
                d = d.tomorrow().unwrap();
            }
            // Two holidays can share a day (Ascension fell on 1 May in 2008); the lookup names one.
            let mut dates: Vec<_> = listed.iter().map(|h| h.date).collect();
            dates.dedup();
            assert_eq!(found.iter().map(|f| f.0).collect::<Vec<_>>(), dates, "{j} {year}");
            for (d, name) in found {
                assert!(listed.iter().any(|h| h.date == d && h.name == name), "{j} {d} {name:?}");
            }
        }
    }
}

#[test]
fn bank_and_business_days_agree_with_day_kinds_on_every_day_of_the_lookup_tables() {
    // `is_bank_day` and the NO due-date move read compile-time tables for 1900–2299 and compute
    // outside them; `day_kind` always computes. They must agree every day, across both edges.
    let first = date("1899-12-20");
    let last = date("2300-01-10");
    for j in [SE, NO] {
        let mut d = first;
        let mut bank_days = 0;
        while d <= last {
            let kind = law::day_kind(j, d);
            assert_eq!(law::is_bank_day(j, d), kind == DayKind::BankDay, "{j} {d} {kind:?}");
            bank_days += usize::from(kind == DayKind::BankDay);
            // An NO due date stays on any weekday that is not a public holiday (closures included).
            if j == NO {
                let business = matches!(kind, DayKind::BankDay | DayKind::BankClosure(_));
                assert_eq!(!law::effective_due_date(j, d).moved, business, "{j} {d} {kind:?}");
            }
            d = d.tomorrow().unwrap();
        }
        assert!(bank_days > 100_000, "{j}: {bank_days}");
    }
}
