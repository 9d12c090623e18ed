//! The messages crate's one integration-test binary.

mod ebox;
mod email;
mod i18n;
mod letters;
mod pdf;
mod readability;
mod reasons;
mod sms;
