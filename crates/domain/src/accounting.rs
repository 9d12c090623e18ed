//! The creditor's bookkeeping of its collection: ledger entries turned into balanced vouchers.
//!
//! Purr's ledger is seen from the claim (what the debtor owes); a creditor's books see the same
//! events as debits and credits on accounts. This module is the translation, with the accounts
//! as data (`data/accounting/accounts.toml`, compiled in): one chart per jurisdiction, each
//! account with its role, number, name and source.
//!
//! Every entry becomes two lines that cancel: the amount on the account of the component it
//! touches (`receivable` for principal, fees and interest, `customer_credit` for money held for
//! the debtor) and its opposite on the account of what happened (fee income, interest income,
//! the bank, the loss, the sales a credit note takes back). In SIE's sign convention a positive
//! amount is a debit, and the ledger's sign (positive = the debtor owes more) is exactly the
//! receivable's debit, so:
//!
//! - a fee or interest: receivable debit, income credit;
//! - a payment: bank debit, receivable (or, for an overpayment, customer credit) credit;
//! - a write-off: loss debit, receivable credit;
//! - a credit note: sales debit, receivable credit;
//! - a refund: customer credit debit, bank credit;
//! - a reversal: the lines of the entry it reverses, with the reversal's (opposite) amount.
//!
//! The principal (the invoice itself) is not exported: the creditor's invoicing booked it when the
//! invoice was issued, and booking it again would count the receivable twice. A reversal of a
//! principal is skipped for the same reason. Entries in another currency than the chart's (SIE
//! holds one currency per company) are skipped too; both are listed in [`Export::skipped`].
//!
//! With [`Grouping::Event`] (the default), entries of one event (the same day and event key, e.g. one bank payment spread over a claim's
//! components, or one dunning step's fee and interest, or a credit moved from one claim to
//! another) become one voucher, and lines on the same account within a voucher are added up. A
//! credit moved between two claims of one debtor thus books customer credit against the
//! receivable without touching the bank; where both are one account the voucher is empty and
//! left out (its entries listed in [`Export::netted_out`]). [`Grouping::Day`] makes one summary
//! voucher per day instead, its lines added up per account.

use crate::ids::{ClaimId, EntryId};
use crate::ledger::{Component, Entry, EntryKind};
use crate::money::{Currency, Money};
use crate::party::Jurisdiction;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

/// What kind of account it is, as SIE's `#KTYP` says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountType {
    /// Tillgång (asset).
    #[serde(rename = "T")]
    Asset,
    /// Skuld (liability or equity).
    #[serde(rename = "S")]
    Liability,
    /// Kostnad (cost).
    #[serde(rename = "K")]
    Cost,
    /// Intäkt (income).
    #[serde(rename = "I")]
    Income,
}

impl AccountType {
    pub fn sie_code(self) -> &'static str {
        match self {
            AccountType::Asset => "T",
            AccountType::Liability => "S",
            AccountType::Cost => "K",
            AccountType::Income => "I",
        }
    }
}

/// One account of the chart and what Purr books there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Account {
    pub role: String,
    pub number: u32,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: AccountType,
    pub source: String,
    pub verification: String,
}

/// The words a voucher's text is made of, in the chart's language.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Words {
    invoice: String,
    credit_note: String,
    interest: String,
    payment: String,
    write_off: String,
    refund: String,
    reversal: String,
    /// The text of a day's summary voucher begins with this ("Inkasso").
    day: String,
    /// "entries", counted in a day's summary voucher's text.
    entries: String,
    fee: BTreeMap<String, String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ChartFile {
    currency: String,
    chart: String,
    series: String,
    words: Words,
    account: Vec<Account>,
}

/// A jurisdiction's chart of accounts for the export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    pub jurisdiction: Jurisdiction,
    /// The one currency the books are kept in.
    pub currency: Currency,
    /// The standard chart the numbers come from ("BAS", "NS 4102").
    pub standard: String,
    /// The voucher series the export writes.
    pub series: String,
    pub accounts: Vec<Account>,
    words: Words,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChartError {
    #[error("the account file cannot be read: {0}")]
    BadFile(String),
    #[error("the account file has no chart for {0}")]
    NoChart(Jurisdiction),
    #[error("the {0} chart has no account for the role {1:?}")]
    MissingRole(Jurisdiction, String),
    #[error("the {0} chart names the role {1:?} twice")]
    RoleTwice(Jurisdiction, String),
    #[error("the {0} chart has an unknown role {1:?}")]
    UnknownRole(Jurisdiction, String),
    #[error("the {0} chart has account number {1}, which is not four digits")]
    BadNumber(Jurisdiction, u32),
    #[error("the {0} chart gives account {1} two names or types")]
    NumberTwice(Jurisdiction, u32),
    #[error("the {0} chart's currency {1:?} is not one Purr knows")]
    BadCurrency(Jurisdiction, String),
    #[error("the {0} chart has no word for {1:?}")]
    MissingWord(Jurisdiction, String),
}

