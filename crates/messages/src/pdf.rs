//! PDF letters: A4, the address placed for a window envelope, the rendered template as the body,
//! and a payment QR code, with DejaVu Sans embedded (krilla subsets it into each file).
//!
//! Geometry, in millimetres from the page's top-left corner: the creditor's letterhead at 20/15;
//! the date and references at 120/15; the debtor's address at 20/47, at most five lines of 10 pt
//! (22 mm tall, 85 mm wide), which shows through the left window of a C5 envelope (window
//! about 15–120 mm from the left, 44–79 mm from the top) and of a DL/E65 one (40–70 mm); the body
//! from 95 mm down, 170 mm wide, with new pages as needed; the QR code after the body.
//!
//! Right-to-left languages (Arabic, Persian) are not written into PDFs. krilla shapes Arabic with
//! DejaVu Sans's glyphs, but each line is drawn as one run, left-aligned, without the Unicode
//! bidirectional algorithm: names, amounts and references inside an Arabic line come out reversed
//! (pdftotext reads `F-20261` back as `16202-F`). Their PDFs are written in the creditor's
//! language instead ([`pdf_lang`], the fallback reported like a missing translation); their
//! e-mails and SMS use the translation.
//!
//! Layout works in PDF points (f32). These are positions on paper, never money: amounts arrive
//! here as finished text.
#![allow(clippy::float_arithmetic)]

use crate::letter::LetterInput;
use crate::markup::{Block, wrap};
use crate::qr::{self, QrMatrix};
use crate::template::{Rendered, TemplateChannel};
use crate::{RenderError, i18n};
use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};

static REGULAR: &[u8] = include_bytes!("../../../data/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../../data/fonts/DejaVuSans-Bold.ttf");

const MM: f32 = 72.0 / 25.4;
const PAGE_W: f32 = 210.0 * MM;
const PAGE_H: f32 = 297.0 * MM;
const LEFT: f32 = 20.0 * MM;
const RIGHT: f32 = 190.0 * MM;
const BODY_TOP: f32 = 95.0 * MM;
const BOTTOM: f32 = 275.0 * MM;
const TOP_NEXT: f32 = 20.0 * MM;
/// Where the address window's first line sits (its baseline), and its widest line.
pub const ADDRESS_X_MM: f32 = 20.0;
pub const ADDRESS_TOP_MM: f32 = 47.0;
const ADDRESS_W: f32 = 85.0 * MM;
const QR_SIZE: f32 = 32.0 * MM;

/// A font with the widths needed to wrap and right-align text.
struct Face {
    font: Font,
    face: ttf_parser::Face<'static>,
}

impl Face {
    fn load(bytes: &'static [u8]) -> Result<Face, RenderError> {
        let font =
            Font::new(bytes.into(), 0).ok_or_else(|| RenderError::Pdf("the embedded font does not load".into()))?;
        let face = ttf_parser::Face::parse(bytes, 0).map_err(|e| RenderError::Pdf(format!("font: {e}")))?;
        Ok(Face { font, face })
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        let per_em = f32::from(self.face.units_per_em());
        let units: f32 = text
            .chars()
            .map(|c| {
                self.face.glyph_index(c).and_then(|g| self.face.glyph_hor_advance(g)).map_or(per_em / 2.0, f32::from)
            })
            .sum();
        units * size / per_em
    }

    /// Wraps `text` to lines no wider than `width` points.
    fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in crate::markup::words(text) {
            let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
            if !line.is_empty() && self.width(&candidate, size) > width {
                lines.push(std::mem::replace(&mut line, word.to_string()));
            } else {
                line = candidate;
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }
}

struct Fonts {
    regular: Face,
    bold: Face,
}

fn black() -> Fill {
    Fill { paint: rgb::Color::new(0, 0, 0).into(), opacity: NormalizedF32::ONE, rule: Default::default() }
}

fn grey() -> Fill {
    Fill { paint: rgb::Color::new(90, 90, 90).into(), opacity: NormalizedF32::ONE, rule: Default::default() }
}

fn text(surface: &mut Surface<'_>, face: &Face, size: f32, x: f32, y: f32, s: &str) {
    surface.draw_text(Point::from_xy(x, y), face.font.clone(), size, s, false, TextDirection::Auto);
}

fn rule(surface: &mut Surface<'_>, x1: f32, x2: f32, y: f32) {
    let mut pb = PathBuilder::new();
    pb.move_to(x1, y);
    pb.line_to(x2, y);
    if let Some(path) = pb.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke { paint: rgb::Color::new(0, 0, 0).into(), width: 0.6, ..Default::default() }));
        surface.draw_path(&path);
        surface.set_stroke(None);
        surface.set_fill(Some(black()));
    }
}

