//! A client for API tests: a real server on a free port for one store, three keys (admin and
//! read-only of creditor A, admin of creditor B), and every answer checked against the server's
//! OpenAPI document.

use domain::CreditorId;
use reqwest::{Method, StatusCode};
use serde_json::Value;
use store::{Role, Store};

/// A client whose every answer is checked against the server's OpenAPI document.
pub(crate) struct Api {
    pub(crate) base: String,
    pub(crate) http: reqwest::Client,
    pub(crate) doc: Value,
}

impl Api {
    pub(crate) async fn call(
        &self,
        method: Method,
        path: &str,
        key: &str,
        body: Option<&Value>,
    ) -> (StatusCode, Value) {
        let mut req = self.http.request(method.clone(), format!("{}{path}", self.base)).bearer_auth(key);
        if let Some(b) = body {
            req = req.json(b);
        }
        let resp = req.send().await.unwrap();
        let status = resp.status();
        let text = resp.text().await.unwrap();
        let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("status {status}: not JSON ({e}): {text:?}"));
        crate::api::conforms(&self.doc, &method.as_str().to_ascii_lowercase(), path, status, &value);
        (status, value)
    }

    pub(crate) async fn post(&self, path: &str, key: &str, body: Value) -> (StatusCode, Value) {
        self.call(Method::POST, path, key, Some(&body)).await
    }

    pub(crate) async fn get(&self, path: &str, key: &str) -> (StatusCode, Value) {
        self.call(Method::GET, path, key, None).await
    }
}

pub(crate) struct Setup {
    pub(crate) api: Api,
    /// Creditor A (Swedish), whose keys are `key` and `key_read`.
    pub(crate) a: CreditorId,
    pub(crate) key: String,
    pub(crate) key_read: String,
    /// An admin key of creditor B (Norwegian), to try to cross the line with.
    pub(crate) key_other: String,
}

pub(crate) async fn setup(store: &Store) -> Setup {
    let [se, no] = app::demo::demo_creditors();
    let a = store.create_creditor(&se).await.unwrap();
    let b = store.create_creditor(&no).await.unwrap();
    let key = app::keys::create(store, a.id, "t", Role::Admin).await.unwrap();
    let key_read = app::keys::create(store, a.id, "t", Role::ReadOnly).await.unwrap();
    let key_other = app::keys::create(store, b.id, "t", Role::Admin).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = app::http::router(store.clone());
    tokio::spawn(async move {
        axum::serve(listener, router).await.unwrap();
    });
    let (base, http) = (format!("http://{addr}"), reqwest::Client::new());
    let doc = http.get(format!("{base}/api/openapi.json")).send().await.unwrap().json().await.unwrap();
    Setup { api: Api { base, http, doc }, a: a.id, key, key_read, key_other }
}
