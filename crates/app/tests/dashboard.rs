//! The creditor dashboard over real HTTP on SQLite and PostgreSQL: signing in and out, CSRF on
//! every form, roles, the KPI page, case pages, waiving a fee, the audit export, and a user of
//! one creditor trying every route to reach another creditor's data.

use app::dashboard::auth::hash_password;
use domain::dunning::flows::{self, FlowRequest};
use domain::law::LawTables;
use domain::*;
use jiff::civil::date;
use reqwest::StatusCode;
use reqwest::redirect::Policy;
use store::{ActionResult, Actor, ActorKind, CaseAction, ClaimInput, DebtorInput, Role, Store};

pub(crate) const PASSWORD: &str = "correct horse battery";

pub(crate) struct Site {
    base: String,
    http: reqwest::Client,
}

/// A signed-in browser: its session cookie and the CSRF token its pages carry.
pub(crate) struct Session {
    pub(crate) cookie: String,
    pub(crate) csrf: String,
}

fn set_cookies(resp: &reqwest::Response) -> Vec<String> {
    resp.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).collect()
}

fn hidden_csrf(html: &str) -> String {
    let at = html.find("name=\"csrf\" value=\"").expect("a form with a CSRF token") + 19;
    html[at..at + html[at..].find('"').unwrap()].to_string()
}

impl Site {
    pub(crate) async fn start(store: Store) -> Site {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let router = app::http::router(store);
        tokio::spawn(async move {
            axum::serve(listener, router).await.unwrap();
        });
        Site {
            base: format!("http://{addr}"),
            http: reqwest::Client::builder().redirect(Policy::none()).build().unwrap(),
        }
    }

    pub(crate) async fn get(
        &self,
        path: &str,
        cookie: Option<&str>,
    ) -> (StatusCode, String, reqwest::header::HeaderMap) {
        let mut req = self.http.get(format!("{}{path}", self.base));
        if let Some(c) = cookie {
            req = req.header("cookie", c);
        }
        let resp = req.send().await.unwrap();
        let (status, headers) = (resp.status(), resp.headers().clone());
        (status, resp.text().await.unwrap(), headers)
    }

    async fn post(
        &self,
        path: &str,
        cookie: &str,
        form: &[(&str, &str)],
    ) -> (StatusCode, String, reqwest::header::HeaderMap) {
        let resp =
            self.http.post(format!("{}{path}", self.base)).header("cookie", cookie).form(form).send().await.unwrap();
        let (status, headers) = (resp.status(), resp.headers().clone());
        (status, resp.text().await.unwrap(), headers)
    }

    /// Signs in through the form, as a browser would; `None` when refused.
    pub(crate) async fn sign_in(&self, creditor: i64, email: &str, password: &str) -> Option<Session> {
        let page = self.http.get(format!("{}/dashboard/login", self.base)).send().await.unwrap();
        let cookie = set_cookies(&page).iter().find(|c| c.starts_with("purr_login_csrf=")).unwrap().clone();
        assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "{cookie}");
        let pair = cookie.split(';').next().unwrap().to_string();
        let csrf = hidden_csrf(&page.text().await.unwrap());
        let creditor = creditor.to_string();
        let form = [("csrf", csrf.as_str()), ("creditor", creditor.as_str()), ("email", email), ("password", password)];
        let resp = self
            .http
            .post(format!("{}/dashboard/login", self.base))
            .header("cookie", &pair)
            .form(&form)
            .send()
            .await
            .unwrap();
        if resp.status() != StatusCode::SEE_OTHER {
            assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
            assert!(resp.text().await.unwrap().contains("is not right"));
            return None;
        }
        let session = set_cookies(&resp).into_iter().find(|c| c.starts_with("purr_staff=")).expect("a session cookie");
        assert!(session.contains("HttpOnly") && session.contains("SameSite=Strict"), "{session}");
        let cookie = session.split(';').next().unwrap().to_string();
        let (status, html, _) = self.get("/dashboard/cases", Some(&cookie)).await;
        assert_eq!(status, StatusCode::OK);
        Some(Session { csrf: hidden_csrf(&html), cookie })
    }
}

pub(crate) fn claim(invoice: &str, debtor: &str, name: &str, national_id: &str, currency: Currency) -> ClaimInput {
    ClaimInput {
        invoice_number: invoice.into(),
        debtor: DebtorInput {
            external_id: debtor.into(),
            kind: DebtorKind::Consumer,
            name: name.into(),
            national_id: Some(national_id.into()),
            address: PostalAddress {
                street: "Storgatan 1".into(),
                postal_code: "111 22".into(),
                city: "Stockholm".into(),
                country: "SE".into(),
            },
            email: None,
            phone: None,
            language: Language::parse("sv").unwrap(),
            channels: vec![Channel::Letter],
        },
        issue_date: date(2025, 1, 1),
        due_date: date(2025, 1, 31),
        due_date_agreed: true,
        principal: Money::from_minor(100_000, currency),
        payment_reference: Some(format!("{invoice}7")),
        contract_rate_percent: None,
    }
}

