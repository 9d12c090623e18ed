//! GDPR duties on both backends: the export covers every personal table, erasure is refused
//! while a claim is open or a retention period runs, and afterwards no trace of the person is
//! left anywhere in the database while the ledger is exactly as it was.

use crate::fixtures::{claim, se_creditor};
use domain::dunning::flows::{self, FlowRequest};
use domain::dunning::{Decision, Strategies, decide};
use domain::law::LawTables;
use domain::matching::IncomingPayment;
use domain::retention::{EraseRefusal, Purpose, RetentionPolicy};
use domain::*;
use jiff::civil::{Date, date};
use store::gdpr::{NOT_PERSONAL_TABLES, PERSONAL_TABLES};
use store::{
    ActionResult, Actor, ActorKind, Attachment, AuditFilter, CaseAction, EraseOutcome, NewAudit, NewPortalSession,
    PaymentFile, PaymentLine, StepToApply, Store, StoreError, both_backends,
};

const NAME: &str = "Greta Gdprsson";
const NATIONAL_ID: &str = "19121212-1212";
const EMAIL: &str = "greta.gdpr@example.se";
const PHONE: &str = "+46 70 999 88 77";
const STREET: &str = "Hemligvägen 7";
/// Everything that must be gone after the erasure.
const TRACES: &[&str] = &[NAME, "Gdprsson", NATIONAL_ID, EMAIL, PHONE, STREET, "GRETA-77", "greta-kvitto"];

struct Book {
    c: CreditorId,
    d: DebtorId,
    paid: ClaimId,
    disputed: ClaimId,
    other: ClaimId,
}

fn greta(invoice: &str, minor: i64) -> ClaimInput {
    let mut input = claim(invoice, "GRETA-77", minor);
    input.debtor.name = NAME.into();
    input.debtor.national_id = Some(NATIONAL_ID.into());
    input.debtor.email = Some(EMAIL.into());
    input.debtor.phone = Some(PHONE.into());
    input.debtor.address.street = STREET.into();
    input
}

fn actor() -> Actor {
    Actor { kind: ActorKind::Cli, name: "dpo@exempel.se".into() }
}

