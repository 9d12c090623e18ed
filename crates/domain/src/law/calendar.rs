//! Swedish and Norwegian calendars: public holidays, bank days and business days for any year.
//!
//! Everything is computed from the year alone (Easter by the Gregorian computus), so there is no
//! holiday table to keep up to date. Dates are handled internally as day numbers (days since
//! 1970-01-01) because the interest and fee rules compare and add dates in their hot paths and
//! plain integers are far cheaper than calendar objects there.
//!
//! Choices worth knowing:
//! - SE public holidays follow lag (1989:253) om allmänna helgdagar. Whit Monday was replaced by
//!   the National Day (6 June) from 2005; earlier years get Whit Monday and no National Day.
//! - SE bank closures add Midsummer Eve, Christmas Eve and New Year's Eve, the days skuldebrevslagen
//!   5 § treats like holidays for due dates; Swedish banks and Bankgirot do not settle on them.
//! - NO public holidays follow helligdagsloven plus 1 and 17 May (lov om 1. og 17. mai). NO bank
//!   closures add Christmas Eve and New Year's Eve, the days Norges Bank's settlement is closed.
//!   Maundy Thursday and Easter Monday are already public holidays there.

use crate::party::Jurisdiction;
use jiff::civil::{Date, Weekday};
use serde::Serialize;

/// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`, in integers.
pub(crate) const fn days_from_civil(year: i32, month: i32, day: i32) -> i32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`]: (year, month, day).
pub(crate) const fn civil_from_days(z: i32) -> (i32, i32, i32) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// The day number of a date.
///
/// The same value as [`days_from_civil`], computed on a year shifted by 10 000 (a multiple of
/// 400, so the leap-year cycle is unchanged) so that every quantity is non-negative for jiff's
/// years −9999..=9999 and the divisions are cheap unsigned ones.
#[inline]
pub(crate) fn day_number(date: Date) -> i32 {
    // Days from 0000-03-01 of the shifted calendar to 1970-01-01.
    const EPOCH: u32 = {
        let y = 1969 + 10_000u32;
        y * 365 + y / 4 - y / 100 + y / 400 + 306
    };
    let month = date.month() as u32;
    let (y, mp) = if month <= 2 {
        ((i32::from(date.year()) + 9_999) as u32, month + 9)
    } else {
        ((i32::from(date.year()) + 10_000) as u32, month - 3)
    };
    let doy = (153 * mp + 2) / 5 + date.day() as u32 - 1;
    (y * 365 + y / 4 - y / 100 + y / 400 + doy) as i32 - EPOCH as i32
}

/// The civil year of a day number: `civil_from_days(day).0`, computed in unsigned arithmetic on a
/// calendar shifted by 25 eras (10 000 years), for day numbers of jiff's dates.
#[inline]
pub(crate) fn year_of_day(day: i32) -> i32 {
    const SHIFT: i32 = 719_468 + 25 * 146_097;
    let z = (day + SHIFT) as u32;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    (yoe + era * 400) as i32 - 10_000 + i32::from(doy >= 306)
}

/// The day number of 31 December of `year`: `days_from_civil(year, 12, 31)`, for jiff's years.
#[inline]
pub(crate) fn last_day_of_year(year: i32) -> i32 {
    const EPOCH: u32 = {
        let y = 1969 + 10_000u32;
        y * 365 + y / 4 - y / 100 + y / 400 + 306
    };
    let y = (year + 10_000) as u32;
    (y * 365 + y / 4 - y / 100 + y / 400 + 305) as i32 - EPOCH as i32
}

/// The day numbers of jiff's first and last dates (-9999-01-01 and 9999-12-31).
pub(crate) const FIRST_DAY: i32 = days_from_civil(-9999, 1, 1);
pub(crate) const LAST_DAY: i32 = days_from_civil(9999, 12, 31);

/// `day + days`, or `day` itself when the sum falls outside jiff's dates: the day-number form of
/// `date.checked_add(days.days()).unwrap_or(date)`.
#[inline]
pub(crate) fn plus_days_n(day: i32, days: i32) -> i32 {
    match day.checked_add(days) {
        Some(sum) if (FIRST_DAY..=LAST_DAY).contains(&sum) => sum,
        _ => day,
    }
}

/// The date of a day number. Day numbers come from valid dates plus small offsets, so they stay
/// far inside jiff's range (years −9999..9999); a result outside it is a programming error.
pub(crate) fn date_of(day: i32) -> Date {
    let (y, m, d) = civil_from_days(day);
    Date::new(y as i16, m as i8, d as i8).expect("day number inside jiff's date range")
}

/// 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday.
pub(crate) const fn weekday_index(day: i32) -> i32 {
    (day + 3).rem_euclid(7)
}

pub(crate) const fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Easter Sunday of a Gregorian year as a day number (the anonymous Gregorian computus).
pub(crate) const fn easter_day(year: i32) -> i32 {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    days_from_civil(year, month, day)
}

const EASTER_FIRST_YEAR: i32 = 1900;
const EASTER_YEARS: usize = 400;

/// Easter Sunday for 1900–2299, computed at compile time, so the hot-path holiday lookup is a
/// table read; other years fall back to the computus.
static EASTER_TABLE: [i32; EASTER_YEARS] = {
    let mut table = [0; EASTER_YEARS];
    let mut i = 0;
    while i < EASTER_YEARS {
        table[i] = easter_day(EASTER_FIRST_YEAR + i as i32);
        i += 1;
    }
    table
};

#[inline]
fn easter_day_fast(year: i32) -> i32 {
    match usize::try_from(year - EASTER_FIRST_YEAR) {
        Ok(i) if i < EASTER_YEARS => EASTER_TABLE[i],
        _ => easter_day(year),
    }
}

/// Easter Sunday of a year.
pub fn easter_sunday(year: i16) -> Date {
    date_of(easter_day(i32::from(year)))
}

/// The first day in `from..=from+6` that falls on `weekday` (0 = Monday).
const fn first_weekday_from(from: i32, weekday: i32) -> i32 {
    from + (weekday - weekday_index(from)).rem_euclid(7)
}

/// A named day: a public holiday or a bank closure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DayName {
    NewYearsDay,
    Epiphany,
    MaundyThursday,
    GoodFriday,
    EasterSunday,
    EasterMonday,
    LabourDay,
    ConstitutionDay,
    AscensionDay,
    WhitSunday,
    WhitMonday,
    NationalDay,
    MidsummerDay,
    AllSaintsDay,
    ChristmasDay,
    BoxingDay,
    MidsummerEve,
    ChristmasEve,
    NewYearsEve,
}

impl DayName {
    /// The day number of this day in a given year (every named day exists in every year).
    pub(crate) const fn day_in(self, year: i32) -> i32 {
        match self {
            DayName::NewYearsDay => days_from_civil(year, 1, 1),
            DayName::Epiphany => days_from_civil(year, 1, 6),
            DayName::MaundyThursday => easter_day(year) - 3,
            DayName::GoodFriday => easter_day(year) - 2,
            DayName::EasterSunday => easter_day(year),
            DayName::EasterMonday => easter_day(year) + 1,
            DayName::LabourDay => days_from_civil(year, 5, 1),
            DayName::ConstitutionDay => days_from_civil(year, 5, 17),
            DayName::AscensionDay => easter_day(year) + 39,
            DayName::WhitSunday => easter_day(year) + 49,
            DayName::WhitMonday => easter_day(year) + 50,
            DayName::NationalDay => days_from_civil(year, 6, 6),
            // Midsummer Day is the Saturday in 20–26 June; All Saints' Day the Saturday in 31 Oct–6 Nov.
            DayName::MidsummerDay => first_weekday_from(days_from_civil(year, 6, 20), 5),
            DayName::AllSaintsDay => first_weekday_from(days_from_civil(year, 10, 31), 5),
            DayName::ChristmasDay => days_from_civil(year, 12, 25),
            DayName::BoxingDay => days_from_civil(year, 12, 26),
            DayName::MidsummerEve => first_weekday_from(days_from_civil(year, 6, 20), 5) - 1,
            DayName::ChristmasEve => days_from_civil(year, 12, 24),
            DayName::NewYearsEve => days_from_civil(year, 12, 31),
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            DayName::NewYearsDay => "new_years_day",
            DayName::Epiphany => "epiphany",
            DayName::MaundyThursday => "maundy_thursday",
            DayName::GoodFriday => "good_friday",
            DayName::EasterSunday => "easter_sunday",
            DayName::EasterMonday => "easter_monday",
            DayName::LabourDay => "labour_day",
            DayName::ConstitutionDay => "constitution_day",
            DayName::AscensionDay => "ascension_day",
            DayName::WhitSunday => "whit_sunday",
            DayName::WhitMonday => "whit_monday",
            DayName::NationalDay => "national_day",
            DayName::MidsummerDay => "midsummer_day",
            DayName::AllSaintsDay => "all_saints_day",
            DayName::ChristmasDay => "christmas_day",
            DayName::BoxingDay => "boxing_day",
            DayName::MidsummerEve => "midsummer_eve",
            DayName::ChristmasEve => "christmas_eve",
            DayName::NewYearsEve => "new_years_eve",
        }
    }

    /// The name in the jurisdiction's own language.
    pub fn local_name(self, jurisdiction: Jurisdiction) -> &'static str {
        match jurisdiction {
            Jurisdiction::SE => self.swedish(),
            Jurisdiction::NO => self.norwegian(),
        }
    }

    pub fn swedish(self) -> &'static str {
        match self {
            DayName::NewYearsDay => "Nyårsdagen",
            DayName::Epiphany => "Trettondedag jul",
            DayName::MaundyThursday => "Skärtorsdagen",
            DayName::GoodFriday => "Långfredagen",
            DayName::EasterSunday => "Påskdagen",
            DayName::EasterMonday => "Annandag påsk",
            DayName::LabourDay => "Första maj",
            DayName::ConstitutionDay => "Norges grundlagsdag",
            DayName::AscensionDay => "Kristi himmelsfärdsdag",
            DayName::WhitSunday => "Pingstdagen",
            DayName::WhitMonday => "Annandag pingst",
            DayName::NationalDay => "Sveriges nationaldag",
            DayName::MidsummerDay => "Midsommardagen",
            DayName::AllSaintsDay => "Alla helgons dag",
            DayName::ChristmasDay => "Juldagen",
            DayName::BoxingDay => "Annandag jul",
            DayName::MidsummerEve => "Midsommarafton",
            DayName::ChristmasEve => "Julafton",
            DayName::NewYearsEve => "Nyårsafton",
        }
    }

    pub fn norwegian(self) -> &'static str {
        match self {
            DayName::NewYearsDay => "Første nyttårsdag",
            DayName::Epiphany => "Hellige tre kongers dag",
            DayName::MaundyThursday => "Skjærtorsdag",
            DayName::GoodFriday => "Langfredag",
            DayName::EasterSunday => "Første påskedag",
            DayName::EasterMonday => "Andre påskedag",
            DayName::LabourDay => "Offentlig høytidsdag 1. mai",
            DayName::ConstitutionDay => "Grunnlovsdag 17. mai",
            DayName::AscensionDay => "Kristi himmelfartsdag",
            DayName::WhitSunday => "Første pinsedag",
            DayName::WhitMonday => "Andre pinsedag",
            DayName::NationalDay => "Sveriges nasjonaldag",
            DayName::MidsummerDay => "Midtsommerdag",
            DayName::AllSaintsDay => "Allehelgensdag",
            DayName::ChristmasDay => "Første juledag",
            DayName::BoxingDay => "Andre juledag",
            DayName::MidsummerEve => "Midtsommeraften",
            DayName::ChristmasEve => "Julaften",
            DayName::NewYearsEve => "Nyttårsaften",
        }
    }

    pub fn english(self) -> &'static str {
        match self {
            DayName::NewYearsDay => "New Year's Day",
            DayName::Epiphany => "Epiphany",
            DayName::MaundyThursday => "Maundy Thursday",
            DayName::GoodFriday => "Good Friday",
            DayName::EasterSunday => "Easter Sunday",
            DayName::EasterMonday => "Easter Monday",
            DayName::LabourDay => "Labour Day",
            DayName::ConstitutionDay => "Constitution Day",
            DayName::AscensionDay => "Ascension Day",
            DayName::WhitSunday => "Whit Sunday",
            DayName::WhitMonday => "Whit Monday",
            DayName::NationalDay => "National Day of Sweden",
            DayName::MidsummerDay => "Midsummer Day",
            DayName::AllSaintsDay => "All Saints' Day",
            DayName::ChristmasDay => "Christmas Day",
            DayName::BoxingDay => "Boxing Day",
            DayName::MidsummerEve => "Midsummer Eve",
            DayName::ChristmasEve => "Christmas Eve",
            DayName::NewYearsEve => "New Year's Eve",
        }
    }
}

const SE_HOLIDAYS: [DayName; 13] = [
    DayName::NewYearsDay,
    DayName::Epiphany,
    DayName::GoodFriday,
    DayName::EasterSunday,
    DayName::EasterMonday,
    DayName::LabourDay,
    DayName::AscensionDay,
    DayName::WhitSunday,
    // Index 8 is Whit Monday before 2005 and the National Day from 2005, see `se_holiday_at`.
    DayName::NationalDay,
    DayName::MidsummerDay,
    DayName::AllSaintsDay,
    DayName::ChristmasDay,
    DayName::BoxingDay,
];

const NO_HOLIDAYS: [DayName; 12] = [
    DayName::NewYearsDay,
    DayName::MaundyThursday,
    DayName::GoodFriday,
    DayName::EasterSunday,
    DayName::EasterMonday,
    DayName::LabourDay,
    DayName::ConstitutionDay,
    DayName::AscensionDay,
    DayName::WhitSunday,
    DayName::WhitMonday,
    DayName::ChristmasDay,
    DayName::BoxingDay,
];

/// The SE holiday list for a year: the 2005 reform swapped Whit Monday for the National Day.
const fn se_holiday_at(year: i32, i: usize) -> DayName {
    if i == 8 && year < 2005 { DayName::WhitMonday } else { SE_HOLIDAYS[i] }
}

fn holiday_names(jurisdiction: Jurisdiction, year: i32) -> impl Iterator<Item = DayName> {
    let count = match jurisdiction {
        Jurisdiction::SE => SE_HOLIDAYS.len(),
        Jurisdiction::NO => NO_HOLIDAYS.len(),
    };
    (0..count).map(move |i| match jurisdiction {
        Jurisdiction::SE => se_holiday_at(year, i),
        Jurisdiction::NO => NO_HOLIDAYS[i],
    })
}

/// The public holiday on a day, if any. This is the hot-path form of the holiday lists: it works
/// out the year and Easter once and compares, with no allocation and no per-holiday recomputation.
/// A test checks it against [`public_holidays`] for many years.
pub(crate) fn holiday_at(jurisdiction: Jurisdiction, day: i32) -> Option<DayName> {
    let (year, month, dom) = civil_from_days(day);
    holiday_on(jurisdiction, day, year, month, dom)
}

#[inline]
fn holiday_on(jurisdiction: Jurisdiction, day: i32, year: i32, month: i32, dom: i32) -> Option<DayName> {
    let fixed = match (month, dom) {
        (1, 1) => Some(DayName::NewYearsDay),
        (5, 1) => Some(DayName::LabourDay),
        (12, 25) => Some(DayName::ChristmasDay),
        (12, 26) => Some(DayName::BoxingDay),
        (1, 6) if jurisdiction == Jurisdiction::SE => Some(DayName::Epiphany),
        (6, 6) if jurisdiction == Jurisdiction::SE && year >= 2005 => Some(DayName::NationalDay),
        (5, 17) if jurisdiction == Jurisdiction::NO => Some(DayName::ConstitutionDay),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    // Easter-based holidays fall between 19 March (Maundy Thursday) and 14 June (Whit Monday).
    if (3..=6).contains(&month) {
        let offset = day - easter_day_fast(year);
        let moveable = match (jurisdiction, offset) {
            (Jurisdiction::NO, -3) => Some(DayName::MaundyThursday),
            (_, -2) => Some(DayName::GoodFriday),
            (_, 0) => Some(DayName::EasterSunday),
            (_, 1) => Some(DayName::EasterMonday),
            (_, 39) => Some(DayName::AscensionDay),
            (_, 49) => Some(DayName::WhitSunday),
            (Jurisdiction::NO, 50) => Some(DayName::WhitMonday),
            (Jurisdiction::SE, 50) if year < 2005 => Some(DayName::WhitMonday),
            _ => None,
        };
        if moveable.is_some() {
            return moveable;
        }
    }
    if jurisdiction == Jurisdiction::SE && weekday_index(day) == 5 {
        if month == 6 && (20..=26).contains(&dom) {
            return Some(DayName::MidsummerDay);
        }
        if (month == 10 && dom == 31) || (month == 11 && dom <= 6) {
            return Some(DayName::AllSaintsDay);
        }
    }
    None
}

/// The bank closure (a non-holiday weekday when banks are shut) on a day, if any.
pub(crate) fn closure_at(jurisdiction: Jurisdiction, day: i32) -> Option<DayName> {
    let (_, month, dom) = civil_from_days(day);
    closure_on(jurisdiction, day, month, dom)
}

#[inline]
fn closure_on(jurisdiction: Jurisdiction, day: i32, month: i32, dom: i32) -> Option<DayName> {
    match (month, dom) {
        (12, 24) => Some(DayName::ChristmasEve),
        (12, 31) => Some(DayName::NewYearsEve),
        (6, 19..=25) if jurisdiction == Jurisdiction::SE && weekday_index(day) == 4 => Some(DayName::MidsummerEve),
        _ => None,
    }
}

/// What kind of day a date is for one jurisdiction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "name")]
pub enum DayKind {
    /// A Monday–Friday that is neither a holiday nor a bank closure.
    BankDay,
    /// Saturday or Sunday that is not also a named holiday.
    Weekend,
    PublicHoliday(DayName),
    /// A weekday on which banks are closed although it is not a public holiday.
    BankClosure(DayName),
}

pub(crate) fn kind_of_day(jurisdiction: Jurisdiction, day: i32) -> DayKind {
    if let Some(name) = holiday_at(jurisdiction, day) {
        return DayKind::PublicHoliday(name);
    }
    if weekday_index(day) >= 5 {
        return DayKind::Weekend;
    }
    match closure_at(jurisdiction, day) {
        Some(name) => DayKind::BankClosure(name),
        None => DayKind::BankDay,
    }
}

/// What kind of day `date` is in `jurisdiction`.
pub fn day_kind(jurisdiction: Jurisdiction, date: Date) -> DayKind {
    kind_of_day(jurisdiction, day_number(date))
}

// Closed days as bits. The bank-day and business-day checks run in loops on the dunning
// engine's daily path (next bank day, n bank days on, moving a due date), and converting each
// day number to a civil date to match it against the holiday rules was the largest part of a
// decision. So the same rules are run once, at compile time, over 1900–2299 into one bit per day
// (weekends included); a check inside that range reads a bit, and a day outside it takes the
// computed path. A test checks the tables against `day_kind` for every day of the range.
const TABLE_FIRST_YEAR: i32 = 1900;
const TABLE_YEARS: i32 = 400;
const TABLE_FIRST_DAY: i32 = days_from_civil(TABLE_FIRST_YEAR, 1, 1);
const TABLE_DAYS: usize = (days_from_civil(TABLE_FIRST_YEAR + TABLE_YEARS, 1, 1) - TABLE_FIRST_DAY) as usize;

type DayBits = [u64; TABLE_DAYS.div_ceil(64)];

/// The weekends and public holidays of every year of the table and, with `closures`, the bank
/// closures too.
const fn closed_days(jurisdiction: Jurisdiction, closures: bool) -> DayBits {
    const fn set(bits: &mut DayBits, day: i32) {
        let i = (day - TABLE_FIRST_DAY) as usize;
        if i < TABLE_DAYS {
            bits[i / 64] |= 1 << (i % 64);
        }
    }
    let mut bits = [0; TABLE_DAYS.div_ceil(64)];
    let mut saturday = first_weekday_from(TABLE_FIRST_DAY, 5);
    while saturday < TABLE_FIRST_DAY + TABLE_DAYS as i32 {
        set(&mut bits, saturday);
        set(&mut bits, saturday + 1);
        saturday += 7;
    }
    let mut year = TABLE_FIRST_YEAR;
    while year < TABLE_FIRST_YEAR + TABLE_YEARS {
        let count = match jurisdiction {
            Jurisdiction::SE => SE_HOLIDAYS.len(),
            Jurisdiction::NO => NO_HOLIDAYS.len(),
        };
        let mut i = 0;
        while i < count {
            let name = match jurisdiction {
                Jurisdiction::SE => se_holiday_at(year, i),
                Jurisdiction::NO => NO_HOLIDAYS[i],
            };
            set(&mut bits, name.day_in(year));
            i += 1;
        }
        // The closures of `closure_on`.
        if closures {
            set(&mut bits, DayName::ChristmasEve.day_in(year));
            set(&mut bits, DayName::NewYearsEve.day_in(year));
            if let Jurisdiction::SE = jurisdiction {
                set(&mut bits, DayName::MidsummerEve.day_in(year));
            }
        }
        year += 1;
    }
    bits
}

/// Days on which banks do not settle.
static SE_BANKS_CLOSED: DayBits = closed_days(Jurisdiction::SE, true);
static NO_BANKS_CLOSED: DayBits = closed_days(Jurisdiction::NO, true);
/// Weekends and NO public holidays: the days that move an NO due date.
static NO_NOT_BUSINESS: DayBits = closed_days(Jurisdiction::NO, false);

/// Whether `day` is set in `bits`, or `None` outside the table's years.
#[inline]
fn table_says(bits: &DayBits, day: i32) -> Option<bool> {
    let i = usize::try_from(day.checked_sub(TABLE_FIRST_DAY)?).ok().filter(|&i| i < TABLE_DAYS)?;
    Some(bits[i / 64] >> (i % 64) & 1 == 1)
}

pub(crate) fn is_bank_day_n(jurisdiction: Jurisdiction, day: i32) -> bool {
    let closed = match jurisdiction {
        Jurisdiction::SE => &SE_BANKS_CLOSED,
        Jurisdiction::NO => &NO_BANKS_CLOSED,
    };
    if let Some(closed) = table_says(closed, day) {
        return !closed;
    }
    if weekday_index(day) >= 5 {
        return false;
    }
    let (year, month, dom) = civil_from_days(day);
    holiday_on(jurisdiction, day, year, month, dom).is_none() && closure_on(jurisdiction, day, month, dom).is_none()
}

/// True when banks settle payments on `date`.
pub fn is_bank_day(jurisdiction: Jurisdiction, date: Date) -> bool {
    is_bank_day_n(jurisdiction, day_number(date))
}

/// True for a Monday–Friday that is not a public holiday (NO "virkedag" for due dates; Christmas
/// Eve and New Year's Eve count as business days here, unlike bank days).
pub(crate) fn is_business_day_n(jurisdiction: Jurisdiction, day: i32) -> bool {
    if jurisdiction == Jurisdiction::NO
        && let Some(closed) = table_says(&NO_NOT_BUSINESS, day)
    {
        return !closed;
    }
    weekday_index(day) < 5 && holiday_at(jurisdiction, day).is_none()
}

/// The `n`th bank day after `day` (n ≥ 1), or `day` itself when n = 0.
pub(crate) fn add_bank_days_n(jurisdiction: Jurisdiction, day: i32, n: u32) -> i32 {
    let mut d = day;
    let mut left = n;
    while left > 0 {
        d += 1;
        if is_bank_day_n(jurisdiction, d) {
            left -= 1;
        }
    }
    d
}

/// The `n`th bank day after `date` (`date` itself for n = 0).
pub fn add_bank_days(jurisdiction: Jurisdiction, date: Date, n: u32) -> Date {
    date_of(add_bank_days_n(jurisdiction, day_number(date), n))
}

/// The first bank day on or after `day`.
pub(crate) fn next_bank_day_n(jurisdiction: Jurisdiction, day: i32) -> i32 {
    let mut d = day;
    while !is_bank_day_n(jurisdiction, d) {
        d += 1;
    }
    d
}

/// The first bank day on or after `date`.
pub fn next_bank_day_on_or_after(jurisdiction: Jurisdiction, date: Date) -> Date {
    date_of(next_bank_day_n(jurisdiction, day_number(date)))
}

/// One public holiday of a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Holiday {
    pub date: Date,
    pub name: DayName,
}

/// The statutory public holidays of a year, in date order. Easter Sunday, Whit Sunday and (in SE)
/// Midsummer Day and All Saints' Day always fall on weekends but are listed because the statutes
/// name them.
pub fn public_holidays(jurisdiction: Jurisdiction, year: i16) -> Vec<Holiday> {
    let y = i32::from(year);
    let mut out: Vec<Holiday> =
        holiday_names(jurisdiction, y).map(|name| Holiday { date: date_of(name.day_in(y)), name }).collect();
    out.sort_by_key(|h| h.date);
    out
}

/// One weekday without bank settlement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct NonBankDay {
    pub date: Date,
    pub kind: DayKind,
}

/// Every Monday–Friday of a year on which banks are closed: weekday holidays and bank closures.
pub fn non_bank_weekdays(jurisdiction: Jurisdiction, year: i16) -> Vec<NonBankDay> {
    let y = i32::from(year);
    let first = days_from_civil(y, 1, 1);
    let last = days_from_civil(y, 12, 31);
    (first..=last)
        .filter(|&d| weekday_index(d) < 5)
        .filter_map(|d| match kind_of_day(jurisdiction, d) {
            DayKind::BankDay | DayKind::Weekend => None,
            kind => Some(NonBankDay { date: date_of(d), kind }),
        })
        .collect()
}

/// Converts a jiff weekday to our 0 = Monday index (used by tests and callers with jiff dates).
pub fn weekday_number(weekday: Weekday) -> i32 {
    i32::from(weekday.to_monday_zero_offset())
}
