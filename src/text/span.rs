//! Byte ranges into a block's text.

use serde::Serialize;

/// A half-open byte range `start..end` into a block's text, always on `char` boundaries.
///
/// ```
/// use baca::text::Span;
/// let text = "Halo dunia.";
/// let span = Span::new(5, 11);
/// assert_eq!(span.slice(text), "dunia.");
/// assert_eq!(span.len(), 6);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes). Panics in debug builds if `start > end`.
    ///
    /// ```
    /// assert_eq!(baca::text::Span::new(2, 4).start, 2);
    /// ```
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(baca::text::Span::new(3, 3).len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no bytes.
    ///
    /// ```
    /// assert!(baca::text::Span::new(3, 3).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text the span covers in `text`, or `""` if the span does not fit `text`.
    ///
    /// ```
    /// assert_eq!(baca::text::Span::new(0, 4).slice("Kim ke Rusia"), "Kim ");
    /// assert_eq!(baca::text::Span::new(0, 99).slice("short"), "");
    /// ```
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}