pub(crate) fn fee(currency: Currency) -> NewEntry {
    NewEntry {
        kind: EntryKind::Fee { fee: FeeKind::Reminder },
        component: Component::Fees,
        amount: Money::from_minor(6_000, currency),
        effective_date: date(2025, 2, 20),
        reason: "reminder fee".into(),
    }
}

pub(crate) async fn add_user(store: &Store, creditor: CreditorId, email: &str, role: Role) {
    let actor = Actor { kind: ActorKind::Cli, name: "test".into() };
    store.add_staff_user(creditor, email, &hash_password(PASSWORD).unwrap(), role, &actor).await.unwrap();
}

/// Every page a signed-in user can GET.
const PAGES: [&str; 8] = [
    "/dashboard",
    "/dashboard/cases?q=Banan",
    "/dashboard/cases?q=19800101-1111",
    "/dashboard/cases/1",
    "/dashboard/payments",
    "/dashboard/audit",
    "/dashboard/audit.csv",
    "/dashboard/audit.json",
];

store::both_backends! {
    async fn dashboard_end_to_end(store) {
        let [new_a, new_b] = app::demo::demo_creditors();
        let a = store.create_creditor(&new_a).await.unwrap().id;
        let b = store.create_creditor(&new_b).await.unwrap().id;
        store.import_claims(a, &[claim("A1", "CA1", "Alice Avocado", "19700101-0000", Currency::SEK)], &mut |_| {}).await.unwrap();
        store.import_claims(b, &[claim("B1", "CB1", "Bertil Banan", "19800101-1111", Currency::NOK)], &mut |_| {}).await.unwrap();
        store.append_entries(a, ClaimId(1), &[fee(Currency::SEK)], None).await.unwrap();
        store.append_entries(b, ClaimId(1), &[fee(Currency::NOK)], None).await.unwrap();
        add_user(&store, a, "agent@a.se", Role::Agent).await;
        add_user(&store, a, "reader@a.se", Role::ReadOnly).await;
        add_user(&store, b, "agent@b.no", Role::Agent).await;
        let site = Site::start(store.clone()).await;

        // Signed out, every page sends you to sign in.
        for page in PAGES {
            let (status, _, headers) = site.get(page, None).await;
            assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
            assert_eq!(headers["location"], "/dashboard/login", "{page}");
        }
        assert!(site.sign_in(a.0, "agent@a.se", "wrong password!").await.is_none());
        assert!(site.sign_in(b.0, "agent@a.se", PASSWORD).await.is_none(), "the user belongs to creditor a");
        assert!(site.sign_in(a.0, "nobody@a.se", PASSWORD).await.is_none());
        // The sign-in form without its CSRF cookie is refused.
        let (status, html, _) = site
            .post("/dashboard/login", "", &[("csrf", "x"), ("creditor", "1"), ("email", "agent@a.se"), ("password", PASSWORD)])
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert!(html.contains("expired"));

        let agent = site.sign_in(a.0, "AGENT@a.se", PASSWORD).await.expect("agent signs in");
        let reader = site.sign_in(a.0, "reader@a.se", PASSWORD).await.expect("reader signs in");
        let other = site.sign_in(b.0, "agent@b.no", PASSWORD).await.expect("b's agent signs in");

        // The dashboard: figures, charts with their tables, and the definitions.
        let (status, html, headers) = site.get("/dashboard", Some(&agent.cookie)).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers["cache-control"], "no-store");
        for want in ["Open balance", "<svg", "role=\"img\"", "<caption>Ageing", "Recovery rate at N days", "Cure rate per dunning step", "DSO", "Figures as of", "1060.00 SEK"] {
            assert!(html.contains(want), "dashboard lacks {want:?}");
        }
        for (term, _) in app::dashboard::figures::DEFINITIONS {
            assert!(html.contains(term), "the help defines {term}");
        }
        // The segment filter: only the claims of debtors in that segment count.
        let claims_in = |html: &str| -> i64 {
            let end = html.find(" claims in the period").expect("the claim count");
            html[..end].rsplit(' ').next().unwrap().parse().unwrap()
        };
        let everyone = claims_in(&html);
        store
            .raw_execute(
                "INSERT INTO debtor_segments (creditor_id, debtor_id, segment, reasons, computed_on) \
                 SELECT creditor_id, debtor_id, 'hardship_flagged', '{\"reasons\": [], \"also_matched\": []}', '2025-01-01' FROM claims WHERE creditor_id = 1 AND id = 1",
            )
            .await
            .unwrap();
        let (status, html, _) = site.get("/dashboard?segment=hardship_flagged", Some(&agent.cookie)).await;
        assert_eq!(status, StatusCode::OK);
        let hardship = claims_in(&html);
        assert_eq!((hardship, everyone), (1, 1), "creditor a's one claim belongs to the flagged debtor");
        assert!(html.contains("<option value=\"hardship_flagged\" selected>"), "the filter is kept");
        let (_, html, _) = site.get("/dashboard?segment=business", Some(&agent.cookie)).await;
        assert_eq!(claims_in(&html), 0, "no debtor in that segment");
        let (status, _, _) = site.get("/dashboard?segment=vip", Some(&agent.cookie)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);
        let (status, _, _) = site.get("/dashboard?from=yesterday", Some(&agent.cookie)).await;
        assert_eq!(status, StatusCode::BAD_REQUEST);

        // Crossing the line: nothing of creditor b ever shows for a, through any page.
        for page in PAGES {
            let (status, body, _) = site.get(page, Some(&agent.cookie)).await;
            assert_eq!(status, StatusCode::OK, "{page}");
            if page.contains("?q=") {
                // The search page repeats the query; what matters is that it finds nothing.
                assert!(body.contains("Nothing found"), "{page}");
                continue;
            }
            for secret in ["Banan", "agent@b.no", "B1", "NOK"] {
                assert!(!body.contains(secret), "{page} shows {secret:?} of creditor b to creditor a");
            }
        }
        let (_, html, _) = site.get("/dashboard/cases?q=avocado", Some(&agent.cookie)).await;
        assert!(html.contains("href=\"/dashboard/cases/1\""), "search by part of the name");
        for q in ["A17", "CA1", "197001010000", "A1"] {
            let (_, html, _) = site.get(&format!("/dashboard/cases?q={q}"), Some(&agent.cookie)).await;
            assert!(html.contains("Alice Avocado"), "search by {q}");
        }
        let (status, _, _) = site.get("/dashboard/cases/2", Some(&agent.cookie)).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        // a's session token presented under b's creditor id is no session at all.
        let forged = agent.cookie.replacen(&format!("purr_staff={}.", a.0), &format!("purr_staff={}.", b.0), 1);
        let (status, _, _) = site.get("/dashboard", Some(&forged)).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        // b's CSRF token does not work in a's session.
        let (status, _, _) = site.post("/dashboard/cases/1/waive-fee", &agent.cookie, &[("csrf", &other.csrf), ("entry_id", "2"), ("reason", "x")]).await;
        assert_eq!(status, StatusCode::FORBIDDEN);

        // Waiving a fee: CSRF and role are checked, the reason is required, a repeat books nothing.
        let (status, _, _) = site.post("/dashboard/cases/1/waive-fee", &agent.cookie, &[("entry_id", "2"), ("reason", "goodwill")]).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "a form without its token does not even parse");
        let (status, _, _) = site.post("/dashboard/cases/1/waive-fee", &reader.cookie, &[("csrf", &reader.csrf), ("entry_id", "2"), ("reason", "goodwill")]).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "read-only");
        let (status, _, _) = site.post("/dashboard/cases/1/waive-fee", &agent.cookie, &[("csrf", &agent.csrf), ("entry_id", "2"), ("reason", " ")]).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        let (status, _, headers) = site.post("/dashboard/cases/1/waive-fee", &agent.cookie, &[("csrf", &agent.csrf), ("entry_id", "2"), ("reason", "goodwill")]).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let (_, html, _) = site.get(headers["location"].to_str().unwrap(), Some(&agent.cookie)).await;
        assert!(html.contains("The fee was waived."));
        assert!(html.contains("claim.waive_fee by agent@a.se"), "the timeline shows the audit record");
        let (_, _, headers) = site.post("/dashboard/cases/1/waive-fee", &agent.cookie, &[("csrf", &agent.csrf), ("entry_id", "2"), ("reason", "goodwill")]).await;
        assert!(headers["location"].to_str().unwrap().contains("already"));
        assert_eq!(store.claim(a, ClaimId(1)).await.unwrap().unwrap().balance.fees.minor(), 0);
        assert_eq!(store.claim(b, ClaimId(1)).await.unwrap().unwrap().balance.fees.minor(), 6_000, "b's claim 1 is untouched");

        // The debtor's segment and the hardship flag: shown to all, set by those who may act,
        // audited, and only for a's own debtor.
        let (_, html, _) = site.get("/dashboard/cases/1", Some(&reader.cookie)).await;
        assert_eq!(between(&html, "<dd id=\"segment\">", "</dd>"), "hardship flagged (computed by the run of 2025-01-01)");
        assert_eq!(between(&html, "<dd id=\"hardship\">", "</dd>"), "not flagged");
        assert!(!html.contains("/dashboard/cases/1/hardship"), "no form for a reader");
        let (status, _, _) = site.post("/dashboard/cases/1/hardship", &reader.cookie, &[("csrf", &reader.csrf), ("hardship", "on")]).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _, _) = site.post("/dashboard/cases/1/hardship", &agent.cookie, &[("csrf", &agent.csrf), ("hardship", "maybe")]).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        let (status, _, _) = site.post("/dashboard/cases/2/hardship", &agent.cookie, &[("csrf", &agent.csrf), ("hardship", "on")]).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "b's claim 2 is out of reach");
        let (status, _, headers) = site.post("/dashboard/cases/1/hardship", &agent.cookie, &[("csrf", &agent.csrf), ("hardship", "on")]).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let (_, html, _) = site.get(headers["location"].to_str().unwrap(), Some(&agent.cookie)).await;
        assert!(html.contains("flagged as in hardship") && html.contains("<dd id=\"hardship\">flagged by staff</dd>"), "{html}");
        let debtor = store.claim(a, ClaimId(1)).await.unwrap().unwrap().claim.debtor_id;
        assert_eq!(store.debtor_segment(a, debtor).await.unwrap().map(|s| s.0), Some(true));
        site.post("/dashboard/cases/1/hardship", &agent.cookie, &[("csrf", &agent.csrf), ("hardship", "on")]).await;
        let hardship_rows = |trail: Vec<store::AuditRecord>| trail.iter().filter(|r| r.action == "debtor.hardship").count();
        let filter = store::AuditFilter { subject: None, before_id: None, limit: 1000 };
        assert_eq!(hardship_rows(store.audit_log(a, &filter).await.unwrap()), 1, "setting it again changes nothing");
        site.post("/dashboard/cases/1/hardship", &agent.cookie, &[("csrf", &agent.csrf), ("hardship", "off")]).await;
        assert_eq!(hardship_rows(store.audit_log(a, &filter).await.unwrap()), 2);
        assert_eq!(store.debtor_segment(a, debtor).await.unwrap().map(|s| s.0), Some(false));

        // Resolving a dispute the debtor opened, then pausing and resuming: the case flows' rules, our form.
        let dispute = FlowRequest::Dispute { reason: "never ordered".into() };
        let action = CaseAction { actor: "debtor:portal", key: None, request: &dispute, attachments: &[] };
        let today = app::today();
        let opened = store
            .case_action(a, ClaimId(1), &action, |f, p| flows::apply(f, &dispute, p, LawTables::builtin_ref(), today))
            .await
            .unwrap();
        assert!(matches!(opened, ActionResult::Booked { .. }), "{opened:?}");
        assert_eq!(store.claim(a, ClaimId(1)).await.unwrap().unwrap().claim.state, ClaimState::Disputed);
        let (status, _, _) = site.post("/dashboard/cases/1/action", &reader.cookie, &[("csrf", &reader.csrf), ("action", "reject_dispute"), ("reason", "delivered")]).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "read-only");
        let (status, _, _) = site.post("/dashboard/cases/1/action", &agent.cookie, &[("csrf", &agent.csrf), ("action", "reject_dispute"), ("reason", "")]).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "a note is required");
        for (action, reason, want) in [
            ("reject_dispute", "signed delivery note on file", "Done: resolve dispute."),
            ("resume", "", "Not possible"),
            ("pause", "customer in hospital", "Done: pause."),
            ("resume", "", "Done: resume."),
            ("complaint", "the letter was rude", "Done: complaint."),
            ("note", "called, will pay on Friday", "Done: note."),
        ] {
            let (status, _, headers) = site.post("/dashboard/cases/1/action", &agent.cookie, &[("csrf", &agent.csrf), ("action", action), ("reason", reason)]).await;
            assert_eq!(status, StatusCode::SEE_OTHER, "{action}");
            let (_, html, _) = site.get(headers["location"].to_str().unwrap(), Some(&agent.cookie)).await;
            assert!(html.contains(want), "{action}: want {want:?}");
        }
        assert_ne!(store.claim(a, ClaimId(1)).await.unwrap().unwrap().claim.state, ClaimState::Disputed);
        let (_, html, _) = site.get("/dashboard", Some(&agent.cookie)).await;
        assert!(html.contains("<th scope=\"row\">Complaints</th><td class=\"num\">1</td>"), "the complaint is counted");
        let (_, html, _) = site.get("/dashboard/cases/1", Some(&agent.cookie)).await;
        assert!(html.contains("claim.resolve_dispute by agent@a.se") && html.contains("Case: dispute by debtor:portal"), "timeline");

        // A change through the API is in the trail too, under the key and the claim.
        let key = app::keys::create(&store, a, "erp", Role::Agent).await.unwrap();
        let key_id = key.split('_').nth(2).unwrap().to_string();
        let resp = site
            .http
            .post(format!("{}/api/v1/claims/1/credit-notes", site.base))
            .bearer_auth(&key)
            .json(&serde_json::json!({"amount_minor": 100, "reason": "price correction"}))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), StatusCode::CREATED);
        let resp = site.http.post(format!("{}/api/v1/claims/1/credit-notes", site.base)).bearer_auth("purr_1_nokey_x").json(&serde_json::json!({"amount_minor": 100, "reason": "x"})).send().await.unwrap();
        assert_eq!(resp.status(), StatusCode::UNAUTHORIZED);
        let (_, html, _) = site.get("/dashboard/cases/1", Some(&agent.cookie)).await;
        assert!(html.contains(&format!("api.post by {key_id}")), "the case timeline shows the API change");

        // The audit export names who did what.
        let (status, csv, headers) = site.get("/dashboard/audit.csv", Some(&agent.cookie)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(headers["content-type"].to_str().unwrap().starts_with("text/csv"));
        assert!(csv.starts_with("id,at,actor_kind,actor,action,subject_kind,subject_id,before,after,reason"));
        assert!(csv.contains("agent@a.se,claim.waive_fee,claim,1,"));
        let (_, json, _) = site.get("/dashboard/audit.json", Some(&agent.cookie)).await;
        let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
        let waive = rows.as_array().unwrap().iter().find(|r| r["action"] == "claim.waive_fee").unwrap();
        assert_eq!(waive["before"]["balance"]["fees_minor"], 6_000);
        assert_eq!(waive["after"]["balance"]["fees_minor"], 0);
        let api = rows.as_array().unwrap().iter().filter(|r| r["actor_kind"] == "api_key").collect::<Vec<_>>();
        assert_eq!(api.len(), 1, "one successful API change; the refused one left no row");
        assert_eq!((api[0]["actor"].as_str(), api[0]["subject_id"].as_str()), (Some(key_id.as_str()), Some("1")));
        assert_eq!(api[0]["after"]["entries"][0]["amount_minor"], -100);

        // Signing out needs the token too, and ends the session.
        let (status, _, _) = site.post("/dashboard/logout", &agent.cookie, &[("csrf", "wrong")]).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _, _) = site.post("/dashboard/logout", &agent.cookie, &[("csrf", &agent.csrf)]).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let (status, _, _) = site.get("/dashboard", Some(&agent.cookie)).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "signed out");
        let (status, _, _) = site.get("/dashboard", Some(&reader.cookie)).await;
        assert_eq!(status, StatusCode::OK, "other sessions live on");
    }
}

