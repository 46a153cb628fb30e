//! Indonesian and Malay buildings, works, events and awards with their names ("Masjid Istiqlal",
//! "Bandara Soekarno-Hatta", "jalan Gatot Subroto"; "Piala Dunia" as kind other): the word and
//! the capitalised run after it are one name, whatever the tagger made of the run (a street
//! named after a person is no person); the word in lower case is the class noun and stays
//! outside ("jalan Gatot Subroto" is the place "Gatot Subroto").

use super::*;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    #[allow(unused_variables)]
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    if super::super::is_id_or_ms(lang) {
        let head = |w: &str| {
            if super::super::FACILITY_NOUNS_ID.contains(w) {
                Some(EntityKind::Place)
            } else if capitalised(w) && super::super::EVENT_NOUNS_ID.contains(w) {
                Some(EntityKind::Other)
            } else {
                None
            }
        };
        let name_word =
            |w: &str| capitalised(w) && w.chars().all(|c| is_alphanumeric(c) || c == '-');
        let mut k = 0;
        while k + 1 < n {
            // Most words are followed by a lower-case word: that test first.
            let kind = if capitalised(words[k + 1]) {
                head(words[k])
            } else {
                None
            };
            let Some(kind) = kind.filter(|_| {
                name_word(words[k + 1])
                    && !is_function_word(words[k + 1], lang)
                    && !spans.iter().any(|s| s.0 < k && k < s.1)
            }) else {
                k += 1;
                continue;
            };
            let mut end = k + 1;
            while end < n && name_word(words[end]) && !is_function_word(words[end], lang) {
                end += 1;
            }
            // After a role the place is where the person works, and the person the tagger
            // found after its name is the person ("Juru bicara Istana Kepresidenan Ari
            // Dwipayana", "Kepala Rumah Sakit Harapan Kita Budi Santoso"); elsewhere a
            // person in the run is its namesake ("Jalan Gatot Subroto").
            let role = k >= 1
                && (c.title(k - 1) && !c.function(k - 1)
                    || words[k - 1].eq_ignore_ascii_case("bicara"));
            if let Some(person) = spans
                .iter()
                .find(|s| role && s.2 == EntityKind::Person && k + 1 < s.0 && s.0 < end)
            {
                end = person.0;
            }
            // In lower case the word may be the common noun: "pasar Tiongkok" is China's
            // market, "gedung DPR" the parliament's building. Nor is a known place or an acronym
            // alone after an event's word part of its name ("Liga Inggris", "Piala FA").
            if (!capitalised(words[k]) || kind == EntityKind::Other)
                && (places.iter().any(|pl| pl.0 == k + 1 && pl.0 + pl.1 == end)
                    || (end == k + 2 && super::super::is_acronym(words[k + 1])))
            {
                k += 1;
                continue;
            }
            // A name the tagger found that runs on past the capitalised run stays whole in it.
            let run = end;
            end = spans
                .iter()
                .filter(|s| s.0 < run && k < s.1)
                .fold(end, |e, s| e.max(s.1));
            spans.retain(|s| !(s.0 < end && k < s.1));
            // A head in lower case is the class noun, outside the name (CONVENTIONS: "kota
            // Surabaya" is the place "Surabaya"); in capitals it is part of it ("Masjid
            // Istiqlal", "Jalan Gatot Subroto").
            let start = if capitalised(words[k]) { k } else { k + 1 };
            spans.push((start, end, kind));
            k = end;
        }
        spans.sort_by_key(|s| s.0);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Other, Person, Place};

    #[test]
    fn a_building_or_an_event_with_its_name_is_one_name() {
        let words = [
            "di", "Masjid", "Istiqlal", "dan", "jalan", "Gatot", "Subroto",
        ];
        let spans = [(5, 7, Person)];
        assert_eq!(
            run(super::apply, &words, "id", &spans),
            [(1, 3, Place), (5, 7, Place)]
        );
        let words = ["Piala", "Dunia", "dimulai"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(0, 2, Other)]);
    }

    #[test]
    fn after_a_role_the_person_after_the_place_is_the_person() {
        let words = [
            "Juru",
            "bicara",
            "Istana",
            "Kepresidenan",
            "Ari",
            "Dwipayana",
            "menyatakan",
        ];
        assert_eq!(
            run(super::apply, &words, "id", &[(4, 6, Person)]),
            [(2, 4, Place), (4, 6, Person)]
        );
        // Without the role, the person is the place's namesake.
        let words = [
            "di",
            "Bandara",
            "Internasional",
            "Adi",
            "Sucipto",
            "kemarin",
        ];
        assert_eq!(
            run(super::apply, &words, "id", &[(3, 5, Person)]),
            [(1, 5, Place)]
        );
    }

    #[test]
    fn a_common_noun_before_an_acronym_and_other_languages_stay() {
        let words = ["gedung", "DPR", "baru"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["the", "Masjid", "Istiqlal"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
    }
}
