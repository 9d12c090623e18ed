//! The refund queue: money held for debtors after overpayments (the ledger's `credit`
//! component), and the two ways a person settles it: pay it back to the debtor, or move it to
//! another open claim of the same debtor.
//!
//! The queue is not stored: it is the claims whose credit entries sum below zero, read from the
//! ledger (a partial index keeps that look-up off the rest of the ledger). Settling books entries
//! through the ledger's own append rules, so a credit balance can never be paid out twice or
//! pushed above zero, and every booking carries an idempotency key: a repeated request books
//! nothing and answers with what the first one booked.

use crate::ledger::{AppendOutcome, append_in};
use crate::payments::book_to_claim;
use crate::{Result, Store, StoreError, parse_currency, parse_date};
use domain::{ClaimId, Component, CreditorId, DebtorId, Entry, EntryKind, Money, NewEntry};
use jiff::civil::Date;
use sqlx::Row;

/// One claim holding money for its debtor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CreditBalance {
    pub claim: ClaimId,
    pub invoice_number: String,
    pub debtor: DebtorId,
    pub debtor_name: String,
    /// What is held, as a positive amount.
    pub held: Money,
    /// The latest day money was added to or taken from the credit.
    pub since: Date,
    /// The debtor's other claims in the same currency that still have something outstanding:
    /// where the credit could go instead of back to the debtor.
    pub open_claims: Vec<OpenClaimRef>,
}

/// Another claim of the same debtor that the credit could pay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenClaimRef {
    pub claim: ClaimId,
    pub invoice_number: String,
    pub outstanding: Money,
}

/// What settling a credit balance did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CreditOutcome {
    /// Booked now: the entries on the claim that held the credit, and (when moved) on the claim it paid.
    Booked { from: Vec<Entry>, to: Vec<Entry> },
    /// The idempotency key was used before for this same request: nothing new was booked.
    AlreadyBooked { from: Vec<Entry>, to: Vec<Entry> },
}

/// How much to settle, in the credit's currency: all of it, or `requested` minor units of it.
fn amount_to_settle(held: Money, requested: Option<i64>) -> Result<Money> {
    if !held.is_positive() {
        return Err(StoreError::Invalid("this claim holds no credit for its debtor; nothing was booked".into()));
    }
    let Some(minor) = requested else { return Ok(held) };
    if minor <= 0 {
        return Err(StoreError::Invalid("amount_minor must be above zero".into()));
    }
    let amount = Money::from_minor(minor, held.currency());
    if minor > held.minor() {
        return Err(StoreError::Invalid(format!(
            "amount {} is more than the {} {} held; nothing was booked",
            amount.to_decimal_string(),
            held.to_decimal_string(),
            held.currency()
        )));
    }
    Ok(amount)
}

