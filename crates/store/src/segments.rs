//! Debtors' segments (`debtor_segments`): read for a run's page of claims, recomputed at each
//! run from aggregates, and the hardship flag staff set on a debtor.

use crate::audit::audit_in;
use crate::dunning::page_ranges;
use crate::{Actor, Backend, NewAudit, Result, Store, StoreError, parse_currency, parse_date};
use domain::dunning::{CaseFacts, Segment, SegmentFacts, SegmentRules, Segmentation, classify};
use domain::{ClaimState, CreditorId, DebtorId, DebtorKind, Money};
use jiff::ToSpan;
use jiff::civil::Date;
use sqlx::Row;
use std::collections::HashMap;

impl Store {
    /// The stored segment of each debtor of a page of claims (sorted by key), by (creditor,
    /// debtor): one range query per creditor. Debtors without a stored segment are absent.
    pub async fn page_segments(&self, cases: &[CaseFacts]) -> Result<HashMap<(i64, i64), String>> {
        let mut out = HashMap::new();
        let mut conn = self.pool().acquire().await?;
        for (creditor, first, last) in page_ranges(cases.iter().map(|c| (c.creditor.0, c.claim.0))) {
            let rows = sqlx::query(
                "SELECT s.debtor_id, s.segment FROM debtor_segments s WHERE s.creditor_id = $1 AND s.debtor_id IN \
                 (SELECT c.debtor_id FROM claims c WHERE c.creditor_id = $2 AND c.id >= $3 AND c.id <= $4)",
            )
            .bind(creditor)
            .bind(creditor)
            .bind(first)
            .bind(last)
            .fetch_all(&mut *conn)
            .await?;
            for row in &rows {
                out.insert((creditor, row.try_get::<i64, _>("debtor_id")?), row.try_get("segment")?);
            }
        }
        Ok(out)
    }
}

/// What one recomputation did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct SegmentsRecomputed {
    pub debtors_seen: u64,
    /// Debtors whose segment or reasons changed (or who had none): the rows written.
    pub changed: u64,
}

/// Debtors per page of the recomputation.
const PAGE: i64 = 5_000;
/// Rows per multi-row upsert (5 values a row).
const UPSERT_ROWS: usize = 500;

/// The aggregates of one range of debtors' claims: per debtor and currency, the principal still
/// in collection, late claims and claims paid on time in the window. The payment date is looked
/// up only for paid claims due in the window.
static AGGREGATES_SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let states: Vec<String> =
        ClaimState::ALL.into_iter().filter(|s| s.in_collection()).map(|s| format!("'{}'", s.code())).collect();
    let collection = states.join(", ");
    format!(
        "SELECT x.debtor_id, x.currency, \
         CAST(COALESCE(SUM(CASE WHEN x.state IN ({collection}) THEN x.principal_minor END), 0) AS BIGINT) AS open_principal, \
         CAST(COALESCE(SUM(CASE WHEN x.due_date >= $4 AND x.due_date < $5 AND x.state <> 'credited' \
              AND NOT (x.state = 'paid' AND x.paid_on <= x.due_date) THEN 1 END), 0) AS BIGINT) AS late, \
         CAST(COALESCE(SUM(CASE WHEN x.due_date >= $6 AND x.state = 'paid' AND x.paid_on <= x.due_date THEN 1 END), 0) AS BIGINT) AS on_time \
         FROM (SELECT c.debtor_id, c.currency, c.state, c.due_date, c.principal_minor, \
               CASE WHEN c.state = 'paid' AND c.due_date >= $7 THEN (SELECT MAX(e.effective_date) FROM ledger_entries e \
                    WHERE e.creditor_id = c.creditor_id AND e.claim_id = c.id AND e.kind = 'payment') END AS paid_on \
               FROM claims c WHERE c.creditor_id = $1 AND c.debtor_id >= $2 AND c.debtor_id <= $3) x \
         GROUP BY x.debtor_id, x.currency"
    )
});

fn reasons_text(s: &Segmentation) -> String {
    serde_json::json!({"reasons": s.reasons, "also_matched": s.also_matched}).to_string()
}

