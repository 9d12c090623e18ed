//! The independent auditor: reads the book as stored rows (`Store::raw_book`) after a run and
//! re-derives what it can without the code under test. It never folds a `domain::Ledger`, never
//! calls the law engine's fee, interest or deadline functions, and never asks the dunning engine;
//! it reads the law *tables* (rates and amounts in force on a day) and applies the rules of
//! law.md itself:
//!
//! - balances: every component of every claim, summed entry by entry, never below zero, equal to
//!   what the store reports, and a claim is closed exactly when nothing is outstanding;
//! - fees: none above the table's cap on its day, none the law does not allow (SE reminder fee
//!   only when agreed, B2B compensation instead of letter fees, NO per-claim maximum), none before
//!   it is allowed (SE after the due date, NO 14 days after it, a NO payment demand only after a
//!   missed ≥ 14-day deadline), none without its letter, and each once where the law says once;
//! - interest: only on claims with an agreed due date, only after it, and in total at most the
//!   original principal × the highest rate in force × days / 365 (so none on fees);
//! - messages: none queued while a dispute is open, no dunning letter while the claim is under a
//!   hold (promise, postponement, plan) or paused, and none once nothing was outstanding;
//! - steps: minimum deadlines (SE 8 days, NO 14 days), no step before the previous deadline
//!   passed, a NO payment demand at least 14 days after the warning, handover only after the
//!   inkassokrav (SE) or inkassovarsel (NO), no step kind the jurisdiction does not have;
//! - NO salær: one per debtor and day (claims sent to collection together are one case);
//! - merged letters: where merging applies (NO always, SE when the creditor chose it), at most
//!   one dunning message per (creditor, debtor, day, step kind, channel), naming every claim
//!   that took that step on that day.
//!
//! "While" is judged on the wall-clock order of rows (an event's `at`, a message's `created_at`,
//! an entry's `recorded_at`): what the system knew when it queued the message.

use domain::law::{LawTables, TableId, effective_due_date};
use domain::{Jurisdiction, Money};
use jiff::Timestamp;
use jiff::civil::Date;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use store::{RawBook, RawClaim, RawEntry, RawMessage, RawStep};

/// One finding: which claim, which rule, and what was wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    pub creditor_id: i64,
    pub claim_id: i64,
    /// A stable code: `fee_above_cap`, `sent_while_disputed`, …
    pub rule: String,
    pub message: String,
}

/// Balances as the store reports them, per (creditor, claim): principal, fees, interest, credit.
pub type Reported = HashMap<(i64, i64), [i64; 4]>;

/// The step kinds that are dunning letters (as opposed to flow notices).
const LETTERS: [&str; 7] = [
    "pre_due_notice",
    "reminder",
    "second_reminder",
    "collection_warning",
    "collection_demand",
    "payment_demand",
    "handover",
];

/// Letters the law gives a minimum payment deadline.
const DEADLINE_LETTERS: [&str; 5] =
    ["reminder", "second_reminder", "collection_warning", "collection_demand", "payment_demand"];

fn minimum_deadline_days(jurisdiction: Jurisdiction) -> i64 {
    match jurisdiction {
        Jurisdiction::SE => 8,
        Jurisdiction::NO => 14,
    }
}

fn days_between(from: Date, to: Date) -> i64 {
    i64::from((to - from).get_days()) + i64::from((to - from).get_weeks()) * 7
}

/// `a / b` rounded up, for `a >= 0`, `b > 0`.
fn ceil_div(a: i64, b: i64) -> i64 {
    (a + b - 1) / b
}

fn ts(text: &str) -> Option<Timestamp> {
    text.parse().ok()
}

struct Audit<'a> {
    tables: &'a LawTables,
    out: Vec<Violation>,
}

impl Audit<'_> {
    fn flag(&mut self, claim: &RawClaim, rule: &str, message: String) {
        self.out.push(Violation {
            creditor_id: claim.creditor_id,
            claim_id: claim.id,
            rule: rule.to_string(),
            message,
        });
    }
}

