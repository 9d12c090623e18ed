//! Any bytes through the camt.053/054 parser: it must never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let parsed = formats::camt::parse(data);
    let _ = parsed.totals();
});
