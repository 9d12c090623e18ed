//! A claim: one amount owed, usually one invoice, and where it stands in the dunning process.

use crate::ids::{ClaimId, CreditorId, DebtorId};
use crate::money::Money;
use crate::party::{Channel, DebtorKind, Language, PostalAddress};
use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Where a claim stands. The dunning engine moves claims between these; the ledger decides
/// `Paid` and `Credited` when the balance reaches zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimState {
    Open,
    Notified,
    Reminded,
    Warned,
    Demanded,
    PromiseToPay,
    PaymentPlan,
    Postponed,
    Disputed,
    HandedOver,
    Paid,
    WrittenOff,
    Credited,
}

impl ClaimState {
    pub const ALL: [ClaimState; 13] = [
        ClaimState::Open,
        ClaimState::Notified,
        ClaimState::Reminded,
        ClaimState::Warned,
        ClaimState::Demanded,
        ClaimState::PromiseToPay,
        ClaimState::PaymentPlan,
        ClaimState::Postponed,
        ClaimState::Disputed,
        ClaimState::HandedOver,
        ClaimState::Paid,
        ClaimState::WrittenOff,
        ClaimState::Credited,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ClaimState::Open => "open",
            ClaimState::Notified => "notified",
            ClaimState::Reminded => "reminded",
            ClaimState::Warned => "warned",
            ClaimState::Demanded => "demanded",
            ClaimState::PromiseToPay => "promise_to_pay",
            ClaimState::PaymentPlan => "payment_plan",
            ClaimState::Postponed => "postponed",
            ClaimState::Disputed => "disputed",
            ClaimState::HandedOver => "handed_over",
            ClaimState::Paid => "paid",
            ClaimState::WrittenOff => "written_off",
            ClaimState::Credited => "credited",
        }
    }

    pub fn from_code(code: &str) -> Option<ClaimState> {
        let code = code.trim().to_ascii_lowercase().replace('-', "_");
        ClaimState::ALL.into_iter().find(|s| s.code() == code)
    }

    /// A closed claim has nothing left to collect.
    pub fn is_closed(self) -> bool {
        matches!(self, ClaimState::Paid | ClaimState::WrittenOff | ClaimState::Credited)
    }

    /// Still the creditor's to collect: neither closed nor handed over to someone else.
    pub fn in_collection(self) -> bool {
        !self.is_closed() && self != ClaimState::HandedOver
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    pub id: ClaimId,
    pub creditor_id: CreditorId,
    pub debtor_id: DebtorId,
    pub invoice_number: String,
    pub issue_date: Date,
    pub due_date: Date,
    /// Whether the due date was agreed in advance (decides when statutory interest may start).
    pub due_date_agreed: bool,
    pub principal: Money,
    pub payment_reference: Option<String>,
    /// An agreed contract interest rate in percent per year, if higher than the statutory one.
    pub contract_rate_percent: Option<Decimal>,
    pub state: ClaimState,
}

/// A debtor as given by the creditor's system; `external_id` (the customer number) is its key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DebtorInput {
    pub external_id: String,
    pub kind: DebtorKind,
    pub name: String,
    pub national_id: Option<String>,
    pub address: PostalAddress,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub language: Language,
    pub channels: Vec<Channel>,
}

/// A claim as given by the creditor's system, with its debtor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimInput {
    pub invoice_number: String,
    pub debtor: DebtorInput,
    pub issue_date: jiff::civil::Date,
    pub due_date: jiff::civil::Date,
    pub due_date_agreed: bool,
    pub principal: Money,
    pub payment_reference: Option<String>,
    pub contract_rate_percent: Option<Decimal>,
}
