//! A creditor's own dunning ladders (`creditor_strategies`), one per (debtor kind, segment);
//! segment '' is the ladder for every segment. The body is the domain's `Strategy` as JSON.
//!
//! The store keeps and returns ladders; checking them against the law is the domain's
//! `Strategy::problems`, called by the API before anything is saved. Which ladder a run uses for
//! a debtor (the segment's, then the segment-less one, then Purr's default) is the caller's.

use crate::{Result, Store, StoreError, now_text};
use domain::dunning::Strategy;
use domain::{CreditorId, DebtorKind};
use sqlx::Row;

/// A stored ladder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredStrategy {
    pub debtor: DebtorKind,
    /// '' for every segment.
    pub segment: String,
    pub strategy: Strategy,
    pub updated_at: String,
}

fn from_row(row: &sqlx::any::AnyRow) -> Result<StoredStrategy> {
    let debtor: String = row.try_get("debtor")?;
    let body: String = row.try_get("body")?;
    Ok(StoredStrategy {
        debtor: DebtorKind::from_code(&debtor)
            .ok_or_else(|| StoreError::Corrupt(format!("bad debtor kind {debtor:?}")))?,
        segment: row.try_get("segment")?,
        strategy: serde_json::from_str(&body)
            .map_err(|e| StoreError::Corrupt(format!("bad stored strategy for {debtor}: {e}")))?,
        updated_at: row.try_get("updated_at")?,
    })
}

impl Store {
    /// The creditor's stored ladders, by debtor kind and segment.
    pub async fn creditor_strategies(&self, creditor: CreditorId) -> Result<Vec<StoredStrategy>> {
        let rows = sqlx::query(
            "SELECT debtor, segment, body, updated_at FROM creditor_strategies WHERE creditor_id = $1 \
             ORDER BY debtor, segment",
        )
        .bind(creditor.0)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(from_row).collect()
    }

    /// Saves (or replaces) the ladder for a debtor kind and segment ('' for every segment).
    pub async fn save_strategy(
        &self,
        creditor: CreditorId,
        debtor: DebtorKind,
        segment: &str,
        strategy: &Strategy,
    ) -> Result<StoredStrategy> {
        let body = serde_json::to_string(strategy).map_err(|e| StoreError::Invalid(e.to_string()))?;
        let row = sqlx::query(
            "INSERT INTO creditor_strategies (creditor_id, debtor, segment, body, updated_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (creditor_id, debtor, segment) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at \
             RETURNING debtor, segment, body, updated_at",
        )
        .bind(creditor.0)
        .bind(debtor.code())
        .bind(segment)
        .bind(body)
        .bind(now_text())
        .fetch_one(self.pool())
        .await?;
        from_row(&row)
    }

    /// Removes the creditor's ladder for a debtor kind and segment; false if there was none.
    pub async fn delete_strategy(&self, creditor: CreditorId, debtor: DebtorKind, segment: &str) -> Result<bool> {
        let done =
            sqlx::query("DELETE FROM creditor_strategies WHERE creditor_id = $1 AND debtor = $2 AND segment = $3")
                .bind(creditor.0)
                .bind(debtor.code())
                .bind(segment)
                .execute(self.pool())
                .await?;
        Ok(done.rows_affected() > 0)
    }
}
