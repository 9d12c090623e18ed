//! Ledger entries: reading a claim's entries and appending new ones under the domain's rules.

use crate::{Result, Store, StoreError, now_text, parse_currency, parse_date, parse_state, reserve_ids};
use domain::{ClaimId, ClaimState, Component, CreditorId, Entry, EntryId, EntryKind, Ledger, Money, NewEntry};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

/// The outcome of appending entries under an idempotency key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppendOutcome {
    Booked(Vec<Entry>),
    /// The same key was used before for the same entries: nothing new was booked.
    Exists(Vec<Entry>),
    /// The same key was used before for other entries: nothing was booked.
    Conflict(Vec<Entry>),
}

pub(crate) fn entry_from_row(row: &AnyRow) -> Result<Entry> {
    let kind: String = row.try_get("kind")?;
    let component: String = row.try_get("component")?;
    let currency: String = row.try_get("currency")?;
    let reverses: Option<i64> = row.try_get("reverses_id")?;
    let currency = parse_currency(&currency)?;
    Ok(Entry {
        id: EntryId(row.try_get("id")?),
        creditor_id: CreditorId(row.try_get("creditor_id")?),
        claim_id: ClaimId(row.try_get("claim_id")?),
        kind: EntryKind::from_code(&kind, reverses.map(EntryId))
            .ok_or_else(|| StoreError::Corrupt(format!("bad entry kind {kind:?}")))?,
        component: Component::from_code(&component)
            .ok_or_else(|| StoreError::Corrupt(format!("bad component {component:?}")))?,
        amount: Money::from_minor(row.try_get("amount_minor")?, currency),
        effective_date: parse_date(&row.try_get::<String, _>("effective_date")?)?,
        reason: row.try_get("reason")?,
    })
}

async fn load_entries(conn: &mut AnyConnection, creditor: CreditorId, claim: ClaimId) -> Result<Vec<Entry>> {
    let rows = sqlx::query("SELECT * FROM ledger_entries WHERE creditor_id = $1 AND claim_id = $2 ORDER BY id")
        .bind(creditor.0)
        .bind(claim.0)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(entry_from_row).collect()
}

fn same_content(booked: &[Entry], new: &[NewEntry]) -> bool {
    booked.len() == new.len()
        && booked.iter().zip(new).all(|(b, n)| {
            b.kind == n.kind
                && b.component == n.component
                && b.amount == n.amount
                && b.effective_date == n.effective_date
        })
}

/// The state a claim moves to after its balance changed.
fn next_state(current: ClaimState, ledger: &Ledger, last: Option<&EntryKind>) -> Result<ClaimState> {
    let outstanding = ledger.balance().outstanding().map_err(domain::LedgerError::from)?;
    Ok(if outstanding.is_zero() && !current.is_closed() {
        match last {
            Some(EntryKind::CreditNote) => ClaimState::Credited,
            Some(EntryKind::WriteOff) => ClaimState::WrittenOff,
            _ => ClaimState::Paid,
        }
    } else if outstanding.is_positive() && current.is_closed() {
        ClaimState::Open
    } else {
        current
    })
}

impl Store {
    pub async fn entries(&self, creditor: CreditorId, claim: ClaimId) -> Result<Vec<Entry>> {
        let mut conn = self.pool().acquire().await?;
        load_entries(&mut conn, creditor, claim).await
    }

    /// Appends entries to one claim in one transaction, after checking each against the
    /// ledger's rules. With an idempotency key, a repeat books nothing and says so.
    pub async fn append_entries(
        &self,
        creditor: CreditorId,
        claim: ClaimId,
        new: &[NewEntry],
        idempotency_key: Option<&str>,
    ) -> Result<AppendOutcome> {
        let mut tx = self.write_tx().await?;
        let outcome = append_in(&mut tx, creditor, claim, new, idempotency_key).await?;
        tx.commit().await?;
        Ok(outcome)
    }

    /// Appends to many claims in one transaction: all of it is booked, or (on any error) none.
    pub async fn append_many(
        &self,
        creditor: CreditorId,
        batch: &[(ClaimId, Vec<NewEntry>, Option<String>)],
    ) -> Result<Vec<AppendOutcome>> {
        let mut tx = self.write_tx().await?;
        let mut outcomes = Vec::with_capacity(batch.len());
        for (claim, new, key) in batch {
            outcomes.push(append_in(&mut tx, creditor, *claim, new, key.as_deref()).await?);
        }
        tx.commit().await?;
        Ok(outcomes)
    }

