//! The append-only ledger of one claim.
//!
//! Every change to what a debtor owes is an entry; nothing is ever edited or deleted. A mistake
//! is corrected by a reversal entry that points at the entry it cancels. Balances per component
//! (principal, fees, interest) are a fold over the entries, so they can always be re-derived.
//!
//! Sign convention: amounts are seen from the creditor's side. A positive amount increases what
//! the debtor owes (the invoice, a fee, interest); a negative amount decreases it (a payment, a
//! credit note, a write-off). Overpayments are held on the `Credit` component as a negative
//! amount: money the creditor holds for the debtor.

use crate::ids::{ClaimId, CreditorId, EntryId};
use crate::money::{Currency, Money, MoneyError};
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// The part of a balance an entry touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Component {
    Principal,
    Fees,
    Interest,
    /// Money held for the debtor after an overpayment (never positive).
    Credit,
}

impl Component {
    pub fn code(self) -> &'static str {
        match self {
            Component::Principal => "principal",
            Component::Fees => "fees",
            Component::Interest => "interest",
            Component::Credit => "credit",
        }
    }

    pub fn from_code(code: &str) -> Option<Component> {
        match code {
            "principal" => Some(Component::Principal),
            "fees" => Some(Component::Fees),
            "interest" => Some(Component::Interest),
            "credit" => Some(Component::Credit),
            _ => None,
        }
    }
}

/// Every kind of fee or fixed compensation the law may allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeeKind {
    /// SE påminnelseavgift / NO purregebyr.
    Reminder,
    /// NO inkassovarsel (§ 9).
    CollectionWarning,
    /// SE inkassokrav.
    CollectionDemand,
    /// NO betalingsoppfordring (§ 10).
    PaymentDemand,
    /// SE amorteringsplan / NO nedbetalingsplan.
    InstalmentPlan,
    /// Notice for one instalment (avi).
    InstalmentNotice,
    /// SE förseningsersättning / NO standardkompensasjon (B2B).
    LateCompensation,
    /// NO salær.
    AgencyFee,
}

impl FeeKind {
    pub const ALL: [FeeKind; 8] = [
        FeeKind::Reminder,
        FeeKind::CollectionWarning,
        FeeKind::CollectionDemand,
        FeeKind::PaymentDemand,
        FeeKind::InstalmentPlan,
        FeeKind::InstalmentNotice,
        FeeKind::LateCompensation,
        FeeKind::AgencyFee,
    ];

    pub fn code(self) -> &'static str {
        match self {
            FeeKind::Reminder => "reminder",
            FeeKind::CollectionWarning => "collection_warning",
            FeeKind::CollectionDemand => "collection_demand",
            FeeKind::PaymentDemand => "payment_demand",
            FeeKind::InstalmentPlan => "instalment_plan",
            FeeKind::InstalmentNotice => "instalment_notice",
            FeeKind::LateCompensation => "late_compensation",
            FeeKind::AgencyFee => "agency_fee",
        }
    }

    /// The code as words, for sentences: "collection demand".
    pub fn label(self) -> &'static str {
        match self {
            FeeKind::Reminder => "reminder",
            FeeKind::CollectionWarning => "collection warning",
            FeeKind::CollectionDemand => "collection demand",
            FeeKind::PaymentDemand => "payment demand",
            FeeKind::InstalmentPlan => "instalment plan",
            FeeKind::InstalmentNotice => "instalment notice",
            FeeKind::LateCompensation => "late compensation",
            FeeKind::AgencyFee => "agency fee",
        }
    }

    pub fn from_code(code: &str) -> Option<FeeKind> {
        FeeKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// What an entry records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum EntryKind {
    /// The invoiced amount; the first entry of every claim.
    Principal,
    /// A credit note reducing the principal.
    CreditNote,
    Fee {
        fee: FeeKind,
    },
    Interest,
    Payment,
    WriteOff,
    /// Money paid back to the debtor out of a credit balance.
    Refund,
    /// Cancels the entry `of` exactly.
    Reversal {
        of: EntryId,
    },
}

