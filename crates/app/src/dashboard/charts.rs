//! Charts drawn as SVG on the server: vertical bars (ageing, cure rates) and a line (recovery
//! curve). Each SVG has a title and a description for screen readers; the page puts a table
//! with the same numbers next to every chart, which is the chart's text alternative. Colours
//! meet a 3:1 contrast against white, and values are printed on the chart, so nothing depends
//! on colour alone.

use std::fmt::Write;

const W: i64 = 560;
const H: i64 = 240;
const LEFT: i64 = 40;
const BOTTOM: i64 = 40;
const TOP: i64 = 24;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn open(out: &mut String, id: &str, title: &str, desc: &str) {
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="100%" role="img" aria-labelledby="{id}-t {id}-d" class="chart"><title id="{id}-t">{}</title><desc id="{id}-d">{}</desc>"##,
        escape(title),
        escape(desc)
    );
    let _ =
        write!(out, r##"<line x1="{LEFT}" y1="{}" x2="{}" y2="{}" stroke="#333" />"##, H - BOTTOM, W - 8, H - BOTTOM);
}

/// Bars with a label under each and the value's text above it. `values` are plotted against the
/// largest of them; `shown` is the text printed for each.
pub fn bars(id: &str, title: &str, desc: &str, items: &[(String, i64, String)]) -> String {
    let mut out = String::new();
    open(&mut out, id, title, desc);
    let max = items.iter().map(|(_, v, _)| *v).max().unwrap_or(0).max(1);
    let n = items.len().max(1) as i64;
    let slot = (W - LEFT - 8) / n;
    let plot = H - BOTTOM - TOP;
    for (i, (label, value, shown)) in items.iter().enumerate() {
        let h = i64::try_from(i128::from((*value).max(0)) * i128::from(plot) / i128::from(max)).unwrap_or(plot);
        let x = LEFT + i as i64 * slot + slot / 6;
        let w = slot * 2 / 3;
        let y = H - BOTTOM - h;
        let _ = write!(
            out,
            r##"<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="#1f5f8b"><title>{}: {}</title></rect><text x="{}" y="{}" text-anchor="middle" font-size="12" fill="#111">{}</text><text x="{}" y="{}" text-anchor="middle" font-size="12" fill="#111">{}</text>"##,
            escape(label),
            escape(shown),
            x + w / 2,
            y - 4,
            escape(shown),
            x + w / 2,
            H - BOTTOM + 16,
            escape(label)
        );
    }
    out.push_str("</svg>");
    out
}

/// A line through points (label, per-mille or none); missing points break the line.
pub fn line(id: &str, title: &str, desc: &str, points: &[(String, Option<i64>, String)]) -> String {
    let mut out = String::new();
    open(&mut out, id, title, desc);
    let plot = H - BOTTOM - TOP;
    let max = points.iter().filter_map(|(_, v, _)| *v).max().unwrap_or(0).max(1000);
    let n = points.len().max(1) as i64;
    let slot = (W - LEFT - 8) / n;
    for pct in [0, 50, 100] {
        let y = H - BOTTOM - pct * 10 * plot / max;
        let _ = write!(
            out,
            r##"<line x1="{LEFT}" y1="{y}" x2="{}" y2="{y}" stroke="#bbb" stroke-dasharray="4 4" /><text x="{}" y="{}" text-anchor="end" font-size="11" fill="#111">{pct} %</text>"##,
            W - 8,
            LEFT - 4,
            y + 4
        );
    }
    let mut path = String::new();
    for (i, (label, value, shown)) in points.iter().enumerate() {
        let x = LEFT + i as i64 * slot + slot / 2;
        let _ = write!(
            out,
            r##"<text x="{x}" y="{}" text-anchor="middle" font-size="12" fill="#111">{}</text>"##,
            H - BOTTOM + 16,
            escape(label)
        );
        match value {
            Some(v) => {
                let y = H - BOTTOM - v * plot / max;
                let _ = write!(path, "{}{x} {y} ", if path.is_empty() { "M" } else { "L" });
                let _ = write!(
                    out,
                    r##"<circle cx="{x}" cy="{y}" r="4" fill="#1f5f8b" /><text x="{x}" y="{}" text-anchor="middle" font-size="12" fill="#111">{}</text>"##,
                    y - 8,
                    escape(shown)
                );
            }
            None => {
                if !path.is_empty() {
                    let _ = write!(out, r##"<path d="{path}" fill="none" stroke="#1f5f8b" stroke-width="2" />"##);
                    path.clear();
                }
            }
        }
    }
    if !path.is_empty() {
        let _ = write!(out, r##"<path d="{path}" fill="none" stroke="#1f5f8b" stroke-width="2" />"##);
    }
    out.push_str("</svg>");
    out
}
