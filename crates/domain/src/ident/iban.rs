//! IBAN (ISO 13616): country code, two check digits, a national account (BBAN); MOD 97-10.
//!
//! The length table covers every EEA country plus the IBAN countries Nordic creditors commonly
//! meet. A country missing from the table is refused rather than guessed, because the length
//! check is what catches a dropped or doubled character.

use super::IdError;
use super::checksum::mod97;

/// IBAN lengths per country (SWIFT IBAN registry).
const LENGTHS: &[(&str, usize)] = &[
    ("AD", 24),
    ("AE", 23),
    ("AL", 28),
    ("AT", 20),
    ("AZ", 28),
    ("BA", 20),
    ("BE", 16),
    ("BG", 22),
    ("BH", 22),
    ("BR", 29),
    ("BY", 28),
    ("CH", 21),
    ("CR", 22),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DK", 18),
    ("DO", 28),
    ("EE", 20),
    ("EG", 29),
    ("ES", 24),
    ("FI", 18),
    ("FO", 18),
    ("FR", 27),
    ("GB", 22),
    ("GE", 22),
    ("GI", 23),
    ("GL", 18),
    ("GR", 27),
    ("GT", 28),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IL", 23),
    ("IQ", 23),
    ("IS", 26),
    ("IT", 27),
    ("JO", 30),
    ("KW", 30),
    ("KZ", 20),
    ("LB", 28),
    ("LC", 32),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("MC", 27),
    ("MD", 24),
    ("ME", 22),
    ("MK", 19),
    ("MR", 27),
    ("MT", 31),
    ("MU", 30),
    ("NL", 18),
    ("NO", 15),
    ("PK", 24),
    ("PL", 28),
    ("PS", 29),
    ("PT", 25),
    ("QA", 29),
    ("RO", 24),
    ("RS", 22),
    ("SA", 24),
    ("SC", 31),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("SM", 27),
    ("ST", 25),
    ("SV", 28),
    ("TL", 23),
    ("TN", 24),
    ("TR", 26),
    ("UA", 29),
    ("VA", 22),
    ("VG", 24),
    ("XK", 20),
];

/// The registered IBAN length for a country code, if Purr knows it.
pub fn country_length(country: &str) -> Option<usize> {
    LENGTHS.iter().find(|(c, _)| *c == country).map(|(_, n)| *n)
}

/// A valid IBAN in electronic form (upper case, no spaces).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Iban(String);

impl Iban {
    /// Accepts the printed form with spaces ("SE45 5000 0000 0583 9825 7466") and lower case.
    pub fn parse(text: &str) -> Result<Iban, IdError> {
        let mut s = String::with_capacity(34);
        for (position, c) in text.trim().chars().enumerate() {
            if c == ' ' || c == '-' {
                continue;
            }
            if !c.is_ascii_alphanumeric() {
                return Err(IdError::InvalidCharacter { found: c, position });
            }
            s.push(c.to_ascii_uppercase());
        }
        if s.is_empty() {
            return Err(IdError::Empty);
        }
        let b = s.as_bytes();
        if b.len() < 4 || !b[0].is_ascii_alphabetic() || !b[1].is_ascii_alphabetic() {
            return Err(IdError::Format("an IBAN starts with a two-letter country code"));
        }
        if !b[2].is_ascii_digit() || !b[3].is_ascii_digit() {
            return Err(IdError::Format("an IBAN has two check digits after the country code"));
        }
        let country = &s[..2];
        let expected = country_length(country).ok_or_else(|| IdError::UnknownCountry(country.to_string()))?;
        if b.len() != expected {
            return Err(IdError::Length { found: b.len(), expected: length_text(expected) });
        }
        let mut rearranged = Vec::with_capacity(b.len());
        rearranged.extend_from_slice(&b[4..]);
        rearranged.extend_from_slice(&b[..4]);
        if mod97(&rearranged) != 1 {
            let mut zeroed = rearranged.clone();
            let n = zeroed.len();
            zeroed[n - 2] = b'0';
            zeroed[n - 1] = b'0';
            let check = 98 - mod97(&zeroed);
            let expected = char::from(b'0' + (check / 10) as u8);
            let found = char::from(b[2]);
            // Report the first check digit that differs, so the message points at something.
            let (expected, found) = if expected == found {
                (char::from(b'0' + (check % 10) as u8), char::from(b[3]))
            } else {
                (expected, found)
            };
            return Err(IdError::CheckDigit { expected, found });
        }
        Ok(Iban(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn country(&self) -> &str {
        &self.0[..2]
    }

    pub fn bban(&self) -> &str {
        &self.0[4..]
    }

    /// The printed form, in groups of four.
    pub fn formatted(&self) -> String {
        let mut out = String::with_capacity(self.0.len() + self.0.len() / 4);
        for (i, c) in self.0.chars().enumerate() {
            if i > 0 && i % 4 == 0 {
                out.push(' ');
            }
            out.push(c);
        }
        out
    }
}

fn length_text(n: usize) -> &'static str {
    // IdError wants a static description; the table's lengths all lie in 15..=34.
    const TEXT: [&str; 20] = [
        "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32",
        "33", "34",
    ];
    TEXT.get(n.wrapping_sub(15)).copied().unwrap_or("the country's length")
}
