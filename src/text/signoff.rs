//! Sign-offs and credits stay with the sentence before them.
//!
//! News text ends a paragraph or a story with an editor's sign-off (`(ant/rzk)`, `(fyk/fay)`),
//! or a wire credit (`(AFP)`, `(dpa/AP)`). The segmenter sees a sentence end before it and the
//! bracket after it, so it would stand as a sentence of its own, a row with nothing to read or
//! translate. This pass joins such a span to the one before it.
//!
//! A sign-off is a span that is only a bracketed group of at most [`MAX_SIGNOFF`] bytes and
//! four words, of letters (at least one), digits, `/`, `-`, `.`, `,`, `&` and spaces, with an
//! optional final period. Work: one look at each span, each at most [`MAX_SIGNOFF`] bytes read.

use super::segment::MAX_SENTENCE;
use super::Span;
use crate::support::chars::is_alphabetic;

/// The longest sign-off, in bytes.
pub const MAX_SIGNOFF: usize = 40;

/// Whether `s` is a sign-off or credit in brackets.
fn is_signoff(s: &str) -> bool {
    if s.len() > MAX_SIGNOFF {
        return false;
    }
    let s = s.strip_suffix('.').unwrap_or(s);
    let Some(inner) = s.strip_prefix('(').and_then(|s| s.strip_suffix(')')) else {
        return false;
    };
    let inner = inner.trim();
    !inner.is_empty()
        && inner.split_whitespace().count() <= 4
        && inner.chars().any(is_alphabetic)
        && inner
            .chars()
            .all(|c| is_alphabetic(c) || c.is_ascii_digit() || " /-.,&".contains(c))
}

/// Joins each sign-off span of `text` to the span before it, when the two stay within
/// [`MAX_SENTENCE`] bytes. The spans stay in order and lossless (only whitespace between).
///
/// ```
/// use baca::text::{lang::Lang, Segmenter};
/// let text = "Polisi masih menyelidiki kasus itu. (ant/rzk)";
/// let seg = Segmenter::new(Lang::from_tag("id"));
/// let rows: Vec<&str> = seg.spans(text).map(|s| s.slice(text)).collect();
/// assert_eq!(rows, [text]);
/// ```
pub(crate) fn attach(text: &str, spans: &mut Vec<Span>) {
    if spans.len() < 2 {
        return;
    }
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for &span in spans.iter() {
        match out.last_mut() {
            Some(last)
                if is_signoff(&text[span.start..span.end])
                    && span.end - last.start <= MAX_SENTENCE =>
            {
                last.end = span.end;
            }
            _ => out.push(span),
        }
    }
    *spans = out;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{lang::Lang, Segmenter};

    fn rows<'a>(lang: &str, text: &'a str) -> Vec<&'a str> {
        Segmenter::new(Lang::from_tag(lang))
            .spans(text)
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn signoffs_and_credits_join_the_sentence_before() {
        assert_eq!(
            rows(
                "id",
                "Dia tiba kemarin. Rapat dimulai pukul 09.00. (fyk/fay)"
            ),
            ["Dia tiba kemarin.", "Rapat dimulai pukul 09.00. (fyk/fay)"]
        );
        assert_eq!(
            rows("en", "The talks ended on Friday. (AFP)"),
            ["The talks ended on Friday. (AFP)"]
        );
        assert_eq!(
            rows("de", "Die Sitzung wurde vertagt.\n(dpa/AP)"),
            ["Die Sitzung wurde vertagt.\n(dpa/AP)"]
        );
    }

    #[test]
    fn other_brackets_stay_sentences() {
        // A bracketed sentence of more words, and a sign-off with nothing before it.
        assert_eq!(
            rows("en", "He left. (The meeting had ended an hour before.)"),
            ["He left.", "(The meeting had ended an hour before.)"]
        );
        assert_eq!(rows("id", "(ant/rzk)"), ["(ant/rzk)"]);
        assert!(!is_signoff("(2019)"));
        assert!(!is_signoff("()"));
        assert!(is_signoff("(ant/rzk)."));
    }

    #[test]
    fn joining_keeps_spans_lossless() {
        let text = "Satu dua tiga. (ant)\n\nEmpat lima. (AFP)";
        let spans = Segmenter::new(Lang::from_tag("id"))
            .spans(text)
            .collect::<Vec<_>>();
        let mut rebuilt = String::new();
        let mut at = 0;
        for s in &spans {
            assert!(text[at..s.start].trim().is_empty());
            rebuilt.push_str(&text[at..s.end]);
            at = s.end;
        }
        rebuilt.push_str(&text[at..]);
        assert_eq!(rebuilt, text);
        assert_eq!(spans.len(), 2, "{spans:?}");
    }
}
