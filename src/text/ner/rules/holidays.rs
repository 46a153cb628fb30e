//! Holidays are no names (CONVENTIONS: "dates and holidays" are not annotated). The Indonesian
//! tagger, which has met few, reads "Idul Adha", "Nyepi" or "Ramadhan" as people, and the
//! gazetteer knows "Natal" (Christmas) as a city of Brazil. A span that opens with a holiday's
//! word ([`HOLIDAYS_ID`]) or with "Hari Raya" or "Tahun Baru", or that starts inside one of
//! these, goes.
//!
//! A holiday's word inside a name that opens otherwise stays ("Kabupaten Mandailing Natal",
//! a regency); English holidays the tagger leaves alone already ("Christmas", "Eid al-Fitr").

use super::*;

/// Indonesian and Malay words that open the name of a holiday or of the fasting month
/// ("Idul Fitri", "Lebaran", "Natal", "Imlek", "Ramadhan"), in their common spellings. General
/// vocabulary, written for baca. Sorted.
static HOLIDAYS_ID: WordList = WordList::new(
    "aidiladha aidilfitri galungan idul iduladha idulfitri imlek isra lebaran maulid natal \
     nyepi paskah ramadan ramadhan waisak",
);

/// Pairs of words that name a holiday whatever follows them ("Hari Raya Idul Fitri", "Tahun
/// Baru Imlek").
const PAIRS_ID: &[(&str, &str)] = &[("hari", "raya"), ("tahun", "baru")];

/// Whether a name that starts at token `i` of `words` is a holiday's, or starts inside one's
/// first two words, in Indonesian or Malay text.
pub(in super::super) fn opens_holiday(words: &[&str], i: usize, lang: Lang) -> bool {
    if !super::super::is_id_or_ms(lang) {
        return false;
    }
    let pair = |k: usize| {
        words.get(k + 1).is_some_and(|&b| {
            PAIRS_ID
                .iter()
                .any(|&(x, y)| words[k].eq_ignore_ascii_case(x) && b.eq_ignore_ascii_case(y))
        })
    };
    HOLIDAYS_ID.contains(words[i]) || pair(i) || (i >= 1 && pair(i - 1))
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    if super::super::is_id_or_ms(c.lang) {
        spans.retain(|s| !opens_holiday(c.words, s.0, c.lang));
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_with_places};
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn a_holiday_is_no_name() {
        let out = run(
            super::apply,
            &["Umat", "merayakan", "Idul", "Adha", "."],
            "id",
            &[(2, 4, Person)],
        );
        assert_eq!(out, []);
        let out = run(
            super::apply,
            &["Saat", "Ramadhan", "harga", "naik"],
            "id",
            &[(1, 2, Person)],
        );
        assert_eq!(out, []);
        // The whole holiday, or the part after "Hari Raya".
        let words = ["Libur", "Hari", "Raya", "Idul", "Fitri", "dimulai"];
        assert_eq!(run(super::apply, &words, "id", &[(1, 5, Organization)]), []);
        assert_eq!(run(super::apply, &words, "id", &[(2, 5, Person)]), []);
        // Christmas, not the city of Brazil.
        let words = ["menjelang", "Natal", "."];
        let out = run_with_places(
            super::apply,
            &words,
            "id",
            &[(1, 2, Place)],
            &[(1, 1, "Natal")],
        );
        assert_eq!(out, []);
    }

    #[test]
    fn a_name_that_opens_otherwise_and_english_stay() {
        let words = ["di", "Kabupaten", "Mandailing", "Natal", "."];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 4, Place)]),
            [(1, 4, Place)]
        );
        // "Hari" alone is a given name ("Hari Sabarno").
        let words = ["kata", "Hari", "Sabarno", "."];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 3, Person)]),
            [(1, 3, Person)]
        );
        let words = ["Natal", "is", "a", "city", "in", "Brazil"];
        assert_eq!(
            run(super::apply, &words, "en", &[(0, 1, Place)]),
            [(0, 1, Place)]
        );
    }
}
