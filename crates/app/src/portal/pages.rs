//! The portal's page handlers: each resolves the request (creditor, language, session), checks
//! that what it shows belongs to the signed-in debtor, and renders one template.

use super::auth::{self, Authenticator as _, Identified};
use super::{Ctx, Frame, PortalState, Problem, Ui, cookie, cookie_value, internal, is_https, parse_creditor};
use askama::Template;
use axum::extract::{ConnectInfo, Form, FromRequestParts, Path, State};
use axum::http::header::{LOCATION, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use domain::law::SentStep;
use domain::{Channel, ClaimId, Component, EntryKind, Language, Money};
use messages::i18n::{Args, Catalog, find_locale};
use std::collections::HashMap;
use std::net::SocketAddr;
use store::{ClaimFilter, ClaimView, NewPortalSession, PortalSession};

pub(super) type Fields = Vec<(String, String)>;

pub(super) fn field<'a>(form: &'a Fields, name: &str) -> &'a str {
    form.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
}

/// Resolves creditor, session and language for a request.
pub(super) async fn ctx(state: &PortalState, creditor: &str, headers: &HeaderMap, uri: &Uri) -> Result<Ctx, Response> {
    let catalog = Catalog::builtin();
    let query: HashMap<String, String> =
        uri.query().and_then(|q| serde_urlencoded_pairs(q).ok()).unwrap_or_default().into_iter().collect();
    let asked = query.get("lang").and_then(|l| find_locale(l.trim())).map(|l| l.code);
    let browser = headers.get("accept-language").and_then(|h| h.to_str().ok()).unwrap_or("");
    let fallback_lang = asked.unwrap_or_else(|| catalog.negotiate(browser));
    let Some(id) = parse_creditor(creditor) else { return Err(bare_error(fallback_lang, Problem::NotFound)) };
    let creditor = match state.store.creditor(id).await {
        Ok(c) => c,
        Err(store::StoreError::NotFound(_)) => return Err(bare_error(fallback_lang, Problem::NotFound)),
        Err(e) => {
            eprintln!("portal: loading creditor: {e}");
            return Err(bare_error(fallback_lang, Problem::Internal));
        }
    };
    let secure = is_https(headers);
    let mut session = None;
    let mut token_hash = None;
    if let Some((c, token)) = cookie_value(headers, "purr_session").and_then(|v| v.split_once('.'))
        && c == id.0.to_string()
    {
        let hash = auth::token_hash(token);
        match state.store.portal_session(id, &hash, &jiff::Timestamp::now().to_string()).await {
            Ok(found) => {
                session = found;
                token_hash = session.as_ref().map(|_| hash);
            }
            Err(e) => eprintln!("portal: loading session: {e}"),
        }
    }
    let mut set_lang_cookie = None;
    let lang = match (asked, &session) {
        (Some(lang), Some(s)) => {
            // Choosing a language while signed in is remembered on the debtor, for letters too.
            if let Ok(language) = Language::parse(lang)
                && let Err(e) = state.store.set_debtor_language(id, s.debtor, &language).await
            {
                eprintln!("portal: storing language: {e}");
            }
            lang
        }
        (Some(lang), None) => {
            set_lang_cookie = Some(lang);
            lang
        }
        (None, Some(s)) => match state.store.debtor(id, s.debtor).await {
            Ok(Some(d)) => find_locale(d.language.as_str()).map_or_else(|| catalog.negotiate(browser), |l| l.code),
            _ => catalog.negotiate(browser),
        },
        (None, None) => match cookie_value(headers, "purr_lang").and_then(find_locale) {
            Some(l) => l.code,
            None if browser.is_empty() => {
                find_locale(creditor.default_language.as_str()).map_or(catalog.default_lang(), |l| l.code)
            }
            None => catalog.negotiate(browser),
        },
    };
    let lang = find_locale(lang).map_or("en", |l| l.code);
    Ok(Ctx { ui: Ui { lang }, creditor, session, token_hash, path: uri.path().to_string(), secure, set_lang_cookie })
}

