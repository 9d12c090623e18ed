//! Recognising a bank file's format from its first bytes, so `--format auto` needs no hint.
//!
//! The signatures are the formats' own mandatory openings: BgMax starts with transaction code 01
//! and the layout name "BGMAX"; a Nets file with the format code "NY" and a transmission start
//! record (type 10); camt is XML whose namespace or root names camt.053/054.

use crate::payment::{Format, ParsedFile, Rejection};

/// Which parser to use: a fixed format, or detection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatHint {
    Auto,
    BgMax,
    NetsOcr,
    Camt,
}

impl std::str::FromStr for FormatHint {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Ok(FormatHint::Auto),
            "bgmax" => Ok(FormatHint::BgMax),
            "nets-ocr" | "nets" | "ocr-giro" | "avtalegiro" => Ok(FormatHint::NetsOcr),
            "camt" | "camt.053" | "camt.054" | "camt053" | "camt054" => Ok(FormatHint::Camt),
            other => Err(format!("unknown format {other:?} (use auto, bgmax, nets-ocr or camt)")),
        }
    }
}

/// The format `data` looks like, or `None`.
pub fn detect(data: &[u8]) -> Option<Format> {
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    let start = data.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(data.len());
    let head = &data[start..];
    if head.starts_with(b"01BGMAX") {
        return Some(Format::BgMax);
    }
    if head.len() >= 8 && head.starts_with(b"NY") && &head[6..8] == b"10" {
        return Some(Format::NetsOcr);
    }
    if head.starts_with(b"<") {
        let window = &head[..head.len().min(4096)];
        let has = |needle: &[u8]| window.windows(needle.len()).any(|w| w == needle);
        if has(b"camt.054") || has(b"BkToCstmrDbtCdtNtfctn") {
            return Some(Format::Camt054);
        }
        if has(b"camt.053") || has(b"BkToCstmrStmt") {
            return Some(Format::Camt053);
        }
    }
    None
}

/// Parses `data` as the hinted format, detecting it for [`FormatHint::Auto`].
pub fn parse(data: &[u8], hint: FormatHint) -> ParsedFile {
    let data = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    match hint {
        FormatHint::BgMax => crate::bgmax::parse(data),
        FormatHint::NetsOcr => crate::nets_ocr::parse(data),
        FormatHint::Camt => crate::camt::parse(data),
        FormatHint::Auto => match detect(data) {
            Some(Format::BgMax) => crate::bgmax::parse(data),
            Some(Format::NetsOcr) => crate::nets_ocr::parse(data),
            Some(Format::Camt053 | Format::Camt054) => crate::camt::parse(data),
            Some(Format::Unknown) | None => {
                let mut out = ParsedFile::new(Format::Unknown);
                out.reject(if data.iter().all(u8::is_ascii_whitespace) {
                    Rejection::Empty
                } else {
                    Rejection::UnknownFormat
                });
                out
            }
        },
    }
}
