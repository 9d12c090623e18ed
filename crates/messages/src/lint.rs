//! The legal-content lint: does a template say everything the law requires of its letter?
//!
//! Each (jurisdiction, step) has a list of required items (law.md): an SE inkassokrav names the
//! creditor and the basis of the claim, shows principal, interest (rate and period) and costs
//! separately, gives a deadline to pay or dispute, and says what happens otherwise; a NO § 9
//! inkassovarsel and a § 10 betalingsoppfordring have their own lists; a reminder states the
//! amount and what the claim concerns. E-mails and SMS carry the letter (as a PDF or behind the
//! portal link), so their templates must state the amount and the link.
//!
//! The lint renders the template against a sample letter whose values are distinctive (a
//! principal of 4 711,00, invoice `F-20261`, …) and looks for each item's rendered text in the
//! output. A template that mentions a value only in a branch never taken, or drops the legal
//! sentences Purr writes (`legal.dispute`, `legal.consequence`, `legal.complaint`), fails, and
//! the error names what is missing. It also gives the readability figure of the prose.
//!
//! A merged letter (several claims of one debtor, [`lint_merged`]) must say the step's items for
//! each claim it names: every invoice, principal, cost, interest rate and period, reference and
//! amount to pay, and the total of them all.
//!
//! The case flows' notices have their own lists (Purr's rules for a fair notice, not a statute):
//! a plan confirmation shows every instalment (date and amount) and the plan fee; an
//! instalment-missed notice names the instalment, its amount and date and the last day before the
//! plan lapses; a lapsed plan, a rejected dispute and a broken promise show what is due now and
//! by when; a rejected dispute carries the creditor's answer; a broken promise the promised date.

use crate::i18n::{self, Catalog};
use crate::letter::{
    ClaimInfo, CreditorInfo, DebtorInfo, FeeItem, InterestItem, LetterInput, LetterKind, NoticeInfo, PaymentInfo,
    ReferenceKind, Translator, percent,
};
use crate::markup;
use crate::readability::{self, Readability};
use crate::template::{self, TemplateChannel, TemplateError};
use domain::dunning::StepKind;
use domain::dunning::flows::{FlowNotice, Instalment};
use domain::law::Rate;
use domain::{Currency, DebtorKind, FeeKind, Jurisdiction, Money};
use jiff::civil::date;
use serde::Serialize;

/// One thing a letter must say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Item {
    Creditor,
    ClaimBasis,
    Principal,
    Costs,
    InterestRate,
    InterestPeriod,
    Total,
    Deadline,
    Dispute,
    Consequence,
    ComplaintRoute,
    PortalLink,
    PaymentReference,
    /// What the debtor is asked to pay now (the instalment, or the total).
    AmountDue,
    Schedule,
    PlanFee,
    MissedInstalment,
    LapseDate,
    PromisedDate,
    CreditorAnswer,
}

