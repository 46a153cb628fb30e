//! Holidays are no names (CONVENTIONS: "dates and holidays" are not annotated). The Indonesian
//! tagger, which has met few, reads "Idul Adha", "Nyepi" or "Ramadhan" as people, and the
//! gazetteer knows "Natal" (Christmas) as a city of Brazil. A span goes that opens with a word
//! only holidays open ([`HOLIDAYS_ID`]: "Idul Fitri", "Lebaran"), that is a word holidays
//! share with people's names alone or with the word that makes it the holiday
//! ([`SHARED_ID`]: "Ramadhan", "Isra Miraj"; not "Ramadhan Pohan"), that opens with "Hari
//! Raya" or "Tahun Baru", or whose first word is the second of those.
//!
//! A holiday's word inside a name that opens otherwise stays ("Kabupaten Mandailing Natal",
//! a regency); English holidays the tagger leaves alone already ("Christmas", "Eid al-Fitr").

use super::*;

/// Indonesian and Malay words that open only the names of holidays ("Idul Fitri", "Lebaran",
/// "Imlek"), in their common spellings. General vocabulary, written for baca. Sorted.
static HOLIDAYS_ID: WordList = WordList::new(
    "aidiladha aidilfitri galungan idul iduladha idulfitri imlek lebaran nyepi waisak",
);

/// Words that name a holiday or the fasting month alone, or with a word of
/// [`AFTER_SHARED_ID`], and open people's names too ("Ramadhan Pohan", "Paskah Suzetta"):
/// a holiday only so. General vocabulary, written for baca. Sorted.
static SHARED_ID: WordList = WordList::new("isra maulid natal paskah ramadan ramadhan");

/// Words after a word of [`SHARED_ID`] that make the holiday's name ("Isra Miraj", "Maulid
/// Nabi", "Ramadan Kareem"). Sorted.
static AFTER_SHARED_ID: WordList = WordList::new("kareem mikraj miraj nabi");

/// Pairs of words that name a holiday whatever follows them ("Hari Raya Idul Fitri", "Tahun
/// Baru Imlek").
const PAIRS_ID: &[(&str, &str)] = &[("hari", "raya"), ("tahun", "baru")];

/// Whether a name of `len` words that starts at token `i` of `words` is a holiday's, or starts
/// inside the first two words of one ("Raya Idul Fitri"), in Indonesian or Malay text.
pub(in super::super) fn opens_holiday(words: &[&str], i: usize, len: usize, lang: Lang) -> bool {
    if !super::super::is_id_or_ms(lang) || i >= words.len() {
        return false;
    }
    let pair = |k: usize| {
        words.get(k + 1).is_some_and(|&b| {
            PAIRS_ID
                .iter()
                .any(|&(x, y)| words[k].eq_ignore_ascii_case(x) && b.eq_ignore_ascii_case(y))
        })
    };
    let shared = SHARED_ID.contains(words[i])
        && (len == 1
            || words
                .get(i + 1)
                .is_some_and(|&w| AFTER_SHARED_ID.contains(w)));
    HOLIDAYS_ID.contains(words[i]) || shared || pair(i) || (i >= 1 && pair(i - 1))
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    if super::super::is_id_or_ms(c.lang) {
        spans.retain(|s| !opens_holiday(c.words, s.0, s.1 - s.0, c.lang));
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
    fn a_person_named_as_a_holiday_is_one() {
        // "Ramadhan Sananta", "Paskah Suzetta": the shared word opens a person's name.
        let words = ["gol", "Ramadhan", "Sananta", "."];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 3, Person)]),
            [(1, 3, Person)]
        );
        let words = ["kata", "Paskah", "Suzetta", "."];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 3, Person)]),
            [(1, 3, Person)]
        );
        // With the word that makes it the holiday, it is the holiday.
        let words = ["peringatan", "Isra", "Miraj", "."];
        assert_eq!(run(super::apply, &words, "id", &[(1, 3, Person)]), []);
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
