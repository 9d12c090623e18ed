//! The dunning engine's storage: stream the claims a run looks at with their facts, and book a
//! batch of decided steps (ledger entries, the step row, the claim state and an outbox message)
//! in one transaction.
//!
//! Idempotency: a step is one row of `dunning_steps`, keyed by (creditor, claim, step number), and
//! its ledger entries and outbox row share the key `run:<date>:<claim>:<step>`. A step whose
//! message goes into the debtor's merged letter is staged instead (`merged_letters`): the letter
//! is queued under `merge:<date>:<debtor>:<step>:<channel>` once it is whole. Booking a step that
//! is already there books nothing, so re-running a date, or re-running a batch that was
//! interrupted and rolled back, ends in the same rows with the same ids. The decisions themselves
//! come from `domain::dunning::decide`; nothing here decides anything.

use crate::dunning_apply::PreparedBatch;
use crate::{Result, Store, StoreError, parse_currency, parse_date, parse_state};
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
    /// The step's message goes into the debtor's one letter of the day (case merging, decided by
    /// the caller with `domain::dunning::merge_letters`) instead of a message of its own.
    pub merge: bool,
}

/// What booking one batch did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AppliedBatch {
    pub steps_booked: u64,
    /// Steps already booked earlier (a re-run): nothing was written for them.
    pub steps_existing: u64,
    pub entries_created: u64,
    pub messages_queued: u64,
    /// Steps whose message is a merged letter: queued in this batch when the letter is whole
    /// (counted in `messages_queued`), else drafted for a later batch or
    /// `Store::queue_merged_letters`.
    pub steps_staged: u64,
}

/// The idempotency key shared by a step's ledger entries and its outbox message.
pub fn run_key(date: Date, claim: ClaimId, step_no: u16) -> String {
    format!("run:{date}:{}:{step_no}", claim.0)
}

/// The idempotency key of the merged letter of one day, debtor, step kind and channel. A later
/// run of the same day that adds steps after that letter was queued gets a letter of its own,
/// keyed with a suffix (`…:2`, `…:3`).
pub fn merge_key(date: Date, debtor: DebtorId, step: StepKind, channel: Channel) -> String {
    format!("merge:{date}:{}:{}:{}", debtor.0, step.code(), channel.code())
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

/// The page query of `cases_due`: the claim columns of the next page, picked in key order from
/// the primary key (a row-value comparison, so both databases seek instead of scanning), with
/// the debtor, creditor, pause and hold joined. It looks at every claim in collection
/// (`ClaimState::in_collection`); disputed and paused claims are included so the summary can
/// say why nothing happened to them. Balances and steps come from one range query each
/// (`page_balances`, `attach_steps`).
static CASES_SQL: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let states: Vec<String> =
        ClaimState::ALL.into_iter().filter(|s| s.in_collection()).map(|s| format!("'{}'", s.code())).collect();
    format!(
        "SELECT c.creditor_id, c.id, c.debtor_id, c.due_date, c.due_date_agreed, c.currency, \
    c.contract_rate, c.state, cr.jurisdiction, cr.reminder_fee_agreed, d.kind AS debtor_kind, d.language, d.channels, \
    fl.paused, fl.hold, cp.payment_grace_bank_days \
    FROM (SELECT creditor_id, id, debtor_id, due_date, due_date_agreed, currency, contract_rate, state FROM claims \
    WHERE (creditor_id, id) > ($1, $2) AND state IN ({}) ORDER BY creditor_id, id LIMIT $3) c \
    JOIN creditors cr ON cr.id = c.creditor_id \
    JOIN debtors d ON d.creditor_id = c.creditor_id AND d.id = c.debtor_id \
    LEFT JOIN case_flows fl ON fl.creditor_id = c.creditor_id AND fl.claim_id = c.id \
    LEFT JOIN case_policies cp ON cp.creditor_id = c.creditor_id \
    ORDER BY c.creditor_id, c.id",
        states.join(", ")
    )
});

