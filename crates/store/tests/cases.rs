//! Case actions on both backends: one transaction each, idempotency keys, the timeline, dispute
//! attachments, the daily review of holds and fee reversals for payments in flight.

use crate::fixtures::{claim, se_creditor};
use domain::dunning::flows::{self, FlowRequest};
use domain::dunning::{CasePolicy, Hold};
use domain::law::LawTables;
use domain::*;
use jiff::civil::{Date, date};
use store::{ActionResult, Attachment, CaseAction, Store, both_backends};

async fn one_claim(store: &Store) -> (CreditorId, ClaimId) {
    let c = store.create_creditor(&se_creditor()).await.unwrap();
    let view = match store.create_claim(c.id, &claim("F-1", "K-1", 100_000)).await.unwrap() {
        store::CreateOutcome::Created(v) => v,
        other => panic!("{other:?}"),
    };
    (c.id, view.claim.id)
}

async fn act(
    store: &Store,
    (creditor, claim): (CreditorId, ClaimId),
    req: FlowRequest,
    key: Option<&str>,
    today: Date,
) -> ActionResult {
    let action = CaseAction { actor: "key:test", key, request: &req, attachments: &[] };
    store
        .case_action(creditor, claim, &action, |facts, policy| {
            flows::apply(facts, &req, policy, LawTables::builtin_ref(), today)
        })
        .await
        .unwrap()
}

async fn state(store: &Store, (creditor, claim): (CreditorId, ClaimId)) -> ClaimState {
    store.claim(creditor, claim).await.unwrap().unwrap().claim.state
}

