//! English places named by their kind's noun, capitalised as the name's last word
//! ("Tiananmen Square", "Bondi Beach", "Golden Gate Bridge", "Heathrow Airport"): one to three
//! capitalised name words and the noun are one place (CONVENTIONS: streets, squares,
//! airports, stadiums, palaces and landmarks are places), over the tagger's places inside
//! it. Not where a name of another kind holds a word of it, not where a capitalised word runs
//! on after the noun ("Island Records", "Bridge Street"), and not in title-case sentences.
//! Also a place's noun written first, before "of" ("Gulf of Aden", "Strait of Hormuz", "Isle
//! of Man"): the noun, "of" and one to three name words are one place.
//!
//! Other languages' news names English places in English ("all'aeroporto di Palm Beach",
//! "di Bondi Beach"), so the pass reads every language's text; the tagger of another language
//! takes such a name for a person's, and a person's name of the same words that does not open
//! with a given name gives way to the place (not "Adam Beach", the actor).

use super::*;
use crate::support::case::with_lowercase;

/// The nouns of places English writes as a name's last word. Only nouns that are no common
/// surname or name of a kind of body ("Hall", "Park", "Bay" and "Tower" are people's and
/// teams' names too). General vocabulary, written for baca. Sorted. (`given_name_runs` asks
/// it too: a run ending in one is no person's.)
pub(super) static HEADS_EN: WordList = WordList::new(
    "airport avenue beach boulevard bridge canyon island islands lake mountains palace \
     peninsula river road square stadium strait street valley",
);

/// The nouns of places English writes first, before "of" and the name. General vocabulary,
/// written for baca. Sorted.
static LEADS_EN: WordList = WordList::new("bay cape gulf isle lake mount sea strait straits");

/// Of those, the nouns of streets, which cities number ("79th Street", "5th Avenue"). Sorted.
static STREETS_EN: WordList = WordList::new("avenue boulevard road street");

/// Whether `word` is an English ordinal in figures ("5th", "21st", "42nd", "79th").
fn ordinal(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&word[digits..], "st" | "nd" | "rd" | "th")
}

/// How many name words may come before the noun.
const WORDS_BEFORE: usize = 3;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    if c.title_case {
        return;
    }
    let (words, n) = (c.words, c.words.len());
    // German writes Iceland "Island".
    let german = c.lang.code() == Some("de");
    let mut added = false;
    for h in 1..n {
        if !c.capitalised(h)
            || !with_lowercase(words[h], |w| {
                HEADS_EN.contains(w) && !(german && w == "island")
            })
        {
            continue;
        }
        // A capitalised word after the noun makes it part of another name.
        if h + 1 < n && c.capitalised(h + 1) {
            continue;
        }
        let mut start = h;
        // Words, not letters ("X Square" is a formula's); not over an owner ("Beijing's
        // Tiananmen Square": two places).
        while start > 0
            && h - start < WORDS_BEFORE
            && c.name_part(start - 1)
            && words[start - 1].chars().nth(1).is_some()
            && without_possessive(words[start - 1]) == words[start - 1]
        {
            start -= 1;
        }
        // A numbered street ("79th Street", "5th Avenue"): the ordinal is its name.
        if start == h
            && h >= 1
            && ordinal(words[h - 1])
            && with_lowercase(words[h], |w| STREETS_EN.contains(w))
        {
            start = h - 1;
        }
        if start == h {
            continue;
        }
        // A name of a person's given name is a person's ("George Strait"); a sentence's first
        // word is capitalised anyway, so a run of two words or more from it that no name of
        // the tagger's holds is no evidence ("Outside Downing Street, …").
        if is_given_name(words[start])
            || (opens(words, start) && h - start >= 2 && !c.held(spans, start))
        {
            continue;
        }
        // Another language's tagger's person of exactly these words is a place's name it did
        // not know (English's keeps "Picabo Street").
        if let Some(s) = spans.iter_mut().find(|s| {
            c.lang.code() != Some("en") && (s.0, s.1, s.2) == (start, h + 1, EntityKind::Person)
        }) {
            s.2 = EntityKind::Place;
            continue;
        }
        added |= place_over(spans, start, h + 1);
    }
    for h in 0..n.saturating_sub(2) {
        if !c.capitalised(h)
            || words[h + 1] != "of"
            || !with_lowercase(words[h], |w| LEADS_EN.contains(w))
        {
            continue;
        }
        let mut end = h + 2;
        while end < n && end - (h + 2) < WORDS_BEFORE && c.name_part(end) {
            end += 1;
        }
        if end == h + 2 {
            continue;
        }
        added |= place_over(spans, h, end);
    }
    if added {
        spans.sort_by_key(|s| s.0);
    }
}

