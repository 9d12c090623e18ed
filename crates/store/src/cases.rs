//! Case actions and the claim timeline: each action (promise, plan, dispute, pause…) is one
//! transaction that locks the claim, answers a repeated idempotency key, reads the claim's
//! facts, lets the caller's pure decision accept or refuse, and books what it says: ledger
//! entries, the claim's state, its pause and hold (`case_flows`), one `case_events` row and,
//! when the outcome has one, an outbox notice.
//!
//! The decisions are `domain::dunning::flows`'; nothing here decides. The same booking serves
//! the daily review of holds (`system:run`), and the fee reversals for payments in flight.
//! Creditor bounds (`case_policies`), dispute attachments and the creditor's own strategies live
//! here too.

use crate::dunning::{facts_for_claim, held_cases};
use crate::ledger::append_in;
use crate::{AppendOutcome, Result, Store, StoreError, now_text, parse_state, reserve_ids};
use domain::dunning::flows::{FeeReversal, FlowFacts, FlowOutcome, FlowRequest, Refusal};
use domain::dunning::{CaseFacts, CasePolicy, Hold};
use domain::{ClaimId, CreditorId, Entry, Money};
use jiff::civil::Date;
use sha2::{Digest, Sha256};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

/// The largest dispute attachment the store keeps.
pub const MAX_ATTACHMENT_BYTES: usize = 10 * 1024 * 1024;

/// One row of a claim's timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseEvent {
    pub id: i64,
    pub claim_id: ClaimId,
    /// When it was recorded (RFC 3339).
    pub at: String,
    /// Who acted: `debtor:portal`, `key:<id>`, `user:<id>`, `system:run`.
    pub actor: String,
    pub kind: String,
    pub details: serde_json::Value,
}

/// A file sent with a dispute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub filename: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// A stored attachment without its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentInfo {
    pub id: i64,
    pub event_id: i64,
    pub filename: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
}

/// One action as asked for.
#[derive(Debug, Clone)]
pub struct CaseAction<'a> {
    pub actor: &'a str,
    /// The caller's idempotency key; the same key with the same request books once.
    pub key: Option<&'a str>,
    pub request: &'a FlowRequest,
    pub attachments: &'a [Attachment],
}

/// What an action did.
#[derive(Debug, Clone, PartialEq)]
pub enum ActionResult {
    Booked {
        event: CaseEvent,
        entries: Vec<Entry>,
    },
    /// The key was used before for the same request: nothing new was booked.
    Exists(CaseEvent),
    /// The key was used before for another request: nothing was booked.
    Conflict(CaseEvent),
    /// The domain refused: nothing was booked.
    Refused(Refusal),
}

fn event_from_row(row: &AnyRow) -> Result<CaseEvent> {
    let details: String = row.try_get("details")?;
    Ok(CaseEvent {
        id: row.try_get("id")?,
        claim_id: ClaimId(row.try_get("claim_id")?),
        at: row.try_get("at")?,
        actor: row.try_get("actor")?,
        kind: row.try_get("kind")?,
        details: serde_json::from_str(&details)
            .map_err(|e| StoreError::Corrupt(format!("bad event details {details:?}: {e}")))?,
    })
}

fn request_hash(claim: ClaimId, action: &CaseAction<'_>) -> Result<String> {
    let mut h = Sha256::new();
    h.update(claim.0.to_le_bytes());
    h.update(serde_json::to_vec(action.request).map_err(|e| StoreError::Invalid(e.to_string()))?);
    for a in action.attachments {
        h.update(a.filename.as_bytes());
        h.update(Sha256::digest(&a.bytes));
    }
    Ok(hex::encode(h.finalize()))
}

/// The date a hold ends, for queries: a promise's or postponement's date, a plan's last due date.
fn hold_until(hold: &Hold) -> Option<Date> {
    match hold {
        Hold::Promise { until } | Hold::Postponement { until } => Some(*until),
        Hold::Plan(plan) => plan.instalments.last().map(|i| i.due),
        Hold::Dispute { .. } => None,
    }
}

