//! The check-digit arithmetic shared by the Nordic identifiers: Luhn (MOD10), weighted MOD11 and
//! ISO 7064 MOD 97-10.
//!
//! These functions work on digit values (0–9), not text, so the parsers decide what counts as a
//! digit and the arithmetic stays trivially testable. None of them allocates.

/// The Luhn (MOD10) check digit for `digits`, the digit that makes `digits + [check]` pass
/// [`luhn_valid`]. Swedish OCR, bankgiro, plusgiro, personnummer, organisationsnummer and the
/// Norwegian MOD10 KID all use it.
pub fn luhn_check_digit(digits: &[u8]) -> u8 {
    // The check digit sits at the rightmost position, so the digit just left of it is doubled.
    let mut sum: u32 = 0;
    for (i, &d) in digits.iter().rev().enumerate() {
        let mut v = u32::from(d);
        if i % 2 == 0 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    ((10 - (sum % 10)) % 10) as u8
}

/// Whether `digits` (check digit last) passes the Luhn test.
///
/// Luhn catches every single-digit substitution (doubling is a permutation of 0–9) and every
/// transposition of two adjacent digits except 09 ↔ 90.
pub fn luhn_valid(digits: &[u8]) -> bool {
    match digits.split_last() {
        Some((&check, body)) => luhn_check_digit(body) == check,
        None => false,
    }
}

/// The outcome of a MOD11 computation: a digit, or the remainder that has no digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mod11 {
    Digit(u8),
    /// 11 − remainder was 10. KID writes this as '-'; other identifiers never issue such a number.
    Ten,
}

/// MOD11 with weights 2, 3, 4, 5, 6, 7, 2, 3, … from the rightmost body digit (the KID and
/// generic bank scheme). A computed 11 becomes 0.
pub fn mod11_cyclic(digits: &[u8]) -> Mod11 {
    let mut sum: u32 = 0;
    for (i, &d) in digits.iter().rev().enumerate() {
        sum += u32::from(d) * (2 + (i as u32 % 6));
    }
    mod11_from_sum(sum)
}

/// MOD11 with explicit weights, left to right, one per body digit (fødselsnummer,
/// organisasjonsnummer, Norwegian account numbers use fixed weight tables).
pub fn mod11_weighted(digits: &[u8], weights: &[u32]) -> Mod11 {
    let sum: u32 = digits.iter().zip(weights).map(|(&d, &w)| u32::from(d) * w).sum();
    mod11_from_sum(sum)
}

fn mod11_from_sum(sum: u32) -> Mod11 {
    match 11 - (sum % 11) {
        11 => Mod11::Digit(0),
        10 => Mod11::Ten,
        d => Mod11::Digit(d as u8),
    }
}

/// ISO 7064 MOD 97-10 over an alphanumeric string already rearranged (country code and check
/// digits moved to the end). Letters count as 10–35. Returns the remainder; IBAN wants 1.
pub fn mod97(rearranged: &[u8]) -> u32 {
    let mut rem: u32 = 0;
    for &b in rearranged {
        match b {
            b'0'..=b'9' => rem = (rem * 10 + u32::from(b - b'0')) % 97,
            b'A'..=b'Z' => {
                let v = u32::from(b - b'A') + 10;
                rem = (rem * 100 + v) % 97;
            }
            _ => {}
        }
    }
    rem
}
