//! One letter's facts from the book, and `purr letters render`.
//!
//! [`letter_input`] builds a [`messages::LetterInput`] for (creditor, claim, step or notice) from the
//! creditor, debtor, claim, its ledger entries and dunning steps, and the law engine: the fees
//! and interest the ledger holds (each fee kind once; reversed entries left out), the interest
//! split into the law engine's periods when they add up to what was booked, what was paid, the
//! step's own date and deadline, the creditor's payment details and the portal code (the payment
//! reference, as the portal's code login expects). The outbox worker and `purr letters render`
//! use the same function, so a rendered letter is the letter that is sent.
//!
//! A merged letter ([`merged_letter_input`]) is each of its claims' letters put together by
//! `messages::LetterInput::merge`.
//!
//! A case flow's notice adds what its event on the claim's timeline holds ([`notice_info`]): the
//! plan's schedule and fee, the missed instalment and the last day before the plan lapses (its
//! due date plus the creditor's `plan_grace_days`), the creditor's note rejecting a dispute, the
//! date of the promise that was broken. A notice's deadline is the plan's next date to pay, or
//! [`NOTICE_DAYS_TO_PAY`] days after the notice.

use crate::db::DbArgs;
use anyhow::{Context, anyhow};
use clap::{Args, Subcommand};
use domain::dunning::Hold;
use domain::dunning::flows::FlowNotice;
use domain::law::{ClaimFacts, ContractRate, LawTables, Rate, SentStep};
use domain::{ClaimId, Creditor, CreditorId, Debtor, EntryKind, Jurisdiction, Money};
use jiff::civil::Date;
use messages::letter::{
    ClaimInfo, CreditorInfo, DebtorInfo, FeeItem, InterestItem, NoticeInfo, PaymentInfo, ReferenceKind,
};
use messages::{LetterInput, LetterKind, TemplateChannel};
use std::collections::HashSet;
use std::path::PathBuf;
use std::process::ExitCode;
use store::Store;

/// The portal's address printed on letters when none is configured (`PURR_PORTAL_URL`).
pub const DEFAULT_PORTAL_URL: &str = "http://127.0.0.1:8080";

/// The portal's base address: `PURR_PORTAL_URL`, else [`DEFAULT_PORTAL_URL`].
pub fn portal_base_url() -> String {
    std::env::var("PURR_PORTAL_URL").ok().filter(|u| !u.trim().is_empty()).unwrap_or_else(|| DEFAULT_PORTAL_URL.into())
}

/// A letter's input with the parties it was built from.
#[derive(Debug, Clone)]
pub struct LetterFacts {
    pub input: LetterInput,
    pub creditor: Creditor,
    pub debtor: Debtor,
}

/// How long a notice that asks for the balance (plan lapsed, dispute rejected, promise broken)
/// gives the debtor to pay: the days after the notice's date.
pub const NOTICE_DAYS_TO_PAY: i64 = 14;

