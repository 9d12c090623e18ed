//! The facts of one letter and the context a template sees.
//!
//! [`LetterInput`] is built by the caller (the outbox worker, `purr letters render`, tests) from
//! the creditor, debtor, claim, ledger and the step taken. [`LetterInput::context`] turns it into
//! the template context: every amount and date already written the debtor's way, the breakdown as
//! lines with their reasons, how to pay, the portal link, and the legal sentences Purr writes for
//! each jurisdiction and step. A template sees these values and nothing else.
//!
//! The portal link's format lives in one function, [`portal_link`].

use crate::i18n::{self, Args, Catalog};
use domain::dunning::StepKind;
use domain::dunning::flows::{FlowNotice, Instalment};
use domain::{Currency, DebtorKind, FeeKind, Jurisdiction, Money};
use jiff::civil::Date;
use serde::Serialize;

/// The Fluent file with the letter texts, in each `locales/<lang>/` directory.
pub const LETTERS_FILE: &str = "letters.ftl";

/// The address of the debtor portal's login page for a code printed on a letter.
pub fn portal_link(base_url: &str, code: &str) -> String {
    format!("{}/portal/login?code={code}", base_url.trim_end_matches('/'))
}

/// What a message is about: a step of the dunning ladder, or a notice of a case flow (a plan
/// agreed, an instalment missed, a plan lapsed, a dispute rejected, a promise broken). Together
/// with the channel and the language it keys a template. Its code is the step's or the notice's
/// (`reminder`, `plan_confirmation`, …), as in the outbox's `step` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LetterKind {
    Step(StepKind),
    Notice(FlowNotice),
}

impl LetterKind {
    /// Every kind: the steps in ladder order, then the notices.
    pub fn all() -> impl Iterator<Item = LetterKind> {
        StepKind::ALL.into_iter().map(LetterKind::Step).chain(FlowNotice::ALL.into_iter().map(LetterKind::Notice))
    }

    pub fn code(self) -> &'static str {
        match self {
            LetterKind::Step(s) => s.code(),
            LetterKind::Notice(n) => n.code(),
        }
    }

    pub fn from_code(code: &str) -> Option<LetterKind> {
        let code = code.trim();
        LetterKind::all().find(|k| k.code() == code)
    }

    /// Every code, comma-separated, for error messages and help.
    pub fn codes() -> String {
        LetterKind::all().map(LetterKind::code).collect::<Vec<_>>().join(", ")
    }

    pub fn step(self) -> Option<StepKind> {
        match self {
            LetterKind::Step(s) => Some(s),
            LetterKind::Notice(_) => None,
        }
    }

    pub fn notice(self) -> Option<FlowNotice> {
        match self {
            LetterKind::Step(_) => None,
            LetterKind::Notice(n) => Some(n),
        }
    }
}

impl From<StepKind> for LetterKind {
    fn from(step: StepKind) -> LetterKind {
        LetterKind::Step(step)
    }
}

impl From<FlowNotice> for LetterKind {
    fn from(notice: FlowNotice) -> LetterKind {
        LetterKind::Notice(notice)
    }
}

/// The facts a case-flow notice adds to the claim's: empty for dunning steps.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NoticeInfo {
    /// The payment plan's schedule (plan confirmation, instalment missed), oldest first.
    pub instalments: Vec<Instalment>,
    /// The plan fee, when the plan carries one.
    pub plan_fee: Option<Money>,
    /// Which instalment was missed (0-based), for an instalment-missed notice.
    pub missed: Option<usize>,
    /// The last day to catch up before the plan lapses (instalment missed).
    pub lapses_after: Option<Date>,
    /// The day the debtor promised to pay by (promise broken).
    pub promised: Option<Date>,
    /// The creditor's answer to a dispute, when one was written (dispute rejected).
    pub answer: Option<String>,
}

/// The sender.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CreditorInfo {
    pub name: String,
    pub org_number: String,
    /// Postal address lines for the letterhead; may be empty.
    pub address_lines: Vec<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// The recipient as printed in the envelope window.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DebtorInfo {
    pub name: String,
    /// Street, postal code and town, country: one entry per line.
    pub address_lines: Vec<String>,
}

