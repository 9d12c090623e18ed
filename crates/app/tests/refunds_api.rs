//! The refund queue over the API, on SQLite and PostgreSQL: an overpayment resolved by hand
//! leaves a credit; it is listed, moved to the debtor's other claim once per idempotency key,
//! and nobody else can see or move it.

use crate::api_client::{Setup, setup};
use jiff::ToSpan;
use reqwest::StatusCode;
use serde_json::json;

async fn claim(s: &Setup, invoice: &str, customer: &str, minor: i64) -> i64 {
    let day = |d: i32| app::today().checked_add(d.days()).unwrap().to_string();
    let body = json!({
        "invoice_number": invoice,
        "debtor": {"customer_number": customer, "name": "Anna Andersson", "email": "anna@example.com"},
        "issue_date": day(-60),
        "due_date": day(-30),
        "amount_minor": minor,
        "currency": "SEK",
    });
    let (status, claim) = s.api.post("/api/v1/claims", &s.key, body).await;
    assert_eq!(status, StatusCode::CREATED, "{claim}");
    claim["id"].as_i64().unwrap()
}

/// Queues a payment of `minor` no claim matches and returns its id.
async fn unmatched_payment(store: &store::Store, s: &Setup, minor: i64) -> i64 {
    let amount = domain::Money::from_minor(minor, domain::Currency::SEK);
    let line = store::PaymentLine {
        line: 2,
        kind: "payment".into(),
        bank_ref: Some("BG-REFUND-1".into()),
        amount,
        booking_date: None,
        effective_date: app::today(),
        reference: None,
        payer_name: Some("Anna Andersson".into()),
        message: None,
        incoming: domain::matching::IncomingPayment { amount, reference: None, references: vec![], text: None },
        matchable: false,
    };
    let file = store::PaymentFile { sha256: "refund-test".into(), format: "bgmax".into(), file_name: None };
    store.import_payments(s.a, &file, &[line], &mut |_| {}).await.unwrap();
    store.unmatched_payments(s.a, None, 10).await.unwrap()[0].id
}

store::both_backends! {
    async fn a_credit_is_listed_and_moved_once(store) {
        let s = setup(&store).await;
        let first = claim(&s, "R-1", "C-R", 100_000).await;
        let second = claim(&s, "R-2", "C-R", 30_000).await;
        let stranger = claim(&s, "R-3", "C-OTHER", 30_000).await;
        let payment = unmatched_payment(&store, &s, 150_000).await;
        let (status, body) = s.api.post(&format!("/api/v1/payments/{payment}/resolve"), &s.key, json!({"claim_id": first})).await;
        assert_eq!(status, StatusCode::OK, "{body}");

        let (status, queue) = s.api.get("/api/v1/refunds", &s.key).await;
        assert_eq!(status, StatusCode::OK);
        let items = queue["items"].as_array().unwrap();
        assert_eq!(items.len(), 1, "{queue}");
        assert_eq!((items[0]["claim_id"].as_i64(), items[0]["held_minor"].as_i64()), (Some(first), Some(50_000)));
        assert_eq!(items[0]["open_claims"][0]["claim_id"].as_i64(), Some(second), "{queue}");
        // The dashboard's payments page lists it too, with the claim it could pay instead.
        crate::dashboard::add_user(&store, s.a, "staff@a.se", store::Role::ReadOnly).await;
        let site = crate::dashboard::Site::start(store.clone()).await;
        let staff = site.sign_in(s.a.0, "staff@a.se", crate::dashboard::PASSWORD).await.unwrap();
        let (status, html, _) = site.get("/dashboard/payments", Some(&staff.cookie)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("The refund queue") && html.contains("500.00"), "{html}");
        assert!(html.contains(&format!("href=\"/dashboard/cases/{second}\"")), "the claim it could pay");
        let (_, theirs) = s.api.get("/api/v1/refunds", &s.key_other).await;
        assert_eq!(theirs["items"], json!([]), "another creditor sees nothing");

        let path = format!("/api/v1/claims/{first}/credit/apply");
        let (status, err) = s.api.post(&path, &s.key, json!({"to_claim_id": second})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "no idempotency key: {err}");
        assert!(err["error"]["message"].as_str().unwrap().contains("idempotency_key"), "{err}");
        let (status, err) = s.api.post(&path, &s.key, json!({"to_claim_id": stranger, "idempotency_key": "m0"})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{err}");
        assert!(err["error"]["message"].as_str().unwrap().contains("another debtor"), "{err}");
        let (status, _) = s.api.post(&path, &s.key_read, json!({"to_claim_id": second, "idempotency_key": "m1"})).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _) = s.api.post(&path, &s.key_other, json!({"to_claim_id": second, "idempotency_key": "m1"})).await;
        assert_eq!(status, StatusCode::NOT_FOUND);

        let move_it = json!({"to_claim_id": second, "idempotency_key": "m1"});
        let (status, moved) = s.api.post(&path, &s.key, move_it.clone()).await;
        assert_eq!(status, StatusCode::CREATED, "{moved}");
        assert_eq!(moved["entries"][0]["kind"], "refund", "{moved}");
        assert_eq!(moved["to_claim"]["state"], "paid", "{moved}");
        assert_eq!(moved["to_claim"]["balance"]["credit_minor"], -20_000, "{moved}");
        let (status, again) = s.api.post(&path, &s.key, move_it).await;
        assert_eq!(status, StatusCode::OK, "{again}");
        assert_eq!(again["entries"], moved["entries"]);

        let (status, paid_back) = s
            .api
            .post(&format!("/api/v1/claims/{second}/credit/refund"), &s.key, json!({"note": "Swish 88412", "idempotency_key": "r1"}))
            .await;
        assert_eq!(status, StatusCode::CREATED, "{paid_back}");
        assert_eq!(paid_back["claim"]["balance"]["credit_minor"], 0, "{paid_back}");
        let (_, queue) = s.api.get("/api/v1/refunds", &s.key).await;
        assert_eq!(queue["items"], json!([]));
    }
}