impl EntryKind {
    /// A stable text code for storage: "principal", "fee:reminder", "reversal".
    pub fn code(self) -> String {
        match self {
            EntryKind::Principal => "principal".into(),
            EntryKind::CreditNote => "credit_note".into(),
            EntryKind::Fee { fee } => format!("fee:{}", fee.code()),
            EntryKind::Interest => "interest".into(),
            EntryKind::Payment => "payment".into(),
            EntryKind::WriteOff => "write_off".into(),
            EntryKind::Refund => "refund".into(),
            EntryKind::Reversal { .. } => "reversal".into(),
        }
    }

    /// Rebuilds a kind from its code; a reversal needs the id it reverses.
    pub fn from_code(code: &str, reverses: Option<EntryId>) -> Option<EntryKind> {
        Some(match code {
            "principal" => EntryKind::Principal,
            "credit_note" => EntryKind::CreditNote,
            "interest" => EntryKind::Interest,
            "payment" => EntryKind::Payment,
            "write_off" => EntryKind::WriteOff,
            "refund" => EntryKind::Refund,
            "reversal" => EntryKind::Reversal { of: reverses? },
            other => EntryKind::Fee { fee: FeeKind::from_code(other.strip_prefix("fee:")?)? },
        })
    }
}

/// An entry before it is booked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewEntry {
    pub kind: EntryKind,
    pub component: Component,
    pub amount: Money,
    /// The day the event took effect (payment date, letter date), not the day it was recorded.
    pub effective_date: Date,
    /// Why: the legal basis for a fee or interest, the source of a payment, a person's note.
    pub reason: String,
}

