//! The simulated world: two creditors, synthetic debtors with a behaviour each, and the day loop
//! that lets them act through the real paths before the real daily run.
//!
//! Every draw comes from [`Rng`] seeded by the caller, and every write happens in a fixed order
//! (debtor by debtor, claim by claim), so the same seed gives the same book, id for id.

use super::Rng;
use crate::daily_flows::daily_flows;
use crate::run_cmd::run_date;
use domain::dunning::flows::{FlowRequest, Hold};
use domain::dunning::{CaseFacts, StepKind, Strategies, flows};
use domain::law::LawTables;
use domain::matching::IncomingPayment;
use domain::{
    AllocationOrder, Channel, ClaimId, ClaimInput, ClaimState, Creditor, Currency, DebtorInput, DebtorKind,
    Jurisdiction, Language, Money, PostalAddress,
};
use jiff::ToSpan;
use jiff::civil::Date;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use store::{ActionResult, CaseAction, ClaimFilter, PaymentFile, PaymentLine, Store};

/// How a debtor behaves towards every claim it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Behaviour {
    /// Pays in full on or a little before the due date.
    OnTime,
    /// Pays in full after the `after`-th letter of the ladder; `in_flight` pays what was owed
    /// the day before that letter went out, dated that day, so the payment was in flight.
    Late { after: usize, in_flight: bool },
    /// Pays `percent` % of the principal after the first letter, then nothing more.
    Part { percent: i64 },
    /// Promises to pay after the first letter, and keeps the promise or not.
    Promise { keeps: bool },
    /// Asks for a payment plan after the first letter and pays its instalments, or misses the second.
    Plan { misses: bool },
    /// Postpones after the first letter and pays a few days after the postponement ended.
    Postpone,
    /// Disputes after the first letter; the creditor upholds or rejects after `after_days`.
    Dispute { upheld: bool, after_days: i64 },
    /// Never pays.
    Never,
}

impl Behaviour {
    pub fn code(self) -> &'static str {
        match self {
            Behaviour::OnTime => "pays_on_time",
            Behaviour::Late { in_flight: false, .. } => "pays_late",
            Behaviour::Late { in_flight: true, .. } => "pays_late_in_flight",
            Behaviour::Part { .. } => "pays_part",
            Behaviour::Promise { keeps: true } => "promise_kept",
            Behaviour::Promise { keeps: false } => "promise_broken",
            Behaviour::Plan { misses: false } => "plan_kept",
            Behaviour::Plan { misses: true } => "plan_missed",
            Behaviour::Postpone => "postpones",
            Behaviour::Dispute { upheld: true, .. } => "dispute_upheld",
            Behaviour::Dispute { upheld: false, .. } => "dispute_rejected",
            Behaviour::Never => "never_pays",
        }
    }

    fn draw(rng: &mut Rng) -> Behaviour {
        match rng.below(100) {
            0..=19 => Behaviour::OnTime,
            20..=34 => Behaviour::Late { after: 1 + rng.below(2) as usize, in_flight: rng.below(3) == 0 },
            35..=42 => Behaviour::Part { percent: 20 + rng.below(60) as i64 },
            43..=52 => Behaviour::Promise { keeps: rng.below(2) == 0 },
            53..=62 => Behaviour::Plan { misses: rng.below(2) == 0 },
            63..=67 => Behaviour::Postpone,
            68..=77 => Behaviour::Dispute { upheld: rng.below(2) == 0, after_days: 5 + rng.below(20) as i64 },
            _ => Behaviour::Never,
        }
    }
}

/// The world's configuration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SimConfig {
    pub seed: u64,
    pub debtors: usize,
    pub days: u32,
    pub start: Date,
}

/// What the world did, for the summary (the auditor's findings come separately).
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct WorldReport {
    pub claims_created: u64,
    /// Debtors per behaviour.
    pub behaviours: BTreeMap<String, u64>,
    pub payments_sent: u64,
    /// Payments the matcher did not book (they wait for a person).
    pub payments_unmatched: u64,
    /// Case actions booked, per action.
    pub actions_booked: BTreeMap<String, u64>,
    /// Case actions refused, per "action: refusal code".
    pub actions_refused: BTreeMap<String, u64>,
    /// Review events of the daily flows, per kind.
    pub flow_events: BTreeMap<String, u64>,
    pub fees_reversed: u64,
    /// Dunning steps taken, per kind.
    pub steps_taken: BTreeMap<String, u64>,
    pub entries_created: u64,
    pub messages_queued: u64,
}

