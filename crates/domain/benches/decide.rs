//! Benchmark of the dunning engine's pure decide step: one claim's facts, its strategy, the law
//! tables and the date in; a decision with its reasons, fees and interest out. The target is at
//! least 2 million decisions per second on one core; criterion's throughput line ("thrpt")
//! reads as decisions per second. Measured on the shared 2-core development machine (load
//! average 1.4-2.8): 2.5-2.8 million, against 0.48-0.50 million under the same load before
//! reasons kept their inputs typed instead of formatting them (issue 5).
//!
//! The mix is that of a daily run over a book: claims due for their first fee step (reminder,
//! fee and interest), claims whose next step is not due yet, claims further up the ladder
//! (a second fee letter, with the law's history of the first), SE and NO, consumers and
//! businesses.
//!
//! Run: `cargo bench -p domain --bench decide`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use domain::dunning::{CaseFacts, CaseFlow, SentDunningStep, StepKind, Strategies, decide};
use domain::law::LawTables;
use domain::{
    Channel, ClaimId, ClaimState, CreditorId, Currency, DebtorId, DebtorKind, FeeKind, Jurisdiction, Language, Money,
};
use jiff::ToSpan;
use jiff::civil::{Date, date};
use std::hint::black_box;

const TODAY: Date = date(2026, 3, 4);

fn facts(i: usize) -> CaseFacts {
    let j = if i % 2 == 0 { Jurisdiction::SE } else { Jurisdiction::NO };
    let currency = if j == Jurisdiction::SE { Currency::SEK } else { Currency::NOK };
    let business = i % 10 == 0;
    let principal = Money::from_minor(20_000 + (i as i64 % 4_000) * 50, currency);
    let mut sent = Vec::new();
    let mut state = ClaimState::Open;
    let due = match i % 4 {
        // Due for the first fee step.
        0 | 1 => TODAY - (20 + (i % 40) as i64).days(),
        // Not yet due for anything.
        2 => TODAY + (10 + (i % 20) as i64).days(),
        // Reminded a while ago: the next fee letter is due.
        _ => {
            let due = TODAY - 60.days();
            let sent_on = due + 16.days();
            let mut fee_kinds = vec![FeeKind::Reminder];
            if business {
                fee_kinds.push(FeeKind::LateCompensation);
            }
            sent.push(SentDunningStep {
                step_no: 1,
                kind: StepKind::Reminder,
                sent_on,
                deadline: Some(sent_on + 14.days()),
                fee_kinds,
            });
            state = ClaimState::Reminded;
            due
        }
    };
    CaseFacts {
        creditor: CreditorId(1 + (i % 2) as i64),
        claim: ClaimId(i as i64 + 1),
        debtor: DebtorId(i as i64 / 2 + 1),
        jurisdiction: j,
        debtor_kind: if business { DebtorKind::Business } else { DebtorKind::Consumer },
        state,
        due,
        due_date_agreed: true,
        principal,
        outstanding: principal,
        interest_booked: Money::zero(currency),
        reminder_fee_agreed: j == Jurisdiction::SE,
        contract_rate: None,
        sent,
        last_payment_file: None,
        disputed: false,
        language: Language::parse(if j == Jurisdiction::SE { "sv" } else { "nb" }).unwrap(),
        channels: vec![Channel::Email, Channel::Letter],
        flow: CaseFlow::default(),
    }
}

fn bench(c: &mut Criterion) {
    let tables = LawTables::builtin();
    let strategies = Strategies::builtin();
    let book: Vec<CaseFacts> = (0..1_000).map(facts).collect();
    let steps = book
        .iter()
        .filter(|f| {
            let s = strategies.for_case(f.jurisdiction, f.debtor_kind).unwrap();
            !decide(f, s, &tables, TODAY).is_nothing()
        })
        .count();
    assert!(steps > 500, "the mix should mostly take steps, took {steps} of 1000");
    let mut group = c.benchmark_group("decide");
    group.throughput(Throughput::Elements(book.len() as u64));
    group.bench_function("daily_run_mix_1000_claims", |b| {
        b.iter(|| {
            for f in &book {
                let s = strategies.for_case(f.jurisdiction, f.debtor_kind).unwrap();
                black_box(decide(black_box(f), s, &tables, TODAY));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
