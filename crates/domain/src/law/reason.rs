//! Reasons: the structured "why" behind every amount, date and decision of the law engine.
//!
//! A [`Reason`] names the rule that applied (a stable id such as `se.interest.period`), the statute
//! it rests on, and the inputs the rule used (rate, days, period, bracket, …) as typed [`Value`]s
//! that become text only when someone reads them. The same reason renders as a plain sentence in
//! Swedish, Norwegian Bokmål or English, so the debtor portal, letters and the CLI explain a fee
//! the same way. Templates live here, next to the rule ids, and a test checks that every rule has
//! all three languages and that every placeholder is filled.

use super::calendar::date_of;
use super::tables::Rate;
use crate::inline_text::InlineText;
use crate::money::{Currency, Money};
use crate::party::Jurisdiction;
use jiff::civil::Date;
use rust_decimal::Decimal;
use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};
use std::fmt;

/// The languages reasons are rendered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Sv,
    Nb,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Sv, Lang::Nb, Lang::En];

    /// Accepts "sv", "nb", "no" (Norwegian is rendered as Bokmål), "en", with an optional region.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "sv" => Some(Lang::Sv),
            "nb" | "no" | "nn" => Some(Lang::Nb),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::Nb => "nb",
            Lang::En => "en",
        }
    }
}

/// A rule of the law engine: its id, legal basis and a sentence template per language.
/// Templates use `{name}` placeholders filled from the reason's inputs. A rule refers to its
/// texts, declared once (see `rules!`), so the many reasons that name it stay small; the texts
/// read through it as `rule.id`, `rule.en`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Rule(&'static RuleTexts);

/// The texts of a [`Rule`].
#[derive(Debug, PartialEq, Eq)]
pub struct RuleTexts {
    pub id: &'static str,
    pub statute: &'static str,
    pub sv: &'static str,
    pub nb: &'static str,
    pub en: &'static str,
    /// How many placeholders the English template has: the room a reason makes for inputs.
    pub(crate) placeholders: u8,
}

impl std::ops::Deref for Rule {
    type Target = RuleTexts;

    fn deref(&self) -> &RuleTexts {
        self.0
    }
}

impl Rule {
    /// A rule from its texts; used by `rules!`.
    pub(crate) const fn of(texts: &'static RuleTexts) -> Rule {
        Rule(texts)
    }

    pub fn template(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Sv => self.sv,
            Lang::Nb => self.nb,
            Lang::En => self.en,
        }
    }
}

/// The number of `{` in a template, at compile time (see `rules!`).
pub(crate) const fn placeholders(template: &str) -> u8 {
    let bytes = template.as_bytes();
    let (mut i, mut n) = (0, 0u8);
    while i < bytes.len() {
        if bytes[i] == b'{' {
            n += 1;
        }
        i += 1;
    }
    n
}

/// `Rule { id, statute, sv, nb, en }`, as when a rule held its texts itself.
impl fmt::Debug for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rule")
            .field("id", &self.id)
            .field("statute", &self.statute)
            .field("sv", &self.sv)
            .field("nb", &self.nb)
            .field("en", &self.en)
            .finish()
    }
}

/// Why the engine decided something: the rule, its statute and the inputs it used.
///
/// The inputs stay typed (a date, an amount, a count, a label) and become text only when the
/// reason is rendered, serialized or compared: the dunning engine builds several reasons for each
/// claim it steps and most are never read, and formatting them up front was most of the cost of
/// a decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub rule: Rule,
    inputs: Inputs,
}

impl Reason {
    #[inline]
    pub fn new(rule: Rule) -> Reason {
        Reason { rule, inputs: Inputs::default() }
    }

    /// Adds one input, replacing an earlier one of the same name.
    #[inline(always)]
    pub fn with(mut self, key: &'static str, value: impl Into<Value>) -> Reason {
        self.inputs.push(self.rule, key, value.into());
        self
    }

    /// A reason with all its inputs at once, as from a chain of [`Reason::with`]; see
    /// [`reason!`](crate::law::reason::reason).
    #[inline(always)]
    pub(crate) fn from_inputs(rule: Rule, inputs: Vec<(&'static str, Value)>) -> Reason {
        Reason { rule, inputs: Inputs(inputs) }
    }

    /// The input named `key`, if the reason has one.
    pub fn input(&self, key: &str) -> Option<&Value> {
        self.inputs.get(key)
    }

    /// Every input, ordered by name (the order of the serialized `inputs` object).
    pub fn inputs(&self) -> impl ExactSizeIterator<Item = (&'static str, &Value)> + '_ {
        self.inputs.sorted().into_iter()
    }

    pub fn rule_id(&self) -> &'static str {
        self.rule.id
    }

    pub fn statute(&self) -> &'static str {
        self.rule.statute
    }

    /// The reason as one plain sentence in `lang`. Swedish and Norwegian get decimal commas.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::with_capacity(self.rule.template(lang).len() + 32);
        self.render_into(lang, &mut out);
        out
    }

    /// `render`, appended to `out`.
    pub fn render_into(&self, lang: Lang, out: &mut String) {
        let mut rest = self.rule.template(lang);
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after.find('}') {
                Some(close) => {
                    let key = &after[..close];
                    match self.input(key) {
                        Some(value) => {
                            let start = out.len();
                            // Writing to a String cannot fail.
                            let _ = fmt::Write::write_fmt(out, format_args!("{value}"));
                            if lang != Lang::En {
                                decimal_comma(out, start);
                            }
                        }
                        None => {
                            out.push('{');
                            out.push_str(key);
                            out.push('}');
                        }
                    }
                    rest = &after[close + 1..];
                }
                None => {
                    out.push_str(&rest[open..]);
                    rest = "";
                }
            }
        }
        out.push_str(rest);
    }
}

