//! Letters, e-mails and SMS: rendering and transports.
//!
//! This crate will turn a decided step into bytes (templates, PDF, QR) and hand them to a
//! transport (SMTP, an SMS provider, an e-box bundle). It knows nothing about the database.
//! Today it is empty: no message is rendered or sent yet (see ARCHITECTURE.md).
