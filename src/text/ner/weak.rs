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
//! Bound: one pass over the candidates (at most one per token) with one hash table of them
//! and one of the other texts and kinds, a few comparisons each to keep the [`LISTED`] surest
//! of those and to find them again, one pass to order each window's, then one sort of the
//! marks (`n log n`) where any candidate is promoted; the rules read at most [`LISTED`] more
//! windows.

use super::detect::{Origin, Raw};
use super::BlockText;
use crate::text::lang::FnvMap;
use crate::text::{Candidate, EntityKind, MentionRef};

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
    /// Whether its window is a title-case sentence (a headline), whose capitals say little.
    headline: bool,
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
            headline: false,
        }
    }

    /// This candidate, read in a title-case sentence (a headline) or not: a headline's unsure
    /// names may count with others, but are never listed apart ([`Candidate`]).
    pub fn in_headline(mut self, headline: bool) -> Weak {
        self.headline = headline;
        self
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
/// rules (`rules_keep`), a window at a time; one the rules change does not count. Returns the
/// names to list apart ([`Promotion`]): each put to the rules after, and apart from, its
/// window's names that count.
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
) -> Vec<Candidate> {
    let mut promotion = Promotion::new(blocks, weak, threshold);
    while promotion.judge(rules_keep) {}
    promotion.finish(blocks, raws)
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
    /// The candidates that would count, and those to list apart, in page order.
    candidates: Vec<Weak>,
    /// For each candidate, 0 where it would count; else it is to be listed apart
    /// ([`Candidate`]), and this is how many times the tagger read its text so.
    listed: Vec<usize>,
    /// The rules' verdict on each candidate judged so far.
    kept: Vec<bool>,
}

/// The most names a page lists apart ([`Candidate`]): the surest reading of each of the
/// [`LISTED`] surest texts and kinds that do not count, judged by the rules as the others.
pub const LISTED: usize = 24;

impl Promotion {
    /// The candidates of `weak` (in page order) that would count with the pack's `threshold`,
    /// and those to list apart, before the rules judge them.
    pub fn new(blocks: &[BlockText], weak: Vec<Weak>, threshold: f32) -> Promotion {
        Promotion::apart_from(blocks, weak, threshold, &|_| false)
    }

    /// [`Promotion::new`], listing apart no text `marked` says the page marks already (it is
    /// given the text as written; letter case is its to ignore): such a name has its card, and
    /// would take a listed name's place.
    pub fn apart_from(
        blocks: &[BlockText],
        weak: Vec<Weak>,
        threshold: f32,
        marked: &dyn Fn(&str) -> bool,
    ) -> Promotion {
        let named = tally(blocks, &weak, threshold);
        // Of every other text and kind outside headlines: its surest reading, and how many
        // (as `tally`'s map holds its counts: one map type less in the wasm).
        let mut best: FnvMap<(&str, EntityKind), (usize, f32)> = FnvMap::default();
        for (k, w) in weak.iter().enumerate() {
            let key = (text(blocks, &w.raw), w.raw.kind);
            if w.headline
                || w.raw.kind == EntityKind::Other
                || named.contains_key(&key)
                || marked(key.0)
            {
                continue;
            }
            let (surest, readings) = best.entry(key).or_insert((k, 0.0));
            *readings += 1.0;
            if w.confidence > weak[*surest].confidence {
                *surest = k;
            }
        }
        // The `LISTED` surest (the earlier of two as sure), kept by replacing the least of them:
        // a few comparisons an entry, and no sort to carry in the wasm.
        let surer = |a: usize, b: usize| {
            let (x, y) = (weak[a].confidence, weak[b].confidence);
            x > y || (x == y && a < b)
        };
        let mut chosen: Vec<(usize, usize)> = Vec::with_capacity(LISTED);
        for (surest, readings) in best.into_values() {
            let entry = (surest, readings as usize);
            if chosen.len() < LISTED {
                chosen.push(entry);
            } else if let Some(least) = (0..chosen.len())
                .reduce(|l, c| {
                    if surer(chosen[l].0, chosen[c].0) {
                        c
                    } else {
                        l
                    }
                })
                .filter(|&l| surer(surest, chosen[l].0))
            {
                chosen[least] = entry;
            }
        }
        let (mut candidates, mut listed) = (Vec::new(), Vec::new());
        for (k, w) in weak.into_iter().enumerate() {
            let readings = match chosen.iter().find(|c| c.0 == k) {
                Some(&(_, readings)) => readings,
                None if named.contains_key(&(text(blocks, &w.raw), w.raw.kind)) => 0,
                None => continue,
            };
            candidates.push(w);
            listed.push(readings);
        }
        // A window's names that count are put to the rules together, as without a list, and
        // those to list after them, apart: the rules read a window's spans together, and a
        // name only listed must not change a mark. (Page order keeps a window's together.)
        let mut order: Vec<usize> = Vec::with_capacity(candidates.len());
        let mut run = 0;
        while run < candidates.len() {
            let window = candidates[run].window();
            let end = run
                + candidates[run..]
                    .iter()
                    .take_while(|w| w.window() == window)
                    .count();
            order.extend((run..end).filter(|&k| listed[k] == 0));
            order.extend((run..end).filter(|&k| listed[k] != 0));
            run = end;
        }
        let listed: Vec<usize> = order.iter().map(|&k| listed[k]).collect();
        let mut slots: Vec<Option<Weak>> = candidates.into_iter().map(Some).collect();
        let candidates: Vec<Weak> = order.iter().filter_map(|&k| slots[k].take()).collect();
        Promotion {
            threshold,
            kept: Vec::with_capacity(candidates.len()),
            candidates,
            listed,
        }
    }

