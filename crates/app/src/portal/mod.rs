//! The debtor portal: server-rendered pages where a debtor signs in, sees what they owe a creditor
//! and why, pays, asks for a plan, a postponement or a promise date, disputes a claim, writes to
//! the creditor and sets how to be reached.
//!
//! Every page is plain HTML from askama templates (`crates/app/templates/portal/`), works without
//! JavaScript and carries `<html lang dir>` for the chosen language. The language is taken from
//! `?lang=`, then the signed-in debtor's stored language, then a `purr_lang` cookie, then the
//! browser's Accept-Language; choosing one while signed in stores it on the debtor, so letters
//! follow it too. Texts come from `locales/<lang>/portal.ftl` through `messages::i18n`.
//!
//! All routes live under `/portal/<creditor id>/`; a session belongs to one creditor and one
//! debtor, and every claim is looked up by (creditor, claim) and then checked to be the session's
//! debtor's, answering "not found" otherwise, so one debtor cannot even learn that another's claim
//! exists. Every form carries the session's CSRF token; cookies are HttpOnly and SameSite=Strict
//! (and Secure when the request came over https). Errors are friendly pages; details go to the log.

mod actions;
mod assistant;
pub mod auth;
pub mod bench;
mod pages;
pub mod qr;

use askama::Template;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use domain::{Creditor, CreditorId, Money};
use messages::i18n::{Args, Catalog, LOCALES, find_locale};
use std::sync::Arc;
use store::{PortalSession, Store};

/// The largest dispute attachment accepted.
pub const MAX_ATTACHMENT_BYTES: usize = 5 * 1024 * 1024;

pub use actions::sniff_attachment;

/// Shared by every portal request.
#[derive(Debug, Clone)]
pub struct PortalState {
    pub store: Store,
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    tables: tokio::sync::OnceCell<domain::law::LawTables>,
    code_login: auth::CodeLogin,
}

impl PortalState {
    pub fn new(store: Store) -> PortalState {
        PortalState {
            store,
            inner: Arc::new(Inner { tables: tokio::sync::OnceCell::new(), code_login: auth::CodeLogin }),
        }
    }

    /// The law tables in force, read once per process (built-in data plus stored overrides).
    pub async fn tables(&self) -> anyhow::Result<&domain::law::LawTables> {
        self.inner.tables.get_or_try_init(|| crate::rates_cmd::tables_in_force(&self.store)).await
    }
}

/// The portal's routes, to be merged into the server's router.
pub fn router(store: Store) -> Router {
    Router::new()
        .route("/portal/static/portal.css", get(|| async { asset("text/css; charset=utf-8", CSS) }))
        .route("/portal/static/portal.js", get(|| async { asset("text/javascript; charset=utf-8", JS) }))
        .route("/portal/{creditor}", get(pages::home))
        .route("/portal/{creditor}/", get(pages::home))
        .route("/portal/{creditor}/login", post(pages::login))
        .route("/portal/{creditor}/logout", post(pages::logout))
        .route("/portal/{creditor}/link/{token}", get(pages::link_page).post(pages::link_sign_in))
        .route("/portal/{creditor}/claims/{claim}", get(pages::claim_page))
        .route("/portal/{creditor}/claims/{claim}/pay", get(pages::pay_page))
        .route("/portal/{creditor}/claims/{claim}/plan", get(actions::plan_page).post(actions::plan_accept))
        .route("/portal/{creditor}/claims/{claim}/postpone", get(actions::postpone_page).post(actions::postpone_submit))
        .route("/portal/{creditor}/claims/{claim}/promise", get(actions::promise_page).post(actions::promise_submit))
        .route("/portal/{creditor}/claims/{claim}/dispute", get(actions::dispute_page).post(actions::dispute_submit))
        .route("/portal/{creditor}/claims/{claim}/survey", post(pages::survey_submit))
        .route("/portal/{creditor}/message", get(pages::message_page).post(pages::message_submit))
        .route("/portal/{creditor}/assistant", get(assistant::page).post(assistant::ask))
        .route("/portal/{creditor}/contact", get(pages::contact_page).post(pages::contact_submit))
        .route("/portal/{creditor}/{*rest}", get(pages::not_found).post(pages::not_found))
        // The multipart dispute form is the largest body; the limit is checked again per file.
        .layer(DefaultBodyLimit::max(MAX_ATTACHMENT_BYTES + 64 * 1024))
        .with_state(PortalState::new(store))
}

const CSS: &str = include_str!("../../static/portal/portal.css");
const JS: &str = include_str!("../../static/portal/portal.js");

fn asset(content_type: &'static str, body: &'static str) -> Response {
    ([(CONTENT_TYPE, content_type), (CACHE_CONTROL, "public, max-age=3600")], body).into_response()
}

/// Texts and formats in one language, for templates.
#[derive(Debug, Clone, Copy)]
pub struct Ui {
    pub lang: &'static str,
}

impl Ui {
    /// The message `id` in this language.
    pub fn t(&self, id: &str) -> String {
        let text = Catalog::builtin().text(self.lang, id, &Args::new());
        if text.missing || text.fell_back {
            eprintln!("portal: message {id} missing in {}", self.lang);
        }
        text.text
    }

    /// The message `id` with named values.
    pub fn ta(&self, id: &str, args: Args) -> String {
        Catalog::builtin().text(self.lang, id, &args).text
    }

    pub fn money(&self, m: Money) -> String {
        messages::i18n::format_money(self.lang, m)
    }

    pub fn date(&self, d: jiff::civil::Date) -> String {
        messages::i18n::format_date(self.lang, d)
    }

