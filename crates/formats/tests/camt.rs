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

/// One booked credit entry whose booking date and payer name are `date` and `name` as written.
fn one_entry(date: &str, name: &str) -> Vec<u8> {
    entry_with_amount("10.00", date, name)
}

/// One booked credit entry with its amount, booking date and payer name as written.
fn entry_with_amount(amount: &str, date: &str, name: &str) -> Vec<u8> {
    format!(
        "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\"><BkToCstmrDbtCdtNtfctn><Ntfctn>\
<Ntry><Amt Ccy=\"SEK\">{amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>\
<BookgDt><Dt>{date}</Dt></BookgDt><NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>{name}</Nm></Pty></Dbtr>\
</RltdPties></TxDtls></NtryDtls></Ntry></Ntfctn></BkToCstmrDbtCdtNtfctn></Document>"
    )
    .into_bytes()
}

/// The parser's quick paths for dates (`YYYY-MM-DD`) and for trimming text must give what
/// jiff's date parser and `str::trim` give, on every input.
#[test]
fn dates_and_trimmed_text_as_the_general_routines_read_them() {
    let mut dates: Vec<String> = Vec::new();
    for year in ["0000", "0999", "1000", "2024", "2400", "9999"] {
        for month in 0..=13 {
            for day in 0..=32 {
                dates.push(format!("{year}-{month:02}-{day:02}"));
                dates.push(format!("{year}-{month:02}-{day:02}T10:00:00+01:00"));
            }
        }
    }
    dates
        .extend(["2024-5-25", "2024/05/25", "20240525", "2024-05-2x", "+2024-05-25", " 2024-05-25 "].map(String::from));
    for date in &dates {
        let f = camt::parse(&one_entry(date, "A"));
        let expected = date.trim().get(..10).and_then(|d| d.parse::<jiff::civil::Date>().ok());
        assert_eq!(f.payments[0].booking_date, expected, "{date:?}");
    }
    let pieces = ["", " ", "\t", "\n", "\r", "\x0B", "\x0C", "\u{85}", "\u{A0}", "\u{3000}", "a", "ö", "1 2"];
    for a in pieces {
        for b in pieces {
            for c in pieces {
                let name = format!("{a}{b}{c}{a}");
                let f = camt::parse(&one_entry("2024-05-25", &name));
                let expected = Some(name.trim()).filter(|t| !t.is_empty()).map(str::to_string);
                assert_eq!(f.payments[0].payer.name, expected, "{name:?}");
            }
        }
    }
}

/// The parser's quick path for amounts must read every amount as `parse_minor` does, and report
/// the same errors for the ones it refuses.
#[test]
fn amounts_as_the_general_routine_reads_them() {
    let mut amounts: Vec<String> = [
        "0",
        "1",
        "7.5",
        "10.50",
        "10.505",
        "1.",
        ".5",
        "+1",
        "-1",
        "-0.01",
        " 12 ",
        "1,50",
        "1 000.00",
        "1_000",
        "00012.30",
        "1.2.3",
        "",
        "abc",
        "1e5",
        "0.00",
        "12.3x",
        "\u{a0}5",
        "\u{661}",
        "\u{202f}1.00",
    ]
    .map(String::from)
    .to_vec();
    for digits in 12..=21 {
        let whole = "9".repeat(digits);
        amounts.extend([
            whole.clone(),
            format!("{whole}.9"),
            format!("{whole}.99"),
            format!("1{}", "0".repeat(digits)),
        ]);
    }
    for amount in &amounts {
        let f = camt::parse(&entry_with_amount(amount, "2024-05-25", "A"));
        match domain::money::parse_minor(amount.trim()) {
            Ok(v) if v >= 0 => {
                assert_eq!(f.payments.first().map(|p| p.amount.minor()), Some(v), "{amount:?}");
            }
            Ok(_) => assert!(f.errors[0].message.starts_with("negative amount"), "{amount:?}: {:?}", f.errors),
            Err(e) => assert_eq!(f.errors[0].message, format!("amount: {e}"), "{amount:?}"),
        }
    }
}

/// Batch counts that overflow when added are a contradiction like any other, not a panic.
#[test]
fn huge_batch_counts_reject_without_panicking() {
    let batch = "<Btch><NbOfTxs>18446744073709551615</NbOfTxs></Btch>";
    let text = String::from_utf8(one_entry("2024-05-25", "A"))
        .unwrap()
        .replace("<NtryDtls>", &format!("<NtryDtls>{batch}{batch}"));
    let f = camt::parse(text.as_bytes());
    assert!(matches!(f.rejection, Some(Rejection::CountMismatch { actual: 1, .. })), "{:?}", f.rejection);
}
