//! The case-flow API: promise to pay, payment plan (with a preview), postponement, dispute and
//! its resolution, creditor pause and resume, write-off, hand-over, and the claim's timeline.
//! Also the creditor's bounds for these (`/api/v1/case-policy`).
//!
//! Each POST is one store transaction (`Store::case_action`) around the pure transition in
//! `domain::dunning::flows`. A refusal is a 422 whose error code names the reason
//! (`date_in_past`, `below_minimum_instalment`, `wrong_state`…). An `idempotency_key` in the body
//! or an `Idempotency-Key` header makes a retry safe: the same request answers 200 with the
//! event already booked, another request under the same key answers 409.

use crate::http::{ApiError, ApiJson, AppState, Caller};
use crate::json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use domain::dunning::flows::{self, FlowRequest, Refusal};
use domain::dunning::{CasePolicy, Hold};
use domain::law::LawTables;
use domain::{ClaimId, Entry};
use jiff::civil::Date;
use serde::Deserialize;
use serde_json::{Value, json};
use store::{ActionResult, CaseAction, CaseEvent};

type ApiResult = Result<Response, ApiError>;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/claims/{id}/promise", post(promise))
        .route("/api/v1/claims/{id}/plan", post(plan))
        .route("/api/v1/claims/{id}/postpone", post(postpone))
        .route("/api/v1/claims/{id}/dispute", post(dispute))
        .route("/api/v1/claims/{id}/dispute/resolve", post(resolve))
        .route("/api/v1/claims/{id}/pause", post(pause))
        .route("/api/v1/claims/{id}/resume", post(resume))
        .route("/api/v1/claims/{id}/write-off", post(write_off))
        .route("/api/v1/claims/{id}/hand-over", post(hand_over))
        .route("/api/v1/claims/{id}/events", get(events))
        .route("/api/v1/case-policy", get(get_policy).put(put_policy))
}

fn invalid(field: &str, problem: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", format!("{field}: {}", problem.into()))
}

fn claim_id(text: &str) -> Result<ClaimId, ApiError> {
    text.parse::<i64>()
        .ok()
        .filter(|v| *v > 0)
        .map(ClaimId)
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, "not_found", "no claim with that id for your creditor"))
}

fn date(field: &str, text: &str) -> Result<Date, ApiError> {
    match text.parse::<Date>() {
        Ok(d) if text.len() == 10 => Ok(d),
        _ => Err(invalid(field, format!("{:?} is not a date (YYYY-MM-DD)", text.chars().take(20).collect::<String>()))),
    }
}

fn must_write(caller: &Caller) -> Result<(), ApiError> {
    if caller.role.may_write() {
        Ok(())
    } else {
        Err(ApiError::new(StatusCode::FORBIDDEN, "forbidden", "this API key is read-only"))
    }
}

/// `key:<key id>`, read from the key the caller presented (already verified).
fn actor(headers: &HeaderMap) -> String {
    let key_id = headers
        .get("authorization")
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.strip_prefix("Bearer "))
        .and_then(|k| k.split('_').nth(2))
        .unwrap_or("unknown");
    format!("key:{key_id}")
}

fn idempotency_key(body: Option<String>, headers: &HeaderMap) -> Result<Option<String>, ApiError> {
    let key = body.or_else(|| headers.get("idempotency-key").and_then(|h| h.to_str().ok()).map(str::to_string));
    match key {
        Some(k) if k.is_empty() || k.len() > 180 => Err(invalid("idempotency_key", "must be 1 to 180 characters")),
        Some(k) => Ok(Some(format!("api:case:{k}"))),
        None => Ok(None),
    }
}

fn refused(r: &Refusal) -> ApiError {
    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, r.code(), r.to_string())
}

pub fn event_json(e: &CaseEvent) -> Value {
    json!({"id": e.id, "claim_id": e.claim_id.0, "at": e.at, "actor": e.actor, "kind": e.kind, "details": e.details})
}

fn plan_json(hold: Option<&Hold>) -> Value {
    match hold {
        Some(Hold::Plan(plan)) => json!({
            "agreed_on": plan.agreed_on.to_string(),
            "total_minor": plan.total.minor(),
            "fee_minor": plan.fee.minor(),
            "currency": plan.total.currency().code(),
            "instalments": plan.instalments.iter().map(|i| json!({"due": i.due.to_string(), "amount_minor": i.amount.minor()})).collect::<Vec<_>>(),
        }),
        _ => Value::Null,
    }
}

