//! Customer care on both backends: the customer status the creditor reports, and the figures
//! the dashboard shows (self-service share, complaints, retention) computed from real rows.

use crate::fixtures::{claim, se_creditor};
use domain::dunning::flows::{self, FlowRequest};
use domain::law::LawTables;
use domain::*;
use jiff::ToSpan;
use jiff::civil::date;
use store::{ActionResult, CaseAction, CustomerFigures, Store, StoreError, both_backends};

async fn act(store: &Store, creditor: CreditorId, claim: ClaimId, actor: &str, req: FlowRequest) {
    let today = jiff::Zoned::now().date();
    let action = CaseAction { actor, key: None, request: &req, attachments: &[] };
    let done = store
        .case_action(creditor, claim, &action, |f, p| flows::apply(f, &req, p, LawTables::builtin_ref(), today))
        .await
        .unwrap();
    assert!(matches!(done, ActionResult::Booked { .. }), "{done:?}");
}

both_backends! {
    async fn care_figures_count_what_happened(store) {
        let c = store.create_creditor(&se_creditor()).await.unwrap().id;
        let claims = [claim("F-1", "K-1", 100_000), claim("F-2", "K-2", 100_000), claim("F-3", "K-3", 100_000)];
        store.import_claims(c, &claims, &mut |_| {}).await.unwrap();
        let mut ids = Vec::new();
        for inv in ["F-1", "F-2", "F-3"] {
            let v = store.claim_by_invoice(c, inv).await.unwrap().unwrap();
            ids.push((v.claim.id, v.claim.debtor_id));
        }
        let today = jiff::Zoned::now().date();
        let soon = today.checked_add(5.days()).unwrap();
        act(&store, c, ids[0].0, "debtor:portal", FlowRequest::Promise { until: soon }).await;
        act(&store, c, ids[1].0, "user:1", FlowRequest::Postpone { until: soon }).await;
        act(&store, c, ids[2].0, "key:k1", FlowRequest::Complaint { text: "Too many letters".into() }).await;
        act(&store, c, ids[2].0, "user:1", FlowRequest::Note { text: "Called back".into() }).await;
        // F-1 and F-3 had a reminder; F-2 only a friendly notice before the due date.
        store
            .raw_execute(
                "INSERT INTO dunning_steps (creditor_id, claim_id, step_no, kind, sent_on, deadline, fee_kinds, channel, run_key) \
                 SELECT creditor_id, id, 1, CASE WHEN invoice_number = 'F-2' THEN 'pre_due_notice' ELSE 'reminder' END, \
                 '2025-02-10', NULL, '', 'letter', 'test' FROM claims WHERE invoice_number IN ('F-1', 'F-2', 'F-3')",
            )
            .await
            .unwrap();
        store.set_customer_status(c, ids[0].1, true, date(2025, 6, 1)).await.unwrap();
        store.set_customer_status(c, ids[1].1, false, date(2025, 6, 1)).await.unwrap();
        store.set_customer_status(c, ids[2].1, false, date(2025, 6, 1)).await.unwrap();
        // An older report does not replace a newer one; a newer one does.
        store.set_customer_status(c, ids[2].1, true, date(2025, 5, 1)).await.unwrap();
        assert_eq!(store.customer_status(c, ids[2].1).await.unwrap(), Some((false, date(2025, 6, 1))));
        store.set_customer_status(c, ids[0].1, true, date(2025, 7, 1)).await.unwrap();
        assert_eq!(store.customer_status(c, ids[0].1).await.unwrap(), Some((true, date(2025, 7, 1))));

        let figures = store.customer_figures(c, Some(today), Some(today)).await.unwrap();
        assert_eq!(
            figures,
            CustomerFigures {
                arrangements: 2,
                arrangements_self_service: 1,
                complaints: 1,
                dunned_reported: 2,
                dunned_still_customers: 1,
            }
        );
        let long_ago = store.customer_figures(c, Some(date(2000, 1, 1)), Some(date(2000, 1, 2))).await.unwrap();
        assert_eq!((long_ago.arrangements, long_ago.complaints, long_ago.dunned_reported), (0, 0, 2));

        // Another creditor's figures are its own; its debtors are not reachable from here.
        let other = store.create_creditor(&se_creditor()).await.unwrap().id;
        assert_eq!(store.customer_figures(other, None, None).await.unwrap(), CustomerFigures::default());
        let foreign = store.set_customer_status(other, ids[0].1, false, date(2025, 8, 1)).await;
        assert!(matches!(foreign, Err(StoreError::NotFound(_))), "{foreign:?}");
        assert_eq!(store.customer_status(c, ids[0].1).await.unwrap(), Some((true, date(2025, 7, 1))));
    }
}
