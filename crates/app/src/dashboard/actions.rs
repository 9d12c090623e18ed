//! Case actions from the case page: pause, resume, postpone, grant a plan, resolve a dispute,
//! write off, hand over. Each runs the case flows' own use case (`Store::case_action` around
//! `domain::dunning::flows::apply`), so the rules live there; this file only reads the form,
//! checks the session's CSRF token and role, and records who did it in the audit trail.
//!
//! Staff may grant a plan or a postponement outside the creditor's self-service bounds by
//! ticking "outside the usual bounds": the flow then runs with the wider staff bounds below
//! instead of the creditor's policy, and the audit row says so.

use super::auth::Staff;
use super::{DashState, PageError, PageResult, check_csrf, claim_id, must_act, urlencode};
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect};
use domain::dunning::CasePolicy;
use domain::dunning::flows::{self, FlowRequest};
use domain::law::LawTables;
use serde::Deserialize;
use store::{ActionResult, CaseAction, NewAudit};

/// The longest plan staff may grant outside the creditor's bounds, in months.
pub const STAFF_PLAN_MAX_MONTHS: u32 = 60;
/// The smallest instalment staff may agree to outside the bounds, in minor units.
pub const STAFF_PLAN_MIN_INSTALMENT_MINOR: i64 = 100;
/// The longest postponement or promise staff may grant outside the bounds, in days.
pub const STAFF_MAX_DAYS: u32 = 180;

#[derive(Debug, Deserialize)]
pub struct ActionBody {
    csrf: String,
    action: String,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    until: String,
    #[serde(default)]
    months: String,
    #[serde(default)]
    first_due: String,
    #[serde(default)]
    outside_bounds: Option<String>,
}

fn bad(text: impl Into<String>) -> PageError {
    PageError::new(StatusCode::UNPROCESSABLE_ENTITY, text)
}

fn date(text: &str, what: &str) -> Result<jiff::civil::Date, PageError> {
    text.trim().parse().map_err(|_| bad(format!("Give the {what} as a date (YYYY-MM-DD).")))
}

fn reason(text: &str) -> Result<String, PageError> {
    let t = text.trim();
    if t.is_empty() || t.chars().count() > 500 {
        return Err(bad("Give a reason (at most 500 characters)."));
    }
    Ok(t.to_string())
}

fn request(b: &ActionBody) -> Result<FlowRequest, PageError> {
    Ok(match b.action.as_str() {
        "pause" => FlowRequest::Pause { reason: reason(&b.reason)? },
        "resume" => FlowRequest::Resume,
        "postpone" => FlowRequest::Postpone { until: date(&b.until, "new due date")? },
        "plan" => FlowRequest::Plan {
            months: b.months.trim().parse().map_err(|_| bad("Give the number of monthly instalments."))?,
            first_due: date(&b.first_due, "first instalment's due date")?,
        },
        "uphold_dispute" => FlowRequest::ResolveDispute { uphold: true, credit_minor: None, note: reason(&b.reason)? },
        "reject_dispute" => FlowRequest::ResolveDispute { uphold: false, credit_minor: None, note: reason(&b.reason)? },
        "write_off" => FlowRequest::WriteOff { reason: reason(&b.reason)? },
        "hand_over" => FlowRequest::HandOver,
        "note" => FlowRequest::Note { text: reason(&b.reason)? },
        "complaint" => FlowRequest::Complaint { text: reason(&b.reason)? },
        other => return Err(bad(format!("There is no action {:?}.", other.chars().take(30).collect::<String>()))),
    })
}

pub async fn case_action(
    State(state): State<DashState>,
    staff: Staff,
    Path(id): Path<String>,
    Form(b): Form<ActionBody>,
) -> PageResult {
    check_csrf(&staff, &b.csrf)?;
    must_act(&staff)?;
    let id = claim_id(&id)?;
    let request = request(&b)?;
    let widen =
        b.outside_bounds.is_some() && matches!(request, FlowRequest::Plan { .. } | FlowRequest::Postpone { .. });
    let before = state.store.claim(staff.creditor, id).await?.ok_or(store::StoreError::NotFound("claim"))?;
    let actor = format!("user:{}", staff.user.id);
    let action = CaseAction { actor: &actor, key: None, request: &request, attachments: &[] };
    let today = crate::today();
    let result = state
        .store
        .case_action(staff.creditor, id, &action, |facts, policy| {
            let policy = if widen {
                CasePolicy {
                    plan_max_months: STAFF_PLAN_MAX_MONTHS,
                    plan_min_instalment_minor: STAFF_PLAN_MIN_INSTALMENT_MINOR,
                    max_postponement_days: STAFF_MAX_DAYS,
                    max_promise_days: STAFF_MAX_DAYS,
                    ..*policy
                }
            } else {
                *policy
            };
            flows::apply(facts, &request, &policy, LawTables::builtin_ref(), today)
        })
        .await?;
    let done = match result {
        ActionResult::Booked { event, entries } => {
            let after = state.store.claim(staff.creditor, id).await?;
            state
                .store
                .record_audit(
                    staff.creditor,
                    &NewAudit {
                        actor: staff.actor(),
                        action: format!("claim.{}", request.action()),
                        subject_kind: "claim".into(),
                        subject_id: id.0.to_string(),
                        before: Some(serde_json::json!({"state": before.claim.state.code()})),
                        after: Some(serde_json::json!({
                            "state": after.map(|a| a.claim.state.code()),
                            "event": event.id,
                            "entries": entries.iter().map(|e| e.id.0).collect::<Vec<_>>(),
                            "outside_bounds": widen,
                        })),
                        reason: Some(serde_json::to_value(&request).map(|v| v.to_string()).unwrap_or_default()),
                    },
                )
                .await?;
            format!("Done: {}.", request.action().replace('_', " "))
        }
        ActionResult::Exists(_) => "That was already done; nothing changed.".to_string(),
        ActionResult::Conflict(_) => "That conflicts with an earlier request; nothing changed.".to_string(),
        ActionResult::Refused(r) => format!("Not possible: {r}."),
    };
    Ok(Redirect::to(&format!("/dashboard/cases/{}?done={}", id.0, urlencode(&done))).into_response())
}