/// Audits a whole book. `reported` is what the store says each claim's balance is.
pub fn audit(book: &RawBook, reported: &Reported, tables: &LawTables) -> Vec<Violation> {
    let mut entries: HashMap<(i64, i64), Vec<&RawEntry>> = HashMap::new();
    for e in &book.entries {
        entries.entry((e.creditor_id, e.claim_id)).or_default().push(e);
    }
    let mut steps: HashMap<(i64, i64), Vec<&RawStep>> = HashMap::new();
    for s in &book.steps {
        steps.entry((s.creditor_id, s.claim_id)).or_default().push(s);
    }
    // A merged letter is a message on each claim it names.
    let mut messages: HashMap<(i64, i64), Vec<&RawMessage>> = HashMap::new();
    for m in &book.messages {
        for &claim in &m.claims {
            messages.entry((m.creditor_id, claim)).or_default().push(m);
        }
    }
    let mut events: HashMap<(i64, i64), Vec<&store::RawEvent>> = HashMap::new();
    for e in &book.events {
        events.entry((e.creditor_id, e.claim_id)).or_default().push(e);
    }
    let mut audit = Audit { tables, out: Vec::new() };
    let mut salaer: BTreeMap<(i64, i64, Date), Vec<i64>> = BTreeMap::new();
    for claim in &book.claims {
        let key = (claim.creditor_id, claim.id);
        let Ok(j) = claim.jurisdiction.parse::<Jurisdiction>() else {
            audit.flag(
                claim,
                "unknown_jurisdiction",
                format!("the creditor's jurisdiction {:?} is unknown", claim.jurisdiction),
            );
            continue;
        };
        let es: &[&RawEntry] = entries.get(&key).map_or(&[], |v| v.as_slice());
        let ss: &[&RawStep] = steps.get(&key).map_or(&[], |v| v.as_slice());
        let ms: &[&RawMessage] = messages.get(&key).map_or(&[], |v| v.as_slice());
        let evs: &[&store::RawEvent] = events.get(&key).map_or(&[], |v| v.as_slice());
        let closes = check_balances(&mut audit, claim, es, reported.get(&key));
        let reversed: HashSet<i64> = es.iter().filter_map(|e| e.reverses_id).collect();
        let live: Vec<&RawEntry> =
            es.iter().copied().filter(|e| e.kind != "reversal" && !reversed.contains(&e.id)).collect();
        check_fees(&mut audit, claim, j, &live, ss);
        check_interest(&mut audit, claim, j, &live);
        check_steps(&mut audit, claim, j, ss);
        check_messages(&mut audit, claim, ms, evs, &closes);
        for e in live.iter().filter(|e| e.kind == "fee:agency_fee") {
            salaer.entry((claim.creditor_id, claim.debtor_id, e.effective_date)).or_default().push(claim.id);
        }
    }
    check_merged_letters(&mut audit, book);
    for ((creditor, debtor, day), claims) in salaer {
        if claims.len() > 1 {
            let claim = claims[0];
            audit.out.push(Violation {
                creditor_id: creditor,
                claim_id: claim,
                rule: "salaer_not_merged".into(),
                message: format!(
                    "debtor {debtor} was charged salær on {day} on {} claims ({claims:?}); claims sent to collection \
                     together are one case with one salær (Finanstilsynet circular 1/2018)",
                    claims.len()
                ),
            });
        }
    }
    audit.out
}

