//! The dunning engine's storage: stream the claims a run looks at with their facts, and book a
//! batch of decided steps (ledger entries, the step row, the claim state and an outbox message)
//! in one transaction.
//!
//! Idempotency: a step is one row of `dunning_steps`, keyed by (creditor, claim, step number), and
//! its ledger entries and outbox row share the key `run:<date>:<claim>:<step>`. Booking a step
//! that is already there books nothing, so re-running a date, or re-running a batch that was
//! interrupted and rolled back, ends in the same rows with the same ids. The decisions themselves
//! come from `domain::dunning::decide`; nothing here decides anything.

use crate::ledger::append_in;
use crate::{AppendOutcome, Result, Store, StoreError, now_text, parse_currency, parse_date, parse_state, reserve_ids};
use domain::dunning::{CaseFacts, CaseFlow, Hold, SentDunningStep, StepKind, TakeStep};
use domain::law::{ContractRate, Rate};
use domain::{Channel, ClaimId, ClaimState, CreditorId, DebtorId, DebtorKind, FeeKind, Jurisdiction, Language, Money};
use jiff::civil::Date;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use std::collections::HashMap;

/// One decided step to book, with the facts it was decided on.
#[derive(Debug, Clone, Copy)]
pub struct StepToApply<'a> {
    pub facts: &'a CaseFacts,
    pub step: &'a TakeStep,
}

/// What booking one batch did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AppliedBatch {
    pub steps_booked: u64,
    /// Steps already booked earlier (a re-run): nothing was written for them.
    pub steps_existing: u64,
    pub entries_created: u64,
    pub messages_queued: u64,
}

/// The idempotency key shared by a step's ledger entries and its outbox message.
pub fn run_key(date: Date, claim: ClaimId, step_no: u16) -> String {
    format!("run:{date}:{}:{step_no}", claim.0)
}

/// The facts query: one row per claim with its balances, the latest payment, the claim's pause
/// and hold, and the creditor's payments-in-flight window. `filter` picks the claims.
fn facts_sql(filter: &str, tail: &str) -> String {
    format!(
        "SELECT c.creditor_id, c.id, c.debtor_id, c.due_date, c.due_date_agreed, c.currency, \
    c.contract_rate, c.state, cr.jurisdiction, cr.reminder_fee_agreed, d.kind AS debtor_kind, d.language, d.channels, \
    fl.paused, fl.hold, cp.payment_grace_bank_days, \
    CAST(COALESCE(SUM(CASE WHEN e.component = 'principal' THEN e.amount_minor END), 0) AS BIGINT) AS bal_principal, \
    CAST(COALESCE(SUM(CASE WHEN e.component IN ('principal', 'fees', 'interest') THEN e.amount_minor END), 0) AS BIGINT) AS bal_outstanding, \
    CAST(COALESCE(SUM(CASE WHEN e.component = 'interest' THEN e.amount_minor END), 0) AS BIGINT) AS bal_interest, \
    CAST(COALESCE(SUM(CASE WHEN e.component = 'interest' AND e.kind IN ('interest', 'reversal') THEN e.amount_minor END), 0) AS BIGINT) AS interest_charged, \
    CAST(COALESCE(SUM(CASE WHEN e.component = 'fees' THEN e.amount_minor END), 0) AS BIGINT) AS bal_fees, \
    MAX(CASE WHEN e.kind = 'payment' THEN e.effective_date END) AS last_payment \
    FROM claims c \
    JOIN creditors cr ON cr.id = c.creditor_id \
    JOIN debtors d ON d.creditor_id = c.creditor_id AND d.id = c.debtor_id \
    LEFT JOIN case_flows fl ON fl.creditor_id = c.creditor_id AND fl.claim_id = c.id \
    LEFT JOIN case_policies cp ON cp.creditor_id = c.creditor_id \
    LEFT JOIN ledger_entries e ON e.creditor_id = c.creditor_id AND e.claim_id = c.id \
    WHERE {filter} \
    GROUP BY c.creditor_id, c.id, cr.jurisdiction, cr.reminder_fee_agreed, d.kind, d.language, d.channels, \
    fl.paused, fl.hold, cp.payment_grace_bank_days {tail}"
    )
}

/// The page query of `cases_due`. It looks at every claim in collection
/// (`ClaimState::in_collection`); disputed and paused claims are included so the summary can say
/// why nothing happened to them.
static CASES_SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let states: Vec<String> =
        ClaimState::ALL.into_iter().filter(|s| s.in_collection()).map(|s| format!("'{}'", s.code())).collect();
    facts_sql(
        &format!("c.state IN ({}) AND (c.creditor_id > $1 OR (c.creditor_id = $2 AND c.id > $3))", states.join(", ")),
        "ORDER BY c.creditor_id, c.id LIMIT $4",
    )
});

