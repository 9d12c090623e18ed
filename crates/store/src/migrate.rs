//! Schema migrations, one ordered list per backend, applied once each and recorded.

use crate::{Backend, Result, Store};
use sqlx::Executor;

const SQLITE: &[(i64, &str, &str)] = &[
    (1, "foundation", include_str!("../migrations/sqlite/0001_foundation.sql")),
    (2, "payments", include_str!("../migrations/sqlite/0002_payments.sql")),
    (3, "dunning", include_str!("../migrations/sqlite/0003_dunning.sql")),
    (4, "cases", include_str!("../migrations/sqlite/0004_cases.sql")),
    (5, "delivery", include_str!("../migrations/sqlite/0005_delivery.sql")),
    (6, "portal", include_str!("../migrations/sqlite/0006_portal.sql")),
    (8, "webhooks", include_str!("../migrations/sqlite/0008_webhooks.sql")),
    (9, "dashboard", include_str!("../migrations/sqlite/0009_dashboard.sql")),
    (10, "gdpr", include_str!("../migrations/sqlite/0010_gdpr.sql")),
    (12, "segments", include_str!("../migrations/sqlite/0012_segments.sql")),
    (13, "api_key_revocation", include_str!("../migrations/sqlite/0013_api_key_revocation.sql")),
    (15, "refunds", include_str!("../migrations/sqlite/0015_refunds.sql")),
    (16, "customer_status", include_str!("../migrations/sqlite/0016_customer_status.sql")),
    (17, "merged_letters", include_str!("../migrations/sqlite/0017_merged_letters.sql")),
    (18, "survey_recommend", include_str!("../migrations/sqlite/0018_survey_recommend.sql")),
    (19, "api_key_last_used", include_str!("../migrations/sqlite/0019_api_key_last_used.sql")),
];
const POSTGRES: &[(i64, &str, &str)] = &[
    (1, "foundation", include_str!("../migrations/postgres/0001_foundation.sql")),
    (2, "payments", include_str!("../migrations/postgres/0002_payments.sql")),
    (3, "dunning", include_str!("../migrations/postgres/0003_dunning.sql")),
    (4, "cases", include_str!("../migrations/postgres/0004_cases.sql")),
    (5, "delivery", include_str!("../migrations/postgres/0005_delivery.sql")),
    (6, "portal", include_str!("../migrations/postgres/0006_portal.sql")),
    (8, "webhooks", include_str!("../migrations/postgres/0008_webhooks.sql")),
    (9, "dashboard", include_str!("../migrations/postgres/0009_dashboard.sql")),
    (10, "gdpr", include_str!("../migrations/postgres/0010_gdpr.sql")),
    (11, "statement_triggers", include_str!("../migrations/postgres/0011_statement_triggers.sql")),
    (12, "segments", include_str!("../migrations/postgres/0012_segments.sql")),
    (13, "api_key_revocation", include_str!("../migrations/postgres/0013_api_key_revocation.sql")),
    (15, "refunds", include_str!("../migrations/postgres/0015_refunds.sql")),
    (16, "customer_status", include_str!("../migrations/postgres/0016_customer_status.sql")),
    (17, "merged_letters", include_str!("../migrations/postgres/0017_merged_letters.sql")),
    (18, "survey_recommend", include_str!("../migrations/postgres/0018_survey_recommend.sql")),
    (19, "api_key_last_used", include_str!("../migrations/postgres/0019_api_key_last_used.sql")),
];

pub(crate) async fn run(store: &Store) -> Result<()> {
    let mut conn = store.pool().acquire().await?;
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        .await?;
    let list = match store.backend() {
        Backend::Sqlite => SQLITE,
        Backend::Postgres => POSTGRES,
    };
    for &(version, name, sql) in list {
        let mut tx = sqlx::Connection::begin(&mut *conn).await?;
        // On PostgreSQL the lock serialises two processes migrating at once; SQLite's write lock does the same.
        if store.backend() == Backend::Postgres {
            tx.execute("LOCK TABLE schema_migrations IN EXCLUSIVE MODE").await?;
        }
        let done: Option<i64> = sqlx::query_scalar("SELECT version FROM schema_migrations WHERE version = $1")
            .bind(version)
            .fetch_optional(&mut *tx)
            .await?;
        if done.is_none() {
            tx.execute(sql).await?;
            sqlx::query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)")
                .bind(version)
                .bind(name)
                .bind(crate::now_text())
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
    }
    Ok(())
}
