//! A match's two sides around its score or "v" name clubs, not towns (CONVENTIONS: clubs and
//! teams are organisations, also one named after its city). Results and fixtures write a club
//! by its town alone ("Surabaya 2 Bandung 1", "Surabaya 2-1 Bandung", "Surabaya v Bandung"),
//! which the gazetteer and the tagger read as places.
//!
//! Where one side is exactly a city the gazetteer knows (not a state, a province or a
//! country), each side that is such a city, a person of one word ("Chelsea": a club's name the
//! tagger read as a person's) or a run of capitalised words no span holds becomes an
//! organisation. A country stays a place (a national side is its country, as
//! [`super::team_nouns`] keeps it), and so does a person of two words or more. A side is at
//! most [`MAX_WORDS`] capitalised words, none a day or a month ("Surabaya 5-7 Mei" is a range
//! of days).
//!
//! What says it is a match:
//! - a score of a digit a side between the sides ("2-1", "2 - 1"), or each side's goals after
//!   it ("Surabaya 2 Bandung 1");
//! - "v" or "vs" between them, with a score elsewhere in the sentence or a club's name already
//!   read on one side ("Surabaya vs Persib"): two towns with "vs" alone are as often compared
//!   ("London vs Paris");
//! - one side after a verb of winning and before its score ([`BEAT`]: "beat Surabaya 4-1");
//! - a league table's row: the side and five numbers or more, alone in its sentence.
//!
//! In a sentence title case by its capitals (a headline, a line of results) each side must be
//! a town or a club already read: its capitals say nothing of which other words are a side.

use super::*;
use crate::support::case::with_lowercase;

/// Whether `w` stands between two sides of a match (exact case; "v." and "vs." are read as
/// the word and a period). General vocabulary, written for baca.
fn versus(w: &str) -> bool {
    matches!(w, "kontra" | "v" | "versus" | "vs")
}

/// Verbs of beating a side, before its name and the score (English and Indonesian). General
/// vocabulary, written for baca. Sorted.
static BEAT: WordList = WordList::new(
    "beat beating beats defeated defeating edged menaklukkan mengalahkan mengandaskan \
     menundukkan thrashed",
);

/// The most words a side's name has.
const MAX_WORDS: usize = 3;