fn segmentation_from(segment: &str, reasons: &str) -> Result<Segmentation> {
    let bad = |e: String| StoreError::Corrupt(format!("bad stored segment {segment:?} {reasons:?}: {e}"));
    let v: serde_json::Value = serde_json::from_str(reasons).map_err(|e| bad(e.to_string()))?;
    Ok(Segmentation {
        segment: Segment::from_code(segment).ok_or_else(|| bad("unknown segment".into()))?,
        reasons: serde_json::from_value(v["reasons"].clone()).map_err(|e| bad(e.to_string()))?,
        also_matched: serde_json::from_value(v["also_matched"].clone()).map_err(|e| bad(e.to_string()))?,
    })
}

impl Store {
    /// Recomputes every debtor's segment for `today` with `rules`, page by page of debtors: the
    /// facts from aggregates over their claims (one range query per creditor and page), the
    /// segment from the domain's `classify`, and a row written only where the segment or its
    /// reasons changed. Re-running the same day writes nothing.
    pub async fn recompute_segments(&self, today: Date, rules: &SegmentRules) -> Result<SegmentsRecomputed> {
        let mut report = SegmentsRecomputed::default();
        let from = today.checked_sub(i64::from(rules.window_days).days()).unwrap_or(today);
        let (from, today_text) = (from.to_string(), today.to_string());
        let mut after = (i64::MIN, i64::MIN);
        let mut conn = self.pool().acquire().await?;
        loop {
            let debtors = sqlx::query(
                "SELECT d.creditor_id, d.id, d.kind, d.hardship, s.segment, s.reasons FROM debtors d \
                 LEFT JOIN debtor_segments s ON s.creditor_id = d.creditor_id AND s.debtor_id = d.id \
                 WHERE (d.creditor_id, d.id) > ($1, $2) ORDER BY d.creditor_id, d.id LIMIT $3",
            )
            .bind(after.0)
            .bind(after.1)
            .bind(PAGE)
            .fetch_all(&mut *conn)
            .await?;
            let Some(last) = debtors.last() else { break };
            after = (last.try_get("creditor_id")?, last.try_get("id")?);
            let keys = debtors
                .iter()
                .map(|r| Ok((r.try_get::<i64, _>("creditor_id")?, r.try_get::<i64, _>("id")?)))
                .collect::<Result<Vec<_>>>()?;
            // (creditor, debtor) → (late, on time, open principal per currency)
            let mut facts: HashMap<(i64, i64), (u32, u32, Vec<Money>)> = HashMap::new();
            for (creditor, first, last) in page_ranges(keys.iter().copied()) {
                let rows = sqlx::query(sqlx::AssertSqlSafe(AGGREGATES_SQL.as_str()))
                    .bind(creditor)
                    .bind(first)
                    .bind(last)
                    .bind(&from)
                    .bind(&today_text)
                    .bind(&from)
                    .bind(&from)
                    .fetch_all(&mut *conn)
                    .await?;
                for row in &rows {
                    let entry = facts.entry((creditor, row.try_get("debtor_id")?)).or_default();
                    let count = |n: i64| u32::try_from(n).unwrap_or(u32::MAX);
                    entry.0 += count(row.try_get("late")?);
                    entry.1 += count(row.try_get("on_time")?);
                    let currency = parse_currency(&row.try_get::<String, _>("currency")?)?;
                    entry.2.push(Money::from_minor(row.try_get("open_principal")?, currency));
                }
            }
            let mut changed: Vec<(i64, i64, &'static str, String)> = Vec::new();
            for (row, key) in debtors.iter().zip(&keys) {
                report.debtors_seen += 1;
                let kind: String = row.try_get("kind")?;
                let (late, on_time, open) = facts.remove(key).unwrap_or_default();
                let f = SegmentFacts {
                    debtor_kind: DebtorKind::from_code(&kind)
                        .ok_or_else(|| StoreError::Corrupt(format!("bad debtor kind {kind:?}")))?,
                    hardship: row.try_get::<i64, _>("hardship")? != 0,
                    late_claims: late,
                    paid_on_time: on_time,
                    open_principal: open,
                };
                let s = classify(&f, rules);
                let text = reasons_text(&s);
                let old_segment: Option<String> = row.try_get("segment")?;
                let old_reasons: Option<String> = row.try_get("reasons")?;
                if old_segment.as_deref() != Some(s.segment.code()) || old_reasons.as_deref() != Some(text.as_str()) {
                    changed.push((key.0, key.1, s.segment.code(), text));
                }
            }
            report.changed += changed.len() as u64;
            for chunk in changed.chunks(UPSERT_ROWS) {
                // SQLite gets anonymous placeholders: it looks each numbered one up in a list,
                // which made binding a statement of thousands of them quadratic.
                let values: Vec<String> = (0..chunk.len())
                    .map(|i| match self.backend() {
                        Backend::Sqlite => "(?, ?, ?, ?, ?)".to_string(),
                        Backend::Postgres => {
                            let b = i * 5;
                            format!("(${}, ${}, ${}, ${}, ${})", b + 1, b + 2, b + 3, b + 4, b + 5)
                        }
                    })
                    .collect();
                let sql = format!(
                    "INSERT INTO debtor_segments (creditor_id, debtor_id, segment, reasons, computed_on) VALUES {} \
                     ON CONFLICT (creditor_id, debtor_id) DO UPDATE SET segment = excluded.segment, \
                     reasons = excluded.reasons, computed_on = excluded.computed_on",
                    values.join(", ")
                );
                let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
                for (creditor, debtor, segment, reasons) in chunk {
                    q = q.bind(*creditor).bind(*debtor).bind(*segment).bind(reasons.as_str()).bind(&today_text);
                }
                q.execute(&mut *conn).await?;
            }
        }
        Ok(report)
    }

    /// A debtor's stored segment with its reasons; `None` if the debtor is unknown, and a
    /// debtor not segmented yet (no run since it was created) has `segmentation: None`.
    pub async fn debtor_segment(
        &self,
        creditor: CreditorId,
        debtor: DebtorId,
    ) -> Result<Option<(bool, Option<(Segmentation, Date)>)>> {
        let row = sqlx::query(
            "SELECT d.hardship, s.segment, s.reasons, s.computed_on FROM debtors d \
             LEFT JOIN debtor_segments s ON s.creditor_id = d.creditor_id AND s.debtor_id = d.id \
             WHERE d.creditor_id = $1 AND d.id = $2",
        )
        .bind(creditor.0)
        .bind(debtor.0)
        .fetch_optional(self.pool())
        .await?;
        let Some(row) = row else { return Ok(None) };
        let hardship = row.try_get::<i64, _>("hardship")? != 0;
        let segment: Option<String> = row.try_get("segment")?;
        let stored = match segment {
            Some(segment) => {
                let reasons: String = row.try_get("reasons")?;
                let on: String = row.try_get("computed_on")?;
                Some((segmentation_from(&segment, &reasons)?, parse_date(&on)?))
            }
            None => None,
        };
        Ok(Some((hardship, stored)))
    }

    /// Sets or clears a debtor's hardship flag for a person, with its `debtor.hardship` audit row
    /// in the same transaction; false if the creditor has no such debtor. Setting the flag it
    /// already has changes nothing and writes no audit row.
    pub async fn set_hardship_by(
        &self,
        creditor: CreditorId,
        debtor: DebtorId,
        hardship: bool,
        by: &Actor,
    ) -> Result<bool> {
        let mut tx = self.write_tx().await?;
        let before: Option<i64> = sqlx::query_scalar("SELECT hardship FROM debtors WHERE creditor_id = $1 AND id = $2")
            .bind(creditor.0)
            .bind(debtor.0)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(before) = before else { return Ok(false) };
        if (before != 0) == hardship {
            return Ok(true);
        }
        sqlx::query("UPDATE debtors SET hardship = $3 WHERE creditor_id = $1 AND id = $2")
            .bind(creditor.0)
            .bind(debtor.0)
            .bind(i64::from(hardship))
            .execute(&mut *tx)
            .await?;
        let audit = NewAudit {
            actor: by.clone(),
            action: "debtor.hardship".into(),
            subject_kind: "debtor".into(),
            subject_id: debtor.0.to_string(),
            before: Some(serde_json::json!({"hardship": before != 0})),
            after: Some(serde_json::json!({"hardship": hardship})),
            reason: None,
        };
        audit_in(&mut tx, creditor, &audit).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Sets or clears a debtor's hardship flag; false if the creditor has no such debtor. The
    /// segment follows at the next run.
    pub async fn set_hardship(&self, creditor: CreditorId, debtor: DebtorId, hardship: bool) -> Result<bool> {
        let done = sqlx::query("UPDATE debtors SET hardship = $3 WHERE creditor_id = $1 AND id = $2")
            .bind(creditor.0)
            .bind(debtor.0)
            .bind(i64::from(hardship))
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() > 0)
    }
}
