use crate::{data, totals};
use formats::{RecordKind, ReferenceKind, Rejection, bgmax};

#[test]
fn good_file_reads_every_record_type() {
    let f = bgmax::parse(&data("bgmax_ok.txt"));
    assert_eq!(f.rejection, None, "{:?}", f.errors);
    assert!(f.errors.is_empty(), "{:?}", f.errors);
    assert_eq!(f.payments.len(), 5);
    assert_eq!(totals(&f), vec![("SEK".into(), 990000), ("EUR".into(), 400000)]);

    let a = &f.payments[0];
    assert_eq!(a.kind, RecordKind::Payment);
    assert_eq!(a.amount.minor(), 100000);
    assert_eq!(a.reference.as_deref(), Some("655969"));
    assert_eq!(a.reference_kind, ReferenceKind::Ocr);
    assert_eq!(a.references.len(), 2);
    assert_eq!(a.references[0].reference, "12345674");
    assert_eq!(a.references[0].amount.minor(), 170000);
    assert_eq!(a.references[1].amount.minor(), -70000);
    // Latin-1 decoded, name and extra name joined.
    assert_eq!(a.payer.name.as_deref(), Some("Åsa Öberg c/o Pålsson"));
    assert_eq!(a.payer.address.as_deref(), Some("Storgatan 1, 41319, Göteborg, Sverige, SE"));
    assert_eq!(a.payer.org_number.as_deref(), Some("5560360793"));
    assert_eq!(a.payer.account.as_deref(), Some("5050105"));
    assert_eq!(a.booking_date.map(|d| d.to_string()).as_deref(), Some("2004-05-25"));
    assert_eq!(a.bank_ref.as_deref(), Some("000000000001"));
    assert_eq!(a.line, 3);

    let b = &f.payments[1];
    assert_eq!(b.reference.as_deref(), Some("Faktnr: 63600"));
    assert_eq!(b.reference_kind, ReferenceKind::Text);
    assert_eq!(b.message.as_deref(), Some("KUNDNR 4325 FAKTURA 63890"));
    assert_eq!(b.payer.account, None);

    let c = &f.payments[2];
    assert_eq!(c.kind, RecordKind::Deduction);
    assert_eq!(c.amount.minor(), -20000);

    assert_eq!(f.payments[3].amount.currency().code(), "EUR");
    assert_eq!(f.payments[4].booking_date.map(|d| d.to_string()).as_deref(), Some("2004-05-26"));
}

#[test]
fn lf_and_crlf_and_padding_read_the_same() {
    let crlf = bgmax::parse(&data("bgmax_ok.txt"));
    let text = String::from_utf8_lossy(&data("bgmax_ok.txt")).replace("\r\n", "\n");
    // Re-encode to Latin-1 after the lossy round trip would lose bytes, so use the raw bytes.
    let raw: Vec<u8> = data("bgmax_ok.txt").into_iter().filter(|&b| b != b'\r').collect();
    let lf = bgmax::parse(&raw);
    assert!(text.contains('\n'));
    assert_eq!(crlf.payments, lf.payments);
    let padded = bgmax::parse(&data("bgmax_bad_line.txt"));
    assert_eq!(padded.payments.len(), 5);
}

#[test]
fn a_damaged_line_is_an_error_not_a_rejection() {
    let f = bgmax::parse(&data("bgmax_bad_line.txt"));
    assert_eq!(f.rejection, None);
    assert_eq!(f.errors.len(), 1);
    assert_eq!(f.errors[0].line, 11);
    assert!(f.errors[0].message.contains("unknown transaction code"));
}

#[test]
fn trailer_count_contradiction_rejects() {
    let f = bgmax::parse(&data("bgmax_bad_trailer.txt"));
    match f.rejection {
        Some(Rejection::CountMismatch { declared: 5, actual: 4, .. }) => {}
        other => panic!("{other:?}"),
    }
}

#[test]
fn deposit_sum_contradiction_rejects() {
    let f = bgmax::parse(&data("bgmax_bad_deposit.txt"));
    match &f.rejection {
        Some(Rejection::SumMismatch { declared: 130100, actual: 130000, .. }) => {}
        other => panic!("{other:?}"),
    }
    assert_eq!(f.rejection.as_ref().map(|r| r.code()), Some("sum_mismatch"));
}

#[test]
fn missing_end_record_rejects() {
    let f = bgmax::parse(&data("bgmax_truncated.txt"));
    assert!(matches!(f.rejection, Some(Rejection::MissingRecord(_))), "{:?}", f.rejection);
}

#[test]
fn not_bgmax_is_wrong_format() {
    let f = bgmax::parse(b"hello\n");
    assert!(matches!(f.rejection, Some(Rejection::WrongFormat { .. })));
    assert!(matches!(bgmax::parse(b"").rejection, Some(Rejection::Empty)));
}

#[test]
fn generated_file_parses_exactly() {
    let bytes = formats::generate::bgmax(2500);
    let f = bgmax::parse(&bytes);
    assert_eq!(f.rejection, None, "{:?}", f.errors);
    assert!(f.errors.is_empty());
    assert_eq!(f.payments.len(), 2500);
}
