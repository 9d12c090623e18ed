//! GDPR duties: export everything about one debtor, erase (pseudonymise) a debtor whose claims
//! are closed and whose retention periods have run out, and each creditor's retention settings.
//!
//! Which tables hold a debtor's data is written down once, in [`PERSONAL_TABLES`] and
//! [`NOT_PERSONAL_TABLES`]; a test asserts that every table of the schema is in exactly one of
//! them, so a new table cannot be forgotten by the export or the erasure.
//!
//! Erasure keeps the ledger (amounts, dates, kinds: `ledger_entries` is never touched), claims,
//! dunning steps and the shape of every record, and drops identity: the debtor's name, customer
//! number, identity number, address, e-mail and phone, free text the debtor or staff wrote about
//! the case (portal messages, dispute and pause reasons, notes), attachments' names and bytes,
//! payer names and messages of the payments booked to the debtor's claims, and any copy of these
//! in outbox payloads and audit rows. What replaces them is the pseudonym `erased-<hash>`, a hash
//! of (creditor, debtor) that carries nothing about the person. The decision (closed claims,
//! retention passed) is `domain::retention`'s.

use crate::audit::{Actor, NewAudit, audit_in};
use crate::{Backend, Result, Store, StoreError, now_text, parse_date, parse_state};
use domain::retention::{ClaimRetentionFacts, EraseRefusal, Purpose, RetentionPolicy, RetentionRule, erase_decision};
use domain::{ClaimId, CreditorId, DebtorId};
use jiff::civil::Date;
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};
use sqlx::any::{AnyRow, AnyTypeInfoKind};
use sqlx::{AnyConnection, Column, Row, ValueRef};
use std::collections::{BTreeMap, BTreeSet};

/// Every table that holds data about a debtor, and what erasure does with it. The export
/// includes each of these; the test `every_table_is_classified` keeps the lists complete.
pub const PERSONAL_TABLES: &[(&str, &str)] = &[
    (
        "debtors",
        "the debtor: name, customer number, identity number, address, e-mail and phone become the pseudonym or empty",
    ),
    ("claims", "the debtor's claims: kept (invoice numbers, dates and amounts are bookkeeping)"),
    ("ledger_entries", "entries of the debtor's claims: kept untouched (the ledger is append-only)"),
    ("dunning_steps", "steps taken on the debtor's claims: kept (no identity)"),
    ("outbox", "messages to the debtor: personal values and free text in the payload become the pseudonym"),
    (
        "case_flows",
        "pauses and holds of the debtor's claims: the pause reason and free text in the hold become the pseudonym",
    ),
    (
        "case_events",
        "the claims' timelines: free text (dispute, pause, write-off reasons, notes) becomes the pseudonym",
    ),
    ("dispute_attachments", "files sent with a dispute: the name becomes the pseudonym, the bytes are emptied"),
    ("debtor_segments", "the debtor's segment: personal values in the reasons become the pseudonym"),
    ("portal_link_uses", "used sign-in links: kept (a random nonce and the debtor id)"),
    ("portal_sessions", "portal sessions: deleted"),
    ("portal_messages", "messages the debtor wrote: the body becomes the pseudonym"),
    ("portal_survey", "survey scores: kept (a number)"),
    ("customer_status", "whether the debtor is still a customer, as the creditor reported: kept (a flag and a date)"),
    ("portal_audit", "what the debtor did in the portal: personal values in the detail become the pseudonym"),
    ("payments", "payments booked to the debtor's claims: payer name and message become the pseudonym"),
    (
        "deliveries",
        "each message as sent to the debtor: the stored bytes are dropped, address and detail become the pseudonym; \
         hash, size and time stay as proof of what was sent",
    ),
    (
        "webhook_events",
        "events about the debtor or its claims: free text (a dispute's reason or note) becomes the pseudonym",
    ),
    (
        "audit_log",
        "changes to the debtor or its claims, or naming them: personal values and free text become the pseudonym",
    ),
];

/// Every table that holds no data about a debtor, and why.
pub const NOT_PERSONAL_TABLES: &[(&str, &str)] = &[
    (
        "merged_letters_pending",
        "drafts of merged letters a run has yet to queue (keys, ids and the steps' fees, no identity), emptied when queued",
    ),
    ("letter_templates", "the creditor's own templates"),
    ("webhook_subscriptions", "the creditor's endpoints and signing secrets"),
    ("webhook_deliveries", "delivery state per subscription and event (the content is in webhook_events)"),
    ("webhook_attempts", "status codes and transport errors of each delivery attempt"),
    ("schema_migrations", "which migrations ran"),
    ("creditors", "the tenants (businesses)"),
    ("id_counters", "id blocks per creditor"),
    ("api_keys", "the creditor's API keys"),
    ("law_overrides", "installation-wide law tables"),
    ("payment_files", "bank files as a whole (their lines are in payments)"),
    ("case_policies", "the creditor's bounds for plans and postponements"),
    ("creditor_strategies", "the creditor's dunning ladders"),
    ("experiments", "the creditor's experiments (assignment is a hash, never stored)"),
    ("portal_secrets", "the creditor's link-signing secret"),
    ("portal_attempts", "failed sign-in counters per IP or reference and time window, not linked to a debtor"),
    ("kpi_state", "KPI watermarks"),
    ("kpi_dirty", "claim ids waiting for a KPI refresh"),
    ("kpi_work", "claim ids of a running KPI refresh"),
    ("kpi_claim_facts", "amounts derived from claims and the ledger, without identity (exported from those)"),
    ("kpi_buckets", "sums over many claims"),
    ("staff_users", "the creditor's staff, not debtors"),
    ("staff_sessions", "staff sign-in sessions"),
    ("retention_policies", "the creditor's retention settings"),
    ("gdpr_erasing", "empty outside an erasing transaction"),
];

