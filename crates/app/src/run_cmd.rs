//! `purr run`: the daily dunning run.
//!
//! Time enters here once (`--date`, default today). Then, batch by batch: the store streams open
//! claims with their facts (prefetch), `domain::dunning::decide` decides each one (pure), and the
//! store books the batch's steps in one transaction (apply); the three overlap across batches
//! (see `run_date_timed`). Re-running a date books nothing new, because a claim that had a step
//! today gets nothing, and a step already booked is skipped.
//!
//! Case merging: where it applies (`domain::dunning::merge_letters`: Norwegian creditors always,
//! Swedish ones by choice), the day's steps for one (debtor, step kind, channel) become one
//! letter naming every claim: the store queues it in the batch after which the debtor has no
//! claims left, and `Store::queue_merged_letters`, after the last batch, queues those it could
//! not close earlier. Fees, interest, steps and states stay per claim. `messages_queued` and
//! `messages_planned` count letters, so a merged letter counts once.

use crate::db::{DbArgs, block_on};
use clap::Args;
use domain::dunning::{
    Decision, Experiment, LadderSource, Ladders, SegmentRules, Strategies, Strategy, decide, merge_letters,
};
use domain::law::LawTables;
use domain::money::format_minor;
use domain::{ClaimId, CreditorId};
use domain::{DebtorId, DebtorKind};
use jiff::civil::Date;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::process::ExitCode;
use std::time::{Duration, Instant};
use store::{AppliedBatch, StepToApply, Store};

#[derive(Debug, Args)]
#[command(after_help = "Examples:\n  purr run\n  purr run --date 2026-03-02 --dry-run\n  purr run --json")]
pub struct RunArgs {
    /// The business date to run for (YYYY-MM-DD); default today.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<Date>,
    /// Decide and report, but book nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
    /// Claims per batch (one transaction each).
    #[arg(long, default_value_t = 5_000, value_name = "N")]
    pub batch: i64,
}

/// Fees of one kind: how many and how much, per currency.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct FeeTally {
    pub count: u64,
    pub amount_minor: i64,
}

/// What one run did (or, with `--dry-run`, would do).
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct RunSummary {
    pub date: String,
    pub dry_run: bool,
    pub claims_seen: u64,
    pub batches: u64,
    /// Steps decided, per step kind.
    pub steps_taken: BTreeMap<String, u64>,
    /// Claims with no step today, per reason rule id.
    pub no_step: BTreeMap<String, u64>,
    /// Charged fees per "fee_kind currency".
    pub fees_charged: BTreeMap<String, FeeTally>,
    /// Fees asked for but not allowed, per "fee_kind: rule id" of the law's deciding reason.
    pub fees_waived: BTreeMap<String, u64>,
    /// Interest booked with steps, per currency.
    pub interest_minor: BTreeMap<String, i64>,
    /// Ledger entries and messages the decisions call for (a merged letter is one message).
    pub entries_planned: u64,
    pub messages_planned: u64,
    /// What was written (0 in a dry run, and for steps booked by an earlier run). Messages
    /// count each merged letter once.
    pub entries_created: u64,
    pub messages_queued: u64,
    pub steps_already_booked: u64,
    /// Debtors' segments recomputed before the ladder (absent in a dry run, which uses the
    /// stored ones).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub segments: Option<store::SegmentsRecomputed>,
    /// Creditors' own ladders and experiment arms the law refuses today (they were checked when
    /// saved; the law or the ladder may have changed since): "creditor <id> …: <problem>".
    /// Their claims use the next ladder in line, or the ladder without the arm's changes.
    /// Absent when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ladders_refused: Vec<String>,
    /// Claims decided under an experiment's arm, per "experiment/arm". Absent when none.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub experiment_arms: BTreeMap<String, u64>,
    /// The case flows booked before the ladder (reviews of held claims, fee reversals); absent
    /// in a dry run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub flows: Option<crate::daily_flows::FlowsSummary>,
}

