//! Merged letters (case merging): the steps a merging creditor takes on one day for one debtor,
//! step kind and channel go out as one outbox message naming every claim.
//!
//! Two halves, because a run books its claims in batches by (creditor, claim) and one debtor's
//! claims may fall in different batches:
//!
//! - [`stage`], inside a batch's transaction: each booked step gets an `outbox_claims` row (its
//!   message's key, deadline and the payload a one-claim message would carry), and its message
//!   key a `merged_letters_pending` row (the first step staged writes it).
//! - [`queue`], after the run's last batch: every pending message is written whole, its pending
//!   row deleted, a page of messages per transaction. A run killed anywhere leaves either staged
//!   steps with their pending rows, or queued messages; the next run (of any date) queues what is
//!   pending, in (creditor, first claim) order, so ids and rows equal those of an uninterrupted run.
//!
//! The key is `merge:<date>:<debtor>:<step>:<channel>` ([`crate::merge_key`]). A message is
//! written once and never grows: a later run of the same day that stages more steps for a key
//! whose message was queued already gives them a message of their own (`…:2`, `…:3`).
//!
//! A message of one claim is that claim's ordinary message (its `claim_id` and its step's
//! payload); a message of several has no `claim_id` and the payload `{"claims": [ids], "date",
//! "deadline", "template"}`, the deadline being the earliest of its claims' (each claim keeps its
//! own in `dunning_steps`). Either way `outbox_claims` lists its claims.

use crate::claims::bulk::{Conn, placeholders, reserve};
use crate::dunning_apply::{MessageRow, SQLITE_KEYS, SQLITE_ROWS, insert_messages};
use crate::{BulkPool, Result, now_text};
use domain::CreditorId;
use domain::dunning::{CaseFacts, TakeStep};
use sqlx::{AssertSqlSafe, Row};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Pending messages queued per transaction.
const PAGE: i64 = 5_000;

/// A booked step whose message goes into a merged letter.
pub(crate) struct Staged<'a> {
    pub(crate) facts: &'a CaseFacts,
    pub(crate) step: &'a TakeStep,
    /// What the step's own message would carry (`dunning::payload`).
    pub(crate) payload: String,
}

