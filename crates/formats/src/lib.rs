//! Bytes to typed records: the file formats Purr reads and writes.
//!
//! Parsers here are pure functions over byte slices. They never fail as a whole because of one
//! bad line: they return the records they could read plus line errors, and a file whose own
//! totals contradict its body is rejected with a named reason. This crate knows nothing about
//! the database; the `app` crate decides what to do with the records.

pub mod bgmax;
pub mod camt;
mod claim_fields;
pub mod claims_csv;
pub mod detect;
pub mod generate;
pub mod nets_ocr;
pub mod payment;
pub mod peppol;
pub mod sie;
mod xml;

pub use detect::{FormatHint, detect, parse};
pub use payment::{
    ExtraReference, Format, LineError, ParsedFile, Payer, PaymentRecord, RecordKind, ReferenceKind, Rejection,
};
