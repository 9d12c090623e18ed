//! Booking a batch of decided dunning steps, set-based, on the typed connection.
//!
//! One transaction per batch and a fixed number of statements per batch, whatever its size:
//! the `dunning_steps` rows go in as multi-row `INSERT … ON CONFLICT DO NOTHING RETURNING`
//! (SQLite: anonymous placeholders; PostgreSQL: `UNNEST` over typed arrays), and only the steps
//! that statement reports as new get ledger entries, a claim state and an outbox row. Ledger
//! entries and outbox rows are multi-row inserts too, claim states one `UPDATE` per (creditor,
//! new state). Ids are reserved once per creditor and kind and handed out in batch order, so the
//! rows (and `purr ledger digest`) are exactly those the former one-step-at-a-time code wrote.
//!
//! Idempotency is that of `Store::apply_dunning`: a step already booked is skipped whole (the
//! primary key of `dunning_steps` decides); its entries and message share the key
//! `run:<date>:<claim>:<step>`.

use crate::claims::bulk::{Conn, placeholders, reserve};
use crate::dunning::{AppliedBatch, StepToApply, payload, run_key};
use crate::merged_letters::Staged;
use crate::{BulkPool, Result, StoreError, now_text};
use domain::{Component, CreditorId, Currency, EntryKind, NewEntry};
use sqlx::{AssertSqlSafe, Row};
use std::collections::{BTreeMap, HashSet};

/// SQLite rows per multi-row statement (12 values a row: well under its parameter limit).
pub(crate) const SQLITE_ROWS: usize = 400;
/// SQLite keys per `IN (…)` list.
pub(crate) const SQLITE_KEYS: usize = 800;

/// The part of booking a batch that needs no database, index-aligned with the batch: each
/// step's ledger entries (checked against the domain's rules), run key and message payload.
/// The daily run prepares a batch while the one before it is being written.
#[derive(Debug)]
pub struct PreparedBatch {
    entries: Vec<Vec<NewEntry>>,
    keys: Vec<String>,
    payloads: Vec<String>,
}

