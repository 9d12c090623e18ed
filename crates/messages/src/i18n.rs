//! Translations: Fluent messages per language, with fallback, plural rules, and the local way of
//! writing numbers, money and dates.
//!
//! Messages live in `locales/<lang>/<area>.ftl` at the workspace root (`portal.ftl` for the
//! debtor portal, `letters.ftl` for letters) and are compiled into the binary. A message missing
//! in the wanted language falls back to the catalog's default language; the returned [`Text`]
//! says so, and the caller logs it. Plural forms follow CLDR through Fluent's selectors
//! (`{ $count -> [one] … *[other] … }`).
//!
//! Values are inserted without Unicode isolation marks so PDFs, SMS and tests see plain text;
//! pages in right-to-left languages wrap inserted values in `<bdi>` themselves.

use domain::money::{Currency, Money};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use jiff::civil::Date;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;
use unic_langid::LanguageIdentifier;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// Which way a language's text runs; pages put it in `<html dir="…">`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn code(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// How dates are written: the order of the parts and the separator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// 2026-11-23
    Iso,
    /// 23.11.2026
    DayMonthYearDot,
    /// 23/11/2026
    DayMonthYearSlash,
    /// 2026/11/23
    YearMonthDaySlash,
}

/// One supported language and its number and date conventions (after CLDR, with Latin digits:
/// references and amounts must match what the debtor types into a bank).
#[derive(Debug, Clone, Copy)]
pub struct Locale {
    pub code: &'static str,
    /// The language's name in itself, for a language menu.
    pub name: &'static str,
    pub direction: Direction,
    pub decimal: char,
    pub group: &'static str,
    pub date: DateStyle,
    /// Whether the currency goes before the amount ("SEK 1,234.50") or after ("1 234,50 kr").
    pub currency_first: bool,
}

const NBSP: &str = "\u{a0}";
const NNBSP: &str = "\u{202f}";

const fn locale(
    code: &'static str,
    name: &'static str,
    direction: Direction,
    decimal: char,
    group: &'static str,
    date: DateStyle,
    currency_first: bool,
) -> Locale {
    Locale { code, name, direction, decimal, group, date, currency_first }
}

use DateStyle::{DayMonthYearDot as Dot, DayMonthYearSlash as Slash, Iso, YearMonthDaySlash as YmdSlash};
use Direction::{Ltr, Rtl};

/// Every language Purr speaks to debtors, in menu order.
pub const LOCALES: &[Locale] = &[
    locale("sv", "Svenska", Ltr, ',', NBSP, Iso, false),
    locale("nb", "Norsk bokmål", Ltr, ',', NBSP, Dot, false),
    locale("nn", "Norsk nynorsk", Ltr, ',', NBSP, Dot, false),
    locale("en", "English", Ltr, '.', ",", Slash, true),
    locale("fi", "Suomi", Ltr, ',', NBSP, Dot, false),
    locale("da", "Dansk", Ltr, ',', ".", Dot, false),
    locale("de", "Deutsch", Ltr, ',', ".", Dot, false),
    locale("pl", "Polski", Ltr, ',', NBSP, Dot, false),
    locale("ar", "العربية", Rtl, '.', ",", Slash, false),
    locale("so", "Soomaali", Ltr, '.', ",", Slash, false),
    locale("ti", "ትግርኛ", Ltr, '.', ",", Slash, false),
    locale("fa", "فارسی", Rtl, '.', ",", YmdSlash, false),
    locale("tr", "Türkçe", Ltr, ',', ".", Dot, false),
    locale("uk", "Українська", Ltr, ',', NBSP, Dot, false),
    locale("ru", "Русский", Ltr, ',', NBSP, Dot, false),
    locale("es", "Español", Ltr, ',', ".", Slash, false),
    locale("fr", "Français", Ltr, ',', NNBSP, Slash, false),
    locale("lt", "Lietuvių", Ltr, ',', NBSP, Iso, false),
    locale("et", "Eesti", Ltr, ',', NBSP, Dot, false),
    locale("lv", "Latviešu", Ltr, ',', NBSP, Dot, false),
];

