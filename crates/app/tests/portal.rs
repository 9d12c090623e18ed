//! The debtor portal against a real server: sign-in by link and by code, guessing limits, CSRF,
//! one debtor never reaching another's data, languages, the breakdown and the payment page.

use domain::*;
use jiff::ToSpan;
use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use store::{ClaimInput, DebtorInput, Store};

/// A running server and a cookie jar of our own (reqwest's needs a feature we do not build).
pub struct Browser {
    pub base: String,
    http: reqwest::Client,
    cookies: Vec<(String, String)>,
    pub accept_language: Option<String>,
}

pub struct Page {
    pub status: StatusCode,
    pub location: Option<String>,
    pub body: String,
}

impl Browser {
    pub async fn start(store: Store) -> Browser {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let router = app::http::router(store);
        tokio::spawn(async move {
            axum::serve(listener, router.into_make_service_with_connect_info::<std::net::SocketAddr>()).await.unwrap();
        });
        let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        Browser { base: format!("http://{addr}"), http, cookies: Vec::new(), accept_language: None }
    }

    fn cookie_header(&self) -> String {
        self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    async fn finish(&mut self, req: reqwest::RequestBuilder) -> Page {
        let mut req = req.header(COOKIE, self.cookie_header());
        if let Some(l) = &self.accept_language {
            req = req.header("accept-language", l);
        }
        let resp = req.send().await.unwrap();
        for set in resp.headers().get_all(SET_COOKIE) {
            let text = set.to_str().unwrap();
            let (pair, attrs) = text.split_once(';').unwrap_or((text, ""));
            assert!(attrs.contains("HttpOnly") && attrs.contains("SameSite=Strict"), "weak cookie: {text}");
            let (k, v) = pair.split_once('=').unwrap();
            self.cookies.retain(|(name, _)| name != k);
            if !attrs.contains("Max-Age=0") {
                self.cookies.push((k.to_string(), v.to_string()));
            }
        }
        let status = resp.status();
        let location = resp.headers().get(LOCATION).map(|l| l.to_str().unwrap().to_string());
        Page { status, location, body: resp.text().await.unwrap() }
    }

    pub async fn get(&mut self, path: &str) -> Page {
        let req = self.http.get(format!("{}{path}", self.base));
        self.finish(req).await
    }

    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Page {
        let req = self.http.post(format!("{}{path}", self.base)).form(form);
        self.finish(req).await
    }

    /// Opens a sign-in link and presses its button.
    pub async fn sign_in_by_link(&mut self, link: &str) -> Page {
        let page = self.get(link).await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        let pre = hidden(&page.body, "pre");
        self.post(link, &[("pre", &pre)]).await
    }

    /// Posts a multipart form with one optional file.
    pub async fn post_multipart(&mut self, path: &str, fields: &[(&str, &str)], file: Option<(&str, Vec<u8>)>) -> Page {
        let mut form = reqwest::multipart::Form::new();
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        if let Some((name, bytes)) = file {
            form = form.part("file", reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()));
        }
        let req = self.http.post(format!("{}{path}", self.base)).multipart(form);
        self.finish(req).await
    }

    pub fn forget_cookies(&mut self) {
        self.cookies.clear();
    }
}

/// The value of a hidden input.
pub fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker).unwrap_or_else(|| panic!("no hidden {name} in {html}")) + marker.len();
    html[start..].split('"').next().unwrap().to_string()
}

fn debtor(id: &str, postal: &str, national_id: Option<&str>, lang: &str) -> DebtorInput {
    DebtorInput {
        external_id: id.into(),
        kind: DebtorKind::Consumer,
        name: format!("Debtor {id}"),
        national_id: national_id.map(str::to_string),
        address: PostalAddress {
            street: "Storgatan 1".into(),
            postal_code: postal.into(),
            city: "Stockholm".into(),
            country: "SE".into(),
        },
        email: None,
        phone: None,
        language: Language::parse(lang).unwrap(),
        channels: vec![Channel::Letter],
    }
}

pub struct Book {
    pub creditor: CreditorId,
    pub claim_a: ClaimId,
    pub debtor_a: DebtorId,
    pub claim_b: ClaimId,
    /// A second claim of debtor A.
    pub claim_a2: ClaimId,
    pub reference_a: String,
}