/// One claim as the world remembers it.
#[derive(Debug, Clone)]
struct SimClaim {
    creditor: usize,
    invoice: String,
    id: Option<ClaimId>,
    reference: String,
    /// The day the claim comes into existence (its issue date for claims made during the run).
    created: Date,
    input: ClaimInput,
    /// The one-off action (promise, plan, postponement, dispute, part payment) was taken.
    acted: bool,
    /// The day to pay in full.
    pay_on: Option<Date>,
    /// The day the creditor resolves a dispute.
    resolve_on: Option<Date>,
    paid: bool,
}

struct SimDebtor {
    behaviour: Behaviour,
    claims: Vec<SimClaim>,
}

/// An action the world takes today, in order.
enum Act {
    Pay { creditor: usize, claim: ClaimId, reference: String, amount: Money, dated: Date },
    Case { creditor: usize, claim: ClaimId, actor: &'static str, request: FlowRequest, tag: &'static str },
}

fn new_creditors() -> [store::NewCreditor; 2] {
    let [mut se, mut no] = crate::demo::demo_creditors();
    se.legal_name = "Solvik Energi AB (simulation)".into();
    no.legal_name = "Fjordkraft Simulering AS".into();
    // One creditor of each allocation order, so both are exercised.
    se.allocation_order = AllocationOrder::CostsInterestPrincipal;
    no.allocation_order = AllocationOrder::PrincipalFirst;
    [se, no]
}

fn debtor_input(rng: &mut Rng, n: usize, jurisdiction: Jurisdiction, kind: DebtorKind) -> DebtorInput {
    let se = jurisdiction == Jurisdiction::SE;
    let channels = match rng.below(4) {
        0 => vec![Channel::Letter],
        1 => vec![Channel::Email, Channel::Letter],
        2 => vec![Channel::Ebox, Channel::Email, Channel::Letter],
        _ => vec![Channel::Sms, Channel::Email, Channel::Letter],
    };
    let name = match kind {
        DebtorKind::Business => format!("Simulerat Företag {n} {}", if se { "AB" } else { "AS" }),
        DebtorKind::Consumer => format!("Sim Debtor {n}"),
    };
    DebtorInput {
        external_id: format!("SIM-{n:06}"),
        kind,
        name,
        national_id: None,
        address: PostalAddress {
            street: format!("Simgatan {}", 1 + n % 97),
            postal_code: if se { "114 55".into() } else { "0150".into() },
            city: if se { "Stockholm".into() } else { "Oslo".into() },
            country: jurisdiction.code().into(),
        },
        email: Some(format!("debtor{n}@example.{}", if se { "se" } else { "no" })),
        phone: None,
        language: Language::parse(if se { "sv" } else { "nb" }).expect("language"),
        channels,
    }
}

fn principal(rng: &mut Rng, kind: DebtorKind, currency: Currency) -> Money {
    let units = match kind {
        DebtorKind::Consumer => 300 + rng.below(5_700) as i64,
        DebtorKind::Business => 2_000 + rng.below(38_000) as i64,
    };
    Money::from_minor(units * 100 + [0, 50, 90][rng.below(3) as usize], currency)
}

fn plus(date: Date, days: i64) -> Date {
    date.checked_add(days.days()).unwrap_or(date)
}

/// The letters of the ladder a claim has had (a pre-due notice does not count).
fn letters(facts: &CaseFacts) -> Vec<Date> {
    facts.sent.iter().filter(|s| s.kind != StepKind::PreDueNotice).map(|s| s.sent_on).collect()
}

