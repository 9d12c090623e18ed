//! Debtors and claims: bulk import, single create, get and list.
//!
//! A claim's natural key is (creditor, invoice number). Creating a claim that already exists
//! with the same content is not an error (`Exists`); the same invoice number with other content
//! is a `Conflict`. A bulk import writes all of its rows or none of them.

pub(crate) mod bulk;

use crate::{Result, Store, StoreError, parse_currency, parse_date, parse_state};
use domain::{Balance, Claim, ClaimId, ClaimInput, ClaimState, CreditorId, DebtorId, DebtorInput, Money};
use rust_decimal::Decimal;
use sha2::{Digest, Sha256};
use sqlx::Row;
use sqlx::any::AnyRow;

/// A fingerprint of what the creditor said about a claim, to tell a repeat from a conflict.
pub fn content_hash(input: &ClaimInput) -> String {
    let fields = [
        input.invoice_number.as_str(),
        input.debtor.external_id.as_str(),
        &input.issue_date.to_string(),
        &input.due_date.to_string(),
        if input.due_date_agreed { "agreed" } else { "not-agreed" },
        &input.principal.minor().to_string(),
        input.principal.currency().code(),
        input.payment_reference.as_deref().unwrap_or(""),
        &input.contract_rate_percent.map(|r| r.normalize().to_string()).unwrap_or_default(),
    ];
    let mut hasher = Sha256::new();
    for field in fields {
        hasher.update(field.as_bytes());
        hasher.update([0x1f]);
    }
    hex::encode(hasher.finalize())
}

/// Why a row of an import was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportConflict {
    /// Index of the row in the input slice.
    pub index: usize,
    pub invoice_number: String,
    pub reason: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub created: usize,
    pub unchanged: usize,
    pub debtors_created: usize,
    /// Non-empty means nothing was written.
    pub conflicts: Vec<ImportConflict>,
}

/// The outcome of creating one claim.
#[derive(Debug, Clone)]
pub enum CreateOutcome {
    Created(ClaimView),
    /// The same claim was already there (a safe repeat).
    Exists(ClaimView),
    /// The invoice number is taken by a claim with other content.
    Conflict(ClaimView),
}

/// A claim with its debtor's name and its current balance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimView {
    pub claim: Claim,
    pub debtor_external_id: String,
    pub debtor_name: String,
    pub balance: Balance,
}

/// What to list. All filters are optional; results are ordered by (creditor, claim id).
#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    pub creditor: Option<CreditorId>,
    pub states: Vec<ClaimState>,
    pub debtor: Option<DebtorId>,
    pub invoice_number: Option<String>,
    /// Keyset paging: only claims after this (creditor, claim).
    pub after: Option<(CreditorId, ClaimId)>,
    pub limit: i64,
}

const VIEW_SELECT: &str = "SELECT c.*, d.external_id AS debtor_external_id, d.name AS debtor_name, \
    CAST(COALESCE(SUM(CASE WHEN e.component = 'principal' THEN e.amount_minor END), 0) AS BIGINT) AS bal_principal, \
    CAST(COALESCE(SUM(CASE WHEN e.component = 'fees' THEN e.amount_minor END), 0) AS BIGINT) AS bal_fees, \
    CAST(COALESCE(SUM(CASE WHEN e.component = 'interest' THEN e.amount_minor END), 0) AS BIGINT) AS bal_interest, \
    CAST(COALESCE(SUM(CASE WHEN e.component = 'credit' THEN e.amount_minor END), 0) AS BIGINT) AS bal_credit \
    FROM claims c \
    JOIN debtors d ON d.creditor_id = c.creditor_id AND d.id = c.debtor_id \
    LEFT JOIN ledger_entries e ON e.creditor_id = c.creditor_id AND e.claim_id = c.id";

const VIEW_GROUP: &str = " GROUP BY c.creditor_id, c.id, d.external_id, d.name";

