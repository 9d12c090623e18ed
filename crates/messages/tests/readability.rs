//! Readability figures: LIX and Flesch on texts with known answers.

use messages::readability::{Rating, flesch, for_language, lix};

#[test]
fn lix_counts_words_per_sentence_and_long_words() {
    let r = lix("Vi har inte fått betalt. Fakturan skulle betalas senast igår, tyvärr.");
    assert_eq!((r.words, r.sentences), (11, 2));
    // 11 words in 2 sentences; long words (more than six letters): Fakturan, betalas → 5.50 + 18.18.
    assert_eq!(r.score_centi, 550 + 1818);
    assert_eq!(r.rating, Rating::Easy);
    let hard = lix("Betalningsförelägganden handläggs Kronofogdemyndigheten tillsammans med verkställighetsåtgärder \
         beträffande utmätningsbara tillgångar enligt utsökningsbalkens bestämmelser");
    assert_eq!(hard.rating, Rating::Hard);
}

#[test]
fn flesch_prefers_short_words_and_sentences() {
    let easy = flesch("Please pay the bill. It is late. Thank you.");
    assert_eq!(easy.rating, Rating::Easy, "{}", easy.score_text());
    let hard = flesch(
        "Notwithstanding the aforementioned contractual obligations, the undersigned creditor hereby \
         irrevocably demands immediate remuneration of the outstanding indebtedness.",
    );
    assert_eq!(hard.rating, Rating::Hard, "{}", hard.score_text());
    assert!(easy.score_centi > hard.score_centi);
}

#[test]
fn each_language_gets_its_scale() {
    assert!(for_language("sv", "Hej.").is_some());
    assert!(for_language("da", "Hej.").is_some());
    assert!(for_language("en", "Hello.").is_some());
    assert!(for_language("ar", "مرحبا").is_none());
}
