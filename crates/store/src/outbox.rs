//! The outbox worker's storage: lease due messages, record every delivery attempt with the exact
//! bytes sent, and move a message on (sent, retry later, next channel, deferred, failed).
//!
//! Leasing works the same on both backends without row locks: the worker reads candidates, then
//! takes each with a compare-and-set `UPDATE … WHERE lease_until IS NULL OR lease_until <= now`;
//! only the worker whose update changed the row owns it until its lease runs out. A worker that
//! dies holding a lease loses it when the lease expires, and another worker takes the message.
//!
//! Idempotency: a message whose key has a `sent` delivery is never handed to a transport again
//! ([`Store::sent_delivery`] is checked before sending). The transports carry the same key (the
//! e-mail's Message-ID, the SMS request's reference and Idempotency-Key header), so even a crash
//! between a send and its record — the one window a database cannot close — re-sends the same
//! message under the same id, which mail systems and SMS providers de-duplicate.
//!
//! The outbox's queued columns (step, channel, language, payload, key) are never changed here:
//! they are part of `purr ledger digest`. The worker keeps its own state in `attempts`,
//! `next_attempt_at`, `current_channel`, `lease_*`, `last_error` and `status`.

use crate::{Result, Store, StoreError, now_text, reserve_ids};
use domain::{Channel, ClaimId, CreditorId, DebtorId};
use sqlx::Row;
use sqlx::any::AnyRow;

/// Statuses a worker picks up.
const DUE: &str = "('queued', 'retry', 'deferred')";

/// A timestamp as the outbox stores it: RFC 3339 in UTC with whole seconds, fixed width, so text
/// order is time order on both backends.
pub fn stamp(at: jiff::Timestamp) -> String {
    at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// One message of the outbox with the worker's state.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxMessage {
    pub creditor: CreditorId,
    pub id: i64,
    pub claim: Option<ClaimId>,
    pub debtor: DebtorId,
    /// The step kind (`reminder`, …) or the case-flow notice's code.
    pub step: String,
    /// The channel it was queued for.
    pub queued_channel: String,
    /// The channel the next attempt uses (the queued one unless a fallback moved it).
    pub channel: String,
    pub language: String,
    pub payload: serde_json::Value,
    pub key: String,
    pub status: String,
    pub attempts: u32,
    pub next_attempt_at: Option<String>,
    pub last_error: Option<String>,
    pub created_at: String,
    pub updated_at: Option<String>,
}

/// The claims a merged letter's payload names (`claims[].claim`); none for any other message.
pub(crate) fn named_claims(payload: Option<&serde_json::Value>) -> Vec<i64> {
    payload
        .and_then(|p| p.get("claims"))
        .and_then(|c| c.as_array())
        .map(|parts| parts.iter().filter_map(|p| p.get("claim").and_then(|c| c.as_i64())).collect())
        .unwrap_or_default()
}

/// A dunning letter about a claim (see [`Store::claim_letters`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimLetter {
    pub message: OutboxMessage,
    /// Every claim the letter names, with its invoice number: one, or several for a merged letter.
    pub claims: Vec<(ClaimId, String)>,
}

impl ClaimLetter {
    /// Whether the letter names other claims too (a merged letter).
    pub fn merged(&self) -> bool {
        self.claims.len() > 1
    }
}

/// What an attempt's delivery row says happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryStatus {
    /// The transport accepted the message (or the PDF was written to the print/e-box bundle).
    Sent,
    /// A temporary failure: the message is tried again later.
    Retry,
    /// This channel or address refused it: the next channel is tried.
    Rejected,
    /// Given up: no channel left or too many attempts.
    Failed,
    /// Not attempted on this channel (no address): the next channel is tried.
    Skipped,
}

impl DeliveryStatus {
    pub fn code(self) -> &'static str {
        match self {
            DeliveryStatus::Sent => "sent",
            DeliveryStatus::Retry => "retry",
            DeliveryStatus::Rejected => "rejected",
            DeliveryStatus::Failed => "failed",
            DeliveryStatus::Skipped => "skipped",
        }
    }
}

