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
use crate::json::{self, ErrorJson};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::dunning::flows::{self, FlowRequest, Refusal};
use domain::dunning::{CasePolicy, Hold};
use domain::law::LawTables;
use domain::{ClaimId, Entry};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use store::{ActionResult, CaseAction, CaseEvent};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

type ApiResult = Result<Response, ApiError>;

/// The case routes, documented from their annotations.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(promise))
        .routes(routes!(plan))
        .routes(routes!(postpone))
        .routes(routes!(dispute))
        .routes(routes!(resolve))
        .routes(routes!(pause))
        .routes(routes!(resume))
        .routes(routes!(write_off))
        .routes(routes!(hand_over))
        .routes(routes!(note))
        .routes(routes!(complaint))
        .routes(routes!(events))
        .routes(routes!(get_policy, put_policy))
}

/// One entry of a claim's timeline: an action, who took it, and its details.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseEventJson {
    pub id: i64,
    pub claim_id: i64,
    /// When it was recorded (RFC 3339).
    pub at: String,
    /// Who acted: `debtor:portal`, `key:<id>`, `user:<id>` or `system:run`.
    pub actor: String,
    /// promise, plan, postpone, dispute, dispute_resolved, pause, resume, write_off, hand_over, …
    pub kind: String,
    /// What the action carried (dates, reasons, the plan's schedule), by kind.
    pub details: Value,
}

/// An action's answer: the event booked (or found under the same idempotency key), the ledger
/// entries it booked, and the claim after.
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseActionJson {
    pub event: CaseEventJson,
    pub entries: Vec<json::EntryJson>,
    pub claim: Option<json::ClaimJson>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct InstalmentJson {
    /// YYYY-MM-DD
    pub due: String,
    pub amount_minor: i64,
}

/// A payment plan's whole schedule.
#[derive(Debug, Serialize, ToSchema)]
pub struct PlanJson {
    pub agreed_on: String,
    /// Everything the instalments add up to, the plan fee included.
    pub total_minor: i64,
    /// The plan fee the law allows (0 where none may be charged).
    pub fee_minor: i64,
    pub currency: String,
    pub instalments: Vec<InstalmentJson>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PlanPreviewJson {
    /// Always true: nothing was booked.
    pub preview: bool,
    pub plan: Option<PlanJson>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CaseEventListJson {
    pub items: Vec<CaseEventJson>,
    pub next_after: Option<i64>,
}

/// The errors every case action can answer with (documented once, listed on each route).
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)] // Only the OpenAPI document reads these variants.
enum CaseActionErrors {
    #[response(status = 400, description = "The body is not valid JSON for this endpoint")]
    BadJson(ErrorJson),
    #[response(status = 413, description = "The body is larger than 1 MiB")]
    TooLarge(ErrorJson),
    #[response(status = 415, description = "The body is not sent as application/json")]
    NotJson(ErrorJson),
    #[response(status = 401, description = "No or unknown API key")]
    NoKey(ErrorJson),
    #[response(status = 403, description = "The key is read-only")]
    ReadOnly(ErrorJson),
    #[response(status = 404, description = "No such claim for your creditor")]
    NoClaim(ErrorJson),
    #[response(status = 409, description = "The idempotency key was used for another request")]
    KeyReused(ErrorJson),
    #[response(
        status = 422,
        description = "Refused: the error code names the reason (wrong_state, date_in_past, above_maximum, below_minimum_instalment, …)"
    )]
    Refused(ErrorJson),
}

fn invalid(field: &str, problem: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", format!("{field}: {}", problem.into()))
}

fn claim_id(text: &str) -> Result<ClaimId, ApiError> {
    crate::http::parse_id(text, "claim").map(ClaimId)
}

