//! The HTTP API against a real server on a free port, on SQLite and PostgreSQL.

use reqwest::StatusCode;
use serde_json::{Value, json};
use store::{Role, Store};

/// A running API server and a client. Every response the tests read is checked against the
/// server's own OpenAPI document: its status must be documented for that operation and its body
/// must match the documented schema, so the document cannot drift from what is served.
struct Api {
    base: String,
    http: reqwest::Client,
    doc: Value,
}

impl Api {
    async fn start(store: Store) -> Api {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let router = app::http::router(store);
        tokio::spawn(async move {
            axum::serve(listener, router).await.unwrap();
        });
        let base = format!("http://{addr}");
        let http = reqwest::Client::new();
        let doc = http.get(format!("{base}/api/openapi.json")).send().await.unwrap().json().await.unwrap();
        Api { base, http, doc }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    async fn get(&self, path: &str, key: Option<&str>) -> (StatusCode, Value) {
        let mut req = self.http.get(self.url(path));
        if let Some(k) = key {
            req = req.bearer_auth(k);
        }
        let (status, body) = read(req.send().await.unwrap()).await;
        conforms(&self.doc, "get", path, status, &body);
        (status, body)
    }

    async fn post(&self, path: &str, key: &str, body: &Value) -> (StatusCode, Value) {
        let (status, body) =
            read(self.http.post(self.url(path)).bearer_auth(key).json(body).send().await.unwrap()).await;
        conforms(&self.doc, "post", path, status, &body);
        (status, body)
    }

    async fn post_raw(&self, path: &str, key: &str, body: Vec<u8>) -> (StatusCode, Value) {
        let resp = self
            .http
            .post(self.url(path))
            .bearer_auth(key)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        let (status, body) = read(resp).await;
        conforms(&self.doc, "post", path, status, &body);
        (status, body)
    }
}

/// The document's path template for a concrete path (`/api/v1/claims/7` → `/api/v1/claims/{id}`).
fn template<'d>(doc: &'d Value, path: &str) -> Option<&'d str> {
    let path = path.split('?').next().unwrap();
    let parts: Vec<&str> = path.split('/').collect();
    let paths = doc["paths"].as_object().unwrap();
    let matches = |t: &str| {
        let tp: Vec<&str> = t.split('/').collect();
        tp.len() == parts.len() && tp.iter().zip(&parts).all(|(t, p)| t == p || t.starts_with('{'))
    };
    // A literal segment beats a parameter (`/payments/unmatched` over `/payments/{id}`).
    paths.keys().filter(|t| matches(t)).min_by_key(|t| t.matches('{').count()).map(String::as_str)
}

/// Panics unless `status` is documented for this operation and `body` matches its schema.
pub(crate) fn conforms(doc: &Value, method: &str, path: &str, status: StatusCode, body: &Value) {
    let Some(t) = template(doc, path) else {
        assert_eq!(
            (status, body["error"]["code"].as_str()),
            (StatusCode::NOT_FOUND, Some("not_found")),
            "{path} is served but not in the OpenAPI document"
        );
        return;
    };
    let op = &doc["paths"][t][method];
    assert!(op.is_object(), "{method} {t} is served but not in the OpenAPI document");
    let response = &op["responses"][status.as_str()];
    assert!(response.is_object(), "{method} {t} answered {status}, which the OpenAPI document does not list");
    let mut schema = response["content"]["application/json"]["schema"].clone();
    assert!(schema.is_object(), "{method} {t} {status} has no JSON schema in the document");
    schema["components"] = doc["components"].clone();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let errors: Vec<String> = validator.iter_errors(body).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{method} {path} {status}: the body does not match the document: {errors:?}\n{body:#}");
}

async fn read(resp: reqwest::Response) -> (StatusCode, Value) {
    let status = resp.status();
    let text = resp.text().await.unwrap();
    let value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("status {status}: body is not JSON ({e}): {text:?}"));
    (status, value)
}

/// Two creditors, an admin key for each and a read-only key for the first.
struct Setup {
    api: Api,
    a: i64,
    b: i64,
    key_a: String,
    key_b: String,
    key_a_read: String,
}

async fn setup(store: &Store) -> Setup {
    let [new_a, new_b] = app::demo::demo_creditors();
    let a = store.create_creditor(&new_a).await.unwrap();
    let b = store.create_creditor(&new_b).await.unwrap();
    let key_a = app::keys::create(store, a.id, "t", Role::Admin).await.unwrap();
    let key_b = app::keys::create(store, b.id, "t", Role::Admin).await.unwrap();
    let key_a_read = app::keys::create(store, a.id, "t", Role::ReadOnly).await.unwrap();
    Setup { api: Api::start(store.clone()).await, a: a.id.0, b: b.id.0, key_a, key_b, key_a_read }
}