/// Prepares `batch` for `Store::apply_prepared`; refuses a step whose entries break the rules
/// before anything is written.
pub fn prepare(batch: &[StepToApply<'_>]) -> Result<PreparedBatch> {
    let entries: Vec<Vec<NewEntry>> = batch.iter().map(|s| s.step.entries()).collect();
    for (s, new) in batch.iter().zip(&entries) {
        for entry in new {
            check_charge(s.facts.principal.currency(), entry)
                .map_err(|e| StoreError::Invalid(format!("claim {}: {e}", s.facts.claim.0)))?;
        }
    }
    Ok(PreparedBatch {
        entries,
        keys: batch.iter().map(|s| run_key(s.step.date, s.facts.claim, s.step.step_no)).collect(),
        payloads: batch.iter().map(|s| payload(s.step)).collect(),
    })
}

pub(crate) async fn apply(pool: &BulkPool, batch: &[StepToApply<'_>], prepared: PreparedBatch) -> Result<AppliedBatch> {
    if prepared.keys.len() != batch.len() {
        return Err(StoreError::Invalid(format!(
            "a batch of {} steps was prepared for {} steps",
            batch.len(),
            prepared.keys.len()
        )));
    }
    match pool {
        BulkPool::Sqlite(pool) => {
            // IMMEDIATE takes the write lock first, as every other writer of these tables does.
            let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
            let mut conn = Conn::Sqlite(&mut tx);
            let report = apply_in(&mut conn, batch, prepared).await?;
            crate::webhooks::steps_taken_in(&mut conn, batch).await?; // WEBHOOKS: step.taken, same transaction
            tx.commit().await?;
            Ok(report)
        }
        BulkPool::Postgres(pool) => {
            let mut tx = pool.begin().await?;
            let mut conn = Conn::Pg(&mut tx);
            let report = apply_in(&mut conn, batch, prepared).await?;
            crate::webhooks::steps_taken_in(&mut conn, batch).await?; // WEBHOOKS: step.taken, same transaction
            tx.commit().await?;
            Ok(report)
        }
    }
}

/// What `domain::Ledger::check` asks of an interest or fee charge on an open claim: the claim's
/// currency, the right component, a positive amount. A step books nothing else.
fn check_charge(currency: Currency, entry: &NewEntry) -> std::result::Result<(), String> {
    let component = match entry.kind {
        EntryKind::Interest => Component::Interest,
        EntryKind::Fee { .. } => Component::Fees,
        _ => return Err(format!("a dunning step cannot book a {} entry", entry.kind.code())),
    };
    if entry.component != component {
        return Err(format!("a {} entry must book {}", entry.kind.code(), component.code()));
    }
    if entry.amount.currency() != currency {
        return Err(format!("a {} entry in {} on a claim in {}", entry.kind.code(), entry.amount.currency(), currency));
    }
    if !entry.amount.is_positive() {
        return Err(format!("a {} entry must be positive, not {}", entry.kind.code(), entry.amount));
    }
    Ok(())
}

async fn apply_in(conn: &mut Conn<'_>, batch: &[StepToApply<'_>], prepared: PreparedBatch) -> Result<AppliedBatch> {
    let mut report = AppliedBatch::default();
    let now = now_text();
    let PreparedBatch { entries, keys, mut payloads } = prepared;

    // 1. The step rows; the statement reports which are new.
    let inserted = insert_steps(conn, batch, &keys).await?;
    let mut fresh: Vec<usize> = Vec::with_capacity(batch.len());
    let mut taken: HashSet<(i64, i64, i64)> = HashSet::with_capacity(inserted.len());
    for (i, s) in batch.iter().enumerate() {
        let id = (s.facts.creditor.0, s.facts.claim.0, i64::from(s.step.step_no));
        // A step listed twice in one batch is new once.
        if inserted.contains(&id) && taken.insert(id) {
            fresh.push(i);
        } else {
            report.steps_existing += 1;
        }
    }
    report.steps_booked = fresh.len() as u64;
    if fresh.is_empty() {
        return Ok(report);
    }

    // 2. A run key with ledger entries but no step row was used by someone else: refuse.
    let mut by_creditor: BTreeMap<i64, Vec<usize>> = BTreeMap::new();
    for &i in &fresh {
        by_creditor.entry(batch[i].facts.creditor.0).or_default().push(i);
    }
    for (&creditor, list) in &by_creditor {
        let wanted: Vec<&str> = list.iter().filter(|&&i| !entries[i].is_empty()).map(|&i| keys[i].as_str()).collect();
        if let Some(key) = used_keys(conn, creditor, &wanted).await?.into_iter().next() {
            return Err(StoreError::Invalid(format!(
                "the key {key} was used before for other ledger entries (creditor {creditor})"
            )));
        }
    }

    // 3. Ids per creditor, in batch order: entries first, then messages (as booked one by one).
    // A step whose message goes into a merged letter gets no message id here: it is staged, and
    // the letter gets its id when it is queued after the run's last batch.
    let mut entry_rows: Vec<EntryRow<'_>> = Vec::new();
    let mut message_rows: Vec<MessageRow<'_>> = Vec::with_capacity(fresh.len());
    let mut staged: Vec<Staged<'_>> = Vec::new();
    let mut states: BTreeMap<(i64, &'static str), Vec<i64>> = BTreeMap::new();
    for (&creditor, list) in &by_creditor {
        let n_entries: usize = list.iter().map(|&i| entries[i].len()).sum();
        let mut next_entry =
            if n_entries > 0 { reserve(conn, CreditorId(creditor), "entry", n_entries as i64).await? } else { 0 };
        let n_messages = list.iter().filter(|&&i| !batch[i].merge).count();
        let mut next_message =
            if n_messages > 0 { reserve(conn, CreditorId(creditor), "message", n_messages as i64).await? } else { 0 };
        for &i in list {
            let StepToApply { facts, step, merge } = batch[i];
            for entry in &entries[i] {
                entry_rows.push(EntryRow { creditor, id: next_entry, claim: facts.claim.0, entry, key: i });
                next_entry += 1;
            }
            states.entry((creditor, step.new_state.code())).or_default().push(facts.claim.0);
            if merge {
                staged.push(Staged { facts, step, payload: std::mem::take(&mut payloads[i]) });
                continue;
            }
            message_rows.push(MessageRow {
                creditor,
                id: next_message,
                claim: Some(facts.claim.0),
                debtor: facts.debtor.0,
                step: step.kind.code(),
                channel: step.message.channel.code(),
                language: step.message.language.as_str().to_string(),
                payload: std::mem::take(&mut payloads[i]),
                key: keys[i].as_str(),
            });
            next_message += 1;
        }
    }

    // 4. Ledger entries, claim states, outbox rows, and the steps staged for merged letters.
    insert_entries(conn, &entry_rows, &keys, &now).await?;
    report.entries_created = entry_rows.len() as u64;
    for ((creditor, state), claims) in &states {
        set_states(conn, *creditor, state, claims).await?;
    }
    report.messages_queued = insert_messages(conn, &message_rows, &now).await?;
    report.steps_staged = staged.len() as u64;
    report.messages_queued += crate::merged_letters::stage(conn, &staged, &now).await?;
    Ok(report)
}

struct EntryRow<'a> {
    creditor: i64,
    id: i64,
    claim: i64,
    entry: &'a NewEntry,
    /// Index of the step (and its run key) in the batch.
    key: usize,
}

/// One outbox row to write.
pub(crate) struct MessageRow<'a> {
    pub(crate) creditor: i64,
    pub(crate) id: i64,
    /// `None` for a merged letter of several claims (its payload names them).
    pub(crate) claim: Option<i64>,
    pub(crate) debtor: i64,
    pub(crate) step: &'a str,
    pub(crate) channel: &'a str,
    pub(crate) language: String,
    pub(crate) payload: String,
    pub(crate) key: &'a str,
}

