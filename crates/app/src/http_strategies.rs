//! The creditor's dunning ladders over the API: `GET /api/v1/strategies` and
//! `GET/PUT/DELETE /api/v1/strategies/{debtor}/{segment}`.
//!
//! A ladder is keyed by debtor kind (consumer, business) and segment (a segment code, or `all`
//! for the ladder of every segment). A PUT is checked with the domain's `Strategy::problems`
//! before anything is written: a ladder the law refuses is a 422 `strategy_refused` listing every
//! problem with its step. Writes need an admin key; the API audit layer records them.

use crate::http::{ApiError, ApiJson, AppState, Caller};
use crate::json::ErrorJson;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::dunning::{Segment, Strategies, Strategy};
use domain::law::LawTables;
use domain::{CreditorId, DebtorKind, Jurisdiction};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use store::Store;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

type ApiResult = Result<Response, ApiError>;

/// The strategy routes, documented from their annotations.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list_strategies)).routes(routes!(get_strategy, put_strategy, delete_strategy))
}

/// One rung of a ladder (the domain's `Step`).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct StepJson {
    /// pre_due_notice, reminder, second_reminder, collection_warning (NO), collection_demand
    /// (SE), payment_demand (NO) or handover.
    pub kind: String,
    /// Calendar days after (negative: before) the point named by `relative_to`.
    pub offset_days: i32,
    /// due_date or previous_step.
    pub relative_to: String,
    /// The payment deadline the letter gives, in calendar days from sending (0: none). The law's
    /// minimum: SE 8, NO 14 for fee letters.
    pub deadline_days: u16,
    /// letter, email, sms or ebox, in the creditor's order of preference.
    pub channels: Vec<String>,
    pub template: String,
    /// Ask for the step's fee (the law engine decides what may be charged).
    pub fee_requested: bool,
}

/// A ladder (the domain's `Strategy`, as in `data/dunning/default-strategies.toml`).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct StrategyJson {
    pub name: String,
    /// SE or NO: the creditor's.
    pub jurisdiction: String,
    /// consumer or business: the path's.
    pub debtor: String,
    /// No fee-bearing step within this many bank days after a payment file paid the claim.
    pub payment_grace_bank_days: u32,
    /// Book statutory interest up to the day of each step.
    pub accrue_interest: bool,
    /// The steps, in order.
    pub step: Vec<StepJson>,
}

/// One of the creditor's effective ladders.
#[derive(Debug, Serialize, ToSchema)]
pub struct LadderJson {
    /// consumer or business
    pub debtor: String,
    /// A segment code, or `all` for every segment.
    pub segment: String,
    /// custom (stored by the creditor) or default (Purr's).
    pub source: String,
    /// RFC 3339; absent for Purr's default.
    pub updated_at: Option<String>,
    pub strategy: StrategyJson,
}

/// The creditor's effective ladders: its own plus Purr's defaults where it has none.
#[derive(Debug, Serialize, ToSchema)]
pub struct LadderListJson {
    pub items: Vec<LadderJson>,
}

fn strategy_json(s: &Strategy) -> StrategyJson {
    // The two shapes are the same by construction (the API documents the domain's own JSON).
    serde_json::to_value(s)
        .and_then(serde_json::from_value)
        .unwrap_or_else(|e| panic!("a strategy does not convert to its JSON shape: {e}"))
}

fn ladder_json(
    debtor: DebtorKind,
    segment: &str,
    custom: bool,
    updated_at: Option<String>,
    s: &Strategy,
) -> LadderJson {
    LadderJson {
        debtor: debtor.code().into(),
        segment: segment_label(segment).into(),
        source: if custom { "custom" } else { "default" }.into(),
        updated_at,
        strategy: strategy_json(s),
    }
}

/// How a stored segment key reads in paths, JSON and pages: '' (every segment) is `all`.
pub(crate) fn segment_label(segment: &str) -> &str {
    if segment.is_empty() { "all" } else { segment }
}

/// The (debtor kind, stored segment) a path or form names (`all` is stored as ''), or what is
/// wrong with it.
pub fn parse_key(debtor: &str, segment: &str) -> Result<(DebtorKind, String), String> {
    let kind = match debtor {
        "consumer" => DebtorKind::Consumer,
        "business" => DebtorKind::Business,
        _ => return Err(format!("{debtor:?} is not a debtor kind (consumer or business)")),
    };
    if segment == "all" {
        return Ok((kind, String::new()));
    }
    let segment = Segment::from_code(segment).ok_or_else(|| {
        let codes: Vec<&str> = Segment::PRECEDENCE.iter().map(|s| s.code()).collect();
        format!("{segment:?} is not a segment ({}, or all)", codes.join(", "))
    })?;
    Ok((kind, segment.code().into()))
}

