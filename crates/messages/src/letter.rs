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
}

impl LetterInput {
    pub fn currency(&self) -> Currency {
        self.principal.currency()
    }

    /// Principal + fees + interest − paid: what the debtor is asked to pay.
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

    /// Whether the letter carries a Swish code: Swedish consumer, SEK, a Swish number.
    pub fn wants_swish(&self) -> bool {
        self.jurisdiction == Jurisdiction::SE
            && self.debtor_kind == DebtorKind::Consumer
            && self.currency() == Currency::SEK
            && self.payment.swish_number.is_some()
    }

    /// Whether the letter carries an EPC (SEPA) code: EUR with an IBAN.
    pub fn wants_epc(&self) -> bool {
        self.currency() == Currency::EUR && self.payment.iban.is_some()
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
        .str("total", money(input.total()))
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
    args = args.str("amount", money(input.pay_now()));
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
            let a = standard_args(self, &lang)
                .str("rate", percent(&lang, item.rate))
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
            "lines": lines,
            "principal": money(self.principal),
            "fees_total": money(self.fees_total()),
            "interest_total": money(self.interest_total()),
            "total": money(self.total()),
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
                "amount": money(self.pay_now()),
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
