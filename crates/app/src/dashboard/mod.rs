//! The creditor dashboard: server-rendered pages for a creditor's staff under `/dashboard`.
//!
//! Pages work without JavaScript: askama templates (`templates/dashboard/`), charts drawn as
//! SVG on the server (`charts`) with a table beside each, and plain forms that carry a CSRF
//! token. Staff sign in with e-mail and password (`auth`); every store call is scoped by the
//! signed-in user's creditor, so one creditor's data is never reachable from another's session.
//! The figures come from the KPI aggregates (`store::kpi`) and are defined on the page itself.

pub mod actions;
pub mod api_audit;
pub mod auth;
pub mod charts;
pub mod cli;
pub mod figures;
pub mod keys;
pub mod strategies;
pub mod templates;

use askama::Template;
use auth::{LOGIN_CSRF_COOKIE, SESSION_COOKIE, SESSION_HOURS, Staff};
use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use domain::money::format_minor;
use domain::{ClaimId, CreditorId, EntryId, EntryKind};
use serde::Deserialize;
use store::{Actor, ActorKind, AuditFilter, NewAudit, Store, StoreError, WaiveOutcome};

/// Above this many pending changes a page view does not refresh the aggregates itself (that is
/// `purr kpi refresh`'s job); it shows the figures as of the last refresh and says so.
const PAGE_REFRESH_LIMIT: i64 = 20_000;

#[derive(Debug, Clone)]
pub struct DashState {
    pub store: Store,
}

pub fn router(store: Store) -> Router {
    Router::new()
        .route("/dashboard", get(home))
        .route("/dashboard/login", get(login_page).post(login))
        .route("/dashboard/logout", post(logout))
        .route("/dashboard/cases", get(cases))
        .route("/dashboard/cases/{id}", get(case_page))
        .route("/dashboard/cases/{id}/waive-fee", post(waive_fee))
        .route("/dashboard/cases/{id}/hardship", post(set_hardship))
        .route("/dashboard/cases/{id}/action", post(actions::case_action))
        .route("/dashboard/payments", get(payments))
        .route("/dashboard/payments/{id}/resolve", post(resolve_payment))
        .route("/dashboard/keys", get(keys::list).post(keys::create))
        .route("/dashboard/keys/{key_id}/revoke", post(keys::revoke))
        .route("/dashboard/experiments", get(experiments_page))
        .route("/dashboard/strategies", get(strategies::list))
        .route("/dashboard/strategies/edit", get(strategies::edit).post(strategies::save))
        .route("/dashboard/templates", get(templates::list))
        .route("/dashboard/templates/edit", get(templates::edit).post(templates::save))
        .route("/dashboard/audit", get(audit_page))
        .route("/dashboard/audit.csv", get(audit_csv))
        .route("/dashboard/audit.json", get(audit_json))
        .with_state(DashState { store })
}

/// An error shown as a page. A 5xx says only that something went wrong; the detail is logged.
#[derive(Debug)]
pub struct PageError {
    status: StatusCode,
    text: String,
}

impl PageError {
    fn new(status: StatusCode, text: impl Into<String>) -> PageError {
        PageError { status, text: text.into() }
    }
}

