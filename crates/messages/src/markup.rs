//! The small markup a letter template renders to, and its three outputs: PDF blocks, plain text
//! and HTML.
//!
//! A template writes lines. `# text` is a heading; `| a | b |` is a table row and `|= a | b |` a
//! total row (drawn bold, with a rule above); any other non-empty lines form a paragraph, joined
//! with spaces until an empty line. That is all: a creditor editing a template cannot place
//! anything outside the letter's frame, and the same text becomes the PDF, the e-mail's text
//! part and its HTML part.

/// One block of a letter's body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Heading(String),
    Paragraph(String),
    Row { cells: Vec<String>, total: bool },
}

/// Reads rendered template text into blocks.
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let flush = |paragraph: &mut Vec<&str>, blocks: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph(paragraph.join(" ")));
            paragraph.clear();
        }
    };
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            flush(&mut paragraph, &mut blocks);
        } else if let Some(heading) = line.strip_prefix("# ") {
            flush(&mut paragraph, &mut blocks);
            blocks.push(Block::Heading(heading.trim().to_string()));
        } else if let Some(row) = line.strip_prefix('|') {
            flush(&mut paragraph, &mut blocks);
            let (total, body) = match row.strip_prefix('=') {
                Some(rest) => (true, rest),
                None => (false, row),
            };
            let body = body.strip_suffix('|').unwrap_or(body);
            let cells = body.split('|').map(|c| c.trim().to_string()).collect();
            blocks.push(Block::Row { cells, total });
        } else {
            paragraph.push(line);
        }
    }
    flush(&mut paragraph, &mut blocks);
    blocks
}

/// The prose of a letter (paragraphs only), for the readability figure.
pub fn prose(blocks: &[Block]) -> String {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::Paragraph(p) => Some(p.as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Plain text: headings on their own line, table rows with the label column padded so the
/// amounts line up, paragraphs wrapped at 72 characters.
pub fn to_text(blocks: &[Block]) -> String {
    let label_width = blocks
        .iter()
        .filter_map(|b| if let Block::Row { cells, .. } = b { cells.first() } else { None })
        .map(|c| c.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    let mut previous_row = false;
    for block in blocks {
        match block {
            Block::Heading(h) => {
                if !out.is_empty() {
                    out.push('\n');
                }
                out.push_str(h);
                out.push('\n');
                previous_row = false;
            }
            Block::Paragraph(p) => {
                if !out.is_empty() {
                    out.push('\n');
                }
                out.push_str(&wrap(p, 72).join("\n"));
                out.push('\n');
                previous_row = false;
            }
            Block::Row { cells, .. } => {
                if !previous_row && !out.is_empty() {
                    out.push('\n');
                }
                let mut line = String::new();
                for (i, cell) in cells.iter().enumerate() {
                    if i == 0 {
                        line.push_str(cell);
                        line.extend(std::iter::repeat_n(' ', label_width.saturating_sub(cell.chars().count()) + 2));
                    } else {
                        line.push_str(cell);
                        line.push_str("  ");
                    }
                }
                out.push_str(line.trim_end());
                out.push('\n');
                previous_row = true;
            }
        }
    }
    out
}

/// Greedy word wrap at `width` characters.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in words(text) {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Words for wrapping: split at ordinary spaces only, so a no-break space (in "4 711,00 kr" or
/// "10,50 %") keeps its parts on one line.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split([' ', '\t', '\n', '\r']).filter(|w| !w.is_empty())
}

/// Escapes text for HTML element content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// HTML for an e-mail: a heading per heading, a table per run of rows, a paragraph per
/// paragraph, links made clickable. Everything is escaped; nothing of the template reaches the
/// HTML as markup.
pub fn to_html(blocks: &[Block], lang: &str, title: &str) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head><meta charset=\"utf-8\"><title>{}</title></head>\n\
         <body style=\"font-family: DejaVu Sans, Arial, sans-serif; font-size: 16px; line-height: 1.5; max-width: 40em\">\n",
        escape_html(lang),
        escape_html(title)
    );
    let mut in_table = false;
    for block in blocks {
        let is_row = matches!(block, Block::Row { .. });
        if in_table && !is_row {
            out.push_str("</table>\n");
            in_table = false;
        }
        match block {
            Block::Heading(h) => out.push_str(&format!("<h2>{}</h2>\n", escape_html(h))),
            Block::Paragraph(p) => out.push_str(&format!("<p>{}</p>\n", linkify(p))),
            Block::Row { cells, total } => {
                if !in_table {
                    out.push_str("<table style=\"border-collapse: collapse\">\n");
                    in_table = true;
                }
                let style = if *total { " style=\"font-weight: bold; border-top: 1px solid #000\"" } else { "" };
                out.push_str(&format!("<tr{style}>"));
                for (i, cell) in cells.iter().enumerate() {
                    let align = if i + 1 == cells.len() && i > 0 {
                        " style=\"text-align: right; padding-left: 2em\""
                    } else {
                        ""
                    };
                    out.push_str(&format!("<td{align}>{}</td>", escape_html(cell)));
                }
                out.push_str("</tr>\n");
            }
        }
    }
    if in_table {
        out.push_str("</table>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// Escapes a paragraph and turns `http(s)://` words into links.
fn linkify(text: &str) -> String {
    text.split(' ')
        .map(|word| {
            let trimmed = word.trim_end_matches(['.', ',', ')', ';']);
            if trimmed.starts_with("https://") || trimmed.starts_with("http://") {
                let rest = &word[trimmed.len()..];
                format!("<a href=\"{0}\">{0}</a>{1}", escape_html(trimmed), escape_html(rest))
            } else {
                escape_html(word)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