/// The built-in account file.
pub const ACCOUNTS_TOML: &str = include_str!("../../../data/accounting/accounts.toml");

/// Every role a chart must have an account for.
pub fn required_roles() -> Vec<String> {
    let mut roles: Vec<String> =
        ["receivable", "customer_credit", "bank", "credit_note", "interest"].iter().map(|r| r.to_string()).collect();
    roles.extend(crate::ledger::FeeKind::ALL.iter().map(|f| format!("fee.{}", f.code())));
    roles.extend(
        [Component::Principal, Component::Fees, Component::Interest, Component::Credit]
            .iter()
            .map(|c| format!("write_off.{}", c.code())),
    );
    roles
}

impl Chart {
    /// The built-in chart for a jurisdiction (BAS for SE, NS 4102 for NO).
    pub fn builtin(jurisdiction: Jurisdiction) -> Result<Chart, ChartError> {
        Chart::parse(ACCOUNTS_TOML, jurisdiction)
    }

    /// Reads one jurisdiction's chart from an account file and checks it is complete.
    pub fn parse(text: &str, jurisdiction: Jurisdiction) -> Result<Chart, ChartError> {
        let mut files: BTreeMap<String, ChartFile> =
            toml::from_str(text).map_err(|e| ChartError::BadFile(e.to_string()))?;
        let file = files.remove(jurisdiction.code()).ok_or(ChartError::NoChart(jurisdiction))?;
        let currency = Currency::ALL
            .into_iter()
            .find(|c| c.code() == file.currency)
            .ok_or_else(|| ChartError::BadCurrency(jurisdiction, file.currency.clone()))?;
        let required = required_roles();
        let mut seen: HashSet<&str> = HashSet::new();
        let mut numbers: HashMap<u32, (&str, AccountType)> = HashMap::new();
        for account in &file.account {
            if !required.contains(&account.role) {
                return Err(ChartError::UnknownRole(jurisdiction, account.role.clone()));
            }
            if !seen.insert(&account.role) {
                return Err(ChartError::RoleTwice(jurisdiction, account.role.clone()));
            }
            if !(1000..=9999).contains(&account.number) {
                return Err(ChartError::BadNumber(jurisdiction, account.number));
            }
            let this = (account.name.as_str(), account.kind);
            if *numbers.entry(account.number).or_insert(this) != this {
                return Err(ChartError::NumberTwice(jurisdiction, account.number));
            }
        }
        if let Some(missing) = required.iter().find(|r| !seen.contains(r.as_str())) {
            return Err(ChartError::MissingRole(jurisdiction, missing.clone()));
        }
        if let Some(fee) = crate::ledger::FeeKind::ALL.iter().find(|f| !file.words.fee.contains_key(f.code())) {
            return Err(ChartError::MissingWord(jurisdiction, format!("fee.{}", fee.code())));
        }
        Ok(Chart {
            jurisdiction,
            currency,
            standard: file.chart,
            series: file.series,
            accounts: file.account,
            words: file.words,
        })
    }

    /// The account for a role (every required role has one: [`Chart::parse`] checks it).
    pub fn account(&self, role: &str) -> Option<&Account> {
        self.accounts.iter().find(|a| a.role == role)
    }

    /// Every account number once, in order, with its name and type (for `#KONTO` and `#KTYP`).
    pub fn distinct_accounts(&self) -> Vec<(u32, &str, AccountType)> {
        let mut out: BTreeMap<u32, (&str, AccountType)> = BTreeMap::new();
        for a in &self.accounts {
            out.entry(a.number).or_insert((a.name.as_str(), a.kind));
        }
        out.into_iter().map(|(n, (name, kind))| (n, name, kind)).collect()
    }

    fn kind_word(&self, kind: EntryKind) -> &str {
        match kind {
            EntryKind::Principal => &self.words.invoice,
            EntryKind::CreditNote => &self.words.credit_note,
            EntryKind::Fee { fee } => self.words.fee.get(fee.code()).map(String::as_str).unwrap_or(fee.code()),
            EntryKind::Interest => &self.words.interest,
            EntryKind::Payment => &self.words.payment,
            EntryKind::WriteOff => &self.words.write_off,
            EntryKind::Refund => &self.words.refund,
            EntryKind::Reversal { .. } => &self.words.reversal,
        }
    }
}