/// Case merging: where it applies (every NO creditor, by law; an SE creditor that chose it), the
/// dunning letters of one (creditor, debtor, day, step kind, channel) are one message, and it
/// names every claim that took that step that day on that channel.
fn check_merged_letters(audit: &mut Audit<'_>, book: &RawBook) {
    type Group = (i64, i64, Date, String, String);
    let mut debtor_of: HashMap<(i64, i64), i64> = HashMap::new();
    let mut merges: HashMap<i64, bool> = HashMap::new();
    for c in &book.claims {
        debtor_of.insert((c.creditor_id, c.id), c.debtor_id);
        merges.insert(c.creditor_id, c.jurisdiction == "NO" || c.merge_letters_chosen);
    }
    let applies = |creditor: i64| merges.get(&creditor).copied().unwrap_or(false);
    let mut stepped: BTreeMap<Group, Vec<i64>> = BTreeMap::new();
    for s in book.steps.iter().filter(|s| applies(s.creditor_id)) {
        if let Some(&debtor) = debtor_of.get(&(s.creditor_id, s.claim_id)) {
            let group = (s.creditor_id, debtor, s.sent_on, s.kind.clone(), s.channel.clone());
            stepped.entry(group).or_default().push(s.claim_id);
        }
    }
    let mut sent: BTreeMap<Group, Vec<&RawMessage>> = BTreeMap::new();
    for m in book.messages.iter().filter(|m| applies(m.creditor_id) && LETTERS.contains(&m.step.as_str())) {
        if let Some(day) = m.date {
            sent.entry((m.creditor_id, m.debtor_id, day, m.step.clone(), m.channel.clone())).or_default().push(m);
        }
    }
    let flag = |audit: &mut Audit<'_>, (creditor, _, _, _, _): &Group, claim: i64, rule: &str, message: String| {
        audit.out.push(Violation { creditor_id: *creditor, claim_id: claim, rule: rule.into(), message });
    };
    for (group, messages) in &sent {
        let (_, debtor, day, step, channel) = group;
        if messages.len() > 1 {
            let ids: Vec<i64> = messages.iter().map(|m| m.id).collect();
            let claim = messages.iter().flat_map(|m| m.claims.iter()).copied().min().unwrap_or(0);
            let message = format!(
                "debtor {debtor} got {} {step} messages by {channel} on {day} (messages {ids:?}); where merging \
                 applies the steps of one day are one letter",
                messages.len()
            );
            flag(audit, group, claim, "letters_not_merged", message);
        }
    }
    for (group, claims) in &stepped {
        let (_, debtor, day, step, channel) = group;
        let named: HashSet<i64> =
            sent.get(group).into_iter().flatten().flat_map(|m| m.claims.iter().copied()).collect();
        for claim in claims.iter().filter(|c| !named.contains(c)) {
            let message = format!(
                "claim {claim} of debtor {debtor} took the {step} step by {channel} on {day}, and no {step} letter \
                 of that day names it"
            );
            flag(audit, group, *claim, "claim_not_in_merged_letter", message);
        }
    }
}

/// Sums the components entry by entry; returns when (wall clock) the claim had nothing
/// outstanding: a list of (time, outstanding > 0 after the entry).
fn check_balances(
    audit: &mut Audit<'_>,
    claim: &RawClaim,
    es: &[&RawEntry],
    reported: Option<&[i64; 4]>,
) -> Vec<(Timestamp, bool)> {
    let mut sums = [0i64; 4];
    let names = ["principal", "fees", "interest", "credit"];
    let mut negative = [false; 3];
    let mut timeline = Vec::new();
    for e in es {
        if e.currency != claim.currency {
            audit.flag(
                claim,
                "entry_currency",
                format!("entry {} is in {}, the claim in {}", e.id, e.currency, claim.currency),
            );
        }
        let Some(i) = names.iter().position(|n| *n == e.component) else {
            audit.flag(claim, "unknown_component", format!("entry {} has the component {:?}", e.id, e.component));
            continue;
        };
        sums[i] += e.amount_minor;
        if i < 3 && sums[i] < 0 && !negative[i] {
            negative[i] = true;
            audit.flag(
                claim,
                "balance_negative",
                format!("after entry {} the {} balance is {} (below zero)", e.id, names[i], fmt(sums[i], claim)),
            );
        }
        if let Some(t) = ts(&e.recorded_at) {
            timeline.push((t, sums[0] + sums[1] + sums[2] > 0));
        }
    }
    match reported {
        None => audit.flag(claim, "balance_mismatch", "the store reports no balance for the claim".into()),
        Some(r) => {
            for i in 0..4 {
                if r[i] != sums[i] {
                    audit.flag(
                        claim,
                        "balance_mismatch",
                        format!(
                            "the {} balance re-derived from the entries is {}, the store reports {}",
                            names[i],
                            fmt(sums[i], claim),
                            fmt(r[i], claim)
                        ),
                    );
                }
            }
        }
    }
    let outstanding = sums[0] + sums[1] + sums[2];
    let closed = matches!(claim.state.as_str(), "paid" | "written_off" | "credited");
    if !es.is_empty() && (outstanding > 0) == closed {
        audit.flag(
            claim,
            "state_mismatch",
            format!("the claim is {} with {} outstanding", claim.state, fmt(outstanding, claim)),
        );
    }
    timeline
}