fn date(field: &str, text: &str) -> Result<Date, ApiError> {
    crate::http::parse_date(text).map_err(|problem| invalid(field, problem))
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

pub fn event_json(e: &CaseEvent) -> CaseEventJson {
    CaseEventJson {
        id: e.id,
        claim_id: e.claim_id.0,
        at: e.at.clone(),
        actor: e.actor.clone(),
        kind: e.kind.clone(),
        details: e.details.clone(),
    }
}

fn plan_json(hold: Option<&Hold>) -> Option<PlanJson> {
    match hold {
        Some(Hold::Plan(plan)) => Some(PlanJson {
            agreed_on: plan.agreed_on.to_string(),
            total_minor: plan.total.minor(),
            fee_minor: plan.fee.minor(),
            currency: plan.total.currency().code().to_string(),
            instalments: plan
                .instalments
                .iter()
                .map(|i| InstalmentJson { due: i.due.to_string(), amount_minor: i.amount.minor() })
                .collect(),
        }),
        _ => None,
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
    caller.must_write()?;
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
    let view = state.store.claim(caller.creditor, id).await?;
    let body = |event: &CaseEvent, entries: &[Entry]| CaseActionJson {
        event: event_json(event),
        entries: entries.iter().map(json::entry).collect(),
        claim: view.as_ref().map(json::claim),
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

/// A date the debtor will pay by, or collection waits until.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct UntilBody {
    until: String,
    idempotency_key: Option<String>,
}

#[utoipa::path(
    post,
    path = "/api/v1/claims/{id}/promise",
    tag = "cases",
    summary = "The debtor promises to pay by a date; the ladder waits until then",
    params(("id" = i64, Path, description = "The claim id")),
    request_body = UntilBody,
    responses(
        (status = 201, description = "Booked", body = CaseActionJson),
        (status = 200, description = "Already booked under this idempotency key", body = CaseActionJson),
        CaseActionErrors,
    ),
    security(("api_key" = [])),
)]
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

#[utoipa::path(
    post,
    path = "/api/v1/claims/{id}/postpone",
    tag = "cases",
    summary = "Postpone collection up to the creditor's maximum",
    params(("id" = i64, Path, description = "The claim id")),
    request_body = UntilBody,
    responses(
        (status = 201, description = "Booked", body = CaseActionJson),
        (status = 200, description = "Already booked under this idempotency key", body = CaseActionJson),
        CaseActionErrors,
    ),
    security(("api_key" = [])),
)]
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

/// A payment plan request: how many monthly instalments, from when.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanBody {
    months: u32,
    first_due: String,
    /// Answer with the schedule, book nothing.
    #[serde(default)]
    preview: bool,
    idempotency_key: Option<String>,
}

#[utoipa::path(
    post,
    path = "/api/v1/claims/{id}/plan",
    tag = "cases",
    summary = "Agree a payment plan; with `preview` only answer the schedule",
    params(("id" = i64, Path, description = "The claim id")),
    request_body = PlanBody,
    responses(
        (status = 200, description = "The schedule (preview), or already booked under this idempotency key", body = PlanPreviewJson),
        (status = 201, description = "Booked", body = CaseActionJson),
        CaseActionErrors,
    ),
    security(("api_key" = [])),
)]
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
        return Ok((
            StatusCode::OK,
            Json(PlanPreviewJson { preview: true, plan: plan_json(outcome.flow.hold.as_ref()) }),
        )
            .into_response());
    }
    let response = run(&state, &caller, id, &headers, b.idempotency_key, request).await?;
    Ok(response)
}

/// Why, in words (kept on the timeline).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReasonBody {
    reason: String,
    idempotency_key: Option<String>,
}

#[utoipa::path(
    post,
    path = "/api/v1/claims/{id}/dispute",
    tag = "cases",
    summary = "The debtor disputes the claim: all collection stops at once",
    params(("id" = i64, Path, description = "The claim id")),
    request_body = ReasonBody,
    responses(
        (status = 201, description = "Booked", body = CaseActionJson),
        (status = 200, description = "Already booked under this idempotency key", body = CaseActionJson),
        CaseActionErrors,
    ),
    security(("api_key" = [])),
)]
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

/// How a dispute ends.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResolveBody {
    /// `uphold` (the debtor is right: credit) or `reject` (collection resumes).
    resolution: String,
    credit_minor: Option<i64>,
    note: String,
    idempotency_key: Option<String>,
}

#[utoipa::path(
    post,
    path = "/api/v1/claims/{id}/dispute/resolve",
    tag = "cases",
    summary = "Resolve a dispute: uphold (credit) or reject (resume with a notice)",
    params(("id" = i64, Path, description = "The claim id")),
    request_body = ResolveBody,
    responses(
        (status = 201, description = "Booked", body = CaseActionJson),
        (status = 200, description = "Already booked under this idempotency key", body = CaseActionJson),
        CaseActionErrors,
    ),
    security(("api_key" = [])),
)]
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

