//! The refund queue: credit balances from overpayments, paid back or moved to another claim of
//! the same debtor, once per idempotency key, on both backends.

use crate::fixtures::{claim, se_creditor};
use domain::matching::IncomingPayment;
use domain::*;
use jiff::civil::date;
use store::{CreditOutcome, PaymentFile, PaymentLine, Store, StoreError, both_backends};

/// Creditor with claims 1001 (1 000.00, debtor C1, overpaid by 500.00), 1003 (300.00, C1) and 1002 (500.00, C2).
async fn book(store: &Store) -> (CreditorId, ClaimId, ClaimId, ClaimId) {
    let c = store.create_creditor(&se_creditor()).await.unwrap();
    let claims = [claim("1001", "C1", 100_000), claim("1002", "C2", 50_000), claim("1003", "C1", 30_000)];
    store.import_claims(c.id, &claims, &mut |_| {}).await.unwrap();
    let id = |inv: &'static str| async move { store.claim_by_invoice(c.id, inv).await.unwrap().unwrap().claim.id };
    let (a, b, a3) = (id("1001").await, id("1002").await, id("1003").await);
    let amount = Money::from_minor(150_000, Currency::SEK);
    let line = PaymentLine {
        line: 2,
        kind: "payment".into(),
        bank_ref: Some("BG1".into()),
        amount,
        booking_date: Some(date(2025, 3, 1)),
        effective_date: date(2025, 3, 1),
        reference: Some("10010".into()),
        payer_name: Some("Anna Andersson".into()),
        message: None,
        incoming: IncomingPayment { amount, reference: Some("10010".into()), references: vec![], text: None },
        matchable: true,
    };
    let file = PaymentFile { sha256: "h1".into(), format: "bgmax".into(), file_name: None };
    let report = store.import_payments(c.id, &file, &[line], &mut |_| {}).await.unwrap();
    assert_eq!(report.overpaid, 1);
    (c.id, a, a3, b)
}

async fn credit_and_state(store: &Store, c: CreditorId, id: ClaimId) -> (i64, i64, ClaimState) {
    let v = store.claim(c, id).await.unwrap().unwrap();
    (v.balance.outstanding().unwrap().minor(), v.balance.credit.minor(), v.claim.state)
}

fn sek(minor: i64) -> Money {
    Money::from_minor(minor, Currency::SEK)
}

both_backends! {
    async fn overpayment_is_queued_with_the_debtors_open_claims(store) {
        let (c, a, a3, _) = book(&store).await;
        let queue = store.credit_balances(c, None, 100).await.unwrap();
        assert_eq!(queue.len(), 1);
        let q = &queue[0];
        assert_eq!((q.claim, q.held, q.since, q.invoice_number.as_str()), (a, sek(50_000), date(2025, 3, 1), "1001"));
        assert_eq!(q.debtor_name, "Debtor C1");
        assert_eq!(q.open_claims.len(), 1, "only the same debtor's open claims: {:?}", q.open_claims);
        assert_eq!((q.open_claims[0].claim, q.open_claims[0].outstanding), (a3, sek(30_000)));
        // Another creditor sees nothing; paging past the claim gives nothing.
        let other = store.create_creditor(&se_creditor()).await.unwrap();
        assert!(store.credit_balances(other.id, None, 100).await.unwrap().is_empty());
        assert!(store.credit_balances(c, Some(a.0), 100).await.unwrap().is_empty());
    }

    async fn credit_moves_to_another_claim_once(store) {
        let (c, a, a3, _) = book(&store).await;
        let day = date(2025, 3, 5);
        let CreditOutcome::Booked { from, to } = store.apply_credit(c, a, a3, None, day, "api:k1").await.unwrap() else {
            panic!("expected a booking");
        };
        assert_eq!(from.len(), 1);
        assert_eq!((from[0].kind, from[0].component, from[0].amount), (EntryKind::Refund, Component::Credit, sek(50_000)));
        let paid: i64 = to.iter().filter(|e| e.component != Component::Credit).map(|e| e.amount.minor()).sum();
        assert_eq!(paid, -30_000);
        assert_eq!(credit_and_state(&store, c, a).await, (0, 0, ClaimState::Paid));
        assert_eq!(credit_and_state(&store, c, a3).await, (0, -20_000, ClaimState::Paid), "the rest stays as credit on 1003");

        let digest = store.ledger_digest().await.unwrap();
        let again = store.apply_credit(c, a, a3, None, day, "api:k1").await.unwrap();
        assert!(matches!(again, CreditOutcome::AlreadyBooked { ref from, ref to } if from.len() == 1 && !to.is_empty()), "{again:?}");
        assert_eq!(store.ledger_digest().await.unwrap(), digest, "a repeated request books nothing");
        // The same key on another claim is refused, not taken for a repeat.
        assert!(matches!(store.refund_credit(c, a3, None, "x", day, "api:k1").await, Err(StoreError::Invalid(_))));

        let queue = store.credit_balances(c, None, 100).await.unwrap();
        assert_eq!(queue.iter().map(|q| (q.claim, q.held)).collect::<Vec<_>>(), vec![(a3, sek(20_000))]);
    }

    async fn credit_is_paid_back_and_never_twice(store) {
        let (c, a, _, _) = book(&store).await;
        let day = date(2025, 3, 5);
        let too_much = store.refund_credit(c, a, Some(60_000), "BG 5050-1055", day, "api:r1").await;
        assert!(matches!(too_much, Err(StoreError::Invalid(ref m)) if m.contains("more than")), "{too_much:?}");
        let part = store.refund_credit(c, a, Some(20_000), "payout 1", day, "api:r1").await.unwrap();
        assert!(matches!(part, CreditOutcome::Booked { ref from, .. } if from[0].amount == sek(20_000) && from[0].reason.contains("payout 1")));
        assert_eq!(credit_and_state(&store, c, a).await, (0, -30_000, ClaimState::Paid));
        store.refund_credit(c, a, None, "payout 2", day, "api:r2").await.unwrap();
        assert_eq!(credit_and_state(&store, c, a).await, (0, 0, ClaimState::Paid));
        assert!(store.credit_balances(c, None, 100).await.unwrap().is_empty());
        let nothing = store.refund_credit(c, a, None, "payout 3", day, "api:r3").await;
        assert!(matches!(nothing, Err(StoreError::Invalid(ref m)) if m.contains("no credit")), "{nothing:?}");
    }

    async fn credit_stays_with_its_debtor_and_creditor(store) {
        let (c, a, _, b) = book(&store).await;
        let day = date(2025, 3, 5);
        let digest = store.ledger_digest().await.unwrap();
        let wrong = store.apply_credit(c, a, b, None, day, "api:x1").await;
        assert!(matches!(wrong, Err(StoreError::Invalid(ref m)) if m.contains("another debtor")), "{wrong:?}");
        let other = store.create_creditor(&se_creditor()).await.unwrap();
        assert!(matches!(store.refund_credit(other.id, a, None, "x", day, "api:x2").await, Err(StoreError::NotFound(_))));
        assert!(matches!(store.apply_credit(c, a, ClaimId(999_999), None, day, "api:x3").await, Err(StoreError::NotFound(_))));
        assert!(matches!(store.apply_credit(c, a, a, None, day, "api:x4").await, Err(StoreError::Invalid(_))));
        assert_eq!(store.ledger_digest().await.unwrap(), digest, "refused requests book nothing");
    }
}
