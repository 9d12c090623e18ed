//! Webhooks: a creditor's subscriptions, the events they receive, and the delivery log.
//!
//! Events are written inside the transaction of their cause (a payment that pays a claim, a
//! dunning step, a plan or dispute booked through `case_action`, a payment left unmatched), so
//! an event exists exactly when its cause was committed. Each event id is derived from the
//! cause (`claim.paid:<claim>:e<first entry>`, `step.taken:<run key>`,
//! `payment.unmatched:<payment key>`, `plan.created:<claim>:<case event>`, …) and unique per
//! creditor: writing the same cause twice writes one event. An event is only written when the
//! creditor has an active subscription for its type, and it fans out at once into one
//! `webhook_deliveries` row per such subscription; what the app's worker sends is read from
//! those rows. A delivery is `pending` until a 2xx answer (`delivered`, never sent again) or its
//! last attempt (`failed`); every attempt is logged in `webhook_attempts`.

use crate::claims::bulk::Conn;
use crate::{Result, Store, StoreError, now_text, reserve_ids};
use domain::CreditorId;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

/// A claim's balance reached zero through payments.
pub const CLAIM_PAID: &str = "claim.paid";
/// The dunning run took a step (reminder, demand, …) on a claim.
pub const STEP_TAKEN: &str = "step.taken";
/// A payment plan was booked.
pub const PLAN_CREATED: &str = "plan.created";
/// The debtor (or staff for them) disputed a claim.
pub const DISPUTE_OPENED: &str = "dispute.opened";
/// A dispute was upheld or rejected.
pub const DISPUTE_RESOLVED: &str = "dispute.resolved";
/// A bank payment could not be matched to a claim and waits for a person.
pub const PAYMENT_UNMATCHED: &str = "payment.unmatched";
/// A test event, queued on request for one subscription.
pub const PING: &str = "ping";

/// The event types a subscription may ask for.
pub const EVENT_TYPES: [&str; 6] =
    [CLAIM_PAID, STEP_TAKEN, PLAN_CREATED, DISPUTE_OPENED, DISPUTE_RESOLVED, PAYMENT_UNMATCHED];

/// One subscription. `secret` signs every body sent to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookSubscription {
    pub creditor_id: CreditorId,
    pub id: i64,
    pub url: String,
    pub secret: String,
    pub event_types: Vec<String>,
    pub description: Option<String>,
    pub active: bool,
    pub created_at: String,
}

/// One stored event.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookEvent {
    pub creditor_id: CreditorId,
    pub seq: i64,
    pub event_id: String,
    pub event_type: String,
    pub data: serde_json::Value,
    pub created_at: String,
}

/// One attempt to deliver an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookAttempt {
    pub attempt_no: i64,
    pub attempted_at: String,
    pub status_code: Option<i64>,
    pub error: Option<String>,
    pub duration_ms: i64,
    /// `delivered`, `retry` or `failed`.
    pub outcome: String,
    pub next_attempt_ms: Option<i64>,
}

/// One event's delivery to one subscription, with its attempts.
#[derive(Debug, Clone, PartialEq)]
pub struct WebhookDelivery {
    pub subscription_id: i64,
    pub event: WebhookEvent,
    /// `pending`, `delivered`, `failed` or `cancelled` (the subscription was deleted).
    pub state: String,
    pub attempts: i64,
    /// Unix milliseconds of the next attempt while pending.
    pub next_attempt_ms: i64,
    pub last_status: Option<i64>,
    pub last_error: Option<String>,
    pub delivered_at: Option<String>,
    pub created_at: String,
    pub log: Vec<WebhookAttempt>,
}

/// A pending delivery that is due, with what sending it needs.
#[derive(Debug, Clone, PartialEq)]
pub struct DueDelivery {
    pub subscription_id: i64,
    pub url: String,
    pub secret: String,
    pub event: WebhookEvent,
    /// Attempts made so far.
    pub attempts: i64,
    /// The row's `next_attempt_ms` as read: taking the row checks it is unchanged.
    pub next_attempt_ms: i64,
}

/// What one attempt decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttemptOutcome {
    Delivered,
    Retry { next_attempt_ms: i64 },
    Failed,
}

/// One attempt as made, to record.
#[derive(Debug, Clone)]
pub struct AttemptRecord<'a> {
    pub status_code: Option<u16>,
    pub error: Option<&'a str>,
    pub duration_ms: i64,
    pub outcome: AttemptOutcome,
}