/// Splits a query string into decoded pairs.
fn serde_urlencoded_pairs(q: &str) -> Result<Vec<(String, String)>, ()> {
    Ok(q.split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect())
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"), 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// An error page for a request whose creditor is unknown: no creditor name, just the message.
fn bare_error(lang: &'static str, problem: Problem) -> Response {
    let creditor = domain::Creditor {
        id: domain::CreditorId(0),
        legal_name: "Purr".into(),
        org_number: String::new(),
        jurisdiction: domain::Jurisdiction::SE,
        default_language: Language::parse(lang).unwrap_or_else(|_| Language::parse("en").expect("en")),
        bank: domain::BankDetails::default(),
        reference_scheme: domain::ReferenceScheme::SeOcr { length_digit: false },
        reminder_fee_agreed: false,
        allocation_order: domain::AllocationOrder::CostsInterestPrincipal,
    };
    let ctx = Ctx {
        ui: Ui { lang },
        creditor,
        session: None,
        token_hash: None,
        path: "/portal".into(),
        secure: false,
        set_lang_cookie: None,
    };
    ctx.error(problem)
}

pub(super) fn redirect(to: &str) -> Response {
    let mut r = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(to) {
        r.headers_mut().insert(LOCATION, v);
    }
    r
}

/// The signed-in session, or the sign-in error.
pub(super) fn signed_in(ctx: &Ctx) -> Result<&PortalSession, Response> {
    ctx.session.as_ref().ok_or_else(|| ctx.error(Problem::SignIn))
}

/// Checks a submitted form: signed in, the CSRF token matches, and (for changes) the session may write.
pub(super) fn check_form(ctx: &Ctx, form: &Fields, write: bool) -> Result<PortalSession, Response> {
    let session = signed_in(ctx)?.clone();
    if !auth::same_secret(field(form, "csrf"), &session.csrf) {
        return Err(ctx.error(Problem::Csrf));
    }
    if write && !session.can_write {
        return Err(ctx.error(Problem::ReadOnly));
    }
    Ok(session)
}

/// The claim, if it is the signed-in debtor's. Another debtor's claim is "not found".
pub(super) async fn own_claim(state: &PortalState, ctx: &Ctx, claim: &str) -> Result<ClaimView, Response> {
    let session = signed_in(ctx)?;
    let id = claim.parse::<i64>().ok().filter(|v| *v > 0).ok_or_else(|| ctx.error(Problem::NotFound))?;
    match state.store.claim(ctx.creditor.id, ClaimId(id)).await {
        Ok(Some(v)) if v.claim.debtor_id == session.debtor => Ok(v),
        Ok(_) => Err(ctx.error(Problem::NotFound)),
        Err(e) => Err(internal(ctx, "loading claim", e)),
    }
}

/// Audits a case action on a claim.
pub(super) async fn audit_action(state: &PortalState, ctx: &Ctx, claim: ClaimId, action: &str, detail: &str) {
    audit(state, ctx, Some(claim), action, detail).await;
}

pub(super) async fn audit(state: &PortalState, ctx: &Ctx, claim: Option<ClaimId>, action: &str, detail: &str) {
    if let Some(s) = &ctx.session
        && let Err(e) = state.store.portal_audit(ctx.creditor.id, s.debtor, claim, action, detail).await
    {
        eprintln!("portal: audit {action}: {e}");
    }
}

// ---- templates ----

#[derive(Template)]
#[template(path = "portal/error.html")]
pub struct ErrorPage {
    pub f: Frame,
    pub body: String,
}

#[derive(Template)]
#[template(path = "portal/login.html")]
struct LoginPage {
    f: Frame,
    pre: String,
    error: String,
    reference: String,
}

#[derive(Template)]
#[template(path = "portal/link.html")]
struct LinkPage {
    f: Frame,
    pre: String,
    action: String,
}

struct ClaimRow {
    href: String,
    invoice: String,
    due: String,
    state: String,
    outstanding: String,
}

#[derive(Template)]
#[template(path = "portal/claims.html")]
struct ClaimsPage {
    f: Frame,
    greeting: String,
    rows: Vec<ClaimRow>,
    total: String,
    read_only: bool,
}

struct Law {
    lang: &'static str,
    text: String,
    statute: String,
}

struct Line {
    label: String,
    date: String,
    amount: String,
    note: String,
    law: Vec<Law>,
}

struct Section {
    id: &'static str,
    title: String,
    lines: Vec<Line>,
    total: String,
}

/// A letter about the claim: its date, its title, and for a merged letter the other invoices it
/// is about.
struct LetterRow {
    date: String,
    title: String,
    note: String,
}

#[derive(Template)]
#[template(path = "portal/claim.html")]
struct ClaimPage {
    f: Frame,
    claim_base: String,
    heading: String,
    state: String,
    due: String,
    sections: Vec<Section>,
    letters: Vec<LetterRow>,
    outstanding: String,
    credit: String,
    open: bool,
    closed: bool,
    survey_done: bool,
    done: String,
}

#[derive(Template)]
#[template(path = "portal/pay.html")]
struct PayPage {
    f: Frame,
    claim_base: String,
    heading: String,
    rows: Vec<(String, String, bool)>,
    amount: String,
    qr_svg: String,
    qr_note: String,
}

#[derive(Template)]
#[template(path = "portal/message.html")]
struct MessagePage {
    f: Frame,
    sent: bool,
    error: String,
    history: Vec<(String, String)>,
}

struct ChannelChoice {
    code: &'static str,
    label: String,
    checked: bool,
}

#[derive(Template)]
#[template(path = "portal/contact.html")]
struct ContactPage {
    f: Frame,
    channels: Vec<ChannelChoice>,
    saved: bool,
    error: String,
}

// ---- sign-in ----

/// A random token for the double-submit cookie that protects the sign-in forms.
fn pre_token(headers: &HeaderMap) -> (String, bool) {
    match cookie_value(headers, "purr_pre") {
        Some(v) if v.len() == 32 && v.bytes().all(|b| b.is_ascii_hexdigit()) => (v.to_string(), false),
        _ => (auth::random_hex(16), true),
    }
}

fn with_pre_cookie(mut r: Response, pre: &str, fresh: bool, secure: bool) -> Response {
    if fresh && let Ok(v) = HeaderValue::from_str(&cookie("purr_pre", pre, 3600, secure)) {
        r.headers_mut().append(SET_COOKIE, v);
    }
    r
}

pub async fn home(
    State(state): State<PortalState>,
    Path(creditor): Path<String>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let ctx = match ctx(&state, &creditor, &headers, &uri).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    match &ctx.session {
        Some(s) => claims_list(&state, &ctx, s).await,
        None => {
            let (pre, fresh) = pre_token(&headers);
            login_form(&ctx, pre, fresh, String::new(), String::new(), StatusCode::OK)
        }
    }
}

fn login_form(ctx: &Ctx, pre: String, fresh: bool, error: String, reference: String, status: StatusCode) -> Response {
    let page = LoginPage { f: ctx.frame(ctx.ui.t("login-title")), pre: pre.clone(), error, reference };
    with_pre_cookie(ctx.render(status, &page), &pre, fresh, ctx.secure)
}

/// The client's address as the server saw it ("unknown" when served without connection info).
/// Behind a proxy every client shares the proxy's address, so its limit then applies to all.
pub struct ClientAddr(String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut axum::http::request::Parts, _: &S) -> Result<Self, Self::Rejection> {
        let addr = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|a| a.0.ip().to_string());
        Ok(ClientAddr(addr.unwrap_or_else(|| "unknown".into())))
    }
}