async fn lock_claim(tx: &mut AnyConnection, creditor: CreditorId, claim: ClaimId) -> Result<()> {
    let row = sqlx::query("UPDATE claims SET state = state WHERE creditor_id = $1 AND id = $2 RETURNING state")
        .bind(creditor.0)
        .bind(claim.0)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(StoreError::NotFound("claim"))?;
    parse_state(&row.try_get::<String, _>("state")?)?;
    Ok(())
}

async fn event_by_key(tx: &mut AnyConnection, creditor: CreditorId, key: &str) -> Result<Option<(CaseEvent, String)>> {
    let row = sqlx::query("SELECT * FROM case_events WHERE creditor_id = $1 AND idempotency_key = $2")
        .bind(creditor.0)
        .bind(key)
        .fetch_optional(&mut *tx)
        .await?;
    row.map(|r| Ok((event_from_row(&r)?, r.try_get::<Option<String>, _>("request_hash")?.unwrap_or_default())))
        .transpose()
}

async fn load_policy(conn: &mut AnyConnection, creditor: CreditorId) -> Result<CasePolicy> {
    let row = sqlx::query("SELECT * FROM case_policies WHERE creditor_id = $1")
        .bind(creditor.0)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(row) = row else { return Ok(CasePolicy::default()) };
    let n = |col: &str| -> Result<u32> {
        let v: i64 = row.try_get(col)?;
        u32::try_from(v).map_err(|_| StoreError::Corrupt(format!("bad {col} {v}")))
    };
    Ok(CasePolicy {
        plan_max_months: n("plan_max_months")?,
        plan_min_instalment_minor: row.try_get("plan_min_instalment_minor")?,
        max_postponement_days: n("max_postponement_days")?,
        max_promise_days: n("max_promise_days")?,
        plan_grace_days: n("plan_grace_days")?,
        payment_grace_bank_days: n("payment_grace_bank_days")?,
        merge_letters: row.try_get::<i64, _>("merge_letters")? != 0,
    })
}

/// What a booked outcome is recorded as.
struct Booking<'a> {
    actor: &'a str,
    key: Option<&'a str>,
    hash: Option<String>,
    details: serde_json::Value,
    attachments: &'a [Attachment],
}

