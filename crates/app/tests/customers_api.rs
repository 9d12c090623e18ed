//! Customer status, notes and complaints over the API, on SQLite and PostgreSQL, every answer
//! checked against the OpenAPI document.

use crate::api_client::setup;
use reqwest::{Method, StatusCode};
use serde_json::json;

store::both_backends! {
    async fn customer_status_notes_and_complaints(store) {
        let s = setup(&store).await;
        let day = app::today().to_string();
        let body = json!({
            "invoice_number": "CS-1",
            "debtor": {"customer_number": "C-CS", "name": "Bo Berg", "email": "bo@example.com"},
            "issue_date": day, "due_date": day, "amount_minor": 50_000, "currency": "SEK",
        });
        let (status, claim) = s.api.post("/api/v1/claims", &s.key, body).await;
        assert_eq!(status, StatusCode::CREATED, "{claim}");
        let (claim_id, debtor_id) = (claim["id"].as_i64().unwrap(), claim["debtor_id"].as_i64().unwrap());

        let path = format!("/api/v1/debtors/{debtor_id}/customer-status");
        let (status, none) = s.api.get(&path, &s.key).await;
        assert_eq!((status, &none["still_customer"]), (StatusCode::OK, &json!(null)), "{none}");
        let (status, set) = s.api.call(Method::PUT, &path, &s.key, Some(&json!({"still_customer": true, "as_of": "2026-06-01"}))).await;
        assert_eq!((status, &set["still_customer"], &set["as_of"]), (StatusCode::OK, &json!(true), &json!("2026-06-01")), "{set}");
        let (status, err) = s.api.call(Method::PUT, &path, &s.key, Some(&json!({"still_customer": false, "as_of": "June"}))).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{err}");
        let (status, _) = s.api.call(Method::PUT, &path, &s.key_read, Some(&json!({"still_customer": false}))).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _) = s.api.call(Method::PUT, &path, &s.key_other, Some(&json!({"still_customer": false}))).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "another creditor cannot reach the debtor");
        let (_, still) = s.api.get(&path, &s.key).await;
        assert_eq!(still["still_customer"], true);

        let (status, note) = s.api.post(&format!("/api/v1/claims/{claim_id}/notes"), &s.key, json!({"text": "Called; pays Friday"})).await;
        assert_eq!((status, &note["event"]["kind"]), (StatusCode::CREATED, &json!("note")), "{note}");
        let complaint = json!({"text": "Too many reminders", "idempotency_key": "c1"});
        let (status, first) = s.api.post(&format!("/api/v1/claims/{claim_id}/complaints"), &s.key, complaint.clone()).await;
        assert_eq!((status, &first["event"]["kind"]), (StatusCode::CREATED, &json!("complaint")), "{first}");
        let (status, again) = s.api.post(&format!("/api/v1/claims/{claim_id}/complaints"), &s.key, complaint).await;
        assert_eq!((status, &again["event"]["id"]), (StatusCode::OK, &first["event"]["id"]));
        let (status, empty) = s.api.post(&format!("/api/v1/claims/{claim_id}/complaints"), &s.key, json!({"text": " "})).await;
        assert_eq!((status, &empty["error"]["code"]), (StatusCode::UNPROCESSABLE_ENTITY, &json!("empty_reason")), "{empty}");
        let long = "x".repeat(4001);
        let (status, _) = s.api.post(&format!("/api/v1/claims/{claim_id}/notes"), &s.key, json!({"text": long})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        let figures = store.customer_figures(s.a, None, None).await.unwrap();
        assert_eq!(figures.complaints, 1, "one complaint, however often it was sent");
    }
}