pub async fn login(
    State(state): State<PortalState>,
    Path(creditor): Path<String>,
    headers: HeaderMap,
    uri: Uri,
    ClientAddr(client): ClientAddr,
    Form(form): Form<Fields>,
) -> Response {
    let ctx = match ctx(&state, &creditor, &headers, &uri).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let (pre, fresh) = pre_token(&headers);
    if fresh || !auth::same_secret(field(&form, "pre"), &pre) {
        return with_pre_cookie(ctx.error(Problem::Csrf), &pre, fresh, ctx.secure);
    }
    let reference = field(&form, "reference").chars().take(40).collect::<String>();
    match state.inner.code_login.identify(&state.store, ctx.creditor.id, &client, &form).await {
        Ok(Identified::Debtor(debtor)) => start_session(&state, &ctx, debtor, true, "code", None).await,
        Ok(Identified::NationalId(_)) => ctx.error(Problem::SignIn),
        Err(auth::AuthFailure::TryLater) => {
            login_form(&ctx, pre, false, ctx.ui.t("login-too-many"), reference, StatusCode::TOO_MANY_REQUESTS)
        }
        Err(auth::AuthFailure::NotRecognised) => {
            login_form(&ctx, pre, false, ctx.ui.t("login-not-recognised"), reference, StatusCode::UNAUTHORIZED)
        }
        Err(auth::AuthFailure::Unavailable) => ctx.error(Problem::Internal),
    }
}