/// Builds the letter for `kind` on `claim` as of `today` (used when a step was not booked).
/// A notice reads its facts from the timeline event `event` (the one that queued it), or from
/// the latest event that sent this notice when `event` is `None`.
#[allow(clippy::too_many_arguments)]
pub async fn letter_input(
    store: &Store,
    tables: &LawTables,
    creditor_id: CreditorId,
    claim_id: ClaimId,
    kind: LetterKind,
    event: Option<i64>,
    lang: Option<&str>,
    today: Date,
    portal_base_url: &str,
) -> anyhow::Result<LetterFacts> {
    let creditor = store.creditor(creditor_id).await.with_context(|| format!("creditor {}", creditor_id.0))?;
    let view = store
        .claim(creditor_id, claim_id)
        .await?
        .ok_or_else(|| anyhow!("claim {} not found for creditor {}", claim_id.0, creditor_id.0))?;
    let claim = &view.claim;
    let debtor = store
        .debtor(creditor_id, claim.debtor_id)
        .await?
        .ok_or_else(|| anyhow!("the debtor {} of claim {} is missing", claim.debtor_id.0, claim_id.0))?;
    let steps = store.dunning_steps(creditor_id, claim_id).await?;
    let (date, deadline, notice) = match kind {
        LetterKind::Step(step) => {
            let booked = steps.iter().rev().find(|s| s.kind == step);
            let date = booked.map_or(today, |s| s.sent_on);
            let deadline = match booked {
                Some(s) => s.deadline,
                None => step.fee_kind().and_then(|k| {
                    domain::law::earliest_deadline(creditor.jurisdiction, k, date, domain::law::Delivery::Post)
                        .ok()
                        .map(|d| d.earliest_deadline)
                }),
            };
            (date, deadline, NoticeInfo::default())
        }
        LetterKind::Notice(notice) => {
            let info = notice_info(store, creditor_id, claim_id, notice, event).await?;
            let deadline = match notice {
                FlowNotice::PlanConfirmation => info.instalments.first().map(|i| i.due),
                FlowNotice::InstalmentMissed => info.lapses_after,
                _ => today.checked_add(jiff::Span::new().days(NOTICE_DAYS_TO_PAY)).ok(),
            };
            (today, deadline, info)
        }
    };
    let currency = claim.principal.currency();
    let entries = store.entries(creditor_id, claim_id).await?;
    let reversed: HashSet<_> = entries
        .iter()
        .filter_map(|e| match e.kind {
            EntryKind::Reversal { of } => Some(of),
            _ => None,
        })
        .collect();
    let mut fees: Vec<FeeItem> = Vec::new();
    let mut interest_booked = 0_i64;
    for e in entries.iter().filter(|e| !reversed.contains(&e.id) && e.amount.is_positive()) {
        match e.kind {
            EntryKind::Fee { fee } => match fees.iter_mut().find(|f| f.kind == fee) {
                Some(item) => item.amount = Money::from_minor(item.amount.minor() + e.amount.minor(), currency),
                None => fees.push(FeeItem { kind: fee, amount: e.amount }),
            },
            EntryKind::Interest => interest_booked += e.amount.minor(),
            _ => {}
        }
    }
    let interest = interest_items(tables, &creditor, &debtor, claim, &steps, date, interest_booked);
    let outstanding = view.balance.outstanding().map_err(|e| anyhow!("balance of claim {}: {e}", claim_id.0))?;
    let listed = claim.principal.minor()
        + fees.iter().map(|f| f.amount.minor()).sum::<i64>()
        + interest.iter().map(|i| i.amount.minor()).sum::<i64>();
    let paid = Money::from_minor((listed - outstanding.minor()).max(0), currency);
    let reference = claim.payment_reference.clone().unwrap_or_else(|| claim.invoice_number.clone());
    let bank = &creditor.bank;
    let lang = lang.map_or_else(|| debtor.language.as_str().to_string(), str::to_string);
    let input = LetterInput {
        kind,
        jurisdiction: creditor.jurisdiction,
        debtor_kind: debtor.kind,
        lang,
        fallback_lang: creditor.default_language.as_str().to_string(),
        date,
        creditor: CreditorInfo {
            name: creditor.legal_name.clone(),
            org_number: creditor.org_number.clone(),
            address_lines: Vec::new(),
            email: None,
            phone: None,
        },
        debtor: DebtorInfo {
            name: debtor.name.clone(),
            address_lines: [
                debtor.address.street.clone(),
                format!("{} {}", debtor.address.postal_code, debtor.address.city).trim().to_string(),
                debtor.address.country.clone(),
            ]
            .into_iter()
            .filter(|l| !l.trim().is_empty())
            .collect(),
        },
        claim: ClaimInfo {
            invoice_number: claim.invoice_number.clone(),
            issue_date: claim.issue_date,
            due_date: claim.due_date,
        },
        principal: claim.principal,
        fees,
        interest,
        paid,
        deadline,
        payment: PaymentInfo {
            bankgiro: bank.bankgiro.clone(),
            plusgiro: bank.plusgiro.clone(),
            no_account: bank.no_account.clone(),
            iban: bank.iban.clone(),
            bic: bank.bic.clone(),
            reference: reference.clone(),
            reference_kind: Some(match creditor.jurisdiction {
                Jurisdiction::SE => ReferenceKind::Ocr,
                Jurisdiction::NO => ReferenceKind::Kid,
            }),
            swish_number: None,
        },
        portal_base_url: portal_base_url.to_string(),
        portal_code: reference,
        notice,
        merged: Vec::new(),
    };
    Ok(LetterFacts { input, creditor, debtor })
}

