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

/// A span the tagger was unsure of, with its confidence and where its window lies.
#[derive(Clone, Debug)]
pub struct Weak {
    pub raw: Raw,
    pub confidence: f32,
    /// The sentence's index in its block and the byte its window starts at.
    at: (usize, usize),
    /// Its tokens in the window and the tagger's kind.
    span: (u32, u32, EntityKind),
}

/// What [`promote`] asks of the rules: for the spans (tokens `i..j` with the tagger's kind) of
/// one window (block, sentence index, start byte), which the rules leave as they are
/// ([`super::detect::rules_keep`]).
pub type RulesKeep<'a> =
    dyn FnMut(usize, (usize, usize), &[(usize, usize, EntityKind)]) -> Vec<bool> + 'a;

impl Weak {
    /// The candidate `raw` of `confidence`, tokens `span` (`i`, `j`, kind) of the window `at`
    /// (sentence index, start byte).
    pub fn new(
        raw: Raw,
        confidence: f32,
        at: (usize, usize),
        span: (usize, usize, EntityKind),
    ) -> Weak {
        // A window is a few dozen tokens (`detect::WINDOW`).
        let token = |k: usize| u32::try_from(k).unwrap_or(u32::MAX);
        Weak {
            raw,
            confidence,
            at,
            span: (token(span.0), token(span.1), span.2),
        }
    }

    fn window(&self) -> (usize, (usize, usize)) {
        (self.raw.block, self.at)
    }

    fn tokens(&self) -> (usize, usize, EntityKind) {
        (self.span.0 as usize, self.span.1 as usize, self.span.2)
    }
}

/// Adds to `raws` (ordered by block and start) the candidates of `weak` (in the same order, and
/// overlapping none of `raws`) that the page names often enough with enough confidence, as the
/// tagger's; `threshold` is the pack's. Only the candidates that would count are put to the
/// rules (`rules_keep`), a window at a time; one the rules change does not count.
///
/// ```
/// use baca::text::ner::detect::{Origin, Raw};
/// use baca::text::ner::weak::{promote, Weak};
/// use baca::text::ner::BlockText;
/// use baca::text::{EntityKind, Span};
/// let text = "Mr Oduya spoke. Oduya left. Then Banda came.";
/// let blocks = [BlockText { text, sentences: &[] }];
/// let weak = |start, end, confidence| {
///     let raw = Raw {
///         block: 0,
///         span: Span::new(start, end),
///         kind: EntityKind::Person,
///         place: None,
///         origin: Origin::Model,
///     };
///     Weak::new(raw, confidence, (0, start), (0, 1, EntityKind::Person))
/// };
/// let mut raws = Vec::new();
/// let unsure = vec![weak(3, 8, 0.7), weak(16, 21, 0.6), weak(33, 38, 0.8)];
/// // Rules that keep every span.
/// let mut rules = |_: usize, _: (usize, usize), spans: &[_]| vec![true; spans.len()];
/// promote(&blocks, &mut raws, unsure, 0.85, &mut rules);
/// let spans: Vec<_> = raws.iter().map(|r| (r.span.start, r.span.end)).collect();
/// assert_eq!(spans, [(3, 8), (16, 21)]);
/// ```
pub fn promote(
    blocks: &[BlockText],
    raws: &mut Vec<Raw>,
    weak: Vec<Weak>,
    threshold: f32,
    rules_keep: &mut RulesKeep,
) {
    let mut promotion = Promotion::new(blocks, weak, threshold);
    while promotion.judge(rules_keep) {}
    promotion.finish(blocks, raws);
}

/// [`promote`] in steps, so that a browser can paint between them: the rules judge one window
/// at a time ([`Promotion::judge`]), and a page of many unsure names is not one long task.
///
/// ```
/// use baca::text::ner::detect::{Origin, Raw};
/// use baca::text::ner::weak::{Promotion, Weak};
/// use baca::text::ner::BlockText;
/// use baca::text::{EntityKind, Span};
/// let text = "Oduya spoke. Oduya left.";
/// let blocks = [BlockText { text, sentences: &[] }];
/// let weak = |start, end| {
///     let raw = Raw {
///         block: 0,
///         span: Span::new(start, end),
///         kind: EntityKind::Person,
///         place: None,
///         origin: Origin::Model,
///     };
///     Weak::new(raw, 0.7, (0, start), (0, 1, EntityKind::Person))
/// };
/// let mut promotion = Promotion::new(&blocks, vec![weak(0, 5), weak(13, 18)], 0.85);
/// let mut rules = |_: usize, _: (usize, usize), spans: &[_]| vec![true; spans.len()];
/// // Two windows: one judged at each step.
/// assert!(promotion.judge(&mut rules));
/// assert!(promotion.judge(&mut rules));
/// assert!(!promotion.judge(&mut rules));
/// let mut raws = Vec::new();
/// promotion.finish(&blocks, &mut raws);
/// assert_eq!(raws.len(), 2);
/// ```
pub struct Promotion {
    threshold: f32,
    /// The candidates that would count, in page order.
    candidates: Vec<Weak>,
    /// The rules' verdict on each candidate judged so far.
    kept: Vec<bool>,
}

impl Promotion {
    /// The candidates of `weak` (in page order) that would count with the pack's `threshold`,
    /// before the rules judge them.
    pub fn new(blocks: &[BlockText], weak: Vec<Weak>, threshold: f32) -> Promotion {
        let named = tally(blocks, &weak, threshold);
        let candidates: Vec<Weak> = weak
            .into_iter()
            .filter(|w| named.contains_key(&(text(blocks, &w.raw), w.raw.kind)))
            .collect();
        Promotion {
            threshold,
            kept: Vec::with_capacity(candidates.len()),
            candidates,
        }
    }