async fn start_session(
    state: &PortalState,
    ctx: &Ctx,
    debtor: domain::DebtorId,
    can_write: bool,
    method: &str,
    nonce: Option<&str>,
) -> Response {
    let token = auth::random_hex(32);
    let hash = auth::token_hash(&token);
    let csrf = auth::random_hex(16);
    let expires = jiff::Timestamp::now() + jiff::SignedDuration::from_mins(auth::SESSION_MINUTES);
    let expires_text = expires.to_string();
    let s = NewPortalSession {
        creditor: ctx.creditor.id,
        token_hash: &hash,
        debtor,
        csrf: &csrf,
        can_write,
        method,
        expires_at: &expires_text,
    };
    if let Err(e) = state.store.create_portal_session(&s).await {
        return internal(ctx, "creating session", e);
    }
    let detail = match nonce {
        Some(n) => format!("{method} {n}{}", if can_write { "" } else { " (read only: link used before)" }),
        None => method.to_string(),
    };
    if let Err(e) = state.store.portal_audit(ctx.creditor.id, debtor, None, "sign_in", &detail).await {
        eprintln!("portal: audit sign_in: {e}");
    }
    let mut r = redirect(&format!("{}/", ctx.base()));
    let value = format!("{}.{token}", ctx.creditor.id.0);
    if let Ok(v) = HeaderValue::from_str(&cookie("purr_session", &value, auth::SESSION_MINUTES * 60, ctx.secure)) {
        r.headers_mut().append(SET_COOKIE, v);
    }
    r
}

pub async fn logout(
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
    if let Err(r) = check_form(&ctx, &form, false) {
        return r;
    }
    if let Some(hash) = &ctx.token_hash
        && let Err(e) = state.store.end_portal_session(ctx.creditor.id, hash).await
    {
        return internal(&ctx, "ending session", e);
    }
    audit(&state, &ctx, None, "sign_out", "").await;
    let mut r = redirect(&format!("{}/", ctx.base()));
    if let Ok(v) = HeaderValue::from_str(&cookie("purr_session", "", 0, ctx.secure)) {
        r.headers_mut().append(SET_COOKIE, v);
    }
    r
}

async fn valid_link(state: &PortalState, ctx: &Ctx, token: &str) -> Result<auth::LinkClaims, Response> {
    let secret = auth::creditor_secret(&state.store, ctx.creditor.id).await.map_err(|e| internal(ctx, "secret", e))?;
    auth::verify_link(&secret, ctx.creditor.id, token, jiff::Timestamp::now().as_second()).map_err(|_| {
        let page = ErrorPage { f: ctx.frame(ctx.ui.t("link-invalid-title")), body: ctx.ui.t("link-invalid-body") };
        ctx.render(StatusCode::GONE, &page)
    })
}

pub async fn link_page(
    State(state): State<PortalState>,
    Path((creditor, token)): Path<(String, String)>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let ctx = match ctx(&state, &creditor, &headers, &uri).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    if let Err(r) = valid_link(&state, &ctx, &token).await {
        return r;
    }
    let (pre, fresh) = pre_token(&headers);
    let page = LinkPage { f: ctx.frame(ctx.ui.t("link-title")), pre: pre.clone(), action: uri.path().to_string() };
    with_pre_cookie(ctx.render(StatusCode::OK, &page), &pre, fresh, ctx.secure)
}

pub async fn link_sign_in(
    State(state): State<PortalState>,
    Path((creditor, token)): Path<(String, String)>,
    headers: HeaderMap,
    uri: Uri,
    Form(form): Form<Fields>,
) -> Response {
    let ctx = match ctx(&state, &creditor, &headers, &uri).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let claims = match valid_link(&state, &ctx, &token).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let (pre, fresh) = pre_token(&headers);
    if fresh || !auth::same_secret(field(&form, "pre"), &pre) {
        return with_pre_cookie(ctx.error(Problem::Csrf), &pre, fresh, ctx.secure);
    }
    match state.store.debtor(ctx.creditor.id, claims.debtor).await {
        Ok(Some(_)) => {}
        Ok(None) => return ctx.error(Problem::NotFound),
        Err(e) => return internal(&ctx, "link debtor", e),
    }
    let fresh_link = match state.store.use_portal_link(ctx.creditor.id, &claims.nonce, claims.debtor).await {
        Ok(f) => f,
        Err(e) => return internal(&ctx, "using link", e),
    };
    start_session(&state, &ctx, claims.debtor, fresh_link, "link", Some(&claims.nonce)).await
}

// ---- reading ----

fn state_label(ui: &Ui, state: domain::ClaimState) -> String {
    ui.t(&format!("state-{}", state.code().replace('_', "-")))
}

