//! An Indonesian headline capitalises its verbs, and the tagger runs names on into them
//! ("Jokowi Resmikan Tol Trans Sumatera": "Jokowi Resmikan Tol" a person; "Pedagang Pasar
//! Induk Kramat Jati Mengeluh": the market and "Mengeluh" a place). A word that Indonesian's
//! verb affixes make a verb ends a name in a title-case sentence: the suffix "-kan"
//! ("Resmikan", "Kalahkan", "Peringatkan") or the prefix "me-" in the forms no name starts
//! with ("Mengeluh", "Menyerang", "Menjadi"), in words of seven letters or more (no name of
//! the gazetteer's or a person's ends so: "Balkan" is six). The name is what comes before the verb; a name that opens with
//! one is none (a place the gazetteer knows in it is marked again as a place).
//!
//! And where the names pack is in, a word that is one of its lower-case words (of five letters
//! or more) with a verb's suffix "-i" or prefix "di-", "ber-", "ter-" ("Hadiri" of "hadir",
//! "Kunjungi", "Ditangkap", "Berhasil", "Tertangkap"; not "Dimas", "Bernard": their stems
//! are no words; nor a place the gazetteer knows, "Bekasi").
//!
//! In running text the verbs are in lower case and the pass does nothing. Constant work per
//! word.

use super::*;

/// The forms of the verb prefix "me-" before a stem's first letters that no name of the
/// gazetteer's or a common given name starts with ("Mengeluh", "Menyerang", "Menjadi",
/// "Mencari", "Membawa"; not "mend-", "Mendoza", nor "memp-", "Memphis").
const VERB_PREFIXES: [&[u8; 4]; 5] = [b"memb", b"menc", b"meng", b"menj", b"meny"];

/// Whether `word` is an Indonesian verb by its affixes (see the module doc).
fn is_verb(word: &str) -> bool {
    let b = word.as_bytes();
    if b.len() < 7 || !b.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    b[b.len() - 3..].eq_ignore_ascii_case(b"kan")
        || VERB_PREFIXES
            .iter()
            .any(|p| b[..4].eq_ignore_ascii_case(&p[..]))
}

/// The least letters of a stem the pack's lower-case words are asked for.
const STEM: usize = 5;

/// Whether `word` is an Indonesian verb made of a lower-case word of `pack` and the suffix
/// "-i" or the prefix "di-", "ber-", "ter-" ("Hadiri", "Ditangkap", "Berhasil").
fn is_affixed_word(word: &str, pack: &super::super::pack::Pack) -> bool {
    let b = word.as_bytes();
    if !b.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let stem =
        |s: &[u8]| s.len() >= STEM && std::str::from_utf8(s).is_ok_and(|s| pack.is_lower_word(s));
    (b.len() > STEM && b[b.len() - 1] == b'i' && stem(&b[..b.len() - 1]))
        || [&b"di"[..], b"ber", b"ter"].iter().any(|p| {
            b.len() > p.len() && b[..p.len()].eq_ignore_ascii_case(p) && stem(&b[p.len()..])
        })
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    if !c.title_case || !super::super::is_id_or_ms(c.lang) {
        return;
    }
    let words = c.words;
    // Not a place the gazetteer knows ("Bekasi" is "bekas" and "-i").
    let verb = |k: usize| {
        is_verb(words[k]) || !c.in_place(k) && c.pack.is_some_and(|p| is_affixed_word(words[k], p))
    };
    spans.retain_mut(|s| match (s.0..s.1).find(|&k| verb(k)) {
        Some(k) => {
            s.1 = k;
            s.1 > s.0
        }
        None => true,
    });
}

#[cfg(test)]
mod tests {
    use super::super::tests::{run, run_in};
    use crate::text::EntityKind::{Person, Place};

    #[test]
    fn a_headlines_verb_ends_a_name() {
        let words = ["Jokowi", "Resmikan", "Tol", "Trans", "Sumatera"];
        let spans = [(0, 3, Person)];
        let out = run_in(super::apply, &words, "id", &spans, &[], true);
        assert_eq!(out, [(0, 1, Person)]);
        let words = ["Pedagang", "Pasar", "Induk", "Mengeluh", "Soal", "Harga"];
        let out = run_in(super::apply, &words, "id", &[(1, 4, Place)], &[], true);
        assert_eq!(out, [(1, 3, Place)]);
        // A name that opens with the verb is none.
        let words = ["Menyerang", "Kota", "Pelabuhan"];
        assert_eq!(
            run_in(super::apply, &words, "id", &[(0, 3, Place)], &[], true),
            []
        );
    }

    #[test]
    fn a_word_of_the_pack_with_a_verbs_affix_ends_a_name() {
        use super::super::tests::run_title_case_with_pack;
        use crate::text::ner::pack::{read, write};
        let lower = b"bekas\nhadir\nmas\ntangkap\n";
        let pack = read("id", &write(&[("lang", b"id"), ("lower", lower)])).unwrap();
        let words = ["Jokowi", "Hadiri", "Pernikahan", "Anak", "Bupati"];
        let out = run_title_case_with_pack(super::apply, &words, "id", &[(0, 3, Person)], &pack);
        assert_eq!(out, [(0, 1, Person)]);
        let words = ["Pencuri", "Motor", "Ditangkap", "Polisi"];
        let out = run_title_case_with_pack(super::apply, &words, "id", &[(0, 3, Person)], &pack);
        assert_eq!(out, [(0, 2, Person)]);
        // Not a stem the pack does not hold, nor one under five letters ("Dimas").
        let words = ["Dimas", "Anggara", "Menang"];
        let out = run_title_case_with_pack(super::apply, &words, "id", &[(0, 2, Person)], &pack);
        assert_eq!(out, [(0, 2, Person)]);
        let words = ["Budi", "Sukabumi", "Datang"];
        let out = run_title_case_with_pack(super::apply, &words, "id", &[(0, 2, Person)], &pack);
        assert_eq!(out, [(0, 2, Person)]);
        let words = ["Bernard", "Santoso", "Datang"];
        let out = run_title_case_with_pack(super::apply, &words, "id", &[(0, 2, Person)], &pack);
        assert_eq!(out, [(0, 2, Person)]);
    }

    #[test]
    fn not_in_running_text_nor_a_short_word_nor_english() {
        // Running text writes its verbs in lower case; a capitalised word there is a name's.
        let words = ["kata", "Budi", "Dermawankan", "kemarin"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 3, Person)]),
            [(1, 3, Person)]
        );
        let words = ["Konflik", "di", "Balkan", "Memanas"];
        let out = run_in(super::apply, &words, "id", &[(2, 3, Place)], &[], true);
        assert_eq!(out, [(2, 3, Place)]);
        let words = ["Meng", "Wanzhou", "Returns"];
        let out = run_in(super::apply, &words, "en", &[(0, 2, Person)], &[], true);
        assert_eq!(out, [(0, 2, Person)]);
    }
}