/// The conventions of a supported language, by code (`"sv"`, `"ar"`, …).
pub fn find_locale(code: &str) -> Option<&'static Locale> {
    LOCALES.iter().find(|l| l.code.eq_ignore_ascii_case(code))
}

fn conventions(lang: &str) -> &'static Locale {
    find_locale(lang).unwrap_or(&LOCALES[3])
}

/// Minor units written the local way with two decimals: `123450` → `1 234,50` (sv).
pub fn format_minor(lang: &str, minor: i64) -> String {
    let l = conventions(lang);
    let abs = minor.unsigned_abs();
    let digits = (abs / 100).to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 * l.group.len() + 4);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push_str(l.group);
        }
        grouped.push(c);
    }
    let sign = if minor < 0 { "-" } else { "" };
    format!("{sign}{grouped}{}{:02}", l.decimal, abs % 100)
}

/// An amount with its currency, the local way: `1 234,50 kr` (sv), `SEK 1,234.50` (en).
pub fn format_money(lang: &str, money: Money) -> String {
    let l = conventions(lang);
    let number = format_minor(lang, money.minor());
    let unit = match (money.currency(), l.code) {
        (Currency::SEK | Currency::NOK | Currency::DKK, "sv" | "nb" | "nn" | "da") => "kr",
        (Currency::EUR, _) => "€",
        (currency, _) => currency.code(),
    };
    if l.currency_first { format!("{unit}{NBSP}{number}") } else { format!("{number}{NBSP}{unit}") }
}

/// A date the local way: `2026-11-23` (sv), `23.11.2026` (nb), `23/11/2026` (en).
pub fn format_date(lang: &str, date: Date) -> String {
    let (y, m, d) = (date.year(), date.month(), date.day());
    match conventions(lang).date {
        DateStyle::Iso => format!("{y:04}-{m:02}-{d:02}"),
        DateStyle::DayMonthYearDot => format!("{d:02}.{m:02}.{y:04}"),
        DateStyle::DayMonthYearSlash => format!("{d:02}/{m:02}/{y:04}"),
        DateStyle::YearMonthDaySlash => format!("{y:04}/{m:02}/{d:02}"),
    }
}

/// Named values for a message's placeables. Numbers stay numbers so plural selectors work.
#[derive(Debug, Default)]
pub struct Args(FluentArgs<'static>);

impl Args {
    pub fn new() -> Args {
        Args::default()
    }

    pub fn str(mut self, name: &'static str, value: impl Into<String>) -> Args {
        self.0.set(name, FluentValue::String(Cow::Owned(value.into())));
        self
    }

    pub fn num(mut self, name: &'static str, value: i64) -> Args {
        // Fluent numbers are f64; counts and days are far inside its exact integer range and
        // this value only selects a plural form or prints a count, never an amount of money.
        #[allow(clippy::cast_precision_loss)]
        self.0.set(name, FluentValue::from(value as f64));
        self
    }
}

/// A formatted message and how it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub text: String,
    /// The language the text is in.
    pub lang: String,
    /// The wanted language lacked the message and the default language's was used.
    pub fell_back: bool,
    /// No language had the message; `text` is the message id in brackets.
    pub missing: bool,
}

/// A translation file that could not be loaded: which, where, and what is wrong.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum I18nError {
    #[error("locales/{lang}/{file}: line {line}: {message}")]
    Syntax { lang: String, file: String, line: usize, message: String },
    #[error("locales/{lang}/{file}: the message `{id}` is defined twice")]
    Duplicate { lang: String, file: String, id: String },
    #[error("locales/{lang}: `{lang}` is not a language code")]
    BadLanguage { lang: String },
    #[error("the default language `{0}` has no messages")]
    NoDefault(String),
}

/// All messages in all languages.
pub struct Catalog {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    /// The message ids per language and file (bundles cannot list their messages).
    ids: BTreeMap<(String, String), BTreeSet<String>>,
    default_lang: String,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("languages", &self.bundles.keys().collect::<Vec<_>>())
            .field("default_lang", &self.default_lang)
            .finish()
    }
}

