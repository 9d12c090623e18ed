//! The outbox worker end to end on SQLite and PostgreSQL: messages queued by a real dunning run,
//! sent to an SMTP server running inside the test, recorded with their bytes and hash.

use app::outbox_cmd::{ChannelTally, Transports, Worker};
use domain::dunning::Strategies;
use domain::*;
use jiff::Timestamp;
use jiff::civil::date;
use messages::testing::{SinkTls, SmtpSink, TestCa};
use sha2::{Digest, Sha256};
use store::{ClaimInput, DebtorInput, NewCreditor, OutboxFilter, Store};

/// Monday 2026-11-23 11:00 in Stockholm: inside the contact window.
const MONDAY: &str = "2026-11-23T10:00:00Z";
/// Sunday 2026-11-22 12:00 in Stockholm: quiet.
const SUNDAY: &str = "2026-11-22T11:00:00Z";

fn ts(text: &str) -> Timestamp {
    text.parse().unwrap()
}

fn se_creditor() -> NewCreditor {
    NewCreditor {
        legal_name: "Exempel AB".into(),
        org_number: "556000-0001".into(),
        jurisdiction: Jurisdiction::SE,
        default_language: Language::parse("sv").unwrap(),
        bank: BankDetails { bankgiro: Some("5050-1055".into()), ..Default::default() },
        reference_scheme: ReferenceScheme::SeOcr { length_digit: false },
        reminder_fee_agreed: true,
        allocation_order: AllocationOrder::CostsInterestPrincipal,
    }
}

fn claim(invoice: &str, debtor: &str, channels: Vec<Channel>) -> ClaimInput {
    ClaimInput {
        invoice_number: invoice.into(),
        debtor: DebtorInput {
            external_id: debtor.into(),
            kind: DebtorKind::Consumer,
            name: format!("Debtor {debtor}"),
            national_id: None,
            address: PostalAddress {
                street: "Storgatan 1".into(),
                postal_code: "111 22".into(),
                city: "Stockholm".into(),
                country: "SE".into(),
            },
            email: Some(format!("{}@example.se", debtor.to_lowercase())),
            phone: None,
            language: Language::parse("sv").unwrap(),
            channels,
        },
        issue_date: date(2026, 9, 1),
        due_date: date(2026, 10, 1),
        due_date_agreed: true,
        principal: Money::from_minor(125_000, Currency::SEK),
        payment_reference: Some(format!("{}", 1_000_000 + invoice.len())),
        contract_rate_percent: None,
    }
}

/// A creditor with `n` overdue claims, and a real dunning run that queues one message each.
async fn book(store: &Store, n: usize, channels: Vec<Channel>) {
    let creditor = store.create_creditor(&se_creditor()).await.unwrap();
    for i in 0..n {
        let mut input = claim(&format!("F-{}", 100 + i), &format!("K{i}"), channels.clone());
        input.payment_reference = Some(format!("{}", 7_000_100 + i));
        store.create_claim(creditor.id, &input).await.unwrap();
    }
    let tables = app::rates_cmd::tables_in_force(store).await.unwrap();
    let summary =
        app::run_cmd::run_date(store, &tables, &Strategies::builtin(), date(2026, 11, 20), false, 100, |_| {})
            .await
            .unwrap();
    assert_eq!(summary.messages_queued, n as u64, "{summary:?}");
}

fn transports(smtp: Option<String>, print_dir: Option<std::path::PathBuf>) -> Transports {
    Transports {
        smtp: smtp.map(|u| messages::email::SmtpConfig::from_url(&u).unwrap()),
        sms: None,
        print_dir,
        mail_from: "Exempel AB <inkasso@exempel.se>".into(),
        sms_from: "Exempel".into(),
        portal_base_url: "https://pay.exempel.se".into(),
    }
}