impl Store {
    /// One page of the refund queue, by claim id after `after`.
    pub async fn credit_balances(
        &self,
        creditor: CreditorId,
        after: Option<i64>,
        limit: i64,
    ) -> Result<Vec<CreditBalance>> {
        let rows = sqlx::query(
            "SELECT e.claim_id, CAST(SUM(e.amount_minor) AS BIGINT) AS credit, MAX(e.effective_date) AS since, \
                    c.invoice_number, c.currency, c.debtor_id, d.name \
             FROM ledger_entries e \
             JOIN claims c ON c.creditor_id = e.creditor_id AND c.id = e.claim_id \
             JOIN debtors d ON d.creditor_id = c.creditor_id AND d.id = c.debtor_id \
             WHERE e.creditor_id = $1 AND e.component = 'credit' AND e.claim_id > $2 \
             GROUP BY e.claim_id, c.invoice_number, c.currency, c.debtor_id, d.name \
             HAVING SUM(e.amount_minor) < 0 \
             ORDER BY e.claim_id LIMIT $3",
        )
        .bind(creditor.0)
        .bind(after.unwrap_or(0))
        .bind(limit.clamp(1, 1000))
        .fetch_all(self.pool())
        .await?;
        // The page's debtors' other open claims, in one query for the whole page.
        let mut debtors: Vec<i64> =
            rows.iter().map(|r| r.try_get("debtor_id")).collect::<std::result::Result<_, _>>()?;
        debtors.sort_unstable();
        debtors.dedup();
        let mut open: Vec<(i64, String, OpenClaimRef)> = Vec::new();
        if !debtors.is_empty() {
            let ids: Vec<String> = debtors.iter().map(i64::to_string).collect();
            let sql = format!(
                "SELECT c.id, c.debtor_id, c.currency, c.invoice_number, \
                        CAST(SUM(e.amount_minor) AS BIGINT) AS outstanding \
                 FROM claims c JOIN ledger_entries e ON e.creditor_id = c.creditor_id AND e.claim_id = c.id \
                 WHERE c.creditor_id = $1 AND c.debtor_id IN ({}) AND e.component <> 'credit' \
                 GROUP BY c.id, c.debtor_id, c.currency, c.invoice_number HAVING SUM(e.amount_minor) > 0 ORDER BY c.id",
                ids.join(", ")
            );
            for o in sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(creditor.0).fetch_all(self.pool()).await? {
                let currency: String = o.try_get("currency")?;
                let outstanding = Money::from_minor(o.try_get("outstanding")?, parse_currency(&currency)?);
                let claim = OpenClaimRef {
                    claim: ClaimId(o.try_get("id")?),
                    invoice_number: o.try_get("invoice_number")?,
                    outstanding,
                };
                open.push((o.try_get("debtor_id")?, currency, claim));
            }
        }
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            let code: String = row.try_get("currency")?;
            let currency = parse_currency(&code)?;
            let claim = ClaimId(row.try_get("claim_id")?);
            let debtor = DebtorId(row.try_get("debtor_id")?);
            let held: i64 = row.try_get("credit")?;
            out.push(CreditBalance {
                claim,
                invoice_number: row.try_get("invoice_number")?,
                debtor,
                debtor_name: row.try_get("name")?,
                held: Money::from_minor(-held, currency),
                since: parse_date(&row.try_get::<String, _>("since")?)?,
                open_claims: open
                    .iter()
                    .filter(|(d, c, o)| *d == debtor.0 && *c == code && o.claim != claim)
                    .map(|(_, _, o)| o.clone())
                    .take(20)
                    .collect(),
            });
        }
        Ok(out)
    }

    /// Books that `amount_minor` (default: all) of the credit `claim` holds was paid back to the
    /// debtor, with `note` (e.g. the payout's bank reference) in the entry's reason.
    pub async fn refund_credit(
        &self,
        creditor: CreditorId,
        claim: ClaimId,
        amount_minor: Option<i64>,
        note: &str,
        date: Date,
        key: &str,
    ) -> Result<CreditOutcome> {
        let mut tx = self.write_tx().await?;
        if let Some(done) = repeated(&mut tx, creditor, claim, key).await? {
            return Ok(done);
        }
        let held = held_credit(&mut tx, creditor, claim).await?;
        let amount = amount_to_settle(held, amount_minor)?;
        let entry = NewEntry {
            kind: EntryKind::Refund,
            component: Component::Credit,
            amount,
            effective_date: date,
            reason: format!("credit paid back to the debtor: {}", note.trim()),
        };
        let from = booked(append_in(&mut tx, creditor, claim, &[entry], Some(key)).await?, key)?;
        tx.commit().await?;
        Ok(CreditOutcome::Booked { from, to: Vec::new() })
    }

    /// Moves `amount_minor` (default: all) of the credit `from` holds to the debtor's claim `to`,
    /// where it is booked as a payment in the creditor's allocation order (what `to` does not
    /// need stays as credit there). Both claims must belong to the same debtor and currency.
    pub async fn apply_credit(
        &self,
        creditor: CreditorId,
        from: ClaimId,
        to: ClaimId,
        amount_minor: Option<i64>,
        date: Date,
        key: &str,
    ) -> Result<CreditOutcome> {
        if from == to {
            return Err(StoreError::Invalid("to_claim_id is the claim that holds the credit".into()));
        }
        let order = self.creditor(creditor).await?.allocation_order;
        let mut tx = self.write_tx().await?;
        if let Some(done) = repeated(&mut tx, creditor, from, key).await? {
            return Ok(done);
        }
        let (source, target) = (claim_facts(&mut tx, creditor, from).await?, claim_facts(&mut tx, creditor, to).await?);
        if source.0 != target.0 {
            return Err(StoreError::Invalid(format!(
                "claim {} belongs to another debtor; credit can only pay the same debtor's claims",
                to.0
            )));
        }
        if source.1 != target.1 {
            return Err(StoreError::Invalid(format!("claim {} is in another currency than the credit", to.0)));
        }
        let held = held_credit(&mut tx, creditor, from).await?;
        let amount = amount_to_settle(held, amount_minor)?;
        let (to_invoice, from_invoice) = (target.2, source.2);
        let entry = NewEntry {
            kind: EntryKind::Refund,
            component: Component::Credit,
            amount,
            effective_date: date,
            reason: format!("credit moved to claim {} (invoice {to_invoice})", to.0),
        };
        let out = booked(append_in(&mut tx, creditor, from, &[entry], Some(key)).await?, key)?;
        let reason = format!("credit from claim {} (invoice {from_invoice})", from.0);
        let (paid, _) = book_to_claim(&mut tx, creditor, to, amount, order, date, &reason, &to_key(key)).await?;
        tx.commit().await?;
        Ok(CreditOutcome::Booked { from: out, to: paid })
    }
}

