//! Champion/challenger experiments (`experiments`): the creditor's experiments with their arms
//! as JSON, and the rows their outcomes are computed from. Assignment is the domain's stable
//! hash, never stored; checking arms against the ladder and the law is the domain's too.

use crate::{Result, Store, StoreError, now_text, parse_date, reserve_ids};
use domain::dunning::{Arm, Experiment, OutcomeClaim};
use domain::{CreditorId, DebtorId, DebtorKind};
use jiff::civil::Date;
use sqlx::Row;

/// A stored experiment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredExperiment {
    pub id: i64,
    pub experiment: Experiment,
    pub active: bool,
    /// RFC 3339.
    pub created_at: String,
}

impl StoredExperiment {
    /// The day it started (the date part of `created_at`).
    pub fn started_on(&self) -> Result<Date> {
        parse_date(self.created_at.get(..10).unwrap_or(""))
    }
}

/// The outcome of creating an experiment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NewExperiment {
    Created(StoredExperiment),
    /// The creditor already has an experiment of that name.
    NameTaken,
    /// An active experiment already varies the ladder of that key.
    KeyBusy(StoredExperiment),
}

const COLUMNS: &str = "id, name, debtor, segment, arms, active, created_at";

fn from_row(row: &sqlx::any::AnyRow) -> Result<StoredExperiment> {
    let debtor: String = row.try_get("debtor")?;
    let arms: String = row.try_get("arms")?;
    let arms: Vec<Arm> =
        serde_json::from_str(&arms).map_err(|e| StoreError::Corrupt(format!("bad arms {arms:?}: {e}")))?;
    Ok(StoredExperiment {
        id: row.try_get("id")?,
        experiment: Experiment {
            name: row.try_get("name")?,
            debtor: DebtorKind::from_code(&debtor)
                .ok_or_else(|| StoreError::Corrupt(format!("bad debtor kind {debtor:?}")))?,
            segment: row.try_get("segment")?,
            arms,
        },
        active: row.try_get::<i64, _>("active")? != 0,
        created_at: row.try_get("created_at")?,
    })
}

