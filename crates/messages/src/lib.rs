//! Letters, e-mails and SMS: rendering and transports, and the translations they and the
//! debtor portal share.
//!
//! This crate turns values into words and bytes and hands them to a transport. It knows
//! nothing about the database. Today it holds `i18n` (Fluent messages for 20 languages with
//! fallback, and the local way of writing money and dates); letters and transports come next.

pub mod i18n;