async fn messages_in(store: &Store, status: &str) -> Vec<store::OutboxMessage> {
    store.outbox_messages(&OutboxFilter { status: Some(status.into()), ..Default::default() }).await.unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A port nothing listens on.
fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

/// Quoted-printable undone enough to search an e-mail's text part: soft breaks and =XX bytes.
fn unfold_qp(text: &str) -> String {
    let joined = text.replace("=\r\n", "").replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], joined.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'=', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Books one case action on claim 1 of creditor 1 through the flows, as the API does.
async fn act(store: &Store, request: dunning::FlowRequest, today: jiff::civil::Date) {
    let tables = app::rates_cmd::tables_in_force(store).await.unwrap();
    let action = store::CaseAction { actor: "test", key: None, request: &request, attachments: &[] };
    let result = store
        .case_action(CreditorId(1), ClaimId(1), &action, |facts, policy| {
            dunning::flows::apply(facts, &request, policy, &tables, today)
        })
        .await
        .unwrap();
    assert!(matches!(result, store::ActionResult::Booked { .. }), "{result:?}");
}

store::both_backends! {
    async fn a_plan_confirmation_is_mailed_with_its_whole_schedule(store) {
        book(&store, 1, vec![Channel::Email]).await;
        let first_due = date(2026, 12, 1);
        act(&store, dunning::FlowRequest::Plan { months: 3, first_due }, date(2026, 11, 20)).await;
        let facts = store.case_facts(CreditorId(1), ClaimId(1)).await.unwrap().unwrap();
        let Some(dunning::Hold::Plan(plan)) = facts.flow.hold else { panic!("no plan: {:?}", facts.flow) };
        assert_eq!(plan.instalments.len(), 3);

        let sink = SmtpSink::start().await;
        let worker = Worker::new(store.clone(), transports(Some(sink.url()), None)).await.unwrap();
        let summary = worker.run_pass(ts(MONDAY)).await.unwrap();
        assert_eq!(summary.channels["email"].sent, 2, "the reminder and the plan's confirmation: {summary:?}");
        assert_eq!(summary.total().failed, 0, "{summary:?}");
        assert!(messages_in(&store, "failed").await.is_empty());
        let sent = messages_in(&store, "sent").await;
        assert!(sent.iter().any(|m| m.step == "plan_confirmation"), "{sent:?}");

        let mails: Vec<String> = sink.received().iter().map(|m| unfold_qp(&text(&m.data).replace("\r\n", "\n"))).collect();
        let mail = mails.iter().find(|m| m.contains("betalningsplan")).expect("a mail about the plan");
        assert!(mail.contains("Subject: Din betalningsplan"), "{mail}");
        assert!(mail.contains("Planen har 3 delar"), "{mail}");
        for i in &plan.instalments {
            let due = messages::i18n::format_date("sv", i.due);
            let amount = messages::i18n::format_money("sv", i.amount);
            assert!(mail.contains(&due), "{due} not in the mail:\n{mail}");
            assert!(mail.contains(&amount), "{amount} not in the mail:\n{mail}");
        }
        assert!(mail.contains("5050-1055") && mail.contains("7000100"), "how to pay: {mail}");
        assert!(mail.contains("application/pdf"), "the letter attached");
    }

    async fn a_rejected_dispute_is_printed_with_the_creditors_answer(store) {
        book(&store, 1, vec![Channel::Letter]).await;
        let today = date(2026, 11, 20);
        act(&store, dunning::FlowRequest::Dispute { reason: "I never got the goods".into() }, today).await;
        let note = "The delivery was signed for on 2 September.".to_string();
        act(&store, dunning::FlowRequest::ResolveDispute { uphold: false, credit_minor: None, note }, today).await;
        let dir = tempfile::tempdir().unwrap();
        let worker = Worker::new(store.clone(), transports(None, Some(dir.path().to_path_buf()))).await.unwrap();
        let summary = worker.run_pass(ts(MONDAY)).await.unwrap();
        assert_eq!(summary.total().failed, 0, "{summary:?}");
        assert!(messages_in(&store, "failed").await.is_empty());
        let notice = messages_in(&store, "sent").await.into_iter().find(|m| m.step == "dispute_rejected").unwrap();
        let d = store.deliveries(notice.creditor, notice.id).await.unwrap();
        let pdf_path = dir.path().join("notice.pdf");
        std::fs::write(&pdf_path, d[0].content.clone().unwrap()).unwrap();
        let out = std::process::Command::new("pdftotext").arg(&pdf_path).arg("-").output().unwrap();
        let letter = text(&out.stdout);
        let compact: String = letter.split_whitespace().collect::<Vec<_>>().join(" ");
        for needle in ["Vårt svar på din invändning", "signed for on 2 September", "F-100", "7000100", "5050-1055"] {
            assert!(compact.contains(needle), "{needle:?} not in the letter:\n{letter}");
        }
    }

    async fn sends_email_records_bytes_and_never_twice(store) {
        book(&store, 1, vec![Channel::Email, Channel::Letter]).await;
        let digest = store.ledger_digest().await.unwrap();
        let sink = SmtpSink::start().await;
        let worker = Worker::new(store.clone(), transports(Some(sink.url()), None)).await.unwrap();
        let summary = worker.run_pass(ts(MONDAY)).await.unwrap();
        assert_eq!(summary.channels["email"].sent, 1, "{summary:?}");

        let received = sink.received();
        assert_eq!(received.len(), 1);
        let mail = &received[0];
        assert_eq!(mail.to, vec!["k0@example.se".to_string()]);
        let body = text(&mail.data);
        assert!(body.contains("Subject:"), "{body}");
        assert!(body.contains("Message-ID: <run.2026-11-20.1.1@purr.invalid>") || body.contains("@purr.invalid>"));
        assert!(body.contains("text/plain") && body.contains("text/html"), "text and HTML parts");
        assert!(body.contains("application/pdf") && body.contains("F-100.pdf"), "the letter attached");

        let sent = messages_in(&store, "sent").await;
        assert_eq!(sent.len(), 1);
        let deliveries = store.deliveries(sent[0].creditor, sent[0].id).await.unwrap();
        assert_eq!(deliveries.len(), 1);
        let d = &deliveries[0];
        assert_eq!((d.status.as_str(), d.channel.as_str(), d.address.as_str()), ("sent", "email", "k0@example.se"));
        let content = d.content.clone().unwrap();
        assert_eq!(d.sha256.clone().unwrap(), hex::encode(Sha256::digest(&content)));
        // The server sees the stored bytes (plus at most the line end that closes SMTP's DATA).
        assert!(mail.data.starts_with(&content) && mail.data.len() <= content.len() + 2, "the stored bytes were sent");

        // Running again sends nothing; a replay of a sent message (status reset as after a crash
        // between send and record) finds the delivery and does not send it again.
        let again = worker.run_pass(ts(MONDAY)).await.unwrap();
        assert_eq!(again.total().sent, 0);
        store.raw_execute("UPDATE outbox SET status = 'queued'").await.unwrap();
        let replay = worker.run_pass(ts(MONDAY)).await.unwrap();
        assert_eq!(replay.total().already_sent, 1, "{replay:?}");
        assert_eq!(sink.received().len(), 1, "never sent twice");
        assert_eq!(messages_in(&store, "sent").await.len(), 1);
        assert_eq!(store.ledger_digest().await.unwrap(), digest, "sending does not change the digest");
    }

    async fn unreachable_smtp_leaves_the_message_for_retry(store) {
        book(&store, 1, vec![Channel::Email]).await;
        let dead = format!("smtp://127.0.0.1:{}", closed_port());
        let worker = Worker::new(store.clone(), transports(Some(dead), None)).await.unwrap();
        let summary = worker.run_pass(ts(MONDAY)).await.unwrap();
        assert_eq!(summary.channels["email"].retry, 1, "{summary:?}");
        let retry = messages_in(&store, "retry").await;
        assert_eq!(retry.len(), 1);
        assert_eq!(retry[0].attempts, 1);
        assert_eq!(retry[0].next_attempt_at.as_deref(), Some("2026-11-23T10:01:00Z"), "backoff: one minute");
        let d = store.deliveries(retry[0].creditor, retry[0].id).await.unwrap();
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].status, "retry");

        // Not due yet: nothing happens before the backoff ends.
        let early = worker.run_pass(ts("2026-11-23T10:00:30Z")).await.unwrap();
        assert_eq!(early.total(), ChannelTally::default());

        // The server is back: the next attempt goes out.
        let sink = SmtpSink::start().await;
        let worker = Worker::new(store.clone(), transports(Some(sink.url()), None)).await.unwrap();
        let later = worker.run_pass(ts("2026-11-23T10:02:00Z")).await.unwrap();
        assert_eq!(later.channels["email"].sent, 1, "{later:?}");
        assert_eq!(sink.received().len(), 1);
        assert_eq!(messages_in(&store, "sent").await[0].attempts, 2);
    }

    async fn a_rejected_email_falls_back_to_a_printed_letter(store) {
        book(&store, 1, vec![Channel::Email, Channel::Letter]).await;
        let sink = SmtpSink::start().await;
        sink.refuse_all(true);
        let dir = tempfile::tempdir().unwrap();
        let worker =
            Worker::new(store.clone(), transports(Some(sink.url()), Some(dir.path().to_path_buf()))).await.unwrap();
        let summary = worker.run_pass(ts(MONDAY)).await.unwrap();
        assert_eq!(summary.channels["email"].fallback, 1, "{summary:?}");
        assert_eq!(summary.channels["letter"].sent, 1, "{summary:?}");
        assert_eq!(summary.bundles.len(), 1);
        let sent = messages_in(&store, "sent").await;
        assert_eq!(sent.len(), 1);
        assert_eq!((sent[0].queued_channel.as_str(), sent[0].channel.as_str()), ("email", "letter"));
        let d = store.deliveries(sent[0].creditor, sent[0].id).await.unwrap();
        let statuses: Vec<(&str, &str)> = d.iter().map(|d| (d.channel.as_str(), d.status.as_str())).collect();
        assert_eq!(statuses, vec![("email", "rejected"), ("letter", "sent")]);
        let pdf = d[1].content.clone().unwrap();
        assert!(pdf.starts_with(b"%PDF"));
        let bundle = std::path::Path::new(&summary.bundles[0]);
        let manifest: serde_json::Value =
            serde_json::from_slice(&std::fs::read(bundle.join("manifest.json")).unwrap()).unwrap();
        assert_eq!(manifest["count"], 1);
        assert_eq!(manifest["letters"][0]["sha256"], serde_json::json!(d[1].sha256.clone().unwrap()));
        assert_eq!(manifest["letters"][0]["recipient"]["name"], "Debtor K0");
    }

    async fn quiet_hours_defer_and_never_drop(store) {
        book(&store, 1, vec![Channel::Email]).await;
        let sink = SmtpSink::start().await;
        let worker = Worker::new(store.clone(), transports(Some(sink.url()), None)).await.unwrap();
        let summary = worker.run_pass(ts(SUNDAY)).await.unwrap();
        assert_eq!(summary.channels["email"].deferred, 1, "{summary:?}");
        assert!(sink.received().is_empty());
        let deferred = messages_in(&store, "deferred").await;
        // Monday 08:00 in Stockholm (UTC+1 in November).
        assert_eq!(deferred[0].next_attempt_at.as_deref(), Some("2026-11-23T07:00:00Z"));
        assert!(deferred[0].last_error.as_deref().unwrap_or("").contains("quiet hours"));
        assert_eq!(deferred[0].attempts, 0, "a deferral is not an attempt");
        let monday_early = worker.run_pass(ts("2026-11-23T06:59:00Z")).await.unwrap();
        assert_eq!(monday_early.total(), ChannelTally::default());
        let monday = worker.run_pass(ts("2026-11-23T07:00:00Z")).await.unwrap();
        assert_eq!(monday.channels["email"].sent, 1, "{monday:?}");
        assert_eq!(sink.received().len(), 1);
    }

    async fn two_workers_never_send_one_message_twice(store) {
        book(&store, 12, vec![Channel::Email]).await;
        let sink = SmtpSink::start().await;
        let a = Worker::new(store.clone(), transports(Some(sink.url()), None)).await.unwrap();
        let b = Worker::new(store.clone(), transports(Some(sink.url()), None)).await.unwrap();
        let (ra, rb) = tokio::join!(a.run_pass(ts(MONDAY)), b.run_pass(ts(MONDAY)));
        let (ra, rb) = (ra.unwrap(), rb.unwrap());
        assert_eq!(ra.total().sent + rb.total().sent, 12, "{ra:?} {rb:?}");
        let mut to: Vec<String> = sink.received().iter().flat_map(|m| m.to.clone()).collect();
        to.sort();
        let before = to.len();
        to.dedup();
        assert_eq!((before, to.len()), (12, 12), "each debtor got exactly one e-mail");
        assert_eq!(messages_in(&store, "sent").await.len(), 12);
    }

    async fn a_debtor_without_any_reachable_channel_is_failed_and_visible(store) {
        let creditor = store.create_creditor(&se_creditor()).await.unwrap();
        let mut input = claim("F-9", "K9", vec![Channel::Email]);
        input.debtor.email = None;
        store.create_claim(creditor.id, &input).await.unwrap();
        let tables = app::rates_cmd::tables_in_force(&store).await.unwrap();
        app::run_cmd::run_date(&store, &tables, &Strategies::builtin(), date(2026, 11, 20), false, 100, |_| {})
            .await
            .unwrap();
        let worker = Worker::new(store.clone(), transports(None, None)).await.unwrap();
        let summary = worker.run_pass(ts(MONDAY)).await.unwrap();
        assert_eq!(summary.total().failed, 1, "{summary:?}");
        let failed = messages_in(&store, "failed").await;
        assert_eq!(failed.len(), 1);
        assert!(failed[0].last_error.as_deref().unwrap_or("").contains("no email address"), "{:?}", failed[0]);
    }
}

