//! Strategies: a creditor's ladder of dunning steps, as data, and the check that a ladder keeps
//! the law's minimum deadlines and order of steps.
//!
//! The default ladders for SE B2C, SE B2B, NO B2C and NO B2B live in
//! `data/dunning/default-strategies.toml`, compiled in with `include_str!` like the law tables.
//! A strategy says what the creditor would like to do; the law engine still decides, at each
//! step, what may really be charged and how long the deadline must be.

use crate::ledger::FeeKind;
use crate::party::{Channel, DebtorKind, Jurisdiction};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The kinds of step a ladder can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// A friendly notice before the due date; never carries a fee.
    PreDueNotice,
    /// SE påminnelse / NO purring.
    Reminder,
    /// A second reminder (NO: the second chargeable purring).
    SecondReminder,
    /// NO inkassovarsel (§ 9); does not exist in SE.
    CollectionWarning,
    /// SE inkassokrav.
    CollectionDemand,
    /// NO betalingsoppfordring (§ 10).
    PaymentDemand,
    /// Handover to an agency, Kronofogden or Forliksrådet (an export file, no fee here).
    Handover,
}

impl StepKind {
    pub const ALL: [StepKind; 7] = [
        StepKind::PreDueNotice,
        StepKind::Reminder,
        StepKind::SecondReminder,
        StepKind::CollectionWarning,
        StepKind::CollectionDemand,
        StepKind::PaymentDemand,
        StepKind::Handover,
    ];

    pub fn code(self) -> &'static str {
        match self {
            StepKind::PreDueNotice => "pre_due_notice",
            StepKind::Reminder => "reminder",
            StepKind::SecondReminder => "second_reminder",
            StepKind::CollectionWarning => "collection_warning",
            StepKind::CollectionDemand => "collection_demand",
            StepKind::PaymentDemand => "payment_demand",
            StepKind::Handover => "handover",
        }
    }

    pub fn from_code(code: &str) -> Option<StepKind> {
        StepKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The letter as the fee rules know it; `None` for steps that are not fee letters.
    pub fn fee_kind(self) -> Option<FeeKind> {
        match self {
            StepKind::PreDueNotice | StepKind::Handover => None,
            StepKind::Reminder | StepKind::SecondReminder => Some(FeeKind::Reminder),
            StepKind::CollectionWarning => Some(FeeKind::CollectionWarning),
            StepKind::CollectionDemand => Some(FeeKind::CollectionDemand),
            StepKind::PaymentDemand => Some(FeeKind::PaymentDemand),
        }
    }

    /// Whether the law sets a minimum payment deadline for this letter.
    pub fn needs_deadline(self) -> bool {
        self.fee_kind().is_some()
    }

    /// The claim state after this step was taken.
    pub fn state_after(self) -> crate::claim::ClaimState {
        use crate::claim::ClaimState;
        match self {
            StepKind::PreDueNotice => ClaimState::Notified,
            StepKind::Reminder | StepKind::SecondReminder => ClaimState::Reminded,
            StepKind::CollectionWarning => ClaimState::Warned,
            StepKind::CollectionDemand | StepKind::PaymentDemand => ClaimState::Demanded,
            StepKind::Handover => ClaimState::HandedOver,
        }
    }

    /// Whether the jurisdiction has this step (NO has no inkassokrav, SE no inkassovarsel and no
    /// betalingsoppfordring).
    pub fn exists_in(self, jurisdiction: Jurisdiction) -> bool {
        !matches!(
            (jurisdiction, self),
            (Jurisdiction::SE, StepKind::CollectionWarning | StepKind::PaymentDemand)
                | (Jurisdiction::NO, StepKind::CollectionDemand)
        )
    }
}

/// What a step's offset counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelativeTo {
    /// The due date, moved off weekends and holidays.
    DueDate,
    /// The day the previous step of the ladder was sent (the due date if it was skipped).
    PreviousStep,
}

/// One rung of a ladder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub kind: StepKind,
    /// Calendar days after (negative: before) the point named by `relative_to`.
    pub offset_days: i32,
    pub relative_to: RelativeTo,
    /// The payment deadline the letter gives, calendar days from sending; 0 for none.
    #[serde(default)]
    pub deadline_days: u16,
    /// Channels in the creditor's order of preference; the first one the debtor accepts is used.
    pub channels: Vec<Channel>,
    /// Shared with every message the step queues (a clone is a reference count, not a copy).
    pub template: Arc<str>,
    /// Whether the creditor asks for the step's fee (the law decides whether it may be charged).
    pub fee_requested: bool,
}

