//! Champion/challenger experiments: variants (arms) of one ladder, assigned to debtors by a
//! stable hash, with per-arm outcomes.
//!
//! An experiment varies the ladder of one key (debtor kind, segment; '' for the ladder of every
//! segment). An arm may change a step's template (tone), its channels and its day offset (when
//! the letter goes out), and nothing else: never the fee asked for, the payment deadline, the
//! kind of step or what its offset counts from. [`Arm::apply`] refuses anything else with a
//! reason, and checks the varied ladder against the law with [`Strategy::problems`], so an offset
//! that would send a letter before the previous deadline has passed is refused too.
//!
//! [`assign`] puts a debtor in an arm by FNV-1a (64 bit, fixed constants) of the experiment's
//! name and the debtor id, reduced modulo the sum of the weights: the same debtor always gets
//! the same arm, on every machine and run, and nothing about the assignment is stored.

use super::strategy::{RelativeTo, StepKind, Strategy, StrategyError};
use crate::ids::DebtorId;
use crate::law::LawTables;
use crate::party::{Channel, DebtorKind, Jurisdiction};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// The most arms an experiment may have.
pub const MAX_ARMS: usize = 10;
/// The largest sum of weights.
pub const MAX_TOTAL_WEIGHT: u32 = 10_000;

/// What an arm changes in one step. Only `template`, `channels` and `offset_days` may be given;
/// the other fields exist so that a request to change them is refused with a reason instead of
/// being ignored.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StepChange {
    /// The 0-based index of the step in the ladder.
    pub step_no: usize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channels: Option<Vec<Channel>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub offset_days: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline_days: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_requested: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<StepKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relative_to: Option<RelativeTo>,
}

/// One variant of the ladder. An arm without changes is the champion (the ladder as it is).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Arm {
    pub name: String,
    /// Relative share of debtors (any positive whole numbers; 1 and 1 split in half).
    pub weight: u32,
    #[serde(default)]
    pub steps: Vec<StepChange>,
}

/// An experiment on the ladder of one (debtor kind, segment) key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Experiment {
    pub name: String,
    pub debtor: DebtorKind,
    /// '' for the ladder of every segment.
    pub segment: String,
    pub arms: Vec<Arm>,
}

/// Why an experiment or one of its arms is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArmError {
    #[error("an experiment needs a name")]
    NoName,
    #[error("an experiment needs between 2 and {MAX_ARMS} arms, not {0}")]
    ArmCount(usize),
    #[error("two arms are called {0:?}")]
    DuplicateArm(String),
    #[error("arm {arm:?}: the weight must be at least 1")]
    ZeroWeight { arm: String },
    #[error("the weights add up to more than {MAX_TOTAL_WEIGHT}")]
    TooMuchWeight,
    #[error("arm {arm:?}: the ladder has no step {step_no}")]
    NoSuchStep { arm: String, step_no: usize },
    #[error("arm {arm:?}, step {step_no}: an arm may not change the fee asked for")]
    ChangesFee { arm: String, step_no: usize },
    #[error("arm {arm:?}, step {step_no}: an arm may not change the payment deadline")]
    ChangesDeadline { arm: String, step_no: usize },
    #[error("arm {arm:?}, step {step_no}: an arm may not change the kind of step")]
    ChangesKind { arm: String, step_no: usize },
    #[error("arm {arm:?}, step {step_no}: an arm may not change what the offset counts from")]
    ChangesAnchor { arm: String, step_no: usize },
    #[error("arm {arm:?}, step {step_no}: no channel left")]
    NoChannel { arm: String, step_no: usize },
    #[error("arm {arm:?}: the varied ladder breaks the law: {error}")]
    Law { arm: String, error: StrategyError },
}

