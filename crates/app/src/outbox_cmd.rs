//! The outbox worker (`purr outbox work`, and a background task of `purr serve`) and
//! `purr outbox list`.
//!
//! One pass leases the messages that are due, and for each: skips it if its key was delivered
//! already (a merged letter, with no claim of its own, is built from the claims its payload
//! names); defers it to the next allowed moment in quiet hours (`domain::delivery`); renders it
//! with `messages` from the facts [`crate::letters::letter_input`] builds; hands it to its
//! channel's transport (SMTP, the SMS provider, or a print / e-box bundle in `--print-dir`); and
//! records the attempt with the exact bytes in `deliveries`. A temporary failure is retried with
//! exponential backoff up to `domain::delivery::MAX_ATTEMPTS`; a refusal or a missing address
//! moves the message to the debtor's next channel; a missing transport set-up defers the message
//! (it waits, counted nowhere, until the worker is configured). Nothing is ever dropped.

use crate::db::DbArgs;
use crate::letters::{LetterFacts, letter_input, merged_letter_input, portal_base_url, render_pdf};
use anyhow::anyhow;
use clap::{Args, Subcommand};
use domain::delivery::{MAX_ATTEMPTS, QuietDecision, quiet_hours, retry_delay};
use domain::{Channel, ClaimId, Jurisdiction};
use jiff::{SignedDuration, Timestamp};
use messages::email::{self, SmtpConfig};
use messages::sms::{HttpSmsConfig, HttpSmsProvider, Sms, SmsProvider};
use messages::tls::ExtraRoots;
use messages::{LetterKind, SendError, TemplateChannel};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use store::{DeliveryStatus, NewDelivery, NextStep, OutboxFilter, OutboxMessage, Store};

/// How long a worker holds a message before another may take it.
pub const LEASE_SECS: i64 = 300;
/// How long a message waits when its channel's transport is not configured.
pub const UNCONFIGURED_WAIT_SECS: i64 = 300;
/// Messages leased at a time.
const BATCH: i64 = 100;

/// Where messages go.
#[derive(Clone, Default)]
pub struct Transports {
    pub smtp: Option<SmtpConfig>,
    pub sms: Option<Arc<dyn SmsProvider>>,
    /// Letters (post) and e-box deliveries are written here as bundles.
    pub print_dir: Option<PathBuf>,
    pub mail_from: String,
    pub sms_from: String,
    pub portal_base_url: String,
}

impl Transports {
    /// Whether any transport is set up.
    pub fn any(&self) -> bool {
        self.smtp.is_some() || self.sms.is_some() || self.print_dir.is_some()
    }
}

impl std::fmt::Debug for Transports {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transports")
            .field("smtp", &self.smtp.as_ref().map(|s| format!("{}:{}", s.host, s.port)))
            .field("sms", &self.sms.as_ref().map(|s| s.name().to_string()))
            .field("print_dir", &self.print_dir)
            .finish()
    }
}

/// What one pass did on one channel.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct ChannelTally {
    pub sent: u64,
    pub deferred: u64,
    pub retry: u64,
    /// Moved to the debtor's next channel.
    pub fallback: u64,
    pub failed: u64,
    /// Found delivered already (a replay): not sent again.
    pub already_sent: u64,
}

/// What one pass did.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct WorkSummary {
    pub channels: BTreeMap<String, ChannelTally>,
    /// Print and e-box bundles written.
    pub bundles: Vec<String>,
}

impl WorkSummary {
    fn tally(&mut self, channel: &str) -> &mut ChannelTally {
        self.channels.entry(channel.to_string()).or_default()
    }

    pub fn total(&self) -> ChannelTally {
        let mut t = ChannelTally::default();
        for c in self.channels.values() {
            t.sent += c.sent;
            t.deferred += c.deferred;
            t.retry += c.retry;
            t.fallback += c.fallback;
            t.failed += c.failed;
            t.already_sent += c.already_sent;
        }
        t
    }

