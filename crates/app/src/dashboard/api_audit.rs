//! The audit trail for API keys: every API request that changes something (any method but GET,
//! HEAD and OPTIONS) and succeeded is recorded with the key's id, the method and path (a claim's path files the row under that claim), and what
//! the API answered (its JSON body, cut at 16 KiB) as the state after. The row is written after
//! the change committed, by a layer around the API routes, so the handlers stay as they are; a
//! crash between the two would lose the row but never the change.

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;
use domain::CreditorId;
use store::{Actor, ActorKind, NewAudit, Store};

const MAX_AFTER_BYTES: usize = 16 * 1024;

/// The (creditor, key id) an `Authorization: Bearer purr_<creditor>_<key>_<secret>` header names.
fn key_of(request: &Request) -> Option<(CreditorId, String)> {
    let header = request.headers().get("authorization")?.to_str().ok()?;
    let mut parts = header.strip_prefix("Bearer ")?.trim().splitn(4, '_');
    let (Some("purr"), Some(creditor), Some(key)) = (parts.next(), parts.next(), parts.next()) else { return None };
    Some((CreditorId(creditor.parse().ok()?), key.chars().take(32).collect()))
}

pub async fn record(State(store): State<Store>, request: Request, next: Next) -> Response {
    let changes = !matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    let who = if changes { key_of(&request) } else { None };
    let path = request.uri().path().to_string();
    let action = format!("api.{}", request.method().as_str().to_lowercase());
    let response = next.run(request).await;
    // Only a successful answer means the key was valid and something was booked.
    let Some((creditor, key)) = who.filter(|_| response.status().is_success()) else { return response };
    let (parts, body) = response.into_parts();
    let bytes = match to_bytes(body, 4 * 1024 * 1024).await {
        Ok(b) => b,
        Err(_) => return Response::from_parts(parts, Body::empty()),
    };
    let after = if bytes.len() <= MAX_AFTER_BYTES {
        let mut after: Option<serde_json::Value> = serde_json::from_slice(&bytes).ok();
        // WEBHOOKS: a new subscription's answer carries its signing secret; the trail must not.
        if let Some(secret) = after.as_mut().and_then(|a| a.get_mut("secret")) {
            *secret = serde_json::json!("[redacted]");
        }
        after
    } else {
        Some(serde_json::json!({"truncated": true, "bytes": bytes.len()}))
    };
    // A change to one claim is filed under that claim, so its case page shows it.
    let subject = match path.strip_prefix("/api/v1/claims/").and_then(|rest| rest.split('/').next()) {
        Some(id) if id.parse::<i64>().is_ok() => ("claim".to_string(), id.to_string()),
        _ => ("api".to_string(), path.clone()),
    };
    let audit = NewAudit {
        actor: Actor { kind: ActorKind::ApiKey, name: key },
        action,
        subject_kind: subject.0,
        subject_id: subject.1,
        before: None,
        after,
        reason: None,
    };
    if let Err(e) = store.record_audit(creditor, &audit).await {
        eprintln!("audit row for an API change not written: {e}");
    }
    Response::from_parts(parts, Body::from(bytes))
}
