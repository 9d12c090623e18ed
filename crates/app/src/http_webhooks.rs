//! The webhook API: a creditor's subscriptions, their delivery log, and a test ping.
//!
//! A subscription names a URL (http or https, no credentials in it) and the event types it
//! wants; its signing secret is generated here and answered once, on creation. Reading needs any
//! key of the creditor, changing needs a key that may write. Another creditor's subscription is
//! answered exactly like one that does not exist. The event payloads are documented as
//! components of the OpenAPI document (`WebhookEventJson` and one `…Data` schema per type).

use crate::http::{ApiError, ApiJson, AppState, Caller};
use crate::json::ErrorJson;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use store::{EVENT_TYPES, WebhookDelivery, WebhookEvent, WebhookSubscription};
use utoipa::{IntoParams, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

type ApiResult = Result<Response, ApiError>;

/// The tag and the event payload schemas, merged into the API's document.
#[derive(Debug, OpenApi)]
#[openapi(
    tags((name = "webhooks", description = "Subscriptions to events (claim.paid, step.taken, plan.created, \
        dispute.opened, dispute.resolved, payment.unmatched). Purr POSTs each event as a JSON `WebhookEventJson` \
        whose `data` is the schema named after its type (`ClaimPaidData`, …). Every request carries \
        `Purr-Event-Id` (the same on every retry; deduplicate on it) and `Purr-Signature: t=<unix seconds>,v1=<hex>` \
        where `<hex>` is HMAC-SHA256 under the subscription's secret of `<t>.<raw body>`. Answer 2xx to \
        acknowledge; anything else is retried with exponential backoff until the last attempt.")),
    components(schemas(
        WebhookEventJson, ClaimPaidData, StepTakenData, StepFeeData, PlanCreatedData, DisputeOpenedData,
        DisputeResolvedData, PaymentUnmatchedData, PingData
    ))
)]
struct WebhookDoc;

/// The webhook routes, documented from their annotations.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(WebhookDoc::openapi())
        .routes(routes!(list_webhooks, create_webhook))
        .routes(routes!(get_webhook, delete_webhook))
        .routes(routes!(list_deliveries))
        .routes(routes!(test_webhook))
}

/// One subscription. The secret is never shown again after creation.
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookJson {
    pub id: i64,
    pub creditor_id: i64,
    pub url: String,
    /// The event types sent to this URL.
    pub event_types: Vec<String>,
    pub description: Option<String>,
    pub active: bool,
    /// When it was created (RFC 3339).
    pub created_at: String,
}