impl Serialize for Reason {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Reason", 3)?;
        s.serialize_field("rule_id", self.rule.id)?;
        s.serialize_field("statute", self.rule.statute)?;
        s.serialize_field("inputs", &self.inputs)?;
        s.end()
    }
}

/// Gives the decimal number ("1234.50", "8.00 %", "60.00 SEK") that starts `out[start..]` a
/// decimal comma, for sv and nb. Dates (with dashes) and other text stay as they are.
fn decimal_comma(out: &mut String, start: usize) {
    let value = &out[start..];
    let number = value.split(' ').next().unwrap_or("");
    let digits = number.strip_prefix('-').unwrap_or(number);
    let is_decimal = digits.split_once('.').is_some_and(|(a, b)| {
        !a.is_empty() && !b.is_empty() && a.bytes().all(|c| c.is_ascii_digit()) && b.bytes().all(|c| c.is_ascii_digit())
    });
    // The number leads the value, so the value's first dot is the number's.
    if is_decimal && let Some(dot) = value.find('.') {
        out.replace_range(start + dot..start + dot + 1, ",");
    }
}

/// One input of a reason, kept typed until someone reads it (see [`Reason`]). Its text is what
/// [`fmt::Display`] writes: dates as `2026-03-04`, amounts as `60.00 SEK`, rates as `8.00`,
/// counts as digits. Two values are equal when their texts are.
#[derive(Clone)]
pub struct Value(Repr);

#[derive(Debug, Clone)]
enum Repr {
    /// Fixed text: a code or a label.
    Text(&'static str),
    /// Run-time text short enough to keep inline (a strategy name); with the tag it fills the
    /// same 24 bytes as the other kinds of value.
    Short(InlineText<22>),
    /// Longer run-time text (an error message).
    Owned(Box<str>),
    Int(i64),
    Date(Date),
    /// A date as a day number, the law engine's working form; converted only when written.
    Day(i32),
    Money(Money),
    Rate(Rate),
    Decimal(Decimal),
    /// `minor / den` minor units written exactly ("12.5", "35.05 NOK"): an amount before rounding.
    Exact {
        minor: i64,
        den: i32,
        currency: Option<Currency>,
    },
}

impl Value {
    /// A date given as a day number (days since 1970-01-01).
    pub(crate) fn day(day: i32) -> Value {
        Value(Repr::Day(day))
    }

    /// The exact decimal `minor / den` minor units (`den` > 0), with the currency when given,
    /// written without trailing zeros: "35.05 NOK", "0.5".
    pub(crate) fn exact(minor: i64, den: i32, currency: Option<Currency>) -> Value {
        Value(Repr::Exact { minor, den, currency })
    }

    /// The text, when the value is text already.
    fn as_text(&self) -> Option<&str> {
        match &self.0 {
            Repr::Text(t) => Some(t),
            Repr::Short(t) => Some(t.as_str()),
            Repr::Owned(t) => Some(t),
            _ => None,
        }
    }

    fn from_text(text: &str) -> Value {
        match InlineText::new(text) {
            Some(short) => Value(Repr::Short(short)),
            None => Value(Repr::Owned(text.into())),
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Repr::Text(t) => f.pad(t),
            Repr::Short(t) => f.pad(t.as_str()),
            Repr::Owned(t) => f.pad(t),
            Repr::Int(n) => fmt::Display::fmt(n, f),
            Repr::Date(d) => fmt::Display::fmt(d, f),
            Repr::Day(d) => fmt::Display::fmt(&date_of(*d), f),
            Repr::Money(m) => fmt::Display::fmt(m, f),
            Repr::Rate(r) => fmt::Display::fmt(r, f),
            Repr::Decimal(d) => fmt::Display::fmt(d, f),
            Repr::Exact { minor, den, currency } => {
                let exact = (Decimal::new(*minor, 2) / Decimal::from(*den)).normalize();
                match currency {
                    Some(currency) => write!(f, "{exact} {currency}"),
                    None => fmt::Display::fmt(&exact, f),
                }
            }
        }
    }
}

/// As the text would show, quoted.
impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.as_text() {
            Some(text) => fmt::Debug::fmt(text, f),
            None => fmt::Debug::fmt(&self.to_string(), f),
        }
    }
}

impl PartialEq for Value {
    fn eq(&self, other: &Value) -> bool {
        match (&self.0, &other.0) {
            // Kinds whose text is a one-to-one image of the value compare directly.
            (Repr::Int(a), Repr::Int(b)) => a == b,
            (Repr::Date(a), Repr::Date(b)) => a == b,
            (Repr::Day(a), Repr::Day(b)) => a == b,
            (Repr::Money(a), Repr::Money(b)) => a == b,
            _ => match (self.as_text(), other.as_text()) {
                (Some(a), Some(b)) => a == b,
                _ => self.to_string() == other.to_string(),
            },
        }
    }
}

impl Eq for Value {}

/// As a JSON string, exactly the text [`fmt::Display`] writes.
impl Serialize for Value {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.as_text() {
            Some(text) => serializer.serialize_str(text),
            None => serializer.collect_str(self),
        }
    }
}

impl From<&'static str> for Value {
    fn from(text: &'static str) -> Value {
        Value(Repr::Text(text))
    }
}