/// What a credit move's key gets on the entries it books on the receiving claim.
pub(crate) const MOVED_TO_SUFFIX: &str = ":to";

/// The key of the entries a move books on the receiving claim.
fn to_key(key: &str) -> String {
    format!("{key}{MOVED_TO_SUFFIX}")
}

/// What an earlier request with this key booked on `claim`, if any; a key used for another
/// claim is refused.
async fn repeated(
    tx: &mut sqlx::AnyConnection,
    creditor: CreditorId,
    claim: ClaimId,
    key: &str,
) -> Result<Option<CreditOutcome>> {
    let from = entries_with_key(tx, creditor, key).await?;
    if from.is_empty() {
        return Ok(None);
    }
    if from.iter().any(|e| e.claim_id != claim) {
        return Err(StoreError::Invalid(format!(
            "the idempotency key {key:?} was already used for another claim; nothing was booked"
        )));
    }
    let to = entries_with_key(tx, creditor, &to_key(key)).await?;
    Ok(Some(CreditOutcome::AlreadyBooked { from, to }))
}

async fn entries_with_key(tx: &mut sqlx::AnyConnection, creditor: CreditorId, key: &str) -> Result<Vec<Entry>> {
    let rows = sqlx::query("SELECT * FROM ledger_entries WHERE creditor_id = $1 AND idempotency_key = $2 ORDER BY id")
        .bind(creditor.0)
        .bind(key)
        .fetch_all(&mut *tx)
        .await?;
    rows.iter().map(crate::ledger::entry_from_row).collect()
}

/// A claim's debtor, currency and invoice number.
async fn claim_facts(
    tx: &mut sqlx::AnyConnection,
    creditor: CreditorId,
    claim: ClaimId,
) -> Result<(i64, String, String)> {
    let row = sqlx::query("SELECT debtor_id, currency, invoice_number FROM claims WHERE creditor_id = $1 AND id = $2")
        .bind(creditor.0)
        .bind(claim.0)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound("claim"))?;
    Ok((row.try_get("debtor_id")?, row.try_get("currency")?, row.try_get("invoice_number")?))
}

/// The credit `claim` holds, as a positive amount (zero when none).
async fn held_credit(tx: &mut sqlx::AnyConnection, creditor: CreditorId, claim: ClaimId) -> Result<Money> {
    let row = sqlx::query(
        "SELECT c.currency, CAST(COALESCE(SUM(e.amount_minor), 0) AS BIGINT) AS credit FROM claims c \
         LEFT JOIN ledger_entries e ON e.creditor_id = c.creditor_id AND e.claim_id = c.id AND e.component = 'credit' \
         WHERE c.creditor_id = $1 AND c.id = $2 GROUP BY c.currency",
    )
    .bind(creditor.0)
    .bind(claim.0)
    .fetch_optional(&mut *tx)
    .await?
    .ok_or(StoreError::NotFound("claim"))?;
    let currency = parse_currency(&row.try_get::<String, _>("currency")?)?;
    Ok(Money::from_minor(-row.try_get::<i64, _>("credit")?, currency))
}

fn booked(outcome: AppendOutcome, key: &str) -> Result<Vec<Entry>> {
    match outcome {
        AppendOutcome::Booked(e) | AppendOutcome::Exists(e) => Ok(e),
        AppendOutcome::Conflict(_) => Err(StoreError::Invalid(format!(
            "the idempotency key {key:?} was already used for other ledger entries; nothing was booked"
        ))),
    }
}