const STEP_COLUMNS: &str = "(creditor_id, claim_id, step_no, kind, sent_on, deadline, fee_kinds, channel, run_key)";

/// Inserts the step rows and returns the (creditor, claim, step number) of those that were new.
async fn insert_steps(
    conn: &mut Conn<'_>,
    batch: &[StepToApply<'_>],
    keys: &[String],
) -> Result<HashSet<(i64, i64, i64)>> {
    let fee_kinds: Vec<String> =
        batch.iter().map(|s| s.step.fee_kinds.iter().map(|k| k.code()).collect::<Vec<_>>().join(",")).collect();
    let mut out = HashSet::with_capacity(batch.len());
    match conn {
        Conn::Sqlite(c) => {
            for (part_no, part) in batch.chunks(SQLITE_ROWS).enumerate() {
                let base = part_no * SQLITE_ROWS;
                let sql = format!(
                    "INSERT INTO dunning_steps {STEP_COLUMNS} VALUES {} \
                     ON CONFLICT (creditor_id, claim_id, step_no) DO NOTHING RETURNING creditor_id, claim_id, step_no",
                    vec!["(?, ?, ?, ?, ?, ?, ?, ?, ?)"; part.len()].join(", ")
                );
                let mut query = sqlx::query(AssertSqlSafe(sql));
                for (k, s) in part.iter().enumerate() {
                    query = query
                        .bind(s.facts.creditor.0)
                        .bind(s.facts.claim.0)
                        .bind(i64::from(s.step.step_no))
                        .bind(s.step.kind.code())
                        .bind(s.step.date.to_string())
                        .bind(s.step.deadline.map(|d| d.to_string()))
                        .bind(fee_kinds[base + k].as_str())
                        .bind(s.step.message.channel.code())
                        .bind(keys[base + k].as_str());
                }
                for row in query.fetch_all(&mut **c).await? {
                    out.insert((row.try_get(0)?, row.try_get(1)?, row.try_get(2)?));
                }
            }
        }
        Conn::Pg(c) => {
            let rows = sqlx::query(
                "INSERT INTO dunning_steps (creditor_id, claim_id, step_no, kind, sent_on, deadline, fee_kinds, channel, run_key) \
                 SELECT * FROM UNNEST($1::int8[], $2::int8[], $3::int8[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[]) \
                 ON CONFLICT (creditor_id, claim_id, step_no) DO NOTHING RETURNING creditor_id, claim_id, step_no",
            )
            .bind(batch.iter().map(|s| s.facts.creditor.0).collect::<Vec<i64>>())
            .bind(batch.iter().map(|s| s.facts.claim.0).collect::<Vec<i64>>())
            .bind(batch.iter().map(|s| i64::from(s.step.step_no)).collect::<Vec<i64>>())
            .bind(batch.iter().map(|s| s.step.kind.code()).collect::<Vec<&str>>())
            .bind(batch.iter().map(|s| s.step.date.to_string()).collect::<Vec<String>>())
            .bind(batch.iter().map(|s| s.step.deadline.map(|d| d.to_string())).collect::<Vec<Option<String>>>())
            .bind(&fee_kinds)
            .bind(batch.iter().map(|s| s.step.message.channel.code()).collect::<Vec<&str>>())
            .bind(keys)
            .fetch_all(&mut **c)
            .await?;
            for row in rows {
                out.insert((row.try_get(0)?, row.try_get(1)?, row.try_get(2)?));
            }
        }
    }
    Ok(out)
}

/// Which of `keys` already have ledger entries at this creditor.
async fn used_keys(conn: &mut Conn<'_>, creditor: i64, keys: &[&str]) -> Result<Vec<String>> {
    let mut out = Vec::new();
    if keys.is_empty() {
        return Ok(out);
    }
    match conn {
        Conn::Sqlite(c) => {
            for part in keys.chunks(SQLITE_KEYS) {
                let sql = format!(
                    "SELECT DISTINCT idempotency_key FROM ledger_entries WHERE creditor_id = ? AND idempotency_key IS NOT NULL \
                     AND idempotency_key IN ({})",
                    placeholders(part.len())
                );
                let mut query = sqlx::query(AssertSqlSafe(sql)).bind(creditor);
                for key in part {
                    query = query.bind(*key);
                }
                for row in query.fetch_all(&mut **c).await? {
                    out.push(row.try_get(0)?);
                }
            }
        }
        Conn::Pg(c) => {
            let rows = sqlx::query(
                // One probe of the partial key index per key (`LIMIT 1` under a lateral join): the
                // planner cannot estimate `= ANY($2)` over an array parameter and scanned the
                // creditor's whole ledger instead. `IS NOT NULL` is spelled out so a generic plan
                // can use the partial index.
                "SELECT k.key FROM UNNEST($2::text[]) AS k (key) CROSS JOIN LATERAL \
                 (SELECT 1 FROM ledger_entries WHERE creditor_id = $1 AND idempotency_key IS NOT NULL \
                 AND idempotency_key = k.key LIMIT 1) AS e",
            )
            .bind(creditor)
            .bind(keys)
            .fetch_all(&mut **c)
            .await?;
            for row in rows {
                out.push(row.try_get(0)?);
            }
        }
    }
    Ok(out)
}

const ENTRY_COLUMNS: &str = "(creditor_id, id, claim_id, kind, component, amount_minor, currency, effective_date, \
     reverses_id, reason, idempotency_key, recorded_at)";

async fn insert_entries(conn: &mut Conn<'_>, rows: &[EntryRow<'_>], keys: &[String], now: &str) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let kinds: Vec<String> = rows.iter().map(|r| r.entry.kind.code()).collect();
    match conn {
        Conn::Sqlite(c) => {
            for (part_no, part) in rows.chunks(SQLITE_ROWS).enumerate() {
                let base = part_no * SQLITE_ROWS;
                // The time is ours and the same for every row: written into the statement.
                let row = format!("(?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, '{now}')");
                let sql =
                    format!("INSERT INTO ledger_entries {ENTRY_COLUMNS} VALUES {}", vec![row; part.len()].join(", "));
                let mut query = sqlx::query(AssertSqlSafe(sql));
                for (k, r) in part.iter().enumerate() {
                    query = query
                        .bind(r.creditor)
                        .bind(r.id)
                        .bind(r.claim)
                        .bind(kinds[base + k].as_str())
                        .bind(r.entry.component.code())
                        .bind(r.entry.amount.minor())
                        .bind(r.entry.amount.currency().code())
                        .bind(r.entry.effective_date.to_string())
                        .bind(r.entry.reason.as_str())
                        .bind(keys[r.key].as_str());
                }
                query.execute(&mut **c).await?;
            }
        }
        Conn::Pg(c) => {
            sqlx::query(AssertSqlSafe(format!(
                "INSERT INTO ledger_entries {ENTRY_COLUMNS} \
                 SELECT creditor_id, id, claim_id, kind, component, amount_minor, currency, effective_date, NULL, reason, \
                 idempotency_key, $11 FROM UNNEST($1::int8[], $2::int8[], $3::int8[], $4::text[], $5::text[], $6::int8[], \
                 $7::text[], $8::text[], $9::text[], $10::text[]) \
                 AS t (creditor_id, id, claim_id, kind, component, amount_minor, currency, effective_date, reason, idempotency_key)"
            )))
            .bind(rows.iter().map(|r| r.creditor).collect::<Vec<i64>>())
            .bind(rows.iter().map(|r| r.id).collect::<Vec<i64>>())
            .bind(rows.iter().map(|r| r.claim).collect::<Vec<i64>>())
            .bind(&kinds)
            .bind(rows.iter().map(|r| r.entry.component.code()).collect::<Vec<&str>>())
            .bind(rows.iter().map(|r| r.entry.amount.minor()).collect::<Vec<i64>>())
            .bind(rows.iter().map(|r| r.entry.amount.currency().code()).collect::<Vec<&str>>())
            .bind(rows.iter().map(|r| r.entry.effective_date.to_string()).collect::<Vec<String>>())
            .bind(rows.iter().map(|r| r.entry.reason.as_str()).collect::<Vec<&str>>())
            .bind(rows.iter().map(|r| keys[r.key].as_str()).collect::<Vec<&str>>())
            .bind(now)
            .execute(&mut **c)
            .await?;
        }
    }
    Ok(())
}

