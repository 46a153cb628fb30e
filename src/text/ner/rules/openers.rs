//! What opens no name: a function word where a sentence or quotation opens ("The", "In"), an
//! honorific before a person ("Pak", "Haji"); a person or a place whose name opens with a body's
//! word ("Partai …", "Polres …") is an organisation. Elsewhere a capitalised starter is part of the name ("New
//! York", "The Hague").

use super::*;

/// English closed-class words that open sentences: articles, determiners, pronouns,
/// prepositions, conjunctions. General vocabulary, written for baca. Sorted.
static CLOSED_EN: WordList = WordList::new(
    "a about after all an and any as at because before but by each every for from he her his \
     if in into it its many most my no of on or our several she since so some that the their \
     these they this those to under until we what when where which while who with without you \
     your",
);

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    #[allow(unused_variables)]
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    for s in spans.iter_mut() {
        // An English body's name that ends in its head noun keeps a sentence's opening word that
        // is no closed-class word: the segmenter's starters hold nouns too ("People Power
        // Party said …").
        let headed = c.lang.code() == Some("en")
            && s.2 == EntityKind::Organization
            && s.1 - s.0 >= 3
            && super::super::ends_body(words[s.1 - 1]);
        while s.0 < s.1
            && s.1 - s.0 > 1
            && opens(words, s.0)
            && c.function(s.0)
            && (!headed || CLOSED_EN.contains(words[s.0]))
        {
            s.0 += 1;
        }
        if s.2 == EntityKind::Person {
            while s.1 - s.0 > 1 && c.honorific(s.0) {
                s.0 += 1;
            }
        }
        // A body's word opens an organisation's name, not a person's or a place's ("Polres
        // Sleman", "Kejari Medan": the region is the body's; "Rumah Sakit …", a hospital).
        if s.2 != EntityKind::Other
            && s.1 - s.0 > 1
            && (super::super::opens_org_name(words[s.0], lang)
                || super::super::opens_hospital(words, s.0, lang))
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
    fn a_noun_opening_a_sentence_stays_in_a_bodys_name_an_article_does_not() {
        let words = ["People", "Power", "Party", "said"];
        let out = run(super::apply, &words, "en", &[(0, 3, Organization)]);
        assert_eq!(out, [(0, 3, Organization)]);
        let words = ["The", "Labour", "Party", "said"];
        let out = run(super::apply, &words, "en", &[(0, 3, Organization)]);
        assert_eq!(out, [(1, 3, Organization)]);
    }

    #[test]
    fn a_starter_inside_a_sentence_stays_in_the_name() {
        let words = ["in", "The", "Hague", "today"];
        assert_eq!(
            run(super::apply, &words, "en", &[(1, 3, Place)]),
            [(1, 3, Place)]
        );
    }

    #[test]
    fn a_hospital_is_a_body() {
        // CONVENTIONS counts hospitals as bodies; the corpora mostly mark them as places.
        let words = ["ke", "Rumah", "Sakit", "Cipto", "Mangunkusumo", "di"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 5, Place)]),
            [(1, 5, Organization)]
        );
        // "Rumah" before another word is a house ("Rumah Adat Betawi"), and English has none.
        let words = ["Rumah", "Adat", "Betawi", "dibuka"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 3, Place)]),
            [(0, 3, Place)]
        );
        let words = ["the", "Rumah", "Sakit", "Hospital"];
        assert_eq!(
            run(super::apply, &words, "en", &[(1, 4, Place)]),
            [(1, 4, Place)]
        );
    }
}
