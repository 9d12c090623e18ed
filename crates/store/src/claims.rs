//! Debtors and claims: bulk import, single create, get and list.
//!
//! A claim's natural key is (creditor, invoice number). Creating a claim that already exists
//! with the same content is not an error (`Exists`); the same invoice number with other content
//! is a `Conflict`. A bulk import writes all of its rows or none of them.

use crate::{Backend, Result, Store, StoreError, now_text, parse_currency, parse_date, parse_state, reserve_ids};
use domain::{Balance, Claim, ClaimId, ClaimInput, ClaimState, CreditorId, DebtorId, DebtorInput, Money};
use rust_decimal::Decimal;
use sha2::{Digest, Sha256};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use std::collections::HashMap;

/// A fingerprint of what the creditor said about a claim, to tell a repeat from a conflict.
pub fn content_hash(input: &ClaimInput) -> String {
    let fields = [
        input.invoice_number.as_str(),
        input.debtor.external_id.as_str(),
        &input.issue_date.to_string(),
        &input.due_date.to_string(),
        if input.due_date_agreed { "agreed" } else { "not-agreed" },
        &input.principal.minor().to_string(),
        input.principal.currency().code(),
        input.payment_reference.as_deref().unwrap_or(""),
        &input.contract_rate_percent.map(|r| r.normalize().to_string()).unwrap_or_default(),
    ];
    let mut hasher = Sha256::new();
    for field in fields {
        hasher.update(field.as_bytes());
        hasher.update([0x1f]);
    }
    hex::encode(hasher.finalize())
}

/// Why a row of an import was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportConflict {
    /// Index of the row in the input slice.
    pub index: usize,
    pub invoice_number: String,
    pub reason: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub created: usize,
    pub unchanged: usize,
    pub debtors_created: usize,
    /// Non-empty means nothing was written.
    pub conflicts: Vec<ImportConflict>,
}

/// The outcome of creating one claim.
#[derive(Debug, Clone)]
pub enum CreateOutcome {
    Created(ClaimView),
    /// The same claim was already there (a safe repeat).
    Exists(ClaimView),
    /// The invoice number is taken by a claim with other content.
    Conflict(ClaimView),
}

/// A claim with its debtor's name and its current balance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimView {
    pub claim: Claim,
    pub debtor_external_id: String,
    pub debtor_name: String,
    pub balance: Balance,
}

/// What to list. All filters are optional; results are ordered by (creditor, claim id).
#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    pub creditor: Option<CreditorId>,
    pub states: Vec<ClaimState>,
    pub debtor: Option<DebtorId>,
    pub invoice_number: Option<String>,
    /// Keyset paging: only claims after this (creditor, claim).
    pub after: Option<(CreditorId, ClaimId)>,
    pub limit: i64,
}

const ROWS_PER_STATEMENT: usize = 400;

const VIEW_SELECT: &str = "SELECT c.*, d.external_id AS debtor_external_id, d.name AS debtor_name, \
    CAST(COALESCE(SUM(CASE WHEN e.component = 'principal' THEN e.amount_minor END), 0) AS BIGINT) AS bal_principal, \
    CAST(COALESCE(SUM(CASE WHEN e.component = 'fees' THEN e.amount_minor END), 0) AS BIGINT) AS bal_fees, \
    CAST(COALESCE(SUM(CASE WHEN e.component = 'interest' THEN e.amount_minor END), 0) AS BIGINT) AS bal_interest, \
    CAST(COALESCE(SUM(CASE WHEN e.component = 'credit' THEN e.amount_minor END), 0) AS BIGINT) AS bal_credit \
    FROM claims c \
    JOIN debtors d ON d.creditor_id = c.creditor_id AND d.id = c.debtor_id \
    LEFT JOIN ledger_entries e ON e.creditor_id = c.creditor_id AND e.claim_id = c.id";

const VIEW_GROUP: &str = " GROUP BY c.creditor_id, c.id, d.external_id, d.name";