impl Item {
    pub fn code(self) -> &'static str {
        match self {
            Item::Creditor => "creditor",
            Item::ClaimBasis => "claim_basis",
            Item::Principal => "principal",
            Item::Costs => "costs",
            Item::InterestRate => "interest_rate",
            Item::InterestPeriod => "interest_period",
            Item::Total => "total",
            Item::Deadline => "deadline",
            Item::Dispute => "dispute",
            Item::Consequence => "consequence",
            Item::ComplaintRoute => "complaint_route",
            Item::PortalLink => "portal_link",
            Item::PaymentReference => "payment_reference",
            Item::AmountDue => "amount_due",
            Item::Schedule => "schedule",
            Item::PlanFee => "plan_fee",
            Item::MissedInstalment => "missed_instalment",
            Item::LapseDate => "lapse_date",
            Item::PromisedDate => "promised_date",
            Item::CreditorAnswer => "creditor_answer",
        }
    }

    /// What is missing, in words, with the variable that supplies it.
    pub fn describe(self) -> &'static str {
        match self {
            Item::Creditor => "the creditor's name ({{ creditor.name }})",
            Item::ClaimBasis => "what the claim concerns: the invoice ({{ claim.invoice_number }})",
            Item::Principal => "the principal, shown on its own ({{ principal }} or the lines table)",
            Item::Costs => "the costs (fees), shown on their own ({{ fees_total }} or the lines table)",
            Item::InterestRate => "the interest rate ({{ interest.rate }})",
            Item::InterestPeriod => "the period interest is charged for ({{ interest.from }})",
            Item::Total => "the amount to pay ({{ total }})",
            Item::Deadline => "the deadline ({{ deadline }})",
            Item::Dispute => "how to dispute the claim ({{ legal.dispute }})",
            Item::Consequence => "what happens if the debtor neither pays nor disputes ({{ legal.consequence }})",
            Item::ComplaintRoute => "where to complain ({{ legal.complaint }})",
            Item::PortalLink => "the link to the debtor portal ({{ portal.url }})",
            Item::PaymentReference => "the payment reference ({{ pay.reference }})",
            Item::AmountDue => "the amount to pay now ({{ pay.amount }})",
            Item::Schedule => {
                "every instalment with its date and amount ({% for i in notice.schedule %}{{ i.due }} {{ i.amount }}{% endfor %})"
            }
            Item::PlanFee => "the plan fee ({{ notice.plan_fee }})",
            Item::MissedInstalment => {
                "the missed instalment's amount and date ({{ notice.missed.amount }}, {{ notice.missed.due }})"
            }
            Item::LapseDate => "the last day before the plan lapses ({{ notice.lapses_after }})",
            Item::PromisedDate => "the date the debtor promised to pay by ({{ notice.promised }})",
            Item::CreditorAnswer => "the creditor's answer to the dispute ({{ notice.answer }})",
        }
    }
}

/// The items the law (and Purr, for e-mail, SMS and the case flows' notices) requires of one
/// template.
pub fn required(jurisdiction: Jurisdiction, kind: impl Into<LetterKind>, channel: TemplateChannel) -> Vec<Item> {
    use Item::*;
    let step = match kind.into() {
        LetterKind::Step(step) => step,
        LetterKind::Notice(notice) => return required_of_notice(notice, channel),
    };
    match channel {
        TemplateChannel::Sms => return vec![Total, PortalLink],
        TemplateChannel::Email => return vec![Creditor, ClaimBasis, Total, PortalLink],
        TemplateChannel::Letter => {}
    }
    match (jurisdiction, step) {
        // inkassolagen 5 §: creditor, basis, principal / interest / costs separately, deadline to pay
        // or dispute, consequence.
        (Jurisdiction::SE, StepKind::CollectionDemand) => vec![
            Creditor,
            ClaimBasis,
            Principal,
            InterestRate,
            InterestPeriod,
            Costs,
            Total,
            Deadline,
            Dispute,
            Consequence,
            PaymentReference,
        ],
        // inkassoloven § 9: the claim, the amount, a deadline of at least 14 days, and that
        // collection starts (with costs) if it is not paid or objected to.
        (Jurisdiction::NO, StepKind::CollectionWarning) => {
            vec![Creditor, ClaimBasis, Principal, Costs, Total, Deadline, Dispute, Consequence, PaymentReference]
        }
        // inkassoloven § 10: creditor, claim, principal and additions separately, interest rate
        // and start, deadline to pay or object, consequences, complaint route.
        (Jurisdiction::NO, StepKind::PaymentDemand) => vec![
            Creditor,
            ClaimBasis,
            Principal,
            Costs,
            InterestRate,
            InterestPeriod,
            Total,
            Deadline,
            Dispute,
            Consequence,
            ComplaintRoute,
            PaymentReference,
        ],
        // A reminder (and a notice before the due date) states the amount and what it concerns.
        (_, StepKind::Reminder | StepKind::SecondReminder | StepKind::PreDueNotice) => {
            vec![Creditor, ClaimBasis, Total, PaymentReference]
        }
        (_, StepKind::Handover) => vec![Creditor, ClaimBasis, Total],
        // Steps that do not exist in the jurisdiction: the general minimum.
        _ => vec![Creditor, ClaimBasis, Total],
    }
}

