//! Creditor templates over the API: `PUT/GET /api/v1/templates/{step}/{channel}/{lang}`, where
//! `step` is a dunning step kind or a case flow's notice (`plan_confirmation`, …).
//!
//! A PUT checks the template before anything is written: a syntax error or an unknown variable is
//! a 422 `template_error` with its line and column; asking to activate a template that lacks what
//! the law requires is a 422 `template_incomplete` naming each missing item (save it with
//! `"active": false` to keep a draft). A GET answers the creditor's stored template, or Purr's
//! default for that channel when there is none, with the legal-content lint's findings and the
//! readability figure.

use crate::http::{ApiError, ApiJson, AppState, Caller};
use crate::json::ErrorJson;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use messages::{LetterKind, TemplateChannel, TemplateKey};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

type ApiResult = Result<Response, ApiError>;

/// The template routes, documented from their annotations.
pub fn routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(get_template, put_template))
}

/// A template to save.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TemplateBody {
    /// minijinja text in Purr's letter markup (see Purr's default from GET for an example).
    pub source: String,
    /// Use it for new messages (default true). Activation needs the legal-content lint to pass.
    #[serde(default = "yes")]
    pub active: bool,
}

fn yes() -> bool {
    true
}

/// A readability figure: LIX for sv/nb/da (lower is easier), Flesch reading ease for en.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReadabilityJson {
    /// lix or flesch_reading_ease
    pub scale: String,
    /// With two decimals, e.g. "32.50".
    pub score: String,
    /// easy, medium or hard
    pub rating: String,
}

/// A template with what the lint found.
#[derive(Debug, Serialize, ToSchema)]
pub struct TemplateJson {
    pub step: String,
    pub channel: String,
    pub language: String,
    /// False when this is Purr's default (the creditor has stored none for this key).
    pub custom: bool,
    pub active: bool,
    pub source: String,
    /// RFC 3339; absent for Purr's default.
    pub updated_at: Option<String>,
    /// What the law requires that the template does not show, one sentence each.
    pub missing: Vec<String>,
    pub readability: Option<ReadabilityJson>,
}

/// The template a path names, or what is wrong with it (the step kinds and notices, channels or language).
pub fn parse_key(step: &str, channel: &str, lang: &str) -> Result<TemplateKey, String> {
    let kind = LetterKind::from_code(step)
        .ok_or_else(|| format!("{step:?} is not a step kind or notice ({})", LetterKind::codes()))?;
    let channel = TemplateChannel::from_code(channel)
        .ok_or_else(|| format!("{channel:?} is not a channel (letter, email, sms)"))?;
    let locale =
        messages::i18n::find_locale(lang).ok_or_else(|| format!("{lang:?} is not a language Purr writes in"))?;
    Ok(TemplateKey { kind, channel, lang: locale.code.to_string() })
}

fn key(step: &str, channel: &str, lang: &str) -> Result<TemplateKey, ApiError> {
    parse_key(step, channel, lang).map_err(|m| ApiError::new(StatusCode::NOT_FOUND, "not_found", m))
}

/// Why a template may not be saved as asked; nothing is written then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveRefusal {
    /// The source is longer than [`MAX_SOURCE_BYTES`].
    TooLong,
    /// It does not parse or names a variable that does not exist: where and what.
    Error(messages::template::TemplateError),
    /// Activation was asked for, but the template lacks what the law requires (one sentence
    /// each); it may be saved as a draft.
    Incomplete(Vec<String>),
}

/// The longest template source accepted, in bytes.
pub const MAX_SOURCE_BYTES: usize = 100_000;

/// The one check before a template is stored, by the API and the dashboard alike: the syntax and
/// variables always, the legal-content lint when it is to be active.
pub fn check_save(source: &str, key: &TemplateKey, active: bool) -> Result<(), SaveRefusal> {
    if source.len() > MAX_SOURCE_BYTES {
        return Err(SaveRefusal::TooLong);
    }
    messages::template::check(source, key).map_err(SaveRefusal::Error)?;
    if active {
        let checked = messages::lint::check_activation(
            source,
            key.kind,
            key.channel,
            &key.lang,
            messages::i18n::Catalog::builtin(),
        );
        match checked {
            Ok(_) => {}
            Err(messages::lint::LintError::Missing(items)) => return Err(SaveRefusal::Incomplete(items)),
            Err(messages::lint::LintError::Template(e)) => return Err(SaveRefusal::Error(e)),
        }
    }
    Ok(())
}

impl From<SaveRefusal> for ApiError {
    fn from(r: SaveRefusal) -> ApiError {
        match r {
            SaveRefusal::TooLong => {
                ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "invalid", "source: longer than 100 000 bytes")
            }
            SaveRefusal::Error(e) => {
                ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "template_error", format!("source: {e}"))
                    .with_details(json!([{"line": e.line, "column": e.column, "problem": e.message}]))
            }
            SaveRefusal::Incomplete(items) => {
                let details: Vec<serde_json::Value> = items.iter().map(|i| json!({"missing": i})).collect();
                ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "template_incomplete",
                    format!(
                        "the template cannot be activated: {} (save it with \"active\": false to keep a draft)",
                        items.join("; ")
                    ),
                )
                .with_details(serde_json::Value::Array(details))
            }
        }
    }
}