impl Catalog {
    /// The translations compiled into the binary, with English as the last resort. Loading is
    /// checked by the test suite, so a broken file fails the tests, not a debtor's page.
    pub fn builtin() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| {
            Catalog::from_files(embedded::EMBEDDED.iter().copied(), "en")
                .unwrap_or_else(|e| panic!("the built-in translations do not load: {e}"))
        })
    }

    /// A catalog from `(lang, file name, text)` triples.
    pub fn from_files<'a>(
        files: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>,
        default_lang: &str,
    ) -> Result<Catalog, I18nError> {
        let mut bundles: BTreeMap<String, FluentBundle<FluentResource>> = BTreeMap::new();
        let mut ids: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
        for (lang, file, text) in files {
            let id: LanguageIdentifier = lang.parse().map_err(|_| I18nError::BadLanguage { lang: lang.to_string() })?;
            let resource = FluentResource::try_new(text.to_string()).map_err(|(_, errors)| {
                let first = &errors[0];
                let line = text[..first.pos.start.min(text.len())].matches('\n').count() + 1;
                I18nError::Syntax { lang: lang.into(), file: file.into(), line, message: first.kind.to_string() }
            })?;
            let lang_ids = ids.entry((lang.to_string(), file.to_string())).or_default();
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    lang_ids.insert(m.id.name.to_string());
                }
            }
            let bundle = bundles.entry(lang.to_string()).or_insert_with(|| {
                let mut b = FluentBundle::new_concurrent(vec![id]);
                b.set_use_isolating(false);
                b
            });
            bundle.add_resource(resource).map_err(|errors| {
                let id = match errors.first() {
                    Some(fluent_bundle::FluentError::Overriding { id, .. }) => id.clone(),
                    other => format!("{other:?}"),
                };
                I18nError::Duplicate { lang: lang.into(), file: file.into(), id }
            })?;
        }
        if !bundles.contains_key(default_lang) {
            return Err(I18nError::NoDefault(default_lang.into()));
        }
        Ok(Catalog { bundles, ids, default_lang: default_lang.into() })
    }

    pub fn default_lang(&self) -> &str {
        &self.default_lang
    }

    /// The languages that have at least one message.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.bundles.keys().map(String::as_str)
    }

    /// The message ids one language defines in one file (`"portal.ftl"`), for the tests that
    /// every key exists in every language.
    pub fn keys(&self, lang: &str, file: &str) -> BTreeSet<String> {
        self.ids.get(&(lang.to_string(), file.to_string())).cloned().unwrap_or_default()
    }

    /// The best language this catalog has for what a person asked for: a code (`?lang=ar`), a
    /// tag (`nb-NO`) or a whole Accept-Language header (`sv-SE,sv;q=0.9,en;q=0.8`). `no` means
    /// bokmål. Falls back to the default language.
    pub fn negotiate(&self, wanted: &str) -> &str {
        let mut choices: Vec<(u16, usize, &str)> = wanted
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1000), |q| q.trim().parse::<f32>().ok().map(quality_permille))?;
                (!tag.is_empty() && q > 0).then_some((q, i, tag))
            })
            .collect();
        choices.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        for (_, _, tag) in choices {
            let tag = tag.to_ascii_lowercase();
            let primary = tag.split(['-', '_']).next().unwrap_or_default();
            let primary = if primary == "no" { "nb" } else { primary };
            for candidate in [tag.as_str(), primary] {
                if let Some((code, _)) = self.bundles.get_key_value(candidate) {
                    return code;
                }
            }
        }
        &self.default_lang
    }

    /// One message in `lang`, falling back to the default language when `lang` lacks it.
    pub fn text(&self, lang: &str, id: &str, args: &Args) -> Text {
        let fallback = (lang != self.default_lang).then_some(self.default_lang.as_str());
        for (candidate, fell_back) in [(Some(lang), false), (fallback, true)] {
            let Some(bundle) = candidate.and_then(|l| self.bundles.get(l)) else { continue };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args.0), &mut errors).into_owned();
            return Text { text, lang: candidate.unwrap_or_default().to_string(), fell_back, missing: false };
        }
        Text { text: format!("[{id}]"), lang: self.default_lang.clone(), fell_back: true, missing: true }
    }
}

