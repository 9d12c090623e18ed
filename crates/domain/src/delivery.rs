//! When a message may go out, and how long to wait after a failed attempt.
//!
//! Quiet hours: an e-mail or SMS reaches a person's phone, so Purr sends them only in the
//! contact window, in the debtor's local time (the caller converts; this module sees a civil
//! date-time and never reads a clock). The window is the stricter Norwegian reading of good
//! collection practice (inkassoloven § 8, as for phone calls): Monday–Friday 08:00–21:00,
//! Saturday 09:00–15:00, never on Sundays or public holidays. For Sweden no written rule was
//! found (god inkassosed, inkassolagen 4 §); Purr applies the same window as its own policy.
//! Letters and e-box deliveries wait in a mailbox until the reader opens it: no quiet hours.
//!
//! A message due in quiet hours is deferred to [`next_allowed`], never dropped.
//!
//! Retries: [`retry_delay`] doubles from one minute up to a cap of six hours; after
//! [`MAX_ATTEMPTS`] failed attempts on every channel a message is `failed` and shown to people.

use crate::law::{DayKind, day_kind};
use crate::{Channel, Jurisdiction};
use jiff::civil::{Date, DateTime, Time, Weekday};

/// The delay before the first retry, in seconds.
pub const FIRST_RETRY_SECS: i64 = 60;
/// The longest wait between two attempts, in seconds.
pub const MAX_RETRY_SECS: i64 = 6 * 60 * 60;
/// Attempts (on one message, over all its channels) before it is given up as `failed`.
pub const MAX_ATTEMPTS: u32 = 8;

/// Seconds to wait after the `attempt`-th failed attempt (1-based): 60, 120, 240, … capped.
pub fn retry_delay(attempt: u32) -> i64 {
    let doublings = attempt.saturating_sub(1).min(30);
    FIRST_RETRY_SECS.saturating_mul(1_i64 << doublings).min(MAX_RETRY_SECS)
}

/// Whether a message may be sent now, and if not, why and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuietDecision {
    Send,
    Defer { until: DateTime, why: String },
}

/// The contact window of one day for channels that have one: `(opens, closes)`, closing
/// exclusive; `None` for a closed day (Sunday, a public holiday).
pub fn contact_window(jurisdiction: Jurisdiction, date: Date) -> Option<(Time, Time)> {
    if matches!(day_kind(jurisdiction, date), DayKind::PublicHoliday(_)) {
        return None;
    }
    match date.weekday() {
        Weekday::Sunday => None,
        Weekday::Saturday => Some((Time::constant(9, 0, 0, 0), Time::constant(15, 0, 0, 0))),
        _ => Some((Time::constant(8, 0, 0, 0), Time::constant(21, 0, 0, 0))),
    }
}

/// Whether `channel` keeps quiet hours at all.
pub fn has_quiet_hours(channel: Channel) -> bool {
    matches!(channel, Channel::Email | Channel::Sms)
}

/// May a message on `channel` go out at `at` (the debtor's local time)?
pub fn quiet_hours(jurisdiction: Jurisdiction, channel: Channel, at: DateTime) -> QuietDecision {
    let until = next_allowed(jurisdiction, channel, at);
    if until == at {
        return QuietDecision::Send;
    }
    let why = match contact_window(jurisdiction, at.date()) {
        None => match day_kind(jurisdiction, at.date()) {
            DayKind::PublicHoliday(name) => format!("{} is a public holiday ({})", at.date(), name.english()),
            _ => format!("{} is a Sunday", at.date()),
        },
        Some((open, close)) => format!(
            "{} is outside the contact window {}–{} for {} in {}",
            at.strftime("%Y-%m-%d %H:%M"),
            open.strftime("%H:%M"),
            close.strftime("%H:%M"),
            channel.code(),
            jurisdiction.code()
        ),
    };
    QuietDecision::Defer { until, why }
}

/// The first moment at or after `at` when `channel` may send: `at` itself when allowed.
pub fn next_allowed(jurisdiction: Jurisdiction, channel: Channel, at: DateTime) -> DateTime {
    if !has_quiet_hours(channel) {
        return at;
    }
    let mut date = at.date();
    // Every week has open weekdays, and no run of holidays is longer than a few days.
    for first in [true].into_iter().chain(std::iter::repeat(false)).take(32) {
        if let Some((open, close)) = contact_window(jurisdiction, date) {
            if !first {
                return date.to_datetime(open);
            }
            let time = at.time();
            if time < open {
                return date.to_datetime(open);
            }
            if time < close {
                return at;
            }
        }
        match date.tomorrow() {
            Ok(next) => date = next,
            Err(_) => return at,
        }
    }
    at
}
