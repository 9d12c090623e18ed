//! E-mail end to end: a real SMTP conversation with a server inside the test, checking the
//! envelope, the headers, both text parts and the PDF attachment.

use domain::Jurisdiction;
use domain::dunning::StepKind;
use messages::email::{self, Email, SmtpConfig};
use messages::i18n::Catalog;
use messages::template::{self, TemplateChannel};
use messages::testing::SmtpSink;
use messages::{SendError, lint, pdf};

fn unfold_qp(text: &str) -> String {
    // Enough quoted-printable decoding to search the text parts: soft breaks and =XX bytes.
    let joined = text.replace("=\r\n", "").replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&joined[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[tokio::test]
async fn an_email_arrives_with_text_html_and_the_letter_attached() {
    let sink = SmtpSink::start().await;
    let input = lint::sample(Jurisdiction::SE, StepKind::Reminder, "sv");
    let catalog = Catalog::builtin();
    let mail = template::render(&input, TemplateChannel::Email, None, catalog).unwrap();
    let letter = template::render(&input, TemplateChannel::Letter, None, catalog).unwrap();
    let pdf = pdf::render(&input, &letter).unwrap();
    let (message, bytes) = email::build(&Email {
        from: "Exempelbolaget AB <kund@exempel.se>",
        reply_to: Some("kund@exempel.se"),
        to: "kim@example.org",
        rendered: &mail,
        pdf: Some(&pdf),
        attachment_name: "paminnelse-F-20261.pdf",
        key: "run:2026-04-02:7:1",
        date: std::time::SystemTime::now(),
    })
    .unwrap();
    let config = SmtpConfig::from_url(&sink.url()).unwrap();
    email::send(&config, message).await.unwrap();

    let received = sink.received();
    assert_eq!(received.len(), 1);
    let got = &received[0];
    assert_eq!(got.from, "kund@exempel.se");
    assert_eq!(got.to, ["kim@example.org"]);
    // The server received exactly the bytes Purr records.
    let norm = |b: &[u8]| String::from_utf8_lossy(b).replace("\r\n", "\n");
    assert_eq!(norm(&got.data).trim_end(), norm(&bytes).trim_end());
    let raw = unfold_qp(&norm(&got.data));
    assert!(raw.contains("Message-ID: <run.2026-04-02.7.1@purr.invalid>"), "{raw}");
    assert!(raw.contains("Content-Type: text/plain"));
    assert!(raw.contains("Content-Type: text/html"));
    assert!(raw.contains("Content-Type: application/pdf"));
    assert!(raw.contains("paminnelse-F-20261.pdf"));
    assert!(raw.contains("Hej Kim Lindqvist!"), "{raw}");
    assert!(raw.contains("<a href=\"https://pay.example.se/portal/login?code=K7Q2-M4XP\">"), "{raw}");
    assert!(raw.contains("4\u{a0}951,13\u{a0}kr"), "the total is in the text part: {raw}");
}

#[tokio::test]
async fn a_refusal_is_permanent_and_a_dead_server_is_retryable() {
    let sink = SmtpSink::start().await;
    sink.refuse_all(true);
    let input = lint::sample(Jurisdiction::NO, StepKind::Reminder, "nb");
    let mail = template::render(&input, TemplateChannel::Email, None, Catalog::builtin()).unwrap();
    let build = || {
        email::build(&Email {
            from: "a@example.no",
            reply_to: None,
            to: "b@example.no",
            rendered: &mail,
            pdf: None,
            attachment_name: "",
            key: "k",
            date: std::time::SystemTime::now(),
        })
        .unwrap()
        .0
    };
    let refused = email::send(&SmtpConfig::from_url(&sink.url()).unwrap(), build()).await.unwrap_err();
    assert!(matches!(refused, SendError::Rejected(_)), "{refused}");
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let mut dead = SmtpConfig::from_url(&format!("smtp://127.0.0.1:{port}")).unwrap();
    dead.timeout_secs = 2;
    let down = email::send(&dead, build()).await.unwrap_err();
    assert!(down.is_retryable(), "{down}");
}

#[test]
fn smtp_addresses_are_read_or_refused_plainly() {
    let c = SmtpConfig::from_url("smtp://user:pw@mail.example.se:2525").unwrap();
    assert_eq!((c.host.as_str(), c.port, c.username.as_deref()), ("mail.example.se", 2525, Some("user")));
    assert_eq!(SmtpConfig::from_url("smtp://localhost").unwrap().port, 25);
    assert!(SmtpConfig::from_url("http://x").is_err());
    assert!(SmtpConfig::from_url("smtp://host:port").is_err());
}