fn view_from_row(row: &AnyRow) -> Result<ClaimView> {
    let currency: String = row.try_get("currency")?;
    let currency = parse_currency(&currency)?;
    let state: String = row.try_get("state")?;
    let rate: Option<String> = row.try_get("contract_rate")?;
    let money = |col: &str| -> Result<Money> { Ok(Money::from_minor(row.try_get(col)?, currency)) };
    let claim = Claim {
        id: ClaimId(row.try_get("id")?),
        creditor_id: CreditorId(row.try_get("creditor_id")?),
        debtor_id: DebtorId(row.try_get("debtor_id")?),
        invoice_number: row.try_get("invoice_number")?,
        issue_date: parse_date(&row.try_get::<String, _>("issue_date")?)?,
        due_date: parse_date(&row.try_get::<String, _>("due_date")?)?,
        due_date_agreed: row.try_get::<i64, _>("due_date_agreed")? != 0,
        principal: money("principal_minor")?,
        payment_reference: row.try_get("payment_reference")?,
        contract_rate_percent: rate
            .map(|r| r.parse::<Decimal>().map_err(|_| StoreError::Corrupt(format!("bad rate {r:?}"))))
            .transpose()?,
        state: parse_state(&state)?,
    };
    Ok(ClaimView {
        claim,
        debtor_external_id: row.try_get("debtor_external_id")?,
        debtor_name: row.try_get("debtor_name")?,
        balance: Balance {
            principal: money("bal_principal")?,
            fees: money("bal_fees")?,
            interest: money("bal_interest")?,
            credit: money("bal_credit")?,
        },
    })
}

/// `n` SQLite placeholders for the bulk statements (PostgreSQL takes its bulk rows as JSON).
/// They are anonymous `?`: with numbered ones, binding looks each name up in a list, which made
/// wide statements quadratic in their parameter count.
fn placeholders(n: usize) -> String {
    vec!["?"; n].join(", ")
}

/// "(?, …), (?, …), …" for `rows` rows of `cols` columns.
fn value_rows(rows: usize, cols: usize) -> String {
    vec![format!("({})", placeholders(cols)); rows].join(", ")
}

impl Store {
    /// Imports claims (and their debtors) in one transaction: all rows or none. `progress` is
    /// called with the number of rows handled so far.
    pub async fn import_claims(
        &self,
        creditor: CreditorId,
        rows: &[ClaimInput],
        progress: &mut (dyn FnMut(usize) + Send),
    ) -> Result<ImportReport> {
        let mut tx = self.pool().begin().await?;
        let report = import_in(self.backend(), &mut tx, creditor, rows, progress).await?;
        if report.conflicts.is_empty() {
            tx.commit().await?;
        } else {
            tx.rollback().await?;
        }
        Ok(report)
    }

    /// Creates one claim; a repeat of the same content is `Exists`, other content `Conflict`.
    pub async fn create_claim(&self, creditor: CreditorId, input: &ClaimInput) -> Result<CreateOutcome> {
        let report = self.import_claims(creditor, std::slice::from_ref(input), &mut |_| {}).await?;
        let view = |found: Option<ClaimView>| found.ok_or(StoreError::NotFound("claim"));
        let existing = self.claim_by_invoice(creditor, &input.invoice_number).await?;
        Ok(if report.created == 1 {
            CreateOutcome::Created(view(existing)?)
        } else if report.conflicts.is_empty() {
            CreateOutcome::Exists(view(existing)?)
        } else {
            CreateOutcome::Conflict(view(existing)?)
        })
    }

    pub async fn claim(&self, creditor: CreditorId, id: ClaimId) -> Result<Option<ClaimView>> {
        let sql = format!("{VIEW_SELECT} WHERE c.creditor_id = $1 AND c.id = $2{VIEW_GROUP}");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(creditor.0).bind(id.0).fetch_optional(self.pool()).await?;
        row.as_ref().map(view_from_row).transpose()
    }

    pub async fn claim_by_invoice(&self, creditor: CreditorId, invoice_number: &str) -> Result<Option<ClaimView>> {
        let sql = format!("{VIEW_SELECT} WHERE c.creditor_id = $1 AND c.invoice_number = $2{VIEW_GROUP}");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(creditor.0)
            .bind(invoice_number)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(view_from_row).transpose()
    }

