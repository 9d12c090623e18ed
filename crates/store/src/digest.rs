//! One SHA-256 over the whole book, to compare two databases for identical state.
//!
//! The digest covers every ledger entry and every queued message in a canonical order
//! (creditor, id) and a canonical line format. It leaves out wall-clock columns (when a row was
//! recorded), so two runs over the same facts on the same business date give the same digest
//! whichever backend or machine they ran on. Keep the format stable: tools compare digests.

use crate::{Result, Store};
use futures_util::TryStreamExt;
use sha2::{Digest, Sha256};
use sqlx::Row;

impl Store {
    pub async fn ledger_digest(&self) -> Result<String> {
        let mut hasher = Sha256::new();
        let mut conn = self.pool().acquire().await?;
        {
            let mut rows = sqlx::query(
                "SELECT creditor_id, id, claim_id, kind, component, amount_minor, currency, effective_date, reverses_id, \
                 reason, idempotency_key FROM ledger_entries ORDER BY creditor_id, id",
            )
            .fetch(&mut *conn);
            while let Some(row) = rows.try_next().await? {
                let line = format!(
                    "entry\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\n",
                    row.try_get::<i64, _>(0)?,
                    row.try_get::<i64, _>(1)?,
                    row.try_get::<i64, _>(2)?,
                    row.try_get::<String, _>(3)?,
                    row.try_get::<String, _>(4)?,
                    row.try_get::<i64, _>(5)?,
                    row.try_get::<String, _>(6)?,
                    row.try_get::<String, _>(7)?,
                    row.try_get::<Option<i64>, _>(8)?.map(|v| v.to_string()).unwrap_or_default(),
                    row.try_get::<String, _>(9)?,
                    row.try_get::<Option<String>, _>(10)?.unwrap_or_default(),
                );
                hasher.update(line.as_bytes());
            }
        }
        {
            let mut rows = sqlx::query(
                "SELECT creditor_id, id, claim_id, debtor_id, step, channel, language, payload, idempotency_key \
                 FROM outbox ORDER BY creditor_id, id",
            )
            .fetch(&mut *conn);
            while let Some(row) = rows.try_next().await? {
                let line = format!(
                    "message\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\n",
                    row.try_get::<i64, _>(0)?,
                    row.try_get::<i64, _>(1)?,
                    row.try_get::<Option<i64>, _>(2)?.map(|v| v.to_string()).unwrap_or_default(),
                    row.try_get::<i64, _>(3)?,
                    row.try_get::<String, _>(4)?,
                    row.try_get::<String, _>(5)?,
                    row.try_get::<String, _>(6)?,
                    row.try_get::<String, _>(7)?,
                    row.try_get::<String, _>(8)?,
                );
                hasher.update(line.as_bytes());
            }
        }
        Ok(hex::encode(hasher.finalize()))
    }
}
