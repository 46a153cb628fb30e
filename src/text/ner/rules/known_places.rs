//! A known place decides: it replaces a span inside it ("South Korea" for "Korea"), and a
//! "person" that is exactly a place of two words or more ("Sierra Leone"), or of one word that
//! is no given name, is the place.

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    #[allow(unused_variables)]
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    for &(p, len, _) in places {
        let (a, b) = (p, p + len);
        if spans
            .iter()
            .any(|s| a <= s.0 && s.1 <= b && (s.0, s.1) != (a, b))
            && !spans
                .iter()
                .any(|s| s.0 < a && a < s.1 || s.0 < b && b < s.1)
        {
            spans.retain(|s| !(a <= s.0 && s.1 <= b));
            spans.push((a, b, EntityKind::Place));
        }
        // A given name may be a place's name of one word as a person's ("Austin", "Chad"), not
        // one of two words or more ("Sierra Leone", "George Town").
        for s in spans.iter_mut() {
            if (s.0, s.1) == (a, b)
                && s.2 == EntityKind::Person
                && (len > 1 || !is_given_name(words[a]))
            {
                s.2 = EntityKind::Place;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run_with_places;
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn a_known_place_replaces_a_name_inside_it_and_is_no_person() {
        let words = ["South", "Korea", "said"];
        let out = run_with_places(
            super::apply,
            &words,
            "en",
            &[(1, 2, Place)],
            &[(0, 2, "South Korea")],
        );
        assert_eq!(out, [(0, 2, Place)]);
        let words = ["Jakarta", "hari", "ini"];
        let out = run_with_places(
            super::apply,
            &words,
            "id",
            &[(0, 1, Person)],
            &[(0, 1, "Jakarta")],
        );
        assert_eq!(out, [(0, 1, Place)]);
    }

    #[test]
    fn a_place_of_two_words_is_no_person_whatever_its_first_word() {
        let words = ["to", "Sierra", "Leone", "and"];
        let out = run_with_places(
            super::apply,
            &words,
            "en",
            &[(1, 3, Person)],
            &[(1, 2, "Sierra Leone")],
        );
        assert_eq!(out, [(1, 3, Place)]);
        // A place of one word that is a given name too may be a person ("Chad").
        let words = ["by", "Chad", "said"];
        let out = run_with_places(
            super::apply,
            &words,
            "en",
            &[(1, 2, Person)],
            &[(1, 1, "Chad")],
        );
        assert_eq!(out, [(1, 2, Person)]);
    }

    #[test]
    fn a_name_that_runs_past_the_place_stays() {
        let words = ["Bank", "Indonesia", "naik"];
        let spans = [(0, 2, Organization)];
        let out = run_with_places(super::apply, &words, "id", &spans, &[(1, 1, "Indonesia")]);
        assert_eq!(out, spans);
    }
}
