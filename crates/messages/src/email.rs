//! E-mail over SMTP with lettre: a text part and an HTML part made from the same rendered
//! template, and the letter's PDF attached.
//!
//! The message is built once ([`build`]) and its exact bytes are what the outbox records and
//! what the SMTP server receives. The Message-ID is derived from the outbox's idempotency key, so
//! a message sent twice (a crash between sending and recording) carries the same id and a mail
//! system or a person can tell it is the same message.

use crate::markup;
use crate::template::Rendered;
use crate::tls::ExtraRoots;
use crate::{RenderError, SendError};
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::client::Tls;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// How the connection to the SMTP server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpSecurity {
    /// No TLS (`smtp://`): only for a relay on the same host or network, and for tests.
    Plain,
    /// A plain connection upgraded with STARTTLS before anything else is said; a server that
    /// does not offer STARTTLS is refused (`smtp://…?tls=required`, port 587 by default).
    StartTls,
    /// TLS from the first byte (`smtps://`, port 465 by default).
    Tls,
}

/// Where the SMTP server is and how Purr logs in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub security: SmtpSecurity,
    pub username: Option<String>,
    pub password: Option<String>,
    pub timeout_secs: u64,
    /// Authorities trusted beside the built-in roots, for STARTTLS and TLS.
    pub roots: ExtraRoots,
}

impl SmtpConfig {
    /// Reads `smtp://[user:pass@]host[:port]` (plain, port 25 by default),
    /// `smtp://…?tls=required` (STARTTLS required, port 587) or `smtps://…` (TLS, port 465).
    /// The user name and password may be percent-encoded (`%40` for '@', `%3A` for ':').
    pub fn from_url(url: &str) -> Result<SmtpConfig, SendError> {
        let bad = |why: &str| {
            SendError::Config(format!(
                "{url:?} is not an SMTP address ({why}); use smtp://host:port, smtp://host:587?tls=required \
                 or smtps://host:465"
            ))
        };
        let (security, rest, default_port) = if let Some(rest) = url.strip_prefix("smtps://") {
            (SmtpSecurity::Tls, rest, 465)
        } else if let Some(rest) = url.strip_prefix("smtp://") {
            (SmtpSecurity::Plain, rest, 25)
        } else {
            return Err(bad("it must start with smtp:// or smtps://"));
        };
        let (rest, security, default_port) = match rest.split_once('?') {
            None => (rest, security, default_port),
            Some((rest, "tls=required")) if security == SmtpSecurity::Plain => (rest, SmtpSecurity::StartTls, 587),
            Some((_, query)) => {
                return Err(bad(&format!("unknown setting {query:?}; the one setting is tls=required with smtp://")));
            }
        };
        let (auth, hostport) = match rest.rsplit_once('@') {
            Some((auth, hp)) => (Some(auth), hp),
            None => (None, rest),
        };
        let hostport = hostport.trim_end_matches('/');
        let (host, port) = match hostport.rsplit_once(':') {
            Some((h, p)) => (h, p.parse::<u16>().map_err(|_| bad("the port is not a number"))?),
            None => (hostport, default_port),
        };
        if host.is_empty() {
            return Err(bad("no host"));
        }
        let (username, password) = match auth.map(|a| a.split_once(':').unwrap_or((a, ""))) {
            Some((u, p)) => (Some(percent_decoded(u)), Some(percent_decoded(p))),
            None => (None, None),
        };
        Ok(SmtpConfig {
            host: host.to_string(),
            port,
            security,
            username,
            password,
            timeout_secs: 30,
            roots: ExtraRoots::default(),
        })
    }
}

/// `%XX` sequences decoded; text whose decoded bytes are not UTF-8 is kept as written.
fn percent_decoded(text: &str) -> String {
    percent_encoding::percent_decode_str(text).decode_utf8().map_or_else(|_| text.to_string(), |t| t.into_owned())
}