/// Wall time spent in each phase of a run (`purr bench run` prints them). The phases overlap (a
/// page is read while the one before is decided and the one before that is booked), so each
/// counts only the time the run waited for it: the three add up to about the run's wall time.
#[derive(Debug, Clone, Copy, Default)]
pub struct Phases {
    /// Recomputing the debtors' segments.
    pub segments: Duration,
    /// Waiting for the next page of claims with their facts.
    pub prefetch: Duration,
    /// Deciding a page (and counting its decisions into the summary), and preparing its booking.
    pub decide: Duration,
    /// Waiting for the page before to be booked.
    pub apply: Duration,
}

/// Runs the dunning engine for one date over every open claim.
pub async fn run_date(
    store: &Store,
    tables: &LawTables,
    strategies: &Strategies,
    date: Date,
    dry_run: bool,
    batch: i64,
    progress: impl FnMut(u64),
) -> anyhow::Result<RunSummary> {
    run_date_timed(store, tables, strategies, date, dry_run, batch, progress, &mut Phases::default()).await
}

/// `run_date`, adding the time spent in each phase to `phases`.
#[allow(clippy::too_many_arguments)]
pub async fn run_date_timed(
    store: &Store,
    tables: &LawTables,
    strategies: &Strategies,
    date: Date,
    dry_run: bool,
    batch: i64,
    mut progress: impl FnMut(u64),
    phases: &mut Phases,
) -> anyhow::Result<RunSummary> {
    let mut summary = RunSummary { date: date.to_string(), dry_run, ..RunSummary::default() };
    if !dry_run {
        // Segments first: they pick the ladder.
        let started = Instant::now();
        summary.segments = Some(store.recompute_segments(date, &SegmentRules::builtin()).await?);
        phases.segments += started.elapsed();
    }
    let mut plans: HashMap<i64, CreditorPlan> = HashMap::new();
    // Three stages overlap: page N+2 is read on its own connection while page N+1 is decided and
    // page N is booked. Pages are disjoint ranges of claims and booking a page writes only rows
    // of its own claims, so what is read is what a strictly sequential run would read; batches
    // are still booked one at a time, in order, one transaction each.
    let fetch = |after: Option<(CreditorId, ClaimId)>| {
        let store = store.clone();
        tokio::spawn(async move { store.cases_due(date, after, batch).await })
    };
    let mut pending = fetch(None);
    let mut booking: Option<tokio::task::JoinHandle<store::Result<(AppliedBatch, u64)>>> = None;
    // The merged letters the decisions call for: one per (creditor, debtor, step, channel).
    let mut letters: HashSet<LetterKey> = HashSet::new();
    loop {
        let started = Instant::now();
        let cases = pending.await??;
        phases.prefetch += started.elapsed();
        let Some(last) = cases.last() else { break };
        pending = fetch(Some((last.creditor, last.claim)));
        summary.batches += 1;
        // Each creditor's ladders once per run; the debtors' segments only where a creditor has
        // ladders of its own (else the segment cannot change the ladder).
        let started = Instant::now();
        for facts in &cases {
            if let std::collections::hash_map::Entry::Vacant(slot) = plans.entry(facts.creditor.0) {
                let (plan, refused) = creditor_plan(store, facts.creditor, strategies, tables).await?;
                summary.ladders_refused.extend(refused);
                slot.insert(plan);
            }
        }
        let segments = if cases.iter().any(|c| plans[&c.creditor.0].ladders.has_own()) {
            store.page_segments(&cases).await?
        } else {
            HashMap::new()
        };
        phases.prefetch += started.elapsed();
        let started = Instant::now();
        let mut decisions = Vec::with_capacity(cases.len());
        for facts in &cases {
            let segment = segments.get(&(facts.creditor.0, facts.debtor.0)).map(String::as_str);
            let plan = &plans[&facts.creditor.0];
            let Some((ladder, source)) = plan.ladders.pick(facts.debtor_kind, segment) else {
                anyhow::bail!("no strategy for {} {} claims", facts.jurisdiction, facts.debtor_kind.code())
            };
            let key = if source == LadderSource::Segment { segment.unwrap_or("") } else { "" };
            let strategy = match plan.variant(facts.debtor_kind, key, facts.debtor) {
                Some((label, varied)) => {
                    *summary.experiment_arms.entry(label).or_default() += 1;
                    varied
                }
                None => ladder,
            };
            let decision = decide(facts, strategy, tables, date);
            tally(&mut summary, &decision);
            if let Some(step) = decision.step()
                && plan.merge
                && !letters.insert(letter_key(facts, step))
            {
                // Another claim's step of the day already called for this letter.
                summary.messages_planned -= 1;
            }
            decisions.push(decision);
        }
        let merge: Vec<bool> = cases.iter().map(|f| plans[&f.creditor.0].merge).collect();
        // What booking needs no database for (entries, keys, payloads) is worked out here, while
        // the batch before is still being written (an error waits until that batch is booked).
        let prepared = (!dry_run).then(|| store::prepare_dunning(&steps_to_apply(&cases, &decisions, &merge)));
        phases.decide += started.elapsed();
        let seen = cases.len() as u64;
        let started = Instant::now();
        if let Some(previous) = booking.take() {
            book_report(&mut summary, previous.await??, &mut progress);
        }
        phases.apply += started.elapsed();
        let Some(prepared) = prepared else {
            progress(seen);
            continue;
        };
        let prepared = prepared?;
        let store = store.clone();
        booking = Some(tokio::spawn(async move {
            let to_apply = steps_to_apply(&cases, &decisions, &merge);
            Ok((store.apply_prepared(&to_apply, prepared).await?, seen))
        }));
    }
    let started = Instant::now();
    if let Some(previous) = booking.take() {
        book_report(&mut summary, previous.await??, &mut progress);
    }
    if !dry_run {
        // Every batch is booked: the merged letters still drafted are whole now (also those a
        // killed run left).
        summary.messages_queued += store.queue_merged_letters().await?;
    }
    phases.apply += started.elapsed();
    Ok(summary)
}

