//! What the creditor's system reports about a debtor as a customer
//! (`PUT|GET /api/v1/debtors/{id}/customer-status`); the dashboard's retention figure reads it.

use crate::http::{ApiError, ApiJson, AppState, Caller, parse_date, parse_id};
use crate::json::ErrorJson;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::DebtorId;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

type ApiResult = Result<Response, ApiError>;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_status, put_status))
}

/// Whether the debtor is still a customer, as of a day.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomerStatusBody {
    still_customer: bool,
    /// The day this was true (YYYY-MM-DD); today when left out. An older report than the one
    /// stored is ignored.
    as_of: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CustomerStatusJson {
    pub debtor_id: i64,
    /// Null until your system reported it.
    pub still_customer: Option<bool>,
    pub as_of: Option<String>,
}

async fn answer(state: &AppState, caller: &Caller, debtor: DebtorId) -> ApiResult {
    let status = state.store.customer_status(caller.creditor, debtor).await?;
    Ok(Json(CustomerStatusJson {
        debtor_id: debtor.0,
        still_customer: status.map(|s| s.0),
        as_of: status.map(|s| s.1.to_string()),
    })
    .into_response())
}

#[utoipa::path(
    get,
    path = "/api/v1/debtors/{id}/customer-status",
    tag = "debtors",
    summary = "Whether the debtor is still a customer, as your system last reported",
    params(("id" = i64, Path, description = "The debtor id")),
    responses(
        (status = 200, body = CustomerStatusJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 404, description = "No such debtor for your creditor", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn get_status(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> ApiResult {
    let debtor = DebtorId(parse_id(&id, "debtor")?);
    state.store.debtor(caller.creditor, debtor).await?.ok_or_else(|| ApiError::not_found("debtor"))?;
    answer(&state, &caller, debtor).await
}

#[utoipa::path(
    put,
    path = "/api/v1/debtors/{id}/customer-status",
    tag = "debtors",
    summary = "Report whether the debtor is still a customer (for the dashboard's retention figure)",
    params(("id" = i64, Path, description = "The debtor id")),
    request_body = CustomerStatusBody,
    responses(
        (status = 200, body = CustomerStatusJson),
        (status = 400, description = "The body is not valid JSON for this endpoint", body = ErrorJson),
        (status = 413, description = "The body is larger than 1 MiB", body = ErrorJson),
        (status = 415, description = "The body is not sent as application/json", body = ErrorJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 403, description = "The key is read-only", body = ErrorJson),
        (status = 404, description = "No such debtor for your creditor", body = ErrorJson),
        (status = 422, description = "as_of is not a date", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn put_status(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<CustomerStatusBody>,
) -> ApiResult {
    caller.must_write()?;
    let debtor = DebtorId(parse_id(&id, "debtor")?);
    let as_of = match b.as_of.as_deref() {
        Some(text) => parse_date(text).map_err(|problem| {
            ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", format!("as_of: {problem}"))
        })?,
        None => crate::today(),
    };
    state.store.set_customer_status(caller.creditor, debtor, b.still_customer, as_of).await?;
    answer(&state, &caller, debtor).await
}
