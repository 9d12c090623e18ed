//! API keys managed in the dashboard, by a creditor's admins only: the list of keys (label, id,
//! role, created, revoked), creating a key (its full text is shown once, on the page that
//! answers the form, and never stored) and revoking one. The store writes the audit row of each
//! change in the change's transaction; a revoked key is refused by the API like an unknown one.

use super::auth::Staff;
use super::{
    Chrome, DashState, DoneQuery, PageError, PageResult, check_csrf, chrome, must_be_admin, render, urlencode,
};
use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;
use store::{RevokeOutcome, Role};

struct KeyRow {
    key_id: String,
    label: String,
    role: &'static str,
    created: String,
    revoked: Option<String>,
    /// "2026-11-24 09:15 UTC", or "never".
    last_used: String,
}

/// A stored time to the minute, in UTC.
fn minute(stamp: &str) -> String {
    stamp
        .parse::<jiff::Timestamp>()
        .map_or_else(|_| stamp.to_string(), |t| t.strftime("%Y-%m-%d %H:%M UTC").to_string())
}

#[derive(Template)]
#[template(path = "dashboard/keys.html")]
struct KeysPage {
    signed_in: Option<Chrome>,
    done: Option<String>,
    created: Option<String>,
    keys: Vec<KeyRow>,
    csrf: String,
}

async fn page(state: &DashState, staff: &Staff, done: Option<String>, created: Option<String>) -> PageResult {
    let keys = state.store.api_keys(staff.creditor).await?;
    Ok(render(&KeysPage {
        signed_in: chrome(staff),
        done,
        created,
        keys: keys
            .into_iter()
            .map(|k| KeyRow {
                key_id: k.key_id,
                label: k.label,
                role: k.role.code(),
                created: k.created_at,
                revoked: k.revoked_at,
                last_used: k.last_used_at.map(|t| minute(&t)).unwrap_or_else(|| "never".into()),
            })
            .collect(),
        csrf: staff.csrf.clone(),
    }))
}

pub(super) async fn list(State(state): State<DashState>, staff: Staff, Query(d): Query<DoneQuery>) -> PageResult {
    must_be_admin(&staff)?;
    page(&state, &staff, d.done.map(|d| d.chars().take(200).collect()), None).await
}

#[derive(Debug, Deserialize)]
pub struct CreateBody {
    csrf: String,
    label: String,
    role: String,
}

pub(super) async fn create(State(state): State<DashState>, staff: Staff, Form(b): Form<CreateBody>) -> PageResult {
    check_csrf(&staff, &b.csrf)?;
    must_be_admin(&staff)?;
    let label = b.label.trim();
    if label.is_empty() || label.chars().count() > 100 {
        return Err(PageError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "Give the key a name (at most 100 characters), e.g. the system that will use it.",
        ));
    }
    let role = Role::from_code(&b.role)
        .ok_or_else(|| PageError::new(StatusCode::UNPROCESSABLE_ENTITY, "Choose a role: admin, agent or read-only."))?;
    let key = crate::keys::create_by(&state.store, staff.creditor, label, role, &staff.actor()).await.map_err(|e| {
        eprintln!("{e}");
        PageError::new(StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong on our side; please try again.")
    })?;
    // The full key goes out in this answer only (never cached: see `render`), so no redirect.
    page(&state, &staff, None, Some(key)).await
}

#[derive(Debug, Deserialize)]
pub struct RevokeBody {
    csrf: String,
}

pub(super) async fn revoke(
    State(state): State<DashState>,
    staff: Staff,
    Path(key_id): Path<String>,
    Form(b): Form<RevokeBody>,
) -> PageResult {
    check_csrf(&staff, &b.csrf)?;
    must_be_admin(&staff)?;
    let key_id: String = key_id.chars().take(32).collect();
    let done = match state.store.revoke_api_key(staff.creditor, &key_id, &staff.actor()).await? {
        RevokeOutcome::Revoked => format!("Key {key_id} is revoked: the API refuses it from now on."),
        RevokeOutcome::AlreadyRevoked => format!("Key {key_id} had already been revoked; nothing changed."),
    };
    Ok(Redirect::to(&format!("/dashboard/keys?done={}", urlencode(&done))).into_response())
}