/// The steps a page's decisions call for, with whether each goes into a merged letter.
fn steps_to_apply<'a>(
    cases: &'a [domain::dunning::CaseFacts],
    decisions: &'a [Decision],
    merge: &[bool],
) -> Vec<StepToApply<'a>> {
    cases
        .iter()
        .zip(decisions)
        .zip(merge)
        .filter_map(|((facts, decision), &merge)| decision.step().map(|step| StepToApply { facts, step, merge }))
        .collect()
}

/// What makes two steps of one day share a merged letter (the creditor merges): the same
/// creditor, debtor, step kind and channel, as the store keys the letter (`store::merge_key`).
type LetterKey = (i64, i64, domain::dunning::StepKind, domain::Channel);

fn letter_key(facts: &domain::dunning::CaseFacts, step: &domain::dunning::TakeStep) -> LetterKey {
    (facts.creditor.0, facts.debtor.0, step.kind, step.message.channel)
}

/// Counts one decision into the summary.
fn tally(summary: &mut RunSummary, decision: &Decision) {
    summary.claims_seen += 1;
    match decision {
        Decision::Nothing { reason } => *summary.no_step.entry(reason.rule_id().to_string()).or_default() += 1,
        Decision::TakeStep(step) => {
            *summary.steps_taken.entry(step.kind.code().to_string()).or_default() += 1;
            for fee in &step.fees {
                if fee.charged {
                    let tally = summary
                        .fees_charged
                        .entry(format!("{} {}", fee.kind.code(), fee.amount.currency().code()))
                        .or_default();
                    tally.count += 1;
                    tally.amount_minor += fee.amount.minor();
                } else {
                    // The law's last reason is the one that decided the waiver.
                    let rule = fee.reasons.last().map_or("unknown", |r| r.rule_id());
                    *summary.fees_waived.entry(format!("{}: {rule}", fee.kind.code())).or_default() += 1;
                }
            }
            if let Some(interest) = &step.interest {
                *summary.interest_minor.entry(interest.amount.currency().code().to_string()).or_default() +=
                    interest.amount.minor();
            }
            summary.entries_planned += step.entry_count() as u64;
            summary.messages_planned += 1;
        }
    }
}