/// One attempt to record.
#[derive(Debug, Clone)]
pub struct NewDelivery<'a> {
    pub channel: Channel,
    pub address: &'a str,
    pub status: DeliveryStatus,
    pub detail: &'a str,
    pub content_type: &'a str,
    /// The exact bytes handed to the transport, when there were any.
    pub content: Option<&'a [u8]>,
}

/// Where the message goes after an attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextStep {
    /// Done: never sent again.
    Sent,
    /// Try the same channel again at this time.
    RetryAt(jiff::Timestamp),
    /// Try this channel next, at once.
    Fallback(Channel),
    /// Given up; shown as `failed` to people.
    Failed,
}

/// A stored delivery attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub creditor: CreditorId,
    pub id: i64,
    pub outbox_id: i64,
    pub key: String,
    pub attempt: u32,
    pub channel: String,
    pub address: String,
    pub status: String,
    pub detail: String,
    pub content_type: String,
    pub content: Option<Vec<u8>>,
    pub sha256: Option<String>,
    pub bytes: i64,
    pub at: String,
}

/// Filter for listing the outbox.
#[derive(Debug, Clone, Default)]
pub struct OutboxFilter {
    pub creditor: Option<CreditorId>,
    pub status: Option<String>,
    pub limit: i64,
}

const MESSAGE_COLUMNS: &str = "creditor_id, id, claim_id, debtor_id, step, channel, current_channel, language, payload, \
    idempotency_key, status, attempts, next_attempt_at, last_error, created_at, updated_at";

