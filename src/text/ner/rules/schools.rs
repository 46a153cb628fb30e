//! Indonesian schools by the level that heads their name: "SMP Negeri 1 Blora", "SMK Negeri I
//! Limboto", "SMA Taruna Nusantara" are one organisation each (CONVENTIONS: institutions such as
//! universities are organisations; a school is one too, its town inside its name). The corpora
//! tag them now as places and now as bodies, and the tagger, which has met few, reads the town
//! alone.
//!
//! A level's acronym ([`LEVELS_ID`], as written), then "Negeri" or "Swasta" perhaps, then the
//! school's number perhaps (digits or a Roman numeral), then one to three capitalised name
//! words that no person, title, day, month or other body holds, then the number if it was not
//! before them ("SDN Pondok Cina 1"): the name needs those words ("lulusan SMA 2" names no
//! school the reader could look up). In a headline only with a known place in them.

use super::*;

/// The acronyms of Indonesian school levels that open a school's name, as written: primary,
/// junior and senior high, vocational, Islamic junior high, special needs, and their "Negeri"
/// (state) contractions. Not "MA" (also Mahkamah Agung), "MAN" or "MI", which capitals write
/// for other words. General vocabulary, written for baca.
const LEVELS_ID: [&str; 11] = [
    "SD", "SDN", "SLB", "SMA", "SMAN", "SMK", "SMKN", "SMP", "SMPN", "MTs", "MTsN",
];

/// Whether `word` is a school's number: digits, or a Roman numeral of one to four letters.
pub(super) fn is_number(word: &str) -> bool {
    (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
        || (1..=4).contains(&word.len()) && word.bytes().all(|b| b"IVX".contains(&b))
}

/// The most name words after the level and its number.
const MAX_WORDS: usize = 3;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let (words, n) = (c.words, c.words.len());
    if !super::super::is_id_or_ms(c.lang) {
        return;
    }
    // Held by a name that is no place: a person, a title's or another body's word.
    let named = |spans: &Spans, t: usize| {
        spans
            .iter()
            .any(|s| s.0 <= t && t < s.1 && s.2 != EntityKind::Place)
    };
    let mut k = 0;
    while k + 1 < n {
        if !LEVELS_ID.contains(&words[k]) || named(spans, k) {
            k += 1;
            continue;
        }
        let mut start = k + 1;
        if matches!(words[start], "Negeri" | "Swasta") {
            start += 1;
        }
        if start < n && is_number(words[start]) {
            start += 1;
        }
        let mut end = start;
        while end < n
            && end - start < MAX_WORDS
            && c.capitalised(end)
            && is_name_word(words[end])
            && !c.function(end)
            && !c.title(end)
            && !is_trap(words[end], c.lang)
            && !named(spans, end)
        {
            end += 1;
        }
        // A number may follow the name instead ("SDN Pondok Cina 1").
        if end > start
            && start == k + 1 + usize::from(words[k + 1] == "Negeri" || words[k + 1] == "Swasta")
            && end < n
            && is_number(words[end])
        {
            end += 1;
        }
        if c.title_case && !(start..end).any(|t| c.in_place(t)) {
            end = start;
        }
        // (A span that starts before the level or runs past the name is another reading.)
        if end > start {
            put_within(spans, k, end, EntityKind::Organization);
        }
        k = end.max(k + 1);
    }
    spans.sort_by_key(|s| s.0);
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_title_case};
    use crate::text::EntityKind::{Organization, Person, Place};

    #[test]
    fn a_school_is_its_level_number_and_town() {
        let words = ["Saat", "ini", "SMP", "Negeri", "1", "Blora", "berstatus"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(2, 6, Organization)]);
        // The town the tagger read is inside the school's name.
        let words = ["di", "SMK", "Negeri", "I", "Limboto", "tentu"];
        let spans = [(4, 5, Place)];
        assert_eq!(
            run(super::apply, &words, "id", &spans),
            [(1, 5, Organization)]
        );
        let words = ["lulusan", "SMA", "Taruna", "Nusantara", "itu"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 4, Organization)]);
        let words = ["murid", "SDN", "Pondok", "Cina", "1", "Depok"];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 5, Organization)]);
    }

    #[test]
    fn no_school_without_a_name_nor_over_a_person_nor_in_english() {
        let words = ["lulusan", "SMA", "2", "itu"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["murid", "SMP", "dan", "SMA", "di", "kota", "itu"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["guru", "SMA", "Budi", "Santoso", "datang"];
        let spans = [(2, 4, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        // A suspect's initials before a day.
        let words = ["berinisial", "SD", "Senin", "ditangkap"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["the", "SMA", "Taruna", "Nusantara"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        // Capitals of a headline say nothing without a known place.
        let words = ["Siswa", "SMA", "Tawuran", "Lagi"];
        assert_eq!(run_title_case(super::apply, &words, "id", &[]), []);
    }

    #[test]
    fn a_schools_number_is_digits_or_a_roman_numeral() {
        for w in ["1", "12", "I", "IV", "XII"] {
            assert!(super::is_number(w), "{w}");
        }
        for w in ["1234", "A", "Ia", "", "VVVVV"] {
            assert!(!super::is_number(w), "{w}");
        }
    }
}
