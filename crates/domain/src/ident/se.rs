//! Swedish identifiers: OCR references, bankgiro and plusgiro numbers, personnummer and
//! samordningsnummer, organisationsnummer.
//!
//! All of them carry a Luhn check digit. A personnummer written with ten digits does not say its
//! century: the separator does (`-` under 100 years old, `+` from the year the person turns
//! 100), so resolving it needs a reference date, which the caller passes in.

use super::checksum::{luhn_check_digit, luhn_valid};
use super::{IdError, digit_char, digits, to_text};
use jiff::civil::Date;

/// How strictly an OCR reference is checked. The creditor's bankgiro agreement decides:
/// soft control checks the Luhn digit only, hard control also the length digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OcrControl {
    Soft,
    Hard,
}

/// A Swedish OCR reference: 2–25 digits, Luhn check digit last, and under hard control a length
/// digit (total length mod 10) second to last.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ocr(String);

impl Ocr {
    pub const MIN_LEN: usize = 2;
    pub const MAX_LEN: usize = 25;

    pub fn parse(text: &str, control: OcrControl) -> Result<Ocr, IdError> {
        let d = digits(text, &[])?;
        if !(Self::MIN_LEN..=Self::MAX_LEN).contains(&d.len()) {
            return Err(IdError::Length { found: d.len(), expected: "2 to 25" });
        }
        check_luhn(&d)?;
        if control == OcrControl::Hard {
            if d.len() < 3 {
                // A length digit plus a check digit leaves no room for the number itself.
                return Err(IdError::Length { found: d.len(), expected: "3 to 25 with a length digit" });
            }
            let expected = (d.len() % 10) as u8;
            let found = d[d.len() - 2];
            if found != expected {
                return Err(IdError::LengthDigit { expected, found, length: d.len() });
            }
        }
        Ok(Ocr(to_text(&d)))
    }

    /// Builds a reference from `base` digits: appends the length digit when asked, then the
    /// Luhn check digit. The result always passes [`Ocr::parse`] with the matching control.
    pub fn generate(base: &str, length_digit: bool) -> Result<Ocr, IdError> {
        let mut d = digits(base, &[])?;
        let total = d.len() + 1 + usize::from(length_digit);
        if !(Self::MIN_LEN..=Self::MAX_LEN).contains(&total) {
            return Err(IdError::Length { found: total, expected: "2 to 25 including check digits" });
        }
        if length_digit {
            d.push((total % 10) as u8);
        }
        d.push(luhn_check_digit(&d));
        Ok(Ocr(to_text(&d)))
    }

