//! An Indonesian or Malay place the tagger ended before a capitalised word that names a part of
//! it ("Utara", "Tengah", "Besar": `is_regency_point`; "Jakarta" of "Jakarta Utara"): the word
//! is the name's (CONVENTIONS: "Jakarta Utara" is one place, a city of its own), as the tagger
//! reads it in running text; a headline's capitals made it unsure where the name ends. Not
//! before another capitalised word in running text, nor before a second direction word in a
//! headline ("Jawa Barat Daya" names no regency).

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    if !super::super::is_id_or_ms(c.lang) {
        return;
    }
    let (words, n) = (c.words, c.words.len());
    // In running text the word ends the capitals; in a headline, where every word is
    // capitalised, it is not followed by another direction word.
    let ends = |k: usize| {
        k == n
            || if c.title_case {
                !super::super::DIRECTIONS_ID.contains(words[k])
            } else {
                !c.capitalised(k)
            }
    };
    // The places to extend, found first (whether a span holds the word is asked only of the
    // few places with such a word after them), then extended.
    let extend: Vec<usize> = (0..spans.len())
        .filter(|&i| {
            let (next, kind) = (spans[i].1, spans[i].2);
            kind == EntityKind::Place
                && next < n
                && super::super::is_regency_point(words[next])
                && ends(next + 1)
                && !c.held(spans, next)
        })
        .collect();
    for i in extend {
        spans[i].1 += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_in};
    use crate::text::EntityKind::{Person, Place};

    #[test]
    fn a_place_takes_the_compass_point_after_it() {
        let words = ["Polisi", "Tangkap", "Pelaku", "Di", "Vestrika", "Utara"];
        assert_eq!(
            run_in(super::apply, &words, "id", &[(4, 5, Place)], &[], true),
            [(4, 6, Place)]
        );
        let words = ["Polisi", "Di", "Vestrika", "Utara", "Tangkap", "Pelaku"];
        assert_eq!(
            run_in(super::apply, &words, "id", &[(2, 3, Place)], &[], true),
            [(2, 4, Place)]
        );
        let words = ["Polisi", "Di", "Vestrika", "Barat", "Daya", "Tangkap"];
        assert_eq!(
            run_in(super::apply, &words, "id", &[(2, 3, Place)], &[], true),
            [(2, 3, Place)]
        );
        let words = ["banjir", "di", "Vestrika", "Selatan", "."];
        assert_eq!(
            run(super::apply, &words, "id", &[(2, 3, Place)]),
            [(2, 4, Place)]
        );
    }

    #[test]
    fn not_a_person_nor_before_more_capitals_nor_in_english() {
        let words = ["kata", "Budi", "Utara", "."];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 2, Person)]),
            [(1, 2, Person)]
        );
        let words = ["di", "Vestrika", "Utara", "Raya"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 2, Place)]),
            [(1, 2, Place)]
        );
        let words = ["in", "Vestrika", "Utara", "."];
        assert_eq!(
            run(super::apply, &words, "en", &[(1, 2, Place)]),
            [(1, 2, Place)]
        );
    }
}