    /// Puts the next window's candidates to the rules (a window's candidates are together: page
    /// order); false when every window has been judged.
    pub fn judge(&mut self, rules_keep: &mut RulesKeep) -> bool {
        let Some(first) = self.candidates.get(self.kept.len()) else {
            return false;
        };
        let (block, at) = first.window();
        let window = self.candidates[self.kept.len()..]
            .iter()
            .take_while(|w| w.window() == (block, at))
            .count();
        let spans: Vec<_> = self.candidates[self.kept.len()..][..window]
            .iter()
            .map(Weak::tokens)
            .collect();
        let verdict = rules_keep(block, at, &spans);
        self.kept
            .extend((0..window).map(|k| verdict.get(k).copied().unwrap_or(false)));
        true
    }

    /// Adds to `raws` (ordered by block and start, overlapping none of the candidates) what the
    /// page names often enough once the rules have judged: counted again without what they left
    /// out. Candidates not judged yet count as left out.
    pub fn finish(self, blocks: &[BlockText], raws: &mut Vec<Raw>) {
        let Promotion {
            threshold,
            mut candidates,
            kept,
        } = self;
        let mut kept = kept.into_iter();
        candidates.retain(|_| kept.next().unwrap_or(false));
        let named = tally(blocks, &candidates, threshold);
        let promoted = candidates
            .iter()
            .filter(|w| named.contains_key(&(text(blocks, &w.raw), w.raw.kind)));
        // Room for exactly what comes: a page of many marks holds them at its peak.
        raws.reserve_exact(promoted.clone().count());
        let before = raws.len();
        raws.extend(promoted.map(|w| Raw {
            origin: Origin::Model,
            ..w.raw.clone()
        }));
        if raws.len() > before {
            // In place: no two marks start at one place of a block (the candidates overlap none).
            raws.sort_unstable_by_key(|r| (r.block, r.span.start));
        }
    }
}

/// The text of `r`.
fn text<'a>(blocks: &[BlockText<'a>], r: &Raw) -> &'a str {
    blocks
        .get(r.block)
        .and_then(|b| b.text.get(r.span.start..r.span.end))
        .unwrap_or("")
}

/// Per text and kind: how many readings, and the chance that none is a name; kept where that
/// names it (two readings at least, together at least as likely as `threshold`).
fn tally<'a>(
    blocks: &[BlockText<'a>],
    list: &[Weak],
    threshold: f32,
) -> FnvMap<(&'a str, EntityKind), (usize, f32)> {
    let mut doubt: FnvMap<(&str, EntityKind), (usize, f32)> = FnvMap::default();
    for w in list {
        let d = doubt
            .entry((text(blocks, &w.raw), w.raw.kind))
            .or_insert((0, 1.0));
        d.0 += 1;
        d.1 *= 1.0 - w.confidence;
    }
    doubt.retain(|_, &mut (n, none)| n >= 2 && 1.0 - none >= threshold);
    doubt
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Span;

    /// A candidate alone in its window (the window starts where it does).
    fn weak(block: usize, start: usize, end: usize, kind: EntityKind, confidence: f32) -> Weak {
        let raw = Raw {
            block,
            span: Span::new(start, end),
            kind,
            place: None,
            origin: Origin::Model,
        };
        Weak::new(raw, confidence, (0, start), (0, 1, kind))
    }

    /// Rules that keep every span.
    fn keep_all(_: usize, _: (usize, usize), spans: &[(usize, usize, EntityKind)]) -> Vec<bool> {
        vec![true; spans.len()]
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
            &mut keep_all,
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
        promote(&blocks, &mut raws, unsure, 0.85, &mut keep_all);
        assert!(raws.is_empty());
        // Two people's readings of 0.7: 0.91 together.
        let unsure = vec![
            weak(0, 0, 5, EntityKind::Person, 0.7),
            weak(1, 10, 15, EntityKind::Person, 0.7),
        ];
        promote(&blocks, &mut raws, unsure, 0.85, &mut keep_all);
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
        promote(&blocks, &mut raws, unsure, 0.85, &mut keep_all);
        let order: Vec<_> = raws.iter().map(|r| (r.block, r.span.start)).collect();
        assert_eq!(order, [(0, 0), (0, 10), (1, 0), (1, 8)]);
    }

    #[test]
    fn the_rules_judge_only_what_would_count_and_what_they_drop_does_not() {
        let blocks = [BlockText {
            text: "Banda came. Banda left. Oduya spoke.",
            sentences: &[],
        }];
        let unsure = || {
            vec![
                weak(0, 0, 5, EntityKind::Person, 0.7),
                weak(0, 12, 17, EntityKind::Person, 0.7),
                weak(0, 24, 29, EntityKind::Person, 0.7),
            ]
        };
        // Asked about the two "Banda" windows only; dropping one leaves one reading: none.
        let mut asked = Vec::new();
        let mut drop_first = |_: usize, at: (usize, usize), spans: &[_]| {
            asked.push(at.1);
            vec![at.1 != 0; spans.len()]
        };
        let mut raws = Vec::new();
        promote(&blocks, &mut raws, unsure(), 0.85, &mut drop_first);
        assert_eq!(asked, [0, 12]);
        assert!(raws.is_empty());
        promote(&blocks, &mut raws, unsure(), 0.85, &mut keep_all);
        assert_eq!(raws.len(), 2);
    }
}
