//! Balinese names ("I Wayan Koster", "Ni Luh Putu Ayu Sari", "Ida Bagus Rai", "Anak Agung
//! Ngurah Oka", "Cokorda Oka"): the name opens with its marker, which is part of it — "I" (a
//! man's) or "Ni" (a woman's) before a birth-order or caste name, "Ida Bagus"/"Ida Ayu", "Anak
//! Agung", "Cokorda"/"Tjokorda" — and runs over the capitalised name words after it. The tagger
//! reads "I" as no name ("Wayan Koster") and often misses the whole after an office ("Bupati
//! Gianyar I Made Mahayastra"). The words are the naming system's (Wikipedia, "Balinese name").
//!
//! A body read on to "I" as its number gives it up ("Ketua DPRD I Nyoman …"). Not inside a
//! longer name of a place or body ("Bandara I Gusti Ngurah Rai"), nor the English
//! "I made" (in English "Made" opens no name after "I"), nor a marker without a personal name
//! after it ("I Made").

use super::*;

/// The birth-order names (first to fourth child) and the caste names that follow "I" or "Ni".
/// Sorted.
static BALINESE_WORDS: WordList = WordList::new(
    "agung ayu bagus desak dewa gede gusti iluh kadek ketut komang luh made nengah ngakan ngurah \
     nyoman putu wayan",
);

/// The most words a name holds, its marker included.
const MAX_WORDS: usize = 7;

/// The marker that opens a Balinese name at word `k` of `words` (in English where `english`):
/// how many words it has and how many name words must follow it (after "I"/"Ni", a Balinese
/// word and a personal name). "Anak Agung" is a marker only before a Balinese word ("Anak
/// Agung Ngurah Oka"; "Anak Agung Laksono" is Agung Laksono's child).
fn marker_at(words: &[&str], k: usize, english: bool) -> Option<(usize, usize)> {
    let word = |i: usize| words.get(i).copied().unwrap_or("");
    let next = word(k + 1);
    match word(k) {
        "I" | "Ni"
            if capitalised(next)
                && BALINESE_WORDS.contains(next)
                && !(english && next == "Made") =>
        {
            Some((1, 2))
        }
        "Ida" if matches!(next, "Bagus" | "Ayu") => Some((2, 1)),
        "Anak" if next == "Agung" && capitalised(word(k + 2)) && is_balinese_word(word(k + 2)) => {
            Some((2, 1))
        }
        "Cokorda" | "Tjokorda" => Some((1, 1)),
        _ => None,
    }
}

/// How many words of a person's `name` are its Balinese marker ("I" of "I Wayan Koster", "Ida
/// Bagus" of "Ida Bagus Rai"; none for other names): linking leaves them out of its short
/// forms.
pub(in super::super) fn marker_words(name: &[&str]) -> usize {
    marker_at(name, 0, false).map_or(0, |(opener, _)| opener)
}