fn claim_body(invoice: &str, amount_minor: i64, currency: &str) -> Value {
    json!({
        "invoice_number": invoice,
        "debtor": {"customer_number": "C-77", "name": "Anna Andersson", "email": "anna@example.com"},
        "issue_date": "2026-01-10",
        "due_date": "2026-02-09",
        "amount_minor": amount_minor,
        "currency": currency,
    })
}

fn error_code(body: &Value) -> &str {
    body["error"]["code"].as_str().unwrap_or_else(|| panic!("no error code in {body}"))
}

fn detail_fields(body: &Value) -> Vec<String> {
    body["error"]["details"]
        .as_array()
        .unwrap_or_else(|| panic!("no details in {body}"))
        .iter()
        .map(|d| d["field"].as_str().unwrap().to_string())
        .collect()
}

store::both_backends! {
    async fn health_and_authentication(store) {
        let s = setup(&store).await;
        let (status, body) = s.api.get("/api/v1/health", None).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["status"], "ok");

        for key in [None, Some("nonsense"), Some("purr_1_abcd_0000"), Some(&s.key_a[..s.key_a.len() - 1])] {
            let (status, body) = s.api.get("/api/v1/claims", key).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "key {key:?}: {body}");
            assert_eq!(error_code(&body), "unauthorized");
            assert!(body["error"]["message"].is_string());
        }
        // A good secret presented under another creditor's id is not a key.
        let forged = s.key_a.replacen(&format!("purr_{}_", s.a), &format!("purr_{}_", s.b), 1);
        let (status, _) = s.api.get("/api/v1/claims", Some(&forged)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);

        let (status, body) = s.api.get("/api/v1/claims", Some(&s.key_a)).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["items"], json!([]));
    }

    async fn create_claim_is_idempotent_and_detects_conflicts(store) {
        let s = setup(&store).await;
        let body = claim_body("INV-1", 125_000, "SEK");
        let (status, created) = s.api.post("/api/v1/claims", &s.key_a, &body).await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        assert_eq!(created["invoice_number"], "INV-1");
        assert_eq!(created["creditor_id"], s.a);
        assert_eq!(created["principal_minor"], 125_000);
        assert_eq!(created["currency"], "SEK");
        assert_eq!(created["state"], "open");
        assert_eq!(created["balance"]["outstanding_minor"], 125_000);

        let (status, again) = s.api.post("/api/v1/claims", &s.key_a, &body).await;
        assert_eq!(status, StatusCode::OK, "{again}");
        assert_eq!(again["id"], created["id"]);

        let (status, conflict) = s.api.post("/api/v1/claims", &s.key_a, &claim_body("INV-1", 125_001, "SEK")).await;
        assert_eq!(status, StatusCode::CONFLICT, "{conflict}");
        assert_eq!(error_code(&conflict), "conflict");
        assert_eq!(conflict["error"]["details"]["existing_claim_id"], created["id"]);

        // Still exactly one claim, unchanged.
        let (_, list) = s.api.get("/api/v1/claims", Some(&s.key_a)).await;
        assert_eq!(list["items"].as_array().unwrap().len(), 1);
        assert_eq!(list["items"][0]["principal_minor"], 125_000);
    }

    async fn invalid_bodies_are_refused_with_every_field_named(store) {
        let s = setup(&store).await;
        let mut body = claim_body("INV-2", -5, "XYZ");
        body["issue_date"] = json!("2026-13-01");
        body["due_date"] = json!("tomorrow");
        let (status, err) = s.api.post("/api/v1/claims", &s.key_a, &body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{err}");
        assert_eq!(error_code(&err), "invalid");
        let fields = detail_fields(&err);
        for f in ["amount_minor", "issue_date", "due_date", "currency"] {
            assert!(fields.iter().any(|x| x == f), "{f} not named in {err}");
        }

        // One problem at a time, too.
        for (field, value) in [("amount_minor", json!(0)), ("currency", json!("USD")), ("issue_date", json!("2026-1-5"))] {
            let mut body = claim_body("INV-3", 100, "SEK");
            body[field] = value;
            let (status, err) = s.api.post("/api/v1/claims", &s.key_a, &body).await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{field}: {err}");
            assert_eq!(detail_fields(&err), vec![field.to_string()], "{err}");
        }

        let (status, err) = s.api.post_raw("/api/v1/claims", &s.key_a, b"{\"invoice_number\": ".to_vec()).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{err}");
        assert_eq!(error_code(&err), "bad_json");

        // Over 1 MiB.
        let mut big = claim_body("INV-4", 100, "SEK");
        big["debtor"]["name"] = json!("x".repeat(1024 * 1024 + 10));
        let (status, err) = s.api.post_raw("/api/v1/claims", &s.key_a, serde_json::to_vec(&big).unwrap()).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{err}");

        // Read-only keys may read but not write.
        let (status, err) = s.api.post("/api/v1/claims", &s.key_a_read, &claim_body("INV-5", 100, "SEK")).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{err}");
        assert_eq!(error_code(&err), "forbidden");
        let (status, _) = s.api.get("/api/v1/claims", Some(&s.key_a_read)).await;
        assert_eq!(status, StatusCode::OK);

        // Nothing was created by any of this.
        let (_, list) = s.api.get("/api/v1/claims", Some(&s.key_a)).await;
        assert_eq!(list["items"], json!([]), "{list}");
    }

    async fn a_key_sees_only_its_own_creditor(store) {
        let s = setup(&store).await;
        let (_, a1) = s.api.post("/api/v1/claims", &s.key_a, &claim_body("A-1", 10_000, "SEK")).await;
        let (_, a2) = s.api.post("/api/v1/claims", &s.key_a, &claim_body("A-2", 20_000, "SEK")).await;
        let (status, b1) = s.api.post("/api/v1/claims", &s.key_b, &claim_body("B-1", 30_000, "NOK")).await;
        assert_eq!(status, StatusCode::CREATED, "{b1}");
        let b_id = b1["id"].as_i64().unwrap();
        assert_eq!(b1["creditor_id"], s.b);

        let (_, list_a) = s.api.get("/api/v1/claims", Some(&s.key_a)).await;
        let invoices_a: Vec<&str> = list_a["items"].as_array().unwrap().iter().map(|c| c["invoice_number"].as_str().unwrap()).collect();
        assert_eq!(invoices_a, vec!["A-1", "A-2"]);
        let (_, list_b) = s.api.get("/api/v1/claims", Some(&s.key_b)).await;
        let items_b = list_b["items"].as_array().unwrap();
        assert_eq!(items_b.len(), 1, "{list_b}");
        assert_eq!(items_b[0]["invoice_number"], "B-1");
        assert!(items_b.iter().all(|c| c["creditor_id"] == s.b));

        // Ids are per creditor: B's claim has an id A also uses; B sees its own claim there.
        let a_ids = [a1["id"].as_i64().unwrap(), a2["id"].as_i64().unwrap()];
        assert!(a_ids.contains(&b_id), "expected B's first claim id {b_id} to equal one of A's {a_ids:?}");
        let (status, got) = s.api.get(&format!("/api/v1/claims/{b_id}"), Some(&s.key_b)).await;
        assert_eq!(status, StatusCode::OK, "{got}");
        assert_eq!(got["invoice_number"], "B-1");
        assert_eq!(got["creditor_id"], s.b);
        assert_eq!(got["currency"], "NOK");

        for id in a_ids.into_iter().filter(|id| *id != b_id) {
            for path in [format!("/api/v1/claims/{id}"), format!("/api/v1/claims/{id}/ledger")] {
                let (status, body) = s.api.get(&path, Some(&s.key_b)).await;
                assert_eq!(status, StatusCode::NOT_FOUND, "{path}: {body}");
                assert_eq!(error_code(&body), "not_found");
                let text = body.to_string();
                assert!(!text.contains("A-1") && !text.contains("A-2") && !text.contains("Anna"), "{text}");
            }
            // Nor may B credit it.
            let (status, _) = s
                .api
                .post(&format!("/api/v1/claims/{id}/credit-notes"), &s.key_b, &json!({"amount_minor": 1, "reason": "x"}))
                .await;
            assert_eq!(status, StatusCode::NOT_FOUND);
        }
        let (status, _) = s.api.get("/api/v1/claims/0", Some(&s.key_b)).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        let (status, _) = s.api.get("/api/v1/claims/abc", Some(&s.key_b)).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
    }

    async fn ledger_and_credit_notes(store) {
        let s = setup(&store).await;
        let (_, claim) = s.api.post("/api/v1/claims", &s.key_a, &claim_body("INV-9", 100_000, "SEK")).await;
        let id = claim["id"].as_i64().unwrap();

        let (status, ledger) = s.api.get(&format!("/api/v1/claims/{id}/ledger"), Some(&s.key_a_read)).await;
        assert_eq!(status, StatusCode::OK, "{ledger}");
        let entries = ledger["entries"].as_array().unwrap();
        assert_eq!(entries.len(), 1, "{ledger}");
        assert_eq!(entries[0]["kind"], "principal");
        assert_eq!(entries[0]["component"], "principal");
        assert_eq!(entries[0]["amount_minor"], 100_000);
        assert_eq!(ledger["balance"]["principal_minor"], 100_000);
        assert_eq!(ledger["balance"]["outstanding_minor"], 100_000);

        let path = format!("/api/v1/claims/{id}/credit-notes");
        let note = json!({"amount_minor": 40_000, "reason": "returned goods", "idempotency_key": "cn-1"});
        let (status, first) = s.api.post(&path, &s.key_a, &note).await;
        assert_eq!(status, StatusCode::CREATED, "{first}");
        assert_eq!(first["entries"][0]["kind"], "credit_note");
        assert_eq!(first["entries"][0]["amount_minor"], -40_000);
        assert_eq!(first["claim"]["balance"]["outstanding_minor"], 60_000);

        let (status, again) = s.api.post(&path, &s.key_a, &note).await;
        assert_eq!(status, StatusCode::OK, "{again}");
        assert_eq!(again["entries"][0]["id"], first["entries"][0]["id"]);
        let (_, ledger) = s.api.get(&format!("/api/v1/claims/{id}/ledger"), Some(&s.key_a)).await;
        assert_eq!(ledger["entries"].as_array().unwrap().len(), 2, "{ledger}");
        assert_eq!(ledger["balance"]["principal_minor"], 60_000);

        // Read-only keys cannot credit; bad bodies are named.
        let (status, _) = s.api.post(&path, &s.key_a_read, &json!({"amount_minor": 1, "reason": "x"})).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, err) = s.api.post(&path, &s.key_a, &json!({"amount_minor": -1, "reason": " "})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{err}");
        let fields = detail_fields(&err);
        assert!(fields.contains(&"amount_minor".to_string()) && fields.contains(&"reason".to_string()), "{err}");
        // More than is left breaks a ledger rule and books nothing.
        let (status, err) = s.api.post(&path, &s.key_a, &json!({"amount_minor": 60_001, "reason": "too much"})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{err}");
        assert_eq!(error_code(&err), "ledger_rule");

        // Crediting the rest closes the claim as credited.
        let (status, last) = s.api.post(&path, &s.key_a, &json!({"amount_minor": 60_000, "reason": "cancelled", "idempotency_key": "cn-2"})).await;
        assert_eq!(status, StatusCode::CREATED, "{last}");
        assert_eq!(last["claim"]["state"], "credited");
        let (_, claim) = s.api.get(&format!("/api/v1/claims/{id}"), Some(&s.key_a)).await;
        assert_eq!(claim["state"], "credited");
        assert_eq!(claim["balance"]["outstanding_minor"], 0);
        let (_, ledger) = s.api.get(&format!("/api/v1/claims/{id}/ledger"), Some(&s.key_a)).await;
        assert_eq!(ledger["entries"].as_array().unwrap().len(), 3, "{ledger}");
    }

    async fn every_documented_operation_is_served(store) {
        let s = setup(&store).await;
        let paths = s.api.doc["paths"].as_object().unwrap().clone();
        assert!(paths.len() >= 10, "{paths:?}");
        for (template, ops) in &paths {
            let path = template.replace("{id}", "999999");
            for method in ops.as_object().unwrap().keys() {
                let req = match method.as_str() {
                    "get" => s.api.http.get(s.api.url(&path)),
                    "post" => s.api.http.post(s.api.url(&path)).json(&json!({})),
                    "put" => s.api.http.put(s.api.url(&path)).json(&json!({})),
                    "delete" => s.api.http.delete(s.api.url(&path)),
                    other => panic!("{other} {template}: add the method here"),
                };
                let resp = req.bearer_auth(&s.key_a).send().await.unwrap();
                let status = resp.status();
                let body: Value = resp.json().await.unwrap();
                assert_ne!(status, StatusCode::METHOD_NOT_ALLOWED, "{method} {template} is documented but not served");
                let unknown = body["error"]["message"].as_str().is_some_and(|m| m.starts_with("there is no such endpoint"));
                assert!(!unknown, "{method} {template} is documented but not served");
            }
        }
        // Swagger UI is served from the binary (vendored), pointing at the document.
        let page = s.api.http.get(s.api.url("/api/docs/")).send().await.unwrap();
        assert_eq!(page.status(), StatusCode::OK);
        assert!(page.text().await.unwrap().contains("swagger"), "no Swagger UI page");
        let init = s.api.http.get(s.api.url("/api/docs/swagger-initializer.js")).send().await.unwrap();
        assert!(init.text().await.unwrap().contains("/api/openapi.json"));
        assert_eq!(s.api.doc["openapi"].as_str().map(|v| &v[..3]), Some("3.1"));
    }
}

/// API routes are registered only through utoipa-axum's `routes!`, which documents them; a
/// plain `.route("/api/…")` would serve an endpoint the OpenAPI document does not show.
#[test]
fn api_routes_are_only_registered_through_the_documenting_router() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offenders = Vec::new();
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                if text.contains(".route(\"/api/") {
                    offenders.push(path.display().to_string());
                }
            }
        }
    }
    assert!(offenders.is_empty(), "register API routes with routes!(…) so they are documented: {offenders:?}");
}
