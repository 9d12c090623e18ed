//! The bulk claim import, on the backends' own typed connections.
//!
//! Everything else in the store goes through sqlx's `Any` driver, which copies every bound value
//! once more into its own representation. A big import binds a million values, so this one path
//! uses a typed connection beside the `Any` pool (`crate::BulkPool`): SQLite gets multi-row
//! `INSERT`s with anonymous placeholders, PostgreSQL gets `COPY … FROM STDIN` in text format and
//! `= ANY($2)` arrays for its look-ups. Each claim's opening ledger entry is derived on the
//! server from the claim rows just written (`INSERT … SELECT`), so it costs no bound values.
//!
//! The rules are those of `import_claims`: all rows or none, keyed by (creditor, invoice
//! number), same content → unchanged, other content → conflict. The conflict check runs here in
//! Rust inside the writing transaction (SQLite's write lock is taken at `BEGIN IMMEDIATE`), so
//! every row written is known to be new; a concurrent import of the same invoice number on
//! PostgreSQL fails on the unique key and writes nothing.

use super::{ImportConflict, ImportReport, content_hash};
use crate::{BulkPool, Result, now_text};
use domain::{ClaimInput, ClaimState, CreditorId, DebtorInput};
use sqlx::{AssertSqlSafe, PgConnection, Row, SqliteConnection};
use std::collections::HashMap;
use std::fmt::Write as _;

/// Rows per chunk: the unit of look-ups, id reservations and progress reports.
const CHUNK: usize = 5_000;
/// SQLite rows per multi-row statement (parameters per statement stay well under its limit).
const SQLITE_ROWS: usize = 250;
/// SQLite keys per look-up statement.
const SQLITE_KEYS: usize = 500;