/// Stages a batch's merged steps (in batch order) inside its transaction.
pub(crate) async fn stage(conn: &mut Conn<'_>, staged: &[Staged<'_>]) -> Result<()> {
    if staged.is_empty() {
        return Ok(());
    }
    let base: Vec<String> = staged
        .iter()
        .map(|s| crate::merge_key(s.step.date, s.facts.debtor, s.step.kind, s.step.message.channel))
        .collect();
    // Keys whose message was queued by an earlier run move on to the next free suffix.
    let mut by_creditor: BTreeMap<i64, Vec<usize>> = BTreeMap::new();
    for (i, s) in staged.iter().enumerate() {
        by_creditor.entry(s.facts.creditor.0).or_default().push(i);
    }
    let mut key_of: HashMap<(i64, &str), String> = HashMap::new();
    for (&creditor, list) in &by_creditor {
        let mut wanted: Vec<&str> = list.iter().map(|&i| base[i].as_str()).collect();
        wanted.sort_unstable();
        wanted.dedup();
        for key in &wanted {
            key_of.insert((creditor, key), (*key).to_string());
        }
        if !any_queued_between(conn, creditor, wanted[0], wanted[wanted.len() - 1]).await? {
            continue;
        }
        let mut open: Vec<&str> = wanted;
        for n in 2.. {
            let candidates: Vec<String> = open.iter().map(|k| key_of[&(creditor, *k)].clone()).collect();
            let taken = queued_keys(conn, creditor, &candidates).await?;
            if taken.is_empty() {
                break;
            }
            open.retain(|k| taken.contains(&key_of[&(creditor, *k)]));
            for k in &open {
                key_of.insert((creditor, *k), format!("{k}:{n}"));
            }
        }
    }
    let rows: Vec<(&Staged<'_>, &str)> =
        staged.iter().zip(&base).map(|(s, b)| (s, key_of[&(s.facts.creditor.0, b.as_str())].as_str())).collect();
    insert_staged(conn, &rows).await?;
    // The first step of a key in this batch writes its pending row (unless an earlier batch did).
    let mut seen: HashSet<(i64, &str)> = HashSet::new();
    let firsts: Vec<(&Staged<'_>, &str)> =
        rows.iter().copied().filter(|(s, key)| seen.insert((s.facts.creditor.0, key))).collect();
    insert_pending(conn, &firsts).await
}

/// Whether a message was queued with a key in [`first`, `last` and its suffixed keys].
async fn any_queued_between(conn: &mut Conn<'_>, creditor: i64, first: &str, last: &str) -> Result<bool> {
    // Suffixed keys (`last:2`) sort after `last` and before `last;`.
    const SQL: &str = "SELECT id FROM outbox WHERE creditor_id = $1 AND idempotency_key >= $2 AND idempotency_key < $3 \
                       LIMIT 1";
    let upper = format!("{last};");
    let found: Option<i64> = match conn {
        Conn::Sqlite(c) => {
            sqlx::query_scalar(SQL).bind(creditor).bind(first).bind(&upper).fetch_optional(&mut **c).await?
        }
        Conn::Pg(c) => sqlx::query_scalar(SQL).bind(creditor).bind(first).bind(&upper).fetch_optional(&mut **c).await?,
    };
    Ok(found.is_some())
}

/// Which of `keys` have a queued message at this creditor.
async fn queued_keys(conn: &mut Conn<'_>, creditor: i64, keys: &[String]) -> Result<HashSet<String>> {
    let mut out = HashSet::new();
    match conn {
        Conn::Sqlite(c) => {
            for part in keys.chunks(SQLITE_KEYS) {
                let sql = format!(
                    "SELECT idempotency_key FROM outbox WHERE creditor_id = ? AND idempotency_key IN ({})",
                    placeholders(part.len())
                );
                let mut query = sqlx::query(AssertSqlSafe(sql)).bind(creditor);
                for key in part {
                    query = query.bind(key.as_str());
                }
                for row in query.fetch_all(&mut **c).await? {
                    out.insert(row.try_get(0)?);
                }
            }
        }
        Conn::Pg(c) => {
            let rows =
                sqlx::query("SELECT idempotency_key FROM outbox WHERE creditor_id = $1 AND idempotency_key = ANY($2)")
                    .bind(creditor)
                    .bind(keys)
                    .fetch_all(&mut **c)
                    .await?;
            for row in rows {
                out.insert(row.try_get(0)?);
            }
        }
    }
    Ok(out)
}

async fn insert_staged(conn: &mut Conn<'_>, rows: &[(&Staged<'_>, &str)]) -> Result<()> {
    const COLUMNS: &str = "(creditor_id, claim_id, step_no, message_key, deadline, payload)";
    match conn {
        Conn::Sqlite(c) => {
            for part in rows.chunks(SQLITE_ROWS) {
                let sql = format!(
                    "INSERT INTO outbox_claims {COLUMNS} VALUES {}",
                    vec!["(?, ?, ?, ?, ?, ?)"; part.len()].join(", ")
                );
                let mut query = sqlx::query(AssertSqlSafe(sql));
                for (s, key) in part {
                    query = query
                        .bind(s.facts.creditor.0)
                        .bind(s.facts.claim.0)
                        .bind(i64::from(s.step.step_no))
                        .bind(*key)
                        .bind(s.step.deadline.map(|d| d.to_string()))
                        .bind(s.payload.as_str());
                }
                query.execute(&mut **c).await?;
            }
        }
        Conn::Pg(c) => {
            sqlx::query(AssertSqlSafe(format!(
                "INSERT INTO outbox_claims {COLUMNS} \
                 SELECT * FROM UNNEST($1::int8[], $2::int8[], $3::int8[], $4::text[], $5::text[], $6::text[])"
            )))
            .bind(rows.iter().map(|(s, _)| s.facts.creditor.0).collect::<Vec<i64>>())
            .bind(rows.iter().map(|(s, _)| s.facts.claim.0).collect::<Vec<i64>>())
            .bind(rows.iter().map(|(s, _)| i64::from(s.step.step_no)).collect::<Vec<i64>>())
            .bind(rows.iter().map(|(_, k)| *k).collect::<Vec<&str>>())
            .bind(rows.iter().map(|(s, _)| s.step.deadline.map(|d| d.to_string())).collect::<Vec<Option<String>>>())
            .bind(rows.iter().map(|(s, _)| s.payload.as_str()).collect::<Vec<&str>>())
            .execute(&mut **c)
            .await?;
        }
    }
    Ok(())
}

