//! Webhooks end to end on SQLite and PostgreSQL: subscriptions through the API, events written
//! by a payment import, the worker POSTing them to an in-test receiver that checks every
//! HMAC signature, retries after a 500, no duplicate after success, and one creditor never
//! seeing another's subscriptions. Every API answer is checked against the OpenAPI document.

use crate::api_client::setup;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode as AxumStatus};
use domain::matching::IncomingPayment;
use domain::{Currency, Money};
use hmac::{Hmac, Mac};
use messages::testing::TestCa;
use messages::tls::ExtraRoots;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use sha2::Sha256;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use store::{PaymentFile, PaymentLine, Store};

/// Validates `value` against one component schema of the document.
fn matches_component(doc: &Value, name: &str, value: &Value) {
    let mut schema = json!({"$ref": format!("#/components/schemas/{name}")});
    schema["components"] = doc["components"].clone();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let errors: Vec<String> = validator.iter_errors(value).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{name}: {errors:?}\n{value:#}");
}

#[derive(Debug, Clone)]
struct Got {
    event_id: String,
    signature_ok: bool,
    body: Value,
    status: u16,
}

#[derive(Debug, Default)]
struct Inbox {
    secret: String,
    /// Statuses to answer, in order; 200 once they run out.
    script: VecDeque<u16>,
    got: Vec<Got>,
}

#[derive(Debug, Clone, Default)]
struct Receiver(Arc<Mutex<Inbox>>);

/// Checks `Purr-Signature` independently of the app's code: HMAC-SHA256(secret, "<t>.<body>").
fn signature_ok(secret: &str, header: &str, body: &[u8]) -> bool {
    let Some((t, v1)) = header.split_once(',') else { return false };
    let (Some(t), Some(v1)) = (t.strip_prefix("t="), v1.strip_prefix("v1=")) else { return false };
    let Ok(sent) = t.parse::<i64>() else { return false };
    if (jiff::Timestamp::now().as_second() - sent).abs() > 300 {
        return false;
    }
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(format!("{t}.").as_bytes());
    mac.update(body);
    let expected = hex::encode(mac.finalize().into_bytes());
    expected == v1 && app::webhooks_cmd::verify_signature(secret, header, body, jiff::Timestamp::now().as_second(), 300)
}

async fn receive(State(r): State<Receiver>, headers: HeaderMap, body: Bytes) -> AxumStatus {
    let mut inbox = r.0.lock().unwrap();
    let header = headers.get("purr-signature").and_then(|h| h.to_str().ok()).unwrap_or_default();
    let ok = signature_ok(&inbox.secret, header, &body);
    let status = inbox.script.pop_front().unwrap_or(200);
    let got = Got {
        event_id: headers.get("purr-event-id").and_then(|h| h.to_str().ok()).unwrap_or_default().to_string(),
        signature_ok: ok,
        body: serde_json::from_slice(&body).unwrap_or(Value::Null),
        status,
    };
    inbox.got.push(got);
    AxumStatus::from_u16(status).unwrap()
}

fn receiver_app(receiver: &Receiver) -> axum::Router {
    axum::Router::new().route("/hook", axum::routing::post(receive)).with_state(receiver.clone())
}

async fn start_receiver() -> (Receiver, String) {
    let receiver = Receiver::default();
    let app = receiver_app(&receiver);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    (receiver, format!("http://{addr}/hook"))
}

fn payment(bank_ref: &str, minor: i64, reference: &str) -> PaymentLine {
    let amount = Money::from_minor(minor, Currency::SEK);
    let day = app::today();
    PaymentLine {
        line: 1,
        kind: "payment".into(),
        bank_ref: Some(bank_ref.into()),
        amount,
        booking_date: Some(day),
        effective_date: day,
        reference: Some(reference.into()),
        payer_name: Some("Anna Andersson".into()),
        message: None,
        incoming: IncomingPayment { amount, reference: Some(reference.into()), references: Vec::new(), text: None },
        matchable: true,
    }
}

fn file(hash: &str) -> PaymentFile {
    PaymentFile { sha256: hash.into(), format: "bgmax".into(), file_name: None }
}

fn worker(store: &Store, max_attempts: i64) -> app::webhooks_cmd::Worker {
    worker_trusting(store, max_attempts, ExtraRoots::default())
}

fn worker_trusting(store: &Store, max_attempts: i64, roots: ExtraRoots) -> app::webhooks_cmd::Worker {
    let config = app::webhooks_cmd::WorkerConfig {
        max_attempts,
        backoff: Duration::from_secs(60),
        timeout: Duration::from_secs(5),
        roots,
        ..Default::default()
    };
    app::webhooks_cmd::Worker::new(store.clone(), config).unwrap()
}

fn later(minutes: i64) -> jiff::Timestamp {
    jiff::Timestamp::now().checked_add(jiff::SignedDuration::from_mins(minutes)).unwrap()
}

store::both_backends! {
    async fn a_paid_claim_is_delivered_signed_retried_and_never_twice(store) {
        let s = setup(&store).await;
        let (receiver, url) = start_receiver().await;
        receiver.0.lock().unwrap().script = VecDeque::from([500]);

        let body = json!({"url": url, "event_types": ["claim.paid", "payment.unmatched"], "description": "ERP"});
        let (status, created) = s.api.call(Method::POST, "/api/v1/webhooks", &s.key, Some(&body)).await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        let secret = created["secret"].as_str().unwrap().to_string();
        assert!(secret.starts_with("whsec_") && secret.len() == 70, "{secret}");
        receiver.0.lock().unwrap().secret = secret.clone();
        let id = created["id"].as_i64().unwrap();
        // The audit trail records the creation without the secret.
        let filter = store::AuditFilter { subject: None, before_id: None, limit: 100 };
        let trail = format!("{:?}", store.audit_log(s.a, &filter).await.unwrap());
        assert!(trail.contains("[redacted]") && !trail.contains(&secret), "{trail}");
        let (status, one) = s.api.call(Method::GET, &format!("/api/v1/webhooks/{id}"), &s.key_read, None).await;
        assert_eq!(status, StatusCode::OK, "{one}");
        assert!(one.get("secret").is_none(), "the secret is shown once only: {one}");
        assert_eq!(one["event_types"], json!(["claim.paid", "payment.unmatched"]));

        // A claim created through the API and paid in full by a payment import.
        let claim = json!({
            "invoice_number": "9009",
            "debtor": {"customer_number": "C-9", "name": "Anna Andersson", "email": "anna@example.com"},
            "issue_date": "2026-01-10", "due_date": "2026-02-09", "amount_minor": 125_000, "currency": "SEK",
        });
        let (status, claim) = s.api.call(Method::POST, "/api/v1/claims", &s.key, Some(&claim)).await;
        assert_eq!(status, StatusCode::CREATED, "{claim}");
        let reference = claim["payment_reference"].as_str().unwrap().to_string();
        let report = store.import_payments(s.a, &file("f1"), &[payment("BG-1", 125_000, &reference)], &mut |_| {}).await.unwrap();
        assert_eq!(report.booked, 1, "{report:?}");

        // First pass: the receiver answers 500, a retry is scheduled a minute later.
        let w = worker(&store, 5);
        let r = w.run_due(jiff::Timestamp::now()).await.unwrap();
        assert_eq!((r.attempted, r.delivered, r.retrying), (1, 0, 1));
        assert_eq!(w.run_due(jiff::Timestamp::now()).await.unwrap().attempted, 0, "not due again yet");
        let r = w.run_due(later(2)).await.unwrap();
        assert_eq!((r.attempted, r.delivered), (1, 1));
        // Delivered: later passes send nothing.
        assert_eq!(w.run_due(later(600)).await.unwrap().attempted, 0);
        assert_eq!(w.run_due(later(6000)).await.unwrap().attempted, 0);
        {
            let inbox = receiver.0.lock().unwrap();
            assert_eq!(inbox.got.len(), 2);
            assert!(inbox.got.iter().all(|g| g.signature_ok), "every request is signed");
            assert_eq!(inbox.got[0].event_id, inbox.got[1].event_id);
            assert_eq!(inbox.got[0].body, inbox.got[1].body, "a retry sends the same body");
            assert_eq!((inbox.got[0].status, inbox.got[1].status), (500, 200));
            let event = &inbox.got[1].body;
            assert_eq!(event["id"], inbox.got[1].event_id.as_str());
            assert_eq!(event["type"], "claim.paid");
            assert_eq!(event["creditor_id"], s.a.0);
            assert_eq!(event["data"]["claim_id"], claim["id"]);
            assert_eq!(event["data"]["invoice_number"], "9009");
            assert_eq!(event["data"]["paid_minor"], 125_000);
            matches_component(&s.api.doc, "WebhookEventJson", event);
            matches_component(&s.api.doc, "ClaimPaidData", &event["data"]);
        }
        let path = format!("/api/v1/webhooks/{id}/deliveries");
        let (status, log) = s.api.call(Method::GET, &path, &s.key_read, None).await;
        assert_eq!(status, StatusCode::OK, "{log}");
        let items = log["items"].as_array().unwrap();
        assert_eq!(items.len(), 1);
        assert_eq!((items[0]["state"].as_str(), items[0]["attempts"].as_i64()), (Some("delivered"), Some(2)));
        let outcomes: Vec<&str> = items[0]["log"].as_array().unwrap().iter().map(|a| a["outcome"].as_str().unwrap()).collect();
        assert_eq!(outcomes, ["retry", "delivered"]);

        // An unmatched payment, with two workers racing for it: sent exactly once.
        store.import_payments(s.a, &file("f2"), &[payment("BG-2", 999, "424242")], &mut |_| {}).await.unwrap();
        let (w1, w2) = (worker(&store, 5), worker(&store, 5));
        let (r1, r2) = tokio::join!(w1.run_due(jiff::Timestamp::now()), w2.run_due(jiff::Timestamp::now()));
        assert_eq!(r1.unwrap().delivered + r2.unwrap().delivered, 1);
        {
            let inbox = receiver.0.lock().unwrap();
            assert_eq!(inbox.got.len(), 3);
            let event = &inbox.got[2].body;
            assert!(inbox.got[2].signature_ok);
            assert_eq!(event["type"], "payment.unmatched");
            matches_component(&s.api.doc, "PaymentUnmatchedData", &event["data"]);
        }

        // A test ping reaches this subscription.
        let (status, ping) = s.api.call(Method::POST, &format!("/api/v1/webhooks/{id}/test"), &s.key, None).await;
        assert_eq!(status, StatusCode::ACCEPTED, "{ping}");
        assert_eq!(ping["type"], "ping");
        assert_eq!(worker(&store, 5).run_due(jiff::Timestamp::now()).await.unwrap().delivered, 1);
        {
            let inbox = receiver.0.lock().unwrap();
            assert_eq!(inbox.got[3].body, ping, "the test answer is the body sent");
            matches_component(&s.api.doc, "PingData", &inbox.got[3].body["data"]);
        }

        // Deleting stops everything.
        let (status, gone) = s.api.call(Method::DELETE, &format!("/api/v1/webhooks/{id}"), &s.key, None).await;
        assert_eq!((status, gone["deleted"].as_bool()), (StatusCode::OK, Some(true)));
        let (status, _) = s.api.call(Method::GET, &format!("/api/v1/webhooks/{id}"), &s.key, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (_, list) = s.api.call(Method::GET, "/api/v1/webhooks", &s.key, None).await;
        assert_eq!(list["items"], json!([]));
    }

    // An https receiver: refused while its certificate's authority is unknown (logged, retried,
    // nothing sent), delivered once the worker trusts that authority.
    async fn an_https_receiver_is_reached_once_its_authority_is_trusted(store) {
        let s = setup(&store).await;
        let ca = TestCa::new();
        let receiver = Receiver::default();
        let url = format!("{}/hook", ca.serve_https(receiver_app(&receiver)).await);
        let body = json!({"url": url, "event_types": ["payment.unmatched"]});
        let (status, created) = s.api.call(Method::POST, "/api/v1/webhooks", &s.key, Some(&body)).await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        receiver.0.lock().unwrap().secret = created["secret"].as_str().unwrap().to_string();
        let id = created["id"].as_i64().unwrap();
        store.import_payments(s.a, &file("f1"), &[payment("BG-1", 999, "424242")], &mut |_| {}).await.unwrap();

        let r = worker(&store, 5).run_due(jiff::Timestamp::now()).await.unwrap();
        assert_eq!((r.attempted, r.retrying), (1, 1));
        assert!(receiver.0.lock().unwrap().got.is_empty(), "nothing crosses an untrusted connection");
        let (_, log) = s.api.call(Method::GET, &format!("/api/v1/webhooks/{id}/deliveries"), &s.key, None).await;
        let error = log["items"][0]["last_error"].as_str().unwrap().to_string();
        assert!(error.contains("certificate"), "{error}");

        let r = worker_trusting(&store, 5, ca.roots()).run_due(later(2)).await.unwrap();
        assert_eq!((r.attempted, r.delivered), (1, 1));
        let inbox = receiver.0.lock().unwrap();
        assert_eq!(inbox.got.len(), 1);
        assert!(inbox.got[0].signature_ok);
        assert_eq!(inbox.got[0].body["type"], "payment.unmatched");
    }

    async fn failures_are_logged_and_stop_after_the_last_attempt(store) {
        let s = setup(&store).await;
        // Nothing listens on port 9 of this machine: the connection is refused.
        let body = json!({"url": "http://127.0.0.1:9/none", "event_types": ["payment.unmatched"]});
        let (status, created) = s.api.call(Method::POST, "/api/v1/webhooks", &s.key, Some(&body)).await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        let id = created["id"].as_i64().unwrap();
        store.import_payments(s.a, &file("f1"), &[payment("BG-1", 999, "424242")], &mut |_| {}).await.unwrap();
        let w = worker(&store, 2);
        assert_eq!(w.run_due(jiff::Timestamp::now()).await.unwrap().retrying, 1);
        assert_eq!(w.run_due(later(5)).await.unwrap().failed, 1);
        assert_eq!(w.run_due(later(6000)).await.unwrap().attempted, 0, "failed is final");
        let (status, log) = s.api.call(Method::GET, &format!("/api/v1/webhooks/{id}/deliveries"), &s.key, None).await;
        assert_eq!(status, StatusCode::OK, "{log}");
        let d = &log["items"][0];
        assert_eq!((d["state"].as_str(), d["attempts"].as_i64()), (Some("failed"), Some(2)));
        assert!(d["last_error"].as_str().unwrap().contains("connect"), "{d}");
        assert!(d["log"][0]["status_code"].is_null());
    }

    async fn subscriptions_are_validated_and_kept_per_creditor(store) {
        let s = setup(&store).await;
        let body = json!({"url": "https://erp.example.com/purr", "event_types": ["step.taken"]});
        let (status, err) = s.api.call(Method::POST, "/api/v1/webhooks", &s.key_read, Some(&body)).await;
        assert_eq!((status, err["error"]["code"].as_str()), (StatusCode::FORBIDDEN, Some("forbidden")));
        for (bad, field) in [
            (json!({"url": "ftp://erp.example.com/x", "event_types": ["step.taken"]}), "url"),
            (json!({"url": "https://user:pw@erp.example.com/x", "event_types": ["step.taken"]}), "url"),
            (json!({"url": "erp.example.com/x", "event_types": ["step.taken"]}), "url"),
            (json!({"url": "https://erp.example.com/x", "event_types": []}), "event_types"),
            (json!({"url": "https://erp.example.com/x", "event_types": ["claim.unpaid"]}), "event_types"),
        ] {
            let (status, err) = s.api.call(Method::POST, "/api/v1/webhooks", &s.key, Some(&bad)).await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}: {err}");
            assert!(err["error"]["message"].as_str().unwrap().starts_with(field), "{err}");
        }
        let (status, created) = s.api.call(Method::POST, "/api/v1/webhooks", &s.key, Some(&body)).await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        let id = created["id"].as_i64().unwrap();

        // The other creditor sees nothing of it and cannot touch it.
        let (_, list) = s.api.call(Method::GET, "/api/v1/webhooks", &s.key_other, None).await;
        assert_eq!(list["items"], json!([]));
        for (method, path) in [
            (Method::GET, format!("/api/v1/webhooks/{id}")),
            (Method::GET, format!("/api/v1/webhooks/{id}/deliveries")),
            (Method::POST, format!("/api/v1/webhooks/{id}/test")),
            (Method::DELETE, format!("/api/v1/webhooks/{id}")),
        ] {
            let (status, err) = s.api.call(method.clone(), &path, &s.key_other, None).await;
            assert_eq!((status, err["error"]["code"].as_str()), (StatusCode::NOT_FOUND, Some("not_found")), "{method} {path}");
        }
        // Read-only keys read but do not change.
        let (status, _) = s.api.call(Method::GET, &format!("/api/v1/webhooks/{id}"), &s.key_read, None).await;
        assert_eq!(status, StatusCode::OK);
        for (method, path) in [(Method::POST, format!("/api/v1/webhooks/{id}/test")), (Method::DELETE, format!("/api/v1/webhooks/{id}"))] {
            let (status, _) = s.api.call(method, &path, &s.key_read, None).await;
            assert_eq!(status, StatusCode::FORBIDDEN);
        }
        let (status, _) = s.api.call(Method::GET, "/api/v1/webhooks/abc", &s.key, None).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (_, list) = s.api.call(Method::GET, "/api/v1/webhooks", &s.key, None).await;
        assert_eq!(list["items"].as_array().unwrap().len(), 1);
    }

    async fn case_actions_send_plan_and_dispute_events(store) {
        let s = setup(&store).await;
        let (receiver, url) = start_receiver().await;
        let body = json!({"url": url, "event_types": ["plan.created", "dispute.opened", "dispute.resolved"]});
        let (status, created) = s.api.call(Method::POST, "/api/v1/webhooks", &s.key, Some(&body)).await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        receiver.0.lock().unwrap().secret = created["secret"].as_str().unwrap().to_string();
        let day = |offset: i64| app::today().checked_add(jiff::Span::new().days(offset)).unwrap().to_string();
        let mut ids = Vec::new();
        for invoice in ["P-1", "D-1"] {
            let claim = json!({
                "invoice_number": invoice,
                "debtor": {"customer_number": format!("C-{invoice}"), "name": "Anna Andersson"},
                "issue_date": day(-60), "due_date": day(-30), "amount_minor": 100_000, "currency": "SEK",
            });
            let (status, claim) = s.api.call(Method::POST, "/api/v1/claims", &s.key, Some(&claim)).await;
            assert_eq!(status, StatusCode::CREATED, "{claim}");
            ids.push(claim["id"].as_i64().unwrap());
        }
        let plan = json!({"months": 3, "first_due": day(5)});
        let (status, done) = s.api.call(Method::POST, &format!("/api/v1/claims/{}/plan", ids[0]), &s.key, Some(&plan)).await;
        assert_eq!(status, StatusCode::CREATED, "{done}");
        let dispute = json!({"reason": "never arrived"});
        let (status, done) = s.api.call(Method::POST, &format!("/api/v1/claims/{}/dispute", ids[1]), &s.key, Some(&dispute)).await;
        assert_eq!(status, StatusCode::CREATED, "{done}");
        let resolve = json!({"resolution": "reject", "note": "tracked parcel"});
        let path = format!("/api/v1/claims/{}/dispute/resolve", ids[1]);
        let (status, done) = s.api.call(Method::POST, &path, &s.key, Some(&resolve)).await;
        assert_eq!(status, StatusCode::CREATED, "{done}");

        let r = worker(&store, 5).run_due(jiff::Timestamp::now()).await.unwrap();
        assert_eq!((r.attempted, r.delivered), (3, 3));
        let inbox = receiver.0.lock().unwrap();
        let mut got: Vec<(String, i64)> = inbox
            .got
            .iter()
            .map(|g| (g.body["type"].as_str().unwrap().to_string(), g.body["data"]["claim_id"].as_i64().unwrap()))
            .collect();
        got.sort();
        assert_eq!(
            got,
            [("dispute.opened".to_string(), ids[1]), ("dispute.resolved".to_string(), ids[1]), ("plan.created".to_string(), ids[0])]
        );
        for g in &inbox.got {
            assert!(g.signature_ok);
            let schema = match g.body["type"].as_str().unwrap() {
                "plan.created" => "PlanCreatedData",
                "dispute.opened" => "DisputeOpenedData",
                _ => "DisputeResolvedData",
            };
            matches_component(&s.api.doc, schema, &g.body["data"]);
        }
        let resolved = inbox.got.iter().find(|g| g.body["type"] == "dispute.resolved").unwrap();
        assert_eq!(resolved.body["data"]["resolution"], "reject");
        assert_eq!(resolved.body["data"]["note"], "tracked parcel");
    }
}