fn draw_qr(surface: &mut Surface<'_>, matrix: &QrMatrix, x: f32, y: f32, size: f32) {
    // A quiet zone of four modules on each side, as QR readers expect.
    let module = size / (matrix.width + 8) as f32;
    let mut pb = PathBuilder::new();
    for row in 0..matrix.width {
        for col in 0..matrix.width {
            if matrix.is_dark(col, row)
                && let Some(rect) =
                    Rect::from_xywh(x + (col + 4) as f32 * module, y + (row + 4) as f32 * module, module, module)
            {
                pb.push_rect(rect);
            }
        }
    }
    if let Some(path) = pb.finish() {
        surface.set_fill(Some(black()));
        surface.draw_path(&path);
    }
}

/// One page being written; starts a new page when the body runs past the bottom margin.
struct Writer<'d> {
    doc: &'d mut Document,
    pages: Vec<Vec<Op>>,
    y: f32,
}

/// A drawing operation, collected first so pages can be emitted one after another.
enum Op {
    Text { bold: bool, size: f32, x: f32, y: f32, s: String, grey: bool },
    Rule { x1: f32, x2: f32, y: f32 },
    Qr { matrix: QrMatrix, x: f32, y: f32, size: f32 },
}

impl Writer<'_> {
    fn current(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        self.pages.last_mut().expect("a page")
    }

    /// Makes room for `height` points, starting a new page when needed.
    fn need(&mut self, height: f32) {
        if self.y + height > BOTTOM {
            self.pages.push(Vec::new());
            self.y = TOP_NEXT;
        }
    }

    fn push(&mut self, op: Op) {
        self.current().push(op);
    }

    fn finish(self, fonts: &Fonts, footer: &str) -> Result<(), RenderError> {
        let count = self.pages.len();
        for (i, ops) in self.pages.into_iter().enumerate() {
            let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or_else(|| RenderError::Pdf("page size".into()))?;
            let mut page = self.doc.start_page_with(settings);
            let mut surface = page.surface();
            surface.set_fill(Some(black()));
            for op in ops {
                match op {
                    Op::Text { bold, size, x, y, s, grey: g } => {
                        surface.set_fill(Some(if g { grey() } else { black() }));
                        text(&mut surface, if bold { &fonts.bold } else { &fonts.regular }, size, x, y, &s);
                        surface.set_fill(Some(black()));
                    }
                    Op::Rule { x1, x2, y } => rule(&mut surface, x1, x2, y),
                    Op::Qr { matrix, x, y, size } => draw_qr(&mut surface, &matrix, x, y, size),
                }
            }
            surface.set_fill(Some(grey()));
            let foot = format!("{footer}   {}/{count}", i + 1);
            text(&mut surface, &fonts.regular, 7.5, LEFT, 287.0 * MM, &foot);
            surface.finish();
            page.finish();
        }
        Ok(())
    }
}

/// The payment code the letter carries, if any: Swish for Swedish consumers paying SEK, EPC for EUR;
/// for the amount to pay now ([`LetterInput::pay_now`]).
pub fn payment_code(input: &LetterInput) -> Result<Option<(&'static str, String)>, RenderError> {
    if input.wants_swish()
        && let Some(number) = &input.payment.swish_number
    {
        return Ok(Some(("Swish", qr::swish_payload(number, input.pay_now(), &input.payment.reference)?)));
    }
    if input.wants_epc()
        && let Some(iban) = &input.payment.iban
    {
        let payload = qr::epc_payload(
            input.payment.bic.as_deref(),
            &input.creditor.name,
            iban,
            input.pay_now(),
            &input.payment.reference,
        )?;
        return Ok(Some(("EPC", payload)));
    }
    Ok(None)
}

