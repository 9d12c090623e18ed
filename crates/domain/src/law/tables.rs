//! Date-versioned law tables: rates and amounts with their sources, compiled for fast lookup.
//!
//! The tables live as TOML files in `data/law/` and are compiled into the binary with
//! `include_str!`, so a build always carries the rates it was tested with. Each row has a
//! `valid_from` date, a value, the source it was taken from and a verification tag (V, S, U).
//! An installation can add or replace rows at run time ([`LawTables::with_overrides`]); the app
//! stores those overrides, this module only merges and validates them.
//!
//! Two coverage rules exist. A `half-year` table (interest rates, the NO standard compensation)
//! has one row per calendar half-year, and each row covers only its own half-year: a missing
//! half-year is a gap that lookups report as unknown. An `until-next` table (fee amounts, the
//! inkassosats) runs each row until the next one, and the last row stays in force.
//!
//! On load, every table is compiled to sorted segments of day numbers and integers (micro-percent
//! for rates, minor units for amounts), which is what the interest and fee rules read in their hot
//! paths.

use super::calendar::{civil_from_days, date_of, day_number, days_from_civil};
use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Every table the law engine knows. The code is the stable name used in files, overrides and the CLI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum TableId {
    SeReferenceRate,
    NoLateInterestRate,
    NoStandardCompensation,
    NoInkassosats,
    NoFeeRounding,
    NoAgencyFeeBrackets,
    SeReminderFee,
    SeCollectionDemandFee,
    SeInstalmentPlanFee,
    SeInstalmentNoticeFee,
    SeLateCompensation,
}

impl TableId {
    pub const ALL: [TableId; 11] = [
        TableId::SeReferenceRate,
        TableId::NoLateInterestRate,
        TableId::NoStandardCompensation,
        TableId::NoInkassosats,
        TableId::NoFeeRounding,
        TableId::NoAgencyFeeBrackets,
        TableId::SeReminderFee,
        TableId::SeCollectionDemandFee,
        TableId::SeInstalmentPlanFee,
        TableId::SeInstalmentNoticeFee,
        TableId::SeLateCompensation,
    ];

    pub fn code(self) -> &'static str {
        match self {
            TableId::SeReferenceRate => "se-reference-rate",
            TableId::NoLateInterestRate => "no-late-interest-rate",
            TableId::NoStandardCompensation => "no-standard-compensation",
            TableId::NoInkassosats => "no-inkassosats",
            TableId::NoFeeRounding => "no-fee-rounding",
            TableId::NoAgencyFeeBrackets => "no-agency-fee-brackets",
            TableId::SeReminderFee => "se-reminder-fee",
            TableId::SeCollectionDemandFee => "se-collection-demand-fee",
            TableId::SeInstalmentPlanFee => "se-instalment-plan-fee",
            TableId::SeInstalmentNoticeFee => "se-instalment-notice-fee",
            TableId::SeLateCompensation => "se-late-compensation",
        }
    }

    pub fn from_code(code: &str) -> Option<TableId> {
        TableId::ALL.into_iter().find(|t| t.code() == code.trim())
    }

    pub fn unit(self) -> Unit {
        match self {
            TableId::SeReferenceRate | TableId::NoLateInterestRate => Unit::Percent,
            TableId::NoStandardCompensation | TableId::NoInkassosats | TableId::NoFeeRounding => Unit::Nok,
            TableId::NoAgencyFeeBrackets => Unit::Brackets,
            TableId::SeReminderFee
            | TableId::SeCollectionDemandFee
            | TableId::SeInstalmentPlanFee
            | TableId::SeInstalmentNoticeFee
            | TableId::SeLateCompensation => Unit::Sek,
        }
    }

    pub fn coverage(self) -> Coverage {
        match self {
            TableId::SeReferenceRate | TableId::NoLateInterestRate | TableId::NoStandardCompensation => {
                Coverage::HalfYear
            }
            _ => Coverage::UntilNext,
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The compiled-in data file of this table.
    fn builtin_source(self) -> &'static str {
        match self {
            TableId::SeReferenceRate => include_str!("../../../../data/law/se-reference-rate.toml"),
            TableId::NoLateInterestRate => {
                include_str!("../../../../data/law/no-late-interest-rate.toml")
            }
            TableId::NoStandardCompensation => {
                include_str!("../../../../data/law/no-standard-compensation.toml")
            }
            TableId::NoInkassosats => include_str!("../../../../data/law/no-inkassosats.toml"),
            TableId::NoFeeRounding => include_str!("../../../../data/law/no-fee-rounding.toml"),
            TableId::NoAgencyFeeBrackets => {
                include_str!("../../../../data/law/no-agency-fee-brackets.toml")
            }
            TableId::SeReminderFee => include_str!("../../../../data/law/se-reminder-fee.toml"),
            TableId::SeCollectionDemandFee => {
                include_str!("../../../../data/law/se-collection-demand-fee.toml")
            }
            TableId::SeInstalmentPlanFee => {
                include_str!("../../../../data/law/se-instalment-plan-fee.toml")
            }
            TableId::SeInstalmentNoticeFee => {
                include_str!("../../../../data/law/se-instalment-notice-fee.toml")
            }
            TableId::SeLateCompensation => {
                include_str!("../../../../data/law/se-late-compensation.toml")
            }
        }
    }
}