    fn add(&mut self, other: WorkSummary) {
        for (k, v) in other.channels {
            let t = self.tally(&k);
            t.sent += v.sent;
            t.deferred += v.deferred;
            t.retry += v.retry;
            t.fallback += v.fallback;
            t.failed += v.failed;
            t.already_sent += v.already_sent;
        }
        self.bundles.extend(other.bundles);
    }
}

/// The time zone a jurisdiction's quiet hours are kept in.
fn zone(jurisdiction: Jurisdiction) -> jiff::tz::TimeZone {
    let name = match jurisdiction {
        Jurisdiction::SE => "Europe/Stockholm",
        Jurisdiction::NO => "Europe/Oslo",
    };
    jiff::tz::TimeZone::get(name).unwrap_or(jiff::tz::TimeZone::fixed(jiff::tz::offset(1)))
}

/// A letter rendered in this pass, waiting for its bundle.
struct PendingLetter {
    message: OutboxMessage,
    channel: Channel,
    address: String,
    facts: LetterFacts,
    subject: String,
    lang: String,
    pdf: Vec<u8>,
}

/// The outbox worker.
pub struct Worker {
    store: Store,
    transports: Transports,
    owner: String,
    tables: domain::law::LawTables,
    bundle_seq: std::sync::atomic::AtomicU64,
}

impl std::fmt::Debug for Worker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Worker").field("owner", &self.owner).field("transports", &self.transports).finish()
    }
}

impl Worker {
    pub async fn new(store: Store, transports: Transports) -> anyhow::Result<Worker> {
        let tables = crate::rates_cmd::tables_in_force(&store).await?;
        let mut nonce = [0u8; 6];
        getrandom::fill(&mut nonce).map_err(|e| anyhow!("no randomness for the worker id: {e}"))?;
        let owner = format!("worker-{}-{}", std::process::id(), hex::encode(nonce));
        Ok(Worker { store, transports, owner, tables, bundle_seq: Default::default() })
    }

    /// The id this worker leases messages under.
    pub fn owner(&self) -> &str {
        &self.owner
    }

    /// Works every message due at `now` until none is left.
    pub async fn run_pass(&self, now: Timestamp) -> anyhow::Result<WorkSummary> {
        let mut summary = WorkSummary::default();
        // A fallback makes a message due again at once; a few rounds finish every chain.
        for _ in 0..1_000 {
            let batch = self.store.lease_due_messages(now, &self.owner, LEASE_SECS, BATCH).await?;
            if batch.is_empty() {
                break;
            }
            let mut letters = Vec::new();
            for message in batch {
                if let Err(e) = self.work_one(&message, now, &mut letters, &mut summary).await {
                    eprintln!("outbox: message {} of creditor {}: {e:#}", message.id, message.creditor.0);
                    let _ = self.store.release_message(&message, &self.owner).await;
                }
            }
            summary.add(self.flush_letters(letters, now).await?);
        }
        Ok(summary)
    }

