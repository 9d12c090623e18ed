//! KPI aggregates for the creditor dashboard, kept by SQL so a page never loads claims.
//!
//! Two tables hold them. `kpi_claim_facts` has one row per claim with what the claim adds to the
//! figures (principal, outstanding balance, money paid by 14/30/60/90 days after due, its last
//! dunning step, whether and how fast it was resolved). `kpi_buckets` sums those rows per
//! (creditor, currency, due date, state, last step); the dashboard reads only the buckets, a few
//! thousand rows even for a million claims. Both are derived from `claims`, `ledger_entries` and
//! `dunning_steps` alone and can be rebuilt from them at any time (`purr kpi refresh --rebuild`).
//!
//! A refresh is incremental: it recomputes only claims created or booked on since the
//! watermarks in `kpi_state` (claim and entry ids, which are committed in id order per creditor
//! because `id_counters` hands them out under a row lock), plus claims the triggers of migration
//! 0009 marked in `kpi_dirty` (a state change, a dunning step). Each recomputed claim takes its
//! old contribution out of the buckets and puts its new one in, in one transaction.

use crate::{Backend, Result, Store, now_text, parse_currency, parse_date, parse_state};
use domain::{ClaimState, CreditorId, Currency};
use sqlx::{AnyConnection, Row};

/// One row of `kpi_buckets`: the sums over the claims sharing these keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KpiBucket {
    pub currency: Currency,
    pub due_date: jiff::civil::Date,
    pub state: ClaimState,
    /// 0 when no dunning step was taken yet.
    pub last_step_no: i64,
    /// The kind of that step (`reminder`, `collection_warning`, …), empty when none.
    pub last_step_kind: String,
    pub claims: i64,
    /// Invoiced principal less credit notes.
    pub principal_minor: i64,
    /// What is still owed now: principal, fees and interest (a debtor's credit balance is not netted in).
    pub outstanding_minor: i64,
    /// Payments booked on principal, fees and interest (reversed payments taken back out).
    pub paid_minor: i64,
    pub paid_14_minor: i64,
    pub paid_30_minor: i64,
    pub paid_60_minor: i64,
    pub paid_90_minor: i64,
    /// Claims that are closed (paid, written off or credited).
    pub resolved: i64,
    /// Sum over resolved claims of the days from due date to the last entry (0 when paid early).
    pub resolve_days: i64,
}

/// How many portal survey answers gave each score (1 to 5), and each answer to "how likely to
/// recommend" (0 to 10), for claims of one currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurveyCounts {
    pub currency: Currency,
    /// `by_score[0]` answered 1, … `by_score[4]` answered 5.
    pub by_score: [i64; 5],
    /// `by_recommend[n]` answered n; answers that left the question out are not counted.
    pub by_recommend: [i64; 11],
}

/// What a refresh did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KpiRefresh {
    /// Claims whose contribution was recomputed.
    pub claims_recomputed: u64,
    pub refreshed_at: String,
}

const SUM_COLUMNS: [&str; 10] = [
    "principal_minor",
    "outstanding_minor",
    "paid_minor",
    "paid_14_minor",
    "paid_30_minor",
    "paid_60_minor",
    "paid_90_minor",
    "resolved",
    "resolve_days",
    "claims",
];
const KEY_COLUMNS: &str = "currency, due_date, state, last_step_no, last_step_kind";

/// `due_date + days` as ISO text, per backend (the one place the two dialects differ here).
fn due_plus(backend: Backend, days: i64) -> String {
    match backend {
        Backend::Sqlite => format!("date(c.due_date, '+{days} days')"),
        Backend::Postgres => format!("CAST(CAST(c.due_date AS DATE) + {days} AS TEXT)"),
    }
}

/// Whole days from the due date to `expr` (an ISO date), per backend.
fn days_after_due(backend: Backend, expr: &str) -> String {
    match backend {
        Backend::Sqlite => format!("CAST(julianday({expr}) - julianday(c.due_date) AS BIGINT)"),
        Backend::Postgres => format!("CAST(CAST({expr} AS DATE) - CAST(c.due_date AS DATE) AS BIGINT)"),
    }
}