/// A ledger entry with what the export needs beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookEntry {
    pub entry: Entry,
    /// The claim's invoice number, for the voucher's text.
    pub invoice_number: String,
    /// Entries of one event share this key (the store derives it from the idempotency key);
    /// `None` makes the entry its own event.
    pub event: Option<String>,
    /// For a reversal: the kind of the entry it reverses (which may lie outside the period).
    pub reverses: Option<EntryKind>,
}

/// One line of a voucher: an amount on an account, positive = debit, negative = credit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Line {
    pub account: u32,
    pub amount_minor: i64,
}

/// One voucher (verifikation): its lines sum to zero.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Voucher {
    pub date: Date,
    pub text: String,
    pub lines: Vec<Line>,
    /// The ledger entries it books.
    pub entries: Vec<EntryId>,
}

impl Voucher {
    /// The sum of the lines (zero for every voucher [`vouchers`] makes).
    pub fn sum(&self) -> i128 {
        self.lines.iter().map(|l| i128::from(l.amount_minor)).sum()
    }
}

/// Why an entry is not in the export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "why")]
pub enum SkipReason {
    /// The invoice itself (or a reversal of it): the creditor's invoicing books it.
    BookedByInvoicing,
    /// Not in the chart's currency: SIE keeps one currency per company.
    OtherCurrency { currency: Currency },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub entry: EntryId,
    pub claim: ClaimId,
    pub kind: String,
    pub amount: Money,
    pub reason: SkipReason,
}

/// The vouchers of a period and what was left out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Export {
    pub vouchers: Vec<Voucher>,
    pub skipped: Vec<Skipped>,
    /// Entries of events whose lines cancelled out completely (a credit moved between two claims
    /// when customer credit and receivable are one account): booked, but no voucher shows them.
    pub netted_out: Vec<EntryId>,
    /// The sum of every account's lines, positive = debit.
    pub totals: BTreeMap<u32, i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccountingError {
    #[error("entry {0} reverses an entry whose kind was not given")]
    UnknownReversed(EntryId),
    #[error("the chart has no account for {0:?}")]
    MissingRole(String),
    #[error("the amounts are too large to add up (entry {0})")]
    Overflow(EntryId),
}

/// The two roles an entry's amount is booked between: (side of the amount, side of its opposite).
/// `None` when the entry is not exported.
fn roles(kind: EntryKind, component: Component) -> Option<(String, String)> {
    let own = match component {
        Component::Credit => "customer_credit",
        _ => "receivable",
    };
    let other = match kind {
        EntryKind::Principal | EntryKind::Reversal { .. } => return None,
        EntryKind::CreditNote => "credit_note".to_string(),
        EntryKind::Fee { fee } => format!("fee.{}", fee.code()),
        EntryKind::Interest => "interest".to_string(),
        EntryKind::Payment | EntryKind::Refund => "bank".to_string(),
        EntryKind::WriteOff => format!("write_off.{}", component.code()),
    };
    Some((own.to_string(), other))
}

struct Building {
    date: Date,
    first: EntryId,
    /// (account, sum) in order of first appearance.
    lines: Vec<Line>,
    words: Vec<String>,
    invoices: Vec<String>,
    entries: Vec<EntryId>,
}

fn add_line(lines: &mut Vec<Line>, account: u32, amount: i64, entry: EntryId) -> Result<(), AccountingError> {
    match lines.iter_mut().find(|l| l.account == account) {
        Some(line) => {
            line.amount_minor = line.amount_minor.checked_add(amount).ok_or(AccountingError::Overflow(entry))?;
        }
        None => lines.push(Line { account, amount_minor: amount }),
    }
    Ok(())
}

/// How entries are gathered into vouchers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Grouping {
    /// One voucher per day and event (one payment, one dunning step): every voucher traces to
    /// its claim.
    #[default]
    Event,
    /// One summary voucher per day, lines added up per account (a daily journal): few vouchers
    /// for a large book; a credit moved between claims and refunds net out on the bank.
    Day,
}