fn message_from_row(row: &AnyRow) -> Result<OutboxMessage> {
    let payload: String = row.try_get("payload")?;
    let queued_channel: String = row.try_get("channel")?;
    let current: Option<String> = row.try_get("current_channel")?;
    Ok(OutboxMessage {
        creditor: CreditorId(row.try_get("creditor_id")?),
        id: row.try_get("id")?,
        claim: row.try_get::<Option<i64>, _>("claim_id")?.map(ClaimId),
        debtor: DebtorId(row.try_get("debtor_id")?),
        step: row.try_get("step")?,
        channel: current.unwrap_or_else(|| queued_channel.clone()),
        queued_channel,
        language: row.try_get("language")?,
        payload: serde_json::from_str(&payload)
            .map_err(|e| StoreError::Corrupt(format!("outbox payload is not JSON: {e}")))?,
        key: row.try_get("idempotency_key")?,
        status: row.try_get("status")?,
        attempts: u32::try_from(row.try_get::<i64, _>("attempts")?).unwrap_or(u32::MAX),
        next_attempt_at: row.try_get("next_attempt_at")?,
        last_error: row.try_get("last_error")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
}

fn delivery_from_row(row: &AnyRow) -> Result<Delivery> {
    Ok(Delivery {
        creditor: CreditorId(row.try_get("creditor_id")?),
        id: row.try_get("id")?,
        outbox_id: row.try_get("outbox_id")?,
        key: row.try_get("idempotency_key")?,
        attempt: u32::try_from(row.try_get::<i64, _>("attempt")?).unwrap_or(u32::MAX),
        channel: row.try_get("channel")?,
        address: row.try_get("address")?,
        status: row.try_get("status")?,
        detail: row.try_get("detail")?,
        content_type: row.try_get("content_type")?,
        content: row.try_get("content")?,
        sha256: row.try_get("sha256")?,
        bytes: row.try_get("bytes")?,
        at: row.try_get("at")?,
    })
}

impl Store {
    /// Takes up to `limit` messages that are due at `now` for `owner`, each leased for
    /// `lease_secs`. Two workers never hold the same message.
    pub async fn lease_due_messages(
        &self,
        now: jiff::Timestamp,
        owner: &str,
        lease_secs: i64,
        limit: i64,
    ) -> Result<Vec<OutboxMessage>> {
        let now_s = stamp(now);
        let until = stamp(now + jiff::SignedDuration::from_secs(lease_secs.max(1)));
        let candidates = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT creditor_id, id FROM outbox WHERE status IN {DUE} \
             AND (next_attempt_at IS NULL OR next_attempt_at <= $1) AND (lease_until IS NULL OR lease_until <= $1) \
             ORDER BY creditor_id, id LIMIT $2"
        )))
        .bind(now_s.as_str())
        .bind(limit.clamp(1, 10_000))
        .fetch_all(self.pool())
        .await?;
        let mut leased = Vec::with_capacity(candidates.len());
        for row in &candidates {
            let creditor: i64 = row.try_get(0)?;
            let id: i64 = row.try_get(1)?;
            let taken = sqlx::query(sqlx::AssertSqlSafe(format!(
                "UPDATE outbox SET lease_owner = $1, lease_until = $2 WHERE creditor_id = $3 AND id = $4 \
                 AND status IN {DUE} AND (lease_until IS NULL OR lease_until <= $5)"
            )))
            .bind(owner)
            .bind(until.as_str())
            .bind(creditor)
            .bind(id)
            .bind(now_s.as_str())
            .execute(self.pool())
            .await?
            .rows_affected();
            if taken == 1 {
                let row = sqlx::query(sqlx::AssertSqlSafe(format!(
                    "SELECT {MESSAGE_COLUMNS} FROM outbox WHERE creditor_id = $1 AND id = $2 AND lease_owner = $3"
                )))
                .bind(creditor)
                .bind(id)
                .bind(owner)
                .fetch_optional(self.pool())
                .await?;
                if let Some(row) = row {
                    leased.push(message_from_row(&row)?);
                }
            }
        }
        Ok(leased)
    }

    /// The successful delivery of the message with this key, if there is one.
    pub async fn sent_delivery(&self, creditor: CreditorId, key: &str) -> Result<Option<Delivery>> {
        let row = sqlx::query(
            "SELECT * FROM deliveries WHERE creditor_id = $1 AND idempotency_key = $2 AND status = 'sent' \
             ORDER BY id LIMIT 1",
        )
        .bind(creditor.0)
        .bind(key)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(delivery_from_row).transpose()
    }

    /// Records one attempt (when `delivery` is given) and moves the message to `next`, in one
    /// transaction, releasing `owner`'s lease. Refused when `owner` no longer holds the lease
    /// (another worker took the message after the lease ran out): nothing is written then.
    pub async fn record_attempt(
        &self,
        message: &OutboxMessage,
        owner: &str,
        delivery: Option<&NewDelivery<'_>>,
        next: &NextStep,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let now = now_text();
        let attempts = i64::from(message.attempts) + i64::from(delivery.is_some());
        let last_error = delivery.filter(|d| d.status != DeliveryStatus::Sent).map(|d| d.detail.to_string());
        let (status, next_at, channel) = match next {
            NextStep::Sent => ("sent", None, message.channel.clone()),
            NextStep::RetryAt(at) => ("retry", Some(stamp(*at)), message.channel.clone()),
            NextStep::Fallback(c) => ("retry", None, c.code().to_string()),
            NextStep::Failed => ("failed", None, message.channel.clone()),
        };
        let changed = sqlx::query(
            "UPDATE outbox SET status = $1, attempts = $2, next_attempt_at = $3, current_channel = $4, \
             last_error = COALESCE($5, last_error), lease_owner = NULL, lease_until = NULL, updated_at = $6 \
             WHERE creditor_id = $7 AND id = $8 AND lease_owner = $9",
        )
        .bind(status)
        .bind(attempts)
        .bind(next_at)
        .bind(channel)
        .bind(last_error)
        .bind(now.as_str())
        .bind(message.creditor.0)
        .bind(message.id)
        .bind(owner)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed != 1 {
            return Err(StoreError::Invalid(format!(
                "message {} of creditor {} is no longer leased to {owner}",
                message.id, message.creditor.0
            )));
        }
        if let Some(d) = delivery {
            let id = reserve_ids(&mut tx, message.creditor.0, "delivery", 1).await?;
            let sha = d.content.map(|c| {
                use sha2::Digest;
                hex::encode(sha2::Sha256::digest(c))
            });
            sqlx::query(
                "INSERT INTO deliveries (creditor_id, id, outbox_id, idempotency_key, attempt, channel, address, status, \
                 detail, content_type, content, sha256, bytes, at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
            )
            .bind(message.creditor.0)
            .bind(id)
            .bind(message.id)
            .bind(message.key.as_str())
            .bind(attempts)
            .bind(d.channel.code())
            .bind(d.address)
            .bind(d.status.code())
            .bind(d.detail)
            .bind(d.content_type)
            .bind(d.content.map(<[u8]>::to_vec))
            .bind(sha)
            .bind(d.content.map_or(0, |c| c.len() as i64))
            .bind(now.as_str())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Defers a leased message to `until` (quiet hours) without counting an attempt.
    pub async fn defer_message(
        &self,
        message: &OutboxMessage,
        owner: &str,
        until: jiff::Timestamp,
        why: &str,
    ) -> Result<()> {
        let changed = sqlx::query(
            "UPDATE outbox SET status = 'deferred', next_attempt_at = $1, last_error = $2, lease_owner = NULL, \
             lease_until = NULL, updated_at = $3 WHERE creditor_id = $4 AND id = $5 AND lease_owner = $6",
        )
        .bind(stamp(until))
        .bind(why)
        .bind(now_text())
        .bind(message.creditor.0)
        .bind(message.id)
        .bind(owner)
        .execute(self.pool())
        .await?
        .rows_affected();
        if changed != 1 {
            return Err(StoreError::Invalid(format!("message {} is no longer leased to {owner}", message.id)));
        }
        Ok(())
    }

    /// Gives a lease back untouched (the worker stops early).
    pub async fn release_message(&self, message: &OutboxMessage, owner: &str) -> Result<()> {
        sqlx::query(
            "UPDATE outbox SET lease_owner = NULL, lease_until = NULL WHERE creditor_id = $1 AND id = $2 AND lease_owner = $3",
        )
        .bind(message.creditor.0)
        .bind(message.id)
        .bind(owner)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The outbox for people: newest first.
    pub async fn outbox_messages(&self, filter: &OutboxFilter) -> Result<Vec<OutboxMessage>> {
        let limit = if filter.limit <= 0 { 100 } else { filter.limit.min(10_000) };
        let mut conditions = Vec::new();
        let mut n = 0;
        if filter.creditor.is_some() {
            n += 1;
            conditions.push(format!("creditor_id = ${n}"));
        }
        if filter.status.is_some() {
            n += 1;
            conditions.push(format!("status = ${n}"));
        }
        let clause = if conditions.is_empty() { String::new() } else { format!("WHERE {}", conditions.join(" AND ")) };
        let sql =
            format!("SELECT {MESSAGE_COLUMNS} FROM outbox {clause} ORDER BY creditor_id, id DESC LIMIT ${}", n + 1);
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        if let Some(c) = filter.creditor {
            query = query.bind(c.0);
        }
        if let Some(s) = &filter.status {
            query = query.bind(s.as_str());
        }
        let rows = query.bind(limit).fetch_all(self.pool()).await?;
        rows.iter().map(message_from_row).collect()
    }

    /// One message.
    pub async fn outbox_message(&self, creditor: CreditorId, id: i64) -> Result<Option<OutboxMessage>> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {MESSAGE_COLUMNS} FROM outbox WHERE creditor_id = $1 AND id = $2"
        )))
        .bind(creditor.0)
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(message_from_row).transpose()
    }

    /// Every attempt on one message, oldest first.
    pub async fn deliveries(&self, creditor: CreditorId, outbox_id: i64) -> Result<Vec<Delivery>> {
        let rows = sqlx::query("SELECT * FROM deliveries WHERE creditor_id = $1 AND outbox_id = $2 ORDER BY id")
            .bind(creditor.0)
            .bind(outbox_id)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(delivery_from_row).collect()
    }

    /// The dunning letters about one claim, oldest first: the messages of its steps, whether a
    /// letter of its own or a merged letter naming it with the debtor's other claims. Each comes
    /// with every claim it names (id and invoice number, in claim order).
    pub async fn claim_letters(&self, creditor: CreditorId, claim: ClaimId) -> Result<Vec<ClaimLetter>> {
        let mut conn = self.pool().acquire().await?;
        let Some(debtor) =
            sqlx::query_scalar::<_, i64>("SELECT debtor_id FROM claims WHERE creditor_id = $1 AND id = $2")
                .bind(creditor.0)
                .bind(claim.0)
                .fetch_optional(&mut *conn)
                .await?
        else {
            return Ok(Vec::new());
        };
        let steps = sqlx::query(
            "SELECT run_key, sent_on, kind, channel FROM dunning_steps WHERE creditor_id = $1 AND claim_id = $2 \
             ORDER BY step_no",
        )
        .bind(creditor.0)
        .bind(claim.0)
        .fetch_all(&mut *conn)
        .await?;
        // Found through the claim's steps, so the outbox needs no index by claim: a step's own
        // message has its run key, a merged letter the key of its day, debtor, step and channel
        // (or that key with a suffix), and names the claim in its payload.
        let mut found: Vec<OutboxMessage> = Vec::new();
        for step in &steps {
            let run_key: String = step.try_get("run_key")?;
            let sent_on: String = step.try_get("sent_on")?;
            let kind: String = step.try_get("kind")?;
            let channel: String = step.try_get("channel")?;
            let merged = format!("merge:{sent_on}:{debtor}:{kind}:{channel}");
            let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT {MESSAGE_COLUMNS} FROM outbox WHERE creditor_id = $1 AND (idempotency_key = $2 \
                 OR (idempotency_key >= $3 AND idempotency_key < $4)) ORDER BY id"
            )))
            .bind(creditor.0)
            .bind(run_key.as_str())
            .bind(merged.as_str())
            .bind(format!("{merged};"))
            .fetch_all(&mut *conn)
            .await?;
            for row in &rows {
                let m = message_from_row(row)?;
                let names = m.claim == Some(claim) || named_claims(Some(&m.payload)).contains(&claim.0);
                if names && !found.iter().any(|f| f.id == m.id) {
                    found.push(m);
                }
            }
        }
        found.sort_by_key(|m| m.id);
        let mut out = Vec::with_capacity(found.len());
        for message in found {
            let mut ids = named_claims(Some(&message.payload));
            ids.extend(message.claim.map(|c| c.0));
            ids.sort_unstable();
            ids.dedup();
            let mut claims = Vec::with_capacity(ids.len());
            for id in ids {
                let invoice: Option<String> =
                    sqlx::query_scalar("SELECT invoice_number FROM claims WHERE creditor_id = $1 AND id = $2")
                        .bind(creditor.0)
                        .bind(id)
                        .fetch_optional(&mut *conn)
                        .await?;
                claims.extend(invoice.map(|i| (ClaimId(id), i)));
            }
            out.push(ClaimLetter { message, claims });
        }
        Ok(out)
    }

    /// How many messages are in each status.
    pub async fn outbox_counts(&self) -> Result<Vec<(String, i64)>> {
        let rows = sqlx::query("SELECT status, CAST(COUNT(*) AS BIGINT) FROM outbox GROUP BY status ORDER BY status")
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(|r| -> Result<(String, i64)> { Ok((r.try_get(0)?, r.try_get(1)?)) }).collect()
    }
}
