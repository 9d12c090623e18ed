//! The case-flow API against a real server on a free port, on SQLite and PostgreSQL: promise,
//! plan (preview and booking), postponement, dispute and resolution, pause and resume,
//! write-off, hand-over, the timeline and the creditor's bounds.

use crate::api_client::{Setup, setup};
use jiff::ToSpan;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

fn day(offset: i32) -> String {
    app::today().checked_add(offset.days()).unwrap().to_string()
}

/// An overdue SEK claim of 1 000.00; returns its id.
async fn overdue_claim(s: &Setup, invoice: &str) -> i64 {
    let body = json!({
        "invoice_number": invoice,
        "debtor": {"customer_number": format!("C-{invoice}"), "name": "Anna Andersson", "email": "anna@example.com"},
        "issue_date": day(-60),
        "due_date": day(-30),
        "amount_minor": 100_000,
        "currency": "SEK",
    });
    let (status, claim) = s.api.post("/api/v1/claims", &s.key, body).await;
    assert_eq!(status, StatusCode::CREATED, "{claim}");
    claim["id"].as_i64().unwrap()
}

fn code(body: &Value) -> &str {
    body["error"]["code"].as_str().unwrap_or_else(|| panic!("no error code in {body}"))
}

store::both_backends! {
    async fn a_promise_is_idempotent_refused_in_the_past_and_on_the_timeline(store) {
        let s = setup(&store).await;
        let id = overdue_claim(&s, "P-1").await;
        let path = format!("/api/v1/claims/{id}/promise");
        let (status, err) = s.api.post(&path, &s.key, json!({"until": day(-1)})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{err}");
        assert_eq!(code(&err), "date_in_past");
        assert!(err["error"]["message"].as_str().unwrap().contains("in the past"), "{err}");
        let (status, err) = s.api.post(&path, &s.key, json!({"until": day(31)})).await;
        assert_eq!((status, code(&err)), (StatusCode::UNPROCESSABLE_ENTITY, "above_maximum"));
        let (status, err) = s.api.post(&path, &s.key, json!({"until": "soon"})).await;
        assert_eq!((status, code(&err)), (StatusCode::UNPROCESSABLE_ENTITY, "invalid"));

        let body = json!({"until": day(10), "idempotency_key": "promise-1"});
        let (status, done) = s.api.post(&path, &s.key, body.clone()).await;
        assert_eq!(status, StatusCode::CREATED, "{done}");
        assert_eq!(done["event"]["kind"], "promise");
        assert!(done["event"]["actor"].as_str().unwrap().starts_with("key:"), "{done}");
        assert_eq!(done["claim"]["state"], "promise_to_pay");
        let (status, again) = s.api.post(&path, &s.key, body).await;
        assert_eq!(status, StatusCode::OK, "{again}");
        assert_eq!(again["event"]["id"], done["event"]["id"]);
        let (status, err) = s.api.post(&path, &s.key, json!({"until": day(11), "idempotency_key": "promise-1"})).await;
        assert_eq!((status, code(&err)), (StatusCode::CONFLICT, "conflict"));

        let (status, events) = s.api.get(&format!("/api/v1/claims/{id}/events"), &s.key).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(events["items"].as_array().unwrap().len(), 1);
        assert_eq!(events["items"][0]["details"]["hold"]["until"], day(10));
        // Another creditor's key sees no such claim; a read-only key may read but not act.
        let (status, _) = s.api.get(&format!("/api/v1/claims/{id}/events"), &s.key_other).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = s.api.post(&format!("/api/v1/claims/{id}/pause"), &s.key_other, json!({"reason": "x"})).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = s.api.get(&format!("/api/v1/claims/{id}/events"), &s.key_read).await;
        assert_eq!(status, StatusCode::OK);
        let (status, err) = s.api.post(&format!("/api/v1/claims/{id}/pause"), &s.key_read, json!({"reason": "x"})).await;
        assert_eq!((status, code(&err)), (StatusCode::FORBIDDEN, "forbidden"));
    }

    async fn a_plan_previews_then_books_with_the_law_fee(store) {
        let s = setup(&store).await;
        let id = overdue_claim(&s, "PL-1").await;
        let path = format!("/api/v1/claims/{id}/plan");
        let (status, preview) = s.api.post(&path, &s.key, json!({"months": 3, "first_due": day(5), "preview": true})).await;
        assert_eq!(status, StatusCode::OK, "{preview}");
        let instalments = preview["plan"]["instalments"].as_array().unwrap();
        assert_eq!(instalments.len(), 3);
        let sum: i64 = instalments.iter().map(|i| i["amount_minor"].as_i64().unwrap()).sum();
        assert_eq!(sum, preview["plan"]["total_minor"].as_i64().unwrap());
        assert_eq!(preview["plan"]["fee_minor"], 17_000);
        let (_, events) = s.api.get(&format!("/api/v1/claims/{id}/events"), &s.key).await;
        assert_eq!(events["items"], json!([]), "a preview books nothing");

        let (status, err) = s.api.post(&path, &s.key, json!({"months": 12, "first_due": day(5)})).await;
        assert_eq!((status, code(&err)), (StatusCode::UNPROCESSABLE_ENTITY, "below_minimum_instalment"), "{err}");
        let (status, done) = s.api.post(&path, &s.key, json!({"months": 3, "first_due": day(5)})).await;
        assert_eq!(status, StatusCode::CREATED, "{done}");
        assert_eq!(done["claim"]["state"], "payment_plan");
        assert_eq!(done["entries"].as_array().unwrap().len(), 1);
        assert_eq!(done["event"]["details"]["hold"]["instalments"].as_array().unwrap().len(), 3);
        // Under a plan, no postponement.
        let (status, err) = s.api.post(&format!("/api/v1/claims/{id}/postpone"), &s.key, json!({"until": day(3)})).await;
        assert_eq!((status, code(&err)), (StatusCode::UNPROCESSABLE_ENTITY, "wrong_state"));
    }

    async fn dispute_resolve_pause_resume_write_off_and_hand_over(store) {
        let s = setup(&store).await;
        let id = overdue_claim(&s, "D-1").await;
        let base = format!("/api/v1/claims/{id}");
        let (status, err) = s.api.post(&format!("{base}/dispute"), &s.key, json!({"reason": ""})).await;
        assert_eq!((status, code(&err)), (StatusCode::UNPROCESSABLE_ENTITY, "empty_reason"));
        let (status, done) = s.api.post(&format!("{base}/dispute"), &s.key, json!({"reason": "never arrived"})).await;
        assert_eq!(status, StatusCode::CREATED, "{done}");
        assert_eq!(done["claim"]["state"], "disputed");
        let (status, err) = s.api.post(&format!("{base}/dispute/resolve"), &s.key, json!({"resolution": "maybe", "note": "x"})).await;
        assert_eq!((status, code(&err)), (StatusCode::UNPROCESSABLE_ENTITY, "invalid"));
        let (status, done) =
            s.api.post(&format!("{base}/dispute/resolve"), &s.key, json!({"resolution": "reject", "note": "tracked parcel"})).await;
        assert_eq!(status, StatusCode::CREATED, "{done}");
        assert_eq!(done["claim"]["state"], "open");
        assert_eq!(done["event"]["details"]["notice"], "dispute_rejected");

        let (status, err) = s.api.post(&format!("{base}/resume"), &s.key, json!({})).await;
        assert_eq!((status, code(&err)), (StatusCode::UNPROCESSABLE_ENTITY, "not_paused"));
        let (status, _) = s.api.post(&format!("{base}/pause"), &s.key, json!({"reason": "calling them"})).await;
        assert_eq!(status, StatusCode::CREATED);
        let (status, _) = s.api.post(&format!("{base}/resume"), &s.key, json!({})).await;
        assert_eq!(status, StatusCode::CREATED);
        // SE: no hand-over without an inkassokrav first.
        let (status, err) = s.api.post(&format!("{base}/hand-over"), &s.key, json!({})).await;
        assert_eq!((status, code(&err)), (StatusCode::UNPROCESSABLE_ENTITY, "handover_too_early"));
        let (status, done) = s.api.post(&format!("{base}/write-off"), &s.key, json!({"reason": "moved abroad"})).await;
        assert_eq!(status, StatusCode::CREATED, "{done}");
        assert_eq!(done["claim"]["state"], "written_off");
        let (_, events) = s.api.get(&format!("{base}/events"), &s.key).await;
        let kinds: Vec<&str> = events["items"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
        assert_eq!(kinds, ["dispute", "dispute_rejected", "pause", "resume", "write_off"]);
        let (status, _) = s.api.post("/api/v1/claims/999999/pause", &s.key, json!({"reason": "x"})).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }

    async fn the_case_policy_is_read_set_and_checked(store) {
        let s = setup(&store).await;
        let (status, policy) = s.api.get("/api/v1/case-policy", &s.key).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(policy["plan_max_months"], 12);
        let mut mine = policy.clone();
        mine["plan_max_months"] = json!(24);
        let (status, saved) = s.api.call(Method::PUT, "/api/v1/case-policy", &s.key, Some(&mine)).await;
        assert_eq!((status, saved["plan_max_months"].clone()), (StatusCode::OK, json!(24)));
        mine["plan_max_months"] = json!(0);
        let (status, err) = s.api.call(Method::PUT, "/api/v1/case-policy", &s.key, Some(&mine)).await;
        assert_eq!((status, code(&err)), (StatusCode::UNPROCESSABLE_ENTITY, "invalid"));
        let (_, policy) = s.api.get("/api/v1/case-policy", &s.key).await;
        assert_eq!(policy["plan_max_months"], 24);
    }

    async fn one_letter_per_debtor_is_a_choice_in_se_and_the_law_in_no(store) {
        let s = setup(&store).await;
        let (_, policy) = s.api.get("/api/v1/case-policy", &s.key).await;
        assert_eq!(policy["merge_letters"], false, "off by default in SE: {policy}");
        assert_eq!(policy["merge_letters_reason"]["rule_id"], "dunning.merge.separate");
        let mut mine = policy.clone();
        mine["merge_letters"] = json!(true);
        let (status, saved) = s.api.call(Method::PUT, "/api/v1/case-policy", &s.key, Some(&mine)).await;
        assert_eq!((status, saved["merge_letters"].clone()), (StatusCode::OK, json!(true)), "{saved}");
        // A body without the field keeps the choice.
        let mut other = mine.clone();
        other.as_object_mut().unwrap().remove("merge_letters");
        other["plan_grace_days"] = json!(5);
        let (status, saved) = s.api.call(Method::PUT, "/api/v1/case-policy", &s.key, Some(&other)).await;
        assert_eq!((status, saved["merge_letters"].clone()), (StatusCode::OK, json!(true)), "{saved}");
        let (_, creditors) = s.api.get("/api/v1/creditors", &s.key).await;
        assert_eq!(creditors["items"][0]["merge_letters"], true, "{creditors}");

        // Norway: always on, and turning it off is refused with the law's reason.
        let (_, policy) = s.api.get("/api/v1/case-policy", &s.key_other).await;
        assert_eq!(policy["merge_letters"], true, "{policy}");
        assert_eq!(policy["merge_letters_reason"]["rule_id"], "dunning.merge.required");
        let mut off = policy.clone();
        off["merge_letters"] = json!(false);
        let (status, err) = s.api.call(Method::PUT, "/api/v1/case-policy", &s.key_other, Some(&off)).await;
        assert_eq!((status, code(&err)), (StatusCode::UNPROCESSABLE_ENTITY, "refused"), "{err}");
        assert!(err["error"]["message"].as_str().unwrap().contains("Norwegian law"), "{err}");
        assert_eq!(err["error"]["details"]["statute"], "Finanstilsynets rundskriv 1/2018; inkassoloven (LOV-2026-05-22-19)");
        let (_, policy) = s.api.get("/api/v1/case-policy", &s.key_other).await;
        assert_eq!(policy["merge_letters"], true);
    }
}
