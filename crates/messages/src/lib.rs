//! Letters, e-mails and SMS: rendering and transports, and the translations they and the
//! debtor portal share.
//!
//! This crate turns a step of the dunning ladder into what the debtor receives, and hands it to
//! a transport. Rendering: [`letter::LetterInput`] (the facts of one letter, built by the caller)
//! becomes a template context; [`template`] renders a creditor's or Purr's default template
//! (minijinja, sandboxed) with texts from the Fluent catalog ([`i18n`]); [`lint`] checks that a
//! template carries what the law requires and rates its readability; [`pdf`] lays the letter out
//! on A4 with a payment QR code ([`qr`]). Transports: [`email`] (SMTP with lettre), [`sms`] (a
//! provider interface with an HTTP adapter) and [`ebox`] (a bundle for a digital-mailbox
//! provider). It knows nothing about the database: the outbox worker in `app` reads queued
//! messages, calls in here and records what was sent.

pub mod ebox;
pub mod email;
pub mod i18n;
pub mod letter;
pub mod lint;
pub mod markup;
pub mod pdf;
pub mod qr;
pub mod readability;
pub mod sms;
pub mod template;
#[cfg(feature = "testing")]
pub mod testing;
pub mod tls;

pub use letter::{LetterInput, LetterKind, portal_link};
pub use template::{Rendered, TemplateChannel, TemplateError, TemplateKey};

/// Why a message could not be rendered. None of these get better by retrying.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error(transparent)]
    Template(#[from] TemplateError),
    #[error("payment details: {0}")]
    Payment(String),
    #[error("PDF: {0}")]
    Pdf(String),
    #[error("{0}")]
    Input(String),
}

/// Why a transport did not deliver. `Retry` means try again later (the endpoint did not answer
/// or was busy); `Rejected` means this address or message will not go this way (try the next
/// channel); `Config` means the transport is set up wrongly.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    #[error("temporary failure: {0}")]
    Retry(String),
    #[error("rejected: {0}")]
    Rejected(String),
    #[error("transport set-up: {0}")]
    Config(String),
}

impl SendError {
    pub fn is_retryable(&self) -> bool {
        matches!(self, SendError::Retry(_))
    }
}
