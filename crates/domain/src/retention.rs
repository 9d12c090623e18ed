//! GDPR retention: how long a creditor keeps a debtor's data after the debtor's last claim is
//! closed, per purpose, and whether a debtor may be erased (pseudonymised) on a given day.
//!
//! A debtor may be erased only when every claim of theirs is closed (paid, written off,
//! credited) or handed over, and the retention period of every purpose has run out since the
//! last claim closed. The store does the erasing; this module only decides, from the facts and
//! the date it is given. The defaults and their legal basis are in `RetentionPolicy::default_for`.

use crate::{ClaimId, ClaimState, Jurisdiction};
use jiff::ToSpan;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// Why data is kept after the claims are closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// The accounts: invoices, payments and who they were with (bookkeeping law).
    Bookkeeping,
    /// Identity and contact data kept to answer complaints and legal claims about the collection.
    Collection,
}

impl Purpose {
    pub const ALL: [Purpose; 2] = [Purpose::Bookkeeping, Purpose::Collection];

    pub fn code(self) -> &'static str {
        match self {
            Purpose::Bookkeeping => "bookkeeping",
            Purpose::Collection => "collection",
        }
    }

    pub fn from_code(code: &str) -> Option<Purpose> {
        Purpose::ALL.into_iter().find(|p| p.code() == code.trim())
    }
}

/// How long one purpose keeps data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionRule {
    pub purpose: Purpose,
    /// Whole months the data is kept.
    pub months: u32,
    /// Count from the end of the calendar year the claim closed in (bookkeeping law counts
    /// from the end of the financial year) instead of from the closing day itself.
    pub from_year_end: bool,
    /// The legal basis, in words, shown beside the setting.
    pub legal_basis: String,
}

impl RetentionRule {
    /// The first day the data may be erased when the last claim closed on `closed_on`.
    pub fn erasable_from(&self, closed_on: Date) -> Date {
        let start = if self.from_year_end {
            Date::new(closed_on.year().saturating_add(1), 1, 1).unwrap_or(closed_on)
        } else {
            closed_on
        };
        let months = i64::from(self.months.min(1200));
        start.checked_add(months.months()).unwrap_or(Date::MAX)
    }
}

/// A creditor's retention settings: one rule per purpose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionPolicy {
    pub rules: Vec<RetentionRule>,
}

impl RetentionPolicy {
    /// The defaults for a creditor in `jurisdiction`. Bookkeeping: SE keeps accounting records
    /// through the seventh year after the end of the calendar year the financial year ended
    /// (bokföringslagen 1999:1078, 7 kap. 2 §); NO keeps primary documentation five years after
    /// the end of the financial year (bokføringsloven § 13). Collection: identity and contact
    /// data are kept 36 months after the last claim closed, the general limitation period for a
    /// consumer's claims against the creditor (SE preskriptionslagen 2 §; NO foreldelsesloven
    /// § 2), under GDPR art. 6(1)(c) and (f) and the storage limitation of art. 5(1)(e).
    pub fn default_for(jurisdiction: Jurisdiction) -> RetentionPolicy {
        let bookkeeping = match jurisdiction {
            Jurisdiction::SE => RetentionRule {
                purpose: Purpose::Bookkeeping,
                months: 84,
                from_year_end: true,
                legal_basis: "SE bokföringslagen (1999:1078) 7 kap. 2 §: accounting records are kept through the \
                              seventh year after the end of the calendar year the financial year ended"
                    .into(),
            },
            Jurisdiction::NO => RetentionRule {
                purpose: Purpose::Bookkeeping,
                months: 60,
                from_year_end: true,
                legal_basis: "NO bokføringsloven § 13: primary documentation is kept five years after the end of \
                              the financial year"
                    .into(),
            },
        };
        let law = match jurisdiction {
            Jurisdiction::SE => "SE preskriptionslagen (1981:130) 2 §",
            Jurisdiction::NO => "NO foreldelsesloven § 2",
        };
        RetentionPolicy {
            rules: vec![
                bookkeeping,
                RetentionRule {
                    purpose: Purpose::Collection,
                    months: 36,
                    from_year_end: false,
                    legal_basis: format!(
                        "GDPR art. 5(1)(e) and 6(1)(f): identity and contact data are kept to answer complaints and \
                         legal claims within the three-year limitation period for consumers ({law})"
                    ),
                },
            ],
        }
    }

    /// Refuses a policy without exactly one rule per purpose or with an absurd period.
    pub fn validate(&self) -> Result<(), String> {
        for purpose in Purpose::ALL {
            let n = self.rules.iter().filter(|r| r.purpose == purpose).count();
            if n != 1 {
                return Err(format!("give exactly one rule for the purpose {} (found {n})", purpose.code()));
            }
        }
        if let Some(r) = self.rules.iter().find(|r| r.months > 1200) {
            return Err(format!("{}: {} months is more than 100 years", r.purpose.code(), r.months));
        }
        if let Some(r) = self.rules.iter().find(|r| r.legal_basis.trim().is_empty()) {
            return Err(format!("{}: say what the legal basis is (legal_basis is empty)", r.purpose.code()));
        }
        Ok(())
    }

    pub fn rule(&self, purpose: Purpose) -> Option<&RetentionRule> {
        self.rules.iter().find(|r| r.purpose == purpose)
    }
}

/// What the decision needs to know about one claim of the debtor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimRetentionFacts {
    pub claim: ClaimId,
    pub state: ClaimState,
    /// The day of the claim's last event (ledger entry, dunning step or case action): for a
    /// closed claim, the day it closed.
    pub last_activity: Date,
}

/// Why a debtor may not be erased (yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum EraseRefusal {
    /// A claim is still being collected.
    OpenClaim { claim: ClaimId, state: ClaimState },
    /// A purpose still needs the data until (not including) `until`.
    Retention { purpose: Purpose, until: Date },
}

impl EraseRefusal {
    pub fn code(&self) -> &'static str {
        match self {
            EraseRefusal::OpenClaim { .. } => "open_claim",
            EraseRefusal::Retention { .. } => "retention",
        }
    }

    pub fn message(&self) -> String {
        match self {
            EraseRefusal::OpenClaim { claim, state } => {
                format!("claim {} is still {} (only closed or handed-over claims allow erasure)", claim.0, state.code())
            }
            EraseRefusal::Retention { purpose, until } => {
                format!(
                    "the {} retention period runs until {until}; the debtor may be erased from that day",
                    purpose.code()
                )
            }
        }
    }
}

/// Whether a debtor may be erased on `today`. `since` is used when the debtor has no claims
/// (the day the debtor was created). The first refusal found is returned: an open claim before
/// any retention period; of the periods, the one that ends last.
pub fn erase_decision(
    claims: &[ClaimRetentionFacts],
    since: Date,
    policy: &RetentionPolicy,
    today: Date,
) -> Result<(), EraseRefusal> {
    if let Some(open) = claims.iter().find(|c| c.state.in_collection()) {
        return Err(EraseRefusal::OpenClaim { claim: open.claim, state: open.state });
    }
    let closed_on = claims.iter().map(|c| c.last_activity).max().unwrap_or(since);
    let latest = policy.rules.iter().map(|r| (r.erasable_from(closed_on), r.purpose)).max();
    match latest {
        Some((until, purpose)) if until > today => Err(EraseRefusal::Retention { purpose, until }),
        _ => Ok(()),
    }
}
