//! Merged letters (case merging): the steps a merging creditor takes on one day for one debtor,
//! step kind and channel go out as one outbox message naming every claim.
//!
//! Two halves, because a run books its claims in batches by (creditor, claim) and one debtor's
//! claims may fall in different batches:
//!
//! - [`stage`], inside a batch's transaction: the batch's merged steps are gathered per letter
//!   and written into the letter's draft in `merged_letters_pending` (a new row, or appended to
//!   the row an earlier batch wrote): its claims' step payloads, how many, the earliest deadline.
//! - [`queue`], after the run's last batch, in one transaction: every draft becomes one outbox
//!   row, in (creditor, key) order with ids reserved as it goes, and the drafts are deleted. A run
//!   killed anywhere leaves either drafts or queued letters, never half of a letter; the next run
//!   (of any date) queues what is drafted, so ids and rows equal those of an uninterrupted run.
//!
//! The key is `merge:<date>:<debtor>:<step>:<channel>` ([`crate::merge_key`]). A letter is
//! queued once and never grows: a later run of the same day that stages more steps for a key
//! whose letter was queued already gives them a letter of their own (`…:2`, `…:3`).
//!
//! The payload is `{"claims": [parts], "date", "deadline", "template"}`, each part a claim's step
//! payload (`dunning::payload`) with the claim's id first (`{"claim": 7, "date": …}`), in claim
//! order; the deadline is the earliest of the claims' (each keeps its own in `dunning_steps`). A
//! letter of one claim keeps that claim's `claim_id`; one of several has none.

use crate::claims::bulk::{Conn, placeholders, reserve};
use crate::dunning_apply::{MessageRow, SQLITE_KEYS, SQLITE_ROWS, insert_messages};
use crate::{BulkPool, Result, StoreError, now_text};
use domain::CreditorId;
use domain::dunning::{CaseFacts, TakeStep};
use sqlx::{AssertSqlSafe, Row};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Drafts read (and queued) per statement.
const PAGE: i64 = 5_000;

/// A booked step whose message goes into a merged letter.
pub(crate) struct Staged<'a> {
    pub(crate) facts: &'a CaseFacts,
    pub(crate) step: &'a TakeStep,
    /// What the step's own message would carry (`dunning::payload`).
    pub(crate) payload: String,
}

/// One letter's share of a batch: its steps in batch (claim) order.
struct Draft<'a> {
    key: String,
    first: &'a Staged<'a>,
    count: i64,
    deadline: Option<String>,
    parts: String,
}

/// A claim's step payload with the claim's id as its first field.
fn part(claim: i64, payload: &str) -> String {
    let rest = payload.strip_prefix('{').unwrap_or(payload);
    let sep = if rest.starts_with('}') { "" } else { "," };
    format!("{{\"claim\":{claim}{sep}{rest}")
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
    // Keys whose letter was queued by an earlier run move on to the next free suffix.
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
    // One draft per letter, its steps in batch order (the claims' order).
    let mut drafts: Vec<Draft<'_>> = Vec::new();
    let mut index: HashMap<(i64, &str), usize> = HashMap::new();
    for (s, b) in staged.iter().zip(&base) {
        let creditor = s.facts.creditor.0;
        let key = key_of[&(creditor, b.as_str())].as_str();
        let deadline = s.step.deadline.map(|d| d.to_string());
        let part = part(s.facts.claim.0, &s.payload);
        match index.get(&(creditor, key)) {
            Some(&k) => {
                let d = &mut drafts[k];
                d.count += 1;
                d.parts.push(',');
                d.parts.push_str(&part);
                d.deadline = earliest(d.deadline.take(), deadline);
            }
            None => {
                index.insert((creditor, key), drafts.len());
                drafts.push(Draft { key: key.to_string(), first: s, count: 1, deadline, parts: part });
            }
        }
    }
    upsert_drafts(conn, &drafts).await
}

