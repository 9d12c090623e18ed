//! The dunning engine's pure core: given one claim's facts, its strategy, the law tables and the
//! business date, decide whether a step is due today and what it books and sends.
//!
//! [`decide`] is a function of (facts, rules, today) and nothing else: it reads no clock, does no
//! IO and draws no randomness, so a run can be replayed, simulated and audited. Each decision
//! carries [`Reason`]s: why nothing happens (disputed, paused, not yet due, payment in flight…)
//! or why a step is taken, and for every fee the law engine's reasons, including a fee of 0 when
//! the law does not let the creditor charge. The engine never charges more than the law allows.
//!
//! What this module leaves to others: loading facts and booking decisions in one transaction per
//! batch (`store`), reading the clock and driving batches (`app`'s `purr run`), rendering and
//! sending messages (`messages`). Segments (`segment`) and experiments (`experiment`) choose the
//! ladder and its variant before `decide` is called.

mod decide;
pub mod experiment;
pub mod flows;
pub mod merge;
pub mod segment;
pub mod strategy;

pub use decide::decide;
pub use experiment::{Arm, ArmError, ArmOutcome, Experiment, OutcomeClaim, StepChange, assign};
pub use flows::{CaseFlow, CasePolicy, FlowRequest, Hold, Refusal};
pub use merge::{MergeLetters, MergeRefused, merge_letters, request_merge_letters};
pub use segment::{Segment, SegmentFacts, SegmentReason, SegmentRules, Segmentation, classify};
pub use strategy::{
    LadderSource, Ladders, RelativeTo, Step, StepKind, Strategies, Strategy, StrategyError, minimum_deadline_days,
};

use crate::claim::ClaimState;
use crate::ids::{ClaimId, CreditorId, DebtorId};
use crate::law::interest::ContractRate;
use crate::law::{Lang, Reason, Rule};
use crate::ledger::{Component, EntryKind, FeeKind, NewEntry};
use crate::money::Money;
use crate::party::{Channel, DebtorKind, Jurisdiction, Language};
use jiff::civil::Date;
use std::sync::Arc;

/// A step already taken on a claim, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentDunningStep {
    /// The index of the step in the claim's ladder.
    pub step_no: u16,
    pub kind: StepKind,
    pub sent_on: Date,
    /// The payment deadline the letter gave.
    pub deadline: Option<Date>,
    /// The fee letters the law engine was told about for this step (the letter's own fee kind,
    /// and the late-payment compensation when it was asked for with it).
    pub fee_kinds: Vec<FeeKind>,
}

/// Everything [`decide`] knows about one claim. Loaded by the store in batches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseFacts {
    pub creditor: CreditorId,
    pub claim: ClaimId,
    pub debtor: DebtorId,
    pub jurisdiction: Jurisdiction,
    pub debtor_kind: DebtorKind,
    pub state: ClaimState,
    /// The agreed due date as invoiced (the engine moves it off weekends and holidays).
    pub due: Date,
    pub due_date_agreed: bool,
    /// The principal still owed (after payments and credit notes).
    pub principal: Money,
    /// Principal + fees + interest still owed.
    pub outstanding: Money,
    /// Interest already booked on the claim.
    pub interest_booked: Money,
    /// SE: a reminder fee was agreed when the debt arose (a creditor setting).
    pub reminder_fee_agreed: bool,
    pub contract_rate: Option<ContractRate>,
    /// Steps already taken, oldest first.
    pub sent: Vec<SentDunningStep>,
    /// The latest date a payment file carried money for this claim.
    pub last_payment_file: Option<Date>,
    /// A dispute is open (also implied by the `Disputed` state).
    pub disputed: bool,
    pub language: Language,
    /// The channels the debtor can be reached on, in the debtor's order of preference.
    pub channels: Vec<Channel>,
    /// The creditor's pause, the hold the claim is under (promise, plan, postponement, dispute)
    /// and the creditor's payments-in-flight window.
    pub flow: CaseFlow,
}

/// One fee the step asked for, with what the law allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeeLine {
    pub kind: FeeKind,
    /// What is charged: 0 when waived.
    pub amount: Money,
    pub charged: bool,
    pub reasons: Vec<Reason>,
}

/// Interest booked when the step is taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterestLine {
    pub amount: Money,
    /// The last interest-bearing day.
    pub through: Date,
    pub reason: Reason,
}

/// The message the step queues.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboundMessage {
    pub step: StepKind,
    pub channel: Channel,
    pub language: Language,
    /// The step's template name, shared with the strategy.
    pub template: Arc<str>,
}

/// A step to take today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TakeStep {
    pub step_no: u16,
    pub kind: StepKind,
    pub date: Date,
    /// The fee letters reported to the law engine for this step (see [`SentDunningStep`]).
    pub fee_kinds: Vec<FeeKind>,
    pub fees: Vec<FeeLine>,
    pub interest: Option<InterestLine>,
    pub new_state: ClaimState,
    pub message: OutboundMessage,
    pub deadline: Option<Date>,
    /// Why the step is taken today, and how its deadline was set.
    pub reasons: Vec<Reason>,
}

