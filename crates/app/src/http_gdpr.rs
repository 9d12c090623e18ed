//! The GDPR API: a debtor's data export, erasure (pseudonymisation) when every claim is closed
//! and the retention periods have passed, and the creditor's retention settings.
//!
//! Erasure is measured against today (`app::today()`); a refusal is a 409 whose error code names
//! the reason (`open_claim`, `retention`) and whose details carry the claim or the date. A key
//! sees only its own creditor's debtors: another creditor's debtor is a 404, like one that does
//! not exist.

use crate::http::{ApiError, ApiJson, AppState, Caller};
use crate::json::ErrorJson;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::DebtorId;
use domain::retention::{Purpose, RetentionPolicy, RetentionRule};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use store::{Actor, ActorKind, EraseOutcome};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

type ApiResult = Result<Response, ApiError>;

/// The GDPR routes, documented from their annotations.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(export)).routes(routes!(erase)).routes(routes!(get_retention, put_retention))
}

/// Everything stored about one debtor.
#[derive(Debug, Serialize, ToSchema)]
pub struct DebtorExportJson {
    /// `purr-debtor-export/1`.
    pub format: String,
    pub creditor_id: i64,
    pub debtor_id: i64,
    /// YYYY-MM-DD when the debtor was erased (the export then shows what was kept).
    pub erased_on: Option<String>,
    /// Rows per table (every table that can hold data about a debtor), each row an object of
    /// its columns; JSON columns are parsed, attachment bytes and session secrets left out.
    pub tables: BTreeMap<String, Vec<Value>>,
}

/// What an erasure did.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErasureJson {
    /// `erased`, or `already_erased` (nothing was written).
    pub outcome: String,
    pub debtor_id: i64,
    /// What now stands where the name, customer number and address were.
    pub pseudonym: String,
    /// YYYY-MM-DD
    pub erased_on: String,
    /// Rows rewritten per table (empty when already erased). The ledger is never among them.
    pub rows: BTreeMap<String, u64>,
}

/// One purpose's retention period.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RetentionRuleJson {
    /// `bookkeeping` (the accounts) or `collection` (identity and contact data for complaints).
    pub purpose: String,
    /// Whole months, 0–1200.
    pub months: u32,
    /// Count from the end of the calendar year the last claim closed in, not from the day.
    pub from_year_end: bool,
    /// The legal basis in words.
    pub legal_basis: String,
}

/// The creditor's retention settings: one rule per purpose. A debtor may be erased when every
/// claim is closed and every purpose's period has passed since the last one closed.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RetentionJson {
    pub rules: Vec<RetentionRuleJson>,
}

fn retention_json(p: &RetentionPolicy) -> RetentionJson {
    RetentionJson {
        rules: p
            .rules
            .iter()
            .map(|r| RetentionRuleJson {
                purpose: r.purpose.code().into(),
                months: r.months,
                from_year_end: r.from_year_end,
                legal_basis: r.legal_basis.clone(),
            })
            .collect(),
    }
}

fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", "no debtor with that id for your creditor")
}

fn debtor_id(text: &str) -> Result<DebtorId, ApiError> {
    text.parse::<i64>().ok().filter(|v| *v > 0).map(DebtorId).ok_or_else(not_found)
}

