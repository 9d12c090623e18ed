//! The one integration-test binary of `domain` (one binary keeps linking cheap on 2 cores).

mod accounting;
mod allocation;
mod assistant;
mod delivery;
mod dunning;
mod dunning_experiments;
mod dunning_flows;
mod dunning_segments;
mod ident;
mod law;
mod ledger;
mod matching;
mod money;
mod retention;
mod tidy;
