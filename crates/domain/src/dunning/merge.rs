//! Case merging: whether a creditor's steps taken on one day for one debtor go out as one letter.
//!
//! Norway: claims of one creditor against one debtor are one case (Finanstilsynet's circular
//! 1/2018 on good collection practice), and the new debt collection act (LOV-2026-05-22-19) makes
//! merging a statutory duty; so a Norwegian creditor always merges, and a request to stop is
//! refused with that reason. Sweden has no such rule: the creditor chooses, and the default is one
//! letter per claim.
//!
//! What merging changes is the message only: the law engine still decides fees and interest per
//! claim, and each claim keeps its own steps, entries and state. Which steps share a letter (the
//! same day, debtor, step kind, channel and language) is the run's and the store's business.

use super::reasons::{MERGE_CHOSEN, MERGE_REQUIRED, MERGE_SEPARATE};
use crate::law::Reason;
use crate::party::Jurisdiction;
use std::fmt;

/// Whether the steps of one day for one debtor go out as one letter, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeLetters {
    pub merge: bool,
    pub reason: Reason,
}

/// A creditor asked to send one letter per claim where the law requires one letter per debtor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MergeRefused {
    pub reason: Reason,
}

impl fmt::Display for MergeRefused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.reason.render(crate::law::Lang::En), self.reason.statute())
    }
}

impl std::error::Error for MergeRefused {}

/// What applies to a creditor in `jurisdiction` whose stored choice is `chosen`.
pub fn merge_letters(jurisdiction: Jurisdiction, chosen: bool) -> MergeLetters {
    match (jurisdiction, chosen) {
        (Jurisdiction::NO, _) => MergeLetters { merge: true, reason: Reason::new(MERGE_REQUIRED) },
        (Jurisdiction::SE, true) => MergeLetters { merge: true, reason: Reason::new(MERGE_CHOSEN) },
        (Jurisdiction::SE, false) => MergeLetters { merge: false, reason: Reason::new(MERGE_SEPARATE) },
    }
}

/// A creditor's request to turn merging on (`true`) or off: what will apply, or the law's refusal.
pub fn request_merge_letters(jurisdiction: Jurisdiction, wanted: bool) -> Result<MergeLetters, MergeRefused> {
    let applies = merge_letters(jurisdiction, wanted);
    if applies.merge == wanted { Ok(applies) } else { Err(MergeRefused { reason: applies.reason }) }
}
