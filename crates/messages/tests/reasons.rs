//! The law engine's reasons in every portal language: every rule has a sentence in every
//! `locales/<lang>/reasons.ftl`, with exactly the English template's placeholders, and real
//! reasons render in the debtor's language with the local decimal separator.

use domain::law::{ClaimFacts, Lang, LawTables, Reason, Rule, SentStep};
use domain::{Currency, DebtorKind, FeeKind, Jurisdiction, Money};
use fluent_syntax::ast;
use jiff::civil::date;
use messages::i18n::{Catalog, LOCALES, REASONS_FILE, find_locale, reason_id};
use std::collections::{BTreeMap, BTreeSet};

/// The languages whose reasons come from Fluent files; sv, nb and en use the domain's templates.
const FLUENT_LANGS: [&str; 17] =
    ["ar", "da", "de", "es", "et", "fa", "fi", "fr", "lt", "lv", "nn", "pl", "ru", "so", "ti", "tr", "uk"];

fn all_rules() -> Vec<Rule> {
    domain::law::reason::ALL_RULES.iter().chain(domain::dunning::reasons::ALL_RULES).copied().collect()
}

fn locales_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

/// The `{name}` placeholders of a domain template.
fn template_placeholders(template: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after.find('}').unwrap_or_else(|| panic!("unclosed placeholder in {template:?}"));
        out.insert(after[..close].to_string());
        rest = &after[close + 1..];
    }
    out
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
            for a in &arguments.named {
                inline_variables(&a.value, out);
            }
        }
        _ => {}
    }
}

/// Message id → the variables its value uses, for one reasons.ftl.
fn fluent_messages(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = locales_dir().join(lang).join(REASONS_FILE);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("locales/{lang}/{REASONS_FILE}: {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let value = m.value.as_ref().unwrap_or_else(|| panic!("{lang}: {} has no value", m.id.name));
                let mut vars = BTreeSet::new();
                pattern_variables(value, &mut vars);
                assert!(out.insert(m.id.name.to_string(), vars).is_none(), "{lang}: {} twice", m.id.name);
            }
            ast::Entry::Term(t) => panic!("locales/{lang}/{REASONS_FILE}: unexpected term -{}", t.id.name),
            ast::Entry::Junk { content } => panic!("locales/{lang}/{REASONS_FILE}: junk {content:?}"),
            _ => {}
        }
    }
    out
}

#[test]
fn every_rule_has_a_sentence_in_every_language_with_the_english_placeholders() {
    let rules = all_rules();
    let expected: BTreeSet<String> = rules.iter().map(|r| reason_id(r.id)).collect();
    assert_eq!(expected.len(), rules.len(), "two rules map to one message id");
    for lang in FLUENT_LANGS {
        assert!(find_locale(lang).is_some(), "{lang} is not a portal locale");
        let messages = fluent_messages(lang);
        let ids: BTreeSet<String> = messages.keys().cloned().collect();
        let missing: Vec<_> = expected.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&expected).collect();
        assert!(missing.is_empty(), "locales/{lang}/{REASONS_FILE} lacks {missing:?}");
        assert!(extra.is_empty(), "locales/{lang}/{REASONS_FILE} has messages for no rule: {extra:?}");
        for rule in &rules {
            let id = reason_id(rule.id);
            assert_eq!(
                messages[&id],
                template_placeholders(rule.en),
                "locales/{lang}/{REASONS_FILE}: {id} must use exactly the placeholders of {:?}",
                rule.en
            );
        }
        // The built-in catalog loaded the same file (ids share one bundle per language).
        assert_eq!(Catalog::builtin().keys(lang, REASONS_FILE), ids, "{lang}: catalog");
    }
    // Every other portal locale takes its reasons from the domain's templates.
    for locale in LOCALES {
        let has_file = locales_dir().join(locale.code).join(REASONS_FILE).exists();
        assert_eq!(has_file, FLUENT_LANGS.contains(&locale.code), "locales/{}/{REASONS_FILE}", locale.code);
    }
}

