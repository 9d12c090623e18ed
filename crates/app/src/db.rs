//! Choosing and opening the database from the command line.

use clap::Args;
use std::path::PathBuf;
use store::{DbTarget, Store};

/// Where Purr keeps its data. Every command takes these.
#[derive(Debug, Clone, Args)]
pub struct DbArgs {
    /// SQLite database file, created and set up on first use.
    #[arg(long, global = true, value_name = "FILE", default_value = "purr.db")]
    pub db: PathBuf,
    /// PostgreSQL instead of SQLite, e.g. postgres://purr@localhost:5432/purr (wins over --db).
    #[arg(long, global = true, env = "PURR_DATABASE_URL", value_name = "URL")]
    pub database_url: Option<String>,
}

impl DbArgs {
    pub fn target(&self) -> DbTarget {
        match &self.database_url {
            Some(url) if !url.is_empty() => DbTarget::Postgres(url.clone()),
            _ => DbTarget::Sqlite(self.db.clone()),
        }
    }

    pub async fn open(&self) -> anyhow::Result<Store> {
        let target = self.target();
        Store::open(&target).await.map_err(|e| anyhow::anyhow!("cannot open {}: {e}", target.describe()))
    }
}

/// The creditor a command names, or `None` after telling the user it does not exist (a usage
/// error, exit code 2).
pub async fn creditor_or_usage(store: &Store, id: i64) -> anyhow::Result<Option<domain::Creditor>> {
    match store.creditor(domain::CreditorId(id)).await {
        Ok(c) => Ok(Some(c)),
        Err(store::StoreError::NotFound(_)) => {
            eprintln!("error: there is no creditor {id}; `purr creditors list` shows which exist");
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}

/// Runs an async command body on a fresh runtime.
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("tokio runtime")
        .block_on(future)
}