async fn claims_list(state: &PortalState, ctx: &Ctx, session: &PortalSession) -> Response {
    let debtor = match state.store.debtor(ctx.creditor.id, session.debtor).await {
        Ok(Some(d)) => d,
        Ok(None) => return ctx.error(Problem::SignIn),
        Err(e) => return internal(ctx, "debtor", e),
    };
    let filter =
        ClaimFilter { creditor: Some(ctx.creditor.id), debtor: Some(session.debtor), limit: 500, ..Default::default() };
    let claims = match state.store.claims(&filter).await {
        Ok(c) => c,
        Err(e) => return internal(ctx, "claims", e),
    };
    let ui = ctx.ui;
    let mut totals: Vec<Money> = Vec::new();
    let rows = claims
        .iter()
        .map(|v| {
            let outstanding = v.balance.outstanding().unwrap_or(v.balance.principal);
            if v.claim.state.in_collection() {
                match totals.iter_mut().find(|m| m.currency() == outstanding.currency()) {
                    Some(m) => *m = m.checked_add(outstanding).unwrap_or(*m),
                    None => totals.push(outstanding),
                }
            }
            ClaimRow {
                href: format!("{}/claims/{}", ctx.base(), v.claim.id.0),
                invoice: v.claim.invoice_number.clone(),
                due: ui.date(v.claim.due_date),
                state: state_label(&ui, v.claim.state),
                outstanding: ui.money(outstanding),
            }
        })
        .collect();
    let total = totals.iter().map(|m| ui.money(*m)).collect::<Vec<_>>().join(" + ");
    let page = ClaimsPage {
        f: ctx.frame(ui.t("claims-title")),
        greeting: ui.ta("claims-greeting", Args::new().str("name", debtor.name.clone())),
        rows,
        total: if total.is_empty() { ui.money(Money::zero(ctx.creditor_currency())) } else { total },
        read_only: !session.can_write,
    };
    ctx.render(StatusCode::OK, &page)
}

impl Ctx {
    fn creditor_currency(&self) -> domain::Currency {
        domain::law::fee_currency(self.creditor.jurisdiction)
    }
}

/// The law engine's reasons for a claim today, by fee kind and for interest, in the page's language
/// (`Catalog::reason`: the domain's templates for sv, nb, en, `reasons.ftl` for the others), and in
/// English when a translation is missing (marked so screen readers switch).
struct Explained {
    fees: Vec<(domain::FeeKind, Vec<Law>)>,
    interest: Vec<Law>,
}

fn law_lines(ui: &Ui, reasons: &[domain::law::Reason]) -> Vec<Law> {
    reasons
        .iter()
        .map(|r| {
            let text = Catalog::builtin().reason(ui.lang, r);
            if text.fell_back {
                eprintln!("portal: reason {} missing in {}", r.rule_id(), ui.lang);
            }
            // The language actually used, so screen readers switch when it is not the page's.
            let lang = find_locale(&text.lang).map_or("en", |l| l.code);
            Law { lang, text: text.text, statute: r.statute().to_string() }
        })
        .collect()
}

async fn explain(state: &PortalState, ctx: &Ctx, view: &ClaimView) -> Option<Explained> {
    let debtor = state.store.debtor(ctx.creditor.id, view.claim.debtor_id).await.ok()??;
    let steps = state.store.dunning_steps(ctx.creditor.id, view.claim.id).await.ok()?;
    let tables = state.tables().await.map_err(|e| eprintln!("portal: law tables: {e}")).ok()?;
    let contract_rate = view
        .claim
        .contract_rate_percent
        .and_then(|r| domain::law::Rate::from_percent(r).ok())
        .map(domain::law::ContractRate::AtLeastStatutory);
    let facts = domain::law::ClaimFacts {
        jurisdiction: ctx.creditor.jurisdiction,
        debtor: debtor.kind,
        principal: view.claim.principal,
        due: view.claim.due_date,
        reminder_fee_agreed: ctx.creditor.reminder_fee_agreed,
        instalment_plan_agreed: false,
        contract_rate,
    };
    let sent: Vec<SentStep> = steps
        .iter()
        .flat_map(|s| s.fee_kinds.iter().map(|&k| SentStep { step: k, sent: s.sent_on, deadline: s.deadline }))
        .collect();
    let today = crate::today();
    let e = tables.explain(&facts, &sent, today).map_err(|e| eprintln!("portal: explaining: {e}")).ok()?;
    Some(Explained {
        fees: e.fees.iter().filter(|f| f.allowed).map(|f| (f.step, law_lines(&ctx.ui, &f.reasons))).collect(),
        interest: law_lines(&ctx.ui, &e.interest.reasons),
    })
}

/// The stored English reason ("rule: sentence | rule: sentence"), when the engine cannot re-explain.
fn stored_reason(reason: &str) -> Vec<Law> {
    reason
        .split(" | ")
        .filter(|p| !p.trim().is_empty())
        .map(|part| {
            let text = part.split_once(": ").map_or(part, |(_, s)| s);
            Law { lang: "en", text: text.to_string(), statute: String::new() }
        })
        .collect()
}