/// Words for the timeline.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TextBody {
    /// At most 4 000 characters.
    text: String,
    idempotency_key: Option<String>,
}

fn text(b: &TextBody) -> Result<String, ApiError> {
    if b.text.chars().count() > 4000 {
        Err(invalid("text", "is longer than 4 000 characters"))
    } else {
        Ok(b.text.clone())
    }
}

#[utoipa::path(
    post,
    path = "/api/v1/claims/{id}/notes",
    tag = "cases",
    summary = "Add a note to the claim's timeline (a call, a letter received)",
    params(("id" = i64, Path, description = "The claim id")),
    request_body = TextBody,
    responses(
        (status = 201, description = "Booked", body = CaseActionJson),
        (status = 200, description = "Already booked under this idempotency key", body = CaseActionJson),
        CaseActionErrors,
    ),
    security(("api_key" = [])),
)]
async fn note(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<TextBody>,
) -> ApiResult {
    let request = FlowRequest::Note { text: text(&b)? };
    run(&state, &caller, claim_id(&id)?, &headers, b.idempotency_key, request).await
}

#[utoipa::path(
    post,
    path = "/api/v1/claims/{id}/complaints",
    tag = "cases",
    summary = "Record the debtor's complaint about the collection (counted on the dashboard; collection goes on)",
    params(("id" = i64, Path, description = "The claim id")),
    request_body = TextBody,
    responses(
        (status = 201, description = "Booked", body = CaseActionJson),
        (status = 200, description = "Already booked under this idempotency key", body = CaseActionJson),
        CaseActionErrors,
    ),
    security(("api_key" = [])),
)]
async fn complaint(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<TextBody>,
) -> ApiResult {
    let request = FlowRequest::Complaint { text: text(&b)? };
    run(&state, &caller, claim_id(&id)?, &headers, b.idempotency_key, request).await
}

#[utoipa::path(
    post,
    path = "/api/v1/claims/{id}/pause",
    tag = "cases",
    summary = "The creditor pauses collection",
    params(("id" = i64, Path, description = "The claim id")),
    request_body = ReasonBody,
    responses(
        (status = 201, description = "Booked", body = CaseActionJson),
        (status = 200, description = "Already booked under this idempotency key", body = CaseActionJson),
        CaseActionErrors,
    ),
    security(("api_key" = [])),
)]
async fn pause(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<ReasonBody>,
) -> ApiResult {
    run(&state, &caller, claim_id(&id)?, &headers, b.idempotency_key, FlowRequest::Pause { reason: b.reason }).await
}

#[utoipa::path(
    post,
    path = "/api/v1/claims/{id}/write-off",
    tag = "cases",
    summary = "Write the claim off",
    params(("id" = i64, Path, description = "The claim id")),
    request_body = ReasonBody,
    responses(
        (status = 201, description = "Booked", body = CaseActionJson),
        (status = 200, description = "Already booked under this idempotency key", body = CaseActionJson),
        CaseActionErrors,
    ),
    security(("api_key" = [])),
)]
async fn write_off(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<ReasonBody>,
) -> ApiResult {
    run(&state, &caller, claim_id(&id)?, &headers, b.idempotency_key, FlowRequest::WriteOff { reason: b.reason }).await
}

/// Nothing but an optional idempotency key.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct KeyBody {
    idempotency_key: Option<String>,
}

#[utoipa::path(
    post,
    path = "/api/v1/claims/{id}/resume",
    tag = "cases",
    summary = "Resume a paused claim",
    params(("id" = i64, Path, description = "The claim id")),
    request_body = KeyBody,
    responses(
        (status = 201, description = "Booked", body = CaseActionJson),
        (status = 200, description = "Already booked under this idempotency key", body = CaseActionJson),
        CaseActionErrors,
    ),
    security(("api_key" = [])),
)]
async fn resume(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<KeyBody>,
) -> ApiResult {
    run(&state, &caller, claim_id(&id)?, &headers, b.idempotency_key, FlowRequest::Resume).await
}

