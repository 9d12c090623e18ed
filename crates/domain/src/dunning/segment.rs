//! Segments from behaviour: which kind of payer a debtor is, with the facts that put them there.
//!
//! [`classify`] is pure: the store gathers [`SegmentFacts`] per debtor from aggregates (late
//! claims and claims paid on time in the window, the principal still in collection, the debtor's
//! kind and hardship flag), and the rules are data ([`SegmentRules`], defaults in
//! `data/dunning/segment-rules.toml`). The first segment of [`Segment::PRECEDENCE`] whose rule
//! matches wins; the others that matched are listed in `also_matched`. Each result carries its
//! reasons as data: the fact, its value, the comparison and the threshold.
//!
//! The segment picks the creditor's ladder (`creditor_strategies` keyed by debtor kind and
//! segment, then the segment-less one, then Purr's default).

use crate::money::{Currency, Money};
use crate::party::DebtorKind;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A debtor's segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Segment {
    /// Staff flagged the debtor as in financial hardship: the gentlest treatment.
    HardshipFlagged,
    /// Late with at least `chronic_late_claims` claims in the window.
    ChronicLate,
    /// Much money still in collection.
    HighValue,
    /// A business debtor with nothing above.
    Business,
    /// Pays on time as a rule: at least `good_history_paid_on_time` claims paid on time, at
    /// most one late.
    GoodHistory,
    /// Exactly one late claim in the window.
    FirstTimeLate,
    /// None of the above (e.g. late twice, below the chronic threshold; or no history yet).
    Standard,
}

impl Segment {
    /// The order in which the rules are tried: the first that matches decides.
    pub const PRECEDENCE: [Segment; 7] = [
        Segment::HardshipFlagged,
        Segment::ChronicLate,
        Segment::HighValue,
        Segment::Business,
        Segment::GoodHistory,
        Segment::FirstTimeLate,
        Segment::Standard,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Segment::HardshipFlagged => "hardship_flagged",
            Segment::ChronicLate => "chronic_late",
            Segment::HighValue => "high_value",
            Segment::Business => "business",
            Segment::GoodHistory => "good_history",
            Segment::FirstTimeLate => "first_time_late",
            Segment::Standard => "standard",
        }
    }

    pub fn from_code(code: &str) -> Option<Segment> {
        Segment::PRECEDENCE.into_iter().find(|s| s.code() == code)
    }
}

/// What the store knows about one debtor at one creditor on the day of the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SegmentFacts {
    pub debtor_kind: DebtorKind,
    /// Staff set the hardship flag on the debtor.
    pub hardship: bool,
    /// Claims due in the window that were paid after their due date or are still unpaid.
    pub late_claims: u32,
    /// Claims due in the window and paid on or before their due date.
    pub paid_on_time: u32,
    /// The invoiced principal of the debtor's claims still in collection, one per currency.
    pub open_principal: Vec<Money>,
}

/// The rules' thresholds (see `data/dunning/segment-rules.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SegmentRules {
    /// The look-back window in calendar days, ending yesterday.
    pub window_days: u16,
    pub chronic_late_claims: u32,
    pub good_history_paid_on_time: u32,
    /// Per currency code, minor units.
    pub high_value_minor: BTreeMap<String, i64>,
}

impl SegmentRules {
    pub fn parse(text: &str) -> Result<SegmentRules, String> {
        let rules: SegmentRules = toml::from_str(text).map_err(|e| e.to_string())?;
        for code in rules.high_value_minor.keys() {
            code.parse::<Currency>().map_err(|_| format!("high_value_minor: {code:?} is not a currency"))?;
        }
        if rules.window_days == 0 || rules.chronic_late_claims < 2 {
            return Err("window_days must be positive and chronic_late_claims at least 2".into());
        }
        Ok(rules)
    }

    /// The default rules compiled into the binary.
    pub fn builtin() -> SegmentRules {
        SegmentRules::parse(include_str!("../../../../data/dunning/segment-rules.toml"))
            .unwrap_or_else(|e| panic!("the compiled-in segment rules do not parse: {e}"))
    }

