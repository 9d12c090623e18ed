//! Payment matching: each rule with its confidence and reason, allocation over several claims,
//! partial and overpayments, suggestions, and the speed the import needs.

use domain::matching::{
    AUTO_BOOK_MIN_CONFIDENCE, IncomingPayment, MatchOutcome, MatchReason, Matcher, OpenClaim, SuggestionReason,
    invoice_numbers_in_text, normalize_reference,
};
use domain::{ClaimId, Currency, DebtorId, Money};

fn sek(minor: i64) -> Money {
    Money::from_minor(minor, Currency::SEK)
}

fn claim(id: i64, debtor: i64, reference: &str, invoice: &str, outstanding: i64) -> OpenClaim {
    OpenClaim {
        id: ClaimId(id),
        debtor: DebtorId(debtor),
        reference: Some(reference.to_string()),
        invoice_number: Some(invoice.to_string()),
        outstanding: sek(outstanding),
    }
}

fn pay(amount: i64, reference: Option<&str>, text: Option<&str>) -> IncomingPayment {
    IncomingPayment {
        amount: sek(amount),
        reference: reference.map(str::to_string),
        references: Vec::new(),
        text: text.map(str::to_string),
    }
}

fn matcher() -> Matcher {
    Matcher::new(vec![
        claim(1, 10, "655969", "63600", 100000),
        claim(2, 10, "12345674", "63601", 50000),
        claim(3, 20, "98765431", "63890", 25000),
        claim(4, 30, "40000010", "70001", 12345),
        claim(5, 40, "86000007", "70002", 99900),
    ])
}

#[test]
fn exact_reference_full_partial_and_overpaid() {
    let mut m = matcher();
    let d = m.match_payment(&pay(100000, Some("655969"), None));
    assert_eq!(d.outcome, MatchOutcome::Full);
    assert_eq!(d.reason, MatchReason::ExactReference);
    assert_eq!(d.confidence, 100);
    assert!(d.auto_bookable());
    assert_eq!(d.shares.len(), 1);
    assert_eq!(d.shares[0].claim, ClaimId(1));

    let d = m.match_payment(&pay(10000, Some("00098765431"), None));
    assert_eq!(d.outcome, MatchOutcome::Partial);
    assert_eq!(d.shares[0].amount, sek(10000));
    let d = m.match_payment(&pay(20000, Some("98765431"), None));
    assert_eq!(d.outcome, MatchOutcome::Overpaid);
    assert_eq!(d.shares[0].amount, sek(15000));
    assert_eq!(d.surplus, sek(5000));
    assert_eq!(m.outstanding_of(ClaimId(3)), Some(sek(0)));
}

#[test]
fn a_second_payment_for_a_paid_claim_is_all_surplus() {
    let mut m = matcher();
    m.match_payment(&pay(12345, Some("40000010"), None));
    let d = m.match_payment(&pay(12345, Some("40000010"), None));
    assert_eq!(d.outcome, MatchOutcome::Overpaid);
    assert!(d.shares.is_empty());
    assert_eq!(d.surplus, sek(12345));
}