pub(crate) enum Conn<'c> {
    Sqlite(&'c mut SqliteConnection),
    Pg(&'c mut PgConnection),
}

/// Imports `rows` in one transaction on the typed connection; see the module documentation.
pub(crate) async fn import(
    pool: &BulkPool,
    creditor: CreditorId,
    rows: &[ClaimInput],
    progress: &mut (dyn FnMut(usize) + Send),
) -> Result<ImportReport> {
    match pool {
        BulkPool::Sqlite(pool) => {
            // IMMEDIATE takes the write lock first, so the look-ups and the writes see one state.
            let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
            let report = import_in(&mut Conn::Sqlite(&mut tx), creditor, rows, progress).await?;
            if report.conflicts.is_empty() {
                tx.commit().await?;
            } else {
                tx.rollback().await?;
            }
            Ok(report)
        }
        BulkPool::Postgres(pool) => {
            let mut tx = pool.begin().await?;
            let report = import_in(&mut Conn::Pg(&mut tx), creditor, rows, progress).await?;
            if report.conflicts.is_empty() {
                tx.commit().await?;
            } else {
                tx.rollback().await?;
            }
            Ok(report)
        }
    }
}

/// Creates a debtor unless one with its customer number exists. Returns its id and whether it
/// was created.
pub(crate) async fn upsert_debtor(pool: &BulkPool, creditor: CreditorId, input: &DebtorInput) -> Result<(i64, bool)> {
    async fn run(conn: &mut Conn<'_>, creditor: CreditorId, input: &DebtorInput) -> Result<(i64, bool)> {
        let known = existing_debtors(conn, creditor, &[input.external_id.as_str()]).await?;
        if let Some(&id) = known.get(&input.external_id) {
            return Ok((id, false));
        }
        let id = reserve(conn, creditor, "debtor", 1).await?;
        insert_debtors(conn, creditor, &[(id, input)]).await?;
        Ok((id, true))
    }
    match pool {
        BulkPool::Sqlite(pool) => {
            let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
            let out = run(&mut Conn::Sqlite(&mut tx), creditor, input).await?;
            tx.commit().await?;
            Ok(out)
        }
        BulkPool::Postgres(pool) => {
            let mut tx = pool.begin().await?;
            let out = run(&mut Conn::Pg(&mut tx), creditor, input).await?;
            tx.commit().await?;
            Ok(out)
        }
    }
}

async fn import_in(
    conn: &mut Conn<'_>,
    creditor: CreditorId,
    rows: &[ClaimInput],
    progress: &mut (dyn FnMut(usize) + Send),
) -> Result<ImportReport> {
    let mut report = ImportReport::default();
    let now = now_text();
    // Rows repeated within this import count once; the first occurrence decides.
    let mut seen: HashMap<&str, (usize, String)> = HashMap::new();
    let mut debtor_ids: HashMap<&str, i64> = HashMap::new();
    for (chunk_index, chunk) in rows.chunks(CHUNK).enumerate() {
        let base = chunk_index * CHUNK;
        let hashes: Vec<String> = chunk.iter().map(content_hash).collect();
        let keys: Vec<&str> = chunk.iter().map(|c| c.invoice_number.as_str()).collect();
        let existing = existing_claims(conn, creditor, &keys).await?;
        let mut fresh: Vec<usize> = Vec::new();
        for (i, row) in chunk.iter().enumerate() {
            let hash = &hashes[i];
            let index = base + i;
            if let Some(stored) = existing.get(row.invoice_number.as_str()) {
                if stored == hash {
                    report.unchanged += 1;
                } else {
                    report.conflicts.push(ImportConflict {
                        index,
                        invoice_number: row.invoice_number.clone(),
                        reason: "a claim with this invoice number already exists with other content".into(),
                    });
                }
            } else if let Some((first, first_hash)) = seen.get(row.invoice_number.as_str()) {
                if first_hash == hash {
                    report.unchanged += 1;
                } else {
                    report.conflicts.push(ImportConflict {
                        index,
                        invoice_number: row.invoice_number.clone(),
                        reason: format!(
                            "the same invoice number appears earlier (row {}) with other content",
                            first + 1
                        ),
                    });
                }
            } else {
                seen.insert(&row.invoice_number, (index, hash.clone()));
                fresh.push(i);
            }
        }
        if !report.conflicts.is_empty() {
            // Keep scanning for conflicts so the caller can list all of them, but write nothing more.
            progress(base + chunk.len());
            continue;
        }
        // Debtors: find the known ones, create the rest (first-seen details win).
        let mut wanted: Vec<&str> = fresh
            .iter()
            .map(|&i| chunk[i].debtor.external_id.as_str())
            .filter(|e| !debtor_ids.contains_key(*e))
            .collect();
        wanted.sort_unstable();
        wanted.dedup();
        for (k, v) in existing_debtors(conn, creditor, &wanted).await? {
            // The map borrows its keys from the input rows; find the input's copy of this one.
            if let Ok(at) = wanted.binary_search(&k.as_str()) {
                debtor_ids.insert(wanted[at], v);
            }
        }
        let mut new_debtors: Vec<&DebtorInput> = Vec::new();
        for &i in &fresh {
            let d = &chunk[i].debtor;
            if !debtor_ids.contains_key(d.external_id.as_str()) {
                debtor_ids.insert(&d.external_id, -1);
                new_debtors.push(d);
            }
        }
        if !new_debtors.is_empty() {
            let first = reserve(conn, creditor, "debtor", new_debtors.len() as i64).await?;
            let numbered: Vec<(i64, &DebtorInput)> =
                new_debtors.iter().enumerate().map(|(k, d)| (first + k as i64, *d)).collect();
            for (id, d) in &numbered {
                debtor_ids.insert(&d.external_id, *id);
            }
            insert_debtors(conn, creditor, &numbered).await?;
            report.debtors_created += new_debtors.len();
        }
        if !fresh.is_empty() {
            let n = fresh.len() as i64;
            let first_claim = reserve(conn, creditor, "claim", n).await?;
            let first_entry = reserve(conn, creditor, "entry", n).await?;
            let new_claims: Vec<NewClaim<'_>> = fresh
                .iter()
                .enumerate()
                .map(|(k, &i)| NewClaim {
                    id: first_claim + k as i64,
                    debtor_id: debtor_ids[chunk[i].debtor.external_id.as_str()],
                    input: &chunk[i],
                    hash: &hashes[i],
                })
                .collect();
            insert_claims(conn, creditor, &new_claims, &now).await?;
            open_ledgers(conn, creditor, first_claim, n, first_entry, &now).await?;
            report.created += new_claims.len();
        }
        progress(base + chunk.len());
        if let Conn::Pg(c) = conn
            && chunk_index == 0
            && rows.len() > chunk.len()
        {
            // Without statistics PostgreSQL guesses the wrong index for the look-ups above and
            // scans the whole creditor per chunk. ANALYZE inside the transaction sees our own
            // new rows and fixes the plans for the rest of this import.
            sqlx::query("ANALYZE debtors, claims, ledger_entries").execute(&mut **c).await?;
        }
    }
    Ok(report)
}

struct NewClaim<'a> {
    id: i64,
    debtor_id: i64,
    input: &'a ClaimInput,
    hash: &'a str,
}