fn key(debtor: &str, segment: &str) -> Result<(DebtorKind, String), ApiError> {
    parse_key(debtor, segment).map_err(|m| ApiError::new(StatusCode::NOT_FOUND, "not_found", m))
}

/// Why a ladder may not be saved under a key; nothing is written then.
#[derive(Debug)]
pub enum LadderRefusal {
    /// Its debtor kind or jurisdiction is not the key's or the creditor's: (field, problem).
    Fields(Vec<(String, String)>),
    /// The law refuses it: every problem, in step order.
    Law(Vec<domain::dunning::StrategyError>),
}

/// The one check before a ladder is stored, by the API and the dashboard alike.
pub fn check_ladder(strategy: &Strategy, kind: DebtorKind, jurisdiction: Jurisdiction) -> Result<(), LadderRefusal> {
    let mut fields = Vec::new();
    if strategy.debtor != kind {
        fields.push((
            "debtor".to_string(),
            format!("is {}, but the path is for {}", strategy.debtor.code(), kind.code()),
        ));
    }
    if strategy.jurisdiction != jurisdiction {
        fields.push((
            "jurisdiction".to_string(),
            format!("is {}, but the creditor is in {jurisdiction}", strategy.jurisdiction),
        ));
    }
    if !fields.is_empty() {
        return Err(LadderRefusal::Fields(fields));
    }
    let law = strategy.problems(jurisdiction, LawTables::builtin_ref());
    if law.is_empty() { Ok(()) } else { Err(LadderRefusal::Law(law)) }
}

/// The creditor's ladder in effect for a key: its own for the segment, else its own for every
/// segment, else Purr's default (the order the run picks in). The dashboard's editor starts from it.
pub(crate) async fn effective(
    store: &Store,
    creditor: CreditorId,
    kind: DebtorKind,
    segment: &str,
) -> Result<LadderJson, ApiError> {
    let stored = store.creditor_strategies(creditor).await?;
    for key in [segment, ""] {
        if let Some(s) = stored.iter().find(|s| s.debtor == kind && s.segment == key) {
            return Ok(ladder_json(kind, key, true, Some(s.updated_at.clone()), &s.strategy));
        }
    }
    let jurisdiction = store.creditor(creditor).await?.jurisdiction;
    let defaults = Strategies::builtin();
    let default = defaults.for_case(jurisdiction, kind).ok_or_else(|| {
        ApiError::new(StatusCode::NOT_FOUND, "not_found", "Purr has no default ladder for this creditor")
    })?;
    Ok(ladder_json(kind, "", false, None, default))
}

