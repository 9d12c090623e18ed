//! The creditor's ladders over the API on both backends: listed with the defaults, checked
//! against the law before they are saved, admin-only, audited, and used by the run.

use crate::api_client::{Setup, setup};
use domain::Jurisdiction;
use domain::dunning::Strategies;
use jiff::ToSpan;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use store::{AuditFilter, OutboxFilter, Role};

fn day(offset: i32) -> String {
    app::today().checked_add(offset.days()).unwrap().to_string()
}

fn code(body: &Value) -> &str {
    body["error"]["code"].as_str().unwrap_or_else(|| panic!("no error code in {body}"))
}

/// A lawful SE consumer ladder: one reminder the day after the due date, then a demand.
fn ladder(template: &str) -> Value {
    json!({
        "name": "own-se-b2c",
        "jurisdiction": "SE",
        "debtor": "consumer",
        "payment_grace_bank_days": 2,
        "accrue_interest": false,
        "step": [
            {"kind": "reminder", "offset_days": 1, "relative_to": "due_date", "deadline_days": 10,
             "channels": ["letter"], "template": template, "fee_requested": false},
            {"kind": "collection_demand", "offset_days": 12, "relative_to": "previous_step", "deadline_days": 10,
             "channels": ["letter"], "template": "own/demand", "fee_requested": true},
        ],
    })
}

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

