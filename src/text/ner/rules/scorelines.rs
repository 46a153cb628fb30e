//! A match's two sides around its score or "v" name clubs, not towns (CONVENTIONS: clubs and
//! teams are organisations, also one named after its city). Results and fixtures write a club
//! by its town alone ("Surabaya 2 Bandung 1", "Surabaya 2-1 Bandung", "Surabaya v Bandung"),
//! which the gazetteer and the tagger read as places.
//!
//! Where one side is exactly a city the gazetteer knows, each side that is such a city, a
//! person of one word ("Chelsea": a club's name the tagger read as a person's) or a run of
//! capitalised words nothing holds becomes an organisation. A country stays a place (a
//! national side is its country, as [`super::team_nouns`] keeps it), and so does a person of
//! two words or more ("Nadal v Federer" names no town, so nothing changes there either). A
//! side is at most [`MAX_WORDS`] capitalised words.

use super::*;

/// Whether `w` stands between two sides of a match (exact case). General vocabulary, written
/// for baca.
fn versus(w: &str) -> bool {
    matches!(w, "kontra" | "v" | "v." | "versus" | "vs" | "vs.")
}

/// The most words a side's name has.
const MAX_WORDS: usize = 3;

/// Whether `w` is a team's goals or points in a score: one or two digits.
fn goals(w: &str) -> bool {
    (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `w` is a whole score written as one token, of a digit a side ("2-1", "3:0"; not
/// "12-14", a range of days).
fn score(w: &str) -> bool {
    w.split_once(['-', ':', '–'])
        .is_some_and(|(a, b)| goals(a) && goals(b) && a.len() == 1 && b.len() == 1)
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let (words, n) = (c.words, c.words.len());
    // The side whose name ends at `end`, and the one that starts at `start`.
    let before = |end: usize| {
        let mut a = end;
        while a > 0 && end - a < MAX_WORDS && c.name_part(a - 1) {
            a -= 1;
        }
        (a < end).then_some((a, end))
    };
    let after = |start: usize| {
        let mut b = start;
        while b < n && b - start < MAX_WORDS && c.name_part(b) {
            b += 1;
        }
        (b > start).then_some((start, b))
    };
    let mut added = false;
    for k in 1..n {
        // The two sides: around "v" or a score of one token; around a score of three ("2 - 1");
        // "A 2 B 1", the second side's goals after it.
        let pair = if versus(words[k]) || score(words[k]) {
            match (before(k), after(k + 1)) {
                (Some(x), Some(y)) => Some((x, y)),
                // One side with a score of single digits beside it ("beat Surabaya 4-1").
                (Some(x), None) | (None, Some(x)) if score(words[k]) => Some((x, x)),
                _ => None,
            }
        } else if goals(words[k]) {
            if matches!(words.get(k + 1), Some(&("-" | "–" | ":")))
                && words.get(k + 2).is_some_and(|w| goals(w))
            {
                before(k).zip(after(k + 3))
            } else if k == 1 && words.len() >= 5 && words[1..].iter().all(|w| goals(w)) {
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
                .any(|p| (p.0, p.0 + p.1) == (a, b) && p.2.kind != PlaceKind::Country)
        };
        if !city(first) && !city(second) {
            continue;
        }
        for side in [first, second] {
            let (a, b) = side;
            let country = c
                .places
                .iter()
                .any(|p| p.0 < b && a < p.0 + p.1 && p.2.kind == PlaceKind::Country);
            let over: Vec<_> = spans.iter().filter(|s| s.0 < b && a < s.1).collect();
            let club = match over.as_slice() {
                [] => true,
                [s] if (s.0, s.1) == side => {
                    s.2 == EntityKind::Place && city(side)
                        || s.2 == EntityKind::Person && b - a == 1
                }
                _ => false,
            };
            if club && !country {
                added |= put_within(spans, a, b, EntityKind::Organization);
            }
        }
    }
    if added {
        spans.sort_by_key(|s| s.0);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_with_places};
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
        let words = ["laga", "Surabaya", "vs", "Vestrika", "berakhir"];
        let out = run_with_places(
            super::apply,
            &words,
            "id",
            &[(3, 4, Person)],
            &[(1, 1, "Surabaya")],
        );
        assert_eq!(out, [(1, 2, Organization), (3, 4, Organization)]);
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
        let words = ["Kari", "Halvorsen", "v", "Surabaya"];
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
    }
}