async fn set_states(conn: &mut Conn<'_>, creditor: i64, state: &str, claims: &[i64]) -> Result<()> {
    match conn {
        Conn::Sqlite(c) => {
            for part in claims.chunks(SQLITE_KEYS) {
                let sql = format!(
                    "UPDATE claims SET state = ? WHERE creditor_id = ? AND id IN ({})",
                    placeholders(part.len())
                );
                let mut query = sqlx::query(AssertSqlSafe(sql)).bind(state).bind(creditor);
                for id in part {
                    query = query.bind(*id);
                }
                query.execute(&mut **c).await?;
            }
        }
        Conn::Pg(c) => {
            sqlx::query("UPDATE claims SET state = $1 WHERE creditor_id = $2 AND id = ANY($3)")
                .bind(state)
                .bind(creditor)
                .bind(claims)
                .execute(&mut **c)
                .await?;
        }
    }
    Ok(())
}

const OUTBOX_COLUMNS: &str = "(creditor_id, id, claim_id, debtor_id, step, channel, language, payload, \
     idempotency_key, status, created_at)";

/// Queues the messages; returns how many rows were written (a key seen before writes nothing).
pub(crate) async fn insert_messages(conn: &mut Conn<'_>, rows: &[MessageRow<'_>], now: &str) -> Result<u64> {
    let mut queued = 0;
    match conn {
        Conn::Sqlite(c) => {
            for part in rows.chunks(SQLITE_ROWS) {
                let row = format!("(?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', '{now}')");
                let sql = format!(
                    "INSERT INTO outbox {OUTBOX_COLUMNS} VALUES {} ON CONFLICT (creditor_id, idempotency_key) DO NOTHING",
                    vec![row; part.len()].join(", ")
                );
                let mut query = sqlx::query(AssertSqlSafe(sql));
                for r in part {
                    query = query
                        .bind(r.creditor)
                        .bind(r.id)
                        .bind(r.claim)
                        .bind(r.debtor)
                        .bind(r.step)
                        .bind(r.channel)
                        .bind(r.language.as_str())
                        .bind(r.payload.as_str())
                        .bind(r.key);
                }
                queued += query.execute(&mut **c).await?.rows_affected();
            }
        }
        Conn::Pg(c) => {
            queued = sqlx::query(AssertSqlSafe(format!(
                "INSERT INTO outbox {OUTBOX_COLUMNS} \
                 SELECT creditor_id, id, claim_id, debtor_id, step, channel, language, payload, idempotency_key, 'queued', $10 \
                 FROM UNNEST($1::int8[], $2::int8[], $3::int8[], $4::int8[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[]) \
                 AS t (creditor_id, id, claim_id, debtor_id, step, channel, language, payload, idempotency_key) \
                 ON CONFLICT (creditor_id, idempotency_key) DO NOTHING"
            )))
            .bind(rows.iter().map(|r| r.creditor).collect::<Vec<i64>>())
            .bind(rows.iter().map(|r| r.id).collect::<Vec<i64>>())
            .bind(rows.iter().map(|r| r.claim).collect::<Vec<Option<i64>>>())
            .bind(rows.iter().map(|r| r.debtor).collect::<Vec<i64>>())
            .bind(rows.iter().map(|r| r.step).collect::<Vec<&str>>())
            .bind(rows.iter().map(|r| r.channel).collect::<Vec<&str>>())
            .bind(rows.iter().map(|r| r.language.as_str()).collect::<Vec<&str>>())
            .bind(rows.iter().map(|r| r.payload.as_str()).collect::<Vec<&str>>())
            .bind(rows.iter().map(|r| r.key).collect::<Vec<&str>>())
            .bind(now)
            .execute(&mut **c)
            .await?
            .rows_affected();
        }
    }
    Ok(queued)
}
