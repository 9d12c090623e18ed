//! Payment allocation: which part of a balance a payment pays off first.
//!
//! There is no Swedish statute on the order; in Norway the debtor chooses for voluntary
//! payments and otherwise the creditor. Purr's default is costs, then interest, then principal.
//! A creditor may choose principal first (it stops the debt growing), and a debtor's designation
//! of one component always wins over either.

use crate::ledger::{Balance, Component};
use crate::money::{Money, MoneyError};
use serde::{Deserialize, Serialize};

/// The creditor's chosen order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AllocationOrder {
    /// Fees, then interest, then principal.
    #[default]
    CostsInterestPrincipal,
    /// Principal, then interest, then fees.
    PrincipalFirst,
}

impl AllocationOrder {
    pub fn code(self) -> &'static str {
        match self {
            AllocationOrder::CostsInterestPrincipal => "costs_interest_principal",
            AllocationOrder::PrincipalFirst => "principal_first",
        }
    }

    pub fn from_code(code: &str) -> Option<AllocationOrder> {
        [AllocationOrder::CostsInterestPrincipal, AllocationOrder::PrincipalFirst]
            .into_iter()
            .find(|o| o.code() == code)
    }

    pub fn components(self) -> [Component; 3] {
        match self {
            AllocationOrder::CostsInterestPrincipal => [Component::Fees, Component::Interest, Component::Principal],
            AllocationOrder::PrincipalFirst => [Component::Principal, Component::Interest, Component::Fees],
        }
    }
}

/// The debtor asked that a payment go to one component first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Designation {
    pub first: Component,
}

/// How one payment splits over a balance. `parts` are positive amounts paid off per component;
/// `surplus` is what is left over for the debtor's credit balance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Allocation {
    pub parts: Vec<(Component, Money)>,
    pub surplus: Money,
}

/// Splits a positive `payment` over `balance`. Pure and total: the parts plus the surplus always
/// equal the payment, and no part exceeds what is owed on its component.
pub fn allocate(
    balance: &Balance,
    payment: Money,
    order: AllocationOrder,
    designation: Option<Designation>,
) -> Result<Allocation, MoneyError> {
    let mut sequence: Vec<Component> = Vec::with_capacity(3);
    if let Some(d) = designation.filter(|d| d.first != Component::Credit) {
        sequence.push(d.first);
    }
    for c in order.components() {
        if !sequence.contains(&c) {
            sequence.push(c);
        }
    }
    let mut left = payment;
    let mut parts = Vec::new();
    for component in sequence {
        if !left.is_positive() {
            break;
        }
        let owed = balance.get(component);
        if !owed.is_positive() {
            continue;
        }
        let part = left.min(owed)?;
        parts.push((component, part));
        left = left.checked_sub(part)?;
    }
    Ok(Allocation { parts, surplus: left })
}
