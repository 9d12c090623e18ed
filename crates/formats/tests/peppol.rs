//! Peppol BIS 3 / EHF invoices as claims: two real-shaped files (a bare Swedish invoice, a
//! Norwegian one in an SBDH envelope), then every way a file can be wrong, each named.

use crate::data;
use domain::{Channel, Currency, DebtorKind, Language};
use formats::claims_csv::{Defaults, ParsedClaims};
use formats::peppol;
use proptest::prelude::*;

const SELLER_SE: &str = "556036-0793";
const SELLER_NO: &str = "987 654 321";

fn defaults(country: &str, lang: &str) -> Defaults {
    Defaults { language: Language::parse(lang).unwrap(), country: country.into() }
}

fn se(bytes: &[u8]) -> ParsedClaims {
    peppol::parse(bytes, &defaults("SE", "sv"), SELLER_SE)
}

/// The problems of a file, as `line N: field: problem`.
fn problems(bytes: &[u8]) -> Vec<String> {
    let parsed = se(bytes);
    assert!(parsed.rows.is_empty() || parsed.errors.is_empty(), "a file is a claim or problems, never both");
    parsed.errors.iter().map(ToString::to_string).collect()
}

fn data_text(name: &str) -> String {
    String::from_utf8(data(name)).unwrap()
}

fn sample() -> String {
    String::from_utf8(data("peppol_se_invoice.xml")).unwrap()
}

#[test]
fn a_swedish_peppol_invoice_becomes_a_business_claim() {
    let parsed = se(&data("peppol_se_invoice.xml"));
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(parsed.rows.len(), 1);
    let row = &parsed.rows[0];
    assert_eq!(row.line, 2, "the Invoice element's line");
    let c = &row.claim;
    assert_eq!(c.invoice_number, "63600");
    assert_eq!((c.issue_date.to_string(), c.due_date.to_string()), ("2026-10-01".into(), "2026-10-31".into()));
    assert!(c.due_date_agreed);
    assert_eq!((c.principal.minor(), c.principal.currency()), (1_050_050, Currency::SEK));
    assert_eq!(c.payment_reference.as_deref(), Some("6360006"));
    let d = &c.debtor;
    assert_eq!(d.external_id, "K-4325");
    assert_eq!(d.kind, DebtorKind::Business);
    assert_eq!(d.name, "Öberg & Pålsson Bygg AB", "the trading name, entities decoded");
    assert_eq!(d.national_id.as_deref(), Some("5567321707"));
    assert_eq!(d.address.street, "Industrivägen 4, Box 12");
    assert_eq!(
        (d.address.postal_code.as_str(), d.address.city.as_str(), d.address.country.as_str()),
        ("211 45", "Malmö", "SE")
    );
    assert_eq!(d.email.as_deref(), Some("faktura@oberg-palsson.se"));
    assert_eq!(d.phone.as_deref(), Some("+46 40 123 45"));
    assert_eq!(d.language, Language::parse("sv").unwrap());
    assert_eq!(d.channels, [Channel::Email, Channel::Letter]);
}

#[test]
fn a_norwegian_ehf_invoice_in_its_envelope_is_read() {
    let parsed = peppol::parse(&data("ehf_no_invoice_sbdh.xml"), &defaults("NO", "nb"), SELLER_NO);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    let c = &parsed.rows[0].claim;
    assert_eq!(c.invoice_number, "2026-1187");
    assert_eq!((c.principal.minor(), c.principal.currency()), (499_500, Currency::NOK));
    assert_eq!(c.payment_reference.as_deref(), Some("0002026118703"));
    let d = &c.debtor;
    assert_eq!(d.external_id, "912345678", "no party identification: the endpoint");
    assert_eq!(d.name, "Bjørnstad & Sønner AS", "the legal name, from CDATA");
    assert_eq!((d.kind, d.national_id.as_deref()), (DebtorKind::Business, Some("912345678")));
    assert_eq!(d.email, None);
    assert_eq!(d.address.country, "NO");
}