/// The invoice the claim comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimInfo {
    pub invoice_number: String,
    pub issue_date: Date,
    pub due_date: Date,
}

/// One fee of the breakdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeeItem {
    pub kind: FeeKind,
    pub amount: Money,
}

/// One interest line: a period at one rate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterestItem {
    pub from: Date,
    pub through: Date,
    pub rate: domain::law::Rate,
    pub amount: Money,
}

/// Which kind of payment reference the letter prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReferenceKind {
    Ocr,
    Kid,
}

/// Where and how to pay.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PaymentInfo {
    pub bankgiro: Option<String>,
    pub plusgiro: Option<String>,
    pub no_account: Option<String>,
    pub iban: Option<String>,
    pub bic: Option<String>,
    pub reference: String,
    pub reference_kind: Option<ReferenceKind>,
    /// The creditor's Swish number, for the Swish QR code on Swedish consumer letters.
    pub swish_number: Option<String>,
}

/// Everything one letter says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterInput {
    pub kind: LetterKind,
    pub jurisdiction: Jurisdiction,
    pub debtor_kind: DebtorKind,
    /// The language wanted (the debtor's).
    pub lang: String,
    /// The creditor's default language: the fallback for texts the wanted language lacks.
    pub fallback_lang: String,
    /// The letter's date.
    pub date: Date,
    pub creditor: CreditorInfo,
    pub debtor: DebtorInfo,
    pub claim: ClaimInfo,
    /// The principal still owed.
    pub principal: Money,
    pub fees: Vec<FeeItem>,
    pub interest: Vec<InterestItem>,
    /// Already paid towards the claim (shown as a negative line when not zero).
    pub paid: Money,
    pub deadline: Option<Date>,
    pub payment: PaymentInfo,
    /// The portal's base address, e.g. `https://pay.example.se`.
    pub portal_base_url: String,
    /// The code the debtor types (or the link carries) to log in to the portal.
    pub portal_code: String,
    /// A notice's own facts (default for dunning steps).
    pub notice: NoticeInfo,
    /// A merged letter's claims (case merging: one letter for the steps of one day on several
    /// claims of one debtor), each with the facts its own letter would have; empty for a letter
    /// about one claim. Built by [`LetterInput::merge`].
    pub merged: Vec<LetterInput>,
}

impl LetterInput {
    /// One letter for several claims' letters of one day (same debtor, step kind and channel): the
    /// first one's parties, payment details and portal code, the given date and deadline (the
    /// earliest of the claims'), and each claim in `merged`, in the order given. Its own amounts
    /// are zero; [`LetterInput::totals`] sums the claims per currency. One letter gives itself back.
    pub fn merge(mut parts: Vec<LetterInput>, date: Date, deadline: Option<Date>) -> Option<LetterInput> {
        if parts.len() < 2 {
            return parts.pop();
        }
        let first = &parts[0];
        let zero = Money::zero(first.currency());
        Some(
            LetterInput {
                date,
                deadline,
                principal: zero,
                fees: Vec::new(),
                interest: Vec::new(),
                paid: zero,
                notice: NoticeInfo::default(),
                ..first.clone()
            }
            .with_merged(parts),
        )
    }

    fn with_merged(mut self, parts: Vec<LetterInput>) -> LetterInput {
        self.merged = parts;
        self
    }

    /// Whether this letter names several claims.
    pub fn is_merged(&self) -> bool {
        !self.merged.is_empty()
    }

    /// The claims this letter is about: its merged claims, or itself.
    pub fn claims(&self) -> Vec<&LetterInput> {
        if self.is_merged() { self.merged.iter().collect() } else { vec![self] }
    }

    /// What the debtor is asked to pay, per currency in the order the claims first use it: one
    /// amount, unless a merged letter's claims are in several currencies.
    pub fn totals(&self) -> Vec<Money> {
        let mut out: Vec<Money> = Vec::new();
        for claim in self.claims() {
            let t = claim.total();
            match out.iter_mut().find(|m| m.currency() == t.currency()) {
                Some(m) => *m = Money::from_minor(m.minor() + t.minor(), t.currency()),
                None => out.push(t),
            }
        }
        out
    }