fn fmt(minor: i64, claim: &RawClaim) -> String {
    match claim.currency.parse() {
        Ok(currency) => Money::from_minor(minor, currency).to_string(),
        Err(_) => format!("{minor} minor units"),
    }
}

/// The cap of one fee kind on a day, in minor units, from the law tables alone. `None`: the
/// table has no row for the day.
fn cap(tables: &LawTables, j: Jurisdiction, fee: &str, day: Date, due: Date) -> Option<i64> {
    let amount = |t: TableId, d: Date| tables.amount_minor_on(t, d).ok();
    match j {
        Jurisdiction::SE => match fee {
            "reminder" => amount(TableId::SeReminderFee, day),
            "collection_demand" | "payment_demand" => amount(TableId::SeCollectionDemandFee, day),
            "instalment_plan" => amount(TableId::SeInstalmentPlanFee, day),
            "instalment_notice" => amount(TableId::SeInstalmentNoticeFee, day),
            "late_compensation" => amount(TableId::SeLateCompensation, day),
            _ => Some(0),
        },
        Jurisdiction::NO => {
            let sats = amount(TableId::NoInkassosats, day)?;
            let unit = amount(TableId::NoFeeRounding, day)?.max(1);
            // twentieths of the inkassosats, rounded up to the rounding unit (the law rounds to
            // the nearest unit, so this is never below what it allows).
            let share = |twentieths: i64| ceil_div(sats * twentieths, 20 * unit) * unit;
            match fee {
                "reminder" | "collection_warning" => Some(share(1)),
                "payment_demand" => Some(share(3)),
                // The B2B standard compensation of the half-year the debtor fell into default.
                "late_compensation" => amount(TableId::NoStandardCompensation, due.tomorrow().ok()?),
                // Heavy salær for a business debtor in the highest bracket: 7.20 × 2 × 1.5 sats.
                "agency_fee" => Some(sats * 720 * 2 * 3 / 200),
                _ => Some(0),
            }
        }
    }
}

