//! Indonesian and Malay name the body a person leads between the office and the person
//! ("Kepala Basarnas Marsdya TNI Kusworo", "Pelatih Persija Carlos Pena", "Ketua Umum PSSI
//! Erick Thohir"): one capitalised word there, between an office that heads a body
//! ([`HEADS_ID`], with its title words after it: "Ketua Umum", "Direktur Utama") and a person
//! the tagger found (ranks may stand between), is the body, an organisation (CONVENTIONS:
//! agencies, clubs, parties). The tagger knows the person and often not the body.
//!
//! Not a place the gazetteer knows (a region's head: "Gubernur", "Bupati" are not in the list
//! for that reason), a word for a kind of place ("Kepala Desa Burhani"), a body's head noun or
//! a word the language writes in lower case ("Kepala Sekolah", "Direktur Keuangan", "Ketua
//! Panitia", "Kepala Staf"), a title or rank ("Ketua Umum Pak Hadi"), an army corps ("Kapten
//! Inf"), a given name, a number ("Ketua I"), "RT"/"RW", nor a ministry's portfolio ("Menteri"
//! is not in the list: "Menteri Keuangan Sri Mulyani"). A word the tagger read as a person is
//! left to it.

use super::*;

/// Indonesian and Malay offices that head a body, written before the body's name. General
/// vocabulary, written for baca. Sorted.
static HEADS_ID: WordList = WordList::new(
    "bendahara ceo direktur dirut jubir kapten kepala ketua ketum komisaris komut manajer \
     pelatih pendiri rektor sekjen",
);

/// The corps of the Indonesian army, written after an officer's rank ("Kapten Inf", "Letkol
/// Czi"): no body before a name. General vocabulary (TNI AD's corps abbreviations). Sorted.
static CORPS_ID: WordList = WordList::new("arh arm cba chb chk ckm cpl cpm czi inf kav pnb");

/// The most ranks between the body and the person ("Marsdya TNI").
const MAX_RANKS: usize = 3;

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    if !super::super::is_id_or_ms(c.lang) || c.title_case {
        return;
    }
    let (words, n) = (c.words, c.words.len());
    let mut added = false;
    for k in 0..n {
        if !HEADS_ID.contains(words[k]) {
            continue;
        }
        // The words that end the office ("Ketua Umum", "Direktur Utama") are titles too.
        let mut x = k + 1;
        while x < n && x - k <= 2 && c.capitalised(x) && c.title(x) {
            x += 1;
        }
        if x + 1 >= n || !body_word(c, spans, x) {
            continue;
        }
        // Ranks, and the service's acronym after a rank ("Marsdya TNI", "Irjen Pol"), then a
        // person the tagger found.
        let mut p = x + 1;
        while p < n
            && p - x <= MAX_RANKS
            && (c.honorific(p)
                || c.title(p)
                || p > x + 1 && c.honorific(p - 1) && super::super::is_acronym(words[p]))
        {
            p += 1;
        }
        if spans
            .iter()
            .any(|s| s.0 == p && s.2 == EntityKind::Person && s.1 > p)
        {
            spans.push((x, x + 1, EntityKind::Organization));
            added = true;
        }
    }
    if added {
        spans.sort_by_key(|s| s.0);
    }
}

/// Whether word `x` may be the name of a body: one capitalised word or acronym that nothing
/// holds and that is no place, class noun, body's head noun, word of the pack's lower-case
/// list, title, rank, corps, given name, number, neighbourhood unit ("Ketua RT") or function
/// word.
fn body_word(c: &Ctx, spans: &Spans, x: usize) -> bool {
    let w = c.words[x];
    let acronym = super::super::is_acronym(w);
    c.capitalised(x)
        && w.chars().count() >= 2
        && (is_name_word(w) || acronym)
        && !super::schools::is_number(w)
        && !matches!(w, "RT" | "RW")
        && !c.held(spans, x)
        && !c.function(x)
        && !c.title(x)
        && !c.honorific(x)
        && !CORPS_ID.contains(w)
        && !super::super::is_class_noun(w, c.lang)
        && (acronym || !super::super::is_org_head(w))
        && !c.pack.is_some_and(|p| p.is_lower_word(w))
        && !c.given_name(x)
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
        // A body's head noun, an army corps, a person the tagger read there.
        for (body, i) in [("Sekolah", 2), ("Inf", 2)] {
            let words = ["Kepala", body, "Budi", "Santoso", "hadir"];
            let spans = [(i, 4, Person)];
            assert_eq!(run(super::apply, &words, "id", &spans), spans, "{body}");
        }
        let words = ["Kapten", "Andik", "Vermansah", "Santoso", "datang"];
        let spans = [(1, 2, Person), (2, 4, Person)];
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
