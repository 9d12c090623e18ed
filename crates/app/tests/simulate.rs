//! `purr simulate`: a small world on SQLite (and a smaller one on PostgreSQL) runs clean under the
//! independent auditor, the same seed gives the same digest and another seed another one; a
//! planted fee above its cap, a planted letter on a disputed claim, a second letter where one
//! merged letter was due and a claim left out of its merged letter are caught with their rule
//! codes, so the auditor can fail.

use app::simulate::{SimConfig, SimOutcome, audit_store, simulate};
use domain::dunning::flows::{self, FlowRequest};
use domain::dunning::{Strategies, decide};
use domain::{ClaimState, Component, CreditorId, EntryKind, FeeKind, Money, NewEntry};
use jiff::civil::date;
use std::process::Command;
use store::testing::TestDb;
use store::{ActionResult, CaseAction, ClaimFilter, StepToApply, Store};

fn config(seed: u64, debtors: usize, days: u32) -> SimConfig {
    SimConfig { seed, debtors, days, start: app::simulate::DEFAULT_START }
}

fn assert_clean(o: &SimOutcome) {
    assert!(
        o.violations.is_empty(),
        "the auditor found {} violation(s):\n{}",
        o.violations.len(),
        o.violations
            .iter()
            .map(|v| format!("  {}/{} [{}] {}", v.creditor_id, v.claim_id, v.rule, v.message))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

async fn run_on_sqlite(cfg: &SimConfig) -> SimOutcome {
    let db = TestDb::sqlite().await;
    let outcome = simulate(&db.store, cfg, |_| {}).await.expect("simulation");
    db.finish().await;
    outcome
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_small_world_is_clean_and_its_digest_follows_the_seed() {
    let cfg = config(7, 150, 90);
    let first = run_on_sqlite(&cfg).await;
    assert_clean(&first);
    // The world did what it is there for: every behaviour and flow was exercised.
    let states = &first.claims_by_state;
    for state in ["paid", "credited", "handed_over"] {
        assert!(states.get(state).copied().unwrap_or(0) > 0, "no claim ended {state}: {states:?}");
    }
    for action in ["promise", "plan", "postpone", "dispute", "dispute_upheld", "dispute_rejected"] {
        assert!(
            first.world.actions_booked.contains_key(action),
            "no {action} was booked: {:?}",
            first.world.actions_booked
        );
    }
    for event in ["promise_broken", "postponement_ended", "plan_lapsed"] {
        assert!(
            first.world.flow_events.contains_key(event),
            "no {event} in the reviews: {:?}",
            first.world.flow_events
        );
    }
    for step in ["reminder", "collection_demand", "collection_warning", "payment_demand"] {
        assert!(first.world.steps_taken.contains_key(step), "no {step} was sent: {:?}", first.world.steps_taken);
    }
    assert!(first.world.payments_sent > 50);
    assert_eq!(first.world.payments_unmatched, 0, "every simulated payment carries its claim's reference");
    assert!(first.world.claims_created > 150, "some debtors get a second claim during the run");

    let again = run_on_sqlite(&cfg).await;
    assert_eq!(first.digest, again.digest, "the same seed must give the same book");
    assert_eq!(first.claims_by_state, again.claims_by_state);

    let other = run_on_sqlite(&config(8, 150, 90)).await;
    assert_clean(&other);
    assert_ne!(first.digest, other.digest, "another seed must give another book");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_smaller_world_is_clean_on_postgres_and_digests_like_sqlite() {
    let cfg = config(11, 40, 60);
    let db = TestDb::postgres().await;
    let pg = simulate(&db.store, &cfg, |_| {}).await.expect("simulation on PostgreSQL");
    db.finish().await;
    assert_clean(&pg);
    let lite = run_on_sqlite(&cfg).await;
    assert_eq!(pg.digest, lite.digest, "both backends hold the same book for the same seed");
}

/// The first claim (by key) of the SE creditor that is still being collected.
async fn se_claim_in(store: &Store, states: &[ClaimState]) -> (CreditorId, domain::ClaimId) {
    let views = store
        .claims(&ClaimFilter { creditor: Some(CreditorId(1)), states: states.to_vec(), limit: 1, ..Default::default() })
        .await
        .unwrap();
    let v = views.first().unwrap_or_else(|| panic!("the world left no SE claim in {states:?}"));
    (v.claim.creditor_id, v.claim.id)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_auditor_catches_a_planted_fee_above_its_cap() {
    let db = TestDb::sqlite().await;
    let cfg = config(3, 30, 40);
    let clean = simulate(&db.store, &cfg, |_| {}).await.unwrap();
    assert_clean(&clean);
    let tables = app::rates_cmd::tables_in_force(&db.store).await.unwrap();
    let (creditor, claim) = se_claim_in(&db.store, &[ClaimState::Reminded, ClaimState::Demanded]).await;
    // 500 SEK as a reminder fee: the SE cap is 60 SEK (and no letter was sent that day).
    let fee = NewEntry {
        kind: EntryKind::Fee { fee: FeeKind::Reminder },
        component: Component::Fees,
        amount: Money::from_minor(50_000, domain::Currency::SEK),
        effective_date: date(2026, 2, 20),
        reason: "planted by the test".into(),
    };
    db.store.append_entries(creditor, claim, &[fee], None).await.unwrap();
    let found = audit_store(&db.store, &tables).await.unwrap();
    let rules: Vec<&str> = found.iter().filter(|v| v.claim_id == claim.0).map(|v| v.rule.as_str()).collect();
    assert!(rules.contains(&"fee_above_cap"), "the planted fee was not caught: {found:?}");
    assert!(rules.contains(&"fee_without_step"), "the planted fee has no letter: {found:?}");
    assert!(found.iter().all(|v| v.claim_id == claim.0), "only the planted claim is wrong: {found:?}");
    db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_auditor_catches_a_letter_sent_while_disputed() {
    let db = TestDb::sqlite().await;
    let cfg = config(5, 30, 20);
    let clean = simulate(&db.store, &cfg, |_| {}).await.unwrap();
    assert_clean(&clean);
    let tables = app::rates_cmd::tables_in_force(&db.store).await.unwrap();
    let (creditor, claim) =
        se_claim_in(&db.store, &[ClaimState::Open, ClaimState::Notified, ClaimState::Reminded]).await;
    let today = date(2026, 3, 2);
    let request = FlowRequest::Dispute { reason: "never ordered it".into() };
    let action = CaseAction { actor: "debtor:portal", key: None, request: &request, attachments: &[] };
    let result = db
        .store
        .case_action(creditor, claim, &action, |f, p| flows::apply(f, &request, p, &tables, today))
        .await
        .unwrap();
    assert!(matches!(result, ActionResult::Booked { .. }), "{result:?}");
    // A broken engine that forgets the dispute: decide on the facts with the dispute removed.
    let mut facts = db.store.case_facts(creditor, claim).await.unwrap().unwrap();
    facts.disputed = false;
    facts.state = domain::dunning::flows::ladder_state(&facts.sent);
    facts.flow.hold = None;
    let strategies = Strategies::builtin();
    let strategy = strategies.for_case(facts.jurisdiction, facts.debtor_kind).unwrap();
    let day = (0..60)
        .map(|n| today.checked_add(jiff::Span::new().days(n)).unwrap())
        .find(|d| decide(&facts, strategy, &tables, *d).step().is_some())
        .expect("a day when the ladder would take a step");
    let decision = decide(&facts, strategy, &tables, day);
    let step = decision.step().unwrap();
    db.store.apply_dunning(&[StepToApply { facts: &facts, step, merge: false }]).await.unwrap();
    let found = audit_store(&db.store, &tables).await.unwrap();
    assert!(
        found.iter().any(|v| v.claim_id == claim.0 && v.rule == "sent_while_disputed"),
        "the letter on the disputed claim was not caught: {found:?}"
    );
    db.finish().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_auditor_catches_a_letter_not_merged_and_a_claim_left_out_of_one() {
    let db = TestDb::sqlite().await;
    let clean = simulate(&db.store, &config(4, 60, 40), |_| {}).await.unwrap();
    assert_clean(&clean);
    let tables = app::rates_cmd::tables_in_force(&db.store).await.unwrap();
    // The Norwegian creditor merges: some letters of the world name two claims.
    let book = db.store.raw_book().await.unwrap();
    let letters = ["reminder", "collection_warning", "payment_demand"];
    let merged = book
        .messages
        .iter()
        .find(|m| m.creditor_id == 2 && m.claims.len() > 1 && letters.contains(&m.step.as_str()))
        .expect("a merged letter in the world")
        .clone();

    // A claim left out of its merged letter.
    let left_out = merged.claims[1];
    // `raw_execute` takes SQL that lives for the program (a test's own statements).
    let sql = |text: String| -> &'static str { Box::leak(text.into_boxed_str()) };
    db.store
        .raw_execute(sql(format!(
            "UPDATE outbox SET payload = replace(payload, '{{\"claim\":{left_out},', '{{\"claim_gone\":{left_out},'), \
             claim_id = NULL WHERE creditor_id = 2 AND id = {}",
            merged.id
        )))
        .await
        .unwrap();
    let found = audit_store(&db.store, &tables).await.unwrap();
    assert!(
        found.iter().any(|v| v.claim_id == left_out && v.rule == "claim_not_in_merged_letter"),
        "the claim left out was not caught: {found:?}"
    );
    // A second letter for the same debtor, day, step and channel.
    db.store
        .raw_execute(sql(format!(
            "INSERT INTO outbox (creditor_id, id, claim_id, debtor_id, step, channel, language, payload, idempotency_key, \
             status, created_at) SELECT creditor_id, id + 1000000, {left_out}, debtor_id, step, channel, language, payload, \
             idempotency_key || ':planted', status, created_at FROM outbox WHERE creditor_id = 2 AND id = {}",
            merged.id
        )))
        .await
        .unwrap();
    let found = audit_store(&db.store, &tables).await.unwrap();
    assert!(found.iter().any(|v| v.rule == "letters_not_merged"), "the second letter was not caught: {found:?}");
    assert!(
        !found.iter().any(|v| v.claim_id == left_out && v.rule == "claim_not_in_merged_letter"),
        "the planted letter names the claim: {found:?}"
    );
    db.finish().await;
}

#[test]
fn the_command_prints_json_and_refuses_a_book_with_data() {
    let dir = tempfile::tempdir().unwrap();
    let purr = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_purr"))
            .args(args)
            .env_remove("PURR_DATABASE_URL")
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    let out = purr(&["simulate", "--seed", "3", "--debtors", "12", "--days", "15", "--json"]);
    assert!(out.status.success(), "{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["digest"].as_str().map(str::len), Some(64), "{json}");
    assert_eq!(json["violations"], serde_json::json!([]));
    assert!(json["claims_by_state"].as_object().is_some_and(|m| !m.is_empty()), "{json}");
    assert!(!dir.path().join("purr.db").exists(), "without --db the simulation uses a temporary book");

    let db = dir.path().join("sim.db");
    let db = db.to_str().unwrap();
    let out = purr(&["simulate", "--seed", "3", "--debtors", "12", "--days", "15", "--db", db]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Auditor: no violations."));
    let out = purr(&["simulate", "--seed", "3", "--debtors", "12", "--days", "15", "--db", db]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("empty database"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
