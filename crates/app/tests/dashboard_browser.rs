//! The dashboard in a real browser: starts a server with known data and runs the Node script
//! `e2e/dashboard.test.mjs`, which drives the system's headless Chromium through playwright-core
//! and checks every page it visits with axe-core. Needs `npm ci` in `e2e/` (./scripts/test runs
//! it) and Chromium at /usr/bin/chromium (or $CHROMIUM). Screenshots are kept under the target
//! directory (`dashboard-e2e/`), printed at the end.

use crate::dashboard::{PASSWORD, add_user, claim, fee};
use domain::dunning::flows::{self, FlowRequest};
use domain::law::LawTables;
use domain::{ClaimId, ClaimState, Currency};
use std::path::PathBuf;
use std::process::Command;
use store::{ActionResult, CaseAction, Role};

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dashboard_in_headless_chromium_with_axe() {
    let root = workspace_root();
    let e2e = root.join("e2e");
    assert!(
        e2e.join("node_modules/playwright-core").is_dir() && e2e.join("node_modules/axe-core").is_dir(),
        "the browser tests need their npm packages: run `npm ci` in {} (./scripts/test does)",
        e2e.display()
    );
    let db = store::testing::TestDb::sqlite().await;
    let store = &db.store;
    let [new_a, _] = app::demo::demo_creditors();
    let a = store.create_creditor(&new_a).await.unwrap().id;
    store
        .import_claims(
            a,
            &[
                claim("A1", "CA1", "Alice Avocado", "19700101-0000", Currency::SEK),
                claim("A2", "CA2", "Doris Dispute", "19750101-0000", Currency::SEK),
            ],
            &mut |_| {},
        )
        .await
        .unwrap();
    store.append_entries(a, ClaimId(1), &[fee(Currency::SEK)], None).await.unwrap();
    let dispute = FlowRequest::Dispute { reason: "never ordered".into() };
    let action = CaseAction { actor: "debtor:portal", key: None, request: &dispute, attachments: &[] };
    let today = app::today();
    let opened = store
        .case_action(a, ClaimId(2), &action, |f, p| flows::apply(f, &dispute, p, LawTables::builtin_ref(), today))
        .await
        .unwrap();
    assert!(matches!(opened, ActionResult::Booked { .. }), "{opened:?}");
    assert_eq!(store.claim(a, ClaimId(2)).await.unwrap().unwrap().claim.state, ClaimState::Disputed);
    add_user(store, a, "admin@a.se", Role::Admin).await;
    // One survey answer: 4 of 5, so CSAT is 100 %.
    let debtor = store.claim(a, ClaimId(1)).await.unwrap().unwrap().claim.debtor_id;
    store.record_survey(a, ClaimId(1), debtor, 4, Some(9)).await.unwrap();

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = app::http::router(store.clone());
    tokio::spawn(async move {
        axum::serve(listener, router.into_make_service_with_connect_info::<std::net::SocketAddr>()).await.unwrap();
    });
    let artifacts = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("dashboard-e2e");
    // Only this run's screenshots.
    let _ = std::fs::remove_dir_all(&artifacts);
    let creditor = a.0.to_string();
    let output = tokio::task::spawn_blocking(move || {
        Command::new("node")
            .arg("dashboard.test.mjs")
            .current_dir(&e2e)
            .env("DASH_BASE", format!("http://{addr}"))
            .env("DASH_CREDITOR", &creditor)
            .env("DASH_EMAIL", "admin@a.se")
            .env("DASH_PASSWORD", PASSWORD)
            // Two claims of 1000.00 SEK and one reminder fee of 60.00 SEK.
            .env("DASH_OPEN_BALANCE", "2060.00 SEK")
            .env("DASH_SEARCH", "Avocado")
            .env("DASH_DISPUTED", "Doris")
            .env("DASH_CSAT", "100.0 %")
            .env("DASH_ARTIFACTS", &artifacts)
            .output()
            .expect("node runs (install nodejs)")
    })
    .await
    .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    println!("{stdout}");
    assert!(output.status.success(), "browser tests failed:\n{stdout}\n{stderr}");
    db.finish().await;
}