impl ArmError {
    /// A stable code for the rule.
    pub fn code(&self) -> &'static str {
        match self {
            ArmError::NoName => "no_name",
            ArmError::ArmCount(_) => "arm_count",
            ArmError::DuplicateArm(_) => "duplicate_arm",
            ArmError::ZeroWeight { .. } => "zero_weight",
            ArmError::TooMuchWeight => "too_much_weight",
            ArmError::NoSuchStep { .. } => "no_such_step",
            ArmError::ChangesFee { .. } => "changes_fee",
            ArmError::ChangesDeadline { .. } => "changes_deadline",
            ArmError::ChangesKind { .. } => "changes_kind",
            ArmError::ChangesAnchor { .. } => "changes_anchor",
            ArmError::NoChannel { .. } => "no_channel",
            ArmError::Law { .. } => "law",
        }
    }

    /// The arm the problem is about, if one.
    pub fn arm(&self) -> Option<&str> {
        match self {
            ArmError::ZeroWeight { arm }
            | ArmError::NoSuchStep { arm, .. }
            | ArmError::ChangesFee { arm, .. }
            | ArmError::ChangesDeadline { arm, .. }
            | ArmError::ChangesKind { arm, .. }
            | ArmError::ChangesAnchor { arm, .. }
            | ArmError::NoChannel { arm, .. }
            | ArmError::Law { arm, .. } => Some(arm),
            ArmError::DuplicateArm(arm) => Some(arm),
            ArmError::NoName | ArmError::ArmCount(_) | ArmError::TooMuchWeight => None,
        }
    }
}

impl Arm {
    /// The ladder as this arm varies it, checked against the law; every problem is listed.
    pub fn apply(
        &self,
        ladder: &Strategy,
        jurisdiction: Jurisdiction,
        tables: &LawTables,
    ) -> Result<Strategy, Vec<ArmError>> {
        let arm = || self.name.clone();
        let mut out = ladder.clone();
        let mut problems = Vec::new();
        for change in &self.steps {
            let step_no = change.step_no;
            let Some(step) = out.steps.get_mut(step_no) else {
                problems.push(ArmError::NoSuchStep { arm: arm(), step_no });
                continue;
            };
            if change.fee_requested.is_some_and(|f| f != step.fee_requested) {
                problems.push(ArmError::ChangesFee { arm: arm(), step_no });
            }
            if change.deadline_days.is_some_and(|d| d != step.deadline_days) {
                problems.push(ArmError::ChangesDeadline { arm: arm(), step_no });
            }
            if change.kind.is_some_and(|k| k != step.kind) {
                problems.push(ArmError::ChangesKind { arm: arm(), step_no });
            }
            if change.relative_to.is_some_and(|r| r != step.relative_to) {
                problems.push(ArmError::ChangesAnchor { arm: arm(), step_no });
            }
            if let Some(template) = &change.template {
                step.template = template.as_str().into();
            }
            if let Some(channels) = &change.channels {
                if channels.is_empty() {
                    problems.push(ArmError::NoChannel { arm: arm(), step_no });
                }
                step.channels = channels.clone();
            }
            if let Some(offset) = change.offset_days {
                step.offset_days = offset;
            }
        }
        if problems.is_empty() {
            problems.extend(
                out.problems(jurisdiction, tables).into_iter().map(|error| ArmError::Law { arm: arm(), error }),
            );
        }
        if problems.is_empty() {
            out.name = format!("{} [{}]", ladder.name, self.name);
            Ok(out)
        } else {
            Err(problems)
        }
    }
}

impl Experiment {
    /// Every problem of the experiment against the ladder it varies (empty: it may start).
    pub fn problems(&self, ladder: &Strategy, jurisdiction: Jurisdiction, tables: &LawTables) -> Vec<ArmError> {
        let mut out = Vec::new();
        if self.name.trim().is_empty() {
            out.push(ArmError::NoName);
        }
        if !(2..=MAX_ARMS).contains(&self.arms.len()) {
            out.push(ArmError::ArmCount(self.arms.len()));
        }
        for (i, arm) in self.arms.iter().enumerate() {
            if self.arms[..i].iter().any(|a| a.name == arm.name) {
                out.push(ArmError::DuplicateArm(arm.name.clone()));
            }
            if arm.weight == 0 {
                out.push(ArmError::ZeroWeight { arm: arm.name.clone() });
            }
            if let Err(problems) = arm.apply(ladder, jurisdiction, tables) {
                out.extend(problems);
            }
        }
        if self.arms.iter().map(|a| u64::from(a.weight)).sum::<u64>() > u64::from(MAX_TOTAL_WEIGHT) {
            out.push(ArmError::TooMuchWeight);
        }
        out
    }
}