/// Reserves `n` consecutive ids of one kind (see `crate::reserve_ids`, the same statement).
pub(crate) async fn reserve(conn: &mut Conn<'_>, creditor: CreditorId, kind: &str, n: i64) -> Result<i64> {
    const SQL: &str = "INSERT INTO id_counters (creditor_id, kind, next_id) VALUES ($1, $2, $3 + 1) \
         ON CONFLICT (creditor_id, kind) DO UPDATE SET next_id = id_counters.next_id + $3 RETURNING next_id";
    let next: i64 = match conn {
        Conn::Sqlite(c) => sqlx::query_scalar(SQL).bind(creditor.0).bind(kind).bind(n).fetch_one(&mut **c).await?,
        Conn::Pg(c) => sqlx::query_scalar(SQL).bind(creditor.0).bind(kind).bind(n).fetch_one(&mut **c).await?,
    };
    Ok(next - n)
}

async fn existing_claims(conn: &mut Conn<'_>, creditor: CreditorId, keys: &[&str]) -> Result<HashMap<String, String>> {
    let mut out = HashMap::new();
    match conn {
        Conn::Sqlite(c) => {
            for part in keys.chunks(SQLITE_KEYS) {
                let sql = format!(
                    "SELECT invoice_number, content_hash FROM claims WHERE creditor_id = ? AND invoice_number IN ({})",
                    placeholders(part.len())
                );
                let mut query = sqlx::query(AssertSqlSafe(sql)).bind(creditor.0);
                for key in part {
                    query = query.bind(*key);
                }
                for row in query.fetch_all(&mut **c).await? {
                    out.insert(row.try_get(0)?, row.try_get(1)?);
                }
            }
        }
        Conn::Pg(c) => {
            let rows = sqlx::query(
                "SELECT invoice_number, content_hash FROM claims WHERE creditor_id = $1 AND invoice_number = ANY($2)",
            )
            .bind(creditor.0)
            .bind(keys)
            .fetch_all(&mut **c)
            .await?;
            for row in rows {
                out.insert(row.try_get(0)?, row.try_get(1)?);
            }
        }
    }
    Ok(out)
}

async fn existing_debtors(conn: &mut Conn<'_>, creditor: CreditorId, keys: &[&str]) -> Result<HashMap<String, i64>> {
    let mut out = HashMap::new();
    if keys.is_empty() {
        return Ok(out);
    }
    match conn {
        Conn::Sqlite(c) => {
            for part in keys.chunks(SQLITE_KEYS) {
                let sql = format!(
                    "SELECT external_id, id FROM debtors WHERE creditor_id = ? AND external_id IN ({})",
                    placeholders(part.len())
                );
                let mut query = sqlx::query(AssertSqlSafe(sql)).bind(creditor.0);
                for key in part {
                    query = query.bind(*key);
                }
                for row in query.fetch_all(&mut **c).await? {
                    out.insert(row.try_get(0)?, row.try_get(1)?);
                }
            }
        }
        Conn::Pg(c) => {
            let rows =
                sqlx::query("SELECT external_id, id FROM debtors WHERE creditor_id = $1 AND external_id = ANY($2)")
                    .bind(creditor.0)
                    .bind(keys)
                    .fetch_all(&mut **c)
                    .await?;
            for row in rows {
                out.insert(row.try_get(0)?, row.try_get(1)?);
            }
        }
    }
    Ok(out)
}