/// `purr letters render` writes the letter as it would be sent; pdftotext reads it back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn letters_render_writes_the_letter_with_amounts_and_reference() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    {
        let store = Store::open(&store::DbTarget::Sqlite(db.clone())).await.unwrap();
        book(&store, 1, vec![Channel::Letter]).await;
        store.close().await;
    }
    let out = dir.path().join("reminder.pdf");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_purr"))
        .arg("--db")
        .arg(&db)
        .args(["letters", "render", "--creditor", "1", "--claim", "1", "--step", "reminder", "--out"])
        .arg(&out)
        .env_remove("PURR_DATABASE_URL")
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", text(&run.stderr));
    let pdf = std::process::Command::new("pdftotext").arg(&out).arg("-").output().unwrap();
    assert!(pdf.status.success());
    let letter = text(&pdf.stdout);
    let compact: String = letter.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(compact.contains("7000100"), "the payment reference: {letter}");
    assert!(compact.contains("F-100"), "the invoice: {letter}");
    assert!(compact.contains("1250,00"), "the principal: {letter}");
    assert!(compact.contains("5050-1055"), "the bankgiro: {letter}");
    // The reminder fee booked by the run (60 kr in SE) is a line of its own.
    assert!(compact.contains("60,00"), "the reminder fee: {letter}");

    // An active creditor template replaces Purr's default.
    {
        let store = Store::open(&store::DbTarget::Sqlite(db.clone())).await.unwrap();
        let own = format!(
            "{}\nPURRTOKEN42 Exempel AB\n",
            messages::template::default_source(dunning::StepKind::Reminder.into(), messages::TemplateChannel::Letter)
        );
        store.save_template(CreditorId(1), "reminder", "letter", "sv", &own, true).await.unwrap();
        store.close().await;
    }
    let run = purr(&db, &["letters", "render", "--claim", "1", "--step", "reminder", "--out", out.to_str().unwrap()]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let pdf = std::process::Command::new("pdftotext").arg(&out).arg("-").output().unwrap();
    assert!(text(&pdf.stdout).contains("PURRTOKEN42"), "{}", text(&pdf.stdout));

    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_purr"))
        .arg("--db")
        .arg(&db)
        .args(["letters", "render", "--claim", "1", "--step", "nagging", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(text(&bad.stderr).contains("not a step kind"), "{}", text(&bad.stderr));

    // What a template can use, with sample values, for scripts and for people.
    let vars = purr(&db, &["letters", "variables", "--step", "plan_confirmation", "--json"]);
    assert!(vars.status.success(), "{}", text(&vars.stderr));
    let vars: serde_json::Value = serde_json::from_str(&text(&vars.stdout)).unwrap();
    let names: Vec<&str> = vars.as_array().unwrap().iter().filter_map(|v| v["name"].as_str()).collect();
    assert!(names.contains(&"claim.invoice_number") && names.iter().any(|n| n.starts_with("notice.")), "{names:?}");
    let unknown = purr(&db, &["letters", "variables", "--step", "nagging"]);
    assert_eq!(unknown.status.code(), Some(2));

    // A notice renders from the event that sent it, and says plainly when there is none.
    let run = purr(
        &db,
        &["letters", "render", "--claim", "1", "--step", "plan_confirmation", "--out", out.to_str().unwrap()],
    );
    assert!(!run.status.success());
    assert!(text(&run.stderr).contains("has no plan_confirmation on its timeline"), "{}", text(&run.stderr));
    {
        let store = Store::open(&store::DbTarget::Sqlite(db.clone())).await.unwrap();
        act(&store, dunning::FlowRequest::Plan { months: 2, first_due: date(2026, 12, 1) }, date(2026, 11, 20)).await;
        store.close().await;
    }
    let run = purr(
        &db,
        &[
            "letters",
            "render",
            "--claim",
            "1",
            "--step",
            "plan_confirmation",
            "--lang",
            "en",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(run.status.success(), "{}", text(&run.stderr));
    let pdf = std::process::Command::new("pdftotext").arg(&out).arg("-").output().unwrap();
    let letter = text(&pdf.stdout);
    for needle in ["Your payment plan is set up", "The plan has 2 instalments", "01/12/2026", "01/01/2027"] {
        assert!(letter.contains(needle), "{needle:?} not in\n{letter}");
    }
}

fn purr(db: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_purr"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("PURR_DATABASE_URL")
        .env_remove("PURR_SMTP_URL")
        .env_remove("PURR_PRINT_DIR")
        .output()
        .unwrap()
}

/// `purr outbox work --once` and `purr outbox list` as a real process, sending to the test's SMTP server.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outbox_work_and_list_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    {
        let store = Store::open(&store::DbTarget::Sqlite(db.clone())).await.unwrap();
        book(&store, 2, vec![Channel::Email, Channel::Letter]).await;
        store.close().await;
    }
    let sink = SmtpSink::start().await;
    let url = sink.url();
    let db2 = db.clone();
    let work = tokio::task::spawn_blocking(move || {
        purr(&db2, &["outbox", "work", "--once", "--json", "--smtp", &url, "--now", MONDAY])
    })
    .await
    .unwrap();
    assert!(work.status.success(), "{}", text(&work.stderr));
    let summary: serde_json::Value = serde_json::from_slice(&work.stdout).unwrap();
    assert_eq!(summary["channels"]["email"]["sent"], 2, "{summary}");
    assert_eq!(sink.received().len(), 2);

    let db3 = db.clone();
    let list = tokio::task::spawn_blocking(move || purr(&db3, &["outbox", "list", "--status", "sent", "--json"]))
        .await
        .unwrap();
    assert!(list.status.success(), "{}", text(&list.stderr));
    let rows: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 2, "{rows}");
    assert_eq!(rows[0]["attempts"], 1);

    let help = purr(&db, &["outbox", "work", "--help"]);
    assert!(text(&help.stdout).contains("Examples:"), "{}", text(&help.stdout));
}

#[tokio::test]
async fn outbox_work_speaks_tls_to_a_server_of_the_named_authority() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    {
        let store = Store::open(&store::DbTarget::Sqlite(db.clone())).await.unwrap();
        book(&store, 1, vec![Channel::Email, Channel::Letter]).await;
        store.close().await;
    }
    let ca = TestCa::new();
    let sink = SmtpSink::start_with(SinkTls::StartTls(ca.clone())).await;
    let ca_file = dir.path().join("company-ca.pem");
    std::fs::write(&ca_file, &ca.ca_pem).unwrap();
    let not_pem = dir.path().join("notes.txt");
    std::fs::write(&not_pem, "not a certificate").unwrap();
    let run = |now: &'static str, ca: Option<std::path::PathBuf>| {
        let (db, url) = (db.clone(), sink.url());
        tokio::task::spawn_blocking(move || {
            let mut args = vec!["outbox", "work", "--once", "--json", "--smtp", &url, "--now", now];
            let ca = ca.map(|p| p.display().to_string());
            if let Some(ca) = &ca {
                args.extend(["--tls-ca-file", ca]);
            }
            purr(&db, &args)
        })
    };

    // A CA file that holds no certificate stops the worker before anything is sent.
    let bad = run(MONDAY, Some(not_pem)).await.unwrap();
    assert!(!bad.status.success());
    assert!(
        text(&bad.stderr).contains("notes.txt") && text(&bad.stderr).contains("no certificate"),
        "{}",
        text(&bad.stderr)
    );
    // The built-in roots do not know the server's authority: nothing is sent, the message waits.
    let untrusted = run(MONDAY, None).await.unwrap();
    assert!(untrusted.status.success(), "{}", text(&untrusted.stderr));
    let summary: serde_json::Value = serde_json::from_slice(&untrusted.stdout).unwrap();
    assert_eq!(summary["channels"]["email"]["sent"], 0, "{summary}");
    assert!(sink.received().is_empty());
    let list = purr(&db, &["outbox", "list", "--json"]);
    let rows: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert!(rows[0]["last_error"].as_str().unwrap().contains("certificate"), "{rows}");
    // Trusting it, the retry goes out over TLS.
    let trusted = run("2026-11-23T12:00:00Z", Some(ca_file)).await.unwrap();
    assert!(trusted.status.success(), "{}", text(&trusted.stderr));
    let summary: serde_json::Value = serde_json::from_slice(&trusted.stdout).unwrap();
    assert_eq!(summary["channels"]["email"]["sent"], 1, "{summary}");
    let received = sink.received();
    assert_eq!(received.len(), 1);
    assert!(received[0].tls);
}
