//! Benchmark of the law engine's pure evaluation: interest plus the fees of the letters sent, for
//! one claim on one date, through the quiet (allocation-free) path the dunning engine uses.
//! The target is at least 5 million evaluations per second on one core; criterion's throughput
//! line ("thrpt") reads directly as evaluations per second.
//!
//! Run: `cargo bench -p domain --bench law`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use domain::law::{self, ClaimFacts, InterestRequest, LawTables, SentStep};
use domain::{Currency, DebtorKind, FeeKind, Jurisdiction, Money};
use jiff::civil::date;
use std::hint::black_box;

fn se_claim() -> (ClaimFacts, Vec<SentStep>) {
    let claim = ClaimFacts {
        jurisdiction: Jurisdiction::SE,
        debtor: DebtorKind::Consumer,
        principal: Money::from_minor(1_000_000, Currency::SEK),
        due: date(2023, 5, 31),
        reminder_fee_agreed: true,
        instalment_plan_agreed: false,
        contract_rate: None,
    };
    let steps = vec![
        SentStep { step: FeeKind::Reminder, sent: date(2023, 6, 8), deadline: Some(date(2023, 6, 18)) },
        SentStep { step: FeeKind::CollectionDemand, sent: date(2023, 6, 26), deadline: Some(date(2023, 7, 6)) },
    ];
    (claim, steps)
}

fn no_claim() -> (ClaimFacts, Vec<SentStep>) {
    let claim = ClaimFacts {
        jurisdiction: Jurisdiction::NO,
        debtor: DebtorKind::Business,
        principal: Money::from_minor(2_000_000, Currency::NOK),
        due: date(2025, 2, 3),
        reminder_fee_agreed: false,
        instalment_plan_agreed: false,
        contract_rate: None,
    };
    let steps = vec![
        SentStep { step: FeeKind::Reminder, sent: date(2025, 2, 17), deadline: Some(date(2025, 3, 3)) },
        SentStep { step: FeeKind::LateCompensation, sent: date(2025, 2, 18), deadline: None },
        SentStep { step: FeeKind::PaymentDemand, sent: date(2025, 3, 4), deadline: Some(date(2025, 3, 18)) },
        SentStep { step: FeeKind::AgencyFee, sent: date(2025, 4, 1), deadline: None },
    ];
    (claim, steps)
}

fn bench(c: &mut Criterion) {
    let tables = LawTables::builtin();
    let mut group = c.benchmark_group("law");
    group.throughput(Throughput::Elements(1));

    let (claim, steps) = se_claim();
    let on = date(2023, 8, 31);
    group.bench_function("evaluate_se_claim_2_letters", |b| {
        b.iter(|| tables.evaluate(black_box(&claim), black_box(&steps), black_box(on)).unwrap())
    });

    let (claim, steps) = no_claim();
    let on = date(2025, 5, 30);
    group.bench_function("evaluate_no_b2b_claim_4_letters", |b| {
        b.iter(|| tables.evaluate(black_box(&claim), black_box(&steps), black_box(on)).unwrap())
    });

    let req = InterestRequest::statutory(
        Jurisdiction::SE,
        Money::from_minor(1_000_000, Currency::SEK),
        date(2015, 1, 31),
        date(2025, 1, 31),
    );
    group.bench_function("interest_only_10_years", |b| {
        b.iter(|| law::interest_minor(black_box(&tables), black_box(&req)).unwrap())
    });

    let (claim, steps) = se_claim();
    let on = date(2023, 8, 31);
    group.bench_function("explain_se_claim_with_reasons", |b| {
        b.iter(|| tables.explain(black_box(&claim), black_box(&steps), black_box(on)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