impl From<StoreError> for PageError {
    fn from(e: StoreError) -> PageError {
        match e {
            StoreError::NotFound(what) => PageError::new(StatusCode::NOT_FOUND, format!("There is no such {what}.")),
            StoreError::Invalid(m) => PageError::new(StatusCode::UNPROCESSABLE_ENTITY, m),
            StoreError::Ledger(e) => PageError::new(StatusCode::UNPROCESSABLE_ENTITY, e.to_string()),
            other => {
                eprintln!("internal error: {other}");
                PageError::new(StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong on our side; please try again.")
            }
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let page = MessagePage {
            signed_in: None,
            heading: "That did not work".into(),
            text: self.text,
            back: "/dashboard".into(),
        };
        (self.status, render(&page)).into_response()
    }
}

type PageResult = Result<Response, PageError>;

fn render<T: Template>(t: &T) -> Response {
    match t.render() {
        Ok(html) => {
            let mut r = Html(html).into_response();
            // Pages show one creditor's data: never cache them, never frame them.
            r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            r.headers_mut().insert("x-frame-options", HeaderValue::from_static("DENY"));
            r
        }
        Err(e) => {
            eprintln!("template error: {e}");
            (StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong on our side; please try again.").into_response()
        }
    }
}

/// What the page header shows about the signed-in user.
#[derive(Debug, Clone)]
pub struct Chrome {
    pub email: String,
    pub role: &'static str,
    pub csrf: String,
    /// Admins see the links to the pages only they may use (API keys).
    pub admin: bool,
}

fn chrome(staff: &Staff) -> Option<Chrome> {
    Some(Chrome {
        email: staff.user.email.clone(),
        role: staff.user.role.code(),
        csrf: staff.csrf.clone(),
        admin: staff.is_admin(),
    })
}

fn check_csrf(staff: &Staff, presented: &str) -> Result<(), PageError> {
    if auth::same_token(&staff.csrf, presented) {
        Ok(())
    } else {
        Err(PageError::new(StatusCode::FORBIDDEN, "This form has expired. Go back, reload the page and try again."))
    }
}

fn must_act(staff: &Staff) -> Result<(), PageError> {
    if staff.may_act() {
        Ok(())
    } else {
        Err(PageError::new(StatusCode::FORBIDDEN, "Your role (read-only) can look but not change anything."))
    }
}

fn must_be_admin(staff: &Staff) -> Result<(), PageError> {
    if staff.is_admin() {
        Ok(())
    } else {
        Err(PageError::new(StatusCode::FORBIDDEN, "Only an admin of this creditor can manage API keys."))
    }
}

fn money(minor: i64, currency: &str) -> String {
    format!("{} {currency}", format_minor(minor))
}

// ---- sign in and out ----

#[derive(Template)]
#[template(path = "dashboard/login.html")]
struct LoginPage {
    signed_in: Option<Chrome>,
    problem: Option<String>,
    csrf: String,
    creditor: String,
    email: String,
}

#[derive(Template)]
#[template(path = "dashboard/message.html")]
struct MessagePage {
    signed_in: Option<Chrome>,
    heading: String,
    text: String,
    back: String,
}

#[derive(Debug, Deserialize)]
struct LoginQuery {
    creditor: Option<String>,
}

fn login_form(problem: Option<String>, creditor: String, email: String) -> PageResult {
    let csrf = auth::random_token(16).map_err(|e| {
        eprintln!("{e}");
        PageError::new(StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong on our side; please try again.")
    })?;
    let status = if problem.is_some() { StatusCode::UNAUTHORIZED } else { StatusCode::OK };
    let mut r = render(&LoginPage { signed_in: None, problem, csrf: csrf.clone(), creditor, email });
    *r.status_mut() = status;
    if let Ok(v) = HeaderValue::from_str(&auth::set_cookie(LOGIN_CSRF_COOKIE, &csrf, 3600)) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(r)
}

async fn login_page(Query(q): Query<LoginQuery>) -> PageResult {
    login_form(None, q.creditor.unwrap_or_default().chars().take(20).collect(), String::new())
}

#[derive(Debug, Deserialize)]
struct LoginBody {
    csrf: String,
    creditor: String,
    email: String,
    password: String,
}

async fn login(State(state): State<DashState>, headers: HeaderMap, Form(b): Form<LoginBody>) -> PageResult {
    let cookie = auth::cookie(&headers, LOGIN_CSRF_COOKIE).unwrap_or_default();
    if cookie.is_empty() || !auth::same_token(&cookie, &b.csrf) {
        return login_form(Some("The sign-in form had expired. Please try again.".into()), b.creditor, b.email);
    }
    let wrong = || "The creditor number, e-mail or password is not right.".to_string();
    let Ok(creditor) = b.creditor.trim().parse::<i64>().map(CreditorId) else {
        return login_form(Some(wrong()), b.creditor, b.email);
    };
    let found = state.store.staff_user_for_login(creditor, &b.email).await?;
    // Verify against a hash even for an unknown user, so the answer takes as long either way.
    let dummy = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$H5xOHsZ3Gn4I1Zp0Rz4kWq8Fh9l2nRr+Q2tBl3p8x0A";
    let ok = match &found {
        Some((user, hash)) => auth::verify_password(&b.password, hash) && !user.disabled,
        None => {
            auth::verify_password(&b.password, dummy);
            false
        }
    };
    let Some((user, _)) = found.filter(|_| ok) else {
        return login_form(Some(wrong()), b.creditor, b.email);
    };
    let internal = |e: anyhow::Error| {
        eprintln!("{e}");
        PageError::new(StatusCode::INTERNAL_SERVER_ERROR, "Something went wrong on our side; please try again.")
    };
    let token = auth::random_token(32).map_err(internal)?;
    let csrf = auth::random_token(16).map_err(internal)?;
    let expires = jiff::Timestamp::now()
        .checked_add(jiff::SignedDuration::from_hours(SESSION_HOURS))
        .map_err(|e| internal(e.into()))?;
    state
        .store
        .create_staff_session(creditor, &crate::keys::hash_secret(&token), user.id, &csrf, &expires.to_string())
        .await?;
    state
        .store
        .record_audit(
            creditor,
            &NewAudit {
                actor: Actor { kind: ActorKind::User, name: user.email.clone() },
                action: "session.sign_in".into(),
                subject_kind: "user".into(),
                subject_id: user.id.to_string(),
                before: None,
                after: None,
                reason: None,
            },
        )
        .await?;
    let mut r = Redirect::to("/dashboard").into_response();
    let session = auth::set_cookie(SESSION_COOKIE, &format!("{}.{token}", creditor.0), SESSION_HOURS * 3600);
    if let (Ok(a), Ok(b)) =
        (HeaderValue::from_str(&session), HeaderValue::from_str(&auth::set_cookie(LOGIN_CSRF_COOKIE, "", 0)))
    {
        r.headers_mut().append(header::SET_COOKIE, a);
        r.headers_mut().append(header::SET_COOKIE, b);
    }
    Ok(r)
}

#[derive(Debug, Deserialize)]
struct CsrfOnly {
    csrf: String,
}

async fn logout(State(state): State<DashState>, staff: Staff, Form(b): Form<CsrfOnly>) -> PageResult {
    check_csrf(&staff, &b.csrf)?;
    state.store.delete_staff_session(staff.creditor, &staff.token_hash).await?;
    let mut r = Redirect::to("/dashboard/login").into_response();
    if let Ok(v) = HeaderValue::from_str(&auth::set_cookie(SESSION_COOKIE, "", 0)) {
        r.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(r)
}

// ---- the dashboard ----

struct Section {
    currency: String,
    open_balance: String,
    open_claims: i64,
    dso: String,
    resolution: String,
    resolved: i64,
    ageing_svg: String,
    ageing: Vec<(String, String, i64)>,
    recovery_svg: String,
    recovery: Vec<(String, String)>,
    cure_svg: String,
    cure: Vec<(String, i64, i64, String)>,
}

#[derive(Template)]
#[template(path = "dashboard/home.html")]
struct HomePage {
    signed_in: Option<Chrome>,
    as_of: String,
    pending: i64,
    creditor_name: String,
    jurisdiction: String,
    claims: i64,
    from: String,
    to: String,
    currency: String,
    currencies: Vec<String>,
    segment: String,
    segments: Vec<&'static str>,
    sections: Vec<Section>,
    by_state: Vec<(String, i64)>,
    disputes: i64,
    csat: String,
    survey_answers: i64,
    survey_average: String,
    survey_scores: Vec<(i64, i64)>,
    nps: String,
    nps_summary: String,
    care: CareFigures,
    definitions: &'static [(&'static str, &'static str)],
}

/// "1 answer", "3 answers".
fn counted(n: i64, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

/// An experiment's arms side by side.
struct ExperimentView {
    name: String,
    active: bool,
    since: String,
    ladder: String,
    arms: Vec<ArmRow>,
}

/// One arm's figures; the paid shares are of its claims.
struct ArmRow {
    outcome: domain::dunning::experiment::ArmOutcome,
    weight: u32,
    paid: [String; 3],
}

#[derive(Template)]
#[template(path = "dashboard/experiments.html")]
struct ExperimentsPage {
    signed_in: Option<Chrome>,
    experiments: Vec<ExperimentView>,
}

/// Each experiment's arms side by side. A page of its own: the outcomes read every claim on the
/// experiment's ladder, which the home page must not do on each view.
async fn experiments_page(State(state): State<DashState>, staff: Staff) -> PageResult {
    let experiments = experiment_views(&state.store, staff.creditor).await?;
    Ok(render(&ExperimentsPage { signed_in: chrome(&staff), experiments }))
}

async fn experiment_views(store: &Store, creditor: CreditorId) -> Result<Vec<ExperimentView>, StoreError> {
    let mut out = Vec::new();
    for stored in store.experiments(creditor).await? {
        let (since, arms) = crate::http_experiments::arm_outcomes(store, creditor, &stored).await?;
        let e = &stored.experiment;
        let share = |n: u64, of: u64| figures::percent(figures::per_mille(n as i64, of as i64));
        out.push(ExperimentView {
            name: e.name.clone(),
            active: stored.active,
            since: since.to_string(),
            ladder: format!(
                "{} debtors, segment {}",
                e.debtor.code(),
                crate::http_strategies::segment_label(&e.segment)
            ),
            arms: e
                .arms
                .iter()
                .zip(arms)
                .map(|(arm, o)| ArmRow {
                    weight: arm.weight,
                    paid: [o.paid_within_14_days, o.paid_within_30_days, o.paid_within_60_days]
                        .map(|n| share(n, o.claims)),
                    outcome: o,
                })
                .collect(),
        });
    }
    Ok(out)
}

/// The customer-care figures as the page shows them.
struct CareFigures {
    self_service: String,
    arrangements: i64,
    arrangements_self_service: i64,
    complaints: i64,
    retention: String,
    dunned_reported: i64,
    dunned_still_customers: i64,
}

fn care(c: &store::CustomerFigures) -> CareFigures {
    CareFigures {
        self_service: figures::percent(figures::per_mille(c.arrangements_self_service, c.arrangements)),
        arrangements: c.arrangements,
        arrangements_self_service: c.arrangements_self_service,
        complaints: c.complaints,
        retention: figures::percent(figures::per_mille(c.dunned_still_customers, c.dunned_reported)),
        dunned_reported: c.dunned_reported,
        dunned_still_customers: c.dunned_still_customers,
    }
}

#[derive(Debug, Deserialize)]
struct HomeQuery {
    from: Option<String>,
    to: Option<String>,
    currency: Option<String>,
    segment: Option<String>,
}

fn date_param(text: &Option<String>, what: &str) -> Result<Option<jiff::civil::Date>, PageError> {
    match text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(t) => t.parse().map(Some).map_err(|_| {
            PageError::new(StatusCode::BAD_REQUEST, format!("The {what} date {t:?} is not a date (YYYY-MM-DD)."))
        }),
    }
}

async fn home(State(state): State<DashState>, staff: Staff, Query(q): Query<HomeQuery>) -> PageResult {
    let store = &state.store;
    let from = date_param(&q.from, "from")?;
    let to = date_param(&q.to, "to")?;
    let mut pending = store.kpi_pending(staff.creditor).await?;
    if pending > 0 && pending <= PAGE_REFRESH_LIMIT {
        store.refresh_kpis(staff.creditor, false).await?;
        pending = 0;
    }
    let as_of = store.kpi_refreshed_at(staff.creditor).await?.unwrap_or_else(|| "never (run purr kpi refresh)".into());
    let segment = match q.segment.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        None => None,
        Some(code) => Some(domain::dunning::Segment::from_code(code).ok_or_else(|| {
            PageError::new(
                StatusCode::BAD_REQUEST,
                format!("There is no segment {:?}.", code.chars().take(30).collect::<String>()),
            )
        })?),
    };
    // A segment is not a bucket key: its figures are summed from the per-claim facts.
    let all = match segment {
        Some(g) => store.kpi_buckets_for_segment(staff.creditor, g.code(), from, to).await?,
        None => store.kpi_buckets(staff.creditor, from, to).await?,
    };
    let mut currencies: Vec<String> = all.iter().map(|b| b.currency.code().to_string()).collect();
    currencies.dedup();
    currencies.sort();
    currencies.dedup();
    let wanted = q.currency.clone().unwrap_or_default();
    let buckets: Vec<store::KpiBucket> =
        all.into_iter().filter(|b| wanted.is_empty() || b.currency.code() == wanted).collect();
    let f = figures::compute(&buckets, crate::today());
    let answers: Vec<store::SurveyCounts> = store
        .survey_counts(staff.creditor, from, to)
        .await?
        .into_iter()
        .filter(|c| wanted.is_empty() || c.currency.code() == wanted)
        .collect();
    let survey = figures::survey(&answers);
    let sections = f.per_currency.iter().map(section).collect();
    let creditor = store.creditor(staff.creditor).await?;
    let care = care(&store.customer_figures(staff.creditor, from, to).await?);
    Ok(render(&HomePage {
        signed_in: chrome(&staff),
        as_of,
        pending,
        creditor_name: creditor.legal_name,
        jurisdiction: creditor.jurisdiction.code().to_string(),
        claims: f.claims,
        from: from.map(|d| d.to_string()).unwrap_or_default(),
        to: to.map(|d| d.to_string()).unwrap_or_default(),
        currency: wanted,
        currencies,
        segment: segment.map(|g| g.code().to_string()).unwrap_or_default(),
        segments: domain::dunning::Segment::PRECEDENCE.iter().map(|g| g.code()).collect(),
        sections,
        by_state: f.by_state.iter().map(|(s, n)| (s.code().replace('_', " "), *n)).collect(),
        disputes: f.disputes,
        csat: figures::percent(survey.csat),
        survey_answers: survey.answers,
        survey_average: survey.average_centi.map_or("–".into(), format_minor),
        survey_scores: (1..).zip(survey.by_score).collect(),
        nps: survey.nps.map_or("–".into(), |n| if n > 0 { format!("+{n}") } else { n.to_string() }),
        nps_summary: format!(
            "{}: {}, {}, {}",
            counted(survey.promoters + survey.passives + survey.detractors, "answer"),
            counted(survey.promoters, "promoter"),
            counted(survey.passives, "passive"),
            counted(survey.detractors, "detractor"),
        ),
        care,
        definitions: figures::DEFINITIONS,
    }))
}

fn section(c: &figures::CurrencyFigures) -> Section {
    let cur = c.currency.code();
    let ageing: Vec<(String, String, i64)> = figures::AGEING
        .iter()
        .zip(&c.ageing)
        .map(|((label, _, _), (minor, n))| (label.to_string(), money(*minor, cur), *n))
        .collect();
    let ageing_svg = charts::bars(
        &format!("ageing-{cur}"),
        &format!("Ageing of the open balance, {cur}"),
        "Bars per band of days past due; the table below has the same numbers.",
        &figures::AGEING
            .iter()
            .zip(&c.ageing)
            .map(|((label, _, _), (minor, _))| (label.to_string(), *minor, format_minor(*minor)))
            .collect::<Vec<_>>(),
    );
    let recovery: Vec<(String, String)> = figures::RECOVERY_DAYS
        .iter()
        .zip(&c.recovery)
        .map(|(d, r)| (format!("{d} days"), figures::percent(*r)))
        .collect();
    let recovery_svg = charts::line(
        &format!("recovery-{cur}"),
        &format!("Recovery rate by days after due, {cur}"),
        "A line through the share recovered at 14, 30, 60 and 90 days; the table below has the same numbers.",
        &figures::RECOVERY_DAYS
            .iter()
            .zip(&c.recovery)
            .map(|(d, r)| (format!("{d} d"), *r, figures::percent(*r)))
            .collect::<Vec<_>>(),
    );
    let cure: Vec<(String, i64, i64, String)> = c
        .cure
        .iter()
        .map(|s| (format!("{} ({})", s.step_no, s.kind), s.reached, s.cured, figures::percent(s.rate)))
        .collect();
    let cure_svg = charts::bars(
        &format!("cure-{cur}"),
        &format!("Cure rate per dunning step, {cur}"),
        "Bars per step with the share paid after it; the table below has the same numbers.",
        &c.cure
            .iter()
            .map(|s| (format!("step {}", s.step_no), s.rate.unwrap_or(0), figures::percent(s.rate)))
            .collect::<Vec<_>>(),
    );
    Section {
        currency: cur.to_string(),
        open_balance: money(c.open_balance_minor, cur),
        open_claims: c.open_claims,
        dso: c.dso_days.map_or("–".into(), |d| format!("{d} days")),
        resolution: c.avg_days_to_resolution.map_or("–".into(), |d| format!("{d} days")),
        resolved: c.resolved,
        ageing_svg,
        ageing,
        recovery_svg,
        recovery,
        cure_svg,
        cure,
    }
}

// ---- cases ----

struct Hit {
    id: i64,
    invoice: String,
    debtor: String,
    customer: String,
    due: String,
    amount: String,
    state: String,
}

#[derive(Template)]
#[template(path = "dashboard/cases.html")]
struct CasesPage {
    signed_in: Option<Chrome>,
    q: String,
    hits: Vec<Hit>,
}

#[derive(Debug, Deserialize)]
struct SearchQuery {
    q: Option<String>,
}

async fn cases(State(state): State<DashState>, staff: Staff, Query(q): Query<SearchQuery>) -> PageResult {
    let q: String = q.q.unwrap_or_default().trim().chars().take(200).collect();
    let hits = state.store.search_cases(staff.creditor, &q, 200).await?;
    Ok(render(&CasesPage {
        signed_in: chrome(&staff),
        q,
        hits: hits
            .into_iter()
            .map(|h| Hit {
                id: h.claim.0,
                invoice: h.invoice_number,
                debtor: h.debtor_name,
                customer: h.debtor_external_id,
                due: h.due_date.to_string(),
                amount: h.principal.to_string(),
                state: h.state.code().replace('_', " "),
            })
            .collect(),
    }))
}

struct TimelineRow {
    date: String,
    what: String,
    detail: String,
    amount: String,
}

#[derive(Template)]
#[template(path = "dashboard/case.html")]
struct CasePage {
    signed_in: Option<Chrome>,
    done: Option<String>,
    id: i64,
    invoice: String,
    debtor: String,
    customer: String,
    state: String,
    due: String,
    principal: String,
    fees: String,
    interest: String,
    outstanding: String,
    timeline: Vec<TimelineRow>,
    may_act: bool,
    csrf: String,
    fees_list: Vec<(i64, String)>,
    staff_plan_months: u32,
    staff_max_days: u32,
    /// The debtor's segment as the latest run computed it ("chronic late, since 2026-11-24"),
    /// the facts that put them there, and the hardship flag staff set.
    segment: String,
    segment_reasons: Vec<String>,
    hardship: bool,
}

fn claim_id(text: &str) -> Result<ClaimId, PageError> {
    text.parse::<i64>()
        .ok()
        .filter(|v| *v > 0)
        .map(ClaimId)
        .ok_or_else(|| PageError::new(StatusCode::NOT_FOUND, "There is no such claim."))
}

#[derive(Debug, Deserialize)]
struct DoneQuery {
    done: Option<String>,
}

async fn case_page(
    State(state): State<DashState>,
    staff: Staff,
    Path(id): Path<String>,
    Query(d): Query<DoneQuery>,
) -> PageResult {
    let store = &state.store;
    let id = claim_id(&id)?;
    let view = store.claim(staff.creditor, id).await?.ok_or(StoreError::NotFound("claim"))?;
    let entries = store.entries(staff.creditor, id).await?;
    let steps = store.dunning_steps(staff.creditor, id).await?;
    let trail = store
        .audit_log(
            staff.creditor,
            &AuditFilter { subject: Some(("claim".into(), id.0.to_string())), before_id: None, limit: 500 },
        )
        .await?;
    let cur = view.claim.principal.currency();
    let mut timeline: Vec<(String, i32, TimelineRow)> = Vec::new();
    timeline.push((
        view.claim.issue_date.to_string(),
        0,
        TimelineRow {
            date: view.claim.issue_date.to_string(),
            what: "Invoice issued".into(),
            detail: format!("invoice {}, due {}", view.claim.invoice_number, view.claim.due_date),
            amount: view.claim.principal.to_string(),
        },
    ));
    let reversed: Vec<EntryId> =
        entries.iter().filter_map(|e| if let EntryKind::Reversal { of } = e.kind { Some(of) } else { None }).collect();
    let mut fees = Vec::new();
    for e in &entries {
        if let EntryKind::Fee { fee } = e.kind
            && !reversed.contains(&e.id)
        {
            fees.push((e.id.0, format!("{} {} of {}", fee.code().replace('_', " "), e.amount, e.effective_date)));
        }
        timeline.push((
            e.effective_date.to_string(),
            1,
            TimelineRow {
                date: e.effective_date.to_string(),
                what: format!("Ledger: {}", e.kind.code().replace(['_', ':'], " ")),
                detail: format!("{} (entry {}, {})", e.reason, e.id.0, e.component.code()),
                amount: e.amount.to_string(),
            },
        ));
    }
    for s in &steps {
        timeline.push((
            s.sent_on.to_string(),
            2,
            TimelineRow {
                date: s.sent_on.to_string(),
                what: format!("Dunning step {}: {}", s.step_no, s.kind.code().replace('_', " ")),
                detail: s.deadline.map(|d| format!("pay by {d}")).unwrap_or_default(),
                amount: String::new(),
            },
        ));
    }
    // The letters of the steps; a merged letter shows on each claim it names.
    for letter in store.claim_letters(staff.creditor, id).await? {
        let m = &letter.message;
        let date = m
            .payload
            .get("date")
            .and_then(|d| d.as_str())
            .map_or_else(|| m.created_at.chars().take(10).collect::<String>(), str::to_string);
        let invoices: Vec<&str> = letter.claims.iter().map(|(_, invoice)| invoice.as_str()).collect();
        let what = if letter.merged() {
            format!("Letter: {} (one letter for {} claims)", m.step.replace('_', " "), letter.claims.len())
        } else {
            format!("Letter: {}", m.step.replace('_', " "))
        };
        let mut detail = format!("message {}, {} by {}", m.id, m.status, m.channel);
        if letter.merged() {
            detail.push_str(&format!(", invoices {}", invoices.join(", ")));
        }
        timeline.push((date.clone(), 3, TimelineRow { date, what, detail, amount: String::new() }));
    }
    for ev in store.case_events(staff.creditor, id, None, 1000).await? {
        timeline.push((
            ev.at.chars().take(10).collect(),
            3,
            TimelineRow {
                date: ev.at.clone(),
                what: format!("Case: {} by {}", ev.kind.replace('_', " "), ev.actor),
                detail: ev.details.get("request").map(|r| r.to_string()).unwrap_or_default(),
                amount: String::new(),
            },
        ));
    }
    for a in trail.iter().rev() {
        timeline.push((
            a.at.chars().take(10).collect(),
            3,
            TimelineRow {
                date: a.at.clone(),
                what: format!("{} by {}", a.action, a.actor.name),
                detail: a.reason.clone().unwrap_or_default(),
                amount: String::new(),
            },
        ));
    }
    timeline.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    let (hardship, stored) = store.debtor_segment(staff.creditor, view.claim.debtor_id).await?.unwrap_or((false, None));
    let (segment, segment_reasons) = match stored {
        Some((s, on)) => (
            format!("{} (computed by the run of {on})", s.segment.code().replace('_', " ")),
            s.reasons.iter().map(domain::dunning::SegmentReason::sentence).collect(),
        ),
        None => ("not computed yet: the next daily run sets it".to_string(), Vec::new()),
    };
    let b = &view.balance;
    let outstanding = b.principal.minor() + b.fees.minor() + b.interest.minor();
    Ok(render(&CasePage {
        signed_in: chrome(&staff),
        done: d.done.map(|d| d.chars().take(200).collect()),
        id: id.0,
        invoice: view.claim.invoice_number.clone(),
        debtor: view.debtor_name.clone(),
        customer: view.debtor_external_id.clone(),
        state: view.claim.state.code().replace('_', " "),
        due: view.claim.due_date.to_string(),
        principal: b.principal.to_string(),
        fees: b.fees.to_string(),
        interest: b.interest.to_string(),
        outstanding: money(outstanding, cur.code()),
        timeline: timeline.into_iter().map(|(_, _, r)| r).collect(),
        may_act: staff.may_act(),
        csrf: staff.csrf.clone(),
        fees_list: fees,
        staff_plan_months: actions::STAFF_PLAN_MAX_MONTHS,
        staff_max_days: actions::STAFF_MAX_DAYS,
        segment,
        segment_reasons,
        hardship,
    }))
}

#[derive(Debug, Deserialize)]
struct HardshipBody {
    csrf: String,
    hardship: String,
}

/// Sets or clears the hardship flag of the claim's debtor; the segment follows at the next run.
async fn set_hardship(
    State(state): State<DashState>,
    staff: Staff,
    Path(id): Path<String>,
    Form(b): Form<HardshipBody>,
) -> PageResult {
    check_csrf(&staff, &b.csrf)?;
    must_act(&staff)?;
    let id = claim_id(&id)?;
    let hardship = match b.hardship.as_str() {
        "on" => true,
        "off" => false,
        _ => return Err(PageError::new(StatusCode::UNPROCESSABLE_ENTITY, "Choose whether the debtor is in hardship.")),
    };
    let view = state.store.claim(staff.creditor, id).await?.ok_or(StoreError::NotFound("claim"))?;
    state.store.set_hardship_by(staff.creditor, view.claim.debtor_id, hardship, &staff.actor()).await?;
    let done = if hardship {
        "The debtor is flagged as in hardship; from the next daily run their claims follow the hardship segment's ladder."
    } else {
        "The hardship flag is cleared; the next daily run segments the debtor again."
    };
    Ok(Redirect::to(&format!("/dashboard/cases/{}?done={}", id.0, urlencode(done))).into_response())
}

#[derive(Debug, Deserialize)]
struct WaiveBody {
    csrf: String,
    entry_id: String,
    reason: String,
}

async fn waive_fee(
    State(state): State<DashState>,
    staff: Staff,
    Path(id): Path<String>,
    Form(b): Form<WaiveBody>,
) -> PageResult {
    check_csrf(&staff, &b.csrf)?;
    must_act(&staff)?;
    let id = claim_id(&id)?;
    let entry = b
        .entry_id
        .trim()
        .parse::<i64>()
        .map(EntryId)
        .map_err(|_| PageError::new(StatusCode::UNPROCESSABLE_ENTITY, "Choose the fee to waive."))?;
    if b.reason.trim().is_empty() || b.reason.chars().count() > 500 {
        return Err(PageError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "Give a reason for the waiver (at most 500 characters).",
        ));
    }
    let done = match state.store.waive_fee(staff.creditor, id, entry, &b.reason, &staff.actor()).await? {
        WaiveOutcome::Waived(_) => "The fee was waived.",
        WaiveOutcome::AlreadyWaived => "That fee had already been waived; nothing changed.",
        WaiveOutcome::NotAFee => {
            return Err(PageError::new(StatusCode::UNPROCESSABLE_ENTITY, "That entry is not a fee of this claim."));
        }
    };
    Ok(Redirect::to(&format!("/dashboard/cases/{}?done={}", id.0, urlencode(done))).into_response())
}

// ---- unmatched payments ----

struct PaymentRow {
    id: i64,
    date: String,
    amount: String,
    reference: String,
    payer: String,
    reason: String,
    suggestions: Vec<(i64, String)>,
    first_suggestion: String,
}

#[derive(Template)]
#[template(path = "dashboard/payments.html")]
struct PaymentsPage {
    signed_in: Option<Chrome>,
    done: Option<String>,
    items: Vec<PaymentRow>,
    /// The refund queue.
    credits: Vec<store::CreditBalance>,
    may_act: bool,
    csrf: String,
}

async fn payments(State(state): State<DashState>, staff: Staff, Query(d): Query<DoneQuery>) -> PageResult {
    let items = state.store.unmatched_payments(staff.creditor, None, 500).await?;
    let credits = state.store.credit_balances(staff.creditor, None, 500).await?;
    Ok(render(&PaymentsPage {
        credits,
        signed_in: chrome(&staff),
        done: d.done.map(|d| d.chars().take(200).collect()),
        items: items
            .into_iter()
            .map(|p| PaymentRow {
                id: p.id,
                date: p.booking_date.map(|d| d.to_string()).unwrap_or_default(),
                amount: p.amount.to_string(),
                reference: p.reference.unwrap_or_default(),
                payer: p.payer_name.unwrap_or_default(),
                reason: p.reason,
                first_suggestion: p.suggestions.first().map(|s| s.claim.0.to_string()).unwrap_or_default(),
                suggestions: p.suggestions.into_iter().map(|s| (s.claim.0, s.why.replace('_', " "))).collect(),
            })
            .collect(),
        may_act: staff.may_act(),
        csrf: staff.csrf.clone(),
    }))
}

#[derive(Debug, Deserialize)]
struct ResolveBody {
    csrf: String,
    claim_id: String,
}

async fn resolve_payment(
    State(state): State<DashState>,
    staff: Staff,
    Path(id): Path<String>,
    Form(b): Form<ResolveBody>,
) -> PageResult {
    check_csrf(&staff, &b.csrf)?;
    must_act(&staff)?;
    let payment = id.parse::<i64>().map_err(|_| PageError::new(StatusCode::NOT_FOUND, "There is no such payment."))?;
    let claim = claim_id(b.claim_id.trim())?;
    let before = state.store.payment(staff.creditor, payment).await?.ok_or(StoreError::NotFound("payment"))?;
    let done = match state.store.resolve_payment(staff.creditor, payment, claim, crate::today()).await? {
        store::ResolveOutcome::Resolved { entries, .. } => {
            state
                .store
                .record_audit(
                    staff.creditor,
                    &NewAudit {
                        actor: staff.actor(),
                        action: "payment.resolve".into(),
                        subject_kind: "payment".into(),
                        subject_id: payment.to_string(),
                        before: Some(serde_json::json!({"status": before.status.code()})),
                        after: Some(serde_json::json!({
                            "status": "resolved",
                            "claim_id": claim.0,
                            "entries": entries.iter().map(|e| e.id.0).collect::<Vec<_>>(),
                        })),
                        reason: None,
                    },
                )
                .await?;
            format!("Payment {payment} was booked to claim {}.", claim.0)
        }
        store::ResolveOutcome::NotUnmatched(p) => {
            format!("Payment {payment} is {}, not waiting any more; nothing was booked.", p.status.code())
        }
    };
    Ok(Redirect::to(&format!("/dashboard/payments?done={}", urlencode(&done))).into_response())
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

// ---- audit trail ----

struct AuditRow {
    at: String,
    who: String,
    action: String,
    subject: String,
    before: String,
    after: String,
    reason: String,
}

#[derive(Template)]
#[template(path = "dashboard/audit.html")]
struct AuditPage {
    signed_in: Option<Chrome>,
    rows: Vec<AuditRow>,
    next: Option<i64>,
}

#[derive(Debug, Deserialize)]
struct AuditQuery {
    before: Option<i64>,
}

async fn audit_page(State(state): State<DashState>, staff: Staff, Query(q): Query<AuditQuery>) -> PageResult {
    let limit = 200;
    let rows =
        state.store.audit_log(staff.creditor, &AuditFilter { subject: None, before_id: q.before, limit }).await?;
    let next = if rows.len() as i64 == limit { rows.last().map(|r| r.id) } else { None };
    let json = |v: &Option<serde_json::Value>| v.as_ref().map(|v| v.to_string()).unwrap_or_default();
    Ok(render(&AuditPage {
        signed_in: chrome(&staff),
        rows: rows
            .iter()
            .map(|r| AuditRow {
                at: r.at.clone(),
                who: format!("{} ({})", r.actor.name, r.actor.kind.code().replace('_', " ")),
                action: r.action.clone(),
                subject: format!("{} {}", r.subject_kind, r.subject_id),
                before: json(&r.before),
                after: json(&r.after),
                reason: r.reason.clone().unwrap_or_default(),
            })
            .collect(),
        next,
    }))
}

fn audit_json_value(r: &store::AuditRecord) -> serde_json::Value {
    serde_json::json!({
        "id": r.id, "at": r.at, "actor_kind": r.actor.kind.code(), "actor": r.actor.name, "action": r.action,
        "subject_kind": r.subject_kind, "subject_id": r.subject_id, "before": r.before, "after": r.after, "reason": r.reason,
    })
}

async fn all_audit(store: &Store, creditor: CreditorId) -> Result<Vec<store::AuditRecord>, PageError> {
    Ok(store.audit_log(creditor, &AuditFilter { subject: None, before_id: None, limit: 100_000 }).await?)
}

fn download(content_type: &'static str, name: &str, body: Vec<u8>) -> Response {
    let mut r = body.into_response();
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

async fn audit_json(State(state): State<DashState>, staff: Staff) -> PageResult {
    let rows = all_audit(&state.store, staff.creditor).await?;
    let body = serde_json::to_vec_pretty(&rows.iter().map(audit_json_value).collect::<Vec<_>>())
        .map_err(|e| PageError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    Ok(download("application/json", "audit.json", body))
}

async fn audit_csv(State(state): State<DashState>, staff: Staff) -> PageResult {
    let rows = all_audit(&state.store, staff.creditor).await?;
    let mut w = csv::Writer::from_writer(Vec::new());
    let fail = |e: csv::Error| PageError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string());
    w.write_record([
        "id",
        "at",
        "actor_kind",
        "actor",
        "action",
        "subject_kind",
        "subject_id",
        "before",
        "after",
        "reason",
    ])
    .map_err(fail)?;
    for r in &rows {
        let json = |v: &Option<serde_json::Value>| v.as_ref().map(|v| v.to_string()).unwrap_or_default();
        w.write_record([
            r.id.to_string(),
            r.at.clone(),
            r.actor.kind.code().to_string(),
            r.actor.name.clone(),
            r.action.clone(),
            r.subject_kind.clone(),
            r.subject_id.clone(),
            json(&r.before),
            json(&r.after),
            r.reason.clone().unwrap_or_default(),
        ])
        .map_err(fail)?;
    }
    let body = w.into_inner().map_err(|e| PageError::new(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    Ok(download("text/csv; charset=utf-8", "audit.csv", body))
}
