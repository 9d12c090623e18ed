//! Readability figures for a letter's prose, shown to the creditor beside the template.
//!
//! Swedish, Norwegian and Danish use LIX (Björnsson): words per sentence plus the share of long
//! words (more than six letters) in percent. English uses Flesch reading ease, counting syllables
//! as groups of vowels. Both are computed in integer arithmetic (hundredths), so the figure is the
//! same on every machine. Only prose counts: headings and table rows (amounts, dates, references)
//! are left out by the caller, because they are not sentences a person reads as text.
//!
//! The bands: LIX below 40 is easy (the usual "very easy" and "easy" bands of LIX), 40–50 medium,
//! above 50 hard. Flesch 70 and above is easy ("fairly easy" and easier), 50–70 medium, below 50
//! hard. Other languages get no figure.

use serde::Serialize;

/// Which scale a figure is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// Läsbarhetsindex: lower is easier.
    Lix,
    /// Flesch reading ease: higher is easier.
    FleschReadingEase,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    Easy,
    Medium,
    Hard,
}

impl Rating {
    pub fn code(self) -> &'static str {
        match self {
            Rating::Easy => "easy",
            Rating::Medium => "medium",
            Rating::Hard => "hard",
        }
    }
}

/// One readability figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Readability {
    pub scale: Scale,
    /// The score in hundredths (LIX 32.50 is 3250).
    pub score_centi: i64,
    pub rating: Rating,
    pub words: usize,
    pub sentences: usize,
}

impl Readability {
    /// The score with two decimals, e.g. "32.50".
    pub fn score_text(&self) -> String {
        domain::money::format_minor(self.score_centi)
    }
}

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || matches!(c, '/' | '–' | '—'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect()
}

/// Sentences end at `.`, `!`, `?` or `:` followed by a space or the end, and at the end of each
/// paragraph (a line break).
fn sentences(text: &str) -> usize {
    let mut count = 0;
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let chars: Vec<char> = line.trim().chars().collect();
        let mut in_line = 0;
        for (i, c) in chars.iter().enumerate() {
            let ends = matches!(c, '.' | '!' | '?' | ':') && chars.get(i + 1).is_none_or(|n| n.is_whitespace());
            // A full stop after a digit or a single letter is an abbreviation or a number ("3.", "t.ex.").
            let abbreviation = *c == '.' && i > 0 && (chars[i - 1].is_ascii_digit() || (i > 1 && chars[i - 2] == '.'));
            if ends && !abbreviation {
                in_line += 1;
            }
        }
        let last = chars.last().copied().unwrap_or('.');
        if !matches!(last, '.' | '!' | '?' | ':') {
            in_line += 1;
        }
        count += in_line.max(1);
    }
    count.max(1)
}

/// LIX of `text`.
pub fn lix(text: &str) -> Readability {
    let ws = words(text);
    let n = ws.len().max(1) as i64;
    let s = sentences(text);
    let long = ws.iter().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 6).count() as i64;
    // words/sentences + 100·long/words, in hundredths.
    let score_centi = (n * 100) / s as i64 + (long * 10_000) / n;
    let rating = match score_centi {
        ..4000 => Rating::Easy,
        4000..=5000 => Rating::Medium,
        _ => Rating::Hard,
    };
    Readability { scale: Scale::Lix, score_centi, rating, words: ws.len(), sentences: s }
}

/// English syllables by vowel groups, a silent final "e" dropped, at least one per word.
fn syllables(word: &str) -> i64 {
    let lower: Vec<char> = word.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut groups = 0;
    let mut previous = false;
    for &c in &lower {
        let v = vowel(c);
        if v && !previous {
            groups += 1;
        }
        previous = v;
    }
    let n = lower.len();
    if n > 2 && lower[n - 1] == 'e' && !vowel(lower[n - 2]) && lower[n - 2] != 'l' && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

/// Flesch reading ease of English `text`.
pub fn flesch(text: &str) -> Readability {
    let ws = words(text);
    let n = ws.len().max(1) as i64;
    let s = sentences(text) as i64;
    let syl: i64 = ws.iter().map(|w| syllables(w)).sum();
    // 206.835 − 1.015·(words/sentence) − 84.6·(syllables/word), in thousandths, then hundredths.
    let milli = 206_835 - (1_015 * n) / s - (84_600 * syl) / n;
    let score_centi = milli / 10;
    let rating = match score_centi {
        7000.. => Rating::Easy,
        5000..7000 => Rating::Medium,
        _ => Rating::Hard,
    };
    Readability { scale: Scale::FleschReadingEase, score_centi, rating, words: ws.len(), sentences: s as usize }
}

/// The figure for a language: LIX for sv, nb, nn, no and da; Flesch for en; none otherwise.
pub fn for_language(lang: &str, text: &str) -> Option<Readability> {
    match lang {
        "sv" | "nb" | "nn" | "no" | "da" => Some(lix(text)),
        "en" => Some(flesch(text)),
        _ => None,
    }
}
