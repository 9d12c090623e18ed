//! The book as stored rows, for an independent auditor (`purr simulate`'s): claims, ledger
//! entries, dunning steps, outbox messages and case events as plain values, with no domain
//! interpretation (no ledger fold, no state rules). The auditor re-derives everything from these.
//!
//! Each list is read whole, in key order; this is meant for books of simulation size (tens of
//! thousands of claims), not for a production book of millions.

use crate::{Result, Store, parse_date};
use jiff::civil::Date;
use sqlx::Row;

/// One claim with what its creditor and debtor say about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawClaim {
    pub creditor_id: i64,
    pub id: i64,
    pub debtor_id: i64,
    /// `SE` or `NO`, the creditor's jurisdiction.
    pub jurisdiction: String,
    /// `consumer` or `business`.
    pub debtor_kind: String,
    pub reminder_fee_agreed: bool,
    /// The creditor's stored choice of one letter per debtor (`case_policies.merge_letters`).
    pub merge_letters_chosen: bool,
    pub state: String,
    pub due_date: Date,
    pub due_date_agreed: bool,
    pub currency: String,
    /// The agreed contract rate in percent, when there is one.
    pub contract_rate: Option<String>,
}

/// One ledger entry as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawEntry {
    pub creditor_id: i64,
    pub id: i64,
    pub claim_id: i64,
    /// `principal`, `payment`, `fee:<kind>`, `interest`, `reversal`, …
    pub kind: String,
    pub component: String,
    pub amount_minor: i64,
    pub currency: String,
    pub effective_date: Date,
    pub reverses_id: Option<i64>,
    /// When it was written (RFC 3339, wall clock).
    pub recorded_at: String,
}

/// One dunning step as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawStep {
    pub creditor_id: i64,
    pub claim_id: i64,
    pub step_no: i64,
    pub kind: String,
    pub sent_on: Date,
    pub deadline: Option<Date>,
    pub fee_kinds: String,
    pub channel: String,
}

/// One outbox message as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawMessage {
    pub creditor_id: i64,
    pub id: i64,
    pub claim_id: Option<i64>,
    pub debtor_id: i64,
    /// The step kind or flow notice that queued it.
    pub step: String,
    /// The channel it was queued for.
    pub channel: String,
    pub idempotency_key: String,
    /// When it was queued (RFC 3339, wall clock).
    pub created_at: String,
    /// The business date in its payload (`date`), when it has one.
    pub date: Option<Date>,
    /// The claims it names: its `claim_id`, and for a merged letter those its payload lists,
    /// ascending.
    pub claims: Vec<i64>,
}

/// One case event as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawEvent {
    pub creditor_id: i64,
    pub id: i64,
    pub claim_id: i64,
    /// When it was recorded (RFC 3339, wall clock).
    pub at: String,
    pub kind: String,
    pub details: String,
}

/// Everything the auditor reads.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawBook {
    pub claims: Vec<RawClaim>,
    pub entries: Vec<RawEntry>,
    pub steps: Vec<RawStep>,
    pub messages: Vec<RawMessage>,
    pub events: Vec<RawEvent>,
}