/// A new subscription, with its signing secret: store it now, it is not shown again.
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookCreatedJson {
    #[serde(flatten)]
    pub webhook: WebhookJson,
    /// The HMAC-SHA256 key for `Purr-Signature` (`whsec_` plus 64 hex digits).
    pub secret: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookListJson {
    pub items: Vec<WebhookJson>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookDeletedJson {
    pub id: i64,
    pub deleted: bool,
}

/// The body Purr POSTs for every event (and answers for a test ping).
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookEventJson {
    /// Unique per creditor and derived from the cause: the same event always has the same id.
    pub id: String,
    /// claim.paid, step.taken, plan.created, dispute.opened, dispute.resolved, payment.unmatched or ping.
    #[serde(rename = "type")]
    pub event_type: String,
    /// When the event was written (RFC 3339), in the cause's transaction.
    pub created_at: String,
    pub creditor_id: i64,
    /// The type's payload: `ClaimPaidData`, `StepTakenData`, … (see the components).
    pub data: Value,
}

pub fn event_json(e: &WebhookEvent) -> WebhookEventJson {
    WebhookEventJson {
        id: e.event_id.clone(),
        event_type: e.event_type.clone(),
        created_at: e.created_at.clone(),
        creditor_id: e.creditor_id.0,
        data: e.data.clone(),
    }
}

// The `…Data` shapes document what the store writes as each event's `data`; they are never
// built here. The webhook tests validate every delivered body against them.

/// `claim.paid`: a payment brought the claim's balance to zero.
#[allow(dead_code)]
#[derive(Debug, ToSchema)]
pub struct ClaimPaidData {
    pub claim_id: i64,
    pub invoice_number: Option<String>,
    pub currency: String,
    /// What the paying booking took, in minor units.
    pub paid_minor: i64,
    /// YYYY-MM-DD, the payment's effective date.
    pub paid_on: Option<String>,
    pub entry_ids: Vec<i64>,
    /// The booking's idempotency key (e.g. `payment:<creditor>:<bank ref>#claim:<id>`).
    pub cause: Option<String>,
}

#[allow(dead_code)]
#[derive(Debug, ToSchema)]
pub struct StepFeeData {
    pub fee: String,
    pub amount_minor: i64,
}

/// `step.taken`: the dunning run took a step on a claim.
#[allow(dead_code)]
#[derive(Debug, ToSchema)]
pub struct StepTakenData {
    pub claim_id: i64,
    pub debtor_id: i64,
    pub step_no: i64,
    /// notice, reminder, warning, demand, …
    pub step: String,
    /// YYYY-MM-DD
    pub date: String,
    pub deadline: Option<String>,
    pub channel: String,
    /// The claim's state after the step.
    pub state: String,
    pub currency: String,
    /// The fees charged with the step.
    pub fees: Vec<StepFeeData>,
    pub interest_minor: Option<i64>,
}

/// `plan.created`: a payment plan was agreed.
#[allow(dead_code)]
#[derive(Debug, ToSchema)]
pub struct PlanCreatedData {
    pub claim_id: i64,
    /// The case event on the claim's timeline.
    pub case_event_id: i64,
    /// `debtor:portal`, `key:<id>`, `user:<id>` or `system:run`.
    pub actor: String,
    pub state: Option<String>,
    /// The plan as booked (instalments, fee, total).
    pub plan: Value,
}

/// `dispute.opened`: the claim is disputed; collection waits.
#[allow(dead_code)]
#[derive(Debug, ToSchema)]
pub struct DisputeOpenedData {
    pub claim_id: i64,
    pub case_event_id: i64,
    pub actor: String,
    pub state: Option<String>,
    pub reason: Value,
}

/// `dispute.resolved`: a dispute was upheld (credited) or rejected (collection resumes).
#[allow(dead_code)]
#[derive(Debug, ToSchema)]
pub struct DisputeResolvedData {
    pub claim_id: i64,
    pub case_event_id: i64,
    pub actor: String,
    pub state: Option<String>,
    /// `uphold` or `reject`.
    pub resolution: String,
    pub note: Value,
}

/// `payment.unmatched`: a bank payment waits in the unmatched queue for a person.
#[allow(dead_code)]
#[derive(Debug, ToSchema)]
pub struct PaymentUnmatchedData {
    pub payment_id: i64,
    pub amount_minor: i64,
    pub currency: String,
    pub booking_date: Option<String>,
    pub reference: Option<String>,
    pub payer_name: Option<String>,
    pub bank_ref: Option<String>,
    /// Why it was not booked (the matcher's reason code).
    pub reason: String,
    pub suggested_claim_ids: Vec<i64>,
}

/// `ping`: a test event queued with `POST /api/v1/webhooks/{id}/test`.
#[allow(dead_code)]
#[derive(Debug, ToSchema)]
pub struct PingData {
    pub subscription_id: i64,
}

/// One attempt to deliver.
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookAttemptJson {
    pub attempt_no: i64,
    /// RFC 3339
    pub attempted_at: String,
    /// The receiver's HTTP status, when it answered.
    pub status_code: Option<i64>,
    /// What went wrong when it did not answer (connection refused, timeout, …).
    pub error: Option<String>,
    pub duration_ms: i64,
    /// delivered, retry or failed.
    pub outcome: String,
}

/// One event's delivery to this subscription.
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookDeliveryJson {
    pub event: WebhookEventJson,
    /// pending, delivered, failed or cancelled.
    pub state: String,
    pub attempts: i64,
    /// When the next attempt is due (RFC 3339), while pending.
    pub next_attempt_at: Option<String>,
    pub last_status: Option<i64>,
    pub last_error: Option<String>,
    pub delivered_at: Option<String>,
    pub log: Vec<WebhookAttemptJson>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookDeliveryListJson {
    pub items: Vec<WebhookDeliveryJson>,
    /// Pass as `after` for the next page; null on the last page.
    pub next_after: Option<i64>,
}

fn webhook_json(w: &WebhookSubscription) -> WebhookJson {
    WebhookJson {
        id: w.id,
        creditor_id: w.creditor_id.0,
        url: w.url.clone(),
        event_types: w.event_types.clone(),
        description: w.description.clone(),
        active: w.active,
        created_at: w.created_at.clone(),
    }
}

fn delivery_json(d: &WebhookDelivery) -> WebhookDeliveryJson {
    let next = (d.state == "pending")
        .then(|| jiff::Timestamp::from_millisecond(d.next_attempt_ms).ok().map(|t| t.to_string()))
        .flatten();
    WebhookDeliveryJson {
        event: event_json(&d.event),
        state: d.state.clone(),
        attempts: d.attempts,
        next_attempt_at: next,
        last_status: d.last_status,
        last_error: d.last_error.clone(),
        delivered_at: d.delivered_at.clone(),
        log: d
            .log
            .iter()
            .map(|a| WebhookAttemptJson {
                attempt_no: a.attempt_no,
                attempted_at: a.attempted_at.clone(),
                status_code: a.status_code,
                error: a.error.clone(),
                duration_ms: a.duration_ms,
                outcome: a.outcome.clone(),
            })
            .collect(),
    }
}

fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", "no webhook with that id for your creditor")
}

fn webhook_id(text: &str) -> Result<i64, ApiError> {
    text.parse::<i64>().ok().filter(|v| *v > 0).ok_or_else(not_found)
}

fn invalid(field: &str, problem: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", format!("{field}: {}", problem.into()))
}

/// Checks a subscription URL: absolute http or https with a host, no user name or password,
/// at most 2 000 characters. Returns the URL as normalised by the parser.
pub fn check_url(text: &str) -> Result<String, String> {
    if text.len() > 2000 {
        return Err("is longer than 2 000 characters".into());
    }
    let url = reqwest::Url::parse(text.trim()).map_err(|e| format!("is not an absolute URL ({e})"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!("must be http or https, not {}", url.scheme()));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err("has no host".into());
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err("must not carry a user name or password; authenticate the requests by their signature".into());
    }
    Ok(url.to_string())
}

/// A new subscription.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WebhookBody {
    /// Where to POST events: http or https, without credentials.
    url: String,
    /// Which events to send: any of claim.paid, step.taken, plan.created, dispute.opened,
    /// dispute.resolved, payment.unmatched.
    event_types: Vec<String>,
    /// A note for people (at most 200 characters).
    description: Option<String>,
}

#[utoipa::path(
    get,
    path = "/api/v1/webhooks",
    tag = "webhooks",
    summary = "Your webhook subscriptions",
    responses(
        (status = 200, body = WebhookListJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn list_webhooks(State(state): State<AppState>, caller: Caller) -> ApiResult {
    let items = state.store.webhooks(caller.creditor).await?;
    Ok((StatusCode::OK, Json(WebhookListJson { items: items.iter().map(webhook_json).collect() })).into_response())
}

#[utoipa::path(
    post,
    path = "/api/v1/webhooks",
    tag = "webhooks",
    summary = "Subscribe a URL to events; the answer holds the signing secret, shown this once",
    request_body = WebhookBody,
    responses(
        (status = 201, description = "Created", body = WebhookCreatedJson),
        (status = 400, description = "The body is not valid JSON for this endpoint", body = ErrorJson),
        (status = 413, description = "The body is larger than 1 MiB", body = ErrorJson),
        (status = 415, description = "The body is not sent as application/json", body = ErrorJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 403, description = "The key is read-only", body = ErrorJson),
        (status = 422, description = "A bad URL, an unknown or missing event type, or a too long description", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn create_webhook(State(state): State<AppState>, caller: Caller, ApiJson(b): ApiJson<WebhookBody>) -> ApiResult {
    caller.must_write()?;
    let url = check_url(&b.url).map_err(|p| invalid("url", p))?;
    if b.event_types.is_empty() {
        return Err(invalid("event_types", format!("is empty; name one or more of {}", EVENT_TYPES.join(", "))));
    }
    if let Some(bad) = b.event_types.iter().find(|t| !EVENT_TYPES.contains(&t.as_str())) {
        return Err(invalid(
            "event_types",
            format!(
                "{:?} is not an event type; the types are {}",
                bad.chars().take(40).collect::<String>(),
                EVENT_TYPES.join(", ")
            ),
        ));
    }
    if let Some(d) = &b.description
        && (d.chars().count() > 200 || d.chars().any(char::is_control))
    {
        return Err(invalid("description", "must be at most 200 characters without control characters"));
    }
    let secret = crate::webhooks_cmd::new_secret().map_err(|e| {
        eprintln!("internal error: {e}");
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            "something went wrong on our side; please try again",
        )
    })?;
    let created =
        state.store.create_webhook(caller.creditor, &url, &secret, &b.event_types, b.description.as_deref()).await?;
    let body = WebhookCreatedJson { webhook: webhook_json(&created), secret };
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

#[utoipa::path(
    get,
    path = "/api/v1/webhooks/{id}",
    tag = "webhooks",
    summary = "One subscription (without its secret)",
    params(("id" = i64, Path, description = "The subscription id")),
    responses(
        (status = 200, body = WebhookJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 404, description = "No such subscription for your creditor", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn get_webhook(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> ApiResult {
    let id = webhook_id(&id)?;
    let w = state.store.webhook(caller.creditor, id).await?.ok_or_else(not_found)?;
    Ok((StatusCode::OK, Json(webhook_json(&w))).into_response())
}

#[utoipa::path(
    delete,
    path = "/api/v1/webhooks/{id}",
    tag = "webhooks",
    summary = "Delete a subscription: nothing more is sent to it, its pending deliveries are cancelled",
    params(("id" = i64, Path, description = "The subscription id")),
    responses(
        (status = 200, description = "Deleted", body = WebhookDeletedJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 403, description = "The key is read-only", body = ErrorJson),
        (status = 404, description = "No such subscription for your creditor", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn delete_webhook(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> ApiResult {
    caller.must_write()?;
    let id = webhook_id(&id)?;
    if !state.store.delete_webhook(caller.creditor, id).await? {
        return Err(not_found());
    }
    Ok((StatusCode::OK, Json(WebhookDeletedJson { id, deleted: true })).into_response())
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DeliveryPage {
    /// Start after this event sequence number (`next_after` of the previous page).
    after: Option<i64>,
    /// How many items, 1–1000 (default 100).
    limit: Option<i64>,
}

#[utoipa::path(
    get,
    path = "/api/v1/webhooks/{id}/deliveries",
    tag = "webhooks",
    summary = "The delivery log: each event sent to this subscription, its state and every attempt",
    params(("id" = i64, Path, description = "The subscription id"), DeliveryPage),
    responses(
        (status = 200, body = WebhookDeliveryListJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 404, description = "No such subscription for your creditor", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn list_deliveries(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Query(page): Query<DeliveryPage>,
) -> ApiResult {
    let id = webhook_id(&id)?;
    state.store.webhook(caller.creditor, id).await?.ok_or_else(not_found)?;
    let limit = page.limit.unwrap_or(100).clamp(1, 1000);
    let items = state.store.webhook_deliveries(caller.creditor, id, page.after, limit).await?;
    let next = if items.len() as i64 == limit { items.last().map(|d| d.event.seq) } else { None };
    let body = WebhookDeliveryListJson { items: items.iter().map(delivery_json).collect(), next_after: next };
    Ok((StatusCode::OK, Json(body)).into_response())
}

#[utoipa::path(
    post,
    path = "/api/v1/webhooks/{id}/test",
    tag = "webhooks",
    summary = "Queue a `ping` event for this subscription only; the answer is the body that will be sent",
    params(("id" = i64, Path, description = "The subscription id")),
    responses(
        (status = 202, description = "Queued; the delivery worker sends it", body = WebhookEventJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 403, description = "The key is read-only", body = ErrorJson),
        (status = 404, description = "No such subscription for your creditor", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn test_webhook(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> ApiResult {
    caller.must_write()?;
    let id = webhook_id(&id)?;
    let event = state.store.queue_webhook_ping(caller.creditor, id).await?.ok_or_else(not_found)?;
    Ok((StatusCode::ACCEPTED, Json(event_json(&event))).into_response())
}