    /// [`LetterInput::totals`] written in `lang`, joined with " + ".
    pub fn totals_text(&self, lang: &str) -> String {
        self.totals().into_iter().map(|m| i18n::format_money(lang, m)).collect::<Vec<_>>().join(" + ")
    }

    pub fn currency(&self) -> Currency {
        self.principal.currency()
    }

    /// Principal + fees + interest − paid: what the debtor is asked to pay (for a merged letter,
    /// whose own amounts are zero, see [`LetterInput::totals`]).
    pub fn total(&self) -> Money {
        let minor = self.principal.minor()
            + self.fees.iter().map(|f| f.amount.minor()).sum::<i64>()
            + self.interest.iter().map(|i| i.amount.minor()).sum::<i64>()
            - self.paid.minor();
        Money::from_minor(minor, self.currency())
    }

    pub fn fees_total(&self) -> Money {
        Money::from_minor(self.fees.iter().map(|f| f.amount.minor()).sum(), self.currency())
    }

    pub fn interest_total(&self) -> Money {
        Money::from_minor(self.interest.iter().map(|i| i.amount.minor()).sum(), self.currency())
    }

    /// What the debtor is asked to pay now: the first instalment of a new plan, the missed
    /// instalment, else the whole [`total`](Self::total). The payment table and QR codes use it.
    pub fn pay_now(&self) -> Money {
        let n = &self.notice;
        let instalment = match self.kind {
            LetterKind::Notice(FlowNotice::PlanConfirmation) => n.instalments.first(),
            LetterKind::Notice(FlowNotice::InstalmentMissed) => n.missed.and_then(|k| n.instalments.get(k)),
            _ => None,
        };
        instalment.map_or_else(|| self.total(), |i| i.amount)
    }

    pub fn portal_url(&self) -> String {
        portal_link(&self.portal_base_url, &self.portal_code)
    }

    /// Whether the letter carries a Swish code: Swedish consumer, SEK, a Swish number, one claim
    /// (a code carries one reference).
    pub fn wants_swish(&self) -> bool {
        !self.is_merged()
            && self.jurisdiction == Jurisdiction::SE
            && self.debtor_kind == DebtorKind::Consumer
            && self.currency() == Currency::SEK
            && self.payment.swish_number.is_some()
    }

    /// Whether the letter carries an EPC (SEPA) code: EUR with an IBAN, one claim.
    pub fn wants_epc(&self) -> bool {
        !self.is_merged() && self.currency() == Currency::EUR && self.payment.iban.is_some()
    }
}

/// Looks messages up for one letter: the wanted language, then the creditor's default language,
/// then the catalog's own default. Each fallback is remembered so the caller can log it.
#[derive(Debug)]
pub struct Translator<'a> {
    pub catalog: &'a Catalog,
    pub lang: String,
    pub fallback_lang: String,
    pub fallbacks: std::sync::Mutex<Vec<String>>,
}

