//! The portal's storage: link uses, sessions, guessing counters, debtor preferences, survey,
//! messages and audit, on both backends.

use crate::fixtures::{claim, se_creditor};
use domain::*;
use store::{NewPortalSession, Store, StoreError, both_backends};

async fn book(store: &Store) -> (CreditorId, DebtorId, ClaimId) {
    let c = store.create_creditor(&se_creditor()).await.unwrap();
    store.import_claims(c.id, &[claim("1001", "C1", 100_000), claim("1002", "C2", 50_000)], &mut |_| {}).await.unwrap();
    let v = store.claim_by_invoice(c.id, "1001").await.unwrap().unwrap();
    (c.id, v.claim.debtor_id, v.claim.id)
}

both_backends! {
    async fn secret_is_created_once(store) {
        let (c, _, _) = book(&store).await;
        assert_eq!(store.portal_secret(c, "aa11").await.unwrap(), "aa11");
        assert_eq!(store.portal_secret(c, "bb22").await.unwrap(), "aa11");
    }

    async fn a_link_is_fresh_only_once(store) {
        let (c, d, _) = book(&store).await;
        assert!(store.use_portal_link(c, "n1", d).await.unwrap());
        assert!(!store.use_portal_link(c, "n1", d).await.unwrap());
        assert!(store.use_portal_link(c, "n2", d).await.unwrap());
    }

    async fn sessions_expire_and_end(store) {
        let (c, d, _) = book(&store).await;
        let s = NewPortalSession {
            creditor: c, token_hash: "h1", debtor: d, csrf: "x", can_write: true, method: "link",
            expires_at: "2030-01-01T00:00:00Z",
        };
        store.create_portal_session(&s).await.unwrap();
        let found = store.portal_session(c, "h1", "2029-12-31T23:00:00Z").await.unwrap().unwrap();
        assert_eq!((found.debtor, found.csrf.as_str(), found.can_write, found.method.as_str()), (d, "x", true, "link"));
        assert!(store.portal_session(c, "h1", "2030-01-01T00:00:01Z").await.unwrap().is_none());
        assert!(store.portal_session(c, "h2", "2029-01-01T00:00:00Z").await.unwrap().is_none());
        // Another creditor's id never finds the session.
        assert!(store.portal_session(CreditorId(c.0 + 1), "h1", "2029-01-01T00:00:00Z").await.unwrap().is_none());
        store.end_portal_session(c, "h1").await.unwrap();
        assert!(store.portal_session(c, "h1", "2029-01-01T00:00:00Z").await.unwrap().is_none());
    }

    async fn attempts_count_per_bucket_and_window(store) {
        let (c, _, _) = book(&store).await;
        assert_eq!(store.portal_attempts(c, "ip:1", "w1").await.unwrap(), 0);
        for expected in 1..=3 {
            assert_eq!(store.count_portal_attempt(c, "ip:1", "w1").await.unwrap(), expected);
        }
        assert_eq!(store.count_portal_attempt(c, "ip:1", "w2").await.unwrap(), 1);
        assert_eq!(store.count_portal_attempt(c, "ref:1", "w1").await.unwrap(), 1);
        assert_eq!(store.portal_attempts(c, "ip:1", "w1").await.unwrap(), 3);
    }

    async fn reference_finds_its_debtor_only(store) {
        let (c, d, _) = book(&store).await;
        let found = store.debtor_by_reference(c, "10010").await.unwrap().unwrap();
        assert_eq!(found.id, d);
        assert_eq!(store.debtor_by_reference(c, "10020").await.unwrap().unwrap().external_id, "C2");
        assert!(store.debtor_by_reference(c, "99999").await.unwrap().is_none());
        assert!(store.debtor_by_reference(CreditorId(c.0 + 1), "10010").await.unwrap().is_none());
    }

    async fn language_and_channels_are_remembered(store) {
        let (c, d, _) = book(&store).await;
        store.set_debtor_language(c, d, &Language::parse("ar").unwrap()).await.unwrap();
        store.set_debtor_channels(c, d, &[Channel::Sms, Channel::Letter]).await.unwrap();
        let debtor = store.debtor(c, d).await.unwrap().unwrap();
        assert_eq!(debtor.language.as_str(), "ar");
        assert_eq!(debtor.channels, vec![Channel::Sms, Channel::Letter]);
        assert!(matches!(store.set_debtor_channels(c, d, &[]).await, Err(StoreError::Invalid(_))));
        assert!(matches!(
            store.set_debtor_language(c, DebtorId(999), &Language::parse("en").unwrap()).await,
            Err(StoreError::NotFound("debtor"))
        ));
    }

    async fn survey_keeps_the_first_answer(store) {
        let (c, d, claim) = book(&store).await;
        assert_eq!(store.survey_score(c, claim).await.unwrap(), None);
        assert!(store.record_survey(c, claim, d, 4, None).await.unwrap());
        assert!(!store.record_survey(c, claim, d, 1, None).await.unwrap());
        assert_eq!(store.survey_score(c, claim).await.unwrap(), Some(4));
        assert!(matches!(store.record_survey(c, claim, d, 6, None).await, Err(StoreError::Invalid(_))));
    }

    async fn messages_and_audit_are_kept_per_debtor(store) {
        let (c, d, claim) = book(&store).await;
        let other = store.claim_by_invoice(c, "1002").await.unwrap().unwrap().claim.debtor_id;
        let first = store.add_portal_message(c, d, Some(claim), "Hej").await.unwrap();
        let second = store.add_portal_message(c, d, None, "Igen").await.unwrap();
        assert!(second > first);
        let list = store.portal_messages(c, d).await.unwrap();
        assert_eq!(list.iter().map(|m| m.1.as_str()).collect::<Vec<_>>(), ["Igen", "Hej"]);
        assert!(store.portal_messages(c, other).await.unwrap().is_empty());
        store.portal_audit(c, d, Some(claim), "sign_in", "link").await.unwrap();
        store.portal_audit(c, other, None, "sign_in", "code").await.unwrap();
        let events = store.portal_events(c, d).await.unwrap();
        assert_eq!(events.len(), 1);
        assert_eq!((events[0].action.as_str(), events[0].claim), ("sign_in", Some(claim)));
    }
}
