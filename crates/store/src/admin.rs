//! Creating and dropping whole PostgreSQL databases (benchmarks and tests use throwaway ones).

use crate::Result;
use sqlx::{Connection, Executor, PgConnection};

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() < 60
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Creates database `name` on the server at `admin_url` and returns the URL to reach it.
pub async fn create_database(admin_url: &str, name: &str) -> Result<String> {
    if !valid_name(name) {
        return Err(crate::StoreError::Invalid(format!("{name:?} is not a plain database name")));
    }
    let mut conn = PgConnection::connect(admin_url).await?;
    conn.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}"))).await?;
    let base = admin_url.split('?').next().unwrap_or(admin_url);
    let base = base.rsplit_once('/').map(|(b, _)| b).unwrap_or(base);
    Ok(format!("{base}/{name}"))
}

/// Drops database `name`, closing any connection still open to it. Errors are ignored: this is cleanup.
pub async fn drop_database(admin_url: &str, name: &str) {
    if !valid_name(name) {
        return;
    }
    if let Ok(mut conn) = PgConnection::connect(admin_url).await {
        let _ = conn.execute(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))).await;
    }
}