fn check_fees(audit: &mut Audit<'_>, claim: &RawClaim, j: Jurisdiction, live: &[&RawEntry], ss: &[&RawStep]) {
    let due = effective_due_date(j, claim.due_date).date;
    let business = claim.debtor_kind == "business";
    let fee_currency = match j {
        Jurisdiction::SE => "SEK",
        Jurisdiction::NO => "NOK",
    };
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for e in live {
        let Some(fee) = e.kind.strip_prefix("fee:") else { continue };
        if e.amount_minor <= 0 {
            continue;
        }
        *counts.entry(fee).or_default() += 1;
        let day = e.effective_date;
        let amount = fmt(e.amount_minor, claim);
        if claim.currency != fee_currency {
            audit.flag(
                claim,
                "fee_currency",
                format!(
                    "a {fee} fee of {amount} was charged on a {} claim; {j} fees are in {fee_currency}",
                    claim.currency
                ),
            );
        }
        match cap(audit.tables, j, fee, day, due) {
            None => audit.flag(claim, "fee_law_unknown", format!("no {j} law table row for a {fee} fee on {day}")),
            Some(max) if e.amount_minor > max => audit.flag(
                claim,
                "fee_above_cap",
                format!("the {fee} fee of {amount} on {day} is above the {j} cap of {}", fmt(max, claim)),
            ),
            Some(_) => {}
        }
        // Whether the law allows the fee at all for this claim.
        let not_allowed = match (j, fee) {
            (Jurisdiction::SE, "collection_warning" | "agency_fee") => Some("the fee does not exist in SE"),
            (Jurisdiction::SE, "late_compensation") if !business => Some("the compensation is for business debtors"),
            (Jurisdiction::SE, "reminder" | "collection_demand" | "payment_demand" | "instalment_plan") if business => {
                Some("a business debtor owes the fixed compensation instead")
            }
            (Jurisdiction::SE, "reminder") if !claim.reminder_fee_agreed => {
                Some("no reminder fee was agreed when the debt arose")
            }
            (Jurisdiction::NO, "collection_demand" | "instalment_plan" | "instalment_notice") => {
                Some("the fee does not exist in NO")
            }
            (Jurisdiction::NO, "late_compensation") if !business => Some("the compensation is for business debtors"),
            _ => None,
        };
        if let Some(why) = not_allowed {
            audit.flag(claim, "fee_not_allowed", format!("a {fee} fee of {amount} was charged on {day}: {why}"));
        }
        // When it may be charged.
        let too_early = match (j, fee) {
            (Jurisdiction::SE, "instalment_notice") => None,
            (Jurisdiction::SE, _) if day <= due => Some(format!("SE fees are for steps after the due date {due}")),
            (Jurisdiction::NO, "reminder" | "collection_warning") if days_between(due, day) < 14 => {
                Some(format!("not 14 days after the due date {due} (inkassoforskriften § 1-1)"))
            }
            (Jurisdiction::NO, "late_compensation") if day <= due => Some(format!("not after the due date {due}")),
            (Jurisdiction::NO, "payment_demand") => {
                // An earlier reminder or warning with a deadline of at least 14 days, passed.
                let earlier = ss.iter().any(|s| {
                    matches!(s.kind.as_str(), "reminder" | "second_reminder" | "collection_warning")
                        && s.sent_on < day
                        && s.deadline.is_some_and(|d| days_between(s.sent_on, d) >= 14 && d < day)
                });
                (!earlier)
                    .then(|| "no earlier reminder or warning with a missed deadline of 14 days (§ 10)".to_string())
            }
            _ => None,
        };
        if let Some(why) = too_early {
            audit.flag(claim, "fee_before_allowed", format!("the {fee} fee of {amount} on {day}: {why}"));
        }
        // A letter's fee comes with its letter, sent that day.
        let letter_fee = matches!(
            fee,
            "reminder" | "collection_warning" | "collection_demand" | "payment_demand" | "late_compensation"
        );
        if letter_fee && !ss.iter().any(|s| s.sent_on == day && s.fee_kinds.split(',').any(|k| k == fee)) {
            audit.flag(
                claim,
                "fee_without_step",
                format!("the {fee} fee of {amount} on {day} has no letter sent that day"),
            );
        }
    }
    let n = |k: &str| counts.get(k).copied().unwrap_or(0);
    let once: &[&str] = match j {
        Jurisdiction::SE => {
            &["reminder", "collection_demand", "payment_demand", "instalment_plan", "late_compensation"]
        }
        Jurisdiction::NO => &["collection_warning", "payment_demand", "late_compensation"],
    };
    for kind in once {
        if n(kind) > 1 {
            audit.flag(
                claim,
                "fee_repeated",
                format!("{} {kind} fees were charged; the law allows one per claim", n(kind)),
            );
        }
    }
    if j == Jurisdiction::NO {
        let (r, w) = (n("reminder"), n("collection_warning"));
        if r > 2 || r + w > 2 {
            audit.flag(
                claim,
                "fee_max_exceeded",
                format!(
                    "{r} reminder and {w} warning fees were charged; at most 2 reminders, or 1 reminder and 1 warning \
                     (inkassoforskriften § 1-2)"
                ),
            );
        }
    }
}

/// The highest annual statutory rate in force on any day in (from, through], in millionths of a
/// percent, with the contract rate if higher.
fn max_rate(tables: &LawTables, j: Jurisdiction, from: Date, through: Date, contract: Option<&str>) -> Option<i64> {
    let mut best: Option<i64> = None;
    let mut day = from.tomorrow().ok()?;
    while day <= through {
        let rate = match j {
            Jurisdiction::SE => tables.rate_on(TableId::SeReferenceRate, day).ok()?.micro_percent() + 8_000_000,
            Jurisdiction::NO => tables.rate_on(TableId::NoLateInterestRate, day).ok()?.micro_percent(),
        };
        best = Some(best.map_or(rate, |b: i64| b.max(rate)));
        day = day.tomorrow().ok()?;
    }
    let contract =
        contract.and_then(|c| domain::law::tables::Rate::parse(c).ok()).map(domain::law::tables::Rate::micro_percent);
    Some(best.unwrap_or(0).max(contract.unwrap_or(0)))
}

