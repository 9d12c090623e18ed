//! A small, fast XML pull tokenizer for bank messages.
//!
//! camt files run to hundreds of megabytes, and a general XML library spends most of its time
//! on generality these messages never use. This tokenizer handles what ISO 20022 documents
//! contain: elements with attributes, text with the predefined and numeric entities, CDATA,
//! comments, processing instructions and a DOCTYPE (skipped, never expanded). It checks that
//! end tags match start tags and that nothing is left open, and reports any malformation as an
//! error with its byte offset. It does not validate against a schema or check every rule of the
//! XML specification (for example, which characters a name may contain).
//!
//! Tokens borrow from the input and allocate nothing: names are byte slices, and text and
//! attributes are byte ranges ([`Span`]) that the caller turns into `&str` (with
//! [`Lexer::str`]) only for the few it reads. All cuts happen at ASCII delimiters, so every
//! span of the `&str` input lies on character boundaries.

/// A byte range of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn is_empty(self) -> bool {
        self.start >= self.end
    }
}

/// One token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tok<'a> {
    /// A start tag, or an empty-element tag (`empty`: closed at once, no [`Tok::End`] follows).
    /// `name` is the local name (any `prefix:` removed); `attrs` is the text between the name and
    /// the tag's end.
    /// `word` is the name as a little-endian word, for a quicker look-up: set only when the name
    /// has one to seven bytes, none of them zero, and the quick scan read them; else 0.
    Start {
        name: &'a [u8],
        word: u64,
        attrs: Span,
        empty: bool,
    },
    /// Closes the innermost open element (the lexer has checked the name).
    End,
    /// A whole element with nothing but plain text in it (no entities, CDATA, comments or child
    /// elements), written `<name attrs>text</name>`: what a [`Tok::Start`], a [`Tok::Text`]
    /// (none when `text` is empty) and a [`Tok::End`] would say, in one token. `text` ends where
    /// the end tag starts.
    Leaf {
        name: &'a [u8],
        word: u64,
        attrs: Span,
        text: Span,
    },
    /// Raw text between tags; `entities` when it contains a '&' still to decode.
    Text {
        span: Span,
        entities: bool,
    },
    /// CDATA content, literal.
    CData(Span),
    Eof,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlError {
    pub offset: usize,
    pub message: &'static str,
}

#[derive(Debug)]
pub struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    /// The open elements' qualified names, outermost first.
    stack: Vec<&'a [u8]>,
    /// The root element has closed: anything but whitespace, comments and PIs is an error.
    root_closed: bool,
}

/// Bytes that end the quick scan of a start tag's name: the name's own ends (blanks, '/', '>')
/// and whatever sends the tag to the careful scan (quotes, '<'), plus ':' (a prefix ends).
const NAME_STOP: [bool; 256] = {
    let mut table = [false; 256];
    let stops = b" \t\r\n/>\"'<:";
    let mut i = 0;
    while i < stops.len() {
        table[stops[i] as usize] = true;
        i += 1;
    }
    table
};

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Marks with its high bit each byte of the word `x` that equals `b`. The lowest mark is
/// always a true match (a byte above a match may be marked falsely), which is all the
/// searches here use: the first match is at `trailing_zeros() / 8`.
#[inline(always)]
fn bytes_equal(x: u64, b: u8) -> u64 {
    let y = x ^ (ONES * u64::from(b));
    y.wrapping_sub(ONES) & !y & HIGH
}

/// Bytes that matter in a start tag outside quoted values.
const TAG_STOP: [bool; 256] = {
    let mut table = [false; 256];
    table[b'"' as usize] = true;
    table[b'\'' as usize] = true;
    table[b'>' as usize] = true;
    table[b'<' as usize] = true;
    table
};

/// Byte equality for names. Names are a few bytes long, where a call to the C library's `bcmp`
/// costs more than the comparison: up to 16 bytes compare as two (overlapping) words.
#[inline(always)]
fn same(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n >= 8 {
        if n > 16 {
            return a == b;
        }
        return a.first_chunk::<8>() == b.first_chunk::<8>() && a.last_chunk::<8>() == b.last_chunk::<8>();
    }
    if n >= 4 {
        return a.first_chunk::<4>() == b.first_chunk::<4>() && a.last_chunk::<4>() == b.last_chunk::<4>();
    }
    // One to three bytes: the first, middle and last cover them all.
    n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1])
}