pub async fn claim_page(
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
    let entries = match state.store.entries(ctx.creditor.id, view.claim.id).await {
        Ok(e) => e,
        Err(e) => return internal(&ctx, "entries", e),
    };
    let ui = ctx.ui;
    let mut explained = explain(&state, &ctx, &view).await;
    let mut sections = vec![
        Section {
            id: "principal",
            title: ui.t("section-principal"),
            lines: vec![],
            total: ui.money(view.balance.principal),
        },
        Section { id: "fees", title: ui.t("section-fees"), lines: vec![], total: ui.money(view.balance.fees) },
        Section {
            id: "interest",
            title: ui.t("section-interest"),
            lines: vec![],
            total: ui.money(view.balance.interest),
        },
    ];
    let mut interest_law_used = false;
    for e in &entries {
        let (label, note, law, slot) = match e.kind {
            EntryKind::Principal => (
                ui.ta("item-invoice", Args::new().str("invoice", view.claim.invoice_number.clone())),
                ui.t("explain-principal"),
                vec![],
                0,
            ),
            EntryKind::CreditNote => (ui.t("item-credit-note"), e.reason.clone(), vec![], 0),
            EntryKind::Fee { fee } => {
                // The first reasons the engine gives for a fee of this kind go with the first such entry.
                let law = explained
                    .as_mut()
                    .and_then(|x| x.fees.iter().position(|(k, _)| *k == fee).map(|i| x.fees.remove(i).1))
                    .unwrap_or_else(|| stored_reason(&e.reason));
                (ui.t(&format!("portal-fee-{}", fee.code().replace('_', "-"))), ui.t("explain-fee"), law, 1)
            }
            EntryKind::Interest => {
                let law = match (&explained, interest_law_used) {
                    (Some(x), false) => {
                        interest_law_used = true;
                        x.interest
                            .iter()
                            .map(|l| Law { lang: l.lang, text: l.text.clone(), statute: l.statute.clone() })
                            .collect()
                    }
                    _ => stored_reason(&e.reason),
                };
                (ui.t("item-interest"), ui.t("explain-interest"), law, 2)
            }
            EntryKind::Payment => (ui.t("item-payment"), String::new(), vec![], component_slot(e.component)),
            EntryKind::WriteOff => (ui.t("item-write-off"), String::new(), vec![], component_slot(e.component)),
            EntryKind::Refund => (ui.t("item-refund"), String::new(), vec![], component_slot(e.component)),
            EntryKind::Reversal { .. } => (ui.t("item-reversal"), String::new(), vec![], component_slot(e.component)),
        };
        if let Some(section) = sections.get_mut(slot) {
            section.lines.push(Line { label, date: ui.date(e.effective_date), amount: ui.money(e.amount), note, law });
        }
    }
    let outstanding = view.balance.outstanding().unwrap_or(view.balance.principal);
    let survey_done = if view.claim.state.is_closed() {
        matches!(state.store.survey_score(ctx.creditor.id, view.claim.id).await, Ok(Some(_)))
    } else {
        false
    };
    let letters = match state.store.claim_letters(ctx.creditor.id, view.claim.id).await {
        Ok(l) => l,
        Err(e) => return internal(&ctx, "letters", e),
    };
    let page = ClaimPage {
        f: ctx.frame(ui.ta("claim-title", Args::new().str("invoice", view.claim.invoice_number.clone()))),
        claim_base: format!("{}/claims/{}", ctx.base(), view.claim.id.0),
        heading: ui.ta("claim-title", Args::new().str("invoice", view.claim.invoice_number.clone())),
        state: state_label(&ui, view.claim.state),
        due: ui.date(view.claim.due_date),
        sections,
        letters: letters.iter().map(|l| letter_row(&ui, view.claim.id, l)).collect(),
        outstanding: ui.money(outstanding),
        credit: if view.balance.credit.is_zero() {
            String::new()
        } else {
            ui.money(Money::from_minor(-view.balance.credit.minor(), view.balance.credit.currency()))
        },
        open: view.claim.state.in_collection() && outstanding.is_positive(),
        closed: view.claim.state.is_closed(),
        survey_done,
        done: match uri.query().and_then(|q| q.split('&').find_map(|p| p.strip_prefix("done="))) {
            Some("plan") => ui.t("plan-accepted"),
            Some("postpone") => ui.t("postpone-done"),
            Some("promise") => ui.t("promise-done"),
            Some("dispute") => ui.t("dispute-done"),
            _ => String::new(),
        },
    };
    ctx.render(StatusCode::OK, &page)
}