/// Adds what booking one batch did to the summary and reports its claims as done.
fn book_report(summary: &mut RunSummary, (applied, seen): (AppliedBatch, u64), progress: &mut impl FnMut(u64)) {
    summary.entries_created += applied.entries_created;
    summary.messages_queued += applied.messages_queued;
    summary.steps_already_booked += applied.steps_existing;
    progress(seen);
}

/// An active experiment with its arms applied to the ladder of its key (`None`: the arm is
/// refused today, and its debtors get the ladder unchanged).
struct Running {
    experiment: Experiment,
    varied: Vec<Option<Strategy>>,
}

/// What the run needs of one creditor: its ladders, its running experiments and whether its
/// steps of a day go out as one letter per debtor.
struct CreditorPlan {
    ladders: Ladders,
    experiments: Vec<Running>,
    merge: bool,
}

impl CreditorPlan {
    /// The debtor's arm of the experiment on the ladder of (kind, segment key), if one runs:
    /// "experiment/arm" and the varied ladder.
    fn variant(&self, kind: DebtorKind, key: &str, debtor: DebtorId) -> Option<(String, &Strategy)> {
        let run = self.experiments.iter().find(|r| r.experiment.debtor == kind && r.experiment.segment == key)?;
        let arm = domain::dunning::assign(&run.experiment.name, debtor, &run.experiment.arms)?;
        let varied = run.varied[arm].as_ref()?;
        Some((format!("{}/{}", run.experiment.name, run.experiment.arms[arm].name), varied))
    }
}

/// A creditor's ladders and running experiments, checked against the law in force.
async fn creditor_plan(
    store: &Store,
    creditor: CreditorId,
    defaults: &Strategies,
    tables: &LawTables,
) -> anyhow::Result<(CreditorPlan, Vec<String>)> {
    let (ladders, mut refused) = creditor_ladders(store, creditor, defaults, tables).await?;
    let jurisdiction = store.creditor(creditor).await?.jurisdiction;
    let merge = merge_letters(jurisdiction, store.case_policy(creditor).await?.merge_letters).merge;
    let mut experiments = Vec::new();
    for stored in store.experiments(creditor).await?.into_iter().filter(|e| e.active) {
        let e = stored.experiment;
        // The ladder the experiment varies must still be the one of its key: the creditor's
        // own for a segment, or the one for every segment.
        let Some(ladder) = ladders.for_key(e.debtor, &e.segment) else {
            refused.push(format!("creditor {} experiment {}: its ladder is gone", creditor.0, e.name));
            continue;
        };
        let varied = e
            .arms
            .iter()
            .map(|arm| match arm.apply(ladder, jurisdiction, tables) {
                Ok(s) => Some(s),
                Err(problems) => {
                    let p: Vec<String> = problems.iter().map(ToString::to_string).collect();
                    refused.push(format!("creditor {} experiment {}: {}", creditor.0, e.name, p.join("; ")));
                    None
                }
            })
            .collect();
        experiments.push(Running { experiment: e, varied });
    }
    Ok((CreditorPlan { ladders, experiments, merge }, refused))
}

/// A creditor's effective ladders: its own that the law accepts today, then Purr's defaults.
/// Refused ones are reported, not used.
pub async fn creditor_ladders(
    store: &Store,
    creditor: CreditorId,
    defaults: &Strategies,
    tables: &LawTables,
) -> anyhow::Result<(Ladders, Vec<String>)> {
    let jurisdiction = store.creditor(creditor).await?.jurisdiction;
    let mut own = Vec::new();
    let mut refused = Vec::new();
    for stored in store.creditor_strategies(creditor).await? {
        match stored.strategy.validate(jurisdiction, tables) {
            Ok(()) => own.push((stored.debtor, stored.segment, stored.strategy)),
            Err(e) => refused.push(format!(
                "creditor {} {}/{}: {e}",
                creditor.0,
                stored.debtor.code(),
                crate::http_strategies::segment_label(&stored.segment)
            )),
        }
    }
    Ok((Ladders::new(jurisdiction, own, defaults.clone()), refused))
}