/// Books an accepted outcome inside the caller's transaction (the claim is locked).
async fn book_in(
    tx: &mut AnyConnection,
    facts: &CaseFacts,
    outcome: &FlowOutcome,
    b: Booking<'_>,
) -> Result<(CaseEvent, Vec<Entry>)> {
    let creditor = facts.creditor;
    let claim = facts.claim;
    let event_id = reserve_ids(&mut *tx, creditor.0, "case_event", 1).await?;
    let mut entries = Vec::new();
    if !outcome.entries.is_empty() {
        let key = format!("case:{event_id}");
        match append_in(&mut *tx, creditor, claim, &outcome.entries, Some(&key)).await? {
            AppendOutcome::Booked(e) | AppendOutcome::Exists(e) => entries = e,
            AppendOutcome::Conflict(_) => {
                return Err(StoreError::Invalid(format!("the key {key} was used before for other entries")));
            }
        }
    }
    sqlx::query("UPDATE claims SET state = $1 WHERE creditor_id = $2 AND id = $3")
        .bind(outcome.new_state.code())
        .bind(creditor.0)
        .bind(claim.0)
        .execute(&mut *tx)
        .await?;
    let flow = &outcome.flow;
    let hold_json = flow
        .hold
        .as_ref()
        .map(|h| serde_json::to_string(h).map_err(|e| StoreError::Invalid(e.to_string())))
        .transpose()?;
    let pause_reason = match (flow.paused, b.details.get("request").and_then(|r| r.get("reason"))) {
        (true, Some(serde_json::Value::String(r))) if outcome.event == "pause" => Some(r.clone()),
        _ => None,
    };
    let now = now_text();
    sqlx::query(
        "INSERT INTO case_flows (creditor_id, claim_id, paused, pause_reason, hold_kind, hold_until, hold, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (creditor_id, claim_id) DO UPDATE SET \
         paused = excluded.paused, pause_reason = COALESCE(excluded.pause_reason, case_flows.pause_reason), \
         hold_kind = excluded.hold_kind, hold_until = excluded.hold_until, hold = excluded.hold, \
         updated_at = excluded.updated_at",
    )
    .bind(creditor.0)
    .bind(claim.0)
    .bind(i64::from(flow.paused))
    .bind(pause_reason)
    .bind(flow.hold.as_ref().map(|h| h.code()))
    .bind(flow.hold.as_ref().and_then(hold_until).map(|d| d.to_string()))
    .bind(hold_json)
    .bind(now.as_str())
    .execute(&mut *tx)
    .await?;
    let mut details = b.details;
    details["state"] = serde_json::json!(outcome.new_state.code());
    details["entry_ids"] = serde_json::json!(entries.iter().map(|e| e.id.0).collect::<Vec<_>>());
    if let Some(hold) = &flow.hold {
        details["hold"] = serde_json::to_value(hold).map_err(|e| StoreError::Invalid(e.to_string()))?;
    }
    if let Some(notice) = outcome.notice {
        details["notice"] = serde_json::json!(notice.code());
    }
    let details_text = details.to_string();
    sqlx::query(
        "INSERT INTO case_events (creditor_id, id, claim_id, at, actor, kind, details, idempotency_key, request_hash) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(creditor.0)
    .bind(event_id)
    .bind(claim.0)
    .bind(now.as_str())
    .bind(b.actor)
    .bind(outcome.event)
    .bind(details_text.as_str())
    .bind(b.key)
    .bind(b.hash.as_deref())
    .execute(&mut *tx)
    .await?;
    for a in b.attachments {
        let id = reserve_ids(&mut *tx, creditor.0, "attachment", 1).await?;
        sqlx::query(
            "INSERT INTO dispute_attachments (creditor_id, id, claim_id, event_id, filename, content_type, size_bytes, \
             sha256, content, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(creditor.0)
        .bind(id)
        .bind(claim.0)
        .bind(event_id)
        .bind(a.filename.as_str())
        .bind(a.content_type.as_str())
        .bind(a.bytes.len() as i64)
        .bind(hex::encode(Sha256::digest(&a.bytes)))
        .bind(a.bytes.clone())
        .bind(now.as_str())
        .execute(&mut *tx)
        .await?;
    }
    if let Some(notice) = outcome.notice {
        let id = reserve_ids(&mut *tx, creditor.0, "message", 1).await?;
        let channel = facts.channels.first().map_or("letter", |c| c.code());
        let payload = serde_json::json!({
            "template": format!("flow/{}", notice.code()),
            "event_id": event_id,
            "hold": details.get("hold"),
        });
        sqlx::query(
            "INSERT INTO outbox (creditor_id, id, claim_id, debtor_id, step, channel, language, payload, idempotency_key, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'queued', $10) ON CONFLICT (creditor_id, idempotency_key) DO NOTHING",
        )
        .bind(creditor.0)
        .bind(id)
        .bind(claim.0)
        .bind(facts.debtor.0)
        .bind(notice.code())
        .bind(channel)
        .bind(facts.language.as_str())
        .bind(payload.to_string())
        .bind(format!("case:{event_id}"))
        .bind(now.as_str())
        .execute(&mut *tx)
        .await?;
    }
    let event = CaseEvent {
        id: event_id,
        claim_id: claim,
        at: now,
        actor: b.actor.to_string(),
        kind: outcome.event.to_string(),
        details,
    };
    // WEBHOOKS: plan.created, dispute.opened, dispute.resolved in this same transaction.
    crate::webhooks::case_booked_in(&mut *tx, creditor, &event).await?;
    Ok((event, entries))
}

impl Store {
    /// The creditor's bounds, or the defaults when it set none.
    pub async fn case_policy(&self, creditor: CreditorId) -> Result<CasePolicy> {
        let mut conn = self.pool().acquire().await?;
        load_policy(&mut conn, creditor).await
    }

    /// Sets the creditor's bounds (checked by `CasePolicy::validate`).
    pub async fn set_case_policy(&self, creditor: CreditorId, policy: &CasePolicy) -> Result<()> {
        policy.validate().map_err(StoreError::Invalid)?;
        sqlx::query(
            "INSERT INTO case_policies (creditor_id, plan_max_months, plan_min_instalment_minor, max_postponement_days, \
             max_promise_days, plan_grace_days, payment_grace_bank_days, merge_letters, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             ON CONFLICT (creditor_id) DO UPDATE SET plan_max_months = excluded.plan_max_months, \
             plan_min_instalment_minor = excluded.plan_min_instalment_minor, \
             max_postponement_days = excluded.max_postponement_days, max_promise_days = excluded.max_promise_days, \
             plan_grace_days = excluded.plan_grace_days, payment_grace_bank_days = excluded.payment_grace_bank_days, \
             merge_letters = excluded.merge_letters, updated_at = excluded.updated_at",
        )
        .bind(creditor.0)
        .bind(i64::from(policy.plan_max_months))
        .bind(policy.plan_min_instalment_minor)
        .bind(i64::from(policy.max_postponement_days))
        .bind(i64::from(policy.max_promise_days))
        .bind(i64::from(policy.plan_grace_days))
        .bind(i64::from(policy.payment_grace_bank_days))
        .bind(i64::from(policy.merge_letters))
        .bind(now_text())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// One claim's facts as the dunning engine and the case flows see them.
    pub async fn case_facts(&self, creditor: CreditorId, claim: ClaimId) -> Result<Option<CaseFacts>> {
        let mut conn = self.pool().acquire().await?;
        Ok(facts_for_claim(&mut conn, creditor, claim).await?.map(|(f, _, _)| f))
    }

    /// Runs one case action in one transaction. `decide` is the pure transition
    /// (`domain::dunning::flows::apply` with the law tables and the business date); it sees the
    /// claim's facts as locked, and the creditor's policy.
    pub async fn case_action(
        &self,
        creditor: CreditorId,
        claim: ClaimId,
        action: &CaseAction<'_>,
        decide: impl FnOnce(&FlowFacts<'_>, &CasePolicy) -> std::result::Result<FlowOutcome, Refusal>,
    ) -> Result<ActionResult> {
        for a in action.attachments {
            if a.bytes.len() > MAX_ATTACHMENT_BYTES {
                return Err(StoreError::Invalid(format!(
                    "the attachment {:?} is {} bytes; the limit is 10 MB",
                    a.filename,
                    a.bytes.len()
                )));
            }
            if a.filename.trim().is_empty() || a.filename.len() > 255 {
                return Err(StoreError::Invalid("an attachment needs a file name of at most 255 bytes".into()));
            }
        }
        let hash = request_hash(claim, action)?;
        let mut tx = self.write_tx().await?;
        lock_claim(&mut tx, creditor, claim).await?;
        if let Some(key) = action.key
            && let Some((event, stored)) = event_by_key(&mut tx, creditor, key).await?
        {
            return Ok(if stored == hash { ActionResult::Exists(event) } else { ActionResult::Conflict(event) });
        }
        let (facts, fees, interest) =
            facts_for_claim(&mut tx, creditor, claim).await?.ok_or(StoreError::NotFound("claim"))?;
        let policy = load_policy(&mut tx, creditor).await?;
        let outcome = match decide(&FlowFacts { case: &facts, fees, interest }, &policy) {
            Ok(outcome) => outcome,
            Err(refusal) => return Ok(ActionResult::Refused(refusal)),
        };
        let details = serde_json::json!({
            "request": action.request,
            "from_state": facts.state.code(),
            "attachments": action.attachments.iter().map(|a| &a.filename).collect::<Vec<_>>(),
        });
        let booking = Booking {
            actor: action.actor,
            key: action.key,
            hash: Some(hash),
            details,
            attachments: action.attachments,
        };
        let (event, entries) = book_in(&mut tx, &facts, &outcome, booking).await?;
        tx.commit().await?;
        Ok(ActionResult::Booked { event, entries })
    }

    /// The claim's timeline, oldest first, after event id `after`.
    pub async fn case_events(
        &self,
        creditor: CreditorId,
        claim: ClaimId,
        after: Option<i64>,
        limit: i64,
    ) -> Result<Vec<CaseEvent>> {
        let rows = sqlx::query(
            "SELECT * FROM case_events WHERE creditor_id = $1 AND claim_id = $2 AND id > $3 ORDER BY id LIMIT $4",
        )
        .bind(creditor.0)
        .bind(claim.0)
        .bind(after.unwrap_or(0))
        .bind(limit.clamp(1, 10_000))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(event_from_row).collect()
    }

    /// The attachments sent with a claim's disputes, without their bytes.
    pub async fn dispute_attachments(&self, creditor: CreditorId, claim: ClaimId) -> Result<Vec<AttachmentInfo>> {
        let rows = sqlx::query(
            "SELECT id, event_id, filename, content_type, size_bytes, sha256 FROM dispute_attachments \
             WHERE creditor_id = $1 AND claim_id = $2 ORDER BY id",
        )
        .bind(creditor.0)
        .bind(claim.0)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AttachmentInfo {
                    id: r.try_get("id")?,
                    event_id: r.try_get("event_id")?,
                    filename: r.try_get("filename")?,
                    content_type: r.try_get("content_type")?,
                    size_bytes: r.try_get("size_bytes")?,
                    sha256: r.try_get("sha256")?,
                })
            })
            .collect()
    }

    /// One attachment's bytes.
    pub async fn dispute_attachment_bytes(&self, creditor: CreditorId, id: i64) -> Result<Option<Vec<u8>>> {
        let row = sqlx::query("SELECT content FROM dispute_attachments WHERE creditor_id = $1 AND id = $2")
            .bind(creditor.0)
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.map(|r| Ok(r.try_get::<Vec<u8>, _>("content")?)).transpose()
    }

    /// A page of held claims (promise, plan, postponement, dispute) with their facts, in key
    /// order after `after`.
    pub async fn held_cases(&self, after: Option<(CreditorId, ClaimId)>, limit: i64) -> Result<Vec<CaseFacts>> {
        let mut conn = self.pool().acquire().await?;
        held_cases(&mut conn, after, limit).await
    }

    /// Books what the daily review of a held claim decided, as `system:run`, keyed by date,
    /// claim and event so a re-run of the date books nothing twice. `review` is called again on
    /// the facts as locked; `None` books nothing. Returns the event when one was booked.
    pub async fn book_review(
        &self,
        creditor: CreditorId,
        claim: ClaimId,
        today: Date,
        review: impl FnOnce(&CaseFacts, &CasePolicy) -> Option<FlowOutcome>,
    ) -> Result<Option<CaseEvent>> {
        let mut tx = self.write_tx().await?;
        lock_claim(&mut tx, creditor, claim).await?;
        let (facts, _, _) = facts_for_claim(&mut tx, creditor, claim).await?.ok_or(StoreError::NotFound("claim"))?;
        let policy = load_policy(&mut tx, creditor).await?;
        let Some(outcome) = review(&facts, &policy) else { return Ok(None) };
        let key = format!("review:{today}:{}:{}", claim.0, outcome.event);
        if event_by_key(&mut tx, creditor, &key).await?.is_some() {
            return Ok(None);
        }
        let details = serde_json::json!({"from_state": facts.state.code(), "date": today.to_string()});
        let booking = Booking { actor: "system:run", key: Some(&key), hash: None, details, attachments: &[] };
        let (event, _) = book_in(&mut tx, &facts, &outcome, booking).await?;
        tx.commit().await?;
        Ok(Some(event))
    }

    /// Claims with a fee entry and a payment booked after it but dated before it: the payments
    /// that were in flight when a fee-bearing step was taken. A page in key order after `after`.
    pub async fn fee_reversal_candidates(
        &self,
        after: Option<(CreditorId, ClaimId)>,
        limit: i64,
    ) -> Result<Vec<(CreditorId, ClaimId)>> {
        let (ac, ai) = after.map_or((i64::MIN, i64::MIN), |(c, i)| (c.0, i.0));
        let rows = sqlx::query(
            "SELECT DISTINCT f.creditor_id, f.claim_id FROM ledger_entries f \
             JOIN ledger_entries p ON p.creditor_id = f.creditor_id AND p.claim_id = f.claim_id \
             AND p.kind = 'payment' AND p.id > f.id AND p.effective_date < f.effective_date \
             WHERE f.kind LIKE 'fee:%' AND (f.creditor_id > $1 OR (f.creditor_id = $2 AND f.claim_id > $3)) \
             AND NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.creditor_id = f.creditor_id \
             AND r.claim_id = f.claim_id AND r.reverses_id = f.id) \
             ORDER BY f.creditor_id, f.claim_id LIMIT $4",
        )
        .bind(ac)
        .bind(ac)
        .bind(ai)
        .bind(limit.clamp(1, 100_000))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(|r| Ok((CreditorId(r.try_get("creditor_id")?), ClaimId(r.try_get("claim_id")?)))).collect()
    }

    /// Books the fee reversals `find` proposes for one claim, each under the key
    /// `fee-reversal:<fee entry id>` (so it is never booked twice), with a `fee_reversed` event
    /// carrying the reason. Returns how many were booked.
    pub async fn reverse_fees(
        &self,
        creditor: CreditorId,
        claim: ClaimId,
        find: impl FnOnce(&[Entry], Money) -> Vec<FeeReversal>,
    ) -> Result<u64> {
        // Read before the transaction: the ledger's own check inside it refuses a reversal that
        // no longer fits (already reversed, or the fee balance would go below zero).
        let entries = self.entries(creditor, claim).await?;
        let Some(first) = entries.first() else { return Ok(0) };
        let currency = first.amount.currency();
        let fees = domain::Balance::fold(currency, &entries).map_err(domain::LedgerError::from)?.fees;
        let reversals = find(&entries, fees);
        if reversals.is_empty() {
            return Ok(0);
        }
        let mut tx = self.write_tx().await?;
        let mut booked = 0;
        for reversal in reversals {
            let key = format!("fee-reversal:{}", reversal.fee.0);
            let outcome =
                append_in(&mut tx, creditor, claim, std::slice::from_ref(&reversal.entry), Some(&key)).await?;
            let AppendOutcome::Booked(done) = outcome else { continue };
            booked += 1;
            let id = reserve_ids(&mut tx, creditor.0, "case_event", 1).await?;
            let details = serde_json::json!({
                "fee_entry_id": reversal.fee.0,
                "reversal_entry_id": done.first().map(|e| e.id.0),
                "amount_minor": -reversal.entry.amount.minor(),
                "reason": reversal.entry.reason,
            });
            sqlx::query(
                "INSERT INTO case_events (creditor_id, id, claim_id, at, actor, kind, details, idempotency_key, request_hash) \
                 VALUES ($1, $2, $3, $4, 'system:run', 'fee_reversed', $5, $6, NULL)",
            )
            .bind(creditor.0)
            .bind(id)
            .bind(claim.0)
            .bind(now_text())
            .bind(details.to_string())
            .bind(key.as_str())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(booked)
    }
}