/// Builds a merged letter (case merging: one letter for the steps of one day on several claims of
/// one debtor) for `step` on `claims`: each claim's facts as [`letter_input`] builds them for its
/// own letter, then one letter dated `date` with the message's `deadline` (the earliest of the
/// claims'). One claim gives that claim's own letter.
#[allow(clippy::too_many_arguments)]
pub async fn merged_letter_input(
    store: &Store,
    tables: &LawTables,
    creditor_id: CreditorId,
    claims: &[ClaimId],
    step: domain::dunning::StepKind,
    lang: Option<&str>,
    date: Date,
    deadline: Option<Date>,
    portal_base_url: &str,
) -> anyhow::Result<LetterFacts> {
    let mut parts: Vec<LetterFacts> = Vec::with_capacity(claims.len());
    for &claim in claims {
        let facts =
            letter_input(store, tables, creditor_id, claim, LetterKind::Step(step), None, lang, date, portal_base_url)
                .await?;
        if let Some(first) = parts.first() {
            anyhow::ensure!(
                first.debtor.id == facts.debtor.id,
                "claims {} and {} of one merged letter have different debtors",
                first.input.claim.invoice_number,
                facts.input.claim.invoice_number
            );
        }
        parts.push(facts);
    }
    let Some(first) = parts.first() else { return Err(anyhow!("a merged letter without claims")) };
    let (creditor, debtor) = (first.creditor.clone(), first.debtor.clone());
    let input = LetterInput::merge(parts.into_iter().map(|p| p.input).collect(), date, deadline)
        .ok_or_else(|| anyhow!("a merged letter without claims"))?;
    Ok(LetterFacts { input, creditor, debtor })
}

/// A notice's facts from the claim's timeline: the event that sent it (by id, or the latest with
/// this notice), its payment plan, the creditor's note, and the promise that came before it.
pub async fn notice_info(
    store: &Store,
    creditor: CreditorId,
    claim: ClaimId,
    notice: FlowNotice,
    event: Option<i64>,
) -> anyhow::Result<NoticeInfo> {
    let events = store.case_events(creditor, claim, None, 10_000).await?;
    let sent = |e: &&store::CaseEvent| e.details.get("notice").and_then(|n| n.as_str()) == Some(notice.code());
    let found = match event {
        Some(id) => events.iter().position(|e| e.id == id),
        None => events.iter().rposition(|e| sent(&e)),
    };
    let Some(at) = found else {
        return Err(anyhow!(
            "claim {} has no {} on its timeline{}",
            claim.0,
            notice.code(),
            event.map_or_else(String::new, |id| format!(" (event {id})"))
        ));
    };
    let details = &events[at].details;
    let hold = |d: &serde_json::Value| d.get("hold").and_then(|h| serde_json::from_value::<Hold>(h.clone()).ok());
    let mut info = NoticeInfo::default();
    if let Some(Hold::Plan(plan)) = hold(details) {
        info.instalments = plan.instalments.clone();
        info.plan_fee = Some(plan.fee).filter(|f| f.is_positive());
        if notice == FlowNotice::InstalmentMissed {
            let k = usize::from(plan.notices_sent).saturating_sub(1);
            let policy = store.case_policy(creditor).await?;
            info.missed = Some(k);
            info.lapses_after = plan
                .instalments
                .get(k)
                .and_then(|i| i.due.checked_add(jiff::Span::new().days(i64::from(policy.plan_grace_days))).ok());
        }
    }
    if notice == FlowNotice::DisputeRejected {
        info.answer = details
            .pointer("/request/note")
            .and_then(|n| n.as_str())
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_string);
    }
    if notice == FlowNotice::PromiseBroken {
        info.promised = events[..at].iter().rev().find_map(|e| match hold(&e.details) {
            Some(Hold::Promise { until }) => Some(until),
            _ => None,
        });
    }
    Ok(info)
}

