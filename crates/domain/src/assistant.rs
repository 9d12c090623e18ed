//! The portal assistant's understanding: which of the portal's own actions a debtor's question,
//! written in their own words and language, is about, or that it is not sure.
//!
//! It runs offline and is deterministic: example questions per intent in the portal's languages
//! (`data/assistant/intents.toml`, compiled in) are turned into sets of character 3- and
//! 4-grams, and a question goes to the intent of the example it is most like: the cosine
//! similarity of the two sets, each gram weighted by how few intents use it (a gram found in the
//! examples of one intent says more than one, like "pay", found in all of them). Character
//! grams carry across inflections, compounds and small typos ("avbetalning",
//! "avbetalningsplan", "avbetlaning") and need no word lists per language.
//!
//! The assistant is bounded: an intent only names a page the portal already has (the claim's
//! breakdown, pay, plan, postpone, promise, dispute, a message to a person), where the portal's
//! own rules decide what the debtor may do. It never books anything. When the best match is weak
//! or two intents are nearly as close, the answer is [`Understanding::Unsure`], and the portal
//! offers to send the question to a person.

use std::collections::{HashMap, HashSet};

/// What a question can be about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Intent {
    /// What is owed and why: the breakdown of principal, fees and interest.
    Balance,
    /// How and where to pay: payee, reference, amount.
    HowToPay,
    /// Why there is a fee or interest.
    Fees,
    /// More time: a new due date.
    Postpone,
    /// Paying in instalments.
    Plan,
    /// Promising to pay on a date.
    Promise,
    /// Disagreeing with the claim, or saying it is paid already.
    Dispute,
    /// Wanting a person.
    Human,
}

impl Intent {
    pub const ALL: [Intent; 8] = [
        Intent::Balance,
        Intent::HowToPay,
        Intent::Fees,
        Intent::Postpone,
        Intent::Plan,
        Intent::Promise,
        Intent::Dispute,
        Intent::Human,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Intent::Balance => "balance",
            Intent::HowToPay => "how_to_pay",
            Intent::Fees => "fees",
            Intent::Postpone => "postpone",
            Intent::Plan => "plan",
            Intent::Promise => "promise",
            Intent::Dispute => "dispute",
            Intent::Human => "human",
        }
    }

    pub fn from_code(code: &str) -> Option<Intent> {
        Intent::ALL.into_iter().find(|i| i.code() == code)
    }
}

/// What the assistant made of a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Understanding {
    /// Nothing to understand: the question is empty or has no letters or digits.
    Empty,
    /// The question is about `intent`; `similarity` (per mille) is how close it came to the
    /// example `example` (in `lang`).
    Understood { intent: Intent, similarity: u32, example: String, lang: String },
    /// Not sure: the best match is weak, or another intent is nearly as close. `best` is the
    /// closest intent and its similarity, for the log.
    Unsure { best: Option<(Intent, u32)> },
}

/// How close the best example must be (per mille), and by how much it must beat the best
/// example of any other intent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thresholds {
    pub min_similarity: u32,
    pub min_margin: u32,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds { min_similarity: 250, min_margin: 30 }
    }
}

#[derive(Debug, Clone)]
struct Example {
    intent: Intent,
    lang: String,
    text: String,
    grams: HashSet<u64>,
}

/// The examples, ready to compare questions with.
#[derive(Debug, Clone)]
pub struct Assistant {
    examples: Vec<Example>,
    /// The squared weight of each gram the examples use (see [`weight_squared`]); grams no
    /// example uses weigh most.
    weights: HashMap<u64, u64>,
    thresholds: Thresholds,
}

/// The squared weight of a gram used by the examples of `spread` intents: 64 / spread², so a
/// gram of one intent weighs 8 times one of all eight.
fn weight_squared(spread: usize) -> u64 {
    let spread = spread.max(1) as u64;
    64 / (spread * spread)
}

/// Why the examples file cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("assistant examples: {0}")]
pub struct ExamplesError(pub String);

/// The longest question read; the rest is ignored.
pub const MAX_QUESTION_CHARS: usize = 500;

