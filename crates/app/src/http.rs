//! The HTTP API (`/api/v1`): JSON in and out, one creditor per API key.
//!
//! This is the only place that knows status codes and JSON error shapes. Every error is
//! `{"error": {"code": "...", "message": "..."}}` with a stable code; a 5xx never shows SQL or
//! internals (the detail goes to the server's log instead). A key sees only its own creditor's
//! data: every store call below is scoped by the caller's creditor id.

use crate::json::{
    BookedJson, ClaimJson, ClaimListJson, CreditorJson, CreditorListJson, DebtorJson, DebtorListJson, ErrorJson,
    HealthJson, LedgerJson, PaymentListJson, ResolvedJson,
};
use crate::{json, keys};
use axum::extract::rejection::JsonRejection;
use axum::extract::{DefaultBodyLimit, FromRequest, FromRequestParts, Path, Query, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use domain::{
    Channel, ClaimId, ClaimInput, ClaimState, Component, CreditorId, Currency, DebtorId, DebtorInput, DebtorKind,
    EntryKind, Language, Money, NewEntry, PostalAddress,
};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use store::{AppendOutcome, ClaimFilter, CreateOutcome, Role, Store, StoreError};
use utoipa::{IntoParams, OpenApi, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

#[derive(Debug, Clone)]
pub struct AppState {
    pub store: Store,
}

/// The whole HTTP surface: the API, its OpenAPI document at `/api/openapi.json` and Swagger UI
/// at `/api/docs`.
pub fn router(store: Store) -> Router {
    let (api, doc) = api_routes().split_for_parts();
    api.merge(utoipa_swagger_ui::SwaggerUi::new("/api/docs").url("/api/openapi.json", doc))
        .fallback(|| async {
            ApiError::new(StatusCode::NOT_FOUND, "not_found", "there is no such endpoint; see /api/docs")
        })
        .layer(DefaultBodyLimit::max(1024 * 1024))
        .layer(axum::middleware::from_fn_with_state(store.clone(), crate::dashboard::api_audit::record))
        .with_state(AppState { store: store.clone() })
        .merge(crate::portal::router(store.clone()))
        .merge(crate::dashboard::router(store))
}

/// Every API route, registered through `routes!` so each one is in the OpenAPI document from
/// the same annotation that describes it (a tidy test refuses plain API routes elsewhere).
pub fn api_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(crate::openapi::ApiDoc::openapi())
        .routes(routes!(health))
        .routes(routes!(list_creditors))
        .routes(routes!(get_creditor))
        .routes(routes!(list_debtors, create_debtor))
        .routes(routes!(get_debtor))
        .routes(routes!(list_claims, create_claim))
        .merge(
            // An invoice with its attachments may be larger than the other endpoints' 1 MiB.
            OpenApiRouter::new()
                .routes(routes!(create_claim_from_peppol))
                .layer(DefaultBodyLimit::max(formats::peppol::MAX_BYTES)),
        )
        .routes(routes!(get_claim))
        .routes(routes!(get_ledger))
        .routes(routes!(credit_note))
        .routes(routes!(list_unmatched_payments))
        .routes(routes!(resolve_payment))
        .merge(crate::http_cases::routes())
        .merge(crate::http_webhooks::routes())
        .merge(crate::http_gdpr::routes())
        .merge(crate::http_templates::routes())
        .merge(crate::http_refunds::routes())
        .merge(crate::http_exports::routes())
        .merge(crate::http_customers::routes())
        .merge(crate::http_strategies::routes())
        .merge(crate::http_segments::routes())
        .merge(crate::http_experiments::routes())
}

/// An API error with a stable code and a message meant for the integrating engineer.
#[derive(Debug)]
pub struct ApiError {
    pub(crate) status: StatusCode,
    code: &'static str,
    pub(crate) message: String,
    details: Option<Value>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> ApiError {
        ApiError { status, code, message: message.into(), details: None }
    }

    /// Adds machine-readable details (shown as `error.details`).
    pub fn with_details(mut self, details: Value) -> ApiError {
        self.details = Some(details);
        self
    }

    pub(crate) fn not_found(what: &str) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, "not_found", format!("no {what} with that id for your creditor"))
    }

    pub(crate) fn invalid(problems: Vec<(String, String)>) -> ApiError {
        let details: Vec<Value> = problems.iter().map(|(f, p)| json!({"field": f, "problem": p})).collect();
        let summary: Vec<String> = problems.iter().map(|(f, p)| format!("{f}: {p}")).collect();
        ApiError {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            code: "invalid",
            message: summary.join("; "),
            details: Some(Value::Array(details)),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = ErrorJson {
            error: json::ErrorDetailJson { code: self.code.to_string(), message: self.message, details: self.details },
        };
        (self.status, Json(body)).into_response()
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::NotFound(what) => ApiError::not_found(what),
            StoreError::Ledger(e) => ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "ledger_rule", e.to_string()),
            StoreError::Invalid(m) => ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", m),
            other => {
                // The detail may contain SQL: log it, never send it.
                eprintln!("internal error: {other}");
                let status = if other.is_transient() {
                    StatusCode::SERVICE_UNAVAILABLE
                } else {
                    StatusCode::INTERNAL_SERVER_ERROR
                };
                ApiError::new(status, "internal", "something went wrong on our side; please try again")
            }
        }
    }
}

