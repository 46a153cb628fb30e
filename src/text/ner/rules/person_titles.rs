//! A person's name starts after the last title word, at the first given name if there is one
//! ("Foreign Minister Penny Wong", "Secretary of State Antony Blinken", "Penyanyi Raisa
//! Andriana"; see `is_title`).

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    #[allow(unused_variables)]
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    for s in spans.iter_mut() {
        if s.0 >= s.1 {
            continue;
        }
        if s.2 == EntityKind::Person {
            // "Foreign Minister Penny Wong", "Secretary of State Antony Blinken": the name starts
            // after the last title word, at the first given name if there is one.
            if let Some(t) = (s.0..s.1 - 1)
                .rev()
                .find(|&k| super::super::is_title(words[k], lang))
            {
                s.0 = (t + 1..s.1 - 1)
                    .find(|&k| is_given_name(words[k]))
                    .unwrap_or(t + 1);
                while s.0 < s.1 - 1 && is_function_word(words[s.0], lang) {
                    s.0 += 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Person};

    #[test]
    fn a_persons_name_starts_after_the_last_title_word() {
        let words = ["Foreign", "Minister", "Penny", "Wong", "said"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 4, Person)]),
            [(2, 4, Person)]
        );
    }

    #[test]
    fn an_organisations_name_keeps_its_words() {
        let words = ["Minister", "of", "Finance", "said"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 3, Organization)]),
            [(0, 3, Organization)]
        );
    }

    #[test]
    fn offices_compromise_lacks_are_titles_too() {
        // "Senator", "Governor", "Ambassador": baca's `HONORIFICS_EN`.
        for title in ["Senator", "Governor", "Ambassador"] {
            let words = [title, "Maria", "Lopez", "said"];
            assert_eq!(
                run(super::apply, &words, "en", &[(0, 3, Person)]),
                [(1, 3, Person)],
                "{title}"
            );
        }
    }

    #[test]
    fn an_indonesian_office_or_occupation_is_a_title() {
        let words = ["Penyanyi", "Charlotte", "Gunawan", "berpesta"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 3, Person)]),
            [(1, 3, Person)]
        );
        // A given name that is also a word for a role is not on the list ("Imam").
        let words = ["Imam", "Nahrawi", "datang"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 2, Person)]),
            [(0, 2, Person)]
        );
    }
}