    /// Puts the next window's candidates to the rules (a window's candidates are together: page
    /// order); false when every window has been judged.
    pub fn judge(&mut self, rules_keep: &mut RulesKeep) -> bool {
        let Some(first) = self.candidates.get(self.kept.len()) else {
            return false;
        };
        let (block, at) = first.window();
        let apart = |k: usize| self.listed.get(k).is_some_and(|&r| r != 0);
        let kind = apart(self.kept.len());
        let window = self.candidates[self.kept.len()..]
            .iter()
            .enumerate()
            .take_while(|&(k, w)| w.window() == (block, at) && apart(self.kept.len() + k) == kind)
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
    /// out. Candidates not judged yet count as left out. Returns the names to list apart that
    /// the rules left as they are, in page order.
    pub fn finish(self, blocks: &[BlockText], raws: &mut Vec<Raw>) -> Vec<Candidate> {
        let Promotion {
            threshold,
            candidates,
            listed,
            kept,
        } = self;
        let mut kept = kept.into_iter();
        let mut apart = Vec::new();
        let mut count = Vec::with_capacity(candidates.len());
        for (w, readings) in candidates.into_iter().zip(listed) {
            match (kept.next().unwrap_or(false), readings) {
                (false, _) => {}
                (true, 0) => count.push(w),
                (true, readings) => apart.push(Candidate {
                    name: text(blocks, &w.raw).to_owned(),
                    kind: w.raw.kind,
                    mention: MentionRef {
                        block: w.raw.block,
                        span: w.raw.span,
                    },
                    readings,
                }),
            }
        }
        let candidates = count;
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
        apart
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
    fn unsure_names_that_do_not_count_are_listed_apart_once_each() {
        let blocks = [BlockText {
            text: "Oduya came. Oduya left. Banda spoke.",
            sentences: &[],
        }];
        let mut raws = Vec::new();
        let unsure = vec![
            weak(0, 0, 5, EntityKind::Person, 0.55),
            weak(0, 12, 17, EntityKind::Person, 0.6),
            weak(0, 24, 29, EntityKind::Place, 0.7),
        ];
        let listed = promote(&blocks, &mut raws, unsure, 0.85, &mut keep_all);
        // 1 − 0.45 × 0.4 = 0.82: "Oduya" does not count, and is listed once, where surest.
        assert!(raws.is_empty());
        let got: Vec<_> = listed
            .iter()
            .map(|c| (c.name.as_str(), c.kind, c.mention.span.start, c.readings))
            .collect();
        assert_eq!(
            got,
            [
                ("Oduya", EntityKind::Person, 12, 2),
                ("Banda", EntityKind::Place, 24, 1)
            ]
        );
    }

    #[test]
    fn names_that_count_headlines_and_what_the_rules_drop_are_not_listed() {
        let blocks = [BlockText {
            text: "Banda came. Banda left. Tangkap Pencuri. Oduya spoke.",
            sentences: &[],
        }];
        let unsure = vec![
            weak(0, 0, 5, EntityKind::Person, 0.7),
            weak(0, 12, 17, EntityKind::Person, 0.7),
            weak(0, 24, 39, EntityKind::Person, 0.8).in_headline(true),
            weak(0, 41, 46, EntityKind::Person, 0.7),
        ];
        let mut raws = Vec::new();
        let listed = promote(&blocks, &mut raws, unsure.clone(), 0.85, &mut keep_all);
        assert_eq!(raws.len(), 2);
        let names: Vec<_> = listed.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Oduya"]);
        let mut drop_all = |_: usize, _: (usize, usize), spans: &[_]| vec![false; spans.len()];
        let listed = promote(&blocks, &mut Vec::new(), unsure, 0.85, &mut drop_all);
        assert!(listed.is_empty());
    }

    #[test]
    fn a_windows_names_to_list_are_judged_apart_after_those_that_count() {
        let blocks = [BlockText {
            text: "Oduya and Banda came. Banda left.",
            sentences: &[],
        }];
        let at_start = |w: Weak| {
            let mut w = w;
            w.at = (0, 0);
            w
        };
        let unsure = vec![
            at_start(weak(0, 0, 5, EntityKind::Person, 0.6)),
            at_start(weak(0, 10, 15, EntityKind::Person, 0.7)),
            weak(0, 22, 27, EntityKind::Person, 0.7),
        ];
        let mut asked = Vec::new();
        let mut rules = |_: usize, at: (usize, usize), spans: &[(usize, usize, EntityKind)]| {
            asked.push((at.1, spans.len()));
            vec![true; spans.len()]
        };
        let mut raws = Vec::new();
        let listed = promote(&blocks, &mut raws, unsure.clone(), 0.85, &mut rules);
        // "Banda" counts (0.91 together), "Oduya" is listed: the first window twice, the
        // name that counts alone first.
        assert_eq!(asked, [(0, 1), (0, 1), (22, 1)]);
        assert_eq!(raws.len(), 2);
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].name, "Oduya");
        // A text the page marks already is not listed.
        let mut promotion =
            Promotion::apart_from(&blocks, unsure, 0.85, &|t| t.eq_ignore_ascii_case("oduya"));
        while promotion.judge(&mut keep_all) {}
        assert!(promotion.finish(&blocks, &mut Vec::new()).is_empty());
    }

