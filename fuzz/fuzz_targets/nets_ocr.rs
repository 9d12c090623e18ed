//! Any bytes through the Nets OCR giro / AvtaleGiro parser: it must never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let parsed = formats::nets_ocr::parse(data);
    let _ = parsed.totals();
});
