//! The law engine: Swedish and Norwegian rules for late interest, collection fees, deadlines,
//! calendars and limitation, each answer carrying the reasons that explain it.
//!
//! Every rate and amount comes from date-versioned tables ([`LawTables`]) compiled in from
//! `data/law/` and overridable per installation; a period with no known rate is the named outcome
//! [`RateUnknown`], never a silent zero. The rules are pure functions of (facts, tables, dates):
//! no IO, no clock, no randomness, no floats. Money is integer minor units; rates are integer
//! micro-percent, so every amount is computed exactly and rounded once where the rule says so.
//!
//! Each rule has two faces sharing one implementation: an explained form that returns lines and
//! [`Reason`]s for letters, the portal and the CLI, and a quiet form ([`LawTables::evaluate`],
//! [`interest::interest_minor`]) that allocates nothing, for the dunning engine's bulk passes. The
//! shared code is generic over a private `Sink`; the quiet sink's methods are empty and inline
//! away, so the explanations cost nothing when nobody asks for them.
//!
//! What this module leaves to others: storing overrides and reading the clock (app), deciding
//! which letter to send next (the dunning engine), and rendering letters (messages).

pub mod calendar;
pub mod deadlines;
pub mod fees;
pub mod interest;
pub mod reason;
pub mod tables;

pub use calendar::{
    DayKind, DayName, Holiday, NonBankDay, add_bank_days, day_kind, easter_sunday, is_bank_day,
    next_bank_day_on_or_after, non_bank_weekdays, public_holidays,
};
pub use deadlines::{
    ContactDecision, Deadline, Delivery, DueDate, Interruption, InterruptionKind, Limitation, earliest_deadline,
    effective_due_date, heavy_agency_fee_from, heavy_agency_fee_reason, limitation, phone_contact, presumed_receipt,
};
pub use fees::{
    ClaimFacts, ClaimHistory, FeeRequest, FeeResult, MergedAgencyFee, SentStep, agency_fee, fee, fee_currency,
    fees_for_steps, merged_agency_fee,
};
pub use interest::{
    AccrualConvention, ContractRate, FirstAccrualDay, InterestPeriod, InterestRequest, InterestResult, InterestStart,
    LastAccrualDay, RateBasis, interest, interest_minor,
};
pub use reason::{Lang, Reason, Rule, RuleTexts, Value};
pub use tables::{
    Coverage, LawTables, ListedRow, Origin, Period, Rate, RateOverride, RateUnknown, Row, Table, TableError, TableId,
    Unit, Verification,
};

use crate::ledger::FeeKind;
use crate::money::Money;
use crate::party::Jurisdiction;
use jiff::civil::Date;
use serde::Serialize;

/// Why the law engine could not answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LawError {
    /// A table has no value for part of the period. Not worth retrying until the table is updated
    /// (`purr rates set`).
    #[error(transparent)]
    RateUnknown(#[from] RateUnknown),
    #[error("the principal {0} is negative")]
    NegativePrincipal(Money),
    #[error("amount out of range")]
    Overflow,
    #[error("{} has no step {:?}", jurisdiction, step.code())]
    StepNotInJurisdiction { step: FeeKind, jurisdiction: Jurisdiction },
    #[error("{0}")]
    InvalidInput(String),
}

/// Receives explanations from the shared rule code; see the module note.
pub(crate) trait Sink {
    fn reason(&mut self, make: impl FnOnce() -> Reason);
    fn period(&mut self, make: impl FnOnce() -> InterestPeriod);
}

/// Drops every explanation unbuilt.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Quiet;

impl Sink for Quiet {
    #[inline(always)]
    fn reason(&mut self, _make: impl FnOnce() -> Reason) {}
    #[inline(always)]
    fn period(&mut self, _make: impl FnOnce() -> InterestPeriod) {}
}

/// Keeps every explanation.
#[derive(Debug, Clone, Default)]
pub(crate) struct Collect {
    pub(crate) reasons: Vec<Reason>,
    pub(crate) periods: Vec<InterestPeriod>,
}

impl Sink for Collect {
    fn reason(&mut self, make: impl FnOnce() -> Reason) {
        self.reasons.push(make());
    }
    fn period(&mut self, make: impl FnOnce() -> InterestPeriod) {
        self.periods.push(make());
    }
}

/// The quiet evaluation of one claim on one day: interest and the fees of the letters sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Evaluation {
    /// Statutory (or agreed) interest through `on`, minor units of the claim's currency.
    pub interest_minor: i64,
    /// The sum of chargeable fees, minor units of the jurisdiction's currency.
    pub fees_minor: i64,
    /// How many letters carried a fee.
    pub charged_steps: u32,
}

/// The explained evaluation of one claim on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClaimExplanation {
    pub interest: InterestResult,
    pub fees: Vec<FeeResult>,
}

fn claim_interest_request(claim: &ClaimFacts, on: Date) -> InterestRequest {
    InterestRequest {
        jurisdiction: claim.jurisdiction,
        principal: claim.principal,
        start: InterestStart::AgreedDueDate { due: claim.due },
        until: on,
        convention: AccrualConvention::default(),
        contract_rate: claim.contract_rate,
        move_due_date: true,
    }
}

impl LawTables {
    /// Interest from the (moved) due date through `on` plus the fees of the letters in `steps`
    /// sent up to `on`, without building reasons or allocating. This is the function the
    /// benchmark measures.
    pub fn evaluate(&self, claim: &ClaimFacts, steps: &[SentStep], on: Date) -> Result<Evaluation, LawError> {
        // Move the due date once and work in day numbers throughout: this is the hot path.
        if claim.principal.is_negative() {
            return Err(LawError::NegativePrincipal(claim.principal));
        }
        if let Some(ContractRate::Replace(r) | ContractRate::AtLeastStatutory(r)) = claim.contract_rate
            && r.micro_percent() < 0
        {
            return Err(LawError::InvalidInput("an agreed interest rate cannot be negative".into()));
        }
        let due_day = deadlines::effective_due_day_of(claim.jurisdiction, claim.due, &mut Quiet);
        let on_day = calendar::day_number(on);
        // The default convention: from the day after the due date through `on`.
        let interest_minor = if on_day > due_day {
            interest::accrue(
                &self.compiled,
                claim.jurisdiction,
                claim.principal.minor(),
                claim.principal.currency(),
                due_day + 1,
                on_day,
                claim.contract_rate,
                &mut Quiet,
            )?
        } else {
            0
        };
        let mut fees_minor: i64 = 0;
        let mut charged_steps = 0u32;
        fees::walk_steps(&self.compiled, claim, steps, on_day, Some(due_day), &mut Quiet, |_, (_, fee, ok), _| {
            if ok && fee > 0 {
                fees_minor += fee;
                charged_steps += 1;
            }
        })?;
        Ok(Evaluation { interest_minor, fees_minor, charged_steps })
    }

    /// The same evaluation with every period line, fee and reason.
    pub fn explain(&self, claim: &ClaimFacts, steps: &[SentStep], on: Date) -> Result<ClaimExplanation, LawError> {
        let interest = interest::interest(self, &claim_interest_request(claim, on))?;
        let fees = fees::fees_for_steps(self, claim, steps, on)?;
        Ok(ClaimExplanation { interest, fees })
    }
}
