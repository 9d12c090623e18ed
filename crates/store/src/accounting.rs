//! What the bookkeeping export reads: a creditor's ledger entries of a period, each with its
//! claim's invoice number, the event it belongs to and (for a reversal) the kind it reverses.

use crate::ledger::entry_from_row;
use crate::refunds::MOVED_TO_SUFFIX;
use crate::{Result, Store, StoreError};
use domain::accounting::BookEntry;
use domain::{CreditorId, EntryKind};
use futures_util::TryStreamExt;
use jiff::civil::Date;
use sqlx::Row;
use std::collections::{HashMap, HashSet};

impl Store {
    /// The creditor's entries whose effective date lies in `from..=to`, ordered by date and id.
    ///
    /// Entries share an event when they share an idempotency key (one bank payment, one dunning
    /// step); the entries a credit move books on the receiving claim (key `K:to`) join the refund
    /// entry keyed `K` on the claim it came from. An entry without a key is its own event.
    pub async fn accounting_entries(&self, creditor: CreditorId, from: Date, to: Date) -> Result<Vec<BookEntry>> {
        let mut rows = sqlx::query(
            "SELECT e.*, c.invoice_number FROM ledger_entries e \
             JOIN claims c ON c.creditor_id = e.creditor_id AND c.id = e.claim_id \
             WHERE e.creditor_id = $1 AND e.effective_date >= $2 AND e.effective_date <= $3 \
             ORDER BY e.effective_date, e.id",
        )
        .bind(creditor.0)
        .bind(from.to_string())
        .bind(to.to_string())
        .fetch(self.pool());
        // Streamed: only the typed entries are kept, never the whole result's rows.
        let mut out = Vec::new();
        let mut keys: Vec<Option<String>> = Vec::new();
        while let Some(row) = rows.try_next().await? {
            let row = &row;
            let entry = entry_from_row(row)?;
            keys.push(row.try_get("idempotency_key")?);
            out.push(BookEntry { entry, invoice_number: row.try_get("invoice_number")?, event: None, reverses: None });
        }
        drop(rows);
        let refund_keys: HashSet<&str> = out
            .iter()
            .zip(&keys)
            .filter(|(b, _)| b.entry.kind == EntryKind::Refund)
            .filter_map(|(_, k)| k.as_deref())
            .collect();
        for (book, key) in out.iter_mut().zip(&keys) {
            book.event = key.as_deref().map(|k| match k.strip_suffix(MOVED_TO_SUFFIX) {
                Some(base) if refund_keys.contains(base) => base.to_string(),
                _ => k.to_string(),
            });
        }
        // The kinds of the entries reversed: in the period already, or read by id.
        let mut kinds: HashMap<i64, EntryKind> = out.iter().map(|b| (b.entry.id.0, b.entry.kind)).collect();
        let mut wanted: Vec<i64> = out
            .iter()
            .filter_map(|b| match b.entry.kind {
                EntryKind::Reversal { of } if !kinds.contains_key(&of.0) => Some(of.0),
                _ => None,
            })
            .collect();
        wanted.sort_unstable();
        wanted.dedup();
        for chunk in wanted.chunks(500) {
            let ids: Vec<String> = chunk.iter().map(i64::to_string).collect();
            let sql = format!("SELECT * FROM ledger_entries WHERE creditor_id = $1 AND id IN ({})", ids.join(", "));
            for row in sqlx::query(sqlx::AssertSqlSafe(sql.as_str())).bind(creditor.0).fetch_all(self.pool()).await? {
                let entry = entry_from_row(&row)?;
                kinds.insert(entry.id.0, entry.kind);
            }
        }
        for book in &mut out {
            if let EntryKind::Reversal { of } = book.entry.kind {
                let kind = kinds.get(&of.0).copied().ok_or_else(|| {
                    StoreError::Corrupt(format!("entry {} reverses entry {}, which is missing", book.entry.id, of))
                })?;
                book.reverses = Some(kind);
            }
        }
        Ok(out)
    }
}
