//! Champion/challenger experiments over the API: `GET/POST /api/v1/experiments`,
//! `GET /api/v1/experiments/{id}/outcomes` and `POST /api/v1/experiments/{id}/stop`.
//!
//! An experiment varies the ladder of one (debtor kind, segment) key. Each arm is checked with
//! the domain's `Experiment::problems` against that ladder and the law before anything is saved:
//! an arm may change templates, channels and offsets, never fees or deadlines. Debtors are put
//! in arms by a stable hash of (experiment name, debtor id); outcomes are computed per arm from
//! the stored rows. Writes need an admin key; the API audit layer records them.

use crate::http::{ApiError, ApiJson, AppState, Caller, parse_id};
use crate::json::ErrorJson;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use domain::dunning::{Arm, Experiment, LadderSource, Ladders, Segment, Strategies};
use domain::law::LawTables;
use domain::{CreditorId, DebtorKind};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use store::{NewExperiment, Store, StoredExperiment};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

type ApiResult = Result<Response, ApiError>;

pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_experiments, create_experiment))
        .routes(routes!(experiment_outcomes))
        .routes(routes!(stop_experiment))
}

/// What an arm changes in one step: only `template`, `channels` and `offset_days` are allowed.
/// Giving `deadline_days`, `fee_requested`, `kind` or `relative_to` with another value than the
/// ladder's is refused (422 `experiment_refused`).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct StepChangeJson {
    /// The 0-based index of the step in the ladder.
    pub step_no: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    /// letter, email, sms or ebox, in order of preference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channels: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset_days: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline_days: Option<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fee_requested: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relative_to: Option<String>,
}

/// One arm: a name, a relative weight and its changes (none: the champion).
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ArmJson {
    pub name: String,
    pub weight: u32,
    #[serde(default)]
    pub steps: Vec<StepChangeJson>,
}

