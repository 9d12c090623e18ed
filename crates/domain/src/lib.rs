//! Purr's pure core: the vocabulary every other crate speaks.
//!
//! `domain` owns money, typed ids, creditors and debtors, claims, the append-only ledger and
//! payment allocation. It does no IO, is not async, never reads the clock and never draws
//! randomness: every function is a function of its arguments, so the same facts on the same
//! date always give the same answer. Storage, files, HTTP and time live in the other crates.

pub mod accounting;
pub mod allocation;
pub mod assistant;
pub mod claim;
pub mod delivery;
pub mod dunning;
pub mod ident;
pub mod ids;
mod inline_text;
pub mod law;
pub mod ledger;
pub mod matching;
pub mod money;
pub mod party;
pub mod retention;

pub use allocation::{Allocation, AllocationOrder, Designation, allocate};
pub use claim::{Claim, ClaimInput, ClaimState, DebtorInput};
pub use ids::{ClaimId, CreditorId, DebtorId, EntryId};
pub use ledger::{Balance, Component, Entry, EntryKind, FeeKind, Ledger, LedgerError, NewEntry};
pub use money::{Currency, Money, MoneyError};
pub use party::{
    BankDetails, Channel, Creditor, Debtor, DebtorKind, Jurisdiction, Language, PostalAddress, ReferenceScheme,
};
