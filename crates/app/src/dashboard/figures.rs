//! The dashboard's figures, computed from the KPI buckets (`store::KpiBucket`) and today's
//! date. Pure arithmetic on integers: rates are per-mille rounded half-up, money stays in
//! minor units. Each figure's definition is in `DEFINITIONS`, which the page shows as its help.

use domain::{ClaimState, Currency};
use jiff::ToSpan;
use jiff::civil::Date;
use std::collections::BTreeMap;
use store::{KpiBucket, SurveyCounts};

/// Every figure the page shows, with its definition (term, definition).
pub const DEFINITIONS: &[(&str, &str)] = &[
    (
        "Open balance",
        "What debtors owe now on claims that are not closed: principal, fees and interest from the ledger, less payments, credit notes and write-offs. A debtor's credit balance is not netted in.",
    ),
    (
        "Ageing",
        "The open balance split by how many days ago each claim fell due: not yet due, 1-30, 31-60, 61-90, 91-180 and more than 180 days.",
    ),
    (
        "Recovery rate at N days",
        "Of the principal (invoiced less credit notes) of claims that fell due at least N days ago, the share paid by N days after the due date. Payments count on principal, fees and interest; a returned payment counts against the day it was returned.",
    ),
    (
        "DSO (days sales outstanding)",
        "Open balance divided by the principal of the claims that fell due in the last 90 days, times 90. Lower is better.",
    ),
    (
        "Cure rate per dunning step",
        "Of the claims that reached a step, the share that was paid in full after that step and before the next one was sent.",
    ),
    (
        "Time to resolution",
        "For closed claims (paid, written off or credited), the average number of days from the due date to the last ledger entry; a claim paid before its due date counts as 0.",
    ),
    ("Claims by state", "How many claims are in each state now."),
    (
        "Customer satisfaction (CSAT)",
        "Of the debtors who answered the portal's survey after their claim was settled (\"How easy was it to sort this out with us?\", 1 to 5), the share who answered 4 or 5, with the number of answers and the average score. Counted from the stored answers of claims in the period.",
    ),
    (
        "Net Promoter Score (NPS)",
        "The same survey's second, optional question: \"How likely is it that you would recommend us to a friend or colleague?\", 0 to 10. Those who answered 9 or 10 are promoters, 7 or 8 passives, 0 to 6 detractors; NPS is the percentage of promoters minus the percentage of detractors, from -100 to 100. Counted over the answers that gave this question a number.",
    ),
    (
        "Self-service share",
        "Of the promises to pay, payment plans and postponements made in the period, the share the debtor made in the portal without staff (the rest were made by staff in the dashboard or through the API).",
    ),
    (
        "Complaints",
        "Complaints about the collection recorded in the period (by staff on the case page or through the API); each is on its case's timeline.",
    ),
    (
        "Retention",
        "Of the debtors who received at least one dunning letter (a reminder or later) and whose customer status your system reported (PUT /api/v1/debtors/{id}/customer-status), the share reported as still customers. It uses the latest report, whatever the period.",
    ),
    ("Disputes", "Claims whose debtor disputes them and that wait for a decision (state disputed)."),
];

/// The day counts of the recovery curve.
pub const RECOVERY_DAYS: [i64; 4] = [14, 30, 60, 90];
/// Ageing bands: (label, first day overdue, last day overdue).
pub const AGEING: [(&str, i64, i64); 6] = [
    ("Not yet due", i64::MIN, 0),
    ("1-30 days", 1, 30),
    ("31-60 days", 31, 60),
    ("61-90 days", 61, 90),
    ("91-180 days", 91, 180),
    ("Over 180 days", 181, i64::MAX),
];

/// A share in per-mille (0..=1000 and above when fees and interest are paid too), or `None` when
/// there is nothing to divide by.
pub type PerMille = Option<i64>;

pub fn per_mille(part: i64, whole: i64) -> PerMille {
    if whole <= 0 {
        return None;
    }
    let p = i128::from(part) * 1000;
    let w = i128::from(whole);
    i64::try_from((2 * p + w) / (2 * w)).ok()
}