    pub async fn claims(&self, filter: &ClaimFilter) -> Result<Vec<ClaimView>> {
        let mut conditions: Vec<String> = Vec::new();
        let mut n = 0;
        let mut next = || {
            n += 1;
            format!("${n}")
        };
        if filter.creditor.is_some() {
            conditions.push(format!("c.creditor_id = {}", next()));
        }
        if !filter.states.is_empty() {
            let list: Vec<String> = filter.states.iter().map(|_| next()).collect();
            conditions.push(format!("c.state IN ({})", list.join(", ")));
        }
        if filter.debtor.is_some() {
            conditions.push(format!("c.debtor_id = {}", next()));
        }
        if filter.invoice_number.is_some() {
            conditions.push(format!("c.invoice_number = {}", next()));
        }
        if filter.after.is_some() {
            let (a, b, c) = (next(), next(), next());
            conditions.push(format!("(c.creditor_id > {a} OR (c.creditor_id = {b} AND c.id > {c}))"));
        }
        let limit = next();
        let where_clause =
            if conditions.is_empty() { String::new() } else { format!(" WHERE {}", conditions.join(" AND ")) };
        let sql = format!("{VIEW_SELECT}{where_clause}{VIEW_GROUP} ORDER BY c.creditor_id, c.id LIMIT {limit}");
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        if let Some(c) = filter.creditor {
            query = query.bind(c.0);
        }
        for s in &filter.states {
            query = query.bind(s.code());
        }
        if let Some(d) = filter.debtor {
            query = query.bind(d.0);
        }
        if let Some(i) = &filter.invoice_number {
            query = query.bind(i.clone());
        }
        if let Some((c, id)) = filter.after {
            query = query.bind(c.0).bind(c.0).bind(id.0);
        }
        query = query.bind(filter.limit.clamp(1, 10_000));
        let rows = query.fetch_all(self.pool()).await?;
        rows.iter().map(view_from_row).collect()
    }

    /// Counts claims per state for one creditor (or all).
    pub async fn claim_counts(&self, creditor: Option<CreditorId>) -> Result<Vec<(ClaimState, i64)>> {
        let rows = match creditor {
            Some(c) => {
                sqlx::query("SELECT state, CAST(COUNT(*) AS BIGINT) AS n FROM claims WHERE creditor_id = $1 GROUP BY state ORDER BY state")
                    .bind(c.0)
                    .fetch_all(self.pool())
                    .await?
            }
            None => {
                sqlx::query("SELECT state, CAST(COUNT(*) AS BIGINT) AS n FROM claims GROUP BY state ORDER BY state")
                    .fetch_all(self.pool())
                    .await?
            }
        };
        rows.iter()
            .map(|row| {
                let state: String = row.try_get("state")?;
                let state = parse_state(&state)?;
                Ok((state, row.try_get("n")?))
            })
            .collect()
    }
}

async fn import_in(
    backend: Backend,
    conn: &mut AnyConnection,
    creditor: CreditorId,
    rows: &[ClaimInput],
    progress: &mut (dyn FnMut(usize) + Send),
) -> Result<ImportReport> {
    let mut report = ImportReport::default();
    // Rows repeated within this import count once; the first occurrence decides.
    let mut seen: HashMap<&str, (usize, String)> = HashMap::new();
    let mut debtor_ids: HashMap<String, i64> = HashMap::new();
    for (chunk_index, chunk) in rows.chunks(5_000).enumerate() {
        let base = chunk_index * 5_000;
        let hashes: Vec<String> = chunk.iter().map(content_hash).collect();
        let existing = existing_claims(backend, conn, creditor, chunk).await?;
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
        let wanted: Vec<&str> = fresh
            .iter()
            .map(|&i| chunk[i].debtor.external_id.as_str())
            .filter(|e| !debtor_ids.contains_key(*e))
            .collect();
        debtor_ids.extend(existing_debtors(backend, conn, creditor, &wanted).await?);
        let mut new_debtors: Vec<&DebtorInput> = Vec::new();
        for &i in &fresh {
            let d = &chunk[i].debtor;
            if !debtor_ids.contains_key(&d.external_id) {
                debtor_ids.insert(d.external_id.clone(), -1);
                new_debtors.push(d);
            }
        }
        if !new_debtors.is_empty() {
            let first = reserve_ids(conn, creditor.0, "debtor", new_debtors.len() as i64).await?;
            for (k, d) in new_debtors.iter().enumerate() {
                debtor_ids.insert(d.external_id.clone(), first + k as i64);
            }
            insert_debtors(backend, conn, creditor, &new_debtors, &debtor_ids).await?;
            report.debtors_created += new_debtors.len();
        }
        if !fresh.is_empty() {
            let n = fresh.len() as i64;
            let first_claim = reserve_ids(conn, creditor.0, "claim", n).await?;
            let first_entry = reserve_ids(conn, creditor.0, "entry", n).await?;
            let new_claims: Vec<(i64, i64, &ClaimInput, &str)> = fresh
                .iter()
                .enumerate()
                .map(|(k, &i)| (first_claim + k as i64, first_entry + k as i64, &chunk[i], hashes[i].as_str()))
                .collect();
            insert_claims(backend, conn, creditor, &new_claims, &debtor_ids).await?;
            report.created += new_claims.len();
        }
        progress(base + chunk.len());
        if backend == Backend::Postgres && chunk_index == 0 && rows.len() > chunk.len() {
            // Without statistics PostgreSQL guesses the wrong index for the look-ups above and
            // scans the whole creditor per chunk. ANALYZE inside the transaction sees our own
            // new rows and fixes the plans for the rest of this import.
            sqlx::query("ANALYZE debtors, claims, ledger_entries").execute(&mut *conn).await?;
        }
    }
    Ok(report)
}