impl fmt::Display for TableId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// What a table's values measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Annual percent, at most six decimals.
    Percent,
    /// Swedish kronor, at most two decimals.
    Sek,
    /// Norwegian kroner, at most two decimals.
    Nok,
    /// NO salær brackets: "limit:multiple,…,*:multiple".
    Brackets,
}

impl Unit {
    pub fn code(self) -> &'static str {
        match self {
            Unit::Percent => "percent",
            Unit::Sek => "SEK",
            Unit::Nok => "NOK",
            Unit::Brackets => "brackets",
        }
    }
}

/// How far a row reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Coverage {
    /// Rows start on 1 January or 1 July and each covers only its own half-year.
    HalfYear,
    /// Each row runs until the next; the last one stays in force.
    UntilNext,
}

impl Coverage {
    pub fn code(self) -> &'static str {
        match self {
            Coverage::HalfYear => "half-year",
            Coverage::UntilNext => "until-next",
        }
    }
}

/// How well a row's value is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Verification {
    /// Checked in a primary or official source.
    V,
    /// Secondary sources only.
    S,
    /// Unverified: confirm before relying on it.
    U,
    /// Set by this installation's operator (a run-time override).
    #[serde(rename = "local")]
    Local,
}

impl Verification {
    pub fn code(self) -> &'static str {
        match self {
            Verification::V => "V",
            Verification::S => "S",
            Verification::U => "U",
            Verification::Local => "local",
        }
    }
}

/// Where a row came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    Builtin,
    Override,
}

/// One dated row of a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub valid_from: Date,
    /// The value as written in the data file or override ("4.50", "700", "500:0.25,…").
    pub value: String,
    pub source: String,
    pub verification: Verification,
    pub origin: Origin,
}

/// One table: its identity, description and rows sorted by `valid_from`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Table {
    pub id: TableId,
    pub description: String,
    pub rows: Vec<Row>,
}

/// A row set at run time by an installation (`purr rates set`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RateOverride {
    pub table: String,
    pub valid_from: Date,
    pub value: String,
    pub source: String,
}

/// Why a table file or an override was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TableError {
    #[error("unknown table {table:?} (known tables: {known})")]
    UnknownTable { table: String, known: String },
    #[error("table {table}: value {value:?} is not valid: {why}")]
    BadValue { table: TableId, value: String, why: String },
    #[error("table {table}: rows must start on 1 January or 1 July, not {valid_from}")]
    NotHalfYearStart { table: TableId, valid_from: Date },
    #[error("table {table}: the row from {valid_from} needs a source (statute, decision or URL)")]
    MissingSource { table: TableId, valid_from: Date },
    #[error("table {table}: verification tag {tag:?} is not V, S or U")]
    BadVerification { table: TableId, tag: String },
    #[error("table file {file}: {why}")]
    BadFile { file: String, why: String },
    #[error("table {table}: two rows start on {valid_from}")]
    DuplicateRow { table: TableId, valid_from: Date },
}