/// A letter as the claim page lists it: the day it was written for, its title in the page's
/// language, and for a merged letter the other invoices it names.
fn letter_row(ui: &Ui, claim: domain::ClaimId, letter: &store::ClaimLetter) -> LetterRow {
    let m = &letter.message;
    let day = m.payload.get("date").and_then(|d| d.as_str()).and_then(|d| d.parse::<jiff::civil::Date>().ok());
    let title = if letter.merged() { format!("title-merged-{}", m.step) } else { format!("title-{}", m.step) };
    let others: Vec<&str> =
        letter.claims.iter().filter(|(id, _)| *id != claim).map(|(_, invoice)| invoice.as_str()).collect();
    LetterRow {
        date: day.map_or_else(|| m.created_at.chars().take(10).collect(), |d| ui.date(d)),
        title: ui.t(&title),
        note: if others.is_empty() {
            String::new()
        } else {
            ui.ta("claim-letter-merged", Args::new().str("invoices", others.join(", ")))
        },
    }
}

/// Which section a payment-like entry is shown in: the component it touched.
fn component_slot(c: Component) -> usize {
    match c {
        Component::Principal | Component::Credit => 0,
        Component::Fees => 1,
        Component::Interest => 2,
    }
}

pub async fn pay_page(
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
    let ui = ctx.ui;
    let outstanding = view.balance.outstanding().unwrap_or(view.balance.principal);
    let bank = &ctx.creditor.bank;
    let mut rows: Vec<(String, String, bool)> = Vec::new();
    let mut push = |label: &str, value: Option<&String>, copy: bool| {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            rows.push((ui.t(label), v.clone(), copy));
        }
    };
    push("pay-payee", Some(&ctx.creditor.legal_name), false);
    push("portal-pay-bankgiro", bank.bankgiro.as_ref(), true);
    push("portal-pay-plusgiro", bank.plusgiro.as_ref(), true);
    push("portal-pay-account", bank.no_account.as_ref(), true);
    push("portal-pay-iban", bank.iban.as_ref(), true);
    push("pay-bic", bank.bic.as_ref(), true);
    let reference_label = match ctx.creditor.jurisdiction {
        domain::Jurisdiction::SE => "portal-pay-ocr",
        domain::Jurisdiction::NO => "portal-pay-kid",
    };
    push(reference_label, view.claim.payment_reference.as_ref(), true);
    let amount_plain = outstanding.to_decimal_string();
    rows.push((ui.t("portal-pay-amount"), amount_plain.clone(), true));
    let qr = super::qr::payment_qr(&ctx.creditor, &view, outstanding);
    let (qr_svg, qr_note) = match qr {
        Some(svg) => (svg, ui.t("pay-qr-note")),
        None => (String::new(), String::new()),
    };
    let page = PayPage {
        f: ctx.frame(ui.t("pay-title")),
        claim_base: format!("{}/claims/{}", ctx.base(), view.claim.id.0),
        heading: ui.ta("pay-heading", Args::new().str("invoice", view.claim.invoice_number.clone())),
        rows,
        amount: ui.money(outstanding),
        qr_svg,
        qr_note,
    };
    ctx.render(StatusCode::OK, &page)
}

// ---- messages, contact, survey ----

pub async fn message_page(
    State(state): State<PortalState>,
    Path(creditor): Path<String>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let ctx = match ctx(&state, &creditor, &headers, &uri).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let sent = uri.query().is_some_and(|q| q.contains("sent=1"));
    message_form(&state, &ctx, sent, String::new(), StatusCode::OK).await
}

async fn message_form(state: &PortalState, ctx: &Ctx, sent: bool, error: String, status: StatusCode) -> Response {
    let session = match signed_in(ctx) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let history = match state.store.portal_messages(ctx.creditor.id, session.debtor).await {
        Ok(list) => list.into_iter().map(|(_, body, at)| (at.chars().take(10).collect(), body)).collect(),
        Err(e) => return internal(ctx, "messages", e),
    };
    let page = MessagePage { f: ctx.frame(ctx.ui.t("message-title")), sent, error, history };
    ctx.render(status, &page)
}