/// A ladder for one jurisdiction and kind of debtor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Strategy {
    pub name: String,
    pub jurisdiction: Jurisdiction,
    pub debtor: DebtorKind,
    /// No fee-bearing step within this many bank days after the latest payment-file date seen
    /// for the claim: more money may be on its way.
    pub payment_grace_bank_days: u32,
    /// Book statutory interest up to the step's day when a step is taken.
    pub accrue_interest: bool,
    #[serde(rename = "step")]
    pub steps: Vec<Step>,
}

/// Why a ladder was refused. Each names the step (0-based index) and the rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StrategyError {
    #[error("the strategy has no steps")]
    Empty,
    #[error("the strategy is for {strategy}, not {asked}")]
    WrongJurisdiction { strategy: Jurisdiction, asked: Jurisdiction },
    #[error("step {step_no} ({kind:?}) does not exist in {jurisdiction}")]
    StepNotInJurisdiction { step_no: usize, kind: StepKind, jurisdiction: Jurisdiction },
    #[error("step {step_no} ({kind:?}) gives {days} days to pay; the law requires at least {minimum} ({statute})")]
    DeadlineTooShort { step_no: usize, kind: StepKind, days: u16, minimum: u16, statute: &'static str },
    #[error("step {step_no} ({kind:?}) could be taken before the deadline of step {previous} has passed")]
    BeforePreviousDeadline { step_no: usize, kind: StepKind, previous: usize },
    #[error("step {step_no} is a pre-due notice but is not before the due date")]
    PreDueNoticeAfterDue { step_no: usize },
    #[error("step {step_no} is a pre-due notice but is not the first step")]
    PreDueNoticeNotFirst { step_no: usize },
    #[error("step {step_no} hands the claim over without an earlier inkassovarsel (inkassoloven § 9)")]
    HandoverWithoutWarning { step_no: usize },
    #[error("step {step_no} hands the claim over without an earlier inkassokrav (inkassolagen 5 §)")]
    HandoverWithoutDemand { step_no: usize },
    #[error("step {step_no} comes after the handover, which ends the ladder")]
    StepAfterHandover { step_no: usize },
    #[error("step {step_no} has no channel")]
    NoChannel { step_no: usize },
    #[error("cannot read the strategy file: {0}")]
    Parse(String),
}

/// The smallest deadline the law allows for a letter, in calendar days from sending, with the
/// statute. SE: 8 days (inkassolagen 5 §; the 4-bank-day rule is applied per letter by the
/// engine, which can only lengthen it); NO: 14 days (inkassoloven §§ 9 and 10; a reminder needs
/// 14 days to keep the next step chargeable, inkassoforskriften § 1-1).
pub fn minimum_deadline_days(jurisdiction: Jurisdiction, kind: StepKind) -> Option<(u16, &'static str)> {
    if !kind.needs_deadline() {
        return None;
    }
    Some(match jurisdiction {
        Jurisdiction::SE => (8, "inkassolagen (1974:182) 5 §"),
        Jurisdiction::NO => (14, "inkassoloven §§ 9 og 10; inkassoforskriften § 1-1"),
    })
}

impl Strategy {
    /// Refuses a ladder whose deadlines break the legal minimums, whose steps do not exist in the
    /// jurisdiction, or whose order the law forbids. The first problem found is returned; see
    /// [`Strategy::problems`] for all of them.
    ///
    /// The law tables are not needed for these checks today (the minimums are calendar rules);
    /// the parameter keeps the signature stable for checks that depend on dated amounts.
    pub fn validate(&self, jurisdiction: Jurisdiction, tables: &crate::law::LawTables) -> Result<(), StrategyError> {
        match self.problems(jurisdiction, tables).into_iter().next() {
            Some(problem) => Err(problem),
            None => Ok(()),
        }
    }