/// What a notice must say, per channel.
fn required_of_notice(notice: FlowNotice, channel: TemplateChannel) -> Vec<Item> {
    use Item::*;
    let what: Vec<Item> = match notice {
        FlowNotice::PlanConfirmation => vec![Schedule, PlanFee],
        FlowNotice::InstalmentMissed => vec![MissedInstalment, LapseDate],
        FlowNotice::PlanLapsed => vec![Total, Deadline],
        FlowNotice::DisputeRejected => vec![CreditorAnswer, Total, Deadline],
        FlowNotice::PromiseBroken => vec![PromisedDate, Total],
    };
    match channel {
        TemplateChannel::Sms => vec![AmountDue, PortalLink],
        TemplateChannel::Email => [vec![Creditor, ClaimBasis], what, vec![PortalLink]].concat(),
        TemplateChannel::Letter => [vec![Creditor, ClaimBasis], what, vec![AmountDue, PaymentReference]].concat(),
    }
}

/// A sample letter with distinctive values, for the dry render and the lint.
pub fn sample(jurisdiction: Jurisdiction, kind: impl Into<LetterKind>, lang: &str) -> LetterInput {
    let kind = kind.into();
    let Some(step) = kind.step() else {
        return notice_sample(jurisdiction, kind, lang);
    };
    let (currency, fee) = match (jurisdiction, step) {
        (Jurisdiction::SE, _) => (Currency::SEK, FeeKind::CollectionDemand),
        (Jurisdiction::NO, StepKind::PaymentDemand) => (Currency::NOK, FeeKind::PaymentDemand),
        (Jurisdiction::NO, _) => (Currency::NOK, FeeKind::CollectionWarning),
    };
    let fee = if matches!(step, StepKind::Reminder | StepKind::SecondReminder) { FeeKind::Reminder } else { fee };
    let m = |minor| Money::from_minor(minor, currency);
    LetterInput {
        kind,
        jurisdiction,
        debtor_kind: DebtorKind::Consumer,
        lang: lang.to_string(),
        fallback_lang: lang.to_string(),
        date: date(2026, 4, 2),
        creditor: CreditorInfo {
            name: "Exempelbolaget AB".into(),
            org_number: "556677-8899".into(),
            address_lines: vec!["Storgatan 1".into(), "111 22 Stockholm".into()],
            email: Some("kund@exempel.se".into()),
            phone: Some("08-123 456".into()),
        },
        debtor: DebtorInfo {
            name: "Kim Lindqvist".into(),
            address_lines: vec!["Vägen 7".into(), "222 33 Lund".into()],
        },
        claim: ClaimInfo {
            invoice_number: "F-20261".into(),
            issue_date: date(2026, 1, 30),
            due_date: date(2026, 2, 27),
        },
        principal: m(471_100),
        fees: if step == StepKind::PreDueNotice || step == StepKind::Handover {
            vec![]
        } else {
            vec![FeeItem { kind: fee, amount: m(18_300) }]
        },
        interest: if step == StepKind::PreDueNotice {
            vec![]
        } else {
            vec![InterestItem {
                from: date(2026, 2, 28),
                through: date(2026, 4, 2),
                rate: Rate::from_micro_percent(10_500_000),
                amount: m(5_713),
            }]
        },
        paid: m(0),
        deadline: Some(date(2026, 4, 20)),
        payment: PaymentInfo {
            bankgiro: (jurisdiction == Jurisdiction::SE).then(|| "5050-1055".into()),
            no_account: (jurisdiction == Jurisdiction::NO).then(|| "1503.12.34567".into()),
            reference: "4711000123".into(),
            reference_kind: Some(if jurisdiction == Jurisdiction::SE {
                ReferenceKind::Ocr
            } else {
                ReferenceKind::Kid
            }),
            swish_number: (jurisdiction == Jurisdiction::SE).then(|| "1231181189".into()),
            ..PaymentInfo::default()
        },
        portal_base_url: "https://pay.example.se".into(),
        portal_code: "K7Q2-M4XP".into(),
        notice: NoticeInfo::default(),
        merged: Vec::new(),
    }
}

