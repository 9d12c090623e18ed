//! Quiet hours and retry delays, as tables.

use domain::delivery::{MAX_RETRY_SECS, QuietDecision, next_allowed, quiet_hours, retry_delay};
use domain::{Channel, Jurisdiction};
use jiff::civil::DateTime;

fn at(text: &str) -> DateTime {
    text.parse().expect("a civil date-time")
}

#[test]
fn quiet_hours_defer_to_the_next_window() {
    // (jurisdiction, channel, local time, the first allowed moment)
    let cases = [
        // 2026-11-23 is a Monday.
        (Jurisdiction::SE, Channel::Email, "2026-11-23T12:00", "2026-11-23T12:00"),
        (Jurisdiction::SE, Channel::Email, "2026-11-23T07:59", "2026-11-23T08:00"),
        (Jurisdiction::SE, Channel::Sms, "2026-11-23T21:00", "2026-11-24T08:00"),
        (Jurisdiction::NO, Channel::Sms, "2026-11-23T20:59", "2026-11-23T20:59"),
        // Friday evening → Saturday 09:00; Saturday afternoon → Monday 08:00.
        (Jurisdiction::NO, Channel::Email, "2026-11-27T22:30", "2026-11-28T09:00"),
        (Jurisdiction::SE, Channel::Sms, "2026-11-28T15:00", "2026-11-30T08:00"),
        // Sunday → Monday.
        (Jurisdiction::SE, Channel::Email, "2026-11-29T10:00", "2026-11-30T08:00"),
        // Christmas 2026: the 25th (Friday) and 26th (Saturday) are holidays, the 27th a Sunday.
        (Jurisdiction::NO, Channel::Sms, "2026-12-25T10:00", "2026-12-28T08:00"),
        // 17 May 2027 (Monday) is Norway's constitution day.
        (Jurisdiction::NO, Channel::Email, "2027-05-17T10:00", "2027-05-18T08:00"),
        // Letters and e-box have no quiet hours.
        (Jurisdiction::SE, Channel::Letter, "2026-11-29T03:00", "2026-11-29T03:00"),
        (Jurisdiction::NO, Channel::Ebox, "2026-12-25T03:00", "2026-12-25T03:00"),
    ];
    for (j, channel, now, want) in cases {
        let got = next_allowed(j, channel, at(now));
        assert_eq!(got, at(want), "{j:?} {channel:?} at {now}");
        match quiet_hours(j, channel, at(now)) {
            QuietDecision::Send => assert_eq!(now, want, "{j:?} {channel:?} at {now} should be deferred"),
            QuietDecision::Defer { until, why } => {
                assert_eq!(until, at(want));
                assert!(!why.is_empty());
            }
        }
    }
}

#[test]
fn a_deferred_moment_is_always_allowed() {
    let mut t = at("2026-12-20T00:00");
    for _ in 0..(24 * 20) {
        for channel in [Channel::Email, Channel::Sms] {
            for j in [Jurisdiction::SE, Jurisdiction::NO] {
                let next = next_allowed(j, channel, t);
                assert!(next >= t);
                assert_eq!(quiet_hours(j, channel, next), QuietDecision::Send, "{j:?} {channel:?} {t}");
            }
        }
        t = t.checked_add(jiff::SignedDuration::from_mins(53)).expect("in range");
    }
}

#[test]
fn retries_back_off_exponentially_up_to_a_cap() {
    assert_eq!(retry_delay(1), 60);
    assert_eq!(retry_delay(2), 120);
    assert_eq!(retry_delay(3), 240);
    assert_eq!(retry_delay(9), 15_360);
    assert_eq!(retry_delay(10), MAX_RETRY_SECS);
    assert_eq!(retry_delay(u32::MAX), MAX_RETRY_SECS);
    for n in 1..40 {
        assert!(retry_delay(n + 1) >= retry_delay(n));
    }
}
