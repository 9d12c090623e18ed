//! Webhook subscriptions, events written with their cause, idempotent event ids and the
//! delivery state machine, on both backends.

use crate::fixtures::{claim, se_creditor};
use domain::matching::IncomingPayment;
use domain::*;
use jiff::civil::date;
use store::webhook_types::*;
use store::{AttemptOutcome, AttemptRecord, PaymentFile, PaymentLine, StepToApply, Store, both_backends};

fn line(no: i64, bank_ref: &str, minor: i64, reference: &str) -> PaymentLine {
    let amount = Money::from_minor(minor, Currency::SEK);
    PaymentLine {
        line: no,
        kind: "payment".into(),
        bank_ref: Some(bank_ref.into()),
        amount,
        booking_date: Some(date(2025, 3, 1)),
        effective_date: date(2025, 3, 1),
        reference: Some(reference.into()),
        payer_name: Some("Anna Andersson".into()),
        message: None,
        incoming: IncomingPayment { amount, reference: Some(reference.into()), references: Vec::new(), text: None },
        matchable: true,
    }
}

fn file(hash: &str) -> PaymentFile {
    PaymentFile { sha256: hash.into(), format: "bgmax".into(), file_name: None }
}

fn types(list: &[&str]) -> Vec<String> {
    list.iter().map(|t| t.to_string()).collect()
}

async fn event_ids(store: &Store, c: CreditorId) -> Vec<String> {
    store.webhook_events(c, None, 1000).await.unwrap().into_iter().map(|e| e.event_id).collect()
}

