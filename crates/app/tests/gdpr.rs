//! The GDPR API against a real server on SQLite and PostgreSQL (every answer checked against the
//! OpenAPI document), and `purr gdpr` from the command line.

use crate::api_client::setup;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};
use std::process::Command;
use store::Store;

const NAME: &str = "Ingrid Integritet";
const EMAIL: &str = "ingrid.integritet@example.se";
const NATIONAL_ID: &str = "19121212-1212";

fn code(v: &Value) -> &str {
    v["error"]["code"].as_str().unwrap_or("")
}

store::both_backends! {
    async fn export_erase_and_retention_over_the_api(store) {
        let s = setup(&store).await;
        let today = app::today();
        let claim = json!({
            "invoice_number": "G-1",
            "debtor": {"customer_number": "ING-1", "name": NAME, "email": EMAIL, "national_id": NATIONAL_ID},
            "issue_date": today.checked_sub(jiff::Span::new().days(60)).unwrap().to_string(),
            "due_date": today.checked_sub(jiff::Span::new().days(30)).unwrap().to_string(),
            "amount_minor": 100_000,
            "currency": "SEK",
        });
        let (status, created) = s.api.call(Method::POST, "/api/v1/claims", &s.key, Some(&claim)).await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        let (claim_id, debtor_id) = (created["id"].as_i64().unwrap(), created["debtor_id"].as_i64().unwrap());
        let export_path = format!("/api/v1/debtors/{debtor_id}/export");
        let erase_path = format!("/api/v1/debtors/{debtor_id}/erase");

        // The export has the debtor, the claim, its ledger and the API's audit row.
        let (status, export) = s.api.call(Method::GET, &export_path, &s.key_read, None).await;
        assert_eq!(status, StatusCode::OK, "{export}");
        assert_eq!(export["tables"]["debtors"][0]["name"], NAME);
        assert_eq!(export["tables"]["claims"][0]["id"], claim_id);
        assert!(!export["tables"]["ledger_entries"].as_array().unwrap().is_empty());
        assert!(!export["tables"]["audit_log"].as_array().unwrap().is_empty());

        // Another creditor's key, or a debtor that does not exist: 404 alike.
        for (path, key) in [(&export_path, &s.key_other), (&"/api/v1/debtors/99999/export".to_string(), &s.key)] {
            let (status, err) = s.api.call(Method::GET, path, key, None).await;
            assert_eq!((status, code(&err)), (StatusCode::NOT_FOUND, "not_found"), "{path}");
        }
        let (status, err) = s.api.call(Method::POST, &erase_path, &s.key_other, None).await;
        assert_eq!((status, code(&err)), (StatusCode::NOT_FOUND, "not_found"));
        let (status, err) = s.api.call(Method::POST, &erase_path, &s.key_read, None).await;
        assert_eq!((status, code(&err)), (StatusCode::FORBIDDEN, "forbidden"));

        // Open claim: refused with the claim named.
        let (status, err) = s.api.call(Method::POST, &erase_path, &s.key, None).await;
        assert_eq!((status, code(&err)), (StatusCode::CONFLICT, "open_claim"), "{err}");
        assert_eq!(err["error"]["details"]["claim"], claim_id);

        // Credited in full: closed, but the default periods run for years.
        let credit = json!({"amount_minor": 100_000, "reason": "sold in error"});
        let (status, booked) = s.api.call(Method::POST, &format!("/api/v1/claims/{claim_id}/credit-notes"), &s.key, Some(&credit)).await;
        assert_eq!(status, StatusCode::CREATED, "{booked}");
        let (status, err) = s.api.call(Method::POST, &erase_path, &s.key, None).await;
        assert_eq!((status, code(&err)), (StatusCode::CONFLICT, "retention"), "{err}");
        assert_eq!(err["error"]["details"]["purpose"], "bookkeeping");
        let until: jiff::civil::Date = err["error"]["details"]["until"].as_str().unwrap().parse().unwrap();
        assert!(until > today);

        // The retention settings: defaults with their legal basis; read-only keys may only read.
        let (status, policy) = s.api.call(Method::GET, "/api/v1/retention", &s.key_read, None).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(policy["rules"].as_array().unwrap().len(), 2);
        assert!(policy["rules"][0]["legal_basis"].as_str().unwrap().contains("bokföringslagen"));
        let zero = json!({"rules": [
            {"purpose": "bookkeeping", "months": 0, "from_year_end": false, "legal_basis": "test: nothing kept"},
            {"purpose": "collection", "months": 0, "from_year_end": false, "legal_basis": "test: nothing kept"},
        ]});
        let (status, err) = s.api.call(Method::PUT, "/api/v1/retention", &s.key_read, Some(&zero)).await;
        assert_eq!((status, code(&err)), (StatusCode::FORBIDDEN, "forbidden"));
        let bad = json!({"rules": [{"purpose": "marketing", "months": 1, "from_year_end": false, "legal_basis": "x"}]});
        let (status, err) = s.api.call(Method::PUT, "/api/v1/retention", &s.key, Some(&bad)).await;
        assert_eq!((status, code(&err)), (StatusCode::UNPROCESSABLE_ENTITY, "invalid"));
        let (status, saved) = s.api.call(Method::PUT, "/api/v1/retention", &s.key, Some(&zero)).await;
        assert_eq!(status, StatusCode::OK, "{saved}");
        assert_eq!(saved["rules"][1]["months"], 0);

        // Now the erasure goes through, once.
        let (status, done) = s.api.call(Method::POST, &erase_path, &s.key, None).await;
        assert_eq!((status, done["outcome"].as_str()), (StatusCode::OK, Some("erased")), "{done}");
        let pseudonym = done["pseudonym"].as_str().unwrap().to_string();
        assert!(pseudonym.starts_with("erased-"));
        let (status, again) = s.api.call(Method::POST, &erase_path, &s.key, None).await;
        assert_eq!((status, again["outcome"].as_str()), (StatusCode::OK, Some("already_erased")));
        let (_, export) = s.api.call(Method::GET, &export_path, &s.key, None).await;
        assert_eq!(export["tables"]["debtors"][0]["name"], pseudonym.as_str());
        assert_eq!(export["erased_on"], today.to_string());
        // Nothing of the person is left anywhere (the API's audit rows included).
        let dump = store.dump_text().await.unwrap();
        let left: Vec<_> = dump.iter().filter(|(_, _, v)| [NAME, EMAIL, NATIONAL_ID].iter().any(|n| v.contains(n))).collect();
        assert!(left.is_empty(), "{left:#?}");
        // The claim and its balance are still there.
        let (_, claim) = s.api.call(Method::GET, &format!("/api/v1/claims/{claim_id}"), &s.key, None).await;
        assert_eq!((claim["principal_minor"].as_i64(), claim["state"].as_str()), (Some(100_000), Some("credited")), "{claim}");
    }
}