/// An SE creditor with two debtors, each with one overdue claim; the dunning run has sent a
/// reminder (so there is a fee and interest to explain).
pub async fn book(store: &Store) -> Book {
    let [se, _] = app::demo::demo_creditors();
    let c = store.create_creditor(&se).await.unwrap();
    let today = app::today();
    let claim = |invoice: &str, d: DebtorInput, minor: i64| ClaimInput {
        invoice_number: invoice.into(),
        debtor: d,
        issue_date: today - 90.days(),
        due_date: today - 60.days(),
        due_date_agreed: true,
        principal: Money::from_minor(minor, Currency::SEK),
        payment_reference: app::claims_cmd::default_reference(c.reference_scheme, invoice),
        contract_rate_percent: None,
    };
    let a = claim("5001", debtor("A1", "114 55", Some("19850423-1234"), "sv"), 125_000);
    let b = claim("5002", debtor("B1", "411 05", None, "sv"), 80_000);
    let a2 = claim("5003", debtor("A1", "114 55", Some("19850423-1234"), "sv"), 42_000);
    store.import_claims(c.id, &[a, b, a2], &mut |_| {}).await.unwrap();
    let tables = app::rates_cmd::tables_in_force(store).await.unwrap();
    app::run_cmd::run_date(store, &tables, &domain::dunning::Strategies::builtin(), today, false, 100, |_| {})
        .await
        .unwrap();
    let va = store.claim_by_invoice(c.id, "5001").await.unwrap().unwrap();
    let vb = store.claim_by_invoice(c.id, "5002").await.unwrap().unwrap();
    let va2 = store.claim_by_invoice(c.id, "5003").await.unwrap().unwrap();
    Book {
        creditor: c.id,
        claim_a: va.claim.id,
        debtor_a: va.claim.debtor_id,
        claim_b: vb.claim.id,
        claim_a2: va2.claim.id,
        reference_a: va.claim.payment_reference.clone().unwrap(),
    }
}