/// Whether `w` is a team's goals or points in a score: one or two digits.
fn goals(w: &str) -> bool {
    (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `w` is a whole score written as one token, of a digit a side ("2-1", "3:0"; not
/// "12-14", a range of days).
fn score(w: &str) -> bool {
    w.split_once(['-', ':'])
        .is_some_and(|(a, b)| goals(a) && goals(b) && a.len() == 1 && b.len() == 1)
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let (words, lang, n) = (c.words, c.lang, c.words.len());
    let side_word = |k: usize| c.name_part(k) && !is_trap(words[k], lang);
    // The side whose name ends at `end`, and the one that starts at `start`.
    let before = |end: usize| {
        let mut a = end;
        while a > 0 && end - a < MAX_WORDS && side_word(a - 1) {
            a -= 1;
        }
        (a < end).then_some((a, end))
    };
    let after = |start: usize| {
        let mut b = start;
        while b < n && b - start < MAX_WORDS && side_word(b) {
            b += 1;
        }
        (b > start).then_some((start, b))
    };
    let club = |(a, b): (usize, usize), spans: &Spans| {
        spans
            .iter()
            .any(|s| (s.0, s.1) == (a, b) && s.2 == EntityKind::Organization)
    };
    // Read when first wanted: whether the sentence holds a score.
    let scored = std::cell::OnceCell::new();
    let mut added = false;
    for k in 1..n {
        let w = words[k];
        let pair = if versus(w) {
            let from = if words.get(k + 1) == Some(&".") {
                k + 2
            } else {
                k + 1
            };
            before(k).zip(after(from)).filter(|&(x, y)| {
                *scored.get_or_init(|| words.iter().any(|w| score(w) || goals(w)))
                    || club(x, spans)
                    || club(y, spans)
            })
        } else if score(w) {
            match (before(k), after(k + 1)) {
                (Some(x), Some(y)) => Some((x, y)),
                // One side after a verb of beating ("beat Surabaya 4-1").
                (Some(x), None)
                    if x.0 > 0 && with_lowercase(words[x.0 - 1], |v| BEAT.contains(v)) =>
                {
                    Some((x, x))
                }
                _ => None,
            }
        } else if goals(w) {
            if matches!(words.get(k + 1), Some(&("-" | "–" | ":")))
                && words.get(k + 2).is_some_and(|w| goals(w) && w.len() == 1)
                && w.len() == 1
            {
                before(k).zip(after(k + 3))
            } else if k == 1 && n >= 6 && words[1..].iter().all(|w| goals(w)) {
                // A league table's row: a side and its games, wins, draws, losses, goals, points.
                before(k).map(|x| (x, x))
            } else {
                before(k)
                    .zip(after(k + 1))
                    .filter(|&(_, (_, b))| words.get(b).is_some_and(|w| goals(w)))
            }
        } else {
            None
        };
        let Some((first, second)) = pair else {
            continue;
        };
        let city = |(a, b): (usize, usize)| {
            c.places
                .iter()
                .any(|p| (p.0, p.0 + p.1) == (a, b) && p.2.kind == PlaceKind::City)
        };
        if !city(first) && !city(second) {
            continue;
        }
        // In a sentence title case by its capitals (a headline, a line of results: "Leicester
        // 2 Southampton 0") each side is a town or a club already read: any run of capitals
        // could be a side there ("Prices In Surabaya 2-3 Times Higher").
        if c.title_case && ![first, second].iter().all(|&x| city(x) || club(x, spans)) {
            continue;
        }
        for side in [first, second] {
            let (a, b) = side;
            let country = c
                .places
                .iter()
                .any(|p| p.0 < b && a < p.0 + p.1 && p.2.kind == PlaceKind::Country);
            let over: Vec<_> = spans.iter().filter(|s| s.0 < b && a < s.1).collect();
            let turns = match over.as_slice() {
                [] => true,
                [s] if (s.0, s.1) == side => {
                    s.2 == EntityKind::Place && city(side)
                        || s.2 == EntityKind::Person && b - a == 1
                }
                _ => false,
            };
            if turns && !country && put_within(spans, a, b, EntityKind::Organization) {
                added = true;
                if city(side) {
                    c.clubs.borrow_mut().push(side);
                }
            }
        }
    }
    if added {
        spans.sort_by_key(|s| s.0);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_in, run_with_places};
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn towns_around_a_score_or_v_are_clubs() {
        let words = ["Surabaya", "2", "Bandung", "1"];
        let places = [(0, 1, "Surabaya"), (2, 1, "Bandung")];
        let spans = [(0, 1, Place), (2, 3, Place)];
        let out = run_with_places(super::apply, &words, "en", &spans, &places);
        assert_eq!(out, [(0, 1, Organization), (2, 3, Organization)]);
        let words = ["Surabaya", "2-1", "Vestrika", "Halvor", "."];
        let out = run_with_places(super::apply, &words, "en", &[], &places[..1]);
        assert_eq!(out, [(0, 1, Organization), (2, 4, Organization)]);
        // "vs" with a score in the sentence; "vs." read as the word and its period.
        let words = ["laga", "Surabaya", "vs", "Vestrika", "berakhir", "2-0"];
        let out = run_with_places(
            super::apply,
            &words,
            "id",
            &[(3, 4, Person)],
            &[(1, 1, "Surabaya")],
        );
        assert_eq!(out, [(1, 2, Organization), (3, 4, Organization)]);
        let words = ["Surabaya", "vs", ".", "Vestrika", "ended", "1-1"];
        let out = run_with_places(super::apply, &words, "en", &[], &places[..1]);
        assert_eq!(out, [(0, 1, Organization), (3, 4, Organization)]);
        let words = ["Surabaya", "3", "-", "0", "Bandung"];
        let out = run_with_places(super::apply, &words, "en", &[], &places[..1]);
        assert_eq!(out, [(0, 1, Organization), (4, 5, Organization)]);
        // One side beside a score of single digits, and a league table's row.
        let words = ["they", "beat", "Surabaya", "4-1", "on", "Sunday"];
        let out = run_with_places(super::apply, &words, "en", &[], &[(2, 1, "Surabaya")]);
        assert_eq!(out, [(2, 3, Organization)]);
        let words = ["Surabaya", "3", "2", "1", "0", "7"];
        let out = run_with_places(super::apply, &words, "en", &[], &[(0, 1, "Surabaya")]);
        assert_eq!(out, [(0, 1, Organization)]);
    }

    #[test]
    fn not_without_a_town_nor_over_a_country_or_a_full_name() {
        // No town: people stay people.
        let words = ["Vestrik", "v", "Halvorsen", "in", "the", "final"];
        let spans = [(0, 1, Person), (2, 3, Person)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
        // A country is its side.
        let words = ["Indonesia", "2", "Surabaya", "1"];
        let out = run_with_places(
            super::apply,
            &words,
            "en",
            &[],
            &[(0, 1, "Indonesia"), (2, 1, "Surabaya")],
        );
        assert_eq!(out, [(2, 3, Organization)]);
        // A person of two words is the tagger's.
        let words = ["Kari", "Halvorsen", "v", "Surabaya", "2-1"];
        let out = run_with_places(
            super::apply,
            &words,
            "en",
            &[(0, 2, Person)],
            &[(3, 1, "Surabaya")],
        );
        assert_eq!(out, [(0, 2, Person), (3, 4, Organization)]);
        // A town with a number after it and no second score is no result, nor a date range
        // of two digits, nor a town before a few numbers in a sentence.
        let words = ["Surabaya", "2", "Vestrika", "said"];
        let out = run_with_places(super::apply, &words, "en", &[], &[(0, 1, "Surabaya")]);
        assert_eq!(out, []);
        let words = ["di", "Surabaya", "12-14", "Mei"];
        let out = run_with_places(super::apply, &words, "id", &[], &[(1, 1, "Surabaya")]);
        assert_eq!(out, []);
        let words = ["Surabaya", "3", "2", "1"];
        let out = run_with_places(super::apply, &words, "en", &[], &[(0, 1, "Surabaya")]);
        assert_eq!(out, []);
        // A range of days or hours, a share, after a town.
        for words in [
            ["di", "Surabaya", "5-7", "Mei", "lalu"],
            ["ke", "Surabaya", "2-3", "jam", "lagi"],
            ["in", "Surabaya", "2-3", "times", "a"],
        ] {
            let out = run_with_places(super::apply, &words, "id", &[], &[(1, 1, "Surabaya")]);
            assert_eq!(out, [], "{words:?}");
        }
        // Two towns compared; a state; a headline.
        let words = ["Surabaya", "vs", "Bandung", ":", "mana", "lebih", "macet"];
        let places = [(0, 1, "Surabaya"), (2, 1, "Bandung")];
        let out = run_with_places(super::apply, &words, "id", &[], &places);
        assert_eq!(out, []);
        let words = ["Texas", "5", "Vestrik", "3"];
        let out = run_with_places(super::apply, &words, "en", &[], &[(0, 1, "Texas")]);
        assert_eq!(out, []);
        let words = ["Prices", "In", "Surabaya", "2-3", "Times", "Higher"];
        let out = run_in(super::apply, &words, "en", &[], &[(2, 1, "Surabaya")], true);
        assert_eq!(out, []);
        // In title case each side is a town or a club read before.
        let words = ["Surabaya", "2", "Vestrika", "0", "In", "The", "Cup"];
        let out = run_in(super::apply, &words, "en", &[], &[(0, 1, "Surabaya")], true);
        assert_eq!(out, []);
        let spans = [(2, 3, Organization)];
        let out = run_in(
            super::apply,
            &words,
            "en",
            &spans,
            &[(0, 1, "Surabaya")],
            true,
        );
        assert_eq!(out, [(0, 1, Organization), (2, 3, Organization)]);
    }
}
