//! A place named to say what people are or speak is a nationality, an ethnicity or a language,
//! not a name (CONVENTIONS: "Nationality words, demonyms … are not names: 'orang Jepang'").
//! Indonesian and Malay have no demonym of their own: "orang Jepang" is "Japanese people",
//! "turis Jepang" "Japanese tourists", "warga negara Jepang" "Japanese citizens", "orang
//! Jawa" and "suku Jawa" the Javanese, "bahasa Jawa" their language. So a place right after a
//! word for a people or a language ([`PEOPLES_ID`]: "orang", "suku", "bahasa") is no place,
//! nor a country after a word for people by birth or belonging ([`PEOPLE_ID`]: "turis",
//! "warga").
//!
//! In English, a name the gazetteer has from Indonesian or Malay that is an English demonym
//! ("Swiss") is no place ([`english_demonym`], asked where a window's places are read:
//! `detect::Window::read`), a span of words for peoples is no name ("the Sri Lankans", "Sierra
//! Leonean rebels"), and a word for a people before a person's name is no part of it
//! ("Czech Jana Horakova", "American Todd Martin": [`is_english_people_word`], asked by
//! `english_titles` and `given_name_runs`).
//!
//! Bodies and offices keep their country ("pemerintah Jepang", "militer Korea Selatan",
//! "Presiden Prancis": CONVENTIONS marks a country inside an office's or a body's description),
//! and so do cities after "warga" and the like ("warga Jakarta" are the people who live in a
//! place).

use super::*;

/// Indonesian and Malay words for people by birth or belonging, before a country as their
/// nationality ("orang Jepang", "pengungsi Suriah"; not "penduduk", residents: "penduduk
/// Indonesia" is the country's population). General vocabulary, written for baca.
/// Sorted.
static PEOPLE_ID: WordList = WordList::new(
    "bangsa berdarah berkebangsaan imigran keturunan masyarakat orang pengungsi perempuan pria \
     rakyat turis wanita warga warganegara wisatawan",
);

/// Indonesian and Malay words before a place that make it a people or a language ("orang
/// Jawa", "suku Sunda", "bahasa Inggris"), whatever the place. General vocabulary, written
/// for baca. Sorted.
static PEOPLES_ID: WordList = WordList::new("bahasa berbahasa etnis orang suku");

/// Whether a place after `before` (and `two_before`, the word before it) names a people, a
/// nationality or a language, in Indonesian or Malay text: any place after a word of
/// [`PEOPLES_ID`]; a place for which `country` says yes (asked only then) after one of
/// [`PEOPLE_ID`] or after "warga negara".
pub(in super::super) fn after_people(
    before: &str,
    two_before: Option<&str>,
    country: impl FnOnce() -> bool,
    lang: Lang,
) -> bool {
    if !super::super::is_id_or_ms(lang) {
        return false;
    }
    let citizens = before.eq_ignore_ascii_case("negara")
        && two_before.is_some_and(|w| w.eq_ignore_ascii_case("warga"));
    // A capitalised word after another is inside a name ("Dewan Perwakilan Rakyat AS",
    // "Partai Rakyat Kamboja"): the country is the body's.
    let in_a_name = capitalised(before) && two_before.is_some_and(capitalised);
    if !in_a_name && PEOPLES_ID.contains(before) {
        return true;
    }
    (citizens || !in_a_name && PEOPLE_ID.contains(before)) && country()
}

/// Whether `word`, a name of `place` of `len` tokens, is in English text an English word for
/// its people ("the Swiss government": "Swiss" is Switzerland's Indonesian and Malay name, a
/// demonym in English: compromise's list). The place's English name stays one ("Philippines").
/// (`Gazetteer::is_english_demonym` is another test: an adjective formed from a country's
/// English name by its ending, "Russian".)
pub(in super::super) fn english_demonym(word: &str, len: usize, place: Place, lang: Lang) -> bool {
    len == 1
        && lang.code() == Some("en")
        && word != place.english
        && crate::support::case::with_lowercase(word, |w| {
            super::super::gazetteer::EnglishWords::get()
                .demonyms
                .contains(w)
        })
}