    pub fn dir(&self) -> &'static str {
        find_locale(self.lang).map_or("ltr", |l| l.direction.code())
    }
}

/// One entry of the language menu.
#[derive(Debug, Clone)]
pub struct LangChoice {
    pub code: &'static str,
    pub name: &'static str,
    pub selected: bool,
}

/// What every page's frame needs: language, creditor, where we are, and the session's token.
#[derive(Debug, Clone)]
pub struct Frame {
    pub ui: Ui,
    pub title: String,
    pub creditor_name: String,
    /// `/portal/<creditor>`
    pub base: String,
    /// The path of this page, for the language menu's form.
    pub path: String,
    pub csrf: String,
    pub signed_in: bool,
    pub can_write: bool,
    pub langs: Vec<LangChoice>,
}

/// The request as the portal sees it once the creditor, language and session are known.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub ui: Ui,
    pub creditor: Creditor,
    pub session: Option<PortalSession>,
    pub token_hash: Option<String>,
    pub path: String,
    /// Whether cookies get the Secure flag (the request came over https).
    pub secure: bool,
    /// A `purr_lang` cookie to set, when the language was chosen while signed out.
    pub set_lang_cookie: Option<&'static str>,
}

impl Ctx {
    pub fn base(&self) -> String {
        format!("/portal/{}", self.creditor.id.0)
    }

    pub fn frame(&self, title: String) -> Frame {
        Frame {
            ui: self.ui,
            title,
            creditor_name: self.creditor.legal_name.clone(),
            base: self.base(),
            path: self.path.clone(),
            csrf: self.session.as_ref().map(|s| s.csrf.clone()).unwrap_or_default(),
            signed_in: self.session.is_some(),
            can_write: self.session.as_ref().is_some_and(|s| s.can_write),
            langs: LOCALES
                .iter()
                .map(|l| LangChoice { code: l.code, name: l.name, selected: l.code == self.ui.lang })
                .collect(),
        }
    }

    /// Renders a page with the right headers (and the language cookie when one was chosen).
    pub fn render(&self, status: StatusCode, page: &impl Template) -> Response {
        match page.render() {
            Ok(html) => {
                let mut response = (status, Html(html)).into_response();
                let headers = response.headers_mut();
                headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
                headers.insert("x-frame-options", HeaderValue::from_static("DENY"));
                headers.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
                headers.insert("x-content-type-options", HeaderValue::from_static("nosniff"));
                headers.insert(
                    "content-security-policy",
                    HeaderValue::from_static(
                        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
                    ),
                );
                if let Some(lang) = self.set_lang_cookie
                    && let Ok(v) = HeaderValue::from_str(&cookie("purr_lang", lang, 365 * 86_400, self.secure))
                {
                    headers.append(SET_COOKIE, v);
                }
                response
            }
            Err(e) => {
                eprintln!("portal: template error: {e}");
                (StatusCode::INTERNAL_SERVER_ERROR, Html(FALLBACK_ERROR)).into_response()
            }
        }
    }

    /// A friendly error page in the debtor's language.
    pub fn error(&self, kind: Problem) -> Response {
        let (status, title, body) = match kind {
            Problem::NotFound => (StatusCode::NOT_FOUND, "error-not-found-title", "error-not-found-body"),
            Problem::Csrf => (StatusCode::FORBIDDEN, "error-expired-form-title", "error-expired-form-body"),
            Problem::SignIn => (StatusCode::UNAUTHORIZED, "error-sign-in-title", "error-sign-in-body"),
            Problem::ReadOnly => (StatusCode::FORBIDDEN, "error-read-only-title", "error-read-only-body"),
            Problem::Internal => (StatusCode::INTERNAL_SERVER_ERROR, "error-internal-title", "error-internal-body"),
        };
        let page = pages::ErrorPage { f: self.frame(self.ui.t(title)), body: self.ui.t(body) };
        self.render(status, &page)
    }
}

/// What went wrong, as the debtor is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    NotFound,
    Csrf,
    SignIn,
    ReadOnly,
    Internal,
}

/// Used only when a template itself fails: no language, no internals.
const FALLBACK_ERROR: &str = "<!doctype html><html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\"><title>Sorry</title></head><body><main><h1>Sorry, something went wrong</h1><p>Please try again in a moment.</p></main></body></html>";

/// A cookie with our fixed attributes. `max_age` 0 removes it.
pub fn cookie(name: &str, value: &str, max_age: i64, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{name}={value}; Path=/portal; Max-Age={max_age}; HttpOnly; SameSite=Strict{secure}")
}

/// The value of one cookie in the request.
pub fn cookie_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get_all(axum::http::header::COOKIE).iter().filter_map(|h| h.to_str().ok()).find_map(|line| {
        line.split(';').find_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            (k == name).then_some(v)
        })
    })
}

/// Whether the browser reached us over https (directly or through a proxy that says so).
pub fn is_https(headers: &HeaderMap) -> bool {
    headers.get("x-forwarded-proto").and_then(|v| v.to_str().ok()).is_some_and(|v| v.eq_ignore_ascii_case("https"))
}

/// Logs an internal error and turns it into the friendly page.
pub fn internal(ctx: &Ctx, what: &str, e: impl std::fmt::Display) -> Response {
    eprintln!("portal: {what}: {e}");
    ctx.error(Problem::Internal)
}

/// Parses a creditor id from the path; anything else is "not found".
pub fn parse_creditor(text: &str) -> Option<CreditorId> {
    text.parse::<i64>().ok().filter(|v| *v > 0).map(CreditorId)
}