/// One e-mail to build.
#[derive(Debug, Clone)]
pub struct Email<'a> {
    pub from: &'a str,
    pub reply_to: Option<&'a str>,
    pub to: &'a str,
    pub rendered: &'a Rendered,
    /// The letter as PDF, attached under `attachment_name`.
    pub pdf: Option<&'a [u8]>,
    pub attachment_name: &'a str,
    /// The outbox's idempotency key.
    pub key: &'a str,
    /// The Date header: when the message is sent.
    pub date: std::time::SystemTime,
}

fn mailbox(text: &str, what: &str) -> Result<Mailbox, RenderError> {
    text.parse().map_err(|e| RenderError::Input(format!("{what} {text:?} is not an e-mail address: {e}")))
}

/// The Message-ID for an outbox key: the key's characters that are safe in an id, at purr.invalid.
pub fn message_id(key: &str) -> String {
    let local: String =
        key.chars().map(|c| if c.is_ascii_alphanumeric() || "-.".contains(c) { c } else { '.' }).collect();
    format!("<{local}@purr.invalid>")
}

/// The e-mail as lettre's message and its exact bytes.
pub fn build(email: &Email<'_>) -> Result<(Message, Vec<u8>), RenderError> {
    let rendered = email.rendered;
    let text = markup::to_text(&rendered.blocks);
    let html = markup::to_html(&rendered.blocks, &rendered.lang, &rendered.subject);
    let mut builder = Message::builder()
        .from(mailbox(email.from, "the sender")?)
        .to(mailbox(email.to, "the recipient")?)
        .subject(rendered.subject.clone())
        .message_id(Some(message_id(email.key)))
        .date(email.date);
    if let Some(reply_to) = email.reply_to {
        builder = builder.reply_to(mailbox(reply_to, "the reply-to address")?);
    }
    let alternative = MultiPart::alternative().singlepart(SinglePart::plain(text)).singlepart(SinglePart::html(html));
    let message = match email.pdf {
        Some(pdf) => {
            let content_type = ContentType::parse("application/pdf").map_err(|e| RenderError::Input(e.to_string()))?;
            let attachment = Attachment::new(email.attachment_name.to_string()).body(pdf.to_vec(), content_type);
            builder.multipart(MultiPart::mixed().multipart(alternative).singlepart(attachment))
        }
        None => builder.multipart(alternative),
    }
    .map_err(|e| RenderError::Input(format!("cannot build the e-mail: {e}")))?;
    let bytes = message.formatted();
    Ok((message, bytes))
}

/// Sends over SMTP. A server that does not answer, answers with a temporary (4xx) error or
/// fails the TLS handshake (its certificate is not trusted, it offers no STARTTLS) is a `Retry`:
/// nothing was sent, and a fixed configuration lets the next attempt through. A permanent (5xx)
/// refusal is `Rejected`.
pub async fn send(config: &SmtpConfig, message: Message) -> Result<String, SendError> {
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&config.host)
        .port(config.port)
        .timeout(Some(std::time::Duration::from_secs(config.timeout_secs.max(1))));
    builder = match config.security {
        SmtpSecurity::Plain => builder,
        SmtpSecurity::StartTls => builder.tls(Tls::Required(config.roots.smtp_parameters(&config.host)?)),
        SmtpSecurity::Tls => builder.tls(Tls::Wrapper(config.roots.smtp_parameters(&config.host)?)),
    };
    if let (Some(user), Some(pass)) = (&config.username, &config.password) {
        builder =
            builder.credentials(lettre::transport::smtp::authentication::Credentials::new(user.clone(), pass.clone()));
    }
    let transport = builder.build();
    match transport.send(message).await {
        Ok(response) => Ok(response.message().collect::<Vec<_>>().join(" ")),
        Err(e) if e.is_permanent() => Err(SendError::Rejected(format!("the SMTP server refused the message: {e}"))),
        Err(e) => Err(SendError::Retry(format!("SMTP server {}:{} : {e}", config.host, config.port))),
    }
}
