//! Payment import, booking and the unmatched queue, on both backends.

use crate::fixtures::{claim, se_creditor};
use domain::matching::IncomingPayment;
use domain::*;
use jiff::civil::date;
use store::{Backend, PaymentFile, PaymentLine, PaymentStatus, ResolveOutcome, Store, both_backends};

fn line(no: i64, bank_ref: Option<&str>, minor: i64, reference: Option<&str>, text: Option<&str>) -> PaymentLine {
    let amount = Money::from_minor(minor, Currency::SEK);
    PaymentLine {
        line: no,
        kind: "payment".into(),
        bank_ref: bank_ref.map(str::to_string),
        amount,
        booking_date: Some(date(2025, 3, 1)),
        effective_date: date(2025, 3, 1),
        reference: reference.map(str::to_string),
        payer_name: Some("Anna Andersson".into()),
        message: text.map(str::to_string),
        incoming: IncomingPayment {
            amount,
            reference: reference.map(str::to_string),
            references: Vec::new(),
            text: text.map(str::to_string),
        },
        matchable: true,
    }
}

fn file(hash: &str) -> PaymentFile {
    PaymentFile { sha256: hash.into(), format: "bgmax".into(), file_name: Some("BGMAX.txt".into()) }
}

/// A creditor with claims 1001 (1 000.00 SEK) and 1002 (500.00 SEK) for two debtors.
async fn book(store: &Store) -> (CreditorId, ClaimId, ClaimId) {
    let c = store.create_creditor(&se_creditor()).await.unwrap();
    store.import_claims(c.id, &[claim("1001", "C1", 100_000), claim("1002", "C2", 50_000)], &mut |_| {}).await.unwrap();
    let a = store.claim_by_invoice(c.id, "1001").await.unwrap().unwrap().claim.id;
    let b = store.claim_by_invoice(c.id, "1002").await.unwrap().unwrap().claim.id;
    (c.id, a, b)
}

async fn outstanding(store: &Store, c: CreditorId, id: ClaimId) -> (i64, i64, ClaimState) {
    let v = store.claim(c, id).await.unwrap().unwrap();
    (v.balance.outstanding().unwrap().minor(), v.balance.credit.minor(), v.claim.state)
}

