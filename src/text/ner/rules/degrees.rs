//! Indonesian and Malay: the degrees written after a person's name stay outside it
//! (CONVENTIONS: "S.H." is a title): "Budi Santoso S.H." → "Budi Santoso". A degree is known by
//! its shape, as PUEBI writes gelar (II.H.1: a period after every element: "S.H.", "M.Si.",
//! "Ph.D."), by the medical specialist's "Sp" before capitals ("SpPD", "Sp.OG"), or, written
//! without periods, as two to four capitals ("SH", "MH", "MBA"; not a regnal number, "Paku
//! Buwono XIII", nor "MD", "Mohammad Mahfud MD"). Only from the end of a name of three words or
//! more, so that two words stay.

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    if !super::super::is_id_or_ms(c.lang) {
        return;
    }
    for s in spans.iter_mut() {
        while s.2 == EntityKind::Person && s.1 - s.0 > 2 && is_degree(c.words[s.1 - 1]) {
            s.1 -= 1;
        }
    }
}

/// Whether `word` is shaped as a degree written after a name.
pub(super) fn is_degree(word: &str) -> bool {
    let word = word.trim_end_matches(['.', ',']);
    let capitals = |w: &str| w.chars().all(|ch| ch.is_ascii_uppercase());
    // "S.H", "M.Si", "Ph.D", "S.Kom.I": elements of a capital and up to three small letters.
    let dotted = word.contains('.')
        && word.split('.').all(|e| {
            let mut cs = e.chars();
            cs.next().is_some_and(|ch| ch.is_ascii_uppercase())
                && e.len() <= 4
                && cs.all(|ch| ch.is_ascii_alphabetic())
        });
    // "SpPD", "Sp.OG", "SpPD-KEMD".
    let specialist = word.strip_prefix("Sp").is_some_and(|rest| {
        rest.trim_start_matches('.')
            .starts_with(|ch: char| ch.is_ascii_uppercase())
    });
    // Capitals that are no degree: a regnal number ("Paku Buwono XIII", "Yohanes Paulus II")
    // and "MD", which Indonesian names carry ("Mohammad Mahfud MD"; a physician is "dr").
    dotted
        || specialist
        || ((2..=4).contains(&word.len())
            && capitals(word)
            && !super::super::is_regnal_number(word)
            && word != "MD")
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Person};

    #[test]
    fn degrees_after_a_name_are_outside_it() {
        for degree in [
            &["S.H."][..],
            &["SH", "MH"],
            &["SpPD-KEMD"],
            &["M.Sc"],
            &["Sp.OG"],
        ] {
            let mut words = vec!["dr", "Andi", "Wijaya"];
            words.extend_from_slice(degree);
            let spans = [(1, words.len(), Person)];
            assert_eq!(
                run(super::apply, &words, "id", &spans),
                [(1, 3, Person)],
                "{degree:?}"
            );
        }
    }

    #[test]
    fn two_words_stay_and_bodies_and_other_languages_are_untouched() {
        let words = ["Mahfud", "MD", "dan", "Bank", "Rakyat", "BRI"];
        let spans = [(0, 2, Person), (3, 6, Organization)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["Andi", "Wijaya", "SH"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 3, Person)]),
            [(0, 3, Person)]
        );
        // Not a regnal number nor "MD".
        for words in [["Paku", "Buwono", "XIII"], ["Mohammad", "Mahfud", "MD"]] {
            assert_eq!(
                run(super::apply, &words, "id", &[(0, 3, Person)]),
                [(0, 3, Person)]
            );
        }
        // Not a name's word in capitals that is no degree's shape.
        let words = ["Andi", "Wijaya", "Setiawan"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 3, Person)]),
            [(0, 3, Person)]
        );
    }
}
