//! Debtors' segments on both backends: recomputed from real rows, written only when changed,
//! the hardship flag, and the page look-up the run uses.

use crate::fixtures::{claim, se_creditor};
use domain::dunning::{Segment, SegmentRules};
use domain::*;
use jiff::civil::{Date, date};
use store::{CreateOutcome, SegmentsRecomputed, Store, both_backends};

async fn add(
    store: &Store,
    c: CreditorId,
    invoice: &str,
    debtor: &str,
    minor: i64,
    due: Date,
    paid: Option<Date>,
) -> DebtorId {
    let mut input = claim(invoice, debtor, minor);
    input.due_date = due;
    input.issue_date = date(2024, 1, 1);
    if debtor.starts_with("firm") {
        input.debtor.kind = DebtorKind::Business;
    }
    let view = match store.create_claim(c, &input).await.unwrap() {
        CreateOutcome::Created(v) => v,
        other => panic!("{other:?}"),
    };
    if let Some(on) = paid {
        let pay = NewEntry {
            kind: EntryKind::Payment,
            component: Component::Principal,
            amount: Money::from_minor(-minor, Currency::SEK),
            effective_date: on,
            reason: "BgMax".into(),
        };
        store.append_entries(c, view.claim.id, &[pay], Some(&format!("pay:{invoice}"))).await.unwrap();
    }
    view.claim.debtor_id
}

both_backends! {
    async fn segments_follow_behaviour_and_are_written_only_when_changed(store) {
        let c = store.create_creditor(&se_creditor()).await.unwrap().id;
        let today = date(2025, 6, 30);
        let chronic = add(&store, c, "C1", "chronic", 10_000, date(2025, 2, 28), None).await;
        add(&store, c, "C2", "chronic", 10_000, date(2025, 3, 31), None).await;
        add(&store, c, "C3", "chronic", 10_000, date(2025, 4, 30), None).await;
        let good = add(&store, c, "G0", "good", 10_000, date(2025, 6, 2), None).await;
        for (i, month) in [2, 3, 4, 5].into_iter().enumerate() {
            let due = date(2025, month, 10);
            add(&store, c, &format!("G{}", i + 1), "good", 10_000, due, Some(due)).await;
        }
        let first = add(&store, c, "F1", "first", 10_000, date(2025, 6, 2), None).await;
        // Paid ten days late, and another one open: late twice, below the chronic threshold.
        let twice = add(&store, c, "T1", "twice", 10_000, date(2025, 3, 3), Some(date(2025, 3, 13))).await;
        add(&store, c, "T2", "twice", 10_000, date(2025, 6, 2), None).await;
        let rich = add(&store, c, "R1", "rich", 6_000_000, date(2025, 6, 2), None).await;
        let firm = add(&store, c, "B1", "firm", 10_000, date(2025, 6, 2), None).await;
        // Late, but before the window: not counted.
        let old = add(&store, c, "O1", "old", 10_000, date(2024, 5, 31), None).await;

        let rules = SegmentRules::builtin();
        let report = store.recompute_segments(today, &rules).await.unwrap();
        assert_eq!(report, SegmentsRecomputed { debtors_seen: 7, changed: 7 });
        let segment = |d: DebtorId| {
            let store = store.clone();
            async move { store.debtor_segment(c, d).await.unwrap().unwrap().1.unwrap() }
        };
        let (s, on) = segment(chronic).await;
        assert_eq!((s.segment, on), (Segment::ChronicLate, today));
        assert_eq!((s.reasons[0].fact.as_str(), s.reasons[0].value), ("late_claims", 3));
        let (s, _) = segment(good).await;
        assert_eq!(s.segment, Segment::GoodHistory, "{s:?}");
        assert!(s.reasons.iter().any(|r| r.fact == "paid_on_time" && r.value == 4), "{s:?}");
        assert_eq!(segment(first).await.0.segment, Segment::FirstTimeLate);
        let (s, _) = segment(twice).await;
        assert_eq!((s.segment, s.reasons[0].value), (Segment::Standard, 2));
        let (s, _) = segment(rich).await;
        assert_eq!(s.segment, Segment::HighValue);
        assert_eq!((s.reasons[0].value, s.reasons[0].currency.as_deref()), (6_000_000, Some("SEK")));
        assert_eq!(s.also_matched, vec![Segment::FirstTimeLate]);
        assert_eq!(segment(firm).await.0.segment, Segment::Business);
        assert_eq!(segment(old).await.0.segment, Segment::Standard);

        // The same day again writes nothing; nor does the next day when nothing changed.
        assert_eq!(store.recompute_segments(today, &rules).await.unwrap().changed, 0);
        assert_eq!(store.recompute_segments(date(2025, 7, 1), &rules).await.unwrap().changed, 0);
        assert_eq!(segment(first).await.1, today, "an unchanged segment keeps its date");

        // Hardship comes first, from the next run on.
        assert!(store.set_hardship(c, first, true).await.unwrap());
        assert!(!store.set_hardship(c, DebtorId(999), true).await.unwrap());
        let (hardship, stored) = store.debtor_segment(c, first).await.unwrap().unwrap();
        assert!(hardship);
        assert_eq!(stored.unwrap().0.segment, Segment::FirstTimeLate);
        let later = date(2025, 7, 2);
        assert_eq!(store.recompute_segments(later, &rules).await.unwrap().changed, 1);
        let (s, on) = segment(first).await;
        assert_eq!((s.segment, on), (Segment::HardshipFlagged, later));
        assert_eq!(s.also_matched, vec![Segment::FirstTimeLate]);

        // The run's look-up: the segments of a page's debtors.
        let cases = store.cases_due(later, None, 100).await.unwrap();
        let page = store.page_segments(&cases).await.unwrap();
        assert_eq!(page.get(&(c.0, chronic.0)).map(String::as_str), Some("chronic_late"));
        assert_eq!(page.get(&(c.0, first.0)).map(String::as_str), Some("hardship_flagged"));
        assert!(store.debtor_segment(c, DebtorId(999)).await.unwrap().is_none());
    }
}
