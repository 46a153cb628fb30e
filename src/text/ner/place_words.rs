//! Gazetteer places the tagger read as no name, seeing the gazetteer: which are words here.
//!
//! A gazetteer place is a place in every use (CONVENTIONS), and [`super::detect`] adds the
//! places the tagger left out. Two uses of a place's name are none, and there the tagger,
//! which reads the gazetteer as a feature and still tagged the name as no name, agrees:
//!
//! - a one-word place that opens its sentence (or a quotation) and is a function word of the
//!   language, not in capitals ([`super::is_own_function_word`]): Indonesian "Lima orang tewas" (five),
//!   not Lima in Peru; not "AS" (Amerika Serikat), which English would read as "as";
//! - a city or state that the next word continues as another name: a capitalised name word
//!   that is no function word, title, day, month, place or person's name ("Surat
//!   Keputusan", a decree, not
//!   Surat in India; "Boston Globe"), outside title-case sentences (where a capital says
//!   nothing).
//!
//! Constant work per place: the place and the word after it.

use super::detect::{capitalised, is_trap, opens};
use super::gazetteer::PlaceKind;
use super::is_function_word;
use crate::text::lang::Lang;

/// Whether the gazetteer place at words `i..i + len` of `kind`, which the tagger tagged as no
/// name, is a word here rather than the place. `place_at(k)` says whether a gazetteer place
/// or a person's name starts at word `k`; `title_case`, whether the sentence is in title case.
///
/// ```
/// use baca::text::lang::Lang;
/// use baca::text::ner::gazetteer::PlaceKind;
/// use baca::text::ner::place_words::is_word;
/// let id = Lang::from_tag("id");
/// let words = ["Surat", "Keputusan", "itu", "diteken"];
/// assert!(is_word(&words, 0, 1, PlaceKind::City, id, false, &|_| false));
/// let words = ["tiba", "di", "Surat", "kemarin"];
/// assert!(!is_word(&words, 2, 1, PlaceKind::City, id, false, &|_| false));
/// ```
pub fn is_word(
    words: &[&str],
    i: usize,
    len: usize,
    kind: PlaceKind,
    lang: Lang,
    title_case: bool,
    place_at: &dyn Fn(usize) -> bool,
) -> bool {
    if len == 1 && opens(words, i) && super::is_own_function_word(words[i], lang) {
        return true;
    }
    let next = i + len;
    !title_case
        && matches!(kind, PlaceKind::City | PlaceKind::State)
        && words.get(next).is_some_and(|&w| {
            capitalised(w)
                && w.chars().any(char::is_lowercase)
                && !is_function_word(w, lang)
                && !super::is_title(w, lang)
                && !is_trap(w, lang)
                && !place_at(next)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(words: &[&str], i: usize, kind: PlaceKind, lang: &str) -> bool {
        is_word(words, i, 1, kind, Lang::from_tag(lang), false, &|_| false)
    }

    #[test]
    fn a_function_word_opening_a_sentence_is_no_place() {
        assert!(word(&["Lima", "orang", "tewas"], 0, PlaceKind::City, "id"));
        // Not in capitals, nor another language's word ("as").
        assert!(!word(
            &["LIMA", ",", "KOMPAS.com"],
            0,
            PlaceKind::City,
            "id"
        ));
        assert!(!word(
            &["AS", "menjatuhkan", "sanksi"],
            0,
            PlaceKind::Country,
            "id"
        ));
        // Inside a sentence it is the city.
        assert!(!word(
            &["di", "Lima", ",", "Peru"],
            1,
            PlaceKind::City,
            "id"
        ));
    }

    #[test]
    fn a_city_another_name_continues_is_no_place() {
        assert!(word(
            &["Surat", "Keputusan", "itu"],
            0,
            PlaceKind::City,
            "id"
        ));
        assert!(word(
            &["the", "Boston", "Globe", "said"],
            1,
            PlaceKind::City,
            "en"
        ));
        // Not before a title, a day, a capitalised function word, or in capitals.
        assert!(!word(
            &["Texas", "Governor", "Greg"],
            0,
            PlaceKind::State,
            "en"
        ));
        assert!(!word(
            &["di", "Bandung", "Senin", "lalu"],
            1,
            PlaceKind::City,
            "id"
        ));
        assert!(!word(
            &["in", "Boston", "Tuesday"],
            1,
            PlaceKind::City,
            "en"
        ));
        assert!(!word(&["from", "Boston", "MA"], 1, PlaceKind::City, "en"));
        // Nor a country, nor in a title-case sentence.
        assert!(!word(&["Indonesia", "Maju"], 0, PlaceKind::Country, "id"));
        let words = ["Boston", "Braces", "For", "Snow"];
        let en = Lang::from_tag("en");
        assert!(!is_word(&words, 0, 1, PlaceKind::City, en, true, &|_| {
            false
        }));
    }
}
