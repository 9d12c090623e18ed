//! Case search for the dashboard: one creditor's claims found by debtor name, payment
//! reference, invoice number, customer number or identity number.

use crate::{Result, Store, parse_currency, parse_date, parse_state};
use domain::{ClaimId, ClaimState, CreditorId, Money};
use sqlx::Row;

/// One claim found, with its debtor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseHit {
    pub claim: ClaimId,
    pub invoice_number: String,
    pub state: ClaimState,
    pub due_date: jiff::civil::Date,
    pub principal: Money,
    pub payment_reference: Option<String>,
    pub debtor_name: String,
    pub debtor_external_id: String,
}

impl Store {
    /// Claims of `creditor` whose invoice number, payment reference, claim id, customer number or
    /// identity number (with or without '-') equals `query`, or whose debtor's name contains it
    /// (ignoring ASCII case). At most `limit`, by claim id.
    pub async fn search_cases(&self, creditor: CreditorId, query: &str, limit: i64) -> Result<Vec<CaseHit>> {
        let q = query.trim();
        if q.is_empty() {
            return Ok(Vec::new());
        }
        let like = format!("%{}%", q.to_lowercase().replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
        let rows = sqlx::query(
            "SELECT c.id, c.invoice_number, c.state, c.due_date, c.currency, c.principal_minor, c.payment_reference, \
             d.name, d.external_id FROM claims c JOIN debtors d ON d.creditor_id = c.creditor_id AND d.id = c.debtor_id \
             WHERE c.creditor_id = $1 AND (c.invoice_number = $2 OR c.payment_reference = $2 OR CAST(c.id AS TEXT) = $2 \
             OR d.external_id = $2 OR d.national_id = $2 OR REPLACE(d.national_id, '-', '') = $3 \
             OR LOWER(d.name) LIKE $4 ESCAPE '\\') ORDER BY c.id LIMIT $5",
        )
        .bind(creditor.0)
        .bind(q)
        .bind(q.replace('-', ""))
        .bind(like)
        .bind(limit.clamp(1, 1000))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let currency = parse_currency(&r.try_get::<String, _>("currency")?)?;
                Ok(CaseHit {
                    claim: ClaimId(r.try_get("id")?),
                    invoice_number: r.try_get("invoice_number")?,
                    state: parse_state(&r.try_get::<String, _>("state")?)?,
                    due_date: parse_date(&r.try_get::<String, _>("due_date")?)?,
                    principal: Money::from_minor(r.try_get("principal_minor")?, currency),
                    payment_reference: r.try_get("payment_reference")?,
                    debtor_name: r.try_get("name")?,
                    debtor_external_id: r.try_get("external_id")?,
                })
            })
            .collect()
    }
}
