//! Names the tagger was unsure of, judged by the whole page.
//!
//! A span the tagger gives less confidence than the pack's threshold is not marked where it
//! stands ([`super::detect::window_mentions`]); if its confidence is at least [`FLOOR`] it is
//! kept apart as a [`Weak`] candidate. Once the page is tagged, the candidates of the same text
//! and kind are taken together: where the tagger was unsure of one at least twice and the chance
//! that not one of those readings is a name, `Π (1 − confidence)`, leaves the name at least as
//! likely as the threshold asks of one mention, every such reading is marked (its readings the
//! tagger was sure of are marks already). A reporter names a
//! person or a town several times, each time in a sentence that says a little; one mention in
//! an odd sentence stays unmarked.
//!
//! Bound: one pass over the candidates (at most one per token) with one hash table of them,
//! then one sort of the marks (`n log n`) where any candidate is promoted.

use super::detect::{Origin, Raw};
use super::BlockText;
use crate::text::lang::FnvMap;
use crate::text::EntityKind;

/// The least confidence a candidate needs to count at all: below it the tagger's guess is no
/// evidence worth adding up. Chosen on the tuning splits read as pages (`ner_corpora
/// tuning_pages`): 0.3 and 0.6 gained less than 0.5 on most of them.
pub const FLOOR: f32 = 0.5;

/// A span the tagger was unsure of, with its confidence.
#[derive(Clone, Debug)]
pub struct Weak {
    pub raw: Raw,
    pub confidence: f32,
}

/// Adds to `raws` (ordered by block and start) the candidates of `weak` (in the same order, and
/// overlapping none of `raws`) that the page names often enough with enough confidence, as the
/// tagger's; `threshold` is the pack's.
///
/// ```
/// use baca::text::ner::detect::{Origin, Raw};
/// use baca::text::ner::weak::{promote, Weak};
/// use baca::text::ner::BlockText;
/// use baca::text::{EntityKind, Span};
/// let text = "Mr Oduya spoke. Oduya left. Then Banda came.";
/// let blocks = [BlockText { text, sentences: &[] }];
/// let weak = |start, end, confidence| Weak {
///     raw: Raw {
///         block: 0,
///         span: Span::new(start, end),
///         kind: EntityKind::Person,
///         place: None,
///         origin: Origin::Model,
///     },
///     confidence,
/// };
/// let mut raws = Vec::new();
/// promote(&blocks, &mut raws, vec![weak(3, 8, 0.7), weak(16, 21, 0.6), weak(33, 38, 0.8)], 0.85);
/// let spans: Vec<_> = raws.iter().map(|r| (r.span.start, r.span.end)).collect();
/// assert_eq!(spans, [(3, 8), (16, 21)]);
/// ```
pub fn promote(blocks: &[BlockText], raws: &mut Vec<Raw>, weak: Vec<Weak>, threshold: f32) {
    let text = |r: &Raw| {
        blocks
            .get(r.block)
            .and_then(|b| b.text.get(r.span.start..r.span.end))
            .unwrap_or("")
    };
    // Per text and kind: how many readings, and the chance that none is a name.
    let mut doubt: FnvMap<(&str, EntityKind), (usize, f32)> = FnvMap::default();
    for w in &weak {
        let d = doubt.entry((text(&w.raw), w.raw.kind)).or_insert((0, 1.0));
        d.0 += 1;
        d.1 *= 1.0 - w.confidence;
    }
    let named = |w: &Weak| {
        doubt
            .get(&(text(&w.raw), w.raw.kind))
            .is_some_and(|&(n, none)| n >= 2 && 1.0 - none >= threshold)
    };
    // Room for exactly what comes: a page of many marks holds them at its peak.
    raws.reserve_exact(weak.iter().filter(|w| named(w)).count());
    let before = raws.len();
    raws.extend(weak.iter().filter(|w| named(w)).map(|w| Raw {
        origin: Origin::Model,
        ..w.raw.clone()
    }));
    if raws.len() > before {
        // In place: no two marks start at one place of a block (the candidates overlap none).
        raws.sort_unstable_by_key(|r| (r.block, r.span.start));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Span;

    fn weak(block: usize, start: usize, end: usize, kind: EntityKind, confidence: f32) -> Weak {
        Weak {
            raw: Raw {
                block,
                span: Span::new(start, end),
                kind,
                place: None,
                origin: Origin::Model,
            },
            confidence,
        }
    }

    #[test]
    fn one_unsure_reading_stays_unmarked_however_close() {
        let blocks = [BlockText {
            text: "Banda came.",
            sentences: &[],
        }];
        let mut raws = Vec::new();
        promote(
            &blocks,
            &mut raws,
            vec![weak(0, 0, 5, EntityKind::Person, 0.84)],
            0.85,
        );
        assert!(raws.is_empty());
    }

    #[test]
    fn readings_add_up_only_with_the_same_text_and_kind() {
        let blocks = [
            BlockText {
                text: "Banda came.",
                sentences: &[],
            },
            BlockText {
                text: "In Banda, Banda.",
                sentences: &[],
            },
        ];
        let mut raws = Vec::new();
        let unsure = vec![
            weak(0, 0, 5, EntityKind::Person, 0.7),
            weak(1, 3, 8, EntityKind::Place, 0.7),
        ];
        promote(&blocks, &mut raws, unsure, 0.85);
        assert!(raws.is_empty());
        // Two people's readings of 0.7: 0.91 together.
        let unsure = vec![
            weak(0, 0, 5, EntityKind::Person, 0.7),
            weak(1, 10, 15, EntityKind::Person, 0.7),
        ];
        promote(&blocks, &mut raws, unsure, 0.85);
        assert_eq!(raws.len(), 2);
    }

    #[test]
    fn promoted_readings_keep_the_marks_in_page_order() {
        let blocks = [
            BlockText {
                text: "Banda met Ali.",
                sentences: &[],
            },
            BlockText {
                text: "Ali and Banda.",
                sentences: &[],
            },
        ];
        let sure = |block, start, end| Raw {
            block,
            span: Span::new(start, end),
            kind: EntityKind::Person,
            place: None,
            origin: Origin::Model,
        };
        let mut raws = vec![sure(0, 10, 13), sure(1, 0, 3)];
        let unsure = vec![
            weak(0, 0, 5, EntityKind::Person, 0.8),
            weak(1, 8, 13, EntityKind::Person, 0.8),
        ];
        promote(&blocks, &mut raws, unsure, 0.85);
        let order: Vec<_> = raws.iter().map(|r| (r.block, r.span.start)).collect();
        assert_eq!(order, [(0, 0), (0, 10), (1, 0), (1, 8)]);
    }
}
