//! Tests of the law engine: data-driven worked examples, calendars, tables, rules and properties.

mod calendar;
mod properties;
mod reasons;
mod rules;
mod scenarios;
mod tables;

use domain::law::{Lang, Reason};

/// Every reason must render in every language with all of its placeholders filled.
pub(crate) fn assert_renders(reasons: &[Reason]) {
    for r in reasons {
        for lang in Lang::ALL {
            let text = r.render(lang);
            assert!(!text.contains('{'), "{} in {:?} leaves a placeholder: {text}", r.rule_id(), lang);
            assert!(!text.is_empty());
        }
    }
}

pub(crate) fn date(text: &str) -> jiff::civil::Date {
    text.parse().unwrap()
}
