//! The portal's assistant page: the debtor asks in their own words and language, and the
//! assistant (`domain::assistant`, offline) points to the portal's own page for it, one link per
//! claim in collection. It is bounded to those pages, where the portal's rules decide what is
//! possible, and changes nothing itself. When it is unsure, or the debtor says it got them wrong,
//! the question goes to a person as a portal message (the message page's own form). The
//! question's text is not stored unless the debtor sends it; the audit trail keeps the intent.

use super::pages::{Fields, audit, check_form, ctx, field, signed_in};
use super::{Ctx, Frame, PortalState, internal};
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;
use domain::assistant::{Assistant, Intent, MAX_QUESTION_CHARS, Understanding};
use store::ClaimFilter;

/// A link the answer offers.
struct Offer {
    href: String,
    label: String,
}

#[derive(Template)]
#[template(path = "portal/assistant.html")]
struct AssistantPage {
    f: Frame,
    question: String,
    asked: bool,
    /// Empty when the question was not understood (or no claim is in collection).
    offers: Vec<Offer>,
}

fn render(ctx: &Ctx, question: String, asked: bool, offers: Vec<Offer>) -> Response {
    let page = AssistantPage { f: ctx.frame(ctx.ui.t("assistant-title")), question, asked, offers };
    ctx.render(StatusCode::OK, &page)
}

pub async fn page(
    State(state): State<PortalState>,
    Path(creditor): Path<String>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let ctx = match ctx(&state, &creditor, &headers, &uri).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    if let Err(r) = signed_in(&ctx) {
        return r;
    }
    render(&ctx, String::new(), false, Vec::new())
}

pub async fn ask(
    State(state): State<PortalState>,
    Path(creditor): Path<String>,
    headers: HeaderMap,
    uri: Uri,
    Form(form): Form<Fields>,
) -> Response {
    let ctx = match ctx(&state, &creditor, &headers, &uri).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    // Asking changes nothing, so a read-only session may ask.
    if let Err(r) = check_form(&ctx, &form, false) {
        return r;
    }
    let question: String = field(&form, "question").trim().chars().take(MAX_QUESTION_CHARS).collect();
    let understanding = Assistant::builtin().understand(&question);
    let (intent, detail) = match &understanding {
        Understanding::Understood { intent, similarity, .. } => {
            (Some(*intent), format!("{} {similarity}", intent.code()))
        }
        Understanding::Unsure { best } => {
            (None, best.map_or("unsure".into(), |(i, s)| format!("unsure (closest {} {s})", i.code())))
        }
        Understanding::Empty => (None, "empty".into()),
    };
    audit(&state, &ctx, None, "assistant", &detail).await;
    let offers = match intent {
        Some(intent) => match offers(&state, &ctx, intent).await {
            Ok(o) => o,
            Err(r) => return r,
        },
        None => Vec::new(),
    };
    render(&ctx, question, !matches!(understanding, Understanding::Empty), offers)
}

/// The portal's pages for `intent`: one per claim in collection, or the message page.
async fn offers(state: &PortalState, ctx: &Ctx, intent: Intent) -> Result<Vec<Offer>, Response> {
    let ui = ctx.ui;
    if intent == Intent::Human {
        return Ok(vec![Offer { href: format!("{}/message", ctx.base()), label: ui.t("message-title") }]);
    }
    let Some(session) = &ctx.session else { return Ok(Vec::new()) };
    let filter =
        ClaimFilter { creditor: Some(ctx.creditor.id), debtor: Some(session.debtor), limit: 500, ..Default::default() };
    let claims = state.store.claims(&filter).await.map_err(|e| internal(ctx, "claims", e))?;
    let (path, label) = match intent {
        Intent::Balance => ("#breakdown", ui.t("breakdown-title")),
        Intent::Fees => ("#section-fees", ui.t("section-fees")),
        Intent::HowToPay => ("/pay", ui.t("action-pay")),
        Intent::Postpone => ("/postpone", ui.t("action-postpone")),
        Intent::Plan => ("/plan", ui.t("action-plan")),
        Intent::Promise => ("/promise", ui.t("action-promise")),
        Intent::Dispute | Intent::Human => ("/dispute", ui.t("action-dispute")),
    };
    Ok(claims
        .iter()
        .filter(|v| v.claim.state.in_collection())
        .map(|v| Offer {
            href: format!("{}/claims/{}{path}", ctx.base(), v.claim.id.0),
            label: format!("{label}: {} {}", ui.t("claims-invoice"), v.claim.invoice_number),
        })
        .collect())
}