/// An event to write: its id (derived from the cause), type and data.
#[derive(Debug, Clone)]
pub(crate) struct NewEvent {
    pub event_id: String,
    pub event_type: &'static str,
    pub data: serde_json::Value,
}

fn now_ms() -> i64 {
    jiff::Timestamp::now().as_millisecond()
}

fn types_text(types: &[String]) -> String {
    format!(",{},", types.join(","))
}

fn type_pattern(event_type: &str) -> String {
    format!("%,{event_type},%")
}

fn subscription_from_row(row: &AnyRow) -> Result<WebhookSubscription> {
    let types: String = row.try_get("event_types")?;
    Ok(WebhookSubscription {
        creditor_id: CreditorId(row.try_get("creditor_id")?),
        id: row.try_get("id")?,
        url: row.try_get("url")?,
        secret: row.try_get("secret")?,
        event_types: types.split(',').filter(|t| !t.is_empty()).map(str::to_string).collect(),
        description: row.try_get("description")?,
        active: row.try_get::<i64, _>("active")? == 1,
        created_at: row.try_get("created_at")?,
    })
}

fn event_from_row(row: &AnyRow) -> Result<WebhookEvent> {
    let payload: String = row.try_get("payload")?;
    Ok(WebhookEvent {
        creditor_id: CreditorId(row.try_get("creditor_id")?),
        seq: row.try_get("event_seq")?,
        event_id: row.try_get("event_id")?,
        event_type: row.try_get("event_type")?,
        data: serde_json::from_str(&payload)
            .map_err(|e| StoreError::Corrupt(format!("bad webhook payload {payload:?}: {e}")))?,
        created_at: row.try_get("event_created_at")?,
    })
}

/// Whether the creditor has an active subscription for `event_type`.
pub(crate) async fn subscribed(conn: &mut AnyConnection, creditor: CreditorId, event_type: &str) -> Result<bool> {
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM webhook_subscriptions WHERE creditor_id = $1 AND active = 1 AND event_types LIKE $2 LIMIT 1",
    )
    .bind(creditor.0)
    .bind(type_pattern(event_type))
    .fetch_optional(&mut *conn)
    .await?;
    Ok(found.is_some())
}

/// Rows per multi-row insert (6 parameters each, far below either backend's limit).
const CHUNK: usize = 500;

/// One delivery row per active subscription for each new event of a creditor in a seq range
/// (binds: now in ms, now as text, creditor, first seq, end seq).
const FAN_OUT: &str = "INSERT INTO webhook_deliveries (creditor_id, subscription_id, event_seq, state, attempts, \
     next_attempt_ms, created_at) SELECT e.creditor_id, s.id, e.seq, 'pending', 0, $1, $2 FROM webhook_events e \
     JOIN webhook_subscriptions s ON s.creditor_id = e.creditor_id AND s.active = 1 \
     AND s.event_types LIKE '%,' || e.event_type || ',%' \
     WHERE e.creditor_id = $3 AND e.seq >= $4 AND e.seq < $5";

/// Writes events the caller already knows someone subscribes to, and fans each new one out to
/// the creditor's active subscriptions for its type. An event id written before is skipped.
/// Returns how many events were new.
pub(crate) async fn insert_events(conn: &mut AnyConnection, creditor: CreditorId, events: &[NewEvent]) -> Result<u64> {
    if events.is_empty() {
        return Ok(0);
    }
    let first = reserve_ids(&mut *conn, creditor.0, "webhook_event", events.len() as i64).await?;
    let now = now_text();
    let mut written = 0;
    for (c, chunk) in events.chunks(CHUNK).enumerate() {
        let mut sql = String::from(
            "INSERT INTO webhook_events (creditor_id, seq, event_id, event_type, payload, created_at) VALUES ",
        );
        for k in 0..chunk.len() {
            let p = k * 6;
            if k > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!("(${}, ${}, ${}, ${}, ${}, ${})", p + 1, p + 2, p + 3, p + 4, p + 5, p + 6));
        }
        sql.push_str(" ON CONFLICT (creditor_id, event_id) DO NOTHING");
        // Only placeholders are formatted in; every value is bound.
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (k, e) in chunk.iter().enumerate() {
            q = q
                .bind(creditor.0)
                .bind(first + (c * CHUNK + k) as i64)
                .bind(e.event_id.as_str())
                .bind(e.event_type)
                .bind(e.data.to_string())
                .bind(now.as_str());
        }
        written += q.execute(&mut *conn).await?.rows_affected();
    }
    if written > 0 {
        sqlx::query(FAN_OUT)
            .bind(now_ms())
            .bind(now.as_str())
            .bind(creditor.0)
            .bind(first)
            .bind(first + events.len() as i64)
            .execute(&mut *conn)
            .await?;
    }
    Ok(written)
}