/// What to do with one claim today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Nothing { reason: Reason },
    TakeStep(Box<TakeStep>),
}

impl Decision {
    pub fn is_nothing(&self) -> bool {
        matches!(self, Decision::Nothing { .. })
    }

    pub fn step(&self) -> Option<&TakeStep> {
        match self {
            Decision::TakeStep(step) => Some(step),
            Decision::Nothing { .. } => None,
        }
    }
}

impl TakeStep {
    /// The ledger entries this step books: interest first, then each charged fee.
    /// How many entries [`TakeStep::entries`] books, without rendering their reasons.
    pub fn entry_count(&self) -> usize {
        usize::from(self.interest.is_some()) + self.fees.iter().filter(|f| f.charged).count()
    }

    pub fn entries(&self) -> Vec<NewEntry> {
        let mut out = Vec::with_capacity(self.fees.len() + 1);
        if let Some(interest) = &self.interest {
            out.push(NewEntry {
                kind: EntryKind::Interest,
                component: Component::Interest,
                amount: interest.amount,
                effective_date: self.date,
                reason: reason_text(std::slice::from_ref(&interest.reason)),
            });
        }
        for fee in self.fees.iter().filter(|f| f.charged) {
            out.push(NewEntry {
                kind: EntryKind::Fee { fee: fee.kind },
                component: Component::Fees,
                amount: fee.amount,
                effective_date: self.date,
                reason: reason_text(&fee.reasons),
            });
        }
        out
    }
}

/// Reasons as one stored line: each as `rule-id: sentence`, in English, joined by " | ".
pub fn reason_text(reasons: &[Reason]) -> String {
    let mut out = String::with_capacity(160 * reasons.len());
    for (i, r) in reasons.iter().enumerate() {
        if i > 0 {
            out.push_str(" | ");
        }
        out.push_str(r.rule_id());
        out.push_str(": ");
        r.render_into(Lang::En, &mut out);
    }
    out
}

/// The dunning engine's own reasons (the fee and deadline reasons come from the law engine).
pub mod reasons {
    use super::Rule;
    use crate::law::reason::rules;