fn unescape(html: &str) -> String {
    [
        ("&lt;", "<"),
        ("&gt;", ">"),
        ("&#60;", "<"),
        ("&#62;", ">"),
        ("&quot;", "\""),
        ("&#34;", "\""),
        ("&#39;", "'"),
        ("&#x27;", "'"),
        ("&amp;", "&"),
    ]
    .iter()
    .fold(html.to_string(), |t, (from, to)| t.replace(from, to))
}

fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let at = html.find(start).unwrap_or_else(|| panic!("{start:?} in the page")) + start.len();
    &html[at..at + html[at..].find(end).unwrap()]
}

store::both_backends! {
    async fn api_keys_are_managed_by_admins(store) {
        let [new_a, new_b] = app::demo::demo_creditors();
        let a = store.create_creditor(&new_a).await.unwrap().id;
        let b = store.create_creditor(&new_b).await.unwrap().id;
        add_user(&store, a, "admin@a.se", Role::Admin).await;
        add_user(&store, a, "agent@a.se", Role::Agent).await;
        add_user(&store, a, "reader@a.se", Role::ReadOnly).await;
        add_user(&store, b, "admin@b.no", Role::Admin).await;
        let b_key = app::keys::create(&store, b, "b's erp", Role::Admin).await.unwrap();
        let b_key_id = b_key.split('_').nth(2).unwrap().to_string();
        let site = Site::start(store.clone()).await;
        let admin = site.sign_in(a.0, "admin@a.se", PASSWORD).await.unwrap();
        let agent = site.sign_in(a.0, "agent@a.se", PASSWORD).await.unwrap();
        let reader = site.sign_in(a.0, "reader@a.se", PASSWORD).await.unwrap();

        // Ladders: everyone reads them, only an admin saves, and the law's check runs on save.
        let (status, html, _) = site.get("/dashboard/strategies", Some(&reader.cookie)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("Purr's default") && html.contains("reminder"), "the defaults are listed");
        let segment = domain::dunning::Segment::PRECEDENCE[1].code();
        let edit = format!("/dashboard/strategies/edit?debtor=consumer&segment={segment}");
        let (status, html, _) = site.get(&edit, Some(&admin.cookie)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("no ladder of your own"), "starts from the ladder in use");
        let default = domain::dunning::Strategies::builtin().for_case(Jurisdiction::SE, DebtorKind::Consumer).unwrap().clone();
        let mut reversed = default.clone();
        reversed.steps.reverse();
        for (body, want) in [("{ not json".to_string(), "not a ladder"), (serde_json::to_string(&reversed).unwrap(), "Step ")] {
            let (status, html, _) = site.post("/dashboard/strategies/edit", &admin.cookie, &[("csrf", &admin.csrf), ("debtor", "consumer"), ("segment", segment), ("body", &body)]).await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{want}");
            assert!(html.contains(want) && html.contains("nothing was saved"), "{want}: {html}");
        }
        assert!(store.creditor_strategies(a).await.unwrap().is_empty(), "refused ladders are not stored");
        let good = serde_json::to_string(&default).unwrap();
        let (status, _, _) = site.post("/dashboard/strategies/edit", &agent.cookie, &[("csrf", &agent.csrf), ("debtor", "consumer"), ("segment", segment), ("body", &good)]).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "only an admin saves a ladder");
        let (status, _, headers) = site.post("/dashboard/strategies/edit", &admin.cookie, &[("csrf", &admin.csrf), ("debtor", "consumer"), ("segment", segment), ("body", &good)]).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let (_, html, _) = site.get(headers["location"].to_str().unwrap(), Some(&admin.cookie)).await;
        assert!(html.contains("Saved") && html.contains("Your ladder for this segment"));
        assert_eq!(store.creditor_strategies(a).await.unwrap().len(), 1);
        let (_, html, _) = site.get("/dashboard/strategies", Some(&admin.cookie)).await;
        assert!(html.contains("yours"), "the saved ladder is listed as the creditor's");

        // Agents and read-only users neither see the link nor reach the pages.
        for s in [&agent, &reader] {
            let (_, html, _) = site.get("/dashboard", Some(&s.cookie)).await;
            assert!(!html.contains("/dashboard/keys"), "no link for a non-admin");
            assert_eq!(site.get("/dashboard/keys", Some(&s.cookie)).await.0, StatusCode::FORBIDDEN);
            let (status, _, _) = site.post("/dashboard/keys", &s.cookie, &[("csrf", &s.csrf), ("label", "x"), ("role", "admin")]).await;
            assert_eq!(status, StatusCode::FORBIDDEN);
            let (status, _, _) = site.post(&format!("/dashboard/keys/{b_key_id}/revoke"), &s.cookie, &[("csrf", &s.csrf)]).await;
            assert_eq!(status, StatusCode::FORBIDDEN);
        }
        let (_, html, _) = site.get("/dashboard", Some(&admin.cookie)).await;
        assert!(html.contains("href=\"/dashboard/keys\""), "admins see the link");
        let (status, html, _) = site.get("/dashboard/keys", Some(&admin.cookie)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("There are no keys yet.") && !html.contains(&b_key_id), "only a's keys");

        // Making a key: CSRF, a name and a role; the full key is shown once, then only its id.
        let (status, _, _) = site.post("/dashboard/keys", &admin.cookie, &[("csrf", "nope"), ("label", "erp"), ("role", "agent")]).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _, _) = site.post("/dashboard/keys", &admin.cookie, &[("csrf", &admin.csrf), ("label", " "), ("role", "agent")]).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        let (status, _, _) = site.post("/dashboard/keys", &admin.cookie, &[("csrf", &admin.csrf), ("label", "erp"), ("role", "owner")]).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        let (status, html, headers) = site.post("/dashboard/keys", &admin.cookie, &[("csrf", &admin.csrf), ("label", "erp"), ("role", "agent")]).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(headers["cache-control"], "no-store");
        let key = between(&html, "<code id=\"key-text\" class=\"secret\">", "</code>").to_string();
        assert!(key.starts_with(&format!("purr_{}_", a.0)), "{key}");
        assert!(html.contains("cannot show it again"), "a copy hint");
        let key_id = key.split('_').nth(2).unwrap().to_string();
        let (_, html, _) = site.get("/dashboard/keys", Some(&admin.cookie)).await;
        assert!(html.contains(&key_id) && html.contains("erp") && html.contains("active"), "listed");
        assert!(!html.contains(&key), "the full key is never shown again");
        assert!(html.contains("<td>never</td>"), "not used yet");

        // The key works on the API until it is revoked; then it gets 401 like an unknown key.
        let api = |k: String| {
            let http = site.http.clone();
            let url = format!("{}/api/v1/claims", site.base);
            async move { http.get(url).bearer_auth(k).send().await.unwrap().status() }
        };
        assert_eq!(api(key.clone()).await, StatusCode::OK);
        let used = store.api_key(a, &key_id).await.unwrap().unwrap().last_used_at.expect("the use is recorded");
        assert_eq!(api(key.clone()).await, StatusCode::OK);
        assert_eq!(store.api_key(a, &key_id).await.unwrap().unwrap().last_used_at, Some(used.clone()), "at most one write a minute");
        let (_, html, _) = site.get("/dashboard/keys", Some(&admin.cookie)).await;
        assert!(!html.contains("<td>never</td>") && html.contains(&format!("<td>{} UTC</td>", &used.replace('T', " ")[..16])), "{html}");
        let (status, _, _) = site.post(&format!("/dashboard/keys/{key_id}/revoke"), &admin.cookie, &[("csrf", "nope")]).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (status, _, _) = site.post(&format!("/dashboard/keys/{b_key_id}/revoke"), &admin.cookie, &[("csrf", &admin.csrf)]).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "another creditor's key is out of reach");
        assert_eq!(api(b_key.clone()).await, StatusCode::OK, "b's key still works");
        let (status, _, headers) = site.post(&format!("/dashboard/keys/{key_id}/revoke"), &admin.cookie, &[("csrf", &admin.csrf)]).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let (_, html, _) = site.get(headers["location"].to_str().unwrap(), Some(&admin.cookie)).await;
        assert!(html.contains("is revoked") && html.contains("revoked 20"), "the list shows when");
        assert_eq!(api(key.clone()).await, StatusCode::UNAUTHORIZED);
        let (_, _, headers) = site.post(&format!("/dashboard/keys/{key_id}/revoke"), &admin.cookie, &[("csrf", &admin.csrf)]).await;
        assert!(headers["location"].to_str().unwrap().contains("already"));

        // Both changes are in the trail, once each, under the admin.
        let (_, json, _) = site.get("/dashboard/audit.json", Some(&admin.cookie)).await;
        let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
        let keys: Vec<(&str, &str, &str)> = rows
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["subject_kind"] == "api_key")
            .map(|r| (r["action"].as_str().unwrap(), r["actor"].as_str().unwrap(), r["subject_id"].as_str().unwrap()))
            .collect();
        assert_eq!(keys, [("api_key.revoke", "admin@a.se", key_id.as_str()), ("api_key.create", "admin@a.se", key_id.as_str())]);
    }
}

