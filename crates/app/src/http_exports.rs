//! `GET /api/v1/exports/sie`: the key's creditor's collection bookkeeping of a period as a SIE 4
//! file, the same bytes `purr export sie` writes (`export_cmd::export_sie`), for an accounting
//! integration to fetch on its own schedule. Reading it changes nothing, so any key may.

use crate::export_cmd::{export_sie, parse_grouping, parse_month_day};
use crate::http::{ApiError, AppState, Caller, parse_date};
use crate::json::ErrorJson;
use axum::extract::{Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use domain::accounting::Grouping;
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(sie))
}

/// The value, or its problem noted under `field`.
fn checked<T>(problems: &mut Vec<(String, String)>, field: &str, r: Result<T, String>) -> Option<T> {
    r.map_err(|p| problems.push((field.to_string(), p))).ok()
}

#[derive(Debug, Deserialize, IntoParams)]
#[serde(deny_unknown_fields)]
pub struct SieQuery {
    /// The first day of the period, YYYY-MM-DD (entries are chosen by effective date).
    pub from: String,
    /// The last day of the period, YYYY-MM-DD.
    pub to: String,
    /// `event` (one voucher per day and event, the default) or `day` (one summary voucher a day).
    pub vouchers: Option<String>,
    /// The month and day the fiscal year starts, MM-DD (default 01-01).
    pub fiscal_year_start: Option<String>,
}

#[utoipa::path(
    get,
    path = "/api/v1/exports/sie",
    tag = "exports",
    summary = "The collection bookkeeping of a period as a SIE 4 file (type 4I: vouchers only, code page 437)",
    description = "Fees and interest against income, payments to the bank, write-offs to the loss account and \
                   refunds, as balanced vouchers on the creditor's chart (BAS for SE, NS 4102 for NO). The \
                   invoice itself (principal) and entries in another currency than the creditor's home currency \
                   are left out. The body is the file's bytes in code page 437.",
    params(SieQuery),
    responses(
        (status = 200, description = "The SIE file", content_type = "text/plain; charset=IBM437", body = String),
        (status = 400, description = "An unknown query parameter", body = ErrorJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 422, description = "A date, the period, `vouchers` or `fiscal_year_start` is wrong; `details` says which", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn sie(
    State(state): State<AppState>,
    caller: Caller,
    query: Result<Query<SieQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(q) = query.map_err(|e| ApiError::new(StatusCode::BAD_REQUEST, "bad_query", e.body_text()))?;
    let mut problems = Vec::new();
    let from = checked(&mut problems, "from", parse_date(&q.from));
    let to = checked(&mut problems, "to", parse_date(&q.to));
    let grouping =
        checked(&mut problems, "vouchers", q.vouchers.as_deref().map_or(Ok(Grouping::Event), parse_grouping));
    let year_start =
        checked(&mut problems, "fiscal_year_start", q.fiscal_year_start.as_deref().map_or(Ok((1, 1)), parse_month_day));
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        problems.push(("to".into(), format!("{t} is before the start of the period, {f}")));
    }
    let (Some(from), Some(to), Some(grouping), Some(year_start), true) =
        (from, to, grouping, year_start, problems.is_empty())
    else {
        return Err(ApiError::invalid(problems));
    };
    let creditor = state.store.creditor(caller.creditor).await?;
    let export = export_sie(&state.store, &creditor, from, to, year_start, grouping, crate::today())
        .await
        .map_err(|e| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", e.to_string()))?;
    let name = crate::export_cmd::file_name(creditor.id, from, to);
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/plain; charset=IBM437".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        export.bytes,
    )
        .into_response())
}