fn known_tables() -> String {
    TableId::ALL.iter().map(|t| t.code()).collect::<Vec<_>>().join(", ")
}

/// An annual interest rate in millionths of a percent (12.25 % = 12 250 000). Integers keep the
/// interest arithmetic exact and allocation-free.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rate {
    micro_percent: i64,
}

impl Rate {
    pub const fn from_micro_percent(micro_percent: i64) -> Rate {
        Rate { micro_percent }
    }

    pub const fn micro_percent(self) -> i64 {
        self.micro_percent
    }

    /// An exact decimal percent; more than six decimals is refused rather than rounded.
    pub fn from_percent(percent: Decimal) -> Result<Rate, String> {
        let scaled = percent * Decimal::from(1_000_000);
        if scaled.fract() != Decimal::ZERO {
            return Err("a rate may have at most six decimals".into());
        }
        let micro: i64 = scaled.trunc().try_into().map_err(|_| "rate out of range".to_string())?;
        Ok(Rate { micro_percent: micro })
    }

    /// Parses "8", "8.00", "12,25".
    pub fn parse(text: &str) -> Result<Rate, String> {
        let d = Decimal::from_str(&text.trim().replace(',', "."))
            .map_err(|_| format!("{text:?} is not a percentage (write it like 8.00)"))?;
        Rate::from_percent(d)
    }

    pub fn to_decimal(self) -> Decimal {
        Decimal::new(self.micro_percent, 6).normalize()
    }

    /// The percent with at least two decimals: "8.00", "12.25", "9.125".
    pub fn percent_string(self) -> String {
        let mut d = self.to_decimal();
        if d.scale() < 2 {
            d.rescale(2);
        }
        d.to_string()
    }
}

impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.percent_string())
    }
}

/// A closed range of dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub from: Date,
    pub to: Date,
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.from, self.to)
    }
}

/// A table has no value for (part of) a period: the named outcome that replaces a silent zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("no {table} value is known for {period}")]
pub struct RateUnknown {
    pub table: TableId,
    pub period: Period,
}

/// NO salær brackets: principal limits (minor units, inclusive) and multiples (hundredths).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Brackets {
    pub(crate) limits_minor: [i64; 12],
    pub(crate) multiples_hundredths: [i64; 12],
    pub(crate) len: usize,
}

impl Brackets {
    /// The bracket index, limit and multiple for a principal.
    pub(crate) fn find(&self, principal_minor: i64) -> (usize, i64, i64) {
        for i in 0..self.len {
            if principal_minor <= self.limits_minor[i] {
                return (i, self.limits_minor[i], self.multiples_hundredths[i]);
            }
        }
        let i = self.len - 1;
        (i, self.limits_minor[i], self.multiples_hundredths[i])
    }

    fn parse(text: &str) -> Result<Brackets, String> {
        let mut out = Brackets { limits_minor: [0; 12], multiples_hundredths: [0; 12], len: 0 };
        for part in text.split(',') {
            let (limit, multiple) = part.split_once(':').ok_or_else(|| format!("{part:?} is not limit:multiple"))?;
            if out.len == out.limits_minor.len() {
                return Err("at most 12 brackets".into());
            }
            let limit = match limit.trim() {
                "*" => i64::MAX,
                l => decimal_to_scaled(l, 2).map_err(|e| format!("limit {l:?}: {e}"))?,
            };
            let multiple = decimal_to_scaled(multiple, 2).map_err(|e| format!("multiple {multiple:?}: {e}"))?;
            if multiple < 0 {
                return Err("multiples cannot be negative".into());
            }
            if out.len > 0 && limit <= out.limits_minor[out.len - 1] {
                return Err("limits must rise".into());
            }
            out.limits_minor[out.len] = limit;
            out.multiples_hundredths[out.len] = multiple;
            out.len += 1;
        }
        if out.len == 0 || out.limits_minor[out.len - 1] != i64::MAX {
            return Err("the last bracket must be \"*:multiple\"".into());
        }
        Ok(out)
    }
}

