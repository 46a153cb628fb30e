//! A name does not end in lower case or with a day or month name ("Senin", "Monday"), unless the
//! day names a place after a building's word ("Pasar Minggu"). And no person's name holds a
//! "+": "OPEC+", "Disney+" are a group's or a service's (the tokens split the sign off).

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    #[allow(unused_variables)]
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    for s in spans.iter_mut() {
        // A day's name after a building's word is the place's ("Pasar Minggu", "Stasiun Pasar
        // Minggu"), not a date.
        let day_of_a_place = |k: usize| {
            capitalised(words[k])
                && super::super::is_id_or_ms(lang)
                && super::super::FACILITY_NOUNS_ID.contains(words[k - 1])
        };
        while s.1 > s.0 + 1
            && (!capitalised(words[s.1 - 1])
                || (is_trap(words[s.1 - 1], lang) && !day_of_a_place(s.1 - 1)))
            && words[s.1 - 1].chars().all(is_alphabetic)
        {
            s.1 -= 1;
        }
    }
    spans.retain(|s| !(s.2 == EntityKind::Person && words[s.0..s.1].contains(&"+")));
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Person};

    #[test]
    fn a_name_ends_with_no_lower_case_word_nor_a_day() {
        let words = ["Kim", "Jong", "Un", "Selasa", "tiba"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 4, Person)]),
            [(0, 3, Person)]
        );
        let words = ["Bank", "Indonesia", "itu"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 3, Organization)]),
            [(0, 2, Organization)]
        );
    }

    #[test]
    fn no_persons_name_holds_a_plus() {
        let words = ["setelah", "OPEC", "+", "memutuskan"];
        assert_eq!(run(super::apply, &words, "id", &[(1, 3, Person)]), []);
        let spans = [(1, 3, Organization)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
    }

    #[test]
    fn a_day_after_a_buildings_word_is_the_places() {
        use crate::text::EntityKind::Place;
        let words = ["di", "Stasiun", "Pasar", "Minggu", "kemarin"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 4, Place)]),
            [(1, 4, Place)]
        );
    }

    #[test]
    fn a_one_word_name_stays() {
        let words = ["Senin", "."];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 1, Person)]),
            [(0, 1, Person)]
        );
    }
}