fn check_interest(audit: &mut Audit<'_>, claim: &RawClaim, j: Jurisdiction, live: &[&RawEntry]) {
    let interest: Vec<&&RawEntry> = live.iter().filter(|e| e.kind == "interest").collect();
    if interest.is_empty() {
        return;
    }
    if !claim.due_date_agreed {
        audit.flag(claim, "interest_not_allowed", "interest was booked on a claim without an agreed due date".into());
    }
    for e in &interest {
        if e.effective_date <= claim.due_date {
            audit.flag(
                claim,
                "interest_before_due",
                format!(
                    "interest entry {} is dated {}, not after the due date {}",
                    e.id, e.effective_date, claim.due_date
                ),
            );
        }
    }
    let total: i64 = interest.iter().map(|e| e.amount_minor).sum();
    let principal: i64 =
        live.iter().filter(|e| e.kind == "principal" && e.amount_minor > 0).map(|e| e.amount_minor).sum();
    let Some(last) = interest.iter().map(|e| e.effective_date).max() else { return };
    let days = days_between(claim.due_date, last).max(0);
    let Some(rate) = max_rate(audit.tables, j, claim.due_date, last, claim.contract_rate.as_deref()) else {
        audit.flag(claim, "interest_law_unknown", format!("no {j} interest rate for a day up to {last}"));
        return;
    };
    // principal × rate (millionths of a percent) × days / 365, rounded up, plus one minor unit
    // per entry for the law's rounding of each period.
    let product = i128::from(principal.max(0)) * i128::from(rate.max(0)) * i128::from(days);
    let bound = (product + 365 * 100 * 1_000_000 - 1) / (365 * 100 * 1_000_000);
    let bound = bound as i64 + interest.len() as i64;
    if total > bound {
        audit.flag(
            claim,
            "interest_above_cap",
            format!(
                "interest of {} through {last} is more than the principal {} at {} % for {days} days ({}): \
                 interest on fees or at too high a rate",
                fmt(total, claim),
                fmt(principal, claim),
                rust_decimal::Decimal::new(rate, 6).normalize(),
                fmt(bound, claim)
            ),
        );
    }
}

fn check_steps(audit: &mut Audit<'_>, claim: &RawClaim, j: Jurisdiction, ss: &[&RawStep]) {
    let minimum = minimum_deadline_days(j);
    let mut previous: Option<&RawStep> = None;
    for s in ss {
        let kind = s.kind.as_str();
        let exists = match j {
            Jurisdiction::SE => !matches!(kind, "collection_warning" | "payment_demand"),
            Jurisdiction::NO => kind != "collection_demand",
        };
        if !exists {
            audit.flag(claim, "step_not_in_jurisdiction", format!("step {} ({kind}) does not exist in {j}", s.step_no));
        }
        if DEADLINE_LETTERS.contains(&kind) {
            match s.deadline {
                Some(d) if days_between(s.sent_on, d) >= minimum => {}
                Some(d) => audit.flag(
                    claim,
                    "deadline_too_short",
                    format!(
                        "step {} ({kind}) sent {} gives until {d}: {} days, the {j} minimum is {minimum}",
                        s.step_no,
                        s.sent_on,
                        days_between(s.sent_on, d)
                    ),
                ),
                None => audit.flag(
                    claim,
                    "deadline_too_short",
                    format!("step {} ({kind}) sent {} gives no deadline", s.step_no, s.sent_on),
                ),
            }
        }
        if let Some(p) = previous {
            if s.sent_on <= p.sent_on || p.deadline.is_some_and(|d| s.sent_on <= d) {
                audit.flag(
                    claim,
                    "step_before_deadline",
                    format!(
                        "step {} ({kind}) was sent {} before step {} ({}) of {} had run out{}",
                        s.step_no,
                        s.sent_on,
                        p.step_no,
                        p.kind,
                        p.sent_on,
                        p.deadline.map(|d| format!(" on {d}")).unwrap_or_default()
                    ),
                );
            }
        }
        let earlier = |k: &str| ss.iter().find(|e| e.step_no < s.step_no && e.kind == k);
        if j == Jurisdiction::NO && kind == "payment_demand" {
            match earlier("collection_warning").or_else(|| earlier("reminder")) {
                Some(w) if days_between(w.sent_on, s.sent_on) >= 14 => {}
                Some(w) => audit.flag(
                    claim,
                    "demand_too_early",
                    format!(
                        "the betalingsoppfordring of {} came {} days after the {} of {}; at least 14 are needed",
                        s.sent_on,
                        days_between(w.sent_on, s.sent_on),
                        w.kind,
                        w.sent_on
                    ),
                ),
                None => audit.flag(
                    claim,
                    "demand_too_early",
                    format!("the betalingsoppfordring of {} had no earlier reminder or inkassovarsel", s.sent_on),
                ),
            }
        }
        if kind == "handover" {
            let needed = match j {
                Jurisdiction::SE => "collection_demand",
                Jurisdiction::NO => "collection_warning",
            };
            if earlier(needed).is_none() {
                audit.flag(
                    claim,
                    "handover_too_early",
                    format!("the claim was handed over on {} without an earlier {needed}", s.sent_on),
                );
            }
        }
        previous = Some(s);
    }
}