async fn existing_claims(
    backend: Backend,
    conn: &mut AnyConnection,
    creditor: CreditorId,
    chunk: &[ClaimInput],
) -> Result<HashMap<String, String>> {
    let keys: Vec<&str> = chunk.iter().map(|c| c.invoice_number.as_str()).collect();
    let rows = rows_by_key(
        backend,
        conn,
        "SELECT invoice_number, content_hash FROM claims",
        "invoice_number",
        creditor,
        &keys,
    )
    .await?;
    rows.iter().map(|r| Ok((r.try_get("invoice_number")?, r.try_get("content_hash")?))).collect()
}

async fn existing_debtors(
    backend: Backend,
    conn: &mut AnyConnection,
    creditor: CreditorId,
    external_ids: &[&str],
) -> Result<HashMap<String, i64>> {
    let rows = rows_by_key(backend, conn, "SELECT external_id, id FROM debtors", "external_id", creditor, external_ids)
        .await?;
    rows.iter().map(|r| Ok((r.try_get("external_id")?, r.try_get("id")?))).collect()
}

/// The rows of `select` (one of our own statements) whose `key_column` is one of `keys`, within
/// one creditor. PostgreSQL gets the keys as one JSON array, which is far cheaper than thousands
/// of bound parameters; SQLite gets them in slices of anonymous placeholders.
async fn rows_by_key(
    backend: Backend,
    conn: &mut AnyConnection,
    select: &'static str,
    key_column: &'static str,
    creditor: CreditorId,
    keys: &[&str],
) -> Result<Vec<AnyRow>> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    if backend == Backend::Postgres {
        let sql =
            format!("{select} WHERE creditor_id = $1 AND {key_column} IN (SELECT json_array_elements_text($2::json))");
        let keys = serde_json::to_string(keys).map_err(|e| StoreError::Invalid(e.to_string()))?;
        return Ok(sqlx::query(sqlx::AssertSqlSafe(sql)).bind(creditor.0).bind(keys).fetch_all(&mut *conn).await?);
    }
    let mut rows = Vec::new();
    for part in keys.chunks(ROWS_PER_STATEMENT) {
        let sql = format!("{select} WHERE creditor_id = ? AND {key_column} IN ({})", placeholders(part.len()));
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(creditor.0);
        for key in part {
            query = query.bind(*key);
        }
        rows.extend(query.fetch_all(&mut *conn).await?);
    }
    Ok(rows)
}