/// A template with the legal-content lint's findings and its readability.
pub fn template_json(
    key: &TemplateKey,
    source: String,
    custom: bool,
    active: bool,
    updated_at: Option<String>,
) -> TemplateJson {
    let report =
        messages::lint::lint(Some(&source), key.kind, key.channel, &key.lang, messages::i18n::Catalog::builtin());
    let (missing, readability) = match report {
        Ok(r) => (
            r.problems(),
            r.readability.map(|f| ReadabilityJson {
                scale: match f.scale {
                    messages::readability::Scale::Lix => "lix".into(),
                    messages::readability::Scale::FleschReadingEase => "flesch_reading_ease".into(),
                },
                score: f.score_text(),
                rating: f.rating.code().into(),
            }),
        ),
        Err(e) => (vec![format!("the template does not render: {e}")], None),
    };
    TemplateJson {
        step: key.kind.code().into(),
        channel: key.channel.code().into(),
        language: key.lang.clone(),
        custom,
        active,
        source,
        updated_at,
        missing,
        readability,
    }
}

#[utoipa::path(
    get,
    path = "/api/v1/templates/{step}/{channel}/{lang}",
    tag = "templates",
    summary = "The creditor's template for a step or notice, channel and language, or Purr's default",
    params(
        ("step" = String, Path, description = "A step kind (pre_due_notice, reminder, second_reminder, collection_warning, collection_demand, payment_demand, handover) or a case flow's notice (plan_confirmation, instalment_missed, plan_lapsed, dispute_rejected, promise_broken)"),
        ("channel" = String, Path, description = "letter, email or sms"),
        ("lang" = String, Path, description = "A language code Purr writes in: sv, nb, en, …"),
    ),
    responses(
        (status = 200, description = "The template, with the lint's findings and readability", body = TemplateJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 404, description = "Unknown step kind or notice, channel or language", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn get_template(
    State(state): State<AppState>,
    caller: Caller,
    Path((step, channel, lang)): Path<(String, String, String)>,
) -> ApiResult {
    let key = key(&step, &channel, &lang)?;
    let stored = state.store.template(caller.creditor, key.kind.code(), key.channel.code(), &key.lang).await?;
    let body = match stored {
        Some(t) => template_json(&key, t.source, true, t.active, Some(t.updated_at)),
        None => template_json(
            &key,
            messages::template::default_source(key.kind, key.channel).to_string(),
            false,
            true,
            None,
        ),
    };
    Ok((StatusCode::OK, Json(body)).into_response())
}

#[utoipa::path(
    put,
    path = "/api/v1/templates/{step}/{channel}/{lang}",
    tag = "templates",
    summary = "Save the creditor's template; activation needs the legal-content lint to pass",
    params(
        ("step" = String, Path, description = "A step kind (pre_due_notice, reminder, second_reminder, collection_warning, collection_demand, payment_demand, handover) or a case flow's notice (plan_confirmation, instalment_missed, plan_lapsed, dispute_rejected, promise_broken)"),
        ("channel" = String, Path, description = "letter, email or sms"),
        ("lang" = String, Path, description = "A language code Purr writes in: sv, nb, en, …"),
    ),
    request_body = TemplateBody,
    responses(
        (status = 200, description = "Saved", body = TemplateJson),
        (status = 400, description = "The body is not valid JSON for this endpoint", body = ErrorJson),
        (status = 413, description = "The body is larger than 1 MiB", body = ErrorJson),
        (status = 415, description = "The body is not sent as application/json", body = ErrorJson),
        (status = 401, description = "No or unknown API key", body = ErrorJson),
        (status = 403, description = "The key is read-only", body = ErrorJson),
        (status = 404, description = "Unknown step kind or notice, channel or language", body = ErrorJson),
        (status = 422, description = "template_error (with line and column) or template_incomplete (naming what the law requires); nothing was saved", body = ErrorJson),
    ),
    security(("api_key" = [])),
)]
async fn put_template(
    State(state): State<AppState>,
    caller: Caller,
    Path((step, channel, lang)): Path<(String, String, String)>,
    ApiJson(b): ApiJson<TemplateBody>,
) -> ApiResult {
    caller.must_write()?;
    let key = key(&step, &channel, &lang)?;
    check_save(&b.source, &key, b.active)?;
    state
        .store
        .save_template(caller.creditor, key.kind.code(), key.channel.code(), &key.lang, &b.source, b.active)
        .await?;
    let stored = state
        .store
        .template(caller.creditor, key.kind.code(), key.channel.code(), &key.lang)
        .await?
        .ok_or(store::StoreError::NotFound("template"))?;
    Ok((StatusCode::OK, Json(template_json(&key, stored.source, true, stored.active, Some(stored.updated_at))))
        .into_response())
}
