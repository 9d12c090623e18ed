//! The case flows' part of a day: the review of held claims and the reversal of fees that a
//! payment in flight made unnecessary.
//!
//! Held claims (promise, postponement, plan, dispute) are read page by page; the pure
//! `domain::dunning::flows::review` says whether a promise was broken, a postponement ended, an
//! instalment was missed or a plan lapsed, and the store books it with `Store::book_review`
//! (as `system:run`, keyed by date, claim and event, so a re-run books nothing twice). Then every
//! claim with a fee booked before a payment dated earlier than the fee gets
//! `domain::dunning::flows::fee_reversals` through `Store::reverse_fees`. Nothing here decides.

use domain::dunning::CasePolicy;
use domain::dunning::flows;
use domain::{ClaimId, CreditorId};
use jiff::civil::Date;
use serde::Serialize;
use std::collections::BTreeMap;
use store::Store;

/// What the flows did on one day.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct FlowsSummary {
    /// Held claims looked at.
    pub held_seen: u64,
    /// Review events booked, per event kind ("promise_broken", "plan_lapsed", …).
    pub events: BTreeMap<String, u64>,
    /// Fees reversed because a payment dated before them had already paid what was owed.
    pub fees_reversed: u64,
}

/// Runs the reviews and fee reversals for `today`.
pub async fn daily_flows(store: &Store, today: Date) -> anyhow::Result<FlowsSummary> {
    let mut summary = FlowsSummary::default();
    let mut policies: BTreeMap<i64, CasePolicy> = BTreeMap::new();
    let mut after: Option<(CreditorId, ClaimId)> = None;
    loop {
        let page = store.held_cases(after, 1_000).await?;
        let Some(last) = page.last() else { break };
        after = Some((last.creditor, last.claim));
        for facts in &page {
            summary.held_seen += 1;
            let policy = match policies.get(&facts.creditor.0) {
                Some(p) => *p,
                None => {
                    let p = store.case_policy(facts.creditor).await?;
                    policies.insert(facts.creditor.0, p);
                    p
                }
            };
            // A cheap look first; the store decides again on the facts as locked.
            if flows::review(facts, &policy, today).is_none() {
                continue;
            }
            let booked =
                store.book_review(facts.creditor, facts.claim, today, |f, p| flows::review(f, p, today)).await?;
            if let Some(event) = booked {
                *summary.events.entry(event.kind).or_default() += 1;
            }
        }
    }
    let mut after: Option<(CreditorId, ClaimId)> = None;
    loop {
        let page = store.fee_reversal_candidates(after, 1_000).await?;
        let Some(last) = page.last() else { break };
        after = Some(*last);
        for (creditor, claim) in page {
            summary.fees_reversed += store.reverse_fees(creditor, claim, flows::fee_reversals).await?;
        }
    }
    Ok(summary)
}
