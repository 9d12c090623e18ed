//! Bank payments: importing a parsed payment file, booking what the matcher matched, queueing
//! the rest, and resolving a queued payment by hand.
//!
//! An import is one transaction: the file row, every payment line, the ledger entries and the
//! claims' state changes are written together or not at all. A file is recognised by the
//! SHA-256 of its bytes (imported once per creditor); each line carries the idempotency key
//! `payment:<creditor>:<bank_ref or file-hash:line>`, so a line delivered again in another file
//! books nothing either. Which claim a payment pays is `domain::matching`'s decision, how it
//! splits over a claim's components is `domain::allocation::allocate`'s; this module only
//! stores and books.

use crate::ledger::{AppendOutcome, append_in};
use crate::{Result, Store, StoreError, now_text, parse_currency, parse_date, reserve_ids};
use domain::matching::{IncomingPayment, MatchDecision, MatchOutcome, Matcher, OpenClaim};
use domain::{
    AllocationOrder, Balance, ClaimId, ClaimState, Component, CreditorId, Currency, DebtorId, Entry, EntryKind, Money,
    NewEntry, allocate,
};
use jiff::civil::Date;
use serde_json::json;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use std::collections::{BTreeMap, HashSet};

/// The file being imported.
#[derive(Debug, Clone)]
pub struct PaymentFile {
    /// SHA-256 of the file's bytes, lower-case hex.
    pub sha256: String,
    /// The format's code ("bgmax", "nets-ocr", "camt.054", …).
    pub format: String,
    pub file_name: Option<String>,
}

/// One payment line of a file, as the store needs it.
#[derive(Debug, Clone)]
pub struct PaymentLine {
    /// 1-based line of the record in the file.
    pub line: i64,
    /// The record kind's code ("payment", "deduction", …).
    pub kind: String,
    pub bank_ref: Option<String>,
    /// Signed: money received is positive.
    pub amount: Money,
    pub booking_date: Option<Date>,
    /// The day the payment counts from in the ledger (booking date, else value date, else the import day).
    pub effective_date: Date,
    pub reference: Option<String>,
    pub payer_name: Option<String>,
    pub message: Option<String>,
    /// What the matcher sees.
    pub incoming: IncomingPayment,
    /// False for lines that are not money received for a claim (deductions, reversals, …): they
    /// go to the unmatched queue for a person without being matched.
    pub matchable: bool,
}

/// What one import did. Money sums are per currency, in minor units.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PaymentImportReport {
    /// The file was imported before (same bytes, same creditor): nothing was written.
    pub already_imported: bool,
    pub file_id: Option<i64>,
    pub lines: usize,
    /// Lines booked (matched, partial and overpaid together).
    pub booked: usize,
    pub booked_minor: BTreeMap<Currency, i64>,
    /// Of `booked`: less than outstanding.
    pub partial: usize,
    /// Of `booked`: more than outstanding; the surplus went to the debtor's credit balance.
    pub overpaid: usize,
    pub credit_minor: BTreeMap<Currency, i64>,
    /// Lines queued for a person.
    pub unmatched: usize,
    pub unmatched_minor: BTreeMap<Currency, i64>,
    /// Lines whose idempotency key was already used (delivered before in another file).
    pub duplicates: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentStatus {
    Matched,
    Partial,
    Overpaid,
    Unmatched,
    Resolved,
}

impl PaymentStatus {
    pub fn code(self) -> &'static str {
        match self {
            PaymentStatus::Matched => "matched",
            PaymentStatus::Partial => "partial",
            PaymentStatus::Overpaid => "overpaid",
            PaymentStatus::Unmatched => "unmatched",
            PaymentStatus::Resolved => "resolved",
        }
    }

    pub fn from_code(code: &str) -> Option<PaymentStatus> {
        Some(match code {
            "matched" => PaymentStatus::Matched,
            "partial" => PaymentStatus::Partial,
            "overpaid" => PaymentStatus::Overpaid,
            "unmatched" => PaymentStatus::Unmatched,
            "resolved" => PaymentStatus::Resolved,
            _ => return None,
        })
    }
}

/// Part of a payment booked to one claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MatchedShare {
    pub claim: ClaimId,
    pub amount: Money,
}

