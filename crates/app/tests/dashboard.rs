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

const PASSWORD: &str = "correct horse battery";

struct Site {
    base: String,
    http: reqwest::Client,
}

/// A signed-in browser: its session cookie and the CSRF token its pages carry.
struct Session {
    cookie: String,
    csrf: String,
}

fn set_cookies(resp: &reqwest::Response) -> Vec<String> {
    resp.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).collect()
}

fn hidden_csrf(html: &str) -> String {
    let at = html.find("name=\"csrf\" value=\"").expect("a form with a CSRF token") + 19;
    html[at..at + html[at..].find('"').unwrap()].to_string()
}

impl Site {
    async fn start(store: Store) -> Site {
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

    async fn get(&self, path: &str, cookie: Option<&str>) -> (StatusCode, String, reqwest::header::HeaderMap) {
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
    async fn sign_in(&self, creditor: i64, email: &str, password: &str) -> Option<Session> {
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

fn claim(invoice: &str, debtor: &str, name: &str, national_id: &str, currency: Currency) -> ClaimInput {
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

fn fee(currency: Currency) -> NewEntry {
    NewEntry {
        kind: EntryKind::Fee { fee: FeeKind::Reminder },
        component: Component::Fees,
        amount: Money::from_minor(6_000, currency),
        effective_date: date(2025, 2, 20),
        reason: "reminder fee".into(),
    }
}

async fn add_user(store: &Store, creditor: CreditorId, email: &str, role: Role) {
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