/// Writes one event if the creditor subscribes to its type. Returns whether it was written.
pub(crate) async fn emit_in(conn: &mut AnyConnection, creditor: CreditorId, event: NewEvent) -> Result<bool> {
    if !subscribed(&mut *conn, creditor, event.event_type).await? {
        return Ok(false);
    }
    Ok(insert_events(conn, creditor, std::slice::from_ref(&event)).await? == 1)
}

/// `step.taken` for a batch of dunning steps, keyed by each step's run key: one look-up per
/// creditor in the batch and, when someone listens, one insert per event plus one fan-out.
/// Called by the set-based apply (`dunning_apply`) inside its transaction on the typed
/// connection, so the events commit or roll back with the steps.
pub(crate) async fn steps_taken_in(conn: &mut Conn<'_>, batch: &[crate::StepToApply<'_>]) -> Result<()> {
    // The same SQL runs on either typed connection (`$n` placeholders work on both).
    macro_rules! on {
        ($conn:expr, $q:expr, fetch_optional) => {
            match $conn {
                Conn::Sqlite(c) => $q.fetch_optional(&mut **c).await?,
                Conn::Pg(c) => $q.fetch_optional(&mut **c).await?,
            }
        };
        ($conn:expr, $q:expr, execute) => {
            match $conn {
                Conn::Sqlite(c) => $q.execute(&mut **c).await?.rows_affected(),
                Conn::Pg(c) => $q.execute(&mut **c).await?.rows_affected(),
            }
        };
    }
    let mut creditors: Vec<CreditorId> = batch.iter().map(|s| s.facts.creditor).collect();
    creditors.sort_unstable_by_key(|c| c.0);
    creditors.dedup();
    for creditor in creditors {
        let found: Option<i64> = on!(
            &mut *conn,
            sqlx::query_scalar(
                "SELECT id FROM webhook_subscriptions WHERE creditor_id = $1 AND active = 1 \
                 AND event_types LIKE $2 LIMIT 1",
            )
            .bind(creditor.0)
            .bind(type_pattern(STEP_TAKEN)),
            fetch_optional
        );
        if found.is_none() {
            continue;
        }
        let events: Vec<NewEvent> =
            batch.iter().filter(|s| s.facts.creditor == creditor).map(|s| step_event(s.facts, s.step)).collect();
        let first = crate::claims::bulk::reserve(&mut *conn, creditor, "webhook_event", events.len() as i64).await?;
        let now = now_text();
        let mut written = 0;
        for (k, e) in events.iter().enumerate() {
            written += on!(
                &mut *conn,
                sqlx::query(
                    "INSERT INTO webhook_events (creditor_id, seq, event_id, event_type, payload, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (creditor_id, event_id) DO NOTHING",
                )
                .bind(creditor.0)
                .bind(first + k as i64)
                .bind(e.event_id.as_str())
                .bind(e.event_type)
                .bind(e.data.to_string())
                .bind(now.as_str()),
                execute
            );
        }
        if written > 0 {
            on!(
                &mut *conn,
                sqlx::query(FAN_OUT)
                    .bind(now_ms())
                    .bind(now.as_str())
                    .bind(creditor.0)
                    .bind(first)
                    .bind(first + events.len() as i64),
                execute
            );
        }
    }
    Ok(())
}

fn step_event(facts: &domain::dunning::CaseFacts, step: &domain::dunning::TakeStep) -> NewEvent {
    let key = crate::run_key(step.date, facts.claim, step.step_no);
    let fees: Vec<serde_json::Value> = step
        .fees
        .iter()
        .filter(|f| f.charged)
        .map(|f| serde_json::json!({"fee": f.kind.code(), "amount_minor": f.amount.minor()}))
        .collect();
    NewEvent {
        event_id: format!("{STEP_TAKEN}:{key}"),
        event_type: STEP_TAKEN,
        data: serde_json::json!({
            "claim_id": facts.claim.0,
            "debtor_id": facts.debtor.0,
            "step_no": step.step_no,
            "step": step.kind.code(),
            "date": step.date.to_string(),
            "deadline": step.deadline.map(|d| d.to_string()),
            "channel": step.message.channel.code(),
            "state": step.new_state.code(),
            "currency": facts.outstanding.currency().code(),
            "fees": fees,
            "interest_minor": step.interest.as_ref().map(|i| i.amount.minor()),
        }),
    }
}