fn channels(d: &DebtorInput) -> String {
    d.channels.iter().map(|c| c.code()).collect::<Vec<_>>().join(",")
}

async fn insert_debtors(conn: &mut Conn<'_>, creditor: CreditorId, debtors: &[(i64, &DebtorInput)]) -> Result<()> {
    let now = now_text();
    match conn {
        Conn::Sqlite(c) => {
            for part in debtors.chunks(SQLITE_ROWS) {
                // The creditor id and the time are the same for every row and are ours, not
                // input: they are written into the statement instead of bound per row.
                let row = format!("({}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{now}')", creditor.0);
                let sql = format!(
                    "INSERT INTO debtors (creditor_id, id, external_id, kind, name, national_id, street, postal_code, \
                     city, country, email, phone, language, channels, created_at) VALUES {}",
                    vec![row; part.len()].join(", ")
                );
                let mut query = sqlx::query(AssertSqlSafe(sql));
                for (id, d) in part {
                    query = query
                        .bind(*id)
                        .bind(d.external_id.as_str())
                        .bind(d.kind.code())
                        .bind(d.name.as_str())
                        .bind(d.national_id.as_deref())
                        .bind(d.address.street.as_str())
                        .bind(d.address.postal_code.as_str())
                        .bind(d.address.city.as_str())
                        .bind(d.address.country.as_str())
                        .bind(d.email.as_deref())
                        .bind(d.phone.as_deref())
                        .bind(d.language.as_str())
                        .bind(channels(d));
                }
                query.execute(&mut **c).await?;
            }
        }
        Conn::Pg(c) => {
            let mut buf = String::with_capacity(debtors.len() * 160);
            for (id, d) in debtors {
                let _ = write!(buf, "{}\t{id}", creditor.0);
                for field in [
                    Some(d.external_id.as_str()),
                    Some(d.kind.code()),
                    Some(d.name.as_str()),
                    d.national_id.as_deref(),
                    Some(d.address.street.as_str()),
                    Some(d.address.postal_code.as_str()),
                    Some(d.address.city.as_str()),
                    Some(d.address.country.as_str()),
                    d.email.as_deref(),
                    d.phone.as_deref(),
                    Some(d.language.as_str()),
                    Some(&channels(d)),
                    Some(&now),
                ] {
                    copy_field(&mut buf, field);
                }
                buf.push('\n');
            }
            copy_in(
                c,
                "COPY debtors (creditor_id, id, external_id, kind, name, national_id, street, postal_code, city, \
                 country, email, phone, language, channels, created_at) FROM STDIN",
                buf,
            )
            .await?;
        }
    }
    Ok(())
}

async fn insert_claims(conn: &mut Conn<'_>, creditor: CreditorId, claims: &[NewClaim<'_>], now: &str) -> Result<()> {
    let state = ClaimState::Open.code();
    match conn {
        Conn::Sqlite(c) => {
            for part in claims.chunks(SQLITE_ROWS) {
                let row = format!("({}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{state}', ?, '{now}')", creditor.0);
                let sql = format!(
                    "INSERT INTO claims (creditor_id, id, debtor_id, invoice_number, issue_date, due_date, \
                     due_date_agreed, currency, principal_minor, payment_reference, contract_rate, state, \
                     content_hash, created_at) VALUES {}",
                    vec![row; part.len()].join(", ")
                );
                let mut query = sqlx::query(AssertSqlSafe(sql));
                for claim in part {
                    let c = claim.input;
                    query = query
                        .bind(claim.id)
                        .bind(claim.debtor_id)
                        .bind(c.invoice_number.as_str())
                        .bind(c.issue_date.to_string())
                        .bind(c.due_date.to_string())
                        .bind(i64::from(c.due_date_agreed))
                        .bind(c.principal.currency().code())
                        .bind(c.principal.minor())
                        .bind(c.payment_reference.as_deref())
                        .bind(c.contract_rate_percent.map(|r| r.normalize().to_string()))
                        .bind(claim.hash);
                }
                query.execute(&mut **c).await?;
            }
        }
        Conn::Pg(c) => {
            let mut buf = String::with_capacity(claims.len() * 200);
            for claim in claims {
                let input = claim.input;
                let _ = write!(buf, "{}\t{}\t{}", creditor.0, claim.id, claim.debtor_id);
                copy_field(&mut buf, Some(&input.invoice_number));
                let _ = write!(
                    buf,
                    "\t{}\t{}\t{}\t{}\t{}",
                    input.issue_date,
                    input.due_date,
                    i64::from(input.due_date_agreed),
                    input.principal.currency().code(),
                    input.principal.minor()
                );
                copy_field(&mut buf, input.payment_reference.as_deref());
                copy_field(&mut buf, input.contract_rate_percent.map(|r| r.normalize().to_string()).as_deref());
                copy_field(&mut buf, Some(state));
                copy_field(&mut buf, Some(claim.hash));
                copy_field(&mut buf, Some(now));
                buf.push('\n');
            }
            copy_in(
                c,
                "COPY claims (creditor_id, id, debtor_id, invoice_number, issue_date, due_date, due_date_agreed, \
                 currency, principal_minor, payment_reference, contract_rate, state, content_hash, created_at) \
                 FROM STDIN",
                buf,
            )
            .await?;
        }
    }
    Ok(())
}

