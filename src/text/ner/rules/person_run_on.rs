//! The rest of a person's name the tagger dropped: up to two capitalised words after it
//! ("Kim Jong" + "Un"), the last of them perhaps a possessive ("Angela" + "Merkel's"; the
//! possessive is cut from the mention later). A name that ends in a possessive already is whole
//! ("Elon Musk's" before "Tesla"). Not in a title-case window, whose capitals say nothing of
//! where a name ends ("Pope Francis Visits Jakarta").

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    #[allow(unused_variables)]
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    for s in spans.iter_mut() {
        // A name that ends in a possessive is whole ("Elon Musk's" before "Tesla"); in a
        // headline the capitals after a name are as often its verb (a name the tagger cut
        // short there, "Kim Jong" of "Kim Jong Un", stays short).
        if s.2 == EntityKind::Person
            && !c.title_case
            && s.0 < s.1
            && without_possessive(words[s.1 - 1]).len() == words[s.1 - 1].len()
        {
            // The rest of a person's name the tagger dropped: up to two capitalised words.
            let mut extra = 0;
            while s.1 < n
                && extra < 2
                && capitalised(words[s.1])
                && is_name_word(words[s.1])
                && !c.function(s.1)
                && !is_trap(words[s.1], lang)
                && !places.iter().any(|pl| pl.0 == s.1)
            {
                s.1 += 1;
                extra += 1;
                // A possessive ends the name ("Angela Merkel's office").
                if has_possessive(words[s.1 - 1]) {
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_in};
    use crate::text::EntityKind::{Person, Place};

    #[test]
    fn a_person_runs_on_over_capitalised_words_and_a_possessive() {
        let words = ["Kim", "Jong", "Un", "tiba", "."];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 2, Person)]),
            [(0, 3, Person)]
        );
        let words = ["Angela", "Merkel's", "office"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 1, Person)]),
            [(0, 2, Person)]
        );
        // Not past a possessive the name ends in.
        let words = ["Elon", "Musk's", "Tesla", "cut"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 2, Person)]),
            [(0, 2, Person)]
        );
    }

    #[test]
    fn not_in_a_headline() {
        let words = ["Pope", "Leo", "Visits", "Vestrika"];
        let spans = [(0, 2, Person)];
        assert_eq!(run_in(super::apply, &words, "en", &spans, &[], true), spans);
        // The same words in running text run on (a surname the tagger dropped).
        assert_eq!(
            run_in(super::apply, &words, "en", &spans, &[], false),
            [(0, 4, Person)]
        );
    }

    #[test]
    fn not_over_a_function_word_nor_for_a_place() {
        let words = ["Putin", "Dan", "Kim", "."];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 1, Person)]),
            [(0, 1, Person)]
        );
        let words = ["Jakarta", "Selatan", "Raya"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 1, Place)]),
            [(0, 1, Place)]
        );
    }
}