/// The facts of every claim listed in `kpi_work` for creditor `$1`, as one INSERT … SELECT.
fn facts_insert(backend: Backend) -> String {
    // A payment, or the reversal of one (a returned payment), on what the debtor owes.
    let paid = "(e.kind = 'payment' OR r.kind = 'payment') AND e.component <> 'credit'";
    let paid_by = |days: i64| {
        format!(
            "CAST(COALESCE(SUM(CASE WHEN {paid} AND e.effective_date <= {} THEN -e.amount_minor ELSE 0 END), 0) AS BIGINT)",
            due_plus(backend, days)
        )
    };
    let resolve_days = days_after_due(backend, "MAX(e.effective_date)");
    format!(
        "INSERT INTO kpi_claim_facts (creditor_id, claim_id, currency, due_date, state, last_step_no, last_step_kind, \
         principal_minor, outstanding_minor, paid_minor, paid_14_minor, paid_30_minor, paid_60_minor, paid_90_minor, \
         resolved, resolve_days) \
         SELECT c.creditor_id, c.id, c.currency, c.due_date, c.state, \
           COALESCE(MAX(s.step_no), 0), COALESCE(MAX(s.kind), ''), \
           CAST(c.principal_minor + COALESCE(SUM(CASE WHEN e.kind = 'credit_note' OR r.kind = 'credit_note' THEN e.amount_minor ELSE 0 END), 0) AS BIGINT), \
           CAST(COALESCE(SUM(CASE WHEN e.component <> 'credit' THEN e.amount_minor ELSE 0 END), 0) AS BIGINT), \
           CAST(COALESCE(SUM(CASE WHEN {paid} THEN -e.amount_minor ELSE 0 END), 0) AS BIGINT), \
           {p14}, {p30}, {p60}, {p90}, \
           CASE WHEN c.state IN ('paid', 'written_off', 'credited') THEN 1 ELSE 0 END, \
           CASE WHEN c.state IN ('paid', 'written_off', 'credited') AND {resolve_days} > 0 THEN {resolve_days} ELSE 0 END \
         FROM kpi_work w \
         JOIN claims c ON c.creditor_id = w.creditor_id AND c.id = w.claim_id \
         LEFT JOIN ledger_entries e ON e.creditor_id = c.creditor_id AND e.claim_id = c.id \
         LEFT JOIN ledger_entries r ON r.creditor_id = e.creditor_id AND r.id = e.reverses_id \
         LEFT JOIN dunning_steps s ON s.creditor_id = c.creditor_id AND s.claim_id = c.id \
           AND s.step_no = (SELECT MAX(s2.step_no) FROM dunning_steps s2 WHERE s2.creditor_id = c.creditor_id AND s2.claim_id = c.id) \
         WHERE w.creditor_id = $1 \
         GROUP BY c.creditor_id, c.id, c.currency, c.due_date, c.state, c.principal_minor",
        p14 = paid_by(14),
        p30 = paid_by(30),
        p60 = paid_by(60),
        p90 = paid_by(90),
    )
}

/// The per-bucket sums over `kpi_claim_facts f`.
fn fact_sums() -> String {
    let sums: Vec<String> = SUM_COLUMNS
        .iter()
        .map(|c| {
            if *c == "claims" {
                "CAST(COUNT(*) AS BIGINT) AS claims".to_string()
            } else {
                format!("CAST(SUM(f.{c}) AS BIGINT) AS {c}")
            }
        })
        .collect();
    sums.join(", ")
}

fn bucket_from_row(r: &sqlx::any::AnyRow) -> Result<KpiBucket> {
    Ok(KpiBucket {
        currency: parse_currency(&r.try_get::<String, _>("currency")?)?,
        due_date: parse_date(&r.try_get::<String, _>("due_date")?)?,
        state: parse_state(&r.try_get::<String, _>("state")?)?,
        last_step_no: r.try_get("last_step_no")?,
        last_step_kind: r.try_get("last_step_kind")?,
        claims: r.try_get("claims")?,
        principal_minor: r.try_get("principal_minor")?,
        outstanding_minor: r.try_get("outstanding_minor")?,
        paid_minor: r.try_get("paid_minor")?,
        paid_14_minor: r.try_get("paid_14_minor")?,
        paid_30_minor: r.try_get("paid_30_minor")?,
        paid_60_minor: r.try_get("paid_60_minor")?,
        paid_90_minor: r.try_get("paid_90_minor")?,
        resolved: r.try_get("resolved")?,
        resolve_days: r.try_get("resolve_days")?,
    })
}

