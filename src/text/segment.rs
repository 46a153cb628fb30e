//! Splitting a block of text into sentences.
//!
//! This first engine is plain UAX #29 (via `unicode-segmentation`) with the whitespace around each
//! sentence trimmed off, so spans hold only the sentence itself and the gaps hold only whitespace.

use unicode_segmentation::{USentenceBoundIndices, UnicodeSegmentation};

use super::Span;

/// The spans of the sentences in `text`, in order, without surrounding whitespace.
///
/// Lossless: the gaps between consecutive spans (and before the first and after the last) are
/// whitespace only, so the spans plus those gaps give back `text` exactly.
///
/// ```
/// let text = "Kim tiba di Rusia. Putin menunggu.";
/// let sentences: Vec<&str> = baca::text::sentence_spans(text).map(|s| s.slice(text)).collect();
/// assert_eq!(sentences, ["Kim tiba di Rusia.", "Putin menunggu."]);
/// ```
pub fn sentence_spans(text: &str) -> SentenceSpans<'_> {
    SentenceSpans {
        bounds: text.split_sentence_bound_indices(),
    }
}

/// Iterator over the [`Span`]s of the sentences of a text; see [`sentence_spans`].
#[derive(Clone)]
pub struct SentenceSpans<'t> {
    bounds: USentenceBoundIndices<'t>,
}

impl Iterator for SentenceSpans<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        for (start, piece) in self.bounds.by_ref() {
            let trimmed_start = piece.trim_start();
            if trimmed_start.is_empty() {
                continue;
            }
            let lead = piece.len() - trimmed_start.len();
            let body = trimmed_start.trim_end();
            return Some(Span::new(start + lead, start + lead + body.len()));
        }
        None
    }
}