/// Columns holding JSON text, parsed in the export so it reads as one document.
const JSON_COLUMNS: &[&str] =
    &["payload", "details", "hold", "matched_claims", "suggestions", "reasons", "before_json", "after_json"];

/// Keys whose string values are free text someone wrote; erasure replaces them whole.
const FREE_TEXT_KEYS: &[&str] = &["reason", "note", "text", "message", "body", "comment", "pause_reason"];

/// Everything about one debtor at one creditor.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DebtorExport {
    /// `purr-debtor-export/1`.
    pub format: &'static str,
    pub creditor_id: i64,
    pub debtor_id: i64,
    /// Set when the debtor was erased: the export then shows what was kept.
    pub erased_on: Option<String>,
    /// Rows per table, each row as a JSON object of its columns (attachment bytes and session
    /// secrets left out).
    pub tables: BTreeMap<String, Vec<Value>>,
}

/// What an erasure did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErasureReport {
    pub debtor: DebtorId,
    pub pseudonym: String,
    pub erased_on: Date,
    /// Rows changed (or, for portal sessions, deleted) per table.
    pub rows: BTreeMap<String, u64>,
    /// The audit row that records the erasure.
    pub audit_id: i64,
}

/// The outcome of asking to erase a debtor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EraseOutcome {
    Erased(ErasureReport),
    /// Erased before: nothing was written.
    AlreadyErased {
        pseudonym: String,
        erased_on: String,
    },
    /// Not allowed (yet): nothing was written.
    Refused(EraseRefusal),
}

/// The pseudonym that replaces a debtor's identity: a hash of (creditor, debtor) only.
pub fn pseudonym(creditor: CreditorId, debtor: DebtorId) -> String {
    let digest = Sha256::digest(format!("purr-gdpr:{}:{}", creditor.0, debtor.0).as_bytes());
    format!("erased-{}", &hex::encode(digest)[..16])
}

/// A column value as JSON. Blobs are shown by their size unless `blob_text` asks for their bytes
/// as (lossy) text.
fn value_json(row: &AnyRow, i: usize, blob_text: bool) -> Result<Value> {
    let raw = row.try_get_raw(i)?;
    if raw.is_null() {
        return Ok(Value::Null);
    }
    let kind = raw.type_info().kind();
    Ok(match kind {
        AnyTypeInfoKind::Null => Value::Null,
        AnyTypeInfoKind::Bool => Value::Bool(row.try_get::<bool, _>(i)?),
        AnyTypeInfoKind::SmallInt | AnyTypeInfoKind::Integer | AnyTypeInfoKind::BigInt => {
            Value::from(row.try_get::<i64, _>(i)?)
        }
        AnyTypeInfoKind::Real | AnyTypeInfoKind::Double => Value::from(row.try_get::<f64, _>(i)?),
        AnyTypeInfoKind::Text => Value::String(row.try_get::<String, _>(i)?),
        AnyTypeInfoKind::Blob => {
            let bytes: Vec<u8> = row.try_get(i)?;
            if blob_text {
                Value::String(String::from_utf8_lossy(&bytes).into_owned())
            } else {
                serde_json::json!({ "bytes": bytes.len() })
            }
        }
    })
}

fn row_json(row: &AnyRow) -> Result<Value> {
    let mut map = serde_json::Map::new();
    for (i, col) in row.columns().iter().enumerate() {
        let name = col.name();
        let mut v = value_json(row, i, false)?;
        if JSON_COLUMNS.contains(&name)
            && let Value::String(text) = &v
            && let Ok(parsed) = serde_json::from_str::<Value>(text)
        {
            v = parsed;
        }
        map.insert(name.to_string(), v);
    }
    Ok(Value::Object(map))
}

/// The debtor's personal values that erasure looks for in text, and the pseudonym.
struct Scrubber {
    pseudonym: String,
    /// Replaced wherever they occur inside a text (long enough not to hit by accident).
    substrings: Vec<String>,
    /// Replaced only where a whole value equals them (short or common: postal code, city…).
    whole: Vec<String>,
    /// Values whose presence marks a text as being about this debtor.
    identifying: Vec<String>,
    name: String,
    customer_number: String,
}