/// The facts of the claims in `kpi_work`, summed per bucket key.
fn grouped_work_facts() -> String {
    format!(
        "SELECT f.currency, f.due_date, f.state, f.last_step_no, f.last_step_kind, {} \
         FROM kpi_claim_facts f JOIN kpi_work w ON w.creditor_id = f.creditor_id AND w.claim_id = f.claim_id \
         WHERE f.creditor_id = $1 GROUP BY f.currency, f.due_date, f.state, f.last_step_no, f.last_step_kind",
        fact_sums()
    )
}

async fn exec(conn: &mut AnyConnection, sql: String, creditor: i64) -> Result<u64> {
    Ok(sqlx::query(sqlx::AssertSqlSafe(sql)).bind(creditor).execute(&mut *conn).await?.rows_affected())
}

impl Store {
    /// Brings one creditor's KPI aggregates up to date with what was booked since the last
    /// refresh. With `rebuild`, throws the aggregates away first and recomputes every claim.
    pub async fn refresh_kpis(&self, creditor: CreditorId, rebuild: bool) -> Result<KpiRefresh> {
        let backend = self.backend();
        let c = creditor.0;
        let mut tx = self.write_tx().await?;
        let now = now_text();
        // Writing first takes the lock (SQLite's write lock, PostgreSQL's row lock), so two
        // refreshes of one creditor run one after the other.
        sqlx::query(
            "INSERT INTO kpi_state (creditor_id, claim_watermark, entry_watermark, refreshed_at) VALUES ($1, 0, 0, $2) \
             ON CONFLICT (creditor_id) DO NOTHING",
        )
        .bind(c)
        .bind(now.as_str())
        .execute(&mut *tx)
        .await?;
        let row = sqlx::query(
            "UPDATE kpi_state SET refreshed_at = refreshed_at WHERE creditor_id = $1 RETURNING claim_watermark, entry_watermark",
        )
        .bind(c)
        .fetch_one(&mut *tx)
        .await?;
        let (mut claim_mark, mut entry_mark): (i64, i64) = (row.try_get(0)?, row.try_get(1)?);
        if rebuild {
            exec(&mut tx, "DELETE FROM kpi_buckets WHERE creditor_id = $1".into(), c).await?;
            exec(&mut tx, "DELETE FROM kpi_claim_facts WHERE creditor_id = $1".into(), c).await?;
            (claim_mark, entry_mark) = (0, 0);
        }
        let max_claim: i64 =
            sqlx::query_scalar("SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) FROM claims WHERE creditor_id = $1")
                .bind(c)
                .fetch_one(&mut *tx)
                .await?;
        let max_entry: i64 = sqlx::query_scalar(
            "SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) FROM ledger_entries WHERE creditor_id = $1",
        )
        .bind(c)
        .fetch_one(&mut *tx)
        .await?;
        exec(&mut tx, "DELETE FROM kpi_work WHERE creditor_id = $1".into(), c).await?;
        sqlx::query(
            "INSERT INTO kpi_work (creditor_id, claim_id) SELECT creditor_id, id FROM claims \
             WHERE creditor_id = $1 AND id > $2 AND id <= $3 ON CONFLICT DO NOTHING",
        )
        .bind(c)
        .bind(claim_mark)
        .bind(max_claim)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO kpi_work (creditor_id, claim_id) SELECT DISTINCT creditor_id, claim_id FROM ledger_entries \
             WHERE creditor_id = $1 AND id > $2 AND id <= $3 ON CONFLICT DO NOTHING",
        )
        .bind(c)
        .bind(entry_mark)
        .bind(max_entry)
        .execute(&mut *tx)
        .await?;
        exec(
            &mut tx,
            "INSERT INTO kpi_work (creditor_id, claim_id) SELECT creditor_id, claim_id FROM kpi_dirty \
             WHERE creditor_id = $1 ON CONFLICT DO NOTHING"
                .into(),
            c,
        )
        .await?;
        // Only what this refresh copied is cleared: a claim marked meanwhile stays marked.
        exec(
            &mut tx,
            "DELETE FROM kpi_dirty WHERE creditor_id = $1 AND claim_id IN (SELECT claim_id FROM kpi_work WHERE creditor_id = $1)"
                .into(),
            c,
        )
        .await?;
        // Take the old contributions out …
        let minus: Vec<String> = SUM_COLUMNS.iter().map(|s| format!("{s} = kpi_buckets.{s} - o.{s}")).collect();
        exec(
            &mut tx,
            format!(
                "UPDATE kpi_buckets SET {} FROM ({}) AS o WHERE kpi_buckets.creditor_id = $1 \
                 AND kpi_buckets.currency = o.currency AND kpi_buckets.due_date = o.due_date \
                 AND kpi_buckets.state = o.state AND kpi_buckets.last_step_no = o.last_step_no \
                 AND kpi_buckets.last_step_kind = o.last_step_kind",
                minus.join(", "),
                grouped_work_facts()
            ),
            c,
        )
        .await?;
        exec(
            &mut tx,
            "DELETE FROM kpi_claim_facts WHERE creditor_id = $1 AND claim_id IN (SELECT claim_id FROM kpi_work WHERE creditor_id = $1)"
                .into(),
            c,
        )
        .await?;
        // … and the new ones in.
        let recomputed = exec(&mut tx, facts_insert(backend), c).await?;
        let plus: Vec<String> = SUM_COLUMNS.iter().map(|s| format!("{s} = kpi_buckets.{s} + excluded.{s}")).collect();
        exec(
            &mut tx,
            format!(
                "INSERT INTO kpi_buckets (creditor_id, {KEY_COLUMNS}, {cols}) \
                 SELECT $1, g.* FROM ({grouped}) AS g WHERE true \
                 ON CONFLICT (creditor_id, {KEY_COLUMNS}) DO UPDATE SET {plus}",
                cols = SUM_COLUMNS.join(", "),
                grouped = grouped_work_facts(),
                plus = plus.join(", ")
            ),
            c,
        )
        .await?;
        exec(&mut tx, "DELETE FROM kpi_buckets WHERE creditor_id = $1 AND claims = 0".into(), c).await?;
        exec(&mut tx, "DELETE FROM kpi_work WHERE creditor_id = $1".into(), c).await?;
        sqlx::query(
            "UPDATE kpi_state SET claim_watermark = $2, entry_watermark = $3, refreshed_at = $4 WHERE creditor_id = $1",
        )
        .bind(c)
        .bind(max_claim.max(claim_mark))
        .bind(max_entry.max(entry_mark))
        .bind(now.as_str())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(KpiRefresh { claims_recomputed: recomputed, refreshed_at: now })
    }

    /// About how many changes wait for the next refresh: new claims and ledger entries past the
    /// watermarks plus marked claims (cheap: three index look-ups and a count of marks).
    pub async fn kpi_pending(&self, creditor: CreditorId) -> Result<i64> {
        let row = sqlx::query(
            "SELECT CAST(COALESCE((SELECT MAX(id) FROM claims WHERE creditor_id = $1), 0) AS BIGINT) AS claims, \
             CAST(COALESCE((SELECT MAX(id) FROM ledger_entries WHERE creditor_id = $1), 0) AS BIGINT) AS entries, \
             CAST((SELECT COUNT(*) FROM kpi_dirty WHERE creditor_id = $1) AS BIGINT) AS dirty, \
             CAST(COALESCE((SELECT claim_watermark FROM kpi_state WHERE creditor_id = $1), 0) AS BIGINT) AS claim_mark, \
             CAST(COALESCE((SELECT entry_watermark FROM kpi_state WHERE creditor_id = $1), 0) AS BIGINT) AS entry_mark",
        )
        .bind(creditor.0)
        .fetch_one(self.pool())
        .await?;
        let get = |c: &str| -> Result<i64> { Ok(row.try_get(c)?) };
        Ok((get("claims")? - get("claim_mark")?).max(0) + (get("entries")? - get("entry_mark")?).max(0) + get("dirty")?)
    }

    /// When the creditor's aggregates were last refreshed (`None`: never).
    pub async fn kpi_refreshed_at(&self, creditor: CreditorId) -> Result<Option<String>> {
        Ok(sqlx::query_scalar("SELECT refreshed_at FROM kpi_state WHERE creditor_id = $1")
            .bind(creditor.0)
            .fetch_optional(self.pool())
            .await?)
    }

    /// Like [`Store::kpi_buckets`], but only over the claims of debtors whose segment (as the
    /// latest run computed it) is `segment`: summed from the per-claim facts at read time.
    pub async fn kpi_buckets_for_segment(
        &self,
        creditor: CreditorId,
        segment: &str,
        due_from: Option<jiff::civil::Date>,
        due_to: Option<jiff::civil::Date>,
    ) -> Result<Vec<KpiBucket>> {
        let sql = format!(
            "SELECT f.currency, f.due_date, f.state, f.last_step_no, f.last_step_kind, {} \
             FROM kpi_claim_facts f \
             JOIN claims c ON c.creditor_id = f.creditor_id AND c.id = f.claim_id \
             JOIN debtor_segments s ON s.creditor_id = c.creditor_id AND s.debtor_id = c.debtor_id \
             WHERE f.creditor_id = $1 AND s.segment = $2 AND f.due_date >= $3 AND f.due_date <= $4 \
             GROUP BY f.currency, f.due_date, f.state, f.last_step_no, f.last_step_kind \
             ORDER BY f.currency, f.due_date, f.state, f.last_step_no, f.last_step_kind",
            fact_sums()
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql.as_str()))
            .bind(creditor.0)
            .bind(segment)
            .bind(due_from.map_or_else(|| "0000-00-00".to_string(), |d| d.to_string()))
            .bind(due_to.map_or_else(|| "9999-99-99".to_string(), |d| d.to_string()))
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(bucket_from_row).collect()
    }

    /// The creditor's KPI buckets, optionally only those with a due date in `[from, to]`.
    pub async fn kpi_buckets(
        &self,
        creditor: CreditorId,
        due_from: Option<jiff::civil::Date>,
        due_to: Option<jiff::civil::Date>,
    ) -> Result<Vec<KpiBucket>> {
        let rows = sqlx::query(
            "SELECT * FROM kpi_buckets WHERE creditor_id = $1 AND due_date >= $2 AND due_date <= $3 \
             ORDER BY currency, due_date, state, last_step_no, last_step_kind",
        )
        .bind(creditor.0)
        .bind(due_from.map_or_else(|| "0000-00-00".to_string(), |d| d.to_string()))
        .bind(due_to.map_or_else(|| "9999-99-99".to_string(), |d| d.to_string()))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(bucket_from_row).collect()
    }

    /// The portal survey's answers counted per currency and score, for claims due in the period
    /// (the same period filter as `kpi_buckets`). Counted by SQL from `portal_survey`: answers
    /// are few (one per settled claim at most) and stored, not derived, so no aggregate is kept.
    pub async fn survey_counts(
        &self,
        creditor: CreditorId,
        due_from: Option<jiff::civil::Date>,
        due_to: Option<jiff::civil::Date>,
    ) -> Result<Vec<SurveyCounts>> {
        let rows = sqlx::query(
            "SELECT c.currency, s.score, s.recommend, CAST(COUNT(*) AS BIGINT) AS answers FROM portal_survey s \
             JOIN claims c ON c.creditor_id = s.creditor_id AND c.id = s.claim_id \
             WHERE s.creditor_id = $1 AND c.due_date >= $2 AND c.due_date <= $3 \
             GROUP BY c.currency, s.score, s.recommend ORDER BY c.currency, s.score, s.recommend",
        )
        .bind(creditor.0)
        .bind(due_from.map_or_else(|| "0000-00-00".to_string(), |d| d.to_string()))
        .bind(due_to.map_or_else(|| "9999-99-99".to_string(), |d| d.to_string()))
        .fetch_all(self.pool())
        .await?;
        let mut out: Vec<SurveyCounts> = Vec::new();
        for r in &rows {
            let currency = parse_currency(&r.try_get::<String, _>("currency")?)?;
            let score: i64 = r.try_get::<i64, _>("score")?;
            let slot = usize::try_from(score - 1)
                .ok()
                .filter(|i| *i < 5)
                .ok_or_else(|| crate::StoreError::Corrupt(format!("survey score {score} is not 1 to 5")))?;
            let recommend = match r.try_get::<Option<i64>, _>("recommend")? {
                None => None,
                Some(n) => Some(usize::try_from(n).ok().filter(|i| *i <= 10).ok_or_else(|| {
                    crate::StoreError::Corrupt(format!("how likely to recommend {n} is not 0 to 10"))
                })?),
            };
            if out.last().is_none_or(|c| c.currency != currency) {
                out.push(SurveyCounts { currency, by_score: [0; 5], by_recommend: [0; 11] });
            }
            if let Some(last) = out.last_mut() {
                let answers: i64 = r.try_get("answers")?;
                last.by_score[slot] += answers;
                if let Some(n) = recommend {
                    last.by_recommend[n] += answers;
                }
            }
        }
        Ok(out)
    }
}