/// The earlier of two ISO dates (text order is date order); a missing one does not count.
fn earliest(a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Whether a letter was queued with a key in [`first`, `last` and its suffixed keys].
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

const DRAFT_COLUMNS: &str = "(creditor_id, message_key, debtor_id, step, channel, language, sent_on, template, \
     first_claim_id, claim_count, deadline, parts)";

/// A draft from an earlier batch gets this batch's steps appended; a new one is written whole.
const APPEND: &str = "ON CONFLICT (creditor_id, message_key) DO UPDATE SET \
     claim_count = merged_letters_pending.claim_count + excluded.claim_count, \
     parts = merged_letters_pending.parts || ',' || excluded.parts, \
     deadline = CASE WHEN excluded.deadline IS NULL THEN merged_letters_pending.deadline \
     WHEN merged_letters_pending.deadline IS NULL OR excluded.deadline < merged_letters_pending.deadline \
     THEN excluded.deadline ELSE merged_letters_pending.deadline END";

async fn upsert_drafts(conn: &mut Conn<'_>, drafts: &[Draft<'_>]) -> Result<()> {
    match conn {
        Conn::Sqlite(c) => {
            for part in drafts.chunks(SQLITE_ROWS) {
                let sql = format!(
                    "INSERT INTO merged_letters_pending {DRAFT_COLUMNS} VALUES {} {APPEND}",
                    vec!["(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"; part.len()].join(", ")
                );
                let mut query = sqlx::query(AssertSqlSafe(sql));
                for d in part {
                    let (facts, step) = (d.first.facts, d.first.step);
                    query = query
                        .bind(facts.creditor.0)
                        .bind(d.key.as_str())
                        .bind(facts.debtor.0)
                        .bind(step.kind.code())
                        .bind(step.message.channel.code())
                        .bind(step.message.language.as_str())
                        .bind(step.date.to_string())
                        .bind(&*step.message.template)
                        .bind(facts.claim.0)
                        .bind(d.count)
                        .bind(d.deadline.as_deref())
                        .bind(d.parts.as_str());
                }
                query.execute(&mut **c).await?;
            }
        }
        Conn::Pg(c) => {
            sqlx::query(AssertSqlSafe(format!(
                "INSERT INTO merged_letters_pending {DRAFT_COLUMNS} \
                 SELECT * FROM UNNEST($1::int8[], $2::text[], $3::int8[], $4::text[], $5::text[], $6::text[], $7::text[], \
                 $8::text[], $9::int8[], $10::int8[], $11::text[], $12::text[]) {APPEND}"
            )))
            .bind(drafts.iter().map(|d| d.first.facts.creditor.0).collect::<Vec<i64>>())
            .bind(drafts.iter().map(|d| d.key.as_str()).collect::<Vec<&str>>())
            .bind(drafts.iter().map(|d| d.first.facts.debtor.0).collect::<Vec<i64>>())
            .bind(drafts.iter().map(|d| d.first.step.kind.code()).collect::<Vec<&str>>())
            .bind(drafts.iter().map(|d| d.first.step.message.channel.code()).collect::<Vec<&str>>())
            .bind(drafts.iter().map(|d| d.first.step.message.language.as_str()).collect::<Vec<&str>>())
            .bind(drafts.iter().map(|d| d.first.step.date.to_string()).collect::<Vec<String>>())
            .bind(drafts.iter().map(|d| &*d.first.step.message.template).collect::<Vec<&str>>())
            .bind(drafts.iter().map(|d| d.first.facts.claim.0).collect::<Vec<i64>>())
            .bind(drafts.iter().map(|d| d.count).collect::<Vec<i64>>())
            .bind(drafts.iter().map(|d| d.deadline.as_deref()).collect::<Vec<Option<&str>>>())
            .bind(drafts.iter().map(|d| d.parts.as_str()).collect::<Vec<&str>>())
            .execute(&mut **c)
            .await?;
        }
    }
    Ok(())
}

/// Queues every drafted letter and deletes the drafts, in one transaction; returns how many
/// letters were queued.
pub(crate) async fn queue(pool: &BulkPool) -> Result<u64> {
    match pool {
        BulkPool::Sqlite(pool) => {
            let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
            let n = queue_in(&mut Conn::Sqlite(&mut tx)).await?;
            tx.commit().await?;
            Ok(n)
        }
        BulkPool::Postgres(pool) => {
            let mut tx = pool.begin().await?;
            let n = queue_in(&mut Conn::Pg(&mut tx)).await?;
            tx.commit().await?;
            Ok(n)
        }
    }
}