/// "12.3 %" or "–".
pub fn percent(v: PerMille) -> String {
    match v {
        Some(v) => format!("{}.{} %", v / 10, (v % 10).abs()),
        None => "–".into(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepCure {
    pub step_no: i64,
    pub kind: String,
    pub reached: i64,
    pub cured: i64,
    pub rate: PerMille,
}

/// The figures of one currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrencyFigures {
    pub currency: Currency,
    pub open_balance_minor: i64,
    pub open_claims: i64,
    /// Per band of `AGEING`: (open balance, claims).
    pub ageing: Vec<(i64, i64)>,
    /// Per day count of `RECOVERY_DAYS`.
    pub recovery: Vec<PerMille>,
    /// Days, rounded; `None` when nothing fell due in the last 90 days.
    pub dso_days: Option<i64>,
    pub cure: Vec<StepCure>,
    pub resolved: i64,
    pub avg_days_to_resolution: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    pub per_currency: Vec<CurrencyFigures>,
    pub by_state: Vec<(ClaimState, i64)>,
    pub disputes: i64,
    pub claims: i64,
}

pub fn compute(buckets: &[KpiBucket], today: Date) -> Figures {
    let mut currencies: BTreeMap<&str, Vec<&KpiBucket>> = BTreeMap::new();
    for b in buckets {
        currencies.entry(b.currency.code()).or_default().push(b);
    }
    let per_currency = currencies.into_values().map(|list| currency_figures(&list, today)).collect();
    let by_state = ClaimState::ALL
        .iter()
        .map(|s| (*s, buckets.iter().filter(|b| b.state == *s).map(|b| b.claims).sum::<i64>()))
        .filter(|(_, n)| *n > 0)
        .collect();
    Figures {
        per_currency,
        by_state,
        disputes: buckets.iter().filter(|b| b.state == ClaimState::Disputed).map(|b| b.claims).sum(),
        claims: buckets.iter().map(|b| b.claims).sum(),
    }
}

fn currency_figures(list: &[&KpiBucket], today: Date) -> CurrencyFigures {
    let open: Vec<&&KpiBucket> = list.iter().filter(|b| !b.state.is_closed()).collect();
    let overdue_days = |b: &KpiBucket| i64::from((today - b.due_date).get_days());
    let ageing = AGEING
        .iter()
        .map(|(_, from, to)| {
            let inside: Vec<&&&KpiBucket> = open.iter().filter(|b| (*from..=*to).contains(&overdue_days(b))).collect();
            (inside.iter().map(|b| b.outstanding_minor).sum(), inside.iter().map(|b| b.claims).sum())
        })
        .collect();
    let recovery = RECOVERY_DAYS
        .iter()
        .map(|&n| {
            let matured: Vec<&&KpiBucket> =
                list.iter().filter(|b| b.due_date.checked_add(n.days()).is_ok_and(|d| d <= today)).collect();
            let paid: i64 = matured
                .iter()
                .map(|b| match n {
                    14 => b.paid_14_minor,
                    30 => b.paid_30_minor,
                    60 => b.paid_60_minor,
                    _ => b.paid_90_minor,
                })
                .sum();
            per_mille(paid, matured.iter().map(|b| b.principal_minor).sum())
        })
        .collect();
    let open_balance_minor: i64 = open.iter().map(|b| b.outstanding_minor).sum();
    let recent: i64 = list.iter().filter(|b| (0..90).contains(&overdue_days(b))).map(|b| b.principal_minor).sum();
    let dso_days = (recent > 0).then(|| {
        let v = i128::from(open_balance_minor) * 90;
        i64::try_from((2 * v + i128::from(recent)) / (2 * i128::from(recent))).unwrap_or(i64::MAX)
    });
    let max_step = list.iter().map(|b| b.last_step_no).max().unwrap_or(0);
    let cure = (1..=max_step)
        .map(|k| {
            let reached: i64 = list.iter().filter(|b| b.last_step_no >= k).map(|b| b.claims).sum();
            let cured: i64 =
                list.iter().filter(|b| b.last_step_no == k && b.state == ClaimState::Paid).map(|b| b.claims).sum();
            let kind = list
                .iter()
                .filter(|b| b.last_step_no == k)
                .max_by_key(|b| b.claims)
                .map(|b| b.last_step_kind.replace('_', " "))
                .unwrap_or_default();
            StepCure { step_no: k, kind, reached, cured, rate: per_mille(cured, reached) }
        })
        .collect();
    let resolved: i64 = list.iter().map(|b| b.resolved).sum();
    let days: i64 = list.iter().map(|b| b.resolve_days).sum();
    CurrencyFigures {
        currency: list[0].currency,
        open_balance_minor,
        open_claims: open.iter().map(|b| b.claims).sum(),
        ageing,
        recovery,
        dso_days,
        cure,
        resolved,
        avg_days_to_resolution: (resolved > 0).then(|| (2 * days + resolved) / (2 * resolved)),
    }
}

/// The portal survey's figures over the answers given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Survey {
    pub answers: i64,
    /// Answers per score, 1 to 5.
    pub by_score: [i64; 5],
    /// Share of answers that are 4 or 5.
    pub csat: PerMille,
    /// The average score in hundredths (4.25 is 425), rounded half-up.
    pub average_centi: Option<i64>,
    /// Answers to "how likely to recommend" (0 to 10): 9-10 promoters, 7-8 passives, 0-6 detractors.
    pub promoters: i64,
    pub passives: i64,
    pub detractors: i64,
    /// The Net Promoter Score: percent promoters minus percent detractors, -100 to 100,
    /// rounded half away from zero; none without answers.
    pub nps: Option<i64>,
}

pub fn survey(counts: &[SurveyCounts]) -> Survey {
    let mut by_score = [0i64; 5];
    let mut by_recommend = [0i64; 11];
    for c in counts {
        for (sum, n) in by_score.iter_mut().zip(c.by_score) {
            *sum += n;
        }
        for (sum, n) in by_recommend.iter_mut().zip(c.by_recommend) {
            *sum += n;
        }
    }
    let detractors: i64 = by_recommend[..7].iter().sum();
    let passives: i64 = by_recommend[7..9].iter().sum();
    let promoters: i64 = by_recommend[9..].iter().sum();
    let recommended = detractors + passives + promoters;
    let answers: i64 = by_score.iter().sum();
    let score_sum: i64 = by_score.iter().zip(1..).map(|(n, score)| n * score).sum();
    Survey {
        answers,
        by_score,
        csat: per_mille(by_score[3] + by_score[4], answers),
        average_centi: (answers > 0).then(|| (200 * score_sum + answers) / (2 * answers)),
        promoters,
        passives,
        detractors,
        nps: (recommended > 0).then(|| {
            let twice = 200 * (promoters - detractors);
            (twice + twice.signum() * recommended) / (2 * recommended)
        }),
    }
}