/// Runs one action and shapes the answer.
async fn run(
    state: &AppState,
    caller: &Caller,
    id: ClaimId,
    headers: &HeaderMap,
    key: Option<String>,
    request: FlowRequest,
) -> ApiResult {
    must_write(caller)?;
    let key = idempotency_key(key, headers)?;
    let actor = actor(headers);
    let action = CaseAction { actor: &actor, key: key.as_deref(), request: &request, attachments: &[] };
    let today = crate::today();
    let result = state
        .store
        .case_action(caller.creditor, id, &action, |facts, policy| {
            flows::apply(facts, &request, policy, LawTables::builtin_ref(), today)
        })
        .await?;
    let claim = state.store.claim(caller.creditor, id).await?.map(|v| json::claim(&v));
    let body = |event: &CaseEvent, entries: &[Entry]| {
        json!({
            "event": event_json(event),
            "entries": entries.iter().map(json::entry).collect::<Vec<_>>(),
            "claim": claim,
        })
    };
    match result {
        ActionResult::Booked { event, entries } => {
            Ok((StatusCode::CREATED, Json(body(&event, &entries))).into_response())
        }
        ActionResult::Exists(event) => Ok((StatusCode::OK, Json(body(&event, &[]))).into_response()),
        ActionResult::Conflict(_) => Err(ApiError::new(
            StatusCode::CONFLICT,
            "conflict",
            "this idempotency key was already used for a different request",
        )),
        ActionResult::Refused(r) => Err(refused(&r)),
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct UntilBody {
    until: String,
    idempotency_key: Option<String>,
}

async fn promise(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<UntilBody>,
) -> ApiResult {
    let until = date("until", &b.until)?;
    run(&state, &caller, claim_id(&id)?, &headers, b.idempotency_key, FlowRequest::Promise { until }).await
}

async fn postpone(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<UntilBody>,
) -> ApiResult {
    let until = date("until", &b.until)?;
    run(&state, &caller, claim_id(&id)?, &headers, b.idempotency_key, FlowRequest::Postpone { until }).await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanBody {
    months: u32,
    first_due: String,
    /// Answer with the schedule, book nothing.
    #[serde(default)]
    preview: bool,
    idempotency_key: Option<String>,
}

async fn plan(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<PlanBody>,
) -> ApiResult {
    let id = claim_id(&id)?;
    let first_due = date("first_due", &b.first_due)?;
    let request = FlowRequest::Plan { months: b.months, first_due };
    if b.preview {
        // The same pure transition as a booking, on the facts as they are now; nothing is written.
        let facts = state.store.case_facts(caller.creditor, id).await?.ok_or_else(|| {
            ApiError::new(StatusCode::NOT_FOUND, "not_found", "no claim with that id for your creditor")
        })?;
        let policy = state.store.case_policy(caller.creditor).await?;
        let zero = domain::Money::zero(facts.principal.currency());
        let ff = flows::FlowFacts { case: &facts, fees: zero, interest: zero };
        let outcome =
            flows::apply(&ff, &request, &policy, LawTables::builtin_ref(), crate::today()).map_err(|r| refused(&r))?;
        return Ok((StatusCode::OK, Json(json!({"preview": true, "plan": plan_json(outcome.flow.hold.as_ref())})))
            .into_response());
    }
    let response = run(&state, &caller, id, &headers, b.idempotency_key, request).await?;
    Ok(response)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReasonBody {
    reason: String,
    idempotency_key: Option<String>,
}

async fn dispute(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<ReasonBody>,
) -> ApiResult {
    if b.reason.chars().count() > 2000 {
        return Err(invalid("reason", "is longer than 2000 characters"));
    }
    run(&state, &caller, claim_id(&id)?, &headers, b.idempotency_key, FlowRequest::Dispute { reason: b.reason }).await
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ResolveBody {
    /// `uphold` (the debtor is right: credit) or `reject` (collection resumes).
    resolution: String,
    credit_minor: Option<i64>,
    note: String,
    idempotency_key: Option<String>,
}

async fn resolve(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<ResolveBody>,
) -> ApiResult {
    let uphold = match b.resolution.as_str() {
        "uphold" => true,
        "reject" => false,
        other => return Err(invalid("resolution", format!("{other:?} is neither \"uphold\" nor \"reject\""))),
    };
    if !uphold && b.credit_minor.is_some() {
        return Err(invalid("credit_minor", "only an upheld dispute credits the claim"));
    }
    let request = FlowRequest::ResolveDispute { uphold, credit_minor: b.credit_minor, note: b.note };
    run(&state, &caller, claim_id(&id)?, &headers, b.idempotency_key, request).await
}

async fn pause(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<ReasonBody>,
) -> ApiResult {
    run(&state, &caller, claim_id(&id)?, &headers, b.idempotency_key, FlowRequest::Pause { reason: b.reason }).await
}

async fn write_off(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<ReasonBody>,
) -> ApiResult {
    run(&state, &caller, claim_id(&id)?, &headers, b.idempotency_key, FlowRequest::WriteOff { reason: b.reason }).await
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyBody {
    idempotency_key: Option<String>,
}

async fn resume(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<KeyBody>,
) -> ApiResult {
    run(&state, &caller, claim_id(&id)?, &headers, b.idempotency_key, FlowRequest::Resume).await
}

async fn hand_over(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<KeyBody>,
) -> ApiResult {
    run(&state, &caller, claim_id(&id)?, &headers, b.idempotency_key, FlowRequest::HandOver).await
}

#[derive(Debug, Deserialize)]
struct EventPage {
    after: Option<i64>,
    limit: Option<i64>,
}

async fn events(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Query(page): Query<EventPage>,
) -> ApiResult {
    let id = claim_id(&id)?;
    if state.store.claim(caller.creditor, id).await?.is_none() {
        return Err(ApiError::new(StatusCode::NOT_FOUND, "not_found", "no claim with that id for your creditor"));
    }
    let limit = page.limit.unwrap_or(100).clamp(1, 1000);
    let items = state.store.case_events(caller.creditor, id, page.after, limit).await?;
    let next = if items.len() as i64 == limit { items.last().map(|e| e.id) } else { None };
    Ok(Json(json!({"items": items.iter().map(event_json).collect::<Vec<_>>(), "next_after": next})).into_response())
}

async fn get_policy(State(state): State<AppState>, caller: Caller) -> ApiResult {
    let policy = state.store.case_policy(caller.creditor).await?;
    Ok(Json(json!(policy)).into_response())
}

async fn put_policy(State(state): State<AppState>, caller: Caller, ApiJson(policy): ApiJson<CasePolicy>) -> ApiResult {
    must_write(&caller)?;
    policy.validate().map_err(|m| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", m))?;
    state.store.set_case_policy(caller.creditor, &policy).await?;
    Ok(Json(json!(policy)).into_response())
}