    /// Whether the second-to-last digit happens to be a correct length digit.
    pub fn has_valid_length_digit(&self) -> bool {
        let b = self.0.as_bytes();
        b.len() >= 3 && b[b.len() - 2] - b'0' == (b.len() % 10) as u8
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn check_luhn(d: &[u8]) -> Result<(), IdError> {
    if luhn_valid(d) {
        return Ok(());
    }
    let (last, body) = d.split_last().ok_or(IdError::Empty)?;
    Err(IdError::CheckDigit { expected: digit_char(luhn_check_digit(body)), found: digit_char(*last) })
}

/// A Swedish bankgiro number: 7 or 8 digits, Luhn check digit last.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Bankgiro(String);

impl Bankgiro {
    pub fn parse(text: &str) -> Result<Bankgiro, IdError> {
        let d = digits(text, &['-'])?;
        if !(7..=8).contains(&d.len()) {
            return Err(IdError::Length { found: d.len(), expected: "7 or 8" });
        }
        check_luhn(&d)?;
        Ok(Bankgiro(to_text(&d)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The customary written form, e.g. "5050-1055" or "123-4568".
    pub fn formatted(&self) -> String {
        let (a, b) = self.0.split_at(self.0.len() - 4);
        format!("{a}-{b}")
    }
}

/// A Swedish plusgiro number: 2 to 8 digits, Luhn check digit last.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Plusgiro(String);

impl Plusgiro {
    pub fn parse(text: &str) -> Result<Plusgiro, IdError> {
        let d = digits(text, &['-'])?;
        if !(2..=8).contains(&d.len()) {
            return Err(IdError::Length { found: d.len(), expected: "2 to 8" });
        }
        check_luhn(&d)?;
        Ok(Plusgiro(to_text(&d)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The customary written form, the check digit after a hyphen: "4 77 63-9" is "477639" →
    /// "47763-9".
    pub fn formatted(&self) -> String {
        let (a, b) = self.0.split_at(self.0.len() - 1);
        format!("{a}-{b}")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PersonnummerKind {
    Personnummer,
    /// Issued to people not (yet) registered as residents; the day is written plus 60.
    Samordningsnummer,
}

impl PersonnummerKind {
    pub fn code(self) -> &'static str {
        match self {
            PersonnummerKind::Personnummer => "personnummer",
            PersonnummerKind::Samordningsnummer => "samordningsnummer",
        }
    }
}

/// A Swedish personnummer or samordningsnummer with its century resolved.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Personnummer {
    /// Twelve digits, YYYYMMDDNNNC, the day still written plus 60 for a samordningsnummer.
    digits12: String,
    birth_date: Date,
    kind: PersonnummerKind,
}

impl Personnummer {
    /// Parses `YYMMDD-NNNC`, `YYMMDD+NNNC`, `YYMMDDNNNC`, `YYYYMMDDNNNC` or `YYYYMMDD-NNNC`.
    /// `today` resolves the century of the ten-digit forms: `+` means the person has turned 100.
    pub fn parse(text: &str, today: Date) -> Result<Personnummer, IdError> {
        let text = text.trim();
        let plus = text.contains('+');
        if text.matches(['-', '+']).count() > 1 {
            return Err(IdError::Format("more than one separator"));
        }
        if let Some(pos) = text.find(['-', '+']) {
            // The separator always stands before the last four digits.
            if text[pos + 1..].chars().filter(|c| c.is_ascii_digit()).count() != 4 {
                return Err(IdError::Format("the separator must stand before the last four digits"));
            }
        }
        let d = digits(text, &['-', '+'])?;
        let (century, ten): (Option<i16>, &[u8]) = match d.len() {
            10 => (None, &d[..]),
            12 => (Some(i16::from(d[0]) * 10 + i16::from(d[1])), &d[2..]),
            n => {
                return Err(IdError::Length { found: n, expected: "10 or 12" });
            }
        };
        let yy = i16::from(ten[0]) * 10 + i16::from(ten[1]);
        let month = ten[2] * 10 + ten[3];
        let written_day = ten[4] * 10 + ten[5];
        let (kind, day) = if written_day > 60 {
            (PersonnummerKind::Samordningsnummer, written_day - 60)
        } else {
            (PersonnummerKind::Personnummer, written_day)
        };
        if ten[6..9] == [0, 0, 0] {
            return Err(IdError::InvalidSerial("000".into()));
        }
        check_luhn(ten)?;
        let year = match century {
            Some(c) => {
                let year = c * 100 + yy;
                let date = real_date(year, month, day)?;
                if date > today {
                    return Err(IdError::BirthInFuture);
                }
                year
            }
            None => {
                // The latest year ending in `yy` whose birthday is not after today, then one
                // century earlier for `+`.
                let this_year = today.year();
                let mut year = this_year - (this_year - yy).rem_euclid(100);
                let birthday_passed = (month, day) <= (today.month() as u8, today.day() as u8);
                if year == this_year && !birthday_passed {
                    year -= 100;
                }
                if plus {
                    year -= 100;
                }
                real_date(year, month, day)?;
                year
            }
        };
        let birth_date = real_date(year, month, day)?;
        let mut digits12 = format!("{year:04}");
        digits12.push_str(&to_text(&ten[2..]));
        Ok(Personnummer { digits12, birth_date, kind })
    }

    pub fn birth_date(&self) -> Date {
        self.birth_date
    }

    pub fn kind(&self) -> PersonnummerKind {
        self.kind
    }

    /// The third serial digit is odd for men and even for women (legal sex at registration).
    pub fn serial_is_odd(&self) -> bool {
        (self.digits12.as_bytes()[10] - b'0') % 2 == 1
    }

    /// Whether the person has turned 100 on `date` (decides the `+` separator).
    pub fn is_centenarian_on(&self, date: Date) -> bool {
        let b = self.birth_date;
        let mut age = date.year() - b.year();
        if (date.month(), date.day()) < (b.month(), b.day()) {
            age -= 1;
        }
        age >= 100
    }

    /// "YYYYMMDD-NNNC".
    pub fn long_form(&self) -> String {
        format!("{}-{}", &self.digits12[..8], &self.digits12[8..])
    }

    /// "YYMMDD-NNNC" or "YYMMDD+NNNC", as written on `date`.
    pub fn short_form_on(&self, date: Date) -> String {
        let sep = if self.is_centenarian_on(date) { '+' } else { '-' };
        format!("{}{sep}{}", &self.digits12[2..8], &self.digits12[8..])
    }
}

fn real_date(year: i16, month: u8, day: u8) -> Result<Date, IdError> {
    Date::new(year, month as i8, day as i8).map_err(|_| IdError::InvalidDate(format!("{year:04}-{month:02}-{day:02}")))
}

/// A Swedish organisationsnummer: ten digits, Luhn, third digit at least 2 (which is what tells
/// it apart from a personnummer, whose third digit starts a month).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SeOrgNumber(String);

impl SeOrgNumber {
    /// Accepts "556036-0793", "5560360793" and the twelve-digit "16"-prefixed form.
    pub fn parse(text: &str) -> Result<SeOrgNumber, IdError> {
        let d = digits(text, &['-'])?;
        let ten: &[u8] = match d.len() {
            10 => &d,
            12 if d[0] == 1 && d[1] == 6 => &d[2..],
            12 => {
                return Err(IdError::Format("a twelve-digit organisationsnummer starts with 16"));
            }
            n => {
                return Err(IdError::Length { found: n, expected: "10 (or 12 with the 16 prefix)" });
            }
        };
        if ten[2] < 2 {
            return Err(IdError::NotThisKind(
                "the third digit is below 2, so this is a personnummer (a sole trader's number), not an organisationsnummer",
            ));
        }
        check_luhn(ten)?;
        Ok(SeOrgNumber(to_text(ten)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn formatted(&self) -> String {
        format!("{}-{}", &self.0[..6], &self.0[6..])
    }

    /// What the first digit says about the legal form (Skatteverket's groups).
    pub fn group_description(&self) -> &'static str {
        match self.0.as_bytes()[0] {
            b'1' => "estate of a deceased person (dödsbo)",
            b'2' => "state, region, municipality or parish",
            b'3' => "foreign company",
            b'5' => "limited company (aktiebolag)",
            b'6' => "simple partnership (enkelt bolag)",
            b'7' => "economic association or housing cooperative",
            b'8' => "non-profit association or foundation",
            b'9' => "trading or limited partnership (handelsbolag, kommanditbolag)",
            _ => "unknown group",
        }
    }
}