/// Whether PDFs are written in `lang`: every left-to-right language Purr knows.
pub fn writes(lang: &str) -> bool {
    i18n::find_locale(lang).is_none_or(|l| l.direction == i18n::Direction::Ltr)
}

/// The language a letter's PDF is written in: the wanted one when [`writes`] allows it, else the
/// creditor's default. Fetch the creditor's template for this language.
pub fn pdf_lang(input: &LetterInput) -> &str {
    if writes(&input.lang) || !writes(&input.fallback_lang) { &input.lang } else { &input.fallback_lang }
}

/// Renders `input`'s letter template (`source`, or Purr's default) and lays it out as a PDF, in
/// [`pdf_lang`]; a switch of language is the first of the returned fallbacks.
pub fn letter(
    input: &LetterInput,
    source: Option<&str>,
    catalog: &'static i18n::Catalog,
) -> Result<(Rendered, Vec<u8>), RenderError> {
    let lang = pdf_lang(input);
    let switched = (lang != input.lang).then(|| LetterInput { lang: lang.to_string(), ..input.clone() });
    let used = switched.as_ref().unwrap_or(input);
    let mut rendered = crate::template::render(used, TemplateChannel::Letter, source, catalog)?;
    if switched.is_some() {
        let note = format!("pdf: {} → {lang} (right-to-left text is not laid out in PDFs)", input.lang);
        rendered.fallbacks.insert(0, note);
    }
    let bytes = render(used, &rendered)?;
    Ok((rendered, bytes))
}