/// The webhook event of a booked case action, if its kind has one: a plan, a dispute opened,
/// a dispute upheld or rejected. Called by `cases::book_in` inside its transaction.
pub(crate) async fn case_booked_in(
    conn: &mut AnyConnection,
    creditor: CreditorId,
    event: &crate::CaseEvent,
) -> Result<()> {
    let event_type = match event.kind.as_str() {
        "plan" => PLAN_CREATED,
        "dispute" => DISPUTE_OPENED,
        "dispute_upheld" | "dispute_rejected" => DISPUTE_RESOLVED,
        _ => return Ok(()),
    };
    let mut data = serde_json::json!({
        "claim_id": event.claim_id.0,
        "case_event_id": event.id,
        "actor": event.actor,
        "state": event.details.get("state"),
    });
    match event_type {
        PLAN_CREATED => data["plan"] = event.details.get("hold").cloned().unwrap_or_default(),
        DISPUTE_OPENED => {
            data["reason"] = event.details.pointer("/request/reason").cloned().unwrap_or_default();
        }
        _ => {
            data["resolution"] = serde_json::json!(if event.kind == "dispute_upheld" { "uphold" } else { "reject" });
            data["note"] = event.details.pointer("/request/note").cloned().unwrap_or_default();
        }
    }
    let new = NewEvent { event_id: format!("{event_type}:{}:{}", event.claim_id.0, event.id), event_type, data };
    emit_in(conn, creditor, new).await?;
    Ok(())
}

const DELIVERY_SELECT: &str = "SELECT d.subscription_id, d.state, d.attempts, d.next_attempt_ms, d.last_status, \
    d.last_error, d.delivered_at, d.created_at, e.creditor_id, e.seq AS event_seq, e.event_id, e.event_type, e.payload, \
    e.created_at AS event_created_at FROM webhook_deliveries d \
    JOIN webhook_events e ON e.creditor_id = d.creditor_id AND e.seq = d.event_seq";

impl Store {
    /// Adds a subscription. `event_types` must be known types (see [`EVENT_TYPES`]); the URL
    /// is the caller's to check.
    pub async fn create_webhook(
        &self,
        creditor: CreditorId,
        url: &str,
        secret: &str,
        event_types: &[String],
        description: Option<&str>,
    ) -> Result<WebhookSubscription> {
        if event_types.is_empty() {
            return Err(StoreError::Invalid("a subscription needs at least one event type".into()));
        }
        if let Some(bad) = event_types.iter().find(|t| !EVENT_TYPES.contains(&t.as_str())) {
            return Err(StoreError::Invalid(format!(
                "{bad:?} is not an event type; the types are {}",
                EVENT_TYPES.join(", ")
            )));
        }
        let mut types = event_types.to_vec();
        types.sort();
        types.dedup();
        let mut tx = self.write_tx().await?;
        let id = reserve_ids(&mut tx, creditor.0, "webhook", 1).await?;
        let now = now_text();
        sqlx::query(
            "INSERT INTO webhook_subscriptions (creditor_id, id, url, secret, event_types, description, active, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 1, $7)",
        )
        .bind(creditor.0)
        .bind(id)
        .bind(url)
        .bind(secret)
        .bind(types_text(&types))
        .bind(description)
        .bind(now.as_str())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        self.webhook(creditor, id).await?.ok_or(StoreError::NotFound("webhook"))
    }

    /// The creditor's subscriptions (deleted ones left out), in id order.
    pub async fn webhooks(&self, creditor: CreditorId) -> Result<Vec<WebhookSubscription>> {
        let rows = sqlx::query(
            "SELECT * FROM webhook_subscriptions WHERE creditor_id = $1 AND deleted_at IS NULL ORDER BY id",
        )
        .bind(creditor.0)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(subscription_from_row).collect()
    }

