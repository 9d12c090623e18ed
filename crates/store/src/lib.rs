//! All of Purr's SQL, behind one API for SQLite (the embedded default) and PostgreSQL.
//!
//! The store turns typed `domain` values into rows and back, runs each use case's writes in one
//! transaction, and enforces idempotency with natural and explicit keys. It holds no business
//! rules: the ledger's append rules are `domain::Ledger`'s, checked here before every insert.
//!
//! Both backends run through sqlx's `Any` driver with one set of SQL statements written in the
//! common dialect (`$1` placeholders, `CAST(.. AS BIGINT)`, `ON CONFLICT`, `RETURNING`); only
//! the migrations differ per backend. Dates are stored as ISO text and money as integer minor
//! units in both, so the two backends hold byte-identical data and `ledger_digest` agrees.

mod accounting;
pub mod admin;
mod audit;
mod cases;
mod claims;
mod creditors;
mod customers;
mod digest;
mod dunning;
mod dunning_apply;
mod experiments;
pub mod gdpr;
mod kpi;
mod ledger;
mod merged_letters;
mod migrate;
mod outbox;
mod payments;
mod portal;
mod raw;
mod refunds;
mod search;
mod segments;
mod strategies;
mod templates;
mod users;
mod webhooks;

pub use audit::{Actor, ActorKind, AuditFilter, AuditRecord, NewAudit, WaiveOutcome};
pub use cases::{ActionResult, Attachment, AttachmentInfo, CaseAction, CaseEvent, MAX_ATTACHMENT_BYTES};
pub use claims::{ClaimFilter, ClaimView, CreateOutcome, ImportConflict, ImportReport, content_hash};
pub use creditors::{ApiKey, LawOverride, NewCreditor, RevokeOutcome, Role};
pub use customers::{CustomerFigures, SELF_SERVICE_KINDS};
pub use domain::{ClaimInput, DebtorInput};
pub use dunning::{AppliedBatch, StepToApply, merge_key, run_key};
pub use dunning_apply::{PreparedBatch, prepare as prepare_dunning};
pub use experiments::{NewExperiment, StoredExperiment};
pub use gdpr::{DebtorExport, EraseOutcome, ErasureReport};
pub use kpi::{KpiBucket, KpiRefresh, SurveyCounts};
pub use ledger::AppendOutcome;
pub use outbox::{ClaimLetter, Delivery, DeliveryStatus, NewDelivery, NextStep, OutboxFilter, OutboxMessage, stamp};
pub use payments::{
    MatchedShare, PaymentFile, PaymentImportReport, PaymentLine, PaymentStatus, PaymentView, ResolveOutcome,
    StoredSuggestion,
};
pub use portal::{NewPortalSession, PortalEvent, PortalSession};
pub use raw::{RawBook, RawClaim, RawEntry, RawEvent, RawMessage, RawStep};
pub use refunds::{CreditBalance, CreditOutcome, OpenClaimRef};
pub use search::CaseHit;
pub use segments::SegmentsRecomputed;
pub use strategies::StoredStrategy;
pub use templates::StoredTemplate;
pub use users::{AddUserOutcome, StaffSession, StaffUser, normalise_email};
pub use webhooks::{
    AttemptOutcome, AttemptRecord, DueDelivery, EVENT_TYPES, WebhookAttempt, WebhookDelivery, WebhookEvent,
    WebhookSubscription,
};
/// The webhook event type names (`claim.paid`, `step.taken`, …, `ping`).
pub mod webhook_types {
    pub use crate::webhooks::{
        CLAIM_PAID, DISPUTE_OPENED, DISPUTE_RESOLVED, PAYMENT_UNMATCHED, PING, PLAN_CREATED, STEP_TAKEN,
    };
}

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{AnyPool, ConnectOptions, Executor};
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

/// Where the data lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DbTarget {
    /// A SQLite file, created and migrated on first use.
    Sqlite(PathBuf),
    /// A PostgreSQL URL (`postgres://user@host:port/db`).
    Postgres(String),
}