/// FNV-1a, 64 bit: a fixed, portable hash (std's hasher is randomised per process).
fn fnv1a(bytes: impl IntoIterator<Item = u8>) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The stable hash of (experiment name, debtor id) assignment uses.
pub fn assignment_hash(experiment: &str, debtor: DebtorId) -> u64 {
    let id = debtor.0.to_string();
    fnv1a(experiment.bytes().chain([0u8]).chain(id.bytes()))
}

/// The index of the debtor's arm: the hash modulo the sum of the weights, walked through the
/// arms in order. `None` when no arm has weight.
pub fn assign(experiment: &str, debtor: DebtorId, arms: &[Arm]) -> Option<usize> {
    let total: u64 = arms.iter().map(|a| u64::from(a.weight)).sum();
    if total == 0 {
        return None;
    }
    let mut point = assignment_hash(experiment, debtor) % total;
    for (i, arm) in arms.iter().enumerate() {
        let w = u64::from(arm.weight);
        if point < w {
            return Some(i);
        }
        point -= w;
    }
    None
}

/// What the store knows about one claim under an experiment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutcomeClaim {
    pub debtor: DebtorId,
    pub due: Date,
    /// The date of the last payment of a claim that is paid.
    pub paid_on: Option<Date>,
    /// The debtor acted on the claim in the portal (promise, plan, postponement, dispute).
    pub self_service: bool,
    /// A dispute was raised on the claim.
    pub disputed: bool,
    /// The debtor wrote the creditor a message through the portal.
    pub wrote_to_creditor: bool,
    /// A complaint about the collection was recorded on the claim.
    pub complained: bool,
}

/// The figures of one arm. Each counts claims unless its name says debtors.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ArmOutcome {
    pub arm: String,
    pub debtors: u64,
    pub claims: u64,
    /// Paid in full at most 14 (30, 60) days after the due date (early payments included).
    pub paid_within_14_days: u64,
    pub paid_within_30_days: u64,
    pub paid_within_60_days: u64,
    /// Claims the debtor acted on in the portal.
    pub self_service: u64,
    pub disputed: u64,
    /// Debtors who wrote to the creditor through the portal.
    pub debtors_writing: u64,
    /// Claims with a complaint about the collection recorded on their timeline.
    pub complaints: u64,
}

/// Per-arm figures: each claim goes to its debtor's arm.
pub fn outcomes(experiment: &str, arms: &[Arm], claims: &[OutcomeClaim]) -> Vec<ArmOutcome> {
    let mut out: Vec<ArmOutcome> =
        arms.iter().map(|a| ArmOutcome { arm: a.name.clone(), ..ArmOutcome::default() }).collect();
    let mut debtors: Vec<std::collections::BTreeSet<i64>> = vec![Default::default(); arms.len()];
    let mut writing: Vec<std::collections::BTreeSet<i64>> = vec![Default::default(); arms.len()];
    for c in claims {
        let Some(i) = assign(experiment, c.debtor, arms) else { continue };
        let o = &mut out[i];
        o.claims += 1;
        debtors[i].insert(c.debtor.0);
        if c.wrote_to_creditor {
            writing[i].insert(c.debtor.0);
        }
        if let Some(paid) = c.paid_on {
            let days = c.due.until(paid).map(|s| s.get_days()).unwrap_or(i32::MAX);
            o.paid_within_14_days += u64::from(days <= 14);
            o.paid_within_30_days += u64::from(days <= 30);
            o.paid_within_60_days += u64::from(days <= 60);
        }
        o.self_service += u64::from(c.self_service);
        o.disputed += u64::from(c.disputed);
        o.complaints += u64::from(c.complained);
    }
    for (i, o) in out.iter_mut().enumerate() {
        o.debtors = debtors[i].len() as u64;
        o.debtors_writing = writing[i].len() as u64;
    }
    out
}
