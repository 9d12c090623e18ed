//! PDF letters read back with pdftotext: amounts, reference, deadline and language are there,
//! the address sits in the window, the payment code is the one the debtor should get.

use domain::dunning::StepKind;
use domain::dunning::flows::FlowNotice;
use domain::{Currency, DebtorKind, Jurisdiction, Money};
use messages::i18n::Catalog;
use messages::lint;
use messages::pdf;
use messages::qr;
use messages::template::{self, TemplateChannel};
use std::process::Command;

/// The PDF's text as pdftotext reads it (with -layout, so columns stay on their lines).
pub fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn render(input: &messages::LetterInput) -> (Vec<u8>, String) {
    let rendered = template::render(input, TemplateChannel::Letter, None, Catalog::builtin()).unwrap();
    let bytes = pdf::render(input, &rendered).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = pdf_text(&bytes);
    (bytes, text)
}

#[test]
fn a_swedish_demand_reads_back_with_amounts_reference_deadline_and_swedish_words() {
    let input = lint::sample(Jurisdiction::SE, StepKind::CollectionDemand, "sv");
    let (_, text) = render(&input);
    for needle in [
        "Inkassokrav",
        "Kim Lindqvist",
        "Vägen 7",
        "F-20261",
        "4 711,00 kr",
        "183,00 kr",
        "57,13 kr",
        "4 951,13 kr",
        "2026-04-20",
        "4711000123",
        "5050-1055",
        "10,50 %",
        "Kronofogden",
        "Swish",
        "https://pay.example.se/portal/login?code=K7Q2-M4XP",
        "Exempelbolaget AB",
    ] {
        assert!(text.contains(needle), "{needle:?} not in the PDF text:\n{text}");
    }
}

#[test]
fn a_norwegian_payment_demand_reads_back_in_bokmal_with_kid() {
    let input = lint::sample(Jurisdiction::NO, StepKind::PaymentDemand, "nb");
    let (_, text) = render(&input);
    for needle in
        ["Betalingsoppfordring", "KID", "4711000123", "20.04.2026", "4 711,00 kr", "Finanstilsynet", "Forliksrådet"]
    {
        assert!(text.contains(needle), "{needle:?} not in the PDF text:\n{text}");
    }
    // No Swish code for Norway.
    assert!(!text.contains("Swish"), "{text}");
}

#[test]
fn an_english_letter_is_in_english() {
    let input = lint::sample(Jurisdiction::SE, StepKind::Reminder, "en");
    let (_, text) = render(&input);
    for needle in ["Reminder", "Hello Kim Lindqvist", "SEK 4,711.00", "02/04/2026", "OCR reference"] {
        assert!(text.contains(needle), "{needle:?} not in the PDF text:\n{text}");
    }
}

#[test]
fn the_address_is_the_first_thing_in_the_window_area() {
    let input = lint::sample(Jurisdiction::SE, StepKind::Reminder, "sv");
    let rendered = template::render(&input, TemplateChannel::Letter, None, Catalog::builtin()).unwrap();
    let bytes = pdf::render(&input, &rendered).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("letter.pdf");
    std::fs::write(&path, &bytes).unwrap();
    // Crop to the C5/DL window (15–120 mm from the left, 40–79 mm from the top) at 72 dpi.
    let mm = |v: f64| ((v * 72.0 / 25.4).round() as i64).to_string();
    let out = Command::new("pdftotext")
        .args(["-x", &mm(15.0), "-y", &mm(40.0), "-W", &mm(105.0), "-H", &mm(39.0), "-f", "1", "-l", "1"])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let window = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = window.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    assert_eq!(lines, ["Kim Lindqvist", "Vägen 7", "222 33 Lund"], "{window}");
}

#[test]
fn a_long_letter_flows_onto_a_second_page() {
    let mut input = lint::sample(Jurisdiction::SE, StepKind::CollectionDemand, "sv");
    let item = input.interest[0].clone();
    input.interest = (0..40).map(|_| item.clone()).collect();
    let (_, text) = render(&input);
    assert!(text.contains("1/") && text.contains("2/"), "{text}");
    assert!(text.contains("Kronofogden"));
}