#[utoipa::path(
    post,
    path = "/api/v1/claims/{id}/hand-over",
    tag = "cases",
    summary = "Hand the claim over to an agency or the enforcement authority",
    params(("id" = i64, Path, description = "The claim id")),
    request_body = KeyBody,
    responses(
        (status = 201, description = "Booked", body = CaseActionJson),
        (status = 200, description = "Already booked under this idempotency key", body = CaseActionJson),
        CaseActionErrors,
    ),
    security(("api_key" = [])),
)]
async fn hand_over(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<KeyBody>,
) -> ApiResult {
    run(&state, &caller, claim_id(&id)?, &headers, b.idempotency_key, FlowRequest::HandOver).await
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EventPage {
    /// Start after this event id.
    after: Option<i64>,
    /// How many items, 1–1000 (default 100).
    limit: Option<i64>,
}

#[utoipa::path(
    get,
    path = "/api/v1/claims/{id}/events",
    tag = "cases",
    summary = "The claim's timeline of actions",
    params(("id" = i64, Path, description = "The claim id"), EventPage),
    responses(
        (status = 200, body = CaseEventListJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 404, description = "No such claim for your creditor", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
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
    Ok(Json(CaseEventListJson { items: items.iter().map(event_json).collect(), next_after: next }).into_response())
}

#[utoipa::path(
    get,
    path = "/api/v1/case-policy",
    tag = "cases",
    summary = "The creditor's bounds for plans, postponements and promises, the payments-in-flight window, and one letter per debtor",
    responses(
        (status = 200, description = "plan_max_months, plan_min_instalment_minor, max_postponement_days, max_promise_days, plan_grace_days, payment_grace_bank_days, merge_letters (whether the steps of one day for one debtor go out as one letter: always for NO creditors, the creditor's choice for SE) and merge_letters_reason (rule_id, statute, text)", body = Object),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn get_policy(State(state): State<AppState>, caller: Caller) -> ApiResult {
    let policy = state.store.case_policy(caller.creditor).await?;
    let jurisdiction = state.store.creditor(caller.creditor).await?.jurisdiction;
    Ok(Json(policy_json(&policy, jurisdiction)).into_response())
}

/// The policy as stored, with `merge_letters` as it applies (the law's for NO) and its reason.
fn policy_json(policy: &CasePolicy, jurisdiction: domain::Jurisdiction) -> serde_json::Value {
    let applies = domain::dunning::merge_letters(jurisdiction, policy.merge_letters);
    let mut json = serde_json::to_value(policy).unwrap_or_default();
    json["merge_letters"] = applies.merge.into();
    json["merge_letters_reason"] = reason_json(&applies.reason);
    json
}

fn reason_json(reason: &domain::law::Reason) -> serde_json::Value {
    serde_json::json!({
        "rule_id": reason.rule_id(),
        "statute": reason.statute(),
        "text": reason.render(domain::law::Lang::En),
    })
}

#[utoipa::path(
    put,
    path = "/api/v1/case-policy",
    tag = "cases",
    summary = "Set the creditor's bounds",
    request_body(content = Object, description = "The bounds as GET gives them; merge_letters may be left out (the stored choice stays)"),
    responses(
        (status = 200, description = "The bounds as stored, with merge_letters as it applies and its reason", body = Object),
        (status = 400, description = "The body is not valid JSON for this endpoint", body = ErrorJson),
        (status = 413, description = "The body is larger than 1 MiB", body = ErrorJson),
        (status = 415, description = "The body is not sent as application/json", body = ErrorJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 403, description = "The key is read-only", body = ErrorJson),
        (status = 422, description = "The bounds make no sense (code invalid), or merge_letters false for a creditor the law requires to merge (code refused, with the law's reason in details)", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn put_policy(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<serde_json::Value>,
) -> ApiResult {
    caller.must_write()?;
    let mut policy: CasePolicy = serde_json::from_value(body.clone())
        .map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, "bad_json", format!("the body is not valid: {e}")))?;
    policy.validate().map_err(|m| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", m))?;
    let jurisdiction = state.store.creditor(caller.creditor).await?.jurisdiction;
    match body.get("merge_letters") {
        // Left out: the stored choice stays.
        None => {
            policy.merge_letters = state.store.case_policy(caller.creditor).await?.merge_letters;
        }
        Some(_) => {
            domain::dunning::request_merge_letters(jurisdiction, policy.merge_letters).map_err(|refused| {
                ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "refused", refused.to_string())
                    .with_details(reason_json(&refused.reason))
            })?;
        }
    }
    state.store.set_case_policy(caller.creditor, &policy).await?;
    Ok(Json(policy_json(&policy, jurisdiction)).into_response())
}