impl Scrubber {
    fn new(pseudonym: String, row: &AnyRow) -> Result<Scrubber> {
        let text = |col: &str| -> Result<String> {
            Ok(row.try_get::<Option<String>, _>(col)?.unwrap_or_default().trim().to_string())
        };
        let (name, national_id, email, phone, street) =
            (text("name")?, text("national_id")?, text("email")?, text("phone")?, text("street")?);
        let (postal_code, city, customer_number) = (text("postal_code")?, text("city")?, text("external_id")?);
        let long = |v: &String| v.chars().count() >= 4;
        let mut substrings: Vec<String> =
            [&name, &national_id, &email, &phone, &street].into_iter().filter(|v| long(v)).cloned().collect();
        // Longest first, so a name inside an e-mail address does not break the address's replacement.
        substrings.sort_by_key(|s| std::cmp::Reverse(s.len()));
        let whole = [&name, &national_id, &email, &phone, &street, &postal_code, &city, &customer_number]
            .into_iter()
            .filter(|v| !v.is_empty())
            .cloned()
            .collect();
        let identifying = [&national_id, &email, &phone].into_iter().filter(|v| long(v)).cloned().collect();
        Ok(Scrubber { pseudonym, substrings, whole, identifying, name, customer_number })
    }

    /// Other values to replace where a whole value equals them (attachment file names).
    fn also_whole(mut self, values: Vec<String>) -> Scrubber {
        self.whole.extend(values.into_iter().filter(|v| !v.trim().is_empty()));
        self
    }

    /// Whether a text is about this debtor: it carries an identity number, e-mail or phone, or
    /// the name together with the customer number.
    fn mentions(&self, text: &str) -> bool {
        self.identifying.iter().any(|v| text.contains(v.as_str()))
            || (self.name.chars().count() >= 4
                && !self.customer_number.is_empty()
                && text.contains(self.name.as_str())
                && text.contains(self.customer_number.as_str()))
    }

    fn scrub_str(&self, s: &str) -> String {
        if self.whole.iter().any(|w| w == s.trim()) {
            return self.pseudonym.clone();
        }
        let mut out = s.to_string();
        for needle in &self.substrings {
            if out.contains(needle.as_str()) {
                out = out.replace(needle.as_str(), &self.pseudonym);
            }
        }
        out
    }

    fn scrub_value(&self, v: &mut Value, free_text: bool) {
        match v {
            Value::String(s) => *s = self.scrub_str(s),
            Value::Array(items) => items.iter_mut().for_each(|i| self.scrub_value(i, free_text)),
            Value::Object(map) => {
                for (k, item) in map.iter_mut() {
                    match item {
                        Value::String(s) if free_text && FREE_TEXT_KEYS.contains(&k.as_str()) && !s.is_empty() => {
                            *s = self.pseudonym.clone()
                        }
                        other => self.scrub_value(other, free_text),
                    }
                }
            }
            _ => {}
        }
    }

    /// A column's new text, or `None` when nothing in it changes. JSON is walked value by value.
    fn scrub_text(&self, text: Option<&str>, free_text: bool) -> Option<String> {
        let text = text?;
        let new = match serde_json::from_str::<Value>(text) {
            Ok(mut v) if v.is_object() || v.is_array() => {
                self.scrub_value(&mut v, free_text);
                v.to_string()
            }
            _ => self.scrub_str(text),
        };
        (new != text).then_some(new)
    }
}

fn in_list(ids: &[i64]) -> String {
    if ids.is_empty() {
        "(NULL)".to_string()
    } else {
        format!("({})", ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", "))
    }
}

async fn claim_ids(conn: &mut AnyConnection, creditor: CreditorId, debtor: DebtorId) -> Result<Vec<i64>> {
    Ok(sqlx::query_scalar("SELECT id FROM claims WHERE creditor_id = $1 AND debtor_id = $2 ORDER BY id")
        .bind(creditor.0)
        .bind(debtor.0)
        .fetch_all(&mut *conn)
        .await?)
}

/// Webhook events whose data names the debtor or one of `claims` (`data.debtor_id`,
/// `data.claim_id`). A cheap pre-filter on the JSON text, then the exact check on the parsed data.
async fn webhook_event_rows(
    conn: &mut AnyConnection,
    creditor: CreditorId,
    debtor: DebtorId,
    claims: &[i64],
) -> Result<Vec<AnyRow>> {
    let mut patterns: Vec<String> = Vec::new();
    for (field, id) in claims.iter().map(|c| ("claim_id", *c)).chain([("debtor_id", debtor.0)]) {
        patterns.push(format!("%\"{field}\":{id},%"));
        patterns.push(format!("%\"{field}\":{id}}}%"));
    }
    let cond: Vec<String> = (0..patterns.len()).map(|i| format!("payload LIKE ${}", i + 2)).collect();
    let sql = format!("SELECT * FROM webhook_events WHERE creditor_id = $1 AND ({}) ORDER BY seq", cond.join(" OR "));
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(creditor.0);
    for p in &patterns {
        q = q.bind(p.as_str());
    }
    let mut rows = q.fetch_all(&mut *conn).await?;
    rows.retain(|row| {
        let payload: String = row.try_get("payload").unwrap_or_default();
        let value: Value = serde_json::from_str(&payload).unwrap_or_default();
        let data = value.get("data").unwrap_or(&value);
        data.get("debtor_id").and_then(Value::as_i64) == Some(debtor.0)
            || data.get("claim_id").and_then(Value::as_i64).is_some_and(|c| claims.contains(&c))
    });
    Ok(rows)
}