    async fn work_one(
        &self,
        message: &OutboxMessage,
        now: Timestamp,
        letters: &mut Vec<PendingLetter>,
        summary: &mut WorkSummary,
    ) -> anyhow::Result<()> {
        let store = &self.store;
        let code = message.channel.clone();
        if store.sent_delivery(message.creditor, &message.key).await?.is_some() {
            store.record_attempt(message, &self.owner, None, &NextStep::Sent).await?;
            summary.tally(&code).already_sent += 1;
            return Ok(());
        }
        let Some(channel) = Channel::from_code(&message.channel) else {
            return self.give_up(message, Channel::Letter, &format!("unknown channel {code:?}"), summary).await;
        };
        let Some(step) = LetterKind::from_code(&message.step) else {
            let why =
                format!("no template for {:?} (not a step or notice Purr knows): handle it by hand", message.step);
            return self.give_up(message, channel, &why, summary).await;
        };
        // A merged letter names its claims in its payload; any other message has its claim.
        let merged: Vec<ClaimId> = message
            .payload
            .get("claims")
            .and_then(|c| c.as_array())
            .map(|parts| parts.iter().filter_map(|p| p.get("claim").and_then(|c| c.as_i64())).map(ClaimId).collect())
            .unwrap_or_default();
        let merged_step = step.step().filter(|_| message.claim.is_none() && !merged.is_empty());
        if message.claim.is_none() && merged_step.is_none() {
            let why = format!("the {} message has no claim: handle it by hand", message.step);
            return self.give_up(message, channel, &why, summary).await;
        }
        // A notice's facts are in the timeline event that queued it.
        let event = message.payload.get("event_id").and_then(|e| e.as_i64());
        let creditor = store.creditor(message.creditor).await?;
        let tz = zone(creditor.jurisdiction);
        let local = now.to_zoned(tz.clone()).datetime();
        if let QuietDecision::Defer { until, why } = quiet_hours(creditor.jurisdiction, channel, local) {
            let until = until.to_zoned(tz)?.timestamp();
            store.defer_message(message, &self.owner, until, &format!("quiet hours: {why}")).await?;
            summary.tally(&code).deferred += 1;
            return Ok(());
        }
        let date = message
            .payload
            .get("date")
            .and_then(|d| d.as_str())
            .and_then(|d| d.parse().ok())
            .unwrap_or_else(|| local.date());
        let gathered = match (message.claim, merged_step) {
            (Some(claim), _) => {
                letter_input(
                    store,
                    &self.tables,
                    message.creditor,
                    claim,
                    step,
                    event,
                    Some(&message.language),
                    date,
                    &self.transports.portal_base_url,
                )
                .await
            }
            (None, Some(merged_step)) => {
                let deadline = message.payload.get("deadline").and_then(|d| d.as_str()).and_then(|d| d.parse().ok());
                merged_letter_input(
                    store,
                    &self.tables,
                    message.creditor,
                    &merged,
                    merged_step,
                    Some(&message.language),
                    date,
                    deadline,
                    &self.transports.portal_base_url,
                )
                .await
            }
            (None, None) => Err(anyhow!("the {} message has no claim", message.step)),
        };
        let facts = match gathered {
            Ok(f) => f,
            Err(e) => {
                let result = Err(SendError::Retry(format!("cannot gather the letter's facts: {e:#}")));
                return self.settle(message, channel, "", "", None, result, now, summary, None).await;
            }
        };
        let debtor = &facts.debtor;
        let address = match channel {
            Channel::Email => debtor.email.clone(),
            Channel::Sms => debtor.phone.clone(),
            Channel::Letter => Some(facts.input.debtor.address_lines.join(", ")),
            Channel::Ebox => debtor.national_id.clone(),
        }
        .filter(|a| !a.trim().is_empty());
        let Some(address) = address else {
            let why = format!("the debtor has no {} address", channel.code());
            let delivery = NewDelivery {
                channel,
                address: "",
                status: DeliveryStatus::Skipped,
                detail: &why,
                content_type: "",
                content: None,
            };
            let next = next_channel(&debtor.channels, channel).map_or(NextStep::Failed, NextStep::Fallback);
            store.record_attempt(message, &self.owner, Some(&delivery), &next).await?;
            let t = summary.tally(&code);
            if next == NextStep::Failed {
                t.failed += 1
            } else {
                t.fallback += 1
            }
            return Ok(());
        };
        match channel {
            Channel::Email => {
                let Some(smtp) = &self.transports.smtp else {
                    return self
                        .unconfigured(message, now, "no SMTP server configured (--smtp or PURR_SMTP_URL)", summary)
                        .await;
                };
                let source = self.template(message.creditor, &facts, step, TemplateChannel::Email).await?;
                let rendered = messages::template::render(
                    &facts.input,
                    TemplateChannel::Email,
                    source.as_deref(),
                    messages::i18n::Catalog::builtin(),
                )?;
                log_fallbacks(message, &rendered.fallbacks);
                // The attached letter may be in another language (right-to-left PDFs fall back).
                let (letter, pdf) = render_pdf(store, &facts).await?;
                log_fallbacks(message, &letter.fallbacks);
                let invoices: Vec<&str> =
                    facts.input.claims().iter().map(|c| c.claim.invoice_number.as_str()).collect();
                let attachment = format!("{}.pdf", invoices.join("_"));
                let built = email::build(&email::Email {
                    from: &self.transports.mail_from,
                    reply_to: None,
                    to: &address,
                    rendered: &rendered,
                    pdf: Some(&pdf),
                    attachment_name: &attachment,
                    key: &message.key,
                    date: std::time::SystemTime::from(now),
                });
                let (mail, bytes) = match built {
                    Ok(b) => b,
                    Err(e) => {
                        let result = Err(SendError::Rejected(e.to_string()));
                        return self
                            .settle(message, channel, &address, "", None, result, now, summary, Some(&facts))
                            .await;
                    }
                };
                let result = email::send(smtp, mail).await;
                self.settle(
                    message,
                    channel,
                    &address,
                    "message/rfc822",
                    Some(&bytes),
                    result,
                    now,
                    summary,
                    Some(&facts),
                )
                .await
            }
            Channel::Sms => {
                let Some(provider) = &self.transports.sms else {
                    return self
                        .unconfigured(
                            message,
                            now,
                            "no SMS provider configured (--sms-endpoint or PURR_SMS_ENDPOINT)",
                            summary,
                        )
                        .await;
                };
                let source = self.template(message.creditor, &facts, step, TemplateChannel::Sms).await?;
                let rendered = messages::template::render(
                    &facts.input,
                    TemplateChannel::Sms,
                    source.as_deref(),
                    messages::i18n::Catalog::builtin(),
                )?;
                log_fallbacks(message, &rendered.fallbacks);
                let sms = Sms {
                    from: self.transports.sms_from.clone(),
                    to: address.clone(),
                    text: rendered.text.clone(),
                    reference: message.key.clone(),
                };
                match provider.send(&sms).await {
                    Ok(receipt) => {
                        let detail = receipt.provider_id.map_or_else(String::new, |id| format!("provider id {id}"));
                        self.settle(
                            message,
                            channel,
                            &address,
                            "application/json",
                            Some(&receipt.body),
                            Ok(detail),
                            now,
                            summary,
                            Some(&facts),
                        )
                        .await
                    }
                    Err(e) => {
                        let body = serde_json::to_vec(&sms).unwrap_or_default();
                        self.settle(
                            message,
                            channel,
                            &address,
                            "application/json",
                            Some(&body),
                            Err(e),
                            now,
                            summary,
                            Some(&facts),
                        )
                        .await
                    }
                }
            }
            Channel::Letter | Channel::Ebox => {
                if self.transports.print_dir.is_none() {
                    return self
                        .unconfigured(
                            message,
                            now,
                            "no print/e-box directory configured (--print-dir or PURR_PRINT_DIR)",
                            summary,
                        )
                        .await;
                }
                let (rendered, pdf) = render_pdf(store, &facts).await?;
                log_fallbacks(message, &rendered.fallbacks);
                letters.push(PendingLetter {
                    message: message.clone(),
                    channel,
                    address,
                    subject: rendered.subject.clone(),
                    lang: rendered.lang.clone(),
                    facts,
                    pdf,
                });
                Ok(())
            }
        }
    }