/// The start of the local name in `qname[from..to]`: just after its last ':'.
fn local_start(bytes: &[u8], from: usize, to: usize) -> usize {
    let mut start = from;
    for (i, &b) in bytes[from..to].iter().enumerate() {
        if b == b':' {
            start = from + i + 1;
        }
    }
    start
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Lexer<'a> {
        Lexer { src, bytes: src.as_bytes(), pos: 0, stack: Vec::with_capacity(32), root_closed: false }
    }

    /// Byte offset of the next unread input.
    pub(crate) fn offset(&self) -> usize {
        self.pos
    }

    pub(crate) fn depth(&self) -> usize {
        self.stack.len()
    }

    /// The input text of a span the lexer handed out (empty for any other range).
    pub(crate) fn str(&self, span: Span) -> &'a str {
        self.src.get(span.start..span.end).unwrap_or("")
    }

    fn err(&self, message: &'static str) -> XmlError {
        XmlError { offset: self.pos, message }
    }

    fn find(&self, from: usize, needle: &[u8]) -> Option<usize> {
        memchr::memmem::find(&self.bytes[from..], needle).map(|i| from + i)
    }

    /// Where text starting at `from` ends: at the next '<', or first at a '&' (an entity to
    /// decode), or at the end of the input.
    #[inline(always)]
    fn text_end(&self, from: usize) -> usize {
        let bytes = self.bytes;
        // Most text is a short value, found quicker eight bytes at a time than by setting up a
        // vector search; longer text goes to the vector search after 32 bytes.
        let mut i = from;
        while let Some(word) = bytes.get(i..).and_then(|rest| rest.first_chunk::<8>()) {
            let x = u64::from_le_bytes(*word);
            let hits = bytes_equal(x, b'<') | bytes_equal(x, b'&');
            if hits != 0 {
                return i + (hits.trailing_zeros() / 8) as usize;
            }
            i += 8;
            if i - from >= 32 {
                return memchr::memchr2(b'<', b'&', &bytes[i..]).map_or(bytes.len(), |k| i + k);
            }
        }
        bytes[i..].iter().position(|&b| b == b'<' || b == b'&').map_or(bytes.len(), |k| i + k)
    }

    fn close(&mut self) {
        self.stack.pop();
        if self.stack.is_empty() {
            self.root_closed = true;
        }
    }

    #[inline]
    pub fn next_tok(&mut self) -> Result<Tok<'a>, XmlError> {
        let bytes = self.bytes;
        loop {
            let pos = self.pos;
            let Some(&first) = bytes.get(pos) else {
                if !self.stack.is_empty() {
                    return Err(self.err("the document ends before its elements close"));
                }
                return Ok(Tok::Eof);
            };
            if first != b'<' {
                let mut end = self.text_end(pos);
                let entities = bytes.get(end) == Some(&b'&');
                if entities {
                    end = memchr::memchr(b'<', &bytes[end..]).map_or(bytes.len(), |i| end + i);
                }
                self.pos = end;
                return Ok(Tok::Text { span: Span { start: pos, end }, entities });
            }
            let second = bytes.get(pos + 1).copied().unwrap_or(0);
            if second == b'/' {
                // Fast path for the commonest end tag: it closes the innermost open element,
                // written exactly as its start tag, with nothing before the '>'.
                if let Some(&open) = self.stack.last() {
                    let after = pos + 2 + open.len();
                    if bytes.get(after) == Some(&b'>') && same(&bytes[pos + 2..after], open) {
                        self.close();
                        self.pos = after + 1;
                        return Ok(Tok::End);
                    }
                }
                let start = pos + 2;
                let end = memchr::memchr(b'>', &bytes[start..])
                    .map(|i| start + i)
                    .ok_or_else(|| self.err("unterminated end tag"))?;
                let qname = self.src.get(start..end).unwrap_or("").trim_end();
                match self.stack.last() {
                    Some(&open) if same(qname.as_bytes(), open) => self.close(),
                    Some(_) => return Err(self.err("end tag does not match the open element")),
                    None => return Err(self.err("end tag without a start tag")),
                }
                self.pos = end + 1;
                return Ok(Tok::End);
            }
            if second == b'?' {
                let end = self.find(pos + 2, b"?>").ok_or_else(|| self.err("unterminated processing instruction"))?;
                self.pos = end + 2;
                continue;
            }
            if second == b'!' {
                let rest = &bytes[pos..];
                if rest.starts_with(b"<!--") {
                    let end = self.find(pos + 4, b"-->").ok_or_else(|| self.err("unterminated comment"))?;
                    self.pos = end + 3;
                    continue;
                }
                if rest.starts_with(b"<![CDATA[") {
                    let start = pos + 9;
                    let end = self.find(start, b"]]>").ok_or_else(|| self.err("unterminated CDATA section"))?;
                    self.pos = end + 3;
                    if self.stack.is_empty() {
                        return Err(self.err("text outside the root element"));
                    }
                    return Ok(Tok::CData(Span { start, end }));
                }
                // DOCTYPE: skipped; an internal subset ends with "]>".
                let close =
                    if memchr::memchr(b'[', &rest[..rest.len().min(512)]).is_some() { &b"]>"[..] } else { &b">"[..] };
                let end = self.find(pos + 2, close).ok_or_else(|| self.err("unterminated declaration"))?;
                self.pos = end + close.len();
                continue;
            }
            return self.start_tag();
        }
    }

    /// A start tag at `self.pos`. Attribute values may contain '>' only if quoted, so the
    /// careful scan follows quotes; the name ends at the first blank, '/' or '>', its prefix at
    /// the last ':' in it.
    #[inline]
    fn start_tag(&mut self) -> Result<Tok<'a>, XmlError> {
        let bytes = self.bytes;
        let start = self.pos + 1;
        const A: u64 = 0x4141_4141_4141_4141;
        // Quickest path: `<name>` with the name in the first eight bytes.
        if let Some(first) = bytes.get(start..).and_then(|rest| rest.first_chunk::<8>()) {
            let x = u64::from_le_bytes(*first);
            // As below: marks the bytes that may be delimiters.
            let low = !((x | HIGH) - A) & HIGH;
            let k = low.trailing_zeros() / 8;
            if low != 0 && (x >> (8 * k)) as u8 == b'>' {
                let j = start + k as usize;
                self.pos = j + 1;
                if j == start {
                    return Err(self.err("a tag without a name"));
                }
                if self.root_closed && self.stack.is_empty() {
                    return Err(self.err("a second root element"));
                }
                // The name's bytes, all unmarked and so not zero; k < 8.
                let word = x & ((1u64 << (8 * k)) - 1);
                return Ok(self.content(start, start, j, Span { start: j, end: j }, word));
            }
        }
        // Fast path: a name followed directly by '>' (no attributes, not empty). Anything else
        // goes through the careful scan below from the start.
        let mut j = start;
        let mut local = start;
        let fast = loop {
            // Eight bytes at a time while none of them can be a delimiter: every delimiter is
            // below 'A', and `low` marks the bytes whose low seven bits are (a letter's are not).
            if let Some(word) = bytes.get(j..).and_then(|rest| rest.first_chunk::<8>()) {
                let x = u64::from_le_bytes(*word);
                let low = !((x | HIGH) - A) & HIGH;
                if low == 0 {
                    j += 8;
                    continue;
                }
                let k = low.trailing_zeros() / 8;
                j += k as usize;
                // The byte itself, from the word rather than from memory again; usually the '>'.
                match (x >> (8 * k)) as u8 {
                    b'>' => break true,
                    b':' => {
                        j += 1;
                        local = j;
                    }
                    b if !NAME_STOP[usize::from(b)] => j += 1,
                    _ => break false,
                }
                continue;
            }
            match bytes.get(j) {
                Some(&b) if !NAME_STOP[usize::from(b)] => j += 1,
                Some(b':') => {
                    j += 1;
                    local = j;
                }
                Some(b'>') => break true,
                _ => break false,
            }
        };
        if fast {
            // `<name>`: no attributes, not empty.
            self.pos = j + 1;
            if j == start {
                return Err(self.err("a tag without a name"));
            }
            if self.root_closed && self.stack.is_empty() {
                return Err(self.err("a second root element"));
            }
            return Ok(self.content(start, local, j, Span { start: j, end: j }, 0));
        }
        // `i`: the tag's closing '>'.
        let (i, name_end) = if matches!(bytes.get(j), Some(b'/' | b' ' | b'\t' | b'\r' | b'\n')) {
            // The name ended at a blank or '/', with no quote before: attributes (or the '/' of
            // an empty element) follow, and the scan for the '>' goes on from here.
            (self.tag_end(j)?, j)
        } else {
            let (i, name_end) = self.careful_tag(start)?;
            local = local_start(bytes, start, name_end);
            (i, name_end)
        };
        self.pos = i + 1;
        let empty = i > start && bytes[i - 1] == b'/';
        if name_end == start {
            return Err(self.err("a tag without a name"));
        }
        let attrs_end = if empty { i - 1 } else { i };
        let attrs = Span { start: name_end.min(attrs_end), end: attrs_end };
        if self.root_closed && self.stack.is_empty() {
            return Err(self.err("a second root element"));
        }
        if empty {
            if self.stack.is_empty() {
                self.root_closed = true;
            }
            return Ok(Tok::Start { name: &bytes[local..name_end], word: 0, attrs, empty });
        }
        Ok(self.content(start, local, name_end, attrs, 0))
    }

    /// After a start tag (not empty) whose qualified name is `start..name_end` and local name
    /// `local..name_end`, read up to its closing '>' (`self.pos` is just after it): a leaf if
    /// plain text and the matching end tag follow, else an element left open. `word` as in
    /// [`Tok::Start`].
    #[inline(always)]
    fn content(&mut self, start: usize, local: usize, name_end: usize, attrs: Span, word: u64) -> Tok<'a> {
        let bytes = self.bytes;
        let qname = &bytes[start..name_end];
        let name = &qname[local - start..];
        // A leaf: plain text, then the end tag written exactly as the start tag's name. A child
        // element right after the start tag, the usual case for containers, rules it out at once.
        let text_start = self.pos;
        if bytes.get(text_start) == Some(&b'<') && bytes.get(text_start + 1) != Some(&b'/') {
            self.stack.push(qname);
            return Tok::Start { name, word, attrs, empty: false };
        }
        let text_end = self.text_end(text_start);
        let after = text_end + 2 + qname.len();
        if bytes.get(text_end..text_end + 2) == Some(b"</")
            && bytes.get(after) == Some(&b'>')
            && same(&bytes[text_end + 2..after], qname)
        {
            self.pos = after + 1;
            if self.stack.is_empty() {
                self.root_closed = true;
            }
            return Tok::Leaf { name, word, attrs, text: Span { start: text_start, end: text_end } };
        }
        self.stack.push(qname);
        Tok::Start { name, word, attrs, empty: false }
    }

    /// Scans a start tag from its name at `start` with quotes followed: the position of its
    /// closing '>' and of the name's end.
    fn careful_tag(&self, start: usize) -> Result<(usize, usize), XmlError> {
        let bytes = self.bytes;
        let i = self.tag_end(start)?;
        // The name ends at the first blank, '/' or '>', quoted or not (the closing '>' at the
        // latest).
        let name_end = bytes[start..i]
            .iter()
            .position(|&b| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'/' | b'>'))
            .map_or(i, |k| start + k);
        Ok((i, name_end))
    }

    /// The closing '>' of a start tag, scanning from `from` (not inside a quoted value).
    fn tag_end(&self, from: usize) -> Result<usize, XmlError> {
        let bytes = self.bytes;
        let mut i = from;
        // Outside quotes only quotes, '>' and '<' matter; inside, only the closing quote.
        loop {
            let Some(k) = bytes[i..].iter().position(|&b| TAG_STOP[usize::from(b)]) else {
                return Err(self.err("unterminated start tag"));
            };
            i += k;
            match bytes[i] {
                b'>' => break,
                b'<' => return Err(self.err("'<' inside a tag")),
                quote => {
                    let Some(k) = bytes[i + 1..].iter().position(|&b| b == quote) else {
                        return Err(self.err("unterminated start tag"));
                    };
                    i += k + 2;
                }
            }
        }
        Ok(i)
    }
}

