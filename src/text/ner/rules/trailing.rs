//! A name does not end in lower case or with a day or month name ("Senin", "Monday").

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    #[allow(unused_variables)]
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    for s in spans.iter_mut() {
        while s.1 > s.0 + 1
            && (!capitalised(words[s.1 - 1]) || is_trap(words[s.1 - 1], lang))
            && words[s.1 - 1].chars().all(is_alphabetic)
        {
            s.1 -= 1;
        }
    }
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
    fn a_one_word_name_stays() {
        let words = ["Senin", "."];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 1, Person)]),
            [(0, 1, Person)]
        );
    }
}