/// A sample notice: the reminder's sample with a plan of three instalments (the first paid when
/// the second was missed), a promise or the creditor's answer, as the notice needs.
fn notice_sample(jurisdiction: Jurisdiction, kind: LetterKind, lang: &str) -> LetterInput {
    let mut input = sample(jurisdiction, StepKind::Reminder, lang);
    input.kind = kind;
    let currency = input.currency();
    let m = |minor| Money::from_minor(minor, currency);
    let plan = |fees: &mut Vec<FeeItem>| {
        fees.push(FeeItem { kind: FeeKind::InstalmentPlan, amount: m(3_000) });
        vec![
            Instalment { due: date(2026, 4, 30), amount: m(166_000) },
            Instalment { due: date(2026, 5, 29), amount: m(166_000) },
            Instalment { due: date(2026, 6, 30), amount: m(166_113) },
        ]
    };
    match kind.notice() {
        Some(FlowNotice::PlanConfirmation) => {
            input.notice.instalments = plan(&mut input.fees);
            input.notice.plan_fee = Some(m(3_000));
            input.deadline = Some(date(2026, 4, 30));
        }
        Some(FlowNotice::InstalmentMissed) => {
            input.notice.instalments = plan(&mut input.fees);
            input.notice.plan_fee = Some(m(3_000));
            input.notice.missed = Some(1);
            input.notice.lapses_after = Some(date(2026, 6, 12));
            input.paid = m(166_000);
            input.date = date(2026, 6, 2);
            input.deadline = Some(date(2026, 6, 12));
        }
        Some(FlowNotice::PlanLapsed) => input.paid = m(166_000),
        Some(FlowNotice::DisputeRejected) => {
            input.notice.answer = Some("The delivery note of 30 January carries your signature.".into());
        }
        Some(FlowNotice::PromiseBroken) => input.notice.promised = Some(date(2026, 3, 31)),
        None => {}
    }
    input
}

/// Sample letters for a step or notice: one per jurisdiction that has it (both, for steps both
/// have and for every notice).
pub fn samples(kind: impl Into<LetterKind>, lang: &str) -> Vec<LetterInput> {
    let kind = kind.into();
    [Jurisdiction::SE, Jurisdiction::NO]
        .into_iter()
        .filter(|j| kind.step().is_none_or(|s| s.exists_in(*j)))
        .map(|j| sample(j, kind, lang))
        .collect()
}

/// A sample merged letter (case merging) for a step: three claims of the step's sample, each
/// with its own invoice number, reference, principal, interest period and deadline, merged with
/// the earliest deadline.
pub fn merged_sample(jurisdiction: Jurisdiction, step: StepKind, lang: &str) -> LetterInput {
    let base = sample(jurisdiction, step, lang);
    let currency = base.currency();
    let parts: Vec<LetterInput> = [(0_i64, 234_500_i64), (1, 123_450), (2, 98_765)]
        .into_iter()
        .map(|(k, principal)| {
            let mut part = base.clone();
            let due = date(2026, 2, 27).saturating_sub(jiff::Span::new().days(7 * k));
            part.claim.invoice_number = format!("F-3030{k}");
            part.claim.due_date = due;
            part.payment.reference = format!("{}", 8_080_000_100 + 11 * k);
            part.portal_code = part.payment.reference.clone();
            part.principal = Money::from_minor(principal, currency);
            for item in &mut part.interest {
                item.from = due.saturating_add(jiff::Span::new().days(1));
                item.amount = Money::from_minor(1_000 + 317 * k, currency);
            }
            part.deadline = base.deadline.map(|d| d.saturating_add(jiff::Span::new().days(k)));
            part
        })
        .collect();
    LetterInput::merge(parts, base.date, base.deadline).expect("three claims make a letter")
}