type ApiResult = Result<Response, ApiError>;

/// JSON bodies, with our error shape when they do not parse.
#[derive(Debug)]
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: serde::de::DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;
    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        match Json::<T>::from_request(req, state).await {
            Ok(Json(v)) => Ok(ApiJson(v)),
            Err(JsonRejection::BytesRejection(_)) => {
                Err(ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "too_large", "the request body is larger than 1 MiB"))
            }
            Err(JsonRejection::MissingJsonContentType(_)) => Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "not_json",
                "send the body as JSON with Content-Type: application/json",
            )),
            Err(e) => Err(ApiError::new(StatusCode::BAD_REQUEST, "bad_json", e.body_text())),
        }
    }
}

/// The authenticated caller: one creditor and a role.
#[derive(Debug, Clone, Copy)]
pub struct Caller {
    pub creditor: CreditorId,
    pub role: Role,
}

impl Caller {
    pub(crate) fn must_write(&self) -> Result<(), ApiError> {
        if self.role.may_write() {
            Ok(())
        } else {
            Err(ApiError::new(StatusCode::FORBIDDEN, "forbidden", "this API key is read-only"))
        }
    }

    /// Settings that change how every claim is collected (ladders, experiments) need an admin key.
    pub(crate) fn must_admin(&self) -> Result<(), ApiError> {
        if self.role == Role::Admin {
            Ok(())
        } else {
            Err(ApiError::new(StatusCode::FORBIDDEN, "forbidden", "this needs an admin API key"))
        }
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let unauthorized = || {
            ApiError::new(
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "send your API key as `Authorization: Bearer purr_…`",
            )
        };
        let header = parts.headers.get("authorization").and_then(|h| h.to_str().ok()).ok_or_else(unauthorized)?;
        let presented = header.strip_prefix("Bearer ").ok_or_else(unauthorized)?;
        let key = keys::verify(&state.store, presented).await?.ok_or_else(unauthorized)?;
        Ok(Caller { creditor: key.creditor_id, role: key.role })
    }
}

fn ok(status: StatusCode, body: impl Serialize) -> ApiResult {
    Ok((status, Json(body)).into_response())
}

#[utoipa::path(
    get,
    path = "/api/v1/health",
    tag = "meta",
    summary = "Is the server and its database up?",
    responses(
        (status = 200, description = "Up", body = HealthJson),
        (status = 503, description = "The database does not answer", body = ErrorJson),
    ),
)]
async fn health(State(state): State<AppState>) -> ApiResult {
    state.store.ping().await?;
    let backend = match state.store.backend() {
        store::Backend::Sqlite => "sqlite",
        store::Backend::Postgres => "postgres",
    };
    ok(
        StatusCode::OK,
        HealthJson { status: "ok".into(), database: backend.into(), version: env!("CARGO_PKG_VERSION").into() },
    )
}

