//! The webhook delivery worker and `purr webhooks work`.
//!
//! The worker reads pending deliveries that are due, takes each one with a short lease (so two
//! workers, e.g. `purr serve`'s and a `purr webhooks work`, never send the same row at once),
//! POSTs the event's JSON body with `Purr-Event-Id` and `Purr-Signature` headers and records the
//! attempt: a 2xx answer delivers it (it is never sent again), anything else, a timeout or a
//! refused connection schedules a retry after an exponential backoff, and the last allowed
//! attempt fails it. Redirects are not followed.

use crate::db::{DbArgs, block_on};
use clap::{Args, Subcommand};
use hmac::{Hmac, Mac};
use messages::tls::ExtraRoots;
use serde::Serialize;
use sha2::Sha256;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};
use store::{AttemptOutcome, AttemptRecord, DueDelivery, Store, WebhookEvent};

type HmacSha256 = Hmac<Sha256>;

/// How deliveries are retried and how long a receiver may take.
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    /// Attempts per delivery before it fails (1 = no retry).
    pub max_attempts: i64,
    /// The wait after the first failed attempt; it doubles after each further failure.
    pub backoff: Duration,
    /// The longest wait between two attempts.
    pub max_backoff: Duration,
    /// How long one request may take.
    pub timeout: Duration,
    /// Deliveries fetched (and sent concurrently) at a time.
    pub batch: i64,
    /// Authorities trusted beside the built-in roots, for https receivers.
    pub roots: ExtraRoots,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        WorkerConfig {
            max_attempts: 10,
            backoff: Duration::from_secs(30),
            max_backoff: Duration::from_secs(6 * 3600),
            timeout: Duration::from_secs(10),
            batch: 32,
            roots: ExtraRoots::default(),
        }
    }
}

impl WorkerConfig {
    /// The wait after failed attempt number `attempt_no` (1-based): backoff × 2^(n−1), capped.
    pub fn backoff_after(&self, attempt_no: i64) -> Duration {
        let doublings = u32::try_from(attempt_no.saturating_sub(1).clamp(0, 30)).unwrap_or(30);
        self.backoff.saturating_mul(2u32.saturating_pow(doublings)).min(self.max_backoff).max(Duration::from_millis(1))
    }
}

/// What one pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct WorkReport {
    pub attempted: u64,
    pub delivered: u64,
    pub retrying: u64,
    pub failed: u64,
}

impl WorkReport {
    fn add(&mut self, outcome: AttemptOutcome) {
        self.attempted += 1;
        match outcome {
            AttemptOutcome::Delivered => self.delivered += 1,
            AttemptOutcome::Retry { .. } => self.retrying += 1,
            AttemptOutcome::Failed => self.failed += 1,
        }
    }
}

/// A new subscription secret: `whsec_` and 32 random bytes in hex.
pub fn new_secret() -> anyhow::Result<String> {
    let mut buf = [0u8; 32];
    getrandom::fill(&mut buf).map_err(|e| anyhow::anyhow!("no randomness available: {e}"))?;
    Ok(format!("whsec_{}", hex::encode(buf)))
}

/// The body sent for an event: `{"id","type","created_at","creditor_id","data"}`.
pub fn body(event: &WebhookEvent) -> Vec<u8> {
    serde_json::to_vec(&crate::http_webhooks::event_json(event)).expect("an event serialises")
}

/// The `Purr-Signature` header for `body` sent at Unix second `t`:
/// `t=<t>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`.
pub fn signature(secret: &str, t: i64, body: &[u8]) -> String {
    let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).expect("HMAC accepts any key length");
    mac.update(t.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    format!("t={t},v1={}", hex::encode(mac.finalize().into_bytes()))
}

