//! The one integration-test binary of `app`: the HTTP API on both backends and the `purr` CLI.

mod api;
mod api_cases;
mod api_client;
mod cli_creditors;
mod cli_import;
mod cli_pipe;
mod cli_rates;
mod customers_api;
mod dashboard;
mod dashboard_browser;
mod dashboard_cli;
mod dashboard_figures;
mod experiments_api;
mod gdpr;
mod merged_letters;
mod outbox;
mod payments_import;
mod peppol_api;
mod portal;
mod portal_browser;
mod refunds_api;
mod run_kill;
mod simulate;
mod strategies_api;
mod templates_api;
mod webhooks;