#[test]
fn reason_ids_do_not_collide_with_other_messages() {
    let catalog = Catalog::builtin();
    let reason_ids: BTreeSet<String> = all_rules().iter().map(|r| reason_id(r.id)).collect();
    for lang in catalog.languages() {
        for file in ["common.ftl", "portal.ftl", "letters.ftl"] {
            let clash: Vec<_> = catalog.keys(lang, file).intersection(&reason_ids).cloned().collect();
            assert!(clash.is_empty(), "locales/{lang}/{file} defines reason ids {clash:?}");
        }
        for id in catalog.keys(lang, REASONS_FILE) {
            assert!(id.starts_with("reason-"), "locales/{lang}/{REASONS_FILE}: {id} must start with reason-");
        }
    }
}

/// A Swedish consumer claim with an agreed reminder fee, a reminder and a collection demand, and
/// months of late interest: the reasons a debtor reads on the claim page.
fn swedish_reasons() -> Vec<Reason> {
    let tables = LawTables::builtin();
    let facts = ClaimFacts {
        jurisdiction: Jurisdiction::SE,
        debtor: DebtorKind::Consumer,
        principal: Money::from_minor(123_450, Currency::SEK),
        due: date(2026, 1, 15),
        reminder_fee_agreed: true,
        instalment_plan_agreed: false,
        contract_rate: None,
    };
    let steps = [
        SentStep { step: FeeKind::Reminder, sent: date(2026, 1, 26), deadline: Some(date(2026, 2, 9)) },
        SentStep { step: FeeKind::CollectionDemand, sent: date(2026, 2, 16), deadline: Some(date(2026, 3, 2)) },
    ];
    let explained = tables.explain(&facts, &steps, date(2026, 6, 30)).unwrap();
    let mut reasons: Vec<Reason> =
        explained.fees.iter().filter(|f| f.allowed).flat_map(|f| f.reasons.clone()).collect();
    assert!(reasons.iter().any(|r| r.rule_id() == "se.fee.reminder"), "{reasons:#?}");
    assert!(reasons.iter().any(|r| r.rule_id() == "se.fee.collection-demand"), "{reasons:#?}");
    let interest = explained.interest.reasons;
    assert!(interest.iter().any(|r| r.rule_id() == "se.interest.period"), "{interest:#?}");
    reasons.extend(interest);
    reasons
}

fn is_decimal(number: &str) -> bool {
    let digits = number.strip_prefix('-').unwrap_or(number);
    digits.split_once('.').is_some_and(|(a, b)| {
        !a.is_empty() && !b.is_empty() && a.bytes().all(|c| c.is_ascii_digit()) && b.bytes().all(|c| c.is_ascii_digit())
    })
}

#[test]
fn real_reasons_render_in_german_arabic_and_polish_with_local_decimals() {
    let catalog = Catalog::builtin();
    let reasons = swedish_reasons();
    for lang in ["de", "ar", "pl"] {
        let decimal = find_locale(lang).unwrap().decimal;
        let mut decimals_seen = 0;
        for reason in &reasons {
            let text = catalog.reason(lang, reason);
            assert!(!text.fell_back && !text.missing, "{lang} {}: {text:?}", reason.rule_id());
            assert_eq!(text.lang, lang);
            assert!(!text.text.contains('{') && !text.text.contains('}'), "{lang}: {}", text.text);
            assert!(!text.text.contains("[reason-"), "{lang}: {}", text.text);
            assert_ne!(text.text, reason.render(Lang::En), "{lang}: still English");
            assert!(!text.text.contains('\u{2068}') && !text.text.contains('\u{2069}'), "{lang}: isolation marks");
            for value in reason.inputs().map(|(_, value)| value.to_string()) {
                let number = value.split(' ').next().unwrap_or_default();
                if is_decimal(number) {
                    let local = value.replacen('.', &decimal.to_string(), 1);
                    assert!(text.text.contains(&local), "{lang}: {local:?} not in {:?}", text.text);
                    decimals_seen += 1;
                } else {
                    assert!(text.text.contains(value.as_str()), "{lang}: {value:?} not in {:?}", text.text);
                }
            }
        }
        assert!(decimals_seen >= 3, "{lang}: the claim's amounts and rates carry decimals");
    }
    // Spot checks of what a debtor reads.
    let reminder = reasons.iter().find(|r| r.rule_id() == "se.fee.reminder").unwrap();
    assert_eq!(catalog.reason("de", reminder).text, "Mahngebühr 60,00 SEK: vereinbart, als die Schuld entstand.");
    assert!(catalog.reason("ar", reminder).text.contains("60.00 SEK"));
    assert!(catalog.reason("pl", reminder).text.starts_with("Opłata za przypomnienie 60,00 SEK"));
    let period = reasons.iter().find(|r| r.rule_id() == "se.interest.period").unwrap();
    let days = period.input("days").unwrap();
    assert!(catalog.reason("de", period).text.starts_with(&format!("{days} Tage (")));
    assert!(catalog.reason("pl", period).text.starts_with(&format!("{days} dni (")));
}