/// A new experiment.
#[derive(Debug, Deserialize, ToSchema)]
pub struct ExperimentBody {
    /// Unique per creditor; part of the assignment hash, so it never changes.
    pub name: String,
    /// consumer or business
    pub debtor: String,
    /// The ladder it varies: a segment code with a ladder of the creditor's own, or `all`
    /// (the ladder for every segment, the creditor's or Purr's default). Default `all`.
    pub segment: Option<String>,
    /// 2 to 10 arms.
    pub arms: Vec<ArmJson>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ExperimentJson {
    pub id: i64,
    pub name: String,
    pub debtor: String,
    /// A segment code or all.
    pub segment: String,
    /// False once stopped: the run no longer applies its arms.
    pub active: bool,
    /// RFC 3339.
    pub created_at: String,
    pub arms: Vec<ArmJson>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ExperimentListJson {
    pub items: Vec<ExperimentJson>,
}

/// One arm's figures. Every figure counts claims unless its name says debtors.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
pub struct ArmOutcomeJson {
    pub arm: String,
    /// Debtors in this arm with a claim in the experiment.
    pub debtors: u64,
    /// Claims of the experiment's debtor kind and ladder that had a dunning step since the
    /// experiment started, whose debtor hashes to this arm.
    pub claims: u64,
    /// Paid in full at most 14 days after the due date (the last payment's date; early included).
    pub paid_within_14_days: u64,
    pub paid_within_30_days: u64,
    pub paid_within_60_days: u64,
    /// Claims the debtor acted on in the portal (promise, plan, postponement, dispute).
    pub self_service: u64,
    /// Claims with a dispute, by anyone.
    pub disputed: u64,
    /// Debtors who wrote to the creditor through the portal.
    pub debtors_writing: u64,
    /// Claims with a complaint about the collection on their timeline
    /// (`POST /api/v1/claims/{id}/complaints` or the dashboard).
    pub complaints: u64,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OutcomesJson {
    pub experiment_id: i64,
    pub name: String,
    /// The day the experiment started: steps from this day on count.
    pub since: String,
    pub arms: Vec<ArmOutcomeJson>,
}

fn conv<T: Serialize, U: serde::de::DeserializeOwned>(v: &T) -> U {
    // The API shapes mirror the domain's JSON by construction.
    serde_json::to_value(v)
        .and_then(serde_json::from_value)
        .unwrap_or_else(|e| panic!("a domain value does not convert to its API shape: {e}"))
}

fn experiment_json(s: &StoredExperiment) -> ExperimentJson {
    let e = &s.experiment;
    ExperimentJson {
        id: s.id,
        name: e.name.clone(),
        debtor: e.debtor.code().into(),
        segment: crate::http_strategies::segment_label(&e.segment).into(),
        active: s.active,
        created_at: s.created_at.clone(),
        arms: e.arms.iter().map(conv).collect(),
    }
}

fn invalid(field: &str, problem: String) -> ApiError {
    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", format!("{field}: {problem}"))
        .with_details(json!([{"field": field, "problem": problem}]))
}

async fn ladders(store: &Store, creditor: CreditorId) -> Result<Ladders, store::StoreError> {
    let jurisdiction = store.creditor(creditor).await?.jurisdiction;
    let own =
        store.creditor_strategies(creditor).await?.into_iter().map(|s| (s.debtor, s.segment, s.strategy)).collect();
    Ok(Ladders::new(jurisdiction, own, Strategies::builtin()))
}

#[utoipa::path(
    get,
    path = "/api/v1/experiments",
    tag = "experiments",
    summary = "The creditor's experiments with their arms",
    responses(
        (status = 200, description = "Oldest first", body = ExperimentListJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn list_experiments(State(state): State<AppState>, caller: Caller) -> ApiResult {
    let items = state.store.experiments(caller.creditor).await?.iter().map(experiment_json).collect();
    Ok((StatusCode::OK, Json(ExperimentListJson { items })).into_response())
}

#[utoipa::path(
    post,
    path = "/api/v1/experiments",
    tag = "experiments",
    summary = "Start an experiment on one ladder; every arm is checked against the ladder and the law first",
    request_body = ExperimentBody,
    responses(
        (status = 201, description = "Started; the next run applies it", body = ExperimentJson),
        (status = 400, description = "The body is not valid JSON", body = ErrorJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 403, description = "The key is not an admin key", body = ErrorJson),
        (status = 409, description = "conflict: the name is taken, or an active experiment already varies this ladder", body = ErrorJson),
        (status = 413, description = "The body is larger than 1 MiB", body = ErrorJson),
        (status = 415, description = "The body is not sent as application/json", body = ErrorJson),
        (status = 422, description = "invalid (the body's shape, an unknown debtor kind or segment, or a segment without a ladder of the creditor's own) or experiment_refused (details: each problem with its arm, rule and a sentence); nothing was saved", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn create_experiment(State(state): State<AppState>, caller: Caller, ApiJson(body): ApiJson<Value>) -> ApiResult {
    caller.must_admin()?;
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Body {
        name: String,
        debtor: String,
        segment: Option<String>,
        arms: Vec<Arm>,
    }
    let b: Body = serde_json::from_value(body).map_err(|e| invalid("body", e.to_string()))?;
    let debtor = match b.debtor.as_str() {
        "consumer" => DebtorKind::Consumer,
        "business" => DebtorKind::Business,
        other => return Err(invalid("debtor", format!("{other:?} is not consumer or business"))),
    };
    let segment = match b.segment.as_deref().unwrap_or("all") {
        "all" => String::new(),
        s => Segment::from_code(s)
            .ok_or_else(|| invalid("segment", format!("{s:?} is not a segment or all")))?
            .code()
            .into(),
    };
    let ladders = ladders(&state.store, caller.creditor).await?;
    let ladder = ladders.for_key(debtor, &segment).cloned().ok_or_else(|| {
        invalid(
            "segment",
            format!("the creditor has no ladder of its own for {}/{segment}; save one first or use all", debtor.code()),
        )
    })?;
    let jurisdiction = ladder.jurisdiction;
    let experiment = Experiment { name: b.name.trim().to_string(), debtor, segment, arms: b.arms };
    let problems = experiment.problems(&ladder, jurisdiction, LawTables::builtin_ref());
    if !problems.is_empty() {
        let details: Vec<Value> =
            problems.iter().map(|p| json!({"arm": p.arm(), "rule": p.code(), "problem": p.to_string()})).collect();
        let summary: Vec<String> = problems.iter().map(ToString::to_string).collect();
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "experiment_refused",
            format!("the experiment is refused: {}", summary.join("; ")),
        )
        .with_details(Value::Array(details)));
    }
    match state.store.create_experiment(caller.creditor, &experiment).await? {
        NewExperiment::Created(s) => Ok((StatusCode::CREATED, Json(experiment_json(&s))).into_response()),
        NewExperiment::NameTaken => Err(ApiError::new(
            StatusCode::CONFLICT,
            "conflict",
            format!("an experiment is already called {:?}", experiment.name),
        )),
        NewExperiment::KeyBusy(other) => Err(ApiError::new(
            StatusCode::CONFLICT,
            "conflict",
            format!(
                "the experiment {:?} (id {}) already varies this ladder; stop it first",
                other.experiment.name, other.id
            ),
        )),
    }
}

/// An experiment's figures per arm, from the stored rows, and the day it started: the claims on
/// the experiment's ladder (by the debtor's stored segment, the ladder the run picks today) that
/// had a step since then. The API and the dashboard show the same figures.
pub async fn arm_outcomes(
    store: &Store,
    creditor: CreditorId,
    stored: &store::StoredExperiment,
) -> Result<(jiff::civil::Date, Vec<domain::dunning::experiment::ArmOutcome>), store::StoreError> {
    let e = &stored.experiment;
    let since = stored.started_on()?;
    let ladders = ladders(store, creditor).await?;
    let claims: Vec<_> = store
        .experiment_claims(creditor, e.debtor, since)
        .await?
        .into_iter()
        .filter(|(_, segment)| {
            let key = match ladders.pick(e.debtor, segment.as_deref()) {
                Some((_, LadderSource::Segment)) => segment.as_deref().unwrap_or(""),
                _ => "",
            };
            key == e.segment
        })
        .map(|(c, _)| c)
        .collect();
    Ok((since, domain::dunning::experiment::outcomes(&e.name, &e.arms, &claims)))
}

#[utoipa::path(
    get,
    path = "/api/v1/experiments/{id}/outcomes",
    tag = "experiments",
    summary = "Per-arm outcomes: debtors and claims assigned, paid within 14/30/60 days of due, self-service, disputes, messages, complaints",
    params(("id" = i64, Path, description = "The experiment id")),
    responses(
        (status = 200, description = "One entry per arm, in the experiment's order", body = OutcomesJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 404, description = "No such experiment for your creditor", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn experiment_outcomes(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> ApiResult {
    let id = parse_id(&id, "experiment")?;
    let stored = state.store.experiment(caller.creditor, id).await?.ok_or_else(|| {
        ApiError::new(StatusCode::NOT_FOUND, "not_found", "no experiment with that id for your creditor")
    })?;
    let (since, arms) = arm_outcomes(&state.store, caller.creditor, &stored).await?;
    let e = &stored.experiment;
    let body = OutcomesJson {
        experiment_id: id,
        name: e.name.clone(),
        since: since.to_string(),
        arms: arms.iter().map(conv).collect(),
    };
    Ok((StatusCode::OK, Json(body)).into_response())
}

#[utoipa::path(
    post,
    path = "/api/v1/experiments/{id}/stop",
    tag = "experiments",
    summary = "Stop an experiment: the next run uses the ladder unchanged for everyone; outcomes stay readable",
    params(("id" = i64, Path, description = "The experiment id")),
    responses(
        (status = 200, description = "Stopped", body = ExperimentJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 403, description = "The key is not an admin key", body = ErrorJson),
        (status = 404, description = "No such experiment for your creditor", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn stop_experiment(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> ApiResult {
    caller.must_admin()?;
    let id = parse_id(&id, "experiment")?;
    if !state.store.stop_experiment(caller.creditor, id).await? {
        return Err(ApiError::new(StatusCode::NOT_FOUND, "not_found", "no experiment with that id for your creditor"));
    }
    let stored = state.store.experiment(caller.creditor, id).await?.ok_or(store::StoreError::NotFound("experiment"))?;
    Ok((StatusCode::OK, Json(experiment_json(&stored))).into_response())
}