#[utoipa::path(
    get,
    path = "/api/v1/strategies",
    tag = "strategies",
    summary = "The creditor's effective dunning ladders: its own, plus Purr's defaults where it has none for every segment",
    responses(
        (status = 200, description = "Each ladder with its key and whether it is the creditor's or Purr's", body = LadderListJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn list_strategies(State(state): State<AppState>, caller: Caller) -> ApiResult {
    let jurisdiction = state.store.creditor(caller.creditor).await?.jurisdiction;
    let stored = state.store.creditor_strategies(caller.creditor).await?;
    let defaults = Strategies::builtin();
    let mut items = Vec::new();
    for kind in [DebtorKind::Consumer, DebtorKind::Business] {
        if !stored.iter().any(|s| s.debtor == kind && s.segment.is_empty())
            && let Some(d) = defaults.for_case(jurisdiction, kind)
        {
            items.push(ladder_json(kind, "", false, None, d));
        }
        for s in stored.iter().filter(|s| s.debtor == kind) {
            items.push(ladder_json(kind, &s.segment, true, Some(s.updated_at.clone()), &s.strategy));
        }
    }
    Ok((StatusCode::OK, Json(LadderListJson { items })).into_response())
}

#[utoipa::path(
    get,
    path = "/api/v1/strategies/{debtor}/{segment}",
    tag = "strategies",
    summary = "The ladder a debtor of this kind and segment gets: the creditor's for the segment, else its ladder for all segments, else Purr's default",
    params(
        ("debtor" = String, Path, description = "consumer or business"),
        ("segment" = String, Path, description = "A segment code (hardship_flagged, chronic_late, high_value, business, good_history, first_time_late, standard) or all"),
    ),
    responses(
        (status = 200, description = "The ladder in effect, with the key it is stored under", body = LadderJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 404, description = "Unknown debtor kind or segment", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn get_strategy(
    State(state): State<AppState>,
    caller: Caller,
    Path((debtor, segment)): Path<(String, String)>,
) -> ApiResult {
    let (kind, segment) = key(&debtor, &segment)?;
    let ladder = effective(&state.store, caller.creditor, kind, &segment).await?;
    Ok((StatusCode::OK, Json(ladder)).into_response())
}

/// Why a ladder is refused, as the API's error details: one entry per problem.
pub(crate) fn refused(problems: &[domain::dunning::StrategyError], steps: &[domain::dunning::Step]) -> ApiError {
    let details: Vec<Value> = problems
        .iter()
        .map(|p| {
            json!({
                "step": p.step_no(),
                "kind": p.step_no().and_then(|i| steps.get(i)).map(|s| s.kind.code()),
                "rule": p.code(),
                "problem": p.to_string(),
            })
        })
        .collect();
    let summary: Vec<String> = problems.iter().map(ToString::to_string).collect();
    ApiError::new(
        StatusCode::UNPROCESSABLE_ENTITY,
        "strategy_refused",
        format!("the ladder is refused: {}", summary.join("; ")),
    )
    .with_details(Value::Array(details))
}

#[utoipa::path(
    put,
    path = "/api/v1/strategies/{debtor}/{segment}",
    tag = "strategies",
    summary = "Save the creditor's ladder for a debtor kind and segment, checked against the law first",
    params(
        ("debtor" = String, Path, description = "consumer or business"),
        ("segment" = String, Path, description = "A segment code or all"),
    ),
    request_body = StrategyJson,
    responses(
        (status = 200, description = "Saved; the run uses it from its next batch", body = LadderJson),
        (status = 400, description = "The body is not valid JSON", body = ErrorJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 403, description = "The key is not an admin key", body = ErrorJson),
        (status = 404, description = "Unknown debtor kind or segment", body = ErrorJson),
        (status = 413, description = "The body is larger than 1 MiB", body = ErrorJson),
        (status = 415, description = "The body is not sent as application/json", body = ErrorJson),
        (status = 422, description = "invalid (the body is not a ladder, or its jurisdiction or debtor kind is not the creditor's or the path's) or strategy_refused (details: each problem with its 0-based step, the step kind, the rule and a sentence); nothing was saved", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn put_strategy(
    State(state): State<AppState>,
    caller: Caller,
    Path((debtor, segment)): Path<(String, String)>,
    ApiJson(body): ApiJson<Value>,
) -> ApiResult {
    caller.must_admin()?;
    let (kind, segment) = key(&debtor, &segment)?;
    let strategy: Strategy = serde_json::from_value(body).map_err(|e| {
        ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", format!("the body is not a ladder: {e}"))
    })?;
    let jurisdiction = state.store.creditor(caller.creditor).await?.jurisdiction;
    match check_ladder(&strategy, kind, jurisdiction) {
        Ok(()) => {}
        Err(LadderRefusal::Fields(problems)) => {
            let details: Vec<Value> = problems.iter().map(|(f, p)| json!({"field": f, "problem": p})).collect();
            let summary: Vec<String> = problems.iter().map(|(f, p)| format!("{f}: {p}")).collect();
            return Err(ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", summary.join("; "))
                .with_details(Value::Array(details)));
        }
        Err(LadderRefusal::Law(law)) => return Err(refused(&law, &strategy.steps)),
    }
    let saved = state.store.save_strategy(caller.creditor, kind, &segment, &strategy).await?;
    let body = ladder_json(kind, &saved.segment, true, Some(saved.updated_at), &saved.strategy);
    Ok((StatusCode::OK, Json(body)).into_response())
}

#[utoipa::path(
    delete,
    path = "/api/v1/strategies/{debtor}/{segment}",
    tag = "strategies",
    summary = "Remove the creditor's ladder for a debtor kind and segment; the next in line applies again",
    params(
        ("debtor" = String, Path, description = "consumer or business"),
        ("segment" = String, Path, description = "A segment code or all"),
    ),
    responses(
        (status = 200, description = "Removed; the answer is the ladder now in effect for the key", body = LadderJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 403, description = "The key is not an admin key", body = ErrorJson),
        (status = 404, description = "Unknown debtor kind or segment, or the creditor has no ladder stored for it", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn delete_strategy(
    State(state): State<AppState>,
    caller: Caller,
    Path((debtor, segment)): Path<(String, String)>,
) -> ApiResult {
    caller.must_admin()?;
    let (kind, segment) = key(&debtor, &segment)?;
    if !state.store.delete_strategy(caller.creditor, kind, &segment).await? {
        return Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            "the creditor has no ladder stored for this key",
        ));
    }
    let ladder = effective(&state.store, caller.creditor, kind, &segment).await?;
    Ok((StatusCode::OK, Json(ladder)).into_response())
}