    #[test]
    fn at_most_so_many_names_are_listed_the_surest_first() {
        let n = LISTED + 10;
        let text: String = (0..n).map(|k| format!("W{k:02} ")).collect();
        let blocks = [BlockText {
            text: &text,
            sentences: &[],
        }];
        // Names of their own, each in its window, surer and surer.
        let unsure: Vec<Weak> = (0..n)
            .map(|k| {
                let mut w = weak(
                    0,
                    4 * k,
                    4 * k + 3,
                    EntityKind::Person,
                    0.5 + k as f32 / 100.0,
                );
                w.at = (k, 4 * k);
                w
            })
            .collect();
        let listed = promote(&blocks, &mut Vec::new(), unsure, 0.85, &mut keep_all);
        let names: Vec<_> = listed.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names.len(), LISTED);
        assert_eq!((names[0], names[LISTED - 1]), ("W10", "W33"));
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
    fn the_rules_judge_only_what_would_count_or_be_listed_and_what_they_drop_does_not() {
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
        // Asked about the two "Banda" windows and the one "Oduya" to list, no other; dropping
        // one "Banda" leaves one reading: none.
        let mut asked = Vec::new();
        let mut drop_first = |_: usize, at: (usize, usize), spans: &[_]| {
            asked.push(at.1);
            vec![at.1 != 0; spans.len()]
        };
        let mut raws = Vec::new();
        promote(&blocks, &mut raws, unsure(), 0.85, &mut drop_first);
        assert_eq!(asked, [0, 12, 24]);
        assert!(raws.is_empty());
        promote(&blocks, &mut raws, unsure(), 0.85, &mut keep_all);
        assert_eq!(raws.len(), 2);
    }
}