/// Intervals of wall-clock time, open at the end when `None`.
type Intervals = Vec<(Timestamp, Option<Timestamp>)>;

fn inside(t: Timestamp, intervals: &Intervals) -> bool {
    intervals.iter().any(|(from, to)| t >= *from && to.is_none_or(|to| t < to))
}

fn check_messages(
    audit: &mut Audit<'_>,
    claim: &RawClaim,
    ms: &[&RawMessage],
    evs: &[&store::RawEvent],
    outstanding: &[(Timestamp, bool)],
) {
    let mut disputed: Intervals = Vec::new();
    let mut held: Intervals = Vec::new();
    let mut paused: Intervals = Vec::new();
    let close = |list: &mut Intervals, at: Timestamp| {
        if let Some(last) = list.last_mut()
            && last.1.is_none()
        {
            last.1 = Some(at);
        }
    };
    for e in evs {
        let Some(at) = ts(&e.at) else { continue };
        match e.kind.as_str() {
            "dispute" => disputed.push((at, None)),
            "dispute_upheld" | "dispute_rejected" => close(&mut disputed, at),
            "promise" | "postpone" | "plan" => held.push((at, None)),
            "promise_broken" | "postponement_ended" | "plan_lapsed" => close(&mut held, at),
            "pause" => paused.push((at, None)),
            "resume" => close(&mut paused, at),
            "write_off" | "hand_over" => {
                close(&mut held, at);
                close(&mut paused, at);
            }
            _ => {}
        }
    }
    for m in ms {
        let Some(at) = ts(&m.created_at) else {
            audit.flag(claim, "bad_timestamp", format!("message {} has the time {:?}", m.id, m.created_at));
            continue;
        };
        let letter = LETTERS.contains(&m.step.as_str());
        if inside(at, &disputed) {
            audit.flag(
                claim,
                "sent_while_disputed",
                format!("message {} ({}) was queued at {at} while the claim was disputed", m.id, m.step),
            );
        }
        if letter && inside(at, &held) {
            audit.flag(
                claim,
                "step_while_held",
                format!("the {} of message {} was queued at {at} while the claim was under a hold", m.step, m.id),
            );
        }
        if letter && inside(at, &paused) {
            audit.flag(
                claim,
                "step_while_paused",
                format!(
                    "the {} of message {} was queued at {at} while the creditor had paused the claim",
                    m.step, m.id
                ),
            );
        }
        // What was outstanding when the message was queued: after the last entry recorded before it.
        let owed = outstanding.iter().rev().find(|(t, _)| *t <= at).map(|(_, owed)| *owed);
        if letter && owed == Some(false) {
            audit.flag(
                claim,
                "step_after_paid",
                format!("the {} of message {} was queued at {at} when nothing was outstanding", m.step, m.id),
            );
        }
    }
}