/// Whether `output` (flattened) shows `item` for every claim of a merged letter: what belongs to
/// each claim (its invoice, principal, costs, interest, reference and amount to pay) for each of
/// them, the total of them all, and the rest (creditor, deadline, the legal sentences, the
/// portal link) once.
fn shows_merged(item: Item, input: &LetterInput, channel: TemplateChannel, tr: &Translator<'_>, output: &str) -> bool {
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let every = |item: Item| input.merged.iter().all(|part| shows(item, part, tr, output));
    match item {
        Item::ClaimBasis
        | Item::Principal
        | Item::Costs
        | Item::InterestRate
        | Item::InterestPeriod
        | Item::PaymentReference => every(item),
        Item::Total | Item::AmountDue => {
            output.contains(&flat(&input.totals_text(tr.format_lang())))
                && (channel == TemplateChannel::Sms || every(Item::Total))
        }
        _ => shows(item, input, tr, output),
    }
}

/// Whether `output` (flattened) shows `item`: one of its texts; for the schedule every
/// instalment's date and amount, for the missed instalment its date and amount.
fn shows(item: Item, input: &LetterInput, tr: &Translator<'_>, output: &str) -> bool {
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let lang = tr.format_lang().to_string();
    let shown = |i: &Instalment| {
        output.contains(&flat(&i18n::format_date(&lang, i.due)))
            && output.contains(&flat(&i18n::format_money(&lang, i.amount)))
    };
    let n = &input.notice;
    match item {
        Item::Schedule => return !n.instalments.is_empty() && n.instalments.iter().all(shown),
        Item::MissedInstalment => return n.missed.and_then(|k| n.instalments.get(k)).is_some_and(shown),
        _ => {}
    }
    needles(item, input, tr).iter().any(|n| !n.is_empty() && output.contains(&flat(n)))
}

/// The texts one item may appear as in a rendered sample (any one is enough).
fn needles(item: Item, input: &LetterInput, tr: &Translator<'_>) -> Vec<String> {
    let lang = tr.format_lang().to_string();
    let money = |m: Money| i18n::format_money(&lang, m);
    let date = |d| i18n::format_date(&lang, d);
    let context = input.context(tr);
    let legal = |what: &str| context["legal"][what].as_str().unwrap_or_default().to_string();
    match item {
        Item::Creditor => vec![input.creditor.name.clone()],
        Item::ClaimBasis => vec![input.claim.invoice_number.clone()],
        Item::Principal => vec![money(input.principal)],
        Item::Costs => vec![money(input.fees_total())],
        Item::InterestRate => input.interest.first().map(|i| percent(&lang, i.rate)).into_iter().collect(),
        Item::InterestPeriod => input.interest.first().map(|i| date(i.from)).into_iter().collect(),
        Item::Total => vec![money(input.total())],
        Item::Deadline => input.deadline.map(date).into_iter().collect(),
        Item::Dispute => vec![legal("dispute")],
        Item::Consequence => vec![legal("consequence")],
        Item::ComplaintRoute => vec![legal("complaint")],
        Item::PortalLink => vec![input.portal_url()],
        Item::PaymentReference => vec![input.payment.reference.clone()],
        Item::AmountDue => vec![money(input.pay_now())],
        Item::Schedule => Vec::new(),
        Item::PlanFee => input.notice.plan_fee.map(money).into_iter().collect(),
        Item::MissedInstalment => Vec::new(),
        Item::LapseDate => input.notice.lapses_after.map(date).into_iter().collect(),
        Item::PromisedDate => input.notice.promised.map(date).into_iter().collect(),
        Item::CreditorAnswer => input.notice.answer.clone().into_iter().collect(),
    }
}

/// What the lint found for one template.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LintReport {
    /// Required items the template does not show, per jurisdiction it was checked for.
    pub missing: Vec<(Jurisdiction, Item)>,
    /// The readability of the prose (the first sample's), when the language has a scale.
    pub readability: Option<Readability>,
}

impl LintReport {
    pub fn passes(&self) -> bool {
        self.missing.is_empty()
    }

