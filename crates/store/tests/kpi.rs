//! KPI aggregates on both backends: after every kind of change, the incrementally refreshed
//! buckets equal both a full rebuild and an independent computation from claims, ledger
//! entries and dunning steps read through the store's ordinary API.

use crate::fixtures::{claim, se_creditor};
use domain::*;
use jiff::ToSpan;
use jiff::civil::{Date, date};
use std::collections::BTreeMap;
use store::{ClaimFilter, KpiBucket, Store, both_backends};

type Key = (String, Date, String, i64, String);

/// The buckets computed the slow way: every claim loaded with its entries and steps.
async fn direct(store: &Store, creditor: CreditorId) -> Vec<KpiBucket> {
    let claims =
        store.claims(&ClaimFilter { creditor: Some(creditor), limit: 10_000, ..Default::default() }).await.unwrap();
    let mut sums: BTreeMap<Key, KpiBucket> = BTreeMap::new();
    for view in claims {
        let c = &view.claim;
        let entries = store.entries(creditor, c.id).await.unwrap();
        let steps = store.dunning_steps(creditor, c.id).await.unwrap();
        let kind_of = |id: EntryId| entries.iter().find(|e| e.id == id).map(|e| e.kind);
        let is = |e: &Entry, want: EntryKind| {
            e.kind == want || matches!(e.kind, EntryKind::Reversal { of } if kind_of(of) == Some(want))
        };
        let paid = |e: &Entry| is(e, EntryKind::Payment) && e.component != Component::Credit;
        let paid_by = |days: i64| -> i64 {
            let limit = c.due_date.checked_add(days.days()).unwrap();
            entries.iter().filter(|e| paid(e) && e.effective_date <= limit).map(|e| -e.amount.minor()).sum()
        };
        let last = steps.last();
        let resolved = c.state.is_closed();
        let last_date = entries.iter().map(|e| e.effective_date).max().unwrap();
        let days = (last_date - c.due_date).get_days() as i64;
        let (step_no, step_kind) =
            last.map_or((0, String::new()), |s| (i64::from(s.step_no), s.kind.code().to_string()));
        let key = (
            c.principal.currency().code().to_string(),
            c.due_date,
            c.state.code().to_string(),
            step_no,
            step_kind.clone(),
        );
        let b = sums.entry(key).or_insert_with(|| KpiBucket {
            currency: c.principal.currency(),
            due_date: c.due_date,
            state: c.state,
            last_step_no: step_no,
            last_step_kind: step_kind,
            claims: 0,
            principal_minor: 0,
            outstanding_minor: 0,
            paid_minor: 0,
            paid_14_minor: 0,
            paid_30_minor: 0,
            paid_60_minor: 0,
            paid_90_minor: 0,
            resolved: 0,
            resolve_days: 0,
        });
        b.claims += 1;
        b.principal_minor += c.principal.minor()
            + entries.iter().filter(|e| is(e, EntryKind::CreditNote)).map(|e| e.amount.minor()).sum::<i64>();
        b.outstanding_minor +=
            entries.iter().filter(|e| e.component != Component::Credit).map(|e| e.amount.minor()).sum::<i64>();
        b.paid_minor += entries.iter().filter(|e| paid(e)).map(|e| -e.amount.minor()).sum::<i64>();
        b.paid_14_minor += paid_by(14);
        b.paid_30_minor += paid_by(30);
        b.paid_60_minor += paid_by(60);
        b.paid_90_minor += paid_by(90);
        if resolved {
            b.resolved += 1;
            b.resolve_days += days.max(0);
        }
    }
    sums.into_values().collect()
}

/// The stored buckets in the direct computation's order (SQL text order follows the server's collation).
async fn stored(store: &Store, creditor: CreditorId) -> Vec<KpiBucket> {
    let mut b = store.kpi_buckets(creditor, None, None).await.unwrap();
    b.sort_by_key(|b| {
        (b.currency.code().to_string(), b.due_date, b.state.code(), b.last_step_no, b.last_step_kind.clone())
    });
    b
}

async fn check(store: &Store, creditor: CreditorId, when: &str) {
    store.refresh_kpis(creditor, false).await.unwrap();
    let incremental = stored(store, creditor).await;
    assert_eq!(incremental, direct(store, creditor).await, "incremental aggregate differs from the ledger {when}");
    store.refresh_kpis(creditor, true).await.unwrap();
    assert_eq!(stored(store, creditor).await, incremental, "rebuild differs {when}");
}