#[utoipa::path(
    get,
    path = "/api/v1/debtors/{id}/export",
    tag = "gdpr",
    summary = "Everything stored about one debtor, as one JSON document (the right of access)",
    params(("id" = i64, Path, description = "The debtor id")),
    responses(
        (status = 200, body = DebtorExportJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 404, description = "No such debtor for your creditor", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn export(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> ApiResult {
    let export = state.store.debtor_export(caller.creditor, debtor_id(&id)?).await?.ok_or_else(not_found)?;
    Ok(Json(DebtorExportJson {
        format: export.format.into(),
        creditor_id: export.creditor_id,
        debtor_id: export.debtor_id,
        erased_on: export.erased_on,
        tables: export.tables,
    })
    .into_response())
}

#[utoipa::path(
    post,
    path = "/api/v1/debtors/{id}/erase",
    tag = "gdpr",
    summary = "Erase (pseudonymise) a debtor whose claims are closed and whose retention periods have passed",
    description = "Replaces the name, customer number, identity number, address, e-mail, phone and free text \
                   (portal messages, dispute text, attachments, payer names) with a pseudonym in one transaction; \
                   the ledger keeps every amount. Asking again answers `already_erased` and writes nothing.",
    params(("id" = i64, Path, description = "The debtor id")),
    responses(
        (status = 200, body = ErasureJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 403, description = "The key is read-only", body = ErrorJson),
        (status = 404, description = "No such debtor for your creditor", body = ErrorJson),
        (status = 409, description = "Not allowed yet: code `open_claim` (details: claim, state) or `retention` (details: purpose, until)", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn erase(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> ApiResult {
    caller.must_write()?;
    let id = debtor_id(&id)?;
    let policy = state.store.retention_policy(caller.creditor).await?;
    let actor = Actor { kind: ActorKind::ApiKey, name: format!("creditor {}", caller.creditor.0) };
    let outcome = match state.store.debtor_erase(caller.creditor, id, crate::today(), &policy, &actor).await {
        Err(store::StoreError::NotFound(_)) => return Err(not_found()),
        other => other?,
    };
    let body = match outcome {
        EraseOutcome::Erased(r) => ErasureJson {
            outcome: "erased".into(),
            debtor_id: id.0,
            pseudonym: r.pseudonym,
            erased_on: r.erased_on.to_string(),
            rows: r.rows,
        },
        EraseOutcome::AlreadyErased { pseudonym, erased_on } => ErasureJson {
            outcome: "already_erased".into(),
            debtor_id: id.0,
            pseudonym,
            erased_on,
            rows: BTreeMap::new(),
        },
        EraseOutcome::Refused(r) => {
            let details = serde_json::to_value(r).unwrap_or_default();
            return Err(ApiError::new(StatusCode::CONFLICT, r.code(), r.message()).with_details(details));
        }
    };
    Ok(Json(body).into_response())
}

#[utoipa::path(
    get,
    path = "/api/v1/retention",
    tag = "gdpr",
    summary = "The creditor's retention periods per purpose, with their legal basis",
    responses(
        (status = 200, body = RetentionJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn get_retention(State(state): State<AppState>, caller: Caller) -> ApiResult {
    let policy = state.store.retention_policy(caller.creditor).await?;
    Ok(Json(retention_json(&policy)).into_response())
}

#[utoipa::path(
    put,
    path = "/api/v1/retention",
    tag = "gdpr",
    summary = "Set the creditor's retention periods (one rule per purpose)",
    request_body = RetentionJson,
    responses(
        (status = 200, description = "The periods as stored", body = RetentionJson),
        (status = 400, description = "The body is not valid JSON for this endpoint", body = ErrorJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 403, description = "The key is read-only", body = ErrorJson),
        (status = 413, description = "The body is larger than 1 MiB", body = ErrorJson),
        (status = 415, description = "The body is not sent as application/json", body = ErrorJson),
        (status = 422, description = "An unknown purpose, a missing or repeated one, or an absurd period", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn put_retention(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(body): ApiJson<RetentionJson>,
) -> ApiResult {
    caller.must_write()?;
    let mut rules = Vec::new();
    for (i, r) in body.rules.into_iter().enumerate() {
        let Some(purpose) = Purpose::from_code(&r.purpose) else {
            return Err(ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "invalid",
                format!("rules[{i}].purpose: {:?} is not bookkeeping or collection", r.purpose),
            ));
        };
        rules.push(RetentionRule {
            purpose,
            months: r.months,
            from_year_end: r.from_year_end,
            legal_basis: r.legal_basis,
        });
    }
    let policy = RetentionPolicy { rules };
    policy.validate().map_err(|m| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", m))?;
    state.store.set_retention_policy(caller.creditor, &policy).await?;
    let stored = state.store.retention_policy(caller.creditor).await?;
    Ok(Json(retention_json(&stored)).into_response())
}