    /// The creditor's active template for the message, if it has one; a merged letter always
    /// uses Purr's (the creditor's templates are written for one claim).
    async fn template(
        &self,
        creditor: domain::CreditorId,
        facts: &LetterFacts,
        kind: LetterKind,
        channel: TemplateChannel,
    ) -> anyhow::Result<Option<String>> {
        if facts.input.is_merged() {
            return Ok(None);
        }
        crate::letters::creditor_template(&self.store, creditor, kind, channel, &facts.input.lang).await
    }

    /// Writes this batch's letters as one print bundle and one e-box bundle, then records them.
    async fn flush_letters(&self, letters: Vec<PendingLetter>, now: Timestamp) -> anyhow::Result<WorkSummary> {
        let mut summary = WorkSummary::default();
        let Some(dir) = &self.transports.print_dir else {
            return Ok(summary);
        };
        for (channel, kind) in [(Channel::Letter, "print"), (Channel::Ebox, "ebox")] {
            let group: Vec<&PendingLetter> = letters.iter().filter(|l| l.channel == channel).collect();
            if group.is_empty() {
                continue;
            }
            let seq = self.bundle_seq.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let batch = format!("{kind}-{}-{}-{seq}", now.strftime("%Y%m%dT%H%M%SZ"), self.owner);
            let items: Vec<messages::ebox::EboxLetter> = group
                .iter()
                .map(|l| messages::ebox::EboxLetter {
                    key: l.message.key.clone(),
                    creditor_name: l.facts.creditor.legal_name.clone(),
                    creditor_org_number: l.facts.creditor.org_number.clone(),
                    recipient_name: l.facts.debtor.name.clone(),
                    recipient_national_id: l.facts.debtor.national_id.clone(),
                    recipient_address: l.facts.input.debtor.address_lines.clone(),
                    subject: l.subject.clone(),
                    lang: l.lang.clone(),
                    pdf: l.pdf.clone(),
                })
                .collect();
            let written = messages::ebox::write_bundle(dir, &batch, &stamp_text(now), &items);
            let bundle_name = match &written {
                Ok(report) => {
                    summary.bundles.push(report.dir.display().to_string());
                    format!("bundle {}", report.dir.display())
                }
                Err(e) => format!("cannot write the bundle in {}: {e}", dir.display()),
            };
            for l in group {
                let result = match &written {
                    Ok(_) => Ok(bundle_name.clone()),
                    Err(_) => Err(SendError::Retry(bundle_name.clone())),
                };
                let mut one = WorkSummary::default();
                self.settle(
                    &l.message,
                    l.channel,
                    &l.address,
                    "application/pdf",
                    Some(&l.pdf),
                    result,
                    now,
                    &mut one,
                    None,
                )
                .await?;
                summary.add(one);
            }
        }
        Ok(summary)
    }