/// A claim a person might pick, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSuggestion {
    pub claim: ClaimId,
    pub why: String,
}

/// A stored payment line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentView {
    pub id: i64,
    pub creditor_id: CreditorId,
    pub file_id: i64,
    pub line: i64,
    pub kind: String,
    pub bank_ref: Option<String>,
    pub amount: Money,
    pub booking_date: Option<Date>,
    pub reference: Option<String>,
    pub payer_name: Option<String>,
    pub message: Option<String>,
    pub status: PaymentStatus,
    pub confidence: i64,
    pub reason: String,
    pub matched: Vec<MatchedShare>,
    pub credit: Money,
    pub suggestions: Vec<StoredSuggestion>,
    pub idempotency_key: String,
    pub created_at: String,
    pub resolved_at: Option<String>,
}

/// The outcome of resolving an unmatched payment by hand.
#[derive(Debug, Clone)]
pub enum ResolveOutcome {
    /// Booked to the claim; the payment is now `resolved`.
    Resolved { payment: PaymentView, entries: Vec<Entry> },
    /// The payment was not in the unmatched queue (already booked or resolved): nothing changed.
    NotUnmatched(PaymentView),
}

/// The idempotency key of one payment line.
pub(crate) fn payment_key(creditor: CreditorId, bank_ref: Option<&str>, sha256: &str, line: i64) -> String {
    match bank_ref.map(str::trim).filter(|r| !r.is_empty()) {
        Some(r) => format!("payment:{}:{r}", creditor.0),
        None => format!("payment:{}:{sha256}:{line}", creditor.0),
    }
}

fn view_from_row(row: &AnyRow) -> Result<PaymentView> {
    let currency = parse_currency(&row.try_get::<String, _>("currency")?)?;
    let status: String = row.try_get("status")?;
    let matched: String = row.try_get("matched_claims")?;
    let suggestions: String = row.try_get("suggestions")?;
    let bad = |what: &str| StoreError::Corrupt(format!("payment has bad {what}"));
    let matched: Vec<serde_json::Value> = serde_json::from_str(&matched).map_err(|_| bad("matched_claims"))?;
    let suggestions: Vec<serde_json::Value> = serde_json::from_str(&suggestions).map_err(|_| bad("suggestions"))?;
    Ok(PaymentView {
        id: row.try_get("id")?,
        creditor_id: CreditorId(row.try_get("creditor_id")?),
        file_id: row.try_get("file_id")?,
        line: row.try_get("line")?,
        kind: row.try_get("kind")?,
        bank_ref: row.try_get("bank_ref")?,
        amount: Money::from_minor(row.try_get("amount_minor")?, currency),
        booking_date: row.try_get::<Option<String>, _>("booking_date")?.as_deref().map(parse_date).transpose()?,
        reference: row.try_get("reference")?,
        payer_name: row.try_get("payer_name")?,
        message: row.try_get("message")?,
        status: PaymentStatus::from_code(&status).ok_or_else(|| bad("status"))?,
        confidence: row.try_get("confidence")?,
        reason: row.try_get("reason")?,
        matched: matched
            .iter()
            .map(|m| {
                let claim = m["claim_id"].as_i64().ok_or_else(|| bad("matched_claims"))?;
                let amount = m["amount_minor"].as_i64().ok_or_else(|| bad("matched_claims"))?;
                Ok(MatchedShare { claim: ClaimId(claim), amount: Money::from_minor(amount, currency) })
            })
            .collect::<Result<_>>()?,
        credit: Money::from_minor(row.try_get("credit_minor")?, currency),
        suggestions: suggestions
            .iter()
            .map(|s| {
                let claim = s["claim_id"].as_i64().ok_or_else(|| bad("suggestions"))?;
                Ok(StoredSuggestion { claim: ClaimId(claim), why: s["why"].as_str().unwrap_or_default().to_string() })
            })
            .collect::<Result<_>>()?,
        idempotency_key: row.try_get("idempotency_key")?,
        created_at: row.try_get("created_at")?,
        resolved_at: row.try_get("resolved_at")?,
    })
}