#[test]
fn reference_typo_single_candidate() {
    let mut m = matcher();
    // One digit wrong: the Luhn check fails and exactly one open reference is one edit away.
    let d = m.match_payment(&pay(25000, Some("98765481"), None));
    match &d.reason {
        MatchReason::ReferenceTypo { matched, check_digit_failed, .. } => {
            assert_eq!(matched, "98765431");
            assert!(check_digit_failed);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(d.outcome, MatchOutcome::Full);
    assert!(d.confidence >= AUTO_BOOK_MIN_CONFIDENCE);
    // Transposed digits.
    let mut m = matcher();
    let d = m.match_payment(&pay(99900, Some("86000070"), None));
    assert!(matches!(d.reason, MatchReason::ReferenceTypo { .. }), "{:?}", d.reason);
    assert_eq!(d.shares[0].claim, ClaimId(5));
    // A dropped digit.
    let d = matcher().match_payment(&pay(100000, Some("65569"), None));
    assert!(matches!(d.reason, MatchReason::ReferenceTypo { .. }), "{:?}", d.reason);
}

#[test]
fn invoice_numbers_from_free_text() {
    let mut m = matcher();
    let d = m.match_payment(&pay(100000, None, Some("Faktnr: 63600")));
    assert_eq!(d.reason, MatchReason::InvoiceNumberInText { numbers: vec!["63600".into()], after_keyword: true });
    assert_eq!(d.shares[0].claim, ClaimId(1));
    assert!(d.auto_bookable());
    let d = m.match_payment(&pay(25000, Some("KUNDNR 4325 FAKTURA 63890"), None));
    assert_eq!(d.shares[0].claim, ClaimId(3));
    assert!(matches!(d.reason, MatchReason::InvoiceNumberInText { after_keyword: true, .. }));
    let mentions = invoice_numbers_in_text("KUNDNR 4325 FAKTURA 63890");
    assert_eq!(mentions.len(), 1);
    assert_eq!(mentions[0].number, "63890");
    let mentions = invoice_numbers_in_text("fakturor 63600, 63601 och 63890");
    assert_eq!(mentions.iter().filter(|m| m.after_keyword).count(), 3);
    let mentions = invoice_numbers_in_text("Betalning 70001");
    assert_eq!(mentions.len(), 1);
    assert!(!mentions[0].after_keyword);
}

#[test]
fn one_payment_several_claims() {
    // Two invoices in the text: both paid in order.
    let mut m = matcher();
    let d = m.match_payment(&pay(150000, None, Some("Faktura 63600 och 63601")));
    assert_eq!(d.outcome, MatchOutcome::Full);
    assert_eq!(d.shares.len(), 2);
    assert_eq!(d.shares[1].amount, sek(50000));
    // The amount equals everything debtor 10 owes: the named claim and the other one.
    let mut m = matcher();
    let d = m.match_payment(&pay(150000, Some("655969"), None));
    assert!(d.covers_debtor_claims);
    assert_eq!(d.outcome, MatchOutcome::Full);
    assert_eq!(d.shares.len(), 2);
    // Designated references (BgMax 22/23): each gets what the payer said.
    let mut m = matcher();
    let mut p = pay(75000, Some("12345674"), None);
    p.references.push(("98765431".into(), sek(25000)));
    let d = m.match_payment(&p);
    assert_eq!(d.reason, MatchReason::SeveralReferences { count: 2 });
    assert_eq!(d.shares.len(), 2);
    assert_eq!(d.surplus, sek(0));
}

#[test]
fn unmatched_with_suggestions() {
    let mut m = matcher();
    let d = m.match_payment(&pay(12345, Some("11111111"), Some("tack")));
    assert_eq!(d.outcome, MatchOutcome::Unmatched);
    assert_eq!(d.confidence, 0);
    assert_eq!(d.surplus, sek(12345));
    assert_eq!(d.suggestions.len(), 1);
    assert_eq!(d.suggestions[0].claim, ClaimId(4));
    assert_eq!(d.suggestions[0].why, SuggestionReason::SameAmount);
    let d = m.match_payment(&pay(-500, Some("655969"), None));
    assert_eq!(d.reason, MatchReason::NotACredit);
    let mut eur = pay(100000, Some("655969"), None);
    eur.amount = Money::from_minor(100000, Currency::EUR);
    assert_eq!(m.match_payment(&eur).reason, MatchReason::CurrencyMismatch);
}

#[test]
fn shared_reference_never_matches_alone() {
    let mut m = Matcher::new(vec![claim(1, 1, "655969", "1", 100), claim(2, 2, "655969", "2", 100)]);
    let d = m.match_payment(&pay(100, Some("655969"), None));
    assert_eq!(d.outcome, MatchOutcome::Unmatched);
}

#[test]
fn matches_many_payments_quickly() {
    // A reduced version of the 1M × 1M benchmark (`purr bench match`), kept small for CI.
    let n = 50_000u64;
    let claims: Vec<OpenClaim> = (0..n)
        .map(|i| claim(i as i64, i as i64 / 3, &format!("{}", 1_000_000 + i), &format!("{}", 500_000 + i), 10_000))
        .collect();
    let mut m = Matcher::new(claims);
    let start = std::time::Instant::now();
    let mut matched = 0;
    for i in 0..n {
        let d = m.match_payment(&pay(10_000, Some(&format!("{}", 1_000_000 + i)), None));
        if d.outcome != MatchOutcome::Unmatched {
            matched += 1;
        }
    }
    assert_eq!(matched, n);
    assert!(start.elapsed().as_secs() < 20);
}

proptest::proptest! {
    /// The index keys references as numbers where it can: a payment's reference must still hit
    /// a claim's exactly when both normalize to the same non-empty text.
    #[test]
    fn exact_reference_iff_same_normalized_text(
        a in key_text(),
        b in key_text(),
        padding in "[0 ]{0,3}",
    ) {
        for written in [b.clone(), format!("{padding}{a}"), a.to_lowercase()] {
            let mut m = Matcher::new(vec![OpenClaim {
                id: ClaimId(1),
                debtor: DebtorId(1),
                reference: Some(a.clone()),
                invoice_number: None,
                outstanding: sek(100),
            }]);
            let d = m.match_payment(&pay(100, Some(&written), None));
            let same = !normalize_reference(&a).is_empty() && normalize_reference(&a) == normalize_reference(&written);
            proptest::prop_assert_eq!(d.reason == MatchReason::ExactReference, same, "{:?} against {:?}", written, a);
        }
    }
}

fn key_text() -> impl proptest::strategy::Strategy<Value = String> {
    proptest::prop_oneof!["[01 a\\-]{0,5}", "0{0,3}[1-9][0-9]{16,22}-?", "[0-9A-Za-z\\- ö]{0,8}", "[0-9]{1,25}",]
}