store::both_backends! {
    async fn ladders_are_listed_checked_saved_used_and_removed(store) {
        let s = setup(&store).await;
        let path = "/api/v1/strategies/consumer/all";

        // Nothing stored: Purr's two defaults for the creditor's jurisdiction.
        let (status, list) = s.api.get("/api/v1/strategies", &s.key_read).await;
        assert_eq!(status, StatusCode::OK, "{list}");
        let items = list["items"].as_array().unwrap();
        assert_eq!(items.len(), 2, "{list}");
        assert!(items.iter().all(|i| i["source"] == "default" && i["segment"] == "all"), "{list}");
        assert_eq!(items[0]["strategy"]["name"], "se-b2c-default");

        // Only an admin key may write.
        let agent = app::keys::create(&store, s.a, "agent", Role::Agent).await.unwrap();
        for key in [&s.key_read, &agent] {
            let (status, err) = s.api.call(Method::PUT, path, key, Some(&ladder("own/reminder"))).await;
            assert_eq!((status, code(&err)), (StatusCode::FORBIDDEN, "forbidden"), "{err}");
        }

        // A ladder whose deadlines break the minimum and whose handover comes too early is
        // refused with every problem, each naming its step.
        let mut bad = ladder("own/reminder");
        bad["step"][0]["deadline_days"] = json!(5);
        bad["step"].as_array_mut().unwrap().insert(1, json!({"kind": "handover", "offset_days": 20,
            "relative_to": "previous_step", "deadline_days": 0, "channels": ["letter"], "template": "x", "fee_requested": false}));
        let (status, err) = s.api.call(Method::PUT, path, &s.key, Some(&bad)).await;
        assert_eq!((status, code(&err)), (StatusCode::UNPROCESSABLE_ENTITY, "strategy_refused"), "{err}");
        let details = err["error"]["details"].as_array().unwrap();
        assert!(details.iter().any(|d| d["step"] == 0 && d["rule"] == "deadline_too_short" && d["kind"] == "reminder"), "{err}");
        assert!(details.iter().any(|d| d["step"] == 1 && d["rule"] == "handover_without_demand"), "{err}");
        assert!(details.iter().any(|d| d["step"] == 2 && d["rule"] == "step_after_handover"), "{err}");
        assert!(err["error"]["message"].as_str().unwrap().contains("at least 8"), "{err}");
        // Another jurisdiction's ladder, a path for another kind, an unknown field: refused.
        let mut no = ladder("own/reminder");
        no["jurisdiction"] = json!("NO");
        let (status, err) = s.api.call(Method::PUT, path, &s.key, Some(&no)).await;
        assert_eq!((status, code(&err)), (StatusCode::UNPROCESSABLE_ENTITY, "invalid"), "{err}");
        let (status, err) = s.api.call(Method::PUT, "/api/v1/strategies/business/all", &s.key, Some(&ladder("x"))).await;
        assert_eq!((status, code(&err)), (StatusCode::UNPROCESSABLE_ENTITY, "invalid"), "{err}");
        let mut extra = ladder("own/reminder");
        extra["step"][0]["fee_amount"] = json!(6000);
        let (status, err) = s.api.call(Method::PUT, path, &s.key, Some(&extra)).await;
        assert_eq!((status, code(&err)), (StatusCode::UNPROCESSABLE_ENTITY, "invalid"), "{err}");
        let (status, _) = s.api.call(Method::PUT, "/api/v1/strategies/consumer/sometimes", &s.key, Some(&ladder("x"))).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(store.creditor_strategies(s.a).await.unwrap().is_empty(), "nothing was saved");

        // A lawful ladder is saved, listed in place of the default, and audited.
        let (status, saved) = s.api.call(Method::PUT, path, &s.key, Some(&ladder("own/reminder"))).await;
        assert_eq!(status, StatusCode::OK, "{saved}");
        assert_eq!((saved["source"].as_str(), saved["segment"].as_str()), (Some("custom"), Some("all")));
        let (_, list) = s.api.get("/api/v1/strategies", &s.key).await;
        let names: Vec<&str> = list["items"].as_array().unwrap().iter().map(|i| i["strategy"]["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["own-se-b2c", "se-b2b-default"], "{list}");
        // A segment without its own ladder gets the creditor's ladder for all segments.
        let (status, got) = s.api.get("/api/v1/strategies/consumer/chronic_late", &s.key).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!((got["strategy"]["name"].as_str(), got["segment"].as_str()), (Some("own-se-b2c"), Some("all")));
        let audit = store.audit_log(s.a, &AuditFilter { limit: 10, ..Default::default() }).await.unwrap();
        assert!(audit.iter().any(|a| a.action == "api.put" && a.subject_id == path), "{audit:?}");
        // Another creditor does not see it.
        let (_, other) = s.api.get("/api/v1/strategies", &s.key_other).await;
        assert!(other["items"].as_array().unwrap().iter().all(|i| i["source"] == "default"), "{other}");

        // The run uses it.
        let id = overdue_claim(&s, "S-1").await;
        let today = domain::law::next_bank_day_on_or_after(Jurisdiction::SE, app::today());
        let tables = domain::law::LawTables::builtin();
        app::run_cmd::run_date(&store, &tables, &Strategies::builtin(), today, false, 100, |_| {}).await.unwrap();
        let messages = store.outbox_messages(&OutboxFilter { creditor: Some(s.a), status: None, limit: 10 }).await.unwrap();
        let message = messages.iter().find(|m| m.claim.map(|c| c.0) == Some(id)).expect("a message for the claim");
        assert_eq!(message.payload["template"], "own/reminder", "{:?}", message.payload);

        // Deleting falls back to the default; deleting again finds nothing.
        let (status, back) = s.api.call(Method::DELETE, path, &s.key, None).await;
        assert_eq!(status, StatusCode::OK, "{back}");
        assert_eq!((back["source"].as_str(), back["strategy"]["name"].as_str()), (Some("default"), Some("se-b2c-default")));
        let (status, err) = s.api.call(Method::DELETE, path, &s.key, None).await;
        assert_eq!((status, code(&err)), (StatusCode::NOT_FOUND, "not_found"));
    }
}

store::both_backends! {
    async fn the_hardship_flag_sets_the_segment_and_the_segment_picks_the_ladder(store) {
        let s = setup(&store).await;
        let body = json!({
            "invoice_number": "H-1",
            "debtor": {"customer_number": "C-H", "name": "Hanna Holm", "email": "hanna@example.com"},
            "issue_date": day(-60), "due_date": day(-30), "amount_minor": 100_000, "currency": "SEK",
        });
        let (_, claim) = s.api.post("/api/v1/claims", &s.key, body).await;
        let (id, debtor) = (claim["id"].as_i64().unwrap(), claim["debtor_id"].as_i64().unwrap());
        let other = overdue_claim(&s, "N-1").await;
        let segment_path = format!("/api/v1/debtors/{debtor}/segment");
        let (status, seg) = s.api.get(&segment_path, &s.key_read).await;
        assert_eq!(status, StatusCode::OK, "{seg}");
        assert_eq!((seg["hardship"].as_bool(), seg["segment"].is_null()), (Some(false), true), "{seg}");

        let hardship_path = format!("/api/v1/debtors/{debtor}/hardship");
        let (status, err) = s.api.call(Method::PUT, &hardship_path, &s.key_read, Some(&json!({"hardship": true}))).await;
        assert_eq!((status, code(&err)), (StatusCode::FORBIDDEN, "forbidden"));
        let (status, _) = s.api.call(Method::PUT, &hardship_path, &s.key_other, Some(&json!({"hardship": true}))).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, seg) = s.api.call(Method::PUT, &hardship_path, &s.key, Some(&json!({"hardship": true}))).await;
        assert_eq!(status, StatusCode::OK, "{seg}");
        assert_eq!(seg["hardship"], true);

        // A gentler ladder for debtors in hardship.
        let (status, saved) = s.api.call(Method::PUT, "/api/v1/strategies/consumer/hardship_flagged", &s.key, Some(&ladder("gentle/reminder"))).await;
        assert_eq!(status, StatusCode::OK, "{saved}");
        let today = domain::law::next_bank_day_on_or_after(Jurisdiction::SE, app::today());
        let tables = domain::law::LawTables::builtin();
        let summary = app::run_cmd::run_date(&store, &tables, &Strategies::builtin(), today, false, 100, |_| {}).await.unwrap();
        assert_eq!(summary.segments.map(|x| x.changed), Some(2), "{summary:?}");

        let (_, seg) = s.api.get(&segment_path, &s.key).await;
        assert_eq!(seg["segment"], "hardship_flagged", "{seg}");
        assert_eq!(seg["computed_on"], today.to_string());
        assert_eq!(seg["reasons"][0]["fact"], "hardship", "{seg}");
        assert_eq!(seg["also_matched"], json!(["first_time_late"]), "{seg}");

        let messages = store.outbox_messages(&OutboxFilter { creditor: Some(s.a), status: None, limit: 10 }).await.unwrap();
        let template = |claim: i64| messages.iter().find(|m| m.claim.map(|c| c.0) == Some(claim)).map(|m| m.payload["template"].clone());
        assert_eq!(template(id), Some(json!("gentle/reminder")), "the hardship ladder");
        assert_eq!(template(other), Some(json!("se/reminder")), "the default ladder for the rest");
    }
}