pub async fn message_submit(
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
    let session = match check_form(&ctx, &form, true) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let body = field(&form, "body").trim();
    if body.is_empty() || body.chars().count() > 4000 {
        return message_form(&state, &ctx, false, ctx.ui.t("message-length"), StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    if let Err(e) = state.store.add_portal_message(ctx.creditor.id, session.debtor, None, body).await {
        return internal(&ctx, "message", e);
    }
    audit(&state, &ctx, None, "message", &format!("{} characters", body.chars().count())).await;
    redirect(&format!("{}/message?sent=1", ctx.base()))
}

const CHANNELS: [Channel; 4] = [Channel::Email, Channel::Sms, Channel::Letter, Channel::Ebox];

pub async fn contact_page(
    State(state): State<PortalState>,
    Path(creditor): Path<String>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let ctx = match ctx(&state, &creditor, &headers, &uri).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let saved = uri.query().is_some_and(|q| q.contains("saved=1"));
    contact_form(&state, &ctx, saved, String::new(), StatusCode::OK).await
}

async fn contact_form(state: &PortalState, ctx: &Ctx, saved: bool, error: String, status: StatusCode) -> Response {
    let session = match signed_in(ctx) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let debtor = match state.store.debtor(ctx.creditor.id, session.debtor).await {
        Ok(Some(d)) => d,
        Ok(None) => return ctx.error(Problem::SignIn),
        Err(e) => return internal(ctx, "debtor", e),
    };
    let channels = CHANNELS
        .iter()
        .map(|c| ChannelChoice {
            code: c.code(),
            label: ctx.ui.t(&format!("channel-{}", c.code())),
            checked: debtor.channels.contains(c),
        })
        .collect();
    let page = ContactPage { f: ctx.frame(ctx.ui.t("contact-title")), channels, saved, error };
    ctx.render(status, &page)
}

pub async fn contact_submit(
    State(state): State<PortalState>,
    Path(creditor): Path<String>,
    headers: HeaderMap,
    uri: Uri,
    Form(form): Form<Fields>,
) -> Response {
    let mut ctx = match ctx(&state, &creditor, &headers, &uri).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let session = match check_form(&ctx, &form, true) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let channels: Vec<Channel> =
        form.iter().filter(|(k, _)| k == "channel").filter_map(|(_, v)| Channel::from_code(v)).collect();
    if channels.is_empty() {
        return contact_form(&state, &ctx, false, ctx.ui.t("contact-need-one"), StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    if let Err(e) = state.store.set_debtor_channels(ctx.creditor.id, session.debtor, &channels).await {
        return internal(&ctx, "channels", e);
    }
    let codes: Vec<&str> = channels.iter().map(|c| c.code()).collect();
    let mut detail = format!("channels {}", codes.join(","));
    if let Some(lang) = find_locale(field(&form, "language")) {
        if let Err(e) = state
            .store
            .set_debtor_language(
                ctx.creditor.id,
                session.debtor,
                &Language::parse(lang.code).unwrap_or_else(|_| Language::parse("en").expect("en")),
            )
            .await
        {
            return internal(&ctx, "language", e);
        }
        detail.push_str(&format!("; language {}", lang.code));
        ctx.ui = Ui { lang: lang.code };
    }
    audit(&state, &ctx, None, "contact_preferences", &detail).await;
    redirect(&format!("{}/contact?saved=1", ctx.base()))
}

pub async fn survey_submit(
    State(state): State<PortalState>,
    Path((creditor, claim)): Path<(String, String)>,
    headers: HeaderMap,
    uri: Uri,
    Form(form): Form<Fields>,
) -> Response {
    let ctx = match ctx(&state, &creditor, &headers, &uri).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    // A survey answer changes nothing owed, so a read-only session may give one.
    let session = match check_form(&ctx, &form, false) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let view = match own_claim(&state, &ctx, &claim).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let score = field(&form, "score").parse::<u8>().ok().filter(|s| (1..=5).contains(s));
    // The second question may be left out; an answer outside 0-10 is treated as left out.
    let recommend = field(&form, "recommend").parse::<u8>().ok().filter(|r| *r <= 10);
    let (Some(score), true) = (score, view.claim.state.is_closed()) else {
        return redirect(&format!("{}/claims/{}", ctx.base(), view.claim.id.0));
    };
    match state.store.record_survey(ctx.creditor.id, view.claim.id, session.debtor, score, recommend).await {
        Ok(true) => {
            let recommend = recommend.map_or("left out".to_string(), |r| r.to_string());
            audit(&state, &ctx, Some(view.claim.id), "survey", &format!("score {score}, recommend {recommend}")).await
        }
        Ok(false) => {}
        Err(e) => return internal(&ctx, "survey", e),
    }
    redirect(&format!("{}/claims/{}#survey", ctx.base(), view.claim.id.0))
}

pub async fn not_found(
    State(state): State<PortalState>,
    Path(params): Path<Vec<(String, String)>>,
    headers: HeaderMap,
    uri: Uri,
) -> Response {
    let creditor = params.first().map(|(_, v)| v.clone()).unwrap_or_default();
    match ctx(&state, &creditor, &headers, &uri).await {
        Ok(c) => c.error(Problem::NotFound),
        Err(r) => r,
    }
}