/// Turns a period's entries into balanced vouchers under `chart`. The caller picks the period;
/// every entry given is either booked or listed as skipped.
pub fn vouchers(chart: &Chart, entries: &[BookEntry], grouping: Grouping) -> Result<Export, AccountingError> {
    let mut order: Vec<&BookEntry> = entries.iter().collect();
    order.sort_by_key(|e| (e.entry.effective_date, e.entry.id));
    let mut skipped = Vec::new();
    let mut building: Vec<Building> = Vec::new();
    let mut by_event: HashMap<(Date, String), usize> = HashMap::new();
    for book in order {
        let e = &book.entry;
        let skip = |reason| Skipped { entry: e.id, claim: e.claim_id, kind: e.kind.code(), amount: e.amount, reason };
        if e.amount.currency() != chart.currency {
            skipped.push(skip(SkipReason::OtherCurrency { currency: e.amount.currency() }));
            continue;
        }
        let (effective_kind, reversal) = match e.kind {
            EntryKind::Reversal { .. } => (book.reverses.ok_or(AccountingError::UnknownReversed(e.id))?, true),
            kind => (kind, false),
        };
        if matches!(effective_kind, EntryKind::Reversal { .. }) {
            return Err(AccountingError::UnknownReversed(e.id));
        }
        let Some((own, other)) = roles(effective_kind, e.component) else {
            skipped.push(skip(SkipReason::BookedByInvoicing));
            continue;
        };
        let own = chart.account(&own).ok_or(AccountingError::MissingRole(own.clone()))?.number;
        let other = chart.account(&other).ok_or(AccountingError::MissingRole(other.clone()))?.number;
        let key = match grouping {
            Grouping::Event => (e.effective_date, book.event.clone().unwrap_or_else(|| format!("entry:{}", e.id.0))),
            Grouping::Day => (e.effective_date, String::new()),
        };
        let index = *by_event.entry(key).or_insert_with(|| {
            building.push(Building {
                date: e.effective_date,
                first: e.id,
                lines: Vec::new(),
                words: Vec::new(),
                invoices: Vec::new(),
                entries: Vec::new(),
            });
            building.len() - 1
        });
        let v = &mut building[index];
        let minor = e.amount.minor();
        let neg = minor.checked_neg().ok_or(AccountingError::Overflow(e.id))?;
        add_line(&mut v.lines, own, minor, e.id)?;
        add_line(&mut v.lines, other, neg, e.id)?;
        let word = if reversal {
            format!("{}: {}", chart.kind_word(e.kind), chart.kind_word(effective_kind))
        } else {
            chart.kind_word(effective_kind).to_string()
        };
        if !v.words.contains(&word) {
            v.words.push(word);
        }
        if grouping == Grouping::Event && !v.invoices.contains(&book.invoice_number) {
            v.invoices.push(book.invoice_number.clone());
        }
        v.entries.push(e.id);
    }
    building.sort_by_key(|b| (b.date, b.first));
    let mut out = Vec::with_capacity(building.len());
    let mut netted_out = Vec::new();
    let mut totals: BTreeMap<u32, i64> = BTreeMap::new();
    for b in building {
        let lines: Vec<Line> = b.lines.into_iter().filter(|l| l.amount_minor != 0).collect();
        if lines.is_empty() {
            netted_out.extend(b.entries);
            continue;
        }
        for l in &lines {
            let total = totals.entry(l.account).or_insert(0);
            *total = total.checked_add(l.amount_minor).ok_or(AccountingError::Overflow(b.first))?;
        }
        let text = match grouping {
            Grouping::Event => format!("{} {} {}", b.words.join(", "), chart.words.invoice, b.invoices.join(", ")),
            Grouping::Day => format!(
                "{} {}: {} ({} {})",
                chart.words.day,
                b.date,
                b.words.join(", "),
                b.entries.len(),
                chart.words.entries
            ),
        };
        out.push(Voucher { date: b.date, text, lines, entries: b.entries });
    }
    Ok(Export { vouchers: out, skipped, netted_out, totals })
}

/// The fiscal years a period touches, the latest first (SIE's `#RAR 0`, `-1`, …), for a fiscal
/// year starting on `start_month`-`start_day` (1-1 for the calendar year). `None` when the start
/// is not a day every year has (29 February is refused) or `from` is after `to`.
pub fn fiscal_years(from: Date, to: Date, start_month: i8, start_day: i8) -> Option<Vec<(Date, Date)>> {
    if from > to || (start_month == 2 && start_day == 29) {
        return None;
    }
    let start_in = |year: i16| Date::new(year, start_month, start_day).ok();
    // The fiscal year holding `day` starts on the latest start on or before it.
    let year_start = |day: Date| -> Option<Date> {
        let this = start_in(day.year())?;
        if this <= day { Some(this) } else { start_in(day.year() - 1) }
    };
    let mut start = year_start(to)?;
    let mut out = Vec::new();
    loop {
        let next = start_in(start.year() + 1)?;
        out.push((start, next.yesterday().ok()?));
        if start <= from {
            break;
        }
        start = start_in(start.year() - 1)?;
    }
    Some(out)
}