/// One drafted letter as stored.
struct Pending {
    creditor: i64,
    key: String,
    debtor: i64,
    step: String,
    channel: String,
    language: String,
    sent_on: String,
    template: String,
    first_claim: i64,
    claim_count: i64,
    deadline: Option<String>,
    parts: String,
}

async fn queue_in(conn: &mut Conn<'_>) -> Result<u64> {
    // Pages in key order; the drafts stay until the end, so the transaction reads each once.
    const SQL: &str = "SELECT creditor_id, message_key, debtor_id, step, channel, language, sent_on, template, \
         first_claim_id, claim_count, deadline, parts FROM merged_letters_pending \
         WHERE (creditor_id, message_key) > ($1, $2) ORDER BY creditor_id, message_key LIMIT $3";
    // The rows are typed per backend; one body reads both.
    macro_rules! drafts {
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
                        first_claim: r.try_get(8)?,
                        claim_count: r.try_get(9)?,
                        deadline: r.try_get(10)?,
                        parts: r.try_get(11)?,
                    })
                })
                .collect::<Result<Vec<Pending>>>()?
        };
    }
    let now = now_text();
    let mut queued = 0;
    let mut after = (i64::MIN, String::new());
    loop {
        let page: Vec<Pending> = match conn {
            Conn::Sqlite(c) => {
                drafts!(sqlx::query(SQL).bind(after.0).bind(after.1.as_str()).bind(PAGE).fetch_all(&mut **c).await?)
            }
            Conn::Pg(c) => {
                drafts!(sqlx::query(SQL).bind(after.0).bind(after.1.as_str()).bind(PAGE).fetch_all(&mut **c).await?)
            }
        };
        let Some(last) = page.last() else { break };
        after = (last.creditor, last.key.clone());
        let mut by_creditor: BTreeMap<i64, Vec<&Pending>> = BTreeMap::new();
        for p in &page {
            by_creditor.entry(p.creditor).or_default().push(p);
        }
        for (&creditor, list) in &by_creditor {
            let mut next = reserve(conn, CreditorId(creditor), "message", list.len() as i64).await?;
            let rows: Vec<MessageRow<'_>> = list
                .iter()
                .map(|p| {
                    let row = MessageRow {
                        creditor,
                        id: next,
                        claim: (p.claim_count == 1).then_some(p.first_claim),
                        debtor: p.debtor,
                        step: &p.step,
                        channel: &p.channel,
                        language: p.language.clone(),
                        payload: letter_payload(p),
                        key: &p.key,
                    };
                    next += 1;
                    row
                })
                .collect();
            let written = insert_messages(conn, &rows, &now).await?;
            if written != rows.len() as u64 {
                // A drafted key is never queued twice (see `stage`): this is a bug, not a retry.
                return Err(StoreError::Invalid(format!(
                    "creditor {creditor}: {} merged letters were queued before",
                    rows.len() as u64 - written
                )));
            }
            queued += written;
        }
    }
    if queued > 0 {
        let sql = "DELETE FROM merged_letters_pending";
        match conn {
            Conn::Sqlite(c) => sqlx::query(sql).execute(&mut **c).await?.rows_affected(),
            Conn::Pg(c) => sqlx::query(sql).execute(&mut **c).await?.rows_affected(),
        };
    }
    Ok(queued)
}

/// A letter's payload, keys in alphabetical order as `dunning::payload` writes them.
fn letter_payload(p: &Pending) -> String {
    let text = |s: &str| serde_json::to_string(s).expect("a string serialises");
    format!(
        "{{\"claims\":[{}],\"date\":{},\"deadline\":{},\"template\":{}}}",
        p.parts,
        text(&p.sent_on),
        p.deadline.as_deref().map_or_else(|| "null".to_string(), text),
        text(&p.template)
    )
}