    /// One subscription of the creditor's, unless deleted.
    pub async fn webhook(&self, creditor: CreditorId, id: i64) -> Result<Option<WebhookSubscription>> {
        let row = sqlx::query(
            "SELECT * FROM webhook_subscriptions WHERE creditor_id = $1 AND id = $2 AND deleted_at IS NULL",
        )
        .bind(creditor.0)
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(subscription_from_row).transpose()
    }

    /// Deletes a subscription: it receives nothing more and its pending deliveries are
    /// cancelled; its log stays. Returns false when there was no such subscription.
    pub async fn delete_webhook(&self, creditor: CreditorId, id: i64) -> Result<bool> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE webhook_subscriptions SET active = 0, deleted_at = $1 \
             WHERE creditor_id = $2 AND id = $3 AND deleted_at IS NULL",
        )
        .bind(now_text())
        .bind(creditor.0)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        sqlx::query(
            "UPDATE webhook_deliveries SET state = 'cancelled' \
             WHERE creditor_id = $1 AND subscription_id = $2 AND state = 'pending'",
        )
        .bind(creditor.0)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(done == 1)
    }

    /// Queues a `ping` event for one subscription only. `None` when there is no such subscription.
    pub async fn queue_webhook_ping(&self, creditor: CreditorId, id: i64) -> Result<Option<WebhookEvent>> {
        let mut tx = self.write_tx().await?;
        // Touch the subscription first: it must exist, and a delete waits for (or precedes) us.
        let found: Option<i64> = sqlx::query_scalar(
            "UPDATE webhook_subscriptions SET active = active WHERE creditor_id = $1 AND id = $2 \
             AND deleted_at IS NULL RETURNING id",
        )
        .bind(creditor.0)
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
        if found.is_none() {
            return Ok(None);
        }
        let seq = reserve_ids(&mut tx, creditor.0, "webhook_event", 1).await?;
        let now = now_text();
        let event_id = format!("{PING}:{id}:{seq}");
        let data = serde_json::json!({"subscription_id": id});
        sqlx::query(
            "INSERT INTO webhook_events (creditor_id, seq, event_id, event_type, payload, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(creditor.0)
        .bind(seq)
        .bind(event_id.as_str())
        .bind(PING)
        .bind(data.to_string())
        .bind(now.as_str())
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO webhook_deliveries (creditor_id, subscription_id, event_seq, state, attempts, next_attempt_ms, \
             created_at) VALUES ($1, $2, $3, 'pending', 0, $4, $5)",
        )
        .bind(creditor.0)
        .bind(id)
        .bind(seq)
        .bind(now_ms())
        .bind(now.as_str())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(WebhookEvent { creditor_id: creditor, seq, event_id, event_type: PING.into(), data, created_at: now }))
    }

    /// Writes one event, exactly as the store's own causes do: only when the creditor
    /// subscribes to `event_type`, once per `event_id`. Returns whether it was new. For events
    /// whose cause lives outside the store.
    pub async fn emit_webhook_event(
        &self,
        creditor: CreditorId,
        event_type: &str,
        event_id: &str,
        data: serde_json::Value,
    ) -> Result<bool> {
        let event_type = *EVENT_TYPES
            .iter()
            .find(|t| **t == event_type)
            .ok_or_else(|| StoreError::Invalid(format!("{event_type:?} is not an event type")))?;
        let mut tx = self.write_tx().await?;
        let new = emit_in(&mut tx, creditor, NewEvent { event_id: event_id.to_string(), event_type, data }).await?;
        tx.commit().await?;
        Ok(new)
    }

    /// The creditor's events, oldest first, after sequence number `after`.
    pub async fn webhook_events(
        &self,
        creditor: CreditorId,
        after: Option<i64>,
        limit: i64,
    ) -> Result<Vec<WebhookEvent>> {
        let rows = sqlx::query(
            "SELECT creditor_id, seq AS event_seq, event_id, event_type, payload, created_at AS event_created_at \
             FROM webhook_events WHERE creditor_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
        )
        .bind(creditor.0)
        .bind(after.unwrap_or(0))
        .bind(limit.clamp(1, 10_000))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(event_from_row).collect()
    }

    /// One subscription's deliveries with their attempts, in event order after event sequence
    /// number `after`.
    pub async fn webhook_deliveries(
        &self,
        creditor: CreditorId,
        subscription: i64,
        after: Option<i64>,
        limit: i64,
    ) -> Result<Vec<WebhookDelivery>> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "{DELIVERY_SELECT} WHERE d.creditor_id = $1 AND d.subscription_id = $2 AND d.event_seq > $3 \
             ORDER BY d.event_seq LIMIT $4"
        )))
        .bind(creditor.0)
        .bind(subscription)
        .bind(after.unwrap_or(0))
        .bind(limit.clamp(1, 10_000))
        .fetch_all(self.pool())
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in &rows {
            out.push(WebhookDelivery {
                subscription_id: row.try_get("subscription_id")?,
                event: event_from_row(row)?,
                state: row.try_get("state")?,
                attempts: row.try_get("attempts")?,
                next_attempt_ms: row.try_get("next_attempt_ms")?,
                last_status: row.try_get("last_status")?,
                last_error: row.try_get("last_error")?,
                delivered_at: row.try_get("delivered_at")?,
                created_at: row.try_get("created_at")?,
                log: Vec::new(),
            });
        }
        if let (Some(first), Some(last)) = (out.first(), out.last()) {
            let attempts = sqlx::query(
                "SELECT * FROM webhook_attempts WHERE creditor_id = $1 AND subscription_id = $2 \
                 AND event_seq >= $3 AND event_seq <= $4 ORDER BY event_seq, attempt_no",
            )
            .bind(creditor.0)
            .bind(subscription)
            .bind(first.event.seq)
            .bind(last.event.seq)
            .fetch_all(self.pool())
            .await?;
            for row in &attempts {
                let seq: i64 = row.try_get("event_seq")?;
                let Some(d) = out.iter_mut().find(|d| d.event.seq == seq) else { continue };
                d.log.push(WebhookAttempt {
                    attempt_no: row.try_get("attempt_no")?,
                    attempted_at: row.try_get("attempted_at")?,
                    status_code: row.try_get("status_code")?,
                    error: row.try_get("error")?,
                    duration_ms: row.try_get("duration_ms")?,
                    outcome: row.try_get("outcome")?,
                    next_attempt_ms: row.try_get("next_attempt_ms")?,
                });
            }
        }
        Ok(out)
    }

    /// Pending deliveries due at `now_ms` (Unix milliseconds), across creditors, the longest
    /// waiting first.
    pub async fn due_webhook_deliveries(&self, now_ms: i64, limit: i64) -> Result<Vec<DueDelivery>> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT s.url, s.secret, x.* FROM ({DELIVERY_SELECT} WHERE d.state = 'pending' AND d.next_attempt_ms <= $1) x \
             JOIN webhook_subscriptions s ON s.creditor_id = x.creditor_id AND s.id = x.subscription_id \
             ORDER BY x.next_attempt_ms, x.creditor_id, x.event_seq LIMIT $2"
        )))
        .bind(now_ms)
        .bind(limit.clamp(1, 10_000))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(DueDelivery {
                    subscription_id: row.try_get("subscription_id")?,
                    url: row.try_get("url")?,
                    secret: row.try_get("secret")?,
                    event: event_from_row(row)?,
                    attempts: row.try_get("attempts")?,
                    next_attempt_ms: row.try_get("next_attempt_ms")?,
                })
            })
            .collect()
    }

    /// Takes a due delivery for one worker by moving its next attempt to `lease_until_ms`.
    /// False when another worker took it first (or it is no longer pending).
    pub async fn take_webhook_delivery(&self, due: &DueDelivery, lease_until_ms: i64) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE webhook_deliveries SET next_attempt_ms = $1 WHERE creditor_id = $2 AND subscription_id = $3 \
             AND event_seq = $4 AND state = 'pending' AND next_attempt_ms = $5",
        )
        .bind(lease_until_ms)
        .bind(due.event.creditor_id.0)
        .bind(due.subscription_id)
        .bind(due.event.seq)
        .bind(due.next_attempt_ms)
        .execute(self.pool())
        .await?
        .rows_affected();
        Ok(done == 1)
    }

    /// Records one attempt and moves the delivery on (delivered, retry later, or failed), in
    /// one transaction. An attempt on a delivery that is no longer pending records nothing and
    /// answers false.
    pub async fn record_webhook_attempt(&self, due: &DueDelivery, attempt: &AttemptRecord<'_>) -> Result<bool> {
        let creditor = due.event.creditor_id.0;
        let attempt_no = due.attempts + 1;
        let now = now_text();
        let (state, next, outcome) = match attempt.outcome {
            AttemptOutcome::Delivered => ("delivered", None, "delivered"),
            AttemptOutcome::Retry { next_attempt_ms } => ("pending", Some(next_attempt_ms), "retry"),
            AttemptOutcome::Failed => ("failed", None, "failed"),
        };
        let error = attempt.error.map(|e| e.chars().take(500).collect::<String>());
        let mut tx = self.write_tx().await?;
        let moved = sqlx::query(
            "UPDATE webhook_deliveries SET state = $1, attempts = $2, next_attempt_ms = $3, last_status = $4, \
             last_error = $5, delivered_at = $6 WHERE creditor_id = $7 AND subscription_id = $8 AND event_seq = $9 \
             AND state = 'pending' AND attempts = $10",
        )
        .bind(state)
        .bind(attempt_no)
        .bind(next.unwrap_or(due.next_attempt_ms))
        .bind(attempt.status_code.map(i64::from))
        .bind(error.as_deref())
        .bind((state == "delivered").then_some(now.as_str()))
        .bind(creditor)
        .bind(due.subscription_id)
        .bind(due.event.seq)
        .bind(due.attempts)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if moved == 0 {
            tx.rollback().await?;
            return Ok(false);
        }
        sqlx::query(
            "INSERT INTO webhook_attempts (creditor_id, subscription_id, event_seq, attempt_no, attempted_at, \
             status_code, error, duration_ms, outcome, next_attempt_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(creditor)
        .bind(due.subscription_id)
        .bind(due.event.seq)
        .bind(attempt_no)
        .bind(now.as_str())
        .bind(attempt.status_code.map(i64::from))
        .bind(error.as_deref())
        .bind(attempt.duration_ms)
        .bind(outcome)
        .bind(next)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(true)
    }
}