impl From<&String> for Value {
    fn from(text: &String) -> Value {
        Value::from_text(text)
    }
}

impl From<String> for Value {
    fn from(text: String) -> Value {
        Value::from_text(&text)
    }
}

macro_rules! value_from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(n: $t) -> Value {
                match i64::try_from(n) {
                    Ok(n) => Value(Repr::Int(n)),
                    Err(_) => Value::from(n.to_string()),
                }
            }
        }
    )*};
}
value_from_int!(i64, i32, i16, u64, u32, u16, u8, usize);

/// `From<T>` for the kinds a value keeps as they are.
macro_rules! value_from_kind {
    ($($t:ident),*) => {$(
        impl From<$t> for Value {
            fn from(v: $t) -> Value {
                Value(Repr::$t(v))
            }
        }
    )*};
}
value_from_kind!(Date, Money, Rate, Decimal);

impl From<Jurisdiction> for Value {
    fn from(jurisdiction: Jurisdiction) -> Value {
        Value(Repr::Text(jurisdiction.code()))
    }
}

/// A reason's inputs in the order they were added; a later input of the same name replaces an
/// earlier one when read. Readers that need an order (serialization, `Debug`, [`Reason::inputs`])
/// sort by name, the order of the `BTreeMap` the inputs were once kept in, so adding one is only a
/// push. The first input makes room for as many as the rule has placeholders: one allocation per
/// reason. (Keeping a few inputs inline instead measured slower: the bigger reason costs more to
/// move than the allocation it saves.)
#[derive(Clone, Default)]
struct Inputs(Vec<(&'static str, Value)>);

impl Inputs {
    /// The value of `key`, the latest if it was added twice.
    fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().rev().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    /// The entries ordered by name, each name once with its latest value.
    fn sorted(&self) -> Vec<(&'static str, &Value)> {
        let mut sorted: Vec<_> = self.0.iter().map(|(k, v)| (*k, v)).collect();
        // Stable, so of equal names the latest added comes last.
        sorted.sort_by_key(|(k, _)| *k);
        let mut unique: Vec<(&'static str, &Value)> = Vec::with_capacity(sorted.len());
        for (k, v) in sorted {
            match unique.last_mut() {
                Some(last) if last.0 == k => last.1 = v,
                _ => unique.push((k, v)),
            }
        }
        unique
    }

    #[inline(always)]
    fn push(&mut self, rule: Rule, key: &'static str, value: Value) {
        if self.0.len() == self.0.capacity() {
            self.make_room(rule);
        }
        self.0.push((key, value));
    }

    /// Room for the first input (as many as the rule has placeholders), or for one more.
    #[inline(never)]
    fn make_room(&mut self, rule: Rule) {
        if self.0.capacity() == 0 {
            self.0 = Vec::with_capacity(usize::from(rule.placeholders.max(1)));
        } else {
            self.0.reserve(1);
        }
    }
}

/// Equal as maps: the same names with equal values, in any order.
impl PartialEq for Inputs {
    fn eq(&self, other: &Inputs) -> bool {
        self.sorted() == other.sorted()
    }
}

impl Eq for Inputs {}

/// A map from name to text, ordered by name, as the inputs were once stored.
impl fmt::Debug for Inputs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.sorted()).finish()
    }
}