impl DbTarget {
    /// A printable description without any password.
    pub fn describe(&self) -> String {
        match self {
            DbTarget::Sqlite(path) => format!("SQLite file {}", path.display()),
            DbTarget::Postgres(url) => {
                let shown = match (url.find("://"), url.rfind('@')) {
                    (Some(scheme), Some(at)) if at > scheme => format!("{}://…@{}", &url[..scheme], &url[at + 1..]),
                    _ => url.clone(),
                };
                format!("PostgreSQL {shown}")
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// One error type for the storage boundary. `Db` is internal: callers show a generic message
/// to the outside world and log the detail.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
    #[error(transparent)]
    Ledger(#[from] domain::LedgerError),
    #[error("{0}")]
    Invalid(String),
}

impl StoreError {
    /// Worth retrying: the database was busy or the connection dropped, not a logic error.
    pub fn is_transient(&self) -> bool {
        matches!(self, StoreError::Db(sqlx::Error::PoolTimedOut | sqlx::Error::Io(_) | sqlx::Error::PoolClosed))
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A handle to the database. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    bulk: BulkPool,
}

/// A typed pool of one connection beside the `Any` pool, for the bulk claim import only (see
/// `claims::bulk`). It connects on first use.
#[derive(Debug, Clone)]
pub(crate) enum BulkPool {
    Sqlite(sqlx::SqlitePool),
    Postgres(sqlx::PgPool),
}

impl Store {
    /// Opens (and for SQLite creates) the database and brings its schema up to date.
    pub async fn open(target: &DbTarget) -> Result<Store> {
        sqlx::any::install_default_drivers();
        let (url, backend, max) = match target {
            DbTarget::Sqlite(path) => {
                if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                    std::fs::create_dir_all(parent)
                        .map_err(|e| StoreError::Invalid(format!("cannot create {}: {e}", parent.display())))?;
                }
                (format!("sqlite://{}?mode=rwc", path.display()), Backend::Sqlite, 4)
            }
            DbTarget::Postgres(url) => (url.clone(), Backend::Postgres, 8),
        };
        let options = AnyConnectOptions::from_str(&url)?.disable_statement_logging();
        let pool = AnyPoolOptions::new()
            .max_connections(max)
            .acquire_timeout(Duration::from_secs(30))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; \
                             PRAGMA busy_timeout = 10000; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await?;
        let bulk = match target {
            DbTarget::Sqlite(path) => {
                // Foreign keys are off on this connection: the bulk import references only rows it
                // wrote or read in the same transaction, and the checks cost a look-up per row.
                let options = SqliteConnectOptions::new()
                    .filename(path)
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Normal)
                    .foreign_keys(false)
                    .busy_timeout(Duration::from_secs(10))
                    // The daily run's batches insert into several indexes keyed by text; a larger
                    // cache keeps their pages in memory between batches.
                    .pragma("cache_size", "-262144")
                    .pragma("temp_store", "MEMORY")
                    .disable_statement_logging();
                BulkPool::Sqlite(
                    SqlitePoolOptions::new()
                        .max_connections(1)
                        .acquire_timeout(Duration::from_secs(60))
                        .connect_lazy_with(options),
                )
            }
            DbTarget::Postgres(url) => BulkPool::Postgres(
                PgPoolOptions::new()
                    .max_connections(1)
                    .acquire_timeout(Duration::from_secs(60))
                    .connect_lazy_with(PgConnectOptions::from_str(url)?.disable_statement_logging()),
            ),
        };
        let store = Store { pool, backend, bulk };
        migrate::run(&store).await?;
        Ok(store)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub(crate) fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Begins a transaction that may write. On SQLite it takes the write lock at the start
    /// (`BEGIN IMMEDIATE`): a deferred transaction that has read and then writes while another
    /// connection holds the lock fails at once with "database is locked", without waiting out
    /// the busy timeout. Taken first, the lock waits its turn like every other writer's.
    pub(crate) async fn write_tx(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }

    pub(crate) fn bulk(&self) -> &BulkPool {
        &self.bulk
    }

    pub async fn close(&self) {
        match &self.bulk {
            BulkPool::Sqlite(p) => p.close().await,
            BulkPool::Postgres(p) => p.close().await,
        }
        self.pool.close().await;
    }
}

/// Reserves `n` consecutive ids of one kind for one creditor and returns the first. Runs inside
/// the caller's transaction, so ids of a rolled-back write are given back.
pub(crate) async fn reserve_ids(conn: &mut sqlx::AnyConnection, creditor: i64, kind: &str, n: i64) -> Result<i64> {
    let next: i64 = sqlx::query_scalar(
        "INSERT INTO id_counters (creditor_id, kind, next_id) VALUES ($1, $2, $3 + 1) \
         ON CONFLICT (creditor_id, kind) DO UPDATE SET next_id = id_counters.next_id + $3 RETURNING next_id",
    )
    .bind(creditor)
    .bind(kind)
    .bind(n)
    .fetch_one(&mut *conn)
    .await?;
    Ok(next - n)
}

pub(crate) fn parse_currency(text: &str) -> Result<domain::Currency> {
    text.parse().map_err(|_| StoreError::Corrupt(format!("bad currency {text:?}")))
}

pub(crate) fn parse_state(text: &str) -> Result<domain::ClaimState> {
    domain::ClaimState::from_code(text).ok_or_else(|| StoreError::Corrupt(format!("bad state {text:?}")))
}

pub(crate) fn parse_date(text: &str) -> Result<jiff::civil::Date> {
    text.parse().map_err(|e| StoreError::Corrupt(format!("bad stored date {text:?}: {e}")))
}

pub(crate) fn now_text() -> String {
    jiff::Timestamp::now().to_string()
}

#[cfg(feature = "testing")]
pub mod testing;

impl Store {
    /// Runs one statement as given. For tests of database-level guarantees only.
    #[cfg(feature = "testing")]
    pub async fn raw_execute(&self, sql: &'static str) -> Result<u64> {
        Ok(sqlx::query(sql).execute(self.pool()).await?.rows_affected())
    }
}

impl Store {
    /// Answers whether the database is reachable.
    pub async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(self.pool()).await?;
        Ok(())
    }
}