fn print_summary(s: &RunSummary) {
    let title = if s.dry_run { "Dunning run (dry run: nothing booked)" } else { "Dunning run" };
    println!("{title} for {}", s.date);
    let row = |label: &str, value: String| println!("  {label:<44} {value:>14}");
    if let Some(seg) = &s.segments {
        row("debtors segmented (changed)", format!("{} ({})", seg.debtors_seen, seg.changed));
    }
    row("claims seen", s.claims_seen.to_string());
    println!("  steps taken");
    if s.steps_taken.is_empty() {
        row("  (none)", String::new());
    }
    for (kind, n) in &s.steps_taken {
        row(&format!("  {kind}"), n.to_string());
    }
    println!("  fees charged");
    if s.fees_charged.is_empty() {
        row("  (none)", String::new());
    }
    for (kind, tally) in &s.fees_charged {
        row(&format!("  {kind} ({} ×)", tally.count), format_minor(tally.amount_minor));
    }
    println!("  fees waived (the law's reason)");
    if s.fees_waived.is_empty() {
        row("  (none)", String::new());
    }
    for (kind, n) in &s.fees_waived {
        row(&format!("  {kind}"), n.to_string());
    }
    for (currency, minor) in &s.interest_minor {
        row(&format!("interest booked {currency}"), format_minor(*minor));
    }
    println!("  no step today");
    for (rule, n) in &s.no_step {
        row(&format!("  {rule}"), n.to_string());
    }
    if let Some(flows) = &s.flows {
        println!("  case flows (before the ladder)");
        for (event, n) in &flows.events {
            row(&format!("  {event}"), n.to_string());
        }
        row("  fees reversed (payments in flight)", flows.fees_reversed.to_string());
    }
    for refused in &s.ladders_refused {
        println!("  ladder refused (its claims used the next in line): {refused}");
    }
    for (arm, n) in &s.experiment_arms {
        row(&format!("claims under experiment arm {arm}"), n.to_string());
    }
    row("ledger entries created", s.entries_created.to_string());
    row("messages queued", s.messages_queued.to_string());
    if s.steps_already_booked > 0 {
        row("steps already booked by an earlier run", s.steps_already_booked.to_string());
    }
    if s.dry_run {
        row("entries a real run would create", s.entries_planned.to_string());
        row("messages a real run would queue", s.messages_planned.to_string());
    }
}

pub fn run(args: RunArgs, db: &DbArgs) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(args.batch > 0, "--batch must be at least 1");
    let date = args.date.unwrap_or_else(crate::today);
    let tables = crate::rates_cmd::tables_for_law(db)?;
    let strategies = Strategies::builtin();
    for strategy in strategies.all() {
        strategy
            .validate(strategy.jurisdiction, &tables)
            .map_err(|e| anyhow::anyhow!("the strategy {} is refused: {e}", strategy.name))?;
    }
    block_on(async {
        let store = db.open().await?;
        let total: i64 = store
            .claim_counts(None)
            .await?
            .into_iter()
            .filter(|(state, _)| state.in_collection())
            .map(|(_, n)| n)
            .sum();
        // Holds that ended and fees a payment in flight made unnecessary come first, so the
        // ladder sees today's states.
        let flows = if args.dry_run { None } else { Some(crate::daily_flows::daily_flows(&store, date).await?) };
        let bar = crate::progress::count(total.max(0) as u64, "claims");
        let summary = run_date(&store, &tables, &strategies, date, args.dry_run, args.batch, |n| bar.inc(n)).await;
        bar.finish_and_clear();
        let summary = RunSummary { flows, ..summary? };
        if args.json {
            println!("{}", serde_json::to_string_pretty(&summary)?);
        } else {
            print_summary(&summary);
        }
        store.close().await;
        Ok(ExitCode::SUCCESS)
    })
}
