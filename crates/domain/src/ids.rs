//! Typed ids. Every id except the creditor's is only unique within its creditor: the creditor
//! (tenant) is part of every key, so the data can later be distributed by creditor.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    };
}

id_type!(
    /// A creditor: the tenant, unique across the installation.
    CreditorId
);
id_type!(
    /// A debtor, unique within its creditor.
    DebtorId
);
id_type!(
    /// A claim, unique within its creditor.
    ClaimId
);
id_type!(
    /// A ledger entry, unique within its creditor.
    EntryId
);
