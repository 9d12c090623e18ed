//! Case merging end to end, on SQLite and PostgreSQL: the run puts one day's steps for one debtor
//! into one letter naming every claim (Norwegian creditors by law, Swedish ones by choice), even
//! when the claims fall in different batches; fees, entries and steps stay per claim; running the
//! day again writes nothing. The worker mails the merged letter; its PDF, read back with
//! `pdftotext`, lists every claim's reference and the total. The portal and the dashboard show it
//! on each of its claims. The setting itself: the API and the CLI refuse to turn it off for NO.

use crate::dashboard::{PASSWORD, Site, add_user};
use crate::portal::Browser;
use app::outbox_cmd::{Transports, Worker};
use domain::dunning::{CasePolicy, Strategies};
use domain::*;
use jiff::Timestamp;
use jiff::civil::{Date, date};
use messages::testing::SmtpSink;
use reqwest::StatusCode;
use std::process::Command;
use store::{ClaimInput, DebtorInput, NewCreditor, OutboxFilter, Role, Store};

/// The run date: each claim below is overdue enough for its first fee-bearing letter.
const DAY: Date = date(2026, 11, 20);
/// Monday 2026-11-23 11:00 in Stockholm and Oslo: inside the contact window.
const MONDAY: &str = "2026-11-23T10:00:00Z";

fn creditor(j: Jurisdiction) -> NewCreditor {
    let [se, no] = app::demo::demo_creditors();
    match j {
        Jurisdiction::SE => NewCreditor { reminder_fee_agreed: true, ..se },
        Jurisdiction::NO => no,
    }
}

fn claim(j: Jurisdiction, invoice: &str, debtor: &str, minor: i64, reference: &str) -> ClaimInput {
    let se = j == Jurisdiction::SE;
    ClaimInput {
        invoice_number: invoice.into(),
        debtor: DebtorInput {
            external_id: debtor.into(),
            kind: DebtorKind::Consumer,
            name: format!("Debtor {debtor}"),
            national_id: None,
            address: PostalAddress {
                street: "Storgatan 1".into(),
                postal_code: if se { "111 22".into() } else { "0150".into() },
                city: if se { "Stockholm".into() } else { "Oslo".into() },
                country: j.code().into(),
            },
            email: Some(format!("{}@example.se", debtor.to_lowercase())),
            phone: None,
            language: Language::parse(if se { "sv" } else { "nb" }).unwrap(),
            channels: vec![Channel::Email, Channel::Letter],
        },
        issue_date: date(2026, 9, 1),
        due_date: date(2026, 10, 1),
        due_date_agreed: true,
        principal: Money::from_minor(minor, if se { Currency::SEK } else { Currency::NOK }),
        payment_reference: Some(reference.into()),
        contract_rate_percent: None,
    }
}

/// A creditor with debtor A's three claims (ids 1, 3 and 5: another debtor's claims between
/// them) and debtor B's one (ids 2 and 4 are B's and C's).
async fn book(store: &Store, j: Jurisdiction) -> CreditorId {
    let c = store.create_creditor(&creditor(j)).await.unwrap();
    let refs = ["7000106", "7000114", "7000122", "7000130", "7000148"];
    let rows = [
        ("F-1", "A", 125_000),
        ("F-2", "B", 90_000),
        ("F-3", "A", 48_050),
        ("F-4", "C", 70_000),
        ("F-5", "A", 310_000),
    ];
    for ((invoice, debtor, minor), reference) in rows.into_iter().zip(refs) {
        store.create_claim(c.id, &claim(j, invoice, debtor, minor, reference)).await.unwrap();
    }
    c.id
}

/// The day's run, one claim per batch (every claim in a batch of its own).
async fn run_day(store: &Store, day: Date, dry_run: bool) -> app::run_cmd::RunSummary {
    let tables = app::rates_cmd::tables_in_force(store).await.unwrap();
    app::run_cmd::run_date(store, &tables, &Strategies::builtin(), day, dry_run, 1, |_| {}).await.unwrap()
}

