//! Templates: Purr's defaults in every step, channel and language; save-time checks with line and
//! column; the legal-content lint; fallback to the creditor's language.

use domain::Jurisdiction;
use domain::dunning::StepKind;
use messages::LetterKind;
use messages::i18n::Catalog;
use messages::lint::{self, Item, LintError};
use messages::markup;
use messages::readability::{Rating, Scale};
use messages::template::{self, TemplateChannel, TemplateKey};

/// Every language Purr writes in.
fn langs() -> impl Iterator<Item = &'static str> {
    messages::i18n::LOCALES.iter().map(|l| l.code)
}

fn catalog() -> &'static Catalog {
    Catalog::builtin()
}

#[test]
fn defaults_render_in_every_step_channel_and_language_without_fallback() {
    for lang in langs() {
        for step in LetterKind::all() {
            for channel in TemplateChannel::ALL {
                for input in lint::samples(step, lang) {
                    let r = template::render(&input, channel, None, catalog()).unwrap();
                    assert!(r.fallbacks.is_empty(), "{lang} {step:?} {channel:?}: fell back for {:?}", r.fallbacks);
                    assert!(!r.text.contains('['), "{lang} {step:?} {channel:?}: unfilled message in {}", r.text);
                    assert!(!r.text.contains('{'), "{lang} {step:?} {channel:?}: unfilled placeable in {}", r.text);
                    assert!(!r.subject.is_empty() || channel == TemplateChannel::Sms);
                }
            }
        }
    }
}

#[test]
fn defaults_pass_the_legal_lint_everywhere() {
    for lang in langs() {
        for step in LetterKind::all() {
            for channel in TemplateChannel::ALL {
                let report = lint::lint(None, step, channel, lang, catalog()).unwrap();
                assert!(report.passes(), "{lang} {step:?} {channel:?}: {:?}", report.problems());
            }
        }
    }
}

#[test]
fn defaults_rate_easy_on_lix_and_flesch() {
    for lang in ["sv", "nb", "nn", "da", "en"] {
        for step in LetterKind::all() {
            for channel in [TemplateChannel::Letter, TemplateChannel::Email] {
                let report = lint::lint(None, step, channel, lang, catalog()).unwrap();
                let figure = report.readability.expect("sv, nb, nn, da and en have a scale");
                let scale = if lang == "en" { Scale::FleschReadingEase } else { Scale::Lix };
                assert_eq!(figure.scale, scale);
                assert_eq!(
                    figure.rating,
                    Rating::Easy,
                    "{lang} {step:?} {channel:?}: {} {} ({} words, {} sentences)",
                    figure.score_text(),
                    figure.rating.code(),
                    figure.words,
                    figure.sentences
                );
            }
        }
    }
}

#[test]
fn the_se_demand_shows_every_item_the_law_asks_for() {
    let input = lint::sample(Jurisdiction::SE, StepKind::CollectionDemand, "sv");
    let r = template::render(&input, TemplateChannel::Letter, None, catalog()).unwrap();
    let text = markup::to_text(&r.blocks);
    for needle in [
        "Inkassokrav",
        "Exempelbolaget AB",
        "F-20261",
        "4\u{a0}711,00\u{a0}kr",
        "183,00\u{a0}kr",
        "10,50\u{a0}%",
        "2026-02-28",
        "2026-04-20",
        "Kronofogden",
        "4711000123",
        "https://pay.example.se/portal/login?code=K7Q2-M4XP",
    ] {
        assert!(text.contains(needle), "{needle:?} missing from\n{text}");
    }
}

#[test]
fn a_syntax_error_is_reported_with_line_and_column() {
    let key = TemplateKey { kind: StepKind::Reminder.into(), channel: TemplateChannel::Letter, lang: "sv".into() };
    let source = "# Påminnelse\n\nHej {{ debtor.name }}!\nAtt betala: {{ total }\n";
    let error = template::check(source, &key).unwrap_err();
    assert_eq!(error.line, 4, "{error}");
    assert!(error.column > 1, "{error}");
}