impl Assistant {
    /// The compiled-in examples with the default thresholds, read once.
    pub fn builtin() -> &'static Assistant {
        static BUILTIN: std::sync::OnceLock<Assistant> = std::sync::OnceLock::new();
        BUILTIN.get_or_init(|| {
            Assistant::parse(include_str!("../../../data/assistant/intents.toml"), Thresholds::default())
                .expect("the built-in assistant examples parse")
        })
    }

    /// Reads examples: `[intent_code]` tables mapping a language code to a list of questions.
    pub fn parse(text: &str, thresholds: Thresholds) -> Result<Assistant, ExamplesError> {
        let table: toml::Table = text.parse().map_err(|e: toml::de::Error| ExamplesError(e.to_string()))?;
        let mut examples = Vec::new();
        for (code, langs) in &table {
            let intent = Intent::from_code(code).ok_or_else(|| ExamplesError(format!("unknown intent {code:?}")))?;
            let langs =
                langs.as_table().ok_or_else(|| ExamplesError(format!("{code}: expected a table of languages")))?;
            for (lang, list) in langs {
                let list = list.as_array().ok_or_else(|| ExamplesError(format!("{code}.{lang}: expected a list")))?;
                for item in list {
                    let text = item.as_str().ok_or_else(|| ExamplesError(format!("{code}.{lang}: expected text")))?;
                    let grams = grams(text);
                    if grams.is_empty() {
                        return Err(ExamplesError(format!("{code}.{lang}: {text:?} has no letters")));
                    }
                    examples.push(Example { intent, lang: lang.clone(), text: text.to_string(), grams });
                }
            }
        }
        for intent in Intent::ALL {
            if !examples.iter().any(|e| e.intent == intent) {
                return Err(ExamplesError(format!("no examples for {}", intent.code())));
            }
        }
        let mut intents_of: HashMap<u64, HashSet<Intent>> = HashMap::new();
        for e in &examples {
            for g in &e.grams {
                intents_of.entry(*g).or_default().insert(e.intent);
            }
        }
        let weights = intents_of.into_iter().map(|(g, intents)| (g, weight_squared(intents.len()))).collect();
        Ok(Assistant { examples, weights, thresholds })
    }

    /// The languages that have examples of every intent.
    pub fn languages(&self) -> Vec<String> {
        let mut langs: Vec<String> = self.examples.iter().map(|e| e.lang.clone()).collect();
        langs.sort();
        langs.dedup();
        langs.retain(|l| Intent::ALL.iter().all(|i| self.examples.iter().any(|e| &e.lang == l && e.intent == *i)));
        langs
    }

    /// What `question` is about.
    pub fn understand(&self, question: &str) -> Understanding {
        let question: String = question.chars().take(MAX_QUESTION_CHARS).collect();
        let q = grams(&question);
        if q.is_empty() {
            return Understanding::Empty;
        }
        // The best example of each intent.
        let mut best: Vec<(u32, &Example)> = Vec::new();
        for intent in Intent::ALL {
            let top = self
                .examples
                .iter()
                .filter(|e| e.intent == intent)
                .map(|e| (self.similarity(&q, &e.grams), e))
                .max_by_key(|(s, _)| *s);
            if let Some(top) = top {
                best.push(top);
            }
        }
        best.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.intent.cmp(&b.1.intent)));
        let Some(&(top, example)) = best.first() else { return Understanding::Unsure { best: None } };
        let runner_up = best.get(1).map_or(0, |b| b.0);
        if top < self.thresholds.min_similarity || top - runner_up < self.thresholds.min_margin {
            return Understanding::Unsure { best: Some((example.intent, top)) };
        }
        Understanding::Understood {
            intent: example.intent,
            similarity: top,
            example: example.text.clone(),
            lang: example.lang.clone(),
        }
    }
}

/// Character 3- and 4-grams of the words of a text, lower-cased, each word padded with a space
/// on both sides; hashed to 64 bits (FNV-1a).
fn grams(text: &str) -> HashSet<u64> {
    let mut out = HashSet::new();
    let lower = text.to_lowercase();
    for word in lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let chars: Vec<char> = std::iter::once(' ').chain(word.chars()).chain(std::iter::once(' ')).collect();
        for n in [3, 4] {
            for window in chars.windows(n) {
                out.insert(fnv(window));
            }
        }
        if chars.len() < 3 {
            out.insert(fnv(&chars));
        }
    }
    out
}

fn fnv(chars: &[char]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for c in chars {
        for b in u32::from(*c).to_le_bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

impl Assistant {
    fn weight(&self, gram: &u64) -> u128 {
        u128::from(self.weights.get(gram).copied().unwrap_or_else(|| weight_squared(1)))
    }

    /// Weighted cosine similarity of two sets, per mille: Σ w² over A ∩ B / √(Σ w² over A ·
    /// Σ w² over B), rounded down.
    fn similarity(&self, a: &HashSet<u64>, b: &HashSet<u64>) -> u32 {
        let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        let shared: u128 = small.iter().filter(|g| large.contains(g)).map(|g| self.weight(g)).sum();
        let norm = |set: &HashSet<u64>| -> u128 { set.iter().map(|g| self.weight(g)).sum() };
        let product = norm(a) * norm(b);
        if product == 0 {
            return 0;
        }
        // √(shared² · 10⁶ / product), in integers.
        let scaled = shared * shared * 1_000_000 / product;
        u32::try_from(scaled.isqrt()).unwrap_or(1000).min(1000)
    }
}