const TEMPLATE: &str = "/dashboard/templates/edit?step=collection_demand&channel=letter&lang=sv";

store::both_backends! {
    async fn templates_are_edited_with_the_lint_inline(store) {
        let [new_a, _] = app::demo::demo_creditors();
        let a = store.create_creditor(&new_a).await.unwrap().id;
        add_user(&store, a, "agent@a.se", Role::Agent).await;
        add_user(&store, a, "reader@a.se", Role::ReadOnly).await;
        let site = Site::start(store.clone()).await;
        let agent = site.sign_in(a.0, "agent@a.se", PASSWORD).await.unwrap();
        let reader = site.sign_in(a.0, "reader@a.se", PASSWORD).await.unwrap();
        let save = |s: &Session, source: &str, active: bool| {
            let mut form = vec![("csrf", s.csrf.clone()), ("step", "collection_demand".into()), ("channel", "letter".into()), ("lang", "sv".into()), ("source", source.to_string())];
            if active {
                form.push(("active", "yes".into()));
            }
            let (http, url, cookie) = (site.http.clone(), format!("{}/dashboard/templates/edit", site.base), s.cookie.clone());
            async move {
                let resp = http.post(url).header("cookie", cookie).form(&form).send().await.unwrap();
                let (status, headers) = (resp.status(), resp.headers().clone());
                (status, resp.text().await.unwrap(), headers)
            }
        };

        // The list, and Purr's default in the editor: complete, with its readability.
        let (status, html, _) = site.get("/dashboard/templates", Some(&agent.cookie)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("no templates of your own") && html.contains("Purr's defaults"));
        let (status, html, _) = site.get(TEMPLATE, Some(&agent.cookie)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains("Purr's default") && html.contains("everything the law requires"), "default passes");
        assert!(html.contains("Readability: LIX"), "the readability figure");
        let default = unescape(between(&html, "spellcheck=\"false\">", "</textarea>"));
        assert_eq!(default, messages::template::default_source(messages::LetterKind::Step(domain::dunning::StepKind::CollectionDemand), messages::TemplateChannel::Letter));
        let (status, _, _) = site.get("/dashboard/templates/edit?step=nagging&channel=letter&lang=sv", Some(&agent.cookie)).await;
        assert_eq!(status, StatusCode::NOT_FOUND);

        // A syntax error and an unknown variable, with line and column; nothing saved.
        let (status, html, _) = save(&agent, "# Krav\n\nHej {{ nonsense }}\n", false).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html.contains("Line 3, column 8:") && html.contains("unknown variable"), "{html}");
        assert!(html.contains("aria-invalid=\"true\"") && html.contains("nothing was saved"));
        assert!(html.contains("checked once the template renders"), "no lint of a text that does not render");
        let (status, html, _) = save(&agent, "# Krav\n\r\nBetala {{ total \n", false).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html.contains("Line 3, column"), "CRLF from the browser counts as one line break");
        assert!(store.template(a, "collection_demand", "letter", "sv").await.unwrap().is_none());

        // Missing legal content: named, not activated, but kept as a draft when asked.
        let thin = "# Krav\n\nBetala {{ total }} senast {{ deadline }}.\n";
        let (status, html, _) = save(&agent, thin, true).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(html.contains("cannot be made active") && html.contains("SE: "), "each item named");
        assert!(store.template(a, "collection_demand", "letter", "sv").await.unwrap().is_none());
        let (status, _, headers) = save(&agent, thin, false).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let (_, html, _) = site.get(headers["location"].to_str().unwrap(), Some(&agent.cookie)).await;
        assert!(html.contains("Saved as a draft") && html.contains("Missing legal content"), "draft with its lint");
        let stored = store.template(a, "collection_demand", "letter", "sv").await.unwrap().unwrap();
        assert_eq!((stored.source.as_str(), stored.active), (thin, false));

        // A complete template is activated; a read-only user may read but not save.
        let own = format!("{default}\nVänliga hälsningar från oss.\n");
        let (status, _, _) = save(&reader, &own, true).await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        let (_, html, _) = site.get(TEMPLATE, Some(&reader.cookie)).await;
        assert!(html.contains("can read templates but not change them") && !html.contains("<textarea"));
        let (status, _, _) = save(&agent, &own, true).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(store.active_template(a, "collection_demand", "letter", "sv").await.unwrap(), Some(own.clone()));
        let (_, html, _) = site.get("/dashboard/templates", Some(&agent.cookie)).await;
        assert!(html.contains("<td>collection_demand</td><td>letter</td><td>sv</td><td>active</td>"), "listed");
        let (_, json, _) = site.get("/dashboard/audit.json", Some(&agent.cookie)).await;
        let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
        let saves: Vec<&serde_json::Value> = rows.as_array().unwrap().iter().filter(|r| r["action"] == "template.save").collect();
        assert_eq!(saves.len(), 2, "the draft and the activation, nothing for refused saves");
        assert_eq!(saves[0]["before"]["active"], false);
        assert_eq!(saves[0]["after"]["active"], true);
        assert_eq!(saves[0]["subject_id"], "collection_demand/letter/sv");
    }
}