async fn insert_pending(conn: &mut Conn<'_>, rows: &[(&Staged<'_>, &str)]) -> Result<()> {
    const COLUMNS: &str =
        "(creditor_id, message_key, first_claim_id, debtor_id, step, channel, language, sent_on, template)";
    match conn {
        Conn::Sqlite(c) => {
            for part in rows.chunks(SQLITE_ROWS) {
                let sql = format!(
                    "INSERT INTO merged_letters_pending {COLUMNS} VALUES {} \
                     ON CONFLICT (creditor_id, message_key) DO NOTHING",
                    vec!["(?, ?, ?, ?, ?, ?, ?, ?, ?)"; part.len()].join(", ")
                );
                let mut query = sqlx::query(AssertSqlSafe(sql));
                for (s, key) in part {
                    query = query
                        .bind(s.facts.creditor.0)
                        .bind(*key)
                        .bind(s.facts.claim.0)
                        .bind(s.facts.debtor.0)
                        .bind(s.step.kind.code())
                        .bind(s.step.message.channel.code())
                        .bind(s.step.message.language.as_str())
                        .bind(s.step.date.to_string())
                        .bind(s.step.message.template.as_str());
                }
                query.execute(&mut **c).await?;
            }
        }
        Conn::Pg(c) => {
            sqlx::query(AssertSqlSafe(format!(
                "INSERT INTO merged_letters_pending {COLUMNS} \
                 SELECT * FROM UNNEST($1::int8[], $2::text[], $3::int8[], $4::int8[], $5::text[], $6::text[], $7::text[], \
                 $8::text[], $9::text[]) ON CONFLICT (creditor_id, message_key) DO NOTHING"
            )))
            .bind(rows.iter().map(|(s, _)| s.facts.creditor.0).collect::<Vec<i64>>())
            .bind(rows.iter().map(|(_, k)| *k).collect::<Vec<&str>>())
            .bind(rows.iter().map(|(s, _)| s.facts.claim.0).collect::<Vec<i64>>())
            .bind(rows.iter().map(|(s, _)| s.facts.debtor.0).collect::<Vec<i64>>())
            .bind(rows.iter().map(|(s, _)| s.step.kind.code()).collect::<Vec<&str>>())
            .bind(rows.iter().map(|(s, _)| s.step.message.channel.code()).collect::<Vec<&str>>())
            .bind(rows.iter().map(|(s, _)| s.step.message.language.as_str()).collect::<Vec<&str>>())
            .bind(rows.iter().map(|(s, _)| s.step.date.to_string()).collect::<Vec<String>>())
            .bind(rows.iter().map(|(s, _)| s.step.message.template.as_str()).collect::<Vec<&str>>())
            .execute(&mut **c)
            .await?;
        }
    }
    Ok(())
}

/// Queues every pending merged letter, a page per transaction; returns how many were queued.
pub(crate) async fn queue(pool: &BulkPool) -> Result<u64> {
    let mut queued = 0;
    loop {
        let n = match pool {
            BulkPool::Sqlite(pool) => {
                let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
                let n = queue_page(&mut Conn::Sqlite(&mut tx)).await?;
                tx.commit().await?;
                n
            }
            BulkPool::Postgres(pool) => {
                let mut tx = pool.begin().await?;
                let n = queue_page(&mut Conn::Pg(&mut tx)).await?;
                tx.commit().await?;
                n
            }
        };
        if n == 0 {
            return Ok(queued);
        }
        queued += n;
    }
}

/// One pending message as stored.
struct Pending {
    creditor: i64,
    key: String,
    debtor: i64,
    step: String,
    channel: String,
    language: String,
    sent_on: String,
    template: String,
}

/// One staged step of a pending message.
struct Part {
    claim: i64,
    deadline: Option<String>,
    payload: String,
}

/// Queues the first page of pending messages (in creditor, first claim order) and deletes their
/// pending rows; returns how many it queued.
async fn queue_page(conn: &mut Conn<'_>) -> Result<u64> {
    const SQL: &str = "SELECT creditor_id, message_key, debtor_id, step, channel, language, sent_on, template \
         FROM merged_letters_pending ORDER BY creditor_id, first_claim_id, message_key LIMIT $1";
    // The rows are typed per backend; one body reads both.
    macro_rules! pending_from {
        ($rows:expr) => {
            $rows
                .iter()
                .map(|r| {
                    Ok(Pending {
                        creditor: r.try_get(0)?,
                        key: r.try_get(1)?,
                        debtor: r.try_get(2)?,
                        step: r.try_get(3)?,
                        channel: r.try_get(4)?,
                        language: r.try_get(5)?,
                        sent_on: r.try_get(6)?,
                        template: r.try_get(7)?,
                    })
                })
                .collect::<Result<Vec<Pending>>>()?
        };
    }
    let pending: Vec<Pending> = match conn {
        Conn::Sqlite(c) => pending_from!(sqlx::query(SQL).bind(PAGE).fetch_all(&mut **c).await?),
        Conn::Pg(c) => pending_from!(sqlx::query(SQL).bind(PAGE).fetch_all(&mut **c).await?),
    };
    if pending.is_empty() {
        return Ok(0);
    }
    let mut by_creditor: BTreeMap<i64, Vec<&Pending>> = BTreeMap::new();
    for p in &pending {
        by_creditor.entry(p.creditor).or_default().push(p);
    }
    let now = now_text();
    let mut queued = 0;
    for (&creditor, list) in &by_creditor {
        let keys: Vec<&str> = list.iter().map(|p| p.key.as_str()).collect();
        let mut parts = staged_parts(conn, creditor, &keys).await?;
        let mut next = reserve(conn, CreditorId(creditor), "message", list.len() as i64).await?;
        let mut rows: Vec<MessageRow<'_>> = Vec::with_capacity(list.len());
        for p in list {
            let mut claims = parts.remove(&p.key).unwrap_or_default();
            claims.sort_by_key(|c| c.claim);
            let (claim, payload) = match claims.as_mut_slice() {
                [one] => (Some(one.claim), std::mem::take(&mut one.payload)),
                _ => (None, merged_payload(p, &claims)),
            };
            rows.push(MessageRow {
                creditor,
                id: next,
                claim,
                debtor: p.debtor,
                step: &p.step,
                channel: &p.channel,
                language: p.language.clone(),
                payload,
                key: &p.key,
            });
            next += 1;
        }
        queued += insert_messages(conn, &rows, &now).await?;
        delete_pending(conn, creditor, &keys).await?;
    }
    Ok(queued)
}