fn entry(kind: EntryKind, component: Component, minor: i64, on: Date, reason: &str) -> NewEntry {
    NewEntry {
        kind,
        component,
        amount: Money::from_minor(minor, Currency::SEK),
        effective_date: on,
        reason: reason.into(),
    }
}

both_backends! {
    async fn aggregates_follow_the_ledger(store) {
        let creditor = store.create_creditor(&se_creditor()).await.unwrap().id;
        let other = store.create_creditor(&se_creditor()).await.unwrap().id;
        let due = date(2025, 1, 31);
        let mut inputs = Vec::new();
        for i in 0..8i64 {
            let mut c = claim(&format!("K{i}"), &format!("D{}", i % 3), 10_000 + i * 100);
            c.due_date = due.checked_add((i * 7).days()).unwrap();
            inputs.push(c);
        }
        store.import_claims(creditor, &inputs, &mut |_| {}).await.unwrap();
        store.import_claims(other, &inputs[..2], &mut |_| {}).await.unwrap();
        assert_eq!(store.kpi_pending(creditor).await.unwrap(), 16, "8 claims and their 8 principal entries");
        check(&store, creditor, "after the import").await;
        assert_eq!(store.kpi_pending(creditor).await.unwrap(), 0);
        assert_eq!(store.kpi_buckets(other, None, None).await.unwrap().len(), 0, "other creditor never refreshed");

        let id = |i: i64| ClaimId(i + 1);
        let ids: Vec<ClaimId> = store
            .claims(&ClaimFilter { creditor: Some(creditor), limit: 100, ..Default::default() })
            .await
            .unwrap()
            .iter()
            .map(|v| v.claim.id)
            .collect();
        assert_eq!(ids, (0..8).map(id).collect::<Vec<_>>());
        // Paid in full ten days after due.
        store.append_entries(creditor, id(0), &[entry(EntryKind::Payment, Component::Principal, -10_000, date(2025, 2, 10), "bank")], None).await.unwrap();
        // Part paid 40 days after due, the rest later.
        store.append_entries(creditor, id(1), &[entry(EntryKind::Payment, Component::Principal, -5_000, date(2025, 3, 19), "bank")], None).await.unwrap();
        // A reminder fee and a dunning step.
        store.append_entries(creditor, id(2), &[entry(EntryKind::Fee { fee: FeeKind::Reminder }, Component::Fees, 6_000, date(2025, 2, 20), "reminder")], None).await.unwrap();
        store.raw_execute("INSERT INTO dunning_steps (creditor_id, claim_id, step_no, kind, sent_on, deadline, fee_kinds, channel, run_key) VALUES (1, 3, 1, 'reminder', '2025-02-20', '2025-03-06', 'reminder', 'letter', 'run:test:3:1')").await.unwrap();
        check(&store, creditor, "after payments, a fee and a step").await;

        // A credited claim, a returned payment, a state change without any entry.
        store.append_entries(creditor, id(3), &[entry(EntryKind::CreditNote, Component::Principal, -10_300, date(2025, 3, 1), "credit")], None).await.unwrap();
        let paid = store.append_entries(creditor, id(4), &[entry(EntryKind::Payment, Component::Principal, -400, date(2025, 3, 10), "bank")], None).await.unwrap();
        let store::AppendOutcome::Booked(paid) = paid else { panic!("payment not booked") };
        store.append_entries(creditor, id(4), &[NewEntry { kind: EntryKind::Reversal { of: paid[0].id }, ..entry(EntryKind::Payment, Component::Principal, 400, date(2025, 3, 12), "returned") }], None).await.unwrap();
        store.set_claim_state(creditor, id(5), ClaimState::Disputed).await.unwrap();
        store.raw_execute("INSERT INTO dunning_steps (creditor_id, claim_id, step_no, kind, sent_on, deadline, fee_kinds, channel, run_key) VALUES (1, 3, 2, 'collection_warning', '2025-03-20', NULL, '', 'letter', 'run:test:3:2')").await.unwrap();
        check(&store, creditor, "after a credit note, a reversal, a dispute and a second step").await;

        let buckets = store.kpi_buckets(creditor, None, None).await.unwrap();
        let total = |f: fn(&KpiBucket) -> i64| buckets.iter().map(f).sum::<i64>();
        assert_eq!(total(|b| b.claims), 8);
        assert_eq!(total(|b| b.resolved), 2, "one paid, one credited");
        assert_eq!(total(|b| b.paid_14_minor), 10_000, "only the first claim was paid within 14 days");
        assert_eq!(total(|b| b.paid_90_minor), 15_000, "the returned payment counts for nothing");
        assert!(buckets.iter().any(|b| b.last_step_kind == "collection_warning" && b.last_step_no == 2));
        let only_march = store.kpi_buckets(creditor, Some(date(2025, 3, 1)), Some(date(2025, 3, 31))).await.unwrap();
        assert!(only_march.iter().all(|b| b.due_date >= date(2025, 3, 1) && b.due_date <= date(2025, 3, 31)));
        assert_eq!(only_march.iter().map(|b| b.claims).sum::<i64>(), 3, "due 7, 14 and 21 March");
        assert!(store.kpi_refreshed_at(creditor).await.unwrap().is_some());
        assert!(store.kpi_refreshed_at(other).await.unwrap().is_none());

        // A refresh with nothing new recomputes nothing.
        assert_eq!(store.refresh_kpis(creditor, false).await.unwrap().claims_recomputed, 0);
    }
}