    /// Records an attempt's outcome and moves the message on.
    #[allow(clippy::too_many_arguments)]
    async fn settle(
        &self,
        message: &OutboxMessage,
        channel: Channel,
        address: &str,
        content_type: &str,
        content: Option<&[u8]>,
        result: Result<String, SendError>,
        now: Timestamp,
        summary: &mut WorkSummary,
        facts: Option<&LetterFacts>,
    ) -> anyhow::Result<()> {
        let code = message.channel.clone();
        let attempt = message.attempts + 1;
        let (status, detail, next) = match &result {
            Ok(detail) => (DeliveryStatus::Sent, detail.clone(), NextStep::Sent),
            Err(SendError::Config(e)) => {
                return self.unconfigured(message, now, e, summary).await;
            }
            Err(SendError::Retry(e)) if attempt >= MAX_ATTEMPTS => {
                (DeliveryStatus::Failed, format!("{e} (gave up after {attempt} attempts)"), NextStep::Failed)
            }
            Err(SendError::Retry(e)) => {
                let at = now + SignedDuration::from_secs(retry_delay(attempt));
                (DeliveryStatus::Retry, e.clone(), NextStep::RetryAt(at))
            }
            Err(SendError::Rejected(e)) => {
                let debtor_channels = match facts {
                    Some(f) => f.debtor.channels.clone(),
                    None => self
                        .store
                        .debtor(message.creditor, message.debtor)
                        .await?
                        .map(|d| d.channels)
                        .unwrap_or_default(),
                };
                let next = match next_channel(&debtor_channels, channel) {
                    Some(c) if attempt < MAX_ATTEMPTS => NextStep::Fallback(c),
                    _ => NextStep::Failed,
                };
                (DeliveryStatus::Rejected, e.clone(), next)
            }
        };
        let delivery = NewDelivery { channel, address, status, detail: &detail, content_type, content };
        self.store.record_attempt(message, &self.owner, Some(&delivery), &next).await?;
        let t = summary.tally(&code);
        match next {
            NextStep::Sent => t.sent += 1,
            NextStep::RetryAt(_) => t.retry += 1,
            NextStep::Fallback(_) => t.fallback += 1,
            NextStep::Failed => t.failed += 1,
        }
        Ok(())
    }