    /// Every problem of the ladder, in step order (empty: the ladder is lawful). A ladder for
    /// another jurisdiction, or one without steps, gives that one problem only.
    pub fn problems(&self, jurisdiction: Jurisdiction, _tables: &crate::law::LawTables) -> Vec<StrategyError> {
        if self.jurisdiction != jurisdiction {
            return vec![StrategyError::WrongJurisdiction { strategy: self.jurisdiction, asked: jurisdiction }];
        }
        if self.steps.is_empty() {
            return vec![StrategyError::Empty];
        }
        let mut out = Vec::new();
        let mut warning_seen = false;
        let mut demand_seen = false;
        for (i, step) in self.steps.iter().enumerate() {
            if !step.kind.exists_in(jurisdiction) {
                out.push(StrategyError::StepNotInJurisdiction { step_no: i, kind: step.kind, jurisdiction });
            }
            if step.channels.is_empty() {
                out.push(StrategyError::NoChannel { step_no: i });
            }
            if i > 0 && self.steps[i - 1].kind == StepKind::Handover {
                out.push(StrategyError::StepAfterHandover { step_no: i });
            }
            if let Some((minimum, statute)) = minimum_deadline_days(jurisdiction, step.kind)
                && step.deadline_days < minimum
            {
                out.push(StrategyError::DeadlineTooShort {
                    step_no: i,
                    kind: step.kind,
                    days: step.deadline_days,
                    minimum,
                    statute,
                });
            }
            if step.kind == StepKind::PreDueNotice {
                if i != 0 {
                    out.push(StrategyError::PreDueNoticeNotFirst { step_no: i });
                }
                if step.relative_to != RelativeTo::DueDate || step.offset_days >= 0 {
                    out.push(StrategyError::PreDueNoticeAfterDue { step_no: i });
                }
            }
            // A step must come after the previous step's deadline. Relative to the previous step
            // this is a fixed comparison; two steps relative to the due date compare offsets.
            if i > 0 {
                let prev = &self.steps[i - 1];
                let too_early = match (step.relative_to, prev.relative_to) {
                    (RelativeTo::PreviousStep, _) => step.offset_days <= i32::from(prev.deadline_days),
                    (RelativeTo::DueDate, RelativeTo::DueDate) => {
                        step.offset_days <= prev.offset_days + i32::from(prev.deadline_days)
                    }
                    // Mixed anchors depend on the day the previous step was really sent; the
                    // engine never takes a step on or before the previous deadline anyway.
                    (RelativeTo::DueDate, RelativeTo::PreviousStep) => false,
                };
                if too_early {
                    out.push(StrategyError::BeforePreviousDeadline { step_no: i, kind: step.kind, previous: i - 1 });
                }
            }
            if step.kind == StepKind::Handover {
                match jurisdiction {
                    Jurisdiction::NO if !warning_seen => out.push(StrategyError::HandoverWithoutWarning { step_no: i }),
                    Jurisdiction::SE if !demand_seen => out.push(StrategyError::HandoverWithoutDemand { step_no: i }),
                    _ => {}
                }
            }
            warning_seen |= step.kind == StepKind::CollectionWarning;
            demand_seen |= matches!(step.kind, StepKind::CollectionDemand | StepKind::PaymentDemand);
        }
        out
    }
}

impl StrategyError {
    /// The 0-based index of the step the problem is about, if it is about one step.
    pub fn step_no(&self) -> Option<usize> {
        match self {
            StrategyError::StepNotInJurisdiction { step_no, .. }
            | StrategyError::DeadlineTooShort { step_no, .. }
            | StrategyError::BeforePreviousDeadline { step_no, .. }
            | StrategyError::PreDueNoticeAfterDue { step_no }
            | StrategyError::PreDueNoticeNotFirst { step_no }
            | StrategyError::HandoverWithoutWarning { step_no }
            | StrategyError::HandoverWithoutDemand { step_no }
            | StrategyError::StepAfterHandover { step_no }
            | StrategyError::NoChannel { step_no } => Some(*step_no),
            StrategyError::Empty | StrategyError::WrongJurisdiction { .. } | StrategyError::Parse(_) => None,
        }
    }

