//! Identifier parsing: known-good and known-bad examples per kind, and properties: every
//! generated reference validates and every single-digit change is caught.

use domain::ident::checksum::{luhn_check_digit, luhn_valid};
use domain::ident::{
    Bankgiro, CheckOptions, FnrControlRule, FnrKind, Fodselsnummer, Iban, IdError, IdKind, Kid, KidAlgorithm,
    NoAccountNumber, NoOrgNumber, Ocr, OcrControl, Personnummer, PersonnummerKind, Plusgiro, SeOrgNumber, check,
};
use jiff::civil::date;
use proptest::prelude::*;

fn today() -> jiff::civil::Date {
    date(2025, 6, 1)
}

#[test]
fn se_ocr_soft_and_hard() {
    assert_eq!(Ocr::parse("655969", OcrControl::Soft).unwrap().as_str(), "655969");
    assert!(matches!(Ocr::parse("655968", OcrControl::Soft), Err(IdError::CheckDigit { expected: '9', found: '8' })));
    // 1234567 + length digit 9 (9 digits) + check digit.
    let hard = Ocr::generate("1234567", true).unwrap();
    assert_eq!(hard.as_str().len(), 9);
    assert_eq!(&hard.as_str()[7..8], "9");
    assert!(Ocr::parse(hard.as_str(), OcrControl::Hard).is_ok());
    assert!(matches!(Ocr::parse("1", OcrControl::Soft), Err(IdError::Length { .. })));
    assert!(matches!(Ocr::parse(&"1".repeat(26), OcrControl::Soft), Err(IdError::Length { .. })));
    assert!(matches!(Ocr::parse("12a4", OcrControl::Soft), Err(IdError::InvalidCharacter { found: 'a', position: 2 })));
    assert!(Ocr::generate(&"1".repeat(23), true).is_ok());
    assert!(Ocr::generate(&"1".repeat(24), true).is_err());
}

#[test]
fn se_ocr_hard_control_checks_the_length_digit() {
    // 12345674: Luhn-valid, 8 digits, second-to-last digit 7 is not 8.
    assert!(Ocr::parse("12345674", OcrControl::Soft).is_ok());
    assert!(matches!(
        Ocr::parse("12345674", OcrControl::Hard),
        Err(IdError::LengthDigit { expected: 8, found: 7, length: 8 })
    ));
}

#[test]
fn bankgiro_and_plusgiro() {
    assert_eq!(Bankgiro::parse("5050-1055").unwrap().formatted(), "5050-1055");
    assert_eq!(Bankgiro::parse("991-2346").unwrap().formatted(), "991-2346");
    assert!(matches!(Bankgiro::parse("5050-1056"), Err(IdError::CheckDigit { .. })));
    assert!(matches!(Bankgiro::parse("12345"), Err(IdError::Length { .. })));
    let digits: Vec<u8> = "47763".bytes().map(|b| b - b'0').collect();
    let valid = format!("47763{}", luhn_check_digit(&digits));
    assert!(Plusgiro::parse(&valid).is_ok());
    assert_eq!(Plusgiro::parse(&valid).unwrap().formatted(), format!("47763-{}", &valid[5..]));
}

#[test]
fn personnummer_forms_and_centuries() {
    let p = Personnummer::parse("811218-9876", today()).unwrap();
    assert_eq!(p.birth_date(), date(1981, 12, 18));
    assert_eq!(p.long_form(), "19811218-9876");
    assert_eq!(p.kind(), PersonnummerKind::Personnummer);
    assert_eq!(Personnummer::parse("198112189876", today()).unwrap(), p);
    assert_eq!(Personnummer::parse("8112189876", today()).unwrap(), p);
    // The same ten digits with '+' are a person born a century earlier.
    let old = Personnummer::parse("811218+9876", today()).unwrap();
    assert_eq!(old.birth_date(), date(1881, 12, 18));
    assert!(old.is_centenarian_on(today()));
    assert_eq!(old.short_form_on(today()), "811218+9876");
    // A child born this year, before today, and one whose birthday would be after today.
    let child = format!("250101-123{}", luhn_check_digit(&[2, 5, 0, 1, 0, 1, 1, 2, 3]));
    assert_eq!(Personnummer::parse(&child, today()).unwrap().birth_date(), date(2025, 1, 1));
    let later = format!("251224-123{}", luhn_check_digit(&[2, 5, 1, 2, 2, 4, 1, 2, 3]));
    assert_eq!(Personnummer::parse(&later, today()).unwrap().birth_date(), date(1925, 12, 24));
    // Century resolution depends only on the date passed in.
    assert_eq!(Personnummer::parse(&later, date(2026, 1, 1)).unwrap().birth_date(), date(2025, 12, 24));
}