fn claim_input() -> domain::ClaimInput {
    use domain::*;
    ClaimInput {
        invoice_number: "R-1".into(),
        debtor: DebtorInput {
            external_id: "ING-1".into(),
            kind: DebtorKind::Consumer,
            name: NAME.into(),
            national_id: Some(NATIONAL_ID.into()),
            address: PostalAddress {
                street: "Gömdgatan 3".into(),
                postal_code: "111 22".into(),
                city: "Stockholm".into(),
                country: "SE".into(),
            },
            email: Some(EMAIL.into()),
            phone: None,
            language: Language::parse("sv").unwrap(),
            channels: vec![Channel::Email],
        },
        issue_date: jiff::civil::date(2025, 1, 1),
        due_date: jiff::civil::date(2025, 1, 31),
        due_date_agreed: true,
        principal: Money::from_minor(50_000, Currency::SEK),
        payment_reference: None,
        contract_rate_percent: None,
    }
}

fn purr(db: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_purr"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("PURR_DATABASE_URL")
        .output()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_retention_job_dry_run_writes_nothing_and_the_real_run_erases() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("g.db");
    let store = Store::open(&store::DbTarget::Sqlite(db.clone())).await.unwrap();
    let [se, _] = app::demo::demo_creditors();
    let c = store.create_creditor(&se).await.unwrap().id;
    let input = claim_input();
    let claim = match store.create_claim(c, &input).await.unwrap() {
        store::CreateOutcome::Created(v) => v.claim,
        other => panic!("{other:?}"),
    };
    store.set_claim_state(c, claim.id, domain::ClaimState::WrittenOff).await.unwrap();
    let d = claim.debtor_id;

    let dry = purr(&db, &["gdpr", "retention", "--dry-run", "--json", "--date", "2100-01-01"]);
    assert!(dry.status.success(), "{}", String::from_utf8_lossy(&dry.stderr));
    let summary: Value = serde_json::from_slice(&dry.stdout).unwrap();
    assert_eq!(summary["due"], json!([{"creditor": c.0, "debtor": d.0, "pseudonym": null}]), "{summary}");
    assert_eq!((summary["erased"].as_u64(), summary["dry_run"].as_bool()), (Some(0), Some(true)));
    assert_eq!(store.debtor(c, d).await.unwrap().unwrap().name, NAME, "a dry run writes nothing");

    let early = purr(&db, &["gdpr", "retention", "--json"]);
    let summary: Value = serde_json::from_slice(&early.stdout).unwrap();
    assert_eq!((summary["waiting"].as_u64(), summary["erased"].as_u64()), (Some(1), Some(0)), "{summary}");
    let refused = purr(&db, &["gdpr", "erase", "--creditor", &c.0.to_string(), "--debtor", &d.0.to_string()]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("retention period runs until"));

    let out = dir.path().join("export.json");
    let export = purr(
        &db,
        &[
            "gdpr",
            "export",
            "--creditor",
            &c.0.to_string(),
            "--debtor",
            &d.0.to_string(),
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(export.status.success(), "{}", String::from_utf8_lossy(&export.stderr));
    let exported: Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(exported["tables"]["debtors"][0]["email"], EMAIL);

    let run = purr(&db, &["gdpr", "retention", "--date", "2100-01-01"]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let text = String::from_utf8_lossy(&run.stdout);
    assert!(text.contains("1 erased") && text.contains("erased-"), "{text}");
    assert!(store.debtor(c, d).await.unwrap().unwrap().name.starts_with("erased-"));
    let again = purr(&db, &["gdpr", "erase", "--creditor", &c.0.to_string(), "--debtor", &d.0.to_string(), "--json"]);
    assert!(again.status.success());
    assert_eq!(serde_json::from_slice::<Value>(&again.stdout).unwrap()["outcome"], "already_erased");
    let missing = purr(&db, &["gdpr", "export", "--creditor", &c.0.to_string(), "--debtor", "999"]);
    assert_eq!(missing.status.code(), Some(2));
    store.close().await;
}
