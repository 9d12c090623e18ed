use crate::fixtures::{claim, se_creditor};
use domain::*;
use jiff::civil::date;
use store::{AppendOutcome, ClaimFilter, ClaimInput, CreateOutcome, LawOverride, Role, Store, both_backends};

fn entry(kind: EntryKind, component: Component, minor: i64, day: i8) -> NewEntry {
    NewEntry {
        kind,
        component,
        amount: Money::from_minor(minor, Currency::SEK),
        effective_date: date(2025, 2, day),
        reason: "test".into(),
    }
}

async fn one_claim(store: &Store) -> (Creditor, ClaimId) {
    let creditor = store.create_creditor(&se_creditor()).await.unwrap();
    let report = store.import_claims(creditor.id, &[claim("1001", "C1", 100_000)], &mut |_| {}).await.unwrap();
    assert_eq!(report.created, 1);
    let view = store.claim_by_invoice(creditor.id, "1001").await.unwrap().unwrap();
    (creditor, view.claim.id)
}

both_backends! {
    // Writers that read before they write (a new creditor's id, a key's revocation) run side by
    // side on the pool's connections. Each waits for the lock; none fails with "database is
    // locked", and a refused revocation leaves nothing locked behind it.
    async fn concurrent_writers_wait_their_turn(store) {
        let first = store.create_creditor(&se_creditor()).await.unwrap();
        let by = store::Actor { kind: store::ActorKind::User, name: "admin@example.se".into() };
        let tasks: Vec<_> = (0..16)
            .map(|i| {
                let (store, by) = (store.clone(), by.clone());
                tokio::spawn(async move {
                    let missing = store.revoke_api_key(first.id, &format!("missing-{i}"), &by).await;
                    assert!(matches!(missing, Err(store::StoreError::NotFound(_))), "{missing:?}");
                    store.create_creditor(&se_creditor()).await.unwrap().id
                })
            })
            .collect();
        let mut ids = Vec::new();
        for task in tasks {
            ids.push(task.await.unwrap());
        }
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 16, "every creditor got its own id");
    }

    async fn creditor_round_trip(store) {
        let created = store.create_creditor(&se_creditor()).await.unwrap();
        assert_eq!(store.creditor(created.id).await.unwrap(), created);
        assert_eq!(created.legal_name, "Exempel AB");
        assert!(created.reminder_fee_agreed);
        let second = store.create_creditor(&se_creditor()).await.unwrap();
        assert_ne!(created.id, second.id);
        assert_eq!(store.creditors().await.unwrap().len(), 2);
    }

    async fn import_is_idempotent_and_all_or_nothing(store) {
        let c = store.create_creditor(&se_creditor()).await.unwrap();
        let rows: Vec<ClaimInput> = (0..1200).map(|i| claim(&format!("{}", 5000 + i), &format!("D{}", i % 300), 1000 + i)).collect();
        let first = store.import_claims(c.id, &rows, &mut |_| {}).await.unwrap();
        assert_eq!((first.created, first.unchanged, first.debtors_created), (1200, 0, 300));
        let digest = store.ledger_digest().await.unwrap();
        let again = store.import_claims(c.id, &rows, &mut |_| {}).await.unwrap();
        assert_eq!((again.created, again.unchanged), (0, 1200));
        assert_eq!(store.ledger_digest().await.unwrap(), digest, "a repeated import changes nothing");

        // One changed row makes the whole import a conflict, and nothing new is written.
        let mut changed = vec![claim("9000", "D1", 500)];
        changed.push(ClaimInput { principal: Money::from_minor(1, Currency::SEK), ..rows[3].clone() });
        let refused = store.import_claims(c.id, &changed, &mut |_| {}).await.unwrap();
        assert_eq!(refused.conflicts.len(), 1);
        assert_eq!(refused.conflicts[0].index, 1);
        assert!(store.claim_by_invoice(c.id, "9000").await.unwrap().is_none());
        assert_eq!(store.ledger_digest().await.unwrap(), digest);
    }

    async fn create_claim_outcomes(store) {
        let c = store.create_creditor(&se_creditor()).await.unwrap();
        let input = claim("77", "X", 2500);
        assert!(matches!(store.create_claim(c.id, &input).await.unwrap(), CreateOutcome::Created(_)));
        assert!(matches!(store.create_claim(c.id, &input).await.unwrap(), CreateOutcome::Exists(_)));
        let other = ClaimInput { due_date: date(2025, 3, 1), ..input };
        assert!(matches!(store.create_claim(c.id, &other).await.unwrap(), CreateOutcome::Conflict(_)));
    }

    async fn tenants_never_see_each_other(store) {
        let a = store.create_creditor(&se_creditor()).await.unwrap();
        let b = store.create_creditor(&se_creditor()).await.unwrap();
        store.import_claims(a.id, &[claim("1", "A", 100)], &mut |_| {}).await.unwrap();
        store.import_claims(b.id, &[claim("1", "A", 200)], &mut |_| {}).await.unwrap();
        let a_claims = store.claims(&ClaimFilter { creditor: Some(a.id), limit: 100, ..Default::default() }).await.unwrap();
        assert_eq!(a_claims.len(), 1);
        assert_eq!(a_claims[0].claim.principal.minor(), 100);
        let a_claim = a_claims[0].claim.id;
        // The same claim id under the other creditor is the other creditor's claim, never A's.
        let b_view = store.claim(b.id, a_claim).await.unwrap().unwrap();
        assert_eq!(b_view.claim.creditor_id, b.id);
        assert_eq!(b_view.claim.principal.minor(), 200);
        assert!(store.claim(b.id, ClaimId(999)).await.unwrap().is_none());
    }

    async fn ledger_balance_and_state(store) {
        let (c, id) = one_claim(&store).await;
        let fee = entry(EntryKind::Fee { fee: FeeKind::Reminder }, Component::Fees, 6000, 10);
        let interest = entry(EntryKind::Interest, Component::Interest, 1234, 10);
        assert!(matches!(store.append_entries(c.id, id, &[fee, interest], None).await.unwrap(), AppendOutcome::Booked(_)));
        let view = store.claim(c.id, id).await.unwrap().unwrap();
        assert_eq!(view.balance.outstanding().unwrap().minor(), 100_000 + 6000 + 1234);
        assert_eq!(view.claim.state, ClaimState::Open);

        let pay = vec![
            entry(EntryKind::Payment, Component::Fees, -6000, 20),
            entry(EntryKind::Payment, Component::Interest, -1234, 20),
            entry(EntryKind::Payment, Component::Principal, -100_000, 20),
        ];
        let booked = match store.append_entries(c.id, id, &pay, Some("bgmax:file1:line7")).await.unwrap() {
            AppendOutcome::Booked(b) => b,
            other => panic!("{other:?}"),
        };
        assert_eq!(store.claim(c.id, id).await.unwrap().unwrap().claim.state, ClaimState::Paid);
        // The same payment line again books nothing.
        assert!(matches!(store.append_entries(c.id, id, &pay, Some("bgmax:file1:line7")).await.unwrap(), AppendOutcome::Exists(_)));
        assert!(matches!(store.append_entries(c.id, id, &pay[..1], Some("bgmax:file1:line7")).await.unwrap(), AppendOutcome::Conflict(_)));

        // Reversing the principal part reopens the claim.
        let reversal = NewEntry { kind: EntryKind::Reversal { of: booked[2].id }, component: Component::Principal, amount: Money::from_minor(100_000, Currency::SEK), effective_date: date(2025, 2, 21), reason: "payment returned".into() };
        store.append_entries(c.id, id, &[reversal.clone()], None).await.unwrap();
        let view = store.claim(c.id, id).await.unwrap().unwrap();
        assert_eq!(view.claim.state, ClaimState::Open);
        assert_eq!(view.balance.principal.minor(), 100_000);
        // A second reversal of the same entry is refused.
        assert!(store.append_entries(c.id, id, &[reversal], None).await.is_err());
        assert_eq!(store.entries(c.id, id).await.unwrap().len(), 7);
    }

    async fn ledger_refuses_bad_entries_and_writes_nothing(store) {
        let (c, id) = one_claim(&store).await;
        let before = store.ledger_digest().await.unwrap();
        let ok = entry(EntryKind::Interest, Component::Interest, 100, 5);
        let overpay = entry(EntryKind::Payment, Component::Principal, -100_001, 5);
        assert!(store.append_entries(c.id, id, &[ok, overpay], None).await.is_err());
        let wrong_currency = NewEntry { amount: Money::from_minor(5, Currency::NOK), ..entry(EntryKind::Interest, Component::Interest, 5, 5) };
        assert!(store.append_entries(c.id, id, &[wrong_currency], None).await.is_err());
        assert_eq!(store.ledger_digest().await.unwrap(), before);
    }

    async fn ledger_is_append_only_in_the_database(store) {
        let (_c, _id) = one_claim(&store).await;
        let update = store.raw_execute("UPDATE ledger_entries SET amount_minor = 1").await;
        assert!(update.is_err(), "the database must refuse to edit a ledger entry");
        let delete = store.raw_execute("DELETE FROM ledger_entries").await;
        assert!(delete.is_err(), "the database must refuse to delete a ledger entry");
    }

    async fn listing_filters_and_pages(store) {
        let c = store.create_creditor(&se_creditor()).await.unwrap();
        let rows: Vec<ClaimInput> = (0..25).map(|i| claim(&format!("{}", 100 + i), "P", 100)).collect();
        store.import_claims(c.id, &rows, &mut |_| {}).await.unwrap();
        let first = store.claims(&ClaimFilter { creditor: Some(c.id), limit: 10, ..Default::default() }).await.unwrap();
        assert_eq!(first.len(), 10);
        let last = first.last().unwrap().claim.id;
        let second = store.claims(&ClaimFilter { creditor: Some(c.id), limit: 10, after: Some((c.id, last)), ..Default::default() }).await.unwrap();
        assert_eq!(second.len(), 10);
        assert!(second[0].claim.id > last);
        store.set_claim_state(c.id, first[0].claim.id, ClaimState::Disputed).await.unwrap();
        let disputed = store.claims(&ClaimFilter { creditor: Some(c.id), states: vec![ClaimState::Disputed], limit: 100, ..Default::default() }).await.unwrap();
        assert_eq!(disputed.len(), 1);
        let counts = store.claim_counts(Some(c.id)).await.unwrap();
        assert!(counts.contains(&(ClaimState::Open, 24)));
    }

    async fn api_keys_and_law_overrides(store) {
        let c = store.create_creditor(&se_creditor()).await.unwrap();
        store.add_api_key(c.id, "k1", "hash", "demo", Role::Agent).await.unwrap();
        let key = store.api_key(c.id, "k1").await.unwrap().unwrap();
        assert_eq!(key.role, Role::Agent);
        assert!(store.api_key(c.id, "nope").await.unwrap().is_none());
        assert_eq!(key.revoked_at, None);
        // Revoking: audited in the same transaction, once; the key stays listed with its date.
        let by = store::Actor { kind: store::ActorKind::User, name: "admin@example.se".into() };
        store.add_api_key_by(c.id, "k2", "hash2", "erp", Role::ReadOnly, &by).await.unwrap();
        assert_eq!(store.revoke_api_key(c.id, "k1", &by).await.unwrap(), store::RevokeOutcome::Revoked);
        assert_eq!(store.revoke_api_key(c.id, "k1", &by).await.unwrap(), store::RevokeOutcome::AlreadyRevoked);
        assert!(matches!(store.revoke_api_key(c.id, "nope", &by).await, Err(store::StoreError::NotFound(_))));
        let other = store.create_creditor(&se_creditor()).await.unwrap();
        assert!(store.revoke_api_key(other.id, "k2", &by).await.is_err(), "another creditor's key is not found");
        let keys = store.api_keys(c.id).await.unwrap();
        assert_eq!(keys.iter().map(|k| (k.key_id.as_str(), k.revoked_at.is_some())).collect::<Vec<_>>(), [("k1", true), ("k2", false)]);
        let trail = store.audit_log(c.id, &store::AuditFilter { subject: None, before_id: None, limit: 10 }).await.unwrap();
        assert_eq!(trail.iter().map(|r| (r.action.as_str(), r.subject_id.as_str())).collect::<Vec<_>>(), [("api_key.revoke", "k1"), ("api_key.create", "k2")]);
        let o = LawOverride { table: "se-reference-rate".into(), valid_from: date(2026, 7, 1), value: "2.00".into(), source: "test".into(), set_by: "me".into(), set_at: "2026-11-23T00:00:00Z".into() };
        store.add_law_override(&o).await.unwrap();
        assert_eq!(store.law_overrides().await.unwrap(), vec![o]);
    }
}

#[tokio::test]
async fn both_backends_give_the_same_digest() {
    let a = store::testing::TestDb::sqlite().await;
    let b = store::testing::TestDb::postgres().await;
    for db in [&a, &b] {
        let (c, id) = one_claim(&db.store).await;
        db.store
            .append_entries(c.id, id, &[entry(EntryKind::Interest, Component::Interest, 77, 3)], Some("k"))
            .await
            .unwrap();
    }
    assert_eq!(a.store.ledger_digest().await.unwrap(), b.store.ledger_digest().await.unwrap());
    a.finish().await;
    b.finish().await;
}