/// The balances and latest payment of the claims of one creditor in an id range.
const BALANCES_SQL: &str = "SELECT claim_id, \
    CAST(COALESCE(SUM(CASE WHEN component = 'principal' THEN amount_minor END), 0) AS BIGINT) AS bal_principal, \
    CAST(COALESCE(SUM(CASE WHEN component IN ('principal', 'fees', 'interest') THEN amount_minor END), 0) AS BIGINT) AS bal_outstanding, \
    CAST(COALESCE(SUM(CASE WHEN component = 'interest' AND kind IN ('interest', 'reversal') THEN amount_minor END), 0) AS BIGINT) AS interest_charged, \
    MAX(CASE WHEN kind = 'payment' THEN effective_date END) AS last_payment \
    FROM ledger_entries WHERE creditor_id = $1 AND claim_id >= $2 AND claim_id <= $3 GROUP BY claim_id";

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

/// A claim's balances as the facts need them (all zero for a claim without entries).
#[derive(Debug, Default)]
struct Balances {
    principal: i64,
    outstanding: i64,
    /// Interest charged so far, net of reversals (payments of it do not make it chargeable again).
    interest_charged: i64,
    last_payment: Option<String>,
}

impl Balances {
    fn from_row(row: &AnyRow) -> Result<Balances> {
        Ok(Balances {
            principal: row.try_get("bal_principal")?,
            outstanding: row.try_get("bal_outstanding")?,
            interest_charged: row.try_get("interest_charged")?,
            last_payment: row.try_get("last_payment")?,
        })
    }
}

fn facts_from_row(row: &AnyRow) -> Result<CaseFacts> {
    facts_with_balances(row, &Balances::from_row(row)?)
}