fn shares_json(shares: &[MatchedShare]) -> String {
    serde_json::Value::Array(
        shares.iter().map(|s| json!({"claim_id": s.claim.0, "amount_minor": s.amount.minor()})).collect(),
    )
    .to_string()
}

fn suggestions_json(list: &[StoredSuggestion]) -> String {
    serde_json::Value::Array(list.iter().map(|s| json!({"claim_id": s.claim.0, "why": s.why})).collect()).to_string()
}

/// Open claims with what is outstanding on each, in one query.
async fn open_claims_in(conn: &mut AnyConnection, creditor: CreditorId) -> Result<Vec<OpenClaim>> {
    let rows = sqlx::query(
        "SELECT c.id, c.debtor_id, c.payment_reference, c.invoice_number, c.currency, \
         CAST(COALESCE(SUM(CASE WHEN e.component <> 'credit' THEN e.amount_minor END), 0) AS BIGINT) AS outstanding \
         FROM claims c LEFT JOIN ledger_entries e ON e.creditor_id = c.creditor_id AND e.claim_id = c.id \
         WHERE c.creditor_id = $1 AND c.state NOT IN ($2, $3, $4) \
         GROUP BY c.creditor_id, c.id, c.debtor_id, c.payment_reference, c.invoice_number, c.currency \
         ORDER BY c.id",
    )
    .bind(creditor.0)
    .bind(ClaimState::Paid.code())
    .bind(ClaimState::WrittenOff.code())
    .bind(ClaimState::Credited.code())
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for row in &rows {
        let outstanding: i64 = row.try_get("outstanding")?;
        if outstanding <= 0 {
            continue;
        }
        let currency = parse_currency(&row.try_get::<String, _>("currency")?)?;
        out.push(OpenClaim {
            id: ClaimId(row.try_get("id")?),
            debtor: DebtorId(row.try_get("debtor_id")?),
            reference: row.try_get("payment_reference")?,
            invoice_number: row.try_get("invoice_number")?,
            outstanding: Money::from_minor(outstanding, currency),
        });
    }
    Ok(out)
}

/// Books `amount` (positive) to one claim: split over its components by `allocate`, anything
/// left over to its credit balance. Returns the booked entries and the amount put on credit.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn book_to_claim(
    conn: &mut AnyConnection,
    creditor: CreditorId,
    claim: ClaimId,
    amount: Money,
    order: AllocationOrder,
    date: Date,
    reason: &str,
    key: &str,
) -> Result<(Vec<Entry>, Money)> {
    // Lock the claim before reading its balance, so the allocation is made on what is booked.
    let currency: Option<String> =
        sqlx::query_scalar("UPDATE claims SET state = state WHERE creditor_id = $1 AND id = $2 RETURNING currency")
            .bind(creditor.0)
            .bind(claim.0)
            .fetch_optional(&mut *conn)
            .await?;
    let currency = parse_currency(&currency.ok_or(StoreError::NotFound("claim"))?)?;
    if currency != amount.currency() {
        return Err(StoreError::Invalid(format!(
            "the payment is in {}, claim {} is in {currency}",
            amount.currency(),
            claim.0
        )));
    }
    let rows = sqlx::query(
        "SELECT component, CAST(SUM(amount_minor) AS BIGINT) AS total FROM ledger_entries \
         WHERE creditor_id = $1 AND claim_id = $2 GROUP BY component",
    )
    .bind(creditor.0)
    .bind(claim.0)
    .fetch_all(&mut *conn)
    .await?;
    let mut balance = Balance::zero(currency);
    for row in &rows {
        let code: String = row.try_get("component")?;
        let component =
            Component::from_code(&code).ok_or_else(|| StoreError::Corrupt(format!("bad component {code:?}")))?;
        balance
            .apply(component, Money::from_minor(row.try_get("total")?, currency))
            .map_err(domain::LedgerError::from)?;
    }
    let allocation = allocate(&balance, amount, order, None).map_err(domain::LedgerError::from)?;
    let mut new = Vec::with_capacity(allocation.parts.len() + 1);
    for (component, part) in &allocation.parts {
        new.push(NewEntry {
            kind: EntryKind::Payment,
            component: *component,
            amount: part.checked_neg().map_err(domain::LedgerError::from)?,
            effective_date: date,
            reason: reason.to_string(),
        });
    }
    if allocation.surplus.is_positive() {
        new.push(NewEntry {
            kind: EntryKind::Payment,
            component: Component::Credit,
            amount: allocation.surplus.checked_neg().map_err(domain::LedgerError::from)?,
            effective_date: date,
            reason: format!("{reason} (overpayment held as credit)"),
        });
    }
    if new.is_empty() {
        return Ok((Vec::new(), Money::zero(currency)));
    }
    match append_in(conn, creditor, claim, &new, Some(key)).await? {
        AppendOutcome::Booked(entries) | AppendOutcome::Exists(entries) => Ok((entries, allocation.surplus)),
        AppendOutcome::Conflict(_) => Err(StoreError::Invalid(format!(
            "the idempotency key {key:?} was already used for other ledger entries; nothing was booked"
        ))),
    }
}

