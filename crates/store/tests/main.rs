//! The store's conformance suite: every test runs against SQLite and PostgreSQL.

mod cases;
mod conformance;
mod dunning;
mod fixtures;
mod payments;
mod portal;
