//! The worked examples of law.md (and a few more) as scenario files run through one `check`.
//!
//! Each file in `tests/scenarios/law/` describes a claim, the letters sent and what the law engine
//! must answer: interest lines, per-step fees, merged salær, deadlines. Adding a case is adding a
//! file; nothing here needs to change.

use super::{assert_renders, date};
use domain::law::{self, ClaimFacts, Delivery, FeeRequest, InterestRequest, InterestStart, LawTables, SentStep};
use domain::{Currency, DebtorKind, FeeKind, Jurisdiction, Money};
use serde::Deserialize;
use std::path::PathBuf;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    id: String,
    jurisdiction: String,
    debtor: String,
    currency: String,
    principal: Option<String>,
    due: Option<String>,
    demand_sent: Option<String>,
    warned_of_interest: Option<bool>,
    on: Option<String>,
    #[serde(default)]
    reminder_fee_agreed: bool,
    #[serde(default)]
    step: Vec<StepCase>,
    #[serde(default)]
    deadline: Vec<DeadlineCase>,
    merge: Option<MergeCase>,
    heavy: Option<HeavyCase>,
    #[serde(default)]
    expect: Expect,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    interest: Option<InterestCase>,
    fees_total: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct InterestCase {
    total: String,
    periods: Vec<PeriodCase>,
    rule: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PeriodCase {
    from: String,
    to: String,
    days: i32,
    rate: String,
    interest: String,
    basis: Option<i32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StepCase {
    step: String,
    sent: String,
    deadline: Option<String>,
    fee: String,
    allowed: bool,
    rule: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlineCase {
    step: String,
    sent: String,
    delivery: Option<String>,
    earliest: String,
    next_step_from: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MergeCase {
    principals: Vec<String>,
    on: String,
    heavy: bool,
    separate: Vec<String>,
    separate_total: String,
    combined: String,
    fee: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HeavyCase {
    payment_demand_deadline: String,
    from: String,
}

fn step_kind(text: &str) -> FeeKind {
    FeeKind::from_code(&text.replace('-', "_")).unwrap_or_else(|| panic!("unknown step {text}"))
}

fn money(text: &str, currency: Currency) -> Money {
    Money::parse(text, currency).unwrap()
}

/// Runs one scenario; panics with the scenario id and the mismatch.
fn check(s: &Scenario, tables: &LawTables) {
    let id = &s.id;
    let j: Jurisdiction = s.jurisdiction.parse().unwrap();
    let debtor = DebtorKind::from_code(&s.debtor).unwrap();
    let currency: Currency = s.currency.parse().unwrap();
    let fee_currency = law::fee_currency(j);

    if let Some(exp) = &s.expect.interest {
        let principal = money(s.principal.as_deref().unwrap(), currency);
        let until = date(s.on.as_deref().unwrap());
        let start = match (&s.due, &s.demand_sent) {
            (Some(due), None) => InterestStart::AgreedDueDate { due: date(due) },
            (None, Some(sent)) => InterestStart::NoAgreedDueDate {
                demand_sent: date(sent),
                warned_of_interest: s.warned_of_interest.unwrap_or(false),
            },
            _ => panic!("{id}: give either due or demand_sent"),
        };
        let req = InterestRequest { start, ..InterestRequest::statutory(j, principal, date("2000-01-01"), until) };
        let got = law::interest(tables, &req).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(got.interest, money(&exp.total, currency), "{id}: interest total");
        assert_eq!(got.periods.len(), exp.periods.len(), "{id}: number of periods {:#?}", got.periods);
        for (g, e) in got.periods.iter().zip(&exp.periods) {
            assert_eq!(g.from, date(&e.from), "{id}: period from");
            assert_eq!(g.to, date(&e.to), "{id}: period to");
            assert_eq!(g.days, e.days, "{id}: days");
            assert_eq!(g.rate.percent_string(), e.rate, "{id}: rate");
            assert_eq!(g.interest, money(&e.interest, currency), "{id}: period interest");
            if let Some(b) = e.basis {
                assert_eq!(g.day_basis, b, "{id}: day basis");
            }
        }
        if let Some(rule) = &exp.rule {
            assert!(got.reasons.iter().any(|r| r.rule_id() == rule), "{id}: expected reason {rule}");
        }
        assert_eq!(law::interest_minor(tables, &req).unwrap(), got.interest.minor(), "{id}: quiet path");
        assert_renders(&got.reasons);
    }

    if !s.step.is_empty() {
        let claim = ClaimFacts {
            jurisdiction: j,
            debtor,
            principal: money(s.principal.as_deref().unwrap(), currency),
            due: date(s.due.as_deref().unwrap()),
            reminder_fee_agreed: s.reminder_fee_agreed,
            instalment_plan_agreed: false,
            contract_rate: None,
        };
        let steps: Vec<SentStep> = s
            .step
            .iter()
            .map(|c| SentStep {
                step: step_kind(&c.step),
                sent: date(&c.sent),
                deadline: c.deadline.as_deref().map(date),
            })
            .collect();
        let on = date(s.on.as_deref().unwrap());
        let got = law::fees_for_steps(tables, &claim, &steps, on).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(got.len(), s.step.len(), "{id}: one result per step");
        let mut total = 0;
        for (n, (g, e)) in got.iter().zip(&s.step).enumerate() {
            assert_eq!(g.fee, money(&e.fee, fee_currency), "{id} step {n} ({}): fee {:#?}", e.step, g.reasons);
            assert_eq!(g.allowed, e.allowed, "{id} step {n} ({}): allowed {:#?}", e.step, g.reasons);
            if let Some(rule) = &e.rule {
                assert!(
                    g.reasons.iter().any(|r| r.rule_id() == rule),
                    "{id} step {n}: expected {rule}: {:#?}",
                    g.reasons
                );
            }
            assert!(!g.reasons.is_empty(), "{id} step {n}: a fee without a reason");
            assert_renders(&g.reasons);
            total += g.fee.minor();
        }
        if let Some(t) = &s.expect.fees_total {
            assert_eq!(total, money(t, fee_currency).minor(), "{id}: fees total");
        }
        // The quiet evaluation must agree with the explained one.
        let quick = tables.evaluate(&claim, &steps, on).unwrap();
        assert_eq!(quick.fees_minor, total, "{id}: quiet fees");
        let explained = tables.explain(&claim, &steps, on).unwrap();
        assert_eq!(quick.interest_minor, explained.interest.interest.minor(), "{id}: quiet interest");
    }

    if let Some(m) = &s.merge {
        let principals: Vec<Money> = m.principals.iter().map(|p| money(p, currency)).collect();
        let got = law::merged_agency_fee(tables, &principals, date(&m.on), m.heavy, debtor).unwrap();
        let separate: Vec<Money> = m.separate.iter().map(|p| money(p, fee_currency)).collect();
        assert_eq!(got.separate, separate, "{id}: separate salær");
        assert_eq!(got.separate_total, money(&m.separate_total, fee_currency), "{id}: separate total");
        assert_eq!(got.combined, money(&m.combined, fee_currency), "{id}: combined");
        assert_eq!(got.fee, money(&m.fee, fee_currency), "{id}: merged fee");
        assert_renders(&got.reasons);
    }

    for d in &s.deadline {
        let delivery = match d.delivery.as_deref() {
            None | Some("post") => Delivery::Post,
            Some("electronic") => Delivery::Electronic,
            Some(other) => panic!("{id}: delivery {other}"),
        };
        let got = law::earliest_deadline(j, step_kind(&d.step), date(&d.sent), delivery).unwrap();
        assert_eq!(got.earliest_deadline, date(&d.earliest), "{id}: deadline for {} sent {}", d.step, d.sent);
        assert_eq!(got.next_step_from, date(&d.next_step_from), "{id}: next step");
        assert_renders(&got.reasons);
    }

    if let Some(h) = &s.heavy {
        assert_eq!(law::heavy_agency_fee_from(date(&h.payment_demand_deadline)), date(&h.from), "{id}: heavy from");
    }
}

#[test]
fn every_scenario_file_passes() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios/law");
    let tables = LawTables::builtin();
    let mut ids = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for path in files.iter().filter(|p| p.extension().is_some_and(|e| e == "toml")) {
        let text = std::fs::read_to_string(path).unwrap();
        let scenario: Scenario = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        check(&scenario, &tables);
        ids.push(scenario.id);
    }
    // Every worked example of law.md must be present (W6 and W10 do not exist there).
    for w in ["W1", "W2", "W3", "W4", "W5", "W7", "W8", "W9", "W11"] {
        assert!(ids.iter().any(|i| i == w), "worked example {w} has no scenario file");
    }
}

#[test]
fn fee_request_and_step_walk_agree_for_a_single_step() {
    let tables = LawTables::builtin();
    let req = FeeRequest {
        jurisdiction: Jurisdiction::SE,
        debtor: DebtorKind::Consumer,
        step: FeeKind::CollectionDemand,
        principal: Money::from_minor(100_000, Currency::SEK),
        due: date("2025-01-31"),
        sent: date("2025-02-14"),
        history: Default::default(),
    };
    let one = law::fee(&tables, &req).unwrap();
    assert_eq!(one.fee.minor(), 18_000);
    assert!(one.allowed);
}