/// Payments with a share booked to one of `claims`.
async fn payment_rows(conn: &mut AnyConnection, creditor: CreditorId, claims: &[i64]) -> Result<Vec<AnyRow>> {
    if claims.is_empty() {
        return Ok(Vec::new());
    }
    // A cheap pre-filter on the JSON text, then the exact check on the parsed list.
    let patterns: Vec<String> =
        claims.iter().flat_map(|c| [format!("%\"claim_id\":{c},%"), format!("%\"claim_id\":{c}}}%")]).collect();
    let cond: Vec<String> = (0..patterns.len()).map(|i| format!("matched_claims LIKE ${}", i + 2)).collect();
    let sql = format!("SELECT * FROM payments WHERE creditor_id = $1 AND ({}) ORDER BY id", cond.join(" OR "));
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(creditor.0);
    for p in &patterns {
        q = q.bind(p.clone());
    }
    let rows = q.fetch_all(&mut *conn).await?;
    let wanted: BTreeSet<i64> = claims.iter().copied().collect();
    let mut out = Vec::new();
    for row in rows {
        let matched: String = row.try_get("matched_claims")?;
        let shares: Vec<Value> = serde_json::from_str(&matched).unwrap_or_default();
        if shares.iter().any(|s| s["claim_id"].as_i64().is_some_and(|c| wanted.contains(&c))) {
            out.push(row);
        }
    }
    Ok(out)
}

/// Audit rows about the debtor or its claims, or whose text names the debtor.
async fn audit_rows(
    conn: &mut AnyConnection,
    creditor: CreditorId,
    debtor: DebtorId,
    claims: &[i64],
    scrubber: &Scrubber,
) -> Result<Vec<AnyRow>> {
    let mut needles: Vec<String> = scrubber.identifying.clone();
    if scrubber.name.chars().count() >= 4 && !scrubber.customer_number.is_empty() {
        needles.push(scrubber.name.clone());
    }
    let mut cond = vec![
        "(subject_kind = 'debtor' AND subject_id = $2)".to_string(),
        "(subject_kind = 'api' AND subject_id LIKE $3)".to_string(),
    ];
    if !claims.is_empty() {
        let ids: Vec<String> = claims.iter().map(|c| format!("'{c}'")).collect();
        cond.push(format!("(subject_kind = 'claim' AND subject_id IN ({}))", ids.join(", ")));
    }
    for i in 0..needles.len() {
        let n = i + 4;
        cond.push(format!("before_json LIKE ${n} OR after_json LIKE ${n} OR reason LIKE ${n}"));
    }
    let sql = format!("SELECT * FROM audit_log WHERE creditor_id = $1 AND ({}) ORDER BY id", cond.join(" OR "));
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
        .bind(creditor.0)
        .bind(debtor.0.to_string())
        .bind(format!("/api/v1/debtors/{}%", debtor.0));
    for n in &needles {
        q = q.bind(format!("%{n}%"));
    }
    let rows = q.fetch_all(&mut *conn).await?;
    let claim_text: BTreeSet<String> = claims.iter().map(i64::to_string).collect();
    let debtor_path = format!("/api/v1/debtors/{}", debtor.0);
    let mut out = Vec::new();
    for row in rows {
        let kind: String = row.try_get("subject_kind")?;
        let id: String = row.try_get("subject_id")?;
        let by_subject = (kind == "debtor" && id == debtor.0.to_string())
            || (kind == "claim" && claim_text.contains(&id))
            || (kind == "api" && (id == debtor_path || id.starts_with(&format!("{debtor_path}/"))));
        let text = ["before_json", "after_json", "reason"]
            .iter()
            .map(|c| row.try_get::<Option<String>, _>(*c).map(Option::unwrap_or_default))
            .collect::<std::result::Result<Vec<_>, _>>()?
            .join("\n");
        if by_subject || scrubber.mentions(&text) {
            out.push(row);
        }
    }
    Ok(out)
}

async fn debtor_row(conn: &mut AnyConnection, creditor: CreditorId, debtor: DebtorId) -> Result<Option<AnyRow>> {
    Ok(sqlx::query("SELECT * FROM debtors WHERE creditor_id = $1 AND id = $2")
        .bind(creditor.0)
        .bind(debtor.0)
        .fetch_optional(&mut *conn)
        .await?)
}