/// The payload of a letter of several claims: its claims, date, earliest deadline and template.
/// Keys sorted, as `dunning::payload` writes them.
fn merged_payload(p: &Pending, parts: &[Part]) -> String {
    #[derive(serde::Serialize)]
    struct Payload<'a> {
        claims: Vec<i64>,
        date: &'a str,
        deadline: Option<&'a str>,
        template: &'a str,
    }
    let payload = Payload {
        claims: parts.iter().map(|c| c.claim).collect(),
        date: &p.sent_on,
        // ISO dates: text order is date order.
        deadline: parts.iter().filter_map(|c| c.deadline.as_deref()).min(),
        template: &p.template,
    };
    serde_json::to_string(&payload).expect("a payload of strings and numbers serialises")
}

/// The staged steps of these message keys, by key.
async fn staged_parts(conn: &mut Conn<'_>, creditor: i64, keys: &[&str]) -> Result<HashMap<String, Vec<Part>>> {
    let mut out: HashMap<String, Vec<Part>> = HashMap::with_capacity(keys.len());
    // The rows are typed per backend; one body reads both.
    macro_rules! collect {
        ($rows:expr) => {
            for r in $rows {
                let key: String = r.try_get(0)?;
                out.entry(key).or_default().push(Part {
                    claim: r.try_get(1)?,
                    deadline: r.try_get(2)?,
                    payload: r.try_get(3)?,
                });
            }
        };
    }
    match conn {
        Conn::Sqlite(c) => {
            for part in keys.chunks(SQLITE_KEYS) {
                let sql = format!(
                    "SELECT message_key, claim_id, deadline, payload FROM outbox_claims \
                     WHERE creditor_id = ? AND message_key IN ({})",
                    placeholders(part.len())
                );
                let mut query = sqlx::query(AssertSqlSafe(sql)).bind(creditor);
                for key in part {
                    query = query.bind(*key);
                }
                collect!(query.fetch_all(&mut **c).await?);
            }
        }
        Conn::Pg(c) => {
            let rows = sqlx::query(
                "SELECT message_key, claim_id, deadline, payload FROM outbox_claims \
                 WHERE creditor_id = $1 AND message_key = ANY($2)",
            )
            .bind(creditor)
            .bind(keys)
            .fetch_all(&mut **c)
            .await?;
            collect!(rows);
        }
    }
    Ok(out)
}

async fn delete_pending(conn: &mut Conn<'_>, creditor: i64, keys: &[&str]) -> Result<()> {
    match conn {
        Conn::Sqlite(c) => {
            for part in keys.chunks(SQLITE_KEYS) {
                let sql = format!(
                    "DELETE FROM merged_letters_pending WHERE creditor_id = ? AND message_key IN ({})",
                    placeholders(part.len())
                );
                let mut query = sqlx::query(AssertSqlSafe(sql)).bind(creditor);
                for key in part {
                    query = query.bind(*key);
                }
                query.execute(&mut **c).await?;
            }
        }
        Conn::Pg(c) => {
            sqlx::query("DELETE FROM merged_letters_pending WHERE creditor_id = $1 AND message_key = ANY($2)")
                .bind(creditor)
                .bind(keys)
                .execute(&mut **c)
                .await?;
        }
    }
    Ok(())
}