    fn high_value_threshold(&self, currency: Currency) -> Option<i64> {
        self.high_value_minor.get(currency.code()).copied()
    }
}

/// One fact behind a segment: `fact` `compare` `threshold` held with this `value`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SegmentReason {
    /// hardship, late_claims, paid_on_time, open_principal_minor or business.
    pub fact: String,
    pub value: i64,
    /// ">=", "<=", "<" or "=".
    pub compare: String,
    pub threshold: i64,
    /// The currency of a money fact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}

impl SegmentReason {
    fn new(fact: &str, value: i64, compare: &str, threshold: i64) -> SegmentReason {
        SegmentReason { fact: fact.into(), value, compare: compare.into(), threshold, currency: None }
    }

    /// The reason as one English sentence.
    pub fn sentence(&self) -> String {
        let currency = self.currency.as_deref().map(|c| format!(" {c}")).unwrap_or_default();
        format!("{}{currency} is {} ({} {})", self.fact, self.value, self.compare, self.threshold)
    }
}

/// A debtor's segment with why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segmentation {
    pub segment: Segment,
    /// The facts that matched the segment's rule.
    pub reasons: Vec<SegmentReason>,
    /// Segments whose rules matched too but come later in the precedence.
    pub also_matched: Vec<Segment>,
}

/// The reasons a segment's rule matches, or `None`.
fn rule(segment: Segment, facts: &SegmentFacts, rules: &SegmentRules) -> Option<Vec<SegmentReason>> {
    let late = i64::from(facts.late_claims);
    let on_time = i64::from(facts.paid_on_time);
    match segment {
        Segment::HardshipFlagged => facts.hardship.then(|| vec![SegmentReason::new("hardship", 1, "=", 1)]),
        Segment::ChronicLate => (facts.late_claims >= rules.chronic_late_claims)
            .then(|| vec![SegmentReason::new("late_claims", late, ">=", i64::from(rules.chronic_late_claims))]),
        Segment::HighValue => {
            let reasons: Vec<SegmentReason> = facts
                .open_principal
                .iter()
                .filter_map(|m| {
                    let threshold = rules.high_value_threshold(m.currency())?;
                    (m.minor() >= threshold).then(|| SegmentReason {
                        currency: Some(m.currency().code().into()),
                        ..SegmentReason::new("open_principal_minor", m.minor(), ">=", threshold)
                    })
                })
                .collect();
            (!reasons.is_empty()).then_some(reasons)
        }
        Segment::Business => {
            (facts.debtor_kind == DebtorKind::Business).then(|| vec![SegmentReason::new("business", 1, "=", 1)])
        }
        Segment::GoodHistory => {
            (facts.paid_on_time >= rules.good_history_paid_on_time && facts.late_claims <= 1).then(|| {
                vec![
                    SegmentReason::new("paid_on_time", on_time, ">=", i64::from(rules.good_history_paid_on_time)),
                    SegmentReason::new("late_claims", late, "<=", 1),
                ]
            })
        }
        Segment::FirstTimeLate => (facts.late_claims == 1).then(|| vec![SegmentReason::new("late_claims", 1, "=", 1)]),
        // Reached only when nothing else matched, so the debtor is below the chronic threshold.
        Segment::Standard => {
            Some(vec![SegmentReason::new("late_claims", late, "<", i64::from(rules.chronic_late_claims))])
        }
    }
}

/// The debtor's segment: the first of [`Segment::PRECEDENCE`] whose rule matches.
pub fn classify(facts: &SegmentFacts, rules: &SegmentRules) -> Segmentation {
    let mut matched = Segment::PRECEDENCE.into_iter().filter_map(|s| rule(s, facts, rules).map(|r| (s, r)));
    // `Standard` always matches, so there is a first one.
    let (segment, reasons) = matched.next().unwrap_or((Segment::Standard, Vec::new()));
    let also_matched = matched.map(|(s, _)| s).filter(|s| *s != Segment::Standard).collect();
    Segmentation { segment, reasons, also_matched }
}
