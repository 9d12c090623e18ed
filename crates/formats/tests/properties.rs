use formats::{bgmax, camt, nets_ocr};
use proptest::prelude::*;

fn mutate(base: &[u8], edits: &[(usize, u8)]) -> Vec<u8> {
    let mut out = base.to_vec();
    for &(pos, byte) in edits {
        if !out.is_empty() {
            let i = pos % out.len();
            out[i] = byte;
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn parsers_never_panic_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = bgmax::parse(&bytes);
        let _ = nets_ocr::parse(&bytes);
        let _ = camt::parse(&bytes);
    }

    #[test]
    fn parsers_never_panic_on_damaged_files(edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8), cut in any::<usize>()) {
        for base in [formats::generate::bgmax(5), formats::generate::nets_ocr(5), formats::generate::camt054(3)] {
            let damaged = mutate(&base, &edits);
            let cut_at = cut % (damaged.len() + 1);
            for data in [&damaged[..], &damaged[..cut_at]] {
                let _ = bgmax::parse(data);
                let _ = nets_ocr::parse(data);
                let _ = camt::parse(data);
            }
        }
    }

    #[test]
    fn any_damage_to_an_amount_digit_is_caught(line in 0usize..5, pos in 37usize..55, digit in b'0'..=b'9') {
        // Changing a payment amount without fixing the deposit total must reject the file.
        let base = formats::generate::bgmax(5);
        let text = String::from_utf8(base.clone()).unwrap();
        let payment_lines: Vec<usize> = text.lines().enumerate().filter(|(_, l)| l.starts_with("20")).map(|(i, _)| i).collect();
        let target = payment_lines[line % payment_lines.len()];
        let offset: usize = text.lines().take(target).map(|l| l.len() + 1).sum::<usize>() + pos;
        prop_assume!(base[offset] != digit);
        let mut damaged = base.clone();
        damaged[offset] = digit;
        let f = bgmax::parse(&damaged);
        prop_assert!(f.rejection.is_some());
    }
}
