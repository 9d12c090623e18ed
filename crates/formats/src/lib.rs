//! Bytes to typed records: the file formats Purr reads and writes.
//!
//! Parsers here are pure functions over byte slices. They never fail as a whole because of one
//! bad line: they return the records they could read plus line errors, and a file whose own
//! totals contradict its body is rejected with a named reason. This crate knows nothing about
//! the database; the `app` crate decides what to do with the records.
