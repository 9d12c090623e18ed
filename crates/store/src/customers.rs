//! Keeping customers: what the creditor's system reports about a debtor as a customer, and the
//! dashboard's customer-care figures (self-service share, complaints, retention), each one SQL
//! over the creditor's own rows, so none of them is stored separately.

use crate::{Result, Store, StoreError, now_text};
use domain::{CreditorId, DebtorId};
use jiff::ToSpan;
use jiff::civil::Date;
use sqlx::Row;

/// The case actions a debtor can take in the portal without staff (the self-service share's kinds).
pub const SELF_SERVICE_KINDS: [&str; 3] = ["promise", "plan", "postpone"];

/// The customer-care figures for one creditor and period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CustomerFigures {
    /// Promises, plans and postponements made in the period, and of them those the debtor made in the portal.
    pub arrangements: i64,
    pub arrangements_self_service: i64,
    /// Complaints recorded in the period.
    pub complaints: i64,
    /// Debtors who received at least one dunning letter (a reminder or later) and whose customer
    /// status the creditor reported, and of them those reported as still customers.
    pub dunned_reported: i64,
    pub dunned_still_customers: i64,
}

impl Store {
    /// Records what the creditor's system says: whether `debtor` is still a customer, as of `as_of`.
    /// A later report replaces an earlier one; an older one than stored is ignored.
    pub async fn set_customer_status(
        &self,
        creditor: CreditorId,
        debtor: DebtorId,
        still_customer: bool,
        as_of: Date,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let known: Option<i64> = sqlx::query_scalar("SELECT id FROM debtors WHERE creditor_id = $1 AND id = $2")
            .bind(creditor.0)
            .bind(debtor.0)
            .fetch_optional(&mut *tx)
            .await?;
        if known.is_none() {
            return Err(StoreError::NotFound("debtor"));
        }
        sqlx::query(
            "INSERT INTO customer_status (creditor_id, debtor_id, still_customer, as_of, reported_at) \
             VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (creditor_id, debtor_id) DO UPDATE SET still_customer = excluded.still_customer, \
             as_of = excluded.as_of, reported_at = excluded.reported_at WHERE customer_status.as_of <= excluded.as_of",
        )
        .bind(creditor.0)
        .bind(debtor.0)
        .bind(i64::from(still_customer))
        .bind(as_of.to_string())
        .bind(now_text())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The last reported status of a debtor: (still a customer, as of).
    pub async fn customer_status(&self, creditor: CreditorId, debtor: DebtorId) -> Result<Option<(bool, Date)>> {
        let row =
            sqlx::query("SELECT still_customer, as_of FROM customer_status WHERE creditor_id = $1 AND debtor_id = $2")
                .bind(creditor.0)
                .bind(debtor.0)
                .fetch_optional(self.pool())
                .await?;
        row.map(|r| {
            Ok((r.try_get::<i64, _>("still_customer")? == 1, crate::parse_date(&r.try_get::<String, _>("as_of")?)?))
        })
        .transpose()
    }

    /// The customer-care figures; `from` and `to` (inclusive) bound when the actions were taken.
    /// Retention is as last reported, whatever the period.
    pub async fn customer_figures(
        &self,
        creditor: CreditorId,
        from: Option<Date>,
        to: Option<Date>,
    ) -> Result<CustomerFigures> {
        // Event times are RFC 3339 text, so a day's bounds compare as text.
        let lower = from.map_or_else(|| "0000".to_string(), |d| d.to_string());
        let upper = match to {
            Some(d) => d.checked_add(1.day()).map_err(|e| StoreError::Invalid(e.to_string()))?.to_string(),
            None => "9999".to_string(),
        };
        let kinds = SELF_SERVICE_KINDS.map(|k| format!("'{k}'")).join(", ");
        let sql = format!(
            "SELECT CAST(COUNT(*) AS BIGINT) AS n, \
                    CAST(COALESCE(SUM(CASE WHEN actor LIKE 'debtor:%' THEN 1 ELSE 0 END), 0) AS BIGINT) AS own \
             FROM case_events WHERE creditor_id = $1 AND kind IN ({kinds}) AND at >= $2 AND at < $3"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(creditor.0)
            .bind(&lower)
            .bind(&upper)
            .fetch_one(self.pool())
            .await?;
        let complaints: i64 = sqlx::query_scalar(
            "SELECT CAST(COUNT(*) AS BIGINT) FROM case_events \
             WHERE creditor_id = $1 AND kind = 'complaint' AND at >= $2 AND at < $3",
        )
        .bind(creditor.0)
        .bind(&lower)
        .bind(&upper)
        .fetch_one(self.pool())
        .await?;
        let kept = sqlx::query(
            "SELECT CAST(COUNT(*) AS BIGINT) AS n, CAST(COALESCE(SUM(s.still_customer), 0) AS BIGINT) AS still \
             FROM customer_status s WHERE s.creditor_id = $1 AND EXISTS ( \
                 SELECT 1 FROM claims c JOIN dunning_steps d ON d.creditor_id = c.creditor_id AND d.claim_id = c.id \
                 WHERE c.creditor_id = s.creditor_id AND c.debtor_id = s.debtor_id AND d.kind <> 'pre_due_notice')",
        )
        .bind(creditor.0)
        .fetch_one(self.pool())
        .await?;
        Ok(CustomerFigures {
            arrangements: row.try_get("n")?,
            arrangements_self_service: row.try_get("own")?,
            complaints,
            dunned_reported: kept.try_get("n")?,
            dunned_still_customers: kept.try_get("still")?,
        })
    }
}
