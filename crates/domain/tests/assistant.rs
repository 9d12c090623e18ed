//! The portal assistant's understanding: every portal language has examples of every intent,
//! questions it has not seen go to the right page or to a person, never confidently elsewhere,
//! and nothing it is given makes it panic.

use domain::assistant::{Assistant, Intent, Thresholds, Understanding};
use proptest::prelude::*;

const LANGUAGES: [&str; 20] = [
    "ar", "da", "de", "en", "es", "et", "fa", "fi", "fr", "lt", "lv", "nb", "nn", "pl", "ru", "so", "sv", "ti", "tr",
    "uk",
];

fn held_out() -> Vec<(String, Option<Intent>, String)> {
    let text = include_str!("data/assistant_questions.toml");
    let table: toml::Table = text.parse().unwrap();
    let mut out = Vec::new();
    for (lang, intents) in &table {
        for (code, list) in intents.as_table().unwrap() {
            let intent = if code == "unrelated" { None } else { Some(Intent::from_code(code).unwrap()) };
            for q in list.as_array().unwrap() {
                out.push((lang.clone(), intent, q.as_str().unwrap().to_string()));
            }
        }
    }
    out
}

#[test]
fn every_portal_language_has_examples_of_every_intent() {
    let assistant = Assistant::builtin();
    assert_eq!(assistant.languages(), LANGUAGES.map(str::to_string).to_vec());
}

#[test]
fn each_example_is_understood_as_its_own_intent() {
    let assistant = Assistant::builtin();
    for intent in Intent::ALL {
        // An example asked word for word matches itself.
        let Understanding::Understood { intent: got, similarity, .. } = assistant.understand(match intent {
            Intent::Plan => "kan jag delbetala",
            Intent::Dispute => "I have already paid this",
            Intent::Human => "jeg vil snakke med et menneske",
            Intent::Balance => "how much do I owe",
            Intent::HowToPay => "how can I pay",
            Intent::Fees => "why did I get a reminder fee",
            Intent::Postpone => "kan jeg få utsettelse",
            Intent::Promise => "I will pay on friday",
        }) else {
            panic!("{intent:?} not understood");
        };
        assert_eq!((got, similarity), (intent, 1000));
    }
}

#[test]
fn held_out_questions_are_understood_or_handed_over_never_misread() {
    let assistant = Assistant::builtin();
    let (mut right, mut unsure, mut wrong) = (0, 0, Vec::new());
    for (lang, expected, question) in held_out() {
        match (assistant.understand(&question), expected) {
            (Understanding::Understood { intent, .. }, Some(e)) if intent == e => right += 1,
            (Understanding::Unsure { .. }, _) => unsure += 1,
            (got, expected) => wrong.push(format!("{lang}: {question:?}: expected {expected:?}, got {got:?}")),
        }
    }
    let total = right + unsure + wrong.len();
    eprintln!("held out: {right} right, {unsure} handed over, {} wrong of {total}", wrong.len());
    assert!(wrong.is_empty(), "confidently wrong:\n{}", wrong.join("\n"));
    assert!(right * 100 >= total * 75, "only {right} of {total} understood");
}

#[test]
fn empty_and_unrelated_text_is_never_an_action() {
    let assistant = Assistant::builtin();
    for q in ["", "   ", "?!?", "🙂🙂"] {
        assert_eq!(assistant.understand(q), Understanding::Empty, "{q:?}");
    }
    let strict = Assistant::parse(
        include_str!("../../../data/assistant/intents.toml"),
        Thresholds { min_similarity: 1001, min_margin: 0 },
    )
    .unwrap();
    assert!(matches!(
        strict.understand("how much do I owe"),
        Understanding::Unsure { best: Some((Intent::Balance, 1000)) }
    ));
}

#[test]
fn broken_example_files_are_refused_with_the_reason() {
    for (text, why) in [
        ("[balance]\nen = [\"x\"]\n[nonsense]\nen = [\"y\"]", "unknown intent"),
        ("[balance]\nen = \"not a list\"", "expected a list"),
        ("[balance]\nen = [\"!!!\"]", "has no letters"),
        ("[balance]\nen = [\"how much\"]", "no examples for how_to_pay"),
        ("not toml [", ""),
    ] {
        let e = Assistant::parse(text, Thresholds::default()).unwrap_err().to_string();
        assert!(e.contains(why), "{text:?}: {e}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_text_gets_an_answer(text in ".{0,700}") {
        let assistant = Assistant::builtin();
        match assistant.understand(&text) {
            Understanding::Understood { similarity, .. } => prop_assert!(similarity <= 1000),
            Understanding::Unsure { best } => prop_assert!(best.is_none_or(|(_, s)| s <= 1000)),
            Understanding::Empty => {}
        }
    }
}
