//! Money as integer minor units (öre, øre, cent) plus an ISO currency.
//!
//! There are no floats anywhere near money. Arithmetic is checked: an overflow or a mix of
//! currencies is an error the caller must handle, never a wrap-around or a silent conversion.
//! Decimal text is parsed exactly ("6780.00" → 678 000 öre); a third decimal is refused rather
//! than rounded, because rounding is a legal decision that belongs to the rule that needs it.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// The currencies Purr books. All four have two decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Currency {
    SEK,
    NOK,
    EUR,
    DKK,
}

impl Currency {
    pub const ALL: [Currency; 4] = [Currency::SEK, Currency::NOK, Currency::EUR, Currency::DKK];

    pub fn code(self) -> &'static str {
        match self {
            Currency::SEK => "SEK",
            Currency::NOK => "NOK",
            Currency::EUR => "EUR",
            Currency::DKK => "DKK",
        }
    }

    /// Minor units per major unit (100 for every currency we support today).
    pub fn minor_per_major(self) -> i64 {
        100
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Currency {
    type Err = MoneyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_uppercase().as_str() {
            "SEK" => Ok(Currency::SEK),
            "NOK" => Ok(Currency::NOK),
            "EUR" => Ok(Currency::EUR),
            "DKK" => Ok(Currency::DKK),
            _ => Err(MoneyError::UnknownCurrency(s.chars().take(16).collect())),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MoneyError {
    #[error("unknown currency {0:?} (use SEK, NOK, EUR or DKK)")]
    UnknownCurrency(String),
    #[error("cannot combine {0} with {1}")]
    CurrencyMismatch(Currency, Currency),
    #[error("amount out of range")]
    Overflow,
    #[error("{0:?} is not an amount (write it like 1234.50)")]
    NotAnAmount(String),
    #[error("{0:?} has more than two decimals")]
    TooManyDecimals(String),
}

/// An amount in minor units of one currency. Negative amounts are allowed: the ledger uses the
/// sign to say which way money moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    minor: i64,
    currency: Currency,
}

impl Money {
    pub const fn from_minor(minor: i64, currency: Currency) -> Money {
        Money { minor, currency }
    }

    pub const fn zero(currency: Currency) -> Money {
        Money { minor: 0, currency }
    }

    pub const fn minor(self) -> i64 {
        self.minor
    }

    pub const fn currency(self) -> Currency {
        self.currency
    }

    pub fn is_zero(self) -> bool {
        self.minor == 0
    }

    pub fn is_negative(self) -> bool {
        self.minor < 0
    }

    pub fn is_positive(self) -> bool {
        self.minor > 0
    }

    fn same(self, other: Money) -> Result<(), MoneyError> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(MoneyError::CurrencyMismatch(self.currency, other.currency))
        }
    }

    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        self.same(other)?;
        let minor = self.minor.checked_add(other.minor).ok_or(MoneyError::Overflow)?;
        Ok(Money { minor, currency: self.currency })
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyError> {
        self.same(other)?;
        let minor = self.minor.checked_sub(other.minor).ok_or(MoneyError::Overflow)?;
        Ok(Money { minor, currency: self.currency })
    }

    pub fn checked_neg(self) -> Result<Money, MoneyError> {
        let minor = self.minor.checked_neg().ok_or(MoneyError::Overflow)?;
        Ok(Money { minor, currency: self.currency })
    }

    pub fn min(self, other: Money) -> Result<Money, MoneyError> {
        self.same(other)?;
        Ok(if self.minor <= other.minor { self } else { other })
    }

    /// Parses "1234.5", "1234.50", "-12", "1 234,50" exactly. At most two decimals.
    pub fn parse(text: &str, currency: Currency) -> Result<Money, MoneyError> {
        Ok(Money { minor: parse_minor(text)?, currency })
    }

    /// The amount as decimal text with two decimals, e.g. "6780.00" or "-0.05".
    pub fn to_decimal_string(self) -> String {
        format_minor(self.minor)
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // As `format_minor`, written straight into the formatter (no intermediate String).
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.unsigned_abs();
        write!(f, "{sign}{}.{:02} {}", abs / 100, abs % 100, self.currency)
    }
}

/// Two-decimal text for a minor-unit amount.
pub fn format_minor(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// Parses a decimal amount into minor units without floats. Accepts `.` or `,` as the decimal
/// separator and spaces (including no-break spaces) as thousands separators.
pub fn parse_minor(text: &str) -> Result<i64, MoneyError> {
    let bad = || MoneyError::NotAnAmount(text.chars().take(32).collect());
    let cleaned: String = text.trim().chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '_')).collect();
    let (negative, body) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.strip_prefix('+').unwrap_or(&cleaned)),
    };
    let body = body.replace(',', ".");
    let (whole, frac) = match body.split_once('.') {
        Some((w, f)) => (w, f),
        None => (body.as_str(), ""),
    };
    if whole.is_empty() && frac.is_empty() {
        return Err(bad());
    }
    if !whole.chars().all(|c| c.is_ascii_digit()) || !frac.chars().all(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    if frac.len() > 2 {
        return Err(MoneyError::TooManyDecimals(text.chars().take(32).collect()));
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| MoneyError::Overflow)? };
    let mut frac_minor: i64 = if frac.is_empty() { 0 } else { frac.parse().map_err(|_| bad())? };
    if frac.len() == 1 {
        frac_minor *= 10;
    }
    let minor = whole.checked_mul(100).and_then(|w| w.checked_add(frac_minor)).ok_or(MoneyError::Overflow)?;
    Ok(if negative { -minor } else { minor })
}