/// The facts of one claim, whatever its state.
static ONE_SQL: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| facts_sql("c.creditor_id = $1 AND c.id = $2", ""));

/// The facts of the held claims (promise, plan, postponement, dispute) in a page after a key.
static HELD_SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    facts_sql(
        "fl.hold_kind IS NOT NULL AND (c.creditor_id > $1 OR (c.creditor_id = $2 AND c.id > $3))",
        "ORDER BY c.creditor_id, c.id LIMIT $4",
    )
});

fn corrupt(what: &str, value: &str) -> StoreError {
    StoreError::Corrupt(format!("bad {what} {value:?}"))
}

fn facts_from_row(row: &AnyRow) -> Result<CaseFacts> {
    let currency: String = row.try_get("currency")?;
    let currency = parse_currency(&currency)?;
    let money = |col: &str| -> Result<Money> { Ok(Money::from_minor(row.try_get(col)?, currency)) };
    let state: String = row.try_get("state")?;
    let state = parse_state(&state)?;
    let jurisdiction: String = row.try_get("jurisdiction")?;
    let jurisdiction: Jurisdiction = jurisdiction.parse().map_err(|_| corrupt("jurisdiction", &jurisdiction))?;
    let kind: String = row.try_get("debtor_kind")?;
    let debtor_kind = DebtorKind::from_code(&kind).ok_or_else(|| corrupt("debtor kind", &kind))?;
    let language: String = row.try_get("language")?;
    let channels: String = row.try_get("channels")?;
    // A stored contract rate is the agreed rate; it applies on days it beats the statutory one.
    let contract_rate = row
        .try_get::<Option<String>, _>("contract_rate")?
        .map(|r| Rate::parse(&r).map(ContractRate::AtLeastStatutory).map_err(|_| corrupt("contract rate", &r)))
        .transpose()?;
    let last_payment: Option<String> = row.try_get("last_payment")?;
    let hold: Option<String> = row.try_get("hold")?;
    let hold = hold
        .map(|h| serde_json::from_str::<Hold>(&h).map_err(|e| StoreError::Corrupt(format!("bad hold {h:?}: {e}"))))
        .transpose()?;
    let grace: Option<i64> = row.try_get("payment_grace_bank_days")?;
    let flow = CaseFlow {
        paused: row.try_get::<Option<i64>, _>("paused")?.unwrap_or(0) != 0,
        hold,
        payment_grace_bank_days: grace
            .map(|g| u32::try_from(g).map_err(|_| corrupt("grace days", &g.to_string())))
            .transpose()?,
    };
    Ok(CaseFacts {
        creditor: CreditorId(row.try_get("creditor_id")?),
        claim: ClaimId(row.try_get("id")?),
        debtor: DebtorId(row.try_get("debtor_id")?),
        jurisdiction,
        debtor_kind,
        state,
        due: parse_date(&row.try_get::<String, _>("due_date")?)?,
        due_date_agreed: row.try_get::<i64, _>("due_date_agreed")? != 0,
        principal: money("bal_principal")?,
        outstanding: money("bal_outstanding")?,
        // Interest charged so far (payments of it do not make it chargeable again).
        interest_booked: money("interest_charged")?,
        reminder_fee_agreed: row.try_get::<i64, _>("reminder_fee_agreed")? != 0,
        contract_rate,
        sent: Vec::new(),
        last_payment_file: last_payment.as_deref().map(parse_date).transpose()?,
        disputed: state == ClaimState::Disputed,
        language: Language::parse(&language).map_err(StoreError::Corrupt)?,
        channels: channels.split(',').filter_map(Channel::from_code).collect(),
        flow,
    })
}

fn step_from_row(row: &AnyRow) -> Result<((i64, i64), SentDunningStep)> {
    let kind: String = row.try_get("kind")?;
    let fee_kinds: String = row.try_get("fee_kinds")?;
    let step_no: i64 = row.try_get("step_no")?;
    let deadline: Option<String> = row.try_get("deadline")?;
    let step = SentDunningStep {
        step_no: u16::try_from(step_no).map_err(|_| corrupt("step number", &step_no.to_string()))?,
        kind: StepKind::from_code(&kind).ok_or_else(|| corrupt("step kind", &kind))?,
        sent_on: parse_date(&row.try_get::<String, _>("sent_on")?)?,
        deadline: deadline.as_deref().map(parse_date).transpose()?,
        fee_kinds: fee_kinds
            .split(',')
            .filter(|s| !s.is_empty())
            .map(|s| FeeKind::from_code(s).ok_or_else(|| corrupt("fee kind", s)))
            .collect::<Result<_>>()?,
    };
    Ok(((row.try_get("creditor_id")?, row.try_get("claim_id")?), step))
}