both_backends! {
    async fn policy_defaults_and_round_trip(store) {
        let (c, _) = one_claim(&store).await;
        assert_eq!(store.case_policy(c).await.unwrap(), CasePolicy::default());
        let mine = CasePolicy { plan_max_months: 6, plan_min_instalment_minor: 50_000, ..CasePolicy::default() };
        store.set_case_policy(c, &mine).await.unwrap();
        assert_eq!(store.case_policy(c).await.unwrap(), mine);
        let bad = CasePolicy { plan_max_months: 0, ..mine };
        let err = store.set_case_policy(c, &bad).await.unwrap_err();
        assert!(err.to_string().contains("plan_max_months"), "{err}");
        assert_eq!(store.case_policy(c).await.unwrap(), mine);
    }

    async fn a_promise_is_booked_once_per_key(store) {
        let ids = one_claim(&store).await;
        let today = date(2025, 2, 10);
        let req = FlowRequest::Promise { until: date(2025, 2, 20) };
        let ActionResult::Booked { event, entries } = act(&store, ids, req.clone(), Some("k1"), today).await else {
            panic!("not booked")
        };
        assert!(entries.is_empty());
        assert_eq!((event.kind.as_str(), event.actor.as_str()), ("promise", "key:test"));
        assert_eq!(event.details["state"], "promise_to_pay");
        assert_eq!(event.details["hold"]["until"], "2025-02-20");
        assert_eq!(state(&store, ids).await, ClaimState::PromiseToPay);
        // The same key and request: Exists, nothing new. The same key, another request: Conflict.
        let again = act(&store, ids, req.clone(), Some("k1"), today).await;
        assert!(matches!(&again, ActionResult::Exists(e) if e.id == event.id), "{again:?}");
        let other = act(&store, ids, FlowRequest::Promise { until: date(2025, 2, 21) }, Some("k1"), today).await;
        assert!(matches!(other, ActionResult::Conflict(_)), "{other:?}");
        assert_eq!(store.case_events(ids.0, ids.1, None, 100).await.unwrap().len(), 1);
        // The facts the run loads carry the hold.
        let facts = store.case_facts(ids.0, ids.1).await.unwrap().unwrap();
        assert_eq!(facts.flow.hold, Some(Hold::Promise { until: date(2025, 2, 20) }));
    }

    async fn a_refusal_books_nothing(store) {
        let ids = one_claim(&store).await;
        let out = act(&store, ids, FlowRequest::Promise { until: date(2025, 1, 1) }, Some("k"), date(2025, 2, 10)).await;
        let ActionResult::Refused(refusal) = out else { panic!("{out:?}") };
        assert_eq!(refusal.code(), "date_in_past");
        assert!(store.case_events(ids.0, ids.1, None, 100).await.unwrap().is_empty());
        assert_eq!(state(&store, ids).await, ClaimState::Open);
        // The key was not spent: it can be used for an accepted request.
        let ok = act(&store, ids, FlowRequest::Promise { until: date(2025, 2, 11) }, Some("k"), date(2025, 2, 10)).await;
        assert!(matches!(ok, ActionResult::Booked { .. }), "{ok:?}");
    }

    async fn a_plan_books_its_fee_and_queues_a_confirmation(store) {
        let ids = one_claim(&store).await;
        let req = FlowRequest::Plan { months: 2, first_due: date(2025, 3, 1) };
        let ActionResult::Booked { event, entries } = act(&store, ids, req, None, date(2025, 2, 10)).await else {
            panic!()
        };
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].kind, EntryKind::Fee { fee: FeeKind::InstalmentPlan });
        assert_eq!(entries[0].amount.minor(), 17_000);
        assert_eq!(event.details["notice"], "plan_confirmation");
        let view = store.claim(ids.0, ids.1).await.unwrap().unwrap();
        assert_eq!(view.claim.state, ClaimState::PaymentPlan);
        assert_eq!(view.balance.fees.minor(), 17_000);
        let facts = store.case_facts(ids.0, ids.1).await.unwrap().unwrap();
        let Some(Hold::Plan(plan)) = facts.flow.hold else { panic!("{:?}", facts.flow) };
        assert_eq!(plan.instalments.iter().map(|i| i.amount.minor()).sum::<i64>(), 117_000);
        assert_eq!(plan.instalments.len(), 2);
    }

    async fn a_dispute_keeps_its_attachments_and_refuses_large_ones(store) {
        let ids = one_claim(&store).await;
        let req = FlowRequest::Dispute { reason: "never delivered".into() };
        let big = vec![Attachment { filename: "big.pdf".into(), content_type: "application/pdf".into(), bytes: vec![0; 10 * 1024 * 1024 + 1] }];
        let action = CaseAction { actor: "debtor:portal", key: None, request: &req, attachments: &big };
        let err = store
            .case_action(ids.0, ids.1, &action, |f, p| flows::apply(f, &req, p, LawTables::builtin_ref(), date(2025, 2, 10)))
            .await
            .unwrap_err();
        assert!(err.to_string().contains("10 MB"), "{err}");
        assert_eq!(state(&store, ids).await, ClaimState::Open);
        let files = vec![Attachment { filename: "receipt.pdf".into(), content_type: "application/pdf".into(), bytes: b"%PDF-1.4 test".to_vec() }];
        let action = CaseAction { actor: "debtor:portal", key: Some("d1"), request: &req, attachments: &files };
        let out = store
            .case_action(ids.0, ids.1, &action, |f, p| flows::apply(f, &req, p, LawTables::builtin_ref(), date(2025, 2, 10)))
            .await
            .unwrap();
        let ActionResult::Booked { event, .. } = out else { panic!("{out:?}") };
        assert_eq!(state(&store, ids).await, ClaimState::Disputed);
        let list = store.dispute_attachments(ids.0, ids.1).await.unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!((list[0].event_id, list[0].size_bytes, list[0].filename.as_str()), (event.id, 13, "receipt.pdf"));
        assert_eq!(list[0].sha256.len(), 64);
        assert_eq!(store.dispute_attachment_bytes(ids.0, list[0].id).await.unwrap().unwrap(), b"%PDF-1.4 test");
        // Upheld in full: fees and principal are credited and the claim is closed as credited.
        let resolve = FlowRequest::ResolveDispute { uphold: true, credit_minor: None, note: "our mistake".into() };
        let ActionResult::Booked { entries, .. } = act(&store, ids, resolve, None, date(2025, 2, 12)).await else { panic!() };
        assert_eq!(entries.last().unwrap().kind, EntryKind::CreditNote);
        let view = store.claim(ids.0, ids.1).await.unwrap().unwrap();
        assert_eq!(view.claim.state, ClaimState::Credited);
        assert!(view.balance.outstanding().unwrap().is_zero());
        let kinds: Vec<String> = store.case_events(ids.0, ids.1, None, 10).await.unwrap().into_iter().map(|e| e.kind).collect();
        assert_eq!(kinds, ["dispute", "dispute_upheld"]);
    }

    async fn the_review_breaks_a_promise_once(store) {
        let ids = one_claim(&store).await;
        act(&store, ids, FlowRequest::Promise { until: date(2025, 2, 20) }, None, date(2025, 2, 10)).await;
        let review = |day: Date| move |f: &domain::dunning::CaseFacts, p: &CasePolicy| flows::review(f, p, day);
        assert_eq!(store.book_review(ids.0, ids.1, date(2025, 2, 20), review(date(2025, 2, 20))).await.unwrap(), None);
        let held = store.held_cases(None, 100).await.unwrap();
        assert_eq!(held.len(), 1);
        let event = store.book_review(ids.0, ids.1, date(2025, 2, 21), review(date(2025, 2, 21))).await.unwrap().unwrap();
        assert_eq!((event.kind.as_str(), event.actor.as_str()), ("promise_broken", "system:run"));
        assert_eq!(state(&store, ids).await, ClaimState::Open);
        assert_eq!(store.book_review(ids.0, ids.1, date(2025, 2, 21), review(date(2025, 2, 21))).await.unwrap(), None);
        assert!(store.held_cases(None, 100).await.unwrap().is_empty());
    }

    async fn a_pause_reaches_the_run_facts(store) {
        let ids = one_claim(&store).await;
        act(&store, ids, FlowRequest::Pause { reason: "talking to the customer".into() }, None, date(2025, 2, 10)).await;
        let page = store.cases_due(date(2025, 2, 10), None, 10).await.unwrap();
        assert_eq!(page.len(), 1);
        assert!(page[0].flow.paused);
        let resumed = act(&store, ids, FlowRequest::Resume, None, date(2025, 2, 11)).await;
        assert!(matches!(resumed, ActionResult::Booked { .. }));
        assert!(!store.cases_due(date(2025, 2, 11), None, 10).await.unwrap()[0].flow.paused);
        // The creditor's payments-in-flight window reaches the facts too.
        store.set_case_policy(ids.0, &CasePolicy { payment_grace_bank_days: 5, ..CasePolicy::default() }).await.unwrap();
        assert_eq!(store.cases_due(date(2025, 2, 11), None, 10).await.unwrap()[0].flow.payment_grace_bank_days, Some(5));
    }

    async fn a_fee_made_unnecessary_by_a_payment_in_flight_is_reversed_once(store) {
        let (c, id) = one_claim(&store).await;
        let fee = NewEntry {
            kind: EntryKind::Fee { fee: FeeKind::Reminder },
            component: Component::Fees,
            amount: Money::from_minor(6_000, Currency::SEK),
            effective_date: date(2025, 2, 7),
            reason: "reminder".into(),
        };
        store.append_entries(c, id, &[fee], Some("run:fee")).await.unwrap();
        assert!(store.fee_reversal_candidates(None, 100).await.unwrap().is_empty());
        let pay = NewEntry {
            kind: EntryKind::Payment,
            component: Component::Principal,
            amount: Money::from_minor(-100_000, Currency::SEK),
            effective_date: date(2025, 2, 5),
            reason: "BgMax".into(),
        };
        store.append_entries(c, id, &[pay], Some("pay")).await.unwrap();
        assert_eq!(store.fee_reversal_candidates(None, 100).await.unwrap(), [(c, id)]);
        assert_eq!(store.reverse_fees(c, id, flows::fee_reversals).await.unwrap(), 1);
        let view = store.claim(c, id).await.unwrap().unwrap();
        assert!(view.balance.outstanding().unwrap().is_zero(), "{:?}", view.balance);
        assert_eq!(view.claim.state, ClaimState::Paid);
        let entries = store.entries(c, id).await.unwrap();
        assert!(matches!(entries.last().unwrap().kind, EntryKind::Reversal { .. }));
        // Again: nothing (the candidate query and the domain both know it is reversed).
        assert!(store.fee_reversal_candidates(None, 100).await.unwrap().is_empty());
        assert_eq!(store.reverse_fees(c, id, flows::fee_reversals).await.unwrap(), 0);
        let events = store.case_events(c, id, None, 10).await.unwrap();
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].kind, "fee_reversed");
        assert!(events[0].details["reason"].as_str().unwrap().contains("payments in flight"));
    }
}
