//! Throwaway databases for tests, one per test, on either backend.
//!
//! SQLite tests get a file in a fresh temporary directory. PostgreSQL tests create a database
//! with a unique name on the server named by `PURR_TEST_POSTGRES_URL` (default
//! `postgres://postgres@127.0.0.1:5432/postgres`) and drop it afterwards. A PostgreSQL test
//! never skips itself: if no server answers it fails, and says how to start one.

use crate::{DbTarget, Store};
use std::sync::atomic::{AtomicU64, Ordering};

static COUNTER: AtomicU64 = AtomicU64::new(0);

pub fn postgres_admin_url() -> String {
    std::env::var("PURR_TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into())
}

/// A database that lives as long as the test.
#[derive(Debug)]
pub struct TestDb {
    pub store: Store,
    pub target: DbTarget,
    postgres_name: Option<String>,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temporary directory");
        let target = DbTarget::Sqlite(dir.path().join("purr-test.db"));
        let store = Store::open(&target).await.expect("open SQLite test database");
        TestDb { store, target, postgres_name: None, _dir: Some(dir) }
    }

    pub async fn postgres() -> TestDb {
        let name = format!(
            "purr_test_{}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst),
            jiff::Timestamp::now().as_nanosecond() % 1_000_000_000
        );
        let url = create_postgres_database(&name).await;
        let target = DbTarget::Postgres(url);
        let store = Store::open(&target).await.expect("open PostgreSQL test database");
        TestDb { store, target, postgres_name: Some(name), _dir: None }
    }

    /// Closes the store and removes the database.
    pub async fn finish(self) {
        self.store.close().await;
        if let Some(name) = &self.postgres_name {
            drop_postgres_database(name).await;
        }
    }
}

/// Creates an empty PostgreSQL database and returns its URL.
pub async fn create_postgres_database(name: &str) -> String {
    let admin = postgres_admin_url();
    crate::admin::create_database(&admin, name).await.unwrap_or_else(|e| {
        panic!(
            "PostgreSQL tests need a server at {admin} ({e}). Run ./scripts/test, which starts one, \
             or set PURR_TEST_POSTGRES_URL."
        )
    })
}

pub async fn drop_postgres_database(name: &str) {
    crate::admin::drop_database(&postgres_admin_url(), name).await;
}

/// Runs one async test body against both backends: `both_backends! { async fn name(store) { … } }`
/// makes `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! both_backends {
    ($(async fn $name:ident($store:ident) $body:block)*) => {
        $(
            mod $name {
                #[allow(unused_imports)]
                use super::*;
                async fn run($store: $crate::Store) $body

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    let db = $crate::testing::TestDb::sqlite().await;
                    run(db.store.clone()).await;
                    db.finish().await;
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    let db = $crate::testing::TestDb::postgres().await;
                    run(db.store.clone()).await;
                    db.finish().await;
                }
            }
        )*
    };
}
