//! Two names joined: a span that joins a known place to another name with a conjunction ("New
//! Zealand and New York"; see `Gazetteer::is_conjunction`) is two places, unless the whole span
//! is the place ("Bosnia and Herzegovina"); a lower-case function word before a known place that
//! ends a span ends the name before it ("Olaf Scholz in Berlin").

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    #[allow(unused_variables)]
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    let gazetteer = super::super::gazetteer::Gazetteer::get();
    let mut second = Vec::new();
    for s in spans.iter_mut() {
        let known = |a: usize, b: usize| places.iter().any(|p| p.0 == a && p.0 + p.1 == b);
        if s.1 - s.0 < 3 || known(s.0, s.1) {
            continue;
        }
        let joint = (s.0 + 1..s.1 - 1).find(|&k| {
            let w = words[k];
            gazetteer.is_conjunction(w) && (known(s.0, k) || known(k + 1, s.1))
        });
        if let Some(k) = joint {
            second.push((k + 1, s.1, EntityKind::Place));
            *s = (s.0, k, EntityKind::Place);
            continue;
        }
        // "Olaf Scholz in Berlin": a lower-case function word before a known place that ends
        // the span ends the name before it; the place is a name of its own.
        let before_place = (s.0 + 1..s.1 - 1).find(|&k| {
            let w = words[k];
            !capitalised(w) && is_function_word(w, lang) && known(k + 1, s.1)
        });
        if let Some(k) = before_place {
            second.push((k + 1, s.1, EntityKind::Place));
            s.1 = k;
        }
    }
    spans.extend(second);
}

#[cfg(test)]
mod tests {
    use super::super::tests::run_with_places;
    use crate::text::EntityKind::{Person, Place};

    #[test]
    fn a_place_joined_to_another_name_is_two_places_and_a_preposition_ends_a_name() {
        let words = ["New", "Zealand", "and", "New", "York", "agreed"];
        let out = run_with_places(
            super::apply,
            &words,
            "en",
            &[(0, 5, Place)],
            &[(0, 2, "New Zealand")],
        );
        assert_eq!(out, [(0, 2, Place), (3, 5, Place)]);
        let words = ["Olaf", "Scholz", "in", "Berlin", "said"];
        let out = run_with_places(
            super::apply,
            &words,
            "en",
            &[(0, 4, Person)],
            &[(3, 1, "Berlin")],
        );
        assert_eq!(out, [(0, 2, Person), (3, 4, Place)]);
    }

    #[test]
    fn a_place_named_so_stays_whole() {
        let words = ["Bosnia", "and", "Herzegovina", "voted"];
        let spans = [(0, 3, Place)];
        let out = run_with_places(
            super::apply,
            &words,
            "en",
            &spans,
            &[(0, 3, "Bosnia and Herzegovina")],
        );
        assert_eq!(out, spans);
    }
}