#[test]
fn an_unknown_variable_is_reported_with_line_column_and_name() {
    let key = TemplateKey { kind: StepKind::Reminder.into(), channel: TemplateChannel::Letter, lang: "en".into() };
    let source = "# Reminder\n\nDear {{ debtor.name }},\nyou owe {{ totl }}.\n";
    let error = template::check(source, &key).unwrap_err();
    assert_eq!((error.line, error.column), (4, 12), "{error}");
    assert!(error.message.contains("totl"), "{error}");
    let source = "# Reminder\n{{ debtor.nmae }}\n";
    let error = template::check(source, &key).unwrap_err();
    assert_eq!(error.line, 2, "{error}");
}

#[test]
fn templates_are_sandboxed() {
    let key = TemplateKey { kind: StepKind::Reminder.into(), channel: TemplateChannel::Letter, lang: "en".into() };
    // No loader: a template cannot pull in files.
    assert!(template::check("{% include \"/etc/passwd\" %}", &key).is_err());
    // Fuel: a template that would loop for ever stops.
    let error =
        template::check("{% for a in range(100000) %}{% for b in range(100000) %}x{% endfor %}{% endfor %}", &key)
            .unwrap_err();
    assert!(error.message.to_lowercase().contains("fuel"), "{error}");
    // A valid template sees the values it was given.
    assert!(template::check("# {{ creditor.name }}\n{{ total }}", &key).is_ok());
}

#[test]
fn a_template_lacking_legal_content_cannot_be_activated_and_the_error_names_it() {
    let source = "# Inkassokrav\n\nHej {{ debtor.name }}! Betala {{ total }} senast {{ deadline }} till {{ creditor.name }} \
                  för faktura {{ claim.invoice_number }}. OCR {{ pay.reference }}.\n";
    let key =
        TemplateKey { kind: StepKind::CollectionDemand.into(), channel: TemplateChannel::Letter, lang: "sv".into() };
    template::check(source, &key).expect("it is valid minijinja");
    let error = lint::check_activation(source, StepKind::CollectionDemand, TemplateChannel::Letter, "sv", catalog())
        .unwrap_err();
    let LintError::Missing(problems) = &error else { panic!("{error}") };
    let text = problems.join("\n");
    for wanted in ["principal", "interest rate", "dispute", "what happens"] {
        assert!(text.contains(wanted), "{wanted:?} not named in {text}");
    }
    let report =
        lint::lint(Some(source), StepKind::CollectionDemand, TemplateChannel::Letter, "sv", catalog()).unwrap();
    assert!(report.missing.contains(&(Jurisdiction::SE, Item::Principal)));
    assert!(report.missing.contains(&(Jurisdiction::SE, Item::Consequence)));
    assert!(!report.missing.contains(&(Jurisdiction::SE, Item::Deadline)));
    // A value shown only in a branch never taken does not count.
    let hidden = format!("{source}{{% if false %}}{{{{ legal.dispute }}}}{{% endif %}}\n");
    let report =
        lint::lint(Some(&hidden), StepKind::CollectionDemand, TemplateChannel::Letter, "sv", catalog()).unwrap();
    assert!(report.missing.contains(&(Jurisdiction::SE, Item::Dispute)));
}

#[test]
fn the_default_demand_activates_and_a_reminder_needs_less() {
    let source = template::default_source(StepKind::CollectionDemand.into(), TemplateChannel::Letter);
    for (step, lang) in
        [(StepKind::CollectionDemand, "sv"), (StepKind::PaymentDemand, "nb"), (StepKind::CollectionWarning, "en")]
    {
        lint::check_activation(source, step, TemplateChannel::Letter, lang, catalog()).unwrap();
    }
    let reminder = "# {{ t(\"title-reminder\") }}\n\n{{ creditor.name }}: {{ claim.invoice_number }}, {{ total }}, OCR {{ pay.reference }}.\n";
    lint::check_activation(reminder, StepKind::Reminder, TemplateChannel::Letter, "sv", catalog()).unwrap();
    let error = lint::check_activation(reminder, StepKind::PaymentDemand, TemplateChannel::Letter, "nb", catalog());
    assert!(error.is_err());
}