fn view_from_row(row: &AnyRow) -> Result<ClaimView> {
    let currency: String = row.try_get("currency")?;
    let currency = parse_currency(&currency)?;
    let state: String = row.try_get("state")?;
    let rate: Option<String> = row.try_get("contract_rate")?;
    let money = |col: &str| -> Result<Money> { Ok(Money::from_minor(row.try_get(col)?, currency)) };
    let claim = Claim {
        id: ClaimId(row.try_get("id")?),
        creditor_id: CreditorId(row.try_get("creditor_id")?),
        debtor_id: DebtorId(row.try_get("debtor_id")?),
        invoice_number: row.try_get("invoice_number")?,
        issue_date: parse_date(&row.try_get::<String, _>("issue_date")?)?,
        due_date: parse_date(&row.try_get::<String, _>("due_date")?)?,
        due_date_agreed: row.try_get::<i64, _>("due_date_agreed")? != 0,
        principal: money("principal_minor")?,
        payment_reference: row.try_get("payment_reference")?,
        contract_rate_percent: rate
            .map(|r| r.parse::<Decimal>().map_err(|_| StoreError::Corrupt(format!("bad rate {r:?}"))))
            .transpose()?,
        state: parse_state(&state)?,
    };
    Ok(ClaimView {
        claim,
        debtor_external_id: row.try_get("debtor_external_id")?,
        debtor_name: row.try_get("debtor_name")?,
        balance: Balance {
            principal: money("bal_principal")?,
            fees: money("bal_fees")?,
            interest: money("bal_interest")?,
            credit: money("bal_credit")?,
        },
    })
}

impl Store {
    /// Imports claims (and their debtors) in one transaction: all rows or none. `progress` is
    /// called with the number of rows handled so far.
    pub async fn import_claims(
        &self,
        creditor: CreditorId,
        rows: &[ClaimInput],
        progress: &mut (dyn FnMut(usize) + Send),
    ) -> Result<ImportReport> {
        bulk::import(self.bulk(), creditor, rows, progress).await
    }

    /// Creates one claim; a repeat of the same content is `Exists`, other content `Conflict`.
    pub async fn create_claim(&self, creditor: CreditorId, input: &ClaimInput) -> Result<CreateOutcome> {
        let report = self.import_claims(creditor, std::slice::from_ref(input), &mut |_| {}).await?;
        let view = |found: Option<ClaimView>| found.ok_or(StoreError::NotFound("claim"));
        let existing = self.claim_by_invoice(creditor, &input.invoice_number).await?;
        Ok(if report.created == 1 {
            CreateOutcome::Created(view(existing)?)
        } else if report.conflicts.is_empty() {
            CreateOutcome::Exists(view(existing)?)
        } else {
            CreateOutcome::Conflict(view(existing)?)
        })
    }

    pub async fn claim(&self, creditor: CreditorId, id: ClaimId) -> Result<Option<ClaimView>> {
        let sql = format!("{VIEW_SELECT} WHERE c.creditor_id = $1 AND c.id = $2{VIEW_GROUP}");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(creditor.0).bind(id.0).fetch_optional(self.pool()).await?;
        row.as_ref().map(view_from_row).transpose()
    }

    pub async fn claim_by_invoice(&self, creditor: CreditorId, invoice_number: &str) -> Result<Option<ClaimView>> {
        let sql = format!("{VIEW_SELECT} WHERE c.creditor_id = $1 AND c.invoice_number = $2{VIEW_GROUP}");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(creditor.0)
            .bind(invoice_number)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(view_from_row).transpose()
    }

    pub async fn claims(&self, filter: &ClaimFilter) -> Result<Vec<ClaimView>> {
        let mut conditions: Vec<String> = Vec::new();
        let mut n = 0;
        let mut next = || {
            n += 1;
            format!("${n}")
        };
        if filter.creditor.is_some() {
            conditions.push(format!("c.creditor_id = {}", next()));
        }
        if !filter.states.is_empty() {
            let list: Vec<String> = filter.states.iter().map(|_| next()).collect();
            conditions.push(format!("c.state IN ({})", list.join(", ")));
        }
        if filter.debtor.is_some() {
            conditions.push(format!("c.debtor_id = {}", next()));
        }
        if filter.invoice_number.is_some() {
            conditions.push(format!("c.invoice_number = {}", next()));
        }
        if filter.after.is_some() {
            let (a, b, c) = (next(), next(), next());
            conditions.push(format!("(c.creditor_id > {a} OR (c.creditor_id = {b} AND c.id > {c}))"));
        }
        let limit = next();
        let where_clause =
            if conditions.is_empty() { String::new() } else { format!(" WHERE {}", conditions.join(" AND ")) };
        let sql = format!("{VIEW_SELECT}{where_clause}{VIEW_GROUP} ORDER BY c.creditor_id, c.id LIMIT {limit}");
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        if let Some(c) = filter.creditor {
            query = query.bind(c.0);
        }
        for s in &filter.states {
            query = query.bind(s.code());
        }
        if let Some(d) = filter.debtor {
            query = query.bind(d.0);
        }
        if let Some(i) = &filter.invoice_number {
            query = query.bind(i.clone());
        }
        if let Some((c, id)) = filter.after {
            query = query.bind(c.0).bind(c.0).bind(id.0);
        }
        query = query.bind(filter.limit.clamp(1, 10_000));
        let rows = query.fetch_all(self.pool()).await?;
        rows.iter().map(view_from_row).collect()
    }

