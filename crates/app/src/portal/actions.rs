//! The portal's case actions: a payment plan (its whole schedule shown before accepting), a
//! postponement, a promise to pay and a dispute with an attachment.
//!
//! Each goes through the same use case as the API: `Store::case_action` around the pure
//! transition `domain::dunning::flows::apply`, with the creditor's bounds (its case policy), so
//! the portal can allow nothing the API would refuse. The event is recorded with the actor
//! `debtor:portal` in the claim's timeline, and a line goes to the portal's audit trail. Every
//! form carries a random key that becomes the action's idempotency key, so pressing twice books once.

use super::pages::{audit_action, check_form, ctx, own_claim, redirect};
use super::{Ctx, Frame, PortalState, Problem, internal};
use askama::Template;
use axum::extract::{Form, Multipart, Path, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::Response;
use domain::dunning::flows::{self, FlowRequest, Refusal};
use jiff::ToSpan;
use jiff::civil::Date;
use messages::i18n::Args;
use store::{ActionResult, Attachment, CaseAction, ClaimView};

/// The attachment limit the portal states to debtors (the store accepts up to 10 MB).
pub const MAX_UPLOAD_BYTES: usize = super::MAX_ATTACHMENT_BYTES;

struct Instalment {
    no: usize,
    due: String,
    amount: String,
}

#[derive(Template)]
#[template(path = "portal/plan.html")]
struct PlanPage {
    f: Frame,
    claim_base: String,
    intro: String,
    months: Vec<(u32, bool)>,
    error: String,
    schedule: Vec<Instalment>,
    count: String,
    fee: String,
    total: String,
    chosen: u32,
    first_due: String,
    key: String,
}

#[derive(Template)]
#[template(path = "portal/date_action.html")]
struct DatePage {
    f: Frame,
    claim_base: String,
    action: &'static str,
    intro: String,
    label: String,
    submit: String,
    hint: String,
    min: String,
    max: String,
    value: String,
    error: String,
    key: String,
}

#[derive(Template)]
#[template(path = "portal/dispute.html")]
struct DisputePage {
    f: Frame,
    claim_base: String,
    reasons: Vec<(&'static str, String, bool)>,
    details: String,
    error: String,
    key: String,
    max_bytes: usize,
}

const DISPUTE_REASONS: [&str; 5] = ["paid", "amount", "not-mine", "goods", "other"];

fn refusal_text(ctx: &Ctx, r: &Refusal) -> String {
    let ui = ctx.ui;
    match r {
        Refusal::WrongState { .. } | Refusal::Paused => ui.t("refusal-wrong-state"),
        Refusal::NothingOwed => ui.t("refusal-nothing-owed"),
        Refusal::DateInPast { .. } => ui.t("refusal-date-in-past"),
        Refusal::AboveMaximum { latest, .. } => {
            ui.ta("refusal-above-maximum", Args::new().str("latest", ui.date(*latest)))
        }
        Refusal::TooManyMonths { max, .. } => ui.ta("refusal-too-many-months", Args::new().num("max", i64::from(*max))),
        Refusal::BelowMinimumInstalment { max_months, .. } => {
            ui.ta("refusal-below-minimum", Args::new().num("max", i64::from(*max_months)))
        }
        Refusal::EmptyReason { .. } => ui.t("dispute-need-details"),
        _ => ui.t("refusal-other"),
    }
}

/// What booking an action led to, for the handler to answer.
enum Done {
    Booked,
    Refused(String),
}

async fn book(
    state: &PortalState,
    ctx: &Ctx,
    view: &ClaimView,
    form_key: &str,
    request: FlowRequest,
    attachments: &[Attachment],
) -> Result<Done, Response> {
    let session = ctx.session.as_ref().ok_or_else(|| ctx.error(Problem::SignIn))?;
    let tables = state.tables().await.map_err(|e| internal(ctx, "law tables", e))?;
    let today = crate::today();
    // The form's random key, scoped to the debtor: a second press of the same form books nothing new.
    let key = (!form_key.is_empty() && form_key.len() <= 64 && form_key.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| format!("portal:{}:{form_key}", session.debtor.0));
    let action = CaseAction { actor: "debtor:portal", key: key.as_deref(), request: &request, attachments };
    let result = state
        .store
        .case_action(ctx.creditor.id, view.claim.id, &action, |facts, policy| {
            flows::apply(facts, &request, policy, tables, today)
        })
        .await
        .map_err(|e| internal(ctx, "case action", e))?;
    match result {
        ActionResult::Booked { event, .. } => {
            let detail = format!("event {} {}", event.id, event.kind);
            audit_action(state, ctx, view.claim.id, request.action(), &detail).await;
            Ok(Done::Booked)
        }
        ActionResult::Exists(_) => Ok(Done::Booked),
        ActionResult::Conflict(_) => Err(ctx.error(Problem::Csrf)),
        ActionResult::Refused(r) => Ok(Done::Refused(refusal_text(ctx, &r))),
    }
}

fn done_redirect(ctx: &Ctx, view: &ClaimView, what: &str) -> Response {
    redirect(&format!("{}/claims/{}?done={what}", ctx.base(), view.claim.id.0))
}

fn claim_base(ctx: &Ctx, view: &ClaimView) -> String {
    format!("{}/claims/{}", ctx.base(), view.claim.id.0)
}

fn first_due(today: Date) -> Date {
    today.checked_add(14.days()).unwrap_or(today)
}

// ---- plan ----

async fn plan_form(
    state: &PortalState,
    ctx: &Ctx,
    view: &ClaimView,
    chosen: Option<u32>,
    error: String,
    status: StatusCode,
) -> Response {
    let ui = ctx.ui;
    let policy = match state.store.case_policy(ctx.creditor.id).await {
        Ok(p) => p,
        Err(e) => return internal(ctx, "case policy", e),
    };
    let currency = view.claim.principal.currency();
    let min = domain::Money::from_minor(policy.plan_min_instalment_minor, currency);
    let intro =
        ui.ta("plan-intro", Args::new().num("max", i64::from(policy.plan_max_months)).str("min", ui.money(min)));
    let today = crate::today();
    let first = first_due(today);
    let mut page = PlanPage {
        f: ctx.frame(ui.t("plan-title")),
        claim_base: claim_base(ctx, view),
        intro,
        months: (2..=policy.plan_max_months.max(2)).map(|m| (m, Some(m) == chosen)).collect(),
        error,
        schedule: Vec::new(),
        count: String::new(),
        fee: String::new(),
        total: String::new(),
        chosen: chosen.unwrap_or(0),
        first_due: first.to_string(),
        key: super::auth::random_hex(16),
    };
    if let Some(months) = chosen
        && page.error.is_empty()
    {
        let facts = match state.store.case_facts(ctx.creditor.id, view.claim.id).await {
            Ok(Some(f)) => f,
            Ok(None) => return ctx.error(Problem::NotFound),
            Err(e) => return internal(ctx, "case facts", e),
        };
        let tables = match state.tables().await {
            Ok(t) => t,
            Err(e) => return internal(ctx, "law tables", e),
        };
        match flows::preview_plan(&facts, months, first, &policy, tables, today) {
            Ok(plan) => {
                page.schedule = plan
                    .instalments
                    .iter()
                    .enumerate()
                    .map(|(i, x)| Instalment { no: i + 1, due: ui.date(x.due), amount: ui.money(x.amount) })
                    .collect();
                page.count = ui.ta("plan-count", Args::new().num("count", plan.instalments.len() as i64));
                page.fee = ui.ta("plan-fee", Args::new().str("fee", ui.money(plan.fee)));
                page.total = ui.ta("plan-total", Args::new().str("total", ui.money(plan.total)));
            }
            Err(r) => page.error = refusal_text(ctx, &r),
        }
    }
    ctx.render(if page.error.is_empty() { status } else { StatusCode::UNPROCESSABLE_ENTITY }, &page)
}

pub async fn plan_page(
    State(state): State<PortalState>,
    Path((creditor, claim)): Path<(String, String)>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let ctx = match ctx(&state, &creditor, &headers, &uri).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let view = match own_claim(&state, &ctx, &claim).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let months = uri
        .query()
        .and_then(|q| q.split('&').find_map(|p| p.strip_prefix("months=")))
        .and_then(|m| m.parse::<u32>().ok())
        .filter(|m| (1..=120).contains(m));
    plan_form(&state, &ctx, &view, months, String::new(), StatusCode::OK).await
}

pub async fn plan_accept(
    State(state): State<PortalState>,
    Path((creditor, claim)): Path<(String, String)>,
    headers: HeaderMap,
    uri: Uri,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let ctx = match ctx(&state, &creditor, &headers, &uri).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    if let Err(r) = check_form(&ctx, &form, true) {
        return r;
    }
    let view = match own_claim(&state, &ctx, &claim).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let field = |n: &str| form.iter().find(|(k, _)| k == n).map_or("", |(_, v)| v.as_str());
    let months = field("months").parse::<u32>().ok().filter(|m| (1..=120).contains(m));
    let first = field("first_due").parse::<Date>().ok();
    let (Some(months), Some(first_due)) = (months, first) else {
        return plan_form(&state, &ctx, &view, None, ctx.ui.t("refusal-other"), StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    match book(&state, &ctx, &view, field("key"), FlowRequest::Plan { months, first_due }, &[]).await {
        Ok(Done::Booked) => done_redirect(&ctx, &view, "plan"),
        Ok(Done::Refused(msg)) => {
            plan_form(&state, &ctx, &view, Some(months), msg, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(r) => r,
    }
}

// ---- postpone and promise ----

#[derive(Clone, Copy)]
enum DateAction {
    Postpone,
    Promise,
}

impl DateAction {
    fn code(self) -> &'static str {
        match self {
            DateAction::Postpone => "postpone",
            DateAction::Promise => "promise",
        }
    }
}

async fn date_form(
    state: &PortalState,
    ctx: &Ctx,
    view: &ClaimView,
    which: DateAction,
    value: String,
    error: String,
    status: StatusCode,
) -> Response {
    let ui = ctx.ui;
    let policy = match state.store.case_policy(ctx.creditor.id).await {
        Ok(p) => p,
        Err(e) => return internal(ctx, "case policy", e),
    };
    let today = crate::today();
    let days = match which {
        DateAction::Postpone => policy.max_postponement_days,
        DateAction::Promise => policy.max_promise_days,
    };
    let latest = today.checked_add(i64::from(days).days()).unwrap_or(today);
    let code = which.code();
    let intro =
        ui.ta(&format!("{code}-intro"), Args::new().num("days", i64::from(days)).str("latest", ui.date(latest)));
    let example = today.checked_add(7.days()).unwrap_or(today);
    let page = DatePage {
        f: ctx.frame(ui.t(&format!("{code}-title"))),
        claim_base: claim_base(ctx, view),
        action: code,
        intro,
        label: ui.t(&format!("{code}-date")),
        submit: ui.t(&format!("{code}-submit")),
        hint: ui.ta("date-hint", Args::new().str("example", example.to_string())),
        min: today.to_string(),
        max: latest.to_string(),
        value,
        error,
        key: super::auth::random_hex(16),
    };
    ctx.render(status, &page)
}

async fn date_page(
    state: PortalState,
    creditor: String,
    claim: String,
    headers: HeaderMap,
    uri: Uri,
    which: DateAction,
) -> Response {
    let ctx = match ctx(&state, &creditor, &headers, &uri).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let view = match own_claim(&state, &ctx, &claim).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    date_form(&state, &ctx, &view, which, String::new(), String::new(), StatusCode::OK).await
}

async fn date_submit(
    state: PortalState,
    creditor: String,
    claim: String,
    headers: HeaderMap,
    uri: Uri,
    form: Vec<(String, String)>,
    which: DateAction,
) -> Response {
    let ctx = match ctx(&state, &creditor, &headers, &uri).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    if let Err(r) = check_form(&ctx, &form, true) {
        return r;
    }
    let view = match own_claim(&state, &ctx, &claim).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let field = |n: &str| form.iter().find(|(k, _)| k == n).map_or("", |(_, v)| v.as_str());
    let text = field("until").trim().to_string();
    let Some(until) = text.parse::<Date>().ok().filter(|_| text.len() == 10) else {
        let msg = ctx.ui.ta("date-hint", Args::new().str("example", crate::today().to_string()));
        return date_form(
            &state,
            &ctx,
            &view,
            which,
            text.chars().take(20).collect(),
            msg,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let request = match which {
        DateAction::Postpone => FlowRequest::Postpone { until },
        DateAction::Promise => FlowRequest::Promise { until },
    };
    match book(&state, &ctx, &view, field("key"), request, &[]).await {
        Ok(Done::Booked) => done_redirect(&ctx, &view, which.code()),
        Ok(Done::Refused(msg)) => {
            date_form(&state, &ctx, &view, which, text, msg, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(r) => r,
    }
}

pub async fn postpone_page(
    State(state): State<PortalState>,
    Path((creditor, claim)): Path<(String, String)>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    date_page(state, creditor, claim, headers, uri, DateAction::Postpone).await
}

pub async fn promise_page(
    State(state): State<PortalState>,
    Path((creditor, claim)): Path<(String, String)>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    date_page(state, creditor, claim, headers, uri, DateAction::Promise).await
}

pub async fn postpone_submit(
    State(state): State<PortalState>,
    Path((creditor, claim)): Path<(String, String)>,
    headers: HeaderMap,
    uri: Uri,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    date_submit(state, creditor, claim, headers, uri, form, DateAction::Postpone).await
}

pub async fn promise_submit(
    State(state): State<PortalState>,
    Path((creditor, claim)): Path<(String, String)>,
    headers: HeaderMap,
    uri: Uri,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    date_submit(state, creditor, claim, headers, uri, form, DateAction::Promise).await
}

// ---- dispute ----

fn dispute_form(
    ctx: &Ctx,
    view: &ClaimView,
    chosen: &str,
    details: String,
    error: String,
    status: StatusCode,
) -> Response {
    let ui = ctx.ui;
    let page = DisputePage {
        f: ctx.frame(ui.t("dispute-title")),
        claim_base: claim_base(ctx, view),
        reasons: DISPUTE_REASONS.iter().map(|r| (*r, ui.t(&format!("dispute-reason-{r}")), *r == chosen)).collect(),
        details,
        error,
        key: super::auth::random_hex(16),
        max_bytes: MAX_UPLOAD_BYTES,
    };
    ctx.render(status, &page)
}

pub async fn dispute_page(
    State(state): State<PortalState>,
    Path((creditor, claim)): Path<(String, String)>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let ctx = match ctx(&state, &creditor, &headers, &uri).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let view = match own_claim(&state, &ctx, &claim).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    dispute_form(&ctx, &view, "", String::new(), String::new(), StatusCode::OK)
}

/// The type of an uploaded file, from its first bytes (the declared type is not trusted).
pub fn sniff_attachment(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else {
        None
    }
}

/// Keeps a file name's last path part, without control characters, at most 100 characters.
fn clean_filename(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = base.chars().filter(|c| !c.is_control()).take(100).collect();
    if cleaned.trim().is_empty() { "attachment".into() } else { cleaned }
}

pub async fn dispute_submit(
    State(state): State<PortalState>,
    Path((creditor, claim)): Path<(String, String)>,
    headers: HeaderMap,
    uri: Uri,
    mut multipart: Multipart,
) -> Response {
    let ctx = match ctx(&state, &creditor, &headers, &uri).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let mut form: Vec<(String, String)> = Vec::new();
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut too_large = false;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or("").to_string();
                if name == "file" {
                    let filename = clean_filename(field.file_name().unwrap_or(""));
                    match field.bytes().await {
                        Ok(bytes) if bytes.len() > MAX_UPLOAD_BYTES => too_large = true,
                        Ok(bytes) if !bytes.is_empty() => file = Some((filename, bytes.to_vec())),
                        Ok(_) => {}
                        Err(_) => too_large = true,
                    }
                } else if let Ok(text) = field.text().await {
                    form.push((name, text.chars().take(4000).collect()));
                }
            }
            Ok(None) => break,
            // A body over the server's limit ends the stream with an error: the file was too large.
            Err(_) => {
                too_large = true;
                break;
            }
        }
    }
    if let Err(r) = check_form(&ctx, &form, true) {
        return r;
    }
    let view = match own_claim(&state, &ctx, &claim).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let field = |n: &str| form.iter().find(|(k, _)| k == n).map_or("", |(_, v)| v.as_str());
    let reason = DISPUTE_REASONS.iter().find(|r| **r == field("reason")).copied().unwrap_or("");
    let details = field("details").trim().to_string();
    let unprocessable =
        |msg: String| dispute_form(&ctx, &view, reason, details.clone(), msg, StatusCode::UNPROCESSABLE_ENTITY);
    if too_large {
        return unprocessable(ctx.ui.t("dispute-file-too-large"));
    }
    if reason.is_empty() || (reason == "other" && details.is_empty()) {
        return unprocessable(ctx.ui.t("dispute-need-details"));
    }
    let mut attachments = Vec::new();
    if let Some((filename, bytes)) = file {
        let Some(content_type) = sniff_attachment(&bytes) else {
            return unprocessable(ctx.ui.t("dispute-file-type"));
        };
        attachments.push(Attachment { filename, content_type: content_type.into(), bytes });
    }
    // The creditor reads the reason in its own words: the code plus the debtor's text.
    let text = if details.is_empty() { reason.to_string() } else { format!("{reason}: {details}") };
    match book(&state, &ctx, &view, field("key"), FlowRequest::Dispute { reason: text }, &attachments).await {
        Ok(Done::Booked) => done_redirect(&ctx, &view, "dispute"),
        Ok(Done::Refused(msg)) => unprocessable(msg),
        Err(r) => r,
    }
}
