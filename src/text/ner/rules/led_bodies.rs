//! Indonesian and Malay name the body a person leads between the office and the person
//! ("Kepala Basarnas Marsdya TNI Kusworo", "Pelatih Persija Carlos Pena", "Ketua Umum PSSI
//! Erick Thohir"): one capitalised word there, between an office that heads a body
//! (`person_titles::BODY_TITLES_ID`, with "Umum", "Utama", "Harian" after it) and a person the tagger found (ranks
//! may stand between), is the body, an organisation (CONVENTIONS: agencies, clubs, parties). The
//! tagger knows the person and often not the body.
//!
//! Not a place the gazetteer knows (a region's head: "Gubernur", "Bupati" are not in the list
//! for that reason), a word for a kind of place ("Kepala Desa Burhani"), a title or rank ("Ketua
//! Umum Pak Hadi"), a given name, a number ("Ketua I"), nor a ministry's portfolio ("Menteri"
//! is not in the list: "Menteri Keuangan Sri Mulyani").

use super::*;

/// The most ranks and honorifics between the body and the person ("Marsdya TNI").
const MAX_RANKS: usize = 3;

/// Whether `word` is a Roman numeral of one to four letters ("I", "IV": a body's number).
fn roman(word: &str) -> bool {
    word.len() <= 4 && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    if !super::super::is_id_or_ms(c.lang) || c.title_case {
        return;
    }
    let (words, n) = (c.words, c.words.len());
    let mut added = false;
    for k in 0..n {
        if !super::person_titles::BODY_TITLES_ID.contains(words[k]) {
            continue;
        }
        // The words that end the office ("Ketua Umum", "Direktur Utama") are titles too.
        let mut x = k + 1;
        while x < n && x - k <= 2 && c.capitalised(x) && c.title(x) {
            x += 1;
        }
        // The tagger may have read the body as a person of its own ("Kapten Persib Marc
        // Klok"): two people side by side are one misread.
        let alone = spans
            .iter()
            .position(|s| (s.0, s.1, s.2) == (x, x + 1, EntityKind::Person));
        if x + 1 >= n || !body_word(c, spans, x, alone.is_some()) {
            continue;
        }
        // Ranks, honorifics and a rank's service ("Marsdya TNI", "Irjen Pol"), then a person
        // the tagger found.
        let mut p = x + 1;
        while p < n
            && p - x <= MAX_RANKS
            && (c.honorific(p)
                || c.title(p)
                || super::super::is_acronym(words[p])
                || words[p] == "Pol")
        {
            p += 1;
        }
        if spans
            .iter()
            .any(|s| s.0 == p && s.2 == EntityKind::Person && s.1 > p)
        {
            match alone {
                Some(a) => spans[a].2 = EntityKind::Organization,
                None => spans.push((x, x + 1, EntityKind::Organization)),
            }
            added = true;
        }
    }
    if added {
        spans.sort_by_key(|s| s.0);
    }
}

/// Whether word `x` may be the name of a body: one capitalised word or acronym that nothing
/// holds (but a person of its own, where `alone`) and that is no place, class noun, title,
/// rank, given name, number, neighbourhood unit ("Ketua RT") or function word.
fn body_word(c: &Ctx, spans: &Spans, x: usize, alone: bool) -> bool {
    let w = c.words[x];
    c.capitalised(x)
        && w.chars().count() >= 2
        && (is_name_word(w) || super::super::is_acronym(w))
        && !roman(w)
        && !matches!(w, "RT" | "RW")
        && (alone && !c.in_place(x) || !c.held(spans, x))
        && !c.function(x)
        && !c.title(x)
        && !c.honorific(x)
        && !super::super::is_class_noun(w, c.lang)
        && !is_given_name(w)
        && !c.pack.is_some_and(|p| p.is_given_name(w))
        && !is_trap(w, c.lang)
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Person};

    #[test]
    fn the_body_between_its_head_and_the_person_is_one() {
        let words = ["Pelatih", "Persija", "Carlos", "Pena", "puas", "."];
        assert_eq!(
            run(super::apply, &words, "id", &[(2, 4, Person)]),
            [(1, 2, Organization), (2, 4, Person)]
        );
        let words = [
            "Kepala",
            "Basarnas",
            "Marsdya",
            "TNI",
            "Kusworo",
            "mengatakan",
        ];
        assert_eq!(
            run(super::apply, &words, "id", &[(4, 5, Person)]),
            [(1, 2, Organization), (4, 5, Person)]
        );
        let words = ["Kapten", "Persib", "Marc", "Klok", "mencetak", "gol"];
        assert_eq!(
            run(
                super::apply,
                &words,
                "id",
                &[(1, 2, Person), (2, 4, Person)]
            ),
            [(1, 2, Organization), (2, 4, Person)]
        );
        let words = ["Ketua", "Umum", "PSSI", "Erick", "Thohir", "menunjuk"];
        assert_eq!(
            run(super::apply, &words, "id", &[(3, 5, Person)]),
            [(2, 3, Organization), (3, 5, Person)]
        );
    }

    #[test]
    fn not_a_kind_of_place_a_rank_a_number_nor_without_a_person() {
        let words = ["Kepala", "Desa", "Burhani", "Arwin", "datang"];
        let spans = [(2, 4, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["Ketua", "Umum", "Pak", "Hadi", "Utomo", "."];
        let spans = [(3, 5, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["ketua", "I", "Dick", "Sudirman", ","];
        let spans = [(2, 4, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["Ketua", "RT", "Ahmad", "Yani", "melapor"];
        let spans = [(2, 4, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["Pelatih", "Persija", "puas", "dengan", "hasil", "itu"];
        assert_eq!(run(super::apply, &words, "id", &[]), []);
        let words = ["Menteri", "Keuangan", "Sri", "Mulyani", "menjelaskan"];
        let spans = [(2, 4, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        // Nor in English.
        let words = ["coach", "Persija", "Carlos", "Pena", "said"];
        let spans = [(2, 4, Person)];
        assert_eq!(run(super::apply, &words, "en", &spans), spans);
    }
}