    async fn unconfigured(
        &self,
        message: &OutboxMessage,
        now: Timestamp,
        why: &str,
        summary: &mut WorkSummary,
    ) -> anyhow::Result<()> {
        let until = now + SignedDuration::from_secs(UNCONFIGURED_WAIT_SECS);
        self.store.defer_message(message, &self.owner, until, why).await?;
        summary.tally(&message.channel).deferred += 1;
        Ok(())
    }

    async fn give_up(
        &self,
        message: &OutboxMessage,
        channel: Channel,
        why: &str,
        summary: &mut WorkSummary,
    ) -> anyhow::Result<()> {
        let delivery = NewDelivery {
            channel,
            address: "",
            status: DeliveryStatus::Failed,
            detail: why,
            content_type: "",
            content: None,
        };
        self.store.record_attempt(message, &self.owner, Some(&delivery), &NextStep::Failed).await?;
        summary.tally(&message.channel).failed += 1;
        Ok(())
    }
}

fn stamp_text(now: Timestamp) -> String {
    store::stamp(now)
}

fn log_fallbacks(message: &OutboxMessage, fallbacks: &[String]) {
    for note in fallbacks {
        eprintln!("outbox: message {} ({}): translation fell back: {note}", message.id, message.key);
    }
}

/// The debtor's next channel after `current` in their order of preference.
pub fn next_channel(channels: &[Channel], current: Channel) -> Option<Channel> {
    match channels.iter().position(|&c| c == current) {
        Some(i) => channels.get(i + 1).copied(),
        None => channels.iter().copied().find(|&c| c != current),
    }
}

#[derive(Debug, Subcommand)]
pub enum OutboxCmd {
    /// Send what is due: render each message, hand it to its channel, record what was sent.
    #[command(
        after_help = "Examples:\n  purr outbox work --once --smtp smtp://127.0.0.1:2525 --print-dir out/print\n  \
                      PURR_SMTP_URL=smtp://relay:25 PURR_SMS_ENDPOINT=https://sms.example/v1/messages \
                      PURR_SMS_TOKEN=… purr outbox work\n  \
                      purr outbox work --smtp 'smtp://user:secret@mail.example.se:587?tls=required'\n\n\
                      Without --once the worker keeps running and looks for due messages every --interval seconds. \
                      E-mail and SMS wait for the contact window (weekdays 08–21, Saturdays 09–15, never Sundays \
                      or holidays, debtor's local time). A channel that is not configured leaves its messages \
                      waiting; nothing is dropped. A message whose key was delivered once is never sent again."
    )]
    Work(WorkArgs),
    /// List messages with their delivery state.
    #[command(
        after_help = "Examples:\n  purr outbox list\n  purr outbox list --status failed\n  purr outbox list --status retry --json"
    )]
    List(ListArgs),
}

#[derive(Debug, Args, Clone)]
pub struct TransportArgs {
    /// SMTP server for e-mail: smtp://[user:pass@]host[:port] (plain, for a relay nearby),
    /// smtp://…:587?tls=required (STARTTLS required) or smtps://…:465 (TLS).
    #[arg(long, env = "PURR_SMTP_URL", value_name = "URL")]
    pub smtp: Option<String>,
    /// Sender of e-mails.
    #[arg(long, env = "PURR_MAIL_FROM", default_value = "Purr <noreply@purr.invalid>")]
    pub mail_from: String,
    /// The SMS provider's send endpoint (HTTP POST, JSON).
    #[arg(long, env = "PURR_SMS_ENDPOINT", value_name = "URL")]
    pub sms_endpoint: Option<String>,
    /// User name for the SMS endpoint (basic auth).
    #[arg(long, env = "PURR_SMS_USER", default_value = "purr")]
    pub sms_user: String,
    /// Token (password) for the SMS endpoint.
    #[arg(long, env = "PURR_SMS_TOKEN", value_name = "T", hide_env_values = true)]
    pub sms_token: Option<String>,
    /// Sender name shown on SMS.
    #[arg(long, env = "PURR_SMS_FROM", default_value = "Purr")]
    pub sms_from: String,
    /// Directory for print and e-box bundles (one directory of PDFs plus manifest.json each).
    #[arg(long, env = "PURR_PRINT_DIR", value_name = "DIR")]
    pub print_dir: Option<PathBuf>,
    /// PEM file of certificate authorities to trust beside the built-in (Mozilla) roots, for
    /// SMTP over TLS and an https SMS endpoint.
    #[arg(long, env = "PURR_TLS_CA_FILE", value_name = "PEM")]
    pub tls_ca_file: Option<PathBuf>,
}

