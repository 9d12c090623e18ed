//! Letter templates edited in the dashboard: the creditor's templates per (step kind, channel,
//! language) beside Purr's defaults, and an editor whose save runs the templates API's own check
//! (`http_templates::check_save`): a syntax error or unknown variable with its line and column,
//! the legal content the template lacks, and the readability figure, all shown on the page. As
//! in the API, a template that lacks what the law requires may be saved as a draft but not made
//! active. Reading is open to every role; saving needs a role that may change things.

use super::auth::Staff;
use super::{Chrome, DashState, PageError, PageResult, check_csrf, chrome, must_act, render, urlencode};
use crate::http_templates::{SaveRefusal, check_save, parse_key, template_json};
use askama::Template;
use axum::extract::{Form, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use messages::{TemplateChannel, TemplateKey};
use serde::Deserialize;
use store::NewAudit;

struct Stored {
    step: String,
    channel: String,
    language: String,
    active: bool,
    updated: String,
}

#[derive(Template)]
#[template(path = "dashboard/templates.html")]
struct ListPage {
    signed_in: Option<Chrome>,
    stored: Vec<Stored>,
    steps: Vec<&'static str>,
    channels: Vec<&'static str>,
    languages: Vec<(&'static str, &'static str)>,
}

pub(super) async fn list(State(state): State<DashState>, staff: Staff) -> PageResult {
    let stored = state.store.templates(staff.creditor).await?;
    Ok(render(&ListPage {
        signed_in: chrome(&staff),
        stored: stored
            .into_iter()
            .map(|t| Stored {
                step: t.step,
                channel: t.channel,
                language: t.language,
                active: t.active,
                updated: t.updated_at,
            })
            .collect(),
        steps: messages::LetterKind::all().map(|k| k.code()).collect(),
        channels: TemplateChannel::ALL.iter().map(|c| c.code()).collect(),
        languages: messages::i18n::LOCALES.iter().map(|l| (l.code, l.name)).collect(),
    }))
}

/// A problem that stopped a save, shown above the editor.
struct Problem {
    text: String,
    /// Line and column in the source, for a syntax error or unknown variable.
    at: Option<(usize, usize)>,
}

#[derive(Template)]
#[template(path = "dashboard/template_edit.html")]
struct EditPage {
    signed_in: Option<Chrome>,
    done: Option<String>,
    step: &'static str,
    channel: &'static str,
    language: String,
    custom: bool,
    active: bool,
    updated: String,
    source: String,
    rows: usize,
    problems: Vec<Problem>,
    /// False when the text does not render, so the legal-content check could not run.
    linted: bool,
    missing: Vec<String>,
    readability: Option<(String, String, String)>,
    may_act: bool,
    csrf: String,
}

#[allow(clippy::too_many_arguments)]
fn edit_page(
    staff: &Staff,
    key: &TemplateKey,
    source: String,
    custom: bool,
    active: bool,
    updated: String,
    done: Option<String>,
    problems: Vec<Problem>,
) -> EditPage {
    let lint = template_json(key, source, custom, active, None);
    // A text that does not render has its error with line and column among the problems already.
    let linted = !problems.iter().any(|p| p.at.is_some());
    EditPage {
        signed_in: chrome(staff),
        done,
        step: key.kind.code(),
        channel: key.channel.code(),
        language: key.lang.clone(),
        custom,
        active,
        updated,
        rows: lint.source.lines().count().clamp(10, 40),
        source: lint.source,
        problems,
        linted,
        missing: if linted { lint.missing } else { vec![] },
        readability: lint.readability.map(|r| {
            let scale =
                if r.scale == "lix" { "LIX (lower is easier)" } else { "Flesch reading ease (higher is easier)" };
            (scale.to_string(), r.score, r.rating)
        }),
        may_act: staff.may_act(),
        csrf: staff.csrf.clone(),
    }
}

#[derive(Debug, Deserialize)]
pub struct EditQuery {
    step: String,
    channel: String,
    lang: String,
    done: Option<String>,
}

fn key(step: &str, channel: &str, lang: &str) -> Result<TemplateKey, PageError> {
    parse_key(step, channel, lang).map_err(|m| PageError::new(StatusCode::NOT_FOUND, format!("{m}.")))
}

pub(super) async fn edit(State(state): State<DashState>, staff: Staff, Query(q): Query<EditQuery>) -> PageResult {
    let key = key(&q.step, &q.channel, &q.lang)?;
    let stored = state.store.template(staff.creditor, key.kind.code(), key.channel.code(), &key.lang).await?;
    let done = q.done.map(|d| d.chars().take(200).collect());
    let page = match stored {
        Some(t) => edit_page(&staff, &key, t.source, true, t.active, t.updated_at, done, vec![]),
        None => {
            let source = messages::template::default_source(key.kind, key.channel).to_string();
            edit_page(&staff, &key, source, false, false, String::new(), done, vec![])
        }
    };
    Ok(render(&page))
}

#[derive(Debug, Deserialize)]
pub struct SaveBody {
    csrf: String,
    step: String,
    channel: String,
    lang: String,
    source: String,
    active: Option<String>,
}

pub(super) async fn save(State(state): State<DashState>, staff: Staff, Form(b): Form<SaveBody>) -> PageResult {
    check_csrf(&staff, &b.csrf)?;
    must_act(&staff)?;
    let key = key(&b.step, &b.channel, &b.lang)?;
    let active = b.active.is_some();
    // Browsers send a textarea's line breaks as CRLF; store them as the API would receive them.
    let source = b.source.replace("\r\n", "\n");
    let before = state.store.template(staff.creditor, key.kind.code(), key.channel.code(), &key.lang).await?;
    if let Err(refusal) = check_save(&source, &key, active) {
        let problems = match refusal {
            SaveRefusal::TooLong => {
                vec![Problem { text: "The template is longer than 100 000 bytes.".into(), at: None }]
            }
            SaveRefusal::Error(e) => vec![Problem { text: e.message, at: Some((e.line, e.column)) }],
            SaveRefusal::Incomplete(items) => items
                .into_iter()
                .map(|i| Problem {
                    text: format!("{i}, so it cannot be made active; untick “active” to save it as a draft"),
                    at: None,
                })
                .collect(),
        };
        let (custom, updated) = before.map_or((false, String::new()), |t| (true, t.updated_at));
        let mut r = render(&edit_page(&staff, &key, source, custom, active, updated, None, problems));
        *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(r);
    }
    state.store.save_template(staff.creditor, key.kind.code(), key.channel.code(), &key.lang, &source, active).await?;
    let subject = format!("{}/{}/{}", key.kind.code(), key.channel.code(), key.lang);
    state
        .store
        .record_audit(
            staff.creditor,
            &NewAudit {
                actor: staff.actor(),
                action: "template.save".into(),
                subject_kind: "template".into(),
                subject_id: subject,
                before: before.map(|t| serde_json::json!({"active": t.active, "source": t.source})),
                after: Some(serde_json::json!({"active": active, "source": source})),
                reason: None,
            },
        )
        .await?;
    let done = if active { "Saved and active: new messages use it." } else { "Saved as a draft: not used yet." };
    Ok(Redirect::to(&format!(
        "/dashboard/templates/edit?step={}&channel={}&lang={}&done={}",
        key.kind.code(),
        key.channel.code(),
        urlencode(&key.lang),
        urlencode(done)
    ))
    .into_response())
}