    /// Counts claims per state for one creditor (or all).
    pub async fn claim_counts(&self, creditor: Option<CreditorId>) -> Result<Vec<(ClaimState, i64)>> {
        let rows = match creditor {
            Some(c) => {
                sqlx::query("SELECT state, CAST(COUNT(*) AS BIGINT) AS n FROM claims WHERE creditor_id = $1 GROUP BY state ORDER BY state")
                    .bind(c.0)
                    .fetch_all(self.pool())
                    .await?
            }
            None => {
                sqlx::query("SELECT state, CAST(COUNT(*) AS BIGINT) AS n FROM claims GROUP BY state ORDER BY state")
                    .fetch_all(self.pool())
                    .await?
            }
        };
        rows.iter()
            .map(|row| {
                let state: String = row.try_get("state")?;
                let state = parse_state(&state)?;
                Ok((state, row.try_get("n")?))
            })
            .collect()
    }
}

/// A debtor as stored.
pub fn debtor_from_row(row: &AnyRow) -> Result<domain::Debtor> {
    let kind: String = row.try_get("kind")?;
    let language: String = row.try_get("language")?;
    let channels: String = row.try_get("channels")?;
    Ok(domain::Debtor {
        id: DebtorId(row.try_get("id")?),
        creditor_id: CreditorId(row.try_get("creditor_id")?),
        external_id: row.try_get("external_id")?,
        kind: domain::DebtorKind::from_code(&kind)
            .ok_or_else(|| StoreError::Corrupt(format!("bad debtor kind {kind:?}")))?,
        name: row.try_get("name")?,
        national_id: row.try_get("national_id")?,
        address: domain::PostalAddress {
            street: row.try_get("street")?,
            postal_code: row.try_get("postal_code")?,
            city: row.try_get("city")?,
            country: row.try_get("country")?,
        },
        email: row.try_get("email")?,
        phone: row.try_get("phone")?,
        language: domain::Language::parse(&language).map_err(StoreError::Corrupt)?,
        channels: channels.split(',').filter_map(domain::Channel::from_code).collect(),
    })
}

impl Store {
    pub async fn debtor(&self, creditor: CreditorId, id: DebtorId) -> Result<Option<domain::Debtor>> {
        let row = sqlx::query("SELECT * FROM debtors WHERE creditor_id = $1 AND id = $2")
            .bind(creditor.0)
            .bind(id.0)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(debtor_from_row).transpose()
    }

    /// One page of a creditor's debtors, by id, after `after`.
    pub async fn debtors(
        &self,
        creditor: CreditorId,
        after: Option<DebtorId>,
        limit: i64,
    ) -> Result<Vec<domain::Debtor>> {
        let rows = sqlx::query("SELECT * FROM debtors WHERE creditor_id = $1 AND id > $2 ORDER BY id LIMIT $3")
            .bind(creditor.0)
            .bind(after.map_or(0, |d| d.0))
            .bind(limit.clamp(1, 10_000))
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(debtor_from_row).collect()
    }

    /// Creates a debtor, or returns the existing one with the same customer number.
    pub async fn upsert_debtor(&self, creditor: CreditorId, input: &DebtorInput) -> Result<(domain::Debtor, bool)> {
        let (id, created) = bulk::upsert_debtor(self.bulk(), creditor, input).await?;
        let debtor = self.debtor(creditor, DebtorId(id)).await?.ok_or(StoreError::NotFound("debtor"))?;
        Ok((debtor, created))
    }
}
