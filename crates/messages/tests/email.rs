//! E-mail end to end: a real SMTP conversation with a server inside the test, checking the
//! envelope, the headers, both text parts and the PDF attachment.

use domain::Jurisdiction;
use domain::dunning::StepKind;
use messages::email::{self, Email, SmtpConfig, SmtpSecurity};
use messages::i18n::Catalog;
use messages::template::{self, TemplateChannel};
use messages::testing::{SinkTls, SmtpSink, TestCa};
use messages::tls::ExtraRoots;
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

fn short_mail(key: &str) -> lettre::Message {
    let input = lint::sample(Jurisdiction::SE, StepKind::Reminder, "sv");
    let mail = template::render(&input, TemplateChannel::Email, None, Catalog::builtin()).unwrap();
    email::build(&Email {
        from: "a@example.se",
        reply_to: None,
        to: "b@example.se",
        rendered: &mail,
        pdf: None,
        attachment_name: "",
        key,
        date: std::time::SystemTime::now(),
    })
    .unwrap()
    .0
}

fn trusting(url: &str, roots: ExtraRoots) -> SmtpConfig {
    SmtpConfig { roots, timeout_secs: 5, ..SmtpConfig::from_url(url).unwrap() }
}

#[tokio::test]
async fn mail_crosses_starttls_and_tls_to_a_server_whose_authority_is_trusted() {
    let ca = TestCa::new();
    for tls in [SinkTls::StartTls(ca.clone()), SinkTls::Tls(ca.clone())] {
        let sink = SmtpSink::start_with(tls).await;
        let message = short_mail("run:2026-04-02:7:1");
        let bytes = message.formatted();
        email::send(&trusting(&sink.url(), ca.roots()), message).await.unwrap();
        let received = sink.received();
        assert_eq!(received.len(), 1, "{}", sink.url());
        assert!(received[0].tls, "{}: the message came over TLS", sink.url());
        assert_eq!(received[0].to, ["b@example.se"]);
        let norm = |b: &[u8]| String::from_utf8_lossy(b).replace("\r\n", "\n");
        assert_eq!(norm(&received[0].data).trim_end(), norm(&bytes).trim_end());
    }
}

#[tokio::test]
async fn tls_that_cannot_be_had_sends_nothing_and_is_retried() {
    let ca = TestCa::new();
    // A server that offers no STARTTLS, asked for it: nothing is said in the clear.
    let plain = SmtpSink::start().await;
    let url = format!("smtp://127.0.0.1:{}?tls=required", plain.port);
    let refused = email::send(&trusting(&url, ca.roots()), short_mail("k1")).await.unwrap_err();
    assert!(refused.is_retryable(), "{refused}");
    assert!(plain.received().is_empty());
    // Servers whose certificate comes from an authority the client does not know.
    for tls in [SinkTls::StartTls(ca.clone()), SinkTls::Tls(ca.clone())] {
        let sink = SmtpSink::start_with(tls).await;
        let untrusted = email::send(&trusting(&sink.url(), ExtraRoots::default()), short_mail("k2")).await.unwrap_err();
        assert!(untrusted.is_retryable(), "{untrusted}");
        assert!(untrusted.to_string().contains("certificate"), "{untrusted}");
        assert!(sink.received().is_empty(), "{}", sink.url());
    }
}

#[test]
fn smtp_addresses_are_read_or_refused_plainly() {
    let c = SmtpConfig::from_url("smtp://user:pw@mail.example.se:2525").unwrap();
    assert_eq!((c.host.as_str(), c.port, c.username.as_deref()), ("mail.example.se", 2525, Some("user")));
    assert_eq!(c.security, SmtpSecurity::Plain);
    assert_eq!(SmtpConfig::from_url("smtp://localhost").unwrap().port, 25);
    let c = SmtpConfig::from_url("smtp://u:p@mail.example.se?tls=required").unwrap();
    assert_eq!((c.port, c.security, c.password.as_deref()), (587, SmtpSecurity::StartTls, Some("p")));
    let c = SmtpConfig::from_url("smtps://mail.example.se").unwrap();
    assert_eq!((c.port, c.security), (465, SmtpSecurity::Tls));
    assert_eq!(SmtpConfig::from_url("smtps://mail.example.se:2465").unwrap().port, 2465);
    // Office-style log-ins: an e-mail address as user name, symbols in the password.
    let c = SmtpConfig::from_url("smtp://noreply%40firma.se:p%40ss%3Aw0rd%%@mail.example.se:587?tls=required").unwrap();
    assert_eq!((c.username.as_deref(), c.password.as_deref()), (Some("noreply@firma.se"), Some("p@ss:w0rd%%")));
    let c = SmtpConfig::from_url("smtp://noreply@firma.se:p@ss@mail.example.se").unwrap();
    assert_eq!(
        (c.username.as_deref(), c.password.as_deref(), c.host.as_str()),
        (Some("noreply@firma.se"), Some("p@ss"), "mail.example.se")
    );
    for bad in ["http://x", "smtp://host:port", "smtp://host?tls=opportunistic", "smtps://host?tls=required", "smtp://"]
    {
        let e = SmtpConfig::from_url(bad).unwrap_err().to_string();
        assert!(e.contains("smtps://host:465"), "{bad}: {e}");
    }
}

#[test]
fn a_ca_file_is_read_or_refused_with_its_name() {
    let ca = TestCa::new();
    assert_eq!(ExtraRoots::from_pem(ca.ca_pem.as_bytes(), "ca.pem").unwrap().len(), 1);
    let two = format!("{}{}", ca.ca_pem, TestCa::new().ca_pem);
    assert_eq!(ExtraRoots::from_pem(two.as_bytes(), "ca.pem").unwrap().len(), 2);
    for (bad, why) in [
        ("".to_string(), "holds no certificate"),
        ("hello".to_string(), "holds no certificate"),
        (ca.ca_pem.replace("M", "*"), "ca.pem"),
        ("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n".to_string(), "cannot be used"),
    ] {
        let e = ExtraRoots::from_pem(bad.as_bytes(), "ca.pem").unwrap_err().to_string();
        assert!(e.contains("ca.pem") && e.contains(why), "{bad:?}: {e}");
    }
    let missing = ExtraRoots::from_file(std::path::Path::new("/nonexistent/ca.pem")).unwrap_err().to_string();
    assert!(missing.contains("/nonexistent/ca.pem"), "{missing}");
    assert!(ExtraRoots::load(None).unwrap().is_empty());
}