/// Builds the world and runs it day by day. `progress` is called once per simulated day.
pub async fn run_world(
    store: &Store,
    tables: &LawTables,
    cfg: &SimConfig,
    mut progress: impl FnMut(u64),
) -> anyhow::Result<WorldReport> {
    let strategies = Strategies::builtin();
    let mut report = WorldReport::default();
    let mut rng = Rng::new(cfg.seed);
    let mut creditors: Vec<Creditor> = Vec::new();
    for new in new_creditors() {
        creditors.push(store.create_creditor(&new).await?);
    }
    let mut invoice_no = [100_000u64, 100_000u64];
    let mut debtors: Vec<SimDebtor> = Vec::with_capacity(cfg.debtors);
    let last_new_claim_day = i64::from(cfg.days) * 2 / 3;
    for n in 0..cfg.debtors {
        let c = n % 2;
        let creditor = &creditors[c];
        let j = creditor.jurisdiction;
        let currency = if j == Jurisdiction::SE { Currency::SEK } else { Currency::NOK };
        let kind = if rng.below(5) == 0 { DebtorKind::Business } else { DebtorKind::Consumer };
        let behaviour = Behaviour::draw(&mut rng);
        *report.behaviours.entry(behaviour.code().to_string()).or_default() += 1;
        let debtor = debtor_input(&mut rng, n, j, kind);
        let mut claims = Vec::new();
        // The first claim is due around the start; some debtors get another one during the run.
        let mut plan = vec![(cfg.start, plus(cfg.start, rng.below(35) as i64 - 10))];
        // Some debtors have two invoices of one billing run, due the same day: their steps fall on
        // the same days, so the letters of a creditor that merges them are one.
        if rng.below(6) == 0 {
            plan.push((cfg.start, plan[0].1));
        }
        if rng.below(4) == 0 && last_new_claim_day > 0 {
            let day = plus(cfg.start, 1 + rng.below(last_new_claim_day as u64) as i64);
            plan.push((day, plus(day, 20)));
        }
        for (created, due) in plan {
            invoice_no[c] += 1;
            let invoice = invoice_no[c].to_string();
            let reference = crate::claims_cmd::default_reference(creditor.reference_scheme, &invoice)
                .ok_or_else(|| anyhow::anyhow!("no reference for invoice {invoice}"))?;
            let issue = if created > cfg.start { created } else { plus(due, -30) };
            let input = ClaimInput {
                invoice_number: invoice.clone(),
                debtor: debtor.clone(),
                issue_date: issue,
                due_date: due,
                due_date_agreed: true,
                principal: principal(&mut rng, kind, currency),
                payment_reference: Some(reference.clone()),
                contract_rate_percent: None,
            };
            let pay_on = match behaviour {
                Behaviour::OnTime => Some(plus(due, -(rng.below(4) as i64))),
                _ => None,
            };
            claims.push(SimClaim {
                creditor: c,
                invoice,
                id: None,
                reference,
                created,
                input,
                acted: false,
                pay_on,
                resolve_on: None,
                paid: false,
            });
        }
        debtors.push(SimDebtor { behaviour, claims });
    }

    // The claims that exist at the start, imported in one go per creditor.
    for (c, creditor) in creditors.iter().enumerate() {
        let inputs: Vec<ClaimInput> = debtors
            .iter()
            .flat_map(|d| d.claims.iter())
            .filter(|k| k.creditor == c && k.created <= cfg.start)
            .map(|k| k.input.clone())
            .collect();
        if inputs.is_empty() {
            continue;
        }
        let imported = store.import_claims(creditor.id, &inputs, &mut |_| {}).await?;
        anyhow::ensure!(imported.created == inputs.len(), "the simulation's claims were not all created");
        report.claims_created += imported.created as u64;
        let mut ids: BTreeMap<String, ClaimId> = BTreeMap::new();
        let mut after = None;
        loop {
            let page = store
                .claims(&ClaimFilter { creditor: Some(creditor.id), after, limit: 10_000, ..Default::default() })
                .await?;
            let Some(last) = page.last() else { break };
            after = Some((creditor.id, last.claim.id));
            ids.extend(page.into_iter().map(|v| (v.claim.invoice_number, v.claim.id)));
        }
        for k in debtors.iter_mut().flat_map(|d| d.claims.iter_mut()).filter(|k| k.creditor == c) {
            k.id = ids.get(&k.invoice).copied();
        }
    }

    for day in 0..cfg.days {
        let today = plus(cfg.start, i64::from(day));
        // New claims of the day.
        for k in debtors.iter_mut().flat_map(|d| d.claims.iter_mut()) {
            if k.id.is_none() && k.created == today {
                let creditor = &creditors[k.creditor];
                let view = match store.create_claim(creditor.id, &k.input).await? {
                    store::CreateOutcome::Created(v) => v,
                    other => anyhow::bail!("the simulated claim {} was not created: {other:?}", k.invoice),
                };
                k.id = Some(view.claim.id);
                report.claims_created += 1;
            }
        }
        // What the debtors see this morning: every claim in collection with its facts.
        let mut facts: BTreeMap<(i64, i64), CaseFacts> = BTreeMap::new();
        let mut after = None;
        loop {
            let page = store.cases_due(today, after, 5_000).await?;
            let Some(last) = page.last() else { break };
            after = Some((last.creditor, last.claim));
            facts.extend(page.into_iter().map(|f| ((f.creditor.0, f.claim.0), f)));
        }
        let mut acts = Vec::new();
        for debtor in &mut debtors {
            for k in &mut debtor.claims {
                let Some(id) = k.id else { continue };
                let Some(f) = facts.get(&(creditors[k.creditor].id.0, id.0)) else { continue };
                decide_acts(debtor.behaviour, k, id, f, today, store, &creditors, &mut acts).await?;
            }
        }
        // Case actions first, in order; payments go in one bank file per creditor.
        let mut files: [Vec<PaymentLine>; 2] = [Vec::new(), Vec::new()];
        for act in acts {
            match act {
                Act::Case { creditor, claim, actor, request, tag } => {
                    let key = format!("sim:{}:{}:{today}", claim.0, request.action());
                    let action = CaseAction { actor, key: Some(&key), request: &request, attachments: &[] };
                    let result = store
                        .case_action(creditors[creditor].id, claim, &action, |facts, policy| {
                            flows::apply(facts, &request, policy, tables, today)
                        })
                        .await?;
                    match result {
                        ActionResult::Booked { .. } | ActionResult::Exists(_) => {
                            *report.actions_booked.entry(tag.to_string()).or_default() += 1;
                        }
                        ActionResult::Refused(r) => {
                            *report.actions_refused.entry(format!("{tag}: {}", r.code())).or_default() += 1;
                        }
                        ActionResult::Conflict(_) => anyhow::bail!("the simulation reused the action key {key}"),
                    }
                }
                Act::Pay { creditor, claim, reference, amount, dated } => {
                    let lines = &mut files[creditor];
                    let n = lines.len() as i64 + 1;
                    lines.push(PaymentLine {
                        line: n,
                        kind: "payment".into(),
                        bank_ref: Some(format!("SIM-{today}-{}-{}-{n}", creditors[creditor].id.0, claim.0)),
                        amount,
                        booking_date: Some(today),
                        effective_date: dated,
                        reference: Some(reference.clone()),
                        payer_name: None,
                        message: None,
                        incoming: IncomingPayment {
                            amount,
                            reference: Some(reference),
                            references: Vec::new(),
                            text: None,
                        },
                        matchable: true,
                    });
                }
            }
        }
        for (c, lines) in files.iter().enumerate() {
            if lines.is_empty() {
                continue;
            }
            let name = format!("sim-{}-{}-{today}", cfg.seed, creditors[c].id.0);
            let file = PaymentFile {
                sha256: hex::encode(Sha256::digest(name.as_bytes())),
                format: "simulation".into(),
                file_name: Some(format!("{name}.txt")),
            };
            let imported = store.import_payments(creditors[c].id, &file, lines, &mut |_| {}).await?;
            report.payments_sent += lines.len() as u64;
            report.payments_unmatched += imported.unmatched as u64;
        }
        // The day's run, as `purr run` does it: the case flows, then the ladder.
        let flows = daily_flows(store, today).await?;
        for (event, n) in flows.events {
            *report.flow_events.entry(event).or_default() += n;
        }
        report.fees_reversed += flows.fees_reversed;
        let summary = run_date(store, tables, &strategies, today, false, 5_000, |_| {}).await?;
        for (kind, n) in summary.steps_taken {
            *report.steps_taken.entry(kind).or_default() += n;
        }
        report.entries_created += summary.entries_created;
        report.messages_queued += summary.messages_queued;
        progress(1);
    }
    Ok(report)
}