/// A creditor with Greta's two claims (7001 paid by a bank payment, 7002 reminded and then
/// disputed from the portal with an attachment) and another debtor's open claim 7003, plus a
/// row in every personal table.
async fn book(store: &Store) -> Book {
    let c = store.create_creditor(&se_creditor()).await.unwrap().id;
    // A webhook subscription, so the payment, the steps and the dispute write events about her.
    let types: Vec<String> = store::EVENT_TYPES.iter().map(|t| t.to_string()).collect();
    store.create_webhook(c, "http://127.0.0.1:9/hook", "whsec_test", &types, None).await.unwrap();
    store
        .import_claims(c, &[greta("7001", 100_000), greta("7002", 50_000), claim("7003", "OTTO", 70_000)], &mut |_| {})
        .await
        .unwrap();
    let id = |inv: &'static str| async move { store.claim_by_invoice(c, inv).await.unwrap().unwrap().claim };
    let (paid, disputed, other) = (id("7001").await, id("7002").await, id("7003").await);
    let d = paid.debtor_id;

    run_days(store, date(2025, 1, 20), date(2025, 1, 31)).await;
    // A bank payment from Greta pays 7001 in full.
    let amount = Money::from_minor(100_000, Currency::SEK);
    let line = PaymentLine {
        line: 1,
        kind: "payment".into(),
        bank_ref: Some("BG-G1".into()),
        amount,
        booking_date: Some(date(2025, 2, 5)),
        effective_date: date(2025, 2, 5),
        reference: Some("70010".into()),
        payer_name: Some(NAME.into()),
        message: Some(format!("faktura 7001 {NAME}")),
        incoming: IncomingPayment { amount, reference: Some("70010".into()), references: Vec::new(), text: None },
        matchable: true,
    };
    let file = PaymentFile { sha256: "g1".into(), format: "bgmax".into(), file_name: Some("BGMAX.txt".into()) };
    let report = store.import_payments(c, &file, &[line], &mut |_| {}).await.unwrap();
    assert_eq!(report.booked, 1, "{report:?}");
    assert_eq!(store.claim(c, paid.id).await.unwrap().unwrap().claim.state, ClaimState::Paid);

    // The dunning run: pre-due notices before the payment, reminders after (steps, fees, outbox).
    let steps = run_days(store, date(2025, 2, 1), date(2025, 2, 15)).await;
    assert!(steps > 0);
    let mine = store.dunning_steps(c, disputed.id).await.unwrap();
    assert!(!mine.is_empty(), "claim 7002 got a dunning step");

    // Greta disputes 7002 in the portal, with a file.
    let req = FlowRequest::Dispute { reason: format!("{NAME} here: I never got the goods, call {PHONE}") };
    let files = [Attachment {
        filename: "greta-kvitto.pdf".into(),
        content_type: "application/pdf".into(),
        bytes: format!("%PDF-1.4 receipt for {NAME}").into_bytes(),
    }];
    let action = CaseAction { actor: "debtor:portal", key: Some("g-dispute"), request: &req, attachments: &files };
    let out = store
        .case_action(c, disputed.id, &action, |f, p| {
            flows::apply(f, &req, p, LawTables::builtin_ref(), date(2025, 2, 20))
        })
        .await
        .unwrap();
    assert!(matches!(out, ActionResult::Booked { .. }), "{out:?}");

    // The portal: a used link, a session, a message, a survey answer, its audit trail.
    assert!(store.use_portal_link(c, "nonce-g", d).await.unwrap());
    let session = NewPortalSession {
        creditor: c,
        token_hash: "tok-g",
        debtor: d,
        csrf: "csrf-g",
        can_write: true,
        method: "link",
        expires_at: "2030-01-01T00:00:00Z",
    };
    store.create_portal_session(&session).await.unwrap();
    store.add_portal_message(c, d, Some(disputed.id), &format!("Hej, {NAME} här. Mejla {EMAIL}")).await.unwrap();
    assert!(store.record_survey(c, paid.id, d, 4, None).await.unwrap());
    store.portal_audit(c, d, Some(disputed.id), "message", &format!("from {EMAIL}")).await.unwrap();
    // The outbox worker sent her first message by e-mail (the exact bytes are kept).
    let now = "2025-02-21T10:00:00Z".parse().unwrap();
    let leased = store.lease_due_messages(now, "w", 60, 1000).await.unwrap();
    let message = leased.iter().find(|m| m.debtor == d).expect("a message to Greta");
    let body = format!("To: {EMAIL}\r\nSubject: Påminnelse\r\n\r\nHej {NAME}\r\n");
    let sent = store::NewDelivery {
        channel: Channel::Email,
        address: EMAIL,
        status: store::DeliveryStatus::Sent,
        detail: "250 queued",
        content_type: "message/rfc822",
        content: Some(body.as_bytes()),
    };
    store.record_attempt(message, "w", Some(&sent), &store::NextStep::Sent).await.unwrap();
    // Her customer status, as the creditor's system reported it.
    store.set_customer_status(c, d, true, jiff::civil::date(2025, 3, 1)).await.unwrap();
    // A segment computed for her (no store API writes segments yet).
    store
        .raw_execute(
            "INSERT INTO debtor_segments (creditor_id, debtor_id, segment, reasons, computed_on) \
             SELECT creditor_id, id, 'careful', '[\"Greta Gdprsson pays late\"]', '2025-02-15' FROM debtors WHERE external_id = 'GRETA-77'",
        )
        .await
        .unwrap();

    // Audit rows: one filed under her claim, one API answer naming her with her customer
    // number, and one about the other debtor that must stay as it is.
    let audit = |kind: &str, id: String, after: serde_json::Value, reason: Option<String>| NewAudit {
        actor: Actor { kind: ActorKind::ApiKey, name: "k1".into() },
        action: "api.post".into(),
        subject_kind: kind.into(),
        subject_id: id,
        before: None,
        after: Some(after),
        reason,
    };
    let rows = [
        audit(
            "claim",
            paid.id.0.to_string(),
            serde_json::json!({"debtor": {"name": NAME, "email": EMAIL}}),
            Some(format!("called {NAME}")),
        ),
        audit("api", "/api/v1/debtors".into(), serde_json::json!({"customer_number": "GRETA-77", "name": NAME}), None),
        audit(
            "api",
            "/api/v1/debtors".into(),
            serde_json::json!({"customer_number": "OTTO", "name": "Debtor OTTO"}),
            None,
        ),
    ];
    for row in &rows {
        store.record_audit(c, row).await.unwrap();
    }
    Book { c, d, paid: paid.id, disputed: disputed.id, other: other.id }
}