both_backends! {
    async fn events_are_written_with_their_cause_once(store) {
        let c = store.create_creditor(&se_creditor()).await.unwrap().id;
        let mut other = se_creditor();
        other.org_number = "556000-0002".into();
        let d = store.create_creditor(&other).await.unwrap().id;
        store.import_claims(c, &[claim("1001", "C1", 100_000)], &mut |_| {}).await.unwrap();
        store.import_claims(d, &[claim("1001", "C1", 100_000)], &mut |_| {}).await.unwrap();

        // Nobody listens yet: paying writes no event.
        let early = store.import_payments(d, &file("d1"), &[line(1, "D1", 100_000, "10010")], &mut |_| {}).await.unwrap();
        assert_eq!(early.booked, 1);
        assert!(event_ids(&store, d).await.is_empty());

        let sub = store.create_webhook(c, "http://127.0.0.1:9/hook", "whsec_x", &types(&[CLAIM_PAID, PAYMENT_UNMATCHED]), None)
            .await.unwrap();
        assert_eq!(sub.event_types, types(&[CLAIM_PAID, PAYMENT_UNMATCHED]));
        assert!(store.create_webhook(c, "http://x", "s", &types(&["claim.unpaid"]), None).await.is_err());
        assert!(store.create_webhook(c, "http://x", "s", &[], None).await.is_err());

        let lines = [line(1, "BG1", 100_000, "10010"), line(2, "BG2", 777, "99999999")];
        let report = store.import_payments(c, &file("h1"), &lines, &mut |_| {}).await.unwrap();
        assert_eq!((report.booked, report.unmatched), (1, 1));
        let claim_id = store.claim_by_invoice(c, "1001").await.unwrap().unwrap().claim.id;
        let events = store.webhook_events(c, None, 100).await.unwrap();
        assert_eq!(events.len(), 2, "{events:?}");
        let paid = events.iter().find(|e| e.event_type == CLAIM_PAID).unwrap();
        assert!(paid.event_id.starts_with(&format!("claim.paid:{}:e", claim_id.0)), "{}", paid.event_id);
        assert_eq!(paid.data["claim_id"], claim_id.0);
        assert_eq!(paid.data["invoice_number"], "1001");
        assert_eq!(paid.data["paid_minor"], 100_000);
        let unmatched = events.iter().find(|e| e.event_type == PAYMENT_UNMATCHED).unwrap();
        assert_eq!(unmatched.event_id, format!("payment.unmatched:payment:{}:BG2", c.0));
        assert_eq!(unmatched.data["amount_minor"], 777);

        // The same lines again (another file, same bank references): duplicates, no new events.
        let again = store.import_payments(c, &file("h2"), &lines, &mut |_| {}).await.unwrap();
        assert_eq!(again.duplicates, 2);
        assert_eq!(event_ids(&store, c).await.len(), 2);

        // An event id written twice is one event; a type nobody subscribes to writes nothing.
        let data = serde_json::json!({"claim_id": 1});
        assert!(!store.emit_webhook_event(c, DISPUTE_OPENED, "dispute.opened:1:1", data.clone()).await.unwrap());
        let id = paid.event_id.clone();
        assert!(!store.emit_webhook_event(c, CLAIM_PAID, &id, data.clone()).await.unwrap());
        assert!(store.emit_webhook_event(c, CLAIM_PAID, "claim.paid:manual", data.clone()).await.unwrap());
        assert!(!store.emit_webhook_event(c, CLAIM_PAID, "claim.paid:manual", data).await.unwrap());
        assert_eq!(event_ids(&store, c).await.len(), 3);
        // The other creditor still has none, and sees none of these deliveries.
        assert!(event_ids(&store, d).await.is_empty());
        assert!(store.webhook(d, sub.id).await.unwrap().is_none());
        assert!(store.webhooks(d).await.unwrap().is_empty());
        assert!(store.webhook_deliveries(d, sub.id, None, 100).await.unwrap().is_empty());

        // One delivery per event for the one subscription.
        let deliveries = store.webhook_deliveries(c, sub.id, None, 100).await.unwrap();
        assert_eq!(deliveries.len(), 3);
        assert!(deliveries.iter().all(|x| x.state == "pending" && x.attempts == 0));
    }

    async fn deliveries_retry_deliver_once_and_cancel(store) {
        let c = store.create_creditor(&se_creditor()).await.unwrap().id;
        let sub = store.create_webhook(c, "http://127.0.0.1:9/a", "s", &types(&[CLAIM_PAID]), Some("erp")).await.unwrap();
        assert!(store.emit_webhook_event(c, CLAIM_PAID, "claim.paid:1", serde_json::json!({})).await.unwrap());
        let far = jiff::Timestamp::now().as_millisecond() + 1_000;

        let due = store.due_webhook_deliveries(far, 10).await.unwrap();
        assert_eq!(due.len(), 1);
        let d = &due[0];
        assert_eq!((d.subscription_id, d.event.event_id.as_str(), d.attempts), (sub.id, "claim.paid:1", 0));
        assert!(store.take_webhook_delivery(d, far + 60_000).await.unwrap());
        // A second worker holding the same stale row cannot take it.
        assert!(!store.take_webhook_delivery(d, far + 60_000).await.unwrap());
        assert!(store.due_webhook_deliveries(far, 10).await.unwrap().is_empty());

        let retry = AttemptRecord {
            status_code: Some(500),
            error: None,
            duration_ms: 3,
            outcome: AttemptOutcome::Retry { next_attempt_ms: far + 30_000 },
        };
        assert!(store.record_webhook_attempt(d, &retry).await.unwrap());
        // The same attempt recorded twice (a stale worker) changes nothing.
        assert!(!store.record_webhook_attempt(d, &retry).await.unwrap());
        assert!(store.due_webhook_deliveries(far + 29_999, 10).await.unwrap().is_empty());
        let due = store.due_webhook_deliveries(far + 30_000, 10).await.unwrap();
        assert_eq!(due[0].attempts, 1);
        let ok = AttemptRecord { status_code: Some(204), error: None, duration_ms: 2, outcome: AttemptOutcome::Delivered };
        assert!(store.take_webhook_delivery(&due[0], far + 90_000).await.unwrap());
        assert!(store.record_webhook_attempt(&due[0], &ok).await.unwrap());
        assert!(!store.record_webhook_attempt(&due[0], &ok).await.unwrap());
        // Delivered is final: never due again.
        assert!(store.due_webhook_deliveries(i64::MAX / 2, 10).await.unwrap().is_empty());
        let log = store.webhook_deliveries(c, sub.id, None, 10).await.unwrap();
        assert_eq!(log.len(), 1);
        assert_eq!((log[0].state.as_str(), log[0].attempts, log[0].last_status), ("delivered", 2, Some(204)));
        assert!(log[0].delivered_at.is_some());
        let outcomes: Vec<(i64, &str, Option<i64>)> =
            log[0].log.iter().map(|a| (a.attempt_no, a.outcome.as_str(), a.status_code)).collect();
        assert_eq!(outcomes, vec![(1, "retry", Some(500)), (2, "delivered", Some(204))]);

        // A ping goes to that one subscription; deleting cancels what is pending.
        let other = store.create_webhook(c, "http://127.0.0.1:9/b", "s", &types(&[STEP_TAKEN]), None).await.unwrap();
        let ping = store.queue_webhook_ping(c, sub.id).await.unwrap().unwrap();
        assert_eq!(ping.event_type, PING);
        assert!(store.webhook_deliveries(c, other.id, None, 10).await.unwrap().is_empty());
        assert!(store.delete_webhook(c, sub.id).await.unwrap());
        assert!(!store.delete_webhook(c, sub.id).await.unwrap());
        assert!(store.webhook(c, sub.id).await.unwrap().is_none());
        assert!(store.queue_webhook_ping(c, sub.id).await.unwrap().is_none());
        assert_eq!(store.webhooks(c).await.unwrap().iter().map(|w| w.id).collect::<Vec<_>>(), vec![other.id]);
        let log = store.webhook_deliveries(c, sub.id, None, 10).await.unwrap();
        assert_eq!(log.iter().map(|x| x.state.as_str()).collect::<Vec<_>>(), vec!["delivered", "cancelled"]);
        assert!(store.due_webhook_deliveries(i64::MAX / 2, 10).await.unwrap().is_empty());
        // A deleted subscription receives no new events.
        assert!(!store.emit_webhook_event(c, CLAIM_PAID, "claim.paid:2", serde_json::json!({})).await.unwrap());
    }

    async fn dunning_steps_write_step_taken_once_per_step(store) {
        let c = store.create_creditor(&se_creditor()).await.unwrap().id;
        let mut other = se_creditor();
        other.org_number = "556000-0002".into();
        let d = store.create_creditor(&other).await.unwrap().id;
        for creditor in [c, d] {
            let claims = [claim("2001", "C1", 100_000), claim("2002", "C2", 50_000)].map(|mut x| {
                (x.issue_date, x.due_date) = (date(2025, 2, 1), date(2025, 3, 3));
                x
            });
            store.import_claims(creditor, &claims, &mut |_| {}).await.unwrap();
        }
        let sub = store.create_webhook(c, "http://127.0.0.1:9/s", "s", &types(&[STEP_TAKEN]), None).await.unwrap();
        let today = date(2025, 3, 21);
        let cases = store.cases_due(today, None, 100).await.unwrap();
        let strategies = domain::dunning::Strategies::builtin();
        let tables = domain::law::LawTables::builtin_ref();
        let decided: Vec<_> = cases
            .iter()
            .map(|f| (f, domain::dunning::decide(f, strategies.for_case(f.jurisdiction, f.debtor_kind).unwrap(), tables, today)))
            .collect();
        let to_apply: Vec<StepToApply> =
            decided.iter().filter_map(|(f, x)| x.step().map(|step| StepToApply { facts: f, step, merge: false })).collect();
        assert_eq!(to_apply.len(), 4, "both creditors' claims are overdue");
        let first = store.apply_dunning(&to_apply).await.unwrap();
        assert_eq!(first.steps_booked, 4);
        let events = store.webhook_events(c, None, 100).await.unwrap();
        assert_eq!(events.len(), 2, "one per step of the subscribed creditor: {events:?}");
        for e in &events {
            assert_eq!(e.event_type, STEP_TAKEN);
            assert!(e.event_id.starts_with("step.taken:run:2025-03-21:"), "{}", e.event_id);
            assert_eq!(e.data["step_no"], 1);
            assert_eq!(e.data["date"], "2025-03-21");
        }
        assert!(store.webhook_events(d, None, 100).await.unwrap().is_empty());
        // The same batch applied again books nothing and writes no event twice.
        let again = store.apply_dunning(&to_apply).await.unwrap();
        assert_eq!(again.steps_booked, 0);
        assert_eq!(store.webhook_events(c, None, 100).await.unwrap().len(), 2);
        assert_eq!(store.webhook_deliveries(c, sub.id, None, 100).await.unwrap().len(), 2);
    }
}