#[test]
fn plural_forms_follow_the_number_of_days() {
    let catalog = Catalog::builtin();
    let rule = domain::law::reason::SE_INTEREST_PERIOD;
    let period = |days: i64| {
        let mut r = Reason::new(rule).with("days", days);
        for key in ["from", "to", "rate", "reference", "principal", "basis", "amount"] {
            r = r.with(key, "1.50");
        }
        r
    };
    assert!(catalog.reason("de", &period(1)).text.starts_with("1 Tag ("));
    assert!(catalog.reason("ru", &period(1)).text.starts_with("1 день ("));
    assert!(catalog.reason("ru", &period(3)).text.starts_with("3 дня ("));
    assert!(catalog.reason("ru", &period(25)).text.starts_with("25 дней ("));
    assert!(catalog.reason("ru", &period(21)).text.starts_with("21 день ("));
    assert!(catalog.reason("pl", &period(22)).text.starts_with("22 dni ("));
    assert!(catalog.reason("fr", &period(1)).text.contains("à 1,50 %"));
}

#[test]
fn swedish_bokmal_and_english_come_from_the_domain_and_nynorsk_from_its_own_file() {
    let catalog = Catalog::builtin();
    for reason in swedish_reasons() {
        for (code, lang) in
            [("sv", Lang::Sv), ("nb", Lang::Nb), ("no", Lang::Nb), ("en", Lang::En), ("sv-SE", Lang::Sv)]
        {
            let text = catalog.reason(code, &reason);
            assert_eq!(text.text, reason.render(lang), "{code}");
            assert_eq!(text.lang, lang.code());
            assert!(!text.fell_back);
        }
        let nn = catalog.reason("nn", &reason);
        assert_eq!(nn.lang, "nn");
        assert!(!nn.fell_back && !nn.text.contains('{'), "{nn:?}");
        // A language Purr does not speak gets English, and says so.
        let xx = catalog.reason("xx", &reason);
        assert_eq!((xx.text, xx.lang.as_str(), xx.fell_back), (reason.render(Lang::En), "en", true));
    }
}

#[test]
fn a_missing_sentence_falls_back_to_english_and_says_so() {
    let catalog = Catalog::from_files(
        [
            ("en", "common.ftl", "hello = Hello\n"),
            ("de", REASONS_FILE, "reason-interest-none = Keine Zinsen: { $last } vor { $first }.\n"),
            ("nn", REASONS_FILE, "reason-interest-none = Inga rente.\n"),
        ],
        "en",
    )
    .unwrap();
    let none = Reason::new(domain::law::reason::INTEREST_NONE).with("first", "2026-02-01").with("last", "2026-01-20");
    let de = catalog.reason("de", &none);
    assert_eq!((de.text.as_str(), de.fell_back), ("Keine Zinsen: 2026-01-20 vor 2026-02-01.", false));
    let fee = Reason::new(domain::law::reason::SE_FEE_REMINDER).with("amount", "60.00 SEK");
    let de = catalog.reason("de", &fee);
    assert_eq!((de.text, de.lang.as_str(), de.fell_back), (fee.render(Lang::En), "en", true));
    // Nynorsk without its sentence reads Bokmål, not English.
    let nn = catalog.reason("nn", &fee);
    assert_eq!((nn.text, nn.lang.as_str(), nn.fell_back), (fee.render(Lang::Nb), "nb", true));
}
