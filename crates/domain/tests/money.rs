//! `domain::money`: exact decimal parsing, formatting and checked arithmetic.

use domain::money::{Currency, Money, MoneyError, format_minor, parse_minor};
use proptest::prelude::*;

#[test]
fn parses_plain_and_grouped_amounts_exactly() {
    assert_eq!(parse_minor("6780.00"), Ok(678_000));
    assert_eq!(parse_minor("6780"), Ok(678_000));
    assert_eq!(parse_minor("1 234,5"), Ok(123_450));
    assert_eq!(parse_minor("1\u{a0}234,50"), Ok(123_450));
    assert_eq!(parse_minor("1\u{202f}234.05"), Ok(123_405));
    assert_eq!(parse_minor("  12.3  "), Ok(1_230));
    assert_eq!(parse_minor("-12"), Ok(-1_200));
    assert_eq!(parse_minor("+0.05"), Ok(5));
    assert_eq!(parse_minor("-0.05"), Ok(-5));
    assert_eq!(parse_minor(".5"), Ok(50));
    assert_eq!(parse_minor("7."), Ok(700));
    assert_eq!(parse_minor("0"), Ok(0));
}

#[test]
fn refuses_a_third_decimal_instead_of_rounding() {
    for text in ["1234.567", "0.001", "1,005", "-0.999"] {
        assert!(
            matches!(parse_minor(text), Err(MoneyError::TooManyDecimals(_))),
            "{text:?} gave {:?}",
            parse_minor(text)
        );
    }
}

#[test]
fn refuses_text_that_is_not_an_amount() {
    for text in ["", "   ", "-", ".", "abc", "12a", "1.2.3", "1e5", "--1", "SEK 10", "12.-", "0x10", "1.a"] {
        assert!(matches!(parse_minor(text), Err(MoneyError::NotAnAmount(_))), "{text:?} gave {:?}", parse_minor(text));
    }
}

#[test]
fn overflow_is_an_error_never_a_wrap() {
    // i64::MAX is 92 233 720 368 547 758.07 in minor units.
    assert_eq!(parse_minor("92233720368547758.07"), Ok(i64::MAX));
    assert_eq!(parse_minor("92233720368547758.08"), Err(MoneyError::Overflow));
    assert_eq!(parse_minor("92233720368547759"), Err(MoneyError::Overflow));
    assert_eq!(parse_minor("99999999999999999999999"), Err(MoneyError::Overflow));
    assert_eq!(parse_minor("-92233720368547758.07"), Ok(-i64::MAX));

    let sek = |m| Money::from_minor(m, Currency::SEK);
    assert_eq!(sek(i64::MAX).checked_add(sek(1)), Err(MoneyError::Overflow));
    assert_eq!(sek(i64::MIN).checked_sub(sek(1)), Err(MoneyError::Overflow));
    assert_eq!(sek(i64::MIN).checked_neg(), Err(MoneyError::Overflow));
    assert_eq!(sek(i64::MAX).checked_neg(), Ok(sek(-i64::MAX)));
}

#[test]
fn formats_with_two_decimals() {
    assert_eq!(format_minor(678_000), "6780.00");
    assert_eq!(format_minor(0), "0.00");
    assert_eq!(format_minor(5), "0.05");
    assert_eq!(format_minor(-5), "-0.05");
    assert_eq!(format_minor(-123_450), "-1234.50");
    assert_eq!(format_minor(i64::MAX), "92233720368547758.07");
    assert_eq!(format_minor(i64::MIN), "-92233720368547758.08");
    assert_eq!(Money::from_minor(678_000, Currency::SEK).to_string(), "6780.00 SEK");
    assert_eq!(Money::from_minor(-1, Currency::NOK).to_decimal_string(), "-0.01");
}

#[test]
fn money_parse_keeps_the_currency() {
    let m = Money::parse("1 234,5", Currency::EUR).unwrap();
    assert_eq!(m.minor(), 123_450);
    assert_eq!(m.currency(), Currency::EUR);
    assert!(m.is_positive() && !m.is_negative() && !m.is_zero());
    assert!(Money::zero(Currency::DKK).is_zero());
    assert!(matches!(Money::parse("1.001", Currency::SEK), Err(MoneyError::TooManyDecimals(_))));
}

#[test]
fn currencies_never_mix() {
    let sek = Money::from_minor(100, Currency::SEK);
    let nok = Money::from_minor(100, Currency::NOK);
    assert_eq!(sek.checked_add(nok), Err(MoneyError::CurrencyMismatch(Currency::SEK, Currency::NOK)));
    assert_eq!(sek.checked_sub(nok), Err(MoneyError::CurrencyMismatch(Currency::SEK, Currency::NOK)));
    assert_eq!(nok.min(sek), Err(MoneyError::CurrencyMismatch(Currency::NOK, Currency::SEK)));
    assert_eq!(sek.checked_add(sek), Ok(Money::from_minor(200, Currency::SEK)));
    assert_eq!(sek.checked_sub(Money::from_minor(150, Currency::SEK)), Ok(Money::from_minor(-50, Currency::SEK)));
    assert_eq!(sek.min(Money::from_minor(-3, Currency::SEK)), Ok(Money::from_minor(-3, Currency::SEK)));
    // Equal amounts in different currencies are different money.
    assert_ne!(sek, nok);
}

#[test]
fn currency_codes() {
    for c in Currency::ALL {
        assert_eq!(c.code().parse::<Currency>(), Ok(c));
        assert_eq!(c.code().to_ascii_lowercase().parse::<Currency>(), Ok(c));
        assert_eq!(c.to_string(), c.code());
        assert_eq!(c.minor_per_major(), 100);
    }
    assert_eq!(" sek ".parse::<Currency>(), Ok(Currency::SEK));
    for bad in ["USD", "", "SEKK", "kr"] {
        assert!(matches!(bad.parse::<Currency>(), Err(MoneyError::UnknownCurrency(_))), "{bad:?}");
    }
}

proptest! {
    #[test]
    fn format_then_parse_round_trips(minor in (i64::MIN + 1)..=i64::MAX) {
        let text = format_minor(minor);
        prop_assert_eq!(parse_minor(&text), Ok(minor));
        // The comma form reads the same.
        prop_assert_eq!(parse_minor(&text.replace('.', ",")), Ok(minor));
        prop_assert_eq!(Money::parse(&text, Currency::NOK), Ok(Money::from_minor(minor, Currency::NOK)));
    }

    #[test]
    fn small_amounts_round_trip(minor in -10_000_000i64..10_000_000) {
        prop_assert_eq!(parse_minor(&format_minor(minor)), Ok(minor));
    }

    #[test]
    fn parse_then_format_is_canonical(whole in 0u64..1_000_000_000, frac in 0u32..100, neg: bool) {
        let sign = if neg { "-" } else { "" };
        let text = format!("{sign}{whole}.{frac:02}");
        let minor = parse_minor(&text).unwrap();
        let expected = (whole as i64) * 100 + i64::from(frac);
        prop_assert_eq!(minor, if neg { -expected } else { expected });
        if minor != 0 {
            prop_assert_eq!(format_minor(minor), text);
        }
    }

    #[test]
    fn checked_add_matches_i128(a: i64, b: i64) {
        let sum = i128::from(a) + i128::from(b);
        let got = Money::from_minor(a, Currency::SEK).checked_add(Money::from_minor(b, Currency::SEK));
        match i64::try_from(sum) {
            Ok(s) => prop_assert_eq!(got, Ok(Money::from_minor(s, Currency::SEK))),
            Err(_) => prop_assert_eq!(got, Err(MoneyError::Overflow)),
        }
    }
}