impl TransportArgs {
    /// The transports from flags and environment (`PURR_*`); unset ones stay off.
    pub fn transports(&self) -> anyhow::Result<Transports> {
        let roots = ExtraRoots::load(self.tls_ca_file.as_deref()).map_err(|e| anyhow!("--tls-ca-file: {e}"))?;
        self.transports_trusting(roots)
    }

    /// The transports, trusting `roots` beside the built-in ones (`tls_ca_file` is not read).
    fn transports_trusting(&self, roots: ExtraRoots) -> anyhow::Result<Transports> {
        let smtp = match &self.smtp {
            Some(url) => Some(SmtpConfig {
                roots: roots.clone(),
                ..SmtpConfig::from_url(url).map_err(|e| anyhow!("--smtp: {e}"))?
            }),
            None => None,
        };
        let sms: Option<Arc<dyn SmsProvider>> = match &self.sms_endpoint {
            Some(endpoint) => Some(Arc::new(
                HttpSmsProvider::new(HttpSmsConfig {
                    endpoint: endpoint.clone(),
                    username: self.sms_user.clone(),
                    password: self.sms_token.clone().unwrap_or_default(),
                    timeout_secs: 30,
                    roots,
                })
                .map_err(|e| anyhow!("--sms-endpoint: {e}"))?,
            )),
            None => None,
        };
        Ok(Transports {
            smtp,
            sms,
            print_dir: self.print_dir.clone(),
            mail_from: self.mail_from.clone(),
            sms_from: self.sms_from.clone(),
            portal_base_url: portal_base_url(),
        })
    }

    /// The same, read from the environment only (for `purr serve`, which has read the CA file
    /// of `PURR_TLS_CA_FILE` into `roots`).
    pub fn from_env(roots: ExtraRoots) -> anyhow::Result<Transports> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        TransportArgs {
            smtp: var("PURR_SMTP_URL"),
            mail_from: var("PURR_MAIL_FROM").unwrap_or_else(|| "Purr <noreply@purr.invalid>".into()),
            sms_endpoint: var("PURR_SMS_ENDPOINT"),
            sms_user: var("PURR_SMS_USER").unwrap_or_else(|| "purr".into()),
            sms_token: var("PURR_SMS_TOKEN"),
            sms_from: var("PURR_SMS_FROM").unwrap_or_else(|| "Purr".into()),
            print_dir: var("PURR_PRINT_DIR").map(PathBuf::from),
            tls_ca_file: None,
        }
        .transports_trusting(roots)
    }
}

