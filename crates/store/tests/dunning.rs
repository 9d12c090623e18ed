//! The dunning run's storage on both backends: prefetch → decide → apply, idempotent per date.

use domain::dunning::{Decision, StepKind, Strategies, decide};
use domain::law::LawTables;
use domain::*;
use jiff::ToSpan;
use jiff::civil::{Date, date};
use store::{AppliedBatch, ClaimInput, DebtorInput, NewCreditor, StepToApply, Store, both_backends};

fn creditor(j: Jurisdiction) -> NewCreditor {
    let (bank, scheme, lang, name) = match j {
        Jurisdiction::SE => (
            BankDetails { bankgiro: Some("5050-1055".into()), ..Default::default() },
            ReferenceScheme::SeOcr { length_digit: false },
            "sv",
            "Exempel AB",
        ),
        Jurisdiction::NO => (
            BankDetails { no_account: Some("15032012342".into()), ..Default::default() },
            ReferenceScheme::KidMod10,
            "nb",
            "Eksempel AS",
        ),
    };
    NewCreditor {
        legal_name: name.into(),
        org_number: if j == Jurisdiction::SE { "556000-0001".into() } else { "923609016".into() },
        jurisdiction: j,
        default_language: Language::parse(lang).unwrap(),
        bank,
        reference_scheme: scheme,
        reminder_fee_agreed: true,
        allocation_order: AllocationOrder::CostsInterestPrincipal,
    }
}

fn claim(j: Jurisdiction, invoice: &str, kind: DebtorKind, due: Date, major: i64) -> ClaimInput {
    let currency = if j == Jurisdiction::SE { Currency::SEK } else { Currency::NOK };
    ClaimInput {
        invoice_number: invoice.into(),
        debtor: DebtorInput {
            external_id: format!("D{invoice}"),
            kind,
            name: format!("Debtor {invoice}"),
            national_id: None,
            address: PostalAddress {
                street: "Storgatan 1".into(),
                postal_code: "111 22".into(),
                city: "Stockholm".into(),
                country: j.code().into(),
            },
            email: Some(format!("{invoice}@example.com")),
            phone: None,
            language: Language::parse(if j == Jurisdiction::SE { "sv" } else { "nb" }).unwrap(),
            channels: vec![Channel::Email, Channel::Letter],
        },
        issue_date: due.checked_sub(30.days()).unwrap(),
        due_date: due,
        due_date_agreed: true,
        principal: Money::from_minor(major * 100, currency),
        payment_reference: None,
        contract_rate_percent: None,
    }
}

/// A small book: SE and NO creditors, consumer and business debtors, due dates spread out.
async fn book(store: &Store) -> (Creditor, Creditor) {
    let se = store.create_creditor(&creditor(Jurisdiction::SE)).await.unwrap();
    let no = store.create_creditor(&creditor(Jurisdiction::NO)).await.unwrap();
    for (c, j) in [(&se, Jurisdiction::SE), (&no, Jurisdiction::NO)] {
        let claims: Vec<ClaimInput> = (0..12)
            .map(|i| {
                let kind = if i % 3 == 0 { DebtorKind::Business } else { DebtorKind::Consumer };
                claim(
                    j,
                    &format!("{}", 100 + i),
                    kind,
                    date(2025, 3, 3).checked_add((i * 4).days()).unwrap(),
                    500 + 700 * i,
                )
            })
            .collect();
        let report = store.import_claims(c.id, &claims, &mut |_| {}).await.unwrap();
        assert_eq!(report.created, 12);
    }
    (se, no)
}

#[derive(Debug, Default, PartialEq, Eq)]
struct Day {
    seen: u64,
    steps: u64,
    applied: AppliedBatch,
}

/// What `purr run` does for one date, without the app around it.
async fn run_day(store: &Store, today: Date, batch: i64) -> Day {
    run_day_stopping_after(store, today, batch, u64::MAX).await
}

/// The same, stopping after `max_batches` committed batches (a run killed between batches).
async fn run_day_stopping_after(store: &Store, today: Date, batch: i64, max_batches: u64) -> Day {
    let tables = LawTables::builtin_ref();
    let strategies = Strategies::builtin();
    let mut day = Day::default();
    let mut after = None;
    let mut batches = 0;
    while batches < max_batches {
        batches += 1;
        let cases = store.cases_due(today, after, batch).await.unwrap();
        let Some(last) = cases.last() else { break };
        after = Some((last.creditor, last.claim));
        let decisions: Vec<Decision> = cases
            .iter()
            .map(|f| decide(f, strategies.for_case(f.jurisdiction, f.debtor_kind).unwrap(), tables, today))
            .collect();
        let to_apply: Vec<StepToApply> = cases
            .iter()
            .zip(&decisions)
            .filter_map(|(facts, d)| d.step().map(|step| StepToApply { facts, step, merge: false }))
            .collect();
        day.seen += cases.len() as u64;
        day.steps += to_apply.len() as u64;
        let applied = store.apply_dunning(&to_apply).await.unwrap();
        day.applied.steps_booked += applied.steps_booked;
        day.applied.steps_existing += applied.steps_existing;
        day.applied.entries_created += applied.entries_created;
        day.applied.messages_queued += applied.messages_queued;
    }
    day
}