#[utoipa::path(
    get,
    path = "/api/v1/creditors",
    tag = "creditors",
    summary = "The key's creditor, as a list of one",
    responses(
        (status = 200, body = CreditorListJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn list_creditors(State(state): State<AppState>, caller: Caller) -> ApiResult {
    let c = state.store.creditor(caller.creditor).await?;
    let chosen = state.store.case_policy(caller.creditor).await?.merge_letters;
    ok(StatusCode::OK, CreditorListJson { items: vec![json::creditor(&c, chosen)] })
}

#[utoipa::path(
    get,
    path = "/api/v1/creditors/{id}",
    tag = "creditors",
    summary = "One creditor (only your own)",
    params(("id" = i64, Path, description = "The creditor id")),
    responses(
        (status = 200, body = CreditorJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 404, description = "No such creditor for your creditor", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn get_creditor(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> ApiResult {
    if id.parse::<i64>().ok() != Some(caller.creditor.0) {
        return Err(ApiError::not_found("creditor"));
    }
    let c = state.store.creditor(caller.creditor).await?;
    let chosen = state.store.case_policy(caller.creditor).await?.merge_letters;
    ok(StatusCode::OK, json::creditor(&c, chosen))
}

pub(crate) fn parse_id(text: &str, what: &str) -> Result<i64, ApiError> {
    text.parse::<i64>().ok().filter(|v| *v > 0).ok_or_else(|| ApiError::not_found(what))
}

/// Paging: items come in id order; pass the last id you saw as `after` for the next page.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Page {
    /// Start after this id.
    pub(crate) after: Option<i64>,
    pub(crate) limit: Option<i64>,
}

#[utoipa::path(
    get,
    path = "/api/v1/debtors",
    tag = "debtors",
    summary = "Debtors, a page at a time",
    params(Page),
    responses(
        (status = 200, body = DebtorListJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn list_debtors(State(state): State<AppState>, caller: Caller, Query(page): Query<Page>) -> ApiResult {
    let limit = page.limit.unwrap_or(100).clamp(1, 1000);
    let debtors = state.store.debtors(caller.creditor, page.after.map(DebtorId), limit).await?;
    let next = if debtors.len() as i64 == limit { debtors.last().map(|d| d.id.0) } else { None };
    ok(StatusCode::OK, DebtorListJson { items: debtors.iter().map(json::debtor).collect(), next_after: next })
}

#[utoipa::path(
    get,
    path = "/api/v1/debtors/{id}",
    tag = "debtors",
    summary = "One debtor",
    params(("id" = i64, Path, description = "The debtor id")),
    responses(
        (status = 200, body = DebtorJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 404, description = "No such debtor for your creditor", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn get_debtor(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> ApiResult {
    let id = parse_id(&id, "debtor")?;
    let d = state.store.debtor(caller.creditor, DebtorId(id)).await?.ok_or_else(|| ApiError::not_found("debtor"))?;
    ok(StatusCode::OK, json::debtor(&d))
}

/// A debtor as sent by the creditor's system; `customer_number` is the key.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DebtorBody {
    customer_number: String,
    kind: Option<String>,
    name: String,
    national_id: Option<String>,
    street: Option<String>,
    postal_code: Option<String>,
    city: Option<String>,
    country: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    language: Option<String>,
    channels: Option<Vec<String>>,
}

fn limit_len(problems: &mut Vec<(String, String)>, field: &str, value: &str, max: usize) {
    if value.chars().count() > max {
        problems.push((field.into(), format!("is longer than {max} characters")));
    }
    if value.chars().any(char::is_control) {
        problems.push((field.into(), "contains control characters".into()));
    }
}

fn debtor_input(b: DebtorBody, creditor: &domain::Creditor, problems: &mut Vec<(String, String)>) -> DebtorInput {
    for (field, value) in [("debtor.customer_number", &b.customer_number), ("debtor.name", &b.name)] {
        if value.trim().is_empty() {
            problems.push((field.into(), "is empty".into()));
        }
        limit_len(problems, field, value, 300);
    }
    let kind = match b.kind.as_deref() {
        None => DebtorKind::Consumer,
        Some(k) => k.parse().unwrap_or_else(|problem| {
            problems.push(("debtor.kind".into(), problem));
            DebtorKind::Consumer
        }),
    };
    let language = match b.language.as_deref() {
        None => creditor.default_language.clone(),
        Some(l) => Language::parse(l).unwrap_or_else(|e| {
            problems.push(("debtor.language".into(), e));
            creditor.default_language.clone()
        }),
    };
    let channels = match b.channels {
        None => vec![Channel::Email, Channel::Letter],
        Some(list) => list
            .iter()
            .filter_map(|c| {
                c.parse::<Channel>().map_err(|problem| problems.push(("debtor.channels".into(), problem))).ok()
            })
            .collect(),
    };
    for (field, value) in
        [("debtor.street", &b.street), ("debtor.city", &b.city), ("debtor.email", &b.email), ("debtor.phone", &b.phone)]
    {
        if let Some(v) = value {
            limit_len(problems, field, v, 300);
        }
    }
    DebtorInput {
        external_id: b.customer_number.trim().to_string(),
        kind,
        name: b.name.trim().to_string(),
        national_id: b.national_id,
        address: PostalAddress {
            street: b.street.unwrap_or_default(),
            postal_code: b.postal_code.unwrap_or_default(),
            city: b.city.unwrap_or_default(),
            country: b.country.unwrap_or_else(|| creditor.jurisdiction.code().into()).to_ascii_uppercase(),
        },
        email: b.email,
        phone: b.phone,
        language,
        channels,
    }
}

#[utoipa::path(
    post,
    path = "/api/v1/debtors",
    tag = "debtors",
    summary = "Create a debtor, or update the one with this customer number",
    request_body = DebtorBody,
    responses(
        (status = 201, description = "Created", body = DebtorJson),
        (status = 200, description = "Updated", body = DebtorJson),
        (status = 400, description = "The body is not valid JSON for this endpoint", body = ErrorJson),
        (status = 413, description = "The body is larger than 1 MiB", body = ErrorJson),
        (status = 415, description = "The body is not sent as application/json", body = ErrorJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 403, description = "The key is read-only", body = ErrorJson),
        (status = 422, description = "The body breaks a rule; `details` lists each field and problem", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn create_debtor(State(state): State<AppState>, caller: Caller, ApiJson(body): ApiJson<DebtorBody>) -> ApiResult {
    caller.must_write()?;
    let creditor = state.store.creditor(caller.creditor).await?;
    let mut problems = Vec::new();
    let input = debtor_input(body, &creditor, &mut problems);
    if !problems.is_empty() {
        return Err(ApiError::invalid(problems));
    }
    let (debtor, created) = state.store.upsert_debtor(caller.creditor, &input).await?;
    ok(if created { StatusCode::CREATED } else { StatusCode::OK }, json::debtor(&debtor))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ClaimQuery {
    /// Comma-separated claim states, e.g. `reminded,demanded`.
    state: Option<String>,
    debtor_id: Option<i64>,
    invoice_number: Option<String>,
    /// Start after this claim id.
    after: Option<i64>,
    /// How many items, 1–1000 (default 100).
    limit: Option<i64>,
}

#[utoipa::path(
    get,
    path = "/api/v1/claims",
    tag = "claims",
    summary = "Claims, filtered and a page at a time",
    params(ClaimQuery),
    responses(
        (status = 200, body = ClaimListJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 422, description = "The body breaks a rule; `details` lists each field and problem", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn list_claims(State(state): State<AppState>, caller: Caller, Query(q): Query<ClaimQuery>) -> ApiResult {
    let limit = q.limit.unwrap_or(100).clamp(1, 1000);
    let mut states = Vec::new();
    if let Some(list) = &q.state {
        for s in list.split(',') {
            states.push(
                ClaimState::from_code(s)
                    .ok_or_else(|| ApiError::invalid(vec![("state".into(), format!("{s:?} is not a claim state"))]))?,
            );
        }
    }
    let filter = ClaimFilter {
        creditor: Some(caller.creditor),
        states,
        debtor: q.debtor_id.map(DebtorId),
        invoice_number: q.invoice_number,
        after: q.after.map(|a| (caller.creditor, ClaimId(a))),
        limit,
    };
    let claims = state.store.claims(&filter).await?;
    let next = if claims.len() as i64 == limit { claims.last().map(|c| c.claim.id.0) } else { None };
    ok(StatusCode::OK, ClaimListJson { items: claims.iter().map(json::claim).collect(), next_after: next })
}

#[utoipa::path(
    get,
    path = "/api/v1/claims/{id}",
    tag = "claims",
    summary = "One claim with its balance",
    params(("id" = i64, Path, description = "The claim id")),
    responses(
        (status = 200, body = ClaimJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 404, description = "No such claim for your creditor", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn get_claim(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> ApiResult {
    let id = parse_id(&id, "claim")?;
    let view = state.store.claim(caller.creditor, ClaimId(id)).await?.ok_or_else(|| ApiError::not_found("claim"))?;
    ok(StatusCode::OK, json::claim(&view))
}

#[utoipa::path(
    get,
    path = "/api/v1/claims/{id}/ledger",
    tag = "claims",
    summary = "A claim's ledger entries and balance",
    params(("id" = i64, Path, description = "The claim id")),
    responses(
        (status = 200, body = LedgerJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 404, description = "No such claim for your creditor", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn get_ledger(State(state): State<AppState>, caller: Caller, Path(id): Path<String>) -> ApiResult {
    let id = parse_id(&id, "claim")?;
    let view = state.store.claim(caller.creditor, ClaimId(id)).await?.ok_or_else(|| ApiError::not_found("claim"))?;
    let entries = state.store.entries(caller.creditor, ClaimId(id)).await?;
    ok(
        StatusCode::OK,
        LedgerJson {
            claim_id: id,
            entries: entries.iter().map(json::entry).collect(),
            balance: json::balance(&view.balance),
        },
    )
}

/// A new claim. Sending the same invoice number again with the same content is harmless.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ClaimBody {
    invoice_number: String,
    debtor: DebtorBody,
    issue_date: String,
    due_date: String,
    due_date_agreed: Option<bool>,
    amount_minor: i64,
    currency: String,
    payment_reference: Option<String>,
    contract_rate_percent: Option<String>,
}

/// A calendar date written exactly as YYYY-MM-DD, or the problem to report for it.
pub(crate) fn parse_date(value: &str) -> Result<jiff::civil::Date, String> {
    match value.parse::<jiff::civil::Date>() {
        Ok(d) if value.len() == 10 => Ok(d),
        _ => Err(format!("{:?} is not a date (YYYY-MM-DD)", value.chars().take(20).collect::<String>())),
    }
}

fn date_field(problems: &mut Vec<(String, String)>, field: &str, value: &str) -> Option<jiff::civil::Date> {
    parse_date(value).map_err(|problem| problems.push((field.into(), problem))).ok()
}

#[utoipa::path(
    post,
    path = "/api/v1/claims",
    tag = "claims",
    summary = "Create a claim (idempotent by invoice number)",
    request_body = ClaimBody,
    responses(
        (status = 201, description = "Created", body = ClaimJson),
        (status = 200, description = "The same claim already exists", body = ClaimJson),
        (status = 400, description = "The body is not valid JSON for this endpoint", body = ErrorJson),
        (status = 413, description = "The body is larger than 1 MiB", body = ErrorJson),
        (status = 415, description = "The body is not sent as application/json", body = ErrorJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 403, description = "The key is read-only", body = ErrorJson),
        (status = 409, description = "The invoice number belongs to a claim with other content", body = ErrorJson),
        (status = 422, description = "The body breaks a rule; `details` lists each field and problem", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn create_claim(State(state): State<AppState>, caller: Caller, ApiJson(b): ApiJson<ClaimBody>) -> ApiResult {
    caller.must_write()?;
    let creditor = state.store.creditor(caller.creditor).await?;
    let mut problems = Vec::new();
    if b.invoice_number.trim().is_empty() {
        problems.push(("invoice_number".into(), "is empty".into()));
    }
    limit_len(&mut problems, "invoice_number", &b.invoice_number, 64);
    let debtor = debtor_input(b.debtor, &creditor, &mut problems);
    let issue = date_field(&mut problems, "issue_date", &b.issue_date);
    let due = date_field(&mut problems, "due_date", &b.due_date);
    if let (Some(i), Some(d)) = (issue, due)
        && d < i
    {
        problems.push(("due_date".into(), "is before the issue date".into()));
    }
    let currency = b.currency.parse::<Currency>().map_err(|e| problems.push(("currency".into(), e.to_string()))).ok();
    if b.amount_minor <= 0 {
        problems.push(("amount_minor".into(), "must be more than zero (credit notes have their own endpoint)".into()));
    }
    let rate = match b.contract_rate_percent.as_deref() {
        None => None,
        Some(r) => match r.parse::<rust_decimal::Decimal>() {
            Ok(d) if d >= rust_decimal::Decimal::ZERO && d <= rust_decimal::Decimal::from(100) => Some(d),
            _ => {
                problems.push((
                    "contract_rate_percent".into(),
                    "must be a percentage between 0 and 100, as a string".into(),
                ));
                None
            }
        },
    };
    let reference = match b.payment_reference {
        Some(r) if !r.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') || r.len() > 35 => {
            problems.push(("payment_reference".into(), "may hold at most 35 digits, letters and '-'".into()));
            None
        }
        Some(r) => Some(r),
        None => crate::claims_cmd::default_reference(creditor.reference_scheme, b.invoice_number.trim()),
    };
    let (Some(issue_date), Some(due_date), Some(currency), true) = (issue, due, currency, problems.is_empty()) else {
        return Err(ApiError::invalid(problems));
    };
    let input = ClaimInput {
        invoice_number: b.invoice_number.trim().to_string(),
        debtor,
        issue_date,
        due_date,
        due_date_agreed: b.due_date_agreed.unwrap_or(true),
        principal: Money::from_minor(b.amount_minor, currency),
        payment_reference: reference,
        contract_rate_percent: rate,
    };
    claim_created(state.store.create_claim(caller.creditor, &input).await?)
}

/// The answer to creating a claim: 201 new, 200 already there, 409 another claim's number.
fn claim_created(outcome: CreateOutcome) -> ApiResult {
    match outcome {
        CreateOutcome::Created(v) => ok(StatusCode::CREATED, json::claim(&v)),
        CreateOutcome::Exists(v) => ok(StatusCode::OK, json::claim(&v)),
        CreateOutcome::Conflict(v) => Err(ApiError {
            status: StatusCode::CONFLICT,
            code: "conflict",
            message: format!(
                "invoice number {:?} already belongs to claim {} with other content",
                v.claim.invoice_number, v.claim.id
            ),
            details: Some(json!({"existing_claim_id": v.claim.id.0})),
        }),
    }
}

#[utoipa::path(
    post,
    path = "/api/v1/claims/peppol",
    tag = "claims",
    summary = "Create a claim from a Peppol BIS Billing 3 / EHF 3 invoice (idempotent by invoice number)",
    description = "The body is one UBL 2.1 Invoice, bare or in its SBDH envelope, as sent on the Peppol \
                   network. Purr reads the invoice number (BT-1), issue and due dates (BT-2, BT-9; the due date is \
                   required), currency (BT-5), amount due (BT-115, checked against the totals by BR-CO-16), payment \
                   reference (BT-83) and the buyer. The seller, when it names an organisation number, must be the \
                   key's creditor; credit notes are refused (use the credit-notes endpoint). A 422 lists each problem \
                   with its line and element in `details`.",
    request_body(content = String, content_type = "application/xml", description = "A UBL 2.1 Invoice (UTF-8), at most 32 MiB"),
    responses(
        (status = 201, description = "Created", body = ClaimJson),
        (status = 200, description = "The same claim already exists", body = ClaimJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 403, description = "The key is read-only", body = ErrorJson),
        (status = 409, description = "The invoice number belongs to a claim with other content", body = ErrorJson),
        (status = 413, description = "The body is larger than 32 MiB", body = ErrorJson),
        (status = 415, description = "The body is not sent as application/xml", body = ErrorJson),
        (status = 422, description = "The invoice breaks a rule; `details` lists each line, element and problem", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn create_claim_from_peppol(
    State(state): State<AppState>,
    caller: Caller,
    headers: axum::http::HeaderMap,
    body: Result<axum::body::Bytes, axum::extract::rejection::BytesRejection>,
) -> ApiResult {
    caller.must_write()?;
    let content_type = headers.get(axum::http::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let media = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if !matches!(media.as_str(), "application/xml" | "text/xml") {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "not_xml",
            "send the invoice as XML with Content-Type: application/xml",
        ));
    }
    let body = body
        .map_err(|_| ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "too_large", "the invoice is larger than 32 MiB"))?;
    let creditor = state.store.creditor(caller.creditor).await?;
    let rows = crate::claims_cmd::parse_peppol(&body, &creditor).map_err(|problems| {
        ApiError::invalid(problems.into_iter().map(|e| (format!("line {}: {}", e.line, e.field), e.problem)).collect())
    })?;
    let Some((_, input)) = rows.into_iter().next() else {
        return Err(ApiError::invalid(vec![("body".into(), "holds no invoice".into())]));
    };
    claim_created(state.store.create_claim(caller.creditor, &input).await?)
}

/// A credit note: how much to take off the principal, and why.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CreditNoteBody {
    amount_minor: i64,
    date: Option<String>,
    reason: String,
    idempotency_key: Option<String>,
}

#[utoipa::path(
    post,
    path = "/api/v1/claims/{id}/credit-notes",
    tag = "claims",
    summary = "Credit (part of) a claim",
    params(("id" = i64, Path, description = "The claim id"), ("Idempotency-Key" = Option<String>, Header, description = "Makes a retry safe")),
    request_body = CreditNoteBody,
    responses(
        (status = 201, description = "Booked", body = BookedJson),
        (status = 200, description = "Already booked with this idempotency key", body = BookedJson),
        (status = 400, description = "The body is not valid JSON for this endpoint", body = ErrorJson),
        (status = 413, description = "The body is larger than 1 MiB", body = ErrorJson),
        (status = 415, description = "The body is not sent as application/json", body = ErrorJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 403, description = "The key is read-only", body = ErrorJson),
        (status = 404, description = "No such claim for your creditor", body = ErrorJson),
        (status = 409, description = "The idempotency key was used for another request", body = ErrorJson),
        (status = 422, description = "The body breaks a rule; `details` lists each field and problem", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn credit_note(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(b): ApiJson<CreditNoteBody>,
) -> ApiResult {
    caller.must_write()?;
    let id = ClaimId(parse_id(&id, "claim")?);
    let view = state.store.claim(caller.creditor, id).await?.ok_or_else(|| ApiError::not_found("claim"))?;
    let mut problems = Vec::new();
    if b.amount_minor <= 0 {
        problems.push(("amount_minor".into(), "must be more than zero (the amount to credit)".into()));
    }
    if b.reason.trim().is_empty() {
        problems.push(("reason".into(), "is empty; say why the claim is credited".into()));
    }
    limit_len(&mut problems, "reason", &b.reason, 500);
    let date = match b.date.as_deref() {
        Some(d) => date_field(&mut problems, "date", d),
        None => Some(crate::today()),
    };
    let header_key = headers.get("idempotency-key").and_then(|h| h.to_str().ok()).map(str::to_string);
    let key = b.idempotency_key.or(header_key).map(|k| format!("api:credit-note:{k}"));
    if key.as_ref().is_some_and(|k| k.len() > 200) {
        problems.push(("idempotency_key".into(), "is longer than 180 characters".into()));
    }
    let (Some(date), true) = (date, problems.is_empty()) else {
        return Err(ApiError::invalid(problems));
    };
    let entry = NewEntry {
        kind: EntryKind::CreditNote,
        component: Component::Principal,
        amount: Money::from_minor(-b.amount_minor, view.claim.principal.currency()),
        effective_date: date,
        reason: b.reason.trim().to_string(),
    };
    let outcome = state.store.append_entries(caller.creditor, id, &[entry], key.as_deref()).await?;
    let after = state.store.claim(caller.creditor, id).await?.ok_or_else(|| ApiError::not_found("claim"))?;
    let body = |entries: &[domain::Entry]| BookedJson {
        entries: entries.iter().map(json::entry).collect(),
        claim: json::claim(&after),
    };
    match outcome {
        AppendOutcome::Booked(e) => ok(StatusCode::CREATED, body(&e)),
        AppendOutcome::Exists(e) => ok(StatusCode::OK, body(&e)),
        AppendOutcome::Conflict(_) => Err(ApiError::new(
            StatusCode::CONFLICT,
            "conflict",
            "this idempotency key was already used for a different request",
        )),
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/payments/unmatched",
    tag = "payments",
    summary = "Payments no claim could be matched to, with suggestions",
    params(Page),
    responses(
        (status = 200, body = PaymentListJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn list_unmatched_payments(State(state): State<AppState>, caller: Caller, Query(page): Query<Page>) -> ApiResult {
    let limit = page.limit.unwrap_or(100).clamp(1, 1000);
    let items = state.store.unmatched_payments(caller.creditor, page.after, limit).await?;
    let next = if items.len() as i64 == limit { items.last().map(|p| p.id) } else { None };
    ok(StatusCode::OK, PaymentListJson { items: items.iter().map(json::payment).collect(), next_after: next })
}

/// The claim an unmatched payment belongs to.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ResolveBody {
    claim_id: i64,
}

#[utoipa::path(
    post,
    path = "/api/v1/payments/{id}/resolve",
    tag = "payments",
    summary = "Book an unmatched payment to a claim by hand",
    params(("id" = i64, Path, description = "The payment id")),
    request_body = ResolveBody,
    responses(
        (status = 200, body = ResolvedJson),
        (status = 400, description = "The body is not valid JSON for this endpoint", body = ErrorJson),
        (status = 413, description = "The body is larger than 1 MiB", body = ErrorJson),
        (status = 415, description = "The body is not sent as application/json", body = ErrorJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 403, description = "The key is read-only", body = ErrorJson),
        (status = 404, description = "No such payment for your creditor", body = ErrorJson),
        (status = 409, description = "The payment is not in the unmatched queue; nothing was booked", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn resolve_payment(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<ResolveBody>,
) -> ApiResult {
    caller.must_write()?;
    let id = parse_id(&id, "payment")?;
    let claim = ClaimId(parse_id(&b.claim_id.to_string(), "claim")?);
    let today = crate::today();
    match state.store.resolve_payment(caller.creditor, id, claim, today).await? {
        store::ResolveOutcome::Resolved { payment, entries } => {
            let view = state.store.claim(caller.creditor, claim).await?.ok_or_else(|| ApiError::not_found("claim"))?;
            ok(
                StatusCode::OK,
                ResolvedJson {
                    payment: json::payment(&payment),
                    entries: entries.iter().map(json::entry).collect(),
                    claim: json::claim(&view),
                },
            )
        }
        store::ResolveOutcome::NotUnmatched(payment) => Err(ApiError {
            status: StatusCode::CONFLICT,
            code: "conflict",
            message: format!(
                "payment {} is {}, not waiting in the unmatched queue; nothing was booked",
                payment.id,
                payment.status.code()
            ),
            details: Some(json!({"status": payment.status.code()})),
        }),
    }
}

/// Serves the API until Ctrl-C.
pub async fn serve(store: Store, listener: tokio::net::TcpListener) -> anyhow::Result<()> {
    axum::serve(listener, router(store).into_make_service_with_connect_info::<std::net::SocketAddr>())
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;
    Ok(())
}
