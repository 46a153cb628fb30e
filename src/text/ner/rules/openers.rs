//! What opens no name: a function word where a sentence or quotation opens ("The", "In"), an
//! honorific before a person ("Pak", "Haji"); a person or a place whose name opens with a body's
//! word ("Partai …", "Polres …") is an organisation. Elsewhere a capitalised starter is part of the name ("New
//! York", "The Hague").

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    #[allow(unused_variables)]
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    for s in spans.iter_mut() {
        while s.0 < s.1 && s.1 - s.0 > 1 && opens(words, s.0) && c.function(s.0) {
            s.0 += 1;
        }
        if s.2 == EntityKind::Person {
            while s.1 - s.0 > 1 && c.honorific(s.0) {
                s.0 += 1;
            }
        }
        // A body's word opens an organisation's name, not a person's or a place's ("Polres
        // Sleman", "Kejari Medan": the region is the body's).
        if s.2 != EntityKind::Other
            && s.1 - s.0 > 1
            && super::super::opens_org_name(words[s.0], lang)
        {
            s.2 = EntityKind::Organization;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn a_function_word_opening_a_sentence_and_an_honorific_open_no_name() {
        let words = ["The", "Hague", "said"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 2, Place)]),
            [(1, 2, Place)]
        );
        let words = ["Haji", "Agus", "Salim", "datang"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 3, Person)]),
            [(1, 3, Person)]
        );
        let words = ["Partai", "Demokrat", "menang"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 2, Person)]),
            [(0, 2, Organization)]
        );
        let words = ["di", "Polres", "Sleman", "kemarin"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 3, Place)]),
            [(1, 3, Organization)]
        );
    }

    #[test]
    fn a_starter_inside_a_sentence_stays_in_the_name() {
        let words = ["in", "The", "Hague", "today"];
        assert_eq!(
            run(super::apply, &words, "en", &[(1, 3, Place)]),
            [(1, 3, Place)]
        );
    }
}
