//! A country named to say what people are is a nationality word, not a name (CONVENTIONS:
//! "Nationality words, demonyms … are not names: 'orang Jepang'"). Indonesian and Malay have no
//! demonym of their own: "orang Jepang" is "Japanese people", "turis Jepang" "Japanese
//! tourists", "warga negara Jepang" "Japanese citizens". A country the gazetteer knows right
//! after a word for people by birth or belonging ([`PEOPLE_ID`]) is therefore no place.
//!
//! Bodies and offices keep their country ("pemerintah Jepang", "militer Korea Selatan",
//! "Presiden Prancis": CONVENTIONS marks a country inside an office's or a body's description),
//! and so do cities ("warga Jakarta" are the people who live in a place).

use super::*;

/// Indonesian and Malay words for people by birth or belonging, before a country as their
/// nationality ("orang Jepang", "pengungsi Suriah"). General vocabulary, written for baca.
/// Sorted.
static PEOPLE_ID: WordList = WordList::new(
    "bangsa berdarah berkebangsaan imigran keturunan masyarakat orang penduduk pengungsi \
     perempuan pria rakyat turis wanita warga warganegara wisatawan",
);

/// Whether a country after `before` (and `two_before`, the word before it) names people's
/// nationality: `before` is a word of [`PEOPLE_ID`], or the two are "warga negara", in
/// Indonesian or Malay text.
pub(in super::super) fn after_people(before: &str, two_before: Option<&str>, lang: Lang) -> bool {
    super::super::is_id_or_ms(lang)
        && (PEOPLE_ID.contains(before)
            || (before.eq_ignore_ascii_case("negara")
                && two_before.is_some_and(|w| w.eq_ignore_ascii_case("warga"))))
}

/// Whether the place at token `i` of `words`, of kind `kind`, names a nationality: a country
/// [`after_people`].
pub(in super::super) fn is_demonym(words: &[&str], i: usize, kind: PlaceKind, lang: Lang) -> bool {
    kind == PlaceKind::Country
        && i >= 1
        && after_people(words[i - 1], i.checked_sub(2).map(|k| words[k]), lang)
}

/// Applies the pass to the spans of a window: a place span that is exactly a country named as
/// a nationality goes.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    if !super::super::is_id_or_ms(c.lang) {
        return;
    }
    for &(p, len, place) in c.places {
        if is_demonym(c.words, p, place.kind, c.lang) {
            spans.retain(|s| !(s.0 == p && s.1 == p + len && s.2 == EntityKind::Place));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run_with_places;
    use crate::text::EntityKind::Place;

    #[test]
    fn a_country_after_a_word_for_people_is_their_nationality() {
        for people in ["orang", "turis", "warga", "Warga", "pengungsi", "keturunan"] {
            let words = [people, "Jepang", "datang"];
            let out = run_with_places(
                super::apply,
                &words,
                "id",
                &[(1, 2, Place)],
                &[(1, 1, "Jepang")],
            );
            assert_eq!(out, [], "{people}");
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
    fn bodies_offices_cities_and_other_languages_keep_their_place() {
        // A body's or an office's country (CONVENTIONS: "Presiden Prancis" holds a place).
        for word in ["pemerintah", "militer", "Presiden", "negara", "di"] {
            let words = [word, "Jepang", "menolak"];
            let out = run_with_places(
                super::apply,
                &words,
                "id",
                &[(1, 2, Place)],
                &[(1, 1, "Jepang")],
            );
            assert_eq!(out, [(1, 2, Place)], "{word}");
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
        // English writes its demonyms as words of their own ("Japanese").
        let words = ["people", "Japan", "said"];
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
