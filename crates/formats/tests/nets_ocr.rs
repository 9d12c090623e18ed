use crate::{data, totals};
use formats::{RecordKind, ReferenceKind, Rejection, nets_ocr};

#[test]
fn ocr_giro_payments_texts_and_reversals() {
    let f = nets_ocr::parse(&data("nets_ocr_ok.txt"));
    assert_eq!(f.rejection, None, "{:?}", f.errors);
    assert!(f.errors.is_empty(), "{:?}", f.errors);
    assert_eq!(f.payments.len(), 3);
    assert_eq!(totals(&f), vec![("NOK".into(), 172000)]);
    let a = &f.payments[0];
    assert_eq!(a.kind, RecordKind::Payment);
    assert_eq!(a.amount.minor(), 150000);
    assert_eq!(a.reference.as_deref(), Some("12345674"));
    assert_eq!(a.reference_kind, ReferenceKind::Kid);
    assert_eq!(a.booking_date.map(|d| d.to_string()).as_deref(), Some("2024-05-25"));
    assert_eq!(a.value_date.map(|d| d.to_string()).as_deref(), Some("2024-05-24"));
    assert_eq!(a.bank_ref.as_deref(), Some("099038563"));
    assert_eq!(a.payer.account.as_deref(), Some("12345678903"));
    let b = &f.payments[1];
    assert_eq!(b.reference, None);
    assert_eq!(b.reference_kind, ReferenceKind::None);
    assert_eq!(b.message.as_deref(), Some("Varekjøp kiosk"));
    let c = &f.payments[2];
    assert_eq!(c.kind, RecordKind::Reversal);
    assert_eq!(c.amount.minor(), -4000);
    assert_eq!(c.line, 8);
}

#[test]
fn assignment_record_count_contradiction_rejects() {
    let f = nets_ocr::parse(&data("nets_ocr_bad_count.txt"));
    assert!(matches!(f.rejection, Some(Rejection::CountMismatch { declared: 9, actual: 10, .. })), "{:?}", f.rejection);
}

#[test]
fn total_amount_contradiction_rejects() {
    let f = nets_ocr::parse(&data("nets_ocr_bad_total.txt"));
    assert!(matches!(f.rejection, Some(Rejection::SumMismatch { declared: 100, .. })), "{:?}", f.rejection);
}

#[test]
fn avtalegiro_claims() {
    let f = nets_ocr::parse(&data("avtalegiro_claims.txt"));
    assert_eq!(f.rejection, None, "{:?}", f.errors);
    assert!(f.errors.is_empty(), "{:?}", f.errors);
    assert_eq!(f.payments.len(), 2);
    assert!(f.payments.iter().all(|p| p.kind == RecordKind::Claim));
    assert_eq!(f.payments[0].reference.as_deref(), Some("00800001168837"));
    assert_eq!(f.payments[0].payer.name.as_deref(), Some("NAVN"));
    assert_eq!(f.payments[0].message.as_deref(), Some("Gjelder faktura 168837"));
    assert_eq!(f.payments[0].bank_ref.as_deref(), Some("Ekstern ref 1"));
    assert_eq!(f.payments[0].booking_date.map(|d| d.to_string()).as_deref(), Some("2004-06-17"));
    assert_eq!(totals(&f), vec![("NOK".into(), 350)]);
}

#[test]
fn cut_short_rejects_and_garbage_is_wrong_format() {
    let bytes = data("nets_ocr_ok.txt");
    let cut = &bytes[..bytes.len() - 81];
    assert!(matches!(nets_ocr::parse(cut).rejection, Some(Rejection::MissingRecord(_))));
    assert!(matches!(nets_ocr::parse(b"01BGMAX").rejection, Some(Rejection::WrongFormat { .. })));
}

#[test]
fn generated_file_parses_exactly() {
    let f = nets_ocr::parse(&formats::generate::nets_ocr(3000));
    assert_eq!(f.rejection, None, "{:?}", f.errors);
    assert!(f.errors.is_empty());
    assert_eq!(f.payments.len(), 3000);
}