impl Store {
    /// The whole book as stored rows, each list in key order (see the module note on size).
    pub async fn raw_book(&self) -> Result<RawBook> {
        let mut conn = self.pool().acquire().await?;
        let mut book = RawBook::default();
        let rows = sqlx::query(
            "SELECT c.creditor_id, c.id, c.debtor_id, cr.jurisdiction, d.kind AS debtor_kind, cr.reminder_fee_agreed, \
             COALESCE(cp.merge_letters, 0) AS merge_letters, \
             c.state, c.due_date, c.due_date_agreed, c.currency, c.contract_rate FROM claims c \
             JOIN creditors cr ON cr.id = c.creditor_id \
             JOIN debtors d ON d.creditor_id = c.creditor_id AND d.id = c.debtor_id \
             LEFT JOIN case_policies cp ON cp.creditor_id = c.creditor_id \
             ORDER BY c.creditor_id, c.id",
        )
        .fetch_all(&mut *conn)
        .await?;
        for r in &rows {
            book.claims.push(RawClaim {
                creditor_id: r.try_get("creditor_id")?,
                id: r.try_get("id")?,
                debtor_id: r.try_get("debtor_id")?,
                jurisdiction: r.try_get("jurisdiction")?,
                debtor_kind: r.try_get("debtor_kind")?,
                reminder_fee_agreed: r.try_get::<i64, _>("reminder_fee_agreed")? != 0,
                merge_letters_chosen: r.try_get::<i64, _>("merge_letters")? != 0,
                state: r.try_get("state")?,
                due_date: parse_date(&r.try_get::<String, _>("due_date")?)?,
                due_date_agreed: r.try_get::<i64, _>("due_date_agreed")? != 0,
                currency: r.try_get("currency")?,
                contract_rate: r.try_get("contract_rate")?,
            });
        }
        let rows = sqlx::query(
            "SELECT creditor_id, id, claim_id, kind, component, amount_minor, currency, effective_date, reverses_id, \
             recorded_at FROM ledger_entries ORDER BY creditor_id, id",
        )
        .fetch_all(&mut *conn)
        .await?;
        for r in &rows {
            book.entries.push(RawEntry {
                creditor_id: r.try_get("creditor_id")?,
                id: r.try_get("id")?,
                claim_id: r.try_get("claim_id")?,
                kind: r.try_get("kind")?,
                component: r.try_get("component")?,
                amount_minor: r.try_get("amount_minor")?,
                currency: r.try_get("currency")?,
                effective_date: parse_date(&r.try_get::<String, _>("effective_date")?)?,
                reverses_id: r.try_get("reverses_id")?,
                recorded_at: r.try_get("recorded_at")?,
            });
        }
        let rows = sqlx::query(
            "SELECT creditor_id, claim_id, step_no, kind, sent_on, deadline, fee_kinds, channel FROM dunning_steps \
             ORDER BY creditor_id, claim_id, step_no",
        )
        .fetch_all(&mut *conn)
        .await?;
        for r in &rows {
            book.steps.push(RawStep {
                creditor_id: r.try_get("creditor_id")?,
                claim_id: r.try_get("claim_id")?,
                step_no: r.try_get("step_no")?,
                kind: r.try_get("kind")?,
                sent_on: parse_date(&r.try_get::<String, _>("sent_on")?)?,
                deadline: r.try_get::<Option<String>, _>("deadline")?.as_deref().map(parse_date).transpose()?,
                fee_kinds: r.try_get("fee_kinds")?,
                channel: r.try_get("channel")?,
            });
        }
        let rows = sqlx::query(
            "SELECT creditor_id, id, claim_id, debtor_id, step, channel, idempotency_key, created_at, payload FROM outbox \
             ORDER BY creditor_id, id",
        )
        .fetch_all(&mut *conn)
        .await?;
        for r in &rows {
            let creditor_id: i64 = r.try_get("creditor_id")?;
            let claim_id: Option<i64> = r.try_get("claim_id")?;
            let idempotency_key: String = r.try_get("idempotency_key")?;
            let payload: String = r.try_get("payload")?;
            let payload = serde_json::from_str::<serde_json::Value>(&payload).ok();
            let date = payload
                .as_ref()
                .and_then(|p| p.get("date").and_then(|d| d.as_str()).map(str::to_string))
                .map(|d| parse_date(&d))
                .transpose()?;
            let mut claims = crate::outbox::named_claims(payload.as_ref());
            if let Some(c) = claim_id.filter(|c| !claims.contains(c)) {
                claims.push(c);
            }
            claims.sort_unstable();
            book.messages.push(RawMessage {
                creditor_id,
                id: r.try_get("id")?,
                claim_id,
                debtor_id: r.try_get("debtor_id")?,
                step: r.try_get("step")?,
                channel: r.try_get("channel")?,
                idempotency_key,
                created_at: r.try_get("created_at")?,
                date,
                claims,
            });
        }
        let rows = sqlx::query(
            "SELECT creditor_id, id, claim_id, at, kind, details FROM case_events ORDER BY creditor_id, id",
        )
        .fetch_all(&mut *conn)
        .await?;
        for r in &rows {
            book.events.push(RawEvent {
                creditor_id: r.try_get("creditor_id")?,
                id: r.try_get("id")?,
                claim_id: r.try_get("claim_id")?,
                at: r.try_get("at")?,
                kind: r.try_get("kind")?,
                details: r.try_get("details")?,
            });
        }
        Ok(book)
    }
}