both_backends! {
    async fn survey_answers_counted_per_currency_and_period(store) {
        let creditor = store.create_creditor(&se_creditor()).await.unwrap().id;
        let other = store.create_creditor(&se_creditor()).await.unwrap().id;
        let mut inputs = Vec::new();
        for i in 0..6i64 {
            let mut c = claim(&format!("S{i}"), &format!("D{i}"), 10_000);
            // Claims 0-3 due in January, 4-5 in March; claim 5 in NOK.
            c.due_date = if i < 4 { date(2025, 1, 31) } else { date(2025, 3, 31) };
            if i == 5 {
                c.principal = Money::from_minor(10_000, Currency::NOK);
            }
            inputs.push(c);
        }
        store.import_claims(creditor, &inputs, &mut |_| {}).await.unwrap();
        store.import_claims(other, &inputs[..1], &mut |_| {}).await.unwrap();
        let claims = store.claims(&ClaimFilter { creditor: Some(creditor), limit: 100, ..Default::default() }).await.unwrap();
        let scores = [5u8, 4, 2, 5, 1, 3];
        let recommend = [Some(10u8), Some(7), None, Some(10), Some(0), Some(6)];
        for ((view, score), recommend) in claims.iter().zip(scores).zip(recommend) {
            assert!(store.record_survey(creditor, view.claim.id, view.claim.debtor_id, score, recommend).await.unwrap());
        }
        let c0 = &claims[0].claim;
        assert!(matches!(store.record_survey(creditor, c0.id, c0.debtor_id, 5, Some(11)).await, Err(store::StoreError::Invalid(_))));
        // A second answer for a claim does not count: the first stands.
        assert!(!store.record_survey(creditor, claims[2].claim.id, claims[2].claim.debtor_id, 5, None).await.unwrap());
        let o = &store.claims(&ClaimFilter { creditor: Some(other), limit: 1, ..Default::default() }).await.unwrap()[0];
        store.record_survey(other, o.claim.id, o.claim.debtor_id, 1, None).await.unwrap();

        let all = store.survey_counts(creditor, None, None).await.unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!((all[0].currency, all[0].by_score), (Currency::NOK, [0, 0, 1, 0, 0]));
        assert_eq!((all[1].currency, all[1].by_score), (Currency::SEK, [1, 1, 0, 1, 2]));
        assert_eq!(all[0].by_recommend, [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0], "NOK: the 6");
        assert_eq!(all[1].by_recommend, [1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2], "SEK: 10, 7, 10, 0; one left it out");
        let january = store.survey_counts(creditor, None, Some(date(2025, 2, 28))).await.unwrap();
        assert_eq!(january.len(), 1);
        assert_eq!(january[0].by_score, [0, 1, 0, 1, 2], "due in the period: 5, 4, 2, 5");
        let march = store.survey_counts(creditor, Some(date(2025, 3, 1)), None).await.unwrap();
        assert_eq!(march.iter().map(|c| c.by_score.iter().sum::<i64>()).sum::<i64>(), 2);
        assert!(store.survey_counts(creditor, Some(date(2026, 1, 1)), None).await.unwrap().is_empty());
        let theirs = store.survey_counts(other, None, None).await.unwrap();
        assert_eq!(theirs[0].by_score, [1, 0, 0, 0, 0], "each creditor counts its own answers");
    }
}
