//! Champion/challenger over the API on both backends: arms checked against the ladder and the
//! law, the run applying each debtor's arm, and outcomes per arm from the stored rows.

use crate::api_client::setup;
use domain::dunning::{Arm, Strategies, assign};
use domain::{ClaimId, Component, DebtorId, EntryKind, Jurisdiction, NewEntry};
use jiff::ToSpan;
use reqwest::StatusCode;
use serde_json::{Value, json};
use store::OutboxFilter;

fn day(offset: i32) -> String {
    app::today().checked_add(offset.days()).unwrap().to_string()
}

fn code(body: &Value) -> &str {
    body["error"]["code"].as_str().unwrap_or_else(|| panic!("no error code in {body}"))
}

fn experiment(name: &str, challenger_step: Value) -> Value {
    json!({
        "name": name,
        "debtor": "consumer",
        "arms": [
            {"name": "champion", "weight": 1},
            {"name": "warm", "weight": 1, "steps": [challenger_step]},
        ],
    })
}

store::both_backends! {
    async fn experiments_are_checked_applied_and_measured(store) {
        let s = setup(&store).await;
        // Step 1 of the SE consumer default is the reminder.
        let warm = json!({"step_no": 1, "template": "se/reminder-warm", "channels": ["sms", "letter"], "offset_days": 3});

        // Arms that touch fees or deadlines, or break the law's order, are refused with reasons.
        let greedy = experiment("greedy", json!({"step_no": 1, "fee_requested": false, "deadline_days": 8}));
        let (status, err) = s.api.post("/api/v1/experiments", &s.key, greedy).await;
        assert_eq!((status, code(&err)), (StatusCode::UNPROCESSABLE_ENTITY, "experiment_refused"), "{err}");
        let rules: Vec<&str> = err["error"]["details"].as_array().unwrap().iter().map(|d| d["rule"].as_str().unwrap()).collect();
        assert_eq!(rules, ["changes_fee", "changes_deadline"], "{err}");
        assert_eq!(err["error"]["details"][0]["arm"], "warm");
        let hasty = experiment("hasty", json!({"step_no": 2, "offset_days": 1}));
        let (status, err) = s.api.post("/api/v1/experiments", &s.key, hasty).await;
        assert_eq!((status, code(&err)), (StatusCode::UNPROCESSABLE_ENTITY, "experiment_refused"), "{err}");
        assert_eq!(err["error"]["details"][0]["rule"], "law", "{err}");
        let mut segmented = experiment("chronic", warm.clone());
        segmented["segment"] = json!("chronic_late");
        let (status, err) = s.api.post("/api/v1/experiments", &s.key, segmented).await;
        assert_eq!((status, code(&err)), (StatusCode::UNPROCESSABLE_ENTITY, "invalid"), "{err}");
        let (status, _) = s.api.post("/api/v1/experiments", &s.key_read, experiment("tone", warm.clone())).await;
        assert_eq!(status, StatusCode::FORBIDDEN);

        let (status, created) = s.api.post("/api/v1/experiments", &s.key, experiment("tone", warm.clone())).await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        assert_eq!((created["active"].as_bool(), created["segment"].as_str()), (Some(true), Some("all")));
        let id = created["id"].as_i64().unwrap();
        let (status, err) = s.api.post("/api/v1/experiments", &s.key, experiment("tone", warm.clone())).await;
        assert_eq!((status, code(&err)), (StatusCode::CONFLICT, "conflict"), "the name is taken");
        let (status, err) = s.api.post("/api/v1/experiments", &s.key, experiment("tone-2", warm.clone())).await;
        assert_eq!((status, code(&err)), (StatusCode::CONFLICT, "conflict"), "the ladder is busy: {err}");
        let (_, list) = s.api.get("/api/v1/experiments", &s.key_read).await;
        assert_eq!(list["items"].as_array().unwrap().len(), 1);
        assert_eq!(list["items"][0]["arms"][1]["steps"][0]["template"], "se/reminder-warm");

        // Twenty debtors with an overdue claim each; the run gives each its arm's ladder.
        let mut claims = Vec::new();
        for i in 0..20 {
            let body = json!({
                "invoice_number": format!("X-{i}"),
                "debtor": {"customer_number": format!("C-{i}"), "name": "Anna Andersson", "email": "anna@example.com"},
                "issue_date": day(-60), "due_date": day(-30), "amount_minor": 100_000, "currency": "SEK",
            });
            let (status, claim) = s.api.post("/api/v1/claims", &s.key, body).await;
            assert_eq!(status, StatusCode::CREATED, "{claim}");
            claims.push((claim["id"].as_i64().unwrap(), claim["debtor_id"].as_i64().unwrap()));
        }
        let today = domain::law::next_bank_day_on_or_after(Jurisdiction::SE, app::today());
        let tables = domain::law::LawTables::builtin();
        let summary = app::run_cmd::run_date(&store, &tables, &Strategies::builtin(), today, false, 7, |_| {}).await.unwrap();
        let arms: Vec<Arm> = serde_json::from_value(created["arms"].clone()).unwrap();
        let in_warm = |debtor: i64| assign("tone", DebtorId(debtor), &arms) == Some(1);
        let warm_count = claims.iter().filter(|(_, d)| in_warm(*d)).count() as u64;
        assert!(warm_count > 0 && warm_count < 20, "both arms are used: {warm_count}");
        assert_eq!(summary.experiment_arms.get("tone/warm").copied(), Some(warm_count), "{summary:?}");
        assert_eq!(summary.experiment_arms.get("tone/champion").copied(), Some(20 - warm_count), "{summary:?}");
        let messages = store.outbox_messages(&OutboxFilter { creditor: Some(s.a), status: None, limit: 100 }).await.unwrap();
        for (claim, debtor) in &claims {
            let m = messages.iter().find(|m| m.claim == Some(ClaimId(*claim))).expect("a message per claim");
            let (template, channel) = if in_warm(*debtor) { ("se/reminder-warm", "letter") } else { ("se/reminder", "email") };
            assert_eq!((m.payload["template"].as_str(), m.queued_channel.as_str()), (Some(template), channel), "debtor {debtor}");
        }

        // One claim of each arm paid in full today (30 days after its due date).
        let mut paid = Vec::new();
        for want in [true, false] {
            let (claim, debtor) = *claims.iter().find(|(_, d)| in_warm(*d) == want).unwrap();
            let view = store.claim(s.a, ClaimId(claim)).await.unwrap().unwrap();
            let pay: Vec<NewEntry> = [Component::Fees, Component::Interest, Component::Principal]
                .into_iter()
                .filter(|c| view.balance.get(*c).is_positive())
                .map(|c| NewEntry { kind: EntryKind::Payment, component: c, amount: domain::Money::from_minor(-view.balance.get(c).minor(), view.balance.get(c).currency()), effective_date: app::today(), reason: "BgMax".into() })
                .collect();
            store.append_entries(s.a, ClaimId(claim), &pay, Some(&format!("pay:{claim}"))).await.unwrap();
            paid.push(debtor);
        }

        // A complaint on one claim of the warm arm.
        let (warm_claim, _) = *claims.iter().find(|(_, d)| in_warm(*d)).unwrap();
        let (status, body) = s.api.post(&format!("/api/v1/claims/{warm_claim}/complaints"), &s.key, json!({"text": "too warm"})).await;
        assert_eq!(status, StatusCode::CREATED, "{body}");

        let path = format!("/api/v1/experiments/{id}/outcomes");
        let (status, out) = s.api.get(&path, &s.key_read).await;
        assert_eq!(status, StatusCode::OK, "{out}");
        let arm = |name: &str| out["arms"].as_array().unwrap().iter().find(|a| a["arm"] == name).unwrap().clone();
        let (w, c) = (arm("warm"), arm("champion"));
        assert_eq!((w["complaints"].as_u64(), c["complaints"].as_u64()), (Some(1), Some(0)), "{out}");
        assert_eq!((w["claims"].as_u64(), c["claims"].as_u64()), (Some(warm_count), Some(20 - warm_count)), "{out}");
        assert_eq!((w["debtors"].as_u64(), c["debtors"].as_u64()), (Some(warm_count), Some(20 - warm_count)));
        for a in [&w, &c] {
            assert_eq!((a["paid_within_14_days"].as_u64(), a["paid_within_30_days"].as_u64(), a["paid_within_60_days"].as_u64()), (Some(0), Some(1), Some(1)), "{out}");
            assert_eq!(a["disputed"], 0);
        }
        let (status, _) = s.api.get(&path, &s.key_other).await;
        assert_eq!(status, StatusCode::NOT_FOUND);

        // The dashboard shows the same arms side by side.
        crate::dashboard::add_user(&store, s.a, "staff@a.se", store::Role::ReadOnly).await;
        let site = crate::dashboard::Site::start(store.clone()).await;
        let staff = site.sign_in(s.a.0, "staff@a.se", crate::dashboard::PASSWORD).await.unwrap();
        let (status, html, _) = site.get("/dashboard/experiments", Some(&staff.cookie)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("tone (running"), "the experiment is on the dashboard");
        let row = format!("<th scope=\"row\">warm</th><td class=\"num\">1</td><td class=\"num\">{warm_count}</td><td class=\"num\">{warm_count}</td>");
        assert!(html.contains(&row), "warm's debtors and claims as the API counts them: {row}");

        // Stopped: the next run uses the ladder unchanged for everyone.
        let (status, stopped) = s.api.post(&format!("/api/v1/experiments/{id}/stop"), &s.key, json!({})).await;
        assert_eq!((status, stopped["active"].as_bool()), (StatusCode::OK, Some(false)), "{stopped}");
        let later = domain::law::next_bank_day_on_or_after(Jurisdiction::SE, today.checked_add(1.day()).unwrap());
        let summary = app::run_cmd::run_date(&store, &tables, &Strategies::builtin(), later, true, 100, |_| {}).await.unwrap();
        assert!(summary.experiment_arms.is_empty(), "{summary:?}");
    }
}
