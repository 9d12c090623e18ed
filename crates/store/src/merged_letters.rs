//! Merged letters (case merging): the steps a merging creditor takes on one day for one debtor,
//! step kind and channel go out as one outbox message naming every claim.
//!
//! Two halves, because a run books its claims in batches by (creditor, claim) and one debtor's
//! claims may fall in different batches:
//!
//! - [`stage`], inside a batch's transaction: the batch's merged steps are gathered per letter.
//!   A letter whose debtor has no claim beyond this batch (by claim id, the order the run reads
//!   them in) is whole: it is queued at once, with the draft an earlier batch left for it, if
//!   any. Any other letter is written into its draft in `merged_letters_pending` (a new row, or
//!   appended to the row an earlier batch wrote): its claims' step payloads, how many, the
//!   earliest deadline. Most letters are whole in their batch, and cost what their claims'
//!   messages cost before merging.
//! - [`queue`], after the run's last batch, in one transaction: every draft left (a debtor whose
//!   later claims took no step, or another one) becomes one outbox row, in (creditor, key) order
//!   with ids reserved as it goes, and the drafts are deleted. A run killed anywhere leaves drafts
//!   or queued letters, never half of a letter; the next run (of any date) queues what is drafted.
//!   Which letters are whole in which batch depends only on the claims and the batches, so ids
//!   and rows equal those of an uninterrupted run.
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

/// One letter's share of a batch: its steps in batch (claim) order (and, for a letter queued in
/// this batch, the steps an earlier batch drafted, before them).
struct Draft<'a> {
    key: String,
    first: &'a Staged<'a>,
    first_claim: i64,
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

/// Stages a batch's merged steps (in batch order) inside its transaction; returns how many
/// letters it queued (those whole in this batch).
pub(crate) async fn stage(conn: &mut Conn<'_>, staged: &[Staged<'_>], now: &str) -> Result<u64> {
    if staged.is_empty() {
        return Ok(0);
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
                let first_claim = s.facts.claim.0;
                drafts.push(Draft { key: key.to_string(), first: s, first_claim, count: 1, deadline, parts: part });
            }
        }
    }
    // Which letters are whole: their debtor has no claim after this batch's last (a claim with a
    // smaller id than one of this batch's is in this page or an earlier one).
    let mut whole = vec![false; drafts.len()];
    for (&creditor, list) in &by_creditor {
        let claims = || list.iter().map(|&i| staged[i].facts.claim.0);
        let (first, last) = (claims().min().unwrap_or(i64::MIN), claims().max().unwrap_or(i64::MAX));
        let mine: Vec<usize> = (0..drafts.len()).filter(|&k| drafts[k].first.facts.creditor.0 == creditor).collect();
        let mut debtors: Vec<i64> = mine.iter().map(|&k| drafts[k].first.facts.debtor.0).collect();
        debtors.sort_unstable();
        debtors.dedup();
        let ranges = debtor_claims(conn, creditor, &debtors).await?;
        // Whole letters whose debtor has claims before this batch may have a draft to take in.
        let mut earlier: Vec<&str> = Vec::new();
        for &k in &mine {
            let Some(&(lo, hi)) = ranges.get(&drafts[k].first.facts.debtor.0) else { continue };
            if hi <= last {
                whole[k] = true;
                if lo < first {
                    earlier.push(drafts[k].key.as_str());
                }
            }
        }
        let taken = take_drafts(conn, creditor, &earlier).await?;
        for &k in &mine {
            if let Some(e) = taken.get(&drafts[k].key) {
                let d = &mut drafts[k];
                d.first_claim = e.first_claim;
                d.count += e.claim_count;
                d.parts = format!("{},{}", e.parts, d.parts);
                d.deadline = earliest(e.deadline.clone(), d.deadline.take());
            }
        }
    }
    let (mut now_whole, mut later) = (Vec::new(), Vec::new());
    for (draft, whole) in drafts.into_iter().zip(whole) {
        if whole { now_whole.push(draft) } else { later.push(draft) }
    }
    upsert_drafts(conn, &later).await?;
    queue_whole(conn, &now_whole, now).await
}

/// Queues letters whole in this batch, ids reserved per creditor in batch order.
async fn queue_whole(conn: &mut Conn<'_>, letters: &[Draft<'_>], now: &str) -> Result<u64> {
    let mut by_creditor: BTreeMap<i64, Vec<&Draft<'_>>> = BTreeMap::new();
    for d in letters {
        by_creditor.entry(d.first.facts.creditor.0).or_default().push(d);
    }
    let mut queued = 0;
    for (&creditor, list) in &by_creditor {
        let mut next = reserve(conn, CreditorId(creditor), "message", list.len() as i64).await?;
        let sent_on: Vec<String> = list.iter().map(|d| d.first.step.date.to_string()).collect();
        let rows: Vec<MessageRow<'_>> = list
            .iter()
            .zip(&sent_on)
            .map(|(d, sent_on)| {
                let (facts, step) = (d.first.facts, d.first.step);
                let row = MessageRow {
                    creditor,
                    id: next,
                    claim: (d.count == 1).then_some(d.first_claim),
                    debtor: facts.debtor.0,
                    step: step.kind.code(),
                    channel: step.message.channel.code(),
                    language: step.message.language.as_str().to_string(),
                    payload: letter_payload(&d.parts, sent_on, d.deadline.as_deref(), &step.message.template),
                    key: &d.key,
                };
                next += 1;
                row
            })
            .collect();
        queued += written_all(creditor, rows.len(), insert_messages(conn, &rows, now).await?)?;
    }
    Ok(queued)
}