/// Each claim of the debtor with its state and the day of its last event.
async fn retention_facts(
    conn: &mut AnyConnection,
    creditor: CreditorId,
    debtor: DebtorId,
) -> Result<Vec<ClaimRetentionFacts>> {
    let rows = sqlx::query(
        "SELECT c.id, c.state, c.due_date, \
         (SELECT MAX(e.effective_date) FROM ledger_entries e WHERE e.creditor_id = c.creditor_id AND e.claim_id = c.id) AS last_entry, \
         (SELECT MAX(s.sent_on) FROM dunning_steps s WHERE s.creditor_id = c.creditor_id AND s.claim_id = c.id) AS last_step, \
         (SELECT MAX(SUBSTR(v.at, 1, 10)) FROM case_events v WHERE v.creditor_id = c.creditor_id AND v.claim_id = c.id) AS last_event \
         FROM claims c WHERE c.creditor_id = $1 AND c.debtor_id = $2 ORDER BY c.id",
    )
    .bind(creditor.0)
    .bind(debtor.0)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|row| {
            let mut last = parse_date(&row.try_get::<String, _>("due_date")?)?;
            for col in ["last_entry", "last_step", "last_event"] {
                if let Some(text) = row.try_get::<Option<String>, _>(col)? {
                    last = last.max(parse_date(&text)?);
                }
            }
            Ok(ClaimRetentionFacts {
                claim: ClaimId(row.try_get("id")?),
                state: parse_state(&row.try_get::<String, _>("state")?)?,
                last_activity: last,
            })
        })
        .collect()
}

fn created_on(row: &AnyRow) -> Result<Date> {
    let created: String = row.try_get("created_at")?;
    parse_date(created.get(..10).unwrap_or(&created))
}

impl Store {
    /// The names of every table in the schema (views left out), sorted.
    pub async fn schema_tables(&self) -> Result<Vec<String>> {
        let sql = match self.backend() {
            Backend::Sqlite => {
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            }
            Backend::Postgres => {
                "SELECT CAST(table_name AS TEXT) FROM information_schema.tables \
                 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1"
            }
        };
        Ok(sqlx::query_scalar(sql).fetch_all(self.pool()).await?)
    }

    /// The creditor's retention settings: stored rules, or the defaults for its jurisdiction
    /// for any purpose without a row.
    pub async fn retention_policy(&self, creditor: CreditorId) -> Result<RetentionPolicy> {
        let c = self.creditor(creditor).await?;
        let mut policy = RetentionPolicy::default_for(c.jurisdiction);
        let rows = sqlx::query("SELECT * FROM retention_policies WHERE creditor_id = $1")
            .bind(creditor.0)
            .fetch_all(self.pool())
            .await?;
        for row in rows {
            let purpose: String = row.try_get("purpose")?;
            let purpose = Purpose::from_code(&purpose)
                .ok_or_else(|| StoreError::Corrupt(format!("bad retention purpose {purpose:?}")))?;
            let months: i64 = row.try_get("months")?;
            let rule = RetentionRule {
                purpose,
                months: u32::try_from(months).map_err(|_| StoreError::Corrupt(format!("bad months {months}")))?,
                from_year_end: row.try_get::<i64, _>("from_year_end")? != 0,
                legal_basis: row.try_get("legal_basis")?,
            };
            policy.rules.retain(|r| r.purpose != purpose);
            policy.rules.push(rule);
        }
        policy.rules.sort_by_key(|r| r.purpose);
        Ok(policy)
    }