/// The value of attribute `key` (qualified name as written) in a start tag's attribute text.
pub(crate) fn attributes(attrs: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut rest = attrs;
    std::iter::from_fn(move || {
        let eq = rest.find('=')?;
        let key = rest[..eq].trim();
        let after = rest[eq + 1..].trim_start();
        let q = after.chars().next()?;
        if q != '"' && q != '\'' {
            return None;
        }
        let body = &after[1..];
        let end = body.find(q)?;
        let value = &body[..end];
        rest = &body[end + 1..];
        Some((key, value))
    })
}

/// Appends text with entities decoded. Unknown entities are kept as written.
pub(crate) fn push_text(out: &mut String, raw: &str) {
    let Some(first) = raw.find('&') else {
        out.push_str(raw);
        return;
    };
    out.push_str(&raw[..first]);
    let mut rest = &raw[first..];
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let Some(semi) = after.find(';').filter(|&s| s <= 10) else {
            out.push('&');
            rest = after;
            continue;
        };
        let name = &after[..semi];
        let decoded = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => {
                let num = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                    u32::from_str_radix(hex, 16).ok()
                } else if let Some(dec) = name.strip_prefix('#') {
                    dec.parse::<u32>().ok()
                } else {
                    None
                };
                num.and_then(char::from_u32).filter(|&c| c != '\0')
            }
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}