impl Store {
    /// Saves a new, active experiment (checked by the caller).
    pub async fn create_experiment(&self, creditor: CreditorId, e: &Experiment) -> Result<NewExperiment> {
        let arms = serde_json::to_string(&e.arms).map_err(|x| StoreError::Invalid(x.to_string()))?;
        let mut tx = self.write_tx().await?;
        let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM experiments WHERE creditor_id = $1 AND name = $2")
            .bind(creditor.0)
            .bind(e.name.as_str())
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            return Ok(NewExperiment::NameTaken);
        }
        let busy = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM experiments WHERE creditor_id = $1 AND debtor = $2 AND segment = $3 AND active = 1"
        )))
        .bind(creditor.0)
        .bind(e.debtor.code())
        .bind(e.segment.as_str())
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(row) = busy {
            return Ok(NewExperiment::KeyBusy(from_row(&row)?));
        }
        let id = reserve_ids(&mut tx, creditor.0, "experiment", 1).await?;
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "INSERT INTO experiments (creditor_id, id, name, debtor, segment, arms, active, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 1, $7) RETURNING {COLUMNS}"
        )))
        .bind(creditor.0)
        .bind(id)
        .bind(e.name.as_str())
        .bind(e.debtor.code())
        .bind(e.segment.as_str())
        .bind(arms)
        .bind(now_text())
        .fetch_one(&mut *tx)
        .await?;
        let stored = from_row(&row)?;
        tx.commit().await?;
        Ok(NewExperiment::Created(stored))
    }

    /// The creditor's experiments, oldest first.
    pub async fn experiments(&self, creditor: CreditorId) -> Result<Vec<StoredExperiment>> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM experiments WHERE creditor_id = $1 ORDER BY id"
        )))
        .bind(creditor.0)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(from_row).collect()
    }

    pub async fn experiment(&self, creditor: CreditorId, id: i64) -> Result<Option<StoredExperiment>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM experiments WHERE creditor_id = $1 AND id = $2"
        )))
        .bind(creditor.0)
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(from_row).transpose()
    }

    /// Ends an experiment: the run stops applying its arms (its outcomes stay readable). False
    /// if there is no such experiment.
    pub async fn stop_experiment(&self, creditor: CreditorId, id: i64) -> Result<bool> {
        let done = sqlx::query("UPDATE experiments SET active = 0 WHERE creditor_id = $1 AND id = $2")
            .bind(creditor.0)
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// The claims an experiment may have touched, with the debtor's stored segment: claims of
    /// debtors of the kind that had a dunning step on or after `since`. For each: the due date,
    /// the last payment date of a paid claim, whether the debtor acted on it in the portal or
    /// disputed it, whether the debtor wrote to the creditor through the portal, and whether a
    /// complaint was recorded on it.
    pub async fn experiment_claims(
        &self,
        creditor: CreditorId,
        debtor: DebtorKind,
        since: Date,
    ) -> Result<Vec<(OutcomeClaim, Option<String>)>> {
        let rows = sqlx::query(
            "SELECT c.debtor_id, c.due_date, s.segment, \
             CASE WHEN c.state = 'paid' THEN (SELECT MAX(e.effective_date) FROM ledger_entries e \
                  WHERE e.creditor_id = c.creditor_id AND e.claim_id = c.id AND e.kind = 'payment') END AS paid_on, \
             CASE WHEN EXISTS (SELECT 1 FROM case_events v WHERE v.creditor_id = c.creditor_id AND v.claim_id = c.id \
                  AND v.actor = 'debtor:portal') THEN 1 ELSE 0 END AS self_service, \
             CASE WHEN EXISTS (SELECT 1 FROM case_events v WHERE v.creditor_id = c.creditor_id AND v.claim_id = c.id \
                  AND v.kind = 'dispute') THEN 1 ELSE 0 END AS disputed, \
             CASE WHEN EXISTS (SELECT 1 FROM portal_messages m WHERE m.creditor_id = c.creditor_id \
                  AND m.debtor_id = c.debtor_id) THEN 1 ELSE 0 END AS wrote, \
             CASE WHEN EXISTS (SELECT 1 FROM case_events v WHERE v.creditor_id = c.creditor_id AND v.claim_id = c.id \
                  AND v.kind = 'complaint') THEN 1 ELSE 0 END AS complained \
             FROM claims c JOIN debtors d ON d.creditor_id = c.creditor_id AND d.id = c.debtor_id \
             LEFT JOIN debtor_segments s ON s.creditor_id = c.creditor_id AND s.debtor_id = c.debtor_id \
             WHERE c.creditor_id = $1 AND d.kind = $2 AND EXISTS (SELECT 1 FROM dunning_steps t \
                  WHERE t.creditor_id = c.creditor_id AND t.claim_id = c.id AND t.sent_on >= $3) \
             ORDER BY c.id",
        )
        .bind(creditor.0)
        .bind(debtor.code())
        .bind(since.to_string())
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let paid: Option<String> = r.try_get("paid_on")?;
                Ok((
                    OutcomeClaim {
                        debtor: DebtorId(r.try_get("debtor_id")?),
                        due: parse_date(&r.try_get::<String, _>("due_date")?)?,
                        paid_on: paid.as_deref().map(parse_date).transpose()?,
                        self_service: r.try_get::<i64, _>("self_service")? != 0,
                        disputed: r.try_get::<i64, _>("disputed")? != 0,
                        wrote_to_creditor: r.try_get::<i64, _>("wrote")? != 0,
                        complained: r.try_get::<i64, _>("complained")? != 0,
                    },
                    r.try_get("segment")?,
                ))
            })
            .collect()
    }
}