/// What `purr run` does for a creditor that merges letters, for each day from `from` to `to`;
/// returns the steps booked.
async fn run_days(store: &Store, from: Date, to: Date) -> u64 {
    let (tables, strategies) = (LawTables::builtin_ref(), Strategies::builtin());
    let mut booked = 0;
    let mut today = from;
    while today <= to {
        let cases = store.cases_due(today, None, 1000).await.unwrap();
        let decisions: Vec<Decision> = cases
            .iter()
            .map(|f| decide(f, strategies.for_case(f.jurisdiction, f.debtor_kind).unwrap(), tables, today))
            .collect();
        let steps: Vec<StepToApply> = cases
            .iter()
            .zip(&decisions)
            .filter_map(|(facts, d)| d.step().map(|step| StepToApply { facts, step, merge: true }))
            .collect();
        booked += store.apply_dunning(&steps).await.unwrap().steps_booked;
        // One letter per debtor and day (case merging), as a Norwegian creditor sends them.
        store.queue_merged_letters().await.unwrap();
        today = today.tomorrow().unwrap();
    }
    booked
}

async fn resolve_dispute(store: &Store, b: &Book) {
    let req = FlowRequest::ResolveDispute { uphold: true, credit_minor: None, note: "goods not delivered".into() };
    let action = CaseAction { actor: "user:1", key: None, request: &req, attachments: &[] };
    let out = store
        .case_action(b.c, b.disputed, &action, |f, p| {
            flows::apply(f, &req, p, LawTables::builtin_ref(), date(2025, 2, 25))
        })
        .await
        .unwrap();
    assert!(matches!(out, ActionResult::Booked { .. }), "{out:?}");
    assert_eq!(store.claim(b.c, b.disputed).await.unwrap().unwrap().claim.state, ClaimState::Credited);
}

fn far_future() -> Date {
    date(2100, 1, 1)
}

/// Every (table, column) whose text contains one of the erased values.
async fn traces(store: &Store) -> Vec<(String, String, String)> {
    let dump = store.dump_text().await.unwrap();
    dump.into_iter()
        .filter(|(_, _, text)| TRACES.iter().any(|t| text.to_lowercase().contains(&t.to_lowercase())))
        .collect()
}

