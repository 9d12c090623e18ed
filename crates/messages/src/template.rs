//! Letter templates: Purr's defaults and a creditor's own, checked when saved and rendered
//! sandboxed.
//!
//! A template is minijinja text in the small markup of [`crate::markup`]. It is keyed by
//! (kind, channel, language), the kind being a dunning step or a case flow's notice
//! ([`LetterKind`]); a creditor's template for a key replaces Purr's default for that key (the
//! store keeps them, table `letter_templates`). Purr's defaults in `data/templates` are one per
//! channel for the steps, one per channel for the notices and one per channel for merged letters
//! (several claims of one debtor, [`merged_source`]), written in no language: every
//! sentence is `t("message-id")`, looked up in the Fluent catalog (`locales/<lang>/letters.ftl`)
//! with the letter's values as arguments, so one default serves every language the catalog has.
//!
//! Sandboxed: a template sees only the context built from [`crate::LetterInput`] and the `t`
//! function; there is no loader (no `include` of files), a fuel limit stops runaway loops, and
//! undefined names are errors (strict mode) rather than empty text. [`check`] parses a template and
//! renders it against a full sample context, so a syntax error or an unknown variable is
//! reported with its line and column when the creditor saves it, not when a letter is due.

use crate::letter::{LetterInput, LetterKind, Translator, standard_args};
use crate::markup::{self, Block};
use crate::{RenderError, i18n};
use domain::Channel;
use minijinja::value::Serde;
use minijinja::{Environment, UndefinedBehavior, Value};
use std::sync::{Arc, Mutex};

/// The channels a template is written for. A letter's template also makes the PDF for the
/// e-box and the PDF attached to e-mails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TemplateChannel {
    Letter,
    Email,
    Sms,
}

impl TemplateChannel {
    pub const ALL: [TemplateChannel; 3] = [TemplateChannel::Letter, TemplateChannel::Email, TemplateChannel::Sms];

    pub fn code(self) -> &'static str {
        match self {
            TemplateChannel::Letter => "letter",
            TemplateChannel::Email => "email",
            TemplateChannel::Sms => "sms",
        }
    }

    pub fn from_code(code: &str) -> Option<TemplateChannel> {
        TemplateChannel::ALL.into_iter().find(|c| c.code() == code.trim().to_ascii_lowercase())
    }

    /// The template a delivery channel uses.
    pub fn for_channel(channel: Channel) -> TemplateChannel {
        match channel {
            Channel::Letter | Channel::Ebox => TemplateChannel::Letter,
            Channel::Email => TemplateChannel::Email,
            Channel::Sms => TemplateChannel::Sms,
        }
    }
}

/// Which template: step or notice, channel and the language it is written in.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TemplateKey {
    pub kind: LetterKind,
    pub channel: TemplateChannel,
    pub lang: String,
}

/// A template that does not parse or does not render: where and what.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}, column {column}: {message}")]
pub struct TemplateError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

const DEFAULT_LETTER: &str = include_str!("../../../data/templates/letter.j2");
const DEFAULT_EMAIL: &str = include_str!("../../../data/templates/email.j2");
const DEFAULT_SMS: &str = include_str!("../../../data/templates/sms.j2");
const NOTICE_LETTER: &str = include_str!("../../../data/templates/notice-letter.j2");
const NOTICE_EMAIL: &str = include_str!("../../../data/templates/notice-email.j2");
const NOTICE_SMS: &str = include_str!("../../../data/templates/notice-sms.j2");
const MERGED_LETTER: &str = include_str!("../../../data/templates/merged-letter.j2");
const MERGED_EMAIL: &str = include_str!("../../../data/templates/merged-email.j2");
const MERGED_SMS: &str = include_str!("../../../data/templates/merged-sms.j2");

/// Purr's default template for a step or notice on a channel.
pub fn default_source(kind: LetterKind, channel: TemplateChannel) -> &'static str {
    match (kind, channel) {
        (LetterKind::Step(_), TemplateChannel::Letter) => DEFAULT_LETTER,
        (LetterKind::Step(_), TemplateChannel::Email) => DEFAULT_EMAIL,
        (LetterKind::Step(_), TemplateChannel::Sms) => DEFAULT_SMS,
        (LetterKind::Notice(_), TemplateChannel::Letter) => NOTICE_LETTER,
        (LetterKind::Notice(_), TemplateChannel::Email) => NOTICE_EMAIL,
        (LetterKind::Notice(_), TemplateChannel::Sms) => NOTICE_SMS,
    }
}

/// Purr's default template for a merged letter (case merging: several claims of one debtor in
/// one letter) on a channel. Merged letters always use it: a creditor's own templates are written
/// for one claim.
pub fn merged_source(channel: TemplateChannel) -> &'static str {
    match channel {
        TemplateChannel::Letter => MERGED_LETTER,
        TemplateChannel::Email => MERGED_EMAIL,
        TemplateChannel::Sms => MERGED_SMS,
    }
}

/// The most a render may spend (minijinja fuel): far above what any letter needs, low enough to
/// stop a loop that would never end.
const FUEL: u64 = 200_000;

fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

