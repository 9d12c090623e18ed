use crate::{data, totals};
use formats::{Format, RecordKind, ReferenceKind, Rejection, camt};

#[test]
fn camt053_v02_statement() {
    let f = camt::parse(&data("camt053_v02_ok.xml"));
    assert_eq!(f.rejection, None, "{:?}", f.errors);
    assert!(f.errors.is_empty(), "{:?}", f.errors);
    assert_eq!(f.format, Format::Camt053);
    // The pending entry has not reached the account.
    assert_eq!(f.payments.len(), 3);
    assert_eq!(totals(&f), vec![("SEK".into(), 145050)]);
    let a = &f.payments[0];
    assert_eq!(a.amount.minor(), 150000);
    assert_eq!(a.reference.as_deref(), Some("RF18539007547034"));
    assert_eq!(a.reference_kind, ReferenceKind::Rf);
    assert_eq!(a.payer.name.as_deref(), Some("Åsa Öberg & Co"));
    assert_eq!(a.payer.org_number.as_deref(), Some("5560360793"));
    assert_eq!(a.payer.account.as_deref(), Some("SE3550000000054910000003"));
    assert_eq!(a.bank_ref.as_deref(), Some("BANKREF-1"));
    assert_eq!(a.booking_date.map(|d| d.to_string()).as_deref(), Some("2024-05-25"));
    assert_eq!(a.value_date.map(|d| d.to_string()).as_deref(), Some("2024-05-24"));
    let b = &f.payments[1];
    assert_eq!(b.reference, None);
    assert_eq!(b.message.as_deref(), Some("Faktnr: 63600"));
    let c = &f.payments[2];
    assert_eq!(c.kind, RecordKind::Reversal);
    assert_eq!(c.amount.minor(), -45000);
    assert_eq!(c.message.as_deref(), Some("Reversal of payment 2024-05-20"));
}

#[test]
fn camt054_v08_batch_split_into_transactions() {
    let f = camt::parse(&data("camt054_v08_ok.xml"));
    assert_eq!(f.rejection, None, "{:?}", f.errors);
    assert!(f.errors.is_empty(), "{:?}", f.errors);
    assert_eq!(f.format, Format::Camt054);
    assert_eq!(f.payments.len(), 3);
    assert_eq!(totals(&f), vec![("NOK".into(), 152500)]);
    let a = &f.payments[0];
    assert_eq!(a.reference_kind, ReferenceKind::Kid);
    assert_eq!(a.reference.as_deref(), Some("12345674"));
    assert_eq!(a.payer.name.as_deref(), Some("Kari Nordmann"));
    assert_eq!(a.bank_ref.as_deref(), Some("A1"));
    assert_eq!(a.booking_date.map(|d| d.to_string()).as_deref(), Some("2024-05-25"));
    let b = &f.payments[1];
    assert_eq!(b.amount.minor(), 25000);
    assert_eq!(b.reference_kind, ReferenceKind::Scor);
    assert_eq!(b.references.len(), 1);
    assert_eq!(b.references[0].reference, "555128");
    assert_eq!(b.references[0].amount.minor(), 5000);
    assert_eq!(f.payments[2].message.as_deref(), Some("KUNDNR 4325 FAKTURA 63890"));
}

#[test]
fn every_supported_namespace_version_reads() {
    let base = String::from_utf8(data("camt054_v08_ok.xml")).unwrap();
    for v in 2..=8 {
        let text = base.replace("camt.054.001.08", &format!("camt.054.001.{v:02}"));
        let f = camt::parse(text.as_bytes());
        assert_eq!(f.rejection, None, "version {v}");
        assert_eq!(f.payments.len(), 3, "version {v}");
    }
    let text = base.replace("camt.054.001.08", "camt.054.001.01");
    assert!(matches!(camt::parse(text.as_bytes()).rejection, Some(Rejection::UnsupportedVersion(_))));
}

#[test]
fn contradictions_reject() {
    let f = camt::parse(&data("camt053_bad_summary.xml"));
    assert!(matches!(f.rejection, Some(Rejection::CountMismatch { declared: 5, actual: 4, .. })), "{:?}", f.rejection);
    let f = camt::parse(&data("camt053_bad_balance.xml"));
    assert!(matches!(f.rejection, Some(Rejection::SumMismatch { .. })), "{:?}", f.rejection);
    let f = camt::parse(&data("camt054_bad_batch_sum.xml"));
    assert!(
        matches!(f.rejection, Some(Rejection::SumMismatch { declared: 125000, actual: 124000, .. })),
        "{:?}",
        f.rejection
    );
    let f = camt::parse(&data("camt053_unsupported_version.xml"));
    assert!(matches!(f.rejection, Some(Rejection::UnsupportedVersion(_))), "{:?}", f.rejection);
    let f = camt::parse(&data("camt053_truncated.xml"));
    assert!(matches!(f.rejection, Some(Rejection::Xml { .. })), "{:?}", f.rejection);
}

#[test]
fn generated_file_parses_exactly() {
    let f = camt::parse(&formats::generate::camt054(2000));
    assert_eq!(f.rejection, None, "{:?}", f.errors);
    assert!(f.errors.is_empty());
    assert_eq!(f.payments.len(), 2000);
}

#[test]
fn prefixes_comments_cdata_and_entities() {
    let base = String::from_utf8(data("camt054_v08_ok.xml")).unwrap();
    let prefixed = base
        .replace("<Document xmlns=", "<!-- a comment --><n:Document xmlns:n=")
        .replace("</Document>", "</n:Document>")
        .replace(
            "<Ustrd>KUNDNR 4325 FAKTURA 63890</Ustrd>",
            "<Ustrd><![CDATA[KUNDNR <4325>]]> &#70;AKTURA&#x20;63890</Ustrd>",
        );
    let f = camt::parse(prefixed.as_bytes());
    assert_eq!(f.rejection, None, "{:?}", f.errors);
    assert_eq!(f.payments[2].message.as_deref(), Some("KUNDNR <4325> FAKTURA 63890"));
    let mismatched = base.replace("</Ustrd>", "</Ustr>");
    assert!(matches!(camt::parse(mismatched.as_bytes()).rejection, Some(Rejection::Xml { .. })));
    let not_camt = "<?xml version=\"1.0\"?><Invoice/>";
    assert!(matches!(camt::parse(not_camt.as_bytes()).rejection, Some(Rejection::WrongFormat { .. })));
}
