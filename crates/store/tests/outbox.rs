//! The outbox worker's storage on both backends: leases, attempts, the append-only deliveries.

use crate::fixtures::{claim, se_creditor};
use domain::Channel;
use store::{DeliveryStatus, NewDelivery, NextStep, both_backends};

fn at(text: &str) -> jiff::Timestamp {
    text.parse().unwrap()
}

both_backends! {
    async fn leases_attempts_and_append_only_deliveries(store) {
        let c = store.create_creditor(&se_creditor()).await.unwrap();
        store.create_claim(c.id, &claim("501", "P", 10_000)).await.unwrap();
        store
            .raw_execute(
                "INSERT INTO outbox (creditor_id, id, claim_id, debtor_id, step, channel, language, payload, \
                 idempotency_key, status, created_at) \
                 VALUES (1, 1, 1, 1, 'reminder', 'email', 'sv', '{}', 'run:2026-01-05:1:1', 'queued', '2026-01-05T00:00:00Z')",
            )
            .await
            .unwrap();
        let digest = store.ledger_digest().await.unwrap();

        // One worker holds the message; another gets nothing until the lease runs out.
        let now = at("2026-01-05T10:00:00Z");
        let a = store.lease_due_messages(now, "a", 60, 10).await.unwrap();
        assert_eq!(a.len(), 1);
        assert_eq!((a[0].channel.as_str(), a[0].status.as_str(), a[0].attempts), ("email", "queued", 0));
        assert!(store.lease_due_messages(now, "b", 60, 10).await.unwrap().is_empty());
        let later = at("2026-01-05T10:01:00Z");
        let b = store.lease_due_messages(later, "b", 60, 10).await.unwrap();
        assert_eq!(b.len(), 1, "an expired lease is taken over");

        // The first worker lost its lease: its record is refused and writes nothing.
        let sent = NewDelivery {
            channel: Channel::Email,
            address: "p@example.se",
            status: DeliveryStatus::Sent,
            detail: "250 queued",
            content_type: "message/rfc822",
            content: Some(b"Subject: hi\r\n\r\nhello\r\n"),
        };
        assert!(store.record_attempt(&a[0], "a", Some(&sent), &NextStep::Sent).await.is_err());
        assert!(store.deliveries(c.id, 1).await.unwrap().is_empty());

        // A retry, then the send: both attempts kept, with the bytes' hash.
        let retry = NewDelivery { status: DeliveryStatus::Retry, detail: "421 busy", ..sent.clone() };
        store.record_attempt(&b[0], "b", Some(&retry), &NextStep::RetryAt(at("2026-01-05T10:05:00Z"))).await.unwrap();
        assert!(store.lease_due_messages(at("2026-01-05T10:04:59Z"), "b", 60, 10).await.unwrap().is_empty());
        let again = store.lease_due_messages(at("2026-01-05T10:05:00Z"), "b", 60, 10).await.unwrap();
        assert_eq!((again[0].status.as_str(), again[0].attempts), ("retry", 1));
        assert!(store.sent_delivery(c.id, "run:2026-01-05:1:1").await.unwrap().is_none());
        store.record_attempt(&again[0], "b", Some(&sent), &NextStep::Sent).await.unwrap();
        let done = store.outbox_message(c.id, 1).await.unwrap().unwrap();
        assert_eq!((done.status.as_str(), done.attempts), ("sent", 2));
        let d = store.sent_delivery(c.id, "run:2026-01-05:1:1").await.unwrap().unwrap();
        assert_eq!(d.content.as_deref(), Some(&b"Subject: hi\r\n\r\nhello\r\n"[..]));
        assert_eq!(d.sha256.as_deref().map(str::len), Some(64));
        assert_eq!(store.deliveries(c.id, 1).await.unwrap().len(), 2);
        assert!(store.lease_due_messages(at("2026-02-01T00:00:00Z"), "c", 60, 10).await.unwrap().is_empty(), "sent is final");

        assert!(store.raw_execute("UPDATE deliveries SET status = 'retry'").await.is_err(), "deliveries are append-only");
        assert!(store.raw_execute("DELETE FROM deliveries").await.is_err(), "deliveries are append-only");
        assert_eq!(store.ledger_digest().await.unwrap(), digest, "delivery state is outside the digest");
    }
}