/// Every new claim's ledger opens with its principal: one entry per claim, numbered in claim
/// order from `first_entry`, derived from the claim rows `first_claim ..` just written.
async fn open_ledgers(
    conn: &mut Conn<'_>,
    creditor: CreditorId,
    first_claim: i64,
    n: i64,
    first_entry: i64,
    now: &str,
) -> Result<()> {
    const SQL: &str = "INSERT INTO ledger_entries (creditor_id, id, claim_id, kind, component, amount_minor, \
         currency, effective_date, reverses_id, reason, idempotency_key, recorded_at) \
         SELECT creditor_id, id - $2 + $3, id, 'principal', 'principal', principal_minor, currency, issue_date, \
         NULL, 'invoice ' || invoice_number, NULL, $4 FROM claims \
         WHERE creditor_id = $1 AND id >= $2 AND id < $5 ORDER BY id";
    let end = first_claim + n;
    match conn {
        Conn::Sqlite(c) => {
            sqlx::query(SQL)
                .bind(creditor.0)
                .bind(first_claim)
                .bind(first_entry)
                .bind(now)
                .bind(end)
                .execute(&mut **c)
                .await?;
        }
        Conn::Pg(c) => {
            sqlx::query(SQL)
                .bind(creditor.0)
                .bind(first_claim)
                .bind(first_entry)
                .bind(now)
                .bind(end)
                .execute(&mut **c)
                .await?;
        }
    }
    Ok(())
}

/// "?, ?, …": anonymous placeholders. Numbered ones made binding quadratic in their count
/// (each name is looked up in a list).
pub(crate) fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

/// Appends a tab and one field in PostgreSQL's COPY text format (`\N` is NULL; backslash, tab,
/// newline and carriage return are escaped).
fn copy_field(buf: &mut String, value: Option<&str>) {
    buf.push('\t');
    let Some(value) = value else {
        buf.push_str("\\N");
        return;
    };
    if !value.bytes().any(|b| matches!(b, b'\\' | b'\t' | b'\n' | b'\r')) {
        buf.push_str(value);
        return;
    }
    for ch in value.chars() {
        match ch {
            '\\' => buf.push_str("\\\\"),
            '\t' => buf.push_str("\\t"),
            '\n' => buf.push_str("\\n"),
            '\r' => buf.push_str("\\r"),
            other => buf.push(other),
        }
    }
}

async fn copy_in(conn: &mut PgConnection, statement: &str, data: String) -> Result<()> {
    if data.is_empty() {
        return Ok(());
    }
    let mut copy = conn.copy_in_raw(statement).await?;
    if let Err(e) = copy.send(data.into_bytes()).await {
        // The connection must leave COPY mode before anything else runs on it.
        let _ = copy.abort("import failed").await;
        return Err(e.into());
    }
    copy.finish().await?;
    Ok(())
}
