//! The one integration-test binary of `app`: the HTTP API on both backends and the `purr` CLI.

mod api;
mod cli_import;
mod payments_import;