store::both_backends! {
    async fn link_sign_in_shows_only_own_claims(store) {
        let b = book(&store).await;
        let mut browser = Browser::start(store.clone()).await;
        let link = app::portal::auth::mint_link(&store, b.creditor, b.debtor_a).await.unwrap();
        let signed = browser.sign_in_by_link(&link).await;
        assert_eq!(signed.status, StatusCode::SEE_OTHER);
        assert_eq!(signed.location.as_deref(), Some(format!("/portal/{}/", b.creditor.0).as_str()));
        let home = browser.get(&format!("/portal/{}/", b.creditor.0)).await;
        assert_eq!(home.status, StatusCode::OK);
        assert!(home.body.contains("5001"), "{}", home.body);
        assert!(!home.body.contains("5002"), "another debtor's claim is listed");
        // The other debtor's claim is "not found", by page and by action.
        let other = browser.get(&format!("/portal/{}/claims/{}", b.creditor.0, b.claim_b.0)).await;
        assert_eq!(other.status, StatusCode::NOT_FOUND);
        assert!(!other.body.contains("5002"));
        for page in ["pay", "plan", "postpone", "promise", "dispute"] {
            let r = browser.get(&format!("/portal/{}/claims/{}/{page}", b.creditor.0, b.claim_b.0)).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{page}");
        }
        let csrf = hidden(&home.body, "csrf");
        let r = browser.post(&format!("/portal/{}/claims/{}/survey", b.creditor.0, b.claim_b.0), &[("csrf", &csrf), ("score", "5")]).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        // Another creditor's portal does not know this session.
        let r = browser.get(&format!("/portal/{}/", b.creditor.0 + 1)).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        let events = store.portal_events(b.creditor, b.debtor_a).await.unwrap();
        assert_eq!(events[0].action, "sign_in");
    }

    // After a claim is settled the portal asks two questions: how easy it was (1-5) and,
    // optionally, how likely the debtor is to recommend the creditor (0-10). The first answer
    // stands; both reach the dashboard's figures.
    async fn a_settled_claim_asks_for_satisfaction_and_recommendation(store) {
        let b = book(&store).await;
        let mut browser = Browser::start(store.clone()).await;
        let link = app::portal::auth::mint_link(&store, b.creditor, b.debtor_a).await.unwrap();
        browser.sign_in_by_link(&link).await;
        let page = format!("/portal/{}/claims/{}", b.creditor.0, b.claim_a.0);
        assert!(!browser.get(&page).await.body.contains("name=\"recommend\""), "no survey while the claim is open");
        let day = app::today();
        let amount = Money::from_minor(1_000_000, Currency::SEK);
        let line = store::PaymentLine {
            line: 1,
            kind: "payment".into(),
            bank_ref: Some("BG-S1".into()),
            amount,
            booking_date: Some(day),
            effective_date: day,
            reference: Some(b.reference_a.clone()),
            payer_name: None,
            message: None,
            incoming: matching::IncomingPayment { amount, reference: Some(b.reference_a.clone()), references: Vec::new(), text: None },
            matchable: true,
        };
        let file = store::PaymentFile { sha256: "survey".into(), format: "bgmax".into(), file_name: None };
        store.import_payments(b.creditor, &file, &[line], &mut |_| {}).await.unwrap();

        let form = browser.get(&page).await;
        assert!(form.body.contains("Hur troligt är det att du skulle rekommendera oss"), "{}", form.body);
        assert_eq!(form.body.matches("name=\"recommend\"").count(), 11, "0 to 10");
        let csrf = hidden(&form.body, "csrf");
        let sent = browser.post(&format!("{page}/survey"), &[("csrf", &csrf), ("score", "4"), ("recommend", "9")]).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
        let again = browser.post(&format!("{page}/survey"), &[("csrf", &csrf), ("score", "1"), ("recommend", "0")]).await;
        assert_eq!(again.status, StatusCode::SEE_OTHER);
        assert!(!browser.get(&page).await.body.contains("name=\"recommend\""), "answered: thanks instead of the form");
        let counts = store.survey_counts(b.creditor, None, None).await.unwrap();
        assert_eq!((counts[0].by_score, counts[0].by_recommend[9]), ([0, 0, 0, 1, 0], 1), "the first answer stands");
        let events = store.portal_events(b.creditor, b.debtor_a).await.unwrap();
        assert!(events.iter().any(|e| e.action == "survey" && e.detail.contains("recommend 9")), "{events:?}");
    }

    // The assistant: a question in the debtor's words goes to the portal's own page, one link
    // per claim in collection, never another debtor's; an unclear one goes to a person.
    async fn the_assistant_points_to_the_portals_own_pages_or_to_a_person(store) {
        let b = book(&store).await;
        let mut browser = Browser::start(store.clone()).await;
        let link = app::portal::auth::mint_link(&store, b.creditor, b.debtor_a).await.unwrap();
        browser.sign_in_by_link(&link).await;
        let base = format!("/portal/{}", b.creditor.0);
        let page = browser.get(&format!("{base}/assistant")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("Ställ en fråga"), "in the debtor's language: {}", page.body);
        let csrf = hidden(&page.body, "csrf");

        let plan = browser.post(&format!("{base}/assistant"), &[("csrf", &csrf), ("question", "Kan jag få dela upp betalningen i månadsbetalningar?")]).await;
        assert_eq!(plan.status, StatusCode::OK);
        assert!(plan.body.contains("Här kan du göra det"), "{}", plan.body);
        assert!(plan.body.contains(&format!("{base}/claims/{}/plan", b.claim_a.0)), "{}", plan.body);
        assert!(plan.body.contains(&format!("{base}/claims/{}/plan", b.claim_a2.0)));
        assert!(!plan.body.contains(&format!("/claims/{}/", b.claim_b.0)), "never another debtor's claim");
        // Any language: English on a Swedish page.
        let paid = browser.post(&format!("{base}/assistant"), &[("csrf", &csrf), ("question", "I already paid this invoice last week")]).await;
        assert!(paid.body.contains(&format!("{base}/claims/{}/dispute", b.claim_a.0)), "{}", paid.body);
        let person = browser.post(&format!("{base}/assistant"), &[("csrf", &csrf), ("question", "jag vill prata med en människa")]).await;
        assert!(person.body.contains(&format!("href=\"{base}/message\"")), "{}", person.body);

        let unclear = browser.post(&format!("{base}/assistant"), &[("csrf", &csrf), ("question", "vad blir det för väder i morgon")]).await;
        assert!(unclear.body.contains("Jag är inte säker på att jag förstod"), "{}", unclear.body);
        assert!(!unclear.body.contains("/plan\""), "no action offered when unsure");
        assert!(unclear.body.contains("name=\"body\" value=\"vad blir det för väder i morgon\""), "the handover carries the question");
        let sent = browser.post(&format!("{base}/message"), &[("csrf", &csrf), ("body", "vad blir det för väder i morgon")]).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
        let messages = store.portal_messages(b.creditor, b.debtor_a).await.unwrap();
        assert_eq!(messages.len(), 1, "only what the debtor chose to send is kept");
        let events = store.portal_events(b.creditor, b.debtor_a).await.unwrap();
        let asked: Vec<&str> = events.iter().filter(|e| e.action == "assistant").map(|e| e.detail.as_str()).collect();
        assert_eq!(asked.len(), 4, "{asked:?}");
        assert!(asked.iter().any(|d| d.starts_with("plan ")) && asked.iter().any(|d| d.starts_with("unsure")), "{asked:?}");
        assert!(events.iter().all(|e| !e.detail.contains("väder")), "the question's text is not in the trail");

        let forged = browser.post(&format!("{base}/assistant"), &[("csrf", "nope"), ("question", "kan jag delbetala")]).await;
        assert_ne!(forged.status, StatusCode::OK);
        let long = "x".repeat(20_000);
        let long = browser.post(&format!("{base}/assistant"), &[("csrf", &csrf), ("question", &long)]).await;
        assert_eq!(long.status, StatusCode::OK);
        browser.forget_cookies();
        let signed_out = browser.get(&format!("{base}/assistant")).await;
        assert_ne!(signed_out.status, StatusCode::OK);
    }

    async fn a_used_link_only_reads_and_a_bad_link_is_refused(store) {
        let b = book(&store).await;
        let mut browser = Browser::start(store.clone()).await;
        let link = app::portal::auth::mint_link(&store, b.creditor, b.debtor_a).await.unwrap();
        browser.sign_in_by_link(&link).await;
        browser.forget_cookies();
        browser.sign_in_by_link(&link).await;
        let home = browser.get(&format!("/portal/{}/?lang=en", b.creditor.0)).await;
        assert!(home.body.contains("used before"), "{}", home.body);
        let csrf = hidden(&home.body, "csrf");
        let r = browser.post(&format!("/portal/{}/message", b.creditor.0), &[("csrf", &csrf), ("body", "hello")]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let promise = format!("/portal/{}/claims/{}/promise", b.creditor.0, b.claim_a.0);
        let until = (app::today() + 5.days()).to_string();
        let r = browser.post(&promise, &[("csrf", &csrf), ("key", "ab"), ("until", &until)]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        assert!(store.case_events(b.creditor, b.claim_a, None, 10).await.unwrap().is_empty());
        // A changed signature, another creditor's path and garbage are all refused the same way.
        let mut tampered = link.clone();
        tampered.replace_range(tampered.len() - 3.., "AAA");
        assert_eq!(browser.get(&tampered).await.status, StatusCode::GONE);
        let elsewhere = link.replacen(&format!("/portal/{}/", b.creditor.0), &format!("/portal/{}/", b.creditor.0 + 1), 1);
        assert_eq!(browser.get(&elsewhere).await.status, StatusCode::NOT_FOUND);
        assert_eq!(browser.get(&format!("/portal/{}/link/nonsense", b.creditor.0)).await.status, StatusCode::GONE);
    }

    async fn code_login_with_postal_code_or_birth_date_and_guessing_limit(store) {
        let b = book(&store).await;
        let mut browser = Browser::start(store.clone()).await;
        let home = format!("/portal/{}/", b.creditor.0);
        let login = format!("/portal/{}/login", b.creditor.0);
        let page = browser.get(&home).await;
        let pre = hidden(&page.body, "pre");
        let wrong = browser.post(&login, &[("pre", &pre), ("reference", &b.reference_a), ("second", "999 99")]).await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        let ok = browser.post(&login, &[("pre", &pre), ("reference", &b.reference_a), ("second", "11455")]).await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER);
        browser.forget_cookies();
        let page = browser.get(&home).await;
        let pre = hidden(&page.body, "pre");
        let ok = browser.post(&login, &[("pre", &pre), ("reference", &b.reference_a), ("second", "1985-04-23")]).await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER);
        // Without the sign-in form's own token the form is refused.
        browser.forget_cookies();
        let r = browser.post(&login, &[("pre", "0"), ("reference", &b.reference_a), ("second", "11455")]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        // Guessing: after the reference's limit even the right answer waits.
        let page = browser.get(&home).await;
        let pre = hidden(&page.body, "pre");
        for _ in 0..4 {
            let r = browser.post(&login, &[("pre", &pre), ("reference", &b.reference_a), ("second", "000 00")]).await;
            assert_eq!(r.status, StatusCode::UNAUTHORIZED);
        }
        let r = browser.post(&login, &[("pre", &pre), ("reference", &b.reference_a), ("second", "11455")]).await;
        assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{}", r.body);
    }

    async fn forms_need_the_csrf_token(store) {
        let b = book(&store).await;
        let mut browser = Browser::start(store.clone()).await;
        let link = app::portal::auth::mint_link(&store, b.creditor, b.debtor_a).await.unwrap();
        browser.sign_in_by_link(&link).await;
        let r = browser.post(&format!("/portal/{}/message", b.creditor.0), &[("body", "hello")]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let r = browser.post(&format!("/portal/{}/message", b.creditor.0), &[("csrf", "wrong"), ("body", "hello")]).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
        let page = browser.get(&format!("/portal/{}/message", b.creditor.0)).await;
        let csrf = hidden(&page.body, "csrf");
        let r = browser.post(&format!("/portal/{}/message", b.creditor.0), &[("csrf", &csrf), ("body", "Can I pay next week?")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER);
        assert_eq!(store.portal_messages(b.creditor, b.debtor_a).await.unwrap()[0].1, "Can I pay next week?");
    }

    async fn language_follows_query_then_debtor_then_browser(store) {
        let b = book(&store).await;
        let mut browser = Browser::start(store.clone()).await;
        browser.accept_language = Some("de-DE,de;q=0.9,en;q=0.5".into());
        let home = format!("/portal/{}/", b.creditor.0);
        assert!(browser.get(&home).await.body.contains("<html lang=\"de\" dir=\"ltr\">"));
        let page = browser.get(&format!("{home}?lang=fa")).await;
        assert!(page.body.contains("<html lang=\"fa\" dir=\"rtl\">"));
        // Remembered in a cookie while signed out.
        assert!(browser.get(&home).await.body.contains("<html lang=\"fa\""));
        let link = app::portal::auth::mint_link(&store, b.creditor, b.debtor_a).await.unwrap();
        browser.sign_in_by_link(&link).await;
        // Signed in, the debtor's stored language (sv) wins over the cookie.
        assert!(browser.get(&home).await.body.contains("<html lang=\"sv\" dir=\"ltr\">"));
        let page = browser.get(&format!("{home}?lang=ar")).await;
        assert!(page.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert_eq!(store.debtor(b.creditor, b.debtor_a).await.unwrap().unwrap().language.as_str(), "ar");
        assert!(browser.get(&home).await.body.contains("<html lang=\"ar\""));
    }

    async fn breakdown_explains_fees_and_interest(store) {
        let b = book(&store).await;
        let mut browser = Browser::start(store.clone()).await;
        let link = app::portal::auth::mint_link(&store, b.creditor, b.debtor_a).await.unwrap();
        browser.sign_in_by_link(&link).await;
        let claim = format!("/portal/{}/claims/{}", b.creditor.0, b.claim_a.0);
        let page = browser.get(&format!("{claim}?lang=en")).await;
        assert_eq!(page.status, StatusCode::OK);
        let entries = store.entries(b.creditor, b.claim_a).await.unwrap();
        assert!(entries.iter().any(|e| matches!(e.kind, EntryKind::Fee { .. })), "the run booked no fee: {entries:?}");
        assert!(page.body.contains("Reminder fee"), "{}", page.body);
        assert!(page.body.contains("lag (1981:739)"), "no statute in {}", page.body);
        assert!(page.body.contains("1,250.00"), "{}", page.body);
        // In Swedish the law engine's own Swedish sentence is shown.
        let sv = browser.get(&format!("{claim}?lang=sv")).await;
        assert!(sv.body.contains("Påminnelseavgift"), "{}", sv.body);
        assert!(sv.body.contains("1\u{a0}250,00\u{a0}kr"), "{}", sv.body);
        // In the other languages the reason comes from locales/<lang>/reasons.ftl, in the page's language.
        let de = browser.get(&format!("{claim}?lang=de")).await;
        assert!(de.body.contains("class=\"law\" lang=\"de\">Mahngebühr "), "{}", de.body);
        assert!(de.body.contains(",00 SEK: vereinbart, als die Schuld entstand."), "{}", de.body);
        assert!(!de.body.contains("class=\"law\" lang=\"en\""), "an English reason on the German page: {}", de.body);
        assert!(!de.body.contains("Reminder fee"), "{}", de.body);
        let fi = browser.get(&format!("{claim}?lang=fi")).await;
        assert!(fi.body.contains("class=\"law\" lang=\"fi\">Muistutusmaksu "), "{}", fi.body);
        let pay = browser.get(&format!("{claim}/pay")).await;
        assert_eq!(pay.status, StatusCode::OK);
        assert!(pay.body.contains(&b.reference_a));
        assert!(pay.body.contains("<svg"), "no QR code");
    }

    async fn errors_are_friendly_and_bare(store) {
        let b = book(&store).await;
        let mut browser = Browser::start(store.clone()).await;
        for path in ["/portal/999/".to_string(), "/portal/abc/".into(), format!("/portal/{}/nowhere", b.creditor.0)] {
            let r = browser.get(&path).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
            assert!(r.body.contains("<html lang="), "{path}: {}", r.body);
            for leak in ["sqlx", "SELECT", "panicked", "error:"] {
                assert!(!r.body.contains(leak), "{path} shows {leak}");
            }
        }
        let r = browser.get(&format!("/portal/{}/claims/{}", b.creditor.0, b.claim_a.0)).await;
        assert_eq!(r.status, StatusCode::UNAUTHORIZED);
    }

    async fn plan_is_previewed_in_full_then_accepted_once(store) {
        let b = book(&store).await;
        let mut browser = Browser::start(store.clone()).await;
        let link = app::portal::auth::mint_link(&store, b.creditor, b.debtor_a).await.unwrap();
        browser.sign_in_by_link(&link).await;
        let plan = format!("/portal/{}/claims/{}/plan", b.creditor.0, b.claim_a.0);
        let form = browser.get(&format!("{plan}?lang=en")).await;
        assert_eq!(form.status, StatusCode::OK);
        assert!(form.body.contains("up to 12 months"), "{}", form.body);
        let preview = browser.get(&format!("{plan}?months=3")).await;
        assert_eq!(preview.status, StatusCode::OK, "{}", preview.body);
        assert!(preview.body.contains("3 instalments"), "{}", preview.body);
        assert_eq!(preview.body.matches("<tr><td>").count(), 3, "{}", preview.body);
        // The preview booked nothing.
        assert!(store.case_events(b.creditor, b.claim_a, None, 100).await.unwrap().is_empty());
        let fields = [
            ("csrf", hidden(&preview.body, "csrf")),
            ("key", hidden(&preview.body, "key")),
            ("months", hidden(&preview.body, "months")),
            ("first_due", hidden(&preview.body, "first_due")),
        ];
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let accepted = browser.post(&plan, &fields).await;
        assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
        // Pressing again books nothing new.
        assert_eq!(browser.post(&plan, &fields).await.status, StatusCode::SEE_OTHER);
        let events = store.case_events(b.creditor, b.claim_a, None, 100).await.unwrap();
        assert_eq!(events.len(), 1, "{events:?}");
        assert_eq!(events[0].actor, "debtor:portal");
        let claim = store.claim(b.creditor, b.claim_a).await.unwrap().unwrap();
        assert_eq!(claim.claim.state, ClaimState::PaymentPlan);
        let page = browser.get(accepted.location.as_deref().unwrap()).await;
        assert!(page.body.contains("Your plan is agreed"), "{}", page.body);
        // Too many months is refused with the creditor's bound.
        let too_long = browser.get(&format!("{plan}?months=40")).await;
        assert_eq!(too_long.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(store.portal_events(b.creditor, b.debtor_a).await.unwrap().iter().any(|e| e.action == "plan"));
    }

    async fn promise_and_postpone_respect_the_bounds(store) {
        let b = book(&store).await;
        let mut browser = Browser::start(store.clone()).await;
        let link = app::portal::auth::mint_link(&store, b.creditor, b.debtor_a).await.unwrap();
        browser.sign_in_by_link(&link).await;
        let promise = format!("/portal/{}/claims/{}/promise", b.creditor.0, b.claim_a.0);
        let page = browser.get(&format!("{promise}?lang=en")).await;
        let csrf = hidden(&page.body, "csrf");
        let key = hidden(&page.body, "key");
        let far = (app::today() + 90.days()).to_string();
        let r = browser.post(&promise, &[("csrf", &csrf), ("key", &key), ("until", &far)]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("later than the creditor allows"), "{}", r.body);
        let r = browser.post(&promise, &[("csrf", &csrf), ("key", &key), ("until", "not a date")]).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        let soon = (app::today() + 7.days()).to_string();
        let r = browser.post(&promise, &[("csrf", &csrf), ("key", &key), ("until", &soon)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(store.claim(b.creditor, b.claim_a).await.unwrap().unwrap().claim.state, ClaimState::PromiseToPay);
        let postpone = format!("/portal/{}/claims/{}/postpone", b.creditor.0, b.claim_a.0);
        let page = browser.get(&postpone).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.body.contains("type=\"date\""));
    }

    async fn dispute_with_attachment_stops_collection(store) {
        let b = book(&store).await;
        let mut browser = Browser::start(store.clone()).await;
        let link = app::portal::auth::mint_link(&store, b.creditor, b.debtor_a).await.unwrap();
        browser.sign_in_by_link(&link).await;
        let dispute = format!("/portal/{}/claims/{}/dispute", b.creditor.0, b.claim_a.0);
        let page = browser.get(&format!("{dispute}?lang=en")).await;
        let csrf = hidden(&page.body, "csrf");
        let key = hidden(&page.body, "key");
        let fields = [("csrf", csrf.as_str()), ("key", key.as_str()), ("reason", "paid"), ("details", "Paid on 3 May")];
        // A file that is not PDF, JPEG or PNG is refused, whatever its name says.
        let r = browser.post_multipart(&dispute, &fields, Some(("receipt.pdf", b"MZ\x90\x00 not a pdf".to_vec()))).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("Only PDF, JPEG and PNG"), "{}", r.body);
        // Larger than 5 MB is refused.
        let mut big = b"%PDF-1.4\n".to_vec();
        big.resize(5 * 1024 * 1024 + 10, b'x');
        let r = browser.post_multipart(&dispute, &fields, Some(("big.pdf", big))).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(r.body.contains("larger than 5 MB"), "{}", r.body);
        assert_eq!(store.claim(b.creditor, b.claim_a).await.unwrap().unwrap().claim.state, ClaimState::Reminded);
        let r = browser.post_multipart(&dispute, &fields, Some(("receipt.pdf", b"%PDF-1.4\n%%EOF\n".to_vec()))).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert_eq!(store.claim(b.creditor, b.claim_a).await.unwrap().unwrap().claim.state, ClaimState::Disputed);
        let files = store.dispute_attachments(b.creditor, b.claim_a).await.unwrap();
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].filename, "receipt.pdf");
        // Without the CSRF token nothing is booked.
        let r = browser.post_multipart(&dispute, &[("reason", "paid")], None).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN);
    }
}

/// Sign-in links: a valid token verifies; any change, another creditor or the expiry refuses it.
#[test]
fn link_tokens_are_signed_and_expire() {
    use app::portal::auth::{LinkClaims, LinkProblem, sign_link, verify_link};
    let secret = b"0123456789abcdef0123456789abcdef";
    let claims =
        LinkClaims { creditor: CreditorId(3), debtor: DebtorId(42), expires_unix: 2_000, nonce: "ab12".into() };
    let token = sign_link(secret, &claims);
    assert_eq!(verify_link(secret, CreditorId(3), &token, 1_999), Ok(claims.clone()));
    assert_eq!(verify_link(secret, CreditorId(3), &token, 2_000), Err(LinkProblem::Expired));
    assert_eq!(verify_link(secret, CreditorId(4), &token, 1_000), Err(LinkProblem::OtherCreditor));
    assert_eq!(verify_link(b"another secret", CreditorId(3), &token, 1_000), Err(LinkProblem::BadSignature));
    let other_debtor = token.replacen("3.42.", "3.43.", 1);
    assert_eq!(verify_link(secret, CreditorId(3), &other_debtor, 1_000), Err(LinkProblem::BadSignature));
    let later = token.replacen(".2000.", ".9000.", 1);
    assert_eq!(verify_link(secret, CreditorId(3), &later, 1_000), Err(LinkProblem::BadSignature));
    for bad in ["", "1.2.3", "a.b.c.d.e", "3.42.2000.zz.AAAA"] {
        assert_eq!(verify_link(secret, CreditorId(3), bad, 1_000), Err(LinkProblem::Malformed), "{bad:?}");
    }
}

/// The second factor of the code login, as data: (country, personal number, postal code, typed, accepted).
#[test]
fn second_factor_accepts_postal_code_or_birth_date() {
    let cases: &[(&str, Option<&str>, &str, &str, bool)] = &[
        ("SE", None, "114 55", "11455", true),
        ("SE", None, "114 55", "114 55", true),
        ("SE", None, "114 55", "114 56", false),
        ("SE", Some("19850423-1234"), "114 55", "1985-04-23", true),
        ("SE", Some("19850423-1234"), "114 55", "23.04.1985", true),
        ("SE", Some("19850423-1234"), "114 55", "1985-04-24", false),
        ("SE", Some("850423-1234"), "114 55", "1985-04-23", true),
        ("SE", Some("850483-1234"), "114 55", "1985-04-23", true),
        ("NO", Some("23048512345"), "0150", "1985-04-23", true),
        ("NO", Some("23048512345"), "0150", "0150", true),
        ("NO", Some("23048512345"), "0150", "1986-04-23", false),
        ("SE", None, "114 55", "", false),
        ("SE", None, "", "12", false),
    ];
    for &(country, national_id, postal, typed, accepted) in cases {
        let debtor = Debtor {
            id: DebtorId(1),
            creditor_id: CreditorId(1),
            external_id: "x".into(),
            kind: DebtorKind::Consumer,
            name: "x".into(),
            national_id: national_id.map(str::to_string),
            address: PostalAddress {
                street: String::new(),
                postal_code: postal.into(),
                city: String::new(),
                country: country.into(),
            },
            email: None,
            phone: None,
            language: Language::parse("sv").unwrap(),
            channels: vec![],
        };
        assert_eq!(
            app::portal::auth::second_factor_matches(&debtor, typed),
            accepted,
            "{country} {national_id:?} {postal:?} {typed:?}"
        );
    }
}

#[test]
fn attachments_are_known_by_their_first_bytes() {
    use app::portal::sniff_attachment;
    assert_eq!(sniff_attachment(b"%PDF-1.7\n"), Some("application/pdf"));
    assert_eq!(sniff_attachment(&[0xFF, 0xD8, 0xFF, 0xE0]), Some("image/jpeg"));
    assert_eq!(sniff_attachment(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0]), Some("image/png"));
    assert_eq!(sniff_attachment(b"MZ\x90\x00"), None);
    assert_eq!(sniff_attachment(b"<html>"), None);
}

/// `purr portal link` prints a link that signs in; an unknown debtor is a usage error.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn portal_link_command_prints_a_working_link() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    let store = Store::open(&store::DbTarget::Sqlite(path.clone())).await.unwrap();
    let b = book(&store).await;
    let purr = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_purr"))
            .arg("--db")
            .arg(&path)
            .args(args)
            .env_remove("PURR_DATABASE_URL")
            .env_remove("PURR_PUBLIC_URL")
            .output()
            .unwrap()
    };
    let out = purr(&[
        "portal",
        "link",
        "--creditor",
        &b.creditor.0.to_string(),
        "--debtor",
        &b.debtor_a.0.to_string(),
        "--json",
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let url = json["url"].as_str().unwrap();
    let path_part = url.strip_prefix("http://127.0.0.1:8080").unwrap();
    let mut browser = Browser::start(store.clone()).await;
    assert_eq!(browser.sign_in_by_link(path_part).await.status, StatusCode::SEE_OTHER);
    let missing = purr(&["portal", "link", "--creditor", &b.creditor.0.to_string(), "--debtor", "999999"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no debtor 999999"));
}
