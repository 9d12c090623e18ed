//! The portal in a real browser: starts a server with known data and runs the Node script
//! `e2e/portal.test.mjs`, which drives the system's headless Chromium through playwright-core
//! and checks every page with axe-core. Needs `npm ci` in `e2e/` (./scripts/test runs it) and
//! Chromium at /usr/bin/chromium (or $CHROMIUM). Screenshots are kept under the target directory
//! (`portal-e2e/`), printed at the end.

use crate::portal::book;
use std::path::PathBuf;
use std::process::Command;

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn portal_in_headless_chromium_with_axe() {
    let root = workspace_root();
    let e2e = root.join("e2e");
    assert!(
        e2e.join("node_modules/playwright-core").is_dir() && e2e.join("node_modules/axe-core").is_dir(),
        "the browser tests need their npm packages: run `npm ci` in {} (./scripts/test does)",
        e2e.display()
    );
    let db = store::testing::TestDb::sqlite().await;
    let b = book(&db.store).await;
    let link = app::portal::auth::mint_link(&db.store, b.creditor, b.debtor_a).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = app::http::router(db.store.clone());
    tokio::spawn(async move {
        axum::serve(listener, router.into_make_service_with_connect_info::<std::net::SocketAddr>()).await.unwrap();
    });
    let artifacts = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("portal-e2e");
    let output = tokio::task::spawn_blocking(move || {
        Command::new("node")
            .arg("portal.test.mjs")
            .current_dir(&e2e)
            .env("PORTAL_BASE", format!("http://{addr}"))
            .env("PORTAL_LINK", &link)
            .env("PORTAL_CLAIM", format!("/portal/{}/claims/{}", b.creditor.0, b.claim_a.0))
            .env("PORTAL_CLAIM2", format!("/portal/{}/claims/{}", b.creditor.0, b.claim_a2.0))
            .env("PORTAL_ARTIFACTS", &artifacts)
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