/// `claim.paid` for a claim an append just brought to paid, keyed by the claim and the first
/// entry of that append. Called by `ledger::append_in` inside its transaction.
pub(crate) async fn claim_paid_in(
    conn: &mut AnyConnection,
    creditor: CreditorId,
    claim: domain::ClaimId,
    booked: &[domain::Entry],
    cause: Option<&str>,
) -> Result<()> {
    let Some(first) = booked.first() else { return Ok(()) };
    if !subscribed(&mut *conn, creditor, CLAIM_PAID).await? {
        return Ok(());
    }
    let invoice: Option<String> =
        sqlx::query_scalar("SELECT invoice_number FROM claims WHERE creditor_id = $1 AND id = $2")
            .bind(creditor.0)
            .bind(claim.0)
            .fetch_optional(&mut *conn)
            .await?;
    let paid: i64 =
        booked.iter().filter(|e| matches!(e.kind, domain::EntryKind::Payment)).map(|e| -e.amount.minor()).sum();
    let data = serde_json::json!({
        "claim_id": claim.0,
        "invoice_number": invoice,
        "currency": first.amount.currency().code(),
        "paid_minor": paid,
        "paid_on": booked.iter().map(|e| e.effective_date).max().map(|d| d.to_string()),
        "entry_ids": booked.iter().map(|e| e.id.0).collect::<Vec<_>>(),
        "cause": cause,
    });
    let new = NewEvent { event_id: format!("{CLAIM_PAID}:{}:e{}", claim.0, first.id.0), event_type: CLAIM_PAID, data };
    insert_events(conn, creditor, std::slice::from_ref(&new)).await?;
    Ok(())
}

/// `payment.unmatched` for a payment line the import queued for a person, keyed by the
/// payment's own idempotency key.
pub(crate) fn payment_unmatched(
    id: i64,
    key: &str,
    line: &crate::PaymentLine,
    reason: &str,
    suggestions: &[crate::StoredSuggestion],
) -> NewEvent {
    NewEvent {
        event_id: format!("{PAYMENT_UNMATCHED}:{key}"),
        event_type: PAYMENT_UNMATCHED,
        data: serde_json::json!({
            "payment_id": id,
            "amount_minor": line.amount.minor(),
            "currency": line.amount.currency().code(),
            "booking_date": line.booking_date.map(|d| d.to_string()),
            "reference": line.reference,
            "payer_name": line.payer_name,
            "bank_ref": line.bank_ref,
            "reason": reason,
            "suggested_claim_ids": suggestions.iter().map(|s| s.claim.0).collect::<Vec<_>>(),
        }),
    }
}
