//! The dashboard's figures from hand-made buckets: every definition checked against numbers
//! worked out by hand.

use app::dashboard::figures::{PerMille, compute, percent};
use domain::{ClaimState, Currency};
use jiff::civil::{Date, date};
use store::KpiBucket;

#[allow(clippy::too_many_arguments)]
fn bucket(
    due: Date,
    state: ClaimState,
    step: i64,
    claims: i64,
    principal: i64,
    outstanding: i64,
    paid: [i64; 4],
    resolve_days: i64,
) -> KpiBucket {
    KpiBucket {
        currency: Currency::SEK,
        due_date: due,
        state,
        last_step_no: step,
        last_step_kind: if step == 0 { String::new() } else { format!("step_{step}") },
        claims,
        principal_minor: principal,
        outstanding_minor: outstanding,
        paid_minor: paid[3],
        paid_14_minor: paid[0],
        paid_30_minor: paid[1],
        paid_60_minor: paid[2],
        paid_90_minor: paid[3],
        resolved: if state.is_closed() { claims } else { 0 },
        resolve_days,
    }
}

#[test]
fn figures_follow_their_definitions() {
    let today = date(2026, 6, 30);
    let buckets = [
        // Due 100 days ago: two claims paid (one within 14 days, one by day 40), resolved after 10 and 40 days.
        bucket(date(2026, 3, 22), ClaimState::Paid, 1, 2, 20_000, 0, [10_000, 10_000, 20_000, 20_000], 50),
        // Due 100 days ago, still open after two steps.
        bucket(date(2026, 3, 22), ClaimState::Warned, 2, 1, 10_000, 10_600, [0, 0, 0, 0], 0),
        // Due 20 days ago, open, one step.
        bucket(date(2026, 6, 10), ClaimState::Reminded, 1, 3, 30_000, 30_000, [0, 0, 0, 0], 0),
        // Not due yet.
        bucket(date(2026, 7, 15), ClaimState::Open, 0, 1, 5_000, 5_000, [0, 0, 0, 0], 0),
        // Disputed, due 200 days ago.
        bucket(date(2025, 12, 12), ClaimState::Disputed, 1, 1, 1_000, 1_000, [0, 0, 0, 0], 0),
    ];
    let f = compute(&buckets, today);
    assert_eq!(f.claims, 8);
    assert_eq!(f.disputes, 1);
    let sek = &f.per_currency[0];
    assert_eq!(sek.open_balance_minor, 10_600 + 30_000 + 5_000 + 1_000);
    assert_eq!(sek.open_claims, 6);
    // Not due, 1-30, 31-60, 61-90, 91-180, over 180.
    assert_eq!(sek.ageing, vec![(5_000, 1), (30_000, 3), (0, 0), (0, 0), (10_600, 1), (1_000, 1)]);
    // 14 days: matured = all but the not-yet-due (30 000 due 20 days ago counts), 10 000 of 61 000.
    // 30/60/90 days: only the claims due 100 and 200 days ago (31 000).
    let want: Vec<PerMille> = vec![Some(164), Some(323), Some(645), Some(645)];
    assert_eq!(sek.recovery, want);
    assert_eq!(percent(sek.recovery[1]), "32.3 %");
    // DSO: open 46 600 over 30 000 due in the last 90 days, times 90.
    assert_eq!(sek.dso_days, Some(140));
    // Step 1 reached by 2 + 1 + 3 + 1 = 7 claims, 2 of them paid after it; step 2 by 1, none paid.
    assert_eq!((sek.cure[0].reached, sek.cure[0].cured, sek.cure[0].rate), (7, 2, Some(286)));
    assert_eq!((sek.cure[1].reached, sek.cure[1].cured, sek.cure[1].rate), (1, 0, Some(0)));
    assert_eq!(sek.avg_days_to_resolution, Some(25));
    assert_eq!(percent(None), "–");
    assert!(compute(&[], today).per_currency.is_empty());
}