/// The letter as PDF bytes. `rendered` is the letter template's output for `input`.
pub fn render(input: &LetterInput, rendered: &Rendered) -> Result<Vec<u8>, RenderError> {
    let fonts = Fonts { regular: Face::load(REGULAR)?, bold: Face::load(BOLD)? };
    let lang = rendered.lang.as_str();
    let mut doc = Document::new();
    doc.set_metadata(
        krilla::metadata::Metadata::new()
            .title(rendered.subject.clone())
            .language(lang.to_string())
            .creator("Purr".to_string())
            .creation_date(
                krilla::metadata::DateTime::new(u16::try_from(input.date.year()).unwrap_or(2000))
                    .month(u8::try_from(input.date.month()).unwrap_or(1))
                    .day(u8::try_from(input.date.day()).unwrap_or(1)),
            ),
    );
    let mut w = Writer { doc: &mut doc, pages: Vec::new(), y: BODY_TOP };

    // Letterhead.
    let mut y = 15.0 * MM + 10.0;
    w.push(Op::Text { bold: true, size: 12.0, x: LEFT, y, s: input.creditor.name.clone(), grey: false });
    y += 11.0;
    let mut head: Vec<String> = input.creditor.address_lines.clone();
    if !input.creditor.org_number.is_empty() {
        head.push(input.creditor.org_number.clone());
    }
    head.extend(input.creditor.email.iter().cloned());
    head.extend(input.creditor.phone.iter().cloned());
    for line in head.iter().take(5) {
        w.push(Op::Text { bold: false, size: 8.0, x: LEFT, y, s: line.clone(), grey: true });
        y += 9.5;
    }
    // Date and references, top right.
    let mut y = 15.0 * MM + 10.0;
    // A merged letter's invoices and references are in its body, one per claim.
    let meta = if input.is_merged() {
        vec![i18n::format_date(lang, input.date)]
    } else {
        vec![i18n::format_date(lang, input.date), input.claim.invoice_number.clone(), input.payment.reference.clone()]
    };
    for line in meta.iter().filter(|l| !l.is_empty()) {
        w.push(Op::Text { bold: false, size: 9.0, x: 120.0 * MM, y, s: line.clone(), grey: false });
        y += 11.0;
    }
    // The address window.
    let mut y = ADDRESS_TOP_MM * MM;
    let mut address = vec![input.debtor.name.clone()];
    address.extend(input.debtor.address_lines.iter().cloned());
    for line in address.iter().take(5) {
        let fitted = fit(&fonts.regular, line, 10.0, ADDRESS_W);
        w.push(Op::Text { bold: false, size: 10.0, x: ADDRESS_X_MM * MM, y, s: fitted, grey: false });
        y += 12.0;
    }

    // Body.
    w.y = BODY_TOP;
    let width = RIGHT - LEFT;
    for (i, block) in rendered.blocks.iter().enumerate() {
        match block {
            Block::Heading(h) => {
                let size = if i == 0 { 15.0 } else { 11.5 };
                let lines = fonts.bold.wrap(h, size, width);
                w.need(size * 1.5 * lines.len() as f32 + 6.0);
                for line in lines {
                    w.y += size * 1.3;
                    let y = w.y;
                    w.push(Op::Text { bold: true, size, x: LEFT, y, s: line, grey: false });
                }
                w.y += 6.0;
            }
            Block::Paragraph(p) => {
                let lines = fonts.regular.wrap(p, 10.0, width);
                w.need(13.0 * lines.len().min(3) as f32);
                for line in lines {
                    w.need(13.0);
                    w.y += 13.0;
                    let y = w.y;
                    w.push(Op::Text { bold: false, size: 10.0, x: LEFT, y, s: line, grey: false });
                }
                w.y += 7.0;
            }
            Block::Row { cells, total } => {
                let face = if *total { &fonts.bold } else { &fonts.regular };
                w.need(15.0);
                if *total {
                    w.y += 3.0;
                    let y = w.y;
                    w.push(Op::Rule { x1: LEFT, x2: RIGHT, y });
                }
                w.y += 13.0;
                let y = w.y;
                let n = cells.len();
                for (c, cell) in cells.iter().enumerate() {
                    if c == 0 {
                        let s = fit(face, cell, 10.0, width * 0.62);
                        w.push(Op::Text { bold: *total, size: 10.0, x: LEFT, y, s, grey: false });
                    } else if c + 1 == n {
                        let x = RIGHT - face.width(cell, 10.0);
                        w.push(Op::Text { bold: *total, size: 10.0, x, y, s: cell.clone(), grey: false });
                    } else {
                        let x = LEFT + width * 0.64;
                        w.push(Op::Text { bold: *total, size: 10.0, x, y, s: cell.clone(), grey: false });
                    }
                }
                if !matches!(rendered.blocks.get(i + 1), Some(Block::Row { .. })) {
                    w.y += 8.0;
                }
            }
        }
    }

    // The payment code, with a caption.
    if let Some((kind, payload)) = payment_code(input)? {
        let matrix = qr::encode(&payload)?;
        w.need(QR_SIZE + 20.0);
        w.y += 6.0;
        let top = w.y;
        w.push(Op::Qr { matrix, x: LEFT, y: top, size: QR_SIZE });
        let caption = i18n::Catalog::builtin()
            .text(lang, &format!("qr-caption-{}", kind.to_ascii_lowercase()), &i18n::Args::new())
            .text;
        for (k, line) in wrap(&caption, 60).into_iter().enumerate() {
            w.push(Op::Text {
                bold: k == 0,
                size: 9.0,
                x: LEFT + QR_SIZE + 6.0 * MM,
                y: top + 4.0 * MM + 11.0 * k as f32,
                s: line,
                grey: false,
            });
        }
        w.y = top + QR_SIZE;
    }

    let footer = format!("{} · {}", input.creditor.name, input.creditor.org_number);
    w.finish(&fonts, &footer)?;
    doc.finish().map_err(|e| RenderError::Pdf(format!("{e:?}")))
}

/// Cuts `s` with an ellipsis so it fits `width` points.
fn fit(face: &Face, s: &str, size: f32, width: f32) -> String {
    if face.width(s, size) <= width {
        return s.to_string();
    }
    let mut out: String = s.to_string();
    while !out.is_empty() && face.width(&format!("{out}…"), size) > width {
        out.pop();
    }
    format!("{out}…")
}
