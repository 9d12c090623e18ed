//! How a reason keeps its inputs: typed, but read, compared and serialized as the texts they
//! always were (a map from name to text, in name order).

use super::date;
use domain::law::reason::{INTEREST_NONE, SE_FEE_REMINDER, SE_INTEREST_PERIOD};
use domain::law::{Lang, Rate, Reason};
use domain::{Currency, Language, Money};
use rust_decimal::Decimal;

fn sek(minor: i64) -> Money {
    Money::from_minor(minor, Currency::SEK)
}

fn period() -> Reason {
    // Out of name order, one text input, and `amount` given twice: the later one counts.
    Reason::new(SE_INTEREST_PERIOD)
        .with("to", date("2021-04-20"))
        .with("days", 110)
        .with("rate", Rate::from_micro_percent(8_000_000))
        .with("principal", sek(678_000))
        .with("basis", 365)
        .with("from", "2021-01-01")
        .with("amount", sek(16_346))
        .with("reference", Rate::from_micro_percent(0))
        .with("amount", sek(16_347))
}

#[test]
fn json_is_a_map_from_name_to_text_in_name_order() {
    assert_eq!(
        serde_json::to_string(&period()).unwrap(),
        concat!(
            r#"{"rule_id":"se.interest.period","statute":"räntelagen (1975:635) 6 §","inputs":{"#,
            r#""amount":"163.47 SEK","basis":"365","days":"110","from":"2021-01-01","#,
            r#""principal":"6780.00 SEK","rate":"8.00","reference":"0.00","to":"2021-04-20"}}"#
        )
    );
    let empty = Reason::new(domain::dunning::reasons::DISPUTED);
    assert!(serde_json::to_string(&empty).unwrap().ends_with(r#","inputs":{}}"#));
}

#[test]
fn debug_shows_the_inputs_as_texts() {
    let debug = format!("{:?}", Reason::new(SE_FEE_REMINDER).with("amount", sek(6_000)));
    assert!(debug.starts_with(r#"Reason { rule: Rule { id: "se.fee.reminder", statute: "#), "{debug}");
    assert!(debug.ends_with(r#"inputs: {"amount": "60.00 SEK"} }"#), "{debug}");
}

#[test]
fn rendering_writes_each_input_with_the_language_s_decimal_separator() {
    let r = period();
    assert_eq!(
        r.render(Lang::En),
        "110 days (2021-01-01 to 2021-04-20) at 8.00 % (reference rate 0.00 % + 8) on 6780.00 SEK, day basis 365: 163.47 SEK."
    );
    assert_eq!(
        r.render(Lang::Sv),
        "110 dagar (2021-01-01–2021-04-20) med 8,00 % (referensränta 0,00 % + 8) på 6780,00 SEK, dagbas 365: 163,47 SEK."
    );
    let negative = Reason::new(SE_FEE_REMINDER).with("amount", sek(-1_050));
    assert_eq!(negative.render(Lang::Nb), "Purregebyr -10,50 SEK: avtalt da gjelden oppsto.");
    // A placeholder without an input stays visible.
    assert_eq!(Reason::new(SE_FEE_REMINDER).render(Lang::En), "Reminder fee {amount}: agreed when the debt arose.");
}

#[test]
fn inputs_compare_by_their_texts_in_any_order() {
    let typed = Reason::new(SE_FEE_REMINDER).with("amount", sek(6_000));
    assert_eq!(typed, Reason::new(SE_FEE_REMINDER).with("amount", "60.00 SEK"));
    assert_eq!(typed, Reason::new(SE_FEE_REMINDER).with("amount", "60.00 SEK".to_string()));
    assert_ne!(typed, Reason::new(SE_FEE_REMINDER).with("amount", sek(6_001)));
    let a = Reason::new(INTEREST_NONE).with("first", date("2026-02-01")).with("last", date("2026-01-20"));
    let b = Reason::new(INTEREST_NONE).with("last", "2026-01-20").with("first", "2026-02-01");
    assert_eq!(a, b);
    assert_ne!(a, Reason::new(INTEREST_NONE).with("first", date("2026-02-01")));
    // The same number written differently is a different input, as the texts differ.
    let x = |d: Decimal| Reason::new(SE_FEE_REMINDER).with("amount", d);
    assert_ne!(x(Decimal::new(15, 1)), x(Decimal::new(150, 2)));
    assert_eq!(x(Decimal::new(150, 2)), Reason::new(SE_FEE_REMINDER).with("amount", "1.50"));
}

#[test]
fn inputs_are_read_by_name_and_listed_in_name_order() {
    let r = period();
    assert_eq!(r.input("days").unwrap().to_string(), "110");
    assert_eq!(r.input("amount").unwrap().to_string(), "163.47 SEK");
    assert!(r.input("sent").is_none());
    let names: Vec<&str> = r.inputs().map(|(name, _)| name).collect();
    assert_eq!(names, ["amount", "basis", "days", "from", "principal", "rate", "reference", "to"]);
    assert_eq!(r.inputs().len(), 8);
}

#[test]
fn text_of_any_length_and_more_inputs_than_placeholders_are_kept() {
    let long = "the law engine could not answer: ".repeat(4);
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
    let strategy = "se-b2c-default".to_string();
    let mut r = Reason::new(SE_FEE_REMINDER).with("amount", &strategy).with("long", long.clone());
    for (n, name) in names.iter().enumerate() {
        r = r.with(name, n);
    }
    assert_eq!(r.inputs().len(), 12);
    assert_eq!(r.input("long").unwrap().to_string(), long);
    assert_eq!(r.render(Lang::En), format!("Reminder fee {strategy}: agreed when the debt arose."));
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["inputs"]["j"], "9");
    assert_eq!(json["inputs"]["long"], long.as_str());
    assert_eq!(r.clone(), r);
}

#[test]
fn a_language_reads_and_serializes_as_its_tag() {
    let sv = Language::parse("sv-SE").unwrap();
    assert_eq!(sv.as_str(), "sv");
    assert_eq!(format!("{sv:?}"), r#"Language("sv")"#);
    assert_eq!(serde_json::to_string(&sv).unwrap(), r#""sv""#);
    assert_eq!(serde_json::from_str::<Language>(r#""sv""#).unwrap(), sv);
    // Stored text is taken as it is, however long.
    let odd: Language = serde_json::from_str(r#""a-language-tag-longer-than-fifteen""#).unwrap();
    assert_eq!(odd.as_str(), "a-language-tag-longer-than-fifteen");
    assert_eq!(serde_json::to_string(&odd).unwrap(), r#""a-language-tag-longer-than-fifteen""#);
    assert_ne!(odd, sv);
}