    /// One sentence per missing item, e.g. "SE: the deadline ({{ deadline }}) is missing".
    pub fn problems(&self) -> Vec<String> {
        self.missing.iter().map(|(j, item)| format!("{j}: {} is missing", item.describe())).collect()
    }
}

/// Why a template cannot be activated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LintError {
    #[error(transparent)]
    Template(#[from] TemplateError),
    #[error("the template lacks what the law requires: {}", .0.join("; "))]
    Missing(Vec<String>),
}

/// Checks `source` (or Purr's default when `None`) for `kind` (a step or notice) and `channel`
/// in `lang`, against a sample letter of every jurisdiction that has it. A template that does not
/// render is an error; one that renders gets a report.
pub fn lint(
    source: Option<&str>,
    kind: impl Into<LetterKind>,
    channel: TemplateChannel,
    lang: &str,
    catalog: &'static Catalog,
) -> Result<LintReport, TemplateError> {
    let kind = kind.into();
    let mut missing = Vec::new();
    let mut figure = None;
    for input in samples(kind, lang) {
        let rendered = template::render(&input, channel, source, catalog).map_err(|e| match e {
            crate::RenderError::Template(t) => t,
            other => TemplateError { line: 1, column: 1, message: other.to_string() },
        })?;
        let mut output = rendered.subject.clone();
        output.push('\n');
        output.push_str(&markup::to_text(&rendered.blocks));
        // Compare with line breaks and spaces flattened: wrapping must not hide an item.
        let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        let output = flat(&output);
        let tr = Translator::new(catalog, lang, lang);
        for item in required(input.jurisdiction, kind, channel) {
            if !shows(item, &input, &tr, &output) {
                missing.push((input.jurisdiction, item));
            }
        }
        if figure.is_none() && channel != TemplateChannel::Sms {
            figure = readability::for_language(&rendered.lang, &markup::prose(&rendered.blocks));
        }
    }
    Ok(LintReport { missing, readability: figure })
}

/// Checks a merged letter's template (case merging; `None`: Purr's, [`template::merged_source`])
/// for `step` and `channel` in `lang`, against a merged sample of three claims of every
/// jurisdiction that has the step: what the law requires of the step's letter, for each claim it
/// names.
pub fn lint_merged(
    source: Option<&str>,
    step: StepKind,
    channel: TemplateChannel,
    lang: &str,
    catalog: &'static Catalog,
) -> Result<LintReport, TemplateError> {
    let mut missing = Vec::new();
    let mut figure = None;
    for jurisdiction in [Jurisdiction::SE, Jurisdiction::NO].into_iter().filter(|j| step.exists_in(*j)) {
        let input = merged_sample(jurisdiction, step, lang);
        let rendered = template::render(&input, channel, source, catalog).map_err(|e| match e {
            crate::RenderError::Template(t) => t,
            other => TemplateError { line: 1, column: 1, message: other.to_string() },
        })?;
        let mut output = rendered.subject.clone();
        output.push('\n');
        output.push_str(&markup::to_text(&rendered.blocks));
        let output = output.split_whitespace().collect::<Vec<_>>().join(" ");
        let tr = Translator::new(catalog, lang, lang);
        for item in required(jurisdiction, step, channel) {
            if !shows_merged(item, &input, channel, &tr, &output) {
                missing.push((jurisdiction, item));
            }
        }
        if figure.is_none() && channel != TemplateChannel::Sms {
            figure = readability::for_language(&rendered.lang, &markup::prose(&rendered.blocks));
        }
    }
    Ok(LintReport { missing, readability: figure })
}

/// [`lint`] as the gate before activation: `Ok` with the report, or the reason it cannot be used.
pub fn check_activation(
    source: &str,
    kind: impl Into<LetterKind>,
    channel: TemplateChannel,
    lang: &str,
    catalog: &'static Catalog,
) -> Result<LintReport, LintError> {
    let report = lint(Some(source), kind, channel, lang, catalog)?;
    if report.passes() { Ok(report) } else { Err(LintError::Missing(report.problems())) }
}
