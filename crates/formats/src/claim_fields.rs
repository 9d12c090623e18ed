//! Checks of the claim fields the claims CSV and Peppol invoices share, so both refuse the same
//! things in the same words.

use jiff::civil::Date;

/// The longest text a field may hold; longer is a mistake, not a name.
pub(crate) const MAX_CHARS: usize = 300;

/// A date written `YYYY-MM-DD`.
pub(crate) fn date(text: &str) -> Result<Date, String> {
    match text.parse::<Date>() {
        Ok(d) if text.len() == 10 => Ok(d),
        _ => Err(format!("{text:?} is not a date (write YYYY-MM-DD)")),
    }
}

/// A due date on or after the issue date.
pub(crate) fn due_after_issue(issue: Date, due: Date) -> Result<(), String> {
    if due < issue { Err(format!("{due} is before the issue date {issue}")) } else { Ok(()) }
}

/// An ISO 3166 alpha-2 country code, upper-cased.
pub(crate) fn country(text: &str) -> Result<String, String> {
    if text.len() == 2 && text.chars().all(|c| c.is_ascii_alphabetic()) {
        Ok(text.to_ascii_uppercase())
    } else {
        Err(format!("{text:?} is not a two-letter country code"))
    }
}

/// Something that can be an e-mail address: an '@' with text on both sides.
pub(crate) fn email(text: &str) -> Result<(), String> {
    if !text.contains('@') || text.starts_with('@') || text.ends_with('@') {
        Err(format!("{text:?} is not an e-mail address"))
    } else {
        Ok(())
    }
}

/// A payment reference: digits, letters and '-' only.
pub(crate) fn payment_reference(text: &str) -> Result<(), String> {
    if text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        Ok(())
    } else {
        Err(format!("{text:?} may hold only digits, letters and '-'"))
    }
}