#[test]
fn a_language_without_letters_falls_back_to_the_creditors_language_and_says_so() {
    let mut input = lint::sample(Jurisdiction::NO, StepKind::Reminder, "xx");
    input.fallback_lang = "nb".into();
    let r = template::render(&input, TemplateChannel::Letter, None, catalog()).unwrap();
    assert_eq!(r.lang, "nb");
    assert!(r.subject.contains("Påminnelse"), "{}", r.subject);
    assert!(r.fallbacks.iter().any(|f| f.contains("xx → nb")), "{:?}", r.fallbacks);
    // The creditor's language also writes the amounts.
    assert!(r.text.contains("4\u{a0}711,00\u{a0}kr"), "{}", r.text);
}

#[test]
fn a_notice_template_is_checked_against_what_the_notice_must_say() {
    use domain::dunning::flows::FlowNotice;
    let key =
        TemplateKey { kind: FlowNotice::PlanConfirmation.into(), channel: TemplateChannel::Letter, lang: "sv".into() };
    let source = "# Din plan\n\n{{ creditor.name }}, faktura {{ claim.invoice_number }}: betala {{ pay.amount }}, OCR {{ pay.reference }}.\n";
    template::check(source, &key).expect("valid minijinja");
    let error = lint::check_activation(source, FlowNotice::PlanConfirmation, TemplateChannel::Letter, "sv", catalog())
        .unwrap_err();
    let LintError::Missing(problems) = &error else { panic!("{error}") };
    let text = problems.join("\n");
    assert!(text.contains("every instalment") && text.contains("plan fee"), "{text}");
    let with_schedule = format!(
        "{source}{{% for i in notice.schedule %}}| {{{{ i.due }}}} | {{{{ i.amount }}}} |\n{{% endfor %}}\nAvgift {{{{ notice.plan_fee }}}}.\n"
    );
    lint::check_activation(&with_schedule, FlowNotice::PlanConfirmation, TemplateChannel::Letter, "sv", catalog())
        .unwrap();
    // A notice's values are unknown to no template, and notice kinds have codes of their own.
    assert_eq!(LetterKind::from_code("plan_confirmation"), Some(LetterKind::Notice(FlowNotice::PlanConfirmation)));
    assert_eq!(LetterKind::from_code("reminder"), Some(LetterKind::Step(StepKind::Reminder)));
    assert_eq!(LetterKind::all().count(), 12);
    let answer = "{{ notice.answer }} {{ notice.promised }} {{ notice.lapses_after }} {{ notice.missed }}";
    let key = TemplateKey { kind: StepKind::Reminder.into(), channel: TemplateChannel::Sms, lang: "en".into() };
    template::check(answer, &key).unwrap();
}

#[test]
fn the_portal_link_has_one_format() {
    assert_eq!(
        messages::portal_link("https://pay.example.se/", "AB12"),
        "https://pay.example.se/portal/login?code=AB12"
    );
    let input = lint::sample(Jurisdiction::SE, StepKind::Reminder, "en");
    let sms = template::render(&input, TemplateChannel::Sms, None, catalog()).unwrap();
    assert!(sms.text.ends_with("https://pay.example.se/portal/login?code=K7Q2-M4XP"), "{}", sms.text);
}

/// Every variable `purr letters variables` lists can be used in a template of that kind, and the
/// notices list their own facts.
#[test]
fn every_listed_variable_works_in_a_template() {
    for kind in messages::LetterKind::all() {
        let vars = messages::template::variables(kind, "en");
        assert!(vars.iter().any(|(n, _)| n == "claim.invoice_number"), "{}: {vars:?}", kind.code());
        let key = TemplateKey { kind, channel: TemplateChannel::Letter, lang: "en".into() };
        for (name, _) in vars.iter().filter(|(n, _)| !n.contains("[]")) {
            let source = format!("# Title\n\n{{{{ {name} }}}}\n");
            assert!(messages::template::check(&source, &key).is_ok(), "{}: {name} is listed but unknown", kind.code());
        }
        let source = "# Title\n\n{% for line in lines %}{{ line.amount }}{% endfor %}\n";
        assert!(messages::template::check(source, &key).is_ok(), "lists loop as the hint says");
    }
    let unknown = messages::template::check(
        "{{ debtor.shoe_size }}",
        &TemplateKey { kind: StepKind::Reminder.into(), channel: TemplateChannel::Letter, lang: "en".into() },
    );
    assert!(unknown.unwrap_err().to_string().contains("purr letters variables"));
}