fn template_error(source: &str, error: &minijinja::Error) -> TemplateError {
    let (line, column) = match error.range() {
        Some(range) => line_col(source, range.start),
        None => (error.line().unwrap_or(1), 1),
    };
    let mut message = error.detail().map_or_else(|| error.kind().to_string(), str::to_string);
    if error.kind() == minijinja::ErrorKind::UndefinedError {
        let name = error.range().and_then(|r| source.get(r)).unwrap_or("").trim();
        message = if name.is_empty() {
            "unknown variable".to_string()
        } else {
            format!("unknown variable `{name}` (see `purr letters variables` for what a template can use)")
        };
    }
    TemplateError { line, column, message }
}

fn environment(tr: Option<Arc<Translator<'static>>>, args: Arc<Mutex<i18n::Args>>) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_debug(true);
    env.set_fuel(Some(FUEL));
    // Output is markup, not HTML: escaping happens when the HTML part is made.
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
    env.add_function("t", move |id: String| -> Result<String, minijinja::Error> {
        match &tr {
            Some(tr) => {
                let args = args
                    .lock()
                    .map_err(|_| minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, "poisoned"))?;
                Ok(tr.text(&id, &args))
            }
            None => Ok(format!("[{id}]")),
        }
    });
    env
}

/// Parses and dry-renders `source` against a full sample letter for `key`. `Ok` means the
/// template can be saved; whether it can be activated is [`crate::lint`]'s question.
pub fn check(source: &str, key: &TemplateKey) -> Result<(), TemplateError> {
    let env = environment(None, Arc::new(Mutex::new(i18n::Args::new())));
    let template = env.template_from_str(source).map_err(|e| template_error(source, &e))?;
    let catalog = i18n::Catalog::builtin();
    for sample in crate::lint::samples(key.kind, &key.lang) {
        let tr = Translator::new(catalog, &key.lang, &key.lang);
        let context = Value::from(Serde(sample.context(&tr)));
        template.render(context).map_err(|e| template_error(source, &e))?;
    }
    Ok(())
}

/// What a template for `kind` can use: each variable's path (`claim.invoice_number`,
/// `lines[].amount`) with its value in Purr's sample letter in `lang`, sorted by path. Besides
/// these, a template has the function `t("message-id")` for the catalog's sentences.
pub fn variables(kind: LetterKind, lang: &str) -> Vec<(String, String)> {
    let tr = Translator::new(i18n::Catalog::builtin(), lang, lang);
    let mut out = Vec::new();
    if let Some(sample) = crate::lint::samples(kind, lang).into_iter().next() {
        flatten("", &sample.context(&tr), &mut out);
    }
    out
}

fn flatten(path: &str, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
    use serde_json::Value as J;
    let child = |key: &str| if path.is_empty() { key.to_string() } else { format!("{path}.{key}") };
    match value {
        J::Object(map) => map.iter().for_each(|(k, v)| flatten(&child(k), v, out)),
        J::Array(items) => match items.first() {
            Some(first) => flatten(&format!("{path}[]"), first, out),
            None => out.push((format!("{path}[]"), "(empty in the sample)".into())),
        },
        J::String(text) => out.push((path.to_string(), text.clone())),
        other => out.push((path.to_string(), other.to_string())),
    }
}

/// A rendered message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The language the texts are in (the wanted one, or the creditor's default).
    pub lang: String,
    /// The first heading: the letter's title and the e-mail's subject.
    pub subject: String,
    pub blocks: Vec<Block>,
    /// The body as plain text (the SMS text, the e-mail's text part).
    pub text: String,
    /// Message ids the wanted language lacked, and the language used instead. The caller logs them.
    pub fallbacks: Vec<String>,
}

/// Renders one message of `input` with `source` (a creditor's template) or Purr's default (for a
/// merged letter, [`merged_source`]).
pub fn render(
    input: &LetterInput,
    channel: TemplateChannel,
    source: Option<&str>,
    catalog: &'static i18n::Catalog,
) -> Result<Rendered, RenderError> {
    let source = source.unwrap_or_else(|| {
        if input.is_merged() { merged_source(channel) } else { default_source(input.kind, channel) }
    });
    let tr = Arc::new(Translator::new(catalog, &input.lang, &input.fallback_lang));
    let lang = tr.format_lang().to_string();
    let args = Arc::new(Mutex::new(standard_args(input, &lang)));
    let context = Value::from(Serde(input.context(&tr)));
    let env = environment(Some(tr.clone()), args);
    let template = env.template_from_str(source).map_err(|e| template_error(source, &e))?;
    let output = template.render(context).map_err(|e| template_error(source, &e))?;
    let blocks = markup::parse(&output);
    let (subject, body): (String, Vec<Block>) = match blocks.split_first() {
        Some((Block::Heading(h), rest)) if channel == TemplateChannel::Email => (h.clone(), rest.to_vec()),
        Some((Block::Heading(h), _)) => (h.clone(), blocks.clone()),
        _ => (String::new(), blocks.clone()),
    };
    let text = match channel {
        TemplateChannel::Sms => body
            .iter()
            .map(|b| match b {
                Block::Heading(t) | Block::Paragraph(t) => t.clone(),
                Block::Row { cells, .. } => cells.join(" "),
            })
            .collect::<Vec<_>>()
            .join("\n"),
        _ => markup::to_text(&body),
    };
    Ok(Rendered { lang, subject, blocks: body, text, fallbacks: tr.take_fallbacks() })
}