/// A JSON object from name to text, in name order.
impl Serialize for Inputs {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let sorted = self.sorted();
        let mut map = serializer.serialize_map(Some(sorted.len()))?;
        for (key, value) in sorted {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// `reason!(RULE, name = value, ...)`: `Reason::new(RULE).with("name", value)...` with the inputs
/// written straight into one allocation instead of pushed one by one; for the reasons the dunning
/// engine builds for every claim it steps.
macro_rules! reason {
    ($rule:expr $(, $key:ident = $value:expr)* $(,)?) => {
        $crate::law::reason::Reason::from_inputs(
            $rule,
            vec![$((stringify!($key), $crate::law::reason::Value::from($value))),*],
        )
    };
}
pub(crate) use reason;

/// Declares rules as constants plus `ALL_RULES`; the dunning engine declares its own with it too.
macro_rules! rules {
    ($( $konst:ident = $id:literal, $statute:literal, sv: $sv:literal, nb: $nb:literal, en: $en:literal; )*) => {
        $(
            pub const $konst: Rule = Rule::of(&$crate::law::reason::RuleTexts {
                id: $id,
                statute: $statute,
                sv: $sv,
                nb: $nb,
                en: $en,
                placeholders: $crate::law::reason::placeholders($en),
            });
        )*
        /// Every rule declared here, for documentation and for the template tests.
        pub const ALL_RULES: &[Rule] = &[ $( $konst ),* ];
    };
}
pub(crate) use rules;

rules! {
    // Interest.
    SE_INTEREST_PERIOD = "se.interest.period", "räntelagen (1975:635) 6 §",
        sv: "{days} dagar ({from}–{to}) med {rate} % (referensränta {reference} % + 8) på {principal}, dagbas {basis}: {amount}.",
        nb: "{days} dager ({from}–{to}) med {rate} % (svensk referanserente {reference} % + 8) av {principal}, dagbasis {basis}: {amount}.",
        en: "{days} days ({from} to {to}) at {rate} % (reference rate {reference} % + 8) on {principal}, day basis {basis}: {amount}.";
    NO_INTEREST_PERIOD = "no.interest.period", "forsinkelsesrenteloven § 3",
        sv: "{days} dagar ({from}–{to}) med norsk dröjsmålsränta {rate} % på {principal}, dagbas {basis}: {amount}.",
        nb: "{days} dager ({from}–{to}) med forsinkelsesrente {rate} % av {principal}, dagbasis {basis}: {amount}.",
        en: "{days} days ({from} to {to}) at the Norwegian late-payment rate {rate} % on {principal}, day basis {basis}: {amount}.";
    CONTRACT_INTEREST_PERIOD = "interest.contract-period", "räntelagen 1 § / forsinkelsesrenteloven § 3 (2)",
        sv: "{days} dagar ({from}–{to}) med avtalad ränta {rate} % på {principal}, dagbas {basis}: {amount}.",
        nb: "{days} dager ({from}–{to}) med avtalt rente {rate} % av {principal}, dagbasis {basis}: {amount}.",
        en: "{days} days ({from} to {to}) at the agreed rate {rate} % on {principal}, day basis {basis}: {amount}.";
    SE_INTEREST_START_DUE = "se.interest.start.due", "räntelagen (1975:635) 3 §",
        sv: "Förfallodagen {due} var avtalad, så dröjsmålsränta löper från {first} till och med {last}.",
        nb: "Forfallsdagen {due} var avtalt, så forsinkelsesrente løper fra {first} til og med {last}.",
        en: "The due date {due} was agreed, so late interest runs from {first} through {last}.";
    NO_INTEREST_START_DUE = "no.interest.start.due", "forsinkelsesrenteloven § 2 første ledd",
        sv: "Förfallodagen {due} var avtalad, så dröjsmålsränta löper från {first} till och med {last}.",
        nb: "Forfallsdagen {due} var avtalt, så forsinkelsesrente løper fra {first} til og med {last}.",
        en: "The due date {due} was agreed, so late interest runs from {first} through {last}.";
    SE_INTEREST_START_DEMAND = "se.interest.start.demand", "räntelagen (1975:635) 4 § första stycket",
        sv: "Ingen förfallodag var avtalad; kravet skickat {sent} varnade för ränta, så ränta löper från {first} (30 dagar senare) till och med {last}.",
        nb: "Ingen forfallsdag var avtalt; kravet sendt {sent} varslet om rente, så rente løper fra {first} (30 dager senere) til og med {last}.",
        en: "No due date was agreed; the demand sent {sent} warned of interest, so interest runs from {first} (30 days later) through {last}.";
    NO_INTEREST_START_DEMAND = "no.interest.start.demand", "forsinkelsesrenteloven § 2 første ledd",
        sv: "Ingen förfallodag var avtalad; ränta löper från {first}, 30 dagar efter det skriftliga kravet {sent}, till och med {last}.",
        nb: "Ingen forfallsdag var avtalt; rente løper fra {first}, 30 dager etter påkravet sendt {sent}, til og med {last}.",
        en: "No due date was agreed; interest runs from {first}, 30 days after the written demand sent {sent}, through {last}.";
    SE_INTEREST_NO_WARNING = "se.interest.no-warning", "räntelagen (1975:635) 4 §",
        sv: "Ingen ränta: ingen förfallodag var avtalad och kravet skickat {sent} varnade inte för dröjsmålsränta.",
        nb: "Ingen rente: ingen forfallsdag var avtalt og kravet sendt {sent} varslet ikke om forsinkelsesrente.",
        en: "No interest: no due date was agreed and the demand sent {sent} did not warn that interest would be charged.";
    INTEREST_NONE = "interest.none", "räntelagen 3–4 §§ / forsinkelsesrenteloven § 2",
        sv: "Ingen ränta: betalningen {last} kom före första räntedagen {first}.",
        nb: "Ingen rente: betalingen {last} kom før første rentedag {first}.",
        en: "No interest: payment on {last} came before the first interest day {first}.";
    INTEREST_CONTRACT_RATE = "interest.contract-rate", "räntelagen 1 § / forsinkelsesrenteloven § 3 (2)",
        sv: "Avtalad ränta {rate} % används ({mode}) i stället för lagens ränta.",
        nb: "Avtalt rente {rate} % brukes ({mode}) i stedet for lovens rente.",
        en: "The agreed rate {rate} % applies ({mode}) instead of the statutory rate.";
    SE_DUE_MOVED = "se.due.moved", "skuldebrevslagen (1936:81) 5 §",
        sv: "Förfallodagen {due} var en {day}; betalning får ske nästa vardag {moved}.",
        nb: "Forfallsdagen {due} var en {day}; betaling kan skje neste virkedag {moved}.",
        en: "The due date {due} fell on a {day}; payment may be made on the next weekday, {moved}.";
    NO_DUE_MOVED = "no.due.moved", "forfall på lørdag, søndag, helligdag, 1. eller 17. mai: neste virkedag (exact statute to be cited)",
        sv: "Förfallodagen {due} var en {day}; den flyttas till nästa bankdag {moved}.",
        nb: "Forfallsdagen {due} var en {day}; den flyttes til neste virkedag {moved}.",
        en: "The due date {due} fell on a {day}; it moves to the next business day, {moved}.";

    // Fees, both countries.
    FEE_BEFORE_DUE = "fee.before-due", "lag (1981:739) 2 § / inkassoforskriften § 1-1",
        sv: "Ingen avgift: brevet skickades {sent}, inte efter förfallodagen {due}.",
        nb: "Intet gebyr: brevet ble sendt {sent}, ikke etter forfallsdagen {due}.",
        en: "No fee: the letter was sent on {sent}, not after the due date {due}.";
    FEE_NOT_IN_JURISDICTION = "fee.not-in-jurisdiction", "—",
        sv: "Ingen avgift: steget {step} finns inte i {jurisdiction}s regler.",
        nb: "Intet gebyr: steget {step} finnes ikke i reglene for {jurisdiction}.",
        en: "No fee: the step {step} does not exist under {jurisdiction} rules.";
    STEP_NORMALISED = "step.normalised", "—",
        sv: "Steget {given} heter {used} i {jurisdiction} och behandlas så.",
        nb: "Steget {given} heter {used} i {jurisdiction} og behandles slik.",
        en: "The step {given} is called {used} in {jurisdiction} and is treated as such.";
    FEE_NOT_MODELLED = "fee.not-modelled", "—",
        sv: "Ingen avgift: Purr räknar ingen avgift för {step} i {jurisdiction}.",
        nb: "Intet gebyr: Purr beregner ikke gebyr for {step} i {jurisdiction}.",
        en: "No fee: Purr charges no fee for {step} in {jurisdiction}.";

    // Fees, Sweden.
    SE_FEE_REMINDER = "se.fee.reminder", "lag (1981:739) om ersättning för inkassokostnader 2 §; förordning (1981:740)",
        sv: "Påminnelseavgift {amount}: avtalad när skulden uppstod.",
        nb: "Purregebyr {amount}: avtalt da gjelden oppsto.",
        en: "Reminder fee {amount}: agreed when the debt arose.";
    SE_FEE_REMINDER_NOT_AGREED = "se.fee.reminder.not-agreed", "lag (1981:739) 2 §",
        sv: "Ingen påminnelseavgift: en sådan avgift avtalades inte när skulden uppstod.",
        nb: "Intet purregebyr: et slikt gebyr ble ikke avtalt da gjelden oppsto.",
        en: "No reminder fee: none was agreed when the debt arose.";
    SE_FEE_ALREADY = "se.fee.already-charged", "lag (1981:739) 2 §",
        sv: "Ingen avgift: ersättning för {step} har redan tagits ut för fordran.",
        nb: "Intet gebyr: gebyr for {step} er allerede krevd for kravet.",
        en: "No fee: a fee for {step} has already been charged on this claim.";
    SE_FEE_DEMAND = "se.fee.collection-demand", "lag (1981:739) 2 §; inkassolagen (1974:182) 5 §; förordning (1981:740)",
        sv: "Ersättning för inkassokrav {amount}.",
        nb: "Gebyr for inkassokrav {amount}.",
        en: "Collection demand fee {amount}.";
    SE_FEE_PLAN = "se.fee.instalment-plan", "lag (1981:739) 2 §; förordning (1981:740)",
        sv: "Ersättning för amorteringsplan {amount}: en skriftlig plan för hela skulden, upprättad med gäldenären.",
        nb: "Gebyr for nedbetalingsplan {amount}: en skriftlig plan for hele gjelden, laget med skyldneren.",
        en: "Instalment plan fee {amount}: a complete written plan for the whole debt, made with the debtor.";
    SE_FEE_NOTICE = "se.fee.instalment-notice", "branschpraxis (ingen lagstadgad nivå)",
        sv: "Aviavgift {amount} för en delbetalning enligt amorteringsplanen.",
        nb: "Avigebyr {amount} for en avdragsbetaling etter nedbetalingsplanen.",
        en: "Notice fee {amount} for one instalment under the instalment plan.";
    SE_FEE_NOTICE_NO_PLAN = "se.fee.instalment-notice.no-plan", "branschpraxis",
        sv: "Ingen aviavgift: det finns ingen avtalad amorteringsplan.",
        nb: "Intet avigebyr: det finnes ingen avtalt nedbetalingsplan.",
        en: "No notice fee: there is no agreed instalment plan.";
    SE_FEE_COMPENSATION = "se.fee.late-compensation", "lag (1981:739) 4 a §",
        sv: "Förseningsersättning {amount}: gäldenären är näringsidkare och dröjsmålsränta löper.",
        nb: "Forsinkelseserstatning {amount}: skyldneren er næringsdrivende og forsinkelsesrente løper.",
        en: "Late-payment compensation {amount}: the debtor is a business and interest is running.";
    SE_FEE_COMPENSATION_CONSUMER = "se.fee.late-compensation.consumer", "lag (1981:739) 4 a §",
        sv: "Ingen förseningsersättning: den gäller bara när gäldenären är näringsidkare.",
        nb: "Ingen forsinkelseserstatning: den gjelder bare når skyldneren er næringsdrivende.",
        en: "No late-payment compensation: it applies only when the debtor is a business.";
    SE_FEE_B2B_INSTEAD = "se.fee.b2b-instead", "lag (1981:739) 5 §",
        sv: "Ingen avgift för {step}: mot en näringsidkare ersätter förseningsersättningen på {compensation} påminnelse-, inkasso- och planavgifter.",
        nb: "Intet gebyr for {step}: overfor en næringsdrivende erstatter forsinkelseserstatningen på {compensation} purre-, inkasso- og plangebyrer.",
        en: "No fee for {step}: for a business debtor the {compensation} late-payment compensation replaces reminder, demand and plan fees.";

    // Fees, Norway.
    NO_FEE_REMINDER = "no.fee.reminder", "inkassoforskriften § 1-1 første ledd",
        sv: "Påminnelseavgift {amount}: 1/20 av inkassosatsen {sats} som gällde när brevet skickades {sent}.",
        nb: "Purregebyr {amount}: 1/20 av inkassosatsen {sats} som gjaldt da brevet ble sendt {sent}.",
        en: "Reminder fee {amount}: 1/20 of the inkassosats {sats} in force when the letter was sent on {sent}.";
    NO_FEE_WARNING = "no.fee.collection-warning", "inkassoforskriften § 1-1; inkassoloven § 9",
        sv: "Inkassovarsel {amount}: 1/20 av inkassosatsen {sats} som gällde {sent}.",
        nb: "Inkassovarsel {amount}: 1/20 av inkassosatsen {sats} som gjaldt {sent}.",
        en: "Collection warning fee {amount}: 1/20 of the inkassosats {sats} in force on {sent}.";
    NO_FEE_DEMAND = "no.fee.payment-demand", "inkassoforskriften § 1-2; inkassoloven § 10",
        sv: "Betalningsuppmaning {amount}: 3/20 av inkassosatsen {sats} som gällde {sent}.",
        nb: "Betalingsoppfordring {amount}: 3/20 av inkassosatsen {sats} som gjaldt {sent}.",
        en: "Payment demand fee {amount}: 3/20 of the inkassosats {sats} in force on {sent}.";
    NO_FEE_ROUNDED = "no.fee.rounded", "inkassoforskriften kap. 1 (avrunding fra 2026)",
        sv: "Beloppet {exact} avrundas till närmaste {unit} NOK: {amount}.",
        nb: "Beløpet {exact} avrundes til nærmeste {unit} kr: {amount}.",
        en: "The amount {exact} is rounded to the nearest {unit} NOK: {amount}.";
    NO_FEE_TOO_EARLY = "no.fee.too-early", "inkassoforskriften § 1-1",
        sv: "Ingen avgift: brevet skickades {sent}, tidigare än 14 dagar efter förfallodagen {due} (tidigast {earliest}).",
        nb: "Intet gebyr: brevet ble sendt {sent}, tidligere enn 14 dager etter forfall {due} (tidligst {earliest}).",
        en: "No fee: the letter was sent on {sent}, earlier than 14 days after the due date {due} (earliest {earliest}).";
    NO_FEE_DEADLINE_NOT_MISSED = "no.fee.deadline-not-missed", "inkassoforskriften § 1-1 annet ledd",
        sv: "Ingen avgift: en tidigare påminnelse eller ett varsel fanns, och dess frist på minst 14 dagar hade inte löpt ut obetald.",
        nb: "Intet gebyr: det var sendt en tidligere purring eller et varsel, og fristen på minst 14 dager var ikke oversittet.",
        en: "No fee: an earlier reminder or warning was sent and its deadline of at least 14 days had not been missed.";
    NO_FEE_MAX_REACHED = "no.fee.max-reached", "inkassoforskriften §§ 1-1 og 1-2",
        sv: "Ingen avgift: taket per fordran är nått (2 påminnelser + 1 betalningsuppmaning, eller 1 påminnelse + 1 varsel + 1 betalningsuppmaning).",
        nb: "Intet gebyr: maksimum per krav er nådd (2 purringer + 1 betalingsoppfordring, eller 1 purring + 1 inkassovarsel + 1 betalingsoppfordring).",
        en: "No fee: the per-claim maximum is reached (2 reminders + 1 payment demand, or 1 reminder + 1 warning + 1 payment demand).";
    NO_FEE_AFTER_DEMAND = "no.fee.after-demand", "inkassoforskriften §§ 1-1 og 1-2",
        sv: "Ingen avgift: en betalningsuppmaning har redan skickats; påminnelser och varsel efter den är avgiftsfria.",
        nb: "Intet gebyr: betalingsoppfordring er allerede sendt; purringer og varsel etter den er gebyrfrie.",
        en: "No fee: a payment demand was already sent; reminders and warnings after it are free of charge.";
    NO_FEE_DEMAND_NO_PRIOR = "no.fee.payment-demand.no-prior", "inkassoforskriften § 1-2",
        sv: "Ingen avgift: betalningsuppmaningen kräver en tidigare påminnelse eller ett varsel vars frist på minst 14 dagar har löpt ut.",
        nb: "Intet gebyr: betalingsoppfordringen krever en tidligere purring eller et varsel med minst 14 dagers frist som er oversittet.",
        en: "No fee: a payment demand needs an earlier reminder or warning whose deadline of at least 14 days was missed.";
    NO_FEE_ALREADY = "no.fee.already-charged", "inkassoforskriften §§ 1-1 og 1-2",
        sv: "Ingen avgift: avgift för {step} har redan tagits ut för fordran.",
        nb: "Intet gebyr: gebyr for {step} er allerede krevd for kravet.",
        en: "No fee: a fee for {step} has already been charged on this claim.";
    NO_FEE_COMPENSATION = "no.fee.standard-compensation", "forsinkelsesrenteloven § 3a",
        sv: "Standardkompensation {rate} för halvåret ({from}), minus påminnelseavgifter {offset} som redan tagits ut: {amount}.",
        nb: "Standardkompensasjon {rate} for halvåret ({from}), fratrukket purregebyr {offset} som allerede er krevd: {amount}.",
        en: "Standard compensation {rate} for the half-year ({from}), less reminder fees {offset} already charged: {amount}.";
    NO_FEE_COMPENSATION_CONSUMER = "no.fee.standard-compensation.consumer", "forsinkelsesrenteloven § 3a",
        sv: "Ingen standardkompensation: den gäller bara mellan näringsidkare.",
        nb: "Ingen standardkompensasjon: den gjelder bare mellom næringsdrivende.",
        en: "No standard compensation: it applies only between businesses.";
    NO_FEE_NOT_OVERDUE = "no.fee.not-overdue", "forsinkelsesrenteloven § 3a",
        sv: "Ingen ersättning: fordran var inte förfallen när brevet skickades {sent} (förfallodag {due}).",
        nb: "Ingen kompensasjon: kravet var ikke forfalt da brevet ble sendt {sent} (forfall {due}).",
        en: "No compensation: the claim was not overdue when the letter was sent on {sent} (due {due}).";
    NO_FEE_SALAER = "no.fee.agency-fee", "inkassoforskriften §§ 2-2 og 2-3",
        sv: "Inkassosalär {amount}: huvudstol {principal} ligger i intervallet upp till {bracket}, {multiple} × inkassosatsen {sats}, {rate_kind} sats{b2b}.",
        nb: "Salær {amount}: hovedstol {principal} ligger i trinnet opp til {bracket}, {multiple} × inkassosatsen {sats}, {rate_kind} sats{b2b}.",
        en: "Agency fee {amount}: principal {principal} falls in the bracket up to {bracket}, {multiple} × the inkassosats {sats}, {rate_kind} rate{b2b}.";
    NO_FEE_SALAER_OFFSET = "no.fee.agency-fee.offset", "forsinkelsesrenteloven § 3a tredje ledd",
        sv: "Standardkompensation {offset} som redan tagits ut dras av från salären: {amount}.",
        nb: "Standardkompensasjon {offset} som allerede er krevd trekkes fra salæret: {amount}.",
        en: "Standard compensation {offset} already charged is deducted from the agency fee: {amount}.";
    NO_FEE_SALAER_NO_DEMAND = "no.fee.agency-fee.no-demand", "inkassoloven § 10; inkassoforskriften kap. 2",
        sv: "Inget salär: det finns ingen betalningsuppmaning vars frist har löpt ut.",
        nb: "Intet salær: det finnes ingen betalingsoppfordring med oversittet frist.",
        en: "No agency fee: there is no payment demand whose deadline has passed.";
    NO_FEE_SALAER_MERGED = "no.fee.agency-fee.merged", "Finanstilsynet rundskriv 1/2018",
        sv: "{claims} fordringar mot samma gäldenär behandlas som ett ärende: salär på sammanlagd huvudstol {principal} är {combined}, mot {separate} var för sig; uttaget {amount}.",
        nb: "{claims} krav mot samme skyldner behandles som én sak: salær av samlet hovedstol {principal} er {combined}, mot {separate} hver for seg; krevd {amount}.",
        en: "{claims} claims against one debtor are one case: the agency fee on the combined principal {principal} is {combined}, against {separate} separately; charged {amount}.";

    // Deadlines.
    SE_DEADLINE_DEMAND = "se.deadline.collection-demand", "inkassolagen (1974:182) 5 §; Finansinspektionens allmänna råd om inkassoverksamhet",
        sv: "Fristen måste vara minst 8 dagar från avsändandet {sent} ({eight_days}) och minst 4 bankdagar från antaget mottagande {receipt} ({four_bank_days}): tidigast {deadline}.",
        nb: "Fristen må være minst 8 dager fra sending {sent} ({eight_days}) og minst 4 bankdager fra antatt mottak {receipt} ({four_bank_days}): tidligst {deadline}.",
        en: "The deadline must be at least 8 days from sending on {sent} ({eight_days}) and 4 bank days from presumed receipt on {receipt} ({four_bank_days}): earliest {deadline}.";
    SE_DEADLINE_REMINDER = "se.deadline.reminder", "ingen lagregel; god inkassosed",
        sv: "Ingen lag anger frist för en påminnelse; Purr använder samma golv som för inkassokrav: tidigast {deadline}.",
        nb: "Ingen lov angir frist for en svensk påminnelse; Purr bruker samme gulv som for inkassokrav: tidligst {deadline}.",
        en: "No statute sets a deadline for a Swedish reminder; Purr uses the collection-demand floor: earliest {deadline}.";
    SE_RECEIPT = "se.presumed-receipt", "Purrs antagande (god inkassosed)",
        sv: "Antaget mottagande: {receipt} ({delivery}).",
        nb: "Antatt mottak: {receipt} ({delivery}).",
        en: "Presumed receipt: {receipt} ({delivery}).";
    NO_DEADLINE_14 = "no.deadline.14-days", "inkassoloven §§ 9 og 10",
        sv: "Fristen är minst 14 dagar från avsändandet {sent}: samma veckodag två veckor senare, {deadline}, även om det är en helgdag.",
        nb: "Fristen er minst 14 dager fra sending {sent}: samme ukedag to uker senere, {deadline}, også om det er en helligdag.",
        en: "The deadline is at least 14 days from sending on {sent}: the same weekday two weeks later, {deadline}, even on a holiday.";
    NO_DEADLINE_REMINDER = "no.deadline.reminder", "inkassoforskriften § 1-1 annet ledd",
        sv: "En påminnelse med minst 14 dagars frist ({deadline}) behåller rätten till avgift för nästa steg.",
        nb: "En purring med minst 14 dagers frist ({deadline}) bevarer retten til gebyr for neste steg.",
        en: "A reminder with a deadline of at least 14 days ({deadline}) keeps the next step chargeable.";
    NEXT_STEP = "step.next", "inkassoloven §§ 9 og 10",
        sv: "Nästa steg får tas tidigast {next}, dagen efter fristen {deadline}.",
        nb: "Neste steg kan tas tidligst {next}, dagen etter fristen {deadline}.",
        en: "The next step may be taken from {next}, the day after the deadline {deadline}.";
    NO_HEAVY_FROM = "no.agency-fee.heavy-from", "inkassoforskriften § 2-2 annet ledd",
        sv: "Tung salärsats från {heavy_from}: mer än 28 dagar efter betalningsuppmaningens frist {deadline}.",
        nb: "Tung sats fra {heavy_from}: mer enn 28 dager etter betalingsoppfordringens frist {deadline}.",
        en: "Heavy agency-fee rate from {heavy_from}: more than 28 days after the payment-demand deadline {deadline}.";

    // Contact.
    NO_CONTACT_WINDOW = "no.contact.window", "god inkassoskikk, inkassoloven § 8 (Finanstilsynets praksis)",
        sv: "Samtal tillåtet {at}: inom vardagar 08–21 eller lördag 09–15, och under taken ({day_calls}/1 i dag, {week_calls}/5 i veckan, {month_calls}/15 i månaden).",
        nb: "Samtale tillatt {at}: innenfor hverdager 08–21 eller lørdag 09–15, og under grensene ({day_calls}/1 i dag, {week_calls}/5 denne uken, {month_calls}/15 denne måneden).",
        en: "Call allowed at {at}: within weekdays 08–21 or Saturday 09–15, and under the caps ({day_calls}/1 today, {week_calls}/5 this week, {month_calls}/15 this month).";
    NO_CONTACT_CLOSED_DAY = "no.contact.closed-day", "god inkassoskikk, inkassoloven § 8",
        sv: "Inget samtal {at}: aldrig på söndagar eller helgdagar ({day}).",
        nb: "Ingen samtale {at}: aldri på søndager eller helligdager ({day}).",
        en: "No call at {at}: never on Sundays or public holidays ({day}).";
    NO_CONTACT_HOURS = "no.contact.outside-hours", "god inkassoskikk, inkassoloven § 8",
        sv: "Inget samtal {at}: utanför tillåten tid {window}.",
        nb: "Ingen samtale {at}: utenfor tillatt tid {window}.",
        en: "No call at {at}: outside the permitted hours {window}.";
    NO_CONTACT_CAP = "no.contact.cap", "god inkassoskikk, inkassoloven § 8",
        sv: "Inget samtal: högst {cap} samtal per {per} har redan nåtts ({count}).",
        nb: "Ingen samtale: høyst {cap} samtaler per {per} er allerede nådd ({count}).",
        en: "No call: the cap of {cap} calls per {per} is already reached ({count}).";
    SE_CONTACT_NO_RULE = "se.contact.no-rule", "god inkassosed (inkassolagen 4 §)",
        sv: "Ingen lagregel om tider för telefonkontakt hittades; god inkassosed gäller.",
        nb: "Ingen svensk lovregel om tider for telefonkontakt ble funnet; god inkassoskikk gjelder.",
        en: "No Swedish rule on call hours was found; good collection practice applies.";

    // Limitation.
    SE_LIMITATION = "se.limitation", "preskriptionslagen (1981:130) 2 §",
        sv: "Preskription efter {years} år räknat från {start} ({basis}): fordran preskriberas {expires}.",
        nb: "Foreldelse etter {years} år regnet fra {start} ({basis}): kravet foreldes {expires}.",
        en: "Limitation after {years} years counted from {start} ({basis}): the claim is time-barred on {expires}.";
    SE_LIMITATION_INTERRUPTED = "se.limitation.interrupted", "preskriptionslagen (1981:130) 5 och 6 §§",
        sv: "Preskriptionen avbröts {on} ({kind}); en ny period på {years} år löper därifrån.",
        nb: "Foreldelsen ble avbrutt {on} ({kind}); en ny periode på {years} år løper derfra.",
        en: "Limitation was interrupted on {on} ({kind}); a new {years}-year period runs from there.";
    NO_LIMITATION = "no.limitation", "foreldelsesloven §§ 2 og 3",
        sv: "Preskription efter 3 år från {start}, då betalning kunde krävas: fordran preskriberas {expires}.",
        nb: "Foreldelse etter 3 år fra {start}, da betaling kunne kreves: kravet foreldes {expires}.",
        en: "Limitation after 3 years from {start}, when payment could be demanded: the claim is time-barred on {expires}.";
    NO_LIMITATION_INTERRUPTED = "no.limitation.interrupted", "foreldelsesloven §§ 14–15 og 17",
        sv: "Preskriptionen avbröts {on} ({kind}); en ny period på 3 år löper därifrån.",
        nb: "Foreldelsen ble avbrutt {on} ({kind}); en ny periode på 3 år løper derfra.",
        en: "Limitation was interrupted on {on} ({kind}); a new 3-year period runs from there.";
    NO_LIMITATION_LETTER = "no.limitation.letter-ignored", "foreldelsesloven § 14 og § 15",
        sv: "Kravbrevet {on} avbryter inte preskription i Norge; bara erkännande eller rättsliga åtgärder gör det.",
        nb: "Kravbrevet {on} avbryter ikke foreldelse; bare erkjennelse eller rettslige skritt gjør det.",
        en: "The demand letter of {on} does not interrupt limitation in Norway; only acknowledgement or legal steps do.";
}

/// Looks up a rule by its id.
pub fn rule_by_id(id: &str) -> Option<Rule> {
    ALL_RULES.iter().copied().find(|rule| rule.id == id)
}