/// Reads the steps of a page of claims (sorted by key) in one range scan and attaches them.
pub(crate) async fn attach_steps(conn: &mut AnyConnection, cases: &mut [CaseFacts]) -> Result<()> {
    let (Some(first), Some(last)) = (cases.first(), cases.last()) else {
        return Ok(());
    };
    let rows = sqlx::query(
        "SELECT creditor_id, claim_id, step_no, kind, sent_on, deadline, fee_kinds FROM dunning_steps \
         WHERE (creditor_id > $1 OR (creditor_id = $2 AND claim_id >= $3)) \
         AND (creditor_id < $4 OR (creditor_id = $5 AND claim_id <= $6)) \
         ORDER BY creditor_id, claim_id, step_no",
    )
    .bind(first.creditor.0)
    .bind(first.creditor.0)
    .bind(first.claim.0)
    .bind(last.creditor.0)
    .bind(last.creditor.0)
    .bind(last.claim.0)
    .fetch_all(&mut *conn)
    .await?;
    let mut steps: HashMap<(i64, i64), Vec<SentDunningStep>> = HashMap::new();
    for row in &rows {
        let (key, step) = step_from_row(row)?;
        steps.entry(key).or_default().push(step);
    }
    for case in cases.iter_mut() {
        if let Some(sent) = steps.remove(&(case.creditor.0, case.claim.0)) {
            case.sent = sent;
        }
    }
    Ok(())
}

/// One claim's facts with its fees and interest owed, read on the caller's connection (inside
/// a case action's transaction). `None` if the creditor has no such claim.
pub(crate) async fn facts_for_claim(
    conn: &mut AnyConnection,
    creditor: CreditorId,
    claim: ClaimId,
) -> Result<Option<(CaseFacts, Money, Money)>> {
    let Some(row) = sqlx::query(sqlx::AssertSqlSafe(ONE_SQL.as_str()))
        .bind(creditor.0)
        .bind(claim.0)
        .fetch_optional(&mut *conn)
        .await?
    else {
        return Ok(None);
    };
    let mut facts = [facts_from_row(&row)?];
    let currency = facts[0].principal.currency();
    let fees = Money::from_minor(row.try_get("bal_fees")?, currency);
    let interest = Money::from_minor(row.try_get("bal_interest")?, currency);
    attach_steps(conn, &mut facts).await?;
    let [facts] = facts;
    Ok(Some((facts, fees, interest)))
}

/// A page of held claims (promise, plan, postponement, dispute) with their facts, for the daily
/// review of holds.
pub(crate) async fn held_cases(
    conn: &mut AnyConnection,
    after: Option<(CreditorId, ClaimId)>,
    limit: i64,
) -> Result<Vec<CaseFacts>> {
    let (ac, ai) = after.map_or((i64::MIN, i64::MIN), |(c, i)| (c.0, i.0));
    let rows = sqlx::query(sqlx::AssertSqlSafe(HELD_SQL.as_str()))
        .bind(ac)
        .bind(ac)
        .bind(ai)
        .bind(limit.clamp(1, 100_000))
        .fetch_all(&mut *conn)
        .await?;
    let mut cases = rows.iter().map(facts_from_row).collect::<Result<Vec<_>>>()?;
    attach_steps(conn, &mut cases).await?;
    Ok(cases)
}

impl Store {
    /// The next page of claims a run looks at, in (creditor, claim) order after `after`, each
    /// with its facts: balances, the steps already taken, the latest payment. `today` is not
    /// needed to choose them (every open claim is looked at), but is taken so a later version
    /// can skip claims whose next step is known to be in the future.
    ///
    /// The latest payment date stands in for the latest payment-file date until payment files
    /// record which claims they paid.
    pub async fn cases_due(
        &self,
        _today: Date,
        after: Option<(CreditorId, ClaimId)>,
        limit: i64,
    ) -> Result<Vec<CaseFacts>> {
        let (ac, ai) = after.map_or((i64::MIN, i64::MIN), |(c, i)| (c.0, i.0));
        let mut conn = self.pool().acquire().await?;
        let rows = sqlx::query(sqlx::AssertSqlSafe(CASES_SQL.as_str()))
            .bind(ac)
            .bind(ac)
            .bind(ai)
            .bind(limit.clamp(1, 100_000))
            .fetch_all(&mut *conn)
            .await?;
        let mut cases = rows.iter().map(facts_from_row).collect::<Result<Vec<_>>>()?;
        attach_steps(&mut conn, &mut cases).await?;
        Ok(cases)
    }