#[test]
fn personnummer_rejections() {
    assert!(matches!(Personnummer::parse("811218-9875", today()), Err(IdError::CheckDigit { .. })));
    // February 30th, with a correct check digit.
    let bad_date = format!("810230-123{}", luhn_check_digit(&[8, 1, 0, 2, 3, 0, 1, 2, 3]));
    assert!(matches!(Personnummer::parse(&bad_date, today()), Err(IdError::InvalidDate(_))));
    let serial0 = format!("811218-000{}", luhn_check_digit(&[8, 1, 1, 2, 1, 8, 0, 0, 0]));
    assert!(matches!(Personnummer::parse(&serial0, today()), Err(IdError::InvalidSerial(_))));
    assert!(matches!(Personnummer::parse("20811218-9876", today()), Err(IdError::BirthInFuture)));
    assert!(matches!(Personnummer::parse("8112-189876", today()), Err(IdError::Format(_))));
    // 29 February exists in 2000 but not in 1900.
    let leap = format!("000229-123{}", luhn_check_digit(&[0, 0, 0, 2, 2, 9, 1, 2, 3]));
    assert_eq!(Personnummer::parse(&leap, today()).unwrap().birth_date(), date(2000, 2, 29));
    assert!(matches!(Personnummer::parse(&leap.replace('-', "+"), today()), Err(IdError::InvalidDate(_))));
}

#[test]
fn samordningsnummer_day_plus_sixty() {
    let s = format!("811278-123{}", luhn_check_digit(&[8, 1, 1, 2, 7, 8, 1, 2, 3]));
    let p = Personnummer::parse(&s, today()).unwrap();
    assert_eq!(p.kind(), PersonnummerKind::Samordningsnummer);
    assert_eq!(p.birth_date(), date(1981, 12, 18));
    assert_eq!(p.long_form(), format!("19811278-{}", &s[7..]));
}

#[test]
fn se_orgnr() {
    let o = SeOrgNumber::parse("556036-0793").unwrap();
    assert_eq!(o.formatted(), "556036-0793");
    assert!(o.group_description().contains("aktiebolag"));
    assert_eq!(SeOrgNumber::parse("165560360793").unwrap(), o);
    assert!(matches!(SeOrgNumber::parse("811218-9876"), Err(IdError::NotThisKind(_))));
    assert!(matches!(SeOrgNumber::parse("556036-0794"), Err(IdError::CheckDigit { .. })));
}

#[test]
fn kid_mod10_mod11_and_dash() {
    let both = Kid::parse("12345674", None).unwrap();
    assert!(both.algorithms().mod10 && both.algorithms().mod11);
    assert!(Kid::parse("0001007", Some(KidAlgorithm::Mod11)).is_ok());
    assert!(matches!(Kid::parse("0001007", Some(KidAlgorithm::Mod10)), Err(IdError::CheckDigit { .. })));
    assert!(matches!(Kid::parse("123450", None), Err(IdError::KidCheck { .. })));
    // Find a body whose MOD11 remainder needs the '-' character.
    let dash = (1000u32..2000)
        .map(|b| Kid::generate(&b.to_string(), KidAlgorithm::Mod11).unwrap())
        .find(|k| k.as_str().ends_with('-'))
        .unwrap();
    assert!(Kid::parse(dash.as_str(), Some(KidAlgorithm::Mod11)).is_ok());
    assert!(Kid::parse(dash.as_str(), Some(KidAlgorithm::Mod10)).is_err());
    assert!(matches!(Kid::parse("1", None), Err(IdError::Length { .. })));
    assert!(matches!(Kid::parse("12-4", None), Err(IdError::InvalidCharacter { found: '-', .. })));
}