fn ledger_key(payment_key: &str, claim: ClaimId) -> String {
    format!("{payment_key}#claim:{}", claim.0)
}

fn ledger_reason(format: &str, line: &PaymentLine, why: &str) -> String {
    let source = match &line.bank_ref {
        Some(r) => format!("bank ref {r}"),
        None => format!("line {}", line.line),
    };
    let reference = line.reference.as_deref().map(|r| format!(", reference {r}")).unwrap_or_default();
    format!("payment from {format} file, {source}{reference} ({why})")
}

fn add(map: &mut BTreeMap<Currency, i64>, money: Money) {
    *map.entry(money.currency()).or_insert(0) += money.minor();
}

const PAYMENT_INSERT: &str = "INSERT INTO payments (creditor_id, id, file_id, line, kind, bank_ref, amount_minor, currency, \
    booking_date, reference, payer_name, message, status, confidence, reason, matched_claims, credit_minor, suggestions, \
    idempotency_key, created_at, resolved_at) \
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, NULL)";

impl Store {
    /// The creditor's open claims with their outstanding amounts, as the matcher needs them.
    pub async fn open_claims_for_matching(&self, creditor: CreditorId) -> Result<Vec<OpenClaim>> {
        let mut conn = self.pool().acquire().await?;
        open_claims_in(&mut conn, creditor).await
    }