    /// Books decided steps in one transaction: for each, the `dunning_steps` row, its ledger
    /// entries (interest and charged fees), the claim's new state and one outbox message. A step
    /// already booked is skipped whole. All of the batch is booked, or (on any error) none.
    pub async fn apply_dunning(&self, batch: &[StepToApply<'_>]) -> Result<AppliedBatch> {
        let mut report = AppliedBatch::default();
        if batch.is_empty() {
            return Ok(report);
        }
        let mut tx = self.pool().begin().await?;
        let now = now_text();
        for StepToApply { facts, step } in batch {
            let creditor = facts.creditor;
            let key = run_key(step.date, facts.claim, step.step_no);
            let fee_kinds: Vec<&str> = step.fee_kinds.iter().map(|k| k.code()).collect();
            let inserted = sqlx::query(
                "INSERT INTO dunning_steps (creditor_id, claim_id, step_no, kind, sent_on, deadline, fee_kinds, channel, run_key) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (creditor_id, claim_id, step_no) DO NOTHING",
            )
            .bind(creditor.0)
            .bind(facts.claim.0)
            .bind(i64::from(step.step_no))
            .bind(step.kind.code())
            .bind(step.date.to_string())
            .bind(step.deadline.map(|d| d.to_string()))
            .bind(fee_kinds.join(","))
            .bind(step.message.channel.code())
            .bind(key.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if inserted == 0 {
                report.steps_existing += 1;
                continue;
            }
            report.steps_booked += 1;
            let entries = step.entries();
            if !entries.is_empty() {
                match append_in(&mut tx, creditor, facts.claim, &entries, Some(&key)).await? {
                    AppendOutcome::Booked(booked) => report.entries_created += booked.len() as u64,
                    AppendOutcome::Exists(_) => {}
                    AppendOutcome::Conflict(_) => {
                        return Err(StoreError::Invalid(format!(
                            "the key {key} was used before for other entries on claim {}",
                            facts.claim.0
                        )));
                    }
                }
            }
            sqlx::query("UPDATE claims SET state = $1 WHERE creditor_id = $2 AND id = $3")
                .bind(step.new_state.code())
                .bind(creditor.0)
                .bind(facts.claim.0)
                .execute(&mut *tx)
                .await?;
            let id = reserve_ids(&mut tx, creditor.0, "message", 1).await?;
            let queued = sqlx::query(
                "INSERT INTO outbox (creditor_id, id, claim_id, debtor_id, step, channel, language, payload, idempotency_key, status, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'queued', $10) ON CONFLICT (creditor_id, idempotency_key) DO NOTHING",
            )
            .bind(creditor.0)
            .bind(id)
            .bind(facts.claim.0)
            .bind(facts.debtor.0)
            .bind(step.kind.code())
            .bind(step.message.channel.code())
            .bind(step.message.language.as_str())
            .bind(payload(step).to_string())
            .bind(key.as_str())
            .bind(now.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
            report.messages_queued += queued;
        }
        crate::webhooks::steps_taken_in(&mut tx, batch).await?; // WEBHOOKS: step.taken, same transaction
        tx.commit().await?;
        Ok(report)
    }

    /// The steps taken on one claim, oldest first.
    pub async fn dunning_steps(&self, creditor: CreditorId, claim: ClaimId) -> Result<Vec<SentDunningStep>> {
        let rows = sqlx::query(
            "SELECT creditor_id, claim_id, step_no, kind, sent_on, deadline, fee_kinds FROM dunning_steps \
             WHERE creditor_id = $1 AND claim_id = $2 ORDER BY step_no",
        )
        .bind(creditor.0)
        .bind(claim.0)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(|r| step_from_row(r).map(|(_, s)| s)).collect()
    }
}

/// What the message renderer needs beyond the outbox columns. Keys are sorted (serde_json's map),
/// so the same step always gives the same text and the digest stays stable.
fn payload(step: &TakeStep) -> serde_json::Value {
    let fees: Vec<serde_json::Value> = step
        .fees
        .iter()
        .map(|f| {
            serde_json::json!({
                "fee": f.kind.code(),
                "amount_minor": f.amount.minor(),
                "currency": f.amount.currency().code(),
                "charged": f.charged,
                "reasons": f.reasons.iter().map(|r| r.rule_id()).collect::<Vec<_>>(),
            })
        })
        .collect();
    serde_json::json!({
        "step_no": step.step_no,
        "template": step.message.template,
        "date": step.date.to_string(),
        "deadline": step.deadline.map(|d| d.to_string()),
        "fees": fees,
        "interest_minor": step.interest.as_ref().map(|i| i.amount.minor()),
    })
}