    rules! {
        CLOSED = "dunning.closed", "Purr",
            sv: "Fordran är {state}: inget att driva in.",
            nb: "Kravet er {state}: ingenting å kreve inn.",
            en: "The claim is {state}: nothing to collect.";
        DISPUTED = "dunning.disputed", "god inkassosed (inkassolagen 4 §); god inkassoskikk (inkassoloven § 8)",
            sv: "Fordran är bestridd: all indrivning står still tills tvisten är löst.",
            nb: "Kravet er bestridt: all innkreving stanser til tvisten er løst.",
            en: "The claim is disputed: all collection stops until the dispute is resolved.";
        CREDITOR_PAUSED = "dunning.creditor-paused", "Purr",
            sv: "Borgenären har pausat indrivningen av fordran: stegen väntar.",
            nb: "Kreditor har satt innkrevingen av kravet på pause: trinnene venter.",
            en: "The creditor has paused collection of the claim: the ladder waits.";
        HELD_UNTIL = "dunning.held-until", "Purr",
            sv: "Fordran är {state} till och med {until}: stegen fortsätter därefter.",
            nb: "Kravet er {state} til og med {until}: trinnene fortsetter deretter.",
            en: "The claim is {state} through {until}: the ladder resumes after that.";
        PAUSED = "dunning.paused", "Purr",
            sv: "Fordran är {state}: stegen väntar.",
            nb: "Kravet er {state}: trinnene venter.",
            en: "The claim is {state}: the ladder waits.";
        HANDED_OVER = "dunning.handed-over", "Purr",
            sv: "Fordran är överlämnad: stegen är slut.",
            nb: "Kravet er overlevert: trinnene er ferdige.",
            en: "The claim has been handed over: the ladder has ended.";
        NOTHING_OWED = "dunning.nothing-owed", "Purr",
            sv: "Inget återstår att betala.",
            nb: "Ingenting gjenstår å betale.",
            en: "Nothing is left to pay.";
        STEPPED_TODAY = "dunning.stepped-today", "Purr",
            sv: "Ett steg togs redan {date}: högst ett steg per dag.",
            nb: "Et trinn ble allerede tatt {date}: høyst ett trinn per dag.",
            en: "A step was already taken on {date}: at most one step a day.";
        LADDER_DONE = "dunning.ladder-done", "Purr",
            sv: "Alla steg i {strategy} är tagna.",
            nb: "Alle trinn i {strategy} er tatt.",
            en: "Every step of {strategy} has been taken.";
        NOT_YET = "dunning.not-yet", "Purr",
            sv: "Nästa steg ({step}) tas tidigast {date}.",
            nb: "Neste trinn ({step}) tas tidligst {date}.",
            en: "The next step ({step}) is due on {date}.";
        NOT_A_BANK_DAY = "dunning.not-a-bank-day", "Purr",
            sv: "{date} är ingen bankdag: steget tas {next}.",
            nb: "{date} er ingen bankdag: trinnet tas {next}.",
            en: "{date} is not a bank day: the step is taken on {next}.";
        PAYMENT_GRACE = "dunning.payment-in-flight", "god inkassosed / god inkassoskikk",
            sv: "En betalfil daterad {file} hade betalning för fordran: inget avgiftsbelagt steg förrän efter {until} ({days} bankdagar).",
            nb: "En betalingsfil datert {file} hadde innbetaling på kravet: ingen gebyrbelagt trinn før etter {until} ({days} bankdager).",
            en: "A payment file dated {file} carried money for the claim: no fee-bearing step until after {until} ({days} bank days).";
        LAW_UNKNOWN = "dunning.law-unknown", "Purr",
            sv: "Lagmotorn kunde inte svara ({error}); inget skickas förrän den kan.",
            nb: "Lovmotoren kunne ikke svare ({error}); ingenting sendes før den kan.",
            en: "The law engine could not answer ({error}); nothing is sent until it can.";
        WRONG_STRATEGY = "dunning.wrong-strategy", "Purr",
            sv: "Strategin {strategy} gäller inte den här fordran ({jurisdiction}, {debtor}).",
            nb: "Strategien {strategy} gjelder ikke dette kravet ({jurisdiction}, {debtor}).",
            en: "The strategy {strategy} does not apply to this claim ({jurisdiction}, {debtor}).";
        STEP_TAKEN = "dunning.step", "Purr",
            sv: "Steg {step_no} ({step}) i {strategy}, planerat till {scheduled}, tas {date}.",
            nb: "Trinn {step_no} ({step}) i {strategy}, planlagt til {scheduled}, tas {date}.",
            en: "Step {step_no} ({step}) of {strategy}, scheduled for {scheduled}, is taken on {date}.";
        PRE_DUE_SKIPPED = "dunning.pre-due-skipped", "Purr",
            sv: "Aviseringen före förfallodagen hoppas över: förfallodagen {due} har passerat.",
            nb: "Varselet før forfall hoppes over: forfallsdagen {due} er passert.",
            en: "The pre-due notice is skipped: the due date {due} has passed.";
        DEADLINE = "dunning.deadline", "Purr",
            sv: "Betalningsfrist {deadline}: strategins {days} dagar, aldrig kortare än lagens minsta frist {earliest}.",
            nb: "Betalingsfrist {deadline}: strategiens {days} dager, aldri kortere enn lovens minstefrist {earliest}.",
            en: "Deadline {deadline}: the strategy's {days} days, never shorter than the legal minimum {earliest}.";
        FEE_CURRENCY = "dunning.fee-currency", "Purr",
            sv: "Ingen avgift: fordran är i {currency} och lagens avgifter är satta i {fee_currency}.",
            nb: "Intet gebyr: kravet er i {currency}, og lovens gebyrer er fastsatt i {fee_currency}.",
            en: "No fee: the claim is in {currency} and the statutory fees are set in {fee_currency}.";
        INTEREST = "dunning.interest", "räntelagen (1975:635) / forsinkelsesrenteloven",
            sv: "Dröjsmålsränta {amount} till och med {through} på kvarvarande kapital {principal}, utöver redan bokförd ränta {booked}.",
            nb: "Forsinkelsesrente {amount} til og med {through} av gjenstående hovedstol {principal}, utover allerede bokført rente {booked}.",
            en: "Late interest {amount} through {through} on the remaining principal {principal}, beyond the interest {booked} already booked.";
        MERGE_REQUIRED = "dunning.merge.required", "Finanstilsynets rundskriv 1/2018; inkassoloven (LOV-2026-05-22-19)",
            sv: "Norsk rätt: en borgenärs fordringar mot en gäldenär är ett ärende, så dagens steg för gäldenären skickas i ett brev. Det går inte att stänga av.",
            nb: "Norsk rett: en kreditors krav mot én skyldner er én sak, så dagens trinn for skyldneren sendes i ett brev. Det kan ikke slås av.",
            en: "Norwegian law: a creditor's claims against one debtor are one case, so the day's steps for the debtor go out in one letter. This cannot be turned off.";
        MERGE_CHOSEN = "dunning.merge.chosen", "Purr",
            sv: "Borgenären har valt ett brev per gäldenär: dagens steg för gäldenären skickas i ett brev.",
            nb: "Kreditor har valgt ett brev per skyldner: dagens trinn for skyldneren sendes i ett brev.",
            en: "The creditor chose one letter per debtor: the day's steps for the debtor go out in one letter.";
        MERGE_SEPARATE = "dunning.merge.separate", "Purr",
            sv: "Varje fordran får ett eget brev (borgenärens val; svensk rätt kräver inte sammanslagning).",
            nb: "Hvert krav får sitt eget brev (kreditors valg; svensk rett krever ikke sammenslåing).",
            en: "Each claim gets its own letter (the creditor's choice; Swedish law does not require merging).";
    }
}