/// `q=0.8` as 800, so qualities compare as integers.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::float_arithmetic)]
fn quality_permille(q: f32) -> u16 {
    (q.clamp(0.0, 1.0) * 1000.0).round() as u16
}

/// The Fluent file with the law engine's reasons in the languages the domain does not carry.
pub const REASONS_FILE: &str = "reasons.ftl";

/// The Fluent message id of a law-engine rule: `reason-` and the rule id with dots as dashes
/// (`se.fee.reminder` → `reason-se-fee-reminder`).
pub fn reason_id(rule_id: &str) -> String {
    format!("reason-{}", rule_id.replace('.', "-"))
}

impl Catalog {
    /// A law-engine reason as one plain sentence in `lang`, for debtors: Swedish, Bokmål and
    /// English come from the domain's own templates ([`domain::law::Reason::render`]); every other
    /// language from `locales/<lang>/reasons.ftl`, with the reason's inputs as variables and their
    /// decimal numbers written with the language's decimal separator. Nynorsk uses its own file
    /// when it has the message, else Bokmål. A language lacking the message gets English, and
    /// `fell_back` says so. No isolation marks are inserted (as for every message of the catalog).
    pub fn reason(&self, lang: &str, reason: &domain::law::Reason) -> Text {
        use domain::law::Lang;
        let primary = lang.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        let domain_text = |l: Lang, fell_back: bool| Text {
            text: reason.render(l),
            lang: l.code().to_string(),
            fell_back,
            missing: false,
        };
        let fluent_lang = match primary.as_str() {
            "sv" | "nb" | "no" | "en" => None,
            other => Some(other),
        };
        let Some(code) = fluent_lang else {
            return domain_text(Lang::parse(&primary).unwrap_or(Lang::En), false);
        };
        let id = reason_id(reason.rule_id());
        let found = self.bundles.get_key_value(code).and_then(|(code, bundle)| {
            let pattern = bundle.get_message(&id).and_then(|m| m.value())?;
            let mut args = FluentArgs::new();
            for (key, value) in reason.inputs() {
                args.set(key, reason_value(code, &value.to_string()));
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned();
            errors.is_empty().then(|| Text { text, lang: code.clone(), fell_back: false, missing: false })
        });
        match found {
            Some(text) => text,
            // Nynorsk without its own sentence reads Bokmål more easily than English.
            None if code == "nn" => domain_text(Lang::Nb, true),
            None => domain_text(Lang::En, true),
        }
    }
}

/// One input of a reason as a Fluent value: whole numbers stay numbers (so translations can pick
/// plural forms), decimal numbers at the start of the text ("8.00", "60.00 SEK") get the
/// language's decimal separator, dates and other text pass through.
fn reason_value(lang: &str, value: &str) -> FluentValue<'static> {
    let digits = value.strip_prefix('-').unwrap_or(value);
    let whole = !digits.is_empty()
        && digits.len() <= 15
        && digits.bytes().all(|c| c.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'));
    if let (true, Ok(n)) = (whole, value.parse::<i64>()) {
        // At most 15 digits: exact in an f64.
        #[allow(clippy::cast_precision_loss)]
        return FluentValue::from(n as f64);
    }
    let number = value.split(' ').next().unwrap_or_default();
    let number_digits = number.strip_prefix('-').unwrap_or(number);
    let is_decimal = number_digits.split_once('.').is_some_and(|(a, b)| {
        !a.is_empty() && !b.is_empty() && a.bytes().all(|c| c.is_ascii_digit()) && b.bytes().all(|c| c.is_ascii_digit())
    });
    let decimal = conventions(lang).decimal;
    let text =
        if is_decimal && decimal != '.' { value.replacen('.', &decimal.to_string(), 1) } else { value.to_string() };
    FluentValue::String(Cow::Owned(text))
}