fn facts_with_balances(row: &AnyRow, balances: &Balances) -> Result<CaseFacts> {
    let currency: String = row.try_get("currency")?;
    let currency = parse_currency(&currency)?;
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
        principal: Money::from_minor(balances.principal, currency),
        outstanding: Money::from_minor(balances.outstanding, currency),
        interest_booked: Money::from_minor(balances.interest_charged, currency),
        reminder_fee_agreed: row.try_get::<i64, _>("reminder_fee_agreed")? != 0,
        contract_rate,
        sent: Vec::new(),
        last_payment_file: balances.last_payment.as_deref().map(parse_date).transpose()?,
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

/// The (creditor, first claim, last claim) ranges of a page sorted by key: one per creditor.
pub(crate) fn page_ranges(keys: impl Iterator<Item = (i64, i64)>) -> Vec<(i64, i64, i64)> {
    let mut ranges: Vec<(i64, i64, i64)> = Vec::new();
    for (creditor, claim) in keys {
        match ranges.last_mut() {
            Some((c, _, last)) if *c == creditor => *last = claim,
            _ => ranges.push((creditor, claim, claim)),
        }
    }
    ranges
}

/// Reads the steps of a page of claims (sorted by key) with one range scan per creditor and
/// attaches them.
pub(crate) async fn attach_steps(conn: &mut AnyConnection, cases: &mut [CaseFacts]) -> Result<()> {
    let mut steps: HashMap<(i64, i64), Vec<SentDunningStep>> = HashMap::new();
    for (creditor, first, last) in page_ranges(cases.iter().map(|c| (c.creditor.0, c.claim.0))) {
        let rows = sqlx::query(
            "SELECT creditor_id, claim_id, step_no, kind, sent_on, deadline, fee_kinds FROM dunning_steps \
             WHERE creditor_id = $1 AND claim_id >= $2 AND claim_id <= $3 ORDER BY creditor_id, claim_id, step_no",
        )
        .bind(creditor)
        .bind(first)
        .bind(last)
        .fetch_all(&mut *conn)
        .await?;
        for row in &rows {
            let (key, step) = step_from_row(row)?;
            steps.entry(key).or_default().push(step);
        }
    }
    for case in cases.iter_mut() {
        if let Some(sent) = steps.remove(&(case.creditor.0, case.claim.0)) {
            case.sent = sent;
        }
    }
    Ok(())
}

/// The balances of a page of claims (sorted by key), one range scan of the ledger per creditor.
async fn page_balances(conn: &mut AnyConnection, keys: &[(i64, i64)]) -> Result<HashMap<(i64, i64), Balances>> {
    let mut out = HashMap::with_capacity(keys.len());
    for (creditor, first, last) in page_ranges(keys.iter().copied()) {
        let rows = sqlx::query(BALANCES_SQL).bind(creditor).bind(first).bind(last).fetch_all(&mut *conn).await?;
        for row in &rows {
            out.insert((creditor, row.try_get::<i64, _>("claim_id")?), Balances::from_row(row)?);
        }
    }
    Ok(out)
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
            .bind(ai)
            .bind(limit.clamp(1, 100_000))
            .fetch_all(&mut *conn)
            .await?;
        let keys = rows
            .iter()
            .map(|r| Ok((r.try_get::<i64, _>("creditor_id")?, r.try_get::<i64, _>("id")?)))
            .collect::<Result<Vec<_>>>()?;
        let mut balances = page_balances(&mut conn, &keys).await?;
        let none = Balances::default();
        let mut cases = rows
            .iter()
            .zip(&keys)
            .map(|(row, key)| facts_with_balances(row, balances.get(key).unwrap_or(&none)))
            .collect::<Result<Vec<_>>>()?;
        balances.clear();
        attach_steps(&mut conn, &mut cases).await?;
        Ok(cases)
    }

    /// Books decided steps in one transaction: for each, the `dunning_steps` row, its ledger
    /// entries (interest and charged fees), the claim's new state and one outbox message. A step
    /// already booked is skipped whole. All of the batch is booked, or (on any error) none.
    pub async fn apply_dunning(&self, batch: &[StepToApply<'_>]) -> Result<AppliedBatch> {
        let prepared = crate::dunning_apply::prepare(batch)?;
        self.apply_prepared(batch, prepared).await
    }

    /// `apply_dunning` of a batch prepared beforehand with `store::prepare_dunning` (which
    /// needs no database, so it can run while the batch before is written).
    pub async fn apply_prepared(&self, batch: &[StepToApply<'_>], prepared: PreparedBatch) -> Result<AppliedBatch> {
        if batch.is_empty() {
            return Ok(AppliedBatch::default());
        }
        crate::dunning_apply::apply(self.bulk(), batch, prepared).await
    }

    /// Queues the merged letters still drafted (see `merged_letters`): every one, whatever its
    /// date, so a run killed before this point is finished by the next run. Returns how many
    /// messages were queued. Call it after a run's last batch.
    pub async fn queue_merged_letters(&self) -> Result<u64> {
        crate::merged_letters::queue(self.bulk()).await
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

/// What the message renderer needs beyond the outbox columns, as JSON text. Keys are sorted (the
/// fields below are in alphabetical order, as serde_json writes a map), so the same step always
/// gives the same text and the digest stays stable.
pub(crate) fn payload(step: &TakeStep) -> String {
    #[derive(serde::Serialize)]
    struct Payload<'a> {
        date: String,
        deadline: Option<String>,
        fees: Vec<Fee>,
        interest_minor: Option<i64>,
        step_no: u16,
        template: &'a str,
    }
    #[derive(serde::Serialize)]
    struct Fee {
        amount_minor: i64,
        charged: bool,
        currency: &'static str,
        fee: &'static str,
        reasons: Vec<&'static str>,
    }
    let payload = Payload {
        date: step.date.to_string(),
        deadline: step.deadline.map(|d| d.to_string()),
        fees: step
            .fees
            .iter()
            .map(|f| Fee {
                amount_minor: f.amount.minor(),
                charged: f.charged,
                currency: f.amount.currency().code(),
                fee: f.kind.code(),
                reasons: f.reasons.iter().map(|r| r.rule_id()).collect(),
            })
            .collect(),
        interest_minor: step.interest.as_ref().map(|i| i.amount.minor()),
        step_no: step.step_no,
        template: &step.message.template,
    };
    serde_json::to_string(&payload).expect("a payload of strings and numbers serialises")
}
