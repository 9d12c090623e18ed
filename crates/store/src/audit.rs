//! The audit trail: every change a person or an API key makes, with who, when, what, and the
//! state before and after as JSON. Rows are only ever inserted (triggers refuse UPDATE and
//! DELETE, as for the ledger), and each is written in the same transaction as the change it
//! describes, so a change without its audit row cannot be committed.
//!
//! Staff actions on a claim that no other module owns (waiving a fee) live here too, because
//! they are little more than a ledger append plus its audit row.

use crate::ledger::append_in;
use crate::{AppendOutcome, Result, Store, StoreError, now_text, reserve_ids};
use domain::{ClaimId, Component, CreditorId, EntryId, EntryKind, NewEntry};
use serde_json::Value;
use sqlx::{AnyConnection, Row};

/// Who made a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorKind {
    /// A signed-in staff user (named by e-mail).
    User,
    /// An API key (named by its key id).
    ApiKey,
    /// Someone at the command line of the server.
    Cli,
    /// Purr itself (scheduled jobs).
    System,
}

impl ActorKind {
    pub fn code(self) -> &'static str {
        match self {
            ActorKind::User => "user",
            ActorKind::ApiKey => "api_key",
            ActorKind::Cli => "cli",
            ActorKind::System => "system",
        }
    }

    fn from_code(code: &str) -> Option<ActorKind> {
        [ActorKind::User, ActorKind::ApiKey, ActorKind::Cli, ActorKind::System].into_iter().find(|k| k.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub kind: ActorKind,
    pub name: String,
}

/// A change to record.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAudit {
    pub actor: Actor,
    /// What was done, as a stable code: `user.add`, `claim.waive_fee`, `session.sign_in`.
    pub action: String,
    pub subject_kind: String,
    pub subject_id: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
    pub reason: Option<String>,
}

/// A recorded change.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditRecord {
    pub id: i64,
    pub at: String,
    pub actor: Actor,
    pub action: String,
    pub subject_kind: String,
    pub subject_id: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
    pub reason: Option<String>,
}

/// Which records to read: newest first, optionally of one subject, keyset-paged by id.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub subject: Option<(String, String)>,
    /// Only records with an id below this one.
    pub before_id: Option<i64>,
    pub limit: i64,
}

/// The outcome of waiving a fee.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WaiveOutcome {
    /// The fee entry was reversed; these are the entries booked.
    Waived(Vec<domain::Entry>),
    /// It had been waived before: nothing new was booked.
    AlreadyWaived,
    /// The entry is not a fee of this claim.
    NotAFee,
}

