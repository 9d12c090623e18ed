//! The one integration-test binary of `domain` (one binary keeps linking cheap on 2 cores).

mod allocation;
mod ledger;
mod money;
mod tidy;
mod ident;
mod matching;
mod law;
mod dunning;