both_backends! {
    async fn every_table_is_classified(store) {
        let tables = store.schema_tables().await.unwrap();
        let personal: Vec<&str> = PERSONAL_TABLES.iter().map(|(t, _)| *t).collect();
        let not_personal: Vec<&str> = NOT_PERSONAL_TABLES.iter().map(|(t, _)| *t).collect();
        for t in &tables {
            let n = personal.iter().chain(&not_personal).filter(|x| **x == t.as_str()).count();
            assert_eq!(n, 1, "table {t} must be listed once, in PERSONAL_TABLES or NOT_PERSONAL_TABLES (store::gdpr)");
        }
        for t in personal.iter().chain(&not_personal) {
            assert!(tables.iter().any(|x| x == t), "{t} is listed in store::gdpr but is not in the schema");
        }
    }

    async fn the_export_covers_every_personal_table(store) {
        let b = book(&store).await;
        let export = store.debtor_export(b.c, b.d).await.unwrap().unwrap();
        assert_eq!((export.creditor_id, export.debtor_id, export.erased_on.clone()), (b.c.0, b.d.0, None));
        for (table, _) in PERSONAL_TABLES {
            let rows = export.tables.get(*table).unwrap_or_else(|| panic!("{table} missing from the export"));
            assert!(!rows.is_empty(), "the export has no {table} rows");
        }
        assert_eq!(export.tables["debtors"][0]["name"], NAME);
        assert_eq!(export.tables["claims"].len(), 2);
        // Other debtors' data stays out: claim 7003, its step, the audit row about OTTO.
        let text = serde_json::to_string(&export).unwrap();
        assert!(!text.contains("OTTO"), "{text}");
        assert!(export.tables["ledger_entries"].iter().all(|e| e["claim_id"] != b.other.0));
        // JSON columns are parsed, attachment bytes and session secrets are left out.
        assert!(export.tables["case_events"][0]["details"].is_object());
        assert!(export.tables["dispute_attachments"][0].get("content").is_none());
        assert!(export.tables["portal_sessions"][0].get("token_hash").is_none());
        assert_eq!(export.tables["payments"][0]["payer_name"], NAME);
        assert_eq!(export.tables["audit_log"].len(), 2, "{:#}", serde_json::json!(export.tables["audit_log"]));
        // No such debtor, or another creditor's: nothing.
        assert!(store.debtor_export(b.c, DebtorId(999)).await.unwrap().is_none());
        let other = store.create_creditor(&se_creditor()).await.unwrap().id;
        assert!(store.debtor_export(other, b.d).await.unwrap().is_none());
    }

    async fn erasure_waits_for_closed_claims_and_retention(store) {
        let b = book(&store).await;
        let policy = store.retention_policy(b.c).await.unwrap();
        assert_eq!(policy, RetentionPolicy::default_for(Jurisdiction::SE));
        let out = store.debtor_erase(b.c, b.d, far_future(), &policy, &actor()).await.unwrap();
        assert_eq!(out, EraseOutcome::Refused(EraseRefusal::OpenClaim { claim: b.disputed, state: ClaimState::Disputed }));
        assert!(store.erasure_candidates(b.c).await.unwrap().is_empty());
        resolve_dispute(&store, &b).await;
        assert_eq!(store.erasure_candidates(b.c).await.unwrap(), vec![b.d]);
        // The dispute closed today (by the clock): SE bookkeeping keeps the data through the
        // seventh year after this one.
        let closed = jiff::Timestamp::now().to_zoned(jiff::tz::TimeZone::UTC).date();
        let expected = date(closed.year() + 8, 1, 1);
        let out = store.debtor_erase(b.c, b.d, expected.yesterday().unwrap(), &policy, &actor()).await.unwrap();
        assert_eq!(out, EraseOutcome::Refused(EraseRefusal::Retention { purpose: Purpose::Bookkeeping, until: expected }));
        assert_eq!(
            store.erase_check(b.c, b.d, expected, &policy).await.unwrap(),
            Some(Ok(())),
        );
        assert_eq!(store.debtor(b.c, b.d).await.unwrap().unwrap().name, NAME, "a refusal writes nothing");
    }

    async fn erasure_leaves_no_trace_and_keeps_the_ledger(store) {
        let b = book(&store).await;
        resolve_dispute(&store, &b).await;
        assert!(!traces(&store).await.is_empty(), "the fixture must contain the values it checks for");
        let c = b.c;
        let ledgers = |store: Store, claims: [ClaimId; 3]| async move {
            let mut all = Vec::new();
            for id in claims {
                all.push((store.entries(c, id).await.unwrap(), store.claim(c, id).await.unwrap().unwrap().balance));
            }
            all
        };
        let before = ledgers(store.clone(), [b.paid, b.disputed, b.other]).await;
        let policy = store.retention_policy(b.c).await.unwrap();
        let EraseOutcome::Erased(report) = store.debtor_erase(b.c, b.d, far_future(), &policy, &actor()).await.unwrap() else {
            panic!("not erased")
        };
        assert!(report.pseudonym.starts_with("erased-"));
        assert_eq!(report.rows["debtors"], 1);
        assert_eq!(report.rows["portal_sessions"], 1);
        let left = traces(&store).await;
        assert!(left.is_empty(), "still in the database after erasure: {left:#?}");
        assert_eq!(ledgers(store.clone(), [b.paid, b.disputed, b.other]).await, before, "the ledger is untouched");
        // Other debtors keep their data.
        let dump = store.dump_text().await.unwrap();
        assert!(dump.iter().any(|(t, _, v)| t == "audit_log" && v.contains("Debtor OTTO")));
        assert!(dump.iter().any(|(t, c, v)| t == "debtors" && c == "name" && v == "Debtor OTTO"));
        // The erasure's own audit row: who and what, no erased values (checked by `traces`).
        let trail = store
            .audit_log(b.c, &AuditFilter { subject: Some(("debtor".into(), b.d.0.to_string())), limit: 10, ..Default::default() })
            .await
            .unwrap();
        assert_eq!((trail[0].action.as_str(), trail[0].actor.clone(), trail[0].id), ("debtor.erase", actor(), report.audit_id));
        assert_eq!(trail[0].after.as_ref().unwrap()["pseudonym"], report.pseudonym);
        // The debtor still exists, under the pseudonym; the export shows what was kept.
        let export = store.debtor_export(b.c, b.d).await.unwrap().unwrap();
        assert_eq!(export.erased_on.as_deref(), Some("2100-01-01"));
        assert_eq!(export.tables["debtors"][0]["name"], report.pseudonym.as_str());
        assert_eq!(export.tables["ledger_entries"].len(), before[0].0.len() + before[1].0.len());
        // The append-only triggers are back in force once the erasure committed.
        assert!(store.raw_execute("UPDATE audit_log SET reason = 'x'").await.is_err());
        assert!(store.raw_execute("UPDATE case_events SET details = '{}'").await.is_err());
        assert!(store.raw_execute("UPDATE ledger_entries SET reason = 'x'").await.is_err());
        // Twice: nothing more is written.
        let again = store.debtor_erase(b.c, b.d, far_future(), &policy, &actor()).await.unwrap();
        assert_eq!(again, EraseOutcome::AlreadyErased { pseudonym: report.pseudonym.clone(), erased_on: "2100-01-01".into() });
        assert_eq!(store.dump_text().await.unwrap(), dump, "a second erasure changes nothing");
        assert!(store.erasure_candidates(b.c).await.unwrap().is_empty());
        // The customer number is free again: the creditor's system may send the person anew.
        let (fresh, created) = store.upsert_debtor(b.c, &greta("7009", 1_000).debtor).await.unwrap();
        assert!(created && fresh.id != b.d);
    }

    async fn another_creditor_cannot_erase(store) {
        let b = book(&store).await;
        resolve_dispute(&store, &b).await;
        let other = store.create_creditor(&se_creditor()).await.unwrap().id;
        let policy = store.retention_policy(other).await.unwrap();
        let err = store.debtor_erase(other, b.d, far_future(), &policy, &actor()).await.unwrap_err();
        assert!(matches!(err, StoreError::NotFound("debtor")), "{err}");
        assert!(store.erase_check(other, b.d, far_future(), &policy).await.unwrap().is_none());
        assert_eq!(store.debtor(b.c, b.d).await.unwrap().unwrap().name, NAME);
    }

    async fn retention_settings_round_trip(store) {
        let c = store.create_creditor(&se_creditor()).await.unwrap().id;
        let mut policy = store.retention_policy(c).await.unwrap();
        assert_eq!(policy.rule(Purpose::Bookkeeping).unwrap().months, 84);
        policy.rules.iter_mut().find(|r| r.purpose == Purpose::Collection).unwrap().months = 12;
        store.set_retention_policy(c, &policy).await.unwrap();
        assert_eq!(store.retention_policy(c).await.unwrap(), policy);
        policy.rules.pop();
        let err = store.set_retention_policy(c, &policy).await.unwrap_err();
        assert!(err.to_string().contains("exactly one rule"), "{err}");
        assert!(matches!(store.retention_policy(CreditorId(999)).await, Err(StoreError::NotFound(_))));
    }
}
