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
//! All cuts happen at ASCII delimiters, so every slice of the `&str` input stays on a character
//! boundary.

/// One token. Names are local names (any `prefix:` removed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tok<'a> {
    Start {
        name: &'a str,
        attrs: &'a str,
        empty: bool,
    },
    End {
        name: &'a str,
    },
    /// Raw text between tags; entities still encoded.
    Text(&'a str),
    /// CDATA content, literal.
    CData(&'a str),
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
    pos: usize,
    /// Qualified names of the open elements.
    stack: Vec<(&'a str, usize)>,
    /// An empty element's end, handed out right after its start.
    pending_end: Option<&'a str>,
    /// The root element has closed: anything but whitespace, comments and PIs is an error.
    root_closed: bool,
}

fn local(qname: &str) -> &str {
    // Names are short: a forward byte loop beats a general reverse search here.
    let mut start = 0;
    for (i, &b) in qname.as_bytes().iter().enumerate() {
        if b == b':' {
            start = i + 1;
        }
    }
    &qname[start..]
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Lexer<'a> {
        Lexer { src, pos: 0, stack: Vec::with_capacity(32), pending_end: None, root_closed: false }
    }

    /// Byte offset of the next unread input.
    pub(crate) fn offset(&self) -> usize {
        self.pos
    }

    pub(crate) fn depth(&self) -> usize {
        self.stack.len()
    }

    fn err(&self, message: &'static str) -> XmlError {
        XmlError { offset: self.pos, message }
    }

    fn find(&self, from: usize, needle: &[u8]) -> Option<usize> {
        memchr::memmem::find(&self.src.as_bytes()[from..], needle).map(|i| from + i)
    }

    pub fn next_tok(&mut self) -> Result<Tok<'a>, XmlError> {
        if let Some(name) = self.pending_end.take() {
            return Ok(Tok::End { name });
        }
        let bytes = self.src.as_bytes();
        loop {
            if self.pos >= bytes.len() {
                if !self.stack.is_empty() {
                    return Err(self.err("the document ends before its elements close"));
                }
                return Ok(Tok::Eof);
            }
            if bytes[self.pos] != b'<' {
                let start = self.pos;
                let end = memchr::memchr(b'<', &bytes[start..]).map_or(bytes.len(), |i| start + i);
                self.pos = end;
                return Ok(Tok::Text(&self.src[start..end]));
            }
            let rest = &bytes[self.pos..];
            // Fast path for the commonest end tag: it closes the innermost open element, written
            // exactly as its start tag, with nothing before the '>'.
            if rest.get(1) == Some(&b'/')
                && let Some(&(open, local_start)) = self.stack.last()
            {
                let after = 2 + open.len();
                if rest.get(2..after) == Some(open.as_bytes()) && rest.get(after) == Some(&b'>') {
                    self.stack.pop();
                    if self.stack.is_empty() {
                        self.root_closed = true;
                    }
                    self.pos += after + 1;
                    return Ok(Tok::End { name: open.get(local_start..).unwrap_or(open) });
                }
            }
            // Most tags are plain start or end tags; test the rare kinds only after a '!' or '?'.
            let second = rest.get(1).copied().unwrap_or(0);
            if second != b'?' && second != b'!' && second != b'/' {
                // fall through to the start tag below
            } else if rest.starts_with(b"<?") {
                let end =
                    self.find(self.pos + 2, b"?>").ok_or_else(|| self.err("unterminated processing instruction"))?;
                self.pos = end + 2;
                continue;
            } else if rest.starts_with(b"<!--") {
                let end = self.find(self.pos + 4, b"-->").ok_or_else(|| self.err("unterminated comment"))?;
                self.pos = end + 3;
                continue;
            } else if rest.starts_with(b"<![CDATA[") {
                let start = self.pos + 9;
                let end = self.find(start, b"]]>").ok_or_else(|| self.err("unterminated CDATA section"))?;
                self.pos = end + 3;
                if self.stack.is_empty() {
                    return Err(self.err("text outside the root element"));
                }
                return Ok(Tok::CData(&self.src[start..end]));
            } else if rest.starts_with(b"<!") {
                // DOCTYPE: skipped; an internal subset ends with "]>".
                let close =
                    if memchr::memchr(b'[', &rest[..rest.len().min(512)]).is_some() { &b"]>"[..] } else { &b">"[..] };
                let end = self.find(self.pos + 2, close).ok_or_else(|| self.err("unterminated declaration"))?;
                self.pos = end + close.len();
                continue;
            } else {
                let start = self.pos + 2;
                let end = memchr::memchr(b'>', &bytes[start..])
                    .map(|i| start + i)
                    .ok_or_else(|| self.err("unterminated end tag"))?;
                let qname = self.src[start..end].trim_end();
                match self.stack.pop() {
                    Some((open, _)) if open == qname => {
                        if self.stack.is_empty() {
                            self.root_closed = true;
                        }
                    }
                    Some(_) => return Err(self.err("end tag does not match the open element")),
                    None => return Err(self.err("end tag without a start tag")),
                }
                self.pos = end + 1;
                return Ok(Tok::End { name: local(qname) });
            }
            if second == b'?' || second == b'!' {
                return Err(self.err("malformed markup"));
            }
            // A start tag. Attribute values may contain '>' only if quoted, so scan with quotes;
            // the name ends at the first blank, '/' or '>', its prefix at the last ':' in it.
            let start = self.pos + 1;
            let mut i = start;
            let mut quote: Option<u8> = None;
            let mut name_end: Option<usize> = None;
            let mut local_start = start;
            // Fast path: a name followed directly by '>' (no attributes, not empty). Anything
            // else goes through the general scan below from the start.
            let mut j = start;
            let mut fast_local = start;
            let fast = loop {
                match bytes.get(j) {
                    Some(b'>') => break true,
                    Some(b':') => fast_local = j + 1,
                    Some(b' ' | b'\t' | b'\r' | b'\n' | b'/' | b'"' | b'\'' | b'<') | None => {
                        break false;
                    }
                    Some(_) => {}
                }
                j += 1;
            };
            if fast {
                i = j;
                name_end = Some(j);
                local_start = fast_local;
            } else {
                loop {
                    let Some(&b) = bytes.get(i) else {
                        return Err(self.err("unterminated start tag"));
                    };
                    if name_end.is_none() {
                        match b {
                            b' ' | b'\t' | b'\r' | b'\n' | b'/' | b'>' => name_end = Some(i),
                            b':' => local_start = i + 1,
                            _ => {}
                        }
                    }
                    match quote {
                        Some(q) if b == q => quote = None,
                        Some(_) => {}
                        None if b == b'"' || b == b'\'' => quote = Some(b),
                        None if b == b'>' => break,
                        None if b == b'<' => return Err(self.err("'<' inside a tag")),
                        None => {}
                    }
                    i += 1;
                }
            }
            let name_end = name_end.unwrap_or(i);
            self.pos = i + 1;
            let empty = i > start && bytes[i - 1] == b'/';
            let qname = &self.src[start..name_end];
            if qname.is_empty() {
                return Err(self.err("a tag without a name"));
            }
            let local_name = &self.src[local_start.min(name_end)..name_end];
            let attrs_end = if empty { i - 1 } else { i };
            let attrs = &self.src[name_end.min(attrs_end)..attrs_end];
            if self.stack.is_empty() && self.seen_root() {
                return Err(self.err("a second root element"));
            }
            if empty {
                self.pending_end = Some(local_name);
                self.root_done_if_top();
            } else {
                self.stack.push((qname, local_start.min(name_end).saturating_sub(start)));
            }
            return Ok(Tok::Start { name: local_name, attrs, empty });
        }
    }

    fn seen_root(&self) -> bool {
        self.root_closed
    }

    fn root_done_if_top(&mut self) {
        if self.stack.is_empty() {
            self.root_closed = true;
        }
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
