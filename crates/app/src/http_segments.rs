//! A debtor's segment and hardship flag over the API: `GET /api/v1/debtors/{id}/segment` and
//! `PUT /api/v1/debtors/{id}/hardship`.
//!
//! The segment is the one the latest `purr run` computed, with its reasons as data; setting the
//! hardship flag takes effect at the next run (the answer says so by showing the stored
//! segment next to the new flag).

use crate::http::{ApiError, ApiJson, AppState, Caller, parse_id};
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
    OpenApiRouter::new().routes(routes!(get_segment)).routes(routes!(put_hardship))
}

/// One fact behind a segment: `fact` `compare` `threshold` held with this `value`.
#[derive(Debug, Serialize, ToSchema)]
pub struct SegmentReasonJson {
    /// hardship, business, late_claims, paid_on_time or open_principal_minor.
    pub fact: String,
    pub value: i64,
    /// >=, <=, < or =
    pub compare: String,
    pub threshold: i64,
    /// The currency of open_principal_minor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The same as a sentence (English).
    pub text: String,
}

/// A debtor's segment as the latest run computed it.
#[derive(Debug, Serialize, ToSchema)]
pub struct DebtorSegmentJson {
    pub debtor_id: i64,
    /// Set by staff; a rule of the segments reads it at the next run.
    pub hardship: bool,
    /// hardship_flagged, chronic_late, high_value, business, good_history, first_time_late or
    /// standard; absent until a run has segmented the debtor.
    pub segment: Option<String>,
    /// The run date of the computation that gave this segment and these reasons.
    pub computed_on: Option<String>,
    /// The facts that matched the segment's rule.
    pub reasons: Vec<SegmentReasonJson>,
    /// Segments whose rules matched too but come later in the precedence.
    pub also_matched: Vec<String>,
}

/// The hardship flag to set.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HardshipBody {
    pub hardship: bool,
}

async fn segment_json(state: &AppState, caller: &Caller, id: i64) -> ApiResult {
    let (hardship, stored) =
        state.store.debtor_segment(caller.creditor, DebtorId(id)).await?.ok_or_else(|| {
            ApiError::new(StatusCode::NOT_FOUND, "not_found", "no debtor with that id for your creditor")
        })?;
    let (segment, computed_on, reasons, also) = match stored {
        Some((s, on)) => (Some(s.segment.code().to_string()), Some(on.to_string()), s.reasons, s.also_matched),
        None => (None, None, Vec::new(), Vec::new()),
    };
    let body = DebtorSegmentJson {
        debtor_id: id,
        hardship,
        segment,
        computed_on,
        reasons: reasons
            .iter()
            .map(|r| SegmentReasonJson {
                fact: r.fact.clone(),
                value: r.value,
                compare: r.compare.clone(),
                threshold: r.threshold,
                currency: r.currency.clone(),
                text: r.sentence(),
            })
            .collect(),
        also_matched: also.iter().map(|s| s.code().to_string()).collect(),
    };
    Ok((StatusCode::OK, Json(body)).into_response())
}

#[utoipa::path(
    get,
    path = "/api/v1/debtors/{id}/segment",
    tag = "debtors",
    summary = "The debtor's segment as the latest run computed it, with the facts that led there",
    params(("id" = i64, Path, description = "The debtor id")),
    responses(
        (status = 200, description = "The segment and its reasons", body = DebtorSegmentJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 404, description = "No such debtor for your creditor", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn get_segment(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> ApiResult {
    let id = parse_id(&id, "debtor")?;
    segment_json(&state, &caller, id).await
}

#[utoipa::path(
    put,
    path = "/api/v1/debtors/{id}/hardship",
    tag = "debtors",
    summary = "Set or clear the debtor's hardship flag; the segment follows at the next run",
    params(("id" = i64, Path, description = "The debtor id")),
    request_body = HardshipBody,
    responses(
        (status = 200, description = "Saved; the answer shows the new flag and the segment stored so far", body = DebtorSegmentJson),
        (status = 400, description = "The body is not valid JSON for this endpoint", body = ErrorJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 403, description = "The key is read-only", body = ErrorJson),
        (status = 404, description = "No such debtor for your creditor", body = ErrorJson),
        (status = 415, description = "The body is not sent as application/json", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn put_hardship(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<HardshipBody>,
) -> ApiResult {
    caller.must_write()?;
    let id = parse_id(&id, "debtor")?;
    if !state.store.set_hardship(caller.creditor, DebtorId(id), body.hardship).await? {
        return Err(ApiError::new(StatusCode::NOT_FOUND, "not_found", "no debtor with that id for your creditor"));
    }
    segment_json(&state, &caller, id).await
}
