//! The refund queue over the API: money held for debtors after overpayments
//! (`GET /api/v1/refunds`), paid back (`POST /api/v1/claims/{id}/credit/refund`) or moved to
//! another open claim of the same debtor (`POST /api/v1/claims/{id}/credit/apply`).
//!
//! Both POSTs move money, so both demand an idempotency key (in the body or the
//! `Idempotency-Key` header): the same request again answers 200 with what was booked the first
//! time and books nothing.

use crate::http::{ApiError, ApiJson, AppState, Caller, Page, parse_id};
use crate::json::{self, ErrorJson};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use domain::ClaimId;
use serde::{Deserialize, Serialize};
use store::{CreditBalance, CreditOutcome};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

type ApiResult = Result<Response, ApiError>;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list_refunds)).routes(routes!(refund)).routes(routes!(apply))
}

/// Another claim of the same debtor the credit could pay.
#[derive(Debug, Serialize, ToSchema)]
pub struct OpenClaimRefJson {
    pub claim_id: i64,
    pub invoice_number: String,
    pub outstanding_minor: i64,
}

/// One claim holding money for its debtor.
#[derive(Debug, Serialize, ToSchema)]
pub struct CreditBalanceJson {
    pub claim_id: i64,
    pub invoice_number: String,
    pub debtor_id: i64,
    pub debtor_name: String,
    /// What is held for the debtor, in minor units (positive).
    pub held_minor: i64,
    pub currency: String,
    /// The latest day the credit changed (YYYY-MM-DD).
    pub since: String,
    /// The debtor's other claims in this currency with something outstanding: where the credit
    /// could go instead of back to the debtor.
    pub open_claims: Vec<OpenClaimRefJson>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CreditBalanceListJson {
    pub items: Vec<CreditBalanceJson>,
    pub next_after: Option<i64>,
}

pub(crate) fn balance_json(b: &CreditBalance) -> CreditBalanceJson {
    CreditBalanceJson {
        claim_id: b.claim.0,
        invoice_number: b.invoice_number.clone(),
        debtor_id: b.debtor.0,
        debtor_name: b.debtor_name.clone(),
        held_minor: b.held.minor(),
        currency: b.held.currency().code().to_string(),
        since: b.since.to_string(),
        open_claims: b
            .open_claims
            .iter()
            .map(|o| OpenClaimRefJson {
                claim_id: o.claim.0,
                invoice_number: o.invoice_number.clone(),
                outstanding_minor: o.outstanding.minor(),
            })
            .collect(),
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/refunds",
    tag = "payments",
    summary = "The refund queue: claims holding money for their debtor after an overpayment",
    params(Page),
    responses(
        (status = 200, body = CreditBalanceListJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn list_refunds(State(state): State<AppState>, caller: Caller, Query(page): Query<Page>) -> ApiResult {
    let limit = page.limit.unwrap_or(100).clamp(1, 1000);
    let items = state.store.credit_balances(caller.creditor, page.after, limit).await?;
    let next_after = if items.len() as i64 == limit { items.last().map(|b| b.claim.0) } else { None };
    Ok(Json(CreditBalanceListJson { items: items.iter().map(balance_json).collect(), next_after }).into_response())
}

/// Pay (part of) a claim's credit back to the debtor.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RefundBody {
    /// How much to pay back, in minor units; all of the credit when left out.
    amount_minor: Option<i64>,
    /// What the payout was (e.g. its bank reference), kept in the ledger entry's reason.
    note: String,
    /// Makes a retry safe; or send the `Idempotency-Key` header.
    idempotency_key: Option<String>,
}

/// Move (part of) a claim's credit to another claim of the same debtor.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApplyCreditBody {
    to_claim_id: i64,
    /// How much to move, in minor units; all of the credit when left out.
    amount_minor: Option<i64>,
    /// Makes a retry safe; or send the `Idempotency-Key` header.
    idempotency_key: Option<String>,
}

/// What settling a credit booked: on the claim that held it, and (when moved) on the claim it
/// paid, with both claims after.
#[derive(Debug, Serialize, ToSchema)]
pub struct CreditBookedJson {
    pub entries: Vec<json::EntryJson>,
    pub claim: json::ClaimJson,
    pub to_entries: Vec<json::EntryJson>,
    pub to_claim: Option<json::ClaimJson>,
}

/// The errors both credit actions can answer with.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)] // Only the OpenAPI document reads these variants.
enum CreditErrors {
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
    #[response(
        status = 422,
        description = "Refused: no idempotency key, no credit held, more than is held, another debtor or currency"
    )]
    Refused(ErrorJson),
}

fn invalid(message: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", message)
}

fn key(body: Option<String>, headers: &HeaderMap, action: &str) -> Result<String, ApiError> {
    let key = body.or_else(|| headers.get("idempotency-key").and_then(|h| h.to_str().ok()).map(str::to_string));
    match key {
        Some(k) if !k.is_empty() && k.len() <= 180 => Ok(format!("api:credit-{action}:{k}")),
        Some(_) => Err(invalid("idempotency_key: must be 1 to 180 characters")),
        None => Err(invalid(
            "idempotency_key: required (in the body or the Idempotency-Key header), so that a retry never moves money twice",
        )),
    }
}

async fn answer(
    state: &AppState,
    caller: &Caller,
    from: ClaimId,
    to: Option<ClaimId>,
    outcome: CreditOutcome,
) -> ApiResult {
    let (status, from_entries, to_entries) = match outcome {
        CreditOutcome::Booked { from, to } => (StatusCode::CREATED, from, to),
        CreditOutcome::AlreadyBooked { from, to } => (StatusCode::OK, from, to),
    };
    let claim = state.store.claim(caller.creditor, from).await?.ok_or_else(|| ApiError::not_found("claim"))?;
    let to_claim = match to {
        Some(to) => state.store.claim(caller.creditor, to).await?.as_ref().map(json::claim),
        None => None,
    };
    let body = CreditBookedJson {
        entries: from_entries.iter().map(json::entry).collect(),
        claim: json::claim(&claim),
        to_entries: to_entries.iter().map(json::entry).collect(),
        to_claim,
    };
    Ok((status, Json(body)).into_response())
}

#[utoipa::path(
    post,
    path = "/api/v1/claims/{id}/credit/refund",
    tag = "payments",
    summary = "Book that a claim's credit was paid back to the debtor",
    params(("id" = i64, Path, description = "The claim holding the credit"), ("Idempotency-Key" = Option<String>, Header, description = "Required unless idempotency_key is in the body")),
    request_body = RefundBody,
    responses(
        (status = 201, description = "Booked", body = CreditBookedJson),
        (status = 200, description = "Already booked with this idempotency key", body = CreditBookedJson),
        CreditErrors,
    ),
    security(("api_key" = [])),
)]
async fn refund(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<RefundBody>,
) -> ApiResult {
    caller.must_write()?;
    let id = ClaimId(parse_id(&id, "claim")?);
    let key = key(b.idempotency_key, &headers, "refund")?;
    let note = b.note.trim();
    if note.is_empty() || note.chars().count() > 500 {
        return Err(invalid(
            "note: say in 1 to 500 characters how the money was paid back (e.g. the payout's reference)",
        ));
    }
    let outcome = state.store.refund_credit(caller.creditor, id, b.amount_minor, note, crate::today(), &key).await?;
    answer(&state, &caller, id, None, outcome).await
}

#[utoipa::path(
    post,
    path = "/api/v1/claims/{id}/credit/apply",
    tag = "payments",
    summary = "Move a claim's credit to another open claim of the same debtor",
    params(("id" = i64, Path, description = "The claim holding the credit"), ("Idempotency-Key" = Option<String>, Header, description = "Required unless idempotency_key is in the body")),
    request_body = ApplyCreditBody,
    responses(
        (status = 201, description = "Booked", body = CreditBookedJson),
        (status = 200, description = "Already booked with this idempotency key", body = CreditBookedJson),
        CreditErrors,
    ),
    security(("api_key" = [])),
)]
async fn apply(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<ApplyCreditBody>,
) -> ApiResult {
    caller.must_write()?;
    let id = ClaimId(parse_id(&id, "claim")?);
    if b.to_claim_id <= 0 {
        return Err(invalid("to_claim_id: must be a claim id (above zero)"));
    }
    let to = ClaimId(b.to_claim_id);
    let key = key(b.idempotency_key, &headers, "apply")?;
    let outcome = state.store.apply_credit(caller.creditor, id, to, b.amount_minor, crate::today(), &key).await?;
    answer(&state, &caller, id, Some(to), outcome).await
}