#[test]
fn merged_letters_render_everywhere_and_pass_the_lint() {
    for lang in langs() {
        for step in StepKind::ALL {
            for channel in TemplateChannel::ALL {
                for j in [Jurisdiction::SE, Jurisdiction::NO].into_iter().filter(|j| step.exists_in(*j)) {
                    let input = lint::merged_sample(j, step, lang);
                    let r = template::render(&input, channel, None, catalog()).unwrap();
                    assert!(r.fallbacks.is_empty(), "{lang} {step:?} {channel:?}: fell back for {:?}", r.fallbacks);
                    assert!(!r.text.contains('['), "{lang} {step:?} {channel:?}: unfilled message in {}", r.text);
                    assert!(!r.text.contains('{'), "{lang} {step:?} {channel:?}: unfilled placeable in {}", r.text);
                }
                let report = lint::lint_merged(None, step, channel, lang, catalog()).unwrap();
                assert!(report.passes(), "{lang} {step:?} {channel:?}: {:?}", report.problems());
            }
        }
    }
}

#[test]
fn merged_letters_rate_easy_on_lix_and_flesch() {
    for lang in ["sv", "nb", "nn", "da", "en"] {
        for step in StepKind::ALL {
            for channel in [TemplateChannel::Letter, TemplateChannel::Email] {
                let report = lint::lint_merged(None, step, channel, lang, catalog()).unwrap();
                let figure = report.readability.expect("sv, nb, nn, da and en have a scale");
                assert_eq!(figure.rating, Rating::Easy, "{lang} {step:?} {channel:?}: {}", figure.score_text());
            }
        }
    }
}

/// The merged letter lists every claim with its invoice, reference, breakdown and amount to pay,
/// then the total and the one deadline; a claim missing from it is caught by the lint.
#[test]
fn a_merged_letter_lists_each_claim_and_the_total() {
    let input = lint::merged_sample(Jurisdiction::SE, StepKind::CollectionDemand, "sv");
    assert_eq!(input.merged.len(), 3);
    let r = template::render(&input, TemplateChannel::Letter, None, catalog()).unwrap();
    let text = r.text.split_whitespace().collect::<Vec<_>>().join(" ");
    for part in &input.merged {
        for needle in [
            part.claim.invoice_number.clone(),
            part.payment.reference.clone(),
            messages::i18n::format_money("sv", part.principal),
            messages::i18n::format_money("sv", part.total()),
        ] {
            let needle = needle.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(text.contains(&needle), "{needle:?} not in the letter:\n{}", r.text);
        }
    }
    let total: i64 = input.merged.iter().map(|p| p.total().minor()).sum();
    assert_eq!(input.totals().len(), 1);
    assert_eq!(input.totals()[0].minor(), total);
    let total = input.totals_text("sv").split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains(&format!("Totalt att betala {total}")), "the total: {}", r.text);
    // The one deadline is the earliest of the claims'.
    let earliest = input.merged.iter().filter_map(|p| p.deadline).min().unwrap();
    assert_eq!(input.deadline, Some(earliest));
    assert!(text.contains(&messages::i18n::format_date("sv", earliest)));
    assert!(messages::pdf::payment_code(&input).unwrap().is_none(), "a code carries one reference");
    // A template written for one claim names only the first: the merged lint finds the others
    // missing (their invoices, principals, references).
    let single = template::default_source(StepKind::CollectionDemand.into(), TemplateChannel::Letter);
    let report =
        lint::lint_merged(Some(single), StepKind::CollectionDemand, TemplateChannel::Letter, "sv", catalog()).unwrap();
    for item in [Item::ClaimBasis, Item::Principal, Item::PaymentReference, Item::Total] {
        assert!(report.missing.contains(&(Jurisdiction::SE, item)), "{item:?}: {:?}", report.problems());
    }
}