/// The interest lines: the law engine's periods up to `date` when they add up to what the ledger
/// booked; else one line with the booked amount (the engine's window and first rate when known).
fn interest_items(
    tables: &LawTables,
    creditor: &Creditor,
    debtor: &Debtor,
    claim: &domain::Claim,
    steps: &[domain::dunning::SentDunningStep],
    date: Date,
    booked: i64,
) -> Vec<InterestItem> {
    if booked <= 0 {
        return Vec::new();
    }
    let currency = claim.principal.currency();
    let facts = ClaimFacts {
        jurisdiction: creditor.jurisdiction,
        debtor: debtor.kind,
        principal: claim.principal,
        due: claim.due_date,
        reminder_fee_agreed: creditor.reminder_fee_agreed,
        instalment_plan_agreed: false,
        contract_rate: claim
            .contract_rate_percent
            .and_then(|r| Rate::from_percent(r).ok())
            .map(ContractRate::AtLeastStatutory),
    };
    let sent: Vec<SentStep> = steps
        .iter()
        .filter(|s| s.sent_on <= date)
        .flat_map(|s| s.fee_kinds.iter().map(|&k| SentStep { step: k, sent: s.sent_on, deadline: s.deadline }))
        .collect();
    let explained = tables.explain(&facts, &sent, date).ok();
    if let Some(e) = &explained {
        let periods = &e.interest.periods;
        if !periods.is_empty() && periods.iter().map(|p| p.interest.minor()).sum::<i64>() == booked {
            return periods
                .iter()
                .map(|p| InterestItem { from: p.from, through: p.to, rate: p.rate, amount: p.interest })
                .collect();
        }
    }
    let (from, through) = explained.as_ref().and_then(|e| e.interest.accrual).unwrap_or((claim.due_date, date));
    let rate = explained
        .as_ref()
        .and_then(|e| e.interest.periods.first().map(|p| p.rate))
        .unwrap_or(Rate::from_micro_percent(0));
    vec![InterestItem { from, through, rate, amount: Money::from_minor(booked, currency) }]
}

/// The creditor's active template for (step or notice, channel, language), if any.
pub async fn creditor_template(
    store: &Store,
    creditor: CreditorId,
    kind: LetterKind,
    channel: TemplateChannel,
    lang: &str,
) -> anyhow::Result<Option<String>> {
    Ok(store.active_template(creditor, kind.code(), channel.code(), lang).await?)
}

/// Renders the letter PDF for `facts` (the creditor's active letter template, else Purr's), in
/// the language `messages::pdf::pdf_lang` picks (right-to-left languages fall back).
pub async fn render_pdf(store: &Store, facts: &LetterFacts) -> anyhow::Result<(messages::Rendered, Vec<u8>)> {
    let input = &facts.input;
    let lang = messages::pdf::pdf_lang(input);
    // A merged letter is always Purr's: the creditor's templates are written for one claim.
    let source = if input.is_merged() {
        None
    } else {
        creditor_template(store, facts.creditor.id, input.kind, TemplateChannel::Letter, lang).await?
    };
    Ok(messages::pdf::letter(input, source.as_deref(), messages::i18n::Catalog::builtin())?)
}

#[derive(Debug, Subcommand)]
pub enum LettersCmd {
    /// Render one letter as it would be sent, as a PDF file.
    #[command(
        after_help = "Examples:\n  purr letters render --creditor 1 --claim 42 --step reminder --out reminder.pdf\n  \
                      purr letters render --claim 42 --step collection_demand --lang en --out demand-en.pdf\n  \
                      purr letters render --claim 42 --step plan_confirmation --out plan.pdf\n\n\
                      The letter uses the claim's booked step (its date and deadline) when there is one, otherwise \
                      today. A case flow's notice (plan_confirmation, instalment_missed, plan_lapsed, \
                      dispute_rejected, promise_broken) uses the latest event on the claim's timeline that sent it. \
                      Set PURR_PORTAL_URL to print the portal's real address."
    )]
    Render(RenderArgs),
    /// List what a letter template can use: each variable with its value in a sample letter.
    #[command(after_help = "Examples:\n  purr letters variables\n  \
                      purr letters variables --step plan_confirmation --lang en\n  \
                      purr letters variables --step collection_demand --json\n\n\
                      Besides these, a template has t(\"message-id\") for Purr's sentences in the \
                      letter's language (locales/<lang>/letters.ftl). Templates are edited with \
                      PUT /api/v1/templates/{step}/{channel}/{lang} or on the dashboard.")]
    Variables(VariablesArgs),
}