/// Parses decimal text into an integer scaled by 10^scale, refusing extra decimals.
fn decimal_to_scaled(text: &str, scale: u32) -> Result<i64, String> {
    let d = Decimal::from_str(text.trim()).map_err(|_| format!("{text:?} is not a number"))?;
    let scaled = d * Decimal::from(10i64.pow(scale));
    if scaled.fract() != Decimal::ZERO {
        return Err(format!("at most {scale} decimals"));
    }
    scaled.trunc().try_into().map_err(|_| "out of range".to_string())
}

/// One compiled row: the closed day range it covers and its integer value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Seg<T> {
    pub(crate) start: i32,
    pub(crate) end: i32,
    pub(crate) value: T,
}

/// Finds the segment covering `day`, or the first day after `day` that some segment covers.
///
/// The scan runs backwards from the newest row: collection mostly asks about recent dates, and
/// for tables of a few dozen rows a short predictable loop beats a binary search.
#[inline]
pub(crate) fn find_seg<T>(segs: &[Seg<T>], day: i32) -> Result<&Seg<T>, Option<i32>> {
    let mut next = None;
    for seg in segs.iter().rev() {
        if seg.start <= day {
            return if seg.end >= day { Ok(seg) } else { Err(next) };
        }
        next = Some(seg.start);
    }
    Err(next)
}

/// A lookup that failed as a `RateUnknown` for the unknown stretch starting at `day`, clipped to `last`.
pub(crate) fn unknown_from(table: TableId, day: i32, next_known: Option<i32>, last: i32) -> RateUnknown {
    let to = next_known.map_or(last, |n| (n - 1).min(last)).max(day);
    RateUnknown { table, period: Period { from: date_of(day), to: date_of(to) } }
}

/// The integer form of every table, built once per `LawTables`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Compiled {
    /// Indexed by `TableId as usize`; empty for the brackets table.
    pub(crate) values: Vec<Vec<Seg<i64>>>,
    pub(crate) brackets: Vec<Seg<Brackets>>,
    /// The NO inkassosats and fee rounding unit together, on the days both are known: the NO
    /// fee rules need both for every fee, and one lookup is cheaper than two.
    pub(crate) no_sats_unit: Vec<Seg<(i64, i64)>>,
}