    /// Stores the creditor's retention settings (all purposes, in one transaction).
    pub async fn set_retention_policy(&self, creditor: CreditorId, policy: &RetentionPolicy) -> Result<()> {
        policy.validate().map_err(StoreError::Invalid)?;
        self.creditor(creditor).await?;
        let mut tx = self.write_tx().await?;
        let now = now_text();
        for r in &policy.rules {
            sqlx::query(
                "INSERT INTO retention_policies (creditor_id, purpose, months, from_year_end, legal_basis, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (creditor_id, purpose) DO UPDATE SET \
                 months = excluded.months, from_year_end = excluded.from_year_end, \
                 legal_basis = excluded.legal_basis, updated_at = excluded.updated_at",
            )
            .bind(creditor.0)
            .bind(r.purpose.code())
            .bind(i64::from(r.months))
            .bind(i64::from(r.from_year_end))
            .bind(r.legal_basis.trim())
            .bind(now.as_str())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Everything stored about one debtor of one creditor, or `None` when the creditor has no
    /// such debtor. Reads in one transaction, so the parts agree with each other.
    pub async fn debtor_export(&self, creditor: CreditorId, debtor: DebtorId) -> Result<Option<DebtorExport>> {
        let mut tx = self.write_tx().await?;
        let Some(d) = debtor_row(&mut tx, creditor, debtor).await? else { return Ok(None) };
        let erased_on: Option<String> = d.try_get("erased_on")?;
        let pseudo = pseudonym(creditor, debtor);
        let scrubber = Scrubber::new(pseudo, &d)?;
        let claims = claim_ids(&mut tx, creditor, debtor).await?;
        let of_claims = in_list(&claims);
        let by_debtor = |t: &str| format!("SELECT * FROM {t} WHERE creditor_id = $1 AND debtor_id = $2");
        let by_claims = |t: &str| format!("SELECT * FROM {t} WHERE creditor_id = $1 AND claim_id IN {of_claims}");
        let queries: Vec<(&str, String)> = vec![
            ("debtors", "SELECT * FROM debtors WHERE creditor_id = $1 AND id = $2".into()),
            ("claims", "SELECT * FROM claims WHERE creditor_id = $1 AND debtor_id = $2 ORDER BY id".into()),
            ("ledger_entries", by_claims("ledger_entries") + " ORDER BY id"),
            ("dunning_steps", by_claims("dunning_steps") + " ORDER BY claim_id, step_no"),
            ("outbox", by_debtor("outbox") + " ORDER BY id"),
            (
                "deliveries",
                "SELECT creditor_id, id, outbox_id, idempotency_key, attempt, channel, address, status, detail, \
                 content_type, sha256, bytes, at FROM deliveries WHERE creditor_id = $1 AND outbox_id IN \
                 (SELECT id FROM outbox WHERE creditor_id = $1 AND debtor_id = $2) ORDER BY id"
                    .into(),
            ),
            ("case_flows", by_claims("case_flows") + " ORDER BY claim_id"),
            ("case_events", by_claims("case_events") + " ORDER BY id"),
            (
                "dispute_attachments",
                format!(
                    "SELECT creditor_id, id, claim_id, event_id, filename, content_type, size_bytes, sha256, created_at \
                     FROM dispute_attachments WHERE creditor_id = $1 AND claim_id IN {of_claims} ORDER BY id"
                ),
            ),
            ("debtor_segments", by_debtor("debtor_segments")),
            ("portal_link_uses", by_debtor("portal_link_uses") + " ORDER BY used_at"),
            (
                "portal_sessions",
                "SELECT creditor_id, debtor_id, can_write, method, expires_at, created_at FROM portal_sessions \
                 WHERE creditor_id = $1 AND debtor_id = $2 ORDER BY created_at"
                    .into(),
            ),
            ("portal_messages", by_debtor("portal_messages") + " ORDER BY id"),
            ("portal_survey", by_debtor("portal_survey") + " ORDER BY claim_id"),
            ("customer_status", by_debtor("customer_status")),
            ("portal_audit", by_debtor("portal_audit") + " ORDER BY id"),
        ];
        let mut tables = BTreeMap::new();
        for (table, sql) in queries {
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(creditor.0);
            if sql.contains("$2") {
                q = q.bind(debtor.0);
            }
            let rows = q.fetch_all(&mut *tx).await?;
            tables.insert(table.to_string(), rows.iter().map(row_json).collect::<Result<Vec<_>>>()?);
        }
        let payments = payment_rows(&mut tx, creditor, &claims).await?;
        tables.insert("payments".into(), payments.iter().map(row_json).collect::<Result<Vec<_>>>()?);
        let audit = audit_rows(&mut tx, creditor, debtor, &claims, &scrubber).await?;
        tables.insert("audit_log".into(), audit.iter().map(row_json).collect::<Result<Vec<_>>>()?);
        let events = webhook_event_rows(&mut tx, creditor, debtor, &claims).await?;
        tables.insert("webhook_events".into(), events.iter().map(row_json).collect::<Result<Vec<_>>>()?);
        tx.commit().await?;
        Ok(Some(DebtorExport {
            format: "purr-debtor-export/1",
            creditor_id: creditor.0,
            debtor_id: debtor.0,
            erased_on,
            tables,
        }))
    }

    /// Whether the debtor may be erased on `today` under `policy`, without writing anything.
    /// `Ok(None)` when the creditor has no such debtor.
    pub async fn erase_check(
        &self,
        creditor: CreditorId,
        debtor: DebtorId,
        today: Date,
        policy: &RetentionPolicy,
    ) -> Result<Option<Result<(), EraseRefusal>>> {
        let mut conn = self.pool().acquire().await?;
        let Some(d) = debtor_row(&mut conn, creditor, debtor).await? else { return Ok(None) };
        let facts = retention_facts(&mut conn, creditor, debtor).await?;
        Ok(Some(erase_decision(&facts, created_on(&d)?, policy, today)))
    }

    /// The creditor's debtors not erased yet whose claims are all closed or handed over: the
    /// ones the retention job looks at.
    pub async fn erasure_candidates(&self, creditor: CreditorId) -> Result<Vec<DebtorId>> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT d.id FROM debtors d WHERE d.creditor_id = $1 AND d.erased_on IS NULL AND NOT EXISTS \
             (SELECT 1 FROM claims c WHERE c.creditor_id = d.creditor_id AND c.debtor_id = d.id \
              AND c.state NOT IN ('paid', 'written_off', 'credited', 'handed_over')) ORDER BY d.id",
        )
        .bind(creditor.0)
        .fetch_all(self.pool())
        .await?;
        Ok(ids.into_iter().map(DebtorId).collect())
    }

