//! Newspapers named after their town: a place followed by a masthead word is the paper, an
//! organisation (CONVENTIONS: news outlets are ORG), not the place: "New York Post",
//! "Washington Post", "Jakarta Post", "China Daily", "Sydney Morning Herald" (the masthead word
//! last). The place is one the gazetteer knows or the tagger found, ending right before the
//! word; a name the tagger found over both stays as it is.

use super::*;

/// Words that end a newspaper's name after its town (exact case). General vocabulary of
/// English-language mastheads, written for baca; words that also follow a place in other names
/// ("Express", "Star", "Today", "News") are left out.
const MASTHEADS: &[&str] = &[
    "Chronicle",
    "Courier",
    "Daily",
    "Dispatch",
    "Examiner",
    "Gazette",
    "Herald",
    "Inquirer",
    "Journal",
    "Post",
    "Telegraph",
    "Times",
    "Tribune",
];

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let words = c.words;
    for (k, word) in words.iter().enumerate().skip(1) {
        if !MASTHEADS.contains(word) {
            continue;
        }
        // Where a place ending right before the word starts: the tagger's, else a known one
        // ("Sydney Morning Herald": one capitalised word between them).
        let place_before = |end: usize| {
            spans
                .iter()
                .find(|s| s.1 == end && s.2 == EntityKind::Place)
                .map(|s| s.0)
                .or_else(|| c.places.iter().find(|p| p.0 + p.1 == end).map(|p| p.0))
        };
        let start = place_before(k).or_else(|| {
            (k >= 2 && c.name_part(k - 1) && !c.held(spans, k - 1))
                .then(|| place_before(k - 1))
                .flatten()
        });
        let Some(start) = start else {
            continue;
        };
        // A name of the tagger's over the place and the word is its reading.
        if spans.iter().any(|s| s.0 <= start && k < s.1) {
            continue;
        }
        spans.retain(|s| s.1 <= start || k < s.0);
        spans.push((start, k + 1, EntityKind::Organization));
    }
    spans.sort_by_key(|s| s.0);
}

#[cfg(test)]
mod tests {
    use super::super::tests::run_with_places;
    use crate::text::EntityKind::{Organization, Place};

    #[test]
    fn a_town_and_a_masthead_word_are_a_newspaper() {
        let words = ["dilansir", "New", "York", "Post", ",", "Sabtu"];
        let out = run_with_places(
            super::apply,
            &words,
            "id",
            &[(1, 3, Place)],
            &[(1, 2, "New York")],
        );
        assert_eq!(out, [(1, 4, Organization)]);
        let words = ["the", "Sydney", "Morning", "Herald", "said"];
        let out = run_with_places(super::apply, &words, "en", &[], &[(1, 1, "Sydney")]);
        assert_eq!(out, [(1, 4, Organization)]);
    }

    #[test]
    fn a_place_before_another_word_or_a_masthead_word_alone_stays() {
        // Counter-examples: not a masthead word; no place before it; a name over both.
        let words = ["in", "New", "York", "Today", "."];
        let out = run_with_places(
            super::apply,
            &words,
            "en",
            &[(1, 3, Place)],
            &[(1, 2, "New York")],
        );
        assert_eq!(out, [(1, 3, Place)]);
        let words = ["the", "Post", "said"];
        assert_eq!(run_with_places(super::apply, &words, "en", &[], &[]), []);
        let words = ["the", "Jakarta", "Post", "Office"];
        let spans = [(1, 4, Organization)];
        let out = run_with_places(super::apply, &words, "en", &spans, &[(1, 1, "Jakarta")]);
        assert_eq!(out, spans);
    }
}