/// Checks a `Purr-Signature` header as a receiver would: the MAC must match (compared in
/// constant time) and `t` must be within `tolerance_s` seconds of `now_s`.
pub fn verify_signature(secret: &str, header: &str, body: &[u8], now_s: i64, tolerance_s: i64) -> bool {
    let mut t = None;
    let mut v1 = None;
    for part in header.split(',') {
        match part.split_once('=') {
            Some(("t", v)) => t = v.parse::<i64>().ok(),
            Some(("v1", v)) => v1 = hex::decode(v).ok(),
            _ => {}
        }
    }
    let (Some(t), Some(v1)) = (t, v1) else { return false };
    if (now_s - t).abs() > tolerance_s {
        return false;
    }
    let mut mac = HmacSha256::new_from_slice(secret.as_bytes()).expect("HMAC accepts any key length");
    mac.update(t.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac.verify_slice(&v1).is_ok()
}

/// Sends due deliveries.
#[derive(Debug, Clone)]
pub struct Worker {
    store: Store,
    client: reqwest::Client,
    config: WorkerConfig,
}

impl Worker {
    pub fn new(store: Store, config: WorkerConfig) -> anyhow::Result<Worker> {
        let client = config.roots.http_client(
            reqwest::Client::builder()
                .timeout(config.timeout)
                .redirect(reqwest::redirect::Policy::none())
                .user_agent(concat!("Purr-Webhooks/", env!("CARGO_PKG_VERSION"))),
        )?;
        Ok(Worker { store, client, config })
    }

    /// Sends every delivery due at `now` once (a retry it schedules lies after `now`, so it
    /// waits for a later pass). Returns what happened.
    pub async fn run_due(&self, now: jiff::Timestamp) -> anyhow::Result<WorkReport> {
        let now_ms = now.as_millisecond();
        let lease_until = now_ms + i64::try_from(self.config.timeout.as_millis()).unwrap_or(i64::MAX / 4) + 60_000;
        let mut report = WorkReport::default();
        loop {
            let due = self.store.due_webhook_deliveries(now_ms, self.config.batch).await?;
            if due.is_empty() {
                return Ok(report);
            }
            let mut tasks = tokio::task::JoinSet::new();
            for d in due {
                // Taking it moves its next attempt past `now`: no later query in this pass sees it.
                if !self.store.take_webhook_delivery(&d, lease_until).await? {
                    continue;
                }
                let worker = self.clone();
                tasks.spawn(async move { worker.attempt(d, now_ms).await });
            }
            while let Some(done) = tasks.join_next().await {
                if let Some(outcome) = done?? {
                    report.add(outcome);
                }
            }
        }
    }

    /// One attempt at one taken delivery; `None` when another worker recorded it first.
    async fn attempt(&self, due: DueDelivery, now_ms: i64) -> anyhow::Result<Option<AttemptOutcome>> {
        let body = body(&due.event);
        let t = jiff::Timestamp::now().as_second();
        let started = Instant::now();
        let sent = self
            .client
            .post(&due.url)
            .header("content-type", "application/json")
            .header("purr-event-id", &due.event.event_id)
            .header("purr-signature", signature(&due.secret, t, &body))
            .body(body)
            .send()
            .await;
        let (status, error) = match sent {
            Ok(resp) => (Some(resp.status().as_u16()), None),
            Err(e) => (None, Some(messages::tls::request_error(&e))),
        };
        let duration_ms = i64::try_from(started.elapsed().as_millis()).unwrap_or(i64::MAX);
        let attempt_no = due.attempts + 1;
        let outcome = if status.is_some_and(|s| (200..300).contains(&s)) {
            AttemptOutcome::Delivered
        } else if attempt_no >= self.config.max_attempts {
            AttemptOutcome::Failed
        } else {
            let wait = i64::try_from(self.config.backoff_after(attempt_no).as_millis()).unwrap_or(i64::MAX / 4);
            AttemptOutcome::Retry { next_attempt_ms: now_ms.saturating_add(wait) }
        };
        let record = AttemptRecord { status_code: status, error: error.as_deref(), duration_ms, outcome };
        Ok(self.store.record_webhook_attempt(&due, &record).await?.then_some(outcome))
    }

    /// Runs passes until the process ends, sleeping `poll` between passes. Errors are logged
    /// and the next pass tries again.
    pub async fn run_forever(self, poll: Duration, verbose: bool) {
        loop {
            match self.run_due(jiff::Timestamp::now()).await {
                Ok(r) if verbose && r.attempted > 0 => println!(
                    "webhooks: {} attempted, {} delivered, {} to retry, {} failed",
                    r.attempted, r.delivered, r.retrying, r.failed
                ),
                Ok(_) => {}
                Err(e) => eprintln!("webhooks: delivery pass failed: {e:#}"),
            }
            tokio::time::sleep(poll).await;
        }
    }
}

/// An error and its causes on one line, without the URL's query (it may hold tokens).
/// The worker `purr serve` runs beside the API, polling every 5 seconds; it trusts `roots`
/// beside the built-in ones.
pub fn spawn_background(store: Store, roots: ExtraRoots) -> anyhow::Result<tokio::task::JoinHandle<()>> {
    let worker = Worker::new(store, WorkerConfig { roots, ..WorkerConfig::default() })?;
    Ok(tokio::spawn(worker.run_forever(Duration::from_secs(5), false)))
}

#[derive(Debug, Subcommand)]
pub enum WebhooksCmd {
    /// Deliver queued webhook events: POST each to its subscription, signed, with retries.
    #[command(after_help = "Examples:\n  purr webhooks work                 # keep delivering until Ctrl-C\n  \
                          purr webhooks work --once --json   # deliver what is due now, print counts\n\n\
                          `purr serve` runs the same worker in the background; running both is safe.\n\
                          Subscriptions are managed through the API: POST /api/v1/webhooks.")]
    Work(WorkArgs),
}

#[derive(Debug, Args)]
pub struct WorkArgs {
    /// Deliver what is due now once, then exit.
    #[arg(long)]
    pub once: bool,
    /// Seconds between passes when running continuously.
    #[arg(long, default_value_t = 5, value_name = "SECONDS")]
    pub poll: u64,
    /// Attempts per delivery before it is marked failed.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(i64).range(1..=50))]
    pub max_attempts: i64,
    /// Seconds to wait after the first failed attempt (doubling after each further one).
    #[arg(long, default_value_t = 30, value_name = "SECONDS")]
    pub backoff: u64,
    /// Seconds a receiver may take to answer.
    #[arg(long, default_value_t = 10, value_name = "SECONDS")]
    pub timeout: u64,
    /// Print the counts as JSON (with --once).
    #[arg(long)]
    pub json: bool,
    /// PEM file of certificate authorities to trust beside the built-in (Mozilla) roots, for
    /// https receivers whose certificates come from an authority of your own.
    #[arg(long, env = "PURR_TLS_CA_FILE", value_name = "PEM")]
    pub tls_ca_file: Option<PathBuf>,
}

pub fn run(cmd: WebhooksCmd, db: &DbArgs) -> anyhow::Result<ExitCode> {
    match cmd {
        WebhooksCmd::Work(args) => block_on(async {
            let store = db.open().await?;
            let config = WorkerConfig {
                max_attempts: args.max_attempts,
                backoff: Duration::from_secs(args.backoff.max(1)),
                timeout: Duration::from_secs(args.timeout.clamp(1, 300)),
                roots: ExtraRoots::load(args.tls_ca_file.as_deref())
                    .map_err(|e| anyhow::anyhow!("--tls-ca-file: {e}"))?,
                ..WorkerConfig::default()
            };
            let worker = Worker::new(store, config)?;
            if args.once {
                let r = worker.run_due(jiff::Timestamp::now()).await?;
                if args.json {
                    println!("{}", serde_json::to_string_pretty(&r)?);
                } else {
                    println!(
                        "{} attempted: {} delivered, {} to retry later, {} failed",
                        r.attempted, r.delivered, r.retrying, r.failed
                    );
                }
                return Ok(ExitCode::SUCCESS);
            }
            println!("Delivering webhooks from {} (Ctrl-C stops).", db.target().describe());
            tokio::select! {
                () = worker.run_forever(Duration::from_secs(args.poll.max(1)), true) => {}
                _ = tokio::signal::ctrl_c() => {}
            }
            Ok(ExitCode::SUCCESS)
        }),
    }
}
