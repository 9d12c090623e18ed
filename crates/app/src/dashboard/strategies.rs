//! Dunning ladders edited in the dashboard: the creditor's ladders beside Purr's defaults, and
//! an editor (the ladder as JSON, the shape `/api/v1/strategies` takes) whose save runs the
//! API's own check (`http_strategies::check_ladder`): every step that breaks the law is named on
//! the page and nothing is saved. Reading is open to every role; saving needs an admin, as in
//! the API.

use super::auth::Staff;
use super::{Chrome, DashState, PageError, PageResult, check_csrf, chrome, render, urlencode};
use crate::http_strategies::{LadderRefusal, check_ladder, effective, parse_key, segment_label};
use askama::Template;
use axum::extract::{Form, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use domain::DebtorKind;
use domain::dunning::{Segment, Strategies, Strategy};
use serde::Deserialize;
use store::NewAudit;

/// One ladder in the list.
struct Row {
    debtor: &'static str,
    segment: String,
    custom: bool,
    steps: String,
    updated: String,
}

#[derive(Template)]
#[template(path = "dashboard/strategies.html")]
struct ListPage {
    signed_in: Option<Chrome>,
    rows: Vec<Row>,
    segments: Vec<&'static str>,
}

fn steps_text(s: &Strategy) -> String {
    s.steps.iter().map(|st| st.kind.code().replace('_', " ")).collect::<Vec<_>>().join(" → ")
}

pub(super) async fn list(State(state): State<DashState>, staff: Staff) -> PageResult {
    let stored = state.store.creditor_strategies(staff.creditor).await?;
    let jurisdiction = state.store.creditor(staff.creditor).await?.jurisdiction;
    let defaults = Strategies::builtin();
    let mut rows = Vec::new();
    for kind in [DebtorKind::Consumer, DebtorKind::Business] {
        let own: Vec<_> = stored.iter().filter(|s| s.debtor == kind).collect();
        if !own.iter().any(|s| s.segment.is_empty())
            && let Some(d) = defaults.for_case(jurisdiction, kind)
        {
            rows.push(Row {
                debtor: kind.code(),
                segment: "all".into(),
                custom: false,
                steps: steps_text(d),
                updated: String::new(),
            });
        }
        for s in own {
            rows.push(Row {
                debtor: kind.code(),
                segment: segment_label(&s.segment).to_string(),
                custom: true,
                steps: steps_text(&s.strategy),
                updated: s.updated_at.clone(),
            });
        }
    }
    let segments = Segment::PRECEDENCE.iter().map(|s| s.code()).collect();
    Ok(render(&ListPage { signed_in: chrome(&staff), rows, segments }))
}

#[derive(Template)]
#[template(path = "dashboard/strategy_edit.html")]
struct EditPage {
    signed_in: Option<Chrome>,
    done: Option<String>,
    debtor: &'static str,
    segment: String,
    custom: bool,
    body: String,
    problems: Vec<String>,
    may_edit: bool,
    csrf: String,
}

#[derive(Debug, Deserialize)]
pub struct EditQuery {
    debtor: String,
    segment: String,
    done: Option<String>,
}

fn key(debtor: &str, segment: &str) -> Result<(DebtorKind, String), PageError> {
    parse_key(debtor, segment).map_err(|m| PageError::new(StatusCode::NOT_FOUND, format!("{m}.")))
}

fn page(staff: &Staff, kind: DebtorKind, segment: &str, custom: bool, body: String, problems: Vec<String>) -> EditPage {
    EditPage {
        signed_in: chrome(staff),
        done: None,
        debtor: kind.code(),
        segment: segment_label(segment).to_string(),
        custom,
        body,
        problems,
        may_edit: staff.is_admin(),
        csrf: staff.csrf.clone(),
    }
}

pub(super) async fn edit(State(state): State<DashState>, staff: Staff, Query(q): Query<EditQuery>) -> PageResult {
    let (kind, segment) = key(&q.debtor, &q.segment)?;
    // What to start from: the ladder the run picks for this key today.
    let ladder = effective(&state.store, staff.creditor, kind, &segment)
        .await
        .map_err(|e| PageError::new(e.status, format!("{}.", e.message)))?;
    let own = ladder.source == "custom" && ladder.segment == segment_label(&segment);
    let body = serde_json::to_string_pretty(&ladder.strategy).unwrap_or_default();
    let mut p = page(&staff, kind, &segment, own, body, vec![]);
    p.done = q.done.map(|d| d.chars().take(200).collect());
    Ok(render(&p))
}

#[derive(Debug, Deserialize)]
pub struct SaveBody {
    csrf: String,
    debtor: String,
    segment: String,
    body: String,
}

pub(super) async fn save(State(state): State<DashState>, staff: Staff, Form(b): Form<SaveBody>) -> PageResult {
    check_csrf(&staff, &b.csrf)?;
    if !staff.is_admin() {
        return Err(PageError::new(StatusCode::FORBIDDEN, "Only an admin of this creditor can change its ladders."));
    }
    let (kind, segment) = key(&b.debtor, &b.segment)?;
    let jurisdiction = state.store.creditor(staff.creditor).await?.jurisdiction;
    let before = state.store.creditor_strategies(staff.creditor).await?;
    let before = before.into_iter().find(|s| s.debtor == kind && s.segment == segment);
    let problems = match serde_json::from_str::<Strategy>(&b.body) {
        Err(e) => vec![format!("This is not a ladder in JSON: {e}.")],
        Ok(strategy) => match check_ladder(&strategy, kind, jurisdiction) {
            Err(LadderRefusal::Fields(f)) => f.into_iter().map(|(field, p)| format!("{field} {p}.")).collect(),
            Err(LadderRefusal::Law(law)) => law
                .iter()
                .map(|p| match p.step_no() {
                    Some(i) => format!("Step {}: {p}.", i + 1),
                    None => format!("{p}."),
                })
                .collect(),
            Ok(()) => {
                let saved = state.store.save_strategy(staff.creditor, kind, &segment, &strategy).await?;
                state
                    .store
                    .record_audit(
                        staff.creditor,
                        &NewAudit {
                            actor: staff.actor(),
                            action: "strategy.save".into(),
                            subject_kind: "strategy".into(),
                            subject_id: format!("{}/{}", kind.code(), segment_label(&segment)),
                            before: before.map(|s| serde_json::json!(s.strategy)),
                            after: Some(serde_json::json!(saved.strategy)),
                            reason: None,
                        },
                    )
                    .await?;
                return Ok(Redirect::to(&format!(
                    "/dashboard/strategies/edit?debtor={}&segment={}&done={}",
                    kind.code(),
                    urlencode(segment_label(&segment)),
                    urlencode("Saved: the next daily run uses this ladder.")
                ))
                .into_response());
            }
        },
    };
    let mut r = render(&page(&staff, kind, &segment, before.is_some(), b.body.replace("\r\n", "\n"), problems));
    *r.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    Ok(r)
}