#[derive(Debug, Args)]
pub struct WorkArgs {
    /// Work what is due now, print the summary and exit.
    #[arg(long)]
    pub once: bool,
    /// Seconds between passes when running continuously.
    #[arg(long, default_value_t = 30)]
    pub interval: u64,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
    /// Pretend the time is this (RFC 3339), for rehearsing quiet hours. Default: now.
    #[arg(long, value_name = "TIME", hide = true)]
    pub now: Option<Timestamp>,
    #[command(flatten)]
    pub transports: TransportArgs,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only messages in this status: queued, deferred, retry, sent or failed.
    #[arg(long)]
    pub status: Option<String>,
    /// Only this creditor's messages.
    #[arg(long)]
    pub creditor: Option<i64>,
    /// At most this many (newest first).
    #[arg(long, default_value_t = 100)]
    pub limit: i64,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// The worker as a background task of `purr serve`: one pass every `interval`.
pub fn spawn_background(store: Store, transports: Transports, interval: std::time::Duration) {
    tokio::spawn(async move {
        let worker = match Worker::new(store, transports).await {
            Ok(w) => w,
            Err(e) => {
                eprintln!("outbox worker did not start: {e:#}");
                return;
            }
        };
        loop {
            match worker.run_pass(Timestamp::now()).await {
                Ok(summary) => {
                    let t = summary.total();
                    if t != ChannelTally::default() {
                        eprintln!(
                            "outbox: sent {}, deferred {}, retry {}, next channel {}, failed {}",
                            t.sent, t.deferred, t.retry, t.fallback, t.failed
                        );
                    }
                }
                Err(e) => eprintln!("outbox: {e:#}"),
            }
            tokio::time::sleep(interval).await;
        }
    });
}

fn print_summary(summary: &WorkSummary) {
    println!(
        "{:<8} {:>6} {:>9} {:>6} {:>9} {:>7} {:>13}",
        "channel", "sent", "deferred", "retry", "fallback", "failed", "already sent"
    );
    for (channel, t) in &summary.channels {
        println!(
            "{:<8} {:>6} {:>9} {:>6} {:>9} {:>7} {:>13}",
            channel, t.sent, t.deferred, t.retry, t.fallback, t.failed, t.already_sent
        );
    }
    if summary.channels.is_empty() {
        println!("(nothing was due)");
    }
    for b in &summary.bundles {
        println!("bundle: {b}");
    }
}

pub fn run(cmd: OutboxCmd, db: &DbArgs) -> anyhow::Result<ExitCode> {
    crate::db::block_on(async {
        let store = db.open().await?;
        match cmd {
            OutboxCmd::Work(args) => {
                let worker = Worker::new(store, args.transports.transports()?).await?;
                if args.once {
                    let summary = worker.run_pass(args.now.unwrap_or_else(Timestamp::now)).await?;
                    if args.json {
                        println!("{}", serde_json::to_string_pretty(&summary)?);
                    } else {
                        print_summary(&summary);
                    }
                    return Ok(ExitCode::SUCCESS);
                }
                println!("The outbox worker is running (every {} s; Ctrl-C stops it).", args.interval);
                loop {
                    let summary = worker.run_pass(Timestamp::now()).await?;
                    if summary.total() != ChannelTally::default() {
                        print_summary(&summary);
                    }
                    tokio::select! {
                        _ = tokio::time::sleep(std::time::Duration::from_secs(args.interval.max(1))) => {}
                        _ = tokio::signal::ctrl_c() => return Ok(ExitCode::SUCCESS),
                    }
                }
            }
            OutboxCmd::List(args) => {
                let filter = OutboxFilter {
                    creditor: args.creditor.map(domain::CreditorId),
                    status: args.status.clone(),
                    limit: args.limit,
                };
                let list = store.outbox_messages(&filter).await?;
                if args.json {
                    let rows: Vec<serde_json::Value> = list
                        .iter()
                        .map(|m| {
                            serde_json::json!({
                                "creditor": m.creditor.0, "id": m.id, "claim": m.claim.map(|c| c.0),
                                "debtor": m.debtor.0, "step": m.step, "queued_channel": m.queued_channel,
                                "channel": m.channel, "language": m.language, "key": m.key, "status": m.status,
                                "attempts": m.attempts, "next_attempt_at": m.next_attempt_at,
                                "last_error": m.last_error, "created_at": m.created_at,
                            })
                        })
                        .collect();
                    println!("{}", serde_json::to_string_pretty(&rows)?);
                } else {
                    println!(
                        "{:>4} {:>7} {:<18} {:<7} {:<9} {:>3} {:<20} note",
                        "cred", "id", "step", "channel", "status", "try", "next attempt"
                    );
                    for m in &list {
                        println!(
                            "{:>4} {:>7} {:<18} {:<7} {:<9} {:>3} {:<20} {}",
                            m.creditor.0,
                            m.id,
                            m.step,
                            m.channel,
                            m.status,
                            m.attempts,
                            m.next_attempt_at.as_deref().unwrap_or("-"),
                            m.last_error.as_deref().unwrap_or("")
                        );
                    }
                    if list.is_empty() {
                        println!("(no messages)");
                    }
                }
                Ok(ExitCode::SUCCESS)
            }
        }
    })
}