impl<'a> Translator<'a> {
    pub fn new(catalog: &'a Catalog, lang: &str, fallback_lang: &str) -> Translator<'a> {
        Translator {
            catalog,
            lang: lang.to_string(),
            fallback_lang: fallback_lang.to_string(),
            fallbacks: std::sync::Mutex::new(Vec::new()),
        }
    }

    /// The language the letter is written in, amounts and dates included: the wanted one when
    /// the catalog has letter texts in it, else the creditor's default.
    pub fn format_lang(&self) -> &str {
        if self.catalog.keys(&self.lang, LETTERS_FILE).is_empty() { &self.fallback_lang } else { &self.lang }
    }

    pub fn text(&self, id: &str, args: &Args) -> String {
        let first = self.catalog.text(&self.lang, id, args);
        let chosen = if first.fell_back && self.fallback_lang != self.lang && self.fallback_lang != first.lang {
            let second = self.catalog.text(&self.fallback_lang, id, args);
            if second.missing { first } else { second }
        } else {
            first
        };
        if (chosen.fell_back || chosen.lang != self.lang)
            && let Ok(mut list) = self.fallbacks.lock()
        {
            let note = if chosen.missing {
                format!("{id}: missing in every language")
            } else {
                format!("{id}: {} → {}", self.lang, chosen.lang)
            };
            if !list.contains(&note) {
                list.push(note);
            }
        }
        chosen.text
    }

    /// The first of `ids` that some language defines (most specific first), translated.
    pub fn first_of(&self, ids: &[String], args: &Args) -> String {
        for id in ids {
            if !self.catalog.text(&self.lang, id, args).missing {
                return self.text(id, args);
            }
        }
        self.text(ids.last().map_or("", String::as_str), args)
    }

    pub fn take_fallbacks(&self) -> Vec<String> {
        self.fallbacks.lock().map(|mut l| std::mem::take(&mut *l)).unwrap_or_default()
    }
}

#[derive(Debug, Serialize)]
struct Line {
    label: String,
    amount: String,
    reason: String,
    kind: &'static str,
}

/// One claim of a letter as a template sees it (`claims[]`): the letter's one claim, or each
/// claim of a merged letter with its own breakdown, reference and amount to pay.
#[derive(Debug, Serialize)]
struct ClaimLines {
    invoice_number: String,
    issue_date: String,
    due_date: String,
    reference: String,
    /// "Invoice F-1", as the breakdown's first line.
    label: String,
    /// The claim's heading in a merged letter.
    heading: String,
    lines: Vec<Line>,
    /// "To pay for invoice F-1".
    total_label: String,
    total: String,
}

fn jurisdiction_code(j: Jurisdiction) -> &'static str {
    match j {
        Jurisdiction::SE => "se",
        Jurisdiction::NO => "no",
    }
}

/// The named values every Fluent message of a letter may use (`{ $invoice }`, `{ $total }`, …).
pub fn standard_args(input: &LetterInput, lang: &str) -> Args {
    let money = |m: Money| i18n::format_money(lang, m);
    let date = |d: Date| i18n::format_date(lang, d);
    let mut args = Args::new()
        .str("creditor", input.creditor.name.clone())
        .str("debtor", input.debtor.name.clone())
        .str("invoice", input.claim.invoice_number.clone())
        .str("issued", date(input.claim.issue_date))
        .str("due", date(input.claim.due_date))
        .str("principal", money(input.principal))
        .str("fees", money(input.fees_total()))
        .str("interest", money(input.interest_total()))
        .str("total", if input.is_merged() { input.totals_text(lang) } else { money(input.total()) })
        .str("reference", input.payment.reference.clone())
        .str("url", input.portal_url())
        .str("code", input.portal_code.clone())
        .str("date", date(input.date));
    if let Some(d) = input.deadline {
        args = args.str("deadline", date(d));
    }
    if let (Some(first), Some(last)) = (input.interest.first(), input.interest.last()) {
        args = args
            .str("interest_from", date(first.from))
            .str("interest_through", date(last.through))
            .str("rate", percent(lang, first.rate));
    }
    let n = &input.notice;
    args = args.str("amount", if input.is_merged() { input.totals_text(lang) } else { money(input.pay_now()) });
    if !n.instalments.is_empty() {
        let count = i64::try_from(n.instalments.len()).unwrap_or(i64::MAX);
        let plan_total = n.instalments.iter().map(|i| i.amount.minor()).sum::<i64>();
        args = args.num("count", count).str("plan_total", money(Money::from_minor(plan_total, input.currency())));
        if let Some(first) = n.instalments.first() {
            args = args.str("first_due", date(first.due));
        }
    }
    if let Some(fee) = n.plan_fee.filter(|f| f.is_positive()) {
        args = args.str("plan_fee", money(fee));
    }
    if let Some(i) = n.missed.and_then(|k| n.instalments.get(k).map(|i| (k, i))) {
        args = args.num("number", i64::try_from(i.0 + 1).unwrap_or(i64::MAX)).str("missed_due", date(i.1.due));
    }
    if let Some(d) = n.lapses_after {
        args = args.str("lapses_after", date(d));
    }
    if let Some(d) = n.promised {
        args = args.str("promised", date(d));
    }
    args
}