    /// Erases (pseudonymises) one debtor if `policy` allows it on `today`: one transaction that
    /// rewrites identity and free text in every personal table (see [`PERSONAL_TABLES`]), leaves
    /// the ledger as it is, and records who erased whom and when in the audit trail (without
    /// the erased values). A second call finds the debtor erased and writes nothing.
    pub async fn debtor_erase(
        &self,
        creditor: CreditorId,
        debtor: DebtorId,
        today: Date,
        policy: &RetentionPolicy,
        actor: &Actor,
    ) -> Result<EraseOutcome> {
        let mut tx = self.write_tx().await?;
        // Lock the debtor's row first, so two erasures (or an erasure and an import) queue up.
        let locked = sqlx::query("UPDATE debtors SET erased_on = erased_on WHERE creditor_id = $1 AND id = $2")
            .bind(creditor.0)
            .bind(debtor.0)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if locked == 0 {
            return Err(StoreError::NotFound("debtor"));
        }
        let d = debtor_row(&mut tx, creditor, debtor).await?.ok_or(StoreError::NotFound("debtor"))?;
        if let Some(on) = d.try_get::<Option<String>, _>("erased_on")? {
            return Ok(EraseOutcome::AlreadyErased { pseudonym: d.try_get("name")?, erased_on: on });
        }
        let facts = retention_facts(&mut tx, creditor, debtor).await?;
        if let Err(refusal) = erase_decision(&facts, created_on(&d)?, policy, today) {
            return Ok(EraseOutcome::Refused(refusal));
        }
        let pseudo = pseudonym(creditor, debtor);
        let claims: Vec<i64> = facts.iter().map(|f| f.claim.0).collect();
        let of_claims = in_list(&claims);
        let filenames: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT filename FROM dispute_attachments WHERE creditor_id = $1 AND claim_id IN {of_claims}"
        )))
        .bind(creditor.0)
        .fetch_all(&mut *tx)
        .await?;
        let scrubber = Scrubber::new(pseudo.clone(), &d)?.also_whole(filenames);
        let mut rows: BTreeMap<String, u64> = BTreeMap::new();

        sqlx::query("INSERT INTO gdpr_erasing (creditor_id, debtor_id) VALUES ($1, $2)")
            .bind(creditor.0)
            .bind(debtor.0)
            .execute(&mut *tx)
            .await?;

        let n = sqlx::query(
            "UPDATE debtors SET external_id = $3, name = $3, national_id = NULL, street = $3, postal_code = '', \
             city = '', email = NULL, phone = NULL, erased_on = $4 WHERE creditor_id = $1 AND id = $2",
        )
        .bind(creditor.0)
        .bind(debtor.0)
        .bind(pseudo.as_str())
        .bind(today.to_string())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        rows.insert("debtors".into(), n);

        // Text columns rewritten row by row: (table, key columns, text columns, free text?, where).
        let by_debtor = "creditor_id = $1 AND debtor_id = $2".to_string();
        let by_claims = format!("creditor_id = $1 AND claim_id IN {of_claims}");
        type Rewrite<'a> = (&'a str, &'a [&'a str], &'a [&'a str], bool, &'a String);
        let rewrites: [Rewrite; 5] = [
            ("outbox", &["id"], &["payload"], true, &by_debtor),
            ("case_events", &["id"], &["details"], true, &by_claims),
            ("case_flows", &["claim_id"], &["pause_reason", "hold"], true, &by_claims),
            ("debtor_segments", &["debtor_id"], &["reasons"], false, &by_debtor),
            ("portal_audit", &["id"], &["detail"], false, &by_debtor),
        ];
        for (table, keys, cols, free_text, cond) in rewrites {
            let sql = format!("SELECT * FROM {table} WHERE {cond}");
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(creditor.0);
            if cond.contains("$2") {
                q = q.bind(debtor.0);
            }
            let found = q.fetch_all(&mut *tx).await?;
            let mut changed = 0;
            for row in &found {
                let key: i64 = row.try_get(keys[0])?;
                changed += rewrite_row(&mut tx, creditor, table, keys[0], key, cols, row, &scrubber, free_text).await?;
            }
            rows.insert(table.into(), changed);
        }

        let n = sqlx::query("UPDATE portal_messages SET body = $3 WHERE creditor_id = $1 AND debtor_id = $2")
            .bind(creditor.0)
            .bind(debtor.0)
            .bind(pseudo.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        rows.insert("portal_messages".into(), n);

        let n = sqlx::query("DELETE FROM portal_sessions WHERE creditor_id = $1 AND debtor_id = $2")
            .bind(creditor.0)
            .bind(debtor.0)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        rows.insert("portal_sessions".into(), n);

        let n = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE dispute_attachments SET filename = $2, content = $3, size_bytes = 0, sha256 = $4 \
             WHERE creditor_id = $1 AND claim_id IN {of_claims}"
        )))
        .bind(creditor.0)
        .bind(pseudo.as_str())
        .bind(Vec::<u8>::new())
        .bind(hex::encode(Sha256::digest(b"")))
        .execute(&mut *tx)
        .await?
        .rows_affected();
        rows.insert("dispute_attachments".into(), n);

        let payments = payment_rows(&mut tx, creditor, &claims).await?;
        let mut changed = 0;
        for p in &payments {
            let id: i64 = p.try_get("id")?;
            changed += sqlx::query(
                "UPDATE payments SET payer_name = CASE WHEN payer_name IS NULL THEN NULL ELSE $3 END, \
                 message = CASE WHEN message IS NULL THEN NULL ELSE $3 END WHERE creditor_id = $1 AND id = $2",
            )
            .bind(creditor.0)
            .bind(id)
            .bind(pseudo.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        }
        rows.insert("payments".into(), changed);

        let n = sqlx::query(
            "UPDATE deliveries SET address = $3, detail = $3, content = NULL WHERE creditor_id = $1 \
             AND outbox_id IN (SELECT id FROM outbox WHERE creditor_id = $1 AND debtor_id = $2) \
             AND (address <> $3 OR content IS NOT NULL)",
        )
        .bind(creditor.0)
        .bind(debtor.0)
        .bind(pseudo.as_str())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        rows.insert("deliveries".into(), n);

        let events = webhook_event_rows(&mut tx, creditor, debtor, &claims).await?;
        let mut changed = 0;
        for row in &events {
            let seq: i64 = row.try_get("seq")?;
            changed += rewrite_row(&mut tx, creditor, "webhook_events", "seq", seq, &["payload"], row, &scrubber, true)
                .await?;
        }
        rows.insert("webhook_events".into(), changed);

        let audit = audit_rows(&mut tx, creditor, debtor, &claims, &scrubber).await?;
        let mut changed = 0;
        for row in &audit {
            let id: i64 = row.try_get("id")?;
            let cols = ["before_json", "after_json", "reason"];
            changed += rewrite_row(&mut tx, creditor, "audit_log", "id", id, &cols, row, &scrubber, true).await?;
        }
        rows.insert("audit_log".into(), changed);

        sqlx::query("DELETE FROM gdpr_erasing WHERE creditor_id = $1 AND debtor_id = $2")
            .bind(creditor.0)
            .bind(debtor.0)
            .execute(&mut *tx)
            .await?;

        let kept: Vec<String> = policy
            .rules
            .iter()
            .map(|r| {
                format!(
                    "{} {} months{}",
                    r.purpose.code(),
                    r.months,
                    if r.from_year_end { " from year end" } else { "" }
                )
            })
            .collect();
        let audit_id = audit_in(
            &mut tx,
            creditor,
            &NewAudit {
                actor: actor.clone(),
                action: "debtor.erase".into(),
                subject_kind: "debtor".into(),
                subject_id: debtor.0.to_string(),
                before: None,
                after: Some(serde_json::json!({
                    "pseudonym": pseudo,
                    "erased_on": today.to_string(),
                    "claims": claims,
                    "rows": rows,
                })),
                reason: Some(format!("all claims closed and retention passed ({})", kept.join(", "))),
            },
        )
        .await?;
        tx.commit().await?;
        Ok(EraseOutcome::Erased(ErasureReport { debtor, pseudonym: pseudo, erased_on: today, rows, audit_id }))
    }
}