#[test]
fn fodselsnummer_d_h_and_2032() {
    let f = Fodselsnummer::parse("15088512313").unwrap();
    assert_eq!(f.birth_date(), date(1985, 8, 15));
    assert_eq!(f.kind(), FnrKind::Fodselsnummer);
    assert_eq!(f.control_rule(), FnrControlRule::Legacy);
    let d = Fodselsnummer::parse("55088512307").unwrap();
    assert_eq!(d.kind(), FnrKind::DNumber);
    assert_eq!(d.birth_date(), date(1985, 8, 15));
    let h = Fodselsnummer::parse("15488512487").unwrap();
    assert_eq!(h.kind(), FnrKind::HNumber);
    assert_eq!(h.birth_date(), date(1985, 8, 15));
    assert_eq!(Fodselsnummer::parse("01011050081").unwrap().birth_date(), date(2010, 1, 1));
    // First control digit remainder 1 and 3: only the rule from 2032 accepts them.
    for n in ["15088512321", "15088512348"] {
        assert_eq!(Fodselsnummer::parse(n).unwrap().control_rule(), FnrControlRule::From2032, "{n}");
    }
    assert!(matches!(Fodselsnummer::parse("15088512314"), Err(IdError::CheckDigit { .. })));
    assert!(matches!(Fodselsnummer::parse("1508851231"), Err(IdError::Length { .. })));
    let nine = [1, 5, 0, 8, 8, 5, 1, 2, 3];
    assert_eq!(Fodselsnummer::legacy_control_digits(&nine), Some((1, 3)));
}

#[test]
fn no_orgnr_and_account() {
    assert_eq!(NoOrgNumber::parse("974 760 673").unwrap().as_str(), "974760673");
    assert!(NoOrgNumber::parse("NO974760673MVA").is_ok());
    assert!(matches!(NoOrgNumber::parse("974760674"), Err(IdError::CheckDigit { .. })));
    assert!(matches!(NoOrgNumber::parse("123456785"), Err(IdError::NotThisKind(_))));
    let a = NoAccountNumber::parse("8601.11.17947").unwrap();
    assert_eq!(a.formatted(), "8601.11.17947");
    assert_eq!(a.bank_code(), "8601");
    assert!(matches!(NoAccountNumber::parse("86011117948"), Err(IdError::CheckDigit { .. })));
}

#[test]
fn iban() {
    for ok in
        ["SE45 5000 0000 0583 9825 7466", "NO9386011117947", "GB82WEST12345698765432", "de89 3704 0044 0532 0130 00"]
    {
        assert!(Iban::parse(ok).is_ok(), "{ok}");
    }
    assert_eq!(Iban::parse("NO9386011117947").unwrap().formatted(), "NO93 8601 1117 947");
    assert!(matches!(Iban::parse("NO9386011117948"), Err(IdError::CheckDigit { .. })));
    assert!(matches!(Iban::parse("NO938601111794"), Err(IdError::Length { found: 14, expected: "15" })));
    assert!(matches!(Iban::parse("ZZ9386011117947"), Err(IdError::UnknownCountry(_))));
}

#[test]
fn check_entry_point_facts() {
    let opts = CheckOptions { length_digit: false, kid_algorithm: None, today: today() };
    let c = check(IdKind::SePersonnummer, "811218-9876", &opts).unwrap();
    assert_eq!(c.normalized, "19811218-9876");
    assert!(c.facts.contains(&("birth_date", "1981-12-18".to_string())));
    let c = check(IdKind::NoKid, "12345674", &opts).unwrap();
    assert!(c.facts.contains(&("algorithm", "mod10 and mod11".to_string())));
    let c = check(IdKind::NoFnr, "55088512307", &opts).unwrap();
    assert!(c.facts.contains(&("kind", "d-number".to_string())));
    assert_eq!("se-ocr".parse::<IdKind>().unwrap(), IdKind::SeOcr);
    assert!("xx".parse::<IdKind>().is_err());
    let e = check(IdKind::Iban, "NO9386011117948", &opts).unwrap_err();
    assert_eq!(e.code(), "check_digit");
}