both_backends! {
    async fn exact_reference_books_and_pays(store) {
        let (c, a, _) = book(&store).await;
        assert_eq!(store.open_claims_for_matching(c).await.unwrap().len(), 2);
        let report = store.import_payments(c, &file("h1"), &[line(2, Some("BG1"), 100_000, Some("10010"), None)], &mut |_| {}).await.unwrap();
        assert_eq!((report.booked, report.partial, report.overpaid, report.unmatched), (1, 0, 0, 0));
        assert_eq!(report.booked_minor.get(&Currency::SEK), Some(&100_000));
        assert_eq!(outstanding(&store, c, a).await, (0, 0, ClaimState::Paid));
        let entries = store.entries(c, a).await.unwrap();
        let last = entries.last().unwrap();
        assert_eq!((last.kind, last.component, last.amount.minor()), (EntryKind::Payment, Component::Principal, -100_000));
        assert_eq!(last.effective_date, date(2025, 3, 1));
        // A paid claim is no longer open for matching.
        assert_eq!(store.open_claims_for_matching(c).await.unwrap().len(), 1);
    }

    async fn partial_payment_leaves_the_rest_open(store) {
        let (c, a, _) = book(&store).await;
        let report = store.import_payments(c, &file("h1"), &[line(2, Some("BG1"), 40_000, Some("10010"), None)], &mut |_| {}).await.unwrap();
        assert_eq!((report.booked, report.partial, report.unmatched), (1, 1, 0));
        assert_eq!(outstanding(&store, c, a).await, (60_000, 0, ClaimState::Open));
    }

    async fn overpayment_goes_to_credit(store) {
        let (c, a, _) = book(&store).await;
        let report = store.import_payments(c, &file("h1"), &[line(2, None, 150_000, Some("10010"), None)], &mut |_| {}).await.unwrap();
        assert_eq!((report.booked, report.overpaid), (1, 1));
        assert_eq!(report.credit_minor.get(&Currency::SEK), Some(&50_000));
        assert_eq!(outstanding(&store, c, a).await, (0, -50_000, ClaimState::Paid));
        let credit: Vec<_> = store.entries(c, a).await.unwrap().into_iter().filter(|e| e.component == Component::Credit).collect();
        assert_eq!(credit.len(), 1);
        assert_eq!((credit[0].kind, credit[0].amount.minor()), (EntryKind::Payment, -50_000));
    }

    async fn unmatched_is_queued_then_resolved(store) {
        let (c, _, b) = book(&store).await;
        let digest = store.ledger_digest().await.unwrap();
        // No reference and no invoice number anywhere: queued, with the same-amount claim suggested.
        let report = store.import_payments(c, &file("h1"), &[line(2, Some("BG9"), 50_000, Some("77777777"), Some("betalning"))], &mut |_| {}).await.unwrap();
        assert_eq!((report.booked, report.unmatched), (0, 1));
        assert_eq!(store.ledger_digest().await.unwrap(), digest, "nothing is booked for an unmatched payment");
        let queue = store.unmatched_payments(c, None, 100).await.unwrap();
        assert_eq!(queue.len(), 1);
        let p = &queue[0];
        assert_eq!(p.status, PaymentStatus::Unmatched);
        assert!(p.suggestions.iter().any(|s| s.claim == b), "suggestions: {:?}", p.suggestions);
        // Another creditor sees nothing of it.
        let other = store.create_creditor(&se_creditor()).await.unwrap();
        assert!(store.unmatched_payments(other.id, None, 100).await.unwrap().is_empty());
        assert!(matches!(store.resolve_payment(other.id, p.id, b, date(2025, 3, 2)).await, Err(store::StoreError::NotFound(_))));

        match store.resolve_payment(c, p.id, b, date(2025, 3, 2)).await.unwrap() {
            ResolveOutcome::Resolved { payment, entries } => {
                assert_eq!(payment.status, PaymentStatus::Resolved);
                assert_eq!(payment.matched.len(), 1);
                assert_eq!(entries.len(), 1);
            }
            other => panic!("expected Resolved, got {other:?}"),
        }
        assert_eq!(outstanding(&store, c, b).await, (0, 0, ClaimState::Paid));
        assert!(store.unmatched_payments(c, None, 100).await.unwrap().is_empty());
        let digest = store.ledger_digest().await.unwrap();
        assert!(matches!(store.resolve_payment(c, p.id, b, date(2025, 3, 2)).await.unwrap(), ResolveOutcome::NotUnmatched(_)));
        assert_eq!(store.ledger_digest().await.unwrap(), digest, "resolving twice books once");
    }

    async fn same_file_twice_books_nothing(store) {
        let (c, a, b) = book(&store).await;
        let lines = [
            line(2, Some("BG1"), 30_000, Some("10010"), None),
            line(4, None, 50_000, None, Some("Faktura 1002")),
            line(6, Some("BG3"), 123, Some("42"), None),
        ];
        let first = store.import_payments(c, &file("same"), &lines, &mut |_| {}).await.unwrap();
        assert_eq!((first.booked, first.partial, first.unmatched, first.already_imported), (2, 1, 1, false));
        let digest = store.ledger_digest().await.unwrap();
        let again = store.import_payments(c, &file("same"), &lines, &mut |_| {}).await.unwrap();
        assert!(again.already_imported);
        assert_eq!((again.booked, again.unmatched), (0, 0));
        assert_eq!(store.ledger_digest().await.unwrap(), digest);
        // The same bank line delivered again in another file is a duplicate, not a new payment.
        let other = store.import_payments(c, &file("other"), &lines[..1], &mut |_| {}).await.unwrap();
        assert_eq!((other.booked, other.duplicates), (0, 1));
        assert_eq!(store.ledger_digest().await.unwrap(), digest);
        assert_eq!(outstanding(&store, c, a).await.0, 70_000);
        assert_eq!(outstanding(&store, c, b).await.0, 0);
        assert_eq!(store.unmatched_payments(c, None, 100).await.unwrap().len(), 1);
    }

    async fn error_mid_import_leaves_nothing(store) {
        let (c, a, b) = book(&store).await;
        let digest = store.ledger_digest().await.unwrap();
        // Make the database refuse one ledger entry, as a crash or a full disk would half-way.
        match store.backend() {
            Backend::Sqlite => {
                store.raw_execute("CREATE TRIGGER purr_test_fail BEFORE INSERT ON ledger_entries WHEN NEW.amount_minor = -777 \
                    BEGIN SELECT RAISE(ABORT, 'boom'); END").await.unwrap();
            }
            Backend::Postgres => {
                store.raw_execute("CREATE FUNCTION purr_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
                    IF NEW.amount_minor = -777 THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$").await.unwrap();
                store.raw_execute("CREATE TRIGGER purr_test_fail BEFORE INSERT ON ledger_entries FOR EACH ROW \
                    EXECUTE FUNCTION purr_test_fail()").await.unwrap();
            }
        }
        let lines = [
            line(2, Some("BG1"), 100_000, Some("10010"), None),
            line(4, Some("BG2"), 777, Some("10020"), None),
            line(6, Some("BG3"), 55, Some("99"), None),
        ];
        assert!(store.import_payments(c, &file("crash"), &lines, &mut |_| {}).await.is_err());
        assert_eq!(store.ledger_digest().await.unwrap(), digest, "a failed import books nothing");
        assert_eq!(outstanding(&store, c, a).await, (100_000, 0, ClaimState::Open));
        assert!(store.unmatched_payments(c, None, 100).await.unwrap().is_empty());
        match store.backend() {
            Backend::Sqlite => store.raw_execute("DROP TRIGGER purr_test_fail").await.unwrap(),
            Backend::Postgres => store.raw_execute("DROP TRIGGER purr_test_fail ON ledger_entries").await.unwrap(),
        };
        // The file was not recorded either: importing it again now books all of it.
        let report = store.import_payments(c, &file("crash"), &lines, &mut |_| {}).await.unwrap();
        assert_eq!((report.already_imported, report.booked, report.unmatched), (false, 2, 1));
        assert_eq!(outstanding(&store, c, a).await.0, 0);
        assert_eq!(outstanding(&store, c, b).await.0, 50_000 - 777);
    }
}
