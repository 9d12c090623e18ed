//! Any text through every identifier parser, the reference generators and the invoice-number
//! extraction: none may panic, and whatever a generator makes must parse back.
#![no_main]
use domain::ident::{CheckOptions, IdKind, Kid, KidAlgorithm, Ocr, OcrControl, check};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let today = jiff::civil::date(2025, 6, 1);
    for length_digit in [false, true] {
        let options = CheckOptions {
            length_digit,
            kid_algorithm: None,
            today,
        };
        for kind in IdKind::ALL {
            let _ = check(kind, text, &options);
        }
    }
    if let Ok(o) = Ocr::generate(text, true) {
        assert!(Ocr::parse(o.as_str(), OcrControl::Hard).is_ok());
    }
    for algo in [KidAlgorithm::Mod10, KidAlgorithm::Mod11] {
        if let Ok(k) = Kid::generate(text, algo) {
            assert!(Kid::parse(k.as_str(), Some(algo)).is_ok());
        }
    }
    let _ = domain::matching::invoice_numbers_in_text(text);
    let _ = domain::matching::normalize_reference(text);
});