/// A booked entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: EntryId,
    pub creditor_id: CreditorId,
    pub claim_id: ClaimId,
    pub kind: EntryKind,
    pub component: Component,
    pub amount: Money,
    pub effective_date: Date,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LedgerError {
    #[error(transparent)]
    Money(#[from] MoneyError),
    #[error("a {kind} entry cannot be booked on the {component} component")]
    WrongComponent { kind: String, component: &'static str },
    #[error("a {kind} entry must be {expected}, got {amount}")]
    WrongSign { kind: String, expected: &'static str, amount: Money },
    #[error("the claim already has its principal entry")]
    PrincipalTwice,
    #[error("the first entry of a claim must be its principal")]
    NoPrincipal,
    #[error("entry {0} is not in this claim's ledger")]
    UnknownEntry(EntryId),
    #[error("entry {0} is already reversed")]
    AlreadyReversed(EntryId),
    #[error("a reversal cannot itself be reversed (entry {0}); book the original again instead")]
    ReversalOfReversal(EntryId),
    #[error("a reversal must be the exact opposite of entry {0}")]
    ReversalMismatch(EntryId),
    #[error("this would take the {component} balance below zero (it is {balance})")]
    WouldGoNegative { component: &'static str, balance: Money },
}

/// A claim's balance split into its components. All amounts are in the claim's currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Balance {
    pub principal: Money,
    pub fees: Money,
    pub interest: Money,
    /// Held for the debtor (zero or negative).
    pub credit: Money,
}

impl Balance {
    pub fn zero(currency: Currency) -> Balance {
        let z = Money::zero(currency);
        Balance { principal: z, fees: z, interest: z, credit: z }
    }

    pub fn get(&self, component: Component) -> Money {
        match component {
            Component::Principal => self.principal,
            Component::Fees => self.fees,
            Component::Interest => self.interest,
            Component::Credit => self.credit,
        }
    }

    fn slot(&mut self, component: Component) -> &mut Money {
        match component {
            Component::Principal => &mut self.principal,
            Component::Fees => &mut self.fees,
            Component::Interest => &mut self.interest,
            Component::Credit => &mut self.credit,
        }
    }

    /// What the debtor still owes: principal + fees + interest.
    pub fn outstanding(&self) -> Result<Money, MoneyError> {
        self.principal.checked_add(self.fees)?.checked_add(self.interest)
    }

    /// Adds one amount to one component.
    pub fn apply(&mut self, component: Component, amount: Money) -> Result<(), MoneyError> {
        let slot = self.slot(component);
        *slot = slot.checked_add(amount)?;
        Ok(())
    }

    /// The balance as the fold over a claim's entries.
    pub fn fold<'a>(currency: Currency, entries: impl IntoIterator<Item = &'a Entry>) -> Result<Balance, MoneyError> {
        let mut balance = Balance::zero(currency);
        for entry in entries {
            balance.apply(entry.component, entry.amount)?;
        }
        Ok(balance)
    }
}

/// One claim's entries, with the rules for appending to them.
#[derive(Debug, Clone)]
pub struct Ledger {
    currency: Currency,
    entries: Vec<Entry>,
    balance: Balance,
}

impl Ledger {
    pub fn new(currency: Currency) -> Ledger {
        Ledger { currency, entries: Vec::new(), balance: Balance::zero(currency) }
    }

    /// Rebuilds a ledger from stored entries, re-checking every rule on the way.
    pub fn replay(currency: Currency, entries: impl IntoIterator<Item = Entry>) -> Result<Ledger, LedgerError> {
        let mut ledger = Ledger::new(currency);
        for entry in entries {
            let new = NewEntry {
                kind: entry.kind,
                component: entry.component,
                amount: entry.amount,
                effective_date: entry.effective_date,
                reason: entry.reason.clone(),
            };
            ledger.check(&new)?;
            ledger.push(entry)?;
        }
        Ok(ledger)
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn balance(&self) -> Balance {
        self.balance
    }

    pub fn currency(&self) -> Currency {
        self.currency
    }

    /// Checks that `new` may be appended, without appending it.
    pub fn check(&self, new: &NewEntry) -> Result<(), LedgerError> {
        if new.amount.currency() != self.currency {
            return Err(MoneyError::CurrencyMismatch(self.currency, new.amount.currency()).into());
        }
        let kind = new.kind.code();
        let wrong_component = || LedgerError::WrongComponent { kind: kind.clone(), component: new.component.code() };
        let sign = |expected_positive: bool| {
            let ok = if expected_positive { new.amount.is_positive() } else { new.amount.is_negative() };
            if ok {
                Ok(())
            } else {
                Err(LedgerError::WrongSign {
                    kind: kind.clone(),
                    expected: if expected_positive { "positive" } else { "negative" },
                    amount: new.amount,
                })
            }
        };
        let has_principal = self.entries.iter().any(|e| e.kind == EntryKind::Principal);
        if !has_principal && new.kind != EntryKind::Principal {
            return Err(LedgerError::NoPrincipal);
        }
        match new.kind {
            EntryKind::Principal => {
                if has_principal {
                    return Err(LedgerError::PrincipalTwice);
                }
                if new.component != Component::Principal {
                    return Err(wrong_component());
                }
                sign(true)?;
            }
            EntryKind::CreditNote => {
                if new.component != Component::Principal {
                    return Err(wrong_component());
                }
                sign(false)?;
            }
            EntryKind::Fee { .. } => {
                if new.component != Component::Fees {
                    return Err(wrong_component());
                }
                sign(true)?;
            }
            EntryKind::Interest => {
                if new.component != Component::Interest {
                    return Err(wrong_component());
                }
                sign(true)?;
            }
            EntryKind::Payment | EntryKind::WriteOff => sign(false)?,
            EntryKind::Refund => {
                if new.component != Component::Credit {
                    return Err(wrong_component());
                }
                sign(true)?;
            }
            EntryKind::Reversal { of } => {
                let original = self.entries.iter().find(|e| e.id == of).ok_or(LedgerError::UnknownEntry(of))?;
                if matches!(original.kind, EntryKind::Reversal { .. }) {
                    return Err(LedgerError::ReversalOfReversal(of));
                }
                if self.entries.iter().any(|e| e.kind == EntryKind::Reversal { of }) {
                    return Err(LedgerError::AlreadyReversed(of));
                }
                if original.component != new.component || original.amount.checked_neg()? != new.amount {
                    return Err(LedgerError::ReversalMismatch(of));
                }
            }
        }
        // Nothing may take principal, fees or interest below zero, nor the credit balance above zero.
        let after = self.balance.get(new.component).checked_add(new.amount)?;
        let out_of_range = match new.component {
            Component::Credit => after.is_positive(),
            _ => after.is_negative(),
        };
        if out_of_range {
            return Err(LedgerError::WouldGoNegative {
                component: new.component.code(),
                balance: self.balance.get(new.component),
            });
        }
        Ok(())
    }

    /// Appends an entry the store has booked (with its id). Call `check` first.
    pub fn push(&mut self, entry: Entry) -> Result<(), LedgerError> {
        self.balance.apply(entry.component, entry.amount)?;
        self.entries.push(entry);
        Ok(())
    }
}