#[derive(Debug, Args)]
pub struct VariablesArgs {
    /// The step kind or notice the template is for (they differ: a notice has its own facts).
    #[arg(long, value_name = "KIND", default_value = "reminder")]
    pub step: String,
    /// The language of the sample values.
    #[arg(long, value_name = "xx", default_value = "en")]
    pub lang: String,
    /// Print `[{"name": …, "example": …}]`.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The creditor (id).
    #[arg(long, default_value_t = 1)]
    pub creditor: i64,
    /// The claim (id, as `purr claims list` shows it).
    #[arg(long)]
    pub claim: i64,
    /// The step kind (pre_due_notice, reminder, second_reminder, collection_warning,
    /// collection_demand, payment_demand, handover) or notice (plan_confirmation,
    /// instalment_missed, plan_lapsed, dispute_rejected, promise_broken).
    #[arg(long, value_name = "KIND")]
    pub step: String,
    /// The language (sv, nb, en, …); default the debtor's.
    #[arg(long, value_name = "xx")]
    pub lang: Option<String>,
    /// Where to write the PDF.
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
}

pub fn run(cmd: LettersCmd, db: &DbArgs) -> anyhow::Result<ExitCode> {
    if let LettersCmd::Variables(args) = &cmd {
        return variables(args);
    }
    crate::db::block_on(async {
        match cmd {
            LettersCmd::Variables(_) => unreachable!("answered above without a database"),
            LettersCmd::Render(args) => {
                let step = LetterKind::from_code(&args.step).ok_or_else(|| {
                    anyhow!("--step {:?} is not a step kind or notice (use one of {})", args.step, LetterKind::codes())
                })?;
                let store = db.open().await?;
                let tables = crate::rates_cmd::tables_in_force(&store).await?;
                let facts = letter_input(
                    &store,
                    &tables,
                    CreditorId(args.creditor),
                    ClaimId(args.claim),
                    step,
                    None,
                    args.lang.as_deref(),
                    crate::today(),
                    &portal_base_url(),
                )
                .await?;
                let (rendered, pdf) = render_pdf(&store, &facts).await?;
                for note in &rendered.fallbacks {
                    eprintln!("note: translation fell back: {note}");
                }
                std::fs::write(&args.out, &pdf).with_context(|| format!("cannot write {}", args.out.display()))?;
                println!(
                    "Wrote {} ({} bytes): {} for claim {} ({}), {} to pay, language {}.",
                    args.out.display(),
                    pdf.len(),
                    step.code(),
                    args.claim,
                    facts.input.claim.invoice_number,
                    messages::i18n::format_money(&rendered.lang, facts.input.total()),
                    rendered.lang
                );
                Ok(ExitCode::SUCCESS)
            }
        }
    })
}

fn variables(args: &VariablesArgs) -> anyhow::Result<ExitCode> {
    let Some(kind) = LetterKind::from_code(&args.step) else {
        eprintln!("error: --step {:?} is not a step kind or notice (use one of {})", args.step, LetterKind::codes());
        return Ok(ExitCode::from(2));
    };
    let Some(locale) = messages::i18n::find_locale(&args.lang) else {
        eprintln!("error: --lang {:?} is not a language Purr writes in", args.lang);
        return Ok(ExitCode::from(2));
    };
    let list = messages::template::variables(kind, locale.code);
    if args.json {
        let items: Vec<_> = list.iter().map(|(n, e)| serde_json::json!({"name": n, "example": e})).collect();
        println!("{}", serde_json::to_string_pretty(&items)?);
        return Ok(ExitCode::SUCCESS);
    }
    let width = list.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
    println!("Variables of a {} template (examples from Purr's sample letter in {}):", kind.code(), locale.code);
    for (name, example) in &list {
        let example: String = example.chars().take(60).collect();
        println!("  {name:<width$}  {example}");
    }
    println!(
        "Use them as {{{{ claim.invoice_number }}}}; loop over lists with {{% for line in lines %}}…{{% endfor %}}."
    );
    Ok(ExitCode::SUCCESS)
}