/// A rate as the language writes percentages: "10,50 %" (sv, nb), "10.50%" (en).
pub fn percent(lang: &str, rate: domain::law::Rate) -> String {
    let text = rate.percent_string();
    match lang {
        "en" => format!("{text}%"),
        _ => format!("{}\u{a0}%", text.replace('.', ",")),
    }
}

impl LetterInput {
    /// The template context, every text in the translator's language.
    pub fn context(&self, tr: &Translator<'_>) -> serde_json::Value {
        let lang = tr.format_lang().to_string();
        let money = |m: Money| i18n::format_money(&lang, m);
        let date = |d: Date| i18n::format_date(&lang, d);
        let args = standard_args(self, &lang);
        let j = jurisdiction_code(self.jurisdiction);
        let lines = if self.is_merged() { Vec::new() } else { self.lines(tr, &lang) };
        let claims: Vec<ClaimLines> = self
            .claims()
            .into_iter()
            .map(|c| {
                let a = standard_args(c, &lang);
                ClaimLines {
                    invoice_number: c.claim.invoice_number.clone(),
                    issue_date: date(c.claim.issue_date),
                    due_date: date(c.claim.due_date),
                    reference: c.payment.reference.clone(),
                    label: tr.text("line-principal", &a),
                    heading: tr.text("merged-claim", &a),
                    lines: c.lines(tr, &lang),
                    total_label: tr.text("merged-claim-total", &a),
                    total: money(c.total()),
                }
            })
            .collect();
        let total = if self.is_merged() { self.totals_text(&lang) } else { money(self.total()) };
        let sum = |each: &dyn Fn(&LetterInput) -> Money| {
            if !self.is_merged() {
                return money(each(self));
            }
            let mut out: Vec<Money> = Vec::new();
            for c in &self.merged {
                let m = each(c);
                match out.iter_mut().find(|o| o.currency() == m.currency()) {
                    Some(o) => *o = Money::from_minor(o.minor() + m.minor(), m.currency()),
                    None => out.push(m),
                }
            }
            out.into_iter().map(money).collect::<Vec<_>>().join(" + ")
        };
        let step = self.kind.code().replace('_', "-");
        // Most specific first: this step in this jurisdiction, this step anywhere, any step.
        let legal = |what: &str| {
            tr.first_of(
                &[format!("legal-{what}-{step}-{j}"), format!("legal-{what}-{step}"), format!("legal-{what}")],
                &args,
            )
        };
        let p = &self.payment;
        let (account_label, account) = if let Some(bg) = &p.bankgiro {
            (tr.text("pay-bankgiro", &args), bg.clone())
        } else if let Some(pg) = &p.plusgiro {
            (tr.text("pay-plusgiro", &args), pg.clone())
        } else if let Some(acc) = &p.no_account {
            (tr.text("pay-account", &args), acc.clone())
        } else if let Some(iban) = &p.iban {
            (tr.text("pay-iban", &args), iban.clone())
        } else {
            (String::new(), String::new())
        };
        let reference_label = match p.reference_kind {
            Some(ReferenceKind::Kid) => tr.text("pay-kid", &args),
            _ => tr.text("pay-ocr", &args),
        };
        serde_json::json!({
            "lang": lang,
            "jurisdiction": self.jurisdiction.code(),
            "step": self.kind.code(),
            "notice": self.notice_context(&lang),
            "debtor_kind": self.debtor_kind.code(),
            "date": date(self.date),
            "creditor": {
                "name": self.creditor.name,
                "org_number": self.creditor.org_number,
                "address_lines": self.creditor.address_lines,
                "email": self.creditor.email,
                "phone": self.creditor.phone,
            },
            "debtor": { "name": self.debtor.name, "address_lines": self.debtor.address_lines },
            "claim": {
                "invoice_number": self.claim.invoice_number,
                "issue_date": date(self.claim.issue_date),
                "due_date": date(self.claim.due_date),
            },
            "merged": self.is_merged(),
            "claims": claims,
            "lines": lines,
            "principal": sum(&|c| c.principal),
            "fees_total": sum(&|c| c.fees_total()),
            "interest_total": sum(&|c| c.interest_total()),
            "total": total,
            "interest": self.interest.first().zip(self.interest.last()).map(|(first, last)| serde_json::json!({
                "rate": percent(&lang, first.rate),
                "from": date(first.from),
                "through": date(last.through),
                "amount": money(self.interest_total()),
            })),
            "deadline": self.deadline.map(date),
            "pay": {
                "account_label": account_label,
                "account": account,
                "reference_label": reference_label,
                "reference": p.reference,
                "amount": if self.is_merged() { total.clone() } else { money(self.pay_now()) },
                "iban": p.iban,
                "bic": p.bic,
            },
            "portal": { "url": self.portal_url(), "code": self.portal_code },
            "legal": {
                "consequence": legal("consequence"),
                "dispute": legal("dispute"),
                "complaint": legal("complaint"),
            },
        })
    }