async fn insert_debtors(
    backend: Backend,
    conn: &mut AnyConnection,
    creditor: CreditorId,
    debtors: &[&DebtorInput],
    ids: &HashMap<String, i64>,
) -> Result<()> {
    let now = now_text();
    if backend == Backend::Postgres {
        let rows: Vec<serde_json::Value> = debtors
            .iter()
            .map(|d| {
                let channels: Vec<&str> = d.channels.iter().map(|c| c.code()).collect();
                serde_json::json!({
                    "creditor_id": creditor.0, "id": ids[&d.external_id], "external_id": d.external_id,
                    "kind": d.kind.code(), "name": d.name, "national_id": d.national_id,
                    "street": d.address.street, "postal_code": d.address.postal_code, "city": d.address.city,
                    "country": d.address.country, "email": d.email, "phone": d.phone,
                    "language": d.language.as_str(), "channels": channels.join(","), "created_at": now,
                })
            })
            .collect();
        return pg_insert_json(conn, "debtors", rows).await;
    }
    for part in debtors.chunks(ROWS_PER_STATEMENT / 2) {
        let sql = format!(
            "INSERT INTO debtors (creditor_id, id, external_id, kind, name, national_id, street, postal_code, city, \
             country, email, phone, language, channels, created_at) VALUES {}",
            value_rows(part.len(), 15)
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for d in part {
            let channels: Vec<&str> = d.channels.iter().map(|c| c.code()).collect();
            query = query
                .bind(creditor.0)
                .bind(ids[&d.external_id])
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
                .bind(channels.join(","))
                .bind(now.as_str());
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

async fn insert_claims(
    backend: Backend,
    conn: &mut AnyConnection,
    creditor: CreditorId,
    claims: &[(i64, i64, &ClaimInput, &str)],
    debtor_ids: &HashMap<String, i64>,
) -> Result<()> {
    let now = now_text();
    if backend == Backend::Postgres {
        let claim_rows: Vec<serde_json::Value> = claims
            .iter()
            .map(|(id, _, c, hash)| {
                serde_json::json!({
                    "creditor_id": creditor.0, "id": id, "debtor_id": debtor_ids[&c.debtor.external_id],
                    "invoice_number": c.invoice_number, "issue_date": c.issue_date.to_string(),
                    "due_date": c.due_date.to_string(), "due_date_agreed": i64::from(c.due_date_agreed),
                    "currency": c.principal.currency().code(), "principal_minor": c.principal.minor(),
                    "payment_reference": c.payment_reference,
                    "contract_rate": c.contract_rate_percent.map(|r| r.normalize().to_string()),
                    "state": ClaimState::Open.code(), "content_hash": hash, "created_at": now,
                })
            })
            .collect();
        pg_insert_json(conn, "claims", claim_rows).await?;
        let entry_rows: Vec<serde_json::Value> = claims
            .iter()
            .map(|(id, entry_id, c, _)| {
                serde_json::json!({
                    "creditor_id": creditor.0, "id": entry_id, "claim_id": id, "kind": "principal",
                    "component": "principal", "amount_minor": c.principal.minor(),
                    "currency": c.principal.currency().code(), "effective_date": c.issue_date.to_string(),
                    "reverses_id": null, "reason": format!("invoice {}", c.invoice_number),
                    "idempotency_key": null, "recorded_at": now,
                })
            })
            .collect();
        return pg_insert_json(conn, "ledger_entries", entry_rows).await;
    }
    for part in claims.chunks(ROWS_PER_STATEMENT / 2) {
        let sql = format!(
            "INSERT INTO claims (creditor_id, id, debtor_id, invoice_number, issue_date, due_date, due_date_agreed, \
             currency, principal_minor, payment_reference, contract_rate, state, content_hash, created_at) VALUES {}",
            value_rows(part.len(), 14)
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (id, _, c, hash) in part {
            query = query
                .bind(creditor.0)
                .bind(*id)
                .bind(debtor_ids[&c.debtor.external_id])
                .bind(c.invoice_number.as_str())
                .bind(c.issue_date.to_string())
                .bind(c.due_date.to_string())
                .bind(i64::from(c.due_date_agreed))
                .bind(c.principal.currency().code())
                .bind(c.principal.minor())
                .bind(c.payment_reference.as_deref())
                .bind(c.contract_rate_percent.map(|r| r.normalize().to_string()))
                .bind(ClaimState::Open.code())
                .bind(*hash)
                .bind(now.as_str());
        }
        query.execute(&mut *conn).await?;
    }
    // Every claim's ledger opens with its principal. All claims of the batch go in before any
    // entry: PostgreSQL plans its foreign-key check once per connection, and planning it against
    // a table that is still small picks a sequential scan that makes big imports quadratic.
    for part in claims.chunks(ROWS_PER_STATEMENT / 2) {
        let sql = format!(
            "INSERT INTO ledger_entries (creditor_id, id, claim_id, kind, component, amount_minor, currency, \
             effective_date, reverses_id, reason, idempotency_key, recorded_at) VALUES {}",
            value_rows(part.len(), 12)
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (id, entry_id, c, _) in part {
            query = query
                .bind(creditor.0)
                .bind(*entry_id)
                .bind(*id)
                .bind("principal")
                .bind("principal")
                .bind(c.principal.minor())
                .bind(c.principal.currency().code())
                .bind(c.issue_date.to_string())
                .bind(None::<i64>)
                .bind(format!("invoice {}", c.invoice_number))
                .bind(None::<String>)
                .bind(now.as_str());
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

/// A debtor as stored.
pub fn debtor_from_row(row: &AnyRow) -> Result<domain::Debtor> {
    let kind: String = row.try_get("kind")?;
    let language: String = row.try_get("language")?;
    let channels: String = row.try_get("channels")?;
    Ok(domain::Debtor {
        id: DebtorId(row.try_get("id")?),
        creditor_id: CreditorId(row.try_get("creditor_id")?),
        external_id: row.try_get("external_id")?,
        kind: domain::DebtorKind::from_code(&kind)
            .ok_or_else(|| StoreError::Corrupt(format!("bad debtor kind {kind:?}")))?,
        name: row.try_get("name")?,
        national_id: row.try_get("national_id")?,
        address: domain::PostalAddress {
            street: row.try_get("street")?,
            postal_code: row.try_get("postal_code")?,
            city: row.try_get("city")?,
            country: row.try_get("country")?,
        },
        email: row.try_get("email")?,
        phone: row.try_get("phone")?,
        language: domain::Language::parse(&language).map_err(StoreError::Corrupt)?,
        channels: channels.split(',').filter_map(domain::Channel::from_code).collect(),
    })
}

impl Store {
    pub async fn debtor(&self, creditor: CreditorId, id: DebtorId) -> Result<Option<domain::Debtor>> {
        let row = sqlx::query("SELECT * FROM debtors WHERE creditor_id = $1 AND id = $2")
            .bind(creditor.0)
            .bind(id.0)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(debtor_from_row).transpose()
    }

    /// One page of a creditor's debtors, by id, after `after`.
    pub async fn debtors(
        &self,
        creditor: CreditorId,
        after: Option<DebtorId>,
        limit: i64,
    ) -> Result<Vec<domain::Debtor>> {
        let rows = sqlx::query("SELECT * FROM debtors WHERE creditor_id = $1 AND id > $2 ORDER BY id LIMIT $3")
            .bind(creditor.0)
            .bind(after.map_or(0, |d| d.0))
            .bind(limit.clamp(1, 10_000))
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(debtor_from_row).collect()
    }

    /// Creates a debtor, or returns the existing one with the same customer number.
    pub async fn upsert_debtor(&self, creditor: CreditorId, input: &DebtorInput) -> Result<(domain::Debtor, bool)> {
        let mut tx = self.pool().begin().await?;
        let known = existing_debtors(self.backend(), &mut tx, creditor, &[input.external_id.as_str()]).await?;
        let (id, created) = match known.get(&input.external_id) {
            Some(&id) => (id, false),
            None => {
                let id = reserve_ids(&mut tx, creditor.0, "debtor", 1).await?;
                let ids = HashMap::from([(input.external_id.clone(), id)]);
                insert_debtors(self.backend(), &mut tx, creditor, &[input], &ids).await?;
                (id, true)
            }
        };
        tx.commit().await?;
        let debtor = self.debtor(creditor, DebtorId(id)).await?.ok_or(StoreError::NotFound("debtor"))?;
        Ok((debtor, created))
    }
}

/// PostgreSQL bulk insert: the rows travel as one JSON array of objects keyed by column name
/// and become table rows on the server. `table` is one of our own table names, never input.
async fn pg_insert_json(conn: &mut AnyConnection, table: &'static str, rows: Vec<serde_json::Value>) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let body = serde_json::to_string(&rows).map_err(|e| StoreError::Invalid(e.to_string()))?;
    let sql = format!("INSERT INTO {table} SELECT * FROM json_populate_recordset(NULL::{table}, $1::json)");
    sqlx::query(sqlx::AssertSqlSafe(sql)).bind(body).execute(&mut *conn).await?;
    Ok(())
}