/// Every row was written, or the key was queued before: a bug, not something to retry.
fn written_all(creditor: i64, wanted: usize, written: u64) -> Result<u64> {
    if written == wanted as u64 {
        return Ok(written);
    }
    Err(StoreError::Invalid(format!(
        "creditor {creditor}: {} merged letters were queued before",
        wanted as u64 - written
    )))
}

/// The first and last claim id of each of these debtors (any state).
async fn debtor_claims(conn: &mut Conn<'_>, creditor: i64, debtors: &[i64]) -> Result<HashMap<i64, (i64, i64)>> {
    let mut out = HashMap::with_capacity(debtors.len());
    match conn {
        Conn::Sqlite(c) => {
            for part in debtors.chunks(SQLITE_KEYS) {
                let sql = format!(
                    "SELECT debtor_id, MIN(id), MAX(id) FROM claims WHERE creditor_id = ? AND debtor_id IN ({}) \
                     GROUP BY debtor_id",
                    placeholders(part.len())
                );
                let mut query = sqlx::query(AssertSqlSafe(sql)).bind(creditor);
                for d in part {
                    query = query.bind(*d);
                }
                for row in query.fetch_all(&mut **c).await? {
                    out.insert(row.try_get(0)?, (row.try_get(1)?, row.try_get(2)?));
                }
            }
        }
        Conn::Pg(c) => {
            let rows = sqlx::query(
                "SELECT debtor_id, MIN(id), MAX(id) FROM claims WHERE creditor_id = $1 AND debtor_id = ANY($2) \
                 GROUP BY debtor_id",
            )
            .bind(creditor)
            .bind(debtors)
            .fetch_all(&mut **c)
            .await?;
            for row in rows {
                out.insert(row.try_get(0)?, (row.try_get(1)?, row.try_get(2)?));
            }
        }
    }
    Ok(out)
}

/// A draft an earlier batch left.
struct Earlier {
    first_claim: i64,
    claim_count: i64,
    deadline: Option<String>,
    parts: String,
}

/// Reads and deletes the drafts of these keys (those that exist).
async fn take_drafts(conn: &mut Conn<'_>, creditor: i64, keys: &[&str]) -> Result<HashMap<String, Earlier>> {
    let mut out = HashMap::new();
    if keys.is_empty() {
        return Ok(out);
    }
    // The rows are typed per backend; one body reads both.
    macro_rules! read {
        ($rows:expr) => {
            for r in $rows {
                out.insert(
                    r.try_get::<String, _>(0)?,
                    Earlier {
                        first_claim: r.try_get(1)?,
                        claim_count: r.try_get(2)?,
                        deadline: r.try_get(3)?,
                        parts: r.try_get(4)?,
                    },
                );
            }
        };
    }
    const COLUMNS: &str = "message_key, first_claim_id, claim_count, deadline, parts";
    match conn {
        Conn::Sqlite(c) => {
            for part in keys.chunks(SQLITE_KEYS) {
                let list = placeholders(part.len());
                let sql = format!(
                    "SELECT {COLUMNS} FROM merged_letters_pending WHERE creditor_id = ? AND message_key IN ({list})"
                );
                let mut query = sqlx::query(AssertSqlSafe(sql)).bind(creditor);
                for key in part {
                    query = query.bind(*key);
                }
                read!(query.fetch_all(&mut **c).await?);
                let sql =
                    format!("DELETE FROM merged_letters_pending WHERE creditor_id = ? AND message_key IN ({list})");
                let mut query = sqlx::query(AssertSqlSafe(sql)).bind(creditor);
                for key in part {
                    query = query.bind(*key);
                }
                query.execute(&mut **c).await?;
            }
        }
        Conn::Pg(c) => {
            let rows = sqlx::query(AssertSqlSafe(format!(
                "DELETE FROM merged_letters_pending WHERE creditor_id = $1 AND message_key = ANY($2) RETURNING {COLUMNS}"
            )))
            .bind(creditor)
            .bind(keys)
            .fetch_all(&mut **c)
            .await?;
            read!(rows);
        }
    }
    Ok(out)
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
    if drafts.is_empty() {
        return Ok(());
    }
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
                        .bind(d.first_claim)
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
            .bind(drafts.iter().map(|d| d.first_claim).collect::<Vec<i64>>())
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
                        payload: letter_payload(&p.parts, &p.sent_on, p.deadline.as_deref(), &p.template),
                        key: &p.key,
                    };
                    next += 1;
                    row
                })
                .collect();
            queued += written_all(creditor, rows.len(), insert_messages(conn, &rows, &now).await?)?;
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

/// A letter's payload from its claims' parts, keys in alphabetical order as `dunning::payload`
/// writes them.
fn letter_payload(parts: &str, sent_on: &str, deadline: Option<&str>, template: &str) -> String {
    let text = |s: &str| serde_json::to_string(s).expect("a string serialises");
    format!(
        "{{\"claims\":[{parts}],\"date\":{},\"deadline\":{},\"template\":{}}}",
        text(sent_on),
        deadline.map_or_else(|| "null".to_string(), text),
        text(template)
    )
}