    /// The breakdown of one claim: principal, each fee with what allows it, each interest period,
    /// and what was paid.
    fn lines(&self, tr: &Translator<'_>, lang: &str) -> Vec<Line> {
        let money = |m: Money| i18n::format_money(lang, m);
        let date = |d: Date| i18n::format_date(lang, d);
        let args = standard_args(self, lang);
        let j = jurisdiction_code(self.jurisdiction);
        let mut lines = vec![Line {
            label: tr.text("line-principal", &args),
            amount: money(self.principal),
            reason: tr.text("reason-principal", &args),
            kind: "principal",
        }];
        for fee in &self.fees {
            lines.push(Line {
                label: tr.text(&format!("fee-{}", fee.kind.code().replace('_', "-")), &args),
                amount: money(fee.amount),
                reason: tr.first_of(
                    &[format!("reason-fee-{}-{j}", fee.kind.code().replace('_', "-")), format!("reason-fee-{j}")],
                    &args,
                ),
                kind: "fee",
            });
        }
        for item in &self.interest {
            let a = standard_args(self, lang)
                .str("rate", percent(lang, item.rate))
                .str("interest_from", date(item.from))
                .str("interest_through", date(item.through));
            lines.push(Line {
                label: tr.text("line-interest", &a),
                amount: money(item.amount),
                reason: tr.text(&format!("reason-interest-{j}"), &a),
                kind: "interest",
            });
        }
        if self.paid.is_positive() {
            lines.push(Line {
                label: tr.text("line-paid", &args),
                amount: money(Money::from_minor(-self.paid.minor(), self.currency())),
                reason: String::new(),
                kind: "paid",
            });
        }
        lines
    }
}

#[derive(Debug, Serialize)]
struct InstalmentLine {
    number: usize,
    due: String,
    amount: String,
    missed: bool,
}

impl LetterInput {
    /// The notice's values for a template: the schedule as lines, the plan's fee and total, the
    /// missed instalment, the dates that matter and the creditor's answer (empty or null when
    /// the message is not that notice).
    fn notice_context(&self, lang: &str) -> serde_json::Value {
        let money = |m: Money| i18n::format_money(lang, m);
        let date = |d: Date| i18n::format_date(lang, d);
        let n = &self.notice;
        let schedule: Vec<InstalmentLine> = n
            .instalments
            .iter()
            .enumerate()
            .map(|(k, i)| InstalmentLine {
                number: k + 1,
                due: date(i.due),
                amount: money(i.amount),
                missed: n.missed == Some(k),
            })
            .collect();
        let plan_total = Money::from_minor(n.instalments.iter().map(|i| i.amount.minor()).sum(), self.currency());
        let missed = n
            .missed
            .and_then(|k| schedule.get(k))
            .map(|l| serde_json::json!({ "number": l.number, "due": l.due, "amount": l.amount }));
        serde_json::json!({
            "schedule": schedule,
            "plan_total": (!n.instalments.is_empty()).then(|| money(plan_total)),
            "plan_fee": n.plan_fee.filter(|f| f.is_positive()).map(money),
            "missed": missed,
            "lapses_after": n.lapses_after.map(date),
            "promised": n.promised.map(date),
            "answer": n.answer.as_deref().map(str::trim).filter(|a| !a.is_empty()),
        })
    }
}