    /// Imports one parsed payment file in one transaction: matches every line against the
    /// creditor's open claims, books the confident matches, queues the rest. A file imported
    /// before books nothing and says so. `progress` is called with the lines handled so far.
    pub async fn import_payments(
        &self,
        creditor: CreditorId,
        file: &PaymentFile,
        lines: &[PaymentLine],
        progress: &mut (dyn FnMut(usize) + Send),
    ) -> Result<PaymentImportReport> {
        let order = self.creditor(creditor).await?.allocation_order;
        let mut report = PaymentImportReport { lines: lines.len(), ..Default::default() };
        let mut tx = self.write_tx().await?;
        let now = now_text();
        // The file row first: its unique key makes a second import of the same bytes wait for
        // (or see) the first and stop here.
        let known: Option<i64> =
            sqlx::query_scalar("SELECT id FROM payment_files WHERE creditor_id = $1 AND sha256 = $2")
                .bind(creditor.0)
                .bind(&file.sha256)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some(id) = known {
            tx.rollback().await?;
            report.already_imported = true;
            report.file_id = Some(id);
            return Ok(report);
        }
        let file_id = reserve_ids(&mut tx, creditor.0, "payment_file", 1).await?;
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO payment_files (creditor_id, id, sha256, format, file_name, line_count, imported_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (creditor_id, sha256) DO NOTHING RETURNING id",
        )
        .bind(creditor.0)
        .bind(file_id)
        .bind(&file.sha256)
        .bind(&file.format)
        .bind(file.file_name.as_deref())
        .bind(lines.len() as i64)
        .bind(now.as_str())
        .fetch_optional(&mut *tx)
        .await?;
        if inserted.is_none() {
            tx.rollback().await?;
            report.already_imported = true;
            return Ok(report);
        }
        report.file_id = Some(file_id);

        let mut matcher = Matcher::new(open_claims_in(&mut tx, creditor).await?);
        let first_id = reserve_ids(&mut tx, creditor.0, "payment", lines.len().max(1) as i64).await?;
        let mut seen: HashSet<String> = HashSet::new();
        // WEBHOOKS: payment.unmatched events, written below in this same transaction.
        let hook_unmatched = crate::webhooks::subscribed(&mut tx, creditor, crate::webhooks::PAYMENT_UNMATCHED).await?;
        let mut unmatched_events = Vec::new();
        for (n, line) in lines.iter().enumerate() {
            if n % 256 == 0 {
                progress(n);
            }
            let key = payment_key(creditor, line.bank_ref.as_deref(), &file.sha256, line.line);
            let repeated = !seen.insert(key.clone()) || {
                let found: Option<i64> =
                    sqlx::query_scalar("SELECT id FROM payments WHERE creditor_id = $1 AND idempotency_key = $2")
                        .bind(creditor.0)
                        .bind(&key)
                        .fetch_optional(&mut *tx)
                        .await?;
                found.is_some()
            };
            if repeated {
                report.duplicates += 1;
                continue;
            }
            let decision: Option<MatchDecision> = line.matchable.then(|| matcher.match_payment(&line.incoming));
            let mut matched: Vec<MatchedShare> = Vec::new();
            let mut suggestions: Vec<StoredSuggestion> = Vec::new();
            let mut credit = Money::zero(line.amount.currency());
            let (status, confidence, reason) = match &decision {
                Some(d) if d.auto_bookable() => {
                    let why = d.reason.code();
                    let text = ledger_reason(&file.format, line, why);
                    let last = d.shares.len().saturating_sub(1);
                    for (k, share) in d.shares.iter().enumerate() {
                        // What the matcher left over (an overpayment) goes with the last share.
                        let amount = if k == last {
                            share.amount.checked_add(d.surplus).map_err(domain::LedgerError::from)?
                        } else {
                            share.amount
                        };
                        let (_, surplus) = book_to_claim(
                            &mut tx,
                            creditor,
                            share.claim,
                            amount,
                            order,
                            line.effective_date,
                            &text,
                            &ledger_key(&key, share.claim),
                        )
                        .await?;
                        credit = credit.checked_add(surplus).map_err(domain::LedgerError::from)?;
                        matched.push(MatchedShare { claim: share.claim, amount });
                    }
                    let status = match d.outcome {
                        MatchOutcome::Partial => PaymentStatus::Partial,
                        MatchOutcome::Overpaid => PaymentStatus::Overpaid,
                        _ if credit.is_positive() => PaymentStatus::Overpaid,
                        _ => PaymentStatus::Matched,
                    };
                    (status, d.confidence, why)
                }
                Some(d) => {
                    // Too doubtful to book: what the matcher found becomes the first suggestions.
                    for s in &d.shares {
                        suggestions.push(StoredSuggestion { claim: s.claim, why: d.reason.code().to_string() });
                    }
                    for s in &d.suggestions {
                        if !suggestions.iter().any(|x| x.claim == s.claim) {
                            suggestions.push(StoredSuggestion { claim: s.claim, why: s.why.code().to_string() });
                        }
                    }
                    (PaymentStatus::Unmatched, d.confidence, d.reason.code())
                }
                None => (PaymentStatus::Unmatched, 0, "not_a_payment"),
            };
            match status {
                PaymentStatus::Unmatched => {
                    report.unmatched += 1;
                    add(&mut report.unmatched_minor, line.amount);
                    if hook_unmatched {
                        let id = first_id + n as i64;
                        unmatched_events.push(crate::webhooks::payment_unmatched(id, &key, line, reason, &suggestions));
                    }
                }
                _ => {
                    report.booked += 1;
                    add(&mut report.booked_minor, line.amount);
                    if status == PaymentStatus::Partial {
                        report.partial += 1;
                    }
                    if status == PaymentStatus::Overpaid {
                        report.overpaid += 1;
                    }
                    if credit.is_positive() {
                        add(&mut report.credit_minor, credit);
                    }
                }
            }
            sqlx::query(PAYMENT_INSERT)
                .bind(creditor.0)
                .bind(first_id + n as i64)
                .bind(file_id)
                .bind(line.line)
                .bind(line.kind.as_str())
                .bind(line.bank_ref.as_deref())
                .bind(line.amount.minor())
                .bind(line.amount.currency().code())
                .bind(line.booking_date.map(|d| d.to_string()))
                .bind(line.reference.as_deref())
                .bind(line.payer_name.as_deref())
                .bind(line.message.as_deref())
                .bind(status.code())
                .bind(i64::from(confidence))
                .bind(reason)
                .bind(shares_json(&matched))
                .bind(credit.minor())
                .bind(suggestions_json(&suggestions))
                .bind(key.as_str())
                .bind(now.as_str())
                .execute(&mut *tx)
                .await?;
        }
        progress(lines.len());
        crate::webhooks::insert_events(&mut tx, creditor, &unmatched_events).await?;
        tx.commit().await?;
        Ok(report)
    }