/// Whether `word` is a Balinese birth-order or caste name ("Wayan", "Made", "Gusti"), which many
/// people share: no short form of one person's name alone.
pub(in super::super) fn is_balinese_word(word: &str) -> bool {
    BALINESE_WORDS.contains(word)
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let n = c.words.len();
    let mut k = 0;
    while k < n {
        let Some((opener, least)) = marker_at(c.words, k, c.lang.code() == Some("en")) else {
            k += 1;
            continue;
        };
        let mut end = k + opener;
        while end < n && end - k < MAX_WORDS && c.name_part(end) {
            end += 1;
        }
        if end - (k + opener) < least {
            k += 1;
            continue;
        }
        // A headline capitalises every word: the name ends where the tagger's does, or else
        // at its least ("I Wayan Koster Tinjau Lokasi Banjir").
        if c.headline {
            end = spans
                .iter()
                .filter(|s| s.2 == EntityKind::Person && k <= s.0 && s.0 <= k + opener)
                .map(|s| s.1.min(end))
                .max()
                .unwrap_or(k + opener + least);
        }
        // A body read on to the marker as its number ("Ketua DPRD I Nyoman …") ends before it.
        for s in spans.iter_mut() {
            if s.0 < k && s.1 == k + 1 && c.words[k] == "I" {
                s.1 = k;
            }
        }
        // A name of a place or body holds it or is it ("Bandara I Gusti Ngurah Rai", "di I
        // Gusti Ngurah Rai", the airport), and another reading over it stays.
        let other = spans
            .iter()
            .any(|s| s.2 != EntityKind::Person && s.0 < end && k < s.1);
        if other {
            k = end;
            continue;
        }
        // A person the tagger read on past the name keeps its end; one that began before the
        // marker ("Gianyar I Made …") is another reading, which gives way.
        let end = spans
            .iter()
            .filter(|s| k <= s.0 && s.0 < end && s.2 == EntityKind::Person)
            .map(|s| s.1)
            .fold(end, usize::max);
        put(spans, [(k, end, EntityKind::Person)]);
        k = end;
    }
    spans.sort_by_key(|s| s.0);
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Person, Place};

    #[test]
    fn a_balinese_name_holds_its_marker() {
        let words = ["Gubernur", "Bali", "I", "Wayan", "Koster", "meresmikan"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 2, Place), (3, 5, Person)]),
            [(1, 2, Place), (2, 5, Person)]
        );
        let words = ["bersama", "Ni", "Luh", "Putu", "Ayu", "Sari", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 6, Person)]);
        let words = ["Menurut", "Anak", "Agung", "Ngurah", "Oka", ","];
        assert_eq!(
            run(super::apply, &words, "id", &[(2, 5, Person)]),
            [(1, 5, Person)]
        );
        let words = ["kata", "Ida", "Bagus", "Rai", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), [(1, 4, Person)]);
        // In English too, where "I" is no pronoun before the name.
        let words = ["guitarist", "I", "Dewa", "Gede", "Budjana", "said"];
        assert_eq!(run(super::apply, &words, "en", &[]), [(1, 5, Person)]);
    }

    #[test]
    fn a_person_read_from_before_the_marker_gives_way() {
        use crate::text::EntityKind::Organization;
        let words = ["Ketua", "DPRD", "I", "Nyoman", "Adi", "hadir"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 3, Organization)]),
            [(1, 2, Organization), (2, 5, Person)]
        );
        let words = ["Bupati", "Gianyar", "I", "Made", "Mahayastra", "hadir"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 5, Person)]),
            [(2, 5, Person)]
        );
    }

    #[test]
    fn in_a_headline_the_name_ends_at_the_taggers_or_at_its_least() {
        use super::super::tests::run_title_case;
        let words = ["I", "Wayan", "Koster", "Tinjau", "Lokasi", "Banjir"];
        assert_eq!(
            run_title_case(super::apply, &words, "id", &[]),
            [(0, 3, Person)]
        );
    }

    #[test]
    fn anak_agung_before_no_balinese_word_is_a_child() {
        let words = ["Anak", "Agung", "Laksono", ",", "Dave", "Laksono"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        assert_eq!(super::marker_words(&["Ida", "Bagus", "Rai"]), 2);
        assert_eq!(super::marker_words(&["I", "Wayan", "Koster"]), 1);
        assert_eq!(super::marker_words(&["Ida", "Fauziyah"]), 0);
    }

    #[test]
    fn not_inside_a_longer_name_nor_without_a_personal_name_nor_english_made() {
        use crate::text::EntityKind::Organization;
        let words = ["di", "Bandara", "I", "Gusti", "Ngurah", "Rai", "."];
        let spans = [(1, 6, Place)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let spans = [(2, 6, Place)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["Ida", "Bagus", "Rai", "FC", "menang"];
        let spans = [(0, 4, Organization)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["kata", "I", "Made", "."];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["How", "I", "Made", "Millions", "Online"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
        let words = ["I", "Wayan", "said", "so"];
        assert_eq!(run(super::apply, &words, "en", &[]), []);
    }
}
