//! Translations: every built-in file loads, every language has every message, plural rules and
//! local number and date formats are right, and language negotiation picks what people asked for.

use domain::money::{Currency, Money};
use jiff::civil::date;
use messages::i18n::{
    Args, Catalog, Direction, I18nError, LOCALES, find_locale, format_date, format_minor, format_money,
};
use proptest::prelude::*;
use std::collections::BTreeSet;

#[test]
fn builtin_catalog_has_every_locale_and_every_key_everywhere() {
    let catalog = Catalog::builtin();
    let languages: Vec<&str> = catalog.languages().collect();
    for locale in LOCALES {
        assert!(languages.contains(&locale.code), "no translations for {}", locale.code);
    }
    assert!(LOCALES.len() >= 20);
    // Areas that must be complete everywhere: the portal and the letters, e-mails and SMS.
    for file in ["common.ftl", "portal.ftl", "letters.ftl"] {
        let reference = catalog.keys("en", file);
        if file == "common.ftl" {
            assert!(!reference.is_empty());
        }
        for lang in catalog.languages() {
            assert_every_key(file, lang, &reference, &catalog.keys(lang, file));
        }
    }
}

fn assert_every_key(file: &str, lang: &str, reference: &BTreeSet<String>, keys: &BTreeSet<String>) {
    let missing: Vec<_> = reference.difference(keys).collect();
    let extra: Vec<_> = keys.difference(reference).collect();
    assert!(missing.is_empty(), "locales/{lang}/{file} lacks {missing:?}");
    assert!(extra.is_empty(), "locales/{lang}/{file} has keys English lacks: {extra:?}");
}

#[test]
fn plural_forms_follow_each_language() {
    let c = Catalog::builtin();
    let days = |lang: &str, n: i64| c.text(lang, "days-left", &Args::new().num("count", n)).text;
    assert_eq!(days("en", 1), "1 day left");
    assert_eq!(days("en", 5), "5 days left");
    assert_eq!(days("sv", 2), "2 dagar kvar");
    assert_eq!(days("pl", 1), "Został 1 dzień");
    assert_eq!(days("pl", 3), "Zostały 3 dni");
    assert_eq!(days("pl", 5), "Zostało 5 dni");
    assert_eq!(days("pl", 22), "Zostały 22 dni");
    assert_eq!(days("ar", 2), "يتبقى يومان");
    assert_eq!(days("ar", 3), "يتبقى 3 أيام");
    assert_eq!(days("ru", 21), "Остался 21 день");
}

#[test]
fn a_missing_message_falls_back_and_says_so() {
    let c =
        Catalog::from_files([("en", "a.ftl", "hello = Hello\nbye = Bye\n"), ("sv", "a.ftl", "hello = Hej\n")], "en")
            .unwrap();
    let t = c.text("sv", "hello", &Args::new());
    assert_eq!((t.text.as_str(), t.fell_back, t.missing), ("Hej", false, false));
    let t = c.text("sv", "bye", &Args::new());
    assert_eq!((t.text.as_str(), t.lang.as_str(), t.fell_back), ("Bye", "en", true));
    let t = c.text("de", "hello", &Args::new());
    assert!(t.fell_back);
    let t = c.text("sv", "nowhere", &Args::new());
    assert_eq!((t.text.as_str(), t.missing), ("[nowhere]", true));
}

#[test]
fn broken_files_are_refused_with_file_and_line() {
    let err = Catalog::from_files([("en", "x.ftl", "ok = fine\n\nbroken = { $\n")], "en").unwrap_err();
    match err {
        I18nError::Syntax { lang, file, line, .. } => {
            assert_eq!((lang.as_str(), file.as_str(), line), ("en", "x.ftl", 3))
        }
        other => panic!("unexpected {other:?}"),
    }
    let err = Catalog::from_files([("en", "a.ftl", "x = 1\n"), ("en", "b.ftl", "x = 2\n")], "en").unwrap_err();
    assert_eq!(err, I18nError::Duplicate { lang: "en".into(), file: "b.ftl".into(), id: "x".into() });
    let err = Catalog::from_files([("not a tag!", "a.ftl", "x = 1\n")], "en").unwrap_err();
    assert!(matches!(err, I18nError::BadLanguage { .. }), "{err:?}");
    assert_eq!(Catalog::from_files([("sv", "a.ftl", "x = 1\n")], "en").unwrap_err(), I18nError::NoDefault("en".into()));
}

#[test]
fn negotiation_honours_codes_tags_and_quality() {
    let c = Catalog::builtin();
    assert_eq!(c.negotiate("ar"), "ar");
    assert_eq!(c.negotiate("nb-NO"), "nb");
    assert_eq!(c.negotiate("no"), "nb");
    assert_eq!(c.negotiate("xx-YY, fi;q=0.5, sv;q=0.9"), "sv");
    assert_eq!(c.negotiate("de;q=0, en-GB;q=0.2"), "en");
    assert_eq!(c.negotiate(""), "en");
    assert_eq!(c.negotiate("klingon"), "en");
}

#[test]
fn right_to_left_languages_are_marked() {
    assert_eq!(find_locale("ar").unwrap().direction, Direction::Rtl);
    assert_eq!(find_locale("fa").unwrap().direction.code(), "rtl");
    assert_eq!(find_locale("sv").unwrap().direction.code(), "ltr");
    assert!(find_locale("xx").is_none());
}

#[test]
fn money_and_dates_are_written_the_local_way() {
    let sek = Money::from_minor(123_450, Currency::SEK);
    assert_eq!(format_money("sv", sek), "1\u{a0}234,50\u{a0}kr");
    assert_eq!(format_money("en", sek), "SEK\u{a0}1,234.50");
    assert_eq!(format_money("de", Money::from_minor(-100_000_001, Currency::EUR)), "-1.000.000,01\u{a0}€");
    assert_eq!(format_minor("nb", 5), "0,05");
    let d = date(2026, 11, 3);
    assert_eq!(format_date("sv", d), "2026-11-03");
    assert_eq!(format_date("nb", d), "03.11.2026");
    assert_eq!(format_date("en", d), "03/11/2026");
    assert_eq!(format_date("fa", d), "2026/11/03");
}

proptest! {
    /// The written number reads back as the same minor units in every language.
    #[test]
    fn formatted_amounts_read_back(minor in -10_000_000_000_i64..10_000_000_000, which in 0..LOCALES.len()) {
        let l = &LOCALES[which];
        let text = format_minor(l.code, minor);
        let digits: String = text.chars().filter(|c| c.is_ascii_digit() || *c == '-').collect();
        prop_assert_eq!(digits.parse::<i64>().unwrap(), minor);
        prop_assert_eq!(text.chars().filter(|c| *c == l.decimal).count(), 1);
    }
}