/// Whether `word` is an English word for a people or a nationality: formed from a country's
/// English name by its ending ("Russian", "Chinese": `Gazetteer::is_english_demonym`) or in
/// compromise's list of demonyms, which holds those no ending forms ("French", "Czech",
/// "Dutch", "American"), less any of its words compromise also lists as a given name.
pub(in super::super) fn is_english_people_word(word: &str) -> bool {
    super::super::gazetteer::Gazetteer::get().is_english_demonym(word)
        || !is_given_name(word)
            && crate::support::case::with_lowercase(word, |w| {
                super::super::gazetteer::EnglishWords::get()
                    .demonyms
                    .contains(w)
            })
}

/// Whether English words `i..j` name peoples and no place: a word or phrase for a people
/// ([`is_english_people_word`]), perhaps in the plural ("Sri Lankans"), or such words only
/// ("Bosnian Croats"). Not a place's name the gazetteer knows ("Philippines", "Laos" are in
/// compromise's list of demonyms too), nor one word read as a body: an airline or a team goes
/// by its people's word ("Swiss cut flights", "the Texans won").
fn names_peoples(c: &Ctx, i: usize, j: usize, kind: EntityKind) -> bool {
    let people = |w: &str| {
        is_english_people_word(w) || w.strip_suffix('s').is_some_and(is_english_people_word)
    };
    // A phrase for a people ends as one that a country's name forms does, in n, e or i
    // ("Sri Lankan", "North Korean"; see `Gazetteer::is_english_demonym`): only such a span is
    // joined to be looked up.
    let phrase = || {
        let last = c.words[j - 1];
        let last = last.strip_suffix('s').unwrap_or(last);
        j - i >= 2
            && last.ends_with(['n', 'e', 'i', 'N', 'E', 'I'])
            && people(&c.words[i..j].join(" "))
    };
    j > i
        && !(j - i == 1 && kind == EntityKind::Organization)
        && !c.places.iter().any(|p| p.0 < j && i < p.0 + p.1)
        && ((i..j).all(|k| people(c.words[k])) || phrase())
}

/// Whether the place at token `i` of `words`, of kind `kind`, names a people, a nationality or
/// a language ([`after_people`]).
pub(in super::super) fn is_demonym(words: &[&str], i: usize, kind: PlaceKind, lang: Lang) -> bool {
    i >= 1
        && after_people(
            words[i - 1],
            i.checked_sub(2).map(|k| words[k]),
            || kind == PlaceKind::Country,
            lang,
        )
}

