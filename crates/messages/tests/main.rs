//! The messages crate's one integration-test binary.

mod i18n;