/// The days covered by both segment lists, each with both values.
fn intersect_segs(a: &[Seg<i64>], b: &[Seg<i64>]) -> Vec<Seg<(i64, i64)>> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let start = a[i].start.max(b[j].start);
        let end = a[i].end.min(b[j].end);
        if start <= end {
            out.push(Seg { start, end, value: (a[i].value, b[j].value) });
        }
        if a[i].end < b[j].end {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

impl Compiled {
    #[inline]
    pub(crate) fn segs(&self, table: TableId) -> &[Seg<i64>] {
        &self.values[table.index()]
    }

    /// The value of an amount or rate table on a day.
    #[inline]
    pub(crate) fn value(&self, table: TableId, day: i32) -> Result<i64, RateUnknown> {
        match find_seg(self.segs(table), day) {
            Ok(seg) => Ok(seg.value),
            Err(next) => Err(self.unknown_around(table, day, next)),
        }
    }

    /// The unknown stretch around a failed single-day lookup: the whole half-year for half-year
    /// tables (rows come per half-year, so that is what is missing), else up to the next row.
    #[cold]
    fn unknown_around(&self, table: TableId, day: i32, next: Option<i32>) -> RateUnknown {
        match table.coverage() {
            Coverage::HalfYear => {
                let end = half_year_end(day);
                let (y, m, _) = civil_from_days(day);
                let start = days_from_civil(y, if m <= 6 { 1 } else { 7 }, 1);
                RateUnknown { table, period: Period { from: date_of(start), to: date_of(end) } }
            }
            Coverage::UntilNext => unknown_from(table, day, next, next.map_or(day, |n| n - 1)),
        }
    }

    /// The NO inkassosats on a day, and the fee rounding unit on that day (looked up in that
    /// order, so a caller can report errors in the order the separate lookups would).
    #[inline]
    pub(crate) fn no_sats_unit(&self, day: i32) -> Result<(i64, Result<i64, RateUnknown>), RateUnknown> {
        match find_seg(&self.no_sats_unit, day) {
            Ok(seg) => Ok((seg.value.0, Ok(seg.value.1))),
            Err(_) => self.no_sats_unit_slow(day),
        }
    }

    #[cold]
    fn no_sats_unit_slow(&self, day: i32) -> Result<(i64, Result<i64, RateUnknown>), RateUnknown> {
        let sats = self.value(TableId::NoInkassosats, day)?;
        Ok((sats, self.value(TableId::NoFeeRounding, day)))
    }

    #[inline]
    pub(crate) fn brackets(&self, day: i32) -> Result<&Brackets, RateUnknown> {
        match find_seg(&self.brackets, day) {
            Ok(seg) => Ok(&seg.value),
            Err(next) => Err(unknown_from(TableId::NoAgencyFeeBrackets, day, next, day)),
        }
    }
}

/// The last day of the calendar half-year containing `day`.
fn half_year_end(day: i32) -> i32 {
    let (y, m, _) = civil_from_days(day);
    if m <= 6 { days_from_civil(y, 6, 30) } else { days_from_civil(y, 12, 31) }
}

/// Checks one value against its table's unit and returns its integer form (brackets: 0).
fn check_value(table: TableId, value: &str) -> Result<i64, TableError> {
    let bad = |why: String| TableError::BadValue { table, value: value.to_string(), why };
    match table.unit() {
        Unit::Percent => {
            let rate = Rate::parse(value).map_err(bad)?;
            // Real rates stay well inside this band; a value outside it is almost surely a typo.
            if !(-50_000_000..=100_000_000).contains(&rate.micro_percent()) {
                return Err(bad("a rate must lie between -50 and 100 percent".into()));
            }
            Ok(rate.micro_percent())
        }
        Unit::Sek | Unit::Nok => {
            let minor = decimal_to_scaled(&value.replace(',', "."), 2).map_err(bad)?;
            if minor < 0 {
                return Err(bad("an amount cannot be negative".into()));
            }
            if minor > 10_000_000_000 {
                return Err(bad("an amount above 100 000 000 is not a fee".into()));
            }
            if table == TableId::NoFeeRounding && minor == 0 {
                return Err(bad("a rounding unit must be positive".into()));
            }
            Ok(minor)
        }
        Unit::Brackets => {
            Brackets::parse(value).map_err(bad)?;
            Ok(0)
        }
    }
}

fn check_row_date(table: TableId, valid_from: Date) -> Result<(), TableError> {
    if table.coverage() == Coverage::HalfYear && !(valid_from.day() == 1 && matches!(valid_from.month(), 1 | 7)) {
        return Err(TableError::NotHalfYearStart { table, valid_from });
    }
    Ok(())
}

fn compile_table(table: &Table) -> (Vec<Seg<i64>>, Vec<Seg<Brackets>>) {
    let mut values = Vec::with_capacity(table.rows.len());
    let mut brackets = Vec::new();
    for (i, row) in table.rows.iter().enumerate() {
        let start = day_number(row.valid_from);
        let end = match table.id.coverage() {
            Coverage::HalfYear => half_year_end(start),
            Coverage::UntilNext => table.rows.get(i + 1).map_or(i32::MAX, |next| day_number(next.valid_from) - 1),
        };
        if table.id.unit() == Unit::Brackets {
            // Values were validated when the table was built, so parsing cannot fail here.
            if let Ok(b) = Brackets::parse(&row.value) {
                brackets.push(Seg { start, end, value: b });
            }
        } else if let Ok(v) = check_value(table.id, &row.value) {
            values.push(Seg { start, end, value: v });
        }
    }
    (values, brackets)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileTable {
    name: String,
    unit: String,
    coverage: String,
    description: String,
    row: Vec<FileRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileRow {
    valid_from: String,
    value: String,
    source: String,
    verification: String,
}

/// Parses one table file and checks it against the table's declared unit and coverage.
fn parse_table_file(text: &str) -> Result<Table, TableError> {
    let file: FileTable =
        toml::from_str(text).map_err(|e| TableError::BadFile { file: "(toml)".into(), why: e.to_string() })?;
    let id = TableId::from_code(&file.name)
        .ok_or_else(|| TableError::UnknownTable { table: file.name.clone(), known: known_tables() })?;
    let bad_file = |why: String| TableError::BadFile { file: id.code().into(), why };
    if file.unit != id.unit().code() {
        return Err(bad_file(format!("unit {:?} should be {:?}", file.unit, id.unit().code())));
    }
    if file.coverage != id.coverage().code() {
        return Err(bad_file(format!("coverage {:?} should be {:?}", file.coverage, id.coverage().code())));
    }
    let mut rows = Vec::with_capacity(file.row.len());
    for r in file.row {
        let valid_from: Date =
            r.valid_from.parse().map_err(|_| bad_file(format!("valid_from {:?} is not a date", r.valid_from)))?;
        check_row_date(id, valid_from)?;
        check_value(id, &r.value)?;
        if r.source.trim().is_empty() {
            return Err(TableError::MissingSource { table: id, valid_from });
        }
        let verification = match r.verification.as_str() {
            "V" => Verification::V,
            "S" => Verification::S,
            "U" => Verification::U,
            other => {
                return Err(TableError::BadVerification { table: id, tag: other.to_string() });
            }
        };
        rows.push(Row { valid_from, value: r.value, source: r.source, verification, origin: Origin::Builtin });
    }
    rows.sort_by_key(|r| r.valid_from);
    if let Some(w) = rows.windows(2).find(|w| w[0].valid_from == w[1].valid_from) {
        return Err(TableError::DuplicateRow { table: id, valid_from: w[0].valid_from });
    }
    Ok(Table { id, description: file.description, rows })
}

/// One row as `purr rates list` shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListedRow {
    pub table: TableId,
    pub unit: Unit,
    pub valid_from: Date,
    /// The last day the row covers; `None` while it stays in force.
    pub valid_through: Option<Date>,
    pub value: String,
    pub source: String,
    pub verification: Verification,
    pub origin: Origin,
}

/// All law tables in force for one installation: the compiled-in data plus its overrides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LawTables {
    tables: Vec<Table>,
    pub(crate) compiled: Compiled,
}

impl LawTables {
    /// The tables compiled into this build from `data/law/*.toml`.
    ///
    /// The files are checked by the test suite, so a failure here is a broken build, not a
    /// run-time condition; it panics with the file's error.
    pub fn builtin() -> LawTables {
        LawTables::builtin_ref().clone()
    }

    /// The compiled-in tables, parsed once per process and shared.
    pub fn builtin_ref() -> &'static LawTables {
        static BUILTIN: std::sync::OnceLock<LawTables> = std::sync::OnceLock::new();
        BUILTIN.get_or_init(|| {
            let texts: Vec<&str> = TableId::ALL.iter().map(|t| t.builtin_source()).collect();
            match LawTables::from_files(&texts) {
                Ok(tables) => tables,
                Err(e) => panic!("compiled-in law table is invalid: {e}"),
            }
        })
    }

    /// Builds tables from TOML texts, one table per text; every table must be present once.
    pub fn from_files(texts: &[&str]) -> Result<LawTables, TableError> {
        let mut slots: Vec<Option<Table>> = vec![None; TableId::ALL.len()];
        for text in texts {
            let table = parse_table_file(text)?;
            let i = table.id.index();
            if slots[i].is_some() {
                return Err(TableError::BadFile { file: table.id.code().into(), why: "given twice".into() });
            }
            slots[i] = Some(table);
        }
        let mut tables = Vec::with_capacity(slots.len());
        for (slot, id) in slots.into_iter().zip(TableId::ALL) {
            tables.push(slot.ok_or_else(|| TableError::BadFile { file: id.code().into(), why: "missing".into() })?);
        }
        Ok(LawTables::assemble(tables))
    }

    fn assemble(tables: Vec<Table>) -> LawTables {
        let mut values = Vec::with_capacity(tables.len());
        let mut brackets = Vec::new();
        for table in &tables {
            let (v, b) = compile_table(table);
            values.push(v);
            if table.id == TableId::NoAgencyFeeBrackets {
                brackets = b;
            }
        }
        LawTables {
            tables,
            compiled: Compiled {
                no_sats_unit: intersect_segs(
                    &values[TableId::NoInkassosats.index()],
                    &values[TableId::NoFeeRounding.index()],
                ),
                values,
                brackets,
            },
        }
    }

    /// These tables with an installation's overrides merged in. An override whose `valid_from`
    /// equals an existing row replaces that row; otherwise it adds one. Every override is checked
    /// first: an unknown table name, a bad value, a half-year table row not starting on 1 January
    /// or 1 July, or an empty source is refused as a whole.
    pub fn with_overrides(&self, overrides: &[RateOverride]) -> Result<LawTables, TableError> {
        let mut tables = self.tables.clone();
        for o in overrides {
            let id = Self::validate_override(o)?;
            let row = Row {
                valid_from: o.valid_from,
                value: o.value.trim().to_string(),
                source: o.source.trim().to_string(),
                verification: Verification::Local,
                origin: Origin::Override,
            };
            let rows = &mut tables[id.index()].rows;
            match rows.binary_search_by_key(&o.valid_from, |r| r.valid_from) {
                Ok(i) => rows[i] = row,
                Err(i) => rows.insert(i, row),
            }
        }
        Ok(LawTables::assemble(tables))
    }

    /// Checks one override without applying it (for `purr rates set` before storing it).
    pub fn validate_override(o: &RateOverride) -> Result<TableId, TableError> {
        let id = TableId::from_code(&o.table)
            .ok_or_else(|| TableError::UnknownTable { table: o.table.clone(), known: known_tables() })?;
        check_row_date(id, o.valid_from)?;
        check_value(id, &o.value)?;
        if o.source.trim().is_empty() {
            return Err(TableError::MissingSource { table: id, valid_from: o.valid_from });
        }
        Ok(id)
    }

    pub fn tables(&self) -> &[Table] {
        &self.tables
    }

    pub fn table(&self, id: TableId) -> &Table {
        &self.tables[id.index()]
    }

    /// Every row of every table, in table order then date order, with the last day each covers.
    pub fn list(&self) -> Vec<ListedRow> {
        let mut out = Vec::new();
        for table in &self.tables {
            for (i, row) in table.rows.iter().enumerate() {
                let start = day_number(row.valid_from);
                let valid_through = match table.id.coverage() {
                    Coverage::HalfYear => Some(date_of(half_year_end(start))),
                    Coverage::UntilNext => table.rows.get(i + 1).map(|n| date_of(day_number(n.valid_from) - 1)),
                };
                out.push(ListedRow {
                    table: table.id,
                    unit: table.id.unit(),
                    valid_from: row.valid_from,
                    valid_through,
                    value: row.value.clone(),
                    source: row.source.clone(),
                    verification: row.verification,
                    origin: row.origin,
                });
            }
        }
        out
    }

    /// The row of `table` in force on `date`, if any.
    pub fn row_on(&self, table: TableId, date: Date) -> Option<&Row> {
        let rows = &self.tables[table.index()].rows;
        let day = day_number(date);
        let idx = rows.partition_point(|r| r.valid_from <= date);
        let row = rows.get(idx.checked_sub(1)?)?;
        let covered = match table.coverage() {
            Coverage::HalfYear => half_year_end(day_number(row.valid_from)) >= day,
            Coverage::UntilNext => true,
        };
        covered.then_some(row)
    }

    /// A rate table's value on a date (`se-reference-rate`, `no-late-interest-rate`).
    pub fn rate_on(&self, table: TableId, date: Date) -> Result<Rate, RateUnknown> {
        self.compiled.value(table, day_number(date)).map(Rate::from_micro_percent)
    }

    /// An amount table's value on a date in minor units (öre/øre).
    pub fn amount_minor_on(&self, table: TableId, date: Date) -> Result<i64, RateUnknown> {
        self.compiled.value(table, day_number(date))
    }
}