/// Makes words `a..b` a place over the places inside it (a tagger's "Bondi" of "Bondi Beach"
/// gives way), unless a name of another kind holds a word of it, a span runs out of it, or it is
/// one already; whether it did.
fn place_over(spans: &mut Spans, a: usize, b: usize) -> bool {
    let clash = spans
        .iter()
        .any(|s| s.0 < b && a < s.1 && (s.0 < a || s.1 > b || s.2 != EntityKind::Place));
    if clash || spans.iter().any(|s| (s.0, s.1) == (a, b)) {
        return false;
    }
    spans.retain(|s| !(a <= s.0 && s.1 <= b));
    spans.push((a, b, EntityKind::Place));
    true
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_in};
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn names_before_a_capitalised_place_noun_are_a_place() {
        let words = ["packed", "into", "Tiananmen", "Square", "on", "Monday"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(2, 4, Place)]);
        let words = ["crossed", "the", "Golden", "Gate", "Bridge", "."];
        assert_eq!(run(super::apply, &words, "en", &[]), [(2, 5, Place)]);
        // Over a place of the tagger's inside it.
        let words = ["waves", "at", "Bondi", "Beach", "."];
        assert_eq!(
            run(super::apply, &words, "en", &[(2, 3, Place)]),
            [(2, 4, Place)]
        );
    }

    #[test]
    fn not_an_owner_a_persons_name_or_a_sentences_first_word() {
        let words = ["filled", "Beijing's", "Tiananmen", "Square", "."];
        assert_eq!(
            run(super::apply, &words, "en", &[(1, 2, Place)]),
            [(1, 2, Place), (2, 4, Place)]
        );
        let words = ["fans", "of", "George", "Strait", "."];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["Outside", "Downing", "Street", ",", "he", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        // One word before the noun at a sentence's start is the name.
        let words = ["Downing", "Street", "said", "so"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(0, 2, Place)]);
    }

    #[test]
    fn a_place_noun_before_of_and_a_name_is_a_place() {
        let words = ["ships", "in", "the", "Gulf", "of", "Aden", "."];
        assert_eq!(
            run(super::apply, &words, "en", &[(5, 6, Place)]),
            [(3, 6, Place)]
        );
        let words = ["the", "Strait", "of", "Hormuz", "closed"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(1, 4, Place)]);
        // Not in lower case, nor before a body's name.
        let words = ["a", "sea", "of", "Faces"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["the", "Bay", "of", "Pigs", "Authority"];
        let spans = [(3, 5, Organization)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
    }

    #[test]
    fn not_another_kinds_name_nor_a_noun_a_name_goes_on_after() {
        let words = ["signed", "with", "Island", "Records", "."];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["the", "Margaret", "Thatcher", "Bridge"];
        let spans = [(1, 3, Person)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
        let words = ["the", "Wall", "Street", "Journal"];
        let spans = [(1, 4, Organization)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
        // The noun alone, a function word, another language, a headline.
        let words = ["Bridge", "collapses", "."];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["across", "The", "Square"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["X", "Square", ":", "12"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["Crowds", "Fill", "Tiananmen", "Square"];
        assert_eq!(run_in(super::apply, &words, "en", &[], &[], true), []);
    }

    #[test]
    fn an_english_place_in_another_languages_news_is_a_place() {
        let words = ["all'aeroporto", "di", "Palm", "Beach", "."];
        assert_eq!(run(super::apply, &words, "it", &[]), [(2, 4, Place)]);
        let words = ["berkumpul", "di", "Tiananmen", "Square", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), [(2, 4, Place)]);
        // Over the tagger's person of the same words, not over one with a given name first.
        let words = ["vive", "a", "Palm", "Beach", "."];
        assert_eq!(
            run(super::apply, &words, "it", &[(2, 4, Person)]),
            [(2, 4, Place)]
        );
        let words = ["l'attore", "Adam", "Beach", "."];
        let spans = [(1, 3, Person)];
        assert_eq!(run(super::apply, &words, "it", &spans), spans);
        // German's "Island" is Iceland.
        let words = ["die", "Insel", "Island", "liegt"];
        assert_eq!(run(super::apply, &words, "de", &[]), []);
    }

    #[test]
    fn a_numbered_street_is_a_place() {
        let words = ["near", "79th", "Street", "and", "Vestrik", "Avenue", "."];
        assert_eq!(
            run(super::apply, &words, "en", &[]),
            [(1, 3, Place), (4, 6, Place)]
        );
        // Not an ordinal before another noun, nor a figure alone.
        let words = ["its", "3rd", "Bridge", "opened"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["at", "79", "Street", "."];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
    }
}