store::both_backends! {
    async fn csat_from_the_portal_survey(store) {
        let [new_a, _] = app::demo::demo_creditors();
        let a = store.create_creditor(&new_a).await.unwrap().id;
        let mut nok = claim("A3", "CA3", "Nils Nok", "19900101-0000", Currency::NOK);
        nok.due_date = date(2025, 3, 31);
        store.import_claims(a, &[
            claim("A1", "CA1", "Alice Avocado", "19700101-0000", Currency::SEK),
            claim("A2", "CA2", "Bo Berg", "19750101-0000", Currency::SEK),
            nok,
        ], &mut |_| {}).await.unwrap();
        for (id, score, recommend) in [(1, 5u8, Some(9u8)), (2, 2, Some(3)), (3, 4, None)] {
            let view = store.claim(a, ClaimId(id)).await.unwrap().unwrap();
            store.record_survey(a, ClaimId(id), view.claim.debtor_id, score, recommend).await.unwrap();
        }
        add_user(&store, a, "reader@a.se", Role::ReadOnly).await;
        let site = Site::start(store.clone()).await;
        let reader = site.sign_in(a.0, "reader@a.se", PASSWORD).await.unwrap();
        let csat = |html: &str| between(html, "<p class=\"big\" id=\"csat\">", "</p>").to_string();
        let (_, html, _) = site.get("/dashboard", Some(&reader.cookie)).await;
        assert_eq!(csat(&html), "66.7 %", "two of three answered 4 or 5");
        assert!(html.contains("3 answers, average score 3.67 of 5"));
        assert!(html.contains("Customer satisfaction (CSAT)"), "defined in the help");
        let nps = |html: &str| between(html, "<p class=\"big\" id=\"nps\">", "</p>").to_string();
        assert_eq!(nps(&html), "0", "one promoter (9), one detractor (3): 50 % − 50 %");
        assert!(html.contains("2 answers: 1 promoter, 0 passives, 1 detractor"), "{html}");
        assert!(html.contains("Net Promoter Score (NPS)"), "defined in the help");
        let (_, html, _) = site.get("/dashboard?currency=SEK", Some(&reader.cookie)).await;
        assert_eq!(csat(&html), "50.0 %", "the currency filter");
        assert_eq!(nps(&html), "0");
        let (_, html, _) = site.get("/dashboard?from=2025-03-01", Some(&reader.cookie)).await;
        assert_eq!(csat(&html), "100.0 %", "the period filter (by due date)");
        assert_eq!(nps(&html), "–", "the one answer in March left the question out");
        let (_, html, _) = site.get("/dashboard?to=2024-12-31", Some(&reader.cookie)).await;
        assert_eq!(csat(&html), "–", "no answers");
        assert_eq!(nps(&html), "–");
        assert!(html.contains("0 answers"));
    }
}