async fn count(store: &Store, sql: &'static str) -> u64 {
    // raw_execute returns rows affected; a no-op UPDATE over the table counts its rows.
    store.raw_execute(sql).await.unwrap()
}

both_backends! {
    async fn running_a_date_twice_books_nothing_the_second_time(store) {
        let (se, _no) = book(&store).await;
        let mut total_steps = 0;
        let mut day = date(2025, 2, 20);
        while day <= date(2025, 7, 31) {
            let first = run_day(&store, day, 5).await;
            assert_eq!(first.applied.steps_booked, first.steps, "{day}");
            assert_eq!(first.applied.messages_queued, first.steps, "{day}");
            total_steps += first.steps;
            let digest = store.ledger_digest().await.unwrap();
            let second = run_day(&store, day, 5).await;
            assert_eq!(second.steps, 0, "{day}: a second run decides nothing");
            assert_eq!(second.applied, AppliedBatch::default(), "{day}");
            assert_eq!(store.ledger_digest().await.unwrap(), digest, "{day}");
            day = day.checked_add(1.day()).unwrap();
        }
        // Every claim went through its whole ladder and was handed over.
        assert!(total_steps >= 24 * 3, "{total_steps}");
        let handed = store.claims(&store::ClaimFilter { states: vec![ClaimState::HandedOver], limit: 100, ..Default::default() }).await.unwrap();
        assert_eq!(handed.len(), 24);
        assert_eq!(count(&store, "UPDATE outbox SET status = status").await, total_steps);
        assert_eq!(count(&store, "UPDATE dunning_steps SET kind = kind").await, total_steps);
        // The first SE consumer claim: notice, reminder (fee 60), demand (fee 180), handover.
        let view = store.claim_by_invoice(se.id, "101").await.unwrap().unwrap();
        let steps = store.dunning_steps(se.id, view.claim.id).await.unwrap();
        let kinds: Vec<StepKind> = steps.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, vec![StepKind::PreDueNotice, StepKind::Reminder, StepKind::CollectionDemand, StepKind::Handover]);
        assert_eq!(view.balance.fees.minor(), 24_000);
        assert!(view.balance.interest.is_positive());
        // Each step's entries carry the run key and the law's reason.
        let entries = store.entries(se.id, view.claim.id).await.unwrap();
        let fee = entries.iter().find(|e| e.kind == EntryKind::Fee { fee: FeeKind::CollectionDemand }).unwrap();
        assert!(fee.reason.contains("se.fee.collection-demand"), "{}", fee.reason);
    }

    async fn batch_size_does_not_change_the_book(store) {
        book(&store).await;
        let other = match store.backend() {
            store::Backend::Sqlite => store::testing::TestDb::sqlite().await,
            store::Backend::Postgres => store::testing::TestDb::postgres().await,
        };
        book(&other.store).await;
        let mut day = date(2025, 2, 20);
        while day <= date(2025, 6, 30) {
            run_day(&store, day, 1).await;
            run_day(&other.store, day, 1_000).await;
            day = day.checked_add(1.day()).unwrap();
        }
        assert_eq!(store.ledger_digest().await.unwrap(), other.store.ledger_digest().await.unwrap());
        other.finish().await;
    }

    async fn a_run_stopped_between_batches_and_started_again_ends_in_the_same_book(store) {
        book(&store).await;
        let other = match store.backend() {
            store::Backend::Sqlite => store::testing::TestDb::sqlite().await,
            store::Backend::Postgres => store::testing::TestDb::postgres().await,
        };
        book(&other.store).await;
        let mut day = date(2025, 2, 20);
        let mut n = 0;
        while day <= date(2025, 6, 30) {
            // Every day the first run stops after a few batches of 3 claims; a second run finishes.
            let stopped = run_day_stopping_after(&store, day, 3, 1 + n % 4).await;
            let resumed = run_day(&store, day, 3).await;
            let whole = run_day(&other.store, day, 3).await;
            assert_eq!(stopped.applied.steps_booked + resumed.applied.steps_booked, whole.applied.steps_booked, "{day}");
            assert_eq!(resumed.applied.steps_existing, 0, "{day}: the resumed run decides nothing twice");
            day = day.checked_add(1.day()).unwrap();
            n += 1;
        }
        assert_eq!(store.ledger_digest().await.unwrap(), other.store.ledger_digest().await.unwrap());
        other.finish().await;
    }

    async fn a_disputed_claim_gets_nothing(store) {
        let (se, _no) = book(&store).await;
        let view = store.claim_by_invoice(se.id, "101").await.unwrap().unwrap();
        assert!(store.set_claim_state(se.id, view.claim.id, ClaimState::Disputed).await.unwrap());
        let mut day = date(2025, 2, 20);
        while day <= date(2025, 6, 30) {
            run_day(&store, day, 100).await;
            day = day.checked_add(1.day()).unwrap();
        }
        assert!(store.dunning_steps(se.id, view.claim.id).await.unwrap().is_empty());
        assert!(store.entries(se.id, view.claim.id).await.unwrap().iter().all(|e| e.kind == EntryKind::Principal));
        let view = store.claim(se.id, view.claim.id).await.unwrap().unwrap();
        assert_eq!(view.claim.state, ClaimState::Disputed);
    }

    async fn a_step_booked_twice_is_skipped_whole(store) {
        let (se, _no) = book(&store).await;
        let today = date(2025, 3, 21);
        let cases = store.cases_due(today, None, 100).await.unwrap();
        let strategies = Strategies::builtin();
        let tables = LawTables::builtin_ref();
        let decided: Vec<_> = cases
            .iter()
            .map(|f| (f, decide(f, strategies.for_case(f.jurisdiction, f.debtor_kind).unwrap(), tables, today)))
            .collect();
        let to_apply: Vec<StepToApply> = decided.iter().filter_map(|(f, d)| d.step().map(|step| StepToApply { facts: f, step, merge: false })).collect();
        assert!(!to_apply.is_empty());
        let first = store.apply_dunning(&to_apply).await.unwrap();
        let digest = store.ledger_digest().await.unwrap();
        // The same decisions applied again (a worker that crashed after committing, say).
        let again = store.apply_dunning(&to_apply).await.unwrap();
        assert_eq!(again.steps_existing, first.steps_booked);
        assert_eq!((again.steps_booked, again.entries_created, again.messages_queued), (0, 0, 0));
        assert_eq!(store.ledger_digest().await.unwrap(), digest);
        let _ = se;
    }

    async fn merged_steps_are_staged_per_batch_and_queued_as_one_letter(store) {
        let c = store.create_creditor(&creditor(Jurisdiction::SE)).await.unwrap();
        // Debtor "DX" owns claims 1, 3 and 5; claims 2 and 4 are other debtors'.
        let claims: Vec<ClaimInput> = (0..5)
            .map(|i| {
                let mut input = claim(Jurisdiction::SE, &format!("{}", 200 + i), DebtorKind::Consumer, date(2025, 3, 3), 900 + i);
                if i % 2 == 0 {
                    input.debtor.external_id = "DX".into();
                }
                input
            })
            .collect();
        store.import_claims(c.id, &claims, &mut |_| {}).await.unwrap();
        let (tables, strategies) = (LawTables::builtin_ref(), Strategies::builtin());
        let today = date(2025, 4, 2);
        // One claim per batch, each its own transaction, merging on.
        let mut after = None;
        let mut staged = 0;
        let mut queued = Vec::new();
        loop {
            let cases = store.cases_due(today, after, 1).await.unwrap();
            let Some(last) = cases.last() else { break };
            after = Some((last.creditor, last.claim));
            let decisions: Vec<Decision> = cases
                .iter()
                .map(|f| decide(f, strategies.for_case(f.jurisdiction, f.debtor_kind).unwrap(), tables, today))
                .collect();
            let to_apply: Vec<StepToApply> = cases
                .iter()
                .zip(&decisions)
                .filter_map(|(facts, d)| d.step().map(|step| StepToApply { facts, step, merge: true }))
                .collect();
            let applied = store.apply_dunning(&to_apply).await.unwrap();
            staged += applied.steps_staged;
            queued.push(applied.messages_queued);
            let drafts = count(&store, "UPDATE merged_letters_pending SET step = step").await;
            // DX's letter waits in a draft while DX has claims in later batches.
            assert_eq!(drafts, u64::from(queued.len() < 5), "{queued:?}");
        }
        assert_eq!(staged, 5);
        // Claims 2 and 4 are whole letters in their batches; DX's is whole with claim 5.
        assert_eq!(queued, [0, 1, 0, 1, 1]);
        assert_eq!(store.queue_merged_letters().await.unwrap(), 0, "nothing was left drafted");
        let book = store.raw_book().await.unwrap();
        let mut claims: Vec<(Vec<i64>, Option<i64>)> =
            book.messages.iter().map(|m| (m.claims.clone(), m.claim_id)).collect();
        claims.sort();
        assert_eq!(claims, [(vec![1, 3, 5], None), (vec![2], Some(2)), (vec![4], Some(4))]);
        assert!(book.messages.iter().all(|m| m.date == Some(today)));
        let digest = store.ledger_digest().await.unwrap();
        assert_eq!(store.queue_merged_letters().await.unwrap(), 0, "nothing is pending twice");
        assert_eq!(store.ledger_digest().await.unwrap(), digest);
    }
}