/// What one claim's debtor does today, given the claim as the debtor sees it.
#[allow(clippy::too_many_arguments)]
async fn decide_acts(
    behaviour: Behaviour,
    k: &mut SimClaim,
    id: ClaimId,
    f: &CaseFacts,
    today: Date,
    store: &Store,
    creditors: &[Creditor],
    acts: &mut Vec<Act>,
) -> anyhow::Result<()> {
    let outstanding = f.outstanding;
    if !outstanding.is_positive() || k.paid {
        return Ok(());
    }
    let c = k.creditor;
    let reference = k.reference.clone();
    let pay =
        |amount: Money, dated: Date| Act::Pay { creditor: c, claim: id, reference: reference.clone(), amount, dated };
    let case = |request: FlowRequest, actor: &'static str, tag: &'static str| Act::Case {
        creditor: c,
        claim: id,
        actor,
        request,
        tag,
    };
    let sent = letters(f);
    let last = sent.last().copied();
    let on_ladder = flows::on_ladder(f.state);
    // The debtor reacts two days after a letter.
    let reacts = on_ladder && last.is_some_and(|d| today >= plus(d, 2));
    if let Some(day) = k.pay_on
        && today >= day
    {
        acts.push(pay(outstanding, today));
        k.paid = true;
        return Ok(());
    }
    match behaviour {
        Behaviour::OnTime | Behaviour::Never => {}
        Behaviour::Late { after, in_flight } => {
            let Some(letter) = sent.get(after - 1).copied() else { return Ok(()) };
            if today < plus(letter, 2) {
                return Ok(());
            }
            if in_flight {
                // Paid the day before the letter: what was owed before it, dated that day.
                let entries = store.entries(creditors[c].id, id).await?;
                let owed: i64 = entries
                    .iter()
                    .filter(|e| e.effective_date < letter && e.component != domain::Component::Credit)
                    .map(|e| e.amount.minor())
                    .sum();
                if owed > 0 {
                    acts.push(pay(
                        Money::from_minor(owed.min(outstanding.minor()), outstanding.currency()),
                        plus(letter, -1),
                    ));
                    k.paid = true;
                    return Ok(());
                }
            }
            acts.push(pay(outstanding, today));
            k.paid = true;
        }
        Behaviour::Part { percent } => {
            if reacts && !k.acted {
                let part = (f.principal.minor() * percent / 100).max(100).min(outstanding.minor());
                acts.push(pay(Money::from_minor(part, outstanding.currency()), today));
                k.acted = true;
            }
        }
        Behaviour::Promise { keeps } => {
            if reacts && !k.acted {
                let until = plus(today, 10);
                acts.push(case(FlowRequest::Promise { until }, "debtor:portal", "promise"));
                k.acted = true;
                if keeps {
                    k.pay_on = Some(plus(today, 8));
                }
            }
        }
        Behaviour::Plan { misses } => {
            if reacts && !k.acted {
                // As many months (at most 3) as the creditor's minimum instalment allows.
                let months = (outstanding.minor() / 25_000).clamp(1, 3) as u32;
                acts.push(case(FlowRequest::Plan { months, first_due: plus(today, 7) }, "debtor:portal", "plan"));
                k.acted = true;
            }
            if f.state == ClaimState::PaymentPlan
                && let Some(Hold::Plan(plan)) = &f.flow.hold
            {
                for (n, instalment) in plan.instalments.iter().enumerate() {
                    if instalment.due == today && !(misses && n >= 1) {
                        let amount = instalment.amount.minor().min(outstanding.minor());
                        acts.push(pay(Money::from_minor(amount, outstanding.currency()), today));
                    }
                }
            }
        }
        Behaviour::Postpone => {
            if reacts && !k.acted {
                let until = plus(today, 14);
                acts.push(case(FlowRequest::Postpone { until }, "debtor:portal", "postpone"));
                k.acted = true;
                // After the postponement ended and the ladder took up again.
                k.pay_on = Some(plus(until, 3));
            }
        }
        Behaviour::Dispute { upheld, after_days } => {
            if reacts && !k.acted {
                let reason = "I never received the goods".to_string();
                acts.push(case(FlowRequest::Dispute { reason }, "debtor:portal", "dispute"));
                k.acted = true;
                k.resolve_on = Some(plus(today, after_days));
            } else if f.state == ClaimState::Disputed
                && let Some(day) = k.resolve_on
                && today >= day
            {
                let note = if upheld { "delivery not proven" } else { "delivery confirmed by the carrier" };
                let request = FlowRequest::ResolveDispute { uphold: upheld, credit_minor: None, note: note.into() };
                acts.push(case(request, "key:simulation", if upheld { "dispute_upheld" } else { "dispute_rejected" }));
                k.resolve_on = None;
            }
        }
    }
    Ok(())
}