#[test]
fn payment_codes_carry_the_right_payload() {
    let sek = Money::from_minor(495_113, Currency::SEK);
    assert_eq!(qr::swish_payload("123 118 11 89", sek, "4711000123").unwrap(), "C1231181189;4951,13;4711000123;0");
    assert!(qr::swish_payload("1231181189", Money::from_minor(100, Currency::NOK), "1").is_err());
    let eur = Money::from_minor(12_345, Currency::EUR);
    let epc =
        qr::epc_payload(Some("ESSESESS"), "Exempelbolaget AB", "SE45 5000 0000 0583 9825 7466", eur, "4711000123")
            .unwrap();
    assert_eq!(
        epc.lines().collect::<Vec<_>>(),
        [
            "BCD",
            "002",
            "1",
            "SCT",
            "ESSESESS",
            "Exempelbolaget AB",
            "SE4550000000058398257466",
            "EUR123.45",
            "",
            "",
            "4711000123"
        ]
    );
    // Swish only for Swedish consumers paying SEK with a Swish number; EPC for EUR with an IBAN.
    let mut input = lint::sample(Jurisdiction::SE, StepKind::Reminder, "sv");
    assert_eq!(pdf::payment_code(&input).unwrap().unwrap().0, "Swish");
    input.debtor_kind = DebtorKind::Business;
    assert!(pdf::payment_code(&input).unwrap().is_none());
    input.principal = Money::from_minor(471_100, Currency::EUR);
    input.fees.clear();
    input.interest.clear();
    input.paid = Money::from_minor(0, Currency::EUR);
    input.payment.iban = Some("SE4550000000058398257466".into());
    let (kind, payload) = pdf::payment_code(&input).unwrap().unwrap();
    assert_eq!(kind, "EPC");
    assert!(payload.contains("EUR4711.00"), "{payload}");
    let code = qr::encode(&payload).unwrap();
    assert!(code.width >= 21 && code.dark.iter().any(|d| *d));
}

#[test]
fn rendering_is_repeatable() {
    let input = lint::sample(Jurisdiction::NO, StepKind::CollectionWarning, "nb");
    let rendered = template::render(&input, TemplateChannel::Letter, None, Catalog::builtin()).unwrap();
    assert_eq!(pdf::render(&input, &rendered).unwrap(), pdf::render(&input, &rendered).unwrap());
}

/// The text flattened: runs of white space (pdftotext's layout, no-break spaces) as one space.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_notice_reads_back_in_swedish_norwegian_and_english() {
    let catalog = Catalog::builtin();
    for lang in ["sv", "nb", "en"] {
        for notice in FlowNotice::ALL {
            for jurisdiction in [Jurisdiction::SE, Jurisdiction::NO] {
                let input = lint::sample(jurisdiction, notice, lang);
                let (_, text) = render(&input);
                let text = flat(&text);
                let money = |m: Money| flat(&messages::i18n::format_money(lang, m));
                let date = |d| flat(&messages::i18n::format_date(lang, d));
                let title = catalog.text(lang, &format!("title-{}", notice.code()), &Default::default()).text;
                let mut wanted = vec![flat(&title), "F-20261".to_string(), "4711000123".to_string()];
                let n = &input.notice;
                match notice {
                    FlowNotice::PlanConfirmation => {
                        for i in &n.instalments {
                            wanted.extend([date(i.due), money(i.amount)]);
                        }
                        wanted.push(money(n.plan_fee.unwrap()));
                    }
                    FlowNotice::InstalmentMissed => {
                        let missed = n.instalments[n.missed.unwrap()];
                        wanted.extend([date(missed.due), money(missed.amount), date(n.lapses_after.unwrap())]);
                    }
                    FlowNotice::PlanLapsed => wanted.extend([money(input.total()), date(input.deadline.unwrap())]),
                    FlowNotice::DisputeRejected => {
                        wanted.extend([flat(n.answer.as_deref().unwrap()), money(input.total())]);
                    }
                    FlowNotice::PromiseBroken => wanted.extend([date(n.promised.unwrap()), money(input.total())]),
                }
                for needle in wanted {
                    assert!(text.contains(&needle), "{lang} {notice:?} {jurisdiction:?}: {needle:?} not in\n{text}");
                }
            }
        }
    }
}

#[test]
fn right_to_left_letters_are_printed_in_the_creditors_language_and_say_so() {
    for lang in ["ar", "fa"] {
        let mut input = lint::sample(Jurisdiction::SE, FlowNotice::PlanLapsed, lang);
        input.fallback_lang = "sv".into();
        assert!(!pdf::writes(lang));
        let (rendered, bytes) = pdf::letter(&input, None, Catalog::builtin()).unwrap();
        assert_eq!(rendered.lang, "sv");
        assert!(rendered.fallbacks[0].contains(&format!("{lang} → sv")), "{:?}", rendered.fallbacks);
        assert!(flat(&pdf_text(&bytes)).contains("Din betalningsplan för faktura F-20261 har upphört"));
        // The e-mail and SMS are in the debtor's language.
        let mail = template::render(&input, TemplateChannel::Email, None, Catalog::builtin()).unwrap();
        assert_eq!(mail.lang, lang);
        assert!(mail.fallbacks.is_empty(), "{:?}", mail.fallbacks);
    }
    assert!(pdf::writes("pl") && pdf::writes("sv"));
}
