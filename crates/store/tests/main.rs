//! The store's conformance suite: every test runs against SQLite and PostgreSQL.

mod audit;
mod cases;
mod citus;
mod conformance;
mod customers;
mod dunning;
mod fixtures;
mod gdpr;
mod kpi;
mod outbox;
mod payments;
mod portal;
mod refunds;
mod segments;
mod users;
mod webhooks;
