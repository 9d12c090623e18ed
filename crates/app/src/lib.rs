//! The `purr` binary's library: command line, HTTP server, use cases and workers.
//!
//! This is the thin shell around `domain`: it reads the clock, files, the network and the
//! environment, and hands plain values to the pure core. Business rules do not live here.

/// Today's business date in the machine's time zone: the one place the shell reads the calendar.
pub fn today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

pub mod claims_cmd;
pub mod cli;
pub mod commands;
pub mod creditors_cmd;
pub mod db;
pub mod demo;
pub mod http;
pub mod json;
pub mod keys;
pub mod openapi;
pub mod progress;
pub mod rates_cmd;
// WIRING (helpers add their `pub mod cli_xxx;` lines below this one)
pub mod bench_run;
pub mod cli_id;
pub mod cli_law;
pub mod cli_payments;
pub mod daily_flows;
pub mod dashboard;
pub mod export_cmd;
pub mod gdpr_cmd;
pub mod http_cases;
pub mod http_customers;
pub mod http_experiments;
pub mod http_exports;
pub mod http_gdpr;
pub mod http_refunds;
pub mod http_segments;
pub mod http_strategies;
pub mod http_templates;
pub mod http_webhooks;
pub mod letters;
pub mod outbox_cmd;
pub mod portal;
pub mod portal_cmd;
pub mod run_cmd;
pub mod simulate;
pub mod webhooks_cmd;
