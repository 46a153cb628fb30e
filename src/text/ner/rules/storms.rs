//! Storms are named like people ("Hurricane Rita", "Siklon Tropis Seroja", "Topan Hagibis"), and
//! the taggers read the name as a person's; a storm is none of a person, a place or an
//! organisation (CONVENTIONS), so the word that says it is a storm ([`STORMS_EN`],
//! [`STORMS_ID`]), "Tropical"/"Tropis" with it, and the capitalised name after it are one name
//! of another kind ("other": listed in the glossary, not marked), over the tagger's names
//! there. A later mention of the name alone that the tagger reads as a person's is the storm
//! ([`storm_name`]: linking joins it, unless a person of the page goes by it too).

use super::*;
use crate::support::case::with_lowercase;

/// English words that name a storm before its name ("Storm" only after "Tropical": alone it
/// is a given name, "Storm Reid"). General vocabulary, written for baca. Sorted.
static STORMS_EN: WordList = WordList::new("cyclone hurricane storm typhoon");

/// Indonesian and Malay words that name a storm before its name. General vocabulary, written
/// for baca. Sorted.
/// ("Taufan" is left out: a given name as often, "Taufan Pawe".)
static STORMS_ID: WordList = WordList::new("badai siklon topan");

/// The storm's own name in `name` where it is a storm's ("Hurricane Rita" → "Rita", "Siklon
/// Tropis Seroja" → "Seroja"): its first word one of a storm's, in English or Indonesian. A
/// later mention of the name alone is the storm (linking).
pub(in super::super) fn storm_name(name: &str) -> Option<&str> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    let last = words.last()?;
    let storm = |w: &str| with_lowercase(w, |w| STORMS_EN.contains(w) || STORMS_ID.contains(w));
    (storm(first) || first.eq_ignore_ascii_case("tropical") || first.eq_ignore_ascii_case("tropis"))
        .then_some(last)
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let (list, tropical) = match c.lang.code() {
        Some("en") => (&STORMS_EN, "tropical"),
        Some("id" | "ms") => (&STORMS_ID, "tropis"),
        _ => return,
    };
    let (words, n) = (c.words, c.words.len());
    let mut added = false;
    let mut k = 0;
    while k < n {
        if !c.capitalised(k) || !with_lowercase(words[k], |w| list.contains(w)) {
            k += 1;
            continue;
        }
        // "Tropical Storm Rita" (English), "Siklon Tropis Seroja" (Indonesian).
        let after_tropical =
            k > 0 && c.capitalised(k - 1) && words[k - 1].eq_ignore_ascii_case(tropical);
        if words[k].eq_ignore_ascii_case("storm") && !after_tropical {
            k += 1;
            continue;
        }
        let a = if after_tropical { k - 1 } else { k };
        // Storm's words may follow one another ("Badai Siklon Tropis Seroja").
        let mut first = k + 1;
        while first < n
            && first - k <= 3
            && c.capitalised(first)
            && (words[first].eq_ignore_ascii_case(tropical)
                || with_lowercase(words[first], |w| list.contains(w)))
        {
            first += 1;
        }
        // A storm's name is one word ("Rita", "Seroja"), no place, no body's word, and no
        // capitalised word runs on after it: else the storm's word is in another name ("the
        // Hurricane Center", "Hurricane Katrina Relief Fund").
        let b = first + 1;
        let name = first < n
            && c.name_part(first)
            && !c.in_place(first)
            && !super::super::ends_body(words[first])
            && !(b < n && c.capitalised(b));
        // Nor inside a longer name the tagger or a pass found ("the National Hurricane Center").
        if name {
            added |= put_within(spans, a, b, EntityKind::Other);
        }
        k = b.max(k + 1);
    }
    if added {
        spans.sort_by_key(|s| s.0);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_with_places};
    use crate::text::EntityKind::{Organization, Other, Person, Place};

    #[test]
    fn a_storms_own_name_is_its_last_word() {
        assert_eq!(super::storm_name("Hurricane Rita"), Some("Rita"));
        assert_eq!(
            super::storm_name("Badai Siklon Tropis Seroja"),
            Some("Seroja")
        );
        assert_eq!(super::storm_name("Idul Adha"), None);
        assert_eq!(super::storm_name("Hurricane"), None);
    }

    #[test]
    fn storms_words_one_after_another_open_one_name() {
        let words = ["Badai", "Siklon", "Tropis", "Seroja", "melanda", "NTT"];
        let spans = [(0, 4, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), [(0, 4, Other)]);
    }

    #[test]
    fn a_storms_name_is_no_persons() {
        let words = ["Hurricane", "Rita", "hit", "Texas"];
        let spans = [(1, 2, Person), (3, 4, Place)];
        assert_eq!(
            run(super::apply, &words, "en", &spans),
            [(0, 2, Other), (3, 4, Place)]
        );
        let words = ["Siklon", "Tropis", "Seroja", "melanda", "NTT"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 3, Person)]),
            [(0, 3, Other)]
        );
        let words = ["as", "Tropical", "Storm", "Debby", "neared"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(1, 4, Other)]);
    }

    #[test]
    fn not_a_storm_word_in_lower_case_nor_before_a_place() {
        let words = ["a", "storm", "Rita", "said"];
        let spans = [(2, 3, Person)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
        let words = ["actress", "Storm", "Reid", "said"];
        let spans = [(1, 3, Person)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
        // "Badai Gurun" would be a storm; the place a storm struck is the place.
        let words = ["Badai", "Jakarta", "kemarin"];
        let out = run_with_places(
            super::apply,
            &words,
            "id",
            &[(1, 2, Place)],
            &[(1, 1, "Jakarta")],
        );
        assert_eq!(out, [(1, 2, Place)]);
        let words = ["Hurricane", "Rita", "hit"];
        let spans = [(1, 2, Person)];
        assert_eq!(run(super::apply, &words, "de", &spans), spans);
        let words = ["the", "National", "Hurricane", "Center", "said"];
        let spans = [(1, 4, Organization)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
        // Without the tagger's body, the body's word and the run after the name say it.
        let words = ["the", "Hurricane", "Center", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["the", "Hurricane", "Katrina", "Relief", "Fund"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        // "Taufan" is a given name.
        let words = ["Wali", "Kota", "Parepare", "Taufan", "Pawe", "hadir"];
        let spans = [(3, 5, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
    }
}
