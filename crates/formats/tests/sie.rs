//! `formats::sie`: the SIE 4 writer, its code page 437 text and what it refuses.

use formats::sie::{SieAccount, SieDocument, SieError, SieVoucher, amount, encode_cp437, quote, write_sie4};
use jiff::civil::date;
use proptest::prelude::*;

fn doc() -> SieDocument {
    SieDocument {
        program: "Purr".into(),
        program_version: "0.1.0".into(),
        generated: date(2026, 11, 24),
        company_name: "Åkesson & Söner \"Ränta\" AB".into(),
        org_number: "556677-8899".into(),
        currency: "SEK".into(),
        fiscal_years: vec![(date(2026, 1, 1), date(2026, 12, 31)), (date(2025, 1, 1), date(2025, 12, 31))],
        accounts: vec![
            SieAccount { number: 1510, name: "Kundfordringar".into(), kind: "T" },
            SieAccount { number: 8313, name: "Ränteintäkter".into(), kind: "I" },
        ],
        vouchers: vec![SieVoucher {
            series: "P".into(),
            number: 1,
            date: date(2026, 3, 2),
            text: "Dröjsmålsränta faktura 1001".into(),
            lines: vec![(1510, 1_234), (8313, -1_234)],
        }],
    }
}

/// Code page 437 bytes of the six Swedish letters, from the code page's table.
const SWEDISH: [(char, u8); 6] = [('å', 0x86), ('ä', 0x84), ('ö', 0x94), ('Å', 0x8F), ('Ä', 0x8E), ('Ö', 0x99)];

#[test]
fn a_file_has_its_header_records_and_balanced_vouchers_in_cp437() {
    let out = write_sie4(&doc()).unwrap();
    assert_eq!(out.replaced_characters, 0);
    // Decode with the six letters only: every other byte must be ASCII.
    let text: String = out
        .bytes
        .iter()
        .map(|&b| {
            if b.is_ascii() {
                b as char
            } else {
                SWEDISH.iter().find(|(_, x)| *x == b).unwrap_or_else(|| panic!("byte {b:#x}")).0
            }
        })
        .collect();
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(&lines[..3], &["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4"]);
    assert!(lines.contains(&"#PROGRAM \"Purr\" \"0.1.0\""));
    assert!(lines.contains(&"#GEN 20261124"));
    assert!(lines.contains(&"#FNAMN \"Åkesson & Söner \\\"Ränta\\\" AB\""), "{text}");
    assert!(lines.contains(&"#ORGNR \"556677-8899\""));
    assert!(lines.contains(&"#RAR 0 20260101 20261231"));
    assert!(lines.contains(&"#RAR -1 20250101 20251231"));
    assert!(lines.contains(&"#KONTO 8313 \"Ränteintäkter\""));
    assert!(lines.contains(&"#KTYP 8313 I"));
    assert!(text.contains("#VER \"P\" 1 20260302 \"Dröjsmålsränta faktura 1001\"\r\n{\r\n   #TRANS 1510 {} 12.34\r\n   #TRANS 8313 {} -12.34\r\n}\r\n"));
    assert!(text.ends_with("}\r\n"));
    for (c, b) in SWEDISH {
        assert_eq!(encode_cp437(&c.to_string()), (vec![b], 0));
    }
}

#[test]
fn text_outside_the_code_page_is_replaced_and_counted() {
    assert_eq!(encode_cp437("Bjørn Øye"), (b"Bj\x94rn \x99ye".to_vec(), 2));
    assert_eq!(encode_cp437("€ 5 ✓"), (b"? 5 ?".to_vec(), 2));
    let mut d = doc();
    d.company_name = "Fjordkraft Ørsta AS €".into();
    assert_eq!(write_sie4(&d).unwrap().replaced_characters, 2);
    // Control characters never break a record onto a new line.
    assert_eq!(quote("a\r\nb\t\"c\\"), "\"a  b \\\"c\\\\\"");
}

#[test]
fn amounts_have_two_decimals_and_a_sign() {
    assert_eq!(amount(0), "0.00");
    assert_eq!(amount(5), "0.05");
    assert_eq!(amount(-5), "-0.05");
    assert_eq!(amount(123_456), "1234.56");
    assert_eq!(amount(-100), "-1.00");
    assert_eq!(amount(i64::MIN), "-92233720368547758.08");
    assert_eq!(amount(i64::MAX), "92233720368547758.07");
}

#[test]
fn a_broken_document_is_refused_by_name() {
    let mut d = doc();
    d.vouchers[0].lines[1].1 = -1_000;
    assert_eq!(write_sie4(&d), Err(SieError::Unbalanced { series: "P".into(), number: 1, sum: 234 }));
    let mut d = doc();
    d.vouchers[0].lines = vec![(1510, 5), (1930, -5)];
    assert_eq!(write_sie4(&d), Err(SieError::UnlistedAccount { series: "P".into(), number: 1, account: 1930 }));
    let mut d = doc();
    d.vouchers[0].lines.clear();
    assert_eq!(write_sie4(&d), Err(SieError::Empty { series: "P".into(), number: 1 }));
    let mut d = doc();
    d.vouchers[0].series = "P 1\"".into();
    assert!(matches!(write_sie4(&d), Err(SieError::BadSeries(_))));
    let mut d = doc();
    d.fiscal_years.clear();
    assert_eq!(write_sie4(&d), Err(SieError::NoFiscalYear));
    // Extreme lines that overflow i64 when added still give an answer, not a panic.
    let mut d = doc();
    d.vouchers[0].lines = vec![(1510, i64::MAX), (1510, i64::MAX), (8313, i64::MIN), (8313, i64::MIN)];
    assert!(matches!(write_sie4(&d), Err(SieError::Unbalanced { .. })));
}

#[test]
fn an_oversized_text_is_written_whole_on_one_line() {
    let mut d = doc();
    d.vouchers[0].text = "ö\n".repeat(200_000);
    let out = write_sie4(&d).unwrap();
    let ver = out.bytes.windows(4).position(|w| w == b"#VER").unwrap();
    let end = ver + out.bytes[ver..].windows(2).position(|w| w == b"\r\n").unwrap();
    assert!(end - ver > 400_000, "the text stays on the #VER line");
    assert!(!out.bytes[ver..end].contains(&b'\n'));
}

proptest! {
    #[test]
    fn any_text_is_one_byte_per_character_and_ascii_survives(s in any::<String>()) {
        let (bytes, replaced) = encode_cp437(&s);
        prop_assert_eq!(bytes.len(), s.chars().count());
        prop_assert!(replaced <= bytes.len());
        for (c, b) in s.chars().zip(&bytes) {
            if c.is_ascii() { prop_assert_eq!(c as u8, *b); }
        }
        let q = quote(&s);
        prop_assert!(!q.contains('\n') && !q.contains('\r'));
    }
}