    /// A stable code for the rule that was broken.
    pub fn code(&self) -> &'static str {
        match self {
            StrategyError::Empty => "empty",
            StrategyError::WrongJurisdiction { .. } => "wrong_jurisdiction",
            StrategyError::StepNotInJurisdiction { .. } => "step_not_in_jurisdiction",
            StrategyError::DeadlineTooShort { .. } => "deadline_too_short",
            StrategyError::BeforePreviousDeadline { .. } => "before_previous_deadline",
            StrategyError::PreDueNoticeAfterDue { .. } => "pre_due_notice_after_due",
            StrategyError::PreDueNoticeNotFirst { .. } => "pre_due_notice_not_first",
            StrategyError::HandoverWithoutWarning { .. } => "handover_without_warning",
            StrategyError::HandoverWithoutDemand { .. } => "handover_without_demand",
            StrategyError::StepAfterHandover { .. } => "step_after_handover",
            StrategyError::NoChannel { .. } => "no_channel",
            StrategyError::Parse(_) => "parse",
        }
    }
}

#[derive(Debug, Deserialize)]
struct StrategyFile {
    strategy: Vec<Strategy>,
}

/// A set of strategies, one per (jurisdiction, debtor kind).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Strategies {
    list: Vec<Strategy>,
}

impl Strategies {
    /// Parses a strategy file (the format of `data/dunning/default-strategies.toml`).
    pub fn parse(text: &str) -> Result<Strategies, StrategyError> {
        let file: StrategyFile = toml::from_str(text).map_err(|e| StrategyError::Parse(e.to_string()))?;
        Ok(Strategies { list: file.strategy })
    }

    /// The default ladders compiled into the binary.
    pub fn builtin() -> Strategies {
        Strategies::parse(include_str!("../../../../data/dunning/default-strategies.toml"))
            .unwrap_or_else(|e| panic!("the compiled-in default strategies do not parse: {e}"))
    }

    pub fn all(&self) -> &[Strategy] {
        &self.list
    }

    /// The ladder for one jurisdiction and kind of debtor, if the set has one.
    pub fn for_case(&self, jurisdiction: Jurisdiction, debtor: DebtorKind) -> Option<&Strategy> {
        self.list.iter().find(|s| s.jurisdiction == jurisdiction && s.debtor == debtor)
    }
}

/// Where a picked ladder came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LadderSource {
    /// The creditor's ladder for the debtor's kind and segment.
    Segment,
    /// The creditor's ladder for the debtor's kind and every segment ('').
    AllSegments,
    /// Purr's default for the jurisdiction and debtor kind.
    Default,
}

/// A creditor's effective ladders: its own, keyed by (debtor kind, segment; '' for every
/// segment), in front of Purr's defaults.
#[derive(Debug, Clone)]
pub struct Ladders {
    jurisdiction: Jurisdiction,
    own: Vec<(DebtorKind, String, Strategy)>,
    defaults: Strategies,
}

impl Ladders {
    pub fn new(jurisdiction: Jurisdiction, own: Vec<(DebtorKind, String, Strategy)>, defaults: Strategies) -> Ladders {
        Ladders { jurisdiction, own, defaults }
    }

    /// Whether the creditor has ladders of its own (else the segment cannot change the ladder).
    pub fn has_own(&self) -> bool {
        !self.own.is_empty()
    }

    fn own(&self, debtor: DebtorKind, segment: &str) -> Option<&Strategy> {
        self.own.iter().find(|(d, s, _)| *d == debtor && s == segment).map(|(_, _, l)| l)
    }

    /// The ladder stored under a key, as an experiment on that key varies it: the creditor's own
    /// for a segment; for '' its ladder for every segment, else the default.
    pub fn for_key(&self, debtor: DebtorKind, segment: &str) -> Option<&Strategy> {
        if segment.is_empty() { self.pick(debtor, None).map(|(l, _)| l) } else { self.own(debtor, segment) }
    }

    /// The ladder for a debtor: the creditor's for the kind and segment, then its segment-less
    /// one, then the default.
    pub fn pick(&self, debtor: DebtorKind, segment: Option<&str>) -> Option<(&Strategy, LadderSource)> {
        if let Some(l) = segment.filter(|s| !s.is_empty()).and_then(|s| self.own(debtor, s)) {
            return Some((l, LadderSource::Segment));
        }
        if let Some(l) = self.own(debtor, "") {
            return Some((l, LadderSource::AllSegments));
        }
        self.defaults.for_case(self.jurisdiction, debtor).map(|l| (l, LadderSource::Default))
    }
}