fn steps(s: &app::run_cmd::RunSummary) -> u64 {
    s.steps_taken.values().sum()
}

fn transports(smtp: String) -> Transports {
    Transports {
        smtp: Some(messages::email::SmtpConfig::from_url(&smtp).unwrap()),
        sms: None,
        print_dir: None,
        mail_from: "Exempel AB <inkasso@exempel.se>".into(),
        sms_from: "Exempel".into(),
        portal_base_url: "https://pay.exempel.se".into(),
    }
}

/// The PDF attached to a MIME message, decoded.
fn attached_pdf(mail: &str) -> Vec<u8> {
    use base64::Engine;
    let at = mail.find("Content-Type: application/pdf").expect("a PDF attachment");
    let part = &mail[at..];
    let body = &part[part.find("\r\n\r\n").expect("the part's body") + 4..];
    let end = body.find("\r\n--").unwrap_or(body.len());
    let b64: String = body[..end].chars().filter(|c| !c.is_whitespace()).collect();
    base64::engine::general_purpose::STANDARD.decode(b64).unwrap()
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

store::both_backends! {
    async fn a_norwegian_debtors_claims_of_one_day_go_out_in_one_letter(store) {
        let c = book(&store, Jurisdiction::NO).await;
        let planned = run_day(&store, DAY, true).await;
        assert_eq!(steps(&planned), 5, "{planned:?}");
        assert_eq!(planned.messages_planned, 3, "A's three claims are one letter: {planned:?}");
        let digest_before = store.ledger_digest().await.unwrap();

        let summary = run_day(&store, DAY, false).await;
        assert_eq!(steps(&summary), 5, "{summary:?}");
        assert_eq!(summary.batches, 5);
        assert_eq!(summary.messages_queued, 3, "one letter for A, one each for B and C: {summary:?}");
        assert!(summary.entries_created >= 5, "fees and interest stay per claim: {summary:?}");
        let messages = store.outbox_messages(&OutboxFilter { creditor: Some(c), ..Default::default() }).await.unwrap();
        assert_eq!(messages.len(), 3);
        let merged: Vec<_> = messages.iter().filter(|m| m.claim.is_none()).collect();
        assert_eq!(merged.len(), 1, "{messages:?}");
        let m = merged[0];
        let named: Vec<i64> = m.payload["claims"].as_array().unwrap().iter().map(|p| p["claim"].as_i64().unwrap()).collect();
        assert_eq!(named, [1, 3, 5], "{}", m.payload);
        assert!(m.payload["claims"][0]["fees"].is_array(), "each claim's step keeps its fees: {}", m.payload);
        assert_eq!(m.payload["date"], DAY.to_string());
        assert!(m.key.starts_with(&format!("merge:{DAY}:")), "{}", m.key);
        // Each claim keeps its own step, fee and state.
        for id in [1, 3, 5] {
            let steps = store.dunning_steps(c, ClaimId(id)).await.unwrap();
            assert_eq!(steps.len(), 1, "claim {id}: {steps:?}");
            let entries = store.entries(c, ClaimId(id)).await.unwrap();
            assert!(entries.iter().any(|e| matches!(e.kind, EntryKind::Fee { .. })), "claim {id}: {entries:?}");
            let letters = store.claim_letters(c, ClaimId(id)).await.unwrap();
            assert_eq!(letters.len(), 1, "claim {id}");
            assert_eq!(letters[0].message.id, m.id, "claim {id} shows the merged letter");
            let invoices: Vec<&str> = letters[0].claims.iter().map(|(_, i)| i.as_str()).collect();
            assert_eq!(invoices, ["F-1", "F-3", "F-5"]);
        }
        let b = store.claim_letters(c, ClaimId(2)).await.unwrap();
        assert_eq!((b.len(), b[0].claims.len()), (1, 1), "B's letter is its own");

        // The same day again: nothing booked, nothing queued, the same book.
        let digest = store.ledger_digest().await.unwrap();
        assert_ne!(digest, digest_before);
        let again = run_day(&store, DAY, false).await;
        assert_eq!((again.entries_created, again.messages_queued), (0, 0), "{again:?}");
        assert_eq!(store.ledger_digest().await.unwrap(), digest);
    }

    async fn a_swedish_creditor_sends_a_letter_per_claim_unless_it_chose_merging(store) {
        let c = book(&store, Jurisdiction::SE).await;
        let summary = run_day(&store, DAY, true).await;
        assert_eq!((steps(&summary), summary.messages_planned), (5, 5), "off by default: {summary:?}");
        store.set_case_policy(c, &CasePolicy { merge_letters: true, ..CasePolicy::default() }).await.unwrap();
        let summary = run_day(&store, DAY, true).await;
        assert_eq!((steps(&summary), summary.messages_planned), (5, 3), "chosen: {summary:?}");
        let summary = run_day(&store, DAY, false).await;
        assert_eq!(summary.messages_queued, 3, "{summary:?}");
    }

    async fn a_later_run_of_the_same_day_writes_a_second_letter_and_never_grows_a_queued_one(store) {
        let c = book(&store, Jurisdiction::NO).await;
        run_day(&store, DAY, false).await;
        // Another claim of A appears later that day; the day is run again.
        store.create_claim(c, &claim(Jurisdiction::NO, "F-6", "A", 55_000, "7000155")).await.unwrap();
        let again = run_day(&store, DAY, false).await;
        assert_eq!((steps(&again), again.messages_queued), (1, 1), "{again:?}");
        let messages = store.outbox_messages(&OutboxFilter { creditor: Some(c), ..Default::default() }).await.unwrap();
        let first = messages.iter().find(|m| m.claim.is_none()).unwrap();
        assert_eq!(first.payload["claims"].as_array().unwrap().len(), 3, "a queued letter never grows");
        let second = messages.iter().find(|m| m.claim == Some(ClaimId(6))).unwrap();
        assert_eq!(second.key, format!("{}:2", first.key));
    }

    async fn a_merged_letter_is_mailed_once_and_its_pdf_lists_every_claim(store) {
        let c = book(&store, Jurisdiction::SE).await;
        store.set_case_policy(c, &CasePolicy { merge_letters: true, ..CasePolicy::default() }).await.unwrap();
        run_day(&store, DAY, false).await;
        let sink = SmtpSink::start().await;
        let worker = Worker::new(store.clone(), transports(sink.url())).await.unwrap();
        let summary = worker.run_pass(MONDAY.parse::<Timestamp>().unwrap()).await.unwrap();
        assert_eq!(summary.channels["email"].sent, 3, "A's one letter, B's and C's: {summary:?}");
        assert_eq!(summary.total().failed, 0, "{summary:?}");
        let received = sink.received();
        let mail = received
            .iter()
            .map(|m| String::from_utf8_lossy(&m.data).into_owned())
            .find(|m| m.contains("F-1_F-3_F-5.pdf"))
            .expect("A's letter, its attachment named after its invoices");
        assert_eq!(received.iter().filter(|m| m.to == vec!["a@example.se".to_string()]).count(), 1, "A gets one mail");

        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("merged.pdf");
        std::fs::write(&pdf, attached_pdf(&mail)).unwrap();
        let out = Command::new("pdftotext").arg(&pdf).arg("-").output().unwrap();
        let text = flat(&String::from_utf8_lossy(&out.stdout));
        let mut total = 0;
        for (id, reference) in [(1, "7000106"), (3, "7000122"), (5, "7000148")] {
            let view = store.claim(c, ClaimId(id)).await.unwrap().unwrap();
            let outstanding = view.balance.outstanding().unwrap();
            total += outstanding.minor();
            for needle in [
                view.claim.invoice_number.clone(),
                reference.to_string(),
                flat(&messages::i18n::format_money("sv", outstanding)),
            ] {
                assert!(text.contains(&needle), "{needle:?} not in the letter:\n{text}");
            }
        }
        let total = flat(&messages::i18n::format_money("sv", Money::from_minor(total, Currency::SEK)));
        assert!(text.contains(&format!("Totalt att betala {total}")), "the total {total} not in:\n{text}");
        assert!(!text.contains("7000114"), "B's claim is not in A's letter");

        // Once sent, never again.
        let again = worker.run_pass(MONDAY.parse::<Timestamp>().unwrap()).await.unwrap();
        assert_eq!(again.total().sent, 0);
        assert_eq!(sink.received().len(), 3);
    }

    async fn the_portal_and_the_case_page_show_the_merged_letter_on_each_claim(store) {
        let c = book(&store, Jurisdiction::NO).await;
        run_day(&store, DAY, false).await;
        let debtor = store.claim(c, ClaimId(1)).await.unwrap().unwrap().claim.debtor_id;
        let mut browser = Browser::start(store.clone()).await;
        let link = app::portal::auth::mint_link(&store, c, debtor).await.unwrap();
        browser.sign_in_by_link(&link).await;
        for (id, others) in [(1, "F-3, F-5"), (3, "F-1, F-5"), (5, "F-1, F-3")] {
            let page = browser.get(&format!("/portal/{}/claims/{id}?lang=en", c.0)).await;
            assert_eq!(page.status, StatusCode::OK);
            assert!(page.body.contains("Letters about this invoice"), "{}", page.body);
            assert!(page.body.contains("Reminder: your invoices are not paid yet"), "{}", page.body);
            assert!(page.body.contains(&format!("The same letter is also about: {others}")), "{}", page.body);
        }

        add_user(&store, c, "agent@example.no", Role::Agent).await;
        let site = Site::start(store.clone()).await;
        let session = site.sign_in(c.0, "agent@example.no", PASSWORD).await.unwrap();
        for id in [1, 3, 5] {
            let (status, html, _) = site.get(&format!("/dashboard/cases/{id}"), Some(&session.cookie)).await;
            assert_eq!(status, StatusCode::OK);
            assert!(html.contains("one letter for 3 claims"), "{html}");
            assert!(html.contains("invoices F-1, F-3, F-5"), "{html}");
        }
    }
}

/// `purr creditors set --merge-letters`: a Swedish creditor chooses; a Norwegian one cannot turn
/// it off, and is told why.
#[test]
fn the_cli_sets_merging_for_se_and_refuses_to_turn_it_off_for_no() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.db");
    let purr = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_purr"))
            .arg("--db")
            .arg(&db)
            .args(args)
            .env_remove("PURR_DATABASE_URL")
            .output()
            .unwrap()
    };
    let se = ["creditors", "add", "--name", "Exempel AB", "--jurisdiction", "SE", "--org-number", "556677-8899"];
    assert!(purr(&se).status.success());
    let no = ["creditors", "add", "--name", "Eksempel AS", "--jurisdiction", "NO", "--org-number", "923609016"];
    let added = purr(&no);
    assert!(added.status.success(), "{}", String::from_utf8_lossy(&added.stderr));
    assert!(String::from_utf8_lossy(&added.stdout).contains("One letter per debtor: on (Norwegian law"));
    let list = |purr: &dyn Fn(&[&str]) -> std::process::Output| -> serde_json::Value {
        serde_json::from_slice(&purr(&["creditors", "list", "--json"]).stdout).unwrap()
    };
    let before = list(&purr);
    assert_eq!((before[0]["merge_letters"].as_bool(), before[1]["merge_letters"].as_bool()), (Some(false), Some(true)));

    let on = purr(&["creditors", "set", "--creditor", "1", "--merge-letters", "on"]);
    assert!(on.status.success(), "{}", String::from_utf8_lossy(&on.stderr));
    assert_eq!(list(&purr)[0]["merge_letters"], true);
    let off = purr(&["creditors", "set", "--creditor", "2", "--merge-letters", "off"]);
    assert_eq!(off.status.code(), Some(2));
    let why = String::from_utf8_lossy(&off.stderr);
    assert!(why.contains("refused") && why.contains("Finanstilsynets rundskriv 1/2018"), "{why}");
    assert_eq!(list(&purr)[1]["merge_letters"], true);
    assert_eq!(purr(&["creditors", "set", "--creditor", "9", "--merge-letters", "on"]).status.code(), Some(2));
}