/// Inserts one audit row inside the caller's transaction.
pub(crate) async fn audit_in(conn: &mut AnyConnection, creditor: CreditorId, a: &NewAudit) -> Result<i64> {
    let id = reserve_ids(&mut *conn, creditor.0, "audit", 1).await?;
    let json = |v: &Option<Value>| v.as_ref().map(Value::to_string);
    sqlx::query(
        "INSERT INTO audit_log (creditor_id, id, at, actor_kind, actor, action, subject_kind, subject_id, before_json, after_json, reason) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(creditor.0)
    .bind(id)
    .bind(now_text())
    .bind(a.actor.kind.code())
    .bind(a.actor.name.as_str())
    .bind(a.action.as_str())
    .bind(a.subject_kind.as_str())
    .bind(a.subject_id.as_str())
    .bind(json(&a.before))
    .bind(json(&a.after))
    .bind(a.reason.as_deref())
    .execute(&mut *conn)
    .await?;
    Ok(id)
}

fn record_from_row(row: &sqlx::any::AnyRow) -> Result<AuditRecord> {
    let kind: String = row.try_get("actor_kind")?;
    let json = |col: &str| -> Result<Option<Value>> {
        let text: Option<String> = row.try_get(col)?;
        text.map(|t| serde_json::from_str(&t).map_err(|e| StoreError::Corrupt(format!("audit {col}: {e}")))).transpose()
    };
    Ok(AuditRecord {
        id: row.try_get("id")?,
        at: row.try_get("at")?,
        actor: Actor {
            kind: ActorKind::from_code(&kind).ok_or_else(|| StoreError::Corrupt(format!("bad actor kind {kind:?}")))?,
            name: row.try_get("actor")?,
        },
        action: row.try_get("action")?,
        subject_kind: row.try_get("subject_kind")?,
        subject_id: row.try_get("subject_id")?,
        before: json("before_json")?,
        after: json("after_json")?,
        reason: row.try_get("reason")?,
    })
}

fn balance_json(b: &domain::Balance) -> Value {
    serde_json::json!({
        "principal_minor": b.principal.minor(),
        "fees_minor": b.fees.minor(),
        "interest_minor": b.interest.minor(),
        "credit_minor": b.credit.minor(),
        "currency": b.principal.currency().code(),
    })
}

impl Store {
    /// Records one change on its own (for changes that are not a single store call).
    pub async fn record_audit(&self, creditor: CreditorId, audit: &NewAudit) -> Result<i64> {
        let mut tx = self.write_tx().await?;
        let id = audit_in(&mut tx, creditor, audit).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The creditor's audit trail, newest first.
    pub async fn audit_log(&self, creditor: CreditorId, filter: &AuditFilter) -> Result<Vec<AuditRecord>> {
        let before = filter.before_id.unwrap_or(i64::MAX);
        let limit = filter.limit.clamp(1, 100_000);
        let rows = match &filter.subject {
            Some((kind, id)) => sqlx::query(
                "SELECT * FROM audit_log WHERE creditor_id = $1 AND subject_kind = $2 AND subject_id = $3 AND id < $4 \
                     ORDER BY id DESC LIMIT $5",
            )
            .bind(creditor.0)
            .bind(kind.as_str())
            .bind(id.as_str())
            .bind(before)
            .bind(limit)
            .fetch_all(self.pool())
            .await?,
            None => {
                sqlx::query("SELECT * FROM audit_log WHERE creditor_id = $1 AND id < $2 ORDER BY id DESC LIMIT $3")
                    .bind(creditor.0)
                    .bind(before)
                    .bind(limit)
                    .fetch_all(self.pool())
                    .await?
            }
        };
        rows.iter().map(record_from_row).collect()
    }

    /// Waives one fee: books the reversal of the fee entry with the reason given, and the audit
    /// row with the balance before and after, in one transaction. Waiving twice books nothing.
    pub async fn waive_fee(
        &self,
        creditor: CreditorId,
        claim: ClaimId,
        fee_entry: EntryId,
        reason: &str,
        actor: &Actor,
    ) -> Result<WaiveOutcome> {
        if reason.trim().is_empty() {
            return Err(StoreError::Invalid("say why the fee is waived (the reason is empty)".into()));
        }
        let before = self.claim(creditor, claim).await?.ok_or(StoreError::NotFound("claim"))?;
        let entries = self.entries(creditor, claim).await?;
        let Some(fee) = entries.iter().find(|e| e.id == fee_entry) else { return Ok(WaiveOutcome::NotAFee) };
        if !matches!(fee.kind, EntryKind::Fee { .. }) || fee.component != Component::Fees {
            return Ok(WaiveOutcome::NotAFee);
        }
        let key = format!("waive:{}:{}", claim.0, fee_entry.0);
        let reversal = NewEntry {
            kind: EntryKind::Reversal { of: fee_entry },
            component: Component::Fees,
            amount: fee.amount.checked_neg().map_err(|e| StoreError::Invalid(e.to_string()))?,
            effective_date: fee.effective_date,
            reason: format!("fee waived: {}", reason.trim()),
        };
        let mut tx = self.write_tx().await?;
        let booked = match append_in(&mut tx, creditor, claim, &[reversal], Some(&key)).await? {
            AppendOutcome::Booked(b) => b,
            AppendOutcome::Exists(_) | AppendOutcome::Conflict(_) => return Ok(WaiveOutcome::AlreadyWaived),
        };
        let mut after = before.balance;
        after.fees = after.fees.checked_sub(fee.amount).map_err(|e| StoreError::Invalid(e.to_string()))?;
        audit_in(
            &mut tx,
            creditor,
            &NewAudit {
                actor: actor.clone(),
                action: "claim.waive_fee".into(),
                subject_kind: "claim".into(),
                subject_id: claim.0.to_string(),
                before: Some(serde_json::json!({"balance": balance_json(&before.balance), "fee_entry": fee_entry.0})),
                after: Some(serde_json::json!({"balance": balance_json(&after), "reversal_entry": booked[0].id.0})),
                reason: Some(reason.trim().to_string()),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(WaiveOutcome::Waived(booked))
    }
}
