//! Clubs named after their city, told from the city by the article (CONVENTIONS: "a sports club
//! named after its city is ORG"). Spanish writes a city's name without an article and a club's
//! with one: "el Barcelona ganó", "del Sevilla", "al Valencia" are the clubs, "en Barcelona"
//! the city. So in Spanish a city the gazetteer knows right after "el", "del" or "al" in lower
//! case is an organisation. Not a country or a state ("el Perú", "la Rioja" are places with
//! their article), nor a city whose Spanish name has "El", which a preposition contracts ("al
//! Cairo", "del Callao": [`WITH_ARTICLE_ES`]), nor a person the tagger found there ("el
//! Santiago que conocí"). Not in other languages: Italian names some foreign
//! cities with the article ("il Cairo", "la Mecca"; KIND lost 0.1 with "il", "la", "del",
//! "della" and the rest), Portuguese some of its own ("o Porto", "no Rio de Janeiro"), French
//! and English capitalise their clubs' articles or write none.

use super::*;

/// Spanish singular masculine definite articles, alone and joined to a preposition: the clubs
/// are "el" club. General vocabulary.
const ARTICLES_ES: &[&str] = &["al", "del", "el"];

/// Cities whose Spanish name opens with "El", written "al Cairo", "del Callao", and a city's
/// name that is also a word after "del" ("Virgen del Rosario"). General vocabulary, from the
/// Spanish spelling of place names (Ortografía de la lengua española, 2010: "El Cairo", "El
/// Havre"), written for baca.
const WITH_ARTICLE_ES: &[&str] = &[
    "Aaiún", "Alto", "Cairo", "Callao", "Havre", "Paso", "Rosario",
];

/// Whether a place of `kind` at word `i` of `words`, in `lang`, is a club's name by the article
/// before it (asked too where the marks are made, which otherwise type a known place a place).
pub(in super::super) fn names_club(words: &[&str], i: usize, kind: PlaceKind, lang: Lang) -> bool {
    lang.code() == Some("es")
        && kind == PlaceKind::City
        && i > 0
        && ARTICLES_ES.contains(&words[i - 1])
        && !WITH_ARTICLE_ES.contains(&words[i])
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    // A headline's capitals say nothing of the article.
    if c.title_case || c.lang.code() != Some("es") {
        return;
    }
    let clubs: Vec<(usize, usize)> = c
        .places
        .iter()
        .filter(|&&(i, _, place)| names_club(c.words, i, place.kind, c.lang))
        .map(|&(i, len, _)| (i, i + len))
        .collect();
    for (a, b) in clubs {
        // Over the city or a name of the tagger's inside it; a longer name holding the city
        // ("el Real Madrid", "del Atlético de Madrid") is the tagger's to type (`put_within`),
        // and a person there is a person.
        let person = spans
            .iter()
            .any(|s| s.0 < b && a < s.1 && s.2 == EntityKind::Person);
        if !person {
            put_within(spans, a, b, EntityKind::Organization);
        }
    }
    spans.sort_by_key(|s| s.0);
}

#[cfg(test)]
mod tests {
    use super::super::tests::run_with_places;
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn a_spanish_city_after_an_article_is_its_club() {
        let words = ["El", "Sevilla", "venció", "al", "Barcelona", "en", "Madrid"];
        let places = [(1, 1, "Sevilla"), (4, 1, "Barcelona"), (6, 1, "Madrid")];
        let out = run_with_places(super::apply, &words, "es", &[(4, 5, Place)], &places);
        // "El Sevilla" opens the sentence: its article is capitalised, as "El Cairo"'s is.
        assert_eq!(out, [(4, 5, Organization)]);
        // Not in Italian, which writes "il Cairo" for the city.
        let words = ["Arrivato", "al", "Cairo", "ieri"];
        let out = run_with_places(super::apply, &words, "it", &[], &[(2, 1, "Cairo")]);
        assert_eq!(out, []);
    }

    #[test]
    fn not_a_country_nor_another_language_nor_a_longer_name() {
        // "el Perú": a country with its article.
        let words = ["Llegó", "al", "Peru", "ayer"];
        let out = run_with_places(super::apply, &words, "es", &[], &[(2, 1, "Peru")]);
        assert_eq!(out, []);
        // Portuguese writes cities with the article ("no Porto" is in Porto).
        let words = ["Chove", "no", "Porto", "hoje"];
        let out = run_with_places(super::apply, &words, "pt", &[], &[(2, 1, "Porto")]);
        assert_eq!(out, []);
        // A city Spanish names with "El": "llegó al Cairo".
        let words = ["Llegó", "al", "Cairo", "ayer"];
        let out = run_with_places(super::apply, &words, "es", &[], &[(2, 1, "Cairo")]);
        assert_eq!(out, []);
        // A person the tagger found there stays one.
        let words = ["Vino", "el", "Santiago", "ayer"];
        let spans = [(2, 3, Person)];
        let out = run_with_places(super::apply, &words, "es", &spans, &[(2, 1, "Santiago")]);
        assert_eq!(out, spans);
        // The tagger's longer name holding the city keeps its type.
        let words = ["Ganó", "el", "Madrid", "Club", "ayer"];
        let spans = [(2, 4, Organization)];
        let out = run_with_places(super::apply, &words, "es", &spans, &[(2, 1, "Madrid")]);
        assert_eq!(out, spans);
    }
}