/// Applies the pass to the spans of a window: in Indonesian and Malay a place span that names
/// a people, a nationality or a language goes; in English a span of words for peoples
/// ([`names_peoples`]: "Sri Lankans", read as a person for its given name "Sri").
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    if c.lang.code() == Some("en") {
        spans.retain(|s| !names_peoples(c, s.0, s.1, s.2));
        return;
    }
    if !super::super::is_id_or_ms(c.lang) {
        return;
    }
    let words = c.words;
    spans.retain(|s| {
        let country = || {
            c.places
                .iter()
                .any(|p| p.0 == s.0 && p.0 + p.1 == s.1 && p.2.kind == PlaceKind::Country)
        };
        !(s.2 == EntityKind::Place
            && s.0 >= 1
            && after_people(
                words[s.0 - 1],
                s.0.checked_sub(2).map(|k| words[k]),
                country,
                c.lang,
            ))
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_with_places};
    use crate::text::EntityKind::{Organization, Place};

    #[test]
    fn english_words_for_peoples_are_no_names_but_places_are() {
        crate::text::ner::gazetteer::EnglishWords::add(include_str!("../data/en.txt"));
        crate::text::ner::gazetteer::add_places(include_str!("../data/places.txt"));
        use crate::text::EntityKind::Person;
        // A phrase formed from a country's name, in the plural; words from compromise's list.
        let words = ["the", "Sri", "Lankans", "won"];
        assert_eq!(run(super::apply, &words, "en", &[(1, 3, Person)]), []);
        let words = ["Argentine", "steel", "output"];
        assert_eq!(run(super::apply, &words, "en", &[(0, 1, Place)]), []);
        // A place's name stays, even one compromise lists as a demonym.
        let words = ["in", "the", "Philippines", "today"];
        assert_eq!(
            run_with_places(
                super::apply,
                &words,
                "en",
                &[(2, 3, Place)],
                &[(2, 1, "Philippines")]
            ),
            [(2, 3, Place)]
        );
        // And a name with a word of its own.
        let words = ["Sri", "Mulyani", "said"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 2, Person)]),
            [(0, 2, Person)]
        );
    }

    /// The spans left of the tagger's place "Jepang" (Japan, a country) after `word`.
    fn japan_after(word: &str) -> Vec<(usize, usize, crate::text::EntityKind)> {
        let words = [word, "Jepang", "datang"];
        run_with_places(
            super::apply,
            &words,
            "id",
            &[(1, 2, Place)],
            &[(1, 1, "Jepang")],
        )
    }

    /// "Swiss" names Switzerland in Indonesian, its people in English; "Philippines", the
    /// English name, stays a place there.
    #[test]
    fn an_english_demonym_is_no_place_in_english() {
        use super::super::super::gazetteer::{add_places, EnglishWords, Gazetteer};
        use super::super::Lang;
        EnglishWords::add(include_str!("../data/en.txt"));
        add_places(include_str!("../data/places.txt"));
        let g = Gazetteer::get();
        let swiss = g.lookup("Swiss").unwrap();
        assert!(super::english_demonym(
            "Swiss",
            1,
            swiss,
            Lang::from_tag("en")
        ));
        assert!(!super::english_demonym(
            "Swiss",
            1,
            swiss,
            Lang::from_tag("id")
        ));
        let philippines = g.lookup("Philippines").unwrap();
        assert!(!super::english_demonym(
            "Philippines",
            1,
            philippines,
            Lang::from_tag("en")
        ));
    }

    #[test]
    fn a_country_after_a_word_for_people_is_their_nationality() {
        for people in ["orang", "turis", "warga", "Warga", "pengungsi", "keturunan"] {
            assert_eq!(japan_after(people), [], "{people}");
        }
        let words = ["warga", "negara", "Korea", "Selatan", "ditahan"];
        let out = run_with_places(
            super::apply,
            &words,
            "id",
            &[(2, 4, Place)],
            &[(2, 2, "Korea Selatan")],
        );
        assert_eq!(out, []);
    }

    #[test]
    fn citizens_in_capitals_too() {
        let words = ["seorang", "Warga", "Negara", "Jepang", "ditahan"];
        let out = run_with_places(
            super::apply,
            &words,
            "id",
            &[(3, 4, Place)],
            &[(3, 1, "Jepang")],
        );
        assert_eq!(out, []);
    }

    #[test]
    fn a_place_after_a_word_for_a_people_or_a_language_is_none() {
        // The tagger's place, not in the gazetteer: the Javanese, their language.
        for word in ["orang", "suku", "bahasa", "berbahasa", "etnis"] {
            let words = [word, "Jawa", "itu"];
            assert_eq!(
                run(super::apply, &words, "id", &[(1, 2, Place)]),
                [],
                "{word}"
            );
        }
        // A word for people by birth or belonging makes a nationality of a country only.
        let words = ["turis", "Bali", "datang"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 2, Place)]),
            [(1, 2, Place)]
        );
        // A body named after a people keeps its kind ("orang" before a body is a member).
        let words = ["orang", "Partai", "Golkar"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 3, Organization)]),
            [(1, 3, Organization)]
        );
    }

    #[test]
    fn bodies_offices_cities_and_other_languages_keep_their_place() {
        // A body's or an office's country (CONVENTIONS: "Presiden Prancis" holds a place).
        for word in ["pemerintah", "militer", "Presiden", "negara", "di"] {
            assert_eq!(japan_after(word), [(1, 2, Place)], "{word}");
        }
        // A city: the people who live in a place.
        let words = ["warga", "Jakarta", "mengeluh"];
        let out = run_with_places(
            super::apply,
            &words,
            "id",
            &[(1, 2, Place)],
            &[(1, 1, "Jakarta")],
        );
        assert_eq!(out, [(1, 2, Place)]);
        // Inside a body's name the country is the body's.
        let words = ["Dewan", "Perwakilan", "Rakyat", "AS", "menolak"];
        let out = run_with_places(
            super::apply,
            &words,
            "id",
            &[(3, 4, Place)],
            &[(3, 1, "AS")],
        );
        assert_eq!(out, [(3, 4, Place)]);
        // English writes its demonyms as words of their own ("Japanese").
        let words = ["warga", "Japan", "said"];
        let out = run_with_places(
            super::apply,
            &words,
            "en",
            &[(1, 2, Place)],
            &[(1, 1, "Japan")],
        );
        assert_eq!(out, [(1, 2, Place)]);
    }
}
