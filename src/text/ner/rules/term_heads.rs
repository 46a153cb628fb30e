//! Terms are no bodies (CONVENTIONS: events, laws, budgets and programmes are not annotated;
//! baca may list them as "other"). Indonesian opens a term's name with the noun that says what
//! it is: an index ("Indeks Harga Saham Gabungan"), a meeting ("Rapat Dewan Gubernur"), a tax,
//! a subsidy, a programme, a law, an election ([`TERM_HEADS_ID`]); English ends an index's with
//! "Index" ("Consumer Price Index"). The tagger, or a definition in parentheses that takes the
//! tagger's kind, reads such a name as an organisation or a place; it becomes a term, kind
//! [`EntityKind::Other`], listed in the glossary and not counted as a name.
//!
//! Only a name of two words or more that opens with the head (capitalised): "Indeks" alone may
//! open a sentence about an index named before. A body's acronym or a known place after two
//! words of it or more is a name of its own, the term ending before it ("Rapat Paripurna DPR":
//! the term "Rapat Paripurna" and the body "DPR"). A person is left as read: "Sidang Vestrika
//! Halvorsen" is the trial of a person the tagger may have read with the noun.

use super::*;
use crate::support::case::with_lowercase;

/// Indonesian nouns that open a term's name (an index, a meeting, a levy, a payment, a loan, a
/// card, a law or a rule, an operation, a cup, an election, a product of the economy). Not
/// nouns that open bodies' names too ("Dana Moneter Internasional" is the IMF, "Konferensi
/// Waligereja Indonesia" the bishops' conference, "Gerakan Aceh Merdeka" a movement, "Program
/// Pangan Dunia" the WFP). General vocabulary, written for baca. Sorted.
static TERM_HEADS_ID: WordList = WordList::new(
    "anggaran bahan bantuan indeks inflasi kartu keputusan kredit musyawarah obligasi operasi \
     pajak pembatasan pemberlakuan pemilihan pendapatan peraturan piala produk rancangan rapat \
     sidang subsidi tunjangan upah",
);

/// Applies the pass to the spans of a window.
pub(super) fn apply(c: &Ctx, spans: &mut Spans) {
    let words = c.words;
    let indonesian = matches!(c.lang.code(), Some("id" | "ms"));
    let english = c.lang.code() == Some("en");
    if !indonesian && !english {
        return;
    }
    let mut rest = Vec::new();
    for s in spans.iter_mut() {
        if s.1 - s.0 < 2 || !matches!(s.2, EntityKind::Organization | EntityKind::Place) {
            continue;
        }
        let term = if indonesian {
            capitalised(words[s.0]) && with_lowercase(words[s.0], |w| TERM_HEADS_ID.contains(w))
        } else {
            words[s.1 - 1] == "Index"
        };
        if !term {
            continue;
        }
        // A body's acronym or a known place after the head's words is a name of its own
        // ("Rapat Paripurna DPR", "Sidang Umum PBB", "Pemilihan Gubernur DKI Jakarta"): the
        // term ends before it, and the rest keeps its reading.
        let cut = (s.0 + 2..s.1).find(|&k| super::super::is_acronym(words[k]) || c.in_place(k));
        if let Some(k) = cut.filter(|_| indonesian) {
            let kind = if (k..s.1).any(|t| c.in_place(t)) {
                EntityKind::Place
            } else {
                EntityKind::Organization
            };
            rest.push((k, s.1, kind));
            s.1 = k;
        }
        s.2 = EntityKind::Other;
    }
    if !rest.is_empty() {
        spans.extend(rest);
        spans.sort_by_key(|s| s.0);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::run;
    use crate::text::EntityKind::{Organization, Other, Person, Place};

    #[test]
    fn a_name_opening_with_a_terms_noun_is_a_term() {
        let words = ["Indeks", "Harga", "Vestrika", "(", "IHV", ")", "naik"];
        assert_eq!(
            run(super::apply, &words, "id", &[(0, 3, Organization)]),
            [(0, 3, Other)]
        );
        let words = ["dalam", "Rapat", "Dewan", "Vestrika", "pekan", "ini"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 4, Place)]),
            [(1, 4, Other)]
        );
        // A body's acronym or a known place at its end is a name of its own.
        let words = ["dalam", "Rapat", "Paripurna", "VSTR", "hari", "ini"];
        assert_eq!(
            run(super::apply, &words, "id", &[(1, 4, Organization)]),
            [(1, 3, Other), (3, 4, Organization)]
        );
        let words = ["the", "Vestrika", "Price", "Index", "rose"];
        assert_eq!(
            run(super::apply, &words, "en", &[(1, 4, Organization)]),
            [(1, 4, Other)]
        );
    }

    #[test]
    fn not_a_body_a_person_a_word_alone_nor_another_language() {
        // A body's name that holds the noun later, a person read with the noun, the noun alone.
        let words = ["Badan", "Anggaran", "Vestrika", "menolak"];
        let spans = [(0, 3, Organization)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["Sidang", "Vestrika", "Halvorsen", "digelar"];
        let spans = [(0, 3, Person)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["Program", "ini", "berjalan"];
        let spans = [(0, 1, Organization)];
        assert_eq!(run(super::apply, &words, "id", &spans), spans);
        let words = ["Program", "Vestrika", "startet"];
        let spans = [(0, 2, Organization)];
        assert_eq!(run(super::apply, &words, "de", &spans), spans);
    }
}
