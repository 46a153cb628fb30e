//! Indonesian: the name after an office and the country or city it serves ("Presiden China Xi
//! Jinping", "Perdana Menteri Jepang Fumio Kishida", "Wali Kota Surabaya Eri Cahyadi") is a
//! person where the tagger found nothing: the office (`ROLES_ID`), a place the gazetteer knows,
//! then one to three capitalised words that are no place, acronym, title or body's noun, and
//! after them no other capitalised word. Without the place it is no evidence: "Menteri Luar
//! Negeri" is an office's own name.

use super::*;

/// Capitalised words that qualify an office after its place ("Gubernur Jawa Tengah Terpilih
/// Ahmad Luthfi", "Bupati Bogor Periode 2025-2030"): no name. General vocabulary, written for
/// baca. Sorted.
static QUALIFIERS_ID: WordList =
    WordList::new("baru definitif lama nonaktif periode sementara terpilih");

/// The most words the name after the place runs to.
const MAX_WORDS: usize = 3;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let (words, places, lang, n) = (c.words, c.places, c.lang, c.words.len());
    // In a headline the word after the place may be a verb ("Presiden Prancis Tiba di Bali");
    // not in a sentence of names with a verb in lower case ("Ia didampingi Gubernur Jawa Barat
    // Ridwan Kamil."), which has most of its words capitalised too.
    if !matches!(lang.code(), Some("id" | "ms")) || c.headline {
        return;
    }
    let title = |k: usize| c.title(k);
    let mut k = 0;
    while k < n {
        // The office opens with a capital ("Presiden", "Wali Kota"): a lower-case word is not
        // looked up (most of a page's words).
        if !c.capitalised(k) || !title(k) {
            k += 1;
            continue;
        }
        // The office's words ("Perdana Menteri", "Wali Kota": a class noun of places).
        let mut at = k + 1;
        while at < n && (title(at) || (at == k + 1 && words[at] == "Kota")) {
            at += 1;
        }
        let Some(place) = places.iter().find(|p| p.0 == at) else {
            k = at.max(k + 1);
            continue;
        };
        let mut first = at + place.1;
        while first < n && c.capitalised(first) && QUALIFIERS_ID.contains(words[first]) {
            first += 1;
        }
        let fits = |t: usize| c.name_part(t) && !super::super::opens_org_name(words[t], lang);
        let mut end = first;
        while end < n && end - first < MAX_WORDS && fits(end) && !c.held(spans, end) {
            end += 1;
        }
        let ends_clean = end == n || !capitalised(words[end]);
        if end > first && ends_clean {
            spans.push((first, end, EntityKind::Person));
        }
        k = end.max(k + 1);
    }
    spans.sort_by_key(|s| s.0);
}

#[cfg(test)]
mod tests {
    use super::super::tests::run_with_places;
    use crate::text::EntityKind::{Organization, Person};

    #[test]
    fn a_qualifier_of_the_office_is_no_name() {
        let words = [
            "Gubernur",
            "Jawa",
            "Barat",
            "Periode",
            "2025-2030",
            "dilantik",
        ];
        let places = [(1, 2, "Jawa Barat")];
        assert_eq!(
            run_with_places(super::apply, &words, "id", &[], &places),
            []
        );
        let words = [
            "Gubernur", "Jawa", "Barat", "Terpilih", "Budi", "Santoso", "hadir",
        ];
        assert_eq!(
            run_with_places(super::apply, &words, "id", &[], &places),
            [(4, 6, Person)]
        );
    }

    #[test]
    fn in_a_sentence_of_names_with_a_verb_in_lower_case_too() {
        crate::text::add_language_data("id", include_str!("../../lang/data/id.txt")).unwrap();
        let words = [
            "Ia",
            "didampingi",
            "Gubernur",
            "Jawa",
            "Barat",
            "Ridwan",
            "Kamil",
            ".",
        ];
        let places = [(3, 2, "Jawa Barat")];
        let out = super::super::tests::run_in(super::apply, &words, "id", &[], &places, true);
        assert_eq!(out, [(5, 7, Person)]);
        // Not in a headline.
        let words = ["Presiden", "Prancis", "Tiba", "di", "Bali"];
        let places = [(1, 1, "Prancis"), (4, 1, "Bali")];
        let out = super::super::tests::run_in(super::apply, &words, "id", &[], &places, true);
        assert_eq!(out, []);
    }

    #[test]
    fn the_name_after_an_office_and_its_country_is_a_person() {
        let words = ["Presiden", "China", "Xi", "Jinping", "tiba", "."];
        assert_eq!(
            run_with_places(super::apply, &words, "id", &[], &[(1, 1, "China")]),
            [(2, 4, Person)]
        );
        let words = ["Perdana", "Menteri", "Jepang", "Fumio", "Kishida", ","];
        assert_eq!(
            run_with_places(super::apply, &words, "id", &[], &[(2, 1, "Jepang")]),
            [(3, 5, Person)]
        );
    }

    #[test]
    fn not_without_the_place_nor_over_a_body_or_an_acronym() {
        let words = ["Menteri", "Luar", "Negeri", "Retno", "Marsudi"];
        assert_eq!(run_with_places(super::apply, &words, "id", &[], &[]), []);
        let words = ["Duta", "Besar", "Presiden", "Jepang", "Kementerian", "Luar"];
        assert_eq!(
            run_with_places(super::apply, &words, "id", &[], &[(3, 1, "Jepang")]),
            []
        );
        let words = ["Presiden", "AS", "PBB", "tiba"];
        assert_eq!(
            run_with_places(super::apply, &words, "id", &[], &[(1, 1, "AS")]),
            []
        );
        // A run that goes on into other capitalised words is no evidence ("Gubernur Jawa
        // Barat Bank Indonesia Cabang").
        let words = ["Presiden", "China", "Bank", "Rakyat", "Negara", "Maju"];
        assert_eq!(
            run_with_places(super::apply, &words, "id", &[], &[(1, 1, "China")]),
            []
        );
        let words = ["Presiden", "China", "Xi", "Jinping"];
        assert_eq!(
            run_with_places(
                super::apply,
                &words,
                "id",
                &[(2, 4, Organization)],
                &[(1, 1, "China")]
            ),
            [(2, 4, Organization)]
        );
    }
}