/// Rewrites the text columns of one row; returns 1 when something changed.
#[allow(clippy::too_many_arguments)]
async fn rewrite_row(
    tx: &mut AnyConnection,
    creditor: CreditorId,
    table: &str,
    key_col: &str,
    key: i64,
    cols: &[&str],
    row: &AnyRow,
    scrubber: &Scrubber,
    free_text: bool,
) -> Result<u64> {
    let mut sets = Vec::new();
    let mut values = Vec::new();
    for col in cols {
        let text: Option<String> = row.try_get(*col)?;
        // A pause reason is free text as a whole column; the others are JSON or carry values.
        let new = if *col == "pause_reason" {
            text.as_deref().filter(|t| !t.is_empty() && *t != scrubber.pseudonym).map(|_| scrubber.pseudonym.clone())
        } else {
            scrubber.scrub_text(text.as_deref(), free_text)
        };
        if let Some(new) = new {
            values.push(new);
            sets.push(format!("{col} = ${}", values.len() + 2));
        }
    }
    if sets.is_empty() {
        return Ok(0);
    }
    let sql = format!("UPDATE {table} SET {} WHERE creditor_id = $1 AND {key_col} = $2", sets.join(", "));
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(creditor.0).bind(key);
    for v in values {
        q = q.bind(v);
    }
    q.execute(&mut *tx).await?;
    Ok(1)
}

#[cfg(feature = "testing")]
impl Store {
    /// Every text and blob value of every table, as (table, column, text). For tests that prove
    /// an erased value is gone from the whole database.
    pub async fn dump_text(&self) -> Result<Vec<(String, String, String)>> {
        let mut out = Vec::new();
        for table in self.schema_tables().await? {
            let rows =
                sqlx::query(sqlx::AssertSqlSafe(format!("SELECT * FROM {table}"))).fetch_all(self.pool()).await?;
            for row in &rows {
                for (i, col) in row.columns().iter().enumerate() {
                    if let Value::String(s) = value_json(row, i, true)? {
                        out.push((table.clone(), col.name().to_string(), s));
                    }
                }
            }
        }
        Ok(out)
    }
}
