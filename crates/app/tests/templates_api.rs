//! Creditor templates over the API on both backends, every answer checked against the document.

use crate::api::conforms;
use reqwest::StatusCode;
use serde_json::{Value, json};
use store::{Role, Store};

struct Client {
    base: String,
    http: reqwest::Client,
    doc: Value,
}

impl Client {
    async fn start(store: Store) -> Client {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let router = app::http::router(store);
        tokio::spawn(async move {
            axum::serve(listener, router).await.unwrap();
        });
        let base = format!("http://{addr}");
        let http = reqwest::Client::new();
        let doc = http.get(format!("{base}/api/openapi.json")).send().await.unwrap().json().await.unwrap();
        Client { base, http, doc }
    }

    async fn get(&self, path: &str, key: &str) -> (StatusCode, Value) {
        let resp = self.http.get(format!("{}{path}", self.base)).bearer_auth(key).send().await.unwrap();
        let status = resp.status();
        let body: Value = resp.json().await.unwrap();
        conforms(&self.doc, "get", path, status, &body);
        (status, body)
    }

    async fn put(&self, path: &str, key: &str, body: &Value) -> (StatusCode, Value) {
        let resp = self.http.put(format!("{}{path}", self.base)).bearer_auth(key).json(body).send().await.unwrap();
        let status = resp.status();
        let body: Value = resp.json().await.unwrap();
        conforms(&self.doc, "put", path, status, &body);
        (status, body)
    }
}

const PATH: &str = "/api/v1/templates/collection_demand/letter/sv";

store::both_backends! {
    async fn templates_are_checked_before_they_are_saved(store) {
        let [se, _] = app::demo::demo_creditors();
        let creditor = store.create_creditor(&se).await.unwrap();
        let key = app::keys::create(&store, creditor.id, "t", Role::Admin).await.unwrap();
        let read_only = app::keys::create(&store, creditor.id, "t", Role::ReadOnly).await.unwrap();
        let api = Client::start(store.clone()).await;

        // Nothing stored: Purr's default, which passes the lint.
        let (status, body) = api.get(PATH, &key).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["custom"], false);
        assert_eq!(body["missing"], json!([]), "{body}");
        let default = body["source"].as_str().unwrap().to_string();

        // A syntax error and an unknown variable: where, and nothing saved.
        let (status, body) = api.put(PATH, &key, &json!({"source": "# Krav\n\nBetala {{ total \n"})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(body["error"]["code"], "template_error");
        assert!(body["error"]["details"][0]["line"].as_u64().unwrap() >= 3, "{body}");
        let (status, body) = api.put(PATH, &key, &json!({"source": "# Krav\n\nHej {{ nonsense }}\n"})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(body["error"]["details"][0]["line"], 3);
        assert_eq!(body["error"]["details"][0]["column"], 8);
        assert!(body["error"]["message"].as_str().unwrap().contains("unknown variable"), "{body}");

        // Lacking what the law requires: activation refused, each item named.
        let thin = json!({"source": "# Krav\n\nBetala {{ total }} senast {{ deadline }}.\n"});
        let (status, body) = api.put(PATH, &key, &thin).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(body["error"]["code"], "template_incomplete");
        assert!(!body["error"]["details"].as_array().unwrap().is_empty());
        assert!(body["error"]["message"].as_str().unwrap().contains("SE:"), "{body}");
        let (status, body) = api.get(PATH, &key).await;
        assert_eq!((status, body["custom"].clone()), (StatusCode::OK, json!(false)), "nothing was saved");

        // As a draft it is kept, inactive, with the missing items listed.
        let mut draft = thin.clone();
        draft["active"] = json!(false);
        let (status, body) = api.put(PATH, &key, &draft).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!((body["custom"].clone(), body["active"].clone()), (json!(true), json!(false)));
        assert!(!body["missing"].as_array().unwrap().is_empty());

        // A complete template is activated; the read-only key may not change it.
        let own = format!("{default}\nVänliga hälsningar från oss.\n");
        let (status, body) = api.put(PATH, &read_only, &json!({"source": own})).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
        let (status, body) = api.put(PATH, &key, &json!({"source": own})).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!(body["active"], true);
        assert_eq!(body["missing"], json!([]));
        assert_eq!(
            store.active_template(creditor.id, "collection_demand", "letter", "sv").await.unwrap().as_deref(),
            Some(own.as_str())
        );

        let (status, body) = api.get("/api/v1/templates/nagging/letter/sv", &key).await;
        assert_eq!((status, body["error"]["code"].as_str()), (StatusCode::NOT_FOUND, Some("not_found")));
    }

    async fn notice_templates_are_edited_and_checked_like_the_steps(store) {
        let [se, _] = app::demo::demo_creditors();
        let creditor = store.create_creditor(&se).await.unwrap();
        let key = app::keys::create(&store, creditor.id, "t", Role::Admin).await.unwrap();
        let api = Client::start(store.clone()).await;
        let path = "/api/v1/templates/plan_confirmation/email/sv";

        // Purr's default for the notice passes its own lint and shows the schedule.
        let (status, body) = api.get(path, &key).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        assert_eq!((body["step"].clone(), body["custom"].clone()), (json!("plan_confirmation"), json!(false)));
        assert_eq!(body["missing"], json!([]), "{body}");
        assert!(body["source"].as_str().unwrap().contains("notice.schedule"), "{body}");
        assert_eq!(body["readability"]["rating"], "easy", "{body}");

        // A confirmation without the schedule cannot be activated; the error names it.
        let thin = json!({"source": "# Plan\n\n{{ creditor.name }} {{ claim.invoice_number }} {{ portal.url }}\n"});
        let (status, body) = api.put(path, &key, &thin).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
        assert_eq!(body["error"]["code"], "template_incomplete");
        assert!(body["error"]["message"].as_str().unwrap().contains("every instalment"), "{body}");

        // The default with a line of the creditor's own is activated and used for the notice.
        let own = format!("{}\nVälkommen åter!\n", body_source(&api, path, &key).await);
        let (status, body) = api.put(path, &key, &json!({"source": own})).await;
        assert_eq!((status, body["active"].clone()), (StatusCode::OK, json!(true)), "{body}");
        assert_eq!(
            store.active_template(creditor.id, "plan_confirmation", "email", "sv").await.unwrap().as_deref(),
            Some(own.as_str())
        );
    }
}

async fn body_source(api: &Client, path: &str, key: &str) -> String {
    api.get(path, key).await.1["source"].as_str().unwrap().to_string()
}