#[test]
fn a_buyer_without_an_organisation_number_is_a_consumer() {
    let file = sample()
        .replace(
            r#"<cbc:EndpointID schemeID="0007">5567321707</cbc:EndpointID>"#,
            r#"<cbc:EndpointID schemeID="EM">kim@example.se</cbc:EndpointID>"#,
        )
        .replace(r#"<cbc:CompanyID schemeID="0007">5567321707</cbc:CompanyID>"#, "");
    let parsed = se(file.as_bytes());
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    let d = &parsed.rows[0].claim.debtor;
    assert_eq!((d.kind, d.national_id.as_deref()), (DebtorKind::Consumer, None));
}

#[test]
fn every_problem_is_named_with_its_line_and_element() {
    let cases: Vec<(String, &str)> = vec![
        (
            sample().replace("<cbc:DueDate>2026-10-31</cbc:DueDate>", ""),
            "DueDate (BT-9): is missing; Purr needs the due date",
        ),
        (sample().replace("2026-10-31", "2026-13-31"), "line 9: DueDate (BT-9): \"2026-13-31\" is not a date"),
        (sample().replace("2026-10-31", "2026-09-01"), "is before the issue date 2026-10-01"),
        (
            sample().replace("10500.50</cbc:PayableAmount>", "10400.50</cbc:PayableAmount>"),
            "but the totals say 10500.50",
        ),
        (sample().replace("10500.50</cbc:PayableAmount>", "0.00</cbc:PayableAmount>"), "nothing is left to pay"),
        (
            sample().replace(r#"<cbc:PayableAmount currencyID="SEK">"#, r#"<cbc:PayableAmount currencyID="EUR">"#),
            "is in EUR, the invoice in SEK",
        ),
        (
            sample().replace(">SEK</cbc:DocumentCurrencyCode>", ">XYZ</cbc:DocumentCurrencyCode>"),
            "unknown currency \"XYZ\"",
        ),
        (sample().replace("<cbc:InvoiceTypeCode>380", "<cbc:InvoiceTypeCode>381"), "381 is a credit note"),
        (sample().replace("556036-0793", "556677-8899"), "the seller 556677-8899 is not this creditor (5560360793)"),
        (sample().replace("faktura@oberg-palsson.se", "faktura.oberg-palsson.se"), "is not an e-mail address"),
        (
            sample().replace("<cbc:PaymentID>6360006", "<cbc:PaymentID>63600/06"),
            "may hold only digits, letters and '-'",
        ),
        (sample().replace("<cbc:ID>63600</cbc:ID>", ""), "ID (BT-1): is missing"),
        (sample().replace("</cac:InvoiceLine>", ""), "not well-formed XML"),
        (sample()[..1500].to_string(), "not well-formed XML"),
        (sample().replace("Invoice-2\"", "Invoice-3\""), "is not in the UBL 2 invoice namespace"),
        (
            sample().replace("<Invoice ", "<Order ").replace("</Invoice>", "</Order>"),
            "line 2: Invoice: is not a UBL invoice: the document is <Order>",
        ),
        (sample().replace("Öberg", "Ö\u{1}berg"), "contains control characters"),
        (
            sample().replace("&amp; Pålsson Bygg AB", "&amp; Pålsson Bygg AB\u{7}"),
            "PartyName/Name (BT-45): contains control",
        ),
        (sample().replace("K-4325", &"K".repeat(400)), "is longer than 300 characters"),
        ("<x/>".to_string(), "is not a UBL invoice"),
        ("<a\u{0}b/>".to_string(), "the document is <a\\0b>"),
        (
            data_text("ehf_no_invoice_sbdh.xml").replace("ubl:Invoice", "ubl:Order"),
            "the envelope holds <Order>, not a UBL Invoice",
        ),
        ("".to_string(), "holds no UBL Invoice element"),
    ];
    for (file, expected) in cases {
        let found = problems(file.as_bytes());
        assert!(found.iter().any(|p| p.contains(expected)), "expected {expected:?} in {found:#?}");
    }
    let name_and_id = sample()
        .replace("<cac:PartyIdentification><cbc:ID>K-4325</cbc:ID></cac:PartyIdentification>", "")
        .replace(r#"<cbc:EndpointID schemeID="0007">5567321707</cbc:EndpointID>"#, "")
        .replace(r#"<cbc:CompanyID schemeID="0007">5567321707</cbc:CompanyID>"#, "")
        .replace("<cac:PartyName><cbc:Name>Öberg &amp; Pålsson Bygg AB</cbc:Name></cac:PartyName>", "")
        .replace("<cbc:RegistrationName>Öberg &amp; Pålsson Bygg Aktiebolag</cbc:RegistrationName>", "");
    let found = problems(name_and_id.as_bytes());
    assert_eq!(found.len(), 2, "both missing pieces at once: {found:#?}");
}

#[test]
fn credit_notes_binary_and_hostile_files_are_refused_plainly() {
    let credit_note = r#"<?xml version="1.0"?><CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"><ID>1</ID></CreditNote>"#;
    assert!(problems(credit_note.as_bytes())[0].contains("POST /api/v1/claims/{id}/credit-notes"));
    assert!(problems(b"\xff\xfe<\x00I\x00")[0].contains("not valid UTF-8"));
    // An entity declared in a DOCTYPE is never expanded (no "billion laughs").
    let laughs = sample()
        .replacen(
            "<Invoice ",
            "<!DOCTYPE Invoice [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<Invoice ",
            1,
        )
        .replace("Malmö", "&b;");
    let parsed = se(laughs.as_bytes());
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(parsed.rows[0].claim.debtor.address.city, "&b;", "kept as written");
    let huge = vec![b' '; peppol::MAX_BYTES + 1];
    assert!(problems(&huge)[0].contains("at most"));
    assert!(peppol::looks_like_xml(b"\xEF\xBB\xBF  \n<?xml"));
    assert!(!peppol::looks_like_xml(b"invoice_number,customer_number"));
}

proptest! {
    // Any bytes, and any cut or byte flip of a good invoice: an answer, never a panic, and a
    // claim only from a file without problems.
    #[test]
    fn no_input_makes_the_parser_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let parsed = se(&bytes);
        prop_assert!(parsed.rows.is_empty() || parsed.errors.is_empty());
    }

    #[test]
    fn damaged_invoices_give_an_answer(cut in 0usize..6000, at in 0usize..6000, byte in any::<u8>()) {
        let mut file = data("peppol_se_invoice.xml");
        let at = at % file.len();
        file[at] = byte;
        file.truncate(cut.max(1).min(file.len()));
        let parsed = se(&file);
        prop_assert!(parsed.rows.len() + parsed.errors.len() >= 1);
        prop_assert!(parsed.rows.is_empty() || parsed.errors.is_empty());
    }
}