/// Every one-digit substitution of `text` (digits only, other positions untouched).
fn substitutions(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        if !c.is_ascii_digit() {
            continue;
        }
        for d in '0'..='9' {
            if d != c {
                let mut s = text.to_string();
                s.replace_range(i..i + 1, &d.to_string());
                out.push(s);
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn generated_ocr_validates_and_every_substitution_is_caught(base in "[0-9]{1,22}", length_digit in any::<bool>()) {
        let ocr = Ocr::generate(&base, length_digit).unwrap();
        let control = if length_digit { OcrControl::Hard } else { OcrControl::Soft };
        prop_assert!(Ocr::parse(ocr.as_str(), control).is_ok());
        for changed in substitutions(ocr.as_str()) {
            prop_assert!(Ocr::parse(&changed, OcrControl::Soft).is_err(), "{} accepted", changed);
        }
    }

    #[test]
    fn luhn_catches_adjacent_transpositions_except_09(base in "[0-9]{2,20}") {
        let digits: Vec<u8> = base.bytes().map(|b| b - b'0').collect();
        let mut full = digits.clone();
        full.push(luhn_check_digit(&digits));
        for i in 0..full.len() - 1 {
            let (a, b) = (full[i], full[i + 1]);
            if a == b || (a.min(b) == 0 && a.max(b) == 9) {
                continue;
            }
            let mut t = full.clone();
            t.swap(i, i + 1);
            prop_assert!(!luhn_valid(&t));
        }
    }

    #[test]
    fn generated_kid_validates_and_every_substitution_is_caught(base in "[0-9]{1,24}", mod11 in any::<bool>()) {
        let algo = if mod11 { KidAlgorithm::Mod11 } else { KidAlgorithm::Mod10 };
        let kid = Kid::generate(&base, algo).unwrap();
        prop_assert!(Kid::parse(kid.as_str(), Some(algo)).is_ok());
        // With the algorithm fixed, every single substitution (including of the check
        // character, digit or '-') is caught. Without it, a change may happen to pass the
        // other algorithm, which is why creditors' agreements fix the algorithm.
        let mut changed = substitutions(kid.as_str());
        if kid.as_str().ends_with('-') {
            let body = &kid.as_str()[..kid.as_str().len() - 1];
            changed.extend(('0'..='9').map(|d| format!("{body}{d}")));
        } else if mod11 {
            changed.push(format!("{}-", &kid.as_str()[..kid.as_str().len() - 1]));
        }
        for c in changed {
            prop_assert!(Kid::parse(&c, Some(algo)).is_err(), "{} accepted", c);
        }
    }

    #[test]
    fn mod11_catches_adjacent_transpositions(base in "[0-9]{2,24}") {
        let kid = Kid::generate(&base, KidAlgorithm::Mod11).unwrap();
        let s = kid.as_str().as_bytes();
        for i in 0..s.len() - 1 {
            if s[i] == s[i + 1] || !s[i].is_ascii_digit() || !s[i + 1].is_ascii_digit() {
                continue;
            }
            let mut t = s.to_vec();
            t.swap(i, i + 1);
            let t = String::from_utf8(t).unwrap();
            prop_assert!(Kid::parse(&t, Some(KidAlgorithm::Mod11)).is_err(), "{} accepted", t);
        }
    }

    #[test]
    fn fnr_every_substitution_is_caught(day in 1u8..=28, month in 1u8..=12, yy in 0u8..=99, ind in 0u16..=499) {
        let nine: Vec<u8> = format!("{day:02}{month:02}{yy:02}{ind:03}").bytes().map(|b| b - b'0').collect();
        let nine: [u8; 9] = nine.try_into().unwrap();
        let Some((k1, k2)) = Fodselsnummer::legacy_control_digits(&nine) else { return Ok(()) };
        let text: String = nine.iter().chain([k1, k2].iter()).map(|d| char::from(b'0' + d)).collect();
        prop_assert!(Fodselsnummer::parse(&text).is_ok());
        // The second control digit alone catches any single substitution, under both rules.
        for c in substitutions(&text) {
            prop_assert!(Fodselsnummer::parse(&c).is_err(), "{} accepted", c);
        }
    }

    #[test]
    fn bankgiro_orgnr_account_substitutions(body in "[0-9]{6}", acct in "[0-9]{10}", org in "[89][0-9]{7}") {
        let d: Vec<u8> = body.bytes().map(|b| b - b'0').collect();
        let bg = format!("{body}{}", luhn_check_digit(&d));
        prop_assert!(Bankgiro::parse(&bg).is_ok());
        for c in substitutions(&bg) {
            prop_assert!(Bankgiro::parse(&c).is_err());
        }
        for (text, parse) in [
            (acct, NoAccountNumber::parse as fn(&str) -> Result<NoAccountNumber, IdError>),
        ] {
            for check in 0..=9 {
                let full = format!("{text}{check}");
                if parse(&full).is_ok() {
                    for c in substitutions(&full) {
                        prop_assert!(parse(&c).is_err(), "{} accepted", c);
                    }
                }
            }
        }
        for check in 0..=9 {
            let full = format!("{org}{check}");
            if NoOrgNumber::parse(&full).is_ok() {
                for c in substitutions(&full) {
                    prop_assert!(NoOrgNumber::parse(&c).is_err(), "{} accepted", c);
                }
            }
        }
    }

    #[test]
    fn iban_parse_never_panics(s in "\\PC{0,40}") {
        let _ = Iban::parse(&s);
        let opts = CheckOptions { length_digit: true, kid_algorithm: None, today: today() };
        for k in IdKind::ALL {
            let _ = check(k, &s, &opts);
        }
    }
}