    /// Sets a claim's state directly (dunning decisions, staff actions). Returns false if the claim is unknown.
    pub async fn set_claim_state(&self, creditor: CreditorId, claim: ClaimId, state: ClaimState) -> Result<bool> {
        let done = sqlx::query("UPDATE claims SET state = $1 WHERE creditor_id = $2 AND id = $3")
            .bind(state.code())
            .bind(creditor.0)
            .bind(claim.0)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() == 1)
    }
}

pub(crate) async fn append_in(
    tx: &mut AnyConnection,
    creditor: CreditorId,
    claim: ClaimId,
    new: &[NewEntry],
    idempotency_key: Option<&str>,
) -> Result<AppendOutcome> {
    // Touch the claim first: this takes the write lock (SQLite) or the row lock (PostgreSQL)
    // before anything is read, so two appends to one claim cannot interleave.
    let row =
        sqlx::query("UPDATE claims SET state = state WHERE creditor_id = $1 AND id = $2 RETURNING state, currency")
            .bind(creditor.0)
            .bind(claim.0)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound("claim"))?;
    let state: String = row.try_get("state")?;
    let state = parse_state(&state)?;
    let currency: String = row.try_get("currency")?;
    let currency = parse_currency(&currency)?;
    // A repeated key answers before the claim's ledger is read.
    if let Some(key) = idempotency_key {
        let booked: Vec<Entry> = {
            let rows =
                sqlx::query("SELECT * FROM ledger_entries WHERE creditor_id = $1 AND idempotency_key = $2 ORDER BY id")
                    .bind(creditor.0)
                    .bind(key)
                    .fetch_all(&mut *tx)
                    .await?;
            rows.iter().map(entry_from_row).collect::<Result<_>>()?
        };
        if !booked.is_empty() {
            let same = booked.iter().all(|e| e.claim_id == claim) && same_content(&booked, new);
            return Ok(if same { AppendOutcome::Exists(booked) } else { AppendOutcome::Conflict(booked) });
        }
    }
    let entries = load_entries(&mut *tx, creditor, claim).await?;
    let mut ledger = Ledger::replay(currency, entries)?;
    let first = reserve_ids(&mut *tx, creditor.0, "entry", new.len() as i64).await?;
    let now = now_text();
    let mut booked = Vec::with_capacity(new.len());
    for (k, n) in new.iter().enumerate() {
        ledger.check(n)?;
        let entry = Entry {
            id: EntryId(first + k as i64),
            creditor_id: creditor,
            claim_id: claim,
            kind: n.kind,
            component: n.component,
            amount: n.amount,
            effective_date: n.effective_date,
            reason: n.reason.clone(),
        };
        let reverses = match n.kind {
            EntryKind::Reversal { of } => Some(of.0),
            _ => None,
        };
        sqlx::query(
            "INSERT INTO ledger_entries (creditor_id, id, claim_id, kind, component, amount_minor, currency, \
                 effective_date, reverses_id, reason, idempotency_key, recorded_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(creditor.0)
        .bind(entry.id.0)
        .bind(claim.0)
        .bind(n.kind.code())
        .bind(n.component.code())
        .bind(n.amount.minor())
        .bind(n.amount.currency().code())
        .bind(n.effective_date.to_string())
        .bind(reverses)
        .bind(n.reason.as_str())
        .bind(idempotency_key)
        .bind(now.as_str())
        .execute(&mut *tx)
        .await?;
        ledger.push(entry.clone())?;
        booked.push(entry);
    }
    let next = next_state(state, &ledger, new.last().map(|n| &n.kind))?;
    if next != state {
        sqlx::query("UPDATE claims SET state = $1 WHERE creditor_id = $2 AND id = $3")
            .bind(next.code())
            .bind(creditor.0)
            .bind(claim.0)
            .execute(&mut *tx)
            .await?;
        // WEBHOOKS: a claim that became paid writes `claim.paid` in this same transaction.
        if next == ClaimState::Paid {
            crate::webhooks::claim_paid_in(&mut *tx, creditor, claim, &booked, idempotency_key).await?;
        }
    }
    Ok(AppendOutcome::Booked(booked))
}
