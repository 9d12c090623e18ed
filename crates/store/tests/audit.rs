//! The audit trail on both backends: append-only in the database, written with the change it
//! describes, and waiving a fee books exactly one reversal however often it is asked.

use crate::fixtures::{claim, se_creditor};
use domain::*;
use jiff::civil::date;
use store::{Actor, ActorKind, AuditFilter, NewAudit, WaiveOutcome, both_backends};

both_backends! {
    async fn the_trail_is_append_only(store) {
        let c = store.create_creditor(&se_creditor()).await.unwrap().id;
        let actor = Actor { kind: ActorKind::User, name: "anna@example.se".into() };
        store.record_audit(c, &NewAudit {
            actor: actor.clone(), action: "test.change".into(), subject_kind: "claim".into(), subject_id: "1".into(),
            before: Some(serde_json::json!({"state": "open"})), after: Some(serde_json::json!({"state": "paused"})), reason: Some("why".into()),
        }).await.unwrap();
        assert!(store.raw_execute("UPDATE audit_log SET actor = 'someone else'").await.is_err(), "UPDATE refused");
        assert!(store.raw_execute("DELETE FROM audit_log").await.is_err(), "DELETE refused");
        let trail = store.audit_log(c, &AuditFilter { limit: 10, ..Default::default() }).await.unwrap();
        assert_eq!(trail.len(), 1);
        assert_eq!(trail[0].actor, actor);
        assert_eq!(trail[0].before.as_ref().unwrap()["state"], "open");
    }

    async fn waiving_a_fee_books_one_reversal_and_its_audit_row(store) {
        let c = store.create_creditor(&se_creditor()).await.unwrap().id;
        store.import_claims(c, &[claim("W1", "D1", 10_000), claim("W2", "D2", 10_000)], &mut |_| {}).await.unwrap();
        let fee = NewEntry {
            kind: EntryKind::Fee { fee: FeeKind::Reminder },
            component: Component::Fees,
            amount: Money::from_minor(6_000, Currency::SEK),
            effective_date: date(2025, 2, 20),
            reason: "reminder".into(),
        };
        let store::AppendOutcome::Booked(booked) = store.append_entries(c, ClaimId(1), &[fee], None).await.unwrap() else { panic!() };
        let fee_id = booked[0].id;
        let actor = Actor { kind: ActorKind::User, name: "anna@example.se".into() };
        assert!(store.waive_fee(c, ClaimId(1), fee_id, "  ", &actor).await.is_err(), "a reason is required");
        assert_eq!(store.waive_fee(c, ClaimId(2), fee_id, "goodwill", &actor).await.unwrap(), WaiveOutcome::NotAFee, "the fee belongs to another claim");
        let principal = store.entries(c, ClaimId(1)).await.unwrap()[0].id;
        assert_eq!(store.waive_fee(c, ClaimId(1), principal, "goodwill", &actor).await.unwrap(), WaiveOutcome::NotAFee);
        let WaiveOutcome::Waived(rev) = store.waive_fee(c, ClaimId(1), fee_id, "goodwill", &actor).await.unwrap() else { panic!("waived") };
        assert_eq!(rev[0].kind, EntryKind::Reversal { of: fee_id });
        assert_eq!(store.waive_fee(c, ClaimId(1), fee_id, "goodwill", &actor).await.unwrap(), WaiveOutcome::AlreadyWaived);
        let view = store.claim(c, ClaimId(1)).await.unwrap().unwrap();
        assert_eq!(view.balance.fees.minor(), 0);
        let trail = store.audit_log(c, &AuditFilter { subject: Some(("claim".into(), "1".into())), limit: 10, ..Default::default() }).await.unwrap();
        assert_eq!(trail.len(), 1, "one waiver, one audit row");
        assert_eq!(trail[0].before.as_ref().unwrap()["balance"]["fees_minor"], 6_000);
        assert_eq!(trail[0].after.as_ref().unwrap()["balance"]["fees_minor"], 0);
        assert_eq!(trail[0].reason.as_deref(), Some("goodwill"));
        assert!(store.audit_log(c, &AuditFilter { subject: Some(("claim".into(), "2".into())), limit: 10, ..Default::default() }).await.unwrap().is_empty());
    }
}
