//! Short text kept inline: for values the dunning engine copies into every decision (a language
//! tag, a strategy name in a reason), where a heap allocation per copy cost more than the rest of
//! the copy. Callers keep longer text on the heap themselves.

/// Up to `N` bytes of UTF-8 (N < 256), zero-padded, so the derived comparisons and hash see the
/// text alone.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct InlineText<const N: usize> {
    len: u8,
    bytes: [u8; N],
}

impl<const N: usize> InlineText<N> {
    /// The text inline, or `None` when it is longer than `N` bytes.
    pub(crate) fn new(text: &str) -> Option<InlineText<N>> {
        let len = text.len();
        if len > N || len > usize::from(u8::MAX) {
            return None;
        }
        let mut bytes = [0; N];
        bytes[..len].copy_from_slice(text.as_bytes());
        Some(InlineText { len: len as u8, bytes })
    }

    pub(crate) fn as_str(&self) -> &str {
        // The bytes were copied whole from a `str`, so they are UTF-8.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl<const N: usize> std::fmt::Debug for InlineText<N> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}