    /// One stored payment line.
    pub async fn payment(&self, creditor: CreditorId, id: i64) -> Result<Option<PaymentView>> {
        let row = sqlx::query("SELECT * FROM payments WHERE creditor_id = $1 AND id = $2")
            .bind(creditor.0)
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(view_from_row).transpose()
    }

    /// One page of the unmatched queue, oldest first, after payment id `after`.
    pub async fn unmatched_payments(
        &self,
        creditor: CreditorId,
        after: Option<i64>,
        limit: i64,
    ) -> Result<Vec<PaymentView>> {
        let rows = sqlx::query(
            "SELECT * FROM payments WHERE creditor_id = $1 AND status = $2 AND id > $3 ORDER BY id LIMIT $4",
        )
        .bind(creditor.0)
        .bind(PaymentStatus::Unmatched.code())
        .bind(after.unwrap_or(0))
        .bind(limit.clamp(1, 10_000))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(view_from_row).collect()
    }

    /// Books an unmatched payment to a claim a person chose (all of it: what exceeds the
    /// claim's balance goes to its credit) and marks the payment resolved, in one transaction.
    /// `fallback_date` is the effective date when the bank file gave none.
    pub async fn resolve_payment(
        &self,
        creditor: CreditorId,
        payment: i64,
        claim: ClaimId,
        fallback_date: Date,
    ) -> Result<ResolveOutcome> {
        let order = self.creditor(creditor).await?.allocation_order;
        let mut tx = self.write_tx().await?;
        // Touch the payment first: it locks the row, so two people cannot resolve it twice.
        let row = sqlx::query("UPDATE payments SET status = status WHERE creditor_id = $1 AND id = $2 RETURNING *")
            .bind(creditor.0)
            .bind(payment)
            .fetch_optional(&mut *tx)
            .await?;
        let view = view_from_row(&row.ok_or(StoreError::NotFound("payment"))?)?;
        if view.status != PaymentStatus::Unmatched {
            tx.rollback().await?;
            return Ok(ResolveOutcome::NotUnmatched(view));
        }
        if !view.amount.is_positive() {
            return Err(StoreError::Invalid(format!(
                "payment {payment} is not money received ({} {}); it cannot be booked to a claim",
                view.amount.to_decimal_string(),
                view.amount.currency()
            )));
        }
        let date = view.booking_date.unwrap_or(fallback_date);
        let source = match &view.bank_ref {
            Some(r) => format!("bank ref {r}"),
            None => format!("line {}", view.line),
        };
        let reason = format!("payment {payment} ({source}) resolved by hand");
        let (entries, surplus) = book_to_claim(
            &mut tx,
            creditor,
            claim,
            view.amount,
            order,
            date,
            &reason,
            &ledger_key(&view.idempotency_key, claim),
        )
        .await?;
        let shares = [MatchedShare { claim, amount: view.amount }];
        let now = now_text();
        sqlx::query(
            "UPDATE payments SET status = $1, matched_claims = $2, credit_minor = $3, resolved_at = $4 \
             WHERE creditor_id = $5 AND id = $6",
        )
        .bind(PaymentStatus::Resolved.code())
        .bind(shares_json(&shares))
        .bind(surplus.minor())
        .bind(now.as_str())
        .bind(creditor.0)
        .bind(payment)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        let payment = self.payment(creditor, payment).await?.ok_or(StoreError::NotFound("payment"))?;
        Ok(ResolveOutcome::Resolved { payment, entries })
    }
}
